//! Text people type or import, made safe to keep: a name, a room or a department is one line.
//!
//! A line break in a name ("Bob\nBcc: x@evil.example", from an Excel cell with Alt+Enter) would
//! end an email header early and start another; other control characters are invisible and
//! break CSV and file names. Commands refuse such text ([`check_event`]); imports clean it with a
//! warning ([`one_line`]). Notes and the email body may have line breaks ([`multi_line`]).

use super::DomainError;
use std::borrow::Cow;

/// The fields whose text may span several lines (free notes, the email body).
pub const MULTI_LINE_FIELDS: &[&str] = &["notes", "body"];

/// `text` with every control character (line breaks, tabs, NUL, …) replaced by a space and runs
/// of spaces so made folded into one; borrowed when there was none.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out.trim().to_owned())
}

/// Whether `text` shows letters lost to a wrong text encoding (a CSV saved by Excel in one
/// encoding and read in another): the replacement character U+FFFD, or a `?` where a letter
/// belongs — before a letter ("?ukasz", "Fran?ois") or, in a name (`name`), right after one
/// ("Gro?"). A question mark that ends a sentence ("Vegan?") is no sign in other text.
pub fn lost_letters(text: &str, name: bool) -> bool {
    if text.contains('\u{fffd}') {
        return true;
    }
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        c == '?'
            && (chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
                || (name && i > 0 && chars[i - 1].is_alphabetic()))
    })
}

/// `text` with control characters other than line breaks and tabs removed (notes keep their
/// lines); `\r\n` becomes `\n`.
pub fn multi_line(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.replace("\r\n", "\n")
            .chars()
            .map(|c| if c == '\r' { '\n' } else { c })
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
            .collect(),
    )
}

/// Refuses an event of a new command whose text fields hold control characters (line breaks
/// only where [`MULTI_LINE_FIELDS`] allow them). Replay never calls this: plans written before
/// the rule keep opening as they are.
pub fn check_event(event: &super::Event) -> Result<(), DomainError> {
    let Ok(value) = event.payload_value() else {
        return Ok(());
    };
    check_value(&value, None)
}

fn check_value(value: &serde_json::Value, key: Option<&str>) -> Result<(), DomainError> {
    match value {
        serde_json::Value::String(text) => {
            let allowed = key.is_some_and(|k| MULTI_LINE_FIELDS.contains(&k));
            let bad = if allowed {
                multi_line(text) != text.as_str()
            } else {
                one_line(text) != text.as_str()
            };
            if bad {
                let field = key.unwrap_or("text").replace('_', " ");
                let shown: String = one_line(text).chars().take(40).collect();
                return Err(DomainError::Invalid(seatplan_i18n::t!(
                    "err-control-character",
                    field = field,
                    text = shown
                )));
            }
            Ok(())
        }
        serde_json::Value::Array(items) => items.iter().try_for_each(|v| check_value(v, key)),
        serde_json::Value::Object(map) => map
            .iter()
            .try_for_each(|(k, v)| check_value(v, Some(k.as_str()))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_controls_become_one_space() {
        assert_eq!(
            one_line("Bob\nBcc: x@evil.example"),
            "Bob Bcc: x@evil.example"
        );
        assert_eq!(one_line("Doe\r\n\r\nSubject: x\0"), "Doe Subject: x");
        assert!(matches!(one_line("Jürgen Groß"), Cow::Borrowed(_)));
        assert_eq!(multi_line("a\r\nb\u{7}\tc"), "a\nb\tc");
    }
}
