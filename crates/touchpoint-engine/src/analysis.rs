//! Analysis of an encounter: what can happen in it, and what it can score.
//!
//! - **Exploration.** For each analysed seed, every sequence of replies is played
//!   through the real [`Session`] (so conditions, mood gates, random reactions and
//!   escalation behave exactly as in play) and every ending is assessed with the real
//!   scorer. When every path of every seed was explored, the figures are exact for those
//!   seeds; when the step budget runs out first, the score range is widened to bounds
//!   that hold for every path, and the result says so.
//! - **Seeds.** The starting mood and the reactions come from the seed. The analysed
//!   seeds are the seeds whose starting moods lie nearest the eight corners of the
//!   scenario's mood ranges (mood gates are thresholds, so the extremes open and close
//!   the most), plus the first few seeds.
//! - **Monte Carlo.** Random trainees: at each decision a reply is drawn uniformly from
//!   those on offer.
//!
//! Architecture invariant: pure. Progress is reported through a callback.

use std::collections::{BTreeMap, BTreeSet};

use rand::{Rng, RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::catalog::Catalog;
use super::explore::Explorer;
use super::runtime::Runtime;
use super::scenario::{Outcome, Scenario};
use super::scoring::{Assessment, assess};
use super::session::{Pick, Session};

/// Outcomes as the snake_case names result files use.
mod outcome_str {
    use super::Outcome;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(o: &Outcome, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(o.as_str())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Outcome, D::Error> {
        let s = String::deserialize(d)?;
        super::super::explore::OUTCOMES
            .iter()
            .copied()
            .find(|o| o.as_str() == s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown outcome `{s}`")))
    }
}

/// What to analyse and how hard to try.
#[derive(Debug, Clone)]
pub struct Options {
    /// Seeds explored exhaustively. Empty: pick them with [`pick_seeds`].
    pub seeds: Vec<u64>,
    /// How many seeds [`pick_seeds`] picks beyond the mood corners.
    pub extra_seeds: u64,
    /// Most replies played in the whole exploration before it gives up on exactness.
    pub budget: u64,
    /// Longest path followed. Hitting it is a limit of the analysis, reported as
    /// such (raise it with `--max-depth`), never a finding about the encounter.
    pub max_depth: usize,
    /// Random trainees in the Monte Carlo run (0: none).
    pub runs: u64,
    /// Seed of the Monte Carlo run.
    pub mc_seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seeds: Vec::new(),
            extra_seeds: 8,
            budget: 20_000_000,
            max_depth: 200,
            runs: 10_000,
            mc_seed: 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bounds {
    pub min: u32,
    pub max: u32,
}

impl Bounds {
    fn empty() -> Self {
        Bounds { min: 100, max: 0 }
    }
    fn add(&mut self, v: u32) {
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }
}

/// A path `touchpoint play --seed S --choices …` replays to `score`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PathScore {
    pub seed: u64,
    pub choices: Vec<String>,
    pub score: u32,
    pub passed: bool,
    /// `resolved`, `escalated`, … as in result files.
    #[serde(with = "outcome_str")]
    pub outcome: Outcome,
    pub ending: String,
}

impl PathScore {
    /// A path that shows a problem but never reaches an ending, so has no score.
    fn unscored(choices: Vec<String>) -> Self {
        PathScore {
            seed: 0,
            choices,
            score: 0,
            passed: false,
            outcome: Outcome::CustomerLeft,
            ending: String::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Error,
    Warning,
    Info,
}

/// One thing the analysis found. `code` is stable; `subject` is a node or
/// `node.choice` id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub level: Level,
    /// What was found (`unreachable_node`, `dead_end`, …); a name, never allocated.
    pub code: std::borrow::Cow<'static, str>,
    pub subject: Option<String>,
    /// A path that shows it, when there is one.
    pub path: Option<Box<PathScore>>,
    /// For a limit the analysis hit: the limit, and how many times (or how many
    /// nodes) it cut the exploration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

impl Finding {
    fn new(level: Level, code: &'static str, subject: Option<String>) -> Self {
        Finding {
            level,
            code: code.into(),
            subject,
            path: None,
            limit: None,
            count: None,
        }
    }

    fn with_path(mut self, p: PathScore) -> Self {
        self.path = Some(Box::new(p));
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TechniqueUse {
    pub id: String,
    pub competency: String,
    /// Replies that follow it.
    pub follows: u32,
    /// Replies that break it.
    pub breaks: u32,
    pub critical: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CompetencyCoverage {
    /// Catalog techniques of this competency the encounter exercises.
    pub exercised: u32,
    /// Catalog techniques of this competency.
    pub of: u32,
    /// Replies that follow or break one of its techniques.
    pub replies: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    pub techniques: Vec<TechniqueUse>,
    pub competencies: BTreeMap<String, CompetencyCoverage>,
    /// Catalog techniques the encounter never touches.
    pub unused: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonteCarlo {
    pub runs: u64,
    pub seed: u64,
    pub passes: u64,
    pub pass_rate: f64,
    pub mean: f64,
    /// Ten bins of overall score: 0–9, 10–19, … 90–100.
    pub histogram: Vec<u64>,
    pub outcomes: BTreeMap<String, u64>,
    /// Runs that failed only because a critical technique was broken.
    pub failed_on_taboo_only: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub scenario: String,
    pub seeds: Vec<u64>,
    /// Every path of every analysed seed was explored, and none goes round a loop:
    /// the score figures are exact.
    pub exact: bool,
    /// Every state the analysed seeds can reach was explored (no budget or depth
    /// limit cut the exploration short): what is reported unreachable is.
    pub complete: bool,
    /// Complete paths (counted, not all played: paths that meet in the same state
    /// share the rest of the way), distinct states expanded, and replies played.
    pub paths: u64,
    pub states: u64,
    pub steps: u64,
    /// Overall score range. Exact for the analysed seeds when `exact`, else bounds.
    pub score: Bounds,
    /// The range the explored paths showed (equals `score` when exact).
    pub observed: Bounds,
    pub competencies: BTreeMap<String, Bounds>,
    pub best: Option<PathScore>,
    pub worst: Option<PathScore>,
    /// A pass is reachable without breaking any critical technique or taboo.
    pub pass_without_taboo: bool,
    pub pass_without_taboo_path: Option<PathScore>,
    /// A pass is reachable while breaking a critical technique or taboo.
    pub pass_with_taboo: bool,
    pub pass_with_taboo_path: Option<PathScore>,
    pub nodes: u32,
    /// Bytes the compiled model of the encounter takes in memory (see `runtime`).
    pub model_bytes: u64,
    pub reachable: IdList,
    pub unreachable: Vec<String>,
    /// Reply ids (`node.choice`) never offered on any explored path.
    pub unreachable_choices: Vec<String>,
    /// Nodes where the trainee can be left with no reply, or can never reach an ending.
    pub dead_ends: Vec<String>,
    /// Endings no explored path reaches.
    pub unreachable_endings: Vec<String>,
    /// When a limit cut the exploration short: the nodes it did not reach, which may
    /// or may not be reachable (they are not listed as unreachable).
    pub unexplored: Vec<String>,
    pub outcomes: BTreeMap<String, u64>,
    pub coverage: Coverage,
    pub monte_carlo: Option<MonteCarlo>,
    pub findings: Vec<Finding>,
}

/// A list of ids in one string: a million reachable nodes without a million
/// allocations. Serialised as a JSON array of strings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdList {
    text: String,
    ends: Vec<u32>,
}

impl IdList {
    pub fn push(&mut self, id: &str) {
        self.text.push_str(id);
        self.ends
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().map(|&e| e as usize));
        starts
            .zip(self.ends.iter().map(|&e| e as usize))
            .map(|(a, b)| self.text.get(a..b).unwrap_or(""))
    }
}

impl Serialize for IdList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for IdList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut list = IdList::default();
        for id in Vec::<String>::deserialize(d)? {
            list.push(&id);
        }
        Ok(list)
    }
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.level == Level::Error)
    }
}

/// Progress of a long step: `(stage, done, total)`.
pub type Progress<'p> = &'p mut dyn FnMut(&str, u64, u64);

/// Seeds whose starting moods are nearest each corner of the mood ranges, then
/// `0..extra`. Sorted, without repeats.
pub fn pick_seeds(rt: &Runtime, extra: u64) -> Vec<u64> {
    let [a, t, p] = rt.mood_ranges();
    let lohi = |r: super::mood::Range| (r.0.min(r.1), r.0.max(r.1));
    let (a, t, p) = (lohi(a), lohi(t), lohi(p));
    let mut best: [(i64, u64); 8] = [(i64::MAX, 0); 8];
    for seed in 0..4096u64 {
        // A seed whose starting mood leaves the trainee no reply at the start: the
        // corners mean nothing then; take the first seeds.
        let Some(st) = rt.start(seed) else {
            return (0..extra.max(1)).collect();
        };
        let sm = st.mood;
        for (k, b) in best.iter_mut().enumerate() {
            let pick = |bit: usize, (lo, hi): (i32, i32)| if k >> bit & 1 == 0 { lo } else { hi };
            let d = i64::from((sm.anger - pick(0, a)).abs())
                + i64::from((sm.trust - pick(1, t)).abs())
                + i64::from((sm.patience - pick(2, p)).abs());
            if d < b.0 {
                *b = (d, seed);
            }
        }
    }
    let mut seeds: BTreeSet<u64> = best.iter().map(|b| b.1).collect();
    seeds.extend(0..extra);
    seeds.into_iter().collect()
}

/// Static coverage of the catalog by the encounter's replies.
pub fn coverage(scenario: &Scenario, catalog: &Catalog) -> Coverage {
    let mut uses = vec![(0u32, 0u32); catalog.techniques.len()];
    for c in scenario.nodes.iter().flat_map(|n| n.choices.iter()) {
        for i in c.follows.iter().filter_map(|t| catalog.technique_index(t)) {
            uses[i].0 += 1;
        }
        for i in c.breaks.iter().filter_map(|t| catalog.technique_index(t)) {
            uses[i].1 += 1;
        }
    }
    coverage_of(&uses, catalog)
}

/// Coverage from how many replies follow and break each catalog technique (by index).
pub fn coverage_of(uses: &[(u32, u32)], catalog: &Catalog) -> Coverage {
    let mut techniques = Vec::new();
    let mut unused = Vec::new();
    let mut competencies: BTreeMap<String, CompetencyCoverage> = catalog
        .competencies
        .iter()
        .map(|c| (c.id.clone(), CompetencyCoverage::default()))
        .collect();
    for (i, t) in catalog.techniques.iter().enumerate() {
        let cc = competencies
            .entry(t.competency.clone())
            .or_insert(CompetencyCoverage {
                exercised: 0,
                of: 0,
                replies: 0,
            });
        cc.of += 1;
        match uses.get(i).filter(|u| u.0 + u.1 > 0) {
            Some(&(f, b)) => {
                cc.exercised += 1;
                cc.replies += f + b;
                techniques.push(TechniqueUse {
                    id: t.id.clone(),
                    competency: t.competency.clone(),
                    follows: f,
                    breaks: b,
                    critical: t.critical,
                });
            }
            None => unused.push(t.id.clone()),
        }
    }
    Coverage {
        techniques,
        competencies,
        unused,
    }
}

/// Random trainees: each reply drawn uniformly from those on offer.
pub fn monte_carlo(rt: &Runtime, runs: u64, seed: u64, progress: Progress<'_>) -> MonteCarlo {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut histogram = vec![0u64; 10];
    let mut outcomes = BTreeMap::new();
    let (mut passes, mut sum, mut taboo_only, mut done) = (0u64, 0u64, 0u64, 0u64);
    let tick = (runs / 100).max(1);
    let mut offered: Vec<u32> = Vec::new();
    // A run still going after this many replies counts as stuck (round a loop for
    // ever): far more than any path of a loop-free encounter takes.
    let cap = (rt.nodes() as u64).saturating_mul(2).max(10_000);
    for i in 0..runs {
        let session_seed = rng.next_u64();
        let mut ok = false;
        if let Some(mut st) = rt.start(session_seed) {
            ok = true;
            while !st.finished {
                offered.clear();
                offered.extend((0..rt.replies(&st)).filter(|&k| rt.offered(&st, k)));
                if offered.is_empty() || u64::from(st.decisions) > cap {
                    ok = false;
                    break;
                }
                let k = offered[rng.random_range(0..offered.len())];
                if !rt.choose(&mut st, k) {
                    ok = false;
                    break;
                }
            }
            if ok {
                let a = rt.score(&st);
                histogram[(a.score.min(99) / 10) as usize] += 1;
                sum += u64::from(a.score);
                *outcomes.entry(a.outcome.as_str().to_string()).or_insert(0) += 1;
                if a.passed {
                    passes += 1;
                } else if a.score >= rt.pass_mark() && st.critical {
                    taboo_only += 1;
                }
            }
        }
        if !ok {
            *outcomes.entry("stuck".to_string()).or_insert(0) += 1;
        }
        done += 1;
        if (i + 1) % tick == 0 || i + 1 == runs {
            progress("monte_carlo", i + 1, runs);
        }
    }
    MonteCarlo {
        runs: done,
        seed,
        passes,
        pass_rate: if done == 0 {
            0.0
        } else {
            passes as f64 / done as f64
        },
        mean: if done == 0 {
            0.0
        } else {
            sum as f64 / done as f64
        },
        histogram,
        outcomes,
        failed_on_taboo_only: taboo_only,
    }
}

/// Bounds on the overall score that hold for every path: the decisions and procedure
/// parts anywhere in 0..=100, the outcome part from the endings' scores.
fn outer_bounds(scenario: &Scenario) -> Bounds {
    outer_bounds_of(
        scenario
            .nodes
            .iter()
            .filter_map(|n| n.ending.as_ref().map(|e| e.score.min(100))),
        scenario.scoring,
        !scenario.procedures.is_empty(),
    )
}

fn outer_bounds_of(
    endings: impl Iterator<Item = u32>,
    w: super::scenario::ScoringWeights,
    has_proc: bool,
) -> Bounds {
    let (lo_end, hi_end) = endings.fold((None, None), |(lo, hi): (Option<u32>, Option<u32>), e| {
        (
            Some(lo.map_or(e, |l| l.min(e))),
            Some(hi.map_or(e, |h| h.max(e))),
        )
    });
    let (lo_end, hi_end) = (lo_end.unwrap_or(0), hi_end.unwrap_or(100));
    let den = u64::from(w.decisions)
        + u64::from(w.outcome)
        + if has_proc { u64::from(w.procedures) } else { 0 };
    if den == 0 {
        return Bounds { min: 0, max: 0 };
    }
    let lo_out = u64::from(lo_end).div_ceil(2);
    let hi_out = u64::from(hi_end + 100).div_ceil(2);
    let lo = u64::from(w.outcome) * lo_out;
    let hi = u64::from(w.decisions) * 100
        + u64::from(w.outcome) * hi_out
        + if has_proc {
            u64::from(w.procedures) * 100
        } else {
            0
        };
    Bounds {
        min: (lo / den) as u32,
        max: hi.div_ceil(den).min(100) as u32,
    }
}

/// Plays a path and scores it with the real session and scorer.
pub fn replay(
    scenario: &Scenario,
    catalog: &Catalog,
    seed: u64,
    choices: &[String],
) -> Option<Assessment> {
    let (mut s, _) = Session::start(scenario, catalog, seed).ok()?;
    for c in choices {
        s.choose(&Pick::Id(c.clone()), 0).ok()?;
    }
    assess(scenario, catalog, s.state()).ok()
}

/// Analyses the encounter. The scenario must have passed validation.
pub fn analyze(
    scenario: &Scenario,
    catalog: &Catalog,
    opts: &Options,
    progress: Progress<'_>,
) -> Analysis {
    match Runtime::compile(scenario, catalog) {
        Some(rt) => analyze_compiled(rt, catalog, opts, progress, Some(scenario)),
        None => not_compiled(scenario, catalog, opts),
    }
}

/// Validation refuses what cannot be compiled; nothing to explore.
fn not_compiled(scenario: &Scenario, catalog: &Catalog, opts: &Options) -> Analysis {
    let seeds = if opts.seeds.is_empty() {
        (0..opts.extra_seeds.max(1)).collect()
    } else {
        opts.seeds.clone()
    };
    Analysis {
        scenario: scenario.id.clone(),
        seeds,
        exact: false,
        complete: false,
        paths: 0,
        states: 0,
        steps: 0,
        score: outer_bounds(scenario),
        observed: Bounds { min: 0, max: 0 },
        competencies: BTreeMap::new(),
        best: None,
        worst: None,
        pass_without_taboo: false,
        pass_without_taboo_path: None,
        pass_with_taboo: false,
        pass_with_taboo_path: None,
        nodes: scenario.nodes.len() as u32,
        model_bytes: 0,
        reachable: IdList::default(),
        unreachable: Vec::new(),
        unreachable_choices: Vec::new(),
        dead_ends: Vec::new(),
        unreachable_endings: Vec::new(),
        unexplored: Vec::new(),
        outcomes: BTreeMap::new(),
        coverage: coverage(scenario, catalog),
        monte_carlo: None,
        findings: vec![Finding::new(Level::Error, "not_compiled", None)],
    }
}

/// Analyses a compiled encounter. With the authored `scenario` at hand, every
/// reported path is also replayed through the real session and scorer; without it
/// (an encounter streamed from a file too big to hold as an authored tree), the
/// runtime's figures stand alone — `tests/engine.rs` checks that they agree.
pub fn analyze_compiled(
    rt: Runtime,
    catalog: &Catalog,
    opts: &Options,
    progress: Progress<'_>,
    scenario: Option<&Scenario>,
) -> Analysis {
    let seeds = if opts.seeds.is_empty() {
        pick_seeds(&rt, opts.extra_seeds)
    } else {
        opts.seeds.clone()
    };
    let mut ex = Explorer::new(rt, catalog, opts.budget, opts.max_depth);
    let total = seeds.len() as u64;
    let mut observed = Bounds::empty();
    let mut competencies: BTreeMap<String, Bounds> = BTreeMap::new();
    let (mut best, mut worst, mut clean, mut taboo): (
        Option<PathScore>,
        Option<PathScore>,
        Option<PathScore>,
        Option<PathScore>,
    ) = (None, None, None, None);
    let mut paths = 0u64;
    let mut outcomes: BTreeMap<String, u64> = BTreeMap::new();
    let as_path = |seed: u64, w: &super::explore::Witness| PathScore {
        seed,
        choices: w.choices.clone(),
        score: w.score,
        passed: false,
        outcome: w.outcome,
        ending: w.ending.clone(),
    };
    // Keeps the higher (or lower) score; ties keep the shorter path, then the first.
    let keep = |slot: &mut Option<PathScore>, new: PathScore, higher: bool| {
        let better = match slot {
            None => true,
            Some(o) => {
                (if higher {
                    new.score > o.score
                } else {
                    new.score < o.score
                }) || (new.score == o.score && new.choices.len() < o.choices.len())
            }
        };
        if better {
            *slot = Some(new);
        }
    };
    for (i, &seed) in seeds.iter().enumerate() {
        let r = ex.seed(seed);
        if let Some(w) = &r.best {
            observed.add(w.score);
            keep(&mut best, as_path(seed, w), true);
        }
        if let Some(w) = &r.worst {
            observed.add(w.score);
            keep(&mut worst, as_path(seed, w), false);
        }
        if let Some(w) = &r.clean {
            keep(&mut clean, as_path(seed, w), true);
        }
        if let Some(w) = &r.taboo {
            keep(&mut taboo, as_path(seed, w), true);
        }
        for (c, (lo, hi)) in r.competencies {
            let b = competencies.entry(c).or_insert_with(Bounds::empty);
            b.add(lo);
            b.add(hi);
        }
        paths = paths.saturating_add(r.paths);
        for (o, n) in r.outcomes {
            let e = outcomes.entry(o).or_insert(0);
            *e = e.saturating_add(n);
        }
        progress("explore", i as u64 + 1, total);
        if ex.exhausted {
            break;
        }
    }
    // Every reported path is replayed through the real session and scorer: the
    // figures above must be exactly what `touchpoint play` gives.
    let mut mismatches = Vec::new();
    for slot in [&mut best, &mut worst, &mut clean, &mut taboo] {
        if let Some(p) = slot.as_mut() {
            let Some(scenario) = scenario else {
                let mut st = ex.rt.start(p.seed);
                let ok = st.as_mut().is_some_and(|st| {
                    p.choices.iter().all(|id| {
                        (0..ex.rt.replies(st)).any(|k| {
                            ex.rt.choice_name(ex.rt.choice_index(st, k) as u32) == id
                                && ex.rt.offered(st, k)
                                && (ex.rt.choose(st, k) || st.finished)
                        })
                    })
                });
                match st.filter(|st| ok && st.finished).map(|st| ex.rt.score(&st)) {
                    Some(r) if r.score == p.score => p.passed = r.passed,
                    _ => mismatches.push(p.clone()),
                }
                continue;
            };
            match replay(scenario, catalog, p.seed, &p.choices) {
                Some(a) => {
                    if a.score != p.score {
                        mismatches.push(p.clone());
                    }
                    p.score = a.score;
                    p.passed = a.passed;
                }
                None => mismatches.push(p.clone()),
            }
        }
    }
    // Complete: every reachable state was explored. Exact: and no path goes round a
    // loop (going round it again would change the score).
    let complete = !ex.exhausted && ex.deep == 0;
    let exact = complete && ex.loops.is_empty();
    if observed.min > observed.max {
        observed = Bounds { min: 0, max: 0 };
    }
    let rt = &ex.rt;
    let score = if exact {
        observed
    } else {
        let o = outer_bounds_of(
            (0..rt.nodes() as u32).filter_map(|n| rt.ending(n).map(|e| e.1)),
            rt.scoring(),
            !rt.procedure_ids().is_empty(),
        );
        Bounds {
            min: o.min.min(observed.min),
            max: o.max.max(observed.max),
        }
    };
    let (pass_clean, pass_taboo) = (clean, taboo);

    let mut findings = Vec::new();
    let mut unreachable = Vec::new();
    let mut unexplored = Vec::new();
    let mut reachable = IdList::default();
    let mut unreachable_choices = Vec::new();
    let mut unreachable_endings = Vec::new();
    for n in 0..rt.nodes() as u32 {
        let id = rt.node_name(n);
        let reached = ex.reached_ix[n as usize];
        if reached {
            reachable.push(id);
        } else if !complete {
            // A limit cut the exploration short: not reached is not unreachable.
            unexplored.push(id.to_string());
        } else {
            unreachable.push(id.to_string());
            if rt.ending(n).is_some() {
                unreachable_endings.push(id.to_string());
            }
        }
        if complete && reached && rt.ending(n).is_none() {
            for c in rt.node_choices(n) {
                if !ex.offered_ix[c as usize] {
                    unreachable_choices.push(format!("{id}.{}", rt.choice_name(c)));
                }
            }
        }
    }
    for id in &unreachable {
        let code = if unreachable_endings.contains(id) {
            "unreachable_ending"
        } else {
            "unreachable_node"
        };
        findings.push(Finding::new(Level::Error, code, Some(id.clone())));
    }
    for id in &unreachable_choices {
        findings.push(Finding::new(
            Level::Warning,
            "unreachable_choice",
            Some(id.clone()),
        ));
    }
    let mut dead_ends: Vec<String> = ex.stuck.keys().cloned().collect();
    for (node, choices) in &ex.stuck {
        findings.push(
            Finding::new(Level::Error, "dead_end", Some(node.clone()))
                .with_path(PathScore::unscored(choices.clone())),
        );
    }
    for (node, choices) in &ex.trapped {
        if !dead_ends.contains(node) {
            dead_ends.push(node.clone());
        }
        findings.push(
            Finding::new(Level::Error, "trapped", Some(node.clone()))
                .with_path(PathScore::unscored(choices.clone())),
        );
    }
    if pass_clean.is_none() {
        // Proven only by an exact exploration; else it is what was seen.
        let mut f = if exact {
            Finding::new(Level::Error, "no_clean_pass", None)
        } else {
            Finding::new(
                if complete {
                    Level::Warning
                } else {
                    Level::Info
                },
                "no_clean_pass_found",
                None,
            )
        };
        f.path = best.clone().map(Box::new);
        findings.push(f);
    }
    if let Some(p) = &pass_taboo {
        findings.push(Finding::new(Level::Error, "pass_with_taboo", None).with_path(p.clone()));
    }
    for p in mismatches {
        findings.push(Finding::new(Level::Error, "internal_mismatch", None).with_path(p));
    }
    // Loops and the analysis's own limits: said as such, never as errors.
    if !ex.loops.is_empty() {
        let mut names: Vec<&str> = ex.loops.iter().take(5).map(String::as_str).collect();
        if ex.loops.len() > 5 {
            names.push("…");
        }
        let mut f = Finding::new(Level::Info, "loop", Some(names.join(", ")));
        f.count = Some(ex.loops.len() as u64);
        findings.push(f);
    }
    if ex.deep > 0 {
        let mut f = Finding::new(Level::Info, "depth_limit", ex.deep_at.clone());
        f.limit = Some(opts.max_depth as u64);
        f.count = Some(ex.deep);
        findings.push(f);
    }
    if ex.exhausted {
        let mut f = Finding::new(Level::Info, "bounds_only", None);
        f.limit = Some(opts.budget);
        findings.push(f);
    }
    if !unexplored.is_empty() {
        let mut f = Finding::new(Level::Info, "not_explored", None);
        f.count = Some(unexplored.len() as u64);
        findings.push(f);
    }

    if let Some((target, back)) = escalation_loop(rt) {
        findings.push(Finding::new(
            Level::Warning,
            "escalation_loop",
            Some(format!("{target} → {back}")),
        ));
    }

    let monte_carlo = (opts.runs > 0).then(|| monte_carlo(rt, opts.runs, opts.mc_seed, progress));
    if let Some(mc) = &monte_carlo
        && mc.pass_rate >= 0.2
    {
        findings.push(Finding::new(Level::Warning, "random_passes", None));
    }

    Analysis {
        scenario: rt.id().to_string(),
        seeds,
        exact,
        complete,
        paths,
        steps: ex.steps,
        states: ex.states,
        score,
        observed,
        competencies,
        best,
        worst,
        pass_without_taboo: pass_clean.is_some(),
        pass_without_taboo_path: pass_clean,
        pass_with_taboo: pass_taboo.is_some(),
        pass_with_taboo_path: pass_taboo,
        nodes: rt.nodes() as u32,
        model_bytes: ex.model_bytes() as u64,
        reachable,
        unreachable,
        unreachable_choices,
        dead_ends,
        unreachable_endings,
        unexplored,
        outcomes,
        coverage: coverage_of(rt.technique_uses(), catalog),
        monte_carlo,
        findings,
    }
}

/// Whether the escalation rule can send the trainee back into the middle: its target
/// leads (by the replies' gotos, conditions aside) to a node the trainee may already
/// have passed before escalating, a non-ending node reachable from the start without
/// escalation. The escalation fires after any reply, even one late in the encounter,
/// so such a target replays part of the encounter. Returns the target and the first
/// such node it leads to.
pub fn escalation_loop(rt: &Runtime) -> Option<(String, String)> {
    let target = rt.escalation_target()?;
    let n = rt.nodes();
    let walk = |from: u32| {
        let mut seen = vec![false; n];
        let mut order = Vec::new();
        let mut queue = std::collections::VecDeque::from([from]);
        seen[from as usize] = true;
        while let Some(i) = queue.pop_front() {
            order.push(i);
            for j in rt.successors(i) {
                if !std::mem::replace(&mut seen[j as usize], true) {
                    queue.push_back(j);
                }
            }
        }
        (seen, order)
    };
    let (before, _) = walk(rt.start_node());
    let (_, after) = walk(target);
    after
        .into_iter()
        .find(|&i| before[i as usize] && rt.ending(i).is_none())
        .map(|i| {
            (
                rt.node_name(target).to_string(),
                rt.node_name(i).to_string(),
            )
        })
}

/// The customer's typical mood on arriving at each node (indexed like
/// `scenario.nodes`): the mean over `runs` random trainees. `None` for nodes no run
/// reached.
pub fn typical_moods(
    scenario: &Scenario,
    catalog: &Catalog,
    runs: u64,
    seed: u64,
) -> Vec<Option<super::mood::Mood>> {
    let mut sums = vec![(0i64, 0i64, 0i64, 0i64); scenario.nodes.len()];
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut add = |s: &Session<'_>| {
        if let Some(i) = scenario.node_index(&s.state().node) {
            let m = s.state().mood;
            let e = &mut sums[i];
            e.0 += i64::from(m.anger);
            e.1 += i64::from(m.trust);
            e.2 += i64::from(m.patience);
            e.3 += 1;
        }
    };
    for _ in 0..runs {
        let Ok((mut s, _)) = Session::start(scenario, catalog, rng.next_u64()) else {
            break;
        };
        add(&s);
        while !s.is_finished() && s.state().decisions.len() < 10_000 {
            let n = s.available().len();
            if n == 0 || s.choose(&Pick::Number(rng.random_range(1..=n)), 0).is_err() {
                break;
            }
            add(&s);
        }
    }
    sums.into_iter()
        .map(|(a, t, p, n)| {
            (n > 0).then(|| super::mood::Mood {
                anger: (a / n) as i32,
                trust: (t / n) as i32,
                patience: (p / n) as i32,
            })
        })
        .collect()
}
