//! Hostile environments: the plan file deleted or moved while open, a full disk, odd paths. Each
//! gives a clear message, no edit is reported as done unless it is on disk, the plan stays in
//! memory (read-only) and can be saved elsewhere.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use seatplan::domain::{Command, GuestFields};
use seatplan::history::{Document, HistoryError};
use seatplan::store::StoreError;

fn edit(doc: &mut Document) -> Result<Option<u64>, HistoryError> {
    doc.execute(&Command::CreateLogicalTable {
        name: format!("Team {}", doc.next_id()),
        vip: false,
    })
}

#[test]
fn a_plan_deleted_or_moved_while_open_refuses_edits_and_can_be_saved_elsewhere() {
    for how in ["delete", "move"] {
        let (dir, path) = temp_plan();
        let mut doc = Document::create(&path).unwrap();
        base_plan(&mut doc);
        let state = doc.plan().clone();
        match how {
            "delete" => std::fs::remove_file(&path).unwrap(),
            _ => std::fs::rename(&path, dir.path().join("elsewhere.seatplan")).unwrap(),
        }
        let error = edit(&mut doc).unwrap_err();
        assert!(
            matches!(error, HistoryError::Store(StoreError::Moved(_))),
            "{how}: {error}"
        );
        assert!(
            error
                .to_string()
                .contains("moved or deleted while it was open")
        );
        assert_eq!(*doc.plan(), state, "{how}: nothing changed in memory");
        assert!(doc.read_only_reason().is_some());
        assert!(
            matches!(edit(&mut doc), Err(HistoryError::ReadOnly(_))),
            "{how}: stays read-only"
        );
        // Everything is still there to be saved under a new name.
        let copy = dir.path().join("rescued.seatplan");
        doc.save_copy(&copy).unwrap();
        drop(doc);
        let rescued = Document::open(&copy).unwrap();
        assert_eq!(*rescued.plan(), state, "{how}");
    }
}

#[test]
fn a_full_disk_reports_the_edit_as_not_saved_and_keeps_the_file_sound() {
    let (dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    let state = doc.plan().clone();
    let events = doc.event_count();
    doc.simulate_full_disk().unwrap();
    let import = Command::Many {
        description: "Imported 2000 guests".into(),
        commands: (0..2000)
            .map(|i| {
                Command::AddGuest(GuestFields {
                    first_name: format!("Gast {i}"),
                    last_name: "Voll".repeat(20),
                    ..GuestFields::default()
                })
            })
            .collect(),
    };
    let error = doc.execute(&import).unwrap_err();
    assert!(
        matches!(error, HistoryError::Store(StoreError::DiskFull(_))),
        "{error}"
    );
    assert!(error.to_string().contains("NOT saved"));
    assert_eq!(*doc.plan(), state);
    assert!(doc.read_only_reason().unwrap().contains("disk is full"));
    let copy = dir.path().join("copy.seatplan");
    doc.save_copy(&copy).unwrap();
    drop(doc);
    let reopened = Document::open(&path).unwrap();
    assert_eq!(
        reopened.event_count(),
        events,
        "the failed batch left nothing behind"
    );
    assert!(reopened.integrity_check().unwrap().is_empty());
    assert_eq!(*reopened.plan(), state);
    assert_eq!(*Document::open(&copy).unwrap().plan(), state);
}

#[test]
fn paths_with_spaces_and_non_ascii_characters_work_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Feier 2026 – Gäste & Tische");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("Großer Plan (Entwurf) ü.seatplan");
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    let backup = seatplan::backup::take_backup(&doc, &folder.join("Daten ä")).unwrap();
    let copy = folder.join("Kopie ö.seatplan");
    doc.save_copy(&copy).unwrap();
    let state = doc.plan().clone();
    drop(doc);
    for p in [&path, &backup, &copy] {
        assert_eq!(*Document::open(p).unwrap().plan(), state, "{}", p.display());
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(["check"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Sets or clears the immutable flag (root cannot write an immutable file); false if unsupported.
fn immutable(path: &std::path::Path, on: bool) -> bool {
    std::process::Command::new("chattr")
        .arg(if on { "+i" } else { "-i" })
        .arg(path)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn a_read_only_plan_opens_read_only_and_can_be_copied() {
    let (dir, path) = temp_plan();
    let mut doc = Document::create(&path).unwrap();
    base_plan(&mut doc);
    let state = doc.plan().clone();
    drop(doc);
    if !immutable(&path, true) {
        eprintln!("chattr +i is not available here: the read-only file case is skipped");
        return;
    }
    let result = std::panic::catch_unwind(|| {
        let error = Document::open(&path).unwrap_err();
        assert!(error.to_string().contains("read-only"), "{error}");
        let mut doc = Document::open_or_read_only(&path).unwrap();
        assert_eq!(*doc.plan(), state);
        assert!(doc.read_only_reason().unwrap().contains("read-only"));
        assert!(matches!(edit(&mut doc), Err(HistoryError::ReadOnly(_))));
        let copy = dir.path().join("editable.seatplan");
        doc.save_copy(&copy).unwrap();
        drop(doc);
        let mut copy = Document::open(&copy).unwrap();
        assert_eq!(*copy.plan(), state);
        edit(&mut copy).unwrap();
        // The CLI reads it too.
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_seatplan"))
            .args(["show", path.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    });
    immutable(&path, false);
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

/// A small tmpfs mounted in a fresh folder, unmounted when dropped; `None` where this runner may
/// not mount (the caller says what it skips).
struct SmallDisk {
    _dir: tempfile::TempDir,
    mount: std::path::PathBuf,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let mount = dir.path().join("small");
        std::fs::create_dir(&mount).unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&mount)
            .output()
            .is_ok_and(|o| o.status.success());
        mounted.then_some(SmallDisk { _dir: dir, mount })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(&self.mount)
            .output();
    }
}

#[test]
fn a_really_full_disk_keeps_every_committed_batch() {
    let Some(disk) = SmallDisk::mount("600k") else {
        eprintln!(
            "cannot mount a small tmpfs here: the real full-disk case is skipped (simulated above)"
        );
        return;
    };
    let path = disk.mount.join("plan.seatplan");
    {
        let mut doc = Document::create(&path).unwrap();
        base_plan(&mut doc);
        let mut committed = doc.batch_count();
        let error = loop {
            let import = Command::Many {
                description: "Imported guests".into(),
                commands: (0..100)
                    .map(|i| {
                        Command::AddGuest(GuestFields {
                            first_name: format!("Gast {i}"),
                            last_name: "x".repeat(300),
                            ..GuestFields::default()
                        })
                    })
                    .collect(),
            };
            match doc.execute(&import) {
                Ok(_) => committed = doc.batch_count(),
                Err(e) => break e,
            }
        };
        assert!(error.to_string().contains("disk is full"), "{error}");
        assert!(doc.read_only_reason().is_some());
        drop(doc);
        let doc = Document::open_or_read_only(&path).unwrap();
        assert_eq!(
            doc.batch_count(),
            committed,
            "every committed batch is there, the failed one is not"
        );
        assert!(doc.integrity_check().unwrap().is_empty());
    }
}

#[test]
fn an_export_onto_a_full_disk_says_so_and_leaves_no_half_file() {
    let (_plan_dir, plan) = base_plan_file();
    let Some(disk) = SmallDisk::mount("64k") else {
        eprintln!("cannot mount a small tmpfs here: the full-disk export case is skipped");
        return;
    };
    let mount = &disk.mount;
    {
        // Fill the disk.
        let filler = mount.join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        while std::io::Write::write_all(&mut file, &[0u8; 4096]).is_ok() {}
        drop(file);
        let out = mount.join("x.xlsx");
        let run = seatplan_cli([
            "export-seating",
            plan.to_str().unwrap(),
            out.to_str().unwrap(),
        ]);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(!run.status.success());
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        assert!(stderr.contains("No space left on device"), "{stderr}");
        assert!(!stderr.contains("ZipWriter"), "{stderr}");
        let mut left: Vec<String> = std::fs::read_dir(mount)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["filler"], "no half-written or temporary file stays");
    }
}
