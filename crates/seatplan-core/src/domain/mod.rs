//! The plan and everything that changes it — pure Rust, no I/O, no GUI.
//!
//! - [`model`]: rooms, physical tables, logical tables, guests;
//! - [`events`]: the facts stored in the event file;
//! - [`plan::Plan`]: the state, changed only by [`plan::Plan::apply`];
//! - [`commands`]: what users ask for, validated into batches of events;
//! - [`diff`]: the differences between two plans, in words;
//! - [`text`]: names are one line: control characters refused in commands, cleaned on import;
//! - [`attributes`]: the guest's built-in columns and the names people give them.

pub mod attributes;
pub mod collate;
pub mod commands;
pub mod consequences;
pub mod describe;
pub mod diff;
pub mod error;
pub mod events;
pub mod ids;
pub mod layout;
pub mod model;
pub mod plan;
pub mod text;

pub use commands::{Command, NewTable, ProposedBatch, TableMove, propose, validate};
pub use error::{DomainError, Property};
pub use events::Event;
pub use ids::{FieldId, GuestId, IdAllocator, LogicalId, RoomId, TableId};
pub use model::{
    CustomField, FieldKind, FieldValue, Guest, GuestFields, LogicalTable, PhysicalTable, Room,
    TableShape, Wish, WishRule,
};
pub use plan::{Place, Plan};
