//! The command line's custom guest fields: `seatplan field FILE add|rename|remove|add-option|
//! rename-option …` and
//! `seatplan set FILE GUEST FIELD VALUE`.

use super::{FieldAction, execute};
use crate::domain::{Command, FieldKind};
use crate::history::Document;
use crate::i18n::t;
use anyhow::{Result, anyhow, bail};
use std::io::Write;
use std::path::Path;

/// The field named `name`, or a clear error.
fn field_named(doc: &Document, name: &str) -> Result<crate::domain::FieldId> {
    doc.plan()
        .field_named(name)
        .map(|f| f.id)
        .ok_or_else(|| anyhow!(t!("cli-no-field", name = name)))
}

/// `field FILE add|rename|remove …`.
pub(super) fn field(out: &mut dyn Write, file: &Path, action: FieldAction) -> Result<()> {
    let mut doc = Document::open(file)?;
    let command = match action {
        FieldAction::Add {
            name,
            kind,
            options,
        } => {
            let kind = FieldKind::from(kind);
            let options: Vec<String> = options
                .into_iter()
                .map(|o| o.trim().to_owned())
                .filter(|o| !o.is_empty())
                .collect();
            match (kind, options.is_empty()) {
                (FieldKind::Choice, true) => bail!(t!("cli-choice-needs-options")),
                (FieldKind::Choice, false) | (_, true) => {}
                (_, false) => bail!(t!("cli-options-only-for-choice")),
            }
            Command::DefineField {
                name,
                kind,
                options,
            }
        }
        FieldAction::Rename { name, new } => Command::RenameField {
            field: field_named(&doc, &name)?,
            name: new,
        },
        FieldAction::Remove { name } => Command::RemoveField {
            field: field_named(&doc, &name)?,
        },
        FieldAction::AddOption { name, option } => Command::AddFieldOption {
            field: field_named(&doc, &name)?,
            option,
        },
        FieldAction::RemoveOption { name, option } => Command::RemoveFieldOption {
            field: field_named(&doc, &name)?,
            option,
        },
        FieldAction::RenameOption { name, from, to } => Command::RenameFieldOption {
            field: field_named(&doc, &name)?,
            from,
            to,
        },
    };
    execute(out, &mut doc, &command)
}

/// `set FILE GUEST FIELD VALUE`.
pub(super) fn set(
    out: &mut dyn Write,
    file: &Path,
    guest: &str,
    field: &str,
    value: &str,
) -> Result<()> {
    let mut doc = Document::open(file)?;
    let guest = crate::io::wishes::find_guest(doc.plan(), guest).map_err(|e| anyhow!(e))?;
    let field = doc
        .plan()
        .field_named(field)
        .cloned()
        .ok_or_else(|| anyhow!(t!("cli-no-field", name = field)))?;
    let value = field.parse_value(value).map_err(|text| {
        let kind = crate::domain::describe::field_kind_label(field.kind);
        anyhow!(if field.options.is_empty() {
            t!(
                "cli-bad-field-value",
                value = text,
                field = field.name.as_str(),
                kind = kind
            )
        } else {
            t!(
                "cli-bad-field-value-options",
                value = text,
                field = field.name.as_str(),
                kind = kind,
                options = field.options.join(", ")
            )
        })
    })?;
    execute(
        out,
        &mut doc,
        &Command::SetGuestField {
            guest,
            field: field.id,
            value,
        },
    )
}
