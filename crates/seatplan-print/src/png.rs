//! One page → PNG, rasterised with `tiny-skia` (shapes) and the built-in font's outlines (text),
//! so the picture matches the PDF and needs no system fonts. For pasting the floor plan into an
//! email or a document.

use super::font::{Fonts, MM_PER_PT};
use super::{Align, Canvas, Page, Paint, PrintError, Rgb, Stroke, Text};
use seatplan_i18n::t;
use tiny_skia::{FillRule, PathBuilder, Pixmap, Transform};

/// Resolution of exported pictures: 150 dpi (an A4 landscape page is 1754 × 1240 pixels).
pub const DPI: f32 = 150.0;

/// Renders one page at `dpi` as PNG bytes.
pub fn render(page: &Page, fonts: &Fonts, dpi: f32) -> Result<Vec<u8>, PrintError> {
    let px_per_mm = dpi / 25.4;
    let width = (page.width_mm * px_per_mm).round() as u32;
    let height = (page.height_mm * px_per_mm).round() as u32;
    let mut pixmap =
        Pixmap::new(width, height).ok_or(PrintError::Nothing(t!("print-empty-page")))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let mut canvas = PngCanvas {
        pixmap,
        fonts,
        px_per_mm,
        to_px: Transform::from_scale(px_per_mm, px_per_mm),
    };
    page.draw(&mut canvas);
    encode(&canvas.pixmap, dpi)
}

/// The picture being painted.
struct PngCanvas<'a> {
    pixmap: Pixmap,
    fonts: &'a Fonts,
    px_per_mm: f32,
    /// Millimetres → pixels.
    to_px: Transform,
}

impl Canvas for PngCanvas<'_> {
    fn rect(&mut self, x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32, paint: &Paint) {
        if let Some(rect) = tiny_skia::Rect::from_xywh(x_mm, y_mm, width_mm, height_mm) {
            paint_path(
                &mut self.pixmap,
                PathBuilder::from_rect(rect),
                paint,
                self.to_px,
            );
        }
    }

    fn circle(&mut self, cx_mm: f32, cy_mm: f32, r_mm: f32, paint: &Paint) {
        if let Some(path) = PathBuilder::from_circle(cx_mm, cy_mm, r_mm) {
            paint_path(&mut self.pixmap, path, paint, self.to_px);
        }
    }

    fn polygon(&mut self, points_mm: &[(f32, f32)], paint: &Paint) {
        let mut pb = PathBuilder::new();
        for (i, (x, y)) in points_mm.iter().enumerate() {
            if i == 0 {
                pb.move_to(*x, *y);
            } else {
                pb.line_to(*x, *y);
            }
        }
        pb.close();
        if let Some(path) = pb.finish() {
            paint_path(&mut self.pixmap, path, paint, self.to_px);
        }
    }

    fn line(&mut self, from_mm: (f32, f32), to_mm: (f32, f32), stroke: &Stroke) {
        let mut pb = PathBuilder::new();
        pb.move_to(from_mm.0, from_mm.1);
        pb.line_to(to_mm.0, to_mm.1);
        if let Some(path) = pb.finish() {
            stroke_path(&mut self.pixmap, &path, stroke, self.to_px);
        }
    }

    fn text(&mut self, text: &Text) {
        draw_text(&mut self.pixmap, self.fonts, text, self.px_per_mm);
    }
}

fn colour(c: Rgb) -> tiny_skia::Paint<'static> {
    let mut paint = tiny_skia::Paint::default();
    paint.set_color_rgba8(c.0, c.1, c.2, 255);
    paint.anti_alias = true;
    paint
}

fn stroke_path(pixmap: &mut Pixmap, path: &tiny_skia::Path, stroke: &Stroke, transform: Transform) {
    let style = tiny_skia::Stroke {
        width: stroke.width_mm,
        line_join: tiny_skia::LineJoin::Round,
        dash: if stroke.dashed {
            tiny_skia::StrokeDash::new(vec![2.0, 1.5], 0.0)
        } else {
            None
        },
        ..tiny_skia::Stroke::default()
    };
    pixmap.stroke_path(path, &colour(stroke.colour), &style, transform, None);
}

fn paint_path(pixmap: &mut Pixmap, path: tiny_skia::Path, paint: &Paint, transform: Transform) {
    if let Some(fill) = paint.fill {
        pixmap.fill_path(&path, &colour(fill), FillRule::Winding, transform, None);
    }
    if let Some(stroke) = &paint.stroke {
        stroke_path(pixmap, &path, stroke, transform);
    }
}

/// Collects glyph outlines (y up) into a path, shifted right by `dx`.
struct Pen<'a> {
    builder: &'a mut PathBuilder,
    dx: f32,
}

impl skrifa::outline::OutlinePen for Pen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.builder.move_to(x + self.dx, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.builder.line_to(x + self.dx, y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.builder.quad_to(cx0 + self.dx, cy0, x + self.dx, y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.builder
            .cubic_to(cx0 + self.dx, cy0, cx1 + self.dx, cy1, x + self.dx, y);
    }
    fn close(&mut self) {
        self.builder.close();
    }
}

fn draw_text(pixmap: &mut Pixmap, fonts: &Fonts, text: &Text, px_per_mm: f32) {
    let size_px = text.size_pt * MM_PER_PT * px_per_mm;
    let width_px = fonts.width_mm(&text.text, text.size_pt, text.weight) * px_per_mm;
    let mut x = match text.align {
        Align::Left => 0.0,
        Align::Centre => -width_px / 2.0,
        Align::Right => -width_px,
    };
    let mut builder = PathBuilder::new();
    for c in text.text.chars() {
        let face = fonts.face_for(c, text.weight);
        let glyph = face.glyph(c);
        face.draw_glyph(
            glyph,
            size_px,
            &mut Pen {
                builder: &mut builder,
                dx: x,
            },
        );
        x += face.advance(glyph) / face.units_per_em * size_px;
    }
    let Some(path) = builder.finish() else {
        return;
    };
    let (ax, ay) = (text.x_mm * px_per_mm, text.y_mm * px_per_mm);
    // Font y points up; the page's down. Upside-down text is that turned by 180°.
    let transform = if text.upside_down {
        Transform::from_row(-1.0, 0.0, 0.0, 1.0, ax, ay)
    } else {
        Transform::from_row(1.0, 0.0, 0.0, -1.0, ax, ay)
    };
    pixmap.fill_path(
        &path,
        &colour(text.colour),
        FillRule::Winding,
        transform,
        None,
    );
}

/// PNG (RGB, 8 bit) of an opaque pixmap.
fn encode(pixmap: &Pixmap, dpi: f32) -> Result<Vec<u8>, PrintError> {
    // The page is opaque white underneath, so premultiplied and straight colour are the same.
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: (dpi / 0.0254).round() as u32,
        yppu: (dpi / 0.0254).round() as u32,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder
        .write_header()
        .map_err(|e| PrintError::Image(e.to_string()))?;
    writer
        .write_image_data(&rgb)
        .map_err(|e| PrintError::Image(e.to_string()))?;
    writer
        .finish()
        .map_err(|e| PrintError::Image(e.to_string()))?;
    Ok(bytes)
}
