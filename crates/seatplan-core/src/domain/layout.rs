//! Where new rooms and tables go when a script adds them without coordinates: a room beside the
//! others, tables in a grid inside their room that keeps clear of the tables already there.

use super::commands::NewTable;
use super::error::DomainError;
use super::ids::RoomId;
use super::model::TableShape;
use super::plan::Plan;

/// Space between rooms on the venue canvas, metres.
pub const ROOM_GAP_M: f64 = 2.0;
/// Aisle around each table (chairs and a way through), metres.
pub const TABLE_AISLE_M: f64 = 1.4;
/// Margin between the grid and the room's walls, metres.
pub const WALL_MARGIN_M: f64 = 0.8;

/// The top-left corner for a new room: right of the rightmost room, top-aligned with the first.
pub fn room_beside(plan: &Plan) -> (f64, f64) {
    let right = plan
        .rooms()
        .map(|r| r.x_m + r.width_m)
        .fold(None, |acc: Option<f64>, x| {
            Some(acc.map_or(x, |a| a.max(x)))
        });
    let top = plan.rooms().map(|r| r.y_m).next().unwrap_or(0.0);
    match right {
        Some(right) => (right + ROOM_GAP_M, top),
        None => (0.0, 0.0),
    }
}

/// `count` new tables of `shape` with `seats` each for `room`, numbered on from `first` (or from
/// the highest numeric table number), in rows from the top-left, every one clear of the tables
/// already standing there. Refused when they do not all fit.
pub fn table_grid(
    plan: &Plan,
    room: RoomId,
    count: usize,
    shape: TableShape,
    seats: u32,
    first: Option<&str>,
) -> Result<Vec<NewTable>, DomainError> {
    let target = plan.room(room).ok_or(DomainError::UnknownRoom(room))?;
    let (width_m, depth_m, _) = shape.default_size();
    let (pitch_x, pitch_y) = (width_m + TABLE_AISLE_M, depth_m + TABLE_AISLE_M);
    let (half_x, half_y) = (width_m / 2.0, depth_m / 2.0);
    let existing: Vec<(f64, f64, f64, f64)> = plan
        .tables()
        .filter(|t| t.room == room)
        .map(|t| {
            let (hx, hy) = t.half_extent_m();
            (t.x_m, t.y_m, hx, hy)
        })
        .collect();
    let clear = |x: f64, y: f64| {
        existing.iter().all(|&(ex, ey, hx, hy)| {
            (x - ex).abs() >= half_x + hx + TABLE_AISLE_M * 0.5
                || (y - ey).abs() >= half_y + hy + TABLE_AISLE_M * 0.5
        })
    };
    let mut spots = Vec::new();
    let mut y = WALL_MARGIN_M + half_y;
    while y + half_y + WALL_MARGIN_M <= target.height_m + 1e-9 && spots.len() < count {
        let mut x = WALL_MARGIN_M + half_x;
        while x + half_x + WALL_MARGIN_M <= target.width_m + 1e-9 && spots.len() < count {
            if clear(x, y) {
                spots.push((x, y));
            }
            x += pitch_x;
        }
        y += pitch_y;
    }
    if spots.len() < count {
        return Err(DomainError::TablesDoNotFit {
            room: target.name.clone(),
            count,
            fit: spots.len(),
        });
    }
    let numbers = next_numbers(plan, first, count)?;
    Ok(spots
        .into_iter()
        .zip(numbers)
        .map(|((x_m, y_m), number)| NewTable {
            number: Some(number),
            room,
            shape,
            width_m,
            depth_m,
            seats,
            x_m,
            y_m,
            rotation_deg: 0.0,
        })
        .collect())
}

/// `count` table numbers: from `first` on when given ("101", or "A1" for A1, A2, …), else on
/// from the highest numeric table number; none may be taken.
fn next_numbers(
    plan: &Plan,
    first: Option<&str>,
    count: usize,
) -> Result<Vec<String>, DomainError> {
    let (prefix, start) = match first {
        Some(text) => {
            let text = text.trim();
            let digits = text.len() - text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let (prefix, number) = text.split_at(text.len() - digits);
            let start = number.parse::<u64>().map_err(|_| {
                DomainError::Invalid(seatplan_i18n::t!("err-first-number", number = text))
            })?;
            (prefix.to_owned(), start)
        }
        None => (
            String::new(),
            plan.tables()
                .filter_map(|t| t.number.trim().parse::<u64>().ok())
                .max()
                .unwrap_or(0)
                + 1,
        ),
    };
    (0..count as u64)
        .map(|i| {
            let number = format!("{prefix}{}", start + i);
            if plan.table_numbered(&number).is_some() {
                Err(DomainError::TableNumberTaken(number))
            } else {
                Ok(number)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::events::{Event, RoomCreated};

    fn plan_with_room(width: f64, height: f64) -> (Plan, RoomId) {
        let mut plan = Plan::new();
        plan.apply(&Event::RoomCreated(RoomCreated {
            room: RoomId(1),
            name: "Saal".into(),
            width_m: width,
            height_m: height,
            x_m: 0.0,
            y_m: 0.0,
        }))
        .unwrap();
        (plan, RoomId(1))
    }

    #[test]
    fn a_grid_fits_inside_or_is_refused() {
        let (plan, room) = plan_with_room(20.0, 10.0);
        let tables = table_grid(&plan, room, 8, TableShape::Round, 10, None).unwrap();
        assert_eq!(tables.len(), 8);
        assert_eq!(tables[0].number.as_deref(), Some("1"));
        assert_eq!(tables[7].number.as_deref(), Some("8"));
        for t in &tables {
            assert!(t.x_m - 0.9 >= 0.0 && t.x_m + 0.9 <= 20.0 && t.y_m + 0.9 <= 10.0);
        }
        let err = table_grid(&plan, room, 100, TableShape::Round, 10, None).unwrap_err();
        assert!(
            matches!(err, DomainError::TablesDoNotFit { count: 100, .. }),
            "{err}"
        );
        let first = table_grid(&plan, room, 2, TableShape::Rectangular, 8, Some("101")).unwrap();
        assert_eq!(first[1].number.as_deref(), Some("102"));
        let lettered = table_grid(&plan, room, 2, TableShape::Round, 8, Some("T9")).unwrap();
        assert_eq!(lettered[1].number.as_deref(), Some("T10"));
        assert!(table_grid(&plan, room, 1, TableShape::Round, 8, Some("Saal")).is_err());
    }

    #[test]
    fn rooms_go_beside_each_other() {
        let (plan, _) = plan_with_room(20.0, 10.0);
        assert_eq!(room_beside(&plan), (22.0, 0.0));
        assert_eq!(room_beside(&Plan::new()), (0.0, 0.0));
    }
}
