//! What a change does to the seating, beyond the facts it changes: the guests who lose their
//! physical table or their seat, the logical tables that lose their table, the VIP tables
//! touched, the tables left over capacity. An undo or redo preview shows these first, counted,
//! then listed — undoing a table draw says "56 guests lose their physical table", not only
//! "150 logical tables: table → no table".

use super::ids::{GuestId, LogicalId, TableId};
use super::plan::Plan;
use seatplan_i18n::t;
use std::collections::BTreeSet;

/// Kinds of consequence, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConsequenceKind {
    /// Guests who keep their seat at a logical table that no longer has a physical table.
    GuestsLoseTable,
    /// Guests who lose their seat.
    GuestsLoseSeat,
    /// Logical tables that lose their physical table.
    LogicalTablesLoseTable,
    /// VIP tables whose table, guests, name or VIP state change.
    VipTables,
    /// Physical tables over capacity afterwards that were not before.
    OverCapacity,
}

/// One consequence: counted ("56 guests lose their physical table"), then each thing named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consequence {
    /// What kind.
    pub kind: ConsequenceKind,
    /// How many things.
    pub count: usize,
    /// The count in words.
    pub summary: String,
    /// Where the things come from, when the history knows ("25 of them seated by #14 …").
    pub notes: Vec<String>,
    /// Each thing, in words ("Anna Müller (Vertrieb 2)"); empty where the list of changes names
    /// them already (logical tables that lose their table).
    pub items: Vec<String>,
    /// The guests concerned (for the history to say which actions seated them).
    pub guests: Vec<GuestId>,
}

/// The consequences of going from `before` to `after`, in their order; empty when the seating
/// stays as it is.
pub fn consequences(before: &Plan, after: &Plan) -> Vec<Consequence> {
    let mut out = Vec::new();
    let has_table = |plan: &Plan, logical: Option<LogicalId>| {
        logical
            .and_then(|l| plan.logical_table(l))
            .and_then(|l| l.physical)
            .and_then(|t| plan.table(t))
            .is_some()
    };
    let logical_name = |plan: &Plan, logical: Option<LogicalId>| {
        logical
            .and_then(|l| plan.logical_table(l))
            .map_or_else(String::new, |l| l.name.clone())
    };

    // Guests: those who keep a logical table but lose its physical one, and those who lose
    // their seat (guests removed altogether are in the list of changes).
    // Listed by table, then by name.
    let mut lose_table: Vec<(String, &super::Guest)> = Vec::new();
    let mut lose_seat: Vec<(String, &super::Guest)> = Vec::new();
    for guest in before.guests() {
        let Some(now) = after.guest(guest.id) else {
            continue;
        };
        match (guest.logical, now.logical) {
            (Some(_), None) => lose_seat.push((logical_name(before, guest.logical), guest)),
            (Some(_), Some(_))
                if has_table(before, guest.logical) && !has_table(after, now.logical) =>
            {
                lose_table.push((logical_name(after, now.logical), now));
            }
            _ => {}
        }
    }
    for (kind, mut list) in [
        (ConsequenceKind::GuestsLoseTable, lose_table),
        (ConsequenceKind::GuestsLoseSeat, lose_seat),
    ] {
        if list.is_empty() {
            continue;
        }
        list.sort_by(|(ta, a), (tb, b)| {
            super::collate::natural_cmp(ta, tb).then_with(|| super::collate::name_cmp(a, b))
        });
        let count = list.len();
        let (guests, items): (Vec<GuestId>, Vec<String>) = list
            .into_iter()
            .map(|(table, g)| {
                (
                    g.id,
                    t!(
                        "consequence-guest-at",
                        guest = g.display_name(),
                        table = table
                    ),
                )
            })
            .unzip();
        out.push(Consequence {
            kind,
            count,
            summary: match kind {
                ConsequenceKind::GuestsLoseTable => {
                    t!("consequence-guests-lose-table", count = count)
                }
                _ => t!("consequence-guests-lose-seat", count = count),
            },
            notes: Vec::new(),
            items,
            guests,
        });
    }

    // Logical tables that lose their physical table (and still exist): counted here; the list
    // of changes names each.
    let lost: Vec<String> = before
        .logical_tables()
        .filter_map(|l| {
            let had = l.physical.and_then(|t| before.table(t))?;
            let now = after.logical_table(l.id)?;
            now.physical.is_none().then(|| {
                t!(
                    "consequence-logical-lost",
                    logical = now.name.as_str(),
                    table = had.number.as_str()
                )
            })
        })
        .collect();
    if !lost.is_empty() {
        out.push(Consequence {
            kind: ConsequenceKind::LogicalTablesLoseTable,
            count: lost.len(),
            summary: t!("consequence-logical-lose-table", count = lost.len()),
            notes: Vec::new(),
            items: Vec::new(),
            guests: Vec::new(),
        });
    }

    // VIP tables (VIP before or after) whose table, name, VIP state or guests change.
    let ids: BTreeSet<LogicalId> = before
        .logical_tables()
        .chain(after.logical_tables())
        .filter(|l| l.vip)
        .map(|l| l.id)
        .collect();
    let guests_at = |plan: &Plan, id| plan.guests_at(id).map(|g| g.id).collect::<Vec<_>>();
    let vip: Vec<String> = ids
        .into_iter()
        .filter_map(|id| {
            let (old, new) = (before.logical_table(id), after.logical_table(id));
            let table = |plan: &Plan, l: Option<&super::LogicalTable>| {
                l.and_then(|l| l.physical)
                    .and_then(|t| plan.table(t))
                    .map_or_else(|| t!("diff-no-table"), |t| t.number.clone())
            };
            let name = new.or(old).map_or_else(String::new, |l| l.name.clone());
            let text = match (old, new) {
                (Some(_), None) => t!("consequence-vip-gone", logical = name.as_str()),
                (None, Some(_)) => return None,
                (Some(o), Some(n)) => {
                    // Only what changes.
                    let mut what = Vec::new();
                    if o.physical != n.physical {
                        what.push(t!(
                            "consequence-vip-table",
                            before = table(before, old),
                            after = table(after, new)
                        ));
                    }
                    let (was, now) = (guests_at(before, id), guests_at(after, id));
                    if was != now {
                        what.push(t!(
                            "consequence-vip-guests",
                            before = was.len(),
                            after = now.len()
                        ));
                    }
                    if o.name != n.name {
                        what.push(t!("consequence-vip-renamed", before = o.name.as_str()));
                    }
                    if o.vip && !n.vip {
                        what.push(t!("consequence-vip-no-longer"));
                    }
                    if what.is_empty() {
                        return None;
                    }
                    t!(
                        "consequence-vip-changed",
                        logical = name.as_str(),
                        what = what.join(", ")
                    )
                }
                (None, None) => return None,
            };
            Some(text)
        })
        .collect();
    if !vip.is_empty() {
        out.push(Consequence {
            kind: ConsequenceKind::VipTables,
            count: vip.len(),
            summary: t!("consequence-vip-tables", count = vip.len()),
            notes: Vec::new(),
            items: vip,
            guests: Vec::new(),
        });
    }

    // Tables over capacity afterwards that were not before (or are fuller now).
    let over = newly_over_capacity(before, after);
    if !over.is_empty() {
        out.push(Consequence {
            kind: ConsequenceKind::OverCapacity,
            count: over.len(),
            summary: t!("consequence-over-capacity", count = over.len()),
            notes: Vec::new(),
            items: over,
            guests: Vec::new(),
        });
    }
    out
}

/// Tables over capacity in `after` that were not in `before` (or are fuller now), in words
/// ("table 17: 12 guests at 10 seats") — for undo previews and merge previews alike.
pub fn newly_over_capacity(before: &Plan, after: &Plan) -> Vec<String> {
    let was: std::collections::HashMap<TableId, u32> = before
        .over_capacity()
        .into_iter()
        .map(|(t, n)| (t.id, n))
        .collect();
    after
        .over_capacity()
        .into_iter()
        .filter(|(t, n)| was.get(&t.id).is_none_or(|w| n > w))
        .map(|(t, n)| {
            t!(
                "cli-over-capacity-line",
                number = t.number.as_str(),
                guests = n,
                seats = t.seats
            )
        })
        .collect()
}
