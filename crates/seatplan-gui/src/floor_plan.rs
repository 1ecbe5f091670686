//! The floor plan: every room to scale on one canvas, with pan, zoom, tools, and dragging of
//! tables and rooms (one command at release), plus drop targets for guests and logical tables.

use super::theme::{Palette, spacing};
use super::{Action, GuestDrag, LogicalDrag, Selection};
use crate::{AppAction, DocumentAction, PanelContext, ViewAction};
use egui::{
    Align2, Color32, CornerRadius, FontId, Pos2, Rect, Response, Sense, Shape, Stroke, StrokeKind,
    Ui, Vec2, pos2, vec2,
};
use seatplan_core::domain::describe::metres;
use seatplan_core::domain::model::half_extent_m;
use seatplan_core::domain::{
    Command, NewTable, PhysicalTable, Plan, Room, RoomId, TableId, TableMove, TableShape,
};
use seatplan_i18n::t;
use std::collections::{BTreeSet, HashMap};

/// Grid for snapping, metres.
pub const SNAP_M: f64 = 0.25;
/// Size of the room-resize handle, screen points.
const HANDLE: f32 = 12.0;
/// Smallest and largest zoom, screen points per metre.
const ZOOM_RANGE: (f32, f32) = (2.0, 400.0);

/// What a click on the canvas does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tool {
    /// Select, drag, pan.
    #[default]
    Select,
    /// Click to draw a new 12 × 8 m room.
    AddRoom,
    /// Click inside a room to place a round table.
    AddRoundTable,
    /// Click inside a room to place a rectangular table.
    AddRectTable,
}

impl Tool {
    /// The button label in the current language (also what tests and screen readers find).
    pub fn label(self) -> String {
        match self {
            Tool::Select => t!("tool-select"),
            Tool::AddRoom => t!("tool-add-room"),
            Tool::AddRoundTable => t!("tool-add-round"),
            Tool::AddRectTable => t!("tool-add-rect"),
        }
    }
}

/// A drag in progress, in world coordinates (metres).
#[derive(Clone, Debug, PartialEq)]
enum DragOp {
    /// Moving the selected tables.
    Tables {
        ids: Vec<TableId>,
        start: Pos2,
        now: Pos2,
    },
    /// Moving a room (with its tables).
    Room { id: RoomId, start: Pos2, now: Pos2 },
    /// Resizing a room by one edge or a corner.
    Resize {
        id: RoomId,
        edges: Edges,
        start: Pos2,
        now: Pos2,
    },
    /// Box selection from a screen point.
    Box { start: Pos2, now: Pos2 },
    /// Panning the view.
    Pan,
}

/// The floor plan's view state.
#[derive(Clone, Debug)]
pub struct FloorPlanState {
    /// Screen points per metre.
    pub zoom: f32,
    /// Screen offset of the world origin from the canvas' top-left corner.
    pub pan: Vec2,
    /// The active tool.
    pub tool: Tool,
    /// Snap dropped tables and rooms to a 25 cm grid.
    pub snap: bool,
    /// Keep the view fitted to the plan (until the user pans or zooms).
    pub auto_fit: bool,
    /// Tables to highlight (touched by the selected timeline entry, or shown by "Show on plan").
    pub highlight: BTreeSet<TableId>,
    /// The table of the guest under the pointer in the guest list (lit up).
    pub hovered: Option<TableId>,
    /// The canvas rectangle of the last frame (for tests and hit testing).
    pub canvas: Rect,
    /// A hint shown near the pointer after a refused drop, with the time it appeared.
    hint: Option<(String, f64)>,
    drag: Option<DragOp>,
    /// Logical tables where someone's wish is unmet, with the plan version they were found for
    /// (worked out when the plan changes, not every frame).
    unmet: Option<(u64, BTreeSet<seatplan_core::domain::LogicalId>)>,
}

impl Default for FloorPlanState {
    fn default() -> Self {
        FloorPlanState {
            zoom: 20.0,
            pan: vec2(20.0, 20.0),
            tool: Tool::Select,
            snap: true,
            auto_fit: true,
            highlight: BTreeSet::new(),
            hovered: None,
            canvas: Rect::NOTHING,
            hint: None,
            drag: None,
            unmet: None,
        }
    }
}

impl FloorPlanState {
    /// World (metres) → screen.
    pub fn to_screen(&self, world: Pos2) -> Pos2 {
        self.canvas.min + self.pan + world.to_vec2() * self.zoom
    }

    /// Screen → world (metres).
    pub fn to_world(&self, screen: Pos2) -> Pos2 {
        ((screen - self.canvas.min - self.pan) / self.zoom).to_pos2()
    }

    /// Screen position of a table's centre (as drawn at rest).
    pub fn table_screen_pos(&self, plan: &Plan, id: TableId) -> Option<Pos2> {
        let table = plan.table(id)?;
        let room = plan.room(table.room)?;
        Some(self.to_screen(table_world_centre(room, table)))
    }

    /// Screen position of a world point given relative to a room's top-left corner.
    pub fn room_point_screen_pos(&self, room: &Room, x_m: f64, y_m: f64) -> Pos2 {
        self.to_screen(pos2((room.x_m + x_m) as f32, (room.y_m + y_m) as f32))
    }

    /// Centres the view on a table (the zoom stays, but at least close enough to read it) and
    /// highlights it.
    pub fn show_table(&mut self, plan: &Plan, id: TableId) {
        let Some(table) = plan.table(id) else { return };
        let Some(room) = plan.room(table.room) else {
            return;
        };
        let readable = spacing::TABLE_DETAIL_MIN / table.width_m.min(table.depth_m.max(0.5)) as f32;
        self.zoom = self.zoom.max(readable).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        let centre = table_world_centre(room, table);
        self.pan = self.canvas.size() / 2.0 - centre.to_vec2() * self.zoom;
        self.auto_fit = false;
        self.highlight = BTreeSet::from([id]);
    }

    /// Fits every room into the canvas (and keeps it fitted while the window resizes).
    pub fn fit(&mut self, plan: &Plan) {
        self.auto_fit = true;
        let Some(bounds) = plan_bounds(plan) else {
            self.zoom = 20.0;
            self.pan = vec2(20.0, 20.0);
            return;
        };
        let margin = 24.0;
        let available = (self.canvas.size() - Vec2::splat(2.0 * margin)).max(Vec2::splat(50.0));
        let zoom = (available.x / bounds.width().max(1.0))
            .min(available.y / bounds.height().max(1.0))
            .clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        self.zoom = zoom;
        let content = bounds.size() * zoom;
        let offset = (self.canvas.size() - content) / 2.0;
        self.pan = offset - bounds.min.to_vec2() * zoom;
    }

    fn zoom_at(&mut self, screen: Pos2, factor: f32) {
        let world = self.to_world(screen);
        self.zoom = (self.zoom * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        // Keep the world point under the pointer where it was.
        self.pan = screen - self.canvas.min - world.to_vec2() * self.zoom;
    }
}

/// The bounding box of all rooms, metres.
fn plan_bounds(plan: &Plan) -> Option<Rect> {
    plan.rooms().map(room_rect_world).reduce(|a, b| a.union(b))
}

fn room_rect_world(room: &Room) -> Rect {
    Rect::from_min_size(
        pos2(room.x_m as f32, room.y_m as f32),
        vec2(room.width_m as f32, room.height_m as f32),
    )
}

fn table_world_centre(room: &Room, table: &PhysicalTable) -> Pos2 {
    pos2((room.x_m + table.x_m) as f32, (room.y_m + table.y_m) as f32)
}

/// Whether a world point lies on a table (honouring shape and rotation).
fn table_contains(room: &Room, table: &PhysicalTable, world: Pos2) -> bool {
    let centre = table_world_centre(room, table);
    let d = world - centre;
    match table.shape {
        TableShape::Round => d.length() <= table.width_m as f32 / 2.0,
        TableShape::Rectangular => {
            let (sin, cos) = (-table.rotation_deg as f32).to_radians().sin_cos();
            let local = vec2(d.x * cos - d.y * sin, d.x * sin + d.y * cos);
            local.x.abs() <= table.width_m as f32 / 2.0
                && local.y.abs() <= table.depth_m as f32 / 2.0
        }
    }
}

/// Over a table where wishes are unmet: which guests and why.
fn unmet_tooltip_ui(
    state: &FloorPlanState,
    plan: &Plan,
    pointer: Option<Pos2>,
    response: &Response,
) {
    let Some(pointer) = pointer else {
        return;
    };
    let Some(logical) = table_at(plan, state.to_world(pointer))
        .and_then(|t| plan.holder_of(t))
        .map(|l| l.id)
    else {
        return;
    };
    // Worked out in full only over a table that has an unmet wish.
    if !state
        .unmet
        .as_ref()
        .is_some_and(|(_, set)| set.contains(&logical))
    {
        return;
    }
    let unmet = seatplan_core::seating::unmet_in(plan);
    let lines: Vec<String> = plan
        .guests_at(logical)
        .filter_map(|g| unmet.get(&g.id).map(|list| (g, list)))
        .flat_map(|(g, list)| {
            list.iter().map(move |(other, wish)| {
                format!(
                    "{}: {}",
                    g.display_name(),
                    seatplan_core::seating::unmet_text(plan, *other, wish)
                )
            })
        })
        .take(12)
        .collect();
    if !lines.is_empty() {
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(egui::RichText::new(t!("floor-unmet-title")).strong());
            for line in lines {
                ui.label(line);
            }
        });
    }
}

/// The topmost table under a world point.
fn table_at(plan: &Plan, world: Pos2) -> Option<TableId> {
    plan.tables()
        .rev()
        .find(|t| {
            plan.room(t.room)
                .is_some_and(|r| table_contains(r, t, world))
        })
        .map(|t| t.id)
}

/// The topmost room containing a world point.
fn room_at(plan: &Plan, world: Pos2) -> Option<RoomId> {
    plan.rooms()
        .rev()
        .find(|r| room_rect_world(r).contains(world))
        .map(|r| r.id)
}

fn snap(value: f64, on: bool) -> f64 {
    if on {
        (value / SNAP_M).round() * SNAP_M
    } else {
        (value * 1000.0).round() / 1000.0
    }
}

/// The moves that dropping `ids` shifted by `delta` (metres) would make, or the reason why not.
fn planned_moves(
    plan: &Plan,
    ids: &[TableId],
    delta: Vec2,
    snap_on: bool,
) -> Result<Vec<TableMove>, String> {
    let mut moves = Vec::with_capacity(ids.len());
    for &id in ids {
        let Some(table) = plan.table(id) else {
            continue;
        };
        let Some(room) = plan.room(table.room) else {
            continue;
        };
        let centre = table_world_centre(room, table) + delta;
        let Some(target) = room_at(plan, centre).and_then(|r| plan.room(r)) else {
            return Err(t!("floor-table-outside", number = table.number.as_str()));
        };
        let (hx, hy) = half_extent_m(
            table.shape,
            table.width_m,
            table.depth_m,
            table.rotation_deg,
        );
        // Snap, then keep the whole table inside its (new) room.
        let (x, y) = target.keep_inside(
            (hx, hy),
            snap(f64::from(centre.x) - target.x_m, snap_on),
            snap(f64::from(centre.y) - target.y_m, snap_on),
        );
        moves.push(TableMove {
            table: id,
            room: target.id,
            x_m: x,
            y_m: y,
        });
    }
    Ok(moves)
}

/// Draws the floor plan and handles its input. `read_only` disables every edit (as-of view).
pub fn floor_plan_ui(
    ui: &mut Ui,
    state: &mut FloorPlanState,
    cx: &PanelContext<'_>,
    actions: &mut Vec<Action>,
) {
    let (plan, selection, read_only) = (cx.plan, cx.selection, cx.read_only);
    toolbar_ui(ui, state, plan, read_only);
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, t!("print-floor-plan"))
    });
    let resized = state.canvas.size() != response.rect.size();
    state.canvas = response.rect;
    if state.auto_fit && resized && state.canvas.width() > 10.0 {
        state.fit(plan);
    }
    let palette = Palette::for_visuals(ui.visuals());
    let pointer = response.hover_pos();

    handle_zoom(ui, state, &response);
    if !read_only
        && let Some(p) = pointer
        && let Some((_, edges)) = resize_handle_at(state, plan, selection, p)
    {
        ui.ctx().set_cursor_icon(edges.cursor());
    }
    let drop_target = handle_drops(ui, state, plan, &response, actions);
    handle_pointer(ui, state, cx, &response, actions);

    if state.unmet.as_ref().is_none_or(|(v, _)| *v != cx.version) {
        let unmet = seatplan_core::seating::unmet_in(plan)
            .keys()
            .filter_map(|g| plan.guest(*g).and_then(|g| g.logical))
            .collect();
        state.unmet = Some((cx.version, unmet));
    }

    // ---- drawing ----
    painter.rect_filled(state.canvas, CornerRadius::ZERO, palette.canvas);
    let painter = painter.with_clip_rect(state.canvas);
    let scene = Scene {
        ui,
        painter: &painter,
        state,
        cx,
        palette: &palette,
    };
    let (room_offsets, room_titles) = draw_rooms(&scene);
    draw_tables(&scene, &room_offsets, drop_target);
    painter.extend(room_titles);
    unmet_tooltip_ui(state, plan, pointer, &response);
    draw_overlays(ui, &painter, state, plan, read_only, pointer, &palette);
}

/// What drawing the plan needs: where, how, in which colours, and what to draw.
struct Scene<'a> {
    ui: &'a Ui,
    painter: &'a egui::Painter,
    state: &'a FloorPlanState,
    cx: &'a PanelContext<'a>,
    palette: &'a Palette,
}

/// What the rooms add to the picture: their floors (under the tables) and their titles (over
/// them, on a plate, so a row of tables along the top wall never hides a room's name).
#[derive(Default)]
struct RoomLayers {
    floors: Vec<Shape>,
    titles: Vec<Shape>,
}

/// The rooms (where they are being dragged or resized to), with the selected one's handle;
/// returns how far each room being dragged has moved, for its tables, and the titles to paint
/// after the tables.
fn draw_rooms(scene: &Scene<'_>) -> (HashMap<RoomId, Vec2>, Vec<Shape>) {
    let (ui, painter, state, cx, palette) = (
        scene.ui,
        scene.painter,
        scene.state,
        scene.cx,
        scene.palette,
    );
    let (plan, selection, read_only) = (cx.plan, cx.selection, cx.read_only);
    let mut layers = RoomLayers::default();
    let mut room_offsets: HashMap<RoomId, Vec2> = HashMap::new();
    for room in plan.rooms() {
        let mut rect_world = room_rect_world(room);
        match &state.drag {
            Some(DragOp::Room { id, start, now }) if *id == room.id => {
                let delta = *now - *start;
                rect_world = rect_world.translate(delta);
                room_offsets.insert(room.id, delta);
            }
            Some(DragOp::Resize {
                id,
                edges,
                start,
                now,
            }) if *id == room.id => {
                rect_world = edges.resized(rect_world, *now - *start);
            }
            _ => {}
        }
        let rect = Rect::from_min_max(
            state.to_screen(rect_world.min),
            state.to_screen(rect_world.max),
        );
        if !state.canvas.intersects(rect) {
            continue;
        }
        let selected = *selection == Selection::Room(room.id);
        room_shapes(
            ui,
            &mut layers,
            room,
            rect,
            selected && !read_only,
            selected,
            palette,
        );
    }
    painter.extend(layers.floors);
    (room_offsets, layers.titles)
}

/// One room: its floor, outline (thicker when selected), name and size, and the resize handle.
fn room_shapes(
    ui: &Ui,
    layers: &mut RoomLayers,
    room: &Room,
    rect: Rect,
    handle: bool,
    selected: bool,
    palette: &Palette,
) {
    layers.floors.push(Shape::rect_filled(
        rect,
        CornerRadius::same(2),
        palette.room_fill,
    ));
    layers.floors.push(Shape::rect_stroke(
        rect,
        CornerRadius::same(2),
        Stroke::new(
            if selected { 3.0 } else { 1.5 },
            if selected {
                palette.selected
            } else {
                palette.room_stroke
            },
        ),
        StrokeKind::Inside,
    ));
    if rect.width() > 40.0 {
        // The title fits the room: with its size when there is room, else the name, shortened
        // (titles of rooms side by side at a small zoom never run into each other).
        let full = format!(
            "{}  ·  {} × {} m",
            room.name,
            metres(room.width_m),
            metres(room.height_m)
        );
        let fits = ((rect.width() - 12.0) / (13.0 * 0.55)).floor().max(3.0) as usize;
        let label = if full.chars().count() <= fits {
            full
        } else {
            shorten(&room.name, fits)
        };
        let title = ui.fonts_mut(|f| {
            Shape::text(
                f,
                rect.min + vec2(6.0, 4.0),
                Align2::LEFT_TOP,
                label,
                FontId::proportional(13.0),
                palette.room_text,
            )
        });
        let plate = title.visual_bounding_rect().expand2(vec2(3.0, 1.0));
        layers.titles.push(Shape::rect_filled(
            plate,
            CornerRadius::same(2),
            palette.room_fill.gamma_multiply(0.9),
        ));
        layers.titles.push(title);
    }
    if handle {
        let handle = Rect::from_center_size(rect.max, Vec2::splat(HANDLE));
        layers.floors.push(Shape::rect_filled(
            handle,
            CornerRadius::same(2),
            palette.selected,
        ));
    }
}

/// The tables (where they are being dragged to), coloured by state, with number, logical table
/// and seats where they are large enough.
fn draw_tables(
    scene: &Scene<'_>,
    room_offsets: &HashMap<RoomId, Vec2>,
    drop_target: Option<TableId>,
) {
    let (ui, painter, state) = (scene.ui, scene.painter, scene.state);
    let (cx, palette) = (scene.cx, scene.palette);
    let (plan, selection) = (cx.plan, cx.selection);
    let zoom = state.zoom;
    let (drag_delta, dragged): (Vec2, BTreeSet<TableId>) = match &state.drag {
        Some(DragOp::Tables { ids, start, now }) => (*now - *start, ids.iter().copied().collect()),
        _ => (Vec2::ZERO, BTreeSet::new()),
    };
    let seated = plan.seated_per_logical();
    let selected_tables = shown_as_selected(plan, selection);
    // Logical tables where someone's wish is not met get a mark (the hover says why).
    let no_unmet = BTreeSet::new();
    let unmet = state.unmet.as_ref().map_or(&no_unmet, |(_, set)| set);
    let mut text_shapes = Vec::new();
    let mut table_shapes = Vec::new();
    for table in plan.tables() {
        let Some(room) = plan.room(table.room) else {
            continue;
        };
        let mut centre_world = table_world_centre(room, table);
        if dragged.contains(&table.id) {
            centre_world += drag_delta;
        }
        if let Some(offset) = room_offsets.get(&table.room) {
            centre_world += *offset;
        }
        let centre = state.to_screen(centre_world);
        let size_px = table.width_m.max(table.depth_m) as f32 * zoom;
        // Text must fit the narrow side of a rectangular table.
        let text_px = table.width_m.min(table.depth_m) as f32 * zoom;
        let cull = Rect::from_center_size(centre, Vec2::splat(size_px + 8.0));
        if !state.canvas.intersects(cull) {
            continue;
        }
        let holder = plan.holder_of(table.id);
        let n_seated = holder.and_then(|l| seated.get(&l.id)).copied().unwrap_or(0);
        let fill = match holder {
            _ if n_seated > table.seats => palette.table_over,
            Some(l) if l.vip => palette.table_vip,
            Some(_) => palette.table_assigned,
            None => palette.table_free,
        };
        // An overfilled VIP table is red like any other, but keeps a gold outline.
        let mut stroke = match holder {
            Some(l) if l.vip && n_seated > table.seats => Stroke::new(3.0, palette.table_vip),
            _ => Stroke::new(1.0, palette.table_stroke),
        };
        if state.highlight.contains(&table.id) || state.hovered == Some(table.id) {
            stroke = Stroke::new(3.0, palette.highlight);
        }
        if selected_tables.contains(&table.id) {
            stroke = Stroke::new(3.0, palette.selected);
        }
        if drop_target == Some(table.id) {
            stroke = Stroke::new(4.0, palette.drop_target);
        }
        table_shapes.push(table_shape(table, centre, zoom, fill, stroke));
        if holder.is_some_and(|l| unmet.contains(&l.id)) && size_px >= 10.0 {
            let corner = centre + vec2(size_px * 0.42, -size_px * 0.42);
            table_shapes.push(egui::Shape::circle_filled(
                corner,
                (size_px * 0.12).clamp(3.0, 7.0),
                ui.visuals().warn_fg_color,
            ));
        }
        // Accessible tables carry the wheelchair sign at their lower left.
        if table.accessible && size_px >= 10.0 {
            // At the table's own lower-left corner (a long table's, not its bounding square's).
            let (hx, hy) = table.half_extent_m();
            let corner = centre + vec2(-(hx as f32), hy as f32) * zoom * 0.8;
            let size = (size_px * 0.35).clamp(11.0, 18.0);
            text_shapes.push(ui.fonts_mut(|f| {
                Shape::text(
                    f,
                    corner,
                    Align2::CENTER_CENTER,
                    "♿",
                    FontId::proportional(size),
                    palette.selected,
                )
            }));
        }
        if size_px >= spacing::TABLE_TEXT_MIN && text_px >= 8.0 {
            let name = holder.map_or("—", |l| l.name.as_str());
            table_label_shapes(
                ui,
                &mut text_shapes,
                table,
                (name, n_seated),
                centre,
                text_px,
                palette,
            );
        }
    }
    painter.extend(table_shapes);
    painter.extend(text_shapes);
}

/// The tables drawn as selected: the selected tables, the table of a selected logical table, the
/// tables where the selected guests sit — so "where is Vertrieb 2?" is answered by clicking it.
fn shown_as_selected(plan: &Plan, selection: &Selection) -> BTreeSet<TableId> {
    match selection {
        Selection::Tables(ids) => ids.clone(),
        Selection::Logical(id) => plan
            .logical_table(*id)
            .and_then(|l| l.physical)
            .into_iter()
            .collect(),
        Selection::Guests(ids) => ids
            .iter()
            .filter_map(|g| plan.guest(*g))
            .filter_map(|g| plan.place_of(g).table.map(|t| t.id))
            .collect(),
        Selection::None | Selection::Room(_) => BTreeSet::new(),
    }
}

/// A table's number, and — where there is room — its logical table and seats taken of seats.
fn table_label_shapes(
    ui: &Ui,
    text_shapes: &mut Vec<Shape>,
    table: &PhysicalTable,
    (name, n_seated): (&str, u32),
    centre: Pos2,
    text_px: f32,
    palette: &Palette,
) {
    let number_size = (text_px * 0.28).clamp(8.0, 18.0);
    let detail = text_px >= spacing::TABLE_DETAIL_MIN;
    let detail_size = (number_size * 0.6).clamp(8.0, 12.0);
    // Number, name and seats as one block centred on the table; a name is cut to what fits the
    // table's width (a circle is narrower than its diameter above and below the middle).
    let (number_pos, detail_pos) = if detail {
        let block = number_size * 1.1 + detail_size * 2.4;
        let top = centre.y - block / 2.0;
        (
            pos2(centre.x, top + number_size * 0.55),
            pos2(centre.x, top + number_size * 1.1 + detail_size * 1.2),
        )
    } else {
        (centre, centre)
    };
    text_shapes.push(ui.fonts_mut(|f| {
        Shape::text(
            f,
            number_pos,
            Align2::CENTER_CENTER,
            &table.number,
            FontId::proportional(number_size),
            palette.table_text,
        )
    }));
    if detail {
        let fits = ((text_px * 0.8) / (detail_size * 0.55)).floor().max(3.0) as usize;
        let line = format!("{}\n{}/{}", shorten(name, fits), n_seated, table.seats);
        text_shapes.push(ui.fonts_mut(|f| {
            Shape::text(
                f,
                detail_pos,
                Align2::CENTER_CENTER,
                line,
                FontId::proportional(detail_size),
                palette.table_text,
            )
        }));
    }
}

/// What is drawn over the plan: a refused drag, the selection box, a hint, the empty-plan
/// message, the active tool next to the pointer.
fn draw_overlays(
    ui: &mut Ui,
    painter: &egui::Painter,
    state: &mut FloorPlanState,
    plan: &Plan,
    read_only: bool,
    pointer: Option<Pos2>,
    palette: &Palette,
) {
    // Refusal preview while dragging tables: red outline where they cannot go.
    if let Some(DragOp::Tables { ids, start, now }) = &state.drag
        && planned_moves(plan, ids, *now - *start, state.snap).is_err()
        && let Some(p) = pointer
    {
        painter.text(
            p + vec2(14.0, -14.0),
            Align2::LEFT_BOTTOM,
            t!("floor-drop-inside"),
            FontId::proportional(13.0),
            palette.refused,
        );
    }
    if let Some(DragOp::Box { start, now }) = &state.drag {
        let rect = Rect::from_two_pos(*start, *now);
        painter.rect(
            rect,
            CornerRadius::ZERO,
            palette.selected.gamma_multiply(0.15),
            Stroke::new(1.0, palette.selected),
            StrokeKind::Inside,
        );
    }
    let now = ui.input(|i| i.time);
    if let Some((hint, since)) = &state.hint {
        if now - since < 3.0 {
            painter.text(
                state.canvas.center_top() + vec2(0.0, 12.0),
                Align2::CENTER_TOP,
                hint,
                FontId::proportional(15.0),
                palette.refused,
            );
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        } else {
            state.hint = None;
        }
    }
    if plan.room_count() == 0 {
        ui.put(
            Rect::from_center_size(state.canvas.center(), vec2(420.0, 40.0)),
            egui::Label::new(
                egui::RichText::new(t!("floor-no-rooms"))
                    .size(16.0)
                    .color(palette.room_text),
            )
            .selectable(false),
        );
    }
    if let Some(p) = pointer
        && state.tool != Tool::Select
        && !read_only
    {
        painter.text(
            p + vec2(14.0, 14.0),
            Align2::LEFT_TOP,
            state.tool.label(),
            FontId::proportional(12.0),
            palette.room_text,
        );
    }
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

fn table_shape(
    table: &PhysicalTable,
    centre: Pos2,
    zoom: f32,
    fill: Color32,
    stroke: Stroke,
) -> Shape {
    match table.shape {
        TableShape::Round => Shape::circle_filled(centre, table.width_m as f32 * zoom / 2.0, fill)
            .with_stroke(stroke),
        TableShape::Rectangular => {
            let (hw, hd) = (
                table.width_m as f32 * zoom / 2.0,
                table.depth_m as f32 * zoom / 2.0,
            );
            let (sin, cos) = (table.rotation_deg as f32).to_radians().sin_cos();
            let corners = [vec2(-hw, -hd), vec2(hw, -hd), vec2(hw, hd), vec2(-hw, hd)]
                .map(|c| centre + vec2(c.x * cos - c.y * sin, c.x * sin + c.y * cos));
            Shape::convex_polygon(corners.to_vec(), fill, stroke)
        }
    }
}

/// Helper so circles can take a stroke like polygons.
trait WithStroke {
    fn with_stroke(self, stroke: Stroke) -> Shape;
}

impl WithStroke for Shape {
    fn with_stroke(self, stroke: Stroke) -> Shape {
        match self {
            Shape::Circle(mut c) => {
                c.stroke = stroke;
                Shape::Circle(c)
            }
            other => other,
        }
    }
}

fn toolbar_ui(ui: &mut Ui, state: &mut FloorPlanState, plan: &Plan, read_only: bool) {
    // Wraps onto a second row when the panel is narrow (German labels are ~30 % longer).
    ui.horizontal_wrapped(|ui| {
        ui.add_enabled_ui(!read_only, |ui| {
            for tool in [
                Tool::Select,
                Tool::AddRoom,
                Tool::AddRoundTable,
                Tool::AddRectTable,
            ] {
                if ui
                    .selectable_label(state.tool == tool, tool.label())
                    .clicked()
                {
                    state.tool = tool;
                }
            }
        });
        ui.separator();
        ui.checkbox(&mut state.snap, t!("floor-snap"));
        if ui
            .button(t!("key-fit"))
            .on_hover_text(t!("floor-fit-tip"))
            .clicked()
        {
            state.fit(plan);
        }
        ui.label(format!("{:.0} px/m", state.zoom));
    });
}

fn handle_zoom(ui: &Ui, state: &mut FloorPlanState, response: &Response) {
    let Some(pointer) = response.hover_pos() else {
        return;
    };
    let (scroll, zoom_delta) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
    let factor = zoom_delta * (scroll * 0.0025).exp();
    if (factor - 1.0).abs() > 1e-4 {
        state.zoom_at(pointer, factor);
        state.auto_fit = false;
    }
}

/// Handles guests and logical tables dropped on the canvas; returns the table under a hovering
/// payload (to draw it as the drop target).
fn handle_drops(
    ui: &Ui,
    state: &mut FloorPlanState,
    plan: &Plan,
    response: &Response,
    actions: &mut Vec<Action>,
) -> Option<TableId> {
    let pointer = ui.input(|i| i.pointer.interact_pos())?;
    if !state.canvas.contains(pointer) {
        return None;
    }
    let over = table_at(plan, state.to_world(pointer));
    let hovering = response.dnd_hover_payload::<GuestDrag>().is_some()
        || response.dnd_hover_payload::<LogicalDrag>().is_some();
    // Edits while read-only are refused where every edit is: in the dispatcher, with the reason.
    if let Some(guests) = crate::released::<GuestDrag>(response) {
        if let Some(table) = over.and_then(|t| plan.table(t)) {
            match plan.holder_of(table.id) {
                Some(logical) => actions.push(Action::Document(DocumentAction::Execute(
                    Command::SeatGuests {
                        guests: guests.guests.clone(),
                        logical: Some(logical.id),
                    },
                ))),
                None => actions.push(Action::App(AppAction::Warn(t!(
                    "floor-no-logical",
                    number = table.number.as_str()
                )))),
            }
        }
    }
    if let Some(logical) = crate::released::<LogicalDrag>(response) {
        if let Some(table) = over {
            actions.push(Action::Document(DocumentAction::Execute(
                Command::AssignTable {
                    logical: logical.0,
                    table: Some(table),
                },
            )));
        }
    }
    if hovering { over } else { None }
}

fn handle_pointer(
    ui: &Ui,
    state: &mut FloorPlanState,
    cx: &PanelContext<'_>,
    response: &Response,
    actions: &mut Vec<Action>,
) {
    let plan = cx.plan;
    let (shift, middle_down, press_origin) = ui.input(|i| {
        (
            i.modifiers.shift,
            i.pointer.middle_down(),
            i.pointer.press_origin(),
        )
    });

    if response.clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        click(state, cx, p, shift, actions);
    }

    if response.drag_started()
        && let Some(origin) = press_origin
    {
        state.drag = Some(start_drag(state, cx, origin, middle_down, shift, actions));
    }

    if response.dragged()
        && let Some(drag) = &mut state.drag
    {
        let pointer = response.interact_pointer_pos();
        match drag {
            DragOp::Pan => {
                state.pan += response.drag_delta();
                state.auto_fit = false;
            }
            DragOp::Box { now, .. } => {
                if let Some(p) = pointer {
                    *now = p;
                }
            }
            DragOp::Tables { now, .. } | DragOp::Room { now, .. } | DragOp::Resize { now, .. } => {
                if let Some(p) = pointer {
                    *now = ((p - state.canvas.min - state.pan) / state.zoom).to_pos2();
                }
            }
        }
    }

    if response.drag_stopped()
        && let Some(drag) = state.drag.take()
    {
        finish_drag(ui, state, plan, drag, actions);
    }
}

/// What a drag that starts at `origin` (screen) does: pans (middle button, a tool other than
/// Select, empty space or a room that is not selected), moves the tables under it, resizes the
/// selected room at its edge, draws a selection box (Shift), or moves the selected room.
fn start_drag(
    state: &FloorPlanState,
    cx: &PanelContext<'_>,
    origin: Pos2,
    pan_only: bool,
    shift: bool,
    actions: &mut Vec<Action>,
) -> DragOp {
    let (plan, selection, read_only) = (cx.plan, cx.selection, cx.read_only);
    let world = state.to_world(origin);
    if pan_only || state.tool != Tool::Select {
        DragOp::Pan
    } else if let Some(table) = table_at(plan, world).filter(|_| !read_only) {
        let mut ids = selection.tables();
        if !ids.contains(&table) {
            ids = BTreeSet::from([table]);
            actions.push(Action::View(ViewAction::Select(Selection::table(table))));
        }
        DragOp::Tables {
            ids: ids.into_iter().collect(),
            start: world,
            now: world,
        }
    } else if let Some((room, edges)) =
        resize_handle_at(state, plan, selection, origin).filter(|_| !read_only)
    {
        DragOp::Resize {
            id: room,
            edges,
            start: world,
            now: world,
        }
    } else if shift {
        DragOp::Box {
            start: origin,
            now: origin,
        }
    } else if let Some(room) =
        room_at(plan, world).filter(|room| !read_only && *selection == Selection::Room(*room))
    {
        // Only a selected room moves (click it first, as in drawing programs): a drag on a room
        // that is not selected pans, so panning a zoomed-in plan never edits it.
        DragOp::Room {
            id: room,
            start: world,
            now: world,
        }
    } else {
        DragOp::Pan
    }
}

/// Which edges of a room a resize drag moves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Edges {
    left: bool,
    right: bool,
    top: bool,
    bottom: bool,
}

impl Edges {
    /// The room rectangle (world) after dragging these edges by `delta`, at least 1 m wide/high.
    fn resized(self, rect: Rect, delta: Vec2) -> Rect {
        let mut r = rect;
        if self.left {
            r.min.x = (r.min.x + delta.x).min(r.max.x - 1.0);
        }
        if self.right {
            r.max.x = (r.max.x + delta.x).max(r.min.x + 1.0);
        }
        if self.top {
            r.min.y = (r.min.y + delta.y).min(r.max.y - 1.0);
        }
        if self.bottom {
            r.max.y = (r.max.y + delta.y).max(r.min.y + 1.0);
        }
        r
    }

    fn cursor(self) -> egui::CursorIcon {
        match (self.left || self.right, self.top || self.bottom) {
            (true, true) if self.left == self.top => egui::CursorIcon::ResizeNwSe,
            (true, true) => egui::CursorIcon::ResizeNeSw,
            (true, false) => egui::CursorIcon::ResizeHorizontal,
            _ => egui::CursorIcon::ResizeVertical,
        }
    }
}

/// The selected room's resize grip under a screen point: an edge or a corner.
fn resize_handle_at(
    state: &FloorPlanState,
    plan: &Plan,
    selection: &Selection,
    screen: Pos2,
) -> Option<(RoomId, Edges)> {
    let Selection::Room(id) = selection else {
        return None;
    };
    let room = plan.room(*id)?;
    let rect = Rect::from_min_max(
        state.to_screen(room_rect_world(room).min),
        state.to_screen(room_rect_world(room).max),
    );
    let grip = HANDLE / 2.0 + 2.0;
    if !rect.expand(grip).contains(screen) {
        return None;
    }
    let edges = Edges {
        left: (screen.x - rect.min.x).abs() <= grip,
        right: (screen.x - rect.max.x).abs() <= grip,
        top: (screen.y - rect.min.y).abs() <= grip,
        bottom: (screen.y - rect.max.y).abs() <= grip,
    };
    (edges != Edges::default()).then_some((*id, edges))
}

/// The command for a room dragged to `new` (world rectangle), snapped to the grid.
fn resize_room_command(room: &Room, new: Rect, snap_on: bool) -> Command {
    let x_m = snap(f64::from(new.min.x), snap_on);
    let y_m = snap(f64::from(new.min.y), snap_on);
    Command::ResizeRoomKeepingTables {
        room: room.id,
        x_m,
        y_m,
        width_m: snap(f64::from(new.max.x), snap_on) - x_m,
        height_m: snap(f64::from(new.max.y), snap_on) - y_m,
    }
}

fn click(
    state: &mut FloorPlanState,
    cx: &PanelContext<'_>,
    screen: Pos2,
    shift: bool,
    actions: &mut Vec<Action>,
) {
    let (plan, selection, read_only) = (cx.plan, cx.selection, cx.read_only);
    let world = state.to_world(screen);
    match state.tool {
        Tool::Select => {
            if let Some(table) = table_at(plan, world) {
                let mut tables = if shift {
                    selection.tables()
                } else {
                    BTreeSet::new()
                };
                if shift && tables.contains(&table) {
                    tables.remove(&table);
                } else {
                    tables.insert(table);
                }
                actions.push(Action::View(ViewAction::Select(Selection::Tables(tables))));
            } else if let Some(room) = room_at(plan, world) {
                actions.push(Action::View(ViewAction::Select(Selection::Room(room))));
            } else {
                actions.push(Action::View(ViewAction::Select(Selection::None)));
            }
        }
        _ if read_only => {}
        Tool::AddRoom => {
            actions.push(Action::Document(DocumentAction::Execute(new_room_command(
                plan, world,
            ))));
            state.tool = Tool::Select;
        }
        Tool::AddRoundTable | Tool::AddRectTable => {
            let Some(room) = room_at(plan, world).and_then(|r| plan.room(r)) else {
                actions.push(Action::App(AppAction::Notify(t!("floor-click-inside"))));
                return;
            };
            let shape = if state.tool == Tool::AddRoundTable {
                TableShape::Round
            } else {
                TableShape::Rectangular
            };
            actions.push(Action::Document(DocumentAction::Execute(
                new_table_command(room, shape, world, state.snap),
            )));
        }
    }
}

/// A new 12 × 8 m room named "Raum N" (the first free N) with its corner at `world`.
fn new_room_command(plan: &Plan, world: Pos2) -> Command {
    let name = (1..)
        .map(|i| t!("floor-new-room-name", number = i.to_string()))
        .find(|name| plan.room_named(name).is_none())
        .unwrap_or_else(|| t!("sheet-room"));
    Command::CreateRoom {
        name,
        width_m: 12.0,
        height_m: 8.0,
        x_m: snap(f64::from(world.x), true),
        y_m: snap(f64::from(world.y), true),
    }
}

/// A new table of the shape's default size, centred at `world` and kept inside `room`.
fn new_table_command(room: &Room, shape: TableShape, world: Pos2, snap_on: bool) -> Command {
    let (width_m, depth_m, seats) = shape.default_size();
    let (x_m, y_m) = room.keep_inside(
        (width_m / 2.0, depth_m / 2.0),
        snap(f64::from(world.x) - room.x_m, snap_on),
        snap(f64::from(world.y) - room.y_m, snap_on),
    );
    Command::AddTable(NewTable {
        number: None,
        room: room.id,
        shape,
        width_m,
        depth_m,
        seats,
        x_m,
        y_m,
        rotation_deg: 0.0,
    })
}

fn finish_drag(
    ui: &Ui,
    state: &mut FloorPlanState,
    plan: &Plan,
    drag: DragOp,
    actions: &mut Vec<Action>,
) {
    let now_time = ui.input(|i| i.time);
    match drag {
        DragOp::Pan => {}
        DragOp::Box { start, now } => {
            let rect = Rect::from_two_pos(state.to_world(start), state.to_world(now));
            let tables: BTreeSet<TableId> = plan
                .tables()
                .filter(|t| {
                    plan.room(t.room)
                        .is_some_and(|r| rect.contains(table_world_centre(r, t)))
                })
                .map(|t| t.id)
                .collect();
            actions.push(Action::View(ViewAction::Select(Selection::Tables(tables))));
        }
        DragOp::Tables { ids, start, now } => {
            let delta = now - start;
            // A press and release without movement is not a move.
            if delta.length() * state.zoom < 2.0 {
                return;
            }
            match planned_moves(plan, &ids, delta, state.snap) {
                Ok(moves) => actions.push(Action::Document(DocumentAction::Execute(
                    Command::MoveTables(moves),
                ))),
                Err(reason) => {
                    state.hint = Some((reason.clone(), now_time));
                    actions.push(Action::App(AppAction::Warn(reason)));
                }
            }
        }
        DragOp::Room { id, start, now } => {
            let delta = now - start;
            if delta.length() * state.zoom < 2.0 {
                return;
            }
            if let Some(room) = plan.room(id) {
                actions.push(Action::Document(DocumentAction::Execute(
                    Command::MoveRoom {
                        room: id,
                        x_m: snap(room.x_m + f64::from(delta.x), state.snap),
                        y_m: snap(room.y_m + f64::from(delta.y), state.snap),
                    },
                )));
            }
        }
        DragOp::Resize {
            id,
            edges,
            start,
            now,
        } => {
            let delta = now - start;
            if delta.length() * state.zoom < 2.0 {
                return;
            }
            if let Some(room) = plan.room(id) {
                let new = edges.resized(room_rect_world(room), delta);
                actions.push(Action::Document(DocumentAction::Execute(
                    resize_room_command(room, new, state.snap),
                )));
            }
        }
    }
}
