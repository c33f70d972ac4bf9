//! Reads a course file (`scenarios/course.ron`) with its Fluent texts
//! (`locales/<lang>/course.ftl`), checks it against the encounters next to it, and
//! reads a trainee's progress from the result files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::files::{Source, layout_for, parse_ron, read_text};
use super::locale::{load_ftl, shipped_locales};
use super::report::{Report, tidy};
use touchpoint_engine::course::{Course, validate_course};
use touchpoint_engine::scenario::Difficulty;

/// `course.ron` in the folder, if there is one.
pub fn course_in(dir: &Path) -> Option<PathBuf> {
    let p = dir.join("course.ron");
    p.is_file().then_some(p)
}

/// A course and its source (for locating reports).
pub fn load_course(path: &Path) -> Result<(Course, Source), Report> {
    let src = Source::new(path, read_text(path)?);
    let course: Course = parse_ron(&src)?;
    Ok((course, src))
}

pub fn difficulty_rank(d: Difficulty) -> u8 {
    match d {
        Difficulty::Introductory => 0,
        Difficulty::Standard => 1,
        Difficulty::Hard => 2,
    }
}

/// Checks the course at `path` against the encounters found next to it (`known`:
/// encounter id → difficulty rank) and its Fluent files in every shipped locale.
pub fn check_course(path: &Path, known: &BTreeMap<String, u8>) -> Vec<Report> {
    let (course, src) = match load_course(path) {
        Ok(c) => c,
        Err(r) => return vec![r],
    };
    let mut reports = Vec::new();
    let mut keys = Vec::new();
    match layout_for(path).locales {
        None => reports.push(Report::error(
            path,
            1,
            1,
            "no `locales/` folder found above this file; expected locales/<lang>/course.ftl",
        )),
        Some(dir) => {
            for locale in shipped_locales(&dir) {
                match load_ftl(&dir, &locale, "course") {
                    Ok((f, errs)) => {
                        reports.extend(errs);
                        reports.extend(super::locale::placeable_errors(&f));
                        keys.push(f.keys);
                    }
                    Err(r) => reports.push(r),
                }
            }
        }
    }
    for d in validate_course(&course, known, &keys) {
        reports.push(src.report_diag(d));
    }
    tidy(&mut reports);
    reports
}

/// Texts of the course (`locales/<lang>/course.ftl`) for one locale; the program's own
/// strings come with them.
pub fn course_texts(path: &Path, locale: &str) -> super::locale::Texts {
    let resource = layout_for(path)
        .locales
        .and_then(|dir| load_ftl(&dir, locale, "course").ok())
        .map(|(f, _)| f.resource());
    super::locale::Texts::new(locale, resource, None)
}

/// The course of a scenarios folder with its texts in one locale, if it has a
/// readable one (front ends that show the course; `validate` reports a broken one).
pub fn course_with_texts(dir: &Path, locale: &str) -> Option<(Course, super::locale::Texts)> {
    let c = course_in(dir)?;
    let (course, _) = load_course(&c).ok()?;
    Some((course, course_texts(&c, locale)))
}

/// The catalog's texts (`locales/<lang>/catalog.ftl`: competency and technique names,
/// teaching notes) of a scenarios folder, for one locale; a missing or unreadable file
/// gives ids instead of names.
pub fn catalog_texts(dir: &Path, locale: &str) -> super::locale::Texts {
    let resource = layout_for(&dir.join("catalog.ron"))
        .locales
        .and_then(|d| load_ftl(&d, locale, "catalog").ok())
        .map(|(f, _)| f.resource());
    super::locale::Texts::new(locale, None, resource)
}
