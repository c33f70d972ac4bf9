//! The `touchpoint` command line: argument parsing and the commands. Thin: the work
//! is in the engine and the adapters.

mod list;
mod play;
mod term;
mod test;
mod validate;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Exit code when `--choices` runs out before the encounter ends.
pub const EXIT_NEED_CHOICES: i32 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "touchpoint",
    version,
    about = "Customer-service role-play training: play, validate and list encounters"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files or folders; print every problem as file:line:col.
    Validate {
        /// Scenario files or folders (searched for *.ron).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Treat warnings as errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Play an encounter in the terminal.
    Play(PlayArgs),
    /// Run the scenario tests (<name>.test.ron next to each encounter).
    Test {
        /// Test files, scenario files or folders (default: scenarios).
        paths: Vec<PathBuf>,
    },
    /// List the encounters in a folder.
    List {
        /// Folder or files (default: scenarios).
        paths: Vec<PathBuf>,
        /// Language of titles: zh-CN or en-US (default: from LANG, else zh-CN).
        #[arg(long)]
        locale: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// The scenario file (.ron).
    pub scenario: PathBuf,
    /// Seed for the customer's randomness; the same seed and replies replay exactly.
    #[arg(long)]
    pub seed: Option<u64>,
    /// zh-CN or en-US (default: from LANG, else zh-CN).
    #[arg(long)]
    pub locale: Option<String>,
    /// Trainee id (letters, digits, . _ - @; default: $USER).
    #[arg(long)]
    pub trainee: Option<String>,
    /// Trainee's name as shown in reports (default: the id).
    #[arg(long)]
    pub name: Option<String>,
    /// Cohort or course the attempt belongs to.
    #[arg(long)]
    pub cohort: Option<String>,
    /// Play these replies without asking: choice ids or 1-based numbers, comma-separated.
    #[arg(long)]
    pub choices: Option<String>,
    /// Where to save the result JSON (default: $TOUCHPOINT_RESULTS_DIR, else the per-user data folder).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Print the result JSON on stdout (the play itself goes to stderr).
    #[arg(long)]
    pub json: bool,
}

/// Runs the command line and returns the process exit code.
pub fn run() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate {
            paths,
            deny_warnings,
        } => validate::run(&paths, deny_warnings),
        Command::Play(args) => play::run(&args),
        Command::List { paths, locale } => list::run(&paths, locale.as_deref()),
        Command::Test { paths } => test::run(&paths),
    }
}

fn env(var: &str) -> Option<String> {
    std::env::var(var).ok()
}

/// The locale to use: the flag if given (must be supported), else the environment.
fn pick_locale(flag: Option<&str>) -> Result<&'static str, String> {
    match flag {
        Some(l) => crate::adapters::locale::negotiate(l).ok_or_else(|| {
            format!(
                "unsupported locale `{l}`; expected one of: {}",
                crate::adapters::locale::SUPPORTED.join(", ")
            )
        }),
        None => Ok(crate::adapters::locale::from_env(env)),
    }
}
