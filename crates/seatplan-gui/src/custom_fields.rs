//! A guest's custom fields in the inspector: a yes/no is a checkbox, a choice a combo box, a
//! number or a text a field that is stored when it is finished (Enter, or leaving it).

use crate::{Action, DocumentAction};
use egui::{ComboBox, Grid, RichText, Ui};
use seatplan_core::domain::describe::field_value_label;
use seatplan_core::domain::{Command, CustomField, FieldKind, FieldValue, GuestId, Plan};
use seatplan_i18n::t;

/// The custom fields of `guest`, one row each (nothing when the plan has none).
pub fn custom_fields_ui(
    ui: &mut Ui,
    plan: &Plan,
    guest: GuestId,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let Some(g) = plan.guest(guest) else {
        return;
    };
    if plan.fields().is_empty() {
        return;
    }
    ui.label(RichText::new(t!("custom-heading")).strong());
    Grid::new("custom-fields").num_columns(2).show(ui, |ui| {
        for field in plan.fields() {
            let current = g.custom.get(&field.id);
            let label = ui.label(field.name.as_str());
            if let Some(value) = field_ui(ui, field, (guest, current), edit, label.id, actions)
                && value.as_ref() != current
            {
                actions.push(Action::Document(DocumentAction::Execute(
                    Command::SetGuestField {
                        guest,
                        field: field.id,
                        value,
                    },
                )));
            }
            ui.end_row();
        }
    });
}

/// One field's widget; `Some(new value)` when the user finished changing it.
fn field_ui(
    ui: &mut Ui,
    field: &CustomField,
    (guest, current): (GuestId, Option<&FieldValue>),
    edit: bool,
    label: egui::Id,
    actions: &mut Vec<Action>,
) -> Option<Option<FieldValue>> {
    match field.kind {
        FieldKind::YesNo => {
            let mut on = matches!(current, Some(FieldValue::Bool(true)));
            // Yes, no — and back to no answer at all with ×.
            let mut cleared = false;
            let changed = ui
                .horizontal(|ui| {
                    let changed = ui
                        .add_enabled(edit, egui::Checkbox::without_text(&mut on))
                        .labelled_by(label)
                        .changed();
                    if current.is_some()
                        && ui
                            .add_enabled(edit, egui::Button::new("×").small())
                            .on_hover_text(t!("custom-clear"))
                            .clicked()
                    {
                        cleared = true;
                    }
                    changed
                })
                .inner;
            if cleared {
                return Some(None);
            }
            changed.then_some(Some(FieldValue::Bool(on)))
        }
        FieldKind::Choice => {
            let mut chosen: Option<String> = match current {
                Some(FieldValue::Text(t)) => Some(t.clone()),
                _ => None,
            };
            let before = chosen.clone();
            ui.add_enabled_ui(edit, |ui| {
                ComboBox::from_id_salt(("custom-choice", field.id))
                    .selected_text(chosen.clone().unwrap_or_else(|| t!("custom-empty")))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut chosen, None, t!("custom-empty"));
                        for option in &field.options {
                            ui.selectable_value(&mut chosen, Some(option.clone()), option.as_str());
                        }
                    })
                    .response
                    .labelled_by(label);
            });
            (chosen != before).then(|| chosen.map(FieldValue::Text))
        }
        FieldKind::Number | FieldKind::Text => {
            let shown = current.map(field_value_label).unwrap_or_default();
            let typed = committed_text(ui, ("custom-text", guest, field.id), &shown, edit, label)?;
            match field.parse_value(&typed) {
                Ok(value) => Some(value),
                Err(text) => {
                    // Said in a notice that stays until read, not for one frame.
                    actions.push(Action::App(crate::AppAction::Warn(t!(
                        "custom-bad-number",
                        text = text
                    ))));
                    None
                }
            }
        }
    }
}

/// A one-line text field whose text is given back only when it is finished (Enter, or focus
/// leaves it) and differs from `current`; while typing, the text lives in egui's memory.
fn committed_text(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    edit: bool,
    label: egui::Id,
) -> Option<String> {
    let held = ui.scope_id().with(salt);
    let mut text: String = ui
        .data(|d| d.get_temp::<String>(held))
        .unwrap_or_else(|| current.to_owned());
    let response = ui
        .add_enabled(
            edit,
            egui::TextEdit::singleline(&mut text).desired_width(140.0),
        )
        .labelled_by(label);
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(held));
        (text != current).then_some(text)
    } else {
        if response.has_focus() {
            ui.data_mut(|d| d.insert_temp(held, text));
        }
        None
    }
}
