//! Rolling backups: consistent copies of a plan (SQLite `VACUUM INTO`) taken when it is opened,
//! the newest [`KEEP`] per plan, in the user's data folder. A backup is restored as a new file
//! beside the plan, never over it.

use crate::history::{Document, HistoryError};
use std::path::{Path, PathBuf};

/// How many backups are kept per plan.
pub const KEEP: usize = 10;

/// One backup file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// The backup file.
    pub path: PathBuf,
    /// The plan's file name it was taken of ("party").
    pub plan: String,
    /// When, as in the file name ("2026-11-26 15-04-05").
    pub taken: String,
}

impl Backup {
    /// When it was taken, as RFC 3339 (UTC, as in the file name), for showing in local time;
    /// the file name's text where it is no time.
    pub fn taken_at(&self) -> String {
        let time = self.taken.split(" (").next().unwrap_or(&self.taken);
        match time.split_once(' ') {
            Some((date, clock)) => format!("{date}T{}Z", clock.replace('-', ":")),
            None => self.taken.clone(),
        }
    }
}

/// The folder holding the backups of `plan_path`: `DATA/backups/<name>-<hash of the full path>`.
pub fn backup_dir(data_dir: &Path, plan_path: &Path) -> PathBuf {
    let full = std::fs::canonicalize(plan_path).unwrap_or_else(|_| plan_path.to_owned());
    // FNV-1a: stable across runs and versions, unlike std's hasher.
    let hash = full
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    data_dir
        .join("backups")
        .join(format!("{}-{:08x}", stem(plan_path), hash as u32))
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "plan".to_owned(), |s| s.to_string_lossy().into_owned())
}

/// Takes a backup of an open plan and deletes all but the newest [`KEEP`]; returns its path.
pub fn take_backup(doc: &Document, data_dir: &Path) -> Result<PathBuf, HistoryError> {
    let dir = backup_dir(data_dir, doc.path());
    std::fs::create_dir_all(&dir).map_err(|source| crate::store::StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    let now = time::OffsetDateTime::now_utc();
    let stamp = format!(
        "{:04}-{:02}-{:02} {:02}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    // Within one second, number on from the highest counter (never a freed lower one, which
    // would sort wrongly after rotation).
    let same_second = backups_in(&dir)
        .iter()
        .map(|b| order_key(&b.taken))
        .filter(|(time, _)| *time == stamp)
        .map(|(_, n)| n)
        .max();
    let target = match same_second {
        None => dir.join(format!("{} {stamp}.seatplan", stem(doc.path()))),
        Some(n) => dir.join(format!("{} {stamp} ({}).seatplan", stem(doc.path()), n + 1)),
    };
    // Written whole or not at all (`files::write_new`): a crash mid-copy leaves no half backup
    // that would look like a real one.
    doc.save_copy(&target)?;
    for old in backups_in(&dir).into_iter().skip(KEEP) {
        let _ = std::fs::remove_file(old.path);
    }
    Ok(target)
}

/// The backups in one folder, newest first.
fn backups_in(dir: &Path) -> Vec<Backup> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<Backup> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == crate::store::EXTENSION))
        .filter_map(|path| {
            let name = stem(&path);
            // "<plan> YYYY-MM-DD HH-MM-SS[ (n)]"
            let (plan, taken) = name.split_at(name.find(" 20")?);
            Some(Backup {
                plan: plan.to_owned(),
                taken: taken.trim().to_owned(),
                path,
            })
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(order_key(&b.taken)));
    out
}

/// Orders "2026-11-26 15-04-05 (10)" after "… (9)": the time, then the same-second counter.
fn order_key(taken: &str) -> (String, u32) {
    match taken.split_once(" (") {
        Some((time, n)) => (
            time.to_owned(),
            n.trim_end_matches(')').parse().unwrap_or(0),
        ),
        None => (taken.to_owned(), 1),
    }
}

/// The backups of one plan, newest first.
pub fn backups_of(data_dir: &Path, plan_path: &Path) -> Vec<Backup> {
    backups_in(&backup_dir(data_dir, plan_path))
}

/// Every backup of every plan, newest first.
pub fn all_backups(data_dir: &Path) -> Vec<Backup> {
    let Ok(entries) = std::fs::read_dir(data_dir.join("backups")) else {
        return Vec::new();
    };
    let mut out: Vec<Backup> = entries
        .filter_map(Result::ok)
        .flat_map(|e| backups_in(&e.path()))
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(order_key(&b.taken)));
    out
}

/// Copies a backup to a new file `<plan> (restored <taken>).seatplan` in `folder` and returns it;
/// the backup is checked by opening it first, and nothing is ever overwritten.
pub fn restore(backup: &Backup, folder: &Path) -> Result<PathBuf, HistoryError> {
    let doc = Document::open(&backup.path)?;
    let mut target = folder.join(format!(
        "{} (restored {}).seatplan",
        backup.plan, backup.taken
    ));
    let mut n = 2;
    while target.exists() {
        target = folder.join(format!(
            "{} (restored {}) ({n}).seatplan",
            backup.plan, backup.taken
        ));
        n += 1;
    }
    doc.save_copy(&target)?;
    Ok(target)
}
