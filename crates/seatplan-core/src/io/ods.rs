//! Merged cells of an OpenDocument spreadsheet (`.ods`), which calamine does not report: read from
//! the file's `content.xml`, so that a merged cell fills its whole area as it does for xlsx and xls.

use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Read, Seek};

/// A merged area: (first row, first column) and (last row, last column), absolute, 0-based.
pub(crate) type Region = ((u32, u32), (u32, u32));

/// At most this many merged areas are taken from one sheet (a real list has a handful).
const MAX_REGIONS: usize = 10_000;
/// `content.xml` is read up to this size; calamine refuses what is damaged beyond it.
const MAX_CONTENT_BYTES: u64 = 512 * 1024 * 1024;

/// The merged areas of the sheet named `sheet` in the ODS file `source`. Empty when the source is
/// not an ODS package or its XML is damaged: the cells themselves are read by calamine, which
/// reports such damage, so this never turns a readable file into an error.
pub(crate) fn merged_regions(source: impl Read + Seek, sheet: &str) -> Vec<Region> {
    let Ok(mut package) = zip::ZipArchive::new(source) else {
        return Vec::new();
    };
    let Ok(content) = package.by_name("content.xml") else {
        return Vec::new();
    };
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content.take(MAX_CONTENT_BYTES)));
    scan(&mut xml, sheet)
}

/// Where the scan is inside the wanted sheet.
#[derive(Default)]
struct Position {
    /// Row of the `table:table-row` being read.
    row: u32,
    /// How many rows that element stands for (`table:number-rows-repeated`).
    row_repeat: u32,
    /// Column of the next cell in the row.
    column: u32,
}

fn scan<R: std::io::BufRead>(xml: &mut quick_xml::Reader<R>, sheet: &str) -> Vec<Region> {
    let mut regions = Vec::new();
    let mut buf = Vec::new();
    let mut in_sheet = false;
    let mut at = Position::default();
    loop {
        let event = match xml.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(_) => return regions,
        };
        match event {
            Event::Start(e) if e.name().as_ref() == b"table:table" => {
                in_sheet = attribute(&e, b"table:name").as_deref() == Some(sheet);
                at = Position::default();
            }
            Event::End(e) if e.name().as_ref() == b"table:table" && in_sheet => return regions,
            Event::Start(e) | Event::Empty(e) if in_sheet => match e.name().as_ref() {
                b"table:table-row" => {
                    at.column = 0;
                    at.row_repeat = number(&e, b"table:number-rows-repeated");
                }
                b"table:table-cell" | b"table:covered-table-cell" => {
                    let columns = number(&e, b"table:number-columns-spanned");
                    let rows = number(&e, b"table:number-rows-spanned");
                    if (columns > 1 || rows > 1) && regions.len() < MAX_REGIONS {
                        regions.push((
                            (at.row, at.column),
                            (
                                at.row.saturating_add(rows - 1),
                                at.column.saturating_add(columns - 1),
                            ),
                        ));
                    }
                    let repeat = number(&e, b"table:number-columns-repeated");
                    at.column = at.column.saturating_add(repeat);
                }
                _ => {}
            },
            Event::End(e) if in_sheet && e.name().as_ref() == b"table:table-row" => {
                at.row = at.row.saturating_add(at.row_repeat);
            }
            Event::Eof => return regions,
            _ => {}
        }
        buf.clear();
    }
}

fn attribute(element: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    let value = element.try_get_attribute(name).ok()??;
    Some(String::from_utf8_lossy(&value.value).into_owned())
}

/// A count attribute (spans, repeats): 1 when absent or not a positive number.
fn number(element: &BytesStart<'_>, name: &[u8]) -> u32 {
    attribute(element, name)
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions(content: &str, sheet: &str) -> Vec<Region> {
        scan(&mut quick_xml::Reader::from_str(content), sheet)
    }

    #[test]
    fn spans_are_placed_after_repeated_rows_and_columns_of_the_named_sheet_only() {
        let content = r#"<office:document-content><office:body><office:spreadsheet>
            <table:table table:name="Other"><table:table-row>
              <table:table-cell table:number-columns-spanned="3"/>
            </table:table-row></table:table>
            <table:table table:name="Gäste">
              <table:table-header-rows><table:table-row>
                <table:table-cell table:number-columns-spanned="5" table:number-rows-spanned="1"><text:p>Title</text:p></table:table-cell>
                <table:covered-table-cell table:number-columns-repeated="4"/>
              </table:table-row></table:table-header-rows>
              <table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>
              <table:table-row>
                <table:table-cell table:number-columns-repeated="2"/>
                <table:table-cell table:number-rows-spanned="2" table:number-columns-spanned="1"><text:p>Einkauf</text:p></table:table-cell>
              </table:table-row>
            </table:table>
        </office:spreadsheet></office:body></office:document-content>"#;
        assert_eq!(
            regions(content, "Gäste"),
            vec![((0, 0), (0, 4)), ((4, 2), (5, 2))]
        );
        assert_eq!(regions(content, "Other"), vec![((0, 0), (0, 2))]);
        assert_eq!(regions(content, "Missing"), vec![]);
    }

    #[test]
    fn damaged_packages_and_xml_give_no_regions_rather_than_an_error() {
        assert_eq!(
            merged_regions(std::io::Cursor::new(b"not a zip".to_vec()), "x"),
            vec![]
        );
        let cut = r#"<table:table table:name="S"><table:table-row><table:table-cell table:number-columns-spanned="2"/><table:ta"#;
        assert_eq!(regions(cut, "S"), vec![((0, 0), (0, 1))]);
    }
}
