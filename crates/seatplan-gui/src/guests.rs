//! The guest list: search as you type, filters, counts, multi-selection, drag to seat, and a
//! small form to add a guest. Only visible rows are built, so 20,000 guests stay fluid.

use super::theme::spacing;
use super::{Action, GuestDrag, Selection};
use crate::{DocumentAction, PanelContext, ViewAction};
use egui::{Id, RichText, ScrollArea, Sense, TextEdit, Ui};
use seatplan_core::domain::collate::fold;
use seatplan_core::domain::collate::sort_by_name;
use seatplan_core::domain::{Command, Guest, GuestFields, GuestId, Plan};
use seatplan_i18n::t;
use std::collections::BTreeSet;

/// Which guests the list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum GuestFilter {
    /// Everybody.
    #[default]
    All,
    /// Guests without a seat.
    Unseated,
    /// VIP guests.
    Vip,
    /// Guests with this dietary need.
    Dietary(String),
    /// Guests whose custom field (by name) shows this value ("Shuttle = yes"), or is empty.
    Field {
        /// The field's name.
        field: String,
        /// The value as shown, or `None` for guests without one.
        value: Option<String>,
    },
}

impl GuestFilter {
    fn label(&self) -> String {
        match self {
            GuestFilter::All => t!("guests-all"),
            GuestFilter::Unseated => t!("sheet-unseated"),
            GuestFilter::Vip => "VIP".into(),
            GuestFilter::Dietary(d) => t!("guests-dietary", value = d.as_str()),
            GuestFilter::Field {
                field,
                value: Some(value),
            } => t!(
                "guests-field-is",
                field = field.as_str(),
                value = value.as_str()
            ),
            GuestFilter::Field { field, value: None } => {
                t!("guests-field-empty", field = field.as_str())
            }
        }
    }

    /// Whether `guest` passes the filter.
    fn keeps(&self, plan: &Plan, guest: &Guest) -> bool {
        match self {
            GuestFilter::All => true,
            GuestFilter::Unseated => guest.logical.is_none(),
            GuestFilter::Vip => guest.fields.vip,
            GuestFilter::Dietary(d) => guest.fields.dietary == *d,
            GuestFilter::Field { field, value } => {
                let shown = plan
                    .field_named(field)
                    .and_then(|f| guest.custom.get(&f.id))
                    .map(seatplan_core::domain::describe::field_value_label);
                shown == *value
            }
        }
    }
}

/// The guest panel's state.
#[derive(Clone, Debug, Default)]
pub struct GuestsPanelState {
    /// The search text.
    pub search: String,
    /// The active filter.
    pub filter: GuestFilter,
    /// Focus the search box on the next frame (Ctrl+F).
    pub focus_search: bool,
    /// The add-guest form, when open: first name, last name, email.
    pub new_guest: Option<(String, String, String)>,
    /// Cached list: the key it was computed for and the guest ids in display order.
    cache: Option<(CacheKey, Vec<GuestId>)>,
    /// The row last clicked (for shift-click ranges).
    anchor: Option<GuestId>,
    /// Dietary needs in the plan, with the plan version they were computed for.
    dietary: Option<(u64, Vec<String>)>,
    /// The table (and logical table) the search names, per (search, plan version).
    found: Option<((String, u64), FoundTable)>,
    /// The table of the guest under the pointer this frame (lit up on the plan).
    pub hovered_table: Option<seatplan_core::domain::TableId>,
    /// Guests whose wishes are unmet, with the plan version it was worked out for.
    unmet: Option<(u64, BTreeSet<GuestId>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct CacheKey {
    search: String,
    filter: GuestFilter,
    version: u64,
}

/// The id of the search box (focused by Ctrl+F).
pub fn search_id() -> Id {
    Id::unique("guest-search")
}

impl GuestsPanelState {
    /// The guests matching search and filter, sorted by last and first name. Recomputed only when
    /// the search, the filter or the plan (`version`) changed.
    pub fn visible(&mut self, plan: &Plan, version: u64) -> &[GuestId] {
        let key = CacheKey {
            search: self.search.clone(),
            filter: self.filter.clone(),
            version,
        };
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let rows = matching_guests(plan, &self.filter, &self.search);
            self.cache = Some((key, rows));
        }
        self.cache.as_ref().map_or(&[], |(_, ids)| ids.as_slice())
    }
}

/// The guests passing `filter` whose name, email, department, logical table, table number or
/// room contain every word of `search` (accents and case aside: "ozdemir" finds "Özdemir");
/// in name order, but guests at a logical table named exactly `search` — or at the table of that
/// number ("22", "T22", "table 22") — first: "Entwicklung 3" lists Entwicklung 3 before 13.
pub fn matching_guests(plan: &Plan, filter: &GuestFilter, search: &str) -> Vec<GuestId> {
    let needle = fold(search.trim());
    // "T23" is the table numbered T23 where there is one, else table 23.
    let number = if plan.tables().any(|t| fold(&t.number) == needle) {
        needle.clone()
    } else {
        table_number_asked(&needle)
    };
    let mut rows: Vec<(bool, &Guest)> = plan
        .guests()
        .filter(|g| filter.keeps(plan, g))
        .filter_map(|g| {
            if needle.is_empty() {
                return Some((false, g));
            }
            let place = plan.place_of(g);
            let logical = place.logical.map_or("", |l| l.name.as_str());
            let table = place.table.map_or("", |t| t.number.as_str());
            let exact = fold(logical) == needle || (!table.is_empty() && fold(table) == number);
            let f = &g.fields;
            // Text of the custom fields too ("late", "XL"; yes/no fields by their name).
            let custom: Vec<String> = plan
                .fields()
                .iter()
                .filter_map(|field| match g.custom.get(&field.id)? {
                    seatplan_core::domain::FieldValue::Bool(true) => Some(field.name.clone()),
                    seatplan_core::domain::FieldValue::Bool(false) => None,
                    other => Some(seatplan_core::domain::describe::field_value_label(other)),
                })
                .collect();
            let hay = fold(&format!(
                "{} {} {} {} {logical} table {table} t{table} {} {}",
                f.first_name,
                f.last_name,
                f.email.as_deref().unwrap_or(""),
                f.department,
                place.room.map_or("", |r| r.name.as_str()),
                custom.join(" "),
            ));
            (exact || needle.split_whitespace().all(|word| hay.contains(word)))
                .then_some((exact, g))
        })
        .collect();
    let mut guests: Vec<&Guest> = rows.iter().map(|(_, g)| *g).collect();
    sort_by_name(&mut guests);
    let order: std::collections::HashMap<GuestId, usize> =
        guests.iter().enumerate().map(|(i, g)| (g.id, i)).collect();
    rows.sort_by_key(|(exact, g)| (!exact, order.get(&g.id).copied()));
    rows.into_iter().map(|(_, g)| g.id).collect()
}

/// The table number a search asks for: "22", "t22", "table 22", "tisch 22" → "22".
fn table_number_asked(needle: &str) -> String {
    let rest = ["table ", "tisch ", "tisch", "table", "t"]
        .iter()
        .find_map(|prefix| needle.strip_prefix(prefix))
        .filter(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(needle);
    rest.trim().to_owned()
}

/// Draws the guest panel.
pub fn guests_ui(
    ui: &mut Ui,
    state: &mut GuestsPanelState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    state.hovered_table = None;
    search_ui(ui, state);
    found_table_ui(ui, state, cx, actions);
    filter_ui(ui, state, cx);
    let visible: Vec<GuestId> = state.visible(cx.plan, cx.version).to_vec();
    if state.unmet.as_ref().is_none_or(|(v, _)| *v != cx.version) {
        let unmet = seatplan_core::seating::unmet_in(cx.plan)
            .into_keys()
            .collect();
        state.unmet = Some((cx.version, unmet));
    }
    let (total, seated) = (cx.plan.guest_count(), cx.plan.seated_count());
    ui.label(t!(
        "guests-summary",
        shown = visible.len(),
        total = total,
        seated = seated,
        unseated = total - seated
    ));
    buttons_ui(ui, state, cx, actions);
    new_guest_form_ui(ui, state, actions);
    ui.separator();
    let list = ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, spacing::ROW, visible.len(), |ui, range| {
            for id in range.filter_map(|index| visible.get(index).copied()) {
                guest_row_ui(ui, state, cx, &visible, id, actions);
            }
        });
    unseat_on_drop(ui, list.inner_rect, actions);
}

/// The search field (Ctrl+F focuses it).
fn search_ui(ui: &mut Ui, state: &mut GuestsPanelState) {
    let label = ui.label(t!("key-find"));
    let search = ui.add(
        TextEdit::singleline(&mut state.search)
            .id(search_id())
            .hint_text(t!("guests-search-hint"))
            .desired_width(f32::INFINITY),
    );
    let search = search.labelled_by(label.id);
    if state.focus_search {
        search.request_focus();
        state.focus_search = false;
    }
}

/// Find: when the search names a table — its number ("54", "T54") or a logical table exactly
/// ("VIP 3") — a line says which table it is, where, and who holds it, with Show on plan.
fn found_table_ui(
    ui: &mut Ui,
    state: &mut GuestsPanelState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    if state.search.trim().is_empty() {
        return;
    }
    let key = (state.search.clone(), cx.version);
    if state.found.as_ref().is_none_or(|(k, _)| *k != key) {
        let hit = find_table(cx.plan, &fold(state.search.trim()));
        state.found = Some((key, hit));
    }
    let Some((_, (table, logical))) = &state.found else {
        return;
    };
    let table = table.and_then(|t| cx.plan.table(t));
    let logical = logical.and_then(|l| cx.plan.logical_table(l));
    let text = match (table, logical) {
        (Some(t), _) => {
            let room = cx.plan.room(t.room).map_or("", |r| r.name.as_str());
            let holder = cx.plan.holder_of(t.id).map_or_else(
                || t!("guests-free"),
                |l| t!("quoted", text = l.name.as_str()),
            );
            t!(
                "guests-found-table",
                number = t.number.as_str(),
                room = room,
                holder = holder
            )
        }
        (None, Some(l)) => t!("guests-found-logical", name = l.name.as_str()),
        (None, None) => return,
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(text).strong());
        if let Some(t) = table
            && ui.button(t!("inspector-show-on-plan")).clicked()
        {
            actions.push(Action::View(ViewAction::ShowTable(t.id)));
        }
    });
    state.hovered_table = state.hovered_table.or(table.map(|t| t.id));
}

/// A table a search names, and its logical table.
type FoundTable = (
    Option<seatplan_core::domain::TableId>,
    Option<seatplan_core::domain::LogicalId>,
);

/// The table a search names — by number ("54", "T54") or as an exact logical table name —
/// and that logical table, if any.
fn find_table(plan: &Plan, needle: &str) -> FoundTable {
    let by_number = plan
        .tables()
        .find(|t| fold(&t.number) == needle)
        .or_else(|| {
            let number = table_number_asked(needle);
            plan.tables().find(|t| fold(&t.number) == number)
        });
    let logical = plan.logical_tables().find(|l| fold(&l.name) == needle);
    let table = by_number
        .map(|t| t.id)
        .or_else(|| logical.and_then(|l| l.physical));
    (table, logical.map(|l| l.id))
}

/// The "Show" filter: everybody, unseated, VIP, or one of the plan's dietary needs.
fn filter_ui(ui: &mut Ui, state: &mut GuestsPanelState, cx: &PanelContext<'_>) {
    // The dietary needs in the plan (for the filter), recomputed only when the plan changed.
    if state.dietary.as_ref().is_none_or(|(v, _)| *v != cx.version) {
        let mut needs: Vec<String> = cx
            .plan
            .guests()
            .filter(|g| !g.fields.dietary.is_empty())
            .map(|g| g.fields.dietary.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        needs.truncate(30);
        state.dietary = Some((cx.version, needs));
    }
    let dietary = state
        .dietary
        .as_ref()
        .map(|(_, d)| d.clone())
        .unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label(t!("guests-show"));
        egui::ComboBox::from_id_salt("guest-filter")
            .selected_text(state.filter.label())
            .show_ui(ui, |ui| {
                let mut options = vec![GuestFilter::All, GuestFilter::Unseated, GuestFilter::Vip];
                options.extend(dietary.into_iter().map(GuestFilter::Dietary));
                // Each custom field's values, and "empty".
                let summary = seatplan_core::io::export::field_summary(cx.plan);
                for field in cx.plan.fields() {
                    options.extend(summary.iter().filter(|c| c.field == field.name).map(|c| {
                        GuestFilter::Field {
                            field: field.name.clone(),
                            value: Some(c.value.clone()),
                        }
                    }));
                    options.push(GuestFilter::Field {
                        field: field.name.clone(),
                        value: None,
                    });
                }
                for option in options {
                    let text = option.label();
                    ui.selectable_value(&mut state.filter, option, text);
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// Add guest, Unseat and Delete for the selected guests.
fn buttons_ui(
    ui: &mut Ui,
    state: &mut GuestsPanelState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    let selected = cx.selection.guests();
    ui.add_enabled_ui(!cx.read_only, |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("guests-add")).clicked() {
                state.new_guest = Some(Default::default());
            }
            let any = !selected.is_empty();
            if ui
                .add_enabled(any, egui::Button::new(t!("guests-unseat")))
                .clicked()
            {
                actions.push(Action::Document(DocumentAction::Execute(
                    Command::SeatGuests {
                        guests: selected.iter().copied().collect(),
                        logical: None,
                    },
                )));
            }
            if ui
                .add_enabled(any, egui::Button::new(t!("guests-delete")))
                .clicked()
            {
                actions.push(Action::Document(DocumentAction::RequestDelete));
            }
            let pinned = selected
                .iter()
                .all(|g| cx.plan.guest(*g).is_some_and(|g| g.pinned));
            let pin_label = if any && pinned {
                t!("guests-unpin")
            } else {
                t!("guests-pin")
            };
            if ui
                .add_enabled(any, egui::Button::new(pin_label))
                .on_hover_text(t!("wish-pinned-tip"))
                .clicked()
            {
                actions.push(Action::Document(DocumentAction::Execute(
                    Command::PinGuests {
                        guests: selected.iter().copied().collect(),
                        pinned: !pinned,
                    },
                )));
            }
            if ui.button(t!("menu-auto-seat")).clicked() {
                actions.push(Action::View(ViewAction::ShowAutoSeat));
            }
        });
    });
}

/// One row of the list: name and table; click selects (Shift: a range, Ctrl: one more), a drag
/// carries the selected guests (or this one).
fn guest_row_ui(
    ui: &mut Ui,
    state: &mut GuestsPanelState,
    cx: &PanelContext<'_>,
    visible: &[GuestId],
    id: GuestId,
    actions: &mut Vec<Action>,
) {
    let Some(guest) = cx.plan.guest(id) else {
        return;
    };
    let place = cx.plan.place_of(guest);
    let table = match (place.logical, place.table) {
        (None, _) => t!("guests-unseated"),
        (Some(l), None) => t!("guests-no-table", name = l.name.as_str()),
        (Some(l), Some(t)) => format!("{} · {}", l.name, t.number),
    };
    let unmet = state
        .unmet
        .as_ref()
        .is_some_and(|(_, set)| set.contains(&id));
    let name = RichText::new(format!(
        "{}{}{}{}, {}",
        if unmet { "⚠ " } else { "" },
        if guest.pinned { "📌 " } else { "" },
        if guest.fields.vip { "⭐ " } else { "" },
        guest.fields.last_name,
        guest.fields.first_name,
    ));
    let mut table = RichText::new(table).small();
    if guest.logical.is_none() {
        table = table.italics().weak();
    } else if place.table.is_none() {
        table = table.italics().color(ui.visuals().warn_fg_color);
    }
    let selected = cx.selection.guests();
    let response = ui
        .add(
            egui::Button::selectable(selected.contains(&id), name)
                .right_text(table)
                .truncate()
                .min_size(egui::vec2(ui.available_width(), spacing::ROW - 2.0)),
        )
        .interact(Sense::click_and_drag())
        // Built only while hovered, not for every visible row every frame.
        .on_hover_ui(|ui| {
            ui.label(hover_text(guest));
            ui.label(place.long());
            if guest.pinned {
                ui.label(t!("guests-pinned-tip"));
            }
            if unmet {
                let plan = cx.plan;
                let list = seatplan_core::seating::unmet_in(plan)
                    .remove(&id)
                    .unwrap_or_default();
                for (other, wish) in &list {
                    let text = seatplan_core::seating::unmet_text(plan, *other, wish);
                    ui.label(RichText::new(format!("⚠ {text}")).color(ui.visuals().warn_fg_color));
                }
            }
        });
    if response.hovered() {
        // Their table lights up on the plan (drawn after this list in the same frame).
        state.hovered_table = place.table.map(|t| t.id);
    }
    if response.clicked() {
        let (shift, command) = ui.input(|i| (i.modifiers.shift, i.modifiers.command));
        let next = clicked_selection(state.anchor, &selected, visible, id, shift, command);
        state.anchor = Some(id);
        actions.push(Action::View(ViewAction::Select(Selection::Guests(next))));
    }
    if response.drag_started() && !cx.read_only {
        let dragged: Vec<GuestId> = if selected.contains(&id) {
            selected.iter().copied().collect()
        } else {
            actions.push(Action::View(ViewAction::Select(Selection::guest(id))));
            vec![id]
        };
        let payload = GuestDrag {
            guests: dragged,
            from_list: true,
        };
        egui::DragAndDrop::set_payload(ui.ctx(), payload);
    }
}

/// The selection after a click on `id`: Shift extends from the anchor, Ctrl toggles one.
fn clicked_selection(
    anchor: Option<GuestId>,
    selected: &BTreeSet<GuestId>,
    visible: &[GuestId],
    id: GuestId,
    shift: bool,
    command: bool,
) -> BTreeSet<GuestId> {
    let mut next = if command || shift {
        selected.clone()
    } else {
        BTreeSet::new()
    };
    if shift
        && let Some(anchor) = anchor
        && let (Some(a), Some(b)) = (
            visible.iter().position(|g| *g == anchor),
            visible.iter().position(|g| *g == id),
        )
    {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        next.extend(visible[lo..=hi].iter().copied());
    } else if command && next.contains(&id) {
        next.remove(&id);
    } else {
        next.insert(id);
    }
    next
}

/// Guests dragged here from a table (in the inspector) leave their table.
fn unseat_on_drop(ui: &mut Ui, area: egui::Rect, actions: &mut Vec<Action>) {
    let drop = ui.interact(area, ui.scope_id().with("guest-list-drop"), Sense::hover());
    let Some(drag) = crate::released::<GuestDrag>(&drop) else {
        return;
    };
    if drag.from_list {
        return;
    }
    // Refused in the dispatcher, with the reason, while read-only.
    actions.push(Action::Document(DocumentAction::Execute(
        Command::SeatGuests {
            guests: drag.guests.clone(),
            logical: None,
        },
    )));
}

fn hover_text(guest: &seatplan_core::domain::Guest) -> String {
    let f = &guest.fields;
    let mut lines = vec![format!("{} {}", f.first_name, f.last_name)];
    if let Some(email) = &f.email {
        lines.push(email.clone());
    }
    for (label, value) in [
        (t!("col-department"), &f.department),
        (t!("col-dietary"), &f.dietary),
        (t!("inspector-group"), &f.group),
        (t!("inspector-notes"), &f.notes),
    ] {
        if !value.is_empty() {
            lines.push(format!("{label}: {value}"));
        }
    }
    lines.push(t!("guests-drag-tip"));
    lines.join("\n")
}

fn new_guest_form_ui(ui: &mut Ui, state: &mut GuestsPanelState, actions: &mut Vec<Action>) {
    let Some((first, last, email)) = &mut state.new_guest else {
        return;
    };
    let mut close = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong(t!("guests-new"));
        egui::Grid::new("new-guest").num_columns(2).show(ui, |ui| {
            for (label, value) in [
                (t!("col-first-name"), &mut *first),
                (t!("col-last-name"), &mut *last),
                (t!("col-email"), &mut *email),
            ] {
                let l = ui.label(label);
                ui.add(TextEdit::singleline(value).desired_width(180.0))
                    .labelled_by(l.id);
                ui.end_row();
            }
        });
        ui.horizontal(|ui| {
            if ui.button(t!("guests-add-button")).clicked() {
                actions.push(Action::Document(DocumentAction::Execute(
                    Command::AddGuest(GuestFields {
                        first_name: first.clone(),
                        last_name: last.clone(),
                        email: Some(email.clone()).filter(|e| !e.trim().is_empty()),
                        ..GuestFields::default()
                    }),
                )));
                close = true;
            }
            if ui.button(t!("button-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close {
        state.new_guest = None;
    }
}
