//! The guest email window: the template (stored as events, so changes are in the timeline) and a
//! live preview for the selected guest.

use super::Action;
use crate::{DocumentAction, PanelContext};
use egui::{RichText, TextEdit, Ui};
use seatplan_core::domain::Command;
use seatplan_core::domain::model::EmailTemplate;
use seatplan_core::io::email::{PLACEHOLDERS, render, unknown_placeholders};

/// The window's state: open or not, and the fields being edited.
#[derive(Clone, Debug, Default)]
pub struct EmailWindowState {
    /// Whether the window is shown.
    pub open: bool,
    /// The template the buffers were filled from.
    base: Option<EmailTemplate>,
    /// The fields as typed.
    draft: EmailTemplate,
}

/// Draws the email window (when open).
pub fn email_window_ui(
    ui: &Ui,
    state: &mut EmailWindowState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    let PanelContext {
        plan,
        selection,
        read_only,
        ..
    } = *cx;
    if !state.open {
        return;
    }
    let current = plan.email_template().clone();
    if state.base.as_ref() != Some(&current) {
        state.draft = current.clone();
        state.base = Some(current.clone());
    }
    let mut open = state.open;
    egui::Window::new("Guest email")
        .open(&mut open)
        .default_width(520.0)
        .show(ui.ctx(), |ui| {
            ui.label(format!("Placeholders: {}", PLACEHOLDERS.join(" ")));
            let mut finished = false;
            egui::Grid::new("email-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    let l = ui.label("From");
                    finished |= ui
                        .add_enabled(
                            !read_only,
                            TextEdit::singleline(&mut state.draft.sender).desired_width(380.0),
                        )
                        .labelled_by(l.id)
                        .lost_focus();
                    ui.end_row();
                    let l = ui.label("Subject");
                    finished |= ui
                        .add_enabled(
                            !read_only,
                            TextEdit::singleline(&mut state.draft.subject).desired_width(380.0),
                        )
                        .labelled_by(l.id)
                        .lost_focus();
                    ui.end_row();
                });
            let l = ui.label("Message");
            finished |= ui
                .add_enabled(
                    !read_only,
                    TextEdit::multiline(&mut state.draft.body)
                        .desired_rows(8)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id)
                .lost_focus();
            if finished && state.draft != current {
                actions.push(Action::Document(DocumentAction::Execute(
                    Command::SetEmailTemplate(state.draft.clone()),
                )));
            }
            let mut unknown = unknown_placeholders(&state.draft.subject);
            unknown.extend(unknown_placeholders(&state.draft.body));
            if !unknown.is_empty() {
                ui.label(
                    RichText::new(format!(
                        "Unknown placeholders (left as typed): {}",
                        unknown.join(" ")
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
            }
            ui.separator();
            let selected = selection
                .guests()
                .into_iter()
                .next()
                .and_then(|g| plan.guest(g));
            let guest = selected.or_else(|| {
                plan.guests()
                    .find(|g| g.logical.is_some() && g.fields.email.is_some())
            });
            match guest {
                None => {
                    ui.label("Preview: no seated guest with an email yet.");
                }
                Some(guest) => {
                    let email = render(&state.draft, plan, guest);
                    ui.strong(format!("Preview for {}", guest.display_name()));
                    ui.label(format!("To: {} <{}>", email.to_name, email.to));
                    ui.label(format!("Subject: {}", email.subject));
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(email.body);
                    });
                }
            }
        });
    state.open = open;
}
