use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::out::outln;
use touchpoint_content::files::{catalog_files, course_files, scenario_files};
use touchpoint_content::report::{Report, tidy};
use touchpoint_content::{bulk, course, encounter};
use touchpoint_engine::scenario::Difficulty;
use touchpoint_engine::scenario_test::check_ids;
use touchpoint_engine::{Catalog, Scenario, Severity};

/// Where the first `id:` field is, for reports about the scenario as a whole (read
/// line by line: the file may be hundreds of megabytes).
fn id_position(path: &Path) -> (usize, usize) {
    use std::io::BufRead;
    let Ok(file) = std::fs::File::open(path) else {
        return (1, 1);
    };
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let Ok(line) = line else { break };
        let line = if i == 0 {
            line.trim_start_matches(touchpoint_content::files::BOM)
        } else {
            &line
        };
        let code = line.split("//").next().unwrap_or("");
        if let Some(c) = code.find("id:")
            && code[..c].chars().all(|ch| ch.is_whitespace() || ch == '(')
        {
            return (i + 1, code[..c].chars().count() + 1);
        }
    }
    (1, 1)
}

/// An encounter that loaded as an authored tree, for checking its scenario tests.
type Loaded = Option<Box<(Scenario, Catalog)>>;

/// Loads and checks one encounter: its id and difficulty when it is valid, and every
/// report; and, when it was held as an authored tree, the encounter. Files too big to
/// hold as an authored tree are streamed.
fn check_one(f: &Path) -> (Option<(String, Difficulty)>, Vec<Report>, Loaded) {
    if bulk::is_big(f) {
        let (c, r) = bulk::load(f, false);
        (c.map(|c| (c.header.id, c.header.difficulty)), r, None)
    } else {
        let (e, r) = encounter::load(f);
        match e {
            Some(e) => (
                Some((e.scenario.id.clone(), e.scenario.difficulty)),
                r,
                Some(Box::new((e.scenario, e.catalog))),
            ),
            // Its scenario tests are still checked against the tree as parsed, so
            // that every problem is reported at once.
            None if f.with_extension("test.ron").exists() => (None, r, parsed_tree(f)),
            None => (None, r, None),
        }
    }
}

/// The scenario at `f` and its catalog as parsed, without validation (for an
/// encounter that does not validate); `None` if either does not parse.
fn parsed_tree(f: &Path) -> Loaded {
    use touchpoint_content::files::{Source, layout_for, parse_ron, read_text};
    let src = Source::new(f, read_text(f).ok()?);
    let scenario: Scenario = parse_ron(&src).ok()?;
    let layout = layout_for(f);
    let (catalog, _) = encounter::load_catalog(layout.catalog_or_report(f).ok()?).ok()?;
    Some(Box::new((scenario.indexed(), catalog)))
}

pub fn run(paths: &[PathBuf], deny_warnings: bool, format: Option<super::ReportFormat>) -> i32 {
    use std::io::IsTerminal;
    let terminal = std::io::stdout().is_terminal();
    let mut printer = match format {
        None => touchpoint_content::report::Printer::for_stream(terminal),
        Some(f) => touchpoint_content::report::Printer::new(
            f == super::ReportFormat::Human,
            terminal && f == super::ReportFormat::Human,
        ),
    };
    let mut files = scenario_files(paths);
    files.sort();
    files.dedup();
    let mut catalogs = catalog_files(paths);
    catalogs.sort();
    catalogs.dedup();
    let mut reports = Vec::new();
    for p in paths {
        if !p.exists() {
            eprintln!("{}: error: no such file or folder", p.display());
            return 1;
        }
    }
    if files.is_empty() && catalogs.is_empty() && course_files(paths).is_empty() {
        eprintln!(
            "error: no scenario files (*.ron) found in {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        return 1;
    }
    for f in &catalogs {
        reports.extend(encounter::check_catalog(f));
    }
    // Folders under `locales/` that are not locales are ignored: say which.
    let locale_dirs: std::collections::BTreeSet<PathBuf> = files
        .iter()
        .chain(&catalogs)
        .filter_map(|f| touchpoint_content::files::layout_for(f).locales)
        .collect();
    for dir in locale_dirs {
        for (name, why) in touchpoint_content::locale::not_locales(&dir) {
            reports.push(Report::warning(
                &dir.join(&name),
                1,
                1,
                format!(
                    "folder `{name}` under {} is not a locale ({why}); it is ignored. A locale is a folder named by a language tag that holds catalog.ftl",
                    dir.display()
                ),
            ));
        }
    }
    // Ids are unique across a course, and a file is named after its id: results and
    // Fluent files key on it.
    let mut by_id: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    // Encounter id (or, for a file that does not load, its name) → difficulty rank, by file.
    let mut known: Vec<(PathBuf, String, u8)> = Vec::new();
    // Encounters with scenario tests beside them, to check the tests' ids against.
    let mut with_tests: BTreeMap<PathBuf, (Scenario, Catalog)> = BTreeMap::new();
    for f in &files {
        let (enc, r, loaded) = check_one(f);
        reports.extend(r);
        if let Some(l) = loaded
            && f.with_extension("test.ron").exists()
        {
            with_tests.insert(f.clone(), *l);
        }
        if let Some((id, difficulty)) = enc {
            by_id.entry(id.clone()).or_default().push(f.clone());
            known.push((f.clone(), id, course::difficulty_rank(difficulty)));
        } else if let Some(stem) = f.file_stem().and_then(|s| s.to_str()) {
            known.push((f.clone(), stem.to_string(), 1));
        }
    }
    // A course names the encounters of its own folder.
    let mut courses = course_files(paths);
    courses.sort();
    courses.dedup();
    for c in &courses {
        let dir = c.parent().unwrap_or(Path::new("."));
        let mut mine: BTreeMap<String, u8> = known
            .iter()
            .filter(|(f, _, _)| f.starts_with(dir))
            .map(|(_, id, rank)| (id.clone(), *rank))
            .collect();
        if mine.is_empty() {
            // The course was given on its own: take the encounters of its folder.
            for f in scenario_files(&[dir.to_path_buf()]) {
                if let (Some((id, difficulty)), _, _) = check_one(&f) {
                    mine.insert(id, course::difficulty_rank(difficulty));
                }
            }
        }
        reports.extend(course::check_course(c, &mine));
    }
    for (id, mut paths) in by_id {
        // The file named after the id owns it; the others are the duplicates.
        paths.sort_by_key(|p| p.file_stem().and_then(|s| s.to_str()) != Some(id.as_str()));
        for (k, f) in paths.iter().enumerate() {
            let (line, col) = id_position(f);
            if k > 0 {
                reports.push(Report::error(
                    f,
                    line,
                    col,
                    format!(
                        "scenario id `{id}` is already used by {}; ids must be unique across encounters (results and Fluent files key on them)",
                        paths[0].display()
                    ),
                ));
            }
            let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if stem != id {
                reports.push(Report::warning(
                    f,
                    line,
                    col,
                    format!("the file is named `{stem}.ron` but the scenario id is `{id}`; name it `{id}.ron`"),
                ));
            }
        }
    }
    // Scenario tests next to the encounters must at least parse.
    for t in super::test::test_files(paths)
        .into_iter()
        .filter(|t| t.exists())
    {
        match super::test::read_tests(&t) {
            Err(r) => reports.push(r),
            // Every id the tests name exists in their encounter (when it loaded: its
            // own errors are reported above), and `ends_after` fits the path.
            Ok((tests, src)) => {
                reports.extend(super::test::case_problems(&tests, &src));
                if let Some((scenario, catalog)) = with_tests.get(&super::test::scenario_of(&t)) {
                    for (path, message) in check_ids(&tests, scenario, catalog) {
                        reports.push(src.report_at(&path, Severity::Error, message));
                    }
                }
            }
        }
    }
    let files: Vec<_> = catalogs.iter().chain(&courses).chain(&files).collect();
    tidy(&mut reports);
    let errors = reports.iter().filter(|r| r.is_error()).count();
    let warnings = reports.len() - errors;
    for r in &reports {
        outln!("{}", printer.render(r));
    }
    let failed = errors > 0 || (deny_warnings && warnings > 0);
    // The summary is part of the report: standard output, like every command's
    // results (standard error is for the command itself failing).
    if failed {
        outln!(
            "{} file(s) checked: {errors} error(s), {warnings} warning(s)",
            files.len()
        );
        1
    } else {
        outln!(
            "{} file(s) checked: all valid ({warnings} warning(s))",
            files.len()
        );
        0
    }
}
