//! Fluent text: loading `.ftl` files with located syntax errors, the key index the
//! validator checks against, and rendering messages for one locale.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::files::read_text;
use super::report::Report;
use super::ron_spans::Pos;
use touchpoint_engine::LocaleKeys;

/// The locales Touchpoint ships, in fallback order.
pub const SUPPORTED: [&str; 2] = ["zh-CN", "en-US"];
pub const DEFAULT_LOCALE: &str = "zh-CN";

/// Picks a supported locale from a requested tag like `en`, `en_GB.UTF-8` or `zh-CN`.
pub fn negotiate(requested: &str) -> Option<&'static str> {
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    let lower = tag.to_ascii_lowercase();
    if let Some(exact) = SUPPORTED.iter().find(|s| s.to_ascii_lowercase() == lower) {
        return Some(exact);
    }
    let lang = lower.split('-').next().unwrap_or("");
    SUPPORTED
        .iter()
        .find(|s| s.to_ascii_lowercase().starts_with(&format!("{lang}-")))
        .copied()
}

/// The locale from the environment (`LC_ALL`, `LC_MESSAGES`, then `LANG`), else zh-CN.
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> &'static str {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = get(var).filter(|v| !v.is_empty()) {
            return negotiate(&v).unwrap_or(DEFAULT_LOCALE);
        }
    }
    DEFAULT_LOCALE
}

/// One `.ftl` file: its text, the key index the validator checks against, and the
/// parsed Fluent resource, built the first time text is rendered.
pub struct FtlFile {
    pub locale: String,
    pub path: PathBuf,
    pub keys: LocaleKeys,
    source: String,
    resource: std::sync::OnceLock<Arc<FluentResource>>,
}

impl FtlFile {
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The parsed resource (parsed on first use when the fast scan read the keys).
    pub fn resource(&self) -> Arc<FluentResource> {
        self.resource
            .get_or_init(|| {
                Arc::new(FluentResource::try_new(self.source.clone()).unwrap_or_else(|(r, _)| r))
            })
            .clone()
    }
}

/// Parses Fluent text. Syntax errors come back as located reports; the entries that
/// did parse are still usable.
///
/// Plain files (messages and attributes of plain text, comments; no placeables, terms
/// or variants — which is what encounter and catalog text must be) are read by a fast
/// line scan, and the full parse waits until text is rendered. Anything else goes
/// through `fluent-syntax`, which also words every error.
pub fn parse_ftl(locale: &str, path: &Path, text: String) -> (FtlFile, Vec<Report>) {
    let file = path.display().to_string();
    if let Some(keys) = scan_plain(locale, &file, &text) {
        return (
            FtlFile {
                locale: locale.to_string(),
                path: path.to_path_buf(),
                keys,
                source: text,
                resource: std::sync::OnceLock::new(),
            },
            Vec::new(),
        );
    }
    // fluent-syntax parses nested placeables recursively: refuse deep nesting before
    // it can overflow the stack (found by fuzzing: `{` × 20,000 aborted the process).
    if let Some(at) = too_deep(&text) {
        let Pos { line, col } = position(&text, at);
        return (
            FtlFile {
                locale: locale.to_string(),
                path: path.to_path_buf(),
                keys: LocaleKeys::new(locale, &file),
                source: String::new(),
                resource: std::sync::OnceLock::new(),
            },
            vec![Report::error(
                path,
                line,
                col,
                format!(
                    "placeables nested deeper than the limit of {MAX_PLACEABLE_DEPTH} levels; expected text with at most a few nested `{{ }}`"
                ),
            )],
        );
    }
    let (resource, errors) = match FluentResource::try_new(text.clone()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errs)) => (r, errs),
    };
    let src = resource.source();
    let mut reports = Vec::new();
    for e in errors {
        let Pos { line, col } = position(src, e.pos.start);
        reports.push(Report::error(
            path,
            line,
            col,
            format!("Fluent syntax error: {}", e.kind),
        ));
    }
    let keys = message_keys(locale, &file, &resource);
    let lock = std::sync::OnceLock::new();
    let _ = lock.set(Arc::new(resource));
    (
        FtlFile {
            locale: locale.to_string(),
            path: path.to_path_buf(),
            keys,
            source: text,
            resource: lock,
        },
        reports,
    )
}

/// How deeply Fluent placeables (`{ … }`) may nest.
pub const MAX_PLACEABLE_DEPTH: usize = 32;

/// The byte offset where placeables first nest deeper than [`MAX_PLACEABLE_DEPTH`],
/// if they do. Every `{` outside a comment or a string literal counts; a string
/// literal starts only where an expression can (after `{`, `(`, `,` or `:`), so a `"`
/// in a variant's text does not hide the braces after it; comments (`#` at the start
/// of a line) are skipped; a stray `}` never makes the depth negative.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let (mut in_string, mut escaped, mut in_comment) = (false, false, false);
    let mut line_start = true;
    let mut last = ' ';
    for (i, c) in text.char_indices() {
        if in_comment {
            if c == '\n' {
                in_comment = false;
                line_start = true;
            }
            continue;
        }
        if line_start && c == '#' {
            in_comment = true;
            continue;
        }
        line_start = c == '\n';
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' | '\n' => {
                    in_string = false;
                    last = '"';
                }
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Some(i);
                }
                last = c;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                last = c;
            }
            '"' if depth > 0 && matches!(last, '{' | '(' | ',' | ':') => in_string = true,
            c if c.is_whitespace() => {}
            c => last = c,
        }
    }
    None
}

/// Message ids and attribute names, from a parsed resource.
pub fn message_keys(locale: &str, file: &str, resource: &FluentResource) -> LocaleKeys {
    let mut keys = LocaleKeys::new(locale, file);
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            keys.push_message(m.id.name);
            for a in &m.attributes {
                keys.push_attr(a.id.name);
            }
        }
    }
    keys
}

/// The keys of a plain Fluent file, or `None` when the file has anything this scan
/// does not read exactly as `fluent-syntax` does (then the full parser reads it).
/// Accepted, line by line: blank lines; `#`, `##`, `###` comments; `id = text` at the
/// start of a line with text on that line; indented continuation text; indented
/// `.attr = text`. Refused: `{`, `}`, tabs, CR, terms, variants, empty values and
/// everything else.
pub fn scan_plain(locale: &str, file: &str, text: &str) -> Option<LocaleKeys> {
    let b = text.as_bytes();
    if has_refused_byte(b) || text.starts_with('\u{feff}') {
        return None;
    }
    let mut keys = LocaleKeys::new(locale, file);
    let mut open = false;
    // Lines as `text.split('\n')` gives them, found a vector at a time.
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        let line = b.get(start..end)?;
        start = end + 1;
        match plain_line(line, &mut open)? {
            PlainLine::Message(id) => keys.push_message(id),
            PlainLine::Attr(name) => keys.push_attr(name),
            PlainLine::Other => {}
        }
    }
    Some(keys)
}

/// Whether `b` holds a byte that makes a file not plain wherever it is
/// ([`scan_plain`]): `{`, `}`, a tab or a carriage return (searched a vector at a time).
pub(crate) fn has_refused_byte(b: &[u8]) -> bool {
    memchr::memchr3(b'{', b'}', b'\t', b).is_some() || memchr::memchr(b'\r', b).is_some()
}

/// What one line of a plain Fluent file holds (see [`plain_line`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlainLine<'a> {
    /// `id = text`: a new message.
    Message(&'a str),
    /// `    .attr = text`: an attribute of the open message.
    Attr(&'a str),
    /// A blank line, a comment or continuation text.
    Other,
}

/// Classifies one line (without its `\n`) of a plain Fluent file, the way
/// [`scan_plain`] reads it; `None` when the line is not plain. `open` says whether a
/// message is open (attributes and continuation text need one); it is updated. Shared
/// with the streaming reader ([`super::stream::ftl_messages`]) so both accept the
/// same files. (The whole-file refusals, [`has_refused_byte`] and a byte-order mark,
/// are the caller's.)
pub(crate) fn plain_line<'a>(b: &'a [u8], open: &mut bool) -> Option<PlainLine<'a>> {
    fn ident_len(b: &[u8]) -> usize {
        if !b.first().is_some_and(u8::is_ascii_alphabetic) {
            return 0;
        }
        b.iter()
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-'))
            .unwrap_or(b.len())
    }
    /// `id *= *text` with non-blank text: the id's length.
    fn entry(b: &[u8]) -> Option<usize> {
        let n = ident_len(b);
        if n == 0 {
            return None;
        }
        let rest = &b[n..];
        let rest = &rest[rest.iter().position(|c| *c != b' ')?..];
        let value = rest.strip_prefix(b"=")?;
        value.iter().any(|c| *c != b' ').then_some(n)
    }
    // Ids and attribute names are ASCII, so only they are taken as text: the rest of
    // the line need not be checked for UTF-8 here.
    let text = |x: &'a [u8]| std::str::from_utf8(x).ok();
    match b.first() {
        None => Some(PlainLine::Other),
        Some(b'#') => {
            let hashes = b.iter().take_while(|c| **c == b'#').count();
            if hashes > 3 || !matches!(b.get(hashes), None | Some(b' ')) {
                return None;
            }
            *open = false;
            Some(PlainLine::Other)
        }
        Some(b' ') => {
            let body = &b[b.iter().position(|c| *c != b' ').unwrap_or(b.len())..];
            match body.first() {
                None => Some(PlainLine::Other),
                Some(b'.') => {
                    let n = entry(&body[1..]).filter(|_| *open)?;
                    Some(PlainLine::Attr(text(&body[1..1 + n])?))
                }
                Some(b'[' | b'*') => None,
                // Continuation text of the current message or attribute.
                Some(_) if *open => Some(PlainLine::Other),
                Some(_) => None,
            }
        }
        Some(_) => {
            let n = entry(b)?;
            *open = true;
            Some(PlainLine::Message(text(&b[..n])?))
        }
    }
}

/// Reads and parses `locales/<locale>/<name>.ftl`.
pub fn load_ftl(
    locales: &Path,
    locale: &str,
    name: &str,
) -> Result<(FtlFile, Vec<Report>), Report> {
    let path = locales.join(locale).join(format!("{name}.ftl"));
    let text = read_text(&path)?;
    Ok(parse_ftl(locale, &path, text))
}

/// The locale folders under `locales/`, sorted: those named by a language tag (as
/// written in its canonical form, `en-US`, `zh-CN`) that hold the catalog's Fluent
/// file, `catalog.ftl`. Any other folder (an `old_backup`, a link `up -> ..`, a
/// half-started `fr-FR` without its catalog) is not a locale: [`not_locales`] names it.
pub fn shipped_locales(locales: &Path) -> Vec<String> {
    locale_folders(locales).0
}

/// The folders under `locales/` that are not locales (see [`shipped_locales`]), each
/// with why, sorted. Hidden folders (`.git`, an editor's) are passed over in silence.
pub fn not_locales(locales: &Path) -> Vec<(String, &'static str)> {
    locale_folders(locales).1
}

fn locale_folders(locales: &Path) -> (Vec<String>, Vec<(String, &'static str)>) {
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for e in std::fs::read_dir(locales).into_iter().flatten().flatten() {
        let path = e.path();
        if !path.is_dir() {
            continue;
        }
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let tag = name
            .parse::<LanguageIdentifier>()
            .is_ok_and(|l| l.to_string() == name);
        if !tag {
            no.push((
                name,
                "its name is not a language tag such as en-US or zh-CN",
            ));
        } else if !path.join("catalog.ftl").exists() {
            no.push((name, "it holds no catalog.ftl"));
        } else {
            yes.push(name);
        }
    }
    yes.sort();
    no.sort();
    (yes, no)
}

/// One message or attribute of a Fluent file as written: where its name is (line
/// and column from 1) and how many characters its text has (continuation lines
/// joined by a newline, without their indentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlEntry {
    pub id: String,
    pub attr: Option<String>,
    pub line: usize,
    pub col: usize,
    pub chars: usize,
}

/// Reads a Fluent file line by line for its entries ([`FtlEntry`]), without parsing
/// it: for locating messages and attributes and measuring their text in files of any
/// size (the streaming validator's too).
#[derive(Default)]
pub struct FtlScan {
    line: usize,
    message: Option<String>,
    open: Option<FtlEntry>,
}

impl FtlScan {
    /// Takes the next line (without its `\n`); an entry is handed to `on` when it ends.
    pub fn line(&mut self, line: &str, on: &mut dyn FnMut(FtlEntry)) {
        self.line += 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = if self.line == 1 {
            line.trim_start_matches(super::files::BOM)
        } else {
            line
        };
        let ident = |s: &str| {
            s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        };
        let text = |v: &str| v.trim().chars().count();
        if line.trim().is_empty() {
            return;
        }
        if line.starts_with('#') {
            self.flush(on);
            self.message = None;
            return;
        }
        if !line.starts_with([' ', '\t']) {
            self.flush(on);
            self.message = None;
            if let Some((id, value)) = line.split_once('=')
                && ident(id.trim_end())
            {
                let id = id.trim_end().to_string();
                self.message = Some(id.clone());
                self.open = Some(FtlEntry {
                    id,
                    attr: None,
                    line: self.line,
                    col: 1,
                    chars: text(value),
                });
            }
            return;
        }
        let body = line.trim_start();
        if let (Some(rest), Some(message)) = (body.strip_prefix('.'), &self.message)
            && let Some((name, value)) = rest.split_once('=')
            && ident(name.trim_end())
        {
            let entry = FtlEntry {
                id: message.clone(),
                attr: Some(name.trim_end().to_string()),
                line: self.line,
                col: line[..line.len() - body.len()].chars().count() + 2,
                chars: text(value),
            };
            self.flush(on);
            self.open = Some(entry);
            return;
        }
        if let Some(e) = &mut self.open {
            e.chars += usize::from(e.chars > 0) + text(body);
        }
    }

    /// Ends the file: the last entry goes to `on`.
    pub fn end(&mut self, on: &mut dyn FnMut(FtlEntry)) {
        self.flush(on);
    }

    fn flush(&mut self, on: &mut dyn FnMut(FtlEntry)) {
        if let Some(e) = self.open.take() {
            on(e);
        }
    }
}

/// The entries of Fluent text, in file order.
pub fn ftl_entries(text: &str) -> Vec<FtlEntry> {
    let mut out = Vec::new();
    let mut scan = FtlScan::default();
    for line in text.split('\n') {
        scan.line(line, &mut |e| out.push(e));
    }
    scan.end(&mut |e| out.push(e));
    out
}

/// The entries of the Fluent file at `path`, read a line at a time (for files too
/// big to hold); `None` if it cannot be read.
pub fn ftl_file_entries(path: &Path, on: &mut dyn FnMut(FtlEntry)) -> Option<()> {
    use std::io::BufRead;
    let f = std::fs::File::open(path).ok()?;
    let mut scan = FtlScan::default();
    for line in std::io::BufReader::new(f).lines() {
        scan.line(&line.ok()?, on);
    }
    scan.end(on);
    Some(())
}

/// Which texts of a Fluent file are short in a result record (at most
/// `MAX_SHORT_TEXT_CHARS`: a title, a technique or step name, a lesson) and which
/// long (at most `MAX_TEXT_CHARS`: a line, a reply, a teaching).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FtlKind {
    /// An encounter's messages: its `title` is short, the rest long.
    Scenario,
    /// The catalog's: names (message values), steps and lessons are short; a
    /// `.teaching`, `.description` or `.summary` is long.
    Catalog,
}

/// The error for an entry whose text is longer than a result record holds, if it is.
pub fn text_limit(path: &Path, kind: FtlKind, e: &FtlEntry) -> Option<Report> {
    use touchpoint_engine::validate::record::{MAX_SHORT_TEXT_CHARS, MAX_TEXT_CHARS};
    let attr = e.attr.as_deref();
    let short = match kind {
        FtlKind::Scenario => e.id == "title" && attr.is_none(),
        FtlKind::Catalog => !matches!(attr, Some("teaching" | "description" | "summary")),
    };
    let (max, what) = if short {
        (MAX_SHORT_TEXT_CHARS, "a title or name")
    } else {
        (MAX_TEXT_CHARS, "a text")
    };
    (e.chars > max).then(|| {
        let name = match attr {
            Some(a) => format!("`{}.{a}`", e.id),
            None => format!("`{}`", e.id),
        };
        Report::error(
            path,
            e.line,
            e.col,
            format!(
                "the text of {name} has {} characters; expected at most {max} (the longest {what} a result record holds)",
                e.chars
            ),
        )
    })
}

/// Every text of a Fluent file longer than a result record holds, as errors located
/// at the message or attribute.
pub fn text_limits(f: &FtlFile, kind: FtlKind) -> Vec<Report> {
    ftl_entries(f.source())
        .iter()
        .filter_map(|e| text_limit(&f.path, kind, e))
        .collect()
}

/// Hands the entries of the Fluent file named (as the validator names it) to the
/// callback.
pub type EntriesOf<'a> = dyn FnMut(&str, &mut dyn FnMut(FtlEntry)) + 'a;

/// Moves each report about a Fluent message or attribute (`Some` beside it, from
/// [`touchpoint_engine::validate::Diagnostic::fluent`]) to where that is in its Fluent
/// file, with the report's own place as the related one. `entries_of` gives the
/// entries of a file named as the validator names it; a report whose message is not
/// found stays where it is.
pub fn relocate_fluent(
    reports: Vec<(Report, Option<Box<touchpoint_engine::validate::FtlAt>>)>,
    entries_of: &mut EntriesOf<'_>,
) -> Vec<Report> {
    use std::collections::{BTreeMap, BTreeSet, HashMap};
    let mut wanted: BTreeMap<&str, BTreeSet<(&str, Option<&str>)>> = BTreeMap::new();
    for (_, f) in &reports {
        if let Some(f) = f {
            wanted
                .entry(f.file.as_str())
                .or_default()
                .insert((f.id.as_str(), f.attr.as_deref()));
        }
    }
    let mut found: HashMap<(String, String, Option<String>), (usize, usize)> = HashMap::new();
    for (file, keys) in &wanted {
        entries_of(file, &mut |e| {
            if keys.contains(&(e.id.as_str(), e.attr.as_deref())) {
                // A later definition wins, as in Fluent.
                found.insert((file.to_string(), e.id, e.attr), (e.line, e.col));
            }
        });
    }
    reports
        .into_iter()
        .map(|(r, f)| {
            let Some(f) = f else { return r };
            let key = (f.file.clone(), f.id.clone(), f.attr.clone());
            let Some(&(line, col)) = found.get(&key) else {
                return r;
            };
            Report {
                file: PathBuf::from(&f.file),
                line,
                col,
                related: Some(Box::new(super::report::Related {
                    file: r.file,
                    line: r.line,
                    col: r.col,
                    label: f.label,
                })),
                ..r
            }
        })
        .collect()
}

fn position(text: &str, offset: usize) -> Pos {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    Pos { line, col }
}

/// One Fluent bundle.
struct Bundle(FluentBundle<Arc<FluentResource>>);

impl Bundle {
    fn new(locale: &str, resources: impl IntoIterator<Item = Arc<FluentResource>>) -> Self {
        let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No Unicode isolation marks: terminals, CSV and JSON show them as junk.
        bundle.set_use_isolating(false);
        for r in resources {
            // A later file may redefine an id; keep the first and carry on.
            let _ = bundle.add_resource(r);
        }
        Bundle(bundle)
    }

    fn get(&self, id: &str, attr: Option<&str>, args: Args<'_>) -> Option<String> {
        let msg = self.0.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        Some(
            self.0
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned(),
        )
    }
}

/// Renders text for one locale. The encounter's messages, the catalog's and the
/// program's own live in separate bundles, so a choice may share an id with a
/// technique without hiding it.
pub struct Texts {
    pub locale: String,
    scenario: Bundle,
    catalog: Bundle,
    ui: Bundle,
}

/// Named arguments for a message.
pub type Args<'a> = &'a [(&'a str, FluentValue<'a>)];

impl Texts {
    pub fn new(
        locale: &str,
        scenario: Option<Arc<FluentResource>>,
        catalog: Option<Arc<FluentResource>>,
    ) -> Self {
        Texts {
            locale: locale.to_string(),
            scenario: Bundle::new(locale, scenario),
            catalog: Bundle::new(locale, catalog),
            ui: Bundle::new(locale, [ui_resource(locale)]),
        }
    }

    /// Texts with several catalogs' messages: where two define an id, the first wins
    /// (exports name things from the catalogs of every encounter version seen).
    pub fn with_catalogs(locale: &str, catalogs: Vec<Arc<FluentResource>>) -> Self {
        Texts {
            locale: locale.to_string(),
            scenario: Bundle::new(locale, None),
            catalog: Bundle::new(locale, catalogs),
            ui: Bundle::new(locale, [ui_resource(locale)]),
        }
    }

    /// Texts of words rendered elsewhere (a course server sends every line already in
    /// the attempt's language), so that a front end lays them out with the functions
    /// it uses for an encounter's own files. `scenario`: (message id, attribute or
    /// `None` for the message itself, text); `catalog`: (id, name). The first text
    /// given for a message or attribute wins. An id that is not a Fluent identifier is
    /// left out: asking for it shows `[id]`, as a missing message does.
    pub fn given<'a>(
        locale: &str,
        scenario: impl IntoIterator<Item = (&'a str, Option<&'a str>, &'a str)>,
        catalog: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let resource =
            |src: String| Arc::new(FluentResource::try_new(src).unwrap_or_else(|(r, _)| r));
        let scenario = fluent_source(scenario);
        let catalog = fluent_source(catalog.into_iter().map(|(id, t)| (id, None, t)));
        Texts::new(locale, Some(resource(scenario)), Some(resource(catalog)))
    }

    /// An encounter message (or attribute), if it exists.
    pub fn get(&self, id: &str, attr: Option<&str>, args: Args<'_>) -> Option<String> {
        self.scenario.get(id, attr, args)
    }

    /// An encounter message, or its id in brackets when missing (validation reports those).
    pub fn text(&self, id: &str) -> String {
        self.get(id, None, &[]).unwrap_or_else(|| format!("[{id}]"))
    }

    pub fn attr(&self, id: &str, attr: &str) -> Option<String> {
        self.get(id, Some(attr), &[])
    }

    /// A node's customer line in the given tone, falling back to the plain line.
    pub fn line(&self, id: &str, tone: Option<&str>) -> String {
        tone.and_then(|t| self.attr(id, t))
            .unwrap_or_else(|| self.text(id))
    }

    /// A catalog message: competency, technique or procedure name.
    pub fn cat(&self, id: &str) -> String {
        self.catalog
            .get(id, None, &[])
            .unwrap_or_else(|| id.to_string())
    }

    pub fn cat_attr(&self, id: &str, attr: &str) -> Option<String> {
        self.catalog.get(id, Some(attr), &[])
    }

    /// One of the program's own strings.
    pub fn ui(&self, id: &str) -> String {
        self.ui
            .get(id, None, &[])
            .unwrap_or_else(|| format!("[{id}]"))
    }

    /// The program's own string `id`, if there is one.
    pub fn ui_opt(&self, id: &str) -> Option<String> {
        self.ui.get(id, None, &[])
    }

    pub fn ui_fmt(&self, id: &str, args: Args<'_>) -> String {
        self.ui
            .get(id, None, args)
            .unwrap_or_else(|| format!("[{id}]"))
    }

    /// `": "`, or the full-width colon in Chinese.
    pub fn colon(&self) -> &'static str {
        if self.locale.starts_with("zh") {
            "："
        } else {
            ": "
        }
    }
}

/// Fluent source defining each (id, attribute, text) as written: every text is one
/// string literal (`{"…"}`: quotes, backslashes and control characters, line breaks
/// included, escaped), so nothing in it is read as Fluent syntax.
fn fluent_source<'a>(
    words: impl IntoIterator<Item = (&'a str, Option<&'a str>, &'a str)>,
) -> String {
    fn identifier(s: &str) -> bool {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    }
    fn literal(text: &str) -> String {
        let mut s = String::with_capacity(text.len() + 4);
        s.push_str("{\"");
        for c in text.chars() {
            match c {
                '"' => s.push_str("\\\""),
                '\\' => s.push_str("\\\\"),
                c if c.is_control() => s.push_str(&format!("\\u{:04X}", u32::from(c))),
                c => s.push(c),
            }
        }
        s.push_str("\"}");
        s
    }
    // Message → its value and its attributes, in the order first given.
    type Message<'a> = (Option<&'a str>, Vec<(&'a str, &'a str)>);
    let mut messages: Vec<(&str, Message)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = Default::default();
    for (id, attr, text) in words {
        if !identifier(id) || attr.is_some_and(|a| !identifier(a)) {
            continue;
        }
        let at = *index.entry(id).or_insert_with(|| {
            messages.push((id, (None, Vec::new())));
            messages.len() - 1
        });
        let (value, attrs) = &mut messages[at].1;
        match attr {
            None if value.is_none() => *value = Some(text),
            Some(a) if !attrs.iter().any(|(x, _)| *x == a) => attrs.push((a, text)),
            _ => {}
        }
    }
    let mut src = String::new();
    for (id, (value, attrs)) in messages {
        src.push_str(id);
        src.push_str(" =");
        if let Some(v) = value {
            src.push(' ');
            src.push_str(&literal(v));
        }
        src.push('\n');
        for (a, t) in attrs {
            src.push_str(&format!("    .{a} = {}\n", literal(t)));
        }
    }
    src
}

/// The terminal's own strings, built into the binary.
pub fn ui_resource(locale: &str) -> Arc<FluentResource> {
    // Parsed once per process: a server renders texts on every request.
    static PARSED: [std::sync::OnceLock<Arc<FluentResource>>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let (i, text) = match locale {
        "en-US" => (1, include_str!("../../../locales/en-US/touchpoint.ftl")),
        _ => (0, include_str!("../../../locales/zh-CN/touchpoint.ftl")),
    };
    PARSED[i]
        .get_or_init(|| {
            Arc::new(FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r))
        })
        .clone()
}

/// The interface's texts alone (no encounter) for `locale`, built once per process.
pub fn ui_texts(locale: &str) -> Arc<Texts> {
    static BUILT: [std::sync::OnceLock<Arc<Texts>>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let i = usize::from(locale == "en-US");
    BUILT[i]
        .get_or_init(|| Arc::new(Texts::new(SUPPORTED[i], None, None)))
        .clone()
}

/// An encounter's texts per locale, each built once (a bundle indexes every
/// message of its files).
#[derive(Default)]
pub struct TextsCache(std::sync::Mutex<Vec<Arc<Texts>>>);

impl TextsCache {
    pub fn get_or_build(&self, locale: &str, build: impl FnOnce() -> Texts) -> Arc<Texts> {
        let mut built = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = built.iter().find(|t| t.locale == locale) {
            return t.clone();
        }
        let t = Arc::new(build());
        built.push(t.clone());
        t
    }
}

/// Line and column of message `id`'s definition (`id =` at the start of a line).
pub fn message_position(src: &str, id: &str) -> Pos {
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return position(src, offset);
        }
        offset += line.len();
    }
    Pos { line: 1, col: 1 }
}

/// Encounter and catalog text is shown as it is: nothing fills in `{ $variables }`, and
/// `{ -terms }` or references to other messages would make one text depend on another.
/// Each such placeable is an error at its message's line. String and number literals
/// (`{"{"}`, used to write braces) are fine.
pub fn placeable_errors(file: &FtlFile) -> Vec<Report> {
    use ast::{Expression, InlineExpression, PatternElement};
    fn describe(e: &InlineExpression<&str>) -> Option<String> {
        match e {
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => None,
            InlineExpression::VariableReference { id } => Some(format!("{{ ${} }}", id.name)),
            InlineExpression::TermReference { id, .. } => Some(format!("{{ -{} }}", id.name)),
            InlineExpression::MessageReference { id, .. } => Some(format!("{{ {} }}", id.name)),
            InlineExpression::FunctionReference { id, .. } => Some(format!("{{ {}(…) }}", id.name)),
            InlineExpression::Placeable { expression } => match &**expression {
                Expression::Inline(i) => describe(i),
                Expression::Select { .. } => Some("{ … -> … }".into()),
            },
        }
    }
    // Without braces there is no placeable (and no need to parse the file here).
    if !file.source().contains('{') {
        return Vec::new();
    }
    let resource = file.resource();
    let src = resource.source();
    let mut out = Vec::new();
    for entry in resource.entries() {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
        for p in patterns {
            for el in &p.elements {
                let PatternElement::Placeable { expression } = el else {
                    continue;
                };
                let found = match expression {
                    Expression::Inline(i) => describe(i),
                    Expression::Select { .. } => Some("{ … -> … }".into()),
                };
                if let Some(what) = found {
                    let Pos { line, col } = message_position(src, m.id.name);
                    out.push(Report::error(
                        &file.path,
                        line,
                        col,
                        format!(
                            "message `{}` uses {what}, which nothing fills in here; write the text out in full",
                            m.id.name
                        ),
                    ));
                }
            }
        }
    }
    out
}
