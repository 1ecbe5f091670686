//! Import and export benchmarks (divan), each next to a bare-library baseline in the same run:
//! a 10,000-row guest import, a 2,000-row table draw, a 20,000-guest seating export.
//!
//! Run: `cargo bench --bench io`. Figures go to `BENCHMARKS.md`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may panic on setup failure

use calamine::{Reader, open_workbook_auto};
use divan::Bencher;
use rust_xlsxwriter::Workbook;
use seatplan::demo::{DemoRng, write_demo};
use seatplan::history::Document;
use seatplan::io::ImportOptions;
use seatplan::io::draw::preview_draw_import;
use seatplan::io::export::export_seating;
use seatplan::io::guests::preview_guest_import;
use seatplan::io::output::OutputRules;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn main() {
    divan::main();
}

fn dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/io");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A 10,000-row guest list in the shape people send (title row, German headers).
fn guest_list() -> PathBuf {
    guest_list_of(10_000)
}

/// A guest list of `rows` rows in the shape people send (title row, German headers).
fn guest_list_of(rows: u32) -> PathBuf {
    let path = dir().join(format!("guests-{rows}.xlsx"));
    if path.exists() {
        return path;
    }
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Gästeliste").unwrap();
    for (c, h) in [
        "Vorname",
        "Nachname",
        "E-Mail",
        "Abteilung",
        "Ernährung",
        "VIP",
        "Tisch",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    for i in 0..rows {
        let r = i + 3;
        ws.write_string(r, 0, format!("Gast{i}")).unwrap();
        ws.write_string(r, 1, format!("Müller{i}")).unwrap();
        ws.write_string(r, 2, format!("gast{i}@example.de"))
            .unwrap();
        ws.write_string(r, 3, ["Vertrieb", "IT", "Marketing"][i as usize % 3])
            .unwrap();
        ws.write_string(r, 4, if i % 5 == 0 { "vegan" } else { "" })
            .unwrap();
        ws.write_string(r, 5, if i % 50 == 0 { "ja" } else { "nein" })
            .unwrap();
        ws.write_string(r, 6, format!("Team {}", i / 10)).unwrap();
    }
    wb.save(&path).unwrap();
    path
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn fresh_plan_path() -> PathBuf {
    let path = dir().join(format!(
        "plan-{}-{}.seatplan",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_file(&path);
    path
}

/// The 1,500-guest list of a company party imported into an empty plan: read, preview, apply
/// (one durable batch), close.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn guest_import_1500(bencher: Bencher) {
    import_into_an_empty_plan(bencher, &guest_list_of(1_500));
}

/// Read + parse + validate + preview + apply (one durable batch) into an empty plan.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn guest_import_10k(bencher: Bencher) {
    import_into_an_empty_plan(bencher, &guest_list());
}

fn import_into_an_empty_plan(bencher: Bencher, file: &Path) {
    bencher
        .with_inputs(|| {
            let path = fresh_plan_path();
            (Document::create(&path).unwrap(), path)
        })
        .bench_local_values(|(mut doc, path)| {
            let preview =
                preview_guest_import(doc.plan(), file, &ImportOptions::default()).unwrap();
            doc.execute(&preview.command.unwrap()).unwrap();
            drop(doc);
            let _ = std::fs::remove_file(path);
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_calamine_read_10k(bencher: Bencher) {
    let file = guest_list();
    bencher.bench_local(|| {
        let mut wb = open_workbook_auto(&file).unwrap();
        let name = wb.sheet_names()[0].clone();
        let range = wb.worksheet_range(&name).unwrap();
        range.used_cells().count()
    });
}

/// A plan with ~2,100 tables and ~2,000 logical tables, and a draw file for every non-VIP one.
fn draw_fixture() -> (PathBuf, PathBuf) {
    let plan = dir().join("draw-plan.seatplan");
    let file = dir().join("draw-2k.xlsx");
    if !plan.exists() {
        let partial = dir().join("draw-plan.partial");
        let _ = std::fs::remove_file(&partial);
        drop(write_demo(&partial, 20_000, 11).unwrap());
        std::fs::rename(&partial, &plan).unwrap();
    }
    if !file.exists() {
        let doc = Document::open(&plan).unwrap();
        let mut numbers: Vec<String> = doc
            .plan()
            .tables()
            .filter(|t| doc.plan().holder_of(t.id).is_none_or(|l| !l.vip))
            .map(|t| t.number.clone())
            .collect();
        DemoRng::new(5).shuffle(&mut numbers);
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in ["Logical table", "Physical table", "Room"]
            .iter()
            .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        let logical: Vec<_> = doc.plan().logical_tables().filter(|l| !l.vip).collect();
        for (i, (l, n)) in logical.iter().zip(&numbers).enumerate() {
            ws.write_string(i as u32 + 1, 0, &l.name).unwrap();
            ws.write_string(i as u32 + 1, 1, n).unwrap();
        }
        wb.save(&file).unwrap();
    }
    (plan, file)
}

/// Read + validate + preview + apply a 2,000-row draw.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn draw_import_2k(bencher: Bencher) {
    let (plan, file) = draw_fixture();
    bencher
        .with_inputs(|| {
            let path = fresh_plan_path();
            std::fs::copy(&plan, &path).unwrap();
            (Document::open(&path).unwrap(), path)
        })
        .bench_local_values(|(mut doc, path)| {
            let preview =
                preview_draw_import(doc.plan(), &file, &ImportOptions::default()).unwrap();
            doc.execute(&preview.command.unwrap()).unwrap();
            drop(doc);
            let _ = std::fs::remove_file(path);
        });
}

/// The seating workbook (all sheets) and the A–Z CSV for a 20,000-guest plan.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn seating_export_20k(bencher: Bencher) {
    let (plan, _) = draw_fixture();
    let doc = Document::open(&plan).unwrap();
    let out = dir().join("seating-20k.xlsx");
    let replace = OutputRules {
        plan_file: None,
        replace: true,
        replace_side_files: true,
    };
    bencher.bench_local(|| export_seating(doc.plan(), &out, &replace).unwrap());
}

/// Baseline: rust_xlsxwriter writing 20,000 rows × 10 string cells to one sheet.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_xlsxwriter_20k_rows(bencher: Bencher) {
    let out = dir().join("bare-20k.xlsx");
    bencher.bench_local(|| {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        for r in 0..20_000u32 {
            for c in 0..10u16 {
                ws.write_string(r, c, "Müller").unwrap();
            }
        }
        wb.save(&out).unwrap();
    });
}

/// The 1,500-guest demo plan (the size the product is for), written once.
fn demo_plan() -> PathBuf {
    let path = dir().join("demo-1500.seatplan");
    if !path.exists() {
        drop(write_demo(&path, 1500, 1).unwrap());
    }
    path
}

fn print_context() -> seatplan::io::print::PrintContext {
    seatplan::io::print::PrintContext {
        plan_name: "demo".into(),
        printed_at: "26 Nov 2026, 14:05".into(),
        fields: Vec::new(),
    }
}

/// Printing the 1,500-guest demo to PDF: layout, font subsetting, compression and the file.
#[divan::bench(
    sample_count = 10,
    sample_size = 1,
    args = ["floor-plan", "by-table", "a-z", "table-cards", "place-cards"]
)]
fn print_pdf_1500(bencher: Bencher, what: &str) {
    use seatplan::io::print::{FloorPlanScope, Paper, Printout, print_pdf};
    let doc = Document::open_read_only(&demo_plan()).unwrap();
    let printout = match what {
        "floor-plan" => Printout::FloorPlan {
            scope: FloorPlanScope::Venue,
            paper: Paper::A4,
        },
        "by-table" => Printout::SeatingByTable,
        "a-z" => Printout::GuestsAToZ,
        "table-cards" => Printout::TableCards,
        _ => Printout::PlaceCards,
    };
    let out = dir().join(format!("print-{what}.pdf"));
    let replace = OutputRules {
        plan_file: None,
        replace: true,
        replace_side_files: true,
    };
    let context = print_context();
    bencher.bench_local(|| print_pdf(doc.plan(), printout, &context, &out, &replace).unwrap());
}

/// Baseline: pdf-writer alone writing the same 1,500 names, 60 lines per page, in a standard
/// (not embedded) font, uncompressed — the least any PDF of that list costs.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_pdf_writer_1500_lines(bencher: Bencher) {
    use pdf_writer::{Content, Name, Pdf, Rect, Ref, Str};
    let doc = Document::open_read_only(&demo_plan()).unwrap();
    let names: Vec<String> = doc.plan().guests().map(|g| g.display_name()).collect();
    let out = dir().join("bare-1500.pdf");
    bencher.bench_local(|| {
        let mut pdf = Pdf::new();
        let (catalog, tree, font) = (Ref::new(1), Ref::new(2), Ref::new(3));
        pdf.catalog(catalog).pages(tree);
        pdf.type1_font(font).base_font(Name(b"Helvetica"));
        let mut next = 4;
        let mut kids = Vec::new();
        for chunk in names.chunks(60) {
            let (page, content) = (Ref::new(next), Ref::new(next + 1));
            next += 2;
            kids.push(page);
            let mut c = Content::new();
            c.begin_text();
            c.set_font(Name(b"F1"), 10.0);
            c.next_line(50.0, 800.0);
            for name in chunk {
                c.show(Str(name.as_bytes()));
                c.next_line(0.0, -12.0);
            }
            c.end_text();
            pdf.stream(content, &c.finish());
            let mut p = pdf.page(page);
            p.media_box(Rect::new(0.0, 0.0, 595.0, 842.0));
            p.parent(tree);
            p.contents(content);
            p.resources().fonts().pair(Name(b"F1"), font);
        }
        let count = kids.len() as i32;
        pdf.pages(tree).kids(kids).count(count);
        std::fs::write(&out, pdf.finish()).unwrap();
    });
}

/// For comparison: the seating workbook of the same plan.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn seating_export_1500(bencher: Bencher) {
    let doc = Document::open_read_only(&demo_plan()).unwrap();
    let out = dir().join("seating-1500.xlsx");
    let replace = OutputRules {
        plan_file: None,
        replace: true,
        replace_side_files: true,
    };
    bencher.bench_local(|| export_seating(doc.plan(), &out, &replace).unwrap());
}
