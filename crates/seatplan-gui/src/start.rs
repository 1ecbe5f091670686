//! The start screen: new plan, open, recent files, and the demo.

use super::Action;
use crate::AppAction;
use egui::{RichText, Ui};
use seatplan_i18n::t;
use std::path::PathBuf;

/// Draws the start screen.
pub fn start_ui(
    ui: &mut Ui,
    recent: &[PathBuf],
    backups: &[seatplan_core::backup::Backup],
    busy: bool,
    actions: &mut Vec<Action>,
) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.12);
        ui.heading(RichText::new("seatplan").size(34.0));
        ui.label(t!("start-tagline"));
        ui.add_space(24.0);
        ui.add_enabled_ui(!busy, |ui| {
            let width = 260.0;
            if ui
                .add_sized([width, 32.0], egui::Button::new(t!("menu-new")))
                .on_hover_text(crate::keys::shortcut_label(
                    &crate::keys::command(egui::Key::N),
                    cfg!(target_os = "macos"),
                ))
                .clicked()
            {
                actions.push(Action::App(AppAction::NewPlanDialog));
            }
            if ui
                .add_sized([width, 32.0], egui::Button::new(t!("menu-open")))
                .on_hover_text(crate::keys::shortcut_label(
                    &crate::keys::command(egui::Key::O),
                    cfg!(target_os = "macos"),
                ))
                .clicked()
            {
                actions.push(Action::App(AppAction::OpenPlanDialog));
            }
            if ui
                .add_sized([width, 32.0], egui::Button::new(t!("menu-open-demo")))
                .on_hover_text(t!("start-demo-tip"))
                .clicked()
            {
                actions.push(Action::App(AppAction::OpenDemo));
            }
        });
        if busy {
            ui.add_space(8.0);
            ui.label(t!("start-dialog-open"));
        }
        ui.add_space(24.0);
        if !recent.is_empty() {
            ui.strong(t!("start-recent"));
            for path in recent {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .link(name)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    actions.push(Action::App(AppAction::OpenPath(path.clone())));
                }
            }
        }
        if !backups.is_empty() {
            ui.add_space(16.0);
            ui.strong(t!("start-backups"));
            ui.label(RichText::new(t!("start-backups-note")).weak());
            for backup in backups.iter().take(8) {
                let taken = seatplan_i18n::date_time(&backup.taken_at());
                if ui
                    .button(t!(
                        "start-restore",
                        plan = backup.plan.as_str(),
                        taken = taken
                    ))
                    .on_hover_text(backup.path.display().to_string())
                    .clicked()
                {
                    actions.push(Action::App(AppAction::RestoreBackup(backup.clone())));
                }
            }
        }
    });
}
