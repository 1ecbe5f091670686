//! Automatic seating (issue 14): the planted 1,500-guest instance and the demo with 300 wishes
//! within the default time budget, against a greedy fill by department in the same run; the
//! 20,000-guest instance within a minute. Scores and ratios are printed (stderr) next to divan's
//! times. Run: `cargo bench --bench seating`. Figures go to `BENCHMARKS.md`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may panic on setup failure

use divan::Bencher;
use seatplan::domain::events::{Event, GuestSeated, WishSet};
use seatplan::domain::{GuestId, LogicalId, Plan};
use seatplan::seating::{self, DEFAULT_DEPARTMENT_WEIGHT, SeatingOptions};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

fn main() {
    divan::main();
}

fn options(seconds: f64) -> SeatingOptions {
    SeatingOptions {
        time: Duration::from_secs_f64(seconds),
        ..SeatingOptions::default()
    }
}

/// The baseline: guests sorted by department, poured into the tables in order (what a quick
/// "fill by department" in a spreadsheet gives).
fn greedy_by_department(plan: &Plan) -> Plan {
    let mut guests: Vec<_> = plan.guests().filter(|g| g.logical.is_none()).collect();
    guests.sort_by(|a, b| a.fields.department.cmp(&b.fields.department));
    let usual = plan.usual_seats();
    let mut free: Vec<(LogicalId, u32)> = plan
        .logical_tables()
        .filter(|l| !l.vip)
        .map(|l| {
            let seated = plan.guests_at(l.id).count() as u32;
            (l.id, plan.capacity_of(l, usual).saturating_sub(seated))
        })
        .collect();
    let mut out = plan.clone();
    let mut table = 0;
    for g in guests {
        while table < free.len() && free[table].1 == 0 {
            table += 1;
        }
        let Some((logical, left)) = free.get_mut(table) else {
            break;
        };
        *left -= 1;
        out.apply(&Event::GuestSeated(GuestSeated {
            guest: g.id,
            logical: *logical,
        }))
        .unwrap();
    }
    out
}

fn seat(plan: &Plan, options: &SeatingOptions) -> seating::SeatingResult {
    seating::run(plan, options, &AtomicBool::new(false), &|_| {}).unwrap()
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn planted_1500_guests(bencher: Bencher) {
    let (plan, planted) = seating::generate::planted(150, 300, DEFAULT_DEPARTMENT_WEIGHT, 11);
    let greedy = seating::score(&greedy_by_department(&plan), DEFAULT_DEPARTMENT_WEIGHT);
    bencher.bench_local(|| {
        let result = seat(&plan, &options(seating::DEFAULT_SECONDS));
        eprintln!(
            "planted 1,500: score {} = {:.2} % of the planted {planted}; greedy by department {greedy} ({:.2} %); {} unseated; {:?}",
            result.score,
            100.0 * result.score as f64 / planted as f64,
            100.0 * greedy as f64 / planted as f64,
            result.unseated.len(),
            result.stopped
        );
    });
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn greedy_by_department_1500_guests(bencher: Bencher) {
    let (plan, _) = seating::generate::planted(150, 300, DEFAULT_DEPARTMENT_WEIGHT, 11);
    bencher.bench_local(|| greedy_by_department(&plan));
}

/// The demo (1,500 guests, 156 logical tables, everyone unseated) with 300 random wishes.
fn demo_with_wishes() -> Plan {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.seatplan");
    let doc = seatplan::demo::write_demo(&path, 1500, 7).unwrap();
    let mut plan = doc.plan().clone();
    let ids: Vec<GuestId> = plan.guests().map(|g| g.id).collect();
    for g in &ids {
        if let Some(l) = plan.guest(*g).and_then(|g| g.logical)
            && !plan.logical_table(l).is_some_and(|l| l.vip)
        {
            plan.apply(&Event::GuestUnseated(
                seatplan::domain::events::GuestUnseated {
                    guest: *g,
                    logical: l,
                },
            ))
            .unwrap();
        }
    }
    let mut state = 42u64;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) % n as u64) as usize
    };
    let mut added = 0;
    while added < 300 {
        let (a, b) = (ids[next(ids.len())], ids[next(ids.len())]);
        if a != b && plan.wish(a, b).is_none() {
            let weight = if next(5) == 0 {
                -30
            } else {
                5 + next(46) as i32
            };
            plan.apply(&Event::WishSet(WishSet {
                guest: a,
                with: b,
                weight,
                rule: None,
            }))
            .unwrap();
            added += 1;
        }
    }
    plan
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn demo_1500_guests_300_wishes(bencher: Bencher) {
    let plan = demo_with_wishes();
    let greedy = seating::score(&greedy_by_department(&plan), DEFAULT_DEPARTMENT_WEIGHT);
    bencher.bench_local(|| {
        let result = seat(&plan, &options(seating::DEFAULT_SECONDS));
        eprintln!(
            "demo 1,500 + 300 wishes: score {} vs greedy by department {greedy} ({:.2}×); {} unseated; {:?}",
            result.score,
            result.score as f64 / greedy.max(1) as f64,
            result.unseated.len(),
            result.stopped
        );
    });
}

#[divan::bench(sample_count = 1, sample_size = 1)]
fn planted_20000_guests(bencher: Bencher) {
    let (plan, planted) = seating::generate::planted(2000, 5000, DEFAULT_DEPARTMENT_WEIGHT, 5);
    bencher.bench_local(|| {
        let result = seat(&plan, &options(55.0));
        eprintln!(
            "planted 20,000: score {} = {:.2} % of the planted {planted}; {} unseated; {:?}",
            result.score,
            100.0 * result.score as f64 / planted as f64,
            result.unseated.len(),
            result.stopped
        );
    });
}
