//! Logging: a daily log file in the data folder's `logs/`, and panics (with a backtrace) in it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

#[test]
fn messages_and_panics_go_to_the_log_file() {
    let dir = tempfile::tempdir().unwrap();
    let guard = seatplan::logging::init_logging(dir.path());
    tracing::info!("plan opened for the logging test");
    let _ = std::panic::catch_unwind(|| panic!("deliberate test panic"));
    drop(guard); // flushes
    let logs = seatplan::paths::log_dir(dir.path());
    let text: String = std::fs::read_dir(&logs)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(text.contains("plan opened for the logging test"), "{text}");
    assert!(
        text.contains("panic: ") && text.contains("deliberate test panic"),
        "{text}"
    );
    assert!(
        text.contains("messages_and_panics_go_to_the_log_file"),
        "the backtrace is logged"
    );
}
