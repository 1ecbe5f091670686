//! The desktop window (eframe/egui): a thin front end over the core.
//!
//! Every panel reads the plan and pushes [`Action`]s; [`app::SeatplanApp`] applies them once per
//! frame through the single path of change (`Document::execute` and friends). No panel changes
//! the plan itself; a drag makes one command at release, not one per frame.

pub mod app;
pub mod auto_seat;
pub mod custom_fields;
pub mod dialogs;
pub mod email;
pub mod fields_window;
pub mod floor_plan;
pub mod guest_columns;
pub mod guests;
pub mod import;
pub mod inspector;
pub mod keys;
pub mod logical_tables;
pub mod merge_dialog;
pub mod path_entry;
pub mod print;
pub mod settings;
pub mod start;
pub mod theme;
pub mod timeline;
pub mod wishes;

use seatplan_core::domain::{Command, GuestId, LogicalId, Plan, RoomId, TableId};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// What is selected in the window (the inspector shows it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing.
    #[default]
    None,
    /// One room.
    Room(RoomId),
    /// One or more physical tables.
    Tables(BTreeSet<TableId>),
    /// One logical table.
    Logical(LogicalId),
    /// One or more guests.
    Guests(BTreeSet<GuestId>),
}

impl Selection {
    /// A selection of one table.
    pub fn table(id: TableId) -> Selection {
        Selection::Tables(BTreeSet::from([id]))
    }

    /// A selection of one guest.
    pub fn guest(id: GuestId) -> Selection {
        Selection::Guests(BTreeSet::from([id]))
    }

    /// The selected tables (empty unless tables are selected).
    pub fn tables(&self) -> BTreeSet<TableId> {
        match self {
            Selection::Tables(t) => t.clone(),
            _ => BTreeSet::new(),
        }
    }

    /// The selected guests (empty unless guests are selected).
    pub fn guests(&self) -> BTreeSet<GuestId> {
        match self {
            Selection::Guests(g) => g.clone(),
            _ => BTreeSet::new(),
        }
    }
}

/// What every panel is given: the plan on screen and how it may be used.
#[derive(Clone, Copy)]
pub struct PanelContext<'a> {
    /// The plan shown (the past one in the as-of view).
    pub plan: &'a Plan,
    /// Changes whenever the shown plan may have changed (for the panels' caches).
    pub version: u64,
    /// What is selected.
    pub selection: &'a Selection,
    /// Nothing can be changed (the as-of view, or a file that can no longer be written).
    pub read_only: bool,
}

/// Something the user asked for; applied by the app after the panels are drawn. Split by what
/// it changes, and dispatched with exhaustive matches (no `_ =>`): a new action that nobody
/// handles does not compile.
#[derive(Clone, Debug)]
pub enum Action {
    /// A change to the plan or its history (through `Document`).
    Document(DocumentAction),
    /// A change to what the window shows (selection, as-of view, windows) — never the plan.
    View(ViewAction),
    /// Files, dialogs and the application itself.
    App(AppAction),
}

/// Changes to the plan or its history; each goes through `Document`.
#[derive(Clone, Debug)]
// An action lives for one frame; boxing the command would only add an allocation per click.
#[allow(clippy::large_enum_variant)]
pub enum DocumentAction {
    /// Run a command through the core.
    Execute(Command),
    /// Show the undo preview of a batch.
    PreviewUndo(u64),
    /// Show the redo preview of a batch.
    PreviewRedo(u64),
    /// Commit the open preview.
    CommitPreview,
    /// Close the open preview without changing anything.
    CancelPreview,
    /// Undo the most recent action (Ctrl+Z), through the preview when it has consequences.
    UndoLatest,
    /// Redo the most recently undone action (Ctrl+Shift+Z / Ctrl+Y).
    RedoLatest,
    /// Ask before deleting the selection.
    RequestDelete,
    /// Write the merge shown in the merge dialog.
    CommitMerge,
}

/// Changes to what the window shows.
#[derive(Clone, Debug)]
pub enum ViewAction {
    /// Show the plan as of a batch, read-only.
    ViewAsOf(u64),
    /// Leave the as-of view.
    BackToNow,
    /// Change the selection.
    Select(Selection),
    /// Select the timeline entry of a batch (and highlight what it touched).
    SelectBatch(Option<u64>),
    /// Show the guest email window.
    ShowEmailWindow,
    /// Show the print window.
    ShowPrintWindow,
    /// Show the "Seat automatically…" window.
    ShowAutoSeat,
    /// Show the guest fields window.
    ShowFields,
    /// Centre the floor plan on a table and highlight it ("Show on plan").
    ShowTable(TableId),
}

/// Files, dialogs and the application.
#[derive(Clone, Debug)]
pub enum AppAction {
    /// Show a message (for a while).
    Notify(String),
    /// Show a problem (marked, until dismissed).
    Warn(String),
    /// Ask for a new plan's file name.
    NewPlanDialog,
    /// Ask for a plan to open.
    OpenPlanDialog,
    /// Open this plan file.
    OpenPath(PathBuf),
    /// Open (writing it first if needed) the demo plan in the data folder.
    OpenDemo,
    /// Close the plan and show the start screen.
    ClosePlan,
    /// Ask for a spreadsheet to import.
    ImportDialog(import::ImportKind),
    /// Ask where to write the seating lists.
    ExportSeatingDialog,
    /// Ask for a folder for the guest emails.
    ExportEmailsDialog,
    /// Ask where to write a printout as PDF.
    PrintDialog(seatplan_print::Printout),
    /// Ask where to write the floor plan (the whole venue or one room) as SVG or PNG.
    ExportFloorPlanDialog(
        Option<seatplan_core::domain::RoomId>,
        seatplan_print::Paper,
        seatplan_print::FloorPlanFormat,
    ),
    /// Open a file or folder with the desktop's default application.
    OpenExternally(PathBuf),
    /// Ask where to save a copy of the plan.
    SaveCopyDialog,
    /// Ask for a damaged plan and where to write what it still holds.
    RecoverDialog,
    /// Ask for another copy of the plan and preview merging it.
    MergeDialog,
    /// Ask for the team folder.
    TeamFolderDialog,
    /// Stop sharing through the team folder.
    StopTeamFolder,
    /// Preview merging a colleague's copy from the team folder.
    ReviewTeamCopy(PathBuf),
    /// Not now: put the offer of a colleague's copy off until it changes again.
    DismissTeamCopy(PathBuf),
    /// Offer again the colleagues' copies put off.
    ShowPutOffTeamCopies,
    /// Restore a backup as a new plan file and open it.
    RestoreBackup(seatplan_core::backup::Backup),
    /// Show the keyboard shortcuts.
    ShowShortcuts,
    /// Show the about box.
    ShowAbout,
    /// Open the log folder in the file manager.
    OpenLogFolder,
    /// Use this colour theme (and remember it).
    SetTheme(settings::ThemeChoice),
    /// Use this language ("de"; `None`: the system's), at once, and remember it.
    SetLanguage(Option<String>),
}

/// The payload of type `P` dropped on `response` this frame, if that is what is being carried.
///
/// egui's `Response::dnd_release_payload` takes the payload out *before* it checks its type, so
/// asking for guests first destroyed a logical table being dropped on the same widget — which is
/// why dragging a logical table onto a table did nothing. Every drop zone asks through here.
pub fn released<P: std::any::Any + Send + Sync>(
    response: &egui::Response,
) -> Option<std::sync::Arc<P>> {
    if egui::DragAndDrop::has_payload_of_type::<P>(&response.ctx) {
        response.dnd_release_payload::<P>()
    } else {
        None
    }
}

/// Drag-and-drop payload: guests being dragged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuestDrag {
    /// The guests.
    pub guests: Vec<GuestId>,
    /// Dragged out of the guest list (dropping them back there does nothing); otherwise from a
    /// table's guest list in the inspector (dropping them on the guest list unseats them).
    pub from_list: bool,
}

/// Drag-and-drop payload: a logical table being dragged (from its list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogicalDrag(pub LogicalId);

/// Opens the main window; `file` is opened right away when given.
pub fn run(file: Option<PathBuf>) -> Result<(), WindowError> {
    let remembered = settings::Settings::load(&seatplan_core::paths::data_dir());
    // SEATPLAN_LANG, else the language chosen in View → Language, else the system's.
    seatplan_i18n::init(remembered.language.as_deref());
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("seatplan")
        .with_inner_size([1440.0, 900.0])
        .with_min_inner_size([900.0, 600.0])
        .with_icon(app::icon());
    if let Some([x, y, w, h]) = remembered.window
        && w >= 400.0
        && h >= 300.0
    {
        viewport = viewport.with_position([x, y]).with_inner_size([w, h]);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "seatplan",
        options,
        Box::new(move |cc| Ok(Box::new(app::SeatplanApp::new(cc, file)))),
    )
    .map_err(|e| WindowError(e.to_string()))
}

/// The window could not be opened (no display, no OpenGL…).
#[derive(Debug, thiserror::Error)]
#[error("{}", seatplan_i18n::t!("window-failed", error = .0.as_str()))]
pub struct WindowError(String);
