use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use fluent_bundle::FluentValue;

use super::term::{self, Layout};
use super::{EXIT_NEED_CHOICES, PlayArgs, env, pick_locale};
use touchpoint_content::encounter::{self, Encounter};
use touchpoint_content::files::layout_for;
use touchpoint_content::locale::Texts;
use touchpoint_content::outfile;
use touchpoint_engine::session::replay_entry;
use touchpoint_engine::{Pick, Session, SessionState, TimedPick, assess};
use touchpoint_results::journal::{self, Journal};
use touchpoint_results::record::{self, AttemptRecord, Meta, Trainee};
use touchpoint_results::store::Location;

pub fn run(args: &PlayArgs, store: Option<&str>) -> i32 {
    let locale = match pick_locale(args.locale.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    if let Some(url) = &args.server {
        return super::remote::run(args, url, locale);
    }
    // (Clap asks for it without --server.)
    let Some(scenario) = args.scenario.as_deref() else {
        eprintln!("error: name the scenario file to play");
        return 2;
    };
    // What the trainee is told comes in their language.
    let ui = Texts::new(locale, None, None);
    let trainee_id = args
        .trainee
        .clone()
        .or_else(|| env("USER"))
        .unwrap_or_else(|| "anonymous".into());
    if !record::valid_trainee_id(&trainee_id) {
        eprintln!(
            "error: {}",
            ui.ui_fmt(
                "ui-invalid-trainee",
                &[("id", FluentValue::from(trainee_id.as_str()))]
            )
        );
        return 2;
    }
    let mut name = args.name.clone().unwrap_or_else(|| trainee_id.clone());
    if !record::valid_name(&name) {
        eprintln!("error: {}", ui.ui("ui-invalid-name"));
        return 2;
    }
    if args
        .cohort
        .as_deref()
        .is_some_and(|c| c.is_empty() || !record::valid_cohort(c))
    {
        eprintln!("error: {}", ui.ui("ui-invalid-cohort"));
        return 2;
    }
    let mut script: Option<VecDeque<TimedPick>> = match args.choices.as_deref() {
        None => None,
        Some(c) => match TimedPick::parse_list(c) {
            Ok(list) => Some(list.into()),
            Err(e) => {
                eprintln!("error: --choices: {e}");
                return 2;
            }
        },
    };

    let Some(enc) = super::load_encounter(scenario, "nothing was played") else {
        return 1;
    };
    // 53 bits, so that JSON readers that use doubles (JavaScript) keep it exact.
    let mut seed = args.seed.unwrap_or_else(|| record::entropy(0) >> 11);
    let started = SystemTime::now();
    let mut attempt_id = record::uuid_v7(started, seed);
    let mut started_at = record::rfc3339(started);
    let mut locale = locale.to_string();
    let mut cohort = args.cohort.clone();
    let mut history: Vec<(String, u64)> = Vec::new();
    let mut resumed: Option<Box<SessionState>> = None;
    // When the last reply was given: a finished or abandoned attempt ends there. A
    // journal keeps the same moment, so an attempt recorded again from its journal
    // (killed after it was saved, before its journal went) is the same record.
    let mut last_reply_at: Option<String> = None;

    // An attempt of this trainee on this encounter that was interrupted (the terminal
    // was closed or killed): resume it, or record it as abandoned and start anew.
    let jdir = journal::dir(&record::default_dir(env));
    let (found, unusable) = journal::pending(&jdir, &trainee_id, &enc.scenario.id);
    // `--resume` with nothing to resume but unusable journals: an error naming them,
    // never a new attempt started in silence.
    if args.resume && found.is_empty() && !unusable.is_empty() {
        for (_, r) in &unusable {
            eprintln!(
                "error: {}",
                ui.ui_fmt(
                    "ui-journal-unusable-resume",
                    &[("report", FluentValue::from(r.to_string()))]
                )
            );
        }
        return 1;
    }
    for (path, r) in &unusable {
        let report = FluentValue::from(r.to_string());
        // `--fresh` clears it: moved aside (never deleted), and said where.
        let moved = args.fresh.then(|| journal::set_aside(path));
        let line = match moved {
            Some(Ok(to)) => ui.ui_fmt(
                "ui-journal-set-aside",
                &[
                    ("report", report),
                    ("path", FluentValue::from(to.display().to_string())),
                ],
            ),
            Some(Err(e)) => ui.ui_fmt(
                "ui-journal-not-set-aside",
                &[
                    ("report", report),
                    ("error", FluentValue::from(e.to_string())),
                ],
            ),
            None => ui.ui_fmt("ui-journal-left", &[("report", report)]),
        };
        eprintln!("warning: {line}");
    }
    let mut journal_path: Option<PathBuf> = None;
    if let Some((path, j)) = found.into_iter().next() {
        let texts = enc.texts(&j.locale);
        let choice = if args.resume {
            Resume::Yes
        } else if args.fresh {
            Resume::No
        } else if args.choices.is_none() && std::io::stdin().is_terminal() {
            ask_resume(&texts, &j)
        } else {
            Resume::Later
        };
        match choice {
            Resume::Yes if j.content_hash != enc.content_hash => {
                eprintln!(
                    "error: {}",
                    texts.ui_fmt(
                        "ui-resume-changed",
                        &[
                            ("path", FluentValue::from(path.display().to_string())),
                            ("started", FluentValue::from(j.started_at.clone())),
                        ]
                    )
                );
                return 1;
            }
            Resume::Yes => {
                eprintln!(
                    "{}",
                    texts.ui_fmt(
                        "ui-resuming",
                        &[
                            ("count", FluentValue::from(j.replies.len())),
                            ("started", FluentValue::from(j.started_at.clone())),
                        ]
                    )
                );
                seed = j.seed;
                cohort = j.cohort.clone();
                name = j.trainee.name.clone();
                attempt_id = j.attempt_id.clone();
                started_at = j.started_at.clone();
                locale = j.locale.clone();
                history = j.replies.clone();
                last_reply_at = Some(j.updated_at.clone());
                resumed = Some(Box::new(j.state.clone()));
                journal_path = Some(path);
            }
            Resume::No => {
                // Recorded (as abandoned, or as finished if it had ended) in the
                // results folder: never into an --out file the new attempt will use.
                // Scored on the version it was played on (the copy beside its journal,
                // else the store's) if the encounter has changed since.
                let old = journal::played_on(&path, &j, &enc, &Location::resolve(store, env));
                let (on, texts) = match &old {
                    Some(old) => (old, old.texts(&j.locale)),
                    None => (&enc, texts),
                };
                let record = journal::settle(on, &texts, &j);
                let into = args.out.as_ref().filter(|o| o.is_dir()).cloned();
                let saved = keep_in(&record, on, into.as_deref(), store, &texts);
                if saved.ok {
                    journal::remove(&path);
                }
                saved.report();
            }
            Resume::Later => eprintln!(
                "note: {}",
                texts.ui_fmt(
                    "ui-unfinished-note",
                    &[
                        ("path", FluentValue::from(path.display().to_string())),
                        ("count", FluentValue::from(j.replies.len())),
                        ("started", FluentValue::from(j.started_at.clone())),
                    ]
                )
            ),
        }
    }
    let locale = locale.as_str();

    let scripted = script.is_some();
    let show = !(args.json && scripted);
    // With --json (or `--out -`) the result goes to stdout and the play to stderr;
    // laid out for wherever it goes.
    let result_on_stdout = args.json || args.out.as_deref().is_some_and(outfile::is_stdout);
    let lay = Layout::of_stream(result_on_stdout);
    let mut stdout = super::out::Stdout;
    let mut stderr = std::io::stderr();
    let out: &mut dyn Write = if result_on_stdout {
        &mut stderr
    } else {
        &mut stdout
    };
    let mut sink = std::io::sink();
    let out: &mut dyn Write = if show { out } else { &mut sink };

    let mut input = if scripted {
        Input::Script
    } else {
        Input::Lines {
            lines: read_lines(),
            watch: args.watch.then(|| Watcher::new(&enc)),
            tty: std::io::stdin().is_terminal(),
        }
    };
    // Who played, when, in which language: the record's header. It ends with the last
    // reply.
    let meta = |last_reply_at: &Option<String>| Meta {
        attempt_id: attempt_id.clone(),
        trainee: Trainee {
            id: trainee_id.clone(),
            name: name.clone(),
        },
        cohort: cohort.clone(),
        locale: locale.to_string(),
        started_at: started_at.clone(),
        ended_at: last_reply_at
            .clone()
            .unwrap_or_else(|| record::rfc3339(SystemTime::now())),
    };
    // Replies typed at the terminal are journaled, so a killed terminal loses nothing.
    let mut journaling = Journaling {
        resumed: journal_path.clone(),
        writer: (!scripted).then(|| {
            journal::Writer::new(
                jdir.clone(),
                journal::Header {
                    attempt_id: attempt_id.clone(),
                    scenario_path: std::path::absolute(&enc.path)
                        .unwrap_or_else(|_| enc.path.clone()),
                    scenario_id: enc.scenario.id.clone(),
                    content_hash: enc.content_hash.clone(),
                    trainee: Trainee {
                        id: trainee_id.clone(),
                        name: name.clone(),
                    },
                    cohort: cohort.clone(),
                    locale: locale.to_string(),
                    seed,
                    started_at: started_at.clone(),
                },
                journal_path.clone(),
                &enc,
            )
        }),
        warned: false,
        locale: locale.to_string(),
    };
    let mut enc = enc;
    let state = loop {
        let texts = enc.texts(locale);
        let step = drive(
            &Play {
                enc: &enc,
                texts: &texts,
                lay: &lay,
                seed,
            },
            &history,
            resumed.take().as_deref(),
            script.as_mut(),
            &mut input,
            out,
            &mut journaling,
            &mut last_reply_at,
        );
        match step {
            Step::Done(state) => break *state,
            Step::Quit { state, closed } => {
                let _ = out.flush();
                // Quitting before the first reply leaves nothing to record; after it,
                // the attempt is saved as abandoned (README: Result files).
                let key = match (state.decisions.is_empty(), closed) {
                    (true, true) => "ui-input-closed-empty",
                    (true, false) => "ui-quit-empty",
                    (false, true) => "ui-input-closed",
                    (false, false) => "ui-quit",
                };
                eprintln!("{}", texts.ui(key));
                if state.decisions.is_empty() {
                    return 1;
                }
                let record = record::abandoned(&enc, &texts, &state, meta(&last_reply_at));
                let saved = keep(&record, &enc, args, store, &texts);
                if saved.ok {
                    journaling.done();
                }
                saved.report();
                return 1;
            }
            Step::Reload(new, h) => {
                enc = *new;
                // The journal goes on on the reloaded version, and keeps its files.
                if let Some(w) = journaling.writer.as_mut() {
                    w.play_on(&enc);
                }
                history = h;
            }
            Step::Exit(code) => return code,
        }
    };
    let texts = enc.texts(locale);

    if let Some(rest) = script.as_ref().filter(|s| !s.is_empty()) {
        let list = rest
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",");
        eprintln!(
            "error: {}",
            texts.ui_fmt(
                "ui-choices-left",
                &[
                    ("count", FluentValue::from(state.decisions.len())),
                    ("more", FluentValue::from(rest.len())),
                    ("rest", FluentValue::from(list)),
                ]
            )
        );
        return 1;
    }
    let assessment = match assess(&enc.scenario, &enc.catalog, &state) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    // One record, built once: the file, the store and --json carry the same.
    let record = record::record(&enc, &texts, &state, &assessment, meta(&last_reply_at));
    let Ok(json) = serde_json::to_string_pretty(&record) else {
        eprintln!("error: cannot encode the result");
        return 1;
    };
    // Saved before anything is shown: an output closed part-way loses nothing.
    let saved = keep(&record, &enc, args, store, &texts);
    if saved.ok {
        journaling.done();
    }
    if show {
        term::debrief(out, &texts, &lay, &record);
        // Late replies carry their milliseconds (`id@26000`), so that the line
        // replays to the same result.
        let choices: Vec<String> = state.decisions.iter().map(replay_entry).collect();
        let replay = texts.ui_fmt(
            "ui-replay",
            &[
                ("file", FluentValue::from(scenario.display().to_string())),
                ("seed", FluentValue::from(seed.to_string())),
                ("choices", FluentValue::from(choices.join(","))),
            ],
        );
        let _ = writeln!(out, "\n{replay}");
        let _ = out.flush();
    }
    // (`--out -` has written it there already.)
    if args.json && !args.out.as_deref().is_some_and(outfile::is_stdout) {
        super::out::outln!("{json}");
    }
    saved.report();
    if saved.ok { 0 } else { 1 }
}

/// What to do with an interrupted attempt.
enum Resume {
    Yes,
    /// Record it as abandoned, then start anew.
    No,
    /// Leave it for later (not asked: a script is playing).
    Later,
}

fn ask_resume(texts: &Texts, j: &Journal) -> Resume {
    eprint!(
        "{} ",
        texts.ui_fmt(
            "ui-resume-ask",
            &[
                ("count", FluentValue::from(j.replies.len())),
                ("started", FluentValue::from(j.started_at.clone())),
            ]
        )
    );
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    match line.trim().to_lowercase().as_str() {
        "n" | "no" | "否" | "不" => Resume::No,
        _ => Resume::Yes,
    }
}

/// Writes the journal after every reply (interactive play only).
struct Journaling {
    /// None: not journaling (scripted play).
    writer: Option<journal::Writer>,
    /// The journal of a resumed attempt (removed when it is saved, even by a script).
    resumed: Option<PathBuf>,
    warned: bool,
    /// The attempt's locale (for the warning).
    locale: String,
}

impl Journaling {
    /// Journals the replies so far, stamped `now` (the moment of the last one).
    fn record(&mut self, replies: &[(String, u64)], state: &SessionState, now: &str) {
        let Some(w) = self.writer.as_mut() else {
            return;
        };
        if let Err(e) = w.record(replies, state, now)
            && !self.warned
        {
            self.warned = true;
            eprintln!(
                "warning: {}",
                Texts::new(&self.locale, None, None).ui_fmt(
                    "ui-journal-unwritable",
                    &[
                        ("dir", FluentValue::from(w.dir.display().to_string())),
                        ("error", FluentValue::from(e.to_string())),
                    ]
                )
            );
        }
    }

    /// The attempt is saved: its journal goes.
    fn done(&self) {
        match &self.writer {
            Some(w) => w.done(),
            None => {
                if let Some(p) = &self.resumed {
                    journal::remove(p);
                }
            }
        }
    }
}

/// What saving an attempt came to, and what to tell the trainee about it.
struct Saved {
    /// The result file was written.
    ok: bool,
    notes: Vec<String>,
}

impl Saved {
    fn report(&self) {
        for n in &self.notes {
            eprintln!("{n}");
        }
    }
}

/// Saves the record as a result file (atomically) and in the results store. The file
/// comes first: if the store cannot be written, the file is still there for
/// `touchpoint results import`.
fn keep(
    record: &AttemptRecord,
    enc: &Encounter,
    args: &PlayArgs,
    store: Option<&str>,
    texts: &Texts,
) -> Saved {
    match &args.out {
        Some(p) if !p.is_dir() => keep_at(record, enc, p.clone(), store, texts),
        dir => keep_in(record, enc, dir.as_deref(), store, texts),
    }
}

/// Saves the record into a folder (default: the results folder) under its own name.
fn keep_in(
    record: &AttemptRecord,
    enc: &Encounter,
    dir: Option<&Path>,
    store: Option<&str>,
    texts: &Texts,
) -> Saved {
    let dir = dir.map_or_else(|| record::default_dir(env), Path::to_path_buf);
    keep_at(
        record,
        enc,
        dir.join(record::file_name(record)),
        store,
        texts,
    )
}

/// The store keeps the encounter version with the attempt (see
/// [`Store::put_played`]), so exports name things and later imports verify anywhere.
fn keep_at(
    record: &AttemptRecord,
    enc: &Encounter,
    path: PathBuf,
    store: Option<&str>,
    texts: &Texts,
) -> Saved {
    let saved = serde_json::to_string_pretty(record)
        .map_err(|e| e.to_string())
        .and_then(|json| {
            record::write_atomic(&path, format!("{json}\n").as_bytes()).map_err(|e| e.to_string())
        });
    let mut notes = Vec::new();
    // The same record goes to the store: one attempt, one record, in both. A record
    // the store refuses (not one Touchpoint writes, or not replaying) an import would
    // refuse too; a store that fails leaves the file to import later.
    if let Some(w) = touchpoint_results::played::keep_in_store(
        &Location::resolve(store, env),
        record,
        enc,
        saved.is_ok(),
        texts,
    ) {
        notes.push(format!("warning: {w}"));
    }
    match saved {
        // On stdout (`--out -`) the JSON speaks for itself.
        Ok(()) if outfile::is_stdout(&path) => Saved { ok: true, notes },
        Ok(()) => {
            notes.push(texts.ui_fmt(
                "ui-saved",
                &[("path", FluentValue::from(path.display().to_string()))],
            ));
            Saved { ok: true, notes }
        }
        Err(e) => {
            notes.push(format!(
                "error: {}",
                texts.ui_fmt(
                    "ui-cannot-save",
                    &[
                        ("path", FluentValue::from(path.display().to_string())),
                        ("error", FluentValue::from(e)),
                    ]
                )
            ));
            Saved { ok: false, notes }
        }
    }
}

/// Where replies come from.
pub(super) enum Input {
    Script,
    /// Typed replies, read on a thread so that the clock and (with `--watch`) saved
    /// files are noticed while waiting.
    Lines {
        lines: mpsc::Receiver<Option<String>>,
        watch: Option<Watcher>,
        /// Stdin is a terminal: typed-ahead input can be discarded.
        tty: bool,
    },
}

impl Input {
    /// Replies typed at the terminal (or piped in), without watching files.
    pub(super) fn typed() -> Input {
        Input::Lines {
            lines: read_lines(),
            watch: None,
            tty: std::io::stdin().is_terminal(),
        }
    }
}

/// Stdin's lines, read on a thread; `None` when input ends.
fn read_lines() -> mpsc::Receiver<Option<String>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        loop {
            let mut line = String::new();
            let got = match stdin.lock().read_line(&mut line) {
                Ok(0) | Err(_) => None,
                Ok(_) => Some(line),
            };
            let end = got.is_none();
            if tx.send(got).is_err() || end {
                break;
            }
        }
    });
    rx
}

/// What a run of [`drive`] came to.
enum Step {
    Done(Box<SessionState>),
    /// The trainee quit (`closed`: the input closed) part-way.
    Quit {
        state: Box<SessionState>,
        closed: bool,
    },
    /// The files changed and loaded cleanly: replay this history on the new encounter.
    Reload(Box<Encounter>, Vec<(String, u64)>),
    Exit(i32),
}

/// Files an encounter is built from, and when each last changed.
pub(super) struct Watcher {
    /// The scenario file, loaded again when one of them changes.
    path: PathBuf,
    files: Vec<(PathBuf, Option<SystemTime>)>,
}

fn modified(p: &Path) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

impl Watcher {
    fn new(enc: &Encounter) -> Self {
        let mut w = Watcher {
            path: enc.path.clone(),
            files: Vec::new(),
        };
        w.track(enc);
        w
    }

    fn track(&mut self, enc: &Encounter) {
        self.path = enc.path.clone();
        let layout = layout_for(&enc.path);
        let mut files = vec![enc.path.clone()];
        files.extend(enc.locales.iter().map(|l| l.scenario_path.clone()));
        files.extend(layout.catalog);
        if let Some(dir) = layout.locales {
            files.extend(
                enc.locales
                    .iter()
                    .map(|l| dir.join(&l.locale).join("catalog.ftl")),
            );
        }
        self.files = files
            .into_iter()
            .map(|p| {
                let m = modified(&p);
                (p, m)
            })
            .collect();
    }

    /// Whether any file changed since the last call.
    fn changed(&mut self) -> bool {
        let mut any = false;
        for (p, m) in &mut self.files {
            let now = modified(p);
            if now != *m {
                *m = now;
                any = true;
            }
        }
        any
    }
}

/// The clock of one decision at the terminal.
#[derive(Debug, Clone, Copy)]
pub(super) struct Clock {
    /// When the replies were shown.
    asked: Instant,
    /// The node's time limit, if it has one.
    limit: Option<Duration>,
    /// When it runs out, the node's `on_timeout` reply is taken (as the desktop app
    /// does); without one, a reply after it counts as late.
    takes_timeout: bool,
}

impl Clock {
    pub(super) fn new(asked: Instant, limit_s: Option<u32>, on_timeout: bool) -> Clock {
        Clock {
            asked,
            limit: limit_s.map(|s| Duration::from_secs(u64::from(s))),
            takes_timeout: on_timeout,
        }
    }

    /// Time left (zero once out); `None` when untimed.
    fn remaining(&self, now: Instant) -> Option<Duration> {
        self.limit
            .map(|l| l.saturating_sub(now.saturating_duration_since(self.asked)))
    }

    /// Whole seconds left, rounded up (what the countdown shows).
    fn seconds_left(&self, now: Instant) -> Option<u64> {
        self.remaining(now)
            .map(|r| r.as_millis().div_ceil(1000) as u64)
    }

    /// The clock has run out and takes the node's timeout reply.
    fn runs_out(&self, now: Instant) -> bool {
        self.takes_timeout && self.remaining(now).is_some_and(|r| r.is_zero())
    }
}

/// What came of waiting for the trainee's line.
#[derive(Debug, PartialEq, Eq)]
enum Waited {
    /// A line, or `None`: the input closed.
    Line(Option<String>),
    /// The clock ran out and takes the node's timeout reply.
    TimedOut,
    /// `tick` asked to stop (the files changed).
    Stopped,
}

/// Waits for the trainee's next line on a decision timed by `clock`. A line already
/// typed comes first; then the clock running out, when it takes the timeout reply.
/// While waiting, `tick` is called at least every 250 ms (and when the clock runs
/// out) with the whole seconds left; when it returns true, waiting stops.
fn wait_reply(
    lines: &mpsc::Receiver<Option<String>>,
    clock: &Clock,
    now: &dyn Fn() -> Instant,
    tick: &mut dyn FnMut(Option<u64>) -> bool,
) -> Waited {
    const POLL: Duration = Duration::from_millis(250);
    loop {
        match lines.try_recv() {
            Ok(l) => return Waited::Line(l),
            Err(mpsc::TryRecvError::Disconnected) => return Waited::Line(None),
            Err(mpsc::TryRecvError::Empty) => {}
        }
        let t = now();
        if clock.runs_out(t) {
            return Waited::TimedOut;
        }
        let wake = match clock.remaining(t) {
            Some(r) if !r.is_zero() => r.min(POLL),
            _ => POLL,
        };
        match lines.recv_timeout(wake) {
            Ok(l) => return Waited::Line(l),
            Err(mpsc::RecvTimeoutError::Disconnected) => return Waited::Line(None),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if tick(clock.seconds_left(now())) {
                    return Waited::Stopped;
                }
            }
        }
    }
}

/// Rewrites the line above the cursor in place (the countdown above the prompt),
/// leaving the cursor, and whatever the trainee is typing, where they are.
fn redraw_above(out: &mut dyn Write, line: &str) {
    let _ = write!(out, "\x1b7\x1b[1A\r{line}\x1b[K\x1b8");
    let _ = out.flush();
}

/// Discards what was typed at the terminal and not yet entered (when the clock took
/// the reply, a half-typed number must not answer the next decision).
fn discard_typeahead() {
    #[cfg(unix)]
    // SAFETY: tcflush on stdin's descriptor only drops queued input; on a descriptor
    // that is not a terminal it fails harmlessly.
    unsafe {
        libc::tcflush(0, libc::TCIFLUSH);
    }
}

/// What the trainee did at a decision.
pub(super) enum Asked {
    Reply(Pick, u64),
    TimedOut,
    Quit { closed: bool },
    Reload(Box<Encounter>),
}

/// The encounter being played and how it is shown.
struct Play<'a> {
    enc: &'a Encounter,
    texts: &'a Texts,
    lay: &'a Layout,
    seed: u64,
}

/// Asks for a reply at the terminal until one is given, the clock takes it, the
/// trainee quits, or (with `--watch`) the files change.
pub(super) fn ask(
    t: &Texts,
    lay: &Layout,
    input: &mut Input,
    clock: &Clock,
    count: usize,
    out: &mut dyn Write,
) -> Asked {
    let Input::Lines { lines, watch, tty } = input else {
        return Asked::Quit { closed: true };
    };
    let prompt = format!(
        "{} > ",
        t.ui_fmt("ui-prompt", &[("count", FluentValue::from(count))])
    );
    // The countdown is redrawn in place above the prompt, on a terminal wide enough
    // that the prompt and a short reply fit on one line.
    let live =
        lay.live && clock.limit.is_some() && lay.width.is_none_or(|w| term::width(&prompt) + 6 < w);
    loop {
        let mut shown = clock.seconds_left(Instant::now());
        if live && let Some(left) = shown {
            let _ = writeln!(out, "{}", term::time_left(t, left));
        }
        let _ = write!(out, "{prompt}");
        let _ = out.flush();
        let mut reload = None;
        let waited = wait_reply(lines, clock, &Instant::now, &mut |left| {
            // (At 0 a clock that takes the timeout reply says so itself.)
            if live && left != shown && !(clock.takes_timeout && left == Some(0)) {
                shown = left;
                if let Some(left) = left {
                    redraw_above(out, &term::time_left(t, left));
                }
            }
            let Some(w) = watch.as_mut() else {
                return false;
            };
            if !w.changed() {
                return false;
            }
            // Let the editor finish writing.
            std::thread::sleep(Duration::from_millis(100));
            w.changed();
            let (new, reports) = encounter::load(&w.path);
            let _ = writeln!(out);
            for r in &reports {
                let _ = writeln!(out, "{r}");
            }
            match new {
                Some(new) => {
                    w.track(&new);
                    reload = Some(Box::new(new));
                    true
                }
                None => {
                    let _ = writeln!(out, "{}", t.ui("ui-watch-failed"));
                    if live && let Some(left) = shown {
                        let _ = writeln!(out, "{}", term::time_left(t, left));
                    }
                    let _ = write!(out, "{prompt}");
                    let _ = out.flush();
                    false
                }
            }
        });
        match waited {
            Waited::Stopped => match reload {
                Some(new) => return Asked::Reload(new),
                None => continue,
            },
            Waited::TimedOut => {
                if *tty {
                    discard_typeahead();
                    while let Ok(Some(_)) = lines.try_recv() {}
                }
                let _ = writeln!(out);
                term::para(out, lay, "⏱ ", "  ", &t.ui("ui-timed-out"));
                return Asked::TimedOut;
            }
            Waited::Line(None) => {
                let _ = writeln!(out);
                return Asked::Quit { closed: true };
            }
            Waited::Line(Some(line)) => {
                let line = line.trim();
                if line.eq_ignore_ascii_case("q") || line.eq_ignore_ascii_case("quit") {
                    return Asked::Quit { closed: false };
                }
                if line.eq_ignore_ascii_case("b") {
                    let _ = writeln!(out);
                    term::briefing(out, t, lay, true);
                    let _ = writeln!(out);
                    continue;
                }
                match line.parse::<usize>() {
                    Ok(n) if (1..=count).contains(&n) => {
                        return Asked::Reply(
                            Pick::Number(n),
                            clock.asked.elapsed().as_millis() as u64,
                        );
                    }
                    _ => {
                        let text =
                            t.ui_fmt("ui-invalid-choice", &[("count", FluentValue::from(count))]);
                        term::para(out, lay, "", "", &text);
                    }
                }
            }
        }
    }
}

/// `--choices` ran out before the encounter ended: says so, then (for scripts, in
/// this form in every language) the replies on offer, as the last line of stderr.
pub(super) fn choices_ended(said: &str, on_offer: &[String]) {
    eprintln!("{said}");
    eprintln!("choices: {}", on_offer.join(" "));
}

/// Plays from the start, silently replaying `history` first, until the encounter
/// ends, the trainee quits, or (with `--watch`) the files change.
#[allow(clippy::too_many_arguments)]
fn drive(
    p: &Play,
    history: &[(String, u64)],
    resumed: Option<&SessionState>,
    mut script: Option<&mut VecDeque<TimedPick>>,
    input: &mut Input,
    out: &mut dyn Write,
    journaling: &mut Journaling,
    last_reply_at: &mut Option<String>,
) -> Step {
    let (enc, texts, lay) = (p.enc, p.texts, p.lay);
    let path = enc.path.display();
    let (mut session, first) = match Session::start(&enc.scenario, &enc.catalog, p.seed) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return Step::Exit(1);
        }
    };
    let mut played: Vec<(String, u64)> = Vec::new();
    let mut options = if history.is_empty() {
        term::intro(out, texts, lay);
        let _ = writeln!(
            out,
            "({})",
            texts.ui_fmt(
                "ui-seed",
                &[("seed", FluentValue::from(p.seed.to_string()))]
            )
        );
        term::events(out, texts, lay, &first)
    } else {
        for (id, ms) in history {
            // A reply the clock took (the node's `on_timeout`, journaled late) replays
            // as that timeout: it need not be among the replies on offer.
            let replayed =
                !session.is_finished() && session.replay(&Pick::Id(id.clone()), *ms).is_ok();
            if !replayed {
                let _ = writeln!(
                    out,
                    "{}",
                    texts.ui_fmt(
                        "ui-watch-diverged",
                        &[
                            ("count", FluentValue::from(played.len())),
                            ("choice", FluentValue::from(id.clone())),
                        ]
                    )
                );
                break;
            }
            played.push((id.clone(), *ms));
        }
        if let Some(expected) = resumed {
            // A resumed attempt: the replay must arrive exactly where it was.
            if serde_json::to_value(session.state()).ok() != serde_json::to_value(expected).ok() {
                eprintln!(
                    "error: {}",
                    texts.ui_fmt(
                        "ui-journal-diverged",
                        &[("path", FluentValue::from(path.to_string()))]
                    )
                );
                return Step::Exit(1);
            }
            term::intro(out, texts, lay);
        } else {
            let _ = writeln!(
                out,
                "\n{}",
                texts.ui_fmt(
                    "ui-watch-reloaded",
                    &[("count", FluentValue::from(played.len()))]
                )
            );
        }
        term::events(out, texts, lay, &session.replay_current())
    };
    while !session.is_finished() {
        let shown = options.clone().unwrap_or_default();
        let replied = if let Some(script) = script.as_mut() {
            match script.pop_front() {
                Some(r) => session.replay(&r.pick, r.elapsed_ms),
                None => {
                    let _ = out.flush();
                    choices_ended(&texts.ui("ui-choices-ended"), &session.available());
                    return Step::Exit(EXIT_NEED_CHOICES);
                }
            }
        } else {
            let node = session.current_node();
            let clock = Clock::new(Instant::now(), node.time_limit, node.on_timeout.is_some());
            match ask(texts, lay, input, &clock, shown.len(), out) {
                Asked::Reply(pick, ms) => session.choose(&pick, ms),
                // "Time's up" was said: the events need not say it was late.
                Asked::TimedOut => session.timeout().map(|mut ev| {
                    ev.retain(|e| !matches!(e, touchpoint_engine::Event::Late { .. }));
                    ev
                }),
                Asked::Quit { closed } => {
                    return Step::Quit {
                        state: Box::new(session.into_state()),
                        closed,
                    };
                }
                Asked::Reload(new) => return Step::Reload(new, played),
            }
        };
        match replied {
            Ok(events) => {
                if let Some(d) = session.state().decisions.last() {
                    term::you_said(out, texts, lay, &d.choice);
                    played.push((d.choice.clone(), d.elapsed_ms));
                }
                let now = record::rfc3339(SystemTime::now());
                journaling.record(&played, session.state(), &now);
                *last_reply_at = Some(now);
                options = term::events(out, texts, lay, &events);
            }
            Err(e) => {
                eprintln!("error: {path}: {e}; nothing was saved");
                return Step::Exit(1);
            }
        }
    }
    Step::Done(Box::new(session.into_state()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    /// A line sent `after` from now, on a channel kept open for a while after.
    fn line_after(after: Duration, text: &str) -> mpsc::Receiver<Option<String>> {
        let (tx, rx) = mpsc::channel();
        let text = text.to_string();
        std::thread::spawn(move || {
            std::thread::sleep(after);
            let _ = tx.send(Some(text));
            std::thread::sleep(Duration::from_secs(5));
        });
        rx
    }

    /// A clock of `limit` (milliseconds) that began now.
    fn clock(limit: u64, on_timeout: bool) -> Clock {
        Clock {
            asked: Instant::now(),
            limit: Some(ms(limit)),
            takes_timeout: on_timeout,
        }
    }

    /// The terminal showed "You have 20 s" and nothing happened at 0: the clock now
    /// takes the timeout reply when it runs out before a line comes.
    #[test]
    fn the_clock_takes_the_timeout_reply_when_no_line_comes_in_time() {
        let lines = line_after(ms(2_500), "2\n");
        let c = clock(300, true);
        let mut ticks = Vec::new();
        let got = wait_reply(&lines, &c, &Instant::now, &mut |left| {
            ticks.push(left);
            false
        });
        assert_eq!(got, Waited::TimedOut);
        let waited = c.asked.elapsed();
        assert!(waited >= ms(300) && waited < ms(2_000), "{waited:?}");
        assert!(!ticks.is_empty() && ticks.iter().all(|t| t.is_some()));
    }

    #[test]
    fn a_line_in_time_is_the_reply_and_without_on_timeout_a_late_line_is_too() {
        let lines = line_after(ms(50), "2\n");
        let got = wait_reply(&lines, &clock(2_000, true), &Instant::now, &mut |_| false);
        assert_eq!(got, Waited::Line(Some("2\n".into())));
        // No on_timeout: the countdown reaches 0 and the reply, when it comes, is late.
        let lines = line_after(ms(500), "1\n");
        let c = clock(200, false);
        let mut last = None;
        let got = wait_reply(&lines, &c, &Instant::now, &mut |left| {
            last = left;
            false
        });
        assert_eq!(got, Waited::Line(Some("1\n".into())));
        assert_eq!(last, Some(0), "the countdown showed 0");
        assert!(c.asked.elapsed() > ms(200));
    }

    #[test]
    fn closed_input_and_a_stopping_tick_end_the_wait() {
        let (tx, rx) = mpsc::channel::<Option<String>>();
        drop(tx);
        let got = wait_reply(&rx, &clock(1_000, true), &Instant::now, &mut |_| false);
        assert_eq!(got, Waited::Line(None));
        let (_tx, rx) = mpsc::channel::<Option<String>>();
        let untimed = Clock::new(Instant::now(), None, false);
        let got = wait_reply(&rx, &untimed, &Instant::now, &mut |left| {
            assert_eq!(left, None);
            true
        });
        assert_eq!(got, Waited::Stopped);
    }

    #[test]
    fn the_countdown_shows_whole_seconds_rounded_up() {
        let t0 = Instant::now();
        let c = Clock::new(t0, Some(20), true);
        assert_eq!(c.seconds_left(t0), Some(20));
        assert_eq!(c.seconds_left(t0 + ms(1)), Some(20));
        assert_eq!(c.seconds_left(t0 + ms(19_001)), Some(1));
        assert_eq!(c.seconds_left(t0 + ms(20_000)), Some(0));
        assert!(!c.runs_out(t0 + ms(19_999)));
        assert!(c.runs_out(t0 + ms(20_000)));
        assert!(!Clock::new(t0, Some(20), false).runs_out(t0 + ms(30_000)));
    }
}
