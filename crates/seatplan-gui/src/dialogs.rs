//! Modal dialogs: the undo/redo preview, delete confirmation, keyboard shortcuts, about.

use super::{Action, Selection};
use crate::DocumentAction;
use egui::{Id, Modal, RichText, ScrollArea, Ui};
use seatplan_core::domain::diff::ChangeGroup;
use seatplan_core::domain::{Command, GuestId, LogicalId, Plan, RoomId, TableId};
use seatplan_core::history::{HistoryAction, HistoryPreview};
use seatplan_i18n::t;
use std::collections::BTreeSet;

/// A deletion waiting for confirmation: what it removes, in words, and the command.
#[derive(Clone, Debug)]
pub struct DeleteRequest {
    /// Title ("Delete room “Terrasse”?").
    pub title: String,
    /// What else goes with it.
    pub consequences: Vec<String>,
    /// The command to run on confirmation.
    pub command: Command,
}

/// Builds the confirmation for deleting the selection, naming what the cascade removes.
pub fn delete_request(plan: &Plan, selection: &Selection) -> Option<DeleteRequest> {
    match selection {
        Selection::None => None,
        Selection::Room(id) => delete_room_request(plan, *id),
        Selection::Tables(ids) => delete_tables_request(plan, ids),
        Selection::Logical(id) => delete_logical_request(plan, *id),
        Selection::Guests(ids) => delete_guests_request(plan, ids),
    }
}

fn delete_room_request(plan: &Plan, id: RoomId) -> Option<DeleteRequest> {
    let room = plan.room(id)?;
    let tables: Vec<_> = plan.tables().filter(|t| t.room == id).collect();
    let holders: Vec<String> = tables
        .iter()
        .filter_map(|t| plan.holder_of(t.id))
        .map(|l| t!("quoted", text = l.name.as_str()))
        .collect();
    let mut consequences = Vec::new();
    if !tables.is_empty() {
        consequences.push(t!("delete-room-tables", count = tables.len()));
    }
    if !holders.is_empty() {
        consequences.push(t!(
            "delete-room-holders",
            count = holders.len(),
            names = list(&holders)
        ));
    }
    Some(DeleteRequest {
        title: t!("delete-room-title", name = room.name.as_str()),
        consequences,
        command: Command::DeleteRoom { room: id },
    })
}

fn delete_tables_request(plan: &Plan, ids: &BTreeSet<TableId>) -> Option<DeleteRequest> {
    let tables: Vec<_> = ids.iter().filter_map(|t| plan.table(*t)).collect();
    if tables.is_empty() {
        return None;
    }
    let holders: Vec<String> = tables
        .iter()
        .filter_map(|t| plan.holder_of(t.id))
        .map(|l| t!("quoted", text = l.name.as_str()))
        .collect();
    let numbers: Vec<String> = tables.iter().map(|t| t.number.clone()).collect();
    Some(DeleteRequest {
        title: if tables.len() == 1 {
            t!("delete-table-title", number = numbers.join(""))
        } else {
            t!(
                "delete-tables-title",
                count = tables.len(),
                numbers = list(&numbers)
            )
        },
        consequences: if holders.is_empty() {
            vec![]
        } else {
            vec![t!(
                "delete-tables-holders",
                count = holders.len(),
                names = list(&holders)
            )]
        },
        command: Command::DeleteTables(ids.iter().copied().collect()),
    })
}

fn delete_logical_request(plan: &Plan, id: LogicalId) -> Option<DeleteRequest> {
    let logical = plan.logical_table(id)?;
    let guests = plan.guests_at(id).count();
    let mut consequences = Vec::new();
    if guests > 0 {
        consequences.push(t!("delete-logical-guests", count = guests));
    }
    if let Some(t) = logical.physical.and_then(|t| plan.table(t)) {
        consequences.push(t!("delete-logical-table-free", number = t.number.as_str()));
    }
    Some(DeleteRequest {
        title: t!("delete-logical-title", name = logical.name.as_str()),
        consequences,
        command: Command::DeleteLogicalTable { logical: id },
    })
}

fn delete_guests_request(plan: &Plan, ids: &BTreeSet<GuestId>) -> Option<DeleteRequest> {
    let names: Vec<String> = ids
        .iter()
        .filter_map(|g| plan.guest(*g))
        .map(|g| g.display_name())
        .collect();
    if names.is_empty() {
        return None;
    }
    Some(DeleteRequest {
        title: if names.len() == 1 {
            t!("delete-guest-title", name = names.join(""))
        } else {
            t!("delete-guests-title", count = names.len())
        },
        consequences: if names.len() > 1 {
            vec![list(&names)]
        } else {
            vec![]
        },
        command: Command::DeleteGuests(ids.iter().copied().collect()),
    })
}

/// "a, b, c and 7 more".
fn list(items: &[String]) -> String {
    const SHOWN: usize = 6;
    if items.len() <= SHOWN {
        items.join(", ")
    } else {
        t!(
            "list-and-more",
            items = items[..SHOWN].join(", "),
            count = items.len() - SHOWN
        )
    }
}

/// Shows the delete confirmation; returns the action chosen.
pub fn delete_dialog_ui(ui: &Ui, request: &DeleteRequest) -> Option<bool> {
    let mut answer = None;
    Modal::new(Id::unique("delete-confirm")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(&request.title);
        for line in &request.consequences {
            ui.label(line);
        }
        ui.label(RichText::new(t!("delete-undo-later")).weak());
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(t!("button-delete")).clicked() {
                answer = Some(true);
            }
            if ui.button(t!("button-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                answer = Some(false);
            }
        });
    });
    answer
}

/// Shows an undo/redo preview with Confirm / Cancel.
pub fn preview_dialog_ui(
    ui: &Ui,
    doc: &seatplan_core::history::Document,
    preview: &HistoryPreview,
    actions: &mut Vec<Action>,
) {
    let undo = preview.action == HistoryAction::Undo;
    Modal::new(Id::unique("history-preview")).show(ui.ctx(), |ui| {
        // A fixed width: the dialog must not change size (and move its buttons) as it lays out.
        ui.set_width(620.0);
        let (batch, what) = (preview.batch.to_string(), preview.description.as_str());
        ui.heading(if undo {
            t!("preview-undo-title", batch = batch, what = what)
        } else {
            t!("preview-redo-title", batch = batch, what = what)
        });
        // First what it means in one line, then what collides with later work, then the details
        // grouped by kind — never the other way round.
        ui.label(RichText::new(preview_summary(preview)).strong());
        let height = (ui.ctx().content_rect().height() * 0.6).clamp(160.0, 520.0);
        ScrollArea::vertical()
            .max_height(height)
            .id_salt(("history-preview", preview.batch))
            .show(ui, |ui| {
                consequences_ui(ui, preview);
                conflicts_ui(ui, doc, preview);
                changes_ui(ui, preview);
            });
        ui.separator();
        ui.horizontal(|ui| {
            if ui
                .button(if undo {
                    t!("preview-confirm-undo")
                } else {
                    t!("preview-confirm-redo")
                })
                .clicked()
            {
                actions.push(Action::Document(DocumentAction::CommitPreview));
            }
            if ui.button(t!("button-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                actions.push(Action::Document(DocumentAction::CancelPreview));
            }
        });
    });
}

/// "146 changes to the plan · 2 later actions affected · 1 later action keeps its values".
fn preview_summary(preview: &HistoryPreview) -> String {
    let mut parts = vec![if preview.changes.is_empty() {
        t!("preview-no-change")
    } else {
        t!("preview-changes", count = preview.changes.len())
    }];
    if !preview.affected.is_empty() {
        parts.push(t!("preview-affected", count = preview.affected.len()));
    }
    match preview.overriding.len() {
        0 if preview.affected.is_empty() && preview.consequences.is_empty() => {
            parts.push(t!("preview-none-affected"));
        }
        0 => {}
        n => parts.push(t!("preview-overriding", count = n)),
    }
    parts.join(" · ")
}

/// What the action does to the seating, first: each consequence counted, where its guests came
/// from, then each thing (a long list starts folded).
fn consequences_ui(ui: &mut Ui, preview: &HistoryPreview) {
    for (index, c) in preview.consequences.iter().enumerate() {
        ui.label(
            RichText::new(&c.summary)
                .color(ui.visuals().warn_fg_color)
                .strong(),
        );
        for note in &c.notes {
            ui.label(format!("    {note}"));
        }
        if c.items.is_empty() {
            continue;
        }
        // Every name, up to a few thousand (a label each; the command line lists them all).
        const SHOWN: usize = 3_000;
        let header = if c.items.len() <= SHOWN {
            t!("preview-consequence-list", count = c.items.len())
        } else {
            t!("preview-consequence-first", count = SHOWN)
        };
        egui::CollapsingHeader::new(header)
            .id_salt(("preview-consequence", index))
            .default_open(c.items.len() <= 12)
            .show(ui, |ui| {
                for item in c.items.iter().take(SHOWN) {
                    ui.label(format!("• {item}"));
                }
                if c.items.len() > SHOWN {
                    ui.label(t!("and-more", count = c.items.len() - SHOWN));
                }
            });
    }
    if !preview.consequences.is_empty() {
        ui.add_space(6.0);
    }
}

/// Later actions that collide with this one: those whose changes stop (or start) applying, and
/// those whose values win either way.
fn conflicts_ui(ui: &mut Ui, doc: &seatplan_core::history::Document, preview: &HistoryPreview) {
    if !preview.affected.is_empty() {
        let title = t!("preview-affected-title", count = preview.affected.len());
        ui.label(
            RichText::new(title)
                .color(ui.visuals().warn_fg_color)
                .strong(),
        );
        for a in &preview.affected {
            ui.label(format!("#{} {}", a.batch, a.description));
            for d in a.stops_applying.iter().take(20) {
                ui.label(
                    RichText::new(format!(
                        "    {}",
                        t!(
                            "preview-stops",
                            what = doc.describe_seq(d.seq),
                            reason = d.reason.to_string()
                        )
                    ))
                    .weak(),
                );
            }
            if a.stops_applying.len() > 20 {
                ui.label(format!(
                    "    {}",
                    t!("and-more", count = a.stops_applying.len() - 20)
                ));
            }
            if !a.starts_applying.is_empty() {
                ui.label(format!(
                    "    {}",
                    t!("preview-starts", count = a.starts_applying.len())
                ));
            }
        }
        ui.add_space(6.0);
    }
    if !preview.overriding.is_empty() {
        ui.strong(t!(
            "preview-overriding-title",
            count = preview.overriding.len()
        ));
        for o in preview.overriding.iter().take(30) {
            ui.label(format!("#{} {}", o.batch, o.description));
        }
        ui.add_space(6.0);
    }
}

/// What changes, grouped by kind; a long group starts folded.
fn changes_ui(ui: &mut Ui, preview: &HistoryPreview) {
    let mut groups: Vec<(ChangeGroup, Vec<&seatplan_core::domain::diff::Change>)> = Vec::new();
    for change in &preview.changes {
        match groups.iter_mut().find(|(g, _)| *g == change.group()) {
            Some((_, list)) => list.push(change),
            None => groups.push((change.group(), vec![change])),
        }
    }
    for (group, changes) in groups {
        egui::CollapsingHeader::new(format!(
            "{} ({})",
            group.label(),
            seatplan_i18n::integer(changes.len() as i64)
        ))
        .id_salt(("preview-group", group))
        .default_open(changes.len() <= 12)
        .show(ui, |ui| {
            for change in changes.iter().take(300) {
                ui.label(format!("• {change}"));
            }
            if changes.len() > 300 {
                ui.label(t!("and-more", count = changes.len() - 300));
            }
        });
    }
}

/// Every keyboard shortcut, for Help → Keyboard shortcuts: (keys, what they do).
pub fn shortcuts() -> Vec<(String, String)> {
    use crate::keys::{command, command_shift, shortcut_label};
    use egui::Key;
    let keys = |shortcut| shortcut_label(&shortcut, cfg!(target_os = "macos"));
    vec![
        (keys(command(Key::N)), t!("key-new")),
        (keys(command(Key::O)), t!("key-open")),
        (keys(command(Key::P)), t!("key-print")),
        (keys(command(Key::F)), t!("key-find")),
        (keys(command(Key::Z)), t!("key-undo")),
        (
            format!(
                "{} / {}",
                keys(command_shift(Key::Z)),
                keys(command(Key::Y))
            ),
            t!("key-redo"),
        ),
        (keys(command(Key::Num0)), t!("key-fit")),
        (t!("key-delete-keys"), t!("key-delete")),
        (t!("key-escape-keys"), t!("key-escape")),
        (t!("key-shift-click-keys"), t!("key-shift-click")),
        (t!("key-shift-drag-keys"), t!("key-shift-drag")),
        (t!("key-pan-keys"), t!("key-pan")),
        (t!("key-room-keys"), t!("key-room")),
        (t!("key-zoom-keys"), t!("key-zoom")),
    ]
}

/// A small information window: fixed size, not collapsible, closed by its ×.
fn info_window<'a>(title: &str, open: &'a mut bool) -> egui::Window<'a> {
    egui::Window::new(title)
        .open(open)
        .resizable(false)
        .collapsible(false)
}

/// The shortcuts window.
pub fn shortcuts_ui(ui: &Ui, open: &mut bool) {
    info_window(&t!("menu-shortcuts"), open).show(ui.ctx(), |ui| {
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for (keys, what) in shortcuts() {
                    ui.strong(keys);
                    ui.label(what);
                    ui.end_row();
                }
            });
    });
}

/// The about window.
pub fn about_ui(ui: &Ui, open: &mut bool) {
    info_window(&t!("menu-about"), open).show(ui.ctx(), |ui| {
        ui.heading(format!("seatplan {}", env!("CARGO_PKG_VERSION")));
        ui.label(t!("about-line-1"));
        ui.label(t!("about-line-2"));
    });
}
