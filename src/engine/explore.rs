//! Exhaustive exploration of one seed's encounter, exact and fast.
//!
//! Every sequence of replies is played through the real [`Session`]. Paths that reach
//! the same *state* (node, mood, the flags, `said` and `visited` ids that conditions
//! mention, feelings handled, streak, escalation, random generator position, and how
//! far each checked procedure has got) have the same futures, so each state is
//! expanded once (memoised depth-first search).
//!
//! The score is not a sum along the path (the decisions part is a ratio, the outcome
//! part depends on the final mood), so a state does not keep one best value: it keeps
//! the Pareto set of its futures' summaries — decisions points earned (more is better)
//! and possible (fewer is better), procedure points, and the outcome part — from which
//! the exact best and worst overall score follow, because the overall score is monotone
//! in each of them. Competencies get their own two-number Pareto sets. The best and
//! worst paths are kept as shared linked lists of reply ids.
//!
//! Architecture invariant: pure, like the rest of the engine.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::rc::Rc;

use super::catalog::Catalog;
use super::mood::Mood;
use super::scenario::{Cond, Outcome, Scenario};
use super::scoring::{
    decision_points, mean_score, outcome_part, overall, points_score, procedure_score,
    procedure_step,
};
use super::session::{Pick, Session, SessionError};

/// Reply ids from a state to an ending, shared between paths.
#[derive(Debug)]
struct Link {
    choice: Rc<str>,
    next: Option<Rc<Link>>,
}

fn path_of(mut l: Option<&Rc<Link>>) -> Vec<String> {
    let mut v = Vec::new();
    while let Some(x) = l {
        v.push(x.choice.to_string());
        l = x.next.as_ref();
    }
    v
}

/// A summary of one future: what it adds from here to its ending.
#[derive(Debug, Clone)]
struct El {
    e: i64,
    p: i64,
    proc: Box<[i64]>,
    o: u32,
    len: u32,
    outcome: Outcome,
    ending: u32,
    path: Option<Rc<Link>>,
}

impl El {
    /// At least as good for the best score, and no longer.
    fn beats(&self, b: &El) -> bool {
        self.e >= b.e
            && self.p <= b.p
            && self.o >= b.o
            && self.proc.iter().zip(b.proc.iter()).all(|(x, y)| x >= y)
            && self.len <= b.len
    }
    /// At least as bad for the worst score, and no longer.
    fn sinks(&self, b: &El) -> bool {
        self.e <= b.e
            && self.p >= b.p
            && self.o <= b.o
            && self.proc.iter().zip(b.proc.iter()).all(|(x, y)| x <= y)
            && self.len <= b.len
    }
}

fn insert(set: &mut Vec<El>, el: El, dominates: fn(&El, &El) -> bool) {
    if set.iter().any(|x| dominates(x, &el)) {
        return;
    }
    set.retain(|x| !dominates(&el, x));
    set.push(el);
}

/// (earned, possible) of one competency.
type Pt = (i64, i64);

fn comp_beats(a: Pt, b: Pt) -> bool {
    a.0 >= b.0 && a.1 <= b.1 && (a.1 > 0 || (b.1 == 0 && a.0 == b.0))
}
fn comp_sinks(a: Pt, b: Pt) -> bool {
    a.0 <= b.0 && a.1 >= b.1
}
fn insert_pt(set: &mut Vec<Pt>, pt: Pt, dominates: fn(Pt, Pt) -> bool) {
    if set.iter().any(|&x| dominates(x, pt)) {
        return;
    }
    set.retain(|&x| !dominates(pt, x));
    set.push(pt);
}

#[derive(Debug, Default)]
struct Summary {
    /// For the best score.
    best: Vec<El>,
    /// For the worst score.
    worst: Vec<El>,
    /// Best among futures that break no taboo and no critical technique.
    clean: Vec<El>,
    /// Best among futures that break a taboo that is not marked critical.
    taboo: Vec<El>,
    comp_best: Vec<Vec<Pt>>,
    comp_worst: Vec<Vec<Pt>>,
    /// Complete paths per outcome (saturating).
    paths: u64,
    outcomes: [u64; 5],
}

fn outcome_index(o: Outcome) -> usize {
    match o {
        Outcome::Resolved => 0,
        Outcome::Escalated => 1,
        Outcome::CustomerLeft => 2,
        Outcome::Sale => 3,
        Outcome::NoSale => 4,
    }
}

pub(crate) const OUTCOMES: [Outcome; 5] = [
    Outcome::Resolved,
    Outcome::Escalated,
    Outcome::CustomerLeft,
    Outcome::Sale,
    Outcome::NoSale,
];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    node: String,
    mood: Mood,
    flags: Vec<String>,
    said: Vec<String>,
    visited: Vec<String>,
    feelings: bool,
    streak: u32,
    escalated: bool,
    rng: u128,
    proc: Vec<u64>,
}

/// A path that shows something, with the score the real scorer gives it.
#[derive(Debug, Clone)]
pub(crate) struct Witness {
    pub choices: Vec<String>,
    pub score: u32,
    pub outcome: Outcome,
    pub ending: String,
}

/// What one seed's exploration found.
#[derive(Debug, Default)]
pub(crate) struct SeedResult {
    pub best: Option<Witness>,
    pub worst: Option<Witness>,
    pub clean: Option<Witness>,
    pub taboo: Option<Witness>,
    pub competencies: BTreeMap<String, (u32, u32)>,
    pub paths: u64,
    pub outcomes: BTreeMap<String, u64>,
}

/// Shared across the seeds of one analysis.
pub(crate) struct Explorer<'a> {
    scenario: &'a Scenario,
    catalog: &'a Catalog,
    keep: BTreeSet<String>,
    procedures: Vec<&'a super::catalog::Procedure>,
    comp_index: HashMap<String, usize>,
    comp_ids: Vec<String>,
    pub budget: u64,
    pub max_depth: usize,
    pub steps: u64,
    pub states: u64,
    pub exhausted: bool,
    pub cyclic: bool,
    pub too_deep: BTreeSet<String>,
    pub reached: BTreeSet<String>,
    pub offered: BTreeSet<(String, String)>,
    pub endings: BTreeSet<String>,
    /// Nodes where no reply was on offer, with a path that gets there.
    pub stuck: BTreeMap<String, Vec<String>>,
    memo: HashMap<Key, Rc<Summary>>,
    open: HashSet<Key>,
    path: Vec<String>,
}

fn is_taboo(catalog: &Catalog, id: &str) -> bool {
    id.starts_with("taboo_") || catalog.technique(id).is_some_and(|t| t.critical)
}

impl<'a> Explorer<'a> {
    pub fn new(
        scenario: &'a Scenario,
        catalog: &'a Catalog,
        budget: u64,
        max_depth: usize,
    ) -> Self {
        let mut keep = BTreeSet::new();
        for c in scenario.nodes.iter().flat_map(|n| n.choices.iter()) {
            if let Some(w) = &c.when {
                super::validate::walk_cond(w, &mut |c| match c {
                    Cond::Said(x) | Cond::Visited(x) | Cond::Flag(x) => {
                        keep.insert(x.clone());
                    }
                    _ => {}
                });
            }
        }
        let comp_ids: Vec<String> = catalog.competencies.iter().map(|c| c.id.clone()).collect();
        let comp_index = comp_ids
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), i))
            .collect();
        Explorer {
            scenario,
            catalog,
            keep,
            procedures: scenario
                .procedures
                .iter()
                .filter_map(|p| catalog.procedure(p))
                .collect(),
            comp_index,
            comp_ids,
            budget,
            max_depth,
            steps: 0,
            states: 0,
            exhausted: false,
            cyclic: false,
            too_deep: BTreeSet::new(),
            reached: BTreeSet::new(),
            offered: BTreeSet::new(),
            endings: BTreeSet::new(),
            stuck: BTreeMap::new(),
            memo: HashMap::new(),
            open: HashSet::new(),
            path: Vec::new(),
        }
    }

    fn key(&self, s: &Session<'a>, proc: &[Vec<bool>]) -> Key {
        let st = s.state();
        Key {
            node: st.node.clone(),
            mood: st.mood,
            flags: st.flags.iter().cloned().collect(),
            said: st.said.iter().cloned().collect(),
            visited: st.visited.iter().cloned().collect(),
            feelings: st.feelings_handled,
            streak: st.streak,
            escalated: st.escalated,
            rng: s.rng_position(),
            proc: proc
                .iter()
                .map(|d| {
                    d.iter()
                        .enumerate()
                        .fold(0u64, |m, (i, &b)| if b && i < 64 { m | 1 << i } else { m })
                })
                .collect(),
        }
    }

    fn empty(&self) -> Summary {
        Summary {
            comp_best: vec![Vec::new(); self.comp_ids.len()],
            comp_worst: vec![Vec::new(); self.comp_ids.len()],
            ..Summary::default()
        }
    }

    fn leaf(&mut self, s: &Session<'a>) -> Summary {
        let st = s.state();
        let node = s.current_node();
        self.endings.insert(node.id.clone());
        let ending_score = node.ending.as_ref().map(|e| e.score).unwrap_or(0);
        let outcome = st.outcome.unwrap_or(Outcome::CustomerLeft);
        let el = El {
            e: 0,
            p: 0,
            proc: vec![0; self.procedures.len()].into_boxed_slice(),
            o: outcome_part(ending_score, st.mood),
            len: 0,
            outcome,
            ending: self.scenario.node_index(&node.id).unwrap_or(0) as u32,
            path: None,
        };
        let mut sum = self.empty();
        sum.best.push(el.clone());
        sum.worst.push(el.clone());
        sum.clean.push(el);
        for c in 0..self.comp_ids.len() {
            sum.comp_best[c].push((0, 0));
            sum.comp_worst[c].push((0, 0));
        }
        sum.paths = 1;
        sum.outcomes[outcome_index(outcome)] = 1;
        sum
    }

    fn expand(&mut self, s: Session<'a>, proc: Vec<Vec<bool>>) -> Rc<Summary> {
        let key = self.key(&s, &proc);
        if let Some(sum) = self.memo.get(&key) {
            return sum.clone();
        }
        if s.is_finished() {
            let sum = Rc::new(self.leaf(&s));
            self.memo.insert(key, sum.clone());
            return sum;
        }
        if self.open.contains(&key) {
            // The same state again further down the path: a loop the trainee could
            // keep going round. Its futures are the ones found the first time.
            self.cyclic = true;
            return Rc::new(self.empty());
        }
        let node = s.current_node().id.clone();
        self.reached.insert(node.clone());
        self.states += 1;
        let options = s.available();
        let mut sum = self.empty();
        if self.path.len() >= self.max_depth {
            self.too_deep.insert(node);
            self.exhausted = true;
            return Rc::new(sum);
        }
        self.open.insert(key.clone());
        for id in options {
            self.offered.insert((node.clone(), id.clone()));
            if self.steps >= self.budget {
                self.exhausted = true;
                break;
            }
            self.steps += 1;
            let mut next = s.clone();
            match next.choose(&Pick::Id(id.clone()), 0) {
                Ok(_) => {}
                Err(SessionError::Scenario(_)) => {
                    // Entered a node that offers nothing in this state.
                    let at = next.state().node.clone();
                    self.reached.insert(at.clone());
                    let mut p = self.path.clone();
                    p.push(id.clone());
                    self.stuck.entry(at).or_insert(p);
                    continue;
                }
                Err(_) => continue,
            }
            let Some(d) = next.state().decisions.last() else {
                continue;
            };
            // What this reply adds.
            let mut comp = vec![(0i64, 0i64); self.comp_ids.len()];
            let (mut de, mut dp) = (0i64, 0i64);
            for (c, (e, p)) in decision_points(self.scenario, self.catalog, d) {
                de += e;
                dp += p;
                if let Some(&i) = self.comp_index.get(&c) {
                    comp[i].0 += e;
                    comp[i].1 += p;
                }
            }
            let critical = d
                .breaks
                .iter()
                .any(|t| self.catalog.technique(t).is_some_and(|t| t.critical));
            let taboo = d.breaks.iter().any(|t| is_taboo(self.catalog, t));
            let mut nproc = proc.clone();
            let dproc: Vec<i64> = self
                .procedures
                .iter()
                .zip(nproc.iter_mut())
                .map(|(p, done)| procedure_step(p, done, &d.follows))
                .collect();
            next.forget_past(&self.keep);
            self.path.push(id.clone());
            let child = self.expand(next, nproc);
            self.path.pop();

            let link: Rc<str> = Rc::from(id.as_str());
            let shift = |x: &El| El {
                e: x.e + de,
                p: x.p + dp,
                proc: x.proc.iter().zip(&dproc).map(|(a, b)| a + b).collect(),
                o: x.o,
                len: x.len + 1,
                outcome: x.outcome,
                ending: x.ending,
                path: Some(Rc::new(Link {
                    choice: link.clone(),
                    next: x.path.clone(),
                })),
            };
            for x in &child.best {
                insert(&mut sum.best, shift(x), El::beats);
            }
            for x in &child.worst {
                insert(&mut sum.worst, shift(x), El::sinks);
            }
            if !critical {
                if taboo {
                    for x in child.clean.iter().chain(child.taboo.iter()) {
                        insert(&mut sum.taboo, shift(x), El::beats);
                    }
                } else {
                    for x in &child.clean {
                        insert(&mut sum.clean, shift(x), El::beats);
                    }
                    for x in &child.taboo {
                        insert(&mut sum.taboo, shift(x), El::beats);
                    }
                }
            }
            for (c, &(e, p)) in comp.iter().enumerate() {
                for &(x, y) in &child.comp_best[c] {
                    insert_pt(&mut sum.comp_best[c], (x + e, y + p), comp_beats);
                }
                for &(x, y) in &child.comp_worst[c] {
                    insert_pt(&mut sum.comp_worst[c], (x + e, y + p), comp_sinks);
                }
            }
            sum.paths = sum.paths.saturating_add(child.paths);
            for (a, b) in sum.outcomes.iter_mut().zip(child.outcomes) {
                *a = a.saturating_add(b);
            }
        }
        self.open.remove(&key);
        let sum = Rc::new(sum);
        if !self.exhausted {
            self.memo.insert(key, sum.clone());
        }
        sum
    }

    fn score(&self, el: &El) -> u32 {
        let procs = self
            .procedures
            .iter()
            .zip(el.proc.iter())
            .map(|(p, &pts)| procedure_score(p, pts));
        overall(
            self.scenario,
            points_score(el.e, el.p),
            mean_score(procs),
            el.o,
        )
    }

    fn witness(&self, el: &El) -> Witness {
        Witness {
            choices: path_of(el.path.as_ref()),
            score: self.score(el),
            outcome: el.outcome,
            ending: self
                .scenario
                .nodes
                .get(el.ending as usize)
                .map(|n| n.id.clone())
                .unwrap_or_default(),
        }
    }

    fn top(&self, set: &[El], best: bool) -> Option<Witness> {
        let pick = set.iter().map(|e| (self.score(e), e)).reduce(|a, b| {
            let better = if best { b.0 > a.0 } else { b.0 < a.0 };
            if better || (b.0 == a.0 && b.1.len < a.1.len) {
                b
            } else {
                a
            }
        })?;
        Some(self.witness(pick.1))
    }

    /// Explores every path of one seed.
    pub fn seed(&mut self, seed: u64) -> SeedResult {
        self.memo.clear();
        self.open.clear();
        let Ok((s, _)) = Session::start(self.scenario, self.catalog, seed) else {
            return SeedResult::default();
        };
        let proc = self
            .procedures
            .iter()
            .map(|p| vec![false; p.steps.len()])
            .collect();
        let mut s = s;
        s.forget_past(&self.keep);
        let root = self.expand(s, proc);
        let mut competencies = BTreeMap::new();
        for (c, id) in self.comp_ids.iter().enumerate() {
            let present = |&&(e, p): &&Pt| p > 0 || e < 0;
            let hi = root.comp_best[c]
                .iter()
                .filter(present)
                .map(|&(e, p)| points_score(e, p))
                .max();
            let lo = root.comp_worst[c]
                .iter()
                .filter(present)
                .map(|&(e, p)| points_score(e, p))
                .min();
            if let (Some(lo), Some(hi)) = (lo, hi) {
                competencies.insert(id.clone(), (lo, hi));
            }
        }
        let pass_mark = self.scenario.pass_mark;
        let passing = |w: Option<Witness>| w.filter(|w| w.score >= pass_mark);
        SeedResult {
            best: self.top(&root.best, true),
            worst: self.top(&root.worst, false),
            clean: passing(self.top(&root.clean, true)),
            taboo: passing(self.top(&root.taboo, true)),
            competencies,
            paths: root.paths,
            outcomes: OUTCOMES
                .iter()
                .zip(root.outcomes)
                .filter(|(_, n)| *n > 0)
                .map(|(o, n)| (o.as_str().to_string(), n))
                .collect(),
        }
    }
}
