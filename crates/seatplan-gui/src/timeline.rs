//! The timeline: every action, newest first, with search. The selected action's events are shown
//! in plain language; any action can be undone (through the core's preview) or redone, and the
//! whole window can show the plan as it was right after it.

use super::Action;
use super::theme::spacing;
use crate::{DocumentAction, ViewAction};
use egui::{RichText, ScrollArea, TextEdit, Ui};
use seatplan_core::history::{Document, TimelineEntry};
use seatplan_core::store::BatchKind;
use seatplan_i18n::t;

/// Most events listed for one action before "… and N more".
const EVENT_LINES: usize = 200;

/// The timeline's state.
#[derive(Clone, Debug, Default)]
pub struct TimelineState {
    /// Search text over descriptions and authors.
    pub search: String,
    /// The selected action.
    pub selected: Option<u64>,
    /// The timeline, newest first, as of an event count and in a language (rebuilt only when
    /// the log grew or the language changed).
    cache: Option<(CacheKey, Vec<TimelineEntry>)>,
}

/// What the cached timeline was built for: the log's length and the language.
type CacheKey = (usize, &'static str);

impl TimelineState {
    fn entries(&mut self, doc: &Document) -> &[TimelineEntry] {
        let key = (doc.event_count(), seatplan_i18n::language());
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut entries = doc.timeline();
            entries.reverse();
            // Shown in today's language, rendered from the events (not the stored text).
            for entry in &mut entries {
                entry.description = doc.describe_batch(entry.batch);
            }
            self.cache = Some((key, entries));
        }
        self.cache.as_ref().map_or(&[], |(_, e)| e.as_slice())
    }
}

/// "2026-10-16 15:11" ("16.10.2026 15:11") from an RFC 3339 time.
pub fn short_time(at: &str) -> String {
    seatplan_i18n::date_time(at)
}

/// "14:05" for a time today, else the date and time (local time).
fn clock_time(at: &str) -> String {
    if seatplan_i18n::is_today(at) {
        return seatplan_i18n::time_of_day(at, false);
    }
    short_time(at)
}

/// When, who, how many events and whether undone: "2026-10-16 15:11 by anna · 3 events".
fn entry_line(entry: &TimelineEntry) -> String {
    let line = t!(
        "timeline-by",
        at = short_time(&entry.at),
        by = entry.by.as_str(),
        events = entry.events
    );
    let mut parts = vec![line];
    // Where an action from another copy was made, and the merge that brought it.
    if let Some(merge) = entry.merged_by {
        if !entry.origin.is_empty() {
            parts.push(t!("timeline-from", device = entry.origin.as_str()));
        }
        parts.push(t!("timeline-merged-by", batch = merge.to_string()));
    }
    if entry.reverted {
        parts.push(t!("timeline-undone"));
    }
    parts.join(" · ")
}

/// The whole entry in words, for its tooltip.
fn entry_tooltip(entry: &TimelineEntry) -> String {
    format!(
        "#{} {}\n{}",
        entry.batch,
        entry.description,
        entry_line(entry)
    )
}

/// Draws the timeline (events named as things were when they were written); `as_of` is the
/// batch being viewed, if any.
pub fn timeline_ui(
    ui: &mut Ui,
    state: &mut TimelineState,
    doc: &Document,
    as_of: Option<u64>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("timeline-search"));
        ui.add(TextEdit::singleline(&mut state.search).desired_width(f32::INFINITY))
            .labelled_by(label.id);
    });
    let needle = state.search.trim().to_lowercase();
    state.entries(doc);
    // Borrow the cached rows while the list below changes the selection.
    let all = state.cache.take().map(|(_, e)| e).unwrap_or_default();
    let entries: Vec<&TimelineEntry> = all
        .iter()
        .filter(|e| {
            needle.is_empty()
                || e.description.to_lowercase().contains(&needle)
                || e.by.to_lowercase().contains(&needle)
                || e.origin.to_lowercase().contains(&needle)
                || format!("#{}", e.batch) == needle
        })
        .collect();

    let details_height = if state.selected.is_some() { 230.0 } else { 0.0 };
    let list_height = (ui.available_height() - details_height).max(120.0);
    entries_ui(ui, state, &entries, as_of, list_height, actions);
    let selected = state
        .selected
        .and_then(|batch| all.iter().find(|e| e.batch == batch).cloned());
    state.cache = Some(((doc.event_count(), seatplan_i18n::language()), all));
    let Some(entry) = selected else {
        state.selected = None;
        return;
    };
    details_ui(ui, doc, &entry, actions);
}

/// The list of actions (only the visible rows are built).
fn entries_ui(
    ui: &mut Ui,
    state: &mut TimelineState,
    entries: &[&TimelineEntry],
    as_of: Option<u64>,
    list_height: f32,
    actions: &mut Vec<Action>,
) {
    ScrollArea::vertical()
        .id_salt("timeline-list")
        .max_height(list_height)
        .auto_shrink([false, false])
        .show_rows(ui, spacing::ROW, entries.len(), |ui, range| {
            for entry in entries[range].iter().copied() {
                // The description gets the room; who and when go to the right, the full line
                // (and the number of changes) to the tooltip.
                let mut text = RichText::new(format!("#{}  {}", entry.batch, entry.description));
                if entry.reverted {
                    text = text.strikethrough().weak();
                }
                if entry.kind != BatchKind::Command || entry.merge.is_some() {
                    text = text.italics();
                }
                if as_of == Some(entry.batch) {
                    text = text.strong();
                }
                let mut when = format!("{} · {}", clock_time(&entry.at), entry.by);
                if entry.merged_by.is_some() && !entry.origin.is_empty() {
                    when = format!("{when} · {}", entry.origin);
                }
                let when = RichText::new(when).small().weak();
                let selected = state.selected == Some(entry.batch);
                let response = ui
                    .add(
                        egui::Button::selectable(selected, text)
                            .right_text(when)
                            .truncate()
                            .min_size(egui::vec2(ui.available_width(), spacing::ROW - 2.0)),
                    )
                    .on_hover_ui(|ui| {
                        ui.label(entry_tooltip(entry));
                    });
                if response.clicked() {
                    let next = if selected { None } else { Some(entry.batch) };
                    state.selected = next;
                    actions.push(Action::View(ViewAction::SelectBatch(next)));
                }
            }
        });
}

/// The selected action: when and by whom, Undo/Redo this, View as of here, and its events.
fn details_ui(ui: &mut Ui, doc: &Document, entry: &TimelineEntry, actions: &mut Vec<Action>) {
    let batch = entry.batch;
    ui.separator();
    ui.strong(format!("#{} {}", entry.batch, entry.description));
    ui.label(entry_line(entry));
    ui.horizontal(|ui| {
        if entry.kind == BatchKind::Command {
            if entry.reverted {
                if ui.button(t!("timeline-redo-this")).clicked() {
                    actions.push(Action::Document(DocumentAction::PreviewRedo(batch)));
                }
            } else if ui.button(t!("timeline-undo-this")).clicked() {
                actions.push(Action::Document(DocumentAction::PreviewUndo(batch)));
            }
        }
        if ui
            .button(t!("timeline-view-as-of"))
            .on_hover_text(t!("timeline-view-as-of-tip"))
            .clicked()
        {
            actions.push(Action::View(ViewAction::ViewAsOf(batch)));
        }
    });
    ScrollArea::vertical()
        .id_salt("timeline-events")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            // A merge entry lists the actions it brought in.
            if let Some(members) = doc.merge_members(batch) {
                for &member in members.iter().take(EVENT_LINES) {
                    ui.label(format!("• #{member} {}", doc.describe_batch(member)));
                }
                if members.len() > EVENT_LINES {
                    ui.label(t!("and-more", count = members.len() - EVENT_LINES));
                }
                return;
            }
            let events = doc.batch_events(batch);
            for record in events.iter().take(EVENT_LINES) {
                ui.label(format!("• {}", doc.describe_event(record)));
            }
            if events.len() > EVENT_LINES {
                ui.label(t!("and-more", count = events.len() - EVENT_LINES));
            }
        });
}
