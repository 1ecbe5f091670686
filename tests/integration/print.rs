//! Printing: the laid-out pages (scale, completeness, nothing off the paper), the PDFs the CLI
//! writes read back with poppler (`pdfinfo`, `pdftotext`, `pdftoppm`), and the floor plan SVG
//! rendered by `rsvg-convert`. CI installs poppler-utils and librsvg2-bin (see `.ci/run`);
//! elsewhere the checks that need them are skipped with a note.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure
use crate::common::*;
use seatplan::domain::Plan;
use seatplan::io::print::font::{Fonts, Weight};
use seatplan::io::print::{
    Align, Canvas, FloorPlanScope, Item, Page, Paint, Paper, PrintContext, PrintError, Printout,
    Rgb, Stroke, Text, layout,
};
use std::path::Path;
use std::process::Command as Process;

fn context() -> PrintContext {
    PrintContext {
        plan_name: "party".into(),
        printed_at: "26 Nov 2026, 14:05".into(),
        fields: Vec::new(),
    }
}

fn pages(plan: &Plan, printout: Printout) -> Vec<Page> {
    layout(plan, printout, &context(), &Fonts::load().unwrap()).unwrap()
}

fn all_text(pages: &[Page]) -> Vec<String> {
    pages
        .iter()
        .flat_map(|p| p.texts().map(|t| t.text.clone()))
        .collect()
}

/// Every printout of a plan.
fn every_printout() -> [Printout; 7] {
    [
        Printout::FloorPlan {
            scope: FloorPlanScope::Venue,
            paper: Paper::A4,
        },
        Printout::FloorPlan {
            scope: FloorPlanScope::EachRoom,
            paper: Paper::A3,
        },
        Printout::SeatingByTable,
        Printout::GuestsAToZ,
        Printout::TableCards,
        Printout::PlaceCards,
        Printout::FloorPlan {
            scope: FloorPlanScope::Venue,
            paper: Paper::A3,
        },
    ]
}

/// Collects everything drawn outside the paper, and text closer than 5 mm to its edge (where
/// printers cannot print).
struct OffPaper<'a> {
    fonts: &'a Fonts,
    width_mm: f32,
    height_mm: f32,
    problems: Vec<String>,
}

impl OffPaper<'_> {
    fn check(&mut self, what: &str, points: &[(f32, f32)], margin: f32) {
        let outside = points.iter().any(|&(x, y)| {
            x < margin - 0.01
                || y < margin - 0.01
                || x > self.width_mm - margin + 0.01
                || y > self.height_mm - margin + 0.01
        });
        if outside {
            self.problems.push(format!("{what} at {points:?}"));
        }
    }
}

impl Canvas for OffPaper<'_> {
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, _: &Paint) {
        self.check("rect", &[(x, y), (x + w, y + h)], 0.0);
    }
    fn circle(&mut self, x: f32, y: f32, r: f32, _: &Paint) {
        self.check("circle", &[(x - r, y - r), (x + r, y + r)], 0.0);
    }
    fn polygon(&mut self, points: &[(f32, f32)], _: &Paint) {
        self.check("polygon", points, 0.0);
    }
    fn line(&mut self, from: (f32, f32), to: (f32, f32), _: &Stroke) {
        self.check("line", &[from, to], 0.0);
    }
    fn text(&mut self, t: &Text) {
        let width = self.fonts.width_mm(&t.text, t.size_pt, t.weight);
        let (left, right) = match (t.align, t.upside_down) {
            (Align::Left, false) | (Align::Right, true) => (t.x_mm, t.x_mm + width),
            (Align::Right, false) | (Align::Left, true) => (t.x_mm - width, t.x_mm),
            (Align::Centre, _) => (t.x_mm - width / 2.0, t.x_mm + width / 2.0),
        };
        let what = format!("text {:?}", t.text);
        self.check(&what, &[(left, t.y_mm), (right, t.y_mm)], 5.0);
    }
}

#[test]
fn nothing_is_drawn_off_the_paper_in_any_printout() {
    let (_dir, path) = temp_plan();
    let doc = seatplan::demo::write_demo(&path, 400, 5).unwrap();
    let fonts = Fonts::load().unwrap();
    // The check itself sees text too close to the edge.
    let mut bad = Page::new((210.0, 297.0));
    bad.text(2.0, 20.0, 10.0, Weight::Regular, Align::Left, Rgb::INK, "x");
    let mut check = OffPaper {
        fonts: &fonts,
        width_mm: 210.0,
        height_mm: 297.0,
        problems: Vec::new(),
    };
    bad.draw(&mut check);
    assert_eq!(check.problems.len(), 1);
    for printout in every_printout() {
        for (n, page) in pages(doc.plan(), printout).iter().enumerate() {
            let mut check = OffPaper {
                fonts: &fonts,
                width_mm: page.width_mm,
                height_mm: page.height_mm,
                problems: Vec::new(),
            };
            page.draw(&mut check);
            assert!(
                check.problems.is_empty(),
                "{} page {}: off the paper: {:?}",
                printout.label(),
                n + 1,
                check.problems
            );
        }
    }
}

#[test]
fn the_floor_plan_is_drawn_at_the_scale_it_states_with_every_table_and_the_legend() {
    let (_dir, path) = temp_plan();
    let mut doc = seatplan::history::Document::create(&path).unwrap();
    base_plan(&mut doc);
    let plan = doc.plan();
    let venue = pages(
        plan,
        Printout::FloorPlan {
            scope: FloorPlanScope::Venue,
            paper: Paper::A4,
        },
    );
    assert_eq!(venue.len(), 1);
    let page = &venue[0];
    assert_eq!((page.width_mm, page.height_mm), (297.0, 210.0));
    let text = all_text(&venue);
    // The two rooms span 44 m: 1:200 fits the 273 mm wide drawing area (220 mm), 1:150 does not.
    assert!(text.contains(&"Scale 1:200 on A4".to_owned()), "{text:?}");
    let hall = plan.room_named("Großer Saal").unwrap();
    let hall_rect = page
        .items
        .iter()
        .find_map(|i| match i {
            Item::Rect {
                width_mm,
                height_mm,
                ..
            } if (*width_mm - 150.0).abs() < 0.01 => Some((*width_mm, *height_mm)),
            _ => None,
        })
        .expect("the hall, 30 m = 150 mm at 1:200");
    assert!((hall_rect.1 - hall.height_m as f32 * 5.0).abs() < 0.01);
    for table in plan.tables() {
        assert!(text.contains(&table.number), "table {}", table.number);
    }
    assert_eq!(
        page.items
            .iter()
            .filter(|i| matches!(i, Item::Circle { .. }))
            .count(),
        3
    );
    for label in [
        "Vertrieb 1",
        "VIP 1",
        "no logical table (1)",
        "assigned (1)",
        "VIP table (1)",
        "over capacity (0)",
        "3 tables · 30 seats · 2 guests seated",
        "Floor plan — all rooms",
        "party · printed 26 Nov 2026, 14:05",
    ] {
        assert!(text.contains(&label.to_owned()), "{label}: {text:?}");
    }
    // One room: only its tables, at a larger scale.
    let garden = pages(
        plan,
        Printout::FloorPlan {
            scope: FloorPlanScope::Room(plan.room_named("Wintergarten").unwrap().id),
            paper: Paper::A3,
        },
    );
    let text = all_text(&garden);
    assert!(text.contains(&"Floor plan — Wintergarten".to_owned()));
    assert!(text.contains(&"A3".to_owned()) && !text.contains(&"1".to_owned()));
    assert!(
        text.iter().any(|t| t.starts_with("Scale 1:50 on A3")),
        "{text:?}"
    );
    assert_eq!((garden[0].width_mm, garden[0].height_mm), (420.0, 297.0));
    let each = pages(
        plan,
        Printout::FloorPlan {
            scope: FloorPlanScope::EachRoom,
            paper: Paper::A4,
        },
    );
    assert_eq!(each.len(), 2);
}

#[test]
fn seating_lists_name_every_guest_once_in_order_with_page_numbers() {
    let (_dir, path) = temp_plan();
    let mut doc = seatplan::demo::write_demo(&path, 600, 9).unwrap();
    // Two tables get fewer seats than guests.
    let full: Vec<_> = doc
        .plan()
        .logical_tables()
        .filter_map(|l| l.physical)
        .take(2)
        .collect();
    for table in full {
        run(
            &mut doc,
            seatplan::domain::Command::SetTableSeats { table, seats: 1 },
        );
    }
    let plan = doc.plan();

    let by_table = pages(plan, Printout::SeatingByTable);
    let text = all_text(&by_table);
    let n = by_table.len();
    assert!(n > 3);
    for i in 1..=n {
        assert!(text.contains(&format!("Page {i} of {n}")));
    }
    // Every guest appears once as a guest line (names are not shortened at this size).
    for guest in plan.guests() {
        let name = guest.display_name();
        let namesakes = plan.guests().filter(|g| g.display_name() == name).count();
        let count = text.iter().filter(|t| **t == name).count();
        assert_eq!(count, namesakes, "{name}");
    }
    for l in plan.logical_tables() {
        let table = l.physical.and_then(|t| plan.table(t));
        let heading = match table {
            Some(t) => format!("Table {} — {}", t.number, l.name),
            None => format!("{} — not placed", l.name),
        };
        assert!(
            text.iter().any(|t| *t == heading
                || (t.ends_with('…') && heading.starts_with(t.trim_end_matches('…')))),
            "{heading}"
        );
    }

    // Tables with more guests than seats are flagged (the demo has some).
    let seated = plan.seated_per_logical();
    let over = plan
        .logical_tables()
        .filter(|l| {
            l.physical
                .and_then(|t| plan.table(t))
                .is_some_and(|t| seated.get(&l.id).copied().unwrap_or(0) > t.seats)
        })
        .count();
    assert!(over > 0);
    let flagged = by_table
        .iter()
        .flat_map(|p| p.texts())
        .filter(|t| t.text.starts_with("Over capacity: ") && t.colour != Rgb::GREY)
        .count();
    assert_eq!(flagged, over);

    // A–Z: bold table numbers follow the alphabetical order of the guests.
    let a_z = pages(plan, Printout::GuestsAToZ);
    let names: Vec<String> = a_z
        .iter()
        .flat_map(|p| p.texts())
        .filter(|t| t.weight == Weight::Regular && t.size_pt == 9.5)
        .map(|t| t.text.clone())
        .collect();
    let mut guests: Vec<_> = plan.guests().collect();
    guests.sort_by(|a, b| seatplan::domain::collate::name_cmp(a, b));
    assert_eq!(names.len(), guests.len());
    for (shown, guest) in names.iter().zip(&guests) {
        let full = format!("{}, {}", guest.fields.last_name, guest.fields.first_name);
        assert!(
            *shown == full
                || (shown.ends_with('…') && full.starts_with(shown.trim_end_matches('…'))),
            "{shown} vs {full}"
        );
    }
}

#[test]
fn cards_come_in_front_and_back_pairs_one_table_per_sheet_and_eight_guests_per_sheet() {
    let (_dir, path) = temp_plan();
    let mut doc = seatplan::history::Document::create(&path).unwrap();
    base_plan(&mut doc);
    let plan = doc.plan();
    let tables = pages(plan, Printout::TableCards);
    assert_eq!(tables.len(), 3);
    for (page, number) in tables.iter().zip(["1", "2", "A3"]) {
        assert_eq!((page.width_mm, page.height_mm), (210.0, 297.0));
        let copies: Vec<_> = page.texts().filter(|t| t.text == number).collect();
        assert_eq!(copies.len(), 2, "table {number}");
        assert!(!copies[0].upside_down && copies[1].upside_down);
        // The front on the lower half, the back mirrored on the upper half.
        assert!(copies[0].y_mm > 148.5 && copies[1].y_mm < 148.5);
        assert!((copies[0].y_mm + copies[1].y_mm - 297.0).abs() < 0.01);
    }
    assert_eq!(
        tables[0].texts().filter(|t| t.text == "Vertrieb 1").count(),
        2
    );
    assert_eq!(tables[2].texts().filter(|t| t.text == "Table").count(), 2);

    let places = pages(plan, Printout::PlaceCards);
    assert_eq!(places.len(), 1);
    let text = all_text(&places);
    for name in ["Anna Müller", "Jürgen Groß"] {
        assert_eq!(text.iter().filter(|t| *t == name).count(), 2, "{name}");
    }
    assert!(
        !text.contains(&"Zoë Lefèvre".to_owned()),
        "not seated: no card"
    );
    assert_eq!(
        text.iter().filter(|t| *t == "Table 1 · Vertrieb 1").count(),
        4
    );

    let (_dir, path) = temp_plan();
    let doc = seatplan::demo::write_demo(&path, 300, 3).unwrap();
    let seated = doc.plan().guests().filter(|g| g.logical.is_some()).count();
    assert_eq!(
        pages(doc.plan(), Printout::PlaceCards).len(),
        seated.div_ceil(8)
    );
}

#[test]
fn an_empty_plan_has_nothing_to_print_and_says_why() {
    let (_dir, path) = temp_plan();
    let doc = seatplan::history::Document::create(&path).unwrap();
    let fonts = Fonts::load().unwrap();
    for (printout, why) in [
        (
            Printout::FloorPlan {
                scope: FloorPlanScope::Venue,
                paper: Paper::A4,
            },
            "nothing to print: the plan has no rooms yet",
        ),
        (
            Printout::GuestsAToZ,
            "nothing to print: the plan has no guests yet",
        ),
        (
            Printout::TableCards,
            "nothing to print: the plan has no tables yet",
        ),
        (
            Printout::PlaceCards,
            "nothing to print: no guest is seated at a table yet",
        ),
    ] {
        let error = layout(doc.plan(), printout, &context(), &fonts).unwrap_err();
        assert!(matches!(error, PrintError::Nothing(_)));
        assert_eq!(error.to_string(), why);
    }
}

/// Runs the CLI, which must succeed.
fn cli_ok<const N: usize>(args: [&str; N]) -> std::process::Output {
    let run = seatplan_cli(args);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    run
}

fn pdf_text(pdf: &Path) -> String {
    let out = Process::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn pdf_info(pdf: &Path) -> String {
    let out = Process::new("pdfinfo").arg(pdf).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Renders page `page` of a PDF as greyscale and returns the share of dark pixels in the upper
/// and lower half of the sheet.
fn ink(pdf: &Path, page: usize) -> (f64, f64) {
    let dir = tempfile::tempdir().unwrap();
    let stem = dir.path().join("page");
    let status = Process::new("pdftoppm")
        .args([
            "-gray",
            "-r",
            "30",
            "-singlefile",
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
        ])
        .arg(pdf)
        .arg(&stem)
        .status()
        .unwrap();
    assert!(status.success());
    let pgm = std::fs::read(stem.with_extension("pgm")).unwrap();
    // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
    let header: Vec<&[u8]> = pgm.splitn(4, |b| b.is_ascii_whitespace()).take(3).collect();
    let width: usize = std::str::from_utf8(header[1]).unwrap().parse().unwrap();
    let pixels = &pgm[pgm.len() - width * (pgm.len() / width)..];
    let pixels = &pixels[pixels.len() % width..];
    let half = pixels.len() / 2 / width * width;
    let dark = |p: &[u8]| p.iter().filter(|&&v| v < 128).count() as f64 / p.len() as f64;
    (dark(&pixels[..half]), dark(&pixels[half..]))
}

#[test]
fn the_cli_prints_pdfs_that_poppler_reads_back() {
    let (dir, path) = temp_plan();
    let mut doc = seatplan::history::Document::create(&path).unwrap();
    base_plan(&mut doc);
    drop(doc);
    let file = path.to_str().unwrap();
    let out = |name: &str| dir.path().join(name);
    let cases: [(&str, &[&str], &str); 6] = [
        ("floor-plan", &[], "floor.pdf"),
        ("floor-plan", &["--paper", "a3", "--each-room"], "rooms.pdf"),
        ("by-table", &[], "by-table.pdf"),
        ("a-z", &[], "a-z.pdf"),
        ("table-cards", &[], "tables.pdf"),
        ("place-cards", &[], "places.pdf"),
    ];
    for (what, extra, name) in cases {
        let target = out(name);
        let run = seatplan_cli(
            ["print", file, what, target.to_str().unwrap()]
                .into_iter()
                .chain(extra.iter().copied()),
        );
        assert!(
            run.status.success(),
            "{what}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let stdout = String::from_utf8(run.stdout).unwrap();
        assert!(
            stdout.starts_with(&format!("Wrote {}", target.display())),
            "{stdout}"
        );
        let bytes = std::fs::read(&target).unwrap();
        assert!(bytes.starts_with(b"%PDF-1.7") && bytes.trim_ascii_end().ends_with(b"%%EOF"));
    }
    // A plan without guests to print: a clear error, and no file.
    let (_empty_dir, empty) = temp_plan();
    drop(seatplan::history::Document::create(&empty).unwrap());
    let target = out("empty.pdf");
    let run = seatplan_cli([
        "print",
        empty.to_str().unwrap(),
        "a-z",
        target.to_str().unwrap(),
    ]);
    assert!(!run.status.success());
    assert_eq!(
        String::from_utf8_lossy(&run.stderr).trim(),
        "seatplan: error: nothing to print: the plan has no guests yet"
    );
    assert!(!target.exists());
    // The target is a folder: a clear error, and no temporary file left beside it.
    let folder = out("a-folder.pdf");
    std::fs::create_dir(&folder).unwrap();
    let run = seatplan_cli(["print", file, "a-z", folder.to_str().unwrap()]);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("a-folder.pdf"));
    // No temporary file stays behind.
    let names = file_names(dir.path());
    assert!(
        !names.iter().any(|n| n.starts_with(".seatplan-")),
        "{names:?}"
    );
    let run = seatplan_cli(["print", file, "floor-plan", "x.pdf", "--room", "Keller"]);
    assert!(String::from_utf8_lossy(&run.stderr).contains("there is no room named “Keller”"));

    if !have("pdftotext") {
        return;
    }
    let info = pdf_info(&out("floor.pdf"));
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(info.contains("841.89 x 595.276 pts (A4)"), "{info}");
    assert!(info.contains("Title:           Floor plan — "), "{info}");
    let info = pdf_info(&out("rooms.pdf"));
    assert!(
        info.contains("Pages:           2") && info.contains("1190.55 x 841.89 pts (A3)"),
        "{info}"
    );
    let text = pdf_text(&out("floor.pdf"));
    for expected in [
        "Floor plan — all rooms",
        "Großer Saal",
        "Wintergarten",
        "Vertrieb 1",
        "VIP 1",
        "A3",
        "Scale 1:200 on A4",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    let text = pdf_text(&out("by-table.pdf"));
    for expected in [
        "Table 1 — Vertrieb 1",
        "Anna Müller",
        "Jürgen Groß",
        "Not seated",
        "Zoë Lefèvre",
        "IT — not placed",
        "Page 1 of 1",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    let text = pdf_text(&out("a-z.pdf"));
    let order: Vec<usize> = ["Groß, Jürgen", "Lefèvre, Zoë", "Müller, Anna"]
        .iter()
        .map(|n| text.find(n).unwrap_or_else(|| panic!("{n}: {text}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert_eq!(
        pdf_info(&out("tables.pdf"))
            .matches("Pages:           3")
            .count(),
        1
    );
    let text = pdf_text(&out("places.pdf"));
    assert!(
        text.contains("Anna Müller") && text.contains("Table 1 · Vertrieb 1"),
        "{text}"
    );

    // Rendered: the floor plan has ink, a table card has the same amount on both halves (front
    // and back), the place-card sheet too.
    let (top, bottom) = ink(&out("floor.pdf"), 1);
    assert!(top + bottom > 0.01, "{top} {bottom}");
    let (top, bottom) = ink(&out("tables.pdf"), 1);
    assert!(
        top > 0.001 && (top - bottom).abs() < 0.2 * top.max(bottom),
        "{top} {bottom}"
    );
    // Two place cards fill the first row of the sheet only.
    let (top, bottom) = ink(&out("places.pdf"), 1);
    assert!(top > 0.001 && bottom < 0.0005, "{top} {bottom}");
}

#[test]
fn the_floor_plan_svg_matches_the_pdf_page_and_renders() {
    let (dir, path) = temp_plan();
    let doc = seatplan::demo::write_demo(&path, 300, 3).unwrap();
    let plan = doc.plan();
    let page = &pages(
        plan,
        Printout::FloorPlan {
            scope: FloorPlanScope::Venue,
            paper: Paper::A4,
        },
    )[0];
    let svg = seatplan::io::print::svg::render(page);
    assert!(svg.contains(r#"viewBox="0 0 297 210" width="297mm" height="210mm""#));
    let circles = page
        .items
        .iter()
        .filter(|i| matches!(i, Item::Circle { .. }))
        .count();
    assert_eq!(svg.matches("<circle").count(), circles);
    assert_eq!(
        svg.matches("<polygon").count(),
        plan.tables()
            .filter(|t| t.shape == seatplan::domain::TableShape::Rectangular)
            .count()
    );
    for room in plan.rooms() {
        assert!(svg.contains(&room.name));
    }
    drop(doc);
    let out = dir.path().join("plan.svg");
    cli_ok([
        "export-floorplan",
        path.to_str().unwrap(),
        out.to_str().unwrap(),
        "--room",
        "Terrasse",
        "--paper",
        "a3",
    ]);
    let one = std::fs::read_to_string(&out).unwrap();
    assert!(one.contains("Floor plan — Terrasse") && !one.contains("Wintergarten"));
    assert!(one.contains(r#"viewBox="0 0 420 297""#));
    if !have("rsvg-convert") {
        return;
    }
    let png = dir.path().join("plan.png");
    let render = Process::new("rsvg-convert")
        .args(["-w", "800", "-o"])
        .arg(&png)
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        render.status.success(),
        "{}",
        String::from_utf8_lossy(&render.stderr)
    );
    assert!(std::fs::metadata(&png).unwrap().len() > 5_000);
}

#[test]
fn a_turned_rectangular_table_is_drawn_turned_and_a_long_name_is_shortened_to_fit() {
    let (_dir, path) = temp_plan();
    let mut doc = seatplan::history::Document::create(&path).unwrap();
    let b = base_plan(&mut doc);
    run(
        &mut doc,
        seatplan::domain::Command::AddTable(seatplan::domain::NewTable {
            number: Some("R1".into()),
            room: b.garden,
            shape: seatplan::domain::TableShape::Rectangular,
            width_m: 2.0,
            depth_m: 0.8,
            seats: 6,
            x_m: 6.0,
            y_m: 5.0,
            rotation_deg: 90.0,
        }),
    );
    run(
        &mut doc,
        seatplan::domain::Command::RenameLogicalTable {
            logical: b.sales,
            name: "Vertrieb, Marketing und Kommunikation (Region Süd)".into(),
        },
    );
    let page = &pages(
        doc.plan(),
        Printout::FloorPlan {
            scope: FloorPlanScope::Room(b.garden),
            paper: Paper::A4,
        },
    )[0];
    let corners = page
        .items
        .iter()
        .find_map(|i| match i {
            Item::Polygon { points_mm, .. } => Some(points_mm.clone()),
            _ => None,
        })
        .unwrap();
    let width = corners.iter().map(|p| p.0).fold(f32::MIN, f32::max)
        - corners.iter().map(|p| p.0).fold(f32::MAX, f32::min);
    let height = corners.iter().map(|p| p.1).fold(f32::MIN, f32::max)
        - corners.iter().map(|p| p.1).fold(f32::MAX, f32::min);
    // Turned by 90°: 0.8 m across and 2 m down. The 12 × 10 m room fits A4 at 1:75.
    assert!(all_text(std::slice::from_ref(page)).contains(&"Scale 1:75 on A4".to_owned()));
    let mm_per_m = 1000.0 / 75.0;
    assert!(
        (width - 0.8 * mm_per_m).abs() < 0.01 && (height - 2.0 * mm_per_m).abs() < 0.01,
        "{width} × {height}"
    );

    let venue = pages(
        doc.plan(),
        Printout::FloorPlan {
            scope: FloorPlanScope::Venue,
            paper: Paper::A4,
        },
    );
    let text = all_text(&venue);
    let shortened = text
        .iter()
        .find(|t| t.starts_with("Vertrieb, "))
        .expect("the long name is there, shortened");
    assert!(shortened.ends_with('…'), "{shortened}");
    let by_table = all_text(&pages(doc.plan(), Printout::SeatingByTable));
    assert!(
        by_table
            .iter()
            .any(|t| t.starts_with("Table 1 — Vertrieb, Marketing") && t.ends_with('…')),
        "{by_table:?}"
    );
    assert!(
        by_table.contains(&"1 guest".to_owned()),
        "singular: {by_table:?}"
    );
}

#[test]
fn the_floor_plan_png_is_150_dpi_paper_with_the_plan_in_its_colours() {
    let (dir, path) = temp_plan();
    drop(seatplan::demo::write_demo(&path, 300, 3).unwrap());
    let decode = |file: &Path| {
        let decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(file).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!(info.color_type, png::ColorType::Rgb);
        (info.width, info.height, pixels)
    };
    let count = |pixels: &[u8], colour: seatplan::io::print::Rgb| {
        pixels
            .chunks_exact(3)
            .filter(|p| p[0] == colour.0 && p[1] == colour.1 && p[2] == colour.2)
            .count()
    };
    use seatplan::io::print::floor_plan::{ASSIGNED, VIP};
    let venue = dir.path().join("venue.png");
    cli_ok([
        "export-floorplan",
        path.to_str().unwrap(),
        venue.to_str().unwrap(),
    ]);
    let (width, height, pixels) = decode(&venue);
    assert_eq!((width, height), (1754, 1240), "A4 landscape at 150 dpi");
    let vip_in_venue = count(&pixels, VIP);
    assert!(count(&pixels, ASSIGNED) > 2000, "assigned tables are blue");
    // Dark text pixels: titles, numbers, legend.
    assert!(
        pixels
            .chunks_exact(3)
            .filter(|p| p[0] < 80 && p[1] < 80)
            .count()
            > 2000
    );

    // One room on A3: no VIP table there, and a bigger picture.
    let terrace = dir.path().join("terrace.png");
    cli_ok([
        "export-floorplan",
        path.to_str().unwrap(),
        terrace.to_str().unwrap(),
        "--room",
        "Terrasse",
        "--paper",
        "a3",
    ]);
    let (width, height, pixels) = decode(&terrace);
    assert_eq!((width, height), (2480, 1754));
    // Only the legend's swatch is gold on the terrace (4 mm square at 150 dpi ≈ 22 × 22 px
    // inside its outline); the venue's three VIP tables add far more.
    let swatch = count(&pixels, VIP);
    assert!((300..700).contains(&swatch), "{swatch}");
    assert!(
        vip_in_venue > swatch + 300,
        "the VIP tables are gold: {vip_in_venue}"
    );
    assert!(count(&pixels, ASSIGNED) > 2000);

    let wrong = dir.path().join("plan.jpg");
    let run = seatplan_cli([
        "export-floorplan",
        path.to_str().unwrap(),
        wrong.to_str().unwrap(),
    ]);
    assert!(
        String::from_utf8_lossy(&run.stderr)
            .contains("is not a floor plan format: use .pdf, .svg or .png")
    );
    assert!(!wrong.exists());
}

/// Runs the CLI with the print fallback font set to `fallback` (a file, or "none").
fn cli_with_fallback<const N: usize>(fallback: &str, args: [&str; N]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .env(seatplan::io::print::font::FALLBACK_FONT_VARIABLE, fallback)
        .output()
        .unwrap()
}

/// A font file from a Debian package that CI installs (see `.ci/run`); `None` elsewhere.
fn system_font(path: &str, package: &str) -> Option<String> {
    if Path::new(path).is_file() {
        return Some(path.to_owned());
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have {path} (package {package}, see .ci/run)"
    );
    eprintln!("note: {package} is not installed; skipping the fallback-font check");
    None
}

/// A plan with the base guests plus these (first, last) names, written to a temporary file.
fn plan_with_names(names: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, path) = temp_plan();
    let mut doc = seatplan::history::Document::create(&path).unwrap();
    base_plan(&mut doc);
    for (i, (first, last)) in names.iter().enumerate() {
        let email = format!("guest{i}@example.org");
        run(
            &mut doc,
            seatplan::domain::Command::AddGuest(guest(first, last, Some(&email))),
        );
    }
    (dir, path)
}

#[test]
fn names_the_font_cannot_show_are_printed_as_boxes_and_reported() {
    let (dir, path) = plan_with_names(&[("明", "李")]);
    let out = dir.path().join("a-z.pdf");
    let plan = path.to_str().unwrap();
    let run = cli_with_fallback("none", ["print", plan, "a-z", out.to_str().unwrap()]);
    assert!(run.status.success());
    assert!(out.exists(), "the rest prints");
    assert_eq!(
        String::from_utf8_lossy(&run.stderr).trim(),
        "seatplan: warning: 2 characters cannot be printed with the fonts on this computer and show as boxes: 明, 李"
    );
    // Names the font has print without a warning.
    let run = cli_with_fallback(
        "none",
        [
            "print",
            plan,
            "table-cards",
            out.to_str().unwrap(),
            "--force",
        ],
    );
    assert!(run.status.success() && run.stderr.is_empty());
}

#[test]
fn cjk_names_print_with_the_systems_fallback_font_truetype_or_cff() {
    // Droid Sans Fallback has TrueType outlines and CJK ideographs; Nimbus Sans has CFF outlines
    // and a few symbols Liberation Sans lacks (ℵ).
    let (Some(truetype), Some(cff)) = (
        system_font(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "fonts-droid-fallback",
        ),
        system_font(
            "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
            "fonts-urw-base35",
        ),
    ) else {
        return;
    };
    if !have("pdffonts") {
        return;
    }
    let (dir, path) = plan_with_names(&[("小明", "李"), ("Georg", "Cantor ℵ")]);
    let plan = path.to_str().unwrap();
    let fonts_of = |pdf: &Path| {
        let out = Process::new("pdffonts").arg(pdf).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };

    let cjk = dir.path().join("cjk.pdf");
    let printed = cli_with_fallback(&truetype, ["print", plan, "a-z", cjk.to_str().unwrap()]);
    assert!(printed.status.success());
    let text = pdf_text(&cjk);
    assert!(
        text.contains("李, 小明"),
        "the name is text in the PDF: {text}"
    );
    let fonts = fonts_of(&cjk);
    let droid = fonts
        .lines()
        .find(|l| l.contains("+DroidSansFallback"))
        .unwrap_or_else(|| panic!("the fallback is embedded: {fonts}"));
    assert!(
        droid.contains("CID TrueType") && droid.contains("yes yes yes"),
        "embedded, subset, with a Unicode map: {droid}"
    );
    assert_eq!(
        String::from_utf8_lossy(&printed.stderr).trim(),
        "seatplan: warning: 1 character cannot be printed with the fonts on this computer and show as boxes: ℵ",
        "only what the fallback lacks is reported"
    );

    let symbol = dir.path().join("cff.pdf");
    let printed = cli_with_fallback(&cff, ["print", plan, "by-table", symbol.to_str().unwrap()]);
    assert!(printed.status.success());
    assert!(pdf_text(&symbol).contains("Georg Cantor ℵ"));
    let fonts = fonts_of(&symbol);
    assert!(
        fonts
            .lines()
            .any(|l| l.contains("+NimbusSans-Regular") && l.contains("CID Type 0C")),
        "a CFF fallback is embedded as CIDFontType0: {fonts}"
    );

    // A plan without such names does not embed the fallback at all.
    let latin = dir.path().join("latin.pdf");
    let (_dir2, plain) = plan_with_names(&[]);
    let printed = cli_with_fallback(
        &truetype,
        [
            "print",
            plain.to_str().unwrap(),
            "a-z",
            latin.to_str().unwrap(),
        ],
    );
    assert!(printed.status.success() && printed.stderr.is_empty());
    assert!(!fonts_of(&latin).contains("Droid"));

    // The floor plan PNG draws the fallback's outlines: a CJK table name looks different from
    // the boxes printed without it.
    let (dir3, named) = temp_plan();
    let mut doc = seatplan::history::Document::create(&named).unwrap();
    let base = base_plan(&mut doc);
    run(
        &mut doc,
        seatplan::domain::Command::RenameLogicalTable {
            logical: base.sales,
            name: "销售部".into(),
        },
    );
    drop(doc);
    let png = |fallback: &str, name: &str| {
        let out = dir3.path().join(name);
        let printed = cli_with_fallback(
            fallback,
            [
                "export-floorplan",
                named.to_str().unwrap(),
                out.to_str().unwrap(),
            ],
        );
        assert!(printed.status.success());
        std::fs::read(out).unwrap()
    };
    assert_ne!(png(&truetype, "with.png"), png("none", "without.png"));
}

#[test]
fn the_a_to_z_list_files_accented_names_with_their_base_letter() {
    let (_dir, path) = plan_with_names(&[
        ("Ayşe", "Özdemir"),
        ("Ben", "Otto"),
        ("Kai", "Zimmermann"),
        ("Jan", "Łukasik"),
    ]);
    let doc = seatplan::history::Document::open(&path).unwrap();
    let text = all_text(&pages(doc.plan(), Printout::GuestsAToZ));
    let at = |needle: &str| {
        text.iter()
            .position(|t| t.starts_with(needle))
            .unwrap_or_else(|| panic!("{needle} missing: {text:?}"))
    };
    // "Özdemir" is under O after "Otto" (as "ozdemir"), not under its own "Ö" after Z.
    assert!(at("O") < at("Otto, Ben") && at("Otto, Ben") < at("Özdemir, Ayşe"));
    assert!(at("Özdemir, Ayşe") < at("Z"));
    assert!(at("L") < at("Łukasik, Jan"));
    assert!(!text.iter().any(|t| t == "Ö" || t == "Ł"), "{text:?}");
}
