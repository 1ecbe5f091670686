//! Decoding stored events of any version this build has ever written.
//!
//! An event row carries `(event_type, schema_version, payload)`. Decoding:
//! 1. an old type name is mapped to its current name through [`ALIASES`];
//! 2. a payload older than the current schema version is lifted one version at a time by the
//!    upcasters in [`upcast_step`], on `serde_json::Value` (v1 → v2 → … → current);
//! 3. the current payload is deserialised into [`Event`].
//!
//! The fast path (current name and version) deserialises straight from the text.

use crate::domain::events::{EVENT_TYPES, Event};
use serde_json::{Map, Value, json};
use thiserror::Error;

/// Old event type names and the names they carry today.
pub const ALIASES: &[(&str, &str)] = &[
    // v0.1 development files called table placement "TablePlaced".
    ("TablePlaced", "TableAdded"),
];

/// Why a stored event could not be decoded.
#[derive(Debug, Error, PartialEq)]
pub enum DecodeError {
    /// The type name is unknown to this build (written by a newer seatplan, or foreign).
    #[error("{}", seatplan_i18n::t!("err-unknown-event-type", kind = .0))]
    UnknownType(String),
    /// The schema version is newer than this build understands.
    #[error("{}", seatplan_i18n::t!("err-newer-event-version", kind = .type_name, version = .version.to_string(), supported = .supported.to_string()))]
    NewerVersion {
        /// The event type.
        type_name: String,
        /// The stored version.
        version: u32,
        /// The newest version this build knows.
        supported: u32,
    },
    /// Version 0 or another version no upcaster starts from.
    #[error("{}", seatplan_i18n::t!("err-no-such-event-version", kind = .type_name, version = .version.to_string()))]
    NoSuchVersion {
        /// The event type.
        type_name: String,
        /// The stored version.
        version: u32,
    },
    /// The payload is not JSON of the expected shape.
    #[error("{}", seatplan_i18n::t!("err-bad-payload", kind = .type_name, version = .version.to_string(), reason = .reason))]
    BadPayload {
        /// The event type.
        type_name: String,
        /// The version being decoded.
        version: u32,
        /// What serde said.
        reason: String,
    },
}

/// The current name of an event type (resolving aliases).
pub fn canonical_type(type_name: &str) -> &str {
    ALIASES
        .iter()
        .find(|(old, _)| *old == type_name)
        .map_or(type_name, |(_, new)| new)
}

/// The current schema version of an event type, if this build knows the type.
pub fn current_version(type_name: &str) -> Option<u32> {
    EVENT_TYPES
        .iter()
        .find(|(name, _)| *name == type_name)
        .map(|(_, v)| *v)
}

/// Decodes one stored event of any known version.
pub fn decode(type_name: &str, version: u32, payload: &str) -> Result<Event, DecodeError> {
    if let Some(result) = Event::decode_if_current(type_name, version, payload) {
        return result.map_err(|e| DecodeError::BadPayload {
            type_name: type_name.to_owned(),
            version,
            reason: e.to_string(),
        });
    }
    let name = canonical_type(type_name);
    let current =
        current_version(name).ok_or_else(|| DecodeError::UnknownType(type_name.to_owned()))?;
    let bad = |version: u32, e: serde_json::Error| DecodeError::BadPayload {
        type_name: type_name.to_owned(),
        version,
        reason: e.to_string(),
    };
    if version == current {
        return match Event::decode_str(name, payload) {
            Some(result) => result.map_err(|e| bad(version, e)),
            None => Err(DecodeError::UnknownType(type_name.to_owned())),
        };
    }
    if version > current {
        return Err(DecodeError::NewerVersion {
            type_name: type_name.to_owned(),
            version,
            supported: current,
        });
    }
    if version == 0 {
        return Err(DecodeError::NoSuchVersion {
            type_name: type_name.to_owned(),
            version,
        });
    }
    let mut value: Value = serde_json::from_str(payload).map_err(|e| bad(version, e))?;
    for from in version..current {
        value = upcast_step(name, from, value)?;
    }
    match Event::decode_value(name, value) {
        Some(result) => result.map_err(|e| bad(current, e)),
        None => Err(DecodeError::UnknownType(type_name.to_owned())),
    }
}

/// Lifts a payload of `type_name` from version `from` to `from + 1`.
pub fn upcast_step(type_name: &str, from: u32, value: Value) -> Result<Value, DecodeError> {
    let mut object = match value {
        Value::Object(map) => map,
        other => {
            return Err(DecodeError::BadPayload {
                type_name: type_name.to_owned(),
                version: from,
                reason: format!("expected a JSON object, found {other}"),
            });
        }
    };
    match (type_name, from) {
        // v1 → v2: positions were `x`/`y`, the shape was "round"/"rect" with a fixed size, and
        // tables had no rotation. v2 names units, spells "rectangular" and stores the size.
        ("TableAdded", 1) => {
            rename(&mut object, "x", "x_m");
            rename(&mut object, "y", "y_m");
            let shape = object
                .get("shape")
                .and_then(Value::as_str)
                .unwrap_or("round")
                .to_owned();
            let (shape, width_m, depth_m) = match shape.as_str() {
                "rect" | "rectangular" => ("rectangular", 2.0, 0.8),
                _ => ("round", 1.8, 1.8),
            };
            object.insert("shape".into(), json!(shape));
            object.entry("width_m").or_insert(json!(width_m));
            object.entry("depth_m").or_insert(json!(depth_m));
            object.entry("rotation_deg").or_insert(json!(0.0));
            Ok(Value::Object(object))
        }
        // v1 → v2: one `name` field ("Anna Maria Müller") became first and last name (the last
        // word is the last name); the group label did not exist yet.
        ("GuestAdded", 1) => {
            let full = object
                .remove("name")
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let full = full.trim();
            let (first, last) = match full.rsplit_once(' ') {
                Some((first, last)) => (first.trim(), last.trim()),
                None => ("", full),
            };
            object.insert("first_name".into(), json!(first));
            object.insert("last_name".into(), json!(last));
            object.entry("group").or_insert(json!(""));
            Ok(Value::Object(object))
        }
        _ => Err(DecodeError::NoSuchVersion {
            type_name: type_name.to_owned(),
            version: from,
        }),
    }
}

fn rename(object: &mut Map<String, Value>, from: &str, to: &str) {
    if let Some(v) = object.remove(from) {
        object.insert(to.to_owned(), v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guest_v1_splits_the_name_at_the_last_space() {
        let event = decode(
            "GuestAdded",
            1,
            r#"{"guest":7,"name":"Anna Maria Müller","email":"a@b.de","department":"IT","dietary":"","vip":false,"notes":""}"#,
        )
        .unwrap();
        let Event::GuestAdded(g) = event else {
            panic!("wrong event {event:?}")
        };
        assert_eq!(g.fields.first_name, "Anna Maria");
        assert_eq!(g.fields.last_name, "Müller");
        assert_eq!(g.fields.group, "");
    }

    #[test]
    fn alias_and_upcast_compose() {
        let event = decode(
            "TablePlaced",
            1,
            r#"{"table":3,"number":"5","room":1,"shape":"rect","seats":8,"x":2.0,"y":3.0}"#,
        )
        .unwrap();
        let Event::TableAdded(t) = event else {
            panic!("wrong event {event:?}")
        };
        assert_eq!((t.x_m, t.y_m, t.width_m, t.depth_m), (2.0, 3.0, 2.0, 0.8));
        assert_eq!(t.shape, crate::domain::TableShape::Rectangular);
    }

    #[test]
    fn newer_and_unknown_are_refused() {
        assert!(matches!(
            decode("TableAdded", 9, "{}"),
            Err(DecodeError::NewerVersion { .. })
        ));
        assert!(matches!(
            decode("TeleportGuest", 1, "{}"),
            Err(DecodeError::UnknownType(_))
        ));
        assert!(matches!(
            decode("RoomDeleted", 1, "not json"),
            Err(DecodeError::BadPayload { .. })
        ));
    }
}
