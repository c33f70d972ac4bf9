//! `touchpoint results import|list|show|export`: the results store for HR.

use std::io::Write;
use std::path::PathBuf;

use super::analyze::ProgressBar;
use super::term::pad;
use super::{ExportFormat, FilterArgs, ResultsCommand};
use crate::adapters::export;
use crate::adapters::store::{Filter, Location, Store};

impl FilterArgs {
    fn filter(&self) -> Filter {
        Filter {
            cohort: self.cohort.clone(),
            trainee: self.trainee.clone(),
            scenario: self.scenario.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
        }
    }
}

pub fn run(store: Option<&str>, cmd: &ResultsCommand) -> i32 {
    let location = Location::resolve(store, super::env);
    // Opened only by the commands that use it.
    let open = || {
        Store::open(&location).map_err(|e| {
            eprintln!("error: {e}");
            1
        })
    };
    let done = match cmd {
        ResultsCommand::Synth {
            attempts,
            out,
            scenarios,
            seed,
        } => Ok(synth(*attempts, out, scenarios, *seed)),
        ResultsCommand::Import { paths, quiet } => {
            open().map(|mut s| import(&mut s, paths, *quiet))
        }
        ResultsCommand::List { filter } => open().map(|s| list(&s, &filter.filter())),
        ResultsCommand::Show { attempt_id } => open().map(|s| show(&s, attempt_id)),
        ResultsCommand::Export {
            filter,
            format,
            out,
            quiet,
            locale,
            scenarios,
            xapi_base,
            lrs,
        } => match super::pick_locale(locale.as_deref()) {
            Err(e) => Err({
                eprintln!("error: {e}");
                2
            }),
            Ok(_) if lrs.is_some() && !matches!(format, ExportFormat::Xapi) => Err({
                eprintln!("error: --lrs sends xAPI statements: use it with --format xapi");
                2
            }),
            Ok(locale) => open().map(|s| {
                let f = filter.filter();
                match format {
                    ExportFormat::Xapi => {
                        xapi_out(&s, &f, out.as_deref(), xapi_base, lrs.as_deref(), *quiet)
                    }
                    _ => match out {
                        Some(out) => {
                            let texts = crate::adapters::course::catalog_texts(scenarios, locale);
                            export_to(&s, &f, *format, out, *quiet, &texts)
                        }
                        None => {
                            eprintln!("error: --out FILE is required");
                            2
                        }
                    },
                }
            }),
        },
        ResultsCommand::Flush { lrs } => Ok(flush(lrs)),
        ResultsCommand::Report {
            filter,
            out,
            locale,
            scenarios,
        } => match super::pick_locale(locale.as_deref()) {
            Err(e) => Err({
                eprintln!("error: {e}");
                2
            }),
            Ok(locale) => open().map(|s| {
                let texts = crate::adapters::course::catalog_texts(scenarios, locale);
                report(&s, filter, out, &texts)
            }),
        },
    };
    done.unwrap_or_else(|code| code)
}

fn import(store: &mut Store, paths: &[PathBuf], quiet: bool) -> i32 {
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        eprintln!("{}: error: no such file or folder", missing.display());
        return 1;
    }
    let mut bar = ProgressBar::new(quiet);
    let t0 = std::time::Instant::now();
    let done = store.import(paths, &mut |done, total| {
        bar.update("importing", done as u64, total as u64)
    });
    match done {
        Ok(r) => {
            for p in &r.rejected {
                eprintln!("{p} (skipped)");
            }
            eprintln!(
                "{} attempt(s) added, {} already in the store, {} file(s) skipped, in {:.1} s → {}",
                r.added,
                r.present,
                r.rejected.len(),
                t0.elapsed().as_secs_f64(),
                store.location.display()
            );
            if r.rejected.is_empty() { 0 } else { 1 }
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

fn list(store: &Store, f: &Filter) -> i32 {
    let rows = match store.rows(f) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    println!(
        "{} {} {} {} {:>5} {:<6} attempt",
        pad("started", 20),
        pad("trainee", 12),
        pad("cohort", 10),
        pad("encounter", 26),
        "score",
        "result",
    );
    for r in &rows {
        let result = match (r.status.as_str(), r.passed) {
            ("abandoned", _) => "quit",
            (_, true) => "pass",
            _ => "fail",
        };
        println!(
            "{} {} {} {} {:>5} {:<6} {}",
            pad(&r.started_at.chars().take(19).collect::<String>(), 20),
            pad(&r.trainee_id, 12),
            pad(r.cohort.as_deref().unwrap_or("-"), 10),
            pad(&r.scenario_id, 26),
            r.score,
            result,
            r.attempt_id
        );
    }
    eprintln!("{} attempt(s)", rows.len());
    0
}

fn show(store: &Store, id: &str) -> i32 {
    match store.get(id) {
        Ok(Some(rec)) => match serde_json::to_string_pretty(&rec) {
            Ok(j) => {
                println!("{j}");
                0
            }
            Err(e) => {
                eprintln!("error: {e}");
                1
            }
        },
        Ok(None) => {
            eprintln!("error: no attempt `{id}` in {}", store.location.display());
            1
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

fn export_to(
    store: &Store,
    f: &Filter,
    format: ExportFormat,
    out: &PathBuf,
    quiet: bool,
    texts: &crate::adapters::locale::Texts,
) -> i32 {
    let t0 = std::time::Instant::now();
    // Written beside the target and renamed into place: a failed export leaves no
    // half file and never replaces a good one.
    let tmp = out.with_extension(format!(
        "{}.partial",
        out.extension().and_then(|e| e.to_str()).unwrap_or("out")
    ));
    let file = match std::fs::File::create(&tmp) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", tmp.display());
            return 1;
        }
    };
    let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
    let mut bar = ProgressBar::new(quiet);
    let written = match format {
        ExportFormat::Csv => export::csv(&mut w, store, f, &mut |d, t| {
            bar.update("exporting", d as u64, t as u64)
        })
        .map_err(|e| e.to_string()),
        ExportFormat::Xlsx => crate::adapters::xlsx::xlsx(&tmp, store, f, texts, &mut |d, t| {
            bar.update("exporting", d as u64, t as u64)
        })
        .map_err(|e| e.to_string()),
        ExportFormat::Xapi => unreachable!("xAPI exports go through xapi_out"),
        ExportFormat::Jsonl => store
            .each_record(f, &mut |json| {
                w.write_all(json.as_bytes())?;
                w.write_all(b"\n")
            })
            .map_err(|e| e.to_string()),
    };
    let finished = written.and_then(|n| {
        w.flush().map_err(|e| e.to_string())?;
        w.get_ref().sync_all().map_err(|e| e.to_string())?;
        std::fs::rename(&tmp, out).map_err(|e| e.to_string())?;
        Ok(n)
    });
    match finished {
        Ok(n) => {
            eprintln!(
                "{n} attempt(s) exported to {} in {:.2} s",
                out.display(),
                t0.elapsed().as_secs_f64()
            );
            0
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            eprintln!("error: cannot export to {}: {e}", out.display());
            1
        }
    }
}

/// Plays `n` attempts of simulated trainees (uniformly random replies, so mostly
/// failing) over the encounters in `scenarios`, spread over four weeks, 10 trainees a
/// cohort, and writes their result files into `out`.
fn synth(n: usize, out: &std::path::Path, scenarios: &std::path::Path, seed: u64) -> i32 {
    use crate::adapters::results::{self, Meta, Trainee};
    use crate::engine::{Pick, Session, assess};
    use rand::{RngExt, SeedableRng};
    use std::time::{Duration, SystemTime};
    let files = crate::adapters::files::scenario_files(&[scenarios.to_path_buf()]);
    let encs: Vec<_> = files
        .iter()
        .filter_map(|f| super::load_encounter(f, "skipped"))
        .collect();
    if encs.is_empty() {
        eprintln!("error: no valid encounters in {}", scenarios.display());
        return 1;
    }
    let texts: Vec<_> = encs
        .iter()
        .map(|e| [e.texts("zh-CN"), e.texts("en-US")])
        .collect();
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot create {}: {e}", out.display());
        return 1;
    }
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_793_491_200); // 2026-11-02
    let mut bar = ProgressBar::new(false);
    for k in 0..n {
        let e = rng.random_range(0..encs.len());
        let enc = &encs[e];
        let trainee = rng.random_range(0..(n / 4).clamp(1, 500));
        let game_seed: u64 = rng.random::<u64>() >> 11;
        let Ok((mut s, _)) = Session::start(&enc.scenario, &enc.catalog, game_seed) else {
            continue;
        };
        while !s.is_finished() {
            let pick = rng.random_range(0..s.available().len());
            let ms = rng.random_range(2_000..40_000);
            if s.choose(&Pick::Number(pick + 1), ms).is_err() {
                break;
            }
        }
        let Ok(a) = assess(&enc.scenario, &enc.catalog, s.state()) else {
            continue;
        };
        let started = t0 + Duration::from_secs(rng.random_range(0..28 * 86_400));
        let took: u64 = s.state().decisions.iter().map(|d| d.elapsed_ms).sum();
        let locale = rng.random_range(0..2);
        let meta = Meta {
            attempt_id: results::uuid_v7(started, rng.random()),
            trainee: Trainee {
                id: format!("t{trainee:04}"),
                name: format!("学员{trainee:04}"),
            },
            cohort: Some(format!("cohort-{}", trainee / 10 + 1)),
            locale: ["zh-CN", "en-US"][locale].to_string(),
            started_at: results::rfc3339(started),
            ended_at: results::rfc3339(started + Duration::from_millis(took + 5_000)),
        };
        let rec = results::record(enc, &texts[e][locale], s.state(), &a, meta);
        let Ok(json) = serde_json::to_string(&rec) else {
            continue;
        };
        let path = out.join(results::file_name(&rec));
        if let Err(err) = std::fs::write(&path, json) {
            eprintln!("error: cannot write {}: {err}", path.display());
            return 1;
        }
        bar.update("simulating", (k + 1) as u64, n as u64);
    }
    eprintln!("{n} result file(s) in {}", out.display());
    0
}

/// The filters in words, for the report's header ("" when there are none).
fn filter_text(f: &FilterArgs) -> String {
    [
        ("--cohort", &f.cohort),
        ("--trainee", &f.trainee),
        ("--scenario", &f.scenario),
        ("--since", &f.since),
        ("--until", &f.until),
    ]
    .iter()
    .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k} {v}")))
    .collect::<Vec<_>>()
    .join(" ")
}

fn report(
    store: &Store,
    filter: &FilterArgs,
    out: &std::path::Path,
    texts: &crate::adapters::locale::Texts,
) -> i32 {
    use crate::adapters::html_report::{ReportInput, render};
    let t0 = std::time::Instant::now();
    let f = filter.filter();
    let input = match store
        .rows(&f)
        .and_then(|rows| Ok((rows, store.breaches(&f)?)))
    {
        Ok((rows, broken)) => ReportInput {
            rows,
            broken,
            generated_at: crate::adapters::results::rfc3339(std::time::SystemTime::now()),
            filter_text: filter_text(filter),
        },
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let html = render(&input, texts);
    match crate::adapters::results::write_atomic(out, html.as_bytes()) {
        Ok(()) => {
            eprintln!(
                "report of {} attempt(s) written to {} in {:.2} s",
                input.rows.len(),
                out.display(),
                t0.elapsed().as_secs_f64()
            );
            0
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", out.display());
            1
        }
    }
}

/// The LRS named on the command line, with credentials from the environment.
fn lrs_client(url: &str) -> Result<crate::adapters::lrs::Lrs, i32> {
    use crate::adapters::lrs::{Credentials, Lrs};
    let lrs = Lrs::new(url, Credentials::from_env(super::env)).map_err(|e| {
        eprintln!("error: {e}");
        2
    })?;
    if lrs.sends_credentials_in_clear() {
        eprintln!(
            "warning: {} is not HTTPS: the LRS password travels unencrypted",
            lrs.shown_url()
        );
    }
    Ok(lrs)
}

/// Prints what an LRS exchange did; the exit code (1 when anything is left over).
fn lrs_summary(s: &crate::adapters::lrs::Summary, queue: &std::path::Path) -> i32 {
    for m in &s.messages {
        eprintln!("{m}");
    }
    eprintln!(
        "{} statement(s) sent, {} queued in {}, {} refused",
        s.sent,
        s.queued,
        queue.display(),
        s.rejected
    );
    if s.queued > 0 || s.rejected > 0 { 1 } else { 0 }
}

fn flush(url: &str) -> i32 {
    let lrs = match lrs_client(url) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let queue = crate::adapters::lrs::default_queue_dir(super::env);
    match crate::adapters::lrs::flush(&lrs, &queue) {
        Ok(s) => lrs_summary(&s, &queue),
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// xAPI statements of the matching attempts: into a file (a JSON array), and/or
/// posted to an LRS a few hundred attempts at a time.
fn xapi_out(
    store: &Store,
    f: &Filter,
    out: Option<&std::path::Path>,
    base: &str,
    lrs_url: Option<&str>,
    quiet: bool,
) -> i32 {
    use crate::adapters::{lrs, results::AttemptRecord, xapi};
    if let Err(e) = xapi::check_base(base) {
        eprintln!("error: --xapi-base: {e}");
        return 2;
    }
    let client = match lrs_url.map(lrs_client).transpose() {
        Ok(c) => c,
        Err(code) => return code,
    };
    let queue = lrs::default_queue_dir(super::env);
    let opts = xapi::XapiOptions::new(base);
    let t0 = std::time::Instant::now();
    let total = match store.count(f) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let tmp = out.map(|o| o.with_extension("json.partial"));
    let mut file = match &tmp {
        Some(t) => match std::fs::File::create(t) {
            Ok(file) => Some(std::io::BufWriter::with_capacity(1 << 20, file)),
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", t.display());
                return 1;
            }
        },
        None => None,
    };
    let mut bar = ProgressBar::new(quiet);
    let (mut attempts, mut statements, mut skipped) = (0usize, 0usize, Vec::new());
    let mut pending: Vec<serde_json::Value> = Vec::new();
    let mut summary = lrs::Summary::default();
    let mut lrs_error = None;
    let mut send = |pending: &mut Vec<serde_json::Value>| {
        if let Some(c) = &client
            && lrs_error.is_none()
            && !pending.is_empty()
        {
            match lrs::post(c, pending, &queue) {
                Ok(s) => {
                    summary.sent += s.sent;
                    summary.queued = s.queued;
                    summary.rejected += s.rejected;
                    summary.messages.extend(s.messages);
                }
                Err(e) => lrs_error = Some(e.to_string()),
            }
        }
        pending.clear();
    };
    let walked = store.each_record(f, &mut |json| {
        attempts += 1;
        let rec: AttemptRecord = match serde_json::from_str(json) {
            Ok(r) => r,
            Err(e) => {
                skipped.push(format!("a stored record does not read: {e}"));
                return Ok(());
            }
        };
        match xapi::try_statements(&rec, &opts) {
            Ok(stmts) => {
                if let Some(w) = file.as_mut() {
                    for st in &stmts {
                        w.write_all(if statements == 0 { b"[\n" } else { b",\n" })?;
                        serde_json::to_writer(&mut *w, st)?;
                        statements += 1;
                    }
                } else {
                    statements += stmts.len();
                }
                if client.is_some() {
                    pending.extend(stmts);
                    if pending.len() >= 5_000 {
                        send(&mut pending);
                    }
                }
            }
            Err(e) => skipped.push(e.to_string()),
        }
        bar.update("exporting", attempts as u64, total as u64);
        Ok(())
    });
    send(&mut pending);
    let mut code = 0;
    let failed = walked.is_err();
    if let Err(e) = walked {
        eprintln!("error: {e}");
        code = 1;
    }
    // A damaged stored record is named and left out; the rest is still exported.
    for s in &skipped {
        eprintln!("{s} (skipped)");
        code = 1;
    }
    if let (Some(w), Some(tmp), Some(out)) = (file, &tmp, out) {
        let done = (|| -> std::io::Result<()> {
            if failed {
                return Err(std::io::Error::other("the export was not completed"));
            }
            let mut w = w;
            w.write_all(if statements == 0 { b"[]\n" } else { b"\n]\n" })?;
            w.flush()?;
            w.get_ref().sync_all()?;
            std::fs::rename(tmp, out)
        })();
        match done {
            Ok(()) => eprintln!(
                "{statements} statement(s) of {attempts} attempt(s) written to {} in {:.2} s",
                out.display(),
                t0.elapsed().as_secs_f64()
            ),
            Err(e) => {
                let _ = std::fs::remove_file(tmp);
                eprintln!("error: cannot write {}: {e}", out.display());
                code = 1;
            }
        }
    }
    if client.is_some() {
        if let Some(e) = lrs_error {
            eprintln!("error: {e}");
            code = 1;
        }
        code = code.max(lrs_summary(&summary, &queue));
    }
    code
}
