//! The table-draw import: which physical table each logical table got in the paper lottery.
//!
//! Rules: an empty physical cell leaves that logical table as it is (listed); a VIP logical table
//! is never changed, whatever its row says (listed as kept); an unknown physical number, the same
//! number twice, or a number held by a VIP table is an error; a physical table held by another
//! non-VIP logical table that the file does not mention is taken from it (listed); a logical table
//! not yet in the plan is created (listed); a Room cell that disagrees is a warning.

use super::columns::FieldSpec;
use super::sheet::{Sheet, read_sheet};
use super::{ImportError, ImportOptions, ImportPreview, LineKind, PreviewLine, file_name};
use crate::domain::model::match_key;
use crate::domain::{Command, Plan, TableId};
use seatplan_i18n::t;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The columns a draw file may have (English and German names).
pub const DRAW_FIELDS: &[FieldSpec] = &[
    FieldSpec {
        key: "logical",
        label: "Logical table",
        names: &[
            "Logical table",
            "Table name",
            "Logischer Tisch",
            "Tischname",
            "Team",
        ],
    },
    FieldSpec {
        key: "physical",
        label: "Physical table",
        names: &[
            "Physical table",
            "Table number",
            "Table no",
            "Physischer Tisch",
            "Tischnummer",
            "Tisch-Nr",
            "Tischnr",
        ],
    },
    FieldSpec {
        key: "room",
        label: "Room",
        names: &["Room", "Raum", "Saal"],
    },
];

/// Reads a draw file and computes what importing it would do to `plan`.
pub fn preview_draw_import(
    plan: &Plan,
    path: &Path,
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    let sheet = read_sheet(path, options.sheet.as_deref())?;
    preview_draw_sheet(plan, &sheet, &file_name(path), options)
}

/// Like [`preview_draw_import`] for a sheet already read.
pub fn preview_draw_sheet(
    plan: &Plan,
    sheet: &Sheet,
    file: &str,
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    let (mut p, map) = ImportPreview::start(
        sheet,
        file,
        DRAW_FIELDS,
        &[&["logical", "physical"]],
        options,
    )?;
    let line = |p: &mut ImportPreview, kind, row: Option<usize>, text: String| {
        p.lines.push(PreviewLine { kind, row, text });
    };
    if !map.has("logical") || !map.has("physical") {
        line(&mut p, LineKind::Error, None, t!("draw-both-columns"));
        return Ok(p);
    }

    // Pass 1: read rows, catch duplicates.
    struct Row {
        row: usize,
        logical: String,
        table: TableId,
    }
    let mut rows: Vec<Row> = Vec::new();
    let mut seen_logical: HashMap<String, usize> = HashMap::new();
    let mut seen_physical: HashMap<TableId, usize> = HashMap::new();
    for (index, cells) in sheet.rows.iter().enumerate().skip(map.header_index + 1) {
        let row = sheet.row_numbers.get(index).copied().unwrap_or(index + 1);
        if let Some(problem) = map.problem_in(cells, &["logical", "physical"]) {
            line(&mut p, LineKind::Error, Some(row), problem);
            continue;
        }
        let logical = map.get(cells, "logical").to_owned();
        let number = map.get(cells, "physical").to_owned();
        let room = map.get(cells, "room").to_owned();
        if logical.is_empty() && number.is_empty() {
            p.skipped += 1;
            continue;
        }
        if logical.is_empty() {
            line(
                &mut p,
                LineKind::Error,
                Some(row),
                t!("draw-no-logical", number = number.as_str()),
            );
            continue;
        }
        if let Some(first) = seen_logical.insert(match_key(&logical), row) {
            line(
                &mut p,
                LineKind::Error,
                Some(row),
                t!(
                    "draw-logical-twice",
                    name = logical.as_str(),
                    row = first.to_string()
                ),
            );
            continue;
        }
        let existing = plan.logical_named(&logical);
        if existing.is_some_and(|l| l.vip) {
            p.skipped += 1;
            let text = if number.is_empty() {
                t!("draw-vip-kept", name = logical.as_str())
            } else {
                t!(
                    "draw-vip-kept-file-says",
                    name = logical.as_str(),
                    number = number.as_str()
                )
            };
            line(&mut p, LineKind::Skipped, Some(row), text);
            continue;
        }
        if number.is_empty() {
            p.skipped += 1;
            line(
                &mut p,
                LineKind::Skipped,
                Some(row),
                t!("draw-no-number", name = logical.as_str()),
            );
            continue;
        }
        let Some(table) = plan.table_numbered(&number) else {
            line(
                &mut p,
                LineKind::Error,
                Some(row),
                t!("draw-no-such-table", number = number.as_str()),
            );
            continue;
        };
        if let Some(first) = seen_physical.insert(table.id, row) {
            line(
                &mut p,
                LineKind::Error,
                Some(row),
                t!(
                    "draw-table-twice",
                    number = number.as_str(),
                    row = first.to_string()
                ),
            );
            continue;
        }
        if let Some(holder) = plan.holder_of(table.id).filter(|h| h.vip) {
            line(
                &mut p,
                LineKind::Error,
                Some(row),
                t!(
                    "draw-vip-holds",
                    number = number.as_str(),
                    name = holder.name.as_str()
                ),
            );
            continue;
        }
        if !room.is_empty()
            && let Some(actual) = plan.room(table.room)
            && match_key(&actual.name) != match_key(&room)
        {
            line(
                &mut p,
                LineKind::Warning,
                Some(row),
                t!(
                    "draw-other-room",
                    number = number.as_str(),
                    actual = actual.name.as_str(),
                    room = room.as_str()
                ),
            );
        }
        rows.push(Row {
            row,
            logical: existing.map_or(logical.clone(), |l| l.name.clone()),
            table: table.id,
        });
    }

    // Pass 2: changes.
    let gets_table: HashSet<String> = rows.iter().map(|r| match_key(&r.logical)).collect();
    let mut commands = Vec::new();
    for r in &rows {
        let number = plan.table(r.table).map_or("?", |t| t.number.as_str());
        match plan.logical_named(&r.logical) {
            Some(l) if l.physical == Some(r.table) => p.unchanged += 1,
            Some(l) => {
                p.changes += 1;
                let from = l.physical.and_then(|t| plan.table(t)).map_or_else(
                    || t!("diff-no-table"),
                    |t| t!("diff-table-ref", number = t.number.as_str()),
                );
                line(
                    &mut p,
                    LineKind::Changed,
                    Some(r.row),
                    t!(
                        "draw-reassigned",
                        name = l.name.as_str(),
                        from = from,
                        number = number
                    ),
                );
                commands.push(Command::AssignTable {
                    logical: l.id,
                    table: Some(r.table),
                });
            }
            None => {
                p.additions += 1;
                line(
                    &mut p,
                    LineKind::Added,
                    Some(r.row),
                    t!(
                        "draw-new-logical",
                        name = r.logical.as_str(),
                        number = number
                    ),
                );
                commands.push(Command::CreateLogicalTable {
                    name: r.logical.clone(),
                    vip: false,
                });
                commands.push(Command::AssignTableToNamed {
                    logical_name: r.logical.clone(),
                    table: r.table,
                });
            }
        }
        if let Some(holder) = plan.holder_of(r.table)
            && match_key(&holder.name) != match_key(&r.logical)
            && !gets_table.contains(&match_key(&holder.name))
        {
            let text = if seen_logical.contains_key(&match_key(&holder.name)) {
                t!(
                    "draw-loses-no-number",
                    name = holder.name.as_str(),
                    number = number
                )
            } else {
                t!(
                    "draw-loses-not-in-file",
                    name = holder.name.as_str(),
                    number = number
                )
            };
            line(&mut p, LineKind::Warning, Some(r.row), text);
        }
    }
    p.finish("table draw", commands);
    Ok(p)
}
