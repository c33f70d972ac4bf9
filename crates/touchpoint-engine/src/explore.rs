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
use super::validate::FastMap;

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
    /// The reply budget ran out: what was not explored is unknown, not absent.
    pub exhausted: bool,
    /// Some path was cut at the depth limit (how many were), and where the first was.
    pub deep: u64,
    pub deep_at: Option<String>,
    /// Some path came back to a state it had already been in (the same node, mood,
    /// flags…): a loop the trainee can go round, and the nodes where it closed.
    pub loops: BTreeSet<String>,
    /// Nodes where no reply was on offer, with a path that gets there.
    pub stuck: BTreeMap<String, Vec<String>>,
    /// Nodes with a state from which no ending can be reached (every state that
    /// follows from it was explored, and none is an ending), with a path that gets
    /// there.
    pub trapped: BTreeMap<String, Vec<String>>,
    trapped_ix: BTreeMap<u32, Vec<u32>>,
    /// Per node: some path entered it. Per reply (global index): it was on offer.
    pub reached_ix: Vec<bool>,
    pub offered_ix: Vec<bool>,
    stuck_ix: BTreeMap<u32, Vec<u32>>,
    deep_ix: Option<u32>,
    loop_ix: BTreeSet<u32>,
    path: Vec<u32>,
    /// The node graph has a cycle: states may come round again (see `walk`).
    cyclic: bool,
    best: Slot,
    worst: Slot,
    clean: Slot,
    taboo: Slot,
    comp: Vec<Option<(u32, u32)>>,
    paths: u64,
    outcomes: [u64; 5],
}

/// One state on the path being explored.
struct Frame {
    st: RunState,
    /// Next reply to try.
    k: u32,
    /// Some reply from here reached an ending.
    ends: bool,
    /// Some path from here was cut by a limit (depth, budget): its fate is unknown.
    open: bool,
    /// The shallowest state on the path that some state below this one comes back
    /// to (`usize::MAX`: none).
    low: usize,
    /// `pending.len()` when this frame was entered.
    mark: usize,
    hash: u64,
}

/// States that can reach nothing but states on the path (`low`) or no ending at all:
/// trapped if the state they come back to turns out to be.
const MAX_PENDING: usize = 10_000;

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
        let cyclic = rt.has_cycle();
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
            deep: 0,
            deep_at: None,
            loops: BTreeSet::new(),
            stuck: BTreeMap::new(),
            stuck_ix: BTreeMap::new(),
            trapped: BTreeMap::new(),
            trapped_ix: BTreeMap::new(),
            deep_ix: None,
            loop_ix: BTreeSet::new(),
            path: Vec::new(),
            cyclic,
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

    /// Plays every path from `root`, depth first without recursion (a path may be
    /// as long as `max_depth`), and decides which states are trapped: a state is
    /// trapped when every state that follows from it was explored and none is an
    /// ending. A path that comes back to a state already on it (the same course,
    /// whatever the score so far) is not followed again: the rest of the way was, or
    /// is being, explored from that state.
    fn walk(&mut self, root: RunState) {
        if root.finished {
            self.leaf(&root);
            return;
        }
        self.reached_ix[root.node as usize] = true;
        self.states += 1;
        let mut on_path: FastMap<u64, usize> = FastMap::default();
        let mut pending: Vec<(u32, Vec<u32>)> = Vec::new();
        let hash = root.course_hash();
        if self.cyclic {
            on_path.insert(hash, 0);
        }
        let mut frames = vec![Frame {
            st: root,
            k: 0,
            ends: false,
            open: false,
            low: usize::MAX,
            mark: 0,
            hash,
        }];
        while let Some(d) = frames.len().checked_sub(1) {
            let f = &mut frames[d];
            if f.k < self.rt.replies(&f.st) && !self.exhausted {
                let k = f.k;
                f.k += 1;
                if !self.rt.offered(&f.st, k) {
                    continue;
                }
                let ci = self.rt.choice_index(&f.st, k) as u32;
                self.offered_ix[ci as usize] = true;
                if self.steps >= self.budget {
                    self.exhausted = true;
                    f.open = true;
                    continue;
                }
                self.steps += 1;
                let mut next = f.st.clone();
                self.path.push(ci);
                if !self.rt.choose(&mut next, k) {
                    // No reply on offer where the trainee arrives.
                    self.reached_ix[next.node as usize] = true;
                    self.stuck_ix
                        .entry(next.node)
                        .or_insert_with(|| self.path.clone());
                    self.path.pop();
                    continue;
                }
                if next.finished {
                    self.leaf(&next);
                    frames[d].ends = true;
                    self.path.pop();
                    continue;
                }
                self.reached_ix[next.node as usize] = true;
                // Without a cycle among the nodes no state comes round again.
                let hash = if self.cyclic { next.course_hash() } else { 0 };
                if self.cyclic
                    && let Some(&at) = on_path.get(&hash)
                    && frames[at].st.same_course(&next)
                {
                    // Round a loop, back to a state on the path.
                    self.loop_ix.insert(next.node);
                    let f = &mut frames[d];
                    f.low = f.low.min(at);
                    self.path.pop();
                    continue;
                }
                if self.path.len() >= self.max_depth {
                    self.deep += 1;
                    self.deep_ix.get_or_insert(next.node);
                    frames[d].open = true;
                    self.path.pop();
                    continue;
                }
                self.states += 1;
                if self.cyclic {
                    on_path.entry(hash).or_insert(d + 1);
                }
                frames.push(Frame {
                    st: next,
                    k: 0,
                    ends: false,
                    open: false,
                    low: usize::MAX,
                    mark: pending.len(),
                    hash,
                });
                continue;
            }
            // Every reply from this state is explored (or the budget ran out).
            let Some(f) = frames.pop() else { break };
            if self.cyclic && on_path.get(&f.hash) == Some(&d) {
                on_path.remove(&f.hash);
            }
            let node = f.st.node;
            if f.ends || f.open || self.exhausted {
                // Everything below reaches an ending through this state, or may.
                pending.truncate(f.mark);
            } else if f.low >= d {
                // Everything that follows from here was explored: no ending.
                for (n, p) in pending.drain(f.mark..) {
                    self.trapped_ix.entry(n).or_insert(p);
                }
                self.trapped_ix
                    .entry(node)
                    .or_insert_with(|| self.path.clone());
            } else if pending.len() < MAX_PENDING && !self.trapped_ix.contains_key(&node) {
                // Trapped if the state it comes back to is.
                pending.push((node, self.path.clone()));
            }
            if let Some(parent) = frames.last_mut() {
                parent.ends |= f.ends;
                parent.open |= f.open && !f.ends;
                if !f.ends && !f.open && f.low < d {
                    parent.low = parent.low.min(f.low);
                }
            }
            self.path.pop();
        }
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
                self.path.clear();
                self.walk(st);
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
        if let Some(n) = self.deep_ix {
            self.deep_at = Some(self.rt.node_name(n).to_string());
        }
        for n in &self.loop_ix {
            self.loops.insert(self.rt.node_name(*n).to_string());
        }
    }
}
