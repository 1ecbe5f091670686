//! Writing files safely, in one place for every file seatplan writes: a file appears whole or
//! not at all (written under a temporary name in its folder, flushed to disk, then put in place,
//! and the folder flushed), either never replacing a file that is there ([`write_new`],
//! [`place_new`]) or replacing it in one step ([`write_replacing`], [`copy_replacing`]).

use std::io::{self, Write};
use std::path::Path;

/// How the temporary files beside a target begin (hidden on Unix).
pub const TEMPORARY_PREFIX: &str = ".seatplan-";

/// How they end.
pub const TEMPORARY_SUFFIX: &str = ".partial";

/// Whether `name` is one of this module's temporary files (or one of the `.tmp` files earlier
/// releases wrote): something an interrupted write left behind.
pub fn is_temporary(name: &str) -> bool {
    name.starts_with(TEMPORARY_PREFIX)
        && (name.ends_with(TEMPORARY_SUFFIX) || name.ends_with(".tmp"))
}

/// The folder of `target` ("." for a bare name).
fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A new, empty temporary file beside `target`: created exclusively (never an existing file,
/// never through a link someone planted), with the permissions any new file gets (0o666 less
/// the umask, not a temporary file's 0o600: the file is for sharing).
fn temporary_beside(target: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMPORARY_PREFIX).suffix(TEMPORARY_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(folder_of(target))
}

/// Writes a new file at `target`: `write` fills a temporary file beside it (given its path; the
/// file exists and is empty), which is flushed and then linked into place — unless something
/// appeared at `target` meanwhile, which is never replaced (`io::ErrorKind::AlreadyExists`).
/// `io` turns an I/O error of these steps into the caller's error.
pub fn write_new<E>(
    target: &Path,
    write: impl FnOnce(&Path) -> Result<(), E>,
    io: impl Fn(io::Error) -> E,
) -> Result<(), E> {
    let temporary = temporary_beside(target).map_err(&io)?;
    write(temporary.path())?;
    temporary.as_file().sync_all().map_err(&io)?;
    match temporary.persist_noclobber(target) {
        Ok(_) => {}
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => return Err(io(e.error)),
        // File systems without no-replace renames or hard links (FAT on a USB stick): a plain
        // rename, after checking that nothing is there.
        Err(e) => {
            if std::fs::symlink_metadata(target).is_ok() {
                return Err(io(io::ErrorKind::AlreadyExists.into()));
            }
            e.file.persist(target).map_err(|e| io(e.error))?;
        }
    }
    sync_folder(folder_of(target));
    Ok(())
}

/// Puts the finished file `partial` (in the same folder) at `target`, never replacing a file
/// that is there (`io::ErrorKind::AlreadyExists`); `partial` is gone afterwards either way.
pub fn place_new(partial: &Path, target: &Path) -> io::Result<()> {
    let placed = match std::fs::hard_link(partial, target) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // File systems without hard links (FAT on a USB stick): a rename, checked first.
        Err(_) if std::fs::symlink_metadata(target).is_err() => std::fs::rename(partial, target),
        Err(_) => Err(io::ErrorKind::AlreadyExists.into()),
    };
    let _ = std::fs::remove_file(partial);
    if placed.is_ok() {
        sync_folder(folder_of(target));
    }
    placed
}

/// Writes `bytes` to `target`, replacing what is there in one step.
pub fn write_replacing(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut temporary = temporary_beside(target)?;
    temporary.write_all(bytes)?;
    finish_replacing(temporary, target)
}

/// Copies the file `source` to `target`, replacing what is there in one step (a copy read while
/// it is written never sees half of it).
pub fn copy_replacing(source: &Path, target: &Path) -> io::Result<()> {
    let mut temporary = temporary_beside(target)?;
    io::copy(&mut std::fs::File::open(source)?, &mut temporary)?;
    finish_replacing(temporary, target)
}

fn finish_replacing(temporary: tempfile::NamedTempFile, target: &Path) -> io::Result<()> {
    temporary.as_file().sync_all()?;
    temporary.persist(target).map_err(|e| e.error)?;
    sync_folder(folder_of(target));
    Ok(())
}

/// Flushes a folder's entries to disk (a renamed or linked file's name), where the system
/// allows it; a failure only loses the guarantee, never data, so it is not reported.
pub fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_never_replaces_one_and_a_replacing_write_is_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.txt");
        write_new(&target, |p| std::fs::write(p, b"one"), |e| e).unwrap();
        let again = write_new(&target, |p| std::fs::write(p, b"two"), |e| e).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&target).unwrap(), b"one");
        write_replacing(&target, b"three").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"three");
        let copy = dir.path().join("b.txt");
        copy_replacing(&target, &copy).unwrap();
        assert_eq!(std::fs::read(&copy).unwrap(), b"three");
        let partial = dir.path().join(".p");
        std::fs::write(&partial, b"four").unwrap();
        assert_eq!(
            place_new(&partial, &copy).unwrap_err().kind(),
            io::ErrorKind::AlreadyExists
        );
        assert_eq!(std::fs::read(&copy).unwrap(), b"three");
        // Nothing temporary is left behind.
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.iter().all(|n| !is_temporary(n)), "{names:?}");
    }
}
