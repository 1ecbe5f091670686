//! One fact of a plan (what a [`Touch`] names) in words: what it is ("Anna Weber: seat") and its
//! value in a plan ("Vertrieb 2", "not seated"), for the conflicts a merge lists.

use crate::domain::describe::{field_value_label, shape_label};
use crate::domain::events::Touch;
use crate::domain::{Plan, TableId};
use seatplan_i18n::{decimal, t};

/// What the fact is, named from the first plan that still has the thing; `None` for facts a
/// merge does not list (a thing's existence: two copies cannot both make one thing, and a
/// deletion meeting a change shows as a skipped event instead).
pub fn subject(plans: &[&Plan], touch: Touch) -> Option<String> {
    let guest = |id| {
        plans
            .iter()
            .find_map(|p| p.guest(id).map(|g| g.display_name()))
            .unwrap_or_else(|| id.to_string())
    };
    let table = |id: TableId| {
        plans
            .iter()
            .find_map(|p| p.table(id).map(|t| t.number.clone()))
            .unwrap_or_else(|| id.0.to_string())
    };
    let logical = |id| {
        plans
            .iter()
            .find_map(|p| p.logical_table(id).map(|l| l.name.clone()))
            .unwrap_or_else(|| id.to_string())
    };
    let room = |id| {
        plans
            .iter()
            .find_map(|p| p.room(id).map(|r| r.name.clone()))
            .unwrap_or_else(|| id.to_string())
    };
    let field = |id| {
        plans
            .iter()
            .find_map(|p| p.field(id).map(|f| f.name.clone()))
            .unwrap_or_else(|| id.to_string())
    };
    Some(match touch {
        Touch::Room(_)
        | Touch::Table(_)
        | Touch::Logical(_)
        | Touch::Guest(_)
        | Touch::Field(_)
        | Touch::TableHolder(_) => return None,
        Touch::RoomName(id) => t!("fact-room-name", room = room(id)),
        Touch::RoomSize(id) => t!("fact-room-size", room = room(id)),
        Touch::RoomPosition(id) => t!("fact-room-place", room = room(id)),
        Touch::TablePosition(id) => t!("fact-table-place", number = table(id)),
        Touch::TableRotation(id) => t!("fact-table-rotation", number = table(id)),
        Touch::TableNumber(id) => t!("fact-table-number", number = table(id)),
        Touch::TableSeats(id) => t!("fact-table-seats", number = table(id)),
        Touch::TableShape(id) => t!("fact-table-shape", number = table(id)),
        Touch::TableAccessible(id) => t!("fact-table-accessible", number = table(id)),
        Touch::LogicalName(id) => t!("fact-logical-name", logical = logical(id)),
        Touch::LogicalVip(id) => t!("fact-logical-vip", logical = logical(id)),
        Touch::LogicalAssignment(id) => t!("fact-logical-table", logical = logical(id)),
        Touch::LogicalPlannedSeats(id) => t!("fact-logical-planned", logical = logical(id)),
        Touch::GuestFields(id) => t!("fact-guest-details", guest = guest(id)),
        Touch::GuestSeat(id) => t!("fact-guest-seat", guest = guest(id)),
        Touch::GuestPin(id) => t!("fact-guest-pin", guest = guest(id)),
        Touch::GuestField(id, f) => t!("fact-guest-field", guest = guest(id), field = field(f)),
        Touch::Wish(a, b) => t!("fact-wish", guest = guest(a), other = guest(b)),
        Touch::EmailTemplate => t!("fact-email-template"),
        Touch::FieldDefinition(id) => t!("fact-field", field = field(id)),
    })
}

/// The existence of the thing a fact belongs to (a table's, for its seats), to notice a change
/// on one side of a thing deleted on the other; `None` for facts of no single thing.
pub fn existence(touch: Touch) -> Option<Touch> {
    Some(match touch {
        Touch::Room(id) | Touch::RoomName(id) | Touch::RoomSize(id) | Touch::RoomPosition(id) => {
            Touch::Room(id)
        }
        Touch::Table(id)
        | Touch::TablePosition(id)
        | Touch::TableRotation(id)
        | Touch::TableNumber(id)
        | Touch::TableSeats(id)
        | Touch::TableShape(id)
        | Touch::TableAccessible(id)
        | Touch::TableHolder(id) => Touch::Table(id),
        Touch::Logical(id)
        | Touch::LogicalName(id)
        | Touch::LogicalVip(id)
        | Touch::LogicalAssignment(id)
        | Touch::LogicalPlannedSeats(id) => Touch::Logical(id),
        Touch::Guest(id)
        | Touch::GuestFields(id)
        | Touch::GuestSeat(id)
        | Touch::GuestPin(id)
        | Touch::GuestField(id, _) => Touch::Guest(id),
        Touch::Field(id) | Touch::FieldDefinition(id) => Touch::Field(id),
        Touch::Wish(..) | Touch::EmailTemplate => return None,
    })
}

/// The fact's value in `plan`, in words ("deleted" when the thing is gone).
pub fn value(plan: &Plan, touch: Touch) -> String {
    let gone = || t!("fact-value-gone");
    let yes_no = |b: bool| if b { t!("value-yes") } else { t!("value-no") };
    match touch {
        Touch::Room(id) | Touch::RoomName(id) => {
            plan.room(id).map_or_else(gone, |r| r.name.clone())
        }
        Touch::RoomSize(id) => plan.room(id).map_or_else(gone, |r| {
            t!(
                "fact-value-size",
                width = decimal(r.width_m, 2),
                height = decimal(r.height_m, 2)
            )
        }),
        Touch::RoomPosition(id) => plan.room(id).map_or_else(gone, |r| {
            t!(
                "fact-value-point",
                x = decimal(r.x_m, 2),
                y = decimal(r.y_m, 2)
            )
        }),
        Touch::Table(id) | Touch::TableNumber(id) => {
            plan.table(id).map_or_else(gone, |t| t.number.clone())
        }
        Touch::TablePosition(id) => plan.table(id).map_or_else(gone, |t| {
            t!(
                "fact-value-place",
                room = plan
                    .room(t.room)
                    .map_or_else(|| t.room.to_string(), |r| r.name.clone()),
                x = decimal(t.x_m, 2),
                y = decimal(t.y_m, 2)
            )
        }),
        Touch::TableRotation(id) => plan
            .table(id)
            .map_or_else(gone, |t| format!("{}°", decimal(t.rotation_deg, 1))),
        Touch::TableSeats(id) => plan
            .table(id)
            .map_or_else(gone, |t| t!("fact-value-seats", seats = t.seats)),
        Touch::TableShape(id) => plan.table(id).map_or_else(gone, |t| {
            format!(
                "{} {} × {} m",
                shape_label(t.shape),
                decimal(t.width_m, 2),
                decimal(t.depth_m, 2)
            )
        }),
        Touch::TableAccessible(id) => plan.table(id).map_or_else(gone, |t| yes_no(t.accessible)),
        Touch::TableHolder(id) => match plan.table(id) {
            None => gone(),
            Some(_) => plan
                .logical_tables()
                .find(|l| l.physical == Some(id))
                .map_or_else(|| t!("fact-value-free"), |l| l.name.clone()),
        },
        Touch::Logical(id) | Touch::LogicalName(id) => {
            plan.logical_table(id).map_or_else(gone, |l| l.name.clone())
        }
        Touch::LogicalVip(id) => plan.logical_table(id).map_or_else(gone, |l| yes_no(l.vip)),
        Touch::LogicalAssignment(id) => plan.logical_table(id).map_or_else(gone, |l| {
            l.physical.and_then(|t| plan.table(t)).map_or_else(
                || t!("fact-value-no-table"),
                |t| t!("fact-value-table", number = t.number.as_str()),
            )
        }),
        Touch::LogicalPlannedSeats(id) => plan.logical_table(id).map_or_else(gone, |l| {
            l.planned_seats
                .map_or_else(|| t!("fact-value-none"), |n| n.to_string())
        }),
        Touch::Guest(id) | Touch::GuestFields(id) => plan.guest(id).map_or_else(gone, |g| {
            let f = &g.fields;
            [
                g.display_name(),
                f.email.clone().unwrap_or_default(),
                f.department.clone(),
                f.dietary.clone(),
                f.group.clone(),
                f.notes.clone(),
                if f.vip {
                    "VIP".to_owned()
                } else {
                    String::new()
                },
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
        }),
        Touch::GuestSeat(id) => plan.guest(id).map_or_else(gone, |g| {
            g.logical
                .and_then(|l| plan.logical_table(l))
                .map_or_else(|| t!("fact-value-not-seated"), |l| l.name.clone())
        }),
        Touch::GuestPin(id) => plan.guest(id).map_or_else(gone, |g| yes_no(g.pinned)),
        Touch::GuestField(id, field) => plan.guest(id).map_or_else(gone, |g| {
            g.custom
                .get(&field)
                .map_or_else(|| t!("fact-value-none"), field_value_label)
        }),
        Touch::Wish(a, b) => plan.wish(a, b).map_or_else(
            || t!("fact-value-none"),
            |w| match w.rule {
                Some(rule) => rule.as_str().to_owned(),
                None => w.weight.to_string(),
            },
        ),
        Touch::EmailTemplate => {
            let template = plan.email_template();
            format!("“{}”", template.subject)
        }
        Touch::Field(id) | Touch::FieldDefinition(id) => plan.field(id).map_or_else(gone, |f| {
            if f.options.is_empty() {
                f.name.clone()
            } else {
                format!("{} ({})", f.name, f.options.join(", "))
            }
        }),
    }
}
