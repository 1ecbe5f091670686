//! The application: the start screen or an open plan, and the frame that ties them together.
//! Each part has its own file:
//!
//! - [`workspace`]: the open plan's state and layout (banners, status bar, panels, dialogs);
//! - [`menu`]: the menu bar and the keyboard shortcuts (they only push actions);
//! - [`dispatch`]: where actions become changes, once per frame (exhaustive matches);
//! - [`files`]: file requests (native dialog on a thread, or the typed-in path);
//! - [`exports`]: printouts, floor plan, seating workbook, emails, copies;
//! - [`notices`]: messages in the corner; [`preferences`]: settings kept between runs.

mod dispatch;
mod exports;
mod files;
mod menu;
mod notices;
mod preferences;
mod team;
mod workspace;

pub use team::TeamOffer;

pub use files::{DialogPurpose, FileRequest};
pub use workspace::{AsOf, LeftTab, Workspace, shown_plan};

use crate::dialogs;
use crate::path_entry::PathEntry;
use crate::settings::Settings;
use crate::start::start_ui;
use egui::Ui;
use files::{FileChooser, PendingDialog, native_file_dialog};
use notices::Notice;
use seatplan_core::backup::Backup;
use seatplan_core::demo::{DEFAULT_GUESTS, DEFAULT_SEED, write_demo};
use seatplan_core::history::Document;
use seatplan_i18n::t;
use std::path::{Path, PathBuf};

/// How many recent files are remembered.
const RECENT_MAX: usize = 10;
/// How often the start screen looks for new backups (seconds): not on every frame.
const BACKUPS_REFRESH_SECONDS: f64 = 5.0;

/// The seatplan window.
pub struct SeatplanApp {
    workspace: Option<Workspace>,
    recent: Vec<PathBuf>,
    notices: Vec<Notice>,
    dialog: Option<PendingDialog>,
    /// The typed-in path window, where the desktop has no file dialog.
    path_entry: Option<PathEntry>,
    /// Set once a native dialog could not be shown: from then on paths are typed in.
    no_native_dialogs: bool,
    /// The damaged plan chosen in File → Recover…, while its rescue's name is asked for.
    recover_from: Option<PathBuf>,
    data_dir: PathBuf,
    show_shortcuts: bool,
    show_about: bool,
    title: String,
    fonts_installed: bool,
    settings: Settings,
    settings_dirty_since: Option<f64>,
    chooser: FileChooser,
    /// The backups the start screen lists, and when they were listed (frame time).
    backups: Option<(f64, Vec<Backup>)>,
    /// The team folder's state for the open plan.
    team: team::TeamState,
}

impl SeatplanApp {
    /// The app as eframe creates it: recent files from storage, `file` opened if given.
    pub fn new(_cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> SeatplanApp {
        let mut app = SeatplanApp::headless(seatplan_core::paths::data_dir());
        if let Some(file) = file {
            app.open(&file);
        }
        app
    }

    /// An app without eframe (for tests): nothing open, demo files go to `data_dir`.
    pub fn headless(data_dir: PathBuf) -> SeatplanApp {
        let settings = Settings::load(&data_dir);
        if let Some(code) = &settings.language {
            let _ = seatplan_i18n::set_language(code);
        }
        SeatplanApp {
            workspace: None,
            recent: settings.recent.clone(),
            settings,
            notices: Vec::new(),
            dialog: None,
            path_entry: None,
            no_native_dialogs: false,
            recover_from: None,
            data_dir,
            show_shortcuts: false,
            show_about: false,
            title: String::new(),
            fonts_installed: false,
            settings_dirty_since: None,
            chooser: std::sync::Arc::new(native_file_dialog),
            backups: None,
            team: team::TeamState::default(),
        }
    }

    /// The open plan, if any.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.workspace.as_ref()
    }

    /// The open plan, if any, mutably (tests set the view).
    pub fn workspace_mut(&mut self) -> Option<&mut Workspace> {
        self.workspace.as_mut()
    }

    /// The notifications currently shown.
    pub fn notices(&self) -> Vec<String> {
        self.notices.iter().map(|n| n.text.clone()).collect()
    }

    /// The recent files list.
    pub fn recent(&self) -> &[PathBuf] {
        &self.recent
    }

    /// Opens a plan file (taking a rolling backup of it); on failure the message is shown and the
    /// current state kept.
    pub fn open(&mut self, path: &Path) {
        match Document::open_or_read_only(path) {
            Ok(doc) => {
                if let Some(reason) = doc.read_only_reason() {
                    self.warn(reason.to_owned());
                } else if let Err(e) = seatplan_core::backup::take_backup(&doc, &self.data_dir) {
                    self.notify(t!("notice-no-backup", error = e.to_string()));
                }
                self.adopt(doc);
            }
            Err(e) => {
                let damaged = matches!(&e, seatplan_core::history::HistoryError::Store(s)
                    if s.suggests_recover());
                let mut text = t!("notice-cannot-open-plan", error = e.to_string());
                if damaged {
                    text = format!("{text}\n{}", t!("notice-try-recover"));
                }
                self.warn(text);
            }
        }
    }

    /// Restores a backup as a new file in the data folder and opens it.
    fn restore(&mut self, backup: &Backup) {
        let folder = self.data_dir.join("restored");
        if let Err(e) = seatplan_core::paths::ensure_dir(&folder) {
            return self.warn(t!(
                "notice-cannot-create",
                path = folder.display().to_string(),
                error = e.to_string()
            ));
        }
        match seatplan_core::backup::restore(backup, &folder) {
            Ok(path) => {
                self.notify(t!("notice-restored", path = path.display().to_string()));
                self.open(&path);
            }
            Err(e) => self.warn(t!("notice-cannot-restore", error = e.to_string())),
        }
    }

    /// Makes `doc` the open plan (closing the one before) and remembers it.
    fn adopt(&mut self, doc: Document) {
        // The plan being closed leaves its latest copy in the team folder.
        self.publish_team_copy();
        self.reset_team();
        tracing::info!(path = %doc.path().display(), batches = doc.batch_count(), "plan opened");
        let path = std::fs::canonicalize(doc.path()).unwrap_or_else(|_| doc.path().to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path.clone());
        self.recent.truncate(RECENT_MAX);
        // Dropping the old workspace closes (and unlocks) its file.
        let mut workspace = Workspace::new(doc);
        workspace.floor.snap = self.settings.snap.unwrap_or(true);
        workspace.settings_key = path.display().to_string();
        workspace.guests.columns = self.saved_guest_columns(&workspace.settings_key);
        self.workspace = Some(workspace);
        self.backups = None;
        self.save_settings();
    }

    /// Closes the plan: the start screen shows (with a fresh list of backups).
    fn close_plan(&mut self) {
        self.publish_team_copy();
        self.reset_team();
        self.workspace = None;
        self.backups = None;
    }

    /// Opens the demo plan in the data folder, writing it first if it is not there.
    fn open_demo(&mut self) {
        let path = self.data_dir.join("demo.seatplan");
        if path.exists() {
            self.open(&path);
            return;
        }
        if let Err(e) = seatplan_core::paths::ensure_dir(&self.data_dir) {
            self.warn(t!(
                "notice-cannot-create",
                path = self.data_dir.display().to_string(),
                error = e.to_string()
            ));
            return;
        }
        match write_demo(&path, DEFAULT_GUESTS, DEFAULT_SEED) {
            Ok(doc) => self.adopt(doc),
            Err(e) => self.warn(t!("notice-cannot-write-demo", error = e.to_string())),
        }
    }

    /// Handles a panic caught around a frame: closes dialogs that may be in a bad state and
    /// tells the user where the details are.
    pub fn recover_from_panic(&mut self, payload: &(dyn std::any::Any + Send)) {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| t!("notice-unknown-error"));
        if let Some(ws) = &mut self.workspace {
            ws.preview = None;
            ws.confirm_delete = None;
            ws.import = None;
            ws.merge = None;
        }
        self.warn(t!(
            "notice-panic",
            what = what,
            log = seatplan_core::paths::log_dir(&self.data_dir)
                .display()
                .to_string()
        ));
    }

    /// Draws one frame and applies what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        if !self.fonts_installed {
            crate::theme::install_fonts(ui.ctx());
            self.fonts_installed = true;
            if let Some(theme) = self.settings.theme {
                ui.ctx().set_theme(theme.preference());
            }
        }
        let mut actions = Vec::new();
        self.poll_dialog(ui);
        self.shortcuts(ui, &mut actions);
        self.menu_bar(ui, &mut actions);
        if let Some(ws) = &mut self.workspace {
            let panels = workspace::workspace_ui(ui, ws, &mut actions, self.settings.panels);
            self.track_panels(ui, panels);
        } else {
            self.start_screen_ui(ui, &mut actions);
        }
        self.team_offers_ui(ui, &mut actions);
        self.path_entry_ui(ui);
        self.notices_ui(ui);
        dialogs::shortcuts_ui(ui, &mut self.show_shortcuts);
        dialogs::about_ui(ui, &mut self.show_about);
        let acted = !actions.is_empty();
        for action in actions {
            self.apply(ui, action);
        }
        self.settle_when_idle(acted);
        self.update_title(ui);
        self.track_settings(ui);
        self.team_tick(ui);
    }

    /// After a frame's actions, the plan file itself holds them (a copy taken now by any tool is
    /// whole); in the first frame without actions after that, the file is flushed to disk (a
    /// fraction of a millisecond; see `seatplan_core::store::wal`) — the actions themselves are
    /// on disk already.
    fn settle_when_idle(&mut self, acted: bool) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        if ws.doc.needs_whole() {
            ws.doc.make_whole();
        }
        if acted || !ws.doc.needs_settle() {
            return;
        }
        if let Err(e) = ws.doc.settle() {
            // The next change tries again first, and is refused if it still fails.
            tracing::error!("{e}");
        }
    }

    /// The start screen: recent plans, the demo, backups (listed every few seconds, not on every
    /// frame: listing reads the backup folder).
    fn start_screen_ui(&mut self, ui: &mut Ui, actions: &mut Vec<crate::Action>) {
        let now = ui.input(|i| i.time);
        let stale = self
            .backups
            .as_ref()
            .is_none_or(|(at, _)| now - at > BACKUPS_REFRESH_SECONDS);
        if stale {
            let backups = seatplan_core::backup::all_backups(&self.data_dir);
            self.backups = Some((now, backups));
        }
        let backups = self.backups.as_ref().map_or(&[][..], |(_, b)| b.as_slice());
        let dialog_open = self.dialog.is_some();
        egui::CentralPanel::default_margins().show(ui, |ui| {
            start_ui(ui, &self.recent, backups, dialog_open, actions);
        });
    }

    /// The window title: the plan's file name, and "as of" when the past is shown.
    fn update_title(&mut self, ui: &Ui) {
        let title = match &self.workspace {
            Some(ws) => {
                let name = ws
                    .doc
                    .path()
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                match &ws.as_of {
                    Some(a) => t!(
                        "title-as-of",
                        name = name.as_str(),
                        batch = a.batch.to_string()
                    ),
                    None => format!("{name} — seatplan"),
                }
            }
            None => "seatplan".to_owned(),
        };
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for SeatplanApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        // A bug in a panel must not take the window down: the frame is dropped, the user told,
        // and the plan is safe because it only ever changes after its batch is on disk.
        let frame =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| SeatplanApp::ui(self, ui)));
        if let Err(payload) = frame {
            self.recover_from_panic(payload.as_ref());
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.publish_team_copy();
        self.save_settings();
    }
}

/// The window icon (`assets/icon.png`, built into the binary).
pub fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../../../assets/icon.png"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_in_a_frame_becomes_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = super::SeatplanApp::headless(dir.path().to_owned());
        let payload: Box<dyn std::any::Any + Send> = Box::new("index out of bounds");
        app.recover_from_panic(payload.as_ref());
        let notices = app.notices();
        assert!(notices[0].contains("index out of bounds"));
        assert!(notices[0].contains("Your plan is safe"));
    }

    #[test]
    fn the_icon_decodes() {
        let icon = super::icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
