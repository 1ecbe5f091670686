//! The print window: what to print (floor plan, seating lists, cards), for the floor plan which
//! rooms and which paper, a preview of the pages as they will come out, and Save as PDF (or SVG
//! for the floor plan). The pages are laid out by the core (`io::print`) and cached per plan
//! version and choice.

use super::Action;
use crate::AppAction;
use egui::{Color32, Pos2, Rect, ScrollArea, Sense, Shape, Stroke, Ui, pos2, vec2};
use seatplan_core::domain::{Plan, RoomId};
use seatplan_i18n::t;
use seatplan_print::font::{Fonts, MM_PER_PT};
use seatplan_print::{
    Align, Canvas, FloorPlanFormat, FloorPlanScope, Page, Paint, Paper, PrintContext, Printout,
    Rgb, Stroke as PrintStroke, Text, layout,
};
use std::path::PathBuf;

/// The five kinds of printout, in menu order.
const KINDS: [Kind; 5] = [
    Kind::FloorPlan,
    Kind::SeatingByTable,
    Kind::GuestsAToZ,
    Kind::TableCards,
    Kind::PlaceCards,
];

/// What is chosen in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Kind {
    /// The floor plan.
    #[default]
    FloorPlan,
    /// Seating list by table.
    SeatingByTable,
    /// Guests A–Z.
    GuestsAToZ,
    /// Table cards.
    TableCards,
    /// Place cards.
    PlaceCards,
}

impl Kind {
    fn label(self) -> String {
        match self {
            Kind::FloorPlan => t!("print-floor-plan"),
            Kind::SeatingByTable => t!("print-by-table"),
            Kind::GuestsAToZ => t!("print-a-z"),
            Kind::TableCards => t!("printwin-table-cards"),
            Kind::PlaceCards => t!("printwin-place-cards"),
        }
    }
}

/// The print window's state.
#[derive(Default)]
pub struct PrintWindowState {
    /// Whether the window is shown.
    pub open: bool,
    /// The printout chosen.
    pub kind: Kind,
    /// Floor plan: which rooms.
    pub scope: Option<FloorPlanScope>,
    /// Floor plan: paper.
    pub paper: Paper,
    /// The page shown in the preview (0-based).
    pub page: usize,
    /// Preview magnification: 1 fits the page to the window, 2 shows it twice as large.
    pub zoom: f32,
    /// The height a page gets at zoom 1: the window's, less its controls.
    fit_height: f32,
    /// The last file written from this window (offered to open).
    pub last_saved: Option<PathBuf>,
    /// The last finished layout.
    laid_out: Option<LaidOut>,
    /// A layout running on a worker thread (large plans).
    job: Option<LayoutJob>,
    /// Custom fields shown beside the guests on the seating list by table (by name).
    pub fields: std::collections::BTreeSet<String>,
}

/// Plans with more guests than this are laid out on a worker thread, so that an edit made while
/// the print window is open never stalls the window (20,000 guests take 0.1–0.4 s).
pub const BACKGROUND_LAYOUT_ABOVE_GUESTS: usize = 3000;

/// What a layout was made for: a plan version, a choice, and the language of its words.
#[derive(Clone, Copy, Debug, PartialEq)]
struct LayoutKey {
    version: u64,
    printout: Printout,
    language: &'static str,
    /// Which custom fields are shown (a hash of their names).
    fields: u64,
}

/// Pages laid out for one key (or why there are none).
struct LaidOut {
    key: LayoutKey,
    pages: Result<Vec<Page>, String>,
}

/// A layout being made on a worker thread.
struct LayoutJob {
    key: LayoutKey,
    result: std::sync::mpsc::Receiver<Result<Vec<Page>, String>>,
}

/// Lays out a printout, as the window shows it.
fn lay_out(plan: &Plan, printout: Printout, context: &PrintContext) -> Result<Vec<Page>, String> {
    let fonts = Fonts::load().map_err(|e| e.to_string())?;
    layout(plan, printout, context, &fonts).map_err(|e| e.to_string())
}

impl PrintWindowState {
    /// The printout the window's choices describe.
    pub fn printout(&self) -> Printout {
        match self.kind {
            Kind::FloorPlan => Printout::FloorPlan {
                scope: self.scope.unwrap_or(FloorPlanScope::Venue),
                paper: self.paper,
            },
            Kind::SeatingByTable => Printout::SeatingByTable,
            Kind::GuestsAToZ => Printout::GuestsAToZ,
            Kind::TableCards => Printout::TableCards,
            Kind::PlaceCards => Printout::PlaceCards,
        }
    }

    /// The pages to show for the current choice: the layout of this plan version when it is
    /// done, else the last layout of the same choice while a newer one is made (`true` = being
    /// updated). Small plans are laid out at once; large ones on a worker thread.
    fn pages(
        &mut self,
        ctx: &egui::Context,
        plan: &Plan,
        version: u64,
        context: &PrintContext,
    ) -> (Option<&Result<Vec<Page>, String>>, bool) {
        let printout = self.printout();
        let key = LayoutKey {
            version,
            printout,
            language: seatplan_i18n::language(),
            fields: {
                use std::hash::{Hash, Hasher};
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                context.fields.hash(&mut hasher);
                hasher.finish()
            },
        };
        if let Some(job) = &self.job {
            let finished = match job.result.try_recv() {
                Ok(pages) => Some(pages),
                Err(std::sync::mpsc::TryRecvError::Empty) => None,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    Some(Err(t!("printwin-layout-failed")))
                }
            };
            if let Some(pages) = finished {
                self.laid_out = Some(LaidOut {
                    key: job.key,
                    pages,
                });
                self.job = None;
            }
        }
        let done = self.laid_out.as_ref().is_some_and(|l| l.key == key);
        let running = self.job.as_ref().is_some_and(|j| j.key == key);
        if !done && !running {
            if plan.guests().len() > BACKGROUND_LAYOUT_ABOVE_GUESTS {
                self.start_job(plan, key, context);
            } else {
                self.laid_out = Some(LaidOut {
                    key,
                    pages: lay_out(plan, printout, context),
                });
            }
        }
        let updating = self.job.is_some();
        if updating {
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }
        let shown = self
            .laid_out
            .as_ref()
            .filter(|l| l.key.printout == printout)
            .map(|l| &l.pages);
        (shown, updating)
    }

    /// Lays out on a worker thread (on its own copy of the plan); at once if no thread starts.
    fn start_job(&mut self, plan: &Plan, key: LayoutKey, context: &PrintContext) {
        let printout = key.printout;
        let (tx, rx) = std::sync::mpsc::channel();
        let (plan_copy, context_copy) = (plan.clone(), context.clone());
        // The worker lays out in the window's language (a thread starts in the default one).
        let language = key.language;
        let spawned = std::thread::Builder::new()
            .name("print-layout".into())
            .spawn(move || {
                let pages = seatplan_i18n::with_language(language, || {
                    lay_out(&plan_copy, printout, &context_copy)
                });
                let _ = tx.send(pages);
            });
        match spawned {
            Ok(_) => {
                self.job = Some(LayoutJob { key, result: rx });
            }
            Err(e) => {
                tracing::warn!("no thread for the print layout ({e}); laying out here");
                self.laid_out = Some(LaidOut {
                    key,
                    pages: lay_out(plan, printout, context),
                });
            }
        }
    }

    /// Whether a layout is running on a worker thread.
    pub fn is_laying_out(&self) -> bool {
        self.job.is_some()
    }
}

/// What the print window prints from.
pub struct PrintSource<'a> {
    /// The plan on screen.
    pub plan: &'a Plan,
    /// Its version (for the page cache).
    pub version: u64,
    /// Header and footer text.
    pub context: PrintContext,
    /// The room selected on the floor plan (the default scope).
    pub selected_room: Option<RoomId>,
    /// The batch of the as-of view, when looking at the past.
    pub as_of: Option<u64>,
}

/// Draws the print window (when open).
pub fn print_window_ui(
    ui: &Ui,
    state: &mut PrintWindowState,
    source: &PrintSource<'_>,
    actions: &mut Vec<Action>,
) {
    if !state.open {
        return;
    }
    let (plan, version) = (source.plan, source.version);
    // The chosen fields that the plan still has, in the plan's order.
    let mut context = source.context.clone();
    context.fields = plan
        .fields()
        .iter()
        .filter(|f| state.fields.contains(&f.name))
        .map(|f| f.name.clone())
        .collect();
    let context = &context;
    let (selected_room, as_of) = (source.selected_room, source.as_of);
    if state.scope.is_none() {
        state.scope = Some(selected_room.map_or(FloorPlanScope::Venue, FloorPlanScope::Room));
    }
    let mut open = state.open;
    let screen = ui.ctx().content_rect();
    egui::Window::new(t!("printwin-title"))
        .id(egui::Id::unique("print-window"))
        .open(&mut open)
        .default_size([
            (screen.width() * 0.8).max(640.0),
            (screen.height() * 0.85).max(480.0),
        ])
        .resizable(true)
        .show(ui.ctx(), |ui| {
            // The page takes what the (resizable) window has, less the rows above and below it.
            state.fit_height = (ui.available_height() - 120.0).max(300.0);
            if let Some(batch) = as_of {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    t!("printwin-as-of", batch = batch.to_string()),
                );
            }
            ui.horizontal(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(220.0);
                    ui.strong(t!("printwin-what"));
                    for kind in KINDS {
                        if ui
                            .radio_value(&mut state.kind, kind, kind.label())
                            .changed()
                        {
                            state.page = 0;
                        }
                    }
                    if matches!(state.kind, Kind::SeatingByTable | Kind::GuestsAToZ)
                        && !plan.fields().is_empty()
                    {
                        ui.add_space(8.0);
                        ui.strong(t!("printwin-fields"));
                        for field in plan.fields() {
                            let mut on = state.fields.contains(&field.name);
                            if ui.checkbox(&mut on, field.name.as_str()).changed() {
                                if on {
                                    state.fields.insert(field.name.clone());
                                } else {
                                    state.fields.remove(&field.name);
                                }
                            }
                        }
                    }
                    if state.kind == Kind::FloorPlan {
                        ui.add_space(8.0);
                        ui.strong(t!("printwin-rooms"));
                        let mut scope = state.scope.unwrap_or(FloorPlanScope::Venue);
                        ui.radio_value(&mut scope, FloorPlanScope::Venue, t!("printwin-venue"));
                        ui.radio_value(
                            &mut scope,
                            FloorPlanScope::EachRoom,
                            t!("printwin-each-room"),
                        );
                        for room in plan.rooms() {
                            ui.radio_value(
                                &mut scope,
                                FloorPlanScope::Room(room.id),
                                room.name.as_str(),
                            );
                        }
                        if Some(scope) != state.scope {
                            state.scope = Some(scope);
                            state.page = 0;
                        }
                        ui.add_space(8.0);
                        ui.strong(t!("printwin-paper"));
                        ui.horizontal(|ui| {
                            ui.radio_value(&mut state.paper, Paper::A4, "A4");
                            ui.radio_value(&mut state.paper, Paper::A3, "A3");
                        });
                    } else {
                        ui.add_space(8.0);
                        ui.weak(t!("printwin-a4"));
                    }
                });
                ui.separator();
                ui.vertical(|ui| preview_ui(ui, state, plan, version, context, actions));
            });
        });
    state.open = open;
}

/// The page preview, page navigation and the save buttons.
fn preview_ui(
    ui: &mut Ui,
    state: &mut PrintWindowState,
    plan: &Plan,
    version: u64,
    context: &PrintContext,
    actions: &mut Vec<Action>,
) {
    let printout = state.printout();
    let mut page_index = state.page;
    let mut count = 0;
    let ctx = ui.ctx().clone();
    let zoom = if state.zoom > 0.0 { state.zoom } else { 1.0 };
    let fit_height = state.fit_height.max(300.0);
    let (pages, updating) = state.pages(&ctx, plan, version, context);
    match pages {
        None => {
            ui.set_min_size(vec2(380.0, 300.0));
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t!("printwin-laying-out"));
            });
        }
        Some(Err(message)) => {
            ui.set_min_size(vec2(380.0, 300.0));
            ui.label(format!(
                "{}.",
                seatplan_core::domain::describe::capitalise(message)
            ));
        }
        Some(Ok(pages)) => {
            count = pages.len();
            page_index = page_index.min(count.saturating_sub(1));
            if let Some(page) = pages.get(page_index) {
                // The page fills the height the window has (resize the window for more); zoomed
                // in, it scrolls.
                let fit = fit_height;
                ScrollArea::both()
                    .id_salt("print-preview-page")
                    .max_height(fit)
                    .min_scrolled_height(fit)
                    .min_scrolled_width(ui.available_width())
                    .show(ui, |ui| draw_page(ui, page, fit * zoom));
            }
        }
    }
    if updating && count > 0 {
        ui.weak(t!("printwin-updating"));
    }
    state.page = page_index;
    if count > 0 {
        page_navigation_ui(ui, state, count);
    }
    ui.add_space(6.0);
    save_buttons_ui(ui, state, printout, count > 0, actions);
}

/// Save as PDF (and, for one floor plan page, SVG and PNG); after saving, Open and Show in folder.
fn save_buttons_ui(
    ui: &mut Ui,
    state: &PrintWindowState,
    printout: Printout,
    has_pages: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        if ui
            .add_enabled(has_pages, egui::Button::new(t!("printwin-save-pdf")))
            .clicked()
        {
            actions.push(Action::App(AppAction::PrintDialog(printout)));
        }
        if let Printout::FloorPlan { scope, paper } = printout
            && scope != FloorPlanScope::EachRoom
        {
            let room = match scope {
                FloorPlanScope::Room(id) => Some(id),
                _ => None,
            };
            for (format, label, hint) in [
                (
                    FloorPlanFormat::Svg,
                    t!("printwin-save-svg"),
                    t!("printwin-save-svg-tip"),
                ),
                (
                    FloorPlanFormat::Png,
                    t!("printwin-save-png"),
                    t!("printwin-save-png-tip"),
                ),
            ] {
                if ui
                    .add_enabled(has_pages, egui::Button::new(label))
                    .on_hover_text(hint)
                    .clicked()
                {
                    actions.push(Action::App(AppAction::ExportFloorPlanDialog(
                        room, paper, format,
                    )));
                }
            }
        }
    });
    if let Some(path) = state.last_saved.clone() {
        ui.horizontal(|ui| {
            ui.weak(t!("printwin-saved", path = path.display().to_string()));
            if ui.small_button(t!("printwin-open")).clicked() {
                actions.push(Action::App(AppAction::OpenExternally(path.clone())));
            }
            if ui.small_button(t!("printwin-show-in-folder")).clicked()
                && let Some(dir) = path.parent()
            {
                actions.push(Action::App(AppAction::OpenExternally(dir.to_owned())));
            }
        });
    }
}

fn colour(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

fn paint_shape(paint: &Paint, scale: f32) -> (Color32, Stroke) {
    (
        paint.fill.map_or(Color32::TRANSPARENT, colour),
        paint.stroke.map_or(Stroke::NONE, |s| {
            Stroke::new((s.width_mm * scale).max(0.5), colour(s.colour))
        }),
    )
}

/// Paints a page scaled to `height` points, as a white sheet with a shadow.
fn draw_page(ui: &mut Ui, page: &Page, height: f32) {
    let scale = height / page.height_mm;
    let size = vec2(page.width_mm * scale, height);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect.expand(4.0));
    painter.rect_filled(
        rect.translate(vec2(3.0, 3.0)),
        0.0,
        Color32::from_black_alpha(40),
    );
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    let mut canvas = PreviewCanvas {
        painter: &painter,
        origin: rect.min,
        scale,
        shapes: Vec::with_capacity(page.items.len()),
    };
    page.draw(&mut canvas);
    let shapes = canvas.shapes;
    painter.extend(shapes);
}

/// The preview: a page as egui shapes, `scale` points per millimetre from `origin`.
struct PreviewCanvas<'a> {
    painter: &'a egui::Painter,
    origin: Pos2,
    scale: f32,
    shapes: Vec<Shape>,
}

impl PreviewCanvas<'_> {
    fn at(&self, (x, y): (f32, f32)) -> Pos2 {
        pos2(
            self.origin.x + x * self.scale,
            self.origin.y + y * self.scale,
        )
    }
}

impl Canvas for PreviewCanvas<'_> {
    fn rect(&mut self, x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32, paint: &Paint) {
        let (fill, stroke) = paint_shape(paint, self.scale);
        let r = Rect::from_min_size(
            self.at((x_mm, y_mm)),
            vec2(width_mm * self.scale, height_mm * self.scale),
        );
        self.shapes.push(Shape::rect_filled(r, 0.0, fill));
        self.shapes
            .push(Shape::rect_stroke(r, 0.0, stroke, egui::StrokeKind::Middle));
    }

    fn circle(&mut self, cx_mm: f32, cy_mm: f32, r_mm: f32, paint: &Paint) {
        let (fill, stroke) = paint_shape(paint, self.scale);
        let centre = self.at((cx_mm, cy_mm));
        let r = r_mm * self.scale;
        self.shapes.push(Shape::circle_filled(centre, r, fill));
        self.shapes.push(Shape::circle_stroke(centre, r, stroke));
    }

    fn polygon(&mut self, points_mm: &[(f32, f32)], paint: &Paint) {
        let (fill, stroke) = paint_shape(paint, self.scale);
        let points: Vec<Pos2> = points_mm.iter().map(|p| self.at(*p)).collect();
        self.shapes
            .push(Shape::convex_polygon(points, fill, stroke));
    }

    fn line(&mut self, from_mm: (f32, f32), to_mm: (f32, f32), stroke: &PrintStroke) {
        let s = Stroke::new(
            (stroke.width_mm * self.scale).max(0.5),
            colour(stroke.colour),
        );
        let ends = [self.at(from_mm), self.at(to_mm)];
        if stroke.dashed {
            self.shapes.extend(Shape::dashed_line(&ends, s, 4.0, 3.0));
        } else {
            self.shapes.push(Shape::line_segment(ends, s));
        }
    }

    fn text(&mut self, t: &Text) {
        let px = t.size_pt * MM_PER_PT * self.scale;
        if px < 2.0 {
            return;
        }
        let galley = self.painter.layout_no_wrap(
            t.text.clone(),
            egui::FontId::proportional(px),
            colour(t.colour),
        );
        let width = galley.size().x;
        let dx = match t.align {
            Align::Left => 0.0,
            Align::Centre => -width / 2.0,
            Align::Right => -width,
        };
        let ascent = px * 0.8;
        let anchor = self.at((t.x_mm, t.y_mm));
        let shape = if t.upside_down {
            egui::epaint::TextShape::new(anchor + vec2(-dx, ascent), galley, colour(t.colour))
                .with_angle(std::f32::consts::PI)
        } else {
            egui::epaint::TextShape::new(anchor + vec2(dx, -ascent), galley, colour(t.colour))
        };
        self.shapes.push(Shape::Text(shape));
    }
}

/// ◀ Page n of m ▶
fn page_navigation_ui(ui: &mut Ui, state: &mut PrintWindowState, count: usize) {
    ui.horizontal(|ui| {
        let zoom = if state.zoom > 0.0 { state.zoom } else { 1.0 };
        if ui
            .add_enabled(zoom > 1.0, egui::Button::new("−"))
            .on_hover_text(t!("printwin-smaller"))
            .clicked()
        {
            state.zoom = (zoom / 1.5).max(1.0);
        }
        if ui
            .button(t!("printwin-zoom", percent = (zoom * 100.0).round()))
            .on_hover_text(t!("printwin-fit"))
            .clicked()
        {
            state.zoom = 1.0;
        }
        if ui
            .add_enabled(zoom < 4.0, egui::Button::new("+"))
            .on_hover_text(t!("printwin-larger"))
            .clicked()
        {
            state.zoom = (zoom * 1.5).min(4.0);
        }
        ui.separator();
        if ui
            .add_enabled(state.page > 0, egui::Button::new("◀"))
            .on_hover_text(t!("printwin-previous"))
            .clicked()
        {
            state.page -= 1;
        }
        ui.label(t!(
            "print-page-of",
            page = (state.page + 1).min(count),
            total = count
        ));
        if ui
            .add_enabled(state.page + 1 < count, egui::Button::new("▶"))
            .on_hover_text(t!("printwin-next"))
            .clicked()
        {
            state.page += 1;
        }
    });
}
