//! The compiled runtime: an encounter turned into flat, index-based tables (interned
//! ids, index edges, precomputed technique sums) and a simulator over them that
//! follows exactly the rules of [`Session`](super::session::Session) and the scorer.
//!
//! [`Session`](super::session::Session) stays the API front ends use (events, ids,
//! transcript); the runtime is for bulk work: analysis, Monte Carlo runs and
//! benchmarks, where millions of replies are played. `tests/engine.rs` plays both on
//! the same seeds and replies and checks they agree on every mood, ending and score.
//!
//! Architecture invariant: pure, like the rest of the engine.

use std::collections::HashMap;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::catalog::{Catalog, Phase};
use super::mood::{Mood, MoodDelta, Range};
use super::scenario::ScoringWeights;
use super::scenario::{Cond, Outcome, Scenario};
use super::scoring::{mean_score, outcome_part, overall_weighted, points_score, procedure_score};
use super::session::MOOD_BEFORE_MATTER;

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

/// One reply, in 56 bytes; its lists live in the runtime's shared arrays.
#[derive(Debug, Clone)]
struct CChoice {
    /// Index into `conds`, or NONE.
    when: u32,
    goto: u32,
    first_reaction: u32,
    total_weight: u32,
    said_bit: u32,
    /// Index into `steps` (one mask per checked procedure), or NONE.
    steps: u32,
    follow_w: Span,
    break_w: Span,
    set_bits: Span,
    reactions: u8,
    flags: u8,
    /// Follows' mood effects, heard and unheard (matter moves harm-only).
    heard: D16,
    unheard: D16,
    /// Breaches of the authored breaks, plus the choice's own mood.
    base: D16,
}

#[derive(Debug, Clone)]
struct CReaction {
    weight: u32,
    goto: u32,
    set_bits: Span,
    mood: D16,
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

/// An encounter compiled for bulk simulation.
#[derive(Debug, Clone)]
pub struct Runtime {
    nodes: Vec<CNode>,
    choices: Vec<CChoice>,
    reactions: Vec<CReaction>,
    conds: Vec<CCond>,
    /// Per competency index: weight (shared by every reply's `follow_w`/`break_w`).
    weights: Vec<(u8, i16)>,
    bits: Vec<u32>,
    steps: Vec<u64>,
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

impl Runtime {
    /// Compiles a validated scenario. `None` if it refers to something missing.
    pub fn compile(s: &Scenario, catalog: &Catalog) -> Option<Runtime> {
        let node_index: HashMap<&str, u32> = s
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i as u32))
            .collect();
        let comp_index: HashMap<&str, u8> = catalog
            .competencies
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i as u8))
            .collect();
        // Bits for the ids conditions mention, one namespace each.
        let mut bits: HashMap<(u8, String), u32> = HashMap::new();
        fn collect(c: &Cond, bits: &mut HashMap<(u8, String), u32>) {
            let mut add = |k: u8, id: &String| {
                let n = bits.len() as u32;
                bits.entry((k, id.clone())).or_insert(n);
            };
            match c {
                Cond::Said(x) => add(0, x),
                Cond::Visited(x) => add(1, x),
                Cond::Flag(x) => add(2, x),
                Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| collect(c, bits)),
                Cond::Not(c) => collect(c, bits),
                _ => {}
            }
        }
        for c in s.nodes.iter().flat_map(|n| n.choices.iter()) {
            if let Some(w) = &c.when {
                collect(w, &mut bits);
            }
        }
        let bit = |k: u8, id: &str| bits.get(&(k, id.to_string())).copied().unwrap_or(NONE);
        fn compile_cond(c: &Cond, bit: &dyn Fn(u8, &str) -> u32) -> CCond {
            match c {
                Cond::AngerBelow(v) => CCond::AngerBelow(*v),
                Cond::AngerAtLeast(v) => CCond::AngerAtLeast(*v),
                Cond::TrustBelow(v) => CCond::TrustBelow(*v),
                Cond::TrustAtLeast(v) => CCond::TrustAtLeast(*v),
                Cond::PatienceBelow(v) => CCond::PatienceBelow(*v),
                Cond::PatienceAtLeast(v) => CCond::PatienceAtLeast(*v),
                Cond::Said(x) => CCond::Bit(bit(0, x)),
                Cond::Visited(x) => CCond::Bit(bit(1, x)),
                Cond::Flag(x) => CCond::Bit(bit(2, x)),
                Cond::All(cs) => CCond::All(cs.iter().map(|c| compile_cond(c, bit)).collect()),
                Cond::Any(cs) => CCond::Any(cs.iter().map(|c| compile_cond(c, bit)).collect()),
                Cond::Not(c) => CCond::Not(Box::new(compile_cond(c, bit))),
            }
        }
        let weights = |ids: &[String]| -> Vec<(u8, i64)> {
            let mut w: Vec<(u8, i64)> = Vec::new();
            for t in ids.iter().filter_map(|id| catalog.technique(id)) {
                for c in catalog.competencies_of(t) {
                    if let Some(&ci) = comp_index.get(c) {
                        match w.iter_mut().find(|x| x.0 == ci) {
                            Some(x) => x.1 += i64::from(t.weight),
                            None => w.push((ci, i64::from(t.weight))),
                        }
                    }
                }
            }
            w
        };
        let procs: Vec<(usize, &super::catalog::Procedure)> = s
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
        let procedures: Vec<CProcedure> = procs
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
        if procs.iter().any(|(_, p)| p.steps.len() > 64) {
            return None;
        }
        let goto = |g: &Option<String>| -> Option<u32> {
            match g {
                None => Some(NONE),
                Some(g) => node_index.get(g.as_str()).copied(),
            }
        };

        let mut nodes = Vec::with_capacity(s.nodes.len());
        let total_choices: usize = s.nodes.iter().map(|n| n.choices.len()).sum();
        let mut choices = Vec::with_capacity(total_choices);
        let mut reactions = Vec::new();
        let mut conds = Vec::new();
        let mut warena: Vec<(u8, i16)> = Vec::with_capacity(total_choices * 2);
        let mut barena: Vec<u32> = Vec::new();
        let mut sarena: Vec<u64> = Vec::new();
        let span_w = |w: Vec<(u8, i64)>, arena: &mut Vec<(u8, i16)>| -> Option<Span> {
            let start = u32::try_from(arena.len()).ok()?;
            for (c, x) in &w {
                arena.push((*c, i16::try_from(*x).ok()?));
            }
            Some(Span {
                start,
                len: u8::try_from(w.len()).ok()?,
            })
        };
        let span_b = |ids: &[String], arena: &mut Vec<u32>| -> Option<Span> {
            let start = u32::try_from(arena.len()).ok()?;
            arena.extend(ids.iter().map(|f| bit(2, f)));
            Some(Span {
                start,
                len: u8::try_from(ids.len()).ok()?,
            })
        };
        for n in &s.nodes {
            let first_choice = u32::try_from(choices.len()).ok()?;
            for c in &n.choices {
                let techs = |ids: &[String]| {
                    ids.iter()
                        .filter_map(|id| catalog.technique(id))
                        .collect::<Vec<_>>()
                };
                let follows = techs(&c.follows);
                let breaks = techs(&c.breaks);
                let mut heard = MoodDelta::default();
                let mut unheard = MoodDelta::default();
                for t in &follows {
                    heard = heard + t.follow;
                    unheard = unheard
                        + if t.phase == Phase::Matter {
                            t.follow.harm_only()
                        } else {
                            t.follow
                        };
                }
                let mut base = c.mood;
                for t in &breaks {
                    base = base + t.breach;
                }
                let first_reaction = u32::try_from(reactions.len()).ok()?;
                for r in &c.reactions {
                    reactions.push(CReaction {
                        weight: r.weight,
                        mood: D16::new(r.mood)?,
                        goto: goto(&r.goto)?,
                        set_bits: span_b(&r.sets, &mut barena)?,
                    });
                }
                let mut masks = vec![0u64; procs.len()];
                for (k, (_, p)) in procs.iter().enumerate() {
                    for (si, st) in p.steps.iter().enumerate() {
                        if st.techniques.iter().any(|t| c.follows.contains(t)) {
                            masks[k] |= 1 << si;
                        }
                    }
                }
                let steps = if masks.iter().all(|m| *m == 0) {
                    NONE
                } else {
                    let i = u32::try_from(sarena.len()).ok()?;
                    sarena.extend(masks);
                    i
                };
                let when = match &c.when {
                    None => NONE,
                    Some(w) => {
                        conds.push(compile_cond(w, &bit));
                        u32::try_from(conds.len() - 1).ok()?
                    }
                };
                let total: u64 = c.reactions.iter().map(|r| u64::from(r.weight)).sum();
                let mut flags = 0u8;
                for (on, f) in [
                    (
                        follows.iter().any(|t| t.phase == Phase::Feelings),
                        HAS_FEELINGS,
                    ),
                    (follows.iter().any(|t| t.phase == Phase::Matter), HAS_MATTER),
                    (!c.breaks.iter().any(|b| b == MOOD_BEFORE_MATTER), CAN_AUTO),
                    (!c.breaks.is_empty(), BREAKS_ANY),
                    (breaks.iter().any(|t| t.critical), CRITICAL),
                    (c.breaks.iter().any(|b| catalog.is_taboo(b)), TABOO),
                ] {
                    if on {
                        flags |= f;
                    }
                }
                choices.push(CChoice {
                    when,
                    goto: goto(&c.goto)?,
                    first_reaction,
                    total_weight: u32::try_from(total).ok()?,
                    said_bit: bit(0, &c.id),
                    steps,
                    follow_w: span_w(weights(&c.follows), &mut warena)?,
                    break_w: span_w(weights(&c.breaks), &mut warena)?,
                    set_bits: span_b(&c.sets, &mut barena)?,
                    reactions: u8::try_from(c.reactions.len()).ok()?,
                    flags,
                    heard: D16::new(heard)?,
                    unheard: D16::new(unheard)?,
                    base: D16::new(base)?,
                });
            }
            nodes.push(CNode {
                first_choice,
                visit_bit: bit(1, &n.id),
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
        }
        let auto = catalog
            .technique(MOOD_BEFORE_MATTER)
            .map(|t| (t.breach, weights(std::slice::from_ref(&t.id))));
        choices.shrink_to_fit();
        reactions.shrink_to_fit();
        warena.shrink_to_fit();
        let escalation = match &s.escalation {
            None => None,
            Some(e) => Some((
                e.anger_at_least,
                e.patience_at_most,
                *node_index.get(e.goto.as_str())?,
            )),
        };
        let m = &s.customer.mood;
        Some(Runtime {
            nodes,
            choices,
            reactions,
            conds,
            weights: warena,
            bits: barena,
            steps: sarena,
            start: *node_index.get(s.start.as_str())?,
            mood: [m.anger, m.trust, m.patience],
            calm_below: s.customer.calm_below,
            patience_per_turn: s.customer.patience_per_turn,
            escalation,
            auto,
            procedures,
            comps: catalog.competencies.len(),
            words: bits.len().div_ceil(64),
            scenario_procedures: s.procedures.clone(),
            scoring: s.scoring,
            pass_mark: s.pass_mark,
        })
    }

    pub fn start_node(&self) -> u32 {
        self.start
    }

    pub fn nodes(&self) -> usize {
        self.nodes.len()
    }

    /// Bytes the compiled tables take (conditions estimated at 32 bytes each).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.nodes.capacity() * size_of::<CNode>()
            + self.choices.capacity() * size_of::<CChoice>()
            + self.reactions.capacity() * size_of::<CReaction>()
            + self.conds.capacity() * 32
            + self.weights.capacity() * size_of::<(u8, i16)>()
            + self.bits.capacity() * size_of::<u32>()
            + self.steps.capacity() * size_of::<u64>()
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
        c.when == NONE || Self::holds(&self.conds[c.when as usize], st)
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
            for &(ci, w) in &self.weights[o.follow_w.range()] {
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
                        for &(cj, w) in &self.weights[o.follow_w.range()] {
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

        let has = |f: u8| c.flags & f != 0;
        let unheard = st.mood.anger >= self.calm_below && !st.feelings && !has(HAS_FEELINGS);
        let auto = unheard && has(HAS_MATTER) && has(CAN_AUTO) && self.auto.is_some();
        let mut delta = if unheard { c.unheard } else { c.heard }.get() + c.base.get();
        for &(ci, w) in &self.weights[c.follow_w.range()] {
            st.comp[ci as usize].0 += i64::from(w);
        }
        for &(ci, w) in &self.weights[c.break_w.range()] {
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

        let mut next = c.goto;
        if c.reactions > 0 && c.total_weight > 0 {
            // The same draw as the session: a u64 in 0..total.
            let mut roll = st.rng.random_range(0..u64::from(c.total_weight));
            let first = c.first_reaction as usize;
            for r in &self.reactions[first..first + c.reactions as usize] {
                let w = u64::from(r.weight);
                if roll < w {
                    delta = delta + r.mood.get();
                    if r.goto != NONE {
                        next = r.goto;
                    }
                    for &b in &self.bits[r.set_bits.range()] {
                        Self::set(&mut st.bits, b);
                    }
                    break;
                }
                roll -= w;
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
        Self::set(&mut st.bits, c.said_bit);
        for &b in &self.bits[c.set_bits.range()] {
            Self::set(&mut st.bits, b);
        }

        // Procedures, in rank order within the reply.
        for (k, p) in self.procedures.iter().enumerate() {
            if c.steps == NONE {
                break;
            }
            let performs = self.steps[c.steps as usize + k];
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

        if let Some((a, pt, goto)) = self.escalation
            && !st.escalated
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
