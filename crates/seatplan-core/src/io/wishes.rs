//! The wishes import: who wants to sit with whom (a weight), or must / must not (a rule).
//!
//! Columns: *Guest*, *With* (an email, case-insensitive, or "First Last" when only one guest has
//! that name), *Weight* (a whole number −100 … 100, 10 when empty) and optional *Rule*
//! (`together` / `apart`); German headers *Gast*, *Mit*, *Gewicht*, *Regel* (`zusammen` /
//! `getrennt`). A later row for the same pair replaces an earlier one (listed); unknown guests,
//! a guest with themselves, a bad weight or rule are errors; a wish the plan already has is
//! unchanged.

use super::columns::FieldSpec;
use super::sheet::{Sheet, read_sheet};
use super::{ImportError, ImportOptions, ImportPreview, LineKind, PreviewLine, file_name};
use crate::domain::model::{WISH_WEIGHT, match_key};
use crate::domain::plan::pair;
use crate::domain::{Command, GuestId, Plan, WishRule};
use seatplan_i18n::t;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The weight of a wish whose weight cell is empty.
pub const DEFAULT_WEIGHT: i32 = 10;

/// The columns a wishes file may have (English and German names).
pub const WISH_FIELDS: &[FieldSpec] = &[
    FieldSpec {
        key: "guest",
        label: "Guest",
        names: &["Guest", "Gast", "Name", "Person"],
    },
    FieldSpec {
        key: "with",
        label: "With",
        names: &["With", "Mit", "Sits with", "Sitzt mit", "Partner"],
    },
    FieldSpec {
        key: "weight",
        label: "Weight",
        names: &["Weight", "Gewicht", "Wunsch", "Wish"],
    },
    FieldSpec {
        key: "rule",
        label: "Rule",
        names: &["Rule", "Regel"],
    },
];

/// Reads a wishes file and computes what importing it would do to `plan`.
pub fn preview_wish_import(
    plan: &Plan,
    path: &Path,
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    let sheet = read_sheet(path, options.sheet.as_deref())?;
    preview_wish_sheet(plan, &sheet, &file_name(path), options)
}

/// How guests are found by what a cell says: email or a unique full name.
struct Lookup {
    by_email: HashMap<String, GuestId>,
    by_name: HashMap<String, Vec<GuestId>>,
}

impl Lookup {
    fn new(plan: &Plan) -> Self {
        let mut by_email = HashMap::new();
        let mut by_name: HashMap<String, Vec<GuestId>> = HashMap::new();
        for g in plan.guests() {
            if let Some(email) = &g.fields.email {
                by_email.insert(match_key(email), g.id);
            }
            by_name
                .entry(match_key(&g.display_name()))
                .or_default()
                .push(g.id);
        }
        Self { by_email, by_name }
    }

    fn find(&self, text: &str) -> Result<GuestId, String> {
        let key = match_key(text);
        if let Some(&id) = self.by_email.get(&key) {
            return Ok(id);
        }
        let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
        match self.by_name.get(&key).map(Vec::as_slice) {
            Some([one]) => Ok(*one),
            Some(many) if many.len() > 1 => Err(t!(
                "wishes-ambiguous",
                name = text.trim(),
                count = many.len()
            )),
            _ => Err(t!("wishes-unknown-guest", name = text.trim())),
        }
    }
}

/// The guest a text names: an email (any case) or the full name of exactly one guest; `Err` says
/// why not in words.
pub fn find_guest(plan: &Plan, text: &str) -> Result<GuestId, String> {
    Lookup::new(plan).find(text)
}

/// "together" / "zusammen" / "apart" / "getrennt" (any case); `Ok(None)` for an empty cell.
fn parse_rule(text: &str) -> Result<Option<WishRule>, ()> {
    match text.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "together" | "zusammen" | "must together" | "muss zusammen" => Ok(Some(WishRule::Together)),
        "apart" | "getrennt" | "not together" | "nicht zusammen" => Ok(Some(WishRule::Apart)),
        _ => Err(()),
    }
}

/// Like [`preview_wish_import`] for a sheet already read.
pub fn preview_wish_sheet(
    plan: &Plan,
    sheet: &Sheet,
    file: &str,
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    let (mut p, map) =
        ImportPreview::start(sheet, file, WISH_FIELDS, &[&["guest", "with"]], options)?;
    let line = |p: &mut ImportPreview, kind, row: usize, text: String| {
        p.lines.push(PreviewLine {
            kind,
            row: Some(row),
            text,
        });
    };
    let lookup = Lookup::new(plan);
    let name = |id: GuestId| {
        plan.guest(id)
            .map_or_else(|| id.to_string(), |g| g.display_name())
    };
    // Pair → (row, weight, rule); a later row replaces an earlier one.
    let mut wishes: BTreeMap<(GuestId, GuestId), (usize, i32, Option<WishRule>)> = BTreeMap::new();
    for (index, cells) in sheet.rows.iter().enumerate().skip(map.header_index + 1) {
        let row = sheet.row_numbers.get(index).copied().unwrap_or(index + 1);
        if let Some(problem) = map.problem_in(cells, &[]) {
            line(&mut p, LineKind::Error, row, problem);
            continue;
        }
        let (guest_text, with_text) = (map.get(cells, "guest"), map.get(cells, "with"));
        if guest_text.trim().is_empty() && with_text.trim().is_empty() {
            continue;
        }
        if guest_text.trim().is_empty() || with_text.trim().is_empty() {
            line(&mut p, LineKind::Error, row, t!("wishes-half-empty"));
            continue;
        }
        let (guest, with) = match (lookup.find(guest_text), lookup.find(with_text)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                line(&mut p, LineKind::Error, row, e);
                continue;
            }
        };
        if guest == with {
            line(
                &mut p,
                LineKind::Error,
                row,
                t!("wishes-self", guest = name(guest)),
            );
            continue;
        }
        let weight_text = map.get(cells, "weight").trim();
        let rule_text = map.get(cells, "rule").trim();
        let weight = if weight_text.is_empty() {
            // A rule row without a weight is the rule alone.
            if rule_text.is_empty() {
                DEFAULT_WEIGHT
            } else {
                0
            }
        } else {
            match parse_weight(weight_text) {
                Some(w) => w,
                None => {
                    line(
                        &mut p,
                        LineKind::Error,
                        row,
                        t!("wishes-bad-weight", text = weight_text),
                    );
                    continue;
                }
            }
        };
        let Ok(rule) = parse_rule(map.get(cells, "rule")) else {
            line(
                &mut p,
                LineKind::Error,
                row,
                t!("wishes-bad-rule", text = map.get(cells, "rule").trim()),
            );
            continue;
        };
        if let Some((earlier, _, _)) = wishes.insert(pair(guest, with), (row, weight, rule)) {
            line(
                &mut p,
                LineKind::Warning,
                row,
                t!(
                    "wishes-replaces-row",
                    row = earlier.to_string(),
                    guest = name(guest),
                    with = name(with)
                ),
            );
        }
    }
    let mut commands = Vec::new();
    for (&(guest, with), &(row, weight, rule)) in &wishes {
        let text = wish_text(&name(guest), &name(with), weight, rule);
        match plan.wish(guest, with) {
            Some(w) if w.weight == weight && w.rule == rule => p.unchanged += 1,
            Some(_) => {
                p.changes += 1;
                line(&mut p, LineKind::Changed, row, text);
            }
            None => {
                p.additions += 1;
                line(&mut p, LineKind::Added, row, text);
            }
        }
        if plan
            .wish(guest, with)
            .is_none_or(|w| w.weight != weight || w.rule != rule)
        {
            commands.push(Command::SetWish {
                guest,
                with,
                weight,
                rule,
            });
        }
    }
    p.finish("wishes", commands);
    Ok(p)
}

/// A weight cell: a whole number (Excel may store 50 as 50.0) within −100 … 100.
fn parse_weight(text: &str) -> Option<i32> {
    let value = seatplan_i18n::parse_decimal(text)
        .or_else(|| text.replace('−', "-").trim().parse::<f64>().ok())?;
    if value.fract() != 0.0 {
        return None;
    }
    let value = value as i64;
    (i64::from(WISH_WEIGHT.0)..=i64::from(WISH_WEIGHT.1))
        .contains(&value)
        .then_some(value as i32)
}

/// "Anna Müller and Ben Weber: +50", "… must sit together".
fn wish_text(guest: &str, with: &str, weight: i32, rule: Option<WishRule>) -> String {
    match rule {
        Some(WishRule::Together) => t!("wishes-line-together", guest = guest, with = with),
        Some(WishRule::Apart) => t!("wishes-line-apart", guest = guest, with = with),
        None => t!(
            "wishes-line",
            guest = guest,
            with = with,
            weight = crate::domain::describe::signed(weight)
        ),
    }
}
