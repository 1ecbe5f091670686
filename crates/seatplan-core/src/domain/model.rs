//! The things a plan is made of: rooms, physical tables, logical tables and guests.

use super::ids::{GuestId, LogicalId, RoomId, TableId};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A room on the venue canvas; all lengths in metres.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Room {
    /// Stable id.
    pub id: RoomId,
    /// Unique name ("Großer Saal").
    pub name: String,
    /// Width (x extent) in metres.
    pub width_m: f64,
    /// Height (y extent) in metres.
    pub height_m: f64,
    /// Left edge on the venue canvas, metres.
    pub x_m: f64,
    /// Top edge on the venue canvas, metres.
    pub y_m: f64,
}

impl Room {
    /// The nearest centre (room coordinates, metres) at which a table reaching `half_extent_m`
    /// from its centre lies wholly inside the room — the one rule for placing, moving and
    /// duplicating tables. A table larger than the room is centred on its half extent.
    pub fn keep_inside(&self, half_extent_m: (f64, f64), x_m: f64, y_m: f64) -> (f64, f64) {
        let (hx, hy) = half_extent_m;
        (
            x_m.clamp(hx, (self.width_m - hx).max(hx)),
            y_m.clamp(hy, (self.height_m - hy).max(hy)),
        )
    }
}

/// The outline of a physical table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TableShape {
    /// A round table; its diameter is the table's `width_m`.
    Round,
    /// A rectangular table of `width_m` × `depth_m`.
    Rectangular,
}

impl TableShape {
    /// A new table's size and seats: (width m, depth m, seats) — a round table of 1.8 m for 10,
    /// a rectangular one of 2.4 × 0.9 m for 8.
    pub fn default_size(self) -> (f64, f64, u32) {
        match self {
            TableShape::Round => (1.8, 1.8, 10),
            TableShape::Rectangular => (2.4, 0.9, 8),
        }
    }

    /// The stable lowercase name used in files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            TableShape::Round => "round",
            TableShape::Rectangular => "rectangular",
        }
    }
}

impl fmt::Display for TableShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A real dining table standing in a room.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhysicalTable {
    /// Stable id.
    pub id: TableId,
    /// The label drawn in the lottery ("17", "A3"); unique across the venue.
    pub number: String,
    /// The room it stands in.
    pub room: RoomId,
    /// Round or rectangular.
    pub shape: TableShape,
    /// Width in metres (the diameter for a round table).
    pub width_m: f64,
    /// Depth in metres (equal to the width for a round table).
    pub depth_m: f64,
    /// Number of seats.
    pub seats: u32,
    /// Centre, relative to the room's top-left corner, metres.
    pub x_m: f64,
    /// Centre, relative to the room's top-left corner, metres.
    pub y_m: f64,
    /// Clockwise rotation in degrees, normalised to `[0, 360)`.
    pub rotation_deg: f64,
    /// Step-free and near the door: guests who need it are seated only at such tables.
    #[serde(default)]
    pub accessible: bool,
}

impl PhysicalTable {
    /// Half the axis-aligned extent of the table's footprint (x, y), honouring rotation.
    pub fn half_extent_m(&self) -> (f64, f64) {
        half_extent_m(self.shape, self.width_m, self.depth_m, self.rotation_deg)
    }
}

/// Half the axis-aligned extent of a table footprint (x, y).
pub fn half_extent_m(
    shape: TableShape,
    width_m: f64,
    depth_m: f64,
    rotation_deg: f64,
) -> (f64, f64) {
    match shape {
        TableShape::Round => (width_m / 2.0, width_m / 2.0),
        TableShape::Rectangular => {
            let (sin, cos) = rotation_deg.to_radians().sin_cos();
            let (hw, hd) = (width_m / 2.0, depth_m / 2.0);
            (
                (hw * cos).abs() + (hd * sin).abs(),
                (hw * sin).abs() + (hd * cos).abs(),
            )
        }
    }
}

/// A named group of guests that sits together and is given one physical table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogicalTable {
    /// Stable id.
    pub id: LogicalId,
    /// Unique name ("Vertrieb 2", "VIP 1").
    pub name: String,
    /// VIP tables are placed by hand and never touched by a table-draw import.
    pub vip: bool,
    /// The physical table it has been given, if any.
    pub physical: Option<TableId>,
    /// Seats to plan for while it has no physical table (`None`: the venue's usual size).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_seats: Option<u32>,
}

/// The editable facts about a guest (everything but the id and the seat).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuestFields {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Email address; unique (case-insensitive) when present.
    #[serde(default)]
    pub email: Option<String>,
    /// Department or company.
    #[serde(default)]
    pub department: String,
    /// Dietary needs ("vegetarisch", "nut allergy").
    #[serde(default)]
    pub dietary: String,
    /// Whether the guest is a VIP.
    #[serde(default)]
    pub vip: bool,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
    /// Group label: people who should sit together.
    #[serde(default)]
    pub group: String,
}

/// A person invited to the event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guest {
    /// Stable id.
    pub id: GuestId,
    /// Names, contact and needs.
    #[serde(flatten)]
    pub fields: GuestFields,
    /// The logical table the guest is seated at, if any.
    pub logical: Option<LogicalId>,
    /// Kept where they sit (or unseated) by automatic seating.
    #[serde(default)]
    pub pinned: bool,
    /// Values of the custom fields, by field.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub custom: std::collections::BTreeMap<super::ids::FieldId, FieldValue>,
}

impl Guest {
    /// "First Last", trimmed, for messages and lists.
    pub fn display_name(&self) -> String {
        let first = self.fields.first_name.trim();
        let last = self.fields.last_name.trim();
        match (first.is_empty(), last.is_empty()) {
            (true, true) => format!("{}", self.id),
            (true, false) => last.to_owned(),
            (false, true) => first.to_owned(),
            (false, false) => format!("{first} {last}"),
        }
    }
}

/// Normalises a name, number or email for uniqueness checks: trimmed and lower-cased.
pub fn match_key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// The guest email: sender, subject and body with placeholders `{first_name}`, `{last_name}`,
/// `{table}`, `{table_number}`, `{room}`, `{department}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailTemplate {
    /// The From address ("Party team <party@example.com>").
    pub sender: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

impl Default for EmailTemplate {
    fn default() -> Self {
        // In the current language: a plan that never set its email writes it in the language
        // of whoever exports. The placeholders stay as they are in every language.
        EmailTemplate {
            sender: seatplan_i18n::t!("email-default-sender"),
            subject: seatplan_i18n::t!("email-default-subject"),
            body: seatplan_i18n::t!("email-default-body"),
        }
    }
}

/// Smallest and largest wish weight.
pub const WISH_WEIGHT: (i32, i32) = (-100, 100);

/// A hard rule between two guests: automatic seating never breaks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WishRule {
    /// They must sit at the same table.
    Together,
    /// They must not sit at the same table.
    Apart,
}

impl WishRule {
    /// The stable word used in files and JSON ("together", "apart").
    pub fn as_str(self) -> &'static str {
        match self {
            WishRule::Together => "together",
            WishRule::Apart => "apart",
        }
    }
}

/// What is wished about two guests sitting together (one wish per unordered pair): a weight
/// from −100 (better apart) to +100 (want to sit together), or a hard rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wish {
    /// −100 … +100; counts in the score when both sit at the same table.
    pub weight: i32,
    /// A rule that must hold, if any.
    pub rule: Option<WishRule>,
}

/// What values a custom guest field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    /// Any text.
    Text,
    /// Yes or no.
    YesNo,
    /// One of the field's options.
    Choice,
    /// A number.
    Number,
}

impl FieldKind {
    /// The stable word used in files, JSON and the command line ("yes-no").
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::Text => "text",
            FieldKind::YesNo => "yes-no",
            FieldKind::Choice => "choice",
            FieldKind::Number => "number",
        }
    }
}

/// A guest field the organiser defined ("Shuttle", "T-shirt size").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomField {
    /// Stable id (values are kept by it through renames).
    pub id: super::ids::FieldId,
    /// Unique name.
    pub name: String,
    /// What values it takes.
    pub kind: FieldKind,
    /// The options of a choice, in order.
    #[serde(default)]
    pub options: Vec<String>,
}

/// One guest's value of a custom field: yes/no, a number, or text (a choice's option).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    /// A yes/no field's value.
    Bool(bool),
    /// A number field's value.
    Number(f64),
    /// A text field's value, or a choice's option.
    Text(String),
}

/// The most characters a custom field's text value may have — the notes' limit: every export
/// (Excel's cells, printouts, emails) can carry it.
pub const MAX_TEXT_VALUE_CHARS: usize = 2000;

impl FieldValue {
    /// How many characters a text value has beyond what may be entered
    /// ([`MAX_TEXT_VALUE_CHARS`]): `Some(length)` when too long.
    pub fn too_long(&self) -> Option<usize> {
        match self {
            FieldValue::Text(text) => {
                let n = text.chars().count();
                (n > MAX_TEXT_VALUE_CHARS).then_some(n)
            }
            _ => None,
        }
    }

    /// Whether the value fits a field of `kind` (with these `options` for a choice).
    pub fn fits(&self, kind: FieldKind, options: &[String]) -> bool {
        match (self, kind) {
            (FieldValue::Bool(_), FieldKind::YesNo) => true,
            (FieldValue::Number(n), FieldKind::Number) => n.is_finite(),
            (FieldValue::Text(_), FieldKind::Text) => true,
            (FieldValue::Text(t), FieldKind::Choice) => options.iter().any(|o| o == t),
            _ => false,
        }
    }
}

impl CustomField {
    /// The value `text` means for this field: yes/no words in English and German (x, 1/0), a
    /// number with either decimal mark, one of a choice's options (any case); an empty text is
    /// no value. `Err` with the text when it does not fit.
    pub fn parse_value(&self, text: &str) -> Result<Option<FieldValue>, String> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        match self.kind {
            FieldKind::Text => Ok(Some(FieldValue::Text(trimmed.to_owned()))),
            FieldKind::YesNo => match trimmed.to_lowercase().as_str() {
                "no" | "nein" | "n" | "0" | "false" | "falsch" | "-" => {
                    Ok(Some(FieldValue::Bool(false)))
                }
                "yes" | "ja" | "j" | "y" | "x" | "1" | "true" | "wahr" | "✓" | "✔" => {
                    Ok(Some(FieldValue::Bool(true)))
                }
                _ => Err(trimmed.to_owned()),
            },
            FieldKind::Number => seatplan_i18n::parse_decimal(trimmed)
                .map(|n| Some(FieldValue::Number(n)))
                .ok_or_else(|| trimmed.to_owned()),
            FieldKind::Choice => self
                .options
                .iter()
                .find(|o| match_key(o) == match_key(trimmed))
                .map(|o| Some(FieldValue::Text(o.clone())))
                .ok_or_else(|| trimmed.to_owned()),
        }
    }
}
