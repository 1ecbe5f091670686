//! Times are stored in UTC and shown in local time wherever a person reads them (issue 22):
//! `history`, the timeline, merge and undo previews, printouts; `--json` stays RFC 3339 UTC.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use egui_kittest::kittest::Queryable;
use seatplan::domain::Command;
use seatplan::history::Document;

/// A plan with one action on a winter evening and one on a summer evening (UTC).
fn plan_with_two_seasons() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    run_at(
        &mut doc,
        Command::CreateRoom {
            name: "Saal".into(),
            width_m: 20.0,
            height_m: 10.0,
            x_m: 0.0,
            y_m: 0.0,
        },
        "2026-07-01T21:04:00Z",
    );
    run_at(
        &mut doc,
        Command::CreateRoom {
            name: "Garten".into(),
            width_m: 20.0,
            height_m: 10.0,
            x_m: 25.0,
            y_m: 0.0,
        },
        "2026-11-30T21:04:00Z",
    );
    drop(doc);
    (dir, path)
}

fn history_in(zone: &str, language: &str, args: &[&str]) -> String {
    ok_with_env(args, &[("TZ", zone), ("SEATPLAN_LANG", language)])
}

#[test]
fn history_shows_local_hours_in_summer_and_winter_and_json_stays_utc() {
    let (_dir, path) = plan_with_two_seasons();
    let p = path.to_str().unwrap();
    let berlin = history_in("Europe/Berlin", "en", &["history", p]);
    assert!(
        berlin.contains("2026-07-01 23:04"),
        "summer: UTC+2\n{berlin}"
    );
    assert!(
        berlin.contains("2026-11-30 22:04"),
        "winter: UTC+1\n{berlin}"
    );
    let german = history_in("Europe/Berlin", "de", &["history", p]);
    assert!(german.contains("30.11.2026 22:04"), "{german}");
    let utc = history_in("UTC", "en", &["history", p]);
    assert!(utc.contains("2026-11-30 21:04"), "{utc}");
    let json = history_in("Europe/Berlin", "en", &["history", p, "--json"]);
    assert!(json.contains("\"2026-11-30T21:04:00Z\""), "{json}");
    // New York is behind UTC: the evening is still the same day there.
    let new_york = history_in("America/New_York", "en", &["history", p]);
    assert!(new_york.contains("2026-11-30 16:04"), "{new_york}");
}

#[test]
fn the_timeline_shows_local_time() {
    let (dir, path) = plan_with_two_seasons();
    assert!(seatplan::i18n::set_time_zone(Some("Europe/Berlin")));
    let mut app = seatplan::ui::app::SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    let h = crate::gui::harness(app);
    h.get_by_label_contains("2026-11-30 22:04");
    h.get_by_label_contains("2026-07-01 23:04");
    assert!(h.query_by_label_contains("2026-11-30 21:04").is_none());
    drop(h);
    seatplan::i18n::set_time_zone(None);
}
