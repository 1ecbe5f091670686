//! The logical tables list: name, VIP star, physical table number, seated/seats. Drag a row onto
//! a physical table to assign it; drop guests on a row to seat them there.

use super::theme::spacing;
use super::{Action, GuestDrag, LogicalDrag, Selection};
use crate::{DocumentAction, PanelContext, ViewAction};
use egui::{RichText, ScrollArea, Sense, TextEdit, Ui};
use seatplan_core::domain::{Command, LogicalTable};
use seatplan_i18n::t;

/// The panel's state.
#[derive(Clone, Debug, Default)]
pub struct LogicalPanelState {
    /// Name typed for a new logical table.
    pub new_name: String,
    /// Filter text.
    pub search: String,
}

/// Draws the logical tables list.
pub fn logical_tables_ui(
    ui: &mut Ui,
    state: &mut LogicalPanelState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    let plan = cx.plan;
    new_logical_ui(ui, state, cx.read_only, actions);
    ui.horizontal(|ui| {
        let label = ui.label(t!("logical-filter"));
        ui.add(TextEdit::singleline(&mut state.search).desired_width(f32::INFINITY))
            .labelled_by(label.id);
    });
    let seated = plan.seated_per_logical();
    let needle = state.search.trim().to_lowercase();
    let rows: Vec<_> = plan
        .logical_tables()
        .filter(|l| needle.is_empty() || l.name.to_lowercase().contains(&needle))
        .collect();
    let unassigned = plan
        .logical_tables()
        .filter(|l| l.physical.is_none())
        .count();
    ui.label(t!(
        "logical-summary",
        count = plan.logical_count(),
        unassigned = unassigned
    ));
    ui.separator();
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, spacing::ROW, rows.len(), |ui, range| {
            for logical in &rows[range] {
                let n = seated.get(&logical.id).copied().unwrap_or(0);
                logical_row_ui(ui, cx, logical, n, actions);
            }
        });
}

/// The name field and Create button for a new logical table.
fn new_logical_ui(
    ui: &mut Ui,
    state: &mut LogicalPanelState,
    read_only: bool,
    actions: &mut Vec<Action>,
) {
    ui.add_enabled_ui(!read_only, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label(t!("logical-new"));
            let response = ui
                .add(TextEdit::singleline(&mut state.new_name).desired_width(140.0))
                .labelled_by(label.id);
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(t!("logical-create")).clicked() || enter)
                && !state.new_name.trim().is_empty()
            {
                actions.push(Action::Document(DocumentAction::Execute(
                    Command::CreateLogicalTable {
                        name: state.new_name.trim().to_owned(),
                        vip: false,
                    },
                )));
                state.new_name.clear();
            }
        });
    });
}

/// One logical table: name, physical table and seats; click selects, drag assigns, guests
/// dropped here are seated at it.
fn logical_row_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    logical: &LogicalTable,
    n: u32,
    actions: &mut Vec<Action>,
) {
    let table = logical.physical.and_then(|t| cx.plan.table(t));
    let seats = table.map_or_else(|| "–".to_owned(), |t| t.seats.to_string());
    let name = RichText::new(format!(
        "{}{}",
        if logical.vip { "⭐ " } else { "" },
        logical.name
    ));
    let over = table.is_some_and(|t| n > t.seats);
    let selected = *cx.selection == Selection::Logical(logical.id);
    let mut detail = RichText::new(format!(
        "{}{}  ·  {n}/{seats}",
        if over {
            format!("⚠ {} · ", t!("logical-over"))
        } else {
            String::new()
        },
        table.map_or_else(
            || t!("logical-no-table"),
            |t| t!("logical-table", number = t.number.as_str())
        ),
    ))
    .small();
    // Red on the blue of a selected row cannot be read: there the words and weight say it.
    if over && selected {
        detail = detail.strong();
    } else if over {
        detail = detail.color(ui.visuals().error_fg_color);
    }
    let response = ui
        .add(
            egui::Button::selectable(selected, name)
                .right_text(detail)
                .min_size(egui::vec2(ui.available_width(), spacing::ROW - 2.0)),
        )
        .interact(Sense::click_and_drag())
        .on_hover_text(t!("logical-row-tip"));
    if response.clicked() {
        actions.push(Action::View(ViewAction::Select(Selection::Logical(
            logical.id,
        ))));
    }
    if response.drag_started() && !cx.read_only {
        egui::DragAndDrop::set_payload(ui.ctx(), LogicalDrag(logical.id));
    }
    if let Some(guests) = crate::released::<GuestDrag>(&response) {
        // Refused in the dispatcher, with the reason, while read-only.
        actions.push(Action::Document(DocumentAction::Execute(
            Command::SeatGuests {
                guests: guests.guests.clone(),
                logical: Some(logical.id),
            },
        )));
    }
}
