//! Merging another copy of the plan into this one.
//!
//! Two copies of a plan are two histories that share a beginning. A merge takes every action of
//! the other copy that this one lacks (commands, undos, redos — by their global ids), keeps its
//! author, time and text, and writes them in one transaction, followed by one merge entry
//! ([`ChangesMerged`]) that undoes them all at once. Every copy replays all actions in the order of
//! their stamps (see [`crate::store::stamp`]), so copies that have merged each other show the same
//! plan. The other copy's own merge entries stay there: they are bookkeeping of that copy, and
//! carrying them along would make every merge bring in another one.
//!
//! Concurrent actions (each made where the other was unknown: one only here, one only there) that
//! set the same fact to different values are conflicts: the later by stamp wins on every copy, and
//! the preview lists each with both values. Events that only the combination breaks are skipped by
//! the replay like any undo's, and listed too.

use super::fact;
use super::names::NameBook;
use super::{Document, HistoryError, reverted_as_of};
use crate::domain::describe::{describe_event, describe_events};
use crate::domain::diff::{Change, diff};
use crate::domain::events::{ChangesMerged, Touch};
use crate::domain::{Event, Plan};
use crate::store::other::{OtherCopy, read_copy};
use crate::store::{
    BatchKind, BatchMeta, BatchRecord, BatchStamp, EventRecord, ForeignBatch, StoreError,
    now_rfc3339, os_user, stamp,
};
use seatplan_i18n::t;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

/// An action the other copy brings in.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomingAction {
    /// Its global id.
    pub id: String,
    /// Command, undo or redo.
    pub kind: BatchKind,
    /// When (RFC 3339).
    pub at: String,
    /// Who.
    pub by: String,
    /// Where it was made ("" when not known).
    pub origin: String,
    /// What it does, in the current language.
    pub description: String,
    /// Whether it is undone in the merged plan.
    pub reverted: bool,
}

/// Which copy's value a conflict keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Winner {
    /// This copy's.
    Mine,
    /// The other copy's.
    Theirs,
    /// Neither (the merged replay skipped both, say).
    Neither,
}

/// A fact both copies set, to different values, each where the other's change was unknown.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// What the fact is ("Anna Weber: seat").
    pub description: String,
    /// Its value here, before the merge.
    pub mine: String,
    /// Its value in the other copy.
    pub theirs: String,
    /// Its value after the merge.
    pub winner: String,
    /// Whose value that is.
    pub side: Winner,
    /// This copy's action that set it: when, who, where.
    pub mine_at: String,
    /// The other copy's action that set it: when.
    pub theirs_at: String,
    /// … who.
    pub theirs_by: String,
    /// … where ("" when not known).
    pub theirs_origin: String,
}

impl std::fmt::Display for Conflict {
    /// "Anna Weber: seat: Vertrieb 2 (yours, 14:05) ↔ Marketing 1 (maria on maria-laptop, 14:20) —
    /// Marketing 1 wins".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // To the second when both were made in the same minute.
        let same_minute = self.mine_at.get(..16) == self.theirs_at.get(..16);
        let time = |at: &str| seatplan_i18n::time_of_day(at, same_minute);
        let origin = who(&self.theirs_by, &self.theirs_origin);
        // The winner is the change ordered last — by the clocks copies agree on, which follow
        // causality: normally the later change. Where the winner was made at an earlier time,
        // the line says why instead of letting its time contradict it.
        let millis = |at: &str| crate::store::stamp::millis_of(at).unwrap_or(i64::MIN);
        let (mine, theirs) = (millis(&self.mine_at), millis(&self.theirs_at));
        let made_earlier = match self.side {
            Winner::Mine => mine < theirs,
            Winner::Theirs => theirs < mine,
            Winner::Neither => false,
        };
        let outcome = match self.side {
            Winner::Neither => t!("merge-conflict-neither", value = self.winner.as_str()),
            _ if made_earlier => t!("merge-conflict-wins-earlier", value = self.winner.as_str()),
            _ => t!("merge-conflict-wins", value = self.winner.as_str()),
        };
        f.write_str(&t!(
            "merge-conflict-line",
            subject = self.description.as_str(),
            mine = self.mine.as_str(),
            mine_time = time(&self.mine_at),
            theirs = self.theirs.as_str(),
            origin = origin,
            theirs_time = time(&self.theirs_at),
            outcome = outcome
        ))
    }
}

/// What merging another copy would do; [`Document::commit_merge`] writes it.
#[derive(Clone, Debug)]
pub struct MergePreview {
    /// The other copy's file name.
    pub from: String,
    /// The actions it brings in, in replay order.
    pub incoming: Vec<IncomingAction>,
    /// Conflicting facts, in a stable order.
    pub conflicts: Vec<Conflict>,
    /// Events that do not apply in the merged plan although they did in their own copy, in
    /// words with the reason.
    pub skipped: Vec<String>,
    /// Every visible difference the merge makes to this plan.
    pub changes: Vec<Change>,
    /// Tables the merge leaves with more guests than seats (that were not so before), in words.
    pub over_capacity: Vec<String>,
    /// The plan after the merge.
    pub plan: Plan,
    batches: Vec<ForeignBatch>,
    /// This copy's actions the other lacks (file numbers), recorded in the merge entry.
    concurrent: Vec<u64>,
    log_len: usize,
}

impl MergePreview {
    /// The number of actions brought in.
    pub fn count(&self) -> usize {
        self.incoming.len()
    }

    /// The actions brought in by author and device ("maria on maria-laptop"), each in order.
    pub fn incoming_by_author(&self) -> Vec<(String, Vec<&IncomingAction>)> {
        let mut authors: Vec<(String, Vec<&IncomingAction>)> = Vec::new();
        for action in &self.incoming {
            let author = who(&action.by, &action.origin);
            match authors.iter_mut().find(|(a, _)| *a == author) {
                Some((_, actions)) => actions.push(action),
                None => authors.push((author, vec![action])),
            }
        }
        authors
    }
}

/// Which copy a batch of the combined log comes from, and its number there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Side {
    Mine(u64),
    Theirs(u64),
}

/// Each batch's events as a range of the log's events (batches numbered 1, 2, 3, …).
fn ranges(events: &[EventRecord], batches: usize) -> Vec<Range<usize>> {
    let mut ranges = vec![0..0; batches];
    for (index, record) in events.iter().enumerate() {
        if let Some(range) = ranges.get_mut((record.batch - 1) as usize) {
            if range.start == range.end {
                *range = index..index + 1;
            } else {
                range.end = index + 1;
            }
        }
    }
    ranges
}

/// Whether a batch is a merge entry (its events: one [`ChangesMerged`]).
fn is_merge_entry(events: &[EventRecord]) -> bool {
    matches!(events, [r] if matches!(r.event, Event::ChangesMerged(_)))
}

/// "14:05" of an RFC 3339 time, in local time.
fn short_time(at: &str) -> String {
    seatplan_i18n::time_of_day(at, false)
}

/// "maria on maria-laptop" (or just "maria" where the device is not known).
pub fn who(by: &str, origin: &str) -> String {
    if origin.is_empty() {
        by.to_owned()
    } else {
        t!("merge-origin", by = by, device = origin)
    }
}

/// Both logs as one, for describing the actions that come in.
struct Combined<'a> {
    records: &'a [EventRecord],
    ranges: &'a [Range<usize>],
    names: &'a NameBook,
    plan: &'a Plan,
}

impl Combined<'_> {
    /// Batch `n` in words; an undo or redo names what it acts on (as the timeline does).
    fn describe(&self, n: u64, depth: usize) -> String {
        let events = n
            .checked_sub(1)
            .and_then(|i| self.ranges.get(i as usize))
            .and_then(|r| self.records.get(r.clone()))
            .unwrap_or(&[]);
        if depth < 4
            && let Some(text) = super::describe_marker(events, |b| self.describe(b, depth + 1))
        {
            return text;
        }
        match events {
            [one] => describe_event(&one.event, &self.names.before(one.seq)),
            many => describe_events(many.iter().map(|r| &r.event), self.plan),
        }
    }
}

impl Document {
    /// What merging the copy at `other` into this plan would do. Nothing is written. Refused when
    /// `other` is this file or another plan.
    pub fn preview_merge(&self, other: &Path) -> Result<MergePreview, HistoryError> {
        let same = std::fs::canonicalize(other)
            .ok()
            .zip(std::fs::canonicalize(self.path()).ok())
            .is_some_and(|(a, b)| a == b)
            || self.store.is_this_file(other);
        if same {
            return Err(HistoryError::MergeSelf(other.to_owned()));
        }
        let copy = read_copy(other)?;
        let mine_id = self.plan_id();
        if mine_id.is_none() || mine_id != copy.plan_id {
            return Err(HistoryError::OtherPlan {
                path: self.path().to_owned(),
                other: other.to_owned(),
            });
        }
        let from = other.file_name().map_or_else(
            || other.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.merge_preview(&copy, other, from)
    }

    fn merge_preview(
        &self,
        copy: &OtherCopy,
        other: &Path,
        from: String,
    ) -> Result<MergePreview, HistoryError> {
        let refuse = |detail: String| HistoryError::BadMerge {
            other: other.to_owned(),
            detail,
        };
        let theirs = &copy.log;
        let their_ranges = ranges(&theirs.events, theirs.batches.len());
        let their_events = |b: u64| {
            their_ranges
                .get((b - 1) as usize)
                .and_then(|r| theirs.events.get(r.clone()))
                .unwrap_or(&[])
        };
        let mine_ids: HashMap<&str, u64> = self
            .batches
            .iter()
            .map(|b| (b.stamp.id.as_str(), b.batch))
            .collect();
        let incoming: Vec<&BatchRecord> = theirs
            .batches
            .iter()
            .filter(|b| {
                !mine_ids.contains_key(b.stamp.id.as_str())
                    && !is_merge_entry(their_events(b.batch))
            })
            .collect();
        // A stamp from the far future (a wrong clock, a hand-made file) would sort after every
        // action made from now on, for ever: refused.
        let limit = stamp::millis_of(&now_rfc3339())
            .unwrap_or(i64::MAX / 2)
            .saturating_add(366 * 24 * 3600 * 1000);
        let absurd = |b: &&&BatchRecord| {
            stamp::millis_of(&b.meta.at).is_some_and(|at| at > limit)
                || b.stamp.clock > i64::MAX / 4
        };
        if let Some(late) = incoming.iter().find(absurd) {
            return Err(refuse(t!("err-merge-future", at = late.meta.at.as_str())));
        }
        // Copies changed before merging existed (or in the session that created the plan) may
        // have given one id to two different things; replaying them together would mix them up
        // and no renumbering converges (the logs are append-only): refused.
        let their_ids: HashSet<&str> = theirs.batches.iter().map(|b| b.stamp.id.as_str()).collect();
        let created = |events: &[EventRecord]| -> Vec<u64> {
            events.iter().filter_map(|r| r.event.created_id()).collect()
        };
        let mine_created: HashSet<u64> = self
            .batches
            .iter()
            .filter(|b| !their_ids.contains(b.stamp.id.as_str()))
            .flat_map(|b| created(self.batch_events(b.batch)))
            .collect();
        let clashes = incoming
            .iter()
            .flat_map(|b| created(their_events(b.batch)))
            .filter(|id| mine_created.contains(id))
            .count();
        if clashes > 0 {
            return Err(HistoryError::IdClash {
                other: other.to_owned(),
                count: clashes,
            });
        }

        // Both logs as one, in stamp order; markers renumbered through global ids.
        let mut combined: Vec<(&BatchRecord, Side)> = self
            .batches
            .iter()
            .map(|b| (b, Side::Mine(b.batch)))
            .chain(incoming.iter().map(|b| (*b, Side::Theirs(b.batch))))
            .collect();
        combined.sort_by(|a, b| a.0.stamp.order(&b.0.stamp));
        let number_of: HashMap<&str, u64> = combined
            .iter()
            .enumerate()
            .map(|(n, (b, _))| (b.stamp.id.as_str(), n as u64 + 1))
            .collect();
        let mine_uid = |b: u64| self.batch(b).map(|r| r.stamp.id.as_str());
        let their_uid = |b: u64| {
            b.checked_sub(1)
                .and_then(|i| theirs.batches.get(i as usize))
                .map(|r| r.stamp.id.as_str())
        };
        let mut records: Vec<EventRecord> = Vec::with_capacity(self.events.len() + 64);
        let mut origin_of: Vec<(Side, usize)> = Vec::with_capacity(records.capacity());
        for (n, (_, side)) in combined.iter().enumerate() {
            let events = match side {
                Side::Mine(b) => self.batch_events(*b),
                Side::Theirs(b) => their_events(*b),
            };
            for (offset, record) in events.iter().enumerate() {
                let mut event = record.event.clone();
                if event.is_history_marker() {
                    event.map_batch_refs(|b| {
                        let uid = match side {
                            Side::Mine(_) => mine_uid(b),
                            Side::Theirs(_) => their_uid(b),
                        };
                        uid.and_then(|uid| number_of.get(uid).copied()).unwrap_or(0)
                    });
                }
                records.push(EventRecord {
                    seq: records.len() as i64 + 1,
                    batch: n as u64 + 1,
                    event,
                });
                origin_of.push((*side, offset));
            }
        }
        // The combined log must be one this build opens: checked before anything is written.
        let combined_log = crate::store::Log {
            batches: combined
                .iter()
                .enumerate()
                .map(|(n, (b, _))| BatchRecord {
                    batch: n as u64 + 1,
                    meta: b.meta.clone(),
                    stamp: b.stamp.clone(),
                })
                .collect(),
            events: records.clone(),
        };
        crate::store::check_log(&combined_log).map_err(refuse)?;
        drop(combined_log);
        let last = combined.len() as u64;
        let reverted = reverted_as_of(&records, last);
        let merged = super::replay(&records, &reverted, last);
        let their_last = theirs.batches.len() as u64;
        let their_plan = super::replay(
            &theirs.events,
            &reverted_as_of(&theirs.events, their_last),
            their_last,
        );

        // Skips new to the merge: not skipped in their own copy.
        let skipped_before: HashSet<(Side, usize)> = self
            .current
            .skipped
            .keys()
            .filter_map(|&i| {
                let r = self.events.get(i)?;
                let start = self.batch_events.get((r.batch - 1) as usize)?.start;
                Some((Side::Mine(r.batch), i - start))
            })
            .chain(their_plan.skipped.keys().filter_map(|&i| {
                let r = theirs.events.get(i)?;
                let start = their_ranges.get((r.batch - 1) as usize)?.start;
                Some((Side::Theirs(r.batch), i - start))
            }))
            .collect();
        let mut names = NameBook::default();
        for record in &records {
            names.record(record);
        }
        let skipped = merged
            .skipped
            .iter()
            .filter(|(i, _)| {
                origin_of
                    .get(**i)
                    .is_some_and(|o| !skipped_before.contains(o))
            })
            .filter_map(|(&i, reason)| {
                let record = records.get(i)?;
                let (batch, side) = combined.get((record.batch - 1) as usize)?;
                // Whose change it is: the organiser must see that it is theirs that goes.
                let side = match side {
                    Side::Mine(_) => t!("merge-yours", time = short_time(&batch.meta.at)),
                    Side::Theirs(_) => t!(
                        "merge-theirs",
                        who = who(&batch.meta.by, &batch.stamp.origin),
                        time = short_time(&batch.meta.at)
                    ),
                };
                Some(t!(
                    "merge-skipped-side",
                    what = describe_event(&record.event, &names.before(record.seq)),
                    side = side,
                    reason = reason.to_string()
                ))
            })
            .collect();

        // Conflicts: the last setter of each fact among the effective actions only here and
        // only there.
        let effective =
            |n: u64, kind: BatchKind| kind == BatchKind::Command && !reverted.contains(&n);
        let mut mine_sets: BTreeMap<Touch, &BatchRecord> = BTreeMap::new();
        let mut their_sets: BTreeMap<Touch, &BatchRecord> = BTreeMap::new();
        for (n, (record, side)) in combined.iter().enumerate() {
            if !effective(n as u64 + 1, record.meta.kind) {
                continue;
            }
            let (events, sets) = match side {
                Side::Mine(b) if !their_ids.contains(record.stamp.id.as_str()) => {
                    (self.batch_events(*b), &mut mine_sets)
                }
                Side::Theirs(b) => (their_events(*b), &mut their_sets),
                Side::Mine(_) => continue,
            };
            for touch in events.iter().flat_map(|r| r.event.touches()) {
                sets.insert(touch, record);
            }
        }
        let plans = [&merged.plan, self.plan(), &their_plan.plan];
        // A fact set on both sides, or set on one side of a thing the other side deleted.
        fn other_side<'b>(
            sets: &BTreeMap<Touch, &'b BatchRecord>,
            touch: &Touch,
        ) -> Option<&'b BatchRecord> {
            sets.get(touch).copied().or_else(|| {
                fact::existence(*touch)
                    .filter(|e| e != touch)
                    .and_then(|e| sets.get(&e).copied())
            })
        }
        let mut pairs: Vec<(Touch, &BatchRecord, &BatchRecord)> = mine_sets
            .iter()
            .filter_map(|(touch, mine)| Some((*touch, *mine, other_side(&their_sets, touch)?)))
            .collect();
        // Their change of a thing deleted here.
        pairs.extend(their_sets.iter().filter_map(|(touch, theirs)| {
            if mine_sets.contains_key(touch) {
                return None;
            }
            let existence = fact::existence(*touch).filter(|e| e != touch)?;
            Some((*touch, *mine_sets.get(&existence)?, *theirs))
        }));
        pairs.sort_by_key(|(touch, _, _)| *touch);
        let conflicts = pairs
            .into_iter()
            .filter_map(|(touch, mine, theirs)| {
                let touch = &touch;
                let description = fact::subject(&plans, *touch)?;
                let mine_value = fact::value(self.plan(), *touch);
                let their_value = fact::value(&their_plan.plan, *touch);
                if mine_value == their_value {
                    return None;
                }
                let winner = fact::value(&merged.plan, *touch);
                let side = if winner == their_value {
                    Winner::Theirs
                } else if winner == mine_value {
                    Winner::Mine
                } else {
                    Winner::Neither
                };
                Some(Conflict {
                    description,
                    mine: mine_value,
                    theirs: their_value,
                    winner,
                    side,
                    mine_at: mine.meta.at.clone(),
                    theirs_at: theirs.meta.at.clone(),
                    theirs_by: theirs.meta.by.clone(),
                    theirs_origin: theirs.stamp.origin.clone(),
                })
            })
            .collect();

        // What comes in, described as the merged plan names things.
        let combined_ranges = ranges(&records, combined.len());
        let view = Combined {
            records: &records,
            ranges: &combined_ranges,
            names: &names,
            plan: &merged.plan,
        };
        let described = |b: &BatchRecord| {
            let n = number_of.get(b.stamp.id.as_str()).copied().unwrap_or(0);
            view.describe(n, 0)
        };
        let incoming_actions = incoming
            .iter()
            .map(|b| IncomingAction {
                id: b.stamp.id.clone(),
                kind: b.meta.kind,
                at: b.meta.at.clone(),
                by: b.meta.by.clone(),
                origin: b.stamp.origin.clone(),
                description: described(b),
                reverted: number_of
                    .get(b.stamp.id.as_str())
                    .is_some_and(|n| reverted.contains(n)),
            })
            .collect();

        // What will be written: their batches with markers numbered as in this file.
        let file_total = self.store.file_batches();
        let incoming_file: HashMap<&str, u64> = incoming
            .iter()
            .enumerate()
            .map(|(i, b)| (b.stamp.id.as_str(), file_total + 1 + i as u64))
            .collect();
        let batches = incoming
            .iter()
            .map(|b| {
                let events = their_events(b.batch)
                    .iter()
                    .map(|r| {
                        let mut event = r.event.clone();
                        if event.is_history_marker() {
                            event.map_batch_refs(|target| {
                                let Some(uid) = their_uid(target) else {
                                    return 0;
                                };
                                mine_ids
                                    .get(uid)
                                    .and_then(|&m| self.store.file_number(m))
                                    .or_else(|| incoming_file.get(uid).copied())
                                    .unwrap_or(0)
                            });
                        }
                        event
                    })
                    .collect();
                ForeignBatch {
                    meta: b.meta.clone(),
                    stamp: b.stamp.clone(),
                    events,
                    ids: copy
                        .event_ids
                        .get((b.batch - 1) as usize)
                        .cloned()
                        .unwrap_or_default(),
                }
            })
            .collect();

        // This copy's actions the other copy lacked (not its merge entries: bookkeeping).
        let concurrent = self
            .batches
            .iter()
            .filter(|b| {
                !their_ids.contains(b.stamp.id.as_str())
                    && !is_merge_entry(self.batch_events(b.batch))
            })
            .filter_map(|b| self.store.file_number(b.batch))
            .collect();
        // Seats taken on one side and a table made smaller (or given away) on the other.
        let over_capacity =
            crate::domain::consequences::newly_over_capacity(self.plan(), &merged.plan);
        Ok(MergePreview {
            over_capacity,
            concurrent,
            from,
            incoming: incoming_actions,
            conflicts,
            skipped,
            changes: diff(self.plan(), &merged.plan),
            plan: merged.plan,
            batches,
            log_len: self.events.len(),
        })
    }

    /// Writes a previewed merge: the other copy's actions and one merge entry, in one
    /// transaction. `Ok(None)` when it brings nothing (nothing is written). Fails with
    /// [`HistoryError::StalePreview`] if anything was appended since the preview.
    pub fn commit_merge(&mut self, preview: MergePreview) -> Result<Option<u64>, HistoryError> {
        self.commit_merge_as(preview, now_rfc3339(), os_user())
    }

    /// [`Document::commit_merge`] with an explicit time and author.
    pub fn commit_merge_as(
        &mut self,
        preview: MergePreview,
        at: String,
        by: String,
    ) -> Result<Option<u64>, HistoryError> {
        if let Some(reason) = &self.read_only {
            return Err(HistoryError::ReadOnly(reason.clone()));
        }
        if preview.log_len != self.events.len() {
            return Err(HistoryError::StalePreview);
        }
        let mut batches = preview.batches;
        if batches.iter().any(|b| b.ids.len() != b.events.len()) {
            return Err(HistoryError::StalePreview);
        }
        if batches.is_empty() {
            return Ok(None);
        }
        let file_total = self.store.file_batches();
        let count = batches.len() as u64;
        let seen = batches
            .iter()
            .map(|b| b.stamp.clock)
            .fold(self.store.clock(), i64::max);
        let description = format!("Merged {count} actions from {}", preview.from);
        batches.push(ForeignBatch {
            meta: BatchMeta {
                kind: BatchKind::Command,
                at: at.clone(),
                by,
                description: description.clone(),
            },
            stamp: BatchStamp {
                id: uuid::Uuid::now_v7().hyphenated().to_string(),
                clock: stamp::next_clock(&at, seen),
                origin: self.store.origin().to_owned(),
                // A merge entry stays in this copy: nothing is made after it elsewhere.
                after: Vec::new(),
            },
            events: vec![Event::ChangesMerged(ChangesMerged {
                from: preview.from,
                batches: (file_total + 1..=file_total + count).collect(),
                concurrent: preview.concurrent,
            })],
            ids: vec![uuid::Uuid::now_v7()],
        });
        // The session's Ctrl+Z stacks, by global id (numbers change when actions slot in).
        let uid = |b: &u64| self.batch(*b).map(|r| r.stamp.id.clone());
        let done: Vec<String> = self.latest.done.iter().filter_map(uid).collect();
        let taken_back: Vec<String> = self.latest.taken_back.iter().filter_map(uid).collect();
        if let Err(e) = self.store.append_foreign(&batches) {
            // Rolled back. A refusal of the other copy's rows says nothing about this file.
            if !matches!(e, StoreError::Sqlite { .. } | StoreError::NotStored { .. }) {
                self.note_failed_write(&e);
            }
            return Err(e.into());
        }
        let merge_id = batches
            .last()
            .map(|b| b.stamp.id.clone())
            .unwrap_or_default();
        let log = match self.store.reload() {
            Ok(log) => log,
            Err(e) => {
                // Written, but not read back: nothing more may be written on a stale history.
                self.read_only = Some(e.to_string());
                return Err(e.into());
            }
        };
        for record in &log.events {
            if let Some(id) = record.event.created_id() {
                self.ids.observe(id);
            }
        }
        self.rebuild(log);
        let number_of: HashMap<String, u64> = self
            .batches
            .iter()
            .map(|b| (b.stamp.id.clone(), b.batch))
            .collect();
        self.latest.done = done
            .iter()
            .filter_map(|u| number_of.get(u).copied())
            .collect();
        self.latest.taken_back = taken_back
            .iter()
            .filter_map(|u| number_of.get(u).copied())
            .collect();
        let number = number_of.get(&merge_id).copied();
        if let Some(number) = number {
            self.latest.done.push(number);
            self.latest.taken_back.clear();
        }
        tracing::info!(batch = number, "{description}");
        Ok(number)
    }
}
