//! The guest email window: the template (stored as events, so changes are in the timeline) and a
//! live preview for the selected guest.

use super::Action;
use crate::{DocumentAction, PanelContext};
use egui::{RichText, TextEdit, Ui};
use seatplan_core::domain::Command;
use seatplan_core::domain::model::EmailTemplate;
use seatplan_core::io::email::{PLACEHOLDERS, render, unknown_placeholders};
use seatplan_i18n::t;

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
    if !state.open {
        return;
    }
    let current = cx.plan.email_template().clone();
    if state.base.as_ref() != Some(&current) {
        state.draft = current.clone();
        state.base = Some(current.clone());
    }
    let mut open = state.open;
    egui::Window::new(t!("email-title"))
        .id(egui::Id::unique("email-window"))
        .open(&mut open)
        .default_width(520.0)
        .show(ui.ctx(), |ui| {
            let mut list: Vec<String> = PLACEHOLDERS.iter().map(|p| (*p).to_owned()).collect();
            list.extend(cx.plan.fields().iter().map(|f| format!("{{{}}}", f.name)));
            ui.label(t!("email-placeholders", list = list.join(" ")));
            let finished = template_fields_ui(ui, &mut state.draft, cx.read_only);
            if finished && state.draft != current {
                actions.push(Action::Document(DocumentAction::Execute(
                    Command::SetEmailTemplate(state.draft.clone()),
                )));
            }
            let mut unknown = unknown_placeholders(&state.draft.subject, cx.plan);
            unknown.extend(unknown_placeholders(&state.draft.body, cx.plan));
            if !unknown.is_empty() {
                let text = t!("email-unknown", list = unknown.join(" "));
                ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
            }
            ui.separator();
            email_preview_ui(ui, &state.draft, cx);
        });
    state.open = open;
}

/// From, Subject and Message; true when one of them was just finished (focus left).
fn template_fields_ui(ui: &mut Ui, draft: &mut EmailTemplate, read_only: bool) -> bool {
    let mut finished = false;
    egui::Grid::new("email-fields")
        .num_columns(2)
        .show(ui, |ui| {
            for (label, text) in [
                (t!("email-from"), &mut draft.sender),
                (t!("email-subject"), &mut draft.subject),
            ] {
                let l = ui.label(label);
                finished |= ui
                    .add_enabled(!read_only, TextEdit::singleline(text).desired_width(380.0))
                    .labelled_by(l.id)
                    .lost_focus();
                ui.end_row();
            }
        });
    let l = ui.label(t!("email-message"));
    finished |= ui
        .add_enabled(
            !read_only,
            TextEdit::multiline(&mut draft.body)
                .desired_rows(8)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id)
        .lost_focus();
    finished
}

/// The email as the selected guest (or the first seated guest with an email) would get it.
fn email_preview_ui(ui: &mut Ui, draft: &EmailTemplate, cx: &PanelContext<'_>) {
    let plan = cx.plan;
    let selected = cx
        .selection
        .guests()
        .into_iter()
        .next()
        .and_then(|g| plan.guest(g));
    let guest = selected.or_else(|| {
        plan.guests()
            .find(|g| g.logical.is_some() && g.fields.email.is_some())
    });
    let Some(guest) = guest else {
        ui.label(t!("email-no-preview"));
        return;
    };
    let email = render(draft, plan, guest);
    ui.strong(t!("email-preview-for", name = guest.display_name()));
    ui.label(format!(
        "{}: {} <{}>",
        t!("email-to"),
        email.to_name,
        email.to
    ));
    ui.label(format!("{}: {}", t!("email-subject"), email.subject));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(email.body);
    });
}
