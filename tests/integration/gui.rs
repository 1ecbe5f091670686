//! The desktop app driven like a user would (egui_kittest: controls found by label, pointer
//! drags), asserting on the event file and the replayed state.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use egui::{Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use seatplan::domain::{Event, Plan, TableId};
use seatplan::history::Document;
use seatplan::ui::app::SeatplanApp;
use std::path::{Path, PathBuf};

pub(crate) fn harness(app: SeatplanApp) -> Harness<'static, SeatplanApp> {
    let mut h = Harness::builder()
        .with_size(vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut SeatplanApp| app.ui(ui), app);
    h.run();
    h
}

/// The base plan (two rooms, three tables, three logical tables, three guests) in a fresh file,
/// opened in the app.
pub(crate) fn open_base() -> (
    tempfile::TempDir,
    PathBuf,
    Base,
    Harness<'static, SeatplanApp>,
) {
    let (dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let base = base_plan(&mut doc);
    drop(doc);
    let mut app = SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    assert!(app.workspace().is_some(), "{:?}", app.notices());
    (dir, path, base, harness(app))
}

pub(crate) fn plan(h: &Harness<'_, SeatplanApp>) -> Plan {
    h.state().workspace().unwrap().doc.plan().clone()
}

pub(crate) fn events(h: &Harness<'_, SeatplanApp>) -> usize {
    h.state().workspace().unwrap().doc.event_count()
}

fn table_pos(h: &Harness<'_, SeatplanApp>, id: TableId) -> Pos2 {
    let ws = h.state().workspace().unwrap();
    ws.floor.table_screen_pos(ws.doc.plan(), id).unwrap()
}

/// A point in a room, given in metres from its top-left corner.
fn room_point(h: &Harness<'_, SeatplanApp>, room: &str, x_m: f64, y_m: f64) -> Pos2 {
    let ws = h.state().workspace().unwrap();
    let room = ws.doc.plan().room_named(room).unwrap().clone();
    ws.floor.room_point_screen_pos(&room, x_m, y_m)
}

pub(crate) fn drag(h: &mut Harness<'_, SeatplanApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    // Move in steps, like a hand does.
    for i in 1..=5 {
        h.hover_at(from + (to - from) * (i as f32 / 5.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
}

fn click_at(h: &mut Harness<'_, SeatplanApp>, at: Pos2) {
    h.hover_at(at);
    h.run();
    h.drag_at(at);
    h.run();
    h.drop_at(at);
    h.run();
}

/// Drags the list row whose label contains `row` onto `table` like a hand does, then closes the
/// app and reopens the file (what was dropped must be on disk).
fn drop_row_on_table(
    mut h: Harness<'_, SeatplanApp>,
    path: &Path,
    row: &str,
    table: TableId,
) -> Document {
    let from = h.get_by_label_contains(row).rect().center();
    let target = table_pos(&h, table);
    drag(&mut h, from, target);
    reopen(h, path)
}

/// Closes the app (unlocking the file) and reopens the file from disk.
fn reopen(h: Harness<'_, SeatplanApp>, path: &Path) -> Document {
    drop(h.into_state());
    Document::open(path).unwrap()
}

#[test]
fn the_start_screen_opens_the_demo_and_the_status_bar_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut h = harness(SeatplanApp::headless(data.clone()));
    h.get_by_label_contains("New plan…");
    h.get_by_label_contains("Open…");
    h.get_by_label("Open demo (1,500 guests)").click();
    h.run();
    assert_eq!(plan(&h).guest_count(), 1500);
    assert!(data.join("demo.seatplan").exists());
    h.get_by_label_contains("/1,500 guests at a table");
    h.get_by_label("Every change is saved automatically");
    // It is a real plan file with the demo's history.
    let doc = reopen(h, &data.join("demo.seatplan"));
    assert!(doc.batch_count() > 10);
}

#[test]
fn opening_a_bad_file_shows_the_core_message_and_keeps_the_app_usable() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("notes.seatplan");
    std::fs::write(&bad, "not a plan").unwrap();
    let mut app = SeatplanApp::headless(dir.path().join("data"));
    app.open(&bad);
    assert!(app.workspace().is_none());
    let h = harness(app);
    h.get_by_label_contains("not a seatplan file");
    h.get_by_label("Open demo (1,500 guests)");
    assert_eq!(std::fs::read(&bad).unwrap(), b"not a plan");
}

#[test]
fn tools_create_a_room_and_a_table() {
    let (dir, path) = temp_plan();
    Document::create(&path).unwrap();
    let mut app = SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    let mut h = harness(app);
    h.get_by_label_contains("No rooms yet");

    h.get_by_label("Add room").click();
    h.run();
    let canvas = h.state().workspace().unwrap().floor.canvas;
    click_at(&mut h, canvas.min + vec2(60.0, 60.0));
    let p = plan(&h);
    assert_eq!(p.room_count(), 1);
    let room = p.rooms().next().unwrap().clone();
    assert_eq!(
        room.name, "Room 1",
        "a new room is named in the window's language"
    );
    // The new room is selected, ready to be named; its inspector counts in good English.
    assert_eq!(
        h.state().workspace().unwrap().selection,
        seatplan::ui::Selection::Room(room.id)
    );
    h.get_by_label("0 tables, 0 seats");

    h.get_by_label("Add round table").click();
    h.run();
    let inside = room_point(&h, "Room 1", 4.0, 4.0);
    click_at(&mut h, inside);
    let p = plan(&h);
    assert_eq!(p.table_count(), 1);
    let table = p.tables().next().unwrap();
    assert_eq!(table.number, "1");
    assert_eq!(table.room, room.id);
    assert!(
        (table.x_m - 4.0).abs() < 0.5 && (table.y_m - 4.0).abs() < 0.5,
        "{table:?}"
    );
    assert_eq!(
        h.state().workspace().unwrap().selection,
        seatplan::ui::Selection::table(table.id),
        "the new table is selected"
    );
    h.state_mut().workspace_mut().unwrap().selection = seatplan::ui::Selection::Room(room.id);
    h.run();
    h.get_by_label("1 table, 10 seats");

    // Outside every room: refused with a message, nothing written.
    let before = events(&h);
    let outside = canvas.max - vec2(10.0, 10.0);
    click_at(&mut h, outside);
    assert_eq!(events(&h), before);
    assert!(
        h.state()
            .notices()
            .iter()
            .any(|n| n.contains("inside a room"))
    );

    let doc = reopen(h, &path);
    assert_eq!(doc.plan().table_count(), 1);
    assert!(matches!(doc.events()[1].event, Event::TableAdded(_)));
}

#[test]
fn dragging_a_table_moves_it_with_one_event_and_into_another_room() {
    let (_dir, path, b, mut h) = open_base();
    let before = events(&h);
    let from = table_pos(&h, b.t1);
    let to = room_point(&h, "Großer Saal", 13.0, 8.0);
    drag(&mut h, from, to);
    assert_eq!(
        events(&h),
        before + 1,
        "one event at release, not one per frame"
    );
    let t = plan(&h).table(b.t1).unwrap().clone();
    assert_eq!((t.room, t.x_m, t.y_m), (b.hall, 13.0, 8.0));

    // Into the other room.
    let from = table_pos(&h, b.t1);
    let to = room_point(&h, "Wintergarten", 8.0, 6.0);
    drag(&mut h, from, to);
    let t = plan(&h).table(b.t1).unwrap().clone();
    assert_eq!((t.room, t.x_m, t.y_m), (b.garden, 8.0, 6.0));

    // Outside every room: refused, snaps back, a hint says why.
    let before = events(&h);
    let canvas = h.state().workspace().unwrap().floor.canvas;
    let from = table_pos(&h, b.t1);
    drag(&mut h, from, canvas.max - vec2(5.0, 5.0));
    assert_eq!(events(&h), before);
    assert_eq!(plan(&h).table(b.t1).unwrap().room, b.garden);
    assert!(
        h.state()
            .notices()
            .iter()
            .any(|n| n.contains("inside a room"))
    );

    let doc = reopen(h, &path);
    assert_eq!(doc.plan().table(b.t1).unwrap().room, b.garden);
}

#[test]
fn searching_filters_the_guest_list() {
    let (_dir, _path, _b, mut h) = open_base();
    h.get_by_label_contains("3 of 3 guests shown");
    h.get_by_label("Search guests").click();
    h.run();
    h.get_by_label("Search guests").type_text("müller");
    h.run();
    h.get_by_label_contains("1 of 3 guests shown");
    assert!(h.query_by_label_contains("Müller, Anna").is_some());
    assert!(h.query_by_label_contains("Groß, Jürgen").is_none());
    // Accents do not matter when searching: a desk typing "gross jurgen" finds "Groß, Jürgen".
    for _ in "müller".chars() {
        h.key_press(egui::Key::Backspace);
    }
    h.run();
    h.get_by_label_contains("3 of 3 guests shown");
    h.get_by_label("Search guests").type_text("gross jurgen");
    h.run();
    h.get_by_label_contains("1 of 3 guests shown");
    assert!(h.query_by_label_contains("Groß, Jürgen").is_some());
}

#[test]
fn dragging_a_guest_onto_a_table_seats_them() {
    let (_dir, path, b, h) = open_base();
    assert_eq!(plan(&h).guest(b.zoe).unwrap().logical, None);
    let doc = drop_row_on_table(h, &path, "Lefèvre, Zoë", b.t1);
    assert_eq!(doc.plan().guest(b.zoe).unwrap().logical, Some(b.sales));
    assert!(matches!(
        doc.events().last().unwrap().event,
        Event::GuestSeated(_)
    ));
}

#[test]
fn an_old_action_is_undone_from_the_timeline_through_the_preview_and_redone() {
    let (_dir, path, b, mut h) = open_base();
    // Later, unrelated work.
    h.state_mut()
        .workspace_mut()
        .unwrap()
        .doc
        .execute(&seatplan::domain::Command::RenameRoom {
            room: b.garden,
            name: "Orangerie".into(),
        })
        .unwrap();
    h.run();

    h.get_by_label_contains("Table 1 given to “Vertrieb 1”")
        .click();
    h.run();
    h.get_by_label("Undo this").click();
    h.run();
    // The preview lists what changes; nothing is written until confirmed.
    h.get_by_label_contains("Logical table “Vertrieb 1”: table 1 → no table");
    let before = events(&h);
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(events(&h), before);
    assert_eq!(
        plan(&h).logical_table(b.sales).unwrap().physical,
        Some(b.t1)
    );

    h.get_by_label("Undo this").click();
    h.run();
    h.get_by_label("Confirm undo").click();
    h.run();
    let p = plan(&h);
    assert_eq!(p.logical_table(b.sales).unwrap().physical, None);
    assert_eq!(
        p.room(b.garden).unwrap().name,
        "Orangerie",
        "later work stays"
    );

    h.get_by_label("Redo this").click();
    h.run();
    h.get_by_label("Confirm redo").click();
    h.run();
    assert_eq!(
        plan(&h).logical_table(b.sales).unwrap().physical,
        Some(b.t1)
    );

    let doc = reopen(h, &path);
    let kinds: Vec<_> = doc.timeline().iter().map(|t| t.kind).collect();
    assert_eq!(kinds.last(), Some(&seatplan::store::BatchKind::Redo));
    assert_eq!(
        doc.plan().logical_table(b.sales).unwrap().physical,
        Some(b.t1)
    );
}

#[test]
fn view_as_of_a_past_action_is_read_only_and_returns_to_now() {
    let (_dir, _path, b, mut h) = open_base();
    h.get_by_label_contains("Logical table “IT” created")
        .click();
    h.run();
    h.get_by_label("View as of here").click();
    h.run();
    h.get_by_label_contains("Viewing the plan as of");
    let ws = h.state().workspace().unwrap();
    let shown = ws.shown_plan();
    assert_eq!(shown.guest_count(), 0, "guests were added later");
    assert_eq!(ws.doc.plan().guest_count(), 3);
    // Edits are refused while viewing the past.
    let before = events(&h);
    let from = table_pos(&h, b.t1);
    drag(&mut h, from, from + vec2(80.0, 0.0));
    assert_eq!(events(&h), before);

    h.get_by_label("Back to now").click();
    h.run();
    assert!(
        h.query_by_label_contains("Viewing the plan as of")
            .is_none()
    );
    assert_eq!(h.state().workspace().unwrap().shown_plan().guest_count(), 3);
}

#[test]
fn ctrl_z_undoes_and_ctrl_shift_z_redoes_the_latest_action() {
    let (_dir, _path, b, mut h) = open_base();
    let before = plan(&h);
    let from = table_pos(&h, b.t2);
    let to = room_point(&h, "Großer Saal", 20.0, 10.0);
    drag(&mut h, from, to);
    let moved = plan(&h);
    assert_ne!(moved, before);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(plan(&h), before);
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(plan(&h), moved);
}

#[test]
fn delete_asks_first_naming_the_cascade() {
    let (_dir, _path, b, mut h) = open_base();
    let at = table_pos(&h, b.t1);
    click_at(&mut h, at);
    assert_eq!(
        h.state().workspace().unwrap().selection,
        seatplan::ui::Selection::table(b.t1)
    );
    h.key_press(egui::Key::Delete);
    h.run();
    h.get_by_label("Delete table 1?");
    h.get_by_label_contains("“Vertrieb 1” loses its physical table");
    h.get_by_label("Delete").click();
    h.run();
    assert!(plan(&h).table(b.t1).is_none());
    assert_eq!(plan(&h).logical_table(b.sales).unwrap().physical, None);
}

#[test]
fn duplicate_and_rotate_act_on_the_selected_table() {
    let (_dir, _path, b, mut h) = open_base();
    let at = table_pos(&h, b.t1);
    click_at(&mut h, at);
    h.get_by_label("Duplicate").click();
    h.run();
    let p = plan(&h);
    let copy = p
        .table_numbered("3")
        .expect("the copy gets the next free number");
    assert_eq!(
        (copy.room, copy.x_m, copy.y_m, copy.seats),
        (b.hall, 4.0, 4.0, 10)
    );
    h.get_by_label("Rotate 90°").click();
    h.run();
    assert_eq!(plan(&h).table(b.t1).unwrap().rotation_deg, 90.0);
}

#[test]
fn a_room_resizes_by_its_right_edge_and_moves_with_its_tables() {
    let (_dir, path, b, mut h) = open_base();
    h.state_mut().workspace_mut().unwrap().selection = seatplan::ui::Selection::Room(b.garden);
    h.run();
    // Drag the selected room's right edge 2 m to the right.
    let from = room_point(&h, "Wintergarten", 12.0, 5.0);
    let to = room_point(&h, "Wintergarten", 14.0, 5.0);
    drag(&mut h, from, to);
    let room = plan(&h).room(b.garden).unwrap().clone();
    assert_eq!((room.width_m, room.height_m, room.x_m), (14.0, 10.0, 32.0));

    // Drag the room by an empty spot inside it: 2 m left, 3 m down.
    let t3_before = plan(&h).table(b.t3).unwrap().clone();
    let from = room_point(&h, "Wintergarten", 9.0, 8.0);
    let to = room_point(&h, "Wintergarten", 7.0, 11.0);
    drag(&mut h, from, to);
    let p = plan(&h);
    let room = p.room(b.garden).unwrap();
    assert_eq!((room.x_m, room.y_m), (30.0, 3.0));
    // Tables stand relative to their room: they moved along, unchanged.
    assert_eq!(p.table(b.t3).unwrap(), &t3_before);
    let doc = reopen(h, &path);
    assert_eq!(doc.plan().room(b.garden).unwrap().width_m, 14.0);
}

#[test]
fn dragging_a_guest_from_a_table_back_to_the_guest_list_unseats_them() {
    let (_dir, _path, b, mut h) = open_base();
    let at = table_pos(&h, b.t1);
    click_at(&mut h, at);
    let from = h.get_by_label("Anna Müller").rect().center();
    let to = h.get_by_label_contains("Lefèvre, Zoë").rect().center();
    drag(&mut h, from, to);
    assert_eq!(plan(&h).guest(b.anna).unwrap().logical, None);
    assert_eq!(plan(&h).guest(b.jurgen).unwrap().logical, Some(b.sales));
}

#[test]
fn dragging_a_rooms_left_edge_resizes_it_and_tables_stay_in_place_on_the_floor() {
    let (_dir, path, b, mut h) = open_base();
    h.state_mut().workspace_mut().unwrap().selection = seatplan::ui::Selection::Room(b.garden);
    h.run();
    let from = room_point(&h, "Wintergarten", 0.0, 7.0);
    let to = room_point(&h, "Wintergarten", -1.5, 7.0);
    drag(&mut h, from, to);
    let p = plan(&h);
    let room = p.room(b.garden).unwrap();
    assert_eq!((room.x_m, room.width_m), (30.5, 13.5));
    let t3 = p.table(b.t3).unwrap();
    assert_eq!(
        (t3.x_m, t3.y_m),
        (4.5, 3.0),
        "32 + 3 = 30.5 + 4.5: same place on the floor"
    );
    // One action, one undo.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let p = plan(&h);
    assert_eq!(
        (p.room(b.garden).unwrap().x_m, p.table(b.t3).unwrap().x_m),
        (32.0, 3.0)
    );
    drop(reopen(h, &path));
}

#[test]
fn the_draw_import_dialog_previews_keeps_vip_tables_and_imports_as_one_action() {
    use seatplan::ui::import::{ImportDialog, ImportKind};
    let (_dir, path, b, mut h) = open_base();
    // Tables 7 and 8 for the fixture.
    for (n, x) in [("7", 11.0), ("8", 15.0)] {
        h.state_mut()
            .workspace_mut()
            .unwrap()
            .doc
            .execute(&round_table(b.hall, n, x, 3.0))
            .unwrap();
    }
    let ws = h.state_mut().workspace_mut().unwrap();
    ws.import = Some(ImportDialog::new(
        ImportKind::Draw,
        fixture("draw-messy.xlsx"),
        ws.doc.plan(),
    ));
    h.run();
    h.get_by_label_contains("Import table draw from draw-messy.xlsx");
    h.get_by_label_contains("VIP table “VIP 1” kept as it is");
    h.get_by_label_contains("stands in “Wintergarten”, not in “Großer Saal”");
    let before = events(&h);
    h.get_by_label("Import").click();
    h.run();
    let p = plan(&h);
    assert_eq!(
        p.logical_table(b.vip).unwrap().physical,
        Some(b.t2),
        "VIP untouched"
    );
    assert_eq!(p.logical_table(b.it).unwrap().physical, Some(b.t3));
    assert!(events(&h) > before);
    let doc = reopen(h, &path);
    assert!(
        doc.timeline()
            .last()
            .unwrap()
            .description
            .starts_with("Imported table draw from draw-messy.xlsx")
    );
}

/// The base plan open, with the guest import dialog showing the fixture `name` (and the plan's
/// folder, which must outlive the harness).
fn guest_import_dialog(name: &str) -> (tempfile::TempDir, Harness<'static, SeatplanApp>) {
    use seatplan::ui::import::{ImportDialog, ImportKind};
    let (dir, _path, _b, mut h) = open_base();
    let ws = h.state_mut().workspace_mut().unwrap();
    ws.import = Some(ImportDialog::new(
        ImportKind::Guests,
        fixture(name),
        ws.doc.plan(),
    ));
    h.run();
    (dir, h)
}

#[test]
fn an_import_with_errors_lists_them_and_cannot_be_applied() {
    let (_dir, mut h) = guest_import_dialog("guests-errors.xlsx");
    h.get_by_label_contains("4 errors — nothing will be applied");
    h.get_by_label_contains("error (row 5): the email DUP@example.de is also in row 4");
    let before = events(&h);
    h.get_by_label("Import").click();
    h.run();
    assert_eq!(events(&h), before, "the Import button is disabled");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().workspace().unwrap().import.is_none());
}

#[test]
fn the_guest_email_template_is_edited_in_the_window_and_stored_as_an_event() {
    let (_dir, path, _b, mut h) = open_base();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Guest email…").click();
    h.run();
    h.get_by_label_contains("Preview for");
    let subject = h.get_by_label("Subject");
    subject.focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Subject")
        .type_text("Tisch {table_number} für {first_name}");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        plan(&h).email_template().subject,
        "Tisch {table_number} für {first_name}"
    );
    h.get_by_label_contains("Subject: Tisch 1 für Anna");
    let doc = reopen(h, &path);
    assert!(matches!(
        doc.events().last().unwrap().event,
        Event::EmailTemplateSet(_)
    ));
}

#[test]
fn opening_takes_a_backup_that_the_start_screen_restores_as_a_new_file() {
    let (dir, path, b, mut h) = open_base();
    let backups = seatplan::backup::backups_of(&dir.path().join("data"), &path);
    assert_eq!(backups.len(), 1, "a backup was taken on open");
    // Work on, then close the plan.
    h.state_mut()
        .workspace_mut()
        .unwrap()
        .doc
        .execute(&seatplan::domain::Command::DeleteTables(vec![b.t1]))
        .unwrap();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Close plan").click();
    h.run();
    h.get_by_label("Backups");
    h.get_by_label_contains("Restore plan — ").click();
    h.run();
    let ws = h.state().workspace().unwrap();
    assert_ne!(ws.doc.path(), path.as_path());
    assert!(
        ws.doc.plan().table(b.t1).is_some(),
        "the backup has the state at opening"
    );
    assert!(
        h.state()
            .notices()
            .iter()
            .any(|n| n.contains("Restored the backup"))
    );
}

#[test]
fn a_failed_write_shows_a_banner_and_the_window_stays_usable_read_only() {
    let (_dir, path, b, mut h) = open_base();
    std::fs::remove_file(&path).unwrap();
    let from = table_pos(&h, b.t1);
    let to = room_point(&h, "Großer Saal", 13.0, 8.0);
    drag(&mut h, from, to);
    assert!(
        h.state()
            .notices()
            .iter()
            .any(|n| n.contains("moved or deleted")),
        "{:?}",
        h.state().notices()
    );
    h.get_by_label_contains("Changes can no longer be saved to this file.");
    h.get_by_label("Save a copy as…");
    assert_eq!(
        plan(&h).table(b.t1).unwrap().x_m,
        3.0,
        "no edit shown as done"
    );
    // Browsing still works.
    h.get_by_label("Search guests").click();
    h.run();
}

#[test]
fn recent_files_are_remembered_across_runs_in_an_atomic_settings_file() {
    let (dir, path, _b, h) = open_base();
    drop(h.into_state());
    let data = dir.path().join("data");
    assert!(data.join("settings.json").exists());
    assert!(!data.join(".settings.json.partial").exists());
    let mut h = harness(SeatplanApp::headless(data));
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    h.get_by_label("Recent plans");
    h.get_by_label(&name).click();
    h.run();
    assert_eq!(
        h.state().workspace().unwrap().doc.path(),
        std::fs::canonicalize(&path).unwrap()
    );
}

#[test]
fn the_window_works_at_200_percent_scaling_and_in_the_light_theme() {
    for (scale, theme) in [(2.0, egui::Theme::Dark), (1.0, egui::Theme::Light)] {
        let (dir, path) = temp_plan();
        let mut doc = Document::create(&path).unwrap();
        let b = base_plan(&mut doc);
        drop(doc);
        let mut app = SeatplanApp::headless(dir.path().join("data"));
        app.open(&path);
        let mut h = Harness::builder()
            .with_size(vec2(1400.0, 900.0))
            .with_pixels_per_point(scale)
            .with_theme(theme)
            .build_ui_state(|ui, app: &mut SeatplanApp| app.ui(ui), app);
        h.run();
        h.get_by_label("Search guests");
        h.get_by_label("Floor plan");
        h.get_by_label_contains("guests at a table");
        // The floor plan still maps tables to where they are drawn.
        let at = table_pos(&h, b.t1);
        click_at(&mut h, at);
        assert_eq!(
            h.state().workspace().unwrap().selection,
            seatplan::ui::Selection::table(b.t1),
            "{scale} {theme:?}"
        );
    }
}

#[test]
fn shift_click_selects_several_tables_that_move_together_as_one_action() {
    let (_dir, _path, b, mut h) = open_base();
    let t1 = table_pos(&h, b.t1);
    click_at(&mut h, t1);
    let t2 = table_pos(&h, b.t2);
    h.hover_at(t2);
    h.run();
    h.event_modifiers(
        egui::Event::PointerButton {
            pos: t2,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::SHIFT,
        },
        egui::Modifiers::SHIFT,
    );
    h.event_modifiers(
        egui::Event::PointerButton {
            pos: t2,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::SHIFT,
        },
        egui::Modifiers::SHIFT,
    );
    h.run();
    assert_eq!(h.state().workspace().unwrap().selection.tables().len(), 2);
    let before = (
        plan(&h).table(b.t1).unwrap().clone(),
        plan(&h).table(b.t2).unwrap().clone(),
    );
    let batches = h.state().workspace().unwrap().doc.batch_count();
    let from = table_pos(&h, b.t1);
    let to = room_point(&h, "Großer Saal", 3.0 + 4.0, 3.0 + 5.0);
    drag(&mut h, from, to);
    let p = plan(&h);
    let (a, c) = (p.table(b.t1).unwrap(), p.table(b.t2).unwrap());
    assert_eq!((a.x_m - before.0.x_m, a.y_m - before.0.y_m), (4.0, 5.0));
    assert_eq!((c.x_m - before.1.x_m, c.y_m - before.1.y_m), (4.0, 5.0));
    assert_eq!(
        h.state().workspace().unwrap().doc.batch_count(),
        batches + 1,
        "one action"
    );
}

#[test]
fn a_guest_is_edited_in_the_inspector_when_a_field_is_finished() {
    let (_dir, _path, b, mut h) = open_base();
    h.get_by_label_contains("Müller, Anna").click();
    h.run();
    let before = events(&h);
    h.get_by_label("Department").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Department").type_text("Geschäftsleitung");
    h.run();
    assert_eq!(events(&h), before, "nothing is written per keystroke");
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        plan(&h).guest(b.anna).unwrap().fields.department,
        "Geschäftsleitung"
    );
    assert_eq!(events(&h), before + 1);
}

#[test]
fn a_logical_table_is_created_in_its_list_and_made_vip_in_the_inspector() {
    let (_dir, _path, _b, mut h) = open_base();
    h.get_by_label("Logical tables").click();
    h.run();
    h.get_by_label("New logical table").click();
    h.run();
    h.get_by_label("New logical table").type_text("Vorstand");
    h.run();
    h.get_by_label("Create").click();
    h.run();
    let id = plan(&h).logical_named("Vorstand").expect("created").id;
    h.get_by(|n| n.label().is_some_and(|l| l.starts_with("Vorstand")))
        .click();
    h.run();
    assert_eq!(
        h.state().workspace().unwrap().selection,
        seatplan::ui::Selection::Logical(id)
    );
    h.get_by_label("VIP table (placed by hand)").click();
    h.run();
    assert!(plan(&h).logical_table(id).unwrap().vip);
}

#[test]
fn keyboard_ctrl_f_focuses_search_escape_clears_and_help_lists_shortcuts() {
    let (_dir, _path, b, mut h) = open_base();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    assert!(h.get_by_label("Search guests").is_focused());
    let at = table_pos(&h, b.t1);
    h.get_by_label("Floor plan").click();
    h.run();
    click_at(&mut h, at);
    assert_ne!(
        h.state().workspace().unwrap().selection,
        seatplan::ui::Selection::None
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(
        h.state().workspace().unwrap().selection,
        seatplan::ui::Selection::None
    );
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("Keyboard shortcuts").click();
    h.run();
    h.get_by_label("Ctrl+Shift+Z / Ctrl+Y");
    // The toolbar button and the shortcut list's line.
    assert_eq!(h.query_all_by_label("Zoom to fit").count(), 2);
}

/// Runs frames until `done` holds (the file dialog answers on its own thread).
pub(crate) fn run_until(
    h: &mut Harness<'_, SeatplanApp>,
    mut done: impl FnMut(&SeatplanApp) -> bool,
) {
    for _ in 0..200 {
        h.run();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("not done after 200 frames: {:?}", h.state().notices());
}

#[test]
fn the_print_window_previews_pages_and_saves_the_chosen_printout_as_pdf() {
    let (dir, _path, _b, mut h) = open_base();
    // PDFs go to one folder, pictures to another.
    let out = dir.path().join("prints");
    let pictures = dir.path().join("pictures");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(&pictures).unwrap();
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    {
        let asked = std::sync::Arc::clone(&asked);
        let (out, pictures) = (out.clone(), pictures.clone());
        h.state_mut().set_file_chooser(move |request| {
            let folder = match request.purpose {
                seatplan::ui::app::DialogPurpose::Print(_) => &out,
                _ => &pictures,
            };
            let mut asked = asked.lock().unwrap();
            asked.push(request.clone());
            // The third time the user types the whole name of the existing file, which the
            // dialog asks "Replace?" about; the other times a bare name the window completes.
            Some(folder.join(if asked.len() == 3 { "list.pdf" } else { "list" }))
        });
    }
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Print…").click();
    h.run();
    // The floor plan of all rooms is the first choice, one page.
    h.get_by_label("All rooms on one page");
    h.get_by_label("Page 1 of 1");
    h.get_by_label("Each room on its own page").click();
    h.run();
    h.get_by_label("Page 1 of 2");
    h.get_by_label("▶").click();
    h.run();
    h.get_by_label("Page 2 of 2");
    assert!(
        h.query_by_label("Save as PNG…").is_none(),
        "one picture per file"
    );
    h.get_by_label("All rooms on one page").click();
    h.run();
    h.get_by_label("Save as PNG…").click();
    run_until(&mut h, |app| {
        app.notices()
            .iter()
            .any(|n| n.starts_with("Wrote the floor plan to") && n.ends_with("list.png"))
    });
    assert!(
        std::fs::read(pictures.join("list.png"))
            .unwrap()
            .starts_with(b"\x89PNG")
    );

    h.get_by_label("Guests A–Z").click();
    h.run();
    h.get_by_label("Page 1 of 1");
    assert!(
        h.query_by_label("Save as SVG…").is_none(),
        "SVG is for the floor plan only"
    );
    h.get_by_label("Save as PDF…").click();
    let pdf = out.join("list.pdf");
    run_until(&mut h, |app| {
        app.notices()
            .iter()
            .any(|n| n.starts_with("Wrote Guests A–Z (1 page)"))
    });
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let request = asked.lock().unwrap()[1].clone();
    assert_eq!(
        request.purpose,
        seatplan::ui::app::DialogPurpose::Print(seatplan::io::print::Printout::GuestsAToZ)
    );
    // The first PDF's dialog started where the last export (the picture) went.
    assert_eq!(request.export_dir.as_deref(), Some(pictures.as_path()));
    // The saved file is offered to open, and its folder is where the next export of its kind
    // starts.
    h.get_by_label_contains("Saved");
    h.get_by_label("Open");
    h.get_by_label("Place cards (8 per A4)").click();
    h.run();
    h.get_by_label("Save as PDF…").click();
    run_until(&mut h, |app| {
        app.notices()
            .iter()
            .any(|n| n.starts_with("Wrote Place cards (1 page)"))
    });
    assert_eq!(
        asked.lock().unwrap()[2].export_dir.as_deref(),
        Some(out.as_path())
    );
    h.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Floor plan")
        .click();
    h.run();
    h.get_by_label("Save as SVG…").click();
    run_until(&mut h, |app| {
        app.notices().iter().any(|n| n.ends_with("list.svg"))
    });
    assert_eq!(
        asked.lock().unwrap()[3].export_dir.as_deref(),
        Some(pictures.as_path()),
        "pictures start where the last picture went, not where the last PDF went"
    );
    let settings = std::fs::read_to_string(dir.path().join("data").join("settings.json")).unwrap();
    assert!(
        settings.contains("prints") && settings.contains("pictures"),
        "{settings}"
    );
}

#[test]
fn printing_a_plan_without_guests_says_so_and_offers_no_save() {
    let (dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    run(
        &mut doc,
        seatplan::domain::Command::CreateRoom {
            name: "Saal".into(),
            width_m: 10.0,
            height_m: 8.0,
            x_m: 0.0,
            y_m: 0.0,
        },
    );
    drop(doc);
    let mut app = SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    let mut h = harness(app);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run();
    h.get_by_label("Page 1 of 1");
    h.get_by_label("Seating list by table").click();
    h.run();
    h.get_by_label("Nothing to print: the plan has no logical tables or guests yet.");
    use egui_kittest::kittest::NodeT;
    assert!(
        h.get_by_label("Save as PDF…")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn the_theme_chosen_in_the_view_menu_is_remembered() {
    let (dir, _path, _b, mut h) = open_base();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Light").click();
    h.run();
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
    let data = dir.path().join("data");
    let settings = std::fs::read_to_string(data.join("settings.json")).unwrap();
    assert!(settings.contains(r#""theme": "light""#), "{settings}");
    drop(h);
    let h = harness(SeatplanApp::headless(data));
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
}

#[test]
fn printing_while_viewing_the_past_prints_that_state_and_says_so() {
    let (_dir, _path, _b, mut h) = open_base();
    h.get_by_label_contains("Logical table “IT” created")
        .click();
    h.run();
    h.get_by_label("View as of here").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run();
    h.get_by_label_contains("You are viewing the plan as of #");
    h.get_by_label("Guests A–Z").click();
    h.run();
    // No guests had been added yet at that point.
    h.get_by_label("Nothing to print: the plan has no guests yet.");
    let ws = h.state().workspace().unwrap();
    assert!(ws.print_context().plan_name.contains(" as of #"));
}

#[test]
fn a_large_plan_is_laid_out_for_printing_without_stalling_the_window() {
    let (dir, path) = temp_plan();
    let guests = seatplan::ui::print::BACKGROUND_LAYOUT_ABOVE_GUESTS + 500;
    let doc = seatplan::demo::write_demo(&path, guests, 7).unwrap();
    let seated = doc.plan().guests().filter(|g| g.logical.is_some()).count();
    drop(doc);
    let mut app = SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    let mut h = harness(app);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    // The floor plan (the first choice) is laid out in the background too.
    step_until_laid_out(&mut h);
    h.get_by_label("Page 1 of 1");
    h.get_by_label("Place cards (8 per A4)").click();
    // The frame after the click comes back at once, with a spinner, while the pages are made on
    // a worker thread.
    h.step();
    assert!(
        h.state().workspace().unwrap().print.is_laying_out(),
        "a plan this size is laid out on a worker thread"
    );
    let expected = format!("Page 1 of {}", seated.div_ceil(8));
    step_until_laid_out(&mut h);
    h.get_by_label(&expected);
    // An edit while the window is open: the old pages stay on screen until the new ones are
    // ready, and then show the change.
    let ws = h.state_mut().workspace_mut().unwrap();
    let guest = ws
        .doc
        .plan()
        .guests()
        .find(|g| g.logical.is_some())
        .unwrap()
        .id;
    ws.doc
        .execute(&seatplan::domain::Command::SeatGuests {
            guests: vec![guest],
            logical: None,
        })
        .unwrap();
    h.step();
    h.get_by_label_contains("Page 1 of");
    step_until_laid_out(&mut h);
    h.get_by_label(&format!("Page 1 of {}", (seated - 1).div_ceil(8)));
}

/// Steps frames (the spinner keeps asking for more) until the print layout is done.
fn step_until_laid_out(h: &mut Harness<'_, SeatplanApp>) {
    for _ in 0..500 {
        h.step();
        if !h.state().workspace().unwrap().print.is_laying_out() {
            h.step();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the print layout did not finish");
}

#[test]
fn without_a_native_file_dialog_the_path_is_typed_in_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Übersicht Feier.seatplan");
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    drop(doc);
    let mut h = harness(SeatplanApp::headless(dir.path().join("data")));
    // A desktop without the XDG portal and zenity: rfd returns nothing at once.
    let asked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    {
        let asked = std::sync::Arc::clone(&asked);
        h.state_mut().set_file_chooser(move |_| {
            asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            None
        });
    }
    h.get_by_label_contains("Open…").click();
    run_until(&mut h, |app| !app.notices().is_empty());
    assert!(
        h.state().notices()[0].contains("type the path instead"),
        "{:?}",
        h.state().notices()
    );
    // A path that is not there is explained in the window, and nothing opens.
    let missing = dir.path().join("nope.seatplan");
    h.get_by_label("Path of the file:")
        .type_text(&missing.display().to_string());
    h.run();
    h.get_by_label("Open").click();
    h.run();
    h.get_by_label(&format!("There is no file {}.", missing.display()));
    assert!(h.state().workspace().is_none());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Path of the file:").is_none());
    // The next time the path is asked for at once, without trying the native dialog again.
    h.get_by_label_contains("Open…").click();
    h.run();
    h.get_by_label("Path of the file:")
        .type_text(&path.display().to_string());
    h.run();
    h.get_by_label("Open").click();
    h.run();
    assert_eq!(asked.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert_eq!(plan(&h).guest_count(), 3, "the typed-in plan is open");
    assert!(h.query_by_label("Path of the file:").is_none());
}

#[test]
fn the_import_dialog_names_the_encoding_of_german_excels_csv() {
    let (_dir, mut h) = guest_import_dialog("gaeste-excel-de.csv");
    h.get_by_label_contains("read as Windows-1252 text");
    h.get_by_label_contains("new guest Aigerim Novák");
    // A modal with a long preview settles its size (and its buttons' place) over a few frames.
    for _ in 0..5 {
        h.run();
    }
    h.get_by_label("Import").click();
    h.run();
    assert!(
        plan(&h).guests().any(|g| g.fields.last_name == "Novák"),
        "{:?}",
        h.state().notices()
    );
}

#[test]
fn an_export_never_replaces_a_file_the_save_dialog_did_not_ask_about() {
    let (dir, _path, _b, mut h) = open_base();
    let thesis = dir.path().join("thesis.xlsx");
    std::fs::write(&thesis, b"my thesis").unwrap();
    // The user typed "thesis" in the save dialog: the window adds ".xlsx", and that file exists.
    let bare = dir.path().join("thesis");
    h.state_mut().set_file_chooser(move |_| Some(bare.clone()));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export seating list…").click();
    run_until(&mut h, |app| {
        app.notices().iter().any(|n| n.contains("already exists"))
    });
    assert_eq!(std::fs::read(&thesis).unwrap(), b"my thesis");
    assert!(!dir.path().join("thesis-a-z.csv").exists());
}

#[test]
fn dragging_a_logical_table_onto_a_free_table_assigns_it() {
    // Seen with a real pointer: the drop did nothing. egui's dnd_release_payload takes the payload
    // before checking its type, and the floor plan asked for guests first — destroying the
    // logical table being carried.
    let (_dir, path, b, mut h) = open_base();
    h.get_by_label("Logical tables").click();
    h.run();
    let doc = drop_row_on_table(h, &path, "IT no table", b.t3);
    assert_eq!(doc.plan().logical_table(b.it).unwrap().physical, Some(b.t3));
    assert!(matches!(
        doc.events().last().unwrap().event,
        Event::LogicalTableAssigned(_)
    ));
}

#[test]
fn dragging_across_a_room_that_is_not_selected_pans_and_never_moves_it() {
    // Zoomed in, nearly all of the canvas is room: a drag there must pan the view, not edit.
    let (_dir, _path, b, mut h) = open_base();
    let before = events(&h);
    let pan_before = h.state().workspace().unwrap().floor.pan;
    let from = room_point(&h, "Großer Saal", 15.0, 15.0);
    drag(&mut h, from, from + vec2(120.0, 60.0));
    assert_eq!(events(&h), before, "nothing was written");
    let room = plan(&h).room(b.hall).unwrap().clone();
    assert_eq!((room.x_m, room.y_m), (0.0, 0.0));
    let ws = h.state().workspace().unwrap();
    assert_eq!(
        ws.floor.pan - pan_before,
        vec2(120.0, 60.0),
        "the view moved"
    );
    assert_eq!(ws.selection, seatplan::ui::Selection::None);

    // Clicked first, the room is selected; then a drag moves it (one action).
    let at = room_point(&h, "Großer Saal", 15.0, 15.0);
    click_at(&mut h, at);
    assert_eq!(
        h.state().workspace().unwrap().selection,
        seatplan::ui::Selection::Room(b.hall)
    );
    let to = room_point(&h, "Großer Saal", 15.0, 17.0);
    drag(&mut h, at, to);
    assert_eq!(plan(&h).room(b.hall).unwrap().y_m, 2.0);
    assert_eq!(events(&h), before + 1);
}

#[test]
fn who_sits_where_shows_table_number_room_and_the_place_on_the_plan() {
    let (_dir, _path, b, mut h) = open_base();
    // Two more logical tables whose names contain "Vertrieb 1", one guest at each.
    {
        let doc = &mut h.state_mut().workspace_mut().unwrap().doc;
        for (name, first) in [("Vertrieb 10", "Zehn"), ("Vertrieb 11", "Elf")] {
            doc.execute(&seatplan::domain::Command::CreateLogicalTable {
                name: name.into(),
                vip: false,
            })
            .unwrap();
            doc.execute(&seatplan::domain::Command::AddGuestSeatedAt {
                fields: guest(first, "Aaronson", None),
                logical_name: Some(name.into()),
                custom: vec![],
            })
            .unwrap();
        }
    }
    h.run();
    // The list names the physical table; a logical table without one is marked.
    h.get_by_label_contains("Müller, Anna · Vertrieb 1 · 1");
    h.get_by_label_contains("Aaronson, Zehn · Vertrieb 10 · no table");
    // The status bar tells "at a table" from "seated somewhere without a table".
    h.get_by_label("2/5 guests at a table");
    h.get_by_label("2 at a logical table without a table");
    h.get_by_label("1 unseated");

    // An exact logical-table name ranks its guests first ("Vertrieb 1" before "Vertrieb 10").
    let plan_now = plan(&h);
    let filter = seatplan::ui::guests::GuestFilter::All;
    let hits = seatplan::ui::guests::matching_guests(&plan_now, &filter, "vertrieb 1");
    let names: Vec<&str> = hits
        .iter()
        .map(|g| plan_now.guest(*g).unwrap().fields.first_name.as_str())
        .collect();
    assert_eq!(names[..2], ["Jürgen", "Anna"], "{names:?}");
    assert_eq!(names.len(), 4, "the others still match: {names:?}");
    // A table number finds who sits there, however it is typed.
    for search in ["T1", "table 1", "Tisch 1", "1"] {
        let hits = seatplan::ui::guests::matching_guests(&plan_now, &filter, search);
        assert_eq!(hits[..2].len(), 2, "{search}");
        assert!(
            hits[..2].contains(&b.anna) && hits[..2].contains(&b.jurgen),
            "{search}"
        );
    }
    h.get_by_label("Search guests").type_text("T1");
    h.run();
    h.get_by_label_contains("Groß, Jürgen");

    // The inspector of a guest says where they sit and shows it on the plan.
    h.state_mut().workspace_mut().unwrap().selection = seatplan::ui::Selection::guest(b.anna);
    h.run();
    h.get_by_label("Sits at: Vertrieb 1 · table 1 in Großer Saal");
    h.get_by_label("Show on plan").click();
    h.run();
    let ws = h.state().workspace().unwrap();
    assert_eq!(ws.floor.highlight, std::collections::BTreeSet::from([b.t1]));
    let centre = ws
        .floor
        .table_screen_pos(&ws.doc.plan().clone(), b.t1)
        .unwrap();
    assert!(
        (centre - ws.floor.canvas.center()).length() < 2.0,
        "the table is in the middle of the plan"
    );
}

#[test]
fn guests_dragged_over_the_logical_tables_tab_open_it_and_drop_on_a_row() {
    let (_dir, path, b, mut h) = open_base();
    let row = h.get_by_label_contains("Lefèvre, Zoë").rect().center();
    let tab = h.get_by_label("Logical tables").rect().center();
    h.hover_at(row);
    h.run();
    h.drag_at(row);
    h.run();
    for i in 1..=5 {
        h.hover_at(row + (tab - row) * (i as f32 / 5.0));
        h.run();
    }
    // Hovering the tab during the drag switched to it: the logical tables' rows are there.
    let it_row = h.get_by_label_contains("IT no table").rect().center();
    for i in 1..=5 {
        h.hover_at(tab + (it_row - tab) * (i as f32 / 5.0));
        h.run();
    }
    h.drop_at(it_row);
    h.run();
    assert_eq!(plan(&h).guest(b.zoe).unwrap().logical, Some(b.it));
    drop(reopen(h, &path));
}

#[test]
fn a_drop_that_overfills_a_table_warns_and_problems_stay_until_dismissed() {
    let (_dir, _path, b, mut h) = open_base();
    h.state_mut()
        .workspace_mut()
        .unwrap()
        .doc
        .execute(&seatplan::domain::Command::SetTableSeats {
            table: b.t1,
            seats: 2,
        })
        .unwrap();
    h.run();
    let row = h.get_by_label_contains("Lefèvre, Zoë").rect().center();
    let target = table_pos(&h, b.t1);
    drag(&mut h, row, target);
    assert_eq!(plan(&h).guest(b.zoe).unwrap().logical, Some(b.sales));
    let warning = "Over capacity: table 1 has 3 guests at 2 seats.";
    assert!(
        h.state().notices().iter().any(|n| n == warning),
        "{:?}",
        h.state().notices()
    );
    // A guest dropped on a table without a logical table: refused, a problem that stays.
    let row = h.get_by_label_contains("Müller, Anna").rect().center();
    let free = table_pos(&h, b.t3);
    drag(&mut h, row, free);
    let problem = "Table A3 has no logical table yet — drag a logical table onto it first.";
    assert!(h.state().notices().iter().any(|n| n == problem));
    // The list says it in words, readable on a selected row too.
    h.get_by_label("Logical tables").click();
    h.run();
    h.get_by_label_contains("Vertrieb 1 ⚠ over capacity · table 1");
    // Messages (the over-capacity one too: the table stays red) go after a while; the problem
    // stays until dismissed (kittest steps a quarter of a second per frame: 60 are 15 s).
    h.state_mut()
        .workspace_mut()
        .unwrap()
        .doc
        .execute(&seatplan::domain::Command::RenameRoom {
            room: b.garden,
            name: "Orangerie".into(),
        })
        .unwrap();
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo last action").click();
    h.run();
    assert!(h.state().notices().iter().any(|n| n.starts_with("Undid #")));
    for _ in 0..60 {
        h.step();
    }
    h.run();
    assert_eq!(h.state().notices(), vec![problem.to_owned()]);
    h.get_by_label("×").click();
    h.run();
    assert!(h.state().notices().is_empty());
}

#[test]
fn menus_show_their_shortcuts_and_the_timeline_its_whole_entry_on_hover() {
    let (_dir, _path, _b, mut h) = open_base();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Ctrl+N");
    h.get_by_label_contains("Ctrl+P");
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Ctrl+Z");
    h.get_by_label_contains("Ctrl+Shift+Z");
    h.key_press(egui::Key::Escape);
    h.run();
    // A timeline row: number and description, then time and author; no cryptic "(1)".
    let row = h.get_by_label_contains("Table 1 given to “Vertrieb 1”");
    let label = format!("{row:?}");
    assert!(!label.contains("(1)"), "{label}");
    let at = row.rect().center();
    h.hover_at(at);
    h.run();
    h.run();
    h.get_by_label_contains("1 event");
}

#[test]
fn the_undo_preview_puts_the_summary_and_conflicts_first_and_folds_long_lists() {
    use seatplan::domain::Command;
    let (_dir, _path, b, mut h) = open_base();
    let (batch, later) = {
        let doc = &mut h.state_mut().workspace_mut().unwrap().doc;
        let batch = doc
            .execute(&Command::Many {
                description: "Created 14 logical tables".into(),
                commands: (1..=14)
                    .map(|i| Command::CreateLogicalTable {
                        name: format!("Team {i}"),
                        vip: false,
                    })
                    .collect(),
            })
            .unwrap()
            .unwrap();
        let team = doc.plan().logical_named("Team 7").unwrap().id;
        let later = doc
            .execute(&Command::AssignTable {
                logical: team,
                table: Some(b.t3),
            })
            .unwrap()
            .unwrap();
        (batch, later)
    };
    h.run();
    h.get_by_label_contains("14 logical tables created").click();
    h.run();
    h.get_by_label("Undo this").click();
    h.run();
    h.run();
    let summary = h.get_by_label("14 changes to the plan · 1 later action affected");
    let conflicts = h.get_by_label_contains("Later actions affected (1)");
    let later_label = format!("#{later} Table A3 given to");
    let later_row = h.get_by_label_contains(&later_label);
    let group = h.get_by_label("Logical tables (14)");
    assert!(summary.rect().top() < conflicts.rect().top());
    assert!(
        later_row.rect().top() < group.rect().top(),
        "conflicts before the long list"
    );
    // Fourteen lines are folded under their heading until opened.
    assert!(
        h.query_by_label_contains("Logical table “Team 1”: disappears")
            .is_none()
    );
    group.click();
    h.run();
    h.get_by_label_contains("Logical table “Team 1”: disappears");
    assert!(batch < later);
}

#[test]
fn the_print_preview_fills_the_window_and_zooms() {
    let (_dir, _path, _b, mut h) = open_base();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Print…").click();
    for _ in 0..5 {
        h.run();
    }
    h.get_by_label("Zoom 100 %");
    // The page takes the window's height (most of the 900-point screen here), so the page
    // navigation under it is far down — it sat under a 380-point page before.
    let below_page = h.get_by_label("Page 1 of 1").rect().top();
    assert!(below_page > 600.0, "{below_page}");
    h.get_by_label("+").click();
    h.run();
    h.get_by_label("Zoom 150 %");
    assert_eq!(h.state().workspace().unwrap().print.zoom, 1.5);
    h.get_by_label("Zoom 150 %").click();
    h.run();
    h.get_by_label("Zoom 100 %");
}

#[test]
fn find_names_a_table_by_number_or_logical_name_and_shows_it_on_the_plan() {
    let (_dir, _path, b, mut h) = open_base();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Search guests").type_text("T2");
    h.run();
    h.get_by_label("Table 2 in Großer Saal: “VIP 1”");
    // The hit is outlined on the plan while the search stands.
    assert_eq!(h.state().workspace().unwrap().floor.hovered, Some(b.t2));
    h.get_by_label("Show on plan").click();
    h.run();
    let ws = h.state().workspace().unwrap();
    assert_eq!(ws.floor.highlight, std::collections::BTreeSet::from([b.t2]));
    let centre = ws.floor.table_screen_pos(ws.doc.plan(), b.t2).unwrap();
    assert!((centre - ws.floor.canvas.center()).length() < 2.0);

    h.state_mut().workspace_mut().unwrap().guests.search = "IT".into();
    h.run();
    h.get_by_label("“IT” has no physical table yet");
}
