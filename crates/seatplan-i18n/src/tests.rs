//! The message files are complete, consistent and used; numbers, plurals and the language choice.

use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Messages that code asks for with an id it builds at run time (not as a literal), that only
/// the language list reads, or that this crate itself asks for (its files are not scanned).
const USED_WITHOUT_A_LITERAL: &[&str] = &["language-name", "format-date", "format-time"];

fn languages_on_disk() -> Vec<&'static str> {
    let mut codes: Vec<&str> = EMBEDDED.iter().map(|(code, _)| *code).collect();
    codes.dedup();
    codes
}

#[test]
fn every_file_parses() {
    for (code, name, text) in files() {
        if let Err((_, errors)) = FluentResource::try_new(text.to_owned()) {
            panic!("{code}/{name} does not parse: {errors:?}");
        }
    }
}

#[test]
fn no_id_is_defined_twice() {
    for code in languages_on_disk() {
        let ids = message_ids(code);
        let mut seen = BTreeSet::new();
        for id in &ids {
            assert!(seen.insert(id), "{code}: message '{id}' is defined twice");
        }
    }
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english: BTreeSet<String> = message_ids(FALLBACK).into_iter().collect();
    assert!(english.len() > 10, "English has messages");
    for code in languages_on_disk() {
        let ids: BTreeSet<String> = message_ids(code).into_iter().collect();
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code} has messages English lacks: {extra:?}"
        );
    }
}

/// The placeholders (`$name`) each message of a language uses.
fn placeholders(code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (c, _, text) in files() {
        if c != code {
            continue;
        }
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                current = line.split_once('=').map(|(id, _)| id.trim().to_owned());
            } else if (line.starts_with('#') || line.trim().is_empty()) && !line.starts_with(' ') {
                current = None;
            }
            let Some(id) = &current else { continue };
            let entry = out.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                entry.insert(name);
            }
        }
    }
    out
}

#[test]
fn every_language_fills_the_same_placeholders() {
    let english = placeholders(FALLBACK);
    for code in languages_on_disk() {
        for (id, names) in placeholders(code) {
            let Some(wanted) = english.get(&id) else {
                continue;
            };
            assert_eq!(
                &names, wanted,
                "{code}: message '{id}' uses other placeholders"
            );
        }
    }
}

/// Every `.rs` file of the workspace's own code.
fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut stack = vec![root.join("src"), root.join("crates")];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.ends_with("target") && !path.ends_with("seatplan-i18n") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// The ids code asks for with `t!("id"…)` or `tr("id")`, with the file that asks.
fn ids_in_code() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for file in sources() {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        // `t!(` then the id's literal, on the same line or (as rustfmt wraps) the next.
        for marker in ["t!(", "tr(", "tr_with("] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(marker) {
                let before = rest[..at].chars().last();
                rest = rest[at + marker.len()..].trim_start();
                if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(after_quote) = rest.strip_prefix('"') else {
                    continue;
                };
                rest = after_quote;
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if rest[id.len()..].starts_with('"') {
                    out.push((id, file.clone()));
                }
            }
        }
    }
    out
}

#[test]
fn every_id_in_code_exists() {
    let english: BTreeSet<String> = message_ids(FALLBACK).into_iter().collect();
    let used = ids_in_code();
    assert!(used.len() > 10, "the scan finds the ids code asks for");
    let missing: Vec<_> = used
        .iter()
        .filter(|(id, _)| !english.contains(id))
        .map(|(id, file)| format!("{id} ({})", file.display()))
        .collect();
    assert!(
        missing.is_empty(),
        "code asks for messages no file has: {missing:#?}"
    );
}

#[test]
fn every_message_is_used() {
    let used: BTreeSet<String> = ids_in_code().into_iter().map(|(id, _)| id).collect();
    let unused: Vec<_> = message_ids(FALLBACK)
        .into_iter()
        .filter(|id| !used.contains(id) && !USED_WITHOUT_A_LITERAL.contains(&id.as_str()))
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

#[test]
fn the_language_is_chosen_by_variable_then_setting_then_system() {
    let german = vec!["de-DE".to_owned()];
    assert_eq!(choose(Some("en"), None, &german), "en");
    assert_eq!(choose(None, None, &german), "de");
    assert_eq!(choose(None, Some("en"), &german), "en");
    assert_eq!(choose(Some("de_DE.UTF-8"), Some("en"), &[]), "de");
    assert_eq!(
        choose(Some("fr"), None, &["fr-FR".to_owned()]),
        "en",
        "unknown → English"
    );
    assert_eq!(
        choose(None, None, &["C".to_owned(), "de-DE".to_owned()]),
        "en"
    );
    assert_eq!(
        choose(None, None, &["fr-FR".to_owned(), "de-AT".to_owned()]),
        "de",
        "the first language we have"
    );
    assert_eq!(choose(Some("pseudo"), None, &[]), PSEUDO);
}

#[test]
fn a_thread_keeps_its_own_language() {
    assert!(set_language("de"));
    assert_eq!(language(), "de");
    let other = std::thread::spawn(language).join().ok();
    assert_eq!(other, Some("en"), "another thread is not switched");
    assert!(!set_language("xx"), "unknown languages are refused");
    assert_eq!(language(), "de");
    assert_eq!(
        available().iter().map(|(c, _)| *c).collect::<Vec<_>>(),
        ["de", "en"]
    );
    assert_eq!(available()[0].1, "Deutsch");
}

#[test]
fn times_are_shown_in_the_local_zone_summer_and_winter() {
    assert!(set_time_zone(Some("Europe/Berlin")));
    set_language("en");
    // Winter: UTC+1; summer: UTC+2.
    assert_eq!(date_time("2026-11-30T21:04:00Z"), "2026-11-30 22:04");
    assert_eq!(date_time("2026-07-01T21:04:00Z"), "2026-07-01 23:04");
    // The date moves with the zone.
    assert_eq!(date_time("2026-11-30T23:30:00Z"), "2026-12-01 00:30");
    assert_eq!(time_of_day("2026-11-30T14:05:09.123Z", true), "15:05:09");
    assert_eq!(date("2026-11-30T23:30:00Z").as_deref(), Some("2026-12-01"));
    // A bare date is a date, whatever the zone.
    assert_eq!(date("2026-11-30").as_deref(), Some("2026-11-30"));
    set_language("de");
    assert_eq!(date_time("2026-07-01T21:04:00Z"), "01.07.2026 23:04");
    assert!(!set_time_zone(Some("Mars/Olympus_Mons")));
    assert!(set_time_zone(Some("UTC")));
    assert_eq!(date_time("2026-07-01T21:04:00Z"), "01.07.2026 21:04");
    set_time_zone(None);
    set_language("en");
}

#[test]
fn numbers_follow_the_language() {
    set_time_zone(Some("UTC"));
    set_language("de");
    assert_eq!(integer(1500), "1.500");
    assert_eq!(integer(1_234_567), "1.234.567");
    assert_eq!(metres(12.5), "12,5");
    assert_eq!(metres(32.400_000_000_000_006), "32,4");
    assert_eq!(metres(-0.001), "0");
    assert_eq!(fixed(3.0, 1), "3,0");
    assert_eq!(date_time("2026-11-29T18:38:12Z"), "29.11.2026 18:38");
    set_language("en");
    assert_eq!(integer(1500), "1,500");
    assert_eq!(metres(12.5), "12.5");
    assert_eq!(metres(-2.5), "-2.5");
    assert_eq!(date_time("2026-11-29T18:38:12Z"), "2026-11-29 18:38");
    assert_eq!(date_time("garbage"), "garbage");
}

#[test]
fn typed_decimals_take_either_mark() {
    assert_eq!(parse_decimal("12,5"), Some(12.5));
    assert_eq!(parse_decimal(" 12.5 "), Some(12.5));
    assert_eq!(parse_decimal("12"), Some(12.0));
    assert_eq!(parse_decimal("-3,25"), Some(-3.25));
    assert_eq!(parse_decimal("12,"), None);
    assert_eq!(parse_decimal("1,2,3"), None);
    assert_eq!(parse_decimal("zwölf"), None);
    assert_eq!(parse_decimal(""), None);
    assert_eq!(parse_decimal("inf"), None);
    // Thousands as each language groups them.
    set_language("de");
    assert_eq!(parse_decimal("1.500"), Some(1500.0));
    assert_eq!(parse_decimal("1.000,5"), Some(1000.5));
    assert_eq!(parse_decimal("12.5"), Some(12.5));
    assert_eq!(parse_decimal("0.125"), Some(0.125));
    assert_eq!(parse_decimal("1.50"), Some(1.5));
    assert_eq!(parse_decimal("1.000.000"), Some(1_000_000.0));
    assert_eq!(parse_decimal("1.00,5"), None);
    set_language("en");
    assert_eq!(parse_decimal("1,500"), Some(1500.0));
    assert_eq!(parse_decimal("1,000.5"), Some(1000.5));
    assert_eq!(parse_decimal("12,5"), Some(12.5));
    assert_eq!(parse_decimal("1.500"), Some(1.5));
}

#[test]
fn pseudo_text_is_longer_and_keeps_placeholders() {
    set_language(PSEUDO);
    let text = t!("count-guests", count = 3);
    assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
    assert!(text.contains('3'), "{text}");
    assert!(text.contains('~'), "{text}");
    let name = t!("quoted", text = "Anna Weber");
    assert!(
        name.contains("Anna Weber"),
        "a typed name is never altered: {name}"
    );
}

#[test]
fn plurals_and_numbers_inside_messages() {
    set_language("de");
    assert_eq!(t!("count-guests", count = 1), "1 Gast");
    assert_eq!(t!("count-guests", count = 1500), "1.500 Gäste");
    set_language("en");
    assert_eq!(t!("count-guests", count = 1), "1 guest");
    assert_eq!(t!("count-guests", count = 1500), "1,500 guests");
    assert_eq!(tr("no-such-message"), "no-such-message");
}
