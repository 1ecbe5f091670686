//! Seating lists: an `.xlsx` workbook ("By table", "Guests A–Z", one sheet per room, "Unseated")
//! with bold frozen headers, autofilters, fitted widths and print setup; and a CSV of the A–Z list.

use crate::domain::collate::{logical_tables_in_table_order, sort_by_name};
use crate::domain::{Guest, LogicalTable, PhysicalTable, Plan, Room};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use seatplan_i18n::t;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Why an export failed; nothing half-written is left behind under the target name.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The workbook could not be built or saved.
    #[error("{}", t!("err-export-xlsx", path = .path, reason = .source.to_string()))]
    Xlsx {
        /// The file.
        path: String,
        /// The writer's error.
        source: XlsxError,
    },
    /// A file could not be written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// A guest's value longer than a spreadsheet cell holds (a plan from before values were
    /// limited): named, so it can be shortened.
    #[error("{}", t!("err-export-cell-too-long", guest = .guest, field = .field, length = *.length, max = *.max))]
    CellTooLong {
        /// The guest's name.
        guest: String,
        /// The field's name.
        field: String,
        /// The value's length in characters.
        length: usize,
        /// What a cell holds.
        max: usize,
    },
    /// The target is a plan (the open one, a `.seatplan`, or another SQLite database).
    #[error("{}", t!("err-export-over-plan", path = .0))]
    WouldOverwritePlan(String),
    /// The name's extension says another format.
    #[error("{}", t!("err-export-extension", path = .path, what = .what, expected = .expected))]
    WrongExtension {
        /// The file.
        path: String,
        /// What is written ("seating workbook").
        what: String,
        /// The extensions allowed (".xlsx").
        expected: String,
    },
    /// The target exists and replacing it was not asked for.
    #[error("{}", t!("err-export-exists", path = .0))]
    Exists(String),
    /// The target is a folder, a pipe, a device…
    #[error("{}", t!("err-export-not-a-file", path = .path, what = .what.label()))]
    NotAFile {
        /// The path.
        path: String,
        /// What it is.
        what: crate::io::sheet::FileKind,
    },
    /// A folder export was given a file.
    #[error("{}", t!("err-export-not-a-folder", path = .0))]
    NotAFolder(String),
    /// A folder export was given a folder that holds other files.
    #[error("{}", t!("err-export-folder-not-empty", path = .dir, example = .example))]
    FolderNotEmpty {
        /// The folder.
        dir: String,
        /// One file that is not the export's.
        example: String,
    },
}

/// One line of the "By table" list.
struct TableLine<'a> {
    room: Option<&'a Room>,
    table: Option<&'a PhysicalTable>,
    logical: &'a LogicalTable,
    seated: u32,
    guest: Option<&'a Guest>,
}

/// Logical tables in table order (natural by number; tables without a physical one last), each
/// with its guests by last and first name.
fn by_table(plan: &Plan) -> Vec<TableLine<'_>> {
    let seated = plan.seated_per_logical();
    let mut lines = Vec::new();
    for l in logical_tables_in_table_order(plan) {
        let table = l.physical.and_then(|t| plan.table(t));
        let room = table.and_then(|t| plan.room(t.room));
        let mut guests: Vec<&Guest> = plan.guests_at(l.id).collect();
        sort_by_name(&mut guests);
        let n = seated.get(&l.id).copied().unwrap_or(0);
        if guests.is_empty() {
            lines.push(TableLine {
                room,
                table,
                logical: l,
                seated: n,
                guest: None,
            });
        }
        for g in guests {
            lines.push(TableLine {
                room,
                table,
                logical: l,
                seated: n,
                guest: Some(g),
            });
        }
    }
    lines
}

/// Every guest, A–Z: (last, first, department, logical table, table number, room).
pub fn guests_a_to_z(plan: &Plan) -> Vec<Vec<String>> {
    let mut guests: Vec<&Guest> = plan.guests().collect();
    sort_by_name(&mut guests);
    guests
        .into_iter()
        .map(|g| {
            let logical = g.logical.and_then(|l| plan.logical_table(l));
            let table = logical.and_then(|l| l.physical).and_then(|t| plan.table(t));
            let room = table.and_then(|t| plan.room(t.room));
            let mut row = vec![
                g.fields.last_name.clone(),
                g.fields.first_name.clone(),
                g.fields.department.clone(),
                logical.map_or_else(String::new, |l| l.name.clone()),
                table.map_or_else(String::new, |t| t.number.clone()),
                room.map_or_else(String::new, |r| r.name.clone()),
            ];
            row.extend(custom_values(plan, g));
            row
        })
        .collect()
}

/// A guest's custom field values in the plan's field order, as people read them ("" if none).
pub fn custom_values(plan: &Plan, guest: &Guest) -> Vec<String> {
    plan.fields()
        .iter()
        .map(|f| {
            guest
                .custom
                .get(&f.id)
                .map(crate::domain::describe::field_value_label)
                .unwrap_or_default()
        })
        .collect()
}

/// A guest's custom values in a sheet row from column `first` on: numbers as numbers (so a
/// spreadsheet can add them up), everything else as the text people read.
fn write_custom(
    sheet: &mut Worksheet,
    row: u32,
    first: usize,
    plan: &Plan,
    guest: &Guest,
) -> Result<(), XlsxError> {
    for (c, field) in plan.fields().iter().enumerate() {
        let col = (first + c) as u16;
        match guest.custom.get(&field.id) {
            Some(crate::domain::FieldValue::Number(n)) => {
                sheet.write_number(row, col, *n)?;
            }
            Some(value) => {
                sheet.write_string(row, col, crate::domain::describe::field_value_label(value))?;
            }
            None => {}
        }
    }
    Ok(())
}

/// How many guests have one value of one custom field, in all and per room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldCount {
    /// The field's name.
    pub field: String,
    /// The value as people read it ("yes", "M").
    pub value: String,
    /// Guests with it.
    pub total: usize,
    /// Of them, seated at a table in each room (in the plan's room order).
    pub by_room: Vec<usize>,
    /// `value` stands for all of the field's values (a number field's sum, "filled in" of a
    /// text field), not one of them.
    pub aggregate: bool,
}

/// The values of every custom field counted ("Shuttle: 312 yes"; "T-shirt: 40 S, 120 M"): a
/// choice's options in their order, yes before no. A number field is one line, its sum ("Kinder:
/// total 36" over the guests who have a value), a text field one line, how many filled it in —
/// free text (a +1's name) counted value by value would be a list as long as the guest list.
/// Guests without a value are not counted.
pub fn field_summary(plan: &Plan) -> Vec<FieldCount> {
    field_counts(plan, &plan.guests().collect::<Vec<_>>())
}

/// [`field_summary`] over some guests only (a table's, a logical table's).
pub fn field_counts(plan: &Plan, guests: &[&Guest]) -> Vec<FieldCount> {
    let rooms: Vec<crate::domain::RoomId> = plan.rooms().map(|r| r.id).collect();
    let mut out = Vec::new();
    for field in plan.fields() {
        let mut counts: Vec<FieldCount> = Vec::new();
        let mut sum = 0.0;
        for guest in guests {
            let Some(value) = guest.custom.get(&field.id) else {
                continue;
            };
            let label = match (field.kind, value) {
                (crate::domain::FieldKind::Number, crate::domain::FieldValue::Number(n)) => {
                    sum += n;
                    String::new()
                }
                (crate::domain::FieldKind::Text, _) => t!("field-filled"),
                _ => crate::domain::describe::field_value_label(value),
            };
            let room = plan
                .place_of(guest)
                .room
                .and_then(|r| rooms.iter().position(|id| *id == r.id));
            let at = match counts.iter().position(|c| c.value == label) {
                Some(at) => at,
                None => {
                    counts.push(FieldCount {
                        field: field.name.clone(),
                        value: label,
                        total: 0,
                        by_room: vec![0; rooms.len()],
                        aggregate: matches!(
                            field.kind,
                            crate::domain::FieldKind::Number | crate::domain::FieldKind::Text
                        ),
                    });
                    counts.len() - 1
                }
            };
            counts[at].total += 1;
            if let Some(r) = room {
                counts[at].by_room[r] += 1;
            }
        }
        // The sum is known once every guest is counted.
        for count in counts.iter_mut().filter(|c| c.value.is_empty()) {
            count.value = t!("field-sum", sum = seatplan_i18n::decimal(sum, 2));
        }
        let (yes, no) = (t!("value-yes"), t!("value-no"));
        counts.sort_by_key(|c| {
            let option = field.options.iter().position(|o| *o == c.value);
            let yes_no = if c.value == yes {
                0
            } else if c.value == no {
                1
            } else {
                2
            };
            (
                option.unwrap_or(usize::MAX),
                yes_no,
                std::cmp::Reverse(c.total),
            )
        });
        out.extend(counts);
    }
    out
}

/// Counts in one line per field, for a table's inspector or a printout:
/// "Shuttle: 3 yes, 1 no", "T-shirt: 2 M, 1 L" (numbers in the current language).
pub fn field_count_lines(counts: &[FieldCount]) -> Vec<String> {
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    for count in counts {
        let part = if count.aggregate {
            t!(
                "field-count-all",
                count = count.total,
                value = count.value.as_str()
            )
        } else {
            t!(
                "field-count",
                count = count.total,
                value = count.value.as_str()
            )
        };
        match lines.last_mut() {
            Some((field, parts)) if *field == count.field => parts.push(part),
            _ => lines.push((count.field.clone(), vec![part])),
        }
    }
    lines
        .into_iter()
        .map(|(field, parts)| format!("{field}: {}", parts.join(", ")))
        .collect()
}

/// The custom fields' names, for the columns after the built-in ones.
/// The custom fields' column headers. A field named like a built-in column (possible in plans
/// from before such names were refused) is marked, so that the sheet read back never takes its
/// values for the built-in's.
fn custom_headers(plan: &Plan) -> Vec<String> {
    plan.fields()
        .iter()
        .map(|f| {
            if crate::domain::attributes::built_in_column(&f.name).is_some() {
                t!("field-name-suggestion", name = f.name.as_str())
            } else {
                f.name.clone()
            }
        })
        .collect()
}

/// Characters a spreadsheet cell holds (Excel's limit).
const CELL_CHARS: usize = 32_767;

/// Refuses, before anything is written, a guest value no spreadsheet cell can hold, naming the
/// guest and the field.
fn check_cells(plan: &Plan) -> Result<(), ExportError> {
    for guest in plan.guests() {
        let f = &guest.fields;
        let built_in = [
            ("first_name", f.first_name.as_str()),
            ("last_name", f.last_name.as_str()),
            ("department", f.department.as_str()),
            ("dietary", f.dietary.as_str()),
            ("notes", f.notes.as_str()),
            ("group", f.group.as_str()),
        ]
        .into_iter()
        .map(|(key, text)| (super::columns::field_label(key), text.chars().count()));
        let custom = plan
            .fields()
            .iter()
            .filter_map(|field| match guest.custom.get(&field.id) {
                Some(crate::domain::FieldValue::Text(text)) => {
                    Some((field.name.clone(), text.chars().count()))
                }
                _ => None,
            });
        if let Some((field, length)) = built_in.chain(custom).find(|(_, n)| *n > CELL_CHARS) {
            return Err(ExportError::CellTooLong {
                guest: guest.display_name(),
                field,
                length,
                max: CELL_CHARS,
            });
        }
    }
    Ok(())
}

/// The column headers of the sheets by table, in the current language.
fn by_table_headers() -> [String; 10] {
    [
        t!("col-room"),
        t!("col-table"),
        t!("col-logical"),
        t!("col-vip"),
        t!("col-seats"),
        t!("col-seated"),
        t!("col-last-name"),
        t!("col-first-name"),
        t!("col-department"),
        t!("col-dietary"),
    ]
}

/// The column headers of the A–Z sheet and CSV, in the current language.
fn a_z_headers() -> [String; 6] {
    [
        t!("col-last-name"),
        t!("col-first-name"),
        t!("col-department"),
        t!("col-logical"),
        t!("col-table"),
        t!("col-room"),
    ]
}

/// The column headers of the sheet of guests without a seat, in the current language.
fn unseated_headers() -> [String; 6] {
    [
        t!("col-last-name"),
        t!("col-first-name"),
        t!("col-email"),
        t!("col-department"),
        t!("col-dietary"),
        t!("col-vip"),
    ]
}

/// The A–Z CSV written beside the seating workbook `out` (`<name>-a-z.csv`).
pub fn seating_csv_path(out: &Path) -> PathBuf {
    sibling(out, "-a-z.csv")
}

/// Writes the seating workbook to `out` (`.xlsx`) and the A–Z CSV next to it
/// ([`seating_csv_path`]); returns the CSV's path. Both targets are checked against `rules`
/// before anything is written; each is written to a temporary file first and renamed, so a
/// failure leaves no half file.
pub fn export_seating(
    plan: &Plan,
    out: &Path,
    rules: &super::output::OutputRules,
) -> Result<PathBuf, ExportError> {
    let csv_path = seating_csv_path(out);
    rules.check_file(out, &["xlsx"], &t!("format-seating-workbook"))?;
    rules
        .for_side_file()
        .check_file(&csv_path, &["csv"], &t!("format-a-z-list"))?;
    check_cells(plan)?;
    let display = out.display().to_string();
    let xlsx = |source| ExportError::Xlsx {
        path: display.clone(),
        source,
    };
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold();

    let lines = by_table(plan);
    let sheet = workbook
        .add_worksheet()
        .set_name(t!("sheet-by-table"))
        .map_err(xlsx)?;
    write_by_table(sheet, &header, plan, lines.iter()).map_err(xlsx)?;

    let sheet = workbook
        .add_worksheet()
        .set_name(t!("sheet-a-z"))
        .map_err(xlsx)?;
    let rows = guests_a_to_z(plan);
    let mut a_z = a_z_headers().to_vec();
    a_z.extend(custom_headers(plan));
    start_sheet(sheet, &header, &a_z).map_err(xlsx)?;
    let mut sorted: Vec<&Guest> = plan.guests().collect();
    sort_by_name(&mut sorted);
    let built_in = a_z_headers().len();
    for (i, (row, guest)) in rows.iter().zip(sorted).enumerate() {
        for (c, value) in row.iter().take(built_in).enumerate() {
            sheet
                .write_string(i as u32 + 1, c as u16, value)
                .map_err(xlsx)?;
        }
        write_custom(sheet, i as u32 + 1, built_in, plan, guest).map_err(xlsx)?;
    }
    finish_sheet(sheet, rows.len(), a_z.len()).map_err(xlsx)?;

    let mut used_names = vec![
        t!("sheet-by-table").to_lowercase(),
        t!("sheet-a-z").to_lowercase(),
        t!("sheet-unseated").to_lowercase(),
    ];
    for room in plan.rooms() {
        let name = sheet_name(&room.name, &mut used_names);
        let sheet = workbook.add_worksheet().set_name(&name).map_err(xlsx)?;
        write_by_table(
            sheet,
            &header,
            plan,
            lines
                .iter()
                .filter(|l| l.room.is_some_and(|r| r.id == room.id)),
        )
        .map_err(xlsx)?;
    }

    let summary = field_summary(plan);
    if !summary.is_empty() {
        let sheet = workbook
            .add_worksheet()
            .set_name(sheet_name(&t!("sheet-fields"), &mut used_names))
            .map_err(xlsx)?;
        let mut headers = vec![t!("col-field"), t!("col-value"), t!("col-guests")];
        headers.extend(plan.rooms().map(|r| r.name.clone()));
        start_sheet(sheet, &header, &headers).map_err(xlsx)?;
        for (i, count) in summary.iter().enumerate() {
            let r = i as u32 + 1;
            sheet.write_string(r, 0, &count.field).map_err(xlsx)?;
            sheet.write_string(r, 1, &count.value).map_err(xlsx)?;
            sheet.write_number(r, 2, count.total as f64).map_err(xlsx)?;
            for (c, n) in count.by_room.iter().enumerate() {
                sheet
                    .write_number(r, 3 + c as u16, *n as f64)
                    .map_err(xlsx)?;
            }
        }
        finish_sheet(sheet, summary.len(), headers.len()).map_err(xlsx)?;
    }

    let sheet = workbook
        .add_worksheet()
        .set_name(t!("sheet-unseated"))
        .map_err(xlsx)?;
    let mut unseated_header = unseated_headers().to_vec();
    unseated_header.extend(custom_headers(plan));
    start_sheet(sheet, &header, &unseated_header).map_err(xlsx)?;
    let yes = t!("value-yes");
    let mut unseated: Vec<&Guest> = plan.guests().filter(|g| g.logical.is_none()).collect();
    sort_by_name(&mut unseated);
    for (i, g) in unseated.iter().enumerate() {
        let r = i as u32 + 1;
        let f = &g.fields;
        let values = [
            f.last_name.as_str(),
            f.first_name.as_str(),
            f.email.as_deref().unwrap_or(""),
            f.department.as_str(),
            f.dietary.as_str(),
            if f.vip { yes.as_str() } else { "" },
        ];
        for (c, v) in values.iter().enumerate() {
            sheet.write_string(r, c as u16, *v).map_err(xlsx)?;
        }
        write_custom(sheet, r, values.len(), plan, g).map_err(xlsx)?;
    }
    finish_sheet(sheet, unseated.len(), unseated_header.len()).map_err(xlsx)?;

    // Built in memory and written by us: the workbook writer's own file output reports a full
    // disk by printing from a destructor and leaves a half file behind.
    let bytes = workbook.save_to_buffer().map_err(xlsx)?;
    write_atomically(out, &bytes)?;

    let mut csv = String::from("\u{feff}");
    csv.push_str(&csv_line(a_z.iter().map(String::as_str)));
    for row in &rows {
        csv.push_str(&csv_line(row.iter().map(String::as_str)));
    }
    write_atomically(&csv_path, csv.as_bytes())?;
    Ok(csv_path)
}

fn write_by_table<'a>(
    sheet: &mut Worksheet,
    header: &Format,
    plan: &Plan,
    lines: impl Iterator<Item = &'a TableLine<'a>>,
) -> Result<(), XlsxError> {
    let mut headers = by_table_headers().to_vec();
    let built_in = headers.len();
    headers.extend(custom_headers(plan));
    start_sheet(sheet, header, &headers)?;
    let yes = t!("value-yes");
    let mut n = 0usize;
    for (i, line) in lines.enumerate() {
        n = i + 1;
        let r = n as u32;
        sheet.write_string(r, 0, line.room.map_or("", |x| x.name.as_str()))?;
        sheet.write_string(r, 1, line.table.map_or("", |t| t.number.as_str()))?;
        sheet.write_string(r, 2, &line.logical.name)?;
        sheet.write_string(r, 3, if line.logical.vip { yes.as_str() } else { "" })?;
        if let Some(t) = line.table {
            sheet.write_number(r, 4, f64::from(t.seats))?;
        }
        sheet.write_number(r, 5, f64::from(line.seated))?;
        if let Some(g) = line.guest {
            sheet.write_string(r, 6, &g.fields.last_name)?;
            sheet.write_string(r, 7, &g.fields.first_name)?;
            sheet.write_string(r, 8, &g.fields.department)?;
            sheet.write_string(r, 9, &g.fields.dietary)?;
            write_custom(sheet, r, built_in, plan, g)?;
        }
    }
    finish_sheet(sheet, n, headers.len())
}

fn start_sheet(
    sheet: &mut Worksheet,
    header: &Format,
    headers: &[String],
) -> Result<(), XlsxError> {
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_landscape();
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_paper_size(9); // A4
    Ok(())
}

fn finish_sheet(sheet: &mut Worksheet, rows: usize, columns: usize) -> Result<(), XlsxError> {
    let last_col = columns.saturating_sub(1) as u16;
    sheet.autofilter(0, 0, rows as u32, last_col)?;
    sheet.autofit();
    Ok(())
}

/// A valid, unique worksheet name (≤ 31 characters, none of `[]:*?/\`).
fn sheet_name(name: &str, used: &mut Vec<String>) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let clean = clean.trim_matches('\'').trim();
    let base: String = if clean.is_empty() {
        t!("sheet-room")
    } else {
        clean.chars().take(31).collect()
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while used.contains(&candidate.to_lowercase()) {
        let suffix = format!(" ({n})");
        candidate = format!(
            "{}{suffix}",
            base.chars()
                .take(31 - suffix.chars().count())
                .collect::<String>()
        );
        n += 1;
    }
    used.push(candidate.to_lowercase());
    candidate
}

/// `out` with its extension replaced by `suffix` ("list.xlsx" → "list-a-z.csv").
fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let stem = out.file_stem().map_or_else(
        || "seating".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    out.with_file_name(format!("{stem}{suffix}"))
}

/// The separator of the CSVs we write: a semicolon where numbers have a decimal comma (German
/// Excel opens "a,b" as one column and reads "1,5" as a number), else a comma.
pub fn csv_separator() -> &'static str {
    if seatplan_i18n::decimal(1.5, 1).contains(',') {
        ";"
    } else {
        ","
    }
}

/// One CSV line (separated by [`csv_separator`], quoted where needed, CRLF). A cell that a
/// spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return — is neutralised the way OWASP recommends (a leading `'`), so `=HYPERLINK(…)` in a
/// name stays text.
pub fn csv_line<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let fields: Vec<String> = values
        .map(|v| {
            let v = neutralise_formula(v);
            if v.contains([',', '"', '\n', '\r', ';', '\t']) {
                format!("\"{}\"", v.replace('"', "\"\""))
            } else {
                v.into_owned()
            }
        })
        .collect();
    format!("{}\r\n", fields.join(csv_separator()))
}

/// `'` before a cell that starts like a formula (`= + - @`, tab, CR); others unchanged.
pub fn neutralise_formula(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{value}"))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

/// Writes a file via a temporary sibling and a rename (`files::write_replacing`).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::files::write_replacing(path, bytes).map_err(|source| ExportError::Io {
        path: path.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_that_look_like_formulas_are_neutralised() {
        let line = csv_line(
            [
                "=HYPERLINK(\"http://x\",\"y\")",
                "=cmd|' /C calc'!A0",
                "+SUM(1+1)",
                "-2",
                "@SUM(A1)",
                "\tx",
                "Anna",
                "Müller-Lüdenscheidt",
            ]
            .into_iter(),
        );
        assert_eq!(
            line,
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'=cmd|' /C calc'!A0,'+SUM(1+1),'-2,'@SUM(A1),\"'\tx\",Anna,Müller-Lüdenscheidt\r\n"
        );
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let mut used = vec!["by table".to_owned()];
        assert_eq!(sheet_name("By Table", &mut used), "By Table (2)");
        assert_eq!(
            sheet_name("Saal 1/2: [Nord]", &mut used),
            "Saal 1-2- -Nord-"
        );
        let long = "Ein sehr langer Raumname, der nicht passt";
        assert_eq!(sheet_name(long, &mut used).chars().count(), 31);
    }
}
