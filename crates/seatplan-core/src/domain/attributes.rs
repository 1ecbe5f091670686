//! The guest's built-in columns (first name, email, table, …) and the names people give them in
//! English and German: what imports read, and names no custom field may take, so that a custom
//! field never shadows a built-in column in an export that is read back.

use seatplan_i18n::t;

/// A field's name for people, in the current language ("First name", "Vorname"); an unknown
/// key is shown as it is.
pub fn field_label(key: &str) -> String {
    match key {
        "first_name" => t!("col-first-name"),
        "last_name" => t!("col-last-name"),
        "name" => t!("col-name"),
        "email" => t!("col-email"),
        "department" => t!("col-department"),
        "dietary" => t!("col-dietary"),
        "vip" => t!("col-vip"),
        "table" => t!("col-table"),
        "group" => t!("col-group"),
        "notes" => t!("col-notes"),
        "logical" => t!("col-logical"),
        "physical" => t!("col-physical"),
        "room" => t!("col-room"),
        "guest" => t!("col-guest"),
        "with" => t!("col-with"),
        "weight" => t!("col-weight"),
        "rule" => t!("col-rule"),
        other => other.to_owned(),
    }
}

/// A field an import reads, with the column names that mean it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// Stable key ("first_name").
    pub key: &'static str,
    /// Label for people ("First name").
    pub label: &'static str,
    /// Column names that mean this field (normalised by [`normalise`]).
    pub names: &'static [&'static str],
}

/// Lower-case, without spaces, dashes, dots, underscores or a trailing colon: "E-Mail " → "email".
pub fn normalise(header: &str) -> String {
    header
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '.' | ':' | '*' | '\u{a0}'))
        .collect()
}

/// The built-in field a column header names, if any.
pub fn field_of(specs: &[FieldSpec], header: &str) -> Option<&'static str> {
    let n = normalise(header);
    if n.is_empty() {
        return None;
    }
    specs
        .iter()
        .find(|s| s.names.iter().any(|name| normalise(name) == n))
        .map(|s| s.key)
}

/// The built-in guest columns, with the names people give them in English and German: what a
/// guest list is read by, and the names no custom field may take.
pub const GUEST_COLUMNS: &[FieldSpec] = &[
    FieldSpec {
        key: "first_name",
        label: "First name",
        names: &["First name", "Firstname", "Given name", "Vorname"],
    },
    FieldSpec {
        key: "last_name",
        label: "Last name",
        names: &[
            "Last name",
            "Lastname",
            "Surname",
            "Family name",
            "Nachname",
            "Familienname",
        ],
    },
    FieldSpec {
        key: "name",
        label: "Name",
        names: &["Name", "Full name", "Guest", "Gast", "Vollständiger Name"],
    },
    FieldSpec {
        key: "email",
        label: "Email",
        names: &["Email", "E-Mail", "Mail", "Email address", "E-Mail-Adresse"],
    },
    FieldSpec {
        key: "department",
        label: "Department",
        names: &["Department", "Abteilung", "Company", "Firma", "Unternehmen"],
    },
    FieldSpec {
        key: "dietary",
        label: "Dietary",
        names: &[
            "Dietary",
            "Diet",
            "Dietary needs",
            "Ernährung",
            "Allergies",
            "Allergien",
        ],
    },
    FieldSpec {
        key: "vip",
        label: "VIP",
        names: &["VIP"],
    },
    FieldSpec {
        key: "table",
        label: "Table",
        names: &["Table", "Tisch", "Logical table", "Logischer Tisch"],
    },
    FieldSpec {
        key: "group",
        label: "Group",
        names: &["Group", "Gruppe"],
    },
    FieldSpec {
        key: "notes",
        label: "Notes",
        names: &[
            "Notes",
            "Note",
            "Bemerkung",
            "Bemerkungen",
            "Notiz",
            "Notizen",
            "Kommentar",
            "Comment",
        ],
    },
];

/// Column headers seatplan's own exports write besides the guest columns (in English and
/// German): a custom field named so would be read back as one of them.
const EXPORT_HEADERS: &[(&str, &[&str])] = &[
    ("room", &["Room", "Raum"]),
    ("physical", &["Physical table", "Physischer Tisch"]),
    ("seats", &["Seats", "Plätze"]),
    ("seated", &["Seated", "Besetzt"]),
];

/// The key of the built-in column (or export header) that `name` names, if any: "E-Mail" →
/// "email", "Allergien" → "dietary".
pub fn built_in_column(name: &str) -> Option<&'static str> {
    field_of(GUEST_COLUMNS, name).or_else(|| {
        let n = normalise(name);
        EXPORT_HEADERS
            .iter()
            .find(|(_, names)| names.iter().any(|h| normalise(h) == n))
            .map(|(key, _)| *key)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_names_are_found_in_both_languages_whatever_the_spelling() {
        assert_eq!(built_in_column("E-Mail"), Some("email"));
        assert_eq!(built_in_column(" email "), Some("email"));
        assert_eq!(built_in_column("Allergien"), Some("dietary"));
        assert_eq!(built_in_column("vip"), Some("vip"));
        assert_eq!(built_in_column("Tisch"), Some("table"));
        assert_eq!(built_in_column("Vorname"), Some("first_name"));
        assert_eq!(built_in_column("Physischer Tisch"), Some("physical"));
        assert_eq!(built_in_column("Notizen"), Some("notes"));
        assert_eq!(built_in_column("Shirt size"), None);
        assert_eq!(built_in_column("E-Mail privat"), None);
    }
}
