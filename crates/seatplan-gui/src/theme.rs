//! The one place that defines seatplan's colours and spacing.

use egui::{Color32, FontDefinitions, FontFamily, Visuals};

/// Installs the fonts: egui's defaults, with the monospace font (Hack) as a last fallback for
/// proportional text, so arrows and other symbols in messages have glyphs, and after it the
/// system's CJK font that printing falls back to, so Chinese, Japanese and Korean names show in
/// the lists and the print preview as they print.
pub fn install_fonts(ctx: &egui::Context) {
    let started = std::time::Instant::now();
    let mut fonts = FontDefinitions::default();
    if let Some(fallback) = seatplan_fallback_font() {
        fonts.font_data.insert(CJK_FALLBACK.to_owned(), fallback);
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(CJK_FALLBACK.to_owned());
        }
    }
    let hack = fonts
        .families
        .get(&FontFamily::Monospace)
        .and_then(|names| names.first().cloned());
    if let (Some(hack), Some(proportional)) =
        (hack, fonts.families.get_mut(&FontFamily::Proportional))
        && !proportional.contains(&hack)
    {
        proportional.push(hack);
    }
    ctx.set_fonts(fonts);
    tracing::info!("fonts installed in {:.1?}", started.elapsed());
}

/// egui's name for the system's CJK font.
const CJK_FALLBACK: &str = "system-cjk-fallback";

/// The font printing falls back to, for the window's own text (the guest list, the preview).
fn seatplan_fallback_font() -> Option<std::sync::Arc<egui::FontData>> {
    let face = seatplan_print::font::fallback()?;
    Some(std::sync::Arc::new(egui::FontData::from_blob(
        std::sync::Arc::new(face.bytes),
        face.index,
    )))
}

/// Colours for the floor plan and status elements, for the current light/dark mode.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Canvas background (outside rooms).
    pub canvas: Color32,
    /// Room floor.
    pub room_fill: Color32,
    /// Room outline.
    pub room_stroke: Color32,
    /// Room label text.
    pub room_text: Color32,
    /// A table with no logical table.
    pub table_free: Color32,
    /// A table with a logical table.
    pub table_assigned: Color32,
    /// A table held by a VIP logical table.
    pub table_vip: Color32,
    /// A table with more guests than seats.
    pub table_over: Color32,
    /// Table outline.
    pub table_stroke: Color32,
    /// Text on tables.
    pub table_text: Color32,
    /// Selection outline.
    pub selected: Color32,
    /// Tables touched by the selected timeline entry.
    pub highlight: Color32,
    /// The table under a dragged guest or logical table.
    pub drop_target: Color32,
    /// A refused drop position.
    pub refused: Color32,
    /// Background of the read-only "as of" banner.
    pub as_of_banner: Color32,
    /// Text of the banner.
    pub as_of_text: Color32,
}

impl Palette {
    /// The palette for light or dark visuals.
    pub fn for_visuals(visuals: &Visuals) -> Palette {
        if visuals.dark_mode {
            Palette {
                canvas: Color32::from_rgb(30, 32, 36),
                room_fill: Color32::from_rgb(48, 52, 58),
                room_stroke: Color32::from_rgb(140, 146, 156),
                room_text: Color32::from_rgb(220, 224, 230),
                table_free: Color32::from_rgb(88, 92, 100),
                table_assigned: Color32::from_rgb(54, 110, 160),
                table_vip: Color32::from_rgb(170, 130, 30),
                table_over: Color32::from_rgb(180, 60, 60),
                table_stroke: Color32::from_rgb(20, 22, 26),
                table_text: Color32::WHITE,
                selected: Color32::from_rgb(90, 200, 255),
                highlight: Color32::from_rgb(255, 150, 40),
                drop_target: Color32::from_rgb(80, 220, 120),
                refused: Color32::from_rgb(240, 80, 80),
                as_of_banner: Color32::from_rgb(150, 90, 0),
                as_of_text: Color32::WHITE,
            }
        } else {
            Palette {
                canvas: Color32::from_rgb(226, 229, 234),
                room_fill: Color32::from_rgb(252, 252, 250),
                room_stroke: Color32::from_rgb(90, 96, 106),
                room_text: Color32::from_rgb(40, 44, 52),
                table_free: Color32::from_rgb(190, 194, 200),
                table_assigned: Color32::from_rgb(120, 170, 215),
                table_vip: Color32::from_rgb(235, 190, 70),
                table_over: Color32::from_rgb(230, 110, 100),
                table_stroke: Color32::from_rgb(60, 64, 72),
                table_text: Color32::from_rgb(20, 22, 26),
                selected: Color32::from_rgb(0, 110, 220),
                highlight: Color32::from_rgb(240, 120, 0),
                drop_target: Color32::from_rgb(20, 160, 70),
                refused: Color32::from_rgb(210, 40, 40),
                as_of_banner: Color32::from_rgb(255, 196, 70),
                as_of_text: Color32::from_rgb(30, 20, 0),
            }
        }
    }
}

/// Spacing used across panels, in points.
pub mod spacing {
    /// Default width of the left (guests) panel.
    pub const LEFT_PANEL: f32 = 330.0;
    /// Default width of the right (inspector + timeline) panel.
    pub const RIGHT_PANEL: f32 = 370.0;
    /// Height of one list row.
    pub const ROW: f32 = 22.0;
    /// Gap between sections.
    pub const SECTION: f32 = 8.0;
    /// Below this many screen points per table, the floor plan hides table text.
    pub const TABLE_TEXT_MIN: f32 = 12.0;
    /// Below this many, it hides the logical-table name and seat count.
    pub const TABLE_DETAIL_MIN: f32 = 48.0;
}
