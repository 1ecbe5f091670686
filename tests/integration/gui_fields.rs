//! Custom guest fields in the window: edited in the inspector, one action per change.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::gui::{events, open_base, plan};
use egui_kittest::kittest::Queryable;
use seatplan::domain::{Command, FieldId, FieldKind, FieldValue, GuestId};
use seatplan::history::Document;

/// Defines a custom field on an open plan and gives `values` to guests; returns its id.
pub(crate) fn define_field(
    doc: &mut Document,
    (name, kind, options): (&str, FieldKind, &[&str]),
    values: &[(GuestId, FieldValue)],
) -> FieldId {
    doc.execute(&Command::DefineField {
        name: name.into(),
        kind,
        options: options.iter().map(|o| (*o).to_owned()).collect(),
    })
    .unwrap();
    let field = doc.plan().field_named(name).unwrap().id;
    for (guest, value) in values {
        doc.execute(&Command::SetGuestField {
            guest: *guest,
            field,
            value: Some(value.clone()),
        })
        .unwrap();
    }
    field
}

#[test]
fn custom_fields_are_edited_on_the_guest() {
    let (_dir, _path, b, mut h) = open_base();
    {
        let ws = h.state_mut().workspace_mut().unwrap();
        for (name, kind, options) in [
            ("Shuttle", FieldKind::YesNo, vec![]),
            (
                "T-Shirt",
                FieldKind::Choice,
                vec!["S".to_owned(), "M".to_owned()],
            ),
            ("Age", FieldKind::Number, vec![]),
        ] {
            ws.doc
                .execute(&Command::DefineField {
                    name: name.into(),
                    kind,
                    options,
                })
                .unwrap();
        }
    }
    h.run();
    h.get_by_label_contains("Müller, Anna").click();
    h.run();
    let field = |h: &egui_kittest::Harness<'_, _>, name: &str| {
        let plan = plan(h);
        let id = plan.field_named(name).unwrap().id;
        plan.guest(b.anna).unwrap().custom.get(&id).cloned()
    };
    let before = events(&h);
    let tick = || egui::accesskit::Role::CheckBox;
    h.get_by_role_and_label(tick(), "Shuttle").click();
    h.run();
    assert_eq!(field(&h, "Shuttle"), Some(FieldValue::Bool(true)));
    assert_eq!(events(&h), before + 1);
    h.get_by_label("T-Shirt").click();
    h.run();
    h.get_by_label("M").click();
    h.run();
    assert_eq!(field(&h, "T-Shirt"), Some(FieldValue::Text("M".into())));
    let text = || egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(text(), "Age").focus();
    h.run();
    h.get_by_role_and_label(text(), "Age").type_text("41,5");
    h.run();
    assert_eq!(events(&h), before + 2, "nothing is stored while typing");
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(field(&h, "Age"), Some(FieldValue::Number(41.5)));
    assert_eq!(events(&h), before + 3);
}

#[test]
fn the_import_dialog_makes_extra_columns_new_fields_when_asked() {
    use seatplan::ui::import::{ImportDialog, ImportKind};
    let (_dir, _path, _b, mut h) = open_base();
    let ws = h.state_mut().workspace_mut().unwrap();
    ws.import = Some(ImportDialog::new(
        ImportKind::Guests,
        crate::common::fixture("guests-custom-openpyxl.xlsx"),
        ws.doc.plan(),
    ));
    h.run();
    h.get_by_label_contains("the column “Shuttle” could become a new field (yes/no)");
    h.get_by_label("Make the other columns new fields").focus();
    h.run();
    h.key_press(egui::Key::Space);
    h.run();
    h.run();
    assert!(
        h.state()
            .workspace()
            .unwrap()
            .import
            .as_ref()
            .unwrap()
            .options
            .new_fields
    );
    h.get_by_label_contains("new field “Shuttle” (yes/no)");
    let before = events(&h);
    h.get_by_label("Import").click();
    h.run();
    assert!(events(&h) > before);
    let names: Vec<String> = plan(&h).fields().iter().map(|f| f.name.clone()).collect();
    assert_eq!(names, ["Shuttle", "T-shirt", "Age", "Arrives"]);
}

#[test]
fn fields_are_added_renamed_and_removed_in_their_window_and_undo_brings_them_back() {
    let (_dir, _path, _b, mut h) = open_base();
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Guest fields…").click();
    h.run();
    let text = || egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(text(), "Name").focus();
    h.run();
    h.get_by_role_and_label(text(), "Name").type_text("Shuttle");
    h.run();
    h.get_by_label("Kind").click();
    h.run();
    h.get_by_label("yes/no").click();
    h.run();
    h.get_by_label("Add").click();
    h.run();
    let field = plan(&h).field_named("Shuttle").unwrap().clone();
    assert_eq!(field.kind, FieldKind::YesNo);
    // Renamed in its row.
    h.get_by_role_and_label(text(), "Shuttle").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(text(), "Shuttle").type_text("Bus");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(plan(&h).field(field.id).unwrap().name, "Bus");
    // Removed, and back with Ctrl+Z.
    h.get_by_label("Remove").click();
    h.run();
    assert!(plan(&h).field(field.id).is_none());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(plan(&h).field(field.id).unwrap().name, "Bus");
    // A name in use is said beside it; nothing is added and the typing stays.
    h.get_by_role_and_label(text(), "Name").focus();
    h.run();
    h.get_by_role_and_label(text(), "Name").type_text("bus");
    h.run();
    h.get_by_label("There is a field “bus” already.");
    let before = events(&h);
    h.get_by_label("Add").click();
    h.run();
    assert_eq!(events(&h), before);
}

#[test]
fn the_guest_search_finds_custom_field_values() {
    let (_dir, _path, b, mut h) = open_base();
    {
        let ws = h.state_mut().workspace_mut().unwrap();
        ws.doc
            .execute(&Command::DefineField {
                name: "Rollstuhl".into(),
                kind: FieldKind::YesNo,
                options: vec![],
            })
            .unwrap();
        ws.doc
            .execute(&Command::DefineField {
                name: "Ankunft".into(),
                kind: FieldKind::Text,
                options: vec![],
            })
            .unwrap();
        let wheel = ws.doc.plan().field_named("Rollstuhl").unwrap().id;
        let arrives = ws.doc.plan().field_named("Ankunft").unwrap().id;
        for (guest, field, value) in [
            (b.zoe, wheel, FieldValue::Bool(true)),
            (b.anna, wheel, FieldValue::Bool(false)),
            (b.jurgen, arrives, FieldValue::Text("kommt später".into())),
        ] {
            ws.doc
                .execute(&Command::SetGuestField {
                    guest,
                    field,
                    value: Some(value),
                })
                .unwrap();
        }
    }
    h.run();
    let visible = |h: &mut egui_kittest::Harness<'_, seatplan::ui::app::SeatplanApp>,
                   text: &str| {
        let ws = h.state_mut().workspace_mut().unwrap();
        ws.guests.search = text.into();
        let (plan, version) = (ws.doc.plan().clone(), ws.doc.event_count() as u64);
        ws.guests.visible(&plan, version).to_vec()
    };
    assert_eq!(
        visible(&mut h, "rollstuhl"),
        [b.zoe],
        "a yes/no field by its name, when yes"
    );
    assert_eq!(visible(&mut h, "später"), [b.jurgen]);
    // The list's filter offers each field's values and "empty".
    visible(&mut h, "");
    h.run();
    h.get_by_label("Show").click();
    h.run();
    h.get_by_label("Rollstuhl = yes").click();
    h.run();
    assert_eq!(visible(&mut h, ""), [b.zoe]);
    h.get_by_label("Show").click();
    h.run();
    h.get_by_label("Ankunft is empty").click();
    h.run();
    let mut empty = visible(&mut h, "");
    empty.sort();
    let mut expected = vec![b.anna, b.zoe];
    expected.sort();
    assert_eq!(empty, expected);
    // The fields window counts the values.
    h.state_mut().workspace_mut().unwrap().fields.open = true;
    h.run();
    h.get_by_label("1 yes · 1 no");
    assert!(
        h.query_by_label("1 kommt später").is_none(),
        "texts are not counted"
    );
}

#[test]
fn the_print_window_shows_chosen_fields_beside_the_guests() {
    let (_dir, _path, _b, mut h) = open_base();
    h.state_mut()
        .workspace_mut()
        .unwrap()
        .doc
        .execute(&Command::DefineField {
            name: "Shuttle".into(),
            kind: FieldKind::YesNo,
            options: vec![],
        })
        .unwrap();
    h.state_mut().workspace_mut().unwrap().print.open = true;
    h.run();
    h.get_by_label("Seating list by table").click();
    h.run();
    h.get_by_label("Shuttle").click();
    h.run();
    assert!(
        h.state()
            .workspace()
            .unwrap()
            .print
            .fields
            .contains("Shuttle")
    );
}

#[test]
fn the_guest_list_shows_chosen_fields_as_columns_sorts_by_them_and_remembers_them() {
    let (dir, path, b, mut h) = open_base();
    {
        let ws = h.state_mut().workspace_mut().unwrap();
        let values = [
            (b.anna, FieldValue::Bool(false)),
            (b.jurgen, FieldValue::Bool(true)),
        ];
        define_field(&mut ws.doc, ("Shuttle", FieldKind::YesNo, &[]), &values);
    }
    h.run();
    assert!(h.query_by_label_contains("Müller, Anna · ").is_some());
    assert!(h.query_by_label_contains("· no").is_none(), "no column yet");
    h.get_by_label_contains("Columns").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Shuttle")
        .click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label_contains("· no").is_some());
    assert!(h.query_by_label_contains("· yes").is_some());
    let rows = |h: &egui_kittest::Harness<'_, _>| {
        let y = |name: &str| h.get_by_label_contains(name).rect().top();
        let mut names = ["Groß, Jürgen", "Lefèvre, Zoë", "Müller, Anna"];
        names.sort_by(|a, b| y(a).total_cmp(&y(b)));
        names
    };
    assert_eq!(rows(&h), ["Groß, Jürgen", "Lefèvre, Zoë", "Müller, Anna"]);
    // Yes before no, the empty cell last; a second click reverses (empty still last).
    h.get_by_label("Shuttle").click();
    h.run();
    assert_eq!(rows(&h), ["Groß, Jürgen", "Müller, Anna", "Lefèvre, Zoë"]);
    h.get_by_label("Shuttle ▲").click();
    h.run();
    assert_eq!(rows(&h), ["Müller, Anna", "Groß, Jürgen", "Lefèvre, Zoë"]);
    h.get_by_label("Shuttle ▼");
    // The column is remembered for this plan: the settings on disk, and a new window shows it.
    let settings = std::fs::read_to_string(dir.path().join("data/settings.json")).unwrap();
    let id = plan(&h).field_named("Shuttle").unwrap().id.0;
    assert!(settings.contains(&format!("\"field:{id}\"")), "{settings}");
    drop(h.into_state());
    let mut app = seatplan::ui::app::SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    let h = crate::gui::harness(app);
    assert!(h.query_by_label_contains("· yes").is_some());
}

#[test]
fn a_table_and_a_room_count_their_guests_field_values() {
    let (_dir, _path, b, mut h) = open_base();
    {
        let ws = h.state_mut().workspace_mut().unwrap();
        let values = [(b.anna, FieldValue::Bool(true))];
        define_field(&mut ws.doc, ("Shuttle", FieldKind::YesNo, &[]), &values);
        let logical = ws.doc.plan().guest(b.anna).unwrap().logical.unwrap();
        ws.selection = seatplan::ui::Selection::Logical(logical);
    }
    h.run();
    h.get_by_label("Shuttle: 1 yes");
    // Anna sits in the Großer Saal: the room counts her too.
    h.state_mut().workspace_mut().unwrap().selection = seatplan::ui::Selection::Room(b.hall);
    h.run();
    h.get_by_label("Shuttle: 1 yes");
    h.state_mut().workspace_mut().unwrap().selection = seatplan::ui::Selection::Room(b.garden);
    h.run();
    assert!(h.query_by_label("Shuttle: 1 yes").is_none());
}

#[test]
fn an_option_is_renamed_in_the_fields_window_and_guests_keep_it() {
    let (_dir, _path, b, mut h) = open_base();
    {
        let ws = h.state_mut().workspace_mut().unwrap();
        let values = [(b.anna, FieldValue::Text("XL".into()))];
        define_field(
            &mut ws.doc,
            ("T-Shirt", FieldKind::Choice, &["S", "XL"]),
            &values,
        );
        ws.fields.open = true;
    }
    h.run();
    h.get_by_label("XL").click();
    h.run();
    h.run();
    let edit = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "New name of “XL”");
    assert!(edit.is_focused());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "New name of “XL”")
        .type_text("X-Large");
    h.run();
    let before = events(&h);
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(events(&h), before + 1);
    let plan = plan(&h);
    let field = plan.field_named("T-Shirt").unwrap();
    assert_eq!(field.options, ["S", "X-Large"]);
    assert_eq!(
        plan.guest(b.anna).unwrap().custom.get(&field.id),
        Some(&FieldValue::Text("X-Large".into()))
    );
    h.get_by_label("X-Large");
    // Right-click: remove it; Anna has no size then.
    h.get_by_label("X-Large").click_secondary();
    h.run();
    h.get_by_label("Remove option “X-Large”").click();
    h.run();
    let plan = crate::gui::plan(&h);
    let field = plan.field_named("T-Shirt").unwrap();
    assert_eq!(field.options, ["S"]);
    assert_eq!(plan.guest(b.anna).unwrap().custom.get(&field.id), None);
}

#[test]
fn a_text_value_longer_than_exports_carry_is_refused_in_the_inspector() {
    let (_dir, _path, b, mut h) = open_base();
    h.state_mut()
        .workspace_mut()
        .unwrap()
        .doc
        .execute(&Command::DefineField {
            name: "Remark".into(),
            kind: FieldKind::Text,
            options: vec![],
        })
        .unwrap();
    h.run();
    h.get_by_label_contains("Müller, Anna").click();
    h.run();
    let before = events(&h);
    let text = || egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(text(), "Remark").focus();
    h.run();
    h.get_by_role_and_label(text(), "Remark")
        .type_text(&"x".repeat(2_001));
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(events(&h), before, "nothing stored");
    let notices = h.state().notices();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("“Remark” has 2,001 characters; at most 2,000")),
        "{notices:?}"
    );
    let plan = plan(&h);
    let id = plan.field_named("Remark").unwrap().id;
    assert!(!plan.guest(b.anna).unwrap().custom.contains_key(&id));
}
