//! The plan file and its `-wal`.
//!
//! - **Every copy is whole.** SQLite's write-ahead log keeps a transaction in `-wal` until a
//!   checkpoint folds it into the main file, so a byte copy of the main file alone (made by a
//!   file manager while the window is open) would miss every action since. Before the user is
//!   told that an action is saved, the log is folded into the file ([`EventStore::make_whole`]):
//!   the window does it once per frame that changed the plan (so a frame with several commands
//!   folds once), and closing does it too (the command line's commands close the plan before
//!   they return). The main file in the operating system's cache then holds every action, and
//!   any tool reading it sees them. That checkpoint does not wait for the disk: the action is
//!   already durable in `-wal`. The file is flushed to disk later ([`EventStore::settle`]: when
//!   the window is idle, before the next write may reuse `-wal`, and before closing), so a power
//!   cut never finds `-wal` reused before the file held its frames. The price is measured in
//!   `BENCHMARKS.md`.
//! - **A stale or damaged `-wal` never takes a plan back.** The log is append-only, so a `-wal`
//!   that would leave fewer actions than the main file holds alone (or others in their place) is
//!   from another moment: a partial copy, a stick, an older copy. Before SQLite may fold a `-wal`
//!   into a plan, both are read from private copies and compared ([`check_wal`]); such a pair is
//!   refused, untouched, and `recover` keeps the longer history.
//! - **Reading a plan a window holds**: the window locks the file; other processes read a
//!   consistent private copy of it ([`snapshot`]), taken while neither file changed.

use super::salvage::{TempFolder, new_temp_folder};
use super::{EventStore, StoreError, schema, sql_error, uri_escape};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// The `-wal` file beside a plan.
pub(crate) fn wal_path(path: &Path) -> PathBuf {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    PathBuf::from(wal)
}

/// Whether a `-wal` beside `path` holds anything SQLite could fold into the file.
pub(crate) fn has_wal_content(path: &Path) -> bool {
    std::fs::metadata(wal_path(path)).is_ok_and(|m| m.len() > 0)
}

impl EventStore {
    /// Folds the `-wal` into the main file, without waiting for the disk (see the module's
    /// documentation): from now on a byte copy of the main file alone holds every action. Cheap
    /// when the file is whole already. A failure is logged and tried again the next time; the
    /// actions themselves are saved either way.
    pub fn make_whole(&mut self) {
        if self.whole || self.sync_file.is_none() {
            return;
        }
        // Synchronous OFF for the checkpoint only: the commit before it was synced (FULL), and
        // the file is synced by `settle` before `-wal` may be reused.
        let result = self
            .conn
            .execute_batch("PRAGMA synchronous = OFF;")
            .and_then(|()| {
                self.conn
                    .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, i64>(1)?,
                            r.get::<_, i64>(2)?,
                        ))
                    })
            });
        let restored = self.conn.execute_batch("PRAGMA synchronous = FULL;");
        // From here on the main file may hold pages the disk does not have yet.
        self.unsettled = true;
        match (result, restored) {
            (Ok((0, log, done)), Ok(())) if log == done => self.whole = true,
            (result, restored) => {
                self.whole = false;
                tracing::warn!(
                    ?result,
                    ?restored,
                    "{}: could not fold the -wal into the file yet (the action is saved in it)",
                    self.path.display()
                );
            }
        }
    }

    /// Flushes the main file to disk if a checkpoint wrote it since the last flush. Runs before
    /// every write (SQLite may then reuse `-wal`), when the window is idle, and on close.
    pub fn settle(&mut self) -> Result<(), StoreError> {
        if !self.unsettled {
            return Ok(());
        }
        if let Some(file) = &self.sync_file {
            file.sync_data().map_err(|source| StoreError::Io {
                path: self.path.clone(),
                source,
            })?;
        }
        self.unsettled = false;
        Ok(())
    }

    /// Whether the main file holds every saved action (see [`EventStore::make_whole`]).
    pub fn is_whole(&self) -> bool {
        self.whole
    }

    /// Whether the main file was written since it was last flushed to disk (see
    /// [`EventStore::settle`]).
    pub fn needs_settle(&self) -> bool {
        self.unsettled
    }
}

/// A plan's rows as far as needed to tell whether one log continues another: each batch's
/// number, kind and time, each event's number and id.
#[derive(Debug, Default, PartialEq)]
struct Rows {
    batches: Vec<(i64, String, String)>,
    events: Vec<(i64, String)>,
}

impl Rows {
    fn read(conn: &Connection) -> rusqlite::Result<Rows> {
        let mut batches = Vec::new();
        let mut stmt = conn.prepare("SELECT batch, kind, at FROM batches ORDER BY batch")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            batches.push((row.get(0)?, row.get(1)?, row.get(2)?));
        }
        drop(rows);
        drop(stmt);
        let mut events = Vec::new();
        let mut stmt = conn.prepare("SELECT seq, event_id FROM events ORDER BY seq")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            events.push((row.get(0)?, row.get(1)?));
        }
        Ok(Rows { batches, events })
    }

    /// How many of `self`'s batches `other` holds unchanged, in order (from the first), and
    /// whether `other` holds all of `self`'s events unchanged.
    fn kept_by(&self, other: &Rows) -> (usize, bool) {
        let batches = self
            .batches
            .iter()
            .zip(&other.batches)
            .take_while(|(a, b)| a == b)
            .count();
        let events = other.events.len() >= self.events.len()
            && other.events.get(..self.events.len()) == Some(self.events.as_slice());
        (batches, events)
    }
}

/// Reads the rows of a plan file with SQLite on a hardened connection; `alone` opens the main
/// file by itself (a `-wal` beside it is not read).
fn read_rows(path: &Path, alone: bool) -> Result<Rows, StoreError> {
    let conn = if alone {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let uri = format!("file:{}?immutable=1", uri_escape(path));
        Connection::open_with_flags(&uri, flags)
    } else {
        Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    }
    .map_err(|e| sql_error(path, e))?;
    schema::harden(&conn, path)?;
    conn.execute_batch("PRAGMA locking_mode = EXCLUSIVE;")
        .map_err(|e| sql_error(path, e))?;
    schema::check(&conn, path)?;
    let quick: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| sql_error(path, e))?;
    if quick != "ok" {
        return Err(StoreError::Corrupt {
            path: path.to_owned(),
            detail: quick,
        });
    }
    Rows::read(&conn).map_err(|e| sql_error(path, e))
}

/// Which of a plan file and its `-wal` to trust.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WalVerdict {
    /// No `-wal`, or one that continues the file's log: open as usual.
    Continues,
    /// The file alone cannot be read (a checkpoint cut short): only the pair can be.
    FileAloneUnreadable,
}

/// Before SQLite may fold the `-wal` beside `path` into it: reads the file alone and the pair
/// from private copies and refuses a `-wal` that would take back an action the file holds, or
/// one that is damaged while the file alone is sound. Errors name `path`.
pub(crate) fn check_wal(path: &Path) -> Result<WalVerdict, StoreError> {
    if !has_wal_content(path) {
        return Ok(WalVerdict::Continues);
    }
    let folder = new_temp_folder("wal-check", path)?;
    let alone = folder.copy_in(path, "alone.seatplan", false)?;
    let pair = folder.copy_in(path, "pair.seatplan", true)?;
    let Ok(file_rows) = read_rows(&alone, true) else {
        return Ok(WalVerdict::FileAloneUnreadable);
    };
    let pair_rows = match read_rows(&pair, false) {
        Ok(rows) => rows,
        Err(e) => {
            return Err(StoreError::DamagedWal {
                path: path.to_owned(),
                actions: file_rows.batches.len(),
                detail: e.at(path).to_string(),
            });
        }
    };
    let (kept, events_kept) = file_rows.kept_by(&pair_rows);
    if kept < file_rows.batches.len() || !events_kept {
        return Err(StoreError::StaleWal {
            path: path.to_owned(),
            in_file: file_rows.batches.len(),
            lost: file_rows.batches.len() - kept.min(file_rows.batches.len()),
        });
    }
    Ok(WalVerdict::Continues)
}

/// Whether the `-wal` beside `path` would take actions back from the file (stale or damaged):
/// then `recover` reads the file alone. `false` when there is no `-wal` or it continues the
/// file, or when the file alone cannot be read.
pub(crate) fn wal_takes_back(path: &Path) -> bool {
    matches!(
        check_wal(path),
        Err(StoreError::StaleWal { .. } | StoreError::DamagedWal { .. })
    )
}

/// How often [`snapshot`] tries before it gives up on a file that keeps changing.
const SNAPSHOT_TRIES: u32 = 50;

/// The size and modification time of a file, or `None` when it is not there.
fn fingerprint(path: &Path) -> Option<(u64, Option<std::time::SystemTime>)> {
    std::fs::metadata(path)
        .ok()
        .map(|m| (m.len(), m.modified().ok()))
}

/// A consistent private copy of the plan at `path` (and of its `-wal`), taken while neither
/// changed: how a plan that a window holds is read by another process. The copy is removed
/// when the returned folder drops.
pub(super) fn snapshot(path: &Path) -> Result<(TempFolder, PathBuf), StoreError> {
    let wal = wal_path(path);
    for attempt in 0..SNAPSHOT_TRIES {
        let before = (fingerprint(path), fingerprint(&wal));
        let folder = new_temp_folder("snapshot", path)?;
        let copy = folder.copy_in(path, "snapshot.seatplan", true)?;
        let after = (fingerprint(path), fingerprint(&wal));
        if before == after {
            return Ok((folder, copy));
        }
        drop(folder);
        // The window is writing: wait a moment for it to finish.
        std::thread::sleep(std::time::Duration::from_millis(5 + 5 * u64::from(attempt)));
    }
    Err(StoreError::KeepsChanging(path.to_owned()))
}
