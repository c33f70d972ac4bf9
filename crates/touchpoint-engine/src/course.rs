//! A course: the encounters grouped into modules in teaching order, each module with
//! its pass rule, and a trainee's progress through it.
//!
//! Texts live in Fluent (`locales/<lang>/course.ftl`): the course id is the course's
//! title (with a `.description`), each module id its name (with a `.goal`).
//!
//! Architecture invariant: pure data and functions; `touchpoint_content::course` reads the file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::validate::{Diagnostic, Doc, LocaleKeys, is_valid_id};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub id: String,
    pub modules: Vec<Module>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: String,
    /// Encounter ids, in the order they are meant to be played.
    pub encounters: Vec<String>,
    #[serde(default)]
    pub pass: PassRule,
}

/// When a module counts as passed. Every condition given must hold; with none given,
/// every encounter of the module must be passed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassRule {
    /// At least this many of the module's encounters passed (default: all of them).
    #[serde(default)]
    pub passed_at_least: Option<u32>,
    /// The average of the trainee's best scores over the module's encounters (an
    /// encounter not played counts 0) is at least this.
    #[serde(default)]
    pub average_at_least: Option<u32>,
    /// These encounters must be passed whatever else.
    #[serde(default)]
    pub required: Vec<String>,
}

/// A trainee's best attempt at one encounter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Best {
    pub score: u32,
    pub passed: bool,
}

impl Best {
    /// Keeps `now` as the best of `encounter` in `best` if it is better: passed
    /// first, then the higher score.
    pub fn keep(best: &mut BTreeMap<String, Best>, encounter: &str, now: Best) {
        match best.get_mut(encounter) {
            Some(b) if (now.passed, now.score) > (b.passed, b.score) => *b = now,
            Some(_) => {}
            None => {
                best.insert(encounter.to_string(), now);
            }
        }
    }
}

/// Where a trainee stands in one module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleProgress {
    pub module: String,
    pub encounters: usize,
    pub played: usize,
    pub passed: usize,
    /// Average best score over the module's encounters (not played: 0).
    pub average: u32,
    /// Passed encounters the rule needs.
    pub needed: usize,
    pub required_missing: Vec<String>,
    pub complete: bool,
}

impl Module {
    pub fn needed(&self) -> usize {
        self.pass
            .passed_at_least
            .map(|n| n as usize)
            .unwrap_or(self.encounters.len())
    }

    pub fn progress(&self, best: &BTreeMap<String, Best>) -> ModuleProgress {
        let mine: Vec<Option<&Best>> = self.encounters.iter().map(|e| best.get(e)).collect();
        let played = mine.iter().flatten().count();
        let passed = mine.iter().flatten().filter(|b| b.passed).count();
        let total: u32 = mine.iter().flatten().map(|b| b.score).sum();
        let average = if self.encounters.is_empty() {
            0
        } else {
            (f64::from(total) / self.encounters.len() as f64).round() as u32
        };
        let required_missing: Vec<String> = self
            .pass
            .required
            .iter()
            .filter(|r| !best.get(*r).is_some_and(|b| b.passed))
            .cloned()
            .collect();
        let complete = passed >= self.needed()
            && self.pass.average_at_least.is_none_or(|a| average >= a)
            && required_missing.is_empty();
        ModuleProgress {
            module: self.id.clone(),
            encounters: self.encounters.len(),
            played,
            passed,
            average,
            needed: self.needed(),
            required_missing,
            complete,
        }
    }
}

impl Course {
    /// The module an encounter belongs to, and its place in the course.
    pub fn module_of(&self, encounter: &str) -> Option<(usize, &Module)> {
        self.modules
            .iter()
            .enumerate()
            .find(|(_, m)| m.encounters.iter().any(|e| e == encounter))
    }

    pub fn progress(&self, best: &BTreeMap<String, Best>) -> Vec<ModuleProgress> {
        self.modules.iter().map(|m| m.progress(best)).collect()
    }
}

/// Checks a course against the encounters that exist (`known`: id → difficulty rank,
/// 0 introductory .. 2 hard) and its Fluent files. Paths are into the course file.
pub fn validate_course(
    course: &Course,
    known: &BTreeMap<String, u8>,
    locales: &[LocaleKeys],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let d = Doc::Scenario;
    let err = |out: &mut Vec<Diagnostic>, path: String, msg: String| {
        out.push(Diagnostic::error(Doc::Scenario, path, msg))
    };
    if !is_valid_id(&course.id) {
        err(
            &mut out,
            "id".into(),
            format!(
                "`{}` is not a valid id; expected snake_case ([a-z][a-z0-9_]*)",
                course.id
            ),
        );
    }
    if course.modules.is_empty() {
        err(
            &mut out,
            "modules".into(),
            "a course needs at least one module".into(),
        );
    }
    let mut placed: BTreeMap<&str, String> = BTreeMap::new();
    let mut module_ids = Vec::new();
    for (mi, m) in course.modules.iter().enumerate() {
        let p = format!("modules[{mi}]");
        if !is_valid_id(&m.id) || m.id == course.id {
            err(
                &mut out,
                format!("{p}.id"),
                format!(
                    "`{}` is not a valid module id; expected snake_case, different from the course id",
                    m.id
                ),
            );
        }
        if module_ids.contains(&m.id.as_str()) {
            err(
                &mut out,
                format!("{p}.id"),
                format!("duplicate module id `{}`", m.id),
            );
        }
        module_ids.push(m.id.as_str());
        if m.encounters.is_empty() {
            err(
                &mut out,
                format!("{p}.encounters"),
                format!("module `{}` has no encounters", m.id),
            );
        }
        for (ei, e) in m.encounters.iter().enumerate() {
            let ep = format!("{p}.encounters[{ei}]");
            if !known.contains_key(e) {
                let list: Vec<&str> = known.keys().map(String::as_str).collect();
                err(
                    &mut out,
                    ep.clone(),
                    format!(
                        "no encounter `{e}` in this folder; expected one of: {}",
                        list.join(", ")
                    ),
                );
            }
            if let Some(first) = placed.insert(e.as_str(), m.id.clone()) {
                err(
                    &mut out,
                    ep,
                    format!(
                        "encounter `{e}` is already in module `{first}`; each encounter belongs to one module"
                    ),
                );
            }
        }
        let n = m.encounters.len() as u32;
        if let Some(k) = m.pass.passed_at_least
            && (k == 0 || k > n)
        {
            err(
                &mut out,
                format!("{p}.pass.passed_at_least"),
                format!("{k} is out of range; expected 1..={n} (the module has {n} encounters)"),
            );
        }
        if let Some(a) = m.pass.average_at_least
            && a > 100
        {
            err(
                &mut out,
                format!("{p}.pass.average_at_least"),
                format!("{a} is out of range; expected 0..=100"),
            );
        }
        for (ri, r) in m.pass.required.iter().enumerate() {
            if !m.encounters.contains(r) {
                err(
                    &mut out,
                    format!("{p}.pass.required[{ri}]"),
                    format!("`{r}` is not an encounter of module `{}`", m.id),
                );
            }
        }
        for l in locales {
            if !l.has(&m.id) {
                err(
                    &mut out,
                    format!("{p}.id"),
                    format!(
                        "no Fluent message `{}` (the module's name) in {}",
                        m.id, l.file
                    ),
                );
            } else if !l.has_attr(&m.id, "goal") {
                err(
                    &mut out,
                    format!("{p}.id"),
                    format!(
                        "Fluent message `{}` in {} has no `.goal` attribute (what the module teaches)",
                        m.id, l.file
                    ),
                );
            }
        }
    }
    for l in locales {
        if !l.has(&course.id) {
            err(
                &mut out,
                "id".into(),
                format!(
                    "no Fluent message `{}` (the course title) in {}",
                    course.id, l.file
                ),
            );
        }
    }
    for e in known.keys() {
        if !placed.contains_key(e.as_str()) {
            out.push(Diagnostic::warning(
                d.clone(),
                "modules",
                format!("encounter `{e}` is in the folder but in no module of the course"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(pass: PassRule) -> Module {
        Module {
            id: "m".into(),
            encounters: vec!["a".into(), "b".into(), "c".into()],
            pass,
        }
    }

    fn best(list: &[(&str, u32, bool)]) -> BTreeMap<String, Best> {
        list.iter()
            .map(|(id, score, passed)| {
                (
                    id.to_string(),
                    Best {
                        score: *score,
                        passed: *passed,
                    },
                )
            })
            .collect()
    }

    #[test]
    fn by_default_every_encounter_must_be_passed() {
        let m = module(PassRule::default());
        let two = best(&[("a", 90, true), ("b", 80, true), ("c", 40, false)]);
        let p = m.progress(&two);
        assert_eq!((p.played, p.passed, p.needed, p.average), (3, 2, 3, 70));
        assert!(!p.complete);
        let all = best(&[("a", 90, true), ("b", 80, true), ("c", 75, true)]);
        assert!(m.progress(&all).complete);
    }

    #[test]
    fn every_condition_of_a_rule_must_hold() {
        let m = module(PassRule {
            passed_at_least: Some(2),
            average_at_least: Some(70),
            required: vec!["c".into()],
        });
        // Two passed, average 57 (c not played counts 0), c missing.
        let p = m.progress(&best(&[("a", 90, true), ("b", 80, true)]));
        assert_eq!(p.average, 57);
        assert_eq!(p.required_missing, vec!["c".to_string()]);
        assert!(!p.complete);
        let p = m.progress(&best(&[("a", 95, true), ("b", 30, false), ("c", 90, true)]));
        assert!(p.complete, "{p:?}");
    }
}
