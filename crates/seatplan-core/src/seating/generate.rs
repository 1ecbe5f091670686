//! Generated seating problems with a known good answer, for tests and benchmarks.

use super::search::Rng;
use crate::domain::events::{
    Event, GuestAdded, GuestSeated, LogicalTableAssigned, LogicalTableCreated, RoomCreated,
    TableAdded, WishSet,
};
use crate::domain::{GuestFields, GuestId, LogicalId, Plan, RoomId, TableId, TableShape};

/// A planted instance: `tables` tables of 10 seats exactly filled by parties of 2–10 (each party
/// one `group`); guests planted at the same table wish strongly to sit together (25–60) and share
/// a department; about `noise` weak wishes (−5 … +5) between random guests. Every guest is
/// unseated; the planted plan's score (with `department_weight`) is returned with the plan.
pub fn planted(tables: usize, noise: usize, department_weight: i32, seed: u64) -> (Plan, i64) {
    let guests = tables * 10;
    let made = instance(&Spec {
        guests,
        table_sizes: vec![10],
        party_sizes: (2, 10),
        parties_as: PartiesAs::Group,
        noise: noise as f64 / guests.max(1) as f64,
        department_weight,
        seed,
        ..Spec::default()
    });
    (made.plan, made.planted_score)
}

/// How parties (guests who came together) are told to the planner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartiesAs {
    /// As a declared group (the `group` field): they must sit together.
    Group,
    /// As strong wishes between them (+70 … +90), nothing declared.
    Wish,
}

/// The knobs of a generated instance. A planted seating fills tables of the given sizes with
/// parties; guests planted at one table wish to sit together (`clique`); noise, negative wishes
/// and must-apart pairs are added on top, never against the planted seating's rules.
#[derive(Clone, Debug)]
pub struct Spec {
    /// About this many guests (tables are added until they are reached; the last table is full
    /// too, so a few more may come).
    pub guests: usize,
    /// Table sizes, drawn uniformly for each table (8, 10, 12).
    pub table_sizes: Vec<u32>,
    /// Spare seats as a share of the planted ones (0.05: 5 % more seats, at extra tables).
    pub spare: f64,
    /// Smallest and largest party (1, 1: everyone on their own).
    pub party_sizes: (u32, u32),
    /// How parties are told.
    pub parties_as: PartiesAs,
    /// Weights of the wishes between guests planted at one table (inclusive; (0, 0): none).
    pub clique: (i32, i32),
    /// Only this share of the pairs at one planted table wish each other (1.0: every pair).
    pub clique_density: f64,
    /// Weak random wishes (−5 … +5), per guest.
    pub noise: f64,
    /// Negative wishes (−50 … −10) between guests planted at different tables, per guest.
    pub negative: f64,
    /// Must-apart pairs between guests planted at different tables.
    pub apart: usize,
    /// Departments: guests planted at one table share one, mostly; this many tables per
    /// department.
    pub tables_per_department: usize,
    /// Weight of a same-department pair (the score's).
    pub department_weight: i32,
    /// Seed of the generator.
    pub seed: u64,
}

impl Default for Spec {
    fn default() -> Self {
        Self {
            guests: 1_500,
            table_sizes: vec![10],
            spare: 0.0,
            party_sizes: (1, 1),
            parties_as: PartiesAs::Group,
            clique: (25, 60),
            clique_density: 1.0,
            noise: 0.2,
            negative: 0.0,
            apart: 0,
            tables_per_department: 4,
            department_weight: super::DEFAULT_DEPARTMENT_WEIGHT,
            seed: 1,
        }
    }
}

/// A generated instance: a plan with every guest unseated, the planted seating's score (a lower
/// bound of the best), whether the planted seating seats everyone (it does by construction),
/// and the seats of every table.
#[derive(Clone, Debug)]
pub struct Instance {
    /// The plan, nobody seated.
    pub plan: Plan,
    /// The score of the planted seating ([`super::score`] with the spec's department weight).
    pub planted_score: i64,
    /// Where each guest sits in the planted seating.
    pub planted: Vec<(GuestId, LogicalId)>,
}

/// Splits `seats` into party sizes within `sizes`, exactly (a size is only taken if what is
/// left can still be split; where nothing can, the rest is one party).
fn split(seats: u32, (lo, hi): (u32, u32), rng: &mut Rng) -> Vec<u32> {
    let lo = lo.max(1);
    let hi = hi.max(lo);
    let mut left = seats;
    let mut out = Vec::new();
    while left > 0 {
        let options: Vec<u32> = (lo..=hi.min(left))
            .filter(|&s| left - s == 0 || left - s >= lo)
            .collect();
        let size = if options.is_empty() {
            left
        } else {
            options[rng.below(options.len())]
        };
        out.push(size);
        left -= size;
    }
    out
}

/// Generates an instance of `spec` (the same spec, the same instance).
pub fn instance(spec: &Spec) -> Instance {
    let mut rng = Rng::new(spec.seed.wrapping_mul(0x9E37_79B9).wrapping_add(7));
    let mut plan = Plan::new();
    let mut next = 0u64;
    let mut id = || {
        next += 1;
        next
    };
    let apply = |plan: &mut Plan, event: Event| {
        // Generated events are valid by construction (fresh ids, tables inside the room).
        let _ = plan.apply(&event);
    };
    // Tables: planted ones until the guests are there, then spare ones.
    let sizes = if spec.table_sizes.is_empty() {
        vec![10]
    } else {
        spec.table_sizes.clone()
    };
    let mut planted_sizes = Vec::new();
    let mut seats = 0usize;
    while seats < spec.guests.max(1) {
        let s = sizes[rng.below(sizes.len())];
        planted_sizes.push(s);
        seats += s as usize;
    }
    let mut spare_sizes = Vec::new();
    let mut spare = 0usize;
    let wanted = (seats as f64 * spec.spare).round() as usize;
    while spare < wanted {
        let s = sizes[rng.below(sizes.len())];
        spare_sizes.push(s);
        spare += s as usize;
    }
    let count = planted_sizes.len() + spare_sizes.len();
    let per_row = (count as f64).sqrt().ceil().max(1.0) as usize;
    let room = RoomId(id());
    let side = 4.0 * per_row as f64 + 10.0;
    apply(
        &mut plan,
        Event::RoomCreated(RoomCreated {
            room,
            name: "Saal".into(),
            width_m: side,
            height_m: side,
            x_m: 0.0,
            y_m: 0.0,
        }),
    );
    let mut logical_ids = Vec::new();
    for (t, &size) in planted_sizes.iter().chain(&spare_sizes).enumerate() {
        let table = TableId(id());
        apply(
            &mut plan,
            Event::TableAdded(TableAdded {
                table,
                number: format!("{}", t + 1),
                room,
                shape: TableShape::Round,
                width_m: 1.8,
                depth_m: 1.8,
                seats: size,
                x_m: 3.0 + (t % per_row) as f64 * 4.0,
                y_m: 3.0 + (t / per_row) as f64 * 4.0,
                rotation_deg: 0.0,
            }),
        );
        let logical = LogicalId(id());
        apply(
            &mut plan,
            Event::LogicalTableCreated(LogicalTableCreated {
                logical,
                name: format!("Tisch {}", t + 1),
                vip: false,
            }),
        );
        apply(
            &mut plan,
            Event::LogicalTableAssigned(LogicalTableAssigned { logical, table }),
        );
        logical_ids.push(logical);
    }
    let departments = (planted_sizes.len() / spec.tables_per_department.max(1)).max(1);
    let mut planted: Vec<(GuestId, LogicalId)> = Vec::new();
    let mut table_of: Vec<usize> = Vec::new();
    let mut all: Vec<GuestId> = Vec::new();
    let mut party_no = 0;
    let wish = |plan: &mut Plan, a: GuestId, b: GuestId, weight: i32, rule| {
        apply(
            plan,
            Event::WishSet(WishSet {
                guest: a,
                with: b,
                weight,
                rule,
            }),
        );
    };
    for (t, &size) in planted_sizes.iter().enumerate() {
        let logical = logical_ids[t];
        let table_department = t % departments;
        let mut at_table: Vec<GuestId> = Vec::new();
        for party in split(size, spec.party_sizes, &mut rng) {
            party_no += 1;
            // A party shares a department: mostly the table's, sometimes another.
            let department = if rng.below(4) == 0 {
                rng.below(departments)
            } else {
                table_department
            };
            let mut members = Vec::new();
            for i in 0..party {
                let guest = GuestId(id());
                let declared = spec.parties_as == PartiesAs::Group && party > 1;
                apply(
                    &mut plan,
                    Event::GuestAdded(GuestAdded {
                        guest,
                        fields: Box::new(GuestFields {
                            first_name: format!("Gast {i}"),
                            last_name: format!("Partei {party_no}"),
                            department: format!("Abteilung {department}"),
                            group: if declared {
                                format!("Partei {party_no}")
                            } else {
                                String::new()
                            },
                            ..GuestFields::default()
                        }),
                    }),
                );
                members.push(guest);
                planted.push((guest, logical));
                table_of.push(t);
                all.push(guest);
            }
            if spec.parties_as == PartiesAs::Wish {
                for (i, &a) in members.iter().enumerate() {
                    for &b in &members[i + 1..] {
                        wish(&mut plan, a, b, 70 + rng.below(21) as i32, None);
                    }
                }
            }
            at_table.extend(members);
        }
        let (lo, hi) = spec.clique;
        if hi > 0 {
            for (i, &a) in at_table.iter().enumerate() {
                for &b in &at_table[i + 1..] {
                    if plan.wish(a, b).is_none() && rng.unit() < spec.clique_density {
                        let w = lo + rng.below((hi - lo + 1).max(1) as usize) as i32;
                        wish(&mut plan, a, b, w, None);
                    }
                }
            }
        }
    }
    let pick = |rng: &mut Rng| rng.below(all.len());
    for _ in 0..(spec.noise * all.len() as f64).round() as usize {
        let (a, b) = (pick(&mut rng), pick(&mut rng));
        if a != b && plan.wish(all[a], all[b]).is_none() {
            wish(&mut plan, all[a], all[b], rng.below(11) as i32 - 5, None);
        }
    }
    // Negative wishes and must-apart rules only between guests planted apart.
    for _ in 0..(spec.negative * all.len() as f64).round() as usize {
        let (a, b) = (pick(&mut rng), pick(&mut rng));
        if table_of[a] != table_of[b] && plan.wish(all[a], all[b]).is_none() {
            wish(&mut plan, all[a], all[b], -10 - rng.below(41) as i32, None);
        }
    }
    let mut made = 0;
    let mut tries = 0;
    while made < spec.apart && tries < spec.apart * 20 + 100 {
        tries += 1;
        let (a, b) = (pick(&mut rng), pick(&mut rng));
        if table_of[a] != table_of[b] && plan.wish(all[a], all[b]).is_none() {
            wish(
                &mut plan,
                all[a],
                all[b],
                0,
                Some(crate::domain::WishRule::Apart),
            );
            made += 1;
        }
    }
    let mut seated = plan.clone();
    for &(guest, logical) in &planted {
        apply(
            &mut seated,
            Event::GuestSeated(GuestSeated { guest, logical }),
        );
    }
    let planted_score = super::score(&seated, spec.department_weight);
    Instance {
        plan,
        planted_score,
        planted,
    }
}

/// A plan as a seating problem for other solvers (the CP-SAT script in `tools/`): every guest
/// (index, department, group), every table's seats, every wish; all of it by index.
pub fn to_json(plan: &Plan, department_weight: i32) -> serde_json::Value {
    let guests: Vec<&crate::domain::Guest> = plan.guests().collect();
    let index: std::collections::HashMap<GuestId, usize> =
        guests.iter().enumerate().map(|(i, g)| (g.id, i)).collect();
    let usual = plan.usual_seats();
    serde_json::json!({
        "department_weight": department_weight,
        "guests": guests.iter().map(|g| serde_json::json!({
            "department": g.fields.department,
            "group": g.fields.group,
        })).collect::<Vec<_>>(),
        "tables": plan.logical_tables().filter(|l| !l.vip)
            .map(|l| plan.capacity_of(l, usual)).collect::<Vec<_>>(),
        "wishes": plan.wishes().filter_map(|((a, b), w)| {
            Some(serde_json::json!([index.get(&a)?, index.get(&b)?, w.weight,
                match w.rule {
                    Some(crate::domain::WishRule::Together) => "together",
                    Some(crate::domain::WishRule::Apart) => "apart",
                    None => "",
                }]))
        }).collect::<Vec<_>>(),
    })
}

/// The kinds of planted instance the optimiser is measured on (`cargo bench --bench seating`,
/// BENCHMARKS.md), at about `guests` guests: mixed table sizes exactly full with cliques, noise
/// and must-apart pairs; the same with spare seats and negative wishes; parties declared as
/// groups; parties told only as strong wishes at tables of one size.
pub fn planted_kinds(guests: usize, seed: u64) -> Vec<(&'static str, Spec)> {
    let base = Spec {
        guests,
        seed,
        ..Spec::default()
    };
    vec![
        (
            "8/10/12 full, cliques, noise, 50 apart",
            Spec {
                table_sizes: vec![8, 10, 12],
                noise: 0.1,
                apart: 50,
                ..base.clone()
            },
        ),
        (
            "8/10/12, 5 % spare, cliques, noise, negative, 50 apart",
            Spec {
                table_sizes: vec![8, 10, 12],
                spare: 0.05,
                noise: 0.1,
                negative: 0.05,
                apart: 50,
                ..base.clone()
            },
        ),
        (
            "8/10/12 full, parties of 2–6 as groups, cliques",
            Spec {
                table_sizes: vec![8, 10, 12],
                party_sizes: (2, 6),
                parties_as: PartiesAs::Group,
                noise: 0.1,
                ..base.clone()
            },
        ),
        (
            "10 full, parties of 2–6 as strong wishes only",
            Spec {
                table_sizes: vec![10],
                party_sizes: (2, 6),
                parties_as: PartiesAs::Wish,
                clique: (0, 0),
                noise: 0.1,
                ..base
            },
        ),
    ]
}
