//! Exhaustive exploration of one seed's encounter on the compiled runtime.
//!
//! Every sequence of replies is played (depth first, one state per level, so memory
//! grows with the path length only) and every ending is scored exactly as the scorer
//! does, from accumulators the runtime keeps along the way.
//!
//! Architecture invariant: pure, like the rest of the engine.

use std::collections::{BTreeMap, BTreeSet};

use super::catalog::Catalog;
use super::runtime::{RunState, Runtime};
use super::scenario::Outcome;

/// A path that shows something, with its score.
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

/// Best candidate kept while exploring: score, then the path.
type Slot = Option<(u32, Outcome, u32, Vec<u32>)>;

/// Shared across the seeds of one analysis.
pub(crate) struct Explorer<'a> {
    catalog: &'a Catalog,
    pub rt: Runtime,
    pub budget: u64,
    pub max_depth: usize,
    pub steps: u64,
    pub states: u64,
    pub exhausted: bool,
    /// Some path reached the depth limit (a loop the trainee can keep going round).
    pub deep: bool,
    pub too_deep: BTreeSet<String>,
    /// Nodes where no reply was on offer, with a path that gets there.
    pub stuck: BTreeMap<String, Vec<String>>,
    /// Nodes from which, in some state, no sequence of replies reaches an ending
    /// (within the depth limit), with a path that gets there.
    pub trapped: BTreeMap<String, Vec<String>>,
    trapped_ix: BTreeMap<u32, Vec<u32>>,
    /// Per node: some path entered it. Per reply (global index): it was on offer.
    pub reached_ix: Vec<bool>,
    pub offered_ix: Vec<bool>,
    stuck_ix: BTreeMap<u32, Vec<u32>>,
    deep_ix: BTreeSet<u32>,
    path: Vec<u32>,
    best: Slot,
    worst: Slot,
    clean: Slot,
    taboo: Slot,
    comp: Vec<Option<(u32, u32)>>,
    paths: u64,
    outcomes: [u64; 5],
}

pub(crate) const OUTCOMES: [Outcome; 5] = [
    Outcome::Resolved,
    Outcome::Escalated,
    Outcome::CustomerLeft,
    Outcome::Sale,
    Outcome::NoSale,
];

fn outcome_index(o: Outcome) -> usize {
    OUTCOMES.iter().position(|x| *x == o).unwrap_or(0)
}

/// Keeps `new` if it is higher (or lower), or as good and shorter.
fn keep(slot: &mut Slot, score: u32, outcome: Outcome, ending: u32, path: &[u32], higher: bool) {
    let better = match slot {
        None => true,
        Some((s, _, _, p)) => {
            (if higher { score > *s } else { score < *s }) || (score == *s && path.len() < p.len())
        }
    };
    if better {
        *slot = Some((score, outcome, ending, path.to_vec()));
    }
}

impl<'a> Explorer<'a> {
    pub fn new(rt: Runtime, catalog: &'a Catalog, budget: u64, max_depth: usize) -> Self {
        Explorer {
            catalog,
            reached_ix: vec![false; rt.nodes()],
            offered_ix: vec![false; rt.choices()],
            rt,
            budget,
            max_depth,
            steps: 0,
            states: 0,
            exhausted: false,
            deep: false,
            too_deep: BTreeSet::new(),
            stuck: BTreeMap::new(),
            stuck_ix: BTreeMap::new(),
            trapped: BTreeMap::new(),
            trapped_ix: BTreeMap::new(),
            deep_ix: BTreeSet::new(),
            path: Vec::new(),
            best: None,
            worst: None,
            clean: None,
            taboo: None,
            comp: Vec::new(),
            paths: 0,
            outcomes: [0; 5],
        }
    }

    fn leaf(&mut self, st: &RunState) {
        self.reached_ix[st.node as usize] = true;
        self.paths += 1;
        let r = self.rt.score(st);
        self.outcomes[outcome_index(r.outcome)] += 1;
        keep(
            &mut self.best,
            r.score,
            r.outcome,
            st.node,
            &self.path,
            true,
        );
        keep(
            &mut self.worst,
            r.score,
            r.outcome,
            st.node,
            &self.path,
            false,
        );
        if r.passed && !st.taboo {
            keep(
                &mut self.clean,
                r.score,
                r.outcome,
                st.node,
                &self.path,
                true,
            );
        }
        if r.passed && st.taboo {
            keep(
                &mut self.taboo,
                r.score,
                r.outcome,
                st.node,
                &self.path,
                true,
            );
        }
        for (i, v) in self.rt.competency_scores(st) {
            let b = &mut self.comp[i];
            *b = Some(match *b {
                None => (v, v),
                Some((lo, hi)) => (lo.min(v), hi.max(v)),
            });
        }
    }

    /// Plays every path from `st`; returns whether any of them reaches an ending.
    fn walk(&mut self, st: &RunState) -> bool {
        if st.finished {
            self.leaf(st);
            return true;
        }
        self.reached_ix[st.node as usize] = true;
        self.states += 1;
        if self.path.len() >= self.max_depth {
            self.deep_ix.insert(st.node);
            self.deep = true;
            return false;
        }
        let mut ends = false;
        for k in 0..self.rt.replies(st) {
            if !self.rt.offered(st, k) {
                continue;
            }
            let ci = self.rt.choice_index(st, k) as u32;
            self.offered_ix[ci as usize] = true;
            if self.steps >= self.budget {
                self.exhausted = true;
                return true;
            }
            self.steps += 1;
            let mut next = st.clone();
            self.path.push(ci);
            if self.rt.choose(&mut next, k) {
                ends |= self.walk(&next);
            } else {
                self.reached_ix[next.node as usize] = true;
                self.stuck_ix
                    .entry(next.node)
                    .or_insert_with(|| self.path.clone());
            }
            self.path.pop();
        }
        if !ends {
            // Whatever the trainee does from here, the encounter never ends.
            self.trapped_ix
                .entry(st.node)
                .or_insert_with(|| self.path.clone());
        }
        ends
    }

    fn ids(&self, path: &[u32]) -> Vec<String> {
        path.iter()
            .map(|&c| self.rt.choice_name(c).to_string())
            .collect()
    }

    fn witness(&self, slot: &Slot) -> Option<Witness> {
        slot.as_ref().map(|(score, outcome, ending, path)| Witness {
            choices: self.ids(path),
            score: *score,
            outcome: *outcome,
            ending: self.rt.node_name(*ending).to_string(),
        })
    }

    /// Bytes the compiled model takes.
    pub fn model_bytes(&self) -> usize {
        self.rt.heap_bytes()
    }

    /// Explores every path of one seed.
    pub fn seed(&mut self, seed: u64) -> SeedResult {
        self.best = None;
        self.worst = None;
        self.clean = None;
        self.taboo = None;
        self.comp = vec![None; self.catalog.competencies.len()];
        self.paths = 0;
        self.outcomes = [0; 5];
        match self.rt.start(seed) {
            Some(st) => {
                self.walk(&st);
            }
            None => {
                let start = self.rt.start_node();
                self.stuck_ix.entry(start).or_default();
            }
        }
        self.sync();
        SeedResult {
            best: self.witness(&self.best),
            worst: self.witness(&self.worst),
            clean: self.witness(&self.clean),
            taboo: self.witness(&self.taboo),
            competencies: self
                .comp
                .iter()
                .enumerate()
                .filter_map(|(i, b)| b.map(|b| (self.catalog.competencies[i].id.clone(), b)))
                .collect(),
            paths: self.paths,
            outcomes: OUTCOMES
                .iter()
                .zip(self.outcomes)
                .filter(|(_, n)| *n > 0)
                .map(|(o, n)| (o.as_str().to_string(), n))
                .collect(),
        }
    }

    /// Copies the (few) index-based findings into the id-based fields.
    fn sync(&mut self) {
        for (n, p) in &self.stuck_ix {
            let ids = self.ids(p);
            self.stuck
                .entry(self.rt.node_name(*n).to_string())
                .or_insert(ids);
        }
        for (n, p) in &self.trapped_ix {
            let ids = self.ids(p);
            self.trapped
                .entry(self.rt.node_name(*n).to_string())
                .or_insert(ids);
        }
        for n in &self.deep_ix {
            self.too_deep.insert(self.rt.node_name(*n).to_string());
        }
    }
}
