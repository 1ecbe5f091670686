//! The event file on disk: layout, pragmas, readable JSON, and refusal of files that are not ours.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use rusqlite::Connection;
use seatplan::domain::Command;
use seatplan::history::{Document, HistoryError};
use seatplan::store::{APPLICATION_ID, DecodeError, FORMAT_VERSION, StoreError};
use std::path::Path;

fn open_error(path: &Path) -> StoreError {
    match Document::open(path) {
        Err(HistoryError::Store(e)) => e,
        Err(other) => panic!("expected a store error, got {other}"),
        Ok(_) => panic!("{} opened but should not", path.display()),
    }
}

/// Bytes of the file and of its WAL, if any.
fn bytes(path: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    (std::fs::read(path).unwrap(), std::fs::read(wal).ok())
}

#[test]
fn the_file_has_our_identity_strict_tables_and_readable_json() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    let events = doc.event_count();
    let batches = doc.batch_count();
    drop(doc);

    let conn = Connection::open(&path).unwrap();
    let pragma = |name: &str| -> i64 {
        conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(pragma("application_id"), i64::from(APPLICATION_ID));
    assert_eq!(pragma("user_version"), i64::from(FORMAT_VERSION));
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    for table in ["events", "batches", "meta"] {
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            sql.trim_end().ends_with("STRICT"),
            "{table} is not STRICT: {sql}"
        );
    }
    let count: i64 = conn
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count as usize, events);
    let count: i64 = conn
        .query_row("SELECT count(DISTINCT event_id) FROM events", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(count as usize, events, "event ids are unique");
    let count: i64 = conn
        .query_row("SELECT count(*) FROM batches", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count as usize, batches);
    // Payloads are JSON that the sqlite3 CLI can query.
    let name: String = conn
        .query_row(
            "SELECT json_extract(payload, '$.name') FROM events WHERE event_type = 'RoomCreated' ORDER BY seq LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(name, "Großer Saal");
    let (version, by, at): (i64, String, String) = conn
        .query_row(
            "SELECT schema_version, by, at FROM events WHERE event_type = 'TableAdded' LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(version, 2);
    assert!(!by.is_empty());
    assert!(
        time::OffsetDateTime::parse(&at, &time::format_description::well_known::Rfc3339).is_ok()
    );
    let description: String = conn
        .query_row("SELECT description FROM batches WHERE batch = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(description, "Created room “Großer Saal”");
}

#[test]
fn a_second_open_of_the_same_file_is_refused_and_changes_nothing() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    let before = bytes(&path);
    assert!(matches!(open_error(&path), StoreError::AlreadyOpen(_)));
    assert_eq!(bytes(&path), before);
    assert!(
        open_error(&path)
            .to_string()
            .contains("already open in another window")
    );
    // The first holder keeps working.
    run(
        &mut doc,
        Command::CreateLogicalTable {
            name: "Noch einer".into(),
            vip: false,
        },
    );
    drop(doc);
    assert!(Document::open(&path).is_ok());
}

#[test]
fn a_foreign_sqlite_file_is_refused_untouched() {
    let (_dir, path) = temp_plan();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');")
            .unwrap();
    }
    let before = bytes(&path);
    assert!(matches!(open_error(&path), StoreError::ForeignDatabase(_)));
    assert_eq!(bytes(&path), before);
}

#[test]
fn a_file_from_a_newer_version_is_refused_untouched() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    drop(doc);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&format!("PRAGMA user_version = {};", FORMAT_VERSION + 1))
            .unwrap();
    }
    let before = bytes(&path);
    let error = open_error(&path);
    assert!(
        matches!(error, StoreError::NewerVersion { found, .. } if found == FORMAT_VERSION + 1),
        "{error}"
    );
    assert!(error.to_string().contains("newer seatplan"));
    assert_eq!(bytes(&path), before);
}

#[test]
fn non_sqlite_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8]); 3] = [
        ("text.seatplan", b"Name;Tisch\nAnna;3\n"),
        ("empty.seatplan", b""),
        ("short.seatplan", b"SQLite format 3\0 but cut off"),
    ];
    for (name, content) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        assert!(
            matches!(open_error(&path), StoreError::NotAPlanFile(_)),
            "{name}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), content, "{name} was changed");
    }
    assert!(matches!(
        open_error(&dir.path().join("missing.seatplan")),
        StoreError::NotFound(_)
    ));
    assert!(matches!(
        open_error(dir.path()),
        StoreError::NotAFile {
            what: seatplan::io::sheet::FileKind::Folder,
            ..
        }
    ));
}

#[test]
fn create_never_overwrites_an_existing_file() {
    let (_dir, path) = temp_plan();
    std::fs::write(&path, b"precious").unwrap();
    assert!(matches!(
        Document::create(&path),
        Err(HistoryError::Store(StoreError::AlreadyExists(_)))
    ));
    assert_eq!(std::fs::read(&path).unwrap(), b"precious");
}

#[test]
fn an_event_of_unknown_type_is_reported_with_its_sequence_number() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    drop(doc);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "INSERT INTO batches(batch, kind, at, by, description)
               SELECT max(batch) + 1, 'command', '2030-01-01T00:00:00Z', 'future', 'from the future' FROM batches;
             INSERT INTO events(event_id, batch, event_type, schema_version, at, by, payload)
               SELECT '00000000-0000-4000-8000-000000000001', max(batch), 'GuestTeleported', 1, '2030-01-01T00:00:00Z', 'future', '{}' FROM batches;",
        )
        .unwrap();
    }
    match open_error(&path) {
        StoreError::BadEvent { seq, source, .. } => {
            assert!(seq > 0);
            assert_eq!(source, DecodeError::UnknownType("GuestTeleported".into()));
        }
        other => panic!("unexpected {other}"),
    }
}

#[test]
fn a_damaged_file_gives_an_error_not_a_panic() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    for i in 0..200 {
        run(
            &mut doc,
            Command::AddGuest(guest("Gast", &format!("Nummer {i}"), None)),
        );
    }
    drop(doc);
    // Fold the WAL into the main file, then zero a page in the middle.
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
            .unwrap();
    }
    let mut data = std::fs::read(&path).unwrap();
    assert!(data.len() > 4 * 4096);
    let start = data.len() / 2 / 4096 * 4096;
    data[start..start + 4096].fill(0);
    std::fs::write(&path, &data).unwrap();
    let error = open_error(&path);
    assert!(
        matches!(
            error,
            StoreError::Corrupt { .. }
                | StoreError::Inconsistent { .. }
                | StoreError::BadEvent { .. }
        ),
        "{error}"
    );
}

#[test]
fn check_finds_duplicate_event_ids() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    assert!(doc.integrity_check().unwrap().is_empty());
    drop(doc);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "UPDATE events SET event_id = (SELECT event_id FROM events WHERE seq = 1) WHERE seq = 2;",
        )
        .unwrap();
    }
    let doc = Document::open(&path).unwrap();
    let findings = doc.integrity_check().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert!(findings[0].contains("is used 2 times"));
}
