//! Reading a spreadsheet (xlsx, xls, ods via calamine; csv) into rows of text as a person sees
//! them: trimmed, whole numbers without ".0", merged cells filled, formulas as their cached values.

use calamine::{Data, Range, Reader, SheetVisible, Sheets, open_workbook_auto};
use seatplan_i18n::t;
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
    #[error("{}", t!("err-sheet-unsupported", path = .0))]
    Unsupported(String),
    /// The workbook could not be parsed.
    #[error("{}", t!("err-sheet-unreadable", path = .path, detail = .detail))]
    Unreadable {
        /// The file.
        path: String,
        /// What the reader said.
        detail: String,
    },
    /// No sheet with that name.
    #[error("{}", t!("err-sheet-no-such-sheet", path = .path, sheet = .sheet, available = .available))]
    NoSuchSheet {
        /// The file.
        path: String,
        /// The name asked for.
        sheet: String,
        /// The names there are.
        available: String,
    },
    /// No visible sheet at all.
    #[error("{}", t!("err-sheet-no-sheet", path = .0))]
    NoSheet(String),
    /// What the reading child process reported (its message, unchanged).
    #[error("{0}")]
    Reader(String),
    /// A CSV that is not text at all.
    #[error("{}", t!("err-sheet-not-text", path = .path, detail = .detail))]
    NotUtf8 {
        /// The file.
        path: String,
        /// Details.
        detail: String,
    },
    /// The file does not exist.
    #[error("{}", t!("err-sheet-not-found", path = .0))]
    NotFound(String),
    /// A folder, a pipe, a device: nothing to read a sheet from (and a pipe would never end).
    #[error("{}", t!("err-sheet-not-a-file", path = .path, what = .what.label()))]
    NotAFile {
        /// The path.
        path: String,
        /// A folder, a named pipe (FIFO), a device…
        what: FileKind,
    },
    /// Far larger than any guest list or draw.
    #[error("{}", t!("err-sheet-too-large", path = .path, size = .size_mb, max = .max_mb))]
    TooLarge {
        /// The file.
        path: String,
        /// Its size in MB (rounded up).
        size_mb: u64,
        /// The limit in MB.
        max_mb: u64,
    },
    /// A workbook that is password-protected (an encrypted OLE container named .xlsx).
    #[error("{}", t!("err-sheet-encrypted", path = .0))]
    Encrypted(String),
}

/// One cell as text, or a spreadsheet error value (`#DIV/0!`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    /// Text as displayed (may be empty).
    Text(String),
    /// A formula error such as `#DIV/0!`.
    Error(String),
    /// A formula saved without its value (written by a program that does not calculate, such as
    /// openpyxl): what it shows is unknown until Excel or LibreOffice saves the file.
    Formula(String),
    /// A date or time cell, as `YYYY-MM-DD` (with ` HH:MM`): the same text a person sees, kept
    /// apart so that an import can tell that Excel turned a typed name ("1-5") into a date.
    Date(String),
}

impl Cell {
    /// The text as shown: `""` for errors and formulas without a value.
    pub fn text(&self) -> &str {
        match self {
            Cell::Text(t) | Cell::Date(t) => t,
            Cell::Error(_) | Cell::Formula(_) => "",
        }
    }

    /// Whether the cell shows nothing and hides nothing (no error, no unsaved formula).
    pub fn is_blank(&self) -> bool {
        matches!(self, Cell::Text(t) if t.is_empty())
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
    /// The text encoding a CSV was read in, when it was not UTF-8 ("Windows-1252"), for the
    /// preview to name.
    #[serde(default)]
    pub encoding: Option<String>,
    /// Columns that were left out because they were empty in every row (only for sheets wider
    /// than [`DENSE_COLUMNS`]): the 1-based sheet column of each kept column. Empty: columns are
    /// the sheet's own.
    #[serde(default)]
    pub column_numbers: Vec<usize>,
}

/// Reads `path`; `sheet` picks a sheet by name, else the first visible one.
pub fn read_sheet(path: &Path, sheet: Option<&str>) -> Result<Sheet, SheetError> {
    let display = path.display().to_string();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = read_capped(path, &display)?;
            read_csv(&display, &bytes)
        }
        "xlsx" | "xlsm" | "xls" | "ods" | "xlsb" => {
            check_input(path, &display)?;
            if matches!(ext.as_str(), "xlsx" | "xlsm") && starts_with(path, &OLE_MAGIC) {
                return Err(if is_encrypted_package(path) {
                    SheetError::Encrypted(display)
                } else {
                    SheetError::Unreadable {
                        path: display,
                        detail: "it is an old-style Excel file (.xls) named .xlsx; rename it to .xls, or save it again as .xlsx".into(),
                    }
                });
            }
            read_workbook(path, &display, sheet)
        }
        _ => Err(SheetError::Unsupported(display)),
    }
}

/// The largest spreadsheet read: a guest list of 20,000 rows is about 2 MB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The first bytes of an OLE compound file: an `.xls`, or an encrypted (password-protected)
/// `.xlsx`, which Excel stores in such a container.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Refuses what cannot be a spreadsheet before anything opens it: a missing path, a folder, a
/// pipe or device (opening a FIFO would wait forever), or a file far too large. Only `stat`.
pub fn check_input(path: &Path, display: &str) -> Result<u64, SheetError> {
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(SheetError::NotFound(display.to_owned()));
        }
        Err(source) => {
            return Err(SheetError::Io {
                path: display.to_owned(),
                source,
            });
        }
    };
    if metadata.is_dir() {
        return Err(SheetError::NotAFile {
            path: display.to_owned(),
            what: FileKind::Folder,
        });
    }
    if !metadata.is_file() {
        return Err(SheetError::NotAFile {
            path: display.to_owned(),
            what: special_file_kind(&metadata),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(display, metadata.len()));
    }
    Ok(metadata.len())
}

fn too_large(display: &str, size: u64) -> SheetError {
    SheetError::TooLarge {
        path: display.to_owned(),
        size_mb: size.div_ceil(1024 * 1024),
        max_mb: MAX_FILE_BYTES / (1024 * 1024),
    }
}

/// What a path that is not a regular file is, for messages that refuse it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Folder,
    /// A named pipe (reading it would wait forever).
    Pipe,
    /// A socket.
    Socket,
    /// A block or character device.
    Device,
    /// A symbolic link that leads to no file.
    DanglingLink,
    /// Anything else that is not a regular file.
    Other,
}

impl FileKind {
    /// "a folder", "a named pipe (FIFO)", … in the current language.
    pub fn label(self) -> String {
        match self {
            FileKind::Folder => t!("file-kind-folder"),
            FileKind::Pipe => t!("file-kind-pipe"),
            FileKind::Socket => t!("file-kind-socket"),
            FileKind::Device => t!("file-kind-device"),
            FileKind::DanglingLink => t!("file-kind-dangling-link"),
            FileKind::Other => t!("file-kind-other"),
        }
    }
}

/// A named pipe, a device, … for a path that is neither a file nor a folder.
pub fn special_file_kind(metadata: &std::fs::Metadata) -> FileKind {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = metadata.file_type();
        if kind.is_fifo() {
            return FileKind::Pipe;
        }
        if kind.is_socket() {
            return FileKind::Socket;
        }
        if kind.is_block_device() || kind.is_char_device() {
            return FileKind::Device;
        }
    }
    let _ = metadata;
    FileKind::Other
}

/// Reads a checked file whole, but never more than [`MAX_FILE_BYTES`] (a file that grows while
/// it is read is cut off and refused).
fn read_capped(path: &Path, display: &str) -> Result<Vec<u8>, SheetError> {
    use std::io::Read;
    let size = check_input(path, display)?;
    let io = |source| SheetError::Io {
        path: display.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(display, bytes.len() as u64));
    }
    Ok(bytes)
}

/// Whether an OLE compound file holds Excel's encrypted package (a password-protected `.xlsx`):
/// its directory names the stream "EncryptedPackage" (UTF-16).
fn is_encrypted_package(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// Whether the file's first bytes are `magic` (false when it cannot be read).
fn starts_with(path: &Path, magic: &[u8]) -> bool {
    use std::io::Read;
    let mut head = vec![0u8; magic.len()];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && head == magic
}

/// How to start a child process that reads one workbook: `program args… FILE [--sheet NAME]`
/// must print [`read_workbook_here`]'s result as JSON (`Result<Sheet, String>`) on stdout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildReader {
    /// The executable (the front end's own).
    pub program: std::path::PathBuf,
    /// Arguments before the file (the front end's hidden subcommand).
    pub args: Vec<std::ffi::OsString>,
}

/// The child reader, when a front end has set one.
static HELPER: std::sync::OnceLock<ChildReader> = std::sync::OnceLock::new();

/// Front ends call this with a command of their own: workbooks (xlsx, xls, ods) are then read by
/// a child process under a memory limit where the OS has one, so a damaged file that makes the
/// reader run out of memory or crash ends only the child. Without it (in tests of the library),
/// workbooks are read in-process.
pub fn read_workbooks_in(reader: ChildReader) {
    let _ = HELPER.set(reader);
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
    helper: &ChildReader,
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
            .arg(&helper.program);
        c
    } else {
        std::process::Command::new(&helper.program)
    };
    command.args(&helper.args).arg(path);
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
            detail: reader_detail(&e.to_string()),
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
                    detail: reader_detail(&e.to_string()),
                }
            })?;
        read_from(workbook, display, wanted, || {
            Some(std::io::Cursor::new(bytes))
        })
    })
}

/// What calamine's message means for a person: its zip and XML jargon ("Could not find EOCD")
/// says the container is damaged or is no workbook at all.
fn reader_detail(message: &str) -> String {
    let lower = message.to_lowercase();
    if lower.contains("zip") || lower.contains("eocd") || lower.contains("central directory") {
        "the file is damaged or incomplete (its zip container cannot be read) — open it in Excel or LibreOffice and save it again".to_owned()
    } else if lower.contains("cfb") || lower.contains("ole") {
        "the file is damaged, or not an Excel workbook of the kind its name says".to_owned()
    } else if lower.contains("xml") {
        format!("the file is damaged (its content cannot be parsed: {message})")
    } else {
        message.to_owned()
    }
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
                .map_err(|e| unreadable(reader_detail(&e.to_string())))?;
            let mut cells: Vec<PlacedCell> = Vec::new();
            // Cells that show something.
            let mut valued = std::collections::HashSet::new();
            while let Some(c) = reader
                .next_cell()
                .map_err(|e| unreadable(reader_detail(&e.to_string())))?
            {
                if cells.len() >= MAX_CELLS {
                    return Err(unreadable(format!(
                        "the sheet has more than {MAX_CELLS} cells"
                    )));
                }
                let value = cell(&Data::from(c.get_value().clone()));
                if !value.is_blank() {
                    valued.insert(c.get_position());
                }
                cells.push((c.get_position(), value));
            }
            drop(reader);
            // Formulas stored without their value (openpyxl writes no values) read as empty:
            // mark them, so that an import names the cell instead of losing its content.
            let unsaved = formulas_without_value(xlsx, &name, &valued)
                .map_err(|e| unreadable(reader_detail(&e.to_string())))?;
            cells.extend(unsaved);
            from_cells(cells, &merged)
        }
        _ => {
            let range = workbook
                .worksheet_range(&name)
                .map_err(|e| unreadable(reader_detail(&e.to_string())))?;
            from_range(&range, &merged)
        }
    };
    sheet.name = name;
    sheet.sheet_names = names;
    Ok(sheet)
}

/// A cell at its absolute (row, column), both 0-based.
type PlacedCell = ((u32, u32), Cell);

/// The cells of an xlsx sheet that hold a formula but no saved value, as [`Cell::Formula`].
fn formulas_without_value<RS: std::io::Read + std::io::Seek>(
    xlsx: &mut calamine::Xlsx<RS>,
    name: &str,
    valued: &std::collections::HashSet<(u32, u32)>,
) -> Result<Vec<PlacedCell>, calamine::XlsxError> {
    let mut reader = xlsx.worksheet_cells_reader(name)?;
    let mut out = Vec::new();
    while let Some(f) = reader.next_formula()? {
        let formula = f.get_value();
        // An empty saved text and an unsaved value look alike here; a formula that can give an
        // empty text on purpose (`IF(A2="","",A2)`, common in templates) is taken as saved.
        let may_be_empty = formula.contains("\"\"");
        if !formula.is_empty() && !may_be_empty && !valued.contains(&f.get_position()) {
            out.push((f.get_position(), Cell::Formula(format!("={formula}"))));
        }
    }
    Ok(out)
}

/// Sheets up to this many columns keep every column (even empty ones) at its own index.
pub const DENSE_COLUMNS: usize = 256;
/// A sheet with more cells than this is refused.
const MAX_CELLS: usize = 5_000_000;

/// Builds a sheet from sparse cells (absolute 0-based positions), rows with content only.
/// Every column is read; a sheet wider than [`DENSE_COLUMNS`] drops the columns that are empty
/// in every row (and says which columns it kept in [`Sheet::column_numbers`]).
fn from_cells(mut cells: Vec<PlacedCell>, merged: &[Region]) -> Sheet {
    cells.retain(|(_, c)| !c.is_blank());
    // A merged cell shows its value across the whole region.
    let mut filled = Vec::new();
    if !merged.is_empty() {
        let at: std::collections::HashMap<(u32, u32), &Cell> =
            cells.iter().map(|(pos, c)| (*pos, c)).collect();
        let rows: std::collections::BTreeSet<u32> = cells.iter().map(|((r, _), _)| *r).collect();
        for &((a0, b0), (a1, b1)) in merged {
            // A damaged file may give the corners the wrong way round.
            let (r0, r1, c0, c1) = (a0.min(a1), a0.max(a1), b0.min(b1), b0.max(b1));
            let Some(value) = at.get(&(r0, c0)) else {
                continue;
            };
            // Only rows that have other content, and never more than the sheet's real width.
            for &r in rows.range(r0..=r1.min(r0.saturating_add(10_000))) {
                for c in c0..=c1.min(c0.saturating_add(1_000)) {
                    if (r, c) != (r0, c0) {
                        filled.push(((r, c), (*value).clone()));
                    }
                }
            }
        }
    }
    cells.extend(filled);
    cells.sort_by_key(|(pos, _)| *pos);
    cells.dedup_by_key(|(pos, _)| *pos);
    // The columns in use: all of them up to the widest, or only those with content.
    let width = cells
        .iter()
        .map(|((_, c), _)| *c as usize + 1)
        .max()
        .unwrap_or(0);
    let mut sheet = Sheet::default();
    let column_of: Box<dyn Fn(u32) -> usize> = if width > DENSE_COLUMNS {
        let used: std::collections::BTreeSet<u32> = cells.iter().map(|((_, c), _)| *c).collect();
        sheet.column_numbers = used.iter().map(|c| *c as usize + 1).collect();
        let index: std::collections::HashMap<u32, usize> =
            used.iter().enumerate().map(|(i, c)| (*c, i)).collect();
        Box::new(move |c| index.get(&c).copied().unwrap_or(0))
    } else {
        Box::new(|c| c as usize)
    };
    let columns = if sheet.column_numbers.is_empty() {
        width
    } else {
        sheet.column_numbers.len()
    };
    let mut current: Option<u32> = None;
    for ((row, col), value) in cells {
        if current != Some(row) {
            current = Some(row);
            sheet.rows.push(vec![Cell::Text(String::new()); columns]);
            sheet.row_numbers.push(row as usize + 1);
        }
        if let Some(slot) = sheet
            .rows
            .last_mut()
            .and_then(|cells| cells.get_mut(column_of(col)))
        {
            *slot = value;
        }
    }
    sheet
}

use super::ods::Region;

fn from_range(range: &Range<Data>, merged: &[Region]) -> Sheet {
    let (start_row, start_col) = range.start().unwrap_or((0, 0));
    let cells = range
        .cells()
        .filter(|(_, _, data)| !matches!(data, Data::Empty))
        .map(|(r, c, data)| ((start_row + r as u32, start_col + c as u32), cell(data)))
        .collect();
    from_cells(cells, merged)
}

/// A cell as people read it.
fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Text(String::new()),
        Data::String(s) => Cell::Text(clean(s)),
        Data::Int(i) => Cell::Text(i.to_string()),
        Data::Float(f) => Cell::Text(number_text(*f)),
        Data::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        Data::DateTime(d) => Cell::Date(excel_date_text(d.as_f64())),
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

/// Parses a CSV file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or — what German
/// Excel writes by default — a legacy encoding such as Windows-1252, detected from the bytes and
/// named in [`Sheet::encoding`]. Separator `,`, `;` or tab, whichever the first lines use most.
/// Row numbers are the spreadsheet's: a line break inside a quoted cell does not start a row.
pub fn read_csv(display: &str, bytes: &[u8]) -> Result<Sheet, SheetError> {
    let (text, encoding) = decode_text(display, bytes)?;
    let delimiter = guess_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet {
        encoding,
        ..Sheet::default()
    };
    let mut record = csv::StringRecord::new();
    // Line breaks inside quoted cells so far: the spreadsheet row is the line minus these.
    let mut breaks_in_cells = 0u64;
    let (mut lines_before, mut counted_to) = (0u64, 0usize);
    let mut cells_read = 0usize;
    loop {
        let more = reader
            .read_record(&mut record)
            .map_err(|e| SheetError::Unreadable {
                path: display.to_owned(),
                detail: e.to_string(),
            })?;
        if !more {
            break;
        }
        // The line where the record starts, counted from its byte offset (the reader's own line
        // count leaves out empty lines, which a spreadsheet shows as rows).
        let start = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX))
            .min(text.len());
        // The reader's position is where it began reading: before the empty lines it skipped.
        let start = start
            + text.as_bytes()[start..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        lines_before += line_breaks(&text.as_bytes()[counted_to.min(start)..start]);
        counted_to = start;
        let line = lines_before + 1;
        let row = usize::try_from(line.saturating_sub(breaks_in_cells)).unwrap_or(usize::MAX);
        breaks_in_cells += record
            .iter()
            .map(|field| line_breaks(field.as_bytes()))
            .sum::<u64>();
        cells_read += record.len();
        if cells_read > MAX_CELLS {
            return Err(SheetError::Unreadable {
                path: display.to_owned(),
                detail: format!("the file has more than {MAX_CELLS} cells"),
            });
        }
        let cells: Vec<Cell> = record.iter().map(|f| Cell::Text(clean(f))).collect();
        if cells.iter().all(Cell::is_blank) {
            continue;
        }
        sheet.rows.push(cells);
        sheet.row_numbers.push(row);
    }
    // Rows as wide as the widest, like a workbook's.
    let width = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
    for row in &mut sheet.rows {
        row.resize(width, Cell::Text(String::new()));
    }
    Ok(sheet)
}

/// Line breaks in `bytes`: CRLF, LF and a lone CR (old Mac files) each count once.
fn line_breaks(bytes: &[u8]) -> u64 {
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

/// The text of a CSV file and, when it was not UTF-8, the name of the encoding it was read in.
fn decode_text<'a>(
    display: &str,
    bytes: &'a [u8],
) -> Result<(std::borrow::Cow<'a, str>, Option<String>), SheetError> {
    let not_text = |detail: &str| SheetError::NotUtf8 {
        path: display.to_owned(),
        detail: detail.to_owned(),
    };
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(not_text(&format!(
                "it starts like {} text but has invalid bytes",
                encoding.name()
            )));
        }
        check_no_nul(&text, display)?;
        let name = (encoding != encoding_rs::UTF_8).then(|| encoding_label(encoding));
        return Ok((text, name));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        check_no_nul(text, display)?;
        return Ok((std::borrow::Cow::Borrowed(text), None));
    }
    if bytes.contains(&0) {
        return Err(not_text("it contains NUL bytes (binary data?)"));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    // German Excel's "CSV (Trennzeichen-getrennt)" is Windows-1252; the detector confirms it or
    // finds the legacy encoding the bytes fit better.
    let encoding = detector.guess(Some(b"de"), true);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(not_text("its bytes fit no known text encoding"));
    }
    Ok((
        std::borrow::Cow::Owned(text.into_owned()),
        Some(encoding_label(encoding)),
    ))
}

/// "Windows-1252", "UTF-16LE", "ISO-8859-2"… as people write them.
fn encoding_label(encoding: &'static encoding_rs::Encoding) -> String {
    let name = encoding.name();
    match name.strip_prefix("windows-") {
        Some(number) => format!("Windows-{number}"),
        None => name.to_owned(),
    }
}

fn check_no_nul(text: &str, display: &str) -> Result<(), SheetError> {
    if text.contains('\0') {
        return Err(SheetError::NotUtf8 {
            path: display.to_owned(),
            detail: "it contains NUL bytes (binary data?)".into(),
        });
    }
    Ok(())
}

/// `;` (German Excel), tab (copied from a spreadsheet, "Text (Tab delimited)") or `,`: whichever
/// the first 20 lines hold most often outside quotes.
fn guess_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.lines().take(20).flat_map(str::chars) {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 2 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
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
    fn binary_is_refused_and_utf16_is_read() {
        assert!(matches!(
            read_csv("x.csv", &[0x89, b'P', b'N', b'G', 0, 0xFF]),
            Err(SheetError::NotUtf8 { .. })
        ));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "Name;Tisch\r\nJürgen;7\r\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let sheet = read_csv("x.csv", &utf16).unwrap();
        assert_eq!(sheet.rows[1][0].text(), "Jürgen");
        assert_eq!(sheet.encoding.as_deref(), Some("UTF-16LE"));
    }

    #[test]
    fn german_excel_csv_is_read_as_windows_1252() {
        // "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF.
        let bytes = b"Vorname;Nachname;Abteilung\r\nJ\xfcrgen;Gro\xdf;Vertrieb\r\n\xd6zlem;\xc4rger;Einkauf\r\n";
        let sheet = read_csv("gaeste.csv", bytes).unwrap();
        assert_eq!(sheet.encoding.as_deref(), Some("Windows-1252"));
        assert_eq!(sheet.rows[1][0].text(), "Jürgen");
        assert_eq!(sheet.rows[1][1].text(), "Groß");
        assert_eq!(sheet.rows[2][1].text(), "Ärger");
    }

    #[test]
    fn old_mac_line_ends_count_as_rows() {
        let sheet = read_csv("x.csv", b"Name,Notes\rAnna,x\r\rBen,y\r").unwrap();
        assert_eq!(sheet.row_numbers, vec![1, 2, 4]);
    }

    #[test]
    fn tabs_separate_when_the_file_uses_tabs() {
        let sheet = read_csv("x.csv", b"First name\tLast name\nAnna\tWeber, Dr.\n").unwrap();
        assert_eq!(sheet.rows[1][1].text(), "Weber, Dr.");
    }

    #[test]
    fn rows_after_a_multi_line_cell_keep_the_spreadsheets_numbers() {
        let text = "Name,Notes\nAnna,\"two\nlines\"\n\nBen,x\n";
        let sheet = read_csv("x.csv", text.as_bytes()).unwrap();
        // Spreadsheet rows: 1 header, 2 Anna (one cell of two lines), 3 empty, 4 Ben.
        assert_eq!(sheet.row_numbers, vec![1, 2, 4]);
    }

    #[test]
    fn numbers_and_dates_read_as_people_see_them() {
        assert_eq!(number_text(17.0), "17");
        assert_eq!(number_text(2.5), "2.5");
        assert_eq!(excel_date_text(46000.0), "2025-12-09");
        assert_eq!(excel_date_text(46000.5), "2025-12-09 12:00");
    }
}
