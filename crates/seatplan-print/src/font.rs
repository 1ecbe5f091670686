//! The typeface of every printout: Liberation Sans (SIL OFL 1.1, metric-compatible with Arial),
//! regular and bold, built into the binary so a printout looks the same on every machine. Layout
//! measures text with the same metrics the PDF embeds.
//!
//! Liberation Sans covers Latin, Greek and Cyrillic. For Chinese, Japanese and Korean names a
//! font of the system is the fallback ([`fallback`]): the first of a list of well-known CJK fonts
//! that is installed and may be embedded, or the file `SEATPLAN_FALLBACK_FONT` names.

use skrifa::instance::{LocationRef, Size};
use skrifa::raw::TableProvider;
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
    /// Which face of a collection (`.ttc`) this is; 0 for a single font.
    pub index: u32,
    /// PostScript name, for the PDF.
    pub postscript_name: &'static str,
    /// Whether the outlines are CFF (PostScript) rather than TrueType: decides how the PDF embeds
    /// the font.
    pub cff: bool,
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
    fn load(
        bytes: &'static [u8],
        index: u32,
        postscript_name: &'static str,
    ) -> Result<Self, FontError> {
        let font = FontRef::from_index(bytes, index).map_err(|_| FontError(postscript_name))?;
        let cff = font.table_data(skrifa::Tag::new(b"CFF ")).is_some();
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
            index,
            postscript_name,
            cff,
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

    /// Whether the font can show `c` (spaces and controls need no glyph).
    pub fn has(&self, c: char) -> bool {
        c.is_whitespace() || c.is_control() || self.glyph(c) != 0
    }

    /// Width of `text` at `size_pt`, in millimetres (no kerning).
    pub fn width_mm(&self, text: &str, size_pt: f32) -> f32 {
        let ems: f32 = text.chars().map(|c| self.em_width(c)).sum();
        ems * size_pt * MM_PER_PT
    }

    /// Advance of `c` in ems.
    fn em_width(&self, c: char) -> f32 {
        let units = match self.fast.get(c as usize) {
            Some((_, advance)) => *advance,
            None => self.advance(self.glyph(c)),
        };
        units / self.units_per_em
    }

    /// Height of capitals at `size_pt`, in millimetres.
    pub fn cap_height_mm(&self, size_pt: f32) -> f32 {
        self.cap_height / self.units_per_em * size_pt * MM_PER_PT
    }
}

/// Both built-in faces; for what they cannot show, the system's [`fallback`] face, looked for
/// only when a text needs it (a plan of Latin names never reads a system font).
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
            regular: Face::load(REGULAR, 0, "LiberationSans")?,
            bold: Face::load(BOLD, 0, "LiberationSans-Bold")?,
        })
    }

    /// The built-in face of a weight.
    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The face that shows `c` in `weight`: the built-in one, else the fallback if it has `c`,
    /// else the built-in one (which draws its "missing" box).
    pub fn face_for(&self, c: char, weight: Weight) -> &Face {
        let face = self.face(weight);
        if face.has(c) {
            return face;
        }
        if needs_shaping(c) {
            return face;
        }
        match fallback() {
            Some(fallback) if fallback.has(c) => fallback,
            _ => face,
        }
    }

    /// Whether some face can show `c`.
    pub fn has(&self, c: char, weight: Weight) -> bool {
        self.face_for(c, weight).has(c)
    }

    /// `text` cut into runs that one face shows, in order.
    pub fn runs<'t>(&self, text: &'t str, weight: Weight) -> Vec<(&Face, &'t str)> {
        let mut runs: Vec<(&Face, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<&Face> = None;
        for (at, c) in text.char_indices() {
            let face = self.face_for(c, weight);
            match current {
                Some(previous) if std::ptr::eq(previous, face) => {}
                Some(previous) => {
                    runs.push((previous, &text[start..at]));
                    start = at;
                    current = Some(face);
                }
                None => current = Some(face),
            }
        }
        if let Some(face) = current {
            runs.push((face, &text[start..]));
        }
        runs
    }

    /// Width of `text` in millimetres.
    pub fn width_mm(&self, text: &str, size_pt: f32, weight: Weight) -> f32 {
        let ems: f32 = text
            .chars()
            .map(|c| self.face_for(c, weight).em_width(c))
            .sum();
        ems * size_pt * MM_PER_PT
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

/// Whether `c` belongs to a script that only reads right with shaping or right-to-left layout
/// (Hebrew, Arabic, Syriac, Thaana, N'Ko, the Indic scripts, Tibetan, Myanmar, Khmer), which
/// printing does not do: letter by letter, left to right, such a name would print wrong, so it
/// prints as boxes with the warning instead of taking these letters from the fallback font.
pub fn needs_shaping(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0590..=0x08FF | 0x0900..=0x0DFF | 0x0F00..=0x109F | 0x1780..=0x17FF | 0xFB1D..=0xFDFF
            | 0xFE70..=0xFEFF
    )
}

/// The environment variable that names the fallback font file (a `.ttf`, `.otf` or `.ttc`, whose
/// first face is used); empty or `none` turns the fallback off.
pub const FALLBACK_FONT_VARIABLE: &str = "SEATPLAN_FALLBACK_FONT";

/// Well-known fonts with Chinese, Japanese and Korean characters, in order of preference, where
/// the systems install them.
const FALLBACK_CANDIDATES: &[&str] = &[
    // Linux (Debian/Ubuntu, Fedora, Arch).
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    // macOS.
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/AppleSDGothicNeo.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    // Windows (under %WINDIR%\Fonts).
    "msyh.ttc",
    "YuGothR.ttc",
    "meiryo.ttc",
    "malgun.ttf",
    "simsun.ttc",
    "msgothic.ttc",
];

/// A character every candidate must have to count as a CJK fallback (中, "middle").
const CJK_PROBE: char = '\u{4E2D}';

/// The fallback face for characters the built-in font lacks, found once per process: the file
/// named by [`FALLBACK_FONT_VARIABLE`], else the first installed font of a list of well-known CJK
/// fonts that has CJK characters and whose licence flags allow embedding. `None` if there is none;
/// the characters then print as boxes and the user is told.
pub fn fallback() -> Option<&'static Face> {
    static FALLBACK: std::sync::OnceLock<Option<Face>> = std::sync::OnceLock::new();
    FALLBACK.get_or_init(find_fallback).as_ref()
}

fn find_fallback() -> Option<Face> {
    if let Some(named) = std::env::var_os(FALLBACK_FONT_VARIABLE) {
        let named = std::path::PathBuf::from(named);
        if named.as_os_str().is_empty() || named.as_os_str() == "none" {
            return None;
        }
        return load_fallback(&named, None);
    }
    let windows_fonts =
        std::env::var_os("WINDIR").map(|w| std::path::PathBuf::from(w).join("Fonts"));
    FALLBACK_CANDIDATES.iter().find_map(|candidate| {
        let path = if candidate.starts_with('/') {
            std::path::PathBuf::from(candidate)
        } else {
            // A Windows font's bare name: only under %WINDIR%\Fonts, never the working folder.
            windows_fonts.as_ref()?.join(candidate)
        };
        load_fallback(&path, Some(CJK_PROBE))
    })
}

/// Loads the first face of a font file as the fallback, if it reads, may be embedded and (when
/// `probe` is given) has that character. The bytes live for the rest of the process, like the
/// built-in fonts: the fallback is loaded once.
fn load_fallback(path: &std::path::Path, probe: Option<char>) -> Option<Face> {
    if !path.is_file() {
        return None;
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::warn!("fallback font {} unreadable: {error}", path.display());
            return None;
        }
    };
    // Checked on the borrowed bytes first: only the font that is taken stays in memory.
    let name = {
        let font = FontRef::from_index(&bytes, 0).ok()?;
        // OS/2 fsType bit 1: "restricted licence embedding" — such a font must not go in a PDF.
        if font.os2().is_ok_and(|os2| os2.fs_type() & 0x0002 != 0) {
            tracing::info!(
                "fallback font {} may not be embedded; skipped",
                path.display()
            );
            return None;
        }
        if probe.is_some_and(|c| font.charmap().map(c).is_none()) {
            return None;
        }
        font.localized_strings(skrifa::string::StringId::POSTSCRIPT_NAME)
            .english_or_first()
            .map(|name| {
                name.chars()
                    .filter(char::is_ascii_graphic)
                    .collect::<String>()
            })
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| "Fallback".to_owned())
    };
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let face = Face::load(bytes, 0, Box::leak(name.into_boxed_str())).ok()?;
    tracing::info!(
        "printing falls back to {} ({})",
        face.postscript_name,
        path.display()
    );
    Some(face)
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
            "Müller-Lüdenscheidt Øster Łukasz Ελένη Юлия"
                .chars()
                .all(|c| fonts.regular.has(c))
        );
        assert!(!fonts.regular.has('李'));
        assert_ne!(fonts.regular.glyph('ß'), 0);
    }

    #[test]
    fn text_is_cut_into_runs_per_face_and_shaped_scripts_never_fall_back() {
        let fonts = Fonts::load().unwrap();
        let runs = fonts.runs("Anna Müller", Weight::Bold);
        assert_eq!(runs.len(), 1);
        assert!(std::ptr::eq(runs[0].0, &fonts.bold) && runs[0].1 == "Anna Müller");
        assert!(fonts.runs("", Weight::Regular).is_empty());
        // Whatever fallback this machine has, Arabic and Hebrew stay with the built-in face
        // (its box), and every run together is the text.
        for text in ["سارة Haddad", "דוד Levi", "李 小明 Li"] {
            let runs = fonts.runs(text, Weight::Regular);
            assert_eq!(runs.iter().map(|(_, run)| *run).collect::<String>(), text);
            for (face, run) in &runs {
                if run.chars().any(needs_shaping) {
                    assert!(std::ptr::eq(*face, &fonts.regular), "{run}");
                }
            }
        }
        assert!(needs_shaping('ס') && needs_shaping('ع') && needs_shaping('क'));
        assert!(!needs_shaping('李') && !needs_shaping('ü') && !needs_shaping('Ж'));
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
