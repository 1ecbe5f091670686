//! Excel in and out: guest and draw imports from files other writers made (openpyxl, LibreOffice:
//! title rows, German headers, 12.0 numbers, text numbers, merged cells, hidden sheets, .xls/.ods,
//! CSV), the seed incident (a draw import must never touch VIP tables, and can be undone later
//! while later work stays), error rules, and exports read back.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use seatplan::domain::{Command, Plan, TableMove};
use seatplan::history::Document;
use seatplan::io::draw::preview_draw_import;
use seatplan::io::guests::preview_guest_import;
use seatplan::io::sheet::read_sheet;
use seatplan::io::{ImportOptions, ImportPreview, LineKind};
use std::path::{Path, PathBuf};
use std::process::Command as Process;

fn sheet_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sheets")
        .join(name)
}

fn shared_file(name: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(name);
    path.exists().then_some(path)
}

fn apply(doc: &mut Document, preview: &ImportPreview) -> u64 {
    let command = preview
        .command
        .clone()
        .expect("the import has changes and no errors");
    doc.execute(&command).unwrap().expect("a batch")
}

fn errors(preview: &ImportPreview) -> Vec<(Option<usize>, String)> {
    preview
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Error)
        .map(|l| (l.row, l.text.clone()))
        .collect()
}

#[test]
fn the_messy_guest_list_reads_the_same_from_xlsx_xls_and_ods() {
    for name in ["guests-messy.xlsx", "guests-messy.xls", "guests-messy.ods"] {
        let (_dir, path) = temp_plan();
        let mut doc = Document::create(&path).unwrap();
        let preview =
            preview_guest_import(doc.plan(), &sheet_file(name), &ImportOptions::default()).unwrap();
        assert_eq!(
            preview.sheet, "Gäste 2026",
            "{name}: the hidden first sheet is skipped"
        );
        assert_eq!(preview.header_row, 3, "{name}: title rows above the header");
        assert_eq!(errors(&preview), vec![], "{name}");
        assert!(
            preview
                .lines
                .iter()
                .any(|l| l.kind == LineKind::Warning && l.text.contains("Parkplatz"))
        );
        assert_eq!(preview.additions, 6, "{name}");
        apply(&mut doc, &preview);
        let plan = doc.plan();
        let jurgen = plan.guest_with_email("juergen.gross@example.de").unwrap();
        assert_eq!(jurgen.fields.first_name, "Jürgen", "{name}: trimmed");
        assert_eq!(
            jurgen.fields.department, "Vertrieb",
            "{name}: the formula's cached value"
        );
        assert!(jurgen.fields.vip);
        let table = plan.logical_table(jurgen.logical.unwrap()).unwrap();
        assert_eq!(table.name, "12", "{name}: 12.0 reads as 12");
        let zoe = plan.guest_with_email("zoe@example.de").unwrap();
        assert_eq!(zoe.fields.last_name, "Lefèvre");
        assert_eq!(zoe.fields.notes, "kommt später");
        let lukasz = plan
            .guests()
            .find(|g| g.fields.last_name == "Nowak")
            .unwrap();
        assert_eq!(lukasz.fields.email, None);
        assert!(lukasz.fields.vip, "{name}: x means yes");
        assert_eq!(
            plan.logical_table(lukasz.logical.unwrap()).unwrap().name,
            "7",
            "{name}: text numbers"
        );
        let ines = plan.guest_with_email("ines@example.de").unwrap();
        assert_eq!(
            ines.fields.department, "Einkauf",
            "{name}: merged cells read as people see them"
        );
        assert!(!ines.fields.vip);
        assert!(plan.guests().all(|g| g.fields.first_name != "Nicht"));
    }
}

#[test]
fn the_shared_samples_import_cleanly() {
    let Some(english) = shared_file("guests-sample.xlsx") else {
        eprintln!("../shared/data not present; skipped");
        return;
    };
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let preview = preview_guest_import(doc.plan(), &english, &ImportOptions::default()).unwrap();
    assert_eq!(
        (
            preview.header_row,
            preview.additions,
            errors(&preview).len()
        ),
        (3, 40, 0)
    );
    apply(&mut doc, &preview);
    let vips = doc.plan().guests().filter(|g| g.fields.vip).count();
    assert!(vips > 0, "VIP marked with x");
    let german = shared_file("gaeste-beispiel.xlsx").unwrap();
    let preview = preview_guest_import(doc.plan(), &german, &ImportOptions::default()).unwrap();
    assert_eq!(errors(&preview), vec![]);
    assert_eq!(preview.additions + preview.changes + preview.unchanged, 30);
}

#[test]
fn csv_with_semicolons_and_a_name_column() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let preview = preview_guest_import(
        doc.plan(),
        &sheet_file("guests-semicolon.csv"),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(errors(&preview), vec![]);
    apply(&mut doc, &preview);
    let plan = doc.plan();
    let anna = plan.guest_with_email("anna@example.de").unwrap();
    assert_eq!(
        (
            anna.fields.first_name.as_str(),
            anna.fields.last_name.as_str()
        ),
        ("Anna", "Müller")
    );
    let jurgen = plan.guest_with_email("juergen@example.de").unwrap();
    assert_eq!(
        (
            jurgen.fields.first_name.as_str(),
            jurgen.fields.last_name.as_str()
        ),
        ("Jürgen", "Groß")
    );
    assert!(jurgen.fields.vip);
    assert!(
        plan.guests()
            .any(|g| g.fields.first_name == "Zoë" && g.fields.last_name == "Lefèvre")
    );
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let file = sheet_file("guests-messy.xlsx");
    let first = preview_guest_import(doc.plan(), &file, &ImportOptions::default()).unwrap();
    apply(&mut doc, &first);
    let events = doc.event_count();
    let second = preview_guest_import(doc.plan(), &file, &ImportOptions::default()).unwrap();
    assert!(second.command.is_none());
    assert_eq!(
        (second.additions, second.changes, second.unchanged),
        (0, 0, 6)
    );
    assert!(second.summary().contains("no changes"));
    assert_eq!(doc.event_count(), events);
}

#[test]
fn matched_guests_change_only_what_differs_and_an_import_is_one_undo() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    // Anna is matched by email (ANNA@… in another case), Jürgen by name.
    let before = doc.plan().clone();
    let preview = preview_guest_import(
        doc.plan(),
        &sheet_file("guests-semicolon.csv"),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(errors(&preview), vec![]);
    assert_eq!(
        (preview.additions, preview.changes),
        (0, 3),
        "{:#?}",
        preview.lines
    );
    let batch = apply(&mut doc, &preview);
    let plan = doc.plan();
    assert_eq!(plan.guest(b.anna).unwrap().fields.department, "Technik");
    assert_eq!(
        plan.logical_named("IT").unwrap().id,
        plan.guest(b.anna).unwrap().logical.unwrap()
    );
    assert_eq!(plan.guest(b.jurgen).unwrap().logical, Some(b.vip));
    assert_eq!(plan.guest_count(), 3, "nobody added twice");
    assert!(
        doc.timeline()
            .last()
            .unwrap()
            .description
            .starts_with("Imported guests from guests-semicolon.csv")
    );
    doc.undo(batch).unwrap();
    assert_eq!(*doc.plan(), before);
}

#[test]
fn every_guest_error_is_listed_with_its_row_and_nothing_is_applied() {
    let (_dir, path) = temp_plan();
    let doc = Document::create(&path).unwrap();
    let preview = preview_guest_import(
        doc.plan(),
        &sheet_file("guests-errors.xlsx"),
        &ImportOptions::default(),
    )
    .unwrap();
    let errors = errors(&preview);
    let rows: Vec<Option<usize>> = errors.iter().map(|(r, _)| *r).collect();
    assert_eq!(
        rows,
        vec![Some(3), Some(5), Some(6), Some(7)],
        "{errors:#?}"
    );
    assert!(errors[0].1.contains("no name"));
    assert!(errors[1].1.contains("also in row 4"));
    assert!(errors[2].1.contains("vielleicht"));
    assert!(errors[3].1.contains("#DIV/0!"));
    assert!(preview.command.is_none());
}

/// The base plan plus the tables the draw fixtures name: 7 and 8 in the hall; VIP 2 placed on 1.
fn draw_plan(doc: &mut Document) -> Base {
    let b = base_plan(doc);
    run(doc, round_table(b.hall, "7", 11.0, 3.0));
    run(doc, round_table(b.hall, "8", 15.0, 3.0));
    run(
        doc,
        Command::CreateLogicalTable {
            name: "VIP 2".into(),
            vip: true,
        },
    );
    run(
        doc,
        Command::CreateLogicalTable {
            name: "Marketing".into(),
            vip: false,
        },
    );
    let plan = doc.plan();
    let (vip2, marketing, t8) = (
        plan.logical_named("VIP 2").unwrap().id,
        plan.logical_named("Marketing").unwrap().id,
        plan.table_numbered("8").unwrap().id,
    );
    // VIP tables are placed by hand: VIP 1 on table 2 (base plan), VIP 2 on table 1.
    run(
        doc,
        Command::AssignTable {
            logical: vip2,
            table: Some(b.t1),
        },
    );
    run(
        doc,
        Command::AssignTable {
            logical: marketing,
            table: Some(t8),
        },
    );
    b
}

#[test]
fn the_seed_incident_vip_tables_survive_the_draw_and_the_import_can_be_undone_later() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    let b = draw_plan(&mut doc);
    let vip_before: Vec<_> = doc
        .plan()
        .logical_tables()
        .filter(|l| l.vip)
        .map(|l| (l.id, l.physical))
        .collect();
    assert_eq!(vip_before.len(), 2);
    let before_import = doc.plan().clone();

    let preview = preview_draw_import(
        doc.plan(),
        &sheet_file("draw-messy.xlsx"),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(errors(&preview), vec![]);
    let kept: Vec<usize> = preview
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Skipped)
        .filter_map(|l| l.row)
        .collect();
    assert_eq!(
        kept,
        vec![3, 4, 8],
        "both VIP rows and the empty row are kept: {:#?}",
        preview.lines
    );
    assert!(preview.lines.iter().any(|l| l.row == Some(7)
        && l.kind == LineKind::Warning
        && l.text.contains("Wintergarten")));
    assert!(
        preview
            .lines
            .iter()
            .any(|l| l.text.contains("“Marketing” loses table 8"))
    );
    assert!(
        preview
            .lines
            .iter()
            .any(|l| l.kind == LineKind::Added && l.text.contains("Neu im Plan"))
    );
    let import = apply(&mut doc, &preview);
    let after_import = doc.plan().clone();
    let vip_after: Vec<_> = after_import
        .logical_tables()
        .filter(|l| l.vip)
        .map(|l| (l.id, l.physical))
        .collect();
    assert_eq!(vip_after, vip_before, "VIP assignments intact");
    assert_eq!(
        after_import.logical_table(b.sales).unwrap().physical,
        after_import.table_numbered("7").map(|t| t.id)
    );
    assert_eq!(
        after_import.logical_table(b.it).unwrap().physical,
        Some(b.t3)
    );
    assert_eq!(
        after_import.logical_named("Neu im Plan").unwrap().physical,
        after_import.table_numbered("8").map(|t| t.id)
    );
    assert_eq!(
        after_import.logical_named("Marketing").unwrap().physical,
        None
    );

    // Later, unrelated work.
    run(
        &mut doc,
        Command::RenameRoom {
            room: b.garden,
            name: "Orangerie".into(),
        },
    );
    run(
        &mut doc,
        Command::SeatGuests {
            guests: vec![b.zoe],
            logical: Some(b.vip),
        },
    );
    run(
        &mut doc,
        Command::MoveTables(vec![TableMove {
            table: b.t2,
            room: b.hall,
            x_m: 7.0,
            y_m: 9.0,
        }]),
    );
    let later = doc.plan().clone();

    // Undo the import an hour later: the plan is as before it, the later edits stay.
    let undo_preview = doc.preview_undo(import).unwrap();
    assert!(undo_preview.affected.is_empty());
    doc.commit(undo_preview).unwrap();
    assert_undone(doc.plan(), &before_import, &later);
    // Redo: as after the import, with the later edits.
    doc.redo(import).unwrap();
    assert_eq!(*doc.plan(), later);
    drop(doc);
    assert_eq!(*Document::open(&path).unwrap().plan(), later);
}

/// The undone plan is "before the import + the later edits": every assignment as before the
/// import, the imported table gone, and every later edit still there.
fn assert_undone(undone: &Plan, before_import: &Plan, later: &Plan) {
    for l in before_import.logical_tables() {
        assert_eq!(
            undone.logical_table(l.id).map(|x| x.physical),
            Some(l.physical),
            "{}",
            l.name
        );
    }
    assert!(undone.logical_named("Neu im Plan").is_none());
    assert_eq!(undone.room_count(), before_import.room_count());
    // The later edits are there.
    let garden = later.rooms().find(|r| r.name == "Orangerie").unwrap();
    assert_eq!(undone.room(garden.id).unwrap().name, "Orangerie");
    for g in later.guests() {
        assert_eq!(undone.guest(g.id).unwrap().logical, g.logical);
    }
    for t in later.tables() {
        let u = undone.table(t.id).unwrap();
        assert_eq!((u.x_m, u.y_m, u.room), (t.x_m, t.y_m, t.room));
    }
}

#[test]
fn every_draw_error_is_listed_with_its_row_and_nothing_is_applied() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    draw_plan(&mut doc);
    let preview = preview_draw_import(
        doc.plan(),
        &sheet_file("draw-errors.xlsx"),
        &ImportOptions::default(),
    )
    .unwrap();
    let errors = errors(&preview);
    let rows: Vec<Option<usize>> = errors.iter().map(|(r, _)| *r).collect();
    assert_eq!(rows, vec![Some(2), Some(4), Some(5)], "{errors:#?}");
    assert!(errors[0].1.contains("no physical table numbered “99”"));
    assert!(errors[1].1.contains("also drawn in row 3"));
    assert!(errors[2].1.contains("VIP table “VIP 1”"));
    assert!(preview.command.is_none());
}

#[test]
fn the_cli_imports_with_dry_run_and_refuses_bad_files_with_rows() {
    let (_dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    draw_plan(&mut doc);
    drop(doc);
    let p = path.to_str().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let out = seatplan_cli([
        "import-draw",
        p,
        sheet_file("draw-messy.xlsx").to_str().unwrap(),
        "--dry-run",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Dry run: nothing written."));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);

    let out = seatplan_cli([
        "import-draw",
        p,
        sheet_file("draw-errors.xlsx").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("3 problems — nothing was imported"),
        "{stderr}"
    );
    assert!(stderr.contains("(row 4)"), "{stderr}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);

    let out = seatplan_cli([
        "import-draw",
        p,
        sheet_file("draw-messy.xlsx").to_str().unwrap(),
        "--sheet",
        "Nope",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no sheet named “Nope”"));

    let out = seatplan_cli([
        "import-draw",
        p,
        sheet_file("draw-messy.xlsx").to_str().unwrap(),
        "--sheet",
        "Losung",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let history = Document::open(&path).unwrap().timeline();
    assert!(
        history
            .last()
            .unwrap()
            .description
            .starts_with("Imported table draw from draw-messy.xlsx")
    );
}

fn demo(path: &Path) -> Document {
    seatplan::demo::write_demo(path, 300, 3).unwrap()
}

#[test]
fn the_seating_workbook_reads_back_like_the_plan() {
    let (dir, path) = temp_plan();
    let doc = demo(&path);
    let out = dir.path().join("seating.xlsx");
    let csv = seatplan::io::export::export_seating(doc.plan(), &out, &Default::default()).unwrap();
    let plan = doc.plan();

    let by_table = read_sheet(&out, Some("By table")).unwrap();
    assert_eq!(
        by_table.sheet_names[..2],
        ["By table".to_owned(), "Guests A–Z".to_owned()]
    );
    for room in plan.rooms() {
        assert!(by_table.sheet_names.contains(&room.name), "{}", room.name);
    }
    assert!(by_table.sheet_names.contains(&"Unseated".to_owned()));
    assert_eq!(by_table.rows[0][0].text(), "Room");
    let seated_rows = by_table.rows[1..]
        .iter()
        .filter(|r| !r.get(6).map_or("", |c| c.text()).is_empty())
        .count();
    assert_eq!(seated_rows, plan.seated_count());
    // Tables in natural order: the numbers never go down (within the tables that have one).
    let numbers: Vec<String> = by_table.rows[1..]
        .iter()
        .map(|r| r[1].text().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    assert!(
        numbers
            .windows(2)
            .all(|w| seatplan::domain::collate::natural_cmp(&w[0], &w[1]).is_le())
    );

    let a_z = read_sheet(&out, Some("Guests A–Z")).unwrap();
    assert_eq!(a_z.rows.len() - 1, plan.guest_count());
    let csv_text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(csv_text.lines().count(), plan.guest_count() + 1);
    let unseated = read_sheet(&out, Some("Unseated")).unwrap();
    assert_eq!(
        unseated.rows.len() - 1,
        plan.guest_count() - plan.seated_count()
    );

    // LibreOffice must open it cleanly and see the same list.
    if !libreoffice_available() {
        return;
    }
    let converted = dir.path().join("converted");
    let status = Process::new("soffice")
        .args([
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
        ])
        .arg(&converted)
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let text = std::fs::read_to_string(converted.join("seating.csv")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        split_csv_line(lines[0]).join(","),
        "Room,Table,Logical table,VIP,Seats,Seated,Last name,First name,Department,Dietary"
    );
    assert_eq!(lines.len(), by_table.rows.len());
    for (line, row) in lines.iter().zip(&by_table.rows).skip(1) {
        let ours: Vec<&str> = row.iter().map(|c| c.text()).collect();
        let theirs = split_csv_line(line);
        assert_eq!(
            theirs,
            ours.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()
        );
    }
}

/// Whether `soffice` is there; in CI it must be (`.ci/run` installs it).
fn libreoffice_available() -> bool {
    let found = Process::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have LibreOffice (see .ci/run)"
        );
        eprintln!("soffice not found: the LibreOffice read-back is skipped on this machine");
    }
    found
}

fn split_csv_line(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            _ => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[test]
fn guest_emails_are_rfc_5322_files_with_encoded_umlauts() {
    let (dir, path) = temp_plan();
    let mut doc = demo(&path);
    let template = seatplan::domain::model::EmailTemplate {
        sender: "Festkomitee Müller <fest@example.de>".into(),
        subject: "Ihr Platz: {table} – Tisch {table_number}".into(),
        body: "Liebe(r) {first_name} {last_name},\nSie sitzen an „{table}“ (Tisch {table_number}, {room}).\n".into(),
    };
    run(&mut doc, Command::SetEmailTemplate(template.clone()));
    assert!(doc.timeline().last().unwrap().description.contains("email"));
    let out = dir.path().join("mails");
    let report = seatplan::io::email::export_emails(doc.plan(), &out).unwrap();
    let plan = doc.plan();
    let expected = plan
        .guests()
        .filter(|g| g.logical.is_some() && g.fields.email.is_some())
        .count();
    assert_eq!(report.written.len(), expected);
    assert_eq!(
        report.without_email.len(),
        plan.guests()
            .filter(|g| g.logical.is_some() && g.fields.email.is_none())
            .count()
    );
    assert_eq!(
        report.without_seat.len(),
        plan.guest_count() - plan.seated_count()
    );
    let csv = std::fs::read_to_string(&report.csv).unwrap();
    assert_eq!(
        csv.lines().next().unwrap().trim_start_matches('\u{feff}'),
        "email,first_name,last_name,table,table_number,room,department,subject,body"
    );

    let text = std::fs::read_to_string(&report.written[0]).unwrap();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(
        headers.lines().all(|l| l.is_ascii() && l.len() <= 78),
        "headers are 7-bit, folded: {headers}"
    );
    for name in [
        "From:",
        "To:",
        "Subject:",
        "Date:",
        "Message-ID:",
        "MIME-Version: 1.0",
    ] {
        assert!(headers.contains(name), "{name} missing");
    }
    assert!(headers.contains("Content-Transfer-Encoding: quoted-printable"));
    let headers = headers.replace("\r\n ", " "); // unfold
    let subject = headers.lines().find(|l| l.starts_with("Subject:")).unwrap();
    assert!(
        decode_words(subject).starts_with("Subject: Ihr Platz: "),
        "{}",
        decode_words(subject)
    );
    assert!(decode_words(subject).contains("– Tisch"));
    let from = headers.lines().find(|l| l.starts_with("From:")).unwrap();
    assert_eq!(
        decode_words(from),
        "From: Festkomitee Müller <fest@example.de>"
    );
    let body = decode_qp(body);
    assert!(body.starts_with("Liebe(r) "), "{body}");
    assert!(body.contains("„") && body.contains("Tisch"));
}

/// Decodes RFC 2047 B-encoded words (UTF-8) in a header line.
fn decode_words(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    let mut after_word = false;
    while let Some(start) = rest.find("=?UTF-8?B?") {
        // White space between two encoded words is not part of the text (RFC 2047 §6.2).
        if !(after_word && rest[..start].trim().is_empty()) {
            out.push_str(&rest[..start]);
        }
        after_word = true;
        let after = &rest[start + 10..];
        let end = after.find("?=").unwrap();
        out.push_str(&String::from_utf8(b64(&after[..end])).unwrap());
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

fn b64(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            _ => 63,
        }
    };
    let mut out = Vec::new();
    for chunk in text.as_bytes().chunks(4) {
        let pad = chunk.iter().filter(|c| **c == b'=').count();
        let n = chunk.iter().fold(0u32, |acc, c| {
            (acc << 6) | if *c == b'=' { 0 } else { value(*c) }
        });
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    out
}

fn decode_qp(text: &str) -> String {
    let joined = text.replace("=\r\n", "");
    let mut bytes = Vec::new();
    let raw = joined.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'=' && i + 2 < raw.len() {
            let hex = std::str::from_utf8(&raw[i + 1..i + 3]).unwrap();
            bytes.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            bytes.push(raw[i]);
            i += 1;
        }
    }
    String::from_utf8(bytes).unwrap().replace("\r\n", "\n")
}
