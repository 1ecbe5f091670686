//! Seating lists on A4 portrait, two columns: by table (each logical table with its guests, for
//! the floor staff and the caterer) and every guest A–Z with their table (for the entrance).

use super::font::{Fonts, Weight};
use super::{Align, Page, PrintContext, PrintError, Rgb, Stroke, number_pages, page_header};
use seatplan_core::domain::collate::{logical_tables_in_table_order, sort_by_name};
use seatplan_core::domain::{Guest, Plan};
use seatplan_i18n::t;

const MARGIN_MM: f32 = 15.0;
const GUTTER_MM: f32 = 8.0;
const COLUMNS: usize = 2;
/// Body text size and line pitch.
const BODY_PT: f32 = 9.5;
const LINE_MM: f32 = 4.6;
/// Dark red for a table with more guests than seats.
const OVER_CAPACITY: Rgb = Rgb(0xb0, 0x2a, 0x1e);

/// Places blocks of lines in columns, page after page.
struct Flow<'a> {
    title: &'a str,
    context: &'a PrintContext,
    pages: Vec<Page>,
    column: usize,
    y: f32,
    top: f32,
}

impl<'a> Flow<'a> {
    fn new(title: &'a str, context: &'a PrintContext) -> Self {
        let mut flow = Self {
            title,
            context,
            pages: Vec::new(),
            column: 0,
            y: 0.0,
            top: 0.0,
        };
        flow.new_page();
        flow
    }

    fn new_page(&mut self) {
        let mut page = Page::new((210.0, 297.0));
        self.top = page_header(&mut page, self.title, self.context, MARGIN_MM);
        self.pages.push(page);
        self.column = 0;
        self.y = self.top;
    }

    fn column_width(&self) -> f32 {
        (210.0 - 2.0 * MARGIN_MM - GUTTER_MM * (COLUMNS - 1) as f32) / COLUMNS as f32
    }

    fn bottom(&self) -> f32 {
        297.0 - MARGIN_MM - 6.0
    }

    /// Moves to the next column (or page).
    fn next_column(&mut self) {
        if self.column + 1 < COLUMNS {
            self.column += 1;
            self.y = self.top;
        } else {
            self.new_page();
        }
    }

    /// Makes room for `height_mm`: moves on unless it fits here, or unless this column is
    /// still empty (a block taller than a column is then split by its writer).
    fn reserve(&mut self, height_mm: f32) {
        if self.y + height_mm > self.bottom() && self.y > self.top {
            self.next_column();
        }
    }

    /// Whether one more line fits in this column.
    fn fits(&self, height_mm: f32) -> bool {
        self.y + height_mm <= self.bottom()
    }

    fn x(&self) -> f32 {
        MARGIN_MM + self.column as f32 * (self.column_width() + GUTTER_MM)
    }

    fn page(&mut self) -> &mut Page {
        // `new` pushes the first page and pages are never removed.
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn finish(mut self) -> Vec<Page> {
        number_pages(&mut self.pages, MARGIN_MM);
        self.pages
    }
}

/// A heading of a block: bold text on the left, grey text on the right, a hairline below.
fn heading(flow: &mut Flow, fonts: &Fonts, left: &str, right: &str) {
    let (x, width) = (flow.x(), flow.column_width());
    let y = flow.y + 4.5;
    let right_width = fonts.width_mm(right, 8.0, Weight::Regular);
    let room = width - right_width - 3.0;
    let size = fonts.fit_size(left, room, 11.0, 9.0, Weight::Bold);
    let left = fonts.ellipsize(left, room, size, Weight::Bold);
    let page = flow.page();
    page.text(x, y, size, Weight::Bold, Align::Left, Rgb::INK, left);
    page.text(
        x + width,
        y,
        8.0,
        Weight::Regular,
        Align::Right,
        Rgb::GREY,
        right,
    );
    page.line(
        (x, y + 1.5),
        (x + width, y + 1.5),
        Stroke::solid(Rgb::LIGHT, 0.25),
    );
    flow.y += 7.5;
}

/// A guest's name in body text at the start of a column line.
fn body_text(page: &mut Page, x: f32, y: f32, name: String) {
    page.text(
        x + 1.0,
        y,
        BODY_PT,
        Weight::Regular,
        Align::Left,
        Rgb::INK,
        name,
    );
}

/// The width a guest's name takes on its line (at most 60 % of the column).
fn name_width(fonts: &Fonts, name: &str, width: f32) -> f32 {
    fonts
        .width_mm(name, BODY_PT, Weight::Regular)
        .min(width * 0.6)
}

/// Whether a guest's grey note goes on a line of its own: it does not fit beside the name.
fn note_below(fonts: &Fonts, name: &str, note: &str, width: f32) -> bool {
    !note.is_empty()
        && fonts.width_mm(note, 7.5, Weight::Regular) > width - name_width(fonts, name, width) - 3.0
}

/// One guest: name on the left, a grey note (dietary, chosen fields) on the right — or, when
/// the note does not fit there, on a second line below the name, cut only if even that is short.
fn guest_line(flow: &mut Flow, fonts: &Fonts, name: &str, note: &str) {
    let (x, width) = (flow.x(), flow.column_width());
    let y = flow.y + 3.5;
    let below = note_below(fonts, name, note, width);
    let name_room = if below || note.is_empty() {
        width - 1.0
    } else {
        width - fonts.width_mm(note, 7.5, Weight::Regular) - 3.0
    };
    let name = fonts.ellipsize(name, name_room, BODY_PT, Weight::Regular);
    let note = fonts.ellipsize(note, width - 5.0, 7.5, Weight::Regular);
    let page = flow.page();
    body_text(page, x, y, name);
    if below {
        page.text(
            x + 5.0,
            y + LINE_MM - 0.5,
            7.5,
            Weight::Regular,
            Align::Left,
            Rgb::GREY,
            note,
        );
        flow.y += LINE_MM;
    } else if !note.is_empty() {
        page.text(
            x + width,
            y,
            7.5,
            Weight::Regular,
            Align::Right,
            Rgb::GREY,
            note,
        );
    }
    flow.y += LINE_MM;
}

/// The grey note beside a guest: dietary needs, then the chosen custom fields — a yes/no by its
/// name when yes, others as "name: value".
fn note_of(plan: &Plan, guest: &Guest, fields: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !guest.fields.dietary.is_empty() {
        parts.push(guest.fields.dietary.clone());
    }
    for name in fields {
        let Some(field) = plan.field_named(name) else {
            continue;
        };
        match guest.custom.get(&field.id) {
            Some(seatplan_core::domain::FieldValue::Bool(true)) => parts.push(field.name.clone()),
            Some(seatplan_core::domain::FieldValue::Bool(false)) | None => {}
            Some(value) => parts.push(format!(
                "{}: {}",
                field.name,
                seatplan_core::domain::describe::field_value_label(value)
            )),
        }
    }
    parts.join(" · ")
}

/// A block: heading plus guest lines, kept in one column when it fits one, otherwise continued
/// with the heading repeated.
fn block(
    flow: &mut Flow,
    fonts: &Fonts,
    plan: &Plan,
    fields: &[String],
    head: &BlockHead<'_>,
    guests: &[&Guest],
) {
    let width = flow.column_width();
    let lines: Vec<(String, String, usize)> = guests
        .iter()
        .map(|guest| {
            let (name, note) = (guest.display_name(), note_of(plan, guest, fields));
            let count = 1 + usize::from(note_below(fonts, &name, &note, width));
            (name, note, count)
        })
        .collect();
    let body: usize = lines.iter().map(|(_, _, count)| count).sum();
    let notes = usize::from(head.warning.is_some()) + usize::from(guests.is_empty());
    flow.reserve(7.5 + LINE_MM * (body + notes) as f32 + 3.0);
    heading(flow, fonts, head.title, head.right);
    if let Some(warning) = &head.warning {
        note_line(flow, warning, OVER_CAPACITY);
    }
    if guests.is_empty() {
        note_line(flow, &t!("print-no-guests-yet"), Rgb::GREY);
    }
    for (name, note, count) in &lines {
        if !flow.fits(LINE_MM * *count as f32) {
            flow.next_column();
            heading(
                flow,
                fonts,
                &t!("print-continued", title = head.title),
                head.right,
            );
        }
        guest_line(flow, fonts, name, note);
    }
    flow.y += 3.0;
}

/// What a block of the list is headed with.
struct BlockHead<'a> {
    /// Bold, on the left ("Table 12 — Marketing").
    title: &'a str,
    /// Grey, on the right (room and seats).
    right: &'a str,
    /// A line in red below the heading (over capacity), readable in black and white too.
    warning: Option<String>,
}

/// A line of body text in `colour` (notes such as "no guests yet").
fn note_line(flow: &mut Flow, text: &str, colour: Rgb) {
    let (x, y) = (flow.x(), flow.y + 3.5);
    flow.page().text(
        x + 1.0,
        y,
        BODY_PT,
        Weight::Regular,
        Align::Left,
        colour,
        text,
    );
    flow.y += LINE_MM;
}

/// Every logical table in table-number order with its guests, then the guests not seated.
pub fn by_table(
    plan: &Plan,
    context: &PrintContext,
    fonts: &Fonts,
) -> Result<Vec<Page>, PrintError> {
    let logical = logical_tables_in_table_order(plan);
    if logical.is_empty() && plan.guests().len() == 0 {
        return Err(PrintError::Nothing(t!("print-no-logical-or-guests")));
    }
    let title = t!("print-by-table");
    let mut flow = Flow::new(&title, context);
    for l in logical {
        let mut guests: Vec<&Guest> = plan.guests_at(l.id).collect();
        sort_by_name(&mut guests);
        let table = l.physical.and_then(|t| plan.table(t));
        let title = match table {
            Some(t) => t!(
                "print-block-table",
                number = t.number.as_str(),
                logical = l.name.as_str()
            ),
            None => t!("print-block-not-placed", logical = l.name.as_str()),
        };
        let mut right = match table {
            Some(t) => {
                let room = plan.room(t.room).map_or("", |r| r.name.as_str());
                t!(
                    "print-block-seats",
                    room = room,
                    seated = guests.len(),
                    seats = t.seats
                )
            }
            None => t!("count-guests", count = guests.len()),
        };
        if l.vip {
            right = format!("VIP · {right}");
        }
        let warning = table.filter(|t| guests.len() > t.seats as usize).map(|t| {
            t!(
                "print-over-capacity",
                guests = guests.len(),
                seats = t.seats
            )
        });
        let head = BlockHead {
            title: &title,
            right: &right,
            warning,
        };
        block(&mut flow, fonts, plan, &context.fields, &head, &guests);
    }
    let mut unseated: Vec<&Guest> = plan.guests().filter(|g| g.logical.is_none()).collect();
    if !unseated.is_empty() {
        sort_by_name(&mut unseated);
        let right = t!("count-guests", count = unseated.len());
        let title = t!("print-not-seated-heading");
        let head = BlockHead {
            title: &title,
            right: &right,
            warning: None,
        };
        block(&mut flow, fonts, plan, &context.fields, &head, &unseated);
    }
    Ok(flow.finish())
}

/// Every guest A–Z with table number and logical table, with a letter heading where the
/// initial changes.
pub fn a_to_z(plan: &Plan, context: &PrintContext, fonts: &Fonts) -> Result<Vec<Page>, PrintError> {
    let mut guests: Vec<&Guest> = plan.guests().collect();
    if guests.is_empty() {
        return Err(PrintError::Nothing(t!("print-no-guests")));
    }
    sort_by_name(&mut guests);
    let title = t!("print-a-z");
    let mut flow = Flow::new(&title, context);
    let mut letter: Option<char> = None;
    for guest in guests {
        let (first, last) = (
            guest.fields.first_name.trim(),
            guest.fields.last_name.trim(),
        );
        let initial =
            seatplan_core::domain::collate::initial(if last.is_empty() { first } else { last });
        if letter != Some(initial) {
            letter = Some(initial);
            flow.y += 1.5;
            flow.reserve(6.5 + LINE_MM * 3.0);
            let (x, y) = (flow.x(), flow.y + 5.0);
            flow.page().text(
                x,
                y,
                13.0,
                Weight::Bold,
                Align::Left,
                Rgb::GREY,
                initial.to_string(),
            );
            flow.y += 7.0;
        }
        // The chosen fields, grey and small, beside the name — or below it when they do not fit.
        let note = if context.fields.is_empty() {
            String::new()
        } else {
            note_of(plan, guest, &context.fields)
        };
        let name_width = {
            let width = flow.column_width();
            width - 12.0 - width * 0.34 - 2.0
        };
        let name = match (last.is_empty(), first.is_empty()) {
            (false, false) => format!("{last}, {first}"),
            _ => guest.display_name(),
        };
        let name = fonts.ellipsize(&name, name_width, BODY_PT, Weight::Regular);
        let used = fonts.width_mm(&name, BODY_PT, Weight::Regular) + 1.5;
        let below =
            !note.is_empty() && fonts.width_mm(&note, 7.0, Weight::Regular) > name_width - used;
        let lines = if below { 2.0 } else { 1.0 };
        if !flow.fits(LINE_MM * lines) {
            flow.next_column();
        }
        let logical = guest.logical.and_then(|l| plan.logical_table(l));
        let number = logical
            .and_then(|l| l.physical)
            .and_then(|t| plan.table(t))
            .map_or_else(|| "—".to_owned(), |t| t.number.clone());
        let (x, width) = (flow.x(), flow.column_width());
        let y = flow.y + 3.5;
        let number_width = 12.0;
        let logical_width = width * 0.34;
        // Below the name the note has the whole line but the table number.
        let (note_x, note_y, note_room) = if below {
            (x + 5.0, y + LINE_MM - 0.5, width - number_width - 7.0)
        } else {
            (x + used, y, name_width - used)
        };
        let note = fonts.ellipsize(&note, note_room, 7.0, Weight::Regular);
        let not_seated = t!("print-not-seated");
        let logical_name = fonts.ellipsize(
            logical.map_or(not_seated.as_str(), |l| l.name.as_str()),
            logical_width - 2.0,
            7.5,
            Weight::Regular,
        );
        let number = fonts.ellipsize(&number, number_width, BODY_PT, Weight::Bold);
        let page = flow.page();
        body_text(page, x, y, name);
        if !note.is_empty() {
            page.text(
                note_x,
                note_y,
                7.0,
                Weight::Regular,
                Align::Left,
                Rgb::GREY,
                note,
            );
        }
        page.text(
            x + name_width + 2.0,
            y,
            7.5,
            Weight::Regular,
            Align::Left,
            Rgb::GREY,
            logical_name,
        );
        page.text(
            x + width,
            y,
            BODY_PT,
            Weight::Bold,
            Align::Right,
            Rgb::INK,
            number,
        );
        flow.y += LINE_MM * lines;
    }
    Ok(flow.finish())
}
