//! `seatplan`: the command-line entry point.

use clap::Parser;
use seatplan::cli::{Cli, run};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    seatplan::paths::init_local_offset();
    let cli = Cli::parse();
    // The window logs to a file in the data folder; command-line runs only print their result.
    let _log = cli
        .command
        .is_none()
        .then(|| seatplan::paths::init_logging(&seatplan::paths::data_dir()));
    // Workbooks are read by a child copy of this program, so a damaged file cannot take us down.
    if let Ok(exe) = std::env::current_exe() {
        seatplan::io::sheet::read_workbooks_in(exe);
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
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            // One clear line: the error and its causes.
            let mut line = format!("seatplan: error: {error}");
            for cause in error.chain().skip(1) {
                let cause = cause.to_string();
                if !line.contains(&cause) {
                    line.push_str(&format!(": {cause}"));
                }
            }
            eprintln!("{line}");
            ExitCode::FAILURE
        }
    }
}
