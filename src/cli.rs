//! The headless front end: `seatplan new|demo|show|history|undo|redo|vip|assign|seat|check|
//! import-guests|import-draw|export-seating|export-floorplan|print|export-emails` (and the hidden
//! `stress` and `read-sheet`).
//!
//! A thin layer over the core: it resolves names to ids, sends commands through
//! [`Document::execute`] and prints results. Errors become one line on stderr and a non-zero exit
//! status (see `main.rs`); nothing is written when a command fails.

mod copy;
mod fields;
pub mod help;
mod pin;
mod seating;

use crate::demo::{DEFAULT_GUESTS, DEFAULT_SEED, write_demo};
use crate::domain::{Command, Plan};
use crate::history::{Document, HistoryAction, HistoryPreview, TimelineEntry};
use crate::i18n::t;
use crate::io::draw::preview_draw_import;
use crate::io::email::export_emails;
use crate::io::export::export_seating;
use crate::io::guests::preview_guest_import;
use crate::io::output::OutputRules;
use crate::io::print::{
    FloorPlanScope, Paper, PrintContext, Printout, export_floor_plan, print_pdf,
};
use crate::io::{ImportOptions, ImportPreview, LineKind};
use crate::store::EventStore;
use anyhow::{Context, Result, anyhow, bail};
use clap::{ArgGroup, Parser, Subcommand};
use serde_json::{Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(
    name = "seatplan",
    version,
    about = "Seating planner for large events. Every edit is stored at once; any past action can be undone.",
    long_about = "Seating planner for large events. Every edit is stored at once; any past action can be undone.\n\n\
                  Without a command, seatplan opens its window (with FILE, that plan).",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A plan to open in the window.
    pub file: Option<PathBuf>,
    /// What to do (without one, the window opens).
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Create an empty plan.
    New {
        /// The new plan file (e.g. party.seatplan).
        file: PathBuf,
    },
    /// Write a generated demo plan (rooms, tables, guests, a draw and a believable history).
    Demo {
        /// The new plan file.
        file: PathBuf,
        /// Number of guests.
        #[arg(long, default_value_t = DEFAULT_GUESTS)]
        guests: usize,
        /// Seed of the generator (same seed, same plan).
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        /// Replace FILE if it is an existing seatplan file (never another kind of file).
        #[arg(long)]
        force: bool,
    },
    /// Show the current plan.
    Show {
        /// The plan file.
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show the timeline, oldest first.
    History {
        /// The plan file.
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Preview undoing a batch; with --yes, undo it.
    Undo {
        /// The plan file.
        file: PathBuf,
        /// The batch number (from `history`), or the action's id (`history --json`).
        batch: String,
        /// Commit the undo after showing the preview.
        #[arg(long)]
        yes: bool,
    },
    /// Preview redoing an undone batch; with --yes, redo it.
    Redo {
        /// The plan file.
        file: PathBuf,
        /// The batch number (from `history`), or the action's id (`history --json`).
        batch: String,
        /// Commit the redo after showing the preview.
        #[arg(long)]
        yes: bool,
    },
    /// Make a logical table a VIP table (or a regular one with --off).
    Vip {
        /// The plan file.
        file: PathBuf,
        /// The logical table's name.
        logical_name: String,
        /// Clear the VIP flag instead.
        #[arg(long)]
        off: bool,
    },
    /// Merge another copy of the plan: preview what it brings; with --yes, merge it.
    Merge {
        /// The plan file (changed with --yes).
        file: PathBuf,
        /// The other copy (only read).
        other: PathBuf,
        /// Merge after showing the preview.
        #[arg(long)]
        yes: bool,
        /// Print the preview as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Save a consistent copy of a plan for a colleague (also while a window holds it).
    Copy {
        /// The plan file (only read).
        file: PathBuf,
        /// The copy (must not exist; `.seatplan` is added unless it ends so).
        out: PathBuf,
    },
    /// Write a new plan with every action of a damaged one that can still be read.
    Recover {
        /// The damaged plan (only read).
        file: PathBuf,
        /// The new plan (must not exist).
        out: PathBuf,
    },
    /// Mark physical tables accessible — step-free, near the door (or not, with --off).
    Accessible {
        /// The plan file.
        file: PathBuf,
        /// The tables' numbers.
        #[arg(required = true)]
        numbers: Vec<String>,
        /// Mark them not accessible instead.
        #[arg(long)]
        off: bool,
    },
    /// Give a logical table a physical table (or take it away with --none).
    #[command(group(ArgGroup::new("target").required(true).args(["physical_number", "none"])))]
    Assign {
        /// The plan file.
        file: PathBuf,
        /// The logical table's name.
        logical_name: String,
        /// The physical table's number.
        physical_number: Option<String>,
        /// Unassign instead.
        #[arg(long)]
        none: bool,
    },
    /// Seat a guest at a logical table (or unseat with --none).
    #[command(group(ArgGroup::new("target").required(true).args(["logical_name", "none"])))]
    Seat {
        /// The plan file.
        file: PathBuf,
        /// The guest's email address.
        guest_email: String,
        /// The logical table's name.
        logical_name: Option<String>,
        /// Unseat instead.
        #[arg(long)]
        none: bool,
    },
    /// Check the file's integrity and replay; exit status 0 when clean.
    Check {
        /// The plan file.
        file: PathBuf,
    },
    /// For crash tests: applies batches in a loop (edits, imports, undos, redos) and prints
    /// "committed BATCH EVENTS" after each commit, until killed.
    #[command(hide = true)]
    Stress {
        /// The plan file (created if missing).
        file: PathBuf,
        /// Seed of the action sequence.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Stop after this many batches (default: never).
        #[arg(long)]
        batches: Option<u64>,
    },
    /// Reads a workbook and prints it as JSON (the isolated reader behind imports).
    #[command(hide = true, name = READ_SHEET)]
    ReadSheet {
        /// The spreadsheet.
        sheetfile: PathBuf,
        /// The sheet to read.
        #[arg(long)]
        sheet: Option<String>,
    },
    /// Import a guest list (.xlsx, .xls, .ods, .csv) as one undoable action.
    ImportGuests {
        /// The plan file.
        file: PathBuf,
        /// The spreadsheet.
        sheetfile: PathBuf,
        /// The sheet to read (default: the first visible one).
        #[arg(long)]
        sheet: Option<String>,
        /// Only show what would change.
        #[arg(long)]
        dry_run: bool,
        /// Columns no built-in field reads become new custom fields (kind guessed).
        #[arg(long)]
        new_fields: bool,
        /// An empty cell clears an existing guest's value (not names, not the table); without
        /// it an empty cell keeps the value.
        #[arg(long)]
        empty_clears: bool,
    },
    /// Import the table draw (never changes VIP tables) as one undoable action.
    ImportDraw {
        /// The plan file.
        file: PathBuf,
        /// The spreadsheet.
        sheetfile: PathBuf,
        /// The sheet to read (default: the first visible one).
        #[arg(long)]
        sheet: Option<String>,
        /// Only show what would change.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the seating lists (.xlsx, plus an A–Z .csv beside it, named OUT-a-z.csv).
    ExportSeating {
        /// The plan file.
        file: PathBuf,
        /// The workbook to write (.xlsx).
        out: PathBuf,
        /// Replace OUT and its A–Z .csv if they exist (never a plan or another database).
        #[arg(long)]
        force: bool,
    },
    /// Write the floor plan, to scale and fitted to landscape paper, as PDF, SVG or PNG (the whole
    /// venue, or one room).
    ExportFloorplan {
        /// The plan file.
        file: PathBuf,
        /// The file to write; its extension (.pdf, .svg, .png) chooses the format.
        out: PathBuf,
        /// Only this room.
        #[arg(long)]
        room: Option<String>,
        /// The paper it is fitted to.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Replace OUT if it exists (never a plan or another database).
        #[arg(long)]
        force: bool,
    },
    /// Print to PDF: the floor plan, seating lists, table cards or place cards.
    Print {
        /// The plan file.
        file: PathBuf,
        /// What to print.
        #[arg(value_enum)]
        what: PrintWhat,
        /// The PDF file to write.
        out: PathBuf,
        /// Paper for the floor plan (landscape). Lists and cards are always A4.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Floor plan of this room only.
        #[arg(long, conflicts_with = "each_room")]
        room: Option<String>,
        /// Floor plan with every room on its own page.
        #[arg(long)]
        each_room: bool,
        /// Seating lists (by table, A–Z): custom fields shown beside each guest.
        #[arg(long, value_delimiter = ',', value_name = "FIELD,…")]
        fields: Vec<String>,
        /// Replace OUT if it exists (never a plan or another database).
        #[arg(long)]
        force: bool,
    },
    /// Write one .eml per seated guest with an email, plus mail-merge.csv, into a folder.
    ExportEmails {
        /// The plan file.
        file: PathBuf,
        /// The folder: new, empty, or holding an earlier email export (which is replaced).
        dir: PathBuf,
    },
    /// Add a room, placed beside the existing rooms.
    AddRoom {
        /// The plan file.
        file: PathBuf,
        /// The room's name.
        name: String,
        /// Width in metres.
        #[arg(long)]
        width_m: String,
        /// Height (depth on the plan) in metres.
        #[arg(long)]
        height_m: String,
    },
    /// Add tables to a room in a grid, numbered on from the highest table number.
    AddTables {
        /// The plan file.
        file: PathBuf,
        /// The room.
        room: String,
        /// How many tables.
        #[arg(long)]
        count: usize,
        /// Seats per table.
        #[arg(long)]
        seats: u32,
        /// round or rectangular.
        #[arg(long, value_enum, default_value = "round")]
        shape: ShapeArg,
        /// The first table number (default: one more than the highest).
        #[arg(long)]
        first: Option<String>,
    },
    /// Add a logical table (optionally with its physical table, or as a VIP table).
    AddLogical {
        /// The plan file.
        file: PathBuf,
        /// The logical table's name.
        name: String,
        /// The physical table it gets.
        #[arg(long)]
        table: Option<String>,
        /// Make it a VIP table.
        #[arg(long)]
        vip: bool,
    },
    /// Import wishes (Guest, With, Weight, Rule) as one undoable action.
    ImportWishes {
        /// The plan file.
        file: PathBuf,
        /// The spreadsheet.
        sheetfile: PathBuf,
        /// The sheet to read (default: the first visible one).
        #[arg(long)]
        sheet: Option<String>,
        /// Only show what would change.
        #[arg(long)]
        dry_run: bool,
    },
    /// Define, rename or remove a custom guest field.
    Field {
        /// The plan file.
        file: PathBuf,
        /// What to do with the field.
        #[command(subcommand)]
        action: FieldAction,
    },
    /// Set a guest's value of a custom field (an empty value clears it).
    Set {
        /// The plan file.
        file: PathBuf,
        /// The guest: email, or "First Last" when only one guest has that name.
        guest: String,
        /// The field's name.
        field: String,
        /// The value (yes/no, ja/nein; a number, also negative; one of a choice's options; text).
        #[arg(allow_hyphen_values = true)]
        value: String,
    },
    /// Pin a guest where they sit (automatic seating leaves them there), or unpin with --off.
    Pin {
        /// The plan file.
        file: PathBuf,
        /// The guest: email, or "First Last" when only one guest has that name.
        guest: String,
        /// Unpin instead.
        #[arg(long)]
        off: bool,
    },
    /// Seat guests automatically by their wishes; a preview, or with --yes one undoable action.
    AutoSeat {
        /// The plan file.
        file: PathBuf,
        /// Re-seat every guest not pinned and not at a VIP table (default: unseated guests).
        #[arg(long)]
        all: bool,
        /// Nobody alone: each seated guest knows at least K at the table.
        #[arg(long, value_name = "K", default_value_t = 0)]
        min_known: u32,
        /// Weight of a same-department pair at one table (0: off).
        #[arg(long, value_name = "W", allow_negative_numbers = true,
              default_value_t = crate::seating::DEFAULT_DEPARTMENT_WEIGHT)]
        department_weight: i32,
        /// Time budget in seconds (4, 0,5 or 0.5).
        #[arg(long, value_name = "S", default_value = "4")]
        seconds: String,
        /// Seed of the search.
        #[arg(long, value_name = "N", default_value_t = 1)]
        seed: u64,
        /// Steps per worker instead of a time budget (the same seed then gives the same plan).
        #[arg(long, value_name = "N")]
        steps: Option<u64>,
        /// A custom field whose equal values like to sit together, instead of the department.
        #[arg(long, value_name = "FIELD")]
        group_by: Option<String>,
        /// A yes/no field: guests with "yes" (and their party) sit only at accessible tables.
        #[arg(long, value_name = "FIELD")]
        needs_access: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Apply the result (one batch).
        #[arg(long)]
        yes: bool,
    },
}

/// What `seatplan field FILE …` does.
#[derive(Debug, Subcommand)]
pub enum FieldAction {
    /// Define a field.
    Add {
        /// Its name.
        name: String,
        /// What values it takes.
        #[arg(long, value_enum)]
        kind: FieldKindArg,
        /// A choice's options, separated by commas.
        #[arg(long, value_delimiter = ',')]
        options: Vec<String>,
    },
    /// Rename a field (its values are kept).
    Rename {
        /// Its name.
        name: String,
        /// The new name.
        new: String,
    },
    /// Remove a field with its values (undo brings them back).
    Remove {
        /// Its name.
        name: String,
    },
    /// Add an option to a choice field.
    AddOption {
        /// The field's name.
        name: String,
        /// The new option.
        option: String,
    },
    /// Remove an option of a choice field (the guests who chose it have no value then; undo
    /// brings it back).
    RemoveOption {
        /// The field's name.
        name: String,
        /// The option.
        option: String,
    },
    /// Rename an option of a choice field (the guests who chose it keep it).
    RenameOption {
        /// The field's name.
        name: String,
        /// The option as it is named now.
        from: String,
        /// Its new name.
        to: String,
    },
}

/// A custom field's kind on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FieldKindArg {
    /// Any text.
    Text,
    /// Yes or no.
    #[value(alias = "ja-nein")]
    YesNo,
    /// One of the listed options.
    #[value(alias = "auswahl")]
    Choice,
    /// A number.
    #[value(alias = "zahl")]
    Number,
}

impl From<FieldKindArg> for crate::domain::FieldKind {
    fn from(kind: FieldKindArg) -> Self {
        match kind {
            FieldKindArg::Text => crate::domain::FieldKind::Text,
            FieldKindArg::YesNo => crate::domain::FieldKind::YesNo,
            FieldKindArg::Choice => crate::domain::FieldKind::Choice,
            FieldKindArg::Number => crate::domain::FieldKind::Number,
        }
    }
}

/// A table shape on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShapeArg {
    /// Round.
    Round,
    /// Rectangular.
    Rectangular,
}

impl From<ShapeArg> for crate::domain::TableShape {
    fn from(shape: ShapeArg) -> Self {
        match shape {
            ShapeArg::Round => crate::domain::TableShape::Round,
            ShapeArg::Rectangular => crate::domain::TableShape::Rectangular,
        }
    }
}

/// What `seatplan print` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PrintWhat {
    /// The floor plan, to scale, with scale bar and legend.
    FloorPlan,
    /// Every table with its guests.
    ByTable,
    /// Every guest A–Z with their table.
    #[value(name = "a-z")]
    AToZ,
    /// A folded A5 card per table: number and logical table.
    TableCards,
    /// Folded place cards, eight per A4 sheet: guest name and table.
    PlaceCards,
}

/// Paper size on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperArg {
    /// 297 × 210 mm landscape.
    A4,
    /// 420 × 297 mm landscape.
    A3,
}

impl From<PaperArg> for Paper {
    fn from(paper: PaperArg) -> Self {
        match paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::A3 => Paper::A3,
        }
    }
}

/// The hidden subcommand a child process runs to read one workbook (see `ReadSheet`).
pub const READ_SHEET: &str = "read-sheet";

/// How the core starts a child reader: this program's `read-sheet` subcommand.
pub fn child_reader(program: PathBuf) -> crate::io::sheet::ChildReader {
    crate::io::sheet::ChildReader {
        program,
        args: vec![READ_SHEET.into()],
    }
}

/// The room named `name`, or a clear error.
fn room_named(plan: &Plan, name: &str) -> Result<crate::domain::RoomId> {
    plan.room_named(name)
        .map(|r| r.id)
        .ok_or_else(|| anyhow!(t!("cli-no-room", name = name)))
}

/// Runs one CLI invocation, writing to `out`. `Ok(code)` for a completed run (a `check` that
/// found problems completes with a non-zero code); `Err` for a failure (nothing was written).
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<ExitCode> {
    let Some(command) = cli.command else {
        crate::ui::run(cli.file)?;
        return Ok(ExitCode::SUCCESS);
    };
    match command {
        CliCommand::New { file } => {
            Document::create(&file)?;
            writeln!(
                out,
                "{}",
                t!("cli-created", file = file.display().to_string())
            )?;
        }
        CliCommand::Demo {
            file,
            guests,
            seed,
            force,
        } => {
            if guests == 0 || guests > 200_000 {
                bail!(t!("cli-guests-range", guests = guests.to_string()));
            }
            if force && file.exists() {
                replace_plan_file(&file)?;
            }
            let doc = write_demo(&file, guests, seed)?;
            writeln!(
                out,
                "{}",
                t!("cli-wrote-demo", file = file.display().to_string())
            )?;
            write_summary(out, &doc)?;
            writeln!(out)?;
            write_timeline(out, &doc, &doc.timeline())?;
        }
        CliCommand::Show { file, json } => {
            let doc = Document::open_or_read_only(&file)?;
            if json {
                let mut shown = plan_json(doc.plan());
                if let Some(object) = shown.as_object_mut() {
                    object.insert("plan_id".into(), json!(doc.plan_id()));
                }
                writeln!(out, "{}", serde_json::to_string_pretty(&shown)?)?;
            } else {
                write_summary(out, &doc)?;
                write_plan(out, doc.plan())?;
            }
        }
        CliCommand::History { file, json } => {
            let doc = Document::open_or_read_only(&file)?;
            let timeline = doc.timeline();
            if json {
                let rows: Vec<Value> = timeline.iter().map(timeline_json).collect();
                writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
            } else {
                write_timeline(out, &doc, &timeline)?;
            }
        }
        CliCommand::Undo { file, batch, yes } => {
            // A preview writes nothing: it works on a read-only plan too.
            let mut doc = open_for(&file, yes)?;
            let batch = batch_named(&doc, &batch)?;
            let preview = doc.preview_undo(batch)?;
            history_action(out, &mut doc, preview, yes)?;
        }
        CliCommand::Redo { file, batch, yes } => {
            let mut doc = open_for(&file, yes)?;
            let batch = batch_named(&doc, &batch)?;
            let preview = doc.preview_redo(batch)?;
            history_action(out, &mut doc, preview, yes)?;
        }
        CliCommand::Vip {
            file,
            logical_name,
            off,
        } => {
            let mut doc = Document::open(&file)?;
            let logical = find_logical(doc.plan(), &logical_name)?;
            execute(out, &mut doc, &Command::SetVip { logical, vip: !off })?;
        }
        CliCommand::Recover { file, out: target } => recover(out, &file, &target)?,
        CliCommand::Copy { file, out: target } => copy::copy(out, &file, &target)?,
        CliCommand::Merge {
            file,
            other,
            yes,
            json,
        } => merge(out, &file, &other, yes, json)?,
        CliCommand::Accessible { file, numbers, off } => {
            let mut doc = Document::open(&file)?;
            let tables = numbers
                .iter()
                .map(|number| {
                    doc.plan()
                        .table_numbered(number)
                        .map(|t| t.id)
                        .ok_or_else(|| anyhow!(t!("cli-no-table", number = number.as_str())))
                })
                .collect::<Result<Vec<_>>>()?;
            let command = Command::SetTablesAccessible {
                tables,
                accessible: !off,
            };
            execute(out, &mut doc, &command)?;
        }
        CliCommand::Assign {
            file,
            logical_name,
            physical_number,
            ..
        } => {
            let mut doc = Document::open(&file)?;
            let logical = find_logical(doc.plan(), &logical_name)?;
            let table = match physical_number {
                Some(number) => Some(
                    doc.plan()
                        .table_numbered(&number)
                        .map(|t| t.id)
                        .ok_or_else(|| anyhow!(t!("cli-no-table", number = number.as_str())))?,
                ),
                None => None,
            };
            execute(out, &mut doc, &Command::AssignTable { logical, table })?;
        }
        CliCommand::Seat {
            file,
            guest_email,
            logical_name,
            ..
        } => {
            let mut doc = Document::open(&file)?;
            let guest = doc
                .plan()
                .guest_with_email(&guest_email)
                .map(|g| g.id)
                .ok_or_else(|| anyhow!(t!("cli-no-guest-email", email = guest_email.as_str())))?;
            let logical = match logical_name {
                Some(name) => Some(find_logical(doc.plan(), &name)?),
                None => None,
            };
            execute(
                out,
                &mut doc,
                &Command::SeatGuests {
                    guests: vec![guest],
                    logical,
                },
            )?;
        }
        CliCommand::Check { file } => return check(out, &file),
        CliCommand::ImportGuests {
            file,
            sheetfile,
            sheet,
            dry_run,
            new_fields,
            empty_clears,
        } => import(
            out,
            &file,
            &sheetfile,
            ImportOptions {
                sheet,
                new_fields,
                empty_clears,
                ..ImportOptions::default()
            },
            dry_run,
            preview_guest_import,
        )?,
        CliCommand::ImportDraw {
            file,
            sheetfile,
            sheet,
            dry_run,
        } => import(
            out,
            &file,
            &sheetfile,
            ImportOptions {
                sheet,
                ..ImportOptions::default()
            },
            dry_run,
            preview_draw_import,
        )?,
        CliCommand::ImportWishes {
            file,
            sheetfile,
            sheet,
            dry_run,
        } => import(
            out,
            &file,
            &sheetfile,
            ImportOptions {
                sheet,
                ..ImportOptions::default()
            },
            dry_run,
            crate::io::wishes::preview_wish_import,
        )?,
        CliCommand::Field { file, action } => fields::field(out, &file, action)?,
        CliCommand::Set {
            file,
            guest,
            field,
            value,
        } => fields::set(out, &file, &guest, &field, &value)?,
        CliCommand::Pin { file, guest, off } => pin::pin(out, &file, &guest, off)?,
        CliCommand::AddRoom {
            file,
            name,
            width_m,
            height_m,
        } => seating::add_room(out, &file, &name, &width_m, &height_m)?,
        CliCommand::AddTables {
            file,
            room,
            count,
            seats,
            shape,
            first,
        } => seating::add_tables(
            out,
            &file,
            &room,
            count,
            seats,
            shape.into(),
            first.as_deref(),
        )?,
        CliCommand::AddLogical {
            file,
            name,
            table,
            vip,
        } => seating::add_logical(out, &file, &name, table.as_deref(), vip)?,
        CliCommand::AutoSeat {
            file,
            all,
            min_known,
            department_weight,
            seconds,
            seed,
            steps,
            group_by,
            needs_access,
            json,
            yes,
        } => seating::auto_seat(
            out,
            &file,
            seating::AutoSeatArgs {
                all,
                min_known,
                department_weight,
                seconds,
                seed,
                steps,
                group_by,
                needs_access,
                json,
                yes,
            },
        )?,
        CliCommand::Stress {
            file,
            seed,
            batches,
        } => stress(out, &file, seed, batches)?,
        CliCommand::ReadSheet { sheetfile, sheet } => {
            let display = sheetfile.display().to_string();
            let result =
                crate::io::sheet::read_workbook_here(&sheetfile, &display, sheet.as_deref())
                    .map_err(|e| e.to_string());
            writeln!(out, "{}", serde_json::to_string(&result)?)?;
        }
        CliCommand::ExportFloorplan {
            file,
            out: target,
            room,
            paper,
            force,
        } => {
            let doc = Document::open_or_read_only(&file)?;
            let room = room.map(|name| room_named(doc.plan(), &name)).transpose()?;
            let context = PrintContext::for_file(&file);
            let rules = OutputRules::for_plan(&file, force);
            let report =
                export_floor_plan(doc.plan(), room, paper.into(), &context, &target, &rules)
                    .map_err(|e| force_hint(e.into()))?;
            writeln!(
                out,
                "{}",
                t!("cli-wrote", file = target.display().to_string())
            )?;
            if let Some(warning) = report.warning() {
                eprintln!("{}", t!("cli-warning", warning = warning));
            }
        }
        CliCommand::Print {
            file,
            what,
            out: target,
            paper,
            room,
            each_room,
            fields,
            force,
        } => {
            let doc = Document::open_or_read_only(&file)?;
            for name in &fields {
                if doc.plan().field_named(name).is_none() {
                    bail!(t!("cli-no-field", name = name.as_str()));
                }
            }
            let scope = match (room, each_room) {
                (Some(name), _) => FloorPlanScope::Room(room_named(doc.plan(), &name)?),
                (None, true) => FloorPlanScope::EachRoom,
                (None, false) => FloorPlanScope::Venue,
            };
            let printout = match what {
                PrintWhat::FloorPlan => Printout::FloorPlan {
                    scope,
                    paper: paper.into(),
                },
                PrintWhat::ByTable => Printout::SeatingByTable,
                PrintWhat::AToZ => Printout::GuestsAToZ,
                PrintWhat::TableCards => Printout::TableCards,
                PrintWhat::PlaceCards => Printout::PlaceCards,
            };
            if !fields.is_empty() && !matches!(what, PrintWhat::ByTable | PrintWhat::AToZ) {
                bail!(t!("cli-fields-only-lists"));
            }
            let mut context = PrintContext::for_file(&file);
            context.fields = fields;
            let rules = OutputRules::for_plan(&file, force);
            let report = print_pdf(doc.plan(), printout, &context, &target, &rules)
                .map_err(|e| force_hint(e.into()))?;
            writeln!(
                out,
                "{}",
                t!(
                    "cli-wrote-pages",
                    file = target.display().to_string(),
                    pages = report.pages
                )
            )?;
            if let Some(warning) = report.warning() {
                eprintln!("{}", t!("cli-warning", warning = warning));
            }
        }
        CliCommand::ExportSeating {
            file,
            out: target,
            force,
        } => {
            let doc = Document::open_or_read_only(&file)?;
            let csv = export_seating(doc.plan(), &target, &OutputRules::for_plan(&file, force))
                .map_err(|e| force_hint(e.into()))?;
            writeln!(
                out,
                "{}",
                t!(
                    "cli-wrote-two",
                    first = target.display().to_string(),
                    second = csv.display().to_string()
                )
            )?;
        }
        CliCommand::ExportEmails { file, dir } => {
            let doc = Document::open_or_read_only(&file)?;
            let report = export_emails(doc.plan(), &dir)?;
            // A placeholder that is no field (a typo, a field renamed or removed) is written as
            // it is: say so.
            let template = doc.plan().email_template();
            let text = format!("{}\n{}", template.subject, template.body);
            let unknown = crate::io::email::unknown_placeholders(&text, doc.plan());
            if !unknown.is_empty() {
                eprintln!(
                    "{}",
                    t!("cli-unknown-placeholders", list = unknown.join(", "))
                );
            }
            writeln!(
                out,
                "{}",
                t!(
                    "cli-wrote-emails",
                    count = report.written.len(),
                    list = report
                        .csv
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                    folder = dir.display().to_string()
                )
            )?;
            if !report.without_email.is_empty() {
                writeln!(
                    out,
                    "{}",
                    t!(
                        "cli-seated-without-email",
                        count = report.without_email.len(),
                        names = report.without_email.join(", ")
                    )
                )?;
            }
            if !report.without_seat.is_empty() {
                writeln!(
                    out,
                    "{}",
                    t!(
                        "cli-not-seated-no-email",
                        count = report.without_seat.len(),
                        names = report.without_seat.join(", ")
                    )
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The crash-test driver behind `seatplan stress`.
fn stress(out: &mut dyn Write, file: &Path, seed: u64, limit: Option<u64>) -> Result<()> {
    use crate::demo::DemoRng;
    use crate::domain::{GuestFields, NewTable, TableMove, TableShape};
    let mut doc = if file.exists() {
        Document::open(file)?
    } else {
        Document::create(file)?
    };
    if doc.plan().room_named("Saal").is_none() {
        doc.execute(&Command::CreateRoom {
            name: "Saal".into(),
            width_m: 60.0,
            height_m: 40.0,
            x_m: 0.0,
            y_m: 0.0,
        })?;
    }
    let room = doc
        .plan()
        .room_named("Saal")
        .map(|r| r.id)
        .ok_or_else(|| anyhow!("the stress plan has no room “Saal”"))?;
    let mut rng = DemoRng::new(seed ^ doc.event_count() as u64);
    let mut done = 0u64;
    while limit.is_none_or(|l| done < l) {
        let tables: Vec<_> = doc.plan().tables().map(|t| t.id).collect();
        let guests: Vec<_> = doc.plan().guests().map(|g| g.id).collect();
        let logical: Vec<_> = doc.plan().logical_tables().map(|l| l.id).collect();
        let n = doc.next_id();
        let command = match rng.below(10) {
            0 | 1 if tables.len() < 200 => Command::AddTable(NewTable {
                number: None,
                room,
                shape: TableShape::Round,
                width_m: 1.8,
                depth_m: 1.8,
                seats: 10,
                x_m: 2.0 + rng.below(56) as f64,
                y_m: 2.0 + rng.below(36) as f64,
                rotation_deg: 0.0,
            }),
            2 => Command::CreateLogicalTable {
                name: format!("Team {n}"),
                vip: rng.chance(10),
            },
            3 => Command::Many {
                description: "Imported guests from stress.xlsx".into(),
                commands: (0..50)
                    .map(|i| {
                        Command::AddGuest(GuestFields {
                            first_name: format!("Gast {n}-{i}"),
                            last_name: "Stress".into(),
                            ..GuestFields::default()
                        })
                    })
                    .collect(),
            },
            4 if !guests.is_empty() && !logical.is_empty() => Command::SeatGuests {
                guests: (0..5).map(|_| *rng.pick(&guests)).collect(),
                logical: Some(*rng.pick(&logical)),
            },
            5 if !tables.is_empty() && !logical.is_empty() => Command::AssignTable {
                logical: *rng.pick(&logical),
                table: Some(*rng.pick(&tables)),
            },
            6 => {
                if let Some(batch) = doc.last_undoable() {
                    let marker = doc.undo(batch)?;
                    writeln!(out, "committed {marker} {}", doc.event_count())?;
                    out.flush()?;
                    done += 1;
                }
                continue;
            }
            7 => {
                if let Some(batch) = doc.last_redoable() {
                    let marker = doc.redo(batch)?;
                    writeln!(out, "committed {marker} {}", doc.event_count())?;
                    out.flush()?;
                    done += 1;
                }
                continue;
            }
            _ if !tables.is_empty() => Command::MoveTables(vec![TableMove {
                table: *rng.pick(&tables),
                room,
                x_m: 2.0 + rng.below(56) as f64,
                y_m: 2.0 + rng.below(36) as f64,
            }]),
            _ => continue,
        };
        // Rejections (a table that would overlap the wall, say) are part of normal life.
        if let Ok(Some(batch)) = doc.execute(&command) {
            writeln!(out, "committed {batch} {}", doc.event_count())?;
            out.flush()?;
            done += 1;
        }
    }
    Ok(())
}

/// The type of `preview_guest_import` and `preview_draw_import`.
type PreviewFn = fn(&Plan, &Path, &ImportOptions) -> Result<ImportPreview, crate::io::ImportError>;

/// Opens the plan, previews the import of `sheetfile` and applies it (see [`apply_import`]).
fn import(
    out: &mut dyn Write,
    file: &Path,
    sheetfile: &Path,
    options: ImportOptions,
    dry_run: bool,
    preview: PreviewFn,
) -> Result<()> {
    let mut doc = open_for(file, !dry_run)?;
    let mut preview = preview(doc.plan(), sheetfile, &options)?;
    if dry_run {
        // What the import would meet when applied (applied at once, it meets it then).
        preview.check_against(doc.plan());
    }
    apply_import(out, &mut doc, preview, dry_run)
}

/// An export's "the file already exists" with the CLI's way out.
/// Whether an error says a plan is damaged in a way `seatplan recover` may rescue from.
pub fn suggests_recover(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<crate::store::StoreError>()
            .is_some_and(crate::store::StoreError::suggests_recover)
            || matches!(
                cause.downcast_ref::<crate::history::HistoryError>(),
                Some(crate::history::HistoryError::Store(e)) if e.suggests_recover()
            )
    })
}

fn force_hint(error: anyhow::Error) -> anyhow::Error {
    use crate::io::export::ExportError;
    use crate::io::print::PrintError;
    let exists = matches!(
        error.downcast_ref::<ExportError>(),
        Some(ExportError::Exists(_))
    ) || matches!(
        error.downcast_ref::<PrintError>(),
        Some(PrintError::Write(ExportError::Exists(_)))
    );
    if exists {
        anyhow!(t!("cli-add-force", error = error.to_string()))
    } else {
        error
    }
}

/// Most problems of an import printed (a wrong file can have a problem in every row).
const PROBLEM_LINES: usize = 50;

/// Opens a plan to change it (`write`), or only to look at it — then a read-only plan opens too.
/// The batch a command line names: its number, or its global id (at least 8 leading characters
/// are enough) — numbers can move when a merge slots in actions made earlier, ids never change.
fn batch_named(doc: &Document, text: &str) -> Result<u64> {
    let text = text.trim();
    let number = text.parse::<u64>().ok();
    let wanted = text.to_ascii_lowercase();
    if wanted.len() < 8 {
        // Short: a number (ids are given with at least 8 characters).
        return number.ok_or_else(|| anyhow!(t!("cli-bad-batch", text = text)));
    }
    let found: Vec<u64> = doc
        .timeline()
        .iter()
        .filter(|e| e.id.to_ascii_lowercase().starts_with(&wanted))
        .map(|e| e.batch)
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        // Eight digits or more that start no id: a (large) number after all.
        [] if number.is_some() => Ok(number.unwrap_or_default()),
        [] => bail!(t!("cli-no-such-action", text = text)),
        _ => bail!(t!("cli-ambiguous-action", text = text, count = found.len())),
    }
}

fn open_for(file: &Path, write: bool) -> Result<Document> {
    Ok(if write {
        Document::open(file)?
    } else {
        Document::open_or_read_only(file)?
    })
}

/// Prints an import preview; applies it unless `dry_run`. Errors in the file fail the command
/// (problems on stderr with their rows) and write nothing.
fn apply_import(
    out: &mut dyn Write,
    doc: &mut Document,
    preview: ImportPreview,
    dry_run: bool,
) -> Result<()> {
    let heading = t!(
        "cli-import-heading",
        file = preview.file_name.as_str(),
        sheet = preview.sheet.as_str(),
        row = preview.header_row.to_string()
    );
    match &preview.encoding {
        Some(encoding) => writeln!(
            out,
            "{heading}{}",
            t!("cli-import-encoding", encoding = encoding.to_string())
        )?,
        None => writeln!(out, "{heading}")?,
    }
    if let Some(columns) = preview.columns_read_as() {
        writeln!(out, "  {columns}")?;
    }
    writeln!(out, "{}", preview.summary())?;
    let errors = preview.errors();
    for line in preview.lines.iter().filter(|l| l.kind != LineKind::Error) {
        writeln!(out, "  {line}")?;
    }
    if errors > 0 {
        let mut problems: Vec<String> = preview
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Error)
            .take(PROBLEM_LINES)
            .map(ToString::to_string)
            .collect();
        if errors > PROBLEM_LINES {
            problems.push(t!("cli-more-problems", count = errors - PROBLEM_LINES));
        }
        bail!(
            "{}:\n  {}",
            t!(
                "cli-import-problems",
                file = preview.file_name.as_str(),
                count = errors
            ),
            problems.join("\n  ")
        );
    }
    if preview.kept_empty > 0 {
        writeln!(out, "  {}", t!("cli-import-empty-clears-hint"))?;
    }
    match (preview.command, dry_run) {
        (None, _) => writeln!(out, "{}", t!("cli-import-no-changes"))?,
        (Some(_), true) => writeln!(out, "{}", t!("cli-dry-run"))?,
        (Some(command), false) => match doc.execute(&command)? {
            Some(batch) => write_batch(out, doc, batch)?,
            None => writeln!(out, "{}", t!("cli-import-no-changes"))?,
        },
    }
    Ok(())
}

/// Deletes an existing *seatplan* file (and its WAL) so `demo --force` can write a new one.
/// Anything else — another program's file, a plan open elsewhere — is refused untouched.
fn replace_plan_file(file: &Path) -> Result<()> {
    let (store, _) = EventStore::open(file).with_context(|| t!("cli-refuse-replace"))?;
    drop(store);
    std::fs::remove_file(file)
        .with_context(|| t!("cli-cannot-remove", file = file.display().to_string()))?;
    for suffix in ["-wal", "-shm"] {
        let mut side = file.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(side));
    }
    Ok(())
}

fn find_logical(plan: &Plan, name: &str) -> Result<crate::domain::LogicalId> {
    plan.logical_named(name)
        .map(|l| l.id)
        .ok_or_else(|| anyhow!(t!("cli-no-logical", name = name)))
}

fn execute(out: &mut dyn Write, doc: &mut Document, command: &Command) -> Result<()> {
    match doc.execute(command)? {
        Some(batch) => write_batch(out, doc, batch)?,
        None => writeln!(out, "{}", t!("cli-nothing-to-change"))?,
    }
    Ok(())
}

/// "Batch 20: Guest Ben Wagner seated at “Controlling”", in the current language.
fn write_batch(out: &mut dyn Write, doc: &Document, batch: u64) -> Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "cli-batch",
            batch = batch.to_string(),
            what = doc.describe_batch(batch)
        )
    )?;
    Ok(())
}

/// Lists a preview's changes and consequences; commits it when `yes`.
fn history_action(
    out: &mut dyn Write,
    doc: &mut Document,
    preview: HistoryPreview,
    yes: bool,
) -> Result<()> {
    write_preview(out, doc, &preview)?;
    let undo = preview.action == HistoryAction::Undo;
    if yes {
        let batch = preview.batch.to_string();
        let marker = doc.commit(preview)?.to_string();
        let done = if undo {
            t!("cli-undo-done", batch = batch, marker = marker)
        } else {
            t!("cli-redo-done", batch = batch, marker = marker)
        };
        writeln!(out, "{done}")?;
    } else if undo {
        writeln!(out, "{}", t!("cli-undo-needs-yes"))?;
    } else {
        writeln!(out, "{}", t!("cli-redo-needs-yes"))?;
    }
    Ok(())
}

/// Most preview lines printed per section before "… and N more".
const PREVIEW_LINES: usize = 40;

fn write_preview(out: &mut dyn Write, doc: &Document, p: &HistoryPreview) -> Result<()> {
    let heading = match p.action {
        HistoryAction::Undo => t!(
            "cli-preview-undo",
            batch = p.batch.to_string(),
            what = p.description.as_str()
        ),
        HistoryAction::Redo => t!(
            "cli-preview-redo",
            batch = p.batch.to_string(),
            what = p.description.as_str()
        ),
    };
    writeln!(out, "{heading}")?;
    // What it does to the seating first: counted, where it came from, then each thing.
    if !p.consequences.is_empty() {
        writeln!(out, "{}", t!("cli-preview-consequences"))?;
        for c in &p.consequences {
            writeln!(out, "  {}", c.summary)?;
            for note in &c.notes {
                writeln!(out, "    {note}")?;
            }
            for item in c.items.iter().take(PREVIEW_LINES) {
                writeln!(out, "    {item}")?;
            }
            if c.items.len() > PREVIEW_LINES {
                writeln!(
                    out,
                    "    {}",
                    t!("cli-and-more", count = c.items.len() - PREVIEW_LINES)
                )?;
            }
        }
    }
    if p.changes.is_empty() {
        writeln!(out, "{}", t!("cli-preview-no-change"))?;
    } else {
        writeln!(
            out,
            "{}",
            t!("cli-preview-changes", count = p.changes.len())
        )?;
        write_capped(out, &p.changes)?;
    }
    if !p.affected.is_empty() {
        writeln!(
            out,
            "{}",
            t!("cli-preview-affected", count = p.affected.len())
        )?;
        for a in &p.affected {
            writeln!(out, "  #{} {}", a.batch, a.description)?;
            for d in a.stops_applying.iter().take(PREVIEW_LINES) {
                writeln!(
                    out,
                    "    {}",
                    t!(
                        "cli-preview-stops",
                        what = doc.describe_seq(d.seq),
                        reason = d.reason.to_string()
                    )
                )?;
            }
            if a.stops_applying.len() > PREVIEW_LINES {
                writeln!(
                    out,
                    "    {}",
                    t!(
                        "cli-and-more",
                        count = a.stops_applying.len() - PREVIEW_LINES
                    )
                )?;
            }
            for (seq, event_type) in a.starts_applying.iter().take(PREVIEW_LINES) {
                writeln!(
                    out,
                    "    {}",
                    t!(
                        "cli-preview-starts",
                        seq = seq.to_string(),
                        kind = *event_type
                    )
                )?;
            }
        }
    }
    if !p.overriding.is_empty() {
        writeln!(
            out,
            "{}",
            t!("cli-preview-overriding", count = p.overriding.len())
        )?;
        for o in p.overriding.iter().take(PREVIEW_LINES) {
            writeln!(out, "  #{} {}", o.batch, o.description)?;
        }
    }
    Ok(())
}

fn check(out: &mut dyn Write, file: &Path) -> Result<ExitCode> {
    let doc = Document::open_or_read_only(file)?;
    let integrity = doc.integrity_check()?;
    let diagnostics = doc.diagnostics();
    let (fresh, _) = doc.replay_fresh();
    let mut clean = true;
    writeln!(
        out,
        "{}",
        t!(
            "cli-check-heading",
            file = file.display().to_string(),
            batches = doc.batch_count(),
            events = doc.event_count()
        )
    )?;
    if integrity.is_empty() {
        writeln!(out, "{}", t!("cli-check-integrity-ok"))?;
    } else {
        clean = false;
        for line in &integrity {
            writeln!(
                out,
                "{}",
                t!("cli-check-integrity", problem = line.as_str())
            )?;
        }
    }
    match crate::backup::backups_of(&crate::paths::data_dir(), file).first() {
        Some(b) => writeln!(
            out,
            "{}",
            t!(
                "cli-check-backup",
                file = b.path.display().to_string(),
                taken = crate::i18n::date_time(&b.taken_at())
            )
        )?,
        None => writeln!(out, "{}", t!("cli-check-no-backup"))?,
    }
    if fresh != *doc.plan() {
        clean = false;
        writeln!(out, "{}", t!("cli-check-replay-differs"))?;
    }
    let damaged = doc.damaged_events();
    if diagnostics.is_empty() {
        writeln!(out, "{}", t!("cli-check-replay-ok"))?;
    } else if damaged.is_empty() {
        // After undoing an action, later events that built on it stop applying: that is how
        // undo works, not damage.
        writeln!(
            out,
            "{}",
            t!("cli-check-left-aside", count = diagnostics.len())
        )?;
        write_capped(out, &diagnostics)?;
    } else {
        clean = false;
        writeln!(out, "{}", t!("cli-check-damaged", count = damaged.len()))?;
        for d in &damaged {
            writeln!(out, "  {d}")?;
        }
        let normal = diagnostics.len() - damaged.len();
        if normal > 0 {
            writeln!(out, "{}", t!("cli-check-more-left-aside", count = normal))?;
        }
    }
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn write_summary(out: &mut dyn Write, doc: &Document) -> Result<()> {
    let plan = doc.plan();
    let vip = plan.logical_tables().filter(|l| l.vip).count();
    writeln!(
        out,
        "{}",
        t!(
            "cli-summary",
            rooms = plan.room_count(),
            tables = plan.table_count(),
            logical = plan.logical_count(),
            vip = vip,
            guests = plan.guest_count(),
            seated = plan.seated_count()
        )
    )?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-summary-history",
            batches = doc.batch_count(),
            events = doc.event_count(),
            diagnostics = doc.diagnostics().len()
        )
    )?;
    Ok(())
}

fn write_plan(out: &mut dyn Write, plan: &Plan) -> Result<()> {
    writeln!(out, "\n{}", t!("cli-rooms"))?;
    for room in plan.rooms() {
        let tables = plan.tables().filter(|t| t.room == room.id).count();
        let seats: u32 = plan
            .tables()
            .filter(|t| t.room == room.id)
            .map(|t| t.seats)
            .sum();
        writeln!(
            out,
            "  {:<24} {:>6} × {:<6} m  {}",
            room.name,
            crate::i18n::fixed(room.width_m, 1),
            crate::i18n::fixed(room.height_m, 1),
            t!("cli-room-line", tables = tables, seats = seats)
        )?;
    }
    let seated = plan.seated_per_logical();
    writeln!(out, "\n{}", t!("cli-logical-tables"))?;
    for logical in plan.logical_tables() {
        let table = logical
            .physical
            .and_then(|t| plan.table(t))
            .map_or_else(|| "–".to_owned(), |t| t.number.clone());
        let seats = logical
            .physical
            .and_then(|t| plan.table(t))
            .map_or_else(|| "–".to_owned(), |t| t.seats.to_string());
        writeln!(
            out,
            "  {} {:<28} {:<12} {:>3}/{}",
            if logical.vip { "★" } else { " " },
            logical.name,
            t!("name-table", number = table),
            seated.get(&logical.id).copied().unwrap_or(0),
            seats
        )?;
    }
    let over = plan.over_capacity();
    if !over.is_empty() {
        writeln!(out, "\n{}", t!("cli-over-capacity"))?;
        for (table, n) in over {
            writeln!(
                out,
                "  {}",
                t!(
                    "cli-over-capacity-line",
                    number = table.number.as_str(),
                    guests = n,
                    seats = table.seats
                )
            )?;
        }
    }
    let accessible: Vec<&str> = plan
        .tables()
        .filter(|t| t.accessible)
        .map(|t| t.number.as_str())
        .collect();
    if !accessible.is_empty() {
        writeln!(
            out,
            "\n{}",
            t!("cli-accessible-tables", list = accessible.join(", "))
        )?;
    }
    if !plan.fields().is_empty() {
        writeln!(out, "\n{}", t!("cli-fields-heading"))?;
        let counts = crate::io::export::field_summary(plan);
        let lines = crate::io::export::field_count_lines(&counts);
        for field in plan.fields() {
            let kind = crate::domain::describe::field_kind_label(field.kind);
            let counted = lines
                .iter()
                .find(|l| l.starts_with(&format!("{}:", field.name)))
                .map_or_else(String::new, |l| format!(" —{}", &l[field.name.len() + 1..]));
            writeln!(out, "  {} ({kind}){counted}", field.name)?;
        }
    }
    let unseated = plan.guest_count() - plan.seated_count();
    writeln!(out, "\n{}", t!("cli-unseated", count = unseated))?;
    Ok(())
}

/// The timeline, each action rendered from its events in the current language.
fn write_timeline(out: &mut dyn Write, doc: &Document, timeline: &[TimelineEntry]) -> Result<()> {
    for entry in timeline {
        let when = crate::i18n::date_time(&entry.at);
        // An action another copy brought: the device it was made on and the merge.
        let merged = match entry.merged_by {
            Some(merge) if entry.origin.is_empty() => {
                format!(
                    "  [{}]",
                    t!("timeline-merged-by", batch = merge.to_string())
                )
            }
            Some(merge) => format!(
                "  [{} · {}]",
                t!("timeline-from", device = entry.origin.as_str()),
                t!("timeline-merged-by", batch = merge.to_string())
            ),
            None => String::new(),
        };
        writeln!(
            out,
            "#{:<5} {when}  {:<12} {}{}{merged} ({})",
            entry.batch,
            entry.by,
            doc.describe_batch(entry.batch),
            if entry.reverted {
                format!("  [{}]", t!("cli-undone"))
            } else {
                String::new()
            },
            t!("cli-events", count = entry.events)
        )?;
    }
    Ok(())
}

/// The `show --json` document.
pub fn plan_json(plan: &Plan) -> Value {
    let seated = plan.seated_per_logical();
    let room_name = |id| plan.room(id).map(|r| r.name.clone());
    let table_number = |id| plan.table(id).map(|t| t.number.clone());
    let logical_name = |id| plan.logical_table(id).map(|l| l.name.clone());
    json!({
        "rooms": plan.rooms().map(|r| json!({
            "id": r.id, "name": r.name, "width_m": r.width_m, "height_m": r.height_m,
            "x_m": r.x_m, "y_m": r.y_m,
        })).collect::<Vec<_>>(),
        "physical_tables": plan.tables().map(|t| {
            let holder = plan.holder_of(t.id);
            json!({
                "id": t.id, "number": t.number, "room": room_name(t.room), "seats": t.seats,
                "shape": t.shape.as_str(), "x_m": t.x_m, "y_m": t.y_m, "width_m": t.width_m,
                "depth_m": t.depth_m, "rotation_deg": t.rotation_deg, "accessible": t.accessible,
                "logical_table": holder.map(|l| l.name.clone()),
                "seated": holder.and_then(|l| seated.get(&l.id)).copied().unwrap_or(0),
            })
        }).collect::<Vec<_>>(),
        "logical_tables": plan.logical_tables().map(|l| json!({
            "id": l.id, "name": l.name, "vip": l.vip,
            "physical_table": l.physical.and_then(table_number),
            "seated": seated.get(&l.id).copied().unwrap_or(0),
            "planned_seats": l.planned_seats,
        })).collect::<Vec<_>>(),
        "guests": plan.guests().map(|g| json!({
            "id": g.id, "first_name": g.fields.first_name, "last_name": g.fields.last_name,
            "email": g.fields.email, "department": g.fields.department,
            "dietary": g.fields.dietary, "vip": g.fields.vip,
            "logical_table": g.logical.and_then(logical_name),
            "notes": g.fields.notes, "group": g.fields.group, "pinned": g.pinned,
            "fields": plan.fields().iter().map(|f| (
                f.name.clone(),
                g.custom.get(&f.id).map_or(Value::Null, field_value_json),
            )).collect::<serde_json::Map<String, Value>>(),
        })).collect::<Vec<_>>(),
        "fields": plan.fields().iter().map(|f| json!({
            "name": f.name, "kind": f.kind.as_str(), "options": f.options,
        })).collect::<Vec<_>>(),
        "wishes": plan.wishes().map(|((a, b), w)| json!({
            "guest": guest_key(plan, a), "with": guest_key(plan, b), "weight": w.weight,
            "rule": w.rule.map(|r| r.as_str()),
        })).collect::<Vec<_>>(),
        "score": crate::seating::score(plan, crate::seating::DEFAULT_DEPARTMENT_WEIGHT),
        "over_capacity": plan.over_capacity().into_iter().map(|(t, n)| json!({
            "number": t.number, "seats": t.seats, "seated": n,
        })).collect::<Vec<_>>(),
    })
}

/// A custom field's value in `--json`: a bool, a number or a string.
fn field_value_json(value: &crate::domain::FieldValue) -> Value {
    match value {
        crate::domain::FieldValue::Bool(b) => Value::Bool(*b),
        crate::domain::FieldValue::Number(n) => json!(n),
        crate::domain::FieldValue::Text(t) => Value::String(t.clone()),
    }
}

/// How `--json` names a guest in a wish: the email, or the name where there is none.
fn guest_key(plan: &Plan, id: crate::domain::GuestId) -> String {
    plan.guest(id).map_or_else(
        || id.to_string(),
        |g| g.fields.email.clone().unwrap_or_else(|| g.display_name()),
    )
}

/// One `history --json` row.
pub fn timeline_json(entry: &TimelineEntry) -> Value {
    json!({
        "batch": entry.batch,
        "at": entry.at,
        "by": entry.by,
        "description": entry.description,
        "events": entry.events,
        "reverted": entry.reverted,
        "kind": if entry.merge.is_some() { "merge" } else { entry.kind.as_str() },
        "target": entry.target,
        "id": entry.id,
        "origin": entry.origin,
        "merged_by": entry.merged_by,
    })
}

/// A heading (given the number of items) and at most [`PREVIEW_LINES`] items; nothing when there
/// are none.
fn write_section(
    out: &mut dyn Write,
    heading: impl FnOnce(usize) -> String,
    items: &[impl std::fmt::Display],
) -> Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", heading(items.len()))?;
    write_capped(out, items)
}

/// At most [`PREVIEW_LINES`] items, indented, then "… and N more".
fn write_capped(out: &mut dyn Write, items: &[impl std::fmt::Display]) -> Result<()> {
    for item in items.iter().take(PREVIEW_LINES) {
        writeln!(out, "  {item}")?;
    }
    if items.len() > PREVIEW_LINES {
        writeln!(
            out,
            "  {}",
            t!("cli-and-more", count = items.len() - PREVIEW_LINES)
        )?;
    }
    Ok(())
}

/// `merge FILE OTHER`: what the other copy brings (by author), conflicts first; with `yes` the
/// merge is written.
fn merge(out: &mut dyn Write, file: &Path, other: &Path, yes: bool, json: bool) -> Result<()> {
    let mut doc = open_for(file, yes)?;
    let preview = doc.preview_merge(other)?;
    let incoming = preview.count();
    let conflicts: Vec<Value> = preview
        .conflicts
        .iter()
        .map(|c| {
            json!({
                "description": c.description,
                "mine": c.mine,
                "theirs": c.theirs,
                "winner": c.winner,
                "winner_side": match c.side {
                    crate::history::merge::Winner::Mine => "mine",
                    crate::history::merge::Winner::Theirs => "theirs",
                    crate::history::merge::Winner::Neither => "neither",
                },
                "text": c.to_string(),
            })
        })
        .collect();
    let skipped = preview.skipped.clone();
    let over_capacity = preview.over_capacity.clone();
    if !json {
        write_merge_preview(out, &preview)?;
    }
    let merged = if yes && incoming > 0 {
        doc.commit_merge(preview)?
    } else {
        None
    };
    if json {
        let shown = json!({
            "incoming": incoming,
            "conflicts": conflicts,
            "skipped": skipped,
            "over_capacity": over_capacity,
            "merged": merged,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&shown)?)?;
        return Ok(());
    }
    let line = match merged {
        Some(batch) => t!(
            "cli-merge-done",
            count = incoming,
            batch = batch.to_string()
        ),
        None if incoming == 0 => t!("cli-merge-nothing"),
        None => t!("cli-merge-needs-yes"),
    };
    writeln!(out, "{line}")?;
    Ok(())
}

fn write_merge_preview(
    out: &mut dyn Write,
    preview: &crate::history::merge::MergePreview,
) -> Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "cli-merge-heading",
            count = preview.count(),
            from = preview.from.as_str()
        )
    )?;
    write_section(
        out,
        |count| t!("cli-merge-conflicts", count = count),
        &preview.conflicts,
    )?;
    write_section(
        out,
        |count| t!("cli-merge-skipped", count = count),
        &preview.skipped,
    )?;
    write_section(
        out,
        |count| t!("cli-merge-over-capacity", count = count),
        &preview.over_capacity,
    )?;
    // The incoming actions by author (and device), each in time order.
    for (who, actions) in preview.incoming_by_author() {
        let lines: Vec<String> = actions
            .iter()
            .map(|action| {
                format!(
                    "{}  {}{}",
                    crate::i18n::date_time(&action.at),
                    action.description,
                    if action.reverted {
                        format!("  [{}]", t!("cli-undone"))
                    } else {
                        String::new()
                    }
                )
            })
            .collect();
        write_section(
            out,
            |count| t!("cli-merge-by", who = who.as_str(), count = count),
            &lines,
        )?;
    }
    write_section(
        out,
        |count| t!("cli-preview-changes", count = count),
        &preview.changes,
    )?;
    Ok(())
}

/// `recover FILE OUT`: the rescue and its report.
fn recover(out: &mut dyn Write, file: &Path, target: &Path) -> Result<()> {
    let report = crate::history::recover::recover(file, target)?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-recovered",
            out = target.display().to_string(),
            kept = report.batches_kept,
            found = report.batches_found,
            events = report.events_kept
        )
    )?;
    if report.wal_left_aside {
        writeln!(out, "{}", t!("cli-recovered-wal-left-aside"))?;
    }
    if report.left_out.is_empty() {
        writeln!(out, "{}", t!("cli-recovered-all"))?;
    } else {
        writeln!(out, "{}", t!("cli-recovered-left-out"))?;
        for left in &report.left_out {
            writeln!(out, "{}", left.line())?;
        }
    }
    if !report.partial.is_empty() {
        writeln!(out, "{}", t!("cli-recovered-partial"))?;
        for part in &report.partial {
            writeln!(out, "{}", part.line())?;
        }
    }
    if !report.rebuilt.is_empty() {
        let list: Vec<String> = report.rebuilt.iter().map(|b| format!("#{b}")).collect();
        writeln!(
            out,
            "{}",
            t!("cli-recovered-rebuilt", list = list.join(", "))
        )?;
    }
    if !report.skipped.is_empty() {
        writeln!(
            out,
            "{}",
            t!("cli-recovered-skipped", count = report.skipped.len())
        )?;
        write_capped(out, &report.skipped)?;
    }
    writeln!(
        out,
        "{}",
        t!("cli-recovered-untouched", file = file.display().to_string())
    )?;
    Ok(())
}
