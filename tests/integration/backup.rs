//! Rolling backups: taken on open in the data folder, the newest ten kept, each a consistent plan
//! file; restoring makes a new file and never overwrites; `check` reports the last backup.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use seatplan::backup::{KEEP, all_backups, backups_of, restore, take_backup};
use seatplan::domain::Command;
use seatplan::history::Document;

#[test]
fn backups_roll_hold_the_plan_and_restore_as_a_new_file() {
    let (dir, path) = temp_plan();
    let data = dir.path().join("data");
    let mut doc = Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    let first = take_backup(&doc, &data).unwrap();
    assert!(first.starts_with(data.join("backups")));
    let at_first = doc.plan().clone();
    for i in 0..(KEEP + 3) {
        run(
            &mut doc,
            Command::SetTableSeats {
                table: b.t1,
                seats: 2 + i as u32,
            },
        );
        take_backup(&doc, &data).unwrap();
    }
    let backups = backups_of(&data, &path);
    assert_eq!(backups.len(), KEEP, "only the newest {KEEP} are kept");
    assert!(!first.exists(), "the oldest was removed");
    assert_eq!(all_backups(&data).len(), KEEP);
    // Newest first: each older backup has one seat fewer at table 1.
    let seats: Vec<u32> = backups
        .iter()
        .map(|x| {
            Document::open(&x.path)
                .unwrap()
                .plan()
                .table(b.t1)
                .unwrap()
                .seats
        })
        .collect();
    assert!(seats.windows(2).all(|w| w[0] == w[1] + 1), "{seats:?}");

    // The newest backup is a complete, consistent plan with the whole history.
    let newest = Document::open(&backups[0].path).unwrap();
    assert_eq!(newest.plan(), doc.plan());
    assert_eq!(newest.timeline(), doc.timeline());
    assert!(newest.integrity_check().unwrap().is_empty());
    drop(newest);

    // Restore: a new file beside, never over anything.
    let restored = restore(&backups[0], dir.path()).unwrap();
    assert_ne!(restored, path);
    assert!(
        restored
            .file_name()
            .unwrap()
            .to_string_lossy()
            .contains("(restored ")
    );
    let again = restore(&backups[0], dir.path()).unwrap();
    assert_ne!(
        again, restored,
        "a second restore does not overwrite the first"
    );
    assert_eq!(Document::open(&restored).unwrap().plan(), doc.plan());
    assert_ne!(at_first, *doc.plan());
}

#[test]
fn check_reports_the_last_backup() {
    let (dir, path) = temp_plan();
    let data = dir.path().join("xdg");
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    let run_check = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_seatplan"))
            .args(["check", path.to_str().unwrap()])
            .env("XDG_DATA_HOME", &data)
            .env("HOME", dir.path())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let backup = take_backup(&doc, &data.join("seatplan")).unwrap();
    drop(doc);
    let text = run_check();
    assert!(
        text.contains(&format!("last backup: {}", backup.display())),
        "{text}"
    );
    std::fs::remove_dir_all(&data).unwrap();
    assert!(run_check().contains("last backup: none yet"));
}
