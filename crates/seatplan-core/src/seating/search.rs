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
use std::time::{Duration, Instant};

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
}

/// How long a search may run and how it reports.
pub(crate) struct Budget<'a> {
    /// Stop after this long (wall time); `None` makes a run reproducible (steps only).
    pub time: Option<Duration>,
    /// Stop after this many steps.
    pub steps: Option<u64>,
    /// Set from outside to stop; the best plan so far is kept.
    pub cancel: &'a AtomicBool,
}

/// How a search ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// It ran its steps, or stopped improving.
    Converged,
    /// The time budget ran out.
    Time,
    /// Someone stopped it.
    Cancelled,
}

/// One worker's result: the best assignment found.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub bins: Vec<u32>,
    pub value: i64,
    pub stopped: Stopped,
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

/// Simulated annealing from `start`: moves and swaps of parties, biased toward tables where a
/// party's wished-for guests sit. Reports `(steps, best value)` through `progress` now and then.
pub(crate) fn anneal(
    p: &Problem,
    start: &[u32],
    seed: u64,
    budget: &Budget<'_>,
    progress: &(dyn Fn(i64, usize) + Sync),
) -> Found {
    let mut rng = Rng::new(seed);
    let mut s = State::new(p, start);
    let mut best = s.bin_of.clone();
    let mut best_value = s.value;
    let mut best_report = (s.score(), s.unseated());
    let movable: Vec<u32> = (0..p.units.len() as u32)
        .filter(|&u| p.units[u as usize].fixed_bin.is_none())
        .collect();
    if movable.is_empty() || p.tables.is_empty() {
        return Found {
            bins: best,
            value: best_value,
            stopped: Stopped::Converged,
        };
    }
    let began = Instant::now();
    let bins = p.tables.len() as u32;
    // Temperatures: from about a typical wish weight down to a fraction of the smallest.
    let (t_hot, t_cold) = (20.0_f64, 0.05_f64);
    let total = budget.steps.unwrap_or(u64::MAX);
    let mut step = 0u64;
    let mut temperature = t_hot;
    // While hot, leaving a party without a seat costs little, so the search can pass through
    // half-seated plans (tight venues: every seat taken); from 80 % on it costs the full price.
    let mut relax = UNSEATED_COST;
    let stopped = loop {
        if step >= total {
            break Stopped::Converged;
        }
        if step % 256 == 0 {
            // Cooling follows whichever budget runs out first: steps, or time when timed.
            let by_steps = step as f64 / total as f64;
            let by_time = budget.time.map_or(0.0, |t| {
                began.elapsed().as_secs_f64() / t.as_secs_f64().max(1e-9)
            });
            let fraction = by_steps.max(by_time);
            if fraction >= 1.0 && budget.time.is_some() && by_time >= 1.0 {
                break Stopped::Time;
            }
            temperature = t_hot * (t_cold / t_hot).powf(fraction.min(1.0));
            relax = if fraction < 0.8 {
                30 + (400.0 * fraction) as i64
            } else {
                UNSEATED_COST
            };
            if step % 4096 == 0 {
                if budget.cancel.load(Ordering::Relaxed) {
                    break Stopped::Cancelled;
                }
                if step % (4096 * 16) == 0 {
                    progress(best_report.0, best_report.1);
                }
            }
        }
        step += 1;

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
            } else if pick == 3 && rng.below(if relax < UNSEATED_COST { 6 } else { 50 }) == 0 {
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
            let unseated_before = s.unseated;
            let delta = s.apply(u, to);
            let delta = delta + (s.unseated - unseated_before) * (UNSEATED_COST - relax);
            if accept(delta, temperature, &mut rng) {
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
            let unseated_before = s.unseated;
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
            let delta = delta + (s.unseated - unseated_before) * (UNSEATED_COST - relax);
            if fits && accept(delta, temperature, &mut rng) {
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
    };
    progress(best_report.0, best_report.1);
    Found {
        bins: best,
        value: best_value,
        stopped,
    }
}

fn accept(delta: i64, temperature: f64, rng: &mut Rng) -> bool {
    delta >= 0 || rng.unit() < (delta as f64 / temperature).exp()
}

/// Improves `bins` by single moves until none helps: each party tried at the tables where guests
/// it has wishes with sit, at no seat, and — while it has no seat — at every table.
pub(crate) fn polish(p: &Problem, bins: &[u32]) -> Vec<u32> {
    let mut s = State::new(p, bins);
    let tables = p.tables.len() as u32;
    let mut candidates: Vec<u32> = Vec::new();
    for _round in 0..50 {
        let mut improved = false;
        for u in 0..p.units.len() as u32 {
            if p.units[u as usize].fixed_bin.is_some() {
                continue;
            }
            let from = s.bin_of[u as usize];
            let size = p.units[u as usize].members.len() as i64;
            candidates.clear();
            if from == p.unseated_bin() || p.department_weight != 0 && tables <= 400 {
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
    s.bin_of
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
