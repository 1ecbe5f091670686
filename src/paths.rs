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

/// The log file in a data folder (`logs/seatplan.log`).
pub fn log_file(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("logs").join("seatplan.log")
}

/// Installs a panic hook that appends the message, location and a backtrace to the log file
/// (and still prints them to stderr).
pub fn install_panic_log(data_dir: &std::path::Path) {
    let file = log_file(data_dir);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let backtrace = std::backtrace::Backtrace::force_capture();
        let entry = format!(
            "{} panic: {info}\n{backtrace}\n",
            crate::store::now_rfc3339()
        );
        if let Ok(mut log) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&file)
        {
            use std::io::Write;
            let _ = log.write_all(entry.as_bytes());
        }
    }));
}
