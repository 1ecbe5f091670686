//! The team folder: a folder that a file-sync tool the team already uses keeps in sync
//! (Syncthing, Nextcloud, a network share). Each laptop publishes its whole copy of a plan there,
//! and reads its colleagues' whole copies to merge them (see [`crate::history::merge`]).
//!
//! SQLite must not be used on a network share or in a folder a sync tool rewrites underneath it
//! (locks do not hold, a half-synced file is read as damaged). So nothing here opens a database in
//! the team folder: a copy is written locally (`VACUUM INTO`), then its bytes are copied into the
//! folder under a temporary name, flushed and renamed over this laptop's previous copy in one step
//! — a colleague's sync tool sees the old copy or the new one, never half of one. A colleague's
//! copy is read by the merge from a private copy of its bytes.
//!
//! Layout: `TEAM/<plan name> <plan id>/<user>@<device>.seatplan`, one file per laptop and user:
//! each writes only its own file, so sync tools never see two writers of one file.

use crate::history::{Document, HistoryError};
use crate::store::{EXTENSION, StoreError};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// A colleague's published copy of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamCopy {
    /// The file in the team folder.
    pub path: PathBuf,
    /// Whose it is ("maria@maria-laptop", from its file name).
    pub owner: String,
    /// When it was last written (by the sync tool, as this computer sees it).
    pub modified: SystemTime,
}

/// A name as it may appear in a file name: letters transliterated, anything but letters, digits,
/// `-`, `_`, `.` and `@` replaced by `-`, never starting with a dot, never empty.
fn file_part(text: &str) -> String {
    let plain = deunicode::deunicode(text);
    let cleaned: String = plain
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(|c| c == '-' || c == '.').to_owned();
    if cleaned.is_empty() {
        "plan".to_owned()
    } else {
        cleaned.chars().take(80).collect()
    }
}

/// The plan's folder in the team folder, found by the plan's identity: "party 01a2b3c4d5e6"
/// (named after the file of whoever shared it first; copies named differently find it by the
/// identity at the end, and two plans of the same name stay apart).
pub fn plan_folder(doc: &Document, team: &Path) -> Option<PathBuf> {
    let id = doc.plan_id()?;
    // The identity's last hex digits: a UUID v7 begins with the time, which two plans made in
    // the same minute share.
    let hex: Vec<char> = id.chars().filter(char::is_ascii_hexdigit).collect();
    let short: String = hex[hex.len().saturating_sub(12)..].iter().collect();
    let suffix = format!(" {short}");
    // Two laptops sharing for the first time at once may each have made one: every laptop picks
    // the first by name, so they agree once the sync tool has brought both.
    let existing = plan_folders(team, &suffix).into_iter().next();
    existing.or_else(|| {
        let stem = doc
            .path()
            .file_stem()
            .map_or_else(|| "plan".to_owned(), |s| s.to_string_lossy().into_owned());
        Some(team.join(format!("{}{suffix}", file_part(&stem))))
    })
}

/// The folders in `team` whose names end with `suffix` (the plan's identity), sorted by name.
fn plan_folders(team: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(team)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|entry| entry.file_name().to_string_lossy().ends_with(suffix))
                .map(|entry| entry.path())
                .filter(|path| path.is_dir())
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    folders
}

/// This laptop's and user's name in the team folder ("maria@maria-laptop").
pub fn this_owner() -> String {
    file_part(&format!(
        "{}@{}",
        crate::store::os_user(),
        crate::store::stamp::this_device()
    ))
}

fn io_error(path: &Path, source: std::io::Error) -> HistoryError {
    HistoryError::Store(StoreError::Io {
        path: path.to_owned(),
        source,
    })
}

/// A snapshot of the plan waiting to be placed in the team folder (see [`snapshot`]): a local
/// file, removed when dropped.
#[derive(Debug)]
pub struct Snapshot {
    local: PathBuf,
    folder: PathBuf,
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.local);
    }
}

/// Takes a consistent copy of the plan on this computer (`local_temp`, fast) to be placed in the
/// team folder by [`place`] — which may be slow (a network share) and can run on another thread.
pub fn snapshot(doc: &Document, team: &Path, local_temp: &Path) -> Result<Snapshot, HistoryError> {
    if !team.is_dir() {
        return Err(io_error(
            team,
            std::io::Error::new(std::io::ErrorKind::NotFound, "the team folder is not there"),
        ));
    }
    let folder = plan_folder(doc, team).ok_or_else(|| {
        io_error(
            doc.path(),
            std::io::Error::other("the plan has no identity yet (it has no actions)"),
        )
    })?;
    std::fs::create_dir_all(local_temp).map_err(|e| io_error(local_temp, e))?;
    let nonce = uuid::Uuid::now_v7().simple().to_string();
    let local = local_temp.join(format!("publish-{nonce}.{EXTENSION}"));
    doc.save_copy(&local)?;
    Ok(Snapshot { local, folder })
}

/// Places a snapshot in the team folder, replacing this laptop's previous copy in one step:
/// copied under a hidden temporary name, flushed, renamed. Returns the published file.
pub fn place(snapshot: &Snapshot) -> Result<PathBuf, HistoryError> {
    let folder = &snapshot.folder;
    std::fs::create_dir_all(folder).map_err(|e| io_error(folder, e))?;
    let target = folder.join(format!("{}.{EXTENSION}", this_owner()));
    crate::files::copy_replacing(&snapshot.local, &target).map_err(|e| io_error(&target, e))?;
    Ok(target)
}

/// Publishes the plan's current state to the team folder at once ([`snapshot`], then
/// [`place`]); returns the published file. `local_temp` is a folder on this computer for the
/// intermediate copy.
pub fn publish(doc: &Document, team: &Path, local_temp: &Path) -> Result<PathBuf, HistoryError> {
    place(&snapshot(doc, team, local_temp)?)
}

/// Copies a colleague's copy from the team folder to `local_temp` (keeping its file name, which
/// names its owner), so that reading it — which may be slow — can happen on another thread and
/// merging it works on a file on this computer.
pub fn fetch(copy: &TeamCopy, local_temp: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(local_temp)?;
    let name = copy.path.file_name().map_or_else(
        || format!("copy.{EXTENSION}"),
        |n| n.to_string_lossy().into_owned(),
    );
    let target = local_temp.join(name);
    crate::files::copy_replacing(&copy.path, &target)?;
    Ok(target)
}

/// The colleagues' copies of this plan in the team folder (not this laptop's own), newest first.
pub fn colleagues(doc: &Document, team: &Path) -> Vec<TeamCopy> {
    match plan_folder(doc, team) {
        Some(folder) => copies_in(team, &folder),
        None => Vec::new(),
    }
}

/// The colleagues' copies in every folder of the plan whose folder is `folder` (see
/// [`plan_folder`]), newest first — without the plan at hand, for another thread.
pub fn copies_in(team: &Path, folder: &Path) -> Vec<TeamCopy> {
    let folder = folder.to_owned();
    let own = format!("{}.{EXTENSION}", this_owner());
    // Every folder of this plan (see `plan_folder`), so no colleague is missed.
    let suffix = folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .and_then(|n| n.rfind(' ').map(|i| n[i..].to_owned()))
        .unwrap_or_default();
    let mut folders = plan_folders(team, &suffix);
    if folders.is_empty() {
        folders.push(folder);
    }
    let mut copies: Vec<TeamCopy> = folders
        .iter()
        .filter_map(|folder| std::fs::read_dir(folder).ok())
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let owner = name.strip_suffix(&format!(".{EXTENSION}"))?.to_owned();
            if name == own || name.starts_with('.') {
                return None;
            }
            let meta = entry.metadata().ok().filter(std::fs::Metadata::is_file)?;
            Some(TeamCopy {
                path: entry.path(),
                owner,
                modified: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            })
        })
        .collect();
    copies.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.path.cmp(&b.path)));
    copies
}

#[cfg(test)]
mod tests {
    use super::file_part;

    #[test]
    fn names_in_file_names_are_plain_and_cannot_leave_the_folder() {
        assert_eq!(file_part("Ayşe@Åberg's Laptop"), "Ayse@Aberg-s-Laptop");
        assert_eq!(file_part("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_part("..."), "plan");
        assert_eq!(file_part("a\\b/c:d"), "a-b-c-d");
    }
}
