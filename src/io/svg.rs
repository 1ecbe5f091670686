//! The floor plan as SVG, to scale (1 unit = 1 cm), for printing or sharing: rooms, tables with
//! their numbers and logical tables, a scale bar and a legend. The whole venue or one room.

use super::export::{ExportError, write_atomically};
use crate::domain::describe::metres;
use crate::domain::model::half_extent_m;
use crate::domain::{Plan, RoomId, TableShape};
use std::fmt::Write as _;
use std::path::Path;

/// Colours of the printed plan (light, printer-friendly).
const ROOM_FILL: &str = "#fcfcfa";
const ROOM_STROKE: &str = "#5a606a";
const FREE: &str = "#d4d7dc";
const ASSIGNED: &str = "#9cc3e6";
const VIP: &str = "#f0cd6e";
const OVER: &str = "#eb8c82";
const INK: &str = "#3c4048";

/// Escapes text for XML.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Renders the plan (or one room) as an SVG document.
pub fn floor_plan_svg(plan: &Plan, only_room: Option<RoomId>) -> String {
    let rooms: Vec<_> = plan
        .rooms()
        .filter(|r| only_room.is_none_or(|id| r.id == id))
        .collect();
    // Bounds in metres, with a margin for the title, scale bar and legend.
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for r in &rooms {
        x0 = x0.min(r.x_m);
        y0 = y0.min(r.y_m);
        x1 = x1.max(r.x_m + r.width_m);
        y1 = y1.max(r.y_m + r.height_m);
    }
    if rooms.is_empty() {
        (x0, y0, x1, y1) = (0.0, 0.0, 10.0, 5.0);
    }
    let margin = 2.0;
    let footer = 4.0;
    let (vx, vy) = (x0 - margin, y0 - margin - 2.0);
    let (vw, vh) = (
        x1 - x0 + 2.0 * margin,
        y1 - y0 + 2.0 * margin + 2.0 + footer,
    );
    let cm = |m: f64| (m * 100.0).round() as i64;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {} {}" width="{}mm" height="{}mm" font-family="Helvetica, Arial, sans-serif">"#,
        cm(vx),
        cm(vy),
        cm(vw),
        cm(vh),
        (vw * 1000.0 / 100.0).round(),
        (vh * 1000.0 / 100.0).round()
    );
    let _ = writeln!(
        svg,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="white"/>"#,
        cm(vx),
        cm(vy),
        cm(vw),
        cm(vh)
    );
    let title = match only_room.and_then(|id| plan.room(id)) {
        Some(room) => format!("Floor plan — {}", room.name),
        None => "Floor plan — all rooms".to_owned(),
    };
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="{}" font-size="80" font-weight="bold">{}</text>"#,
        cm(x0),
        cm(y0 - 1.2),
        xml(&title)
    );

    let seated = plan.seated_per_logical();
    for room in &rooms {
        let _ = writeln!(
            svg,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{ROOM_FILL}" stroke="{ROOM_STROKE}" stroke-width="6"/>"#,
            cm(room.x_m),
            cm(room.y_m),
            cm(room.width_m),
            cm(room.height_m)
        );
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{}" font-size="45">{} · {} × {} m</text>"#,
            cm(room.x_m + 0.3),
            cm(room.y_m + 0.7),
            xml(&room.name),
            metres(room.width_m),
            metres(room.height_m)
        );
        for table in plan.tables().filter(|t| t.room == room.id) {
            let (cx, cy) = (room.x_m + table.x_m, room.y_m + table.y_m);
            let holder = plan.holder_of(table.id);
            let n = holder.and_then(|l| seated.get(&l.id)).copied().unwrap_or(0);
            let fill = match holder {
                _ if n > table.seats => OVER,
                Some(l) if l.vip => VIP,
                Some(_) => ASSIGNED,
                None => FREE,
            };
            match table.shape {
                TableShape::Round => {
                    let _ = writeln!(
                        svg,
                        r#"<circle cx="{}" cy="{}" r="{}" fill="{fill}" stroke="{INK}" stroke-width="3"/>"#,
                        cm(cx),
                        cm(cy),
                        cm(table.width_m / 2.0)
                    );
                }
                TableShape::Rectangular => {
                    let _ = writeln!(
                        svg,
                        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}" stroke="{INK}" stroke-width="3" transform="rotate({} {} {})"/>"#,
                        cm(cx - table.width_m / 2.0),
                        cm(cy - table.depth_m / 2.0),
                        cm(table.width_m),
                        cm(table.depth_m),
                        table.rotation_deg,
                        cm(cx),
                        cm(cy)
                    );
                }
            }
            let (_, half_height) = half_extent_m(
                table.shape,
                table.width_m,
                table.depth_m,
                table.rotation_deg,
            );
            let big = (half_height * 100.0 * 0.7).clamp(18.0, 45.0) as i64;
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{}" font-size="{big}" font-weight="bold" text-anchor="middle" dominant-baseline="middle">{}</text>"#,
                cm(cx),
                cm(cy) - if holder.is_some() { big / 2 } else { 0 },
                xml(&table.number)
            );
            if let Some(l) = holder {
                let _ = writeln!(
                    svg,
                    r#"<text x="{}" y="{}" font-size="{}" text-anchor="middle" dominant-baseline="middle">{}</text>"#,
                    cm(cx),
                    cm(cy) + big / 2 + 4,
                    (big * 6 / 10).max(14),
                    xml(&l.name)
                );
            }
        }
    }

    // Scale bar (5 m) and legend along the bottom.
    let base = y1 + margin + 1.0;
    let _ = writeln!(
        svg,
        r#"<rect x="{}" y="{}" width="500" height="20" fill="black"/><text x="{}" y="{}" font-size="40">0</text><text x="{}" y="{}" font-size="40">5 m</text>"#,
        cm(x0),
        cm(base),
        cm(x0),
        cm(base) + 70,
        cm(x0) + 460,
        cm(base) + 70
    );
    for (i, (colour, label)) in [
        (FREE, "no logical table"),
        (ASSIGNED, "assigned"),
        (VIP, "VIP table"),
        (OVER, "over capacity"),
    ]
    .iter()
    .enumerate()
    {
        let x = cm(x0) + 800 + i as i64 * 500;
        let _ = writeln!(
            svg,
            r#"<rect x="{x}" y="{}" width="40" height="40" fill="{colour}" stroke="{INK}" stroke-width="3"/><text x="{}" y="{}" font-size="40">{label}</text>"#,
            cm(base) - 10,
            x + 55,
            cm(base) + 25
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Writes the floor plan SVG (whole venue, or one room by name) to `out`.
pub fn export_floor_plan_svg(
    plan: &Plan,
    room: Option<RoomId>,
    out: &Path,
) -> Result<(), ExportError> {
    write_atomically(out, floor_plan_svg(plan, room).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(xml("A & B <VIP>"), "A &amp; B &lt;VIP&gt;");
    }
}
