//! Names as they were: every name and number the log ever gave a room, table, logical table or
//! guest, by sequence number, so that a batch is described with the names of its time ("Room
//! “Großer Saal” renamed to “Festsaal”", a deleted room by its name, not its id).

use crate::domain::Event;
use crate::domain::describe::Namer;
use crate::domain::{FieldId, GuestId, LogicalId, RoomId, TableId};
use crate::store::EventRecord;
use std::collections::HashMap;
use std::hash::Hash;

/// Each entity's names over time: (seq of the event that set it, the name), in log order.
#[derive(Clone, Debug, Default)]
pub struct NameBook {
    rooms: HashMap<RoomId, Vec<(i64, String)>>,
    tables: HashMap<TableId, Vec<(i64, String)>>,
    logical: HashMap<LogicalId, Vec<(i64, String)>>,
    /// (seq, first name, last name).
    guests: HashMap<GuestId, Vec<(i64, String, String)>>,
    fields: HashMap<FieldId, Vec<(i64, String)>>,
}

impl NameBook {
    /// Takes note of the names an event sets (events must come in log order).
    pub fn record(&mut self, record: &EventRecord) {
        let seq = record.seq;
        match &record.event {
            Event::RoomCreated(e) => push(&mut self.rooms, e.room, seq, &e.name),
            Event::RoomRenamed(e) => push(&mut self.rooms, e.room, seq, &e.name),
            Event::TableAdded(e) => push(&mut self.tables, e.table, seq, &e.number),
            Event::TableRenumbered(e) => push(&mut self.tables, e.table, seq, &e.number),
            Event::LogicalTableCreated(e) => push(&mut self.logical, e.logical, seq, &e.name),
            Event::LogicalTableRenamed(e) => push(&mut self.logical, e.logical, seq, &e.name),
            Event::FieldDefined(e) => push(&mut self.fields, e.field, seq, &e.name),
            Event::FieldRenamed(e) => push(&mut self.fields, e.field, seq, &e.name),
            Event::GuestAdded(e) => self.guests.entry(e.guest).or_default().push((
                seq,
                e.fields.first_name.trim().to_owned(),
                e.fields.last_name.trim().to_owned(),
            )),
            Event::GuestUpdated(e) => {
                let (first, last) = (&e.changes.first_name, &e.changes.last_name);
                if first.is_none() && last.is_none() {
                    return;
                }
                let list = self.guests.entry(e.guest).or_default();
                let (old_first, old_last) = list
                    .last()
                    .map(|(_, f, l)| (f.clone(), l.clone()))
                    .unwrap_or_default();
                list.push((
                    seq,
                    first.as_deref().map_or(old_first, |f| f.trim().to_owned()),
                    last.as_deref().map_or(old_last, |l| l.trim().to_owned()),
                ));
            }
            _ => {}
        }
    }

    /// The names in force just before event `seq`.
    pub fn before(&self, seq: i64) -> NamesBefore<'_> {
        NamesBefore { book: self, seq }
    }
}

fn push<K: Eq + Hash>(map: &mut HashMap<K, Vec<(i64, String)>>, key: K, seq: i64, name: &str) {
    map.entry(key)
        .or_default()
        .push((seq, name.trim().to_owned()));
}

/// The last entry set before `seq`, else the first one (an event naming something it creates
/// later in its batch is described by the name it gets).
fn at<T>(list: Option<&Vec<T>>, seq: i64, seq_of: impl Fn(&T) -> i64) -> Option<&T> {
    let list = list?;
    let n = list.partition_point(|entry| seq_of(entry) < seq);
    list.get(n.saturating_sub(1))
}

/// A [`Namer`] with the names in force just before one event.
#[derive(Clone, Copy, Debug)]
pub struct NamesBefore<'a> {
    book: &'a NameBook,
    seq: i64,
}

impl Namer for NamesBefore<'_> {
    fn room_name(&self, id: RoomId) -> Option<String> {
        at(self.book.rooms.get(&id), self.seq, |e| e.0).map(|e| e.1.clone())
    }
    fn table_number(&self, id: TableId) -> Option<String> {
        at(self.book.tables.get(&id), self.seq, |e| e.0).map(|e| e.1.clone())
    }
    fn logical_name(&self, id: LogicalId) -> Option<String> {
        at(self.book.logical.get(&id), self.seq, |e| e.0).map(|e| e.1.clone())
    }
    fn field_name(&self, id: FieldId) -> Option<String> {
        at(self.book.fields.get(&id), self.seq, |e| e.0).map(|e| e.1.clone())
    }
    fn guest_name(&self, id: GuestId) -> Option<String> {
        let (_, first, last) = at(self.book.guests.get(&id), self.seq, |e| e.0)?;
        match (first.is_empty(), last.is_empty()) {
            (true, true) => None,
            (true, false) => Some(last.clone()),
            (false, true) => Some(first.clone()),
            (false, false) => Some(format!("{first} {last}")),
        }
    }
}
