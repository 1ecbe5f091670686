//! German and English: the command line, the timeline of old batches, exports, printouts and the
//! window in the language chosen by `SEATPLAN_LANG`, the system or View → Language; `--json`
//! the same in both; text people typed never altered; no label cut or overlapping in the
//! pseudo-locale (every message ~40 % longer) at 1280×800.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common::*;
use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use seatplan::history::Document;
use seatplan::ui::app::SeatplanApp;
use std::path::Path;
use std::process::{Command, Output};

/// The CLI with `SEATPLAN_LANG` (or, with `None`, with `LANG` as given and no override).
fn cli_in(lang: Option<&str>, system: &str, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_seatplan"));
    command
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", system);
    match lang {
        Some(lang) => command.env("SEATPLAN_LANG", lang),
        None => command.env_remove("SEATPLAN_LANG"),
    };
    command.output().unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn demo() -> (tempfile::TempDir, String) {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap().to_owned();
    stdout(&cli_in(Some("en"), "C", &["demo", &p, "--guests", "300"]));
    (dir, p)
}

#[test]
fn the_command_line_speaks_the_system_language_unless_told_otherwise() {
    let (_dir, p) = demo();
    let german = stdout(&cli_in(None, "de_DE.UTF-8", &["show", &p]));
    assert!(german.contains("Räume"), "{german}");
    assert!(german.contains("300 Gäste ("), "{german}");
    assert!(german.contains("Gäste ohne Platz:"), "{german}");
    assert!(german.contains("Großer Saal"), "typed names stay: {german}");
    let english = stdout(&cli_in(Some("en"), "de_DE.UTF-8", &["show", &p]));
    assert!(english.contains("Unseated guests:"), "{english}");
    assert!(english.contains("300 guests ("), "{english}");
    let unknown = stdout(&cli_in(Some("fr"), "fr_FR.UTF-8", &["show", &p]));
    assert_eq!(
        unknown, english,
        "an unknown language falls back to English"
    );
    let variable = stdout(&cli_in(Some("de"), "en_GB.UTF-8", &["show", &p]));
    assert_eq!(variable, german, "SEATPLAN_LANG wins over the system");
}

#[test]
fn old_batches_read_in_today_s_language_and_json_does_not_change() {
    let (_dir, p) = demo();
    // The demo's batches were written (stored) in English.
    let history = stdout(&cli_in(Some("de"), "C", &["history", &p]));
    assert!(history.contains("Raum „Großer Saal“ angelegt"), "{history}");
    assert!(history.contains("logische Tische angelegt"), "{history}");
    assert!(!history.contains("created"), "{history}");
    let english = stdout(&cli_in(Some("en"), "C", &["history", &p]));
    assert!(english.contains("Room “Großer Saal” created"), "{english}");
    for args in [["show", "--json"], ["history", "--json"]] {
        let all = [args[0], &p, args[1]];
        assert_eq!(
            stdout(&cli_in(Some("de"), "C", &all)),
            stdout(&cli_in(Some("en"), "C", &all)),
            "{args:?} is an interface: the same in every language"
        );
    }
    // A command's own report, an undo preview and a check, in German.
    let seat = stdout(&cli_in(Some("de"), "C", &["vip", &p, "Vertrieb 1"]));
    assert!(seat.starts_with("Aktion "), "{seat}");
    assert!(seat.contains("ist jetzt VIP"), "{seat}");
    let preview = stdout(&cli_in(Some("de"), "C", &["undo", &p, "2"]));
    assert!(preview.contains("rückgängig machen"), "{preview}");
    assert!(preview.contains("Mit --yes erneut aufrufen"), "{preview}");
    let check = stdout(&cli_in(Some("de"), "C", &["check", &p]));
    assert!(check.contains("Integrität: in Ordnung"), "{check}");
    // The stored text other tools read stays as written (English).
    let doc = Document::open_or_read_only(Path::new(&p)).unwrap();
    let last = doc.timeline().last().unwrap().description.clone();
    assert!(last.contains("VIP"), "{last}");
    assert!(!last.contains("ist jetzt"), "stored in English: {last}");
}

/// What the CLI said on stderr, for a command that must fail.
fn refused(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn errors_import_previews_and_undo_previews_speak_german() {
    let (dir, path) = temp_plan();
    let p = path.to_str().unwrap();
    let de = |args: &[&str]| cli_in(Some("de"), "C", args);
    // Errors of the file, the history and the domain.
    let missing = dir.path().join("fehlt.seatplan");
    let said = refused(&de(&["show", missing.to_str().unwrap()]));
    assert!(said.contains("seatplan: Fehler: "), "{said}");
    assert!(
        said.contains("fehlt.seatplan: diese Datei gibt es nicht"),
        "{said}"
    );
    stdout(&de(&["new", p]));
    let said = refused(&de(&["undo", p, "99", "--yes"]));
    assert!(said.contains("gibt es keine Aktion 99"), "{said}");
    // An import's preview, its summary and its timeline entry (which names the file).
    let sheet = dir.path().join("Gäste 2026.xlsx");
    std::fs::copy(fixture("guests-messy.xlsx"), &sheet).unwrap();
    let import = stdout(&de(&["import-guests", p, sheet.to_str().unwrap()]));
    for expected in [
        "6 neu · 0 geändert · 0 unverändert · 0 beibehalten · 1 Warnung",
        "Warnung (Zeile 3): die Spalte „Parkplatz“ könnte ein neues Feld werden (Text)",
        "neu (Zeile 4): neuer Gast Jürgen Groß an „12“",
        "Gäste aus Gäste 2026.xlsx importiert — 15 Änderungen",
    ] {
        assert!(import.contains(expected), "{expected} in: {import}");
    }
    assert!(!import.contains("new guest"), "{import}");
    let english = stdout(&cli_in(Some("en"), "C", &["history", p]));
    assert!(
        english.contains("Imported guests from Gäste 2026.xlsx — 15 changes"),
        "{english}"
    );
    // The undo preview's changes, and a domain error from the same plan.
    let preview = stdout(&de(&["undo", p, "1"]));
    assert!(
        preview.contains("Logischer Tisch „12“: wird entfernt"),
        "{preview}"
    );
    assert!(
        preview.contains("Gast Jürgen Groß: wird entfernt"),
        "{preview}"
    );
    let said = refused(&de(&["seat", p, "Jürgen Groß", "Gibt es nicht"]));
    assert!(said.contains("Fehler: "), "{said}");
    assert!(!said.contains("there is"), "{said}");
}

#[test]
fn help_and_usage_errors_speak_german_and_names_stay_english() {
    let help = stdout(&cli_in(Some("de"), "C", &["--help"]));
    for expected in [
        "Aufruf: seatplan",
        "Befehle:",
        "Einen leeren Plan anlegen",
        "import-guests",
    ] {
        assert!(help.contains(expected), "{expected} in: {help}");
    }
    assert!(
        !help.contains("Commands:") && !help.contains("Print help"),
        "{help}"
    );
    let undo = stdout(&cli_in(Some("de"), "C", &["help", "undo"]));
    assert!(
        undo.contains("Aufruf: seatplan undo [OPTIONS] <DATEI> <AKTION>"),
        "{undo}"
    );
    assert!(undo.contains("--yes"), "flag names stay: {undo}");
    let english = stdout(&cli_in(Some("en"), "de_DE.UTF-8", &["print", "--help"]));
    assert!(
        english.contains("Usage: seatplan print [OPTIONS] <FILE> <WHAT> <OUT>"),
        "{english}"
    );
    assert!(
        english.contains("What to print: floor-plan, by-table"),
        "{english}"
    );
    let out = cli_in(Some("de"), "C", &["show"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("seatplan: Fehler: es fehlt: <DATEI>"),
        "{said}"
    );
    assert!(said.contains("Aufruf: seatplan show <DATEI>"), "{said}");
    // A mistyped command is not taken for a plan file.
    let out = cli_in(Some("de"), "C", &["hsitory", "x.seatplan"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("es gibt keinen Befehl „hsitory“"), "{said}");
    let out = cli_in(Some("en"), "C", &["hsitory"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("there is no command “hsitory”"), "{said}");
}

#[test]
fn exports_and_printouts_come_out_in_the_chosen_language() {
    let (dir, p) = demo();
    let out = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    stdout(&cli_in(
        Some("de"),
        "C",
        &["export-seating", &p, &out("sitzplan.xlsx")],
    ));
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(out("sitzplan.xlsx")).unwrap();
    let sheets = book.sheet_names();
    for wanted in ["Nach Tisch", "Gäste A–Z", "Ohne Platz", "Großer Saal"] {
        assert!(sheets.iter().any(|s| s == wanted), "{sheets:?}");
    }
    let by_table = book.worksheet_range("Nach Tisch").unwrap();
    let header: Vec<String> = by_table
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header[..3], ["Raum", "Tisch", "Logischer Tisch"]);
    let csv = std::fs::read_to_string(out("sitzplan-a-z.csv")).unwrap();
    assert!(
        csv.trim_start_matches('\u{feff}')
            .starts_with("Nachname;Vorname;Abteilung;Logischer Tisch;Tisch;Raum\r\n"),
        "{csv}"
    );

    stdout(&cli_in(
        Some("de"),
        "C",
        &["export-emails", &p, &out("mails")],
    ));
    let eml = std::fs::read_dir(out("mails"))
        .unwrap()
        .flatten()
        .find(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .unwrap();
    let text = std::fs::read_to_string(eml.path()).unwrap();
    // "Ihr Platz: Tisch …", RFC 2047-encoded because of nothing but ASCII here.
    assert!(text.contains("Subject: Ihr Platz: Tisch "), "{text}");

    stdout(&cli_in(
        Some("de"),
        "C",
        &["print", &p, "by-table", &out("liste.pdf")],
    ));
    if which("pdftotext") {
        let text = Command::new("pdftotext")
            .args(["-layout", "-enc", "UTF-8", &out("liste.pdf"), "-"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("Sitzliste nach Tischen"), "{text}");
        assert!(text.contains("Seite 1 von"), "{text}");
        assert!(text.contains("gedruckt"), "{text}");
    } else {
        assert!(std::env::var_os("CI").is_none(), "CI must have pdftotext");
    }
}

fn which(tool: &str) -> bool {
    Command::new(tool).arg("-v").output().is_ok()
}

fn harness(app: SeatplanApp, size: egui::Vec2) -> Harness<'static, SeatplanApp> {
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut SeatplanApp| app.ui(ui), app);
    h.run();
    h
}

/// Selects a room as a click on the floor plan would (the floor plan is painted, not widgets).
fn select_room(h: &mut Harness<'_, SeatplanApp>, name: &str) {
    let ws = h.state_mut().workspace_mut().unwrap();
    let room = ws.doc.plan().room_named(name).unwrap().id;
    ws.selection = seatplan::ui::Selection::Room(room);
    h.run();
}

fn open_base_in(dir: &Path, path: &Path) -> SeatplanApp {
    let mut doc = Document::create(path).unwrap();
    base_plan(&mut doc);
    drop(doc);
    let mut app = SeatplanApp::headless(dir.join("data"));
    app.open(path);
    app
}

#[test]
fn view_language_switches_every_panel_at_once_and_is_remembered() {
    seatplan::i18n::set_language("en");
    let (dir, path) = temp_plan();
    let mut h = harness(open_base_in(dir.path(), &path), vec2(1400.0, 900.0));
    h.get_by_label("Timeline");
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Deutsch").click();
    h.run();
    h.run();
    // Menus, panels, the status bar and the timeline, in the same frame.
    h.get_by_label("Datei");
    h.get_by_label("Zeitleiste");
    h.get_by_label("Gäste");
    h.get_by_label("Eigenschaften");
    h.get_by_label_contains("Gäste an einem Tisch");
    h.get_by_label_contains("Raum „Großer Saal“ angelegt");
    assert!(h.query_by_label("Timeline").is_none());
    let settings = std::fs::read_to_string(dir.path().join("data/settings.json")).unwrap();
    assert!(settings.contains(r#""language": "de""#), "{settings}");
    // A new window with the same settings starts in German.
    drop(h);
    seatplan::i18n::set_language("en");
    let app = SeatplanApp::headless(dir.path().join("data"));
    let h = harness(app, vec2(1400.0, 900.0));
    h.get_by_label("Neuer Plan…");
    drop(h);
    seatplan::i18n::set_language("en");
}

#[test]
fn german_input_takes_a_decimal_comma() {
    seatplan::i18n::set_language("de");
    let (dir, path) = temp_plan();
    let mut h = harness(open_base_in(dir.path(), &path), vec2(1400.0, 900.0));
    select_room(&mut h, "Großer Saal");
    h.get_by_label("Breite (m)").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Breite (m)").type_text("32,5");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let plan = h.state().workspace().unwrap().doc.plan().clone();
    let room = plan.room_named("Großer Saal").unwrap();
    assert!((room.width_m - 32.5).abs() < 1e-9, "{}", room.width_m);
    seatplan::i18n::set_language("en");
}

/// Text nodes (labels, buttons, boxes) with their bounds, for the layout check.
fn text_nodes<S>(h: &Harness<'_, S>) -> Vec<(String, egui::Rect, Option<String>)> {
    use egui::accesskit::Role;
    let mut out = Vec::new();
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        if !matches!(
            ak.role(),
            Role::Label | Role::Button | Role::CheckBox | Role::RadioButton | Role::ComboBox
        ) || ak.is_hidden()
        {
            continue;
        }
        // A button's text is its label; a plain label's text is its value.
        let (Some(label), Some(b)) = (ak.label().or_else(|| ak.value()), ak.bounding_box()) else {
            continue;
        };
        if label.trim().is_empty() {
            continue;
        }
        let rect = egui::Rect::from_min_max(
            egui::pos2(b.x0 as f32, b.y0 as f32),
            egui::pos2(b.x1 as f32, b.y1 as f32),
        );
        let parent = ak.parent().map(|p| format!("{:?}", p.id()));
        out.push((label, rect, parent));
    }
    out
}

/// No text is pushed out of the window and no two texts in one layout overlap.
fn assert_layout_holds(h: &Harness<'_, SeatplanApp>, size: egui::Vec2, what: &str) {
    assert!(text_nodes(h).len() > 10, "{what}: the window shows text");
    let problems = layout_problems(h, size);
    assert!(problems.is_empty(), "{what}:\n{}", problems.join("\n"));
}

/// Texts pushed out of the window, and texts of one layout that overlap.
fn layout_problems<S>(h: &Harness<'_, S>, size: egui::Vec2) -> Vec<String> {
    let nodes = text_nodes(h);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let mut problems = Vec::new();
    for (label, rect, _) in &nodes {
        // Rows scrolled out of view are not shown at all; what is shown must fit.
        if !rect.intersects(screen) || rect.min.y >= size.y || rect.max.y <= 0.0 {
            continue;
        }
        if rect.min.x < -0.5 || rect.max.x > size.x + 0.5 {
            problems.push(format!("cut at the window's edge: {label:?} {rect:?}"));
        }
    }
    for (i, (a, ra, pa)) in nodes.iter().enumerate() {
        for (b, rb, pb) in &nodes[i + 1..] {
            if pa != pb || !screen.contains_rect(*ra) || !screen.contains_rect(*rb) {
                continue;
            }
            let overlap = ra.intersect(*rb);
            if overlap.width() > 1.0 && overlap.height() > 1.0 {
                problems.push(format!("{a:?} {ra:?} overlaps {b:?} {rb:?}"));
            }
        }
    }
    problems
}

#[test]
fn no_label_is_cut_or_overlaps_in_the_pseudo_locale_at_1280_by_800() {
    let size = vec2(1280.0, 800.0);
    seatplan::i18n::set_language(seatplan::i18n::PSEUDO);
    let (dir, path) = temp_plan();
    let mut h = harness(open_base_in(dir.path(), &path), size);
    h.run();
    // Every message is pseudo-localised; typed names are not.
    h.get_by_label_contains("[Fílé");
    assert!(h.query_all_by_label_contains("Großer Saal").count() > 0);
    assert_layout_holds(&h, size, "main window");

    // A room in the inspector.
    select_room(&mut h, "Großer Saal");
    assert_layout_holds(&h, size, "room inspector");

    // The delete dialog.
    h.key_press(egui::Key::Delete);
    h.run();
    h.run();
    assert_layout_holds(&h, size, "delete dialog");
    h.key_press(egui::Key::Escape);
    h.run();

    // The print window.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run();
    h.run();
    assert_layout_holds(&h, size, "print window");
    drop(h);
    seatplan::i18n::set_language("en");
}

#[test]
fn the_layout_check_finds_a_cut_label() {
    // The check itself: a label wider than the window is reported.
    let size = vec2(300.0, 200.0);
    let mut h = Harness::builder().with_size(size).build_ui(|ui| {
        ui.horizontal(|ui| {
            let _ = ui.button("A button long enough to run past the right edge of this window");
        });
        // Two labels of one layout drawn over each other.
        ui.label("first on top");
        ui.add_space(-16.0);
        ui.label("second on top");
    });
    h.run();
    let problems = layout_problems(&h, size);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("cut at the window's edge: \"A button long")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("\"first on top\"") && p.contains("overlaps")),
        "{problems:?}"
    );
}
