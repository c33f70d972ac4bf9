//! The `touchpoint` command line: argument parsing and the commands. Thin: the work
//! is in the engine, content and results crates.

mod analyze;
mod generate;
mod graph;
mod list;
mod new;
mod out;
mod package;
mod play;
mod remote;
mod results;
mod server;
mod term;
mod test;
mod validate;

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Subcommand};

/// Exit code when `--choices` runs out before the encounter ends.
pub const EXIT_NEED_CHOICES: i32 = 3;

/// A flag taken for the value before it: names, cohorts and trainee ids may start with
/// `-` (`--name -2+3`), so `--name --json` would set the name to "--json" and drop
/// the flag. A value of such an option that is exactly one of the command's own
/// flags, long or short (`--name -h`), is refused, asking whether its value was forgotten; `--name=--json` (with
/// `=`, found in `args`) says it on purpose.
fn swallowed_flag(
    cmd: &mut clap::Command,
    m: &clap::ArgMatches,
    args: &[std::ffi::OsString],
) -> Option<clap::Error> {
    let (name, sub_m) = m.subcommand()?;
    let sub = cmd.find_subcommand_mut(name)?;
    if sub_m.subcommand().is_some() {
        return swallowed_flag(sub, sub_m, args);
    }
    // Long flags and short ones (`--name -q` swallowed `-q` as well).
    let flags: Vec<String> = sub
        .get_arguments()
        .filter_map(|a| a.get_long())
        .chain(["help", "store", "version"])
        .map(|l| format!("--{l}"))
        .chain(
            sub.get_arguments()
                .filter_map(|a| a.get_short())
                .chain(['h', 'V'])
                .map(|c| format!("-{c}")),
        )
        .collect();
    let hyphen: Vec<(String, String)> = sub
        .get_arguments()
        .filter(|a| a.is_allow_hyphen_values_set())
        .filter_map(|a| Some((a.get_id().to_string(), a.get_long()?.to_string())))
        .collect();
    for (id, long) in hyphen {
        let Ok(Some(values)) = sub_m.try_get_raw(&id) else {
            continue;
        };
        for v in values {
            let Some(v) = v.to_str() else { continue };
            let on_purpose = format!("--{long}={v}");
            if flags.iter().any(|f| f == v) && !args.iter().any(|a| *a == *on_purpose) {
                return Some(sub.error(
                    clap::error::ErrorKind::InvalidValue,
                    format!(
                        "--{long} was given `{v}`, which is one of this command's flags: did you forget the value for --{long}? (to mean it, write --{long}={v})"
                    ),
                ));
            }
        }
    }
    None
}

#[derive(Debug, clap::Parser)]
#[command(
    name = "touchpoint",
    version,
    about = "Customer-service role-play training: play, validate and list encounters"
)]
pub struct Cli {
    /// Results store: a file path (SQLite) or a postgres:// URL (default: the per-user
    /// data folder's results.sqlite3).
    #[arg(
        long,
        global = true,
        env = "TOUCHPOINT_STORE",
        // A postgres:// URL may hold a password: --help never shows the value.
        hide_env_values = true,
        value_name = "PATH_OR_URL"
    )]
    pub store: Option<String>,
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
        /// How to print problems: `human` shows the source line with a caret under
        /// the column (and the related place), `short` one `file:line:col: error: …`
        /// line each. Default: human on a terminal, short otherwise.
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
    },
    /// Play an encounter in the terminal.
    Play(PlayArgs),
    /// Run the scenario tests (<name>.test.ron next to each encounter).
    Test {
        /// Test files, scenario files or folders (default: scenarios).
        paths: Vec<PathBuf>,
    },
    /// Analyse an encounter: reachability, exact score range, best and worst paths,
    /// taboo checks, technique coverage and a Monte Carlo run of random trainees.
    Analyze(AnalyzeArgs),
    /// Draw an encounter as a graph (DOT, Mermaid or SVG), nodes coloured by the
    /// customer's typical mood, taboo replies in red, endings shaped by outcome.
    Graph(GraphArgs),
    /// Scaffold a new encounter (scenario, scenario tests and both Fluent files) that
    /// validates and plays as it is.
    New(NewArgs),
    /// Generate a synthetic encounter of any size (for benchmarks).
    #[command(hide = true)]
    Gen {
        /// About how many nodes.
        #[arg(long, required_unless_present = "replies")]
        nodes: Option<usize>,
        /// Instead: one decision with this many replies (for timing `play` on a very
        /// wide node).
        #[arg(long, conflicts_with_all = ["nodes", "measure"])]
        replies: Option<usize>,
        /// With --replies: check a procedure whose required steps only the last reply
        /// performs (for timing the debrief's missing steps on a very wide node).
        #[arg(long, requires = "replies")]
        procedure: bool,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Project folder to write scenarios/ and locales/ into.
        #[arg(long, required_unless_present = "measure")]
        out: Option<PathBuf>,
        /// Instead of writing files: build the encounter in memory, then time parsing,
        /// validation against the catalog, compiling and exploring one seed (for
        /// sizes beyond the 32 MiB file limit).
        #[arg(long)]
        measure: bool,
        /// The catalog to validate against when measuring.
        #[arg(long, default_value = "scenarios/catalog.ron")]
        catalog: PathBuf,
    },
    /// The desktop app (needs a build with `--features gui`).
    Gui(GuiArgs),
    /// The results store: import result files, list, show and export attempts.
    Results {
        #[command(subcommand)]
        command: ResultsCommand,
    },
    /// Run the course server: trainees play in a browser, the server scores, and
    /// accounts and roles decide who sees what (create the first admin with `users add`).
    Serve(server::ServeArgs),
    /// Accounts of the course server: add, import a roster, list, disable, change a
    /// password.
    Users {
        #[command(subcommand)]
        command: server::UsersCommand,
    },
    /// Build the course as a package for an LMS: `--cmi5` writes a zip whose cmi5.xml
    /// lists the course, its modules as blocks and its encounters as assignable units
    /// that the LMS launches on the course server.
    Package(PackageArgs),
    /// List the encounters in a folder; with a course (course.ron), by module in teaching order.
    List {
        /// Folder or files (default: scenarios).
        paths: Vec<PathBuf>,
        /// Language of titles: zh-CN or en-US (default: from LANG, else zh-CN).
        #[arg(long)]
        locale: Option<String>,
        /// Show this trainee's best scores and the modules they have completed (the id
        /// may start with `-`).
        #[arg(long, allow_hyphen_values = true)]
        trainee: Option<String>,
        /// Results folder to read with --trainee (default: $TOUCHPOINT_RESULTS_DIR, else the per-user data folder).
        #[arg(long)]
        results: Option<PathBuf>,
    },
}

#[derive(clap::Args, Debug)]
pub struct PushArgs {
    /// Result files or folders of them.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The course server's address, e.g. https://training.example.com.
    #[arg(long, value_name = "URL")]
    pub server: String,
    /// Your account id on the server (else asked for at the terminal).
    #[arg(long)]
    pub trainee: Option<String>,
    /// Read the password from the first line of standard input (else it is asked for
    /// at the terminal, without echo).
    #[arg(long)]
    pub password_stdin: bool,
    /// Trust the certificates of this PEM file instead of the public certificate
    /// authorities.
    #[arg(long, value_name = "PEM")]
    pub ca_cert: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ResultsCommand {
    /// Collect result files (JSON) into the store, each replayed through the engine on
    /// its encounter version (a record that does not replay is refused); importing
    /// twice stores once.
    Import {
        /// Result files or folders of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
        /// A scenarios folder in which to look for the encounter versions that the
        /// store does not have yet, to replay the attempts on (they are kept in the
        /// store from then on).
        #[arg(long, default_value = "scenarios")]
        scenarios: PathBuf,
    },
    /// List the stored attempts, oldest first (or by cohort or trainee, in natural
    /// order: cohort-2 before cohort-10).
    List {
        #[command(flatten)]
        filter: FilterArgs,
        /// The order: time (oldest first), cohort (then trainee, then time) or
        /// trainee (then time).
        #[arg(long, value_enum, default_value = "time")]
        sort: ListOrder,
        /// List the attempts moved to quarantine instead (as `quarantine --list`).
        #[arg(long)]
        quarantined: bool,
    },
    /// Replay every attempt stored unverified whose encounter version is now at hand
    /// (in the store, or in --scenarios): one that replays is marked verified, one
    /// that does not is moved to quarantine with the reason (exit 1).
    Verify {
        /// A scenarios folder in which to look for the encounter versions that the
        /// store does not have yet (they are kept in the store from then on).
        #[arg(long, default_value = "scenarios")]
        scenarios: PathBuf,
    },
    /// Move a stored attempt aside into the quarantine table (a damaged row, or one
    /// you doubt), with a reason: it leaves every list, export and report and is never
    /// deleted. `--list` shows what is in quarantine.
    Quarantine {
        /// The attempt to move aside.
        #[arg(required_unless_present = "list", conflicts_with = "list")]
        attempt_id: Option<String>,
        /// Why (default: the damage found in the row, else "moved aside by hand").
        #[arg(long, allow_hyphen_values = true)]
        reason: Option<String>,
        /// List the attempts in quarantine.
        #[arg(long)]
        list: bool,
    },
    /// Print one attempt's full record (JSON, with its transcript).
    Show { attempt_id: String },
    /// Send results played offline (practice) to a course server, which replays each
    /// on the encounter version it was played on and keeps those that replay, marked
    /// "replayed" (never as an assessed attempt of the server's own). Exit 1 when one
    /// is refused.
    Push(PushArgs),
    /// Write result files of simulated trainees (random replies on the encounters of a
    /// folder), for trying imports, exports and reports, and for benchmarks.
    #[command(hide = true)]
    Synth {
        /// How many attempts.
        #[arg(long)]
        attempts: usize,
        /// Folder to write the result files into.
        #[arg(long)]
        out: PathBuf,
        /// Encounters to play (default: scenarios).
        #[arg(long, default_value = "scenarios")]
        scenarios: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Export the attempts: CSV (a row per attempt, a column per competency), XLSX (a
    /// workbook with summary, attempts, competencies and broken techniques), JSON Lines
    /// (a full record per line) or xAPI 1.0.3 statements (a JSON array; with --lrs,
    /// also posted to a Learning Record Store).
    Export {
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file to write (a regular file is written whole, or not at all; a symlink is
        /// written through, a FIFO or device directly; `-` is stdout). Optional for xapi
        /// with --lrs.
        #[arg(long, required_unless_present = "lrs")]
        out: Option<PathBuf>,
        /// Language of the workbook's headers and of competency and technique names
        /// (xlsx): zh-CN or en-US (default: from LANG, else zh-CN).
        #[arg(long)]
        locale: Option<String>,
        /// A scenarios folder whose catalog names competencies and techniques first
        /// (the store keeps the names of every encounter version it has seen).
        #[arg(long, default_value = "scenarios")]
        scenarios: PathBuf,
        /// xapi: the IRI base of activities and extensions and the home page of the
        /// trainees' accounts; use a domain your organisation controls.
        #[arg(long, default_value = touchpoint_results::xapi::DEFAULT_BASE)]
        xapi_base: String,
        /// xapi: post the statements to this LRS's xAPI endpoint (e.g.
        /// https://lrs.example.com/xapi), user and password from TOUCHPOINT_LRS_USER and
        /// TOUCHPOINT_LRS_PASSWORD. What cannot be sent is queued and sent first next
        /// time (TOUCHPOINT_LRS_QUEUE, default in the per-user data folder).
        #[arg(long)]
        lrs: Option<String>,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
    },
    /// Send the xAPI statements still queued for an LRS (after it could not be reached).
    Flush {
        /// The LRS's xAPI endpoint; credentials as for `export --lrs`.
        #[arg(long)]
        lrs: String,
    },
    /// Write a self-contained HTML report with charts: per cohort the score
    /// distribution, pass rate, competency radar and most broken techniques; per trainee
    /// their attempts over time and competency radar.
    Report {
        #[command(flatten)]
        filter: FilterArgs,
        /// The HTML file to write (`-`: stdout).
        #[arg(long)]
        out: PathBuf,
        /// Language of the report: zh-CN or en-US (default: from LANG, else zh-CN).
        #[arg(long)]
        locale: Option<String>,
        /// A scenarios folder whose catalog names competencies and techniques first
        /// (the store keeps the names of every encounter version it has seen).
        #[arg(long, default_value = "scenarios")]
        scenarios: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListOrder {
    Time,
    Cohort,
    Trainee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Human,
    Short,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Xlsx,
    Jsonl,
    Xapi,
}

#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    /// Only this cohort.
    #[arg(long, allow_hyphen_values = true)]
    pub cohort: Option<String>,
    /// Only this trainee id (it may start with `-`).
    #[arg(long, allow_hyphen_values = true)]
    pub trainee: Option<String>,
    /// Only this encounter id.
    #[arg(long)]
    pub scenario: Option<String>,
    /// Started at or after (RFC 3339 time or a date, e.g. 2026-11-01).
    #[arg(long)]
    pub since: Option<String>,
    /// Started at or before (RFC 3339 time or a date: the whole day).
    #[arg(long)]
    pub until: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// The scenario file (.ron); with --server, the id of an encounter the server
    /// offers (without it, pick one from the server's list).
    #[arg(required_unless_present = "server")]
    pub scenario: Option<PathBuf>,
    /// Play on this course server (`touchpoint serve`), e.g.
    /// https://training.example.com: sign in, and the server draws the customer,
    /// times every reply, scores and keeps the attempt. An unfinished attempt of the
    /// encounter there is resumed.
    #[arg(
        long,
        value_name = "URL",
        conflicts_with_all = ["seed", "name", "cohort", "out", "watch"]
    )]
    pub server: Option<String>,
    /// With --server: read the password from the first line of standard input
    /// (else it is asked for at the terminal, without echo).
    #[arg(long, requires = "server")]
    pub password_stdin: bool,
    /// With --server: trust the certificates of this PEM file instead of the public
    /// certificate authorities (a server whose certificate is self-signed or from
    /// your company's own authority).
    #[arg(long, requires = "server", value_name = "PEM")]
    pub ca_cert: Option<PathBuf>,
    /// Seed for the customer's randomness; the same seed and replies replay exactly.
    #[arg(long)]
    pub seed: Option<u64>,
    /// zh-CN or en-US (default: from LANG, else zh-CN).
    #[arg(long)]
    pub locale: Option<String>,
    /// Trainee id (letters, digits, . _ - @; default: $USER; it may start with `-`).
    /// With --server: the account to sign in as (asked for at the terminal if not
    /// given).
    #[arg(long, allow_hyphen_values = true)]
    pub trainee: Option<String>,
    /// Trainee's name as shown in reports (default: the id); it may start with `-`
    /// (`--name -2+3`, or `--name=-2+3`).
    #[arg(long, allow_hyphen_values = true)]
    pub name: Option<String>,
    /// Cohort or course the attempt belongs to (it may start with `-`).
    #[arg(long, allow_hyphen_values = true)]
    pub cohort: Option<String>,
    /// Play these replies without asking: choice ids or 1-based numbers, comma-separated.
    /// With --server each is sent in turn, and the server times them (no `@ms`).
    #[arg(long)]
    pub choices: Option<String>,
    /// Where to save the result JSON: a file, or a folder (default: $TOUCHPOINT_RESULTS_DIR,
    /// else the per-user data folder); `-` prints it on stdout (the play then goes to stderr).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Print the result JSON on stdout; with --choices, nothing else is shown (standard
    /// error says only where the result was saved); played at the keyboard, the play
    /// goes to standard error.
    #[arg(long)]
    pub json: bool,
    /// Reload the scenario, its Fluent files and the catalog when they are saved, and
    /// replay the current path on the new version (for authors).
    #[arg(long, conflicts_with = "choices")]
    pub watch: bool,
    /// Continue this trainee's interrupted attempt of the encounter (the terminal or
    /// the app was closed or killed mid-way) without asking. (With --server an open
    /// attempt is always resumed.)
    #[arg(long, conflicts_with = "fresh")]
    pub resume: bool,
    /// Record an interrupted attempt of the encounter as abandoned and start anew,
    /// without asking. With --server: start a new attempt, leaving the open one on
    /// the server.
    #[arg(long)]
    pub fresh: bool,
}

#[derive(Debug, clap::Args)]
pub struct PackageArgs {
    /// Build a cmi5 package (cmi5 "Quartz": a zip holding cmi5.xml); required, the only
    /// kind so far.
    #[arg(long, required = true)]
    pub cmi5: bool,
    /// The course server's address as the trainees' browsers reach it (e.g.
    /// https://training.example.com): the LMS launches each encounter at
    /// <server>/cmi5/launch?scenario=<id>.
    #[arg(long, value_name = "URL")]
    pub server: String,
    /// The zip to write (a regular file is written whole, or not at all, and replaced
    /// if it exists; a symlink is written through, a FIFO or device directly; `-` is
    /// stdout).
    #[arg(long)]
    pub out: PathBuf,
    /// The course file; its encounters are those of its folder.
    #[arg(long, default_value = "scenarios/course.ron")]
    pub course: PathBuf,
    /// The language listed first in every title and description: zh-CN or en-US
    /// (default: zh-CN). Both are always there.
    #[arg(long)]
    pub locale: Option<String>,
    /// The IRI base of the course's, modules' and encounters' ids, as for `results
    /// export --xapi-base` (give both the same, so that an encounter's id in the LMS is
    /// the activity its xAPI statements name).
    #[arg(long, default_value = touchpoint_results::xapi::DEFAULT_BASE)]
    pub xapi_base: String,
}

#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// The scenario file (.ron).
    pub scenario: PathBuf,
    /// zh-CN or en-US (default: from LANG, else zh-CN).
    #[arg(long)]
    pub locale: Option<String>,
    /// Print the analysis as JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// Seeds to explore exhaustively, comma-separated (default: the seeds nearest the
    /// corners of the starting-mood ranges, and 0-7).
    #[arg(long, value_delimiter = ',')]
    pub seeds: Vec<u64>,
    /// Random trainees in the Monte Carlo run (0 to skip).
    #[arg(long, default_value_t = 10_000)]
    pub runs: u64,
    /// Seed of the Monte Carlo run.
    #[arg(long, default_value_t = 0)]
    pub mc_seed: u64,
    /// Most replies the exhaustive exploration plays before it settles for bounds.
    #[arg(long, default_value_t = 20_000_000)]
    pub budget: u64,
    /// Longest path the exhaustive exploration follows; a path cut there is a limit
    /// of the analysis, reported as a note.
    #[arg(long, default_value_t = 200)]
    pub max_depth: usize,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print how long loading, exploring and the Monte Carlo run took (stderr).
    #[arg(long)]
    pub timings: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
    Svg,
}

#[derive(Debug, clap::Args)]
pub struct GraphArgs {
    /// The scenario file (.ron).
    pub scenario: PathBuf,
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    /// Write to this file instead of stdout (`-`: stdout).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Random playthroughs used to find the typical mood at each node.
    #[arg(long, default_value_t = 2_000)]
    pub runs: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Archetype {
    Complainant,
    Buyer,
    Escalation,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The encounter's id: lowercase letters, digits and `_` (also its file names).
    pub id: String,
    #[arg(long, value_enum)]
    pub archetype: Archetype,
    /// Folder for the scenario (default: ./scenarios if it exists, else .). Fluent
    /// files go to the nearest locales/ folder; a catalog is added if none is found.
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct GuiArgs {
    /// Folder of encounters.
    #[arg(long, default_value = "scenarios")]
    pub scenarios: PathBuf,
    /// zh-CN or en-US (default: the saved profile, else LANG, else zh-CN).
    #[arg(long)]
    pub locale: Option<String>,
    /// Trainee id (default: the saved profile, else $USER; it may start with `-`).
    #[arg(long, allow_hyphen_values = true)]
    pub trainee: Option<String>,
    /// Trainee's name as shown in reports (it may start with `-`).
    #[arg(long, allow_hyphen_values = true)]
    pub name: Option<String>,
    /// Cohort or course the attempts belong to (it may start with `-`).
    #[arg(long, allow_hyphen_values = true)]
    pub cohort: Option<String>,
    /// Seed of the first encounter (default: a new one each time).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Where to save results (default: as `touchpoint play`).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Text size in percent (75–200).
    #[arg(long)]
    pub text_size: Option<u16>,
    /// Master volume 0–100 (remembered).
    #[arg(long)]
    pub volume: Option<u8>,
    /// No sound (remembered); `--mute false` turns it back on.
    #[arg(long, num_args = 0..=1, default_missing_value = "true")]
    pub mute: Option<bool>,
    /// Scripted run: write encounter.png and debrief.png here, then exit.
    #[arg(long, requires = "choices")]
    pub shots: Option<PathBuf>,
    /// With --shots: the encounter to open (default: the first).
    #[arg(long)]
    pub encounter: Option<String>,
    /// With --shots: the replies to play, comma-separated ids.
    #[arg(long)]
    pub choices: Option<String>,
    /// Play on this course server (`touchpoint serve`), e.g.
    /// https://training.example.com: sign in with your account there, and the server
    /// draws the customer, times every reply and scores and keeps the attempt
    /// (nothing is saved here). Without it the app plays the scenarios folder offline.
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    /// With --server: trust the certificates of this PEM file instead of the public
    /// certificate authorities.
    #[arg(long, requires = "server", value_name = "PEM")]
    pub ca_cert: Option<PathBuf>,
    /// With --server and --shots: read the password from the first line of standard
    /// input (the sign-in screen asks for it otherwise).
    #[arg(long, requires = "server")]
    pub password_stdin: bool,
}

/// Runs the command line and returns the process exit code.
pub fn run() -> i32 {
    let mut cmd = Cli::command();
    let matches = cmd.clone().get_matches();
    if let Some(e) = swallowed_flag(&mut cmd, &matches, &std::env::args_os().collect::<Vec<_>>()) {
        e.exit();
    }
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit());
    let code = dispatch(cli);
    // What is still buffered (a last line without a newline) is written now, checked.
    out::finish();
    code
}

fn dispatch(cli: Cli) -> i32 {
    match cli.command {
        Command::Validate {
            paths,
            deny_warnings,
            format,
        } => validate::run(&paths, deny_warnings, format),
        Command::Play(args) => play::run(&args, cli.store.as_deref()),
        Command::Results { command } => results::run(cli.store.as_deref(), &command),
        Command::Analyze(args) => analyze::run(&args),
        Command::Graph(args) => graph::run(&args),
        Command::New(args) => new::run(&args),
        Command::Gen {
            nodes,
            replies,
            procedure,
            seed,
            out,
            measure,
            catalog,
        } => match (out, nodes) {
            (Some(out), _) if !measure => generate::run(nodes, replies, procedure, seed, &out),
            (_, Some(nodes)) => generate::measure(nodes, seed, &catalog),
            _ => {
                eprintln!("error: --replies needs --out");
                2
            }
        },
        Command::Gui(args) => gui_command(&args, cli.store.as_deref()),
        Command::List {
            paths,
            locale,
            trainee,
            results,
        } => list::run(
            &paths,
            locale.as_deref(),
            trainee.as_deref(),
            results.as_deref(),
        ),
        Command::Test { paths } => test::run(&paths),
        Command::Package(args) => package::run(&args),
        Command::Serve(args) => server::serve(&args, cli.store.as_deref()),
        Command::Users { command } => server::users(&command, cli.store.as_deref()),
    }
}

/// The paths a command was given, or `scenarios`; every one must exist.
fn paths_or_scenarios(paths: &[PathBuf]) -> Result<Vec<PathBuf>, i32> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("scenarios")]
    } else {
        paths.to_vec()
    };
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        eprintln!("{}: error: no such file or folder", missing.display());
        return Err(1);
    }
    Ok(paths)
}

fn env(var: &str) -> Option<String> {
    std::env::var(var).ok()
}

/// The locale to use: the flag if given (must be supported), else the environment.
fn pick_locale(flag: Option<&str>) -> Result<&'static str, String> {
    match flag {
        Some(l) => touchpoint_content::locale::negotiate(l).ok_or_else(|| {
            format!(
                "unsupported locale `{l}`; expected one of: {}",
                touchpoint_content::locale::SUPPORTED.join(", ")
            )
        }),
        None => Ok(touchpoint_content::locale::from_env(env)),
    }
}

/// Loads an encounter for a command, printing its reports on stderr. `None` (after an
/// error line saying `what` did not happen) when it is not valid.
fn load_encounter(
    path: &std::path::Path,
    what: &str,
) -> Option<touchpoint_content::encounter::Encounter> {
    let (enc, reports) = touchpoint_content::encounter::load(path);
    let mut printer = touchpoint_content::report::Printer::for_stream({
        use std::io::IsTerminal;
        std::io::stderr().is_terminal()
    });
    for r in &reports {
        eprintln!("{}", printer.render(r));
    }
    if enc.is_none() {
        term::eprint_wrapped(&format!(
            "error: {} is not a valid scenario; {what}",
            path.display()
        ));
    }
    enc
}

#[cfg(feature = "gui")]
fn gui_command(args: &GuiArgs, store: Option<&str>) -> i32 {
    use touchpoint_results::{profile, record};
    let (mut prof, problem) = profile::load(&profile::default_path(env));
    if let Some(p) = problem {
        eprintln!("{p}");
    }
    let locale = match args.locale.as_deref() {
        Some(l) => match pick_locale(Some(l)) {
            Ok(l) => l.to_string(),
            Err(e) => {
                eprintln!("error: {e}");
                return 2;
            }
        },
        None if !prof.trainee_id.is_empty() => prof.locale.clone(),
        None => touchpoint_content::locale::from_env(env).to_string(),
    };
    let id = args
        .trainee
        .clone()
        .or_else(|| (!prof.trainee_id.is_empty()).then(|| prof.trainee_id.clone()))
        .or_else(|| env("USER"))
        .unwrap_or_else(|| "anonymous".into());
    if !record::valid_trainee_id(&id) {
        eprintln!(
            "error: invalid trainee id `{id}`; expected 1-64 letters, digits, `.`, `_`, `-` or `@`"
        );
        return 2;
    }
    let name = args.name.clone().unwrap_or_else(|| {
        if prof.trainee_id == id && !prof.name.is_empty() {
            prof.name.clone()
        } else {
            id.clone()
        }
    });
    let cohort = args
        .cohort
        .clone()
        .or_else(|| (!prof.cohort.is_empty()).then(|| prof.cohort.clone()));
    if let Some(t) = args.text_size {
        prof.text_scale = t;
    }
    if let Some(v) = args.volume {
        prof.volume = v;
    }
    if let Some(m) = args.mute {
        prof.muted = m;
    }
    prof.trainee_id = id.clone();
    prof.name = name.clone();
    prof.cohort = cohort.clone().unwrap_or_default();
    prof.locale = locale.clone();
    let prof = prof.sanitized();
    if let Err(e) = profile::save(&profile::default_path(env), &prof) {
        eprintln!("warning: cannot save the profile: {e}");
    }
    let server = match connect(args, &locale) {
        Ok(c) => c,
        Err(code) => return code,
    };
    crate::gui::run(crate::gui::Options {
        server,
        scenarios: args.scenarios.clone(),
        player: crate::gui::play::Player {
            trainee: record::Trainee { id, name },
            cohort,
            locale: locale.clone(),
            results_dir: args.out.clone().unwrap_or_else(|| record::default_dir(env)),
            store: touchpoint_results::store::Location::resolve(store, env),
        },
        seed: args.seed,
        text_scale: f32::from(prof.text_scale) / 100.0,
        volume: f32::from(prof.volume) / 100.0,
        muted: prof.muted,
        profile: Some(profile::default_path(env)),
        script: args
            .shots
            .as_ref()
            .map(|dir| crate::gui::autopilot::Script {
                dir: dir.clone(),
                encounter: args.encounter.clone(),
                choices: args
                    .choices
                    .as_deref()
                    .unwrap_or("")
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                first_shot: if locale.starts_with("zh") {
                    "encounter-zh.png".into()
                } else {
                    "encounter.png".into()
                },
            }),
    })
}

/// `gui --server`: the server's address checked (and its certificate file read)
/// before a window opens, and the password of `--password-stdin`.
#[cfg(feature = "gui")]
fn connect(args: &GuiArgs, locale: &str) -> Result<Option<crate::gui::online::Connect>, i32> {
    use touchpoint_content::locale::Texts;
    use touchpoint_results::remote::{RemoteError, Server};
    let Some(url) = &args.server else {
        return Ok(None);
    };
    let ui = Texts::new(locale, None, None);
    let ca_pem = match &args.ca_cert {
        None => None,
        Some(path) => match std::fs::read(path) {
            Ok(pem) => Some(pem),
            Err(e) => {
                let said = ui.ui_fmt(
                    "ui-server-cert-unreadable",
                    &[
                        ("path", path.display().to_string().into()),
                        ("error", e.to_string().into()),
                    ],
                );
                eprintln!("error: {said}");
                return Err(2);
            }
        },
    };
    let server = match Server::new(url, ca_pem.as_deref()) {
        Ok(s) => s,
        Err(RemoteError::NoCertificate) => {
            let path = args.ca_cert.as_deref().unwrap_or(std::path::Path::new(""));
            let said = ui.ui_fmt(
                "ui-server-no-certificate",
                &[("path", path.display().to_string().into())],
            );
            eprintln!("error: {said}");
            return Err(2);
        }
        Err(e) => {
            eprintln!("error: {}", e.in_words(&ui, url));
            return Err(2);
        }
    };
    if server.sends_password_in_clear() {
        eprintln!(
            "warning: {}",
            ui.ui_fmt("ui-server-clear", &[("url", url.clone().into())])
        );
    }
    let password = if args.password_stdin {
        let mut line = String::new();
        if let Err(e) = std::io::stdin().read_line(&mut line) {
            let said = ui.ui_fmt(
                "ui-server-password-unreadable",
                &[("error", e.to_string().into())],
            );
            eprintln!("error: {said}");
            return Err(2);
        }
        Some(line.trim_end_matches(['\n', '\r']).to_string())
    } else {
        None
    };
    Ok(Some(crate::gui::online::Connect {
        url: server.url().to_string(),
        ca_pem,
        password,
    }))
}

#[cfg(not(feature = "gui"))]
fn gui_command(_: &GuiArgs, _: Option<&str>) -> i32 {
    eprintln!(
        "error: this touchpoint was built without the desktop app; build it with `cargo run --release --features gui -- gui`"
    );
    2
}
