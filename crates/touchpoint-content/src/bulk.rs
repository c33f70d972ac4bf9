//! Encounters too big to hold as an authored tree, for `validate` and `analyze`:
//! streamed from their files, validated node by node, and compiled into the runtime.
//!
//! An authored node takes about 1.5 KB in memory, so a million-node encounter would
//! take gigabytes before validation even starts. Here the scenario file is never
//! held whole: it is read once for its header, once through the streaming validator
//! ([`ScenarioChecker`], the checks `validate_scenario` runs, with the Fluent files
//! streamed message by message), and once into a [`RuntimeBuilder`]. Only the
//! checker's compact tables, then the runtime, are in memory. What the validator
//! says is located afterwards, by reading again the nodes it names.

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;

use super::encounter::{
    FluentProblem, MediaFiles, catalog_and_locales, fluent_file_problem, resolve_media,
};
use super::files::{check_file, layout_for};
use super::locale::{
    FtlFile, FtlKind, Texts, ftl_file_entries, load_ftl, placeable_errors, relocate_fluent,
    shipped_locales, text_limit, text_limits,
};
use super::report::{Related, Report, tidy};
use super::ron_spans::SpanIndex;
use super::stream::{self, NodeText};
use touchpoint_engine::Catalog;
use touchpoint_engine::runtime::{Runtime, RuntimeBuilder};
use touchpoint_engine::scenario::{SCENARIO_MESSAGES, Scenario};
use touchpoint_engine::validate::{Diagnostic, Doc, ScenarioChecker, validate_catalog};

/// Scenario files bigger than this are streamed by `validate` and `analyze`.
pub const STREAM_ABOVE: u64 = 8 << 20;

/// Up to this many nodes (by the outline's count) a streamed `analyze` compiles the
/// runtime on the same read of the file as validation: the checker and the builder
/// then coexist, about 80 MB at this size, while above it the peak per node matters
/// more than one more read of the file. `TOUCHPOINT_ONE_PASS_NODES` overrides it (the
/// tests check that both ways compile the same runtime).
const ONE_PASS_NODES: usize = 250_000;

/// Whether `path` is big enough to be streamed: over [`STREAM_ABOVE`] bytes, or over
/// `TOUCHPOINT_STREAM_ABOVE` bytes when that is set (the tests stream small files to
/// check that both ways agree).
pub fn is_big(path: &Path) -> bool {
    let limit = std::env::var("TOUCHPOINT_STREAM_ABOVE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(STREAM_ABOVE);
    std::fs::metadata(path).is_ok_and(|m| m.len() > limit)
}

/// A locale, the encounter's own messages in it and the catalog's.
type LocaleTexts = (
    String,
    Option<Arc<FluentResource>>,
    Option<Arc<FluentResource>>,
);

/// A streamed and validated encounter, compiled when asked.
pub struct Compiled {
    pub path: PathBuf,
    /// The scenario without its nodes.
    pub header: Scenario,
    pub nodes: usize,
    pub catalog: Catalog,
    pub runtime: Option<Runtime>,
    pub media: MediaFiles,
    /// Per shipped locale: the encounter's own messages (title, setting, persona,
    /// briefing) and the catalog's, for reports.
    texts: Vec<LocaleTexts>,
}

impl Compiled {
    /// Texts for reports in one locale: the encounter's own messages, the catalog and
    /// the program's strings (not the lines of every node).
    pub fn texts(&self, locale: &str) -> Texts {
        let l = self.texts.iter().find(|l| l.0 == locale);
        Texts::new(
            locale,
            l.and_then(|l| l.1.clone()),
            l.and_then(|l| l.2.clone()),
        )
    }
}

/// One locale's Fluent files as the streaming validator reads them.
struct LocaleFtl {
    locale: String,
    path: PathBuf,
    catalog: Option<FtlFile>,
    /// The whole scenario file, parsed, when it is not plain Fluent (the streaming
    /// scan only reads plain files).
    full: Option<FtlFile>,
    missing: bool,
}

/// Streams, validates and (with `compile`) compiles the encounter at `path`.
/// Returns it when there is no error, and every report either way, located in the
/// files like [`super::encounter::load`]'s.
pub fn load(path: &Path, compile: bool) -> (Option<Compiled>, Vec<Report>) {
    let layout = layout_for(path);
    let catalog_path = match layout.catalog_or_report(path) {
        Ok(p) => p,
        Err(r) => return (None, vec![r]),
    };
    let (header, node_hint, id_hint) = match stream::scenario_outline(path) {
        Ok(h) => h,
        Err(r) => return (None, vec![r]),
    };
    let (catalog, catalog_src, locales_dir) = match catalog_and_locales(&layout, path, catalog_path)
    {
        Ok(c) => c,
        Err(r) => return (None, vec![r]),
    };
    let mut reports = Vec::new();
    let locales = shipped_locales(locales_dir);
    if locales.is_empty() {
        reports.push(Report::error(
            path,
            1,
            1,
            format!("no locale folders in {}", locales_dir.display()),
        ));
    }
    let mut files: Vec<LocaleFtl> = Vec::new();
    let mut early = Vec::new();
    let mut catalog_keys = Vec::new();
    for locale in &locales {
        let catalog_ftl = match load_ftl(locales_dir, locale, "catalog") {
            Ok((mut f, errs)) => {
                reports.extend(errs);
                reports.extend(placeable_errors(&f));
                reports.extend(text_limits(&f, FtlKind::Catalog));
                catalog_keys.push(std::mem::take(&mut f.keys));
                Some(f)
            }
            Err(r) => {
                reports.push(r);
                None
            }
        };
        let ftl = locales_dir.join(locale).join(format!("{}.ftl", header.id));
        // Worded and located as the authored-tree path has it (the same check). An
        // id that is not one names no file: validation reports the id.
        let problem = if touchpoint_engine::validate::is_valid_id(&header.id) {
            check_file(&ftl, stream::MAX_STREAM_BYTES).err()
        } else {
            Some(Report::error(&ftl, 1, 1, String::new()))
        };
        let missing = problem.is_some();
        if let Some(r) = problem
            && touchpoint_engine::validate::is_valid_id(&header.id)
        {
            match fluent_file_problem(&ftl, locale, r) {
                FluentProblem::Missing(m) => early.push(scenario_error("id", m)),
                FluentProblem::Wrong(r) => reports.push(r),
            }
        }
        files.push(LocaleFtl {
            locale: locale.clone(),
            path: ftl,
            catalog: catalog_ftl,
            full: None,
            missing,
        });
    }
    for d in validate_catalog(&catalog, &catalog_keys) {
        reports.push(catalog_src.report_diag(d));
    }

    // The streaming validator. A Fluent file that turns out not to be plain is
    // parsed whole and the validation run again.
    let mut sounds: Vec<(usize, String, String)> = Vec::new();
    // What the runtime will hold: nodes, replies, reactions, bytes of reply ids.
    let mut sizes;
    // Up to `ONE_PASS_NODES` nodes the runtime is compiled on the validating pass,
    // saving a read of the file; it is dropped if the encounter turns out invalid.
    let one_pass_nodes = std::env::var("TOUCHPOINT_ONE_PASS_NODES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ONE_PASS_NODES);
    let one_pass = compile && node_hint <= one_pass_nodes;
    let mut builder;
    let diagnostics = loop {
        let mut checker = ScenarioChecker::new(&header, &catalog);
        checker.reserve(node_hint, id_hint, id_hint * 12);
        builder = one_pass.then(|| RuntimeBuilder::new(&header, &catalog, node_hint));

        sounds.clear();
        sizes = [0; 4];
        let streamed = stream::scenario_nodes(path, &mut |i, n| {
            if let Some(s) = &n.sound {
                sounds.push((i, n.id.clone(), s.clone()));
            }
            sizes[0] = i + 1;
            sizes[1] += n.choices.len();
            for c in &n.choices {
                sizes[2] += c.reactions.len();
                sizes[3] += c.id.len();
            }
            checker.node(&n);
            if let Some(b) = builder.as_mut() {
                b.node(&n);
            }
        });
        if let Err(r) = streamed {
            reports.push(r);
            tidy(&mut reports);
            return (None, reports);
        }
        checker.end_nodes();

        let mut again = false;
        for f in files.iter_mut().filter(|f| !f.missing) {
            let file = f.path.display().to_string();
            checker.locale_begin(&file);
            if let Some(full) = &f.full {
                let mut attrs: Vec<&str> = Vec::new();
                for (k, a) in full.keys.iter() {
                    attrs.clear();
                    attrs.extend(a);
                    checker.message(k, &attrs);
                }
            } else {
                match stream::ftl_messages(&f.path, &mut |k, a| checker.message(k, a)) {
                    Ok(true) => {}
                    Ok(false) => {
                        match load_ftl(locales_dir, &f.locale, &header.id) {
                            Ok((full, errs)) => {
                                reports.extend(errs);
                                reports.extend(placeable_errors(&full));
                                f.full = Some(full);
                            }
                            Err(r) => {
                                reports.push(r);
                                f.missing = true;
                            }
                        }
                        again = true;
                    }
                    Err(r) => {
                        reports.push(r);
                        f.missing = true;
                        again = true;
                    }
                }
            }
            checker.locale_end();

            if again {
                break;
            }
        }
        if !again {
            break checker.finish();
        }
    };
    early.extend(diagnostics);
    reports.extend(locate(path, &catalog_src, early));
    // Texts longer than a result record holds: the streamed files read once more,
    // a line at a time.
    for f in files.iter().filter(|f| !f.missing) {
        match &f.full {
            Some(full) => reports.extend(text_limits(full, FtlKind::Scenario)),
            None => {
                ftl_file_entries(&f.path, &mut |e| {
                    reports.extend(text_limit(&f.path, FtlKind::Scenario, &e))
                });
            }
        }
    }

    let media = if reports.iter().any(Report::is_error) {
        MediaFiles::default()
    } else {
        let base = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let mut problems = Vec::new();
        let media = resolve_media(
            &header.media,
            sounds
                .iter()
                .map(|(k, id, s)| (*k, id.as_str(), s.as_str())),
            base,
            &mut |field, e| problems.push(scenario_error(field, e)),
        );
        reports.extend(locate(path, &catalog_src, problems));
        media
    };
    tidy(&mut reports);
    if reports.iter().any(Report::is_error) {
        return (None, reports);
    }

    let runtime = if compile {
        let b = match builder {
            Some(b) => b,
            None => {
                let mut b = RuntimeBuilder::new(&header, &catalog, sizes[0]);
                b.reserve(sizes[1], sizes[2], sizes[3]);
                if let Err(r) = stream::scenario_nodes(path, &mut |_, n| b.node(&n)) {
                    reports.push(r);
                    return (None, reports);
                }
                b
            }
        };
        match b.finish() {
            Some(rt) => Some(rt),
            None => {
                reports.push(Report::error(
                    path,
                    1,
                    1,
                    "the encounter validates but cannot be compiled (a mood change past ±32767, or more than 255 reactions to a reply?)",
                ));
                return (None, reports);
            }
        }
    } else {
        None
    };
    let texts = files
        .into_iter()
        .map(|f| {
            let own = own_messages(&f.path);
            (f.locale, own, f.catalog.map(|c| c.resource()))
        })
        .collect();
    (
        Some(Compiled {
            path: path.to_path_buf(),
            header,
            nodes: sizes[0],
            catalog,
            runtime,
            media,
            texts,
        }),
        reports,
    )
}

fn scenario_error(path: &str, message: String) -> Diagnostic {
    Diagnostic::error(Doc::Scenario, path, message)
}

/// Turns diagnostics into reports located in the files: the nodes they name are
/// read again (only those), the header from the start of the file.
fn locate(
    path: &Path,
    catalog_src: &super::files::Source,
    diagnostics: Vec<Diagnostic>,
) -> Vec<Report> {
    let node_of = |p: &str| -> Option<(usize, usize)> {
        let rest = p.strip_prefix("nodes[")?;
        let end = rest.find(']')?;
        Some((rest[..end].parse().ok()?, "nodes[".len() + end + 1))
    };
    let wanted: BTreeSet<usize> = diagnostics
        .iter()
        .filter(|d| d.doc == Doc::Scenario)
        .flat_map(|d| {
            [
                Some(d.path.as_str()),
                d.related.as_ref().map(|r| r.path.as_str()),
            ]
        })
        .flatten()
        .filter_map(|p| node_of(p).map(|n| n.0))
        .collect();
    let mut texts: BTreeMap<usize, NodeText> = BTreeMap::new();
    if !wanted.is_empty() {
        // Should the file fail to read now (changed since it was validated), the
        // reports fall back to the header's positions; they are still all reported.
        let _ = stream::node_texts(path, &mut |t| {
            if wanted.contains(&t.index) {
                texts.insert(t.index, t.clone());
            }
        });
    }
    let head = header_text(path);
    let head_spans = SpanIndex::build(&head);
    let at = |path: &str| -> (usize, usize) {
        match node_of(path).and_then(|(k, cut)| Some((texts.get(&k)?, cut))) {
            Some((t, cut)) => {
                let inner = path[cut..].trim_start_matches('.');
                let spans = SpanIndex::build(&t.text);
                let p = spans.locate(&t.text, inner);
                if p.line == 1 {
                    (t.line, t.col + p.col - 1)
                } else {
                    (t.line + p.line - 1, p.col)
                }
            }
            None => {
                let p = head_spans.locate(&head, path);
                (p.line, p.col)
            }
        }
    };
    let located = diagnostics
        .into_iter()
        .map(|mut d| {
            let fluent = d.ftl.take();
            if d.doc == Doc::Catalog {
                return (catalog_src.report_diag(d), fluent);
            }
            let related = d.related.map(|r| {
                let (line, col) = at(&r.path);
                Box::new(Related {
                    file: path.to_path_buf(),
                    line,
                    col,
                    label: r.label,
                })
            });
            let (line, col) = at(&d.path);
            let r = Report {
                file: path.to_path_buf(),
                line,
                col,
                severity: d.severity,
                message: d.message,
                related,
            };
            (r, fluent)
        })
        .collect();
    // Problems in a Fluent file are located there (read again, a line at a time).
    relocate_fluent(located, &mut |file, on| {
        ftl_file_entries(Path::new(file), on);
    })
}

/// The start of a scenario file, up to and including the line that opens its node
/// list (at most 1 MiB): where the header's fields are, for locating them. (A field
/// written after the node list is reported at the scenario's opening instead.)
fn header_text(path: &Path) -> String {
    let mut out = String::new();
    let Ok(f) = std::fs::File::open(path) else {
        return out;
    };
    // At most 1 MiB, however long its lines are.
    for line in std::io::BufReader::new(std::io::Read::take(f, 1 << 20)).lines() {
        let Ok(line) = line else { break };
        // As the readers have it: a byte-order mark is not part of the text.
        let line = if out.is_empty() {
            line.strip_prefix(super::files::BOM)
                .map(str::to_string)
                .unwrap_or(line)
        } else {
            line
        };
        out.push_str(&line);
        out.push('\n');
        let code = line.split("//").next().unwrap_or("");
        if code.contains("nodes") && code.contains('[') || out.len() > 1 << 20 {
            break;
        }
    }
    out
}

/// The encounter's own messages (title, setting, persona, briefing) of a plain
/// Fluent file, read until all four are found.
fn own_messages(path: &Path) -> Option<Arc<FluentResource>> {
    let f = std::fs::File::open(path).ok()?;
    let mut text = String::new();
    let mut found = 0;
    let mut keep = false;
    // They come first in every file Touchpoint writes; at most 4 MiB is looked at.
    for (i, line) in std::io::BufReader::new(std::io::Read::take(f, 4 << 20))
        .lines()
        .enumerate()
    {
        let line = line.ok()?;
        let line = match line.strip_prefix(super::files::BOM) {
            Some(rest) if i == 0 => rest.to_string(),
            _ => line,
        };
        if line.starts_with(' ') {
            if keep {
                text.push_str(&line);
                text.push('\n');
            }
            continue;
        }
        let key = line.split('=').next().unwrap_or("").trim();
        keep = !line.starts_with('#') && line.contains('=') && SCENARIO_MESSAGES.contains(&key);
        if keep {
            found += 1;
            text.push_str(&line);
            text.push('\n');
        } else if found == SCENARIO_MESSAGES.len() {
            break;
        }
    }
    FluentResource::try_new(text).ok().map(Arc::new)
}

/// The process's peak resident memory so far, in bytes (Linux: `VmHWM` in
/// `/proc/self/status`; `None` elsewhere).
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}
