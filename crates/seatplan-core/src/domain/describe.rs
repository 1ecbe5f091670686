//! Events in plain language, for the timeline ("Table 17 moved to Großer Saal (3.0 m, 4.0 m)").

use super::events::Event;
use super::ids::{GuestId, LogicalId, RoomId, TableId};
use super::plan::Plan;

/// Names things by looking them up in a plan (falling back to the id for things it lacks).
struct Names<'a>(&'a Plan);

impl Names<'_> {
    fn room(&self, id: RoomId) -> String {
        self.0
            .room(id)
            .map_or_else(|| id.to_string(), |r| format!("“{}”", r.name))
    }
    fn table(&self, id: TableId) -> String {
        self.0
            .table(id)
            .map_or_else(|| id.to_string(), |t| format!("table {}", t.number))
    }
    fn logical(&self, id: LogicalId) -> String {
        self.0
            .logical_table(id)
            .map_or_else(|| id.to_string(), |l| format!("“{}”", l.name))
    }
    fn guest(&self, id: GuestId) -> String {
        self.0
            .guest(id)
            .map_or_else(|| id.to_string(), |g| g.display_name())
    }
}

/// One event as a sentence, naming things as they are in `plan`.
pub fn describe_event(event: &Event, plan: &Plan) -> String {
    let n = Names(plan);
    match event {
        Event::RoomCreated(e) => format!(
            "Room “{}” created, {} × {} m",
            e.name,
            metres(e.width_m),
            metres(e.height_m)
        ),
        Event::RoomRenamed(e) => format!("Room {} renamed to “{}”", n.room(e.room), e.name),
        Event::RoomResized(e) => format!(
            "Room {} resized to {} × {} m",
            n.room(e.room),
            metres(e.width_m),
            metres(e.height_m)
        ),
        Event::RoomMoved(e) => format!(
            "Room {} moved to ({:.1} m, {:.1} m)",
            n.room(e.room),
            e.x_m,
            e.y_m
        ),
        Event::RoomDeleted(e) => format!("Room {} deleted", n.room(e.room)),
        Event::TableAdded(e) => format!(
            "Table {} placed in {}: {} seats, {}",
            e.number,
            n.room(e.room),
            e.seats,
            e.shape
        ),
        Event::TableMoved(e) => format!(
            "{} moved to {} ({:.1} m, {:.1} m)",
            capitalise(&n.table(e.table)),
            n.room(e.room),
            e.x_m,
            e.y_m
        ),
        Event::TableRotated(e) => format!(
            "{} rotated to {}°",
            capitalise(&n.table(e.table)),
            e.rotation_deg
        ),
        Event::TableRenumbered(e) => format!(
            "{} renumbered to {}",
            capitalise(&n.table(e.table)),
            e.number
        ),
        Event::TableSeatsChanged(e) => format!(
            "{} now has {} seats",
            capitalise(&n.table(e.table)),
            e.seats
        ),
        Event::TableShapeChanged(e) => format!(
            "{} is now {} ({} × {} m)",
            capitalise(&n.table(e.table)),
            e.shape,
            e.width_m,
            e.depth_m
        ),
        Event::TableDeleted(e) => format!("{} deleted", capitalise(&n.table(e.table))),
        Event::LogicalTableCreated(e) => format!(
            "{}ogical table “{}” created",
            if e.vip { "VIP l" } else { "L" },
            e.name
        ),
        Event::LogicalTableRenamed(e) => format!(
            "Logical table {} renamed to “{}”",
            n.logical(e.logical),
            e.name
        ),
        Event::LogicalTableVipSet(e) => format!(
            "Logical table {} {}",
            n.logical(e.logical),
            if e.vip { "made VIP" } else { "no longer VIP" }
        ),
        Event::LogicalTableAssigned(e) => format!(
            "{} given to {}",
            capitalise(&n.table(e.table)),
            n.logical(e.logical)
        ),
        Event::LogicalTableReleased(e) => format!(
            "{} released from {}",
            capitalise(&n.table(e.table)),
            n.logical(e.logical)
        ),
        Event::LogicalTableDeleted(e) => format!("Logical table {} deleted", n.logical(e.logical)),
        Event::GuestAdded(e) => {
            format!("Guest {} {} added", e.fields.first_name, e.fields.last_name).replace("  ", " ")
        }
        Event::GuestUpdated(e) => {
            let mut fields = Vec::new();
            let c = &e.changes;
            for (name, set) in [
                ("first name", c.first_name.is_some()),
                ("last name", c.last_name.is_some()),
                ("email", c.email.is_some()),
                ("department", c.department.is_some()),
                ("dietary", c.dietary.is_some()),
                ("VIP", c.vip.is_some()),
                ("notes", c.notes.is_some()),
                ("group", c.group.is_some()),
            ] {
                if set {
                    fields.push(name);
                }
            }
            format!("Guest {}: {} changed", n.guest(e.guest), fields.join(", "))
        }
        Event::GuestSeated(e) => format!(
            "Guest {} seated at {}",
            n.guest(e.guest),
            n.logical(e.logical)
        ),
        Event::GuestUnseated(e) => {
            format!("Guest {} left {}", n.guest(e.guest), n.logical(e.logical))
        }
        Event::GuestDeleted(e) => format!("Guest {} deleted", n.guest(e.guest)),
        Event::EmailTemplateSet(e) => format!("Guest email set: “{}”", e.template.subject),
        Event::BatchReverted(e) => format!("Action #{} undone", e.batch),
        Event::BatchReinstated(e) => format!("Action #{} redone", e.batch),
    }
}

/// A length as people read it: at most two decimals, no trailing zeros ("12.5", "32.4", "3").
pub fn metres(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// "1 page", "3 pages": a number with a noun that takes a plain -s plural.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
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
