//! What differs between two plans, in words a user understands ("Table 17 moves back to …"),
//! in the current language.

use super::describe::{field_value_label, shape_label, signed};
use super::ids::GuestId;
use super::model::{FieldValue, Guest, Wish, WishRule};
use super::plan::Plan;
use seatplan_i18n::{decimal, fixed, t};
use std::fmt;

/// One visible difference between two plans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What kind of thing changes.
    pub group: ChangeGroup,
    /// What changes ("Table 17", "Guest Anna Müller").
    pub subject: String,
    /// How it changes ("moves from … to …").
    pub detail: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.detail)
    }
}

/// The kinds of things a change is about, for grouping a long list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeGroup {
    /// Rooms.
    Rooms,
    /// Physical tables.
    Tables,
    /// Logical tables.
    LogicalTables,
    /// Guests.
    Guests,
    /// Custom guest fields.
    Fields,
}

impl ChangeGroup {
    /// "Rooms", "Tables", … in the current language.
    pub fn label(self) -> String {
        match self {
            ChangeGroup::Rooms => t!("diff-group-rooms"),
            ChangeGroup::Tables => t!("diff-group-tables"),
            ChangeGroup::LogicalTables => t!("diff-group-logical-tables"),
            ChangeGroup::Guests => t!("diff-group-guests"),
            ChangeGroup::Fields => t!("diff-group-fields"),
        }
    }
}

impl Change {
    /// What kind of thing changes.
    pub fn group(&self) -> ChangeGroup {
        self.group
    }
}

/// Metres as people write them here, up to two decimals ("12.5", "12,5").
fn m(value: f64) -> String {
    decimal(value, 2)
}

/// Every difference between `before` and `after`, rooms first, then tables, logical tables,
/// guests; each group in id order.
pub fn diff(before: &Plan, after: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    let room_name = |plan: &Plan, id| {
        plan.room(id)
            .map_or_else(|| "?".to_owned(), |r| r.name.clone())
    };
    let table_ref = |plan: &Plan, id| {
        plan.table(id).map_or_else(
            || t!("diff-no-table"),
            |t| t!("diff-table-ref", number = t.number.as_str()),
        )
    };
    let logical_ref = |plan: &Plan, id| {
        plan.logical_table(id).map_or_else(
            || t!("diff-no-seat"),
            |l| t!("diff-logical-ref", name = l.name.as_str()),
        )
    };

    let group = ChangeGroup::Rooms;
    for room in before.rooms() {
        let subject = t!("diff-room", name = room.name.as_str());
        let mut push = |detail: String| {
            out.push(Change {
                group,
                subject: subject.clone(),
                detail,
            })
        };
        match after.room(room.id) {
            None => push(t!("diff-disappears")),
            Some(new) => {
                if new.name != room.name {
                    push(t!("diff-renamed", name = new.name.as_str()));
                }
                if (new.width_m, new.height_m) != (room.width_m, room.height_m) {
                    push(t!(
                        "diff-room-size",
                        width = m(room.width_m),
                        height = m(room.height_m),
                        new_width = m(new.width_m),
                        new_height = m(new.height_m)
                    ));
                }
                if (new.x_m, new.y_m) != (room.x_m, room.y_m) {
                    push(t!(
                        "diff-room-moves",
                        x = m(room.x_m),
                        y = m(room.y_m),
                        new_x = m(new.x_m),
                        new_y = m(new.y_m)
                    ));
                }
            }
        }
    }
    for room in after.rooms().filter(|r| before.room(r.id).is_none()) {
        out.push(Change {
            group,
            subject: t!("diff-room", name = room.name.as_str()),
            detail: t!("diff-appears"),
        });
    }

    let group = ChangeGroup::Tables;
    for table in before.tables() {
        let subject = t!("diff-table", number = table.number.as_str());
        let mut push = |detail: String| {
            out.push(Change {
                group,
                subject: subject.clone(),
                detail,
            })
        };
        match after.table(table.id) {
            None => push(t!("diff-disappears")),
            Some(new) => {
                if new.number != table.number {
                    push(t!("diff-renumbered", number = new.number.as_str()));
                }
                if (new.room, new.x_m, new.y_m) != (table.room, table.x_m, table.y_m) {
                    push(t!(
                        "diff-table-moves",
                        room = room_name(before, table.room),
                        x = fixed(table.x_m, 2),
                        y = fixed(table.y_m, 2),
                        new_room = room_name(after, new.room),
                        new_x = fixed(new.x_m, 2),
                        new_y = fixed(new.y_m, 2)
                    ));
                }
                if new.rotation_deg != table.rotation_deg {
                    push(t!(
                        "diff-rotation",
                        from = decimal(table.rotation_deg, 1),
                        to = decimal(new.rotation_deg, 1)
                    ));
                }
                if new.accessible != table.accessible {
                    push(if new.accessible {
                        t!("diff-accessible")
                    } else {
                        t!("diff-not-accessible")
                    });
                }
                if new.seats != table.seats {
                    push(t!(
                        "diff-seats",
                        from = table.seats.to_string(),
                        to = new.seats.to_string()
                    ));
                }
                if (new.shape, new.width_m, new.depth_m)
                    != (table.shape, table.width_m, table.depth_m)
                {
                    push(t!(
                        "diff-shape",
                        shape = shape_label(table.shape),
                        width = m(table.width_m),
                        depth = m(table.depth_m),
                        new_shape = shape_label(new.shape),
                        new_width = m(new.width_m),
                        new_depth = m(new.depth_m)
                    ));
                }
            }
        }
    }
    for table in after.tables().filter(|t| before.table(t.id).is_none()) {
        out.push(Change {
            group,
            subject: t!("diff-table", number = table.number.as_str()),
            detail: t!("diff-appears-in", room = room_name(after, table.room)),
        });
    }

    let group = ChangeGroup::LogicalTables;
    for logical in before.logical_tables() {
        let subject = t!("diff-logical", name = logical.name.as_str());
        let mut push = |detail: String| {
            out.push(Change {
                group,
                subject: subject.clone(),
                detail,
            })
        };
        match after.logical_table(logical.id) {
            None => push(t!("diff-disappears")),
            Some(new) => {
                if new.name != logical.name {
                    push(t!("diff-renamed", name = new.name.as_str()));
                }
                if new.vip != logical.vip {
                    push(if new.vip {
                        t!("diff-becomes-vip")
                    } else {
                        t!("diff-no-longer-vip")
                    });
                }
                if new.planned_seats != logical.planned_seats {
                    let seats =
                        |s: Option<u32>| s.map_or_else(|| t!("diff-usual-size"), |s| s.to_string());
                    push(t!(
                        "diff-planned-seats",
                        from = seats(logical.planned_seats),
                        to = seats(new.planned_seats)
                    ));
                }
                if new.physical != logical.physical {
                    let from = logical
                        .physical
                        .map_or_else(|| t!("diff-no-table"), |t| table_ref(before, t));
                    let to = new
                        .physical
                        .map_or_else(|| t!("diff-no-table"), |t| table_ref(after, t));
                    push(t!("diff-from-to", from = from, to = to));
                }
            }
        }
    }
    for logical in after
        .logical_tables()
        .filter(|l| before.logical_table(l.id).is_none())
    {
        out.push(Change {
            group,
            subject: t!("diff-logical", name = logical.name.as_str()),
            detail: t!("diff-appears"),
        });
    }

    let group = ChangeGroup::Guests;
    for guest in before.guests() {
        let subject = t!("diff-guest", name = guest.display_name());
        let mut push = |detail: String| {
            out.push(Change {
                group,
                subject: subject.clone(),
                detail,
            })
        };
        match after.guest(guest.id) {
            None => push(t!("diff-disappears")),
            Some(new) => {
                let fields = changed_fields(guest, new);
                if !fields.is_empty() {
                    push(t!("diff-fields-changed", fields = fields.join(", ")));
                }
                if new.pinned != guest.pinned {
                    push(if new.pinned {
                        t!("diff-pinned")
                    } else {
                        t!("diff-unpinned")
                    });
                }
                if new.logical != guest.logical {
                    let from = guest
                        .logical
                        .map_or_else(|| t!("diff-no-seat"), |l| logical_ref(before, l));
                    let to = new
                        .logical
                        .map_or_else(|| t!("diff-no-seat"), |l| logical_ref(after, l));
                    push(t!("diff-seat", from = from, to = to));
                }
            }
        }
    }
    for guest in after.guests().filter(|g| before.guest(g.id).is_none()) {
        out.push(Change {
            group,
            subject: t!("diff-guest", name = guest.display_name()),
            detail: t!("diff-appears"),
        });
    }
    wish_changes(before, after, &mut out);
    field_changes(before, after, &mut out);
    out
}

/// Custom fields that come, go or are renamed, and guests' values that change.
fn field_changes(before: &Plan, after: &Plan, out: &mut Vec<Change>) {
    let group = ChangeGroup::Fields;
    for field in before.fields() {
        let subject = t!("diff-field", name = field.name.as_str());
        match after.field(field.id) {
            None => out.push(Change {
                group,
                subject,
                detail: t!("diff-disappears"),
            }),
            Some(new) if new.name != field.name => out.push(Change {
                group,
                subject,
                detail: t!("diff-renamed", name = new.name.as_str()),
            }),
            Some(_) => {}
        }
    }
    for field in after
        .fields()
        .iter()
        .filter(|f| before.field(f.id).is_none())
    {
        out.push(Change {
            group,
            subject: t!("diff-field", name = field.name.as_str()),
            detail: t!("diff-appears"),
        });
    }
    // Values, for fields that exist on both sides (the others are covered above).
    for guest in before.guests() {
        let Some(new) = after.guest(guest.id) else {
            continue;
        };
        for field in before
            .fields()
            .iter()
            .filter(|f| after.field(f.id).is_some())
        {
            let (old, now) = (guest.custom.get(&field.id), new.custom.get(&field.id));
            if old != now {
                let label =
                    |v: Option<&FieldValue>| v.map_or_else(|| t!("diff-empty"), field_value_label);
                out.push(Change {
                    group: ChangeGroup::Guests,
                    subject: t!("diff-guest", name = guest.display_name()),
                    detail: t!(
                        "diff-field-value",
                        field = field.name.as_str(),
                        from = label(old),
                        to = label(now)
                    ),
                });
            }
        }
    }
}

/// Wishes that differ, under the first guest of each pair (pairs whose guests come or go with
/// the change are covered by "appears"/"disappears").
fn wish_changes(before: &Plan, after: &Plan, out: &mut Vec<Change>) {
    let label = |w: Option<&Wish>| match w {
        None => t!("diff-no-wish"),
        Some(w) => match w.rule {
            Some(WishRule::Together) => t!("diff-wish-together"),
            Some(WishRule::Apart) => t!("diff-wish-apart"),
            None => signed(w.weight),
        },
    };
    let mut pairs: Vec<(GuestId, GuestId)> = before.wishes().map(|(k, _)| k).collect();
    pairs.extend(after.wishes().map(|(k, _)| k));
    pairs.sort_unstable();
    pairs.dedup();
    for (a, b) in pairs {
        let (old, new) = (before.wish(a, b), after.wish(a, b));
        if old == new {
            continue;
        }
        let (Some(guest), Some(with)) = (
            after.guest(a).or_else(|| before.guest(a)),
            after.guest(b).or_else(|| before.guest(b)),
        ) else {
            continue;
        };
        if before.guest(a).is_none() || after.guest(a).is_none() {
            continue;
        }
        if before.guest(b).is_none() || after.guest(b).is_none() {
            continue;
        }
        out.push(Change {
            group: ChangeGroup::Guests,
            subject: t!("diff-guest", name = guest.display_name()),
            detail: t!(
                "diff-wish",
                with = with.display_name(),
                from = label(old),
                to = label(new)
            ),
        });
    }
}

fn changed_fields(a: &Guest, b: &Guest) -> Vec<String> {
    let (a, b) = (&a.fields, &b.fields);
    [
        (a.first_name == b.first_name, t!("field-first-name")),
        (a.last_name == b.last_name, t!("field-last-name")),
        (a.email == b.email, t!("field-email")),
        (a.department == b.department, t!("field-department")),
        (a.dietary == b.dietary, t!("field-dietary")),
        (a.vip == b.vip, t!("field-vip")),
        (a.notes == b.notes, t!("field-notes")),
        (a.group == b.group, t!("field-group")),
    ]
    .into_iter()
    .filter(|(same, _)| !same)
    .map(|(_, name)| name)
    .collect()
}
