//! The window's log: a daily rotating file in the data folder, warnings on stderr, panics with
//! their backtraces. Command-line runs do not log (they print their result).

/// Keeps the log writer alive; drop it at exit to flush.
pub struct LogGuard {
    _worker: Option<tracing_appender::non_blocking::WorkerGuard>,
}

/// Logs to a daily rotating file in the data folder's `logs/` (the last 14 kept, level INFO) and
/// to stderr (WARN and above; `SEATPLAN_LOG=debug` for more), and routes panics — with their
/// backtraces — into the log. Never fails: without a writable folder, logging goes to stderr only.
pub fn init_logging(data_dir: &std::path::Path) -> LogGuard {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    use tracing_subscriber::{Layer, filter::LevelFilter, fmt};
    let verbose = std::env::var("SEATPLAN_LOG").is_ok_and(|v| v.eq_ignore_ascii_case("debug"));
    let file_level = if verbose {
        LevelFilter::DEBUG
    } else {
        LevelFilter::INFO
    };
    let stderr = fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(if verbose {
            LevelFilter::DEBUG
        } else {
            LevelFilter::WARN
        });
    let appender = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix("seatplan")
        .filename_suffix("log")
        .max_log_files(14)
        .build(seatplan_core::paths::log_dir(data_dir))
        .ok();
    let (file, guard) = match appender {
        Some(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let layer = fmt::layer()
                .with_ansi(false)
                .with_writer(writer)
                .with_filter(file_level);
            (Some(layer), Some(guard))
        }
        None => (None, None),
    };
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(file)
        .try_init();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let backtrace = std::backtrace::Backtrace::force_capture();
        tracing::error!("panic: {info}\n{backtrace}");
        previous(info);
    }));
    LogGuard { _worker: guard }
}
