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
/// mention in messages.
#[derive(Debug, Clone, Default)]
pub struct LocaleKeys {
    pub locale: String,
    pub file: String,
    /// Message id → its attribute names.
    pub messages: FastMap<String, Vec<String>>,
}

impl LocaleKeys {
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }
    pub fn has_attr(&self, id: &str, attr: &str) -> bool {
        self.messages
            .get(id)
            .is_some_and(|a| a.iter().any(|x| x == attr))
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

fn check_id<'a>(
    out: &mut Vec<Diagnostic>,
    ids: &mut FastMap<&'a str, IdLoc>,
    id: &'a str,
    loc: IdLoc,
) {
    if !is_valid_id(id) {
        out.push(Diagnostic::error(
            Doc::Scenario,
            loc.path(),
            format!("`{id}` is not a valid id; expected snake_case ([a-z][a-z0-9_]*)"),
        ));
    }
    if SCENARIO_MESSAGES.contains(&id) {
        out.push(Diagnostic::error(
            Doc::Scenario,
            loc.path(),
            format!("`{id}` is reserved for the encounter's own text; choose another id"),
        ));
    }
    match ids.get(id) {
        Some(first) => out.push(Diagnostic::error(
            Doc::Scenario,
            loc.path(),
            format!(
                "duplicate id `{id}` (first used at {}); node, choice and reaction ids must be unique in an encounter",
                first.path()
            ),
        )),
        None => {
            ids.insert(id, loc);
        }
    }
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
    let mut ids: FastMap<&str, IdLoc> = FastMap::default();
    for (ni, n) in s.nodes.iter().enumerate() {
        check_id(&mut out, &mut ids, &n.id, IdLoc::Node(ni));
        for (ci, c) in n.choices.iter().enumerate() {
            check_id(&mut out, &mut ids, &c.id, IdLoc::Choice(ni, ci));
            for (ri, r) in c.reactions.iter().enumerate() {
                check_id(&mut out, &mut ids, &r.id, IdLoc::Reaction(ni, ci, ri));
            }
        }
    }

    let node_ids: FastSet<&str> = s.nodes.iter().map(|n| n.id.as_str()).collect();
    let choice_ids: FastSet<&str> = s
        .nodes
        .iter()
        .flat_map(|n| n.choices.iter().map(|c| c.id.as_str()))
        .collect();
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
        if !node_ids.contains(target) {
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

    if !node_ids.contains(s.start.as_str()) {
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
            Cond::Said(id) if !choice_ids.contains(id.as_str()) => out.push(Diagnostic::error(
                Doc::Scenario,
                path(),
                format!("`Said(\"{id}\")` names no choice in this encounter"),
            )),
            Cond::Visited(id) if !node_ids.contains(id.as_str()) => out.push(Diagnostic::error(
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
        let mut tones = HashSet::new();
        for (ti, t) in n.tones.iter().enumerate() {
            if !tones.insert(t.tone.as_str()) {
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
    let index: HashMap<&str, usize> = s
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let succ: Vec<Vec<usize>> = s
        .nodes
        .iter()
        .map(|n| {
            let mut v = Vec::new();
            for c in &n.choices {
                if let Some(g) = c.goto.as_deref().and_then(|g| index.get(g)) {
                    v.push(*g);
                }
                for r in &c.reactions {
                    if let Some(g) = r.goto.as_deref().and_then(|g| index.get(g)) {
                        v.push(*g);
                    }
                }
            }
            v
        })
        .collect();
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
        for &j in &succ[i] {
            if !reach[j] {
                reach[j] = true;
                queue.push_back(j);
            }
        }
    }
    let mut pred: Vec<Vec<usize>> = vec![Vec::new(); s.nodes.len()];
    for (i, v) in succ.iter().enumerate() {
        for &j in v {
            pred[j].push(i);
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
        for &j in &pred[i] {
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
    let followed: HashSet<&str> = s
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

    // Fluent: every text the encounter shows, in every shipped locale.
    for l in locales {
        for k in SCENARIO_MESSAGES {
            if !l.has(k) {
                err(
                    &mut out,
                    "id".into(),
                    format!("no Fluent message `{k}` in {}", l.file),
                );
            }
        }
        for (ni, n) in s.nodes.iter().enumerate() {
            if !l.has(&n.id) {
                err(
                    &mut out,
                    format!("nodes[{ni}].id"),
                    format!(
                        "no Fluent message `{}` (the customer's line) in {}",
                        n.id, l.file
                    ),
                );
            }
            for (ti, t) in n.tones.iter().enumerate() {
                if l.has(&n.id) && !l.has_attr(&n.id, &t.tone) {
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
            for (ci, c) in n.choices.iter().enumerate() {
                if !l.has(&c.id) {
                    err(
                        &mut out,
                        format!("nodes[{ni}].choices[{ci}].id"),
                        format!("no Fluent message `{}` (the reply) in {}", c.id, l.file),
                    );
                }
                for (ri, r) in c.reactions.iter().enumerate() {
                    if !l.has(&r.id) {
                        err(
                            &mut out,
                            format!("nodes[{ni}].choices[{ci}].reactions[{ri}].id"),
                            format!(
                                "no Fluent message `{}` (the customer's reaction) in {}",
                                r.id, l.file
                            ),
                        );
                    }
                }
            }
        }
        // Messages nobody uses are likely typos of an id.
        let used: HashSet<&str> = ids.keys().copied().chain(SCENARIO_MESSAGES).collect();
        let mut unused: Vec<_> = l
            .messages
            .keys()
            .filter(|k| !used.contains(k.as_str()))
            .collect();
        unused.sort();
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
    }
    // `.why` notes should exist in all locales or none.
    if locales.len() > 1 {
        let mut sorted: Vec<&&str> = choice_ids.iter().collect();
        sorted.sort();
        for c in sorted {
            let v: Vec<bool> = locales.iter().map(|l| l.has_attr(c, "why")).collect();
            if v.iter().any(|x| *x) && !v.iter().all(|x| *x) {
                let missing: Vec<_> = locales
                    .iter()
                    .zip(&v)
                    .filter(|(_, x)| !**x)
                    .map(|(l, _)| l.file.as_str())
                    .collect();
                let path = ids.get(*c).map(|l| l.path()).unwrap_or_default();
                err(
                    &mut out,
                    path,
                    format!(
                        "reply `{c}` has a `.why` note in some locales but not in {}",
                        missing.join(", ")
                    ),
                );
            }
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
