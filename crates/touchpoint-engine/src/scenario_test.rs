//! Scenario tests an instructor writes next to an encounter (`<name>.test.ron`): paths
//! (seed + replies) and what must come of them.
//!
//! Architecture invariant: pure. The CLI finds and reads the files.

use serde::{Deserialize, Serialize};

use super::catalog::Catalog;
use super::scenario::{Outcome, Scenario};
use super::scoring::assess;
use super::session::{Session, TimedPick};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioTests {
    pub tests: Vec<TestCase>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestCase {
    pub name: String,
    /// The path is played once per seed.
    pub seeds: Vec<u64>,
    /// Reply ids or 1-based numbers, as `touchpoint play --choices` takes them: each
    /// optionally followed by `@` and the milliseconds taken (`open_take_charge@26000`,
    /// a late reply); without `@` a reply is instant.
    pub choices: Vec<String>,
    /// The encounter must end after exactly this many replies (1..=`choices.len()`);
    /// the replies listed after them are the rest of what the trainee meant to say and
    /// are not played. Without it, the path must end the encounter exactly.
    #[serde(default)]
    pub ends_after: Option<usize>,
    /// What must come of the path; without it, only that the path ends the encounter
    /// (as `ends_after` says).
    #[serde(default)]
    pub expect: Expect,
}

impl TestCase {
    /// What is wrong with the case as written, before any play: `(field, message)`.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(n) = self.ends_after {
            if n == 0 {
                out.push((
                    "ends_after",
                    "`ends_after` must be at least 1: an encounter takes at least one reply"
                        .to_string(),
                ));
            } else if n > self.choices.len() {
                out.push((
                    "ends_after",
                    format!(
                        "`ends_after: {n}` but the path lists only {} replies; expected 1..={}",
                        self.choices.len(),
                        self.choices.len()
                    ),
                ));
            }
        }
        out
    }
}

/// Everything left out is not checked.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Expect {
    pub passed: Option<bool>,
    /// Inclusive `(min, max)` overall score.
    pub score: Option<(u32, u32)>,
    pub outcome: Option<Outcome>,
    pub ending: Option<String>,
    /// Techniques the feedback must name.
    pub feedback: Vec<String>,
    /// Techniques the feedback must not name.
    pub not_feedback: Vec<String>,
    /// Exactly these critical techniques broken, in order (when given).
    pub critical: Option<Vec<String>>,
}

/// What one run of a case showed. `failures` is empty when it passed.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRun {
    pub seed: u64,
    pub score: Option<u32>,
    pub failures: Vec<String>,
}

/// Plays a case with one seed and checks the expectations.
pub fn run_case(scenario: &Scenario, catalog: &Catalog, case: &TestCase, seed: u64) -> CaseRun {
    let mut failures = Vec::new();
    let (mut s, _) = match Session::start(scenario, catalog, seed) {
        Ok(x) => x,
        Err(e) => {
            return CaseRun {
                seed,
                score: None,
                failures: vec![e.to_string()],
            };
        }
    };
    if let Some((_, problem)) = case.problems().into_iter().next() {
        return CaseRun {
            seed,
            score: None,
            failures: vec![problem],
        };
    }
    let played = case.ends_after.unwrap_or(case.choices.len());
    for (i, c) in case.choices.iter().enumerate().take(played) {
        if s.is_finished() {
            failures.push(match case.ends_after {
                Some(n) => format!(
                    "expected the encounter to end after {n} replies; it ended after {i}"
                ),
                None => format!(
                    "the encounter ended after {i} replies; {} more were given ({}); if the path ends early on purpose, say `ends_after: {i}`",
                    case.choices.len() - i,
                    case.choices[i..].join(",")
                ),
            });
            return CaseRun {
                seed,
                score: None,
                failures,
            };
        }
        let replied = TimedPick::parse(c)
            .and_then(|r| s.replay(&r.pick, r.elapsed_ms).map_err(|e| e.to_string()));
        if let Err(e) = replied {
            failures.push(format!("reply {} of the path: {e}", i + 1));
            return CaseRun {
                seed,
                score: None,
                failures,
            };
        }
    }
    if !s.is_finished() {
        failures.push(match case.ends_after {
            Some(n) => format!(
                "expected the encounter to end after {n} replies, but it goes on; replies on offer: {}",
                s.available().join(" ")
            ),
            None => format!(
                "the path ended before the encounter did; replies on offer: {}",
                s.available().join(" ")
            ),
        });
        return CaseRun {
            seed,
            score: None,
            failures,
        };
    }
    let a = match assess(scenario, catalog, s.state()) {
        Ok(a) => a,
        Err(e) => {
            return CaseRun {
                seed,
                score: None,
                failures: vec![e.to_string()],
            };
        }
    };
    let e = &case.expect;
    if let Some(p) = e.passed
        && p != a.passed
    {
        failures.push(format!(
            "expected passed = {p}, got {} (score {})",
            a.passed, a.score
        ));
    }
    if let Some((lo, hi)) = e.score
        && !(lo..=hi).contains(&a.score)
    {
        failures.push(format!("expected a score in {lo}..={hi}, got {}", a.score));
    }
    if let Some(o) = e.outcome
        && o != a.outcome
    {
        failures.push(format!(
            "expected outcome {}, got {}",
            o.as_str(),
            a.outcome.as_str()
        ));
    }
    if let Some(end) = &e.ending
        && *end != a.ending
    {
        failures.push(format!("expected ending `{end}`, got `{}`", a.ending));
    }
    let named: Vec<&str> = a.feedback.iter().map(|f| f.technique.as_str()).collect();
    for t in &e.feedback {
        if !named.contains(&t.as_str()) {
            failures.push(format!(
                "expected feedback on `{t}`; feedback names: {}",
                named.join(", ")
            ));
        }
    }
    for t in &e.not_feedback {
        if named.contains(&t.as_str()) {
            failures.push(format!("expected no feedback on `{t}`"));
        }
    }
    if let Some(c) = &e.critical {
        let got: Vec<&str> = a.critical.iter().map(|c| c.technique.as_str()).collect();
        if got != c.iter().map(String::as_str).collect::<Vec<_>>() {
            failures.push(format!(
                "expected critical breaches [{}], got [{}]",
                c.join(", "),
                got.join(", ")
            ));
        }
    }
    CaseRun {
        seed,
        score: Some(a.score),
        failures,
    }
}

/// Ids a test file names that its encounter does not have: each reply of a path (an
/// id must be a reply of some node: what is on offer depends on the seed, so this is
/// existence, not reachability; a number counts from 1; a timing suffix `@ms` is
/// not part of the id, and must be a whole number of milliseconds up to a day), the
/// expected ending (an ending node), and the techniques of the expected feedback and
/// critical breaches (catalog techniques; critical ones for
/// `critical`). Each as `(path in the test file, message)`, in file order.
pub fn check_ids(
    tests: &ScenarioTests,
    scenario: &Scenario,
    catalog: &Catalog,
) -> Vec<(String, String)> {
    use std::collections::HashSet;
    let replies: HashSet<&str> = scenario
        .nodes
        .iter()
        .flat_map(|n| n.choices.iter().map(|c| c.id.as_str()))
        .collect();
    let endings: Vec<&str> = scenario
        .nodes
        .iter()
        .filter(|n| n.ending.is_some())
        .map(|n| n.id.as_str())
        .collect();
    let mut out = Vec::new();
    for (ci, case) in tests.tests.iter().enumerate() {
        for (k, c) in case.choices.iter().enumerate() {
            let id = c.split_once('@').map_or(c.as_str(), |(id, _)| id).trim();
            let path = format!("tests[{ci}].choices[{k}]");
            // The timing too, as `--choices` reads it (a whole number, at most a day).
            if let Err(e) = TimedPick::parse(c) {
                out.push((path, e));
                continue;
            }
            match id.parse::<usize>() {
                Ok(0) => out.push((
                    path,
                    "reply number 0: replies are numbered from 1".to_string(),
                )),
                Ok(_) => {}
                Err(_) if replies.contains(id) => {}
                Err(_) => out.push((
                    path,
                    format!(
                        "`{id}` is not a reply of encounter `{}`; expected a reply id (or a number from 1)",
                        scenario.id
                    ),
                )),
            }
        }
        let e = &case.expect;
        if let Some(end) = &e.ending
            && !endings.contains(&end.as_str())
        {
            out.push((
                format!("tests[{ci}].expect.ending"),
                format!(
                    "`{end}` is not an ending of encounter `{}`; expected one of: {}",
                    scenario.id,
                    endings.join(", ")
                ),
            ));
        }
        for (field, list) in [("feedback", &e.feedback), ("not_feedback", &e.not_feedback)] {
            for (k, t) in list.iter().enumerate() {
                if catalog.technique(t).is_none() {
                    out.push((
                        format!("tests[{ci}].expect.{field}[{k}]"),
                        format!(
                            "unknown technique `{t}`; expected a technique id from the catalog"
                        ),
                    ));
                }
            }
        }
        for (k, t) in e.critical.iter().flatten().enumerate() {
            let path = format!("tests[{ci}].expect.critical[{k}]");
            match catalog.technique(t) {
                None => out.push((
                    path,
                    format!(
                        "unknown technique `{t}`; expected a critical technique id from the catalog"
                    ),
                )),
                Some(x) if !x.critical => out.push((
                    path,
                    format!("`{t}` is not a critical technique, so it is never a critical breach"),
                )),
                Some(_) => {}
            }
        }
    }
    out
}
