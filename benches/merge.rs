//! Merge benchmarks (divan), issue 16: merging two copies of the 20,000-guest demo that each made
//! 500 actions of their own (target ≤ 1 s), and open + replay of the merged file against an
//! unmerged file of the same size (target: within 10 %), each next to its baseline measured in the
//! same run. Figures and ratios go to `BENCHMARKS.md`.
//!
//! Run: `cargo bench --bench merge`. Generated plans are cached under `target/bench-data/`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may panic on setup failure

use divan::Bencher;
use seatplan::demo::{DemoRng, write_demo};
use seatplan::domain::{Command, TableMove};
use seatplan::history::Document;
use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

/// Actions each copy makes on its own.
const DIVERGENT: usize = 500;

fn bench_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/merge");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The i-th of the divergent actions: a guest seated elsewhere, or a table moved.
fn action(doc: &Document, rng: &mut DemoRng) -> Command {
    let plan = doc.plan();
    if rng.chance(70) {
        let guests: Vec<_> = plan.guests().map(|g| g.id).collect();
        let logical: Vec<_> = plan.logical_tables().map(|l| l.id).collect();
        Command::SeatGuests {
            guests: vec![*rng.pick(&guests)],
            logical: Some(*rng.pick(&logical)),
        }
    } else {
        let tables: Vec<_> = plan.tables().collect();
        let table = rng.pick(&tables);
        Command::MoveTables(vec![TableMove {
            table: table.id,
            room: table.room,
            x_m: table.x_m + if rng.chance(50) { 0.25 } else { -0.25 },
            y_m: table.y_m,
        }])
    }
}

/// Runs `count` actions on the plan at `path`, at times `start + 2 i` seconds (`start` 0 or 1, so
/// the two copies' actions interleave in time: the merged replay order mixes them all).
fn diverge(path: &Path, seed: u64, start: u64, count: usize) {
    let mut doc = Document::open(path).unwrap();
    let mut rng = DemoRng::new(seed);
    let mut done = 0;
    while done < count {
        let command = action(&doc, &mut rng);
        let second = start + 2 * done as u64;
        let at = format!(
            "2026-12-01T{:02}:{:02}:{:02}Z",
            10 + second / 3600,
            (second / 60) % 60,
            second % 60
        );
        // A move the room refuses, or a seat already taken: another action instead.
        if let Ok(Some(_)) = doc.execute_as(&command, at, "bench".into()) {
            done += 1;
        }
    }
}

/// The demo, copy A and copy B (each with its own actions), A merged with B, and an unmerged
/// plan of the same size (the demo with both copies' actions made in one place, plus one more).
struct Files {
    a: PathBuf,
    b: PathBuf,
    merged: PathBuf,
    unmerged: PathBuf,
}

fn files() -> Files {
    let dir = bench_dir();
    let files = Files {
        a: dir.join("a.seatplan"),
        b: dir.join("b.seatplan"),
        merged: dir.join("merged.seatplan"),
        unmerged: dir.join("unmerged.seatplan"),
    };
    if files.unmerged.exists() {
        return files;
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let demo = dir.join("demo.seatplan");
    drop(write_demo(&demo, 20_000, 7).unwrap());
    std::fs::copy(&demo, &files.a).unwrap();
    std::fs::copy(&demo, &files.b).unwrap();
    diverge(&files.a, 1, 0, DIVERGENT);
    diverge(&files.b, 2, 1, DIVERGENT);
    std::fs::copy(&files.a, &files.merged).unwrap();
    let mut doc = Document::open(&files.merged).unwrap();
    let preview = doc.preview_merge(&files.b).unwrap();
    assert_eq!(preview.count(), DIVERGENT);
    doc.commit_merge(preview).unwrap().unwrap();
    drop(doc);
    let partial = dir.join("unmerged.partial");
    std::fs::copy(&files.a, &partial).unwrap();
    diverge(&partial, 2, 1 + 2 * DIVERGENT as u64, DIVERGENT);
    diverge(&partial, 3, 3 * DIVERGENT as u64, 1);
    std::fs::rename(&partial, &files.unmerged).unwrap();
    files
}

/// Open copy A, preview merging B (read B from a private copy, replay both as one, conflicts) and
/// write the 500 actions and the merge entry in one transaction, then replay again.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn merge_500_actions_into_20k_demo(bencher: Bencher) {
    let files = files();
    let target = bench_dir().join("merge-target.seatplan");
    bencher
        .with_inputs(|| {
            let _ = std::fs::remove_file(&target);
            std::fs::copy(&files.a, &target).unwrap();
        })
        .bench_local_values(|()| {
            let mut doc = Document::open(&target).unwrap();
            let preview = doc.preview_merge(&files.b).unwrap();
            doc.commit_merge(preview).unwrap()
        });
}

/// Baseline for the merge: opening copy A alone (read, decode, replay).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_open_copy_a(bencher: Bencher) {
    let files = files();
    bencher.bench_local(|| Document::open(&files.a).unwrap());
}

/// Open + replay of the merged plan (its replay order differs from its file order).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn open_merged(bencher: Bencher) {
    let files = files();
    bencher.bench_local(|| Document::open(&files.merged).unwrap());
}

/// Baseline: open + replay of an unmerged plan of the same size.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn open_unmerged_same_size(bencher: Bencher) {
    let files = files();
    bencher.bench_local(|| Document::open(&files.unmerged).unwrap());
}
