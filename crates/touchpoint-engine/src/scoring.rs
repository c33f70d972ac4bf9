//! Scoring: turns a finished session into an [`Assessment`].
//!
//! The rules (documented for instructors in `scenarios/README.md`):
//! - **Decisions.** At each decision and for each competency, the trainee could earn
//!   the highest weight that any offered reply follows in that competency (`possible`).
//!   They earn the weights their reply follows, minus the weights it breaks (`earned`).
//!   A competency's score is `100 * earned / possible`, clamped to 0..=100.
//! - **Procedures.** For each procedure the scenario checks, a required step done in
//!   order earns 2, done out of order 1, never done 0; an optional step done out of
//!   order costs 1. The score is the share of `2 * required steps`.
//! - **Outcome.** `(ending score + final satisfaction) / 2`, where satisfaction is
//!   `(100 - anger + trust) / 2`.
//! - **Overall** is the weighted mean of the three parts (`scoring` in the scenario;
//!   the procedure part is left out when the scenario checks none).
//! - **Pass** needs `overall >= pass_mark` and no critical technique broken (100-1=0).
//!
//! Architecture invariant: pure functions of the scenario, catalog and session state.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::catalog::Catalog;
use super::mood::Mood;
use super::scenario::{Choice, Node, Outcome, Scenario};
use super::session::{
    Decision, MOOD_BEFORE_MATTER, SessionError, SessionState, breaks_feelings_first, phases_of,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompetencyScore {
    pub id: String,
    pub score: u32,
    pub earned: i64,
    pub possible: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    InOrder,
    OutOfOrder,
    Missing,
    NotDone,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepCheck {
    pub step: String,
    pub required: bool,
    pub status: StepStatus,
    /// Index of the decision that performed the step.
    pub decision: Option<usize>,
    /// The required earlier step that was skipped, when out of order.
    pub skipped: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcedureCheck {
    pub id: String,
    pub score: u32,
    pub steps: Vec<StepCheck>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackKind {
    /// The reply broke the technique.
    Breach,
    /// The reply broke nothing, but a better reply followed this technique.
    Missed,
    /// A procedure step came before a required earlier step.
    Order,
    /// A required procedure step never happened.
    MissingStep,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackItem {
    pub kind: FeedbackKind,
    pub technique: String,
    pub competency: String,
    pub seeds: Vec<String>,
    pub critical: bool,
    /// Index into the transcript, when the item is about one decision.
    pub decision: Option<usize>,
    pub node: Option<String>,
    pub choice: Option<String>,
    /// The reply that would have been better at that point.
    pub better: Option<String>,
    /// Set by a rule, not by the reply's tags (feelings first, late reply).
    pub automatic: bool,
    pub procedure: Option<String>,
    pub step: Option<String>,
    /// The required earlier step that had not happened yet (order items).
    pub skipped: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreParts {
    pub decisions: u32,
    pub procedures: Option<u32>,
    pub outcome: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriticalBreach {
    pub decision: usize,
    pub node: String,
    pub choice: String,
    pub technique: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub score: u32,
    pub passed: bool,
    pub pass_mark: u32,
    pub outcome: Outcome,
    pub ending: String,
    pub ending_score: u32,
    pub final_mood: Mood,
    pub parts: ScoreParts,
    /// Competencies this encounter assessed, in catalog order.
    pub competencies: Vec<CompetencyScore>,
    pub procedures: Vec<ProcedureCheck>,
    pub critical: Vec<CriticalBreach>,
    pub feedback: Vec<FeedbackItem>,
}

fn pct(earned: i64, possible: i64) -> u32 {
    if possible <= 0 {
        return if earned < 0 { 0 } else { 100 };
    }
    let e = earned.clamp(0, possible);
    // Round half up in integers.
    ((200 * e + possible) / (2 * possible)) as u32
}

/// Value of a reply for "which was better": followed weight minus broken weight,
/// with critical breaches counted double.
pub fn choice_value(catalog: &Catalog, follows: &[String], breaks: &[String]) -> i64 {
    let mut v = 0i64;
    for t in follows.iter().filter_map(|id| catalog.technique(id)) {
        v += i64::from(t.weight);
    }
    for t in breaks.iter().filter_map(|id| catalog.technique(id)) {
        v -= i64::from(t.weight) * if t.critical { 2 } else { 1 };
    }
    v
}

/// Per-competency (followed weight, broken weight) of a list of techniques.
fn by_competency(catalog: &Catalog, ids: &[String]) -> BTreeMap<String, i64> {
    let mut out = BTreeMap::new();
    for t in ids.iter().filter_map(|id| catalog.technique(id)) {
        for c in catalog.competencies_of(t) {
            *out.entry(c.to_string()).or_insert(0) += i64::from(t.weight);
        }
    }
    out
}

/// What one decision adds to each competency: `(earned, possible)`, given the
/// offered replies looked up. At each decision and for each competency, `possible` is
/// the highest weight any offered reply follows in it; `earned` is the weights the
/// reply follows minus the weights it breaks. A competency a reply breaks appears even
/// when nothing could be earned in it.
fn points_of(
    catalog: &Catalog,
    d: &Decision,
    on_offer: &[(&str, Option<&Choice>)],
) -> BTreeMap<String, (i64, i64)> {
    let mut out: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for c in on_offer.iter().filter_map(|(_, c)| *c) {
        for (comp, w) in by_competency(catalog, &c.follows) {
            let e = &mut out.entry(comp).or_insert((0, 0)).1;
            *e = (*e).max(w);
        }
    }
    for (comp, w) in by_competency(catalog, &d.follows) {
        out.entry(comp).or_insert((0, 0)).0 += w;
    }
    for (comp, w) in by_competency(catalog, &d.breaks) {
        out.entry(comp).or_insert((0, 0)).0 -= w;
    }
    out
}

/// The replies offered at a decision, in display order, each with its definition in
/// the node: one pass over the node, however many replies it holds (the offered ones
/// are the node's in its order; anything else is looked up in a table).
fn offered_choices<'a>(
    node: Option<&'a Node>,
    offered: &'a [String],
) -> Vec<(&'a str, Option<&'a Choice>)> {
    let Some(node) = node else {
        return offered.iter().map(|id| (id.as_str(), None)).collect();
    };
    let mut rest = node.choices.iter();
    let mut table: Option<super::validate::FastMap<&str, &Choice>> = None;
    offered
        .iter()
        .map(|id| {
            let found = match &table {
                None => rest.by_ref().find(|c| c.id == *id).or_else(|| {
                    let t: super::validate::FastMap<&str, &Choice> =
                        node.choices.iter().map(|c| (c.id.as_str(), c)).collect();
                    let c = t.get(id.as_str()).copied();
                    table = Some(t);
                    c
                }),
                Some(t) => t.get(id.as_str()).copied(),
            };
            (id.as_str(), found)
        })
        .collect()
}

/// A competency's (or the decisions part's) score from its totals.
pub fn points_score(earned: i64, possible: i64) -> u32 {
    pct(earned, possible)
}

/// Rounded mean of the procedures' scores; `None` when there are none.
pub fn mean_score(scores: impl Iterator<Item = u32>) -> Option<u32> {
    let (sum, n) = scores.fold((0u32, 0u32), |(s, n), x| (s + x, n + 1));
    (n > 0).then(|| (sum + n / 2) / n)
}

/// The outcome part: `(ending score + final satisfaction) / 2`, rounded up.
pub fn outcome_part(ending_score: u32, mood: Mood) -> u32 {
    let satisfaction = mood.satisfaction().clamp(0, 100) as u32;
    (ending_score.min(100) + satisfaction).div_ceil(2)
}

/// The overall score: the weighted mean of the parts, rounded half up.
pub fn overall(scenario: &Scenario, decisions: u32, procedures: Option<u32>, outcome: u32) -> u32 {
    overall_weighted(scenario.scoring, decisions, procedures, outcome)
}

/// [`overall`] with the weights given directly.
pub fn overall_weighted(
    w: super::scenario::ScoringWeights,
    decisions: u32,
    procedures: Option<u32>,
    outcome: u32,
) -> u32 {
    let mut num =
        u64::from(w.decisions) * u64::from(decisions) + u64::from(w.outcome) * u64::from(outcome);
    let mut den = u64::from(w.decisions) + u64::from(w.outcome);
    if let Some(ps) = procedures {
        num += u64::from(w.procedures) * u64::from(ps);
        den += u64::from(w.procedures);
    }
    if den == 0 {
        0
    } else {
        (((2 * num + den) / (2 * den)) as u32).min(100)
    }
}

/// A procedure's score from its points and its number of required steps.
pub fn procedure_score(required: i64, points: i64) -> u32 {
    if required == 0 {
        (100 + 25 * points).clamp(0, 100) as u32
    } else {
        pct(points, 2 * required)
    }
}

pub fn assess(
    scenario: &Scenario,
    catalog: &Catalog,
    state: &SessionState,
) -> Result<Assessment, SessionError> {
    let outcome = state.outcome.ok_or(SessionError::NotFinished)?;
    let ending_node = scenario
        .node(&state.node)
        .ok_or_else(|| SessionError::BadState(format!("unknown node `{}`", state.node)))?;
    let ending_score = ending_node
        .ending
        .as_ref()
        .map(|e| e.score.min(100))
        .unwrap_or(0);

    // Decisions.
    let mut earned: BTreeMap<String, i64> = BTreeMap::new();
    let mut possible: BTreeMap<String, i64> = BTreeMap::new();
    let mut feedback = Vec::new();
    let mut critical = Vec::new();
    // Whether a feelings move had been made before the decision at hand.
    let mut feelings_handled = false;
    // The replies offered at each decision, looked up once (procedure feedback below
    // names steps by them).
    let mut offers: Vec<Offer> = Vec::with_capacity(state.decisions.len());
    for (i, d) in state.decisions.iter().enumerate() {
        let node = scenario.node(&d.node);
        let on_offer = offered_choices(node, &d.offered);
        for (comp, (e, p)) in points_of(catalog, d, &on_offer) {
            *earned.entry(comp.clone()).or_insert(0) += e;
            *possible.entry(comp).or_insert(0) += p;
        }

        // Feedback for this decision. Candidates for "better" are the other offered
        // replies, by value, the first shown winning a tie.
        let values: Vec<i64> = on_offer
            .iter()
            .map(|(_, c)| c.map_or(i64::MIN, |c| choice_value(catalog, &c.follows, &c.breaks)))
            .collect();
        let value = |id: &str| {
            on_offer
                .iter()
                .position(|(x, _)| *x == id)
                .map_or(i64::MIN, |k| values[k])
        };
        let chosen_value = choice_value(catalog, &d.follows, &d.breaks);
        let chosen = on_offer
            .iter()
            .find(|(x, _)| *x == d.choice)
            .and_then(|(_, c)| *c)
            .or_else(|| node.and_then(|n| n.choice(&d.choice)));
        let feelings = |c: &Choice| phases_of(catalog, &c.follows).0;
        // Whether reply `c`, given at this moment (in time), would break technique `t`
        // too: by its tags, or by landing on deaf ears (feelings first). No feedback
        // names such a reply as the better one for `t`.
        let breaks_too = |c: &Choice, t: &str| {
            c.breaks.iter().any(|b| b == t)
                || (t == MOOD_BEFORE_MATTER
                    && breaks_feelings_first(
                        scenario,
                        catalog,
                        d.mood_before,
                        feelings_handled,
                        &c.follows,
                    ))
        };
        // An authored `better` that was not on offer at that moment (a gated reply) would
        // be unfair to name; the best offered reply is named instead.
        let explicit_better = chosen
            .and_then(|c| c.better.as_deref())
            .and_then(|b| on_offer.iter().find(|(x, _)| *x == b))
            .map(|(x, c)| (*x, *c));
        let best_other = |filter: &dyn Fn(&Choice) -> bool| {
            let mut best: Option<(usize, i64)> = None;
            for (k, (id, c)) in on_offer.iter().enumerate() {
                let Some(c) = c else { continue };
                if *id == d.choice || !filter(c) {
                    continue;
                }
                if best.is_none_or(|(_, v)| values[k] > v) {
                    best = Some((k, values[k]));
                }
            }
            best.map(|(k, _)| on_offer[k].0.to_string())
        };
        let better_any = explicit_better
            .map(|(b, _)| b.to_string())
            .or_else(|| best_other(&|_| true));
        let better_value = better_any.as_deref().map(value).unwrap_or(i64::MIN);
        // The clock took the node's `on_timeout` reply: the trainee chose nothing.
        let timed_out = d.late && node.and_then(|n| n.on_timeout.as_deref()) == Some(&d.choice);

        for t in &d.breaks {
            let Some(tech) = catalog.technique(t) else {
                continue;
            };
            let automatic = d.automatic.contains(t);
            let better =
                if automatic && d.late && scenario.late_reply.breaks.contains(t) && !timed_out {
                    // Broken only by being late: the better reply is the same one, in time.
                    Some(d.choice.clone())
                } else {
                    let fits = |c: &Choice| !breaks_too(c, t);
                    let explicit = explicit_better
                        .filter(|(_, c)| c.is_some_and(fits))
                        .map(|(b, _)| b.to_string());
                    let better = if automatic && t == MOOD_BEFORE_MATTER {
                        explicit.or_else(|| best_other(&|c| feelings(c) && fits(c)))
                    } else {
                        explicit.or_else(|| best_other(&fits))
                    };
                    better.filter(|b| value(b) > chosen_value || automatic)
                };
            if tech.critical {
                critical.push(CriticalBreach {
                    decision: i,
                    node: d.node.clone(),
                    choice: d.choice.clone(),
                    technique: t.clone(),
                });
            }
            feedback.push(FeedbackItem {
                kind: FeedbackKind::Breach,
                technique: t.clone(),
                competency: tech.competency.clone(),
                seeds: tech.seeds.clone(),
                critical: tech.critical,
                decision: Some(i),
                node: Some(d.node.clone()),
                choice: Some(d.choice.clone()),
                better,
                automatic,
                procedure: None,
                step: None,
                skipped: None,
            });
        }
        if d.breaks.is_empty()
            && let Some(b) = better_any.as_ref().filter(|_| better_value > chosen_value)
        {
            let bc = on_offer
                .iter()
                .find(|(x, _)| *x == b.as_str())
                .and_then(|(_, c)| *c);
            let missed = bc.and_then(|c| missed_technique(catalog, &c.follows, &d.follows));
            if let Some(tech) = missed {
                feedback.push(FeedbackItem {
                    kind: FeedbackKind::Missed,
                    technique: tech.id.clone(),
                    competency: tech.competency.clone(),
                    seeds: tech.seeds.clone(),
                    critical: false,
                    decision: Some(i),
                    node: Some(d.node.clone()),
                    choice: Some(d.choice.clone()),
                    better: Some(b.clone()),
                    automatic: false,
                    procedure: None,
                    step: None,
                    skipped: None,
                });
            }
        }
        feelings_handled = feelings_handled || phases_of(catalog, &d.follows).0;
        offers.push((node, on_offer));
    }

    let mut competencies: Vec<CompetencyScore> = possible
        .iter()
        .map(|(id, &p)| {
            let e = earned.get(id).copied().unwrap_or(0);
            CompetencyScore {
                id: id.clone(),
                score: pct(e, p),
                earned: e,
                possible: p,
            }
        })
        .filter(|c| c.possible > 0 || c.earned < 0)
        .collect();
    competencies.sort_by_key(|c| catalog.competency_rank(&c.id));
    let total_possible: i64 = possible.values().sum();
    let total_earned: i64 = earned.values().sum();
    let decisions_score = pct(total_earned, total_possible);

    // Procedures.
    let mut procedures = Vec::new();
    for pid in &scenario.procedures {
        if let Some(p) = catalog.procedure(pid) {
            let check = check_procedure(p, &state.decisions);
            for s in &check.steps {
                let Some(step) = p.steps.iter().find(|x| x.id == s.step) else {
                    continue;
                };
                let kind = match s.status {
                    StepStatus::OutOfOrder => FeedbackKind::Order,
                    StepStatus::Missing => FeedbackKind::MissingStep,
                    _ => continue,
                };
                let d = s.decision.and_then(|i| state.decisions.get(i));
                // A step is named by what the trainee did, or could have done, in this
                // encounter. Out of order: the step's technique their reply followed,
                // and as the better reply one offered right then that does the skipped
                // step. Missing: the reply that does it (offered to them if one was,
                // else anywhere in the encounter) and the technique it does it by.
                // The step that failed (out of order: the skipped one) and the
                // decision where the trainee could have done it.
                let (named, node, better, failed, at) = match (kind, d, s.decision) {
                    (FeedbackKind::Order, Some(d), Some(i)) => {
                        let skipped = s
                            .skipped
                            .as_deref()
                            .and_then(|k| p.steps.iter().find(|x| x.id == k));
                        let better = skipped
                            .and_then(|k| step_reply(catalog, scenario, &offers[i..=i], k, false));
                        (
                            step_techniques(catalog, step).find(|t| d.follows.contains(t)),
                            Some(d.node.clone()),
                            better.map(|(_, _, c, _)| c.id.clone()),
                            skipped,
                            Some(i),
                        )
                    }
                    _ => match step_reply(catalog, scenario, &offers, step, true) {
                        Some((t, node, c, at)) => (
                            Some(t),
                            Some(node.to_string()),
                            Some(c.id.clone()),
                            Some(step),
                            at,
                        ),
                        None => (None, None, None, Some(step), None),
                    },
                };
                let Some(tech) = named
                    .or(step.techniques.first())
                    .and_then(|t| catalog.technique(t))
                else {
                    continue;
                };
                // One failure is reported once, as the breach (see "Procedures" in
                // the guide).
                let broke_named = kind == FeedbackKind::MissingStep
                    && feedback.iter().any(|f: &FeedbackItem| {
                        f.kind == FeedbackKind::Breach && f.technique == tech.id
                    });
                let broke_there = failed
                    .zip(at.and_then(|i| state.decisions.get(i)))
                    .is_some_and(|(failed, d)| broke_step(catalog, failed, d));
                if broke_named || broke_there {
                    continue;
                }
                // Two procedures may share a step's technique; say it once.
                if feedback.iter().any(|f: &FeedbackItem| {
                    f.kind == kind && f.technique == tech.id && f.decision == s.decision
                }) {
                    continue;
                }
                feedback.push(FeedbackItem {
                    kind,
                    technique: tech.id.clone(),
                    competency: tech.competency.clone(),
                    seeds: p.seeds.clone(),
                    critical: false,
                    decision: s.decision,
                    node,
                    choice: d.map(|d| d.choice.clone()),
                    better,
                    automatic: false,
                    procedure: Some(p.id.clone()),
                    step: Some(s.step.clone()),
                    skipped: s.skipped.clone(),
                });
            }
            procedures.push(check);
        }
    }
    let procedure_score = mean_score(procedures.iter().map(|p| p.score));
    let outcome_score = outcome_part(ending_score, state.mood);
    let score = overall(scenario, decisions_score, procedure_score, outcome_score);
    let passed = score >= scenario.pass_mark && critical.is_empty();

    Ok(Assessment {
        score,
        passed,
        pass_mark: scenario.pass_mark,
        outcome,
        ending: ending_node.id.clone(),
        ending_score,
        final_mood: state.mood,
        parts: ScoreParts {
            decisions: decisions_score,
            procedures: procedure_score,
            outcome: outcome_score,
        },
        competencies,
        procedures,
        critical,
        feedback,
    })
}

/// Whether the reply at decision `d` broke procedure step `step`: one of the step's
/// techniques, or `mood_before_matter` when the step is one a feelings move performs
/// (one of its techniques is a Feelings one). Such a step's failure there (missing,
/// or skipped by a later step done at `d`) is that breach, and reported once, as it.
fn broke_step(catalog: &Catalog, step: &super::catalog::ProcedureStep, d: &Decision) -> bool {
    let feelings_step = step.techniques.iter().any(|t| {
        catalog
            .technique(t)
            .is_some_and(|x| x.phase == super::catalog::Phase::Feelings)
    });
    d.breaks
        .iter()
        .any(|b| step.techniques.contains(b) || (b == MOOD_BEFORE_MATTER && feelings_step))
}

/// The technique a *missed* item names: of those the better reply follows and the
/// chosen one did not, the heaviest (catalog weight); among equal weights, the one
/// that comes first in the catalog (the course's own order: feelings before the
/// matter). A critical technique followed only means "did not break it" (no
/// over-promising), so it is named only when there is nothing else.
pub fn missed_technique<'c>(
    catalog: &'c Catalog,
    better: &[String],
    chosen: &[String],
) -> Option<&'c super::catalog::Technique> {
    better
        .iter()
        .filter(|t| !chosen.contains(t))
        .filter_map(|t| Some((catalog.technique_index(t)?, catalog.technique(t)?)))
        .max_by_key(|(i, t)| (!t.critical, t.weight, std::cmp::Reverse(*i)))
        .map(|(_, t)| t)
}

/// A step's techniques in the order they name it: the step's own order, a critical
/// one (following `no_overpromising` only means not over-promising) last.
fn step_techniques<'p>(
    catalog: &Catalog,
    step: &'p super::catalog::ProcedureStep,
) -> impl Iterator<Item = &'p String> {
    let critical = |t: &String| catalog.technique(t).is_some_and(|x| x.critical);
    let first = step.techniques.iter().filter(move |t| !critical(t));
    let last = step.techniques.iter().filter(move |t| critical(t));
    first.chain(last)
}

/// A decision's node and the replies offered there, each with its definition (see
/// [`offered_choices`]).
type Offer<'a> = (Option<&'a Node>, Vec<(&'a str, Option<&'a Choice>)>);

/// A reply that performs a procedure step, by the first of the step's techniques
/// (see [`step_techniques`]) that some reply follows: the first such reply offered at
/// one of the decisions in `offers`, else, with `anywhere`, the first in the
/// encounter. Returns the technique, the reply's node, the reply and the index in
/// `offers` of the decision it was offered at (none when found elsewhere). Linear in
/// the replies looked through (the offered ones were looked up once, in one pass over
/// each node).
#[allow(clippy::type_complexity)]
fn step_reply<'s, 'p>(
    catalog: &Catalog,
    scenario: &'s Scenario,
    offers: &[Offer<'s>],
    step: &'p super::catalog::ProcedureStep,
    anywhere: bool,
) -> Option<(
    &'p String,
    &'s str,
    &'s super::scenario::Choice,
    Option<usize>,
)> {
    step_techniques(catalog, step).find_map(|t| {
        let offered = offers.iter().enumerate().find_map(|(i, (node, on_offer))| {
            let node = (*node)?;
            on_offer
                .iter()
                .filter_map(|(_, c)| *c)
                .find(|c| c.follows.contains(t))
                .map(|c| (node.id.as_str(), c, Some(i)))
        });
        let found = offered.or_else(|| {
            anywhere
                .then(|| {
                    scenario.nodes.iter().find_map(|n| {
                        n.choices
                            .iter()
                            .find(|c| c.follows.contains(t))
                            .map(|c| (n.id.as_str(), c, None))
                    })
                })
                .flatten()
        });
        found.map(|(n, c, at)| (t, n, c, at))
    })
}

/// Checks the order of one procedure's steps over the decisions.
pub fn check_procedure(p: &super::catalog::Procedure, decisions: &[Decision]) -> ProcedureCheck {
    let mut done: Vec<Option<(usize, Option<String>)>> = vec![None; p.steps.len()];
    // Steps a decision performs count in rank order, so one reply that offers options
    // and states the deadline performs both steps in order.
    let mut order: Vec<usize> = (0..p.steps.len()).collect();
    order.sort_by_key(|&k| p.steps[k].rank);
    for (i, d) in decisions.iter().enumerate() {
        for &si in &order {
            let step = &p.steps[si];
            if done[si].is_some() || !step.techniques.iter().any(|t| d.follows.contains(t)) {
                continue;
            }
            let skipped = p
                .steps
                .iter()
                .enumerate()
                .find(|(k, s)| s.required && s.rank < step.rank && done[*k].is_none())
                .map(|(_, s)| s.id.clone());
            done[si] = Some((i, skipped));
        }
    }
    let mut points = 0i64;
    let mut required = 0i64;
    let mut steps = Vec::new();
    for (si, step) in p.steps.iter().enumerate() {
        if step.required {
            required += 1;
        }
        let (status, decision, skipped) = match &done[si] {
            Some((i, None)) => (StepStatus::InOrder, Some(*i), None),
            Some((i, Some(s))) => (StepStatus::OutOfOrder, Some(*i), Some(s.clone())),
            None if step.required => (StepStatus::Missing, None, None),
            None => (StepStatus::NotDone, None, None),
        };
        points += match (step.required, status) {
            (true, StepStatus::InOrder) => 2,
            (true, StepStatus::OutOfOrder) => 1,
            (false, StepStatus::OutOfOrder) => -1,
            _ => 0,
        };
        steps.push(StepCheck {
            step: step.id.clone(),
            required: step.required,
            status,
            decision,
            skipped,
        });
    }
    let score = procedure_score(required, points);
    ProcedureCheck {
        id: p.id.clone(),
        score,
        steps,
    }
}
