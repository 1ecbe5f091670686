//! The file name typed in by hand: the stand-in for the native file dialog where the desktop
//! has none (on Linux, neither the XDG desktop portal nor zenity). The same purposes, start
//! folders and suggested names as the native dialog; the path is checked before it is used, and a
//! bad one is explained in the window without anything happening.

use super::app::DialogPurpose;
use egui::{Key, TextEdit};
use seatplan_i18n::t;
use std::path::{Path, PathBuf};

/// What the purpose needs: a file that exists, a file name to write, or a folder that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// An existing file (open, import).
    ExistingFile,
    /// A file to write, in an existing folder.
    NewFile,
    /// An existing folder.
    Folder,
}

/// The window's state while it is open.
pub struct PathEntry {
    /// What the path is for.
    pub purpose: DialogPurpose,
    text: String,
    error: Option<String>,
    focused: bool,
    /// An existing file the user was told about once: confirming it again replaces it (what a
    /// native save dialog's "Replace?" question does).
    replace_confirmed: Option<PathBuf>,
}

/// What the user did with the window this frame.
pub enum PathEntryOutcome {
    /// Still typing.
    Open,
    /// Closed without a path.
    Cancelled,
    /// A checked path.
    Chosen(PathBuf),
}

impl PathEntry {
    /// The window for `purpose`, prefilled with `start_dir` and the suggested file name.
    pub fn new(purpose: DialogPurpose, start_dir: Option<&Path>) -> PathEntry {
        let mut text = start_dir
            .map(|dir| {
                let mut dir = dir.display().to_string();
                if !dir.ends_with(std::path::MAIN_SEPARATOR) {
                    dir.push(std::path::MAIN_SEPARATOR);
                }
                dir
            })
            .unwrap_or_default();
        if let Some(name) = purpose.suggested_file_name() {
            // A plan is never written over a file: suggest a name that is free.
            let name = match start_dir {
                Some(dir) if !purpose.may_replace() => free_name(dir, &name),
                _ => name,
            };
            text.push_str(&name);
        }
        PathEntry {
            purpose,
            text,
            error: None,
            focused: false,
            replace_confirmed: None,
        }
    }

    /// Shows the window; returns what the user chose.
    pub fn ui(&mut self, ctx: &egui::Context) -> PathEntryOutcome {
        let mut outcome = PathEntryOutcome::Open;
        let mut open = true;
        let pick = self.purpose.pick();
        egui::Window::new(self.purpose.title())
            .collapsible(false)
            .resizable(false)
            .open(&mut open)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                let label = ui.label(match pick {
                    Pick::ExistingFile => t!("path-file"),
                    Pick::NewFile => t!("path-new-file"),
                    Pick::Folder => t!("path-folder"),
                });
                let field = ui
                    .add(
                        TextEdit::singleline(&mut self.text)
                            .desired_width(480.0)
                            .hint_text("/home/you/Documents/party.seatplan"),
                    )
                    .labelled_by(label.id);
                if !self.focused {
                    field.request_focus();
                    self.focused = true;
                }
                if field.changed() {
                    self.error = None;
                    self.replace_confirmed = None;
                }
                if let Some(error) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                ui.horizontal(|ui| {
                    let confirm = ui.button(self.purpose.confirm_label()).clicked()
                        || (field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)));
                    if confirm {
                        match checked(&self.text, pick) {
                            Ok(path)
                                if pick == Pick::NewFile
                                    && !self.purpose.may_replace()
                                    && std::fs::symlink_metadata(&path).is_ok() =>
                            {
                                self.error = Some(t!(
                                    "path-exists-choose-another",
                                    path = path.display().to_string()
                                ));
                            }
                            Ok(path)
                                if pick == Pick::NewFile
                                    && path.is_file()
                                    && self.replace_confirmed.as_ref() != Some(&path) =>
                            {
                                self.error = Some(t!(
                                    "path-exists",
                                    path = path.display().to_string(),
                                    button = self.purpose.confirm_label()
                                ));
                                self.replace_confirmed = Some(path);
                            }
                            Ok(path) => outcome = PathEntryOutcome::Chosen(path),
                            Err(error) => self.error = Some(error),
                        }
                    }
                    if ui.button(t!("button-cancel")).clicked()
                        || ui.input(|i| i.key_pressed(Key::Escape))
                    {
                        outcome = PathEntryOutcome::Cancelled;
                    }
                });
            });
        if !open {
            outcome = PathEntryOutcome::Cancelled;
        }
        outcome
    }
}

/// `name` if no file in `dir` has it, else "name 2.ext", "name 3.ext", …
fn free_name(dir: &Path, name: &str) -> String {
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) => (stem, format!(".{extension}")),
        None => (name, String::new()),
    };
    std::iter::once(name.to_owned())
        .chain((2..1000).map(|n| format!("{stem} {n}{extension}")))
        .find(|candidate| std::fs::symlink_metadata(dir.join(candidate)).is_err())
        .unwrap_or_else(|| name.to_owned())
}

/// The typed path, if it fits what is asked for; else why not, in a sentence. `~` at the start
/// stands for the home folder.
pub fn checked(text: &str, pick: Pick) -> Result<PathBuf, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(t!("path-type-one"));
    }
    let path = match text.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => {
            let home = std::env::var_os("HOME")
                .or_else(|| std::env::var_os("USERPROFILE"))
                .ok_or_else(|| t!("path-no-home"))?;
            PathBuf::from(home).join(rest.trim_start_matches(['/', '\\']))
        }
        _ => PathBuf::from(text),
    };
    let shown = path.display();
    match pick {
        Pick::ExistingFile if path.is_dir() => Err(t!("path-is-folder", path = shown.to_string())),
        Pick::ExistingFile if !path.is_file() => Err(t!("path-no-file", path = shown.to_string())),
        Pick::Folder if !path.is_dir() => Err(t!("path-no-folder", path = shown.to_string())),
        Pick::NewFile if path.is_dir() => Err(t!("path-add-file-name", path = shown.to_string())),
        Pick::NewFile => match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() && !parent.is_dir() => {
                Err(t!("path-no-folder", path = parent.display().to_string()))
            }
            _ => Ok(path),
        },
        Pick::ExistingFile | Pick::Folder => Ok(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_checked_against_what_is_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.seatplan");
        std::fs::write(&file, b"x").unwrap();
        let text = |p: &Path| p.display().to_string();
        assert_eq!(checked(&text(&file), Pick::ExistingFile), Ok(file.clone()));
        assert!(
            checked(&text(dir.path()), Pick::ExistingFile)
                .unwrap_err()
                .contains("is a folder")
        );
        let missing = dir.path().join("nope.xlsx");
        assert_eq!(
            checked(&text(&missing), Pick::ExistingFile),
            Err(format!("There is no file {}.", missing.display()))
        );
        assert_eq!(checked(&text(&missing), Pick::NewFile), Ok(missing.clone()));
        let nowhere = dir.path().join("no-such-folder").join("out.pdf");
        assert!(
            checked(&text(&nowhere), Pick::NewFile)
                .unwrap_err()
                .starts_with("There is no folder")
        );
        assert!(
            checked(&text(dir.path()), Pick::NewFile)
                .unwrap_err()
                .contains("add the file name")
        );
        assert_eq!(
            checked(&text(dir.path()), Pick::Folder),
            Ok(dir.path().to_owned())
        );
        assert!(checked(&text(&file), Pick::Folder).is_err());
        assert_eq!(checked("  ", Pick::Folder), Err("Type a path.".to_owned()));
        assert_eq!(
            checked("relative.pdf", Pick::NewFile),
            Ok(PathBuf::from("relative.pdf"))
        );
    }
}
