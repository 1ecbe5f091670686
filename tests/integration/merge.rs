//! Merging copies of a plan (issue 16): copies that merge each other converge, conflicts are
//! listed with a deterministic winner, a merge is one undoable entry, other plans are refused,
//! and older files upgrade safely on their first write.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use egui_kittest::kittest::Queryable;
use proptest::prelude::*;
use seatplan::cli::plan_json;
use seatplan::domain::{Command, TableMove};
use seatplan::history::merge::Winner;
use seatplan::history::{Document, HistoryError};
use seatplan::io::ImportOptions;
use seatplan::io::draw::preview_draw_import;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A second copy of the closed plan at `path`, as a USB stick would make it.
fn copy_of(path: &Path, name: &str) -> PathBuf {
    let target = path.with_file_name(name);
    std::fs::copy(path, &target).unwrap();
    target
}

/// Merges `other` into the plan at `path`; the number of actions it brought.
fn merge(path: &Path, other: &Path) -> usize {
    let mut doc = Document::open(path).unwrap();
    let preview = doc.preview_merge(other).unwrap();
    let count = preview.count();
    let merged = doc.commit_merge(preview).unwrap();
    assert_eq!(merged.is_some(), count > 0);
    count
}

/// The plan as `show --json` prints it, and the global ids of its actions (merge entries are
/// each copy's own bookkeeping).
fn state(path: &Path) -> (Value, BTreeSet<String>) {
    let doc = Document::open(path).unwrap();
    let actions = doc
        .timeline()
        .into_iter()
        .filter(|e| e.merge.is_none())
        .map(|e| e.id)
        .collect();
    (plan_json(doc.plan()), actions)
}

/// Seats Anna Müller at `logical` in the closed plan at `path`, as `by` at `at`.
fn seat_anna(path: &Path, logical: &str, at: &str, by: &str) {
    let mut doc = Document::open(path).unwrap();
    let plan = doc.plan();
    let anna = plan.guest_with_email("anna@example.de").unwrap().id;
    let l = plan.logical_named(logical).unwrap().id;
    doc.execute_as(
        &Command::SeatGuests {
            guests: vec![anna],
            logical: Some(l),
        },
        at.into(),
        by.into(),
    )
    .unwrap()
    .unwrap();
}

/// `check` stays clean: SQLite's integrity, a fresh replay equals the plan, no damaged event.
fn assert_clean(path: &Path) {
    let doc = Document::open(path).unwrap();
    assert_eq!(doc.integrity_check().unwrap(), Vec::<String>::new());
    assert_eq!(doc.replay_fresh().0, *doc.plan());
    assert_eq!(doc.damaged_events(), vec![], "{}", path.display());
}

#[test]
fn the_seed_situation_the_draw_there_vip_tables_and_seats_here_merge_into_one_plan() {
    in_utc();
    let (dir, here) = base_plan_file();
    // The draw's tables and logical tables, before the copy goes to the second laptop.
    let mut doc = Document::open(&here).unwrap();
    let plan = doc.plan();
    let hall = plan.room_named("Großer Saal").unwrap().id;
    let t1 = plan.table_numbered("1").unwrap().id;
    // Every action states its time (see `base_time`): the winner of a conflict follows the
    // order of actions, which must not depend on the day the test runs.
    run_at(&mut doc, round_table(hall, "7", 11.0, 3.0), &base_time(100));
    run_at(&mut doc, round_table(hall, "8", 15.0, 3.0), &base_time(101));
    for (step, name) in [(102, "VIP 2"), (103, "Marketing")] {
        run_at(
            &mut doc,
            Command::CreateLogicalTable {
                name: name.into(),
                vip: name.starts_with("VIP"),
            },
            &base_time(step),
        );
    }
    drop(doc);
    let there = copy_of(&here, "laptop-2.seatplan");

    // There: the draw is imported.
    let mut doc = Document::open(&there).unwrap();
    let preview = preview_draw_import(
        doc.plan(),
        &fixture("draw-messy.xlsx"),
        &ImportOptions::default(),
    )
    .unwrap();
    let draw = preview.command.clone().expect("the draw has changes");
    doc.execute_as(&draw, "2026-11-30T14:20:00Z".into(), "maria".into())
        .unwrap()
        .unwrap();
    // …and Maria seats Zoë with the IT team, while here she is seated with sales (below).
    let (zoe, it) = (
        doc.plan()
            .guests()
            .find(|g| g.fields.first_name == "Zoë")
            .unwrap()
            .id,
        doc.plan().logical_named("IT").unwrap().id,
    );
    doc.execute_as(
        &Command::SeatGuests {
            guests: vec![zoe],
            logical: Some(it),
        },
        "2026-11-30T14:21:00Z".into(),
        "maria".into(),
    )
    .unwrap()
    .unwrap();
    let drawn: Vec<(String, Option<String>)> = doc
        .plan()
        .logical_tables()
        .filter(|l| !l.vip)
        .map(|l| {
            (
                l.name.clone(),
                l.physical
                    .and_then(|t| doc.plan().table(t))
                    .map(|t| t.number.clone()),
            )
        })
        .collect();
    drop(doc);

    // Here: VIP 2 placed by hand on table 1, and every guest seated.
    let mut doc = Document::open(&here).unwrap();
    let plan = doc.plan();
    let vip2 = plan.logical_named("VIP 2").unwrap().id;
    let sales = plan.logical_named("Vertrieb 1").unwrap().id;
    let guests: Vec<_> = plan.guests().map(|g| g.id).collect();
    doc.execute_as(
        &Command::AssignTable {
            logical: vip2,
            table: Some(t1),
        },
        "2026-11-30T14:05:00Z".into(),
        "anna".into(),
    )
    .unwrap()
    .unwrap();
    doc.execute_as(
        &Command::SeatGuests {
            guests: guests.clone(),
            logical: Some(sales),
        },
        "2026-11-30T14:06:00Z".into(),
        "anna".into(),
    )
    .unwrap()
    .unwrap();
    let vip_here: Vec<_> = doc
        .plan()
        .logical_tables()
        .filter(|l| l.vip)
        .map(|l| (l.name.clone(), l.physical))
        .collect();
    drop(doc);

    // The preview lists what the draw brings and the conflict on table 1 (the draw gives it to
    // a team, here VIP 2 got it).
    let doc = Document::open(&here).unwrap();
    let preview = doc.preview_merge(&there).unwrap();
    assert_eq!(preview.count(), 2);
    assert!(preview.incoming.iter().all(|a| a.by == "maria"));
    // The one fact both changed is listed, and the later change (hers, 14:21) wins.
    let lines: Vec<String> = preview.conflicts.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [format!(
            "Zoë Lefèvre: seat: Vertrieb 1 (yours, 14:06) ↔ IT (maria on {}, 14:21) — IT wins",
            seatplan::store::stamp::this_device()
        )],
        "{lines:#?}"
    );
    drop(doc);

    assert_eq!(merge(&here, &there), 2);
    assert_eq!(merge(&there, &here), 2);
    assert_eq!(merge(&here, &there), 0, "merging again appends nothing");
    assert_eq!(merge(&there, &here), 0);
    assert_eq!(state(&here), state(&there));
    assert_clean(&here);
    assert_clean(&there);

    let doc = Document::open(&here).unwrap();
    let plan = doc.plan();
    // Every seat made here is there, except Zoë's, which Maria changed later.
    for g in &guests {
        let expected = if *g == zoe { it } else { sales };
        assert_eq!(plan.guest(*g).unwrap().logical, Some(expected));
    }
    // The VIP tables are as placed by hand.
    let vip_now: Vec<_> = plan
        .logical_tables()
        .filter(|l| l.vip)
        .map(|l| (l.name.clone(), l.physical))
        .collect();
    assert_eq!(vip_now, vip_here);
    // The draw holds for every team whose table is not a VIP table.
    for (name, number) in &drawn {
        let l = plan.logical_named(name).unwrap();
        let now = l
            .physical
            .and_then(|t| plan.table(t))
            .map(|t| t.number.clone());
        if number.as_deref() == Some("1") {
            continue;
        }
        assert_eq!(&now, number, "{name}");
    }
    drop(doc);
    drop(dir);
}

#[test]
fn a_winner_made_at_an_earlier_time_says_why_it_wins() {
    in_utc();
    // There, a laptop whose clock ran ahead dated an action 14:30; Maria's change after it, at
    // 14:20 by her clock, is ordered after it — and so after Anna's change here at 14:25.
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "maria.seatplan");
    let mut doc = Document::open(&there).unwrap();
    let t1 = doc.plan().table_numbered("1").unwrap().id;
    let hall = doc.plan().room_named("Großer Saal").unwrap().id;
    doc.execute_as(
        &Command::MoveTables(vec![TableMove {
            table: t1,
            room: hall,
            x_m: 4.0,
            y_m: 4.0,
        }]),
        "2026-11-30T14:30:00Z".into(),
        "maria".into(),
    )
    .unwrap()
    .unwrap();
    drop(doc);
    seat_anna(&there, "VIP 1", "2026-11-30T14:20:00Z", "maria");
    seat_anna(&here, "IT", "2026-11-30T14:25:00Z", "anna");

    let doc = Document::open(&here).unwrap();
    let preview = doc.preview_merge(&there).unwrap();
    assert_eq!(preview.conflicts.len(), 1, "{:#?}", preview.conflicts);
    let line = preview.conflicts[0].to_string();
    assert!(line.contains("IT (yours, 14:25) ↔ VIP 1 (maria"), "{line}");
    assert!(
        line.ends_with("VIP 1 wins: its copy had already seen changes dated later (a computer’s clock was behind), so it counts as made after them"),
        "{line}"
    );
    drop(doc);
    assert_eq!(merge(&here, &there), 2);
    let doc = Document::open(&here).unwrap();
    let anna = doc.plan().guest_with_email("anna@example.de").unwrap();
    assert_eq!(
        anna.logical,
        doc.plan().logical_named("VIP 1").map(|l| l.id)
    );
}

#[test]
fn a_conflict_is_listed_with_both_values_and_the_later_change_wins_on_both_copies() {
    in_utc();
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "maria.seatplan");
    seat_anna(&here, "IT", "2026-11-30T14:05:00Z", "anna");
    seat_anna(&there, "VIP 1", "2026-11-30T14:20:00Z", "maria");

    let doc = Document::open(&here).unwrap();
    let preview = doc.preview_merge(&there).unwrap();
    assert_eq!(preview.conflicts.len(), 1, "{:#?}", preview.conflicts);
    let c = &preview.conflicts[0];
    assert_eq!(c.description, "Anna Müller: seat");
    assert_eq!((c.mine.as_str(), c.theirs.as_str()), ("IT", "VIP 1"));
    assert_eq!((c.winner.as_str(), c.side), ("VIP 1", Winner::Theirs));
    let line = c.to_string();
    assert!(
        line.starts_with("Anna Müller: seat: IT (yours, 14:05) ↔ VIP 1 (maria"),
        "{line}"
    );
    assert!(line.ends_with("14:20) — VIP 1 wins"), "{line}");
    drop(doc);

    // From the other side the same fact wins: the later change, whoever merges.
    let doc = Document::open(&there).unwrap();
    let preview = doc.preview_merge(&here).unwrap();
    assert_eq!(preview.conflicts.len(), 1);
    assert_eq!(preview.conflicts[0].side, Winner::Mine);
    assert_eq!(preview.conflicts[0].winner, "VIP 1");
    drop(doc);

    merge(&here, &there);
    merge(&there, &here);
    assert_eq!(state(&here), state(&there));
    let doc = Document::open(&here).unwrap();
    let anna = doc.plan().guest_with_email("anna@example.de").unwrap();
    let vip = doc.plan().logical_named("VIP 1").unwrap().id;
    assert_eq!(anna.logical, Some(vip));
}

#[test]
fn a_merge_is_one_entry_that_undoes_all_it_brought_and_each_action_can_be_undone_alone() {
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "other.seatplan");
    let mut doc = Document::open(&there).unwrap();
    let hall = doc.plan().room_named("Großer Saal").unwrap().id;
    run(&mut doc, round_table(hall, "20", 20.0, 10.0));
    let t20 = doc.plan().table_numbered("20").unwrap().id;
    run(
        &mut doc,
        Command::MoveTables(vec![TableMove {
            table: t20,
            room: hall,
            x_m: 22.0,
            y_m: 12.0,
        }]),
    );
    // An undo there travels too.
    let moved = doc.batch_count() as u64;
    doc.undo(moved).unwrap();
    drop(doc);
    let mut doc = Document::open(&here).unwrap();
    run(
        &mut doc,
        Command::CreateLogicalTable {
            name: "Here".into(),
            vip: false,
        },
    );
    let before = doc.plan().clone();
    let preview = doc.preview_merge(&there).unwrap();
    assert_eq!(preview.count(), 3);
    let merge_entry = doc.commit_merge(preview).unwrap().unwrap();
    let table = doc.plan().table_numbered("20").unwrap();
    assert_eq!(
        (table.x_m, table.y_m),
        (20.0, 10.0),
        "the move stays undone"
    );
    let timeline = doc.timeline();
    let entry = timeline.iter().find(|e| e.batch == merge_entry).unwrap();
    assert_eq!(entry.merge, Some(("other.seatplan".to_owned(), 3)));
    let brought: Vec<_> = timeline
        .iter()
        .filter(|e| e.merged_by == Some(merge_entry))
        .collect();
    assert_eq!(brought.len(), 3);
    assert!(brought.iter().all(|e| !e.origin.is_empty()));

    // One action brought in is undone on its own…
    let add = brought[0].batch;
    doc.undo(add).unwrap();
    assert!(doc.plan().table_numbered("20").is_none());
    doc.redo(add).unwrap();
    // …and the merge entry undoes them all: exactly the plan before the merge.
    doc.undo(merge_entry).unwrap();
    assert_eq!(*doc.plan(), before);
    assert!(doc.is_reverted(merge_entry));
    doc.redo(merge_entry).unwrap();
    assert!(doc.plan().table_numbered("20").is_some());
    doc.undo(merge_entry).unwrap();
    let after_undo = doc.plan().clone();
    drop(doc);
    let doc = Document::open(&here).unwrap();
    assert_eq!(
        *doc.plan(),
        after_undo,
        "the same after replay from the file"
    );
    assert_eq!(*doc.plan(), before);
}

#[test]
fn other_plans_and_the_plan_itself_are_refused_and_nothing_changes() {
    let (_dir, here) = base_plan_file();
    let (_other_dir, other) = base_plan_file();
    let bytes = std::fs::read(&here).unwrap();
    let doc = Document::open(&here).unwrap();
    let err = doc.preview_merge(&other).unwrap_err();
    assert!(matches!(err, HistoryError::OtherPlan { .. }), "{err}");
    assert!(err.to_string().contains("is a different plan"), "{err}");
    let err = doc.preview_merge(&here).unwrap_err();
    assert!(matches!(err, HistoryError::MergeSelf(_)), "{err}");
    let missing = here.with_file_name("nowhere.seatplan");
    let err = doc.preview_merge(&missing).unwrap_err();
    assert!(err.to_string().contains("nowhere.seatplan"), "{err}");
    drop(doc);
    assert_eq!(std::fs::read(&here).unwrap(), bytes);
}

#[test]
fn ids_made_on_two_copies_do_not_collide() {
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "b.seatplan");
    for path in [&here, &there] {
        let mut doc = Document::open(path).unwrap();
        run(
            &mut doc,
            Command::CreateLogicalTable {
                name: format!("Team {}", path.display().to_string().len()),
                vip: false,
            },
        );
    }
    merge(&here, &there);
    let doc = Document::open(&here).unwrap();
    let teams = doc
        .plan()
        .logical_tables()
        .filter(|l| l.name.starts_with("Team "))
        .count();
    assert_eq!(teams, 2, "both new logical tables are there");
    assert_eq!(doc.diagnostics(), vec![]);
}

#[test]
fn a_plan_of_layout_1_upgrades_on_its_first_write_with_a_backup_and_still_merges() {
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path().join("v1.seatplan");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan-v1.seatplan"),
        &here,
    )
    .unwrap();
    let there = copy_of(&here, "v1-copy.seatplan");
    let user_version = |p: &Path| {
        let bytes = std::fs::read(p).unwrap();
        i32::from_be_bytes([bytes[60], bytes[61], bytes[62], bytes[63]])
    };
    // Opening alone writes nothing.
    let bytes = std::fs::read(&here).unwrap();
    let doc = Document::open(&here).unwrap();
    let expected = plan_json(doc.plan());
    drop(doc);
    assert_eq!(std::fs::read(&here).unwrap(), bytes);
    assert_eq!(user_version(&here), 1);

    for (path, name) in [(&here, "Upgraded here"), (&there, "Upgraded there")] {
        let mut doc = Document::open(path).unwrap();
        run(
            &mut doc,
            Command::CreateLogicalTable {
                name: name.into(),
                vip: false,
            },
        );
    }
    assert_eq!(user_version(&here), 2);
    let names = file_names(dir.path());
    assert!(
        names.contains(&"v1 (layout 1 backup).seatplan".to_owned()),
        "{names:?}"
    );
    // The backup is the plan as it was: layout 1, the same plan.
    let backup = dir.path().join("v1 (layout 1 backup).seatplan");
    assert_eq!(user_version(&backup), 1);
    assert_eq!(plan_json(Document::open(&backup).unwrap().plan()), expected);

    // Both copies derived the same ids for their shared actions: only the new ones come in.
    assert_eq!(merge(&here, &there), 1);
    assert_eq!(merge(&there, &here), 1);
    assert_eq!(state(&here), state(&there));
    assert_clean(&here);
}

#[test]
fn the_cli_previews_merges_and_the_history_says_where_actions_came_from() {
    let (dir, here) = base_plan_file();
    let there = copy_of(&here, "laptop.seatplan");
    let (h, t) = (here.to_str().unwrap(), there.to_str().unwrap());
    ok_en(&["add-logical", t, "Sales 2"]);
    ok_en(&["vip", h, "IT"]);

    let bytes = std::fs::read(&here).unwrap();
    let text = ok_en(&["merge", h, t]);
    assert!(text.contains("laptop.seatplan brings one action"), "{text}");
    assert!(text.contains("Run again with --yes"), "{text}");
    assert_eq!(
        std::fs::read(&here).unwrap(),
        bytes,
        "a preview writes nothing"
    );
    let preview: Value = serde_json::from_str(&ok_en(&["merge", h, t, "--json"])).unwrap();
    assert_eq!(preview["incoming"], 1);
    assert_eq!(preview["conflicts"], Value::Array(vec![]));
    assert_eq!(preview["skipped"], Value::Array(vec![]));

    let done = ok_en(&["merge", h, t, "--yes"]);
    assert!(done.contains("Merged 1 actions as #"), "{done}");
    let again: Value = serde_json::from_str(&ok_en(&["merge", h, t, "--json", "--yes"])).unwrap();
    assert_eq!(again["incoming"], 0);
    assert!(ok_en(&["merge", h, t]).contains("Nothing to merge"));

    let history: Value = serde_json::from_str(&ok_en(&["history", h, "--json"])).unwrap();
    let rows = history.as_array().unwrap();
    let merge_row = rows.iter().find(|r| r["kind"] == "merge").unwrap();
    let brought = rows
        .iter()
        .find(|r| r["merged_by"] == merge_row["batch"])
        .unwrap();
    assert!(brought["description"].as_str().unwrap().contains("Sales 2"));
    for row in rows {
        assert!(row["id"].as_str().is_some_and(|id| id.len() >= 32), "{row}");
        assert!(row["origin"].is_string(), "{row}");
    }
    let ids: BTreeSet<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), rows.len(), "global ids are unique");

    let text = ok_en(&["history", h]);
    assert!(text.contains("[from "), "{text}");
    assert!(
        text.contains(&format!("brought in by #{}", merge_row["batch"])),
        "{text}"
    );
    let check = seatplan_en(&["check", h]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    // Undoing the merge entry takes back all it brought.
    let n = merge_row["batch"].to_string();
    ok_en(&["undo", h, &n, "--yes"]);
    let shown: Value = serde_json::from_str(&ok_en(&["show", h, "--json"])).unwrap();
    assert!(
        !shown["logical_tables"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["name"] == "Sales 2")
    );

    // Another plan: refused, nothing written, a non-zero exit.
    let (_other_dir, other) = base_plan_file();
    let bytes = std::fs::read(&here).unwrap();
    let err = fails_en(&["merge", h, other.to_str().unwrap(), "--yes"]);
    assert!(err.contains("is a different plan"), "{err}");
    assert_eq!(std::fs::read(&here).unwrap(), bytes);
    drop(dir);
}

// --- Convergence, property-tested ---------------------------------------------------------

/// One random edit on a copy.
#[derive(Clone, Debug)]
enum Edit {
    AddTable(u8, u8),
    MoveTable(usize, u8, u8),
    DeleteTable(usize),
    Renumber(usize, u8),
    CreateLogical(u8),
    Assign(usize, Option<usize>),
    AddGuest(u8),
    Seat(usize, Option<usize>),
    DeleteGuest(usize),
    Undo(usize),
    Redo(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = 0usize..6;
    prop_oneof![
        (0u8..25, 0u8..15).prop_map(|(x, y)| Edit::AddTable(x, y)),
        (i.clone(), 0u8..25, 0u8..15).prop_map(|(t, x, y)| Edit::MoveTable(t, x, y)),
        i.clone().prop_map(Edit::DeleteTable),
        (i.clone(), 0u8..4).prop_map(|(t, n)| Edit::Renumber(t, n)),
        (0u8..4).prop_map(Edit::CreateLogical),
        (i.clone(), proptest::option::of(i.clone())).prop_map(|(l, t)| Edit::Assign(l, t)),
        (0u8..4).prop_map(Edit::AddGuest),
        (i.clone(), proptest::option::of(i.clone())).prop_map(|(g, l)| Edit::Seat(g, l)),
        i.clone().prop_map(Edit::DeleteGuest),
        i.clone().prop_map(Edit::Undo),
        i.prop_map(Edit::Redo),
    ]
}

fn pick<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

/// Applies an edit to the copy at `path` (edits that do not fit the plan are passed over).
fn apply_edit(path: &Path, edit: &Edit) {
    let mut doc = Document::open(path).unwrap();
    let plan = doc.plan();
    let hall = plan.room_named("Großer Saal").unwrap().id;
    let tables: Vec<_> = plan.tables().map(|t| t.id).collect();
    let logical: Vec<_> = plan.logical_tables().map(|l| l.id).collect();
    let guests: Vec<_> = plan.guests().map(|g| g.id).collect();
    let command = match *edit {
        Edit::AddTable(x, y) => Some(round_table(
            hall,
            &format!("{}", 30 + x),
            1.0 + f64::from(x),
            1.0 + f64::from(y),
        )),
        Edit::MoveTable(t, x, y) => pick(&tables, t).map(|table| {
            Command::MoveTables(vec![TableMove {
                table,
                room: hall,
                x_m: 1.0 + f64::from(x),
                y_m: 1.0 + f64::from(y),
            }])
        }),
        Edit::DeleteTable(t) => pick(&tables, t).map(|t| Command::DeleteTables(vec![t])),
        Edit::Renumber(t, n) => pick(&tables, t).map(|table| Command::RenumberTable {
            table,
            number: format!("R{n}"),
        }),
        Edit::CreateLogical(n) => Some(Command::CreateLogicalTable {
            name: format!("Team {n}"),
            vip: false,
        }),
        Edit::Assign(l, t) => pick(&logical, l).map(|logical| Command::AssignTable {
            logical,
            table: t.and_then(|t| pick(&tables, t)),
        }),
        Edit::AddGuest(n) => Some(Command::AddGuest(guest(
            "Gast",
            &n.to_string(),
            Some(&format!("gast{n}@example.de")),
        ))),
        Edit::Seat(g, l) => pick(&guests, g).map(|g| Command::SeatGuests {
            guests: vec![g],
            logical: l.and_then(|l| pick(&logical, l)),
        }),
        Edit::DeleteGuest(g) => pick(&guests, g).map(|g| Command::DeleteGuests(vec![g])),
        Edit::Undo(back) | Edit::Redo(back) => {
            let undo = matches!(edit, Edit::Undo(_));
            let candidates: Vec<u64> = doc
                .timeline()
                .iter()
                .filter(|e| e.kind == seatplan::store::BatchKind::Command && e.reverted != undo)
                .map(|e| e.batch)
                .collect();
            if let Some(&b) = candidates.iter().rev().nth(back % candidates.len().max(1)) {
                let _ = if undo { doc.undo(b) } else { doc.redo(b) };
            }
            None
        }
    };
    if let Some(command) = command {
        // Rejected commands (a duplicate number, say) write nothing: that is fine here.
        let _ = doc.execute(&command);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    #[test]
    fn copies_that_merge_each_other_in_any_order_converge(
        edits in proptest::collection::vec((0usize..3, edit()), 1..14),
        merges in proptest::collection::vec((0usize..3, 0usize..3), 1..7),
        undo_a_merge in any::<bool>(),
        count in 2usize..=3,
    ) {
        let (_dir, first) = base_plan_file();
        let mut copies = vec![first.clone(), copy_of(&first, "b.seatplan")];
        if count == 3 {
            copies.push(copy_of(&first, "c.seatplan"));
        }
        // Edits and merges interleaved: a merge after every other edit.
        let mut merges = merges.into_iter();
        for (n, (copy, e)) in edits.iter().enumerate() {
            apply_edit(&copies[*copy % count], e);
            if n % 2 == 1 && let Some((a, b)) = merges.next() && a % count != b % count {
                let (a, b) = (a % count, b % count);
                let mut doc = Document::open(&copies[a]).unwrap();
                let before = doc.plan().clone();
                let preview = doc.preview_merge(&copies[b]).unwrap();
                if let Some(entry) = doc.commit_merge(preview).unwrap() {
                    if undo_a_merge {
                        doc.undo(entry).unwrap();
                        prop_assert_eq!(doc.plan(), &before, "undoing the merge gives back the plan");
                        doc.redo(entry).unwrap();
                    }
                }
            }
        }
        // Everyone merges everyone, twice round: then all agree, and merging appends nothing.
        for _ in 0..2 {
            for a in 0..count {
                for b in 0..count {
                    if a != b {
                        merge(&copies[a], &copies[b]);
                    }
                }
            }
        }
        let reference = state(&copies[0]);
        for copy in &copies {
            prop_assert_eq!(&state(copy), &reference);
            assert_clean(copy);
            for other in &copies {
                if other != copy {
                    let doc = Document::open(copy).unwrap();
                    prop_assert_eq!(doc.preview_merge(other).unwrap().count(), 0);
                }
            }
        }
    }
}

#[test]
fn file_merge_changes_from_previews_conflicts_first_and_merges_as_one_timeline_entry() {
    in_utc();
    let (dir, here) = base_plan_file();
    let there = copy_of(&here, "maria.seatplan");
    seat_anna(&here, "IT", "2026-11-30T14:05:00Z", "anna");
    seat_anna(&there, "VIP 1", "2026-11-30T14:20:00Z", "maria");

    let mut app = seatplan::ui::app::SeatplanApp::headless(dir.path().join("data"));
    app.open(&here);
    {
        let other = there.clone();
        app.set_file_chooser(move |request| match request.purpose {
            seatplan::ui::app::DialogPurpose::MergeFrom => Some(other.clone()),
            _ => None,
        });
    }
    let before = app.workspace().unwrap().doc.batch_count();
    let mut h = crate::gui::harness(app);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Merge changes from…").click();
    crate::gui::run_until(&mut h, |app| {
        app.workspace().is_some_and(|ws| ws.merge.is_some())
    });
    h.run();
    h.get_by_label("Merge changes from maria.seatplan");
    h.get_by_label_contains("Conflicts (1)");
    h.get_by_label_contains("Anna Müller: seat: IT (yours, 14:05) ↔ VIP 1 (maria");
    h.get_by_label_contains("By maria");
    assert_eq!(
        h.state().workspace().unwrap().doc.batch_count(),
        before,
        "nothing is written before Merge"
    );
    h.get_by_label("Merge").click();
    h.run();
    let ws = h.state().workspace().unwrap();
    assert!(ws.merge.is_none(), "the dialog closes");
    assert_eq!(
        ws.doc.batch_count(),
        before + 2,
        "the action and the merge entry"
    );
    let vip = ws.doc.plan().logical_named("VIP 1").unwrap().id;
    let anna = ws.doc.plan().guest_with_email("anna@example.de").unwrap();
    assert_eq!(anna.logical, Some(vip), "the later change won");
    let timeline = ws.doc.timeline();
    assert!(
        timeline.last().unwrap().merge.is_some(),
        "one merge entry, last"
    );
    let said = h.state().notices().join("\n");
    assert!(
        said.contains("Merged 1 actions from maria.seatplan"),
        "{said}"
    );
    // The timeline shows the merge entry and where the merged action came from.
    h.run();
    h.get_by_label_contains("Merged one action from maria.seatplan")
        .click();
    h.run_steps(4);
    // Its details list what it brought; *Undo this* takes it all back, after its preview.
    assert_eq!(
        h.query_all_by_label_contains("• #").count(),
        1,
        "the details list the one action brought in"
    );
    h.get_by_label("Undo this").click();
    h.run_steps(4);
    h.get_by_label("Confirm undo").click();
    h.run_steps(4);
    let ws = h.state().workspace().unwrap();
    let it = ws.doc.plan().logical_named("IT").unwrap().id;
    let anna = ws.doc.plan().guest_with_email("anna@example.de").unwrap();
    assert_eq!(anna.logical, Some(it), "back to the seat made here");
    drop(dir);
}

#[test]
fn merging_another_plan_in_the_window_says_why_and_changes_nothing() {
    let (dir, here) = base_plan_file();
    let (_other_dir, other) = base_plan_file();
    let mut app = seatplan::ui::app::SeatplanApp::headless(dir.path().join("data"));
    app.open(&here);
    app.set_file_chooser(move |_| Some(other.clone()));
    let mut h = crate::gui::harness(app);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Merge changes from…").click();
    crate::gui::run_until(&mut h, |app| {
        app.workspace().is_some_and(|ws| ws.merge.is_some())
    });
    h.run();
    h.get_by_label_contains("is a different plan");
    h.get_by_label("Nothing was changed.");
    let before = h.state().workspace().unwrap().doc.batch_count();
    h.get_by_label("Close").click();
    h.run();
    let ws = h.state().workspace().unwrap();
    assert!(ws.merge.is_none());
    assert_eq!(ws.doc.batch_count(), before);
}

// --- The team folder ------------------------------------------------------------------------

#[test]
fn a_copy_is_published_whole_and_atomically_and_colleagues_copies_are_found() {
    let (dir, here) = base_plan_file();
    let team = dir.path().join("Team");
    std::fs::create_dir(&team).unwrap();
    let doc = Document::open(&here).unwrap();
    let temp = dir.path().join("temp");
    let published = seatplan::team::publish(&doc, &team, &temp).unwrap();
    assert_eq!(
        published.file_name().unwrap().to_string_lossy(),
        format!("{}.seatplan", seatplan::team::this_owner())
    );
    let folder = published.parent().unwrap().to_owned();
    assert_eq!(
        Some(folder.clone()),
        seatplan::team::plan_folder(&doc, &team)
    );
    // The published copy is the plan (same identity, same state), and nothing else is left.
    let copy = Document::open(&published).unwrap();
    assert_eq!(copy.plan_id(), doc.plan_id());
    assert_eq!(plan_json(copy.plan()), plan_json(doc.plan()));
    drop(copy);
    assert_eq!(file_names(&folder).len(), 1, "{:?}", file_names(&folder));
    assert!(file_names(&temp).is_empty(), "the local copy is removed");
    // Publishing again replaces it in one step.
    let again = seatplan::team::publish(&doc, &team, &temp).unwrap();
    assert_eq!(again, published);
    assert_eq!(file_names(&folder).len(), 1);
    // A copy under another file name finds the same folder (by the plan's identity).
    drop(doc);
    let renamed = copy_of(&here, "Feier (Maria).seatplan");
    let renamed_doc = Document::open(&renamed).unwrap();
    assert_eq!(
        seatplan::team::plan_folder(&renamed_doc, &team),
        Some(folder.clone())
    );
    drop(renamed_doc);
    let doc = Document::open(&here).unwrap();
    // Its own copy is not a colleague's; a colleague's is.
    assert!(seatplan::team::colleagues(&doc, &team).is_empty());
    std::fs::copy(&here, folder.join("maria@laptop.seatplan")).unwrap();
    std::fs::write(folder.join(".maria@laptop.123.partial"), b"half").unwrap();
    let found = seatplan::team::colleagues(&doc, &team);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].owner, "maria@laptop");
    // A folder that is not there is a clear error.
    let err = seatplan::team::publish(&doc, &dir.path().join("nowhere"), &temp).unwrap_err();
    assert!(err.to_string().contains("nowhere"), "{err}");
}

#[test]
fn the_window_shares_the_plan_in_the_team_folder_and_offers_a_colleagues_newer_copy() {
    let (dir, here) = base_plan_file();
    let team = dir.path().join("Nextcloud");
    std::fs::create_dir(&team).unwrap();
    // Maria's laptop: a copy with an action of hers, published in the team folder.
    let marias = copy_of(&here, "maria.seatplan");
    let mut doc = Document::open(&marias).unwrap();
    run(
        &mut doc,
        Command::CreateLogicalTable {
            name: "Vorstand".into(),
            vip: true,
        },
    );
    let folder = seatplan::team::plan_folder(&doc, &team).unwrap();
    drop(doc);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(&marias, folder.join("maria@maria-laptop.seatplan")).unwrap();

    let mut app = seatplan::ui::app::SeatplanApp::headless(dir.path().join("data"));
    app.open(&here);
    {
        let team = team.clone();
        app.set_file_chooser(move |request| match request.purpose {
            seatplan::ui::app::DialogPurpose::TeamFolder => Some(team.clone()),
            _ => None,
        });
    }
    let mut h = crate::gui::harness(app);
    h.get_by_label("File").click();
    h.run_steps(8);
    h.get_by_label("Team folder…").click();
    settle_until(&mut h, |app| !app.team_offers().is_empty());
    h.run_steps(8);
    // This plan's copy is there now (placed on its own thread).
    let own = folder.join(format!("{}.seatplan", seatplan::team::this_owner()));
    settle_until(&mut h, |_| own.exists());
    h.get_by_label("maria@maria-laptop has one change you do not have yet");
    h.get_by_label_contains("Shared in Nextcloud");
    // Put off, and asked for again.
    h.get_by_label("Later").click();
    h.run_steps(4);
    assert!(h.state().team_offers().is_empty());
    h.get_by_label("Show the copy put off").click();
    h.run_steps(4);
    assert_eq!(h.state().team_offers().len(), 1);
    h.get_by_label("Review…").click();
    h.run_steps(8);
    h.get_by_label("Merge changes from maria@maria-laptop.seatplan");
    h.get_by_label("Merge").click();
    h.run_steps(8);
    let ws = h.state().workspace().unwrap();
    assert!(ws.doc.plan().logical_named("Vorstand").is_some());
    assert!(h.state().team_offers().is_empty());
    // Remembered for the next start.
    let settings = std::fs::read_to_string(dir.path().join("data/settings.json")).unwrap();
    assert!(settings.contains("Nextcloud"), "{settings}");
    // Closing the plan leaves its latest copy, with the merged action, in the folder.
    h.get_by_label("File").click();
    h.run_steps(8);
    h.get_by_label("Close plan").click();
    h.run_steps(8);
    let shared = Document::open(&own).unwrap();
    assert!(shared.plan().logical_named("Vorstand").is_some());
}

/// Steps the window until `done` holds (windows that fade in keep it repainting for a few frames).
fn settle_until(
    h: &mut egui_kittest::Harness<'_, seatplan::ui::app::SeatplanApp>,
    mut done: impl FnMut(&seatplan::ui::app::SeatplanApp) -> bool,
) {
    for _ in 0..200 {
        h.run_steps(4);
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("not done after 200 steps: {:?}", h.state().notices());
}

#[test]
fn a_rescued_merged_plan_keeps_its_order_and_its_action_ids_and_still_merges() {
    in_utc();
    let (dir, here) = base_plan_file();
    let there = copy_of(&here, "there.seatplan");
    seat_anna(&here, "IT", "2026-11-30T14:05:00Z", "x");
    seat_anna(&there, "VIP 1", "2026-11-30T14:20:00Z", "x");
    seat_anna(&here, "Vertrieb 1", "2026-11-30T14:30:00Z", "x");
    merge(&here, &there);
    let rescued = dir.path().join("rescued.seatplan");
    seatplan::history::recover::recover(&here, &rescued).unwrap();
    assert_eq!(
        state(&rescued),
        state(&here),
        "the same plan and the same action ids"
    );
    let doc = Document::open(&rescued).unwrap();
    let anna = doc.plan().guest_with_email("anna@example.de").unwrap();
    assert_eq!(
        anna.logical,
        doc.plan().logical_named("Vertrieb 1").map(|l| l.id),
        "replayed in stamp order: the change of 14:30 wins"
    );
    drop(doc);
    assert_clean(&rescued);
    assert_eq!(merge(&rescued, &there), 0, "nothing new: the ids were kept");
    assert_eq!(merge(&there, &rescued), 2);
    assert_eq!(state(&there).0, state(&rescued).0);
}

#[test]
fn a_change_here_to_a_table_deleted_there_is_a_conflict_and_a_lost_change_says_whose() {
    in_utc();
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "maria.seatplan");
    // There: table 2 deleted, and a logical table "Presse" made.
    let mut doc = Document::open(&there).unwrap();
    let t2 = doc.plan().table_numbered("2").unwrap().id;
    doc.execute_as(
        &Command::DeleteTables(vec![t2]),
        "2026-11-30T14:20:00Z".into(),
        "maria".into(),
    )
    .unwrap()
    .unwrap();
    doc.execute_as(
        &Command::CreateLogicalTable {
            name: "Presse".into(),
            vip: false,
        },
        "2026-11-30T14:21:00Z".into(),
        "maria".into(),
    )
    .unwrap()
    .unwrap();
    drop(doc);
    // Here, earlier: table 2 marked accessible, and another "Presse" made (later than hers).
    let mut doc = Document::open(&here).unwrap();
    doc.execute_as(
        &Command::SetTablesAccessible {
            tables: vec![t2],
            accessible: true,
        },
        "2026-11-30T14:05:00Z".into(),
        "anna".into(),
    )
    .unwrap()
    .unwrap();
    doc.execute_as(
        &Command::CreateLogicalTable {
            name: "Presse".into(),
            vip: false,
        },
        "2026-11-30T14:30:00Z".into(),
        "anna".into(),
    )
    .unwrap()
    .unwrap();
    let preview = doc.preview_merge(&there).unwrap();
    let lines: Vec<String> = preview.conflicts.iter().map(ToString::to_string).collect();
    assert!(
        lines.iter().any(|l| l
            .starts_with("Table 2: accessible: yes (yours, 14:05) ↔ deleted (maria")
            && l.ends_with("— deleted wins")),
        "{lines:#?}"
    );
    // Her "Presse" came first: the one made here no longer applies, and the preview says it is
    // this copy's.
    assert!(
        preview
            .skipped
            .iter()
            .any(|s| s.contains("Presse") && s.contains("(yours, 14:30)")),
        "{:#?}",
        preview.skipped
    );
}

#[test]
fn undo_takes_an_action_id_which_does_not_move_when_a_merge_renumbers() {
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "maria.seatplan");
    let h = here.to_str().unwrap();
    ok_en(&["add-logical", there.to_str().unwrap(), "Früher"]);
    std::thread::sleep(std::time::Duration::from_millis(5));
    ok_en(&["add-logical", h, "Später"]);
    let history: Value = serde_json::from_str(&ok_en(&["history", h, "--json"])).unwrap();
    let last = history.as_array().unwrap().last().unwrap().clone();
    let id = last["id"].as_str().unwrap().to_owned();
    ok_en(&["merge", h, there.to_str().unwrap(), "--yes"]);
    // The number of "Später" moved (the merged action was made before it); its id did not.
    let after: Value = serde_json::from_str(&ok_en(&["history", h, "--json"])).unwrap();
    let now = after
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id.as_str())
        .unwrap();
    assert_ne!(now["batch"], last["batch"]);
    let out = ok_en(&["undo", h, &id[..13], "--yes"]);
    assert!(out.contains("Später"), "{out}");
    let shown: Value = serde_json::from_str(&ok_en(&["show", h, "--json"])).unwrap();
    let names: Vec<&str> = shown["logical_tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Früher") && !names.contains(&"Später"),
        "{names:?}"
    );
    assert!(fails_en(&["undo", h, "zz", "--yes"]).contains("neither a batch number"));
    assert!(fails_en(&["undo", h, "ffffffff-no", "--yes"]).contains("No action has an id"));
}

// --- From a review: what must be refused, and damage that merges must not hide -------------

/// Appends one raw batch (type, version, payload) to the closed plan at `path`.
fn append_raw(path: &Path, description: &str, at: &str, events: &[(&str, u32, &str)]) {
    let (mut store, _) = seatplan::store::EventStore::open(path).unwrap();
    let meta = seatplan::store::BatchMeta {
        kind: seatplan::store::BatchKind::Command,
        at: at.into(),
        by: "old".into(),
        description: description.into(),
    };
    store.append_raw(&meta, events).unwrap();
}

#[test]
fn copies_that_gave_one_id_to_two_things_are_refused_not_mixed_up() {
    // As two copies edited with a seatplan from before merging: both count ids from the same
    // highest one.
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "old-copy.seatplan");
    append_raw(
        &here,
        "Created logical table “Xteam”",
        "2026-11-30T14:00:00Z",
        &[(
            "LogicalTableCreated",
            1,
            r#"{"logical":900,"name":"Xteam","vip":false}"#,
        )],
    );
    append_raw(
        &there,
        "Created logical table “Yteam”",
        "2026-11-30T14:01:00Z",
        &[(
            "LogicalTableCreated",
            1,
            r#"{"logical":900,"name":"Yteam","vip":false}"#,
        )],
    );
    let bytes = std::fs::read(&here).unwrap();
    let doc = Document::open(&here).unwrap();
    let err = doc.preview_merge(&there).unwrap_err();
    assert!(
        matches!(err, HistoryError::IdClash { count: 1, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("same internal number"), "{err}");
    drop(doc);
    assert_eq!(std::fs::read(&here).unwrap(), bytes, "nothing written");
}

#[test]
fn a_copy_with_actions_from_the_far_future_is_refused_before_anything_is_written() {
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "future.seatplan");
    ok_en(&["add-logical", there.to_str().unwrap(), "Zukunft"]);
    let conn = rusqlite::Connection::open(&there).unwrap();
    conn.execute(
        "UPDATE stamps SET clock = 9223372036854775807 WHERE batch = (SELECT max(batch) FROM stamps)",
        [],
    )
    .unwrap();
    drop(conn);
    let bytes = std::fs::read(&here).unwrap();
    let doc = Document::open(&here).unwrap();
    let err = doc.preview_merge(&there).unwrap_err();
    assert!(matches!(err, HistoryError::BadMerge { .. }), "{err}");
    assert!(err.to_string().contains("more than a year ahead"), "{err}");
    drop(doc);
    assert_eq!(std::fs::read(&here).unwrap(), bytes);
    assert_clean(&here);
}

#[test]
fn another_name_for_the_open_plan_is_refused_as_the_plan_itself() {
    let (_dir, here) = base_plan_file();
    let link = here.with_file_name("alias.seatplan");
    std::fs::hard_link(&here, &link).unwrap();
    let doc = Document::open(&here).unwrap();
    let err = doc.preview_merge(&link).unwrap_err();
    assert!(matches!(err, HistoryError::MergeSelf(_)), "{err}");
}

#[test]
fn a_hand_edited_event_among_merged_actions_is_still_damage() {
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "there.seatplan");
    seat_anna(&there, "VIP 1", "2026-11-30T14:20:00Z", "x");
    seat_anna(&here, "IT", "2026-11-30T14:30:00Z", "x");
    merge(&here, &there);
    assert_clean(&here);
    // This copy's own action of 14:30 (between the merged one and the merge entry) edited by
    // hand to seat a guest who never existed.
    let conn = rusqlite::Connection::open(&here).unwrap();
    let changed = conn
        .execute(
            "UPDATE events SET payload = json_set(payload, '$.guest', 424242)
              WHERE event_type = 'GuestSeated' AND at = '2026-11-30T14:30:00Z'",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(conn);
    let doc = Document::open(&here).unwrap();
    let damaged = doc.damaged_events();
    assert_eq!(damaged.len(), 1, "{damaged:?}");
    let out = seatplan_en(&["check", here.to_str().unwrap()]);
    assert!(!out.status.success(), "check finds the damage");
}

#[test]
fn a_merge_that_overfills_a_table_says_so_in_its_preview() {
    let (_dir, here) = base_plan_file();
    let there = copy_of(&here, "maria.seatplan");
    // There: Zoë joins sales (table 1 then has 3 guests). Here: table 1 shrinks to 2 seats.
    let mut doc = Document::open(&there).unwrap();
    let plan = doc.plan();
    let zoe = plan
        .guests()
        .find(|g| g.fields.first_name == "Zoë")
        .unwrap()
        .id;
    let sales = plan.logical_named("Vertrieb 1").unwrap().id;
    run(
        &mut doc,
        Command::SeatGuests {
            guests: vec![zoe],
            logical: Some(sales),
        },
    );
    drop(doc);
    let mut doc = Document::open(&here).unwrap();
    let t1 = doc.plan().table_numbered("1").unwrap().id;
    run(
        &mut doc,
        Command::SetTableSeats {
            table: t1,
            seats: 2,
        },
    );
    let preview = doc.preview_merge(&there).unwrap();
    assert_eq!(
        preview.over_capacity,
        ["table 1: 3 guests at 2 seats"],
        "{:#?}",
        preview.over_capacity
    );
    drop(doc);
    let h = here.to_str().unwrap();
    let text = ok_en(&["merge", h, there.to_str().unwrap()]);
    assert!(
        text.contains("Tables over capacity after the merge (1):"),
        "{text}"
    );
    let json: Value =
        serde_json::from_str(&ok_en(&["merge", h, there.to_str().unwrap(), "--json"])).unwrap();
    assert_eq!(json["over_capacity"][0], "table 1: 3 guests at 2 seats");
}

#[test]
fn stop_using_the_team_folder_forgets_it() {
    let (dir, here) = base_plan_file();
    let team = dir.path().join("Syncthing");
    std::fs::create_dir(&team).unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("settings.json"),
        serde_json::json!({ "team_folder": team }).to_string(),
    )
    .unwrap();
    let mut app = seatplan::ui::app::SeatplanApp::headless(data.clone());
    app.open(&here);
    let mut h = crate::gui::harness(app);
    // Shared at once with the remembered folder.
    settle_until(&mut h, |_| {
        std::fs::read_dir(&team).is_ok_and(|mut entries| entries.next().is_some())
    });
    h.get_by_label("File").click();
    h.run_steps(4);
    h.get_by_label("Stop using the team folder").click();
    h.run_steps(4);
    let settings = std::fs::read_to_string(data.join("settings.json")).unwrap();
    let settings: Value = serde_json::from_str(&settings).unwrap();
    assert_eq!(settings["team_folder"], Value::Null, "{settings}");
    assert!(
        h.state()
            .notices()
            .iter()
            .any(|n| n.contains("no longer used"))
    );
}

// --- From a second review: damaged stamps, rescues, a clock once wrong ----------------------

#[test]
fn a_lost_stamp_row_is_reported_and_derived_back_to_the_same_id() {
    let (_dir, here) = base_plan_file();
    ok_en(&["add-logical", here.to_str().unwrap(), "Neu"]);
    let there = copy_of(&here, "there.seatplan");
    let conn = rusqlite::Connection::open(&here).unwrap();
    conn.execute(
        "DELETE FROM stamps WHERE batch = (SELECT max(batch) FROM stamps)",
        [],
    )
    .unwrap();
    drop(conn);
    let doc = Document::open(&here).unwrap();
    let findings = doc.integrity_check().unwrap();
    assert!(
        findings.iter().any(|f| f.contains("has no stamp")),
        "{findings:?}"
    );
    // The action is still known by its id (its first event's): nothing to bring in twice.
    assert_eq!(doc.preview_merge(&there).unwrap().count(), 0);
    drop(doc);
    let out = seatplan_en(&["check", here.to_str().unwrap()]);
    assert!(!out.status.success(), "check says so");
}

#[test]
fn a_damaged_clock_that_breaks_the_order_is_repaired_by_a_rescue() {
    let (dir, here) = base_plan_file();
    let mut doc = Document::open(&here).unwrap();
    let batch = run(
        &mut doc,
        Command::CreateLogicalTable {
            name: "Weg".into(),
            vip: false,
        },
    );
    doc.undo(batch).unwrap();
    drop(doc);
    let conn = rusqlite::Connection::open(&here).unwrap();
    conn.execute(
        "UPDATE stamps SET clock = 1000 WHERE batch = (SELECT max(batch) FROM stamps)",
        [],
    )
    .unwrap();
    drop(conn);
    // The undo now sorts before what it undoes: refused, with the way out named.
    let err = Document::open(&here).unwrap_err();
    assert!(
        matches!(&err, HistoryError::Store(e) if e.suggests_recover()),
        "{err}"
    );
    let rescued = dir.path().join("rescued.seatplan");
    seatplan::history::recover::recover(&here, &rescued).unwrap();
    let doc = Document::open(&rescued).unwrap();
    assert!(
        doc.plan().logical_named("Weg").is_none(),
        "the undo still holds"
    );
    drop(doc);
    assert_clean(&rescued);
}

#[test]
fn an_action_once_dated_years_ahead_does_not_block_later_merges() {
    let (_dir, here) = base_plan_file();
    let mut doc = Document::open(&here).unwrap();
    doc.execute_as(
        &Command::CreateLogicalTable {
            name: "Zukunft".into(),
            vip: false,
        },
        "2031-05-04T10:00:00Z".into(),
        "wrong-clock".into(),
    )
    .unwrap()
    .unwrap();
    drop(doc);
    let there = copy_of(&here, "there.seatplan");
    // Both go on working today; their clocks are pushed past 2031 by that action.
    ok_en(&["add-logical", there.to_str().unwrap(), "Dort"]);
    ok_en(&["add-logical", here.to_str().unwrap(), "Hier"]);
    assert_eq!(merge(&here, &there), 1);
    assert_eq!(merge(&there, &here), 1);
    assert_eq!(state(&here), state(&there));
}

#[test]
fn a_rescued_plan_stays_clean_when_a_merge_slots_in_earlier_actions() {
    let (dir, here) = base_plan_file();
    let there = copy_of(&here, "there.seatplan");
    // There, first in time: a logical table of its own.
    ok_en(&["add-logical", there.to_str().unwrap(), "Dort"]);
    std::thread::sleep(std::time::Duration::from_millis(5));
    // Here, later: a logical table, and then a table given to it.
    let h = here.to_str().unwrap();
    ok_en(&["add-logical", h, "Hier"]);
    ok_en(&["assign", h, "Hier", "A3"]);
    // The creation is damaged: the rescue leaves it out, and the assignment aside.
    let conn = rusqlite::Connection::open(&here).unwrap();
    conn.execute(
        "UPDATE events SET payload = '{broken' WHERE event_type = 'LogicalTableCreated'
           AND json_valid(payload) AND json_extract(payload, '$.name') = 'Hier'",
        [],
    )
    .unwrap();
    drop(conn);
    let rescued = dir.path().join("rescued.seatplan");
    seatplan::history::recover::recover(&here, &rescued).unwrap();
    let r = rescued.to_str().unwrap();
    assert!(seatplan_en(&["check", r]).status.success());
    // Merging slots "Dort" in before the left-aside event: still left aside, not damage.
    ok_en(&["merge", r, there.to_str().unwrap(), "--yes"]);
    let out = seatplan_en(&["check", r]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // A healthy copy that takes the rescued one's actions: the assignment built on the lost
    // creation is skipped there too, explained by the action it never got — not damage.
    let t = there.to_str().unwrap();
    ok_en(&["merge", t, r, "--yes"]);
    let out = seatplan_en(&["check", t]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
