//! The inspector: editable fields of the selection (room, physical table(s), logical table,
//! guest(s)) and the guests at a table. Edits commit when a field is finished (Enter or focus
//! leaves), never per keystroke; Escape reverts the field.

use super::{Action, Selection};
use crate::{AppAction, DocumentAction, PanelContext, ViewAction};
use egui::{ComboBox, Grid, RichText, ScrollArea, TextEdit, Ui};
use seatplan_core::domain::describe::metres as format_number;
use seatplan_core::domain::{
    Command, GuestFields, GuestId, LogicalId, PhysicalTable, Plan, RoomId, TableId, TableShape,
};
use seatplan_i18n::t;
use std::collections::BTreeMap;

/// Edit buffers of the inspector, reset when the selection or the plan changes.
#[derive(Clone, Debug, Default)]
pub struct InspectorState {
    key: Option<(Selection, u64)>,
    buffers: BTreeMap<&'static str, String>,
}

/// A text field that reports its value once, when the user finishes editing and it changed.
fn field(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    key: &'static str,
    label: &str,
    current: &str,
    enabled: bool,
) -> Option<String> {
    let l = ui.label(label);
    let buffer = buffers.entry(key).or_insert_with(|| current.to_owned());
    let response = ui
        .add_enabled(enabled, TextEdit::singleline(buffer).desired_width(170.0))
        .labelled_by(l.id);
    ui.end_row();
    if response.lost_focus() {
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            *buffer = current.to_owned();
            return None;
        }
        if buffer.trim() != current.trim() {
            return Some(buffer.trim().to_owned());
        }
    }
    None
}

/// Parses a length or angle typed by a user ("12,5" or "12.5").
fn number(text: &str) -> Result<f64, String> {
    seatplan_i18n::parse_decimal(text).ok_or_else(|| t!("inspector-not-a-number", text = text))
}

/// A number field (a grid row): `Some` when it was just finished, with the number or why the
/// text is not one.
fn number_field(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    (key, label, value): (&'static str, &str, f64),
    edit: bool,
) -> Option<Result<f64, String>> {
    field(ui, buffers, key, label, &format_number(value), edit).map(|text| number(&text))
}

/// Two number fields edited together (width and height, left and top); `second` may be absent
/// (a round table has no depth). `Some` when one was just finished, with both values (the other
/// one as it is) or why one is not a number.
fn number_pair(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    first: (&'static str, &str, f64),
    second: Option<(&'static str, &str, f64)>,
    edit: bool,
) -> Option<Result<(f64, f64), String>> {
    let a = number_field(ui, buffers, first, edit);
    let b = second.and_then(|second| number_field(ui, buffers, second, edit));
    if a.is_none() && b.is_none() {
        return None;
    }
    let old_b = second.map_or(0.0, |(_, _, v)| v);
    Some(match (a.unwrap_or(Ok(first.2)), b.unwrap_or(Ok(old_b))) {
        (Ok(x), Ok(y)) => Ok((x, y)),
        (Err(e), _) | (_, Err(e)) => Err(e),
    })
}

/// "Delete …": asks for the selection's deletion (the dialog names what goes with it).
fn delete_button_ui(ui: &mut Ui, label: String, edit: bool, actions: &mut Vec<Action>) {
    if ui.add_enabled(edit, egui::Button::new(label)).clicked() {
        actions.push(Action::Document(DocumentAction::RequestDelete));
    }
}

/// The command, or a notice saying why there is none.
fn execute_or_warn(actions: &mut Vec<Action>, command: Result<Command, String>) {
    actions.push(match command {
        Ok(command) => Action::Document(DocumentAction::Execute(command)),
        Err(e) => Action::App(AppAction::Warn(e)),
    });
}

/// Draws the inspector for the selection.
pub fn inspector_ui(
    ui: &mut Ui,
    state: &mut InspectorState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    let (plan, version, selection, read_only) = (cx.plan, cx.version, cx.selection, cx.read_only);
    let key = (selection.clone(), version);
    if state.key.as_ref() != Some(&key) {
        state.key = Some(key);
        state.buffers.clear();
    }
    let buffers = &mut state.buffers;
    let edit = !read_only;
    match selection {
        Selection::None => {
            ui.label(RichText::new(t!("inspector-nothing")).weak());
            ui.label(t!("inspector-nothing-hint"));
        }
        Selection::Room(id) => room_ui(ui, buffers, plan, *id, edit, actions),
        Selection::Tables(ids) if ids.len() == 1 => {
            if let Some(id) = ids.first() {
                table_ui(ui, buffers, plan, *id, edit, actions);
            }
        }
        Selection::Tables(ids) => {
            ui.heading(t!("inspector-tables-selected", count = ids.len()));
            let seats: u32 = ids
                .iter()
                .filter_map(|t| plan.table(*t))
                .map(|t| t.seats)
                .sum();
            ui.label(t!("inspector-tables-seats", seats = seats));
            let ids: Vec<TableId> = ids.iter().copied().collect();
            accessible_ui(ui, plan, &ids, edit, actions);
            table_buttons_ui(ui, plan, &ids, edit, actions);
        }
        Selection::Logical(id) => logical_ui(ui, buffers, plan, *id, edit, actions),
        Selection::Guests(ids) if ids.len() == 1 => {
            if let Some(id) = ids.first() {
                guest_ui(ui, buffers, plan, *id, edit, actions);
            }
        }
        Selection::Guests(ids) => {
            ui.heading(t!("inspector-guests-selected", count = ids.len()));
            ui.label(t!("inspector-guests-hint"));
            seat_combo(ui, plan, ids.iter().copied().collect(), None, edit, actions);
            delete_button_ui(ui, t!("inspector-delete-guests"), edit, actions);
        }
    }
}

fn room_ui(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    plan: &Plan,
    id: RoomId,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let Some(room) = plan.room(id) else { return };
    ui.heading(t!("inspector-room", name = room.name.as_str()));
    let (name_label, width_label, height_label) = (
        t!("inspector-name"),
        t!("inspector-width"),
        t!("inspector-height"),
    );
    let (left_label, top_label) = (t!("inspector-left"), t!("inspector-top"));
    Grid::new("room-fields").num_columns(2).show(ui, |ui| {
        if let Some(name) = field(ui, buffers, "name", &name_label, &room.name, edit) {
            actions.push(Action::Document(DocumentAction::Execute(
                Command::RenameRoom { room: id, name },
            )));
        }
        let size = number_pair(
            ui,
            buffers,
            ("width", &width_label, room.width_m),
            Some(("height", &height_label, room.height_m)),
            edit,
        );
        if let Some(size) = size {
            let resize = |(width_m, height_m)| Command::ResizeRoom {
                room: id,
                width_m,
                height_m,
            };
            execute_or_warn(actions, size.map(resize));
        }
        let place = number_pair(
            ui,
            buffers,
            ("x", &left_label, room.x_m),
            Some(("y", &top_label, room.y_m)),
            edit,
        );
        if let Some(place) = place {
            let move_to = |(x_m, y_m)| Command::MoveRoom { room: id, x_m, y_m };
            execute_or_warn(actions, place.map(move_to));
        }
    });
    let tables: Vec<_> = plan.tables().filter(|t| t.room == id).collect();
    let seats: u32 = tables.iter().map(|t| t.seats).sum();
    ui.label(t!(
        "inspector-room-totals",
        tables = tables.len(),
        seats = seats
    ));
    field_counts_ui(ui, buffers, plan, || {
        plan.guests()
            .filter(|g| plan.place_of(g).room.is_some_and(|r| r.id == id))
            .collect()
    });
    delete_button_ui(ui, t!("inspector-delete-room"), edit, actions);
}

fn table_ui(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    plan: &Plan,
    id: TableId,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let Some(table) = plan.table(id) else { return };
    let room = plan.room(table.room).map_or("?", |r| r.name.as_str());
    ui.heading(t!("inspector-table", number = table.number.as_str()));
    ui.label(t!("inspector-in-room", room = room));
    Grid::new("table-fields").num_columns(2).show(ui, |ui| {
        table_number_and_seats_ui(ui, buffers, table, edit, actions);
        table_shape_ui(ui, table, edit, actions);
        table_size_ui(ui, buffers, table, edit, actions);
    });
    ui.add_space(4.0);
    table_logical_ui(ui, plan, id, edit, actions);
    if let Some(holder) = plan.holder_of(id) {
        guests_at_ui(
            ui,
            buffers,
            plan,
            holder.id,
            Some(table.seats),
            edit,
            actions,
        );
    }
    accessible_ui(ui, plan, &[id], edit, actions);
    table_buttons_ui(ui, plan, &[id], edit, actions);
}

/// "Accessible (step-free, near the door)" for one or more tables; a mixed selection shows a
/// dash and a click marks them all.
fn accessible_ui(ui: &mut Ui, plan: &Plan, ids: &[TableId], edit: bool, actions: &mut Vec<Action>) {
    let marked = ids
        .iter()
        .filter(|t| plan.table(**t).is_some_and(|t| t.accessible))
        .count();
    let mut all = marked == ids.len();
    let checkbox = egui::Checkbox::new(&mut all, t!("inspector-accessible"))
        .indeterminate(marked > 0 && marked < ids.len());
    if ui
        .add_enabled(edit, checkbox)
        .on_hover_text(t!("inspector-accessible-tip"))
        .changed()
    {
        actions.push(Action::Document(DocumentAction::Execute(
            Command::SetTablesAccessible {
                tables: ids.to_vec(),
                accessible: marked < ids.len(),
            },
        )));
    }
}

/// A table's number and seats (grid rows).
fn table_number_and_seats_ui(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    table: &PhysicalTable,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let id = table.id;
    if let Some(number) = field(
        ui,
        buffers,
        "number",
        &t!("inspector-number"),
        &table.number,
        edit,
    ) {
        actions.push(Action::Document(DocumentAction::Execute(
            Command::RenumberTable { table: id, number },
        )));
    }
    if let Some(seats) = field(
        ui,
        buffers,
        "seats",
        &t!("inspector-seats"),
        &table.seats.to_string(),
        edit,
    ) {
        match seats.parse::<u32>() {
            Ok(seats) => actions.push(Action::Document(DocumentAction::Execute(
                Command::SetTableSeats { table: id, seats },
            ))),
            Err(_) => actions.push(Action::App(AppAction::Warn(t!(
                "inspector-not-seats",
                text = seats
            )))),
        }
    }
}

/// A table's shape (a grid row); changing it keeps a sensible size.
fn table_shape_ui(ui: &mut Ui, table: &PhysicalTable, edit: bool, actions: &mut Vec<Action>) {
    let id = table.id;
    let shape_label = ui.label(t!("inspector-shape"));
    let mut shape = table.shape;
    ui.add_enabled_ui(edit, |ui| {
        ComboBox::from_id_salt("table-shape")
            .selected_text(seatplan_core::domain::describe::shape_label(shape))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut shape, TableShape::Round, t!("shape-round"));
                ui.selectable_value(&mut shape, TableShape::Rectangular, t!("shape-rectangular"));
            })
            .response
            .labelled_by(shape_label.id);
    });
    ui.end_row();
    if shape != table.shape {
        let (width_m, depth_m) = match shape {
            TableShape::Round => (table.width_m.max(table.depth_m).min(2.4), 0.0),
            TableShape::Rectangular => (table.width_m.max(2.0), table.width_m.min(1.0)),
        };
        actions.push(Action::Document(DocumentAction::Execute(
            Command::SetTableShape {
                table: id,
                shape,
                width_m,
                depth_m,
            },
        )));
    }
}

/// A table's size and, for a rectangular one, its rotation (grid rows).
fn table_size_ui(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    table: &PhysicalTable,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let id = table.id;
    let rectangular = table.shape == TableShape::Rectangular;
    let width_label = if rectangular {
        t!("inspector-width")
    } else {
        t!("inspector-diameter")
    };
    let depth_label = t!("inspector-depth");
    let depth = rectangular.then_some(("depth", depth_label.as_str(), table.depth_m));
    if let Some(size) = number_pair(
        ui,
        buffers,
        ("width", width_label.as_str(), table.width_m),
        depth,
        edit,
    ) {
        let resize = |(width_m, depth_m)| Command::SetTableShape {
            table: id,
            shape: table.shape,
            width_m,
            // A round table keeps its (unused) depth.
            depth_m: if rectangular { depth_m } else { table.depth_m },
        };
        execute_or_warn(actions, size.map(resize));
    }
    let rotation_label = t!("inspector-rotation");
    let rotation = ("rotation", rotation_label.as_str(), table.rotation_deg);
    if rectangular && let Some(rotation) = number_field(ui, buffers, rotation, edit) {
        let rotate = |rotation_deg| Command::RotateTable {
            table: id,
            rotation_deg,
        };
        execute_or_warn(actions, rotation.map(rotate));
    }
}

/// Which logical table holds this physical table: a choice of every logical table, or none.
fn table_logical_ui(ui: &mut Ui, plan: &Plan, id: TableId, edit: bool, actions: &mut Vec<Action>) {
    let holder = plan.holder_of(id);
    ui.horizontal(|ui| {
        let label = ui.label(t!("inspector-logical"));
        let mut chosen: Option<LogicalId> = holder.map(|l| l.id);
        ui.add_enabled_ui(edit, |ui| {
            ComboBox::from_id_salt("table-logical")
                .selected_text(holder.map_or_else(|| t!("inspector-none"), |l| l.name.clone()))
                .height(300.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, t!("inspector-none"));
                    for l in plan.logical_tables() {
                        let text = match l.physical.and_then(|t| plan.table(t)) {
                            Some(t) if t.id != id => t!(
                                "inspector-logical-now-at",
                                name = l.name.as_str(),
                                number = t.number.as_str()
                            ),
                            _ => l.name.clone(),
                        };
                        ui.selectable_value(&mut chosen, Some(l.id), text);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if chosen != holder.map(|l| l.id) {
            match (chosen, holder) {
                (Some(logical), _) => actions.push(Action::Document(DocumentAction::Execute(
                    Command::AssignTable {
                        logical,
                        table: Some(id),
                    },
                ))),
                (None, Some(h)) => actions.push(Action::Document(DocumentAction::Execute(
                    Command::AssignTable {
                        logical: h.id,
                        table: None,
                    },
                ))),
                (None, None) => {}
            }
        }
    });
}

/// Duplicate, rotate and delete for one or more tables.
fn table_buttons_ui(
    ui: &mut Ui,
    plan: &Plan,
    ids: &[TableId],
    edit: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(edit, egui::Button::new(t!("inspector-duplicate")))
            .on_hover_text(t!("inspector-duplicate-tip"))
            .clicked()
            && let Some(command) = Command::duplicate_tables(plan, ids)
        {
            actions.push(Action::Document(DocumentAction::Execute(command)));
        }
        if ui
            .add_enabled(edit, egui::Button::new(t!("inspector-rotate")))
            .on_hover_text(t!("inspector-rotate-tip"))
            .clicked()
        {
            actions.push(Action::Document(DocumentAction::Execute(
                Command::rotate_tables_by(plan, ids, 90.0),
            )));
        }
        let label = if ids.len() == 1 {
            t!("inspector-delete-table")
        } else {
            t!("inspector-delete-tables")
        };
        delete_button_ui(ui, label, edit, actions);
    });
}

fn logical_ui(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    plan: &Plan,
    id: LogicalId,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let Some(logical) = plan.logical_table(id) else {
        return;
    };
    ui.heading(format!(
        "{}{}",
        if logical.vip { "⭐ " } else { "" },
        t!("quoted", text = logical.name.as_str())
    ));
    Grid::new("logical-fields").num_columns(2).show(ui, |ui| {
        if let Some(name) = field(
            ui,
            buffers,
            "name",
            &t!("inspector-name"),
            &logical.name,
            edit,
        ) {
            actions.push(Action::Document(DocumentAction::Execute(
                Command::RenameLogicalTable { logical: id, name },
            )));
        }
        ui.label("VIP");
        let mut vip = logical.vip;
        if ui
            .add_enabled(
                edit,
                egui::Checkbox::new(&mut vip, t!("inspector-vip-table")),
            )
            .changed()
        {
            actions.push(Action::Document(DocumentAction::Execute(Command::SetVip {
                logical: id,
                vip,
            })));
        }
        ui.end_row();
        let label = ui.label(t!("inspector-physical"));
        let current = logical.physical.and_then(|t| plan.table(t));
        let mut chosen = logical.physical;
        ui.add_enabled_ui(edit, |ui| {
            ComboBox::from_id_salt("logical-physical")
                .selected_text(current.map_or_else(
                    || t!("inspector-none"),
                    |t| t!("logical-table", number = t.number.as_str()),
                ))
                .height(300.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, t!("inspector-none"));
                    for t in plan.tables() {
                        let text = match plan.holder_of(t.id) {
                            Some(h) if h.id != id => t!(
                                "inspector-table-now-held",
                                number = t.number.as_str(),
                                name = h.name.as_str()
                            ),
                            _ => t!(
                                "inspector-table-seats",
                                number = t.number.as_str(),
                                seats = t.seats
                            ),
                        };
                        ui.selectable_value(&mut chosen, Some(t.id), text);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.end_row();
        if chosen != logical.physical {
            actions.push(Action::Document(DocumentAction::Execute(
                Command::AssignTable {
                    logical: id,
                    table: chosen,
                },
            )));
        }
        // Until it has a physical table, automatic seating plans it with this many seats.
        if logical.physical.is_none() {
            let label = ui.label(t!("inspector-planned-seats")).on_hover_text(t!(
                "inspector-planned-seats-tip",
                usual = plan.usual_seats()
            ));
            let mut planned = logical.planned_seats.is_some();
            ui.horizontal(|ui| {
                let seats = logical.planned_seats.unwrap_or_else(|| plan.usual_seats());
                let toggled = ui
                    .add_enabled(edit, egui::Checkbox::without_text(&mut planned))
                    .labelled_by(label.id)
                    .changed();
                let max = seatplan_core::domain::plan::MAX_SEATS;
                let typed = crate::wishes::committed_value(
                    ui,
                    ("planned-seats", id),
                    seats,
                    |s| egui::DragValue::new(s).range(1..=max),
                    edit && planned,
                    label.id,
                );
                let chosen = typed.unwrap_or(seats);
                if toggled || typed.is_some_and(|s| Some(s) != logical.planned_seats) {
                    actions.push(Action::Document(DocumentAction::Execute(
                        Command::SetPlannedSeats {
                            logical: id,
                            seats: planned.then_some(chosen),
                        },
                    )));
                }
            });
            ui.end_row();
        }
    });
    let seats = logical
        .physical
        .and_then(|t| plan.table(t))
        .map(|t| t.seats);
    guests_at_ui(ui, buffers, plan, id, seats, edit, actions);
    delete_button_ui(ui, t!("inspector-delete-logical"), edit, actions);
}

/// The custom fields counted over some guests ("Shuttle: 3 yes, 1 no"), one line per field.
/// Counted once per selection and plan version (kept with the edit buffers, which are cleared
/// when either changes), not every frame.
fn field_counts_ui<'p>(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    plan: &'p Plan,
    guests: impl FnOnce() -> Vec<&'p seatplan_core::domain::Guest>,
) {
    if plan.fields().is_empty() {
        return;
    }
    let lines = buffers.entry("field-counts").or_insert_with(|| {
        let counts = seatplan_core::io::export::field_counts(plan, &guests());
        seatplan_core::io::export::field_count_lines(&counts).join("\n")
    });
    for line in lines.lines() {
        ui.label(RichText::new(line).small());
    }
}

/// The guests at a logical table, each removable.
fn guests_at_ui(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    plan: &Plan,
    logical: LogicalId,
    seats: Option<u32>,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let guests: Vec<_> = plan.guests_at(logical).collect();
    let over = seats.is_some_and(|s| guests.len() as u32 > s);
    let text = match seats {
        Some(s) => t!("inspector-guests-of", count = guests.len(), seats = s),
        None => t!("inspector-guests", count = guests.len()),
    };
    ui.label(if over {
        RichText::new(format!("{text} — {}", t!("logical-over"))).color(ui.visuals().error_fg_color)
    } else {
        RichText::new(text).strong()
    });
    field_counts_ui(ui, buffers, plan, || guests.clone());
    ScrollArea::vertical()
        .id_salt("guests-at")
        .max_height(180.0)
        // A long table's list must show that it scrolls.
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .show(ui, |ui| {
            for guest in guests {
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(edit, egui::Button::new("×").small())
                        .on_hover_text(t!("inspector-remove-guest", name = guest.display_name()))
                        .clicked()
                    {
                        actions.push(Action::Document(DocumentAction::Execute(
                            Command::SeatGuests {
                                guests: vec![guest.id],
                                logical: None,
                            },
                        )));
                    }
                    let link = ui
                        .link(guest.display_name())
                        .interact(egui::Sense::click_and_drag())
                        .on_hover_text(t!("inspector-guest-link-tip"));
                    if link.clicked() {
                        actions.push(Action::View(ViewAction::Select(Selection::guest(guest.id))));
                    }
                    if link.drag_started() && edit {
                        egui::DragAndDrop::set_payload(
                            ui.ctx(),
                            super::GuestDrag {
                                guests: vec![guest.id],
                                from_list: false,
                            },
                        );
                    }
                });
            }
        });
}

fn guest_ui(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    plan: &Plan,
    id: GuestId,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let Some(guest) = plan.guest(id) else { return };
    ui.heading(guest.display_name());
    let f = &guest.fields;
    let mut changed: Option<GuestFields> = None;
    Grid::new("guest-fields").num_columns(2).show(ui, |ui| {
        let mut set = |value: Option<String>, apply: &dyn Fn(&mut GuestFields, String)| {
            if let Some(v) = value {
                let fields = changed.get_or_insert_with(|| f.clone());
                apply(fields, v);
            }
        };
        set(
            field(
                ui,
                buffers,
                "first",
                &t!("col-first-name"),
                &f.first_name,
                edit,
            ),
            &|g, v| g.first_name = v,
        );
        set(
            field(
                ui,
                buffers,
                "last",
                &t!("col-last-name"),
                &f.last_name,
                edit,
            ),
            &|g, v| g.last_name = v,
        );
        set(
            field(
                ui,
                buffers,
                "email",
                &t!("col-email"),
                f.email.as_deref().unwrap_or(""),
                edit,
            ),
            &|g, v| g.email = Some(v).filter(|e| !e.is_empty()),
        );
        set(
            field(
                ui,
                buffers,
                "department",
                &t!("col-department"),
                &f.department,
                edit,
            ),
            &|g, v| g.department = v,
        );
        set(
            field(ui, buffers, "dietary", &t!("col-dietary"), &f.dietary, edit),
            &|g, v| g.dietary = v,
        );
        set(
            field(ui, buffers, "group", &t!("inspector-group"), &f.group, edit),
            &|g, v| g.group = v,
        );
        set(
            field(ui, buffers, "notes", &t!("inspector-notes"), &f.notes, edit),
            &|g, v| g.notes = v,
        );
        ui.label("VIP");
        let mut vip = f.vip;
        if ui
            .add_enabled(
                edit,
                egui::Checkbox::new(&mut vip, t!("inspector-vip-guest")),
            )
            .changed()
        {
            changed.get_or_insert_with(|| f.clone()).vip = vip;
        }
        ui.end_row();
    });
    if let Some(fields) = changed {
        actions.push(Action::Document(DocumentAction::Execute(
            Command::EditGuest { guest: id, fields },
        )));
    }
    crate::custom_fields::custom_fields_ui(ui, plan, id, edit, actions);
    seat_combo(ui, plan, vec![id], guest.logical, edit, actions);
    let place = plan.place_of(guest);
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("inspector-sits-at", place = place.long()));
        if let Some(table) = place.table
            && ui
                .button(t!("inspector-show-on-plan"))
                .on_hover_text(t!("inspector-show-on-plan-tip"))
                .clicked()
        {
            actions.push(Action::View(ViewAction::ShowTable(table.id)));
        }
    });
    ui.separator();
    crate::wishes::wishes_ui(ui, buffers, plan, id, edit, actions);
    ui.separator();
    delete_button_ui(ui, t!("inspector-delete-guest"), edit, actions);
}

fn seat_combo(
    ui: &mut Ui,
    plan: &Plan,
    guests: Vec<GuestId>,
    current: Option<LogicalId>,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("inspector-seated-at"));
        let mut chosen = current;
        let name = |l: Option<LogicalId>| {
            l.and_then(|l| plan.logical_table(l))
                .map_or_else(|| t!("logical-no-table"), |l| l.name.clone())
        };
        ui.add_enabled_ui(edit, |ui| {
            ComboBox::from_id_salt("guest-seat")
                .selected_text(name(current))
                .height(300.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, t!("logical-no-table"));
                    for l in plan.logical_tables() {
                        ui.selectable_value(&mut chosen, Some(l.id), l.name.clone());
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if chosen != current {
            actions.push(Action::Document(DocumentAction::Execute(
                Command::SeatGuests {
                    guests,
                    logical: chosen,
                },
            )));
        }
    });
}
