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
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::SystemTime;

/// Seconds between publications while the plan changes.
const PUBLISH_EVERY: f64 = 60.0;
/// Seconds between looks at the colleagues' copies.
const SCAN_EVERY: f64 = 60.0;

/// A colleague's copy that brings actions this plan lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamOffer {
    /// The copy, fetched from the team folder to this computer (its file name names its owner).
    pub path: PathBuf,
    /// Whose it is ("maria@maria-laptop").
    pub owner: String,
    /// How many actions it brings.
    pub count: usize,
}

/// A colleague's copy fetched from the team folder: the copy there and its local twin.
type Fetched = (team::TeamCopy, Result<PathBuf, String>);

/// The team folder's state for the open plan.
#[derive(Debug, Default)]
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
    /// Offers put off ("Later", or a merge preview cancelled), to be shown again on request.
    put_off: Vec<TeamOffer>,
    /// A publication under way on its own thread (the team folder may be a slow share).
    publishing: Option<Receiver<Result<PathBuf, String>>>,
    /// Colleagues' copies being fetched on their own thread.
    fetching: Option<Receiver<Vec<Fetched>>>,
}

impl SeatplanApp {
    /// The copies offered for merging (for tests and the offers window).
    pub fn team_offers(&self) -> &[TeamOffer] {
        &self.team.offers
    }

    /// Publishes and looks for colleagues' copies when it is time (called once per frame); the
    /// slow parts (the team folder may be a network share) run on their own threads.
    pub(super) fn team_tick(&mut self, ui: &Ui) {
        self.poll_team_threads();
        if self.settings.team_folder.is_none() || self.workspace.is_none() {
            return;
        }
        let now = ui.input(|i| i.time);
        if self.team.fetching.is_none() && self.team.scanned.is_none_or(|at| now - at >= SCAN_EVERY)
        {
            self.team.scanned = Some(now);
            self.start_fetching();
        }
        let events = self.workspace.as_ref().map_or(0, |ws| ws.doc.event_count());
        let due = match self.team.published {
            None => true,
            Some((at, count)) => (count != events || self.team.failed) && now - at >= PUBLISH_EVERY,
        };
        if due && self.team.publishing.is_none() {
            self.team.published = Some((now, events));
            self.start_publishing();
        }
        let busy = self.team.publishing.is_some() || self.team.fetching.is_some();
        let wait = if busy { 0.2 } else { SCAN_EVERY / 2.0 };
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(wait));
    }

    /// Takes a snapshot of the plan here (fast) and places it in the team folder on a thread.
    fn start_publishing(&mut self) {
        let (Some(folder), Some(ws)) = (self.settings.team_folder.clone(), &self.workspace) else {
            return;
        };
        // A plan without an identity yet (nothing done) has nothing to share.
        if ws.doc.plan_id().is_none() {
            return;
        }
        let snapshot = match team::snapshot(&ws.doc, &folder, &self.data_dir.join("team-temp")) {
            Ok(snapshot) => snapshot,
            Err(e) => return self.publish_failed(e.to_string()),
        };
        let (tx, rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("team-publish".into())
            .spawn(move || {
                let _ = tx.send(team::place(&snapshot).map_err(|e| e.to_string()));
            });
        match spawned {
            Ok(_) => self.team.publishing = Some(rx),
            Err(e) => self.publish_failed(e.to_string()),
        }
    }

    /// Lists and fetches the colleagues' copies that changed since last looked at, on a thread.
    fn start_fetching(&mut self) {
        let (Some(folder), Some(ws)) = (self.settings.team_folder.clone(), &self.workspace) else {
            return;
        };
        let Some(plan_folder) = team::plan_folder(&ws.doc, &folder) else {
            return;
        };
        let seen = self.team.seen.clone();
        let inbox = self.data_dir.join("team-inbox");
        let (tx, rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("team-fetch".into())
            .spawn(move || {
                let fetched: Vec<Fetched> = team::copies_in(&folder, &plan_folder)
                    .into_iter()
                    .filter(|copy| seen.get(&copy.path) != Some(&copy.modified))
                    .map(|copy| {
                        let local = team::fetch(&copy, &inbox).map_err(|e| e.to_string());
                        (copy, local)
                    })
                    .collect();
                let _ = tx.send(fetched);
            });
        match spawned {
            Ok(_) => self.team.fetching = Some(rx),
            Err(e) => tracing::warn!("cannot look at the team folder: {e}"),
        }
    }

    /// Takes what the team threads finished: a publication's outcome, fetched copies (each
    /// that brings actions becomes an offer).
    fn poll_team_threads(&mut self) {
        if let Some(rx) = &self.team.publishing {
            match rx.try_recv() {
                Ok(Ok(path)) => {
                    tracing::info!(path = %path.display(), "published the plan to the team folder");
                    self.team.failed = false;
                    self.team.publishing = None;
                }
                Ok(Err(e)) => {
                    self.team.publishing = None;
                    self.publish_failed(e);
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.team.publishing = None,
            }
        }
        let fetched = match &self.team.fetching {
            Some(rx) => match rx.try_recv() {
                Ok(fetched) => fetched,
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => Vec::new(),
            },
            None => return,
        };
        self.team.fetching = None;
        let Some(ws) = &self.workspace else { return };
        let mut problems = Vec::new();
        for (copy, local) in fetched {
            self.team.seen.insert(copy.path.clone(), copy.modified);
            let local = match local {
                Ok(local) => local,
                // Mid-sync, or gone: looked at again when it changes.
                Err(e) => {
                    tracing::warn!(path = %copy.path.display(), "team copy not fetched: {e}");
                    continue;
                }
            };
            self.team.offers.retain(|o| o.owner != copy.owner);
            self.team.put_off.retain(|o| o.owner != copy.owner);
            match ws.doc.preview_merge(&local) {
                Ok(preview) if preview.count() > 0 => self.team.offers.push(TeamOffer {
                    path: local,
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

    /// A publication failed: said once until one succeeds, tried again after the interval.
    fn publish_failed(&mut self, error: String) {
        if !self.team.failed {
            self.warn(t!("notice-team-publish-failed", error = error));
        }
        self.team.failed = true;
    }

    /// Publishes the open plan's copy now and waits for it (when the plan is closed): after any
    /// publication under way, so the newest copy is the one that stays.
    pub(super) fn publish_team_copy(&mut self) {
        if let Some(rx) = self.team.publishing.take() {
            let _ = rx.recv();
        }
        let (Some(folder), Some(ws)) = (self.settings.team_folder.clone(), &self.workspace) else {
            return;
        };
        if ws.doc.plan_id().is_none() {
            return;
        }
        let local = self.data_dir.join("team-temp");
        if let Err(e) = team::publish(&ws.doc, &folder, &local) {
            self.publish_failed(e.to_string());
        }
    }

    /// Forgets the team state (another plan was opened, or the folder changed).
    pub(super) fn reset_team(&mut self) {
        self.team = TeamState::default();
    }

    /// The offers, bottom left: whose copy, how many actions, *Review…* and *Later*.
    pub(super) fn team_offers_ui(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        let Some(folder) = &self.settings.team_folder else {
            return;
        };
        if self.workspace.is_none() {
            return;
        }
        // Always there while a team folder is in use (it folds away): where the plan is shared,
        // the colleagues' copies offered, and those put off for later.
        let folder_name = folder.file_name().map_or_else(
            || folder.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        egui::Window::new(t!("team-offers-title"))
            .id(egui::Id::unique("team-offers"))
            .anchor(Align2::CENTER_BOTTOM, [0.0, -36.0])
            .resizable(false)
            .collapsible(true)
            .default_open(true)
            .show(ui.ctx(), |ui| {
                ui.label(t!("team-sharing", folder = folder_name.as_str()))
                    .on_hover_text(folder.display().to_string());
                if !self.team.put_off.is_empty()
                    && ui
                        .button(t!("team-show-put-off", count = self.team.put_off.len()))
                        .clicked()
                {
                    actions.push(Action::App(AppAction::ShowPutOffTeamCopies));
                }
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

    /// Opens the merge dialog for a colleague's copy (the offer is put off: cancelling the
    /// dialog leaves it to be shown again).
    pub(super) fn review_team_copy(&mut self, path: PathBuf) {
        self.dismiss_team_copy(&path);
        if let Some(ws) = &mut self.workspace {
            ws.merge = Some(crate::merge_dialog::MergeDialog::new(&ws.doc, path));
        }
    }

    /// Puts an offer off: hidden until that copy changes again, or until asked for.
    pub(super) fn dismiss_team_copy(&mut self, path: &std::path::Path) {
        let (off, keep): (Vec<TeamOffer>, Vec<TeamOffer>) = std::mem::take(&mut self.team.offers)
            .into_iter()
            .partition(|o| o.path == path);
        self.team.offers = keep;
        self.team.put_off.retain(|o| o.path != path);
        self.team.put_off.extend(off);
    }

    /// Offers again the copies put off that still bring actions (a merge since may have taken
    /// them in).
    pub(super) fn show_put_off_team_copies(&mut self) {
        let Some(ws) = &self.workspace else { return };
        for offer in std::mem::take(&mut self.team.put_off) {
            if let Ok(preview) = ws.doc.preview_merge(&offer.path)
                && preview.count() > 0
            {
                self.team.offers.retain(|o| o.owner != offer.owner);
                self.team.offers.push(TeamOffer {
                    count: preview.count(),
                    ..offer
                });
            }
        }
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
