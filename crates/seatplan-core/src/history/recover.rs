//! Rescue: a new plan from every action of a damaged one that can still be read and replayed,
//! with a report of what was left out and why. The damaged file is never modified.
//!
//! A batch is kept whole or not at all: one unreadable event costs its batch (and, when it is
//! not known which batch the lost row belonged to, the batches it could have belonged to). An
//! undo or redo of a batch that was left out is left out too. Kept batches are numbered anew
//! (1, 2, 3, …) with their author, time and description; undo markers follow the new numbers.

use super::{Document, HistoryError};
use crate::domain::Event;
use crate::store::salvage::{SalvagedBatch, SalvagedEvent, SalvagedRow, salvage};
use crate::store::{BatchKind, EventStore, StoreError};
use seatplan_i18n::t;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A batch of the damaged plan that the rescued one does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    /// Its number in the damaged plan.
    pub batch: u64,
    /// Its timeline text, when it could be read.
    pub description: Option<String>,
    /// Why it was left out, in words.
    pub reason: String,
}

impl LeftOut {
    /// The report's line: "  #12 “Seated guests” — event #2,000 cannot be read: …".
    pub fn line(&self) -> String {
        let description = self
            .description
            .as_deref()
            .map_or_else(String::new, |d| t!("quoted", text = d));
        t!(
            "cli-recovered-line",
            batch = self.batch,
            description = description,
            reason = self.reason.as_str()
        )
    }
}

/// What `recover` did.
#[derive(Clone, Debug, Default)]
pub struct RecoveryReport {
    /// Batches the damaged plan had (the highest number found).
    pub batches_found: usize,
    /// Batches in the rescued plan.
    pub batches_kept: usize,
    /// Events in the rescued plan.
    pub events_kept: usize,
    /// The batches left out, in order.
    pub left_out: Vec<LeftOut>,
    /// Events of kept batches that replay skipped (they no longer apply), in words.
    pub skipped: Vec<String>,
    /// The `-wal` beside the damaged file would have taken back actions the file holds (it was
    /// from another moment): the file was rescued without it.
    pub wal_left_aside: bool,
    /// Batches kept whose record was lost and rebuilt from their events (old numbers).
    pub rebuilt: Vec<u64>,
    /// Commands kept in part: some of their events could not be read (the rest are kept).
    pub partial: Vec<LeftOut>,
}

/// A batch of the damaged plan as it goes into the new one: its record, events, their ids and
/// its stamp.
type Kept = (
    crate::store::BatchMeta,
    Vec<Event>,
    Vec<Option<uuid::Uuid>>,
    crate::store::BatchStamp,
);

/// An event row as `recover` trusts it.
enum Row<'a> {
    Read(&'a SalvagedRow),
    Undecodable(u64, String),
    Lost(String),
}

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum RecoverError {
    /// The target exists (or is the damaged file).
    #[error("{}", t!("err-recover-exists", path = .0.display().to_string()))]
    TargetExists(PathBuf),
    /// The target's folder does not exist.
    #[error("{}", t!("err-recover-no-folder", path = .0.display().to_string()))]
    NoFolder(PathBuf),
    /// Not one action could be read.
    #[error("{}", t!("err-recover-nothing", path = .0.display().to_string()))]
    Nothing(PathBuf),
    /// The damaged file could not be read at all, or the new one not written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The rescued plan could not be replayed.
    #[error(transparent)]
    History(#[from] HistoryError),
}

/// Writes `out`, a new plan with every action of `damaged` that can be read, and reports what was
/// left out. `out` must not exist; `damaged` is only read (a copy of it, in fact).
pub fn recover(damaged: &Path, out: &Path) -> Result<RecoveryReport, RecoverError> {
    if std::fs::symlink_metadata(out).is_ok() {
        return Err(RecoverError::TargetExists(out.to_owned()));
    }
    if let Some(folder) = out.parent().filter(|p| !p.as_os_str().is_empty())
        && !folder.is_dir()
    {
        return Err(RecoverError::NoFolder(folder.to_owned()));
    }
    let found = salvage(damaged)?;
    // Batches: as many as the batch table has rows, or — when none of it can be read — as the
    // events name.
    let mut top = found.batches.len() as u64;
    if top == 0 {
        top = found
            .events
            .iter()
            .filter_map(|e| match e {
                SalvagedEvent::Read(row) => Some(row.batch),
                SalvagedEvent::Undecodable(batch, _) => Some(*batch),
                SalvagedEvent::Lost(_) => None,
            })
            .max()
            .unwrap_or(0)
            .min(found.events.len() as u64);
    }
    let mut report = RecoveryReport {
        batches_found: top as usize,
        wal_left_aside: found.wal_left_aside,
        ..RecoveryReport::default()
    };
    // A row is trusted to belong to the batch it names only if that batch exists and rows stay
    // in batch order; any other row counts as lost.
    let mut rows: Vec<Row> = Vec::with_capacity(found.events.len());
    let mut last = 0u64;
    for event in &found.events {
        let row = match event {
            SalvagedEvent::Read(r) if r.batch >= last.max(1) && r.batch <= top => {
                last = r.batch;
                Row::Read(r)
            }
            SalvagedEvent::Undecodable(batch, why) if *batch >= last.max(1) && *batch <= top => {
                last = *batch;
                Row::Undecodable(*batch, why.clone())
            }
            SalvagedEvent::Lost(why) => Row::Lost(why.clone()),
            SalvagedEvent::Read(r) => Row::Lost(t!("recover-event-misplaced", batch = r.batch)),
            SalvagedEvent::Undecodable(batch, _) => {
                Row::Lost(t!("recover-event-misplaced", batch = *batch))
            }
        };
        rows.push(row);
    }
    let batch_of = |i: usize| match rows.get(i) {
        Some(Row::Read(r)) => Some(r.batch),
        Some(Row::Undecodable(b, _)) => Some(*b),
        _ => None,
    };
    // Events by batch, and the batches an unreadable row may have belonged to.
    let mut events: BTreeMap<u64, Vec<&SalvagedRow>> = BTreeMap::new();
    let mut damage: BTreeMap<u64, String> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        let seq = i + 1;
        match row {
            Row::Read(r) => events.entry(r.batch).or_default().push(r),
            Row::Undecodable(batch, why) => {
                damage.entry(*batch).or_insert_with(|| {
                    t!("recover-event-unreadable", seq = seq, reason = why.as_str())
                });
            }
            Row::Lost(why) => {
                // Rows are in batch order: the lost one sits between its neighbours' batches.
                let before = (0..i).rev().find_map(batch_of).unwrap_or(1);
                let after = (i + 1..rows.len()).find_map(batch_of).unwrap_or(top);
                for batch in before..=after.max(before) {
                    damage.entry(batch).or_insert_with(|| {
                        t!("recover-event-lost", seq = seq, reason = why.as_str())
                    });
                }
            }
        }
    }

    // Which batches stay, and their new numbers.
    let mut renumbered: BTreeMap<u64, u64> = BTreeMap::new();
    // Layout-1 clocks as `load` derives them: over every batch's time in file order, kept or not,
    // so the rescue orders its actions as every other copy does.
    let mut derived_clock = Vec::with_capacity(top as usize);
    let mut derived_id: Vec<String> = Vec::with_capacity(top as usize);
    let mut clock = i64::MIN;
    for batch in 1..=top {
        derived_id.push(
            events
                .get(&batch)
                .and_then(|list| list.first())
                .and_then(|r| r.id)
                .map_or_else(
                    || format!("layout-1-batch-{batch}"),
                    |id| id.hyphenated().to_string(),
                ),
        );
        let at = match found.batches.get(batch as usize - 1) {
            Some(SalvagedBatch::Read(meta)) => meta.at.clone(),
            _ => events
                .get(&batch)
                .and_then(|list| list.first())
                .map_or_else(String::new, |r| r.at.clone()),
        };
        clock = crate::store::stamp::next_clock(&at, clock);
        derived_clock.push(clock);
    }
    let mut kept: Vec<Kept> = Vec::new();
    for batch in 1..=top {
        let record = found.batches.get(batch as usize - 1);
        let description = match record {
            Some(SalvagedBatch::Read(meta)) => Some(meta.description.clone()),
            _ => None,
        };
        let mut leave = |reason: String| {
            report.left_out.push(LeftOut {
                batch,
                description: description.clone(),
                reason,
            });
        };
        // A command with events lost keeps the ones that can be read, as an action of its own
        // ("rescued in part") that one undo takes back: seatings of 1,460 guests are not thrown
        // away for one unreadable row. An undo or redo is one event: lost, it is left out.
        let damaged = damage.get(&batch);
        let partial = damaged.is_some()
            && events.get(&batch).is_some_and(|list| {
                !list.is_empty() && !list.iter().any(|r| r.event.is_history_marker())
            });
        if let Some(why) = damaged {
            if !partial {
                leave(why.clone());
                continue;
            }
            report.partial.push(LeftOut {
                batch,
                description: description.clone(),
                reason: why.clone(),
            });
        }
        let Some(list) = events.get(&batch) else {
            leave(match record {
                Some(SalvagedBatch::Unreadable(why)) => {
                    t!("recover-batch-unreadable", reason = why.as_str())
                }
                Some(SalvagedBatch::Missing) | None => t!("recover-batch-missing"),
                Some(SalvagedBatch::Read(_)) => t!("recover-batch-empty"),
            });
            continue;
        };
        // A lost record is rebuilt from its events: the kind from what they are, when and who
        // from their rows.
        let mut meta = match record {
            Some(SalvagedBatch::Read(meta)) => meta.clone(),
            _ => {
                report.rebuilt.push(batch);
                crate::store::BatchMeta {
                    kind: match list.first().map(|r| &r.event) {
                        Some(Event::BatchReverted(_)) => BatchKind::Undo,
                        Some(Event::BatchReinstated(_)) => BatchKind::Redo,
                        _ => BatchKind::Command,
                    },
                    at: list.first().map_or_else(String::new, |r| r.at.clone()),
                    by: list.first().map_or_else(String::new, |r| r.by.clone()),
                    description: "Rescued action (its record was lost)".into(),
                }
            }
        };
        if partial {
            meta.description = format!("{} (rescued in part)", meta.description);
        }
        let ids: Vec<Option<uuid::Uuid>> = list.iter().map(|r| r.id).collect();
        let list: Vec<&Event> = list.iter().map(|r| &r.event).collect();
        let list = match (meta.kind, list.as_slice()) {
            (BatchKind::Command, [Event::ChangesMerged(m)]) => {
                // A merge entry keeps the batches it brought in that were kept.
                let batches: Vec<u64> = m
                    .batches
                    .iter()
                    .filter_map(|b| renumbered.get(b).copied())
                    .collect();
                if batches.is_empty() {
                    leave(t!("recover-undo-of-lost", target = batch));
                    continue;
                }
                vec![Event::ChangesMerged(crate::domain::events::ChangesMerged {
                    from: m.from.clone(),
                    batches,
                    concurrent: m
                        .concurrent
                        .iter()
                        .filter_map(|b| renumbered.get(b).copied())
                        .collect(),
                })]
            }
            (BatchKind::Command, list) if !list.iter().any(|e| e.is_history_marker()) => {
                list.iter().map(|e| (*e).clone()).collect()
            }
            (BatchKind::Undo | BatchKind::Redo, [_, ..])
                if list
                    .iter()
                    .all(|e| matches!(e, Event::BatchReverted(_) | Event::BatchReinstated(_))) =>
            {
                // Each marker names a kept batch (renumbered), or one this copy never had (0);
                // an undo or redo of a batch that was left out is left out too.
                let mut markers = Vec::with_capacity(list.len());
                let mut lost = None;
                for event in list.iter() {
                    let mut event = (*event).clone();
                    event.map_batch_refs(|b| match renumbered.get(&b) {
                        Some(&n) => n,
                        None if b == 0 => 0,
                        None => {
                            lost = Some(b);
                            0
                        }
                    });
                    markers.push(event);
                }
                if let Some(target) = lost {
                    leave(t!("recover-undo-of-lost", target = target));
                    continue;
                }
                markers
            }
            _ => {
                leave(t!("recover-bad-marker"));
                continue;
            }
        };
        renumbered.insert(batch, kept.len() as u64 + 1);
        report.events_kept += list.len();
        // The same global id and clock as in every other copy: read, or derived as on open.
        let clock = derived_clock
            .get(batch as usize - 1)
            .copied()
            .unwrap_or(i64::MIN);
        let stamp = found
            .stamps
            .get(&batch)
            .cloned()
            .unwrap_or_else(|| crate::store::BatchStamp {
                id: derived_id
                    .get(batch as usize - 1)
                    .cloned()
                    .unwrap_or_default(),
                clock,
                origin: String::new(),
                // Made after the batch before it, as `load` derives it.
                after: (batch as usize)
                    .checked_sub(2)
                    .and_then(|i| derived_id.get(i))
                    .cloned()
                    .into_iter()
                    .collect(),
            });
        kept.push((meta, list, ids, stamp));
    }
    report.batches_kept = kept.len();
    // A damaged clock must not put an action before what it was made after, or an undo before
    // what it undoes (the rescue would not open): such a clock is moved just past them.
    let mut clock_of: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
    for index in 0..kept.len() {
        let (_, events, _, stamp) = &kept[index];
        let mut floor = stamp
            .after
            .iter()
            .filter_map(|id| clock_of.get(id))
            .max()
            .map_or(i64::MIN, |c| c.saturating_add(1));
        for event in events {
            let mut target_clock = i64::MIN;
            let mut event = event.clone();
            event.map_batch_refs(|b| {
                if let Some((_, _, _, target)) =
                    (b as usize).checked_sub(1).and_then(|i| kept.get(i))
                {
                    target_clock = target_clock.max(target.clock.saturating_add(1));
                }
                b
            });
            floor = floor.max(target_clock);
        }
        let stamp = &mut kept[index].3;
        stamp.clock = stamp.clock.max(floor);
        clock_of.insert(stamp.id.clone(), stamp.clock);
    }
    if kept.is_empty() {
        return Err(RecoverError::Nothing(damaged.to_owned()));
    }

    // Written beside the target under a temporary name, replayed, then put in place.
    let folder = out.parent().filter(|p| !p.as_os_str().is_empty());
    let partial = folder.unwrap_or(Path::new(".")).join(format!(
        ".{}.{}.partial",
        out.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        uuid::Uuid::now_v7().simple()
    ));
    // The same plan identity: the damaged plan's own, or — an older plan without one — its
    // first event's id, as every copy of it knows it.
    let mut meta = found.meta.clone();
    if !meta.iter().any(|(k, _)| k == crate::store::PLAN_ID)
        && let Some(SalvagedEvent::Read(SalvagedRow { id: Some(id), .. })) = found.events.first()
    {
        meta.push((crate::store::PLAN_ID.to_owned(), id.to_string()));
    }
    let written = write(&partial, damaged, &meta, &kept).and_then(|()| {
        let doc = Document::open(&partial)?;
        let skipped = doc.diagnostics();
        report.skipped = skipped.iter().map(ToString::to_string).collect();
        // Events that build on what was left out do not apply: recorded, so that `check` counts
        // them as left aside by the rescue, not as damage.
        if !skipped.is_empty() {
            // By action id and place: numbers move when a merge slots in earlier actions.
            let seqs: Vec<String> = skipped
                .iter()
                .filter_map(|d| {
                    let start = doc.batch_events(d.batch).first()?.seq;
                    Some(format!("{}:{}", doc.stamp(d.batch)?.id, d.seq - start))
                })
                .collect();
            drop(doc);
            let (mut store, _) = EventStore::open(&partial)?;
            store.set_meta(super::RESCUED_LEFT_ASIDE, &seqs.join(","))?;
        }
        Ok(())
    });
    let placed = written.and_then(|()| place(&partial, out));
    let _ = std::fs::remove_file(&partial);
    placed?;
    Ok(report)
}

/// The new plan's file: every kept batch as it was, and the damaged plan's `meta` rows.
fn write(
    path: &Path,
    damaged: &Path,
    meta: &[(String, String)],
    kept: &[Kept],
) -> Result<(), RecoverError> {
    let mut store = EventStore::create(path)?;
    // Its own identity is replaced by the damaged plan's (when that is known).
    for (key, value) in meta {
        if key != "format" && key != "created_with" {
            store.set_meta(key, value)?;
        }
    }
    let name = damaged
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    store.set_meta("recovered_from", &name)?;
    store.set_meta("recovered_at", &crate::store::now_rfc3339())?;
    for (meta, events, ids, stamp) in kept {
        store.append_with_ids(meta, events, ids, Some(stamp.clone()))?;
    }
    Ok(())
}

/// Puts the finished file at `out` without ever replacing a file that appeared meanwhile.
fn place(partial: &Path, out: &Path) -> Result<(), RecoverError> {
    crate::files::place_new(partial, out).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            RecoverError::TargetExists(out.to_owned())
        } else {
            RecoverError::Store(StoreError::Io {
                path: out.to_owned(),
                source,
            })
        }
    })
}
