//! Undo and redo previews name what they do to the seating (issue 22): guests who lose their
//! physical table or seat — with the actions that seated them —, logical tables that lose their
//! table, VIP tables affected, tables over capacity; counted first, then listed, in the window
//! and on the command line.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use egui_kittest::kittest::Queryable;
use seatplan::domain::Command;
use seatplan::domain::consequences::ConsequenceKind;
use seatplan::history::Document;

/// The demo's table draw: the batch that imported it.
fn draw_batch(doc: &Document) -> u64 {
    doc.timeline()
        .iter()
        .find(|e| e.description.starts_with("Imported table draw"))
        .unwrap()
        .batch
}

#[test]
fn undoing_the_draw_counts_the_guests_who_lose_their_physical_table_and_who_seated_them() {
    let (_dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["demo", p, "--guests", "300"]);
    let mut doc = Document::open(&path).unwrap();
    // Later, some guests are seated again by another action.
    let plan = doc.plan().clone();
    let drawn: Vec<_> = plan
        .logical_tables()
        .filter(|l| !l.vip && l.physical.is_some())
        .map(|l| l.id)
        .collect();
    let moved: Vec<_> = plan.guests_at(drawn[0]).map(|g| g.id).take(3).collect();
    run(
        &mut doc,
        Command::SeatGuests {
            guests: moved.clone(),
            logical: Some(drawn[1]),
        },
    );
    let later = doc.batch_count() as u64;
    let draw = draw_batch(&doc);
    // The truth: guests at a non-VIP logical table whose table came from the draw.
    let expected = doc
        .plan()
        .guests()
        .filter(|g| {
            g.logical
                .and_then(|l| doc.plan().logical_table(l))
                .is_some_and(|l| !l.vip && l.physical.is_some())
        })
        .count();
    let preview = doc.preview_undo(draw).unwrap();
    let lose = preview
        .consequences
        .iter()
        .find(|c| c.kind == ConsequenceKind::GuestsLoseTable)
        .unwrap();
    assert_eq!(lose.count, expected);
    assert_eq!(lose.items.len(), expected);
    // …and says which actions seated them, the later one among them.
    assert!(
        lose.notes
            .iter()
            .any(|n| n.starts_with(&format!("3 of them seated by #{later}: "))),
        "{:?}",
        lose.notes
    );
    let tables = preview
        .consequences
        .iter()
        .find(|c| c.kind == ConsequenceKind::LogicalTablesLoseTable)
        .unwrap();
    assert_eq!(tables.count, drawn.len());
    // The VIP tables are untouched by the draw, so not listed.
    assert!(
        preview
            .consequences
            .iter()
            .all(|c| c.kind != ConsequenceKind::VipTables)
    );
    drop(doc);

    // The command line says the same, first, and nothing is written without --yes.
    let said = ok_en(&["undo", p, &draw.to_string()]);
    let first_lines: Vec<&str> = said.lines().take(3).collect();
    assert_eq!(first_lines[1], "What it does to the seating:");
    assert_eq!(
        first_lines[2],
        format!(
            "  {} guests lose their physical table: their logical tables have none afterwards",
            seatplan::i18n::integer(expected as i64)
        )
    );
    assert!(
        said.contains(&format!("3 of them seated by #{later}: ")),
        "{said}"
    );
}

#[test]
fn a_vip_table_and_tables_over_capacity_are_named() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    // VIP 1 (on table 2) gets a guest; then all three move to Vertrieb 1 (table 1, 10 seats)
    // after its seats are cut to 2.
    let seat_zoe = run(
        &mut doc,
        Command::SeatGuests {
            guests: vec![b.zoe],
            logical: Some(b.vip),
        },
    );
    run(
        &mut doc,
        Command::SetTableSeats {
            table: b.t1,
            seats: 2,
        },
    );
    let preview = doc.preview_undo(seat_zoe).unwrap();
    let kinds: Vec<ConsequenceKind> = preview.consequences.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [ConsequenceKind::GuestsLoseSeat, ConsequenceKind::VipTables]
    );
    assert_eq!(preview.consequences[0].items, ["Zoë Lefèvre (VIP 1)"]);
    assert_eq!(preview.consequences[1].items, ["VIP 1: guests 1 → 0"]);
    // Moving Zoë to Vertrieb 1 now would overfill table 1: its undo's redo says so.
    let to_sales = run(
        &mut doc,
        Command::SeatGuests {
            guests: vec![b.zoe],
            logical: Some(b.sales),
        },
    );
    doc.commit(doc.preview_undo(to_sales).unwrap()).unwrap();
    let redo = doc.preview_redo(to_sales).unwrap();
    let over = redo
        .consequences
        .iter()
        .find(|c| c.kind == ConsequenceKind::OverCapacity)
        .unwrap();
    assert_eq!(over.items, ["table 1: 3 guests at 2 seats"]);
}

#[test]
fn the_windows_undo_preview_shows_what_it_does_to_the_seating_first() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["demo", p, "--guests", "200"]);
    let mut app = seatplan::ui::app::SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    let mut h = crate::gui::harness(app);
    let draw = draw_batch(&h.state().workspace().unwrap().doc);
    h.get_by_label_contains("Imported table draw").click();
    h.run();
    h.get_by_label("Undo this").click();
    h.run();
    h.run();
    let preview = {
        let ws = h.state().workspace().unwrap();
        ws.doc.preview_undo(draw).unwrap()
    };
    let count = preview.consequences[0].count;
    let label = format!(
        "{count} guests lose their physical table: their logical tables have none afterwards"
    );
    let consequence = h.get_by_label(&label);
    let group = h.get_by_label_contains("Logical tables (");
    assert!(consequence.rect().top() < group.rect().top());
    // The summary no longer says nothing later is affected.
    assert!(
        h.query_by_label_contains("no later action affected")
            .is_none()
    );
    h.get_by_label(&format!("Show all {count}"));
}
