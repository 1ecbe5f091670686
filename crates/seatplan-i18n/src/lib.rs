//! seatplan's words in every language.
//!
//! Every sentence a person reads comes from a Fluent message file under `locales/<code>/*.ftl`
//! (embedded at build time by `build.rs`: a new language is a new folder and nothing else). Code
//! asks for a message by id with [`t!`]; placeholders are named (`{ $room }`), plurals are Fluent
//! selectors (`{ $count -> [one] 1 Gast *[other] { $count } Gäste }`), and numbers passed as
//! numbers come out in the language's format ("1.500", "12,5").
//!
//! The current language belongs to a thread: the process default is chosen once at start
//! ([`init`]: `SEATPLAN_LANG`, then the saved setting, then the operating system, then English),
//! and a window's Settings switch changes the window's thread at once ([`set_language`]). Tests
//! on other threads keep their own language, so a German test never changes an English one.
//!
//! Text people type (names, rooms, notes) is only ever a placeholder's value: never translated,
//! never altered (not even by the pseudo-locale).

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs as Args;

mod time;
pub use time::{date, date_time, is_today, local_now_rfc3339, set_time_zone, time_of_day};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The language every message exists in, and what any unknown language falls back to.
pub const FALLBACK: &str = "en";

/// The pseudo-language for layout tests: English, accented and about 40 % longer
/// ("[Ûñðö ~~]"), so a label that would be cut in German is cut in tests too.
pub const PSEUDO: &str = "pseudo";

/// The environment variable that chooses the language for the window and the command line.
pub const ENV_VAR: &str = "SEATPLAN_LANG";

/// One language: its code and its messages.
struct Language {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
}

/// Every language, built once (the embedded files are parsed at first use).
fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        let mut all: Vec<Language> = EMBEDDED
            .iter()
            .map(|(code, files)| Language {
                code,
                bundle: bundle(code, files),
            })
            .collect();
        let english = EMBEDDED
            .iter()
            .find(|(code, _)| *code == FALLBACK)
            .map_or(&[][..], |(_, files)| *files);
        let mut pseudo = bundle(FALLBACK, english);
        pseudo.set_transform(Some(pseudo_text));
        all.push(Language {
            code: PSEUDO,
            bundle: pseudo,
        });
        all
    })
}

/// A bundle of one language's files. A file that does not parse keeps the messages that do (the
/// test `every_file_parses` names the broken ones).
fn bundle(code: &str, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around placeholders: our text goes to terminals, CSV files and
    // email headers, where invisible characters are a nuisance.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(if code == "de" {
        format_german
    } else {
        format_english
    }));
    for (_, text) in files {
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        // Duplicate ids keep the first definition (the test `no_duplicate_ids` finds them).
        let _ = bundle.add_resource(resource);
    }
    bundle
}

thread_local! {
    /// This thread's language (an index into [`languages`]); `None` = the process default.
    static CURRENT: Cell<Option<usize>> = const { Cell::new(None) };
}

/// The process default (an index into [`languages`]); `usize::MAX` = English.
static DEFAULT: AtomicUsize = AtomicUsize::new(usize::MAX);

fn index_of(code: &str) -> Option<usize> {
    languages().iter().position(|l| l.code == code)
}

fn current_index() -> usize {
    CURRENT.with(Cell::get).unwrap_or_else(|| {
        let default = DEFAULT.load(Ordering::Relaxed);
        if default == usize::MAX {
            index_of(FALLBACK).unwrap_or(0)
        } else {
            default
        }
    })
}

/// The code of the current thread's language ("en", "de", …).
#[must_use]
pub fn language() -> &'static str {
    languages()
        .get(current_index())
        .map_or(FALLBACK, |l| l.code)
}

/// Makes `code` this thread's language (the window's Settings switch). Returns `false`, changing
/// nothing, for a language we do not have.
pub fn set_language(code: &str) -> bool {
    match index_of(code) {
        Some(index) => {
            CURRENT.with(|c| c.set(Some(index)));
            true
        }
        None => false,
    }
}

/// Runs `f` with `code` as this thread's language, then restores the language before.
pub fn with_language<R>(code: &str, f: impl FnOnce() -> R) -> R {
    let before = CURRENT.with(Cell::get);
    let _ = set_language(code);
    let result = f();
    CURRENT.with(|c| c.set(before));
    result
}

/// Chooses the language at start and makes it the default of every thread: `SEATPLAN_LANG`, then
/// `preference` (the window's saved setting, `None` for "as the system"), then the operating
/// system's language, then English. Returns the chosen code.
pub fn init(preference: Option<&str>) -> &'static str {
    let code = choose(
        std::env::var(ENV_VAR).ok().as_deref(),
        preference,
        &sys_locale::get_locales().collect::<Vec<_>>(),
    );
    if let Some(index) = index_of(code) {
        DEFAULT.store(index, Ordering::Relaxed);
        CURRENT.with(|c| c.set(Some(index)));
    }
    code
}

/// The operating system's language, if we have it, else English (View → Language → "As the
/// system").
#[must_use]
pub fn system_language() -> &'static str {
    choose(None, None, &sys_locale::get_locales().collect::<Vec<_>>())
}

/// The language for an environment variable's value, a saved preference and the system's
/// locales (most wanted first): the first one we have. "C" and "POSIX" mean English.
#[must_use]
pub fn choose(env: Option<&str>, preference: Option<&str>, system: &[String]) -> &'static str {
    for wanted in [env, preference].into_iter().flatten() {
        if let Some(code) = supported(wanted) {
            return code;
        }
    }
    for locale in system {
        if matches!(locale.as_str(), "C" | "POSIX") || locale.starts_with("C.") {
            return FALLBACK;
        }
        if let Some(code) = supported(locale) {
            return code;
        }
    }
    FALLBACK
}

/// "de_DE.UTF-8", "de-AT", "DE" → "de" when we have German; `None` for what we do not have.
#[must_use]
pub fn supported(locale: &str) -> Option<&'static str> {
    let wanted = locale.trim().to_ascii_lowercase();
    if wanted == PSEUDO {
        return Some(PSEUDO);
    }
    let primary = wanted
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default();
    languages()
        .iter()
        .find(|l| l.code != PSEUDO && l.code == primary)
        .map(|l| l.code)
}

/// The languages a person can choose (code, the language's own name: "Deutsch"), in code order.
#[must_use]
pub fn available() -> Vec<(&'static str, String)> {
    languages()
        .iter()
        .filter(|l| l.code != PSEUDO)
        .map(|l| (l.code, message_in(l, "language-name", None)))
        .collect()
}

/// The message `id` in the current language.
#[must_use]
pub fn tr(id: &str) -> String {
    tr_with(id, None)
}

/// The message `id` in the current language with its placeholders filled. A message the current
/// language lacks comes in English; an id no file has comes back as the id itself (the test
/// `every_id_in_code_exists` keeps that from happening).
#[must_use]
pub fn tr_with(id: &str, args: Option<&Args>) -> String {
    let all = languages();
    let Some(language) = all.get(current_index()) else {
        return id.to_owned();
    };
    if language.bundle.has_message(id) {
        return message_in(language, id, args);
    }
    match index_of(FALLBACK).and_then(|i| all.get(i)) {
        Some(english) if english.bundle.has_message(id) => message_in(english, id, args),
        _ => id.to_owned(),
    }
}

fn message_in(language: &Language, id: &str, args: Option<&Args>) -> String {
    let Some(pattern) = language.bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    let text = language
        .bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    if language.code == PSEUDO {
        format!("[{text}]")
    } else {
        text
    }
}

/// A message with named placeholders: `t!("room-created", name = room.name.as_str(), seats = 8)`.
/// Numbers are passed as numbers (they are formatted and select plurals), everything else as text.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::Args::new();
        $( args.set(stringify!($name), $crate::Arg::arg($value)); )+
        $crate::tr_with($id, Some(&args))
    }};
}

/// A value a message placeholder takes: text or a number.
pub trait Arg {
    /// The value as Fluent sees it.
    fn arg(self) -> FluentValue<'static>;
}

impl Arg for &str {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.to_owned()))
    }
}
impl Arg for String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self))
    }
}
impl Arg for &String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.clone()))
    }
}
impl Arg for Cow<'_, str> {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.into_owned()))
    }
}
macro_rules! number_arg {
    ($($ty:ty),+) => {$(
        impl Arg for $ty {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::Number(FluentNumber::from(self))
            }
        }
        impl Arg for &$ty {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::Number(FluentNumber::from(*self))
            }
        }
    )+};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64, f32, f64);

fn format_german(value: &FluentValue, _: &intl_memoizer_shim::Memoizer) -> Option<String> {
    number_value(value, ',', '.')
}

fn format_english(value: &FluentValue, _: &intl_memoizer_shim::Memoizer) -> Option<String> {
    number_value(value, '.', ',')
}

/// The memoizer type the bundle's formatter receives.
mod intl_memoizer_shim {
    pub(crate) type Memoizer = intl_memoizer::concurrent::IntlLangMemoizer;
}

fn number_value(value: &FluentValue, decimal: char, group: char) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let options = &number.options;
    let min = options.minimum_fraction_digits.unwrap_or(0);
    let max = options.maximum_fraction_digits.unwrap_or(2).max(min);
    Some(format_number(
        number.value,
        min,
        max,
        decimal,
        options.use_grouping.then_some(group),
    ))
}

/// `value` with between `min` and `max` decimals (trailing zeros dropped down to `min`), the
/// given decimal mark and thousands separator.
fn format_number(value: f64, min: usize, max: usize, decimal: char, group: Option<char>) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let text = format!("{:.*}", max, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut fraction = fraction.to_owned();
    while fraction.len() > min && fraction.ends_with('0') {
        fraction.pop();
    }
    let mut out = String::new();
    let shown_as_zero = whole.bytes().chain(fraction.bytes()).all(|b| b == b'0');
    if value < 0.0 && !shown_as_zero {
        out.push('-');
    }
    let digits = whole.len();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            if let Some(group) = group {
                out.push(group);
            }
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(&fraction);
    }
    out
}

/// The current language's decimal mark ("," in German).
#[must_use]
pub fn decimal_mark() -> char {
    if language() == "de" { ',' } else { '.' }
}

/// A whole number in the current language ("1.500" in German, "1,500" in English).
#[must_use]
pub fn integer(value: i64) -> String {
    let group = if language() == "de" { '.' } else { ',' };
    #[allow(clippy::cast_precision_loss)] // counts of guests and pages: far below 2^52
    format_number(value as f64, 0, 0, '.', Some(group))
}

/// A number with at most `max_decimals` decimals, trailing zeros dropped ("12,5", "3", "0,13").
#[must_use]
pub fn decimal(value: f64, max_decimals: usize) -> String {
    let (mark, group) = if language() == "de" {
        (',', '.')
    } else {
        ('.', ',')
    };
    format_number(value, 0, max_decimals, mark, Some(group))
}

/// A number with exactly `decimals` decimals ("3,0"), as coordinates are shown.
#[must_use]
pub fn fixed(value: f64, decimals: usize) -> String {
    let (mark, group) = if language() == "de" {
        (',', '.')
    } else {
        ('.', ',')
    };
    format_number(value, decimals, decimals, mark, Some(group))
}

/// A length in metres as people read it: at most two decimals ("12,5" in German, "32.4").
#[must_use]
pub fn metres(value: f64) -> String {
    decimal(value, 2)
}

/// A decimal number a person typed: the current language's decimal mark or a point ("12,5" and
/// "12.5" are both 12.5), with thousands grouped the way the language writes them ("1.500" and
/// "1.000,5" in German, "1,500" in English), spaces around it allowed. `None` for anything else.
#[must_use]
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let group = if decimal_mark() == ',' { '.' } else { ',' };
    let separators: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | '.'))
        .collect();
    let (integer, fraction) = match separators.as_slice() {
        [] => (text.to_owned(), None),
        // One separator: the language's grouping mark before exactly three digits groups
        // thousands ("1.500"); anything else is the decimal mark ("12,5", "12.5", "0.125").
        [(at, c)] => {
            let (head, tail) = (&text[..*at], &text[at + 1..]);
            if *c == group && is_thousands(head, &[tail]) {
                (format!("{head}{tail}"), None)
            } else {
                (head.to_owned(), Some(tail))
            }
        }
        // Several: the last is the decimal mark when it differs from the others, which group.
        [.., (last_at, last)] => {
            let all_same = separators.iter().all(|(_, c)| c == last);
            let (body, fraction) = if all_same {
                (text, None)
            } else {
                (&text[..*last_at], Some(&text[last_at + 1..]))
            };
            let grouping = separators[0].1;
            if body.contains(if grouping == ',' { '.' } else { ',' }) {
                return None;
            }
            let mut parts = body.split(grouping);
            let head = parts.next().unwrap_or_default();
            let groups: Vec<&str> = parts.collect();
            if !is_thousands(head, &groups) {
                return None;
            }
            (format!("{head}{}", groups.concat()), fraction)
        }
    };
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let unsigned = integer.strip_prefix('-').unwrap_or(&integer);
    if unsigned.is_empty() && fraction.is_none_or(str::is_empty) {
        return None;
    }
    if !digits_only(unsigned) || !fraction.is_none_or(|f| !f.is_empty() && digits_only(f)) {
        return None;
    }
    let normalised = match fraction {
        Some(f) => format!("{integer}.{f}"),
        None => integer,
    };
    normalised.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Whether `head` then `groups` are thousands groups: 1–3 digits without a leading zero, then
/// groups of exactly three digits.
fn is_thousands(head: &str, groups: &[&str]) -> bool {
    let head = head.strip_prefix('-').unwrap_or(head);
    (1..=3).contains(&head.len())
        && head.chars().all(|c| c.is_ascii_digit())
        && !head.starts_with('0')
        && groups
            .iter()
            .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// Pseudo-localisation of one piece of message text (never of a placeholder's value): letters
/// accented, about 40 % longer.
fn pseudo_text(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters: usize = 0;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
        }
        out.push(match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ö',
            'u' => 'ü',
            'n' => 'ñ',
            'c' => 'ç',
            'y' => 'ý',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ö',
            'U' => 'Ü',
            'N' => 'Ñ',
            'C' => 'Ç',
            other => other,
        });
    }
    if letters > 0 {
        out.push(' ');
        out.extend(std::iter::repeat_n('~', (letters * 2).div_ceil(5)));
    }
    Cow::Owned(out)
}

/// Every message id of a language (for tests and tools), sorted.
#[must_use]
pub fn message_ids(code: &str) -> Vec<String> {
    let mut ids: Vec<String> = EMBEDDED
        .iter()
        .filter(|(c, _)| *c == code)
        .flat_map(|(_, files)| files.iter())
        .flat_map(|(_, text)| message_ids_of(text))
        .collect();
    ids.sort();
    ids
}

/// The ids a message file defines (lines that start an entry: `id = …`).
fn message_ids_of(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// The embedded files (language code, file name, text), for tests that check them.
#[must_use]
pub fn files() -> Vec<(&'static str, &'static str, &'static str)> {
    EMBEDDED
        .iter()
        .flat_map(|(code, files)| files.iter().map(move |(name, text)| (*code, *name, *text)))
        .collect()
}

#[cfg(test)]
mod tests;
