//! Keyboard shortcuts as people read them, in the current language ("Ctrl+Shift+Z",
//! "Strg+Umschalt+Z"; macOS keeps its symbols).

use egui::{Key, KeyboardShortcut, ModifierNames, Modifiers};
use seatplan_i18n::t;

/// `shortcut` in words; on a Mac the system's symbols (⌘⇧Z).
pub fn shortcut_label(shortcut: &KeyboardShortcut, is_mac: bool) -> String {
    if is_mac {
        return shortcut.format(&ModifierNames::SYMBOLS, true);
    }
    let mut parts = Vec::new();
    let m = shortcut.modifiers;
    if m.ctrl || m.command {
        parts.push(t!("key-name-ctrl"));
    }
    if m.alt {
        parts.push(t!("key-name-alt"));
    }
    if m.shift {
        parts.push(t!("key-name-shift"));
    }
    parts.push(key_name(shortcut.logical_key));
    parts.join("+")
}

/// A key's name in the current language (the keys whose label differs: Delete is "Entf" on a
/// German keyboard).
fn key_name(key: Key) -> String {
    match key {
        Key::Delete => t!("key-name-delete"),
        Key::Escape => t!("key-name-escape"),
        other => other.name().to_owned(),
    }
}

/// Ctrl (⌘ on a Mac) with `key`.
pub fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

/// Ctrl+Shift (⌘⇧ on a Mac) with `key`.
pub fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key)
}
