//! Loads an encounter with everything it needs (catalog, Fluent files of every
//! shipped locale) and reports every problem at once, located in its file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use sha2::{Digest, Sha256};

use super::files::{Source, layout_for, parse_ron, read_text};
use super::locale::{FtlFile, Texts, load_ftl, placeable_errors, shipped_locales};
use super::report::{Report, tidy};
use crate::engine::validate::{Doc, validate_catalog, validate_scenario};
use crate::engine::{Catalog, LocaleKeys, Scenario, Severity};

pub struct LocaleFiles {
    pub locale: String,
    pub catalog: Arc<FluentResource>,
    pub scenario: Arc<FluentResource>,
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
}

impl Encounter {
    /// Texts for one locale: the encounter, the catalog and the terminal's strings.
    pub fn texts(&self, locale: &str) -> Texts {
        let l = self.locales.iter().find(|l| l.locale == locale);
        Texts::new(
            locale,
            l.map(|l| l.scenario.clone()),
            l.map(|l| l.catalog.clone()),
        )
    }
}

/// Loads the catalog at `path` and checks it against the given locale keys.
pub fn load_catalog(path: &Path) -> Result<(Catalog, Source), Report> {
    let text = read_text(path)?;
    let src = Source::new(path, text);
    let catalog: Catalog = parse_ron(&src)?;
    Ok((catalog.indexed(), src))
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
                keys.push(f.keys);
            }
            Err(r) => reports.push(r),
        }
    }
    for d in validate_catalog(&catalog, &keys) {
        reports.push(src.report_at(&d.path, d.severity, d.message));
    }
    tidy(&mut reports);
    reports
}

/// Loads and validates a scenario. Returns the encounter when there is no error, and
/// every report (errors and warnings) either way.
pub fn load(path: &Path) -> (Option<Encounter>, Vec<Report>) {
    let mut reports = Vec::new();
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

    let layout = layout_for(path);
    let Some(catalog_path) = layout.catalog else {
        return (
            None,
            vec![Report::error(
                path,
                1,
                1,
                "no catalog.ron found next to this file or in a `scenarios/` folder above it",
            )],
        );
    };
    let (catalog, catalog_src) = match load_catalog(&catalog_path) {
        Ok(c) => c,
        Err(r) => return (None, vec![r]),
    };
    let Some(locales_dir) = layout.locales else {
        return (
            None,
            vec![Report::error(
                path,
                1,
                1,
                "no `locales/` folder found above this file; expected locales/<lang>/<scenario id>.ftl",
            )],
        );
    };

    let mut catalog_keys = Vec::new();
    let mut scenario_keys = Vec::new();
    let mut files = Vec::new();
    let mut hasher = Sha256::new();
    hasher.update(src.text.as_bytes());
    hasher.update(catalog_src.text.as_bytes());
    let locales = shipped_locales(&locales_dir);
    if locales.is_empty() {
        reports.push(Report::error(
            path,
            1,
            1,
            format!("no locale folders in {}", locales_dir.display()),
        ));
    }
    // Each locale's two files are read and parsed on their own thread.
    let parsed: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = locales
            .iter()
            .map(|locale| {
                let dir = &locales_dir;
                let id = &scenario.id;
                scope.spawn(move || (load_ftl(dir, locale, "catalog"), load_ftl(dir, locale, id)))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    let crashed = || {
                        Err(Report::error(
                            path,
                            1,
                            1,
                            "the Fluent parser failed on a file of this locale",
                        ))
                    };
                    (crashed(), crashed())
                })
            })
            .collect()
    });
    for (locale, (cat, scn)) in locales.iter().zip(parsed) {
        let cat = match cat {
            Ok((f, errs)) => {
                reports.extend(errs);
                reports.extend(placeable_errors(&f));
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
                Some(f)
            }
            Err(r) => {
                reports.push(Report {
                    message: format!(
                        "missing Fluent file {} for locale {locale}: {}; expected one file per shipped locale",
                        locales_dir.join(locale).join(format!("{}.ftl", scenario.id)).display(),
                        r.message
                    ),
                    ..src.report_at("id", Severity::Error, String::new())
                });
                None
            }
        };
        if let Some(c) = &cat {
            catalog_keys.push(c.keys.clone());
        }
        if let Some(FtlFile {
            resource,
            keys,
            path: spath,
            ..
        }) = scn
        {
            hasher.update(locale.as_bytes());
            hasher.update(resource.source().as_bytes());
            scenario_keys.push(keys);
            if let Some(c) = cat {
                files.push(LocaleFiles {
                    locale: locale.clone(),
                    catalog: c.resource,
                    scenario: resource,
                    scenario_path: spath,
                });
            }
        }
    }

    for d in validate_catalog(&catalog, &catalog_keys) {
        reports.push(catalog_src.report_at(&d.path, d.severity, d.message));
    }
    for d in validate_scenario(&scenario, &catalog, &scenario_keys) {
        let src = match d.doc {
            Doc::Scenario => &src,
            Doc::Catalog => &catalog_src,
        };
        reports.push(src.report_at(&d.path, d.severity, d.message));
    }
    tidy(&mut reports);
    if reports.iter().any(Report::is_error) {
        return (None, reports);
    }
    let content_hash = format!("sha256:{:x}", hasher.finalize());
    (
        Some(Encounter {
            path: path.to_path_buf(),
            scenario,
            catalog,
            locales: files,
            content_hash,
        }),
        reports,
    )
}

/// Checks the Fluent keys of one locale against another (used for completeness).
pub fn missing_keys(a: &LocaleKeys, b: &LocaleKeys) -> Vec<String> {
    let mut out = Vec::new();
    for (id, attrs) in &a.messages {
        match b.messages.get(id) {
            None => out.push(id.clone()),
            Some(battrs) => out.extend(
                attrs
                    .iter()
                    .filter(|x| !battrs.contains(x))
                    .map(|x| format!("{id}.{x}")),
            ),
        }
    }
    out.sort();
    out
}
