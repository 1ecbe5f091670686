//! Guest emails: the template filled in per guest, written as one RFC 5322 `.eml` file per seated
//! guest with an email (UTF-8 headers as RFC 2047 encoded words, body quoted-printable), plus a
//! mail-merge CSV. Guests without email or seat are listed, not silently dropped.

use super::export::{ExportError, csv_line, write_atomically};
use crate::domain::model::EmailTemplate;
use crate::domain::{Guest, Plan};
use std::path::{Path, PathBuf};

/// The placeholders a template may use.
pub const PLACEHOLDERS: &[&str] = &[
    "{first_name}",
    "{last_name}",
    "{table}",
    "{table_number}",
    "{room}",
    "{department}",
];

/// A template filled in for one guest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedEmail {
    /// The guest's address.
    pub to: String,
    /// "First Last".
    pub to_name: String,
    /// The subject.
    pub subject: String,
    /// The body.
    pub body: String,
}

/// Fills `text`'s placeholders with the guest's values (empty when unknown).
pub fn fill(text: &str, plan: &Plan, guest: &Guest) -> String {
    let logical = guest.logical.and_then(|l| plan.logical_table(l));
    let table = logical.and_then(|l| l.physical).and_then(|t| plan.table(t));
    let room = table.and_then(|t| plan.room(t.room));
    let mut text = text
        .replace("{first_name}", &guest.fields.first_name)
        .replace("{last_name}", &guest.fields.last_name)
        .replace("{table_number}", table.map_or("", |t| t.number.as_str()))
        .replace("{table}", logical.map_or("", |l| l.name.as_str()))
        .replace("{room}", room.map_or("", |r| r.name.as_str()))
        .replace("{department}", &guest.fields.department);
    // Custom fields by their names: {Shuttle}.
    for (field, value) in plan
        .fields()
        .iter()
        .zip(crate::io::export::custom_values(plan, guest))
    {
        text = text.replace(&format!("{{{}}}", field.name), &value);
    }
    text
}

/// The template filled in for a guest (also for the live preview).
pub fn render(template: &EmailTemplate, plan: &Plan, guest: &Guest) -> RenderedEmail {
    RenderedEmail {
        to: guest.fields.email.clone().unwrap_or_default(),
        to_name: guest.display_name(),
        subject: fill(&template.subject, plan, guest),
        body: fill(&template.body, plan, guest),
    }
}

/// Placeholders in `text` that are neither built in nor a custom field of `plan` (probably
/// typos), e.g. `{tisch}`.
pub fn unknown_placeholders(text: &str, plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let token = &rest[start..=start + len];
        let custom = plan
            .fields()
            .iter()
            .any(|f| token.get(1..token.len() - 1) == Some(f.name.as_str()));
        if !PLACEHOLDERS.contains(&token) && !custom && !out.iter().any(|t| t == token) {
            out.push(token.to_owned());
        }
        rest = &rest[start + len + 1..];
    }
    out
}

/// Header text as one line: every control character (CR, LF, tab, NUL…) becomes a space, so a
/// name like "Bob\nBcc: x@evil.example" can never end the header and start another.
pub fn header_text(text: &str) -> String {
    crate::domain::text::one_line(text).into_owned()
}

/// An RFC 2047 encoded word for non-ASCII header text (ASCII passes through); control characters
/// are replaced first ([`header_text`]).
pub fn encode_header(text: &str) -> String {
    let text = header_text(text);
    if text.is_ascii() && !text.contains("=?") {
        return text;
    }
    // Split into chunks whose encoded words stay under 75 characters; never split a character.
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        if (chunk.len() + c.len_utf8()) * 4 / 3 > 40 {
            words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
    }
    words.join("\r\n ")
}

/// A mailbox: `=?UTF-8?B?…?= <anna@example.com>` (the display name encoded when needed).
fn mailbox(name: &str, address: &str) -> String {
    // An address has no spaces, brackets or control characters; whatever a damaged plan holds,
    // nothing of it may leave the angle brackets.
    let address: String = address
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace() && !matches!(c, '<' | '>' | '"'))
        .collect();
    let name = header_text(name);
    if name.trim().is_empty() {
        return format!("<{address}>");
    }
    let name = if name.is_ascii() {
        format!("\"{}\"", name.replace(['"', '\\'], ""))
    } else {
        encode_header(&name)
    };
    format!("{name} <{address}>")
}

/// Splits "Name <addr>" into (name, addr); a bare address gives an empty name.
fn split_mailbox(text: &str) -> (String, String) {
    match (text.find('<'), text.rfind('>')) {
        (Some(a), Some(b)) if a < b => (
            text[..a].trim().trim_matches('"').to_owned(),
            text[a + 1..b].trim().to_owned(),
        ),
        _ => (String::new(), text.trim().to_owned()),
    }
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Quoted-printable (RFC 2045) with CRLF line ends and soft breaks at 76 characters.
pub fn quoted_printable(text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.replace("\r\n", "\n").split('\n').enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        let mut width = 0;
        let bytes = line.as_bytes();
        for (j, &b) in bytes.iter().enumerate() {
            let last = j + 1 == bytes.len();
            let piece = match b {
                b' ' | b'\t' if last => format!("={b:02X}"),
                b'=' => "=3D".to_owned(),
                33..=126 | b' ' | b'\t' => char::from(b).to_string(),
                _ => format!("={b:02X}"),
            };
            if width + piece.len() > 75 {
                out.push_str("=\r\n");
                width = 0;
            }
            width += piece.len();
            out.push_str(&piece);
        }
    }
    out
}

/// The complete `.eml` text of one email.
pub fn eml(
    template: &EmailTemplate,
    email: &RenderedEmail,
    date: &str,
    message_id: &str,
) -> String {
    let (sender_name, sender_address) = split_mailbox(&template.sender);
    let mut out = String::new();
    out.push_str(&format!(
        "From: {}\r\n",
        mailbox(&sender_name, &sender_address)
    ));
    out.push_str(&format!("To: {}\r\n", mailbox(&email.to_name, &email.to)));
    out.push_str(&format!("Subject: {}\r\n", encode_header(&email.subject)));
    out.push_str(&format!("Date: {date}\r\n"));
    out.push_str(&format!("Message-ID: <{message_id}>\r\n"));
    out.push_str("MIME-Version: 1.0\r\n");
    out.push_str("Content-Type: text/plain; charset=UTF-8\r\n");
    out.push_str("Content-Transfer-Encoding: quoted-printable\r\n");
    out.push_str("X-Unsent: 1\r\n\r\n");
    out.push_str(&quoted_printable(&email.body));
    out.push_str("\r\n");
    out
}

/// What an email export did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmailReport {
    /// Files written.
    pub written: Vec<PathBuf>,
    /// The mail-merge CSV.
    pub csv: PathBuf,
    /// Seated guests without an email address.
    pub without_email: Vec<String>,
    /// Guests without a seat (no email written for them).
    pub without_seat: Vec<String>,
}

/// The name of the mail-merge CSV in the export folder.
pub const MAIL_MERGE_CSV: &str = "mail-merge.csv";

/// The list of files an email export wrote, kept in its folder: only a folder that has one is
/// an earlier export, and only the files it names are ever removed.
pub const MANIFEST: &str = ".seatplan-emails";

/// The files an earlier email export in `dir` wrote (from its [`MANIFEST`]); empty when there
/// was none.
fn earlier_export(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join(MANIFEST))
        .map(|text| {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.contains(['/', '\\']))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Writes one `.eml` per seated guest with an email into `dir` (created if needed), plus
/// `mail-merge.csv`. The folder must be new, empty, or hold only an earlier email export — whose
/// files are removed once the new ones are written, so two runs never mix (a guest unseated
/// since keeps no stale email). A folder with other files is refused.
pub fn export_emails(plan: &Plan, dir: &Path) -> Result<EmailReport, ExportError> {
    let io = |source| ExportError::Io {
        path: dir.display().to_string(),
        source,
    };
    // Ours: what the earlier run's manifest lists, the manifest, temporary files of an
    // interrupted run. Anything else makes the folder a stranger's, and it is refused.
    let listed = earlier_export(dir);
    let ours = |name: &str| {
        name == MANIFEST || listed.iter().any(|l| l == name) || crate::files::is_temporary(name)
    };
    let old_files = super::output::check_folder(dir, ours)?;
    std::fs::create_dir_all(dir).map_err(io)?;
    let template = &plan.email_template();
    let date = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc2822)
        .unwrap_or_default();
    let mut report = EmailReport {
        csv: dir.join(MAIL_MERGE_CSV),
        ..EmailReport::default()
    };
    let mut csv = String::from("\u{feff}");
    // The custom fields come last, under their names, so mail-merge tools can use them too.
    let fields: Vec<&str> = plan.fields().iter().map(|f| f.name.as_str()).collect();
    csv.push_str(&csv_line(
        [
            "email",
            "first_name",
            "last_name",
            "table",
            "table_number",
            "room",
            "department",
            "subject",
            "body",
        ]
        .into_iter()
        .chain(fields.iter().copied()),
    ));
    let mut guests: Vec<&Guest> = plan.guests().collect();
    crate::domain::collate::sort_by_name(&mut guests);
    for guest in guests {
        if guest.logical.is_none() {
            report.without_seat.push(guest.display_name());
            continue;
        }
        let Some(address) = guest.fields.email.clone() else {
            report.without_email.push(guest.display_name());
            continue;
        };
        let rendered = render(template, plan, guest);
        let file = dir.join(format!(
            "{:04}-{}.eml",
            report.written.len() + 1,
            file_safe(&guest.display_name())
        ));
        let message_id = format!("{}@seatplan", uuid::Uuid::now_v7());
        write_atomically(
            &file,
            eml(template, &rendered, &date, &message_id).as_bytes(),
        )?;
        report.written.push(file);
        let logical = guest.logical.and_then(|l| plan.logical_table(l));
        let table = logical.and_then(|l| l.physical).and_then(|t| plan.table(t));
        let room = table.and_then(|t| plan.room(t.room));
        let custom = crate::io::export::custom_values(plan, guest);
        csv.push_str(&csv_line(
            [
                address.as_str(),
                &guest.fields.first_name,
                &guest.fields.last_name,
                logical.map_or("", |l| l.name.as_str()),
                table.map_or("", |t| t.number.as_str()),
                room.map_or("", |r| r.name.as_str()),
                &guest.fields.department,
                &rendered.subject,
                &rendered.body,
            ]
            .into_iter()
            .chain(custom.iter().map(String::as_str)),
        ));
    }
    write_atomically(&report.csv, csv.as_bytes())?;
    let mut manifest: Vec<String> = report
        .written
        .iter()
        .chain([&report.csv])
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    manifest.push(String::new());
    write_atomically(&dir.join(MANIFEST), manifest.join("\n").as_bytes())?;
    // The earlier run's files that this run did not write again (compared without case: on
    // macOS and Windows "0001-anna.eml" is the file just written as "0001-Anna.eml").
    let written: Vec<String> = manifest.iter().map(|n| n.to_lowercase()).collect();
    for old in old_files {
        let name = old
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if !written.contains(&name) && name != MANIFEST {
            std::fs::remove_file(&old).map_err(|source| ExportError::Io {
                path: old.display().to_string(),
                source,
            })?;
        }
    }
    Ok(report)
}

/// ASCII letters, digits and dashes for file names, transliterated ("Ayşe Åberg" → "Ayse-Aberg",
/// "Jürgen Groß" → "Jurgen-Gross"); no path separators, no dots, at most 40 characters.
pub fn file_safe(name: &str) -> String {
    let ascii = deunicode::deunicode(name);
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_round_trip_umlauts() {
        let word = encode_header("Ihr Platz – Tisch 7, Jürgen");
        assert!(word.starts_with("=?UTF-8?B?"));
        assert!(word.lines().all(|l| l.len() <= 76));
        assert_eq!(encode_header("Table 7"), "Table 7");
    }

    #[test]
    fn file_names_are_transliterated() {
        assert_eq!(file_safe("Ayşe Åberg"), "Ayse-Aberg");
        assert_eq!(file_safe("Jürgen Groß"), "Jurgen-Gross");
        assert_eq!(file_safe("../../etc/passwd"), "etc-passwd");
    }

    #[test]
    fn base64_matches_the_rfc_examples() {
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(b"fooba"), "Zm9vYmE=");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
    }

    #[test]
    fn quoted_printable_escapes_and_wraps() {
        let qp = quoted_printable(&format!("Grüße = {}", "x".repeat(100)));
        assert!(qp.starts_with("Gr=C3=BC=C3=9Fe =3D "));
        assert!(qp.split("\r\n").all(|l| l.len() <= 76));
    }

    #[test]
    fn unknown_placeholders_are_found() {
        assert_eq!(
            unknown_placeholders("{first_name} at {tisch} {tisch}", &Plan::new()),
            vec!["{tisch}"]
        );
    }
}
