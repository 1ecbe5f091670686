//! Alphabetical order of names as people expect it in a German (and most European) list: letters
//! with accents, umlauts and strokes sort with their base letter (DIN 5007-1: "Özdemir" with O,
//! "Łukasz" with L, "ß" as "ss"), case does not matter. Used for every A–Z list — the window,
//! the seating workbook, the printed lists, the email export — and for searching by name. Also
//! the order of table numbers ("2" before "10") and of logical tables by their physical tables.

use super::{Guest, GuestId, LogicalTable, Plan};
use std::cmp::Ordering;

/// `text` lowercased, with Latin letters folded to their base letters ("Ölafur" → "olafur",
/// "Straße" → "strasse", "Æbelø" → "aebelo"). Other scripts are only lowercased.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match base_letters(c) {
            Some(base) => folded.push_str(base),
            None => folded.push(c),
        }
    }
    folded
}

/// The base letters of a lowercase Latin letter with a diacritic (Latin-1, Latin Extended-A,
/// Romanian comma letters); `None` for anything else.
fn base_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | '\u{0100}'..='\u{0105}' => "a",
        'æ' => "ae",
        'ç' | '\u{0106}'..='\u{010D}' => "c",
        'ð' | '\u{010E}'..='\u{0111}' => "d",
        'è'..='ë' | '\u{0112}'..='\u{011B}' => "e",
        '\u{011C}'..='\u{0123}' => "g",
        '\u{0124}'..='\u{0127}' => "h",
        'ì'..='ï' | '\u{0128}'..='\u{0131}' => "i",
        '\u{0132}'..='\u{0133}' => "ij",
        '\u{0134}'..='\u{0135}' => "j",
        '\u{0136}'..='\u{0138}' => "k",
        '\u{0139}'..='\u{0142}' => "l",
        'ñ' | '\u{0143}'..='\u{014B}' => "n",
        'ò'..='ö' | 'ø' | '\u{014C}'..='\u{0151}' => "o",
        '\u{0152}'..='\u{0153}' => "oe",
        '\u{0154}'..='\u{0159}' => "r",
        '\u{015A}'..='\u{0161}' | '\u{017F}' | '\u{0218}'..='\u{0219}' => "s",
        'ß' => "ss",
        '\u{0162}'..='\u{0167}' | '\u{021A}'..='\u{021B}' => "t",
        'þ' => "th",
        'ù'..='ü' | '\u{0168}'..='\u{0173}' => "u",
        '\u{0174}'..='\u{0175}' => "w",
        'ý' | 'ÿ' | '\u{0176}'..='\u{0178}' => "y",
        '\u{0179}'..='\u{017E}' => "z",
        _ => return None,
    })
}

/// The sort key of a person's name (last, first): the folded names, so "Özdemir" is among the O
/// names (after "Otto", as "ozdemir" is), not after "Z"; then the exact spelling, so ties
/// ("Muller" and "Müller") have a fixed order. Computed once per name when sorting long lists.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct NameKey(String, String, String, String);

/// The [`NameKey`] of a last and first name.
pub fn name_key(last: &str, first: &str) -> NameKey {
    let (last, first) = (last.trim(), first.trim());
    NameKey(fold(last), fold(first), last.to_owned(), first.to_owned())
}

/// The order of two people's (last, first) names by their [`NameKey`].
pub fn name_order(a: (&str, &str), b: (&str, &str)) -> std::cmp::Ordering {
    name_key(a.0, a.1).cmp(&name_key(b.0, b.1))
}

/// The letter a name is filed under in an A–Z list: the folded first letter, upper case ("Özil"
/// → 'O'); `'#'` for an empty name.
pub fn initial(name: &str) -> char {
    fold(name.trim())
        .chars()
        .next()
        .map_or('#', |c| c.to_uppercase().next().unwrap_or(c))
}

/// Compares table numbers as people do: "2" < "10", "A3" < "A10" < "B1".
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    fn chunks(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, text)) if *d == digit => text.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(cb.iter()) {
        let ord = match (x.0, y.0) {
            (true, true) => {
                let (tx, ty) = (x.1.trim_start_matches('0'), y.1.trim_start_matches('0'));
                tx.len().cmp(&ty.len()).then_with(|| tx.cmp(ty))
            }
            _ => x.1.to_lowercase().cmp(&y.1.to_lowercase()),
        };
        if ord != Ordering::Equal {
            return ord;
        }
    }
    ca.len().cmp(&cb.len()).then_with(|| a.cmp(b))
}

/// Logical tables in the order of their physical tables' numbers (natural order), then those
/// without a physical table by name.
pub fn logical_tables_in_table_order(plan: &Plan) -> Vec<&LogicalTable> {
    let mut logical: Vec<&LogicalTable> = plan.logical_tables().collect();
    logical.sort_by(|a, b| {
        let ta = a.physical.and_then(|t| plan.table(t));
        let tb = b.physical.and_then(|t| plan.table(t));
        match (ta, tb) {
            (Some(x), Some(y)) => natural_cmp(&x.number, &y.number),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => natural_cmp(&a.name, &b.name),
        }
    });
    logical
}

/// Guests by last name, then first name, in dictionary order (`domain::collate`: case and accents
/// aside, so "Özdemir" files with O), then id.
pub fn name_cmp(a: &Guest, b: &Guest) -> Ordering {
    guest_name_key(a).cmp(&guest_name_key(b))
}

/// Sorts guests as [`name_cmp`] does, computing each key once (lists of thousands).
pub fn sort_by_name(guests: &mut [&Guest]) {
    guests.sort_by_cached_key(|g| guest_name_key(g));
}

fn guest_name_key(guest: &Guest) -> (NameKey, GuestId) {
    (
        name_key(&guest.fields.last_name, &guest.fields.first_name),
        guest.id,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_letters_file_with_their_base_letter() {
        assert_eq!(fold("Ölafur Straße"), "olafur strasse");
        assert_eq!(
            fold("ÆBELØ Łukasz Čapek Şahin Ștefan"),
            "aebelo lukasz capek sahin stefan"
        );
        assert_eq!(fold("Ελένη Юлия 李"), "ελένη юлия 李");
        let mut names = vec![
            ("Zimmermann", "Anna"),
            ("Özdemir", "Ayşe"),
            ("Otto", "Ben"),
            ("Oswald", "Carl"),
            ("Müller", "Dora"),
            ("Muller", "Dora"),
            ("Łukasik", "Jan"),
            ("Lange", "Kai"),
            ("Ängström", "Lea"),
        ];
        names.sort_by(|a, b| name_order(*a, *b));
        let order: Vec<&str> = names.iter().map(|n| n.0).collect();
        assert_eq!(
            order,
            [
                "Ängström",
                "Lange",
                "Łukasik",
                "Muller",
                "Müller",
                "Oswald",
                "Otto",
                "Özdemir",
                "Zimmermann"
            ]
        );
        assert_eq!(initial(" özil"), 'O');
        assert_eq!(initial("Łukasik"), 'L');
        assert_eq!(initial("李"), '李');
        assert_eq!(initial("  "), '#');
    }
    #[test]
    fn natural_order_of_table_numbers() {
        let mut numbers = vec!["10", "2", "A10", "A3", "1", "T1", "B1", "02"];
        numbers.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(numbers, vec!["1", "02", "2", "10", "A3", "A10", "B1", "T1"]);
    }
}
