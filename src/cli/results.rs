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
        } => match super::pick_locale(locale.as_deref()) {
            Err(e) => Err({
                eprintln!("error: {e}");
                2
            }),
            Ok(locale) => open().map(|s| {
                let texts = crate::adapters::course::catalog_texts(scenarios, locale);
                export_to(&s, &filter.filter(), *format, out, *quiet, &texts)
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
