//! Why a command was rejected, or why an event was skipped during replay.

use super::ids::{GuestId, LogicalId, RoomId, TableId};
use thiserror::Error;

/// A specific reason a change cannot be made. Rejected commands append nothing.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum DomainError {
    /// A room id that is not (or no longer) in the plan.
    #[error("{0} does not exist (any more)")]
    UnknownRoom(RoomId),
    /// A physical table id that is not (or no longer) in the plan.
    #[error("{0} does not exist (any more)")]
    UnknownTable(TableId),
    /// A logical table id that is not (or no longer) in the plan.
    #[error("{0} does not exist (any more)")]
    UnknownLogical(LogicalId),
    /// A guest id that is not (or no longer) in the plan.
    #[error("{0} does not exist (any more)")]
    UnknownGuest(GuestId),
    /// An id that is already used by something in the plan.
    #[error("id {0} is already in use")]
    IdInUse(u64),
    /// A name or number that must not be empty.
    #[error("the {0} must not be empty")]
    Empty(&'static str),
    /// A room name used twice.
    #[error("there is already a room named “{0}”")]
    RoomNameTaken(String),
    /// A table number used twice.
    #[error("there is already a table numbered “{0}”")]
    TableNumberTaken(String),
    /// A logical table name used twice.
    #[error("there is already a logical table named “{0}”")]
    LogicalNameTaken(String),
    /// An email used by two guests.
    #[error("another guest already has the email address {0}")]
    EmailTaken(String),
    /// An email that does not look like one.
    #[error("“{0}” is not an email address")]
    BadEmail(String),
    /// A length out of range.
    #[error("{what} must be between {min} m and {max} m (got {value} m)")]
    BadLength {
        /// Which length.
        what: &'static str,
        /// The value given.
        value: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// A coordinate or angle that is not a finite number.
    #[error("{0} must be a finite number")]
    NotFinite(&'static str),
    /// A seat count out of range.
    #[error("a table must have between 1 and {max} seats (got {value})")]
    BadSeats {
        /// The value given.
        value: u32,
        /// Largest allowed.
        max: u32,
    },
    /// A table that would not lie completely inside its room.
    #[error("table {number} would not fit inside room “{room}” at ({x_m:.2} m, {y_m:.2} m)")]
    TableOutsideRoom {
        /// The table's number.
        number: String,
        /// The room's name.
        room: String,
        /// Proposed centre x.
        x_m: f64,
        /// Proposed centre y.
        y_m: f64,
    },
    /// A logical table does not hold the physical table a release names.
    #[error("logical table “{logical}” does not hold table {number}")]
    NotHolding {
        /// The logical table's name.
        logical: String,
        /// The physical table's number.
        number: String,
    },
    /// A guest does not sit at the table an unseat names.
    #[error("{guest} is not seated at “{logical}”")]
    NotSeatedThere {
        /// The guest's name.
        guest: String,
        /// The logical table's name.
        logical: String,
    },
    /// An undo/redo marker given to the plan (markers belong to the history).
    #[error("history markers do not change the plan")]
    MarkerNotApplicable,
    /// A command that asks for several contradictory things.
    #[error("{0}")]
    Invalid(String),
}
