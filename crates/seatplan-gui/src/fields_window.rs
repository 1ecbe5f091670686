//! The "Guest fields" window: the plan's custom fields — add one (name, kind, a choice's
//! options), rename it, add or rename options, move it, remove it. Each change is one command.

use crate::{Action, DocumentAction, PanelContext};
use egui::{ComboBox, Grid, RichText, Ui};
use seatplan_core::domain::describe::field_kind_label;
use seatplan_core::domain::{Command, FieldId, FieldKind};
use seatplan_i18n::t;
use std::collections::BTreeMap;

/// The window's state: open or not, and what is being typed.
#[derive(Clone, Debug)]
pub struct FieldsWindowState {
    /// Whether the window is shown.
    pub open: bool,
    new_name: String,
    new_kind: FieldKind,
    new_options: String,
    /// Names being edited, by field.
    names: BTreeMap<FieldId, String>,
    /// A new option being typed, by field.
    options: BTreeMap<FieldId, String>,
    /// The option being renamed: its field, its name now, the new name typed so far, and
    /// whether the edit still has to take the keyboard focus.
    renaming: Option<(FieldId, String, String, bool)>,
}

impl Default for FieldsWindowState {
    fn default() -> Self {
        Self {
            open: false,
            new_name: String::new(),
            new_kind: FieldKind::Text,
            new_options: String::new(),
            names: BTreeMap::new(),
            options: BTreeMap::new(),
            renaming: None,
        }
    }
}

const KINDS: [FieldKind; 4] = [
    FieldKind::Text,
    FieldKind::YesNo,
    FieldKind::Choice,
    FieldKind::Number,
];

/// One option of a choice field: a button that, clicked, becomes a text field to rename it
/// (Enter or leaving the field renames; Escape or an unchanged name does nothing).
fn option_ui(
    ui: &mut Ui,
    renaming: &mut Option<(FieldId, String, String, bool)>,
    field: FieldId,
    option: &str,
    edit: bool,
) -> Option<Command> {
    match renaming {
        Some((f, from, typed, focus)) if *f == field && from == option => {
            let response = ui.add(egui::TextEdit::singleline(typed).desired_width(70.0));
            let label = t!("fields-rename-option", option = option);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, label.as_str())
            });
            if *focus {
                response.request_focus();
                *focus = false;
            }
            if !response.lost_focus() {
                return None;
            }
            let cancelled = ui.input(|i| i.key_pressed(egui::Key::Escape));
            let to = typed.trim().to_owned();
            *renaming = None;
            (!cancelled && !to.is_empty() && to != option).then(|| Command::RenameFieldOption {
                field,
                from: option.to_owned(),
                to,
            })
        }
        _ => {
            let button = ui
                .add_enabled(edit, egui::Button::new(option).small())
                .on_hover_text(t!("fields-rename-option-tip"));
            if button.clicked() {
                *renaming = Some((field, option.to_owned(), option.to_owned(), true));
            }
            // Right-click: remove it (the guests who chose it then have none; undo brings it back).
            let mut remove = false;
            button.context_menu(|ui| {
                if ui
                    .button(t!("fields-remove-option", option = option))
                    .clicked()
                {
                    remove = true;
                    ui.close();
                }
            });
            remove.then(|| Command::RemoveFieldOption {
                field,
                option: option.to_owned(),
            })
        }
    }
}

/// Draws the window (when open).
pub fn fields_window_ui(
    ui: &Ui,
    state: &mut FieldsWindowState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    if !state.open {
        return;
    }
    let mut open = state.open;
    let edit = !cx.read_only;
    let mut execute = |command| actions.push(Action::Document(DocumentAction::Execute(command)));
    egui::Window::new(t!("fields-title"))
        .id(egui::Id::unique("fields-window"))
        .open(&mut open)
        .default_width(520.0)
        .show(ui.ctx(), |ui| {
            let fields = cx.plan.fields();
            if fields.is_empty() {
                ui.label(RichText::new(t!("fields-none")).weak());
            }
            let summary = seatplan_core::io::export::field_summary(cx.plan);
            Grid::new("fields-list").num_columns(4).show(ui, |ui| {
                for (position, field) in fields.iter().enumerate() {
                    let name = state
                        .names
                        .entry(field.id)
                        .or_insert_with(|| field.name.clone());
                    let response = ui
                        .add_enabled_ui(edit, |ui| {
                            ui.add_sized(
                                [150.0, 20.0],
                                egui::TextEdit::singleline(name).hint_text(field.name.as_str()),
                            )
                        })
                        .inner;
                    let shown = field.name.clone();
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, edit, shown.as_str())
                    });
                    if response.lost_focus() && name.trim() != field.name && !name.trim().is_empty()
                    {
                        execute(Command::RenameField {
                            field: field.id,
                            name: name.trim().to_owned(),
                        });
                        state.names.remove(&field.id);
                    }
                    ui.label(field_kind_label(field.kind));
                    ui.horizontal(|ui| {
                        if ui
                            .add_enabled(edit && position > 0, egui::Button::new("↑").small())
                            .on_hover_text(t!("fields-up"))
                            .clicked()
                        {
                            execute(Command::MoveField {
                                field: field.id,
                                position: position as u32 - 1,
                            });
                        }
                        if ui
                            .add_enabled(edit, egui::Button::new(t!("fields-remove")).small())
                            .on_hover_text(t!("fields-remove-tip", name = field.name.as_str()))
                            .clicked()
                        {
                            execute(Command::RemoveField { field: field.id });
                        }
                    });
                    if field.kind == FieldKind::Choice {
                        ui.horizontal_wrapped(|ui| {
                            for option in &field.options {
                                if let Some(command) =
                                    option_ui(ui, &mut state.renaming, field.id, option, edit)
                                {
                                    execute(command);
                                }
                            }
                            let option = state.options.entry(field.id).or_default();
                            let typed = ui.add_enabled(
                                edit,
                                egui::TextEdit::singleline(option)
                                    .desired_width(70.0)
                                    .hint_text(t!("fields-new-option")),
                            );
                            let label = t!("fields-new-option-of", name = field.name.as_str());
                            typed.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::TextInput,
                                    edit,
                                    label.as_str(),
                                )
                            });
                            if typed.lost_focus() && !option.trim().is_empty() {
                                execute(Command::AddFieldOption {
                                    field: field.id,
                                    option: option.trim().to_owned(),
                                });
                                state.options.remove(&field.id);
                            }
                        });
                    } else {
                        ui.label("");
                    }
                    ui.end_row();
                    // "312 yes · 40 no": how many guests have each value (of a yes/no or a
                    // choice; numbers and texts are too varied to count).
                    let countable = matches!(field.kind, FieldKind::YesNo | FieldKind::Choice);
                    let counts: Vec<String> = summary
                        .iter()
                        .filter(|c| countable && c.field == field.name)
                        .map(|c| format!("{} {}", seatplan_i18n::integer(c.total as i64), c.value))
                        .collect();
                    if !counts.is_empty() {
                        ui.label("");
                        ui.label(RichText::new(counts.join(" · ")).weak());
                        ui.end_row();
                    }
                }
            });
            ui.separator();
            ui.label(RichText::new(t!("fields-add-heading")).strong());
            ui.horizontal(|ui| {
                let label = ui.label(t!("fields-name"));
                ui.add_enabled(
                    edit,
                    egui::TextEdit::singleline(&mut state.new_name).desired_width(140.0),
                )
                .labelled_by(label.id);
                let label = ui.label(t!("fields-kind"));
                ComboBox::from_id_salt("fields-new-kind")
                    .selected_text(field_kind_label(state.new_kind))
                    .show_ui(ui, |ui| {
                        for kind in KINDS {
                            ui.selectable_value(&mut state.new_kind, kind, field_kind_label(kind));
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            if state.new_kind == FieldKind::Choice {
                ui.horizontal(|ui| {
                    let label = ui.label(t!("fields-options"));
                    ui.add_enabled(
                        edit,
                        egui::TextEdit::singleline(&mut state.new_options)
                            .hint_text("S, M, L")
                            .desired_width(200.0),
                    )
                    .labelled_by(label.id);
                });
            }
            let options: Vec<String> = state
                .new_options
                .split(',')
                .map(|o| o.trim().to_owned())
                .filter(|o| !o.is_empty())
                .collect();
            // A name in use is said here, beside the name, and the typing is kept.
            let taken = cx.plan.field_named(state.new_name.trim()).is_some();
            if taken {
                ui.label(
                    RichText::new(t!("fields-name-taken", name = state.new_name.trim()))
                        .color(ui.visuals().error_fg_color),
                );
            }
            let ready = edit
                && !taken
                && !state.new_name.trim().is_empty()
                && (state.new_kind != FieldKind::Choice || !options.is_empty());
            if ui
                .add_enabled(ready, egui::Button::new(t!("fields-add")))
                .clicked()
            {
                execute(Command::DefineField {
                    name: state.new_name.trim().to_owned(),
                    kind: state.new_kind,
                    options: if state.new_kind == FieldKind::Choice {
                        options
                    } else {
                        Vec::new()
                    },
                });
                state.new_name.clear();
                state.new_options.clear();
            }
        });
    state.open = open;
}
