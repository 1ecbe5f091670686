//! Rescue: `seatplan recover FILE OUT` writes a new plan with every action of a damaged one that
//! can still be read and replayed, lists what it left out, and never modifies the damaged file.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use egui_kittest::kittest::Queryable;
use seatplan::domain::{Command, GuestFields};
use seatplan::history::Document;
use seatplan::history::recover::{RecoverError, recover};
use std::path::{Path, PathBuf};

/// The base plan and `extra` more actions, each adding a guest; closed.
fn plan_with_actions(dir: &Path, extra: usize) -> PathBuf {
    let path = dir.join("fest.seatplan");
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    for i in 0..extra {
        doc.execute(&Command::AddGuest(GuestFields {
            first_name: format!("Gast{i}"),
            last_name: "Nachname ".repeat(20),
            ..GuestFields::default()
        }))
        .unwrap();
    }
    drop(doc);
    path
}

fn sql(path: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(sql).unwrap();
}

fn cli(args: &[&str]) -> std::process::Output {
    seatplan_en(args)
}

#[test]
fn one_unreadable_event_costs_its_action_and_the_undo_of_it_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 5);
    let before = {
        let mut doc = Document::open(&path).unwrap();
        let batches = doc.batch_count();
        // Undo the third added guest, then add one more: the undo must go with its target.
        doc.undo(batches as u64 - 2).unwrap();
        doc.execute(&Command::AddGuest(GuestFields {
            first_name: "Letzte".into(),
            last_name: "Person".into(),
            ..GuestFields::default()
        }))
        .unwrap();
        (doc.batch_count(), doc.plan().guests().count())
    };
    // The event of the action that was undone: damaged by hand.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let target: i64 = conn
        .query_row("SELECT max(batch) - 4 FROM batches", [], |r| r.get(0))
        .unwrap();
    conn.execute(
        "UPDATE events SET payload = '{broken' WHERE batch = ?1",
        [target],
    )
    .unwrap();
    drop(conn);
    let damaged = std::fs::read(&path).unwrap();
    // Opening says what is wrong and that recover exists.
    let out = cli(&["show", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("cannot be read"), "{said}");
    assert!(said.contains("seatplan recover"), "{said}");

    let rescued = dir.path().join("gerettet.seatplan");
    let out = cli(&["recover", path.to_str().unwrap(), rescued.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    let found = before.0;
    assert!(
        said.contains(&format!("{} of {found} actions", found - 2)),
        "{said}"
    );
    assert!(said.contains(&format!("#{target} ")), "{said}");
    assert!(
        said.contains("which was left out"),
        "the undo goes too: {said}"
    );
    assert!(said.contains("was not changed"), "{said}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        damaged,
        "the damaged file is untouched"
    );

    let doc = Document::open(&rescued).unwrap();
    assert_eq!(doc.batch_count(), found - 2);
    assert!(doc.diagnostics().is_empty());
    assert!(doc.integrity_check().unwrap().is_empty());
    // The undone guest was not there before either: the same guests.
    assert_eq!(doc.plan().guests().count(), before.1);
    assert!(doc.plan().guests().any(|g| g.fields.first_name == "Letzte"));
    // Author, time and description of the kept actions are kept.
    let first = &doc.timeline()[0];
    assert_eq!(first.description, "Created room “Großer Saal”");
}

#[test]
fn a_damaged_page_loses_only_the_actions_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 400);
    let found = Document::open(&path).unwrap().batch_count();
    // Garbage over one page in the middle of the file.
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    let middle = (bytes.len() / page / 2) * page;
    for b in &mut bytes[middle..middle + page] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    assert!(Document::open(&path).is_err(), "the damage is noticed");
    let rescued = dir.path().join("gerettet.seatplan");
    let report = recover(&path, &rescued).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "untouched");
    assert_eq!(report.batches_found, found);
    assert!(report.batches_kept > found / 2, "{report:?}");
    assert!(
        report.batches_kept < found,
        "something was on that page: {report:?}"
    );
    assert_eq!(
        report.batches_kept + report.left_out.len(),
        found,
        "every action is kept or listed"
    );
    let doc = Document::open(&rescued).unwrap();
    assert_eq!(doc.batch_count(), report.batches_kept);
    assert!(doc.integrity_check().unwrap().is_empty());
}

#[test]
fn a_plan_another_program_changed_is_rescued_without_what_it_added() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 3);
    let found = Document::open(&path).unwrap().batch_count();
    sql(
        &path,
        "CREATE TRIGGER drop_it BEFORE INSERT ON events BEGIN SELECT RAISE(IGNORE); END;
         CREATE VIEW v AS SELECT * FROM events;",
    );
    let rescued = dir.path().join("gerettet.seatplan");
    let report = recover(&path, &rescued).unwrap();
    assert_eq!(report.batches_kept, found);
    assert!(report.left_out.is_empty());
    // The rescued plan is seatplan's own: it opens, and an edit is stored.
    let mut doc = Document::open(&rescued).unwrap();
    doc.execute(&Command::CreateLogicalTable {
        name: "Neu".into(),
        vip: false,
    })
    .unwrap();
    drop(doc);
    assert_eq!(Document::open(&rescued).unwrap().batch_count(), found + 1);
}

#[test]
fn recover_never_replaces_a_file_and_refuses_when_nothing_can_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 1);
    let taken = dir.path().join("schon-da.seatplan");
    std::fs::write(&taken, b"mine").unwrap();
    let out = cli(&["recover", path.to_str().unwrap(), taken.to_str().unwrap()]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("exists already"), "{said}");
    assert_eq!(std::fs::read(&taken).unwrap(), b"mine");
    // A plan whose events are all gone.
    sql(&path, "DELETE FROM events;");
    let target = dir.path().join("leer.seatplan");
    assert!(matches!(
        recover(&path, &target),
        Err(RecoverError::Nothing(_))
    ));
    assert!(!target.exists(), "nothing written");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_window_says_a_damaged_plan_can_be_rescued_and_file_recover_does_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 3);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE events SET payload = '{broken' WHERE seq = (SELECT max(seq) FROM events)",
        [],
    )
    .unwrap();
    drop(conn);
    let mut app = seatplan::ui::app::SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    assert!(app.workspace().is_none());
    let said = app.notices().join("\n");
    assert!(said.contains("Recover a damaged plan…"), "{said}");
    let rescued = dir.path().join("gerettet");
    let asked_in = std::sync::Arc::new(std::sync::Mutex::new(None));
    {
        let (damaged, rescued) = (path.clone(), rescued.clone());
        let asked_in = asked_in.clone();
        app.set_file_chooser(move |request| match request.purpose {
            seatplan::ui::app::DialogPurpose::RecoverFrom => Some(damaged.clone()),
            seatplan::ui::app::DialogPurpose::RecoverTo => {
                *asked_in.lock().unwrap() = request.start_dir().map(Path::to_owned);
                Some(rescued.clone())
            }
            _ => None,
        });
    }
    let mut h = crate::gui::harness(app);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Recover a damaged plan…").click();
    crate::gui::run_until(&mut h, |app| app.workspace().is_some());
    let written = dir.path().join("gerettet.seatplan");
    assert!(written.exists(), "the .seatplan extension is added");
    assert_eq!(
        asked_in.lock().unwrap().as_deref(),
        Some(dir.path()),
        "the rescue is suggested beside the damaged plan"
    );
    let ws = h.state().workspace().unwrap();
    assert_eq!(ws.doc.path(), written, "the rescued plan is open");
    let said = h.state().notices().join("\n");
    assert!(said.contains("actions"), "{said}");
    assert!(said.contains("Left out:"), "{said}");
}

#[test]
fn the_last_page_damaged_still_gives_the_actions_before_it_and_the_rescue_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 400);
    let found = Document::open(&path).unwrap().batch_count();
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 4096;
    for b in &mut bytes[last + 100..last + 116] {
        *b = 0xFF;
    }
    std::fs::write(&path, &bytes).unwrap();
    let rescued = dir.path().join("gerettet.seatplan");
    let report = recover(&path, &rescued).unwrap();
    assert!(report.batches_kept > found * 3 / 4, "{report:?}");
    // What builds on a left-out action is left aside, not damage: `check` is clean.
    let out = cli(&["check", rescued.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn records_lost_but_events_intact_are_rebuilt_and_renamed_columns_or_bad_schema_rows_do_not_hide_rows()
 {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 5);
    let found = Document::open(&path).unwrap().batch_count();
    let guests = Document::open(&path).unwrap().plan().guests().count();
    let first_id = |path: &Path| -> String {
        rusqlite::Connection::open(path)
            .unwrap()
            .query_row("SELECT event_id FROM events WHERE seq = 1", [], |r| {
                r.get(0)
            })
            .unwrap()
    };
    let original = first_id(&path);
    for step in [
        "PRAGMA foreign_keys = OFF; DELETE FROM batches WHERE batch = 3;",
        "ALTER TABLE batches RENAME COLUMN description TO descr;",
        "PRAGMA writable_schema = ON;
         INSERT INTO sqlite_schema VALUES ('trigger', 'tg', 'events', 0, 'THIS IS NOT SQL');",
    ] {
        sql(&path, step);
    }
    assert!(Document::open(&path).is_err());
    let rescued = dir.path().join("gerettet.seatplan");
    let report = recover(&path, &rescued).unwrap();
    assert_eq!(report.rebuilt, [3], "{report:?}");
    assert_eq!(report.batches_kept, found, "{report:?}");
    let doc = Document::open(&rescued).unwrap();
    assert_eq!(doc.plan().guests().count(), guests);
    drop(doc);
    // The events keep their ids.
    assert_eq!(first_id(&rescued), original);
    // A target in a folder that does not exist is said plainly.
    let error = recover(&path, &dir.path().join("nirgends/x.seatplan")).unwrap_err();
    assert!(error.to_string().contains("does not exist"), "{error}");
    assert!(!error.to_string().contains("partial"), "{error}");
}

#[test]
fn a_plan_keeps_its_identity_in_copies_and_rescues_and_an_older_plan_has_one_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 2);
    let id_of = |path: &Path| {
        let shown: serde_json::Value =
            serde_json::from_slice(&cli(&["show", path.to_str().unwrap(), "--json"]).stdout)
                .unwrap();
        shown["plan_id"].as_str().unwrap().to_owned()
    };
    let id = id_of(&path);
    assert_eq!(id.len(), 36, "a UUID: {id}");
    let copy = dir.path().join("kopie.seatplan");
    std::fs::copy(&path, &copy).unwrap();
    assert_eq!(id_of(&copy), id, "a copy is the same plan");
    let rescued = dir.path().join("gerettet.seatplan");
    recover(&path, &rescued).unwrap();
    assert_eq!(id_of(&rescued), id, "so is its rescue");
    let elsewhere = tempfile::tempdir().unwrap();
    let other = plan_with_actions(elsewhere.path(), 2);
    assert_ne!(id_of(&other), id, "another plan is another");
    // The released v1 fixture has no identity of its own: its first event's id stands in, for
    // every copy and its rescue alike.
    let old = dir.path().join("alt.seatplan");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan-v1.seatplan");
    std::fs::copy(fixture, &old).unwrap();
    let first: String = rusqlite::Connection::open(&old)
        .unwrap()
        .query_row("SELECT event_id FROM events WHERE seq = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(id_of(&old), first);
    let old_rescued = dir.path().join("alt-gerettet.seatplan");
    recover(&old, &old_rescued).unwrap();
    assert_eq!(id_of(&old_rescued), first);
}

#[test]
fn an_action_with_one_unreadable_event_keeps_the_others_as_an_action_rescued_in_part() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 0);
    let mut doc = Document::open(&path).unwrap();
    let import = Command::Many {
        description: "Imported 3 guests".into(),
        commands: ["Eins", "Zwei", "Drei"]
            .iter()
            .map(|name| {
                Command::AddGuest(GuestFields {
                    first_name: (*name).into(),
                    last_name: "Gast".into(),
                    ..GuestFields::default()
                })
            })
            .collect(),
    };
    let batch = doc.execute(&import).unwrap().unwrap();
    let found = doc.batch_count();
    let guests = doc.plan().guests().count();
    drop(doc);
    sql(
        &path,
        &format!(
            "UPDATE events SET payload = '{{' WHERE seq =
               (SELECT min(seq) + 1 FROM events WHERE batch = {batch})"
        ),
    );
    let rescued = dir.path().join("gerettet.seatplan");
    let report = recover(&path, &rescued).unwrap();
    assert_eq!(report.batches_kept, found, "{report:?}");
    assert_eq!(report.partial.len(), 1, "{report:?}");
    assert_eq!(report.partial[0].batch, batch);
    let doc = Document::open(&rescued).unwrap();
    assert_eq!(doc.plan().guests().count(), guests - 1, "two of the three");
    let last = doc.timeline().last().unwrap().clone();
    assert_eq!(last.description, "Imported 3 guests (rescued in part)");
    // One undo takes the rescued part back.
    let mut doc = doc;
    doc.undo(last.batch).unwrap();
    assert_eq!(doc.plan().guests().count(), guests - 3);
    let out = cli(&[
        "recover",
        path.to_str().unwrap(),
        dir.path().join("zwei.seatplan").to_str().unwrap(),
    ]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Kept in part"), "{said}");
}

#[test]
fn a_plan_whose_header_says_another_program_points_to_recover_which_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_actions(dir.path(), 3);
    let found = Document::open(&path).unwrap().batch_count();
    // The application id (header bytes 68–71) damaged.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[68..72].copy_from_slice(&[0, 0, 0, 0]);
    std::fs::write(&path, &bytes).unwrap();
    let out = cli(&["show", path.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("seatplan recover"), "{said}");
    let rescued = dir.path().join("gerettet.seatplan");
    let report = recover(&path, &rescued).unwrap();
    assert_eq!(report.batches_kept, found);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    // Another program's database named otherwise gets no such hint, and nothing to rescue.
    let other = dir.path().join("fremd.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    let out = cli(&["show", other.to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("seatplan recover"));
    assert!(matches!(
        recover(&other, &dir.path().join("nichts.seatplan")),
        Err(RecoverError::Nothing(_))
    ));
}
