//! Reading what a damaged plan still holds, row by row, for `recover`: each batch and each event
//! is looked up on its own, so one unreadable page costs the rows on it, not the whole plan.
//! The damaged file is never written: a copy of it (with its `-wal`) is read, on a hardened
//! connection that runs no trigger and no view.

use super::{BatchKind, BatchMeta, StoreError, check_header_of, schema, sql_error, upcast};
use crate::domain::Event;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use seatplan_i18n::t;
use std::path::{Path, PathBuf};

/// One batch number's record, as far as it could be read.
#[derive(Clone, Debug)]
pub enum SalvagedBatch {
    /// Read whole.
    Read(BatchMeta),
    /// No row for the number (rows are never deleted: lost).
    Missing,
    /// The row could not be read; why.
    Unreadable(String),
}

/// An event row that could be read and decoded.
#[derive(Clone, Debug)]
pub struct SalvagedRow {
    /// The batch it belongs to.
    pub batch: u64,
    /// The (upcast) event.
    pub event: Event,
    /// Its unique id, kept in the rescued plan.
    pub id: Option<uuid::Uuid>,
    /// When and by whom (the batch's, repeated on each event row).
    pub at: String,
    /// See `at`.
    pub by: String,
}

/// One event sequence number, as far as it could be read.
#[derive(Clone, Debug)]
pub enum SalvagedEvent {
    /// Read and decoded.
    Read(SalvagedRow),
    /// Its row could be read (so its batch is known) but not decoded; why.
    Undecodable(u64, String),
    /// No row, or an unreadable one; why.
    Lost(String),
}

/// Everything `salvage` could read.
#[derive(Clone, Debug, Default)]
pub struct Salvage {
    /// The `meta` table's rows that could be read.
    pub meta: Vec<(String, String)>,
    /// Batches 1, 2, 3, … up to the highest number found.
    pub batches: Vec<SalvagedBatch>,
    /// Events 1, 2, 3, … up to the highest sequence number found.
    pub events: Vec<SalvagedEvent>,
    /// The stamps of layout 2 that could be read, by batch number (empty for layout 1).
    pub stamps: std::collections::HashMap<u64, super::BatchStamp>,
    /// The `-wal` beside the file would have taken actions back (see [`super::wal`]): the file
    /// was read alone.
    pub wal_left_aside: bool,
}

/// A folder that is removed with everything in it when dropped.
#[derive(Debug)]
pub(super) struct TempFolder(PathBuf);

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A new, empty private folder in the temporary folder, for copies of `path` made for
/// `purpose`; errors name `path`.
pub(super) fn new_temp_folder(purpose: &str, path: &Path) -> Result<TempFolder, StoreError> {
    let folder = TempFolder(std::env::temp_dir().join(format!(
        "seatplan-{purpose}-{}",
        uuid::Uuid::now_v7().simple()
    )));
    std::fs::create_dir_all(&folder.0).map_err(|source| StoreError::Io {
        path: path.to_owned(),
        source,
    })?;
    Ok(folder)
}

impl TempFolder {
    /// Copies the plan at `path` into this folder as `name` — with its `-wal` (changes not yet
    /// folded in) when `with_wal` — and returns the copy's path. The original is only read.
    pub(super) fn copy_in(
        &self,
        path: &Path,
        name: &str,
        with_wal: bool,
    ) -> Result<PathBuf, StoreError> {
        let io = |source| StoreError::Io {
            path: path.to_owned(),
            source,
        };
        let copy = self.0.join(name);
        std::fs::copy(path, &copy).map_err(io)?;
        let wal = super::wal::wal_path(path);
        let wal_copy = super::wal::wal_path(&copy);
        if with_wal && wal.is_file() {
            std::fs::copy(&wal, &wal_copy).map_err(io)?;
        }
        // A copy keeps the original's permissions: one from a read-only share or medium must
        // still be opened (and its `-wal` folded in) like any plan.
        for file in [&copy, &wal_copy] {
            if let Ok(meta) = std::fs::metadata(file) {
                let mut permissions = meta.permissions();
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    permissions.set_mode(permissions.mode() | 0o600);
                }
                // Not Unix: the read-only attribute is all there is to clear (no world-writable
                // bits).
                #[cfg(not(unix))]
                #[allow(clippy::permissions_set_readonly_false)]
                permissions.set_readonly(false);
                std::fs::set_permissions(file, permissions).map_err(io)?;
            }
        }
        Ok(copy)
    }
}

/// Copies a plan file and its `-wal` (changes not yet folded in) into a new temporary folder,
/// removed when the returned guard drops; the original is only read.
pub(super) fn copy_aside(path: &Path, purpose: &str) -> Result<(TempFolder, PathBuf), StoreError> {
    let folder = new_temp_folder(purpose, path)?;
    let copy = folder.copy_in(path, "copy.seatplan", true)?;
    Ok((folder, copy))
}

/// Reads every batch and event of the plan at `path` that can still be read. Refuses files that
/// are no seatplan plan at all (another program's database, not SQLite).
pub fn salvage(path: &Path) -> Result<Salvage, StoreError> {
    check_header_of(path, false)?;
    // A `-wal` that would take actions back from the file (stale, cut short, from another
    // moment) is left aside: the file alone holds the longer history.
    let wal_left_aside = super::wal::wal_takes_back(path);
    let folder = new_temp_folder("recover", path)?;
    let copy = folder.copy_in(path, "copy.seatplan", !wal_left_aside)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(&copy, flags).map_err(|e| sql_error(path, e))?;
    // Hardened (no trigger, no view runs), but as forgiving as SQLite gets of damage: on this
    // copy a malformed schema row is passed over (`writable_schema`, which needs defensive mode
    // off) and a page with one bad cell still gives its good ones (no `cell_size_check`).
    schema::harden(&conn, path)?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, false)
        .map_err(|e| sql_error(path, e))?;
    conn.execute_batch("PRAGMA cell_size_check = OFF; PRAGMA writable_schema = ON;")
        .map_err(|e| sql_error(path, e))?;
    Ok(Salvage {
        meta: read_meta(&conn),
        batches: read_batches(&conn),
        events: read_events(&conn),
        stamps: read_stamps(&conn),
        wal_left_aside,
    })
}

/// The `stamps` rows that can be read (layout 2): a rescued plan keeps its actions' global ids,
/// so it still merges with the other copies.
fn read_stamps(conn: &Connection) -> std::collections::HashMap<u64, super::BatchStamp> {
    let top = highest_row(conn, "stamps");
    let Ok(mut stmt) = conn.prepare("SELECT * FROM stamps WHERE rowid = ?1") else {
        return std::collections::HashMap::new();
    };
    (1..=top)
        .filter_map(|batch| {
            let stamp = stmt
                .query_row(params![batch as i64], |r| {
                    Ok(super::BatchStamp {
                        id: text_at(r, 1)?,
                        clock: number_at(r, 2)?,
                        origin: text_at(r, 3)?,
                        after: super::stamp::split_after(&text_at(r, 4).unwrap_or_default()),
                    })
                })
                .ok()?;
            (!stamp.id.is_empty()).then_some((batch, stamp))
        })
        .collect()
}

fn read_meta(conn: &Connection) -> Vec<(String, String)> {
    let Ok(mut stmt) = conn.prepare("SELECT key, value FROM meta") else {
        return Vec::new();
    };
    let Ok(mut rows) = stmt.query([]) else {
        return Vec::new();
    };
    let mut meta = Vec::new();
    while let Ok(Some(row)) = rows.next() {
        if let (Ok(key), Ok(value)) = (row.get::<_, String>(0), row.get::<_, String>(1)) {
            meta.push((key, value));
        }
    }
    meta
}

/// How many consecutive row numbers may be missing or unreadable before a probe for the last
/// row stops (a damaged last page hides `max(rowid)`; rows are looked for one by one instead).
const PROBE_GAP: u64 = 20_000;

/// Guards against a damaged "highest number" that would mean looking up billions of rows.
const MOST_ROWS: u64 = 50_000_000;

/// The highest row number of `table`: `max(rowid)` when it can be read, else found by looking
/// up row after row until [`PROBE_GAP`] in a row are missing.
fn highest_row(conn: &Connection, table: &str) -> u64 {
    let max = conn
        .query_row(&format!("SELECT max(rowid) FROM {table}"), [], |r| {
            r.get::<_, Option<i64>>(0)
        })
        .ok()
        .flatten()
        .and_then(|n| u64::try_from(n).ok());
    if let Some(max) = max {
        return max.min(MOST_ROWS);
    }
    let Ok(mut stmt) = conn.prepare(&format!("SELECT 1 FROM {table} WHERE rowid = ?1")) else {
        return 0;
    };
    let (mut last, mut row) = (0, 1);
    while row - last <= PROBE_GAP && row <= MOST_ROWS {
        if let Ok(Some(_)) = stmt
            .query_row(params![row as i64], |r| r.get::<_, i64>(0))
            .optional()
        {
            last = row;
        }
        row += 1;
    }
    last
}

/// A column of a row read by position, as text (a number or a blob as its text too).
fn text_at(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<String> {
    use rusqlite::types::ValueRef;
    Ok(match row.get_ref(index)? {
        ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Integer(n) => n.to_string(),
        ValueRef::Real(x) => x.to_string(),
        ValueRef::Null => String::new(),
    })
}

/// A column of a row read by position, as a whole number.
fn number_at(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<i64> {
    use rusqlite::types::ValueRef;
    match row.get_ref(index)? {
        ValueRef::Integer(n) => Ok(n),
        other => text_at(row, index)?.trim().parse().map_err(|_| {
            rusqlite::Error::InvalidColumnType(index, format!("{other:?}"), other.data_type())
        }),
    }
}

// Rows are read by rowid and their columns by position (batch, kind, at, by, description;
// seq, event_id, batch, event_type, schema_version, at, by, payload): a renamed column or a
// changed type does not hide them.

fn read_batches(conn: &Connection) -> Vec<SalvagedBatch> {
    let top = highest_row(conn, "batches");
    let Ok(mut stmt) = conn.prepare("SELECT * FROM batches WHERE rowid = ?1") else {
        return vec![SalvagedBatch::Unreadable(t!("recover-table-unreadable")); top as usize];
    };
    (1..=top)
        .map(|batch| {
            let row = stmt
                .query_row(params![batch as i64], |r| {
                    Ok((
                        text_at(r, 1)?,
                        text_at(r, 2)?,
                        text_at(r, 3)?,
                        text_at(r, 4)?,
                    ))
                })
                .optional();
            match row {
                Ok(Some((kind, at, by, description))) => match BatchKind::parse(&kind) {
                    Some(kind) => SalvagedBatch::Read(BatchMeta {
                        kind,
                        at,
                        by,
                        description,
                    }),
                    None => SalvagedBatch::Unreadable(t!("recover-unknown-kind", kind = kind)),
                },
                Ok(None) => SalvagedBatch::Missing,
                Err(e) => SalvagedBatch::Unreadable(e.to_string()),
            }
        })
        .collect()
}

fn read_events(conn: &Connection) -> Vec<SalvagedEvent> {
    let top = highest_row(conn, "events");
    let Ok(mut stmt) = conn.prepare("SELECT * FROM events WHERE rowid = ?1") else {
        return vec![SalvagedEvent::Lost(t!("recover-table-unreadable")); top as usize];
    };
    (1..=top)
        .map(|seq| {
            let row = stmt
                .query_row(params![seq as i64], |r| {
                    Ok((
                        text_at(r, 1)?,
                        number_at(r, 2)?,
                        text_at(r, 3)?,
                        number_at(r, 4)?,
                        text_at(r, 5)?,
                        text_at(r, 6)?,
                        text_at(r, 7)?,
                    ))
                })
                .optional();
            match row {
                Ok(Some((id, batch, kind, version, at, by, payload))) => {
                    let batch = u64::try_from(batch).unwrap_or(0);
                    let version = u32::try_from(version).unwrap_or(0);
                    match upcast::decode(&kind, version, &payload) {
                        Ok(event) => SalvagedEvent::Read(SalvagedRow {
                            batch,
                            event,
                            id: uuid::Uuid::parse_str(&id).ok(),
                            at,
                            by,
                        }),
                        Err(e) => SalvagedEvent::Undecodable(batch, e.to_string()),
                    }
                }
                Ok(None) => SalvagedEvent::Lost(t!("recover-event-missing")),
                Err(e) => SalvagedEvent::Lost(e.to_string()),
            }
        })
        .collect()
}
