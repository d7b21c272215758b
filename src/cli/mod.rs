//! The `numcheck` command line: arguments, files, configuration, suppressions and reports.
//!
//! The library knows nothing of files or terminals (see the style guide); everything about
//! them lives here. `main` parses the arguments and hands each command to its module.

pub mod batch;
pub mod check;
pub mod config;
pub mod extract;
pub mod json;
pub mod report;
pub mod suppress;
pub mod walk;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use config::FailOn;

const EXAMPLES: &str = "\
Examples:
  numcheck check                        check every Markdown and text file under here
  numcheck check docs/ README.md        check a folder and a file
  numcheck check --format sarif . > numcheck.sarif
  numcheck check --format github        annotations on a GitHub pull request
  numcheck check --as-of 2025-10-28 draft.md
  cat draft.md | numcheck check - --stdin-filename draft.md
  numcheck extract report.md            list every figure found
  numcheck check --jsonl < docs.jsonl   batch mode: one JSON line in, one out
  numcheck rules                        list the rules
  numcheck explain missing-scale        what a rule checks, with examples";

/// Fact-checks the numbers in prose.
#[derive(Debug, Parser)]
#[command(name = "numcheck", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check drafts and report figures that cannot all be true.
    #[command(after_help = CHECK_HELP)]
    Check(CheckArgs),
    /// List every quantity found, with its value, unit and context.
    Extract(ExtractArgs),
    /// List the rules with their id, default level and summary.
    Rules,
    /// Print a rule's documentation.
    Explain {
        /// The rule id, e.g. `missing-scale`.
        rule: String,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
}

const CHECK_HELP: &str = "\
Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on a usage error or an
input that could not be read (every other input is still checked).

Configuration: numcheck.toml or .numcheck.toml, looked for from the current folder upward
(keys: as_of, fail_on, include, exclude, types, [rules]). Batch mode (--jsonl) reads it only
when --config names it.

Suppressions, in Markdown:
  <!-- numcheck-disable-next-line [RULE ...] -->
  <!-- numcheck-disable [RULE ...] --> ... <!-- numcheck-enable -->
In plain text, the same words on a line of their own.

Examples:
  numcheck check docs/ --fail-on error
  numcheck check --format short | grep missing-scale
  numcheck check --format sarif > numcheck.sarif";

/// Options shared by `check` and `extract`.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files and folders to read (folders are walked); `-` reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Batch mode: read JSON Lines `{"id", "text", "as_of", "format"}` on standard input and
    /// write one JSON line for each.
    #[arg(long, conflicts_with_all = ["paths", "stdin_filename"])]
    pub jsonl: bool,
    /// The name to report standard input under; its extension picks the format.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Also walk files with this extension (read as plain text); repeatable.
    #[arg(long = "type", value_name = "EXT")]
    pub types: Vec<String>,
    /// Read this configuration file instead of looking for numcheck.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore any configuration file.
    #[arg(long)]
    pub no_config: bool,
}

/// `numcheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// How to report findings.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human, conflicts_with = "jsonl")]
    pub format: ReportFormat,
    /// The lowest severity that makes the exit status 1 [default: warning].
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<FailOn>,
    /// The date the text is written on (YYYY-MM-DD); overrides front matter and config.
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<chrono::NaiveDate>,
    /// When to colour the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// `numcheck extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// How to print the quantities.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Table, conflicts_with = "jsonl")]
    pub format: ExtractFormat,
}

/// Report formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Source snippets with the figure underlined, and a summary line.
    Human,
    /// `path:line:column: severity[rule]: message`, one a line.
    Short,
    /// One JSON document (schema 1).
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (pull-request annotations).
    Github,
}

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Aligned columns.
    Table,
    /// One JSON document (schema 1).
    Json,
}

/// Colour on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether to colour output going to standard output.
    pub fn enabled(self) -> bool {
        use std::io::IsTerminal;
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

fn parse_date_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    batch::parse_date(s).ok_or_else(|| format!("`{s}` is not a date YYYY-MM-DD"))
}

/// The exit status: 0 clean, 1 findings, 2 usage or input errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing reached the failing level.
    Clean = 0,
    /// A finding reached the failing level.
    Findings = 1,
    /// A usage error or an unreadable input.
    Trouble = 2,
}

/// Prints a one-line error on standard error.
pub fn error_line(message: &str) {
    eprintln!("numcheck: {message}");
}

/// The configuration in force: `--config`, else the nearest file, unless `--no-config`.
/// In batch mode only an explicit `--config` is read, so a stray file cannot change a pipeline.
pub fn load_config(args: &InputArgs) -> Result<config::Config, String> {
    if args.no_config {
        return Ok(config::Config::default());
    }
    if let Some(path) = &args.config {
        return config::load(path);
    }
    if args.jsonl {
        return Ok(config::Config::default());
    }
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;
    match config::discover(&cwd) {
        Some(path) => config::load(&path),
        None => Ok(config::Config::default()),
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Status {
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Extract(args) => extract::run(&args),
        Command::Rules => rules(),
        Command::Explain { rule } => explain(&rule),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "numcheck", &mut std::io::stdout());
            Status::Clean
        }
    }
}

/// Every rule, the library's and the CLI's own: id, default level, documentation.
pub fn all_rules() -> Vec<(&'static str, numcheck::Severity, &'static str)> {
    let mut all: Vec<_> = numcheck::rules()
        .iter()
        .map(|r| (r.id, r.default_severity, r.doc))
        .collect();
    all.push((
        suppress::UNUSED_SUPPRESSION,
        numcheck::Severity::Info,
        suppress::UNUSED_SUPPRESSION_DOC,
    ));
    all
}

/// The first line of a rule's documentation.
pub fn summary(doc: &str) -> &str {
    doc.trim_start().lines().next().unwrap_or("").trim()
}

fn rules() -> Status {
    let all = all_rules();
    let width = all.iter().map(|(id, ..)| id.len()).max().unwrap_or(0);
    for (id, severity, doc) in all {
        println!("{id:width$}  {:7}  {}", severity.as_str(), summary(doc));
    }
    Status::Clean
}

fn explain(rule: &str) -> Status {
    match all_rules().into_iter().find(|(id, ..)| *id == rule) {
        Some((id, severity, doc)) => {
            println!("{id} (default: {severity})\n");
            println!("{}", report::dedent(doc));
            Status::Clean
        }
        None => {
            error_line(&format!(
                "unknown rule `{rule}` (run `numcheck rules` for the list)"
            ));
            Status::Trouble
        }
    }
}
