//! Where actions become changes: once per frame, after the panels are drawn. Commands go through
//! the document (the single path of change); every match is exhaustive, so an action nobody
//! handles does not compile.

use super::SeatplanApp;
use super::files::DialogPurpose;
use super::workspace::{AsOf, LeftTab, Workspace};
use crate::dialogs;
use crate::{Action, AppAction, DocumentAction, Selection, ViewAction};
use egui::Ui;
use seatplan_core::domain::describe::capitalise;
use seatplan_core::domain::{Command, Plan};
use seatplan_core::history::LatestOutcome;
use seatplan_i18n::t;

impl SeatplanApp {
    /// Applies one action.
    pub(super) fn apply(&mut self, ui: &Ui, action: Action) {
        match action {
            Action::App(action) => self.apply_app(ui, action),
            Action::Document(action) => {
                let Some(ws) = &mut self.workspace else {
                    return;
                };
                let over_before = over_capacity(ws);
                let message = apply_document(ws, action);
                let warning = newly_over_capacity(ws, &over_before);
                self.after_change(ui, message);
                // Said at once, and gone after a while: the table stays red until it is fixed.
                if let Some(warning) = warning {
                    self.notify(warning);
                }
            }
            Action::View(action) => {
                let Some(ws) = &mut self.workspace else {
                    return;
                };
                let message = apply_view(ws, action).map(Err);
                self.after_change(ui, message);
            }
        }
    }

    /// After a document or view action: the selection follows the plan, the outcome is shown
    /// (`Ok`: a message, `Err`: a problem that stays until dismissed).
    fn after_change(&mut self, ui: &Ui, message: Option<Result<String, String>>) {
        if let Some(ws) = &mut self.workspace {
            ws.prune_selection();
        }
        if let Some(outcome) = message {
            self.report(outcome);
        }
        ui.ctx().request_repaint();
    }

    fn apply_app(&mut self, ui: &Ui, action: AppAction) {
        match action {
            AppAction::NewPlanDialog => self.start_dialog(DialogPurpose::New),
            AppAction::OpenPlanDialog => self.start_dialog(DialogPurpose::Open),
            AppAction::OpenPath(path) => self.open(&path),
            AppAction::OpenDemo => self.open_demo(),
            AppAction::RestoreBackup(backup) => self.restore(&backup),
            AppAction::ClosePlan => self.close_plan(),
            AppAction::Notify(text) => self.notify(text),
            AppAction::Warn(text) => self.warn(text),
            AppAction::ImportDialog(kind) => self.start_dialog(DialogPurpose::Import(kind)),
            AppAction::ExportSeatingDialog => self.start_dialog(DialogPurpose::ExportSeating),
            AppAction::ExportEmailsDialog => self.start_dialog(DialogPurpose::ExportEmails),
            AppAction::SaveCopyDialog => self.start_dialog(DialogPurpose::SaveCopy),
            AppAction::RecoverDialog => self.start_dialog(DialogPurpose::RecoverFrom),
            AppAction::MergeDialog => {
                if self.workspace.is_some() {
                    self.start_dialog(DialogPurpose::MergeFrom);
                }
            }
            AppAction::TeamFolderDialog => self.start_dialog(DialogPurpose::TeamFolder),
            AppAction::StopTeamFolder => self.set_team_folder(None),
            AppAction::ReviewTeamCopy(path) => self.review_team_copy(path),
            AppAction::DismissTeamCopy(path) => self.dismiss_team_copy(&path),
            AppAction::ShowPutOffTeamCopies => self.show_put_off_team_copies(),
            AppAction::ExportFloorPlanDialog(room, paper, format) => {
                self.start_dialog(DialogPurpose::ExportFloorPlan(room, paper, format));
            }
            AppAction::PrintDialog(printout) => self.start_dialog(DialogPurpose::Print(printout)),
            AppAction::OpenExternally(path) => {
                if let Err(e) = seatplan_core::paths::open_with_default_app(&path) {
                    self.warn(t!(
                        "notice-cannot-open",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ));
                }
            }
            AppAction::ShowShortcuts => self.show_shortcuts = true,
            AppAction::ShowAbout => self.show_about = true,
            AppAction::OpenLogFolder => {
                let dir = seatplan_core::paths::log_dir(&self.data_dir);
                if let Err(e) = seatplan_core::paths::open_in_file_manager(&dir) {
                    self.warn(t!(
                        "notice-cannot-open",
                        path = dir.display().to_string(),
                        error = e.to_string()
                    ));
                }
            }
            AppAction::SetLanguage(code) => {
                // At once, for every panel: the next frame is drawn in the new language.
                let _ = seatplan_i18n::set_language(
                    code.as_deref()
                        .unwrap_or_else(|| seatplan_i18n::system_language()),
                );
                self.settings.language = code;
                self.save_settings();
            }
            AppAction::SetTheme(choice) => {
                self.settings.theme = Some(choice);
                ui.ctx().set_theme(choice.preference());
                self.save_settings();
            }
        }
    }
}

/// Applies a change to the plan or its history; returns what to tell the user, if anything
/// (`Err`: a problem).
fn apply_document(ws: &mut Workspace, action: DocumentAction) -> Option<Result<String, String>> {
    let error = |e: &dyn std::fmt::Display| Some(Err(capitalise(&e.to_string())));
    match action {
        DocumentAction::Execute(_) | DocumentAction::RequestDelete if ws.as_of.is_some() => {
            Some(Err(t!("notice-read-only-past")))
        }
        DocumentAction::Execute(command) => {
            let first_new_id = ws.doc.next_id();
            if let Err(e) = ws.doc.execute(&command) {
                return error(&e);
            }
            if let Some(created) = created_selection(ws.doc.plan(), &command, first_new_id) {
                ws.selection = created;
            }
            None
        }
        DocumentAction::RequestDelete => {
            ws.confirm_delete = dialogs::delete_request(ws.doc.plan(), &ws.selection);
            None
        }
        DocumentAction::PreviewUndo(batch) => match ws.doc.preview_undo(batch) {
            Ok(p) => {
                ws.preview = Some(p);
                None
            }
            Err(e) => error(&e),
        },
        DocumentAction::PreviewRedo(batch) => match ws.doc.preview_redo(batch) {
            Ok(p) => {
                ws.preview = Some(p);
                None
            }
            Err(e) => error(&e),
        },
        DocumentAction::CommitPreview => {
            ws.as_of = None;
            let preview = ws.preview.take()?;
            ws.doc.commit(preview).err().and_then(|e| error(&e))
        }
        DocumentAction::CancelPreview => {
            ws.preview = None;
            None
        }
        DocumentAction::CommitMerge => {
            ws.as_of = None;
            let dialog = ws.merge.take()?;
            let preview = dialog.result.ok()?;
            let (count, from) = (preview.count(), preview.from.clone());
            match ws.doc.commit_merge(preview) {
                Ok(Some(batch)) => Some(Ok(t!(
                    "notice-merged",
                    count = count,
                    from = from,
                    batch = batch.to_string()
                ))),
                Ok(None) => None,
                Err(e) => error(&e),
            }
        }
        DocumentAction::UndoLatest => latest(ws, true),
        DocumentAction::RedoLatest => latest(ws, false),
    }
}

/// What a command that makes one new thing (a room, a table, a logical table, a guest) made, to
/// select it — the next thing a user does is name, move or fill it.
fn created_selection(plan: &Plan, command: &Command, first_new_id: u64) -> Option<Selection> {
    // The newest item whose id was handed out by this command.
    fn newest<T>(
        mut items: impl DoubleEndedIterator<Item = T>,
        id: impl Fn(&T) -> u64,
        first: u64,
    ) -> Option<T> {
        items.rfind(|item| id(item) >= first)
    }
    let first = first_new_id;
    match command {
        Command::CreateRoom { .. } => {
            newest(plan.rooms(), |r| r.id.0, first).map(|r| Selection::Room(r.id))
        }
        Command::AddTable(_) => {
            newest(plan.tables(), |t| t.id.0, first).map(|t| Selection::table(t.id))
        }
        Command::CreateLogicalTable { .. } => {
            newest(plan.logical_tables(), |l| l.id.0, first).map(|l| Selection::Logical(l.id))
        }
        Command::AddGuest(_) => {
            newest(plan.guests(), |g| g.id.0, first).map(|g| Selection::guest(g.id))
        }
        _ => None,
    }
}

/// Ctrl+Z / Ctrl+Shift+Z: done at once, or the preview when later actions are affected.
fn latest(ws: &mut Workspace, undo: bool) -> Option<Result<String, String>> {
    let outcome = if undo {
        ws.doc.undo_latest()
    } else {
        ws.doc.redo_latest()
    };
    match outcome {
        Ok(LatestOutcome::Nothing) => Some(Ok(if undo {
            t!("notice-nothing-to-undo")
        } else {
            t!("notice-nothing-to-redo")
        })),
        Ok(LatestOutcome::Done {
            batch, description, ..
        }) => Some(Ok(if undo {
            t!(
                "notice-undid",
                batch = batch.to_string(),
                what = description
            )
        } else {
            t!(
                "notice-redid",
                batch = batch.to_string(),
                what = description
            )
        })),
        Ok(LatestOutcome::NeedsConfirmation(preview)) => {
            ws.preview = Some(*preview);
            None
        }
        Err(e) => Some(Err(capitalise(&e.to_string()))),
    }
}

/// The tables over capacity and how many sit at each.
fn over_capacity(ws: &Workspace) -> Vec<(seatplan_core::domain::TableId, u32)> {
    ws.doc
        .plan()
        .over_capacity()
        .into_iter()
        .map(|(t, n)| (t.id, n))
        .collect()
}

/// A warning when the last change put more guests at a table than it has seats ("Table 5 is
/// over capacity: 11 guests at 10 seats") — said at the drop, not only shown in red.
fn newly_over_capacity(
    ws: &Workspace,
    before: &[(seatplan_core::domain::TableId, u32)],
) -> Option<String> {
    let plan = ws.doc.plan();
    let worse: Vec<String> = plan
        .over_capacity()
        .into_iter()
        .filter(|(t, n)| !before.iter().any(|(id, m)| *id == t.id && m >= n))
        .map(|(t, n)| {
            t!(
                "notice-over-capacity-table",
                number = t.number.as_str(),
                guests = n,
                seats = t.seats
            )
        })
        .collect();
    (!worse.is_empty()).then(|| t!("notice-over-capacity", tables = worse.join("; ")))
}

/// Applies a change to what the window shows; returns the message to show, if any.
fn apply_view(ws: &mut Workspace, action: ViewAction) -> Option<String> {
    match action {
        ViewAction::ViewAsOf(batch) => match ws.doc.as_of(batch) {
            Ok((plan, _)) => {
                let description = ws
                    .doc
                    .batch(batch)
                    .map(|b| b.meta.description.clone())
                    .unwrap_or_default();
                ws.as_of = Some(AsOf {
                    batch,
                    description,
                    plan,
                });
                None
            }
            Err(e) => Some(capitalise(&e.to_string())),
        },
        ViewAction::BackToNow => {
            ws.as_of = None;
            None
        }
        ViewAction::ShowEmailWindow => {
            ws.email.open = true;
            None
        }
        ViewAction::ShowPrintWindow => {
            ws.print.open = true;
            None
        }
        ViewAction::ShowAutoSeat => {
            ws.auto_seat.open = true;
            None
        }
        ViewAction::ShowFields => {
            ws.fields.open = true;
            None
        }
        ViewAction::Select(selection) => {
            // A "Show on plan" outline ends with the next choice.
            ws.floor.highlight.clear();
            if matches!(selection, Selection::Logical(_)) {
                ws.left_tab = LeftTab::LogicalTables;
            }
            ws.selection = selection;
            None
        }
        ViewAction::ShowTable(table) => {
            let plan = ws.shown_plan().clone();
            ws.floor.show_table(&plan, table);
            None
        }
        ViewAction::SelectBatch(batch) => {
            ws.floor.highlight = batch.map(|b| ws.doc.batch_tables(b)).unwrap_or_default();
            None
        }
    }
}
