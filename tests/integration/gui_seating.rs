//! Seating in the window: wishes and pins in the inspector and the guest list, the marks of
//! unmet wishes, and "Seat automatically…" run, previewed and applied as one action.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::gui::{events, open_base, plan, run_until};
use egui_kittest::kittest::Queryable;
use seatplan::domain::{Command, WishRule};

#[test]
fn wishes_and_the_pin_are_edited_on_the_guest_and_unmet_ones_are_marked() {
    let (_dir, _path, b, mut h) = open_base();
    h.get_by_label_contains("Müller, Anna").click();
    h.run();
    let before = events(&h);
    h.get_by_label("Pinned").click();
    h.run();
    assert!(plan(&h).guest(b.anna).unwrap().pinned);
    assert_eq!(events(&h), before + 1);
    // A wish to sit with Zoë, added by searching her name.
    let field = || egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(field(), "Add:").focus();
    h.run();
    h.get_by_role_and_label(field(), "Add:").type_text("zoë");
    h.run();
    h.get_by_label("+ Zoë Lefèvre").click();
    h.run();
    let wish = *plan(&h).wish(b.anna, b.zoe).unwrap();
    assert_eq!((wish.weight, wish.rule), (10, None));
    h.get_by_label_contains("wants to sit with Zoë Lefèvre");
    // Zoë has no seat, Anna has one: the wish is unmet, and both carry the mark in the list.
    h.get_by_label_contains("⚠ 📌 Müller, Anna");
    h.get_by_label_contains("⚠ Lefèvre, Zoë");
    // Removed again with its ×.
    h.get_by_label("×").click();
    h.run();
    assert!(plan(&h).wish(b.anna, b.zoe).is_none());
    assert!(h.query_by_label_contains("⚠ Lefèvre").is_none());
}

#[test]
fn guests_are_pinned_and_unpinned_from_the_list() {
    let (_dir, _path, b, mut h) = open_base();
    h.get_by_label_contains("Lefèvre, Zoë").click();
    h.run();
    h.get_by_label("Pin").click();
    h.run();
    assert!(plan(&h).guest(b.zoe).unwrap().pinned);
    h.get_by_label_contains("📌 Lefèvre, Zoë");
    h.get_by_label("Unpin").click();
    h.run();
    assert!(!plan(&h).guest(b.zoe).unwrap().pinned);
}

#[test]
fn seat_automatically_runs_previews_and_applies_as_one_action() {
    let (_dir, _path, b, mut h) = open_base();
    {
        let ws = h.state_mut().workspace_mut().unwrap();
        ws.doc
            .execute(&Command::SetWish {
                guest: b.zoe,
                with: b.anna,
                weight: 50,
                rule: None,
            })
            .unwrap();
        ws.doc
            .execute(&Command::SetWish {
                guest: b.zoe,
                with: b.jurgen,
                weight: 0,
                rule: Some(WishRule::Together),
            })
            .unwrap();
    }
    h.run();
    // From the Edit menu (its entry is drawn above the guest list's button of the same name).
    h.get_by_label("Edit").click();
    h.run();
    let entries = h.get_all_by_label("Seat automatically…").count();
    assert_eq!(entries, 2);
    h.get_all_by_label("Seat automatically…")
        .last()
        .unwrap()
        .click();
    h.run();
    assert!(h.state().workspace().unwrap().auto_seat.open);
    h.state_mut().workspace_mut().unwrap().auto_seat.seconds = 0.5;
    h.get_by_label("Guests without a seat").click();
    h.run();
    let before = events(&h);
    h.get_by_label("Run").click();
    run_until(&mut h, |app| {
        !app.workspace().unwrap().auto_seat.is_running()
    });
    h.run();
    assert_eq!(events(&h), before, "a run only previews");
    h.get_by_label_contains("1 placed · 0 moved · 0 without a seat");
    h.get_by_label_contains("→");
    // How good the plan is, and why the search stopped.
    let quality = h
        .query_by_label_contains("This is the best possible plan")
        .or_else(|| h.query_by_label_contains("below the best possible plan"));
    assert!(quality.is_some(), "the bound is shown");
    h.get_by_label_contains("Stopped after");
    h.get_by_label("Apply").click();
    h.run();
    assert_eq!(events(&h), before + 1, "one action");
    assert!(
        !h.state().workspace().unwrap().auto_seat.open,
        "Apply closes the window"
    );
    let after = plan(&h);
    assert_eq!(
        after.guest(b.zoe).unwrap().logical,
        Some(b.sales),
        "with Anna and Jürgen"
    );
    let ws = h.state().workspace().unwrap();
    let last = ws.doc.timeline().last().unwrap().description.clone();
    assert_eq!(last, "Seated 1 guest automatically");
    let batch = ws.doc.timeline().last().unwrap().batch;
    assert_eq!(
        ws.doc.describe_batch(batch),
        "Seated automatically: Guest Zoë Lefèvre seated at “Vertrieb 1”"
    );
}

#[test]
fn wishes_are_imported_through_the_import_dialog_as_one_action() {
    use seatplan::ui::import::{ImportDialog, ImportKind};
    let (dir, _path, b, mut h) = open_base();
    // The File menu offers it.
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Import wishes…");
    h.key_press(egui::Key::Escape);
    h.run();
    let sheet = dir.path().join("wishes.csv");
    std::fs::write(
        &sheet,
        "Gast;Mit;Gewicht;Regel\nanna@example.de;Zoë Lefèvre;40;\njuergen@example.de;anna@example.de;;zusammen\n",
    )
    .unwrap();
    let ws = h.state_mut().workspace_mut().unwrap();
    ws.import = Some(ImportDialog::new(ImportKind::Wishes, sheet, ws.doc.plan()));
    h.run();
    h.get_by_label_contains("2 new · 0 changed");
    h.get_by_label_contains("Anna Müller and Zoë Lefèvre: +40");
    let before = events(&h);
    h.get_by_label("Import").click();
    h.run();
    assert_eq!(events(&h), before + 2, "two wishes, one action");
    let plan = plan(&h);
    assert_eq!(plan.wish(b.anna, b.zoe).map(|w| w.weight), Some(40));
    assert_eq!(
        plan.wish(b.anna, b.jurgen).and_then(|w| w.rule),
        Some(WishRule::Together)
    );
    let ws = h.state().workspace().unwrap();
    let last = ws.doc.timeline().last().unwrap().batch;
    assert_eq!(
        ws.doc.describe_batch(last),
        "Imported wishes from wishes.csv — 2 wishes set"
    );
}

#[test]
fn a_logical_table_without_a_physical_one_gets_a_planned_size_in_the_inspector() {
    let (_dir, _path, b, mut h) = open_base();
    h.get_by_label("Logical tables").click();
    h.run();
    h.get_by_label_contains("IT no table").click();
    h.run();
    assert_eq!(
        h.state().workspace().unwrap().selection,
        seatplan::ui::Selection::Logical(b.it)
    );
    let tick = || egui::accesskit::Role::CheckBox;
    h.get_by_role_and_label(tick(), "Planned seats").click();
    h.run();
    assert_eq!(
        plan(&h).logical_table(b.it).unwrap().planned_seats,
        Some(10)
    );
    h.get_by_role_and_label(tick(), "Planned seats").click();
    h.run();
    assert_eq!(plan(&h).logical_table(b.it).unwrap().planned_seats, None);
}

#[test]
fn a_table_is_marked_accessible_and_guests_who_need_it_are_seated_there() {
    use seatplan::domain::{FieldKind, FieldValue};
    let (_dir, _path, b, mut h) = open_base();
    {
        let ws = h.state_mut().workspace_mut().unwrap();
        let values = [(b.zoe, FieldValue::Bool(true))];
        crate::gui_fields::define_field(&mut ws.doc, ("Rollstuhl", FieldKind::YesNo, &[]), &values);
        // Zoë would rather sit with Anna (Vertrieb 1, table 1).
        ws.doc
            .execute(&Command::SetWish {
                guest: b.zoe,
                with: b.anna,
                weight: 50,
                rule: None,
            })
            .unwrap();
        ws.doc
            .execute(&Command::AssignTable {
                logical: b.it,
                table: Some(b.t3),
            })
            .unwrap();
        ws.selection = seatplan::ui::Selection::table(b.t3);
    }
    h.run();
    let before = events(&h);
    h.get_by_label("Accessible").click();
    h.run();
    assert_eq!(events(&h), before + 1);
    assert!(plan(&h).table(b.t3).unwrap().accessible);
    h.state_mut().workspace_mut().unwrap().auto_seat.open = true;
    h.state_mut().workspace_mut().unwrap().auto_seat.seconds = 0.5;
    h.run();
    h.get_by_label("Need an accessible table").click();
    h.run();
    h.get_by_label("Rollstuhl").click();
    h.run();
    h.get_by_label("Guests without a seat").click();
    h.run();
    h.get_by_label("Run").click();
    run_until(&mut h, |app| {
        !app.workspace().unwrap().auto_seat.is_running()
    });
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    assert_eq!(
        plan(&h).guest(b.zoe).unwrap().logical,
        Some(b.it),
        "at the accessible table A3 (IT), not with Anna at table 1"
    );
}

#[test]
fn a_result_found_under_other_options_is_not_applied() {
    let (_dir, _path, b, mut h) = open_base();
    {
        let ws = h.state_mut().workspace_mut().unwrap();
        ws.doc
            .execute(&Command::SetWish {
                guest: b.zoe,
                with: b.anna,
                weight: 50,
                rule: None,
            })
            .unwrap();
        ws.auto_seat.open = true;
        ws.auto_seat.seconds = 0.5;
    }
    h.run();
    h.get_by_label("Run").click();
    run_until(&mut h, |app| {
        !app.workspace().unwrap().auto_seat.is_running()
    });
    h.run();
    assert!(h.query_by_label_contains("The options changed").is_none());
    h.state_mut().workspace_mut().unwrap().auto_seat.min_known = 1;
    h.run();
    h.get_by_label_contains("The options changed since this run");
    let before = events(&h);
    h.get_by_label("Apply").click();
    h.run();
    assert_eq!(events(&h), before, "Apply is disabled");
}
