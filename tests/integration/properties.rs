//! Property tests: random command sequences interleaved with random undos and redos.
//!
//! For every generated history: the incremental state equals a replay from the file on disk;
//! undo(x) then redo(x) restores the state; the as-of view at the last batch is the current
//! state; created ids are unique; and the undo preview lists exactly the later batches whose
//! events change between applied and skipped.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use proptest::prelude::*;
use seatplan::domain::{Command, NewTable, TableMove, TableShape};
use seatplan::history::{Document, replay, reverted_as_of};
use std::collections::{BTreeMap, BTreeSet, HashSet};

#[derive(Clone, Debug)]
enum Op {
    AddTable {
        room: usize,
        x: f64,
        y: f64,
        rect: bool,
    },
    MoveTable {
        table: usize,
        room: usize,
        x: f64,
        y: f64,
    },
    DeleteTable {
        table: usize,
    },
    Renumber {
        table: usize,
        number: u8,
    },
    CreateLogical {
        name: u8,
    },
    DeleteLogical {
        logical: usize,
    },
    Assign {
        logical: usize,
        table: Option<usize>,
    },
    AddGuest {
        name: u8,
    },
    Seat {
        guest: usize,
        logical: Option<usize>,
    },
    DeleteGuest {
        guest: usize,
    },
    ResizeRoom {
        room: usize,
        w: f64,
        h: f64,
    },
    DeleteRoom {
        room: usize,
    },
    Undo {
        back: usize,
    },
    Redo {
        back: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let idx = 0usize..8;
    prop_oneof![
        (idx.clone(), 1.0f64..29.0, 1.0f64..19.0, any::<bool>())
            .prop_map(|(room, x, y, rect)| Op::AddTable { room, x, y, rect }),
        (idx.clone(), idx.clone(), 1.0f64..29.0, 1.0f64..19.0)
            .prop_map(|(table, room, x, y)| Op::MoveTable { table, room, x, y }),
        idx.clone().prop_map(|table| Op::DeleteTable { table }),
        (idx.clone(), 0u8..6).prop_map(|(table, number)| Op::Renumber { table, number }),
        (0u8..6).prop_map(|name| Op::CreateLogical { name }),
        idx.clone()
            .prop_map(|logical| Op::DeleteLogical { logical }),
        (idx.clone(), proptest::option::of(idx.clone()))
            .prop_map(|(logical, table)| Op::Assign { logical, table }),
        (0u8..6).prop_map(|name| Op::AddGuest { name }),
        (idx.clone(), proptest::option::of(idx.clone()))
            .prop_map(|(guest, logical)| Op::Seat { guest, logical }),
        idx.clone().prop_map(|guest| Op::DeleteGuest { guest }),
        (idx.clone(), 4.0f64..35.0, 4.0f64..25.0).prop_map(|(room, w, h)| Op::ResizeRoom {
            room,
            w,
            h
        }),
        idx.clone().prop_map(|room| Op::DeleteRoom { room }),
        idx.clone().prop_map(|back| Op::Undo { back }),
        idx.prop_map(|back| Op::Redo { back }),
    ]
}

fn nth<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

/// Turns an op into a command against the current plan (None when it has nothing to act on).
fn command(doc: &Document, op: &Op) -> Option<Command> {
    let plan = doc.plan();
    let rooms: Vec<_> = plan.rooms().map(|r| r.id).collect();
    let tables: Vec<_> = plan.tables().map(|t| t.id).collect();
    let logical: Vec<_> = plan.logical_tables().map(|l| l.id).collect();
    let guests: Vec<_> = plan.guests().map(|g| g.id).collect();
    Some(match *op {
        Op::AddTable { room, x, y, rect } => Command::AddTable(NewTable {
            number: None,
            room: nth(&rooms, room)?,
            shape: if rect {
                TableShape::Rectangular
            } else {
                TableShape::Round
            },
            width_m: 1.8,
            depth_m: 0.9,
            seats: 8,
            x_m: x,
            y_m: y,
            rotation_deg: 0.0,
        }),
        Op::MoveTable { table, room, x, y } => Command::MoveTables(vec![TableMove {
            table: nth(&tables, table)?,
            room: nth(&rooms, room)?,
            x_m: x,
            y_m: y,
        }]),
        Op::DeleteTable { table } => Command::DeleteTables(vec![nth(&tables, table)?]),
        Op::Renumber { table, number } => Command::RenumberTable {
            table: nth(&tables, table)?,
            number: format!("{}", 50 + number),
        },
        Op::CreateLogical { name } => Command::CreateLogicalTable {
            name: format!("Team {name}"),
            vip: name % 3 == 0,
        },
        Op::DeleteLogical { logical: l } => Command::DeleteLogicalTable {
            logical: nth(&logical, l)?,
        },
        Op::Assign { logical: l, table } => Command::AssignTable {
            logical: nth(&logical, l)?,
            table: match table {
                Some(t) => Some(nth(&tables, t)?),
                None => None,
            },
        },
        Op::AddGuest { name } => Command::AddGuest(guest(
            "Gast",
            &format!("{name}"),
            Some(&format!("gast{name}@example.de")),
        )),
        Op::Seat {
            guest: g,
            logical: l,
        } => Command::SeatGuests {
            guests: vec![nth(&guests, g)?],
            logical: match l {
                Some(l) => Some(nth(&logical, l)?),
                None => None,
            },
        },
        Op::DeleteGuest { guest: g } => Command::DeleteGuests(vec![nth(&guests, g)?]),
        Op::ResizeRoom { room, w, h } => Command::ResizeRoom {
            room: nth(&rooms, room)?,
            width_m: w,
            height_m: h,
        },
        Op::DeleteRoom { room } => Command::DeleteRoom {
            room: nth(&rooms, room)?,
        },
        Op::Undo { .. } | Op::Redo { .. } => return None,
    })
}

fn command_batches(doc: &Document, reverted: bool) -> Vec<u64> {
    doc.timeline()
        .iter()
        .filter(|t| t.kind == seatplan::store::BatchKind::Command && t.reverted == reverted)
        .map(|t| t.batch)
        .collect()
}

/// Per batch, the seqs of its skipped events under a reverted set.
fn skipped_by_batch(doc: &Document, reverted: &HashSet<u64>) -> BTreeMap<u64, BTreeSet<i64>> {
    let events = doc.events();
    let result = replay(events, reverted, u64::MAX);
    let mut out: BTreeMap<u64, BTreeSet<i64>> = BTreeMap::new();
    for index in result.skipped.keys() {
        let record = &events[*index];
        out.entry(record.batch).or_default().insert(record.seq);
    }
    out
}

proptest! {
    // 48 cases in CI; PROPTEST_CASES=5000 for a long run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(48)
    ))]

    #[test]
    fn random_histories_keep_every_promise(ops in proptest::collection::vec(op(), 1..28)) {
        let (_dir, path) = temp_plan();
        let mut doc = Document::create(&path).unwrap();
        base_plan(&mut doc);
        for op in &ops {
            match *op {
                Op::Undo { back } => {
                    let candidates = command_batches(&doc, false);
                    if let Some(b) = candidates.iter().rev().nth(back % candidates.len().max(1)) {
                        doc.undo(*b).unwrap();
                    }
                }
                Op::Redo { back } => {
                    let candidates = command_batches(&doc, true);
                    if let Some(b) = candidates.iter().rev().nth(back % candidates.len().max(1)) {
                        doc.redo(*b).unwrap();
                    }
                }
                _ => {
                    if let Some(command) = command(&doc, op) {
                        // Rejections are fine; they must append nothing.
                        let events = doc.event_count();
                        if doc.execute(&command).is_err() {
                            prop_assert_eq!(doc.event_count(), events);
                        }
                    }
                }
            }
        }

        // Incremental state == a fresh replay in memory == a replay from the file on disk.
        let (fresh, fresh_diagnostics) = doc.replay_fresh();
        prop_assert_eq!(&fresh, doc.plan());
        prop_assert_eq!(&fresh_diagnostics, &doc.diagnostics());
        // Whatever undos and redos did, nothing in an ordinary history is damage (`check` passes).
        prop_assert_eq!(doc.damaged_events(), Vec::new());
        let last = doc.batch_count() as u64;
        prop_assert_eq!(&doc.as_of(last).unwrap().0, doc.plan());

        // Created ids are unique across the whole log, undone batches included.
        let mut created = HashSet::new();
        for record in doc.events() {
            if let Some(id) = record.event.created_id() {
                prop_assert!(created.insert(id), "id {} created twice", id);
            }
        }

        // The undo preview of every effective batch lists exactly the later batches whose
        // events change between applied and skipped.
        let current_reverted = reverted_as_of(doc.events(), last);
        let before = skipped_by_batch(&doc, &current_reverted);
        for batch in command_batches(&doc, false) {
            let preview = doc.preview_undo(batch).unwrap();
            let mut without = current_reverted.clone();
            without.insert(batch);
            let after = skipped_by_batch(&doc, &without);
            let expected: BTreeSet<u64> = before
                .keys()
                .chain(after.keys())
                .copied()
                .filter(|b| *b != batch && !without.contains(b) && before.get(b) != after.get(b))
                .collect();
            let listed: BTreeSet<u64> = preview.affected.iter().map(|a| a.batch).collect();
            prop_assert_eq!(listed, expected, "preview of batch {}", batch);
        }

        // undo(x) then redo(x) restores the state.
        if let Some(&x) = command_batches(&doc, false).first() {
            let state = doc.plan().clone();
            doc.undo(x).unwrap();
            doc.redo(x).unwrap();
            prop_assert_eq!(doc.plan(), &state);
        }

        let plan = doc.plan().clone();
        let diagnostics = doc.diagnostics();
        drop(doc);
        let reopened = Document::open(&path).unwrap();
        prop_assert_eq!(reopened.plan(), &plan);
        prop_assert_eq!(reopened.diagnostics(), diagnostics);
    }
}
