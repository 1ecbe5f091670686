//! The integration tests, linked into one test binary: each `tests/*.rs` file used to be its own
//! binary of several hundred megabytes (the GUI stack is linked into each), which ran CI out of disk
//! and spent most of its time linking. `logging.rs` and `isolation.rs` stay separate binaries
//! because they install process-wide state (a tracing subscriber and panic hook; the child-process
//! workbook reader).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

mod common;

mod architecture;
mod backup;
mod bad_files;
mod cli;
mod consequences;
mod copies;
mod crash;
mod excel;
mod fields;
mod foreign_schema;
mod fuzz;
mod golden;
mod gui;
mod gui_fields;
mod gui_seating;
mod history;
mod hostile;
mod language;
mod merge;
mod print;
mod properties;
mod recover;
mod reimport;
mod safety;
mod seating;
mod seating_optima;
mod store;
mod times;
