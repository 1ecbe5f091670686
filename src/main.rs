//! `seatplan`: the command-line entry point.

// On Windows the program is a GUI program: double-clicking it (or a .seatplan file) opens no
// console window. Command-line runs attach to the console they were started from.
#![cfg_attr(windows, windows_subsystem = "windows")]

use seatplan::cli::run;
use std::io::Write;
use std::process::ExitCode;

/// Windows: lets a GUI-subsystem program print to the console it was started from, if any.
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_parent_console() {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
    }
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    // SAFETY: AttachConsole takes a plain integer and has no memory-safety preconditions; when
    // there is no parent console it fails harmlessly.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// Whether a write failed because the reader of our output went away (`seatplan history | head`).
/// Windows says so with ERROR_NO_DATA (232, which std maps to `BrokenPipe`) or, under Wine and for
/// some pipes, ERROR_PIPE_NOT_CONNECTED (233, which it does not map).
fn is_closed_pipe(error: &std::io::Error) -> bool {
    const ERROR_PIPE_NOT_CONNECTED: i32 = 233;
    error.kind() == std::io::ErrorKind::BrokenPipe
        || (cfg!(windows) && error.raw_os_error() == Some(ERROR_PIPE_NOT_CONNECTED))
}

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_parent_console();
    // SEATPLAN_LANG, else the system's language (the window adds its saved setting).
    seatplan::i18n::init(None);
    let cli = seatplan::cli::help::parse();
    // The window logs to a file in the data folder; command-line runs only print their result.
    let _log = cli
        .command
        .is_none()
        .then(|| seatplan::logging::init_logging(&seatplan::paths::data_dir()));
    // Workbooks are read by a child copy of this program, so a damaged file cannot take us down.
    if let Ok(exe) = std::env::current_exe() {
        seatplan::io::sheet::read_workbooks_in(seatplan::cli::child_reader(exe));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run(cli, &mut out) {
        Ok(code) => {
            let _ = out.flush();
            code
        }
        Err(error) => {
            let _ = out.flush();
            // Output piped into `head` and closed early: not an error worth a message.
            if error
                .chain()
                .filter_map(|cause| cause.downcast_ref::<std::io::Error>())
                .any(is_closed_pipe)
            {
                return ExitCode::SUCCESS;
            }
            // One clear line: the error and its causes.
            let mut line = seatplan::i18n::t!("cli-error", error = error.to_string());
            for cause in error.chain().skip(1) {
                let cause = cause.to_string();
                if !line.contains(&cause) {
                    line.push_str(&format!(": {cause}"));
                }
            }
            eprintln!("{line}");
            if seatplan::cli::suggests_recover(&error) {
                eprintln!("{}", seatplan::i18n::t!("cli-hint-recover"));
            }
            ExitCode::FAILURE
        }
    }
}
