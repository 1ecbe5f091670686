//! `seatplan copy FILE OUT`: a consistent copy of a plan to hand to a colleague, also while a
//! window holds the plan (then as it was last saved there). Never written over a file.

use crate::history::Document;
use crate::i18n::t;
use anyhow::{Result, bail};
use std::io::Write;
use std::path::Path;

/// Writes the copy (`.seatplan` added to OUT when it has no extension) and says where it went.
pub(super) fn copy(out: &mut dyn Write, file: &Path, target: &Path) -> Result<()> {
    if let Some(extension) = target.extension()
        && !extension.eq_ignore_ascii_case(crate::store::EXTENSION)
    {
        bail!(t!(
            "cli-copy-extension",
            path = target.display().to_string(),
            extension = extension.to_string_lossy()
        ));
    }
    let target = crate::store::with_plan_extension(target);
    let doc = Document::open_or_read_only(file)?;
    doc.save_copy(&target)?;
    writeln!(
        out,
        "{}",
        t!(
            "copy-saved",
            path = target.display().to_string(),
            actions = doc.timeline().len()
        )
    )?;
    Ok(())
}
