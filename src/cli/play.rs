use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use fluent_bundle::FluentValue;

use super::{EXIT_NEED_CHOICES, PlayArgs, env, pick_locale, term};
use crate::adapters::encounter::{self, Encounter};
use crate::adapters::files::layout_for;
use crate::adapters::journal::{self, Journal};
use crate::adapters::locale::Texts;
use crate::adapters::results::{self, AttemptRecord, Meta, Trainee};
use crate::adapters::store::{Location, Store};
use crate::engine::{Pick, Session, SessionState, assess};

pub fn run(args: &PlayArgs, store: Option<&str>) -> i32 {
    let locale = match pick_locale(args.locale.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let trainee_id = args
        .trainee
        .clone()
        .or_else(|| env("USER"))
        .unwrap_or_else(|| "anonymous".into());
    if !results::valid_trainee_id(&trainee_id) {
        eprintln!(
            "error: invalid trainee id `{trainee_id}`; expected 1-64 letters, digits, `.`, `_`, `-` or `@`"
        );
        return 2;
    }
    let mut name = args.name.clone().unwrap_or_else(|| trainee_id.clone());
    if name.chars().count() > 100 || name.chars().any(char::is_control) {
        eprintln!(
            "error: invalid trainee name; expected up to 100 characters without control characters"
        );
        return 2;
    }
    // What the store and `results import` accept (results::check).
    if args
        .cohort
        .as_deref()
        .is_some_and(|c| !results::valid_cohort(c))
    {
        eprintln!(
            "error: invalid cohort; expected up to 100 characters without control characters"
        );
        return 2;
    }

    let Some(enc) = super::load_encounter(&args.scenario, "nothing was played") else {
        return 1;
    };
    // 53 bits, so that JSON readers that use doubles (JavaScript) keep it exact.
    let mut seed = args.seed.unwrap_or_else(|| results::entropy(0) >> 11);
    let started = SystemTime::now();
    let mut attempt_id = results::uuid_v7(started, seed);
    let mut started_at = results::rfc3339(started);
    let mut locale = locale.to_string();
    let mut cohort = args.cohort.clone();
    let mut history: Vec<(String, u64)> = Vec::new();
    let mut resumed: Option<Box<SessionState>> = None;

    // An attempt of this trainee on this encounter that was interrupted (the terminal
    // was closed or killed): resume it, or record it as abandoned and start anew.
    let jdir = journal::dir(&results::default_dir(env));
    let (found, unreadable) = journal::pending(&jdir, &trainee_id, &enc.scenario.id);
    for r in &unreadable {
        eprintln!("warning: {r} (left as it is)");
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
                    "error: {}: the encounter changed since this attempt began ({}), so it cannot be resumed as it was; `--fresh` records it as abandoned and starts anew",
                    path.display(),
                    j.started_at
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
                resumed = Some(Box::new(j.state.clone()));
                journal_path = Some(path);
            }
            Resume::No => {
                // Recorded (as abandoned, or as finished if it had ended) in the
                // results folder: never into an --out file the new attempt will use.
                let record = journal::settle(&enc, &texts, &j);
                let into = args.out.as_ref().filter(|o| o.is_dir()).cloned();
                if keep_in(&record, &enc, into.as_deref(), store, &texts) {
                    journal::remove(&path);
                }
            }
            Resume::Later => eprintln!(
                "note: {} is an unfinished attempt of this encounter ({} replies, started {}); `--resume` continues it, `--fresh` records it as abandoned",
                path.display(),
                j.replies.len(),
                j.started_at
            ),
        }
    }
    let locale = locale.as_str();

    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    let out: &mut dyn Write = if args.json { &mut stderr } else { &mut stdout };
    let mut script: Option<VecDeque<String>> = args.choices.as_ref().map(|c| {
        c.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    });
    let scripted = script.is_some();
    let show = !(args.json && scripted);
    let mut sink = std::io::sink();
    let out: &mut dyn Write = if show { out } else { &mut sink };

    let mut input = if scripted {
        Input::Script
    } else if args.watch {
        Input::Watch(Watcher::new(&enc))
    } else {
        Input::Stdin
    };
    // Who played, when, in which language: the record's header.
    let meta = |ended: SystemTime| Meta {
        attempt_id: attempt_id.clone(),
        trainee: Trainee {
            id: trainee_id.clone(),
            name: name.clone(),
        },
        cohort: cohort.clone(),
        locale: locale.to_string(),
        started_at: started_at.clone(),
        ended_at: results::rfc3339(ended),
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
            )
        }),
        warned: false,
    };
    let mut enc = enc;
    let (state, played) = loop {
        let texts = enc.texts(locale);
        match drive(
            &enc,
            &texts,
            seed,
            &history,
            resumed.take().as_deref(),
            script.as_mut(),
            &mut input,
            out,
            &mut journaling,
        ) {
            Step::Done(state, played) => break (*state, played),
            // Quitting before the first reply leaves nothing to record.
            Step::Quit(state) if state.decisions.is_empty() => return 1,
            Step::Quit(state) => {
                let texts = enc.texts(locale);
                let record = results::abandoned(&enc, &texts, &state, meta(SystemTime::now()));
                if keep(&record, &enc, args, store, &texts) {
                    journaling.done();
                }
                return 1;
            }
            Step::Reload(new, h) => {
                enc = *new;
                if let Some(w) = journaling.writer.as_mut() {
                    w.header.content_hash = enc.content_hash.clone();
                }
                history = h;
            }
            Step::Exit(code) => return code,
        }
    };
    let texts = enc.texts(locale);

    if let Some(rest) = script.as_ref().filter(|s| !s.is_empty()) {
        eprintln!(
            "error: the encounter ended after {} replies, but --choices has {} more ({}); nothing was saved",
            played.len(),
            rest.len(),
            rest.iter().cloned().collect::<Vec<_>>().join(",")
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
    let record = results::record(&enc, &texts, &state, &assessment, meta(SystemTime::now()));
    let Ok(json) = serde_json::to_string_pretty(&record) else {
        eprintln!("error: cannot encode the result");
        return 1;
    };
    if show {
        term::debrief(out, &texts, &record);
        let _ = writeln!(
            out,
            "\n{}",
            texts.ui_fmt(
                "ui-replay",
                &[
                    (
                        "file",
                        FluentValue::from(args.scenario.display().to_string())
                    ),
                    ("seed", FluentValue::from(seed.to_string())),
                    ("choices", FluentValue::from(played.join(","))),
                ]
            )
        );
    }
    if args.json {
        println!("{json}");
    }
    if keep(&record, &enc, args, store, &texts) {
        journaling.done();
        0
    } else {
        1
    }
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
}

impl Journaling {
    fn record(&mut self, replies: &[(String, u64)], state: &SessionState) {
        let Some(w) = self.writer.as_mut() else {
            return;
        };
        let now = results::rfc3339(SystemTime::now());
        if let Err(e) = w.record(replies, state, &now)
            && !self.warned
        {
            self.warned = true;
            eprintln!(
                "warning: cannot write the journal in {}: {e}; if this terminal is killed the attempt cannot be resumed",
                w.dir.display()
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

/// Saves the record as a result file (atomically) and in the results store. The file
/// comes first: if the store cannot be written, the file is still there for
/// `touchpoint results import`. Returns whether the file was saved.
fn keep(
    record: &AttemptRecord,
    enc: &Encounter,
    args: &PlayArgs,
    store: Option<&str>,
    texts: &Texts,
) -> bool {
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
) -> bool {
    let dir = dir.map_or_else(|| results::default_dir(env), Path::to_path_buf);
    keep_at(
        record,
        enc,
        dir.join(results::file_name(record)),
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
) -> bool {
    let saved = serde_json::to_string_pretty(record)
        .map_err(|e| e.to_string())
        .and_then(|json| {
            results::write_atomic(&path, format!("{json}\n").as_bytes()).map_err(|e| e.to_string())
        });
    let location = Location::resolve(store, env);
    match Store::open(&location).and_then(|mut s| s.put_played(record, enc)) {
        Ok(_) => {}
        Err(e) => eprintln!(
            "warning: the attempt was not added to the results store: {e}; the result file can be imported later with `touchpoint results import`"
        ),
    }
    match saved {
        Ok(()) => {
            eprintln!(
                "{}",
                texts.ui_fmt(
                    "ui-saved",
                    &[("path", FluentValue::from(path.display().to_string()))]
                )
            );
            true
        }
        Err(e) => {
            eprintln!("error: cannot save the result to {}: {e}", path.display());
            false
        }
    }
}

/// Where replies come from.
enum Input {
    Script,
    Stdin,
    /// Stdin read on a thread, so that saved files can be noticed while waiting.
    Watch(Watcher),
}

/// What a run of [`drive`] came to.
enum Step {
    Done(Box<SessionState>, Vec<String>),
    /// The trainee quit (or the terminal closed) part-way: record it as abandoned.
    Quit(Box<SessionState>),
    /// The files changed and loaded cleanly: replay this history on the new encounter.
    Reload(Box<Encounter>, Vec<(String, u64)>),
    Exit(i32),
}

/// Files an encounter is built from, and when each last changed.
struct Watcher {
    files: Vec<(PathBuf, Option<SystemTime>)>,
    lines: mpsc::Receiver<Option<String>>,
}

fn modified(p: &Path) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

impl Watcher {
    fn new(enc: &Encounter) -> Self {
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
        let mut w = Watcher {
            files: Vec::new(),
            lines: rx,
        };
        w.track(enc);
        w
    }

    fn track(&mut self, enc: &Encounter) {
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

/// Plays from the start, silently replaying `history` first, until the encounter
/// ends, the trainee quits, or (with `--watch`) the files change.
#[allow(clippy::too_many_arguments)]
fn drive(
    enc: &Encounter,
    texts: &Texts,
    seed: u64,
    history: &[(String, u64)],
    resumed: Option<&SessionState>,
    mut script: Option<&mut VecDeque<String>>,
    input: &mut Input,
    out: &mut dyn Write,
    journaling: &mut Journaling,
) -> Step {
    let path = enc.path.display();
    let (mut session, first) = match Session::start(&enc.scenario, &enc.catalog, seed) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return Step::Exit(1);
        }
    };
    let mut played: Vec<(String, u64)> = Vec::new();
    let mut options = if history.is_empty() {
        term::intro(out, texts);
        let _ = writeln!(
            out,
            "({})",
            texts.ui_fmt("ui-seed", &[("seed", FluentValue::from(seed.to_string()))])
        );
        term::events(out, texts, &first)
    } else {
        for (id, ms) in history {
            // A reply the clock took (the node's `on_timeout`, journaled by the app)
            // replays as that timeout: it need not be among the replies on offer.
            let replayed = !session.is_finished()
                && (session.choose(&Pick::Id(id.clone()), *ms).is_ok()
                    || (session.current_on_timeout() == Some(id.as_str())
                        && session.timeout().is_ok()));
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
                    "error: {path}: the journal's replies do not replay to its saved state; it is left as it is"
                );
                return Step::Exit(1);
            }
            term::intro(out, texts);
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
        term::events(out, texts, &session.replay_current())
    };
    while !session.is_finished() {
        let shown = options.clone().unwrap_or_default();
        let asked = Instant::now();
        let (pick, elapsed) = if let Some(script) = script.as_mut() {
            match script.pop_front() {
                Some(s) => (Pick::parse(&s), 0),
                None => {
                    let _ = out.flush();
                    eprintln!(
                        "the --choices list ended before the encounter did; nothing was saved"
                    );
                    eprintln!("choices: {}", session.available().join(" "));
                    return Step::Exit(EXIT_NEED_CHOICES);
                }
            }
        } else {
            let _ = write!(
                out,
                "{} > ",
                texts.ui_fmt("ui-prompt", &[("count", FluentValue::from(shown.len()))])
            );
            let _ = out.flush();
            let line = match input {
                Input::Watch(w) => loop {
                    match w.lines.recv_timeout(Duration::from_millis(250)) {
                        Ok(line) => break line,
                        Err(mpsc::RecvTimeoutError::Disconnected) => break None,
                        Err(mpsc::RecvTimeoutError::Timeout) => {
                            if !w.changed() {
                                continue;
                            }
                            // Let the editor finish writing.
                            std::thread::sleep(Duration::from_millis(100));
                            w.changed();
                            let (new, reports) = encounter::load(&enc.path);
                            let _ = writeln!(out);
                            for r in &reports {
                                let _ = writeln!(out, "{r}");
                            }
                            match new {
                                Some(new) => {
                                    w.track(&new);
                                    return Step::Reload(Box::new(new), played);
                                }
                                None => {
                                    let _ = write!(
                                        out,
                                        "{}\n{} > ",
                                        texts.ui("ui-watch-failed"),
                                        texts.ui_fmt(
                                            "ui-prompt",
                                            &[("count", FluentValue::from(shown.len()))]
                                        )
                                    );
                                    let _ = out.flush();
                                }
                            }
                        }
                    }
                },
                _ => {
                    let mut line = String::new();
                    match std::io::stdin().lock().read_line(&mut line) {
                        Ok(0) | Err(_) => None,
                        Ok(_) => Some(line),
                    }
                }
            };
            let Some(line) = line else {
                let _ = writeln!(out);
                eprintln!("{}", texts.ui("ui-input-closed"));
                return Step::Quit(Box::new(session.into_state()));
            };
            let line = line.trim();
            if line.eq_ignore_ascii_case("q") || line.eq_ignore_ascii_case("quit") {
                eprintln!("{}", texts.ui("ui-quit"));
                return Step::Quit(Box::new(session.into_state()));
            }
            match line.parse::<usize>() {
                Ok(n) if (1..=shown.len()).contains(&n) => {
                    (Pick::Number(n), asked.elapsed().as_millis() as u64)
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "{}",
                        texts.ui_fmt(
                            "ui-invalid-choice",
                            &[("count", FluentValue::from(shown.len()))]
                        )
                    );
                    continue;
                }
            }
        };
        match session.choose(&pick, elapsed) {
            Ok(events) => {
                if let Some(d) = session.state().decisions.last() {
                    let _ = writeln!(
                        out,
                        "\n{}{}{}",
                        texts.ui("ui-you"),
                        texts.colon(),
                        texts.text(&d.choice)
                    );
                    played.push((d.choice.clone(), d.elapsed_ms));
                }
                journaling.record(&played, session.state());
                options = term::events(out, texts, &events);
            }
            Err(e) => {
                eprintln!("error: {path}: {e}; nothing was saved");
                return Step::Exit(1);
            }
        }
    }
    Step::Done(
        Box::new(session.into_state()),
        played.into_iter().map(|(id, _)| id).collect(),
    )
}
