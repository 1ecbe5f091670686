//! Where seatplan keeps its own files (the demo plan, later backups and logs).

use std::path::PathBuf;

/// The per-user data folder: `$XDG_DATA_HOME/seatplan` or `~/.local/share/seatplan` on Linux,
/// `~/Library/Application Support/seatplan` on macOS, `%APPDATA%\seatplan` on Windows.
/// Falls back to the temporary folder when no home is known.
pub fn data_dir() -> PathBuf {
    let env = |key: &str| {
        std::env::var_os(key)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = if cfg!(target_os = "windows") {
        env("APPDATA")
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| h.join("Library").join("Application Support"))
    } else {
        env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local").join("share")))
    };
    base.unwrap_or_else(std::env::temp_dir).join("seatplan")
}

/// Makes sure a folder exists.
pub fn ensure_dir(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// The log folder in a data folder (`logs/`).
pub fn log_dir(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("logs")
}

/// Opens a folder in the system's file manager.
pub fn open_in_file_manager(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    open_with_default_app(dir)
}

/// Opens a file or folder with the desktop's default application (a PDF in the PDF viewer).
pub fn open_with_default_app(path: &std::path::Path) -> std::io::Result<()> {
    let program = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(path)
        .spawn()
        .map(|_| ())
}
