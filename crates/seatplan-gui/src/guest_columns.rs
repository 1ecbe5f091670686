//! The guest list's columns beyond name and table — department, dietary, email and any custom
//! field ("Shuttle", "T-shirt") — chosen per plan (remembered between runs in the settings), and
//! the order the list is sorted in (click a column's header; again to reverse).

use seatplan_core::domain::collate::{fold, natural_cmp};
use seatplan_core::domain::describe::field_value_label;
use seatplan_core::domain::{FieldId, FieldValue, Guest, GuestId, Plan};
use seatplan_i18n::t;
use std::cmp::Ordering;

/// A column the guest list can show beside the name and the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GuestColumn {
    /// The guest's department.
    Department,
    /// The guest's dietary need.
    Dietary,
    /// The guest's email address.
    Email,
    /// A custom field, by its stable id (a rename keeps the column).
    Field(FieldId),
}

impl GuestColumn {
    /// The column as saved in the settings: "department", "dietary", "email", "field:7".
    pub fn key(self) -> String {
        match self {
            GuestColumn::Department => "department".into(),
            GuestColumn::Dietary => "dietary".into(),
            GuestColumn::Email => "email".into(),
            GuestColumn::Field(id) => format!("field:{}", id.0),
        }
    }

    /// The column a saved key names; `None` for a key this version does not know.
    pub fn parse(key: &str) -> Option<GuestColumn> {
        match key {
            "department" => Some(GuestColumn::Department),
            "dietary" => Some(GuestColumn::Dietary),
            "email" => Some(GuestColumn::Email),
            _ => key
                .strip_prefix("field:")
                .and_then(|n| n.parse().ok())
                .map(|n| GuestColumn::Field(FieldId(n))),
        }
    }

    /// Every column the plan offers: the built-in ones, then its custom fields in their order.
    pub fn available(plan: &Plan) -> Vec<GuestColumn> {
        let mut all = vec![
            GuestColumn::Department,
            GuestColumn::Dietary,
            GuestColumn::Email,
        ];
        all.extend(plan.fields().iter().map(|f| GuestColumn::Field(f.id)));
        all
    }

    /// The header, in the current language or as the field is named now; `None` when the field
    /// is gone (removed; an undo brings the column back).
    pub fn header(self, plan: &Plan) -> Option<String> {
        match self {
            GuestColumn::Department => Some(t!("col-department")),
            GuestColumn::Dietary => Some(t!("col-dietary")),
            GuestColumn::Email => Some(t!("col-email")),
            GuestColumn::Field(id) => plan.field(id).map(|f| f.name.clone()),
        }
    }

    /// The guest's value as shown in the cell ("" when there is none).
    pub fn value(self, guest: &Guest) -> String {
        match self {
            GuestColumn::Department => guest.fields.department.clone(),
            GuestColumn::Dietary => guest.fields.dietary.clone(),
            GuestColumn::Email => guest.fields.email.clone().unwrap_or_default(),
            GuestColumn::Field(id) => guest
                .custom
                .get(&id)
                .map_or_else(String::new, field_value_label),
        }
    }

    /// What the guest is sorted by in this column: numbers by value, yes before no, a choice in
    /// the order of its options (S, M, L, XL), text in dictionary order (case and accents
    /// aside); `None` for an empty cell.
    fn sort_key(self, plan: &Plan, guest: &Guest) -> Option<CellKey> {
        match self {
            GuestColumn::Field(id) => match guest.custom.get(&id)? {
                FieldValue::Number(n) => Some(CellKey::Number(*n)),
                FieldValue::Bool(b) => Some(CellKey::Number(if *b { 0.0 } else { 1.0 })),
                FieldValue::Text(text) => Some(
                    plan.field(id)
                        .and_then(|f| f.options.iter().position(|o| o == text))
                        .map_or_else(|| CellKey::Text(fold(text)), |i| CellKey::Number(i as f64)),
                ),
            },
            other => Some(other.value(guest))
                .filter(|v| !v.trim().is_empty())
                .map(|v| CellKey::Text(fold(&v))),
        }
    }
}

/// A cell's sort key.
#[derive(Clone, Debug, PartialEq)]
enum CellKey {
    Number(f64),
    Text(String),
}

impl CellKey {
    fn compare(&self, other: &CellKey) -> Ordering {
        match (self, other) {
            (CellKey::Number(a), CellKey::Number(b)) => a.total_cmp(b),
            (CellKey::Text(a), CellKey::Text(b)) => natural_cmp(a, b),
            (CellKey::Number(_), CellKey::Text(_)) => Ordering::Less,
            (CellKey::Text(_), CellKey::Number(_)) => Ordering::Greater,
        }
    }
}

/// What the guest list is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// Last name, then first name (with a search's exact table hits first).
    #[default]
    Name,
    /// The physical table's number (natural order), then the logical table; unseated last.
    Table,
    /// A column's values; empty cells last.
    Column(GuestColumn),
}

/// The guest list's order: a column and a direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct GuestSort {
    /// The column sorted by.
    pub by: SortBy,
    /// Z to A (empty cells stay last either way).
    pub descending: bool,
}

impl GuestSort {
    /// The order after a click on the header of `by`: that column ascending, or reversed when
    /// it already was the one.
    pub fn clicked(self, by: SortBy) -> GuestSort {
        GuestSort {
            by,
            descending: self.by == by && !self.descending,
        }
    }

    /// The arrow beside the header of `by`: "▲", "▼", or nothing.
    pub fn arrow(self, by: SortBy) -> &'static str {
        match (self.by == by, self.descending) {
            (false, _) => "",
            (true, false) => " ▲",
            (true, true) => " ▼",
        }
    }

    /// Sorts `rows` (already in name order, a search's exact hits first) in this order; equal
    /// cells keep their name order.
    pub fn apply(self, plan: &Plan, rows: &mut [GuestId]) {
        let reverse = |ord: Ordering| if self.descending { ord.reverse() } else { ord };
        match self.by {
            SortBy::Name if !self.descending => {}
            SortBy::Name => rows.reverse(),
            SortBy::Table => {
                let key = |id: &GuestId| {
                    let guest = plan.guest(*id)?;
                    let place = plan.place_of(guest);
                    let logical = place.logical?;
                    Some((place.table.map(|t| t.number.clone()), fold(&logical.name)))
                };
                let mut keyed: Vec<_> = rows.iter().map(|id| (key(id), *id)).collect();
                keyed.sort_by(|(a, _), (b, _)| match (a, b) {
                    (Some(a), Some(b)) => reverse(table_order(a, b)),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                });
                write_back(rows, keyed);
            }
            SortBy::Column(column) => {
                let mut keyed: Vec<_> = rows
                    .iter()
                    .map(|id| (plan.guest(*id).and_then(|g| column.sort_key(plan, g)), *id))
                    .collect();
                keyed.sort_by(|(a, _), (b, _)| match (a, b) {
                    (Some(a), Some(b)) => reverse(a.compare(b)),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                });
                write_back(rows, keyed);
            }
        }
    }
}

/// Table number first (natural order; logical tables without one after those with), then the
/// logical table's name.
fn table_order(a: &(Option<String>, String), b: &(Option<String>, String)) -> Ordering {
    let by_number = match (&a.0, &b.0) {
        (Some(x), Some(y)) => natural_cmp(x, y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    by_number.then_with(|| natural_cmp(&a.1, &b.1))
}

fn write_back<K>(rows: &mut [GuestId], keyed: Vec<(K, GuestId)>) {
    for (row, (_, id)) in rows.iter_mut().zip(keyed) {
        *row = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_keys_round_trip_and_unknown_ones_are_dropped() {
        for column in [
            GuestColumn::Department,
            GuestColumn::Dietary,
            GuestColumn::Email,
            GuestColumn::Field(FieldId(42)),
        ] {
            assert_eq!(GuestColumn::parse(&column.key()), Some(column));
        }
        assert_eq!(GuestColumn::parse("field:x"), None);
        assert_eq!(GuestColumn::parse("colour"), None);
    }

    #[test]
    fn a_second_click_reverses_and_another_column_starts_ascending() {
        let sort = GuestSort::default().clicked(SortBy::Table);
        assert_eq!((sort.by, sort.descending), (SortBy::Table, false));
        let again = sort.clicked(SortBy::Table);
        assert!(again.descending);
        assert_eq!(again.arrow(SortBy::Table), " ▼");
        assert_eq!(again.arrow(SortBy::Name), "");
        let other = again.clicked(SortBy::Column(GuestColumn::Email));
        assert!(!other.descending);
    }
}
