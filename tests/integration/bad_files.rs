//! The bad-file corpus: spreadsheets and plan files of every broken kind seen in the wild. Each
//! must give a specific message, never a panic, and write nothing (bytes on disk unchanged, plan
//! unchanged). The cases are built here from small recipes so the corpus is easy to extend.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use rusqlite::Connection;
use rust_xlsxwriter::Workbook;
use seatplan::history::Document;
use seatplan::io::guests::preview_guest_import;
use seatplan::io::{ImportOptions, LineKind};
use std::path::{Path, PathBuf};

/// What reading a bad spreadsheet must say.
enum Expect {
    /// The whole file is refused with this text in the message.
    Refused(&'static str),
    /// The preview lists an error containing this text (and applies nothing).
    RowError(&'static str),
    /// A warning containing this text; no error.
    Warning(&'static str),
    /// No error, and nothing to change.
    NothingToDo,
    /// Read (in this encoding, when not UTF-8) and previewed with a line containing the text.
    Reads(Option<&'static str>, &'static str),
}

fn xlsx(path: &Path, rows: &[&[&str]]) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *value).unwrap();
        }
    }
    wb.save(path).unwrap();
}

const HEADER: &[&str] = &["First name", "Last name", "Email"];

fn spreadsheet_cases(dir: &Path) -> Vec<(String, PathBuf, Expect)> {
    let mut cases = Vec::new();
    let mut add = |name: &str, make: &dyn Fn(&Path), expect: Expect| {
        let path = dir.join(name);
        make(&path);
        cases.push((name.to_owned(), path, expect));
    };
    add(
        "csv-named.xlsx",
        &|p| std::fs::write(p, "First name,Last name\nAnna,Müller\n").unwrap(),
        Expect::Refused("not a readable spreadsheet"),
    );
    add(
        "truncated.xlsx",
        &|p| {
            let full = dir.join("full.xlsx");
            xlsx(&full, &[HEADER, &["Anna", "Müller", "a@b.de"]]);
            let bytes = std::fs::read(&full).unwrap();
            std::fs::write(p, &bytes[..bytes.len() / 2]).unwrap();
        },
        Expect::Refused("not a readable spreadsheet"),
    );
    add(
        "ole-disguised.xlsx",
        &|p| {
            // An OLE compound file (what encrypted/password-protected workbooks are) named .xlsx.
            let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
            bytes.resize(4096, 0);
            std::fs::write(p, bytes).unwrap();
        },
        Expect::Refused("not a readable spreadsheet"),
    );
    add(
        "empty-workbook.xlsx",
        &|p| xlsx(p, &[]),
        Expect::Refused("no header row"),
    );
    add(
        "headers-only.xlsx",
        &|p| xlsx(p, &[HEADER]),
        Expect::NothingToDo,
    );
    add(
        "no-known-headers.xlsx",
        &|p| xlsx(p, &[&["Foo", "Bar"], &["1", "2"]]),
        Expect::Refused("no header row found in the first 20 rows"),
    );
    add(
        "header-too-deep.xlsx",
        &|p| {
            let mut rows: Vec<&[&str]> = vec![&["title"]; 25];
            rows.push(HEADER);
            xlsx(p, &rows);
        },
        Expect::Refused("no header row"),
    );
    add(
        "million-empty-rows.xlsx",
        &|p| {
            let mut wb = Workbook::new();
            let ws = wb.add_worksheet();
            for (c, h) in HEADER.iter().enumerate() {
                ws.write_string(0, c as u16, *h).unwrap();
            }
            ws.write_string(1, 0, "Anna").unwrap();
            ws.write_blank(1_000_000, 2, &rust_xlsxwriter::Format::new().set_bold())
                .unwrap();
            wb.save(p).unwrap();
        },
        Expect::Warning("no-warning-expected"),
    );
    add(
        "date-as-name.xlsx",
        &|p| xlsx(p, &[HEADER, &["2026-05-01", "Müller", ""]]),
        Expect::RowError("holds a date"),
    );
    add(
        "huge-cell.csv",
        &|p| {
            // 100 kB in one cell (xlsx caps a cell at 32,767 characters; CSV does not).
            std::fs::write(
                p,
                format!("First name,Last name\n{},Müller\n", "x".repeat(100_000)),
            )
            .unwrap();
        },
        Expect::RowError("100,000 characters long"),
    );
    add(
        "huge-cell.xlsx",
        &|p| {
            let long = "x".repeat(32_000);
            xlsx(p, &[HEADER, &[long.as_str(), "Müller", ""]]);
        },
        Expect::RowError("32,000 characters long"),
    );
    add(
        "duplicated-headers.xlsx",
        &|p| {
            xlsx(
                p,
                &[
                    &["First name", "Last name", "Email", "E-Mail"],
                    &["Anna", "Müller", "a@b.de", "x@y.de"],
                ],
            )
        },
        Expect::Warning("E-Mail (duplicate)"),
    );
    add(
        "garbage.csv",
        &|p| std::fs::write(p, [0x89, b'P', b'N', b'G', 0, 0, 0xFF, 0xFE, 0x13]).unwrap(),
        Expect::Refused("not text"),
    );
    add(
        "utf16.csv",
        &|p| {
            let mut bytes = vec![0xFF, 0xFE];
            for unit in "First name,Last name\nÜlkü,Şahin\n".encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
            std::fs::write(p, bytes).unwrap();
        },
        Expect::Reads(Some("UTF-16LE"), "new guest Ülkü Şahin"),
    );
    add(
        "latin1.csv",
        &|p| std::fs::write(p, b"First name;Last name\nJ\xfcrgen;Gr\xf6\xdfer\n").unwrap(),
        Expect::Reads(Some("Windows-1252"), "new guest Jürgen Größer"),
    );
    add(
        "tabs.csv",
        &|p| std::fs::write(p, "First name\tLast name\nTabea\tTab, Dr.\n").unwrap(),
        Expect::Reads(None, "new guest Tabea Tab, Dr."),
    );
    add(
        "encrypted.xlsx",
        &|p| {
            // What Excel writes for a password-protected workbook: an OLE container whose
            // directory names the stream "EncryptedPackage".
            let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
            bytes.resize(1024, 0);
            bytes.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
            bytes.resize(4096, 0);
            std::fs::write(p, bytes).unwrap();
        },
        Expect::Refused("password-protected"),
    );
    add(
        "missing.xlsx",
        &|_| {},
        Expect::Refused("there is no such file"),
    );
    add(
        "huge.csv",
        &|p| {
            std::fs::File::create(p)
                .unwrap()
                .set_len(600 * 1024 * 1024)
                .unwrap()
        },
        Expect::Refused("the file is 600 MB"),
    );
    #[cfg(unix)]
    add(
        "fifo.csv",
        &|p| {
            let made = std::process::Command::new("mkfifo")
                .arg(p)
                .status()
                .unwrap();
            assert!(made.success());
        },
        Expect::Refused("a named pipe (FIFO)"),
    );
    #[cfg(unix)]
    add(
        "device.csv",
        &|p| std::os::unix::fs::symlink("/dev/zero", p).unwrap(),
        Expect::Refused("a device"),
    );
    add(
        "formulas-no-values.xlsx",
        &|p| {
            let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/sheets/formulas-no-values.xlsx");
            std::fs::write(p, std::fs::read(seed).unwrap()).unwrap();
        },
        Expect::RowError("formula without a saved value"),
    );
    add(
        "date-as-table.xlsx",
        &|p| {
            let mut wb = Workbook::new();
            let ws = wb.add_worksheet();
            ws.write_string(0, 0, "First name").unwrap();
            ws.write_string(0, 1, "Last name").unwrap();
            ws.write_string(0, 2, "Table").unwrap();
            ws.write_string(1, 0, "Mai").unwrap();
            ws.write_string(1, 1, "Eins").unwrap();
            let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 5, 1).unwrap();
            let format = rust_xlsxwriter::Format::new().set_num_format("d-mmm");
            ws.write_datetime_with_format(1, 2, &date, &format).unwrap();
            wb.save(p).unwrap();
        },
        Expect::RowError("holds a date (2026-05-01)"),
    );
    add(
        "line-break-in-name.csv",
        &|p| {
            std::fs::write(
                p,
                "First name,Last name\n\"Bob\nBcc: x@evil.example\",Doe\n",
            )
            .unwrap()
        },
        Expect::Warning("line breaks or control characters in First name"),
    );
    add(
        "bom-only.csv",
        &|p| std::fs::write(p, "\u{feff}").unwrap(),
        Expect::Refused("no header row"),
    );
    add(
        "bad-email.csv",
        &|p| {
            std::fs::write(
                p,
                "First name,Last name,Email\nAnna,Müller,anna at example\n",
            )
            .unwrap()
        },
        Expect::RowError("is not an email address"),
    );
    add(
        "damaged-cfb.xls",
        &|p| {
            // Found by tests/integration/fuzz.rs: made calamine panic; must be a plain error.
            let seed =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/damaged-cfb.xls");
            std::fs::write(p, std::fs::read(seed).unwrap()).unwrap();
        },
        Expect::Refused("damaged"),
    );
    add(
        "unknown.pdf",
        &|p| std::fs::write(p, "%PDF-1.4").unwrap(),
        Expect::Refused("unsupported file type"),
    );
    add(
        "folder.xlsx",
        &|p| std::fs::create_dir(p).unwrap(),
        Expect::Refused(""),
    );
    cases
}

#[test]
fn bad_spreadsheets_give_specific_messages_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_plan_dir, plan_path) = temp_plan();
    let mut doc = Document::create(&plan_path).unwrap();
    base_plan(&mut doc);
    let plan = doc.plan().clone();
    let events = doc.event_count();
    let cases = spreadsheet_cases(dir.path());
    assert!(cases.len() >= 29, "{} spreadsheet cases", cases.len());
    for (name, path, expect) in &cases {
        // Only regular files are read here: opening a named pipe waits for a writer forever.
        let regular = std::fs::metadata(path).is_ok_and(|m| m.is_file());
        let before = regular.then(|| std::fs::read(path).ok()).flatten();
        let result = preview_guest_import(doc.plan(), path, &ImportOptions::default());
        match (expect, result) {
            (Expect::Refused(text), Err(e)) => {
                assert!(e.to_string().contains(text), "{name}: “{e}” lacks “{text}”");
            }
            (Expect::RowError(text), Ok(p)) => {
                assert!(p.command.is_none(), "{name}: applied despite errors");
                assert!(
                    p.lines.iter().any(|l| l.kind == LineKind::Error
                        && l.text.contains(text)
                        && l.row.is_some()),
                    "{name}: {:#?}",
                    p.lines
                );
            }
            (Expect::Warning(text), Ok(p)) => {
                assert_eq!(p.errors(), 0, "{name}: {:#?}", p.lines);
                if *text != "no-warning-expected" {
                    assert!(
                        p.lines
                            .iter()
                            .any(|l| l.kind == LineKind::Warning && l.text.contains(text)),
                        "{name}: {:#?}",
                        p.lines
                    );
                }
            }
            (Expect::NothingToDo, Ok(p)) => {
                assert_eq!((p.errors(), p.command.is_none()), (0, true), "{name}");
            }
            (Expect::Reads(encoding, text), Ok(p)) => {
                assert_eq!(p.errors(), 0, "{name}: {:#?}", p.lines);
                assert_eq!(p.encoding.as_deref(), *encoding, "{name}");
                assert!(
                    p.lines.iter().any(|l| l.text.contains(text)),
                    "{name}: {:#?}",
                    p.lines
                );
            }
            (_, other) => panic!("{name}: unexpected {:?}", other.map(|p| p.summary())),
        }
        if regular {
            assert_eq!(
                std::fs::read(path).ok(),
                before,
                "{name}: the spreadsheet was changed"
            );
        }
    }
    assert_eq!(*doc.plan(), plan);
    assert_eq!(doc.event_count(), events);
}

/// A valid plan file written by the store (WAL, our identity), closed.
fn good_plan(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    let batch = doc.last_undoable().unwrap();
    doc.undo(batch).unwrap();
    drop(doc);
    path
}

fn sql(path: &Path, statements: &str) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(statements).unwrap();
}

fn plan_cases(dir: &Path) -> Vec<(String, PathBuf, &'static str)> {
    let mut cases = Vec::new();
    let mut add = |name: &str, make: &dyn Fn(&Path), expect: &'static str| {
        let path = good_plan(dir, name);
        make(&path);
        cases.push((name.to_owned(), path, expect));
    };
    add(
        "truncated.seatplan",
        &|p| {
            let bytes = std::fs::read(p).unwrap();
            std::fs::write(p, &bytes[..bytes.len() / 3]).unwrap();
        },
        "",
    );
    add(
        "zeroed-header.seatplan",
        &|p| {
            let mut bytes = std::fs::read(p).unwrap();
            bytes[..100].fill(0);
            std::fs::write(p, bytes).unwrap();
        },
        "not a seatplan file",
    );
    add(
        "foreign-app-id.seatplan",
        &|p| sql(p, "PRAGMA application_id = 42;"),
        "another program",
    );
    add(
        "newer-layout.seatplan",
        &|p| sql(p, "PRAGMA user_version = 99;"),
        "newer seatplan",
    );
    add(
        "unknown-event.seatplan",
        &|p| {
            sql(
                p,
                "UPDATE events SET event_type = 'GuestBeamed' WHERE seq = 3;",
            )
        },
        "unknown event type “GuestBeamed”",
    );
    add(
        "not-json.seatplan",
        &|p| sql(p, "UPDATE events SET payload = '{nope' WHERE seq = 2;"),
        "cannot be read",
    );
    add(
        "payload-wrong-shape.seatplan",
        &|p| {
            sql(
                p,
                "UPDATE events SET payload = '{\"room\": \"x\"}' WHERE seq = 1;",
            )
        },
        "cannot be read",
    );
    add(
        "version-zero.seatplan",
        &|p| sql(p, "UPDATE events SET schema_version = 0 WHERE seq = 1;"),
        "has no version 0",
    );
    add(
        "version-from-future.seatplan",
        &|p| sql(p, "UPDATE events SET schema_version = 7 WHERE seq = 1;"),
        "newer than this build",
    );
    add(
        "gap-in-seq.seatplan",
        &|p| sql(p, "DELETE FROM events WHERE seq = 4;"),
        "are missing",
    );
    add(
        "marker-to-nowhere.seatplan",
        &|p| {
            sql(
                p,
                "UPDATE events SET payload = '{\"batch\": 999}' WHERE event_type = 'BatchReverted';",
            )
        },
        "not an earlier action",
    );
    add(
        "event-without-batch.seatplan",
        &|p| {
            sql(
                p,
                "PRAGMA foreign_keys = OFF; UPDATE events SET batch = 500 WHERE seq = 2;",
            )
        },
        "which does not exist",
    );
    add(
        "batch-without-events.seatplan",
        &|p| {
            sql(
                p,
                "INSERT INTO batches(batch, kind, at, by, description) SELECT max(batch) + 1, 'command', '2026-01-01T00:00:00Z', 'x', 'empty' FROM batches;",
            )
        },
        "has no events",
    );
    add(
        "unknown-batch-kind.seatplan",
        &|p| {
            sql(
                p,
                "PRAGMA ignore_check_constraints = ON; UPDATE batches SET kind = 'merge' WHERE batch = 1;",
            )
        },
        "damaged",
    );
    add(
        "batch-number-gap.seatplan",
        &|p| {
            sql(
                p,
                "PRAGMA foreign_keys = OFF; UPDATE batches SET batch = batch + 100 WHERE batch = (SELECT max(batch) FROM batches); UPDATE events SET batch = batch + 100 WHERE batch = (SELECT max(batch) FROM batches) - 100;",
            )
        },
        "jump",
    );
    add(
        "tables-dropped.seatplan",
        &|p| sql(p, "DROP TABLE events;"),
        "missing",
    );
    add(
        "malformed-event-id-ok.seatplan",
        &|p| {
            sql(
                p,
                "UPDATE events SET event_type = 'RoomCreated', schema_version = 1 WHERE 0;",
            )
        },
        "OK",
    );
    cases
}

#[test]
fn bad_plan_files_give_specific_messages_and_are_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let cases = plan_cases(dir.path());
    assert!(cases.len() >= 15);
    for (name, path, expect) in &cases {
        let before = std::fs::read(path).unwrap();
        match Document::open(path) {
            Ok(doc) => {
                assert_eq!(*expect, "OK", "{name} opened but should not");
                drop(doc);
            }
            Err(e) => {
                assert_ne!(*expect, "OK", "{name}: {e}");
                assert!(
                    e.to_string().contains(expect),
                    "{name}: “{e}” lacks “{expect}”"
                );
                assert!(
                    e.to_string().contains(name.as_str()),
                    "{name}: the message names the file: {e}"
                );
                assert_eq!(
                    std::fs::read(path).unwrap(),
                    before,
                    "{name}: the file was changed"
                );
            }
        }
    }
}
