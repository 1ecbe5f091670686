//! The search: parties moved and swapped between tables by simulated annealing on incremental
//! score deltas, from a greedy start; each step costs O(wishes of the moved party).
//!
//! The objective is lexicographic in practice: every guest without a seat costs
//! [`UNSEATED_COST`] (more than any placement can gain), a guest who sits with fewer than the
//! required number of people they know costs [`ALONE_COST`] (less, so the search may seat
//! someone alone on the way to a better table), then the score (wishes + departments) counts.
//! "Nobody alone" is a hard rule: [`repair`] finally takes such guests out again.

use super::problem::{NO_DEPT, Problem};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// The cost of one guest left without a seat.
pub(crate) const UNSEATED_COST: i64 = 1_000_000;
/// The cost of one seated guest who knows too few at their table ("nobody alone").
pub(crate) const ALONE_COST: i64 = 100_000;

/// A small, fast, seedable generator (SplitMix64).
#[derive(Clone, Debug)]
pub(crate) struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n.max(1) as u64) as usize
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// An assignment of parties to bins with everything needed for O(wishes) deltas.
#[derive(Clone, Debug)]
pub(crate) struct State<'p> {
    p: &'p Problem,
    /// Bin of each party.
    pub bin_of: Vec<u32>,
    /// Bin of each guest (fixed guests never change).
    guest_bin: Vec<u32>,
    /// Free seats per table bin.
    free: Vec<i64>,
    /// Department counts per table bin (`bin * depts + dept`).
    dept_count: Vec<u32>,
    /// Parties per bin (for swaps).
    members: Vec<Vec<u32>>,
    /// Position of each party in its bin's list.
    slot: Vec<u32>,
    /// Number of known guests at the same table, per guest.
    known_here: Vec<u32>,
    /// The objective (higher is better).
    pub value: i64,
    /// Scratch list of guests whose "nobody alone" status a move may change.
    touched: Vec<u32>,
    /// Movable guests without a seat.
    unseated: i64,
    /// Seated movable guests who know too few at their table.
    alone: i64,
}

impl<'p> State<'p> {
    /// Every party in its starting bin (fixed parties at their table).
    pub fn new(p: &'p Problem, start: &[u32]) -> Self {
        let bins = p.tables.len() + 1;
        let mut guest_bin: Vec<u32> = p
            .fixed_bin
            .iter()
            .map(|b| b.unwrap_or(p.unseated_bin()))
            .collect();
        let mut s = State {
            p,
            bin_of: vec![p.unseated_bin(); p.units.len()],
            guest_bin: Vec::new(),
            free: p.free.iter().map(|&f| i64::from(f)).collect(),
            dept_count: vec![0; bins * p.depts.max(1)],
            members: vec![Vec::new(); bins],
            slot: vec![0; p.units.len()],
            known_here: vec![0; p.guests.len()],
            value: 0,
            touched: Vec::new(),
            unseated: 0,
            alone: 0,
        };
        s.free.push(i64::MAX / 4);
        for (u, unit) in p.units.iter().enumerate() {
            let bin = unit.fixed_bin.unwrap_or(start[u]);
            s.bin_of[u] = bin;
            for &m in &unit.members {
                guest_bin[m as usize] = bin;
            }
        }
        s.guest_bin = guest_bin;
        for (g, &bin) in s.guest_bin.iter().enumerate() {
            if bin != p.unseated_bin() {
                let d = p.dept[g];
                if d != NO_DEPT {
                    s.dept_count[bin as usize * p.depts + d as usize] += 1;
                }
            }
        }
        for (u, &bin) in s.bin_of.clone().iter().enumerate() {
            s.slot[u] = s.members[bin as usize].len() as u32;
            s.members[bin as usize].push(u as u32);
            s.free[bin as usize] -= p.units[u].members.len() as i64;
        }
        for g in 0..p.guests.len() {
            s.known_here[g] = s.count_known(g as u32);
        }
        s.value = s.evaluate();
        s.unseated = s.unseated_guests() as i64;
        s.alone = (0..p.guests.len() as u32)
            .filter(|&g| s.alone(g, s.known_here[g as usize]))
            .count() as i64;
        s
    }

    fn count_known(&self, g: u32) -> u32 {
        let bin = self.guest_bin[g as usize];
        if bin == self.p.unseated_bin() {
            return 0;
        }
        self.p.known[g as usize]
            .iter()
            .filter(|&&h| self.guest_bin[h as usize] == bin)
            .count() as u32
    }

    /// Whether movable guest `g` breaks "nobody alone" where they are.
    fn alone(&self, g: u32, known_here: u32) -> bool {
        let k = self.p.min_known;
        k > 0
            && self.p.unit_of[g as usize].is_some()
            && self.guest_bin[g as usize] != self.p.unseated_bin()
            && self.p.known[g as usize].len() as u32 >= k
            && known_here < k
    }

    /// The objective from scratch (for checks and the start).
    pub fn evaluate(&self) -> i64 {
        let p = self.p;
        let unseated = p.unseated_bin();
        let mut value = 0i64;
        for (g, adj) in p.adj.iter().enumerate() {
            let bin = self.guest_bin[g];
            if bin == unseated {
                continue;
            }
            for &(h, w) in adj {
                if (h as usize) > g && self.guest_bin[h as usize] == bin {
                    value += i64::from(w);
                }
            }
        }
        for &c in &self.dept_count {
            value += p.department_weight * i64::from(c) * i64::from(c.saturating_sub(1)) / 2;
        }
        for (u, unit) in p.units.iter().enumerate() {
            if self.bin_of[u] == unseated {
                value -= UNSEATED_COST * unit.members.len() as i64;
            }
        }
        for g in 0..p.guests.len() as u32 {
            if self.alone(g, self.count_known(g)) {
                value -= ALONE_COST;
            }
        }
        value
    }

    /// The score part of the objective (wishes and departments; no penalties).
    pub fn score(&self) -> i64 {
        self.value + self.unseated * UNSEATED_COST + self.alone * ALONE_COST
    }

    /// Movable guests without a seat (kept up to date by [`State::apply`]).
    pub fn unseated(&self) -> usize {
        self.unseated as usize
    }

    /// Movable guests without a seat.
    pub fn unseated_guests(&self) -> usize {
        let unseated = self.p.unseated_bin();
        self.p
            .units
            .iter()
            .zip(&self.bin_of)
            .filter(|&(_, &b)| b == unseated)
            .map(|(u, _)| u.members.len())
            .sum()
    }

    /// Whether party `u` may go to `bin` (capacity aside).
    fn allowed(&self, u: u32, bin: u32, ignoring: Option<u32>) -> bool {
        if bin == self.p.unseated_bin() {
            return true;
        }
        if self.p.forbidden[u as usize].contains(&bin) {
            return false;
        }
        self.p.apart[u as usize]
            .iter()
            .all(|&v| Some(v) == ignoring || self.bin_of[v as usize] != bin)
    }

    /// Moves party `u` to `to`, updating everything; returns the change of the objective.
    pub fn apply(&mut self, u: u32, to: u32) -> i64 {
        let p = self.p;
        let from = self.bin_of[u as usize];
        if from == to {
            return 0;
        }
        let unseated = p.unseated_bin();
        let unit = &p.units[u as usize];
        let size = unit.members.len() as i64;
        let mut delta = 0i64;
        // Wishes with guests outside the party.
        for &g in &unit.members {
            for &(h, w) in &p.adj[g as usize] {
                if p.unit_of[h as usize] == Some(u) {
                    continue;
                }
                let hb = self.guest_bin[h as usize];
                if hb == unseated {
                    continue;
                }
                if hb == to {
                    delta += i64::from(w);
                }
                if hb == from {
                    delta -= i64::from(w);
                }
            }
        }
        // Wishes inside the party and no-seat costs.
        if from == unseated {
            delta += unit.inner_weight + UNSEATED_COST * size;
        }
        if to == unseated {
            delta -= unit.inner_weight + UNSEATED_COST * size;
        }
        // Departments: take the party out of `from`, then add it to `to`.
        if p.department_weight != 0 {
            for (i, &g) in unit.members.iter().enumerate() {
                let d = p.dept[g as usize];
                if d == NO_DEPT || unit.members[..i].iter().any(|&m| p.dept[m as usize] == d) {
                    continue;
                }
                let k = unit
                    .members
                    .iter()
                    .filter(|&&m| p.dept[m as usize] == d)
                    .count() as i64;
                let pairs = |c: i64| c * (c - 1) / 2;
                if from != unseated {
                    let c = i64::from(self.dept_count[from as usize * p.depts + d as usize]);
                    delta += p.department_weight * (pairs(c - k) - pairs(c));
                }
                if to != unseated {
                    let c = i64::from(self.dept_count[to as usize * p.depts + d as usize]);
                    delta += p.department_weight * (pairs(c + k) - pairs(c));
                }
            }
            for &g in &unit.members {
                let d = p.dept[g as usize];
                if d != NO_DEPT {
                    if from != unseated {
                        self.dept_count[from as usize * p.depts + d as usize] -= 1;
                    }
                    if to != unseated {
                        self.dept_count[to as usize * p.depts + d as usize] += 1;
                    }
                }
            }
        }
        // "Nobody alone": the members and the guests they know at either table.
        if p.min_known > 0 {
            // Each affected guest once: the members and everyone they know.
            let mut touched = std::mem::take(&mut self.touched);
            touched.clear();
            for &g in &unit.members {
                touched.push(g);
                touched.extend(p.known[g as usize].iter().copied());
            }
            touched.sort_unstable();
            touched.dedup();
            let count_alone = |s: &Self| {
                touched
                    .iter()
                    .filter(|&&h| s.alone(h, s.known_here[h as usize]))
                    .count() as i64
            };
            let before = count_alone(self);
            self.relocate(u, from, to);
            for &g in &unit.members {
                for &h in &p.known[g as usize] {
                    if p.unit_of[h as usize] == Some(u) {
                        continue;
                    }
                    let hb = self.guest_bin[h as usize];
                    if hb != unseated && hb == from {
                        self.known_here[h as usize] -= 1;
                    }
                    if hb != unseated && hb == to {
                        self.known_here[h as usize] += 1;
                    }
                }
            }
            for &g in &unit.members {
                self.known_here[g as usize] = self.count_known(g);
            }
            let after = count_alone(self);
            self.touched = touched;
            self.alone += after - before;
            delta -= (after - before) * ALONE_COST;
        } else {
            self.relocate(u, from, to);
        }
        if from == unseated {
            self.unseated -= size;
        }
        if to == unseated {
            self.unseated += size;
        }
        self.value += delta;
        delta
    }

    /// Moves the bookkeeping of party `u` from one bin to another.
    fn relocate(&mut self, u: u32, from: u32, to: u32) {
        let size = self.p.units[u as usize].members.len() as i64;
        let list = &mut self.members[from as usize];
        let at = self.slot[u as usize] as usize;
        list.swap_remove(at);
        if let Some(&moved) = list.get(at) {
            self.slot[moved as usize] = at as u32;
        }
        self.slot[u as usize] = self.members[to as usize].len() as u32;
        self.members[to as usize].push(u);
        self.free[from as usize] += size;
        self.free[to as usize] -= size;
        self.bin_of[u as usize] = to;
        for &g in &self.p.units[u as usize].members {
            self.guest_bin[g as usize] = to;
        }
    }

    /// Free seats at a bin.
    fn free(&self, bin: u32) -> i64 {
        self.free[bin as usize]
    }

    /// Whether every hard rule holds: seats at every table, no party at a table it may not use,
    /// no two parties that must sit apart at one table. The search keeps them by construction;
    /// this is the last check before a result leaves it.
    pub fn keeps_the_rules(&self) -> bool {
        let unseated = self.p.unseated_bin();
        (0..self.p.tables.len()).all(|b| self.free[b] >= 0)
            && self.bin_of.iter().enumerate().all(|(u, &bin)| {
                bin == unseated
                    || (!self.p.forbidden[u].contains(&bin)
                        && self.p.apart[u]
                            .iter()
                            .all(|&v| self.bin_of[v as usize] != bin))
            })
    }

    /// Free seats at a table bin (for the result's report).
    pub fn free_at(&self, bin: u32) -> i64 {
        self.free(bin)
    }
}

/// How long a search may run: a deadline (wall time), a number of steps (work: the same seed
/// then gives the same plan on any machine), and a flag someone may set to stop it.
pub(crate) struct Budget<'a> {
    /// Stop at this instant; `None` makes a run reproducible (steps only).
    pub deadline: Option<Instant>,
    /// Stop after this many steps (per worker).
    pub steps: Option<u64>,
    /// Set from outside to stop; the best plan so far is kept.
    pub cancel: &'a AtomicBool,
}

/// How a search ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// Its plan scores what the bound says is the best possible: nothing can be better.
    Proven,
    /// Nothing better was found for a long stretch of rounds (the run says how long).
    Converged,
    /// It ran the steps it was given.
    Steps,
    /// The time budget ran out.
    Time,
    /// Someone stopped it.
    Cancelled,
}

/// A worker's count of the work done, and the reason to stop once there is one. Every piece of
/// the search spends steps from it; wall time and the cancel flag only cut the search short, so
/// the path a search takes never depends on the time it is given (a longer run goes the same way
/// further, and never ends worse).
pub(crate) struct Clock<'a> {
    budget: &'a Budget<'a>,
    /// Steps done so far.
    pub done: u64,
    /// Why the search must stop, once it must.
    pub cut: Option<Stopped>,
    since_check: u64,
}

impl<'a> Clock<'a> {
    pub fn new(budget: &'a Budget<'a>) -> Self {
        Clock {
            budget,
            done: 0,
            cut: None,
            since_check: 0,
        }
    }

    /// Spends `n` steps; false once the search must stop.
    pub fn spend(&mut self, n: u64) -> bool {
        if self.cut.is_some() {
            return false;
        }
        self.done += n;
        self.since_check += n;
        if let Some(total) = self.budget.steps
            && self.done >= total
        {
            self.cut = Some(Stopped::Steps);
            return false;
        }
        // The wall clock and the flag are looked at every few thousand steps.
        if self.since_check >= 2048 {
            self.since_check = 0;
            if self.budget.cancel.load(Ordering::Relaxed) {
                self.cut = Some(Stopped::Cancelled);
                return false;
            }
            if self.budget.deadline.is_some_and(|d| Instant::now() >= d) {
                self.cut = Some(Stopped::Time);
                return false;
            }
        }
        true
    }

    /// Whether the search must stop.
    pub fn stopped(&self) -> bool {
        self.cut.is_some()
    }
}

/// One worker's result: the best assignment found, and how the search went.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub bins: Vec<u32>,
    pub value: i64,
    pub stopped: Stopped,
    /// Steps done.
    pub steps: u64,
    /// Rounds (episodes) done, and rounds since the last improvement.
    pub rounds: u64,
    pub rounds_since_best: u64,
}

/// How an anneal is heated: from `hot` to `cold` over its steps; while less than `relax_until`
/// of it is done, a guest without a seat or sitting alone (against "nobody alone") costs little,
/// so that the search can pass through such plans (tight venues, close-knit tables); after that
/// the full price.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Heat {
    pub hot: f64,
    pub cold: f64,
    pub relax_until: f64,
}

impl Heat {
    /// At `fraction` of an anneal: the temperature, and what a guest without a seat and a guest
    /// sitting alone cost (little while relaxed, the full price after).
    fn at(self, fraction: f64) -> (f64, i64, i64) {
        let temperature = self.hot * (self.cold / self.hot).powf(fraction);
        if fraction < self.relax_until {
            (
                temperature,
                30 + (400.0 * fraction) as i64,
                20 + (2_000.0 * fraction) as i64,
            )
        } else {
            (temperature, UNSEATED_COST, ALONE_COST)
        }
    }
}

/// The first anneal of a restart: hot, long relaxed.
pub(crate) const HOT: Heat = Heat {
    hot: 20.0,
    cold: 0.05,
    relax_until: 0.8,
};

/// The anneal after a perturbation of the best plan: warm, so it keeps most of it.
pub(crate) const WARM: Heat = Heat {
    hot: 3.0,
    cold: 0.05,
    relax_until: 0.5,
};

/// What decides where a cluster goes among the tables where it fits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prefer {
    /// The fewest seats left over, then the most gain (a start: tables of the right size).
    Fit,
    /// The most gain, then the fewest seats left over (a region being re-seated).
    Gain,
}

/// Seats the parties of `group` (all without a seat) at `bin` one by one, each only where the
/// rules let it (a cluster may hold two parties that must sit apart); returns the gain, or `None`
/// (and everything as it was) when the seats or a rule do not let the whole group sit there.
fn seat_group(p: &Problem, s: &mut State<'_>, group: &[u32], bin: u32) -> Option<i64> {
    let need: i64 = group
        .iter()
        .map(|&u| p.units[u as usize].members.len() as i64)
        .sum();
    if s.free(bin) < need {
        return None;
    }
    let mut gain = 0;
    for (i, &u) in group.iter().enumerate() {
        if !s.allowed(u, bin, None) {
            for &v in &group[..i] {
                s.apply(v, p.unseated_bin());
            }
            return None;
        }
        gain += s.apply(u, bin);
    }
    Some(gain)
}

/// Seats each cluster of `groups` (largest first, equal sizes in a random order) whole at one
/// of `bins` — the best by `prefer` — and returns the parties of the clusters that fit nowhere.
fn seat_clusters(
    p: &Problem,
    s: &mut State<'_>,
    groups: &mut [Vec<u32>],
    bins: &[u32],
    prefer: Prefer,
    rng: &mut Rng,
) -> Vec<u32> {
    let unseated = p.unseated_bin();
    for i in (1..groups.len()).rev() {
        groups.swap(i, rng.below(i + 1));
    }
    let size_of = |g: &[u32]| {
        g.iter()
            .map(|&u| p.units[u as usize].members.len())
            .sum::<usize>() as i64
    };
    groups.sort_by_key(|g| std::cmp::Reverse(size_of(g)));
    let mut rest = Vec::new();
    for group in groups.iter() {
        let need = size_of(group);
        let mut best: Option<((i64, i64), u32)> = None;
        if group.len() > 1 {
            for &bin in bins {
                let left = s.free(bin) - need;
                let Some(gain) = seat_group(p, s, group, bin) else {
                    continue;
                };
                for &u in group {
                    s.apply(u, unseated);
                }
                let key = match prefer {
                    Prefer::Fit => (-left, gain),
                    Prefer::Gain => (gain, -left),
                };
                if best.is_none_or(|(k, _)| key > k) {
                    best = Some((key, bin));
                }
            }
        }
        match best.and_then(|(_, bin)| seat_group(p, s, group, bin)) {
            Some(_) => {}
            None => rest.extend(group.iter().copied()),
        }
    }
    rest
}

/// Seats each party of `units` (largest first) at the one of `bins` where it gains most.
fn seat_by_gain(p: &Problem, s: &mut State<'_>, mut units: Vec<u32>, bins: &[u32]) {
    let unseated = p.unseated_bin();
    units.sort_by_key(|&u| std::cmp::Reverse(p.units[u as usize].members.len()));
    for u in units {
        let size = p.units[u as usize].members.len() as i64;
        let mut best: Option<(i64, u32)> = None;
        for &bin in bins {
            if s.free(bin) < size || !s.allowed(u, bin, None) {
                continue;
            }
            let gain = s.apply(u, bin);
            s.apply(u, unseated);
            if best.is_none_or(|(g, _)| gain > g) {
                best = Some((gain, bin));
            }
        }
        if let Some((_, bin)) = best {
            s.apply(u, bin);
        }
    }
}

/// A start by clusters: parties joined by strong wishes ([`clusters`]) are seated together,
/// largest cluster first, each at the table where it fits best (the fewest seats left over,
/// then the most gain) — cliques of colleagues find tables of their size; what fits nowhere
/// whole is seated party by party where it gains most.
pub(crate) fn cluster_start(p: &Problem, rng: &mut Rng) -> Vec<u32> {
    let mut s = State::new(p, &p.start);
    let unseated = p.unseated_bin();
    let tables = p.tables.len() as u32;
    let free: Vec<u32> = (0..p.units.len() as u32)
        .filter(|&u| p.units[u as usize].fixed_bin.is_none() && s.bin_of[u as usize] == unseated)
        .collect();
    let mut groups = clusters(p, &free);
    let all: Vec<u32> = (0..tables).collect();
    let rest = seat_clusters(p, &mut s, &mut groups, &all, Prefer::Fit, rng);
    seat_by_gain(p, &mut s, rest, &all);
    s.bin_of
}

/// A greedy start: parties largest first, each to the allowed table with room where it gains
/// most (ties: the emptier table), from where they are.
pub(crate) fn greedy(p: &Problem, rng: &mut Rng) -> Vec<u32> {
    let mut s = State::new(p, &p.start);
    let mut order: Vec<u32> = (0..p.units.len() as u32)
        .filter(|&u| p.units[u as usize].fixed_bin.is_none())
        .filter(|&u| s.bin_of[u as usize] == p.unseated_bin())
        .collect();
    // Shuffle, then sort by size: equal sizes in a seed-dependent order.
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order.sort_by_key(|&u| std::cmp::Reverse(p.units[u as usize].members.len()));
    for u in order {
        let size = p.units[u as usize].members.len() as i64;
        let mut best: Option<(i64, i64, u32)> = None;
        for bin in 0..p.tables.len() as u32 {
            if s.free(bin) < size || !s.allowed(u, bin, None) {
                continue;
            }
            let gain = s.apply(u, bin);
            s.apply(u, p.unseated_bin());
            let key = (gain, s.free(bin));
            if best.is_none_or(|(g, f, _)| key > (g, f)) {
                best = Some((key.0, key.1, bin));
            }
        }
        if let Some((gain, _, bin)) = best
            && gain > 0
        {
            s.apply(u, bin);
        }
    }
    s.bin_of
}

/// Simulated annealing from `start` for `steps` steps (fewer if the clock stops it): moves and
/// swaps of parties, biased toward tables where a party's wished-for guests sit. Returns the
/// best assignment seen and its value (full penalties). Reports `(score, unseated)` now and
/// then through `progress`.
pub(crate) fn anneal(
    p: &Problem,
    start: &[u32],
    rng: &mut Rng,
    steps: u64,
    heat: Heat,
    clock: &mut Clock<'_>,
    progress: &(dyn Fn(i64, usize) + Sync),
) -> (Vec<u32>, i64) {
    let mut s = State::new(p, start);
    let mut best = s.bin_of.clone();
    let mut best_value = s.value;
    let mut best_report = (s.score(), s.unseated());
    let movable: Vec<u32> = (0..p.units.len() as u32)
        .filter(|&u| p.units[u as usize].fixed_bin.is_none())
        .collect();
    if movable.is_empty() || p.tables.is_empty() {
        return (best, best_value);
    }
    let bins = p.tables.len() as u32;
    let mut temperature = heat.hot;
    // While relaxed, leaving a party without a seat, or a guest alone, costs little.
    let mut relax_unseated = UNSEATED_COST;
    let mut relax_alone = ALONE_COST;
    let mut step = 0u64;
    while step < steps {
        if step % 256 == 0 {
            if !clock.spend(256.min(steps - step)) {
                break;
            }
            (temperature, relax_unseated, relax_alone) = heat.at(step as f64 / steps.max(1) as f64);
            if step % (4096 * 16) == 0 {
                progress(best_report.0, best_report.1);
            }
        }
        step += 1;
        // The change of the objective with the penalties relaxed.
        let relaxed = |s: &State<'_>, delta: i64, unseated_before: i64, alone_before: i64| {
            delta
                + (s.unseated - unseated_before) * (UNSEATED_COST - relax_unseated)
                + (s.alone - alone_before) * (ALONE_COST - relax_alone)
        };

        let u = movable[rng.below(movable.len())];
        let from = s.bin_of[u as usize];
        // A destination: where a wished-for guest sits, else any table (or no seat, rarely).
        let to = {
            let unit = &p.units[u as usize];
            let pick = rng.below(4);
            if pick < 2 {
                let g = unit.members[rng.below(unit.members.len())];
                let adj = &p.adj[g as usize];
                match adj.get(rng.below(adj.len().max(1))) {
                    Some(&(h, w)) if w > 0 => s.guest_bin[h as usize],
                    _ => rng.below(bins as usize) as u32,
                }
            } else if pick == 3
                && rng.below(if relax_unseated < UNSEATED_COST {
                    6
                } else {
                    50
                }) == 0
            {
                p.unseated_bin()
            } else {
                rng.below(bins as usize) as u32
            }
        };
        if to == from {
            continue;
        }
        let size = p.units[u as usize].members.len() as i64;
        if s.free(to) >= size {
            if !s.allowed(u, to, None) {
                continue;
            }
            let (unseated_before, alone_before) = (s.unseated, s.alone);
            let delta = s.apply(u, to);
            let delta = relaxed(&s, delta, unseated_before, alone_before);
            if accept(delta, temperature, rng) {
                if s.value > best_value {
                    best_value = s.value;
                    best.clone_from(&s.bin_of);
                    best_report = (s.score(), s.unseated());
                }
            } else {
                s.apply(u, from);
            }
        } else if to != p.unseated_bin() {
            // Full: exchange it for one to three parties there that make room and fit where it
            // was (a party of four for two couples).
            let mut out: [u32; 3] = [0; 3];
            let mut n = 0;
            let mut room = s.free(to);
            let mut tries = 0;
            while room < size && n < 3 && tries < 6 {
                tries += 1;
                let there = &s.members[to as usize];
                if there.is_empty() {
                    break;
                }
                let v = there[rng.below(there.len())];
                if p.units[v as usize].fixed_bin.is_some() || out[..n].contains(&v) {
                    continue;
                }
                out[n] = v;
                n += 1;
                room += p.units[v as usize].members.len() as i64;
            }
            let taken: i64 = out[..n]
                .iter()
                .map(|&v| p.units[v as usize].members.len() as i64)
                .sum();
            if n == 0 || room < size || s.free(from) + size < taken {
                continue;
            }
            let parked = p.unseated_bin();
            let (unseated_before, alone_before) = (s.unseated, s.alone);
            let mut delta = 0;
            for &v in &out[..n] {
                delta += s.apply(v, parked);
            }
            let mut fits = s.allowed(u, to, None);
            if fits {
                delta += s.apply(u, to);
                for &v in &out[..n] {
                    fits &= s.allowed(v, from, None);
                }
                if fits {
                    for &v in &out[..n] {
                        delta += s.apply(v, from);
                    }
                }
            }
            let delta = relaxed(&s, delta, unseated_before, alone_before);
            if fits && accept(delta, temperature, rng) {
                if s.value > best_value {
                    best_value = s.value;
                    best.clone_from(&s.bin_of);
                    best_report = (s.score(), s.unseated());
                }
            } else {
                // Back as it was: the parties from `from` (or the park) to `to`, this one home.
                for &v in &out[..n] {
                    s.apply(v, parked);
                }
                s.apply(u, from);
                for &v in &out[..n] {
                    s.apply(v, to);
                }
            }
        }
    }
    progress(best_report.0, best_report.1);
    (best, best_value)
}

fn accept(delta: i64, temperature: f64, rng: &mut Rng) -> bool {
    delta >= 0 || rng.unit() < (delta as f64 / temperature).exp()
}

/// Improves the plan by single moves of the parties `units` until none helps: each party tried at
/// the tables where guests it has wishes with sit, at no seat, and — while it has no seat (or
/// when departments count, in venues of up to 400 tables) — at every table; with `near`, only at
/// these tables and where its wished-for guests sit. Returns the moves tried (work).
pub(crate) fn polish_units(
    p: &Problem,
    s: &mut State<'_>,
    units: &[u32],
    near: Option<&[u32]>,
) -> u64 {
    let tables = p.tables.len() as u32;
    let mut candidates: Vec<u32> = Vec::new();
    let mut work = 0u64;
    for _round in 0..50 {
        let mut improved = false;
        for &u in units {
            if p.units[u as usize].fixed_bin.is_some() {
                continue;
            }
            let from = s.bin_of[u as usize];
            let size = p.units[u as usize].members.len() as i64;
            candidates.clear();
            if let Some(near) = near {
                candidates.extend_from_slice(near);
                for &g in &p.units[u as usize].members {
                    candidates.extend(
                        p.adj[g as usize]
                            .iter()
                            .filter(|&&(_, w)| w > 0)
                            .map(|&(h, _)| s.guest_bin[h as usize]),
                    );
                }
                candidates.sort_unstable();
                candidates.dedup();
            } else if from == p.unseated_bin() || p.department_weight != 0 && tables <= 400 {
                candidates.extend(0..tables);
            } else {
                for &g in &p.units[u as usize].members {
                    candidates.extend(
                        p.adj[g as usize]
                            .iter()
                            .map(|&(h, _)| s.guest_bin[h as usize]),
                    );
                }
                candidates.push(p.unseated_bin());
                candidates.sort_unstable();
                candidates.dedup();
            }
            let mut best = (0i64, from);
            for &to in &candidates {
                if to == from || s.free(to) < size || !s.allowed(u, to, None) {
                    continue;
                }
                work += 1;
                let delta = s.apply(u, to);
                s.apply(u, from);
                if delta > best.0 {
                    best = (delta, to);
                }
            }
            if best.1 != from {
                s.apply(u, best.1);
                improved = true;
            }
        }
        if !improved {
            break;
        }
    }
    work
}

/// Keeps "nobody alone" strictly: parties with a member who knows too few at their table leave
/// it, then parties without a seat come back wherever that breaks nobody's rule — a few rounds,
/// until nothing changes.
pub(crate) fn repair(p: &Problem, bins: &[u32]) -> Vec<u32> {
    let mut s = State::new(p, bins);
    if p.min_known == 0 {
        return s.bin_of;
    }
    let unseated = p.unseated_bin();
    for _round in 0..6 {
        // Out: every party with someone alone (a party bound to a table too: it leaves with no
        // seat rather than sit there alone).
        while let Some(u) = (0..p.guests.len() as u32)
            .filter(|&g| s.alone(g, s.known_here[g as usize]))
            .filter_map(|g| p.unit_of[g as usize])
            .find(|&u| s.bin_of[u as usize] != unseated)
        {
            s.apply(u, unseated);
        }
        // Back: a party without a seat goes where it gains most and nobody is left alone.
        let mut placed = false;
        for u in 0..p.units.len() as u32 {
            if s.bin_of[u as usize] != unseated {
                continue;
            }
            let size = p.units[u as usize].members.len() as i64;
            let targets: Vec<u32> = match p.units[u as usize].fixed_bin {
                Some(b) if b == unseated => continue,
                Some(b) => vec![b],
                None => (0..p.tables.len() as u32).collect(),
            };
            let mut best: Option<(i64, u32)> = None;
            for to in targets {
                if s.free(to) < size || !s.allowed(u, to, None) {
                    continue;
                }
                let alone_before = s.alone;
                let delta = s.apply(u, to);
                let keeps_rule = s.alone <= alone_before;
                s.apply(u, unseated);
                if keeps_rule && delta > 0 && best.is_none_or(|(d, _)| delta > d) {
                    best = Some((delta, to));
                }
            }
            if let Some((_, to)) = best {
                s.apply(u, to);
                placed = true;
            }
        }
        if !placed {
            break;
        }
    }
    s.bin_of
}

/// The positive wish weight between two parties (all pairs of their members).
fn link(p: &Problem, u: u32, v: u32) -> i64 {
    p.units[u as usize]
        .members
        .iter()
        .flat_map(|&g| p.adj[g as usize].iter())
        .filter(|&&(h, _)| p.unit_of[h as usize] == Some(v))
        .map(|&(_, w)| i64::from(w))
        .sum()
}

/// Groups `units` into clusters: parties joined by wishes of at least the median positive link
/// among them (a clique of colleagues, a family) — what re-seating keeps together.
fn clusters(p: &Problem, units: &[u32]) -> Vec<Vec<u32>> {
    let index: std::collections::HashMap<u32, usize> =
        units.iter().enumerate().map(|(i, &u)| (u, i)).collect();
    let mut links: Vec<(usize, usize, i64)> = Vec::new();
    for (i, &u) in units.iter().enumerate() {
        let mut seen: Vec<u32> = Vec::new();
        for &g in &p.units[u as usize].members {
            for &(h, _) in &p.adj[g as usize] {
                if let Some(v) = p.unit_of[h as usize]
                    && v != u
                    && !seen.contains(&v)
                    && let Some(&j) = index.get(&v)
                    && j > i
                {
                    seen.push(v);
                    let w = link(p, u, v);
                    if w > 0 {
                        links.push((i, j, w));
                    }
                }
            }
        }
    }
    let mut weights: Vec<i64> = links.iter().map(|l| l.2).collect();
    weights.sort_unstable();
    let threshold = weights.get(weights.len() / 2).copied().unwrap_or(i64::MAX);
    let mut parent: Vec<usize> = (0..units.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for &(i, j, w) in &links {
        if w >= threshold {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<u32>> = std::collections::BTreeMap::new();
    for (i, &u) in units.iter().enumerate() {
        groups.entry(root(&mut parent, i)).or_default().push(u);
    }
    groups.into_values().collect()
}

/// The most blocks (parties, or clusters of them) two tables are split into by [`split_exactly`]
/// (2^this ways to split).
const PAIR_UNITS: usize = 16;

/// Up to this many parties at two tables are split one by one; more are joined into clusters.
const PAIR_SINGLES: usize = 10;

/// Exact re-seating of two tables at a time: for pairs of tables linked by wishes (strongest
/// first, at most `pairs` of them), every way to split their parties between the two is scored
/// (a Gray code: one party moves per step, each step O(its wishes)) and the best that keeps the
/// seats and the rules is taken. Returns whether the plan got better.
pub(crate) fn pair_exact(
    p: &Problem,
    s: &mut State<'_>,
    pairs: usize,
    clock: &mut Clock<'_>,
) -> bool {
    let unseated = p.unseated_bin();
    let mut links: std::collections::HashMap<(u32, u32), i64> = std::collections::HashMap::new();
    for (g, adj) in p.adj.iter().enumerate() {
        let a = s.guest_bin[g];
        if a == unseated {
            continue;
        }
        for &(h, w) in adj {
            let b = s.guest_bin[h as usize];
            if w > 0 && b != unseated && a < b {
                *links.entry((a, b)).or_default() += i64::from(w);
            }
        }
    }
    let mut order: Vec<((u32, u32), i64)> = links.into_iter().collect();
    order.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut improved = false;
    for &((a, b), _) in order.iter().take(pairs) {
        if clock.stopped() {
            break;
        }
        improved |= split_exactly(p, s, a, b, clock);
    }
    improved
}

/// The best split of the movable parties at tables `a` and `b` between the two (see
/// [`pair_exact`]); returns whether it is better than the one before. With more parties than
/// [`PAIR_UNITS`], the parties of each table are first joined into clusters (strong wishes), which
/// then move as blocks.
fn split_exactly(p: &Problem, s: &mut State<'_>, a: u32, b: u32, clock: &mut Clock<'_>) -> bool {
    let at = |bin: u32| -> Vec<u32> {
        s.members[bin as usize]
            .iter()
            .copied()
            .filter(|&u| p.units[u as usize].fixed_bin.is_none())
            .collect()
    };
    let (at_a, at_b) = (at(a), at(b));
    let mut blocks: Vec<Vec<u32>> = if at_a.len() + at_b.len() <= PAIR_SINGLES {
        at_a.iter().chain(&at_b).map(|&u| vec![u]).collect()
    } else {
        let mut blocks = clusters(p, &at_a);
        blocks.extend(clusters(p, &at_b));
        blocks
    };
    let k = blocks.len();
    if !(2..=PAIR_UNITS).contains(&k) {
        return false;
    }
    blocks.sort();
    // Rule breaches where the parties are: apart pairs at one table (each counted from both
    // sides), parties at a forbidden table. Kept up to date as blocks move.
    let breaches_of = |s: &State<'_>, u: u32, bin: u32| -> i64 {
        let apart = p.apart[u as usize]
            .iter()
            .filter(|&&v| s.bin_of[v as usize] == bin)
            .count() as i64;
        apart + i64::from(p.forbidden[u as usize].contains(&bin))
    };
    let mut breaches: i64 = blocks
        .iter()
        .flatten()
        .map(|&u| breaches_of(s, u, s.bin_of[u as usize]))
        .sum();
    let start_value = s.value;
    let mut best = (start_value, 0u32);
    let mut flipped = 0u32;
    for i in 1..(1u32 << k) {
        let j = i.trailing_zeros() as usize;
        for &u in &blocks[j] {
            let from = s.bin_of[u as usize];
            let to = if from == a { b } else { a };
            breaches -= 2 * p.apart[u as usize]
                .iter()
                .filter(|&&v| s.bin_of[v as usize] == from)
                .count() as i64
                + i64::from(p.forbidden[u as usize].contains(&from));
            s.apply(u, to);
            breaches += 2 * p.apart[u as usize]
                .iter()
                .filter(|&&v| s.bin_of[v as usize] == to)
                .count() as i64
                + i64::from(p.forbidden[u as usize].contains(&to));
        }
        flipped ^= 1 << j;
        if breaches == 0 && s.free(a) >= 0 && s.free(b) >= 0 && s.value > best.0 {
            best = (s.value, flipped);
        }
        if i % 64 == 0 && !clock.spend(64) {
            break;
        }
    }
    // To the best split (from wherever the walk ended).
    for (j, block) in blocks.iter().enumerate() {
        if (best.1 ^ flipped) & (1 << j) != 0 {
            for &u in block {
                let to = if s.bin_of[u as usize] == a { b } else { a };
                s.apply(u, to);
            }
        }
    }
    best.0 > start_value
}

/// Seats parties left without a seat where seats are free but split across tables: a party
/// that fits nowhere as things stand takes a table whose parties (one or two, sometimes moved
/// on once more) make room by moving to tables with room — a short ejection chain. Seating a
/// guest outweighs any score, so each chain found is taken. Returns whether anyone was seated.
pub(crate) fn pack(p: &Problem, s: &mut State<'_>, clock: &mut Clock<'_>) -> bool {
    let unseated = p.unseated_bin();
    let mut waiting: Vec<u32> = (0..p.units.len() as u32)
        .filter(|&u| p.units[u as usize].fixed_bin.is_none() && s.bin_of[u as usize] == unseated)
        .collect();
    waiting.sort_by_key(|&u| std::cmp::Reverse(p.units[u as usize].members.len()));
    let mut seated_any = false;
    for u in waiting {
        let size = p.units[u as usize].members.len() as i64;
        let free: i64 = (0..p.tables.len() as u32).map(|b| s.free(b).max(0)).sum();
        if free < size || clock.stopped() {
            continue;
        }
        let mut nodes = 0usize;
        if place(p, s, u, None, 2, &mut nodes) {
            seated_any = true;
        }
        clock.spend(nodes as u64);
    }
    seated_any
}

/// Puts party `u` (without a seat) at a table, not `avoid`: where it fits, the best such table;
/// else, with `depth` left, at a table whose one or two parties move on (recursively) to make
/// room. Leaves everything as it was and returns false when it finds no way.
fn place(
    p: &Problem,
    s: &mut State<'_>,
    u: u32,
    avoid: Option<u32>,
    depth: u32,
    nodes: &mut usize,
) -> bool {
    const MOST_NODES: usize = 20_000;
    let unseated = p.unseated_bin();
    let size = p.units[u as usize].members.len() as i64;
    let tables = p.tables.len() as u32;
    let mut best: Option<(i64, u32)> = None;
    for bin in 0..tables {
        if Some(bin) == avoid || s.free(bin) < size || !s.allowed(u, bin, None) {
            continue;
        }
        let gain = s.apply(u, bin);
        s.apply(u, unseated);
        if best.is_none_or(|(g, _)| gain > g) {
            best = Some((gain, bin));
        }
    }
    if let Some((_, bin)) = best {
        s.apply(u, bin);
        return true;
    }
    if depth == 0 {
        return false;
    }
    for bin in 0..tables {
        if Some(bin) == avoid || p.forbidden[u as usize].contains(&bin) {
            continue;
        }
        let need = size - s.free(bin);
        if need <= 0 {
            continue;
        }
        // One or two parties there, movable, together at least `need` seats.
        let there: Vec<u32> = s.members[bin as usize]
            .iter()
            .copied()
            .filter(|&v| p.units[v as usize].fixed_bin.is_none())
            .collect();
        let mut choices: Vec<Vec<u32>> = Vec::new();
        for (i, &v) in there.iter().enumerate() {
            let sv = p.units[v as usize].members.len() as i64;
            if sv >= need {
                choices.push(vec![v]);
            }
            for &w in &there[i + 1..] {
                if sv + p.units[w as usize].members.len() as i64 >= need {
                    choices.push(vec![v, w]);
                }
            }
        }
        // The smallest moves first.
        choices.sort_by_key(|c| {
            (
                c.iter()
                    .map(|&v| p.units[v as usize].members.len())
                    .sum::<usize>(),
                c.len(),
            )
        });
        for out in choices {
            *nodes += 1;
            if *nodes > MOST_NODES {
                return false;
            }
            for &v in &out {
                s.apply(v, unseated);
            }
            if !s.allowed(u, bin, None) || s.free(bin) < size {
                for &v in &out {
                    s.apply(v, bin);
                }
                continue;
            }
            s.apply(u, bin);
            let mut moved = Vec::new();
            let mut ok = true;
            for &v in &out {
                if place(p, s, v, Some(bin), depth - 1, nodes) {
                    moved.push(v);
                } else {
                    ok = false;
                    break;
                }
            }
            if ok {
                return true;
            }
            // Undo: the parties moved on come back, this one leaves.
            for &v in &moved {
                s.apply(v, unseated);
            }
            s.apply(u, unseated);
            for &v in &out {
                s.apply(v, bin);
            }
        }
    }
    false
}

/// One round of large-neighbourhood search on the plan in progress: the parties of a few linked
/// tables are re-seated ([`perturb`]'s ruin and recreate, on these tables only), annealed among
/// those tables, polished and split exactly pair by pair. A round that makes the plan worse is
/// taken back. Costs O(the region), not O(the plan): thousands of rounds fit in a second.
/// Returns the change of the plan's value (0 or more).
pub(crate) fn lns_round(
    p: &Problem,
    s: &mut State<'_>,
    rng: &mut Rng,
    clock: &mut Clock<'_>,
) -> i64 {
    let unseated = p.unseated_bin();
    let tables = p.tables.len();
    if tables == 0 {
        return 0;
    }
    let before = s.value;
    // The region: a random seated party's table, and the tables its guests wish toward.
    let seated: Vec<u32> = (0..tables as u32)
        .filter(|&b| !s.members[b as usize].is_empty())
        .collect();
    let first = match seated.get(rng.below(seated.len().max(1))) {
        Some(&b) => b,
        None => rng.below(tables) as u32,
    };
    let mut linked: std::collections::HashMap<u32, i64> = std::collections::HashMap::new();
    for &u in &s.members[first as usize] {
        for &g in &p.units[u as usize].members {
            for &(h, w) in &p.adj[g as usize] {
                let b = s.guest_bin[h as usize];
                if w > 0 && b != unseated && b != first {
                    *linked.entry(b).or_default() += i64::from(w);
                }
            }
        }
    }
    let mut linked: Vec<(u32, i64)> = linked.into_iter().collect();
    linked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    // Three to seven tables (tuned on generated instances of every kind; BENCHMARKS.md).
    let wanted = 3 + rng.below(5);
    let mut region = vec![first];
    region.extend(linked.iter().take(wanted - 1).map(|&(b, _)| b));
    // Sometimes a table with free seats too: room to rearrange in.
    if rng.below(2) == 0 {
        let roomy: Vec<u32> = (0..tables as u32)
            .filter(|&b| s.free(b) > 0 && !region.contains(&b))
            .collect();
        if let Some(&b) = roomy.get(rng.below(roomy.len().max(1))) {
            region.push(b);
        }
    }
    while region.len() < wanted.min(tables) {
        let extra = rng.below(tables) as u32;
        if !region.contains(&extra) {
            region.push(extra);
        }
    }
    // Parties of the region, and those without a seat (they may take the region's seats).
    let mut units: Vec<u32> = region
        .iter()
        .flat_map(|&b| s.members[b as usize].iter().copied())
        .chain(s.members[unseated as usize].iter().copied())
        .filter(|&u| p.units[u as usize].fixed_bin.is_none())
        .collect();
    units.sort_unstable();
    units.dedup();
    let saved: Vec<(u32, u32)> = units.iter().map(|&u| (u, s.bin_of[u as usize])).collect();
    // Ruin: everyone of the region stands up; recreate: clusters first, where they fit best.
    for &u in &units {
        s.apply(u, unseated);
    }
    let mut groups = clusters(p, &units);
    let rest = seat_clusters(p, s, &mut groups, &region, Prefer::Gain, rng);
    seat_by_gain(p, s, rest, &region);
    // Anneal among the region's tables, then polish and split pairs exactly.
    let steps = (units.len() as u64 * 100).clamp(2_000, 200_000);
    anneal_among(p, s, &units, &region, rng, steps, clock);
    let work = polish_units(p, s, &units, Some(&region));
    clock.spend(work);
    for (i, &a) in region.iter().enumerate() {
        for &b in &region[i + 1..] {
            if clock.stopped() {
                break;
            }
            split_exactly(p, s, a.min(b), a.max(b), clock);
        }
    }
    pack(p, s, clock);
    if s.value < before {
        for &(u, bin) in &saved {
            s.apply(u, bin);
        }
    }
    s.value - before
}

/// Annealing of the parties `units` among the tables `region` (and no seat) for `steps` steps,
/// warm, penalties relaxed early on; ends at the best assignment seen.
fn anneal_among(
    p: &Problem,
    s: &mut State<'_>,
    units: &[u32],
    region: &[u32],
    rng: &mut Rng,
    steps: u64,
    clock: &mut Clock<'_>,
) {
    if units.is_empty() || region.is_empty() {
        return;
    }
    let unseated = p.unseated_bin();
    let heat = WARM;
    let mut best_value = s.value;
    let mut best: Vec<u32> = units.iter().map(|&u| s.bin_of[u as usize]).collect();
    let mut temperature = heat.hot;
    let (mut relax_unseated, mut relax_alone) = (UNSEATED_COST, ALONE_COST);
    let mut step = 0u64;
    while step < steps {
        if step % 256 == 0 {
            if !clock.spend(256.min(steps - step)) {
                break;
            }
            (temperature, relax_unseated, relax_alone) = heat.at(step as f64 / steps.max(1) as f64);
        }
        step += 1;
        let u = units[rng.below(units.len())];
        let from = s.bin_of[u as usize];
        let to = if rng.below(40) == 0 {
            unseated
        } else {
            region[rng.below(region.len())]
        };
        if to == from {
            continue;
        }
        let size = p.units[u as usize].members.len() as i64;
        let (unseated_before, alone_before) = (s.unseated, s.alone);
        if s.free(to) >= size {
            if !s.allowed(u, to, None) {
                continue;
            }
            let delta = s.apply(u, to)
                + (s.unseated - unseated_before) * (UNSEATED_COST - relax_unseated)
                + (s.alone - alone_before) * (ALONE_COST - relax_alone);
            if !accept(delta, temperature, rng) {
                s.apply(u, from);
            }
        } else if to != unseated && from != unseated {
            // Full: swap with one party there that fits where this one was.
            let there = &s.members[to as usize];
            if there.is_empty() {
                continue;
            }
            let v = there[rng.below(there.len())];
            let sv = p.units[v as usize].members.len() as i64;
            if p.units[v as usize].fixed_bin.is_some()
                || s.free(to) + sv < size
                || s.free(from) + size < sv
            {
                continue;
            }
            let mut delta = s.apply(v, unseated);
            if !s.allowed(u, to, None) {
                s.apply(v, to);
                continue;
            }
            delta += s.apply(u, to);
            if !s.allowed(v, from, None) {
                s.apply(u, from);
                s.apply(v, to);
                continue;
            }
            delta += s.apply(v, from);
            let delta = delta
                + (s.unseated - unseated_before) * (UNSEATED_COST - relax_unseated)
                + (s.alone - alone_before) * (ALONE_COST - relax_alone);
            if !accept(delta, temperature, rng) {
                s.apply(v, unseated);
                s.apply(u, from);
                s.apply(v, to);
            }
        } else {
            continue;
        }
        if s.value > best_value {
            best_value = s.value;
            for (i, &w) in units.iter().enumerate() {
                best[i] = s.bin_of[w as usize];
            }
        }
    }
    for (i, &u) in units.iter().enumerate() {
        if s.bin_of[u as usize] != best[i] {
            s.apply(u, best[i]);
        }
    }
}
