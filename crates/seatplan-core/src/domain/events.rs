//! The events that make up a plan's history.
//!
//! Rules every event here follows (see `ARCHITECTURE.md`):
//! - the type name (`"RoomCreated"`) is stable forever; renaming the Rust type changes nothing on
//!   disk, renaming the string needs an alias in `store::upcast`;
//! - payloads carry stable ids and **absolute** values ("table T is now at (x, y)"), never deltas,
//!   so replaying the log without an undone batch is well defined;
//! - an event whose precondition may not hold after an undo states it ("release table 7 from
//!   logical table L") and is skipped with a diagnostic when it no longer holds.
//!
//! When a payload's shape changes, bump its schema version here and add an upcaster from the old
//! version in `store::upcast`, plus a golden file under `tests/fixtures/`.

use super::ids::{FieldId, GuestId, LogicalId, RoomId, TableId};
use super::model::{EmailTemplate, FieldKind, FieldValue, GuestFields, TableShape, WishRule};
use serde::{Deserialize, Deserializer, Serialize};

/// A room was drawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoomCreated {
    /// New room's id.
    pub room: RoomId,
    /// Its unique name.
    pub name: String,
    /// Width in metres.
    pub width_m: f64,
    /// Height in metres.
    pub height_m: f64,
    /// Left edge on the venue canvas.
    pub x_m: f64,
    /// Top edge on the venue canvas.
    pub y_m: f64,
}

/// A room now has this name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoomRenamed {
    /// The room.
    pub room: RoomId,
    /// Its new name.
    pub name: String,
}

/// A room now has this size.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoomResized {
    /// The room.
    pub room: RoomId,
    /// New width in metres.
    pub width_m: f64,
    /// New height in metres.
    pub height_m: f64,
}

/// A room now stands at this position on the venue canvas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoomMoved {
    /// The room.
    pub room: RoomId,
    /// New left edge.
    pub x_m: f64,
    /// New top edge.
    pub y_m: f64,
}

/// A room was removed (with any table still standing in it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoomDeleted {
    /// The room.
    pub room: RoomId,
}

/// A physical table was placed (schema v2: with size and rotation).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableAdded {
    /// New table's id.
    pub table: TableId,
    /// Its unique number.
    pub number: String,
    /// The room it stands in.
    pub room: RoomId,
    /// Round or rectangular.
    pub shape: TableShape,
    /// Width (diameter when round), metres.
    pub width_m: f64,
    /// Depth, metres.
    pub depth_m: f64,
    /// Seats.
    pub seats: u32,
    /// Centre relative to the room.
    pub x_m: f64,
    /// Centre relative to the room.
    pub y_m: f64,
    /// Rotation in degrees.
    pub rotation_deg: f64,
}

/// A table now stands at this position in this room.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableMoved {
    /// The table.
    pub table: TableId,
    /// The room it now stands in.
    pub room: RoomId,
    /// New centre relative to the room.
    pub x_m: f64,
    /// New centre relative to the room.
    pub y_m: f64,
}

/// A table now has this rotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableRotated {
    /// The table.
    pub table: TableId,
    /// New rotation in degrees.
    pub rotation_deg: f64,
}

/// A table now carries this number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableRenumbered {
    /// The table.
    pub table: TableId,
    /// New number.
    pub number: String,
}

/// A table now has this many seats.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableSeatsChanged {
    /// The table.
    pub table: TableId,
    /// New number of seats.
    pub seats: u32,
}

/// A table now has this shape and size.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableShapeChanged {
    /// The table.
    pub table: TableId,
    /// New shape.
    pub shape: TableShape,
    /// New width (diameter when round).
    pub width_m: f64,
    /// New depth.
    pub depth_m: f64,
}

/// A table was removed (its logical table, if any, loses it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableDeleted {
    /// The table.
    pub table: TableId,
}

/// A logical table was created.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogicalTableCreated {
    /// New logical table's id.
    pub logical: LogicalId,
    /// Its unique name.
    pub name: String,
    /// Whether it is a VIP table.
    pub vip: bool,
}

/// A logical table now has this name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogicalTableRenamed {
    /// The logical table.
    pub logical: LogicalId,
    /// New name.
    pub name: String,
}

/// A logical table's VIP flag now has this value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogicalTableVipSet {
    /// The logical table.
    pub logical: LogicalId,
    /// New VIP flag.
    pub vip: bool,
}

/// Physical `table` now belongs to `logical`: whoever held it loses it, and `logical`'s previous
/// table is freed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogicalTableAssigned {
    /// The logical table.
    pub logical: LogicalId,
    /// The physical table it now has.
    pub table: TableId,
}

/// Physical `table` is released from `logical` — skipped when `logical` does not hold it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogicalTableReleased {
    /// The logical table.
    pub logical: LogicalId,
    /// The physical table it gives up.
    pub table: TableId,
}

/// A logical table was removed (its guests are unseated).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogicalTableDeleted {
    /// The logical table.
    pub logical: LogicalId,
}

/// A guest was added (schema v2: first and last name separate).
///
/// Stored flat (`{"guest":7,"first_name":…}`) through [`GuestAddedPayload`]; serde's `flatten`
/// would buffer every payload and halve decoding speed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "GuestAddedPayload", into = "GuestAddedPayload")]
pub struct GuestAdded {
    /// New guest's id.
    pub guest: GuestId,
    /// Names, contact and needs (boxed: keeps every [`Event`] small in memory).
    pub fields: Box<GuestFields>,
}

/// The stored (flat) shape of [`GuestAdded`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuestAddedPayload {
    /// New guest's id.
    pub guest: GuestId,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Email, if any.
    #[serde(default)]
    pub email: Option<String>,
    /// Department.
    #[serde(default)]
    pub department: String,
    /// Dietary needs.
    #[serde(default)]
    pub dietary: String,
    /// VIP flag.
    #[serde(default)]
    pub vip: bool,
    /// Notes.
    #[serde(default)]
    pub notes: String,
    /// Group label.
    #[serde(default)]
    pub group: String,
}

impl From<GuestAddedPayload> for GuestAdded {
    fn from(p: GuestAddedPayload) -> Self {
        GuestAdded {
            guest: p.guest,
            fields: Box::new(GuestFields {
                first_name: p.first_name,
                last_name: p.last_name,
                email: p.email,
                department: p.department,
                dietary: p.dietary,
                vip: p.vip,
                notes: p.notes,
                group: p.group,
            }),
        }
    }
}

impl From<GuestAdded> for GuestAddedPayload {
    fn from(e: GuestAdded) -> Self {
        let f = *e.fields;
        GuestAddedPayload {
            guest: e.guest,
            first_name: f.first_name,
            last_name: f.last_name,
            email: f.email,
            department: f.department,
            dietary: f.dietary,
            vip: f.vip,
            notes: f.notes,
            group: f.group,
        }
    }
}

/// Fields of a guest that now have these values; absent fields are unchanged.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuestChanges {
    /// New first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// New last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// New email: `Some(None)` clears it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present_nullable"
    )]
    pub email: Option<Option<String>>,
    /// New department.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// New dietary needs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dietary: Option<String>,
    /// New VIP flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vip: Option<bool>,
    /// New notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// New group label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

impl GuestChanges {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        *self == GuestChanges::default()
    }

    /// The changes that turn `from` into `to` (only the fields that differ).
    pub fn between(from: &GuestFields, to: &GuestFields) -> GuestChanges {
        fn differ<T: PartialEq + Clone>(a: &T, b: &T) -> Option<T> {
            (a != b).then(|| b.clone())
        }
        GuestChanges {
            first_name: differ(&from.first_name, &to.first_name),
            last_name: differ(&from.last_name, &to.last_name),
            email: differ(&from.email, &to.email),
            department: differ(&from.department, &to.department),
            dietary: differ(&from.dietary, &to.dietary),
            vip: differ(&from.vip, &to.vip),
            notes: differ(&from.notes, &to.notes),
            group: differ(&from.group, &to.group),
        }
    }

    /// `fields` with these changes applied.
    pub fn applied_to(&self, fields: &GuestFields) -> GuestFields {
        let mut out = fields.clone();
        if let Some(v) = &self.first_name {
            out.first_name.clone_from(v);
        }
        if let Some(v) = &self.last_name {
            out.last_name.clone_from(v);
        }
        if let Some(v) = &self.email {
            out.email.clone_from(v);
        }
        if let Some(v) = &self.department {
            out.department.clone_from(v);
        }
        if let Some(v) = &self.dietary {
            out.dietary.clone_from(v);
        }
        if let Some(v) = self.vip {
            out.vip = v;
        }
        if let Some(v) = &self.notes {
            out.notes.clone_from(v);
        }
        if let Some(v) = &self.group {
            out.group.clone_from(v);
        }
        out
    }
}

/// Deserialises a field that is present (maybe `null`) as `Some(value)`; absence gives the default.
fn present_nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Some of a guest's fields now have new values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuestUpdated {
    /// The guest.
    pub guest: GuestId,
    /// The new values (boxed: keeps every [`Event`] small in memory).
    pub changes: Box<GuestChanges>,
}

/// A guest now sits at `logical` (leaving any previous seat).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuestSeated {
    /// The guest.
    pub guest: GuestId,
    /// The logical table.
    pub logical: LogicalId,
}

/// A guest leaves `logical` — skipped when the guest does not sit there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuestUnseated {
    /// The guest.
    pub guest: GuestId,
    /// The logical table the guest leaves.
    pub logical: LogicalId,
}

/// A guest was removed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuestDeleted {
    /// The guest.
    pub guest: GuestId,
}

/// The guest email template is now this.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmailTemplateSet {
    /// The whole template.
    #[serde(flatten)]
    pub template: EmailTemplate,
}

/// The wish between two guests is now this, replacing any earlier wish for the pair (the pair is
/// unordered; writers put the smaller id first).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WishSet {
    /// One guest.
    pub guest: GuestId,
    /// The other.
    pub with: GuestId,
    /// −100 … +100.
    pub weight: i32,
    /// A hard rule, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<WishRule>,
}

/// The two guests have no wish any more (nothing to do when they had none).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WishRemoved {
    /// One guest.
    pub guest: GuestId,
    /// The other.
    pub with: GuestId,
}

/// A guest is now pinned (automatic seating keeps them where they are) or not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuestPinned {
    /// The guest.
    pub guest: GuestId,
    /// Pinned from now on?
    pub pinned: bool,
}

/// A physical table is now accessible (step-free, near the door) or not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableAccessibleSet {
    /// The table.
    pub table: TableId,
    /// Accessible from now on?
    pub accessible: bool,
}

/// A logical table now plans for this many seats while it has no physical table (`None`: the
/// venue's usual table size).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogicalTablePlannedSeats {
    /// The logical table.
    pub logical: LogicalId,
    /// Seats, or none for the usual size.
    pub seats: Option<u32>,
}

/// A custom guest field was defined (it goes last in the order).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldDefined {
    /// New field's id.
    pub field: FieldId,
    /// Its unique name.
    pub name: String,
    /// What values it takes.
    pub kind: FieldKind,
    /// A choice's options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
}

/// A custom field now has this name (values are kept).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldRenamed {
    /// The field.
    pub field: FieldId,
    /// Its new name.
    pub name: String,
}

/// A choice field has one more option (at the end).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldOptionAdded {
    /// The field.
    pub field: FieldId,
    /// The new option.
    pub option: String,
}

/// A choice field's option `from` is now called `to`, and so are the values that had it —
/// skipped when the field has no option `from`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldOptionRenamed {
    /// The field.
    pub field: FieldId,
    /// The option's old name.
    pub from: String,
    /// Its new name.
    pub to: String,
}

/// A choice field's option `option` is gone, and so are the values that had it (an undo brings
/// both back) — skipped when the field has no such option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldOptionRemoved {
    /// The field.
    pub field: FieldId,
    /// The option.
    pub option: String,
}

/// A custom field now stands at `position` in the order (0 = first).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldMoved {
    /// The field.
    pub field: FieldId,
    /// Its new place.
    pub position: u32,
}

/// A custom field was removed, with every guest's value of it (an undo brings them back).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldRemoved {
    /// The field.
    pub field: FieldId,
}

/// A guest's value of a custom field is now this (`None`: empty).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuestFieldSet {
    /// The guest.
    pub guest: GuestId,
    /// The field.
    pub field: FieldId,
    /// The value, or none.
    pub value: Option<FieldValue>,
}

/// History marker: batch `batch` is undone from now on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BatchReverted {
    /// The batch number undone.
    pub batch: u64,
}

/// History marker: batch `batch` counts again from now on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BatchReinstated {
    /// The batch number redone.
    pub batch: u64,
}

/// History marker of a merge: the actions `batches` came from another copy of the plan, `from`
/// (its file name). It changes nothing itself; it is the one timeline entry that undoes them all.
/// A merge entry belongs to its copy: merging this copy into another does not carry it along.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangesMerged {
    /// The other copy's file name.
    pub from: String,
    /// The batches it brought in (numbers as in this file).
    pub batches: Vec<u64>,
    /// This copy's actions the other copy did not have: made side by side with `batches`, each
    /// without knowing the others (to tell a merge's skips from damage). Absent in the first
    /// merges written: empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concurrent: Vec<u64>,
}

macro_rules! events {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal v $version:literal ),* $(,)?) => {
        /// Every kind of event, with its payload.
        #[derive(Clone, Debug, PartialEq)]
        pub enum Event {
            $( $(#[$doc])* $variant($variant), )*
        }

        /// Every event type name this version writes, with its current schema version.
        pub const EVENT_TYPES: &[(&str, u32)] = &[ $( ($name, $version), )* ];

        impl Event {
            /// The stable type name stored in the `event_type` column.
            pub fn type_name(&self) -> &'static str {
                match self { $( Event::$variant(_) => $name, )* }
            }

            /// The schema version this build writes for this event's type.
            pub fn schema_version(&self) -> u32 {
                match self { $( Event::$variant(_) => $version, )* }
            }

            /// The payload as JSON text.
            pub fn payload_json(&self) -> Result<String, serde_json::Error> {
                match self { $( Event::$variant(p) => serde_json::to_string(p), )* }
            }

            /// The payload as a JSON value.
            pub fn payload_value(&self) -> Result<serde_json::Value, serde_json::Error> {
                match self { $( Event::$variant(p) => serde_json::to_value(p), )* }
            }

            /// Decodes a payload if `type_name` is a current name at its current version (the fast
            /// path of loading: one string match, no JSON tree); `None` otherwise.
            pub fn decode_if_current(type_name: &str, version: u32, payload: &str) -> Option<Result<Event, serde_json::Error>> {
                match type_name {
                    $( $name if version == $version => Some(serde_json::from_str(payload).map(Event::$variant)), )*
                    _ => None,
                }
            }

            /// Decodes a current-version payload; `None` for an unknown type name.
            pub fn decode_str(type_name: &str, payload: &str) -> Option<Result<Event, serde_json::Error>> {
                match type_name {
                    $( $name => Some(serde_json::from_str(payload).map(Event::$variant)), )*
                    _ => None,
                }
            }

            /// Decodes a current-version payload given as a JSON value; `None` for an unknown type.
            pub fn decode_value(type_name: &str, payload: serde_json::Value) -> Option<Result<Event, serde_json::Error>> {
                match type_name {
                    $( $name => Some(serde_json::from_value(payload).map(Event::$variant)), )*
                    _ => None,
                }
            }
        }
    };
}

events! {
    /// See [`RoomCreated`].
    RoomCreated = "RoomCreated" v 1,
    /// See [`RoomRenamed`].
    RoomRenamed = "RoomRenamed" v 1,
    /// See [`RoomResized`].
    RoomResized = "RoomResized" v 1,
    /// See [`RoomMoved`].
    RoomMoved = "RoomMoved" v 1,
    /// See [`RoomDeleted`].
    RoomDeleted = "RoomDeleted" v 1,
    /// See [`TableAdded`].
    TableAdded = "TableAdded" v 2,
    /// See [`TableMoved`].
    TableMoved = "TableMoved" v 1,
    /// See [`TableRotated`].
    TableRotated = "TableRotated" v 1,
    /// See [`TableRenumbered`].
    TableRenumbered = "TableRenumbered" v 1,
    /// See [`TableSeatsChanged`].
    TableSeatsChanged = "TableSeatsChanged" v 1,
    /// See [`TableShapeChanged`].
    TableShapeChanged = "TableShapeChanged" v 1,
    /// See [`TableDeleted`].
    TableDeleted = "TableDeleted" v 1,
    /// See [`LogicalTableCreated`].
    LogicalTableCreated = "LogicalTableCreated" v 1,
    /// See [`LogicalTableRenamed`].
    LogicalTableRenamed = "LogicalTableRenamed" v 1,
    /// See [`LogicalTableVipSet`].
    LogicalTableVipSet = "LogicalTableVipSet" v 1,
    /// See [`LogicalTableAssigned`].
    LogicalTableAssigned = "LogicalTableAssigned" v 1,
    /// See [`LogicalTableReleased`].
    LogicalTableReleased = "LogicalTableReleased" v 1,
    /// See [`LogicalTableDeleted`].
    LogicalTableDeleted = "LogicalTableDeleted" v 1,
    /// See [`GuestAdded`].
    GuestAdded = "GuestAdded" v 2,
    /// See [`GuestUpdated`].
    GuestUpdated = "GuestUpdated" v 1,
    /// See [`GuestSeated`].
    GuestSeated = "GuestSeated" v 1,
    /// See [`GuestUnseated`].
    GuestUnseated = "GuestUnseated" v 1,
    /// See [`GuestDeleted`].
    GuestDeleted = "GuestDeleted" v 1,
    /// See [`EmailTemplateSet`].
    EmailTemplateSet = "EmailTemplateSet" v 1,
    /// See [`WishSet`].
    WishSet = "WishSet" v 1,
    /// See [`WishRemoved`].
    WishRemoved = "WishRemoved" v 1,
    /// See [`GuestPinned`].
    GuestPinned = "GuestPinned" v 1,
    /// See [`LogicalTablePlannedSeats`].
    LogicalTablePlannedSeats = "LogicalTablePlannedSeats" v 1,
    /// See [`FieldDefined`].
    FieldDefined = "FieldDefined" v 1,
    /// See [`FieldRenamed`].
    FieldRenamed = "FieldRenamed" v 1,
    /// See [`FieldOptionAdded`].
    FieldOptionAdded = "FieldOptionAdded" v 1,
    /// See [`FieldOptionRenamed`].
    FieldOptionRenamed = "FieldOptionRenamed" v 1,
    /// See [`FieldOptionRemoved`].
    FieldOptionRemoved = "FieldOptionRemoved" v 1,
    /// See [`FieldMoved`].
    FieldMoved = "FieldMoved" v 1,
    /// See [`FieldRemoved`].
    FieldRemoved = "FieldRemoved" v 1,
    /// See [`GuestFieldSet`].
    GuestFieldSet = "GuestFieldSet" v 1,
    /// See [`TableAccessibleSet`].
    TableAccessibleSet = "TableAccessibleSet" v 1,
    /// See [`BatchReverted`].
    BatchReverted = "BatchReverted" v 1,
    /// See [`BatchReinstated`].
    BatchReinstated = "BatchReinstated" v 1,
    /// See [`ChangesMerged`].
    ChangesMerged = "ChangesMerged" v 1,
}

/// What an event touches, for "which later batches override this one" and for highlighting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Touch {
    /// A room's existence.
    Room(RoomId),
    /// A room's name.
    RoomName(RoomId),
    /// A room's size.
    RoomSize(RoomId),
    /// A room's position.
    RoomPosition(RoomId),
    /// A table's existence.
    Table(TableId),
    /// A table's room and position.
    TablePosition(TableId),
    /// A table's rotation.
    TableRotation(TableId),
    /// A table's number.
    TableNumber(TableId),
    /// A table's seats.
    TableSeats(TableId),
    /// A table's shape.
    TableShape(TableId),
    /// Whether a table is accessible.
    TableAccessible(TableId),
    /// Which logical table holds a physical table.
    TableHolder(TableId),
    /// A logical table's existence.
    Logical(LogicalId),
    /// A logical table's name.
    LogicalName(LogicalId),
    /// A logical table's VIP flag.
    LogicalVip(LogicalId),
    /// A logical table's physical table.
    LogicalAssignment(LogicalId),
    /// A guest's existence.
    Guest(GuestId),
    /// A guest's editable fields.
    GuestFields(GuestId),
    /// A guest's seat.
    GuestSeat(GuestId),
    /// The email template.
    EmailTemplate,
    /// The wish between two guests (smaller id first).
    Wish(GuestId, GuestId),
    /// A guest's pin.
    GuestPin(GuestId),
    /// A logical table's planned size.
    LogicalPlannedSeats(LogicalId),
    /// A custom field's existence.
    Field(FieldId),
    /// A custom field's name, options or place.
    FieldDefinition(FieldId),
    /// One guest's value of one custom field.
    GuestField(GuestId, FieldId),
}

impl Event {
    /// The entity created by this event, if any (its raw id).
    pub fn created_id(&self) -> Option<u64> {
        match self {
            Event::RoomCreated(e) => Some(e.room.0),
            Event::TableAdded(e) => Some(e.table.0),
            Event::LogicalTableCreated(e) => Some(e.logical.0),
            Event::GuestAdded(e) => Some(e.guest.0),
            Event::FieldDefined(e) => Some(e.field.0),
            _ => None,
        }
    }

    /// True for the history markers (undo / redo), which do not change the plan themselves.
    pub fn is_history_marker(&self) -> bool {
        matches!(
            self,
            Event::BatchReverted(_) | Event::BatchReinstated(_) | Event::ChangesMerged(_)
        )
    }

    /// Renumbers the batches a history marker names (`f` maps each number).
    pub fn map_batch_refs(&mut self, mut f: impl FnMut(u64) -> u64) {
        match self {
            Event::BatchReverted(e) => e.batch = f(e.batch),
            Event::BatchReinstated(e) => e.batch = f(e.batch),
            Event::ChangesMerged(e) => {
                for batch in e.batches.iter_mut().chain(e.concurrent.iter_mut()) {
                    *batch = f(*batch);
                }
            }
            _ => {}
        }
    }

    /// The facts this event sets.
    pub fn touches(&self) -> Vec<Touch> {
        use Touch as T;
        match self {
            Event::RoomCreated(e) => vec![T::Room(e.room)],
            Event::RoomRenamed(e) => vec![T::RoomName(e.room)],
            Event::RoomResized(e) => vec![T::RoomSize(e.room)],
            Event::RoomMoved(e) => vec![T::RoomPosition(e.room)],
            Event::RoomDeleted(e) => vec![T::Room(e.room)],
            Event::TableAdded(e) => vec![T::Table(e.table)],
            Event::TableMoved(e) => vec![T::TablePosition(e.table)],
            Event::TableRotated(e) => vec![T::TableRotation(e.table)],
            Event::TableRenumbered(e) => vec![T::TableNumber(e.table)],
            Event::TableSeatsChanged(e) => vec![T::TableSeats(e.table)],
            Event::TableShapeChanged(e) => vec![T::TableShape(e.table)],
            Event::TableAccessibleSet(e) => vec![T::TableAccessible(e.table)],
            Event::TableDeleted(e) => vec![T::Table(e.table)],
            Event::LogicalTableCreated(e) => vec![T::Logical(e.logical)],
            Event::LogicalTableRenamed(e) => vec![T::LogicalName(e.logical)],
            Event::LogicalTableVipSet(e) => vec![T::LogicalVip(e.logical)],
            Event::LogicalTableAssigned(e) => {
                vec![T::LogicalAssignment(e.logical), T::TableHolder(e.table)]
            }
            Event::LogicalTableReleased(e) => {
                vec![T::LogicalAssignment(e.logical), T::TableHolder(e.table)]
            }
            Event::LogicalTableDeleted(e) => vec![T::Logical(e.logical)],
            Event::GuestAdded(e) => vec![T::Guest(e.guest)],
            Event::GuestUpdated(e) => vec![T::GuestFields(e.guest)],
            Event::GuestSeated(e) => vec![T::GuestSeat(e.guest)],
            Event::GuestUnseated(e) => vec![T::GuestSeat(e.guest)],
            Event::GuestDeleted(e) => vec![T::Guest(e.guest)],
            Event::EmailTemplateSet(_) => vec![T::EmailTemplate],
            Event::WishSet(e) => vec![T::Wish(e.guest.min(e.with), e.guest.max(e.with))],
            Event::WishRemoved(e) => vec![T::Wish(e.guest.min(e.with), e.guest.max(e.with))],
            Event::GuestPinned(e) => vec![T::GuestPin(e.guest)],
            Event::LogicalTablePlannedSeats(e) => vec![T::LogicalPlannedSeats(e.logical)],
            Event::FieldDefined(e) => vec![T::Field(e.field)],
            Event::FieldRemoved(e) => vec![T::Field(e.field)],
            Event::FieldRenamed(e) => vec![T::FieldDefinition(e.field)],
            Event::FieldOptionAdded(e) => vec![T::FieldDefinition(e.field)],
            Event::FieldOptionRenamed(e) => vec![T::FieldDefinition(e.field)],
            Event::FieldOptionRemoved(e) => vec![T::FieldDefinition(e.field)],
            Event::FieldMoved(e) => vec![T::FieldDefinition(e.field)],
            Event::GuestFieldSet(e) => vec![T::GuestField(e.guest, e.field)],
            Event::BatchReverted(_) | Event::BatchReinstated(_) | Event::ChangesMerged(_) => {
                Vec::new()
            }
        }
    }

    /// The physical tables this event concerns directly (for highlighting on the floor plan).
    pub fn tables(&self) -> Vec<TableId> {
        self.touches()
            .into_iter()
            .filter_map(|t| match t {
                Touch::Table(id)
                | Touch::TablePosition(id)
                | Touch::TableRotation(id)
                | Touch::TableNumber(id)
                | Touch::TableSeats(id)
                | Touch::TableShape(id)
                | Touch::TableAccessible(id)
                | Touch::TableHolder(id) => Some(id),
                _ => None,
            })
            .collect()
    }
}
