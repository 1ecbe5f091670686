//! The seating problem in index form, built from a plan and the organiser's choices, with every
//! hard rule checked before any search: a rule that cannot hold is reported with its guests.

use super::{Scope, SeatingError, SeatingOptions};
use crate::domain::{GuestId, LogicalId, Plan, WishRule};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// No department.
pub(crate) const NO_DEPT: u32 = u32::MAX;

/// A party: guests who must sit together (a must-together rule or the same `group`), moved as
/// one block.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    /// Its movable guests (indices into [`Problem::guests`]).
    pub members: Vec<u32>,
    /// The table it must sit at (a member sits there and stays), if any.
    pub fixed_bin: Option<u32>,
    /// Weight of the wishes between its own members (they always sit together when seated).
    pub inner_weight: i64,
    /// The members of its party who stay where they are (why it is bound to a table).
    pub anchors: Vec<GuestId>,
}

/// Everything the search needs, by index. Bins `0..tables.len()` are tables; the bin
/// `tables.len()` holds the guests left without a seat.
#[derive(Clone, Debug)]
pub(crate) struct Problem {
    /// Every guest that matters: the movable ones and those fixed at a table in play.
    pub guests: Vec<GuestId>,
    /// Department index per guest ([`NO_DEPT`] for none).
    pub dept: Vec<u32>,
    /// Number of departments.
    pub depts: usize,
    /// Wish weights per guest (both directions), to other guests in [`Problem::guests`].
    pub adj: Vec<Vec<(u32, i32)>>,
    /// Guests with a positive wish, per guest (for "nobody alone").
    pub known: Vec<Vec<u32>>,
    /// The logical tables in play.
    pub tables: Vec<LogicalId>,
    /// Seats free for movable guests, per table bin (seats minus fixed guests, at least 0).
    pub free: Vec<u32>,
    /// The bin of each fixed guest ([`None`] for movable ones).
    pub fixed_bin: Vec<Option<u32>>,
    /// The parties of movable guests.
    pub units: Vec<Unit>,
    /// Each movable guest's party.
    pub unit_of: Vec<Option<u32>>,
    /// For each party, the parties it must not share a table with.
    pub apart: Vec<Vec<u32>>,
    /// For each party, the table bins it must not sit at (a guest it must avoid sits there).
    pub forbidden: Vec<Vec<u32>>,
    /// For each party, whether it may sit only at accessible tables.
    pub needs_access: Vec<bool>,
    /// Where each party starts (its table bin, or the no-seat bin; within the seats).
    pub start: Vec<u32>,
    /// Where each party sits in the plan now (may be more than the seats).
    pub current: Vec<u32>,
    /// "Nobody alone": each seated movable guest knows at least this many at the table (0: off).
    pub min_known: u32,
    /// Weight of a same-department pair at one table.
    pub department_weight: i64,
    /// Movable guests "nobody alone" does not apply to: fewer positive wishes than it asks.
    pub exempt: Vec<GuestId>,
}

impl Problem {
    /// The bin of guests without a seat.
    pub fn unseated_bin(&self) -> u32 {
        self.tables.len() as u32
    }

    /// Builds the problem, or says which rule cannot hold for which guests.
    pub fn build(plan: &Plan, options: &SeatingOptions) -> Result<Problem, SeatingError> {
        let eligible: Vec<LogicalId> = plan
            .logical_tables()
            .filter(|l| !l.vip)
            .filter(|l| {
                options
                    .tables
                    .as_ref()
                    .is_none_or(|set| set.contains(&l.id))
            })
            .map(|l| l.id)
            .collect();
        let bin_of_table: HashMap<LogicalId, u32> = eligible
            .iter()
            .enumerate()
            .map(|(i, &l)| (l, i as u32))
            .collect();
        let chosen: Option<BTreeSet<GuestId>> = match &options.scope {
            Scope::Guests(list) => Some(list.iter().copied().collect()),
            _ => None,
        };
        let movable = |g: &crate::domain::Guest| {
            if g.pinned {
                return false;
            }
            let in_scope = match &options.scope {
                Scope::Unseated => g.logical.is_none(),
                Scope::All => true,
                Scope::Guests(_) => chosen.as_ref().is_some_and(|c| c.contains(&g.id)),
            };
            in_scope && g.logical.is_none_or(|l| bin_of_table.contains_key(&l))
        };

        // The guests that matter: movable ones, and fixed ones at a table in play.
        let mut guests = Vec::new();
        let mut is_movable = Vec::new();
        let mut fixed_bin = Vec::new();
        for g in plan.guests() {
            if movable(g) {
                guests.push(g.id);
                is_movable.push(true);
                fixed_bin.push(None);
            } else if let Some(&bin) = g.logical.and_then(|l| bin_of_table.get(&l)) {
                guests.push(g.id);
                is_movable.push(false);
                fixed_bin.push(Some(bin));
            }
        }
        let index: HashMap<GuestId, u32> = guests
            .iter()
            .enumerate()
            .map(|(i, &g)| (g, i as u32))
            .collect();

        let mut dept_index: HashMap<String, u32> = HashMap::new();
        let dept: Vec<u32> = guests
            .iter()
            .map(|&id| {
                let name = plan
                    .guest(id)
                    .map(|g| super::group_key(g, options.group_by))
                    .unwrap_or_default();
                if name.is_empty() {
                    NO_DEPT
                } else {
                    let next = dept_index.len() as u32;
                    *dept_index.entry(name).or_insert(next)
                }
            })
            .collect();

        let mut adj: Vec<Vec<(u32, i32)>> = vec![Vec::new(); guests.len()];
        let mut known: Vec<Vec<u32>> = vec![Vec::new(); guests.len()];
        let mut together: Vec<(GuestId, GuestId)> = Vec::new();
        let mut apart: Vec<(GuestId, GuestId)> = Vec::new();
        for ((a, b), wish) in plan.wishes() {
            match wish.rule {
                Some(WishRule::Together) => together.push((a, b)),
                Some(WishRule::Apart) => apart.push((a, b)),
                None => {}
            }
            let (Some(&ia), Some(&ib)) = (index.get(&a), index.get(&b)) else {
                continue;
            };
            if wish.weight != 0 {
                adj[ia as usize].push((ib, wish.weight));
                adj[ib as usize].push((ia, wish.weight));
            }
            // Someone a guest wants to sit with, or must: a must-not never counts, whatever its
            // weight.
            let knows = match wish.rule {
                Some(WishRule::Together) => true,
                Some(WishRule::Apart) => false,
                None => wish.weight > 0,
            };
            if knows {
                known[ia as usize].push(ib);
                known[ib as usize].push(ia);
            }
        }
        // The same party (`group`) is a must-together rule.
        let mut by_group: BTreeMap<String, Vec<GuestId>> = BTreeMap::new();
        for g in plan.guests() {
            let group = g.fields.group.trim();
            if !group.is_empty() {
                by_group.entry(group.to_lowercase()).or_default().push(g.id);
            }
        }
        for members in by_group.values() {
            for pair in members.windows(2) {
                together.push((pair[0], pair[1]));
            }
            // A party's members know each other.
            for (i, a) in members.iter().enumerate() {
                for b in &members[i + 1..] {
                    if let (Some(&ia), Some(&ib)) = (index.get(a), index.get(b))
                        && !known[ia as usize].contains(&ib)
                    {
                        known[ia as usize].push(ib);
                        known[ib as usize].push(ia);
                    }
                }
            }
        }

        // Parties: connected components of must-together over every guest of the plan.
        let all: Vec<GuestId> = plan.guests().map(|g| g.id).collect();
        let mut sets = DisjointSets::new(all.len());
        let position: HashMap<GuestId, usize> =
            all.iter().enumerate().map(|(i, &g)| (g, i)).collect();
        for (a, b) in &together {
            if let (Some(&pa), Some(&pb)) = (position.get(a), position.get(b)) {
                sets.union(pa, pb);
            }
        }
        let mut components: BTreeMap<usize, Vec<GuestId>> = BTreeMap::new();
        for (i, &g) in all.iter().enumerate() {
            components.entry(sets.find(i)).or_default().push(g);
        }

        let name = |id: GuestId| {
            plan.guest(id)
                .map_or_else(|| id.to_string(), |g| g.display_name())
        };
        let table_name = |l: LogicalId| {
            plan.logical_table(l)
                .map_or_else(|| l.to_string(), |t| t.name.clone())
        };
        let mut units: Vec<Unit> = Vec::new();
        let mut unit_of: Vec<Option<u32>> = vec![None; guests.len()];
        let mut start: Vec<u32> = Vec::new();
        let unseated_bin = eligible.len() as u32;
        for members in components.values() {
            let moving: Vec<GuestId> = members
                .iter()
                .copied()
                .filter(|g| index.get(g).is_some_and(|&i| is_movable[i as usize]))
                .collect();
            if moving.is_empty() {
                continue;
            }
            // Where the members that stay are: one table in play, or nowhere else.
            let mut staying: BTreeMap<Option<LogicalId>, Vec<GuestId>> = BTreeMap::new();
            for &g in members.iter().filter(|g| !moving.contains(g)) {
                if let Some(guest) = plan.guest(g) {
                    staying.entry(guest.logical).or_default().push(g);
                }
            }
            let fixed = match staying.len() {
                0 => None,
                1 => {
                    let (&place, who) = staying.iter().next().ok_or(SeatingError::Internal)?;
                    match place {
                        None => {
                            // A party member stays without a seat: the party stays unseated.
                            Some(unseated_bin)
                        }
                        Some(l) => match bin_of_table.get(&l) {
                            Some(&bin) => Some(bin),
                            None => {
                                return Err(SeatingError::TogetherAtUntouchable {
                                    guests: moving.iter().map(|&g| name(g)).collect(),
                                    with: who.iter().map(|&g| name(g)).collect(),
                                    table: table_name(l),
                                });
                            }
                        },
                    }
                }
                _ => {
                    return Err(SeatingError::TogetherSplit {
                        guests: staying
                            .iter()
                            .map(|(place, who)| {
                                let at = place.map_or_else(String::new, table_name);
                                (who.iter().map(|&g| name(g)).collect::<Vec<_>>(), at)
                            })
                            .collect(),
                    });
                }
            };
            let member_index: Vec<u32> = moving
                .iter()
                .filter_map(|g| index.get(g).copied())
                .collect();
            let unit = units.len() as u32;
            for &m in &member_index {
                unit_of[m as usize] = Some(unit);
            }
            let inner: i64 = member_index
                .iter()
                .flat_map(|&m| adj[m as usize].iter().map(move |&(h, w)| (m, h, w)))
                .filter(|&(m, h, _)| m < h && unit_of[h as usize] == Some(unit))
                .map(|(_, _, w)| i64::from(w))
                .sum();
            // Where the party sits now: its members' common table in play, else nowhere.
            let now: BTreeSet<Option<LogicalId>> = moving
                .iter()
                .filter_map(|&g| plan.guest(g))
                .map(|g| g.logical)
                .collect();
            let current = match (fixed, now.iter().next()) {
                (Some(bin), _) => bin,
                (None, Some(Some(l))) if now.len() == 1 => {
                    bin_of_table.get(l).copied().unwrap_or(unseated_bin)
                }
                _ => unseated_bin,
            };
            start.push(current);
            units.push(Unit {
                members: member_index,
                fixed_bin: fixed,
                inner_weight: inner,
                anchors: staying.values().flatten().copied().collect(),
            });
        }

        // Seats free for movable guests.
        let usual = plan.usual_seats();
        let mut free: Vec<u32> = eligible
            .iter()
            .map(|&l| {
                plan.logical_table(l)
                    .map_or(0, |t| plan.capacity_of(t, usual))
            })
            .collect();
        for bin in fixed_bin.iter().flatten() {
            if let Some(f) = free.get_mut(*bin as usize) {
                *f = f.saturating_sub(1);
            }
        }
        // A table with more movable guests than seats (re-seating everyone): the ones that do
        // not fit start without a seat, so that the search only ever sees a plan that keeps the
        // seats.
        let current = start.clone();
        let mut room: Vec<i64> = free.iter().map(|&f| i64::from(f)).collect();
        for (u, unit) in units.iter().enumerate() {
            let bin = start[u];
            let Some(left) = room.get_mut(bin as usize) else {
                continue;
            };
            let size = unit.members.len() as i64;
            if unit.fixed_bin.is_none() && *left < size {
                start[u] = unseated_bin;
            } else {
                *left -= size;
            }
        }
        let largest = free.iter().copied().max().unwrap_or(0);
        for unit in &units {
            let size = unit.members.len() as u32;
            match unit.fixed_bin {
                Some(bin) if bin != unseated_bin => {
                    let room = free.get(bin as usize).copied().unwrap_or(0);
                    if room < size {
                        return Err(SeatingError::NoRoomWithParty {
                            guests: unit
                                .members
                                .iter()
                                .map(|&m| name(guests[m as usize]))
                                .collect(),
                            with: unit.anchors.iter().map(|&g| name(g)).collect(),
                            seats: room,
                            table: table_name(eligible[bin as usize]),
                        });
                    }
                }
                Some(_) => {}
                None if size > largest => {
                    return Err(SeatingError::PartyTooLarge {
                        guests: unit
                            .members
                            .iter()
                            .map(|&m| name(guests[m as usize]))
                            .collect(),
                        seats: largest,
                    });
                }
                None => {}
            }
        }

        // Must-apart: between parties, or against a table where a fixed guest sits.
        let mut apart_units: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); units.len()];
        let mut forbidden: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); units.len()];
        for (a, b) in &apart {
            let (Some(&ia), Some(&ib)) = (index.get(a), index.get(b)) else {
                continue;
            };
            match (unit_of[ia as usize], unit_of[ib as usize]) {
                (Some(ua), Some(ub)) if ua == ub => {
                    return Err(SeatingError::TogetherAndApart {
                        a: name(*a),
                        b: name(*b),
                    });
                }
                (Some(ua), Some(ub)) => {
                    apart_units[ua as usize].insert(ub);
                    apart_units[ub as usize].insert(ua);
                }
                (Some(u), None) => {
                    if let Some(bin) = fixed_bin[ib as usize] {
                        forbidden[u as usize].insert(bin);
                    }
                }
                (None, Some(u)) => {
                    if let Some(bin) = fixed_bin[ia as usize] {
                        forbidden[u as usize].insert(bin);
                    }
                }
                (None, None) => {}
            }
        }
        // A party's members by name, and the name of a table bin (for the errors below).
        let party = |unit: &Unit| -> Vec<String> {
            unit.members
                .iter()
                .map(|&m| name(guests[m as usize]))
                .collect()
        };
        let bin_name = |bin: u32| table_name(eligible[bin as usize]);
        for (u, unit) in units.iter().enumerate() {
            if let Some(bin) = unit.fixed_bin
                && forbidden[u].contains(&bin)
            {
                return Err(SeatingError::ApartAtFixedTable {
                    guests: party(unit),
                    table: bin_name(bin),
                });
            }
        }
        // Guests who need an accessible table: their party only at tables on one.
        let mut needs_access = vec![false; units.len()];
        if let Some(field) = options.needs_access {
            let accessible: Vec<bool> = eligible
                .iter()
                .map(|&l| {
                    plan.logical_table(l)
                        .and_then(|l| l.physical)
                        .and_then(|t| plan.table(t))
                        .is_some_and(|t| t.accessible)
                })
                .collect();
            let needs = |g: u32| {
                plan.guest(guests[g as usize]).is_some_and(|g| {
                    g.custom.get(&field) == Some(&crate::domain::FieldValue::Bool(true))
                })
            };
            for (u, unit) in units.iter().enumerate() {
                if !unit.members.iter().any(|&m| needs(m)) {
                    continue;
                }
                needs_access[u] = true;
                let barred = (0..eligible.len() as u32).filter(|&b| !accessible[b as usize]);
                forbidden[u].extend(barred);
                if let Some(bin) = unit.fixed_bin
                    && bin != unseated_bin
                    && !accessible[bin as usize]
                {
                    return Err(SeatingError::AccessAtFixedTable {
                        guests: party(unit),
                        table: bin_name(bin),
                    });
                }
            }
        }
        // A party sitting now where it may not (re-seating everyone) starts without a seat.
        for (u, unit) in units.iter().enumerate() {
            if unit.fixed_bin.is_none() && forbidden[u].contains(&start[u]) {
                start[u] = unseated_bin;
            }
        }
        // More parties that must all be apart than tables with a free seat: a clique found
        // greedily.
        let open_tables = free.iter().filter(|&&f| f > 0).count();
        if let Some(clique) = apart_clique_beyond(&apart_units, open_tables) {
            return Err(SeatingError::TooManyApart {
                guests: clique
                    .iter()
                    .filter_map(|&u| units[u as usize].members.first())
                    .map(|&m| name(guests[m as usize]))
                    .collect(),
                tables: open_tables,
            });
        }

        let exempt = if options.min_known > 0 {
            (0..guests.len())
                .filter(|&g| is_movable[g] && (known[g].len() as u32) < options.min_known)
                .map(|g| guests[g])
                .collect()
        } else {
            Vec::new()
        };
        Ok(Problem {
            current,
            exempt,
            guests,
            dept,
            depts: dept_index.len(),
            adj,
            known,
            tables: eligible,
            free,
            fixed_bin,
            units,
            unit_of,
            apart: apart_units
                .into_iter()
                .map(|s| s.into_iter().collect())
                .collect(),
            forbidden: forbidden
                .into_iter()
                .map(|s| s.into_iter().collect())
                .collect(),
            needs_access,
            start,
            min_known: options.min_known,
            department_weight: i64::from(options.department_weight),
        })
    }
}

/// A set of parties that must all sit apart, larger than the number of tables (greedy: for each
/// party, add the neighbours adjacent to everything chosen so far).
fn apart_clique_beyond(apart: &[BTreeSet<u32>], tables: usize) -> Option<Vec<u32>> {
    for (start, neighbours) in apart.iter().enumerate() {
        if neighbours.len() < tables {
            continue;
        }
        let mut clique = vec![start as u32];
        let mut candidates: Vec<u32> = neighbours.iter().copied().collect();
        candidates.sort_by_key(|&c| std::cmp::Reverse(apart[c as usize].len()));
        for c in candidates {
            if clique.iter().all(|&m| apart[c as usize].contains(&m)) {
                clique.push(c);
            }
        }
        if clique.len() > tables {
            return Some(clique);
        }
    }
    None
}

/// Union–find with path halving.
struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}
