//! Crash safety: the real binary applies batches in a loop (edits, imports, undos, redos) and
//! reports each batch after its commit; it is SIGKILLed at random moments. After every kill the
//! file must pass `PRAGMA integrity_check`, hold every batch the child reported, and replay to the
//! same state as a fresh replay.
//!
//! CI runs 60 kills. The heavier run: `CRASH_KILLS=1000 cargo test --release --test crash -- --nocapture`
//! (figures in RELIABILITY.md).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use seatplan::demo::DemoRng;
use seatplan::history::Document;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

#[test]
fn killing_the_writer_at_random_moments_never_loses_a_reported_batch() {
    let kills: u64 = std::env::var("CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.seatplan");
    // The plan exists before the first kill: this test is about appends. (A `seatplan new`
    // killed while SQLite writes the empty schema can leave a file that is refused as "not a
    // seatplan file"; seen here once under load, as a flaky first round.)
    let status = Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(["new", path.to_str().unwrap()])
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let mut rng = DemoRng::new(20_261_126);
    let mut reported_total = 0u64;
    let mut max_reported = 0u64;
    for round in 0..kills {
        let mut child = Command::new(env!("CARGO_BIN_EXE_seatplan"))
            .args(["stress", path.to_str().unwrap(), "--seed"])
            .arg(round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let mut parts = line.split_whitespace().skip(1);
                let batch: u64 = parts.next().unwrap().parse().unwrap();
                let events: u64 = parts.next().unwrap().parse().unwrap();
                if tx.send((batch, events)).is_err() {
                    break;
                }
            }
        });
        // Let it run a random while (sometimes killed while still opening the file).
        std::thread::sleep(Duration::from_millis(5 + rng.below(120) as u64));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        let reported: Vec<(u64, u64)> = rx.try_iter().collect();
        reported_total += reported.len() as u64;
        if let Some(&(batch, events)) = reported.last() {
            max_reported = max_reported.max(batch);
            let doc = Document::open(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
            assert!(
                doc.batch_count() as u64 >= batch,
                "round {round}: batch {batch} was reported but the file has {}",
                doc.batch_count()
            );
            assert!(
                doc.event_count() as u64 >= events,
                "round {round}: events lost"
            );
        }
        let doc = Document::open(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert!(
            doc.batch_count() as u64 >= max_reported,
            "round {round}: a reported batch is gone"
        );
        assert_eq!(
            doc.integrity_check().unwrap(),
            Vec::<String>::new(),
            "round {round}"
        );
        let (fresh, diagnostics) = doc.replay_fresh();
        assert_eq!(&fresh, doc.plan(), "round {round}: replay differs");
        assert_eq!(diagnostics, doc.diagnostics());
    }
    eprintln!("{kills} kills survived; {reported_total} committed batches reported, all present");
    assert!(
        reported_total > kills,
        "the child must get work done between kills"
    );
}
