//! Nothing we write can hurt (issue 10): exports never land on a plan or replace a file unasked,
//! names never inject email headers or CSV formulas, imports never drop data silently, odd inputs
//! (pipes, devices, huge files) are refused at once, and previews work on read-only plans. Each
//! test here failed on the code before the fix.

use crate::common::*;
use seatplan::domain::Command;
use seatplan::history::Document;
use seatplan::io::guests::preview_guest_import;
use seatplan::io::{ImportOptions, LineKind};
use std::path::{Path, PathBuf};
use std::process::Output;

/// A closed plan with the base rooms, tables and guests.
fn plan_file() -> (tempfile::TempDir, PathBuf) {
    base_plan_file()
}

fn cli(args: &[&str]) -> Output {
    seatplan_cli(args)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts that the run's stderr contains `text` (and shows it if not).
fn says_on_stderr(out: &Output, text: &str) {
    let said = stderr(out);
    assert!(said.contains(text), "expected “{text}” in: {said}");
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

// 1. An export never writes onto a plan.
#[test]
fn exports_refuse_the_plan_itself_and_any_other_plan_even_with_force() {
    let (dir, path) = plan_file();
    let (_other_dir, other) = plan_file();
    let before = std::fs::read(&path).unwrap();
    let other_before = std::fs::read(&other).unwrap();
    // The plan renamed: a copy of a plan under an export's name is still a database.
    let disguised = dir.path().join("copy.xlsx");
    std::fs::copy(&other, &disguised).unwrap();
    let disguised_pdf = dir.path().join("copy.pdf");
    std::fs::copy(&other, &disguised_pdf).unwrap();
    for args in [
        vec!["export-seating", s(&path), s(&path)],
        vec!["export-seating", s(&path), s(&path), "--force"],
        vec!["export-seating", s(&path), s(&other), "--force"],
        vec!["export-seating", s(&path), s(&disguised), "--force"],
        vec!["print", s(&path), "a-z", s(&path), "--force"],
        vec!["print", s(&path), "a-z", s(&disguised_pdf), "--force"],
        vec!["export-floorplan", s(&path), s(&path)],
        vec!["export-floorplan", s(&path), s(&other), "--force"],
    ] {
        let out = cli(&args);
        assert!(!out.status.success(), "{args:?} must fail");
        assert!(
            stderr(&out).contains("an export never writes over it"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::read(&other).unwrap(), other_before);
    assert_eq!(std::fs::read(&disguised).unwrap(), other_before);
    // The plan still opens and shows its guests.
    assert_eq!(Document::open(&path).unwrap().plan().guest_count(), 3);
}

// 4. No silent overwrite; the extension must fit the format.
#[test]
fn exports_replace_an_existing_file_only_with_force_and_check_extensions() {
    let (dir, path) = plan_file();
    let thesis = dir.path().join("thesis.xlsx");
    std::fs::write(&thesis, b"my thesis").unwrap();
    let out = cli(&["export-seating", s(&path), s(&thesis)]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("already exists") && stderr(&out).contains("--force"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&thesis).unwrap(), b"my thesis");
    assert!(
        !dir.path().join("thesis-a-z.csv").exists(),
        "nothing half-done"
    );

    // The side file counts too: an existing "-a-z.csv" the user never named is not replaced.
    let seating = dir.path().join("seating.xlsx");
    let side = dir.path().join("seating-a-z.csv");
    std::fs::write(&side, b"someone's list").unwrap();
    let out = cli(&["export-seating", s(&path), s(&seating)]);
    assert!(!out.status.success());
    says_on_stderr(&out, "seating-a-z.csv");
    assert!(
        !seating.exists(),
        "neither file is written when one cannot be"
    );
    assert_eq!(std::fs::read(&side).unwrap(), b"someone's list");
    // With --force both are replaced, and both are named.
    let out = cli(&["export-seating", s(&path), s(&seating), "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("seating.xlsx") && said.contains("seating-a-z.csv"),
        "{said}"
    );
    assert!(
        std::fs::read(&side)
            .unwrap()
            .starts_with("\u{feff}Last name".as_bytes())
    );

    let contract = dir.path().join("contract.pdf");
    std::fs::write(&contract, b"%PDF signed").unwrap();
    let out = cli(&["print", s(&path), "a-z", s(&contract)]);
    assert!(!out.status.success() && stderr(&out).contains("already exists"));
    assert_eq!(std::fs::read(&contract).unwrap(), b"%PDF signed");
    let floor = dir.path().join("floor.svg");
    std::fs::write(&floor, b"<svg/>").unwrap();
    let out = cli(&["export-floorplan", s(&path), s(&floor)]);
    assert!(!out.status.success() && stderr(&out).contains("already exists"));
    assert!(
        cli(&["export-floorplan", s(&path), s(&floor), "--force"])
            .status
            .success()
    );

    // A workbook is not written into "seating.txt", a PDF not into "list.docx".
    let txt = dir.path().join("seating.txt");
    let out = cli(&["export-seating", s(&path), s(&txt)]);
    says_on_stderr(&out, "is written as .xlsx");
    assert!(!txt.exists());
    let docx = dir.path().join("list.docx");
    let out = cli(&["print", s(&path), "a-z", s(&docx)]);
    says_on_stderr(&out, "is written as .pdf");
    assert!(!docx.exists());
    // A folder is not a file to replace.
    let folder = dir.path().join("folder.pdf");
    std::fs::create_dir(&folder).unwrap();
    let out = cli(&["print", s(&path), "a-z", s(&folder), "--force"]);
    says_on_stderr(&out, "this is a folder");
}

// 2. A name with a line break never reaches an email header as one.
#[test]
fn names_with_line_breaks_never_inject_email_headers() {
    let (dir, path) = plan_file();
    // Imported from a CSV (an xlsx cell with Alt+Enter reads the same): cleaned, with a warning.
    let csv = dir.path().join("guests.csv");
    std::fs::write(
        &csv,
        "First name,Last name,Email,Table\n\"Bob\nBcc: x@evil.example\",\"Doe\nSubject: You won\n\nhi\",bob@example.de,Vertrieb 1\n",
    )
    .unwrap();
    let out = cli(&["import-guests", s(&path), s(&csv)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("warning (row 2): line breaks or control characters in First name, Last name were replaced by spaces"),
        "{said}"
    );
    let doc = Document::open(&path).unwrap();
    let bob = doc.plan().guest_with_email("bob@example.de").unwrap();
    assert_eq!(bob.fields.first_name, "Bob Bcc: x@evil.example");
    assert_eq!(bob.fields.last_name, "Doe Subject: You won hi");
    drop(doc);

    let mails = dir.path().join("mails");
    assert!(
        cli(&["export-emails", s(&path), s(&mails)])
            .status
            .success()
    );
    let eml = std::fs::read_dir(&mails)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("Bob"))
        .unwrap();
    let text = std::fs::read_to_string(&eml).unwrap();
    let headers: Vec<&str> = text
        .split("\r\n\r\n")
        .next()
        .unwrap()
        .split("\r\n")
        .collect();
    assert!(
        !headers.iter().any(|h| h.starts_with("Bcc:")),
        "{headers:#?}"
    );
    assert_eq!(
        headers.iter().filter(|h| h.starts_with("Subject:")).count(),
        1
    );
    assert!(
        headers
            .contains(&"To: \"Bob Bcc: x@evil.example Doe Subject: You won hi\" <bob@example.de>"),
        "{headers:#?}"
    );
    // Every line of the message ends in CRLF: no bare line feed from a name.
    assert!(!text.replace("\r\n", "").contains('\n'), "{text}");

    // A command can no longer store such a name at all.
    let mut doc = Document::open(&path).unwrap();
    let events = doc.event_count();
    let err = doc
        .execute(&Command::AddGuest(guest(
            "Eve\r\nBcc: y@evil.example",
            "X",
            None,
        )))
        .unwrap_err();
    assert!(err.to_string().contains("contains a line break"), "{err}");
    assert_eq!(doc.event_count(), events);
}

// 3. CSV cells that would run as formulas are neutralised (checked by LibreOffice's reading).
#[test]
fn csv_exports_neutralise_formulas_in_names() {
    let (dir, path) = plan_file();
    let mut doc = Document::open(&path).unwrap();
    let sales = doc.plan().logical_named("Vertrieb 1").unwrap().id;
    let mut evil = guest(
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+SUM(1+1)",
        Some("e@example.de"),
    );
    evil.department = "@SUM(A1)".into();
    run(&mut doc, Command::AddGuest(evil));
    let id = doc.plan().guest_with_email("e@example.de").unwrap().id;
    run(
        &mut doc,
        Command::SeatGuests {
            guests: vec![id],
            logical: Some(sales),
        },
    );
    drop(doc);
    let out = dir.path().join("seating.xlsx");
    assert!(cli(&["export-seating", s(&path), s(&out)]).status.success());
    let csv = std::fs::read_to_string(dir.path().join("seating-a-z.csv")).unwrap();
    assert!(csv.contains("'+SUM(1+1),"), "{csv}");
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""),
        "{csv}"
    );
    assert!(csv.contains(",'@SUM(A1),"), "{csv}");
    let mails = dir.path().join("mails");
    assert!(
        cli(&["export-emails", s(&path), s(&mails)])
            .status
            .success()
    );
    let merge = std::fs::read_to_string(mails.join("mail-merge.csv")).unwrap();
    assert!(
        merge.contains("'+SUM(1+1)") && merge.contains("'@SUM(A1)"),
        "{merge}"
    );
    assert!(
        !merge.contains(",=") && !merge.contains(",+") && !merge.contains(",@"),
        "{merge}"
    );

    // LibreOffice opens the CSV as a person would: no cell is a formula.
    if let Some(converted) = via_libreoffice(&dir.path().join("seating-a-z.csv"), "xlsx") {
        use calamine::Reader;
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&converted).unwrap();
        let name = wb.sheet_names()[0].clone();
        let formulas = wb.worksheet_formula(&name).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "LibreOffice read a formula: {:?}",
            formulas.used_cells().collect::<Vec<_>>()
        );
        let values = wb.worksheet_range(&name).unwrap();
        assert!(
            values
                .used_cells()
                .any(|(_, _, v)| v.to_string().contains("HYPERLINK")),
            "the name is kept as text"
        );
    }
}

/// Converts `file` with LibreOffice; `None` (with a note) where soffice is not installed.
fn via_libreoffice(file: &Path, to: &str) -> Option<PathBuf> {
    let outdir = file.parent().unwrap().join("converted");
    std::fs::create_dir_all(&outdir).unwrap();
    let run = std::process::Command::new("soffice")
        .args(["--headless", "--calc", "--convert-to", to, "--outdir"])
        .arg(&outdir)
        .arg(file)
        .env("HOME", file.parent().unwrap())
        .output();
    match run {
        Ok(o) if o.status.success() => {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            Some(outdir.join(format!("{name}.{to}")))
        }
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI installs LibreOffice: soffice must work there"
            );
            eprintln!("soffice not available: LibreOffice check skipped");
            None
        }
    }
}

// 5. Formulas without a saved value are an error naming the cell; every column is read.
#[test]
fn formulas_without_saved_values_are_errors_naming_the_cell() {
    let (_dir, path) = plan_file();
    let doc = Document::open(&path).unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/formulas-no-values.xlsx");
    let p = preview_guest_import(doc.plan(), &fixture, &ImportOptions::default()).unwrap();
    assert!(p.command.is_none(), "nothing is imported");
    let errors: Vec<_> = p
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Error)
        .collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(errors[0].row, Some(3));
    assert!(
        errors[0].text.contains("formula without a saved value"),
        "{}",
        errors[0].text
    );
    assert!(
        errors[0]
            .text
            .contains("open and save the file in Excel or LibreOffice")
    );
    assert_eq!(errors[1].row, Some(4));
    assert!(
        errors[1].text.contains("Email cell holds a formula"),
        "{}",
        errors[1].text
    );
    assert!(errors[1].text.contains("CONCAT"), "{}", errors[1].text);
}

/// A workbook whose first row holds `headers` (at the given columns) and whose second row holds
/// the strings given for it; returns the plan's document and the workbook's path.
fn workbook(
    name: &str,
    headers: &[(u16, &str)],
    row: &[(u16, &str)],
    extra: impl FnOnce(&mut rust_xlsxwriter::Worksheet),
) -> (tempfile::TempDir, Document, PathBuf) {
    let (dir, path) = plan_file();
    let doc = Document::open(&path).unwrap();
    let file = dir.path().join(name);
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, cells) in [(0, headers), (1, row)] {
        for (c, text) in cells {
            ws.write_string(r, *c, *text).unwrap();
        }
    }
    extra(ws);
    wb.save(&file).unwrap();
    (dir, doc, file)
}

#[test]
fn a_table_column_far_to_the_right_is_read() {
    let (_dir, doc, file) = workbook(
        "wide.xlsx",
        &[
            (0, "First name"),
            (1, "Last name"),
            (2, "Email"),
            (16_000, "Table"),
        ],
        &[
            (0, "Nina"),
            (1, "Weit"),
            (2, "nina@example.de"),
            (16_000, "IT"),
        ],
        |_| {},
    );
    let p = preview_guest_import(doc.plan(), &file, &ImportOptions::default()).unwrap();
    assert_eq!(p.errors(), 0, "{:#?}", p.lines);
    assert!(
        p.lines
            .iter()
            .any(|l| l.text == "new guest Nina Weit at “IT”"),
        "{:#?}",
        p.lines
    );
}

#[test]
fn a_date_in_the_table_column_is_an_error_not_a_new_table() {
    let (_dir, doc, file) = workbook(
        "dates.xlsx",
        &[(0, "First name"), (1, "Last name"), (2, "Table")],
        &[(0, "Mai"), (1, "Datum")],
        |ws| {
            let date =
                rust_xlsxwriter::ExcelDateTime::parse_from_str("2026-05-01T12:30:00").unwrap();
            let format = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy hh:mm");
            ws.write_datetime_with_format(1, 2, &date, &format).unwrap();
        },
    );
    let p = preview_guest_import(doc.plan(), &file, &ImportOptions::default()).unwrap();
    assert!(p.command.is_none());
    assert!(
        p.lines.iter().any(|l| l.kind == LineKind::Error
            && l.row == Some(2)
            && l.text.contains("holds a date (2026-05-01 12:30)")),
        "{:#?}",
        p.lines
    );
}

#[test]
fn an_email_differing_only_in_case_is_no_change() {
    let (dir, path) = plan_file();
    let doc = Document::open(&path).unwrap();
    let file = dir.path().join("upper.csv");
    std::fs::write(
        &file,
        "First name,Last name,Email\nAnna,Müller,ANNA@Example.DE\n",
    )
    .unwrap();
    let p = preview_guest_import(doc.plan(), &file, &ImportOptions::default()).unwrap();
    assert_eq!(
        (p.changes, p.unchanged, p.command.is_none()),
        (0, 1, true),
        "{:#?}",
        p.lines
    );
}

// 6. German Excel's default CSV.
#[test]
fn german_excels_default_csv_is_read_and_its_encoding_named() {
    let (_dir, path) = plan_file();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/gaeste-excel-de.csv");
    let out = cli(&["import-guests", s(&path), s(&fixture), "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("read as Windows-1252 text"), "{said}");
    assert!(said.contains("new guest Aigerim Novák"), "{said}");
    assert!(said.contains("Dry run: nothing written."), "{said}");
}

// 7. Pipes, devices and huge files are refused at once (no hang, no memory blow-up).
#[cfg(unix)]
#[test]
fn pipes_devices_and_huge_files_are_refused_without_reading_them() {
    let (dir, path) = plan_file();
    let fifo_sheet = dir.path().join("pipe.csv");
    let fifo_plan = dir.path().join("pipe.seatplan");
    for fifo in [&fifo_sheet, &fifo_plan] {
        assert!(
            std::process::Command::new("mkfifo")
                .arg(fifo)
                .status()
                .unwrap()
                .success()
        );
    }
    let zero = dir.path().join("zero.csv");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let huge = dir.path().join("huge.csv");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(3 * 1024 * 1024 * 1024)
        .unwrap();
    let cases: [(Vec<&str>, &str); 4] = [
        (
            vec!["import-guests", s(&path), s(&fifo_sheet)],
            "a named pipe (FIFO)",
        ),
        (vec!["show", s(&fifo_plan)], "a named pipe (FIFO)"),
        (vec!["import-guests", s(&path), s(&zero)], "a device"),
        (
            vec!["import-guests", s(&path), s(&huge)],
            "the file is 3,072 MB",
        ),
    ];
    for (args, expected) in cases {
        let started = std::time::Instant::now();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_seatplan"))
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // A hang is a failure: the child is killed after 20 s.
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if started.elapsed() > std::time::Duration::from_secs(20) {
                child.kill().unwrap();
                panic!("{args:?} hung");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert!(
            stderr(&out).contains(expected),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

// 8. Previews write nothing, so they work on a read-only plan.
#[test]
fn previews_work_on_a_read_only_plan() {
    let (dir, path) = plan_file();
    let history: serde_json::Value =
        serde_json::from_slice(&cli(&["history", s(&path), "--json"]).stdout).unwrap();
    let last = history.as_array().unwrap().last().unwrap()["batch"].to_string();
    let csv = dir.path().join("g.csv");
    std::fs::write(&csv, "First name,Last name\nNeu,Gast\n").unwrap();
    let Some(_guard) = ReadOnly::set(&path) else {
        eprintln!("no way to make a file read-only for root here: skipped");
        return;
    };
    let before = std::fs::read(&path).unwrap();
    let out = cli(&["undo", s(&path), &last]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing written"));
    let out = cli(&["import-guests", s(&path), s(&csv), "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("new guest Neu Gast"));
    // Writing is still refused, with the reason.
    let out = cli(&["undo", s(&path), &last, "--yes"]);
    says_on_stderr(&out, "read-only");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// `chattr +i` (which even root cannot write through) while alive.
struct ReadOnly(PathBuf);

impl ReadOnly {
    fn set(path: &Path) -> Option<ReadOnly> {
        let ok = std::process::Command::new("chattr")
            .arg("+i")
            .arg(path)
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| ReadOnly(path.to_owned()))
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status();
    }
}

// 10. Two email exports into one folder never mix; a stranger's folder is refused.
#[test]
fn email_exports_replace_their_own_earlier_output_and_refuse_foreign_folders() {
    let (dir, path) = plan_file();
    let mails = dir.path().join("mails");
    assert!(
        cli(&["export-emails", s(&path), s(&mails)])
            .status
            .success()
    );
    let names = |dir: &Path| file_names(dir);
    assert_eq!(
        names(&mails),
        [
            ".seatplan-emails",
            "0001-Jurgen-Gross.eml",
            "0002-Anna-Muller.eml",
            "mail-merge.csv"
        ]
    );
    // Jürgen is unseated: his email goes, Anna's is renumbered, nothing is left twice.
    assert!(
        cli(&["seat", s(&path), "juergen@example.de", "--none"])
            .status
            .success()
    );
    assert!(
        cli(&["export-emails", s(&path), s(&mails)])
            .status
            .success()
    );
    assert_eq!(
        names(&mails),
        [".seatplan-emails", "0001-Anna-Muller.eml", "mail-merge.csv"]
    );
    // Only a folder with the export's list is an earlier export: a stranger's files that merely
    // look like ours ("2024-budget.eml", their own "mail-merge.csv") are never touched.
    for stranger in ["2024-budget.eml", "mail-merge.csv"] {
        let theirs = dir.path().join(format!("theirs-{stranger}"));
        std::fs::create_dir(&theirs).unwrap();
        std::fs::write(theirs.join(stranger), b"mine").unwrap();
        let out = cli(&["export-emails", s(&path), s(&theirs)]);
        assert!(!out.status.success(), "{stranger}");
        assert_eq!(std::fs::read(theirs.join(stranger)).unwrap(), b"mine");
    }

    let desk = dir.path().join("desk");
    std::fs::create_dir(&desk).unwrap();
    std::fs::write(desk.join("thesis.docx"), b"x").unwrap();
    let out = cli(&["export-emails", s(&path), s(&desk)]);
    assert!(!out.status.success());
    says_on_stderr(&out, "the folder holds other files (such as “thesis.docx”)");
    assert_eq!(names(&desk), ["thesis.docx"]);
}

// 11. Messages a person can act on.
#[test]
fn messages_say_what_is_wrong_in_words() {
    let (dir, path) = plan_file();
    let p = s(&path);
    let missing = dir.path().join("missing.xlsx");
    let out = cli(&["import-guests", p, s(&missing)]);
    says_on_stderr(&out, "missing.xlsx: there is no such file");

    let encrypted = dir.path().join("secret.xlsx");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(1024, 0);
    bytes.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    bytes.resize(4096, 0);
    std::fs::write(&encrypted, bytes).unwrap();
    let out = cli(&["import-guests", p, s(&encrypted)]);
    says_on_stderr(&out, "password-protected");

    let truncated = dir.path().join("cut.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet().write_string(0, 0, "First name").unwrap();
    let full = wb.save_to_buffer().unwrap();
    std::fs::write(&truncated, &full[..full.len() / 2]).unwrap();
    let out = cli(&["import-guests", p, s(&truncated)]);
    says_on_stderr(&out, "damaged or incomplete");
    assert!(!stderr(&out).contains("EOCD"), "no zip jargon");

    // A tab-separated file is read like any other CSV.
    let tabs = dir.path().join("tabs.csv");
    std::fs::write(
        &tabs,
        "First name\tLast name\tDepartment\nTabea\tTab\tIT, Betrieb\n",
    )
    .unwrap();
    let out = cli(&["import-guests", p, s(&tabs), "--dry-run"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("new guest Tabea Tab"), "{said}");

    // Row numbers after a cell of two lines are the spreadsheet's.
    let multi = dir.path().join("multi.csv");
    std::fs::write(
        &multi,
        "First name,Last name,Email,Notes\nAnna,Neu,an@example.de,\"two\nlines\"\nBen,Neu,not-an-email,\n",
    )
    .unwrap();
    let out = cli(&["import-guests", p, s(&multi)]);
    says_on_stderr(&out, "error (row 3): “not-an-email”");

    // A new plan where none can be made.
    let nowhere = dir.path().join("no-such-folder").join("x.seatplan");
    let out = cli(&["new", s(&nowhere)]);
    says_on_stderr(&out, "cannot create the plan here: the folder");
    assert!(!stderr(&out).contains("Error code"), "{}", stderr(&out));
    #[cfg(unix)]
    {
        let looped = dir.path().join("loop.seatplan");
        std::os::unix::fs::symlink(&looped, &looped).unwrap();
        let out = cli(&["new", s(&looped)]);
        says_on_stderr(&out, "already exists");
    }

    // "itself a redo", not "an redo".
    let mut doc = Document::open(&path).unwrap();
    let last = doc.last_undoable().unwrap();
    let undo = doc.undo(last).unwrap();
    let redo = doc.redo(last).unwrap();
    let err = doc.preview_undo(redo).unwrap_err().to_string();
    assert!(err.contains("is itself a redo;"), "{err}");
    let err = doc.preview_undo(undo).unwrap_err().to_string();
    assert!(err.contains("is itself an undo;"), "{err}");
}

// 7. A flood of bad rows is reported in bounded form.
#[test]
fn a_file_with_thousands_of_bad_rows_prints_a_bounded_report() {
    let (dir, path) = plan_file();
    let bad = dir.path().join("bad.csv");
    let mut text = String::from("First name,Last name,Email\n");
    for i in 0..5000 {
        text.push_str(&format!("A{i},B,not-an-email-{i}\n"));
    }
    std::fs::write(&bad, text).unwrap();
    let out = cli(&["import-guests", s(&path), s(&bad)]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.lines().count() < 60, "{} lines", err.lines().count());
    assert!(
        err.contains("5,000 problems — nothing was imported"),
        "{err}"
    );
    assert!(err.contains("… and 4,950 more"), "{err}");
}

#[test]
fn a_read_only_plan_with_unfolded_changes_says_what_to_do() {
    let (_dir, path) = plan_file();
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::write(PathBuf::from(&wal), vec![1u8; 4096]).unwrap();
    let Some(_guard) = ReadOnly::set(&path) else {
        eprintln!("no way to make a file read-only for root here: skipped");
        return;
    };
    let out = cli(&["show", s(&path)]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(!err.contains("inconsistent history"), "{err}");
    assert!(
        err.contains("read-only and holds changes not yet folded into it")
            && err.contains("make the file and its folder writable"),
        "{err}"
    );
}

#[test]
fn an_export_never_writes_through_a_file_or_link_named_like_its_temporary_file() {
    let (dir, path) = plan_file();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, b"precious").unwrap();
    // Whatever a stranger left beside the target under the old temporary names.
    for name in ["list.partial", "list-a-z.partial"] {
        #[cfg(unix)]
        std::os::unix::fs::symlink(&victim, dir.path().join(name)).unwrap();
        #[cfg(not(unix))]
        std::fs::write(dir.path().join(name), b"precious").unwrap();
    }
    let out = cli(&["export-seating", s(&path), s(&dir.path().join("list.xlsx"))]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
    assert!(std::fs::symlink_metadata(dir.path().join("list.partial")).is_ok());
    // No temporary file of ours is left.
    let names = file_names(dir.path());
    assert!(
        !names.iter().any(|n| n.starts_with(".seatplan-")),
        "{names:?}"
    );
}
