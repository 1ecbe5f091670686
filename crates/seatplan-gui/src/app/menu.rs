//! The menu bar and the keyboard shortcuts: they only push actions.

use super::SeatplanApp;
use super::workspace::LeftTab;
use crate::floor_plan::Tool;
use crate::import::ImportKind;
use crate::settings::ThemeChoice;
use crate::{Action, AppAction, DocumentAction, Selection, ViewAction};
use egui::{Key, KeyboardShortcut, Modifiers, Ui};
use seatplan_i18n::t;

/// The Help menu.
fn help_menu() -> [(String, Action); 3] {
    [
        (t!("menu-shortcuts"), Action::App(AppAction::ShowShortcuts)),
        (t!("menu-log-folder"), Action::App(AppAction::OpenLogFolder)),
        (t!("menu-about"), Action::App(AppAction::ShowAbout)),
    ]
}

/// Menu buttons, each pushing its action when clicked; the keyboard shortcut of an entry that
/// has one is shown beside it.
fn menu_items<const N: usize>(
    ui: &mut Ui,
    actions: &mut Vec<Action>,
    items: [(String, Action); N],
) {
    for (label, action) in items {
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = shortcut_of(&action) {
            button = button.shortcut_text(crate::keys::shortcut_label(
                &shortcut,
                ui.ctx().os() == egui::os::OperatingSystem::Mac,
            ));
        }
        if ui.add(button).clicked() {
            actions.push(action);
        }
    }
}

/// The shortcut of a menu entry's action (the same keys [`SeatplanApp::shortcuts`] handles).
fn shortcut_of(action: &Action) -> Option<KeyboardShortcut> {
    let (modifiers, key) = match action {
        Action::App(AppAction::NewPlanDialog) => (Modifiers::COMMAND, Key::N),
        Action::App(AppAction::OpenPlanDialog) => (Modifiers::COMMAND, Key::O),
        Action::View(ViewAction::ShowPrintWindow) => (Modifiers::COMMAND, Key::P),
        Action::Document(DocumentAction::UndoLatest) => (Modifiers::COMMAND, Key::Z),
        Action::Document(DocumentAction::RedoLatest) => {
            (Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
        }
        Action::Document(DocumentAction::RequestDelete) => (Modifiers::NONE, Key::Delete),
        _ => return None,
    };
    Some(KeyboardShortcut::new(modifiers, key))
}

impl SeatplanApp {
    /// The keyboard shortcuts (Help → Keyboard shortcuts lists them).
    pub(super) fn shortcuts(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        let typing = ui.ctx().text_edit_focused();
        let pressed = |m: Modifiers, k: Key| {
            ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(m, k)))
        };
        if pressed(Modifiers::COMMAND, Key::N) {
            actions.push(Action::App(AppAction::NewPlanDialog));
        }
        if pressed(Modifiers::COMMAND, Key::O) {
            actions.push(Action::App(AppAction::OpenPlanDialog));
        }
        let Some(ws) = &mut self.workspace else {
            return;
        };
        if pressed(Modifiers::COMMAND, Key::P) {
            ws.print.open = true;
        }
        if pressed(Modifiers::COMMAND, Key::F) {
            ws.left_tab = LeftTab::Guests;
            ws.guests.focus_search = true;
        }
        if pressed(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
            || pressed(Modifiers::COMMAND, Key::Y)
        {
            actions.push(Action::Document(DocumentAction::RedoLatest));
        } else if !typing && pressed(Modifiers::COMMAND, Key::Z) {
            actions.push(Action::Document(DocumentAction::UndoLatest));
        }
        if pressed(Modifiers::COMMAND, Key::Num0) {
            let plan = ws.shown_plan().clone();
            ws.floor.fit(&plan);
        }
        if !typing && ws.preview.is_none() && ws.confirm_delete.is_none() {
            if ui.input(|i| i.key_pressed(Key::Delete)) && ws.as_of.is_none() {
                actions.push(Action::Document(DocumentAction::RequestDelete));
            }
            if ui.input(|i| i.key_pressed(Key::Escape)) {
                if ws.floor.tool == Tool::Select {
                    actions.push(Action::View(ViewAction::Select(Selection::None)));
                } else {
                    ws.floor.tool = Tool::Select;
                }
            }
        }
    }

    /// The menu bar: File, Edit (with a plan), View, Help.
    pub(super) fn menu_bar(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button(t!("menu-file"), |ui| self.file_menu_ui(ui, actions));
                if self.workspace.is_some() {
                    ui.menu_button(t!("menu-edit"), |ui| self.edit_menu_ui(ui, actions));
                }
                ui.menu_button(t!("menu-view"), |ui| {
                    ui.label(t!("menu-theme"));
                    let current = self.settings.theme.unwrap_or_default();
                    for (choice, label) in ThemeChoice::all() {
                        if ui.radio(current == choice, label).clicked() && current != choice {
                            actions.push(Action::App(AppAction::SetTheme(choice)));
                        }
                    }
                    ui.separator();
                    ui.label(t!("menu-language"));
                    let current = self.settings.language.clone();
                    if ui
                        .radio(current.is_none(), t!("menu-language-system"))
                        .clicked()
                        && current.is_some()
                    {
                        actions.push(Action::App(AppAction::SetLanguage(None)));
                    }
                    for (code, name) in seatplan_i18n::available() {
                        let chosen = current.as_deref() == Some(code);
                        if ui.radio(chosen, name).clicked() && !chosen {
                            actions
                                .push(Action::App(AppAction::SetLanguage(Some(code.to_owned()))));
                        }
                    }
                });
                ui.menu_button(t!("menu-help"), |ui| menu_items(ui, actions, help_menu()));
            });
        });
    }

    fn file_menu_ui(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        menu_items(
            ui,
            actions,
            [
                (t!("menu-new"), Action::App(AppAction::NewPlanDialog)),
                (t!("menu-open"), Action::App(AppAction::OpenPlanDialog)),
                (t!("menu-open-demo"), Action::App(AppAction::OpenDemo)),
                (t!("menu-recover"), Action::App(AppAction::RecoverDialog)),
            ],
        );
        if !self.recent.is_empty() {
            ui.menu_button(t!("menu-open-recent"), |ui| {
                for path in &self.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        actions.push(Action::App(AppAction::OpenPath(path.clone())));
                    }
                }
            });
        }
        if self.workspace.is_none() {
            return;
        }
        ui.separator();
        menu_items(
            ui,
            actions,
            [
                (t!("menu-save-copy"), Action::App(AppAction::SaveCopyDialog)),
                (t!("menu-merge"), Action::App(AppAction::MergeDialog)),
                (
                    t!("menu-team-folder"),
                    Action::App(AppAction::TeamFolderDialog),
                ),
                (
                    t!("menu-import-guests"),
                    Action::App(AppAction::ImportDialog(ImportKind::Guests)),
                ),
                (
                    t!("menu-import-draw"),
                    Action::App(AppAction::ImportDialog(ImportKind::Draw)),
                ),
                (
                    t!("menu-import-wishes"),
                    Action::App(AppAction::ImportDialog(ImportKind::Wishes)),
                ),
                (
                    t!("menu-export-seating"),
                    Action::App(AppAction::ExportSeatingDialog),
                ),
                (t!("menu-print"), Action::View(ViewAction::ShowPrintWindow)),
                (
                    t!("menu-guest-email"),
                    Action::View(ViewAction::ShowEmailWindow),
                ),
                (
                    t!("menu-export-emails"),
                    Action::App(AppAction::ExportEmailsDialog),
                ),
            ],
        );
        if let Some(folder) = &self.settings.team_folder
            && ui
                .button(t!("menu-team-folder-stop"))
                .on_hover_text(folder.display().to_string())
                .clicked()
        {
            actions.push(Action::App(AppAction::StopTeamFolder));
        }
        ui.separator();
        menu_items(
            ui,
            actions,
            [(t!("menu-close"), Action::App(AppAction::ClosePlan))],
        );
    }

    fn edit_menu_ui(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let Some(ws) = &self.workspace else { return };
        let items = [
            (
                ws.doc.last_undoable().is_some(),
                t!("menu-undo"),
                DocumentAction::UndoLatest,
            ),
            (
                ws.doc.last_redoable().is_some(),
                t!("menu-redo"),
                DocumentAction::RedoLatest,
            ),
            (
                ws.selection != Selection::None,
                t!("menu-delete"),
                DocumentAction::RequestDelete,
            ),
        ];
        for (enabled, label, action) in items {
            let action = Action::Document(action);
            let mut button = egui::Button::new(label);
            if let Some(shortcut) = shortcut_of(&action) {
                button = button.shortcut_text(crate::keys::shortcut_label(
                    &shortcut,
                    ui.ctx().os() == egui::os::OperatingSystem::Mac,
                ));
            }
            if ui.add_enabled(enabled, button).clicked() {
                actions.push(action);
            }
        }
        ui.separator();
        if ui
            .add_enabled(ws.as_of.is_none(), egui::Button::new(t!("menu-auto-seat")))
            .clicked()
        {
            actions.push(Action::View(ViewAction::ShowAutoSeat));
        }
        if ui.button(t!("menu-fields")).clicked() {
            actions.push(Action::View(ViewAction::ShowFields));
        }
    }
}
