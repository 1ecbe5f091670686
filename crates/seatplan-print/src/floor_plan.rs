//! The floor plan on landscape paper: the chosen rooms at a standard scale (1:50, 1:100, 1:200 …,
//! the largest that fits), every table with its number and logical table, a scale bar and a
//! legend with counts.

use super::font::{Fonts, Weight};
use super::{
    Align, FloorPlanScope, Item, Page, Paint, Paper, PrintContext, PrintError, Rgb, Stroke,
};
use seatplan_core::domain::describe::metres;
use seatplan_core::domain::{PhysicalTable, Plan, Room, TableShape};
use seatplan_i18n::t;

/// Colours of the printed plan (light, printer-friendly).
const ROOM_FILL: Rgb = Rgb(0xfc, 0xfc, 0xfa);
const ROOM_STROKE: Rgb = Rgb(0x5a, 0x60, 0x6a);
/// Table without a logical table.
pub const FREE: Rgb = Rgb(0xd4, 0xd7, 0xdc);
/// Table of a logical table.
pub const ASSIGNED: Rgb = Rgb(0x9c, 0xc3, 0xe6);
/// Table of a VIP logical table.
pub const VIP: Rgb = Rgb(0xf0, 0xcd, 0x6e);
/// Table with more guests than seats.
pub const OVER: Rgb = Rgb(0xeb, 0x8c, 0x82);
/// The badge of an accessible table (the accessibility sign's blue).
pub const ACCESSIBLE: Rgb = Rgb(0x1f, 0x5f, 0xaa);

/// Page margin.
const MARGIN_MM: f32 = 12.0;
/// Height of the title band.
const HEADER_MM: f32 = 14.0;
/// Height of the scale bar and legend band.
const FOOTER_MM: f32 = 20.0;

/// Standard drawing scales (the denominator of 1:n), largest drawing first.
const SCALES: [u32; 20] = [
    20, 25, 50, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750, 1000, 1250, 1500, 2000, 2500,
    5000, 10_000,
];

/// The floor plan pages for a scope.
pub fn pages(
    plan: &Plan,
    scope: FloorPlanScope,
    paper: Paper,
    context: &PrintContext,
    fonts: &Fonts,
) -> Result<Vec<Page>, PrintError> {
    let all: Vec<&Room> = plan.rooms().collect();
    if all.is_empty() {
        return Err(PrintError::Nothing(t!("print-no-rooms")));
    }
    let groups: Vec<(String, Vec<&Room>)> = match scope {
        FloorPlanScope::Venue => vec![(t!("print-all-rooms"), all)],
        FloorPlanScope::EachRoom => all.into_iter().map(|r| (r.name.clone(), vec![r])).collect(),
        FloorPlanScope::Room(id) => {
            let room = all
                .into_iter()
                .find(|r| r.id == id)
                .ok_or_else(|| PrintError::Nothing(t!("print-room-gone")))?;
            vec![(room.name.clone(), vec![room])]
        }
    };
    Ok(groups
        .into_iter()
        .map(|(name, rooms)| page(plan, &rooms, &name, paper, context, fonts))
        .collect())
}

/// The chosen scale: paper millimetres per metre, and the denominator it is quoted as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Millimetres on paper per metre in the room.
    pub mm_per_m: f32,
    /// n of "1:n".
    pub denominator: u32,
    /// Whether n is a standard scale (otherwise the fit is exact and n approximate).
    pub standard: bool,
}

/// The largest standard scale at which `width_m` × `height_m` fits `area` (mm).
pub fn choose_scale(width_m: f32, height_m: f32, area: (f32, f32)) -> Scale {
    let fit = (area.0 / width_m.max(0.01)).min(area.1 / height_m.max(0.01));
    SCALES
        .iter()
        .map(|&n| (n, 1000.0 / n as f32))
        .find(|&(_, mm_per_m)| mm_per_m <= fit)
        .map_or(
            Scale {
                mm_per_m: fit,
                denominator: (1000.0 / fit).round() as u32,
                standard: false,
            },
            |(denominator, mm_per_m)| Scale {
                mm_per_m,
                denominator,
                standard: true,
            },
        )
}

fn page(
    plan: &Plan,
    rooms: &[&Room],
    name: &str,
    paper: Paper,
    context: &PrintContext,
    fonts: &Fonts,
) -> Page {
    let mut page = Page::new(paper.landscape());
    let (width, height) = (page.width_mm, page.height_mm);
    let right = width - MARGIN_MM;

    // Bounds of the rooms, metres.
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for r in rooms {
        x0 = x0.min(r.x_m);
        y0 = y0.min(r.y_m);
        x1 = x1.max(r.x_m + r.width_m);
        y1 = y1.max(r.y_m + r.height_m);
    }
    let area = (
        width - 2.0 * MARGIN_MM,
        height - 2.0 * MARGIN_MM - HEADER_MM - FOOTER_MM,
    );
    let scale = choose_scale((x1 - x0) as f32, (y1 - y0) as f32, area);
    let s = scale.mm_per_m;
    let offset_x = MARGIN_MM + (area.0 - (x1 - x0) as f32 * s) / 2.0;
    let offset_y = MARGIN_MM + HEADER_MM + (area.1 - (y1 - y0) as f32 * s) / 2.0;
    let to_paper = |x_m: f64, y_m: f64| {
        (
            offset_x + (x_m - x0) as f32 * s,
            offset_y + (y_m - y0) as f32 * s,
        )
    };

    page.text(
        MARGIN_MM,
        MARGIN_MM + 5.0,
        16.0,
        Weight::Bold,
        Align::Left,
        Rgb::INK,
        t!("print-floor-plan-title", name = name),
    );
    page.text(
        right,
        MARGIN_MM + 5.0,
        9.0,
        Weight::Regular,
        Align::Right,
        Rgb::GREY,
        context.byline(),
    );

    let seated = plan.seated_per_logical();
    let mut counts = [0usize; 4];
    let mut accessible = 0usize;
    let (mut tables, mut seats, mut guests) = (0usize, 0u32, 0u32);
    for room in rooms {
        let (rx, ry) = to_paper(room.x_m, room.y_m);
        let (rw, rh) = (room.width_m as f32 * s, room.height_m as f32 * s);
        page.rect(
            rx,
            ry,
            rw,
            rh,
            Paint {
                fill: Some(ROOM_FILL),
                stroke: Some(Stroke::solid(ROOM_STROKE, 0.5)),
            },
        );
        let label = format!(
            "{} · {} × {} m",
            room.name,
            metres(room.width_m),
            metres(room.height_m)
        );
        let label = fonts.ellipsize(&label, rw - 3.0, 8.0, Weight::Bold);
        page.text(
            rx + 1.5,
            ry + 4.0,
            8.0,
            Weight::Bold,
            Align::Left,
            ROOM_STROKE,
            label,
        );
        for table in plan.tables().filter(|t| t.room == room.id) {
            let holder = plan.holder_of(table.id);
            let n = holder.and_then(|l| seated.get(&l.id)).copied().unwrap_or(0);
            let (fill, kind) = match holder {
                _ if n > table.seats => (OVER, 3),
                Some(l) if l.vip => (VIP, 2),
                Some(_) => (ASSIGNED, 1),
                None => (FREE, 0),
            };
            counts[kind] += 1;
            tables += 1;
            seats += table.seats;
            guests += n;
            let centre = to_paper(room.x_m + table.x_m, room.y_m + table.y_m);
            draw_table(
                &mut page,
                fonts,
                table,
                centre,
                s,
                fill,
                holder.map(|l| l.name.as_str()),
            );
            if table.accessible {
                accessible += 1;
                accessible_badge(&mut page, table, centre, s);
            }
        }
    }

    // Footer: scale bar, scale, legend, totals.
    let base = height - MARGIN_MM - 8.0;
    scale_bar(&mut page, MARGIN_MM, base, s);
    let scale_text = if scale.standard {
        t!(
            "print-scale",
            denominator = scale.denominator.to_string(),
            paper = paper.label()
        )
    } else {
        t!(
            "print-scale-about",
            denominator = scale.denominator.to_string(),
            paper = paper.label()
        )
    };
    page.text(
        MARGIN_MM,
        base + 7.5,
        8.0,
        Weight::Regular,
        Align::Left,
        Rgb::INK,
        scale_text,
    );
    let mut x = MARGIN_MM + 80.0;
    for ((colour, label), count) in [
        (FREE, t!("print-legend-free")),
        (ASSIGNED, t!("print-legend-assigned")),
        (VIP, t!("print-legend-vip")),
        (OVER, t!("print-legend-over")),
    ]
    .into_iter()
    .zip(counts)
    {
        page.rect(
            x,
            base - 1.0,
            4.0,
            4.0,
            Paint {
                fill: Some(colour),
                stroke: Some(Stroke::solid(Rgb::INK, 0.2)),
            },
        );
        let text = format!("{label} ({count})");
        page.text(
            x + 5.5,
            base + 2.4,
            8.0,
            Weight::Regular,
            Align::Left,
            Rgb::INK,
            text.clone(),
        );
        x += 5.5 + fonts.width_mm(&text, 8.0, Weight::Regular) + 7.0;
    }
    if accessible > 0 {
        page.rect(x, base - 0.5, 3.0, 3.0, badge_paint());
        page.text(
            x + 4.5,
            base + 2.4,
            8.0,
            Weight::Regular,
            Align::Left,
            Rgb::INK,
            format!("{} ({accessible})", t!("print-legend-accessible")),
        );
    }
    page.text(
        right,
        base + 7.5,
        8.0,
        Weight::Regular,
        Align::Right,
        Rgb::GREY,
        t!(
            "print-totals",
            tables = tables,
            seats = seats,
            guests = guests
        ),
    );
    page
}

fn badge_paint() -> Paint {
    Paint {
        fill: Some(ACCESSIBLE),
        stroke: Some(Stroke::solid(Rgb::INK, 0.2)),
    }
}

/// The accessible table's badge: a small blue square at its lower-left corner (the legend says
/// what it means).
fn accessible_badge(page: &mut Page, table: &PhysicalTable, (cx, cy): (f32, f32), mm_per_m: f32) {
    let (hx, hy) = table.half_extent_m();
    let (hx, hy) = (hx as f32 * mm_per_m, hy as f32 * mm_per_m);
    let size = (hx.min(hy) * 0.6).clamp(1.5, 3.0);
    page.rect(cx - hx, cy + hy - size, size, size, badge_paint());
}

/// Draws a table at its paper centre with its number and logical table inside, shrunk (and
/// shortened with "…") to fit.
fn draw_table(
    page: &mut Page,
    fonts: &Fonts,
    table: &PhysicalTable,
    (cx, cy): (f32, f32),
    mm_per_m: f32,
    fill: Rgb,
    logical: Option<&str>,
) {
    let paint = Paint {
        fill: Some(fill),
        stroke: Some(Stroke::solid(Rgb::INK, 0.25)),
    };
    let (w, d) = (
        table.width_m as f32 * mm_per_m,
        table.depth_m as f32 * mm_per_m,
    );
    // The box text may use: the table's own width and depth when square to the page, the
    // narrower side when turned.
    let (inner_w, inner_h) = match table.shape {
        TableShape::Round => {
            page.items.push(Item::Circle {
                cx_mm: cx,
                cy_mm: cy,
                r_mm: w / 2.0,
                paint,
            });
            (w * 0.78, w * 0.7)
        }
        TableShape::Rectangular => {
            let (sin, cos) = (table.rotation_deg as f32).to_radians().sin_cos();
            let corner = |dx: f32, dy: f32| (cx + dx * cos - dy * sin, cy + dx * sin + dy * cos);
            page.items.push(Item::Polygon {
                points_mm: vec![
                    corner(-w / 2.0, -d / 2.0),
                    corner(w / 2.0, -d / 2.0),
                    corner(w / 2.0, d / 2.0),
                    corner(-w / 2.0, d / 2.0),
                ],
                paint,
            });
            if sin.abs() < 0.05 {
                (w * 0.92, d * 0.9)
            } else if cos.abs() < 0.05 {
                (d * 0.92, w * 0.9)
            } else {
                (w.min(d) * 0.9, w.min(d) * 0.9)
            }
        }
    };
    // Capitals are about 0.72 em: the number takes at most ~40 % of the height, the name below it
    // a little less, leaving room for descenders.
    let max_number = (inner_h * 0.38 / super::font::MM_PER_PT / 0.72).clamp(4.0, 14.0);
    let number_size = fonts.fit_size(&table.number, inner_w, max_number, 3.5, Weight::Bold);
    let number_cap = fonts.bold.cap_height_mm(number_size);
    let Some(name) = logical else {
        page.text(
            cx,
            cy + number_cap / 2.0,
            number_size,
            Weight::Bold,
            Align::Centre,
            Rgb::INK,
            table.number.clone(),
        );
        return;
    };
    // A name may run a little past a round table's edge (round tables stand about a diameter
    // apart); on rectangular ones, which often stand in rows, it keeps to the table.
    let name_width = match table.shape {
        TableShape::Round => w * 1.5,
        TableShape::Rectangular => inner_w,
    };
    let name_max = (number_size * 0.8).max(4.0);
    let name_size = fonts.fit_size(name, name_width, name_max, 4.0, Weight::Regular);
    let name = fonts.ellipsize(name, name_width, name_size, Weight::Regular);
    let name_cap = fonts.regular.cap_height_mm(name_size);
    let gap = name_cap * 0.6;
    let top = cy - (number_cap + gap + name_cap) / 2.0;
    page.text(
        cx,
        top + number_cap,
        number_size,
        Weight::Bold,
        Align::Centre,
        Rgb::INK,
        table.number.clone(),
    );
    page.text(
        cx,
        top + number_cap + gap + name_cap,
        name_size,
        Weight::Regular,
        Align::Centre,
        Rgb::INK,
        name,
    );
}

/// A black-and-white scale bar at (x, y) of a round length near 50 mm on paper.
fn scale_bar(page: &mut Page, x: f32, y: f32, mm_per_m: f32) {
    let length_m = [
        0.5_f32, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0,
    ]
    .into_iter()
    .rev()
    .find(|&l| l * mm_per_m <= 60.0)
    .unwrap_or(0.5);
    let segments = 5;
    let segment_mm = length_m * mm_per_m / segments as f32;
    for i in 0..segments {
        page.rect(
            x + i as f32 * segment_mm,
            y,
            segment_mm,
            1.6,
            Paint {
                fill: Some(if i % 2 == 0 { Rgb::INK } else { Rgb::WHITE }),
                stroke: Some(Stroke::solid(Rgb::INK, 0.2)),
            },
        );
    }
    let label = |m: f32| {
        if m.fract() == 0.0 {
            format!("{m:.0} m")
        } else {
            format!("{m} m")
        }
    };
    page.text(x, y - 1.2, 7.0, Weight::Regular, Align::Left, Rgb::INK, "0");
    page.text(
        x + length_m * mm_per_m,
        y - 1.2,
        7.0,
        Weight::Regular,
        Align::Centre,
        Rgb::INK,
        label(length_m),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_standard_scale_that_fits_is_chosen() {
        // 40 × 20 m on 273 × 150 mm: 6.8 mm/m fits, 1:125 (8 mm/m) does not, 1:150 (6.67) does.
        let s = choose_scale(40.0, 20.0, (273.0, 150.0));
        assert_eq!((s.denominator, s.standard), (150, true));
        assert!((s.mm_per_m - 1000.0 / 150.0).abs() < 1e-4);
        // A 3 × 2 m room gets 1:20.
        assert_eq!(choose_scale(3.0, 2.0, (273.0, 150.0)).denominator, 20);
        // A 5 km site is beyond the table: exact fit, quoted approximately.
        let huge = choose_scale(5000.0, 100.0, (273.0, 150.0));
        assert!(!huge.standard && huge.denominator > 10_000);
    }
}
