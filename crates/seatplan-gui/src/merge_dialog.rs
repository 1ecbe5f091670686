//! File → Merge changes from…: what another copy of the plan brings — conflicts first, then what
//! no longer applies together, then the incoming actions by author — and *Merge*, which writes it
//! all as one timeline entry (undone at once, like any action).

use crate::{Action, DocumentAction};
use egui::{Id, Modal, RichText, ScrollArea, Ui};
use seatplan_core::history::Document;
use seatplan_core::history::merge::MergePreview;
use seatplan_i18n::t;
use std::path::PathBuf;

/// Rows listed per section before "… and N more".
const LINES: usize = 60;

/// The merge dialog: the other copy and what merging it would do (or why it cannot).
#[derive(Clone, Debug)]
pub struct MergeDialog {
    /// The other copy.
    pub path: PathBuf,
    /// The preview, or the error in words.
    pub result: Result<MergePreview, String>,
}

impl MergeDialog {
    /// Reads the other copy and works out what merging it would do (nothing is written).
    pub fn new(doc: &Document, path: PathBuf) -> MergeDialog {
        let result = doc.preview_merge(&path).map_err(|e| e.to_string());
        MergeDialog { path, result }
    }
}

/// What the user did in the dialog this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeChoice {
    /// Nothing yet.
    Open,
    /// Merge (the action is queued).
    Merge,
    /// Close without merging.
    Cancel,
}

/// Draws the merge dialog.
pub fn merge_dialog_ui(ui: &Ui, dialog: &MergeDialog, actions: &mut Vec<Action>) -> MergeChoice {
    let mut choice = MergeChoice::Open;
    Modal::new(Id::unique("merge-dialog")).show(ui.ctx(), |ui| {
        ui.set_width(720.0);
        let file = seatplan_core::io::file_name(&dialog.path);
        ui.heading(t!("merge-heading", file = file));
        let ready = match &dialog.result {
            Err(message) => {
                ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
                ui.label(t!("merge-nothing-changed"));
                false
            }
            Ok(preview) => {
                preview_ui(ui, preview);
                preview.count() > 0
            }
        };
        ui.separator();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new(t!("merge-button")))
                .clicked()
            {
                choice = MergeChoice::Merge;
            }
            let close = if ready {
                t!("button-cancel")
            } else {
                t!("button-close")
            };
            if ui.button(close).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                choice = MergeChoice::Cancel;
            }
        });
    });
    if choice == MergeChoice::Merge {
        actions.push(Action::Document(DocumentAction::CommitMerge));
    }
    choice
}

fn preview_ui(ui: &mut Ui, preview: &MergePreview) {
    if preview.count() == 0 {
        ui.label(t!("cli-merge-nothing"));
        return;
    }
    ui.label(t!(
        "cli-merge-heading",
        count = preview.count(),
        from = preview.from.as_str()
    ));
    ScrollArea::vertical()
        .max_height(440.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            if !preview.conflicts.is_empty() {
                ui.add_space(6.0);
                ui.strong(t!("cli-merge-conflicts", count = preview.conflicts.len()));
                lines_ui(ui, preview.conflicts.iter().map(ToString::to_string));
            }
            if !preview.skipped.is_empty() {
                ui.add_space(6.0);
                ui.strong(t!("cli-merge-skipped", count = preview.skipped.len()));
                lines_ui(ui, preview.skipped.iter().cloned());
            }
            if !preview.over_capacity.is_empty() {
                ui.add_space(6.0);
                ui.strong(t!(
                    "cli-merge-over-capacity",
                    count = preview.over_capacity.len()
                ));
                lines_ui(ui, preview.over_capacity.iter().cloned());
            }
            for (who, actions) in preview.incoming_by_author() {
                ui.add_space(6.0);
                ui.strong(t!(
                    "cli-merge-by",
                    who = who.as_str(),
                    count = actions.len()
                ));
                lines_ui(
                    ui,
                    actions.iter().map(|action| {
                        let line = format!(
                            "{}  {}",
                            seatplan_i18n::date_time(&action.at),
                            action.description
                        );
                        if action.reverted {
                            format!("{line} · {}", t!("timeline-undone"))
                        } else {
                            line
                        }
                    }),
                );
            }
            if !preview.changes.is_empty() {
                ui.add_space(6.0);
                ui.strong(t!("cli-preview-changes", count = preview.changes.len()));
                lines_ui(ui, preview.changes.iter().map(ToString::to_string));
            }
        });
}

/// Up to [`LINES`] lines, then "… and N more".
fn lines_ui(ui: &mut Ui, lines: impl ExactSizeIterator<Item = String>) {
    let total = lines.len();
    for line in lines.take(LINES) {
        ui.label(format!("• {line}"));
    }
    if total > LINES {
        ui.label(t!("and-more", count = total - LINES));
    }
}
