//! The authored encounter: setting, customer, nodes, choices, reactions, endings.
//!
//! Every text lives in Fluent (`locales/<lang>/<scenario id>.ftl`) under the id of the
//! thing it belongs to: a node's customer line under the node id (mood tones as
//! attributes), a choice's reply under the choice id, a reaction's line under the
//! reaction id. Ids are unique within a scenario and never reused, because results,
//! voice-over and translations key on them.
//!
//! Architecture invariant: pure data. No IO; `touchpoint-content` parses the RON (`files`).

use serde::{Deserialize, Serialize};

use super::mood::{MoodDelta, MoodRanges};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Archetype {
    Complainant,
    Buyer,
    Escalation,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Setting {
    BusinessHall,
    HotelLobby,
    Showroom,
    SalesOffice,
    Phone,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Difficulty {
    Introductory,
    #[default]
    Standard,
    Hard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    Resolved,
    Escalated,
    CustomerLeft,
    Sale,
    NoSale,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Resolved => "resolved",
            Outcome::Escalated => "escalated",
            Outcome::CustomerLeft => "customer_left",
            Outcome::Sale => "sale",
            Outcome::NoSale => "no_sale",
        }
    }
}

/// A condition on the session state. Used to gate choices and pick mood tones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Cond {
    AngerBelow(i32),
    AngerAtLeast(i32),
    TrustBelow(i32),
    TrustAtLeast(i32),
    PatienceBelow(i32),
    PatienceAtLeast(i32),
    /// The trainee has chosen this choice id earlier in the encounter.
    Said(String),
    /// The encounter has passed through this node.
    Visited(String),
    /// A flag set by a choice or reaction (`sets: [...]`).
    Flag(String),
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// Starting mood, drawn from these ranges with the session's seed.
    pub mood: MoodRanges,
    /// While anger is at or above this, problem-solving moves don't land until a
    /// feelings move has been made (先处理心情，再处理事情).
    #[serde(default = "default_calm_below")]
    pub calm_below: i32,
    /// Patience lost on every decision, however good.
    #[serde(default)]
    pub patience_per_turn: i32,
}

fn default_calm_below() -> i32 {
    50
}

/// When anger or impatience crosses a threshold, the encounter jumps to `goto`.
/// It fires at most once per session.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    #[serde(default)]
    pub anger_at_least: Option<i32>,
    #[serde(default)]
    pub patience_at_most: Option<i32>,
    pub goto: String,
}

/// What a reply given after the node's time limit costs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LateRule {
    /// Techniques counted as broken by a late reply.
    #[serde(default = "default_late_breaks")]
    pub breaks: Vec<String>,
    #[serde(default = "default_late_mood")]
    pub mood: MoodDelta,
}

fn default_late_breaks() -> Vec<String> {
    vec!["respond_immediately".to_string()]
}

fn default_late_mood() -> MoodDelta {
    MoodDelta {
        anger: 5,
        trust: 0,
        patience: -10,
    }
}

impl Default for LateRule {
    fn default() -> Self {
        LateRule {
            breaks: default_late_breaks(),
            mood: default_late_mood(),
        }
    }
}

/// How the overall score is weighted. Weights are relative.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScoringWeights {
    pub decisions: u32,
    pub procedures: u32,
    pub outcome: u32,
}

impl Default for ScoringWeights {
    fn default() -> Self {
        ScoringWeights {
            decisions: 60,
            procedures: 20,
            outcome: 20,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tone {
    /// The Fluent attribute on the node's message that holds this tone's line.
    pub tone: String,
    pub when: Cond,
}

/// A conditional goto: `(when: Cond, goto: "node")`. In a `goto_if` list the first
/// whose condition holds after the reply wins; when none holds, `goto` applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CondGoto {
    pub when: Cond,
    pub goto: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    pub id: String,
    pub weight: u32,
    /// Only drawn when this holds, on the state the reply was given in (before its
    /// mood change). When no reaction of a reply can be drawn, the reply has none and
    /// its own `goto_if`/`goto` applies.
    #[serde(default)]
    pub when: Option<Cond>,
    #[serde(default)]
    pub mood: MoodDelta,
    /// Overrides the choice's `goto`: the first of these whose condition holds after
    /// the reply, else `goto`, else the choice's own routing.
    #[serde(default)]
    pub goto_if: Vec<CondGoto>,
    /// Overrides the choice's `goto`.
    #[serde(default)]
    pub goto: Option<String>,
    #[serde(default)]
    pub sets: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    /// Catalog technique ids the reply follows.
    #[serde(default)]
    pub follows: Vec<String>,
    /// Catalog technique ids the reply breaks.
    #[serde(default)]
    pub breaks: Vec<String>,
    /// Extra mood change on top of the techniques' own.
    #[serde(default)]
    pub mood: MoodDelta,
    /// Only offered when this holds.
    #[serde(default)]
    pub when: Option<Cond>,
    /// Conditional next nodes, checked after the reply's mood change: the first whose
    /// condition holds, else `goto`.
    #[serde(default)]
    pub goto_if: Vec<CondGoto>,
    /// Next node. May be omitted when a reaction is always drawn (one has no `when`)
    /// and every reaction has its own `goto`.
    #[serde(default)]
    pub goto: Option<String>,
    /// One is drawn by weight with the session's seed, among those whose `when` holds.
    #[serde(default)]
    pub reactions: Vec<Reaction>,
    #[serde(default)]
    pub sets: Vec<String>,
    /// Reply to name in feedback instead of the computed best one.
    #[serde(default)]
    pub better: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub outcome: Outcome,
    /// How good this ending is, 0..=100.
    pub score: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    /// Alternative tones of the customer's line; the first whose `when` holds wins.
    #[serde(default)]
    pub tones: Vec<Tone>,
    /// Seconds the trainee has to answer (快速响应).
    #[serde(default)]
    pub time_limit: Option<u32>,
    /// Choice taken when the time limit runs out in a timed front end.
    #[serde(default)]
    pub on_timeout: Option<String>,
    #[serde(default)]
    pub choices: Vec<Choice>,
    #[serde(default)]
    pub ending: Option<Ending>,
    /// A sound played when the node is entered (a phone ringing, a door chime): a
    /// `.ogg` or `.wav` file inside the scenario's folder, by relative path.
    #[serde(default)]
    pub sound: Option<String>,
}

/// Media an encounter brings, by paths relative to the scenario file's folder. They
/// never leave that folder: no `..`, no absolute paths, and (checked when the files
/// are loaded) no symbolic link pointing outside it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Media {
    /// A background loop (`.ogg` or `.wav`) instead of the setting's own.
    #[serde(default)]
    pub ambience: Option<String>,
    /// A folder of voice-over recordings, `<folder>/<locale>/<line key>.ogg` (the key
    /// is the node id, or `node.tone`).
    #[serde(default)]
    pub voice: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub archetype: Archetype,
    pub setting: Setting,
    #[serde(default)]
    pub difficulty: Difficulty,
    /// COURSEWARE.md case id this encounter is drawn from.
    #[serde(default)]
    pub case: Option<String>,
    /// Procedure ids whose step order is checked.
    #[serde(default)]
    pub procedures: Vec<String>,
    pub pass_mark: u32,
    #[serde(default)]
    pub scoring: ScoringWeights,
    pub customer: Customer,
    #[serde(default)]
    pub escalation: Option<Escalation>,
    #[serde(default)]
    pub late_reply: LateRule,
    pub start: String,
    pub nodes: Vec<Node>,
    /// Sound and voice files of this encounter.
    #[serde(default)]
    pub media: Media,
    /// Node id -> position in `nodes`; built by [`Scenario::indexed`].
    #[serde(skip)]
    index: super::validate::FastMap<String, usize>,
}

/// Fluent message ids every scenario file must provide besides its node, choice and
/// reaction ids.
pub const SCENARIO_MESSAGES: [&str; 4] = ["title", "setting", "persona", "briefing"];

impl Scenario {
    /// Builds the node lookup table. Call after deserialising or editing `nodes`.
    pub fn indexed(mut self) -> Self {
        self.reindex();
        self
    }

    pub fn reindex(&mut self) {
        let mut index = super::validate::FastMap::default();
        index.reserve(self.nodes.len());
        for (i, n) in self.nodes.iter().enumerate() {
            index.entry(n.id.clone()).or_insert(i);
        }
        self.index = index;
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.node_index(id).map(|i| &self.nodes[i])
    }

    pub fn node_index(&self, id: &str) -> Option<usize> {
        if self.index.len() == self.nodes.len() {
            self.index.get(id).copied()
        } else {
            self.nodes.iter().position(|n| n.id == id)
        }
    }

    /// Fewest and most decisions from the start to an ending, ignoring conditions.
    /// The maximum is `None` when the graph has a cycle.
    pub fn decision_range(&self) -> (usize, Option<usize>) {
        use std::collections::{HashMap, VecDeque};
        let s = self;
        let index: HashMap<&str, usize> = s
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let succ: Vec<Vec<usize>> = s
            .nodes
            .iter()
            .map(|n| {
                let mut v: Vec<usize> = n
                    .choices
                    .iter()
                    .flat_map(|c| c.targets())
                    .filter_map(|g| index.get(g).copied())
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();
        let Some(&start) = index.get(s.start.as_str()) else {
            return (0, Some(0));
        };
        let mut dist = vec![usize::MAX; s.nodes.len()];
        dist[start] = 0;
        let mut q = VecDeque::from([start]);
        let mut short = 0;
        while let Some(i) = q.pop_front() {
            if s.nodes[i].ending.is_some() {
                short = dist[i];
                break;
            }
            for &j in &succ[i] {
                if dist[j] == usize::MAX {
                    dist[j] = dist[i] + 1;
                    q.push_back(j);
                }
            }
        }
        // Longest path by DFS with colours; a back edge means a cycle.
        let mut memo: Vec<Option<usize>> = vec![None; s.nodes.len()];
        let mut state = vec![0u8; s.nodes.len()];
        let mut stack = vec![(start, 0usize)];
        state[start] = 1;
        while let Some(&mut (i, ref mut k)) = stack.last_mut() {
            if *k < succ[i].len() {
                let j = succ[i][*k];
                *k += 1;
                match state[j] {
                    0 => {
                        state[j] = 1;
                        stack.push((j, 0));
                    }
                    1 => return (short, None),
                    _ => {}
                }
            } else {
                let best = succ[i]
                    .iter()
                    .filter_map(|&j| memo[j])
                    .max()
                    .map(|m| m + 1)
                    .unwrap_or(0);
                memo[i] = Some(best);
                state[i] = 2;
                stack.pop();
            }
        }
        (short, memo[start])
    }
}

impl Choice {
    /// Every node this reply can lead to, as written (its own `goto_if` and `goto`,
    /// and its reactions'), in document order.
    pub fn targets(&self) -> impl Iterator<Item = &str> {
        let own = self
            .goto_if
            .iter()
            .map(|g| g.goto.as_str())
            .chain(self.goto.as_deref());
        let reactions = self.reactions.iter().flat_map(|r| {
            r.goto_if
                .iter()
                .map(|g| g.goto.as_str())
                .chain(r.goto.as_deref())
        });
        own.chain(reactions)
    }

    /// Whether the reply can be left without a drawn reaction: it has none, or every
    /// one has a `when` that may fail.
    pub fn may_draw_none(&self) -> bool {
        self.reactions.iter().all(|r| r.when.is_some())
    }
}

impl Node {
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }

    pub fn is_ending(&self) -> bool {
        self.ending.is_some()
    }
}
