//! History: append → reopen, undo/redo of every command kind, undo of old batches, conflicts,
//! ids, as-of views.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use seatplan::domain::{Command, DomainError, NewTable, TableMove, TableShape};
use seatplan::history::{Document, HistoryError};
use seatplan::store::BatchKind;

/// Every kind of command the core offers, against the base plan.
fn every_command(b: &Base) -> Vec<(&'static str, Command)> {
    let mut edited = guest("Anna", "Müller-Lüdenscheidt", Some("anna.m@example.de"));
    edited.dietary = "vegan".into();
    edited.vip = true;
    vec![
        (
            "create room",
            Command::CreateRoom {
                name: "Terrasse".into(),
                width_m: 20.0,
                height_m: 8.0,
                x_m: 0.0,
                y_m: 25.0,
            },
        ),
        (
            "rename room",
            Command::RenameRoom {
                room: b.garden,
                name: "Orangerie".into(),
            },
        ),
        (
            "resize room",
            Command::ResizeRoom {
                room: b.hall,
                width_m: 40.0,
                height_m: 25.0,
            },
        ),
        (
            "move room",
            Command::MoveRoom {
                room: b.garden,
                x_m: 50.0,
                y_m: 5.0,
            },
        ),
        ("delete room", Command::DeleteRoom { room: b.hall }),
        (
            "resize room keeping tables in place",
            Command::ResizeRoomKeepingTables {
                room: b.garden,
                x_m: 30.0,
                y_m: 1.0,
                width_m: 14.0,
                height_m: 9.0,
            },
        ),
        (
            "add table",
            Command::AddTable(NewTable {
                number: None,
                room: b.garden,
                shape: TableShape::Rectangular,
                width_m: 2.4,
                depth_m: 1.0,
                seats: 8,
                x_m: 6.0,
                y_m: 6.0,
                rotation_deg: 90.0,
            }),
        ),
        (
            "move tables",
            Command::MoveTables(vec![
                TableMove {
                    table: b.t1,
                    room: b.hall,
                    x_m: 12.0,
                    y_m: 9.0,
                },
                TableMove {
                    table: b.t2,
                    room: b.garden,
                    x_m: 8.0,
                    y_m: 6.0,
                },
            ]),
        ),
        (
            "rotate table",
            Command::RotateTable {
                table: b.t1,
                rotation_deg: 45.0,
            },
        ),
        (
            "renumber table",
            Command::RenumberTable {
                table: b.t1,
                number: "17".into(),
            },
        ),
        (
            "change seats",
            Command::SetTableSeats {
                table: b.t1,
                seats: 12,
            },
        ),
        (
            "change shape",
            Command::SetTableShape {
                table: b.t1,
                shape: TableShape::Rectangular,
                width_m: 2.0,
                depth_m: 1.0,
            },
        ),
        ("delete table", Command::DeleteTables(vec![b.t1])),
        (
            "create logical table",
            Command::CreateLogicalTable {
                name: "Marketing".into(),
                vip: false,
            },
        ),
        (
            "rename logical table",
            Command::RenameLogicalTable {
                logical: b.sales,
                name: "Vertrieb Nord".into(),
            },
        ),
        (
            "set VIP",
            Command::SetVip {
                logical: b.it,
                vip: true,
            },
        ),
        (
            "clear VIP",
            Command::SetVip {
                logical: b.vip,
                vip: false,
            },
        ),
        (
            "assign (takes a held table)",
            Command::AssignTable {
                logical: b.it,
                table: Some(b.t1),
            },
        ),
        (
            "unassign",
            Command::AssignTable {
                logical: b.sales,
                table: None,
            },
        ),
        (
            "delete logical table",
            Command::DeleteLogicalTable { logical: b.sales },
        ),
        (
            "add guest",
            Command::AddGuest(guest("Łukasz", "Nowak", Some("lukasz@example.de"))),
        ),
        (
            "edit guest",
            Command::EditGuest {
                guest: b.anna,
                fields: edited,
            },
        ),
        ("delete guests", Command::DeleteGuests(vec![b.anna, b.zoe])),
        (
            "seat guests",
            Command::SeatGuests {
                guests: vec![b.zoe, b.anna],
                logical: Some(b.it),
            },
        ),
        (
            "unseat guests",
            Command::SeatGuests {
                guests: vec![b.anna, b.jurgen],
                logical: None,
            },
        ),
    ]
}

#[test]
fn append_then_reopen_gives_the_identical_state() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    for (_, command) in every_command(&b).into_iter().take(4) {
        run(&mut doc, command);
    }
    let before = doc.plan().clone();
    let timeline = doc.timeline();
    drop(doc);
    let reopened = Document::open(&path).unwrap();
    assert_eq!(*reopened.plan(), before);
    assert_eq!(reopened.timeline(), timeline);
    assert!(reopened.diagnostics().is_empty());
}

#[test]
fn undo_then_redo_of_every_command_kind_restores_the_exact_states() {
    let mut index = 0;
    loop {
        let (_dir, path) = temp_plan();
        let mut doc = Document::create(&path).unwrap();
        let b = base_plan(&mut doc);
        let mut commands = every_command(&b);
        if index >= commands.len() {
            break;
        }
        let (name, command) = commands.swap_remove(index);
        index += 1;
        let before = doc.plan().clone();
        let batch = run(&mut doc, command);
        let after = doc.plan().clone();
        assert_ne!(before, after, "{name}: the command changed nothing");

        let undo_batch = doc.undo(batch).unwrap();
        assert_eq!(
            *doc.plan(),
            before,
            "{name}: undo did not restore the state"
        );
        assert!(doc.is_reverted(batch));
        doc.redo(batch).unwrap();
        assert_eq!(*doc.plan(), after, "{name}: redo did not restore the state");
        assert!(
            doc.diagnostics().is_empty(),
            "{name}: {:?}",
            doc.diagnostics()
        );

        // The file says the same: undo and redo are batches of their own, nothing deleted.
        drop(doc);
        let doc = Document::open(&path).unwrap();
        assert_eq!(*doc.plan(), after, "{name}: reopened state differs");
        let timeline = doc.timeline();
        assert_eq!(timeline[undo_batch as usize - 1].kind, BatchKind::Undo);
        assert_eq!(timeline.last().unwrap().kind, BatchKind::Redo);
        assert_eq!(timeline.last().unwrap().target, Some(batch));
    }
    assert_eq!(index, 25, "every command kind was exercised");
}

#[test]
fn cascades_are_one_batch_and_one_undo_restores_everything() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let before = doc.plan().clone();
    let batch = run(&mut doc, Command::DeleteRoom { room: b.hall });
    let plan = doc.plan();
    assert!(plan.table(b.t1).is_none() && plan.table(b.t2).is_none());
    assert_eq!(plan.logical_table(b.sales).unwrap().physical, None);
    assert_eq!(plan.logical_table(b.vip).unwrap().physical, None);
    // release sales, delete t1, release vip, delete t2, delete room
    assert_eq!(doc.batch_events(batch).len(), 5);
    doc.undo(batch).unwrap();
    assert_eq!(*doc.plan(), before);

    let batch = run(&mut doc, Command::DeleteLogicalTable { logical: b.sales });
    assert_eq!(doc.plan().guest(b.anna).unwrap().logical, None);
    assert_eq!(doc.plan().holder_of(b.t1), None);
    doc.undo(batch).unwrap();
    assert_eq!(*doc.plan(), before);
}

#[test]
fn undo_of_an_old_batch_keeps_later_unrelated_work() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    // An "import" that (wrongly) takes the VIP table's physical table.
    let import = run(
        &mut doc,
        Command::Many {
            description: "Imported draw".into(),
            commands: vec![
                Command::AssignTable {
                    logical: b.it,
                    table: Some(b.t2),
                },
                Command::AssignTable {
                    logical: b.sales,
                    table: Some(b.t3),
                },
            ],
        },
    );
    assert_eq!(doc.plan().logical_table(b.vip).unwrap().physical, None);
    // Later, unrelated work.
    run(&mut doc, round_table(b.garden, "A4", 7.0, 6.0));
    run(
        &mut doc,
        Command::SeatGuests {
            guests: vec![b.zoe],
            logical: Some(b.vip),
        },
    );
    run(
        &mut doc,
        Command::RenameRoom {
            room: b.hall,
            name: "Festsaal".into(),
        },
    );

    let preview = doc.preview_undo(import).unwrap();
    assert!(preview.affected.is_empty(), "{:?}", preview.affected);
    doc.commit(preview).unwrap();
    let plan = doc.plan();
    assert_eq!(plan.logical_table(b.vip).unwrap().physical, Some(b.t2));
    assert_eq!(plan.logical_table(b.sales).unwrap().physical, Some(b.t1));
    assert_eq!(plan.logical_table(b.it).unwrap().physical, None);
    assert!(plan.table_numbered("A4").is_some());
    assert_eq!(plan.guest(b.zoe).unwrap().logical, Some(b.vip));
    assert_eq!(plan.room(b.hall).unwrap().name, "Festsaal");
    let (fresh, diagnostics) = doc.replay_fresh();
    assert_eq!(fresh, *plan);
    assert!(diagnostics.is_empty());
}

#[test]
fn undo_whose_later_dependents_stop_applying_reports_them() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let create = run(
        &mut doc,
        Command::CreateLogicalTable {
            name: "Marketing".into(),
            vip: false,
        },
    );
    let marketing = doc.plan().logical_named("Marketing").unwrap().id;
    let seat = run(
        &mut doc,
        Command::SeatGuests {
            guests: vec![b.zoe],
            logical: Some(marketing),
        },
    );
    let assign = run(
        &mut doc,
        Command::AssignTable {
            logical: marketing,
            table: Some(b.t3),
        },
    );
    let unrelated = run(
        &mut doc,
        Command::SetTableSeats {
            table: b.t1,
            seats: 8,
        },
    );

    let preview = doc.preview_undo(create).unwrap();
    let affected: Vec<u64> = preview.affected.iter().map(|a| a.batch).collect();
    assert_eq!(affected, vec![seat, assign]);
    assert!(preview.has_conflicts());
    assert!(
        preview.affected[0].stops_applying[0]
            .reason
            .to_string()
            .contains("does not exist")
    );
    assert!(!affected.contains(&unrelated));
    assert!(
        preview
            .changes
            .iter()
            .any(|c| c.subject == "Logical table “Marketing”")
    );
    doc.commit(preview).unwrap();

    // Replay skips the dependents with diagnostics, never panics, and reopens the same.
    let diagnostics = doc.diagnostics();
    assert_eq!(diagnostics.len(), 2);
    assert_eq!(doc.plan().guest(b.zoe).unwrap().logical, None);
    assert_eq!(doc.plan().table(b.t1).unwrap().seats, 8);
    let plan = doc.plan().clone();
    drop(doc);
    let mut doc = Document::open(&path).unwrap();
    assert_eq!(*doc.plan(), plan);
    assert_eq!(doc.diagnostics(), diagnostics);

    // Redo brings the dependents back to life; the preview says so.
    let preview = doc.preview_redo(create).unwrap();
    assert_eq!(preview.affected.len(), 2);
    assert!(!preview.affected[0].starts_applying.is_empty());
    doc.commit(preview).unwrap();
    assert!(doc.diagnostics().is_empty());
    assert_eq!(doc.plan().guest(b.zoe).unwrap().logical, Some(marketing));
}

#[test]
fn undo_preview_names_later_batches_that_override_the_same_facts() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let first_move = run(
        &mut doc,
        Command::MoveTables(vec![TableMove {
            table: b.t1,
            room: b.hall,
            x_m: 10.0,
            y_m: 10.0,
        }]),
    );
    let second_move = run(
        &mut doc,
        Command::MoveTables(vec![TableMove {
            table: b.t1,
            room: b.hall,
            x_m: 20.0,
            y_m: 10.0,
        }]),
    );
    let preview = doc.preview_undo(first_move).unwrap();
    assert_eq!(preview.overriding.len(), 1);
    assert_eq!(preview.overriding[0].batch, second_move);
    assert!(preview.changes.is_empty(), "{:?}", preview.changes);
}

#[test]
fn ids_are_never_reused_even_after_undo() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    let batch = run(
        &mut doc,
        Command::CreateLogicalTable {
            name: "Temp".into(),
            vip: false,
        },
    );
    let temp_id = doc.plan().logical_named("Temp").unwrap().id;
    doc.undo(batch).unwrap();
    assert!(doc.plan().logical_named("Temp").is_none());
    drop(doc);
    let mut doc = Document::open(&path).unwrap();
    assert!(doc.next_id() > temp_id.0);
    run(
        &mut doc,
        Command::CreateLogicalTable {
            name: "Temp".into(),
            vip: false,
        },
    );
    let again = doc.plan().logical_named("Temp").unwrap().id;
    assert_ne!(again, temp_id);
    assert!(again.0 > temp_id.0);
}

#[test]
fn rejected_commands_append_nothing() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let events = doc.event_count();
    let plan = doc.plan().clone();
    type Expectation = fn(&DomainError) -> bool;
    let cases: Vec<(Command, Expectation)> = vec![
        (
            Command::CreateRoom {
                name: "großer saal ".into(),
                width_m: 5.0,
                height_m: 5.0,
                x_m: 0.0,
                y_m: 0.0,
            },
            |e| matches!(e, DomainError::RoomNameTaken(_)),
        ),
        (round_table(b.hall, "a3", 5.0, 5.0), |e| {
            matches!(e, DomainError::TableNumberTaken(_))
        }),
        (round_table(b.garden, "99", 11.5, 5.0), |e| {
            matches!(e, DomainError::TableOutsideRoom { .. })
        }),
        (
            Command::ResizeRoom {
                room: b.garden,
                width_m: 3.0,
                height_m: 3.0,
            },
            |e| matches!(e, DomainError::TableOutsideRoom { .. }),
        ),
        (
            Command::AddGuest(guest("Max", "Muster", Some("ANNA@example.de"))),
            |e| matches!(e, DomainError::EmailTaken(_)),
        ),
        (Command::AddGuest(guest(" ", "", None)), |e| {
            matches!(e, DomainError::Empty(_))
        }),
        (
            Command::AddGuest(guest("Max", "Muster", Some("not-an-email"))),
            |e| matches!(e, DomainError::BadEmail(_)),
        ),
        (
            Command::SetTableSeats {
                table: b.t1,
                seats: 0,
            },
            |e| matches!(e, DomainError::BadSeats { .. }),
        ),
        (
            Command::MoveTables(vec![TableMove {
                table: b.t1,
                room: b.hall,
                x_m: f64::NAN,
                y_m: 1.0,
            }]),
            |e| matches!(e, DomainError::NotFinite(_)),
        ),
        (
            Command::Many {
                description: "half valid".into(),
                commands: vec![
                    Command::CreateLogicalTable {
                        name: "OK".into(),
                        vip: false,
                    },
                    Command::CreateLogicalTable {
                        name: "it".into(),
                        vip: false,
                    },
                ],
            },
            |e| matches!(e, DomainError::LogicalNameTaken(_)),
        ),
    ];
    for (command, expected) in cases {
        match doc.execute(&command) {
            Err(HistoryError::Domain(e)) => assert!(expected(&e), "{command:?}: unexpected {e}"),
            other => panic!("{command:?}: expected a domain error, got {other:?}"),
        }
    }
    assert_eq!(doc.event_count(), events);
    assert_eq!(*doc.plan(), plan);
    drop(doc);
    assert_eq!(Document::open(&path).unwrap().event_count(), events);
}

#[test]
fn a_command_that_changes_nothing_appends_nothing() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let events = doc.event_count();
    let same = doc
        .execute(&Command::SetVip {
            logical: b.vip,
            vip: true,
        })
        .unwrap();
    assert_eq!(same, None);
    assert_eq!(doc.event_count(), events);
}

#[test]
fn undo_and_redo_refuse_what_makes_no_sense() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let batch = run(
        &mut doc,
        Command::SetTableSeats {
            table: b.t1,
            seats: 6,
        },
    );
    assert!(matches!(
        doc.preview_redo(batch),
        Err(HistoryError::NotUndone(_))
    ));
    let marker = doc.undo(batch).unwrap();
    assert!(matches!(
        doc.preview_undo(batch),
        Err(HistoryError::AlreadyUndone(_))
    ));
    assert!(matches!(
        doc.preview_undo(marker),
        Err(HistoryError::NotACommand { .. })
    ));
    assert!(matches!(
        doc.preview_undo(9999),
        Err(HistoryError::NoSuchBatch(9999))
    ));
    // A preview made before another change is refused.
    let stale = doc.preview_redo(batch).unwrap();
    run(
        &mut doc,
        Command::SetTableSeats {
            table: b.t2,
            seats: 6,
        },
    );
    assert!(matches!(doc.commit(stale), Err(HistoryError::StalePreview)));
    assert_eq!(doc.last_redoable(), Some(batch));
}

#[test]
fn as_of_shows_the_plan_right_after_a_batch() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let mid_plan = doc.plan().clone();
    let mid = doc.batch_count() as u64;
    let seats = run(
        &mut doc,
        Command::SetTableSeats {
            table: b.t1,
            seats: 6,
        },
    );
    let after_seats = doc.plan().clone();
    doc.undo(seats).unwrap();
    let (as_of_mid, _) = doc.as_of(mid).unwrap();
    assert_eq!(as_of_mid, mid_plan);
    // As it was then: the seats change applied (its undo came later).
    let (as_of_seats, _) = doc.as_of(seats).unwrap();
    assert_eq!(as_of_seats, after_seats);
    let last = doc.batch_count() as u64;
    assert_eq!(doc.as_of(last).unwrap().0, *doc.plan());
    assert!(matches!(
        doc.as_of(last + 1),
        Err(HistoryError::NoSuchBatch(_))
    ));
}

#[test]
fn ctrl_z_targets_follow_the_history() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let last = run(
        &mut doc,
        Command::SetTableSeats {
            table: b.t1,
            seats: 6,
        },
    );
    assert_eq!(doc.last_undoable(), Some(last));
    assert_eq!(doc.last_redoable(), None);
    doc.undo(last).unwrap();
    assert_eq!(doc.last_redoable(), Some(last));
    assert_eq!(doc.last_undoable(), Some(last - 1));
    doc.redo(last).unwrap();
    assert_eq!(doc.last_redoable(), None);
    assert_eq!(doc.last_undoable(), Some(last));
}

#[test]
fn resizing_a_room_by_its_left_and_top_edges_keeps_tables_in_place_on_the_floor() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let absolute = |doc: &Document| {
        let p = doc.plan();
        let t = p.table(b.t3).unwrap();
        let r = p.room(t.room).unwrap();
        (r.x_m + t.x_m, r.y_m + t.y_m)
    };
    let before = absolute(&doc);
    // Grow to the left and up, then shrink from the left: the table stays where it stands.
    for (x_m, y_m, width_m, height_m) in [(29.0, -2.0, 15.0, 12.0), (33.0, 0.0, 11.0, 10.0)] {
        run(
            &mut doc,
            Command::ResizeRoomKeepingTables {
                room: b.garden,
                x_m,
                y_m,
                width_m,
                height_m,
            },
        );
        let room = doc.plan().room(b.garden).unwrap().clone();
        assert_eq!(
            (room.x_m, room.y_m, room.width_m, room.height_m),
            (x_m, y_m, width_m, height_m)
        );
        assert_eq!(absolute(&doc), before);
    }
    // Shrinking past a table is refused as a whole.
    let events = doc.event_count();
    let result = doc.execute(&Command::ResizeRoomKeepingTables {
        room: b.garden,
        x_m: 37.0,
        y_m: 0.0,
        width_m: 7.0,
        height_m: 10.0,
    });
    assert!(
        matches!(
            result,
            Err(HistoryError::Domain(DomainError::TableOutsideRoom { .. }))
        ),
        "{result:?}"
    );
    assert_eq!(doc.event_count(), events);
}

#[test]
fn ctrl_z_right_after_a_timeline_undo_takes_that_undo_back_not_an_older_action() {
    // Seen in the window: an old import undone from the timeline, then Ctrl+Z undid the newest
    // command instead of bringing the import back.
    use seatplan::history::LatestOutcome;
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let old = doc
        .execute(&Command::RenameRoom {
            room: b.garden,
            name: "Orangerie".into(),
        })
        .unwrap()
        .unwrap();
    let newest = doc
        .execute(&Command::RenameRoom {
            room: b.hall,
            name: "Festsaal".into(),
        })
        .unwrap()
        .unwrap();
    doc.undo(old).unwrap(); // from the timeline
    assert_eq!(doc.plan().room(b.garden).unwrap().name, "Wintergarten");
    // Ctrl+Z takes the timeline undo back: the old rename is in effect again, the newest stays.
    assert!(
        matches!(doc.undo_latest().unwrap(), LatestOutcome::Done { batch, .. } if batch == old)
    );
    assert_eq!(doc.plan().room(b.garden).unwrap().name, "Orangerie");
    assert_eq!(doc.plan().room(b.hall).unwrap().name, "Festsaal");
    // Ctrl+Shift+Z brings the timeline undo back.
    doc.redo_latest().unwrap();
    assert_eq!(doc.plan().room(b.garden).unwrap().name, "Wintergarten");
    // Ctrl+Z twice: the timeline undo is taken back, then the newest command.
    doc.undo_latest().unwrap();
    doc.undo_latest().unwrap();
    assert_eq!(doc.plan().room(b.garden).unwrap().name, "Orangerie");
    assert_eq!(doc.plan().room(b.hall).unwrap().name, "Großer Saal");
    assert!(doc.is_reverted(newest));
    // A reopened plan (no session) falls back to the latest action still in effect.
    drop(doc);
    let mut doc = Document::open(&path).unwrap();
    doc.undo_latest().unwrap();
    assert!(doc.is_reverted(old));
}

#[test]
fn the_timeline_names_things_as_they_were_when_each_action_was_taken() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let create = doc
        .execute(&Command::CreateRoom {
            name: "Großer Saal".into(),
            width_m: 20.0,
            height_m: 10.0,
            x_m: 0.0,
            y_m: 0.0,
        })
        .unwrap()
        .unwrap();
    let room = doc.plan().room_named("Großer Saal").unwrap().id;
    let rename = doc
        .execute(&Command::RenameRoom {
            room,
            name: "Festsaal".into(),
        })
        .unwrap()
        .unwrap();
    let delete = doc.execute(&Command::DeleteRoom { room }).unwrap().unwrap();
    assert_eq!(
        doc.describe_batch(create),
        "Room “Großer Saal” created, 20 × 10 m"
    );
    assert_eq!(
        doc.describe_batch(rename),
        "Room “Großer Saal” renamed to “Festsaal”"
    );
    assert_eq!(doc.describe_batch(delete), "Room “Festsaal” deleted");
    // The same after reopening (the names are rebuilt from the log).
    drop(doc);
    let doc = Document::open(&path).unwrap();
    assert_eq!(
        doc.describe_batch(rename),
        "Room “Großer Saal” renamed to “Festsaal”"
    );
    assert_eq!(doc.describe_batch(delete), "Room “Festsaal” deleted");
}
