//! The window's preferences (recent files, window size and position, grid snapping), kept in
//! `settings.json` in the data folder and written atomically: a temporary file, fsync, rename —
//! a crash leaves the old settings or the new ones, never half a file.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Everything remembered between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Recently opened plans, newest first.
    pub recent: Vec<PathBuf>,
    /// Outer window position and inner size: x, y, width, height (points).
    pub window: Option<[f32; 4]>,
    /// Snap dragged tables and rooms to the grid.
    pub snap: Option<bool>,
    /// Widths of the left and right panels (points).
    pub panels: Option<[f32; 2]>,
    /// Light, dark, or following the system.
    pub theme: Option<ThemeChoice>,
    /// The language chosen in View → Language ("de", "en"); `None` follows the system.
    pub language: Option<String>,
    /// The folder the last export or printout of any kind was written to.
    pub export_dir: Option<PathBuf>,
    /// The last folder per kind of export ("seating", "emails", "print", "floor-plan").
    pub export_dirs: std::collections::BTreeMap<String, PathBuf>,
    /// The guest list's extra columns per plan (by the plan's full path), as
    /// [`crate::guest_columns::GuestColumn::key`]s.
    pub guest_columns: std::collections::BTreeMap<String, Vec<String>>,
    /// The team folder (File → Team folder…): where copies of plans are shared, if anywhere.
    pub team_folder: Option<PathBuf>,
}

/// The colour theme chosen in View → Theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Follow the desktop's light or dark setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order, with its label in the current language.
    pub fn all() -> [(ThemeChoice, String); 3] {
        [
            (ThemeChoice::System, seatplan_i18n::t!("theme-system")),
            (ThemeChoice::Light, seatplan_i18n::t!("theme-light")),
            (ThemeChoice::Dark, seatplan_i18n::t!("theme-dark")),
        ]
    }

    /// egui's preference for this choice.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}

impl Settings {
    /// The settings file in a data folder.
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join("settings.json")
    }

    /// Reads the settings; missing or unreadable settings give the defaults.
    pub fn load(data_dir: &Path) -> Settings {
        std::fs::read(Settings::path(data_dir))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes the settings atomically.
    pub fn save(&self, data_dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(data_dir)?;
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        seatplan_core::files::write_replacing(&Settings::path(data_dir), &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_survive_a_torn_temporary() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()), Settings::default());
        let settings = Settings {
            recent: vec![PathBuf::from("/tmp/a.seatplan")],
            window: Some([10.0, 20.0, 1200.0, 800.0]),
            snap: Some(false),
            panels: Some([300.0, 400.0]),
            theme: Some(ThemeChoice::Dark),
            language: Some("de".to_owned()),
            export_dir: Some(PathBuf::from("/tmp/prints")),
            export_dirs: [("print".to_owned(), PathBuf::from("/tmp/prints"))].into(),
            guest_columns: [("/tmp/a.seatplan".to_owned(), vec!["field:3".to_owned()])].into(),
            team_folder: Some(PathBuf::from("/tmp/Nextcloud/Party")),
        };
        settings.save(dir.path()).unwrap();
        // A crash mid-write leaves only a stray temporary behind; the settings are intact.
        std::fs::write(dir.path().join(".settings.json.partial"), b"{\"recent\": [").unwrap();
        assert_eq!(Settings::load(dir.path()), settings);
        std::fs::write(Settings::path(dir.path()), b"garbage").unwrap();
        assert_eq!(Settings::load(dir.path()), Settings::default());
    }
}
