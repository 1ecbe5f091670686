//! Pages → PDF 1.7 with `pdf-writer`. Each face used (the built-in regular and bold, the system's
//! fallback for CJK names) is embedded once, subset to the glyphs used (`subsetter`), as a
//! CID-keyed font (TrueType outlines as CIDFontType2, CFF ones as CIDFontType0 in an OpenType
//! file) with a ToUnicode map, so text can be searched and copied. Content is drawn in
//! millimetres with y down, like the layout.

use super::font::{Face, FontError, Fonts, MM_PER_PT};
use super::{Align, Canvas, Page, Paint, Rgb, Stroke, Text};
use pdf_writer::types::{
    CidFontType, FontFlags, LineCapStyle, LineJoinStyle, SystemInfo, UnicodeCmap,
};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::collections::BTreeMap;

/// Points per millimetre.
const PT_PER_MM: f32 = 1.0 / MM_PER_PT;
/// Bézier control distance for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// Glyphs one face uses in the document, in subset numbering.
struct UsedGlyphs {
    remapper: subsetter::GlyphRemapper,
    /// Subset glyph → the character it shows (for copy and search).
    unicode: BTreeMap<u16, char>,
}

impl UsedGlyphs {
    fn new() -> Self {
        let mut remapper = subsetter::GlyphRemapper::new();
        // .notdef stays glyph 0 in every subset.
        remapper.remap(0);
        Self {
            remapper,
            unicode: BTreeMap::new(),
        }
    }

    /// Whether any text used this face.
    fn is_used(&self) -> bool {
        !self.unicode.is_empty()
    }

    /// Encodes `text` as big-endian subset glyph ids, recording each glyph.
    fn encode(&mut self, face: &Face, text: &str) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let new = self.remapper.remap(face.glyph(c));
            self.unicode.entry(new).or_insert(c);
            bytes.extend_from_slice(&new.to_be_bytes());
        }
        bytes
    }
}

/// The glyphs used of each face, by the name the page resources give it.
struct FacesUsed {
    /// `/R`: built-in regular.
    regular: UsedGlyphs,
    /// `/B`: built-in bold.
    bold: UsedGlyphs,
    /// `/F`: the system's fallback face.
    fallback: UsedGlyphs,
}

impl FacesUsed {
    /// The glyph record and resource name of `face`, one of `fonts`' faces.
    fn of(&mut self, face: &Face, fonts: &Fonts) -> (&mut UsedGlyphs, Name<'static>) {
        if std::ptr::eq(face, &fonts.regular) {
            (&mut self.regular, Name(b"R"))
        } else if std::ptr::eq(face, &fonts.bold) {
            (&mut self.bold, Name(b"B"))
        } else {
            (&mut self.fallback, Name(b"F"))
        }
    }
}

/// Renders pages to PDF bytes.
pub fn render(pages: &[Page], fonts: &Fonts, title: &str) -> Result<Vec<u8>, FontError> {
    let mut next = 1;
    let mut id = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog_id = id();
    let tree_id = id();
    let info_id = id();
    let regular_id = id();
    let bold_id = id();
    let fallback_id = id();
    let mut pdf = Pdf::new();
    let mut used = FacesUsed {
        regular: UsedGlyphs::new(),
        bold: UsedGlyphs::new(),
        fallback: UsedGlyphs::new(),
    };

    let mut page_ids = Vec::with_capacity(pages.len());
    for page in pages {
        let page_id = id();
        let content_id = id();
        page_ids.push(page_id);
        let content = page_content(page, fonts, &mut used);
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&content, 6);
        pdf.stream(content_id, &compressed)
            .filter(Filter::FlateDecode);
        let mut p = pdf.page(page_id);
        p.media_box(Rect::new(
            0.0,
            0.0,
            page.width_mm * PT_PER_MM,
            page.height_mm * PT_PER_MM,
        ));
        p.parent(tree_id);
        p.contents(content_id);
        let mut resources = p.resources();
        let mut font_dict = resources.fonts();
        font_dict.pair(Name(b"R"), regular_id);
        font_dict.pair(Name(b"B"), bold_id);
        if used.fallback.is_used() {
            font_dict.pair(Name(b"F"), fallback_id);
        }
    }
    pdf.catalog(catalog_id).pages(tree_id);
    pdf.pages(tree_id)
        .kids(page_ids.iter().copied())
        .count(i32::try_from(page_ids.len()).unwrap_or(i32::MAX));
    let mut info = pdf.document_info(info_id);
    info.title(TextStr(title));
    info.producer(TextStr(concat!("seatplan ", env!("CARGO_PKG_VERSION"))));
    info.finish();

    let mut faces = vec![
        (&fonts.regular, &used.regular, regular_id),
        (&fonts.bold, &used.bold, bold_id),
    ];
    if let Some(fallback) = super::font::fallback()
        && used.fallback.is_used()
    {
        faces.push((fallback, &used.fallback, fallback_id));
    }
    for (face, used, type0_id) in faces {
        let ids = [id(), id(), id(), id()];
        write_font(&mut pdf, face, used, type0_id, ids)?;
    }
    Ok(pdf.finish())
}

/// Embeds one subset face as a Type 0 font with `type0_id`; `ids` are for the CID font, its
/// descriptor, the font file and the ToUnicode map.
fn write_font(
    pdf: &mut Pdf,
    face: &Face,
    used: &UsedGlyphs,
    type0_id: Ref,
    ids: [Ref; 4],
) -> Result<(), FontError> {
    let [cid_id, descriptor_id, file_id, cmap_id] = ids;
    // A subset is named with a tag derived from its glyphs (PDF 32000 9.6.4).
    let mut hash: u32 = 2_166_136_261;
    for g in used.remapper.remapped_gids() {
        hash = (hash ^ u32::from(g)).wrapping_mul(16_777_619);
    }
    let tag: String = (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 5)) % 26) as u8))
        .collect();
    let name = format!("{tag}+{}", face.postscript_name);
    let scale = 1000.0 / face.units_per_em;

    pdf.type0_font(type0_id)
        .base_font(Name(name.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);

    let widths: Vec<f32> = used
        .remapper
        .remapped_gids()
        .map(|old| face.advance(old) * scale)
        .collect();
    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(if face.cff {
        CidFontType::Type0
    } else {
        CidFontType::Type2
    });
    cid.base_font(Name(name.as_bytes()));
    cid.system_info(SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    });
    cid.font_descriptor(descriptor_id);
    cid.default_width(0.0);
    if !face.cff {
        cid.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    cid.widths().consecutive(0, widths);
    cid.finish();

    let (x0, y0, x1, y1) = face.bbox;
    let mut descriptor = pdf.font_descriptor(descriptor_id);
    descriptor
        .name(Name(name.as_bytes()))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(x0 * scale, y0 * scale, x1 * scale, y1 * scale))
        .italic_angle(0.0)
        .ascent(face.ascent * scale)
        .descent(face.descent * scale)
        .cap_height(face.cap_height * scale)
        .stem_v(if face.postscript_name.ends_with("Bold") {
            140.0
        } else {
            80.0
        });
    if face.cff {
        descriptor.font_file3(file_id);
    } else {
        descriptor.font_file2(file_id);
    }
    descriptor.finish();

    // The subsetter only fails on a font it cannot parse (a damaged file); its CFF output is
    // CID-keyed with CID = new glyph id, as the CID font above expects.
    let font_file = subsetter::subset(face.bytes, face.index, &used.remapper)
        .map_err(|_| FontError(face.postscript_name))?;
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&font_file, 6);
    let mut stream = pdf.stream(file_id, &compressed);
    stream.filter(Filter::FlateDecode);
    if face.cff {
        stream.pair(Name(b"Subtype"), Name(b"OpenType"));
    } else {
        stream.pair(
            Name(b"Length1"),
            i32::try_from(font_file.len()).unwrap_or(i32::MAX),
        );
    }
    stream.finish();

    let mut cmap = UnicodeCmap::new(
        Name(b"Custom"),
        SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"UCS"),
            supplement: 0,
        },
    );
    for (&glyph, &c) in &used.unicode {
        if glyph != 0 {
            cmap.pair(glyph, c);
        }
    }
    let cmap = cmap.finish();
    pdf.cmap(cmap_id, &cmap);
    Ok(())
}

/// The content stream of one page.
fn page_content(page: &Page, fonts: &Fonts, used: &mut FacesUsed) -> Vec<u8> {
    let mut c = Content::new();
    // Millimetres, origin top left, y down.
    c.transform([
        PT_PER_MM,
        0.0,
        0.0,
        -PT_PER_MM,
        0.0,
        page.height_mm * PT_PER_MM,
    ]);
    c.set_line_join(LineJoinStyle::RoundJoin);
    c.set_line_cap(LineCapStyle::ButtCap);
    let mut canvas = PdfCanvas { c, fonts, used };
    page.draw(&mut canvas);
    canvas.c.finish().into_vec()
}

/// A page's content stream being written.
struct PdfCanvas<'a> {
    c: Content,
    fonts: &'a Fonts,
    used: &'a mut FacesUsed,
}

impl Canvas for PdfCanvas<'_> {
    fn rect(&mut self, x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32, paint: &Paint) {
        self.c.rect(x_mm, y_mm, width_mm, height_mm);
        paint_path(&mut self.c, paint);
    }

    fn circle(&mut self, x: f32, y: f32, r: f32, paint: &Paint) {
        let c = &mut self.c;
        let k = r * KAPPA;
        c.move_to(x + r, y);
        c.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
        c.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
        c.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
        c.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
        c.close_path();
        paint_path(c, paint);
    }

    fn polygon(&mut self, points_mm: &[(f32, f32)], paint: &Paint) {
        for (i, (x, y)) in points_mm.iter().enumerate() {
            if i == 0 {
                self.c.move_to(*x, *y);
            } else {
                self.c.line_to(*x, *y);
            }
        }
        self.c.close_path();
        paint_path(&mut self.c, paint);
    }

    fn line(&mut self, from_mm: (f32, f32), to_mm: (f32, f32), stroke: &Stroke) {
        set_stroke(&mut self.c, stroke);
        self.c.move_to(from_mm.0, from_mm.1);
        self.c.line_to(to_mm.0, to_mm.1);
        self.c.stroke();
    }

    fn text(&mut self, text: &Text) {
        show_text(&mut self.c, self.fonts, self.used, text);
    }
}

/// Shows `text` as runs of the faces that have its characters; each run continues where the
/// previous one ended (the PDF reader advances by the embedded widths).
fn show_text(c: &mut Content, fonts: &Fonts, used: &mut FacesUsed, text: &Text) {
    let width = fonts.width_mm(&text.text, text.size_pt, text.weight);
    let dx = match text.align {
        Align::Left => 0.0,
        Align::Centre => -width / 2.0,
        Align::Right => -width,
    };
    let (x, y) = (text.x_mm, text.y_mm);
    let matrix = if text.upside_down {
        [-1.0, 0.0, 0.0, 1.0, x, y]
    } else {
        [1.0, 0.0, 0.0, -1.0, x, y]
    };
    c.begin_text();
    set_fill(c, text.colour);
    c.set_text_matrix(matrix);
    c.next_line(dx, 0.0);
    for (face, run) in fonts.runs(&text.text, text.weight) {
        let (glyphs, font) = used.of(face, fonts);
        let encoded = glyphs.encode(face, run);
        c.set_font(font, text.size_pt * MM_PER_PT);
        c.show(Str(&encoded));
    }
    c.end_text();
}

fn rgb(colour: Rgb) -> (f32, f32, f32) {
    (
        f32::from(colour.0) / 255.0,
        f32::from(colour.1) / 255.0,
        f32::from(colour.2) / 255.0,
    )
}

fn set_fill(c: &mut Content, colour: Rgb) {
    let (r, g, b) = rgb(colour);
    c.set_fill_rgb(r, g, b);
}

fn set_stroke(c: &mut Content, stroke: &Stroke) {
    let (r, g, b) = rgb(stroke.colour);
    c.set_stroke_rgb(r, g, b);
    c.set_line_width(stroke.width_mm);
    if stroke.dashed {
        c.set_dash_pattern([2.0, 1.5], 0.0);
    } else {
        c.set_dash_pattern([], 0.0);
    }
}

/// Fills and/or strokes the current path.
fn paint_path(c: &mut Content, paint: &Paint) {
    if let Some(fill) = paint.fill {
        set_fill(c, fill);
    }
    if let Some(stroke) = &paint.stroke {
        set_stroke(c, stroke);
    }
    match (paint.fill.is_some(), paint.stroke.is_some()) {
        (true, true) => c.fill_nonzero_and_stroke(),
        (true, false) => c.fill_nonzero(),
        (false, true) => c.stroke(),
        (false, false) => c.end_path(),
    };
}
