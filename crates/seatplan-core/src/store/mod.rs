//! The event file: a SQLite database that holds every batch and event ever made, append-only.
//!
//! Layout (see `ARCHITECTURE.md`): `batches` (one row per user action) and `events` (one row per
//! event, JSON payload), both `STRICT`, plus a small `meta` table; layout 2 adds `stamps` (each
//! batch's global id, clock and origin, see [`stamp`]).
//!
//! Batches are numbered in the file as they were written, and in memory in replay order (see
//! [`stamp`]): the [`Log`] an open returns, and every number the store takes or gives, is in
//! replay order; the two are the same until a merge brings in actions made elsewhere. `PRAGMA application_id` marks
//! the file as a seatplan plan and `user_version` is the table-layout version. The file is opened
//! in WAL mode with `synchronous=FULL` and `locking_mode=EXCLUSIVE`, so a second process (or
//! window) cannot open it at the same time.

pub mod other;
pub mod salvage;
mod schema;
pub mod stamp;
pub mod upcast;
pub(crate) mod wal;

pub use stamp::BatchStamp;

use crate::domain::Event;
use crate::io::sheet::FileKind;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};
use seatplan_i18n::t;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use thiserror::Error;
use uuid::Uuid;

pub use upcast::DecodeError;

/// `PRAGMA application_id` of every seatplan file: "SPLN".
pub const APPLICATION_ID: i32 = 0x5350_4C4E;
/// `PRAGMA user_version`: the table layout this build writes. Layout 1 (no `stamps`) is read
/// too, and upgraded the first time such a plan is written (a backup beside it first).
pub const FORMAT_VERSION: i32 = 2;
/// The `meta` key of the plan's identity (see [`EventStore::plan_id`]).
pub const PLAN_ID: &str = "plan_id";
/// The file name extension of plans.
pub const EXTENSION: &str = "seatplan";

/// Layout 1: `meta`, `batches`, `events`.
const SCHEMA_V1: &str = "
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE batches (
    batch       INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('command', 'undo', 'redo')),
    at          TEXT NOT NULL,
    by          TEXT NOT NULL,
    description TEXT NOT NULL
) STRICT;
CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,
    event_id       TEXT NOT NULL,
    batch          INTEGER NOT NULL REFERENCES batches(batch),
    event_type     TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    at             TEXT NOT NULL,
    by             TEXT NOT NULL,
    payload        TEXT NOT NULL
) STRICT;
";

/// What layout 2 adds: every batch's stamp.
const SCHEMA_STAMPS: &str = "
CREATE TABLE stamps (
    batch  INTEGER PRIMARY KEY REFERENCES batches(batch),
    id     TEXT NOT NULL UNIQUE,
    clock  INTEGER NOT NULL,
    origin TEXT NOT NULL,
    after  TEXT NOT NULL
) STRICT;
";

/// The tables of layout `version` (1, or 2 and later).
fn schema_sql(version: i32) -> String {
    if version >= 2 {
        format!("{SCHEMA_V1}{SCHEMA_STAMPS}")
    } else {
        SCHEMA_V1.to_owned()
    }
}

/// Everything that can go wrong with an event file. Each names the file and what to do.
#[derive(Debug, Error)]
pub enum StoreError {
    /// No file at the path.
    #[error("{}", t!("err-plan-not-found", path = .0.display().to_string()))]
    NotFound(PathBuf),
    /// A folder, a pipe, a device: not a plan, and a pipe would never end.
    #[error("{}", t!("err-plan-not-a-file", path = .path.display().to_string(), what = .what.label()))]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// A folder, a named pipe (FIFO), …
        what: FileKind,
    },
    /// A new plan cannot be made at the path.
    #[error("{}", t!("err-cannot-create", path = .path.display().to_string(), reason = .reason))]
    CannotCreate {
        /// The path.
        path: PathBuf,
        /// Why, in words.
        reason: String,
    },
    /// A read-only plan whose `-wal` file holds changes not yet folded in.
    #[error("{}", t!("err-read-only-with-wal", path = .0.display().to_string()))]
    ReadOnlyWithWal(PathBuf),
    /// `create` on a path that exists.
    #[error("{}", t!("err-plan-exists", path = .0.display().to_string()))]
    AlreadyExists(PathBuf),
    /// Not a SQLite database at all.
    #[error("{}", t!("err-not-sqlite", path = .0.display().to_string()))]
    NotAPlanFile(PathBuf),
    /// A SQLite database of another application.
    #[error("{}", t!("err-foreign-database", path = .0.display().to_string()))]
    ForeignDatabase(PathBuf),
    /// A plan whose schema is not exactly what seatplan creates (a trigger, a view, a table or
    /// column more or changed): another program changed it. Nothing in it was run or changed.
    #[error("{}", t!("err-foreign-schema", path = .path.display().to_string(), detail = .detail))]
    ForeignSchema {
        /// The file.
        path: PathBuf,
        /// What was found.
        detail: String,
    },
    /// An append whose rows are not all there afterwards: rolled back, nothing saved.
    #[error("{}", t!("err-not-stored", path = .path.display().to_string(), detail = .detail))]
    NotStored {
        /// The file.
        path: PathBuf,
        /// What was missing or different.
        detail: String,
    },
    /// A plan written by a newer seatplan.
    #[error("{}", t!("err-newer-file", path = .path.display().to_string(), found = .found.to_string(), supported = .supported.to_string()))]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The file's format version.
        found: i32,
        /// The newest format this build reads.
        supported: i32,
    },
    /// Another process or window holds the file.
    #[error("{}", t!("err-already-open", path = .0.display().to_string()))]
    AlreadyOpen(PathBuf),
    /// SQLite found damage.
    #[error("{}", t!("err-corrupt", path = .path.display().to_string(), detail = .detail))]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite reported.
        detail: String,
    },
    /// An event row that cannot be decoded.
    #[error("{}", t!("err-bad-event", path = .path.display().to_string(), seq = .seq.to_string(), reason = .source.to_string()))]
    BadEvent {
        /// The file.
        path: PathBuf,
        /// The event's sequence number.
        seq: i64,
        /// Why.
        source: DecodeError,
    },
    /// Rows that contradict each other (an event pointing to no batch, say).
    #[error("{}", t!("err-inconsistent", path = .path.display().to_string(), detail = .detail))]
    Inconsistent {
        /// The file.
        path: PathBuf,
        /// What is inconsistent.
        detail: String,
    },
    /// The file was moved, renamed or deleted while open.
    #[error("{}", t!("err-moved", path = .0.display().to_string()))]
    Moved(PathBuf),
    /// A `-wal` beside the plan that would take back actions the file holds alone: from another
    /// moment (a partial or older copy). Nothing was changed.
    #[error("{}", t!("err-stale-wal", path = .path.display().to_string(), actions = *.in_file, lost = *.lost))]
    StaleWal {
        /// The plan file.
        path: PathBuf,
        /// Actions the file holds alone.
        in_file: usize,
        /// How many of them the `-wal` would take back.
        lost: usize,
    },
    /// A `-wal` beside a sound plan file that cannot be read with it. Nothing was changed.
    #[error("{}", t!("err-damaged-wal", path = .path.display().to_string(), actions = *.actions, detail = .detail))]
    DamagedWal {
        /// The plan file.
        path: PathBuf,
        /// Actions the file holds alone.
        actions: usize,
        /// What reading the pair met.
        detail: String,
    },
    /// A plan another program holds that kept changing while it was being read.
    #[error("{}", t!("err-keeps-changing", path = .0.display().to_string()))]
    KeepsChanging(PathBuf),
    /// The disk is full: the last change was not saved.
    #[error("{}", t!("err-disk-full", path = .0.display().to_string()))]
    DiskFull(PathBuf),
    /// The file or folder is read-only.
    #[error("{}", t!("err-file-read-only", path = .0.display().to_string()))]
    ReadOnly(PathBuf),
    /// An event payload could not be encoded (a bug; nothing was written).
    #[error("{}", t!("err-encode", reason = .0.to_string()))]
    Encode(#[from] serde_json::Error),
    /// Any other SQLite error.
    #[error("{path}: {source}")]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// Any other I/O error.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
}

impl StoreError {
    /// The same error about `path` (an error met on a private copy of a file names the file).
    #[must_use]
    pub fn at(self, path: &Path) -> StoreError {
        let p = path.to_owned();
        use StoreError as E;
        match self {
            E::NotFound(_) => E::NotFound(p),
            E::NotAFile { what, .. } => E::NotAFile { path: p, what },
            E::CannotCreate { reason, .. } => E::CannotCreate { path: p, reason },
            E::ReadOnlyWithWal(_) => E::ReadOnlyWithWal(p),
            E::AlreadyExists(_) => E::AlreadyExists(p),
            E::NotAPlanFile(_) => E::NotAPlanFile(p),
            E::ForeignDatabase(_) => E::ForeignDatabase(p),
            E::ForeignSchema { detail, .. } => E::ForeignSchema { path: p, detail },
            E::NotStored { detail, .. } => E::NotStored { path: p, detail },
            E::NewerVersion {
                found, supported, ..
            } => E::NewerVersion {
                path: p,
                found,
                supported,
            },
            E::AlreadyOpen(_) => E::AlreadyOpen(p),
            E::Corrupt { detail, .. } => E::Corrupt { path: p, detail },
            E::BadEvent { seq, source, .. } => E::BadEvent {
                path: p,
                seq,
                source,
            },
            E::Inconsistent { detail, .. } => E::Inconsistent { path: p, detail },
            E::Moved(_) => E::Moved(p),
            E::StaleWal { in_file, lost, .. } => E::StaleWal {
                path: p,
                in_file,
                lost,
            },
            E::DamagedWal {
                actions, detail, ..
            } => E::DamagedWal {
                path: p,
                actions,
                detail,
            },
            E::KeepsChanging(_) => E::KeepsChanging(p),
            E::DiskFull(_) => E::DiskFull(p),
            E::ReadOnly(_) => E::ReadOnly(p),
            E::Encode(e) => E::Encode(e),
            E::Sqlite { source, .. } => E::Sqlite { path: p, source },
            E::Io { source, .. } => E::Io { path: p, source },
        }
    }

    /// Whether the file is damaged in a way `seatplan recover` may rescue from (the message then
    /// says so): SQLite found damage, an event cannot be read, rows contradict each other, the
    /// schema was changed — or a `.seatplan` file's header no longer says it is one.
    pub fn suggests_recover(&self) -> bool {
        matches!(
            self,
            StoreError::Corrupt { .. }
                | StoreError::BadEvent { .. }
                | StoreError::Inconsistent { .. }
                | StoreError::ForeignSchema { .. }
                | StoreError::StaleWal { .. }
                | StoreError::DamagedWal { .. }
        ) || matches!(self, StoreError::ForeignDatabase(path)
                if path.extension().is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION)))
    }
}

/// What kind of user action a batch records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BatchKind {
    /// A command that changed the plan.
    Command,
    /// An undo: holds one `BatchReverted` event.
    Undo,
    /// A redo: holds one `BatchReinstated` event.
    Redo,
}

impl BatchKind {
    /// The stable name stored in `batches.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            BatchKind::Command => "command",
            BatchKind::Undo => "undo",
            BatchKind::Redo => "redo",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        match text {
            "command" => Some(BatchKind::Command),
            "undo" => Some(BatchKind::Undo),
            "redo" => Some(BatchKind::Redo),
            _ => None,
        }
    }
}

impl fmt::Display for BatchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The facts about a batch to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchMeta {
    /// Kind of action.
    pub kind: BatchKind,
    /// When, RFC 3339 (UTC).
    pub at: String,
    /// Who (OS user name).
    pub by: String,
    /// Timeline text.
    pub description: String,
}

/// A batch as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchRecord {
    /// Batch number, 1, 2, 3, … in replay order (the order of writing, until a merge).
    pub batch: u64,
    /// Kind, time, author and text.
    pub meta: BatchMeta,
    /// Global id, clock and origin.
    pub stamp: BatchStamp,
}

/// A batch from another copy of the plan, as a merge writes it: its record as it was made, its
/// events' ids, and its events with the batches their markers name numbered as in *this* file
/// (0 for a batch this file does not have).
#[derive(Clone, Debug)]
pub struct ForeignBatch {
    /// Kind, time, author and text, as made.
    pub meta: BatchMeta,
    /// Its stamp, as made.
    pub stamp: BatchStamp,
    /// Its events.
    pub events: Vec<Event>,
    /// Its events' ids.
    pub ids: Vec<Uuid>,
}

/// An event as stored. Its unique `event_id` stays in the file; memory keeps what replay needs.
#[derive(Clone, Debug, PartialEq)]
pub struct EventRecord {
    /// Place in replay order, 1, 2, 3, … (its row number in the file, until a merge).
    pub seq: i64,
    /// The batch it belongs to.
    pub batch: u64,
    /// The decoded (upcast) event.
    pub event: Event,
}

/// The whole log, as read on open.
#[derive(Clone, Debug, Default)]
pub struct Log {
    /// Every batch in order.
    pub batches: Vec<BatchRecord>,
    /// Every event in `seq` order.
    pub events: Vec<EventRecord>,
}

/// An open, exclusively locked event file.
#[derive(Debug)]
pub struct EventStore {
    conn: Connection,
    path: PathBuf,
    /// The file's table layout (`user_version`).
    layout: i32,
    /// The file's number of each batch, by its number in replay order (index = number - 1).
    file_numbers: Vec<u64>,
    /// Events in the file.
    event_total: i64,
    /// The newest clock of any batch in the file.
    clock: i64,
    /// Layout 1: the stamps derived on open, by file number, written when the file is upgraded.
    derived: Vec<BatchStamp>,
    /// This computer's name, the origin of the batches it writes.
    origin: String,
    /// The ids of the batches nothing was made after yet (merge entries aside).
    heads: Vec<String>,
    identity: Option<FileIdentity>,
    _claim: OpenClaim,
    /// The plan file opened once more, only to flush it to disk after the checkpoints that keep
    /// it whole (see [`wal`]); `None` when nothing is written. Declared after `conn`, so it is
    /// closed after SQLite's descriptors (closing any descriptor of a file drops the process's
    /// POSIX locks on it).
    sync_file: Option<std::fs::File>,
    /// A checkpoint wrote the file since it was last flushed to disk.
    unsettled: bool,
    /// The main file holds every saved action (see [`wal`]); false after a commit until
    /// [`EventStore::make_whole`].
    whole: bool,
    /// The private folder of a snapshot (see [`EventStore::open_snapshot`]), removed after the
    /// connection closes.
    _private: Option<salvage::TempFolder>,
}

impl Drop for EventStore {
    fn drop(&mut self) {
        // Closing folds nothing more into the file (it is whole) and deletes `-wal`: the file
        // must be on disk first.
        if let Err(e) = self.settle() {
            tracing::error!(
                "{}: could not flush the plan file to disk: {e}",
                self.path.display()
            );
        }
    }
}

/// Which file a path named when the plan was opened (device and inode on Unix), to notice a plan
/// that was moved or deleted while open — writing on would go to a file nobody can find.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FileIdentity {
    device: u64,
    inode: u64,
}

impl FileIdentity {
    /// `stat` only: no descriptor is opened, so no lock is lost (see `OpenClaim`).
    #[cfg(unix)]
    fn of(path: &Path) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| FileIdentity {
            device: m.dev(),
            inode: m.ino(),
        })
    }

    #[cfg(not(unix))]
    fn of(path: &Path) -> Option<FileIdentity> {
        std::fs::metadata(path).ok().map(|_| FileIdentity {
            device: 0,
            inode: 0,
        })
    }
}

/// Plan files open in this process (canonical paths).
///
/// SQLite's exclusive lock is a POSIX advisory lock, and POSIX drops *all* of a process's locks on
/// a file when the process closes *any* descriptor of it. Reading the header of a file this
/// process already holds would therefore silently unlock it for other processes. The claim is
/// checked before the file is touched at all, so a second open in the same process is refused
/// without opening a descriptor.
static OPEN_IN_THIS_PROCESS: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// A claim on a path in [`OPEN_IN_THIS_PROCESS`], released on drop.
#[derive(Debug)]
struct OpenClaim(Option<PathBuf>);

impl OpenClaim {
    fn take(path: &Path) -> Result<OpenClaim, StoreError> {
        let Ok(canonical) = std::fs::canonicalize(path) else {
            // Not there (yet): nothing in this process can hold it.
            return Ok(OpenClaim(None));
        };
        let mut open = OPEN_IN_THIS_PROCESS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if open.contains(&canonical) {
            return Err(StoreError::AlreadyOpen(path.to_owned()));
        }
        open.push(canonical.clone());
        Ok(OpenClaim(Some(canonical)))
    }
}

/// `path` as a plan file: with the `.seatplan` extension added unless it has it already
/// ("party" → "party.seatplan", "party.v2" → "party.v2.seatplan").
pub fn with_plan_extension(path: &Path) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
    {
        path.to_owned()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".");
        name.push(EXTENSION);
        PathBuf::from(name)
    }
}

/// Whether this process has the plan at `path` open (another name for an open plan counts).
pub fn held_in_this_process(path: &Path) -> bool {
    let Ok(canonical) = std::fs::canonicalize(path) else {
        return false;
    };
    OPEN_IN_THIS_PROCESS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .contains(&canonical)
}

impl Drop for OpenClaim {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let mut open = OPEN_IN_THIS_PROCESS
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            open.retain(|p| *p != path);
        }
    }
}

impl EventStore {
    /// Creates a new, empty plan file. Refuses to touch an existing file.
    pub fn create(path: &Path) -> Result<EventStore, StoreError> {
        // `symlink_metadata`: a dangling link or a link loop is "something", too.
        if std::fs::symlink_metadata(path).is_ok() {
            return Err(StoreError::AlreadyExists(path.to_owned()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| cannot_create(path).unwrap_or_else(|| sql_error(path, e)))?;
        let claim = OpenClaim::take(path)?;
        schema::harden(&conn, path)?;
        let setup = format!(
            "PRAGMA application_id = {APPLICATION_ID};
             PRAGMA user_version = {FORMAT_VERSION};
             BEGIN;
             {}
             INSERT INTO meta(key, value) VALUES ('format', 'seatplan'), ('created_with', '{}'),
                 ('{PLAN_ID}', '{}');
             COMMIT;",
            schema_sql(FORMAT_VERSION),
            env!("CARGO_PKG_VERSION"),
            Uuid::now_v7()
        );
        if let Err(e) = conn.execute_batch(&setup) {
            drop(conn);
            // The file is ours and empty: don't leave a half-made plan behind.
            let _ = std::fs::remove_file(path);
            return Err(sql_error(path, e));
        }
        let mut store = EventStore::new(conn, path, claim);
        store.layout = FORMAT_VERSION;
        store.configure()?;
        Ok(store)
    }

    fn new(conn: Connection, path: &Path, claim: OpenClaim) -> EventStore {
        EventStore {
            conn,
            path: path.to_owned(),
            layout: FORMAT_VERSION,
            file_numbers: Vec::new(),
            event_total: 0,
            clock: i64::MIN,
            derived: Vec::new(),
            origin: stamp::this_device(),
            heads: Vec::new(),
            identity: FileIdentity::of(path),
            _claim: claim,
            sync_file: None,
            unsettled: false,
            whole: true,
            _private: None,
        }
    }

    /// Opens the descriptor that flushes the file (see `sync_file`). Writing needs it; on Windows
    /// flushing needs write access.
    fn open_sync_file(&mut self) -> Result<(), StoreError> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(cfg!(windows))
            .open(&self.path)
            .map_err(|source| StoreError::Io {
                path: self.path.clone(),
                source,
            })?;
        self.sync_file = Some(file);
        Ok(())
    }

    /// Opens an existing plan file and reads its whole log.
    ///
    /// The file is checked before SQLite may write to it: a non-SQLite file, another program's
    /// database or a newer format is refused untouched.
    pub fn open(path: &Path) -> Result<(EventStore, Log), StoreError> {
        let claim = OpenClaim::take(path)?;
        check_header(path)?;
        if !writable(path) {
            return Err(StoreError::ReadOnly(path.to_owned()));
        }
        // A `-wal` that would take back actions the file holds is refused before SQLite may
        // fold it in.
        wal::check_wal(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| sql_error(path, e))?;
        // Before anything may run or write: only our schema, on a hardened connection. Exclusive
        // locking first: in WAL mode it keeps the wal-index in memory, so even reading the schema
        // needs no `-shm` file (a full disk could not make one). Until the plan has opened whole,
        // closing the connection must not fold a `-wal` into the file: a refused file keeps its
        // bytes, and its `-wal`.
        schema::harden(&conn, path)?;
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .map_err(|e| sql_error(path, e))?;
        conn.execute_batch("PRAGMA locking_mode = EXCLUSIVE;")
            .map_err(|e| sql_error(path, e))?;
        schema::check(&conn, path)?;
        let mut store = EventStore::new(conn, path, claim);
        store.configure()?;
        store.verify()?;
        let log = store.load()?;
        // Opened whole: from now on closing checkpoints as usual (the file stands on its own).
        store
            .conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)
            .map_err(|e| sql_error(path, e))?;
        Ok((store, log))
    }

    /// Opens a plan that cannot be written (a read-only file, folder or medium) for reading only:
    /// the plan can be looked at, exported and copied, never changed. Refused when a `-wal` file
    /// holds changes that only a writable open could recover.
    pub fn open_read_only(path: &Path) -> Result<(EventStore, Log), StoreError> {
        let claim = OpenClaim::take(path)?;
        check_header(path)?;
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        if std::fs::metadata(PathBuf::from(wal)).is_ok_and(|m| m.len() > 0) {
            return Err(StoreError::ReadOnlyWithWal(path.to_owned()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let uri = format!("file:{}?immutable=1", uri_escape(path));
        let conn = Connection::open_with_flags(&uri, flags).map_err(|e| sql_error(path, e))?;
        schema::harden(&conn, path)?;
        schema::check(&conn, path)?;
        let mut store = EventStore::new(conn, path, claim);
        store.verify()?;
        let log = store.load()?;
        Ok((store, log))
    }

    /// Opens, for reading only, a consistent snapshot of a plan that another program (a window)
    /// holds: a private copy of the file and its `-wal`, taken while neither changed. The plan
    /// is as the window last saved it; errors name `path`.
    pub fn open_snapshot(path: &Path) -> Result<(EventStore, Log), StoreError> {
        check_header(path)?;
        if held_in_this_process(path) {
            // Reading it would drop this process's own lock (see `OpenClaim`).
            return Err(StoreError::AlreadyOpen(path.to_owned()));
        }
        let mut last = StoreError::KeepsChanging(path.to_owned());
        // A copy taken in the instant a checkpoint writes the file can be torn; the checks on
        // open find that, and a new copy is taken.
        for _ in 0..3 {
            let (folder, copy) = wal::snapshot(path)?;
            match EventStore::open(&copy) {
                Ok((mut store, log)) => {
                    store.path = path.to_owned();
                    store.identity = None;
                    store.sync_file = None;
                    store._private = Some(folder);
                    return Ok((store, log));
                }
                Err(e) => last = e.at(path),
            }
        }
        Err(last)
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Durability and locking settings; takes the exclusive lock.
    fn configure(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| sql_error(&path, e);
        self.conn
            .busy_timeout(std::time::Duration::ZERO)
            .map_err(err)?;
        self.conn
            .execute_batch("PRAGMA locking_mode = EXCLUSIVE;")
            .map_err(err)?;
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(err)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Inconsistent {
                path: self.path.clone(),
                detail: format!("could not switch to WAL journal (got {mode})"),
            });
        }
        let mut pragmas = String::from("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
        if cfg!(target_os = "macos") {
            pragmas.push_str("PRAGMA fullfsync = ON; PRAGMA checkpoint_fullfsync = ON;");
        }
        self.conn.execute_batch(&pragmas).map_err(err)?;
        // Take the exclusive lock now, not at the first edit, so a second window fails at open.
        self.conn
            .execute_batch("BEGIN IMMEDIATE; COMMIT;")
            .map_err(err)?;
        self.open_sync_file()
    }

    /// `quick_check`, then the identity pragmas and tables.
    fn verify(&mut self) -> Result<(), StoreError> {
        let path = &self.path;
        let err = |e| sql_error(path, e);
        let quick: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(err)?;
        if quick != "ok" {
            return Err(StoreError::Corrupt {
                path: path.clone(),
                detail: quick,
            });
        }
        let app_id: i32 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(err)?;
        if app_id != APPLICATION_ID {
            return Err(StoreError::ForeignDatabase(path.clone()));
        }
        let version: i32 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(err)?;
        if version > FORMAT_VERSION {
            return Err(StoreError::NewerVersion {
                path: path.clone(),
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        // Every plan seatplan ever wrote has layout 1 or later.
        if version < 1 {
            return Err(StoreError::ForeignSchema {
                path: path.clone(),
                detail: t!("schema-no-version", version = version.to_string()),
            });
        }
        self.layout = version;
        let tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('meta', 'batches', 'events')",
                [],
                |r| r.get(0),
            )
            .map_err(err)?;
        if tables != 3 {
            return Err(StoreError::Inconsistent {
                path: path.clone(),
                detail: "the event tables are missing".into(),
            });
        }
        Ok(())
    }

    /// Reads and decodes every batch and event, and puts them in replay order (see [`stamp`]).
    fn load(&mut self) -> Result<Log, StoreError> {
        let path = self.path.clone();
        let err = |e| sql_error(&path, e);
        let inconsistent = |detail: String| StoreError::Inconsistent {
            path: path.clone(),
            detail,
        };
        // In file order first: batches, stamps, events.
        let mut batches: Vec<BatchMeta> = Vec::new();
        let mut stmt = self
            .conn
            .prepare("SELECT batch, kind, at, by, description FROM batches ORDER BY batch")
            .map_err(err)?;
        let mut rows = stmt.query([]).map_err(err)?;
        while let Some(row) = rows.next().map_err(err)? {
            let batch: i64 = row.get(0).map_err(err)?;
            let kind: String = row.get(1).map_err(err)?;
            let kind = BatchKind::parse(&kind)
                .ok_or_else(|| inconsistent(format!("batch {batch} has unknown kind “{kind}”")))?;
            let expected = batches.len() as i64 + 1;
            if batch != expected {
                return Err(inconsistent(format!(
                    "batch numbers jump from {} to {batch}",
                    expected - 1
                )));
            }
            batches.push(BatchMeta {
                kind,
                at: row.get(2).map_err(err)?,
                by: row.get(3).map_err(err)?,
                description: row.get(4).map_err(err)?,
            });
        }
        drop(rows);
        drop(stmt);
        let stored_stamps = if self.layout >= 2 {
            Some(self.read_stamps(batches.len())?)
        } else {
            None
        };

        // max(seq) is a b-tree lookup; count(*) would scan the whole table.
        let highest: Option<i64> = self
            .conn
            .query_row("SELECT max(seq) FROM events", [], |r| r.get(0))
            .map_err(err)?;
        let mut events: Vec<EventRecord> = Vec::with_capacity(
            usize::try_from(highest.unwrap_or(0))
                .unwrap_or(0)
                .min(50_000_000),
        );
        // Each batch's first event (its `seq`), to know layout-1 batches by that event's id.
        let mut first_seqs: Vec<Option<i64>> = vec![None; batches.len()];
        // Only the columns replay needs: SQLite materialises every selected column of every row.
        let mut stmt = self
            .conn
            .prepare(
                "SELECT seq, batch, event_type, schema_version, payload FROM events ORDER BY seq",
            )
            .map_err(err)?;
        let mut rows = stmt.query([]).map_err(err)?;
        let mut last_batch = 0u64;
        while let Some(row) = rows.next().map_err(err)? {
            let seq: i64 = row.get(0).map_err(err)?;
            let batch: i64 = row.get(1).map_err(err)?;
            let batch = u64::try_from(batch).unwrap_or(0);
            if batch == 0 || batch as usize > batches.len() {
                return Err(inconsistent(format!(
                    "event #{seq} belongs to batch {batch}, which does not exist"
                )));
            }
            if batch < last_batch {
                return Err(inconsistent(format!(
                    "event #{seq} of batch {batch} comes after batch {last_batch}"
                )));
            }
            if batch != last_batch {
                first_seqs[batch as usize - 1] = Some(seq);
            }
            last_batch = batch;
            // Nothing is ever deleted, so sequence numbers have no gaps.
            let expected_seq = events.last().map_or(1, |e: &EventRecord| e.seq + 1);
            if seq != expected_seq {
                return Err(inconsistent(format!(
                    "events #{expected_seq} to #{} are missing (events are never deleted)",
                    seq - 1
                )));
            }
            let type_name = row
                .get_ref(2)
                .map_err(err)?
                .as_str()
                .map_err(|e| err(e.into()))?;
            let version: i64 = row.get(3).map_err(err)?;
            let payload = row
                .get_ref(4)
                .map_err(err)?
                .as_str()
                .map_err(|e| err(e.into()))?;
            let event = upcast::decode(type_name, u32::try_from(version).unwrap_or(0), payload)
                .map_err(|source| StoreError::BadEvent {
                    path: path.clone(),
                    seq,
                    source,
                })?;
            events.push(EventRecord { seq, batch, event });
        }
        drop(rows);
        drop(stmt);
        let stamps = match stored_stamps {
            Some(stored) if stored.len() == batches.len() && stored.iter().all(Option::is_some) => {
                stored.into_iter().flatten().collect()
            }
            // Layout 1, or a stamp row lost (damage): derived as every copy derives them.
            stored => {
                let first_ids = self.first_event_ids(&first_seqs)?;
                let times: Vec<&str> = batches.iter().map(|m| m.at.as_str()).collect();
                let mut stamps = stamp::derive(&first_ids, &times);
                for (derived, stored) in stamps.iter_mut().zip(stored.unwrap_or_default()) {
                    if let Some(stored) = stored {
                        *derived = stored;
                    }
                }
                stamps
            }
        };
        self.clock = stamps.iter().map(|s| s.clock).max().unwrap_or(i64::MIN);
        self.event_total = events.len() as i64;
        if self.layout < 2 {
            self.derived = stamps.clone();
        }
        let log = in_replay_order(batches, stamps, events, &mut self.file_numbers);
        self.heads = heads_of(&log);
        check_log(&log).map_err(inconsistent)?;
        Ok(log)
    }

    /// Reads the stamps of layout 2, by batch number (index = number - 1; ids are unique: the
    /// table says so). A batch without its row has `None`.
    fn read_stamps(&self, batches: usize) -> Result<Vec<Option<BatchStamp>>, StoreError> {
        let err = |e| sql_error(&self.path, e);
        let mut stamps = vec![None; batches];
        let mut stmt = self
            .conn
            .prepare("SELECT batch, id, clock, origin, after FROM stamps")
            .map_err(err)?;
        let mut rows = stmt.query([]).map_err(err)?;
        while let Some(row) = rows.next().map_err(err)? {
            let batch: i64 = row.get(0).map_err(err)?;
            if let Some(slot) = usize::try_from(batch - 1)
                .ok()
                .and_then(|i| stamps.get_mut(i))
            {
                *slot = Some(BatchStamp {
                    id: row.get(1).map_err(err)?,
                    clock: row.get(2).map_err(err)?,
                    origin: row.get(3).map_err(err)?,
                    after: stamp::split_after(&row.get::<_, String>(4).map_err(err)?),
                });
            }
        }
        Ok(stamps)
    }

    /// The id of each batch's first event (`first_seqs`: its `seq`), one lookup per batch.
    fn first_event_ids(
        &self,
        first_seqs: &[Option<i64>],
    ) -> Result<Vec<Option<String>>, StoreError> {
        let err = |e| sql_error(&self.path, e);
        let mut stmt = self
            .conn
            .prepare("SELECT event_id FROM events WHERE seq = ?1")
            .map_err(err)?;
        first_seqs
            .iter()
            .map(|seq| match seq {
                Some(seq) => stmt.query_row([seq], |r| r.get(0)).optional().map_err(err),
                None => Ok(None),
            })
            .collect()
    }

    /// Reads the whole log again (after a merge wrote batches that sort before others).
    pub fn reload(&mut self) -> Result<Log, StoreError> {
        self.load()
    }

    /// The file's table layout (`PRAGMA user_version`).
    pub fn layout(&self) -> i32 {
        self.layout
    }

    /// The number the file gives batch `batch` (numbered in replay order), if it has it.
    pub fn file_number(&self, batch: u64) -> Option<u64> {
        batch
            .checked_sub(1)
            .and_then(|i| self.file_numbers.get(usize::try_from(i).ok()?))
            .copied()
    }

    /// The number of batches in the file.
    pub fn file_batches(&self) -> u64 {
        self.file_numbers.len() as u64
    }

    /// The newest clock of any batch in the file.
    pub fn clock(&self) -> i64 {
        self.clock
    }

    /// The origin of the batches written here (this computer's name).
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The stamp a batch written now at `at` gets: a new id, the clock pushed past every stamp
    /// in the file, this computer.
    fn next_stamp(&self, at: &str) -> BatchStamp {
        BatchStamp {
            id: Uuid::now_v7().hyphenated().to_string(),
            clock: stamp::next_clock(at, self.clock),
            origin: self.origin.clone(),
            after: self.heads.clone(),
        }
    }

    /// The ids of the actions this copy has last (none made after them), merge entries aside:
    /// what the next action is made on top of.
    pub fn heads(&self) -> &[String] {
        &self.heads
    }

    /// Layout 1 → 2, before the first write: a backup copy beside the plan, then the `stamps`
    /// table (with the stamps derived on open) and the new version in one transaction.
    fn upgrade(&mut self) -> Result<(), StoreError> {
        if self.layout >= 2 {
            return Ok(());
        }
        let backup = upgrade_backup_path(&self.path);
        self.copy_to(&backup)?;
        let path = self.path.clone();
        let err = |e| sql_error(&path, e);
        self.settle()?;
        let tx = self.conn.transaction().map_err(err)?;
        tx.execute_batch(SCHEMA_STAMPS).map_err(err)?;
        for (index, stamp) in self.derived.iter().enumerate() {
            insert_stamp(&tx, index as u64 + 1, stamp).map_err(err)?;
        }
        tx.execute_batch("PRAGMA user_version = 2;").map_err(err)?;
        tx.commit().map_err(err)?;
        // The main file lacks this commit until the next `make_whole` (see `wal`).
        self.whole = false;
        tracing::info!(
            backup = %backup.display(),
            "upgraded {} to layout 2 (stamps for merging)",
            self.path.display()
        );
        self.layout = 2;
        self.derived.clear();
        Ok(())
    }

    /// Appends one batch of events in one transaction; returns the stored records.
    /// On error nothing is written.
    pub fn append(
        &mut self,
        meta: &BatchMeta,
        events: &[Event],
    ) -> Result<(BatchRecord, Vec<EventRecord>), StoreError> {
        let (batch, stored) = self.append_events(meta, events, None, None)?;
        let first_seq = self.event_total - stored.len() as i64 + 1;
        let records = events
            .iter()
            .enumerate()
            .map(|(i, event)| EventRecord {
                seq: first_seq + i as i64,
                batch: batch.batch,
                event: event.clone(),
            })
            .collect();
        Ok((batch, records))
    }

    /// Appends one batch keeping its events' ids where given (a rescued plan keeps the ids of
    /// the damaged one's events) and its stamp if given; `ids` pairs with `events`, `None` makes
    /// a new id.
    pub fn append_with_ids(
        &mut self,
        meta: &BatchMeta,
        events: &[Event],
        ids: &[Option<Uuid>],
        stamp: Option<BatchStamp>,
    ) -> Result<BatchRecord, StoreError> {
        Ok(self.append_events(meta, events, Some(ids), stamp)?.0)
    }

    /// Appends a batch whose markers name batches by their numbers in replay order.
    fn append_events(
        &mut self,
        meta: &BatchMeta,
        events: &[Event],
        ids: Option<&[Option<Uuid>]>,
        stamp: Option<BatchStamp>,
    ) -> Result<(BatchRecord, Vec<(i64, Uuid)>), StoreError> {
        self.upgrade()?;
        // A new action is known by its first event's id (as layout 1 derives it): a lost stamp
        // row is then derived back to the same id.
        let mut given: Vec<Option<Uuid>> = ids.map(<[_]>::to_vec).unwrap_or_default();
        given.resize(events.len(), None);
        let stamp = match stamp {
            Some(stamp) => stamp,
            None => {
                let first = given
                    .first()
                    .copied()
                    .flatten()
                    .unwrap_or_else(Uuid::now_v7);
                if let Some(slot) = given.first_mut() {
                    *slot = Some(first);
                }
                let mut stamp = self.next_stamp(&meta.at);
                stamp.id = first.hyphenated().to_string();
                stamp
            }
        };
        let ids = Some(given.as_slice());
        // Markers are stored with the file's numbers.
        let mut in_file = events.to_vec();
        for event in in_file.iter_mut().filter(|e| e.is_history_marker()) {
            event.map_batch_refs(|b| self.file_number(b).unwrap_or(0));
        }
        let encoded = encode(&in_file)?;
        let (file_batch, stored) = self.append_encoded(meta, &stamp, &raw(&encoded), ids)?;
        let number = self.file_numbers.len() as u64 + 1;
        self.file_numbers.push(file_batch);
        self.clock = self.clock.max(stamp.clock);
        self.heads.retain(|h| !stamp.after.contains(h));
        self.heads.push(stamp.id.clone());
        Ok((
            BatchRecord {
                batch: number,
                meta: meta.clone(),
                stamp,
            },
            stored,
        ))
    }

    /// Appends one batch of already-encoded events `(type, schema version, payload JSON)`, for
    /// tools that write golden files of old versions. Markers in them name batches by the file's
    /// numbers.
    pub fn append_raw(
        &mut self,
        meta: &BatchMeta,
        events: &[(&str, u32, &str)],
    ) -> Result<(BatchRecord, Vec<(i64, Uuid)>), StoreError> {
        self.upgrade()?;
        let first = Uuid::now_v7();
        let mut stamp = self.next_stamp(&meta.at);
        stamp.id = first.hyphenated().to_string();
        let given: Vec<Option<Uuid>> = std::iter::once(Some(first))
            .chain(std::iter::repeat(None))
            .take(events.len().max(1))
            .collect();
        let (file_batch, stored) = self.append_encoded(meta, &stamp, events, Some(&given))?;
        self.file_numbers.push(file_batch);
        self.clock = self.clock.max(stamp.clock);
        self.heads.retain(|h| !stamp.after.contains(h));
        self.heads.push(stamp.id.clone());
        Ok((
            BatchRecord {
                batch: self.file_numbers.len() as u64,
                meta: meta.clone(),
                stamp,
            },
            stored,
        ))
    }

    /// Writes the batches of another copy (see [`ForeignBatch`]) after those of this file, all
    /// in one transaction: all of them or, on error, none. [`EventStore::reload`] gives the log
    /// in replay order afterwards.
    pub fn append_foreign(&mut self, batches: &[ForeignBatch]) -> Result<(), StoreError> {
        self.upgrade()?;
        let encoded: Vec<Vec<(&'static str, u32, String)>> = batches
            .iter()
            .map(|b| encode(&b.events))
            .collect::<Result<_, _>>()?;
        let path = self.path.clone();
        let err = |e| sql_error(&path, e);
        self.check_not_moved()?;
        self.settle()?;
        let tx = self.conn.transaction().map_err(err)?;
        let mut next = self.file_numbers.len() as u64;
        for (batch, events) in batches.iter().zip(&encoded) {
            next += 1;
            let ids: Vec<Option<Uuid>> = batch.ids.iter().copied().map(Some).collect();
            write_batch(
                &tx,
                &path,
                next,
                &batch.meta,
                &batch.stamp,
                &raw(events),
                Some(&ids),
            )?;
        }
        tx.commit().map_err(err)?;
        // The main file lacks this commit until the next `make_whole` (see `wal`).
        self.whole = false;
        Ok(())
    }

    /// Whether `path` names this very file (another name for it: a hard link, a bind mount) —
    /// reading it by that name would drop this process's lock on it (see `OpenClaim`).
    pub fn is_this_file(&self, path: &Path) -> bool {
        if cfg!(unix) {
            self.identity.is_some() && FileIdentity::of(path) == self.identity
        } else {
            false
        }
    }

    fn check_not_moved(&self) -> Result<(), StoreError> {
        if self.identity.is_some() && FileIdentity::of(&self.path) != self.identity {
            return Err(StoreError::Moved(self.path.clone()));
        }
        Ok(())
    }

    /// Writes one batch in its own transaction; returns its file number and its events' rows.
    fn append_encoded(
        &mut self,
        meta: &BatchMeta,
        stamp: &BatchStamp,
        events: &[(&str, u32, &str)],
        ids: Option<&[Option<Uuid>]>,
    ) -> Result<(u64, Vec<(i64, Uuid)>), StoreError> {
        let path = self.path.clone();
        let err = |e| sql_error(&path, e);
        self.check_not_moved()?;
        self.settle()?;
        let batch = self.file_numbers.len() as u64 + 1;
        let tx = self.conn.transaction().map_err(err)?;
        let stored = write_batch(&tx, &path, batch, meta, stamp, events, ids)?;
        tx.commit().map_err(err)?;
        self.event_total += stored.len() as i64;
        // The main file lacks this commit until the next `make_whole` (see `wal`).
        self.whole = false;
        Ok((batch, stored))
    }

    /// Runs SQL on the open connection with triggers allowed — only for tests that play
    /// "another program changed the file while it was open".
    #[cfg(any(test, feature = "test-hooks"))]
    pub fn tamper_for_tests(&self, sql: &str) -> Result<(), StoreError> {
        let err = |e| sql_error(&self.path, e);
        self.conn
            .set_db_config(
                rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER,
                true,
            )
            .map_err(err)?;
        self.conn
            .set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, false)
            .map_err(err)?;
        self.conn.execute_batch(sql).map_err(err)
    }

    /// `PRAGMA integrity_check` plus the log's own rules (unique event ids, JSON payloads):
    /// empty when the file is sound, else one line per finding.
    pub fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let err = |e| sql_error(&self.path, e);
        let lines = |sql: &str| -> Result<Vec<String>, StoreError> {
            let mut stmt = self.conn.prepare(sql).map_err(err)?;
            stmt.query_map([], |r| r.get::<_, String>(0))
                .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
                .map_err(err)
        };
        let mut findings = lines("PRAGMA integrity_check")?;
        if findings == ["ok"] {
            findings.clear();
        }
        // Event ids are UUID v7, unique by construction; no index enforces it on every append
        // (it would cost a page write per edit), so the check does.
        findings.extend(lines(
            "SELECT 'event id ' || event_id || ' is used ' || count(*) || ' times'
               FROM events GROUP BY event_id HAVING count(*) > 1",
        )?);
        findings.extend(lines(
            "SELECT 'event #' || seq || ' has a payload that is not JSON'
               FROM events WHERE NOT json_valid(payload)",
        )?);
        if self.layout >= 2 {
            // Without its stamp an action is known by a derived id: another copy would not
            // recognise it (recover derives it back where the first event is readable).
            findings.extend(lines(
                "SELECT 'batch ' || batch || ' has no stamp (its global id and clock)'
                   FROM batches WHERE batch NOT IN (SELECT batch FROM stamps)",
            )?);
        }
        Ok(findings)
    }

    /// Writes a consistent copy of the plan to `target` (`VACUUM INTO`), which must not exist:
    /// written beside it under a temporary name and put in place whole, never over a file.
    pub fn copy_to(&self, target: &Path) -> Result<(), StoreError> {
        if std::fs::symlink_metadata(target).is_ok() {
            return Err(StoreError::AlreadyExists(target.to_owned()));
        }
        let io = |source: std::io::Error| {
            if source.kind() == std::io::ErrorKind::AlreadyExists {
                StoreError::AlreadyExists(target.to_owned())
            } else {
                StoreError::Io {
                    path: target.to_owned(),
                    source,
                }
            }
        };
        crate::files::write_new(
            target,
            |partial| {
                let text = partial.to_str().ok_or_else(|| StoreError::Io {
                    path: target.to_owned(),
                    source: std::io::Error::other("the path is not valid UTF-8"),
                })?;
                self.conn
                    .execute("VACUUM INTO ?1", [text])
                    .map(|_| ())
                    .map_err(|e| sql_error(target, e))
            },
            io,
        )
    }

    /// The file's size in database pages.
    pub fn page_count(&self) -> Result<u32, StoreError> {
        self.conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .map_err(|e| sql_error(&self.path, e))
    }

    /// Caps the file at `pages` database pages, as a full disk would (for tests of that path).
    #[cfg(any(test, feature = "test-hooks"))]
    pub fn simulate_full_disk(&mut self, pages: u32) -> Result<(), StoreError> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .map_err(|e| sql_error(&self.path, e))
    }

    /// Sets a value in the `meta` table (a rescued plan keeps the damaged one's).
    pub fn set_meta(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.settle()?;
        self.conn
            .execute(
                "INSERT INTO meta(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map_err(|e| sql_error(&self.path, e))?;
        // The main file lacks this commit until the next `make_whole` (see `wal`).
        self.whole = false;
        Ok(())
    }

    /// The plan's identity: the same in every copy of the file. A plan made since identities
    /// exist has its own (`meta`), an older one is known by its first event's id (which every
    /// copy shares); `None` for an empty older plan.
    pub fn plan_id(&self) -> Result<Option<String>, StoreError> {
        if let Some(id) = self.meta(PLAN_ID)? {
            return Ok(Some(id));
        }
        self.conn
            .query_row("SELECT event_id FROM events WHERE seq = 1", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| sql_error(&self.path, e))
    }

    /// A value from the `meta` table.
    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(|e| sql_error(&self.path, e))
    }
}

/// Inserts batch `batch`'s stamp row; returns the rows inserted.
fn insert_stamp(conn: &Connection, batch: u64, stamp: &BatchStamp) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "INSERT INTO stamps(batch, id, clock, origin, after) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        batch as i64,
        stamp.id,
        stamp.clock,
        stamp.origin,
        stamp::join_after(&stamp.after)
    ])
}

/// Inserts one batch (its row, its stamp, its events) inside `tx` and reads it back; returns its
/// events' rows `(seq, event id)`. New event ids where `ids` gives none.
fn write_batch(
    tx: &rusqlite::Transaction<'_>,
    path: &Path,
    batch: u64,
    meta: &BatchMeta,
    stamp: &BatchStamp,
    events: &[(&str, u32, &str)],
    ids: Option<&[Option<Uuid>]>,
) -> Result<Vec<(i64, Uuid)>, StoreError> {
    let err = |e| sql_error(path, e);
    let mut stored = Vec::with_capacity(events.len());
    let mut insert_batch = tx
        .prepare_cached(
            "INSERT INTO batches(batch, kind, at, by, description) VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .map_err(err)?;
    let inserted = insert_batch
        .execute(params![
            batch as i64,
            meta.kind.as_str(),
            meta.at,
            meta.by,
            meta.description
        ])
        .map_err(err)?;
    if inserted != 1 {
        return Err(not_stored(path, t!("err-not-stored-batch", batch = batch)));
    }
    let inserted = insert_stamp(tx, batch, stamp).map_err(err)?;
    if inserted != 1 {
        return Err(not_stored(path, t!("err-not-stored-batch", batch = batch)));
    }
    let mut insert_event = tx
        .prepare_cached(
            "INSERT INTO events(event_id, batch, event_type, schema_version, at, by, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .map_err(err)?;
    let mut id_text = [0u8; uuid::fmt::Hyphenated::LENGTH];
    for (i, (type_name, version, payload)) in events.iter().enumerate() {
        // Time-ordered (v7): appends touch only the right edge of the id index.
        let event_id = ids
            .and_then(|ids| ids.get(i).copied().flatten())
            .unwrap_or_else(Uuid::now_v7);
        let id_str = event_id.hyphenated().encode_lower(&mut id_text);
        let inserted = insert_event
            .execute(params![
                &*id_str,
                batch as i64,
                type_name,
                version,
                meta.at,
                meta.by,
                payload
            ])
            .map_err(err)?;
        if inserted != 1 {
            return Err(not_stored(
                path,
                t!(
                    "err-not-stored-events",
                    stored = stored.len(),
                    count = events.len()
                ),
            ));
        }
        stored.push((tx.last_insert_rowid(), event_id));
    }
    // Trust, but verify: exactly the rows written are there, as written, before commit.
    verify_append(tx, batch, meta, stamp, events, &stored).map_err(|e| match e {
        Verify::Sql(e) => sql_error(path, e),
        Verify::Differs(detail) => not_stored(path, detail),
    })?;
    Ok(stored)
}

/// The log in replay order: batches sorted by stamp and numbered 1, 2, 3, … in that order, events
/// grouped by batch in that order and numbered alike, markers renumbered. `file_numbers` gets
/// each batch's file number by its new number. Events come sorted by file batch.
fn in_replay_order(
    batches: Vec<BatchMeta>,
    stamps: Vec<BatchStamp>,
    events: Vec<EventRecord>,
    file_numbers: &mut Vec<u64>,
) -> Log {
    let mut order: Vec<usize> = (0..batches.len()).collect();
    // Sorted already unless a merge brought actions made earlier.
    if !stamps.is_sorted_by(|a, b| a.order(b).is_le()) {
        order.sort_by(|&a, &b| stamps[a].order(&stamps[b]));
    }
    file_numbers.clear();
    file_numbers.extend(order.iter().map(|&i| i as u64 + 1));
    let in_file_order = order.iter().enumerate().all(|(n, &i)| n == i);
    let mut number_of = vec![0u64; batches.len()];
    for (n, &i) in order.iter().enumerate() {
        number_of[i] = n as u64 + 1;
    }
    let mut metas: Vec<Option<BatchMeta>> = batches.into_iter().map(Some).collect();
    let mut stamps: Vec<Option<BatchStamp>> = stamps.into_iter().map(Some).collect();
    let batches = order
        .iter()
        .enumerate()
        .filter_map(|(n, &i)| {
            Some(BatchRecord {
                batch: n as u64 + 1,
                meta: metas[i].take()?,
                stamp: stamps[i].take()?,
            })
        })
        .collect();
    let renumber = |b: u64| {
        b.checked_sub(1)
            .and_then(|i| number_of.get(usize::try_from(i).ok()?))
            .copied()
            .unwrap_or(0)
    };
    if in_file_order {
        return Log { batches, events };
    }
    // Each file batch's events, by file number.
    let mut ranges = vec![0..0; number_of.len()];
    let mut start = 0;
    while start < events.len() {
        let batch = events[start].batch;
        let end = events[start..]
            .iter()
            .position(|r| r.batch != batch)
            .map_or(events.len(), |n| start + n);
        if let Some(range) = ranges.get_mut(batch as usize - 1) {
            *range = start..end;
        }
        start = end;
    }
    let mut slots: Vec<Option<EventRecord>> = events.into_iter().map(Some).collect();
    let mut ordered = Vec::with_capacity(slots.len());
    for (n, &i) in order.iter().enumerate() {
        for slot in &mut slots[ranges[i].clone()] {
            if let Some(mut record) = slot.take() {
                record.batch = n as u64 + 1;
                record.seq = ordered.len() as i64 + 1;
                if record.event.is_history_marker() {
                    record.event.map_batch_refs(renumber);
                }
                ordered.push(record);
            }
        }
    }
    Log {
        batches,
        events: ordered,
    }
}

/// The ids of the batches of `log` that no other batch was made after, merge entries aside (they
/// stay in their copy), in replay order.
fn heads_of(log: &Log) -> Vec<String> {
    let mut merge_entries = std::collections::HashSet::new();
    for record in &log.events {
        if matches!(record.event, Event::ChangesMerged(_)) {
            merge_entries.insert(record.batch);
        }
    }
    let parents: std::collections::HashSet<&str> = log
        .batches
        .iter()
        .flat_map(|b| b.stamp.after.iter().map(String::as_str))
        .collect();
    log.batches
        .iter()
        .filter(|b| !merge_entries.contains(&b.batch) && !parents.contains(b.stamp.id.as_str()))
        .map(|b| b.stamp.id.clone())
        .collect()
}

/// Where the copy taken before a plan's layout is upgraded goes: beside it, "party (layout 1
/// backup).seatplan", numbered on when that exists.
fn upgrade_backup_path(path: &Path) -> PathBuf {
    let folder = path.parent().unwrap_or_else(|| Path::new(""));
    let stem = path
        .file_stem()
        .map_or_else(|| "plan".to_owned(), |s| s.to_string_lossy().into_owned());
    let name = t!("file-upgrade-backup", name = stem.as_str());
    (1..)
        .map(|n| {
            let numbered = if n == 1 {
                name.clone()
            } else {
                format!("{name} {n}")
            };
            folder.join(format!("{numbered}.{EXTENSION}"))
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| folder.join(format!("{name}.{EXTENSION}")))
}

/// Events as stored: (type name, schema version, payload JSON).
fn encode(events: &[Event]) -> Result<Vec<(&'static str, u32, String)>, serde_json::Error> {
    events
        .iter()
        .map(|e| Ok((e.type_name(), e.schema_version(), e.payload_json()?)))
        .collect()
}

/// [`encode`]'s rows as borrowed text, the shape [`EventStore::append_raw`] takes.
fn raw<'a>(encoded: &'a [(&'static str, u32, String)]) -> Vec<(&'static str, u32, &'a str)> {
    encoded
        .iter()
        .map(|(t, v, p)| (*t, *v, p.as_str()))
        .collect()
}

/// The error for an append whose rows are not all there (the transaction is rolled back).
fn not_stored(path: &Path, detail: String) -> StoreError {
    StoreError::NotStored {
        path: path.to_owned(),
        detail,
    }
}

/// Why an append's read-back failed.
enum Verify {
    Sql(rusqlite::Error),
    Differs(String),
}

impl From<rusqlite::Error> for Verify {
    fn from(e: rusqlite::Error) -> Self {
        Verify::Sql(e)
    }
}

/// Reads back what an append wrote inside its transaction: the batch row, and exactly the event
/// rows inserted (by their sequence numbers) with their batch, type and payload.
fn verify_append(
    tx: &rusqlite::Transaction<'_>,
    batch: u64,
    meta: &BatchMeta,
    stamp: &BatchStamp,
    events: &[(&str, u32, &str)],
    stored: &[(i64, Uuid)],
) -> Result<(), Verify> {
    let batches: i64 = tx.query_row(
        "SELECT count(*) FROM batches WHERE batch = ?1 AND kind = ?2 AND description = ?3",
        params![batch as i64, meta.kind.as_str(), meta.description],
        |r| r.get(0),
    )?;
    let stamps: i64 = tx.query_row(
        "SELECT count(*) FROM stamps WHERE batch = ?1 AND id = ?2 AND clock = ?3",
        params![batch as i64, stamp.id, stamp.clock],
        |r| r.get(0),
    )?;
    if batches != 1 || stamps != 1 {
        return Err(Verify::Differs(t!("err-not-stored-batch", batch = batch)));
    }
    let (Some((first, _)), Some((last, _))) = (stored.first(), stored.last()) else {
        return Ok(());
    };
    let mut stmt = tx.prepare_cached(
        "SELECT batch, event_type, payload FROM events WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq",
    )?;
    let mut rows = stmt.query(params![first, last])?;
    let mut seen = 0usize;
    while let Some(row) = rows.next()? {
        let same = events.get(seen).is_some_and(|(kind, _, payload)| {
            row.get::<_, i64>(0).ok() == Some(batch as i64)
                && row.get_ref(1).ok().and_then(|v| v.as_str().ok()) == Some(*kind)
                && row.get_ref(2).ok().and_then(|v| v.as_str().ok()) == Some(*payload)
        });
        if !same {
            return Err(Verify::Differs(t!("err-not-stored-differs")));
        }
        seen += 1;
    }
    if seen != events.len() {
        return Err(Verify::Differs(t!(
            "err-not-stored-events",
            stored = seen,
            count = events.len()
        )));
    }
    Ok(())
}

/// Cross-checks batches and events (in replay order): no empty batch, undo/redo batches hold
/// only markers naming earlier command batches (or 0: a batch of another copy this one does not
/// have), a merge entry names earlier batches, and other command batches hold no markers.
pub(crate) fn check_log(log: &Log) -> Result<(), String> {
    let mut counts = vec![0usize; log.batches.len()];
    let earlier_command = |target: u64, batch: u64| {
        target < batch
            && log
                .batches
                .get((target.max(1) - 1) as usize)
                .is_some_and(|b| b.meta.kind == BatchKind::Command)
    };
    for record in &log.events {
        let index = (record.batch - 1) as usize;
        counts[index] += 1;
        let kind = log.batches[index].meta.kind;
        if let Event::ChangesMerged(e) = &record.event {
            if kind != BatchKind::Command
                || e.batches
                    .iter()
                    .chain(&e.concurrent)
                    .any(|&b| b == 0 || b >= record.batch)
            {
                return Err(format!(
                    "batch {} records a merge of batches that are not earlier",
                    record.batch
                ));
            }
            continue;
        }
        let target = match &record.event {
            Event::BatchReverted(e) => Some(e.batch),
            Event::BatchReinstated(e) => Some(e.batch),
            _ => None,
        };
        match target {
            Some(target) => {
                if kind == BatchKind::Command {
                    return Err(format!(
                        "event #{} is an undo/redo marker inside a {kind} batch",
                        record.seq
                    ));
                }
                if target != 0 && !earlier_command(target, record.batch) {
                    return Err(format!(
                        "batch {} undoes or redoes batch {target}, which is not an earlier action",
                        record.batch
                    ));
                }
            }
            None if kind != BatchKind::Command => {
                return Err(format!(
                    "{kind} batch {} holds a plan change (event #{})",
                    record.batch, record.seq
                ));
            }
            None => {}
        }
    }
    if let Some(empty) = counts.iter().position(|&n| n == 0) {
        return Err(format!("batch {} has no events", empty + 1));
    }
    Ok(())
}

/// Whether this process may write the file. Opening it for writing is the only honest test
/// (permissions, immutable flags, read-only mounts, root); it is safe here because the claim
/// guarantees this process holds no SQLite lock on the file that closing could drop.
fn writable(path: &Path) -> bool {
    std::fs::OpenOptions::new().write(true).open(path).is_ok()
}

/// A path for a SQLite `file:` URI (`%`, `?` and `#` escaped).
fn uri_escape(path: &Path) -> String {
    path.to_string_lossy()
        .replace('%', "%25")
        .replace('?', "%3f")
        .replace('#', "%23")
}

/// Reads the 100-byte SQLite header and refuses what is not a seatplan file of a known format,
/// without letting SQLite touch the file.
fn check_header(path: &Path) -> Result<(), StoreError> {
    check_header_of(path, true)
}

/// [`check_header`]; with `ours_only` false a foreign application id passes (a rescue reads what
/// it can from a plan whose header bytes were damaged; another program's database simply gives
/// nothing to rescue).
fn check_header_of(path: &Path, ours_only: bool) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_owned(),
        source,
    };
    // Only `stat` before anything opens it: opening a named pipe would wait forever.
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::NotFound(path.to_owned()));
        }
        Err(e) => return Err(io(e)),
        Ok(m) if m.is_dir() => {
            return Err(StoreError::NotAFile {
                path: path.to_owned(),
                what: FileKind::Folder,
            });
        }
        Ok(m) if !m.is_file() => {
            return Err(StoreError::NotAFile {
                path: path.to_owned(),
                what: crate::io::sheet::special_file_kind(&m),
            });
        }
        Ok(_) => {}
    }
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::NotFound(path.to_owned()));
        }
        Err(e) => return Err(io(e)),
    };
    if file.metadata().map_err(io)?.is_dir() {
        return Err(StoreError::NotAPlanFile(path.to_owned()));
    }
    let mut header = [0u8; 100];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]).map_err(io)? {
            0 => break,
            n => read += n,
        }
    }
    if read < header.len() || &header[..16] != b"SQLite format 3\0" {
        return Err(StoreError::NotAPlanFile(path.to_owned()));
    }
    let be = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let (user_version, application_id) = (be(60), be(68));
    if ours_only && application_id != APPLICATION_ID {
        return Err(StoreError::ForeignDatabase(path.to_owned()));
    }
    if user_version > FORMAT_VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_owned(),
            found: user_version,
            supported: FORMAT_VERSION,
        });
    }
    Ok(())
}

/// Why a new plan cannot be made at `path`, when the folder says so (missing, not a folder,
/// read-only); `None` when the folder looks fine.
fn cannot_create(path: &Path) -> Option<StoreError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let reason = match std::fs::metadata(&folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            format!("the folder {} does not exist", folder.display())
        }
        Err(e) => format!("the folder {} cannot be read ({e})", folder.display()),
        Ok(m) if !m.is_dir() => format!("{} is not a folder", folder.display()),
        Ok(_) => {
            let probe = folder.join(format!(".seatplan-probe-{}", std::process::id()));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&probe)
            {
                Ok(_) => {
                    let _ = std::fs::remove_file(&probe);
                    return None;
                }
                Err(_) => format!(
                    "the folder {} is read-only (choose another folder)",
                    folder.display()
                ),
            }
        }
    };
    Some(StoreError::CannotCreate {
        path: path.to_owned(),
        reason,
    })
}

/// Maps a SQLite error to the specific [`StoreError`] a user can act on.
fn sql_error(path: &Path, e: rusqlite::Error) -> StoreError {
    let path = path.to_owned();
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::AlreadyOpen(path),
        Some(ErrorCode::NotADatabase) => StoreError::NotAPlanFile(path),
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path,
            detail: e.to_string(),
        },
        Some(ErrorCode::DiskFull) => StoreError::DiskFull(path),
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly(path),
        _ => StoreError::Sqlite { path, source: e },
    }
}

/// The current time as RFC 3339 in UTC, to the millisecond.
pub fn now_rfc3339() -> String {
    let now = time::OffsetDateTime::now_utc();
    let now = now
        .replace_nanosecond(now.nanosecond() / 1_000_000 * 1_000_000)
        .unwrap_or(now);
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_owned())
}

/// The OS user name, for the "who" of each batch.
pub fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .or_else(account_name)
        .or_else(|| {
            // The home folder is usually named after the user.
            let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))?;
            let name = PathBuf::from(home)
                .file_name()?
                .to_string_lossy()
                .into_owned();
            (!name.is_empty()).then_some(name)
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The account name of this process's user from the system's user database, where the
/// environment does not say (a service, `env -i`, some desktops' autostart).
#[cfg(unix)]
fn account_name() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        (fields.nth(1)? == uid && !name.is_empty()).then(|| name.to_owned())
    })
}

#[cfg(not(unix))]
fn account_name() -> Option<String> {
    None
}
