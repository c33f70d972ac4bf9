//! `touchpoint test`: runs the scenario tests (`<name>.test.ron`) like a test runner.

use std::path::{Path, PathBuf};

use super::out::outln;
use touchpoint_content::encounter;
use touchpoint_content::files::{Source, parse_ron, read_text, scenario_files};
use touchpoint_engine::scenario_test::{ScenarioTests, run_case};

pub(super) fn test_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            touchpoint_content::files::walk(
                p,
                &|p| p.to_string_lossy().ends_with(".test.ron"),
                &mut out,
            );
        } else if p.to_string_lossy().ends_with(".test.ron") {
            out.push(p.clone());
        } else {
            // A scenario file: its tests sit next to it.
            let t = p.with_extension("test.ron");
            out.push(t);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The scenario a test file belongs to: `x.test.ron` → `x.ron`.
pub fn scenario_of(test: &Path) -> PathBuf {
    let name = test.file_name().and_then(|n| n.to_str()).unwrap_or("");
    test.with_file_name(format!("{}.ron", name.trim_end_matches(".test.ron")))
}

/// Reads and parses a `.test.ron` file; errors are located.
pub(super) fn read_tests(
    path: &Path,
) -> Result<(ScenarioTests, Source), touchpoint_content::report::Report> {
    let src = Source::new(path, read_text(path)?);
    let tests = parse_ron(&src)?;
    Ok((tests, src))
}

/// What is wrong with a test file's cases as written (`ends_after` out of range…),
/// located.
pub(super) fn case_problems(
    tests: &ScenarioTests,
    src: &Source,
) -> Vec<touchpoint_content::report::Report> {
    tests
        .tests
        .iter()
        .enumerate()
        .flat_map(|(ci, case)| problems_of(ci, case, src))
        .collect()
}

/// What is wrong with case `ci` as written, located in its file.
fn problems_of(
    ci: usize,
    case: &touchpoint_engine::scenario_test::TestCase,
    src: &Source,
) -> Vec<touchpoint_content::report::Report> {
    case.problems()
        .into_iter()
        .map(|(field, message)| {
            src.report_at(
                &format!("tests[{ci}].{field}"),
                touchpoint_engine::Severity::Error,
                message,
            )
        })
        .collect()
}

pub fn run(paths: &[PathBuf]) -> i32 {
    let paths = match super::paths_or_scenarios(paths) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let files = test_files(&paths);
    // Problems with a file: with their source line on a terminal.
    let mut printer = touchpoint_content::report::Printer::for_stream({
        use std::io::IsTerminal;
        std::io::stdout().is_terminal()
    });
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut failures = Vec::new();
    for tf in &files {
        let scenario_path = scenario_of(tf);
        let (tests, src) = match read_tests(tf) {
            Ok(t) => t,
            Err(r) => {
                outln!("{}", printer.render(&r));
                failed += 1;
                failures.push(tf.display().to_string());
                continue;
            }
        };
        let (enc, reports) = encounter::load(&scenario_path);
        let Some(enc) = enc else {
            for r in reports.iter().filter(|r| r.is_error()) {
                outln!("{}", printer.render(r));
            }
            failed += tests.tests.len().max(1);
            failures.push(format!(
                "{} (scenario does not load)",
                scenario_path.display()
            ));
            continue;
        };
        let runs: usize = tests.tests.iter().map(|t| t.seeds.len().max(1)).sum();
        outln!("\nrunning {runs} tests from {}", tf.display());
        for (ci, case) in tests.tests.iter().enumerate() {
            if case.seeds.is_empty() {
                let r = src.report_at(
                    &format!("tests[{ci}].seeds"),
                    touchpoint_engine::Severity::Error,
                    "a test needs at least one seed".into(),
                );
                outln!("{}", printer.render(&r));
                failed += 1;
                failures.push(format!("{}::{}", enc.scenario.id, case.name));
                continue;
            }
            let problems = problems_of(ci, case, &src);
            if !problems.is_empty() {
                for r in &problems {
                    outln!("{}", printer.render(r));
                }
                failed += case.seeds.len().max(1);
                failures.push(format!("{}::{}", enc.scenario.id, case.name));
                continue;
            }
            for &seed in &case.seeds {
                let r = run_case(&enc.scenario, &enc.catalog, case, seed);
                let label = format!("{}::{} [seed {seed}]", enc.scenario.id, case.name);
                let score = r.score.map(|s| format!(" (score {s})")).unwrap_or_default();
                if r.failures.is_empty() {
                    passed += 1;
                    outln!("test {label} ... ok{score}");
                } else {
                    failed += 1;
                    outln!("test {label} ... FAILED{score}");
                    let at = src.report_at(
                        &format!("tests[{ci}].name"),
                        touchpoint_engine::Severity::Error,
                        String::new(),
                    );
                    for f in &r.failures {
                        outln!("    {}:{}:{}: {f}", at.file.display(), at.line, at.col);
                    }
                    failures.push(label);
                }
            }
        }
    }
    // Encounters without tests are worth knowing about.
    for s in scenario_files(&paths) {
        if !s.to_string_lossy().ends_with(".test.ron") && !s.with_extension("test.ron").exists() {
            outln!(
                "note: {} has no scenario tests ({})",
                s.display(),
                s.with_extension("test.ron").display()
            );
        }
    }
    if !failures.is_empty() {
        outln!("\nfailures:");
        for f in &failures {
            outln!("    {f}");
        }
    }
    let verdict = if failed == 0 { "ok" } else { "FAILED" };
    outln!("\ntest result: {verdict}. {passed} passed; {failed} failed");
    if files.is_empty() {
        outln!("no scenario tests found (*.test.ron)");
        return 1;
    }
    if failed == 0 { 0 } else { 1 }
}
