//! The guest-list import.
//!
//! Existing guests are matched by email (case-insensitive), else by first + last name when exactly
//! one guest has it; matched guests get changes only for fields that differ (and only for columns
//! the file has). A table name not yet in the plan creates that logical table. An empty table cell
//! never unseats anybody. Errors: a row with no name, the same email twice, a VIP value that is not
//! yes/no, a spreadsheet error value in a used column, an invalid email.

use super::columns::{ColumnMap, FieldSpec, field_label, parse_yes_no};
use super::sheet::{Sheet, read_sheet};
use super::{ImportError, ImportOptions, ImportPreview, LineKind, PreviewLine, file_name};
use crate::domain::plan::looks_like_email;
use crate::domain::{
    Command, CustomField, FieldId, FieldKind, FieldValue, GuestFields, GuestId, Plan,
    model::match_key,
};
use seatplan_i18n::t;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// The columns a guest list may have (English and German names): the built-in guest columns.
pub const GUEST_FIELDS: &[FieldSpec] = crate::domain::attributes::GUEST_COLUMNS;

/// One parsed row.
struct GuestRow {
    row: usize,
    fields: GuestFields,
    table: Option<String>,
    /// Custom field values by field name (empty cells left out).
    custom: Vec<(String, FieldValue)>,
    /// Built-in columns the sheet has whose cell is empty in this row.
    empty: BTreeSet<&'static str>,
    /// Custom fields whose cell is empty in this row.
    empty_custom: Vec<String>,
}

/// A sheet column no built-in field reads, taken as a custom field: the plan's field of that
/// name, or a new one (kind guessed from the values).
struct CustomColumn {
    column: usize,
    field: CustomField,
    new: bool,
}

/// The columns that become custom fields; lines for the preview: new fields (or, without
/// `new_fields`, the suggestion), and the columns still left out.
fn custom_columns(
    plan: &Plan,
    sheet: &Sheet,
    map: &ColumnMap,
    options: &ImportOptions,
    preview: &mut ImportPreview,
) -> Vec<CustomColumn> {
    let used: BTreeSet<usize> = map.columns.values().copied().collect();
    let header_row = Some(preview.header_row);
    // The start's "columns ignored" line is replaced by what is really left out.
    let ignored = t!("import-columns-ignored", columns = map.unknown.join(", "));
    preview.lines.retain(|l| l.text != ignored);
    let mut out = Vec::new();
    let mut left_out = Vec::new();
    for (column, header) in map.headers.iter().enumerate() {
        // A header is a field's name: one line (a line break typed into it becomes a space),
        // exactly as the field will be named — the preview and the import agree.
        let header = crate::domain::text::one_line(header.trim());
        let header = header.as_ref();
        if header.is_empty() || used.contains(&column) {
            continue;
        }
        // A second column of a built-in field, a column seatplan's own exports write (room,
        // physical table, seats: read back, they are no field), or a second column of one custom
        // field is left out.
        if super::columns::field_of(GUEST_FIELDS, header).is_some()
            || out
                .iter()
                .any(|c: &CustomColumn| match_key(&c.field.name) == match_key(header))
        {
            left_out.push(t!("import-duplicate-column", name = header));
            continue;
        }
        if crate::domain::attributes::built_in_column(header).is_some() {
            left_out.push(t!("import-export-column", name = header));
            continue;
        }
        if let Some(field) = plan.field_named(header) {
            out.push(CustomColumn {
                column,
                field: field.clone(),
                new: false,
            });
            continue;
        }
        let values: Vec<&str> = sheet
            .rows
            .iter()
            .skip(map.header_index + 1)
            .filter_map(|r| r.get(column).map(|c| c.text().trim()))
            .filter(|t| !t.is_empty())
            .collect();
        let (kind, field_options) = guess_kind(&values);
        let kind_label = crate::domain::describe::field_kind_label(kind);
        if options.new_fields {
            preview.lines.push(PreviewLine {
                kind: LineKind::Added,
                row: header_row,
                text: t!("import-new-field", name = header, kind = kind_label),
            });
            out.push(CustomColumn {
                column,
                field: CustomField {
                    id: FieldId(0),
                    name: header.to_owned(),
                    kind,
                    options: field_options,
                },
                new: true,
            });
        } else {
            preview.lines.push(PreviewLine {
                kind: LineKind::Warning,
                row: header_row,
                text: t!("import-field-suggested", name = header, kind = kind_label),
            });
        }
    }
    if !left_out.is_empty() {
        preview.lines.push(PreviewLine {
            kind: LineKind::Warning,
            row: header_row,
            text: t!("import-columns-ignored", columns = left_out.join(", ")),
        });
    }
    out
}

/// What a column's values look like: yes/no words (English or German, x), numbers, a few
/// values repeated (a choice, options in the order met), or text.
fn guess_kind(values: &[&str]) -> (FieldKind, Vec<String>) {
    if values.is_empty() {
        return (FieldKind::Text, Vec::new());
    }
    let yes_no = |v: &str| {
        matches!(
            v.to_lowercase().as_str(),
            "yes"
                | "no"
                | "ja"
                | "nein"
                | "x"
                | "j"
                | "n"
                | "y"
                | "true"
                | "false"
                | "wahr"
                | "falsch"
                | "✓"
                | "✔"
        )
    };
    if values.iter().all(|v| yes_no(v)) {
        return (FieldKind::YesNo, Vec::new());
    }
    if values
        .iter()
        .all(|v| seatplan_i18n::parse_decimal(v).is_some())
    {
        return (FieldKind::Number, Vec::new());
    }
    let mut distinct: Vec<&str> = Vec::new();
    for v in values {
        if !distinct.iter().any(|d| match_key(d) == match_key(v)) {
            distinct.push(v);
        }
    }
    if distinct.len() <= 8 && distinct.len() * 2 <= values.len() {
        return (
            FieldKind::Choice,
            distinct.into_iter().map(str::to_owned).collect(),
        );
    }
    (FieldKind::Text, Vec::new())
}

/// Reads a guest list and computes what importing it would do to `plan`.
pub fn preview_guest_import(
    plan: &Plan,
    path: &Path,
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    let sheet = read_sheet(path, options.sheet.as_deref())?;
    preview_guest_sheet(plan, &sheet, &file_name(path), options)
}

/// Like [`preview_guest_import`] for a sheet already read.
pub fn preview_guest_sheet(
    plan: &Plan,
    sheet: &Sheet,
    file: &str,
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    let (mut preview, map) = ImportPreview::start(
        sheet,
        file,
        GUEST_FIELDS,
        &[&["first_name", "last_name"], &["name"], &["last_name"]],
        options,
    )?;
    let customs = custom_columns(plan, sheet, &map, options, &mut preview);
    let rows = parse_rows(sheet, &map, &customs, &mut preview);
    plan_changes(
        plan,
        &map,
        &customs,
        rows,
        options.empty_clears,
        &mut preview,
    );
    Ok(preview)
}

fn parse_rows(
    sheet: &Sheet,
    map: &ColumnMap,
    customs: &[CustomColumn],
    preview: &mut ImportPreview,
) -> Vec<GuestRow> {
    let mut rows = Vec::new();
    let mut emails: HashMap<String, usize> = HashMap::new();
    let error = |preview: &mut ImportPreview, row: usize, text: String| {
        preview.lines.push(PreviewLine {
            kind: LineKind::Error,
            row: Some(row),
            text,
        });
    };
    for (index, cells) in sheet.rows.iter().enumerate().skip(map.header_index + 1) {
        let row = sheet.row_numbers.get(index).copied().unwrap_or(index + 1);
        if map
            .columns
            .values()
            .all(|&c| cells.get(c).is_none_or(|c| c.text().is_empty()))
            && map.problem_in(cells, &["table"]).is_none()
        {
            preview.skipped += 1;
            preview.lines.push(PreviewLine {
                kind: LineKind::Skipped,
                row: Some(row),
                text: "no data in the imported columns".into(),
            });
            continue;
        }
        if let Some(problem) = map.problem_in(cells, &["table"]) {
            error(preview, row, problem);
            continue;
        }
        // Text that reaches email headers, CSV cells and file names is one line: a line break
        // (Alt+Enter in Excel) or another control character becomes a space, and the row says so.
        let mut cleaned: Vec<&'static str> = Vec::new();
        let mut text = |field: &'static str| -> String {
            let raw = map.get(cells, field);
            let clean = if field == "notes" {
                crate::domain::text::multi_line(raw)
            } else {
                crate::domain::text::one_line(raw)
            };
            if clean != raw {
                cleaned.push(field);
            }
            clean.into_owned()
        };
        let (mut first, mut last) = (text("first_name"), text("last_name"));
        let full_name = text("name");
        let email = text("email");
        let department = text("department");
        let dietary = text("dietary");
        let notes = text("notes");
        let group = text("group");
        let table_text = text("table");
        // Letters lost to a wrong encoding ("?ukasz"): said with the row and column.
        for (field, is_name) in [
            ("first_name", true),
            ("last_name", true),
            ("name", true),
            ("department", true),
            ("table", true),
            ("group", true),
            ("dietary", false),
            ("notes", false),
        ] {
            let value = map.get(cells, field);
            if crate::domain::text::lost_letters(value, is_name) {
                lost_letters(preview, map, row, field_column(map, field), value);
            }
        }
        let empty: BTreeSet<&'static str> = map
            .columns
            .keys()
            .copied()
            .filter(|field| map.get(cells, field).trim().is_empty())
            .collect();
        if !cleaned.is_empty() {
            preview.lines.push(PreviewLine {
                kind: LineKind::Warning,
                row: Some(row),
                text: t!(
                    "import-cleaned",
                    fields = cleaned
                        .iter()
                        .map(|f| field_label(f))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
        if first.is_empty() && last.is_empty() {
            (first, last) = split_name(&full_name);
        }
        if first.is_empty() && last.is_empty() {
            error(preview, row, t!("import-no-name"));
            continue;
        }
        if let Some(problem) = implausible(map, cells) {
            error(preview, row, problem);
            continue;
        }
        if !email.is_empty() {
            if !looks_like_email(&email) {
                error(preview, row, t!("err-bad-email", email = email.as_str()));
                continue;
            }
            if let Some(first_row) = emails.insert(match_key(&email), row) {
                error(
                    preview,
                    row,
                    t!(
                        "import-email-twice",
                        email = email.as_str(),
                        row = first_row.to_string()
                    ),
                );
                continue;
            }
        }
        let vip_text = map.get(cells, "vip");
        let Some(vip) = parse_yes_no(vip_text) else {
            error(preview, row, t!("import-bad-vip", text = vip_text));
            continue;
        };
        let table = Some(table_text).filter(|t| !t.is_empty());
        let mut custom = Vec::new();
        let mut empty_custom = Vec::new();
        let mut misfit = None;
        for c in customs {
            let text = cells.get(c.column).map_or("", |cell| cell.text());
            if c.field.kind == FieldKind::Text && crate::domain::text::lost_letters(text, false) {
                lost_letters(preview, map, row, c.column, text);
            }
            match c.field.parse_value(text) {
                Ok(Some(value)) => {
                    if let Some(length) = value.too_long() {
                        misfit = Some(t!(
                            "import-cell-too-long",
                            field = c.field.name.as_str(),
                            length = length,
                            max = crate::domain::model::MAX_TEXT_VALUE_CHARS
                        ));
                        break;
                    }
                    custom.push((c.field.name.clone(), value));
                }
                Ok(None) => empty_custom.push(c.field.name.clone()),
                Err(bad) => {
                    misfit = Some(t!(
                        "import-bad-field-value",
                        value = bad,
                        field = c.field.name.as_str(),
                        kind = crate::domain::describe::field_kind_label(c.field.kind)
                    ));
                    break;
                }
            }
        }
        if let Some(problem) = misfit {
            error(preview, row, problem);
            continue;
        }
        rows.push(GuestRow {
            custom,
            empty,
            empty_custom,
            row,
            fields: GuestFields {
                first_name: first,
                last_name: last,
                email: Some(email).filter(|e| !e.is_empty()),
                department,
                dietary,
                vip,
                notes,
                group,
            },
            table,
        });
    }
    rows
}

/// The column a built-in field is read from.
fn field_column(map: &ColumnMap, field: &str) -> usize {
    map.columns.get(field).copied().unwrap_or_default()
}

/// A warning that a cell's letters look lost to the file's encoding, naming its column.
fn lost_letters(
    preview: &mut ImportPreview,
    map: &ColumnMap,
    row: usize,
    column: usize,
    text: &str,
) {
    let shown: String = crate::domain::text::one_line(text)
        .chars()
        .take(60)
        .collect();
    preview.lines.push(PreviewLine {
        kind: LineKind::Warning,
        row: Some(row),
        text: t!(
            "import-lost-letters",
            column = map.headers.get(column).map_or("", |h| h.trim()),
            text = shown
        ),
    });
}

/// Longest text accepted per field (a 100 kB cell is a paste accident, not a name).
const MAX_CHARS: &[(&str, usize)] = &[
    ("first_name", 200),
    ("last_name", 200),
    ("name", 300),
    ("email", 320),
    ("department", 200),
    ("dietary", 500),
    ("table", 200),
    ("group", 200),
    ("notes", 2000),
];

/// Cells that cannot be what their column says: far too long, or a date where a name belongs.
fn implausible(map: &ColumnMap, cells: &[super::sheet::Cell]) -> Option<String> {
    for (field, max) in MAX_CHARS {
        let n = map.get(cells, field).chars().count();
        if n > *max {
            return Some(t!(
                "import-cell-too-long",
                field = field_label(field),
                length = n,
                max = *max
            ));
        }
    }
    for field in ["first_name", "last_name", "name"] {
        let text = map.get(cells, field);
        let b = text.as_bytes();
        let date_like = b.len() >= 10
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && b[5..7].iter().all(u8::is_ascii_digit)
            && b[7] == b'-';
        if date_like {
            return Some(t!(
                "import-name-is-date",
                field = field_label(field),
                text = text
            ));
        }
    }
    None
}

/// "Müller, Anna" → (Anna, Müller); "Anna Maria Müller" → (Anna Maria, Müller).
fn split_name(full: &str) -> (String, String) {
    let full = full.trim();
    if let Some((last, first)) = full.split_once(',') {
        return (first.trim().to_owned(), last.trim().to_owned());
    }
    match full.rsplit_once(' ') {
        Some((first, last)) => (first.trim().to_owned(), last.trim().to_owned()),
        None => (String::new(), full.to_owned()),
    }
}

/// Matches rows to guests and builds the command.
fn plan_changes(
    plan: &Plan,
    map: &ColumnMap,
    customs: &[CustomColumn],
    rows: Vec<GuestRow>,
    empty_clears: bool,
    preview: &mut ImportPreview,
) {
    let mut by_name: HashMap<(String, String), Vec<GuestId>> = HashMap::new();
    for g in plan.guests() {
        by_name
            .entry((
                match_key(&g.fields.first_name),
                match_key(&g.fields.last_name),
            ))
            .or_default()
            .push(g.id);
    }
    let mut commands: Vec<Command> = customs
        .iter()
        .filter(|c| c.new)
        .map(|c| Command::DefineField {
            name: c.field.name.clone(),
            kind: c.field.kind,
            options: c.field.options.clone(),
        })
        .collect();
    let mut new_tables: BTreeSet<String> = BTreeSet::new();
    let mut matched: HashMap<GuestId, usize> = HashMap::new();
    let mut kept_examples: Vec<String> = Vec::new();
    let line = |preview: &mut ImportPreview, kind, row, text| {
        preview.lines.push(PreviewLine {
            kind,
            row: Some(row),
            text,
        });
    };
    for r in rows {
        // A table that does not exist yet is created once, before the guests that need it.
        let table_name = r.table.as_ref().map(|t| {
            plan.logical_named(t)
                .map_or_else(|| t.trim().to_owned(), |l| l.name.clone())
        });
        if let Some(t) = &table_name
            && plan.logical_named(t).is_none()
            && new_tables.insert(match_key(t))
        {
            line(
                preview,
                LineKind::Added,
                r.row,
                t!("import-new-logical", name = t.as_str()),
            );
            commands.push(Command::CreateLogicalTable {
                name: t.clone(),
                vip: false,
            });
        }
        let existing = r
            .fields
            .email
            .as_deref()
            .and_then(|e| plan.guest_with_email(e))
            .or_else(|| {
                let key = (
                    match_key(&r.fields.first_name),
                    match_key(&r.fields.last_name),
                );
                match by_name.get(&key).map(Vec::as_slice) {
                    Some([one]) => plan.guest(*one).filter(|g| {
                        // Same name but a different email is somebody else.
                        g.fields.email.is_none() || r.fields.email.is_none()
                    }),
                    _ => None,
                }
            });
        let Some(guest) = existing else {
            preview.additions += 1;
            line(
                preview,
                LineKind::Added,
                r.row,
                match &table_name {
                    Some(t) => t!(
                        "import-new-guest-at",
                        first = r.fields.first_name.as_str(),
                        last = r.fields.last_name.as_str(),
                        table = t.as_str()
                    ),
                    None => t!(
                        "import-new-guest",
                        first = r.fields.first_name.as_str(),
                        last = r.fields.last_name.as_str()
                    ),
                },
            );
            commands.push(Command::AddGuestSeatedAt {
                fields: r.fields,
                logical_name: table_name,
                custom: r.custom,
            });
            continue;
        };
        if let Some(other) = matched.insert(guest.id, r.row) {
            line(
                preview,
                LineKind::Error,
                r.row,
                t!(
                    "import-same-guest",
                    row = other.to_string(),
                    guest = guest.display_name()
                ),
            );
            continue;
        }
        // Only columns the file has can change a field, and an empty cell is no value: it
        // keeps what the guest has (unless the user chose that empty cells clear).
        let current = &guest.fields;
        let keeps = |field: &str| !map.has(field) || (r.empty.contains(field) && !empty_clears);
        let text = |field: &str, new: &str, old: &str| {
            if keeps(field) {
                old.to_owned()
            } else {
                new.to_owned()
            }
        };
        let wanted = GuestFields {
            // Names are never cleared: an empty name cell keeps the name.
            first_name: if r.empty.contains("first_name") || r.fields.first_name.is_empty() {
                current.first_name.clone()
            } else {
                r.fields.first_name.clone()
            },
            last_name: if r.empty.contains("last_name") || r.fields.last_name.is_empty() {
                current.last_name.clone()
            } else {
                r.fields.last_name.clone()
            },
            // An address differing only in case is the same address: no change.
            email: match (&r.fields.email, &current.email) {
                (Some(new), Some(old)) if match_key(new) == match_key(old) => current.email.clone(),
                _ if keeps("email") => current.email.clone(),
                _ => r.fields.email.clone(),
            },
            department: text("department", &r.fields.department, &current.department),
            dietary: text("dietary", &r.fields.dietary, &current.dietary),
            vip: if keeps("vip") {
                current.vip
            } else {
                r.fields.vip
            },
            notes: text("notes", &r.fields.notes, &current.notes),
            group: text("group", &r.fields.group, &current.group),
        };
        let changed = crate::domain::events::GuestChanges::between(current, &wanted);
        // Values an empty cell clears (by choice), each listed; values kept, counted.
        let mut cleared: Vec<(String, String)> = cleared_fields(current, &wanted, &r.empty);
        let yes = t!("import-yes");
        for (key, had) in [
            ("email", current.email.as_deref().unwrap_or("")),
            ("department", current.department.as_str()),
            ("dietary", current.dietary.as_str()),
            ("vip", if current.vip { yes.as_str() } else { "" }),
            ("notes", current.notes.as_str()),
            ("group", current.group.as_str()),
        ] {
            if !had.is_empty() && !empty_clears && r.empty.contains(key) {
                preview.kept_empty += 1;
                kept_examples.push(t!(
                    "import-kept-value",
                    guest = guest.display_name(),
                    field = field_word(key),
                    value = had
                ));
            }
        }
        let mut custom_clears: Vec<String> = Vec::new();
        for name in &r.empty_custom {
            let Some(field) = plan.field_named(name) else {
                continue;
            };
            let Some(value) = guest.custom.get(&field.id) else {
                continue;
            };
            if empty_clears {
                cleared.push((
                    field.name.clone(),
                    crate::domain::describe::field_value_label(value),
                ));
                custom_clears.push(field.name.clone());
            } else {
                preview.kept_empty += 1;
                kept_examples.push(t!(
                    "import-kept-value",
                    guest = guest.display_name(),
                    field = field.name.as_str(),
                    value = crate::domain::describe::field_value_label(value)
                ));
            }
        }
        // Custom values that differ (an empty cell changes nothing).
        let custom_changes: Vec<(String, FieldValue)> = r
            .custom
            .iter()
            .filter(|(name, value)| {
                plan.field_named(name)
                    .is_none_or(|f| guest.custom.get(&f.id) != Some(value))
            })
            .cloned()
            .collect();
        let current_table = guest.logical.and_then(|l| plan.logical_table(l));
        let reseat = table_name
            .as_ref()
            .filter(|t| current_table.is_none_or(|c| match_key(&c.name) != match_key(t)));
        if changed.is_empty()
            && reseat.is_none()
            && custom_changes.is_empty()
            && custom_clears.is_empty()
        {
            preview.unchanged += 1;
            continue;
        }
        preview.changes += 1;
        for (field, value) in &cleared {
            preview.cleared += 1;
            line(
                preview,
                LineKind::Warning,
                r.row,
                t!(
                    "import-clears",
                    guest = guest.display_name(),
                    field = field.as_str(),
                    value = value.as_str()
                ),
            );
        }
        let mut what = Vec::new();
        for name in custom_clears {
            what.push(t!(
                "import-field-set",
                field = name.as_str(),
                value = t!("import-none")
            ));
            commands.push(Command::SetGuestFieldNamed {
                guest: guest.id,
                field_name: name,
                value: None,
            });
        }
        for (name, value) in custom_changes {
            what.push(t!(
                "import-field-set",
                field = name.as_str(),
                value = crate::domain::describe::field_value_label(&value)
            ));
            commands.push(Command::SetGuestFieldNamed {
                guest: guest.id,
                field_name: name,
                value: Some(value),
            });
        }
        if !changed.is_empty() {
            what.push(describe_changes(&changed));
            commands.push(Command::EditGuest {
                guest: guest.id,
                fields: wanted,
            });
        }
        if let Some(t) = reseat {
            what.push(t!(
                "import-reseat",
                from = current_table.map_or_else(
                    || t!("import-none"),
                    |c| t!("quoted", text = c.name.as_str())
                ),
                to = t.as_str()
            ));
            commands.push(Command::SeatGuestsAtNamed {
                guests: vec![guest.id],
                logical_name: t.clone(),
            });
        }
        line(
            preview,
            LineKind::Changed,
            r.row,
            format!("{}: {}", guest.display_name(), what.join("; ")),
        );
    }
    if preview.kept_empty > 0 {
        // Counted, with the first few named: a column left empty in a long list keeps a value
        // for every guest, and naming each would bury the changes.
        const NAMED: usize = 5;
        let mut examples = kept_examples
            .iter()
            .take(NAMED)
            .cloned()
            .collect::<Vec<_>>()
            .join("; ");
        if kept_examples.len() > NAMED {
            examples.push_str("; …");
        }
        preview.lines.push(PreviewLine {
            kind: LineKind::Skipped,
            row: None,
            text: t!(
                "import-empty-kept",
                count = preview.kept_empty,
                examples = examples
            ),
        });
    }
    preview.finish("guests", commands);
}

/// A built-in field's name as the preview's change lines write it ("dietary").
fn field_word(key: &str) -> String {
    match key {
        "email" => t!("field-email"),
        "department" => t!("field-department"),
        "dietary" => t!("field-dietary"),
        "vip" => t!("field-vip"),
        "notes" => t!("field-notes"),
        "group" => t!("field-group"),
        other => field_label(other),
    }
}

/// The built-in values of `current` that `wanted` clears because their cell is `empty`: (field,
/// value it had).
fn cleared_fields(
    current: &GuestFields,
    wanted: &GuestFields,
    empty: &BTreeSet<&'static str>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let (Some(old), None) = (&current.email, &wanted.email) {
        out.push((field_word("email"), old.clone()));
    }
    for (key, old, new) in [
        ("department", &current.department, &wanted.department),
        ("dietary", &current.dietary, &wanted.dietary),
        ("notes", &current.notes, &wanted.notes),
        ("group", &current.group, &wanted.group),
    ] {
        if !old.is_empty() && new.is_empty() && empty.contains(key) {
            out.push((field_word(key), old.clone()));
        }
    }
    if current.vip && !wanted.vip && empty.contains("vip") {
        out.push((field_word("vip"), t!("import-yes")));
    }
    out
}

fn describe_changes(c: &crate::domain::events::GuestChanges) -> String {
    let mut parts = Vec::new();
    let set = |field: String, value: &str| {
        let value = if value.is_empty() {
            t!("import-none")
        } else {
            value.to_owned()
        };
        t!("import-field-set", field = field, value = value)
    };
    if let Some(v) = &c.first_name {
        parts.push(set(t!("field-first-name"), v));
    }
    if let Some(v) = &c.last_name {
        parts.push(set(t!("field-last-name"), v));
    }
    if let Some(v) = &c.email {
        parts.push(set(t!("field-email"), v.as_deref().unwrap_or("")));
    }
    if let Some(v) = &c.department {
        parts.push(set(t!("field-department"), v));
    }
    if let Some(v) = &c.dietary {
        parts.push(set(t!("field-dietary"), v));
    }
    if let Some(v) = c.vip {
        parts.push(if v {
            t!("import-now-vip")
        } else {
            t!("import-no-longer-vip")
        });
    }
    if let Some(v) = &c.notes {
        parts.push(set(t!("field-notes"), v));
    }
    if let Some(v) = &c.group {
        parts.push(set(t!("field-group"), v));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_both_ways() {
        assert_eq!(split_name("Müller, Anna"), ("Anna".into(), "Müller".into()));
        assert_eq!(
            split_name("Anna Maria Müller"),
            ("Anna Maria".into(), "Müller".into())
        );
        assert_eq!(split_name("Cher"), (String::new(), "Cher".into()));
    }
}
