use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::out::outln;
use super::term::pad;
use touchpoint_content::course::{course_in, course_texts, load_course};
use touchpoint_content::encounter::{self, Encounter};
use touchpoint_content::files::scenario_files;
use touchpoint_content::locale::Texts;
use touchpoint_content::words::{decisions_text, kind, progress_text, rule_text};
use touchpoint_engine::course::Best;
use touchpoint_results::record::best_results;

/// Lists the encounters; when the folder has a course (`course.ron`), by module in
/// teaching order with each module's pass rule, and with `trainee` their best scores
/// and which modules they have completed.
pub fn run(
    paths: &[PathBuf],
    locale: Option<&str>,
    trainee: Option<&str>,
    results: Option<&Path>,
) -> i32 {
    let locale = match super::pick_locale(locale) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let paths = match super::paths_or_scenarios(paths) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let files = scenario_files(&paths);
    if files.is_empty() {
        eprintln!("error: no scenario files found");
        return 1;
    }
    let mut bad = 0;
    let loaded: Vec<(PathBuf, Option<Encounter>, usize)> = files
        .into_iter()
        .map(|f| {
            let (enc, reports) = encounter::load(&f);
            let errors = reports.iter().filter(|r| r.is_error()).count();
            (f, enc, errors)
        })
        .collect();
    let best: Option<BTreeMap<String, Best>> = trainee.map(|t| {
        let dir = results
            .map(Path::to_path_buf)
            .unwrap_or_else(|| touchpoint_results::record::default_dir(super::env));
        let (best, problems) = best_results(&dir, t);
        for p in problems {
            eprintln!("{p} (skipped)");
        }
        best
    });
    let ui = Texts::new(locale, None, None);
    let course = match paths.as_slice() {
        [dir] if dir.is_dir() => course_in(dir).and_then(|c| match load_course(&c) {
            Ok((course, _)) => Some((course, course_texts(&c, locale))),
            Err(r) => {
                eprintln!("{r}");
                bad += 1;
                None
            }
        }),
        _ => None,
    };
    let header = || {
        outln!(
            "  {:<28} {} {} {:>6} {:>10}{}  title",
            "id",
            pad("archetype", 14),
            pad("difficulty", 13),
            "nodes",
            "decisions",
            if best.is_some() { "   best" } else { "" }
        );
    };
    let mut listed = vec![false; loaded.len()];
    let row = |i: usize, listed: &mut Vec<bool>| {
        listed[i] = true;
        let (f, enc, errors) = &loaded[i];
        match enc {
            Some(enc) => print_row(enc, locale, best.as_ref()),
            None => {
                outln!(
                    "  {:<28} invalid: {errors} error(s); run `touchpoint validate {}`",
                    f.display(),
                    f.display()
                );
                1
            }
        }
    };
    if let Some((course, ct)) = &course {
        outln!("{}", ct.text(&course.id));
        if let Some(d) = ct.attr(&course.id, "description") {
            outln!("{d}");
        }
        for (k, m) in course.modules.iter().enumerate() {
            outln!();
            outln!(
                "{}. {} — {}",
                k + 1,
                ct.text(&m.id),
                rule_text(m, &ui, &|id| id.to_string())
            );
            if let Some(g) = ct.attr(&m.id, "goal") {
                outln!("   {g}");
            }
            if let Some(best) = &best {
                outln!("   {}", progress_text(m, best, &ui));
            }
            header();
            for e in &m.encounters {
                match position(&loaded, e) {
                    Some(i) => bad += row(i, &mut listed),
                    None => {
                        bad += 1;
                        outln!("  {e:<28} {}", ui.ui("list-missing"));
                    }
                }
            }
        }
        if listed.iter().any(|l| !l) {
            outln!();
            outln!("{}", ui.ui("list-outside"));
        }
    }
    if listed.iter().any(|l| !l) {
        header();
        for i in 0..loaded.len() {
            if !listed[i] {
                bad += row(i, &mut listed);
            }
        }
    }
    if bad > 0 { 1 } else { 0 }
}

/// Where the encounter with this id (or, if it does not load, this file name) is.
fn position(loaded: &[(PathBuf, Option<Encounter>, usize)], id: &str) -> Option<usize> {
    loaded.iter().position(|(f, enc, _)| match enc {
        Some(e) => e.scenario.id == id,
        None => f.file_stem().and_then(|s| s.to_str()) == Some(id),
    })
}

fn print_row(enc: &Encounter, locale: &str, best: Option<&BTreeMap<String, Best>>) -> i32 {
    let t = enc.texts(locale);
    let s = &enc.scenario;
    let len = decisions_text(s);
    let (arche, diff) = kind(s, &t);
    let best = best
        .map(|b| match b.get(&s.id) {
            Some(b) => format!(" {:>5} {}", b.score, if b.passed { "✓" } else { "✗" }),
            None => format!(" {:>7}", "-"),
        })
        .unwrap_or_default();
    outln!(
        "  {:<28} {} {} {:>6} {:>10}{best}  {}",
        s.id,
        pad(&arche, 14),
        pad(&diff, 13),
        s.nodes.len(),
        len,
        t.text("title")
    );
    0
}
