//! The generated demo plan: a believable company party, written as a believable history.
//!
//! Deterministic for a given guest count and seed (ids, names, layout, seating and the draw; the
//! event and batch UUIDs are random). Every change goes through [`Document::execute_as`], like a
//! user's, so the demo also exercises the single path of change.

use crate::domain::{
    Command, GuestFields, GuestId, LogicalId, NewTable, RoomId, TableId, TableMove, TableShape,
};
use crate::history::{Document, HistoryError};
use std::collections::BTreeMap;
use std::path::Path;

/// Default number of guests of `seatplan demo`.
pub const DEFAULT_GUESTS: usize = 1500;
/// Default seed of `seatplan demo`.
pub const DEFAULT_SEED: u64 = 2026;

/// SplitMix64: small, fast, and stable across versions (unlike a crate's default RNG).
#[derive(Clone, Debug)]
pub struct DemoRng(u64);

impl DemoRng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Shuffles in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

const FIRST_NAMES: &[&str] = &[
    "Anna",
    "Jürgen",
    "Zoë",
    "José",
    "Ólafur",
    "François",
    "Øyvind",
    "Åsa",
    "Łukasz",
    "Chloé",
    "Günther",
    "Mia",
    "Lukas",
    "Sophie",
    "Maximilian",
    "Emma",
    "Jonas",
    "Hannah",
    "Leon",
    "Lena",
    "Felix",
    "Marie",
    "Paul",
    "Lea",
    "Elias",
    "Amélie",
    "Noah",
    "Clara",
    "Ben",
    "Ida",
    "Tobias",
    "Katharina",
    "Stefan",
    "Sabine",
    "Thomas",
    "Andrea",
    "Michael",
    "Claudia",
    "Andreas",
    "Petra",
    "Mehmet",
    "Ayşe",
    "Giulia",
    "Matteo",
    "Inês",
    "João",
    "Björn",
    "Søren",
    "Małgorzata",
    "Tomáš",
    "René",
    "Renée",
    "Bärbel",
    "Dörte",
    "Jörg",
    "Sören",
    "Ülkü",
    "Núria",
    "Iñaki",
    "Hélène",
    "Nikolai",
    "Yuki",
    "Priya",
    "Aarav",
    "Olga",
    "Dmitri",
    "Fatma",
    "Karim",
    "Lina",
    "Omar",
];

const LAST_NAMES: &[&str] = &[
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Groß",
    "Weiß",
    "Köhler",
    "Jäger",
    "Vogel",
    "Günther",
    "Özdemir",
    "Yılmaz",
    "Nowak",
    "Kowalski",
    "García",
    "Fernández",
    "Lefèvre",
    "Dubois",
    "Rossi",
    "Bianchi",
    "Dvořák",
    "Novák",
    "Šimić",
    "Jørgensen",
    "Åberg",
    "Ó Briain",
    "van der Berg",
    "de Vries",
    "Nguyen",
    "Tanaka",
    "Sharma",
    "Ivanova",
    "Papadopoulos",
    "Lindqvist",
];

/// Departments and how many of every 100 guests belong to each.
const DEPARTMENTS: &[(&str, usize)] = &[
    ("Vertrieb", 16),
    ("Entwicklung", 18),
    ("Produktion", 14),
    ("Marketing", 7),
    ("IT", 8),
    ("Personal", 4),
    ("Finanzen", 5),
    ("Einkauf", 4),
    ("Logistik", 8),
    ("Qualität", 5),
    ("Kundenservice", 7),
    ("Recht", 2),
    ("Controlling", 2),
];

const DIETARY: &[&str] = &[
    "vegetarisch",
    "vegan",
    "glutenfrei",
    "laktosefrei",
    "Nussallergie",
    "halal",
    "koscher",
    "pescetarisch",
];

const NOTES: &[&str] = &[
    "Rollstuhl – Platz am Gang",
    "kommt erst zum Hauptgang",
    "Begleitperson angemeldet",
    "hält eine kurze Rede",
    "Kinderstuhl benötigt",
];

/// Guests per logical table the demo aims for.
const GUESTS_PER_TABLE: usize = 10;

/// A room of the demo venue: name, share of the tables (percent), and table style.
struct RoomSpec {
    name: &'static str,
    share: usize,
    round: bool,
}

const ROOMS: &[RoomSpec] = &[
    RoomSpec {
        name: "Großer Saal",
        share: 55,
        round: true,
    },
    RoomSpec {
        name: "Wintergarten",
        share: 20,
        round: true,
    },
    RoomSpec {
        name: "Terrasse",
        share: 15,
        round: false,
    },
    RoomSpec {
        name: "Kaminzimmer",
        share: 10,
        round: true,
    },
];

/// Clock for the demo's history: starts on 1 October 2026 and moves forward with each batch.
struct DemoClock {
    minutes: i64,
}

impl DemoClock {
    fn tick(&mut self, minutes: i64) -> String {
        self.minutes += minutes;
        let base = time::macros::datetime!(2026-10-01 08:30 UTC);
        let at = base + time::Duration::minutes(self.minutes);
        at.format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    }
}

/// ASCII transliteration for email addresses ("Jürgen Groß" → "juergen.gross").
fn email_part(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' | 'ø' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'å' => out.push_str("aa"),
            'æ' => out.push_str("ae"),
            'ł' => out.push('l'),
            'á' | 'à' | 'â' | 'ã' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ı' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'õ' => out.push('o'),
            'ú' | 'ù' | 'û' => out.push('u'),
            'ñ' => out.push('n'),
            'ç' => out.push('c'),
            'š' | 'ş' => out.push('s'),
            'č' | 'ć' => out.push('c'),
            'ř' => out.push('r'),
            'ž' => out.push('z'),
            'ğ' => out.push('g'),
            c if c.is_ascii_alphanumeric() => out.push(c),
            ' ' | '-' | '\'' => out.push('-'),
            _ => {}
        }
    }
    out
}

/// Writes a demo plan with `guests` guests to a new file at `path` and returns it open.
pub fn write_demo(path: &Path, guests: usize, seed: u64) -> Result<Document, HistoryError> {
    let mut doc = Document::create(path)?;
    let mut rng = DemoRng::new(seed);
    let mut clock = DemoClock { minutes: 0 };
    let organiser = "j.weber".to_owned();
    let helper = "m.schmidt".to_owned();

    // 1. Rooms, laid out for the number of tables they will hold.
    // A few more tables than groups, as venues have: the draw leaves some empty.
    let table_total = (guests * 2)
        .div_ceil(GUESTS_PER_TABLE * 2 - 1)
        .max(ROOMS.len());
    let mut room_ids: Vec<(RoomId, usize, bool, f64, f64)> = Vec::new(); // id, tables, round, w, h
    let mut canvas_x = 0.0;
    let mut canvas_y = 0.0;
    let mut assigned = 0;
    for (index, spec) in ROOMS.iter().enumerate() {
        let count = if index + 1 == ROOMS.len() {
            table_total - assigned
        } else {
            (table_total * spec.share / 100).max(1)
        };
        assigned += count;
        let (pitch_x, pitch_y) = if spec.round { (3.4, 3.4) } else { (4.2, 2.6) };
        let cols = ((count as f64 * 1.6).sqrt().ceil() as usize).max(1);
        let rows = count.div_ceil(cols);
        let stage_m = if index == 0 { 5.0 } else { 0.0 };
        let width_m = ((cols as f64 * pitch_x + 3.0) * 10.0).round() / 10.0;
        let height_m = ((rows as f64 * pitch_y + 3.0 + stage_m) * 10.0).round() / 10.0;
        // Large hall on the left; the others stacked to its right.
        let (x_m, y_m) = if index == 0 {
            (0.0, 0.0)
        } else {
            (canvas_x, canvas_y)
        };
        if index == 0 {
            canvas_x = width_m + 3.0;
        } else {
            canvas_y += height_m + 3.0;
        }
        run(
            &mut doc,
            &mut clock,
            Command::CreateRoom {
                name: spec.name.to_owned(),
                width_m,
                height_m,
                x_m,
                y_m,
            },
            7,
            &organiser,
        )?;
        let id = doc
            .plan()
            .room_named(spec.name)
            .map(|r| r.id)
            .ok_or_else(|| missing("room just created"))?;
        room_ids.push((id, count, spec.round, width_m, height_m));
    }

    // 2. Physical tables, in tidy rows; numbered 1…n indoors and T1…Tn on the terrace.
    let mut number = 0;
    let mut terrace_number = 0;
    for (index, &(room, count, round, width_m, _)) in room_ids.iter().enumerate() {
        let (pitch_x, pitch_y) = if round { (3.4, 3.4) } else { (4.2, 2.6) };
        let cols = ((width_m - 3.0) / pitch_x).round().max(1.0) as usize;
        let stage_m = if index == 0 { 5.0 } else { 0.0 };
        let mut commands = Vec::with_capacity(count);
        for i in 0..count {
            let (col, row) = (i % cols, i / cols);
            let x_m = 1.5 + pitch_x * (col as f64 + 0.5);
            let y_m = 1.5 + stage_m + pitch_y * (row as f64 + 0.5);
            let (label, shape, width, depth, seats) = if round {
                number += 1;
                let seats = match rng.below(10) {
                    0 => 8,
                    1 | 2 => 12,
                    _ => 10,
                };
                let diameter = if seats == 12 { 2.0 } else { 1.8 };
                (
                    number.to_string(),
                    TableShape::Round,
                    diameter,
                    diameter,
                    seats,
                )
            } else {
                terrace_number += 1;
                (
                    format!("T{terrace_number}"),
                    TableShape::Rectangular,
                    3.0,
                    1.0,
                    10,
                )
            };
            commands.push(Command::AddTable(NewTable {
                number: Some(label),
                room,
                shape,
                width_m: width,
                depth_m: depth,
                seats,
                x_m,
                y_m,
                rotation_deg: 0.0,
            }));
        }
        let name = doc
            .plan()
            .room(room)
            .map(|r| r.name.clone())
            .unwrap_or_default();
        run(
            &mut doc,
            &mut clock,
            Command::Many {
                description: format!("Placed {count} tables in “{name}”"),
                commands,
            },
            25,
            &organiser,
        )?;
    }

    // 3. Guests, by department, with a few VIPs (the management and guests of honour).
    let mut people: Vec<(GuestFields, &str)> = Vec::with_capacity(guests);
    let weight_total: usize = DEPARTMENTS.iter().map(|(_, w)| w).sum();
    let mut used_emails = BTreeMap::new();
    for i in 0..guests {
        let mut ticket = (i * 7919 + rng.below(weight_total)) % weight_total;
        let mut department = DEPARTMENTS[0].0;
        for (name, weight) in DEPARTMENTS {
            if ticket < *weight {
                department = name;
                break;
            }
            ticket -= weight;
        }
        let vip = i % 50 == 7;
        let first = *rng.pick(FIRST_NAMES);
        let last = *rng.pick(LAST_NAMES);
        let base = format!("{}.{}", email_part(first), email_part(last));
        let n = used_emails.entry(base.clone()).or_insert(0u32);
        *n += 1;
        let email = if rng.chance(3) {
            None // some guests only gave a postal address
        } else if *n == 1 {
            Some(format!("{base}@example-firma.de"))
        } else {
            Some(format!("{base}{n}@example-firma.de"))
        };
        let dietary = if rng.chance(22) {
            (*rng.pick(DIETARY)).to_owned()
        } else {
            String::new()
        };
        let notes = if rng.chance(2) {
            (*rng.pick(NOTES)).to_owned()
        } else {
            String::new()
        };
        // A `group` is a party that must sit together (automatic seating keeps it so); the demo
        // seats by department, so it has none. The draws stay, so the generated plan is the
        // same as before parties existed.
        if rng.chance(8) {
            let _ = rng.below(guests / 40 + 1);
        }
        let group = String::new();
        people.push((
            GuestFields {
                first_name: first.to_owned(),
                last_name: last.to_owned(),
                email,
                department: if vip {
                    "Geschäftsleitung".to_owned()
                } else {
                    department.to_owned()
                },
                dietary,
                vip,
                notes,
                group,
            },
            if vip { "VIP" } else { department },
        ));
    }
    let late = guests / 12;
    let (early, late_people) = people.split_at(guests - late);
    for (chunk, description, minutes) in [
        (
            early,
            format!("Imported {} guests from gaesteliste.xlsx", early.len()),
            60 * 24,
        ),
        (
            late_people,
            format!("Added {} late registrations", late_people.len()),
            60 * 24 * 9,
        ),
    ] {
        if chunk.is_empty() {
            continue;
        }
        run(
            &mut doc,
            &mut clock,
            Command::Many {
                description,
                commands: chunk
                    .iter()
                    .map(|(f, _)| Command::AddGuest(f.clone()))
                    .collect(),
            },
            minutes,
            &helper,
        )?;
    }

    // 4. Logical tables: one per ten guests of a department, plus VIP tables.
    let mut by_department: BTreeMap<&str, Vec<GuestId>> = BTreeMap::new();
    let guest_ids: Vec<GuestId> = doc.plan().guests().map(|g| g.id).collect();
    for (id, (_, department)) in guest_ids.iter().zip(&people) {
        by_department.entry(department).or_default().push(*id);
    }
    let mut logical_names: Vec<(String, bool, Vec<GuestId>)> = Vec::new();
    for (department, members) in &by_department {
        let vip = *department == "VIP";
        let tables = members.len().div_ceil(GUESTS_PER_TABLE);
        for (k, chunk) in members.chunks(GUESTS_PER_TABLE).enumerate() {
            let name = if tables == 1 && !vip {
                (*department).to_owned()
            } else {
                format!("{department} {}", k + 1)
            };
            logical_names.push((name, vip, chunk.to_vec()));
        }
    }
    run(
        &mut doc,
        &mut clock,
        Command::Many {
            description: format!("Created {} logical tables", logical_names.len()),
            commands: logical_names
                .iter()
                .map(|(name, vip, _)| Command::CreateLogicalTable {
                    name: name.clone(),
                    vip: *vip,
                })
                .collect(),
        },
        60 * 3,
        &organiser,
    )?;
    let logical_id = |doc: &Document, name: &str| -> Result<LogicalId, HistoryError> {
        doc.plan()
            .logical_named(name)
            .map(|l| l.id)
            .ok_or_else(|| missing("logical table just created"))
    };

    // 5. Seat everybody at their department's tables, except some late registrations.
    let mut seat_commands = Vec::new();
    for (name, _, members) in &logical_names {
        let id = logical_id(&doc, name)?;
        let seated: Vec<GuestId> = members
            .iter()
            .copied()
            .filter(|g| !(g.0 % 23 == 0 && rng.chance(60)))
            .collect();
        seat_commands.push(Command::SeatGuests {
            guests: seated,
            logical: Some(id),
        });
    }
    run(
        &mut doc,
        &mut clock,
        Command::Many {
            description: "Seated guests by department".to_owned(),
            commands: seat_commands,
        },
        60 * 5,
        &organiser,
    )?;

    // 6. VIP tables placed by hand at the front of the hall, one action each.
    let front: Vec<TableId> = doc
        .plan()
        .tables()
        .filter(|t| Some(t.room) == room_ids.first().map(|r| r.0))
        .map(|t| t.id)
        .collect();
    let vip_names: Vec<&String> = logical_names
        .iter()
        .filter(|(_, vip, _)| *vip)
        .map(|(n, _, _)| n)
        .collect();
    for (name, table) in vip_names.iter().zip(front.iter()) {
        let id = logical_id(&doc, name)?;
        run(
            &mut doc,
            &mut clock,
            Command::AssignTable {
                logical: id,
                table: Some(*table),
            },
            11,
            &organiser,
        )?;
    }

    // 7. The table draw, done on paper and typed in: every other logical table gets a table.
    let free: Vec<TableId> = doc
        .plan()
        .tables()
        .filter(|t| doc.plan().holder_of(t.id).is_none())
        .map(|t| t.id)
        .collect();
    // The paper draw matched group sizes to table sizes, randomly within each size.
    let mut free = free;
    rng.shuffle(&mut free);
    free.sort_by_key(|t| std::cmp::Reverse(doc.plan().table(*t).map_or(0, |t| t.seats)));
    let mut drawn: Vec<&(String, bool, Vec<GuestId>)> =
        logical_names.iter().filter(|(_, vip, _)| !*vip).collect();
    rng.shuffle(&mut drawn);
    let keep_open = 3.min(drawn.len());
    let (_left_open, drawn) = drawn.split_at(keep_open);
    let mut drawn: Vec<&String> = drawn.iter().map(|(n, _, _)| n).collect();
    drawn.sort_by_key(|name| {
        std::cmp::Reverse(
            logical_names
                .iter()
                .find(|(n, _, _)| n == *name)
                .map_or(0, |(_, _, members)| members.len()),
        )
    });
    let mut draw_commands = Vec::new();
    for (name, table) in drawn.iter().zip(free.iter()) {
        draw_commands.push(Command::AssignTable {
            logical: logical_id(&doc, name)?,
            table: Some(*table),
        });
    }
    run(
        &mut doc,
        &mut clock,
        Command::Many {
            description: format!(
                "Imported table draw from losung.xlsx — {} assignments",
                draw_commands.len()
            ),
            commands: draw_commands,
        },
        60 * 24 * 4,
        &helper,
    )?;

    // 8. Manual fixes of the following days, and one mistake taken back.
    let second = doc
        .plan()
        .tables()
        .nth(1)
        .map(|t| (t.id, t.room, t.x_m, t.y_m));
    if let Some(table) = second {
        run(
            &mut doc,
            &mut clock,
            Command::MoveTables(vec![TableMove {
                table: table.0,
                room: table.1,
                x_m: table.2 + 0.4,
                y_m: table.3,
            }]),
            60 * 20,
            &organiser,
        )?;
    }
    let ten_seater = doc.plan().tables().find(|t| t.seats == 10).map(|t| t.id);
    if let Some(table) = ten_seater {
        run(
            &mut doc,
            &mut clock,
            Command::SetTableSeats { table, seats: 12 },
            14,
            &organiser,
        )?;
    }
    let unseated = doc
        .plan()
        .guests()
        .find(|g| g.logical.is_none())
        .map(|g| g.id);
    if let Some(first_vip) = vip_names.first()
        && let Some(guest) = unseated
    {
        let logical = logical_id(&doc, first_vip)?;
        run(
            &mut doc,
            &mut clock,
            Command::SeatGuests {
                guests: vec![guest],
                logical: Some(logical),
            },
            30,
            &organiser,
        )?;
    }
    let last_table = doc.plan().tables().last().map(|t| t.id);
    if let Some(last) = last_table
        && let Some(batch) = run(
            &mut doc,
            &mut clock,
            Command::DeleteTables(vec![last]),
            45,
            &helper,
        )?
    {
        let at = clock.tick(3);
        let preview = doc.preview_undo(batch)?;
        doc.commit_as(preview, at, helper.clone())?;
    }
    Ok(doc)
}

/// Runs one demo command at the demo clock's next time.
fn run(
    doc: &mut Document,
    clock: &mut DemoClock,
    command: Command,
    minutes: i64,
    by: &str,
) -> Result<Option<u64>, HistoryError> {
    let at = clock.tick(minutes);
    doc.execute_as(&command, at, by.to_owned())
}

fn missing(what: &str) -> HistoryError {
    HistoryError::Domain(crate::domain::DomainError::Invalid(format!(
        "demo generator lost track of a {what}"
    )))
}

/// Adds `count` custom fields ("Feld 0", "Feld 1", …; yes/no, choice, number and text in turn)
/// and fills each for every guest, one action per field — the plan a team that invents fields
/// as it goes ends up with (benchmarks measure it).
pub fn add_custom_fields(doc: &mut Document, count: usize) -> Result<(), HistoryError> {
    use crate::domain::{FieldKind, FieldValue};
    let kinds = [
        FieldKind::YesNo,
        FieldKind::Choice,
        FieldKind::Number,
        FieldKind::Text,
    ];
    let guests: Vec<_> = doc.plan().guests().map(|g| g.id).collect();
    for f in 0..count {
        let kind = kinds[f % kinds.len()];
        let name = format!("Feld {f}");
        doc.execute(&Command::DefineField {
            name: name.clone(),
            kind,
            options: vec!["S".into(), "M".into(), "L".into()],
        })?;
        let Some(field) = doc.plan().field_named(&name).map(|f| f.id) else {
            continue;
        };
        let commands = guests
            .iter()
            .enumerate()
            .map(|(i, &guest)| Command::SetGuestField {
                guest,
                field,
                value: Some(match kind {
                    FieldKind::YesNo => FieldValue::Bool(i % 3 == 0),
                    FieldKind::Choice => FieldValue::Text(["S", "M", "L"][i % 3].into()),
                    FieldKind::Number => FieldValue::Number(i as f64),
                    FieldKind::Text => FieldValue::Text(format!("Wert {i}")),
                }),
            })
            .collect();
        doc.execute(&Command::Many {
            description: "Filled a field".into(),
            commands,
        })?;
    }
    Ok(())
}
