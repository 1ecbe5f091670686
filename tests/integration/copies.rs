//! Copies of a plan (issue 22): a byte copy of the file alone, taken while the window holds it,
//! holds every action the window shows; a `-wal` from another moment never takes a plan back;
//! commands that read work on a plan a window holds; "Save a copy" and `seatplan copy`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use crate::gui::{open_base, plan};
use egui_kittest::kittest::Queryable;
use rusqlite::Connection;
use seatplan::domain::Command;
use seatplan::history::Document;
use seatplan::store::StoreError;
use std::path::{Path, PathBuf};

/// The `-wal` file beside a plan.
fn wal_of(path: &Path) -> PathBuf {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    PathBuf::from(wal)
}

/// Whether `show --json` (another process) lists a logical table of this name.
fn has_logical_table(plan: &str, name: &str) -> bool {
    let shown: serde_json::Value = serde_json::from_str(&ok_en(&["show", plan, "--json"])).unwrap();
    shown["logical_tables"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["name"] == name)
}

fn actions(path: &Path) -> usize {
    Document::open(path).unwrap().timeline().len()
}

#[test]
fn a_byte_copy_of_the_file_alone_taken_while_the_window_holds_it_has_every_action() {
    let (dir, path, b, mut h) = open_base();
    // Zoë is dragged onto table 1 in the window.
    let from = h.get_by_label_contains("Lefèvre, Zoë").rect().center();
    let target = {
        let ws = h.state().workspace().unwrap();
        ws.floor.table_screen_pos(ws.doc.plan(), b.t1).unwrap()
    };
    crate::gui::drag(&mut h, from, target);
    assert_eq!(plan(&h).guest(b.zoe).unwrap().logical, Some(b.sales));
    // The window still holds the plan; a file manager copies the .seatplan alone.
    let copy = dir.path().join("for maria.seatplan");
    std::fs::copy(&path, &copy).unwrap();
    assert!(!wal_of(&copy).exists());
    let doc = Document::open(&copy).unwrap();
    assert_eq!(doc.plan().guest(b.zoe).unwrap().logical, Some(b.sales));
    assert_eq!(doc.timeline().len(), {
        let ws = h.state().workspace().unwrap();
        ws.doc.timeline().len()
    });
    assert_eq!(doc.integrity_check().unwrap(), Vec::<String>::new());
    drop(doc);
    // The next frame without an action flushes the file to disk; nothing else changes.
    h.run();
    assert!(!h.state().workspace().unwrap().doc.needs_settle());
    drop(h);
}

#[test]
fn every_saved_action_is_in_the_file_alone_once_the_front_end_says_so() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let copy = path.with_file_name("copy.seatplan");
    for (n, guest) in [b.anna, b.jurgen, b.zoe].into_iter().enumerate() {
        run(
            &mut doc,
            Command::SeatGuests {
                guests: vec![guest],
                logical: Some(b.it),
            },
        );
        // What the window does at the end of the frame that showed the action.
        doc.make_whole();
        assert!(!doc.needs_whole());
        let _ = std::fs::remove_file(&copy);
        std::fs::copy(&path, &copy).unwrap();
        let copied = Document::open(&copy).unwrap();
        assert_eq!(copied.timeline().len(), doc.timeline().len(), "after {n}");
        assert_eq!(copied.plan(), doc.plan());
    }
}

/// A plan whose main file holds every action, and the `-wal` of an older session of it: made
/// by a SQLite session (as an older seatplan wrote, folding nothing in while open) that started
/// from an earlier copy and wrote the same actions one by one. Returns (plan, old wal, actions
/// in the earlier copy).
fn plan_and_an_older_wal(dir: &Path) -> (PathBuf, Vec<u8>, usize) {
    let earlier = dir.join("earlier.seatplan");
    let mut doc = Document::create(&earlier).unwrap();
    let b = base_plan(&mut doc);
    let before = doc.timeline().len();
    drop(doc);
    let plan = dir.join("party.seatplan");
    std::fs::copy(&earlier, &plan).unwrap();
    let mut doc = Document::open(&plan).unwrap();
    for i in 0..12 {
        let guest = [b.anna, b.jurgen, b.zoe][i % 3];
        let logical = [b.it, b.vip, b.sales][(i % 3 + i / 3) % 3];
        run(
            &mut doc,
            Command::SeatGuests {
                guests: vec![guest],
                logical: Some(logical),
            },
        );
    }
    drop(doc);

    // The older session: the earlier copy, then the same rows, one transaction per action, all
    // left in its -wal.
    let session = dir.join("session.seatplan");
    std::fs::copy(&earlier, &session).unwrap();
    let conn = Connection::open(&session).unwrap();
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
        true,
    )
    .unwrap();
    conn.execute_batch(
        "PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;",
    )
    .unwrap();
    conn.execute("ATTACH ?1 AS later", [plan.to_str().unwrap()])
        .unwrap();
    let total: i64 = conn
        .query_row("SELECT count(*) FROM later.batches", [], |r| r.get(0))
        .unwrap();
    for batch in before as i64 + 1..=total {
        conn.execute_batch(&format!(
            "BEGIN;
             INSERT INTO main.batches SELECT * FROM later.batches WHERE batch = {batch};
             INSERT INTO main.stamps SELECT * FROM later.stamps WHERE batch = {batch};
             INSERT INTO main.events SELECT * FROM later.events WHERE batch = {batch};
             COMMIT;"
        ))
        .unwrap();
    }
    let wal = std::fs::read(wal_of(&session)).unwrap();
    assert!(
        wal.len() > 10_000,
        "the session left its actions in its -wal"
    );
    drop(conn);
    (plan, wal, before)
}

#[test]
fn a_cut_short_wal_beside_a_plan_is_refused_and_nothing_in_the_file_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (plan, wal, _) = plan_and_an_older_wal(dir.path());
    let held = actions(&plan);
    // A partial copy of the older -wal lands beside the plan.
    std::fs::write(wal_of(&plan), &wal[..wal.len() / 2]).unwrap();
    let bytes = std::fs::read(&plan).unwrap();

    let err = Document::open(&plan).unwrap_err().to_string();
    assert!(err.contains("the “-wal” file beside it"), "{err}");
    assert!(err.contains("Nothing was changed"), "{err}");
    assert!(err.contains("seatplan recover"), "{err}");
    assert_eq!(std::fs::read(&plan).unwrap(), bytes);
    assert_eq!(std::fs::read(wal_of(&plan)).unwrap(), wal[..wal.len() / 2]);

    // `check` says so too (exit status 1), and changes nothing.
    let p = plan.to_str().unwrap();
    let said = fails_en(&["check", p]);
    assert!(said.contains("-wal"), "{said}");
    assert_eq!(std::fs::read(&plan).unwrap(), bytes);
    assert!(fails_en(&["show", p]).contains("-wal"));
    assert_eq!(std::fs::read(&plan).unwrap(), bytes);

    // `recover` keeps the longer history: every action of the file.
    let rescued = dir.path().join("rescued.seatplan");
    let said = ok_en(&["recover", p, rescued.to_str().unwrap()]);
    assert!(
        said.contains("“-wal” file beside it was left aside"),
        "{said}"
    );
    assert_eq!(actions(&rescued), held_without_wal(&bytes, dir.path()));
    assert_eq!(std::fs::read(&plan).unwrap(), bytes);
    let _ = held;
}

/// The actions the file's bytes hold by themselves.
fn held_without_wal(bytes: &[u8], dir: &Path) -> usize {
    let alone = dir.join("alone.seatplan");
    std::fs::write(&alone, bytes).unwrap();
    actions(&alone)
}

#[test]
fn a_wal_of_another_moment_is_refused_but_one_that_continues_the_file_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (plan, wal, before) = plan_and_an_older_wal(dir.path());
    let total = actions(&plan);
    assert_eq!(total, before + 12);

    // The whole older -wal beside the earlier copy it belongs to: a crash's leftovers. It
    // continues the file, so it opens with every action.
    let earlier = dir.path().join("earlier.seatplan");
    std::fs::write(wal_of(&earlier), &wal).unwrap();
    assert_eq!(actions(&earlier), total);
    assert!(!wal_of(&earlier).exists(), "folded in and closed cleanly");

    // Beside the plan that holds more, a -wal of one of its own earlier moments is stale.
    std::fs::write(wal_of(&plan), &wal).unwrap();
    match Document::open(&plan) {
        Err(seatplan::history::HistoryError::Store(
            StoreError::StaleWal { .. } | StoreError::DamagedWal { .. },
        )) => {}
        Ok(doc) => assert_eq!(
            doc.timeline().len(),
            total,
            "a -wal that takes nothing back"
        ),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn reading_commands_work_while_a_window_holds_the_plan_and_writing_ones_refuse() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["demo", p, "--guests", "50"]);
    let mut holder = Document::open(&path).unwrap();
    let vip = holder.plan().logical_named("VIP 1").unwrap().id;
    run(
        &mut holder,
        Command::RenameLogicalTable {
            logical: vip,
            name: "Ehrengäste".into(),
        },
    );
    // The holder's newest action is in what other processes read.
    assert!(has_logical_table(p, "Ehrengäste"));
    let history = ok_en(&["history", p]);
    assert!(history.contains("Ehrengäste"), "{history}");
    ok_en(&["check", p]);
    let xlsx = dir.path().join("seating.xlsx");
    ok_en(&["export-seating", p, xlsx.to_str().unwrap()]);
    assert!(xlsx.exists());
    let pdf = dir.path().join("tables.pdf");
    ok_en(&["print", p, "by-table", pdf.to_str().unwrap()]);
    assert!(pdf.exists());
    // Writing commands still refuse, saying a window holds it, and the holder's lock stays.
    assert!(
        fails_en(&["vip", p, "Ehrengäste", "--off"]).contains("already open in another window")
    );
    assert!(fails_en(&["undo", p, "1", "--yes"]).contains("already open in another window"));
    run(
        &mut holder,
        Command::RenameLogicalTable {
            logical: vip,
            name: "VIP 1".into(),
        },
    );
    drop(holder);
    assert!(has_logical_table(p, "VIP 1"));
}

#[test]
fn seatplan_copy_writes_a_whole_copy_also_while_a_window_holds_the_plan_never_over_a_file() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    let mut holder = Document::create(&path).unwrap();
    let b = base_plan(&mut holder);
    run(
        &mut holder,
        Command::SeatGuests {
            guests: vec![b.zoe],
            logical: Some(b.it),
        },
    );
    let for_maria = dir.path().join("für Maria");
    let said = ok_en(&["copy", p, for_maria.to_str().unwrap()]);
    let written = dir.path().join("für Maria.seatplan");
    assert!(
        said.starts_with(&format!(
            "Saved a copy of the plan as {}",
            written.display()
        )),
        "{said}"
    );
    assert!(said.contains(&format!("({} actions)", holder.timeline().len())));
    let copy = Document::open(&written).unwrap();
    assert_eq!(copy.plan(), holder.plan());
    assert_eq!(
        copy.plan_id(),
        holder.plan_id(),
        "the same plan: it merges back"
    );
    drop(copy);
    // Never over a file: not over the copy, not over the plan, not over anything else.
    let bytes = std::fs::read(&written).unwrap();
    let said = fails_en(&["copy", p, written.to_str().unwrap()]);
    assert!(said.contains("already exists"), "{said}");
    assert_eq!(std::fs::read(&written).unwrap(), bytes);
    assert!(fails_en(&["copy", written.to_str().unwrap(), p]).contains("already exists"));
    let notes = dir.path().join("notes.seatplan");
    std::fs::write(&notes, "mine").unwrap();
    assert!(fails_en(&["copy", p, notes.to_str().unwrap()]).contains("already exists"));
    assert_eq!(std::fs::read(&notes).unwrap(), b"mine");
    let said = fails_en(&["copy", p, dir.path().join("copy.txt").to_str().unwrap()]);
    assert!(
        said.contains("a copy of a plan is a .seatplan file, not .txt"),
        "{said}"
    );
    // The copy is a file like any other: readable by others as the umask allows, not 0600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&written).unwrap().permissions().mode();
        let plan_mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, plan_mode & 0o777);
    }
    // No temporary file is left behind.
    let mut names = file_names(dir.path());
    names.retain(|n| n.contains("partial"));
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn file_save_a_copy_writes_a_whole_copy_and_says_where() {
    let (dir, _path, b, mut h) = open_base();
    let chosen = dir.path().join("for maria");
    {
        let chosen = chosen.clone();
        h.state_mut()
            .set_file_chooser(move |_| Some(chosen.clone()));
    }
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Save a copy as…").click();
    crate::gui::run_until(&mut h, |app| !app.notices().is_empty());
    let written = dir.path().join("for maria.seatplan");
    let notice = h.state().notices()[0].clone();
    assert!(
        notice.starts_with(&format!(
            "Saved a copy of the plan as {}",
            written.display()
        )),
        "{notice}"
    );
    let copy = Document::open(&written).unwrap();
    assert_eq!(copy.plan(), &plan(&h));
    assert_eq!(copy.plan().guest(b.anna).unwrap().logical, Some(b.sales));
    drop(copy);
    // Asked again for the same name: refused, the copy stays as it was.
    let bytes = std::fs::read(&written).unwrap();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Save a copy as…").click();
    crate::gui::run_until(&mut h, |app| app.notices().len() > 1);
    let notice = h.state().notices().last().unwrap().clone();
    assert!(notice.contains("already exists"), "{notice}");
    assert_eq!(std::fs::read(&written).unwrap(), bytes);
}

#[test]
fn merging_a_copy_whose_wal_is_from_another_moment_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (other, wal, _) = plan_and_an_older_wal(dir.path());
    std::fs::write(wal_of(&other), &wal[..wal.len() / 2]).unwrap();
    let here = dir.path().join("here.seatplan");
    std::fs::copy(dir.path().join("earlier.seatplan"), &here).unwrap();
    let before = std::fs::read(&here).unwrap();
    let other_bytes = std::fs::read(&other).unwrap();
    let said = fails_en(&[
        "merge",
        here.to_str().unwrap(),
        other.to_str().unwrap(),
        "--yes",
    ]);
    assert!(
        said.contains("party.seatplan"),
        "names the other copy: {said}"
    );
    assert!(said.contains("-wal"), "{said}");
    assert_eq!(std::fs::read(&here).unwrap(), before);
    assert_eq!(std::fs::read(&other).unwrap(), other_bytes);
}

#[test]
fn the_typed_in_save_a_copy_suggests_a_free_name_and_never_offers_to_replace() {
    let (dir, path, _b, mut h) = open_base();
    // A desktop without file dialogs: the path is typed in, starting beside the plan.
    h.state_mut().set_file_chooser(|_| None);
    std::fs::write(dir.path().join("copy.seatplan"), "an earlier copy").unwrap();
    let _ = &path;
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Save a copy as…").click();
    crate::gui::run_until(&mut h, |app| !app.notices().is_empty());
    h.run();
    let field = h.get_by_label("Path of the file to write:");
    let suggested = dir.path().join("copy 2.seatplan");
    assert_eq!(
        field.value().as_deref(),
        Some(suggested.display().to_string().as_str())
    );
    // Typing the taken name: refused at once, no "press again to replace".
    let taken = dir.path().join("copy.seatplan");
    h.get_by_label("Path of the file to write:").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Path of the file to write:")
        .type_text(&taken.display().to_string());
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label_contains("a plan is never written over a file — choose another name");
    h.get_by_label("Save").click();
    h.run();
    assert_eq!(std::fs::read(&taken).unwrap(), b"an earlier copy");
    assert!(h.query_by_label("Path of the file to write:").is_some());
}
