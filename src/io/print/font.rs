//! The typeface of every printout: Liberation Sans (SIL OFL 1.1, metric-compatible with Arial),
//! regular and bold, built into the binary so a printout looks the same on every machine. Layout
//! measures text with the same metrics the PDF embeds.

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};

/// Liberation Sans Regular.
const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Regular.ttf");
/// Liberation Sans Bold.
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Bold.ttf");

/// Millimetres per typographic point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// The built-in font could not be read (only if the binary itself is damaged).
#[derive(Debug, thiserror::Error)]
#[error("the built-in print font “{0}” could not be read; the program file may be damaged")]
pub struct FontError(pub(crate) &'static str);

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weight {
    /// Liberation Sans Regular.
    Regular,
    /// Liberation Sans Bold.
    Bold,
}

/// One parsed face with the numbers layout and the PDF writer need.
#[derive(Clone)]
pub struct Face {
    /// The font file.
    pub bytes: &'static [u8],
    /// PostScript name, for the PDF.
    pub postscript_name: &'static str,
    font: FontRef<'static>,
    /// Units per em.
    pub units_per_em: f32,
    /// Ascender in font units.
    pub ascent: f32,
    /// Descender in font units (negative).
    pub descent: f32,
    /// Height of capitals in font units.
    pub cap_height: f32,
    /// Bounding box of all glyphs in font units: (x_min, y_min, x_max, y_max).
    pub bbox: (f32, f32, f32, f32),
    /// Glyph and advance of the characters below [`FAST_CHARS`] (Latin, Latin-1, Latin
    /// Extended-A/B: nearly every name), looked up once at load.
    fast: Vec<(u16, f32)>,
}

/// Characters below this are measured from a table built at load.
const FAST_CHARS: u32 = 0x250;

impl Face {
    fn load(bytes: &'static [u8], postscript_name: &'static str) -> Result<Self, FontError> {
        let font = FontRef::new(bytes).map_err(|_| FontError(postscript_name))?;
        let metrics = font.metrics(Size::unscaled(), LocationRef::default());
        let bbox = metrics
            .bounds
            .map_or((0.0, metrics.descent, 1000.0, metrics.ascent), |b| {
                (b.x_min, b.y_min, b.x_max, b.y_max)
            });
        let charmap = font.charmap();
        let glyph_metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let fast = (0..FAST_CHARS)
            .map(|c| {
                let glyph = charmap.map(c).unwrap_or_default();
                (
                    u16::try_from(glyph.to_u32()).unwrap_or(0),
                    glyph_metrics.advance_width(glyph).unwrap_or(0.0),
                )
            })
            .collect();
        Ok(Self {
            fast,
            bytes,
            postscript_name,
            font,
            units_per_em: f32::from(metrics.units_per_em),
            ascent: metrics.ascent,
            descent: metrics.descent,
            cap_height: metrics.cap_height.unwrap_or(metrics.ascent * 0.7),
            bbox,
        })
    }

    /// The glyph for a character (0, the "missing" box, when the font has none).
    pub fn glyph(&self, c: char) -> u16 {
        if let Some((glyph, _)) = self.fast.get(c as usize) {
            return *glyph;
        }
        self.font
            .charmap()
            .map(c)
            .and_then(|g| u16::try_from(g.to_u32()).ok())
            .unwrap_or(0)
    }

    /// A glyph's advance in font units.
    pub fn advance(&self, glyph: u16) -> f32 {
        self.font
            .glyph_metrics(Size::unscaled(), LocationRef::default())
            .advance_width(GlyphId::new(u32::from(glyph)))
            .unwrap_or(0.0)
    }

    /// Draws a glyph's outline at `size_px` pixels per em into `pen` (font coordinates: y up,
    /// origin on the baseline). A glyph without an outline draws nothing.
    pub fn draw_glyph(&self, glyph: u16, size_px: f32, pen: &mut impl skrifa::outline::OutlinePen) {
        let settings =
            skrifa::outline::DrawSettings::unhinted(Size::new(size_px), LocationRef::default());
        if let Some(outline) = self
            .font
            .outline_glyphs()
            .get(GlyphId::new(u32::from(glyph)))
        {
            let _ = outline.draw(settings, pen);
        }
    }

    /// Whether the font can show every character of `text` (spaces and controls aside).
    pub fn covers(&self, text: &str) -> bool {
        text.chars().all(|c| self.has(c))
    }

    /// Whether the font can show `c` (spaces and controls need no glyph).
    pub fn has(&self, c: char) -> bool {
        c.is_whitespace() || c.is_control() || self.glyph(c) != 0
    }

    /// Width of `text` at `size_pt`, in millimetres (no kerning).
    pub fn width_mm(&self, text: &str, size_pt: f32) -> f32 {
        let units: f32 = text
            .chars()
            .map(|c| match self.fast.get(c as usize) {
                Some((_, advance)) => *advance,
                None => self.advance(self.glyph(c)),
            })
            .sum();
        units / self.units_per_em * size_pt * MM_PER_PT
    }

    /// Height of capitals at `size_pt`, in millimetres.
    pub fn cap_height_mm(&self, size_pt: f32) -> f32 {
        self.cap_height / self.units_per_em * size_pt * MM_PER_PT
    }
}

/// Both faces.
#[derive(Clone)]
pub struct Fonts {
    /// Regular.
    pub regular: Face,
    /// Bold.
    pub bold: Face,
}

impl Fonts {
    /// Parses the built-in fonts.
    pub fn load() -> Result<Self, FontError> {
        Ok(Self {
            regular: Face::load(REGULAR, "LiberationSans")?,
            bold: Face::load(BOLD, "LiberationSans-Bold")?,
        })
    }

    /// The face of a weight.
    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Width of `text` in millimetres.
    pub fn width_mm(&self, text: &str, size_pt: f32, weight: Weight) -> f32 {
        self.face(weight).width_mm(text, size_pt)
    }

    /// The largest size in `min_pt..=max_pt` at which `text` fits `width_mm` (half-point
    /// steps); `min_pt` if none does.
    pub fn fit_size(
        &self,
        text: &str,
        width_mm: f32,
        max_pt: f32,
        min_pt: f32,
        weight: Weight,
    ) -> f32 {
        // Width grows in proportion to size: step down from `max_pt` in half points to the first
        // size at or below the exact fit.
        let width_at_1pt = self.width_mm(text, 1.0, weight);
        if width_at_1pt <= 0.0 {
            return max_pt;
        }
        let fit = width_mm / width_at_1pt;
        let steps = ((max_pt - fit) / 0.5).ceil().max(0.0);
        (max_pt - 0.5 * steps).max(min_pt)
    }

    /// `text`, shortened with "…" so it fits `width_mm` at `size_pt`.
    pub fn ellipsize(&self, text: &str, width_mm: f32, size_pt: f32, weight: Weight) -> String {
        if self.width_mm(text, size_pt, weight) <= width_mm {
            return text.to_owned();
        }
        let mut chars: Vec<char> = text.trim_end().chars().collect();
        while !chars.is_empty() {
            chars.pop();
            let candidate: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
            if self.width_mm(&candidate, size_pt, weight) <= width_mm {
                return candidate;
            }
        }
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_fonts_load_and_measure() {
        let fonts = Fonts::load().unwrap();
        // Liberation Sans has Arial's widths: H 722, e 556, l 222, l 222, o 556 per 1000 em,
        // so "Hello" at 10 pt is 22.78 pt wide.
        let width = fonts.width_mm("Hello", 10.0, Weight::Regular) / MM_PER_PT;
        assert!((width - 22.78).abs() < 0.01, "{width}");
        assert!(
            fonts.width_mm("Hello", 10.0, Weight::Bold)
                > fonts.width_mm("Hello", 10.0, Weight::Regular)
        );
        assert!(
            fonts
                .regular
                .covers("Müller-Lüdenscheidt Øster Łukasz Ελένη Юлия")
        );
        assert!(!fonts.regular.covers("李"));
        assert_ne!(fonts.regular.glyph('ß'), 0);
    }

    #[test]
    fn fitting_and_shortening() {
        let fonts = Fonts::load().unwrap();
        let size = fonts.fit_size("Marketing and Sales", 30.0, 24.0, 6.0, Weight::Bold);
        assert!(fonts.width_mm("Marketing and Sales", size, Weight::Bold) <= 30.0);
        assert!(size < 24.0);
        let short = fonts.ellipsize("Marketing and Sales", 20.0, 10.0, Weight::Regular);
        assert!(short.ends_with('…') && short.len() < "Marketing and Sales".len());
        assert!(fonts.width_mm(&short, 10.0, Weight::Regular) <= 20.0);
        assert_eq!(fonts.ellipsize("VIP", 20.0, 10.0, Weight::Regular), "VIP");
    }
}
