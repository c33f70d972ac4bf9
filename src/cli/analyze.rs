//! `touchpoint analyze`: reachability, exact score range, best and worst paths, taboo
//! checks, technique coverage and a Monte Carlo run, for the terminal or as JSON.

use std::io::{IsTerminal, Write};

use fluent_bundle::FluentValue;

use super::term::{bar, pad, width};
use super::{AnalyzeArgs, pick_locale};
use touchpoint_content::locale::Texts;
use touchpoint_engine::Catalog;
use touchpoint_engine::analysis::{self, Analysis, Level, Options, PathScore};

/// A progress bar on stderr (indicatif), one per stage, shown only when stderr is a
/// terminal and not `--quiet`.
pub struct ProgressBar {
    on: bool,
    bar: Option<(String, indicatif::ProgressBar)>,
}

impl ProgressBar {
    pub fn new(quiet: bool) -> Self {
        ProgressBar {
            on: !quiet && std::io::stderr().is_terminal(),
            bar: None,
        }
    }

    pub fn update(&mut self, label: &str, done: u64, total: u64) {
        if !self.on || total == 0 {
            return;
        }
        if self.bar.as_ref().is_none_or(|(l, _)| l != label) {
            if let Some((_, old)) = self.bar.take() {
                old.finish();
            }
            let bar = indicatif::ProgressBar::new(total);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{prefix:>12} [{bar:30}] {percent:>3}% {pos}/{len}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("█▌·"),
            );
            bar.set_prefix(label.to_string());
            self.bar = Some((label.to_string(), bar));
        }
        if let Some((_, bar)) = &self.bar {
            bar.set_length(total);
            bar.set_position(done);
            if done >= total {
                bar.finish();
            }
        }
    }
}

impl Drop for ProgressBar {
    fn drop(&mut self) {
        if let Some((_, bar)) = self.bar.take() {
            bar.finish();
        }
    }
}

pub fn run(args: &AnalyzeArgs) -> i32 {
    let locale = match pick_locale(args.locale.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            super::term::eprint_wrapped(&format!("error: {e}"));
            return 2;
        }
    };
    let t0 = std::time::Instant::now();
    // Files too big to hold as an authored tree are streamed and compiled.
    enum Loaded {
        Tree(Box<touchpoint_content::encounter::Encounter>),
        Streamed(Box<touchpoint_content::bulk::Compiled>),
    }
    let mut enc = if touchpoint_content::bulk::is_big(&args.scenario) {
        let (c, reports) = touchpoint_content::bulk::load(&args.scenario, true);
        let mut printer =
            touchpoint_content::report::Printer::for_stream(std::io::stderr().is_terminal());
        for r in &reports {
            eprintln!("{}", printer.render(r));
        }
        match c {
            Some(c) => Loaded::Streamed(Box::new(c)),
            None => {
                super::term::eprint_wrapped(&format!(
                    "error: {} is not a valid scenario; fix the errors above first",
                    args.scenario.display()
                ));
                return 1;
            }
        }
    } else {
        let Some(enc) = super::load_encounter(&args.scenario, "fix the errors above first") else {
            return 1;
        };
        Loaded::Tree(Box::new(enc))
    };
    let loaded = t0.elapsed();
    let opts = Options {
        seeds: args.seeds.clone(),
        runs: args.runs,
        mc_seed: args.mc_seed,
        budget: args.budget,
        max_depth: args.max_depth.max(1),
        ..Options::default()
    };
    let mut bar = ProgressBar::new(args.quiet);
    let t1 = std::time::Instant::now();
    let mut explored = None;
    let mut progress = |stage: &str, d: u64, t: u64| {
        if stage != "explore" && explored.is_none() {
            explored = Some(t1.elapsed());
        }
        bar.update(stage, d, t)
    };
    let a = match &mut enc {
        Loaded::Tree(enc) => analysis::analyze(&enc.scenario, &enc.catalog, &opts, &mut progress),
        Loaded::Streamed(c) => match c.runtime.take() {
            Some(rt) => analysis::analyze_compiled(rt, &c.catalog, &opts, &mut progress, None),
            None => return 1,
        },
    };
    let (texts, catalog) = match &enc {
        Loaded::Tree(e) => (e.texts(locale), &e.catalog),
        Loaded::Streamed(c) => (std::sync::Arc::new(c.texts(locale)), &c.catalog),
    };
    let total = t1.elapsed();
    if args.timings {
        let explore = explored.unwrap_or(total);
        let mc = total - explore;
        let rate = |n: u64, d: std::time::Duration| n as f64 / d.as_secs_f64().max(1e-9);
        eprintln!(
            "timings: load+validate {:.1} ms; explore {:.1} ms ({} replies, {:.2} M/s); monte carlo {:.1} ms ({} runs); compiled model {} bytes ({:.0} per node); peak RSS {}",
            loaded.as_secs_f64() * 1e3,
            explore.as_secs_f64() * 1e3,
            a.steps,
            rate(a.steps, explore) / 1e6,
            mc.as_secs_f64() * 1e3,
            a.monte_carlo.as_ref().map(|m| m.runs).unwrap_or(0),
            a.model_bytes,
            a.model_bytes as f64 / f64::from(a.nodes.max(1)),
            touchpoint_content::bulk::peak_rss()
                .map(|b| format!(
                    "{:.1} MB ({:.0} bytes per node)",
                    b as f64 / 1e6,
                    b as f64 / f64::from(a.nodes.max(1))
                ))
                .unwrap_or_else(|| "unknown".into()),
        );
    }
    if args.json {
        // Straight to standard output: a million-node report is tens of megabytes.
        let mut out = std::io::BufWriter::new(super::out::Stdout);
        if let Err(e) = serde_json::to_writer_pretty(&mut out, &a)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
            .and_then(|()| out.flush())
        {
            super::term::eprint_wrapped(&format!("error: {e}"));
            return 1;
        }
    } else {
        // Wrapped to the terminal (or COLUMNS) as play is, never mid-word.
        let file = args.scenario.display().to_string();
        let mut text = Vec::new();
        print_human(&mut text, &texts, &a, &file, catalog);
        let lay = super::term::Layout::of_stream(false);
        super::term::wrap_lines(
            &mut super::out::Stdout,
            lay.width,
            &String::from_utf8_lossy(&text),
        );
    }
    if a.has_errors() { 1 } else { 0 }
}

fn replay(file: &str, p: &PathScore) -> String {
    format!(
        "touchpoint play {file} --seed {} --choices {}",
        p.seed,
        p.choices.join(",")
    )
}

fn yes_no(t: &Texts, b: bool) -> String {
    t.ui(if b { "an-yes" } else { "an-no" })
}

fn print_human(out: &mut dyn Write, t: &Texts, a: &Analysis, file: &str, catalog: &Catalog) {
    let c = t.colon();
    let n = |v: u64| FluentValue::from(v);
    let _ = writeln!(out, "== {} ({}) ==", t.text("title"), a.scenario);
    let seeds: Vec<String> = a.seeds.iter().map(u64::to_string).collect();
    let _ = writeln!(
        out,
        "{}",
        t.ui_fmt(
            "an-explored",
            &[
                ("paths", n(a.paths)),
                ("steps", n(a.steps)),
                ("seeds", FluentValue::from(seeds.join(" "))),
            ]
        )
    );
    let _ = writeln!(
        out,
        "{}",
        t.ui(if a.exact { "an-exact" } else { "an-bounds" })
    );

    let _ = writeln!(out, "\n{}", t.ui("an-score"));
    let col = a
        .competencies
        .keys()
        .chain(a.coverage.competencies.keys())
        .map(|id| width(&t.cat(id)))
        .chain([width(&t.ui("an-overall"))])
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "  {} {:>3} – {:<3} {}",
        pad(&t.ui("an-overall"), col),
        a.score.min,
        a.score.max,
        span_bar(a.score.min, a.score.max, 30)
    );
    let mut comps: Vec<_> = a.competencies.iter().collect();
    comps.sort_by_key(|(id, _)| catalog.competency_rank(id));
    for (id, b) in comps {
        let _ = writeln!(
            out,
            "  {} {:>3} – {:<3} {}",
            pad(&t.cat(id), col),
            b.min,
            b.max,
            span_bar(b.min, b.max, 30)
        );
    }
    for (key, p) in [("an-best", &a.best), ("an-worst", &a.worst)] {
        if let Some(p) = p {
            let _ = writeln!(
                out,
                "\n{}{c}{} ({}, {})",
                t.ui(key),
                p.score,
                t.ui(if p.passed { "ui-passed" } else { "ui-failed" }),
                t.ui(&format!("outcome-{}", p.outcome.as_str()))
            );
            let _ = writeln!(out, "  {}", replay(file, p));
        }
    }

    let _ = writeln!(out, "\n{}", t.ui("an-taboo-checks"));
    let _ = writeln!(
        out,
        "  {}{c}{}",
        t.ui("an-pass-clean"),
        yes_no(t, a.pass_without_taboo)
    );
    let _ = writeln!(
        out,
        "  {}{c}{}",
        t.ui("an-pass-taboo"),
        yes_no(t, a.pass_with_taboo)
    );

    let _ = writeln!(out, "\n{}", t.ui("an-structure"));
    let _ = writeln!(
        out,
        "  {}",
        t.ui_fmt(
            "an-reachable",
            &[
                ("reached", n(a.reachable.len() as u64)),
                ("nodes", n(u64::from(a.nodes)))
            ]
        )
    );
    for (key, list) in [
        ("an-unreachable", &a.unreachable),
        ("an-unreachable-choices", &a.unreachable_choices),
        ("an-dead-ends", &a.dead_ends),
        ("an-unreachable-endings", &a.unreachable_endings),
        ("an-unexplored", &a.unexplored),
    ] {
        if key == "an-unexplored" && list.is_empty() {
            continue;
        }
        let shown = if list.is_empty() {
            t.ui("an-none")
        } else {
            list.join(" ")
        };
        let _ = writeln!(out, "  {}{c}{shown}", t.ui(key));
    }
    let outcomes: Vec<String> = a
        .outcomes
        .iter()
        .map(|(o, k)| format!("{} {k}", t.ui(&format!("outcome-{o}"))))
        .collect();
    let _ = writeln!(
        out,
        "  {}{c}{}",
        t.ui("an-endings-paths"),
        outcomes.join(" · ")
    );

    let _ = writeln!(out, "\n{}", t.ui("an-coverage"));
    let mut cov: Vec<_> = a.coverage.competencies.iter().collect();
    cov.sort_by_key(|(id, _)| catalog.competency_rank(id));
    for (id, cc) in cov {
        if cc.of == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "  {} {} {:>2}/{:<2} {}",
            pad(&t.cat(id), col),
            bar((cc.exercised * 100 / cc.of) as i32, 10),
            cc.exercised,
            cc.of,
            t.ui_fmt("an-replies", &[("count", n(u64::from(cc.replies)))])
        );
    }
    let mut used: Vec<String> = a
        .coverage
        .techniques
        .iter()
        .map(|u| {
            let mut s = t.cat(&u.id);
            if u.follows > 0 {
                s.push_str(&format!(" ✓{}", u.follows));
            }
            if u.breaks > 0 {
                s.push_str(&format!(" ✗{}", u.breaks));
            }
            s
        })
        .collect();
    used.sort();
    let _ = writeln!(out, "  {}{c}{}", t.ui("an-techniques"), used.join(" · "));

    if let Some(mc) = &a.monte_carlo {
        let _ = writeln!(
            out,
            "\n{}",
            t.ui_fmt(
                "an-monte-carlo",
                &[("runs", n(mc.runs)), ("seed", n(mc.seed))]
            )
        );
        let _ = writeln!(
            out,
            "  {}",
            t.ui_fmt(
                "an-pass-rate",
                &[
                    (
                        "rate",
                        FluentValue::from(format!("{:.1}", mc.pass_rate * 100.0))
                    ),
                    ("mean", FluentValue::from(format!("{:.1}", mc.mean))),
                    ("taboo", n(mc.failed_on_taboo_only)),
                ]
            )
        );
        let max = mc.histogram.iter().copied().max().unwrap_or(0).max(1);
        for (i, &k) in mc.histogram.iter().enumerate() {
            let lo = i * 10;
            let hi = if i == 9 { 100 } else { lo + 9 };
            let w = (k * 40).div_ceil(max) as usize;
            let _ = writeln!(out, "  {lo:>3}–{hi:<3} {:<40} {k}", "█".repeat(w));
        }
        let outcomes: Vec<String> = mc
            .outcomes
            .iter()
            .map(|(o, k)| format!("{} {k}", t.ui(&format!("outcome-{o}"))))
            .collect();
        let _ = writeln!(out, "  {}{c}{}", t.ui("an-outcomes"), outcomes.join(" · "));
    }

    let _ = writeln!(out, "\n{}", t.ui("an-findings"));
    if a.findings.is_empty() {
        let _ = writeln!(out, "  {}", t.ui("an-no-findings"));
    }
    for f in &a.findings {
        let level = match f.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "note",
        };
        let msg = t.ui_fmt(
            &format!("an-finding-{}", f.code.replace('_', "-")),
            &[
                (
                    "subject",
                    FluentValue::from(f.subject.clone().unwrap_or_default()),
                ),
                ("limit", n(f.limit.unwrap_or(0))),
                ("count", n(f.count.unwrap_or(0))),
            ],
        );
        let _ = writeln!(out, "  {level}: {msg}");
        if let Some(p) = &f.path {
            let _ = writeln!(out, "    {}", replay(file, p));
        }
    }
}

/// `····███████····` with the filled part from `min` to `max`.
fn span_bar(min: u32, max: u32, width: usize) -> String {
    let pos = |v: u32| (v.min(100) as usize * width).div_ceil(100);
    let (a, b) = (pos(min), pos(max).max(pos(min) + 1).min(width));
    let a = a.min(b.saturating_sub(1));
    format!(
        "{}{}{}",
        "·".repeat(a),
        "█".repeat(b - a),
        "·".repeat(width - b)
    )
}
