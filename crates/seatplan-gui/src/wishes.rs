//! A guest's wishes and pin, in the inspector: whom they sit with (a weight from −100 to +100),
//! must or must not sit with; a searchable field adds one; each change is one command.

use crate::{Action, DocumentAction};
use egui::{ComboBox, RichText, Ui};
use seatplan_core::domain::model::match_key;
use seatplan_core::domain::{Command, GuestId, Plan, Wish, WishRule};
use seatplan_i18n::t;
use std::collections::BTreeMap;

/// What kind of wish the add field makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NewWish {
    With,
    NotWith,
    Together,
    Apart,
}

impl NewWish {
    const ALL: [NewWish; 4] = [
        NewWish::With,
        NewWish::NotWith,
        NewWish::Together,
        NewWish::Apart,
    ];

    fn label(self) -> String {
        match self {
            NewWish::With => t!("wish-kind-with"),
            NewWish::NotWith => t!("wish-kind-not-with"),
            NewWish::Together => t!("wish-kind-together"),
            NewWish::Apart => t!("wish-kind-apart"),
        }
    }

    fn key(self) -> &'static str {
        match self {
            NewWish::With => "with",
            NewWish::NotWith => "not",
            NewWish::Together => "together",
            NewWish::Apart => "apart",
        }
    }

    fn from_key(key: &str) -> NewWish {
        NewWish::ALL
            .into_iter()
            .find(|k| k.key() == key)
            .unwrap_or(NewWish::With)
    }

    /// The weight and rule a new wish of this kind gets.
    fn wish(self) -> (i32, Option<WishRule>) {
        match self {
            NewWish::With => (seatplan_core::io::wishes::DEFAULT_WEIGHT, None),
            NewWish::NotWith => (-seatplan_core::io::wishes::DEFAULT_WEIGHT, None),
            // A rule is the rule alone: no weight in the score.
            NewWish::Together => (0, Some(WishRule::Together)),
            NewWish::Apart => (0, Some(WishRule::Apart)),
        }
    }
}

/// A number edited with a drag value that gives a result only when done (the drag ends, the
/// typed value is taken): one command per edit, not one per frame. Meanwhile the value lives in
/// egui's memory under `salt`.
pub(crate) fn committed_value<T, S>(
    ui: &mut Ui,
    salt: S,
    current: T,
    widget: impl FnOnce(&mut T) -> egui::DragValue<'_>,
    enabled: bool,
    label: egui::Id,
) -> Option<T>
where
    T: Copy + Send + Sync + 'static,
    S: std::hash::Hash + std::fmt::Debug,
{
    let held = ui.scope_id().with(salt);
    let mut value = ui.data(|d| d.get_temp::<T>(held)).unwrap_or(current);
    let response = ui
        .add_enabled(enabled, widget(&mut value))
        .labelled_by(label);
    let done = response.drag_stopped()
        || response.lost_focus()
        || (!response.dragged() && response.changed());
    if done {
        ui.data_mut(|d| d.remove::<T>(held));
        Some(value)
    } else {
        if response.dragged() || response.has_focus() {
            ui.data_mut(|d| d.insert_temp(held, value));
        }
        None
    }
}

/// Guests shown as matches while typing.
const MATCHES: usize = 6;

/// The pin and the wishes of `guest` (edit buffers live in `buffers`).
pub fn wishes_ui(
    ui: &mut Ui,
    buffers: &mut BTreeMap<&'static str, String>,
    plan: &Plan,
    guest: GuestId,
    edit: bool,
    actions: &mut Vec<Action>,
) {
    let Some(g) = plan.guest(guest) else {
        return;
    };
    let execute = |actions: &mut Vec<Action>, command| {
        actions.push(Action::Document(DocumentAction::Execute(command)));
    };
    let mut pinned = g.pinned;
    if ui
        .add_enabled(edit, egui::Checkbox::new(&mut pinned, t!("wish-pinned")))
        .on_hover_text(t!("wish-pinned-tip"))
        .changed()
    {
        execute(
            actions,
            Command::PinGuests {
                guests: vec![guest],
                pinned,
            },
        );
    }
    ui.label(RichText::new(t!("wish-heading")).strong());
    let unmet: Vec<GuestId> = seatplan_core::seating::unmet_in(plan)
        .remove(&guest)
        .unwrap_or_default()
        .into_iter()
        .map(|(other, _)| other)
        .collect();
    let wishes: Vec<(GuestId, Wish)> = plan.wishes_of(guest).map(|(o, w)| (o, *w)).collect();
    if wishes.is_empty() {
        ui.label(RichText::new(t!("wish-none")).weak());
    }
    for (other, wish) in wishes {
        let Some(o) = plan.guest(other) else {
            continue;
        };
        ui.horizontal(|ui| {
            if ui
                .add_enabled(edit, egui::Button::new("×").small())
                .on_hover_text(t!("wish-remove", guest = o.display_name()))
                .clicked()
            {
                execute(actions, Command::RemoveWish { guest, with: other });
            }
            let text = match wish.rule {
                Some(WishRule::Together) => t!("wish-row-together", guest = o.display_name()),
                Some(WishRule::Apart) => t!("wish-row-apart", guest = o.display_name()),
                None if wish.weight >= 0 => t!("wish-row-with", guest = o.display_name()),
                None => t!("wish-row-not-with", guest = o.display_name()),
            };
            let row = ui.label(text);
            if wish.rule.is_none() {
                let finished = committed_value(
                    ui,
                    ("wish-weight", guest, other),
                    wish.weight,
                    |w| {
                        let prefix = if *w > 0 { "+" } else { "" };
                        egui::DragValue::new(w)
                            .range(-100..=100)
                            .speed(0.5)
                            .prefix(prefix)
                    },
                    edit,
                    row.id,
                );
                if let Some(weight) = finished.filter(|w| *w != wish.weight) {
                    execute(
                        actions,
                        Command::SetWish {
                            guest,
                            with: other,
                            weight,
                            rule: None,
                        },
                    );
                }
            }
            if unmet.contains(&other) {
                ui.label(RichText::new("⚠").color(ui.visuals().warn_fg_color))
                    .on_hover_text(seatplan_core::seating::unmet_text(plan, other, &wish));
            }
        });
    }
    if !edit {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label(t!("wish-add"));
        let kind = NewWish::from_key(buffers.get("wish-kind").map_or("with", String::as_str));
        ComboBox::from_id_salt("wish-kind")
            .selected_text(kind.label())
            .show_ui(ui, |ui| {
                for k in NewWish::ALL {
                    if ui.selectable_label(k == kind, k.label()).clicked() {
                        buffers.insert("wish-kind", k.key().to_owned());
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let search = buffers.entry("wish-search").or_default();
        ui.add(
            egui::TextEdit::singleline(search)
                .hint_text(t!("wish-search-hint"))
                .desired_width(140.0),
        )
        .labelled_by(label.id);
    });
    let needle = match_key(buffers.get("wish-search").map_or("", String::as_str));
    if needle.is_empty() {
        return;
    }
    let kind = NewWish::from_key(buffers.get("wish-kind").map_or("with", String::as_str));
    let matches: Vec<GuestId> = plan
        .guests()
        .filter(|o| o.id != guest && plan.wish(guest, o.id).is_none())
        .filter(|o| {
            match_key(&o.display_name()).contains(&needle)
                || o.fields
                    .email
                    .as_deref()
                    .is_some_and(|e| match_key(e).contains(&needle))
        })
        .map(|o| o.id)
        .take(MATCHES)
        .collect();
    if matches.is_empty() {
        ui.label(RichText::new(t!("wish-no-match")).weak());
    }
    for other in matches {
        let Some(o) = plan.guest(other) else {
            continue;
        };
        // Two guests of one name are told apart by their email.
        let twin = plan
            .guests()
            .any(|x| x.id != o.id && x.display_name() == o.display_name());
        let label = match (&o.fields.email, twin) {
            (Some(email), true) => format!("+ {} ({email})", o.display_name()),
            _ => format!("+ {}", o.display_name()),
        };
        if ui
            .button(label)
            .on_hover_text(plan.place_of(o).long())
            .clicked()
        {
            let (weight, rule) = kind.wish();
            execute(
                actions,
                Command::SetWish {
                    guest,
                    with: other,
                    weight,
                    rule,
                },
            );
            buffers.remove("wish-search");
        }
    }
}
