//! Importing a guest list again (issue 22): an empty cell is no value — it keeps what a guest
//! has, in every column, unless the user chooses that empty cells clear (then each value that
//! goes is listed); letters lost to an encoding are warned with row and column; the preview and
//! the real import run one validation; values no export can carry are refused at entry.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use seatplan::history::Document;
use serde_json::Value;
use std::path::Path;

fn show(p: &str) -> Value {
    serde_json::from_str(&ok_en(&["show", p, "--json"])).unwrap()
}

/// The guest of `show --json` with this email.
fn guest<'a>(plan: &'a Value, email: &str) -> &'a Value {
    plan["guests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["email"] == email)
        .unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

const FIRST: &str = "Vorname;Nachname;E-Mail;Abteilung;Allergien;VIP;Notiz;T-Shirt;Tisch\n\
Anna;Müller;anna@x.de;Vertrieb;vegan;ja;kommt später;M;IT\n\
Ben;Weber;ben@x.de;Finanzen;Laktose;nein;;L;IT\n";

/// The same list again, as a colleague's export might come back: Anna's optional cells empty,
/// Ben's dietary note changed.
const AGAIN: &str = "Vorname;Nachname;E-Mail;Abteilung;Allergien;VIP;Notiz;T-Shirt;Tisch\n\
Anna;Müller;anna@x.de;;;;;;\n\
Ben;Weber;ben@x.de;Finanzen;Nüsse;nein;;L;IT\n";

#[test]
fn a_reimport_with_empty_cells_keeps_every_value_and_empty_clears_lists_what_it_clears() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["new", p]);
    let first = write(dir.path(), "first.csv", FIRST);
    ok_en(&["import-guests", p, &first, "--new-fields"]);
    let before = show(p);
    let anna = guest(&before, "anna@x.de").clone();
    assert_eq!(anna["dietary"], "vegan");
    assert_eq!(anna["vip"], true);
    assert_eq!(anna["fields"]["T-Shirt"], "M");

    // Again: every value of Anna's stays; Ben's new note arrives; the preview says what was
    // kept and how each column was read.
    let again = write(dir.path(), "again.csv", AGAIN);
    let said = ok_en(&["import-guests", p, &again]);
    assert!(
        said.contains("columns read as: Vorname → First name, Nachname → Last name, Abteilung → Department, Allergien → Dietary, Notiz → Notes, Tisch → Table"),
        "{said}"
    );
    assert!(
        said.contains("5 values stay where the sheet’s cell is empty (an empty cell is no value): Anna Müller: department “Vertrieb”; Anna Müller: dietary “vegan”; Anna Müller: VIP “yes”; Anna Müller: notes “kommt später”; Anna Müller: T-Shirt “M”"),
        "{said}"
    );
    assert!(said.contains("(add --empty-clears to clear values whose cell is empty)"));
    let after = show(p);
    let kept = guest(&after, "anna@x.de");
    for key in ["department", "dietary", "vip", "notes", "logical_table"] {
        assert_eq!(kept[key], anna[key], "{key}");
    }
    assert_eq!(kept["fields"]["T-Shirt"], "M");
    assert_eq!(guest(&after, "ben@x.de")["dietary"], "Nüsse");

    // With --empty-clears the preview lists every value that goes, and the import clears them
    // (never the names, never the seat).
    let said = ok_en(&["import-guests", p, &again, "--empty-clears", "--dry-run"]);
    for line in [
        "Anna Müller: department “Vertrieb” is cleared (its cell is empty)",
        "Anna Müller: dietary “vegan” is cleared (its cell is empty)",
        "Anna Müller: VIP “yes” is cleared (its cell is empty)",
        "Anna Müller: notes “kommt später” is cleared (its cell is empty)",
        "Anna Müller: T-Shirt “M” is cleared (its cell is empty)",
    ] {
        assert!(said.contains(line), "{line}\n{said}");
    }
    assert!(said.contains("5 values cleared"), "{said}");
    assert_eq!(show(p), after, "a dry run changes nothing");
    ok_en(&["import-guests", p, &again, "--empty-clears"]);
    let cleared = show(p);
    let anna = guest(&cleared, "anna@x.de");
    assert_eq!(anna["dietary"], "");
    assert_eq!(anna["department"], "");
    assert_eq!(anna["vip"], false);
    assert_eq!(anna["fields"]["T-Shirt"], Value::Null);
    assert_eq!(anna["first_name"], "Anna");
    assert_eq!(
        anna["logical_table"], "IT",
        "an empty table cell never unseats"
    );
    // One undo brings every cleared value back.
    let history = ok_en(&["history", p, "--json"]);
    let last: Value = serde_json::from_str::<Value>(&history)
        .unwrap()
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    ok_en(&["undo", p, &last["batch"].to_string(), "--yes"]);
    assert_eq!(show(p)["guests"], after["guests"]);
}

#[test]
fn letters_lost_to_an_encoding_are_warned_with_row_and_column() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["new", p]);
    let sheet = write(
        dir.path(),
        "lost.csv",
        "Vorname;Nachname;Abteilung;Ernährung\n\
         ?ukasz;Nowak;IT;\n\
         Fran\u{fffd}ois;Dubois;Vertrieb;\n\
         Anna;Gro?;Finanzen;Vegan?\n\
         Was?;Klar;IT;ohne Nüsse\n",
    );
    let said = ok_en(&["import-guests", p, &sheet, "--dry-run"]);
    assert!(
        said.contains("warning (row 2): column “Vorname”: “?ukasz” has letters lost"),
        "{said}"
    );
    assert!(
        said.contains("warning (row 3): column “Vorname”: “Fran?ois” has letters lost")
            || said
                .contains("warning (row 3): column “Vorname”: “Fran\u{fffd}ois” has letters lost"),
        "{said}"
    );
    assert!(
        said.contains("warning (row 4): column “Nachname”: “Gro?” has letters lost"),
        "{said}"
    );
    // A question mark that ends a note is a question, not a lost letter.
    assert!(!said.contains("“Vegan?”"), "{said}");
    assert_eq!(said.matches("has letters lost").count(), 4, "{said}");
}

#[test]
fn the_preview_and_the_import_agree_on_a_header_with_a_line_break_or_control_character() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["new", p]);
    let xlsx = dir.path().join("headers.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, header) in ["Vorname", "Nachname", "T-Shirt\nGröße", "Bus\u{7}"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *header).unwrap();
    }
    for (c, value) in ["Anna", "Müller", "M", "ja"].iter().enumerate() {
        sheet.write_string(1, c as u16, *value).unwrap();
    }
    book.save(&xlsx).unwrap();
    let x = xlsx.to_str().unwrap();
    let preview = seatplan_en(&["import-guests", p, x, "--new-fields", "--dry-run"]);
    let real = seatplan_en(&["import-guests", p, x, "--new-fields"]);
    assert_eq!(
        preview.status.success(),
        real.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&preview.stderr),
        String::from_utf8_lossy(&real.stderr)
    );
    assert!(real.status.success());
    let said = String::from_utf8(preview.stdout).unwrap();
    assert!(said.contains("new field “T-Shirt Größe”"), "{said}");
    let plan = show(p);
    let names: Vec<&str> = plan["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["T-Shirt Größe", "Bus"]);
}

#[test]
fn the_preview_runs_the_real_imports_validation() {
    // A field named like a built-in column in the plan already (from an older seatplan) is
    // found by the header; a value too long for it is refused by the preview, naming the row.
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["new", p]);
    ok_en(&["field", p, "add", "Anmerkung", "--kind", "text"]);
    let long = "x".repeat(40_000);
    let sheet = write(
        dir.path(),
        "long.csv",
        &format!("Vorname;Nachname;Anmerkung\nAnna;Müller;kurz\nBen;Weber;{long}\n"),
    );
    let said = fails_en(&["import-guests", p, &sheet, "--dry-run"]);
    assert!(
        said.contains(
            "error (row 3): the Anmerkung cell is 40,000 characters long (at most 2,000)"
        ),
        "{said}"
    );
    let said = fails_en(&["import-guests", p, &sheet]);
    assert!(said.contains("(row 3)"), "{said}");
    assert_eq!(show(p)["guests"].as_array().unwrap().len(), 0);
}

#[test]
fn an_export_that_cannot_carry_a_value_names_the_guest_and_the_field() {
    // A plan from before values were limited holds a 40,000-character value.
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["new", p]);
    ok_en(&["field", p, "add", "Anmerkung", "--kind", "text"]);
    let sheet = write(dir.path(), "g.csv", "Vorname;Nachname\nAnna;Müller\n");
    ok_en(&["import-guests", p, &sheet]);
    let doc = Document::open(&path).unwrap();
    let anna = doc.plan().guests().next().unwrap().id.0;
    let field = doc.plan().fields()[0].id.0;
    drop(doc);
    let payload = format!(
        r#"{{"guest":{anna},"field":{field},"value":"{}"}}"#,
        "x".repeat(40_000)
    );
    let (mut store, _) = seatplan::store::EventStore::open(&path).unwrap();
    store
        .append_raw(
            &seatplan::store::BatchMeta {
                kind: seatplan::store::BatchKind::Command,
                at: "2026-11-30T10:00:00Z".into(),
                by: "old seatplan".into(),
                description: "Set a value".into(),
            },
            &[("GuestFieldSet", 1, payload.as_str())],
        )
        .unwrap();
    drop(store);
    let out = dir.path().join("seating.xlsx");
    let said = fails_en(&["export-seating", p, out.to_str().unwrap()]);
    assert!(
        said.contains("Anna Müller: the value of “Anmerkung” has 40,000 characters"),
        "{said}"
    );
    assert!(!out.exists());
}

#[test]
fn seatplans_own_export_read_back_with_new_fields_leaves_its_own_columns_out() {
    // The A–Z list of the seating workbook has Room and Physical table columns: read back with
    // --new-fields, they are left out (they are no field) — the preview and the import agree.
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok_en(&["new", p]);
    let sheet = write(
        dir.path(),
        "a-z.csv",
        "Nachname;Vorname;Abteilung;Raum;Physischer Tisch;Bus\nMüller;Anna;IT;Saal;12;ja\n",
    );
    let preview = seatplan_en(&["import-guests", p, &sheet, "--new-fields", "--dry-run"]);
    let real = seatplan_en(&["import-guests", p, &sheet, "--new-fields"]);
    assert!(preview.status.success() && real.status.success());
    let said = String::from_utf8(preview.stdout).unwrap();
    assert!(said.contains("columns ignored: Raum (a column seatplan’s exports write), Physischer Tisch (a column seatplan’s exports write)"), "{said}");
    let plan = show(p);
    assert_eq!(plan["fields"].as_array().unwrap().len(), 1, "only Bus");
}

#[test]
fn a_preview_checked_against_a_plan_that_changed_since_refuses_what_importing_would() {
    use seatplan::io::ImportOptions;
    use seatplan::io::guests::preview_guest_import;
    let (dir, path) = temp_plan();
    let sheet = write(
        dir.path(),
        "g.csv",
        "Vorname;Nachname;E-Mail\nAnna;Müller;anna@x.de\n",
    );
    let mut doc = Document::create(&path).unwrap();
    let mut preview =
        preview_guest_import(doc.plan(), Path::new(&sheet), &ImportOptions::default()).unwrap();
    assert!(preview.command.is_some());
    // Meanwhile someone adds another guest with that address.
    run(
        &mut doc,
        seatplan::domain::Command::AddGuest(crate::common::guest(
            "Anna",
            "Schmidt",
            Some("ANNA@x.de"),
        )),
    );
    preview.check_against(doc.plan());
    assert!(preview.command.is_none());
    assert_eq!(preview.errors(), 1);
    let line = preview.lines.last().unwrap().to_string();
    assert!(
        line.starts_with("error: the import cannot be applied:"),
        "{line}"
    );
    // …and applying it would have met the same rule.
    let again = preview_guest_import(
        &seatplan::domain::Plan::new(),
        Path::new(&sheet),
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(doc.execute(&again.command.unwrap()).is_err());
}
