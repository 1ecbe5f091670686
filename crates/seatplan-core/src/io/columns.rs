//! Finding the header row (within the first 20 rows) and matching column names, in English and
//! German, case-insensitively after trimming.

use super::sheet::Sheet;
use seatplan_i18n::t;
use std::collections::BTreeMap;

/// How many rows from the top may hold title rows above the header.
pub const HEADER_SEARCH_ROWS: usize = 20;

pub use crate::domain::attributes::{FieldSpec, field_label, field_of, normalise};

/// Which column feeds which field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnMap {
    /// Index into [`Sheet::rows`] of the header row.
    pub header_index: usize,
    /// Field key → column index.
    pub columns: BTreeMap<&'static str, usize>,
    /// Header texts of columns no field uses.
    pub unknown: Vec<String>,
    /// Every header text, by column.
    pub headers: Vec<String>,
}

impl ColumnMap {
    /// The cell text of `field` in `row` ("" when the column is absent).
    pub fn get<'a>(&self, row: &'a [super::sheet::Cell], field: &str) -> &'a str {
        self.columns
            .get(field)
            .and_then(|&c| row.get(c))
            .map_or("", |c| c.text())
    }

    /// Whether the file has a column for `field`.
    pub fn has(&self, field: &str) -> bool {
        self.columns.contains_key(field)
    }

    /// A cell of a mapped column of `row` whose value cannot be imported, in words: a
    /// spreadsheet error (`#DIV/0!`), a formula saved without its value, or — in one of
    /// `no_dates` — a date where a name belongs (Excel turns "1-5" into 1 May).
    pub fn problem_in(&self, row: &[super::sheet::Cell], no_dates: &[&str]) -> Option<String> {
        use super::sheet::Cell;
        self.columns
            .iter()
            .find_map(|(field, &c)| match row.get(c) {
                Some(Cell::Error(e)) => Some(t!(
                    "import-cell-error",
                    field = field_label(field),
                    value = e.as_str()
                )),
                Some(Cell::Formula(f)) => Some(t!(
                    "import-cell-formula",
                    field = field_label(field),
                    formula = f.as_str()
                )),
                Some(Cell::Date(d)) if no_dates.contains(field) => Some(t!(
                    "import-cell-date",
                    field = field_label(field),
                    date = d.as_str()
                )),
                _ => None,
            })
    }
}

/// Finds the header row: the first row among the top [`HEADER_SEARCH_ROWS`] with the most
/// recognised column names, which must include one of the `required` sets of fields.
pub fn find_header(
    sheet: &Sheet,
    specs: &[FieldSpec],
    required: &[&[&str]],
) -> Result<ColumnMap, String> {
    let mut best: Option<ColumnMap> = None;
    for (index, row) in sheet.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let map = map_row(row, index, specs);
        let complete = required
            .iter()
            .any(|set| set.iter().all(|f| map.columns.contains_key(f)));
        if complete
            && best
                .as_ref()
                .is_none_or(|b| map.columns.len() > b.columns.len())
        {
            best = Some(map);
        }
    }
    best.ok_or_else(|| {
        let wanted: Vec<String> = required
            .iter()
            .map(|set| {
                set.iter()
                    .filter_map(|k| specs.iter().find(|s| s.key == *k))
                    .map(|s| t!("quoted", text = field_label(s.key)))
                    .collect::<Vec<_>>()
                    .join(" + ")
            })
            .collect();
        t!(
            "import-no-header",
            rows = HEADER_SEARCH_ROWS.to_string(),
            columns = wanted.join(&t!("import-or"))
        )
    })
}

fn map_row(row: &[super::sheet::Cell], index: usize, specs: &[FieldSpec]) -> ColumnMap {
    let mut map = ColumnMap {
        header_index: index,
        ..ColumnMap::default()
    };
    for (col, cell) in row.iter().enumerate() {
        let text = cell.text().to_owned();
        match field_of(specs, &text) {
            // The first column of a name wins; a duplicate is reported as unknown.
            Some(field) if !map.columns.contains_key(field) => {
                map.columns.insert(field, col);
            }
            Some(_) => map
                .unknown
                .push(t!("import-duplicate-column", name = text.as_str())),
            None if !text.is_empty() => map.unknown.push(text.clone()),
            None => {}
        }
        map.headers.push(text);
    }
    map
}

/// A user's override: which column (by index) feeds which field; `None` drops the field.
pub fn with_override(
    mut map: ColumnMap,
    specs: &[FieldSpec],
    overrides: &BTreeMap<String, Option<usize>>,
) -> ColumnMap {
    if overrides.is_empty() {
        return map;
    }
    for (field, column) in overrides {
        let Some(spec) = specs.iter().find(|s| s.key == field) else {
            continue;
        };
        match column {
            Some(c) if *c < map.headers.len() => {
                map.columns.insert(spec.key, *c);
            }
            _ => {
                map.columns.remove(spec.key);
            }
        }
    }
    let used: Vec<usize> = map.columns.values().copied().collect();
    map.unknown = map
        .headers
        .iter()
        .enumerate()
        .filter(|(i, h)| !h.is_empty() && !used.contains(i))
        .map(|(_, h)| h.clone())
        .collect();
    map
}

/// Parses a yes/no cell: yes/no, ja/nein, x, 1/0, true/false, wahr/falsch, y/n, j/n; empty is no.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "" | "no" | "nein" | "n" | "0" | "false" | "falsch" | "-" => Some(false),
        "yes" | "ja" | "j" | "y" | "x" | "1" | "true" | "wahr" | "✓" | "✔" => Some(true),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::sheet::Cell;

    const SPECS: &[FieldSpec] = &[
        FieldSpec {
            key: "first_name",
            label: "First name",
            names: &["First name", "Vorname"],
        },
        FieldSpec {
            key: "email",
            label: "Email",
            names: &["Email", "E-Mail"],
        },
    ];

    fn sheet(rows: &[&[&str]]) -> Sheet {
        Sheet {
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| Cell::Text((*c).to_owned())).collect())
                .collect(),
            row_numbers: (1..=rows.len()).collect(),
            ..Sheet::default()
        }
    }

    #[test]
    fn finds_the_header_below_a_title_in_german() {
        let s = sheet(&[
            &["Gästeliste 2026"],
            &["VORNAME ", "e-mail", "Sonstiges"],
            &["Anna", "a@b.de", ""],
        ]);
        let map = find_header(&s, SPECS, &[&["first_name"]]).unwrap();
        assert_eq!(map.header_index, 1);
        assert_eq!(map.columns.get("email"), Some(&1));
        assert_eq!(map.unknown, vec!["Sonstiges".to_owned()]);
    }

    #[test]
    fn yes_no_values() {
        for yes in ["x", "Ja", "TRUE", "1", "yes"] {
            assert_eq!(parse_yes_no(yes), Some(true), "{yes}");
        }
        for no in ["", "nein", "0", "No"] {
            assert_eq!(parse_yes_no(no), Some(false), "{no}");
        }
        assert_eq!(parse_yes_no("vielleicht"), None);
    }
}
