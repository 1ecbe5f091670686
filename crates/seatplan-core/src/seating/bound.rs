//! An upper bound on the score of any seating a run may make, so the organiser is told how good
//! a plan is ("at most 1.2 % below the best possible plan") and a search that reaches it stops.
//!
//! Each pair of guests at one table adds its wish weight (plus the department weight when they
//! share a department). Split every pair's value half to each of two movable guests (wholly to
//! the movable one where the other stays): a seating's score is then the sum over movable
//! guests of what their table-mates bring them, plus the pairs of guests who stay (fixed).
//! A guest has at most (the largest table it may use − 1) table-mates, and all movable guests
//! together at most Σ over tables of free seats × (seats − 1) — mixed table sizes make that the
//! tighter cap. So no seating scores more than the fixed pairs plus the best that many
//! table-mate values, each guest's best few taken from everyone it could sit with. That is the
//! bound: never below a seating's score (`tests.rs` checks it against every plan found, the
//! planted seatings and random ones).

use super::problem::{NO_DEPT, Problem};

/// The most the search's score (`State::score`) can be, for any seating of `p`.
pub(crate) fn upper_bound(p: &Problem) -> i64 {
    let n = p.guests.len();
    let dw = p.department_weight;
    let unseated = p.unseated_bin();
    // Seats per table in all: free for movable guests plus the guests who stay there.
    let mut seats: Vec<i64> = p.free.iter().map(|&f| i64::from(f)).collect();
    for bin in p.fixed_bin.iter().flatten() {
        if let Some(s) = seats.get_mut(*bin as usize) {
            *s += 1;
        }
    }
    // Guests who stay: their pairs at one table are the same in every seating.
    let mut total = 0i64;
    let mut dept_at: std::collections::HashMap<(u32, u32), i64> = std::collections::HashMap::new();
    for g in 0..n {
        let Some(bin) = p.fixed_bin[g] else { continue };
        for &(h, w) in &p.adj[g] {
            if (h as usize) > g && p.fixed_bin[h as usize] == Some(bin) {
                total += i64::from(w);
            }
        }
        if p.dept[g] != NO_DEPT {
            *dept_at.entry((bin, p.dept[g])).or_default() += 1;
        }
    }
    total += dw * dept_at.values().map(|c| c * (c - 1) / 2).sum::<i64>();
    // Movable guests per department (for the department's part of a pair without a wish).
    let mut movable_in_dept: std::collections::HashMap<u32, i64> = std::collections::HashMap::new();
    let mut fixed_in_dept: std::collections::HashMap<u32, i64> = std::collections::HashMap::new();
    for g in 0..n {
        if p.dept[g] == NO_DEPT {
            continue;
        }
        if p.unit_of[g].is_some() {
            *movable_in_dept.entry(p.dept[g]).or_default() += 1;
        } else if p.fixed_bin[g].is_some() {
            *fixed_in_dept.entry(p.dept[g]).or_default() += 1;
        }
    }
    // Halves are summed in doubled units and halved at the end (rounded up: a bound). Every
    // guest's candidate values (a table-mate each) go into one list, each guest's capped at the
    // most table-mates it can have; the seats cap them all together: at a table of S seats a
    // movable guest has at most S − 1 table-mates, so the movable guests have at most
    // Σ free × (seats − 1) of them. The best that many values are the bound.
    let mut slots = 0i64;
    for (b, &f) in p.free.iter().enumerate() {
        slots += i64::from(f) * (seats[b] - 1).max(0);
    }
    let mut pool: Vec<i64> = Vec::new();
    let mut values: Vec<i64> = Vec::new();
    for (u, unit) in p.units.iter().enumerate() {
        if unit.fixed_bin == Some(unseated) {
            continue;
        }
        let size = unit.members.len() as i64;
        // The tables the party may use, and so the most table-mates a member can have.
        let usable = (0..p.tables.len() as u32)
            .filter(|&b| !p.forbidden[u].contains(&b))
            .filter(|&b| unit.fixed_bin.is_none_or(|f| f == b))
            .filter(|&b| i64::from(p.free[b as usize]) >= size);
        let Some(most) = usable.map(|b| seats[b as usize]).max() else {
            continue;
        };
        let mates = (most - 1).max(0) as usize;
        for &g in &unit.members {
            let g = g as usize;
            let d = p.dept[g];
            values.clear();
            let mut wished_same_dept_movable = 0i64;
            let mut wished_same_dept_fixed = 0i64;
            for &(h, w) in &p.adj[g] {
                if p.fixed_bin[h as usize] == Some(unseated) {
                    continue;
                }
                let same = d != NO_DEPT && p.dept[h as usize] == d;
                let value = i64::from(w) + if same { dw } else { 0 };
                let movable = p.unit_of[h as usize].is_some();
                if same {
                    if movable {
                        wished_same_dept_movable += 1;
                    } else {
                        wished_same_dept_fixed += 1;
                    }
                }
                if value > 0 {
                    // Doubled: a movable partner's half, or a fixed partner's whole value.
                    values.push(if movable { value } else { 2 * value });
                }
            }
            // Others of the same department without a wish: up to `mates` of them.
            if d != NO_DEPT && dw > 0 {
                let movable =
                    movable_in_dept.get(&d).copied().unwrap_or(0) - 1 - wished_same_dept_movable;
                let fixed = fixed_in_dept.get(&d).copied().unwrap_or(0) - wished_same_dept_fixed;
                let take = mates as i64;
                for _ in 0..fixed.max(0).min(take) {
                    values.push(2 * dw);
                }
                for _ in 0..movable.max(0).min(take) {
                    values.push(dw);
                }
            }
            values.sort_unstable_by(|a, b| b.cmp(a));
            pool.extend(values.iter().take(mates).copied());
        }
    }
    pool.sort_unstable_by(|a, b| b.cmp(a));
    let doubled: i64 = pool.iter().take(slots.max(0) as usize).sum();
    total + (doubled + 1) / 2
}
