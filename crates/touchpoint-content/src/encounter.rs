//! Loads an encounter with everything it needs (catalog, Fluent files of every
//! shipped locale) and reports every problem at once, located in its file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::files::{Layout, Source, layout_for, parse_ron, read_text};
use super::locale::{
    FtlFile, FtlKind, Texts, TextsCache, ftl_entries, load_ftl, placeable_errors, relocate_fluent,
    shipped_locales, text_limits,
};
use super::report::{Report, tidy};
use touchpoint_engine::validate::{Doc, validate_catalog, validate_scenario};
use touchpoint_engine::{Catalog, LocaleKeys, Scenario, Severity};

pub struct LocaleFiles {
    pub locale: String,
    pub catalog: Arc<FtlFile>,
    pub scenario: Arc<FtlFile>,
    pub scenario_path: PathBuf,
}

/// A scenario ready to play: parsed, validated, with its catalog and texts.
pub struct Encounter {
    pub path: PathBuf,
    pub scenario: Scenario,
    pub catalog: Catalog,
    pub locales: Vec<LocaleFiles>,
    /// `sha256:<hex>` of the scenario, its Fluent files and the catalog.
    pub content_hash: String,
    /// The scenario's media files, resolved and checked to be inside its folder.
    pub media: MediaFiles,
    /// The texts of the scenario and catalog files as read: with the Fluent files'
    /// (in `locales`), what the content hash covers and the results store keeps.
    pub sources: Sources,
    /// The texts of each locale once built (see [`Encounter::texts`]).
    pub texts_built: TextsCache,
}

/// The RON texts an encounter was loaded from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub scenario: Arc<str>,
    pub catalog: Arc<str>,
}

/// `sha256:<hex>` of an encounter's files: the scenario, the catalog, then each
/// locale's name and scenario Fluent file, in locale order.
pub fn content_hash<'a>(
    scenario: &str,
    catalog: &str,
    locales: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> String {
    let mut hasher = Sha256::new();
    hasher.update(scenario.as_bytes());
    hasher.update(catalog.as_bytes());
    for (locale, ftl) in locales {
        hasher.update(locale.as_bytes());
        hasher.update(ftl.as_bytes());
    }
    format!("sha256:{:x}", hasher.finalize())
}

/// A scenario's media, as real paths inside the scenario's folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MediaFiles {
    pub ambience: Option<PathBuf>,
    pub voice: Option<PathBuf>,
    /// Node id -> the sound played when it is entered.
    pub sounds: std::collections::BTreeMap<String, PathBuf>,
}

impl MediaFiles {
    /// The voice-over of a line (`<voice>/<locale>/<line key>.ogg`), if the scenario
    /// has a voice folder and the file is there, inside the folder.
    pub fn voice_line(&self, locale: &str, key: &str) -> Option<PathBuf> {
        let dir = self.voice.as_ref()?;
        super::files::confined(dir, &format!("{locale}/{key}.ogg"), false).ok()
    }
}

/// Resolves the scenario's media paths inside `base` (the scenario's folder); every
/// problem is a located error.
fn media_files(scenario: &Scenario, base: &Path, src: &Source) -> (MediaFiles, Vec<Report>) {
    let sounds = scenario
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(k, n)| n.sound.as_deref().map(|s| (k, n.id.as_str(), s)));
    let mut reports = Vec::new();
    let m = resolve_media(&scenario.media, sounds, base, &mut |field, e| {
        reports.push(src.report_at(field, Severity::Error, e))
    });
    (m, reports)
}

/// Resolves media paths: the encounter's `media` and its nodes' sounds (position in
/// the node list, node id, path). Each problem goes to `problem` with the RON path
/// it is about.
pub(crate) fn resolve_media<'a>(
    media: &touchpoint_engine::scenario::Media,
    sounds: impl Iterator<Item = (usize, &'a str, &'a str)>,
    base: &Path,
    problem: &mut dyn FnMut(&str, String),
) -> MediaFiles {
    use super::files::confined;
    let mut m = MediaFiles::default();
    let mut check = |field: String, rel: &str, dir: bool| match confined(base, rel, dir) {
        Ok(p) => Some(p),
        Err(e) => {
            problem(&field, e);
            None
        }
    };
    if let Some(a) = &media.ambience {
        m.ambience = check("media.ambience".into(), a, false);
    }
    if let Some(v) = &media.voice {
        m.voice = check("media.voice".into(), v, true);
    }
    for (k, id, s) in sounds {
        if let Some(p) = check(format!("nodes[{k}].sound"), s, false) {
            m.sounds.insert(id.to_string(), p);
        }
    }
    m
}

impl Encounter {
    /// Texts for one locale: the encounter, the catalog and the terminal's strings
    /// (built on the first call, then shared).
    pub fn texts(&self, locale: &str) -> Arc<Texts> {
        self.texts_built.get_or_build(locale, || {
            let l = self.locales.iter().find(|l| l.locale == locale);
            Texts::new(
                locale,
                l.map(|l| l.scenario.resource()),
                l.map(|l| l.catalog.resource()),
            )
        })
    }
}

/// Loads the catalog at `path` and checks it against the given locale keys.
pub fn load_catalog(path: &Path) -> Result<(Catalog, Source), Report> {
    let text = read_text(path)?;
    let src = Source::new(path, text);
    let catalog: Catalog = parse_ron(&src)?;
    Ok((catalog.indexed(), src))
}

/// The catalog at `catalog_path`, and the locales folder an encounter at `scenario`
/// is laid out with: what loading an encounter needs besides the scenario itself.
pub(crate) fn catalog_and_locales<'a>(
    layout: &'a Layout,
    scenario: &Path,
    catalog_path: &Path,
) -> Result<(Catalog, Source, &'a Path), Report> {
    let (catalog, src) = load_catalog(catalog_path)?;
    Ok((catalog, src, layout.locales_or_report(scenario)?))
}

/// Checks a catalog file on its own against the Fluent files of every shipped locale.
pub fn check_catalog(path: &Path) -> Vec<Report> {
    let (catalog, src) = match load_catalog(path) {
        Ok(c) => c,
        Err(r) => return vec![r],
    };
    let Some(locales_dir) = layout_for(path).locales else {
        return vec![Report::error(
            path,
            1,
            1,
            "no `locales/` folder found above this file; expected locales/<lang>/catalog.ftl",
        )];
    };
    let mut reports = Vec::new();
    let mut keys = Vec::new();
    for locale in shipped_locales(&locales_dir) {
        match load_ftl(&locales_dir, &locale, "catalog") {
            Ok((f, errs)) => {
                reports.extend(errs);
                reports.extend(text_limits(&f, FtlKind::Catalog));
                keys.push(f.keys);
            }
            Err(r) => reports.push(r),
        }
    }
    for d in validate_catalog(&catalog, &keys) {
        reports.push(src.report_diag(d));
    }
    tidy(&mut reports);
    reports
}

/// Loads and validates a scenario. Returns the encounter when there is no error, and
/// every report (errors and warnings) either way.
///
/// The Fluent files are read and scanned on their own threads while the scenario is
/// parsed (they are named after the file, which should be the scenario's id; when the
/// id differs they are read again under the id), and the content hash is computed
/// while the scenario is validated.
pub fn load(path: &Path) -> (Option<Encounter>, Vec<Report>) {
    let layout = layout_for(path);
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    let locales = layout
        .locales
        .as_deref()
        .map(shipped_locales)
        .unwrap_or_default();
    std::thread::scope(|scope| {
        // One thread reads every locale's Fluent files while this one reads the
        // scenario: a thread per locale would take turns with this one for the
        // second core.
        let early = match &layout.locales {
            Some(dir) if !stem.is_empty() => {
                let (locales, stem) = (&locales, &stem);
                Some(scope.spawn(move || {
                    locales
                        .iter()
                        .map(|locale| {
                            (
                                load_ftl(dir, locale, "catalog"),
                                load_ftl(dir, locale, stem),
                            )
                        })
                        .collect::<Vec<_>>()
                }))
            }
            _ => None,
        };
        let text = match read_text(path) {
            Ok(t) => t,
            Err(r) => return (None, vec![r]),
        };
        let src = Source::new(path, text);
        let scenario: Scenario = match parse_ron(&src) {
            Ok(s) => s,
            Err(r) => return (None, vec![r]),
        };
        let scenario = scenario.indexed();
        let catalog_path = match layout.catalog_or_report(path) {
            Ok(p) => p,
            Err(r) => return (None, vec![r]),
        };
        let (catalog, catalog_src, locales_dir) =
            match catalog_and_locales(&layout, path, catalog_path) {
                Ok(c) => c,
                Err(r) => return (None, vec![r]),
            };
        let crashed = || {
            Err(Report::error(
                path,
                1,
                1,
                "the Fluent parser failed on a file of this locale",
            ))
        };
        // The Fluent files are named after the id: an id that is not one (`/elsewhere/x`,
        // `../x`) names no file, and validation reports it.
        let id_ok = touchpoint_engine::validate::is_valid_id(&scenario.id);
        let parsed: Vec<_> = match early {
            _ if !id_ok => locales
                .iter()
                .map(|locale| {
                    (
                        load_ftl(locales_dir, locale, "catalog"),
                        Err(Report::error(path, 1, 1, "")),
                    )
                })
                .collect(),
            Some(h) if scenario.id == stem => h
                .join()
                .unwrap_or_else(|_| locales.iter().map(|_| (crashed(), crashed())).collect()),
            early => {
                drop(early);
                locales
                    .iter()
                    .map(|locale| {
                        (
                            load_ftl(locales_dir, locale, "catalog"),
                            load_ftl(locales_dir, locale, &scenario.id),
                        )
                    })
                    .collect()
            }
        };
        let mut reports = Vec::new();
        let mut media_found = MediaFiles::default();
        if locales.is_empty() {
            reports.push(Report::error(
                path,
                1,
                1,
                format!("no locale folders in {}", locales_dir.display()),
            ));
        }
        let mut catalog_keys = Vec::new();
        let mut scenario_keys = Vec::new();
        let mut files = Vec::new();
        for (locale, (cat, scn)) in locales.iter().zip(parsed) {
            let cat = match cat {
                Ok((f, errs)) => {
                    reports.extend(errs);
                    reports.extend(placeable_errors(&f));
                    reports.extend(text_limits(&f, FtlKind::Catalog));
                    Some(f)
                }
                Err(r) => {
                    reports.push(r);
                    None
                }
            };
            let scn = match scn {
                Ok((f, errs)) => {
                    reports.extend(errs);
                    reports.extend(placeable_errors(&f));
                    reports.extend(text_limits(&f, FtlKind::Scenario));
                    Some(f)
                }
                Err(_) if !id_ok => None,
                Err(r) => {
                    let ftl = locales_dir
                        .join(locale)
                        .join(format!("{}.ftl", scenario.id));
                    reports.push(match fluent_file_problem(&ftl, locale, r) {
                        FluentProblem::Missing(m) => src.report_at("id", Severity::Error, m),
                        FluentProblem::Wrong(r) => r,
                    });
                    None
                }
            };
            let cat = cat.map(|mut c| {
                catalog_keys.push(std::mem::take(&mut c.keys));
                c
            });
            if let Some(mut scn) = scn {
                scenario_keys.push(std::mem::take(&mut scn.keys));
                files.push((locale.clone(), cat, scn));
            }
        }

        // The content hash, alongside validation.
        let content_hash = std::thread::scope(|inner| {
            let hashing = inner.spawn(|| {
                content_hash(
                    &src.text,
                    &catalog_src.text,
                    files.iter().map(|(l, _, scn)| (l.as_str(), scn.source())),
                )
            });
            for d in validate_catalog(&catalog, &catalog_keys) {
                reports.push(catalog_src.report_diag(d));
            }
            let located = validate_scenario(&scenario, &catalog, &scenario_keys)
                .into_iter()
                .map(|mut d| {
                    let src = match d.doc {
                        Doc::Scenario => &src,
                        Doc::Catalog => &catalog_src,
                    };
                    let fluent = d.ftl.take();
                    (src.report_diag(d), fluent)
                })
                .collect();
            // Problems in a Fluent file are located there.
            reports.extend(relocate_fluent(located, &mut |file, on| {
                for (_, _, scn) in &files {
                    if scn.path.display().to_string() == file {
                        ftl_entries(scn.source()).into_iter().for_each(&mut *on);
                    }
                }
            }));
            hashing.join().unwrap_or_default()
        });
        if !reports.iter().any(Report::is_error) {
            let base = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let (media, problems) = media_files(&scenario, base, &src);
            reports.extend(problems);
            media_found = media;
        }
        tidy(&mut reports);
        if reports.iter().any(Report::is_error) {
            return (None, reports);
        }
        let locales = files
            .into_iter()
            .filter_map(|(locale, cat, scn)| {
                Some(LocaleFiles {
                    locale,
                    catalog: Arc::new(cat?),
                    scenario_path: scn.path.clone(),
                    scenario: Arc::new(scn),
                })
            })
            .collect();
        (
            Some(Encounter {
                path: path.to_path_buf(),
                scenario,
                catalog,
                locales,
                content_hash,
                media: media_found,
                sources: Sources {
                    scenario: src.text.into(),
                    catalog: catalog_src.text.into(),
                },
                texts_built: Default::default(),
            }),
            reports,
        )
    })
}

/// Why an encounter's Fluent file could not be read.
pub(crate) enum FluentProblem {
    /// Nothing is there: said at the scenario's id, with this message.
    Missing(String),
    /// Something is there but wrong (not UTF-8, too big, a folder, a FIFO…): the
    /// report against that file.
    Wrong(Report),
}

/// Sorts out the report `r` of a Fluent file `ftl` that could not be read.
pub(crate) fn fluent_file_problem(ftl: &Path, locale: &str, r: Report) -> FluentProblem {
    if super::files::is_missing(ftl) {
        FluentProblem::Missing(format!(
            "missing Fluent file {} for locale {locale}; expected one file per shipped locale",
            ftl.display()
        ))
    } else {
        FluentProblem::Wrong(r)
    }
}

/// Checks the Fluent keys of one locale against another (used for completeness).
pub fn missing_keys(a: &LocaleKeys, b: &LocaleKeys) -> Vec<String> {
    let mut out = Vec::new();
    for (id, attrs) in a.iter() {
        if !b.has(id) {
            out.push(id.to_string());
            continue;
        }
        out.extend(
            attrs
                .filter(|x| !b.has_attr(id, x))
                .map(|x| format!("{id}.{x}")),
        );
    }
    out.sort();
    out.dedup();
    out
}
