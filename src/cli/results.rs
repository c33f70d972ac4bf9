//! `touchpoint results import|list|show|export`: the results store for HR.

use std::io::Write;
use std::path::PathBuf;

use fluent_bundle::FluentValue;

use super::analyze::ProgressBar;
use super::out::outln;
use super::term::pad;
use super::{ExportFormat, FilterArgs, ListOrder, ResultsCommand};
use touchpoint_content::locale::Texts;
use touchpoint_content::outfile::{OutFile, shown};
use touchpoint_results::export::{self, Names};
use touchpoint_results::store::{
    Filter, ImportWarning, Location, Quarantined, Reverified, Scan, Store, UnverifiedGroups,
};
use touchpoint_results::verify::Unverified;

/// The program's strings in the language of the environment (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`): what `touchpoint results …` says on stderr is in the user's language,
/// whatever `--locale` a document is written in. Ids, paths and the details of a
/// replay or a damaged row (field names and values) are given as they are.
fn ui() -> &'static Texts {
    static UI: std::sync::OnceLock<Texts> = std::sync::OnceLock::new();
    UI.get_or_init(|| Texts::new(touchpoint_content::locale::from_env(super::env), None, None))
}

/// A message with its arguments: `say("hr-…", &[("count", n.into())])`.
fn say(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    ui().ui_fmt(id, args)
}

fn text(s: impl std::fmt::Display) -> FluentValue<'static> {
    FluentValue::from(s.to_string())
}

fn num(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

fn secs(t: std::time::Instant, digits: usize) -> FluentValue<'static> {
    text(format!("{:.*}", digits, t.elapsed().as_secs_f64()))
}

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
        ResultsCommand::List {
            quarantined: true, ..
        } => open().map(|s| quarantine_list(&s)),
        ResultsCommand::List { filter, sort, .. } => {
            open().map(|s| list(&s, &filter.filter(), *sort))
        }
        ResultsCommand::Show { attempt_id } => open().map(|s| show(&s, attempt_id)),
        ResultsCommand::Push(args) => Ok(super::remote::push(args)),
        ResultsCommand::Verify { scenarios } => open().map(|mut s| verify(&mut s, scenarios)),
        ResultsCommand::Quarantine { list: true, .. } => open().map(|s| quarantine_list(&s)),
        ResultsCommand::Quarantine {
            attempt_id, reason, ..
        } => match reason.as_deref().map(check_reason).transpose() {
            Err(code) => Err(code),
            Ok(reason) => open()
                .map(|mut s| quarantine(&mut s, attempt_id.as_deref().unwrap_or_default(), reason)),
        },
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
                eprintln!("error: {}", say("hr-lrs-needs-xapi", &[]));
                2
            }),
            Ok(_) if !cfg!(feature = "xlsx") && matches!(format, ExportFormat::Xlsx) => Err({
                eprintln!(
                    "error: this touchpoint was built without XLSX export (cargo feature `xlsx`)"
                );
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
                            eprintln!("error: {}", say("hr-out-required", &[]));
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
        eprintln!(
            "{}: error: {}",
            missing.display(),
            say("hr-no-such-path", &[])
        );
        return 1;
    }
    let mut bar = ProgressBar::new(quiet);
    let t0 = std::time::Instant::now();
    let done = store.import(paths, Some(scenarios), &mut |done, total| {
        bar.update("importing", done as u64, total as u64)
    });
    match done {
        Ok(r) => {
            say_warnings(&r.warnings);
            for p in &r.rejected {
                eprintln!("{}", say("hr-skipped", &[("report", text(p))]));
            }
            if r.versions_repaired > 0 {
                eprintln!(
                    "note: {}",
                    say(
                        "hr-versions-repaired",
                        &[
                            ("count", num(r.versions_repaired)),
                            ("folder", text(scenarios.display())),
                        ]
                    )
                );
            }
            let unverified = say_unverified(&r.unverified, scenarios);
            if r.missing > 0 {
                eprintln!("note: {}", say("hr-unverified-note", &[]));
            }
            for q in &r.quarantined {
                say_quarantined(q);
            }
            if r.replaced > 0 {
                eprintln!(
                    "note: {}",
                    say("hr-replaced", &[("count", num(r.replaced))])
                );
            }
            let swept = &r.swept;
            if swept.checked > 0 {
                say_warnings(&swept.warnings);
                for q in &swept.quarantined {
                    say_quarantined(q);
                }
                eprintln!("note: {}", say_reverified(swept, "hr-swept"));
            }
            eprintln!(
                "{}",
                say(
                    "hr-import-summary",
                    &[
                        ("added", num(r.added)),
                        ("present", num(r.present)),
                        ("verified_now", num(r.verified_now)),
                        ("skipped", num(r.rejected.len())),
                        ("replayed", num(r.added - unverified)),
                        ("unverified", num(unverified)),
                        ("quarantined", num(r.quarantined.len())),
                        ("versions", num(r.versions_added)),
                        ("secs", secs(t0, 1)),
                        ("store", text(store.location.display())),
                    ]
                )
            );
            if r.rejected.is_empty() && r.quarantined.is_empty() && swept.quarantined.is_empty() {
                0
            } else {
                1
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// Import warnings, one line each.
fn say_warnings(warnings: &[ImportWarning]) {
    for w in warnings {
        let line = match w {
            ImportWarning::DamagedVersion { hash, why } => say(
                "hr-warn-damaged-version",
                &[("hash", text(hash)), ("why", text(why))],
            ),
            ImportWarning::OtherRecord { path, attempt_id } => say(
                "hr-warn-other-record",
                &[("path", text(path.display())), ("id", text(attempt_id))],
            ),
            ImportWarning::StoredRecordDamaged { path, attempt_id } => say(
                "hr-warn-stored-record-damaged",
                &[("path", text(path.display())), ("id", text(attempt_id))],
            ),
        };
        eprintln!("warning: {line}");
    }
}

/// Why attempts are unverified, one line per encounter version and kind of reason
/// (with a few examples of the reason, never one line per attempt); how many.
fn say_unverified(groups: &UnverifiedGroups, scenarios: &std::path::Path) -> usize {
    const SHOWN: usize = 20;
    let total: usize = groups.values().map(|(n, _)| n).sum();
    if total == 0 {
        return 0;
    }
    eprintln!(
        "warning: {}",
        say("hr-unverified", &[("count", num(total))])
    );
    for ((version, _), (n, examples)) in groups.iter().take(SHOWN) {
        let why: Vec<String> = examples
            .iter()
            .map(|w| unverified_reason(w, scenarios))
            .collect();
        eprintln!(
            "  {}",
            say(
                "hr-unverified-group",
                &[
                    ("version", text(version)),
                    ("count", num(*n)),
                    ("why", text(why.join(" | "))),
                ]
            )
        );
    }
    if groups.len() > SHOWN {
        eprintln!(
            "  {}",
            say(
                "hr-unverified-more",
                &[("count", num(groups.len() - SHOWN))]
            )
        );
    }
    total
}

fn unverified_reason(why: &Unverified, scenarios: &std::path::Path) -> String {
    match why {
        Unverified::Missing => say("hr-why-missing", &[("folder", text(scenarios.display()))]),
        Unverified::Invalid(e) => say("hr-why-invalid", &[("detail", text(e))]),
        Unverified::Unsettled => say("hr-why-unsettled", &[]),
    }
}

fn say_quarantined(q: &Quarantined) {
    eprintln!(
        "error: {}",
        say(
            "hr-quarantined",
            &[("id", text(&q.attempt_id)), ("reason", text(&q.reason))]
        )
    );
}

/// What a replay of stored unverified attempts did, in one line (`key`: its wording).
fn say_reverified(r: &Reverified, key: &str) -> String {
    let still: usize = r.unverified.values().map(|(n, _)| n).sum();
    say(
        key,
        &[
            ("checked", num(r.checked)),
            ("verified", num(r.verified)),
            ("quarantined", num(r.quarantined.len())),
            ("still", num(still)),
            ("damaged", num(r.damaged.len())),
            ("versions", num(r.versions_added)),
        ],
    )
}

/// `results verify`: every stored unverified attempt replayed where its version is
/// at hand; exit 1 if any was moved to quarantine.
fn verify(store: &mut Store, scenarios: &std::path::Path) -> i32 {
    match store.verify_stored(Some(scenarios)) {
        Ok(r) => {
            say_warnings(&r.warnings);
            if r.versions_repaired > 0 {
                eprintln!(
                    "note: {}",
                    say(
                        "hr-versions-repaired",
                        &[
                            ("count", num(r.versions_repaired)),
                            ("folder", text(scenarios.display())),
                        ]
                    )
                );
            }
            for d in &r.damaged {
                eprintln!("warning: {}", damaged_line(d));
            }
            for q in &r.quarantined {
                say_quarantined(q);
            }
            say_unverified(&r.unverified, scenarios);
            eprintln!("{}", say_reverified(&r, "hr-verify-summary"));
            if r.quarantined.is_empty() { 0 } else { 1 }
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// A reason given with `--reason`: a short text without control characters (it is
/// kept in the store and shown in lists).
fn check_reason(r: &str) -> Result<String, i32> {
    let r = r.trim();
    if r.is_empty()
        || r.chars().count() > touchpoint_results::record::MAX_SHORT_TEXT_CHARS
        || r.chars().any(char::is_control)
    {
        eprintln!("error: {}", say("hr-reason-invalid", &[]));
        return Err(2);
    }
    Ok(r.to_string())
}

/// `results quarantine ID`: moves the attempt aside with the reason given, else the
/// damage found in its row, else "moved aside by hand".
fn quarantine(store: &mut Store, id: &str, reason: Option<String>) -> i32 {
    let found = match store.checked(id) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let damage = match &found {
        None => {
            eprintln!(
                "error: {}",
                say(
                    "hr-no-attempt",
                    &[("id", text(id)), ("store", text(store.location.display()))]
                )
            );
            return 1;
        }
        Some(Err(skipped)) => Some(skipped.reason.clone()),
        Some(Ok(_)) => None,
    };
    let reason = reason
        .or(damage)
        .unwrap_or_else(|| say("hr-quarantine-by-hand", &[]));
    match store.quarantine(id, &reason) {
        Ok(true) => {
            eprintln!(
                "{}",
                say(
                    "hr-quarantine-done",
                    &[("id", text(id)), ("reason", text(&reason))]
                )
            );
            0
        }
        Ok(false) => {
            eprintln!(
                "error: {}",
                say(
                    "hr-no-attempt",
                    &[("id", text(id)), ("store", text(store.location.display()))]
                )
            );
            1
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// `results quarantine --list` (and `results list --quarantined`): what was moved
/// aside, when and why, oldest first.
fn quarantine_list(store: &Store) -> i32 {
    let entries = match store.quarantined() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    outln!(
        "{} {} {} {} {:>5} {}",
        pad(&say("hr-col-moved", &[]), 20),
        pad(&say("hr-col-attempt", &[]), 37),
        pad(&say("hr-col-trainee", &[]), 12),
        pad(&say("hr-col-encounter", &[]), 26),
        say("hr-col-score", &[]),
        say("hr-col-reason", &[]),
    );
    for q in &entries {
        outln!(
            "{} {} {} {} {:>5} {}",
            pad(&q.quarantined_at.chars().take(19).collect::<String>(), 20),
            pad(&q.attempt_id, 37),
            pad(q.trainee_id.as_deref().unwrap_or("-"), 12),
            pad(q.scenario_id.as_deref().unwrap_or("-"), 26),
            q.score.map_or_else(|| "-".to_string(), |s| s.to_string()),
            q.reason
        );
    }
    eprintln!(
        "{}",
        say("hr-quarantine-count", &[("count", num(entries.len()))])
    );
    0
}

/// What finding names and titles turned up, on stderr: stored texts that could not
/// be read, and (`names_shown`: for an export that shows names) what has no name.
fn say_names(names: &Names, names_shown: bool) {
    for w in &names.warnings {
        eprintln!("warning: {w}");
    }
    if let (true, Some(u)) = (names_shown, &names.unnamed) {
        eprintln!("warning: {}", say_unnamed(u));
    }
}

/// What no catalog names, in one line: up to 8 ids of each kind, then how many more.
fn say_unnamed(u: &touchpoint_results::export::Unnamed) -> String {
    const SHOWN: usize = 8;
    let some = |ids: &[String]| {
        let list = ids
            .iter()
            .take(SHOWN)
            .cloned()
            .collect::<Vec<_>>()
            .join(&say("hr-ids-sep", &[]));
        if ids.len() > SHOWN {
            say(
                "hr-ids-more",
                &[("ids", text(list)), ("count", num(ids.len() - SHOWN))],
            )
        } else {
            list
        }
    };
    let competencies = (!u.competencies.is_empty()).then(|| {
        say(
            "hr-unnamed-competencies",
            &[("ids", text(some(&u.competencies)))],
        )
    });
    let techniques = (!u.techniques.is_empty()).then(|| {
        say(
            "hr-unnamed-techniques",
            &[("ids", text(some(&u.techniques)))],
        )
    });
    let what = match (competencies, techniques) {
        (Some(c), Some(t)) => say(
            "hr-unnamed-both",
            &[("competencies", text(c)), ("techniques", text(t))],
        ),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => String::new(),
    };
    say(
        "hr-unnamed",
        &[
            ("locale", text(&u.locale)),
            ("what", text(what)),
            ("folder", text(u.folder.display())),
        ],
    )
}

/// A damaged row, named.
fn damaged_line(s: &touchpoint_results::store::Skipped) -> String {
    say(
        "hr-damaged",
        &[("id", text(&s.attempt_id)), ("reason", text(&s.reason))],
    )
}

/// Names the rows a walk handed on clipped (legacy) and the damaged rows it left
/// out, on stderr; the exit code (1 if any row was left out).
fn report_skipped(scan: &Scan) -> i32 {
    const SHOWN: usize = 20;
    for l in scan.legacy.iter().take(SHOWN) {
        eprintln!(
            "warning: {}",
            say(
                "hr-legacy",
                &[("id", text(&l.attempt_id)), ("reason", text(&l.reason))]
            )
        );
    }
    if scan.legacy.len() > SHOWN {
        eprintln!(
            "warning: {}",
            say(
                "hr-legacy-more",
                &[("count", num(scan.legacy.len() - SHOWN))]
            )
        );
    }
    for s in &scan.skipped {
        eprintln!("error: {}", damaged_line(s));
    }
    if scan.skipped.is_empty() {
        0
    } else {
        eprintln!(
            "error: {}",
            say("hr-damaged-total", &[("count", num(scan.skipped.len()))])
        );
        1
    }
}

fn list(store: &Store, f: &Filter, order: ListOrder) -> i32 {
    use touchpoint_results::natural;
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
    outln!(
        "{} {} {} {} {:>5} {} {}",
        pad(&say("hr-col-started", &[]), 20),
        pad(&say("hr-col-trainee", &[]), 12),
        pad(&say("hr-col-cohort", &[]), 10),
        pad(&say("hr-col-encounter", &[]), 26),
        say("hr-col-score", &[]),
        pad(&say("hr-col-result", &[]), 6),
        say("hr-col-attempt", &[]),
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
        outln!(
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
    eprintln!(
        "{}",
        say(
            "hr-list-count",
            &[("count", num(rows.len())), ("unverified", num(unverified))]
        )
    );
    report_skipped(&scan)
}

fn show(store: &Store, id: &str) -> i32 {
    match store.lookup(id) {
        Ok((Some(Ok((rec, verified))), legacy)) => {
            // A legacy row is shown as stored (exports clip its texts, not `show`).
            let rec = match legacy.is_empty() {
                true => Ok(rec),
                false => store.record_as_stored(id),
            };
            match rec.and_then(|rec| {
                serde_json::to_string_pretty(&rec)
                    .map_err(|e| touchpoint_results::store::StoreError(e.to_string()))
            }) {
                Ok(j) => {
                    outln!("{j}");
                    for l in &legacy {
                        eprintln!(
                            "warning: {}",
                            say(
                                "hr-show-legacy",
                                &[("id", text(&l.attempt_id)), ("reason", text(&l.reason))]
                            )
                        );
                    }
                    if !verified {
                        eprintln!("note: {}", say("hr-show-unverified", &[("id", text(id))]));
                    }
                    0
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    1
                }
            }
        }
        Ok((Some(Err(skipped)), _)) => {
            eprintln!("error: {}", damaged_line(&skipped));
            1
        }
        Ok((None, _)) => {
            eprintln!(
                "error: {}",
                say(
                    "hr-no-attempt",
                    &[("id", text(id)), ("store", text(store.location.display()))]
                )
            );
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
    #[cfg_attr(not(feature = "xlsx"), allow(unused_variables))] filter_text: &str,
) -> i32 {
    let t0 = std::time::Instant::now();
    // A regular file is written beside the target and renamed into place: a failed
    // export leaves no half file and never replaces a good one (see OutFile).
    let mut w = match OutFile::create(out) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {}", cannot_write(out, e));
            return 1;
        }
    };
    let mut bar = ProgressBar::new(quiet);
    let written = match (format, names) {
        (ExportFormat::Csv, Some(names)) => export::csv(&mut w, store, f, names, &mut |d, t| {
            bar.update("exporting", d as u64, t as u64)
        })
        .map_err(|e| e.to_string()),
        #[cfg(feature = "xlsx")]
        (ExportFormat::Xlsx, Some(names)) => {
            let spill = w.folder().map(std::path::Path::to_path_buf);
            touchpoint_results::xlsx::xlsx(
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
        #[cfg(not(feature = "xlsx"))]
        (ExportFormat::Xlsx, _) => Err("built without XLSX export (cargo feature `xlsx`)".into()),
        (_, None) => Err("names are needed for this format".to_string()),
    };
    let finished = written.and_then(|n| {
        w.commit().map_err(|e| e.to_string())?;
        Ok(n)
    });
    match finished {
        Ok(scan) => {
            eprintln!(
                "{}",
                say(
                    "hr-exported",
                    &[
                        ("count", num(scan.n)),
                        ("path", text(shown(out))),
                        ("secs", secs(t0, 2)),
                    ]
                )
            );
            report_skipped(&scan)
        }
        Err(e) => {
            eprintln!(
                "error: {}",
                say(
                    "hr-cannot-export",
                    &[("path", text(shown(out))), ("error", text(e))]
                )
            );
            1
        }
    }
}

/// Plays `n` attempts of simulated trainees (uniformly random replies, so mostly
/// failing) over the encounters in `scenarios`, spread over four weeks, 10 trainees a
/// cohort, and writes their result files into `out`.
fn synth(n: usize, out: &std::path::Path, scenarios: &std::path::Path, seed: u64) -> i32 {
    use rand::{RngExt, SeedableRng};
    use std::time::{Duration, SystemTime};
    use touchpoint_engine::{Pick, Session, assess};
    use touchpoint_results::record::{self, Meta, Trainee};
    let files = touchpoint_content::files::scenario_files(&[scenarios.to_path_buf()]);
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
            attempt_id: record::uuid_v7(started, rng.random()),
            trainee: Trainee {
                id: format!("t{trainee:04}"),
                name: format!("学员{trainee:04}"),
            },
            cohort: Some(format!("cohort-{}", trainee / 10 + 1)),
            locale: ["zh-CN", "en-US"][locale].to_string(),
            started_at: record::rfc3339(started),
            ended_at: record::rfc3339(started + Duration::from_millis(took + 5_000)),
        };
        let rec = record::record(enc, &texts[e][locale], s.state(), &a, meta);
        let Ok(json) = serde_json::to_string(&rec) else {
            continue;
        };
        let path = out.join(record::file_name(&rec));
        if let Err(err) = touchpoint_results::record::write_atomic(&path, json.as_bytes()) {
            eprintln!("error: cannot write {}: {err}", path.display());
            return 1;
        }
        bar.update("simulating", (k + 1) as u64, n as u64);
    }
    eprintln!("{n} result file(s) in {}", out.display());
    0
}

/// The filter in words, in the language of `texts` (see [`export::filter_text`]).
fn filter_text(f: &FilterArgs, texts: &touchpoint_content::locale::Texts) -> String {
    export::filter_text(&f.filter(), texts)
}

fn report(store: &Store, filter: &FilterArgs, out: &std::path::Path, names: &Names) -> i32 {
    let t0 = std::time::Instant::now();
    let (html, scan) = match export::report(store, &filter.filter(), names) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    match touchpoint_results::record::write_atomic(out, html.as_bytes()) {
        Ok(()) => {
            eprintln!(
                "{}",
                say(
                    "hr-report-written",
                    &[
                        ("count", num(scan.n)),
                        ("path", text(shown(out))),
                        ("secs", secs(t0, 2)),
                    ]
                )
            );
            report_skipped(&scan)
        }
        Err(e) => {
            eprintln!("error: {}", cannot_write(out, e));
            1
        }
    }
}

/// "cannot write PATH: why", in the user's language.
fn cannot_write(path: &std::path::Path, e: impl std::fmt::Display) -> String {
    say(
        "hr-cannot-write",
        &[("path", text(shown(path))), ("error", text(e))],
    )
}

/// The LRS named on the command line, with credentials from the environment.
fn lrs_client(url: &str) -> Result<touchpoint_results::lrs::Lrs, i32> {
    use touchpoint_results::lrs::{Credentials, Lrs};
    let lrs = Lrs::new(url, Credentials::from_env(super::env)).map_err(|e| {
        eprintln!("error: {e}");
        2
    })?;
    if lrs.sends_credentials_in_clear() {
        eprintln!(
            "warning: {}",
            say("hr-lrs-not-https", &[("url", text(lrs.shown_url()))])
        );
    }
    Ok(lrs)
}

/// Prints what an LRS exchange did; the exit code (1 when anything is left over).
fn lrs_summary(s: &touchpoint_results::lrs::Summary, queue: &std::path::Path) -> i32 {
    for m in &s.messages {
        eprintln!("{}", m.render(ui()));
    }
    eprintln!(
        "{}",
        say(
            "hr-lrs-summary",
            &[
                ("sent", num(s.sent)),
                ("queued", num(s.queued)),
                ("queue", text(queue.display())),
                ("refused", num(s.rejected)),
            ]
        )
    );
    if s.queued > 0 || s.rejected > 0 { 1 } else { 0 }
}

fn flush(url: &str) -> i32 {
    let lrs = match lrs_client(url) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let queue = touchpoint_results::lrs::default_queue_dir(super::env);
    match touchpoint_results::lrs::flush(&lrs, &queue) {
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
    use touchpoint_results::{lrs, xapi};
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
                "error: {}",
                cannot_write(out.unwrap_or(std::path::Path::new("")), e)
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
        match xapi::try_stored_statements(rec, &opts, a.row.verified == 1) {
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
        eprintln!("{}", say("hr-skipped", &[("report", text(s))]));
        code = 1;
    }
    if let (Some(w), Some(out)) = (file, out) {
        let done = (|| -> std::io::Result<()> {
            if failed {
                return Err(std::io::Error::other(say("hr-export-incomplete", &[])));
            }
            let mut w = w;
            w.write_all(if statements == 0 { b"[]\n" } else { b"\n]\n" })?;
            w.commit()
        })();
        match done {
            Ok(()) => eprintln!(
                "{}",
                say(
                    "hr-xapi-written",
                    &[
                        ("statements", num(statements)),
                        ("attempts", num(attempts)),
                        ("path", text(shown(out))),
                        ("secs", secs(t0, 2)),
                    ]
                )
            ),
            Err(e) => {
                eprintln!("error: {}", cannot_write(out, e));
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
