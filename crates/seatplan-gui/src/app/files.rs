//! File requests: the native dialog on its own thread, or the typed-in path where the desktop
//! has none; what each purpose does with the chosen path is in [`super::exports`] and
//! [`super::SeatplanApp::open`].

use super::SeatplanApp;
use crate::import::{ImportDialog, ImportKind};
use crate::path_entry::{PathEntry, PathEntryOutcome, Pick};
use egui::Ui;
use seatplan_core::history::Document;
use seatplan_i18n::t;
use seatplan_print::{FloorPlanFormat, Printout};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

/// A file dialog running on its own thread (the window stays responsive).
pub(super) struct PendingDialog {
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
    /// A damaged plan to rescue from.
    RecoverFrom,
    /// Where to write the rescued plan.
    RecoverTo,
    /// Another copy of the plan, to merge.
    MergeFrom,
    /// The team folder.
    TeamFolder,
}

impl DialogPurpose {
    /// The dialog's title ("Open plan", "Save Guests A–Z as PDF").
    pub fn title(self) -> String {
        match self {
            DialogPurpose::New => t!("key-new"),
            DialogPurpose::Open => t!("key-open"),
            DialogPurpose::Import(ImportKind::Guests) => t!("import-guests-title"),
            DialogPurpose::Import(ImportKind::Draw) => t!("import-draw-title"),
            DialogPurpose::Import(ImportKind::Wishes) => t!("import-wishes-title"),
            DialogPurpose::ExportSeating => t!("files-export-seating"),
            DialogPurpose::ExportEmails => t!("files-email-folder"),
            DialogPurpose::SaveCopy => t!("files-save-copy"),
            DialogPurpose::ExportFloorPlan(_, _, format) => t!(
                "files-save-floor-plan",
                format = format.extension().to_ascii_uppercase()
            ),
            DialogPurpose::Print(printout) => t!("files-save-pdf", what = printout.label()),
            DialogPurpose::RecoverFrom => t!("files-recover-from"),
            DialogPurpose::RecoverTo => t!("files-recover-to"),
            DialogPurpose::MergeFrom => t!("files-merge-from"),
            DialogPurpose::TeamFolder => t!("files-team-folder"),
        }
    }

    /// The file name a save dialog suggests (`None` where the user picks an existing file or a
    /// folder).
    pub fn suggested_file_name(self) -> Option<String> {
        match self {
            DialogPurpose::New => Some(format!(
                "{}.{}",
                t!("file-name-new-plan"),
                seatplan_core::store::EXTENSION
            )),
            DialogPurpose::SaveCopy => Some(format!(
                "{}.{}",
                t!("file-name-copy"),
                seatplan_core::store::EXTENSION
            )),
            DialogPurpose::ExportSeating => Some(format!("{}.xlsx", t!("file-name-seating"))),
            DialogPurpose::ExportFloorPlan(_, _, format) => Some(format!(
                "{}.{}",
                t!("file-name-floor-plan"),
                format.extension()
            )),
            DialogPurpose::Print(printout) => Some(format!("{}.pdf", print_file_stem(printout))),
            DialogPurpose::RecoverTo => Some(format!(
                "{}.{}",
                t!("file-name-recovered"),
                seatplan_core::store::EXTENSION
            )),
            DialogPurpose::Open
            | DialogPurpose::Import(_)
            | DialogPurpose::ExportEmails
            | DialogPurpose::RecoverFrom
            | DialogPurpose::MergeFrom
            | DialogPurpose::TeamFolder => None,
        }
    }

    /// Whether the purpose needs an existing file, a file name to write, or a folder.
    pub fn pick(self) -> Pick {
        match self {
            DialogPurpose::Open
            | DialogPurpose::Import(_)
            | DialogPurpose::RecoverFrom
            | DialogPurpose::MergeFrom => Pick::ExistingFile,
            DialogPurpose::ExportEmails | DialogPurpose::TeamFolder => Pick::Folder,
            DialogPurpose::New
            | DialogPurpose::SaveCopy
            | DialogPurpose::ExportSeating
            | DialogPurpose::ExportFloorPlan(..)
            | DialogPurpose::Print(_)
            | DialogPurpose::RecoverTo => Pick::NewFile,
        }
    }

    /// The confirming button of a typed-in path ("Open", "Import", "Create", "Save", "Choose").
    pub fn confirm_label(self) -> String {
        match self {
            DialogPurpose::Open | DialogPurpose::RecoverFrom => t!("printwin-open"),
            DialogPurpose::MergeFrom => t!("files-choose"),
            DialogPurpose::Import(_) => t!("import-button"),
            DialogPurpose::New => t!("logical-create"),
            DialogPurpose::ExportEmails | DialogPurpose::TeamFolder => t!("files-choose"),
            DialogPurpose::SaveCopy
            | DialogPurpose::ExportSeating
            | DialogPurpose::ExportFloorPlan(..)
            | DialogPurpose::Print(_)
            | DialogPurpose::RecoverTo => t!("files-save"),
        }
    }

    /// Whether a file already at the chosen name may be replaced once the user confirms
    /// (exports); a plan — a new one, a copy, a rescue — is never written over a file.
    pub fn may_replace(self) -> bool {
        match self {
            DialogPurpose::ExportSeating
            | DialogPurpose::ExportFloorPlan(..)
            | DialogPurpose::Print(_) => true,
            DialogPurpose::New
            | DialogPurpose::Open
            | DialogPurpose::Import(_)
            | DialogPurpose::ExportEmails
            | DialogPurpose::SaveCopy
            | DialogPurpose::RecoverFrom
            | DialogPurpose::RecoverTo
            | DialogPurpose::MergeFrom
            | DialogPurpose::TeamFolder => false,
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
            | DialogPurpose::SaveCopy
            | DialogPurpose::RecoverFrom
            | DialogPurpose::RecoverTo
            | DialogPurpose::MergeFrom
            | DialogPurpose::TeamFolder => None,
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
pub(super) type FileChooser = std::sync::Arc<dyn Fn(FileRequest) -> Option<PathBuf> + Send + Sync>;

impl SeatplanApp {
    /// Checks whether the file dialog has answered, and uses its answer.
    pub(super) fn poll_dialog(&mut self, ui: &Ui) {
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
                self.notify(t!("files-no-native-dialog"));
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
            DialogPurpose::New => self.create_plan(&path),
            DialogPurpose::SaveCopy => self.save_copy(&path),
            DialogPurpose::ExportFloorPlan(room, paper, format) => {
                self.export_floor_plan(path, room, paper, format);
            }
            DialogPurpose::Print(printout) => self.print(path, printout),
            DialogPurpose::ExportSeating => self.export_seating(path),
            DialogPurpose::ExportEmails => self.export_emails(&path),
            DialogPurpose::RecoverFrom => {
                self.recover_from = Some(path);
                self.start_dialog(DialogPurpose::RecoverTo);
            }
            DialogPurpose::RecoverTo => {
                if let Some(damaged) = self.recover_from.take() {
                    self.recover(&damaged, &with_plan_extension(&path));
                }
            }
            DialogPurpose::MergeFrom => {
                if let Some(ws) = &mut self.workspace {
                    ws.merge = Some(crate::merge_dialog::MergeDialog::new(&ws.doc, path));
                }
            }
            DialogPurpose::TeamFolder => self.set_team_folder(Some(path)),
        }
    }

    /// Rescues what `damaged` still holds into a new plan at `out`, says what was left out, and
    /// opens the new plan.
    pub fn recover(&mut self, damaged: &Path, out: &Path) {
        match seatplan_core::history::recover::recover(damaged, out) {
            Ok(report) => {
                let mut lines = vec![t!(
                    "cli-recovered",
                    out = out.display().to_string(),
                    kept = report.batches_kept,
                    found = report.batches_found,
                    events = report.events_kept
                )];
                if report.wal_left_aside {
                    lines.push(t!("cli-recovered-wal-left-aside"));
                }
                if report.left_out.is_empty() {
                    lines.push(t!("cli-recovered-all"));
                } else {
                    lines.push(t!("cli-recovered-left-out"));
                }
                lines.extend(report.left_out.iter().take(12).map(|l| l.line()));
                if report.left_out.len() > 12 {
                    lines.push(t!("files-recover-more", count = report.left_out.len() - 12));
                }
                if !report.partial.is_empty() {
                    lines.push(t!("cli-recovered-partial"));
                    lines.extend(report.partial.iter().take(6).map(|p| p.line()));
                }
                lines.push(t!(
                    "cli-recovered-untouched",
                    file = damaged.display().to_string()
                ));
                self.open(out);
                self.notify(lines.join("\n"));
            }
            Err(e) => self.warn(t!("files-cannot-recover", error = e.to_string())),
        }
    }

    /// A new, empty plan at `path` (`.seatplan` added), opened.
    fn create_plan(&mut self, path: &Path) {
        match Document::create(&with_plan_extension(path)) {
            Ok(doc) => self.adopt(doc),
            Err(e) => self.warn(t!("files-cannot-create-plan", error = e.to_string())),
        }
    }

    /// What a dialog for `purpose` is asked: the purpose and where it starts.
    fn file_request(&self, purpose: DialogPurpose) -> FileRequest {
        // A rescued plan is suggested beside the damaged one.
        let beside_damaged = (purpose == DialogPurpose::RecoverTo)
            .then(|| self.recover_from.as_deref().and_then(Path::parent))
            .flatten();
        // The team folder dialog starts at the team folder in use.
        let team_folder = (purpose == DialogPurpose::TeamFolder)
            .then_some(self.settings.team_folder.as_deref())
            .flatten();
        let plan_dir = beside_damaged
            .or(team_folder)
            .or_else(|| self.recent.first().and_then(|p| p.parent()))
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

    /// Asks for a file or folder for `purpose` (one dialog at a time).
    pub(super) fn start_dialog(&mut self, purpose: DialogPurpose) {
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
                });
            }
            Err(e) => self.warn(t!("files-no-dialog", error = e.to_string())),
        }
    }

    /// Opens the typed-in path window for `purpose`, starting where a native dialog would.
    fn ask_for_path(&mut self, purpose: DialogPurpose) {
        let request = self.file_request(purpose);
        self.path_entry = Some(PathEntry::new(purpose, request.start_dir()));
    }

    /// Shows the typed-in path window, if open, and uses the path it gives.
    pub(super) fn path_entry_ui(&mut self, ui: &Ui) {
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
}

pub(super) use seatplan_core::store::with_plan_extension;

/// The native file dialog (rfd), blocking its own thread.
pub(super) fn native_file_dialog(request: FileRequest) -> Option<PathBuf> {
    let purpose = request.purpose;
    let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
    if let Some(dir) = request.start_dir() {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = purpose.suggested_file_name() {
        dialog = dialog.set_file_name(name);
    }
    dialog = match purpose {
        DialogPurpose::New
        | DialogPurpose::Open
        | DialogPurpose::SaveCopy
        | DialogPurpose::RecoverFrom
        | DialogPurpose::RecoverTo
        | DialogPurpose::MergeFrom => {
            dialog.add_filter(t!("files-plan"), &[seatplan_core::store::EXTENSION])
        }
        DialogPurpose::Import(_) => {
            dialog.add_filter(t!("files-spreadsheets"), &["xlsx", "xls", "ods", "csv"])
        }
        DialogPurpose::ExportSeating => dialog.add_filter(t!("files-excel"), &["xlsx"]),
        DialogPurpose::ExportFloorPlan(_, _, format) => {
            let name = match format {
                FloorPlanFormat::Svg => t!("files-svg"),
                FloorPlanFormat::Png => t!("files-png"),
                FloorPlanFormat::Pdf => t!("files-pdf"),
            };
            dialog.add_filter(name, &[format.extension()])
        }
        DialogPurpose::Print(_) => dialog.add_filter(t!("files-pdf"), &["pdf"]),
        DialogPurpose::ExportEmails | DialogPurpose::TeamFolder => dialog,
    };
    match purpose.pick() {
        Pick::ExistingFile => dialog.pick_file(),
        Pick::NewFile => dialog.save_file(),
        Pick::Folder => dialog.pick_folder(),
    }
}

/// The suggested file name (without extension) of a printout, in the current language.
fn print_file_stem(printout: Printout) -> String {
    match printout {
        Printout::FloorPlan { .. } => t!("file-name-floor-plan"),
        Printout::SeatingByTable => t!("file-name-by-table"),
        Printout::GuestsAToZ => t!("file-name-a-z"),
        Printout::TableCards => t!("file-name-table-cards"),
        Printout::PlaceCards => t!("file-name-place-cards"),
    }
}
