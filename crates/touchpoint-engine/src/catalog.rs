//! The technique catalog: competencies, techniques (taboos included), ordered
//! procedures, the course's encounter cases and its seed files, loaded from
//! `scenarios/catalog.ron`. Names and teachings live in Fluent
//! (`locales/<lang>/catalog.ftl`), keyed by the same ids.
//!
//! Architecture invariant: pure data and lookups. No IO; `touchpoint-content` parses the file.

use super::validate::FastMap;
use serde::{Deserialize, Serialize};

use super::mood::MoodDelta;
use super::scenario::Setting;

/// Which half of 先处理心情，再处理事情 a technique belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Phase {
    /// Handles the customer's feelings (soothe, empathise, apologise, listen).
    Feelings,
    /// Works on the issue itself (explain, offer options, commit, sell).
    Matter,
    /// Neither: courtesy, farewell, preparation.
    #[default]
    Any,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    pub id: String,
    #[serde(default)]
    pub seeds: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technique {
    pub id: String,
    /// Primary competency id.
    pub competency: String,
    /// Secondary competencies that the technique also counts towards.
    #[serde(default)]
    pub also: Vec<String>,
    /// Points per decision, 1..=10.
    pub weight: u32,
    /// Breaking a critical technique fails the attempt whatever the score (100-1=0).
    #[serde(default)]
    pub critical: bool,
    #[serde(default)]
    pub phase: Phase,
    /// Seed files of the courseware where this is taught.
    pub seeds: Vec<String>,
    /// Mood change when a reply follows the technique.
    #[serde(default)]
    pub follow: MoodDelta,
    /// Mood change when a reply breaks it.
    #[serde(default)]
    pub breach: MoodDelta,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureStep {
    pub id: String,
    /// Following any of these techniques performs the step.
    pub techniques: Vec<String>,
    /// Steps with a lower rank must come first; equal ranks may interleave.
    pub rank: u32,
    /// A required step must happen during the encounter.
    #[serde(default)]
    pub required: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub id: String,
    pub seeds: Vec<String>,
    pub steps: Vec<ProcedureStep>,
}

/// One of the course's encounter cases (COURSEWARE.md §4): the situation an encounter
/// is drawn from. Its name and a one-line summary are Fluent message `id` and its
/// `.summary`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    /// Where the case happens.
    pub setting: Setting,
    /// Seed files of the courseware the case comes from.
    pub seeds: Vec<String>,
}

/// A seed file of the courseware and the Fluent message that names it for trainees
/// (the course module and lesson it holds): feedback shows that name, result files
/// keep the file name.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The seed file, as techniques cite it (`003_ab2cbd483b0f63d8.txt`).
    pub file: String,
    /// Fluent message with its title.
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub competencies: Vec<Competency>,
    pub techniques: Vec<Technique>,
    pub procedures: Vec<Procedure>,
    /// The course's encounter cases, for `case:` in a scenario.
    #[serde(default)]
    pub cases: Vec<Case>,
    /// The courseware's seed files and the messages that title them.
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(skip)]
    index: CatalogIndex,
}

#[derive(Debug, Clone, Default)]
struct CatalogIndex {
    techniques: FastMap<String, usize>,
    competencies: FastMap<String, usize>,
    procedures: FastMap<String, usize>,
    cases: FastMap<String, usize>,
    sources: FastMap<String, usize>,
}

impl Catalog {
    /// Builds the lookup tables. Call after deserialising.
    pub fn indexed(mut self) -> Self {
        let mut index = CatalogIndex::default();
        for (i, t) in self.techniques.iter().enumerate() {
            index.techniques.entry(t.id.clone()).or_insert(i);
        }
        for (i, c) in self.competencies.iter().enumerate() {
            index.competencies.entry(c.id.clone()).or_insert(i);
        }
        for (i, p) in self.procedures.iter().enumerate() {
            index.procedures.entry(p.id.clone()).or_insert(i);
        }
        for (i, c) in self.cases.iter().enumerate() {
            index.cases.entry(c.id.clone()).or_insert(i);
        }
        for (i, s) in self.sources.iter().enumerate() {
            index.sources.entry(s.file.clone()).or_insert(i);
        }
        self.index = index;
        self
    }

    /// The technique's position in `techniques`.
    pub fn technique_index(&self, id: &str) -> Option<usize> {
        self.index.techniques.get(id).copied()
    }

    pub fn technique(&self, id: &str) -> Option<&Technique> {
        self.index.techniques.get(id).map(|&i| &self.techniques[i])
    }

    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.index
            .competencies
            .get(id)
            .map(|&i| &self.competencies[i])
    }

    pub fn procedure(&self, id: &str) -> Option<&Procedure> {
        self.index.procedures.get(id).map(|&i| &self.procedures[i])
    }

    pub fn case(&self, id: &str) -> Option<&Case> {
        self.index.cases.get(id).map(|&i| &self.cases[i])
    }

    /// The entry of a seed file in `sources`, by file name.
    pub fn source(&self, file: &str) -> Option<&Source> {
        self.index.sources.get(file).map(|&i| &self.sources[i])
    }

    /// The competencies a technique counts towards: primary first, then `also`.
    pub fn competencies_of<'a>(&'a self, t: &'a Technique) -> impl Iterator<Item = &'a str> {
        std::iter::once(t.competency.as_str()).chain(t.also.iter().map(String::as_str))
    }

    /// Position of a competency in catalog order (stable output order).
    /// A taboo for the analysis and the graph: critical, or named `taboo_*` (a taboo
    /// an instructor forgot to mark critical still counts as one).
    pub fn is_taboo(&self, id: &str) -> bool {
        id.starts_with("taboo_") || self.technique(id).is_some_and(|t| t.critical)
    }

    pub fn competency_rank(&self, id: &str) -> usize {
        self.index
            .competencies
            .get(id)
            .copied()
            .unwrap_or(usize::MAX)
    }
}
