//! `touchpoint results import|list|show|export`: the results store for HR.

use std::io::Write;
use std::path::PathBuf;

use super::analyze::ProgressBar;
use super::term::pad;
use super::{ExportFormat, FilterArgs, ListOrder, ResultsCommand};
use crate::adapters::export::{self, Names};
use crate::adapters::outfile::{OutFile, shown};
use crate::adapters::store::{Filter, Location, Scan, Store};

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
        ResultsCommand::Import {
            paths,
            quiet,
            scenarios,
        } => open().map(|mut s| import(&mut s, paths, scenarios, *quiet)),
        ResultsCommand::List { filter, sort } => open().map(|s| list(&s, &filter.filter(), *sort)),
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
                        // JSON Lines writes records as they are: no names to look up.
                        Some(out) if matches!(format, ExportFormat::Jsonl) => {
                            export_to(&s, &f, *format, out, *quiet, None, "")
                        }
                        // CSV shows ids: titles and columns only, no catalog.
                        Some(out) => match if matches!(format, ExportFormat::Csv) {
                            Names::titles(&s, scenarios, locale, &f)
                        } else {
                            Names::new(&s, scenarios, locale, &f)
                        } {
                            Ok(names) => {
                                say_names(&names, matches!(format, ExportFormat::Xlsx));
                                export_to(
                                    &s,
                                    &f,
                                    *format,
                                    out,
                                    *quiet,
                                    Some(&names),
                                    &filter_text(filter, &names.texts),
                                )
                            }
                            Err(e) => {
                                eprintln!("error: {e}");
                                1
                            }
                        },
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
            Ok(locale) => {
                open().map(
                    |s| match Names::new(&s, scenarios, locale, &filter.filter()) {
                        Ok(names) => {
                            say_names(&names, true);
                            report(&s, filter, out, &names)
                        }
                        Err(e) => {
                            eprintln!("error: {e}");
                            1
                        }
                    },
                )
            }
        },
    };
    done.unwrap_or_else(|code| code)
}

fn import(store: &mut Store, paths: &[PathBuf], scenarios: &std::path::Path, quiet: bool) -> i32 {
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        eprintln!("{}: error: no such file or folder", missing.display());
        return 1;
    }
    let mut bar = ProgressBar::new(quiet);
    let t0 = std::time::Instant::now();
    let done = store.import(paths, Some(scenarios), &mut |done, total| {
        bar.update("importing", done as u64, total as u64)
    });
    match done {
        Ok(r) => {
            for w in &r.warnings {
                eprintln!("warning: {w}");
            }
            for p in &r.rejected {
                eprintln!("{p} (skipped)");
            }
            let unverified: usize = r.unverified.values().sum();
            if unverified > 0 {
                let why: Vec<String> = r
                    .unverified
                    .iter()
                    .map(|((v, why), n)| {
                        let why = if why == crate::adapters::store::VERSION_MISSING {
                            format!(
                                "its encounter version is neither in the store nor in {}",
                                scenarios.display()
                            )
                        } else {
                            why.clone()
                        };
                        format!("{v} ({n}): {why}")
                    })
                    .collect();
                eprintln!(
                    "warning: {unverified} attempt(s) stored unverified, not replayed to the same result: {}",
                    why.join("; ")
                );
                if r.missing > 0 {
                    eprintln!(
                        "note: importing those files again with `--scenarios` naming a folder that has their encounter versions verifies them"
                    );
                }
            }
            let present = if r.verified_now > 0 {
                format!(
                    "{} already in the store ({} verified now)",
                    r.present, r.verified_now
                )
            } else {
                format!("{} already in the store", r.present)
            };
            eprintln!(
                "{} attempt(s) added, {present}, {} file(s) skipped; {} replayed, {} unverified; {} encounter version(s) kept; in {:.1} s → {}",
                r.added,
                r.rejected.len(),
                r.added - unverified,
                unverified,
                r.versions_added,
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

/// What finding names and titles turned up, on stderr: stored texts that could not
/// be read, and (`names_shown`: for an export that shows names) what has no name.
fn say_names(names: &Names, names_shown: bool) {
    for w in &names.warnings {
        eprintln!("warning: {w}");
    }
    if let (true, Some(u)) = (names_shown, &names.unnamed) {
        eprintln!("warning: {u}");
    }
}

/// Names the rows a walk handed on clipped (legacy) and the damaged rows it left
/// out, on stderr; the exit code (1 if any row was left out).
fn report_skipped(scan: &Scan) -> i32 {
    const SHOWN: usize = 20;
    for l in scan.legacy.iter().take(SHOWN) {
        eprintln!("warning: {l}");
    }
    if scan.legacy.len() > SHOWN {
        eprintln!(
            "warning: and {} more attempt(s) stored by an earlier Touchpoint that break a rule added since, included with their texts clipped",
            scan.legacy.len() - SHOWN
        );
    }
    for s in &scan.skipped {
        eprintln!("error: {s}");
    }
    if scan.skipped.is_empty() {
        0
    } else {
        eprintln!(
            "error: {} damaged attempt(s) left out; the rest is complete",
            scan.skipped.len()
        );
        1
    }
}

fn list(store: &Store, f: &Filter, order: ListOrder) -> i32 {
    use crate::adapters::natural;
    let mut rows = Vec::new();
    let scan = match store.each_listed(f, false, &mut |a| {
        rows.push((a.row.to_row(), a.row.verified == 1));
        Ok(())
    }) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    // Rows come oldest first; a stable sort keeps that order within a group.
    match order {
        ListOrder::Time => {}
        ListOrder::Cohort => rows.sort_by(|(a, _), (b, _)| {
            natural::cmp_opt(a.cohort.as_deref(), b.cohort.as_deref())
                .then_with(|| natural::cmp(&a.trainee_id, &b.trainee_id))
        }),
        ListOrder::Trainee => {
            rows.sort_by(|(a, _), (b, _)| natural::cmp(&a.trainee_id, &b.trainee_id))
        }
    }
    println!(
        "{} {} {} {} {:>5} {:<6} attempt",
        pad("started", 20),
        pad("trainee", 12),
        pad("cohort", 10),
        pad("encounter", 26),
        "score",
        "result",
    );
    for (r, verified) in &rows {
        let result = match (r.status.as_str(), r.passed) {
            ("abandoned", _) => "quit",
            (_, true) => "pass",
            _ => "fail",
        };
        // `?`: stored unverified (its encounter version could not be replayed).
        let result = if *verified {
            result.to_string()
        } else {
            format!("{result}?")
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
    let unverified = rows.iter().filter(|(_, v)| !v).count();
    if unverified > 0 {
        eprintln!("{} attempt(s), {unverified} unverified (?)", rows.len());
    } else {
        eprintln!("{} attempt(s)", rows.len());
    }
    report_skipped(&scan)
}

fn show(store: &Store, id: &str) -> i32 {
    match store.lookup(id) {
        Ok((Some(Ok((rec, verified))), legacy)) => match serde_json::to_string_pretty(&rec) {
            Ok(j) => {
                println!("{j}");
                for l in &legacy {
                    eprintln!("warning: {l}");
                }
                if !verified {
                    eprintln!(
                        "note: attempt {id} is unverified: it could not be replayed to the same result when it was stored (its encounter version was not available or is not valid under the current rules, or an earlier engine scored it)"
                    );
                }
                0
            }
            Err(e) => {
                eprintln!("error: {e}");
                1
            }
        },
        Ok((Some(Err(skipped)), _)) => {
            eprintln!("error: {skipped}");
            1
        }
        Ok((None, _)) => {
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
    out: &std::path::Path,
    quiet: bool,
    names: Option<&Names>,
    filter_text: &str,
) -> i32 {
    let t0 = std::time::Instant::now();
    // A regular file is written beside the target and renamed into place: a failed
    // export leaves no half file and never replaces a good one (see OutFile).
    let mut w = match OutFile::create(out) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", shown(out));
            return 1;
        }
    };
    let mut bar = ProgressBar::new(quiet);
    let written = match (format, names) {
        (ExportFormat::Csv, Some(names)) => export::csv(&mut w, store, f, names, &mut |d, t| {
            bar.update("exporting", d as u64, t as u64)
        })
        .map_err(|e| e.to_string()),
        (ExportFormat::Xlsx, Some(names)) => {
            let spill = w.folder().map(std::path::Path::to_path_buf);
            crate::adapters::xlsx::xlsx(
                &mut w,
                spill.as_deref(),
                store,
                f,
                names,
                filter_text,
                &mut |d, t| bar.update("exporting", d as u64, t as u64),
            )
            .map_err(|e| e.to_string())
        }
        (ExportFormat::Jsonl, _) => export::jsonl(&mut w, store, f).map_err(|e| e.to_string()),
        (ExportFormat::Xapi, _) => unreachable!("xAPI exports go through xapi_out"),
        (_, None) => Err("names are needed for this format".to_string()),
    };
    let finished = written.and_then(|n| {
        w.commit().map_err(|e| e.to_string())?;
        Ok(n)
    });
    match finished {
        Ok(scan) => {
            eprintln!(
                "{} attempt(s) exported to {} in {:.2} s",
                scan.n,
                shown(out),
                t0.elapsed().as_secs_f64()
            );
            report_skipped(&scan)
        }
        Err(e) => {
            eprintln!("error: cannot export to {}: {e}", shown(out));
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
        if let Err(err) = crate::adapters::results::write_atomic(&path, json.as_bytes()) {
            eprintln!("error: cannot write {}: {err}", path.display());
            return 1;
        }
        bar.update("simulating", (k + 1) as u64, n as u64);
    }
    eprintln!("{n} result file(s) in {}", out.display());
    0
}

/// The filters in words, for the report's header ("" when there are none).
/// The filter in words, in the language of `texts` (the workbook's page header, the
/// report's "attempts included" line): "班级 cohort-2；2026-11-01 起", never the flags.
fn filter_text(f: &FilterArgs, texts: &crate::adapters::locale::Texts) -> String {
    use fluent_bundle::FluentValue;
    [
        ("filter-cohort", &f.cohort),
        ("filter-trainee", &f.trainee),
        ("filter-scenario", &f.scenario),
        ("filter-since", &f.since),
        ("filter-until", &f.until),
    ]
    .iter()
    .filter_map(|(k, v)| {
        v.as_ref()
            .map(|v| texts.ui_fmt(k, &[("value", FluentValue::from(v.as_str()))]))
    })
    .collect::<Vec<_>>()
    .join(&texts.ui("filter-sep"))
}

fn report(store: &Store, filter: &FilterArgs, out: &std::path::Path, names: &Names) -> i32 {
    use crate::adapters::html_report::{ReportInput, render};
    use crate::adapters::store::BreachTally;
    let t0 = std::time::Instant::now();
    let f = filter.filter();
    let mut rows = Vec::new();
    let mut tally = BreachTally::default();
    let mut unverified = 0;
    let scan = store.each_listed(&f, true, &mut |a| {
        unverified += usize::from(a.row.verified != 1);
        let mut row = a.row.to_row();
        // Titles in the report's language, whatever language the attempt was in.
        row.scenario_title = names.title(
            a.row.locale,
            a.row.content_hash,
            a.row.scenario_id,
            a.row.scenario_title,
        );
        rows.push(row);
        tally.add_items(a.row.cohort, a.row.trainee_id, a.breaches);
        Ok(())
    });
    let scan = match scan {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let input = ReportInput {
        rows,
        broken: tally.into_breaches(),
        generated_at: crate::adapters::results::rfc3339(std::time::SystemTime::now()),
        filter_text: filter_text(filter, &names.texts),
        unverified,
    };
    let html = render(&input, &names.texts);
    match crate::adapters::results::write_atomic(out, html.as_bytes()) {
        Ok(()) => {
            eprintln!(
                "report of {} attempt(s) written to {} in {:.2} s",
                input.rows.len(),
                shown(out),
                t0.elapsed().as_secs_f64()
            );
            report_skipped(&scan)
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", shown(out));
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
    use crate::adapters::{lrs, xapi};
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
    let mut file = match out.map(OutFile::create).transpose() {
        Ok(f) => f,
        Err(e) => {
            eprintln!(
                "error: cannot write {}: {e}",
                out.map(shown).unwrap_or_default()
            );
            return 1;
        }
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
    let walked = store.each_attempt(f, &mut |a| {
        attempts += 1;
        let rec = &a.record;
        match xapi::try_statements(rec, &opts) {
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
    match walked {
        Err(e) => {
            eprintln!("error: {e}");
            code = 1;
        }
        Ok(scan) => code = code.max(report_skipped(&scan)),
    }
    // A damaged stored record is named and left out; the rest is still exported.
    for s in &skipped {
        eprintln!("{s} (skipped)");
        code = 1;
    }
    if let (Some(w), Some(out)) = (file, out) {
        let done = (|| -> std::io::Result<()> {
            if failed {
                return Err(std::io::Error::other("the export was not completed"));
            }
            let mut w = w;
            w.write_all(if statements == 0 { b"[]\n" } else { b"\n]\n" })?;
            w.commit()
        })();
        match done {
            Ok(()) => eprintln!(
                "{statements} statement(s) of {attempts} attempt(s) written to {} in {:.2} s",
                shown(out),
                t0.elapsed().as_secs_f64()
            ),
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", shown(out));
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
