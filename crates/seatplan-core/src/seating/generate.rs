//! Generated seating problems with a known good answer, for tests and benchmarks.

use super::search::Rng;
use crate::domain::events::{
    Event, GuestAdded, GuestSeated, LogicalTableAssigned, LogicalTableCreated, RoomCreated,
    TableAdded, WishSet,
};
use crate::domain::{GuestFields, GuestId, LogicalId, Plan, RoomId, TableId, TableShape};

/// A planted instance: `tables` tables of 10 seats exactly filled by parties of 2–10 (each party
/// one `group`); guests planted at the same table wish strongly to sit together (25–60) and share
/// a department; `noise` weak wishes (−5 … +5) between random guests. Every guest is unseated;
/// the planted plan's score (with `department_weight`) is returned with the plan.
pub fn planted(tables: usize, noise: usize, department_weight: i32, seed: u64) -> (Plan, i64) {
    let mut rng = Rng::new(seed);
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
    let room = RoomId(id());
    let side = 4.0 * (tables as f64).sqrt().ceil() + 10.0;
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
    let per_row = (tables as f64).sqrt().ceil() as usize;
    let mut logical_ids = Vec::new();
    for t in 0..tables {
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
                seats: 10,
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
    let mut planted: Vec<(GuestId, LogicalId)> = Vec::new();
    let mut all: Vec<GuestId> = Vec::new();
    let mut party_no = 0;
    for (t, &logical) in logical_ids.iter().enumerate() {
        // Split 10 seats into parties of 2–10.
        let mut left = 10usize;
        let mut at_table: Vec<GuestId> = Vec::new();
        while left > 0 {
            let size = if left <= 3 {
                left
            } else {
                2 + rng.below(left - 3)
            };
            let size = if left - size == 1 { size + 1 } else { size };
            party_no += 1;
            // A party shares a department (most often the table's, sometimes another).
            let department = if rng.below(3) == 0 {
                format!("Abteilung {}", rng.below(40))
            } else {
                format!("Abteilung {}", t % 40)
            };
            for i in 0..size {
                let guest = GuestId(id());
                apply(
                    &mut plan,
                    Event::GuestAdded(GuestAdded {
                        guest,
                        fields: Box::new(GuestFields {
                            first_name: format!("Gast {i}"),
                            last_name: format!("Partei {party_no}"),
                            department: department.clone(),
                            group: format!("Partei {party_no}"),
                            ..GuestFields::default()
                        }),
                    }),
                );
                at_table.push(guest);
                planted.push((guest, logical));
                all.push(guest);
            }
            left -= size;
        }
        for (i, &a) in at_table.iter().enumerate() {
            for &b in &at_table[i + 1..] {
                apply(
                    &mut plan,
                    Event::WishSet(WishSet {
                        guest: a,
                        with: b,
                        weight: 25 + rng.below(36) as i32,
                        rule: None,
                    }),
                );
            }
        }
    }
    for _ in 0..noise {
        let (a, b) = (all[rng.below(all.len())], all[rng.below(all.len())]);
        if a != b && plan.wish(a, b).is_none() {
            apply(
                &mut plan,
                Event::WishSet(WishSet {
                    guest: a,
                    with: b,
                    weight: rng.below(11) as i32 - 5,
                    rule: None,
                }),
            );
        }
    }
    let mut seated = plan.clone();
    for (guest, logical) in planted {
        apply(
            &mut seated,
            Event::GuestSeated(GuestSeated { guest, logical }),
        );
    }
    let planted_score = super::score(&seated, department_weight);
    (plan, planted_score)
}
