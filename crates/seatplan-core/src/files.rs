//! Writing files safely: a new file appears whole or not at all (written under a temporary name
//! in its folder, flushed to disk, then put in place), and never replaces a file that is there.

use std::io;
use std::path::Path;

/// Writes a new file at `target`: `write` fills a temporary file beside it (given its path; the
/// file exists and is empty), which is flushed and then linked into place — unless something
/// appeared at `target` meanwhile, which is never replaced (`io::ErrorKind::AlreadyExists`).
/// `io` turns an I/O error of these steps into the caller's error.
pub fn write_new<E>(
    target: &Path,
    write: impl FnOnce(&Path) -> Result<(), E>,
    io: impl Fn(io::Error) -> E,
) -> Result<(), E> {
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".seatplan-").suffix(".partial");
    // Permissions as any new file gets them (0o666 less the umask), not a temporary file's 0o600:
    // the file is for sharing.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let temporary = builder.tempfile_in(folder).map_err(&io)?;
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
    sync_folder(folder);
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
