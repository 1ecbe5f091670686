//! The command line's building and seating commands: `add-room`, `add-tables`, `add-logical`
//! and `auto-seat` (`import-wishes` shares the import path of the other imports).

use super::{execute, room_named, write_batch};
use crate::domain::layout::{room_beside, table_grid};
use crate::domain::{Command, Plan, TableShape};
use crate::history::Document;
use crate::i18n::t;
use crate::seating::{Scope, SeatingOptions, SeatingResult, Stopped};
use anyhow::{Result, anyhow, bail};
use serde_json::{Value, json};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// A length typed on the command line ("12,5" or "12.5").
fn metres(text: &str, what: &str) -> Result<f64> {
    crate::i18n::parse_decimal(text)
        .ok_or_else(|| anyhow!(t!("cli-not-a-length", what = what, text = text)))
}

/// `add-room FILE NAME --width-m W --height-m H`.
pub(super) fn add_room(
    out: &mut dyn Write,
    file: &Path,
    name: &str,
    width: &str,
    height: &str,
) -> Result<()> {
    let (width_m, height_m) = (metres(width, "--width-m")?, metres(height, "--height-m")?);
    let mut doc = Document::open(file)?;
    let (x_m, y_m) = room_beside(doc.plan());
    execute(
        out,
        &mut doc,
        &Command::CreateRoom {
            name: name.to_owned(),
            width_m,
            height_m,
            x_m,
            y_m,
        },
    )
}

/// `add-tables FILE ROOM --count N --seats S [--shape …] [--first NUMBER]`.
pub(super) fn add_tables(
    out: &mut dyn Write,
    file: &Path,
    room: &str,
    count: usize,
    seats: u32,
    shape: TableShape,
    first: Option<&str>,
) -> Result<()> {
    if count == 0 {
        bail!(t!("cli-count-zero"));
    }
    let mut doc = Document::open(file)?;
    let room = room_named(doc.plan(), room)?;
    let tables = table_grid(doc.plan(), room, count, shape, seats, first)?;
    let description = format!(
        "Added {count} table{} in “{}”",
        if count == 1 { "" } else { "s" },
        doc.plan().room(room).map_or("?", |r| r.name.as_str())
    );
    execute(
        out,
        &mut doc,
        &Command::Many {
            description,
            commands: tables.into_iter().map(Command::AddTable).collect(),
        },
    )
}

/// `add-logical FILE NAME [--table NUMBER] [--vip]`.
pub(super) fn add_logical(
    out: &mut dyn Write,
    file: &Path,
    name: &str,
    table: Option<&str>,
    vip: bool,
) -> Result<()> {
    let mut doc = Document::open(file)?;
    let mut commands = vec![Command::CreateLogicalTable {
        name: name.to_owned(),
        vip,
    }];
    if let Some(number) = table {
        let table = doc
            .plan()
            .table_numbered(number)
            .map(|t| t.id)
            .ok_or_else(|| anyhow!(t!("cli-no-table", number = number)))?;
        commands.push(Command::AssignTableToNamed {
            logical_name: name.to_owned(),
            table,
        });
    }
    let command = match commands.len() {
        1 => commands.remove(0),
        _ => Command::Many {
            description: format!(
                "Created logical table “{}” at table {}",
                name.trim(),
                table.unwrap_or("?")
            ),
            commands,
        },
    };
    execute(out, &mut doc, &command)
}

/// What `auto-seat` was asked.
pub(super) struct AutoSeatArgs {
    pub all: bool,
    pub min_known: u32,
    pub department_weight: i32,
    pub seconds: String,
    pub seed: u64,
    pub steps: Option<u64>,
    pub group_by: Option<String>,
    pub needs_access: Option<String>,
    pub json: bool,
    pub yes: bool,
}

/// The largest department weight (a pair of colleagues outweighing a couple's wish many times
/// over makes no sense; the window offers 0–100).
const MAX_DEPARTMENT_WEIGHT: i32 = 100;

/// Names printed per table before "and N more".
const NAMES_PER_TABLE: usize = 8;

/// Unmet wishes printed at most.
const UNMET_LINES: usize = 30;

/// `auto-seat FILE [--all] [--min-known K] [--department-weight W] [--seconds S] [--seed N]
/// [--json] [--yes]`.
pub(super) fn auto_seat(out: &mut dyn Write, file: &Path, args: AutoSeatArgs) -> Result<()> {
    let seconds = crate::i18n::parse_decimal(&args.seconds)
        .filter(|s| *s > 0.0 && *s <= 3600.0)
        .ok_or_else(|| anyhow!(t!("cli-bad-seconds", seconds = args.seconds.as_str())))?;
    if !(0..=MAX_DEPARTMENT_WEIGHT).contains(&args.department_weight) {
        bail!(t!(
            "cli-bad-department-weight",
            weight = args.department_weight.to_string(),
            max = MAX_DEPARTMENT_WEIGHT.to_string()
        ));
    }
    let mut doc = super::open_for(file, args.yes)?;
    let options = SeatingOptions {
        scope: if args.all {
            Scope::All
        } else {
            Scope::Unseated
        },
        min_known: args.min_known,
        department_weight: args.department_weight,
        time: Duration::from_secs_f64(seconds),
        seed: args.seed,
        steps: args.steps,
        group_by: match &args.group_by {
            Some(name) => Some(
                doc.plan()
                    .field_named(name)
                    .map(|f| f.id)
                    .ok_or_else(|| anyhow!(t!("cli-no-field", name = name.as_str())))?,
            ),
            None => None,
        },
        needs_access: match &args.needs_access {
            Some(name) => {
                let field = doc
                    .plan()
                    .field_named(name)
                    .ok_or_else(|| anyhow!(t!("cli-no-field", name = name.as_str())))?;
                if field.kind != crate::domain::FieldKind::YesNo {
                    bail!(t!("cli-needs-access-yes-no", name = field.name.as_str()));
                }
                Some(field.id)
            }
            None => None,
        },
        ..SeatingOptions::default()
    };
    let result = crate::seating::run(doc.plan(), &options, &AtomicBool::new(false), &|_| {})?;
    if args.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&result_json(doc.plan(), &result))?
        )?;
    } else {
        write_result(out, doc.plan(), &result)?;
    }
    if args.yes {
        // A result that leaves guests without a seat while seats are free is not a promise kept.
        if let Some(text) = result.incomplete_text() {
            bail!(text);
        }
        match &result.command {
            Some(command) => match doc.execute(command)? {
                Some(batch) if !args.json => write_batch(out, &doc, batch)?,
                _ => {}
            },
            None if !args.json => writeln!(out, "{}", t!("cli-nothing-to-change"))?,
            None => {}
        }
    } else if !args.json && result.command.is_some() {
        writeln!(out, "{}", t!("cli-auto-seat-again"))?;
    }
    Ok(())
}

/// The `auto-seat --json` document (keys are an interface).
fn result_json(plan: &Plan, result: &SeatingResult) -> Value {
    let name = |id| super::guest_key(plan, id);
    json!({
        "score_before": result.score_before,
        "score": result.score,
        "placed": result.placed.len(),
        "moved": result.moved.len(),
        "unseated": result.unseated.len(),
        "unmet": result.unmet.iter().map(|u| json!({
            "guest": name(u.guest),
            "with": name(u.with),
            "weight": u.wish.weight,
            "rule": u.wish.rule.map(|r| r.as_str()),
            "reason": crate::i18n::with_language(crate::i18n::FALLBACK, || u.reason.text(plan)),
        })).collect::<Vec<_>>(),
        "stopped": match result.stopped {
            Stopped::Proven => "proven",
            Stopped::Converged => "converged",
            Stopped::Steps => "steps",
            Stopped::Time => "time",
            Stopped::Cancelled => "cancelled",
        },
        "bound": result.bound,
        "gap": result.gap(),
        "unseated_with_room": result.unseated_with_room.len(),
    })
}

/// The preview in words: score before → after, who is placed and moved, unmet wishes and why.
fn write_result(out: &mut dyn Write, plan: &Plan, result: &SeatingResult) -> Result<()> {
    let name = |id| {
        plan.guest(id)
            .map_or_else(|| format!("{id}"), |g| g.display_name())
    };
    writeln!(
        out,
        "{}",
        t!(
            "cli-auto-seat-score",
            before = result.score_before,
            after = result.score
        )
    )?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-auto-seat-counts",
            placed = result.placed.len(),
            moved = result.moved.len(),
            unseated = result.unseated.len()
        )
    )?;
    writeln!(out, "{}", result.quality_text())?;
    writeln!(out, "{}", result.stop_text())?;
    // Who comes and goes, table by table (names shortened past a few).
    let names = |list: &[crate::domain::GuestId]| {
        let mut shown: Vec<String> = list
            .iter()
            .take(NAMES_PER_TABLE)
            .map(|g| name(*g))
            .collect();
        if list.len() > NAMES_PER_TABLE {
            shown.push(t!("cli-and-n-more", count = list.len() - NAMES_PER_TABLE));
        }
        shown.join(", ")
    };
    let per_table = result.per_table(plan);
    for (table, change) in per_table.iter().take(UNMET_LINES) {
        let table = plan
            .logical_table(*table)
            .map_or_else(String::new, |l| l.name.clone());
        let mut parts = Vec::new();
        if !change.arriving.is_empty() {
            parts.push(format!("+ {}", names(&change.arriving)));
        }
        if !change.leaving.is_empty() {
            parts.push(format!("− {}", names(&change.leaving)));
        }
        writeln!(
            out,
            "  {}",
            t!(
                "cli-auto-seat-table",
                table = table.as_str(),
                changes = parts.join("; ")
            )
        )?;
    }
    if per_table.len() > UNMET_LINES {
        writeln!(
            out,
            "  {}",
            t!("cli-and-more", count = per_table.len() - UNMET_LINES)
        )?;
    }
    if !result.unseated.is_empty() {
        writeln!(
            out,
            "{}",
            t!(
                "cli-auto-seat-without-seat",
                names = names(&result.unseated)
            )
        )?;
        if !result.unseated_needing_access.is_empty() {
            writeln!(
                out,
                "{}",
                t!(
                    "cli-auto-seat-no-accessible-room",
                    names = names(&result.unseated_needing_access)
                )
            )?;
        }
        if let Some(text) = result.incomplete_text() {
            writeln!(out, "{text}")?;
        }
    }
    if result.score < result.score_before {
        writeln!(out, "{}", t!("cli-auto-seat-lower"))?;
    }
    if !result.exempt.is_empty() {
        let mut names: Vec<String> = result
            .exempt
            .iter()
            .take(UNMET_LINES)
            .map(|g| name(*g))
            .collect();
        if result.exempt.len() > UNMET_LINES {
            names.push("…".to_owned());
        }
        writeln!(
            out,
            "{}",
            t!(
                "cli-auto-seat-exempt",
                count = result.exempt.len(),
                names = names.join(", ")
            )
        )?;
    }
    if result.unmet.is_empty() {
        writeln!(out, "{}", t!("cli-auto-seat-all-met"))?;
    } else {
        writeln!(
            out,
            "{}",
            t!("cli-auto-seat-unmet", count = result.unmet.len())
        )?;
        for u in result.unmet.iter().take(UNMET_LINES) {
            writeln!(
                out,
                "  {}",
                t!(
                    "cli-auto-seat-unmet-line",
                    guest = name(u.guest),
                    with = name(u.with),
                    wish = wish_label(u.wish),
                    reason = u.reason.text(plan)
                )
            )?;
        }
        if result.unmet.len() > UNMET_LINES {
            writeln!(
                out,
                "  {}",
                t!("cli-and-more", count = result.unmet.len() - UNMET_LINES)
            )?;
        }
    }
    Ok(())
}

fn wish_label(wish: crate::domain::Wish) -> String {
    match wish.rule {
        Some(crate::domain::WishRule::Together) => t!("diff-wish-together"),
        Some(crate::domain::WishRule::Apart) => t!("diff-wish-apart"),
        None => crate::domain::describe::signed(wish.weight),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lengths_take_a_comma_or_a_point() {
        assert_eq!(super::metres("12,5", "--width-m").unwrap(), 12.5);
        assert_eq!(super::metres("12.5", "--width-m").unwrap(), 12.5);
        assert!(super::metres("zwölf", "--width-m").is_err());
    }
}
