//! What the window writes: printouts, the floor plan, the seating workbook, the guest emails and
//! copies of the plan — each to the path the user chose, under the core's output rules (never
//! onto a plan, never over a file the save dialog did not ask about).

use super::SeatplanApp;
use super::files::{DialogPurpose, with_plan_extension};
use super::workspace::Workspace;
use seatplan_core::domain::RoomId;
use seatplan_core::domain::describe::capitalise;
use seatplan_core::io::output::OutputRules;
use seatplan_i18n::t;
use seatplan_print::{FloorPlanFormat, Paper, PrintReport, Printout};
use std::path::{Path, PathBuf};

impl SeatplanApp {
    /// Writes the floor plan (the venue or one room) as PDF, SVG or PNG.
    pub(super) fn export_floor_plan(
        &mut self,
        chosen: PathBuf,
        room: Option<RoomId>,
        paper: Paper,
        format: FloorPlanFormat,
    ) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let (path, rules) = output_rules(ws, chosen, format.extension());
        let context = ws.print_context();
        let result = seatplan_print::export_floor_plan(
            ws.shown_plan(),
            room,
            paper,
            &context,
            &path,
            &rules,
        );
        let outcome = match result {
            Ok(report) => {
                ws.print.last_saved = Some(path.clone());
                let text = t!("export-wrote-floor-plan", path = path.display().to_string());
                Ok(with_warning(text, &report))
            }
            Err(e) => Err(t!("export-failed", error = capitalise(&e.to_string()))),
        };
        self.remember_export_dir(DialogPurpose::ExportFloorPlan(room, paper, format), &path);
        self.report(outcome);
    }

    /// Writes a printout as PDF.
    pub(super) fn print(&mut self, chosen: PathBuf, printout: Printout) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let (path, rules) = output_rules(ws, chosen, "pdf");
        let context = ws.print_context();
        let result = seatplan_print::print_pdf(ws.shown_plan(), printout, &context, &path, &rules);
        let outcome = match result {
            Ok(report) => {
                ws.print.last_saved = Some(path.clone());
                let text = t!(
                    "export-wrote-printout",
                    what = printout.label(),
                    pages = report.pages,
                    path = path.display().to_string()
                );
                Ok(with_warning(text, &report))
            }
            Err(e) => Err(t!(
                "export-print-failed",
                error = capitalise(&e.to_string())
            )),
        };
        self.remember_export_dir(DialogPurpose::Print(printout), &path);
        self.report(outcome);
    }

    /// Writes the seating workbook and its A–Z CSV.
    pub(super) fn export_seating(&mut self, chosen: PathBuf) {
        let Some(ws) = &self.workspace else { return };
        let (path, mut rules) = output_rules(ws, chosen, "xlsx");
        // The dialog asked about the workbook only: its A–Z CSV is replaced only when the pair
        // is written again (the workbook exists and the user chose to replace it).
        rules.replace_side_files = rules.replace && path.exists();
        let outcome = match seatplan_core::io::export::export_seating(ws.doc.plan(), &path, &rules)
        {
            Ok(csv) => Ok(t!(
                "cli-wrote-two",
                first = path.display().to_string(),
                second = csv.display().to_string()
            )),
            Err(e) => Err(t!("export-failed", error = e.to_string())),
        };
        self.report(outcome);
        self.remember_export_dir(DialogPurpose::ExportSeating, &path);
    }

    /// Writes one `.eml` per seated guest with an email, and the mail-merge CSV, into `dir`.
    pub(super) fn export_emails(&mut self, dir: &Path) {
        let Some(ws) = &self.workspace else { return };
        let outcome = match seatplan_core::io::email::export_emails(ws.doc.plan(), dir) {
            Ok(report) => Ok({
                let mut text = t!(
                    "cli-wrote-emails",
                    count = report.written.len(),
                    list = "mail-merge.csv",
                    folder = dir.display().to_string()
                );
                if !report.without_email.is_empty() {
                    let n = report.without_email.len();
                    text.push_str(&format!("; {}", t!("export-no-email", count = n)));
                }
                if !report.without_seat.is_empty() {
                    let n = report.without_seat.len();
                    text.push_str(&format!("; {}", t!("export-not-seated", count = n)));
                }
                text
            }),
            Err(e) => Err(t!("export-failed", error = e.to_string())),
        };
        self.report(outcome);
        self.remember_export_dir(DialogPurpose::ExportEmails, dir);
    }

    /// Saves a consistent copy of the plan; a plan that can no longer be written goes on in it.
    pub(super) fn save_copy(&mut self, chosen: &Path) {
        let Some(ws) = &self.workspace else { return };
        let path = with_plan_extension(chosen);
        let stuck = ws.doc.read_only_reason().is_some();
        match ws.doc.save_copy(&path) {
            Ok(()) => {
                let actions = ws.doc.timeline().len();
                self.notify(t!(
                    "copy-saved-window",
                    path = path.display().to_string(),
                    actions = actions
                ));
                if stuck {
                    self.open(&path);
                }
            }
            Err(e) => self.warn(t!("export-copy-failed", error = e.to_string())),
        }
    }
}

/// A notice, followed by the report's warning about unprintable characters if it has one.
fn with_warning(text: String, report: &PrintReport) -> String {
    match report.warning() {
        Some(warning) => format!("{text}. {warning}."),
        None => text,
    }
}

/// The file an export writes for the name the user chose (with the format's extension), and
/// the rules it is written under: the open plan is never a target, and an existing file is
/// replaced only when it is exactly the name the save dialog asked "Replace?" about.
fn output_rules(ws: &Workspace, chosen: PathBuf, extension: &str) -> (PathBuf, OutputRules) {
    let path = with_extension(chosen.clone(), extension);
    let rules = OutputRules::for_plan(ws.doc.path(), path == chosen);
    (path, rules)
}

/// `path`, with `extension` added unless it already has it (any case).
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
    {
        path
    } else {
        path.with_extension(extension)
    }
}
