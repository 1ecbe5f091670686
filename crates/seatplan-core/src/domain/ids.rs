//! Stable identifiers of the things in a plan.
//!
//! Every entity gets its id from a counter ([`IdAllocator`]) that skips every id found in *any*
//! event of the log, including events of undone batches, so an id is never handed out twice —
//! not even after the batch that first used it was undone — and each session counts in its own
//! block, so copies of a plan that are merged later do not collide.

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

/// Ids of one session's block: 2^24 of them (a session that uses them all moves on to the next
/// free block).
const BLOCK_BITS: u32 = 24;

/// The highest block number (ids stay below 2^63).
const MOST_BLOCKS: u64 = (1u64 << (63 - BLOCK_BITS)) - 1;

/// The last block handed out in this process: sessions of one process never share a block.
static LAST_BLOCK: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Hands out fresh entity ids; one counter shared by all entity kinds.
///
/// Copies of a plan on several laptops make entities independently, and a merge brings them
/// together: their ids must not collide. The session that creates a plan counts from 1 (block 0,
/// so a new plan and the demo are the same every time); every later session of a plan counts in
/// a block of its own, numbered by the millisecond the session began (since 2024), past any id
/// of that block already in the log ([`IdAllocator::for_session`]). Later sessions so get higher
/// ids — lists ordered by id stay in the order things were made — and two laptops collide only
/// if they begin a session in the same millisecond. Ids stay below 2^63.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdAllocator {
    next: u64,
    /// The end of this session's block.
    end: u64,
}

impl Default for IdAllocator {
    fn default() -> Self {
        Self {
            next: 1,
            end: 1 << BLOCK_BITS,
        }
    }
}

impl IdAllocator {
    /// The ids of a new session of an existing plan: a block of its own (see above), past every
    /// id of it in `used` (every id the log ever created).
    pub fn for_session(used: impl IntoIterator<Item = u64>) -> IdAllocator {
        // 2024-01-01T00:00:00Z.
        const EPOCH_MS: u128 = 1_704_067_200_000;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let by_time = match now.checked_sub(EPOCH_MS) {
            // The blocks last 17 years, then begin again (past any id already used there).
            Some(ms) => u64::try_from(ms % u128::from(MOST_BLOCKS)).unwrap_or(1),
            // A computer whose clock says 2023 or earlier: a block at random, not block 1 for
            // every such laptop.
            None => uuid::Uuid::now_v7().as_u128() as u64 % MOST_BLOCKS,
        };
        let block = IdAllocator::claim_block(by_time);
        IdAllocator::in_block(block, used)
    }

    /// A block at least `wanted` (and at least 1), never one this process handed out before.
    fn claim_block(wanted: u64) -> u64 {
        let most = MOST_BLOCKS;
        let wanted = wanted.clamp(1, most);
        let mut last = LAST_BLOCK.load(std::sync::atomic::Ordering::Relaxed);
        loop {
            let block = wanted.max(last + 1).min(most);
            match LAST_BLOCK.compare_exchange(
                last,
                block,
                std::sync::atomic::Ordering::Relaxed,
                std::sync::atomic::Ordering::Relaxed,
            ) {
                Ok(_) => return block,
                Err(now) => last = now,
            }
        }
    }

    /// The ids of block `block`, past every id of it in `used`.
    fn in_block(block: u64, used: impl IntoIterator<Item = u64>) -> IdAllocator {
        let base = block << BLOCK_BITS;
        let mut ids = IdAllocator {
            next: base,
            end: base + (1 << BLOCK_BITS),
        };
        for id in used {
            ids.observe(id);
        }
        ids
    }

    /// Ids past `highest`, for checking a command without making it (see
    /// [`crate::domain::validate`]): they are never stored.
    pub fn past(highest: u64) -> IdAllocator {
        IdAllocator {
            next: highest.saturating_add(1),
            end: u64::MAX >> 1,
        }
    }

    /// Returns a fresh id and advances the counter.
    pub fn allocate(&mut self) -> u64 {
        if self.next >= self.end {
            // This block is used up: the next free one.
            let block = IdAllocator::claim_block((self.end >> BLOCK_BITS) + 1);
            *self = IdAllocator::in_block(block, []);
        }
        let id = self.next;
        self.next += 1;
        id
    }

    /// Records that `id` is in use (found in the log), so it is never handed out again.
    pub fn observe(&mut self, id: u64) {
        if id >= self.next && id < self.end {
            self.next = id + 1;
        }
    }

    /// The id the next call to [`IdAllocator::allocate`] returns.
    pub fn peek(&self) -> u64 {
        self.next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_counts_in_its_own_block_past_ids_already_used_there() {
        let base = 7u64 << BLOCK_BITS;
        let ids = IdAllocator::in_block(7, [1, 2, base + 5, 3 << BLOCK_BITS]);
        assert_eq!(ids.peek(), base + 6);
        let mut fresh = IdAllocator::default();
        fresh.observe(5);
        assert_eq!(fresh.allocate(), 6);
    }

    #[test]
    fn later_sessions_get_higher_blocks_and_never_the_same_one() {
        let a = IdAllocator::for_session([]);
        let b = IdAllocator::for_session([]);
        assert!(b.peek() >= a.peek() + (1 << BLOCK_BITS));
        assert!(
            a.peek() > 1 << 40,
            "a block numbered by the time: {}",
            a.peek()
        );
    }

    #[test]
    fn a_used_up_block_moves_on_to_a_free_one() {
        let mut ids = IdAllocator::in_block(9, [(10u64 << BLOCK_BITS) - 1]);
        let id = ids.allocate();
        assert!(id >= 10 << BLOCK_BITS, "{id}");
        assert!(ids.allocate() > id);
    }
}
