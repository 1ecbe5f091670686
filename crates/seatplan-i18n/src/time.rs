//! Times as people read them: stored in UTC (RFC 3339), shown in the local time zone with its
//! rules for summer and winter, in the current language's date and time formats (the messages
//! `format-date` and `format-time`: a new language brings its own).
//!
//! The zone is the system's (`TZ`, else the operating system's setting); a thread may choose
//! another ([`set_time_zone`]), as tests do, so a shown time never depends on the machine.

use std::cell::RefCell;

use jiff::Timestamp;
use jiff::tz::TimeZone;

thread_local! {
    /// This thread's time zone; `None` = the system's.
    static ZONE: RefCell<Option<TimeZone>> = const { RefCell::new(None) };
}

/// Shows this thread's times in the IANA zone `name` ("Europe/Berlin", "UTC"), or in the
/// system's again with `None`. Returns `false`, changing nothing, for a zone that is not known.
pub fn set_time_zone(name: Option<&str>) -> bool {
    let zone = match name {
        Some(name) => match TimeZone::get(name) {
            Ok(zone) => Some(zone),
            Err(_) => return false,
        },
        None => None,
    };
    ZONE.with(|z| *z.borrow_mut() = zone);
    true
}

/// The zone this thread shows times in.
fn zone() -> TimeZone {
    ZONE.with(|z| z.borrow().clone())
        .unwrap_or_else(|| TimeZone::try_system().unwrap_or(TimeZone::UTC))
}

/// A stored time in the local zone: year, month, day, hour, minute, second — `None` when `text`
/// is no RFC 3339 time.
fn local(rfc3339: &str) -> Option<jiff::civil::DateTime> {
    let timestamp: Timestamp = rfc3339.trim().parse().ok()?;
    Some(timestamp.to_zoned(zone()).datetime())
}

fn two(n: i8) -> String {
    format!("{n:02}")
}

/// The date in the current language's format ("29.11.2026", "2026-11-29").
fn format_date(year: i16, month: i8, day: i8) -> String {
    crate::t!(
        "format-date",
        year = format!("{year:04}"),
        month = two(month),
        day = two(day)
    )
}

/// "29.11.2026 18:38" (German) or "2026-11-29 18:38": a stored RFC 3339 time, in local time.
/// Text that is no time comes back as it is.
#[must_use]
pub fn date_time(rfc3339: &str) -> String {
    match local(rfc3339) {
        Some(t) => format!(
            "{} {}",
            format_date(t.year(), t.month(), t.day()),
            time_of_day_of(t, false)
        ),
        None => rfc3339.to_owned(),
    }
}

/// "29.11.2026" (German) or "2026-11-29": the local date of a stored RFC 3339 time; a bare
/// date ("2026-11-29") is shown as it is, in the language's format.
#[must_use]
pub fn date(rfc3339: &str) -> Option<String> {
    if let Some(t) = local(rfc3339) {
        return Some(format_date(t.year(), t.month(), t.day()));
    }
    let bare: jiff::civil::Date = rfc3339.get(..10)?.parse().ok()?;
    Some(format_date(bare.year(), bare.month(), bare.day()))
}

fn time_of_day_of(t: jiff::civil::DateTime, seconds: bool) -> String {
    let time = crate::t!(
        "format-time",
        hour = two(t.hour()),
        minute = two(t.minute())
    );
    if seconds {
        format!("{time}:{}", two(t.second()))
    } else {
        time
    }
}

/// "14:05" (with `seconds`, "14:05:09"): the local time of day of a stored RFC 3339 time; text
/// that is no time comes back as it is.
#[must_use]
pub fn time_of_day(rfc3339: &str, seconds: bool) -> String {
    local(rfc3339).map_or_else(|| rfc3339.to_owned(), |t| time_of_day_of(t, seconds))
}

/// Whether a stored RFC 3339 time falls on today's local date.
#[must_use]
pub fn is_today(rfc3339: &str) -> bool {
    let today = Timestamp::now().to_zoned(zone()).date();
    local(rfc3339).is_some_and(|t| t.date() == today)
}

/// Now in the local zone, as RFC 3339 with its offset ("2026-11-30T15:05:00+01:00").
#[must_use]
pub fn local_now_rfc3339() -> String {
    Timestamp::now()
        .to_zoned(zone())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}
