//! The menu bar and the keyboard shortcuts: they only push actions.

use super::SeatplanApp;
use super::workspace::LeftTab;
use crate::floor_plan::Tool;
use crate::import::ImportKind;
use crate::settings::ThemeChoice;
use crate::{Action, AppAction, DocumentAction, Selection, ViewAction};
use egui::{Key, KeyboardShortcut, Modifiers, Ui};

/// The Help menu.
const HELP_MENU: [(&str, AppAction); 3] = [
    ("Keyboard shortcuts", AppAction::ShowShortcuts),
    ("Open log folder", AppAction::OpenLogFolder),
    ("About seatplan", AppAction::ShowAbout),
];

/// A menu entry for an application action.
fn app_item((label, action): (&'static str, AppAction)) -> (&'static str, Action) {
    (label, Action::App(action))
}

/// Menu buttons, each pushing its action when clicked; the keyboard shortcut of an entry that
/// has one is shown beside it.
fn menu_items<const N: usize>(ui: &mut Ui, actions: &mut Vec<Action>, items: [(&str, Action); N]) {
    for (label, action) in items {
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = shortcut_of(label) {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        if ui.add(button).clicked() {
            actions.push(action);
        }
    }
}

/// The shortcut of a menu entry (the same keys [`SeatplanApp::shortcuts`] handles).
fn shortcut_of(label: &str) -> Option<KeyboardShortcut> {
    let (modifiers, key) = match label {
        "New plan…" => (Modifiers::COMMAND, Key::N),
        "Open…" => (Modifiers::COMMAND, Key::O),
        "Print…" => (Modifiers::COMMAND, Key::P),
        "Undo last action" => (Modifiers::COMMAND, Key::Z),
        "Redo" => (Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
        "Delete selection…" => (Modifiers::NONE, Key::Delete),
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
                ui.menu_button("File", |ui| self.file_menu_ui(ui, actions));
                if self.workspace.is_some() {
                    ui.menu_button("Edit", |ui| self.edit_menu_ui(ui, actions));
                }
                ui.menu_button("View", |ui| {
                    ui.label("Theme");
                    let current = self.settings.theme.unwrap_or_default();
                    for (choice, label) in ThemeChoice::ALL {
                        if ui.radio(current == choice, label).clicked() && current != choice {
                            actions.push(Action::App(AppAction::SetTheme(choice)));
                        }
                    }
                });
                ui.menu_button("Help", |ui| {
                    menu_items(ui, actions, HELP_MENU.map(app_item))
                });
            });
        });
    }

    fn file_menu_ui(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        menu_items(
            ui,
            actions,
            [
                ("New plan…", Action::App(AppAction::NewPlanDialog)),
                ("Open…", Action::App(AppAction::OpenPlanDialog)),
                ("Open demo (1,500 guests)", Action::App(AppAction::OpenDemo)),
            ],
        );
        if !self.recent.is_empty() {
            ui.menu_button("Open recent", |ui| {
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
                ("Save a copy as…", Action::App(AppAction::SaveCopyDialog)),
                (
                    "Import guests…",
                    Action::App(AppAction::ImportDialog(ImportKind::Guests)),
                ),
                (
                    "Import table draw…",
                    Action::App(AppAction::ImportDialog(ImportKind::Draw)),
                ),
                (
                    "Export seating list…",
                    Action::App(AppAction::ExportSeatingDialog),
                ),
                ("Print…", Action::View(ViewAction::ShowPrintWindow)),
                ("Guest email…", Action::View(ViewAction::ShowEmailWindow)),
                (
                    "Export guest emails…",
                    Action::App(AppAction::ExportEmailsDialog),
                ),
            ],
        );
        ui.separator();
        menu_items(
            ui,
            actions,
            [("Close plan", Action::App(AppAction::ClosePlan))],
        );
    }

    fn edit_menu_ui(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let Some(ws) = &self.workspace else { return };
        let items = [
            (
                ws.doc.last_undoable().is_some(),
                "Undo last action",
                DocumentAction::UndoLatest,
            ),
            (
                ws.doc.last_redoable().is_some(),
                "Redo",
                DocumentAction::RedoLatest,
            ),
            (
                ws.selection != Selection::None,
                "Delete selection…",
                DocumentAction::RequestDelete,
            ),
        ];
        for (enabled, label, action) in items {
            let mut button = egui::Button::new(label);
            if let Some(shortcut) = shortcut_of(label) {
                button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
            }
            if ui.add_enabled(enabled, button).clicked() {
                actions.push(Action::Document(action));
            }
        }
    }
}
