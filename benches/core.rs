//! Core benchmarks (divan): open + replay, durable append, undo in a large log — each next to a
//! baseline measured in the same run. Figures and ratios go to `BENCHMARKS.md`.
//!
//! Run: `cargo bench --bench core`. Generated logs are cached under `target/bench-data/`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may panic on setup failure

use divan::Bencher;
use rusqlite::{Connection, params};
use seatplan::demo::DemoRng;
use seatplan::domain::{Command, GuestFields, NewTable, TableMove, TableShape};
use seatplan::history::{Document, replay, reverted_as_of};
use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];

fn bench_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A plan file with at least `events` events of a realistic mix, cached across runs.
fn log_file(events: usize) -> PathBuf {
    let path = bench_dir().join(format!("log-{events}.seatplan"));
    if path.exists() {
        return path;
    }
    let partial = bench_dir().join(format!("log-{events}.partial"));
    let _ = std::fs::remove_file(&partial);
    let mut doc = Document::create(&partial).unwrap();
    let mut rng = DemoRng::new(42);
    let run = |doc: &mut Document, description: &str, commands: Vec<Command>| {
        doc.execute(&Command::Many {
            description: description.into(),
            commands,
        })
        .unwrap();
    };
    run(
        &mut doc,
        "Created room",
        vec![Command::CreateRoom {
            name: "Halle".into(),
            width_m: 1500.0,
            height_m: 1500.0,
            x_m: 0.0,
            y_m: 0.0,
        }],
    );
    let room = doc.plan().room_named("Halle").unwrap().id;
    let tables: Vec<Command> = (0..2000)
        .map(|i| {
            Command::AddTable(NewTable {
                number: Some(format!("{}", i + 1)),
                room,
                shape: TableShape::Round,
                width_m: 1.8,
                depth_m: 1.8,
                seats: 10,
                x_m: 2.0 + (i % 40) as f64 * 3.5,
                y_m: 2.0 + (i / 40) as f64 * 3.5,
                rotation_deg: 0.0,
            })
        })
        .collect();
    run(&mut doc, "Placed tables", tables);
    let logical: Vec<Command> = (0..2000)
        .map(|i| Command::CreateLogicalTable {
            name: format!("Team {i}"),
            vip: i % 50 == 0,
        })
        .collect();
    run(&mut doc, "Created logical tables", logical);
    let table_ids: Vec<_> = doc.plan().tables().map(|t| t.id).collect();
    let logical_ids: Vec<_> = doc.plan().logical_tables().map(|l| l.id).collect();
    const BATCH: usize = 2500;
    let mut guest_no = 0usize;
    let mut round = 0usize;
    while doc.event_count() < events {
        let commands: Vec<Command> = match round % 4 {
            0 => (0..BATCH)
                .map(|_| {
                    guest_no += 1;
                    Command::AddGuest(GuestFields {
                        first_name: "Gast".into(),
                        last_name: format!("Nummer {guest_no}"),
                        email: Some(format!("gast{guest_no}@example.de")),
                        department: "Vertrieb".into(),
                        dietary: if guest_no % 5 == 0 {
                            "vegetarisch".into()
                        } else {
                            String::new()
                        },
                        vip: false,
                        notes: String::new(),
                        group: String::new(),
                    })
                })
                .collect(),
            1 => {
                let recent: Vec<_> = doc
                    .plan()
                    .guests()
                    .rev()
                    .take(BATCH)
                    .map(|g| g.id)
                    .collect();
                recent
                    .into_iter()
                    .map(|g| Command::SeatGuests {
                        guests: vec![g],
                        logical: Some(*rng.pick(&logical_ids)),
                    })
                    .collect()
            }
            2 => vec![Command::MoveTables(
                (0..BATCH)
                    .map(|_| TableMove {
                        table: *rng.pick(&table_ids),
                        room,
                        x_m: 2.0 + rng.below(14_000) as f64 / 10.0,
                        y_m: 2.0 + rng.below(14_000) as f64 / 10.0,
                    })
                    .collect(),
            )],
            _ => (0..BATCH)
                .map(|_| Command::AssignTable {
                    logical: *rng.pick(&logical_ids),
                    table: Some(*rng.pick(&table_ids)),
                })
                .collect(),
        };
        run(&mut doc, "Bulk edit", commands);
        round += 1;
    }
    drop(doc);
    std::fs::rename(&partial, &path).unwrap();
    path
}

/// Open + decode + replay of the whole log.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn open_and_replay(bencher: Bencher, events: usize) {
    let path = log_file(events);
    bencher
        .counter(divan::counter::ItemsCount::new(events))
        .bench_local(|| Document::open(&path).unwrap());
}

/// Baseline: read every event row with SQLite and parse each payload into a `serde_json::Value`.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn baseline_sqlite_read_and_json_decode(bencher: Bencher, events: usize) {
    let path = log_file(events);
    bencher
        .counter(divan::counter::ItemsCount::new(events))
        .bench(|| {
            let conn = Connection::open(&path).unwrap();
            let mut stmt = conn
                .prepare("SELECT seq, event_type, payload FROM events ORDER BY seq")
                .unwrap();
            let mut rows = stmt.query([]).unwrap();
            let mut n = 0usize;
            while let Some(row) = rows.next().unwrap() {
                let payload = row.get_ref(2).unwrap().as_str().unwrap();
                let value: serde_json::Value = serde_json::from_str(payload).unwrap();
                n += usize::from(value.is_object());
            }
            n
        });
}

/// The in-memory fold alone (no file, no JSON): how fast replay runs after an undo.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn replay_in_memory(bencher: Bencher, events: usize) {
    let doc = Document::open(&log_file(events)).unwrap();
    let last = doc.batch_count() as u64;
    let reverted = reverted_as_of(doc.events(), last);
    bencher
        .counter(divan::counter::ItemsCount::new(events))
        .bench_local(|| replay(doc.events(), &reverted, last));
}

/// Undo of the first batch in a 100 k-event log: preview (replay with and without + diff).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn undo_preview_first_batch_100k(bencher: Bencher) {
    let doc = Document::open(&log_file(100_000)).unwrap();
    bencher.bench_local(|| doc.preview_undo(1).unwrap());
}

/// Undo of the first batch in a 100 k-event log, committed (preview + durable append + swap),
/// then redone so the next sample starts from the same state. Reported per undo *and* redo.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn undo_and_redo_commit_first_batch_100k(bencher: Bencher) {
    let source = log_file(100_000);
    let copy = bench_dir().join("undo-100k.seatplan");
    let _ = std::fs::remove_file(&copy);
    std::fs::copy(&source, &copy).unwrap();
    let mut doc = Document::open(&copy).unwrap();
    bencher.bench_local(|| {
        doc.undo(1).unwrap();
        doc.redo(1).unwrap();
    });
}

/// Durable append of one small batch (one table moved) through the whole path:
/// validate → append in one transaction → swap state.
#[divan::bench(sample_count = 200, sample_size = 5)]
fn append_small_batch(bencher: Bencher) {
    let (mut doc, room, table) = one_table_plan("append.seatplan");
    let mut x = 5.0;
    bencher.bench_local(|| {
        x = if x > 40.0 { 5.0 } else { x + 0.5 };
        doc.execute(&Command::MoveTables(vec![TableMove {
            table,
            room,
            x_m: x,
            y_m: 5.0,
        }]))
        .unwrap()
    });
}

/// A new plan in the bench folder with one room and one table (the edits' target).
fn one_table_plan(
    name: &str,
) -> (
    Document,
    seatplan::domain::RoomId,
    seatplan::domain::TableId,
) {
    let path = bench_dir().join(name);
    let _ = std::fs::remove_file(&path);
    let mut doc = Document::create(&path).unwrap();
    doc.execute(&Command::CreateRoom {
        name: "Saal".into(),
        width_m: 50.0,
        height_m: 50.0,
        x_m: 0.0,
        y_m: 0.0,
    })
    .unwrap();
    let room = doc.plan().room_named("Saal").unwrap().id;
    doc.execute(&Command::AddTable(NewTable {
        number: Some("1".into()),
        room,
        shape: TableShape::Round,
        width_m: 1.8,
        depth_m: 1.8,
        seats: 10,
        x_m: 5.0,
        y_m: 5.0,
        rotation_deg: 0.0,
    }))
    .unwrap();
    let table = doc.plan().table_numbered("1").unwrap().id;
    (doc, room, table)
}

/// An edit as the window makes it, as the user waits for it: the durable append, then the log
/// folded into the file (`Document::make_whole`, the end of the frame that shows it) — after a
/// pause in which the window flushed the file to disk (`Document::settle`, the idle frame; not
/// timed).
#[divan::bench(sample_count = 200, sample_size = 1)]
fn edit_as_the_window_makes_it(bencher: Bencher) {
    let (doc, room, table) = one_table_plan("append-window.seatplan");
    let doc = std::cell::RefCell::new(doc);
    let x = std::cell::Cell::new(5.0);
    bencher
        .with_inputs(|| {
            doc.borrow_mut().settle().unwrap();
            x.set(if x.get() > 40.0 { 5.0 } else { x.get() + 0.5 });
            x.get()
        })
        .bench_local_values(|x| {
            let mut doc = doc.borrow_mut();
            doc.execute(&Command::MoveTables(vec![TableMove {
                table,
                room,
                x_m: x,
                y_m: 5.0,
            }]))
            .unwrap();
            doc.make_whole();
        });
}

/// Baseline of [`edit_as_the_window_makes_it`]: one row inserted and committed in a bare SQLite
/// file (WAL, synchronous=FULL, exclusive locking), one at a time after a pause.
#[divan::bench(sample_count = 200, sample_size = 1)]
fn baseline_sqlite_insert_commit_after_a_pause(bencher: Bencher) {
    let path = bench_dir().join("bare-pause.sqlite");
    let _ = std::fs::remove_file(&path);
    let conn = std::cell::RefCell::new(Connection::open(&path).unwrap());
    conn.borrow()
        .execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
             CREATE TABLE t(seq INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT;",
        )
        .unwrap();
    bencher.with_inputs(|| ()).bench_local_values(|()| {
        let mut conn = conn.borrow_mut();
        let tx = conn.transaction().unwrap();
        tx.prepare_cached("INSERT INTO t(payload) VALUES (?1)")
            .unwrap()
            .execute(params![r#"{"table":2,"room":1,"x_m":5.5,"y_m":5.0}"#])
            .unwrap();
        tx.commit().unwrap();
    });
}

/// Baseline: one row inserted and committed in a bare SQLite file with the same settings
/// (WAL, synchronous=FULL, exclusive locking).
#[divan::bench(sample_count = 200, sample_size = 5)]
fn baseline_sqlite_insert_commit(bencher: Bencher) {
    let path = bench_dir().join("bare.sqlite");
    let _ = std::fs::remove_file(&path);
    let mut conn = Connection::open(&path).unwrap();
    conn.execute_batch(
        "PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
         CREATE TABLE t(seq INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT;",
    )
    .unwrap();
    bencher.bench_local(|| {
        let tx = conn.transaction().unwrap();
        tx.prepare_cached("INSERT INTO t(payload) VALUES (?1)")
            .unwrap()
            .execute(params![r#"{"table":2,"room":1,"x_m":5.5,"y_m":5.0}"#])
            .unwrap();
        tx.commit().unwrap();
    });
}

/// A six-weeks-of-editing log: a room, 200 tables, 200 logical tables, 1,500 guests, then one
/// small action after another (moves, seatings, assignments) up to `batches` batches in all.
fn many_batches_file(batches: usize) -> PathBuf {
    let path = bench_dir().join(format!("batches-{batches}.seatplan"));
    if path.exists() {
        return path;
    }
    let partial = bench_dir().join(format!("batches-{batches}.partial"));
    let _ = std::fs::remove_file(&partial);
    let mut doc = Document::create(&partial).unwrap();
    let mut rng = DemoRng::new(7);
    doc.execute(&Command::CreateRoom {
        name: "Großer Saal".into(),
        width_m: 200.0,
        height_m: 200.0,
        x_m: 0.0,
        y_m: 0.0,
    })
    .unwrap();
    let room = doc.plan().room_named("Großer Saal").unwrap().id;
    let many = |commands: Vec<Command>| Command::Many {
        description: "Setup".into(),
        commands,
    };
    doc.execute(&many(
        (0..200)
            .map(|i| {
                Command::AddTable(NewTable {
                    number: Some(format!("{}", i + 1)),
                    room,
                    shape: TableShape::Round,
                    width_m: 1.8,
                    depth_m: 1.8,
                    seats: 10,
                    x_m: 3.0 + (i % 20) as f64 * 9.0,
                    y_m: 3.0 + (i / 20) as f64 * 9.0,
                    rotation_deg: 0.0,
                })
            })
            .collect(),
    ))
    .unwrap();
    doc.execute(&many(
        (0..200)
            .map(|i| Command::CreateLogicalTable {
                name: format!("Team {i}"),
                vip: i < 3,
            })
            .collect(),
    ))
    .unwrap();
    doc.execute(&many(
        (0..1500)
            .map(|i| {
                Command::AddGuest(GuestFields {
                    first_name: "Gast".into(),
                    last_name: format!("Nummer {i}"),
                    email: None,
                    department: "Vertrieb".into(),
                    dietary: String::new(),
                    vip: false,
                    notes: String::new(),
                    group: String::new(),
                })
            })
            .collect(),
    ))
    .unwrap();
    let tables: Vec<_> = doc.plan().tables().map(|t| t.id).collect();
    let logical: Vec<_> = doc.plan().logical_tables().map(|l| l.id).collect();
    let guests: Vec<_> = doc.plan().guests().map(|g| g.id).collect();
    while doc.timeline().len() < batches {
        let command = match rng.below(3) {
            0 => Command::MoveTables(vec![TableMove {
                table: *rng.pick(&tables),
                room,
                x_m: 3.0 + rng.below(1800) as f64 / 10.0,
                y_m: 3.0 + rng.below(1800) as f64 / 10.0,
            }]),
            1 => Command::SeatGuests {
                guests: vec![*rng.pick(&guests)],
                logical: Some(*rng.pick(&logical)),
            },
            _ => Command::AssignTable {
                logical: *rng.pick(&logical),
                table: Some(*rng.pick(&tables)),
            },
        };
        doc.execute(&command).unwrap();
    }
    drop(doc);
    std::fs::rename(&partial, &path).unwrap();
    path
}

const TIMELINE_BATCHES: usize = 10_000;

/// What the timeline panel does after every edit: every batch rendered from its events in the
/// window's language (`Document::describe_batch`), for a 10,000-action history.
#[divan::bench(args = ["en", "de"], sample_count = 10, sample_size = 1)]
fn timeline_rendered_from_events_10k_batches(bencher: Bencher, language: &str) {
    let doc = Document::open(&many_batches_file(TIMELINE_BATCHES)).unwrap();
    seatplan::i18n::set_language(language);
    bencher.bench_local(|| {
        let mut entries = doc.timeline();
        for entry in &mut entries {
            entry.description = doc.describe_batch(entry.batch);
        }
        entries
    });
}

/// Baseline: the same timeline with the stored (English) descriptions, as before issue 13.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_timeline_stored_descriptions_10k_batches(bencher: Bencher) {
    let doc = Document::open(&many_batches_file(TIMELINE_BATCHES)).unwrap();
    bencher.bench_local(|| doc.timeline());
}

/// The timeline of the 100 k-event log (few, large batches): every event is read to summarise
/// its batch ("2,500 guests added").
#[divan::bench(sample_count = 10, sample_size = 1)]
fn timeline_rendered_from_events_100k_events(bencher: Bencher) {
    let doc = Document::open(&log_file(100_000)).unwrap();
    seatplan::i18n::set_language("de");
    bencher.bench_local(|| {
        let mut entries = doc.timeline();
        for entry in &mut entries {
            entry.description = doc.describe_batch(entry.batch);
        }
        entries
    });
}

/// The 1,500-guest demo, as written, and the same with 20 custom fields filled for every guest
/// (30,000 more events): opening them side by side shows what fields cost.
fn demo_file(fields: usize) -> PathBuf {
    let path = bench_dir().join(format!("demo-fields-{fields}.seatplan"));
    if path.exists() {
        return path;
    }
    let partial = bench_dir().join(format!("demo-fields-{fields}.partial"));
    let _ = std::fs::remove_file(&partial);
    let mut doc = seatplan::demo::write_demo(&partial, 1500, 7).unwrap();
    seatplan::demo::add_custom_fields(&mut doc, fields).unwrap();
    drop(doc);
    std::fs::rename(&partial, &path).unwrap();
    path
}

#[divan::bench(args = [0, 20], sample_count = 20, sample_size = 1)]
fn open_demo_with_custom_fields(bencher: Bencher, fields: usize) {
    let path = demo_file(fields);
    bencher.bench_local(|| Document::open(&path).unwrap());
}
