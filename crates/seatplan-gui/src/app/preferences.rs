//! Preferences kept between runs (window place, panel widths, theme, snap, recent files, export
//! folders): written atomically, a second after the last change.

use super::SeatplanApp;
use super::files::DialogPurpose;
use crate::guest_columns::GuestColumn;
use egui::Ui;
use seatplan_i18n::t;
use std::path::Path;

impl SeatplanApp {
    /// Writes the settings now (atomically); a failure is shown, not fatal.
    pub(super) fn save_settings(&mut self) {
        self.settings.recent.clone_from(&self.recent);
        if let Some(ws) = &self.workspace {
            self.settings.snap = Some(ws.floor.snap);
        }
        self.settings_dirty_since = None;
        if let Err(e) = self.settings.save(&self.data_dir) {
            self.warn(t!("notice-cannot-save-settings", error = e.to_string()));
        }
    }

    /// Notices window and preference changes; saves them a second after the last one.
    pub(super) fn track_settings(&mut self, ui: &Ui) {
        let (now, rect) =
            ui.input(|i| (i.time, i.viewport().outer_rect.zip(i.viewport().inner_rect)));
        if let Some((outer, inner)) = rect {
            let window = [outer.min.x, outer.min.y, inner.width(), inner.height()];
            if self.settings.window != Some(window) {
                self.settings.window = Some(window);
                self.settings_dirty_since.get_or_insert(now);
            }
        }
        if let Some(ws) = &self.workspace
            && self.settings.snap != Some(ws.floor.snap)
        {
            self.settings.snap = Some(ws.floor.snap);
            self.settings_dirty_since.get_or_insert(now);
        }
        if let Some(ws) = &self.workspace {
            let plan = &ws.settings_key;
            let columns: Vec<String> = ws.guests.columns.iter().map(|c| c.key()).collect();
            let saved = self.settings.guest_columns.get(plan);
            // A click in the Columns menu: written at once, like the language.
            if saved.map_or(!columns.is_empty(), |s| *s != columns) {
                self.settings.guest_columns.insert(plan.clone(), columns);
                self.save_settings();
            }
        }
        if let Some(since) = self.settings_dirty_since {
            if now - since > 1.0 {
                self.save_settings();
            } else {
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(1100));
            }
        }
    }

    /// The guest list's columns last chosen for the plan at `path` (unknown keys dropped).
    pub(super) fn saved_guest_columns(&self, plan: &str) -> Vec<GuestColumn> {
        self.settings
            .guest_columns
            .get(plan)
            .map(|keys| keys.iter().filter_map(|k| GuestColumn::parse(k)).collect())
            .unwrap_or_default()
    }

    /// Remembers the panels' widths (saved with the next settings write).
    pub(super) fn track_panels(&mut self, ui: &Ui, panels: [f32; 2]) {
        if self.settings.panels != Some(panels) {
            self.settings.panels = Some(panels);
            self.settings_dirty_since
                .get_or_insert(ui.input(|i| i.time));
        }
    }

    /// Remembers the folder an export went to (the next export dialog starts there).
    pub(super) fn remember_export_dir(&mut self, purpose: DialogPurpose, path: &Path) {
        let Some(dir) = path.parent() else { return };
        self.settings.export_dir = Some(dir.to_owned());
        if let Some(kind) = purpose.export_kind() {
            self.settings
                .export_dirs
                .insert(kind.to_owned(), dir.to_owned());
        }
        self.save_settings();
    }
}
