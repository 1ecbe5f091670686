//! Printing. Every printout is laid out once as pages of simple shapes in millimetres (origin top
//! left, y down) — a [`Page`] — and then written by a backend: PDF ([`pdf`]) for everything, SVG
//! ([`svg`]) for the floor plan. Layout measures text with the same built-in font the PDF embeds
//! ([`font`]), so what fits in the layout fits on paper.

pub mod cards;
pub mod floor_plan;
pub mod font;
pub mod lists;
pub mod pdf;
pub mod png;
pub mod svg;

use font::{FontError, Fonts, Weight};
use seatplan_core::domain::{Plan, RoomId};
use seatplan_core::io::export::{ExportError, write_atomically};
use seatplan_i18n::t;
use std::path::Path;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Black ink.
    pub const INK: Self = Self(0x22, 0x25, 0x2b);
    /// Grey for secondary text and rules.
    pub const GREY: Self = Self(0x80, 0x85, 0x8d);
    /// Light grey for fold and cut lines.
    pub const LIGHT: Self = Self(0xc4, 0xc8, 0xce);
    /// White.
    pub const WHITE: Self = Self(0xff, 0xff, 0xff);
}

/// A line style.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub colour: Rgb,
    /// Width in millimetres.
    pub width_mm: f32,
    /// Dashed (fold and cut lines).
    pub dashed: bool,
}

impl Stroke {
    /// A solid line.
    pub const fn solid(colour: Rgb, width_mm: f32) -> Self {
        Self {
            colour,
            width_mm,
            dashed: false,
        }
    }

    /// A dashed line.
    pub const fn dashed(colour: Rgb, width_mm: f32) -> Self {
        Self {
            colour,
            width_mm,
            dashed: true,
        }
    }
}

/// Fill and outline of a shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paint {
    /// Fill colour, if filled.
    pub fill: Option<Rgb>,
    /// Outline, if outlined.
    pub stroke: Option<Stroke>,
}

/// Horizontal alignment of text at its anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// The anchor is the start of the text.
    Left,
    /// The anchor is the middle.
    Centre,
    /// The anchor is the end.
    Right,
}

/// A line of text.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// Anchor x in millimetres.
    pub x_mm: f32,
    /// Baseline y in millimetres.
    pub y_mm: f32,
    /// Size in points.
    pub size_pt: f32,
    /// Regular or bold.
    pub weight: Weight,
    /// Alignment at the anchor.
    pub align: Align,
    /// Colour.
    pub colour: Rgb,
    /// Turned by 180° about the anchor (the back of a folded card).
    pub upside_down: bool,
    /// The text (one line).
    pub text: String,
}

/// One thing drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// An axis-aligned rectangle.
    Rect {
        /// Left.
        x_mm: f32,
        /// Top.
        y_mm: f32,
        /// Width.
        width_mm: f32,
        /// Height.
        height_mm: f32,
        /// Fill and outline.
        paint: Paint,
    },
    /// A circle.
    Circle {
        /// Centre x.
        cx_mm: f32,
        /// Centre y.
        cy_mm: f32,
        /// Radius.
        r_mm: f32,
        /// Fill and outline.
        paint: Paint,
    },
    /// A closed polygon (a turned table).
    Polygon {
        /// Corners in order.
        points_mm: Vec<(f32, f32)>,
        /// Fill and outline.
        paint: Paint,
    },
    /// A straight line.
    Line {
        /// Start.
        from_mm: (f32, f32),
        /// End.
        to_mm: (f32, f32),
        /// Style.
        stroke: Stroke,
    },
    /// Text.
    Text(Text),
}

/// Something pages are drawn onto. Each backend (PDF, SVG, PNG, the window's preview)
/// implements it; [`Page::draw`] walks the items once for all of them.
pub trait Canvas {
    /// An axis-aligned rectangle.
    fn rect(&mut self, x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32, paint: &Paint);
    /// A circle.
    fn circle(&mut self, cx_mm: f32, cy_mm: f32, r_mm: f32, paint: &Paint);
    /// A closed polygon (at least one point).
    fn polygon(&mut self, points_mm: &[(f32, f32)], paint: &Paint);
    /// A straight line.
    fn line(&mut self, from_mm: (f32, f32), to_mm: (f32, f32), stroke: &Stroke);
    /// A line of text (never empty).
    fn text(&mut self, text: &Text);
}

/// One printed page.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Paper width in millimetres.
    pub width_mm: f32,
    /// Paper height in millimetres.
    pub height_mm: f32,
    /// What is drawn, in painting order.
    pub items: Vec<Item>,
}

impl Page {
    /// An empty page.
    pub fn new((width_mm, height_mm): (f32, f32)) -> Self {
        Self {
            width_mm,
            height_mm,
            items: Vec::new(),
        }
    }

    /// Adds a line of text.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        x_mm: f32,
        y_mm: f32,
        size_pt: f32,
        weight: Weight,
        align: Align,
        colour: Rgb,
        text: impl Into<String>,
    ) {
        self.items.push(Item::Text(Text {
            x_mm,
            y_mm,
            size_pt,
            weight,
            align,
            colour,
            upside_down: false,
            text: text.into(),
        }));
    }

    /// Adds a rectangle.
    pub fn rect(&mut self, x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32, paint: Paint) {
        self.items.push(Item::Rect {
            x_mm,
            y_mm,
            width_mm,
            height_mm,
            paint,
        });
    }

    /// Adds a line.
    pub fn line(&mut self, from_mm: (f32, f32), to_mm: (f32, f32), stroke: Stroke) {
        self.items.push(Item::Line {
            from_mm,
            to_mm,
            stroke,
        });
    }

    /// Draws every item onto `canvas`, in painting order (empty polygons and texts skipped).
    pub fn draw(&self, canvas: &mut impl Canvas) {
        for item in &self.items {
            match item {
                Item::Rect {
                    x_mm,
                    y_mm,
                    width_mm,
                    height_mm,
                    paint,
                } => canvas.rect(*x_mm, *y_mm, *width_mm, *height_mm, paint),
                Item::Circle {
                    cx_mm,
                    cy_mm,
                    r_mm,
                    paint,
                } => canvas.circle(*cx_mm, *cy_mm, *r_mm, paint),
                Item::Polygon { points_mm, paint } if !points_mm.is_empty() => {
                    canvas.polygon(points_mm, paint);
                }
                Item::Polygon { .. } => {}
                Item::Line {
                    from_mm,
                    to_mm,
                    stroke,
                } => canvas.line(*from_mm, *to_mm, stroke),
                Item::Text(text) if !text.text.is_empty() => canvas.text(text),
                Item::Text(_) => {}
            }
        }
    }

    /// All text on the page, in painting order (for tests and checks).
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.items.iter().filter_map(|item| match item {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }
}

/// Paper sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 297 × 420 mm.
    A3,
}

impl Paper {
    /// Width and height in portrait orientation, millimetres.
    pub fn portrait(self) -> (f32, f32) {
        match self {
            Self::A4 => (210.0, 297.0),
            Self::A3 => (297.0, 420.0),
        }
    }

    /// Width and height in landscape orientation, millimetres.
    pub fn landscape(self) -> (f32, f32) {
        let (w, h) = self.portrait();
        (h, w)
    }

    /// "A4" or "A3".
    pub fn label(self) -> &'static str {
        match self {
            Self::A4 => "A4",
            Self::A3 => "A3",
        }
    }
}

/// Which part of the venue a floor plan shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloorPlanScope {
    /// All rooms on one page.
    Venue,
    /// Every room on its own page.
    EachRoom,
    /// One room.
    Room(RoomId),
}

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printout {
    /// The floor plan, to scale, landscape.
    FloorPlan {
        /// Which rooms.
        scope: FloorPlanScope,
        /// A4 or A3.
        paper: Paper,
    },
    /// Every logical table with its guests, in table-number order (A4 portrait).
    SeatingByTable,
    /// Every guest A–Z with their table (A4 portrait).
    GuestsAToZ,
    /// One folded A5 tent card per physical table: number and logical table (A4 portrait sheets).
    TableCards,
    /// Folded place cards, eight per A4 sheet: guest name and table.
    PlaceCards,
}

impl Printout {
    /// A short human name in the current language ("Table cards", "Tischkarten").
    pub fn label(self) -> String {
        match self {
            Self::FloorPlan { .. } => t!("print-floor-plan"),
            Self::SeatingByTable => t!("print-by-table"),
            Self::GuestsAToZ => t!("print-a-z"),
            Self::TableCards => t!("print-table-cards"),
            Self::PlaceCards => t!("print-place-cards"),
        }
    }

    /// The suggested file name, without extension ("table-cards").
    pub fn file_stem(self) -> &'static str {
        match self {
            Self::FloorPlan { .. } => "floor-plan",
            Self::SeatingByTable => "seating-by-table",
            Self::GuestsAToZ => "guests-a-z",
            Self::TableCards => "table-cards",
            Self::PlaceCards => "place-cards",
        }
    }
}

/// What every page's header and footer say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintContext {
    /// The plan's name (its file name without extension).
    pub plan_name: String,
    /// When it was printed, already formatted ("26 Nov 2026, 14:05").
    pub printed_at: String,
    /// Custom fields shown beside each guest on the seating lists (by table, A–Z; by name).
    pub fields: Vec<String>,
}

impl PrintContext {
    /// Context for the plan at `path`, printed now (local time where known).
    pub fn for_file(path: &Path) -> Self {
        let plan_name = path.file_stem().map_or_else(
            || t!("print-default-plan-name"),
            |s| s.to_string_lossy().into_owned(),
        );
        let printed_at = seatplan_i18n::date_time(&seatplan_core::store::now_rfc3339());
        Self {
            plan_name,
            printed_at,
            fields: Vec::new(),
        }
    }

    /// "party · printed 2026-11-26 14:05" ("party · gedruckt 26.11.2026 14:05"), for page headers.
    pub fn byline(&self) -> String {
        t!(
            "print-byline",
            plan = self.plan_name.as_str(),
            at = self.printed_at.as_str()
        )
    }
}

/// Why a printout could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// Nothing to put on paper.
    #[error("{}", t!("print-nothing", reason = .0.as_str()))]
    Nothing(String),
    /// The built-in font is unreadable.
    #[error(transparent)]
    Font(#[from] FontError),
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] ExportError),
    /// The picture could not be encoded.
    #[error("{}", t!("print-image-failed", error = .0.as_str()))]
    Image(String),
    /// The file name asks for a format the floor plan does not come in.
    #[error("{}", t!("print-not-a-format", extension = .0.as_str()))]
    Format(String),
}

/// Lays out a printout as pages.
pub fn layout(
    plan: &Plan,
    printout: Printout,
    context: &PrintContext,
    fonts: &Fonts,
) -> Result<Vec<Page>, PrintError> {
    let pages = match printout {
        Printout::FloorPlan { scope, paper } => {
            floor_plan::pages(plan, scope, paper, context, fonts)?
        }
        Printout::SeatingByTable => lists::by_table(plan, context, fonts)?,
        Printout::GuestsAToZ => lists::a_to_z(plan, context, fonts)?,
        Printout::TableCards => cards::table_cards(plan, fonts)?,
        Printout::PlaceCards => cards::place_cards(plan, fonts)?,
    };
    Ok(pages)
}

/// What was printed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrintReport {
    /// Pages written.
    pub pages: usize,
    /// Characters in the plan's names that neither the built-in font nor the system's fallback
    /// font can show (they print as empty boxes), in order.
    pub missing_characters: Vec<char>,
}

impl PrintReport {
    /// A sentence for the user about missing characters, if any ("2 characters cannot be
    /// printed with the fonts on this computer and show as boxes: 李, 明").
    pub fn warning(&self) -> Option<String> {
        if self.missing_characters.is_empty() {
            return None;
        }
        let shown: Vec<String> = self
            .missing_characters
            .iter()
            .take(10)
            .map(char::to_string)
            .collect();
        let more = if self.missing_characters.len() > 10 {
            ", …"
        } else {
            ""
        };
        Some(t!(
            "print-missing-characters",
            count = self.missing_characters.len(),
            characters = format!("{}{more}", shown.join(", "))
        ))
    }
}

/// The characters on `pages` that `fonts` cannot show, sorted and without repeats.
pub fn missing_characters(pages: &[Page], fonts: &Fonts) -> Vec<char> {
    let mut seen = std::collections::BTreeSet::new();
    let mut missing = std::collections::BTreeSet::new();
    for text in pages.iter().flat_map(Page::texts) {
        for c in text.text.chars() {
            if seen.insert((c, text.weight)) && !fonts.has(c, text.weight) {
                missing.insert(c);
            }
        }
    }
    missing.into_iter().collect()
}

/// Writes a printout as a PDF to `out` (atomically: a failure leaves no half file), where
/// `rules` allow it (checked before anything is laid out).
pub fn print_pdf(
    plan: &Plan,
    printout: Printout,
    context: &PrintContext,
    out: &Path,
    rules: &seatplan_core::io::output::OutputRules,
) -> Result<PrintReport, PrintError> {
    rules.check_file(out, &["pdf"], &t!("format-printout"))?;
    let fonts = Fonts::load()?;
    let pages = layout(plan, printout, context, &fonts)?;
    let title = format!("{} — {}", printout.label(), context.plan_name);
    let bytes = pdf::render(&pages, &fonts, &title)?;
    write_atomically(out, &bytes)?;
    Ok(PrintReport {
        pages: pages.len(),
        missing_characters: missing_characters(&pages, &fonts),
    })
}

/// The common header of list pages: plan name and what it is on the left, page numbers and the
/// print date on the right, with a rule below. Returns the y where content may start.
pub fn page_header(page: &mut Page, title: &str, context: &PrintContext, margin_mm: f32) -> f32 {
    let right = page.width_mm - margin_mm;
    page.text(
        margin_mm,
        margin_mm + 5.0,
        14.0,
        Weight::Bold,
        Align::Left,
        Rgb::INK,
        title,
    );
    page.text(
        right,
        margin_mm + 5.0,
        9.0,
        Weight::Regular,
        Align::Right,
        Rgb::GREY,
        context.byline(),
    );
    page.line(
        (margin_mm, margin_mm + 8.0),
        (right, margin_mm + 8.0),
        Stroke::solid(Rgb::GREY, 0.3),
    );
    margin_mm + 14.0
}

/// Writes "Page n of m" at the foot of every page.
pub fn number_pages(pages: &mut [Page], margin_mm: f32) {
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let (x, y) = (page.width_mm - margin_mm, page.height_mm - margin_mm + 4.0);
        page.text(
            x,
            y,
            8.0,
            Weight::Regular,
            Align::Right,
            Rgb::GREY,
            t!("print-page-of", page = i + 1, total = total),
        );
    }
}

/// The formats the floor plan is saved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloorPlanFormat {
    /// PDF, for printing.
    Pdf,
    /// SVG, for drawing programs.
    Svg,
    /// PNG at [`png::DPI`], for emails and documents.
    Png,
}

impl FloorPlanFormat {
    /// The format a file name asks for (by its extension, any case).
    pub fn of(path: &Path) -> Result<Self, PrintError> {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "pdf" => Ok(Self::Pdf),
            "svg" => Ok(Self::Svg),
            "png" => Ok(Self::Png),
            _ => Err(PrintError::Format(path.display().to_string())),
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Svg => "svg",
            Self::Png => "png",
        }
    }
}

/// Writes the floor plan (the whole venue, or one room) fitted to `paper`, in the format the
/// file name's extension names (`.pdf`, `.svg`, `.png`); atomically, where `rules` allow it.
pub fn export_floor_plan(
    plan: &Plan,
    room: Option<RoomId>,
    paper: Paper,
    context: &PrintContext,
    out: &Path,
    rules: &seatplan_core::io::output::OutputRules,
) -> Result<PrintReport, PrintError> {
    let format = match FloorPlanFormat::of(out) {
        Ok(format) => format,
        // "party.seatplan" is no floor plan format, but the reason that matters is the plan.
        Err(e) => {
            return Err(match rules.check_file(out, &[], &t!("format-floor-plan")) {
                Err(plan @ ExportError::WouldOverwritePlan(_)) => plan.into(),
                _ => e,
            });
        }
    };
    rules.check_file(out, &[format.extension()], &t!("format-floor-plan"))?;
    let fonts = Fonts::load()?;
    let scope = room.map_or(FloorPlanScope::Venue, FloorPlanScope::Room);
    let pages = floor_plan::pages(plan, scope, paper, context, &fonts)?;
    let bytes = match format {
        FloorPlanFormat::Pdf => pdf::render(
            &pages,
            &fonts,
            &t!("print-floor-plan-title", name = context.plan_name.as_str()),
        )?,
        FloorPlanFormat::Svg => pages
            .first()
            .map(svg::render)
            .unwrap_or_default()
            .into_bytes(),
        FloorPlanFormat::Png => match pages.first() {
            Some(page) => png::render(page, &fonts, png::DPI)?,
            None => return Err(PrintError::Nothing(t!("print-no-rooms"))),
        },
    };
    write_atomically(out, &bytes)?;
    Ok(PrintReport {
        pages: pages.len(),
        missing_characters: missing_characters(&pages, &fonts),
    })
}
