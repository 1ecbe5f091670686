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

/// One run on a generated instance of each kind ([`seating::generate::planted_kinds`]) per seed
/// at `guests` guests, in `seconds`; prints per kind the share of the planted score reached
/// (mean and worst over the seeds), guests left unseated, the gap the bound leaves and how the
/// runs ended.
fn kinds(guests: usize, seconds: f64, seeds: &[u64]) {
    kinds_with(guests, seconds, seeds, |spec| spec);
}

/// [`kinds`] with every spec changed by `vary` (sparser cliques, more noise).
fn kinds_with(
    guests: usize,
    seconds: f64,
    seeds: &[u64],
    vary: impl Fn(seating::generate::Spec) -> seating::generate::Spec,
) {
    let kinds = seating::generate::planted_kinds(guests, 0);
    for (k, (name, _)) in kinds.iter().enumerate() {
        let mut shares = Vec::new();
        let mut gaps = Vec::new();
        let mut unseated = 0;
        let mut stopped = Vec::new();
        for &seed in seeds {
            let (_, spec) = seating::generate::planted_kinds(guests, seed).swap_remove(k);
            let spec = vary(spec);
            let made = seating::generate::instance(&spec);
            let result = seat(
                &made.plan,
                &SeatingOptions {
                    department_weight: spec.department_weight,
                    ..options(seconds)
                },
            );
            shares.push(100.0 * result.score as f64 / made.planted_score as f64);
            gaps.push(100.0 * result.gap().unwrap_or(1.0));
            unseated += result.unseated.len();
            stopped.push(format!("{:?}", result.stopped));
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
        eprintln!(
            "{guests} guests, {seconds} s, {name}: {:.2} % of planted (worst {:.2} %), gap to the bound {:.2} %, {unseated} unseated, {}",
            mean(&shares),
            shares.iter().copied().fold(f64::INFINITY, f64::min),
            mean(&gaps),
            stopped.join("/")
        );
    }
}

/// The score-versus-seconds curve at 1,500 guests: every kind, three seeds.
#[divan::bench(args = [1.0, 2.0, 4.0, 10.0, 30.0], sample_count = 1, sample_size = 1)]
fn kinds_1500_guests(bencher: Bencher, seconds: f64) {
    bencher.bench_local(|| kinds(1_500, seconds, &[11, 12, 13]));
}

/// Every kind at 20,000 guests in 60 s.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn kinds_20000_guests_60_s(bencher: Bencher) {
    bencher.bench_local(|| kinds(20_000, 60.0, &[11]));
}

/// The same kinds with sparse cliques (40 % of the pairs at a planted table wish each other) and
/// eight times the noise: the structure the cluster start finds is blurred.
#[divan::bench(args = [4.0, 10.0], sample_count = 1, sample_size = 1)]
fn kinds_1500_guests_sparse_and_noisy(bencher: Bencher, seconds: f64) {
    bencher.bench_local(|| {
        kinds_with(1_500, seconds, &[21, 22, 23], |spec| {
            seating::generate::Spec {
                clique_density: 0.4,
                noise: 0.8,
                ..spec
            }
        });
    });
}
