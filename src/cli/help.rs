//! The command line's help and usage errors in the current language.
//!
//! clap's derive takes the English doc comments of [`Cli`]; this module sets every text a person
//! reads (about lines, argument help, headings, `-h`/`-V`, the `help` command, usage errors) from
//! the message files. Command, flag and value names never change: they are an interface.

use super::{Cli, CliCommand};
use crate::i18n::t;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command, CommandFactory, FromArgMatches, Subcommand};

/// Parses the process arguments: help and version are printed and usage errors explained (in
/// the current language), then the process exits as clap would (0 for help, 2 for an error).
pub fn parse() -> Cli {
    match parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(Parsed::Exit { text, code }) => {
            if code == 0 {
                print!("{text}");
            } else {
                eprint!("{text}");
            }
            std::process::exit(code);
        }
    }
}

/// What parsing gives instead of a command.
#[derive(Debug)]
pub enum Parsed {
    /// Print `text` (stdout for code 0, else stderr) and exit with `code`.
    Exit {
        /// Help, the version or the usage error, ready to print.
        text: String,
        /// 0 after help or the version, 2 after a usage error.
        code: i32,
    },
}

/// [`parse`] for given arguments (the program name first), without printing or exiting.
pub fn parse_from<I, T>(args: I) -> Result<Cli, Parsed>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let mut command = command();
    let matches = command
        .try_get_matches_from_mut(args.clone())
        .map_err(|e| match e.kind() {
            // `seatplan hsitory plan.seatplan`: the typo was taken for a plan file.
            ErrorKind::ArgumentConflict if e.get(ContextKind::InvalidSubcommand).is_some() => {
                not_a_command(&args)
            }
            _ => exit_for(&e),
        })?;
    if let Some(("help", sub)) = matches.subcommand() {
        return Err(Parsed::Exit {
            text: help_for(&mut command, sub),
            code: 0,
        });
    }
    let cli = Cli::from_arg_matches(&matches).map_err(|e| exit_for(&e))?;
    // `seatplan hsitory`: no such file and no extension — a mistyped command, not a plan.
    if cli.command.is_none()
        && let Some(file) = &cli.file
        && file.extension().is_none()
        && file.components().count() == 1
        && !file.exists()
    {
        return Err(not_a_command(&args));
    }
    Ok(cli)
}

/// "there is no command “hsitory”", for a first argument that is neither a command nor a plan.
fn not_a_command(args: &[std::ffi::OsString]) -> Parsed {
    let name = args
        .get(1)
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_default();
    Parsed::Exit {
        text: format!(
            "{}\n\n{}\n",
            t!(
                "cli-error",
                error = t!("cli-usage-unknown-command", name = name)
            ),
            t!("cli-usage-more")
        ),
        code: 2,
    }
}

/// The help of the command `seatplan help COMMAND` names (or of seatplan itself).
fn help_for(command: &mut Command, matches: &ArgMatches) -> String {
    command.build();
    let name = matches.get_one::<String>("command");
    let target = name.and_then(|n| command.find_subcommand_mut(n));
    with_newline(match target {
        Some(sub) => sub.render_long_help().to_string(),
        None => command.render_long_help().to_string(),
    })
}

fn with_newline(mut text: String) -> String {
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// The text and exit code for a clap error: help and version as they are, usage errors in
/// words of the current language with a pointer to `--help`.
fn exit_for(error: &clap::Error) -> Parsed {
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Parsed::Exit {
            text: with_newline(error.render().to_string()),
            code: if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                2
            } else {
                0
            },
        },
        _ => {
            let context = |kind| match error.get(kind) {
                Some(ContextValue::String(s)) => s.clone(),
                Some(ContextValue::Strings(list)) => list.join(", "),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            let what = match error.kind() {
                ErrorKind::InvalidSubcommand => t!(
                    "cli-usage-unknown-command",
                    name = context(ContextKind::InvalidSubcommand)
                ),
                ErrorKind::UnknownArgument => t!(
                    "cli-usage-unknown-argument",
                    name = context(ContextKind::InvalidArg)
                ),
                ErrorKind::MissingRequiredArgument => t!(
                    "cli-usage-missing",
                    names = context(ContextKind::InvalidArg)
                ),
                ErrorKind::InvalidValue => t!(
                    "cli-usage-invalid-value",
                    value = context(ContextKind::InvalidValue),
                    name = context(ContextKind::InvalidArg),
                    valid = context(ContextKind::ValidValue)
                ),
                ErrorKind::ValueValidation => t!(
                    "cli-usage-bad-value",
                    value = context(ContextKind::InvalidValue),
                    name = context(ContextKind::InvalidArg)
                ),
                ErrorKind::ArgumentConflict => t!(
                    "cli-usage-conflict",
                    name = Some(context(ContextKind::InvalidArg))
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| context(ContextKind::InvalidSubcommand)),
                    other = context(ContextKind::PriorArg)
                ),
                ErrorKind::TooManyValues => t!(
                    "cli-usage-unexpected",
                    value = context(ContextKind::InvalidValue)
                ),
                // Rare kinds keep clap's own (English) sentence.
                _ => first_line(&error.render().to_string()),
            };
            // The usage of the (sub)command the error is about, when clap gives one, under our
            // own heading.
            let usage = match error.get(ContextKind::Usage) {
                Some(ContextValue::StyledStr(usage)) => {
                    let usage = usage.to_string();
                    let rest = usage.strip_prefix("Usage:").unwrap_or(&usage);
                    format!("{}{}\n\n", t!("help-heading-usage"), rest.trim_end())
                }
                _ => String::new(),
            };
            Parsed::Exit {
                text: format!(
                    "{}\n\n{usage}{}\n",
                    t!("cli-error", error = what),
                    t!("cli-usage-more")
                ),
                code: 2,
            }
        }
    }
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_owned()
}

/// The grammar with every text in the current language.
pub fn command() -> Command {
    let mut command = Cli::command()
        .about(t!("help-about"))
        .long_about(t!("help-long-about"))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("help-flag-version")),
        )
        .subcommand(
            Command::new("help").about(t!("help-command-help")).arg(
                Arg::new("command")
                    .value_name("COMMAND")
                    .help(t!("help-command-help-arg")),
            ),
        )
        .mut_args(|a| help_of(a, &[("file", t!("help-arg-window-file"))]));
    for (name, about, args) in subcommand_texts() {
        command =
            command.mut_subcommand(name, |sub| sub.about(about).mut_args(|a| help_of(a, &args)));
    }
    // The values are named in the (translated) help text; clap would list them with English
    // descriptions.
    command = command.mut_subcommand("field", |f| {
        f.mut_subcommand("add", |s| {
            s.about(t!("help-field-add")).mut_args(|a| {
                help_of(
                    a,
                    &[
                        ("name", t!("help-arg-field-name")),
                        ("kind", t!("help-arg-field-kind")),
                        ("options", t!("help-arg-field-options")),
                    ],
                )
                .hide_possible_values(true)
            })
        })
        .mut_subcommand("rename", |s| {
            s.about(t!("help-field-rename")).mut_args(|a| {
                help_of(
                    a,
                    &[
                        ("name", t!("help-arg-field-name")),
                        ("new", t!("help-arg-field-new")),
                    ],
                )
            })
        })
        .mut_subcommand("remove", |s| {
            s.about(t!("help-field-remove"))
                .mut_args(|a| help_of(a, &[("name", t!("help-arg-field-name"))]))
        })
        .mut_subcommand("add-option", |s| {
            s.about(t!("help-field-add-option")).mut_args(|a| {
                help_of(
                    a,
                    &[
                        ("name", t!("help-arg-field-name")),
                        ("option", t!("help-arg-field-option")),
                    ],
                )
            })
        })
        .mut_subcommand("remove-option", |s| {
            s.about(t!("help-field-remove-option")).mut_args(|a| {
                help_of(
                    a,
                    &[
                        ("name", t!("help-arg-field-name")),
                        ("option", t!("help-arg-field-option-gone")),
                    ],
                )
            })
        })
        .mut_subcommand("rename-option", |s| {
            s.about(t!("help-field-rename-option")).mut_args(|a| {
                help_of(
                    a,
                    &[
                        ("name", t!("help-arg-field-name")),
                        ("from", t!("help-arg-field-option-from")),
                        ("to", t!("help-arg-field-option-to")),
                    ],
                )
            })
        })
    });
    let plain = |a: Arg| match a.get_id().as_str() {
        "what" | "paper" => a.hide_possible_values(true),
        _ => a,
    };
    command = command
        .mut_subcommand("print", |s| s.mut_args(plain))
        .mut_subcommand("export-floorplan", |s| s.mut_args(plain));
    // clap puts a required choice ("a name or --none") first; the arguments go in this order.
    let (file, email, logical, number) = (
        t!("help-value-file"),
        t!("help-value-email"),
        t!("help-value-logical"),
        t!("help-value-number"),
    );
    command = command
        .mut_subcommand("seat", |s| {
            s.override_usage(format!(
                "seatplan seat <{file}> <{email}> <{logical}|--none>"
            ))
        })
        .mut_subcommand("assign", |s| {
            s.override_usage(format!(
                "seatplan assign <{file}> <{logical}> <{number}|--none>"
            ))
        });
    headings(command)
}

/// An argument's id and its help text.
type ArgText = (&'static str, String);

/// `arg` with its help from `texts` (by id). `mut_args` keeps the arguments' order, which gives
/// positional arguments their places (`mut_arg` would move the argument to the end).
fn help_of(arg: Arg, texts: &[(&str, String)]) -> Arg {
    match texts.iter().find(|(id, _)| *id == arg.get_id().as_str()) {
        Some((_, help)) => arg.help(help.clone()),
        None => arg,
    }
}

/// Our own `-h`/`--help` (clap's says "Print help"), the usage line and the section headings,
/// on a command and every subcommand under it.
fn headings(command: Command) -> Command {
    let positional = t!("help-heading-arguments");
    let names: Vec<(&str, String)> = vec![
        ("file", t!("help-value-file")),
        ("batch", t!("help-value-batch")),
        ("logical_name", t!("help-value-logical")),
        ("physical_number", t!("help-value-number")),
        ("guest_email", t!("help-value-email")),
        ("sheetfile", t!("help-value-sheet")),
        ("out", t!("help-value-out")),
        ("what", t!("help-value-what")),
        ("dir", t!("help-value-dir")),
        ("name", t!("help-value-name")),
        ("room", t!("help-value-room")),
        ("command", t!("help-value-command")),
    ];
    let options = t!("help-heading-options");
    let command = command
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t!("help-flag-help")),
        )
        .mut_args({
            // Within a heading clap sorts by display order, then by name: keep the declared order.
            let mut order = 0;
            move |a| {
                order += 1;
                let a = if a.is_positional() {
                    match names.iter().find(|(id, _)| *id == a.get_id().as_str()) {
                        Some((_, name)) => a.value_name(name.clone()),
                        None => a,
                    }
                    .help_heading(positional.clone())
                } else {
                    a.help_heading(options.clone())
                };
                a.display_order(order)
            }
        })
        .subcommand_help_heading(t!("help-heading-commands"))
        .subcommand_value_name(t!("help-value-command"))
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("help-heading-usage")
        ));
    command.mut_subcommands(headings)
}

/// Each visible subcommand's about line and its arguments' help (hidden ones keep English).
fn subcommand_texts() -> Vec<(&'static str, String, Vec<ArgText>)> {
    let plan = || t!("help-arg-plan");
    let force_export = || t!("help-arg-force-export");
    let json = || t!("help-arg-json");
    let batch = || t!("help-arg-batch");
    let sheet = || t!("help-arg-sheet");
    let sheetfile = || t!("help-arg-sheetfile");
    let dry_run = || t!("help-arg-dry-run");
    let logical = || t!("help-arg-logical-name");
    let texts = vec![
        (
            "new",
            t!("help-new"),
            vec![("file", t!("help-arg-new-file"))],
        ),
        (
            "demo",
            t!("help-demo"),
            vec![
                ("file", t!("help-arg-demo-file")),
                ("guests", t!("help-arg-guests")),
                ("seed", t!("help-arg-seed")),
                ("force", t!("help-arg-force-demo")),
            ],
        ),
        (
            "show",
            t!("help-show"),
            vec![("file", plan()), ("json", json())],
        ),
        (
            "history",
            t!("help-history"),
            vec![("file", plan()), ("json", json())],
        ),
        (
            "undo",
            t!("help-undo"),
            vec![
                ("file", plan()),
                ("batch", batch()),
                ("yes", t!("help-arg-yes-undo")),
            ],
        ),
        (
            "redo",
            t!("help-redo"),
            vec![
                ("file", plan()),
                ("batch", batch()),
                ("yes", t!("help-arg-yes-redo")),
            ],
        ),
        (
            "merge",
            t!("help-merge"),
            vec![
                ("file", t!("help-arg-merge-file")),
                ("other", t!("help-arg-merge-other")),
                ("yes", t!("help-arg-yes-merge")),
                ("json", t!("help-arg-json-merge")),
            ],
        ),
        (
            "recover",
            t!("help-recover"),
            vec![
                ("file", t!("help-arg-recover-file")),
                ("out", t!("help-arg-recover-out")),
            ],
        ),
        (
            "accessible",
            t!("help-accessible"),
            vec![
                ("file", plan()),
                ("numbers", t!("help-arg-accessible-numbers")),
                ("off", t!("help-arg-accessible-off")),
            ],
        ),
        (
            "vip",
            t!("help-vip"),
            vec![
                ("file", plan()),
                ("logical_name", logical()),
                ("off", t!("help-arg-off")),
            ],
        ),
        (
            "assign",
            t!("help-assign"),
            vec![
                ("file", plan()),
                ("logical_name", logical()),
                ("physical_number", t!("help-arg-physical-number")),
                ("none", t!("help-arg-unassign")),
            ],
        ),
        (
            "seat",
            t!("help-seat"),
            vec![
                ("file", plan()),
                ("guest_email", t!("help-arg-guest-email")),
                ("logical_name", logical()),
                ("none", t!("help-arg-unseat")),
            ],
        ),
        ("check", t!("help-check"), vec![("file", plan())]),
        (
            "copy",
            t!("help-copy"),
            vec![
                ("file", t!("help-arg-copy-file")),
                ("out", t!("help-arg-copy-out")),
            ],
        ),
        (
            "import-guests",
            t!("help-import-guests"),
            vec![
                ("file", plan()),
                ("sheetfile", sheetfile()),
                ("sheet", sheet()),
                ("dry_run", dry_run()),
                ("new_fields", t!("help-arg-new-fields")),
                ("empty_clears", t!("help-arg-empty-clears")),
            ],
        ),
        (
            "import-draw",
            t!("help-import-draw"),
            vec![
                ("file", plan()),
                ("sheetfile", sheetfile()),
                ("sheet", sheet()),
                ("dry_run", dry_run()),
            ],
        ),
        (
            "export-seating",
            t!("help-export-seating"),
            vec![
                ("file", plan()),
                ("out", t!("help-arg-out-seating")),
                ("force", t!("help-arg-force-seating")),
            ],
        ),
        (
            "export-floorplan",
            t!("help-export-floorplan"),
            vec![
                ("file", plan()),
                ("out", t!("help-arg-out-floorplan")),
                ("room", t!("help-arg-room")),
                ("paper", t!("help-arg-paper")),
                ("force", force_export()),
            ],
        ),
        (
            "print",
            t!("help-print"),
            vec![
                ("file", plan()),
                ("what", t!("help-arg-what")),
                ("out", t!("help-arg-out-pdf")),
                ("paper", t!("help-arg-print-paper")),
                ("room", t!("help-arg-print-room")),
                ("each_room", t!("help-arg-each-room")),
                ("fields", t!("help-arg-print-fields")),
                ("force", force_export()),
            ],
        ),
        (
            "export-emails",
            t!("help-export-emails"),
            vec![("file", plan()), ("dir", t!("help-arg-email-dir"))],
        ),
        ("field", t!("help-field"), vec![("file", plan())]),
        (
            "set",
            t!("help-set"),
            vec![
                ("file", plan()),
                ("guest", t!("help-arg-set-guest")),
                ("field", t!("help-arg-field-name")),
                ("value", t!("help-arg-field-value")),
            ],
        ),
        (
            "pin",
            t!("help-pin"),
            vec![
                ("file", plan()),
                ("guest", t!("help-arg-set-guest")),
                ("off", t!("help-arg-unpin")),
            ],
        ),
        (
            "add-room",
            t!("help-add-room"),
            vec![
                ("file", plan()),
                ("name", t!("help-arg-room-name")),
                ("width_m", t!("help-arg-width")),
                ("height_m", t!("help-arg-height")),
            ],
        ),
        (
            "add-tables",
            t!("help-add-tables"),
            vec![
                ("file", plan()),
                ("room", t!("help-arg-tables-room")),
                ("count", t!("help-arg-count")),
                ("seats", t!("help-arg-seats")),
                ("shape", t!("help-arg-shape")),
                ("first", t!("help-arg-first")),
            ],
        ),
        (
            "add-logical",
            t!("help-add-logical"),
            vec![
                ("file", plan()),
                ("name", t!("help-arg-logical-new")),
                ("table", t!("help-arg-logical-table")),
                ("vip", t!("help-arg-vip")),
            ],
        ),
        (
            "import-wishes",
            t!("help-import-wishes"),
            vec![
                ("file", plan()),
                ("sheetfile", sheetfile()),
                ("sheet", sheet()),
                ("dry_run", dry_run()),
            ],
        ),
        (
            "auto-seat",
            t!("help-auto-seat"),
            vec![
                ("file", plan()),
                ("all", t!("help-arg-all")),
                ("min_known", t!("help-arg-min-known")),
                ("department_weight", t!("help-arg-department-weight")),
                ("seconds", t!("help-arg-seconds")),
                ("seed", t!("help-arg-search-seed")),
                ("steps", t!("help-arg-steps")),
                ("group_by", t!("help-arg-group-by")),
                ("needs_access", t!("help-arg-needs-access")),
                ("json", json()),
                ("yes", t!("help-arg-auto-yes")),
            ],
        ),
    ];
    debug_assert_eq!(
        texts.len(),
        CliCommand::augment_subcommands(Command::new("x"))
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .count(),
        "every visible subcommand has its texts"
    );
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_visible_subcommand_and_argument_has_a_text() {
        crate::i18n::set_language("de");
        let command = command();
        for (name, _, args) in subcommand_texts() {
            let sub = command
                .find_subcommand(name)
                .unwrap_or_else(|| panic!("{name}"));
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                assert!(
                    id == "help" || args.iter().any(|(a, _)| *a == id),
                    "{name} {id} has no text"
                );
            }
        }
        crate::i18n::set_language("en");
    }
}
