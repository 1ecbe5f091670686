//! The "Seat automatically…" window: which guests and tables, the options, a live run on a worker
//! thread (best score climbing, a bar toward the time budget, Stop), then a preview — per table
//! who comes and goes, unmet wishes with reasons — before Apply, which is one command.

use crate::{Action, DocumentAction, PanelContext};
use egui::{ProgressBar, RichText, ScrollArea, Ui};
use seatplan_core::domain::{GuestId, LogicalId, Plan, WishRule};
use seatplan_core::seating::{self, Progress, Scope, SeatingError, SeatingOptions, SeatingResult};
use seatplan_i18n::t;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Which guests a run may seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// Guests without a seat.
    Unseated,
    /// Everyone not pinned and not at a VIP table.
    Everyone,
    /// The guests selected in the list.
    Selected,
}

/// A run in progress.
struct Running {
    cancel: Arc<AtomicBool>,
    progress: Arc<Mutex<Option<Progress>>>,
    result: Receiver<Result<SeatingResult, SeatingError>>,
    /// The plan version it started from (Apply is refused once the plan changed).
    version: u64,
    /// The options it ran with (Apply is refused once they changed).
    options: OptionsKey,
}

/// The choices a result depends on: a result found under others is not offered for Apply.
#[derive(Clone, Debug, PartialEq)]
struct OptionsKey {
    who: Who,
    excluded: BTreeSet<LogicalId>,
    min_known: u32,
    department_weight: i32,
    group_by: Option<seatplan_core::domain::FieldId>,
    needs_access: Option<seatplan_core::domain::FieldId>,
}

/// The window's state.
pub struct AutoSeatState {
    /// Whether the window is shown.
    pub open: bool,
    /// Which guests.
    pub who: Who,
    /// Logical tables left out of the run (the others, not VIP, may receive guests).
    pub excluded: BTreeSet<LogicalId>,
    /// "Nobody alone": at least this many known guests at the table (0: off).
    pub min_known: u32,
    /// Weight of a same-department pair.
    pub department_weight: i32,
    /// Time budget, seconds.
    pub seconds: f64,
    /// Seed of the search.
    pub seed: u64,
    /// A custom field that counts like the department (`None`: the department).
    pub group_by: Option<seatplan_core::domain::FieldId>,
    /// A yes/no field whose "yes" guests sit only at accessible tables (`None`: no such rule).
    pub needs_access: Option<seatplan_core::domain::FieldId>,
    running: Option<Running>,
    /// The last result, the plan version and the options it was computed with.
    result: Option<(u64, OptionsKey, SeatingResult)>,
    error: Option<String>,
}

impl Default for AutoSeatState {
    fn default() -> Self {
        Self {
            open: false,
            who: Who::Unseated,
            excluded: BTreeSet::new(),
            min_known: 0,
            department_weight: seating::DEFAULT_DEPARTMENT_WEIGHT,
            seconds: seating::DEFAULT_SECONDS,
            seed: 1,
            group_by: None,
            needs_access: None,
            running: None,
            result: None,
            error: None,
        }
    }
}

impl AutoSeatState {
    /// Whether a run is going on (the window then repaints continuously).
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// The choices now, to compare with those of a result.
    fn options_key(&self) -> OptionsKey {
        OptionsKey {
            who: self.who,
            excluded: self.excluded.clone(),
            min_known: self.min_known,
            department_weight: self.department_weight,
            group_by: self.group_by,
            needs_access: self.needs_access,
        }
    }

    /// Starts a run on a copy of `plan` in a worker thread.
    pub fn start(&mut self, plan: &Plan, version: u64, selected: &BTreeSet<GuestId>) {
        let scope = match self.who {
            Who::Unseated => Scope::Unseated,
            Who::Everyone => Scope::All,
            Who::Selected => Scope::Guests(selected.iter().copied().collect()),
        };
        let tables = (!self.excluded.is_empty()).then(|| {
            plan.logical_tables()
                .map(|l| l.id)
                .filter(|l| !self.excluded.contains(l))
                .collect()
        });
        let options = SeatingOptions {
            scope,
            tables,
            min_known: self.min_known,
            department_weight: self.department_weight,
            time: Duration::from_secs_f64(self.seconds.clamp(0.5, 600.0)),
            seed: self.seed,
            group_by: self.group_by.filter(|f| plan.field(*f).is_some()),
            needs_access: self.needs_access.filter(|f| {
                plan.field(*f)
                    .is_some_and(|f| f.kind == seatplan_core::domain::FieldKind::YesNo)
            }),
            ..SeatingOptions::default()
        };
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(Mutex::new(None));
        let (send, result) = std::sync::mpsc::channel();
        let plan = plan.clone();
        let language = seatplan_i18n::language();
        let (worker_cancel, worker_progress) = (cancel.clone(), progress.clone());
        let spawned = std::thread::Builder::new()
            .name("auto-seat".into())
            .spawn(move || {
                let outcome = seatplan_i18n::with_language(language, || {
                    seating::run(&plan, &options, &worker_cancel, &|p| {
                        if let Ok(mut slot) = worker_progress.lock() {
                            *slot = Some(p);
                        }
                    })
                });
                let _ = send.send(outcome);
            });
        match spawned {
            Ok(_) => {
                self.running = Some(Running {
                    cancel,
                    progress,
                    result,
                    version,
                    options: self.options_key(),
                });
                self.result = None;
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Stops the run; the best plan so far comes back as the result.
    pub fn stop(&self) {
        if let Some(run) = &self.running {
            run.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Takes the worker's result when it has one.
    fn poll(&mut self) {
        let Some(run) = &self.running else {
            return;
        };
        match run.result.try_recv() {
            Ok(Ok(result)) => {
                self.result = Some((run.version, run.options.clone(), result));
                self.running = None;
            }
            Ok(Err(e)) => {
                self.error = Some(seatplan_core::domain::describe::capitalise(&e.to_string()));
                self.running = None;
            }
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                self.error = Some(t!("seat-err-internal"));
                self.running = None;
            }
        }
    }
}

/// Draws the window (when open).
pub fn auto_seat_window_ui(
    ui: &Ui,
    state: &mut AutoSeatState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    if !state.open {
        return;
    }
    state.poll();
    if state.is_running() {
        ui.ctx().request_repaint_after(Duration::from_millis(100));
    }
    let mut open = state.open;
    egui::Window::new(t!("auto-title"))
        .id(egui::Id::unique("auto-seat-window"))
        .open(&mut open)
        .default_width(560.0)
        .show(ui.ctx(), |ui| {
            if state.is_running() {
                running_ui(ui, state);
            } else {
                options_ui(ui, state, cx);
                if let Some(error) = &state.error {
                    ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                }
                result_ui(ui, state, cx, actions);
            }
        });
    if !open {
        state.stop();
    }
    // Apply closes the window from inside; the × from outside.
    state.open = open && state.open;
}

fn options_ui(ui: &mut Ui, state: &mut AutoSeatState, cx: &PanelContext<'_>) {
    let selected = cx.selection.guests();
    ui.label(RichText::new(t!("auto-who")).strong());
    ui.radio_value(&mut state.who, Who::Unseated, t!("auto-who-unseated"));
    ui.radio_value(&mut state.who, Who::Everyone, t!("auto-who-everyone"));
    ui.add_enabled(
        !selected.is_empty(),
        egui::RadioButton::new(
            state.who == Who::Selected,
            t!("auto-who-selected", count = selected.len()),
        ),
    )
    .clicked()
    .then(|| state.who = Who::Selected);
    egui::CollapsingHeader::new(t!(
        "auto-tables",
        count = cx
            .plan
            .logical_tables()
            .filter(|l| !l.vip && !state.excluded.contains(&l.id))
            .count()
    ))
    .id_salt("auto-tables")
    .show(ui, |ui| {
        ui.horizontal(|ui| {
            if ui.button(t!("auto-tables-all")).clicked() {
                state.excluded.clear();
            }
            if ui.button(t!("auto-tables-none")).clicked() {
                state.excluded = cx.plan.logical_tables().map(|l| l.id).collect();
            }
        });
        ScrollArea::vertical()
            .id_salt("auto-table-list")
            .max_height(160.0)
            .show(ui, |ui| {
                for l in cx.plan.logical_tables().filter(|l| !l.vip) {
                    let mut on = !state.excluded.contains(&l.id);
                    if ui.checkbox(&mut on, l.name.as_str()).changed() {
                        if on {
                            state.excluded.remove(&l.id);
                        } else {
                            state.excluded.insert(l.id);
                        }
                    }
                }
            });
    });
    egui::Grid::new("auto-options")
        .num_columns(2)
        .show(ui, |ui| {
            let label = ui
                .label(t!("auto-min-known"))
                .on_hover_text(t!("auto-min-known-tip"));
            ui.add(egui::DragValue::new(&mut state.min_known).range(0..=10))
                .labelled_by(label.id);
            ui.end_row();
            let grouped = state.group_by.and_then(|f| cx.plan.field(f));
            let label = ui
                .label(grouped.map_or_else(
                    || t!("auto-department-weight"),
                    |f| t!("auto-group-weight", field = f.name.as_str()),
                ))
                .on_hover_text(t!("auto-department-weight-tip"));
            ui.add(egui::DragValue::new(&mut state.department_weight).range(0..=100))
                .labelled_by(label.id);
            ui.end_row();
            if !cx.plan.fields().is_empty() {
                let label = ui.label(t!("auto-group-by"));
                let name = |id: Option<seatplan_core::domain::FieldId>| {
                    id.and_then(|f| cx.plan.field(f))
                        .map_or_else(|| t!("col-department"), |f| f.name.clone())
                };
                egui::ComboBox::from_id_salt("auto-group-by")
                    .selected_text(name(state.group_by))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut state.group_by, None, t!("col-department"));
                        for field in cx.plan.fields() {
                            ui.selectable_value(
                                &mut state.group_by,
                                Some(field.id),
                                field.name.as_str(),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
            needs_access_ui(ui, state, cx.plan);
            let label = ui.label(t!("auto-seconds"));
            ui.add(
                egui::DragValue::new(&mut state.seconds)
                    .range(0.5..=600.0)
                    .speed(0.1)
                    .custom_formatter(|v, _| seatplan_i18n::decimal(v, 1))
                    .custom_parser(seatplan_i18n::parse_decimal)
                    .suffix(" s"),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("auto-seed"));
            ui.add(egui::DragValue::new(&mut state.seed))
                .labelled_by(label.id);
            ui.end_row();
        });
    ui.label(t!(
        "auto-score-now",
        score = seating::score_grouped(
            cx.plan,
            state.department_weight,
            state.group_by.filter(|f| cx.plan.field(*f).is_some())
        )
    ));
    let can_run = !cx.read_only && (state.who != Who::Selected || !selected.is_empty());
    if ui
        .add_enabled(can_run, egui::Button::new(t!("auto-run")))
        .clicked()
    {
        state.start(cx.plan, cx.version, &selected);
    }
}

fn running_ui(ui: &mut Ui, state: &mut AutoSeatState) {
    let progress = state
        .running
        .as_ref()
        .and_then(|r| r.progress.lock().ok().and_then(|p| *p));
    ui.label(RichText::new(t!("auto-running")).strong());
    match progress {
        Some(p) => {
            ui.label(t!("auto-best", score = p.best_score, unseated = p.unseated));
            ui.add(ProgressBar::new(p.fraction).show_percentage());
        }
        None => {
            ui.add(ProgressBar::new(0.0).animate(true));
        }
    }
    if ui.button(t!("auto-stop")).clicked() {
        state.stop();
    }
}

fn result_ui(
    ui: &mut Ui,
    state: &mut AutoSeatState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    let now = state.options_key();
    let Some((version, options, result)) = &state.result else {
        return;
    };
    ui.separator();
    let plan = cx.plan;
    ui.label(
        RichText::new(t!(
            "auto-result-score",
            before = result.score_before,
            after = result.score
        ))
        .strong(),
    );
    ui.label(t!(
        "auto-result-counts",
        placed = result.placed.len(),
        moved = result.moved.len(),
        unseated = result.unseated.len()
    ));
    ui.label(result.quality_text());
    ui.label(RichText::new(result.stop_text()).weak());
    let name = |g: &GuestId| {
        plan.guest(*g)
            .map_or_else(|| g.to_string(), |g| g.display_name())
    };
    if result.score < result.score_before {
        ui.label(RichText::new(t!("cli-auto-seat-lower")).color(ui.visuals().warn_fg_color));
    }
    if !result.exempt.is_empty() {
        let mut names: Vec<String> = result.exempt.iter().take(30).map(name).collect();
        if result.exempt.len() > 30 {
            names.push("…".to_owned());
        }
        ui.label(t!(
            "cli-auto-seat-exempt",
            count = result.exempt.len(),
            names = names.join(", ")
        ));
    }
    let table = |l: &LogicalId| {
        plan.logical_table(*l)
            .map_or_else(|| l.to_string(), |l| l.name.clone())
    };
    // Who comes and who goes, table by table.
    let changes: BTreeMap<String, String> = result
        .per_table(plan)
        .iter()
        .map(|(t, change)| {
            let list = |guests: &[GuestId]| guests.iter().map(name).collect::<Vec<_>>().join(", ");
            let mut parts = Vec::new();
            if !change.arriving.is_empty() {
                parts.push(format!("+ {}", list(&change.arriving)));
            }
            if !change.leaving.is_empty() {
                parts.push(format!("− {}", list(&change.leaving)));
            }
            (table(t), parts.join("; "))
        })
        .collect();
    if !result.unseated.is_empty() {
        let names: Vec<String> = result.unseated.iter().map(name).collect();
        ui.label(
            RichText::new(t!("cli-auto-seat-without-seat", names = names.join(", ")))
                .color(ui.visuals().warn_fg_color),
        );
        if !result.unseated_needing_access.is_empty() {
            let names: Vec<String> = result.unseated_needing_access.iter().map(name).collect();
            ui.label(
                RichText::new(t!(
                    "cli-auto-seat-no-accessible-room",
                    names = names.join(", ")
                ))
                .color(ui.visuals().warn_fg_color),
            );
        }
        if let Some(text) = result.incomplete_text() {
            ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
        }
    }
    ScrollArea::vertical()
        .id_salt("auto-result")
        .max_height(260.0)
        .show(ui, |ui| {
            egui::CollapsingHeader::new(t!("auto-result-tables", count = changes.len()))
                .id_salt("auto-result-tables")
                .default_open(changes.len() <= 12)
                .show(ui, |ui| {
                    for (t, text) in &changes {
                        ui.label(t!(
                            "cli-auto-seat-table",
                            table = t.as_str(),
                            changes = text.as_str()
                        ));
                    }
                });
            egui::CollapsingHeader::new(t!("auto-result-unmet", count = result.unmet.len()))
                .id_salt("auto-result-unmet")
                .default_open(result.unmet.len() <= 12)
                .show(ui, |ui| {
                    for u in result.unmet.iter().take(200) {
                        let wish = match u.wish.rule {
                            Some(WishRule::Together) => t!("diff-wish-together"),
                            Some(WishRule::Apart) => t!("diff-wish-apart"),
                            None => seatplan_core::domain::describe::signed(u.wish.weight),
                        };
                        ui.label(t!(
                            "cli-auto-seat-unmet-line",
                            guest = name(&u.guest),
                            with = name(&u.with),
                            wish = wish,
                            reason = u.reason.text(plan)
                        ));
                    }
                });
        });
    let changed = *options != now;
    let stale = *version != cx.version || changed;
    if *version != cx.version {
        ui.label(RichText::new(t!("auto-stale")).color(ui.visuals().warn_fg_color));
    } else if changed {
        ui.label(RichText::new(t!("auto-options-changed")).color(ui.visuals().warn_fg_color));
    }
    let command = result.command.clone();
    let (mut apply, mut discard) = (false, false);
    ui.horizontal(|ui| {
        let can_apply = !stale && !cx.read_only && command.is_some();
        apply = ui
            .add_enabled(can_apply, egui::Button::new(t!("auto-apply")))
            .clicked();
        discard = ui.button(t!("auto-discard")).clicked();
    });
    if apply && let Some(command) = command {
        actions.push(Action::Document(DocumentAction::Execute(command)));
        state.result = None;
        state.open = false;
    } else if discard {
        state.result = None;
    }
}

/// "Need an accessible table: [a yes/no field]" (grid row), when the plan has a yes/no field.
fn needs_access_ui(ui: &mut egui::Ui, state: &mut AutoSeatState, plan: &Plan) {
    let yes_no: Vec<_> = plan
        .fields()
        .iter()
        .filter(|f| f.kind == seatplan_core::domain::FieldKind::YesNo)
        .collect();
    if yes_no.is_empty() {
        return;
    }
    let label = ui
        .label(t!("auto-needs-access"))
        .on_hover_text(t!("auto-needs-access-tip"));
    let chosen = state
        .needs_access
        .and_then(|id| yes_no.iter().find(|f| f.id == id))
        .map_or_else(|| t!("auto-needs-access-none"), |f| f.name.clone());
    egui::ComboBox::from_id_salt("auto-needs-access")
        .selected_text(chosen)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut state.needs_access, None, t!("auto-needs-access-none"));
            for field in &yes_no {
                ui.selectable_value(&mut state.needs_access, Some(field.id), field.name.as_str());
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
}
