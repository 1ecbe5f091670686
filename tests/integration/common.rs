//! Shared helpers for the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use seatplan::domain::{
    Command, GuestFields, GuestId, LogicalId, NewTable, RoomId, TableId, TableShape,
};
use seatplan::history::Document;
use std::path::PathBuf;
use tempfile::TempDir;

/// Shows this test thread's times in UTC, so that tests asserting shown times do not depend on
/// the machine's time zone.
pub fn in_utc() {
    assert!(seatplan::i18n::set_time_zone(Some("UTC")));
}

/// A temporary folder and a plan path inside it.
pub fn temp_plan() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.seatplan");
    (dir, path)
}

/// Ids of the small base plan built by [`base_plan`].
#[derive(Clone, Copy, Debug)]
pub struct Base {
    pub hall: RoomId,
    pub garden: RoomId,
    pub t1: TableId,
    pub t2: TableId,
    pub t3: TableId,
    pub sales: LogicalId,
    pub it: LogicalId,
    pub vip: LogicalId,
    pub anna: GuestId,
    pub jurgen: GuestId,
    pub zoe: GuestId,
}

pub fn guest(first: &str, last: &str, email: Option<&str>) -> GuestFields {
    GuestFields {
        first_name: first.into(),
        last_name: last.into(),
        email: email.map(Into::into),
        department: "Vertrieb".into(),
        dietary: String::new(),
        vip: false,
        notes: String::new(),
        group: String::new(),
    }
}

pub fn round_table(room: RoomId, number: &str, x_m: f64, y_m: f64) -> Command {
    Command::AddTable(NewTable {
        number: Some(number.into()),
        room,
        shape: TableShape::Round,
        width_m: 1.8,
        depth_m: 1.8,
        seats: 10,
        x_m,
        y_m,
        rotation_deg: 0.0,
    })
}

/// Runs a command that must produce a batch; returns the batch number.
pub fn run(doc: &mut Document, command: Command) -> u64 {
    doc.execute(&command)
        .unwrap_or_else(|e| panic!("{command:?} failed: {e}"))
        .unwrap_or_else(|| panic!("{command:?} changed nothing"))
}

/// When the base plan's `step`th action was made: stated, not the wall clock, so that tests
/// stating later times (merges, whose winners follow the order of actions) do not depend on the
/// day they run.
pub fn base_time(step: u32) -> String {
    format!("2026-11-30T09:{:02}:{:02}Z", step / 60, step % 60)
}

/// Runs a command made at `at` by "anna"; it must produce a batch; returns the batch number.
pub fn run_at(doc: &mut Document, command: Command, at: &str) -> u64 {
    doc.execute_as(&command, at.into(), "anna".into())
        .unwrap_or_else(|e| panic!("{command:?} failed: {e}"))
        .unwrap_or_else(|| panic!("{command:?} changed nothing"))
}

/// Two rooms, three tables, three logical tables (one VIP), three guests; some assigned/seated.
pub fn base_plan(doc: &mut Document) -> Base {
    let mut step = 0;
    let mut run = |doc: &mut Document, command: Command| {
        step += 1;
        run_at(doc, command, &base_time(step))
    };
    run(
        doc,
        Command::CreateRoom {
            name: "Großer Saal".into(),
            width_m: 30.0,
            height_m: 20.0,
            x_m: 0.0,
            y_m: 0.0,
        },
    );
    run(
        doc,
        Command::CreateRoom {
            name: "Wintergarten".into(),
            width_m: 12.0,
            height_m: 10.0,
            x_m: 32.0,
            y_m: 0.0,
        },
    );
    let plan = doc.plan();
    let hall = plan.room_named("Großer Saal").unwrap().id;
    let garden = plan.room_named("Wintergarten").unwrap().id;
    run(doc, round_table(hall, "1", 3.0, 3.0));
    run(doc, round_table(hall, "2", 7.0, 3.0));
    run(doc, round_table(garden, "A3", 3.0, 3.0));
    for (name, vip) in [("Vertrieb 1", false), ("IT", false), ("VIP 1", true)] {
        run(
            doc,
            Command::CreateLogicalTable {
                name: name.into(),
                vip,
            },
        );
    }
    for g in [
        guest("Anna", "Müller", Some("anna@example.de")),
        guest("Jürgen", "Groß", Some("juergen@example.de")),
        guest("Zoë", "Lefèvre", None),
    ] {
        run(doc, Command::AddGuest(g));
    }
    let plan = doc.plan();
    let base = Base {
        hall,
        garden,
        t1: plan.table_numbered("1").unwrap().id,
        t2: plan.table_numbered("2").unwrap().id,
        t3: plan.table_numbered("A3").unwrap().id,
        sales: plan.logical_named("Vertrieb 1").unwrap().id,
        it: plan.logical_named("IT").unwrap().id,
        vip: plan.logical_named("VIP 1").unwrap().id,
        anna: plan.guest_with_email("anna@example.de").unwrap().id,
        jurgen: plan.guest_with_email("juergen@example.de").unwrap().id,
        zoe: plan
            .guests()
            .find(|g| g.fields.first_name == "Zoë")
            .unwrap()
            .id,
    };
    run(
        doc,
        Command::AssignTable {
            logical: base.sales,
            table: Some(base.t1),
        },
    );
    run(
        doc,
        Command::AssignTable {
            logical: base.vip,
            table: Some(base.t2),
        },
    );
    run(
        doc,
        Command::SeatGuests {
            guests: vec![base.anna, base.jurgen],
            logical: Some(base.sales),
        },
    );
    base
}

/// Runs the real `seatplan` binary with these arguments.
pub fn seatplan_cli<I, S>(args: I) -> std::process::Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    std::process::Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .env("TZ", "UTC")
        .output()
        .unwrap()
}

/// Runs the real `seatplan` binary in English (whatever the machine's language).
pub fn seatplan_en(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .env("SEATPLAN_LANG", "en")
        .env("TZ", "UTC")
        .output()
        .unwrap()
}

/// Runs the CLI with these environment variables (`TZ`, `SEATPLAN_LANG`, …); it must succeed;
/// its stdout.
pub fn ok_with_env(args: &[&str], env: &[(&str, &str)]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "seatplan {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs the CLI in English; it must succeed; its stdout.
pub fn ok_en(args: &[&str]) -> String {
    let out = seatplan_en(args);
    assert!(
        out.status.success(),
        "seatplan {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs the CLI in English; it must fail; its stderr.
pub fn fails_en(args: &[&str]) -> String {
    let out = seatplan_en(args);
    assert!(!out.status.success(), "seatplan {args:?} should fail");
    String::from_utf8(out.stderr).unwrap()
}

/// A closed plan file with the base plan (see [`base_plan`]), in a fresh folder.
pub fn base_plan_file() -> (TempDir, PathBuf) {
    let (dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    drop(doc);
    (dir, path)
}

/// The names of the files in `dir`, sorted.
pub fn file_names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A spreadsheet of `tests/fixtures/sheets`.
pub fn fixture(name: &str) -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sheets")
        .join(name)
}

/// Whether a poppler/librsvg tool is installed (`.ci/run` installs them; a fresh machine may
/// not have them, and the check that needs one is then skipped with a note). CI must have it.
pub fn have(tool: &str) -> bool {
    let found = std::process::Command::new(tool)
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success() || !o.stderr.is_empty());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have {tool} (see .ci/run)"
        );
        eprintln!("note: {tool} is not installed; skipping the check that needs it");
    }
    found
}
