//! Folded cards. Each card is printed twice on its sheet — the front on the lower half, the back
//! turned by 180° on the upper half — so that, folded along the dashed line into a tent, it reads
//! upright from both sides.
//!
//! - Table cards: one per A4 sheet (portrait), folded to A5 landscape: the table number, large,
//!   and the logical table's name.
//! - Place cards: eight per A4 sheet (2 × 4 of 105 × 74 mm, cut along the grey lines), folded to
//!   105 × 37 mm: the guest's name and their table. In table order, so they can be laid out
//!   table by table.

use super::font::{Fonts, Weight};
use super::{Align, Item, Page, PrintError, Rgb, Stroke, Text};
use seatplan_core::domain::collate::{logical_tables_in_table_order, natural_cmp, sort_by_name};
use seatplan_core::domain::{Guest, Plan};
use seatplan_i18n::t;

const A4: (f32, f32) = (210.0, 297.0);

/// Adds `text` (placed on the front, the lower half of the card centred at `centre`) and its
/// copy turned by 180° about that centre for the back.
fn front_and_back(page: &mut Page, centre: (f32, f32), text: Text) {
    let back = Text {
        x_mm: 2.0 * centre.0 - text.x_mm,
        y_mm: 2.0 * centre.1 - text.y_mm,
        upside_down: true,
        ..text.clone()
    };
    page.items.push(Item::Text(text));
    page.items.push(Item::Text(back));
}

fn text(x_mm: f32, y_mm: f32, size_pt: f32, weight: Weight, colour: Rgb, text: String) -> Text {
    Text {
        x_mm,
        y_mm,
        size_pt,
        weight,
        align: Align::Centre,
        colour,
        upside_down: false,
        text,
    }
}

/// One folded A5 card per physical table (natural number order), with its logical table.
pub fn table_cards(plan: &Plan, fonts: &Fonts) -> Result<Vec<Page>, PrintError> {
    let mut tables: Vec<_> = plan.tables().collect();
    if tables.is_empty() {
        return Err(PrintError::Nothing(t!("print-no-tables")));
    }
    tables.sort_by(|a, b| natural_cmp(&a.number, &b.number));
    let (w, h) = A4;
    let fold = h / 2.0;
    let centre = (w / 2.0, fold);
    let usable = w - 30.0;
    Ok(tables
        .into_iter()
        .map(|table| {
            let mut page = Page::new(A4);
            page.line((0.0, fold), (w, fold), Stroke::dashed(Rgb::LIGHT, 0.3));
            front_and_back(
                &mut page,
                centre,
                text(
                    w / 2.0,
                    fold + 32.0,
                    16.0,
                    Weight::Regular,
                    Rgb::GREY,
                    t!("print-card-table"),
                ),
            );
            let number_size = fonts.fit_size(&table.number, usable, 150.0, 20.0, Weight::Bold);
            let number = fonts.ellipsize(&table.number, usable, number_size, Weight::Bold);
            front_and_back(
                &mut page,
                centre,
                text(
                    w / 2.0,
                    fold + 92.0,
                    number_size,
                    Weight::Bold,
                    Rgb::INK,
                    number,
                ),
            );
            if let Some(l) = plan.holder_of(table.id) {
                let size = fonts.fit_size(&l.name, usable, 36.0, 14.0, Weight::Regular);
                let name = fonts.ellipsize(&l.name, usable, size, Weight::Regular);
                front_and_back(
                    &mut page,
                    centre,
                    text(w / 2.0, fold + 125.0, size, Weight::Regular, Rgb::INK, name),
                );
            }
            page
        })
        .collect())
}

/// Place cards for every seated guest, table by table and by name within a table.
pub fn place_cards(plan: &Plan, fonts: &Fonts) -> Result<Vec<Page>, PrintError> {
    let mut cards: Vec<(&Guest, String)> = Vec::new();
    for l in logical_tables_in_table_order(plan) {
        let mut guests: Vec<&Guest> = plan.guests_at(l.id).collect();
        sort_by_name(&mut guests);
        let table = match l.physical.and_then(|t| plan.table(t)) {
            Some(t) => t!(
                "print-place-card-table",
                number = t.number.as_str(),
                logical = l.name.as_str()
            ),
            None => l.name.clone(),
        };
        cards.extend(guests.into_iter().map(|g| (g, table.clone())));
    }
    if cards.is_empty() {
        return Err(PrintError::Nothing(t!("print-nobody-seated")));
    }
    let (columns, rows) = (2usize, 4usize);
    let (card_w, card_h) = (A4.0 / columns as f32, A4.1 / rows as f32);
    let usable = card_w - 12.0;
    let mut pages = Vec::new();
    for sheet in cards.chunks(columns * rows) {
        let mut page = Page::new(A4);
        // Cut lines between cards, fold lines through them.
        for c in 1..columns {
            let x = c as f32 * card_w;
            page.line((x, 0.0), (x, A4.1), Stroke::solid(Rgb::LIGHT, 0.2));
        }
        for r in 0..rows {
            let top = r as f32 * card_h;
            if r > 0 {
                page.line((0.0, top), (A4.0, top), Stroke::solid(Rgb::LIGHT, 0.2));
            }
            page.line(
                (0.0, top + card_h / 2.0),
                (A4.0, top + card_h / 2.0),
                Stroke::dashed(Rgb::LIGHT, 0.2),
            );
        }
        for (i, (guest, table)) in sheet.iter().enumerate() {
            let (column, row) = (i % columns, i / columns);
            let centre = (
                column as f32 * card_w + card_w / 2.0,
                row as f32 * card_h + card_h / 2.0,
            );
            let name = guest.display_name();
            let size = fonts.fit_size(&name, usable, 20.0, 9.0, Weight::Bold);
            let name = fonts.ellipsize(&name, usable, size, Weight::Bold);
            front_and_back(
                &mut page,
                centre,
                text(
                    centre.0,
                    centre.1 + 18.0,
                    size,
                    Weight::Bold,
                    Rgb::INK,
                    name,
                ),
            );
            let table = fonts.ellipsize(table, usable, 9.0, Weight::Regular);
            front_and_back(
                &mut page,
                centre,
                text(
                    centre.0,
                    centre.1 + 28.0,
                    9.0,
                    Weight::Regular,
                    Rgb::GREY,
                    table,
                ),
            );
        }
        pages.push(page);
    }
    Ok(pages)
}
