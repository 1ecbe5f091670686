//! seatplan: an event-sourced seating planner for large events.
//!
//! The core has no GUI: [`domain`] holds the plan and its rules, [`store`] the SQLite event file,
//! [`history`] batches, undo/redo, replay and time travel. Front ends (the CLI in [`cli`]) send
//! [`domain::Command`]s through [`history::Document::execute`], the single path of every change.

pub mod backup;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod history;
pub mod io;
pub mod paths;
pub mod store;
pub mod ui;
