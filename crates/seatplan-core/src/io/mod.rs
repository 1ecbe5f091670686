//! Spreadsheets in and out, guest emails: the organiser's data arrives and leaves in files.
//!
//! - [`sheet`]: reading xlsx/xls/ods/csv into rows of text as people see them;
//! - [`columns`]: finding the header row and matching column names (English and German);
//! - [`guests`]: the guest-list import; [`draw`]: the table-draw import (never touches VIP tables);
//! - [`export`]: seating lists (xlsx, csv); [`email`]: per-guest `.eml` files and a mail-merge CSV;
//! - [`output`]: where an export may write (never onto a plan, never over a file unasked).
//!
//! Every import is parsed and validated completely into an [`ImportPreview`] before anything is
//! written; applying it is one command, so one batch and one undo.

pub mod columns;
pub mod draw;
pub mod email;
pub mod export;
pub mod guests;
mod ods;
pub mod output;
pub mod sheet;
pub mod wishes;

use crate::domain::Command;
use seatplan_i18n::t;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// What kind of line a preview shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineKind {
    /// A problem that stops the import.
    Error,
    /// Something worth knowing that does not stop it.
    Warning,
    /// Something new (a guest, a logical table).
    Added,
    /// Something that changes.
    Changed,
    /// A row that is deliberately left alone (VIP table kept, empty cell).
    Skipped,
}

impl LineKind {
    /// A short word for the kind, in the current language.
    pub fn word(self) -> String {
        match self {
            LineKind::Error => t!("line-error"),
            LineKind::Warning => t!("line-warning"),
            LineKind::Added => t!("line-added"),
            LineKind::Changed => t!("line-changed"),
            LineKind::Skipped => t!("line-skipped"),
        }
    }
}

/// One line of an import preview, with the sheet row it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewLine {
    /// Kind of line.
    pub kind: LineKind,
    /// The 1-based sheet row, if the line is about a row.
    pub row: Option<usize>,
    /// The text.
    pub text: String,
}

impl fmt::Display for PreviewLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self.row {
            Some(row) => t!(
                "import-line-row",
                kind = self.kind.word(),
                row = row.to_string(),
                text = self.text.as_str()
            ),
            None => t!(
                "import-line",
                kind = self.kind.word(),
                text = self.text.as_str()
            ),
        })
    }
}

/// Everything an import would do, computed before anything is written.
#[derive(Clone, Debug)]
pub struct ImportPreview {
    /// The file's name (for the timeline).
    pub file_name: String,
    /// The sheet read.
    pub sheet: String,
    /// All sheets of the workbook (for choosing another).
    pub sheet_names: Vec<String>,
    /// The 1-based row of the header.
    pub header_row: usize,
    /// The text encoding a CSV was read in when it was not UTF-8 ("Windows-1252").
    pub encoding: Option<String>,
    /// Every column header, by column.
    pub headers: Vec<String>,
    /// Field key → (field label, column index) for every field the import knows.
    pub mapping: Vec<(&'static str, &'static str, Option<usize>)>,
    /// Rows that add something.
    pub additions: usize,
    /// Rows that change something.
    pub changes: usize,
    /// Rows that match the plan already.
    pub unchanged: usize,
    /// Rows left alone on purpose.
    pub skipped: usize,
    /// Values of existing guests an empty cell clears (only with `empty_clears`).
    pub cleared: usize,
    /// Values of existing guests kept because their cell is empty.
    pub kept_empty: usize,
    /// How the sheet's columns were read where the header is another name for a built-in
    /// column ("Allergien → Dietary"); see [`ImportPreview::columns_read_as`].
    pub column_names: Vec<String>,
    /// Every error, warning and change, in row order.
    pub lines: Vec<PreviewLine>,
    /// The command to apply: `None` when there are errors or nothing to change.
    pub command: Option<Command>,
}

impl ImportPreview {
    /// Number of error lines.
    pub fn errors(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| l.kind == LineKind::Error)
            .count()
    }

    /// Number of warning lines.
    pub fn warnings(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| l.kind == LineKind::Warning)
            .count()
    }

    /// "columns read as: Vorname → First name, Allergien → Dietary", when a header is another
    /// name for a built-in column.
    pub fn columns_read_as(&self) -> Option<String> {
        (!self.column_names.is_empty()).then(|| {
            t!(
                "import-columns-read-as",
                list = self.column_names.join(", ")
            )
        })
    }

    /// "12 new · 3 changed · 20 unchanged · 2 kept · 1 warning".
    pub fn summary(&self) -> String {
        let mut text = t!(
            "import-summary",
            added = self.additions,
            changed = self.changes,
            unchanged = self.unchanged,
            kept = self.skipped
        );
        let (e, w) = (self.errors(), self.warnings());
        if self.cleared > 0 {
            text.push_str(" · ");
            text.push_str(&t!("import-summary-cleared", count = self.cleared));
        }
        if w > 0 {
            text.push_str(" · ");
            text.push_str(&t!("import-summary-warnings", count = w));
        }
        if e > 0 {
            text.push_str(" · ");
            text.push_str(&t!("import-summary-errors", count = e));
        } else if self.command.is_none() {
            text.push_str(" · ");
            text.push_str(&t!("import-summary-no-changes"));
        }
        text
    }
}

impl ImportPreview {
    /// Finds the header of `sheet` (applying the user's column overrides) and starts an empty
    /// preview, with a warning naming the columns no field uses.
    pub fn start(
        sheet: &sheet::Sheet,
        file: &str,
        fields: &[columns::FieldSpec],
        required: &[&[&str]],
        options: &ImportOptions,
    ) -> Result<(ImportPreview, columns::ColumnMap), ImportError> {
        let map = columns::find_header(sheet, fields, required).map_err(|detail| {
            ImportError::Header {
                file: file.to_owned(),
                detail,
            }
        })?;
        let map = columns::with_override(map, fields, &options.columns);
        let header_row = sheet
            .row_numbers
            .get(map.header_index)
            .copied()
            .unwrap_or(1);
        let mut lines = Vec::new();
        if !map.unknown.is_empty() {
            lines.push(PreviewLine {
                kind: LineKind::Warning,
                row: Some(header_row),
                text: t!("import-columns-ignored", columns = map.unknown.join(", ")),
            });
        }
        let preview = ImportPreview {
            file_name: file.to_owned(),
            sheet: sheet.name.clone(),
            sheet_names: sheet.sheet_names.clone(),
            header_row,
            encoding: sheet.encoding.clone(),
            headers: map.headers.clone(),
            mapping: fields
                .iter()
                .map(|s| (s.key, s.label, map.columns.get(s.key).copied()))
                .collect(),
            additions: 0,
            changes: 0,
            unchanged: 0,
            skipped: 0,
            cleared: 0,
            kept_empty: 0,
            column_names: {
                // In the sheet's order of columns.
                let mut names: Vec<(usize, String)> = fields
                    .iter()
                    .filter_map(|s| {
                        let column = *map.columns.get(s.key)?;
                        let header = map.headers.get(column)?.trim();
                        let label = columns::field_label(s.key);
                        (columns::normalise(header) != columns::normalise(&label))
                            .then(|| (column, format!("{header} → {label}")))
                    })
                    .collect();
                names.sort();
                names.into_iter().map(|(_, name)| name).collect()
            },
            lines,
            command: None,
        };
        Ok((preview, map))
    }

    /// Wraps the import's commands into one action named after the file, unless there are errors
    /// or nothing to do.
    fn finish(&mut self, what: &str, commands: Vec<Command>) {
        self.lines.sort_by_key(|l| (l.row, l.kind));
        if self.errors() == 0 && !commands.is_empty() {
            let n = self.additions + self.changes;
            self.command = Some(Command::Many {
                description: format!(
                    "Imported {what} from {} — {n} change{}",
                    self.file_name,
                    if n == 1 { "" } else { "s" }
                ),
                commands,
            });
        }
    }

    /// Checks the import's action against `plan` by the very rules applying it meets
    /// (`domain::validate`, what `Document::execute` runs): a refusal becomes an error line and
    /// no action. Every preview shown instead of applied (a dry run, the window's dialog) runs
    /// it, so a preview never accepts what the import would refuse; an import applied at once
    /// meets the same rules when it is executed.
    pub fn check_against(&mut self, plan: &crate::domain::Plan) {
        let Some(command) = &self.command else {
            return;
        };
        if let Err(e) = crate::domain::validate(command, plan) {
            self.command = None;
            self.lines.push(PreviewLine {
                kind: LineKind::Error,
                row: None,
                text: t!("import-refused", reason = e.to_string()),
            });
        }
    }
}

/// Options of an import: which sheet, and column overrides (field key → column, or none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The sheet's name (default: the first visible sheet).
    pub sheet: Option<String>,
    /// Field key → column index (or `None` to ignore the field), replacing the detected mapping.
    pub columns: BTreeMap<String, Option<usize>>,
    /// Guest lists: columns no built-in field reads become new custom fields (kind guessed from
    /// their values) instead of being left out.
    pub new_fields: bool,
    /// Guest lists: an empty cell clears an existing guest's value (names and the table
    /// excepted) instead of keeping it. Off by default: an empty cell is not a value.
    pub empty_clears: bool,
}

/// Why an import could not even be previewed (the file, not its rows).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The spreadsheet could not be read.
    #[error(transparent)]
    Sheet(#[from] sheet::SheetError),
    /// No usable header row.
    #[error("{file}: {detail}")]
    Header {
        /// The file.
        file: String,
        /// What is missing.
        detail: String,
    },
}

/// The file name shown in descriptions.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
