//! Reading what a damaged plan still holds, row by row, for `recover`: each batch and each event
//! is looked up on its own, so one unreadable page costs the rows on it, not the whole plan.
//! The damaged file is never written: a copy of it (with its `-wal`) is read, on a hardened
//! connection that runs no trigger and no view.

use super::{BatchKind, BatchMeta, StoreError, check_header, schema, sql_error, upcast};
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

/// One event sequence number, as far as it could be read.
#[derive(Clone, Debug)]
pub enum SalvagedEvent {
    /// Read and decoded: its batch and the (upcast) event.
    Read(u64, Event),
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
}

/// A folder that is removed with everything in it when dropped.
struct TempFolder(PathBuf);

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Reads every batch and event of the plan at `path` that can still be read. Refuses files that
/// are no seatplan plan at all (another program's database, not SQLite).
pub fn salvage(path: &Path) -> Result<Salvage, StoreError> {
    check_header(path)?;
    let folder = TempFolder(std::env::temp_dir().join(format!(
        "seatplan-recover-{}",
        uuid::Uuid::now_v7().simple()
    )));
    let io = |source| StoreError::Io {
        path: path.to_owned(),
        source,
    };
    std::fs::create_dir_all(&folder.0).map_err(io)?;
    let copy = folder.0.join("damaged.seatplan");
    std::fs::copy(path, &copy).map_err(io)?;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let wal = PathBuf::from(wal);
    if wal.is_file() {
        std::fs::copy(&wal, folder.0.join("damaged.seatplan-wal")).map_err(io)?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(&copy, flags).map_err(|e| sql_error(path, e))?;
    schema::harden(&conn, path)?;
    Ok(Salvage {
        meta: read_meta(&conn),
        batches: read_batches(&conn),
        events: read_events(&conn),
    })
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

/// The highest number in a column, if it can be read.
fn highest(conn: &Connection, sql: &str) -> Option<u64> {
    conn.query_row(sql, [], |r| r.get::<_, Option<i64>>(0))
        .ok()
        .flatten()
        .and_then(|n| u64::try_from(n).ok())
}

/// Guards against a damaged "highest number" that would mean looking up billions of rows.
const MOST_ROWS: u64 = 50_000_000;

fn read_batches(conn: &Connection) -> Vec<SalvagedBatch> {
    let top = highest(conn, "SELECT max(batch) FROM batches")
        .max(highest(conn, "SELECT max(batch) FROM events"))
        .unwrap_or(0)
        .min(MOST_ROWS);
    let Ok(mut stmt) =
        conn.prepare("SELECT kind, at, by, description FROM batches WHERE batch = ?1")
    else {
        return vec![SalvagedBatch::Unreadable(t!("recover-table-unreadable")); top as usize];
    };
    (1..=top)
        .map(|batch| {
            let row = stmt
                .query_row(params![batch as i64], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
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
    let top = highest(conn, "SELECT max(seq) FROM events")
        .unwrap_or(0)
        .min(MOST_ROWS);
    let Ok(mut stmt) = conn.prepare(
        "SELECT batch, event_type, schema_version, CAST(payload AS TEXT) FROM events WHERE seq = ?1",
    ) else {
        return vec![SalvagedEvent::Lost(t!("recover-table-unreadable")); top as usize];
    };
    (1..=top)
        .map(|seq| {
            let row = stmt
                .query_row(params![seq as i64], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                })
                .optional();
            match row {
                Ok(Some((batch, kind, version, payload))) => {
                    let batch = u64::try_from(batch).unwrap_or(0);
                    let version = u32::try_from(version).unwrap_or(0);
                    match upcast::decode(&kind, version, &payload) {
                        Ok(event) => SalvagedEvent::Read(batch, event),
                        Err(e) => SalvagedEvent::Undecodable(batch, e.to_string()),
                    }
                }
                Ok(None) => SalvagedEvent::Lost(t!("recover-event-missing")),
                Err(e) => SalvagedEvent::Lost(e.to_string()),
            }
        })
        .collect()
}
