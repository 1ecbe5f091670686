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
