//! Why a command was rejected, or why an event was skipped during replay.

use super::ids::{FieldId, GuestId, LogicalId, RoomId, TableId};
use seatplan_i18n::t;
use thiserror::Error;

/// A specific reason a change cannot be made. Rejected commands append nothing.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum DomainError {
    /// A room id that is not (or no longer) in the plan.
    #[error("{}", t!("err-unknown-room", id = .0.0.to_string()))]
    UnknownRoom(RoomId),
    /// A physical table id that is not (or no longer) in the plan.
    #[error("{}", t!("err-unknown-table", id = .0.0.to_string()))]
    UnknownTable(TableId),
    /// A logical table id that is not (or no longer) in the plan.
    #[error("{}", t!("err-unknown-logical", id = .0.0.to_string()))]
    UnknownLogical(LogicalId),
    /// A guest id that is not (or no longer) in the plan.
    #[error("{}", t!("err-unknown-guest", id = .0.0.to_string()))]
    UnknownGuest(GuestId),
    /// An id that is already used by something in the plan.
    #[error("{}", t!("err-id-in-use", id = .0.to_string()))]
    IdInUse(u64),
    /// A name or number that must not be empty.
    #[error("{}", t!("err-empty", what = .0.label()))]
    Empty(Property),
    /// A room name used twice.
    #[error("{}", t!("err-room-name-taken", name = .0))]
    RoomNameTaken(String),
    /// A table number used twice.
    #[error("{}", t!("err-table-number-taken", number = .0))]
    TableNumberTaken(String),
    /// A logical table name used twice.
    #[error("{}", t!("err-logical-name-taken", name = .0))]
    LogicalNameTaken(String),
    /// An email used by two guests.
    #[error("{}", t!("err-email-taken", email = .0))]
    EmailTaken(String),
    /// An email that does not look like one.
    #[error("{}", t!("err-bad-email", email = .0))]
    BadEmail(String),
    /// A length out of range.
    #[error("{}", t!("err-bad-length", what = .what.label(), min = *.min, max = *.max, value = *.value))]
    BadLength {
        /// Which length.
        what: Property,
        /// The value given.
        value: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// A coordinate or angle that is not a finite number.
    #[error("{}", t!("err-not-finite", what = .0.label()))]
    NotFinite(Property),
    /// A seat count out of range.
    #[error("{}", t!("err-bad-seats", max = *.max, value = *.value))]
    BadSeats {
        /// The value given.
        value: u32,
        /// Largest allowed.
        max: u32,
    },
    /// A table that would not lie completely inside its room.
    #[error("{}", t!("err-table-outside-room", number = .number, room = .room, x = seatplan_i18n::fixed(*.x_m, 2), y = seatplan_i18n::fixed(*.y_m, 2)))]
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
    #[error("{}", t!("err-not-holding", logical = .logical, number = .number))]
    NotHolding {
        /// The logical table's name.
        logical: String,
        /// The physical table's number.
        number: String,
    },
    /// A guest does not sit at the table an unseat names.
    #[error("{}", t!("err-not-seated-there", guest = .guest, logical = .logical))]
    NotSeatedThere {
        /// The guest's name.
        guest: String,
        /// The logical table's name.
        logical: String,
    },
    /// More tables than fit in a room's free space.
    #[error("{}", t!("err-tables-do-not-fit", room = .room, count = *.count, fit = *.fit))]
    TablesDoNotFit {
        /// The room's name.
        room: String,
        /// Tables asked for.
        count: usize,
        /// Tables that fit.
        fit: usize,
    },
    /// A custom field id that is not (or no longer) in the plan.
    #[error("{}", t!("err-unknown-field", id = .0.0.to_string()))]
    UnknownField(FieldId),
    /// A custom field name used twice (or the name of a built-in field).
    #[error("{}", t!("err-field-name-taken", name = .0))]
    FieldNameTaken(String),
    /// An option a choice field has already.
    #[error("{}", t!("err-option-taken", option = .0))]
    OptionTaken(String),
    /// An option given to a field that is no choice (yes/no, number, text).
    #[error("{}", t!("err-options-only-for-choice", field = .0))]
    NotAChoice(String),
    /// An option a choice field does not have.
    #[error("{}", t!("err-no-such-option", option = .0))]
    NoSuchOption(String),
    /// A value that does not fit a field's kind.
    #[error("{}", t!("err-bad-field-value", field = .field, value = .value))]
    BadFieldValue {
        /// The field's name.
        field: String,
        /// The value, as text.
        value: String,
    },
    /// A custom field named like a built-in column ("E-Mail", "VIP", "Tisch"): an export read
    /// back would take its values for the built-in's.
    #[error("{}", t!("err-field-name-built-in", name = .name, column = .column, suggestion = .suggestion))]
    FieldNameBuiltIn {
        /// The name asked for.
        name: String,
        /// The built-in column it names, in words.
        column: String,
        /// A name that would do.
        suggestion: String,
    },
    /// A text value longer than any export can carry.
    #[error("{}", t!("err-value-too-long", field = .field, length = *.length, max = *.max))]
    ValueTooLong {
        /// The field's name.
        field: String,
        /// Its length in characters.
        length: usize,
        /// The most allowed.
        max: usize,
    },
    /// A wish of a guest with themselves.
    #[error("{}", t!("err-self-wish", guest = .0))]
    SelfWish(String),
    /// A wish weight out of range.
    #[error("{}", t!("err-bad-weight", value = .0.to_string()))]
    BadWeight(i32),
    /// An undo/redo marker given to the plan (markers belong to the history).
    #[error("{}", t!("err-marker-not-applicable"))]
    MarkerNotApplicable,
    /// A command that asks for several contradictory things.
    #[error("{0}")]
    Invalid(String),
}

/// A named property of a room, table or guest, as error messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Property {
    /// A room's name.
    RoomName,
    /// A physical table's number.
    TableNumber,
    /// A logical table's name.
    LogicalName,
    /// A guest's name (first and last together).
    GuestName,
    /// A room's width.
    RoomWidth,
    /// A room's height (depth on the floor plan).
    RoomHeight,
    /// A room's position on the floor plan.
    RoomPosition,
    /// A table's position.
    TablePosition,
    /// A table's rotation.
    TableRotation,
    /// A table's width.
    TableWidth,
    /// A table's depth.
    TableDepth,
    /// A custom field's name.
    FieldName,
    /// An option of a choice field.
    FieldOption,
}

impl Property {
    /// "the room name", in the current language, for the middle of a sentence.
    pub fn label(self) -> String {
        match self {
            Property::RoomName => t!("property-room-name"),
            Property::TableNumber => t!("property-table-number"),
            Property::LogicalName => t!("property-logical-name"),
            Property::GuestName => t!("property-guest-name"),
            Property::RoomWidth => t!("property-room-width"),
            Property::RoomHeight => t!("property-room-height"),
            Property::RoomPosition => t!("property-room-position"),
            Property::TablePosition => t!("property-table-position"),
            Property::TableRotation => t!("property-table-rotation"),
            Property::TableWidth => t!("property-table-width"),
            Property::TableDepth => t!("property-table-depth"),
            Property::FieldName => t!("property-field-name"),
            Property::FieldOption => t!("property-field-option"),
        }
    }
}
