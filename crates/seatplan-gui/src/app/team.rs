//! The team folder in the window: File → Team folder names a folder a sync tool keeps in sync;
//! then the open plan's copy is published there (when it is opened, every few minutes while it
//! changes, and when it is closed), and colleagues' copies that bring actions this plan lacks are
//! offered for merging — when the plan is opened and whenever one changes. Nothing in the folder
//! is opened as a database (see [`seatplan_core::team`]).

use super::SeatplanApp;
use crate::{Action, AppAction};
use egui::{Align2, Ui};
use seatplan_core::history::HistoryError;
use seatplan_core::team;
use seatplan_i18n::t;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::SystemTime;

/// Seconds between publications while the plan changes.
const PUBLISH_EVERY: f64 = 60.0;
/// Seconds between looks at the colleagues' copies.
const SCAN_EVERY: f64 = 60.0;

/// A colleague's copy that brings actions this plan lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamOffer {
    /// The copy in the team folder.
    pub path: PathBuf,
    /// Whose it is ("maria@maria-laptop").
    pub owner: String,
    /// How many actions it brings.
    pub count: usize,
}

/// The team folder's state for the open plan.
#[derive(Clone, Debug, Default)]
pub(super) struct TeamState {
    /// When this plan's copy was last published (frame time), and its event count then.
    published: Option<(f64, usize)>,
    /// The last publication failed: tried again after the interval even without a change.
    failed: bool,
    /// When the folder was last looked at (frame time).
    scanned: Option<f64>,
    /// Each colleague's copy as last looked at (its modification time).
    seen: HashMap<PathBuf, SystemTime>,
    /// The copies offered for merging.
    pub(super) offers: Vec<TeamOffer>,
}

impl SeatplanApp {
    /// The copies offered for merging (for tests and the offers window).
    pub fn team_offers(&self) -> &[TeamOffer] {
        &self.team.offers
    }

    /// Publishes and looks for colleagues' copies when it is time (called once per frame).
    pub(super) fn team_tick(&mut self, ui: &Ui) {
        if self.settings.team_folder.is_none() || self.workspace.is_none() {
            return;
        }
        let now = ui.input(|i| i.time);
        if self.team.scanned.is_none_or(|at| now - at >= SCAN_EVERY) {
            self.team.scanned = Some(now);
            self.scan_team_folder();
        }
        let events = self.workspace.as_ref().map_or(0, |ws| ws.doc.event_count());
        let due = match self.team.published {
            None => true,
            Some((at, count)) => (count != events || self.team.failed) && now - at >= PUBLISH_EVERY,
        };
        if due {
            self.publish_team_copy(Some(now));
        }
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(SCAN_EVERY / 2.0));
    }

    /// Writes the open plan's copy to the team folder (`now`: the frame time, to book it; `None`
    /// when closing). A failure is said once per problem, and never stops the work.
    pub(super) fn publish_team_copy(&mut self, now: Option<f64>) {
        let (Some(folder), Some(ws)) = (self.settings.team_folder.clone(), &self.workspace) else {
            return;
        };
        // A plan without an identity yet (nothing done) has nothing to share.
        if ws.doc.plan_id().is_none() {
            return;
        }
        let events = ws.doc.event_count();
        let local = self.data_dir.join("team-temp");
        match team::publish(&ws.doc, &folder, &local) {
            Ok(path) => {
                tracing::info!(path = %path.display(), "published the plan to the team folder");
                self.team.published = now.map(|at| (at, events));
                self.team.failed = false;
            }
            Err(e) => {
                // Tried again at the next interval, not every frame; said once per failure.
                self.team.published = now.map(|at| (at, events));
                if !self.team.failed {
                    self.warn(t!("notice-team-publish-failed", error = e.to_string()));
                }
                self.team.failed = true;
            }
        }
    }

    /// Looks at the colleagues' copies; each that changed since and brings actions this plan
    /// lacks becomes an offer.
    pub(super) fn scan_team_folder(&mut self) {
        let (Some(folder), Some(ws)) = (self.settings.team_folder.clone(), &self.workspace) else {
            return;
        };
        let mut problems = Vec::new();
        for copy in team::colleagues(&ws.doc, &folder) {
            if self.team.seen.get(&copy.path) == Some(&copy.modified) {
                continue;
            }
            self.team.seen.insert(copy.path.clone(), copy.modified);
            self.team.offers.retain(|o| o.path != copy.path);
            match ws.doc.preview_merge(&copy.path) {
                Ok(preview) if preview.count() > 0 => self.team.offers.push(TeamOffer {
                    path: copy.path,
                    owner: copy.owner,
                    count: preview.count(),
                }),
                Ok(_) => {}
                // Another plan, or copies that cannot be merged: said once (until it changes).
                Err(
                    e @ (HistoryError::OtherPlan { .. }
                    | HistoryError::IdClash { .. }
                    | HistoryError::BadMerge { .. }),
                ) => problems.push(t!("notice-team-copy-refused", error = e.to_string())),
                // A copy mid-sync: said in the log, looked at again when it changes.
                Err(e) => tracing::warn!(path = %copy.path.display(), "team copy not read: {e}"),
            }
        }
        for problem in problems {
            self.warn(problem);
        }
    }

    /// Forgets the team state (another plan was opened, or the folder changed).
    pub(super) fn reset_team(&mut self) {
        self.team = TeamState::default();
    }

    /// The offers, bottom left: whose copy, how many actions, *Review…* and *Later*.
    pub(super) fn team_offers_ui(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        if self.team.offers.is_empty() || self.workspace.is_none() {
            return;
        }
        egui::Window::new(t!("team-offers-title"))
            .id(egui::Id::unique("team-offers"))
            .anchor(Align2::LEFT_BOTTOM, [12.0, -36.0])
            .resizable(false)
            .collapsible(false)
            .show(ui.ctx(), |ui| {
                for offer in &self.team.offers {
                    ui.horizontal(|ui| {
                        ui.label(t!(
                            "team-offer",
                            owner = offer.owner.as_str(),
                            count = offer.count
                        ));
                        if ui.button(t!("team-review")).clicked() {
                            actions
                                .push(Action::App(AppAction::ReviewTeamCopy(offer.path.clone())));
                        }
                        if ui.button(t!("team-later")).clicked() {
                            actions
                                .push(Action::App(AppAction::DismissTeamCopy(offer.path.clone())));
                        }
                    });
                }
            });
    }

    /// Opens the merge dialog for a colleague's copy (the offer goes; a later change of that
    /// copy offers it again).
    pub(super) fn review_team_copy(&mut self, path: PathBuf) {
        self.team.offers.retain(|o| o.path != path);
        if let Some(ws) = &mut self.workspace {
            ws.merge = Some(crate::merge_dialog::MergeDialog::new(&ws.doc, path));
        }
    }

    /// Drops an offer until that copy changes again.
    pub(super) fn dismiss_team_copy(&mut self, path: &std::path::Path) {
        self.team.offers.retain(|o| o.path != path);
    }

    /// Uses `folder` as the team folder from now on (remembered), publishes at once.
    pub(super) fn set_team_folder(&mut self, folder: Option<PathBuf>) {
        self.settings.team_folder = folder.clone();
        self.save_settings();
        self.reset_team();
        // The next frame publishes this plan's copy and looks at the colleagues'.
        match folder {
            Some(folder) => self.notify(t!(
                "notice-team-folder",
                folder = folder.display().to_string()
            )),
            None => self.notify(t!("notice-team-folder-off")),
        }
    }
}
