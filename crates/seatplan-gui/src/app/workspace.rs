//! An open plan and the window's state around it, and the workspace's layout: banners, status
//! bar, the side panels, the floor plan, and the dialogs that belong to the plan.

use super::super::dialogs::{self, DeleteRequest};
use super::super::email::{EmailWindowState, email_window_ui};
use super::super::floor_plan::{FloorPlanState, floor_plan_ui};
use super::super::guests::{GuestsPanelState, guests_ui};
use super::super::import::{ImportChoice, ImportDialog, import_dialog_ui};
use super::super::inspector::{InspectorState, inspector_ui};
use super::super::logical_tables::{LogicalPanelState, logical_tables_ui};
use super::super::print::{PrintSource, PrintWindowState, print_window_ui};
use super::super::theme::{Palette, spacing};
use super::super::timeline::{TimelineState, timeline_ui};
use crate::{
    Action, AppAction, DocumentAction, GuestDrag, LogicalDrag, PanelContext, Selection, ViewAction,
};
use egui::{RichText, Ui};
use seatplan_core::domain::Plan;
use seatplan_core::history::{Document, HistoryPreview};
use seatplan_i18n::t;

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
    /// The merge dialog, when open.
    pub merge: Option<crate::merge_dialog::MergeDialog>,
    /// The guest email window.
    pub email: EmailWindowState,
    /// The print window.
    pub print: PrintWindowState,
    /// The "Seat automatically…" window.
    pub auto_seat: crate::auto_seat::AutoSeatState,
    /// The guest fields window.
    pub fields: crate::fields_window::FieldsWindowState,
    /// The plan's full path as the settings name it (for what is remembered per plan).
    pub settings_key: String,
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
            merge: None,
            email: EmailWindowState::default(),
            print: PrintWindowState::default(),
            auto_seat: crate::auto_seat::AutoSeatState::default(),
            fields: crate::fields_window::FieldsWindowState::default(),
            settings_key: String::new(),
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
            context.plan_name = t!(
                "print-as-of",
                plan = context.plan_name.as_str(),
                batch = as_of.batch.to_string()
            );
        }
        context
    }

    /// Whether nothing can be changed (the as-of view, or a file that can no longer be written).
    pub fn read_only(&self) -> bool {
        self.as_of.is_some() || self.doc.read_only_reason().is_some()
    }

    /// Drops selected things that no longer exist.
    pub(super) fn prune_selection(&mut self) {
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
            Selection::Room(_) | Selection::Logical(_) => Selection::None,
        };
        self.selection = match keep {
            Selection::Tables(t) if t.is_empty() => Selection::None,
            Selection::Guests(g) if g.is_empty() => Selection::None,
            other => other,
        };
    }
}

/// What the panels are given; from the workspace's fields (not `&Workspace`), so a panel's own
/// state can be borrowed mutably beside it.
fn panel_context<'a>(
    doc: &'a Document,
    as_of: Option<&'a AsOf>,
    selection: &'a Selection,
) -> PanelContext<'a> {
    // Changes whenever the shown plan may have changed (for the panels' caches).
    let events = doc.event_count() as u64;
    let version = match as_of {
        Some(a) => events.wrapping_mul(1_000_003).wrapping_add(a.batch + 1),
        None => events,
    };
    PanelContext {
        plan: shown_plan(as_of, doc),
        version,
        selection,
        read_only: as_of.is_some() || doc.read_only_reason().is_some(),
    }
}

/// The plan on screen (the as-of plan when viewing the past); a free function so panels can
/// borrow it while other workspace fields are borrowed mutably.
pub fn shown_plan<'a>(as_of: Option<&'a AsOf>, doc: &'a Document) -> &'a Plan {
    as_of.map_or(doc.plan(), |a| &a.plan)
}

/// The window with a plan open: banners, status bar, side panels, floor plan, dialogs.
/// Returns the widths of the left and right panels (remembered in the settings).
pub fn workspace_ui(
    ui: &mut Ui,
    ws: &mut Workspace,
    actions: &mut Vec<Action>,
    panels: Option<[f32; 2]>,
) -> [f32; 2] {
    let [left_width, right_width] = panels.unwrap_or([spacing::LEFT_PANEL, spacing::RIGHT_PANEL]);
    banners_ui(ui, ws, actions);
    status_bar_ui(ui, ws);
    let left = egui::Panel::left("left")
        .default_size(left_width)
        .min_size(240.0)
        .show(ui, |ui| left_panel_ui(ui, ws, actions));
    // The table of the guest under the pointer in the list lights up on the plan.
    ws.floor.hovered = ws.guests.hovered_table;
    let right = egui::Panel::right("right")
        .default_size(right_width)
        .min_size(280.0)
        .show(ui, |ui| right_panel_ui(ui, ws, actions));
    egui::CentralPanel::default_margins().show(ui, |ui| {
        let cx = panel_context(&ws.doc, ws.as_of.as_ref(), &ws.selection);
        floor_plan_ui(ui, &mut ws.floor, &cx, actions);
    });
    drag_label_ui(ui.ctx(), ws);
    workspace_dialogs_ui(ui, ws, actions);
    [left.response.rect.width(), right.response.rect.width()]
}

/// The banners on top: a file that can no longer be written, the as-of view.
fn banners_ui(ui: &mut Ui, ws: &Workspace, actions: &mut Vec<Action>) {
    if let Some(reason) = ws.doc.read_only_reason() {
        let frame = egui::Frame::new()
            .fill(ui.visuals().error_fg_color)
            .inner_margin(8.0);
        egui::Panel::top("read-only-banner")
            .frame(frame)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let text = t!("banner-read-only", reason = reason);
                    ui.label(RichText::new(text).color(egui::Color32::WHITE).strong());
                    if ui.button(t!("menu-save-copy")).clicked() {
                        actions.push(Action::App(AppAction::SaveCopyDialog));
                    }
                });
            });
    }
    if let Some(as_of) = &ws.as_of {
        let palette = Palette::for_visuals(ui.visuals());
        let frame = egui::Frame::new()
            .fill(palette.as_of_banner)
            .inner_margin(8.0);
        egui::Panel::top("as-of-banner")
            .frame(frame)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let text = t!(
                        "banner-as-of",
                        batch = as_of.batch.to_string(),
                        what = ws.doc.describe_batch(as_of.batch)
                    );
                    ui.label(RichText::new(text).color(palette.as_of_text).strong());
                    if ui.button(t!("banner-back-to-now")).clicked() {
                        actions.push(Action::View(ViewAction::BackToNow));
                    }
                });
            });
    }
}

/// The status bar: file, counts, over-capacity tables, skipped events.
fn status_bar_ui(ui: &mut Ui, ws: &Workspace) {
    egui::Panel::bottom("status").show(ui, |ui| {
        let plan = ws.shown_plan();
        ui.horizontal(|ui| {
            ui.label(ws.doc.path().display().to_string());
            ui.separator();
            ui.label(t!("status-events", count = ws.doc.event_count()));
            ui.separator();
            // "Seated" alone hid guests whose logical table has no physical table yet.
            let (total, seated) = (plan.guest_count(), plan.seated_count());
            let at_table = plan.at_a_table_count();
            ui.label(t!("status-at-table", at_table = at_table, total = total));
            if seated > at_table {
                ui.separator();
                let text = t!("status-without-table", count = seated - at_table);
                ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
            }
            if total > seated {
                ui.separator();
                ui.label(t!("status-unseated", count = total - seated));
            }
            ui.separator();
            let over = plan.over_capacity().len();
            let text = t!("status-over-capacity", count = over);
            if over > 0 {
                ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
            } else {
                ui.label(text);
            }
            ui.separator();
            let diagnostics = ws.doc.diagnostics().len();
            if diagnostics > 0 {
                let text = t!("status-diagnostics", count = diagnostics);
                ui.label(RichText::new(text).color(ui.visuals().warn_fg_color))
                    .on_hover_text(t!("status-diagnostics-tip"));
                ui.separator();
            }
            ui.label(t!("status-saved"));
        });
    });
}

/// The left panel: the guest list or the logical tables.
fn left_panel_ui(ui: &mut Ui, ws: &mut Workspace, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let guests = ui.selectable_value(&mut ws.left_tab, LeftTab::Guests, t!("tab-guests"));
        let logical = ui.selectable_value(
            &mut ws.left_tab,
            LeftTab::LogicalTables,
            t!("tab-logical-tables"),
        );
        // Guests dragged over the other tab open it, so they can be dropped on a logical table's
        // row (and a logical table dragged over "Guests" does not switch away from its list).
        if egui::DragAndDrop::has_payload_of_type::<GuestDrag>(ui.ctx()) {
            if logical.contains_pointer() {
                ws.left_tab = LeftTab::LogicalTables;
            } else if guests.contains_pointer() {
                ws.left_tab = LeftTab::Guests;
            }
        }
    });
    ui.separator();
    let cx = panel_context(&ws.doc, ws.as_of.as_ref(), &ws.selection);
    match ws.left_tab {
        LeftTab::Guests => guests_ui(ui, &mut ws.guests, &cx, actions),
        LeftTab::LogicalTables => logical_tables_ui(ui, &mut ws.logical, &cx, actions),
    }
}

/// The right panel: the inspector above the timeline.
fn right_panel_ui(ui: &mut Ui, ws: &mut Workspace, actions: &mut Vec<Action>) {
    let cx = panel_context(&ws.doc, ws.as_of.as_ref(), &ws.selection);
    egui::CollapsingHeader::new(RichText::new(t!("panel-inspector")).strong())
        .default_open(true)
        .show(ui, |ui| inspector_ui(ui, &mut ws.inspector, &cx, actions));
    ui.add_space(spacing::SECTION);
    ui.separator();
    ui.strong(t!("panel-timeline"));
    let as_of = ws.as_of.as_ref().map(|a| a.batch);
    timeline_ui(ui, &mut ws.timeline, &ws.doc, as_of, actions);
}

/// What is being dragged, next to the pointer.
fn drag_label_ui(ctx: &egui::Context, ws: &Workspace) {
    let Some(p) = ctx.pointer_interact_pos() else {
        return;
    };
    let text = if let Some(g) = egui::DragAndDrop::payload::<GuestDrag>(ctx) {
        Some(match g.guests.as_slice() {
            [one] => ws.shown_plan().guest(*one).map_or_else(String::new, |g| {
                t!("drag-seat-one", name = g.display_name())
            }),
            many => t!("drag-seat-many", count = many.len()),
        })
    } else {
        egui::DragAndDrop::payload::<LogicalDrag>(ctx).map(|l| {
            ws.shown_plan()
                .logical_table(l.0)
                .map_or_else(String::new, |l| t!("drag-assign", name = l.name.as_str()))
        })
    };
    let Some(text) = text else { return };
    egui::Area::new(egui::Id::unique("drag-label"))
        .fixed_pos(p + egui::vec2(16.0, 8.0))
        .order(egui::Order::Tooltip)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(text);
            });
        });
}

/// The plan's dialogs and windows: undo preview, import, email, print, delete confirmation.
fn workspace_dialogs_ui(ui: &mut Ui, ws: &mut Workspace, actions: &mut Vec<Action>) {
    if let Some(preview) = &ws.preview {
        dialogs::preview_dialog_ui(ui, &ws.doc, preview, actions);
    }
    if let Some(dialog) = &mut ws.import {
        match import_dialog_ui(ui, dialog, actions) {
            ImportChoice::Open => {}
            ImportChoice::Changed => dialog.refresh(ws.doc.plan()),
            ImportChoice::Import | ImportChoice::Cancel => ws.import = None,
        }
    }
    if let Some(dialog) = &ws.merge
        && crate::merge_dialog::merge_dialog_ui(ui, dialog, actions)
            == crate::merge_dialog::MergeChoice::Cancel
    {
        ws.merge = None;
    }
    let cx = panel_context(&ws.doc, ws.as_of.as_ref(), &ws.selection);
    email_window_ui(ui, &mut ws.email, &cx, actions);
    crate::auto_seat::auto_seat_window_ui(ui, &mut ws.auto_seat, &cx, actions);
    crate::fields_window::fields_window_ui(ui, &mut ws.fields, &cx, actions);
    // The header text (file name, clock) is only worked out while the window is open.
    if ws.print.open {
        let source = PrintSource {
            plan: cx.plan,
            version: cx.version,
            context: ws.print_context(),
            selected_room: match ws.selection {
                Selection::Room(id) => Some(id),
                Selection::None
                | Selection::Tables(_)
                | Selection::Logical(_)
                | Selection::Guests(_) => None,
            },
            as_of: ws.as_of.as_ref().map(|a| a.batch),
        };
        print_window_ui(ui, &mut ws.print, &source, actions);
    }
    if let Some(request) = &ws.confirm_delete {
        match dialogs::delete_dialog_ui(ui, request) {
            Some(true) => {
                actions.push(Action::Document(DocumentAction::Execute(
                    request.command.clone(),
                )));
                actions.push(Action::View(ViewAction::Select(Selection::None)));
                ws.confirm_delete = None;
            }
            Some(false) => ws.confirm_delete = None,
            None => {}
        }
    }
}
