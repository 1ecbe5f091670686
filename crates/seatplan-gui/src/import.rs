//! The import preview dialog: sheet and column choice, counts, every problem with its row, and
//! Import / Cancel. Nothing is written until Import; the import is one undoable action.

use super::Action;
use crate::DocumentAction;
use egui::{ComboBox, Grid, Id, Modal, RichText, ScrollArea, Ui};
use seatplan_core::domain::Plan;
use seatplan_core::io::columns::FieldSpec;
use seatplan_core::io::draw::{DRAW_FIELDS, preview_draw_sheet};
use seatplan_core::io::guests::{GUEST_FIELDS, preview_guest_sheet};
use seatplan_core::io::sheet::{Sheet, read_sheet};
use seatplan_core::io::{ImportOptions, ImportPreview, LineKind};
use seatplan_i18n::t;
use std::collections::HashMap;
use std::path::PathBuf;

/// Which import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// A guest list.
    Guests,
    /// The table draw.
    Draw,
    /// Guests' wishes.
    Wishes,
}

impl ImportKind {
    fn title(self) -> String {
        match self {
            ImportKind::Guests => t!("import-guests-title"),
            ImportKind::Draw => t!("import-draw-title"),
            ImportKind::Wishes => t!("import-wishes-title"),
        }
    }

    /// The fields this import reads.
    fn fields(self) -> &'static [FieldSpec] {
        match self {
            ImportKind::Guests => GUEST_FIELDS,
            ImportKind::Draw => DRAW_FIELDS,
            ImportKind::Wishes => seatplan_core::io::wishes::WISH_FIELDS,
        }
    }
}

/// An open import dialog.
#[derive(Clone, Debug)]
pub struct ImportDialog {
    /// Which import.
    pub kind: ImportKind,
    /// The spreadsheet.
    pub path: PathBuf,
    /// Sheet and column choices.
    pub options: ImportOptions,
    /// The preview for the current choices, or why there is none.
    pub result: Result<ImportPreview, String>,
    /// The sheets read so far, by the sheet asked for (`None`: the first visible one): a change
    /// of column or plan recomputes the preview without reading the file again.
    sheets: HashMap<Option<String>, Result<Sheet, String>>,
}

impl ImportDialog {
    /// Opens the dialog for a file, computing the first preview.
    pub fn new(kind: ImportKind, path: PathBuf, plan: &Plan) -> ImportDialog {
        let mut dialog = ImportDialog {
            kind,
            path,
            options: ImportOptions::default(),
            result: Err(String::new()),
            sheets: HashMap::new(),
        };
        dialog.refresh(plan);
        dialog
    }

    /// Recomputes the preview (after a choice changed, or the plan did). The file is read once
    /// per sheet.
    pub fn refresh(&mut self, plan: &Plan) {
        let wanted = self.options.sheet.clone();
        let path = &self.path;
        let sheet = self
            .sheets
            .entry(wanted.clone())
            .or_insert_with(|| read_sheet(path, wanted.as_deref()).map_err(|e| e.to_string()));
        let file = seatplan_core::io::file_name(&self.path);
        self.result = match sheet {
            Err(message) => Err(message.clone()),
            Ok(sheet) => match self.kind {
                ImportKind::Guests => preview_guest_sheet(plan, sheet, &file, &self.options),
                ImportKind::Draw => preview_draw_sheet(plan, sheet, &file, &self.options),
                ImportKind::Wishes => {
                    seatplan_core::io::wishes::preview_wish_sheet(plan, sheet, &file, &self.options)
                }
            }
            .map(|mut preview| {
                // The dialog offers Import only for what importing will accept.
                preview.check_against(plan);
                preview
            })
            .map_err(|e| e.to_string()),
        };
    }
}

/// What the user did in the dialog this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Nothing yet.
    Open,
    /// Options changed: recompute the preview.
    Changed,
    /// Apply the import.
    Import,
    /// Close without importing.
    Cancel,
}

/// Draws the import dialog.
pub fn import_dialog_ui(
    ui: &Ui,
    dialog: &mut ImportDialog,
    actions: &mut Vec<Action>,
) -> ImportChoice {
    let mut choice = ImportChoice::Open;
    Modal::new(Id::unique("import-dialog")).show(ui.ctx(), |ui| {
        ui.set_width(640.0);
        ui.heading(t!(
            "import-heading",
            what = dialog.kind.title(),
            file = seatplan_core::io::file_name(&dialog.path)
        ));
        match dialog.result.clone() {
            Err(message) => {
                ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
                ui.label(t!("import-nothing-changed"));
            }
            Ok(preview) => {
                let sheet_changed = sheet_choice_ui(ui, dialog, &preview);
                // A guest list's extra columns may become custom fields.
                let fields_changed = dialog.kind == ImportKind::Guests
                    && ui
                        .checkbox(&mut dialog.options.new_fields, t!("import-new-fields"))
                        .on_hover_text(t!("import-new-fields-tip"))
                        .changed();
                // An empty cell keeps a guest's value unless the user chooses otherwise; the
                // preview then lists every value that goes.
                let clears_changed = dialog.kind == ImportKind::Guests
                    && ui
                        .checkbox(&mut dialog.options.empty_clears, t!("import-empty-clears"))
                        .on_hover_text(t!("import-empty-clears-tip"))
                        .changed();
                if columns_ui(ui, dialog, &preview)
                    || sheet_changed
                    || fields_changed
                    || clears_changed
                {
                    choice = ImportChoice::Changed;
                }
                ui.separator();
                preview_lines_ui(ui, &preview);
            }
        }
        ui.separator();
        ui.horizontal(|ui| {
            let ready = dialog
                .result
                .as_ref()
                .is_ok_and(|p| p.command.is_some() && p.errors() == 0);
            if ui
                .add_enabled(ready, egui::Button::new(t!("import-button")))
                .clicked()
            {
                choice = ImportChoice::Import;
            }
            if ui.button(t!("button-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                choice = ImportChoice::Cancel;
            }
        });
    });
    if choice == ImportChoice::Import
        && let Ok(preview) = &dialog.result
        && let Some(command) = &preview.command
    {
        actions.push(Action::Document(DocumentAction::Execute(command.clone())));
    }
    choice
}

/// The sheet to read, when the workbook has several; true when the user picked another.
fn sheet_choice_ui(ui: &mut Ui, dialog: &mut ImportDialog, preview: &ImportPreview) -> bool {
    if preview.sheet_names.len() < 2 {
        return false;
    }
    let mut sheet = preview.sheet.clone();
    ui.horizontal(|ui| {
        let label = ui.label(t!("import-sheet"));
        ComboBox::from_id_salt("import-sheet")
            .selected_text(&sheet)
            .show_ui(ui, |ui| {
                for name in &preview.sheet_names {
                    ui.selectable_value(&mut sheet, name.clone(), name);
                }
            })
            .response
            .labelled_by(label.id);
    });
    if sheet == preview.sheet {
        return false;
    }
    dialog.options.sheet = Some(sheet);
    dialog.options.columns.clear();
    true
}

/// Which column feeds which field; true when the user changed one.
fn columns_ui(ui: &mut Ui, dialog: &mut ImportDialog, preview: &ImportPreview) -> bool {
    ui.label(match &preview.encoding {
        Some(encoding) => t!(
            "import-header-encoding",
            row = preview.header_row.to_string(),
            encoding = encoding.to_string()
        ),
        None => t!("import-header", row = preview.header_row.to_string()),
    });
    let fields = dialog.kind.fields();
    let mut changed = false;
    Grid::new("import-columns").num_columns(2).show(ui, |ui| {
        for (key, _, column) in &preview.mapping {
            let l = ui.label(seatplan_core::io::columns::field_label(key));
            let mut chosen = *column;
            let name = |c: Option<usize>| {
                c.and_then(|c| preview.headers.get(c)).map_or_else(
                    || t!("import-not-imported"),
                    |h| t!("quoted", text = h.as_str()),
                )
            };
            ComboBox::from_id_salt(("import-column", *key))
                .selected_text(name(chosen))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, t!("import-not-imported"));
                    for (i, h) in preview.headers.iter().enumerate() {
                        if !h.is_empty() {
                            ui.selectable_value(
                                &mut chosen,
                                Some(i),
                                t!("quoted", text = h.as_str()),
                            );
                        }
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            if chosen != *column && fields.iter().any(|f| f.key == *key) {
                dialog.options.columns.insert((*key).to_owned(), chosen);
                changed = true;
            }
        }
    });
    changed
}

/// The summary and every line of the preview (errors red, warnings amber).
fn preview_lines_ui(ui: &mut Ui, preview: &ImportPreview) {
    let summary = RichText::new(preview.summary()).strong();
    ui.label(if preview.errors() > 0 {
        summary.color(ui.visuals().error_fg_color)
    } else {
        summary
    });
    // A fixed height: ticking a box that changes the lines must not move the buttons.
    ScrollArea::vertical()
        .max_height(300.0)
        .min_scrolled_height(300.0)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for line in &preview.lines {
                let text = RichText::new(line.to_string());
                ui.label(match line.kind {
                    LineKind::Error => text.color(ui.visuals().error_fg_color),
                    LineKind::Warning => text.color(ui.visuals().warn_fg_color),
                    LineKind::Skipped => text.weak(),
                    LineKind::Added | LineKind::Changed => text,
                });
            }
        });
}
