//! Events in plain language, for the timeline ("Table 17 moved to Großer Saal (3.0 m, 4.0 m)").

use super::events::Event;
use super::ids::{FieldId, GuestId, LogicalId, RoomId, TableId};
use super::model::{FieldKind, FieldValue, TableShape, WishRule};
use super::plan::Plan;
use seatplan_i18n::{fixed, t};

/// Where descriptions get the names of things: a plan (names as they are now) or the history's
/// name book (names as they were when an event was written).
pub trait Namer {
    /// A room's name.
    fn room_name(&self, id: RoomId) -> Option<String>;
    /// A physical table's number.
    fn table_number(&self, id: TableId) -> Option<String>;
    /// A logical table's name.
    fn logical_name(&self, id: LogicalId) -> Option<String>;
    /// A guest's display name.
    fn guest_name(&self, id: GuestId) -> Option<String>;
    /// A custom field's name.
    fn field_name(&self, id: FieldId) -> Option<String>;
}

impl Namer for Plan {
    fn room_name(&self, id: RoomId) -> Option<String> {
        self.room(id).map(|r| r.name.clone())
    }
    fn table_number(&self, id: TableId) -> Option<String> {
        self.table(id).map(|t| t.number.clone())
    }
    fn logical_name(&self, id: LogicalId) -> Option<String> {
        self.logical_table(id).map(|l| l.name.clone())
    }
    fn guest_name(&self, id: GuestId) -> Option<String> {
        self.guest(id).map(|g| g.display_name())
    }
    fn field_name(&self, id: FieldId) -> Option<String> {
        self.field(id).map(|f| f.name.clone())
    }
}

/// Names things through a [`Namer`] (falling back to the id for things it lacks).
struct Names<'a>(&'a dyn Namer);

impl Names<'_> {
    fn room(&self, id: RoomId) -> String {
        self.0
            .room_name(id)
            .map_or_else(|| id.to_string(), |name| t!("quoted", text = name))
    }
    fn table(&self, id: TableId) -> String {
        self.0.table_number(id).map_or_else(
            || id.to_string(),
            |number| t!("name-table", number = number),
        )
    }
    fn logical(&self, id: LogicalId) -> String {
        self.0
            .logical_name(id)
            .map_or_else(|| id.to_string(), |name| t!("quoted", text = name))
    }
    fn guest(&self, id: GuestId) -> String {
        self.0.guest_name(id).unwrap_or_else(|| id.to_string())
    }
    fn field(&self, id: FieldId) -> String {
        self.0
            .field_name(id)
            .map_or_else(|| id.to_string(), |name| t!("quoted", text = name))
    }
}

/// A custom field's kind in words ("yes/no", "ja/nein").
pub fn field_kind_label(kind: FieldKind) -> String {
    match kind {
        FieldKind::Text => t!("field-kind-text"),
        FieldKind::YesNo => t!("field-kind-yes-no"),
        FieldKind::Choice => t!("field-kind-choice"),
        FieldKind::Number => t!("field-kind-number"),
    }
}

/// A custom field's value as people read it: "yes", "12,5", "M".
pub fn field_value_label(value: &FieldValue) -> String {
    match value {
        FieldValue::Bool(true) => t!("value-yes"),
        FieldValue::Bool(false) => t!("value-no"),
        FieldValue::Number(n) => seatplan_i18n::decimal(*n, 2),
        FieldValue::Text(text) => text.clone(),
    }
}

/// A table shape in words ("round", "rund").
pub fn shape_label(shape: TableShape) -> String {
    match shape {
        TableShape::Round => t!("shape-round"),
        TableShape::Rectangular => t!("shape-rectangular"),
    }
}

/// One event as a sentence in the current language, naming things through `names` (a plan, or
/// the history's names as they were when the event was written).
pub fn describe_event(event: &Event, names: &dyn Namer) -> String {
    // "table 4 moved…" starts a sentence: "Table 4 moved…".
    capitalise(&sentence(event, names))
}

fn sentence(event: &Event, names: &dyn Namer) -> String {
    let n = Names(names);
    match event {
        Event::RoomCreated(e) => t!(
            "ev-room-created",
            name = e.name.as_str(),
            width = metres(e.width_m),
            height = metres(e.height_m)
        ),
        Event::RoomRenamed(e) => t!(
            "ev-room-renamed",
            room = n.room(e.room),
            name = e.name.as_str()
        ),
        Event::RoomResized(e) => t!(
            "ev-room-resized",
            room = n.room(e.room),
            width = metres(e.width_m),
            height = metres(e.height_m)
        ),
        Event::RoomMoved(e) => t!(
            "ev-room-moved",
            room = n.room(e.room),
            x = fixed(e.x_m, 1),
            y = fixed(e.y_m, 1)
        ),
        Event::RoomDeleted(e) => t!("ev-room-deleted", room = n.room(e.room)),
        Event::TableAdded(e) => t!(
            "ev-table-added",
            number = e.number.as_str(),
            room = n.room(e.room),
            seats = e.seats,
            shape = shape_label(e.shape)
        ),
        Event::TableMoved(e) => t!(
            "ev-table-moved",
            table = n.table(e.table),
            room = n.room(e.room),
            x = fixed(e.x_m, 1),
            y = fixed(e.y_m, 1)
        ),
        Event::TableRotated(e) => t!(
            "ev-table-rotated",
            table = n.table(e.table),
            degrees = e.rotation_deg
        ),
        Event::TableRenumbered(e) => t!(
            "ev-table-renumbered",
            table = n.table(e.table),
            number = e.number.as_str()
        ),
        Event::TableSeatsChanged(e) => {
            t!("ev-table-seats", table = n.table(e.table), seats = e.seats)
        }
        Event::TableShapeChanged(e) => t!(
            "ev-table-shape",
            table = n.table(e.table),
            shape = shape_label(e.shape),
            width = metres(e.width_m),
            depth = metres(e.depth_m)
        ),
        Event::TableDeleted(e) => t!("ev-table-deleted", table = n.table(e.table)),
        Event::TableAccessibleSet(e) if e.accessible => {
            t!("ev-table-accessible", table = n.table(e.table))
        }
        Event::TableAccessibleSet(e) => t!("ev-table-not-accessible", table = n.table(e.table)),
        Event::LogicalTableCreated(e) if e.vip => {
            t!("ev-logical-created-vip", name = e.name.as_str())
        }
        Event::LogicalTableCreated(e) => t!("ev-logical-created", name = e.name.as_str()),
        Event::LogicalTableRenamed(e) => t!(
            "ev-logical-renamed",
            logical = n.logical(e.logical),
            name = e.name.as_str()
        ),
        Event::LogicalTableVipSet(e) if e.vip => {
            t!("ev-logical-vip", logical = n.logical(e.logical))
        }
        Event::LogicalTableVipSet(e) => t!("ev-logical-not-vip", logical = n.logical(e.logical)),
        Event::LogicalTableAssigned(e) => t!(
            "ev-logical-assigned",
            table = n.table(e.table),
            logical = n.logical(e.logical)
        ),
        Event::LogicalTableReleased(e) => t!(
            "ev-logical-released",
            table = n.table(e.table),
            logical = n.logical(e.logical)
        ),
        Event::LogicalTableDeleted(e) => t!("ev-logical-deleted", logical = n.logical(e.logical)),
        Event::GuestAdded(e) => t!(
            "ev-guest-added",
            name = format!(
                "{} {}",
                e.fields.first_name.trim(),
                e.fields.last_name.trim()
            )
            .trim()
            .to_owned()
        ),
        Event::GuestUpdated(e) => {
            let c = &e.changes;
            let fields: Vec<String> = [
                (c.first_name.is_some(), t!("field-first-name")),
                (c.last_name.is_some(), t!("field-last-name")),
                (c.email.is_some(), t!("field-email")),
                (c.department.is_some(), t!("field-department")),
                (c.dietary.is_some(), t!("field-dietary")),
                (c.vip.is_some(), t!("field-vip")),
                (c.notes.is_some(), t!("field-notes")),
                (c.group.is_some(), t!("field-group")),
            ]
            .into_iter()
            .filter_map(|(set, name)| set.then_some(name))
            .collect();
            t!(
                "ev-guest-updated",
                guest = n.guest(e.guest),
                fields = fields.join(", ")
            )
        }
        Event::GuestSeated(e) => t!(
            "ev-guest-seated",
            guest = n.guest(e.guest),
            logical = n.logical(e.logical)
        ),
        Event::GuestUnseated(e) => t!(
            "ev-guest-unseated",
            guest = n.guest(e.guest),
            logical = n.logical(e.logical)
        ),
        Event::GuestDeleted(e) => t!("ev-guest-deleted", guest = n.guest(e.guest)),
        Event::EmailTemplateSet(e) => {
            t!("ev-email-template", subject = e.template.subject.as_str())
        }
        Event::WishSet(e) => {
            let (guest, with) = (n.guest(e.guest), n.guest(e.with));
            match e.rule {
                Some(WishRule::Together) => t!("ev-wish-together", guest = guest, with = with),
                Some(WishRule::Apart) => t!("ev-wish-apart", guest = guest, with = with),
                None => t!(
                    "ev-wish-set",
                    guest = guest,
                    with = with,
                    weight = signed(e.weight)
                ),
            }
        }
        Event::WishRemoved(e) => t!(
            "ev-wish-removed",
            guest = n.guest(e.guest),
            with = n.guest(e.with)
        ),
        Event::GuestPinned(e) => {
            if e.pinned {
                t!("ev-guest-pinned", guest = n.guest(e.guest))
            } else {
                t!("ev-guest-unpinned", guest = n.guest(e.guest))
            }
        }
        Event::LogicalTablePlannedSeats(e) => match e.seats {
            Some(seats) => t!(
                "ev-planned-seats",
                logical = n.logical(e.logical),
                seats = seats
            ),
            None => t!("ev-planned-seats-usual", logical = n.logical(e.logical)),
        },
        Event::FieldDefined(e) => t!(
            "ev-field-defined",
            name = e.name.as_str(),
            kind = field_kind_label(e.kind)
        ),
        Event::FieldRenamed(e) => t!(
            "ev-field-renamed",
            field = n.field(e.field),
            name = e.name.as_str()
        ),
        Event::FieldOptionAdded(e) => t!(
            "ev-field-option-added",
            field = n.field(e.field),
            option = e.option.as_str()
        ),
        Event::FieldOptionRenamed(e) => t!(
            "ev-field-option-renamed",
            field = n.field(e.field),
            from = e.from.as_str(),
            to = e.to.as_str()
        ),
        Event::FieldOptionRemoved(e) => t!(
            "ev-field-option-removed",
            field = n.field(e.field),
            option = e.option.as_str()
        ),
        Event::FieldMoved(e) => t!(
            "ev-field-moved",
            field = n.field(e.field),
            position = u64::from(e.position) + 1
        ),
        Event::FieldRemoved(e) => t!("ev-field-removed", field = n.field(e.field)),
        Event::GuestFieldSet(e) => match &e.value {
            Some(value) => t!(
                "ev-guest-field-set",
                guest = n.guest(e.guest),
                field = n.field(e.field),
                value = field_value_label(value)
            ),
            None => t!(
                "ev-guest-field-cleared",
                guest = n.guest(e.guest),
                field = n.field(e.field)
            ),
        },
        Event::BatchReverted(e) => t!("ev-batch-reverted", batch = e.batch.to_string()),
        Event::BatchReinstated(e) => t!("ev-batch-reinstated", batch = e.batch.to_string()),
        Event::ChangesMerged(e) => t!(
            "ev-changes-merged",
            count = e.batches.len(),
            from = e.from.as_str()
        ),
    }
}

/// A batch of events in a few words, in the current language: one event as its sentence, several
/// of one kind counted ("12 guests seated"), several kinds counted together ("142 changes: 140
/// guests added, 2 guests changed"). The timeline and `history` show this, not the text stored
/// when the batch was written, so old batches read in today's language.
pub fn describe_events<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    names: &dyn Namer,
) -> String {
    let events: Vec<&Event> = events.into_iter().collect();
    match events.as_slice() {
        [] => t!("batch-empty"),
        [one] => describe_event(one, names),
        many => {
            let mut kinds: Vec<(&'static str, usize)> = Vec::new();
            for event in many {
                let kind = event.type_name();
                match kinds.iter_mut().find(|(k, _)| *k == kind) {
                    Some((_, n)) => *n += 1,
                    None => kinds.push((kind, 1)),
                }
            }
            let parts: Vec<String> = kinds
                .iter()
                .map(|(kind, n)| count_of_kind(kind, *n))
                .collect();
            if let [only] = parts.as_slice() {
                return only.clone();
            }
            t!(
                "batch-changes",
                count = many.len(),
                parts = parts.join(", ")
            )
        }
    }
}

/// "12 guests seated": `n` events of one type, in words.
fn count_of_kind(kind: &str, n: usize) -> String {
    match kind {
        "RoomCreated" => t!("kind-room-created", count = n),
        "RoomRenamed" => t!("kind-room-renamed", count = n),
        "RoomResized" => t!("kind-room-resized", count = n),
        "RoomMoved" => t!("kind-room-moved", count = n),
        "RoomDeleted" => t!("kind-room-deleted", count = n),
        "TableAdded" => t!("kind-table-added", count = n),
        "TableMoved" => t!("kind-table-moved", count = n),
        "TableRotated" => t!("kind-table-rotated", count = n),
        "TableRenumbered" => t!("kind-table-renumbered", count = n),
        "TableSeatsChanged" => t!("kind-table-seats", count = n),
        "TableShapeChanged" => t!("kind-table-shape", count = n),
        "TableDeleted" => t!("kind-table-deleted", count = n),
        "LogicalTableCreated" => t!("kind-logical-created", count = n),
        "LogicalTableRenamed" => t!("kind-logical-renamed", count = n),
        "LogicalTableVipSet" => t!("kind-logical-vip", count = n),
        "LogicalTableAssigned" => t!("kind-logical-assigned", count = n),
        "LogicalTableReleased" => t!("kind-logical-released", count = n),
        "LogicalTableDeleted" => t!("kind-logical-deleted", count = n),
        "GuestAdded" => t!("kind-guest-added", count = n),
        "GuestUpdated" => t!("kind-guest-updated", count = n),
        "GuestSeated" => t!("kind-guest-seated", count = n),
        "GuestUnseated" => t!("kind-guest-unseated", count = n),
        "GuestDeleted" => t!("kind-guest-deleted", count = n),
        "WishSet" => t!("kind-wish-set", count = n),
        "WishRemoved" => t!("kind-wish-removed", count = n),
        "GuestPinned" => t!("kind-guest-pinned", count = n),
        "TableAccessibleSet" => t!("kind-table-accessible", count = n),
        "LogicalTablePlannedSeats" => t!("kind-planned-seats", count = n),
        "FieldDefined" => t!("kind-field-defined", count = n),
        "GuestFieldSet" => t!("kind-guest-field-set", count = n),
        _ => t!("kind-other", count = n),
    }
}

/// A wish weight with its sign: "+50", "−20", "0".
pub fn signed(weight: i32) -> String {
    match weight {
        w if w > 0 => format!("+{w}"),
        w if w < 0 => format!("−{}", w.unsigned_abs()),
        _ => "0".to_owned(),
    }
}

/// A length as people read it, in the current language: at most two decimals, no trailing
/// zeros ("12.5", "32,4", "3").
pub fn metres(value: f64) -> String {
    seatplan_i18n::metres(value)
}

/// The text with its first letter upper-cased.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::events::{LogicalTableAssigned, TableMoved};

    #[test]
    fn metres_are_short() {
        assert_eq!(metres(32.400000000000006), "32.4");
        assert_eq!(metres(3.0), "3");
        assert_eq!(metres(0.126), "0.13");
        assert_eq!(metres(-0.001), "0");
    }

    #[test]
    fn names_come_from_the_plan_or_fall_back_to_ids() {
        let plan = Plan::new();
        let text = describe_event(
            &Event::TableMoved(TableMoved {
                table: TableId(4),
                room: RoomId(1),
                x_m: 3.0,
                y_m: 4.25,
            }),
            &plan,
        );
        assert_eq!(text, "Table#4 moved to room#1 (3.0 m, 4.2 m)");
        seatplan_i18n::set_language("de");
        assert_eq!(
            describe_event(
                &Event::TableMoved(TableMoved {
                    table: TableId(4),
                    room: RoomId(1),
                    x_m: 3.0,
                    y_m: 4.25,
                }),
                &plan,
            ),
            "Table#4 in room#1 verschoben (3,0 m, 4,2 m)"
        );
        seatplan_i18n::set_language("en");
        let text = describe_event(
            &Event::LogicalTableAssigned(LogicalTableAssigned {
                logical: LogicalId(2),
                table: TableId(4),
            }),
            &plan,
        );
        assert_eq!(text, "Table#4 given to logical table#2");
    }
}
