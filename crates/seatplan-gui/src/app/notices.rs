//! Messages in the corner of the window: shown for a while, dismissable.

use super::SeatplanApp;
use egui::{Align2, Ui};
use seatplan_i18n::t;

/// Seconds a notification stays.
const NOTICE_SECONDS: f64 = 8.0;
/// Most notifications shown at once (the oldest goes first).
const NOTICES_MAX: usize = 5;

/// A message shown in the corner: information goes after a while; a problem stays, marked, until
/// it is dismissed — an error must not vanish before it was read.
#[derive(Clone, Debug)]
pub(super) struct Notice {
    pub(super) text: String,
    /// Something went wrong or was refused.
    problem: bool,
    /// When it was first shown (frame time).
    since: Option<f64>,
}

impl SeatplanApp {
    /// Shows a message for a while (a repeated one moves to the end instead of showing twice).
    pub(super) fn notify(&mut self, text: impl Into<String>) {
        self.push_notice(text.into(), false);
    }

    /// Shows a problem: marked, and shown until dismissed.
    pub(super) fn warn(&mut self, text: impl Into<String>) {
        self.push_notice(text.into(), true);
    }

    /// Shows the outcome of something: `Ok` as a message, `Err` as a problem.
    pub(super) fn report(&mut self, outcome: Result<String, String>) {
        match outcome {
            Ok(text) => self.notify(text),
            Err(text) => self.warn(text),
        }
    }

    fn push_notice(&mut self, text: String, problem: bool) {
        if problem {
            tracing::warn!("notice: {text}");
        } else {
            tracing::info!("notice: {text}");
        }
        self.notices.retain(|n| n.text != text);
        self.notices.push(Notice {
            text,
            problem,
            since: None,
        });
        if self.notices.len() > NOTICES_MAX {
            // The oldest message goes first; problems only when nothing else can.
            let index = self.notices.iter().position(|n| !n.problem).unwrap_or(0);
            self.notices.remove(index);
        }
    }

    /// Draws the messages; drops those shown long enough and those dismissed.
    pub(super) fn notices_ui(&mut self, ui: &Ui) {
        let now = ui.input(|i| i.time);
        for notice in &mut self.notices {
            notice.since.get_or_insert(now);
        }
        self.notices
            .retain(|n| n.problem || n.since.is_none_or(|s| now - s < NOTICE_SECONDS));
        if self.notices.is_empty() {
            return;
        }
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(500));
        let mut close = None;
        egui::Area::new(egui::Id::unique("notices"))
            .anchor(Align2::RIGHT_BOTTOM, [-16.0, -36.0])
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                for (index, notice) in self.notices.iter().enumerate() {
                    let mut frame = egui::Frame::popup(ui.style());
                    if notice.problem {
                        let red = ui.visuals().error_fg_color;
                        frame = frame.stroke(egui::Stroke::new(2.0, red));
                    }
                    frame.show(ui, |ui| {
                        ui.set_max_width(420.0);
                        ui.horizontal(|ui| {
                            if notice.problem {
                                ui.colored_label(ui.visuals().error_fg_color, "⚠");
                            }
                            // Long messages wrap within the notice instead of running off the
                            // window's edge.
                            ui.add(egui::Label::new(&notice.text).wrap());
                            if ui
                                .small_button("×")
                                .on_hover_text(t!("notice-dismiss"))
                                .clicked()
                            {
                                close = Some(index);
                            }
                        });
                    });
                }
            });
        if let Some(index) = close {
            self.notices.remove(index);
        }
    }
}
