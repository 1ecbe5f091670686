//! `seatplan pin FILE GUEST [--off]`: pins a guest where they sit (automatic seating then
//! leaves them there), or unpins them — as the inspector's *Pin* does.

use super::execute;
use crate::domain::Command;
use crate::history::Document;
use crate::i18n::t;
use anyhow::{Result, anyhow};
use std::io::Write;
use std::path::Path;

/// Pins (or with `off` unpins) the guest named by email or a unique "First Last".
pub(super) fn pin(out: &mut dyn Write, file: &Path, guest: &str, off: bool) -> Result<()> {
    let mut doc = Document::open(file)?;
    let id = crate::io::wishes::find_guest(doc.plan(), guest).map_err(|e| anyhow!(e))?;
    let pinned = !off;
    if doc.plan().guest(id).is_some_and(|g| g.pinned == pinned) {
        let name = doc
            .plan()
            .guest(id)
            .map_or_else(String::new, |g| g.display_name());
        writeln!(
            out,
            "{}",
            if pinned {
                t!("cli-pin-already", guest = name)
            } else {
                t!("cli-unpin-already", guest = name)
            }
        )?;
        return Ok(());
    }
    execute(
        out,
        &mut doc,
        &Command::PinGuests {
            guests: vec![id],
            pinned,
        },
    )
}
