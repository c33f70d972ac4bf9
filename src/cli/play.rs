use std::collections::VecDeque;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::{BufRead, Write};
use std::time::{Instant, SystemTime};

use fluent_bundle::FluentValue;

use super::{EXIT_NEED_CHOICES, PlayArgs, env, pick_locale, term};
use crate::adapters::results::{self, Meta, Trainee};
use crate::engine::{Pick, Session, assess};

/// 64 fresh random bits from the OS-seeded hasher (no extra dependency).
fn entropy(extra: u64) -> u64 {
    let mut h = RandomState::new().build_hasher();
    h.write_u64(extra);
    h.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.write_u32(std::process::id());
    h.finish()
}

/// A UUID version 7: 48 bits of Unix milliseconds, then random bits. Sorts by time.
fn uuid_v7(now: SystemTime, seed: u64) -> String {
    let ms = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0);
    let a = entropy(seed);
    let b = entropy(a);
    let rand_a = (a & 0x0fff) as u16;
    let rand_b = b & 0x3fff_ffff_ffff_ffff;
    format!(
        "{:08x}-{:04x}-7{:03x}-{:04x}-{:012x}",
        (ms >> 16) as u32,
        (ms & 0xffff) as u16,
        rand_a,
        (0x8000 | (rand_b >> 48)) as u16,
        rand_b & 0xffff_ffff_ffff
    )
}

fn rfc3339(t: SystemTime) -> String {
    humantime::format_rfc3339_millis(t).to_string()
}

pub fn run(args: &PlayArgs) -> i32 {
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
    let name = args.name.clone().unwrap_or_else(|| trainee_id.clone());
    if name.chars().count() > 100 || name.chars().any(char::is_control) {
        eprintln!(
            "error: invalid trainee name; expected up to 100 characters without control characters"
        );
        return 2;
    }

    let Some(enc) = super::load_encounter(&args.scenario, "nothing was played") else {
        return 1;
    };
    let texts = enc.texts(locale);
    let seed = args.seed.unwrap_or_else(|| entropy(0) >> 1);
    let started = SystemTime::now();

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

    let (mut session, first) = match Session::start(&enc.scenario, &enc.catalog, seed) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {}: {e}", args.scenario.display());
            return 1;
        }
    };
    term::intro(out, &texts);
    let _ = writeln!(
        out,
        "({})",
        texts.ui_fmt("ui-seed", &[("seed", FluentValue::from(seed.to_string()))])
    );
    let mut options = term::events(out, &texts, &first);
    let stdin = std::io::stdin();
    let mut played = Vec::new();
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
                    return EXIT_NEED_CHOICES;
                }
            }
        } else {
            let _ = write!(
                out,
                "{} > ",
                texts.ui_fmt("ui-prompt", &[("count", FluentValue::from(shown.len()))])
            );
            let _ = out.flush();
            let mut line = String::new();
            match stdin.lock().read_line(&mut line) {
                Ok(0) | Err(_) => {
                    let _ = writeln!(out);
                    eprintln!("{}", texts.ui("ui-input-closed"));
                    return 1;
                }
                Ok(_) => {}
            }
            let line = line.trim();
            if line.eq_ignore_ascii_case("q") || line.eq_ignore_ascii_case("quit") {
                eprintln!("{}", texts.ui("ui-quit"));
                return 1;
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
                    played.push(d.choice.clone());
                }
                options = term::events(out, &texts, &events);
            }
            Err(e) => {
                eprintln!("error: {}: {e}; nothing was saved", args.scenario.display());
                return 1;
            }
        }
    }

    if let Some(rest) = script.as_ref().filter(|s| !s.is_empty()) {
        eprintln!(
            "error: the encounter ended after {} replies, but --choices has {} more ({}); nothing was saved",
            played.len(),
            rest.len(),
            rest.iter().cloned().collect::<Vec<_>>().join(",")
        );
        return 1;
    }
    let state = session.into_state();
    let assessment = match assess(&enc.scenario, &enc.catalog, &state) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let ended = SystemTime::now();
    let meta = Meta {
        attempt_id: uuid_v7(started, seed),
        trainee: Trainee {
            id: trainee_id,
            name,
        },
        cohort: args.cohort.clone(),
        locale: locale.to_string(),
        started_at: rfc3339(started),
        ended_at: rfc3339(ended),
    };
    let record = results::record(&enc, &texts, &state, &assessment, meta);
    let json = match serde_json::to_string_pretty(&record) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("error: cannot encode result: {e}");
            return 1;
        }
    };
    let path = match &args.out {
        Some(p) if p.is_dir() => p.join(results::file_name(&record)),
        Some(p) => p.clone(),
        None => results::default_dir(env).join(results::file_name(&record)),
    };
    let saved = results::write_atomic(&path, format!("{json}\n").as_bytes());
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
    match saved {
        Ok(()) => {
            eprintln!(
                "{}",
                texts.ui_fmt(
                    "ui-saved",
                    &[("path", FluentValue::from(path.display().to_string()))]
                )
            );
            0
        }
        Err(e) => {
            eprintln!("error: cannot save the result to {}: {e}", path.display());
            1
        }
    }
}
