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

/// A text in several languages: (locale, text), in the order they were asked for.
pub type InLanguages = Vec<(String, String)>;

/// A course with what each part is called and teaches in several languages: what a
/// course package for an LMS carries (`touchpoint package --cmi5`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribedCourse {
    pub id: String,
    /// The course's Fluent message.
    pub title: InLanguages,
    /// Its `.description`.
    pub description: InLanguages,
    /// In teaching order.
    pub modules: Vec<DescribedModule>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribedModule {
    pub id: String,
    /// The module's Fluent message.
    pub name: InLanguages,
    /// Its `.goal`.
    pub goal: InLanguages,
    /// In the order they are meant to be played.
    pub encounters: Vec<DescribedEncounter>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribedEncounter {
    pub id: String,
    /// The encounter's `title`.
    pub title: InLanguages,
    /// Its `setting` (the scene, as the app's encounter list shows it).
    pub setting: InLanguages,
}

/// The course at `path` described in each of `locales` (in that order), after the
/// checks `validate` makes of it: the course against the encounters of its folder,
/// and each encounter it names loaded and validated. Every problem comes back
/// located (`file:line:col`), all at once: a course that does not parse, names an
/// encounter that is not there or one that does not validate, or lacks a text in one
/// of `locales` (the course's `.description` included, which `validate` does not
/// require). `Ok` carries the course and the warnings.
pub fn described(
    path: &Path,
    locales: &[&str],
) -> Result<(DescribedCourse, Vec<Report>), Vec<Report>> {
    let (course, _) = load_course(path).map_err(|r| vec![r])?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // Every encounter of the folder, as `validate` checks a course: by id, or by file
    // name for one that does not load (so the course's check does not also call it
    // missing; its own reports say what is wrong).
    let mut known = BTreeMap::new();
    let mut loaded = BTreeMap::new();
    let mut broken: BTreeMap<String, Vec<Report>> = BTreeMap::new();
    for f in super::files::scenario_files(&[dir]) {
        match super::encounter::load(&f) {
            (Some(enc), _) => {
                known.insert(
                    enc.scenario.id.clone(),
                    difficulty_rank(enc.scenario.difficulty),
                );
                loaded.entry(enc.scenario.id.clone()).or_insert(enc);
            }
            (None, reports) => {
                if let Some(stem) = f.file_stem().and_then(|s| s.to_str()) {
                    known.entry(stem.to_string()).or_insert(1);
                    broken.insert(stem.to_string(), reports);
                }
            }
        }
    }
    let mut reports = check_course(path, &known);
    for m in &course.modules {
        for e in &m.encounters {
            if !loaded.contains_key(e)
                && let Some(r) = broken.remove(e)
            {
                reports.extend(r);
            }
        }
    }
    let mut described = DescribedCourse {
        id: course.id.clone(),
        title: Vec::new(),
        description: Vec::new(),
        modules: course
            .modules
            .iter()
            .map(|m| DescribedModule {
                id: m.id.clone(),
                name: Vec::new(),
                goal: Vec::new(),
                encounters: Vec::new(),
            })
            .collect(),
    };
    if !reports.iter().any(Report::is_error) {
        let locales_dir = layout_for(path).locales.unwrap_or_default();
        for &locale in locales {
            let ftl = match load_ftl(&locales_dir, locale, "course") {
                Ok((f, _)) => f,
                Err(r) => {
                    reports.push(r);
                    continue;
                }
            };
            let texts = super::locale::Texts::new(locale, Some(ftl.resource()), None);
            let mut text =
                |into: &mut InLanguages, id: &str, attr: Option<&str>, what: &str| match texts.get(
                    id,
                    attr,
                    &[],
                ) {
                    Some(t) => into.push((locale.to_string(), t)),
                    None => reports.push(missing_text(&ftl, id, attr, what)),
                };
            text(&mut described.title, &course.id, None, "the course's title");
            text(
                &mut described.description,
                &course.id,
                Some("description"),
                "the course's description",
            );
            for (m, d) in course.modules.iter().zip(&mut described.modules) {
                text(&mut d.name, &m.id, None, "the module's name");
                text(&mut d.goal, &m.id, Some("goal"), "what the module teaches");
            }
        }
        for (m, d) in course.modules.iter().zip(&mut described.modules) {
            for e in &m.encounters {
                let Some(enc) = loaded.get(e) else { continue };
                let mut de = DescribedEncounter {
                    id: e.clone(),
                    title: Vec::new(),
                    setting: Vec::new(),
                };
                for &locale in locales {
                    let Some(files) = enc.locales.iter().find(|l| l.locale == locale) else {
                        reports.push(Report::error(
                            &enc.path,
                            1,
                            1,
                            format!(
                                "encounter `{e}` has no texts in {locale} (locales/{locale}/{e}.ftl); the package needs them in {}",
                                locales.join(" and ")
                            ),
                        ));
                        continue;
                    };
                    let texts = enc.texts(locale);
                    for (into, id, what) in [
                        (&mut de.title, "title", "the encounter's title"),
                        (&mut de.setting, "setting", "the encounter's scene"),
                    ] {
                        match texts.get(id, None, &[]) {
                            Some(t) => into.push((locale.to_string(), t)),
                            None => reports.push(missing_text(&files.scenario, id, None, what)),
                        }
                    }
                }
                d.encounters.push(de);
            }
        }
    }
    tidy(&mut reports);
    if reports.iter().any(Report::is_error) {
        Err(reports)
    } else {
        Ok((described, reports))
    }
}

/// That Fluent file `ftl` lacks message `id` (or its attribute `attr`), located at
/// the message when it is there.
fn missing_text(ftl: &super::locale::FtlFile, id: &str, attr: Option<&str>, what: &str) -> Report {
    let pos = super::locale::message_position(ftl.source(), id);
    let name = match attr {
        Some(a) => format!("attribute `.{a}` of Fluent message `{id}`"),
        None => format!("Fluent message `{id}`"),
    };
    Report::error(
        &ftl.path,
        pos.line,
        pos.col,
        format!("no {name} ({what}) in {}", ftl.locale),
    )
}
