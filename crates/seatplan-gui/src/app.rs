//! The application: start screen or an open plan, menus, panels, status bar, notifications, and
//! the one place where actions become changes.

use super::dialogs::{self, DeleteRequest};
use super::email::{EmailWindowState, email_window_ui};
use super::floor_plan::{FloorPlanState, floor_plan_ui};
use super::guests::{GuestsPanelState, guests_ui};
use super::import::{ImportChoice, ImportDialog, ImportKind, import_dialog_ui};
use super::inspector::{InspectorState, inspector_ui};
use super::logical_tables::{LogicalPanelState, logical_tables_ui};
use super::path_entry::{PathEntry, PathEntryOutcome, Pick};
use super::print::{PrintSource, PrintWindowState, print_window_ui};
use super::settings::{Settings, ThemeChoice};
use super::start::start_ui;
use super::theme::{Palette, spacing};
use super::timeline::{TimelineState, timeline_ui};
use super::{Action, GuestDrag, LogicalDrag, Selection};
use egui::{Align2, Key, KeyboardShortcut, Modifiers, RichText, Ui};
use seatplan_core::demo::{DEFAULT_GUESTS, DEFAULT_SEED, write_demo};
use seatplan_core::domain::Plan;
use seatplan_core::domain::describe::{capitalise, count};
use seatplan_core::history::{Document, HistoryPreview};
use seatplan_print::FloorPlanFormat;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

/// How many recent files are remembered.
const RECENT_MAX: usize = 10;
/// Seconds a notification stays.
const NOTICE_SECONDS: f64 = 8.0;

/// The plan as it was right after a batch, shown read-only.
#[derive(Clone, Debug)]
pub struct AsOf {
    /// The batch.
    pub batch: u64,
    /// Its description.
    pub description: String,
    /// The plan then.
    pub plan: Plan,
}

/// Which list the left panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeftTab {
    /// Guests.
    #[default]
    Guests,
    /// Logical tables.
    LogicalTables,
}

/// An open plan and the window's state around it.
pub struct Workspace {
    /// The plan file, its history and state.
    pub doc: Document,
    /// What is selected.
    pub selection: Selection,
    /// The floor plan view.
    pub floor: FloorPlanState,
    /// The guest list.
    pub guests: GuestsPanelState,
    /// The logical tables list.
    pub logical: LogicalPanelState,
    /// The inspector's edit buffers.
    pub inspector: InspectorState,
    /// The timeline.
    pub timeline: TimelineState,
    /// The undo/redo preview being shown.
    pub preview: Option<HistoryPreview>,
    /// The deletion waiting for confirmation.
    pub confirm_delete: Option<DeleteRequest>,
    /// The as-of view, when active.
    pub as_of: Option<AsOf>,
    /// The left panel's tab.
    pub left_tab: LeftTab,
    /// The import dialog, when open.
    pub import: Option<ImportDialog>,
    /// The guest email window.
    pub email: EmailWindowState,
    /// The print window.
    pub print: PrintWindowState,
}

impl Workspace {
    /// A workspace around an open document.
    pub fn new(doc: Document) -> Workspace {
        Workspace {
            doc,
            selection: Selection::None,
            floor: FloorPlanState::default(),
            guests: GuestsPanelState::default(),
            logical: LogicalPanelState::default(),
            inspector: InspectorState::default(),
            timeline: TimelineState::default(),
            preview: None,
            confirm_delete: None,
            as_of: None,
            left_tab: LeftTab::Guests,
            import: None,
            email: EmailWindowState::default(),
            print: PrintWindowState::default(),
        }
    }

    /// The plan on screen: the as-of plan when viewing the past, else the current one.
    pub fn shown_plan(&self) -> &Plan {
        shown_plan(self.as_of.as_ref(), &self.doc)
    }

    /// Header text for printouts: the plan's name, marked when the past is shown.
    pub fn print_context(&self) -> seatplan_print::PrintContext {
        let mut context = seatplan_print::PrintContext::for_file(self.doc.path());
        if let Some(as_of) = &self.as_of {
            context.plan_name = format!("{} as of #{}", context.plan_name, as_of.batch);
        }
        context
    }

    /// Changes whenever the shown plan may have changed (for caches).
    fn version(&self) -> u64 {
        let base = self.doc.event_count() as u64;
        match &self.as_of {
            Some(a) => base.wrapping_mul(1_000_003).wrapping_add(a.batch + 1),
            None => base,
        }
    }

    /// Drops selected things that no longer exist.
    fn prune_selection(&mut self) {
        let plan = self.shown_plan();
        let keep = match &self.selection {
            Selection::None => Selection::None,
            Selection::Room(id) if plan.room(*id).is_some() => Selection::Room(*id),
            Selection::Logical(id) if plan.logical_table(*id).is_some() => Selection::Logical(*id),
            Selection::Tables(ids) => Selection::Tables(
                ids.iter()
                    .copied()
                    .filter(|t| plan.table(*t).is_some())
                    .collect(),
            ),
            Selection::Guests(ids) => Selection::Guests(
                ids.iter()
                    .copied()
                    .filter(|g| plan.guest(*g).is_some())
                    .collect(),
            ),
            _ => Selection::None,
        };
        self.selection = match keep {
            Selection::Tables(t) if t.is_empty() => Selection::None,
            Selection::Guests(g) if g.is_empty() => Selection::None,
            other => other,
        };
    }
}

/// A file dialog running on its own thread (the window stays responsive).
struct PendingDialog {
    purpose: DialogPurpose,
    result: Receiver<Option<PathBuf>>,
    opened: std::time::Instant,
}

/// A dialog that "closes" faster than a person can was never shown (rfd found neither the XDG
/// desktop portal nor zenity and returned nothing).
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(250);

/// What a file dialog is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    /// A new plan's file name.
    New,
    /// A plan to open.
    Open,
    /// A spreadsheet to import.
    Import(ImportKind),
    /// Where to write the seating workbook.
    ExportSeating,
    /// A folder for the guest emails.
    ExportEmails,
    /// Where to save a copy of the plan.
    SaveCopy,
    /// Where to write the floor plan as SVG or PNG (the venue or a room, fitted to the paper).
    ExportFloorPlan(
        Option<seatplan_core::domain::RoomId>,
        seatplan_print::Paper,
        seatplan_print::FloorPlanFormat,
    ),
    /// Where to write a printout as PDF.
    Print(seatplan_print::Printout),
}

impl DialogPurpose {
    /// The dialog's title ("Open plan", "Save Guests A–Z as PDF").
    pub fn title(self) -> String {
        match self {
            DialogPurpose::New => "New plan".to_owned(),
            DialogPurpose::Open => "Open plan".to_owned(),
            DialogPurpose::Import(ImportKind::Guests) => "Import guests".to_owned(),
            DialogPurpose::Import(ImportKind::Draw) => "Import table draw".to_owned(),
            DialogPurpose::ExportSeating => "Export seating list".to_owned(),
            DialogPurpose::ExportEmails => "Folder for the guest emails".to_owned(),
            DialogPurpose::SaveCopy => "Save a copy of the plan".to_owned(),
            DialogPurpose::ExportFloorPlan(_, _, format) => format!(
                "Save the floor plan as {}",
                format.extension().to_ascii_uppercase()
            ),
            DialogPurpose::Print(printout) => format!("Save {} as PDF", printout.label()),
        }
    }

    /// The file name a save dialog suggests (`None` where the user picks an existing file or a
    /// folder).
    pub fn suggested_file_name(self) -> Option<String> {
        match self {
            DialogPurpose::New => Some(format!("party.{}", seatplan_core::store::EXTENSION)),
            DialogPurpose::SaveCopy => Some(format!("copy.{}", seatplan_core::store::EXTENSION)),
            DialogPurpose::ExportSeating => Some("seating.xlsx".to_owned()),
            DialogPurpose::ExportFloorPlan(_, _, format) => {
                Some(format!("floor-plan.{}", format.extension()))
            }
            DialogPurpose::Print(printout) => Some(format!("{}.pdf", printout.file_stem())),
            DialogPurpose::Open | DialogPurpose::Import(_) | DialogPurpose::ExportEmails => None,
        }
    }

    /// Whether the purpose needs an existing file, a file name to write, or a folder.
    pub fn pick(self) -> Pick {
        match self {
            DialogPurpose::Open | DialogPurpose::Import(_) => Pick::ExistingFile,
            DialogPurpose::ExportEmails => Pick::Folder,
            DialogPurpose::New
            | DialogPurpose::SaveCopy
            | DialogPurpose::ExportSeating
            | DialogPurpose::ExportFloorPlan(..)
            | DialogPurpose::Print(_) => Pick::NewFile,
        }
    }

    /// The confirming button of a typed-in path ("Open", "Import", "Create", "Save", "Choose").
    pub fn confirm_label(self) -> &'static str {
        match self {
            DialogPurpose::Open => "Open",
            DialogPurpose::Import(_) => "Import",
            DialogPurpose::New => "Create",
            DialogPurpose::ExportEmails => "Choose",
            DialogPurpose::SaveCopy
            | DialogPurpose::ExportSeating
            | DialogPurpose::ExportFloorPlan(..)
            | DialogPurpose::Print(_) => "Save",
        }
    }

    /// Which kind of export this is, for remembering its folder (`None` for plans and imports).
    pub fn export_kind(self) -> Option<&'static str> {
        match self {
            DialogPurpose::ExportSeating => Some("seating"),
            DialogPurpose::ExportEmails => Some("emails"),
            DialogPurpose::ExportFloorPlan(..) => Some("floor-plan"),
            DialogPurpose::Print(_) => Some("print"),
            DialogPurpose::New
            | DialogPurpose::Open
            | DialogPurpose::Import(_)
            | DialogPurpose::SaveCopy => None,
        }
    }
}

/// A question for the file chooser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRequest {
    /// What the file is for.
    pub purpose: DialogPurpose,
    /// The folder of the most recent plan (where plan dialogs start).
    pub plan_dir: Option<PathBuf>,
    /// The folder of the last export (where export dialogs start).
    pub export_dir: Option<PathBuf>,
}

impl FileRequest {
    /// Where the dialog starts: the last export folder for exports, else the last plan's folder.
    pub fn start_dir(&self) -> Option<&Path> {
        if self.purpose.export_kind().is_some() {
            self.export_dir.as_deref()
        } else {
            self.plan_dir.as_deref()
        }
    }
}

/// Answers file requests: the native dialog, or a stand-in in tests.
type FileChooser = std::sync::Arc<dyn Fn(FileRequest) -> Option<PathBuf> + Send + Sync>;

/// A message shown in the corner for a while.
#[derive(Clone, Debug)]
struct Notice {
    text: String,
    since: Option<f64>,
}

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
    data_dir: PathBuf,
    show_shortcuts: bool,
    show_about: bool,
    title: String,
    fonts_installed: bool,
    settings: Settings,
    settings_dirty_since: Option<f64>,
    chooser: FileChooser,
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
        SeatplanApp {
            workspace: None,
            recent: settings.recent.clone(),
            settings,
            notices: Vec::new(),
            dialog: None,
            path_entry: None,
            no_native_dialogs: false,
            data_dir,
            show_shortcuts: false,
            show_about: false,
            title: String::new(),
            fonts_installed: false,
            settings_dirty_since: None,
            chooser: std::sync::Arc::new(native_file_dialog),
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
                    self.notify(reason.to_owned());
                } else if let Err(e) = seatplan_core::backup::take_backup(&doc, &self.data_dir) {
                    self.notify(format!("Opened, but could not take a backup: {e}"));
                }
                self.adopt(doc);
            }
            Err(e) => self.notify(format!("Could not open the plan: {e}")),
        }
    }

    /// Restores a backup as a new file in the data folder and opens it.
    fn restore(&mut self, backup: &seatplan_core::backup::Backup) {
        let folder = self.data_dir.join("restored");
        if let Err(e) = seatplan_core::paths::ensure_dir(&folder) {
            return self.notify(format!("Could not create {}: {e}", folder.display()));
        }
        match seatplan_core::backup::restore(backup, &folder) {
            Ok(path) => {
                self.notify(format!("Restored the backup as {}", path.display()));
                self.open(&path);
            }
            Err(e) => self.notify(format!("Could not restore the backup: {e}")),
        }
    }

    fn adopt(&mut self, doc: Document) {
        tracing::info!(path = %doc.path().display(), batches = doc.batch_count(), "plan opened");
        let path = std::fs::canonicalize(doc.path()).unwrap_or_else(|_| doc.path().to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_MAX);
        // Dropping the old workspace closes (and unlocks) its file.
        let mut workspace = Workspace::new(doc);
        workspace.floor.snap = self.settings.snap.unwrap_or(true);
        self.workspace = Some(workspace);
        self.save_settings();
    }

    /// Writes the settings now (atomically); a failure is shown, not fatal.
    fn save_settings(&mut self) {
        self.settings.recent.clone_from(&self.recent);
        if let Some(ws) = &self.workspace {
            self.settings.snap = Some(ws.floor.snap);
        }
        self.settings_dirty_since = None;
        if let Err(e) = self.settings.save(&self.data_dir) {
            self.notify(format!("Could not save the settings: {e}"));
        }
    }

    /// Notices window and preference changes; saves them a second after the last one.
    fn track_settings(&mut self, ui: &Ui) {
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
        if let Some(since) = self.settings_dirty_since {
            if now - since > 1.0 {
                self.save_settings();
            } else {
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(1100));
            }
        }
    }

    /// Remembers the folder an export went to (the next export dialog starts there).
    fn remember_export_dir(&mut self, purpose: DialogPurpose, path: &Path) {
        let Some(dir) = path.parent() else { return };
        self.settings.export_dir = Some(dir.to_owned());
        if let Some(kind) = purpose.export_kind() {
            self.settings
                .export_dirs
                .insert(kind.to_owned(), dir.to_owned());
        }
        self.save_settings();
    }

    fn notify(&mut self, text: impl Into<String>) {
        let text = text.into();
        tracing::info!("notice: {text}");
        self.notices.retain(|n| n.text != text);
        self.notices.push(Notice { text, since: None });
        if self.notices.len() > 5 {
            self.notices.remove(0);
        }
    }

    /// Handles a panic caught around a frame: closes dialogs that may be in a bad state and
    /// tells the user where the details are.
    pub fn recover_from_panic(&mut self, payload: &(dyn std::any::Any + Send)) {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".to_owned());
        if let Some(ws) = &mut self.workspace {
            ws.preview = None;
            ws.confirm_delete = None;
            ws.import = None;
        }
        self.notify(format!(
            "Something went wrong ({what}); details are in the log ({}). Your plan is safe: every change was saved before it was shown.",
            seatplan_core::paths::log_dir(&self.data_dir).display()
        ));
    }

    /// Draws one frame and applies what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        if !self.fonts_installed {
            super::theme::install_fonts(ui.ctx());
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
            let panels = workspace_ui(ui, ws, &mut actions, self.settings.panels);
            if self.settings.panels != Some(panels) {
                self.settings.panels = Some(panels);
                self.settings_dirty_since
                    .get_or_insert(ui.input(|i| i.time));
            }
        } else {
            let backups = seatplan_core::backup::all_backups(&self.data_dir);
            egui::CentralPanel::default_margins().show(ui, |ui| {
                start_ui(
                    ui,
                    &self.recent,
                    &backups,
                    self.dialog.is_some(),
                    &mut actions,
                );
            });
        }
        self.path_entry_ui(ui);
        self.notices_ui(ui);
        dialogs::shortcuts_ui(ui, &mut self.show_shortcuts);
        dialogs::about_ui(ui, &mut self.show_about);
        for action in actions {
            self.apply(ui, action);
        }
        self.update_title(ui);
        self.track_settings(ui);
    }

    fn update_title(&mut self, ui: &Ui) {
        let title = match &self.workspace {
            Some(ws) => {
                let name = ws
                    .doc
                    .path()
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                match &ws.as_of {
                    Some(a) => format!("{name} — as of #{} (read-only) — seatplan", a.batch),
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

    fn shortcuts(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        let typing = ui.ctx().text_edit_focused();
        let pressed = |m: Modifiers, k: Key| {
            ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(m, k)))
        };
        if pressed(Modifiers::COMMAND, Key::N) {
            actions.push(Action::NewPlanDialog);
        }
        if pressed(Modifiers::COMMAND, Key::O) {
            actions.push(Action::OpenPlanDialog);
        }
        let Some(ws) = &mut self.workspace else {
            return;
        };
        if pressed(Modifiers::COMMAND, Key::P) {
            ws.print.open = true;
        }
        if pressed(Modifiers::COMMAND, Key::F) {
            ws.left_tab = super::app::LeftTab::Guests;
            ws.guests.focus_search = true;
        }
        if pressed(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
            || pressed(Modifiers::COMMAND, Key::Y)
        {
            actions.push(Action::RedoLatest);
        } else if !typing && pressed(Modifiers::COMMAND, Key::Z) {
            actions.push(Action::UndoLatest);
        }
        if pressed(Modifiers::COMMAND, Key::Num0) {
            let plan = ws.shown_plan().clone();
            ws.floor.fit(&plan);
        }
        if !typing && ws.preview.is_none() && ws.confirm_delete.is_none() {
            if ui.input(|i| i.key_pressed(Key::Delete)) && ws.as_of.is_none() {
                actions.push(Action::RequestDelete);
            }
            if ui.input(|i| i.key_pressed(Key::Escape)) {
                if ws.floor.tool != super::floor_plan::Tool::Select {
                    ws.floor.tool = super::floor_plan::Tool::Select;
                } else {
                    actions.push(Action::Select(Selection::None));
                }
            }
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button("File", |ui| {
                    menu_items(
                        ui,
                        actions,
                        [
                            ("New plan…", Action::NewPlanDialog),
                            ("Open…", Action::OpenPlanDialog),
                            ("Open demo (1,500 guests)", Action::OpenDemo),
                        ],
                    );
                    if !self.recent.is_empty() {
                        ui.menu_button("Open recent", |ui| {
                            for path in &self.recent {
                                if ui.button(path.display().to_string()).clicked() {
                                    actions.push(Action::OpenPath(path.clone()));
                                }
                            }
                        });
                    }
                    if self.workspace.is_some() {
                        ui.separator();
                        menu_items(
                            ui,
                            actions,
                            [
                                ("Save a copy as…", Action::SaveCopyDialog),
                                ("Import guests…", Action::ImportDialog(ImportKind::Guests)),
                                ("Import table draw…", Action::ImportDialog(ImportKind::Draw)),
                                ("Export seating list…", Action::ExportSeatingDialog),
                                ("Print…", Action::ShowPrintWindow),
                                ("Guest email…", Action::ShowEmailWindow),
                                ("Export guest emails…", Action::ExportEmailsDialog),
                            ],
                        );
                        ui.separator();
                        menu_items(ui, actions, [("Close plan", Action::ClosePlan)]);
                    }
                });
                if let Some(ws) = &self.workspace {
                    ui.menu_button("Edit", |ui| {
                        let undo = ws.doc.last_undoable();
                        let redo = ws.doc.last_redoable();
                        if ui
                            .add_enabled(undo.is_some(), egui::Button::new("Undo last action"))
                            .clicked()
                        {
                            actions.push(Action::UndoLatest);
                        }
                        if ui
                            .add_enabled(redo.is_some(), egui::Button::new("Redo"))
                            .clicked()
                        {
                            actions.push(Action::RedoLatest);
                        }
                        if ui
                            .add_enabled(
                                ws.selection != Selection::None,
                                egui::Button::new("Delete selection…"),
                            )
                            .clicked()
                        {
                            actions.push(Action::RequestDelete);
                        }
                    });
                }
                ui.menu_button("View", |ui| {
                    ui.label("Theme");
                    let current = self.settings.theme.unwrap_or_default();
                    for (choice, label) in ThemeChoice::ALL {
                        if ui.radio(current == choice, label).clicked() && current != choice {
                            self.settings.theme = Some(choice);
                            ui.ctx().set_theme(choice.preference());
                            self.save_settings();
                        }
                    }
                });
                ui.menu_button("Help", |ui| {
                    if ui.button("Keyboard shortcuts").clicked() {
                        self.show_shortcuts = true;
                    }
                    if ui.button("Open log folder").clicked() {
                        let dir = seatplan_core::paths::log_dir(&self.data_dir);
                        if let Err(e) = seatplan_core::paths::open_in_file_manager(&dir) {
                            self.notify(format!("Could not open {}: {e}", dir.display()));
                        }
                    }
                    if ui.button("About seatplan").clicked() {
                        self.show_about = true;
                    }
                });
            });
        });
    }

    fn notices_ui(&mut self, ui: &Ui) {
        let now = ui.input(|i| i.time);
        for notice in &mut self.notices {
            notice.since.get_or_insert(now);
        }
        self.notices
            .retain(|n| n.since.is_none_or(|s| now - s < NOTICE_SECONDS));
        if self.notices.is_empty() {
            return;
        }
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(500));
        let mut close = None;
        egui::Area::new(egui::Id::unique("notices"))
            .anchor(Align2::RIGHT_BOTTOM, [-16.0, -36.0])
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                for (index, notice) in self.notices.iter().enumerate() {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        ui.horizontal(|ui| {
                            ui.label(&notice.text);
                            if ui.small_button("×").on_hover_text("Dismiss").clicked() {
                                close = Some(index);
                            }
                        });
                    });
                }
            });
        if let Some(index) = close {
            self.notices.remove(index);
        }
    }

    fn poll_dialog(&mut self, ui: &Ui) {
        let Some(dialog) = &self.dialog else { return };
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
        let (purpose, result) = match dialog.result.try_recv() {
            Ok(result) => (dialog.purpose, result),
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => (dialog.purpose, None),
        };
        let opened = dialog.opened;
        self.dialog = None;
        let Some(path) = result else {
            if opened.elapsed() < NO_DIALOG_WITHIN {
                self.no_native_dialogs = true;
                self.notify(
                    "No file dialog could be shown (install the XDG desktop portal or zenity \
                     for one): type the path instead.",
                );
                self.ask_for_path(purpose);
            }
            return;
        };
        self.file_chosen(purpose, path);
    }

    /// Does what the file was asked for.
    fn file_chosen(&mut self, purpose: DialogPurpose, path: PathBuf) {
        match purpose {
            DialogPurpose::Open => self.open(&path),
            DialogPurpose::Import(kind) => {
                if let Some(ws) = &mut self.workspace {
                    ws.import = Some(ImportDialog::new(kind, path, ws.doc.plan()));
                }
            }
            DialogPurpose::ExportFloorPlan(room, paper, format) => {
                let Some(ws) = &mut self.workspace else {
                    return;
                };
                let (path, rules) = output_rules(ws, path, format.extension());
                let context = ws.print_context();
                let result = seatplan_print::export_floor_plan(
                    ws.shown_plan(),
                    room,
                    paper,
                    &context,
                    &path,
                    &rules,
                );
                let message = match result {
                    Ok(report) => {
                        ws.print.last_saved = Some(path.clone());
                        with_warning(
                            format!("Wrote the floor plan to {}", path.display()),
                            &report,
                        )
                    }
                    Err(e) => format!("Could not export: {}", capitalise(&e.to_string())),
                };
                self.remember_export_dir(purpose, &path);
                self.notify(message);
            }
            DialogPurpose::Print(printout) => {
                let Some(ws) = &mut self.workspace else {
                    return;
                };
                let (path, rules) = output_rules(ws, path, "pdf");
                let context = ws.print_context();
                let message = match seatplan_print::print_pdf(
                    ws.shown_plan(),
                    printout,
                    &context,
                    &path,
                    &rules,
                ) {
                    Ok(report) => {
                        ws.print.last_saved = Some(path.clone());
                        let text = format!(
                            "Wrote {} ({}) to {}",
                            printout.label(),
                            count(report.pages, "page"),
                            path.display()
                        );
                        with_warning(text, &report)
                    }
                    Err(e) => format!("Could not print: {}", capitalise(&e.to_string())),
                };
                self.remember_export_dir(purpose, &path);
                self.notify(message);
            }
            DialogPurpose::SaveCopy => {
                let Some(ws) = &self.workspace else { return };
                let path = if path
                    .extension()
                    .is_some_and(|e| e == seatplan_core::store::EXTENSION)
                {
                    path
                } else {
                    path.with_extension(seatplan_core::store::EXTENSION)
                };
                let stuck = ws.doc.read_only_reason().is_some();
                match ws.doc.save_copy(&path) {
                    Ok(()) => {
                        self.notify(format!("Saved a copy as {}", path.display()));
                        // A plan that can no longer be written goes on in its copy.
                        if stuck {
                            self.open(&path);
                        }
                    }
                    Err(e) => self.notify(format!("Could not save a copy: {e}")),
                }
            }
            DialogPurpose::ExportSeating => {
                let Some(ws) = &self.workspace else { return };
                let (path, rules) = output_rules(ws, path, "xlsx");
                let message =
                    match seatplan_core::io::export::export_seating(ws.doc.plan(), &path, &rules) {
                        Ok(csv) => format!("Wrote {} and {}", path.display(), csv.display()),
                        Err(e) => format!("Could not export: {e}"),
                    };
                self.notify(message);
                self.remember_export_dir(purpose, &path);
            }
            DialogPurpose::ExportEmails => {
                let Some(ws) = &self.workspace else { return };
                let message = match seatplan_core::io::email::export_emails(ws.doc.plan(), &path) {
                    Ok(report) => {
                        let mut text = format!(
                            "Wrote {} emails and mail-merge.csv to {}",
                            report.written.len(),
                            path.display()
                        );
                        if !report.without_email.is_empty() {
                            text.push_str(&format!(
                                "; {} seated guests have no email",
                                report.without_email.len()
                            ));
                        }
                        if !report.without_seat.is_empty() {
                            text.push_str(&format!(
                                "; {} guests are not seated",
                                report.without_seat.len()
                            ));
                        }
                        text
                    }
                    Err(e) => format!("Could not export: {e}"),
                };
                self.notify(message);
                self.remember_export_dir(purpose, &path);
            }
            DialogPurpose::New => {
                let path = if path
                    .extension()
                    .is_some_and(|e| e == seatplan_core::store::EXTENSION)
                {
                    path
                } else {
                    path.with_extension(seatplan_core::store::EXTENSION)
                };
                match Document::create(&path) {
                    Ok(doc) => self.adopt(doc),
                    Err(e) => self.notify(format!("Could not create the plan: {e}")),
                }
            }
        }
    }

    /// What a dialog for `purpose` is asked: the purpose and where it starts.
    fn file_request(&self, purpose: DialogPurpose) -> FileRequest {
        let plan_dir = self
            .recent
            .first()
            .and_then(|p| p.parent())
            .map(Path::to_owned);
        FileRequest {
            purpose,
            export_dir: purpose
                .export_kind()
                .and_then(|kind| self.settings.export_dirs.get(kind).cloned())
                .or_else(|| self.settings.export_dir.clone())
                .or_else(|| plan_dir.clone()),
            plan_dir,
        }
    }

    fn start_dialog(&mut self, purpose: DialogPurpose) {
        if self.dialog.is_some() || self.path_entry.is_some() {
            return;
        }
        if self.no_native_dialogs {
            self.ask_for_path(purpose);
            return;
        }
        let request = self.file_request(purpose);
        let (tx, rx) = std::sync::mpsc::channel();
        let chooser = std::sync::Arc::clone(&self.chooser);
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let _ = tx.send(chooser(request));
            });
        match spawned {
            Ok(_) => {
                self.dialog = Some(PendingDialog {
                    purpose,
                    result: rx,
                    opened: std::time::Instant::now(),
                })
            }
            Err(e) => self.notify(format!("Could not show the file dialog: {e}")),
        }
    }

    /// Opens the typed-in path window for `purpose`, starting where a native dialog would.
    fn ask_for_path(&mut self, purpose: DialogPurpose) {
        let request = self.file_request(purpose);
        self.path_entry = Some(PathEntry::new(purpose, request.start_dir()));
    }

    /// Shows the typed-in path window, if open, and uses the path it gives.
    fn path_entry_ui(&mut self, ui: &Ui) {
        let Some(entry) = &mut self.path_entry else {
            return;
        };
        let purpose = entry.purpose;
        match entry.ui(ui.ctx()) {
            PathEntryOutcome::Open => {}
            PathEntryOutcome::Cancelled => self.path_entry = None,
            PathEntryOutcome::Chosen(path) => {
                self.path_entry = None;
                self.file_chosen(purpose, path);
            }
        }
    }

    /// Replaces the native file dialogs (tests answer them without a desktop).
    pub fn set_file_chooser(
        &mut self,
        chooser: impl Fn(FileRequest) -> Option<PathBuf> + Send + Sync + 'static,
    ) {
        self.chooser = std::sync::Arc::new(chooser);
    }

    fn open_demo(&mut self) {
        let path = self.data_dir.join("demo.seatplan");
        if path.exists() {
            self.open(&path);
            return;
        }
        if let Err(e) = seatplan_core::paths::ensure_dir(&self.data_dir) {
            self.notify(format!("Could not create {}: {e}", self.data_dir.display()));
            return;
        }
        match write_demo(&path, DEFAULT_GUESTS, DEFAULT_SEED) {
            Ok(doc) => self.adopt(doc),
            Err(e) => self.notify(format!("Could not write the demo plan: {e}")),
        }
    }

    /// Applies one action (the single path: commands go through the document).
    fn apply(&mut self, ui: &Ui, action: Action) {
        match action {
            Action::NewPlanDialog => return self.start_dialog(DialogPurpose::New),
            Action::OpenPlanDialog => return self.start_dialog(DialogPurpose::Open),
            Action::OpenPath(path) => return self.open(&path),
            Action::OpenDemo => return self.open_demo(),
            Action::RestoreBackup(backup) => return self.restore(&backup),
            Action::ClosePlan => {
                self.workspace = None;
                return;
            }
            Action::Notify(text) => return self.notify(text),
            Action::ImportDialog(kind) => return self.start_dialog(DialogPurpose::Import(kind)),
            Action::ExportSeatingDialog => return self.start_dialog(DialogPurpose::ExportSeating),
            Action::ExportEmailsDialog => return self.start_dialog(DialogPurpose::ExportEmails),
            Action::SaveCopyDialog => return self.start_dialog(DialogPurpose::SaveCopy),
            Action::ExportFloorPlanDialog(room, paper, format) => {
                return self.start_dialog(DialogPurpose::ExportFloorPlan(room, paper, format));
            }
            Action::PrintDialog(printout) => {
                return self.start_dialog(DialogPurpose::Print(printout));
            }
            Action::OpenExternally(path) => {
                if let Err(e) = seatplan_core::paths::open_with_default_app(&path) {
                    self.notify(format!("Could not open {}: {e}", path.display()));
                }
                return;
            }
            _ => {}
        }
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let mut message = None;
        match action {
            Action::Execute(command) => {
                if ws.as_of.is_some() {
                    message = Some(
                        "You are looking at a past state (read-only). Go back to now to edit."
                            .to_owned(),
                    );
                } else if let Err(e) = ws.doc.execute(&command) {
                    message = Some(capitalise(&e.to_string()));
                }
            }
            Action::PreviewUndo(batch) => match ws.doc.preview_undo(batch) {
                Ok(p) => ws.preview = Some(p),
                Err(e) => message = Some(capitalise(&e.to_string())),
            },
            Action::PreviewRedo(batch) => match ws.doc.preview_redo(batch) {
                Ok(p) => ws.preview = Some(p),
                Err(e) => message = Some(capitalise(&e.to_string())),
            },
            Action::CommitPreview => {
                if let Some(preview) = ws.preview.take()
                    && let Err(e) = ws.doc.commit(preview)
                {
                    message = Some(capitalise(&e.to_string()));
                }
                ws.as_of = None;
            }
            Action::CancelPreview => ws.preview = None,
            Action::UndoLatest | Action::RedoLatest => {
                let undo = matches!(action, Action::UndoLatest);
                let target = if undo {
                    ws.doc.last_undoable()
                } else {
                    ws.doc.last_redoable()
                };
                match target {
                    None => {
                        message = Some(
                            if undo {
                                "Nothing to undo."
                            } else {
                                "Nothing to redo."
                            }
                            .to_owned(),
                        )
                    }
                    Some(batch) => {
                        let preview = if undo {
                            ws.doc.preview_undo(batch)
                        } else {
                            ws.doc.preview_redo(batch)
                        };
                        match preview {
                            // The most recent action has no later dependents: no need to ask.
                            Ok(p) if !p.has_conflicts() => {
                                let description = p.description.clone();
                                match ws.doc.commit(p) {
                                    Ok(_) => {
                                        message = Some(format!(
                                            "{} #{batch}: {description}",
                                            if undo { "Undid" } else { "Redid" }
                                        ));
                                    }
                                    Err(e) => message = Some(capitalise(&e.to_string())),
                                }
                            }
                            Ok(p) => ws.preview = Some(p),
                            Err(e) => message = Some(capitalise(&e.to_string())),
                        }
                    }
                }
            }
            Action::ViewAsOf(batch) => match ws.doc.as_of(batch) {
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
                }
                Err(e) => message = Some(capitalise(&e.to_string())),
            },
            Action::BackToNow => ws.as_of = None,
            Action::ShowEmailWindow => ws.email.open = true,
            Action::ShowPrintWindow => ws.print.open = true,
            Action::Select(selection) => {
                if matches!(selection, Selection::Logical(_)) {
                    ws.left_tab = LeftTab::LogicalTables;
                }
                ws.selection = selection;
            }
            Action::SelectBatch(batch) => {
                ws.floor.highlight = batch.map(|b| ws.doc.batch_tables(b)).unwrap_or_default();
            }
            Action::RequestDelete => {
                if ws.as_of.is_some() {
                    message = Some("You are looking at a past state (read-only).".to_owned());
                } else {
                    ws.confirm_delete = dialogs::delete_request(ws.doc.plan(), &ws.selection);
                }
            }
            _ => {}
        }
        ws.prune_selection();
        if let Some(text) = message {
            self.notify(text);
        }
        ui.ctx().request_repaint();
    }
}

/// The plan on screen (the as-of plan when viewing the past); a free function so panels can
/// borrow it while other workspace fields are borrowed mutably.
fn shown_plan<'a>(as_of: Option<&'a AsOf>, doc: &'a Document) -> &'a Plan {
    as_of.map_or(doc.plan(), |a| &a.plan)
}

/// Menu buttons, each pushing its action when clicked.
fn menu_items<const N: usize>(ui: &mut Ui, actions: &mut Vec<Action>, items: [(&str, Action); N]) {
    for (label, action) in items {
        if ui.button(label).clicked() {
            actions.push(action);
        }
    }
}

/// The window with a plan open: banner, status bar, side panels, floor plan, dialogs.
/// Returns the widths of the left and right panels (remembered in the settings).
fn workspace_ui(
    ui: &mut Ui,
    ws: &mut Workspace,
    actions: &mut Vec<Action>,
    panels: Option<[f32; 2]>,
) -> [f32; 2] {
    let [left_width, right_width] = panels.unwrap_or([spacing::LEFT_PANEL, spacing::RIGHT_PANEL]);
    let ctx = ui.ctx().clone();
    let palette = Palette::for_visuals(ui.visuals());
    let read_only = ws.as_of.is_some() || ws.doc.read_only_reason().is_some();
    let version = ws.version();

    if let Some(reason) = ws.doc.read_only_reason() {
        egui::Panel::top("read-only-banner")
            .frame(
                egui::Frame::new()
                    .fill(ui.visuals().error_fg_color)
                    .inner_margin(8.0),
            )
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "Changes can no longer be saved to this file. {reason}"
                        ))
                        .color(egui::Color32::WHITE)
                        .strong(),
                    );
                    if ui.button("Save a copy as…").clicked() {
                        actions.push(Action::SaveCopyDialog);
                    }
                });
            });
    }
    if let Some(as_of) = &ws.as_of {
        egui::Panel::top("as-of-banner")
            .frame(
                egui::Frame::new()
                    .fill(palette.as_of_banner)
                    .inner_margin(8.0),
            )
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "Viewing the plan as of #{} “{}” — read-only",
                            as_of.batch, as_of.description
                        ))
                        .color(palette.as_of_text)
                        .strong(),
                    );
                    if ui.button("Back to now").clicked() {
                        actions.push(Action::BackToNow);
                    }
                });
            });
    }

    egui::Panel::bottom("status").show(ui, |ui| {
        let plan = ws.shown_plan();
        ui.horizontal(|ui| {
            ui.label(ws.doc.path().display().to_string());
            ui.separator();
            ui.label(format!("{} events", ws.doc.event_count()));
            ui.separator();
            ui.label(format!("{}/{} guests seated", plan.seated_count(), plan.guest_count()));
            ui.separator();
            let over = plan.over_capacity().len();
            let text = format!("{over} tables over capacity");
            if over > 0 {
                ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
            } else {
                ui.label(text);
            }
            ui.separator();
            let diagnostics = ws.doc.diagnostics().len();
            if diagnostics > 0 {
                ui.label(RichText::new(format!("{diagnostics} changes no longer apply")).color(ui.visuals().warn_fg_color))
                    .on_hover_text("Some later changes depend on undone actions; run `seatplan check` for details.");
                ui.separator();
            }
            ui.label("Every change is saved automatically");
        });
    });

    let left = egui::Panel::left("left")
        .default_size(left_width)
        .min_size(240.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.selectable_value(&mut ws.left_tab, LeftTab::Guests, "Guests");
                ui.selectable_value(&mut ws.left_tab, LeftTab::LogicalTables, "Logical tables");
            });
            ui.separator();
            let plan = shown_plan(ws.as_of.as_ref(), &ws.doc);
            match ws.left_tab {
                LeftTab::Guests => guests_ui(
                    ui,
                    &mut ws.guests,
                    plan,
                    version,
                    &ws.selection,
                    read_only,
                    actions,
                ),
                LeftTab::LogicalTables => {
                    logical_tables_ui(ui, &mut ws.logical, plan, &ws.selection, read_only, actions);
                }
            }
        });

    let right = egui::Panel::right("right")
        .default_size(right_width)
        .min_size(280.0)
        .show(ui, |ui| {
            let plan = shown_plan(ws.as_of.as_ref(), &ws.doc);
            egui::CollapsingHeader::new(RichText::new("Inspector").strong())
                .default_open(true)
                .show(ui, |ui| {
                    inspector_ui(
                        ui,
                        &mut ws.inspector,
                        plan,
                        version,
                        &ws.selection,
                        read_only,
                        actions,
                    );
                });
            ui.add_space(spacing::SECTION);
            ui.separator();
            ui.strong("Timeline");
            let as_of = ws.as_of.as_ref().map(|a| a.batch);
            timeline_ui(ui, &mut ws.timeline, &ws.doc, plan, as_of, actions);
        });

    egui::CentralPanel::default_margins().show(ui, |ui| {
        let plan = shown_plan(ws.as_of.as_ref(), &ws.doc);
        floor_plan_ui(ui, &mut ws.floor, plan, &ws.selection, read_only, actions);
    });

    // What is being dragged, next to the pointer.
    if let Some(p) = ctx.pointer_interact_pos() {
        let text = if let Some(g) = egui::DragAndDrop::payload::<GuestDrag>(&ctx) {
            Some(match g.guests.as_slice() {
                [one] => ws
                    .shown_plan()
                    .guest(*one)
                    .map_or_else(String::new, |g| format!("Seat {}", g.display_name())),
                many => format!("Seat {} guests", many.len()),
            })
        } else {
            egui::DragAndDrop::payload::<LogicalDrag>(&ctx).map(|l| {
                ws.shown_plan()
                    .logical_table(l.0)
                    .map_or_else(String::new, |l| format!("Assign “{}”", l.name))
            })
        };
        if let Some(text) = text {
            egui::Area::new(egui::Id::unique("drag-label"))
                .fixed_pos(p + egui::vec2(16.0, 8.0))
                .order(egui::Order::Tooltip)
                .interactable(false)
                .show(&ctx, |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.label(text);
                    });
                });
        }
    }

    if let Some(preview) = &ws.preview {
        dialogs::preview_dialog_ui(ui, preview, actions);
    }
    if let Some(dialog) = &mut ws.import {
        match import_dialog_ui(ui, dialog, actions) {
            ImportChoice::Open => {}
            ImportChoice::Changed => dialog.refresh(ws.doc.plan()),
            ImportChoice::Import | ImportChoice::Cancel => ws.import = None,
        }
    }
    {
        let plan = shown_plan(ws.as_of.as_ref(), &ws.doc);
        email_window_ui(ui, &mut ws.email, plan, &ws.selection, read_only, actions);
        // The header text (file name, clock) is only worked out while the window is open.
        if ws.print.open {
            let source = PrintSource {
                plan,
                version,
                context: ws.print_context(),
                selected_room: match ws.selection {
                    Selection::Room(id) => Some(id),
                    _ => None,
                },
                as_of: ws.as_of.as_ref().map(|a| a.batch),
            };
            print_window_ui(ui, &mut ws.print, &source, actions);
        }
    }
    if let Some(request) = &ws.confirm_delete {
        match dialogs::delete_dialog_ui(ui, request) {
            Some(true) => {
                actions.push(Action::Execute(request.command.clone()));
                actions.push(Action::Select(Selection::None));
                ws.confirm_delete = None;
            }
            Some(false) => ws.confirm_delete = None,
            None => {}
        }
    }
    [left.response.rect.width(), right.response.rect.width()]
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
        self.save_settings();
    }
}

/// The window icon (`assets/icon.png`, built into the binary).
pub fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../../assets/icon.png"))
        .unwrap_or_default()
}

/// Asks with the native file dialog (XDG portal or zenity on Linux); blocks its thread.
fn native_file_dialog(request: FileRequest) -> Option<PathBuf> {
    let purpose = request.purpose;
    let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
    if let Some(dir) = request.start_dir() {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = purpose.suggested_file_name() {
        dialog = dialog.set_file_name(name);
    }
    dialog = match purpose {
        DialogPurpose::New | DialogPurpose::Open | DialogPurpose::SaveCopy => {
            dialog.add_filter("seatplan plan", &[seatplan_core::store::EXTENSION])
        }
        DialogPurpose::Import(_) => {
            dialog.add_filter("Spreadsheets", &["xlsx", "xls", "ods", "csv"])
        }
        DialogPurpose::ExportSeating => dialog.add_filter("Excel workbook", &["xlsx"]),
        DialogPurpose::ExportFloorPlan(_, _, format) => {
            let name = match format {
                FloorPlanFormat::Svg => "SVG drawing",
                FloorPlanFormat::Png => "PNG picture",
                FloorPlanFormat::Pdf => "PDF document",
            };
            dialog.add_filter(name, &[format.extension()])
        }
        DialogPurpose::Print(_) => dialog.add_filter("PDF document", &["pdf"]),
        DialogPurpose::ExportEmails => dialog,
    };
    match purpose.pick() {
        Pick::ExistingFile => dialog.pick_file(),
        Pick::NewFile => dialog.save_file(),
        Pick::Folder => dialog.pick_folder(),
    }
}

/// A notice, followed by the report's warning about unprintable characters if it has one.
fn with_warning(text: String, report: &seatplan_print::PrintReport) -> String {
    match report.warning() {
        Some(warning) => format!("{text}. {warning}."),
        None => text,
    }
}

/// The file an export writes for the name the user chose (with the format's extension), and
/// the rules it is written under: the open plan is never a target, and an existing file is
/// replaced only when it is exactly the name the save dialog asked "Replace?" about.
fn output_rules(
    ws: &Workspace,
    chosen: PathBuf,
    extension: &str,
) -> (PathBuf, seatplan_core::io::output::OutputRules) {
    let path = with_extension(chosen.clone(), extension);
    let rules = seatplan_core::io::output::OutputRules::for_plan(ws.doc.path(), path == chosen);
    (path, rules)
}

/// `path`, with `extension` added unless it already has it (any case).
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
    {
        path
    } else {
        path.with_extension(extension)
    }
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
