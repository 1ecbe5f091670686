//! Reading a spreadsheet (xlsx, xls, ods via calamine; csv) into rows of text as a person sees
//! them: trimmed, whole numbers without ".0", merged cells filled, formulas as their cached values.

use calamine::{Data, Range, Reader, SheetVisible, Sheets, open_workbook_auto};
use std::path::Path;
use thiserror::Error;

/// Why a spreadsheet could not be read. Nothing was changed.
#[derive(Debug, Error)]
pub enum SheetError {
    /// Could not read the file.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The extension is not one we read.
    #[error("{0}: unsupported file type (use .xlsx, .xls, .ods or .csv)")]
    Unsupported(String),
    /// The workbook could not be parsed.
    #[error("{path}: not a readable spreadsheet ({detail})")]
    Unreadable {
        /// The file.
        path: String,
        /// What the reader said.
        detail: String,
    },
    /// No sheet with that name.
    #[error("{path}: there is no sheet named “{sheet}” (sheets: {available})")]
    NoSuchSheet {
        /// The file.
        path: String,
        /// The name asked for.
        sheet: String,
        /// The names there are.
        available: String,
    },
    /// No visible sheet at all.
    #[error("{0}: the workbook has no visible sheet")]
    NoSheet(String),
    /// What the reading child process reported (its message, unchanged).
    #[error("{0}")]
    Reader(String),
    /// A CSV that is not UTF-8.
    #[error("{path}: the CSV file is not UTF-8 text ({detail}); save it as “CSV UTF-8”")]
    NotUtf8 {
        /// The file.
        path: String,
        /// Details.
        detail: String,
    },
}

/// One cell as text, or a spreadsheet error value (`#DIV/0!`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    /// Text as displayed (may be empty).
    Text(String),
    /// A formula error such as `#DIV/0!`.
    Error(String),
}

impl Cell {
    /// The text, or `""` for errors.
    pub fn text(&self) -> &str {
        match self {
            Cell::Text(t) => t,
            Cell::Error(_) => "",
        }
    }
}

/// A sheet as rows of cells; `row_numbers[i]` is the 1-based sheet row of `rows[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sheet {
    /// The sheet's name ("" for CSV).
    pub name: String,
    /// Every sheet's name in the workbook.
    pub sheet_names: Vec<String>,
    /// Non-empty rows.
    pub rows: Vec<Vec<Cell>>,
    /// The 1-based row number in the file of each row.
    pub row_numbers: Vec<usize>,
}

/// Reads `path`; `sheet` picks a sheet by name, else the first visible one.
pub fn read_sheet(path: &Path, sheet: Option<&str>) -> Result<Sheet, SheetError> {
    let display = path.display().to_string();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => {
            let bytes = std::fs::read(path).map_err(|source| SheetError::Io {
                path: display.clone(),
                source,
            })?;
            read_csv(&display, &bytes)
        }
        "xlsx" | "xlsm" | "xls" | "ods" | "xlsb" => read_workbook(path, &display, sheet),
        _ => Err(SheetError::Unsupported(display)),
    }
}

/// The executable that reads workbooks in a child process, when a front end has set one.
static HELPER: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

/// Front ends call this with their own executable: workbooks (xlsx, xls, ods) are then read by a
/// child process (`seatplan read-sheet`) under a memory limit where the OS has one, so a damaged
/// file that makes the reader run out of memory or crash ends only the child. Without it (in
/// tests of the library), workbooks are read in-process.
pub fn read_workbooks_in(helper: std::path::PathBuf) {
    let _ = HELPER.set(helper);
}

fn read_workbook(path: &Path, display: &str, wanted: Option<&str>) -> Result<Sheet, SheetError> {
    match HELPER.get() {
        Some(helper) => read_in_child(helper, path, display, wanted),
        None => read_workbook_here(path, display, wanted),
    }
}

/// Memory a child reader may use (virtual, KiB): far more than any real guest list needs.
const CHILD_MEMORY_KIB: u64 = 4 * 1024 * 1024;

fn read_in_child(
    helper: &Path,
    path: &Path,
    display: &str,
    wanted: Option<&str>,
) -> Result<Sheet, SheetError> {
    let mut command = if cfg!(unix) && Path::new("/bin/sh").exists() {
        let mut c = std::process::Command::new("/bin/sh");
        c.arg("-c")
            .arg(format!(
                "ulimit -v {CHILD_MEMORY_KIB} 2>/dev/null; exec \"$0\" \"$@\""
            ))
            .arg(helper);
        c
    } else {
        std::process::Command::new(helper)
    };
    command.arg("read-sheet").arg(path);
    if let Some(sheet) = wanted {
        command.arg("--sheet").arg(sheet);
    }
    let output = command
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .map_err(|source| SheetError::Io {
            path: display.to_owned(),
            source,
        })?;
    let damaged = || SheetError::Unreadable {
        path: display.to_owned(),
        detail: "the file is damaged (reading it ran out of memory or crashed)".to_owned(),
    };
    if !output.status.success() {
        return Err(damaged());
    }
    match serde_json::from_slice::<Result<Sheet, String>>(&output.stdout) {
        Ok(Ok(sheet)) => Ok(sheet),
        Ok(Err(message)) => Err(SheetError::Reader(message)),
        Err(_) => Err(damaged()),
    }
}

/// Reads a workbook in this process (what the `read-sheet` child does).
pub fn read_workbook_here(
    path: &Path,
    display: &str,
    wanted: Option<&str>,
) -> Result<Sheet, SheetError> {
    guarded(display, || {
        let workbook = open_workbook_auto(path).map_err(|e| SheetError::Unreadable {
            path: display.to_owned(),
            detail: e.to_string(),
        })?;
        read_from(workbook, display, wanted, || std::fs::File::open(path).ok())
    })
}

static CONTAINED_PANICS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many reader panics this process has turned into errors (reported by the fuzz tests).
pub fn contained_reader_panics() -> usize {
    CONTAINED_PANICS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Runs a reader, turning a panic inside it into an error: calamine can panic on some damaged
/// files (found by `tests/integration/fuzz.rs`), and a damaged spreadsheet must never take the app down.
fn guarded(
    display: &str,
    read: impl FnOnce() -> Result<Sheet, SheetError>,
) -> Result<Sheet, SheetError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|_| {
        CONTAINED_PANICS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Err(SheetError::Unreadable {
            path: display.to_owned(),
            detail: "the file is damaged (the spreadsheet reader gave up)".to_owned(),
        })
    })
}

/// Reads a workbook (xlsx, xls, ods, xlsb — detected from the content) held in memory; `display`
/// names it in messages. Used for files from elsewhere and by the fuzz tests.
pub fn read_workbook_bytes(
    bytes: &[u8],
    display: &str,
    wanted: Option<&str>,
) -> Result<Sheet, SheetError> {
    guarded(display, || {
        let workbook =
            calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| {
                SheetError::Unreadable {
                    path: display.to_owned(),
                    detail: e.to_string(),
                }
            })?;
        read_from(workbook, display, wanted, || {
            Some(std::io::Cursor::new(bytes))
        })
    })
}

/// Reads the wanted (or first visible) sheet; `reopen` gives the file's bytes again for what
/// calamine does not report (merged cells of an .ods).
fn read_from<RS: std::io::Read + std::io::Seek, Source: std::io::Read + std::io::Seek>(
    mut workbook: Sheets<RS>,
    display: &str,
    wanted: Option<&str>,
    reopen: impl FnOnce() -> Option<Source>,
) -> Result<Sheet, SheetError> {
    let unreadable = |detail: String| SheetError::Unreadable {
        path: display.to_owned(),
        detail,
    };
    let metadata = workbook.sheets_metadata().to_vec();
    let names: Vec<String> = metadata.iter().map(|s| s.name.clone()).collect();
    let name = match wanted {
        Some(w) => names
            .iter()
            .find(|n| n.as_str() == w)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.trim().eq_ignore_ascii_case(w.trim()))
            })
            .cloned()
            .ok_or_else(|| SheetError::NoSuchSheet {
                path: display.to_owned(),
                sheet: w.to_owned(),
                available: names.join(", "),
            })?,
        None => metadata
            .iter()
            .find(|s| s.visible == SheetVisible::Visible)
            .map(|s| s.name.clone())
            .ok_or_else(|| SheetError::NoSheet(display.to_owned()))?,
    };
    let corners = |areas: Option<Vec<calamine::Dimensions>>| -> Vec<Region> {
        areas
            .unwrap_or_default()
            .into_iter()
            .map(|d| (d.start, d.end))
            .collect()
    };
    let merged = match &mut workbook {
        Sheets::Xlsx(x) => corners(x.worksheet_merge_cells(&name).and_then(Result::ok)),
        Sheets::Xls(x) => corners(x.worksheet_merge_cells(&name)),
        Sheets::Ods(_) => reopen()
            .map(|source| super::ods::merged_regions(source, &name))
            .unwrap_or_default(),
        Sheets::Xlsb(_) => Vec::new(),
    };
    let mut sheet = match &mut workbook {
        // xlsx: stream the cells into a sparse grid. Building calamine's dense range from a
        // damaged file whose last cell claims to be at XFD1048576 would need gigabytes.
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(&name)
                .map_err(|e| unreadable(e.to_string()))?;
            let mut cells: Vec<((u32, u32), Data)> = Vec::new();
            while let Some(cell) = reader.next_cell().map_err(|e| unreadable(e.to_string()))? {
                let (row, col) = cell.get_position();
                if col >= MAX_COLUMNS {
                    continue;
                }
                if cells.len() >= MAX_CELLS {
                    return Err(unreadable(format!(
                        "the sheet has more than {MAX_CELLS} cells"
                    )));
                }
                cells.push(((row, col), Data::from(cell.get_value().clone())));
            }
            from_cells(cells, &merged)
        }
        _ => {
            let range = workbook
                .worksheet_range(&name)
                .map_err(|e| unreadable(e.to_string()))?;
            from_range(&range, &merged)
        }
    };
    sheet.name = name;
    sheet.sheet_names = names;
    Ok(sheet)
}

/// Columns beyond this are ignored (a guest list or draw has a dozen).
const MAX_COLUMNS: u32 = 256;
/// A sheet with more cells than this is refused.
const MAX_CELLS: usize = 5_000_000;

/// Builds a sheet from sparse cells (absolute 0-based positions), rows with content only.
fn from_cells(mut cells: Vec<((u32, u32), Data)>, merged: &[Region]) -> Sheet {
    cells.sort_by_key(|(pos, _)| *pos);
    let mut sheet = Sheet::default();
    let mut index_of_row = std::collections::HashMap::new();
    let mut current: Option<u32> = None;
    for ((row, col), data) in cells {
        let value = cell(&data);
        if value == Cell::Text(String::new()) {
            continue;
        }
        if current != Some(row) {
            current = Some(row);
            index_of_row.insert(row, sheet.rows.len());
            sheet.rows.push(Vec::new());
            sheet.row_numbers.push(row as usize + 1);
        }
        if let Some(cells) = sheet.rows.last_mut() {
            if cells.len() <= col as usize {
                cells.resize(col as usize + 1, Cell::Text(String::new()));
            }
            cells[col as usize] = value;
        }
    }
    // Rows as wide as the widest, like a dense range.
    let width = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
    for row in &mut sheet.rows {
        row.resize(width, Cell::Text(String::new()));
    }
    // A merged cell shows its value across the whole region (rows that have other content).
    for &((r0, c0), (r1, c1)) in merged {
        let Some(value) = index_of_row
            .get(&r0)
            .and_then(|&i| sheet.rows.get(i))
            .and_then(|row| row.get(c0 as usize))
            .cloned()
        else {
            continue;
        };
        for r in r0..=r1.min(r0 + 10_000) {
            let Some(&i) = index_of_row.get(&r) else {
                continue;
            };
            let Some(row) = sheet.rows.get_mut(i) else {
                continue;
            };
            for c in c0..=c1.min(MAX_COLUMNS - 1) {
                if row.len() <= c as usize {
                    row.resize(c as usize + 1, Cell::Text(String::new()));
                }
                row[c as usize] = value.clone();
            }
        }
    }
    sheet
}

use super::ods::Region;

fn from_range(range: &Range<Data>, merged: &[Region]) -> Sheet {
    let (start_row, start_col) = range.start().unwrap_or((0, 0));
    let mut grid: Vec<Vec<Cell>> = range.rows().map(|r| r.iter().map(cell).collect()).collect();
    // A merged cell shows its value across the whole region.
    for &((r0, c0), (r1, c1)) in merged {
        let at = |r: u32, c: u32| {
            Some((
                usize::try_from(r.checked_sub(start_row)?).ok()?,
                usize::try_from(c.checked_sub(start_col)?).ok()?,
            ))
        };
        let Some((tr, tc)) = at(r0, c0) else { continue };
        let Some(value) = grid.get(tr).and_then(|row| row.get(tc)).cloned() else {
            continue;
        };
        for r in r0..=r1 {
            for c in c0..=c1 {
                if let Some((rr, cc)) = at(r, c)
                    && let Some(slot) = grid.get_mut(rr).and_then(|row| row.get_mut(cc))
                {
                    *slot = value.clone();
                }
            }
        }
    }
    let mut sheet = Sheet::default();
    for (i, row) in grid.into_iter().enumerate() {
        if row
            .iter()
            .all(|c| c.text().is_empty() && matches!(c, Cell::Text(_)))
        {
            continue;
        }
        sheet.rows.push(row);
        sheet.row_numbers.push(start_row as usize + i + 1);
    }
    sheet
}

/// A cell as people read it.
fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Text(String::new()),
        Data::String(s) => Cell::Text(clean(s)),
        Data::Int(i) => Cell::Text(i.to_string()),
        Data::Float(f) => Cell::Text(number_text(*f)),
        Data::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        Data::DateTime(d) => Cell::Text(excel_date_text(d.as_f64())),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.trim().to_owned()),
        Data::Error(e) => Cell::Error(format!("{e}")),
    }
}

/// Trims, and folds the non-breaking and zero-width spaces spreadsheets are full of.
fn clean(text: &str) -> String {
    text.replace(['\u{a0}', '\u{2007}', '\u{202f}'], " ")
        .replace(['\u{200b}', '\u{feff}'], "")
        .trim()
        .to_owned()
}

/// `17.0` → `17`; other numbers as the shortest text that reads back the same.
pub fn number_text(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// An Excel serial date (days since 1899-12-30) as `YYYY-MM-DD` (with ` HH:MM` if it has a time).
fn excel_date_text(serial: f64) -> String {
    let base = time::macros::date!(1899 - 12 - 30);
    let days = serial.floor();
    let Some(date) = base.checked_add(time::Duration::days(days as i64)) else {
        return number_text(serial);
    };
    let minutes = ((serial - days) * 24.0 * 60.0).round() as i64;
    if minutes == 0 {
        format!("{date}")
    } else {
        format!("{date} {:02}:{:02}", minutes / 60, minutes % 60)
    }
}

/// Parses CSV text (UTF-8, `,` or `;` — whichever the first lines use more).
pub fn read_csv(display: &str, bytes: &[u8]) -> Result<Sheet, SheetError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(SheetError::NotUtf8 {
            path: display.to_owned(),
            detail: "it is UTF-16".into(),
        });
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| SheetError::NotUtf8 {
        path: display.to_owned(),
        detail: format!("invalid byte at offset {}", e.valid_up_to()),
    })?;
    if text.contains('\0') {
        return Err(SheetError::NotUtf8 {
            path: display.to_owned(),
            detail: "it contains NUL bytes (binary data?)".into(),
        });
    }
    let sample: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    let delimiter = if sample.matches(';').count() > sample.matches(',').count() {
        ';'
    } else {
        ','
    };
    let mut sheet = Sheet::default();
    let mut line_no = 1usize;
    let mut chars = text.chars().peekable();
    let mut row: Vec<Cell> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut row_start = 1usize;
    let finish_row = |row: &mut Vec<Cell>, sheet: &mut Sheet, start: usize| {
        let cells = std::mem::take(row);
        if !cells.iter().all(|c| c.text().is_empty()) {
            sheet.rows.push(cells);
            sheet.row_numbers.push(start);
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line_no += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            c if c == delimiter => row.push(Cell::Text(clean(&std::mem::take(&mut field)))),
            '\r' => {}
            '\n' => {
                row.push(Cell::Text(clean(&std::mem::take(&mut field))));
                finish_row(&mut row, &mut sheet, row_start);
                line_no += 1;
                row_start = line_no;
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(Cell::Text(clean(&field)));
        finish_row(&mut row, &mut sheet, row_start);
    }
    Ok(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_semicolons_quotes_and_bom() {
        let text = "\u{feff}Titel;;\n\nVorname;Nachname;Tisch\n\"Anna \"\"Anni\"\"\";Müller ;17.0\nBen;\"Groß;\nKlein\";\n";
        let sheet = read_csv("x.csv", text.as_bytes()).unwrap();
        assert_eq!(sheet.row_numbers, vec![1, 3, 4, 5]);
        assert_eq!(sheet.rows[2][0].text(), "Anna \"Anni\"");
        assert_eq!(sheet.rows[2][1].text(), "Müller");
        assert_eq!(sheet.rows[3][1].text(), "Groß;\nKlein");
    }

    #[test]
    fn utf16_and_binary_are_refused() {
        assert!(matches!(
            read_csv("x.csv", &[0xFF, 0xFE, b'a', 0]),
            Err(SheetError::NotUtf8 { .. })
        ));
        assert!(matches!(
            read_csv("x.csv", &[0x89, b'P', b'N', b'G', 0, 0xFF]),
            Err(SheetError::NotUtf8 { .. })
        ));
    }

    #[test]
    fn numbers_and_dates_read_as_people_see_them() {
        assert_eq!(number_text(17.0), "17");
        assert_eq!(number_text(2.5), "2.5");
        assert_eq!(excel_date_text(46000.0), "2025-12-09");
        assert_eq!(excel_date_text(46000.5), "2025-12-09 12:00");
    }
}
