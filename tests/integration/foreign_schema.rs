//! Plans another program touched: each file of the hostile-schema corpus (triggers, a view, an
//! extra table or index, a virtual table, a column's type changed, a table rebuilt WITHOUT ROWID
//! or without STRICT) is refused with its own message, by the core and by the CLI, and its bytes
//! stay as they were. An append checks that its rows are there before it reports success.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use seatplan::domain::Command;
use seatplan::history::{Document, HistoryError};
use seatplan::store::StoreError;
use std::path::Path;

/// The hostile corpus: a name, the SQL "another program" ran on a closed plan (as the `sqlite3`
/// tool would), and what the refusal must say.
const CORPUS: &[(&str, &str, &str)] = &[
    (
        "trigger that drops inserts",
        "CREATE TRIGGER drop_it BEFORE INSERT ON events BEGIN SELECT RAISE(IGNORE); END;",
        "the file contains a trigger “drop_it” that seatplan did not create",
    ),
    (
        "trigger that blanks payloads",
        "CREATE TRIGGER blank_it AFTER INSERT ON events BEGIN \
         UPDATE events SET payload = '{}' WHERE seq = new.seq; END;",
        "the file contains a trigger “blank_it” that seatplan did not create",
    ),
    (
        "trigger on batches",
        "CREATE TRIGGER on_batches AFTER INSERT ON batches BEGIN DELETE FROM meta; END;",
        "the file contains a trigger “on_batches” that seatplan did not create",
    ),
    (
        "trigger on meta",
        "CREATE TRIGGER on_meta BEFORE UPDATE ON meta BEGIN SELECT RAISE(ABORT, 'no'); END;",
        "the file contains a trigger “on_meta” that seatplan did not create",
    ),
    (
        "view",
        "CREATE VIEW guests_view AS SELECT payload FROM events;",
        "the file contains a view “guests_view” that seatplan did not create",
    ),
    (
        "extra table",
        "CREATE TABLE notes (text TEXT);",
        "the file contains a table “notes” that seatplan did not create",
    ),
    (
        "extra index",
        "CREATE INDEX events_by_type ON events(event_type);",
        "the file contains an index “events_by_type” that seatplan did not create",
    ),
    (
        "virtual table",
        "CREATE VIRTUAL TABLE search USING fts5(text);",
        "the file contains a virtual table “search” that seatplan did not create",
    ),
    (
        "column type changed",
        "CREATE TABLE events_new (
             seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL,
             batch INTEGER NOT NULL REFERENCES batches(batch), event_type TEXT NOT NULL,
             schema_version INTEGER NOT NULL, at TEXT NOT NULL, by TEXT NOT NULL,
             payload BLOB NOT NULL) STRICT;
         INSERT INTO events_new
           SELECT seq, event_id, batch, event_type, schema_version, at, by, CAST(payload AS BLOB)
           FROM events;
         DROP TABLE events;
         ALTER TABLE events_new RENAME TO events;",
        "the column “payload” of the table “events” has the type BLOB instead of TEXT",
    ),
    (
        "table rebuilt WITHOUT ROWID",
        "CREATE TABLE batches_new (
             batch INTEGER PRIMARY KEY,
             kind TEXT NOT NULL CHECK (kind IN ('command', 'undo', 'redo')),
             at TEXT NOT NULL, by TEXT NOT NULL, description TEXT NOT NULL) STRICT, WITHOUT ROWID;
         INSERT INTO batches_new SELECT * FROM batches;
         DROP TABLE batches;
         ALTER TABLE batches_new RENAME TO batches;",
        "the table “batches” was rebuilt WITHOUT ROWID",
    ),
    (
        "table no longer STRICT",
        "CREATE TABLE meta_new (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         INSERT INTO meta_new SELECT * FROM meta;
         DROP TABLE meta;
         ALTER TABLE meta_new RENAME TO meta;",
        "the table “meta” is no longer STRICT",
    ),
    (
        "a trigger whose name fakes a line and turns text around",
        "CREATE TRIGGER \"evil\nname\u{202e}txt\" AFTER INSERT ON events BEGIN SELECT 1; END;",
        "the file contains a trigger “evil\\u{a}name\\u{202e}txt” that seatplan did not create",
    ),
    (
        "layout version 0",
        "PRAGMA user_version = 0;",
        "its layout version is 0, which seatplan never writes",
    ),
    (
        "check constraint dropped",
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET sql = replace(sql, ' CHECK (kind IN (''command'', ''undo'', ''redo''))', '')
          WHERE name = 'batches';",
        "the table “batches” is defined differently from how seatplan defines it",
    ),
];

/// A closed base plan changed by `sql`, as another program would.
fn tampered(dir: &Path, sql: &str) -> std::path::PathBuf {
    let path = dir.join("plan.seatplan");
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    drop(doc);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF;").unwrap();
    conn.execute_batch(sql).unwrap();
    drop(conn);
    path
}

#[test]
fn every_file_of_the_hostile_corpus_is_refused_by_name_and_left_untouched() {
    assert_eq!(CORPUS.len(), 14, "RELIABILITY.md counts the corpus");
    for (what, sql, said) in CORPUS {
        let dir = tempfile::tempdir().unwrap();
        let path = tampered(dir.path(), sql);
        let before = std::fs::read(&path).unwrap();
        let error = Document::open(&path).unwrap_err();
        assert!(
            matches!(error, HistoryError::Store(StoreError::ForeignSchema { .. })),
            "{what}: {error:?}"
        );
        let text = error.to_string();
        assert!(text.contains(said), "{what}: {text}");
        assert!(text.contains("another program changed this file"), "{text}");
        // Read-only opening and the command line refuse it the same way.
        let error = Document::open_read_only(&path).unwrap_err();
        assert!(error.to_string().contains(said), "{what}: {error}");
        let out = seatplan_cli(["show", path.to_str().unwrap()]);
        assert!(!out.status.success(), "{what}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(said), "{what}: {stderr}");
        assert!(stderr.contains("seatplan recover"), "{what}: {stderr}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{what}: bytes unchanged"
        );
    }
}

#[test]
fn a_plan_seatplan_made_opens_and_the_check_does_not_fire_on_it() {
    let (_dir, path) = base_plan_file();
    let doc = Document::open(&path).unwrap();
    assert!(doc.batch_count() > 0);
}

#[test]
fn an_append_whose_rows_do_not_arrive_is_rolled_back_and_says_so() {
    for (trigger, said) in [
        (
            "CREATE TRIGGER drop_it BEFORE INSERT ON events BEGIN SELECT RAISE(IGNORE); END;",
            "only 0 of 1 events are in the file after writing them",
        ),
        (
            "CREATE TRIGGER blank_it AFTER INSERT ON events BEGIN \
             UPDATE events SET payload = '{}' WHERE seq = new.seq; END;",
            "the events in the file differ from those written",
        ),
    ] {
        let (_dir, path) = base_plan_file();
        let mut doc = Document::open(&path).unwrap();
        let (batches, plan) = (doc.batch_count(), doc.plan().clone());
        // Another program at work while the plan is open (only a test can get in like this).
        doc.store().tamper_for_tests(trigger).unwrap();
        let error = doc
            .execute(&Command::CreateLogicalTable {
                name: "Neu".into(),
                vip: false,
            })
            .unwrap_err();
        let text = error.to_string();
        assert!(text.contains("the change was not saved"), "{text}");
        assert!(text.contains(said), "{text}");
        assert_eq!(doc.batch_count(), batches, "nothing reported as saved");
        assert_eq!(*doc.plan(), plan, "the plan in memory is unchanged");
        // The trigger taken out again, the file holds exactly what it held.
        doc.store()
            .tamper_for_tests("DROP TRIGGER IF EXISTS drop_it; DROP TRIGGER IF EXISTS blank_it;")
            .unwrap();
        drop(doc);
        let doc = Document::open(&path).unwrap();
        assert_eq!(doc.batch_count(), batches);
        assert!(doc.integrity_check().unwrap().is_empty());
    }
}

#[test]
fn a_refused_file_keeps_its_write_ahead_log_unfolded() {
    let (dir, path) = base_plan_file();
    // Another program leaves its change in the `-wal` (its connection still open).
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "PRAGMA wal_autocheckpoint = 0;
         CREATE TRIGGER late AFTER INSERT ON events BEGIN SELECT 1; END;",
    )
    .unwrap();
    let copy = dir.path().join("copy.seatplan");
    std::fs::copy(&path, &copy).unwrap();
    let wal = dir.path().join("copy.seatplan-wal");
    std::fs::copy(dir.path().join("plan.seatplan-wal"), &wal).unwrap();
    drop(conn);
    let (main_before, wal_before) = (std::fs::read(&copy).unwrap(), std::fs::read(&wal).unwrap());
    let error = Document::open(&copy).unwrap_err();
    assert!(error.to_string().contains("trigger “late”"), "{error}");
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        main_before,
        "the file's bytes"
    );
    assert_eq!(
        std::fs::read(&wal).unwrap(),
        wal_before,
        "its -wal, still there"
    );
}
