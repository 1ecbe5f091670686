//! What differs between two plans, in words a user understands ("Table 17 moves back to …").

use super::model::Guest;
use super::plan::Plan;
use std::fmt;

/// One visible difference between two plans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
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

impl Change {
    /// What kind of thing changes, for grouping a long list: "Rooms", "Tables", "Logical
    /// tables", "Guests" or "Other".
    pub fn group(&self) -> &'static str {
        let s = self.subject.as_str();
        if s.starts_with("Room ") {
            "Rooms"
        } else if s.starts_with("Table ") {
            "Tables"
        } else if s.starts_with("Logical table ") {
            "Logical tables"
        } else if s.starts_with("Guest ") {
            "Guests"
        } else {
            "Other"
        }
    }
}

fn change(subject: String, detail: String) -> Change {
    Change { subject, detail }
}

/// Every difference between `before` and `after`, rooms first, then tables, logical tables,
/// guests; each group in id order.
pub fn diff(before: &Plan, after: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    let room_name = |plan: &Plan, id| {
        plan.room(id)
            .map_or_else(|| "?".to_owned(), |r| r.name.clone())
    };
    let table_number = |plan: &Plan, id| {
        plan.table(id)
            .map_or_else(|| "no table".to_owned(), |t| format!("table {}", t.number))
    };
    let logical_name = |plan: &Plan, id| {
        plan.logical_table(id)
            .map_or_else(|| "none".to_owned(), |l| format!("“{}”", l.name))
    };

    for room in before.rooms() {
        let subject = format!("Room “{}”", room.name);
        match after.room(room.id) {
            None => out.push(change(subject, "disappears".into())),
            Some(new) => {
                if new.name != room.name {
                    out.push(change(
                        subject.clone(),
                        format!("renamed to “{}”", new.name),
                    ));
                }
                if (new.width_m, new.height_m) != (room.width_m, room.height_m) {
                    out.push(change(
                        subject.clone(),
                        format!(
                            "size {} × {} m → {} × {} m",
                            room.width_m, room.height_m, new.width_m, new.height_m
                        ),
                    ));
                }
                if (new.x_m, new.y_m) != (room.x_m, room.y_m) {
                    out.push(change(
                        subject,
                        format!(
                            "moves from ({}, {}) to ({}, {})",
                            room.x_m, room.y_m, new.x_m, new.y_m
                        ),
                    ));
                }
            }
        }
    }
    for room in after.rooms().filter(|r| before.room(r.id).is_none()) {
        out.push(change(format!("Room “{}”", room.name), "appears".into()));
    }

    for table in before.tables() {
        let subject = format!("Table {}", table.number);
        match after.table(table.id) {
            None => out.push(change(subject, "disappears".into())),
            Some(new) => {
                if new.number != table.number {
                    out.push(change(
                        subject.clone(),
                        format!("renumbered to {}", new.number),
                    ));
                }
                if (new.room, new.x_m, new.y_m) != (table.room, table.x_m, table.y_m) {
                    out.push(change(
                        subject.clone(),
                        format!(
                            "moves from {} ({:.2}, {:.2}) to {} ({:.2}, {:.2})",
                            room_name(before, table.room),
                            table.x_m,
                            table.y_m,
                            room_name(after, new.room),
                            new.x_m,
                            new.y_m
                        ),
                    ));
                }
                if new.rotation_deg != table.rotation_deg {
                    out.push(change(
                        subject.clone(),
                        format!("rotation {}° → {}°", table.rotation_deg, new.rotation_deg),
                    ));
                }
                if new.seats != table.seats {
                    out.push(change(
                        subject.clone(),
                        format!("seats {} → {}", table.seats, new.seats),
                    ));
                }
                if (new.shape, new.width_m, new.depth_m)
                    != (table.shape, table.width_m, table.depth_m)
                {
                    out.push(change(
                        subject,
                        format!(
                            "shape {} {}×{} m → {} {}×{} m",
                            table.shape,
                            table.width_m,
                            table.depth_m,
                            new.shape,
                            new.width_m,
                            new.depth_m
                        ),
                    ));
                }
            }
        }
    }
    for table in after.tables().filter(|t| before.table(t.id).is_none()) {
        out.push(change(
            format!("Table {}", table.number),
            format!("appears in {}", room_name(after, table.room)),
        ));
    }

    for logical in before.logical_tables() {
        let subject = format!("Logical table “{}”", logical.name);
        match after.logical_table(logical.id) {
            None => out.push(change(subject, "disappears".into())),
            Some(new) => {
                if new.name != logical.name {
                    out.push(change(
                        subject.clone(),
                        format!("renamed to “{}”", new.name),
                    ));
                }
                if new.vip != logical.vip {
                    let now = if new.vip {
                        "becomes VIP"
                    } else {
                        "is no longer VIP"
                    };
                    out.push(change(subject.clone(), now.into()));
                }
                if new.physical != logical.physical {
                    let from = logical
                        .physical
                        .map_or_else(|| "no table".to_owned(), |t| table_number(before, t));
                    let to = new
                        .physical
                        .map_or_else(|| "no table".to_owned(), |t| table_number(after, t));
                    out.push(change(subject, format!("{from} → {to}")));
                }
            }
        }
    }
    for logical in after
        .logical_tables()
        .filter(|l| before.logical_table(l.id).is_none())
    {
        out.push(change(
            format!("Logical table “{}”", logical.name),
            "appears".into(),
        ));
    }

    for guest in before.guests() {
        let subject = format!("Guest {}", guest.display_name());
        match after.guest(guest.id) {
            None => out.push(change(subject, "disappears".into())),
            Some(new) => {
                let fields = changed_fields(guest, new);
                if !fields.is_empty() {
                    out.push(change(
                        subject.clone(),
                        format!("{} changed", fields.join(", ")),
                    ));
                }
                if new.logical != guest.logical {
                    let from = guest
                        .logical
                        .map_or_else(|| "no seat".to_owned(), |l| logical_name(before, l));
                    let to = new
                        .logical
                        .map_or_else(|| "no seat".to_owned(), |l| logical_name(after, l));
                    out.push(change(subject, format!("seat {from} → {to}")));
                }
            }
        }
    }
    for guest in after.guests().filter(|g| before.guest(g.id).is_none()) {
        out.push(change(
            format!("Guest {}", guest.display_name()),
            "appears".into(),
        ));
    }
    out
}

fn changed_fields(a: &Guest, b: &Guest) -> Vec<&'static str> {
    let (a, b) = (&a.fields, &b.fields);
    let mut out = Vec::new();
    let pairs = [
        ("first name", a.first_name == b.first_name),
        ("last name", a.last_name == b.last_name),
        ("email", a.email == b.email),
        ("department", a.department == b.department),
        ("dietary", a.dietary == b.dietary),
        ("VIP", a.vip == b.vip),
        ("notes", a.notes == b.notes),
        ("group", a.group == b.group),
    ];
    for (name, same) in pairs {
        if !same {
            out.push(name);
        }
    }
    out
}
