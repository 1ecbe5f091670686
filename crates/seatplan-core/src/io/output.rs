//! Where an export may write. What we write is as dangerous as what we read: an export never
//! lands on a plan (the open one, another `.seatplan`, any SQLite database), never replaces an
//! existing file unless the user said so (`--force`, or the save dialog's "Replace?"), never
//! writes into a name whose extension says another format, and never mixes its output with a
//! stranger's files in a folder.

use super::export::ExportError;
use std::path::{Path, PathBuf};

/// What the user allowed for one export.
#[derive(Clone, Debug, Default)]
pub struct OutputRules {
    /// The open plan's file: never written by an export, whatever its name.
    pub plan_file: Option<PathBuf>,
    /// An existing file may be replaced (`--force`, or confirmed in a save dialog).
    pub replace: bool,
    /// An existing side file (the seating workbook's A–Z CSV) may be replaced too. A save
    /// dialog asks only about the file it names, so the window sets this only when the pair is
    /// being written again; `--force` sets it.
    pub replace_side_files: bool,
}

impl OutputRules {
    /// Rules for exporting the plan at `plan_file`; `replace` as the user said.
    pub fn for_plan(plan_file: &Path, replace: bool) -> Self {
        Self {
            plan_file: Some(plan_file.to_owned()),
            replace,
            replace_side_files: replace,
        }
    }

    /// The rules for a side file written with the main one.
    pub fn for_side_file(&self) -> Self {
        Self {
            replace: self.replace_side_files,
            ..self.clone()
        }
    }

    /// Checks that `out` may be written as a file of one of `extensions` (lower case, no dot;
    /// `what` names the format in the message). Nothing is touched.
    pub fn check_file(
        &self,
        out: &Path,
        extensions: &[&str],
        what: &str,
    ) -> Result<(), ExportError> {
        let display = out.display().to_string();
        let extension = out
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if extension == crate::store::EXTENSION || self.is_plan_file(out) {
            return Err(ExportError::WouldOverwritePlan(display));
        }
        if !extensions.contains(&extension.as_str()) {
            return Err(ExportError::WrongExtension {
                path: display,
                what: what.to_owned(),
                expected: extensions
                    .iter()
                    .map(|e| format!(".{e}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        match std::fs::symlink_metadata(out) {
            Err(_) => Ok(()),
            Ok(_) if is_database(out) => Err(ExportError::WouldOverwritePlan(display)),
            Ok(metadata) if !std::fs::metadata(out).is_ok_and(|m| m.is_file()) => {
                Err(ExportError::NotAFile {
                    path: display,
                    what: if metadata.is_dir() {
                        crate::io::sheet::FileKind::Folder
                    } else if metadata.file_type().is_symlink() {
                        crate::io::sheet::FileKind::DanglingLink
                    } else {
                        crate::io::sheet::special_file_kind(&metadata)
                    },
                })
            }
            Ok(_) if !self.replace => Err(ExportError::Exists(display)),
            Ok(_) => Ok(()),
        }
    }

    /// Whether `path` is the open plan (the same file, by any name).
    fn is_plan_file(&self, path: &Path) -> bool {
        let Some(plan) = &self.plan_file else {
            return false;
        };
        match (std::fs::canonicalize(plan), std::fs::canonicalize(path)) {
            (Ok(a), Ok(b)) => a == b,
            _ => plan == path,
        }
    }
}

/// Whether the file starts like an SQLite database (a plan under another name, or another
/// program's data): an export never writes over one, even when asked to replace files.
fn is_database(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
        && std::fs::File::open(path)
            .and_then(|mut f| f.read_exact(&mut head))
            .is_ok()
        && &head == b"SQLite format 3\0"
}

/// Checks `dir` for an export that writes many files (the guest emails): it may be missing
/// (it is created), empty, or hold only files that `ours` says an earlier run of the same export
/// wrote — those are returned, to be removed once the new files are written, so two runs never
/// mix. Anything else in it (or the open plan's folder holding other files) is refused, naming
/// one of the stranger's files.
pub fn check_folder(dir: &Path, ours: impl Fn(&str) -> bool) -> Result<Vec<PathBuf>, ExportError> {
    let display = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(_) if dir.exists() && !dir.is_dir() => {
            return Err(ExportError::NotAFolder(display));
        }
        Err(source) => {
            return Err(ExportError::Io {
                path: display,
                source,
            });
        }
    };
    let mut old = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| ExportError::Io {
            path: display.clone(),
            source,
        })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && ours(&name) {
            old.push(entry.path());
        } else {
            return Err(ExportError::FolderNotEmpty {
                dir: display,
                example: name,
            });
        }
    }
    old.sort();
    Ok(old)
}
