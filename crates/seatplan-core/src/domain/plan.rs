//! The plan: the whole state of one event, and the one function that changes it ([`Plan::apply`]).

use super::error::{DomainError, Property};
use super::events::{
    Event, GuestAdded, LogicalTableAssigned, LogicalTableCreated, RoomCreated, TableAdded,
};
use super::ids::{FieldId, GuestId, LogicalId, RoomId, TableId};
use super::model::{
    CustomField, EmailTemplate, FieldValue, Guest, GuestFields, LogicalTable, PhysicalTable, Room,
    TableShape, WISH_WEIGHT, Wish, half_extent_m, match_key,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Smallest and largest room side, metres.
pub const ROOM_SIDE_M: (f64, f64) = (0.5, 2000.0);
/// Smallest and largest table side, metres.
pub const TABLE_SIDE_M: (f64, f64) = (0.3, 30.0);
/// Most seats a table may have.
pub const MAX_SEATS: u32 = 200;
/// Tolerance for "inside the room" checks, metres.
const FIT_EPSILON_M: f64 = 1e-6;

/// The complete state of one event plan. Changed only by [`Plan::apply`], which keeps every
/// invariant (unique names, numbers and emails; tables inside their rooms; one logical table per
/// physical table) or refuses the event and leaves the plan untouched.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    rooms: BTreeMap<RoomId, Room>,
    tables: BTreeMap<TableId, PhysicalTable>,
    logical: BTreeMap<LogicalId, LogicalTable>,
    guests: BTreeMap<GuestId, Guest>,
    room_by_name: HashMap<String, RoomId>,
    table_by_number: HashMap<String, TableId>,
    logical_by_name: HashMap<String, LogicalId>,
    guest_by_email: HashMap<String, GuestId>,
    holder_of: HashMap<TableId, LogicalId>,
    /// `None` until someone sets one: the default then comes in the current language.
    email_template: Option<EmailTemplate>,
    /// Wishes by unordered pair (smaller id first).
    wishes: BTreeMap<(GuestId, GuestId), Wish>,
    /// For each guest, the guests they have a wish with.
    wish_partners: HashMap<GuestId, BTreeSet<GuestId>>,
    /// The custom guest fields, in their order.
    fields: Vec<CustomField>,
}

/// Where a guest sits ([`Plan::place_of`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Place<'a> {
    /// The logical table ("Vertrieb 2"), if seated.
    pub logical: Option<&'a LogicalTable>,
    /// Its physical table, once it has one.
    pub table: Option<&'a PhysicalTable>,
    /// That table's room.
    pub room: Option<&'a Room>,
}

impl Place<'_> {
    /// "Vertrieb 2 · table 22", "Vertrieb 2 · no table yet", or "not seated".
    pub fn short(&self) -> String {
        match (self.logical, self.table) {
            (None, _) => seatplan_i18n::t!("place-not-seated"),
            (Some(l), None) => seatplan_i18n::t!("place-no-table-yet", logical = l.name.as_str()),
            (Some(l), Some(t)) => seatplan_i18n::t!(
                "place-at-table",
                logical = l.name.as_str(),
                number = t.number.as_str()
            ),
        }
    }

    /// [`Place::short`] with the room: "Vertrieb 2 · table 22 in Großer Saal".
    pub fn long(&self) -> String {
        match self.room {
            Some(room) if self.table.is_some() => seatplan_i18n::t!(
                "place-in-room",
                place = self.short(),
                room = room.name.as_str()
            ),
            _ => self.short(),
        }
    }
}

impl Plan {
    /// An empty plan.
    pub fn new() -> Self {
        Self::default()
    }

    /// Rooms in id (creation) order.
    pub fn rooms(&self) -> impl DoubleEndedIterator<Item = &Room> + ExactSizeIterator {
        self.rooms.values()
    }
    /// Physical tables in id (creation) order.
    pub fn tables(&self) -> impl DoubleEndedIterator<Item = &PhysicalTable> + ExactSizeIterator {
        self.tables.values()
    }
    /// Logical tables in id (creation) order.
    pub fn logical_tables(
        &self,
    ) -> impl DoubleEndedIterator<Item = &LogicalTable> + ExactSizeIterator {
        self.logical.values()
    }
    /// Guests in id (creation) order.
    pub fn guests(&self) -> impl DoubleEndedIterator<Item = &Guest> + ExactSizeIterator {
        self.guests.values()
    }

    /// The guest email template: the one set, else the default in the current language.
    pub fn email_template(&self) -> EmailTemplate {
        self.email_template.clone().unwrap_or_default()
    }

    /// The template the plan set itself (`None` while it uses the default one).
    pub fn own_email_template(&self) -> Option<&EmailTemplate> {
        self.email_template.as_ref()
    }

    /// Every wish, by unordered pair (smaller id first), in id order.
    pub fn wishes(&self) -> impl ExactSizeIterator<Item = ((GuestId, GuestId), &Wish)> {
        self.wishes.iter().map(|(&k, w)| (k, w))
    }

    /// The wish between two guests, if any (order does not matter).
    pub fn wish(&self, a: GuestId, b: GuestId) -> Option<&Wish> {
        self.wishes.get(&pair(a, b))
    }

    /// The wishes of one guest: (the other guest, the wish), in the other's id order.
    pub fn wishes_of(&self, guest: GuestId) -> impl Iterator<Item = (GuestId, &Wish)> {
        self.wish_partners
            .get(&guest)
            .into_iter()
            .flatten()
            .filter_map(move |&other| self.wishes.get(&pair(guest, other)).map(|w| (other, w)))
    }

    /// The seats a logical table can hold: its physical table's, else its planned size, else
    /// `usual` (the venue's most common table size, [`Plan::usual_seats`]).
    pub fn capacity_of(&self, logical: &LogicalTable, usual: u32) -> u32 {
        logical
            .physical
            .and_then(|t| self.tables.get(&t))
            .map(|t| t.seats)
            .or(logical.planned_seats)
            .unwrap_or(usual)
    }

    /// The most common seat count of the physical tables (ties: the larger); 10 in an empty venue.
    pub fn usual_seats(&self) -> u32 {
        let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
        for table in self.tables.values() {
            *counts.entry(table.seats).or_insert(0) += 1;
        }
        counts
            .into_iter()
            .max_by_key(|&(seats, n)| (n, seats))
            .map_or(10, |(seats, _)| seats)
    }

    /// A room by id.
    pub fn room(&self, id: RoomId) -> Option<&Room> {
        self.rooms.get(&id)
    }
    /// A physical table by id.
    pub fn table(&self, id: TableId) -> Option<&PhysicalTable> {
        self.tables.get(&id)
    }
    /// A logical table by id.
    pub fn logical_table(&self, id: LogicalId) -> Option<&LogicalTable> {
        self.logical.get(&id)
    }
    /// A guest by id.
    pub fn guest(&self, id: GuestId) -> Option<&Guest> {
        self.guests.get(&id)
    }

    /// A room by name (case-insensitive, trimmed).
    pub fn room_named(&self, name: &str) -> Option<&Room> {
        self.room_by_name
            .get(&match_key(name))
            .and_then(|id| self.rooms.get(id))
    }
    /// A physical table by number (case-insensitive, trimmed).
    pub fn table_numbered(&self, number: &str) -> Option<&PhysicalTable> {
        self.table_by_number
            .get(&match_key(number))
            .and_then(|id| self.tables.get(id))
    }
    /// A logical table by name (case-insensitive, trimmed).
    pub fn logical_named(&self, name: &str) -> Option<&LogicalTable> {
        self.logical_by_name
            .get(&match_key(name))
            .and_then(|id| self.logical.get(id))
    }
    /// A guest by email (case-insensitive, trimmed).
    pub fn guest_with_email(&self, email: &str) -> Option<&Guest> {
        self.guest_by_email
            .get(&match_key(email))
            .and_then(|id| self.guests.get(id))
    }
    /// The logical table that holds a physical table.
    pub fn holder_of(&self, table: TableId) -> Option<&LogicalTable> {
        self.holder_of
            .get(&table)
            .and_then(|id| self.logical.get(id))
    }

    /// Number of rooms.
    pub fn room_count(&self) -> usize {
        self.rooms.len()
    }
    /// Number of physical tables.
    pub fn table_count(&self) -> usize {
        self.tables.len()
    }
    /// Number of logical tables.
    pub fn logical_count(&self) -> usize {
        self.logical.len()
    }
    /// Number of guests.
    pub fn guest_count(&self) -> usize {
        self.guests.len()
    }
    /// Number of guests with a seat.
    pub fn seated_count(&self) -> usize {
        self.guests.values().filter(|g| g.logical.is_some()).count()
    }

    /// Number of seated guests whose logical table has a physical table (they know where to go).
    pub fn at_a_table_count(&self) -> usize {
        self.guests
            .values()
            .filter(|g| self.place_of(g).table.is_some())
            .count()
    }

    /// Where a guest sits: logical table, physical table, room — each possibly missing.
    pub fn place_of(&self, guest: &Guest) -> Place<'_> {
        let logical = guest.logical.and_then(|l| self.logical.get(&l));
        let table = logical
            .and_then(|l| l.physical)
            .and_then(|t| self.tables.get(&t));
        let room = table.and_then(|t| self.rooms.get(&t.room));
        Place {
            logical,
            table,
            room,
        }
    }

    /// How many guests sit at each logical table (tables with nobody are absent).
    pub fn seated_per_logical(&self) -> HashMap<LogicalId, u32> {
        let mut counts = HashMap::new();
        for logical in self.guests.values().filter_map(|g| g.logical) {
            *counts.entry(logical).or_insert(0) += 1;
        }
        counts
    }

    /// Guests seated at one logical table, in id order.
    pub fn guests_at(&self, logical: LogicalId) -> impl Iterator<Item = &Guest> {
        self.guests
            .values()
            .filter(move |g| g.logical == Some(logical))
    }

    /// Physical tables with more guests than seats: (table, seated), in table id order.
    pub fn over_capacity(&self) -> Vec<(&PhysicalTable, u32)> {
        let seated = self.seated_per_logical();
        self.tables
            .values()
            .filter_map(|t| {
                let holder = self.holder_of.get(&t.id)?;
                let n = seated.get(holder).copied().unwrap_or(0);
                (n > t.seats).then_some((t, n))
            })
            .collect()
    }

    /// The first table number of the form "N" not in use, counting from 1.
    pub fn next_free_table_number(&self) -> String {
        let mut used: Vec<u64> = self
            .table_by_number
            .keys()
            .filter_map(|k| k.parse::<u64>().ok())
            .collect();
        used.sort_unstable();
        let mut candidate = 1;
        for n in used {
            if n == candidate {
                candidate += 1;
            } else if n > candidate {
                break;
            }
        }
        candidate.to_string()
    }

    /// Applies one event. On error the plan is unchanged: every check runs before any mutation.
    ///
    /// This is the single place that changes a plan; command validation runs it on a scratch copy
    /// and replay runs it on every effective event (skipping, with a diagnostic, what it refuses).
    pub fn apply(&mut self, event: &Event) -> Result<(), DomainError> {
        match event {
            Event::RoomCreated(e) => self.create_room(e),
            Event::RoomRenamed(e) => {
                let name = non_empty(&e.name, Property::RoomName)?;
                let room = self
                    .rooms
                    .get(&e.room)
                    .ok_or(DomainError::UnknownRoom(e.room))?;
                let key = match_key(name);
                if self.room_by_name.get(&key).is_some_and(|&id| id != e.room) {
                    return Err(DomainError::RoomNameTaken(name.to_owned()));
                }
                let old_key = match_key(&room.name);
                self.room_by_name.remove(&old_key);
                self.room_by_name.insert(key, e.room);
                if let Some(room) = self.rooms.get_mut(&e.room) {
                    room.name = name.to_owned();
                }
                Ok(())
            }
            Event::RoomResized(e) => {
                check_length(Property::RoomWidth, e.width_m, ROOM_SIDE_M)?;
                check_length(Property::RoomHeight, e.height_m, ROOM_SIDE_M)?;
                let room = self
                    .rooms
                    .get(&e.room)
                    .ok_or(DomainError::UnknownRoom(e.room))?;
                let mut resized = room.clone();
                resized.width_m = e.width_m;
                resized.height_m = e.height_m;
                for table in self.tables.values().filter(|t| t.room == e.room) {
                    check_fits(table, &resized, table.x_m, table.y_m)?;
                }
                self.rooms.insert(e.room, resized);
                Ok(())
            }
            Event::RoomMoved(e) => {
                check_finite(Property::RoomPosition, &[e.x_m, e.y_m])?;
                let room = self
                    .rooms
                    .get_mut(&e.room)
                    .ok_or(DomainError::UnknownRoom(e.room))?;
                room.x_m = e.x_m;
                room.y_m = e.y_m;
                Ok(())
            }
            Event::RoomDeleted(e) => {
                let room = self
                    .rooms
                    .remove(&e.room)
                    .ok_or(DomainError::UnknownRoom(e.room))?;
                self.room_by_name.remove(&match_key(&room.name));
                // Tables still standing in the room go with it (normally the batch deleted them
                // explicitly first; after an undo elsewhere some may have moved back in).
                let inside: Vec<TableId> = self
                    .tables
                    .values()
                    .filter(|t| t.room == e.room)
                    .map(|t| t.id)
                    .collect();
                for id in inside {
                    self.remove_table(id);
                }
                Ok(())
            }
            Event::TableAdded(e) => self.add_table(e),
            Event::TableMoved(e) => {
                check_finite(Property::TablePosition, &[e.x_m, e.y_m])?;
                let table = self
                    .tables
                    .get(&e.table)
                    .ok_or(DomainError::UnknownTable(e.table))?;
                let room = self
                    .rooms
                    .get(&e.room)
                    .ok_or(DomainError::UnknownRoom(e.room))?;
                check_fits(table, room, e.x_m, e.y_m)?;
                if let Some(table) = self.tables.get_mut(&e.table) {
                    table.room = e.room;
                    table.x_m = e.x_m;
                    table.y_m = e.y_m;
                }
                Ok(())
            }
            Event::TableRotated(e) => {
                check_finite(Property::TableRotation, &[e.rotation_deg])?;
                let table = self
                    .tables
                    .get(&e.table)
                    .ok_or(DomainError::UnknownTable(e.table))?;
                let mut rotated = table.clone();
                rotated.rotation_deg = normalise_degrees(e.rotation_deg);
                self.replace_table_checked(rotated)
            }
            Event::TableRenumbered(e) => {
                let number = non_empty(&e.number, Property::TableNumber)?;
                let table = self
                    .tables
                    .get(&e.table)
                    .ok_or(DomainError::UnknownTable(e.table))?;
                let key = match_key(number);
                if self
                    .table_by_number
                    .get(&key)
                    .is_some_and(|&id| id != e.table)
                {
                    return Err(DomainError::TableNumberTaken(number.to_owned()));
                }
                self.table_by_number.remove(&match_key(&table.number));
                self.table_by_number.insert(key, e.table);
                if let Some(table) = self.tables.get_mut(&e.table) {
                    table.number = number.to_owned();
                }
                Ok(())
            }
            Event::TableSeatsChanged(e) => {
                check_seats(e.seats)?;
                let table = self
                    .tables
                    .get_mut(&e.table)
                    .ok_or(DomainError::UnknownTable(e.table))?;
                table.seats = e.seats;
                Ok(())
            }
            Event::TableShapeChanged(e) => {
                check_table_size(e.shape, e.width_m, e.depth_m)?;
                let table = self
                    .tables
                    .get(&e.table)
                    .ok_or(DomainError::UnknownTable(e.table))?;
                let mut reshaped = table.clone();
                reshaped.shape = e.shape;
                reshaped.width_m = e.width_m;
                reshaped.depth_m = effective_depth(e.shape, e.width_m, e.depth_m);
                self.replace_table_checked(reshaped)
            }
            Event::TableDeleted(e) => {
                if !self.tables.contains_key(&e.table) {
                    return Err(DomainError::UnknownTable(e.table));
                }
                self.remove_table(e.table);
                Ok(())
            }
            Event::LogicalTableCreated(e) => self.create_logical(e),
            Event::LogicalTableRenamed(e) => {
                let name = non_empty(&e.name, Property::LogicalName)?;
                let logical = self
                    .logical
                    .get(&e.logical)
                    .ok_or(DomainError::UnknownLogical(e.logical))?;
                let key = match_key(name);
                if self
                    .logical_by_name
                    .get(&key)
                    .is_some_and(|&id| id != e.logical)
                {
                    return Err(DomainError::LogicalNameTaken(name.to_owned()));
                }
                self.logical_by_name.remove(&match_key(&logical.name));
                self.logical_by_name.insert(key, e.logical);
                if let Some(logical) = self.logical.get_mut(&e.logical) {
                    logical.name = name.to_owned();
                }
                Ok(())
            }
            Event::LogicalTableVipSet(e) => {
                let logical = self
                    .logical
                    .get_mut(&e.logical)
                    .ok_or(DomainError::UnknownLogical(e.logical))?;
                logical.vip = e.vip;
                Ok(())
            }
            Event::LogicalTableAssigned(e) => self.assign(e),
            Event::LogicalTableReleased(e) => {
                let logical = self
                    .logical
                    .get(&e.logical)
                    .ok_or(DomainError::UnknownLogical(e.logical))?;
                if logical.physical != Some(e.table) {
                    let number = self
                        .tables
                        .get(&e.table)
                        .map_or_else(|| e.table.to_string(), |t| t.number.clone());
                    return Err(DomainError::NotHolding {
                        logical: logical.name.clone(),
                        number,
                    });
                }
                self.holder_of.remove(&e.table);
                if let Some(logical) = self.logical.get_mut(&e.logical) {
                    logical.physical = None;
                }
                Ok(())
            }
            Event::LogicalTableDeleted(e) => {
                let logical = self
                    .logical
                    .remove(&e.logical)
                    .ok_or(DomainError::UnknownLogical(e.logical))?;
                self.logical_by_name.remove(&match_key(&logical.name));
                if let Some(table) = logical.physical {
                    self.holder_of.remove(&table);
                }
                for guest in self.guests.values_mut() {
                    if guest.logical == Some(e.logical) {
                        guest.logical = None;
                    }
                }
                Ok(())
            }
            Event::GuestAdded(e) => self.add_guest(e),
            Event::GuestUpdated(e) => {
                let guest = self
                    .guests
                    .get(&e.guest)
                    .ok_or(DomainError::UnknownGuest(e.guest))?;
                let fields = e.changes.applied_to(&guest.fields);
                let fields = self.checked_guest_fields(fields, Some(e.guest))?;
                if let Some(old) = &guest.fields.email {
                    self.guest_by_email.remove(&match_key(old));
                }
                if let Some(new) = &fields.email {
                    self.guest_by_email.insert(match_key(new), e.guest);
                }
                if let Some(guest) = self.guests.get_mut(&e.guest) {
                    guest.fields = fields;
                }
                Ok(())
            }
            Event::GuestSeated(e) => {
                if !self.logical.contains_key(&e.logical) {
                    return Err(DomainError::UnknownLogical(e.logical));
                }
                let guest = self
                    .guests
                    .get_mut(&e.guest)
                    .ok_or(DomainError::UnknownGuest(e.guest))?;
                guest.logical = Some(e.logical);
                Ok(())
            }
            Event::GuestUnseated(e) => {
                let guest = self
                    .guests
                    .get(&e.guest)
                    .ok_or(DomainError::UnknownGuest(e.guest))?;
                if guest.logical != Some(e.logical) {
                    let logical = self
                        .logical
                        .get(&e.logical)
                        .map_or_else(|| e.logical.to_string(), |l| l.name.clone());
                    return Err(DomainError::NotSeatedThere {
                        guest: guest.display_name(),
                        logical,
                    });
                }
                if let Some(guest) = self.guests.get_mut(&e.guest) {
                    guest.logical = None;
                }
                Ok(())
            }
            Event::GuestDeleted(e) => {
                let guest = self
                    .guests
                    .remove(&e.guest)
                    .ok_or(DomainError::UnknownGuest(e.guest))?;
                if let Some(email) = &guest.fields.email {
                    self.guest_by_email.remove(&match_key(email));
                }
                // Their wishes go with them (an undo of the deletion brings them back).
                for other in self.wish_partners.remove(&e.guest).unwrap_or_default() {
                    self.wishes.remove(&pair(e.guest, other));
                    if let Some(set) = self.wish_partners.get_mut(&other) {
                        set.remove(&e.guest);
                    }
                }
                Ok(())
            }
            Event::EmailTemplateSet(e) => {
                self.email_template = Some(e.template.clone());
                Ok(())
            }
            Event::WishSet(e) => {
                self.check_wish_pair(e.guest, e.with)?;
                if !(WISH_WEIGHT.0..=WISH_WEIGHT.1).contains(&e.weight) {
                    return Err(DomainError::BadWeight(e.weight));
                }
                self.wishes.insert(
                    pair(e.guest, e.with),
                    Wish {
                        weight: e.weight,
                        rule: e.rule,
                    },
                );
                self.wish_partners
                    .entry(e.guest)
                    .or_default()
                    .insert(e.with);
                self.wish_partners
                    .entry(e.with)
                    .or_default()
                    .insert(e.guest);
                Ok(())
            }
            Event::WishRemoved(e) => {
                self.check_wish_pair(e.guest, e.with)?;
                self.wishes.remove(&pair(e.guest, e.with));
                for (a, b) in [(e.guest, e.with), (e.with, e.guest)] {
                    if let Some(set) = self.wish_partners.get_mut(&a) {
                        set.remove(&b);
                        if set.is_empty() {
                            self.wish_partners.remove(&a);
                        }
                    }
                }
                Ok(())
            }
            Event::TableAccessibleSet(e) => {
                self.tables
                    .get_mut(&e.table)
                    .ok_or(DomainError::UnknownTable(e.table))?
                    .accessible = e.accessible;
                Ok(())
            }
            Event::GuestPinned(e) => {
                let guest = self
                    .guests
                    .get_mut(&e.guest)
                    .ok_or(DomainError::UnknownGuest(e.guest))?;
                guest.pinned = e.pinned;
                Ok(())
            }
            Event::FieldDefined(e) => {
                if self.id_in_use(e.field.0) {
                    return Err(DomainError::IdInUse(e.field.0));
                }
                let name = non_empty(&e.name, Property::FieldName)?;
                self.check_field_name(name, None)?;
                let options = checked_options(&e.options)?;
                self.fields.push(CustomField {
                    id: e.field,
                    name: name.to_owned(),
                    kind: e.kind,
                    options,
                });
                Ok(())
            }
            Event::FieldRenamed(e) => {
                let name = non_empty(&e.name, Property::FieldName)?;
                self.check_field_name(name, Some(e.field))?;
                self.field_mut(e.field)?.name = name.to_owned();
                Ok(())
            }
            Event::FieldOptionAdded(e) => {
                let option = non_empty(&e.option, Property::FieldOption)?.to_owned();
                let field = self.field_mut(e.field)?;
                if field
                    .options
                    .iter()
                    .any(|o| match_key(o) == match_key(&option))
                {
                    return Err(DomainError::OptionTaken(option));
                }
                field.options.push(option);
                Ok(())
            }
            Event::FieldOptionRemoved(e) => {
                let field = self.field_mut(e.field)?;
                let Some(at) = field.options.iter().position(|o| *o == e.option) else {
                    return Err(DomainError::NoSuchOption(e.option.clone()));
                };
                field.options.remove(at);
                let gone = FieldValue::Text(e.option.clone());
                for guest in self.guests.values_mut() {
                    if guest.custom.get(&e.field) == Some(&gone) {
                        guest.custom.remove(&e.field);
                    }
                }
                Ok(())
            }
            Event::FieldOptionRenamed(e) => {
                let to = non_empty(&e.to, Property::FieldOption)?.to_owned();
                let field = self.field_mut(e.field)?;
                let Some(at) = field.options.iter().position(|o| *o == e.from) else {
                    return Err(DomainError::NoSuchOption(e.from.clone()));
                };
                if field
                    .options
                    .iter()
                    .enumerate()
                    .any(|(i, o)| i != at && match_key(o) == match_key(&to))
                {
                    return Err(DomainError::OptionTaken(to));
                }
                field.options[at].clone_from(&to);
                let from = FieldValue::Text(e.from.clone());
                for guest in self.guests.values_mut() {
                    if let Some(value) = guest.custom.get_mut(&e.field)
                        && *value == from
                    {
                        *value = FieldValue::Text(to.clone());
                    }
                }
                Ok(())
            }
            Event::FieldMoved(e) => {
                let at = self
                    .fields
                    .iter()
                    .position(|f| f.id == e.field)
                    .ok_or(DomainError::UnknownField(e.field))?;
                let field = self.fields.remove(at);
                let to = (e.position as usize).min(self.fields.len());
                self.fields.insert(to, field);
                Ok(())
            }
            Event::FieldRemoved(e) => {
                let at = self
                    .fields
                    .iter()
                    .position(|f| f.id == e.field)
                    .ok_or(DomainError::UnknownField(e.field))?;
                self.fields.remove(at);
                for guest in self.guests.values_mut() {
                    guest.custom.remove(&e.field);
                }
                Ok(())
            }
            Event::GuestFieldSet(e) => {
                let field = self
                    .fields
                    .iter()
                    .find(|f| f.id == e.field)
                    .ok_or(DomainError::UnknownField(e.field))?;
                if let Some(value) = &e.value
                    && !value.fits(field.kind, &field.options)
                {
                    return Err(DomainError::BadFieldValue {
                        field: field.name.clone(),
                        value: match value {
                            FieldValue::Bool(b) => b.to_string(),
                            FieldValue::Number(n) => n.to_string(),
                            FieldValue::Text(t) => t.clone(),
                        },
                    });
                }
                let guest = self
                    .guests
                    .get_mut(&e.guest)
                    .ok_or(DomainError::UnknownGuest(e.guest))?;
                match &e.value {
                    Some(value) => {
                        guest.custom.insert(e.field, value.clone());
                    }
                    None => {
                        guest.custom.remove(&e.field);
                    }
                }
                Ok(())
            }
            Event::LogicalTablePlannedSeats(e) => {
                if let Some(seats) = e.seats {
                    check_seats(seats)?;
                }
                let logical = self
                    .logical
                    .get_mut(&e.logical)
                    .ok_or(DomainError::UnknownLogical(e.logical))?;
                logical.planned_seats = e.seats;
                Ok(())
            }
            Event::BatchReverted(_) | Event::BatchReinstated(_) | Event::ChangesMerged(_) => {
                Err(DomainError::MarkerNotApplicable)
            }
        }
    }

    /// No other field has this name.
    fn check_field_name(&self, name: &str, this: Option<FieldId>) -> Result<(), DomainError> {
        let key = match_key(name);
        if self
            .fields
            .iter()
            .any(|f| Some(f.id) != this && match_key(&f.name) == key)
        {
            return Err(DomainError::FieldNameTaken(name.to_owned()));
        }
        Ok(())
    }

    fn field_mut(&mut self, id: FieldId) -> Result<&mut CustomField, DomainError> {
        self.fields
            .iter_mut()
            .find(|f| f.id == id)
            .ok_or(DomainError::UnknownField(id))
    }

    /// The highest id of anything in the plan (0 for an empty plan).
    pub fn highest_id(&self) -> u64 {
        [
            self.rooms.keys().next_back().map(|id| id.0),
            self.tables.keys().next_back().map(|id| id.0),
            self.logical.keys().next_back().map(|id| id.0),
            self.guests.keys().next_back().map(|id| id.0),
            self.fields.iter().map(|f| f.id.0).max(),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(0)
    }

    /// The custom guest fields, in their order.
    pub fn fields(&self) -> &[CustomField] {
        &self.fields
    }

    /// A custom field by id.
    pub fn field(&self, id: FieldId) -> Option<&CustomField> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// A custom field by name (case-insensitive, trimmed).
    pub fn field_named(&self, name: &str) -> Option<&CustomField> {
        let key = match_key(name);
        self.fields.iter().find(|f| match_key(&f.name) == key)
    }

    /// Both guests exist and are two different people.
    fn check_wish_pair(&self, a: GuestId, b: GuestId) -> Result<(), DomainError> {
        let guest = self.guests.get(&a).ok_or(DomainError::UnknownGuest(a))?;
        if !self.guests.contains_key(&b) {
            return Err(DomainError::UnknownGuest(b));
        }
        if a == b {
            return Err(DomainError::SelfWish(guest.display_name()));
        }
        Ok(())
    }

    fn id_in_use(&self, id: u64) -> bool {
        self.rooms.contains_key(&RoomId(id))
            || self.tables.contains_key(&TableId(id))
            || self.logical.contains_key(&LogicalId(id))
            || self.guests.contains_key(&GuestId(id))
            || self.fields.iter().any(|f| f.id.0 == id)
    }

    fn create_room(&mut self, e: &RoomCreated) -> Result<(), DomainError> {
        if self.id_in_use(e.room.0) {
            return Err(DomainError::IdInUse(e.room.0));
        }
        let name = non_empty(&e.name, Property::RoomName)?;
        check_length(Property::RoomWidth, e.width_m, ROOM_SIDE_M)?;
        check_length(Property::RoomHeight, e.height_m, ROOM_SIDE_M)?;
        check_finite(Property::RoomPosition, &[e.x_m, e.y_m])?;
        let key = match_key(name);
        if self.room_by_name.contains_key(&key) {
            return Err(DomainError::RoomNameTaken(name.to_owned()));
        }
        self.room_by_name.insert(key, e.room);
        self.rooms.insert(
            e.room,
            Room {
                id: e.room,
                name: name.to_owned(),
                width_m: e.width_m,
                height_m: e.height_m,
                x_m: e.x_m,
                y_m: e.y_m,
            },
        );
        Ok(())
    }

    fn add_table(&mut self, e: &TableAdded) -> Result<(), DomainError> {
        if self.id_in_use(e.table.0) {
            return Err(DomainError::IdInUse(e.table.0));
        }
        let number = non_empty(&e.number, Property::TableNumber)?;
        check_table_size(e.shape, e.width_m, e.depth_m)?;
        check_seats(e.seats)?;
        check_finite(Property::TablePosition, &[e.x_m, e.y_m, e.rotation_deg])?;
        let key = match_key(number);
        if self.table_by_number.contains_key(&key) {
            return Err(DomainError::TableNumberTaken(number.to_owned()));
        }
        let room = self
            .rooms
            .get(&e.room)
            .ok_or(DomainError::UnknownRoom(e.room))?;
        let table = PhysicalTable {
            id: e.table,
            number: number.to_owned(),
            room: e.room,
            shape: e.shape,
            width_m: e.width_m,
            depth_m: effective_depth(e.shape, e.width_m, e.depth_m),
            seats: e.seats,
            x_m: e.x_m,
            y_m: e.y_m,
            rotation_deg: normalise_degrees(e.rotation_deg),
            accessible: false,
        };
        check_fits(&table, room, e.x_m, e.y_m)?;
        self.table_by_number.insert(key, e.table);
        self.tables.insert(e.table, table);
        Ok(())
    }

    /// Replaces a table after checking it still fits its room.
    fn replace_table_checked(&mut self, table: PhysicalTable) -> Result<(), DomainError> {
        let room = self
            .rooms
            .get(&table.room)
            .ok_or(DomainError::UnknownRoom(table.room))?;
        check_fits(&table, room, table.x_m, table.y_m)?;
        self.tables.insert(table.id, table);
        Ok(())
    }

    fn remove_table(&mut self, id: TableId) {
        if let Some(table) = self.tables.remove(&id) {
            self.table_by_number.remove(&match_key(&table.number));
        }
        if let Some(holder) = self.holder_of.remove(&id)
            && let Some(logical) = self.logical.get_mut(&holder)
        {
            logical.physical = None;
        }
    }

    fn create_logical(&mut self, e: &LogicalTableCreated) -> Result<(), DomainError> {
        if self.id_in_use(e.logical.0) {
            return Err(DomainError::IdInUse(e.logical.0));
        }
        let name = non_empty(&e.name, Property::LogicalName)?;
        let key = match_key(name);
        if self.logical_by_name.contains_key(&key) {
            return Err(DomainError::LogicalNameTaken(name.to_owned()));
        }
        self.logical_by_name.insert(key, e.logical);
        self.logical.insert(
            e.logical,
            LogicalTable {
                id: e.logical,
                name: name.to_owned(),
                vip: e.vip,
                physical: None,
                planned_seats: None,
            },
        );
        Ok(())
    }

    fn assign(&mut self, e: &LogicalTableAssigned) -> Result<(), DomainError> {
        if !self.tables.contains_key(&e.table) {
            return Err(DomainError::UnknownTable(e.table));
        }
        let logical = self
            .logical
            .get(&e.logical)
            .ok_or(DomainError::UnknownLogical(e.logical))?;
        // The logical table's previous physical table is freed.
        if let Some(previous) = logical.physical {
            self.holder_of.remove(&previous);
        }
        // Whoever held the physical table loses it.
        if let Some(previous_holder) = self.holder_of.insert(e.table, e.logical)
            && previous_holder != e.logical
            && let Some(other) = self.logical.get_mut(&previous_holder)
        {
            other.physical = None;
        }
        if let Some(logical) = self.logical.get_mut(&e.logical) {
            logical.physical = Some(e.table);
        }
        Ok(())
    }

    fn add_guest(&mut self, e: &GuestAdded) -> Result<(), DomainError> {
        if self.id_in_use(e.guest.0) {
            return Err(DomainError::IdInUse(e.guest.0));
        }
        let fields = self.checked_guest_fields((*e.fields).clone(), None)?;
        if let Some(email) = &fields.email {
            self.guest_by_email.insert(match_key(email), e.guest);
        }
        self.guests.insert(
            e.guest,
            Guest {
                id: e.guest,
                fields,
                logical: None,
                pinned: false,
                custom: BTreeMap::new(),
            },
        );
        Ok(())
    }

    /// Validates guest fields (a name, a plausible unique email); blank email becomes `None`.
    fn checked_guest_fields(
        &self,
        mut fields: GuestFields,
        this_guest: Option<GuestId>,
    ) -> Result<GuestFields, DomainError> {
        if fields.first_name.trim().is_empty() && fields.last_name.trim().is_empty() {
            return Err(DomainError::Empty(Property::GuestName));
        }
        if fields.email.as_deref().is_some_and(|e| e.trim().is_empty()) {
            fields.email = None;
        }
        if let Some(email) = &fields.email {
            let email = email.trim();
            if !looks_like_email(email) {
                return Err(DomainError::BadEmail(email.to_owned()));
            }
            if let Some(&other) = self.guest_by_email.get(&match_key(email))
                && Some(other) != this_guest
            {
                return Err(DomainError::EmailTaken(email.to_owned()));
            }
            fields.email = Some(email.to_owned());
        }
        Ok(fields)
    }
}

/// Whether `text` looks like an email address: one `@`, something before, a dot after.
pub fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
}

fn non_empty(text: &str, what: Property) -> Result<&str, DomainError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Err(DomainError::Empty(what))
    } else {
        Ok(trimmed)
    }
}

fn check_finite(what: Property, values: &[f64]) -> Result<(), DomainError> {
    if values.iter().all(|v| v.is_finite()) {
        Ok(())
    } else {
        Err(DomainError::NotFinite(what))
    }
}

fn check_length(what: Property, value: f64, (min, max): (f64, f64)) -> Result<(), DomainError> {
    check_finite(what, &[value])?;
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(DomainError::BadLength {
            what,
            value,
            min,
            max,
        })
    }
}

fn check_table_size(shape: TableShape, width_m: f64, depth_m: f64) -> Result<(), DomainError> {
    check_length(Property::TableWidth, width_m, TABLE_SIDE_M)?;
    if shape == TableShape::Rectangular {
        check_length(Property::TableDepth, depth_m, TABLE_SIDE_M)?;
    }
    Ok(())
}

fn effective_depth(shape: TableShape, width_m: f64, depth_m: f64) -> f64 {
    match shape {
        TableShape::Round => width_m,
        TableShape::Rectangular => depth_m,
    }
}

fn check_seats(seats: u32) -> Result<(), DomainError> {
    if (1..=MAX_SEATS).contains(&seats) {
        Ok(())
    } else {
        Err(DomainError::BadSeats {
            value: seats,
            max: MAX_SEATS,
        })
    }
}

/// Checks that `table`, centred at (x, y), lies completely inside `room`.
fn check_fits(table: &PhysicalTable, room: &Room, x_m: f64, y_m: f64) -> Result<(), DomainError> {
    let (hx, hy) = half_extent_m(
        table.shape,
        table.width_m,
        table.depth_m,
        table.rotation_deg,
    );
    let fits = x_m - hx >= -FIT_EPSILON_M
        && x_m + hx <= room.width_m + FIT_EPSILON_M
        && y_m - hy >= -FIT_EPSILON_M
        && y_m + hy <= room.height_m + FIT_EPSILON_M;
    if fits {
        Ok(())
    } else {
        Err(DomainError::TableOutsideRoom {
            number: table.number.clone(),
            room: room.name.clone(),
            x_m,
            y_m,
        })
    }
}

/// Maps any angle to `[0, 360)`.
pub fn normalise_degrees(degrees: f64) -> f64 {
    let d = degrees.rem_euclid(360.0);
    if d >= 360.0 { 0.0 } else { d }
}

/// The key of an unordered pair: smaller id first.
pub fn pair(a: GuestId, b: GuestId) -> (GuestId, GuestId) {
    (a.min(b), a.max(b))
}

/// A choice's options: each non-empty and trimmed, no two alike.
fn checked_options(options: &[String]) -> Result<Vec<String>, DomainError> {
    let mut out: Vec<String> = Vec::with_capacity(options.len());
    for option in options {
        let option = non_empty(option, Property::FieldOption)?;
        if out.iter().any(|o| match_key(o) == match_key(option)) {
            return Err(DomainError::OptionTaken(option.to_owned()));
        }
        out.push(option.to_owned());
    }
    Ok(out)
}
