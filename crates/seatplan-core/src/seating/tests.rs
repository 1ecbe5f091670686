//! The search against known optima: the Bellows–Peterson wedding (OR-tools'
//! `wedding_optimal_chart`, optimum 276), brute force on many random small instances, and the
//! hard rules.

use super::*;
use crate::domain::events::*;
use crate::domain::{GuestFields, RoomId, TableId, TableShape};
use std::sync::atomic::Ordering;

/// A plan built directly from events: one room, tables of the given seats (each with a logical
/// table "T1", "T2", … holding it), and `guests` guests "G0", "G1", ….
pub(crate) struct Builder {
    pub plan: Plan,
    next: u64,
    pub tables: Vec<LogicalId>,
    pub guests: Vec<GuestId>,
}

impl Builder {
    pub fn new(seats: &[u32], guests: usize) -> Self {
        let mut b = Builder {
            plan: Plan::new(),
            next: 1,
            tables: Vec::new(),
            guests: Vec::new(),
        };
        let room = RoomId(b.id());
        b.apply(Event::RoomCreated(RoomCreated {
            room,
            name: "Saal".into(),
            width_m: 500.0,
            height_m: 500.0,
            x_m: 0.0,
            y_m: 0.0,
        }));
        for (i, &s) in seats.iter().enumerate() {
            let table = TableId(b.id());
            b.apply(Event::TableAdded(TableAdded {
                table,
                number: format!("{}", i + 1),
                room,
                shape: TableShape::Round,
                width_m: 1.8,
                depth_m: 1.8,
                seats: s,
                x_m: 5.0 + (i % 20) as f64 * 4.0,
                y_m: 5.0 + (i / 20) as f64 * 4.0,
                rotation_deg: 0.0,
            }));
            let logical = LogicalId(b.id());
            b.apply(Event::LogicalTableCreated(LogicalTableCreated {
                logical,
                name: format!("T{}", i + 1),
                vip: false,
            }));
            b.apply(Event::LogicalTableAssigned(LogicalTableAssigned {
                logical,
                table,
            }));
            b.tables.push(logical);
        }
        for i in 0..guests {
            let guest = GuestId(b.id());
            b.apply(Event::GuestAdded(GuestAdded {
                guest,
                fields: Box::new(GuestFields {
                    first_name: "G".into(),
                    last_name: format!("{i}"),
                    ..GuestFields::default()
                }),
            }));
            b.guests.push(guest);
        }
        b
    }

    fn id(&mut self) -> u64 {
        self.next += 1;
        self.next
    }

    pub fn apply(&mut self, event: Event) {
        self.plan.apply(&event).unwrap();
    }

    pub fn wish(&mut self, a: usize, b: usize, weight: i32, rule: Option<WishRule>) {
        let (guest, with) = (self.guests[a], self.guests[b]);
        self.apply(Event::WishSet(WishSet {
            guest,
            with,
            weight,
            rule,
        }));
    }

    pub fn department(&mut self, g: usize, dept: &str) {
        let guest = self.guests[g];
        self.apply(Event::GuestUpdated(GuestUpdated {
            guest,
            changes: Box::new(GuestChanges {
                department: Some(dept.into()),
                ..GuestChanges::default()
            }),
        }));
    }

    pub fn seat(&mut self, g: usize, t: usize) {
        let (guest, logical) = (self.guests[g], self.tables[t]);
        self.apply(Event::GuestSeated(GuestSeated { guest, logical }));
    }
}

fn options(steps: u64) -> SeatingOptions {
    SeatingOptions {
        department_weight: 0,
        steps: Some(steps),
        workers: 2,
        seed: 7,
        ..SeatingOptions::default()
    }
}

fn seat_all(plan: &Plan, options: &SeatingOptions) -> (SeatingResult, Plan) {
    let result = run(plan, options, &AtomicBool::new(false), &|_| {}).unwrap();
    let mut after = plan.clone();
    if let Some(command) = &result.command {
        let mut ids = crate::domain::IdAllocator::default();
        after = crate::domain::propose(command, plan, &mut ids)
            .unwrap()
            .plan;
    }
    (result, after)
}

/// OR-tools' `wedding_optimal_chart` (Bellows & Peterson 2012): 17 guests, 5 tables of 4, each
/// guest knows at least one at the table; the optimum is 276.
#[test]
fn finds_the_published_optimum_of_the_wedding_instance() {
    let c: [[i32; 17]; 17] = [
        [1, 50, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [50, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 1, 50, 1, 1, 1, 1, 10, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 50, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 1, 1, 1, 50, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 1, 1, 50, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 1, 1, 1, 1, 1, 50, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 1, 1, 1, 1, 50, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 10, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 50, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
    ];
    let mut b = Builder::new(&[4; 5], 17);
    for (i, row) in c.iter().enumerate() {
        for (j, &weight) in row.iter().enumerate().skip(i + 1) {
            if weight > 0 {
                b.wish(i, j, weight, None);
            }
        }
    }
    let mut opts = options(400_000);
    opts.min_known = 1;
    let (result, after) = seat_all(&b.plan, &opts);
    assert_eq!(result.score, 276, "{:?}", result.unmet);
    assert_eq!(score(&after, 0), 276);
    assert!(result.unseated.is_empty());
    // Nobody alone: everyone knows someone at their table.
    for g in after.guests() {
        let knows = after
            .wishes_of(g.id)
            .filter(|(o, w)| {
                w.weight > 0 && after.guest(*o).is_some_and(|o| o.logical == g.logical)
            })
            .count();
        assert!(knows >= 1, "{} sits alone", g.display_name());
    }
}

/// Brute force: every assignment of `n` guests to the tables or no seat; the best by (fewest
/// unseated, highest score), honouring seats and must-apart/must-together rules.
fn brute_force(b: &Builder, seats: &[u32], department_weight: i32) -> (usize, i64) {
    let n = b.guests.len();
    let t = seats.len();
    let mut best: Option<(usize, i64)> = None;
    let mut assignment = vec![0usize; n];
    let total = (t + 1).pow(n as u32);
    for code in 0..total {
        let mut c = code;
        let mut used = vec![0u32; t];
        let mut ok = true;
        for slot in assignment.iter_mut() {
            *slot = c % (t + 1);
            c /= t + 1;
            if *slot < t {
                used[*slot] += 1;
                if used[*slot] > seats[*slot] {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            continue;
        }
        let mut plan = b.plan.clone();
        for (g, &slot) in assignment.iter().enumerate() {
            if slot < t {
                plan.apply(&Event::GuestSeated(GuestSeated {
                    guest: b.guests[g],
                    logical: b.tables[slot],
                }))
                .unwrap();
            }
        }
        let breaks_rule = plan.wishes().any(|((x, y), w)| {
            let (gx, gy) = (plan.guest(x).unwrap(), plan.guest(y).unwrap());
            let together = gx.logical.is_some() && gx.logical == gy.logical;
            match w.rule {
                Some(WishRule::Apart) => together,
                Some(WishRule::Together) => gx.logical != gy.logical,
                None => false,
            }
        });
        if breaks_rule {
            continue;
        }
        let unseated = assignment.iter().filter(|&&s| s == t).count();
        let key = (unseated, score(&plan, department_weight));
        if best.is_none_or(|(u, s)| (std::cmp::Reverse(key.0), key.1) > (std::cmp::Reverse(u), s)) {
            best = Some(key);
        }
    }
    best.unwrap()
}

#[test]
fn matches_brute_force_on_random_small_instances() {
    let mut rng = search::Rng::new(2026);
    for instance in 0..60 {
        let tables = 2 + rng.below(2);
        let seats: Vec<u32> = (0..tables).map(|_| 2 + rng.below(3) as u32).collect();
        let n = 5 + rng.below(3);
        let mut b = Builder::new(&seats, n);
        for i in 0..n {
            for j in i + 1..n {
                match rng.below(10) {
                    0..=3 => b.wish(i, j, rng.below(41) as i32 - 20, None),
                    4 if instance % 3 == 0 => b.wish(i, j, 0, Some(WishRule::Apart)),
                    5 if instance % 4 == 0 => b.wish(i, j, 5, Some(WishRule::Together)),
                    _ => {}
                }
            }
        }
        let department_weight = instance % 2;
        for g in 0..n {
            b.department(g, ["A", "B"][rng.below(2)]);
        }
        let mut opts = options(60_000);
        opts.department_weight = department_weight;
        let expected = brute_force(&b, &seats, department_weight);
        match run(&b.plan, &opts, &AtomicBool::new(false), &|_| {}) {
            Ok(result) => assert_eq!(
                (result.unseated.len(), result.score),
                expected,
                "instance {instance}: seats {seats:?}"
            ),
            // A rule conflict is only reported when no assignment keeps every rule.
            Err(e) => panic!("instance {instance}: {e}"),
        }
    }
}

#[test]
fn the_same_seed_and_steps_give_the_same_plan() {
    let mut b = Builder::new(&[6; 8], 40);
    let mut rng = search::Rng::new(5);
    for _ in 0..80 {
        let (x, y) = (rng.below(40), rng.below(40));
        if x != y {
            b.wish(x, y, rng.below(60) as i32 - 10, None);
        }
    }
    let opts = options(200_000);
    let first = run(&b.plan, &opts, &AtomicBool::new(false), &|_| {}).unwrap();
    let second = run(&b.plan, &opts, &AtomicBool::new(false), &|_| {}).unwrap();
    assert_eq!(first.placed, second.placed);
    assert_eq!(first.score, second.score);
}

#[test]
fn rules_that_cannot_hold_are_named_and_nothing_is_proposed() {
    // A party of 12 (one group) and tables of 10.
    let mut b = Builder::new(&[10, 10], 12);
    for g in 0..12 {
        let guest = b.guests[g];
        b.apply(Event::GuestUpdated(GuestUpdated {
            guest,
            changes: Box::new(GuestChanges {
                group: Some("Familie Groß".into()),
                ..GuestChanges::default()
            }),
        }));
    }
    let err = run(&b.plan, &options(1000), &AtomicBool::new(false), &|_| {}).unwrap_err();
    assert!(
        matches!(err, SeatingError::PartyTooLarge { seats: 10, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("party of 12"), "{err}");

    // Four guests who must all be apart, three tables.
    let mut b = Builder::new(&[4, 4, 4], 4);
    for i in 0..4 {
        for j in i + 1..4 {
            b.wish(i, j, 0, Some(WishRule::Apart));
        }
    }
    let err = run(&b.plan, &options(1000), &AtomicBool::new(false), &|_| {}).unwrap_err();
    assert!(
        matches!(err, SeatingError::TooManyApart { tables: 3, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("G 0"), "{err}");

    // Together and apart at once.
    let mut b = Builder::new(&[4, 4], 3);
    b.wish(0, 1, 0, Some(WishRule::Together));
    b.wish(1, 2, 0, Some(WishRule::Together));
    b.wish(0, 2, 0, Some(WishRule::Apart));
    let err = run(&b.plan, &options(1000), &AtomicBool::new(false), &|_| {}).unwrap_err();
    assert!(
        matches!(err, SeatingError::TogetherAndApart { .. }),
        "{err}"
    );
}

#[test]
fn vip_tables_pinned_guests_and_seated_guests_stay_put() {
    let mut b = Builder::new(&[4, 4, 4], 9);
    let vip = b.tables[0];
    b.apply(Event::LogicalTableVipSet(LogicalTableVipSet {
        logical: vip,
        vip: true,
    }));
    b.seat(0, 0); // at the VIP table
    b.seat(1, 1);
    let pinned = b.guests[2];
    b.seat(2, 2);
    b.apply(Event::GuestPinned(GuestPinned {
        guest: pinned,
        pinned: true,
    }));
    // Everyone wants to sit with guest 0 (VIP table) and with guest 2 (pinned).
    for g in 3..9 {
        b.wish(g, 0, 50, None);
        b.wish(g, 2, 10, None);
    }
    let mut opts = options(20_000);
    opts.scope = Scope::All;
    let (result, after) = seat_all(&b.plan, &opts);
    assert_eq!(after.guest(b.guests[0]).unwrap().logical, Some(vip));
    assert_eq!(after.guest(pinned).unwrap().logical, Some(b.tables[2]));
    assert_eq!(
        after.guests_at(vip).count(),
        1,
        "nobody is moved to a VIP table"
    );
    assert!(
        result
            .unmet
            .iter()
            .any(|u| u.reason == UnmetReason::Untouchable(b.guests[0]))
    );
    // Default scope: guests with a seat keep it.
    let mut b2 = Builder::new(&[4, 4], 4);
    b2.seat(0, 0);
    b2.wish(0, 1, 50, None);
    b2.wish(1, 2, 50, None);
    let (_, after) = seat_all(&b2.plan, &options(20_000));
    assert_eq!(
        after.guest(b2.guests[0]).unwrap().logical,
        Some(b2.tables[0])
    );
}

#[test]
fn must_apart_is_never_broken_even_when_seats_run_short() {
    let mut b = Builder::new(&[2, 2], 4);
    b.wish(0, 1, 0, Some(WishRule::Apart));
    b.wish(2, 3, 0, Some(WishRule::Apart));
    b.wish(0, 1, 0, Some(WishRule::Apart));
    b.wish(0, 2, 0, Some(WishRule::Apart));
    b.wish(1, 3, 0, Some(WishRule::Apart));
    let (result, after) = seat_all(&b.plan, &options(20_000));
    for ((x, y), w) in after.wishes() {
        let (gx, gy) = (after.guest(x).unwrap(), after.guest(y).unwrap());
        if w.rule == Some(WishRule::Apart) {
            assert!(gx.logical.is_none() || gx.logical != gy.logical);
        }
    }
    assert_eq!(result.unseated.len(), 0, "0+3 and 1+2 fit");
}

#[test]
fn recovers_a_planted_plan() {
    // 30 tables of 10, parties of 2–10 with strong wishes that exactly fill them, plus noise.
    let (plan, planted) = generate::planted(30, 300, DEFAULT_DEPARTMENT_WEIGHT, 3);
    let opts = SeatingOptions {
        steps: Some(1_500_000),
        workers: 2,
        ..SeatingOptions::default()
    };
    let result = run(&plan, &opts, &AtomicBool::new(false), &|_| {}).unwrap();
    assert!(result.unseated.is_empty());
    assert!(
        result.score as f64 >= 0.995 * planted as f64,
        "{} of the planted {planted}",
        result.score
    );
}

#[test]
fn a_run_stops_when_asked_and_keeps_the_best_plan_so_far() {
    let (plan, _) = generate::planted(20, 100, DEFAULT_DEPARTMENT_WEIGHT, 9);
    let cancel = AtomicBool::new(false);
    let opts = SeatingOptions {
        time: std::time::Duration::from_secs(60),
        workers: 2,
        ..SeatingOptions::default()
    };
    let began = std::time::Instant::now();
    // Stop at the first progress report.
    let result = run(&plan, &opts, &cancel, &|_| {
        cancel.store(true, Ordering::Relaxed)
    })
    .unwrap();
    assert_eq!(result.stopped, Stopped::Cancelled);
    assert!(began.elapsed() < std::time::Duration::from_secs(30));
    assert!(
        result.unseated.is_empty(),
        "the greedy start seats everyone already"
    );
    assert!(result.command.is_some());
}

fn group(b: &mut Builder, g: usize, name: &str) {
    let guest = b.guests[g];
    b.apply(Event::GuestUpdated(GuestUpdated {
        guest,
        changes: Box::new(GuestChanges {
            group: Some(name.into()),
            ..GuestChanges::default()
        }),
    }));
}

#[test]
fn nobody_alone_counts_wishes_and_parties_but_never_a_must_not() {
    // Guest 2's only wish is a must-not (weight 0 or even positive): it is exempt, and seated.
    let mut b = Builder::new(&[4, 4], 3);
    b.wish(0, 1, 50, None);
    b.wish(0, 2, 10, Some(WishRule::Apart));
    let mut opts = options(20_000);
    opts.min_known = 1;
    let (result, after) = seat_all(&b.plan, &opts);
    assert!(result.unseated.is_empty(), "{:?}", result.unseated);
    assert_eq!(result.exempt, vec![b.guests[2]]);
    assert_ne!(
        after.guest(b.guests[0]).unwrap().logical,
        after.guest(b.guests[2]).unwrap().logical
    );
    // A party member knows their party: Ann (unseated) joins her partner Bob at his table.
    let mut b = Builder::new(&[4, 4], 3);
    group(&mut b, 0, "Paar");
    group(&mut b, 1, "Paar");
    b.seat(1, 0);
    b.wish(0, 2, 20, None);
    b.seat(2, 1);
    let (result, after) = seat_all(&b.plan, &opts);
    assert!(result.unseated.is_empty());
    assert_eq!(after.guest(b.guests[0]).unwrap().logical, Some(b.tables[0]));
}

#[test]
fn a_guest_exempt_from_nobody_alone_is_seated_where_seats_are_free() {
    // Two tables of 3, "knows at least 2": guests 0–4 all know each other; guest 5 has no wish.
    let mut b = Builder::new(&[3, 3], 6);
    for i in 0..5 {
        for j in i + 1..5 {
            b.wish(i, j, 10, None);
        }
    }
    let mut opts = options(50_000);
    opts.min_known = 2;
    let (result, after) = seat_all(&b.plan, &opts);
    assert!(
        after.guest(b.guests[5]).unwrap().logical.is_some(),
        "{result:?}"
    );
    // Every seated guest with two or more wishes knows two at the table.
    for g in &b.guests[..5] {
        let guest = after.guest(*g).unwrap();
        if let Some(l) = guest.logical {
            let knows = after
                .wishes_of(*g)
                .filter(|(o, _)| after.guest(*o).unwrap().logical == Some(l))
                .count();
            assert!(knows >= 2, "{} knows {knows}", guest.display_name());
        }
    }
}

#[test]
fn re_seating_everyone_ends_within_the_seats() {
    // Five guests at a table of four (seated by hand), an empty table beside it.
    let mut b = Builder::new(&[4, 4], 5);
    for g in 0..5 {
        b.seat(g, 0);
    }
    let mut opts = options(20_000);
    opts.scope = Scope::All;
    let (_, after) = seat_all(&b.plan, &opts);
    assert!(after.over_capacity().is_empty());
    assert_eq!(after.guests().filter(|g| g.logical.is_some()).count(), 5);
}

#[test]
fn a_custom_field_can_count_like_the_department() {
    use crate::domain::{FieldId, FieldKind, FieldValue};
    // Four guests, two tables of two; the field "Bus" pairs them 0+2 and 1+3.
    let mut b = Builder::new(&[2, 2], 4);
    let field = FieldId(1000);
    b.apply(Event::FieldDefined(FieldDefined {
        field,
        name: "Bus".into(),
        kind: FieldKind::Choice,
        options: vec!["A".into(), "B".into()],
    }));
    for (g, bus) in [(0, "A"), (1, "B"), (2, "A"), (3, "B")] {
        let guest = b.guests[g];
        b.apply(Event::GuestFieldSet(GuestFieldSet {
            guest,
            field,
            value: Some(FieldValue::Text(bus.into())),
        }));
    }
    let mut opts = options(20_000);
    opts.department_weight = 5;
    opts.group_by = Some(field);
    let (result, after) = seat_all(&b.plan, &opts);
    assert_eq!(result.score, 10, "two pairs of the same bus");
    let seat = |g: usize| after.guest(b.guests[g]).unwrap().logical;
    assert_eq!(seat(0), seat(2));
    assert_eq!(seat(1), seat(3));
}

#[test]
fn guests_who_need_access_sit_only_at_accessible_tables_with_their_party() {
    use crate::domain::{FieldId, FieldKind, FieldValue};
    // Three tables of three; only table 3 is accessible. Guest 0 needs access and must sit with
    // guest 1; a wish pulls guest 0 towards guest 4, who sits at table 1 and stays.
    let mut b = Builder::new(&[3, 3, 3], 6);
    let field = FieldId(1000);
    b.apply(Event::FieldDefined(FieldDefined {
        field,
        name: "Rollstuhl".into(),
        kind: FieldKind::YesNo,
        options: vec![],
    }));
    for (g, yes) in [(0, true), (2, false)] {
        let guest = b.guests[g];
        b.apply(Event::GuestFieldSet(GuestFieldSet {
            guest,
            field,
            value: Some(FieldValue::Bool(yes)),
        }));
    }
    let third = b.plan.logical_table(b.tables[2]).unwrap().physical.unwrap();
    b.apply(Event::TableAccessibleSet(TableAccessibleSet {
        table: third,
        accessible: true,
    }));
    b.wish(0, 1, 0, Some(WishRule::Together));
    b.wish(0, 4, 80, None);
    b.seat(4, 0);
    let mut opts = options(20_000);
    // Without the rule the wish wins: guest 0 joins guest 4 at table 1.
    let (_, free) = seat_all(&b.plan, &opts);
    assert_eq!(free.guest(b.guests[0]).unwrap().logical, Some(b.tables[0]));
    opts.needs_access = Some(field);
    let (result, after) = seat_all(&b.plan, &opts);
    let seat = |g: usize| after.guest(b.guests[g]).unwrap().logical;
    assert_eq!(seat(0), Some(b.tables[2]), "{result:?}");
    assert_eq!(seat(1), Some(b.tables[2]), "the party goes along");
    assert_eq!(seat(4), Some(b.tables[0]), "seated guests stay");
    // Their party pinned at a table that is not accessible: refused, with names.
    b.seat(1, 1);
    let guest = b.guests[1];
    b.apply(Event::GuestPinned(GuestPinned {
        guest,
        pinned: true,
    }));
    let error = run(&b.plan, &opts, &AtomicBool::new(false), &|_| {}).unwrap_err();
    assert!(
        matches!(&error, SeatingError::AccessAtFixedTable { guests, table }
            if guests == &["G 0".to_owned()] && table == "T2"),
        "{error:?}"
    );
}

#[test]
fn must_apart_counts_only_tables_with_a_free_seat() {
    // Three tables of two; table 1 is full of pinned guests 3 and 4. Guests 0, 1 and 2 must
    // all sit apart: only two tables have room, so the rule cannot hold.
    let mut b = Builder::new(&[2, 2, 2], 5);
    for g in [3, 4] {
        b.seat(g, 0);
        let guest = b.guests[g];
        b.apply(Event::GuestPinned(GuestPinned {
            guest,
            pinned: true,
        }));
    }
    for (x, y) in [(0, 1), (0, 2), (1, 2)] {
        b.wish(x, y, 0, Some(WishRule::Apart));
    }
    let error = run(&b.plan, &options(1000), &AtomicBool::new(false), &|_| {}).unwrap_err();
    assert!(
        matches!(error, SeatingError::TooManyApart { tables: 2, .. }),
        "{error:?}"
    );
}

/// Generated small instances of varied kinds (sizes, parties, cliques, noise, spare seats).
fn varied_instances(count: u64) -> Vec<generate::Instance> {
    use generate::{PartiesAs, Spec, instance};
    (1..=count)
        .map(|seed| {
            let mut rng = search::Rng::new(seed * 977);
            instance(&Spec {
                guests: 12 + rng.below(40),
                table_sizes: [vec![6, 8], vec![8, 10, 12], vec![4, 6, 8, 10]][rng.below(3)].clone(),
                spare: [0.0, 0.1, 0.3][rng.below(3)],
                party_sizes: [(1, 1), (1, 3), (2, 4)][rng.below(3)],
                parties_as: if rng.below(2) == 0 {
                    PartiesAs::Group
                } else {
                    PartiesAs::Wish
                },
                clique: [(0, 0), (5, 20), (20, 60)][rng.below(3)],
                clique_density: 0.3 + rng.unit() * 0.7,
                noise: rng.unit() * 2.0,
                negative: rng.unit() * 0.5,
                apart: rng.below(4),
                tables_per_department: 1 + rng.below(3),
                department_weight: rng.below(4) as i32,
                seed,
            })
        })
        .collect()
}

/// A random seating of `plan` that keeps the rules a bound may rely on: seats, parties (same
/// group) together.
fn random_seating(plan: &Plan, rng: &mut search::Rng) -> Plan {
    let mut parties: BTreeMap<String, Vec<GuestId>> = BTreeMap::new();
    for g in plan.guests() {
        let key = if g.fields.group.is_empty() {
            format!("#{}", g.id)
        } else {
            g.fields.group.clone()
        };
        parties.entry(key).or_default().push(g.id);
    }
    let usual = plan.usual_seats();
    let mut free: Vec<(LogicalId, usize)> = plan
        .logical_tables()
        .map(|l| (l.id, plan.capacity_of(l, usual) as usize))
        .collect();
    let mut out = plan.clone();
    let mut list: Vec<Vec<GuestId>> = parties.into_values().collect();
    for i in (1..list.len()).rev() {
        list.swap(i, rng.below(i + 1));
    }
    for party in list {
        let fits: Vec<usize> = (0..free.len())
            .filter(|&t| free[t].1 >= party.len())
            .collect();
        let Some(&t) = fits.get(rng.below(fits.len().max(1))) else {
            continue;
        };
        free[t].1 -= party.len();
        for guest in party {
            out.apply(&Event::GuestSeated(GuestSeated {
                guest,
                logical: free[t].0,
            }))
            .unwrap();
        }
    }
    out
}

#[test]
fn the_bound_is_never_below_the_score_of_any_seating() {
    for (i, made) in varied_instances(40).iter().enumerate() {
        let dw = i as i32 % 3;
        let options = SeatingOptions {
            department_weight: dw,
            steps: Some(200_000),
            workers: 1,
            seed: i as u64,
            ..SeatingOptions::default()
        };
        let bound = upper_bound(&made.plan, &options).unwrap();
        let (result, _) = seat_all(&made.plan, &options);
        assert_eq!(result.bound, bound);
        assert!(
            bound >= result.score,
            "instance {i}: {bound} < found {}",
            result.score
        );
        assert!(
            bound >= score(&with_planted(made), dw),
            "instance {i}: below the planted seating"
        );
        let mut rng = search::Rng::new(i as u64);
        for _ in 0..20 {
            let seated = random_seating(&made.plan, &mut rng);
            assert!(
                bound >= score(&seated, dw),
                "instance {i}: below a random seating"
            );
        }
    }
}

/// The instance's plan with its planted seating.
fn with_planted(made: &generate::Instance) -> Plan {
    let mut plan = made.plan.clone();
    for &(guest, logical) in &made.planted {
        plan.apply(&Event::GuestSeated(GuestSeated { guest, logical }))
            .unwrap();
    }
    plan
}

#[test]
fn a_longer_run_with_the_same_seed_never_ends_worse() {
    for (i, made) in varied_instances(12).iter().enumerate() {
        let options = |steps| SeatingOptions {
            department_weight: 1,
            steps: Some(steps),
            workers: 2,
            seed: 3,
            ..SeatingOptions::default()
        };
        let scores: Vec<(usize, i64)> = [20_000, 100_000, 400_000, 1_600_000]
            .into_iter()
            .map(|steps| {
                let (r, _) = seat_all(&made.plan, &options(steps));
                (r.unseated.len(), r.score)
            })
            .collect();
        for pair in scores.windows(2) {
            let key = |(unseated, score): (usize, i64)| (std::cmp::Reverse(unseated), score);
            assert!(key(pair[1]) >= key(pair[0]), "instance {i}: {scores:?}");
        }
    }
}

#[test]
fn a_plan_that_meets_the_bound_stops_early_and_says_it_is_the_best_possible() {
    // Two departments of four, two tables of four: each department at one table is the best
    // possible, and the bound says so.
    let mut b = Builder::new(&[4, 4], 8);
    for g in 0..8 {
        b.department(g, if g % 2 == 0 { "IT" } else { "Vertrieb" });
    }
    let options = SeatingOptions {
        department_weight: 1,
        ..SeatingOptions::default()
    };
    let (result, _) = seat_all(&b.plan, &options);
    assert_eq!((result.score, result.bound), (12, 12));
    assert_eq!(result.stopped, Stopped::Proven);
    assert!(result.elapsed < options.time);
    assert_eq!(
        result.quality_text(),
        "This is the best possible plan: no seating can score more."
    );
}

#[test]
fn a_run_that_leaves_guests_unseated_while_seats_are_free_is_not_applied() {
    // Tables of 6 and 4; parties of 3, 2, 3, 2, where each 3 wishes its 2: a start that seats
    // one pair of parties at the 6 leaves a party of 2 without a seat while two seats are free
    // at two tables. Cut short at once, that is the result — and it is not a plan to apply.
    let mut b = Builder::new(&[6, 4], 10);
    for (g, party) in [0, 0, 0, 1, 1, 2, 2, 2, 3, 3].iter().enumerate() {
        group(&mut b, g, &format!("P{party}"));
    }
    for (a, c) in [(0, 3), (5, 8)] {
        b.wish(a, c, 50, None);
    }
    let cut = SeatingOptions {
        steps: Some(1),
        workers: 1,
        ..options(1)
    };
    let (result, _) = seat_all(&b.plan, &cut);
    assert_eq!(result.unseated.len(), 2);
    assert_eq!(result.unseated_with_room, result.unseated);
    assert!(result.command.is_none());
    assert!(
        result
            .incomplete_text()
            .unwrap()
            .contains("2 seats are free")
    );
    // Given its budget, the search seats everyone.
    let (result, after) = seat_all(&b.plan, &options(200_000));
    assert!(result.unseated.is_empty() && result.unseated_with_room.is_empty());
    assert_eq!(after.guests().filter(|g| g.logical.is_some()).count(), 10);
}
