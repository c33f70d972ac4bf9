//! The compiled runtime: an encounter turned into flat, index-based tables (interned
//! ids, index edges, technique sums shared between replies that tag the same
//! techniques) and a simulator over them that follows exactly the rules of
//! [`Session`](super::session::Session) and the scorer.
//!
//! [`Session`](super::session::Session) stays the API front ends use (events, ids,
//! transcript); the runtime is for bulk work: analysis, Monte Carlo runs and
//! benchmarks, where millions of replies are played, and encounters too big to hold
//! as an authored tree. [`RuntimeBuilder`] takes the nodes one at a time, so a
//! streaming reader can compile an encounter of a million nodes without ever
//! holding more than one authored node. `tests/engine.rs` plays the runtime and the
//! session on the same seeds and replies and checks they agree on every mood,
//! ending and score.
//!
//! Architecture invariant: pure, like the rest of the engine.

use std::collections::HashMap;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::catalog::{Catalog, Phase, Procedure};
use super::mood::{Mood, MoodDelta, Range};
use super::scenario::{Cond, Node, Outcome, Scenario, ScoringWeights};
use super::scoring::{mean_score, outcome_part, overall_weighted, points_score, procedure_score};
use super::session::MOOD_BEFORE_MATTER;
use super::validate::{FastMap, hash_id};

const NONE: u32 = u32::MAX;

#[derive(Debug, Clone)]
enum CCond {
    AngerBelow(i32),
    AngerAtLeast(i32),
    TrustBelow(i32),
    TrustAtLeast(i32),
    PatienceBelow(i32),
    PatienceAtLeast(i32),
    Bit(u32),
    All(Vec<CCond>),
    Any(Vec<CCond>),
    Not(Box<CCond>),
}

/// One node, in 12 bytes.
#[derive(Debug, Clone)]
struct CNode {
    first_choice: u32,
    visit_bit: u32,
    choices: u16,
    /// Outcome index + 1 (0: not an ending) and the ending's score.
    ending: u8,
    score: u8,
}

/// A mood change in 16 bits per scale (compile refuses larger values).
#[derive(Debug, Clone, Copy, Default)]
struct D16([i16; 3]);

impl D16 {
    fn new(d: MoodDelta) -> Option<D16> {
        Some(D16([
            i16::try_from(d.anger).ok()?,
            i16::try_from(d.trust).ok()?,
            i16::try_from(d.patience).ok()?,
        ]))
    }
    fn get(self) -> MoodDelta {
        MoodDelta {
            anger: i32::from(self.0[0]),
            trust: i32::from(self.0[1]),
            patience: i32::from(self.0[2]),
        }
    }
}

/// A slice of one of the runtime's shared arrays.
#[derive(Debug, Clone, Copy, Default)]
struct Span {
    start: u32,
    len: u8,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }
}

const HAS_FEELINGS: u8 = 1;
const HAS_MATTER: u8 = 2;
const CAN_AUTO: u8 = 4;
const BREAKS_ANY: u8 = 8;
const CRITICAL: u8 = 16;
const TABOO: u8 = 32;

/// What a reply's technique tags mean, computed once per distinct pair of `follows`
/// and `breaks` lists: most replies of an encounter share a few dozen such pairs.
#[derive(Debug, Clone)]
struct Combo {
    /// `weights[w..w + nf]` are the follows' points per competency, then `nb` breaks.
    w: u32,
    nf: u8,
    nb: u8,
    flags: u8,
    /// Follows' mood effects, heard and unheard (matter moves harm-only).
    heard: D16,
    unheard: D16,
    /// Breaches of the broken techniques.
    breach: D16,
    /// Index into `steps` (one mask per checked procedure), or NONE.
    steps: u32,
}

impl Combo {
    fn follows(&self) -> std::ops::Range<usize> {
        self.w as usize..self.w as usize + self.nf as usize
    }
    fn breaks(&self) -> std::ops::Range<usize> {
        let f = self.w as usize + self.nf as usize;
        f..f + self.nb as usize
    }
}

/// One reply, in 24 bytes; what is rare (a condition, flags it sets, a `Said` bit)
/// lives in `extras`.
#[derive(Debug, Clone)]
struct CChoice {
    goto: u32,
    first_reaction: u32,
    combo: u32,
    /// Index into `extras`, or NONE.
    extra: u32,
    /// The reply's own mood change.
    mood: D16,
    reactions: u8,
}

/// What is rare on a reply or a reaction: a condition (a reply's offer, a reaction's
/// draw), the `Said` bit, the flags it sets and its conditional gotos.
#[derive(Debug, Clone)]
struct Extra {
    /// Index into `conds`, or NONE.
    when: u32,
    said_bit: u32,
    set_bits: Span,
    /// `routes[start..start + len]`: `goto_if` as (condition index, target).
    routes: (u32, u32),
}

const NO_EXTRA: Extra = Extra {
    when: NONE,
    said_bit: NONE,
    set_bits: Span { start: 0, len: 0 },
    routes: (0, 0),
};

#[derive(Debug, Clone)]
struct CReaction {
    weight: u32,
    goto: u32,
    set_bits: Span,
    mood: D16,
    /// Index into `extras` (its `when` and `goto_if`), or NONE.
    extra: u32,
}

#[derive(Debug, Clone)]
struct CStep {
    rank: u32,
    required: bool,
}

#[derive(Debug, Clone)]
struct CProcedure {
    /// Step indices in rank order.
    order: Box<[usize]>,
    steps: Box<[CStep]>,
    required: i64,
    source: usize,
}

/// Interned names: every node id (and every name a `goto` or a condition mentions)
/// once, in one string, numbered in order of first sight. Reply ids are only
/// stored (`Runtime::choice_text`): nothing looks them up by name but a `Said`
/// condition, resolved once at the end.
#[derive(Debug, Clone, Default)]
struct Names {
    text: String,
    /// `text[ends[s - 1]..ends[s]]` is symbol `s`'s name.
    ends: Vec<u32>,
    /// Symbols by name; dropped once the encounter is compiled.
    table: hashbrown::HashTable<u32>,
    /// Per symbol: the node it names, or NONE.
    def: Vec<u32>,
}

/// Most nodes and replies a runtime holds (indices stay below it).
const LIMIT: u32 = 1 << 31;

impl Names {
    fn name(&self, sym: u32) -> &str {
        let s = sym as usize;
        let start = if s == 0 { 0 } else { self.ends[s - 1] as usize };
        self.text.get(start..self.ends[s] as usize).unwrap_or("")
    }

    fn find(&self, name: &str) -> Option<u32> {
        self.table
            .find(hash_id(name), |&s| self.name(s) == name)
            .copied()
    }

    fn intern(&mut self, name: &str) -> Option<u32> {
        let h = hash_id(name);
        let Names {
            text,
            ends,
            table,
            def,
        } = self;
        let name_of = |s: u32| {
            let s = s as usize;
            let start = if s == 0 { 0 } else { ends[s - 1] as usize };
            &text[start..ends[s] as usize]
        };
        if let Some(&s) = table.find(h, |&s| name_of(s) == name) {
            return Some(s);
        }
        let sym = u32::try_from(ends.len()).ok().filter(|s| *s < LIMIT)?;
        text.push_str(name);
        ends.push(u32::try_from(text.len()).ok()?);
        def.push(NONE);
        let (text, ends) = (&*text, &*ends);
        table.insert_unique(h, sym, |&s| {
            let s = s as usize;
            let start = if s == 0 { 0 } else { ends[s - 1] as usize };
            hash_id(&text[start..ends[s] as usize])
        });
        Some(sym)
    }

    fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.ends.capacity() * 4
            + self.def.capacity() * 4
            + self.table.capacity() * 5
    }
}

/// An encounter compiled for bulk simulation.
#[derive(Debug, Clone)]
pub struct Runtime {
    id: String,
    nodes: Vec<CNode>,
    choices: Vec<CChoice>,
    reactions: Vec<CReaction>,
    combos: Vec<Combo>,
    extras: Vec<Extra>,
    conds: Vec<CCond>,
    /// `goto_if` entries of replies and reactions: (condition index, target node).
    routes: Vec<(u32, u32)>,
    /// Per competency index: weight (shared by every combo's follows and breaks).
    weights: Vec<(u8, i16)>,
    bits: Vec<u32>,
    steps: Vec<u64>,
    names: Names,
    /// Symbol of each node's id.
    node_names: Vec<u32>,
    /// Reply ids: reply `j`'s is `choice_text[choice_ends[j - 1]..choice_ends[j]]`.
    choice_text: String,
    choice_ends: Vec<u32>,
    /// Per catalog technique: how many replies follow it, and how many break it.
    uses: Vec<(u32, u32)>,
    start: u32,
    mood: [Range; 3],
    calm_below: i32,
    patience_per_turn: i32,
    escalation: Option<(Option<i32>, Option<i32>, u32)>,
    auto: Option<(MoodDelta, Vec<(u8, i64)>)>,
    procedures: Vec<CProcedure>,
    comps: usize,
    words: usize,
    scenario_procedures: Vec<String>,
    scoring: ScoringWeights,
    pass_mark: u32,
}

/// The simulated state of one run, with the score accumulators.
#[derive(Debug, Clone)]
pub struct RunState {
    pub node: u32,
    pub mood: Mood,
    bits: Box<[u64]>,
    feelings: bool,
    streak: u32,
    escalated: bool,
    rng: ChaCha8Rng,
    pub finished: bool,
    pub decisions: u32,
    /// Per competency: (earned, possible).
    comp: Box<[(i64, i64)]>,
    proc_done: Box<[u64]>,
    proc_points: Box<[i64]>,
    pub critical: bool,
    pub taboo: bool,
}

/// What the runtime can tell about a finished run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunScore {
    pub score: u32,
    pub passed: bool,
    pub outcome: Outcome,
}

fn draw(rng: &mut ChaCha8Rng, r: Range) -> i32 {
    let (lo, hi) = if r.0 <= r.1 { (r.0, r.1) } else { (r.1, r.0) };
    rng.random_range(lo..=hi)
}

const OUTCOME_CODES: [Outcome; 5] = [
    Outcome::Resolved,
    Outcome::Escalated,
    Outcome::CustomerLeft,
    Outcome::Sale,
    Outcome::NoSale,
];

fn outcome_code(o: Outcome) -> u8 {
    OUTCOME_CODES.iter().position(|x| *x == o).unwrap_or(0) as u8 + 1
}

/// Namespaces of condition bits.
const SAID: u8 = 0;
const VISITED: u8 = 1;
const FLAG: u8 = 2;

/// Compiles an encounter node by node. Feed [`RuntimeBuilder::node`] every node in
/// document order, then [`RuntimeBuilder::finish`]. Forward references (a `goto`
/// to a later node, `Said` of a later reply) are resolved at the end, by symbol.
pub struct RuntimeBuilder<'c> {
    catalog: &'c Catalog,
    comp_index: HashMap<&'c str, u8>,
    procs: Vec<&'c Procedure>,
    start: String,
    escalation_goto: Option<String>,
    rt: Runtime,
    /// Condition bits by (namespace, symbol).
    bit_of: FastMap<(u8, u32), u32>,
    combo_of: FastMap<String, u32>,
    key: String,
    failed: bool,
}

impl<'c> RuntimeBuilder<'c> {
    /// `header` is the encounter with every field but `nodes` (which is ignored);
    /// `nodes` is how many nodes to expect (for sizing; 0 if unknown).
    pub fn new(header: &Scenario, catalog: &'c Catalog, nodes: usize) -> Self {
        let comp_index: HashMap<&str, u8> = catalog
            .competencies
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i as u8))
            .collect();
        let found: Vec<(usize, &Procedure)> = header
            .procedures
            .iter()
            .filter_map(|p| {
                catalog
                    .procedures
                    .iter()
                    .position(|x| &x.id == p)
                    .map(|i| (i, &catalog.procedures[i]))
            })
            .collect();
        let failed = found
            .iter()
            .any(|(_, p)| p.steps.len() > limits::PROCEDURE_STEPS)
            || catalog.competencies.len() > limits::COMPETENCIES;
        let procedures: Vec<CProcedure> = found
            .iter()
            .map(|&(i, p)| {
                let mut order: Vec<usize> = (0..p.steps.len()).collect();
                order.sort_by_key(|&k| p.steps[k].rank);
                CProcedure {
                    order: order.into_boxed_slice(),
                    steps: p
                        .steps
                        .iter()
                        .map(|st| CStep {
                            rank: st.rank,
                            required: st.required,
                        })
                        .collect(),
                    required: p.steps.iter().filter(|st| st.required).count() as i64,
                    source: i,
                }
            })
            .collect();
        let m = &header.customer.mood;
        let mut b = RuntimeBuilder {
            catalog,
            comp_index,
            procs: found.iter().map(|(_, p)| *p).collect(),
            start: header.start.clone(),
            escalation_goto: header.escalation.as_ref().map(|e| e.goto.clone()),
            rt: Runtime {
                id: header.id.clone(),
                nodes: Vec::with_capacity(nodes),
                choices: Vec::with_capacity(nodes.saturating_mul(3)),
                reactions: Vec::new(),
                combos: Vec::new(),
                extras: Vec::new(),
                conds: Vec::new(),
                routes: Vec::new(),
                weights: Vec::new(),
                bits: Vec::new(),
                steps: Vec::new(),
                names: Names::default(),
                node_names: Vec::with_capacity(nodes),
                choice_text: String::new(),
                choice_ends: Vec::new(),
                uses: vec![(0, 0); catalog.techniques.len()],
                start: NONE,
                mood: [m.anger, m.trust, m.patience],
                calm_below: header.customer.calm_below,
                patience_per_turn: header.customer.patience_per_turn,
                escalation: header
                    .escalation
                    .as_ref()
                    .map(|e| (e.anger_at_least, e.patience_at_most, NONE)),
                auto: None,
                procedures,
                comps: catalog.competencies.len(),
                words: 0,
                scenario_procedures: header.procedures.clone(),
                scoring: header.scoring,
                pass_mark: header.pass_mark,
            },
            bit_of: FastMap::default(),
            combo_of: FastMap::default(),
            key: String::new(),
            failed,
        };
        b.rt.auto = catalog
            .technique(MOOD_BEFORE_MATTER)
            .map(|t| (t.breach, b.weights(std::slice::from_ref(&t.id))));
        b
    }

    /// Room for what is coming, when it is known (a streaming reader counts it on an
    /// earlier pass): growing a vector of hundreds of megabytes copies it.
    pub fn reserve(&mut self, choices: usize, reactions: usize, name_bytes: usize) {
        let rt = &mut self.rt;
        rt.choices.reserve_exact(choices);
        rt.choice_ends.reserve_exact(choices);
        rt.choice_text.reserve_exact(name_bytes);
        rt.reactions.reserve_exact(reactions);
        let nodes = rt.nodes.capacity();
        rt.names.ends.reserve_exact(nodes);
        rt.names.def.reserve_exact(nodes);
        rt.names.table.reserve(nodes, |_| 0);
    }

    /// Points per competency index of a list of technique ids.
    fn weights(&self, ids: &[String]) -> Vec<(u8, i64)> {
        let mut w: Vec<(u8, i64)> = Vec::new();
        for t in ids.iter().filter_map(|id| self.catalog.technique(id)) {
            for c in self.catalog.competencies_of(t) {
                if let Some(&ci) = self.comp_index.get(c) {
                    match w.iter_mut().find(|x| x.0 == ci) {
                        Some(x) => x.1 += i64::from(t.weight),
                        None => w.push((ci, i64::from(t.weight))),
                    }
                }
            }
        }
        w
    }

    fn bit(&mut self, space: u8, name: &str) -> Option<u32> {
        let sym = self.rt.names.intern(name)?;
        let n = self.bit_of.len() as u32;
        Some(*self.bit_of.entry((space, sym)).or_insert(n))
    }

    fn cond(&mut self, c: &Cond) -> Option<CCond> {
        Some(match c {
            Cond::AngerBelow(v) => CCond::AngerBelow(*v),
            Cond::AngerAtLeast(v) => CCond::AngerAtLeast(*v),
            Cond::TrustBelow(v) => CCond::TrustBelow(*v),
            Cond::TrustAtLeast(v) => CCond::TrustAtLeast(*v),
            Cond::PatienceBelow(v) => CCond::PatienceBelow(*v),
            Cond::PatienceAtLeast(v) => CCond::PatienceAtLeast(*v),
            Cond::Said(x) => CCond::Bit(self.bit(SAID, x)?),
            Cond::Visited(x) => CCond::Bit(self.bit(VISITED, x)?),
            Cond::Flag(x) => CCond::Bit(self.bit(FLAG, x)?),
            Cond::All(cs) => CCond::All(cs.iter().map(|c| self.cond(c)).collect::<Option<_>>()?),
            Cond::Any(cs) => CCond::Any(cs.iter().map(|c| self.cond(c)).collect::<Option<_>>()?),
            Cond::Not(c) => CCond::Not(Box::new(self.cond(c)?)),
        })
    }

    /// Bits of the flags a reply or reaction sets.
    fn flag_bits(&mut self, ids: &[String]) -> Option<Span> {
        let start = u32::try_from(self.rt.bits.len()).ok()?;
        for f in ids {
            let b = self.bit(FLAG, f)?;
            self.rt.bits.push(b);
        }
        Some(Span {
            start,
            len: u8::try_from(ids.len()).ok()?,
        })
    }

    /// A condition, compiled into `conds`: its index, or NONE for none.
    fn when(&mut self, c: &Option<Cond>) -> Option<u32> {
        match c {
            None => Some(NONE),
            Some(w) => {
                let cc = self.cond(w)?;
                self.rt.conds.push(cc);
                u32::try_from(self.rt.conds.len() - 1).ok()
            }
        }
    }

    /// A `goto_if` list, compiled into `routes` (targets as symbols until `finish`).
    fn routes(&mut self, list: &[super::scenario::CondGoto]) -> Option<(u32, u32)> {
        let start = u32::try_from(self.rt.routes.len()).ok()?;
        for g in list {
            let cond = self.when(&Some(g.when.clone()))?;
            let to = self.rt.names.intern(&g.goto)?;
            self.rt.routes.push((cond, to));
        }
        Some((start, u32::try_from(list.len()).ok()?))
    }

    /// A goto's target, as a symbol until `finish` turns it into a node index.
    fn target(&mut self, g: &Option<String>) -> Option<u32> {
        match g {
            None => Some(NONE),
            Some(g) => self.rt.names.intern(g),
        }
    }

    fn combo(&mut self, follows: &[String], breaks: &[String]) -> Option<u32> {
        use std::fmt::Write;
        // Length-prefixed, so that no id's characters can make two lists look alike.
        self.key.clear();
        for t in follows {
            let _ = write!(self.key, "{}:{t}", t.len());
        }
        self.key.push('|');
        for t in breaks {
            let _ = write!(self.key, "{}:{t}", t.len());
        }
        if let Some(&k) = self.combo_of.get(self.key.as_str()) {
            return Some(k);
        }
        let catalog = self.catalog;
        let techs = |ids: &[String]| {
            ids.iter()
                .filter_map(|id| catalog.technique(id))
                .collect::<Vec<_>>()
        };
        let (ft, bt) = (techs(follows), techs(breaks));
        let mut heard = MoodDelta::default();
        let mut unheard = MoodDelta::default();
        for t in &ft {
            heard = heard + t.follow;
            unheard = unheard
                + if t.phase == Phase::Matter {
                    t.follow.harm_only()
                } else {
                    t.follow
                };
        }
        let mut breach = MoodDelta::default();
        for t in &bt {
            breach = breach + t.breach;
        }
        let mut flags = 0u8;
        for (on, f) in [
            (ft.iter().any(|t| t.phase == Phase::Feelings), HAS_FEELINGS),
            (ft.iter().any(|t| t.phase == Phase::Matter), HAS_MATTER),
            (!breaks.iter().any(|b| b == MOOD_BEFORE_MATTER), CAN_AUTO),
            (!breaks.is_empty(), BREAKS_ANY),
            (bt.iter().any(|t| t.critical), CRITICAL),
            (breaks.iter().any(|b| catalog.is_taboo(b)), TABOO),
        ] {
            if on {
                flags |= f;
            }
        }
        let mut masks = vec![0u64; self.procs.len()];
        for (k, p) in self.procs.iter().enumerate() {
            for (si, st) in p.steps.iter().enumerate() {
                if st.techniques.iter().any(|t| follows.contains(t)) {
                    masks[k] |= 1 << si;
                }
            }
        }
        let steps = if masks.iter().all(|m| *m == 0) {
            NONE
        } else {
            let i = u32::try_from(self.rt.steps.len()).ok()?;
            self.rt.steps.extend(masks);
            i
        };
        let w = u32::try_from(self.rt.weights.len()).ok()?;
        let (fw, bw) = (self.weights(follows), self.weights(breaks));
        for (c, x) in fw.iter().chain(&bw) {
            self.rt.weights.push((*c, i16::try_from(*x).ok()?));
        }
        let k = u32::try_from(self.rt.combos.len()).ok()?;
        self.rt.combos.push(Combo {
            w,
            nf: u8::try_from(fw.len()).ok()?,
            nb: u8::try_from(bw.len()).ok()?,
            flags,
            heard: D16::new(heard)?,
            unheard: D16::new(unheard)?,
            breach: D16::new(breach)?,
            steps,
        });
        self.combo_of.insert(self.key.clone(), k);
        Some(k)
    }

    /// Adds the next node. A node the runtime cannot represent (a mood change past
    /// ±32767, more than 255 reactions…) makes `finish` return `None`.
    pub fn node(&mut self, n: &Node) {
        if !self.failed && self.try_node(n).is_none() {
            self.failed = true;
        }
    }

    fn try_node(&mut self, n: &Node) -> Option<()> {
        let index = u32::try_from(self.rt.nodes.len())
            .ok()
            .filter(|i| *i < LIMIT)?;
        let sym = self.rt.names.intern(&n.id)?;
        if self.rt.names.def[sym as usize] == NONE {
            self.rt.names.def[sym as usize] = index;
        }
        self.rt.node_names.push(sym);
        let first_choice = u32::try_from(self.rt.choices.len()).ok()?;
        for c in &n.choices {
            u32::try_from(self.rt.choices.len())
                .ok()
                .filter(|i| *i < LIMIT)?;
            self.rt.choice_text.push_str(&c.id);
            let end = u32::try_from(self.rt.choice_text.len()).ok()?;
            self.rt.choice_ends.push(end);
            for t in &c.follows {
                if let Some(i) = self.catalog.technique_index(t) {
                    self.rt.uses[i].0 += 1;
                }
            }
            for t in &c.breaks {
                if let Some(i) = self.catalog.technique_index(t) {
                    self.rt.uses[i].1 += 1;
                }
            }
            let first_reaction = u32::try_from(self.rt.reactions.len()).ok()?;
            let mut total = 0u64;
            for r in &c.reactions {
                total += u64::from(r.weight);
                let extra = if r.when.is_none() && r.goto_if.is_empty() {
                    NONE
                } else {
                    let when = self.when(&r.when)?;
                    let routes = self.routes(&r.goto_if)?;
                    self.rt.extras.push(Extra {
                        when,
                        said_bit: NONE,
                        set_bits: Span::default(),
                        routes,
                    });
                    u32::try_from(self.rt.extras.len() - 1).ok()?
                };
                let reaction = CReaction {
                    weight: r.weight,
                    mood: D16::new(r.mood)?,
                    goto: self.target(&r.goto)?,
                    set_bits: self.flag_bits(&r.sets)?,
                    extra,
                };
                self.rt.reactions.push(reaction);
            }
            u32::try_from(total).ok()?;
            let extra = if c.when.is_none() && c.sets.is_empty() && c.goto_if.is_empty() {
                NONE
            } else {
                let when = self.when(&c.when)?;
                let routes = self.routes(&c.goto_if)?;
                let set_bits = self.flag_bits(&c.sets)?;
                self.rt.extras.push(Extra {
                    when,
                    said_bit: NONE,
                    set_bits,
                    routes,
                });
                u32::try_from(self.rt.extras.len() - 1).ok()?
            };
            let choice = CChoice {
                goto: self.target(&c.goto)?,
                first_reaction,
                combo: self.combo(&c.follows, &c.breaks)?,
                extra,
                mood: D16::new(c.mood)?,
                reactions: u8::try_from(c.reactions.len()).ok()?,
            };
            self.rt.choices.push(choice);
        }
        self.rt.nodes.push(CNode {
            first_choice,
            visit_bit: NONE,
            choices: u16::try_from(n.choices.len()).ok()?,
            ending: n
                .ending
                .as_ref()
                .map(|e| outcome_code(e.outcome))
                .unwrap_or(0),
            score: n
                .ending
                .as_ref()
                .map(|e| e.score.min(100) as u8)
                .unwrap_or(0),
        });
        Some(())
    }

    /// Resolves every reference. `None` if one names nothing, or a node could not
    /// be compiled.
    pub fn finish(mut self) -> Option<Runtime> {
        if self.failed {
            return None;
        }
        let node_of = |names: &Names, sym: u32| -> Option<u32> {
            let d = *names.def.get(sym as usize)?;
            (d != NONE).then_some(d)
        };
        let rt = &mut self.rt;
        rt.start = node_of(&rt.names, rt.names.find(&self.start)?)?;
        if let Some(g) = &self.escalation_goto {
            let to = node_of(&rt.names, rt.names.find(g)?)?;
            if let Some(e) = rt.escalation.as_mut() {
                e.2 = to;
            }
        }
        for c in rt.choices.iter_mut() {
            if c.goto != NONE {
                c.goto = node_of(&rt.names, c.goto)?;
            }
        }
        for r in rt.reactions.iter_mut() {
            if r.goto != NONE {
                r.goto = node_of(&rt.names, r.goto)?;
            }
        }
        for r in rt.routes.iter_mut() {
            r.1 = node_of(&rt.names, r.1)?;
        }
        // Bits of `Said` and `Visited`: the replies or node they name get them (a
        // name that is neither leaves its bit never set, as validation reports).
        let mut said: FastMap<&str, u32> = FastMap::default();
        for (&(space, sym), &bit) in &self.bit_of {
            match space {
                SAID => {
                    said.insert(rt.names.name(sym), bit);
                }
                VISITED => {
                    if let Some(d) = node_of(&rt.names, sym) {
                        rt.nodes[d as usize].visit_bit = bit;
                    }
                }
                _ => {}
            }
        }
        if !said.is_empty() {
            let mut start = 0usize;
            for (j, &end) in rt.choice_ends.iter().enumerate() {
                let name = rt.choice_text.get(start..end as usize).unwrap_or("");
                start = end as usize;
                if let Some(&bit) = said.get(name) {
                    let c = &mut rt.choices[j];
                    if c.extra == NONE {
                        rt.extras.push(NO_EXTRA);
                        c.extra = u32::try_from(rt.extras.len() - 1).ok()?;
                    }
                    rt.extras[c.extra as usize].said_bit = bit;
                }
            }
        }
        drop(said);
        rt.words = self.bit_of.len().div_ceil(64);
        let names = &mut rt.names;
        names.table = hashbrown::HashTable::new();
        names.def = Vec::new();
        names.text.shrink_to_fit();
        names.ends.shrink_to_fit();
        rt.choice_text.shrink_to_fit();
        for v in [&mut rt.node_names, &mut rt.choice_ends] {
            v.shrink_to_fit();
        }
        rt.nodes.shrink_to_fit();
        rt.choices.shrink_to_fit();
        rt.reactions.shrink_to_fit();
        rt.weights.shrink_to_fit();
        rt.extras.shrink_to_fit();
        rt.routes.shrink_to_fit();
        Some(self.rt)
    }
}

impl Runtime {
    /// Compiles a validated scenario. `None` if it refers to something missing.
    pub fn compile(s: &Scenario, catalog: &Catalog) -> Option<Runtime> {
        let mut b = RuntimeBuilder::new(s, catalog, s.nodes.len());
        for n in &s.nodes {
            b.node(n);
        }
        b.finish()
    }

    /// The encounter's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn start_node(&self) -> u32 {
        self.start
    }

    pub fn nodes(&self) -> usize {
        self.nodes.len()
    }

    /// Replies of all nodes together.
    pub fn choices(&self) -> usize {
        self.choices.len()
    }

    pub fn node_name(&self, node: u32) -> &str {
        self.names.name(self.node_names[node as usize])
    }

    pub fn choice_name(&self, choice: u32) -> &str {
        let j = choice as usize;
        let start = if j == 0 {
            0
        } else {
            self.choice_ends[j - 1] as usize
        };
        self.choice_text
            .get(start..self.choice_ends[j] as usize)
            .unwrap_or("")
    }

    /// Global indices of a node's replies.
    pub fn node_choices(&self, node: u32) -> std::ops::Range<u32> {
        let n = &self.nodes[node as usize];
        n.first_choice..n.first_choice + u32::from(n.choices)
    }

    /// The ending's outcome and score, if the node is an ending.
    pub fn ending(&self, node: u32) -> Option<(Outcome, u32)> {
        let n = &self.nodes[node as usize];
        (n.ending != 0).then(|| (OUTCOME_CODES[n.ending as usize - 1], u32::from(n.score)))
    }

    /// The nodes a node's replies can lead to as written (every `goto`, `goto_if` and
    /// reaction target; conditions ignored, escalation left out), with repeats.
    pub fn successors(&self, node: u32) -> impl Iterator<Item = u32> + '_ {
        let routes = move |x: u32| {
            let (start, len) = if x == NONE {
                (0, 0)
            } else {
                self.extras[x as usize].routes
            };
            self.routes[start as usize..(start + len) as usize]
                .iter()
                .map(|r| r.1)
        };
        self.node_choices(node).flat_map(move |ci| {
            let c = &self.choices[ci as usize];
            let first = c.first_reaction as usize;
            let reactions = &self.reactions[first..first + c.reactions as usize];
            routes(c.extra)
                .chain(std::iter::once(c.goto))
                .chain(
                    reactions
                        .iter()
                        .flat_map(move |r| routes(r.extra).chain(std::iter::once(r.goto))),
                )
                .filter(|&n| n != NONE)
        })
    }

    /// The node the escalation rule sends the customer to, if the encounter has one.
    pub fn escalation_target(&self) -> Option<u32> {
        self.escalation.map(|e| e.2).filter(|&n| n != NONE)
    }

    /// Per catalog technique (by index): replies that follow it, replies that break it.
    pub fn technique_uses(&self) -> &[(u32, u32)] {
        &self.uses
    }

    pub fn scoring(&self) -> ScoringWeights {
        self.scoring
    }

    pub fn pass_mark(&self) -> u32 {
        self.pass_mark
    }

    /// The ranges the starting mood is drawn from: anger, trust, patience.
    pub fn mood_ranges(&self) -> [Range; 3] {
        self.mood
    }

    /// The customer's starting mood on this seed (as `Session::start` draws it).
    pub fn start_mood(&self, seed: u64) -> Mood {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        Mood {
            anger: draw(&mut rng, self.mood[0]),
            trust: draw(&mut rng, self.mood[1]),
            patience: draw(&mut rng, self.mood[2]),
        }
        .clamped()
    }

    /// Bytes the compiled tables take, names included (conditions estimated at 32
    /// bytes each).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.nodes.capacity() * size_of::<CNode>()
            + self.choices.capacity() * size_of::<CChoice>()
            + self.reactions.capacity() * size_of::<CReaction>()
            + self.combos.capacity() * size_of::<Combo>()
            + self.extras.capacity() * size_of::<Extra>()
            + self.conds.capacity() * 32
            + self.routes.capacity() * size_of::<(u32, u32)>()
            + self.weights.capacity() * size_of::<(u8, i16)>()
            + self.bits.capacity() * size_of::<u32>()
            + self.steps.capacity() * size_of::<u64>()
            + self.names.heap_bytes()
            + self.choice_text.capacity()
            + (self.node_names.capacity() + self.choice_ends.capacity()) * 4
            + self.uses.capacity() * 8
    }

    fn set(bits: &mut [u64], b: u32) {
        if b != NONE {
            bits[(b / 64) as usize] |= 1 << (b % 64);
        }
    }

    fn holds(c: &CCond, st: &RunState) -> bool {
        let m = st.mood;
        match c {
            CCond::AngerBelow(v) => m.anger < *v,
            CCond::AngerAtLeast(v) => m.anger >= *v,
            CCond::TrustBelow(v) => m.trust < *v,
            CCond::TrustAtLeast(v) => m.trust >= *v,
            CCond::PatienceBelow(v) => m.patience < *v,
            CCond::PatienceAtLeast(v) => m.patience >= *v,
            CCond::Bit(b) => *b != NONE && st.bits[(b / 64) as usize] >> (b % 64) & 1 == 1,
            CCond::All(cs) => cs.iter().all(|c| Self::holds(c, st)),
            CCond::Any(cs) => cs.iter().any(|c| Self::holds(c, st)),
            CCond::Not(c) => !Self::holds(c, st),
        }
    }

    /// Starts a run: the same starting mood as `Session::start` with this seed.
    /// `None` if the start offers no reply.
    pub fn start(&self, seed: u64) -> Option<RunState> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mood = Mood {
            anger: draw(&mut rng, self.mood[0]),
            trust: draw(&mut rng, self.mood[1]),
            patience: draw(&mut rng, self.mood[2]),
        }
        .clamped();
        let mut st = RunState {
            node: self.start,
            mood,
            bits: vec![0; self.words].into_boxed_slice(),
            feelings: false,
            streak: 0,
            escalated: false,
            rng,
            finished: false,
            decisions: 0,
            comp: vec![(0, 0); self.comps].into_boxed_slice(),
            proc_done: vec![0; self.procedures.len()].into_boxed_slice(),
            proc_points: vec![0; self.procedures.len()].into_boxed_slice(),
            critical: false,
            taboo: false,
        };
        self.enter(&mut st, self.start).then_some(st)
    }

    /// Marks the node entered; false if it offers no reply in this state.
    fn enter(&self, st: &mut RunState, node: u32) -> bool {
        st.node = node;
        let n = &self.nodes[node as usize];
        Self::set(&mut st.bits, n.visit_bit);
        if n.ending != 0 {
            st.finished = true;
            return true;
        }
        (0..u32::from(n.choices)).any(|k| self.offered(st, k))
    }

    /// Whether the node's `k`-th reply is on offer now.
    #[inline]
    pub fn offered(&self, st: &RunState, k: u32) -> bool {
        let n = &self.nodes[st.node as usize];
        let c = &self.choices[(n.first_choice + k) as usize];
        if c.extra == NONE {
            return true;
        }
        let when = self.extras[c.extra as usize].when;
        when == NONE || Self::holds(&self.conds[when as usize], st)
    }

    /// Replies of the current node (offered or not).
    pub fn replies(&self, st: &RunState) -> u32 {
        u32::from(self.nodes[st.node as usize].choices)
    }

    /// Global index of the current node's `k`-th reply (for ids).
    pub fn choice_index(&self, st: &RunState, k: u32) -> usize {
        (self.nodes[st.node as usize].first_choice + k) as usize
    }

    /// Plays the current node's `k`-th reply (which must be on offer). Returns false
    /// if the encounter then reaches a node with no reply on offer.
    pub fn choose(&self, st: &mut RunState, k: u32) -> bool {
        let n = &self.nodes[st.node as usize];
        let c = &self.choices[(n.first_choice + k) as usize];

        // Decision points: possible is the best weight any offered reply follows.
        let replies = u32::from(n.choices);
        let mut best = [0i64; 32];
        let wide = self.comps > best.len();
        for j in 0..replies {
            if !self.offered(st, j) {
                continue;
            }
            let o = &self.choices[(n.first_choice + j) as usize];
            for &(ci, w) in &self.weights[self.combos[o.combo as usize].follows()] {
                if wide {
                    continue;
                }
                let b = &mut best[ci as usize];
                *b = (*b).max(i64::from(w));
            }
        }
        if wide {
            for ci in 0..self.comps {
                let mut b = 0i64;
                for j in 0..replies {
                    if self.offered(st, j) {
                        let o = &self.choices[(n.first_choice + j) as usize];
                        let f = self.combos[o.combo as usize].follows();
                        for &(cj, w) in &self.weights[f] {
                            if cj as usize == ci {
                                b = b.max(i64::from(w));
                            }
                        }
                    }
                }
                st.comp[ci].1 += b;
            }
        } else {
            for (ci, b) in best.iter().enumerate().take(self.comps) {
                st.comp[ci].1 += b;
            }
        }

        let combo = &self.combos[c.combo as usize];
        let extra = if c.extra == NONE {
            &NO_EXTRA
        } else {
            &self.extras[c.extra as usize]
        };
        let has = |f: u8| combo.flags & f != 0;
        let unheard = st.mood.anger >= self.calm_below && !st.feelings && !has(HAS_FEELINGS);
        let auto = unheard && has(HAS_MATTER) && has(CAN_AUTO) && self.auto.is_some();
        let mut delta = if unheard { combo.unheard } else { combo.heard }.get()
            + combo.breach.get()
            + c.mood.get();
        for &(ci, w) in &self.weights[combo.follows()] {
            st.comp[ci as usize].0 += i64::from(w);
        }
        for &(ci, w) in &self.weights[combo.breaks()] {
            st.comp[ci as usize].0 -= i64::from(w);
        }
        if auto && let Some((breach, w)) = &self.auto {
            delta = delta + *breach;
            for &(ci, w) in w.iter() {
                st.comp[ci as usize].0 -= w;
            }
        }
        st.critical |= has(CRITICAL);
        st.taboo |= has(TABOO);

        let first = c.first_reaction as usize;
        let reactions = &self.reactions[first..first + c.reactions as usize];
        // Drawn among the reactions whose condition holds now, before the mood change.
        let eligible = |r: &CReaction, st: &RunState| {
            r.extra == NONE || {
                let w = self.extras[r.extra as usize].when;
                w == NONE || Self::holds(&self.conds[w as usize], st)
            }
        };
        let total: u64 = reactions
            .iter()
            .filter(|r| eligible(r, st))
            .map(|r| u64::from(r.weight))
            .sum();
        let mut drawn: Option<&CReaction> = None;
        if total > 0 {
            // The same draw as the session: a u64 in 0..total.
            let mut roll = st.rng.random_range(0..total);
            for r in reactions.iter().filter(|r| eligible(r, st)) {
                let w = u64::from(r.weight);
                if roll < w {
                    drawn = Some(r);
                    break;
                }
                roll -= w;
            }
        }
        if let Some(r) = drawn {
            delta = delta + r.mood.get();
            for &b in &self.bits[r.set_bits.range()] {
                Self::set(&mut st.bits, b);
            }
        }
        if has(BREAKS_ANY) || auto {
            delta = delta.scale_harm(2 + st.streak as i32, 2);
            st.streak += 1;
        } else {
            st.streak = 0;
        }
        delta.patience -= self.patience_per_turn;
        st.mood = st.mood.react(delta);
        if has(HAS_FEELINGS) {
            st.feelings = true;
        }
        Self::set(&mut st.bits, extra.said_bit);
        for &b in &self.bits[extra.set_bits.range()] {
            Self::set(&mut st.bits, b);
        }

        // Procedures, in rank order within the reply.
        for (k, p) in self.procedures.iter().enumerate() {
            if combo.steps == NONE {
                break;
            }
            let performs = self.steps[combo.steps as usize + k];
            if performs == 0 {
                continue;
            }
            for &si in p.order.iter() {
                if performs >> si & 1 == 0 || st.proc_done[k] >> si & 1 == 1 {
                    continue;
                }
                let rank = p.steps[si].rank;
                let skipped = p
                    .steps
                    .iter()
                    .enumerate()
                    .any(|(j, s)| s.required && s.rank < rank && st.proc_done[k] >> j & 1 == 0);
                st.proc_done[k] |= 1 << si;
                st.proc_points[k] += match (p.steps[si].required, skipped) {
                    (true, false) => 2,
                    (true, true) => 1,
                    (false, true) => -1,
                    (false, false) => 0,
                };
            }
        }

        // Where to, on the state after the reply: the reaction's `goto_if`, its `goto`,
        // then the reply's `goto_if` and `goto`.
        let route = |x: u32, goto: u32, st: &RunState| {
            if x != NONE {
                let (start, len) = self.extras[x as usize].routes;
                for &(cond, to) in &self.routes[start as usize..(start + len) as usize] {
                    if Self::holds(&self.conds[cond as usize], st) {
                        return to;
                    }
                }
            }
            goto
        };
        let mut next = drawn.map_or(NONE, |r| route(r.extra, r.goto, st));
        if next == NONE {
            next = route(c.extra, c.goto, st);
        }

        // The ending wins over escalation.
        let reaches_ending = next != NONE && self.nodes[next as usize].ending != 0;
        if let Some((a, pt, goto)) = self.escalation
            && !st.escalated
            && !reaches_ending
        {
            let angry = a.is_some_and(|a| st.mood.anger >= a);
            let impatient = pt.is_some_and(|p| st.mood.patience <= p);
            if angry || impatient {
                st.escalated = true;
                next = goto;
            }
        }
        st.decisions += 1;
        if next == NONE {
            return false;
        }
        self.enter(st, next)
    }

    /// The score of a finished run, exactly as `assess` gives it.
    pub fn score(&self, st: &RunState) -> RunScore {
        let n = &self.nodes[st.node as usize];
        let (ending, outcome) = match n.ending {
            0 => (0, Outcome::CustomerLeft),
            k => (u32::from(n.score), OUTCOME_CODES[k as usize - 1]),
        };
        let (e, p) = st.comp.iter().fold((0, 0), |(e, p), c| (e + c.0, p + c.1));
        let procs = self
            .procedures
            .iter()
            .zip(st.proc_points.iter())
            .map(|(p, &pts)| procedure_score(p.required, pts));
        let score = overall_weighted(
            self.scoring,
            points_score(e, p),
            mean_score(procs),
            outcome_part(ending, st.mood),
        );
        RunScore {
            score,
            passed: score >= self.pass_mark && !st.critical,
            outcome,
        }
    }

    /// Per competency index: the score, when the run assessed it.
    pub fn competency_scores<'s>(
        &self,
        st: &'s RunState,
    ) -> impl Iterator<Item = (usize, u32)> + 's {
        st.comp
            .iter()
            .enumerate()
            .filter(|(_, c)| c.1 > 0 || c.0 < 0)
            .map(|(i, c)| (i, points_score(c.0, c.1)))
    }

    pub fn procedure_ids(&self) -> &[String] {
        &self.scenario_procedures
    }

    pub fn procedure_source(&self, k: usize) -> usize {
        self.procedures[k].source
    }
}

impl RunState {
    /// A hash of what decides where the run can go from here (node, mood, condition
    /// bits, the feelings door, the bad-reply streak, escalation and the generator's
    /// position), leaving out the score accumulators: two states with the same course
    /// offer the same replies and lead to the same states for ever after.
    pub(crate) fn course_hash(&self) -> u64 {
        // A multiply-and-rotate mix of a few words: this runs once per reply explored.
        let mix = |h: u64, w: u64| (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29);
        let m = &self.mood;
        let mut h = mix(
            u64::from(self.node),
            (m.anger as u32 as u64) << 32 | m.trust as u32 as u64,
        );
        h = mix(h, (m.patience as u32 as u64) << 32 | u64::from(self.streak));
        h = mix(
            h,
            u64::from(self.feelings)
                | u64::from(self.escalated) << 1
                | u64::from(self.finished) << 2,
        );
        for &w in self.bits.iter() {
            h = mix(h, w);
        }
        mix(h, self.rng.get_word_pos() as u64)
    }

    /// Whether two states have the same course (see [`RunState::course_hash`]).
    pub(crate) fn same_course(&self, other: &RunState) -> bool {
        self.node == other.node
            && self.mood == other.mood
            && self.bits == other.bits
            && self.feelings == other.feelings
            && self.streak == other.streak
            && self.escalated == other.escalated
            && self.finished == other.finished
            && self.rng == other.rng
    }
}

/// What the compiled runtime can hold. Validation refuses an encounter past any of
/// them (naming the limit), so that whatever validates compiles.
pub mod limits {
    /// Nodes in an encounter, and replies in all its nodes together.
    pub const NODES: u64 = super::LIMIT as u64;
    pub const REPLIES: u64 = super::LIMIT as u64;
    /// Replies of one node (a `u16` count).
    pub const REPLIES_PER_NODE: usize = u16::MAX as usize;
    /// Reactions of one reply, and flags one reply or reaction sets (`u8` counts).
    pub const REACTIONS_PER_REPLY: usize = u8::MAX as usize;
    pub const SETS: usize = u8::MAX as usize;
    /// The reaction weights of one reply, added up.
    pub const REACTION_WEIGHTS: u64 = u32::MAX as u64;
    /// A mood change on each scale: a reply's or a reaction's own, and the sums of
    /// the catalog effects of the techniques one reply follows or breaks (`i16`).
    pub const MOOD_MIN: i64 = i16::MIN as i64;
    pub const MOOD_MAX: i64 = i16::MAX as i64;
    /// The weights of the techniques one reply follows (or breaks), added up per
    /// competency (`i16`).
    pub const WEIGHT_SUM: i64 = i16::MAX as i64;
    /// Steps of a procedure the encounter checks (a 64-bit mask).
    pub const PROCEDURE_STEPS: usize = 64;
    /// Competencies in the catalog (a `u8` index).
    pub const COMPETENCIES: usize = u8::MAX as usize + 1;
}

impl Runtime {
    /// Whether some node can be entered again after it was left (a cycle among the
    /// gotos of replies and reactions and the escalation's): without one no state
    /// of a run can come round again.
    pub(crate) fn has_cycle(&self) -> bool {
        let n = self.nodes.len();
        let escalation = self.escalation.map(|e| e.2).filter(|&g| g != NONE);
        // Every way out of a node: gotos, conditional gotos (of replies and reactions)
        // and, from any node that is not an ending, the escalation.
        let succ = |i: usize| {
            let esc = escalation.filter(|_| self.nodes[i].ending == 0);
            self.successors(i as u32)
                .chain(esc)
                .filter(|&g| (g as usize) < n)
        };
        // Depth first, without recursion: 0 unseen, 1 on the path, 2 done.
        let mut state = vec![0u8; n];
        for root in 0..n {
            if state[root] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, Vec<u32>)> = vec![(root, succ(root).collect())];
            state[root] = 1;
            while let Some((node, next)) = stack.last_mut() {
                match next.pop() {
                    Some(j) => {
                        let j = j as usize;
                        match state[j] {
                            1 => return true,
                            0 => {
                                state[j] = 1;
                                let s = succ(j).collect();
                                stack.push((j, s));
                            }
                            _ => {}
                        }
                    }
                    None => {
                        state[*node] = 2;
                        stack.pop();
                    }
                }
            }
        }
        false
    }
}
