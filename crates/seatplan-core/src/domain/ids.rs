//! Stable identifiers of the things in a plan.
//!
//! Every entity gets its id from one counter ([`IdAllocator`]). The counter is rebuilt on open
//! from the highest id found in *any* event of the log, including events of undone batches, so an
//! id is never handed out twice — not even after the batch that first used it was undone.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "#{}"), self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a room.
    RoomId,
    "room"
);
id_type!(
    /// Identifies a physical (real, numbered) dining table.
    TableId,
    "table"
);
id_type!(
    /// Identifies a logical table (a team, a department, "VIP 1").
    LogicalId,
    "logical table"
);
id_type!(
    /// Identifies a guest.
    GuestId,
    "guest"
);

id_type!(
    /// Identifies a custom guest field ("Shuttle", "T-shirt").
    FieldId,
    "field"
);

/// Hands out fresh entity ids; one counter shared by all entity kinds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdAllocator {
    next: u64,
}

impl Default for IdAllocator {
    fn default() -> Self {
        Self { next: 1 }
    }
}

impl IdAllocator {
    /// Returns a fresh id and advances the counter.
    pub fn allocate(&mut self) -> u64 {
        let id = self.next;
        self.next += 1;
        id
    }

    /// Records that `id` is in use (found in the log), so it is never handed out again.
    pub fn observe(&mut self, id: u64) {
        if id >= self.next {
            self.next = id + 1;
        }
    }

    /// The id the next call to [`IdAllocator::allocate`] returns.
    pub fn peek(&self) -> u64 {
        self.next
    }
}
