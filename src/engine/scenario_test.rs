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
    pub expect: Expect,
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
    for (i, c) in case.choices.iter().enumerate() {
        if s.is_finished() {
            failures.push(format!(
                "the encounter ended after {i} replies; {} more were given ({})",
                case.choices.len() - i,
                case.choices[i..].join(",")
            ));
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
        failures.push(format!(
            "the path ended before the encounter did; replies on offer: {}",
            s.available().join(" ")
        ));
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
