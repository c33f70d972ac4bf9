//! `touchpoint play --server URL`: the terminal as a client of the course server.
//!
//! The same screens as playing a file (the setting and briefing, the customer's lines
//! with the mood readout, the numbered replies, the countdown of a timed decision, the
//! debrief: `term.rs`, and the prompt of `play.rs`), drawn from what the server
//! answers (`results::remote`). The server draws the customer, times every reply by
//! its own clock, scores the attempt and keeps it; nothing is computed or written
//! here: no result file, no journal, no store. An attempt left part-way stays open on
//! the server, and the next `play --server` of that encounter (or the browser) goes on
//! from where it stands.

use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Write};
use std::time::{Duration, Instant};

use fluent_bundle::FluentValue;

use super::play::{self, Asked, Clock, Input};
use super::term::{self, Layout};
use super::{EXIT_NEED_CHOICES, PlayArgs};
use touchpoint_content::locale::Texts;
use touchpoint_engine::{Event, Pick, TimedPick};
use touchpoint_results::record;
use touchpoint_results::remote::{Account, Offered, RemoteError, Server, View, Words};

/// Plays on the server at `url`, the program's own texts in `locale` (until the
/// attempt's own language takes over).
pub fn run(args: &PlayArgs, url: &str, locale: &'static str) -> i32 {
    let ui = Texts::new(locale, None, None);
    let script = match script(args.choices.as_deref(), &ui) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let ca = match &args.ca_cert {
        None => None,
        Some(path) => match std::fs::read(path) {
            Ok(pem) => Some(pem),
            Err(e) => {
                let path = FluentValue::from(path.display().to_string());
                let error = FluentValue::from(e.to_string());
                error_line(&ui.ui_fmt(
                    "ui-server-cert-unreadable",
                    &[("path", path), ("error", error)],
                ));
                return 2;
            }
        },
    };
    let mut server = match Server::new(url, ca.as_deref()) {
        Ok(s) => s,
        Err(RemoteError::NoCertificate) => {
            let path = args.ca_cert.as_deref().unwrap_or(std::path::Path::new(""));
            error_line(&ui.ui_fmt(
                "ui-server-no-certificate",
                &[("path", FluentValue::from(path.display().to_string()))],
            ));
            return 2;
        }
        Err(e) => {
            error_line(&e.in_words(&ui, url));
            return 2;
        }
    };
    if server.sends_password_in_clear() {
        term::eprint_wrapped(&format!(
            "warning: {}",
            ui.ui_fmt("ui-server-clear", &[("url", FluentValue::from(url))])
        ));
    }
    let id = match account_id(args.trainee.as_deref(), &ui, server.url()) {
        Ok(id) => id,
        Err(code) => return code,
    };
    let password = match password(args.password_stdin, &ui, &id) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let account = match server.sign_in(&id, &password) {
        Ok(a) => a,
        Err(e) => {
            error_line(&e.in_words(&ui, server.url()));
            return 1;
        }
    };
    drop(password);
    let code = signed_in(args, &server, &account, locale, script);
    // The session ends with the command (an attempt left open stays on the server).
    let _ = server.sign_out();
    code
}

/// The replies of `--choices`, sent one by one. A time (`@ms`) is refused: the
/// server times each reply itself.
fn script(choices: Option<&str>, ui: &Texts) -> Result<Option<VecDeque<Pick>>, i32> {
    let Some(list) = choices else {
        return Ok(None);
    };
    let picks = TimedPick::parse_list(list).map_err(|e| {
        eprintln!("error: --choices: {e}");
        2
    })?;
    let timed = list
        .split(',')
        .map(str::trim)
        .enumerate()
        .find(|(_, e)| e.contains('@'));
    if let Some((k, entry)) = timed {
        error_line(&ui.ui_fmt(
            "ui-server-choices-timed",
            &[
                ("entry", FluentValue::from(k + 1)),
                ("choice", FluentValue::from(entry)),
            ],
        ));
        return Err(2);
    }
    Ok(Some(picks.into_iter().map(|p| p.pick).collect()))
}

/// The account to sign in as: `--trainee`, else asked for at the terminal.
fn account_id(given: Option<&str>, ui: &Texts, url: &str) -> Result<String, i32> {
    let id = match given {
        Some(id) => id.to_string(),
        None if std::io::stdin().is_terminal() => {
            eprint!(
                "{} ",
                ui.ui_fmt("ui-server-id-prompt", &[("url", FluentValue::from(url))])
            );
            let mut line = String::new();
            if std::io::stdin().lock().read_line(&mut line).unwrap_or(0) == 0 {
                eprintln!();
                return Err(1);
            }
            line.trim().to_string()
        }
        None => {
            error_line(&ui.ui("ui-server-need-id"));
            return Err(2);
        }
    };
    if !record::valid_trainee_id(&id) {
        error_line(&ui.ui_fmt(
            "ui-invalid-trainee",
            &[("id", FluentValue::from(id.as_str()))],
        ));
        return Err(2);
    }
    Ok(id)
}

/// The password: the first line of standard input with `--password-stdin`, else
/// typed at the terminal without echo.
fn password(from_stdin: bool, ui: &Texts, id: &str) -> Result<String, i32> {
    if from_stdin {
        let mut line = String::new();
        return match std::io::stdin().lock().read_line(&mut line) {
            Ok(_) => Ok(line.trim_end_matches(['\n', '\r']).to_string()),
            Err(e) => {
                error_line(&ui.ui_fmt(
                    "ui-server-password-unreadable",
                    &[("error", FluentValue::from(e.to_string()))],
                ));
                Err(1)
            }
        };
    }
    if !std::io::stdin().is_terminal() {
        error_line(&ui.ui("ui-server-need-password"));
        return Err(2);
    }
    let prompt = ui.ui_fmt(
        "ui-server-password-prompt",
        &[("id", FluentValue::from(id))],
    );
    rpassword::prompt_password(format!("{prompt} ")).map_err(|e| {
        error_line(&ui.ui_fmt(
            "ui-server-password-unreadable",
            &[("error", FluentValue::from(e.to_string()))],
        ));
        1
    })
}

/// Signed in: picks the encounter, resumes its open attempt or starts one, plays it.
fn signed_in(
    args: &PlayArgs,
    server: &Server,
    account: &Account,
    locale: &'static str,
    script: Option<VecDeque<Pick>>,
) -> i32 {
    let ui = Texts::new(locale, None, None);
    // As playing a file: with --json the result goes to stdout and the play to
    // stderr; scripted with --json, nothing but the result is shown.
    let show = !(args.json && script.is_some());
    let lay = Layout::of_stream(args.json);
    let (mut stdout, mut stderr, mut sink) =
        (super::out::Stdout, std::io::stderr(), std::io::sink());
    let out: &mut dyn Write = match (show, args.json) {
        (false, _) => &mut sink,
        (true, true) => &mut stderr,
        (true, false) => &mut stdout,
    };
    let signed = ui.ui_fmt(
        "ui-server-signed-in",
        &[
            ("url", FluentValue::from(server.url())),
            ("name", FluentValue::from(account.name.as_str())),
            ("id", FluentValue::from(account.id.as_str())),
        ],
    );
    term::para(out, &lay, "", "  ", &signed);
    let offered = match server.encounters(locale) {
        Ok(list) => list,
        Err(e) => return failed(&ui, server, &e),
    };
    let scenario = match &args.scenario {
        Some(s) => {
            let s = s.to_string_lossy();
            if !offered.iter().any(|o| o.id == s) {
                error_line(&ui.ui_fmt(
                    "ui-server-no-encounter",
                    &[
                        ("id", FluentValue::from(s.as_ref())),
                        ("url", FluentValue::from(server.url())),
                    ],
                ));
                return 1;
            }
            s.into_owned()
        }
        None => match pick(out, &ui, &lay, server.url(), &offered) {
            Some(id) => id,
            None => return 1,
        },
    };
    // The newest attempt of it still open on the server: it goes on.
    let open = match server.attempts() {
        Ok(list) => list
            .into_iter()
            .rev()
            .find(|a| a.scenario == scenario && !a.ended),
        Err(e) => return failed(&ui, server, &e),
    };
    let count = |n: usize| [("count", FluentValue::from(n))];
    let view = match open {
        Some(a) if !args.fresh => {
            eprintln!("{}", ui.ui_fmt("ui-server-resuming", &count(a.replies)));
            server.attempt(&a.attempt_id)
        }
        Some(a) => {
            eprintln!("{}", ui.ui_fmt("ui-server-left-open", &count(a.replies)));
            server.start(&scenario, locale)
        }
        None => server.start(&scenario, locale),
    };
    match view {
        Ok(view) => play_attempt(args, server, view, script, out, &lay),
        Err(e) => failed(&ui, server, &e),
    }
}

/// The course's encounters by module, numbered; the one picked (`None`: the trainee
/// quit, or the input ended).
fn pick(
    out: &mut dyn Write,
    ui: &Texts,
    lay: &Layout,
    url: &str,
    offered: &[Offered],
) -> Option<String> {
    if offered.is_empty() {
        error_line(&ui.ui_fmt("ui-server-none-offered", &[("url", FluentValue::from(url))]));
        return None;
    }
    let _ = writeln!(out);
    let heading = ui.ui_fmt("ui-server-encounters", &[("url", FluentValue::from(url))]);
    term::para(out, lay, "", "  ", &heading);
    let digits = offered.len().to_string().len();
    let title_width = offered
        .iter()
        .map(|o| term::width(&o.title))
        .max()
        .unwrap_or(0);
    let mut module = None;
    for (i, o) in offered.iter().enumerate() {
        if module != Some(&o.module) {
            module = Some(&o.module);
            let _ = writeln!(out, "\n{}", o.module_title(ui));
        }
        let assessed = if o.assessed {
            format!("  [{}]", ui.ui("ui-server-assessed"))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {:>digits$}) {}  {} · {}{assessed}",
            i + 1,
            term::pad(&o.title, title_width),
            o.archetype,
            o.difficulty
        );
    }
    let count = [("count", FluentValue::from(offered.len()))];
    loop {
        let _ = write!(out, "\n{} > ", ui.ui_fmt("ui-server-pick", &count));
        let _ = out.flush();
        let mut line = String::new();
        if std::io::stdin().lock().read_line(&mut line).unwrap_or(0) == 0 {
            let _ = writeln!(out);
            return None;
        }
        let line = line.trim();
        if line.eq_ignore_ascii_case("q") || line.eq_ignore_ascii_case("quit") {
            return None;
        }
        match line.parse::<usize>() {
            Ok(n) if (1..=offered.len()).contains(&n) => return Some(offered[n - 1].id.clone()),
            _ => term::para(out, lay, "", "", &ui.ui_fmt("ui-server-pick-again", &count)),
        }
    }
}

/// Plays the attempt from where `view` stands to its end (or until the trainee
/// leaves, the script runs out or the server cannot go on); 0 when it ended and the
/// debrief was shown.
fn play_attempt(
    args: &PlayArgs,
    server: &Server,
    first: View,
    mut script: Option<VecDeque<Pick>>,
    out: &mut dyn Write,
    lay: &Layout,
) -> i32 {
    // The attempt's language, for its texts and the program's alike (as a resumed
    // attempt at the terminal keeps the language it began in).
    let locale = first.locale.clone();
    let mut words = Words::default();
    words.add(&first.words);
    let mut texts = words.texts(&locale);
    term::intro(out, &texts, lay);
    let kind = if first.assessed {
        "ui-server-assessed-attempt"
    } else {
        "ui-server-practice-attempt"
    };
    let _ = writeln!(out, "({})", texts.ui(kind));
    term::events(out, &texts, lay, &first.events);
    let mut view = first;
    let mut input = if script.is_some() {
        Input::Script
    } else {
        Input::typed()
    };
    while !view.ended {
        let mut by_clock = false;
        let choice = match script.as_mut() {
            Some(script) => match script.pop_front() {
                None => {
                    let _ = out.flush();
                    play::choices_ended(&texts.ui("ui-server-choices-ended"), &view.choices);
                    return EXIT_NEED_CHOICES;
                }
                Some(Pick::Id(id)) => id,
                Some(Pick::Number(n)) => match n.checked_sub(1).and_then(|i| view.choices.get(i)) {
                    Some(c) => c.clone(),
                    None => return not_on_offer(out, &texts, &n.to_string(), &view.choices),
                },
            },
            None => {
                let clock = clock_of(&view);
                match play::ask(&texts, lay, &mut input, &clock, view.choices.len(), out) {
                    Asked::Reply(Pick::Number(n), _) => view.choices[n - 1].clone(),
                    Asked::Reply(Pick::Id(id), _) => id,
                    // The server takes the node's reply for the clock running out,
                    // whatever is sent after it (as the course's pages do).
                    Asked::TimedOut => {
                        by_clock = true;
                        view.choices.first().cloned().unwrap_or_default()
                    }
                    Asked::Quit { closed } => {
                        let _ = out.flush();
                        let key = if closed {
                            "ui-server-input-closed"
                        } else {
                            "ui-server-quit"
                        };
                        eprintln!("{}", texts.ui(key));
                        return 1;
                    }
                    // (No files are watched.)
                    Asked::Reload(_) => continue,
                }
            }
        };
        let next = match server.reply(&view.attempt_id, &choice) {
            Ok(next) => next,
            Err(RemoteError::NotOnOffer { choice, on_offer }) if script.is_some() => {
                return not_on_offer(out, &texts, &choice, &on_offer);
            }
            // Another window or device moved the attempt on: where it stands now.
            Err(RemoteError::NotOnOffer { .. } | RemoteError::Conflict { .. }) => {
                let _ = writeln!(out);
                term::para(out, lay, "↻ ", "  ", &texts.ui("ui-server-moved-on"));
                match server.attempt(&view.attempt_id) {
                    Ok(now) => {
                        words.add(&now.words);
                        texts = words.texts(&locale);
                        term::events(out, &texts, lay, &now.events);
                        view = now;
                        continue;
                    }
                    Err(e) => return failed(&texts, server, &e),
                }
            }
            Err(e) => return failed(&texts, server, &e),
        };
        words.add(&next.words);
        texts = words.texts(&locale);
        let mut events = next.events.clone();
        if next.timed_out {
            // The clock took the node's reply: said once, and not again as late.
            if !by_clock {
                let _ = writeln!(out);
                term::para(out, lay, "⏱ ", "  ", &texts.ui("ui-timed-out"));
            }
            events.retain(|e| !matches!(e, Event::Late { .. }));
        } else {
            term::you_said(out, &texts, lay, &choice);
        }
        term::events(out, &texts, lay, &events);
        view = next;
    }
    let Some(result) = &view.result else {
        let e = RemoteError::Unexpected {
            url: server.url().to_string(),
            status: 200,
            why: "the attempt ended without its result".into(),
        };
        return failed(&texts, server, &e);
    };
    if let Some(rest) = script.as_ref().filter(|s| !s.is_empty()) {
        // The attempt is scored and kept all the same: said, not an error.
        let rest: Vec<String> = rest
            .iter()
            .map(|p| match p {
                Pick::Id(id) => id.clone(),
                Pick::Number(n) => n.to_string(),
            })
            .collect();
        term::eprint_wrapped(&format!(
            "warning: {}",
            texts.ui_fmt(
                "ui-server-choices-left",
                &[
                    ("count", FluentValue::from(result.transcript.len())),
                    ("more", FluentValue::from(rest.len())),
                    ("rest", FluentValue::from(rest.join(","))),
                ],
            )
        ));
    }
    term::debrief(out, &texts, lay, result);
    let kept = texts.ui_fmt(
        "ui-server-kept",
        &[("id", FluentValue::from(result.attempt_id.as_str()))],
    );
    let _ = writeln!(out);
    term::para(out, lay, "", "  ", &kept);
    let _ = out.flush();
    if args.json {
        match serde_json::to_string_pretty(result) {
            Ok(json) => super::out::outln!("{json}"),
            Err(_) => {
                eprintln!("error: cannot encode the result");
                return 1;
            }
        }
    }
    0
}

/// The clock of the decision the server sent: its limit, started so that what is
/// left is what the server's clock says.
fn clock_of(v: &View) -> Clock {
    let now = Instant::now();
    let asked = match (v.time_limit, v.time_left_ms) {
        (Some(limit), Some(left)) => {
            let used = (u64::from(limit) * 1000).saturating_sub(left);
            now.checked_sub(Duration::from_millis(used)).unwrap_or(now)
        }
        _ => now,
    };
    Clock::new(asked, v.time_limit, v.clock_takes_reply)
}

/// A scripted reply the server does not offer here: says so with the replies on
/// offer (the last line of stderr, as when `--choices` runs out). Nothing changed.
fn not_on_offer(out: &mut dyn Write, t: &Texts, choice: &str, on_offer: &[String]) -> i32 {
    let _ = out.flush();
    let e = RemoteError::NotOnOffer {
        choice: choice.to_string(),
        on_offer: on_offer.to_vec(),
    };
    error_line(&e.in_words(t, ""));
    eprintln!("choices: {}", on_offer.join(" "));
    1
}

/// Says why the server could not go on, in the middle of an attempt: the replies
/// given so far are on the server, and the same command goes on from there.
fn failed(t: &Texts, server: &Server, e: &RemoteError) -> i32 {
    error_line(&e.in_words(t, server.url()));
    if matches!(
        e,
        RemoteError::Unreachable { .. } | RemoteError::SessionEnded
    ) {
        term::eprint_wrapped(&t.ui("ui-server-go-on-later"));
    }
    1
}

/// A line of `results push`'s report on standard output, wrapped to the terminal.
fn said(text: &str) {
    term::para(
        &mut super::out::Stdout,
        &Layout::of_stream(false),
        "",
        "  ",
        text,
    );
}

fn error_line(text: &str) {
    term::eprint_wrapped(&format!("error: {text}"));
}

/// `touchpoint results push`: signs in, sends each result file (folders: the
/// `.json` files in them) to be replayed and kept on the server, says for each what
/// became of it, signs out. Exit 1 when one was refused or unreadable, 2 for a bad
/// address or certificate file.
pub fn push(args: &super::PushArgs) -> i32 {
    let locale = super::pick_locale(None).unwrap_or("zh-CN");
    let ui = Texts::new(locale, None, None);
    let ca = match &args.ca_cert {
        None => None,
        Some(path) => match std::fs::read(path) {
            Ok(pem) => Some(pem),
            Err(e) => {
                error_line(&ui.ui_fmt(
                    "ui-server-cert-unreadable",
                    &[
                        ("path", FluentValue::from(path.display().to_string())),
                        ("error", FluentValue::from(e.to_string())),
                    ],
                ));
                return 2;
            }
        },
    };
    let mut server = match Server::new(&args.server, ca.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            error_line(&e.in_words(&ui, &args.server));
            return 2;
        }
    };
    // Every file read first: a typo in a path is said before a password is asked.
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for p in &args.paths {
        if p.is_dir() {
            let mut in_dir: Vec<_> = std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|f| f.extension().is_some_and(|x| x == "json"))
                        .collect()
                })
                .unwrap_or_default();
            in_dir.sort();
            files.extend(in_dir);
        } else {
            files.push(p.clone());
        }
    }
    if server.sends_password_in_clear() {
        term::eprint_wrapped(&format!(
            "warning: {}",
            ui.ui_fmt(
                "ui-server-clear",
                &[("url", FluentValue::from(args.server.as_str()))]
            )
        ));
    }
    let id = match account_id(args.trainee.as_deref(), &ui, server.url()) {
        Ok(id) => id,
        Err(code) => return code,
    };
    let password = match password(args.password_stdin, &ui, &id) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if let Err(e) = server.sign_in(&id, &password) {
        error_line(&e.in_words(&ui, server.url()));
        return 1;
    }
    drop(password);
    let (mut added, mut there, mut refused) = (0usize, 0usize, 0usize);
    let file_arg = |f: &std::path::Path| FluentValue::from(f.display().to_string());
    for f in &files {
        let record = match touchpoint_results::record::read(f) {
            Ok(rec) => serde_json::to_value(&rec).unwrap_or_default(),
            Err(report) => {
                refused += 1;
                eprintln!("{report}");
                continue;
            }
        };
        match server.push(&record) {
            Ok(true) => {
                added += 1;
                said(&ui.ui_fmt("ui-push-added", &[("file", file_arg(f))]));
            }
            Ok(false) => {
                there += 1;
                said(&ui.ui_fmt("ui-push-already", &[("file", file_arg(f))]));
            }
            Err(RemoteError::Refused { message: why, .. })
            | Err(RemoteError::Conflict { message: why }) => {
                refused += 1;
                term::eprint_wrapped(&ui.ui_fmt(
                    "ui-push-refused",
                    &[("file", file_arg(f)), ("reason", FluentValue::from(why))],
                ));
            }
            Err(e) => {
                // The server is gone or the session ended: the rest cannot go either.
                error_line(&e.in_words(&ui, server.url()));
                let _ = server.sign_out();
                return 1;
            }
        }
    }
    said(&ui.ui_fmt(
        "ui-push-summary",
        &[
            ("added", FluentValue::from(added)),
            ("already", FluentValue::from(there)),
            ("refused", FluentValue::from(refused)),
        ],
    ));
    let _ = server.sign_out();
    i32::from(refused > 0)
}
