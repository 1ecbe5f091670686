//! Replay: the plan is a fold over the effective events, from an empty plan.

use crate::domain::{DomainError, Event, Plan};
use crate::store::EventRecord;
use std::collections::{BTreeMap, HashSet};

/// The result of a replay: the plan, and every event that no longer applied (by index in the log).
#[derive(Clone, Debug, Default)]
pub struct Replay {
    /// The plan after the fold.
    pub plan: Plan,
    /// Events that were skipped, by index into the log, with the reason.
    pub skipped: BTreeMap<usize, DomainError>,
}

/// The set of batches undone as of the end of batch `upto` (undo/redo markers up to it counted).
pub fn reverted_as_of(events: &[EventRecord], upto: u64) -> HashSet<u64> {
    let mut reverted = HashSet::new();
    for record in events.iter().take_while(|r| r.batch <= upto) {
        match &record.event {
            // 0: a batch of another copy this one never had.
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

/// Folds every event of batches `<= upto` whose batch is not in `reverted` into a fresh plan.
///
/// Total and deterministic: an event that no longer applies is skipped and recorded; it never
/// panics and never stops the fold.
pub fn replay(events: &[EventRecord], reverted: &HashSet<u64>, upto: u64) -> Replay {
    let mut out = Replay::default();
    for (index, record) in events.iter().enumerate() {
        if record.batch > upto {
            break;
        }
        if record.event.is_history_marker() || reverted.contains(&record.batch) {
            continue;
        }
        if let Err(reason) = out.plan.apply(&record.event) {
            out.skipped.insert(index, reason);
        }
    }
    out
}
