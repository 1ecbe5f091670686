//! seatplan's core: an event-sourced seating plan with no GUI and no command line.
//!
//! [`domain`] holds the plan and its rules, [`store`] the SQLite event file, [`history`] batches,
//! undo/redo, replay and time travel, [`io`] spreadsheets in and out and guest emails. Front ends
//! (the `seatplan` binary's CLI, the `seatplan-gui` window) send [`domain::Command`]s through
//! [`history::Document::execute`], the single path of every change.

pub mod backup;
pub mod demo;
pub mod domain;
pub mod files;
pub mod history;
pub mod io;
pub mod paths;
pub mod seating;
pub mod store;
pub mod team;
