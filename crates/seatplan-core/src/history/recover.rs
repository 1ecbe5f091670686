//! Rescue: a new plan from every action of a damaged one that can still be read and replayed,
//! with a report of what was left out and why. The damaged file is never modified.
//!
//! A batch is kept whole or not at all: one unreadable event costs its batch (and, when it is
//! not known which batch the lost row belonged to, the batches it could have belonged to). An
//! undo or redo of a batch that was left out is left out too. Kept batches are numbered anew
//! (1, 2, 3, …) with their author, time and description; undo markers follow the new numbers.

use super::{Document, HistoryError};
use crate::domain::Event;
use crate::domain::events::{BatchReinstated, BatchReverted};
use crate::store::salvage::{SalvagedBatch, SalvagedEvent, salvage};
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
}

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum RecoverError {
    /// The target exists (or is the damaged file).
    #[error("{}", t!("err-recover-exists", path = .0.display().to_string()))]
    TargetExists(PathBuf),
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
    let found = salvage(damaged)?;
    let mut report = RecoveryReport {
        batches_found: found.batches.len(),
        ..RecoveryReport::default()
    };
    let top = found.batches.len() as u64;
    // Events by batch, and the batches an unreadable row may have belonged to.
    let mut events: BTreeMap<u64, Vec<Event>> = BTreeMap::new();
    let mut damage: BTreeMap<u64, String> = BTreeMap::new();
    let batch_of = |i: usize| match found.events.get(i) {
        Some(SalvagedEvent::Read(b, _) | SalvagedEvent::Undecodable(b, _)) => Some(*b),
        _ => None,
    };
    for (i, event) in found.events.iter().enumerate() {
        let seq = i + 1;
        match event {
            SalvagedEvent::Read(batch, event) => {
                events.entry(*batch).or_default().push(event.clone());
            }
            SalvagedEvent::Undecodable(batch, why) => {
                damage
                    .entry(*batch)
                    .or_insert_with(|| t!("recover-event-unreadable", seq = seq, reason = why));
            }
            SalvagedEvent::Lost(why) => {
                // Rows are in batch order: the lost one sits between its neighbours' batches.
                let before = (0..i).rev().find_map(batch_of).unwrap_or(1);
                let after = (i + 1..found.events.len())
                    .find_map(batch_of)
                    .unwrap_or(top);
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
    let mut kept: Vec<(crate::store::BatchMeta, Vec<Event>)> = Vec::new();
    for (i, record) in found.batches.iter().enumerate() {
        let batch = i as u64 + 1;
        let description = match record {
            SalvagedBatch::Read(meta) => Some(meta.description.clone()),
            _ => None,
        };
        let mut leave = |reason: String| {
            report.left_out.push(LeftOut {
                batch,
                description: description.clone(),
                reason,
            });
        };
        let meta = match record {
            SalvagedBatch::Read(meta) => meta,
            SalvagedBatch::Missing => {
                leave(t!("recover-batch-missing"));
                continue;
            }
            SalvagedBatch::Unreadable(why) => {
                leave(t!("recover-batch-unreadable", reason = why.as_str()));
                continue;
            }
        };
        if let Some(why) = damage.get(&batch) {
            leave(why.clone());
            continue;
        }
        let Some(list) = events.get(&batch) else {
            leave(t!("recover-batch-empty"));
            continue;
        };
        let list = match (meta.kind, list.as_slice()) {
            (BatchKind::Command, list)
                if !list
                    .iter()
                    .any(|e| matches!(e, Event::BatchReverted(_) | Event::BatchReinstated(_))) =>
            {
                list.to_vec()
            }
            (BatchKind::Undo, [Event::BatchReverted(m)]) => match renumbered.get(&m.batch) {
                Some(&target) => vec![Event::BatchReverted(BatchReverted { batch: target })],
                None => {
                    leave(t!("recover-undo-of-lost", target = m.batch));
                    continue;
                }
            },
            (BatchKind::Redo, [Event::BatchReinstated(m)]) => match renumbered.get(&m.batch) {
                Some(&target) => vec![Event::BatchReinstated(BatchReinstated { batch: target })],
                None => {
                    leave(t!("recover-undo-of-lost", target = m.batch));
                    continue;
                }
            },
            _ => {
                leave(t!("recover-bad-marker"));
                continue;
            }
        };
        renumbered.insert(batch, kept.len() as u64 + 1);
        report.events_kept += list.len();
        kept.push((meta.clone(), list));
    }
    report.batches_kept = kept.len();
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
    let written = write(&partial, damaged, &found.meta, &kept).and_then(|()| {
        let doc = Document::open(&partial)?;
        report.skipped = doc.diagnostics().iter().map(ToString::to_string).collect();
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
    kept: &[(crate::store::BatchMeta, Vec<Event>)],
) -> Result<(), RecoverError> {
    let mut store = EventStore::create(path)?;
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
    for (meta, events) in kept {
        store.append(meta, events)?;
    }
    Ok(())
}

/// Puts the finished file at `out` without ever replacing a file that appeared meanwhile.
fn place(partial: &Path, out: &Path) -> Result<(), RecoverError> {
    match std::fs::hard_link(partial, out) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(RecoverError::TargetExists(out.to_owned()))
        }
        // File systems without hard links (FAT on a USB stick): a rename, checked first.
        Err(_) if std::fs::symlink_metadata(out).is_err() => {
            std::fs::rename(partial, out).map_err(|source| {
                RecoverError::Store(StoreError::Io {
                    path: out.to_owned(),
                    source,
                })
            })
        }
        Err(_) => Err(RecoverError::TargetExists(out.to_owned())),
    }
}
