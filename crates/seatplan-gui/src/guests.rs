//! The guest list: search as you type, filters, counts, multi-selection, drag to seat, and a
//! small form to add a guest; columns of the guest's fields ([`crate::guest_columns`]) and a
//! header that sorts. Only visible rows are built, so 20,000 guests stay fluid.

use super::theme::spacing;
use super::{Action, GuestDrag, Selection};
use crate::guest_columns::{GuestColumn, GuestSort, SortBy};
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
    /// Guests with any value in a custom field (by name): a number or a text field.
    FieldFilled(String),
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
            GuestFilter::FieldFilled(field) => t!("guests-field-filled", field = field.as_str()),
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
            GuestFilter::FieldFilled(field) => plan
                .field_named(field)
                .is_some_and(|f| guest.custom.contains_key(&f.id)),
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
    /// The columns shown beside name and table (remembered per plan in the settings).
    pub columns: Vec<GuestColumn>,
    /// The order of the list.
    pub sort: GuestSort,
    /// The widest text seen in the table column (`None`) and each chosen column, so a column
    /// is as wide as its longest value (within limits); kept while the columns stay the same.
    widths: std::collections::HashMap<Option<GuestColumn>, f32>,
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
    sort: GuestSort,
    version: u64,
}

/// The id of the search box (focused by Ctrl+F).
pub fn search_id() -> Id {
    Id::unique("guest-search")
}

impl GuestsPanelState {
    /// The guests matching search and filter, in the chosen order (by last and first name unless
    /// a header was clicked). Recomputed only when the search, the filter, the order or the plan
    /// (`version`) changed.
    pub fn visible(&mut self, plan: &Plan, version: u64) -> &[GuestId] {
        let key = CacheKey {
            search: self.search.clone(),
            filter: self.filter.clone(),
            sort: self.sort,
            version,
        };
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut rows = matching_guests(plan, &self.filter, &self.search);
            self.sort.apply(plan, &mut rows);
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
    // The chosen columns whose field still exists, with their headers.
    let columns: Vec<(GuestColumn, String)> = state
        .columns
        .iter()
        .filter_map(|c| Some((*c, c.header(cx.plan)?)))
        .collect();
    state
        .widths
        .retain(|c, _| c.is_none_or(|c| state.columns.contains(&c)));
    let widths = column_widths(ui, state, &columns);
    header_ui(ui, state, &columns, &widths);
    let list = ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, spacing::ROW, visible.len(), |ui, range| {
            for id in range.filter_map(|index| visible.get(index).copied()) {
                guest_row_ui(ui, state, cx, &visible, (&columns, &widths), id, actions);
            }
        });
    unseat_on_drop(ui, list.inner_rect, actions);
}

/// Space between cells, and the limits of a column's width (points).
const GAP: f32 = 8.0;
const MIN_WIDTH: f32 = 28.0;
const MAX_WIDTH: f32 = 150.0;

/// The least room the name keeps when columns are shown (points).
const NAME_MIN: f32 = 110.0;

/// The widths of the table column and each chosen column: the widest of its header and the
/// values seen so far, within limits — and all narrowed alike when the panel is too narrow for
/// them and [`NAME_MIN`] of name, so that cells never overlap (their text then ends in "…").
fn column_widths(ui: &Ui, state: &GuestsPanelState, columns: &[(GuestColumn, String)]) -> Vec<f32> {
    let wanted = wanted_widths(ui, state, columns);
    let gaps = GAP * wanted.len() as f32 + 8.0;
    let room = (ui.available_width() - NAME_MIN - gaps).max(0.0);
    let total: f32 = wanted.iter().sum();
    if total <= room {
        return wanted;
    }
    let scale = room / total;
    wanted.iter().map(|w| (w * scale).max(16.0)).collect()
}

/// [`column_widths`] before fitting them to the panel.
fn wanted_widths(ui: &Ui, state: &GuestsPanelState, columns: &[(GuestColumn, String)]) -> Vec<f32> {
    let header_width = |text: String| {
        let text = RichText::new(format!("{text} ▼")).small().strong();
        egui::WidgetText::from(text)
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Button,
            )
            .size()
            .x
    };
    std::iter::once((None, t!("col-table")))
        .chain(columns.iter().map(|(c, h)| (Some(*c), h.clone())))
        .map(|(column, header)| {
            let seen = state.widths.get(&column).copied().unwrap_or(0.0);
            header_width(header).max(seen).clamp(MIN_WIDTH, MAX_WIDTH)
        })
        .collect()
}

/// The cells of a row from the right — each chosen column, the table — at `widths` (table
/// first), and the name's: the rest, never narrower than 60 points.
fn cells(row: egui::Rect, widths: &[f32]) -> (Vec<egui::Rect>, egui::Rect) {
    let mut right = row.right() - 4.0;
    let mut rects = Vec::with_capacity(widths.len());
    for width in widths.iter().rev() {
        let left = right - width;
        rects.push(egui::Rect::from_x_y_ranges(left..=right, row.y_range()));
        right = left - GAP;
    }
    rects.reverse();
    let name_right = right.max(row.left() + 60.0);
    let name = egui::Rect::from_x_y_ranges((row.left() + 4.0)..=name_right, row.y_range());
    (rects, name)
}

/// The header: Name, Table and each chosen column; a click sorts by it, a second reverses.
fn header_ui(
    ui: &mut Ui,
    state: &mut GuestsPanelState,
    columns: &[(GuestColumn, String)],
    widths: &[f32],
) {
    let (row, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), spacing::ROW - 4.0),
        Sense::hover(),
    );
    let (rects, name) = cells(row, widths);
    let mut headers = vec![(SortBy::Name, t!("col-name"), name, egui::Align::Min)];
    let by = std::iter::once(SortBy::Table).chain(columns.iter().map(|(c, _)| SortBy::Column(*c)));
    let texts = std::iter::once(t!("col-table")).chain(columns.iter().map(|(_, h)| h.clone()));
    for ((by, text), rect) in by.zip(texts).zip(rects) {
        // The table's values are right-aligned, so is its header.
        let align = if by == SortBy::Table {
            egui::Align::Max
        } else {
            egui::Align::Min
        };
        headers.push((by, text, rect, align));
    }
    for (by, header, rect, align) in headers {
        let text = RichText::new(format!("{header}{}", state.sort.arrow(by)))
            .small()
            .strong();
        let layout = egui::Layout::left_to_right(egui::Align::Center).with_main_align(align);
        let clicked = ui
            .scope_builder(egui::UiBuilder::new().max_rect(rect).layout(layout), |ui| {
                ui.add(egui::Button::new(text).frame(false).truncate())
                    .on_hover_text(t!("guests-sort-tip"))
                    .clicked()
            })
            .inner;
        if clicked {
            state.sort = state.sort.clicked(by);
        }
    }
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
                    // Yes/no and choices by value; numbers and texts (too many values to list)
                    // as filled in or not.
                    options.extend(
                        summary
                            .iter()
                            .filter(|c| c.field == field.name && !c.aggregate)
                            .map(|c| GuestFilter::Field {
                                field: field.name.clone(),
                                value: Some(c.value.clone()),
                            }),
                    );
                    if summary.iter().any(|c| c.field == field.name && c.aggregate) {
                        options.push(GuestFilter::FieldFilled(field.name.clone()));
                    }
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
        columns_menu_ui(ui, state, cx.plan);
    });
}

/// Columns ▾: a checkbox per column the plan offers (built-in fields, then custom ones).
fn columns_menu_ui(ui: &mut Ui, state: &mut GuestsPanelState, plan: &Plan) {
    // Stays open while boxes are ticked; a click outside closes it.
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let button = egui::containers::menu::MenuButton::new(format!("{} ⏷", t!("guests-columns")))
        .config(config);
    button.ui(ui, |ui| {
        let available = GuestColumn::available(plan);
        for column in available.iter().copied() {
            let Some(header) = column.header(plan) else {
                continue;
            };
            let mut shown = state.columns.contains(&column);
            if ui.checkbox(&mut shown, header).changed() {
                if shown {
                    // In the plan's order, whatever order they were ticked in.
                    state.columns.push(column);
                    state
                        .columns
                        .sort_by_key(|c| available.iter().position(|a| a == c));
                } else {
                    state.columns.retain(|c| *c != column);
                    if state.sort.by == SortBy::Column(column) {
                        state.sort = GuestSort::default();
                    }
                }
            }
        }
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

/// One row of the list: name, table and the chosen columns; click selects (Shift: a range,
/// Ctrl: one more), a drag carries the selected guests (or this one).
fn guest_row_ui(
    ui: &mut Ui,
    state: &mut GuestsPanelState,
    cx: &PanelContext<'_>,
    visible: &[GuestId],
    (columns, widths): (&[(GuestColumn, String)], &[f32]),
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
    let name = format!(
        "{}{}{}{}, {}",
        if unmet { "⚠ " } else { "" },
        if guest.pinned { "📌 " } else { "" },
        if guest.fields.vip { "⭐ " } else { "" },
        guest.fields.last_name,
        guest.fields.first_name,
    );
    let mut table_text = RichText::new(table.as_str()).small();
    if guest.logical.is_none() {
        table_text = table_text.italics().weak();
    } else if place.table.is_none() {
        table_text = table_text.italics().color(ui.visuals().warn_fg_color);
    }
    let values: Vec<String> = columns.iter().map(|(c, _)| c.value(guest)).collect();
    let selected = cx.selection.guests();
    let is_selected = selected.contains(&id);
    let (row, response) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), spacing::ROW - 2.0),
        Sense::click_and_drag(),
    );
    // Read by screen readers (and found by tests) as one line.
    let spoken = std::iter::once(name.as_str())
        .chain(std::iter::once(table.as_str()))
        .chain(values.iter().map(String::as_str).filter(|v| !v.is_empty()))
        .collect::<Vec<_>>()
        .join(" · ");
    let enabled = ui.is_enabled();
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::Button, enabled, is_selected, &spoken)
    });
    if ui.is_rect_visible(row) {
        let cells = (name, table_text, values.as_slice());
        let needed = paint_row(ui, &response, row, is_selected, cells, widths);
        let keys = std::iter::once(None).chain(columns.iter().map(|(c, _)| Some(*c)));
        for (key, width) in keys.zip(needed) {
            let seen = state.widths.entry(key).or_insert(0.0);
            if width > *seen {
                *seen = width;
                ui.ctx().request_repaint();
            }
        }
    }
    // Built only while hovered, not for every visible row every frame.
    let response = response.on_hover_ui(|ui| {
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

/// Paints one row: the selection or hover background, then each cell cut to its width.
/// Returns the width the table's and each column's text would need uncut.
fn paint_row(
    ui: &Ui,
    response: &egui::Response,
    row: egui::Rect,
    selected: bool,
    (name, table, values): (String, RichText, &[String]),
    widths: &[f32],
) -> Vec<f32> {
    let visuals = ui.style().interact_selectable(response, selected);
    if selected || response.hovered() || response.has_focus() {
        ui.painter().rect(
            row,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let (rects, name_rect) = cells(row, widths);
    let mut rects = rects.into_iter();
    let mut texts: Vec<(egui::WidgetText, egui::Rect, egui::Align)> =
        vec![(name.into(), name_rect, egui::Align::Min)];
    if let Some(rect) = rects.next() {
        texts.push((table.into(), rect, egui::Align::Max));
    }
    for (value, rect) in values.iter().zip(rects) {
        texts.push((RichText::new(value).small().into(), rect, egui::Align::Min));
    }
    let mut needed = Vec::with_capacity(texts.len());
    for (index, (text, rect, align)) in texts.into_iter().enumerate() {
        // Laid out whole (to measure; egui caches the layout), cut only when it does not fit.
        let whole = text.clone().into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        );
        if index > 0 {
            needed.push(whole.size().x);
        }
        let galley = if whole.size().x <= rect.width() {
            whole
        } else {
            text.into_galley(
                ui,
                Some(egui::TextWrapMode::Truncate),
                rect.width(),
                egui::TextStyle::Button,
            )
        };
        let x = match align {
            egui::Align::Max => rect.right() - galley.size().x,
            _ => rect.left(),
        };
        let at = egui::pos2(x, rect.center().y - galley.size().y / 2.0);
        ui.painter().galley(at, galley, visuals.text_color());
    }
    needed
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
