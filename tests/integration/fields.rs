//! Custom guest fields from the command line: defined, set, renamed (values kept), removed and
//! brought back by undo; `show --json` carries them; values that do not fit are refused.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use serde_json::{Value, json};

fn cli(args: &[&str]) -> std::process::Output {
    seatplan_en(args)
}

use crate::common::{fails_en as fails, ok_en as ok};

fn show(p: &str) -> Value {
    serde_json::from_str(&ok(&["show", p, "--json"])).unwrap()
}

fn values(plan: &Value) -> Vec<Value> {
    plan["guests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["fields"].clone())
        .collect()
}

#[test]
fn a_field_is_defined_set_renamed_removed_and_restored_by_undo() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok(&["new", p]);
    let guests = dir.path().join("g.csv");
    std::fs::write(
        &guests,
        "Vorname;Nachname;E-Mail\nAnna;Müller;anna@x.de\nBen;Weber;ben@x.de\n",
    )
    .unwrap();
    ok(&["import-guests", p, guests.to_str().unwrap()]);
    ok(&["field", p, "add", "Shuttle", "--kind", "yes-no"]);
    ok(&[
        "field",
        p,
        "add",
        "T-Shirt",
        "--kind",
        "choice",
        "--options",
        "S,M,L",
    ]);
    ok(&["field", p, "add", "Age", "--kind", "number"]);
    ok(&["field", p, "add", "Arrival", "--kind", "text"]);
    ok(&["set", p, "anna@x.de", "Shuttle", "ja"]);
    ok(&["set", p, "Ben Weber", "t-shirt", "m"]);
    ok(&["set", p, "BEN@X.DE", "Age", "41,5"]);
    ok(&["set", p, "ben@x.de", "Arrival", "kommt später"]);
    let plan = show(p);
    assert_eq!(
        plan["fields"],
        json!([
            {"name": "Shuttle", "kind": "yes-no", "options": []},
            {"name": "T-Shirt", "kind": "choice", "options": ["S", "M", "L"]},
            {"name": "Age", "kind": "number", "options": []},
            {"name": "Arrival", "kind": "text", "options": []},
        ])
    );
    assert_eq!(
        values(&plan),
        [
            json!({"Shuttle": true, "T-Shirt": null, "Age": null, "Arrival": null}),
            json!({"Shuttle": null, "T-Shirt": "M", "Age": 41.5, "Arrival": "kommt später"}),
        ]
    );
    // Values that do not fit are refused with the field's kind, and nothing is written.
    let before = std::fs::read(&path).unwrap();
    assert!(fails(&["set", p, "ben@x.de", "T-Shirt", "XXL"]).contains("(choice: S, M, L)"));
    assert!(fails(&["set", p, "ben@x.de", "Shuttle", "vielleicht"]).contains("(yes/no)"));
    assert!(fails(&["set", p, "ben@x.de", "Age", "alt"]).contains("“alt” does not fit"));
    assert!(fails(&["set", p, "nobody@x.de", "Age", "3"]).contains("nobody@x.de"));
    assert!(fails(&["field", p, "add", "shuttle", "--kind", "text"]).contains("already a field"));
    assert!(fails(&["field", p, "add", "Size", "--kind", "choice"]).contains("--options"));
    // No export can carry a 40,000-character value: refused, saying the limit.
    let long = "x".repeat(40_000);
    let said = fails(&["set", p, "ben@x.de", "Arrival", &long]);
    assert!(
        said.contains("“Arrival” has 40,000 characters; at most 2,000"),
        "{said}"
    );
    // A custom field never takes a built-in column's name, in any of its spellings.
    for name in ["E-Mail", "email", "VIP", "Tisch", "First name", "Allergien"] {
        let said = fails(&["field", p, "add", name, "--kind", "text"]);
        assert!(
            said.contains("is the name of the built-in column"),
            "{said}"
        );
    }
    let said = fails(&["field", p, "rename", "Age", "Vorname"]);
    assert!(
        said.contains("built-in column First name") && said.contains("“Vorname (custom)”"),
        "{said}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // An empty value clears.
    ok(&["set", p, "ben@x.de", "Arrival", ""]);
    assert_eq!(values(&show(p))[1]["Arrival"], Value::Null);
    // Renamed: the values stay.
    ok(&["field", p, "rename", "Shuttle", "Bus"]);
    assert_eq!(values(&show(p))[0]["Bus"], true);
    // Removed, then brought back by undo with its values.
    let said = ok(&["field", p, "remove", "Bus"]);
    let batch: String = said
        .trim_start_matches("Batch ")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(values(&show(p))[0].get("Bus").is_none());
    ok(&["undo", p, &batch, "--yes"]);
    assert_eq!(values(&show(p))[0]["Bus"], true);
    let history = ok(&["history", p]);
    assert!(
        history.contains("Field “Shuttle” renamed to “Bus”"),
        "{history}"
    );
    assert!(
        history.contains("“T-Shirt” of Ben Weber set to “M”"),
        "{history}"
    );
}

#[test]
fn custom_fields_reach_the_workbook_the_csv_and_the_emails() {
    use seatplan::domain::{Command, FieldKind, FieldValue};
    use seatplan::history::Document;
    use seatplan::io::sheet::read_sheet;
    let (dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let base = base_plan(&mut doc);
    for (name, kind) in [
        ("Shuttle", FieldKind::YesNo),
        ("T-Shirt", FieldKind::Text),
        ("Kinder", FieldKind::Number),
    ] {
        crate::common::run(
            &mut doc,
            Command::DefineField {
                name: name.into(),
                kind,
                options: vec![],
            },
        );
    }
    let shuttle = doc.plan().field_named("Shuttle").unwrap().id;
    let shirt = doc.plan().field_named("T-Shirt").unwrap().id;
    let kids = doc.plan().field_named("Kinder").unwrap().id;
    for (guest, field, value) in [
        (base.anna, shuttle, FieldValue::Bool(true)),
        (base.anna, shirt, FieldValue::Text("XL".into())),
        (base.anna, kids, FieldValue::Number(2.0)),
        (base.jurgen, kids, FieldValue::Number(1.5)),
    ] {
        crate::common::run(
            &mut doc,
            Command::SetGuestField {
                guest,
                field,
                value: Some(value),
            },
        );
    }
    let mut template = doc.plan().email_template();
    template.body = "Hallo {first_name}, Shuttle: {Shuttle}, Größe {T-Shirt}".into();
    crate::common::run(&mut doc, Command::SetEmailTemplate(template));
    drop(doc);
    let p = path.to_str().unwrap();
    let out = dir.path().join("sitzliste.xlsx");
    ok(&["export-seating", p, out.to_str().unwrap()]);
    let a_z = read_sheet(&out, Some("Guests A–Z")).unwrap();
    let header: Vec<&str> = a_z.rows[0].iter().map(|c| c.text()).collect();
    assert_eq!(header[header.len() - 3..], ["Shuttle", "T-Shirt", "Kinder"]);
    let anna = a_z.rows.iter().find(|r| r[0].text() == "Müller").unwrap();
    let anna: Vec<&str> = anna.iter().map(|c| c.text()).collect();
    assert_eq!(anna[anna.len() - 3..], ["yes", "XL", "2"]);
    let by_table = read_sheet(&out, Some("By table")).unwrap();
    assert!(by_table.rows[0].iter().any(|c| c.text() == "Shuttle"));
    // The summary sheet: each value counted, in all and per room.
    let summary = read_sheet(&out, Some("Fields")).unwrap();
    let rows: Vec<Vec<&str>> = summary
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.text()).collect())
        .collect();
    assert_eq!(rows[0][..3], ["Field", "Value", "Guests"]);
    assert_eq!(rows[0][3..], ["Großer Saal", "Wintergarten"]);
    assert_eq!(rows[1], ["Shuttle", "yes", "1", "1", "0"]);
    // A text field counts who filled it in; a number field adds up.
    assert_eq!(rows[2], ["T-Shirt", "filled in", "1", "1", "0"]);
    assert_eq!(rows[3], ["Kinder", "total 3.5", "2", "2", "0"]);
    // Numbers are numbers in the sheets (a spreadsheet can add them up).
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(&out).unwrap();
    let range = book.worksheet_range("Guests A–Z").unwrap();
    let anna_row = range.rows().find(|r| r[0] == "Müller").unwrap();
    assert_eq!(anna_row.last(), Some(&calamine::Data::Float(2.0)));
    let csv = std::fs::read_to_string(dir.path().join("sitzliste-a-z.csv")).unwrap();
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",Shuttle,T-Shirt,Kinder"),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("Müller,") && l.ends_with(",yes,XL,2")),
        "{csv}"
    );
    // The seating list by table shows the chosen fields beside each guest.
    let pdf = dir.path().join("liste.pdf");
    let said = fails(&[
        "print",
        p,
        "by-table",
        pdf.to_str().unwrap(),
        "--fields",
        "Bus",
    ]);
    assert!(said.contains("there is no field “Bus”"), "{said}");
    ok(&[
        "print",
        p,
        "by-table",
        pdf.to_str().unwrap(),
        "--fields",
        "Shuttle,T-Shirt",
    ]);
    if std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok()
    {
        let text = std::process::Command::new("pdftotext")
            .args([pdf.to_str().unwrap(), "-"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("Shuttle · T-Shirt: XL"), "{text}");
        let plain = dir.path().join("plain.pdf");
        ok(&["print", p, "by-table", plain.to_str().unwrap()]);
        let text = std::process::Command::new("pdftotext")
            .args([plain.to_str().unwrap(), "-"])
            .output()
            .unwrap();
        assert!(!String::from_utf8_lossy(&text.stdout).contains("T-Shirt: XL"));
        // The A–Z list shows them beside the name too.
        let a_z = dir.path().join("a-z.pdf");
        let a_z = a_z.to_str().unwrap();
        ok(&["print", p, "a-z", a_z, "--fields", "T-Shirt"]);
        let text = std::process::Command::new("pdftotext")
            .args(["-layout", a_z, "-"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        let line = text.lines().find(|l| l.contains("Müller, Anna")).unwrap();
        assert!(line.contains("T-Shirt: XL"), "{text}");
    }
    let mails = dir.path().join("mails");
    ok(&["export-emails", p, mails.to_str().unwrap()]);
    let eml = std::fs::read_dir(&mails)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("Anna"))
        .unwrap();
    let text = std::fs::read_to_string(eml).unwrap();
    assert!(
        text.contains("Shuttle: yes, Gr=C3=B6=C3=9Fe XL")
            || text.contains("Shuttle: yes, Größe XL"),
        "{text}"
    );
    // The mail-merge list carries them as columns too.
    let merge = std::fs::read_to_string(mails.join("mail-merge.csv")).unwrap();
    let mut lines = merge.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(",body,Shuttle,T-Shirt,Kinder"),
        "{merge}"
    );
    assert!(merge.contains(",yes,XL,2"), "{merge}");
    // Fields on a printout that shows no guests are refused, not ignored.
    let plan_pdf = dir.path().join("plan.pdf");
    let said = fails(&[
        "print",
        p,
        "floor-plan",
        plan_pdf.to_str().unwrap(),
        "--fields",
        "Shuttle",
    ]);
    assert!(said.contains("--fields is for the seating lists"), "{said}");
    assert!(!plan_pdf.exists());
}

/// The custom columns of a guest sheet written by another program become fields.
fn import_custom(fixture_name: &str) -> (tempfile::TempDir, String, String) {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap().to_owned();
    ok(&["new", &p]);
    let sheet = fixture(fixture_name);
    let preview = ok(&["import-guests", &p, sheet.to_str().unwrap(), "--dry-run"]);
    (dir, p, preview)
}

#[test]
fn a_sheet_from_openpyxl_brings_new_fields_with_new_fields() {
    let (_dir, p, preview) = import_custom("guests-custom-openpyxl.xlsx");
    assert!(
        preview.contains("the column “Shuttle” could become a new field (yes/no)"),
        "{preview}"
    );
    assert!(
        preview.contains("“T-shirt” could become a new field (choice)"),
        "{preview}"
    );
    assert!(
        preview.contains("“Age” could become a new field (number)"),
        "{preview}"
    );
    assert!(
        preview.contains("“Arrives” could become a new field (text)"),
        "{preview}"
    );
    // Without --new-fields the columns are left out; with it, they are fields with values.
    let sheet = fixture("guests-custom-openpyxl.xlsx");
    let said = ok(&["import-guests", &p, sheet.to_str().unwrap(), "--new-fields"]);
    assert!(said.contains("4 fields added"), "{said}");
    let plan = show(&p);
    assert_eq!(
        plan["fields"],
        json!([
            {"name": "Shuttle", "kind": "yes-no", "options": []},
            {"name": "T-shirt", "kind": "choice", "options": ["M", "L"]},
            {"name": "Age", "kind": "number", "options": []},
            {"name": "Arrives", "kind": "text", "options": []},
        ])
    );
    assert_eq!(
        values(&plan)[1],
        json!({"Shuttle": false, "T-shirt": "L", "Age": 39.5, "Arrives": null})
    );
    assert_eq!(values(&plan)[2]["Shuttle"], true, "“Yes” in any case");
    // A second import maps onto the fields by name: nothing changes.
    let again = ok(&["import-guests", &p, sheet.to_str().unwrap()]);
    assert!(again.contains("0 new · 0 changed · 4 unchanged"), "{again}");
}

#[test]
fn a_sheet_from_libreoffice_with_german_words_brings_new_fields() {
    let (_dir, p, _) = import_custom("guests-custom-libreoffice.xlsx");
    let sheet = fixture("guests-custom-libreoffice.xlsx");
    ok(&["import-guests", &p, sheet.to_str().unwrap(), "--new-fields"]);
    let plan = show(&p);
    let kinds: Vec<(&str, &str)> = plan["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["name"].as_str().unwrap(), f["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Rollstuhl", "yes-no"),
            ("Menü", "choice"),
            ("Alter", "number")
        ]
    );
    let by_name = |last: &str| {
        plan["guests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["last_name"] == last)
            .unwrap()["fields"]
            .clone()
    };
    assert_eq!(
        by_name("Groß"),
        json!({"Rollstuhl": true, "Menü": "Fisch", "Alter": 52.5})
    );
    assert_eq!(by_name("Berg")["Rollstuhl"], true, "x means yes");
    assert_eq!(by_name("Lefèvre")["Rollstuhl"], false);
    assert_eq!(by_name("Kaya")["Rollstuhl"], Value::Null);
    // A value that does not fit an existing field: an error with its row, nothing imported.
    let (dir, _) = temp_plan();
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "Vorname;Nachname;E-Mail;Rollstuhl\nNeu;Gast;neu@example.de;vielleicht\n",
    )
    .unwrap();
    let before = std::fs::read(&p).unwrap();
    let said = fails(&["import-guests", &p, bad.to_str().unwrap()]);
    assert!(
        said.contains("error (row 2): “vielleicht” does not fit the field “Rollstuhl” (yes/no)"),
        "{said}"
    );
    assert_eq!(std::fs::read(&p).unwrap(), before);
}

#[test]
fn options_are_added_and_renamed_on_the_command_line_and_guests_keep_theirs() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok(&["new", p]);
    let guests = dir.path().join("g.csv");
    std::fs::write(&guests, "Vorname;Nachname;E-Mail\nAnna;Müller;anna@x.de\n").unwrap();
    ok(&["import-guests", p, guests.to_str().unwrap()]);
    ok(&[
        "field",
        p,
        "add",
        "T-Shirt",
        "--kind",
        "choice",
        "--options",
        "S,XL",
    ]);
    ok(&["field", p, "add", "Shuttle", "--kind", "yes-no"]);
    ok(&["set", p, "anna@x.de", "T-Shirt", "XL"]);
    let said = ok(&["field", p, "add-option", "T-Shirt", "XXL"]);
    assert!(
        said.contains("Option “XXL” added to field “T-Shirt”"),
        "{said}"
    );
    ok(&["field", p, "rename-option", "T-Shirt", "xl", "X-Large"]);
    let plan = show(p);
    assert_eq!(
        plan["fields"][0],
        json!({"name": "T-Shirt", "kind": "choice", "options": ["S", "X-Large", "XXL"]})
    );
    assert_eq!(values(&plan)[0]["T-Shirt"], json!("X-Large"));
    // Refused, nothing stored: an option of a yes/no field, an option that is not there, one
    // taken.
    // An option removed takes its values with it; an undo brings both back.
    ok(&["field", p, "add-option", "T-Shirt", "XS"]);
    ok(&["set", p, "anna@x.de", "T-Shirt", "XS"]);
    let said = ok(&["field", p, "remove-option", "T-Shirt", "xs"]);
    assert!(
        said.contains("Option “XS” of field “T-Shirt” removed"),
        "{said}"
    );
    let plan = show(p);
    assert_eq!(plan["fields"][0]["options"], json!(["S", "X-Large", "XXL"]));
    assert_eq!(values(&plan)[0]["T-Shirt"], Value::Null);
    let batch = said
        .trim()
        .strip_prefix("Batch ")
        .and_then(|s| s.split(':').next())
        .unwrap()
        .to_owned();
    ok(&["undo", p, &batch, "--yes"]);
    assert_eq!(values(&show(p))[0]["T-Shirt"], json!("XS"));
    ok(&["set", p, "anna@x.de", "T-Shirt", "X-Large"]);
    // Negative numbers are values, not options.
    ok(&["field", p, "add", "Saldo", "--kind", "number"]);
    ok(&["set", p, "anna@x.de", "Saldo", "-1,5"]);
    assert_eq!(values(&show(p))[0]["Saldo"], json!(-1.5));
    let before = ok(&["history", p]);
    let said = fails(&["field", p, "add-option", "Shuttle", "maybe"]);
    assert!(said.contains("“Shuttle” is no choice field"), "{said}");
    let said = fails(&["field", p, "rename-option", "Shuttle", "yes", "ja"]);
    assert!(said.contains("“Shuttle” is no choice field"), "{said}");
    let said = fails(&["field", p, "rename-option", "T-Shirt", "M", "Medium"]);
    assert!(said.contains("the field has no option “M”"), "{said}");
    let said = fails(&["field", p, "add-option", "T-Shirt", "s"]);
    assert!(said.contains("“s”"), "{said}");
    assert_eq!(ok(&["history", p]), before);
}

#[test]
fn renaming_a_field_renames_its_email_placeholder_in_the_same_action() {
    use seatplan::domain::model::EmailTemplate;
    use seatplan::domain::{Command, FieldKind};
    use seatplan::history::Document;
    let (dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    doc.execute(&Command::DefineField {
        name: "kinder".into(),
        kind: FieldKind::Number,
        options: vec![],
    })
    .unwrap();
    doc.execute(&Command::SetEmailTemplate(EmailTemplate {
        sender: "fest@example.de".into(),
        subject: "Tisch {table} ({kinder})".into(),
        body: "Kinder: {kinder}. {kinderwagen} bleibt.".into(),
    }))
    .unwrap();
    let field = doc.plan().field_named("kinder").unwrap().id;
    let batch = doc
        .execute(&Command::RenameField {
            field,
            name: "Kinder".into(),
        })
        .unwrap()
        .unwrap();
    let template = doc.plan().email_template();
    assert_eq!(template.subject, "Tisch {table} ({Kinder})");
    assert_eq!(template.body, "Kinder: {Kinder}. {kinderwagen} bleibt.");
    // One action: its undo brings back both the name and the template.
    doc.undo(batch).unwrap();
    assert_eq!(
        doc.plan().email_template().body,
        "Kinder: {kinder}. {kinderwagen} bleibt."
    );
    assert!(doc.plan().field_named("kinder").is_some());
    drop(doc);
    // A placeholder that is no field is reported by the export.
    let mails = dir.path().join("mails");
    let out = cli(&[
        "export-emails",
        path.to_str().unwrap(),
        mails.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("{kinderwagen}"), "{said}");
    assert!(!said.contains("{kinder},"), "{said}");
}
