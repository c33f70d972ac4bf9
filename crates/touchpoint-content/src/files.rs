//! Reading RON files: size limits, located parse errors, and where a scenario's
//! catalog and locale folders are; and writing a file whole ([`write_atomic`]).

use std::fs;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::report::Report;
use super::ron_spans::SpanIndex;

/// Largest scenario, catalog or Fluent file we read. Bigger files are refused with a
/// clear error rather than risking memory exhaustion.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Deepest nesting accepted in RON (ron's own recursion limit).
pub const MAX_RON_DEPTH: usize = 128;

/// A RON document held with its text and the index of where each element starts.
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    /// Element locations, built the first time a report needs one (valid files
    /// never pay for it).
    spans: std::sync::OnceLock<SpanIndex>,
}

impl Source {
    pub fn new(path: &Path, text: String) -> Self {
        Source {
            path: path.to_path_buf(),
            text,
            spans: std::sync::OnceLock::new(),
        }
    }

    pub fn spans(&self) -> &SpanIndex {
        self.spans.get_or_init(|| SpanIndex::build(&self.text))
    }

    /// A report at the element `path` (see [`SpanIndex::locate`]).
    pub fn report_at(
        &self,
        ron_path: &str,
        severity: touchpoint_engine::Severity,
        message: String,
    ) -> Report {
        let pos = self.spans().locate(&self.text, ron_path);
        Report {
            file: self.path.clone(),
            line: pos.line,
            col: pos.col,
            severity,
            message,
            related: None,
        }
    }

    /// A validation diagnostic about this document, located, with its related
    /// location (if any) located too.
    pub fn report_diag(&self, d: touchpoint_engine::Diagnostic) -> Report {
        let mut r = self.report_at(&d.path, d.severity, d.message);
        r.related = d.related.map(|rel| {
            let pos = self.spans().locate(&self.text, &rel.path);
            Box::new(super::report::Related {
                file: self.path.clone(),
                line: pos.line,
                col: pos.col,
                label: rel.label,
            })
        });
        r
    }
}

/// That `path` is a file of at most `limit` bytes, before anything reads it.
pub(crate) fn check_file(path: &Path, limit: u64) -> Result<(), Report> {
    let meta = fs::metadata(path)
        .map_err(|e| Report::error(path, 1, 1, format!("cannot read file: {e}")))?;
    if !meta.is_file() {
        let found = if meta.is_dir() {
            "a folder"
        } else {
            "a special file (a FIFO, socket or device)"
        };
        return Err(Report::error(
            path,
            1,
            1,
            format!("this is {found}; expected a text file"),
        ));
    }
    if meta.len() > limit {
        return Err(Report::error(
            path,
            1,
            1,
            format!("file is {} bytes; the limit is {limit} bytes", meta.len()),
        ));
    }
    Ok(())
}

/// Whether nothing is at `path` (a missing file, or a symbolic link to nothing), as
/// opposed to something there that cannot be read.
pub fn is_missing(path: &Path) -> bool {
    matches!(fs::metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
}

/// The UTF-8 byte-order mark some editors (on Windows) write at the start of a file.
pub const BOM: &str = "\u{feff}";

/// Reads a text file whole: at most [`MAX_FILE_BYTES`], UTF-8 (the error located at
/// the first byte that is not), without a leading byte-order mark.
pub fn read_text(path: &Path) -> Result<String, Report> {
    check_file(path, MAX_FILE_BYTES)?;
    let mut bytes =
        fs::read(path).map_err(|e| Report::error(path, 1, 1, format!("cannot read file: {e}")))?;
    if bytes.starts_with(BOM.as_bytes()) {
        bytes.drain(..BOM.len());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let (line, col) = end_of(&String::from_utf8_lossy(good));
        Report::error(
            path,
            line,
            col,
            "file is not valid UTF-8; expected UTF-8 text",
        )
    })?;
    // No author means a NUL, no editor shows one, and PostgreSQL cannot store one
    // (the results store keeps every file an attempt was played on).
    if let Some(at) = memchr::memchr(0, text.as_bytes()) {
        let (line, col) = end_of(&text[..at]);
        return Err(Report::error(path, line, col, NUL_MESSAGE));
    }
    Ok(text)
}

/// What a file holding a NUL character is told (here and by the streamed reader).
pub const NUL_MESSAGE: &str = "file holds a NUL character (U+0000); expected text without one";

/// The line and column (1-based, in characters) just after `text`.
fn end_of(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let col = text
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_RON_DEPTH)
}

/// Parses RON text into `T`, turning ron's error into a located report.
///
/// The fast reader ([`super::fast_ron`]) is tried first; anything it does not take is
/// read by `ron`, which also words every error.
pub fn parse_ron<T: DeserializeOwned>(src: &Source) -> Result<T, Report> {
    if let Ok(v) = super::fast_ron::from_str(&src.text) {
        return Ok(v);
    }
    parse_ron_slow(src)
}

/// Parses with the `ron` crate only (the reference the fast reader is checked against).
pub fn parse_ron_slow<T: DeserializeOwned>(src: &Source) -> Result<T, Report> {
    ron_options().from_str::<T>(&src.text).map_err(|e| {
        let pos = e.span.start;
        let line = pos.line.max(1);
        let col = pos.col.max(1);
        Report::error(&src.path, line, col, describe_ron_error(&e.code))
    })
}

pub(crate) fn describe_ron_error(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let outer = outer
                .as_deref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default();
            format!(
                "unknown field `{found}`{outer}; expected one of: {}",
                expected.join(", ")
            )
        }
        E::MissingStructField { field, outer } => {
            let outer = outer
                .as_deref()
                .map(|o| format!(" `{o}`"))
                .unwrap_or_default();
            format!("missing field `{field}` in{outer}")
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let outer = outer
                .as_deref()
                .map(|o| format!(" for `{o}`"))
                .unwrap_or_default();
            format!(
                "unknown variant `{found}`{outer}; expected one of: {}",
                expected.join(", ")
            )
        }
        E::Eof => {
            "unexpected end of file; the file looks truncated (an unclosed `(`, `[` or string?)"
                .to_string()
        }
        E::ExceededRecursionLimit => {
            format!("nesting is deeper than the limit of {MAX_RON_DEPTH} levels")
        }
        other => other.to_string(),
    }
}

/// The folders a scenario's support files are found in.
#[derive(Debug, Clone)]
pub struct Layout {
    /// `catalog.ron` to use, if found next to or above the scenario.
    pub catalog: Option<PathBuf>,
    /// The `locales/` folder, if found above the scenario.
    pub locales: Option<PathBuf>,
}

impl Layout {
    /// The catalog of the scenario at `scenario`, or the report that there is none.
    pub fn catalog_or_report(&self, scenario: &Path) -> Result<&Path, Report> {
        self.catalog.as_deref().ok_or_else(|| {
            Report::error(
                scenario,
                1,
                1,
                "no catalog.ron found next to this file or in a `scenarios/` folder above it",
            )
        })
    }

    /// The `locales/` folder of the scenario at `scenario`, or the report that there
    /// is none.
    pub fn locales_or_report(&self, scenario: &Path) -> Result<&Path, Report> {
        self.locales.as_deref().ok_or_else(|| {
            Report::error(
                scenario,
                1,
                1,
                "no `locales/` folder found above this file; expected locales/<lang>/<scenario id>.ftl",
            )
        })
    }
}

/// Looks for `catalog.ron` (or `scenarios/catalog.ron`) and `locales/` in the
/// scenario's folder and its ancestors.
pub fn layout_for(scenario: &Path) -> Layout {
    let start = scenario.parent().map(Path::to_path_buf).unwrap_or_default();
    let start = if start.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        start
    };
    let mut catalog = None;
    let mut locales = None;
    for dir in start.ancestors() {
        if catalog.is_none() {
            for c in [
                dir.join("catalog.ron"),
                dir.join("scenarios").join("catalog.ron"),
            ] {
                if c.is_file() {
                    catalog = Some(c);
                    break;
                }
            }
        }
        if locales.is_none() && dir.join("locales").is_dir() {
            locales = Some(dir.join("locales"));
        }
        if catalog.is_some() && locales.is_some() {
            break;
        }
    }
    Layout { catalog, locales }
}

/// Scenario files under the given paths: files as given, folders searched
/// recursively for `*.ron` other than `catalog.ron`, `course.ron` and `*.test.ron`.
pub fn scenario_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            collect(p, &mut out, Kind::Scenario);
        } else if !is_catalog(p) && !is_course(p) {
            out.push(p.clone());
        }
    }
    out
}

/// Course files (`course.ron`) among or under the given paths.
pub fn course_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            collect(p, &mut out, Kind::Course);
        } else if is_course(p) {
            out.push(p.clone());
        }
    }
    out
}

fn is_course(p: &Path) -> bool {
    p.file_name().is_some_and(|n| n == "course.ron")
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Scenario,
    Catalog,
    Course,
}

/// Catalog files (`catalog.ron`) among or under the given paths.
pub fn catalog_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            collect(p, &mut out, Kind::Catalog);
        } else if is_catalog(p) {
            out.push(p.clone());
        }
    }
    out
}

fn is_catalog(p: &Path) -> bool {
    p.file_name().is_some_and(|n| n == "catalog.ron")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>, kind: Kind) {
    each_file(dir, &mut |p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let wanted = match kind {
            Kind::Catalog => name == "catalog.ron",
            Kind::Course => name == "course.ron",
            Kind::Scenario => {
                name.ends_with(".ron")
                    && name != "catalog.ron"
                    && name != "course.ron"
                    && !name.ends_with(".test.ron")
            }
        };
        if wanted {
            out.push(p.to_path_buf());
        }
    });
}

/// Files under `dir` (recursively, at most 16 levels) whose path satisfies `wanted`.
pub fn walk(dir: &Path, wanted: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) {
    each_file(dir, &mut |p| {
        if wanted(p) {
            out.push(p.to_path_buf());
        }
    });
}

/// Every file under `dir`, folder by folder in name order, at most 16 levels down.
/// Each real folder is read once, whatever symbolic links lead to it (`self -> .`
/// and `up -> ..` once made this run for minutes and fill the memory), and a link to
/// a folder is followed only when it leads inside `dir`: a search never leaves the
/// folder it was given. (Links to files are taken as files.)
fn each_file(dir: &Path, on_file: &mut dyn FnMut(&Path)) {
    fn go(
        dir: &Path,
        root: &Path,
        seen: &mut std::collections::HashSet<PathBuf>,
        on_file: &mut dyn FnMut(&Path),
        depth: usize,
    ) {
        if depth > 16 {
            return;
        }
        let Ok(real) = fs::canonicalize(dir) else {
            return;
        };
        if !real.starts_with(root) || !seen.insert(real) {
            return;
        }
        let Ok(rd) = fs::read_dir(dir) else { return };
        let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                go(&p, root, seen, on_file, depth + 1);
            } else {
                on_file(&p);
            }
        }
    }
    let Ok(root) = fs::canonicalize(dir) else {
        return;
    };
    go(
        dir,
        &root,
        &mut std::collections::HashSet::new(),
        on_file,
        0,
    );
}

/// A media file (or folder) of a scenario by its relative path, made sure to be
/// inside `base` (the scenario file's folder) once every symbolic link is followed.
/// The path's syntax is checked by validation first; this adds the file system: it
/// exists, is a file (`want_dir` false) or a folder, and does not resolve outside.
pub fn confined(base: &Path, rel: &str, want_dir: bool) -> Result<PathBuf, String> {
    if let Some(problem) = touchpoint_engine::validate::media_path_problem(rel, &[]) {
        return Err(problem);
    }
    let joined = base.join(rel);
    let real = fs::canonicalize(&joined).map_err(|e| format!("`{rel}`: {e}"))?;
    let root = fs::canonicalize(base).map_err(|e| format!("{}: {e}", base.display()))?;
    if !real.starts_with(&root) {
        return Err(format!(
            "`{rel}` resolves to {}, outside the scenario's folder {} (a symbolic link); expected a file inside it",
            real.display(),
            root.display()
        ));
    }
    let meta = fs::metadata(&real).map_err(|e| format!("`{rel}`: {e}"))?;
    match (want_dir, meta.is_dir()) {
        (true, false) => Err(format!("`{rel}` is not a folder")),
        (false, true) => Err(format!("`{rel}` is a folder; expected a file")),
        _ if !want_dir && meta.len() > MAX_FILE_BYTES => Err(format!(
            "`{rel}` is {} bytes; the limit is {MAX_FILE_BYTES} bytes",
            meta.len()
        )),
        _ => Ok(real),
    }
}

/// Writes `bytes` to `path` through an [`OutFile`](super::outfile::OutFile): atomically
/// for a regular file (through symbolic links), directly into a FIFO or a device, `-`
/// to stdout.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = super::outfile::OutFile::create(path)?;
    f.write_all(bytes)?;
    f.commit()
}
