//! Old files open forever: a plan written with the first (v1) event shapes — `TablePlaced` with
//! `x`/`y` and no size, `GuestAdded` with one `name` — must replay to the same state forever.
//!
//! `tests/fixtures/plan-v1.seatplan` was written once by `write_golden_v1_fixture` (ignored;
//! run it only to add a *new* golden file, never to overwrite this one) and is committed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use seatplan::cli::plan_json;
use seatplan::domain::TableShape;
use seatplan::history::Document;
use seatplan::store::{BatchKind, BatchMeta, EventStore};
use std::path::{Path, PathBuf};

const FIXTURE: &str = "tests/fixtures/plan-v1.seatplan";
const EXPECTED: &str = "tests/fixtures/plan-v1.expected.json";

/// Opens a copy (opening takes a lock and may fold the WAL; the fixture stays pristine).
fn open_copy(dir: &Path) -> Document {
    let copy = dir.join("golden.seatplan");
    std::fs::copy(FIXTURE, &copy).unwrap();
    Document::open(&copy).unwrap()
}

#[test]
fn the_v1_golden_file_replays_to_its_known_state() {
    let dir = tempfile::tempdir().unwrap();
    let doc = open_copy(dir.path());
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    let plan = doc.plan();

    // Upcast: the old single name was split at the last space.
    let anna = plan.guest_with_email("anna.mueller@example.de").unwrap();
    assert_eq!(anna.fields.first_name, "Anna Maria");
    assert_eq!(anna.fields.last_name, "Müller");
    // Upcast + alias: "TablePlaced" v1 became TableAdded v2 with a default size.
    let rect = plan.table_numbered("T1").unwrap();
    assert_eq!(rect.shape, TableShape::Rectangular);
    assert_eq!(
        (rect.width_m, rect.depth_m, rect.rotation_deg),
        (2.0, 0.8, 0.0)
    );
    assert_eq!((rect.x_m, rect.y_m), (6.0, 2.0));
    // The undo/redo markers in the file are honoured.
    assert_eq!(
        plan.logical_named("VIP").unwrap().physical,
        plan.table_numbered("1").map(|t| t.id)
    );
    assert!(plan.logical_named("Verworfen").is_none());

    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXPECTED).unwrap()).unwrap();
    assert_eq!(plan_json(plan), expected);
    let kinds: Vec<BatchKind> = doc.timeline().iter().map(|t| t.kind).collect();
    assert_eq!(kinds.iter().filter(|k| **k == BatchKind::Undo).count(), 3);
    assert_eq!(kinds.iter().filter(|k| **k == BatchKind::Redo).count(), 1);
}

#[test]
#[ignore = "writes a new golden fixture; run by hand only when adding an event version"]
fn write_golden_v1_fixture() {
    let path = PathBuf::from(FIXTURE);
    assert!(!path.exists(), "never overwrite a golden file");
    let mut store = EventStore::create(&path).unwrap();
    let meta = |description: &str, kind: BatchKind| BatchMeta {
        kind,
        at: "2026-05-04T10:00:00Z".into(),
        by: "golden".into(),
        description: description.into(),
    };
    let cmd = BatchKind::Command;
    type RawEvent<'a> = (&'a str, u32, &'a str);
    let batches: Vec<(BatchMeta, Vec<RawEvent>)> = vec![
        (
            meta("Created room “Saal”", cmd),
            vec![(
                "RoomCreated",
                1,
                r#"{"room":1,"name":"Saal","width_m":20.0,"height_m":12.0,"x_m":0.0,"y_m":0.0}"#,
            )],
        ),
        (
            meta("Placed 3 tables", cmd),
            vec![
                (
                    "TablePlaced",
                    1,
                    r#"{"table":2,"number":"1","room":1,"shape":"round","seats":10,"x":2.0,"y":2.0}"#,
                ),
                (
                    "TablePlaced",
                    1,
                    r#"{"table":3,"number":"2","room":1,"shape":"round","seats":8,"x":2.0,"y":6.0}"#,
                ),
                (
                    "TablePlaced",
                    1,
                    r#"{"table":4,"number":"T1","room":1,"shape":"rect","seats":6,"x":6.0,"y":2.0}"#,
                ),
            ],
        ),
        (
            meta("Created logical tables", cmd),
            vec![
                (
                    "LogicalTableCreated",
                    1,
                    r#"{"logical":5,"name":"VIP","vip":true}"#,
                ),
                (
                    "LogicalTableCreated",
                    1,
                    r#"{"logical":6,"name":"Technik","vip":false}"#,
                ),
            ],
        ),
        (
            meta("Added guests", cmd),
            vec![
                (
                    "GuestAdded",
                    1,
                    r#"{"guest":7,"name":"Anna Maria Müller","email":"anna.mueller@example.de","department":"Vorstand","dietary":"vegetarisch","vip":true,"notes":""}"#,
                ),
                (
                    "GuestAdded",
                    1,
                    r#"{"guest":8,"name":"José García","email":null,"department":"Technik","dietary":"","vip":false,"notes":"kommt später"}"#,
                ),
                (
                    "GuestAdded",
                    1,
                    r#"{"guest":9,"name":"Zoë","email":"zoe@example.de","department":"Technik","dietary":"","vip":false,"notes":""}"#,
                ),
            ],
        ),
        (
            meta("Assigned and seated", cmd),
            vec![
                ("LogicalTableAssigned", 1, r#"{"logical":5,"table":2}"#),
                ("LogicalTableAssigned", 1, r#"{"logical":6,"table":3}"#),
                ("GuestSeated", 1, r#"{"guest":7,"logical":5}"#),
                ("GuestSeated", 1, r#"{"guest":8,"logical":6}"#),
                ("GuestSeated", 1, r#"{"guest":9,"logical":6}"#),
            ],
        ),
        (
            meta("Wrong draw", cmd),
            vec![("LogicalTableAssigned", 1, r#"{"logical":6,"table":2}"#)],
        ),
        (
            meta("Undid #6: Wrong draw", BatchKind::Undo),
            vec![("BatchReverted", 1, r#"{"batch":6}"#)],
        ),
        (
            meta("Created “Verworfen”", cmd),
            vec![(
                "LogicalTableCreated",
                1,
                r#"{"logical":10,"name":"Verworfen","vip":false}"#,
            )],
        ),
        (
            meta("Undid #8", BatchKind::Undo),
            vec![("BatchReverted", 1, r#"{"batch":8}"#)],
        ),
        (
            meta("Moved table 2", cmd),
            vec![(
                "TableMoved",
                1,
                r#"{"table":3,"room":1,"x_m":10.0,"y_m":6.0}"#,
            )],
        ),
        (
            meta("Renamed room", cmd),
            vec![("RoomRenamed", 1, r#"{"room":1,"name":"Festsaal"}"#)],
        ),
        (
            meta("Undid #11", BatchKind::Undo),
            vec![("BatchReverted", 1, r#"{"batch":11}"#)],
        ),
        (
            meta("Redid #11", BatchKind::Redo),
            vec![("BatchReinstated", 1, r#"{"batch":11}"#)],
        ),
    ];
    for (meta, events) in &batches {
        store.append_raw(meta, events).unwrap();
    }
    drop(store);
    let dir = tempfile::tempdir().unwrap();
    let doc = open_copy(dir.path());
    let json = serde_json::to_string_pretty(&plan_json(doc.plan())).unwrap();
    std::fs::write(EXPECTED, json + "\n").unwrap();
}

const SEATING_FIXTURE: &str = "tests/fixtures/plan-seating-v1.seatplan";
const SEATING_EXPECTED: &str = "tests/fixtures/plan-seating-v1.expected.json";

/// The first versions of the seating events (issue 14): `WishSet`, `WishRemoved`,
/// `GuestPinned` and `LogicalTablePlannedSeats`, all v1, replay to the same plan forever.
#[test]
fn the_seating_events_golden_file_replays_to_its_known_state() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("seating.seatplan");
    std::fs::copy(SEATING_FIXTURE, &copy).unwrap();
    let doc = Document::open(&copy).unwrap();
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    let plan = doc.plan();
    let anna = plan.guest_with_email("anna@example.de").unwrap();
    let ben = plan.guest_with_email("ben@example.de").unwrap();
    let cem = plan.guest_with_email("cem@example.de").unwrap();
    assert!(anna.pinned);
    assert!(!ben.pinned, "pinned, then unpinned");
    assert_eq!(plan.wish(anna.id, ben.id).map(|w| w.weight), Some(50));
    assert_eq!(
        plan.wish(ben.id, cem.id).and_then(|w| w.rule),
        Some(seatplan::domain::WishRule::Apart)
    );
    assert!(plan.wish(anna.id, cem.id).is_none(), "set, then removed");
    assert_eq!(
        plan.logical_named("Team").and_then(|l| l.planned_seats),
        Some(6)
    );
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SEATING_EXPECTED).unwrap()).unwrap();
    assert_eq!(plan_json(plan), expected);
    assert_eq!(
        doc.describe_batch(5),
        "Ben Weber and Cem Yılmaz must not sit together"
    );
}

#[test]
#[ignore = "writes a new golden fixture; run by hand only when adding an event version"]
fn write_golden_seating_v1_fixture() {
    let path = PathBuf::from(SEATING_FIXTURE);
    assert!(!path.exists(), "never overwrite a golden file");
    let store = EventStore::create(&path).unwrap();
    let meta = |description: &str| BatchMeta {
        kind: BatchKind::Command,
        at: "2026-11-30T10:00:00Z".into(),
        by: "golden".into(),
        description: description.into(),
    };
    type RawEvent<'a> = (&'a str, u32, &'a str);
    let guest = |id: u64, first: &str, last: &str, email: &str| {
        format!(
            r#"{{"guest":{id},"first_name":"{first}","last_name":"{last}","email":"{email}","department":"IT","dietary":"","vip":false,"notes":"","group":""}}"#
        )
    };
    let guests = [
        guest(2, "Anna", "Müller", "anna@example.de"),
        guest(3, "Ben", "Weber", "ben@example.de"),
        guest(4, "Cem", "Yılmaz", "cem@example.de"),
    ];
    let batches: Vec<(BatchMeta, Vec<RawEvent>)> = vec![
        (
            meta("Added guests"),
            guests
                .iter()
                .map(|g| ("GuestAdded", 2, g.as_str()))
                .collect(),
        ),
        (
            meta("Created “Team”"),
            vec![(
                "LogicalTableCreated",
                1,
                r#"{"logical":5,"name":"Team","vip":false}"#,
            )],
        ),
        (
            meta("Wishes"),
            vec![
                ("WishSet", 1, r#"{"guest":2,"with":3,"weight":50}"#),
                ("WishSet", 1, r#"{"guest":2,"with":4,"weight":-20}"#),
            ],
        ),
        (
            meta("Removed the wish between Anna Müller and Cem Yılmaz"),
            vec![("WishRemoved", 1, r#"{"guest":2,"with":4}"#)],
        ),
        (
            meta("Ben Weber and Cem Yılmaz must not sit together"),
            vec![(
                "WishSet",
                1,
                r#"{"guest":3,"with":4,"weight":0,"rule":"apart"}"#,
            )],
        ),
        (
            meta("Pinned"),
            vec![
                ("GuestPinned", 1, r#"{"guest":2,"pinned":true}"#),
                ("GuestPinned", 1, r#"{"guest":3,"pinned":true}"#),
                ("GuestPinned", 1, r#"{"guest":3,"pinned":false}"#),
            ],
        ),
        (
            meta("Planned “Team” for 6 seats"),
            vec![("LogicalTablePlannedSeats", 1, r#"{"logical":5,"seats":6}"#)],
        ),
        (
            meta("Seated"),
            vec![
                ("GuestSeated", 1, r#"{"guest":2,"logical":5}"#),
                ("GuestSeated", 1, r#"{"guest":3,"logical":5}"#),
            ],
        ),
    ];
    write_fixture(store, &path, SEATING_EXPECTED, &batches);
}

const FIELDS_FIXTURE: &str = "tests/fixtures/plan-fields-v1.seatplan";
const FIELDS_EXPECTED: &str = "tests/fixtures/plan-fields-v1.expected.json";

/// The first versions of the custom-field events (issue 15): `FieldDefined`, `FieldRenamed`,
/// `FieldOptionAdded`, `FieldOptionRenamed`, `FieldMoved`, `FieldRemoved`, `GuestFieldSet`.
#[test]
fn the_field_events_golden_file_replays_to_its_known_state() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fields.seatplan");
    std::fs::copy(FIELDS_FIXTURE, &copy).unwrap();
    let doc = Document::open(&copy).unwrap();
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    let plan = doc.plan();
    let names: Vec<&str> = plan.fields().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["Größe", "Bus"],
        "renamed, moved; the removed one gone"
    );
    assert_eq!(plan.fields()[0].options, ["S", "Medium", "L", "XL"]);
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(FIELDS_EXPECTED).unwrap()).unwrap();
    assert_eq!(plan_json(plan), expected);
}

#[test]
#[ignore = "writes a new golden fixture; run by hand only when adding an event version"]
fn write_golden_fields_v1_fixture() {
    let path = PathBuf::from(FIELDS_FIXTURE);
    assert!(!path.exists(), "never overwrite a golden file");
    let store = EventStore::create(&path).unwrap();
    let meta = |description: &str| BatchMeta {
        kind: BatchKind::Command,
        at: "2026-11-30T11:00:00Z".into(),
        by: "golden".into(),
        description: description.into(),
    };
    type RawEvent<'a> = (&'a str, u32, &'a str);
    let batches: Vec<(BatchMeta, Vec<RawEvent>)> = vec![
        (
            meta("Added guests"),
            vec![
                (
                    "GuestAdded",
                    2,
                    r#"{"guest":2,"first_name":"Anna","last_name":"Müller","email":"anna@example.de","department":"","dietary":"","vip":false,"notes":"","group":""}"#,
                ),
                (
                    "GuestAdded",
                    2,
                    r#"{"guest":3,"first_name":"Ben","last_name":"Weber","email":null,"department":"","dietary":"","vip":false,"notes":"","group":""}"#,
                ),
            ],
        ),
        (
            meta("Added fields"),
            vec![
                (
                    "FieldDefined",
                    1,
                    r#"{"field":4,"name":"Shuttle","kind":"yes-no"}"#,
                ),
                (
                    "FieldDefined",
                    1,
                    r#"{"field":5,"name":"T-Shirt","kind":"choice","options":["S","M","L"]}"#,
                ),
                (
                    "FieldDefined",
                    1,
                    r#"{"field":6,"name":"Alter","kind":"number"}"#,
                ),
            ],
        ),
        (
            meta("Values"),
            vec![
                ("GuestFieldSet", 1, r#"{"guest":2,"field":4,"value":true}"#),
                ("GuestFieldSet", 1, r#"{"guest":2,"field":5,"value":"M"}"#),
                ("GuestFieldSet", 1, r#"{"guest":3,"field":6,"value":41.5}"#),
                ("GuestFieldSet", 1, r#"{"guest":3,"field":4,"value":false}"#),
            ],
        ),
        (
            meta("Options"),
            vec![
                ("FieldOptionAdded", 1, r#"{"field":5,"option":"XL"}"#),
                (
                    "FieldOptionRenamed",
                    1,
                    r#"{"field":5,"from":"M","to":"Medium"}"#,
                ),
            ],
        ),
        (
            meta("Renamed and moved"),
            vec![
                ("FieldRenamed", 1, r#"{"field":4,"name":"Bus"}"#),
                ("FieldRenamed", 1, r#"{"field":5,"name":"Größe"}"#),
                ("FieldMoved", 1, r#"{"field":5,"position":0}"#),
            ],
        ),
        (meta("Removed"), vec![("FieldRemoved", 1, r#"{"field":6}"#)]),
        (
            meta("Cleared"),
            vec![("GuestFieldSet", 1, r#"{"guest":3,"field":4,"value":null}"#)],
        ),
    ];
    write_fixture(store, &path, FIELDS_EXPECTED, &batches);
}

const ACCESSIBLE_FIXTURE: &str = "tests/fixtures/plan-accessible-v1.seatplan";
const ACCESSIBLE_EXPECTED: &str = "tests/fixtures/plan-accessible-v1.expected.json";

/// The first version of `TableAccessibleSet` (issue 15: accessible tables).
#[test]
fn the_accessible_table_golden_file_replays_to_its_known_state() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("accessible.seatplan");
    std::fs::copy(ACCESSIBLE_FIXTURE, &copy).unwrap();
    let doc = Document::open(&copy).unwrap();
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    let accessible: Vec<(&str, bool)> = doc
        .plan()
        .tables()
        .map(|t| (t.number.as_str(), t.accessible))
        .collect();
    assert_eq!(accessible, [("1", true), ("2", false), ("3", false)]);
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(ACCESSIBLE_EXPECTED).unwrap()).unwrap();
    assert_eq!(plan_json(doc.plan()), expected);
}

#[test]
#[ignore = "writes a new golden fixture; run by hand only when adding an event version"]
fn write_golden_accessible_v1_fixture() {
    let path = PathBuf::from(ACCESSIBLE_FIXTURE);
    assert!(!path.exists(), "never overwrite a golden file");
    let store = EventStore::create(&path).unwrap();
    let meta = |description: &str| BatchMeta {
        kind: BatchKind::Command,
        at: "2026-11-30T12:00:00Z".into(),
        by: "golden".into(),
        description: description.into(),
    };
    type RawEvent<'a> = (&'a str, u32, &'a str);
    let table = |id: u64, number: &str, y: f64| {
        format!(
            r#"{{"table":{id},"number":"{number}","room":1,"shape":"round","width_m":1.8,"depth_m":1.8,"seats":8,"x_m":2.0,"y_m":{y},"rotation_deg":0.0}}"#
        )
    };
    let tables = [table(2, "1", 2.0), table(3, "2", 5.0), table(4, "3", 8.0)];
    let batches: Vec<(BatchMeta, Vec<RawEvent>)> = vec![
        (
            meta("Created room “Saal”"),
            vec![(
                "RoomCreated",
                1,
                r#"{"room":1,"name":"Saal","width_m":20.0,"height_m":12.0,"x_m":0.0,"y_m":0.0}"#,
            )],
        ),
        (
            meta("Added 3 tables"),
            tables
                .iter()
                .map(|t| ("TableAdded", 2, t.as_str()))
                .collect(),
        ),
        (
            meta("Marked table 1, 2 accessible"),
            vec![
                ("TableAccessibleSet", 1, r#"{"table":2,"accessible":true}"#),
                ("TableAccessibleSet", 1, r#"{"table":3,"accessible":true}"#),
            ],
        ),
        (
            meta("Marked table 2 not accessible"),
            vec![("TableAccessibleSet", 1, r#"{"table":3,"accessible":false}"#)],
        ),
    ];
    write_fixture(store, &path, ACCESSIBLE_EXPECTED, &batches);
}

const OPTION_REMOVED_FIXTURE: &str = "tests/fixtures/plan-option-removed-v1.seatplan";
const OPTION_REMOVED_EXPECTED: &str = "tests/fixtures/plan-option-removed-v1.expected.json";

/// The first version of `FieldOptionRemoved` (issue 15: options are removed too).
#[test]
fn the_option_removed_golden_file_replays_to_its_known_state() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("option.seatplan");
    std::fs::copy(OPTION_REMOVED_FIXTURE, &copy).unwrap();
    let doc = Document::open(&copy).unwrap();
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    let plan = doc.plan();
    let field = plan.field_named("T-Shirt").unwrap();
    assert_eq!(field.options, ["S", "L"]);
    let values: Vec<Option<&seatplan::domain::FieldValue>> =
        plan.guests().map(|g| g.custom.get(&field.id)).collect();
    assert_eq!(
        values,
        [None, Some(&seatplan::domain::FieldValue::Text("L".into()))],
        "the value of the removed option is gone, the other stays"
    );
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(OPTION_REMOVED_EXPECTED).unwrap()).unwrap();
    assert_eq!(plan_json(plan), expected);
}

#[test]
#[ignore = "writes a new golden fixture; run by hand only when adding an event version"]
fn write_golden_option_removed_v1_fixture() {
    let path = PathBuf::from(OPTION_REMOVED_FIXTURE);
    assert!(!path.exists(), "never overwrite a golden file");
    let store = EventStore::create(&path).unwrap();
    let meta = |description: &str| BatchMeta {
        kind: BatchKind::Command,
        at: "2026-11-30T13:00:00Z".into(),
        by: "golden".into(),
        description: description.into(),
    };
    type RawEvent<'a> = (&'a str, u32, &'a str);
    let guest = |id: u64, first: &str| {
        format!(
            r#"{{"guest":{id},"first_name":"{first}","last_name":"Gast","email":null,"department":"","dietary":"","vip":false,"notes":"","group":""}}"#
        )
    };
    let guests = [guest(2, "Anna"), guest(3, "Ben")];
    let batches: Vec<(BatchMeta, Vec<RawEvent>)> = vec![
        (
            meta("Added guests"),
            guests
                .iter()
                .map(|g| ("GuestAdded", 2, g.as_str()))
                .collect(),
        ),
        (
            meta("Added field “T-Shirt”"),
            vec![(
                "FieldDefined",
                1,
                r#"{"field":4,"name":"T-Shirt","kind":"choice","options":["S","M","L"]}"#,
            )],
        ),
        (
            meta("Values"),
            vec![
                ("GuestFieldSet", 1, r#"{"guest":2,"field":4,"value":"M"}"#),
                ("GuestFieldSet", 1, r#"{"guest":3,"field":4,"value":"L"}"#),
            ],
        ),
        (
            meta("Removed option “M” of “T-Shirt”"),
            vec![("FieldOptionRemoved", 1, r#"{"field":4,"option":"M"}"#)],
        ),
    ];
    write_fixture(store, &path, OPTION_REMOVED_EXPECTED, &batches);
}

/// Writes a golden fixture's batches with their raw (old-version) events, closes it, and writes
/// the state a copy of it replays to as the expected JSON.
/// One batch of a golden fixture: its record and its raw events (type, version, payload).
type RawBatch<'a> = (BatchMeta, Vec<(&'a str, u32, &'a str)>);

fn write_fixture(mut store: EventStore, path: &Path, expected: &str, batches: &[RawBatch<'_>]) {
    for (meta, events) in batches {
        store.append_raw(meta, events).unwrap();
    }
    drop(store);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.seatplan");
    std::fs::copy(path, &copy).unwrap();
    let doc = Document::open(&copy).unwrap();
    let json = serde_json::to_string_pretty(&plan_json(doc.plan())).unwrap();
    std::fs::write(expected, json + "\n").unwrap();
}

const MERGED_FIXTURE: &str = "tests/fixtures/plan-merged-v2.seatplan";
const MERGED_EXPECTED: &str = "tests/fixtures/plan-merged-v2.expected.json";
const MERGED_TIMELINE: &str = "tests/fixtures/plan-merged-v2.timeline.json";

/// The timeline as the golden file of layout 2 records it: what replay order and merges decide.
fn merged_timeline(doc: &Document) -> serde_json::Value {
    doc.timeline()
        .iter()
        .map(|e| {
            serde_json::json!({
                "batch": e.batch, "kind": e.kind.as_str(), "id": e.id, "origin": e.origin,
                "merge": e.merge, "merged_by": e.merged_by, "reverted": e.reverted,
                "target": e.target, "at": e.at,
            })
        })
        .collect()
}

/// Layout 2 (stamps) and `ChangesMerged` v1 (issue 16): a plan that merged another copy, whose
/// actions slot in between its own by their stamps, with an undo and redo of the merge and a
/// conflict the later change won.
#[test]
fn the_merged_golden_file_replays_in_stamp_order_to_its_known_state() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("merged.seatplan");
    std::fs::copy(MERGED_FIXTURE, &copy).unwrap();
    let bytes = std::fs::read(&copy).unwrap();
    assert_eq!(
        i32::from_be_bytes([bytes[60], bytes[61], bytes[62], bytes[63]]),
        2,
        "layout 2"
    );
    let doc = Document::open(&copy).unwrap();
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    let plan = doc.plan();
    // Maria's later seat (14:20) won over the earlier one here (14:05).
    let anna = plan.guest_with_email("anna@example.de").unwrap();
    assert_eq!(anna.logical, plan.logical_named("Marketing").map(|l| l.id));
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(MERGED_EXPECTED).unwrap()).unwrap();
    assert_eq!(plan_json(plan), expected);
    let timeline: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(MERGED_TIMELINE).unwrap()).unwrap();
    assert_eq!(merged_timeline(&doc), timeline);
    // The other copy's action made at 14:20 sits between this copy's of 14:05 and 14:30.
    let at: Vec<String> = doc.timeline().iter().map(|e| e.at.clone()).collect();
    let mut sorted = at.clone();
    sorted.sort();
    assert_eq!(at, sorted, "the timeline is in time order: {at:?}");
    assert!(doc.timeline().iter().any(|e| e.merge.is_some()));
}

#[test]
#[ignore = "writes a new golden fixture; run by hand only when adding an event version"]
fn write_golden_merged_v2_fixture() {
    use seatplan::domain::{Command, GuestFields};
    let path = PathBuf::from(MERGED_FIXTURE);
    assert!(!path.exists(), "never overwrite a golden file");
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("mine.seatplan");
    let at = |time: &str| format!("2026-11-30T{time}:00Z");
    let mut doc = Document::create(&mine).unwrap();
    let run = |doc: &mut Document, command: Command, time: &str, by: &str| {
        doc.execute_as(&command, at(time), by.into())
            .unwrap()
            .unwrap()
    };
    for name in ["Vertrieb", "Marketing"] {
        run(
            &mut doc,
            Command::CreateLogicalTable {
                name: name.into(),
                vip: false,
            },
            "13:00",
            "anna",
        );
    }
    run(
        &mut doc,
        Command::AddGuest(GuestFields {
            first_name: "Anna".into(),
            last_name: "Weber".into(),
            email: Some("anna@example.de".into()),
            department: "Vertrieb".into(),
            dietary: String::new(),
            vip: false,
            notes: String::new(),
            group: String::new(),
        }),
        "13:01",
        "anna",
    );
    drop(doc);
    let theirs = dir.path().join("maria.seatplan");
    std::fs::copy(&mine, &theirs).unwrap();
    let seat = |path: &Path, logical: &str, time: &str, by: &str| {
        let mut doc = Document::open(path).unwrap();
        let guest = doc.plan().guest_with_email("anna@example.de").unwrap().id;
        let logical = doc.plan().logical_named(logical).unwrap().id;
        run(
            &mut doc,
            Command::SeatGuests {
                guests: vec![guest],
                logical: Some(logical),
            },
            time,
            by,
        );
    };
    seat(&mine, "Vertrieb", "14:05", "anna");
    seat(&theirs, "Marketing", "14:20", "maria");
    let mut doc = Document::open(&mine).unwrap();
    run(
        &mut doc,
        Command::CreateLogicalTable {
            name: "VIP 1".into(),
            vip: true,
        },
        "14:30",
        "anna",
    );
    let preview = doc.preview_merge(&theirs).unwrap();
    let entry = doc
        .commit_merge_as(preview, at("15:00"), "anna".into())
        .unwrap()
        .unwrap();
    let undo = doc.preview_undo(entry).unwrap();
    doc.commit_as(undo, at("15:01"), "anna".into()).unwrap();
    let redo = doc.preview_redo(entry).unwrap();
    doc.commit_as(redo, at("15:02"), "anna".into()).unwrap();
    drop(doc);
    std::fs::copy(&mine, &path).unwrap();
    let copy = dir.path().join("check.seatplan");
    std::fs::copy(&path, &copy).unwrap();
    let doc = Document::open(&copy).unwrap();
    let json = serde_json::to_string_pretty(&plan_json(doc.plan())).unwrap();
    std::fs::write(MERGED_EXPECTED, json + "\n").unwrap();
    let timeline = serde_json::to_string_pretty(&merged_timeline(&doc)).unwrap();
    std::fs::write(MERGED_TIMELINE, timeline + "\n").unwrap();
}
