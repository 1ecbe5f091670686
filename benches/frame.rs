//! Frame CPU time of the real app state, headless: a 20,000-guest / ~2,100-table plan, idle, panning
//! and dragging a table, at "fit" zoom and zoomed in. Layout + tessellation, no GPU.
//!
//! Run: `cargo bench --bench frame`. Figures go to `BENCHMARKS.md`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may panic on setup failure

use divan::Bencher;
use egui::{Context, Event, PointerButton, Pos2, RawInput, Rect, vec2};
use seatplan::demo::write_demo;
use seatplan::ui::app::SeatplanApp;
use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

const GUESTS: usize = 20_000;
const SCREEN: (f32, f32) = (1600.0, 1000.0);

/// A frame driver: the egui context, the app, and the simulated clock.
struct Driver {
    ctx: Context,
    app: SeatplanApp,
    time: f64,
    _dir: tempfile::TempDir,
}

impl Driver {
    fn frame(&mut self, events: Vec<Event>) -> usize {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(SCREEN.0, SCREEN.1))),
            time: Some(self.time),
            events,
            ..RawInput::default()
        };
        let app = &mut self.app;
        let output = self.ctx.run_ui(input, |ui| app.ui(ui));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives.len()
    }
}

fn plan_file() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("frame-{GUESTS}.seatplan"));
    if !path.exists() {
        let partial = dir.join("frame.partial");
        let _ = std::fs::remove_file(&partial);
        drop(write_demo(&partial, GUESTS, 7).unwrap());
        std::fs::rename(&partial, &path).unwrap();
    }
    path
}

/// The app with a copy of `plan` open, `prepare` applied to it, settled by three frames.
fn driver_for(plan: &Path, prepare: impl FnOnce(&mut SeatplanApp)) -> Driver {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.seatplan");
    std::fs::copy(plan, &path).unwrap();
    let mut app = SeatplanApp::headless(dir.path().join("data"));
    app.open(&path);
    assert!(app.workspace().is_some(), "{:?}", app.notices());
    prepare(&mut app);
    let mut d = Driver {
        ctx: Context::default(),
        app,
        time: 0.0,
        _dir: dir,
    };
    for _ in 0..3 {
        d.frame(vec![]);
    }
    d
}

/// The app with the big plan open, settled, optionally zoomed in by `zoom` around the canvas centre.
fn driver(zoom: Option<f32>) -> Driver {
    let mut d = driver_for(&plan_file(), |_| {});
    if let Some(zoom) = zoom {
        let ws = d.app.workspace_mut().unwrap();
        let centre = ws.floor.canvas.center();
        let world = ws.floor.to_world(centre);
        ws.floor.zoom = zoom;
        ws.floor.auto_fit = false;
        ws.floor.pan = centre - ws.floor.canvas.min - world.to_vec2() * zoom;
        d.frame(vec![]);
    }
    d
}

fn press(at: Pos2) -> Vec<Event> {
    vec![
        Event::PointerMoved(at),
        Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Default::default(),
        },
    ]
}

/// Zoom levels: the whole venue, and close enough to read every table's details.
const ZOOMS: [Option<f32>; 2] = [None, Some(45.0)];

#[divan::bench(args = ZOOMS, sample_count = 40, sample_size = 5)]
fn idle(bencher: Bencher, zoom: Option<f32>) {
    let mut d = driver(zoom);
    bencher.bench_local(|| d.frame(vec![]));
}

/// An idle frame at "fit" in each language: every word of the window is looked up in the
/// message files (Fluent) on every frame; English vs German shows what the lookups cost.
#[divan::bench(args = ["en", "de"], sample_count = 40, sample_size = 5)]
fn idle_in_language(bencher: Bencher, language: &str) {
    seatplan::i18n::set_language(language);
    let mut d = driver(None);
    bencher.bench_local(|| d.frame(vec![]));
}

#[divan::bench(args = ZOOMS, sample_count = 40, sample_size = 5)]
fn panning(bencher: Bencher, zoom: Option<f32>) {
    let mut d = driver(zoom);
    // Empty canvas just below the toolbar, then drag it around in a small circle.
    let canvas = d.app.workspace().unwrap().floor.canvas;
    let start = canvas.min + vec2(6.0, 6.0);
    d.frame(press(start));
    let mut step = 0u32;
    bencher.bench_local(|| {
        step += 1;
        let angle = step as f32 * 0.2;
        d.frame(vec![Event::PointerMoved(
            start + vec2(angle.cos(), angle.sin()) * 40.0,
        )])
    });
}

#[divan::bench(args = ZOOMS, sample_count = 40, sample_size = 5)]
fn dragging_a_table(bencher: Bencher, zoom: Option<f32>) {
    let mut d = driver(zoom);
    let ws = d.app.workspace().unwrap();
    let canvas = ws.floor.canvas;
    let table = ws
        .doc
        .plan()
        .tables()
        .map(|t| t.id)
        .find(|t| {
            ws.floor
                .table_screen_pos(ws.doc.plan(), *t)
                .is_some_and(|p| canvas.shrink(80.0).contains(p))
        })
        .unwrap();
    let start = ws.floor.table_screen_pos(ws.doc.plan(), table).unwrap();
    d.frame(press(start));
    d.frame(vec![Event::PointerMoved(start + vec2(10.0, 0.0))]);
    let mut step = 0u32;
    bencher.bench_local(|| {
        step += 1;
        let angle = step as f32 * 0.2;
        d.frame(vec![Event::PointerMoved(
            start + vec2(angle.cos(), angle.sin()) * 30.0,
        )])
    });
}

/// The 1,500-guest demo with 20 custom fields filled for every guest (written once).
fn fields_plan_file() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("frame-fields-20.seatplan");
    if !path.exists() {
        let partial = dir.join("frame-fields.partial");
        let _ = std::fs::remove_file(&partial);
        let mut doc = write_demo(&partial, 1500, 7).unwrap();
        seatplan::demo::add_custom_fields(&mut doc, 20).unwrap();
        drop(doc);
        std::fs::rename(&partial, &path).unwrap();
    }
    path
}

/// An idle frame of the window with the guest list showing `columns` of the plan's 20 custom
/// fields as columns (0: name and table only), sorted by the first of them.
#[divan::bench(args = [0, 5, 20], sample_count = 40, sample_size = 5)]
fn guest_list_with_field_columns(bencher: Bencher, columns: usize) {
    let mut d = driver_for(&fields_plan_file(), |app| {
        let ws = app.workspace_mut().unwrap();
        let available = seatplan::ui::guest_columns::GuestColumn::available(ws.doc.plan());
        // The built-in columns come first; the custom fields after them.
        ws.guests.columns = available.into_iter().skip(3).take(columns).collect();
        if let Some(first) = ws.guests.columns.first() {
            ws.guests.sort = seatplan::ui::guest_columns::GuestSort::default()
                .clicked(seatplan::ui::guest_columns::SortBy::Column(*first));
        }
    });
    bencher.bench_local(|| d.frame(vec![]));
}
