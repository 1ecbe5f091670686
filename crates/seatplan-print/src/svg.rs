//! One page → SVG, in millimetres (the `viewBox` is the paper), for the floor plan. Text names
//! Liberation Sans first and then its metric twins Arial and Helvetica, so the layout's
//! measurements hold wherever the file is opened.

use super::font::Weight;
use super::{Align, Canvas, Page, Paint, Rgb, Stroke, Text};
use std::fmt::Write as _;

/// Escapes text for XML.
pub fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn colour(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

fn paint_attributes(paint: &Paint) -> String {
    let mut s = match paint.fill {
        Some(c) => format!(r#"fill="{}""#, colour(c)),
        None => r#"fill="none""#.to_owned(),
    };
    if let Some(stroke) = &paint.stroke {
        s.push(' ');
        s.push_str(&stroke_attributes(stroke));
    }
    s
}

fn stroke_attributes(stroke: &Stroke) -> String {
    let dash = if stroke.dashed {
        r#" stroke-dasharray="2 1.5""#
    } else {
        ""
    };
    format!(
        r#"stroke="{}" stroke-width="{}" stroke-linejoin="round"{dash}"#,
        colour(stroke.colour),
        stroke.width_mm
    )
}

/// Renders one page as an SVG document.
pub fn render(page: &Page) -> String {
    let (w, h) = (page.width_mm, page.height_mm);
    let mut canvas = SvgCanvas(String::new());
    let _ = writeln!(
        canvas.0,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}mm" height="{h}mm" font-family="Liberation Sans, Arial, Helvetica, sans-serif">"#
    );
    let _ = writeln!(canvas.0, r#"<rect width="{w}" height="{h}" fill="white"/>"#);
    page.draw(&mut canvas);
    canvas.0.push_str("</svg>\n");
    canvas.0
}

/// The SVG document being written.
struct SvgCanvas(String);

impl Canvas for SvgCanvas {
    fn rect(&mut self, x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32, paint: &Paint) {
        let _ = writeln!(
            self.0,
            r#"<rect x="{x_mm:.2}" y="{y_mm:.2}" width="{width_mm:.2}" height="{height_mm:.2}" {}/>"#,
            paint_attributes(paint)
        );
    }

    fn circle(&mut self, cx_mm: f32, cy_mm: f32, r_mm: f32, paint: &Paint) {
        let _ = writeln!(
            self.0,
            r#"<circle cx="{cx_mm:.2}" cy="{cy_mm:.2}" r="{r_mm:.2}" {}/>"#,
            paint_attributes(paint)
        );
    }

    fn polygon(&mut self, points_mm: &[(f32, f32)], paint: &Paint) {
        let points: Vec<String> = points_mm
            .iter()
            .map(|(x, y)| format!("{x:.2},{y:.2}"))
            .collect();
        let _ = writeln!(
            self.0,
            r#"<polygon points="{}" {}/>"#,
            points.join(" "),
            paint_attributes(paint)
        );
    }

    fn line(&mut self, from_mm: (f32, f32), to_mm: (f32, f32), stroke: &Stroke) {
        let _ = writeln!(
            self.0,
            r#"<line x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}" {}/>"#,
            from_mm.0,
            from_mm.1,
            to_mm.0,
            to_mm.1,
            stroke_attributes(stroke)
        );
    }

    fn text(&mut self, t: &Text) {
        let anchor = match t.align {
            Align::Left => "start",
            Align::Centre => "middle",
            Align::Right => "end",
        };
        let weight = match t.weight {
            Weight::Regular => "",
            Weight::Bold => r#" font-weight="bold""#,
        };
        let turn = if t.upside_down {
            format!(r#" transform="rotate(180 {:.2} {:.2})""#, t.x_mm, t.y_mm)
        } else {
            String::new()
        };
        let _ = writeln!(
            self.0,
            r#"<text x="{:.2}" y="{:.2}" font-size="{:.2}" text-anchor="{anchor}" fill="{}"{weight}{turn}>{}</text>"#,
            t.x_mm,
            t.y_mm,
            t.size_pt * super::font::MM_PER_PT,
            colour(t.colour),
            xml(&t.text)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(xml("A & B <VIP>"), "A &amp; B &lt;VIP&gt;");
    }
}
