//! The technique catalog: competencies, techniques (taboos included) and ordered
//! procedures, loaded from `scenarios/catalog.ron`. Names and teachings live in
//! Fluent (`locales/<lang>/catalog.ftl`), keyed by the same ids.
//!
//! Architecture invariant: pure data and lookups. No IO; the adapter parses the file.

use super::validate::FastMap;
use serde::{Deserialize, Serialize};

use super::mood::MoodDelta;

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

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub competencies: Vec<Competency>,
    pub techniques: Vec<Technique>,
    pub procedures: Vec<Procedure>,
    #[serde(skip)]
    index: CatalogIndex,
}

#[derive(Debug, Clone, Default)]
struct CatalogIndex {
    techniques: FastMap<String, usize>,
    competencies: FastMap<String, usize>,
    procedures: FastMap<String, usize>,
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
