//! Validation of meaning: everything serde cannot see. Reports every problem at once.
//!
//! A diagnostic names the element it is about by a path into the RON document
//! (`nodes[3].choices[1].goto`); the file adapter turns the path into `line:col`.
//!
//! Architecture invariant: pure. Fluent files come in as [`LocaleKeys`], an index of
//! message ids and attributes built by the locale adapter.

use std::collections::{HashMap, HashSet, VecDeque};

use super::catalog::Catalog;
use super::scenario::{Cond, SCENARIO_MESSAGES, Scenario};

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
}

impl Diagnostic {
    fn error(doc: Doc, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            doc,
            path: path.into(),
            message: message.into(),
        }
    }
    fn warning(doc: Doc, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            doc,
            path: path.into(),
            message: message.into(),
        }
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
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Checks the catalog against itself and its Fluent files.
pub fn validate_catalog(catalog: &Catalog, locales: &[LocaleKeys]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let d = Doc::Catalog;
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
        for l in locales {
            if !l.has(&t.id) {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{p}.id"),
                    format!("no Fluent message `{}` in {}", t.id, l.file),
                ));
            } else if !l.has_attr(&t.id, "teaching") {
                out.push(Diagnostic::error(
                    d.clone(),
                    format!("{p}.id"),
                    format!(
                        "Fluent message `{}` in {} has no `.teaching` attribute",
                        t.id, l.file
                    ),
                ));
            }
        }
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
    out
}

/// Checks one scenario against the catalog and the Fluent keys of every shipped locale.
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

/// FNV-1a with a final mix: ids are short and not attacker-chosen; much faster than
/// SipHash here.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        // FNV's high bits mix poorly on short, similar ids, and the hash table uses
        // them: finish with the splitmix64 mixer.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
pub type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

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
            out.push(Diagnostic::error(
                Doc::Scenario,
                loc.path(),
                format!(
                    "duplicate id `{id}` (first used at {}); node, choice and reaction ids must be unique in an encounter",
                    first.path()
                ),
            ))
        }
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert(next);
            ids.locs.push(loc);
        }
    }
}

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

pub fn validate_scenario(
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
        let mut v: Vec<_> = s.nodes.iter().map(|n| n.id.as_str()).collect();
        v.truncate(12);
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
                format!("`Flag(\"{f}\")` is never set by any choice or reaction (`sets: [...]`)"),
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
            && t == 0
        {
            err(
                &mut out,
                format!("{}.time_limit", p()),
                "a time limit must be at least 1 second".into(),
            );
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
                Some(g) => goto_check(&mut out, g, &|| format!("{}.goto", cp())),
                None if c.reactions.is_empty() || c.reactions.iter().any(|r| r.goto.is_none()) => {
                    err(
                        &mut out,
                        format!("{}.id", cp()),
                        format!(
                            "reply `{}` has no `goto`; expected a `goto`, or a `goto` on every reaction",
                            c.id
                        ),
                    );
                }
                None => {}
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
                if let Some(g) = &r.goto {
                    goto_check(&mut out, g, &|| format!("{}.reactions[{ri}].goto", cp()));
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
            if let Some(g) = c.goto.as_deref().and_then(|g| index.get(g)) {
                succ.push(*g);
            }
            for r in &c.reactions {
                if let Some(g) = r.goto.as_deref().and_then(|g| index.get(g)) {
                    succ.push(*g);
                }
            }
        }
    }
    succ_start.push(succ.len());
    let succ_of = |i: usize| &succ[succ_start[i]..succ_start[i + 1]];
    // With a goto to a missing node, "no ending reachable" would only repeat that error.
    let missing_goto = s.nodes.iter().flat_map(|n| n.choices.iter()).any(|c| {
        c.goto.as_deref().is_some_and(|g| !index.contains_key(g))
            || c.reactions
                .iter()
                .any(|r| r.goto.as_deref().is_some_and(|g| !index.contains_key(g)))
    });
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
        let mut own = [false; SCENARIO_MESSAGES.len()];
        let mut unused = Vec::new();
        for (k, attrs) in l.iter() {
            if let Some(&i) = ids.at.get(k) {
                present[i as usize] = true;
                match ids.locs[i as usize] {
                    IdLoc::Choice(..) => has_why[i as usize] = attrs.clone().any(|a| a == "why"),
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
        // Messages nobody uses are likely typos of an id.
        unused.sort_unstable();
        unused.dedup();
        for k in unused {
            out.push(Diagnostic::warning(
                d.clone(),
                "id",
                format!(
                    "Fluent message `{k}` in {} is not used by any node, choice or reaction",
                    l.file
                ),
            ));
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

pub(crate) fn walk_cond(c: &Cond, f: &mut dyn FnMut(&Cond)) {
    f(c);
    match c {
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| walk_cond(c, f)),
        Cond::Not(c) => walk_cond(c, f),
        _ => {}
    }
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
