//! The house the compiler guards: which crate may depend on which. The core has no GUI, no CLI and
//! no `anyhow`; printing needs no GUI; the window does not depend on the command line; no panel
//! reaches the event file except through `Document`.

use std::path::Path;

/// The normal (non-dev, non-build) dependencies of `package`, every level (or only its own with
/// `direct`), by name.
fn dependencies(package: &str, direct: bool) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = std::process::Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "--locked",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .args(["--format", "{p}", "-p", package])
        .args(if direct {
            &["--depth", "1"][..]
        } else {
            &[][..]
        })
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(
        !tree.is_empty(),
        "cargo tree: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    tree.lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

fn assert_free_of(package: &str, direct: bool, forbidden: &[&str]) {
    let deps = dependencies(package, direct);
    assert!(
        deps.iter().any(|d| d == package),
        "{package} not found: {deps:?}"
    );
    for name in forbidden {
        assert!(
            !deps.iter().any(|d| d == name),
            "{package} must not depend on {name}"
        );
    }
}

#[test]
fn the_core_links_no_gui_and_no_command_line() {
    assert_free_of(
        "seatplan-core",
        false,
        &[
            "egui",
            "eframe",
            "winit",
            "glow",
            "rfd",
            "clap",
            "anyhow",
            "seatplan-print",
        ],
    );
}

#[test]
fn printing_links_no_gui_and_the_window_no_command_line() {
    assert_free_of(
        "seatplan-print",
        false,
        &["egui", "eframe", "winit", "clap", "anyhow"],
    );
    assert_free_of("seatplan-gui", false, &["clap", "anyhow", "seatplan"]);
    // The event file is SQLite: only the core talks to it.
    assert_free_of("seatplan-gui", true, &["rusqlite"]);
}

#[test]
fn no_panel_opens_the_event_file_itself() {
    let gui = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/seatplan-gui/src");
    let mut folders = vec![gui];
    let mut files = 0;
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            files += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                !text.contains("EventStore"),
                "{} uses the store directly; go through Document",
                path.display()
            );
        }
    }
    assert!(files > 10, "the window's sources were not found");
}
