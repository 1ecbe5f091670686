//! seatplan: an event-sourced seating planner for large events — the `seatplan` binary's crate.
//!
//! The work is done in the workspace's crates: `seatplan-core` (the plan, its event file and
//! history, spreadsheets and emails — no GUI), `seatplan-print` (printouts) and `seatplan-gui`
//! (the window). This crate adds the two things only the program needs: the command line
//! ([`cli`]) and the window's log ([`logging`]). The core's modules are re-exported here under
//! their usual names, so `seatplan::history::Document` is the same type everywhere.

pub mod cli;
pub mod logging;

pub use seatplan_core::{backup, demo, domain, history, paths, seating, store, team};
pub use seatplan_gui as ui;
pub use seatplan_i18n as i18n;

/// Spreadsheets in and out, guest emails ([`seatplan_core::io`]) and printouts
/// ([`seatplan_print`]).
pub mod io {
    pub use seatplan_core::io::*;
    pub use seatplan_print as print;
}
