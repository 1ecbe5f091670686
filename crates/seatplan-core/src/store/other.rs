//! Reading another copy of a plan, for a merge: whole, from a private copy of the file (and of
//! its `-wal`), so the other file is never written, never locked, and may even be open in a
//! window on this or another computer.

use super::salvage::copy_aside;
use super::{EventStore, Log, StoreError, check_header, sql_error};
use std::path::Path;
use uuid::Uuid;

/// Another copy of a plan, as read.
#[derive(Debug)]
pub struct OtherCopy {
    /// Its log, in replay order.
    pub log: Log,
    /// Its identity (see [`EventStore::plan_id`]).
    pub plan_id: Option<String>,
    /// Its events' ids, by batch (numbered in replay order, index = number - 1), in order.
    pub event_ids: Vec<Vec<Uuid>>,
}

/// Reads the plan at `path` whole. Errors name `path`, not the private copy.
pub fn read_copy(path: &Path) -> Result<OtherCopy, StoreError> {
    check_header(path)?;
    let (_folder, copy) = copy_aside(path, "merge")?;
    read(&copy).map_err(|e| e.at(path))
}

fn read(copy: &Path) -> Result<OtherCopy, StoreError> {
    let (store, log) = EventStore::open(copy)?;
    let plan_id = store.plan_id()?;
    let err = |e| sql_error(copy, e);
    // Ids by file batch, then by the batch's number in replay order.
    let mut by_file: Vec<Vec<Uuid>> = vec![Vec::new(); log.batches.len()];
    let mut stmt = store
        .conn
        .prepare("SELECT batch, event_id FROM events ORDER BY seq")
        .map_err(err)?;
    let mut rows = stmt.query([]).map_err(err)?;
    while let Some(row) = rows.next().map_err(err)? {
        let batch: i64 = row.get(0).map_err(err)?;
        let id: String = row.get(1).map_err(err)?;
        let id = Uuid::parse_str(&id).map_err(|_| StoreError::Inconsistent {
            path: copy.to_owned(),
            detail: format!("an event of batch {batch} has the id “{id}”, which is no UUID"),
        })?;
        if let Some(list) = usize::try_from(batch - 1)
            .ok()
            .and_then(|i| by_file.get_mut(i))
        {
            list.push(id);
        }
    }
    drop(rows);
    drop(stmt);
    let event_ids = (1..=log.batches.len() as u64)
        .map(|n| {
            store
                .file_number(n)
                .and_then(|f| by_file.get_mut(usize::try_from(f - 1).ok()?))
                .map(std::mem::take)
                .unwrap_or_default()
        })
        .collect();
    Ok(OtherCopy {
        log,
        plan_id,
        event_ids,
    })
}
