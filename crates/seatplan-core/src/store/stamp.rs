//! Every action's global identity and its place in the one order all copies of a plan share.
//!
//! A copy of a plan file on a second laptop is the same plan with a different future. For two
//! copies that merge each other to end up with the same plan, every copy must replay the same
//! actions in the same order, whatever order it received them in. Each batch therefore carries
//! a [`BatchStamp`]: a globally unique id and a hybrid logical clock — the wall-clock time in
//! milliseconds, pushed past every stamp the copy has seen, so an action always sorts after
//! everything its author could see — and the device it was made on. Replay order is
//! `(clock, id)`; see `ARCHITECTURE.md` ("Copies and merging").
//!
//! Plans of layout 1 have no stamps; theirs are derived alike on every copy: the id is the
//! batch's first event id (unique, and the same in every copy of the file), the clock the
//! batch's time made strictly increasing in file order.

use std::cmp::Ordering;

/// A batch's global identity and place in the order every copy shares.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BatchStamp {
    /// The action's global id (a UUID; in plans of layout 1 its first event's id).
    pub id: String,
    /// Hybrid logical clock: milliseconds since 1970, strictly after every stamp its copy had.
    pub clock: i64,
    /// The device it was made on ("maria-laptop"); empty when not known (layout 1).
    pub origin: String,
    /// The ids of the actions its copy had last when it was made (the copy's heads): what it was
    /// made on top of. Following them gives every action its author could see — the state an
    /// action was made in, even after merges (merge entries are no part of it: they stay in
    /// their copy). In plans of layout 1, the batch before.
    pub after: Vec<String>,
}

impl BatchStamp {
    /// The order of replay: by clock, ties by id.
    pub fn order(&self, other: &BatchStamp) -> Ordering {
        self.clock
            .cmp(&other.clock)
            .then_with(|| self.id.cmp(&other.id))
    }
}

/// The wall-clock part of a stamp: a batch's RFC 3339 time in milliseconds, or `None` when its
/// time is not a readable RFC 3339 time (hand-made or test data).
pub fn millis_of(at: &str) -> Option<i64> {
    let time =
        time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339).ok()?;
    i64::try_from(time.unix_timestamp_nanos() / 1_000_000).ok()
}

/// The clock of an action made at `at` on a copy whose newest stamp has clock `seen`: its time,
/// pushed past `seen`.
pub fn next_clock(at: &str, seen: i64) -> i64 {
    let physical = millis_of(at).unwrap_or(i64::MIN);
    physical.max(seen.saturating_add(1))
}

/// Stamps of a plan of layout 1, in file order: `first_ids` holds each batch's first event id
/// (`None` for a batch without readable events), `times` each batch's time. Each was made after
/// the one before.
pub fn derive(first_ids: &[Option<String>], times: &[&str]) -> Vec<BatchStamp> {
    let mut clock = i64::MIN;
    let mut previous: Option<String> = None;
    first_ids
        .iter()
        .zip(times)
        .enumerate()
        .map(|(index, (id, at))| {
            clock = next_clock(at, clock);
            let id = id
                .clone()
                .unwrap_or_else(|| format!("layout-1-batch-{}", index + 1));
            let after = previous.replace(id.clone()).into_iter().collect();
            BatchStamp {
                id,
                clock,
                origin: String::new(),
                after,
            }
        })
        .collect()
}

/// `after` as stored: the ids, comma-separated.
pub fn join_after(after: &[String]) -> String {
    after.join(",")
}

/// `after` from its stored text.
pub fn split_after(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// This computer's name, the origin of the actions made here.
pub fn this_device() -> String {
    let name = gethostname::gethostname()
        .to_string_lossy()
        .trim()
        .to_owned();
    if name.is_empty() {
        "unknown".to_owned()
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_are_strictly_increasing_even_when_times_go_back() {
        let ids = [Some("b".to_owned()), Some("a".to_owned()), None];
        let times = [
            "2026-11-30T10:00:00.500Z",
            "2026-11-30T09:00:00Z",
            "not a time",
        ];
        let stamps = derive(&ids, &times);
        let t0 = millis_of(times[0]).unwrap();
        assert_eq!(stamps[0].clock, t0);
        assert_eq!(stamps[1].clock, t0 + 1);
        assert_eq!(stamps[2].clock, t0 + 2);
        assert_eq!(stamps[2].id, "layout-1-batch-3");
        assert_eq!(stamps[2].after, ["a"]);
        assert!(stamps[0].after.is_empty());
        assert_eq!(split_after(&join_after(&stamps[1].after)), stamps[1].after);
        assert_eq!(stamps[1].order(&stamps[0]), Ordering::Greater);
    }

    #[test]
    fn ties_are_broken_by_id() {
        let a = BatchStamp {
            id: "a".into(),
            clock: 5,
            origin: String::new(),
            after: Vec::new(),
        };
        let b = BatchStamp {
            id: "b".into(),
            ..a.clone()
        };
        assert_eq!(a.order(&b), Ordering::Less);
        assert_eq!(
            next_clock("2026-11-30T10:00:00Z", 5),
            millis_of("2026-11-30T10:00:00Z").unwrap()
        );
        assert_eq!(next_clock("2000-01-01T00:00:00Z", i64::MAX - 1), i64::MAX);
    }
}
