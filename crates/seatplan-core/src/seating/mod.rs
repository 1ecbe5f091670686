//! Automatic seating: the score of a plan (defined here, once), the hard rules, and a search that
//! seats 1,500 guests by their wishes in seconds.
//!
//! - **Score** = Σ over pairs of guests at the same logical table of their wish's weight
//!   (−100 … +100) + `department_weight` × the number of same-department pairs at one table
//!   ([`DEFAULT_DEPARTMENT_WEIGHT`] = 1: a whole table of one department, 45 pairs of ten, is worth
//!   about one couple's wish).
//! - **Hard rules**, never broken: seats (a logical table holds its physical table's seats, else
//!   its planned size, else the venue's usual size), must sit together (a rule, or the same
//!   `group`), must not sit together, VIP tables untouched, pinned guests stay, and — when asked —
//!   "nobody alone": each guest seated sits with at least K people they have a positive wish with
//!   (guests with fewer than K such wishes are exempt).
//! - **Search** ([`search`]): parties (must-together components) are moved and swapped by
//!   simulated annealing with O(wishes) deltas, from a greedy start, restarted, on both cores,
//!   cancellable, reproducible for a given seed when bounded by steps.

mod bound;
pub mod generate;
mod problem;
mod search;

pub use search::Stopped;

use crate::domain::{Command, GuestId, LogicalId, Plan, Wish, WishRule};
use problem::Problem;
use seatplan_i18n::t;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// Weight of one same-department pair at a table, unless the organiser says otherwise.
pub const DEFAULT_DEPARTMENT_WEIGHT: i32 = 1;
/// Time a run may take, unless the organiser says otherwise.
pub const DEFAULT_SECONDS: f64 = 4.0;

/// Which guests a run may seat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Guests without a seat (the default).
    Unseated,
    /// Every guest not pinned and not at a VIP table.
    All,
    /// These guests (pinned ones and those at VIP tables are still left alone).
    Guests(Vec<GuestId>),
}

/// What the organiser chose for a run.
#[derive(Clone, Debug)]
pub struct SeatingOptions {
    /// Which guests.
    pub scope: Scope,
    /// Which logical tables may receive guests (`None`: every table that is not VIP).
    pub tables: Option<BTreeSet<LogicalId>>,
    /// "Nobody alone": at least this many known guests at the table (0: off).
    pub min_known: u32,
    /// Weight of a same-department pair at one table (0: departments do not count).
    pub department_weight: i32,
    /// Wall-time budget.
    pub time: Duration,
    /// Seed of the search.
    pub seed: u64,
    /// Steps per worker instead of a time limit: the same seed then gives the same plan.
    pub steps: Option<u64>,
    /// Worker threads (at least 1).
    pub workers: usize,
    /// What counts like the department: the department (`None`) or a custom field whose equal
    /// values like to sit together.
    pub group_by: Option<crate::domain::FieldId>,
    /// A yes/no field whose "yes" guests (with their party) sit only at accessible tables.
    pub needs_access: Option<crate::domain::FieldId>,
}

impl Default for SeatingOptions {
    fn default() -> Self {
        Self {
            scope: Scope::Unseated,
            tables: None,
            min_known: 0,
            department_weight: DEFAULT_DEPARTMENT_WEIGHT,
            time: Duration::from_secs_f64(DEFAULT_SECONDS),
            seed: 1,
            steps: None,
            workers: std::thread::available_parallelism().map_or(1, |n| n.get().min(4)),
            group_by: None,
            needs_access: None,
        }
    }
}

/// A hard rule that cannot hold, with the guests concerned. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SeatingError {
    /// Guests who must sit together sit (and stay) at different tables.
    #[error("{}", t!("seat-err-together-split", where_ = where_text(.guests)))]
    TogetherSplit {
        /// Each table's guests (names) and the table's name ("" for no seat).
        guests: Vec<(Vec<String>, String)>,
    },
    /// Guests who must sit with someone at a table automatic seating never changes.
    #[error("{}", t!("seat-err-together-untouchable", guests = .guests.join(", "), with = .with.join(", "), table = .table.as_str()))]
    TogetherAtUntouchable {
        /// The guests to seat.
        guests: Vec<String>,
        /// Who they must sit with.
        with: Vec<String>,
        /// That table (VIP, or not chosen for this run).
        table: String,
    },
    /// A party larger than any table.
    #[error("{}", t!("seat-err-party-too-large", count = .guests.len(), guests = .guests.join(", "), seats = *.seats))]
    PartyTooLarge {
        /// The party.
        guests: Vec<String>,
        /// The most free seats a table has.
        seats: u32,
    },
    /// Guests who must sit with someone who stays at a table that has no room for them.
    #[error("{}", t!("seat-err-no-room-with-party", guests = .guests.join(", "), with = .with.join(", "), seats = *.seats, table = .table.as_str()))]
    NoRoomWithParty {
        /// The guests to seat.
        guests: Vec<String>,
        /// Who they must sit with (same group or a rule), staying at the table.
        with: Vec<String>,
        /// The free seats there.
        seats: u32,
        /// The table.
        table: String,
    },
    /// Two guests who must sit together and must not.
    #[error("{}", t!("seat-err-together-and-apart", a = .a.as_str(), b = .b.as_str()))]
    TogetherAndApart {
        /// One guest.
        a: String,
        /// The other.
        b: String,
    },
    /// A party bound to a table where someone it must avoid stays.
    #[error("{}", t!("seat-err-apart-at-fixed", guests = .guests.join(", "), table = .table.as_str()))]
    ApartAtFixedTable {
        /// The party.
        guests: Vec<String>,
        /// The table.
        table: String,
    },
    /// More guests who must all sit apart than tables with a free seat.
    #[error("{}", t!("seat-err-too-many-apart", count = .guests.len(), guests = .guests.join(", "), tables = *.tables))]
    TooManyApart {
        /// One guest of each party.
        guests: Vec<String>,
        /// The tables there are.
        tables: usize,
    },
    /// Guests who need an accessible table must stay (with their party) at one that is not.
    #[error("{}", t!("seat-err-access-at-fixed", guests = .guests.join(", "), table = .table.as_str()))]
    AccessAtFixedTable {
        /// The party.
        guests: Vec<String>,
        /// The table.
        table: String,
    },
    /// There is no table to seat anyone at.
    #[error("{}", t!("seat-err-no-tables"))]
    NoTables,
    /// A bug: an inconsistency inside the search.
    #[error("{}", t!("seat-err-internal"))]
    Internal,
}

fn where_text(groups: &[(Vec<String>, String)]) -> String {
    groups
        .iter()
        .map(|(who, at)| {
            if at.is_empty() {
                t!("seat-where-no-seat", guests = who.join(", "))
            } else {
                t!(
                    "seat-where-at",
                    guests = who.join(", "),
                    table = at.as_str()
                )
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The score of `plan`: wishes between guests at the same logical table plus
/// `department_weight` per same-department pair at one table.
pub fn score(plan: &Plan, department_weight: i32) -> i64 {
    score_by(plan, department_weight, None, |g| g.logical)
}

/// [`score`] with a custom field counting like the department (`group_by`), as a run with that
/// choice scores.
pub fn score_grouped(
    plan: &Plan,
    department_weight: i32,
    group_by: Option<crate::domain::FieldId>,
) -> i64 {
    score_by(plan, department_weight, group_by, |g| g.logical)
}

/// What a guest shares with others "like the department": the department, or the value of the
/// custom field `group_by` (lower case; empty when none).
pub fn group_key(guest: &crate::domain::Guest, group_by: Option<crate::domain::FieldId>) -> String {
    match group_by {
        None => guest.fields.department.trim().to_lowercase(),
        Some(field) => guest
            .custom
            .get(&field)
            .map(|v| crate::domain::describe::field_value_label(v).to_lowercase())
            .unwrap_or_default(),
    }
}

/// [`score`] with the seats `seat` gives instead of the plan's (a result not applied yet).
fn score_by(
    plan: &Plan,
    department_weight: i32,
    group_by: Option<crate::domain::FieldId>,
    seat: impl Fn(&crate::domain::Guest) -> Option<LogicalId>,
) -> i64 {
    let mut total = 0i64;
    for ((a, b), wish) in plan.wishes() {
        let (Some(ga), Some(gb)) = (plan.guest(a), plan.guest(b)) else {
            continue;
        };
        let (sa, sb) = (seat(ga), seat(gb));
        if sa.is_some() && sa == sb {
            total += i64::from(wish.weight);
        }
    }
    if department_weight != 0 {
        let mut counts: HashMap<(LogicalId, String), i64> = HashMap::new();
        for g in plan.guests() {
            let dept = group_key(g, group_by);
            if let Some(l) = seat(g)
                && !dept.is_empty()
            {
                *counts.entry((l, dept)).or_insert(0) += 1;
            }
        }
        total +=
            i64::from(department_weight) * counts.values().map(|c| c * (c - 1) / 2).sum::<i64>();
    }
    total
}

/// How far a run is, for a live display.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    /// Share of the time (or step) budget used, 0 … 1.
    pub fraction: f32,
    /// The best score found so far.
    pub best_score: i64,
    /// Guests of the run still without a seat in the best plan so far.
    pub unseated: usize,
}

/// Why a wish is not met.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnmetReason {
    /// One of them has no seat (no room left, or a rule kept them out).
    NoSeat(GuestId),
    /// One of them is pinned where they are.
    Pinned(GuestId),
    /// One of them sits at a VIP table or a table not in this run.
    Untouchable(GuestId),
    /// One of them was not part of this run.
    NotInRun(GuestId),
    /// A must-not-sit-together rule keeps them apart (with this guest).
    Rule(GuestId),
    /// The whole plan scores higher this way (tables were full, other wishes weighed more).
    TradeOff,
}

/// A wish the plan does not meet: wanted together but apart, or wanted apart but together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmet {
    /// One guest.
    pub guest: GuestId,
    /// The other.
    pub with: GuestId,
    /// The wish.
    pub wish: Wish,
    /// Why.
    pub reason: UnmetReason,
}

/// What a run found, before anything is written.
#[derive(Clone, Debug)]
pub struct SeatingResult {
    /// The score before ([`score`]).
    pub score_before: i64,
    /// The score after.
    pub score: i64,
    /// Guests without a seat before who get one: (guest, table).
    pub placed: Vec<(GuestId, LogicalId)>,
    /// Guests who change tables: (guest, from, to).
    pub moved: Vec<(GuestId, LogicalId, LogicalId)>,
    /// Guests of the run left (or put) without a seat.
    pub unseated: Vec<GuestId>,
    /// Of them, those whose party may sit only at accessible tables, none of which had room.
    pub unseated_needing_access: Vec<GuestId>,
    /// Of them, those who could have a seat — the free seats left where their party may sit are
    /// enough for it, only split across tables — but the search did not get them one. Such a
    /// result is not a promise kept: it has no command, and the front ends say to search
    /// longer (or seat them by hand) instead of applying it.
    pub unseated_with_room: Vec<GuestId>,
    /// Free seats left at the tables of the run.
    pub free_seats: u32,
    /// Wishes not met, with reasons (positive ones first, strongest first).
    pub unmet: Vec<Unmet>,
    /// Guests "nobody alone" did not apply to (fewer positive wishes than it asks for).
    pub exempt: Vec<GuestId>,
    /// How the search ended.
    pub stopped: Stopped,
    /// The most any seating of this run could score: no plan is better (see [`SeatingResult::gap`]).
    pub bound: i64,
    /// Steps the search took (the best worker's).
    pub steps: u64,
    /// Rounds of the best worker, and of them the last ones without a better plan.
    pub rounds: u64,
    /// See `rounds`.
    pub rounds_since_best: u64,
    /// How long the run took.
    pub elapsed: Duration,
    /// The command that applies it (one batch), or `None` when nothing changes.
    pub command: Option<Command>,
}

impl SeatingResult {
    /// How far the score may be below the best possible plan, as a share of the bound (0 when
    /// the plan is proven best); `None` where the bound says nothing (not above zero).
    pub fn gap(&self) -> Option<f64> {
        (self.bound > 0).then(|| (self.bound - self.score).max(0) as f64 / self.bound as f64)
    }

    /// For a result that left guests without a seat although the free seats would hold them
    /// ([`SeatingResult::unseated_with_room`]): why it is not applied, in words.
    pub fn incomplete_text(&self) -> Option<String> {
        (!self.unseated_with_room.is_empty()).then(|| {
            t!(
                "seat-incomplete",
                count = self.unseated_with_room.len(),
                free = self.free_seats
            )
        })
    }

    /// How good the plan is, in words: "This is the best possible plan." or "At most 1.2 %
    /// below the best possible plan (no plan scores more than 9,512)."
    pub fn quality_text(&self) -> String {
        match self.gap() {
            _ if self.score >= self.bound => t!("seat-quality-best"),
            Some(gap) => t!(
                "seat-quality-gap",
                gap = seatplan_i18n::fixed(100.0 * gap, 1),
                bound = self.bound
            ),
            None => t!("seat-quality-unknown"),
        }
    }

    /// Why the search stopped, in words.
    pub fn stop_text(&self) -> String {
        let seconds = seatplan_i18n::fixed(self.elapsed.as_secs_f64(), 1);
        match self.stopped {
            Stopped::Proven => t!("seat-stopped-proven", seconds = seconds),
            Stopped::Converged => t!(
                "seat-stopped-converged",
                seconds = seconds,
                rounds = self.rounds,
                stale = self.rounds_since_best
            ),
            Stopped::Steps => t!("seat-stopped-steps", steps = self.steps),
            Stopped::Time => t!("seat-stopped-time", seconds = seconds, rounds = self.rounds),
            Stopped::Cancelled => t!("seat-stopped-cancelled"),
        }
    }
}

/// Who comes to and who leaves one logical table in a result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableChange {
    /// Guests who get a seat here (placed or moved in).
    pub arriving: Vec<GuestId>,
    /// Guests who leave (moved away, or put without a seat).
    pub leaving: Vec<GuestId>,
}

impl SeatingResult {
    /// Per logical table, who comes and who goes.
    pub fn per_table(&self, plan: &Plan) -> BTreeMap<LogicalId, TableChange> {
        let mut out: BTreeMap<LogicalId, TableChange> = BTreeMap::new();
        for (guest, to) in &self.placed {
            out.entry(*to).or_default().arriving.push(*guest);
        }
        for (guest, from, to) in &self.moved {
            out.entry(*to).or_default().arriving.push(*guest);
            out.entry(*from).or_default().leaving.push(*guest);
        }
        for guest in &self.unseated {
            if let Some(from) = plan.guest(*guest).and_then(|g| g.logical) {
                out.entry(from).or_default().leaving.push(*guest);
            }
        }
        out
    }
}

/// The most any seating that a run with `options` may make can score (the plan's [`score`],
/// with the options' department weight and grouping): what [`run`] reports as
/// [`SeatingResult::bound`] (see `seating/bound.rs`).
pub fn upper_bound(plan: &Plan, options: &SeatingOptions) -> Result<i64, SeatingError> {
    let problem = Problem::build(plan, options)?;
    Ok(bound::upper_bound(&problem) + offset_of(plan, &problem, options))
}

/// The part of the plan's score a run cannot change (guests and tables outside it): the plan's
/// score less the search's own score of the plan as it is.
fn offset_of(plan: &Plan, problem: &Problem, options: &SeatingOptions) -> i64 {
    score_by(plan, options.department_weight, options.group_by, |g| {
        g.logical
    }) - search::State::new(problem, &problem.current).score()
}

/// Runs automatic seating on `plan`: checks the rules, searches, and returns the result with
/// its command. `cancel` stops the search early (the best plan so far is kept); `progress` is
/// called now and then from the workers.
pub fn run(
    plan: &Plan,
    options: &SeatingOptions,
    cancel: &AtomicBool,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<SeatingResult, SeatingError> {
    let problem = Problem::build(plan, options)?;
    if problem.tables.is_empty() && !problem.units.is_empty() {
        return Err(SeatingError::NoTables);
    }
    let began = Instant::now();
    let budget = search::Budget {
        deadline: options.steps.is_none().then(|| began + options.time),
        steps: options.steps,
        cancel,
    };
    let best: Mutex<Option<(i64, usize, search::Found)>> = Mutex::new(None);
    // The search scores only what it can change; the rest of the plan's score is constant.
    let offset = offset_of(plan, &problem, options);
    // The best any seating can score (in the search's terms): a run that reaches it stops.
    let bound = bound::upper_bound(&problem);
    // Workers report their own bests: only a better one reaches the display.
    let shown: Mutex<Option<(usize, i64)>> = Mutex::new(None);
    let report = |best_score: i64, unseated: usize| {
        let best_score = best_score + offset;
        if let Ok(mut last) = shown.lock() {
            let better = last.is_none_or(|(u, s)| {
                (std::cmp::Reverse(unseated), best_score) > (std::cmp::Reverse(u), s)
            });
            if !better {
                return;
            }
            *last = Some((unseated, best_score));
        }
        let fraction = match options.steps {
            Some(_) => 0.5,
            None => (began.elapsed().as_secs_f64() / options.time.as_secs_f64().max(1e-9)) as f32,
        };
        progress(Progress {
            fraction: fraction.min(1.0),
            best_score,
            unseated,
        });
    };
    let workers = options.workers.max(1);
    std::thread::scope(|scope| {
        for worker in 0..workers {
            let problem = &problem;
            let best = &best;
            let budget = &budget;
            let report = &report;
            scope.spawn(move || {
                let found = search_worker(problem, options, worker, bound, budget, report);
                if let Ok(mut slot) = best.lock() {
                    // Best value wins; on a tie the lower worker (reproducible).
                    let better = slot.as_ref().is_none_or(|(v, w, _)| {
                        (found.value, std::cmp::Reverse(worker)) > (*v, std::cmp::Reverse(*w))
                    });
                    if better {
                        *slot = Some((found.value, worker, found));
                    }
                }
            });
        }
    });
    let found = best
        .into_inner()
        .ok()
        .flatten()
        .map(|(_, _, f)| f)
        .ok_or(SeatingError::Internal)?;
    // A bug in the search must never reach the plan as a broken rule.
    if !search::State::new(&problem, &found.bins).keeps_the_rules() {
        return Err(SeatingError::Internal);
    }
    let mut result = result(plan, &problem, options, &found);
    result.bound = bound + offset;
    result.elapsed = began.elapsed();
    Ok(result)
}

/// One worker: a greedy plan annealed hot and improved (single moves, the unseated packed into
/// split seats, linked pairs of tables re-seated exactly, "nobody alone" kept), then rounds of
/// large-neighbourhood search ([`search::lns_round`]: a few linked tables re-seated, annealed,
/// polished and split exactly; a worse round taken back), restarting from a new greedy plan
/// after a long stretch without a better one. Every piece counts its work in steps and depends
/// on the problem only — the time budget just cuts the path short — so a longer run goes the
/// same way further and never ends worse, and a step budget gives the same plan for the same
/// seed anywhere. It stops at the budget, when its plan meets the bound (proven best), or after a
/// long stretch of rounds without a better plan (converged).
fn search_worker(
    p: &Problem,
    options: &SeatingOptions,
    worker: usize,
    bound: i64,
    budget: &search::Budget<'_>,
    report: &(dyn Fn(i64, usize) + Sync),
) -> search::Found {
    let mut rng = search::Rng::new(
        options
            .seed
            .wrapping_mul(0x100_0000_01B3)
            .wrapping_add(worker as u64),
    );
    let mut clock = search::Clock::new(budget);
    let units = p.units.len() as u64;
    let tables = p.tables.len() as u64;
    let first_steps = (units * units * 40).clamp(150_000, 400_000);
    let pairs = (p.tables.len() * 2).clamp(8, 600);
    // Rounds without a better plan before a fresh start, and before stopping.
    let restart_after = 30 + 20 * tables;
    let stale_after = 3 * restart_after;
    let mut best: Option<(Vec<u32>, i64)> = None;
    let mut current: Option<search::State<'_>> = None;
    let (mut rounds, mut since_best, mut since_start) = (0u64, 0u64, 0u64);
    let mut restarts = 0u64;
    let stopped = loop {
        let state = match current.as_mut() {
            Some(state) if since_start < restart_after => state,
            _ => {
                // Fresh starts alternate: by clusters of strong wishes, then party by party.
                let start = if restarts % 2 == 0 {
                    search::cluster_start(p, &mut rng)
                } else {
                    search::greedy(p, &mut rng)
                };
                restarts += 1;
                let (bins, _) = search::anneal(
                    p,
                    &start,
                    &mut rng,
                    first_steps,
                    search::HOT,
                    &mut clock,
                    report,
                );
                let bins = improve(p, &bins, pairs, &mut clock);
                since_start = 0;
                current.insert(search::State::new(p, &bins))
            }
        };
        if since_start > 0 {
            search::lns_round(p, state, &mut rng, &mut clock);
        }
        rounds += 1;
        since_start += 1;
        if best.as_ref().is_none_or(|(_, v)| state.value > *v) {
            // "Nobody alone" is a hard rule: the plan kept is one that keeps it.
            let kept = search::repair(p, &state.bin_of);
            let checked = search::State::new(p, &kept);
            if best.as_ref().is_none_or(|(_, v)| checked.value > *v) {
                report(checked.score(), checked.unseated());
                best = Some((kept, checked.value));
                since_best = 0;
                since_start = 1;
            } else {
                since_best += 1;
            }
        } else {
            since_best += 1;
        }
        if let Some(cut) = clock.cut {
            break cut;
        }
        if best.as_ref().is_some_and(|(_, v)| *v >= bound) {
            break Stopped::Proven;
        }
        if since_best >= stale_after {
            break Stopped::Converged;
        }
    };
    let (bins, value) = best.unwrap_or_else(|| {
        let state = search::State::new(p, &p.start);
        (p.start.clone(), state.value)
    });
    search::Found {
        bins,
        value,
        stopped,
        steps: clock.done,
        rounds,
        rounds_since_best: since_best,
    }
}

/// The improvement of an annealed plan: single moves until none helps, the unseated seated
/// where seats are split, linked pairs of tables re-seated exactly, single moves again.
fn improve(p: &Problem, bins: &[u32], pairs: usize, clock: &mut search::Clock<'_>) -> Vec<u32> {
    let mut state = search::State::new(p, bins);
    let all: Vec<u32> = (0..p.units.len() as u32).collect();
    let work = search::polish_units(p, &mut state, &all, None);
    clock.spend(work);
    let packed = search::pack(p, &mut state, clock);
    let exact = search::pair_exact(p, &mut state, pairs, clock);
    if packed || exact {
        let work = search::polish_units(p, &mut state, &all, None);
        clock.spend(work);
    }
    state.bin_of
}

/// The result of a search in terms of the plan: who goes where, the command, the unmet wishes.
fn result(
    plan: &Plan,
    p: &Problem,
    options: &SeatingOptions,
    found: &search::Found,
) -> SeatingResult {
    let unseated_bin = p.unseated_bin();
    let mut target: BTreeMap<GuestId, Option<LogicalId>> = BTreeMap::new();
    let mut unseated_needing_access = Vec::new();
    for (u, unit) in p.units.iter().enumerate() {
        let bin = found.bins[u];
        let table = (bin != unseated_bin).then(|| p.tables[bin as usize]);
        for &m in &unit.members {
            target.insert(p.guests[m as usize], table);
            if table.is_none() && p.needs_access.get(u).copied().unwrap_or(false) {
                unseated_needing_access.push(p.guests[m as usize]);
            }
        }
    }
    // Parties left without a seat although the free seats where they may sit would hold them
    // (split across tables): the search did not finish, no rule explains it.
    let state = search::State::new(p, &found.bins);
    let free_at: Vec<i64> = (0..p.tables.len() as u32)
        .map(|b| state.free_at(b))
        .collect();
    let free_seats = free_at.iter().map(|&f| f.max(0)).sum::<i64>() as u32;
    let mut unseated_with_room = Vec::new();
    for (u, unit) in p.units.iter().enumerate() {
        if found.bins[u] != unseated_bin || unit.fixed_bin.is_some() {
            continue;
        }
        let size = unit.members.len() as i64;
        let room: i64 = (0..p.tables.len() as u32)
            .filter(|b| !p.forbidden[u].contains(b))
            .map(|b| free_at[b as usize].max(0))
            .sum();
        let one_table = (0..p.tables.len() as u32)
            .any(|b| !p.forbidden[u].contains(&b) && free_at[b as usize] >= size);
        // A table with room that the party still did not take is kept from it by a rule (must
        // apart, nobody alone); no table with room but seats enough in all: split seats.
        if room >= size && !one_table {
            unseated_with_room.extend(unit.members.iter().map(|&m| p.guests[m as usize]));
        }
    }
    let mut placed = Vec::new();
    let mut moved = Vec::new();
    let mut unseated = Vec::new();
    let mut seat: BTreeMap<Option<LogicalId>, Vec<GuestId>> = BTreeMap::new();
    for (&guest, &to) in &target {
        let from = plan.guest(guest).and_then(|g| g.logical);
        match (from, to) {
            (None, Some(t)) => placed.push((guest, t)),
            (Some(f), Some(t)) if f != t => moved.push((guest, f, t)),
            (_, None) => unseated.push(guest),
            _ => {}
        }
        if from != to {
            seat.entry(to).or_default().push(guest);
        }
    }
    let commands: Vec<Command> = seat
        .into_iter()
        .map(|(logical, guests)| Command::SeatGuests { guests, logical })
        .collect();
    let changed = placed.len() + moved.len();
    let command = (!commands.is_empty() && unseated_with_room.is_empty()).then(|| Command::Many {
        description: match (placed.len(), moved.len()) {
            (n, 0) => format!("Seated {} automatically", guests_en(n)),
            (0, m) => format!("Re-seated {} automatically", guests_en(m)),
            _ => format!("Seated {} automatically", guests_en(changed)),
        },
        commands,
    });
    // The plan after the run, seen through the new seats (no copy of the plan).
    let seat = |g: &crate::domain::Guest| target.get(&g.id).copied().unwrap_or(g.logical);
    let unmet = unmet_wishes(plan, &seat, p, &target);
    SeatingResult {
        score_before: score_by(plan, options.department_weight, options.group_by, |g| {
            g.logical
        }),
        score: score_by(plan, options.department_weight, options.group_by, seat),
        placed,
        moved,
        unseated,
        unseated_needing_access,
        unseated_with_room,
        free_seats,
        unmet,
        exempt: p.exempt.clone(),
        stopped: found.stopped,
        bound: 0,
        steps: found.steps,
        rounds: found.rounds,
        rounds_since_best: found.rounds_since_best,
        elapsed: Duration::ZERO,
        command,
    }
}

fn guests_en(n: usize) -> String {
    if n == 1 {
        "1 guest".to_owned()
    } else {
        format!(
            "{} guests",
            seatplan_i18n::with_language(seatplan_i18n::FALLBACK, || seatplan_i18n::integer(
                n as i64
            ))
        )
    }
}

/// Every wish of a guest in play that the new plan does not meet, with the reason.
fn unmet_wishes(
    after: &Plan,
    seat: &dyn Fn(&crate::domain::Guest) -> Option<LogicalId>,
    p: &Problem,
    target: &BTreeMap<GuestId, Option<LogicalId>>,
) -> Vec<Unmet> {
    let in_run: BTreeSet<GuestId> = target.keys().copied().collect();
    let in_play: BTreeSet<LogicalId> = p.tables.iter().copied().collect();
    let mut out = Vec::new();
    for ((a, b), wish) in after.wishes() {
        let (Some(ga), Some(gb)) = (after.guest(a), after.guest(b)) else {
            continue;
        };
        let together = seat(ga).is_some() && seat(ga) == seat(gb);
        let wanted =
            wish.rule == Some(WishRule::Together) || (wish.rule.is_none() && wish.weight > 0);
        let unwanted =
            wish.rule == Some(WishRule::Apart) || (wish.rule.is_none() && wish.weight < 0);
        if !(wanted && !together || unwanted && together) {
            continue;
        }
        let explain = |g: &crate::domain::Guest| -> Option<UnmetReason> {
            if in_run.contains(&g.id) {
                return seat(g).is_none().then_some(UnmetReason::NoSeat(g.id));
            }
            if g.pinned {
                return Some(UnmetReason::Pinned(g.id));
            }
            match seat(g) {
                Some(l) if !in_play.contains(&l) => Some(UnmetReason::Untouchable(g.id)),
                _ => Some(UnmetReason::NotInRun(g.id)),
            }
        };
        let rule_between = |x: &crate::domain::Guest, y: &crate::domain::Guest| {
            // Someone at y's table that x must not sit with.
            let table = seat(y)?;
            after
                .wishes_of(x.id)
                .filter(|(_, w)| w.rule == Some(WishRule::Apart))
                .map(|(other, _)| other)
                .find(|&other| after.guest(other).is_some_and(|o| seat(o) == Some(table)))
        };
        let reason = explain(ga)
            .or_else(|| explain(gb))
            .or_else(|| {
                if wanted {
                    rule_between(ga, gb)
                        .or_else(|| rule_between(gb, ga))
                        .map(UnmetReason::Rule)
                } else {
                    None
                }
            })
            .unwrap_or(UnmetReason::TradeOff);
        out.push(Unmet {
            guest: a,
            with: b,
            wish: *wish,
            reason,
        });
    }
    out.sort_by_key(|u| {
        let positive = u.wish.rule == Some(WishRule::Together) || u.wish.weight > 0;
        (
            !positive,
            std::cmp::Reverse(u.wish.weight.abs()),
            u.guest,
            u.with,
        )
    });
    out
}

/// The wishes the plan as it stands does not meet, for each guest concerned: wanted together
/// (a positive weight or must-sit-together) but not at one table while at least one of them has
/// a seat, or wanted apart (a negative weight or must-not) but at one table.
pub fn unmet_in(plan: &Plan) -> BTreeMap<GuestId, Vec<(GuestId, Wish)>> {
    let mut out: BTreeMap<GuestId, Vec<(GuestId, Wish)>> = BTreeMap::new();
    for ((a, b), wish) in plan.wishes() {
        let (Some(ga), Some(gb)) = (plan.guest(a), plan.guest(b)) else {
            continue;
        };
        let together = ga.logical.is_some() && ga.logical == gb.logical;
        let wanted =
            wish.rule == Some(WishRule::Together) || (wish.rule.is_none() && wish.weight > 0);
        let unwanted =
            wish.rule == Some(WishRule::Apart) || (wish.rule.is_none() && wish.weight < 0);
        let seated = ga.logical.is_some() || gb.logical.is_some();
        if wanted && !together && seated || unwanted && together {
            out.entry(a).or_default().push((b, *wish));
            out.entry(b).or_default().push((a, *wish));
        }
    }
    out
}

/// Why one of `guest`'s wishes (with `other`) is unmet, in words: "wants to sit with Ben Weber
/// (+50), who sits at “Vertrieb 2”".
pub fn unmet_text(plan: &Plan, other: GuestId, wish: &Wish) -> String {
    let Some(o) = plan.guest(other) else {
        return String::new();
    };
    let name = o.display_name();
    let place = plan.place_of(o).short();
    match wish.rule {
        Some(WishRule::Together) => t!("unmet-here-together", guest = name, place = place),
        Some(WishRule::Apart) => t!("unmet-here-apart", guest = name),
        None if wish.weight > 0 => t!(
            "unmet-here-with",
            guest = name,
            weight = crate::domain::describe::signed(wish.weight),
            place = place
        ),
        None => t!(
            "unmet-here-not-with",
            guest = name,
            weight = crate::domain::describe::signed(wish.weight)
        ),
    }
}

impl UnmetReason {
    /// Why, in words of the current language, naming guests as they are in `plan`.
    pub fn text(&self, plan: &Plan) -> String {
        let name = |g: &GuestId| {
            plan.guest(*g)
                .map_or_else(|| g.to_string(), |g| g.display_name())
        };
        match self {
            UnmetReason::NoSeat(g) => t!("unmet-no-seat", guest = name(g)),
            UnmetReason::Pinned(g) => t!("unmet-pinned", guest = name(g)),
            UnmetReason::Untouchable(g) => t!("unmet-untouchable", guest = name(g)),
            UnmetReason::NotInRun(g) => t!("unmet-not-in-run", guest = name(g)),
            UnmetReason::Rule(g) => t!("unmet-rule", guest = name(g)),
            UnmetReason::TradeOff => t!("unmet-trade-off"),
        }
    }
}

#[cfg(test)]
mod tests;
