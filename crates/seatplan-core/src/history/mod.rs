//! Batches, undo/redo of any past action, replay, diagnostics and time travel.
//!
//! [`Document`] is an open plan: the event file, the whole log in memory, and the current plan.
//! Every change goes one way: [`Document::execute`] validates a command into one batch, appends it
//! to the file in one transaction and only then swaps in the new plan.
//!
//! Undo never deletes: undoing batch B appends a batch holding `BatchReverted { B }`; redo appends
//! `BatchReinstated { B }`. The plan is the fold over every event of every command batch not
//! currently reverted, in `seq` order.

mod fact;
pub mod merge;
pub mod names;
pub mod recover;

/// The `meta` key under which `recover` lists the events of a rescued plan that build on actions
/// it had to leave out: `ACTION-ID:INDEX` (the action's global id and the event's place in it,
/// which merges do not change), or — rescues written before merging existed — a sequence
/// number.
pub const RESCUED_LEFT_ASIDE: &str = "rescued_left_aside";
pub mod replay;

use crate::domain::consequences::{Consequence, consequences};
use crate::domain::describe::{describe_event, describe_events};
use crate::domain::diff::{Change, diff};
use crate::domain::events::{BatchReinstated, BatchReverted, Touch};
use crate::domain::{Command, DomainError, Event, GuestId, IdAllocator, Plan, TableId, propose};
use crate::store::{
    BatchKind, BatchMeta, BatchRecord, BatchStamp, EventRecord, EventStore, StoreError,
    now_rfc3339, os_user,
};
pub use replay::{Replay, replay, reverted_as_of};
use seatplan_i18n::t;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::ops::Range;
use std::path::Path;
use thiserror::Error;

/// Why a history operation failed. Nothing was written.
#[derive(Debug, Error)]
pub enum HistoryError {
    /// The event file failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The command was rejected.
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// No batch with that number.
    #[error("{}", t!("err-no-such-batch", batch = .0.to_string()))]
    NoSuchBatch(u64),
    /// Undo/redo of an undo or redo entry.
    #[error("{}", t!("err-not-a-command", batch = .batch.to_string(), kind = .kind.as_str()))]
    NotACommand {
        /// The batch.
        batch: u64,
        /// Its kind.
        kind: BatchKind,
    },
    /// Undo of a batch that is already undone.
    #[error("{}", t!("err-already-undone", batch = .0.to_string()))]
    AlreadyUndone(u64),
    /// Redo of a batch that is not undone.
    #[error("{}", t!("err-not-undone", batch = .0.to_string()))]
    NotUndone(u64),
    /// The plan can no longer be written (see [`Document::read_only_reason`]).
    #[error("{}", t!("err-plan-read-only", reason = .0))]
    ReadOnly(String),
    /// A preview computed before the history changed.
    #[error("{}", t!("err-stale-preview"))]
    StalePreview,
    /// A merge of a plan with itself.
    #[error("{}", t!("err-merge-self", path = .0.display().to_string()))]
    MergeSelf(std::path::PathBuf),
    /// A merge whose result this build could not open, or with actions dated in the far future.
    #[error("{}", t!("err-merge-bad", other = .other.display().to_string(), detail = .detail))]
    BadMerge {
        /// The other file.
        other: std::path::PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// Copies that gave one id to different things (changed before merging existed).
    #[error("{}", t!("err-merge-id-clash", other = .other.display().to_string(), count = .count))]
    IdClash {
        /// The other file.
        other: std::path::PathBuf,
        /// How many things clash.
        count: usize,
    },
    /// A merge of another plan (not a copy of this one).
    #[error("{}", t!("err-merge-other-plan", path = .path.display().to_string(), other = .other.display().to_string()))]
    OtherPlan {
        /// This plan.
        path: std::path::PathBuf,
        /// The other file.
        other: std::path::PathBuf,
    },
}

/// A replay problem: an effective event that no longer applies, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// The event's sequence number.
    pub seq: i64,
    /// Its batch.
    pub batch: u64,
    /// Its type name.
    pub event_type: &'static str,
    /// Why it was skipped (shown in the current language).
    pub reason: DomainError,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "diagnostic-skipped",
            seq = self.seq.to_string(),
            kind = self.event_type,
            batch = self.batch.to_string(),
            reason = self.reason.to_string()
        ))
    }
}

/// One row of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    /// Batch number (what undo/redo take).
    pub batch: u64,
    /// Command, undo or redo.
    pub kind: BatchKind,
    /// When (RFC 3339).
    pub at: String,
    /// Who.
    pub by: String,
    /// What.
    pub description: String,
    /// Number of events.
    pub events: usize,
    /// Whether this batch is currently undone.
    pub reverted: bool,
    /// For undo/redo entries: the batch they act on.
    pub target: Option<u64>,
    /// The action's global id, the same in every copy of the plan.
    pub id: String,
    /// The device it was made on ("maria-laptop"); empty when not known (older plans).
    pub origin: String,
    /// For a merge entry: the other copy's file name and how many actions it brought in.
    pub merge: Option<(String, usize)>,
    /// For an action a merge brought in: that merge entry.
    pub merged_by: Option<u64>,
}

/// Undo or redo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryAction {
    /// Take a batch back.
    Undo,
    /// Put an undone batch back.
    Redo,
}

/// A later batch whose outcome changes because of an undo or redo.
#[derive(Clone, Debug, PartialEq)]
pub struct AffectedBatch {
    /// The later batch.
    pub batch: u64,
    /// Its description.
    pub description: String,
    /// Its events that stop applying, with the reason.
    pub stops_applying: Vec<Diagnostic>,
    /// Its events that had been skipped and apply again (seq, type).
    pub starts_applying: Vec<(i64, &'static str)>,
}

/// A later batch that sets some of the same facts as the batch being undone or redone, so its
/// values win either way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverridingBatch {
    /// The later batch.
    pub batch: u64,
    /// Its description.
    pub description: String,
}

/// What [`Document::undo_latest`] or [`Document::redo_latest`] did.
#[derive(Clone, Debug)]
pub enum LatestOutcome {
    /// There was nothing to undo (or redo).
    Nothing,
    /// Done at once: no later action was affected, so there was nothing to ask.
    Done {
        /// The batch undone or redone.
        batch: u64,
        /// The marker batch that records it.
        marker: u64,
        /// The batch's description.
        description: String,
    },
    /// Later actions are affected: the preview, for the user to confirm or cancel.
    NeedsConfirmation(Box<HistoryPreview>),
}

/// What an undo or redo would do, computed honestly by replaying with and without the batch.
/// Shown to the user before they confirm; [`Document::commit`] applies it without replaying again.
#[derive(Clone, Debug)]
pub struct HistoryPreview {
    /// Undo or redo.
    pub action: HistoryAction,
    /// The batch acted on.
    pub batch: u64,
    /// Its description.
    pub description: String,
    /// Every visible difference in the plan.
    pub changes: Vec<Change>,
    /// What the action does to the seating — guests who lose their table or seat, logical
    /// tables that lose their table, VIP tables touched, tables over capacity — each counted,
    /// listed, and for guests with the actions that seated them. Shown first.
    pub consequences: Vec<Consequence>,
    /// Later batches with events that stop (or start) applying.
    pub affected: Vec<AffectedBatch>,
    /// Later batches that override some of this batch's values.
    pub overriding: Vec<OverridingBatch>,
    result: Replay,
    reverted: HashSet<u64>,
    /// The markers to write: the batch acted on first, then (for a merge entry) the actions
    /// it brought in.
    markers: Vec<Event>,
    log_len: usize,
    /// Made by Ctrl+Z (`true`) or Ctrl+Shift+Z for this session batch: committing it books the
    /// step on the session's stacks instead of as a new action.
    latest: Option<(u64, bool)>,
}

impl HistoryPreview {
    /// True when the action needs the user's attention beyond the plain change list.
    pub fn has_conflicts(&self) -> bool {
        !self.affected.is_empty()
    }

    /// The plan as it will be after the action.
    pub fn resulting_plan(&self) -> &Plan {
        &self.result.plan
    }
}

/// An open plan file with its history and current state.
#[derive(Debug)]
pub struct Document {
    store: EventStore,
    batches: Vec<BatchRecord>,
    batch_events: Vec<Range<usize>>,
    events: Vec<EventRecord>,
    reverted: HashSet<u64>,
    current: Replay,
    ids: IdAllocator,
    read_only: Option<String>,
    /// Ctrl+Z/Ctrl+Shift+Z of this session (kept in memory only, like any editor's).
    latest: LatestStacks,
    /// Every name things had, for describing batches with the names of their time.
    names: names::NameBook,
    /// A read-only snapshot of a plan another program holds.
    snapshot: bool,
}

/// The actions of this session that Ctrl+Z takes back, newest last, and those it took back, for
/// Ctrl+Shift+Z. A timeline undo of an old action is itself an action: Ctrl+Z right after it takes
/// *that* back (redoes the old action), not some other, older one.
#[derive(Clone, Debug, Default)]
struct LatestStacks {
    /// Batches written by the user this session (commands, timeline undos and redos).
    done: Vec<u64>,
    /// Batches of `done` that Ctrl+Z took back, newest last.
    taken_back: Vec<u64>,
}

impl Document {
    /// Creates a new, empty plan file.
    pub fn create(path: &Path) -> Result<Document, HistoryError> {
        let store = EventStore::create(path)?;
        Ok(Document {
            store,
            batches: Vec::new(),
            batch_events: Vec::new(),
            events: Vec::new(),
            reverted: HashSet::new(),
            current: Replay::default(),
            ids: IdAllocator::default(),
            read_only: None,
            latest: LatestStacks::default(),
            names: names::NameBook::default(),
            snapshot: false,
        })
    }

    /// Opens a plan file and replays it.
    pub fn open(path: &Path) -> Result<Document, HistoryError> {
        let (store, log) = EventStore::open(path)?;
        Ok(Document::from_log(store, log, None))
    }

    /// Opens a plan that cannot be written, read-only: everything but changes works, and
    /// [`Document::save_copy`] makes an editable copy.
    pub fn open_read_only(path: &Path) -> Result<Document, HistoryError> {
        let (store, log) = EventStore::open_read_only(path)?;
        let reason = t!("doc-read-only-file", path = path.display().to_string());
        Ok(Document::from_log(store, log, Some(reason)))
    }

    /// Opens a plan for writing, or read-only when the file cannot be written, or — when
    /// another program (a window) holds it — a snapshot of it as that program last saved it.
    pub fn open_or_read_only(path: &Path) -> Result<Document, HistoryError> {
        match Document::open(path) {
            Err(HistoryError::Store(StoreError::ReadOnly(_))) => Document::open_read_only(path),
            Err(HistoryError::Store(StoreError::AlreadyOpen(_)))
                if !crate::store::held_in_this_process(path) =>
            {
                Document::open_snapshot(path)
            }
            other => other,
        }
    }

    /// Opens, for reading only, a consistent snapshot of a plan another program (a window)
    /// holds: the plan as it was last saved there (see [`EventStore::open_snapshot`]).
    pub fn open_snapshot(path: &Path) -> Result<Document, HistoryError> {
        let (store, log) = EventStore::open_snapshot(path)?;
        let reason = t!("doc-snapshot", path = path.display().to_string());
        let mut doc = Document::from_log(store, log, Some(reason));
        doc.snapshot = true;
        Ok(doc)
    }

    /// Whether this is a snapshot of a plan another program holds (see
    /// [`Document::open_snapshot`]).
    pub fn is_snapshot(&self) -> bool {
        self.snapshot
    }

    /// Folds the actions saved since the last call into the plan file itself, so that a byte copy
    /// of the file alone holds them (the window calls it at the end of every frame that changed
    /// the plan; closing does it too; see `store::wal`). Cheap when there is nothing to fold.
    pub fn make_whole(&mut self) {
        self.store.make_whole();
    }

    /// Whether an action was saved since the last [`Document::make_whole`].
    pub fn needs_whole(&self) -> bool {
        !self.store.is_whole()
    }

    /// Flushes the plan file to disk after the last action, when nothing else is going on (the
    /// window calls it when idle; see `store::wal`). Cheap when there is nothing to flush.
    pub fn settle(&mut self) -> Result<(), HistoryError> {
        Ok(self.store.settle()?)
    }

    /// Whether [`Document::settle`] has something to do.
    pub fn needs_settle(&self) -> bool {
        self.store.needs_settle()
    }

    fn from_log(store: EventStore, log: crate::store::Log, read_only: Option<String>) -> Document {
        // A session of an existing plan makes ids in a block of its own (see `IdAllocator`).
        let ids = IdAllocator::for_session(log.events.iter().filter_map(|r| r.event.created_id()));
        let mut doc = Document {
            store,
            batches: Vec::new(),
            batch_events: Vec::new(),
            events: Vec::new(),
            reverted: HashSet::new(),
            current: Replay::default(),
            ids,
            read_only,
            latest: LatestStacks::default(),
            names: names::NameBook::default(),
            snapshot: false,
        };
        doc.rebuild(log);
        doc
    }

    /// Takes a whole log (in replay order) as the document's history and replays it.
    fn rebuild(&mut self, log: crate::store::Log) {
        let mut batch_events = vec![0..0; log.batches.len()];
        let mut names = names::NameBook::default();
        for (index, record) in log.events.iter().enumerate() {
            names.record(record);
            // Batches are 1..=n and events are sorted by batch (checked on load).
            if let Some(range) = batch_events.get_mut((record.batch - 1) as usize) {
                if range.start == range.end {
                    *range = index..index + 1;
                } else {
                    range.end = index + 1;
                }
            }
        }
        let last = log.batches.last().map_or(0, |b| b.batch);
        self.reverted = reverted_as_of(&log.events, last);
        self.current = replay(&log.events, &self.reverted, last);
        self.batches = log.batches;
        self.batch_events = batch_events;
        self.events = log.events;
        self.names = names;
    }

    /// The current plan.
    pub fn plan(&self) -> &Plan {
        &self.current.plan
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// Number of batches in the file.
    pub fn batch_count(&self) -> usize {
        self.batches.len()
    }

    /// Number of events in the file.
    pub fn event_count(&self) -> usize {
        self.events.len()
    }

    /// The id the next new entity will get (never one used before, even in undone batches).
    pub fn next_id(&self) -> u64 {
        self.ids.peek()
    }

    /// Every event of the current replay that no longer applies.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.diagnostics_of(&self.current.skipped)
    }

    /// The events of the current replay that did not apply even in the state they were written
    /// in (the plan right before their batch, as of then): damage — a payload edited by hand, a
    /// lost row — never the ordinary result of an undo. Every command's events applied when it
    /// was made (the same `Plan::apply` validated them), so a skip is normal exactly when its
    /// event applies there. See [`Document::diagnostics`] for all skips.
    pub fn damaged_events(&self) -> Vec<Diagnostic> {
        let skipped_batches: BTreeSet<u64> = self
            .current
            .skipped
            .keys()
            .filter_map(|&index| self.events.get(index).map(|r| r.batch))
            .collect();
        let mut damaged = Vec::new();
        if skipped_batches.is_empty() {
            return damaged;
        }
        // The plan right before the batch being walked, as of then; `None` after an undo or redo
        // marker until a batch needs it again (then it is replayed as of the batch before).
        let mut state: Option<Plan> = Some(Plan::default());
        let mut index = 0;
        while index < self.events.len() {
            let batch = self.events[index].batch;
            let end = self.events[index..]
                .iter()
                .position(|r| r.batch != batch)
                .map_or(self.events.len(), |n| index + n);
            let records = &self.events[index..end];
            if records.iter().any(|r| r.event.is_history_marker()) {
                state = None;
            } else if skipped_batches.contains(&batch) || state.is_some() {
                let mut plan = match state.take() {
                    Some(plan) => plan,
                    None => {
                        let before = batch.saturating_sub(1);
                        replay(&self.events, &reverted_as_of(&self.events, before), before).plan
                    }
                };
                for (offset, record) in records.iter().enumerate() {
                    if let Err(reason) = plan.apply(&record.event)
                        && let Some(d) = self.diagnostic(index + offset, &reason)
                    {
                        damaged.push(d);
                    }
                }
                state = Some(plan);
            }
            index = end;
        }
        // Only what the current replay skips: an event that failed when written but applies
        // now is no problem of today's plan.
        let now: BTreeSet<i64> = self.diagnostics().iter().map(|d| d.seq).collect();
        damaged.retain(|d| now.contains(&d.seq));
        // A rescued plan: events that built on actions the rescue left out are left aside, not
        // damage (recorded by `recover` when it wrote the plan).
        let listed = self.store.meta(RESCUED_LEFT_ASIDE).ok().flatten();
        let listed: BTreeSet<&str> = listed
            .as_deref()
            .map(|list| list.split(',').map(str::trim).collect())
            .unwrap_or_default();
        damaged.retain(|d| {
            let by_id = self.batch(d.batch).map(|b| {
                let start = self.batch_events(d.batch).first().map_or(d.seq, |r| r.seq);
                format!("{}:{}", b.stamp.id, d.seq - start)
            });
            !(listed.contains(d.seq.to_string().as_str())
                || by_id.is_some_and(|key| listed.contains(key.as_str())))
        });
        // Actions of two copies made side by side: those ordered between the first action a merge
        // brought and the merge itself were made where the other side's were unknown. Such an
        // event is damage only if it fails in the state its own copy had: replayed without the
        // other side's actions of that stretch.
        let excused = self.apply_in_own_copy(&damaged);
        damaged.retain(|d| !excused.contains(&d.seq));
        damaged
    }

    /// Which of the skipped events `candidates` apply in the state their action was made in: its
    /// causal past — the actions its copy had, followed through each stamp's `after` — replayed
    /// alone. That differs from the state before it in replay order only where copies were
    /// merged (see [`Document::damaged_events`]). One replay per action, however many of its
    /// events were skipped.
    fn apply_in_own_copy(&self, candidates: &[Diagnostic]) -> HashSet<i64> {
        let mut excused = HashSet::new();
        let batches: BTreeSet<u64> = candidates.iter().map(|d| d.batch).collect();
        let wanted: HashSet<i64> = candidates.iter().map(|d| d.seq).collect();
        for batch in batches {
            let Some((past, incomplete)) = self.causal_past(batch) else {
                continue;
            };
            // Made after an action this copy never got (left out of a rescue, say): the state it
            // was made in cannot be rebuilt here, and its skip is explained by the missing action.
            if incomplete {
                excused.extend(
                    self.batch_events(batch)
                        .iter()
                        .map(|r| r.seq)
                        .filter(|seq| wanted.contains(seq)),
                );
                continue;
            }
            let before = batch - 1;
            // Nothing outside its past came before it: that is the state it was made in.
            if (1..=before).all(|b| past.contains(&b)) {
                continue;
            }
            // Without what its author could not see: those commands undone, those undos and
            // redos never made.
            let mut reverted = self.reverted_without(|b| b > before || !past.contains(&b));
            reverted.extend((1..=before).filter(|b| !past.contains(b)));
            let mut plan = replay(&self.events, &reverted, before).plan;
            for record in self.batch_events(batch) {
                if plan.apply(&record.event).is_ok() && wanted.contains(&record.seq) {
                    excused.insert(record.seq);
                }
            }
        }
        excused
    }

    /// The batches `batch` was made after, directly or not (by their numbers), itself excluded,
    /// and whether that past names an action this copy does not have; `None` for no such batch.
    fn causal_past(&self, batch: u64) -> Option<(HashSet<u64>, bool)> {
        let number_of: std::collections::HashMap<&str, u64> = self
            .batches
            .iter()
            .map(|b| (b.stamp.id.as_str(), b.batch))
            .collect();
        let start = self.batch(batch)?;
        let mut past = HashSet::new();
        let mut incomplete = false;
        let mut todo: Vec<&str> = start.stamp.after.iter().map(String::as_str).collect();
        while let Some(id) = todo.pop() {
            let Some(&n) = number_of.get(id) else {
                incomplete = true;
                continue;
            };
            if past.insert(n)
                && let Some(record) = self.batch(n)
            {
                todo.extend(record.stamp.after.iter().map(String::as_str));
            }
        }
        Some((past, incomplete))
    }

    fn diagnostics_of(&self, skipped: &BTreeMap<usize, DomainError>) -> Vec<Diagnostic> {
        skipped
            .iter()
            .filter_map(|(&index, reason)| self.diagnostic(index, reason))
            .collect()
    }

    fn diagnostic(&self, index: usize, reason: &DomainError) -> Option<Diagnostic> {
        let record = self.events.get(index)?;
        Some(Diagnostic {
            seq: record.seq,
            batch: record.batch,
            event_type: record.event.type_name(),
            reason: reason.clone(),
        })
    }

    /// A batch's global id, clock and origin.
    pub fn stamp(&self, batch: u64) -> Option<&BatchStamp> {
        self.batch(batch).map(|b| &b.stamp)
    }

    /// The batches a merge entry brought in, if `batch` is one.
    pub fn merge_members(&self, batch: u64) -> Option<&[u64]> {
        match self.batch_events(batch) {
            [record] => match &record.event {
                Event::ChangesMerged(e) => Some(&e.batches),
                _ => None,
            },
            _ => None,
        }
    }

    /// A batch's record.
    pub fn batch(&self, batch: u64) -> Option<&BatchRecord> {
        batch
            .checked_sub(1)
            .and_then(|i| self.batches.get(usize::try_from(i).ok()?))
    }

    /// The events of one batch.
    pub fn batch_events(&self, batch: u64) -> &[EventRecord] {
        batch
            .checked_sub(1)
            .and_then(|i| self.batch_events.get(usize::try_from(i).ok()?))
            .and_then(|range| self.events.get(range.clone()))
            .unwrap_or(&[])
    }

    /// What `batch` did, in the current language, rendered from its events and named as things
    /// are now (the text stored with the batch is English and is not what people read): "Gast Anna
    /// Weber an „Vertrieb“ gesetzt", "Rückgängig #12: 3 Tische verschoben".
    pub fn describe_batch(&self, batch: u64) -> String {
        self.describe_batch_nested(batch, 0)
    }

    fn describe_batch_nested(&self, batch: u64, depth: usize) -> String {
        let events = self.batch_events(batch);
        if depth < 4
            && let Some(text) =
                describe_marker(events, |b| self.describe_batch_nested(b, depth + 1))
        {
            return text;
        }
        let what = match events {
            [one] => self.describe_event(one),
            many => describe_events(many.iter().map(|r| &r.event), self.plan()),
        };
        // An automatic seating says so (its events are plain seatings).
        if self.batch(batch).is_some_and(|b| {
            let stored = &b.meta.description;
            stored.ends_with(" automatically")
                && (stored.starts_with("Seated ") || stored.starts_with("Re-seated "))
        }) {
            return t!("batch-auto-seated", what = what);
        }
        // The file an import read is in no event; the stored (English) text names it.
        match self
            .batch(batch)
            .and_then(|b| imported_from(&b.meta.description))
        {
            Some((ImportKind::Guests, file)) => {
                t!("batch-imported-guests", file = file, what = what)
            }
            Some((ImportKind::Draw, file)) => t!("batch-imported-draw", file = file, what = what),
            Some((ImportKind::Wishes, file)) => {
                t!("batch-imported-wishes", file = file, what = what)
            }
            None => what,
        }
    }

    /// The event with sequence number `seq`, if the log has it.
    pub fn event_at(&self, seq: i64) -> Option<&EventRecord> {
        let i = self.events.partition_point(|r| r.seq < seq);
        self.events.get(i).filter(|r| r.seq == seq)
    }

    /// What a diagnostic's event did, in words (with the names of its time).
    pub fn describe_seq(&self, seq: i64) -> String {
        self.event_at(seq)
            .map_or_else(|| format!("#{seq}"), |r| self.describe_event(r))
    }

    /// One event as a sentence in the current language, with the names things had when it was
    /// written (a renamed room under its old name, a deleted guest by name).
    pub fn describe_event(&self, record: &EventRecord) -> String {
        describe_event(&record.event, &self.names.before(record.seq))
    }

    /// The physical tables a batch's events concern (for highlighting).
    pub fn batch_tables(&self, batch: u64) -> BTreeSet<TableId> {
        self.batch_events(batch)
            .iter()
            .flat_map(|r| r.event.tables())
            .collect()
    }

    /// Whether a batch is currently undone.
    pub fn is_reverted(&self, batch: u64) -> bool {
        self.reverted.contains(&batch)
    }

    /// The timeline, oldest first.
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        let mut merged_by: std::collections::HashMap<u64, u64> = std::collections::HashMap::new();
        for b in &self.batches {
            if let Some(members) = self.merge_members(b.batch) {
                for &member in members {
                    merged_by.insert(member, b.batch);
                }
            }
        }
        self.batches
            .iter()
            .map(|b| {
                let events = self.batch_events(b.batch);
                let target = events.iter().find_map(|r| match &r.event {
                    Event::BatchReverted(e) if e.batch != 0 => Some(e.batch),
                    Event::BatchReinstated(e) if e.batch != 0 => Some(e.batch),
                    _ => None,
                });
                TimelineEntry {
                    batch: b.batch,
                    kind: b.meta.kind,
                    at: b.meta.at.clone(),
                    by: b.meta.by.clone(),
                    description: b.meta.description.clone(),
                    events: events.len(),
                    reverted: self.reverted.contains(&b.batch),
                    target,
                    id: b.stamp.id.clone(),
                    origin: b.stamp.origin.clone(),
                    merge: match events {
                        [record] => match &record.event {
                            Event::ChangesMerged(e) => Some((e.from.clone(), e.batches.len())),
                            _ => None,
                        },
                        _ => None,
                    },
                    merged_by: merged_by.get(&b.batch).copied(),
                }
            })
            .collect()
    }

    /// Validates and runs a command as the current OS user, now. Returns the new batch number,
    /// or `None` when the command changes nothing (and nothing was written).
    pub fn execute(&mut self, command: &Command) -> Result<Option<u64>, HistoryError> {
        self.execute_as(command, now_rfc3339(), os_user())
    }

    /// Like [`Document::execute`] with an explicit time and author (imports of old data, demos).
    pub fn execute_as(
        &mut self,
        command: &Command,
        at: String,
        by: String,
    ) -> Result<Option<u64>, HistoryError> {
        let mut ids = self.ids.clone();
        let proposed = propose(command, self.plan(), &mut ids)?;
        if proposed.events.is_empty() {
            return Ok(None);
        }
        let meta = BatchMeta {
            kind: BatchKind::Command,
            at,
            by,
            description: proposed.description,
        };
        let batch = self.append(&meta, &proposed.events)?;
        tracing::debug!(
            batch,
            events = proposed.events.len(),
            "{}",
            meta.description
        );
        // Only now, with the batch on disk, does the state change.
        self.ids = ids;
        self.current.plan = proposed.plan;
        self.latest.done.push(batch);
        self.latest.taken_back.clear();
        Ok(Some(batch))
    }

    /// Why the plan cannot be changed any more (a write failed: disk full, file moved, read-only
    /// medium), if so. The plan stays in memory and can be saved elsewhere with
    /// [`Document::save_copy`].
    pub fn read_only_reason(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    fn append(&mut self, meta: &BatchMeta, events: &[Event]) -> Result<u64, HistoryError> {
        if let Some(reason) = &self.read_only {
            return Err(HistoryError::ReadOnly(reason.clone()));
        }
        let (batch, records) = match self.store.append(meta, events) {
            Ok(stored) => stored,
            Err(e) => {
                self.note_failed_write(&e);
                return Err(e.into());
            }
        };
        let start = self.events.len();
        for record in &records {
            self.names.record(record);
        }
        self.events.extend(records);
        self.batch_events.push(start..self.events.len());
        let number = batch.batch;
        self.batches.push(batch);
        Ok(number)
    }

    /// After a failed write the file's future is uncertain: stop writing to it, keep everything
    /// in memory, and let the user save a copy elsewhere.
    fn note_failed_write(&mut self, e: &StoreError) {
        tracing::error!("writing failed, the plan is read-only from now on: {e}");
        if matches!(
            e,
            StoreError::DiskFull(_)
                | StoreError::ReadOnly(_)
                | StoreError::Moved(_)
                | StoreError::Io { .. }
                | StoreError::Sqlite { .. }
        ) {
            self.read_only = Some(e.to_string());
        }
    }

    /// The most recent command batch that is not undone (what Ctrl+Z undoes).
    pub fn last_undoable(&self) -> Option<u64> {
        self.batches
            .iter()
            .rev()
            .find(|b| b.meta.kind == BatchKind::Command && !self.reverted.contains(&b.batch))
            .map(|b| b.batch)
    }

    /// The batch most recently undone that is still undone (what Ctrl+Shift+Z redoes).
    pub fn last_redoable(&self) -> Option<u64> {
        self.events.iter().rev().find_map(|r| match &r.event {
            Event::BatchReverted(e) if self.reverted.contains(&e.batch) => Some(e.batch),
            _ => None,
        })
    }

    /// What undoing `batch` would do.
    pub fn preview_undo(&self, batch: u64) -> Result<HistoryPreview, HistoryError> {
        self.check_command_batch(batch)?;
        if self.reverted.contains(&batch) {
            return Err(HistoryError::AlreadyUndone(batch));
        }
        let reverted = match self.merge_members(batch) {
            Some(members) => {
                // Back to the state before the merge: its actions undone, and the undos and
                // redos it brought in as if they had never come.
                let members: HashSet<u64> = members.iter().copied().collect();
                let mut target = self.reverted_without(|b| members.contains(&b));
                target.extend(members.iter().copied().filter(|&b| {
                    self.batch(b)
                        .is_some_and(|r| r.meta.kind == BatchKind::Command)
                }));
                target.insert(batch);
                target
            }
            None => {
                let mut reverted = self.reverted.clone();
                reverted.insert(batch);
                reverted
            }
        };
        Ok(self.preview(HistoryAction::Undo, batch, reverted))
    }

    /// For `guests`, the actions that seated them where they sit now, most guests first: "25 of
    /// them seated by #14 “Seated automatically: …”". Empty for no guests.
    fn seated_by(&self, guests: &[GuestId]) -> Vec<String> {
        if guests.is_empty() {
            return Vec::new();
        }
        let wanted: HashSet<GuestId> = guests.iter().copied().collect();
        let mut by_guest: std::collections::HashMap<GuestId, u64> =
            std::collections::HashMap::new();
        for (index, record) in self.events.iter().enumerate() {
            if self.reverted.contains(&record.batch) || self.current.skipped.contains_key(&index) {
                continue;
            }
            for touch in record.event.touches() {
                if let Touch::GuestSeat(g) = touch
                    && wanted.contains(&g)
                {
                    by_guest.insert(g, record.batch);
                }
            }
        }
        let mut counts: BTreeMap<u64, usize> = BTreeMap::new();
        for batch in by_guest.into_values() {
            *counts.entry(batch).or_default() += 1;
        }
        let mut counts: Vec<(u64, usize)> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
            .into_iter()
            .map(|(batch, count)| {
                t!(
                    "consequence-seated-by",
                    count = count,
                    batch = batch.to_string(),
                    what = self.describe_batch(batch)
                )
            })
            .collect()
    }

    /// The undone batches as the log's markers say, leaving out the batches `skip` names.
    fn reverted_without(&self, skip: impl Fn(u64) -> bool) -> HashSet<u64> {
        let mut reverted = HashSet::new();
        for record in self.events.iter().filter(|r| !skip(r.batch)) {
            match &record.event {
                Event::BatchReverted(e) if e.batch != 0 => {
                    reverted.insert(e.batch);
                }
                Event::BatchReinstated(e) => {
                    reverted.remove(&e.batch);
                }
                _ => {}
            }
        }
        reverted
    }

    /// What redoing `batch` would do.
    pub fn preview_redo(&self, batch: u64) -> Result<HistoryPreview, HistoryError> {
        self.check_command_batch(batch)?;
        if !self.reverted.contains(&batch) {
            return Err(HistoryError::NotUndone(batch));
        }
        let reverted = match self.merge_members(batch) {
            Some(_) => {
                // As if the undos and redos of the merge entry itself had never been made.
                let mut target = self.reverted_without(|b| {
                    self.batch_events(b).iter().any(|r| {
                        matches!(&r.event, Event::BatchReverted(e) if e.batch == batch)
                            || matches!(&r.event, Event::BatchReinstated(e) if e.batch == batch)
                    })
                });
                target.remove(&batch);
                target
            }
            None => {
                let mut reverted = self.reverted.clone();
                reverted.remove(&batch);
                reverted
            }
        };
        Ok(self.preview(HistoryAction::Redo, batch, reverted))
    }

    fn check_command_batch(&self, batch: u64) -> Result<&BatchRecord, HistoryError> {
        let record = self.batch(batch).ok_or(HistoryError::NoSuchBatch(batch))?;
        if record.meta.kind != BatchKind::Command {
            return Err(HistoryError::NotACommand {
                batch,
                kind: record.meta.kind,
            });
        }
        Ok(record)
    }

    fn preview(&self, action: HistoryAction, batch: u64, reverted: HashSet<u64>) -> HistoryPreview {
        let last = self.batches.last().map_or(0, |b| b.batch);
        let result = replay(&self.events, &reverted, last);
        let changes = diff(self.plan(), &result.plan);
        let mut consequences = consequences(self.plan(), &result.plan);
        for c in &mut consequences {
            c.notes = self.seated_by(&c.guests);
        }

        // Later batches whose events change status (skipped ↔ applied).
        let mut affected: BTreeMap<u64, AffectedBatch> = BTreeMap::new();
        let description = |b: u64| self.describe_batch(b);
        fn entry(
            affected: &mut BTreeMap<u64, AffectedBatch>,
            batch: u64,
            description: impl FnOnce() -> String,
        ) -> &mut AffectedBatch {
            affected.entry(batch).or_insert_with(|| AffectedBatch {
                batch,
                description: description(),
                stops_applying: Vec::new(),
                starts_applying: Vec::new(),
            })
        }
        for (index, reason) in &result.skipped {
            if self.current.skipped.contains_key(index) {
                continue;
            }
            if let Some(d) = self.diagnostic(*index, reason)
                && d.batch != batch
            {
                entry(&mut affected, d.batch, || description(d.batch))
                    .stops_applying
                    .push(d);
            }
        }
        for index in self.current.skipped.keys() {
            if result.skipped.contains_key(index) {
                continue;
            }
            if let Some(record) = self.events.get(*index)
                && record.batch != batch
                && !reverted.contains(&record.batch)
            {
                entry(&mut affected, record.batch, || description(record.batch))
                    .starts_applying
                    .push((record.seq, record.event.type_name()));
            }
        }

        // Later effective batches that set the same facts.
        let touched: HashSet<Touch> = self
            .batch_events(batch)
            .iter()
            .flat_map(|r| r.event.touches())
            .collect();
        let overriding = self
            .batches
            .iter()
            .filter(|b| {
                b.batch > batch
                    && b.meta.kind == BatchKind::Command
                    && !reverted.contains(&b.batch)
                    && self
                        .batch_events(b.batch)
                        .iter()
                        .flat_map(|r| r.event.touches())
                        .any(|t| touched.contains(&t))
            })
            .map(|b| OverridingBatch {
                batch: b.batch,
                description: self.describe_batch(b.batch),
            })
            .collect();

        // The batch acted on first, then every other batch whose state changes.
        let marker = |b: u64, undo: bool| {
            if undo {
                Event::BatchReverted(BatchReverted { batch: b })
            } else {
                Event::BatchReinstated(BatchReinstated { batch: b })
            }
        };
        let mut markers = vec![marker(batch, action == HistoryAction::Undo)];
        let mut others: Vec<(u64, bool)> = reverted
            .difference(&self.reverted)
            .map(|&b| (b, true))
            .chain(self.reverted.difference(&reverted).map(|&b| (b, false)))
            .filter(|&(b, _)| b != batch && b != 0)
            .collect();
        others.sort_unstable();
        markers.extend(others.into_iter().map(|(b, undo)| marker(b, undo)));

        HistoryPreview {
            action,
            batch,
            description: description(batch),
            changes,
            consequences,
            affected: affected.into_values().collect(),
            overriding,
            result,
            reverted,
            markers,
            log_len: self.events.len(),
            latest: None,
        }
    }

    /// Commits a previewed undo or redo: appends the marker batch, then swaps in the previewed
    /// plan. Fails with [`HistoryError::StalePreview`] if anything was appended since.
    pub fn commit(&mut self, preview: HistoryPreview) -> Result<u64, HistoryError> {
        self.commit_as(preview, now_rfc3339(), os_user())
    }

    /// [`Document::commit`] with an explicit time and author.
    pub fn commit_as(
        &mut self,
        preview: HistoryPreview,
        at: String,
        by: String,
    ) -> Result<u64, HistoryError> {
        if preview.log_len != self.events.len() {
            return Err(HistoryError::StalePreview);
        }
        let (kind, verb) = match preview.action {
            HistoryAction::Undo => (BatchKind::Undo, "Undid"),
            HistoryAction::Redo => (BatchKind::Redo, "Redid"),
        };
        // The stored text stays as the log has always written it (English, built on the stored
        // text of the batch acted on); what people read is rendered from events when shown.
        let stored = self
            .batch(preview.batch)
            .map(|b| b.meta.description.clone())
            .unwrap_or_default();
        let meta = BatchMeta {
            kind,
            at,
            by,
            description: format!("{verb} #{}: {stored}", preview.batch),
        };
        let latest = preview.latest;
        let number = self.append(&meta, &preview.markers)?;
        tracing::info!(batch = number, "{}", meta.description);
        self.reverted = preview.reverted;
        self.current = preview.result;
        match latest {
            // Ctrl+Z (or Ctrl+Shift+Z), at once or confirmed in its preview.
            Some((about, take_back)) => self.record_latest(about, take_back),
            None => {
                self.latest.done.push(number);
                self.latest.taken_back.clear();
            }
        }
        Ok(number)
    }

    /// Books a Ctrl+Z (`take_back`) or Ctrl+Shift+Z of the session batch `about`.
    fn record_latest(&mut self, about: u64, take_back: bool) {
        if take_back {
            self.latest.done.retain(|b| *b != about);
            self.latest.taken_back.push(about);
        } else {
            self.latest.taken_back.retain(|b| *b != about);
            self.latest.done.push(about);
        }
    }

    /// The undo or redo that takes back (`take_back`) or brings back the effect of batch `b`: a
    /// command is undone/redone; an undo marker of X brings X back (redo) or takes it away again.
    fn latest_step(&self, b: u64, take_back: bool) -> Option<(u64, HistoryAction)> {
        let record = self.batch(b)?;
        let marked = || {
            self.batch_events(b).iter().find_map(|r| match &r.event {
                Event::BatchReverted(e) if e.batch != 0 => Some((e.batch, true)),
                Event::BatchReinstated(e) if e.batch != 0 => Some((e.batch, false)),
                _ => None,
            })
        };
        // What `b` did: (the command it is about, whether it left it undone).
        let (command, leaves_undone) = match record.meta.kind {
            BatchKind::Command => (b, false),
            BatchKind::Undo | BatchKind::Redo => marked()?,
        };
        let undone_now = self.reverted.contains(&command);
        // Taking back means returning to the state before `b`; bringing back, to the one after.
        let want_undone = if take_back {
            !leaves_undone
        } else {
            leaves_undone
        };
        if undone_now == want_undone {
            return None; // Already so (another action changed it since).
        }
        Some((
            command,
            if want_undone {
                HistoryAction::Undo
            } else {
                HistoryAction::Redo
            },
        ))
    }

    /// Takes back the most recent action of this session (Ctrl+Z) — a command, or a timeline
    /// undo or redo — or, with none left, the latest action still in effect: at once when no
    /// later action is affected, otherwise returns the preview to be confirmed (nothing written).
    pub fn undo_latest(&mut self) -> Result<LatestOutcome, HistoryError> {
        self.latest(true)
    }

    /// Brings back what Ctrl+Z took back this session (Ctrl+Shift+Z), newest first; with none
    /// left, redoes the most recently undone action, like [`Document::undo_latest`].
    pub fn redo_latest(&mut self) -> Result<LatestOutcome, HistoryError> {
        self.latest(false)
    }

    /// Ctrl+Z (`take_back`) or Ctrl+Shift+Z: the newest session batch whose step still makes
    /// sense (others were changed since and are dropped), else the whole log's latest.
    fn latest(&mut self, take_back: bool) -> Result<LatestOutcome, HistoryError> {
        loop {
            let stack = if take_back {
                &mut self.latest.done
            } else {
                &mut self.latest.taken_back
            };
            let Some(&about) = stack.last() else { break };
            if let Some((target, action)) = self.latest_step(about, take_back) {
                return self.latest_preview(target, action, Some(about), take_back);
            }
            if take_back {
                self.latest.done.pop();
            } else {
                self.latest.taken_back.pop();
            }
        }
        let fallback = if take_back {
            self.last_undoable().map(|b| (b, HistoryAction::Undo))
        } else {
            self.last_redoable().map(|b| (b, HistoryAction::Redo))
        };
        match fallback {
            Some((batch, action)) => self.latest_preview(batch, action, None, take_back),
            None => Ok(LatestOutcome::Nothing),
        }
    }

    fn latest_preview(
        &mut self,
        batch: u64,
        action: HistoryAction,
        about: Option<u64>,
        take_back: bool,
    ) -> Result<LatestOutcome, HistoryError> {
        let mut preview = match action {
            HistoryAction::Undo => self.preview_undo(batch)?,
            HistoryAction::Redo => self.preview_redo(batch)?,
        };
        // The session batch it is about (an older action, outside the session: itself).
        preview.latest = Some((about.unwrap_or(batch), take_back));
        if preview.has_conflicts() {
            return Ok(LatestOutcome::NeedsConfirmation(Box::new(preview)));
        }
        let description = preview.description.clone();
        let marker = self.commit(preview)?;
        Ok(LatestOutcome::Done {
            batch,
            marker,
            description,
        })
    }

    /// Undoes `batch` without asking (preview + commit).
    pub fn undo(&mut self, batch: u64) -> Result<u64, HistoryError> {
        let preview = self.preview_undo(batch)?;
        self.commit(preview)
    }

    /// Redoes `batch` without asking (preview + commit).
    pub fn redo(&mut self, batch: u64) -> Result<u64, HistoryError> {
        let preview = self.preview_redo(batch)?;
        self.commit(preview)
    }

    /// The plan as it was right after `batch` (undo/redo markers up to then counted), read-only.
    pub fn as_of(&self, batch: u64) -> Result<(Plan, Vec<Diagnostic>), HistoryError> {
        if self.batch(batch).is_none() {
            return Err(HistoryError::NoSuchBatch(batch));
        }
        let reverted = reverted_as_of(&self.events, batch);
        let result = replay(&self.events, &reverted, batch);
        let diagnostics = self.diagnostics_of(&result.skipped);
        Ok((result.plan, diagnostics))
    }

    /// A fresh replay of the whole log (for checks: it must equal [`Document::plan`]).
    pub fn replay_fresh(&self) -> (Plan, Vec<Diagnostic>) {
        let last = self.batches.last().map_or(0, |b| b.batch);
        let reverted = reverted_as_of(&self.events, last);
        let result = replay(&self.events, &reverted, last);
        let diagnostics = self.diagnostics_of(&result.skipped);
        (result.plan, diagnostics)
    }

    /// Writes a consistent copy of the whole plan file ("Save a copy as…", backups).
    pub fn save_copy(&self, target: &Path) -> Result<(), HistoryError> {
        Ok(self.store.copy_to(target)?)
    }

    /// For tests: makes the next appends fail as on a full disk.
    #[cfg(any(test, feature = "test-hooks"))]
    pub fn simulate_full_disk(&mut self) -> Result<(), HistoryError> {
        let pages = self.store.page_count()?;
        Ok(self.store.simulate_full_disk(pages)?)
    }

    /// The plan's identity, the same in every copy of the file (see
    /// [`EventStore::plan_id`]).
    pub fn plan_id(&self) -> Option<String> {
        self.store.plan_id().ok().flatten()
    }

    /// The event store, for tests that play another program changing the open file.
    #[cfg(any(test, feature = "test-hooks"))]
    pub fn store(&self) -> &EventStore {
        &self.store
    }

    /// SQLite's `integrity_check` of the file: empty when sound.
    pub fn integrity_check(&self) -> Result<Vec<String>, HistoryError> {
        Ok(self.store.integrity_check()?)
    }

    /// All events, in `seq` order.
    pub fn events(&self) -> &[EventRecord] {
        &self.events
    }
}

/// An undo or redo batch in words, naming the batch it acts on first ("Undo #12: …", rendered by
/// `what`; an undo of a merge then names what it brought): `None` for any other batch. A marker
/// naming 0 is about a batch of another copy this one never had.
pub(crate) fn describe_marker(
    events: &[EventRecord],
    what: impl Fn(u64) -> String,
) -> Option<String> {
    let names_elsewhere = |event: &Event| {
        matches!(event, Event::BatchReverted(e) if e.batch == 0)
            || matches!(event, Event::BatchReinstated(e) if e.batch == 0)
    };
    let record = events
        .iter()
        .find(|r| !names_elsewhere(&r.event))
        .or(events.first())?;
    Some(match &record.event {
        Event::BatchReverted(e) if e.batch == 0 => t!("batch-undo-elsewhere"),
        Event::BatchReverted(e) => t!(
            "batch-undo",
            batch = e.batch.to_string(),
            what = what(e.batch)
        ),
        Event::BatchReinstated(e) if e.batch == 0 => t!("batch-redo-elsewhere"),
        Event::BatchReinstated(e) => t!(
            "batch-redo",
            batch = e.batch.to_string(),
            what = what(e.batch)
        ),
        _ => return None,
    })
}

/// What an import read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ImportKind {
    Guests,
    Draw,
    Wishes,
}

/// The kind and source file of an import batch, from the text the log stores for it ("Imported
/// guests from Gäste 2026.xlsx — 15 changes", written by `io::ImportPreview::finish` since the
/// first release); `None` for any other batch.
fn imported_from(stored: &str) -> Option<(ImportKind, &str)> {
    let (kind, rest) = if let Some(rest) = stored.strip_prefix("Imported guests from ") {
        (ImportKind::Guests, rest)
    } else if let Some(rest) = stored.strip_prefix("Imported wishes from ") {
        (ImportKind::Wishes, rest)
    } else {
        (
            ImportKind::Draw,
            stored.strip_prefix("Imported table draw from ")?,
        )
    };
    let (file, _) = rest.rsplit_once(" — ")?;
    Some((kind, file))
}

#[cfg(test)]
mod tests {
    use super::{ImportKind, imported_from};

    #[test]
    fn the_source_file_of_an_import_is_read_from_the_stored_text() {
        assert_eq!(
            imported_from("Imported guests from Gäste — 2026.xlsx — 15 changes"),
            Some((ImportKind::Guests, "Gäste — 2026.xlsx"))
        );
        assert_eq!(
            imported_from("Imported table draw from draw.xlsx — 1 change"),
            Some((ImportKind::Draw, "draw.xlsx"))
        );
        assert_eq!(imported_from("Imported guests from x.xlsx"), None);
        assert_eq!(imported_from("Moved table 17"), None);
    }
}
