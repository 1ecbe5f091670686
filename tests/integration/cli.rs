//! The command-line front end, run as a real process.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn seatplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = seatplan(args);
    assert!(
        out.status.success(),
        "seatplan {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs a command that must fail; returns its single stderr line.
fn fails(args: &[&str]) -> String {
    let out = seatplan(args);
    assert!(!out.status.success(), "seatplan {args:?} should fail");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "one line on stderr: {stderr}"
    );
    stderr.trim_end().to_owned()
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&ok(args)).unwrap()
}

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn has_keys(value: &Value, wanted: &[&str]) {
    let present = keys(value);
    for key in wanted {
        assert!(present.contains(key), "missing “{key}” in {value}");
    }
}

#[test]
fn demo_writes_a_believable_plan_and_show_json_has_the_documented_shape() {
    let (_dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    let out = ok(&["demo", p]);
    assert!(out.contains("1,500 guests"), "{out}");
    assert!(out.contains("#1 "), "the timeline is printed: {out}");

    let plan = json(&["show", p, "--json"]);
    let rooms = plan["rooms"].as_array().unwrap();
    let tables = plan["physical_tables"].as_array().unwrap();
    let logical = plan["logical_tables"].as_array().unwrap();
    let guests = plan["guests"].as_array().unwrap();
    has_keys(&rooms[0], &["id", "name", "width_m", "height_m"]);
    has_keys(
        &tables[0],
        &["id", "number", "room", "seats", "shape", "x_m", "y_m"],
    );
    has_keys(&logical[0], &["id", "name", "vip", "physical_table"]);
    has_keys(
        &guests[0],
        &[
            "id",
            "first_name",
            "last_name",
            "email",
            "department",
            "dietary",
            "vip",
            "logical_table",
        ],
    );
    assert!(rooms.len() >= 3);
    let room_names: Vec<&str> = rooms.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(room_names.contains(&"Großer Saal") && room_names.contains(&"Terrasse"));
    assert!(tables[0]["room"].is_string(), "room is the room's name");
    assert_eq!(guests.len(), 1500);
    assert!(
        (130..=180).contains(&tables.len()),
        "{} tables",
        tables.len()
    );
    assert!(
        (130..=180).contains(&logical.len()),
        "{} logical tables",
        logical.len()
    );
    for t in tables {
        let seats = t["seats"].as_u64().unwrap();
        assert!((8..=12).contains(&seats));
        assert!(["round", "rectangular"].contains(&t["shape"].as_str().unwrap()));
    }
    let seated = guests
        .iter()
        .filter(|g| g["logical_table"].is_string())
        .count();
    assert!(seated > 1300 && seated < 1500, "{seated} seated");
    let assigned = logical
        .iter()
        .filter(|l| l["physical_table"].is_string())
        .count();
    assert!(assigned * 10 > logical.len() * 9, "{assigned} assigned");
    assert!(logical.iter().any(|l| l["vip"] == true));
    let names: String = guests
        .iter()
        .map(|g| g["last_name"].as_str().unwrap())
        .collect();
    assert!(names.contains('ü') && names.chars().any(|c| "éèçñ".contains(c)));
    assert!(guests.iter().any(|g| g["email"].is_null()));

    // A believable history, and `check` says it is clean.
    let history = json(&["history", p, "--json"]);
    let rows = history.as_array().unwrap();
    assert!(rows.len() >= 10);
    for row in rows {
        has_keys(
            row,
            &["batch", "at", "by", "description", "events", "reverted"],
        );
        assert!(row["batch"].is_u64());
        let at = row["at"].as_str().unwrap();
        assert!(
            time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339).is_ok(),
            "{at}"
        );
    }
    assert!(rows.iter().any(|r| r["reverted"] == true));
    ok(&["check", p]);
}

#[test]
fn demo_is_deterministic_for_a_seed() {
    let (dir, path) = temp_plan();
    let other = dir.path().join("other.seatplan");
    let (a, b) = (path.to_str().unwrap(), other.to_str().unwrap());
    ok(&["demo", a, "--guests", "300", "--seed", "7"]);
    ok(&["demo", b, "--guests", "300", "--seed", "7"]);
    // Two demos are two plans (each its own identity), with the same content.
    let content = |p: &str| {
        let mut shown = json(&["show", p, "--json"]);
        let id = shown.as_object_mut().unwrap().remove("plan_id").unwrap();
        (shown, id)
    };
    let ((first, id_a), (second, id_b)) = (content(a), content(b));
    assert_eq!(first, second);
    assert_ne!(id_a, id_b);
    let third = dir.path().join("third.seatplan");
    ok(&[
        "demo",
        third.to_str().unwrap(),
        "--guests",
        "300",
        "--seed",
        "8",
    ]);
    assert_ne!(
        json(&["show", a, "--json"]),
        json(&["show", third.to_str().unwrap(), "--json"])
    );
}

#[test]
fn vip_assign_and_seat_change_the_plan_through_the_cli() {
    let (_dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok(&["demo", p, "--guests", "200"]);
    let plan = json(&["show", p, "--json"]);
    let regular = plan["logical_tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["vip"] == false)
        .unwrap()["name"]
        .as_str()
        .unwrap()
        .to_owned();
    let guest = plan["guests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["email"].is_string())
        .unwrap()["email"]
        .as_str()
        .unwrap()
        .to_uppercase(); // emails match case-insensitively

    let find = |plan: &Value, list: &str, key: &str, value: &str| -> Value {
        plan[list]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| {
                x[key]
                    .as_str()
                    .is_some_and(|v| v.eq_ignore_ascii_case(value))
            })
            .unwrap()
            .clone()
    };

    assert!(ok(&["vip", p, &regular]).starts_with("Batch "));
    assert_eq!(
        find(
            &json(&["show", p, "--json"]),
            "logical_tables",
            "name",
            &regular
        )["vip"],
        true
    );
    ok(&["vip", p, &regular, "--off"]);
    assert_eq!(
        find(
            &json(&["show", p, "--json"]),
            "logical_tables",
            "name",
            &regular
        )["vip"],
        false
    );
    assert!(ok(&["vip", p, &regular, "--off"]).contains("Nothing to change"));

    // Assigning a table another logical table holds takes it from that one.
    let plan = json(&["show", p, "--json"]);
    let other = plan["logical_tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["name"] != regular.as_str() && l["physical_table"].is_string())
        .unwrap()
        .clone();
    let number = other["physical_table"].as_str().unwrap();
    ok(&["assign", p, &regular, number]);
    let plan = json(&["show", p, "--json"]);
    assert_eq!(
        find(&plan, "logical_tables", "name", &regular)["physical_table"],
        number
    );
    assert!(
        find(
            &plan,
            "logical_tables",
            "name",
            other["name"].as_str().unwrap()
        )["physical_table"]
            .is_null()
    );
    ok(&["assign", p, &regular, "--none"]);
    assert!(
        find(
            &json(&["show", p, "--json"]),
            "logical_tables",
            "name",
            &regular
        )["physical_table"]
            .is_null()
    );

    ok(&["seat", p, &guest, &regular]);
    assert_eq!(
        find(&json(&["show", p, "--json"]), "guests", "email", &guest)["logical_table"],
        regular.as_str()
    );
    ok(&["seat", p, &guest, "--none"]);
    assert!(
        find(&json(&["show", p, "--json"]), "guests", "email", &guest)["logical_table"].is_null()
    );
}

#[test]
fn undo_previews_without_writing_and_commits_with_yes() {
    let (_dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok(&["demo", p, "--guests", "200"]);
    let history = json(&["history", p, "--json"]);
    let draw = history
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["description"].as_str().unwrap().contains("table draw"))
        .unwrap()["batch"]
        .as_u64()
        .unwrap()
        .to_string();
    let before = json(&["show", p, "--json"]);
    let bytes = file_bytes(&path);

    let preview = ok(&["undo", p, &draw]);
    assert!(preview.contains("The plan changes"), "{preview}");
    assert!(preview.contains("--yes"), "{preview}");
    assert_eq!(file_bytes(&path), bytes, "a preview writes nothing");
    assert_eq!(json(&["show", p, "--json"]), before);

    let done = ok(&["undo", p, &draw, "--yes"]);
    assert!(done.contains("Done"), "{done}");
    let after = json(&["show", p, "--json"]);
    assert!(
        after["logical_tables"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["vip"] == false)
            .all(|l| l["physical_table"].is_null())
    );
    assert!(
        after["logical_tables"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["vip"] == true)
            .all(|l| l["physical_table"].is_string())
    );
    let history = json(&["history", p, "--json"]);
    let rows = history.as_array().unwrap();
    assert_eq!(rows[draw.parse::<usize>().unwrap() - 1]["reverted"], true);
    assert_eq!(
        rows.last().unwrap()["description"]
            .as_str()
            .unwrap()
            .split(':')
            .next(),
        Some(&*format!("Undid #{draw}"))
    );

    assert!(fails(&["undo", p, &draw, "--yes"]).contains("already undone"));
    ok(&["redo", p, &draw, "--yes"]);
    assert_eq!(json(&["show", p, "--json"]), before);
}

#[test]
fn errors_are_one_line_nonzero_and_write_nothing() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok(&["demo", p, "--guests", "100"]);
    let bytes = file_bytes(&path);
    assert!(fails(&["vip", p, "Gibt es nicht"]).contains("no logical table named “Gibt es nicht”"));
    assert!(fails(&["assign", p, "VIP 1", "9999"]).contains("no physical table numbered “9999”"));
    assert!(
        fails(&["seat", p, "nobody@example.org", "--none"]).contains("no guest with the email")
    );
    assert!(fails(&["undo", p, "99999"]).contains("no batch 99999"));
    assert!(fails(&["new", p]).contains("already exists"));
    assert!(fails(&["demo", p]).contains("already exists"));
    assert_eq!(file_bytes(&path), bytes);

    let missing = dir.path().join("missing.seatplan");
    assert!(fails(&["show", missing.to_str().unwrap()]).contains("no such file"));
    let text = dir.path().join("notes.seatplan");
    std::fs::write(&text, "hello").unwrap();
    assert!(fails(&["show", text.to_str().unwrap()]).contains("not a seatplan file"));
    assert!(fails(&["demo", text.to_str().unwrap(), "--force"]).contains("not a seatplan file"));
    assert_eq!(std::fs::read(&text).unwrap(), b"hello");
}

#[test]
fn writing_to_a_plan_open_in_another_process_is_refused() {
    let (_dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok(&["demo", p, "--guests", "50"]);
    // Read before the holder opens it: closing any descriptor of a file drops the process's
    // POSIX locks on it (which is why the store never opens a plan's file outside SQLite twice).
    let bytes = file_bytes(&path);
    let holder = seatplan::history::Document::open(&path).unwrap();
    assert!(fails(&["vip", p, "VIP 1", "--off"]).contains("already open in another window"));
    // A second open in this process is refused too, and must not loosen the lock on the way.
    assert!(seatplan::history::Document::open(&path).is_err());
    assert!(fails(&["vip", p, "VIP 1", "--off"]).contains("already open in another window"));
    // Reading works on a snapshot (see copies.rs) and leaves the file and the lock alone.
    ok(&["show", p]);
    assert!(fails(&["vip", p, "VIP 1", "--off"]).contains("already open in another window"));
    assert_eq!(file_bytes(&path), bytes);
    drop(holder);
    ok(&["show", p]);
}

#[test]
fn new_creates_an_empty_plan_and_check_reports_replay_diagnostics() {
    let (_dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    ok(&["new", p]);
    let plan = json(&["show", p, "--json"]);
    assert_eq!(plan["rooms"].as_array().unwrap().len(), 0);
    assert_eq!(json(&["history", p, "--json"]).as_array().unwrap().len(), 0);
    ok(&["check", p]);

    // Create a logical table, seat someone there, then undo the creation: the seat stops applying.
    let mut doc = seatplan::history::Document::open(&path).unwrap();
    base_plan(&mut doc);
    drop(doc);
    let history = json(&["history", p, "--json"]);
    let create_it = history
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["description"] == "Created logical table “Vertrieb 1”")
        .unwrap()["batch"]
        .to_string();
    let preview = ok(&["undo", p, &create_it]);
    assert!(preview.contains("Later actions affected"), "{preview}");
    assert!(preview.contains("stops applying"), "{preview}");
    ok(&["undo", p, &create_it, "--yes"]);
    // Events left aside by an undo are how undo works, not damage: `check` passes and lists them.
    let out = seatplan(&["check", p]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("integrity: ok"), "{text}");
    assert!(
        text.contains("left aside because actions they built on were undone"),
        "{text}"
    );
    assert!(text.contains("GuestSeated"), "{text}");

    // A payload edited by hand to name a logical table that never existed is damage.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let changed = conn
        .execute(
            "UPDATE events SET payload = json_set(payload, '$.logical', 987654)
             WHERE seq = (SELECT max(seq) FROM events WHERE event_type = 'GuestSeated')",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(conn);
    let out = seatplan(&["check", p]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("replay: DAMAGED — 1 event did not apply even when written"),
        "{text}"
    );
}

#[test]
fn help_and_version() {
    let help = ok(&["--help"]);
    for command in [
        "new", "demo", "show", "history", "undo", "redo", "vip", "assign", "seat", "check",
    ] {
        assert!(help.contains(command), "{command} missing from --help");
    }
    assert!(ok(&["--version"]).contains(env!("CARGO_PKG_VERSION")));
    let out = seatplan(&["assign", "x.seatplan", "VIP 1"]);
    assert_eq!(out.status.code(), Some(2), "usage errors exit 2");
}
