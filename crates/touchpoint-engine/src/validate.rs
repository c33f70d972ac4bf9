//! Validation of meaning: everything serde cannot see. Reports every problem at once.
//!
//! A diagnostic names the element it is about by a path into the RON document
//! (`nodes[3].choices[1].goto`); the file adapter turns the path into `line:col`.
//!
//! Architecture invariant: pure. Fluent files come in as [`LocaleKeys`], an index of
//! message ids and attributes built by the locale adapter.

use std::collections::{HashMap, HashSet};

use super::catalog::{Catalog, Phase};
use super::runtime::limits;
use super::scenario::{Cond, Node, SCENARIO_MESSAGES, Scenario};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// Which document a diagnostic points into.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Doc {
    Scenario,
    Catalog,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub doc: Doc,
    /// Path into the RON document, e.g. `nodes[2].choices[0].goto`. Empty: the top.
    pub path: String,
    pub message: String,
    /// Another place in the same document the problem concerns (the node a goto is
    /// in, the first declaration of a repeated id), and what it is.
    pub related: Option<Box<Related>>,
    /// For a problem in a Fluent file (an attribute nothing shows, a message nothing
    /// uses): the message or attribute it is about, to be located there; the path
    /// above is then the related place in the document.
    pub ftl: Option<Box<FtlAt>>,
}

/// A message (or one of its attributes) of a Fluent file a diagnostic is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlAt {
    /// The file, as [`LocaleKeys::file`] names it.
    pub file: String,
    pub id: String,
    pub attr: Option<String>,
    /// What the diagnostic's own path is, beside it.
    pub label: String,
}

/// A second location of a diagnostic: a path into its document, with a label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub path: String,
    pub label: String,
}

impl Diagnostic {
    pub fn error(doc: Doc, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            doc,
            path: path.into(),
            message: message.into(),
            related: None,
            ftl: None,
        }
    }
    pub fn warning(doc: Doc, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(doc, path, message)
        }
    }
    /// About message `id` (its attribute `attr`) of Fluent file `file`: located there,
    /// with the diagnostic's path as the related place, labelled `label`.
    pub fn in_ftl(
        mut self,
        file: &str,
        id: &str,
        attr: Option<&str>,
        label: impl Into<String>,
    ) -> Self {
        self.ftl = Some(Box::new(FtlAt {
            file: file.to_string(),
            id: id.to_string(),
            attr: attr.map(str::to_string),
            label: label.into(),
        }));
        self
    }
    /// With a related location.
    pub fn related(mut self, path: impl Into<String>, label: impl Into<String>) -> Self {
        self.related = Some(Box::new(Related {
            path: path.into(),
            label: label.into(),
        }));
        self
    }
}

/// The message ids (with their attributes) one locale provides, and the file name to
/// mention in messages. Held compactly (every name in one string, offsets in two
/// tables) because a large encounter has tens of thousands of messages per locale.
#[derive(Debug, Clone, Default)]
pub struct LocaleKeys {
    pub locale: String,
    pub file: String,
    names: String,
    /// Per message, in file order: its id, and its attributes in `attrs[from..to]`.
    messages: Vec<MessageKey>,
    attrs: Vec<(u32, u32)>,
    /// Id → last message with that id (a later definition wins), built on first lookup.
    index: std::sync::OnceLock<FastMap<String, u32>>,
}

#[derive(Debug, Clone, Copy)]
struct MessageKey {
    id: (u32, u32),
    attrs: (u32, u32),
}

impl LocaleKeys {
    pub fn new(locale: &str, file: &str) -> Self {
        LocaleKeys {
            locale: locale.to_string(),
            file: file.to_string(),
            ..Default::default()
        }
    }

    fn intern(&mut self, name: &str) -> (u32, u32) {
        let start = self.names.len() as u32;
        self.names.push_str(name);
        (start, self.names.len() as u32)
    }

    /// Adds a message (after all lookups have been made, the index is rebuilt).
    pub fn push_message(&mut self, id: &str) {
        let id = self.intern(id);
        let at = self.attrs.len() as u32;
        self.messages.push(MessageKey {
            id,
            attrs: (at, at),
        });
        self.index = std::sync::OnceLock::new();
    }

    /// Adds an attribute to the last message.
    pub fn push_attr(&mut self, name: &str) {
        let r = self.intern(name);
        self.attrs.push(r);
        if let Some(m) = self.messages.last_mut() {
            m.attrs.1 = self.attrs.len() as u32;
        }
    }

    fn name(&self, (a, b): (u32, u32)) -> &str {
        &self.names[a as usize..b as usize]
    }

    /// Number of message definitions (a redefined id counts each time).
    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// Every message definition in file order: id and attribute names.
    pub fn iter(&self) -> impl Iterator<Item = (&str, impl Iterator<Item = &str> + Clone)> {
        self.messages.iter().map(move |m| {
            (
                self.name(m.id),
                self.attrs[m.attrs.0 as usize..m.attrs.1 as usize]
                    .iter()
                    .map(move |r| self.name(*r)),
            )
        })
    }

    fn find(&self, id: &str) -> Option<&MessageKey> {
        let index = self.index.get_or_init(|| {
            let mut m = FastMap::default();
            m.reserve(self.messages.len());
            for (i, k) in self.messages.iter().enumerate() {
                m.insert(self.name(k.id).to_string(), i as u32);
            }
            m
        });
        index.get(id).map(|&i| &self.messages[i as usize])
    }

    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_some()
    }

    pub fn has_attr(&self, id: &str, attr: &str) -> bool {
        self.find(id).is_some_and(|m| {
            self.attrs[m.attrs.0 as usize..m.attrs.1 as usize]
                .iter()
                .any(|r| self.name(*r) == attr)
        })
    }
}

pub fn is_valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    matches!(b.first(), Some(b'a'..=b'z'))
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
}

/// What a result record holds (the results adapter checks every record it reads
/// against the same limits): an encounter whose ids, texts or lists are longer could
/// be played, but its every attempt would be refused by the store and by import.
pub mod record {
    /// Longest id (scenario, node, reply, reaction, tone, technique, competency,
    /// procedure, step), in bytes.
    pub const MAX_ID_BYTES: usize = 128;
    /// Longest short text (a title, a technique, procedure step or seed name), in
    /// characters.
    pub const MAX_SHORT_TEXT_CHARS: usize = 1_000;
    /// Longest text (a customer line, a reply, a reaction, a teaching, a note), in
    /// characters.
    pub const MAX_TEXT_CHARS: usize = 10_000;
    /// Most entries in a small list (the techniques of one decision, an encounter's
    /// procedures, a technique's seeds).
    pub const MAX_LIST: usize = 256;
}

/// The problem with an id that is longer than a result record holds, if it is.
pub fn id_too_long(id: &str) -> Option<String> {
    use record::MAX_ID_BYTES;
    (id.len() > MAX_ID_BYTES).then(|| {
        let start: String = id.chars().take(24).collect();
        format!(
            "id `{start}…` is {} bytes long; expected at most {MAX_ID_BYTES} bytes (the longest id a result record holds)",
            id.len()
        )
    })
}

/// The problem with an id a result record holds (not snake_case, or too long), if
/// there is one.
fn record_id_problem(id: &str) -> Option<String> {
    if is_valid_id(id) {
        id_too_long(id)
    } else {
        Some(format!(
            "`{id}` is not a valid id; expected snake_case ([a-z][a-z0-9_]*)"
        ))
    }
}

/// The problem with a list of `len` entries where a result record holds at most
/// `max`, if it is longer.
fn list_too_long(len: usize, max: usize, what: &str) -> Option<String> {
    (len > max)
        .then(|| format!("{len} {what}; expected at most {max} (the most a result record holds)"))
}

/// The record limits of an encounter's header: its procedures, its late-reply rule.
fn header_limits(s: &Scenario, out: &mut Vec<Diagnostic>) {
    use record::MAX_LIST;
    let d = Doc::Scenario;
    if let Some(m) = list_too_long(s.procedures.len(), MAX_LIST, "procedures") {
        out.push(Diagnostic::error(d.clone(), "procedures", m));
    }
    if let Some(m) = list_too_long(
        s.late_reply.breaks.len(),
        MAX_LIST - 1,
        "techniques broken by a late reply",
    ) {
        out.push(Diagnostic::error(d, "late_reply.breaks", m));
    }
}

/// The record limits of node `k`: the length of its ids and tones (reply and reaction
/// ids too), the techniques each reply follows and breaks (a late reply also breaks
/// the `late` techniques of the late-reply rule, and the feelings-first rule one
/// more: a decision's breaks are all in the record).
fn node_limits(k: usize, n: &Node, late: usize, out: &mut Vec<Diagnostic>) {
    use record::MAX_LIST;
    let d = Doc::Scenario;
    if let Some(m) = id_too_long(&n.id) {
        out.push(Diagnostic::error(d.clone(), format!("nodes[{k}].id"), m));
    }
    for (ti, t) in n.tones.iter().enumerate() {
        if let Some(m) = record_id_problem(&t.tone) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("nodes[{k}].tones[{ti}].tone"),
                format!("tone: {m}"),
            ));
        }
    }
    for (ci, c) in n.choices.iter().enumerate() {
        let cp = format!("nodes[{k}].choices[{ci}]");
        if let Some(m) = id_too_long(&c.id) {
            out.push(Diagnostic::error(d.clone(), format!("{cp}.id"), m));
        }
        if let Some(m) = list_too_long(c.follows.len(), MAX_LIST, "techniques followed") {
            out.push(Diagnostic::error(d.clone(), format!("{cp}.follows"), m));
        }
        let room = MAX_LIST.saturating_sub(late + 1);
        if c.breaks.len() > room {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{cp}.breaks"),
                format!(
                    "{} techniques broken; expected at most {room}: with the {late} of the late-reply rule and feelings first, a decision breaks at most {MAX_LIST} (the most a result record holds)",
                    c.breaks.len()
                ),
            ));
        }
        for (ri, r) in c.reactions.iter().enumerate() {
            if let Some(m) = id_too_long(&r.id) {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{cp}.reactions[{ri}].id"),
                    m,
                ));
            }
        }
    }
}

/// Checks the catalog against itself and its Fluent files.
pub fn validate_catalog(catalog: &Catalog, locales: &[LocaleKeys]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let d = Doc::Catalog;
    if catalog.competencies.len() > limits::COMPETENCIES {
        out.push(Diagnostic::error(
            d.clone(),
            format!("competencies[{}]", limits::COMPETENCIES),
            format!(
                "the catalog has {} competencies; the compiled runtime holds at most {}",
                catalog.competencies.len(),
                limits::COMPETENCIES
            ),
        ));
    }
    // What a result record holds: competency, procedure and step ids; the seeds of
    // a technique or procedure (each named in feedback).
    for (i, c) in catalog.competencies.iter().enumerate() {
        if let Some(m) = record_id_problem(&c.id) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("competencies[{i}].id"),
                m,
            ));
        }
    }
    for (i, pr) in catalog.procedures.iter().enumerate() {
        if let Some(m) = record_id_problem(&pr.id) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("procedures[{i}].id"),
                m,
            ));
        }
        for (k, st) in pr.steps.iter().enumerate() {
            if let Some(m) = record_id_problem(&st.id) {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("procedures[{i}].steps[{k}].id"),
                    m,
                ));
            }
        }
    }
    let seeded = catalog
        .techniques
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("techniques[{i}]"), &t.seeds))
        .chain(
            catalog
                .procedures
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("procedures[{i}]"), &p.seeds)),
        );
    for (p, seeds) in seeded {
        if let Some(m) = list_too_long(seeds.len(), record::MAX_LIST, "seeds") {
            out.push(Diagnostic::error(d.clone(), format!("{p}.seeds"), m));
        }
        for (k, f) in seeds.iter().enumerate() {
            let n = f.chars().count();
            if n > record::MAX_SHORT_TEXT_CHARS {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{p}.seeds[{k}]"),
                    format!(
                        "a seed of {n} characters; expected at most {} (the longest a result record holds)",
                        record::MAX_SHORT_TEXT_CHARS
                    ),
                ));
            }
        }
    }
    let mut seen = HashSet::new();
    for (i, c) in catalog.competencies.iter().enumerate() {
        if !seen.insert(c.id.as_str()) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("competencies[{i}].id"),
                format!("duplicate competency id `{}`", c.id),
            ));
        }
        for l in locales {
            if !l.has(&c.id) {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("competencies[{i}].id"),
                    format!("no Fluent message `{}` in {}", c.id, l.file),
                ));
            }
        }
    }
    let comp_list = || {
        catalog
            .competencies
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut seen = HashSet::new();
    for (i, t) in catalog.techniques.iter().enumerate() {
        let p = format!("techniques[{i}]");
        if !is_valid_id(&t.id) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.id"),
                format!(
                    "`{}` is not a valid id; expected snake_case letters, digits and `_`",
                    t.id
                ),
            ));
        } else if let Some(m) = id_too_long(&t.id) {
            out.push(Diagnostic::error(d.clone(), format!("{p}.id"), m));
        }
        if !seen.insert(t.id.as_str()) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.id"),
                format!("duplicate technique id `{}`", t.id),
            ));
        }
        if t.id.starts_with("taboo_") && !t.critical {
            out.push(Diagnostic::warning(
                d.clone(),
                format!("{p}.critical"),
                format!(
                    "`{}` is named as a taboo but is not `critical: true`, so breaking it does not fail the attempt (100-1=0); mark it critical or rename it",
                    t.id
                ),
            ));
        }
        if catalog.competency(&t.competency).is_none() {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.competency"),
                format!(
                    "unknown competency `{}`; expected one of: {}",
                    t.competency,
                    comp_list()
                ),
            ));
        }
        for (k, a) in t.also.iter().enumerate() {
            if catalog.competency(a).is_none() {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{p}.also[{k}]"),
                    format!("unknown competency `{a}`; expected one of: {}", comp_list()),
                ));
            }
        }
        if t.weight > 10 {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.weight"),
                format!("weight {} is out of range; expected 0..=10", t.weight),
            ));
        }
        if t.seeds.is_empty() {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.seeds"),
                "a technique needs the seed file(s) it comes from",
            ));
        }
        needs_message_with(&mut out, &d, &format!("{p}.id"), &t.id, "teaching", locales);
    }
    for (i, pr) in catalog.procedures.iter().enumerate() {
        let p = format!("procedures[{i}]");
        for l in locales {
            if !l.has(&pr.id) {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{p}.id"),
                    format!("no Fluent message `{}` in {}", pr.id, l.file),
                ));
            }
        }
        let mut ids = HashSet::new();
        for (k, s) in pr.steps.iter().enumerate() {
            if !ids.insert(s.id.as_str()) {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{p}.steps[{k}].id"),
                    format!("duplicate step id `{}`", s.id),
                ));
            }
            for l in locales {
                if l.has(&pr.id) && !l.has_attr(&pr.id, &s.id) {
                    out.push(Diagnostic::error(
                        d.clone(),
                        format!("{p}.steps[{k}].id"),
                        format!(
                            "Fluent message `{}` in {} has no `.{}` attribute for this step",
                            pr.id, l.file, s.id
                        ),
                    ));
                }
            }
            if s.techniques.is_empty() {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{p}.steps[{k}].techniques"),
                    "a step needs at least one technique",
                ));
            }
            for (j, t) in s.techniques.iter().enumerate() {
                if catalog.technique(t).is_none() {
                    out.push(Diagnostic::error(
                        d.clone(),
                        format!("{p}.steps[{k}].techniques[{j}]"),
                        format!("unknown technique `{t}`"),
                    ));
                }
            }
        }
    }
    validate_cases_and_sources(catalog, locales, &mut out);
    validate_lessons(catalog, locales, &mut out);
    out
}

/// Each technique's and procedure's lesson in each source the catalog titles (the
/// `.lesson-<source id>` attribute of its message, shown to trainees after the
/// course's title): a warning when one is missing (feedback then shows the title
/// alone) or names a source the item does not cite.
fn validate_lessons(catalog: &Catalog, locales: &[LocaleKeys], out: &mut Vec<Diagnostic>) {
    if catalog.sources.is_empty() {
        return;
    }
    let items = catalog
        .techniques
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("techniques[{i}]"), &t.id, &t.seeds))
        .chain(
            catalog
                .procedures
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("procedures[{i}]"), &p.id, &p.seeds)),
        );
    // Each message's lesson attributes, per locale.
    let lessons: Vec<FastMap<&str, Vec<&str>>> = locales
        .iter()
        .map(|l| {
            let mut m: FastMap<&str, Vec<&str>> = FastMap::default();
            for (id, attrs) in l.iter() {
                m.insert(
                    id,
                    attrs.filter_map(|a| a.strip_prefix("lesson-")).collect(),
                );
            }
            m
        })
        .collect();
    for (path, id, seeds) in items {
        let cited: Vec<&str> = seeds
            .iter()
            .filter_map(|f| catalog.source(f).map(|s| s.id.as_str()))
            .collect();
        for (l, lessons) in locales.iter().zip(&lessons) {
            let Some(have) = lessons.get(id.as_str()) else {
                continue;
            };
            for (k, f) in seeds.iter().enumerate() {
                let Some(src) = catalog.source(f) else {
                    continue;
                };
                if !have.contains(&src.id.as_str()) {
                    out.push(Diagnostic::warning(
                        Doc::Catalog,
                        format!("{path}.seeds[{k}]"),
                        format!(
                            "Fluent message `{id}` in {} has no `.lesson-{}` attribute: feedback names this source by the course's title only, not the lesson (`{f}`)",
                            l.file, src.id
                        ),
                    ));
                }
            }
            for stray in have.iter().filter(|s| !cited.contains(s)) {
                out.push(Diagnostic::warning(
                    Doc::Catalog,
                    format!("{path}.seeds"),
                    format!(
                        "Fluent message `{id}` in {} has a `.lesson-{stray}` attribute, but `{id}` does not cite that source; nothing shows it",
                        l.file
                    ),
                ));
            }
        }
    }
}

/// The catalog's cases and seed-file titles: unique valid ids, a Fluent message for
/// each (cases with a `.summary`), and every seed file cited somewhere listed in
/// `sources` once the catalog has that table.
fn validate_cases_and_sources(
    catalog: &Catalog,
    locales: &[LocaleKeys],
    out: &mut Vec<Diagnostic>,
) {
    let d = Doc::Catalog;
    let bad_id =
        |id: &str| format!("`{id}` is not a valid id; expected snake_case letters, digits and `_`");
    let mut seen = HashSet::new();
    for (i, c) in catalog.cases.iter().enumerate() {
        let p = format!("cases[{i}]");
        if !is_valid_id(&c.id) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.id"),
                bad_id(&c.id),
            ));
        }
        if !seen.insert(c.id.as_str()) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.id"),
                format!("duplicate case id `{}`", c.id),
            ));
        }
        if c.seeds.is_empty() {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.seeds"),
                "a case needs the seed file(s) it comes from",
            ));
        }
        needs_message_with(out, &d, &format!("{p}.id"), &c.id, "summary", locales);
    }
    let mut files = HashSet::new();
    let mut ids = HashSet::new();
    for (i, s) in catalog.sources.iter().enumerate() {
        let p = format!("sources[{i}]");
        if !files.insert(s.file.as_str()) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.file"),
                format!("seed file `{}` is listed twice", s.file),
            ));
        }
        if !is_valid_id(&s.id) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.id"),
                bad_id(&s.id),
            ));
        }
        if !ids.insert(s.id.as_str()) {
            out.push(Diagnostic::error(
                d.clone(),
                format!("{p}.id"),
                format!("duplicate source id `{}`", s.id),
            ));
        }
        for l in locales {
            if !l.has(&s.id) {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{p}.id"),
                    format!("no Fluent message `{}` in {}", s.id, l.file),
                ));
            }
        }
    }
    if catalog.sources.is_empty() {
        return;
    }
    let cited = catalog
        .competencies
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            c.seeds
                .iter()
                .enumerate()
                .map(move |(k, f)| (format!("competencies[{i}].seeds[{k}]"), f))
        })
        .chain(catalog.techniques.iter().enumerate().flat_map(|(i, t)| {
            t.seeds
                .iter()
                .enumerate()
                .map(move |(k, f)| (format!("techniques[{i}].seeds[{k}]"), f))
        }))
        .chain(catalog.procedures.iter().enumerate().flat_map(|(i, p)| {
            p.seeds
                .iter()
                .enumerate()
                .map(move |(k, f)| (format!("procedures[{i}].seeds[{k}]"), f))
        }))
        .chain(catalog.cases.iter().enumerate().flat_map(|(i, c)| {
            c.seeds
                .iter()
                .enumerate()
                .map(move |(k, f)| (format!("cases[{i}].seeds[{k}]"), f))
        }));
    for (path, f) in cited {
        if catalog.source(f).is_none() {
            out.push(Diagnostic::warning(
                d.clone(),
                path,
                format!(
                    "seed file `{f}` is not in `sources`, so feedback shows trainees the file name instead of the course's title for it"
                ),
            ));
        }
    }
}

/// Where an id is declared; the RON path is only spelled out for a report.
#[derive(Debug, Clone, Copy)]
enum IdLoc {
    Node(usize),
    Choice(usize, usize),
    Reaction(usize, usize, usize),
}

impl IdLoc {
    fn path(self) -> String {
        match self {
            IdLoc::Node(n) => format!("nodes[{n}].id"),
            IdLoc::Choice(n, c) => format!("nodes[{n}].choices[{c}].id"),
            IdLoc::Reaction(n, c, r) => format!("nodes[{n}].choices[{c}].reactions[{r}].id"),
        }
    }
}

/// The hasher of the engine's id tables: eight bytes at a time, then the splitmix64
/// mixer. Ids are short and not attacker-chosen, so this is safe here and much faster
/// than SipHash (or byte-at-a-time FNV) on the hundreds of thousands of lookups a
/// large encounter makes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

const ID_SEED: u64 = 0xcbf2_9ce4_8422_2325;
const ID_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { ID_SEED } else { self.0 };
        h ^= bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(23) ^ u64::from_le_bytes(w)).wrapping_mul(ID_MUL);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The last 1..=7 bytes as one word, without a variable-length copy.
            let w = rest
                .iter()
                .rev()
                .fold(0u64, |w, &b| (w << 8) | u64::from(b));
            h = (h.rotate_left(23) ^ w).wrapping_mul(ID_MUL);
        }
        self.0 = h;
    }
}

/// The hash of one id (as text or bytes), as the name tables use it.
pub(crate) fn hash_id(b: impl AsRef<[u8]>) -> u64 {
    use std::hash::Hasher;
    let mut h = IdHasher::default();
    h.write(b.as_ref());
    h.finish()
}

pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;
pub type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<IdHasher>>;

/// File types a scenario's sounds may have.
pub const SOUND_EXTENSIONS: &[&str] = &["ogg", "wav"];

/// What is wrong with a media path of a scenario, if anything. It must stay inside
/// the scenario's folder: relative, `/`-separated, no `..`, `.` or empty parts, no
/// backslash, drive letter or control character, at most 200 bytes, and (when
/// `extensions` is not empty) a file of one of those types. Symbolic links are
/// checked when the files are loaded (that needs the file system).
pub fn media_path_problem(path: &str, extensions: &[&str]) -> Option<String> {
    let expected =
        "expected a relative path inside the scenario's folder, such as `media/phone_ring.ogg`";
    if path.is_empty() {
        return Some(format!("an empty path; {expected}"));
    }
    if path.len() > 200 {
        return Some(format!("a path of {} bytes; at most 200", path.len()));
    }
    if path.chars().any(char::is_control) {
        return Some(format!(
            "`{}` holds a control character; {expected}",
            path.escape_debug()
        ));
    }
    if path.starts_with('/') || path.contains('\\') || path.as_bytes().get(1) == Some(&b':') {
        return Some(format!(
            "`{path}` is an absolute or Windows path; {expected}"
        ));
    }
    if path.split('/').any(|part| part == "..") {
        return Some(format!(
            "`{path}` leaves the scenario's folder (`..`); {expected}"
        ));
    }
    if path.split('/').any(|part| part.is_empty() || part == ".") {
        return Some(format!("`{path}` has an empty or `.` part; {expected}"));
    }
    if !extensions.is_empty() {
        let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if !ext.is_some_and(|e| extensions.contains(&e.as_str())) {
            return Some(format!(
                "`{path}` is not a {} file",
                extensions
                    .iter()
                    .map(|e| format!(".{e}"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ));
        }
    }
    None
}

/// Checks one scenario against the catalog and the Fluent keys of every shipped
/// locale: [`ScenarioChecker`] over the whole scenario.
pub fn validate_scenario(
    s: &Scenario,
    catalog: &Catalog,
    locales: &[LocaleKeys],
) -> Vec<Diagnostic> {
    let mut checker = ScenarioChecker::new(s, catalog);
    let (mut ids, mut id_bytes) = (0, 0);
    for n in &s.nodes {
        ids += 1;
        id_bytes += n.id.len();
        for c in &n.choices {
            ids += 1 + c.reactions.len();
            id_bytes += c.id.len() + c.reactions.iter().map(|r| r.id.len()).sum::<usize>();
        }
    }
    checker.reserve(s.nodes.len(), ids, id_bytes);
    for n in &s.nodes {
        checker.node(n);
    }
    checker.end_nodes();
    for l in locales {
        checker.locale_begin(&l.file);
        let mut attrs = Vec::new();
        for (k, a) in l.iter() {
            attrs.clear();
            attrs.extend(a);
            checker.message(k, &attrs);
        }
        checker.locale_end();
    }
    checker.finish()
}

/// Where a diagnostic goes in the report: the pass of the report's order it belongs
/// to, then its place in that pass. A check that needs later nodes is made late but
/// under the key it would have had, so the report keeps document order whatever the
/// order of the checking. Passes made in one go number their diagnostics in turn;
/// the per-node pass is keyed by structure (node, section, index, part, index), as
/// its gotos are only decided after the last node.
type Key = (u8, u64, u64, u64, u64, u64);

const HEADER: u8 = 0;
const IDS: u8 = 1;
const ROOTS: u8 = 2;
const NODES: u8 = 3;
const GRAPH: u8 = 4;
const PROCEDURES: u8 = 5;
const LOCALES: u8 = 6;
const WHY: u8 = 7;

/// The per-node pass: node-level checks, then tones, then choices.
const NODE_ITEMS: u64 = 0;
const TONES: u64 = 1;
const CHOICES: u64 = 2;
/// Parts of a choice, in the order they are checked.
const GOTO: u64 = 0;
const FOLLOWS: u64 = 1;
const BREAKS: u64 = 2;
const WHEN: u64 = 3;
const BETTER: u64 = 4;
/// Reaction `ri` of a choice is part `REACTIONS + ri`; within it the weight is item 0,
/// its `when` items from 1, its `goto_if[j]` items `route_item(j, …)` and its `goto`
/// the last item.
const REACTIONS: u64 = 5;
/// The `goto` of a `goto_if` entry, after its condition's items.
const ROUTE_GOTO: u64 = 0xffff_ffff;

/// Item `i` of `goto_if[j]` (its condition's parts, then `ROUTE_GOTO`): after the
/// `goto` (item 0) of a choice, after the `when` of a reaction.
fn route_item(j: usize, i: u64) -> u64 {
    ((j as u64 + 1) << 32) | i.min(ROUTE_GOTO)
}
/// What the compiled runtime can hold (`runtime::limits`): after the reactions.
const LIMITS: u64 = u64::MAX;

/// Bits of a slot (one per declared id): its kind, and what the locales said of it.
const KIND: u8 = 0b11;
const NODE: u8 = 0;
const CHOICE: u8 = 1;
const REACTION: u8 = 2;
/// A repeated id: the slot only keeps the document's shape.
const DUP: u8 = 1 << 2;
/// Set by some `sets: [...]` (flags share the names of ids but not their meaning).
const FLAG: u8 = 1 << 3;
/// The current locale has the message.
const PRESENT: u8 = 1 << 4;
/// The current locale's message (of a choice) has a `.why`.
const HAS_WHY: u8 = 1 << 5;
/// The first locale's message has a `.why`.
const FIRST_WHY: u8 = 1 << 6;
/// Some locale disagrees with the first about `.why`; the answers are in `why_differs`.
const WHY_DIFFERS: u8 = 1 << 7;

/// Symbols in the name table are slots, or with this bit names used before (or
/// without) being declared: goto targets, condition names, flags.
const REF: u32 = 1 << 31;

/// No slot (a reference whose name was never declared).
const NO_SLOT: u32 = u32::MAX;

/// Above this many ids a node keeps where each of its choices starts, so finding the
/// path of one of its ids does not walk the whole node.
const BIG_NODE: usize = 64;

/// Grows by an eighth rather than doubling: the big tables of a large encounter
/// would otherwise carry up to half their size unused. (Copying is cheap next to
/// reading the nodes.)
fn room<T>(v: &mut Vec<T>, extra: usize) {
    if v.capacity() - v.len() < extra {
        v.reserve_exact(extra.max(v.len() / 8).max(64));
    }
}

fn bit(b: &[u64], i: usize) -> bool {
    b.get(i / 64).is_some_and(|w| (w >> (i % 64)) & 1 == 1)
}

fn set_bit(b: &mut Vec<u64>, i: usize) {
    let w = i / 64;
    if b.len() <= w {
        room(b, w + 1 - b.len());
        b.resize(w + 1, 0);
    }
    if let Some(x) = b.get_mut(w) {
        *x |= 1 << (i % 64);
    }
}

/// Every how many names `Names` keeps an offset.
const MARK_EVERY: u32 = 8;

/// Names one after another, each behind its length (a byte, or 255 and eight), with
/// the offset of every 8th: 2 bytes over the text per name, where a `String` costs
/// 24. Reading one skips at most 7 others (only their length bytes).
#[derive(Default)]
struct Names {
    bytes: Vec<u8>,
    marks: Vec<usize>,
    count: u32,
}

impl Names {
    fn push(&mut self, s: &str) -> u32 {
        let i = self.count;
        if i.is_multiple_of(MARK_EVERY) {
            room(&mut self.marks, 1);
            self.marks.push(self.bytes.len());
        }
        room(&mut self.bytes, s.len() + 9);
        match u8::try_from(s.len()) {
            Ok(n) if n < 255 => self.bytes.push(n),
            _ => {
                self.bytes.push(255);
                self.bytes
                    .extend_from_slice(&(s.len() as u64).to_le_bytes());
            }
        }
        self.bytes.extend_from_slice(s.as_bytes());
        self.count = self.count.wrapping_add(1);
        i
    }

    /// The name's bytes at byte offset `at`, and where the next one starts.
    fn read_bytes(&self, at: usize) -> (&[u8], usize) {
        let Some(&n) = self.bytes.get(at) else {
            return (&[], at);
        };
        let (len, from) = if n < 255 {
            (usize::from(n), at + 1)
        } else {
            let mut b = [0u8; 8];
            if let Some(x) = self.bytes.get(at + 1..at + 9) {
                b.copy_from_slice(x);
            }
            let len = usize::try_from(u64::from_le_bytes(b)).unwrap_or(usize::MAX);
            (len, at + 9)
        };
        let to = from.saturating_add(len);
        (self.bytes.get(from..to).unwrap_or(&[]), to)
    }

    /// Name `i`'s bytes: skipping the names before it in its group reads only their
    /// lengths.
    fn get_bytes(&self, i: u32) -> &[u8] {
        self.read_bytes(self.offset(i)).0
    }

    /// Where name `i` starts in `bytes` (past the end for a name not pushed).
    fn offset(&self, i: u32) -> usize {
        if i >= self.count {
            return self.bytes.len();
        }
        let mut at = self
            .marks
            .get((i / MARK_EVERY) as usize)
            .copied()
            .unwrap_or(usize::MAX);
        for _ in 0..i % MARK_EVERY {
            at = self.skip(at);
        }
        at
    }

    /// Where the name after the one at `at` starts.
    fn skip(&self, at: usize) -> usize {
        match self.bytes.get(at) {
            None => at,
            Some(&n) if n < 255 => at + 1 + usize::from(n),
            Some(_) => self.read_bytes(at).1,
        }
    }

    fn get(&self, i: u32) -> &str {
        std::str::from_utf8(self.get_bytes(i)).unwrap_or("")
    }

    /// Every name in order.
    fn iter(&self) -> impl Iterator<Item = &str> {
        self.iter_bytes()
            .map(|b| std::str::from_utf8(b).unwrap_or(""))
    }

    /// Every name's bytes in order (a name is only decoded where it is shown).
    fn iter_bytes(&self) -> impl Iterator<Item = &[u8]> {
        let mut at = 0;
        (0..self.count).map(move |_| {
            let (name, next) = self.read_bytes(at);
            at = next;
            name
        })
    }

    fn heap_bytes(&self) -> usize {
        self.bytes.capacity() + self.marks.capacity() * size_of::<usize>()
    }
}

/// A `Said`, `Visited` or `Flag` condition naming something not declared (or set)
/// yet: decided after the last node.
struct Deferred {
    key: Key,
    path: String,
    message: String,
    /// The name's symbol, and the kind of slot it must be (or `FLAG`).
    sym: u32,
    want: u8,
}

/// One locale being read.
#[derive(Default)]
struct LocaleState {
    file: String,
    own: [bool; SCENARIO_MESSAGES.len()],
    unused: Names,
    /// The slot after the last message found, and where its name starts: messages
    /// mostly come in the order of the ids, so the next one is checked against that
    /// slot's name first, a sequential read instead of a table lookup.
    cursor: (u32, usize),
    /// Attribute names of the messages of nodes with tones (few).
    attrs_of: FastMap<u32, Vec<String>>,
    /// Per slot: the attributes of its message that nothing shows (the last
    /// definition of a message counts).
    stray: FastMap<u32, Vec<String>>,
}

/// The validator, fed a scenario piece by piece: the header, then the nodes one at a
/// time (none is kept), then each locale's messages one at a time. It holds a name
/// table of every id and referenced name, a byte per id and the goto targets: under
/// 150 bytes per node (`touchpoint_content::validate_tests` measures it), so encounters far
/// larger than memory could hold as a tree can be checked. [`validate_scenario`] is this over a whole scenario.
pub struct ScenarioChecker<'c> {
    catalog: &'c Catalog,
    out: Vec<(Key, Diagnostic)>,
    seq: u64,
    /// Name → symbol.
    table: hashbrown::HashTable<u32>,
    /// One slot per declared id in document order (a repeated id has an empty name),
    /// so a node's ids are `node_first[k]..node_first[k + 1]` and the path of an id
    /// follows from counting kinds.
    slots: Names,
    bits: Vec<u8>,
    /// Names used but not declared (yet); once declared, the table leads to the
    /// slot instead.
    refs: Names,
    ref_flags: Vec<u64>,
    /// Per reference: the slot that later declared its name, or `NO_SLOT`.
    ref_slot: Vec<u32>,
    /// Per node: the slot of its own id.
    node_first: Vec<u32>,
    /// Per node with over `BIG_NODE` ids: the slot of each of its choices.
    big: FastMap<u32, Vec<u32>>,
    /// An id first declared by a choice or reaction and later by a node: that node
    /// (goto still follows it, as the graph knows nodes by their own ids).
    late_nodes: FastMap<u32, u32>,
    /// Node slot → its tones, for nodes with tones.
    tones: FastMap<u32, Vec<String>>,
    /// Goto targets (symbols) in document order, and which slots have one.
    edges: Vec<u32>,
    has_goto: Vec<u64>,
    /// `goto_if` targets in document order: (slot of the choice or reaction, entry,
    /// symbol). Few: kept apart so that `edges` stays one per slot.
    route_edges: Vec<(u32, u32, u32)>,
    endings: Vec<u64>,
    has_ending: bool,
    /// The first 12 node ids (each once), for "expected a node id such as".
    node_list: Vec<String>,
    deferred: Vec<Deferred>,
    start: String,
    roots: Vec<(u32, Key, &'static str)>,
    procedures: Vec<String>,
    /// Techniques of required procedure steps → followed by some reply.
    followed: FastMap<&'c str, bool>,
    ended: bool,
    /// What `end_nodes` held at most (its graph tables on top of the checker's).
    end_nodes_peak: usize,
    locales: Vec<String>,
    locale: Option<LocaleState>,
    /// Choice slot → `.why` per locale, for choices whose locales disagree.
    why_differs: FastMap<u32, Vec<bool>>,
    /// Nodes and replies so far (for the runtime's limits).
    totals: [u64; 2],
    /// Late replies break something (`late_reply.breaks`).
    late_breaks: bool,
    /// Choice slots of replies that never lose points (their `.why` is never shown).
    never_loses: FastSet<u32>,
    /// What a result record could not hold ([`header_limits`], [`node_limits`]),
    /// reported after the rest.
    limits: Vec<Diagnostic>,
    /// Techniques a late reply breaks (`late_reply.breaks`).
    late_len: usize,
}

/// The symbol of a name in the checker's table, if it has one.
fn find_sym(
    table: &hashbrown::HashTable<u32>,
    slots: &Names,
    refs: &Names,
    name: &str,
) -> Option<u32> {
    table
        .find(hash_id(name), |&v| {
            sym_bytes(slots, refs, v) == name.as_bytes()
        })
        .copied()
}

fn sym_name<'a>(slots: &'a Names, refs: &'a Names, sym: u32) -> &'a str {
    std::str::from_utf8(sym_bytes(slots, refs, sym)).unwrap_or("")
}

/// A symbol's name as bytes, for hashing and comparing (names are only ever pushed
/// as `&str`, so no UTF-8 check is needed there).
fn sym_bytes<'a>(slots: &'a Names, refs: &'a Names, sym: u32) -> &'a [u8] {
    if sym & REF != 0 {
        refs.get_bytes(sym & !REF)
    } else {
        slots.get_bytes(sym)
    }
}

impl<'c> ScenarioChecker<'c> {
    /// `header` is the scenario with every field except `nodes` meaningful (its
    /// `nodes` are ignored).
    pub fn new(header: &Scenario, catalog: &'c Catalog) -> Self {
        let mut c = ScenarioChecker {
            catalog,
            out: Vec::new(),
            seq: 0,
            table: hashbrown::HashTable::new(),
            slots: Names::default(),
            bits: Vec::new(),
            refs: Names::default(),
            ref_flags: Vec::new(),
            ref_slot: Vec::new(),
            node_first: Vec::new(),
            big: FastMap::default(),
            late_nodes: FastMap::default(),
            tones: FastMap::default(),
            edges: Vec::new(),
            has_goto: Vec::new(),
            route_edges: Vec::new(),
            endings: Vec::new(),
            has_ending: false,
            node_list: Vec::new(),
            deferred: Vec::new(),
            start: header.start.clone(),
            roots: Vec::new(),
            procedures: header.procedures.clone(),
            followed: FastMap::default(),
            ended: false,
            end_nodes_peak: 0,
            locales: Vec::new(),
            locale: None,
            why_differs: FastMap::default(),
            totals: [0; 2],
            late_breaks: !header.late_reply.breaks.is_empty(),
            never_loses: FastSet::default(),
            limits: Vec::new(),
            late_len: header.late_reply.breaks.len(),
        };
        c.header(header);
        c
    }

    fn next(&mut self, phase: u8) -> Key {
        self.seq += 1;
        (phase, self.seq, 0, 0, 0, 0)
    }

    fn push(&mut self, key: Key, path: String, message: String) {
        self.out
            .push((key, Diagnostic::error(Doc::Scenario, path, message)));
    }

    fn err(&mut self, phase: u8, path: String, message: String) {
        let key = self.next(phase);
        self.push(key, path, message);
    }

    fn header(&mut self, s: &Scenario) {
        if !is_valid_id(&s.id) {
            self.err(
                HEADER,
                "id".into(),
                format!(
                    "`{}` is not a valid id; expected snake_case ([a-z][a-z0-9_]*)",
                    s.id
                ),
            );
        } else if let Some(m) = id_too_long(&s.id) {
            self.err(HEADER, "id".into(), m);
        }
        header_limits(s, &mut self.limits);
        for (field, value, exts) in [
            ("media.ambience", &s.media.ambience, SOUND_EXTENSIONS),
            ("media.voice", &s.media.voice, &[][..]),
        ] {
            if let Some(v) = value
                && let Some(problem) = media_path_problem(v, exts)
            {
                self.err(HEADER, field.into(), problem);
            }
        }
        if s.pass_mark > 100 {
            self.err(
                HEADER,
                "pass_mark".into(),
                format!(
                    "pass_mark {} is out of range; expected 0..=100",
                    s.pass_mark
                ),
            );
        }
        if let Some((message, severity)) = case_problem(s, self.catalog) {
            let key = self.next(HEADER);
            let d = match severity {
                Severity::Error => Diagnostic::error(Doc::Scenario, "case", message),
                _ => Diagnostic::warning(Doc::Scenario, "case", message),
            };
            self.out.push((key, d));
        }
        if let Some(message) = case_setting_problem(s, self.catalog) {
            let key = self.next(HEADER);
            self.out
                .push((key, Diagnostic::warning(Doc::Scenario, "case", message)));
        }
        let catalog = self.catalog;
        for (i, p) in s.procedures.iter().enumerate() {
            match catalog.procedure(p) {
                None => {
                    let known: Vec<_> = catalog.procedures.iter().map(|p| p.id.as_str()).collect();
                    self.err(
                        HEADER,
                        format!("procedures[{i}]"),
                        format!(
                            "unknown procedure `{p}`; expected one of: {}",
                            known.join(", ")
                        ),
                    );
                }
                Some(pr) => {
                    if pr.steps.len() > limits::PROCEDURE_STEPS {
                        self.err(
                            HEADER,
                            format!("procedures[{i}]"),
                            format!(
                                "procedure `{p}` has {} steps; the compiled runtime checks at most {} steps per procedure",
                                pr.steps.len(),
                                limits::PROCEDURE_STEPS
                            ),
                        );
                    }
                    for step in pr.steps.iter().filter(|st| st.required) {
                        for t in &step.techniques {
                            self.followed.insert(t.as_str(), false);
                        }
                    }
                }
            }
        }
        let m = &s.customer.mood;
        for (name, r) in [
            ("anger", m.anger),
            ("trust", m.trust),
            ("patience", m.patience),
        ] {
            if r.0 > r.1 || r.0 < 0 || r.1 > 100 {
                self.err(
                    HEADER,
                    format!("customer.mood.{name}"),
                    format!(
                        "range ({}, {}) is not valid; expected (min, max) with 0 <= min <= max <= 100",
                        r.0, r.1
                    ),
                );
            }
        }
        if !(0..=100).contains(&s.customer.calm_below) {
            self.err(
                HEADER,
                "customer.calm_below".into(),
                "expected a value in 0..=100".into(),
            );
        }

        // The start and the escalation target are decided after the last node.
        let start = self.name_ref(&s.start);
        let key = self.next(ROOTS);
        self.roots.push((start, key, "start"));
        if let Some(e) = &s.escalation {
            let goto = self.name_ref(&e.goto);
            let key = self.next(ROOTS);
            self.roots.push((goto, key, "escalation.goto"));
            if e.anger_at_least.is_none() && e.patience_at_most.is_none() {
                self.err(
                    ROOTS,
                    "escalation".into(),
                    "an escalation needs `anger_at_least` or `patience_at_most`".into(),
                );
            }
            for (f, v) in [
                ("anger_at_least", e.anger_at_least),
                ("patience_at_most", e.patience_at_most),
            ] {
                if v.is_some_and(|v| !(0..=100).contains(&v)) {
                    self.err(
                        ROOTS,
                        format!("escalation.{f}"),
                        "expected a value in 0..=100".into(),
                    );
                }
            }
        }
        for (i, t) in s.late_reply.breaks.iter().enumerate() {
            let key = self.next(ROOTS);
            self.technique_check(t, key, || format!("late_reply.breaks[{i}]"));
        }
    }

    fn lookup(&self, name: &str) -> Option<u32> {
        find_sym(&self.table, &self.slots, &self.refs, name)
    }

    /// The symbol of a name used (not declared) here: its slot if declared, else a
    /// reference, made on first use.
    fn name_ref(&mut self, name: &str) -> u32 {
        if let Some(v) = self.lookup(name) {
            return v;
        }
        let r = self.refs.push(name) | REF;
        room(&mut self.ref_slot, 1);
        self.ref_slot.push(NO_SLOT);
        let (slots, refs) = (&self.slots, &self.refs);
        self.table
            .insert_unique(hash_id(name), r, |&v| hash_id(sym_bytes(slots, refs, v)));
        r
    }

    /// The slot that declared a symbol's name, if any did.
    fn owner(&self, sym: u32) -> Option<u32> {
        if sym & REF == 0 {
            return Some(sym);
        }
        self.ref_slot
            .get((sym & !REF) as usize)
            .copied()
            .filter(|&s| s != NO_SLOT)
    }

    fn kind(&self, slot: u32) -> u8 {
        self.bits.get(slot as usize).map_or(DUP, |b| b & KIND)
    }

    fn flag_set(&self, sym: u32) -> bool {
        match self.owner(sym) {
            Some(s) => self.bits.get(s as usize).is_some_and(|b| b & FLAG != 0),
            None => bit(&self.ref_flags, (sym & !REF) as usize),
        }
    }

    fn set_flag(&mut self, name: &str) {
        let sym = self.name_ref(name);
        match self.owner(sym) {
            Some(s) => {
                if let Some(b) = self.bits.get_mut(s as usize) {
                    *b |= FLAG;
                }
            }
            None => set_bit(&mut self.ref_flags, (sym & !REF) as usize),
        }
    }

    /// Declares an id at the next slot; a repeated id gives the slot that has it.
    fn declare(&mut self, id: &str, kind: u8, node: usize) -> Result<(), u32> {
        let slot = self.slots.count;
        let h = hash_id(id);
        let found = {
            let (slots, refs) = (&self.slots, &self.refs);
            self.table
                .find_mut(h, |&v| sym_bytes(slots, refs, v) == id.as_bytes())
                .map(|v| {
                    let was = *v;
                    if was & REF != 0 {
                        *v = slot;
                    }
                    was
                })
        };
        room(&mut self.bits, 1);
        match found {
            Some(owner) if owner & REF == 0 => {
                self.slots.push("");
                self.bits.push(kind | DUP);
                if kind == NODE && self.kind(owner) != NODE {
                    self.late_nodes.entry(owner).or_insert(node as u32);
                }
                Err(owner)
            }
            Some(r) => {
                let r = (r & !REF) as usize;
                if let Some(x) = self.ref_slot.get_mut(r) {
                    *x = slot;
                }
                let flag = if bit(&self.ref_flags, r) { FLAG } else { 0 };
                self.slots.push(id);
                self.bits.push(kind | flag);
                Ok(())
            }
            None => {
                self.slots.push(id);
                self.bits.push(kind);
                let (slots, refs) = (&self.slots, &self.refs);
                self.table
                    .insert_unique(h, slot, |&v| hash_id(sym_bytes(slots, refs, v)));
                Ok(())
            }
        }
    }

    /// Where a slot is in the document.
    fn loc(&self, slot: u32) -> IdLoc {
        let k = self
            .node_first
            .partition_point(|&f| f <= slot)
            .saturating_sub(1);
        let first = self.node_first.get(k).copied().unwrap_or(0);
        if slot <= first {
            return IdLoc::Node(k);
        }
        if let Some(starts) = self.big.get(&(k as u32)) {
            let ci = starts.partition_point(|&c| c <= slot).saturating_sub(1);
            let cs = starts.get(ci).copied().unwrap_or(first);
            return if slot == cs {
                IdLoc::Choice(k, ci)
            } else {
                IdLoc::Reaction(k, ci, (slot - cs - 1) as usize)
            };
        }
        let (mut ci, mut ri) = (0usize, 0usize);
        let mut choices = 0usize;
        for t in first + 1..=slot {
            if self.kind(t) == CHOICE {
                ci = choices;
                choices += 1;
                ri = 0;
            } else if t != slot {
                ri += 1;
            }
        }
        if self.kind(slot) == CHOICE {
            IdLoc::Choice(k, ci)
        } else {
            IdLoc::Reaction(k, ci, ri)
        }
    }

    fn check_id(&mut self, id: &str, kind: u8, loc: IdLoc) {
        if !is_valid_id(id) {
            self.err(
                IDS,
                loc.path(),
                format!("`{id}` is not a valid id; expected snake_case ([a-z][a-z0-9_]*)"),
            );
        }
        if matches!(id.as_bytes().first(), Some(b't' | b's' | b'p' | b'b'))
            && SCENARIO_MESSAGES.contains(&id)
        {
            self.err(
                IDS,
                loc.path(),
                format!("`{id}` is reserved for the encounter's own text; choose another id"),
            );
        }
        let node = match loc {
            IdLoc::Node(k) | IdLoc::Choice(k, _) | IdLoc::Reaction(k, ..) => k,
        };
        if let Err(first) = self.declare(id, kind, node) {
            let first = self.loc(first).path();
            let key = self.next(IDS);
            let d = Diagnostic::error(
                Doc::Scenario,
                loc.path(),
                format!(
                    "duplicate id `{id}` (first used at {first}); node, choice and reaction ids must be unique in an encounter"
                ),
            )
            .related(first, format!("`{id}` is first declared here"));
            self.out.push((key, d));
        }
    }

    fn technique_check(&mut self, t: &str, key: Key, path: impl FnOnce() -> String) {
        let catalog = self.catalog;
        match catalog.technique(t) {
            None => {
                let near = nearest(t, catalog.techniques.iter().map(|x| x.id.as_str()));
                let hint = near
                    .map(|n| format!("; did you mean `{n}`?"))
                    .unwrap_or_default();
                self.push(
                    key,
                    path(),
                    format!(
                        "unknown technique `{t}`; expected a technique id from the catalog{hint}"
                    ),
                );
            }
            Some(x) if x.weight == 0 => self.push(
                key,
                path(),
                format!(
                    "technique `{t}` has weight 0 in the catalog and is not scored; tag the techniques it is made of instead"
                ),
            ),
            Some(_) => {}
        }
    }

    /// Checks a condition; `key(i)` places the check of its `i`-th part (in
    /// `walk_cond` order).
    fn cond_check(&mut self, c: &Cond, key: impl Fn(u64) -> Key, path: &dyn Fn() -> String) {
        // Pre-order, as `walk_cond`, without recursion: a condition can be deep.
        let mut stack = vec![c];
        let mut i = 0u64;
        while let Some(c) = stack.pop() {
            let k = key(i);
            i += 1;
            match c {
                Cond::All(cs) | Cond::Any(cs) => stack.extend(cs.iter().rev()),
                Cond::Not(c) => stack.push(c),
                _ => {}
            }
            let (sym, want, message) = match c {
                Cond::Said(id) => (
                    self.name_ref(id),
                    CHOICE,
                    format!("`Said(\"{id}\")` names no choice in this encounter"),
                ),
                Cond::Visited(id) => (
                    self.name_ref(id),
                    NODE,
                    format!("`Visited(\"{id}\")` names no node in this encounter"),
                ),
                Cond::Flag(f) => {
                    let sym = self.name_ref(f);
                    if self.flag_set(sym) {
                        continue;
                    }
                    (
                        sym,
                        FLAG,
                        format!(
                            "`Flag(\"{f}\")` is never set by any choice or reaction (`sets: [...]`)"
                        ),
                    )
                }
                Cond::AngerBelow(v)
                | Cond::AngerAtLeast(v)
                | Cond::TrustBelow(v)
                | Cond::TrustAtLeast(v)
                | Cond::PatienceBelow(v)
                | Cond::PatienceAtLeast(v)
                    if !(0..=101).contains(v) =>
                {
                    self.push(
                        k,
                        path(),
                        format!("threshold {v} is out of range; expected 0..=100"),
                    );
                    continue;
                }
                _ => continue,
            };
            // A declared name keeps its kind: decide now. Anything else waits.
            match self.owner(sym) {
                Some(s) if want != FLAG => {
                    if self.kind(s) != want {
                        self.push(k, path(), message);
                    }
                }
                _ => self.deferred.push(Deferred {
                    key: k,
                    path: path(),
                    message,
                    sym,
                    want,
                }),
            }
        }
    }

    /// Room for an encounter of about this many nodes, ids and bytes of ids, when a
    /// streaming reader knows them from an earlier pass: growing tables of hundreds
    /// of megabytes copies them, and the copies add to the peak.
    pub fn reserve(&mut self, nodes: usize, ids: usize, id_bytes: usize) {
        let (slots, refs) = (&self.slots, &self.refs);
        self.table
            .reserve(ids, |&v| hash_id(sym_bytes(slots, refs, v)));
        self.slots.bytes.reserve_exact(id_bytes + ids);
        self.slots
            .marks
            .reserve_exact(ids / MARK_EVERY as usize + 1);
        self.bits.reserve_exact(ids);
        self.edges.reserve_exact(ids);
        self.node_first.reserve_exact(nodes + 1);
    }

    /// Nodes in document order; `n` is dropped by the caller afterwards.
    pub fn node(&mut self, n: &Node) {
        let k = self.node_first.len();
        node_limits(k, n, self.late_len, &mut self.limits);
        let (ku, k64) = (k as u32, k as u64);
        let base = self.slots.count;
        room(&mut self.node_first, 1);
        self.node_first.push(base);
        // Each id once: a repeated node id is suggested once.
        if self.node_list.len() < 12 && !self.node_list.contains(&n.id) {
            self.node_list.push(n.id.clone());
        }
        if n.ending.is_some() {
            set_bit(&mut self.endings, k);
        }
        let ids: usize = 1 + n
            .choices
            .iter()
            .map(|c| 1 + c.reactions.len())
            .sum::<usize>();
        if ids > BIG_NODE {
            let mut at = base.wrapping_add(1);
            let starts = n
                .choices
                .iter()
                .map(|c| {
                    let s = at;
                    at = at.wrapping_add(1 + c.reactions.len() as u32);
                    s
                })
                .collect();
            self.big.insert(ku, starts);
        }

        // Ids first: every id diagnostic precedes the per-node checks in the report
        // (their keys see to that), but a node's checks already see its own ids.
        self.check_id(&n.id, NODE, IdLoc::Node(k));
        for (ci, c) in n.choices.iter().enumerate() {
            self.check_id(&c.id, CHOICE, IdLoc::Choice(k, ci));
            for (ri, r) in c.reactions.iter().enumerate() {
                self.check_id(&r.id, REACTION, IdLoc::Reaction(k, ci, ri));
            }
        }
        if !n.tones.is_empty() && self.bits.get(base as usize).is_some_and(|b| b & DUP == 0) {
            self.tones
                .insert(base, n.tones.iter().map(|t| t.tone.clone()).collect());
        }

        let item = |i: u64| (NODES, k64, NODE_ITEMS, i, 0, 0);
        let p = || format!("nodes[{k}]");
        if let Some(e) = &n.ending {
            self.has_ending = true;
            if !n.choices.is_empty() {
                self.push(
                    item(0),
                    format!("{}.choices", p()),
                    format!("ending node `{}` must not have choices", n.id),
                );
            }
            if e.score > 100 {
                self.push(
                    item(1),
                    format!("{}.ending.score", p()),
                    format!("ending score {} is out of range; expected 0..=100", e.score),
                );
            }
        } else if n.choices.is_empty() {
            self.push(
                item(2),
                format!("{}.id", p()),
                format!("dead end: node `{}` has no choices and no `ending`", n.id),
            );
        } else if n.choices.iter().all(|c| c.when.is_some()) {
            self.push(
                item(3),
                format!("{}.choices", p()),
                format!(
                    "dead end: every reply at node `{}` has a `when` condition, so the trainee could be left with none; expected at least one reply without `when`",
                    n.id
                ),
            );
        }
        if let Some(sound) = &n.sound
            && let Some(problem) = media_path_problem(sound, SOUND_EXTENSIONS)
        {
            self.push(item(4), format!("{}.sound", p()), problem);
        }
        if let Some(t) = n.time_limit
            && let Some(problem) = time_limit_problem(t)
        {
            self.push(item(5), format!("{}.time_limit", p()), problem);
        }
        if let Some(t) = &n.on_timeout {
            if n.choice(t).is_none() {
                self.push(
                    item(6),
                    format!("{}.on_timeout", p()),
                    format!("`{t}` is not a reply at node `{}`", n.id),
                );
            }
            if n.time_limit.is_none() {
                self.push(
                    item(7),
                    format!("{}.on_timeout", p()),
                    "`on_timeout` needs a `time_limit`".into(),
                );
            }
        }
        for (ti, t) in n.tones.iter().enumerate() {
            let ti64 = ti as u64;
            if n.tones[..ti].iter().any(|u| u.tone == t.tone) {
                self.push(
                    (NODES, k64, TONES, ti64, 0, 0),
                    format!("{}.tones[{ti}].tone", p()),
                    format!("duplicate tone `{}`", t.tone),
                );
            }
            self.cond_check(&t.when, |i| (NODES, k64, TONES, ti64, 1, i), &|| {
                format!("{}.tones[{ti}].when", p())
            });
        }

        let mut slot = base;
        for (ci, c) in n.choices.iter().enumerate() {
            slot = slot.wrapping_add(1);
            let ci64 = ci as u64;
            let key = |part: u64, i: u64| (NODES, k64, CHOICES, ci64, part, i);
            let cp = || format!("nodes[{k}].choices[{ci}]");
            match &c.goto {
                Some(g) => self.goto(g, slot),
                None => {
                    if let Some(message) = missing_goto(c) {
                        self.push(key(GOTO, 0), format!("{}.id", cp()), message);
                    }
                }
            }
            for (j, g) in c.goto_if.iter().enumerate() {
                self.cond_check(&g.when, |i| key(GOTO, route_item(j, i)), &|| {
                    format!("{}.goto_if[{j}].when", cp())
                });
                self.route(&g.goto, slot, j);
            }
            for (i, t) in c.follows.iter().enumerate() {
                let i64 = i as u64;
                self.technique_check(t, key(FOLLOWS, 2 * i64), || {
                    format!("{}.follows[{i}]", cp())
                });
                if c.breaks.contains(t) {
                    self.push(
                        key(FOLLOWS, 2 * i64 + 1),
                        format!("{}.follows[{i}]", cp()),
                        format!("`{t}` is both followed and broken by this reply"),
                    );
                }
                if let Some(f) = self.followed.get_mut(t.as_str()) {
                    *f = true;
                }
            }
            for (i, t) in c.breaks.iter().enumerate() {
                self.technique_check(t, key(BREAKS, i as u64), || format!("{}.breaks[{i}]", cp()));
            }
            if let Some(w) = &c.when {
                self.cond_check(w, |i| key(WHEN, i), &|| format!("{}.when", cp()));
            }
            if let Some(b) = &c.better
                && n.choice(b).is_none()
            {
                self.push(
                    key(BETTER, 0),
                    format!("{}.better", cp()),
                    format!("`{b}` is not a reply at node `{}`", n.id),
                );
            }
            for (ri, r) in c.reactions.iter().enumerate() {
                slot = slot.wrapping_add(1);
                let part = REACTIONS + ri as u64;
                if r.weight == 0 {
                    self.push(
                        key(part, 0),
                        format!("{}.reactions[{ri}].weight", cp()),
                        "a reaction weight must be at least 1".into(),
                    );
                }
                if let Some(w) = &r.when {
                    self.cond_check(w, |i| key(part, 1 + i), &|| {
                        format!("{}.reactions[{ri}].when", cp())
                    });
                }
                for (j, g) in r.goto_if.iter().enumerate() {
                    self.cond_check(&g.when, |i| key(part, route_item(j, i)), &|| {
                        format!("{}.reactions[{ri}].goto_if[{j}].when", cp())
                    });
                    self.route(&g.goto, slot, j);
                }
                if let Some(g) = &r.goto {
                    self.goto(g, slot);
                }
            }
            for f in c
                .sets
                .iter()
                .chain(c.reactions.iter().flat_map(|r| r.sets.iter()))
            {
                self.set_flag(f);
            }
        }
        self.runtime_limits(n, k);
        let never = never_losing_replies(n, self.catalog, self.late_breaks);
        if !never.is_empty() {
            let mut slot = base;
            for (ci, c) in n.choices.iter().enumerate() {
                slot = slot.wrapping_add(1);
                if never.binary_search(&ci).is_ok() {
                    self.never_loses.insert(slot);
                }
                slot = slot.wrapping_add(c.reactions.len() as u32);
            }
        }
    }

    /// What the compiled runtime cannot hold, named with its limit: whatever
    /// validates compiles (`runtime::limits`).
    fn runtime_limits(&mut self, n: &Node, k: usize) {
        let k64 = k as u64;
        self.totals[0] += 1;
        self.totals[1] += n.choices.len() as u64;
        for (i, (total, limit, what)) in [
            (self.totals[0], limits::NODES, "nodes"),
            (self.totals[1], limits::REPLIES, "replies"),
        ]
        .into_iter()
        .enumerate()
        {
            if total == limit + 1 {
                self.push(
                    (NODES, k64, NODE_ITEMS, 8 + i as u64, 0, 0),
                    format!("nodes[{k}].id"),
                    format!("the encounter has more than {limit} {what}; the compiled runtime holds at most {limit}"),
                );
            }
        }
        if n.choices.len() > limits::REPLIES_PER_NODE {
            self.push(
                (NODES, k64, NODE_ITEMS, 10, 0, 0),
                format!("nodes[{k}].choices"),
                format!(
                    "node `{}` has {} replies; the compiled runtime holds at most {} replies per node",
                    n.id,
                    n.choices.len(),
                    limits::REPLIES_PER_NODE
                ),
            );
        }
        let mood = |d: &super::mood::MoodDelta| -> Option<(&'static str, i64)> {
            [
                ("anger", d.anger),
                ("trust", d.trust),
                ("patience", d.patience),
            ]
            .into_iter()
            .map(|(s, v)| (s, i64::from(v)))
            .find(|(_, v)| !(limits::MOOD_MIN..=limits::MOOD_MAX).contains(v))
        };
        let range = format!("{}..={}", limits::MOOD_MIN, limits::MOOD_MAX);
        let catalog = self.catalog;
        for (ci, c) in n.choices.iter().enumerate() {
            let key = |i: u64| (NODES, k64, CHOICES, ci as u64, LIMITS, i);
            let cp = format!("nodes[{k}].choices[{ci}]");
            let mut found: Vec<(u64, String, String)> = Vec::new();
            if let Some((scale, v)) = mood(&c.mood) {
                found.push((
                    0,
                    format!("{cp}.mood.{scale}"),
                    format!(
                        "a mood change of {v} is out of range; the compiled runtime holds {range}"
                    ),
                ));
            }
            if c.reactions.len() > limits::REACTIONS_PER_REPLY {
                found.push((
                    1,
                    format!("{cp}.reactions"),
                    format!(
                        "reply `{}` has {} reactions; the compiled runtime holds at most {} per reply",
                        c.id,
                        c.reactions.len(),
                        limits::REACTIONS_PER_REPLY
                    ),
                ));
            }
            let weights: u64 = c.reactions.iter().map(|r| u64::from(r.weight)).sum();
            if weights > limits::REACTION_WEIGHTS {
                found.push((
                    2,
                    format!("{cp}.reactions"),
                    format!(
                        "the reaction weights of reply `{}` add up to {weights}; the compiled runtime holds at most {}",
                        c.id,
                        limits::REACTION_WEIGHTS
                    ),
                ));
            }
            if c.sets.len() > limits::SETS {
                found.push((
                    3,
                    format!("{cp}.sets"),
                    format!(
                        "reply `{}` sets {} flags; the compiled runtime holds at most {} per reply",
                        c.id,
                        c.sets.len(),
                        limits::SETS
                    ),
                ));
            }
            for (ri, r) in c.reactions.iter().enumerate() {
                if let Some((scale, v)) = mood(&r.mood) {
                    found.push((
                        4 + 2 * ri as u64,
                        format!("{cp}.reactions[{ri}].mood.{scale}"),
                        format!("a mood change of {v} is out of range; the compiled runtime holds {range}"),
                    ));
                }
                if r.sets.len() > limits::SETS {
                    found.push((
                        5 + 2 * ri as u64,
                        format!("{cp}.reactions[{ri}].sets"),
                        format!(
                            "reaction `{}` sets {} flags; the compiled runtime holds at most {} per reaction",
                            r.id,
                            r.sets.len(),
                            limits::SETS
                        ),
                    ));
                }
            }
            // The techniques' catalog effects and weights, added up as the runtime
            // adds them for this reply.
            let mut sums = [[0i64; 3]; 3];
            let mut points: Vec<(&str, i64, i64)> = Vec::new();
            for (list, broken) in [(&c.follows, false), (&c.breaks, true)] {
                for t in list.iter().filter_map(|t| catalog.technique(t)) {
                    let (e, harm) = if broken {
                        (t.breach, t.breach)
                    } else if t.phase == Phase::Matter {
                        (t.follow, t.follow.harm_only())
                    } else {
                        (t.follow, t.follow)
                    };
                    let (row, other) = if broken { (2, 2) } else { (0, 1) };
                    for (s, v) in [e.anger, e.trust, e.patience].into_iter().enumerate() {
                        sums[row][s] += i64::from(v);
                    }
                    if !broken {
                        for (s, v) in [harm.anger, harm.trust, harm.patience]
                            .into_iter()
                            .enumerate()
                        {
                            sums[other][s] += i64::from(v);
                        }
                    }
                    for comp in catalog.competencies_of(t) {
                        let w = i64::from(t.weight);
                        match points.iter_mut().find(|p| p.0 == comp) {
                            Some(p) if broken => p.2 += w,
                            Some(p) => p.1 += w,
                            None if broken => points.push((comp, 0, w)),
                            None => points.push((comp, w, 0)),
                        }
                    }
                }
            }
            if let Some(v) = sums
                .iter()
                .flatten()
                .find(|v| !(limits::MOOD_MIN..=limits::MOOD_MAX).contains(*v))
            {
                found.push((
                    1 << 40,
                    format!("{cp}.id"),
                    format!(
                        "the catalog effects of the techniques reply `{}` follows or breaks add up to a mood change of {v}; the compiled runtime holds {range}",
                        c.id
                    ),
                ));
            }
            if let Some(p) = points
                .iter()
                .find(|p| p.1 > limits::WEIGHT_SUM || p.2 > limits::WEIGHT_SUM)
            {
                found.push((
                    (1 << 40) + 1,
                    format!("{cp}.id"),
                    format!(
                        "the weights of the techniques reply `{}` follows or breaks add up to {} in competency `{}`; the compiled runtime holds at most {}",
                        c.id,
                        p.1.max(p.2),
                        p.0,
                        limits::WEIGHT_SUM
                    ),
                ));
            }
            for (i, path, message) in found {
                self.push(key(i), path, message);
            }
        }
    }

    /// Records the goto of the choice or reaction at `slot`; it is checked (and
    /// joins the graph) after the last node.
    fn goto(&mut self, target: &str, slot: u32) {
        let sym = self.name_ref(target);
        room(&mut self.edges, 1);
        self.edges.push(sym);
        set_bit(&mut self.has_goto, slot as usize);
    }

    /// Records `goto_if[j].goto` of the choice or reaction at `slot`, like [`Self::goto`].
    fn route(&mut self, target: &str, slot: u32, j: usize) {
        let sym = self.name_ref(target);
        self.route_edges
            .push((slot, u32::try_from(j).unwrap_or(u32::MAX), sym));
    }

    fn goto_message(&self, target: &str) -> String {
        format!(
            "goto to missing node `{target}`; expected a node id such as: {}",
            self.node_list.join(", ")
        )
    }

    /// The node a goto to a name declared at slot `s` leads to in the graph.
    fn graph_node(&self, s: u32) -> Option<u32> {
        if self.kind(s) == NODE {
            self.node_first.binary_search(&s).ok().map(|k| k as u32)
        } else {
            self.late_nodes.get(&s).copied()
        }
    }

    fn is_node(&self, sym: u32) -> bool {
        self.owner(sym).is_some_and(|s| self.kind(s) == NODE)
    }

    /// After the last node: graph, procedure and id-reference checks.
    pub fn end_nodes(&mut self) {
        if std::mem::replace(&mut self.ended, true) {
            return;
        }
        // No id is declared from here on: give back the tables' room to grow before
        // the graph needs its own.
        for names in [&mut self.slots, &mut self.refs] {
            names.bytes.shrink_to_fit();
            names.marks.shrink_to_fit();
        }
        self.bits.shrink_to_fit();
        self.node_first.shrink_to_fit();
        self.ref_slot.shrink_to_fit();
        for (sym, key, path) in std::mem::take(&mut self.roots) {
            if !self.is_node(sym) {
                let message = self.goto_message(sym_name(&self.slots, &self.refs, sym));
                self.push(key, path.into(), message);
            }
            self.roots.push((sym, key, path));
        }
        for d in std::mem::take(&mut self.deferred) {
            let ok = match self.owner(d.sym) {
                _ if d.want == FLAG => self.flag_set(d.sym),
                Some(s) => self.kind(s) == d.want,
                None => false,
            };
            if !ok {
                self.push(d.key, d.path, d.message);
            }
        }

        // Gotos in document order: checked, then turned in place into the graph's
        // successor lists (compressed rows: `edges[succ_start[i]..succ_start[i + 1]]`).
        let nodes = self.node_first.len();
        let mut succ_start: Vec<u32> = Vec::with_capacity(nodes + 1);
        let mut edges = std::mem::take(&mut self.edges);
        // Room in front for the `goto_if` targets, so that writing the rows never
        // overtakes reading the gotos.
        let routes = std::mem::take(&mut self.route_edges);
        if !routes.is_empty() {
            edges.splice(0..0, std::iter::repeat_n(0, routes.len()));
        }
        let mut next_route = 0usize;
        let (mut k, mut ci, mut ri) = (0usize, 0usize, 0usize);
        let (mut read, mut write) = (routes.len(), 0usize);
        let mut missing_goto = false;
        for t in 0..self.slots.count {
            match self.kind(t) {
                NODE => {
                    k = succ_start.len();
                    succ_start.push(write as u32);
                    ci = usize::MAX;
                }
                CHOICE => {
                    ci = ci.wrapping_add(1);
                    ri = usize::MAX;
                }
                _ => ri = ri.wrapping_add(1),
            }
            while let Some(&(_, j, sym)) = routes.get(next_route).filter(|r| r.0 == t) {
                next_route += 1;
                let owner = self.owner(sym);
                if owner.is_none_or(|s| self.kind(s) != NODE) {
                    let message = self.goto_message(sym_name(&self.slots, &self.refs, sym));
                    let item = route_item(j as usize, ROUTE_GOTO);
                    let (key, path) = if self.kind(t) == CHOICE {
                        (
                            (NODES, k as u64, CHOICES, ci as u64, GOTO, item),
                            format!("nodes[{k}].choices[{ci}].goto_if[{j}].goto"),
                        )
                    } else {
                        (
                            (
                                NODES,
                                k as u64,
                                CHOICES,
                                ci as u64,
                                REACTIONS + ri as u64,
                                item,
                            ),
                            format!("nodes[{k}].choices[{ci}].reactions[{ri}].goto_if[{j}].goto"),
                        )
                    };
                    let d = Diagnostic::error(Doc::Scenario, path, message)
                        .related(format!("nodes[{k}].id"), "in this node");
                    self.out.push((key, d));
                }
                match owner.and_then(|s| self.graph_node(s)) {
                    Some(j) => {
                        if let Some(e) = edges.get_mut(write) {
                            *e = j;
                        }
                        write += 1;
                    }
                    None => missing_goto = true,
                }
            }
            if !bit(&self.has_goto, t as usize) {
                continue;
            }
            let Some(&sym) = edges.get(read) else {
                continue;
            };
            read += 1;
            let owner = self.owner(sym);
            if owner.is_none_or(|s| self.kind(s) != NODE) {
                let message = self.goto_message(sym_name(&self.slots, &self.refs, sym));
                let from = format!("nodes[{k}].id");
                let (key, path) = if self.kind(t) == CHOICE {
                    (
                        (NODES, k as u64, CHOICES, ci as u64, GOTO, 0),
                        format!("nodes[{k}].choices[{ci}].goto"),
                    )
                } else {
                    (
                        (
                            NODES,
                            k as u64,
                            CHOICES,
                            ci as u64,
                            REACTIONS + ri as u64,
                            u64::MAX,
                        ),
                        format!("nodes[{k}].choices[{ci}].reactions[{ri}].goto"),
                    )
                };
                let d =
                    Diagnostic::error(Doc::Scenario, path, message).related(from, "in this node");
                self.out.push((key, d));
            }
            match owner.and_then(|s| self.graph_node(s)) {
                Some(j) => {
                    if let Some(e) = edges.get_mut(write) {
                        *e = j;
                    }
                    write += 1;
                }
                // With a goto to a missing node, "no ending reachable" would only
                // repeat that error.
                None => missing_goto = true,
            }
        }
        edges.truncate(write);
        edges.shrink_to_fit();
        let roots: Vec<u32> = std::mem::take(&mut self.roots)
            .into_iter()
            .filter_map(|(sym, _, _)| self.owner(sym).and_then(|s| self.graph_node(s)))
            .collect();
        // Every reference is decided: keep only the names never declared (the table
        // still compares against them), not the copies of names declared since.
        let old = std::mem::take(&mut self.refs);
        for v in self.table.iter_mut() {
            if *v & REF != 0 {
                *v = self.refs.push(old.get(*v & !REF)) | REF;
            }
        }
        drop(old);
        self.ref_flags = Vec::new();
        succ_start.push(write as u32);
        self.has_goto = Vec::new();

        if !self.has_ending {
            self.err(GRAPH, "nodes".into(), "the encounter has no ending node; expected at least one node with `ending: (outcome: ..., score: ...)`".into());
        }

        // Graph: reachability from the start (and the escalation target), and whether
        // an ending can be reached from every node. Conditions are ignored here: this
        // is the structural check; `analyze` does the state-aware one.
        let row = |rows: &[u32], i: usize| {
            let a = rows.get(i).copied().unwrap_or(0) as usize;
            let b = rows.get(i + 1).copied().unwrap_or(0) as usize;
            a..b.max(a)
        };
        let mut reach = vec![0u64; nodes.div_ceil(64)];
        let mut stack: Vec<u32> = Vec::new();
        for i in roots {
            if !bit(&reach, i as usize) {
                set_bit(&mut reach, i as usize);
                stack.push(i);
            }
        }
        while let Some(i) = stack.pop() {
            for &j in edges.get(row(&succ_start, i as usize)).unwrap_or(&[]) {
                if !bit(&reach, j as usize) {
                    set_bit(&mut reach, j as usize);
                    stack.push(j);
                }
            }
        }
        // Predecessors, compressed the same way: each row's end, then filled
        // backwards so the ends become starts (no second table).
        let mut pred_start = vec![0u32; nodes + 1];
        for &j in &edges {
            if let Some(c) = pred_start.get_mut(j as usize) {
                *c += 1;
            }
        }
        let mut sum = 0;
        for c in &mut pred_start {
            sum += *c;
            *c = sum;
        }
        let mut pred = vec![0u32; edges.len()];
        for i in 0..nodes {
            for &j in edges.get(row(&succ_start, i)).unwrap_or(&[]) {
                if let Some(c) = pred_start.get_mut(j as usize) {
                    *c = c.saturating_sub(1);
                    if let Some(p) = pred.get_mut(*c as usize) {
                        *p = i as u32;
                    }
                }
            }
        }
        self.end_nodes_peak = self.heap_bytes()
            + (edges.capacity() + succ_start.capacity() + pred_start.capacity() + pred.capacity())
                * 4
            + reach.capacity() * 8;
        drop((edges, succ_start));
        let mut exits = vec![0u64; nodes.div_ceil(64)];
        for i in 0..nodes {
            if bit(&self.endings, i) {
                set_bit(&mut exits, i);
                stack.push(i as u32);
            }
        }
        while let Some(i) = stack.pop() {
            for &j in pred.get(row(&pred_start, i as usize)).unwrap_or(&[]) {
                if !bit(&exits, j as usize) {
                    set_bit(&mut exits, j as usize);
                    stack.push(j);
                }
            }
        }
        let late: FastMap<u32, u32> = self.late_nodes.iter().map(|(&s, &k)| (k, s)).collect();
        for i in 0..nodes {
            let first = self.node_first[i];
            // A repeated id is reported already, unless the graph knows the node
            // by it (its first declaration was not a node).
            let name = if self.bits.get(first as usize).is_some_and(|b| b & DUP == 0) {
                self.slots.get(first)
            } else if let Some(&s) = late.get(&(i as u32)) {
                self.slots.get(s)
            } else {
                continue;
            };
            let end = self
                .node_first
                .get(i + 1)
                .copied()
                .unwrap_or(self.slots.count);
            let has_choices = end.saturating_sub(first) > 1;
            if !bit(&reach, i) {
                let message = format!(
                    "unreachable node `{name}`: no goto leads here from `{}`",
                    self.start
                );
                self.err(GRAPH, format!("nodes[{i}].id"), message);
            } else if !bit(&exits, i) && has_choices && !missing_goto {
                let message = format!(
                    "dead end: no ending can be reached from node `{name}` (a cycle with no exit)"
                );
                self.err(GRAPH, format!("nodes[{i}].id"), message);
            }
        }

        // Procedures: every required step must be possible in this encounter.
        let catalog = self.catalog;
        for (i, pid) in std::mem::take(&mut self.procedures).iter().enumerate() {
            if let Some(p) = catalog.procedure(pid) {
                for step in p.steps.iter().filter(|st| st.required) {
                    if !step
                        .techniques
                        .iter()
                        .any(|t| self.followed.get(t.as_str()) == Some(&true))
                    {
                        self.err(
                            PROCEDURES,
                            format!("procedures[{i}]"),
                            format!(
                                "procedure `{pid}` requires step `{}`, but no reply follows any of its techniques ({})",
                                step.id,
                                step.techniques.join(", ")
                            ),
                        );
                    }
                }
            }
        }
    }

    /// One locale's Fluent messages, streamed: begin, then each message (key and its
    /// attribute names), then end.
    pub fn locale_begin(&mut self, file: &str) {
        self.end_nodes();
        if self.locale.is_some() {
            self.locale_end();
        }
        self.locale = Some(LocaleState {
            file: file.to_string(),
            ..Default::default()
        });
    }

    pub fn message(&mut self, key: &str, attrs: &[&str]) {
        // Field by field: the locale's state is borrowed in place, not moved out and
        // back for each of a large encounter's many messages.
        let Some(l) = self.locale.as_mut() else {
            return;
        };
        let (slots, refs) = (&self.slots, &self.refs);
        let (next, at) = l.cursor;
        let (name, after) = slots.read_bytes(at);
        let found = if next < slots.count && !key.is_empty() && name == key.as_bytes() {
            // The slot holding a name is the one the table leads to (a repeated id's
            // slot has an empty name).
            l.cursor = (next + 1, after);
            Some(next)
        } else {
            let found = find_sym(&self.table, slots, refs, key);
            if let Some(s) = found.filter(|s| s & REF == 0) {
                l.cursor = (s + 1, slots.offset(s + 1));
            }
            found
        };
        match found {
            Some(s) if s & REF == 0 => {
                let Some(b) = self.bits.get_mut(s as usize) else {
                    return;
                };
                *b |= PRESENT;
                let kind = *b & KIND;
                if !attrs.is_empty() || !l.stray.is_empty() {
                    let tones = self.tones.get(&s).map(Vec::as_slice);
                    let stray: Vec<String> = attrs
                        .iter()
                        .filter(|a| match kind {
                            NODE => !tones.is_some_and(|t| t.iter().any(|t| t == *a)),
                            CHOICE => **a != "why",
                            _ => true,
                        })
                        .map(|a| a.to_string())
                        .collect();
                    if stray.is_empty() {
                        l.stray.remove(&s);
                    } else {
                        l.stray.insert(s, stray);
                    }
                }
                match *b & KIND {
                    CHOICE => {
                        *b &= !HAS_WHY;
                        if attrs.contains(&"why") {
                            *b |= HAS_WHY;
                        }
                    }
                    NODE if !self.tones.is_empty() && self.tones.contains_key(&s) => {
                        l.attrs_of
                            .insert(s, attrs.iter().map(|a| a.to_string()).collect());
                    }
                    _ => {}
                }
            }
            _ => {
                if let Some(j) = SCENARIO_MESSAGES.iter().position(|m| *m == key) {
                    l.own[j] = true;
                } else {
                    l.unused.push(key);
                }
            }
        }
    }

    pub fn locale_end(&mut self) {
        let Some(l) = self.locale.take() else {
            return;
        };
        let file = &l.file;
        for (k, found) in SCENARIO_MESSAGES.iter().zip(l.own) {
            if !found {
                self.err(
                    LOCALES,
                    "id".into(),
                    format!("no Fluent message `{k}` in {file}"),
                );
            }
        }
        let j = self.locales.len();
        let mut found = Vec::new();
        // Replies that never lose points but have a `.why` here (read before the
        // walk below clears what this locale said).
        let why_unseen: Vec<u32> = self
            .never_loses
            .iter()
            .copied()
            .filter(|s| {
                self.bits
                    .get(*s as usize)
                    .is_some_and(|b| b & (DUP | HAS_WHY | PRESENT) == HAS_WHY | PRESENT)
            })
            .collect();
        let (mut k, mut ci, mut ri) = (0usize, 0usize, 0usize);
        let has_tones = !self.tones.is_empty();
        for (s, name) in self.slots.iter_bytes().enumerate() {
            let name = || String::from_utf8_lossy(name);
            let Some(b) = self.bits.get(s).copied() else {
                break;
            };
            let loc = match b & KIND {
                NODE => {
                    // Slots come in order, so the node only moves forward: the last
                    // node whose first slot is at or before this one.
                    while self.node_first.get(k + 1).is_some_and(|&f| f as usize <= s) {
                        k += 1;
                    }
                    ci = usize::MAX;
                    IdLoc::Node(k)
                }
                CHOICE => {
                    ci = ci.wrapping_add(1);
                    ri = usize::MAX;
                    IdLoc::Choice(k, ci)
                }
                _ => {
                    ri = ri.wrapping_add(1);
                    IdLoc::Reaction(k, ci, ri)
                }
            };
            if b & DUP != 0 {
                continue;
            }
            let s32 = s as u32;
            if b & PRESENT != 0 {
                if has_tones && let Some(tones) = self.tones.get(&s32) {
                    let attrs = l.attrs_of.get(&s32);
                    for (ti, t) in tones.iter().enumerate() {
                        if !attrs.is_some_and(|a| a.contains(t)) {
                            found.push((
                                format!("nodes[{k}].tones[{ti}].tone"),
                                format!(
                                    "Fluent message `{}` in {file} has no `.{t}` attribute for this tone",
                                    name()
                                ),
                            ));
                        }
                    }
                }
            } else {
                let what = match loc {
                    IdLoc::Node(_) => "the customer's line",
                    IdLoc::Choice(..) => "the reply",
                    IdLoc::Reaction(..) => "the customer's reaction",
                };
                found.push((
                    loc.path(),
                    format!("no Fluent message `{}` ({what}) in {file}", name()),
                ));
            }
            if b & KIND == CHOICE {
                // `.why` notes should exist in all locales or none; remember only
                // the choices where they do not.
                let why = b & HAS_WHY != 0;
                let mut nb = b & !(PRESENT | HAS_WHY);
                if j == 0 {
                    if why {
                        nb |= FIRST_WHY;
                    }
                } else if b & WHY_DIFFERS != 0 {
                    if let Some(v) = self.why_differs.get_mut(&s32) {
                        v.push(why);
                    }
                } else if why != (b & FIRST_WHY != 0) {
                    nb |= WHY_DIFFERS;
                    let mut v = vec![!why; j];
                    v.push(why);
                    self.why_differs.insert(s32, v);
                }
                self.bits[s] = nb;
            } else {
                self.bits[s] = b & !PRESENT;
            }
        }
        for (path, message) in found {
            self.err(LOCALES, path, message);
        }
        // Attributes nothing shows, and `.why` notes never shown: warnings, in
        // document order.
        let mut slots: Vec<u32> = l.stray.keys().copied().collect();
        slots.extend(why_unseen.iter().copied());
        slots.sort_unstable();
        slots.dedup();
        for s in slots {
            let Some(b) = self.bits.get(s as usize).copied() else {
                continue;
            };
            if b & DUP != 0 {
                continue;
            }
            let path = self.loc(s).path();
            let id = self.slots.get(s).to_string();
            let mut warn = Vec::new();
            for a in l.stray.get(&s).into_iter().flatten() {
                let tones = self.tones.get(&s).map(Vec::as_slice);
                if let Some(m) = stray_attr(b & KIND, &id, file, a, tones) {
                    warn.push(Diagnostic::warning(Doc::Scenario, path.clone(), m).in_ftl(
                        file,
                        &id,
                        Some(a),
                        stray_label(b & KIND, &id),
                    ));
                }
            }
            if why_unseen.contains(&s) {
                warn.push(Diagnostic::warning(
                    Doc::Scenario,
                    path.clone(),
                    why_never_shown(&id, file),
                ));
            }
            for d in warn {
                let key = self.next(LOCALES);
                self.out.push((key, d));
            }
        }
        // Messages nobody uses are likely typos of an id.
        let mut unused: Vec<&str> = l.unused.iter().collect();
        unused.sort_unstable();
        unused.dedup();
        for k in unused {
            let key = self.next(LOCALES);
            self.out.push((
                key,
                Diagnostic::warning(
                    Doc::Scenario,
                    "id",
                    format!(
                        "Fluent message `{k}` in {file} is not used by any node, choice or reaction"
                    ),
                )
                .in_ftl(file, k, None, UNUSED_LABEL),
            ));
        }
        self.locales.push(l.file);
    }

    /// All diagnostics, in the order of [`validate_scenario`]'s report.
    pub fn finish(mut self) -> Vec<Diagnostic> {
        self.end_nodes();
        self.locale_end();
        if self.locales.len() > 1 && !self.why_differs.is_empty() {
            let (mut k, mut ci) = (0usize, 0usize);
            let mut found = Vec::new();
            for (s, name) in self.slots.iter().enumerate() {
                let Some(b) = self.bits.get(s).copied() else {
                    break;
                };
                match b & KIND {
                    NODE => {
                        k = self
                            .node_first
                            .partition_point(|&f| f as usize <= s)
                            .saturating_sub(1);
                        ci = usize::MAX;
                    }
                    CHOICE => ci = ci.wrapping_add(1),
                    _ => {}
                }
                if b & (DUP | KIND) != CHOICE || b & WHY_DIFFERS == 0 {
                    continue;
                }
                let Some(v) = self.why_differs.get(&(s as u32)) else {
                    continue;
                };
                let missing: Vec<_> = self
                    .locales
                    .iter()
                    .zip(v)
                    .filter(|(_, w)| !**w)
                    .map(|(l, _)| l.as_str())
                    .collect();
                found.push((
                    IdLoc::Choice(k, ci).path(),
                    format!(
                        "reply `{name}` has a `.why` note in some locales but not in {}",
                        missing.join(", ")
                    ),
                ));
            }
            for (path, message) in found {
                self.err(WHY, path, message);
            }
        }
        let mut out = self.out;
        out.sort_by_key(|a| a.0);
        out.into_iter().map(|(_, d)| d).chain(self.limits).collect()
    }

    /// The most `end_nodes` held, with its graph tables (the content crate's
    /// comparison tests read it: feature `oracle`).
    #[cfg(any(test, feature = "oracle"))]
    #[doc(hidden)]
    pub fn end_nodes_peak(&self) -> usize {
        self.end_nodes_peak
    }

    /// Bytes the checker holds on the heap (capacities, not lengths): what a large
    /// encounter costs to check.
    pub fn heap_bytes(&self) -> usize {
        let map = |m: usize, entry: usize| m * (entry + 1) * 8 / 7;
        self.table.allocation_size()
            + self.slots.heap_bytes()
            + self.refs.heap_bytes()
            + self.bits.capacity()
            + (self.node_first.capacity() + self.edges.capacity() + self.ref_slot.capacity()) * 4
            + self.route_edges.capacity() * 12
            + (self.ref_flags.capacity() + self.has_goto.capacity() + self.endings.capacity()) * 8
            + map(self.big.capacity(), 4 + 24)
            + self.big.values().map(|v| v.capacity() * 4).sum::<usize>()
            + map(self.late_nodes.capacity(), 8)
            + map(self.tones.capacity(), 4 + 24)
            + map(self.followed.capacity(), 16 + 1)
            + self.out.capacity() * size_of::<(Key, Diagnostic)>()
            + self.deferred.capacity() * size_of::<Deferred>()
            + map(self.why_differs.capacity(), 4 + 24)
            + map(self.never_loses.capacity(), 4)
    }
}

/// A node's time limit out of range: at least a second, at most an hour (so that a
/// clock timeout is always within the longest time a reply may take).
fn time_limit_problem(t: u32) -> Option<String> {
    use super::session::MAX_TIME_LIMIT_S;
    if t == 0 {
        Some("a time limit must be at least 1 second".into())
    } else if t > MAX_TIME_LIMIT_S {
        Some(format!(
            "a time limit of {t} seconds is too long; expected at most {MAX_TIME_LIMIT_S} (an hour)"
        ))
    } else {
        None
    }
}

/// An unknown `case:`: an error when the catalog lists the course's cases; a warning
/// when it lists none (a catalog written before cases existed cannot say which there
/// are, and its encounters must still validate and load).
fn case_problem(s: &Scenario, catalog: &Catalog) -> Option<(String, Severity)> {
    let case = s.case.as_deref()?;
    if catalog.case(case).is_some() {
        return None;
    }
    let near = nearest(case, catalog.cases.iter().map(|c| c.id.as_str()))
        .map(|n| format!("; did you mean `{n}`?"))
        .unwrap_or_default();
    Some(if catalog.cases.is_empty() {
        (
            format!(
                "unknown case `{case}`: the catalog lists no cases (`cases: [...]` in catalog.ron), so it cannot be checked"
            ),
            Severity::Warning,
        )
    } else {
        (
            format!("unknown case `{case}`; expected a case id from the catalog's `cases`{near}"),
            Severity::Error,
        )
    })
}

/// A `case:` from the catalog whose setting is not the scenario's (a case in the
/// business hall played on the phone): a warning, since an author may adapt a case on
/// purpose.
fn case_setting_problem(s: &Scenario, catalog: &Catalog) -> Option<String> {
    let case = catalog.case(s.case.as_deref()?)?;
    (case.setting != s.setting).then(|| {
        format!(
            "case `{}` is set in {:?} (the catalog's `cases`), but this scenario's setting is {:?}; expected the case's setting, or a case of this setting",
            case.id, case.setting, s.setting
        )
    })
}

/// What is wrong with a reply that has no `goto`, if anything: every way out of it
/// must lead somewhere. A reaction's routing overrides the reply's, so a reply needs no
/// `goto` only when a reaction is always drawn (one has no `when`) and each has its
/// own `goto`; a `goto_if` always needs a `goto` for when no condition holds.
fn missing_goto(c: &super::scenario::Choice) -> Option<String> {
    if !c.goto_if.is_empty() {
        Some(format!(
            "reply `{}` has `goto_if` but no `goto`; expected a `goto` for when no condition holds",
            c.id
        ))
    } else if c.reactions.is_empty() || c.reactions.iter().any(|r| r.goto.is_none()) {
        Some(format!(
            "reply `{}` has no `goto`; expected a `goto`, or a `goto` on every reaction",
            c.id
        ))
    } else if c.may_draw_none() {
        Some(format!(
            "reply `{}` has no `goto`, and every reaction has a `when`, so none may be drawn; expected a `goto` for that case",
            c.id
        ))
    } else {
        None
    }
}

/// The replies of a node that can never lose points (by index), so that a `.why`
/// note on one (shown only when the reply loses points) is never shown: it breaks
/// nothing; it cannot be late (its node has no time limit, or late replies break
/// nothing); it cannot land on deaf ears (it follows no Matter technique, or a
/// Feelings one too); and in every competency it follows at least the weight any
/// reply of its node follows, so that whatever is on offer it earns all there is to
/// earn. Linear in the node's replies.
pub(crate) fn never_losing_replies(n: &Node, catalog: &Catalog, late_breaks: bool) -> Vec<usize> {
    if n.time_limit.is_some() && late_breaks {
        return Vec::new();
    }
    // Per reply: weight per competency of what it follows (by competency index).
    let mut best: FastMap<&str, i64> = FastMap::default();
    let per_reply: Vec<Vec<(&str, i64)>> = n
        .choices
        .iter()
        .map(|c| {
            let mut w: Vec<(&str, i64)> = Vec::new();
            for t in c.follows.iter().filter_map(|t| catalog.technique(t)) {
                for comp in catalog.competencies_of(t) {
                    match w.iter_mut().find(|x| x.0 == comp) {
                        Some(x) => x.1 += i64::from(t.weight),
                        None => w.push((comp, i64::from(t.weight))),
                    }
                }
            }
            for &(comp, x) in &w {
                let b = best.entry(comp).or_insert(0);
                *b = (*b).max(x);
            }
            w
        })
        .collect();
    let deaf_ears = catalog
        .technique(super::session::MOOD_BEFORE_MATTER)
        .is_some();
    n.choices
        .iter()
        .zip(&per_reply)
        .enumerate()
        .filter(|(_, (c, w))| {
            let phases = || c.follows.iter().filter_map(|t| catalog.technique(t));
            let matter = phases().any(|t| t.phase == Phase::Matter);
            let feelings = phases().any(|t| t.phase == Phase::Feelings);
            c.breaks.is_empty()
                && !(matter && !feelings && deaf_ears)
                && best
                    .iter()
                    .all(|(comp, b)| *b <= w.iter().find(|x| x.0 == *comp).map_or(0, |x| x.1))
        })
        .map(|(i, _)| i)
        .collect()
}

/// What the encounter does with a message's attributes: a node's tones, a reply's
/// `.why`; nothing else. The warning for an attribute nothing uses, if it is one.
fn stray_attr(
    kind: u8,
    id: &str,
    file: &str,
    attr: &str,
    tones: Option<&[String]>,
) -> Option<String> {
    let used = match kind {
        NODE => tones.is_some_and(|t| t.iter().any(|t| t == attr)),
        CHOICE => attr == "why",
        _ => false,
    };
    (!used).then(|| {
        let what = match kind {
            NODE => "no tone of this node uses it".to_string(),
            CHOICE => "a reply's message uses only `.why`".to_string(),
            _ => "a reaction's message has no attributes".to_string(),
        };
        format!(
            "Fluent message `{id}` in {file} has an attribute `.{attr}` that nothing shows ({what})"
        )
    })
}

/// The related label of an attribute nothing shows: the node, reply or reaction of
/// its message, in the encounter.
fn stray_label(kind: u8, id: &str) -> String {
    match kind {
        NODE => format!("node `{id}`"),
        CHOICE => format!("reply `{id}`"),
        _ => format!("reaction `{id}`"),
    }
}

/// The related label of a message nothing uses.
const UNUSED_LABEL: &str = "the encounter its file belongs to";

fn why_never_shown(id: &str, file: &str) -> String {
    format!(
        "reply `{id}` has a `.why` note in {file}, but it breaks nothing and follows as much as any reply of its node in every competency: it never loses points, so the note is never shown"
    )
}

/// The closest known id by edit distance, if close enough to be a likely typo.
fn nearest<'a>(s: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (levenshtein(s, c), c))
        .filter(|(d, c)| *d <= (c.len().max(s.len()) / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A catalog entry's Fluent message and its required attribute, in every locale: an
/// error at `path` for each locale that lacks either.
fn needs_message_with(
    out: &mut Vec<Diagnostic>,
    d: &Doc,
    path: &str,
    id: &str,
    attr: &str,
    locales: &[LocaleKeys],
) {
    for l in locales {
        let problem = if !l.has(id) {
            format!("no Fluent message `{id}` in {}", l.file)
        } else if !l.has_attr(id, attr) {
            format!(
                "Fluent message `{id}` in {} has no `.{attr}` attribute",
                l.file
            )
        } else {
            continue;
        };
        out.push(Diagnostic::error(d.clone(), path.to_string(), problem));
    }
}

#[cfg(any(test, feature = "oracle"))]
#[doc(hidden)]
pub mod tests {
    //! The validator the streaming checker replaced, kept verbatim as
    //! `old_validate_scenario`, and seeded mutations of encounters to compare the two
    //! on. The comparisons read the shipped files, so they live in the content crate
    //! (`touchpoint_content::validate_tests`): the engine names no IO.

    use std::collections::VecDeque;

    use super::*;
    use crate::scenario::{Outcome, Reaction, Tone};

    fn walk_cond(c: &Cond, f: &mut dyn FnMut(&Cond)) {
        f(c);
        match c {
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| walk_cond(c, f)),
            Cond::Not(c) => walk_cond(c, f),
            _ => {}
        }
    }

    /// Every id of an encounter: where each is declared (`locs`, in document order) and
    /// its position there.
    #[derive(Default)]
    struct Ids<'a> {
        at: FastMap<&'a str, u32>,
        locs: Vec<IdLoc>,
    }

    impl Ids<'_> {
        fn get(&self, id: &str) -> Option<IdLoc> {
            self.at.get(id).map(|&i| self.locs[i as usize])
        }
    }

    fn check_id<'a>(out: &mut Vec<Diagnostic>, ids: &mut Ids<'a>, id: &'a str, loc: IdLoc) {
        if !is_valid_id(id) {
            out.push(Diagnostic::error(
                Doc::Scenario,
                loc.path(),
                format!("`{id}` is not a valid id; expected snake_case ([a-z][a-z0-9_]*)"),
            ));
        }
        if matches!(id.as_bytes().first(), Some(b't' | b's' | b'p' | b'b'))
            && SCENARIO_MESSAGES.contains(&id)
        {
            out.push(Diagnostic::error(
                Doc::Scenario,
                loc.path(),
                format!("`{id}` is reserved for the encounter's own text; choose another id"),
            ));
        }
        // One probe of the table: an encounter can have hundreds of thousands of ids.
        let next = ids.locs.len() as u32;
        match ids.at.entry(id) {
            std::collections::hash_map::Entry::Occupied(e) => {
                let first = ids.locs[*e.get() as usize];
                out.push(
                    Diagnostic::error(
                        Doc::Scenario,
                        loc.path(),
                        format!(
                            "duplicate id `{id}` (first used at {}); node, choice and reaction ids must be unique in an encounter",
                            first.path()
                        ),
                    )
                    .related(first.path(), format!("`{id}` is first declared here")),
                )
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(next);
                ids.locs.push(loc);
            }
        }
    }

    pub fn old_validate_scenario(
        s: &Scenario,
        catalog: &Catalog,
        locales: &[LocaleKeys],
    ) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let d = Doc::Scenario;
        let err = |out: &mut Vec<Diagnostic>, path: String, msg: String| {
            out.push(Diagnostic::error(Doc::Scenario, path, msg))
        };

        if !is_valid_id(&s.id) {
            err(
                &mut out,
                "id".into(),
                format!(
                    "`{}` is not a valid id; expected snake_case ([a-z][a-z0-9_]*)",
                    s.id
                ),
            );
        }
        for (field, value, exts) in [
            ("media.ambience", &s.media.ambience, SOUND_EXTENSIONS),
            ("media.voice", &s.media.voice, &[][..]),
        ] {
            if let Some(v) = value
                && let Some(problem) = media_path_problem(v, exts)
            {
                err(&mut out, field.into(), problem);
            }
        }
        if s.pass_mark > 100 {
            err(
                &mut out,
                "pass_mark".into(),
                format!(
                    "pass_mark {} is out of range; expected 0..=100",
                    s.pass_mark
                ),
            );
        }
        if let Some((message, severity)) = case_problem(s, catalog) {
            out.push(match severity {
                Severity::Error => Diagnostic::error(Doc::Scenario, "case", message),
                _ => Diagnostic::warning(Doc::Scenario, "case", message),
            });
        }
        if let Some(message) = case_setting_problem(s, catalog) {
            out.push(Diagnostic::warning(d.clone(), "case", message));
        }
        for (i, p) in s.procedures.iter().enumerate() {
            if catalog.procedure(p).is_none() {
                let known: Vec<_> = catalog.procedures.iter().map(|p| p.id.as_str()).collect();
                err(
                    &mut out,
                    format!("procedures[{i}]"),
                    format!(
                        "unknown procedure `{p}`; expected one of: {}",
                        known.join(", ")
                    ),
                );
            }
        }
        let m = &s.customer.mood;
        for (name, r) in [
            ("anger", m.anger),
            ("trust", m.trust),
            ("patience", m.patience),
        ] {
            if r.0 > r.1 || r.0 < 0 || r.1 > 100 {
                err(
                    &mut out,
                    format!("customer.mood.{name}"),
                    format!(
                        "range ({}, {}) is not valid; expected (min, max) with 0 <= min <= max <= 100",
                        r.0, r.1
                    ),
                );
            }
        }
        if !(0..=100).contains(&s.customer.calm_below) {
            err(
                &mut out,
                "customer.calm_below".into(),
                "expected a value in 0..=100".into(),
            );
        }

        // Ids: valid, unique across nodes, choices and reactions, not reserved.
        let mut ids = Ids::default();
        let count: usize = s
            .nodes
            .iter()
            .map(|n| {
                1 + n
                    .choices
                    .iter()
                    .map(|c| 1 + c.reactions.len())
                    .sum::<usize>()
            })
            .sum();
        ids.at.reserve(count);
        ids.locs.reserve(count);
        for (ni, n) in s.nodes.iter().enumerate() {
            check_id(&mut out, &mut ids, &n.id, IdLoc::Node(ni));
            for (ci, c) in n.choices.iter().enumerate() {
                check_id(&mut out, &mut ids, &c.id, IdLoc::Choice(ni, ci));
                for (ri, r) in c.reactions.iter().enumerate() {
                    check_id(&mut out, &mut ids, &r.id, IdLoc::Reaction(ni, ci, ri));
                }
            }
        }

        let is_node = |id: &str| matches!(ids.get(id), Some(IdLoc::Node(_)));
        let is_choice = |id: &str| matches!(ids.get(id), Some(IdLoc::Choice(..)));
        let flags: FastSet<&str> = s
            .nodes
            .iter()
            .flat_map(|n| n.choices.iter())
            .flat_map(|c| {
                c.sets
                    .iter()
                    .chain(c.reactions.iter().flat_map(|r| r.sets.iter()))
            })
            .map(String::as_str)
            .collect();
        let node_list = || {
            let mut v: Vec<&str> = Vec::new();
            for n in &s.nodes {
                if v.len() < 12 && !v.contains(&n.id.as_str()) {
                    v.push(&n.id);
                }
            }
            v.join(", ")
        };
        let goto_check = |out: &mut Vec<Diagnostic>, target: &str, path: &dyn Fn() -> String| {
            if !is_node(target) {
                out.push(Diagnostic::error(
                    Doc::Scenario,
                    path(),
                    format!(
                        "goto to missing node `{target}`; expected a node id such as: {}",
                        node_list()
                    ),
                ));
            }
        };

        // A goto's report shows the node it is in (when `goto_check` just made one).
        let from_node = |out: &mut Vec<Diagnostic>, ni: usize| {
            if let Some(d) = out.last_mut()
                && d.related.is_none()
                && d.message.starts_with("goto to missing node")
                && d.path.starts_with(&format!("nodes[{ni}]."))
                && d.path.ends_with(".goto")
            {
                *d = d.clone().related(format!("nodes[{ni}].id"), "in this node");
            }
        };
        if !is_node(&s.start) {
            goto_check(&mut out, &s.start, &|| "start".into());
        }
        if let Some(e) = &s.escalation {
            goto_check(&mut out, &e.goto, &|| "escalation.goto".into());
            if e.anger_at_least.is_none() && e.patience_at_most.is_none() {
                err(
                    &mut out,
                    "escalation".into(),
                    "an escalation needs `anger_at_least` or `patience_at_most`".into(),
                );
            }
            for (f, v) in [
                ("anger_at_least", e.anger_at_least),
                ("patience_at_most", e.patience_at_most),
            ] {
                if v.is_some_and(|v| !(0..=100).contains(&v)) {
                    err(
                        &mut out,
                        format!("escalation.{f}"),
                        "expected a value in 0..=100".into(),
                    );
                }
            }
        }
        let technique_check = |out: &mut Vec<Diagnostic>, t: &str, path: &dyn Fn() -> String| {
            match catalog.technique(t) {
            None => {
                let near = nearest(t, catalog.techniques.iter().map(|x| x.id.as_str()));
                let hint = near.map(|n| format!("; did you mean `{n}`?")).unwrap_or_default();
                out.push(Diagnostic::error(Doc::Scenario, path(), format!("unknown technique `{t}`; expected a technique id from the catalog{hint}")));
            }
            Some(x) if x.weight == 0 => out.push(Diagnostic::error(Doc::Scenario, path(), format!("technique `{t}` has weight 0 in the catalog and is not scored; tag the techniques it is made of instead"))),
            Some(_) => {}
        }
        };
        for (i, t) in s.late_reply.breaks.iter().enumerate() {
            technique_check(&mut out, t, &|| format!("late_reply.breaks[{i}]"));
        }

        let cond_check = |out: &mut Vec<Diagnostic>, c: &Cond, path: &dyn Fn() -> String| {
            walk_cond(c, &mut |c| match c {
                Cond::Said(id) if !is_choice(id) => out.push(Diagnostic::error(
                    Doc::Scenario,
                    path(),
                    format!("`Said(\"{id}\")` names no choice in this encounter"),
                )),
                Cond::Visited(id) if !is_node(id) => out.push(Diagnostic::error(
                    Doc::Scenario,
                    path(),
                    format!("`Visited(\"{id}\")` names no node in this encounter"),
                )),
                Cond::Flag(f) if !flags.contains(f.as_str()) => out.push(Diagnostic::error(
                    Doc::Scenario,
                    path(),
                    format!(
                        "`Flag(\"{f}\")` is never set by any choice or reaction (`sets: [...]`)"
                    ),
                )),
                Cond::AngerBelow(v)
                | Cond::AngerAtLeast(v)
                | Cond::TrustBelow(v)
                | Cond::TrustAtLeast(v)
                | Cond::PatienceBelow(v)
                | Cond::PatienceAtLeast(v)
                    if !(0..=101).contains(v) =>
                {
                    out.push(Diagnostic::error(
                        Doc::Scenario,
                        path(),
                        format!("threshold {v} is out of range; expected 0..=100"),
                    ))
                }
                _ => {}
            });
        };

        let mut has_ending = false;
        for (ni, n) in s.nodes.iter().enumerate() {
            let p = || format!("nodes[{ni}]");
            if let Some(e) = &n.ending {
                has_ending = true;
                if !n.choices.is_empty() {
                    err(
                        &mut out,
                        format!("{}.choices", p()),
                        format!("ending node `{}` must not have choices", n.id),
                    );
                }
                if e.score > 100 {
                    err(
                        &mut out,
                        format!("{}.ending.score", p()),
                        format!("ending score {} is out of range; expected 0..=100", e.score),
                    );
                }
            } else if n.choices.is_empty() {
                err(
                    &mut out,
                    format!("{}.id", p()),
                    format!("dead end: node `{}` has no choices and no `ending`", n.id),
                );
            } else if n.choices.iter().all(|c| c.when.is_some()) {
                err(
                    &mut out,
                    format!("{}.choices", p()),
                    format!(
                        "dead end: every reply at node `{}` has a `when` condition, so the trainee could be left with none; expected at least one reply without `when`",
                        n.id
                    ),
                );
            }
            if let Some(sound) = &n.sound
                && let Some(problem) = media_path_problem(sound, SOUND_EXTENSIONS)
            {
                err(&mut out, format!("{}.sound", p()), problem);
            }
            if let Some(t) = n.time_limit
                && let Some(problem) = time_limit_problem(t)
            {
                err(&mut out, format!("{}.time_limit", p()), problem);
            }
            if let Some(t) = &n.on_timeout {
                if n.choice(t).is_none() {
                    err(
                        &mut out,
                        format!("{}.on_timeout", p()),
                        format!("`{t}` is not a reply at node `{}`", n.id),
                    );
                }
                if n.time_limit.is_none() {
                    err(
                        &mut out,
                        format!("{}.on_timeout", p()),
                        "`on_timeout` needs a `time_limit`".into(),
                    );
                }
            }
            for (ti, t) in n.tones.iter().enumerate() {
                if n.tones[..ti].iter().any(|u| u.tone == t.tone) {
                    err(
                        &mut out,
                        format!("{}.tones[{ti}].tone", p()),
                        format!("duplicate tone `{}`", t.tone),
                    );
                }
                cond_check(&mut out, &t.when, &|| format!("{}.tones[{ti}].when", p()));
            }
            for (ci, c) in n.choices.iter().enumerate() {
                let cp = || format!("nodes[{ni}].choices[{ci}]");
                match &c.goto {
                    Some(g) => {
                        goto_check(&mut out, g, &|| format!("{}.goto", cp()));
                        from_node(&mut out, ni);
                    }
                    None => {
                        if let Some(message) = missing_goto(c) {
                            err(&mut out, format!("{}.id", cp()), message);
                        }
                    }
                }
                for (j, g) in c.goto_if.iter().enumerate() {
                    cond_check(&mut out, &g.when, &|| format!("{}.goto_if[{j}].when", cp()));
                    goto_check(&mut out, &g.goto, &|| format!("{}.goto_if[{j}].goto", cp()));
                    from_node(&mut out, ni);
                }
                for (k, t) in c.follows.iter().enumerate() {
                    technique_check(&mut out, t, &|| format!("{}.follows[{k}]", cp()));
                    if c.breaks.contains(t) {
                        err(
                            &mut out,
                            format!("{}.follows[{k}]", cp()),
                            format!("`{t}` is both followed and broken by this reply"),
                        );
                    }
                }
                for (k, t) in c.breaks.iter().enumerate() {
                    technique_check(&mut out, t, &|| format!("{}.breaks[{k}]", cp()));
                }
                if let Some(w) = &c.when {
                    cond_check(&mut out, w, &|| format!("{}.when", cp()));
                }
                if let Some(b) = &c.better
                    && n.choice(b).is_none()
                {
                    err(
                        &mut out,
                        format!("{}.better", cp()),
                        format!("`{b}` is not a reply at node `{}`", n.id),
                    );
                }
                for (ri, r) in c.reactions.iter().enumerate() {
                    if r.weight == 0 {
                        err(
                            &mut out,
                            format!("{}.reactions[{ri}].weight", cp()),
                            "a reaction weight must be at least 1".into(),
                        );
                    }
                    if let Some(w) = &r.when {
                        cond_check(&mut out, w, &|| format!("{}.reactions[{ri}].when", cp()));
                    }
                    for (j, g) in r.goto_if.iter().enumerate() {
                        cond_check(&mut out, &g.when, &|| {
                            format!("{}.reactions[{ri}].goto_if[{j}].when", cp())
                        });
                        goto_check(&mut out, &g.goto, &|| {
                            format!("{}.reactions[{ri}].goto_if[{j}].goto", cp())
                        });
                        from_node(&mut out, ni);
                    }
                    if let Some(g) = &r.goto {
                        goto_check(&mut out, g, &|| format!("{}.reactions[{ri}].goto", cp()));
                        from_node(&mut out, ni);
                    }
                }
            }
        }
        if !has_ending {
            err(&mut out, "nodes".into(), "the encounter has no ending node; expected at least one node with `ending: (outcome: ..., score: ...)`".into());
        }

        // Graph: reachability from the start (and the escalation target), and whether an
        // ending can be reached from every node. Conditions are ignored here: this is the
        // structural check; `analyze` does the state-aware one.
        let mut index: FastMap<&str, usize> = FastMap::default();
        index.reserve(s.nodes.len());
        for (i, n) in s.nodes.iter().enumerate() {
            index.entry(n.id.as_str()).or_insert(i);
        }
        // Successors in one flat table (compressed rows): `succ[start[i]..start[i + 1]]`.
        let mut succ_start = Vec::with_capacity(s.nodes.len() + 1);
        let mut succ: Vec<usize> = Vec::new();
        for n in &s.nodes {
            succ_start.push(succ.len());
            for c in &n.choices {
                for g in c.targets().filter_map(|g| index.get(g)) {
                    succ.push(*g);
                }
            }
        }
        succ_start.push(succ.len());
        let succ_of = |i: usize| &succ[succ_start[i]..succ_start[i + 1]];
        // With a goto to a missing node, "no ending reachable" would only repeat that error.
        let missing_goto = s
            .nodes
            .iter()
            .flat_map(|n| n.choices.iter())
            .any(|c| c.targets().any(|g| !index.contains_key(g)));
        let mut reach = vec![false; s.nodes.len()];
        let mut queue = VecDeque::new();
        for root in [
            Some(s.start.as_str()),
            s.escalation.as_ref().map(|e| e.goto.as_str()),
        ]
        .into_iter()
        .flatten()
        {
            if let Some(&i) = index.get(root)
                && !reach[i]
            {
                reach[i] = true;
                queue.push_back(i);
            }
        }
        while let Some(i) = queue.pop_front() {
            for &j in succ_of(i) {
                if !reach[j] {
                    reach[j] = true;
                    queue.push_back(j);
                }
            }
        }
        // Predecessors, compressed the same way.
        let mut pred_start = vec![0usize; s.nodes.len() + 1];
        for &j in &succ {
            pred_start[j + 1] += 1;
        }
        for i in 0..s.nodes.len() {
            pred_start[i + 1] += pred_start[i];
        }
        let mut fill = pred_start.clone();
        let mut pred = vec![0usize; succ.len()];
        for i in 0..s.nodes.len() {
            for &j in succ_of(i) {
                pred[fill[j]] = i;
                fill[j] += 1;
            }
        }
        let mut exits = vec![false; s.nodes.len()];
        for (i, n) in s.nodes.iter().enumerate() {
            if n.ending.is_some() {
                exits[i] = true;
                queue.push_back(i);
            }
        }
        while let Some(i) = queue.pop_front() {
            for &j in &pred[pred_start[i]..pred_start[i + 1]] {
                if !exits[j] {
                    exits[j] = true;
                    queue.push_back(j);
                }
            }
        }
        for (i, n) in s.nodes.iter().enumerate() {
            if index.get(n.id.as_str()) != Some(&i) {
                continue; // duplicate id, already reported
            }
            if !reach[i] {
                err(
                    &mut out,
                    format!("nodes[{i}].id"),
                    format!(
                        "unreachable node `{}`: no goto leads here from `{}`",
                        n.id, s.start
                    ),
                );
            } else if !exits[i] && !n.choices.is_empty() && !missing_goto {
                err(
                    &mut out,
                    format!("nodes[{i}].id"),
                    format!(
                        "dead end: no ending can be reached from node `{}` (a cycle with no exit)",
                        n.id
                    ),
                );
            }
        }

        // Procedures: every required step must be possible in this encounter.
        let followed: FastSet<&str> = s
            .nodes
            .iter()
            .flat_map(|n| n.choices.iter())
            .flat_map(|c| c.follows.iter())
            .map(String::as_str)
            .collect();
        for (i, pid) in s.procedures.iter().enumerate() {
            if let Some(p) = catalog.procedure(pid) {
                for step in p.steps.iter().filter(|st| st.required) {
                    if !step
                        .techniques
                        .iter()
                        .any(|t| followed.contains(t.as_str()))
                    {
                        err(
                            &mut out,
                            format!("procedures[{i}]"),
                            format!(
                                "procedure `{pid}` requires step `{}`, but no reply follows any of its techniques ({})",
                                step.id,
                                step.techniques.join(", ")
                            ),
                        );
                    }
                }
            }
        }

        // Fluent: every text the encounter shows, in every shipped locale. Each locale's
        // messages are walked once and matched against the encounter's ids.
        let mut why: Vec<Vec<bool>> = Vec::with_capacity(locales.len());
        for l in locales {
            let mut present = vec![false; ids.locs.len()];
            let mut has_why = vec![false; ids.locs.len()];
            let mut attrs_of: FastMap<u32, Vec<&str>> = FastMap::default();
            let mut stray_of: FastMap<u32, Vec<&str>> = FastMap::default();
            let mut own = [false; SCENARIO_MESSAGES.len()];
            let mut unused = Vec::new();
            for (k, attrs) in l.iter() {
                if let Some(&i) = ids.at.get(k) {
                    present[i as usize] = true;
                    let stray: Vec<&str> = attrs
                        .clone()
                        .filter(|a| match ids.locs[i as usize] {
                            IdLoc::Node(ni) => !s.nodes[ni].tones.iter().any(|t| t.tone == *a),
                            IdLoc::Choice(..) => *a != "why",
                            IdLoc::Reaction(..) => true,
                        })
                        .collect();
                    if stray.is_empty() {
                        stray_of.remove(&i);
                    } else {
                        stray_of.insert(i, stray);
                    }
                    match ids.locs[i as usize] {
                        IdLoc::Choice(..) => {
                            has_why[i as usize] = attrs.clone().any(|a| a == "why")
                        }
                        IdLoc::Node(ni) if !s.nodes[ni].tones.is_empty() => {
                            attrs_of.insert(i, attrs.collect());
                        }
                        _ => {}
                    }
                } else if let Some(j) = SCENARIO_MESSAGES.iter().position(|m| *m == k) {
                    own[j] = true;
                } else {
                    unused.push(k);
                }
            }
            for (k, found) in SCENARIO_MESSAGES.iter().zip(own) {
                if !found {
                    err(
                        &mut out,
                        "id".into(),
                        format!("no Fluent message `{k}` in {}", l.file),
                    );
                }
            }
            for (i, loc) in ids.locs.iter().enumerate() {
                if present[i] {
                    if let IdLoc::Node(ni) = *loc {
                        let n = &s.nodes[ni];
                        let attrs = attrs_of.get(&(i as u32));
                        for (ti, t) in n.tones.iter().enumerate() {
                            if !attrs.is_some_and(|a| a.contains(&t.tone.as_str())) {
                                err(
                                    &mut out,
                                    format!("nodes[{ni}].tones[{ti}].tone"),
                                    format!(
                                        "Fluent message `{}` in {} has no `.{}` attribute for this tone",
                                        n.id, l.file, t.tone
                                    ),
                                );
                            }
                        }
                    }
                    continue;
                }
                let message = match *loc {
                    IdLoc::Node(ni) => format!(
                        "no Fluent message `{}` (the customer's line) in {}",
                        s.nodes[ni].id, l.file
                    ),
                    IdLoc::Choice(ni, ci) => format!(
                        "no Fluent message `{}` (the reply) in {}",
                        s.nodes[ni].choices[ci].id, l.file
                    ),
                    IdLoc::Reaction(ni, ci, ri) => format!(
                        "no Fluent message `{}` (the customer's reaction) in {}",
                        s.nodes[ni].choices[ci].reactions[ri].id, l.file
                    ),
                };
                err(&mut out, loc.path(), message);
            }
            // Attributes nothing shows, and `.why` notes never shown.
            let late = !s.late_reply.breaks.is_empty();
            for (i, loc) in ids.locs.iter().enumerate() {
                if !present[i] {
                    continue;
                }
                let (kind, id, tones): (u8, &str, Vec<String>) = match *loc {
                    IdLoc::Node(ni) => (
                        NODE,
                        &s.nodes[ni].id,
                        s.nodes[ni].tones.iter().map(|t| t.tone.clone()).collect(),
                    ),
                    IdLoc::Choice(ni, ci) => (CHOICE, &s.nodes[ni].choices[ci].id, Vec::new()),
                    IdLoc::Reaction(ni, ci, ri) => (
                        REACTION,
                        &s.nodes[ni].choices[ci].reactions[ri].id,
                        Vec::new(),
                    ),
                };
                for a in stray_of.get(&(i as u32)).into_iter().flatten() {
                    if let Some(m) = stray_attr(kind, id, &l.file, a, Some(&tones)) {
                        out.push(Diagnostic::warning(d.clone(), loc.path(), m).in_ftl(
                            &l.file,
                            id,
                            Some(a),
                            stray_label(kind, id),
                        ));
                    }
                }
                if let IdLoc::Choice(ni, ci) = *loc
                    && has_why[i]
                    && never_losing_replies(&s.nodes[ni], catalog, late).contains(&ci)
                {
                    out.push(Diagnostic::warning(
                        d.clone(),
                        loc.path(),
                        why_never_shown(id, &l.file),
                    ));
                }
            }
            // Messages nobody uses are likely typos of an id.
            unused.sort_unstable();
            unused.dedup();
            for k in unused {
                out.push(
                    Diagnostic::warning(
                        d.clone(),
                        "id",
                        format!(
                            "Fluent message `{k}` in {} is not used by any node, choice or reaction",
                            l.file
                        ),
                    )
                    .in_ftl(&l.file, k, None, UNUSED_LABEL),
                );
            }
            why.push(has_why);
        }
        // `.why` notes should exist in all locales or none.
        if locales.len() > 1 {
            for (i, loc) in ids.locs.iter().enumerate() {
                let IdLoc::Choice(ni, ci) = *loc else {
                    continue;
                };
                if why.iter().all(|w| w[i] == why[0][i]) {
                    continue;
                }
                let missing: Vec<_> = locales
                    .iter()
                    .zip(&why)
                    .filter(|(_, w)| !w[i])
                    .map(|(l, _)| l.file.as_str())
                    .collect();
                err(
                    &mut out,
                    loc.path(),
                    format!(
                        "reply `{}` has a `.why` note in some locales but not in {}",
                        s.nodes[ni].choices[ci].id,
                        missing.join(", ")
                    ),
                );
            }
        }
        out
    }

    /// The checker as a streaming reader drives it: a header without nodes, then
    /// each node, dropped after it is looked at.
    pub fn streamed(s: &Scenario, catalog: &Catalog, locales: &[LocaleKeys]) -> Vec<Diagnostic> {
        let mut header = s.clone();
        let nodes = std::mem::take(&mut header.nodes);
        let mut c = ScenarioChecker::new(&header, catalog);
        for n in nodes {
            c.node(&n);
            drop(n);
        }
        c.end_nodes();
        for l in locales {
            c.locale_begin(&l.file);
            for (k, attrs) in l.iter() {
                let attrs: Vec<&str> = attrs.collect();
                c.message(k, &attrs);
            }
            c.locale_end();
        }
        c.finish()
    }

    pub fn same(s: &Scenario, catalog: &Catalog, locales: &[LocaleKeys], what: &str) {
        let old = old_validate_scenario(s, catalog, locales);
        assert_eq!(streamed(s, catalog, locales), old, "{what}");
        assert_eq!(validate_scenario(s, catalog, locales), old, "{what}");
    }

    /// xorshift64*: the mutants must be the same on every run.
    pub struct Rng(pub u64);

    impl Rng {
        pub fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
        }
    }

    fn ids(s: &Scenario) -> Vec<String> {
        let mut v = Vec::new();
        for n in &s.nodes {
            v.push(n.id.clone());
            for c in &n.choices {
                v.push(c.id.clone());
                v.extend(c.reactions.iter().map(|r| r.id.clone()));
            }
        }
        v
    }

    fn some_name(rng: &mut Rng, s: &Scenario) -> String {
        let ids = ids(s);
        match rng.below(4) {
            0 => format!("missing_{}", rng.below(5)),
            1 => ["title", "Bad Id", "flag_a", ""][rng.below(4)].to_string(),
            _ if !ids.is_empty() => ids[rng.below(ids.len())].clone(),
            _ => "nothing".into(),
        }
    }

    fn some_cond(rng: &mut Rng, s: &Scenario) -> Cond {
        let name = some_name(rng, s);
        match rng.below(7) {
            0 => Cond::Said(name),
            1 => Cond::Visited(name),
            2 => Cond::Flag(name),
            3 => Cond::AngerBelow([10, -3, 150, 101][rng.below(4)]),
            4 => Cond::All(vec![some_cond(rng, s), some_cond(rng, s)]),
            5 => Cond::Not(Box::new(some_cond(rng, s))),
            _ => Cond::Any(vec![Cond::TrustAtLeast(200), some_cond(rng, s)]),
        }
    }

    pub fn mutate(rng: &mut Rng, s: &mut Scenario, keys: &mut [LocaleKeys]) {
        let nodes = s.nodes.len();
        let ni = rng.below(nodes);
        match rng.below(16) {
            0 if nodes > 0 => {
                s.nodes.remove(ni);
            }
            1 => {
                // A repeated id: of any kind, onto any kind.
                let name = some_name(rng, s);
                if let Some(n) = s.nodes.get_mut(ni) {
                    match (rng.below(3), n.choices.len()) {
                        (0, _) | (_, 0) => n.id = name,
                        (1, c) => n.choices[rng.below(c)].id = name,
                        (_, c) => {
                            let c = &mut n.choices[rng.below(c)];
                            c.reactions.push(Reaction {
                                id: name,
                                weight: rng.below(2) as u32,
                                when: None,
                                mood: Default::default(),
                                goto_if: Vec::new(),
                                goto: None,
                                sets: Vec::new(),
                            });
                        }
                    }
                }
            }
            2 | 3 => {
                let name = some_name(rng, s);
                if let Some(n) = s.nodes.get_mut(ni)
                    && !n.choices.is_empty()
                {
                    let ci = rng.below(n.choices.len());
                    let c = &mut n.choices[ci];
                    match (rng.below(3), c.reactions.len()) {
                        (0, _) => c.goto = None,
                        (1, r) if r > 0 => c.reactions[rng.below(r)].goto = Some(name),
                        _ => c.goto = Some(name),
                    }
                }
            }
            4 | 5 => {
                let cond = some_cond(rng, s);
                if let Some(n) = s.nodes.get_mut(ni)
                    && !n.choices.is_empty()
                {
                    let ci = rng.below(n.choices.len());
                    n.choices[ci].when = Some(cond);
                }
            }
            6 => {
                let cond = some_cond(rng, s);
                let tone = ["angry", "calm", "why"][rng.below(3)].to_string();
                if let Some(n) = s.nodes.get_mut(ni) {
                    n.tones.push(Tone { tone, when: cond });
                }
            }
            7 => {
                // Drop messages (and attributes) from one locale, add a stray one.
                if keys.is_empty() {
                    return;
                }
                let li = rng.below(keys.len());
                let old = &keys[li];
                let mut new = LocaleKeys::new(&old.locale, &old.file);
                for (k, attrs) in old.iter() {
                    if rng.below(6) == 0 {
                        continue;
                    }
                    new.push_message(k);
                    for a in attrs {
                        if rng.below(5) != 0 {
                            new.push_attr(a);
                        }
                    }
                    if rng.below(20) == 0 {
                        new.push_attr(["why", "angry", "calm"][rng.below(3)]);
                    }
                }
                new.push_message(["zz_stray", "aa_stray", "title"][rng.below(3)]);
                keys[li] = new;
            }
            8 => {
                let name = some_name(rng, s);
                if let Some(n) = s.nodes.get_mut(ni)
                    && !n.choices.is_empty()
                {
                    let ci = rng.below(n.choices.len());
                    n.choices[ci].sets.push(name);
                }
            }
            9 if nodes > 1 => {
                let nj = rng.below(nodes);
                s.nodes.swap(ni, nj);
            }
            10 => s.start = some_name(rng, s),
            11 => {
                if let Some(n) = s.nodes.get_mut(ni)
                    && n.ending.take().is_none()
                {
                    n.ending = Some(crate::scenario::Ending {
                        outcome: Outcome::Resolved,
                        score: [50, 101][rng.below(2)],
                    });
                }
            }
            12 => {
                // Every reply of a node to one target (loops, strays), with a tag that may be unknown.
                let name = some_name(rng, s);
                if let Some(n) = s.nodes.get_mut(ni) {
                    for c in &mut n.choices {
                        c.goto = Some(name.clone());
                        c.follows.push(
                            ["apologize", "apologise", "nothing_like_it"][rng.below(3)].into(),
                        );
                    }
                }
            }
            14 => {
                // A conditional goto, on a reply or one of its reactions, to any name.
                let when = some_cond(rng, s);
                let goto = some_name(rng, s);
                let entry = crate::scenario::CondGoto { when, goto };
                if let Some(n) = s.nodes.get_mut(ni)
                    && !n.choices.is_empty()
                {
                    let ci = rng.below(n.choices.len());
                    let c = &mut n.choices[ci];
                    match (rng.below(3), c.reactions.len()) {
                        (0, r) if r > 0 => c.reactions[rng.below(r)].goto_if.push(entry),
                        (1, _) => {
                            c.goto_if.push(entry);
                            c.goto = None;
                        }
                        _ => c.goto_if.push(entry),
                    }
                }
            }
            15 => {
                // A reaction drawn only under a condition (all of them, sometimes).
                let when = some_cond(rng, s);
                if let Some(n) = s.nodes.get_mut(ni)
                    && !n.choices.is_empty()
                {
                    let ci = rng.below(n.choices.len());
                    let c = &mut n.choices[ci];
                    let all = rng.below(2) == 0;
                    let r = c.reactions.len();
                    for (k, x) in c.reactions.iter_mut().enumerate() {
                        if all || k == rng.below(r) {
                            x.when = Some(when.clone());
                        }
                    }
                }
            }
            _ => {
                if let Some(n) = s.nodes.get_mut(ni)
                    && let Some(c) = n.choices.first().cloned()
                {
                    n.choices.push(c);
                }
            }
        }
    }
}
