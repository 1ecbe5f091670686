//! Messages in the corner of the window: shown for a while, dismissable.

use super::SeatplanApp;
use egui::{Align2, Ui};

/// Seconds a notification stays.
const NOTICE_SECONDS: f64 = 8.0;
/// Most notifications shown at once (the oldest goes first).
const NOTICES_MAX: usize = 5;

/// A message shown in the corner for a while.
#[derive(Clone, Debug)]
pub(super) struct Notice {
    pub(super) text: String,
    /// When it was first shown (frame time).
    since: Option<f64>,
}

impl SeatplanApp {
    /// Shows a message (a repeated one moves to the end instead of showing twice).
    pub(super) fn notify(&mut self, text: impl Into<String>) {
        let text = text.into();
        tracing::info!("notice: {text}");
        self.notices.retain(|n| n.text != text);
        self.notices.push(Notice { text, since: None });
        if self.notices.len() > NOTICES_MAX {
            self.notices.remove(0);
        }
    }

    /// Draws the messages; drops those shown long enough and those dismissed.
    pub(super) fn notices_ui(&mut self, ui: &Ui) {
        let now = ui.input(|i| i.time);
        for notice in &mut self.notices {
            notice.since.get_or_insert(now);
        }
        self.notices
            .retain(|n| n.since.is_none_or(|s| now - s < NOTICE_SECONDS));
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
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        ui.horizontal(|ui| {
                            ui.label(&notice.text);
                            if ui.small_button("×").on_hover_text("Dismiss").clicked() {
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
