//! The session: a pure state machine over one encounter.
//!
//! The caller starts a session, reads the events it returns, and calls
//! [`Session::choose`] with the trainee's reply. The whole state, the random generator
//! included, is one serialisable value ([`SessionState`]), so a session can be saved
//! mid-encounter and resumed, and a seed plus the same replies always replays the same.
//!
//! Architecture invariant: no IO, no clock, no global RNG. Time comes in as the
//! milliseconds the caller measured; randomness comes from the state's own ChaCha8.

use std::collections::BTreeSet;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::catalog::{Catalog, Phase};
use super::mood::{Mood, MoodDelta, Range};
use super::scenario::{Choice, Cond, CondGoto, Node, Outcome, Reaction, Scenario};

/// Version of the serialised [`SessionState`].
pub const STATE_FORMAT: u32 = 1;

/// The rules a session plays by ([`crate::RULES_VERSION`] numbers them). A
/// new session plays by [`Rules::CURRENT`]; an earlier set is kept only where a
/// record or a journal made under it must be replayed as it was played (a result
/// file of an earlier release, an attempt interrupted before an upgrade). The
/// compiled runtime and the analysis play by the current rules only.
///
/// Since rules 1 one thing plays differently: a reply whose route reaches an ending
/// is not escalated (under rules 1, escalation won even over an ending and sent the
/// trainee to the escalation node). Scoring is the same function under both; the
/// feedback items it names besides breaches changed (see `touchpoint_results::verify`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub enum Rules {
    /// Up to release 5eb4d29: escalation wins over an ending.
    V1,
    /// Issue 14: the ending wins over escalation.
    V2,
}

impl Rules {
    /// The rules new sessions play by.
    pub const CURRENT: Rules = Rules::V2;

    /// The rules of this number, if this engine has them (1 to the current one).
    pub fn of_version(v: u32) -> Option<Rules> {
        match v {
            1 => Some(Rules::V1),
            2 => Some(Rules::V2),
            _ => None,
        }
    }

    /// The number of these rules, as a result record carries it.
    pub const fn version(self) -> u32 {
        match self {
            Rules::V1 => 1,
            Rules::V2 => 2,
        }
    }

    /// Whether escalation takes a reply whose route reaches an ending (rules 1).
    fn escalation_beats_ending(self) -> bool {
        self == Rules::V1
    }

    /// The rules of a saved state from before states said which rules made them:
    /// an engine of rules 1.
    fn of_unmarked_state() -> Rules {
        Rules::V1
    }
}

impl From<Rules> for u32 {
    fn from(r: Rules) -> u32 {
        r.version()
    }
}

impl TryFrom<u32> for Rules {
    type Error = String;
    fn try_from(v: u32) -> Result<Rules, String> {
        Rules::of_version(v).ok_or_else(|| {
            format!(
                "rules {v}: this engine plays rules 1 to {}",
                Rules::CURRENT.version()
            )
        })
    }
}

/// Longest time one reply may take, in milliseconds: a day. A longer wait (a terminal
/// left open over a weekend) is recorded as a day: lateness is all it changes, and a
/// result file never carries more (`results import` refuses it).
pub const MAX_ELAPSED_MS: u64 = 86_400_000;

/// Longest time limit a node may set, in seconds: an hour (validation refuses more),
/// so that a clock timeout (the limit and 1 ms) is always within [`MAX_ELAPSED_MS`].
pub const MAX_TIME_LIMIT_S: u32 = 3_600;

/// What happened, in order. Front ends render these; they never reach into the state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The encounter moved to a node: show the customer's line (message `node`, with
    /// attribute `tone` if set).
    NodeEntered {
        node: String,
        tone: Option<String>,
        mood: Mood,
        time_limit: Option<u32>,
    },
    /// The customer's drawn reaction to the last reply (message `id`).
    Reaction {
        id: String,
    },
    MoodChanged {
        before: Mood,
        after: Mood,
    },
    /// A reply came after the node's time limit.
    Late {
        limit_s: u32,
        elapsed_ms: u64,
    },
    /// Anger or impatience crossed the scenario's line.
    Escalated {
        to: String,
    },
    /// The replies on offer, in display order (1-based numbers follow this order).
    Options {
        choices: Vec<String>,
    },
    Ended {
        node: String,
        outcome: Outcome,
    },
}

/// How the caller names a reply: an authored id or a 1-based number among those shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Id(String),
    Number(usize),
}

impl Pick {
    /// Digits mean a number, anything else an id.
    pub fn parse(s: &str) -> Pick {
        let s = s.trim();
        match s.parse::<usize>() {
            Ok(n) if !s.is_empty() => Pick::Number(n),
            _ => Pick::Id(s.to_string()),
        }
    }
}

/// One reply of a replayed path (`touchpoint play --choices`, the `Replay:` line, a
/// scenario test's `choices`): a reply id or 1-based number, optionally followed by
/// `@` and the milliseconds the trainee took (`open_take_charge@26000`). Without `@`
/// the reply is instant (0 ms). A reply the clock took is written as the node's
/// `on_timeout` reply with the milliseconds the clock recorded (the limit plus 1 ms,
/// e.g. `open_wait@20001`), and replays as that timeout ([`Session::replay`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimedPick {
    pub pick: Pick,
    pub elapsed_ms: u64,
}

impl TimedPick {
    /// Reads `id`, `3`, `id@26000` or `3@26000`. The milliseconds are at most
    /// [`MAX_ELAPSED_MS`] (a day), what a result file may carry.
    pub fn parse(s: &str) -> Result<TimedPick, String> {
        let s = s.trim();
        let (reply, ms) = match s.split_once('@') {
            Some((reply, ms)) => {
                let ms = ms.trim();
                let elapsed_ms = ms
                    .parse::<u64>()
                    .ok()
                    .filter(|_| ms.bytes().all(|b| b.is_ascii_digit()))
                    .ok_or_else(|| {
                        format!(
                            "`{s}`: expected the milliseconds taken after `@`, a whole number (e.g. `open_take_charge@26000`)"
                        )
                    })?;
                if elapsed_ms > MAX_ELAPSED_MS {
                    return Err(format!(
                        "`{s}`: {elapsed_ms} ms is more than a day; a reply takes at most {MAX_ELAPSED_MS} ms"
                    ));
                }
                (reply.trim(), elapsed_ms)
            }
            None => (s, 0),
        };
        if reply.is_empty() {
            return Err(format!(
                "`{s}`: expected a reply id or number (e.g. `open_take_charge` or `2@26000`)"
            ));
        }
        Ok(TimedPick {
            pick: Pick::parse(reply),
            elapsed_ms: ms,
        })
    }

    /// A list of entries separated by commas (empty entries are skipped). An error
    /// names the entry by its place in the list (`entry 3: …`).
    pub fn parse_list(s: &str) -> Result<Vec<TimedPick>, String> {
        s.split(',')
            .map(str::trim)
            .enumerate()
            .filter(|(_, e)| !e.is_empty())
            .map(|(k, e)| TimedPick::parse(e).map_err(|m| format!("entry {}: {m}", k + 1)))
            .collect()
    }
}

impl std::fmt::Display for TimedPick {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.pick {
            Pick::Id(id) => write!(f, "{id}")?,
            Pick::Number(n) => write!(f, "{n}")?,
        }
        if self.elapsed_ms > 0 {
            write!(f, "@{}", self.elapsed_ms)?;
        }
        Ok(())
    }
}

/// How a replay names one decision: the reply id, with `@` and the milliseconds when
/// it was late (its lateness is what changes the result; an instant reply in time
/// scores the same as a slow one in time).
pub fn replay_entry(d: &Decision) -> String {
    if d.late {
        format!("{}@{}", d.choice, d.elapsed_ms)
    } else {
        d.choice.clone()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionError {
    /// The encounter has ended; no more replies are accepted.
    Finished,
    /// `choose` was given an id or number that is not on offer at this point.
    NotOffered {
        given: String,
        node: String,
        available: Vec<String>,
    },
    /// `timeout` was called at a node without `on_timeout`.
    NoTimeout { node: String },
    /// `assess` was called before the encounter ended.
    NotFinished,
    /// A saved state does not belong to this scenario or is inconsistent.
    BadState(String),
    /// The scenario is broken in a way validation reports (e.g. a missing node).
    Scenario(String),
}

impl std::fmt::Display for SessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SessionError::Finished => write!(f, "the encounter has already ended"),
            SessionError::NotOffered {
                given,
                node,
                available,
            } => write!(
                f,
                "reply `{given}` is not offered at node `{node}`; expected one of: {} (or a number 1-{})",
                available.join(", "),
                available.len()
            ),
            SessionError::NoTimeout { node } => {
                write!(f, "node `{node}` has no `on_timeout` reply")
            }
            SessionError::NotFinished => write!(f, "the encounter has not ended yet"),
            SessionError::BadState(m) => write!(f, "saved session is not usable: {m}"),
            SessionError::Scenario(m) => write!(f, "scenario error: {m}"),
        }
    }
}

impl std::error::Error for SessionError {}

/// One decision the trainee made, with everything scoring and the transcript need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub node: String,
    /// Tone the customer's line was shown in.
    pub tone: Option<String>,
    /// Reply ids offered, in display order.
    pub offered: Vec<String>,
    pub choice: String,
    pub elapsed_ms: u64,
    pub late: bool,
    pub follows: Vec<String>,
    /// Techniques broken, including the automatic ones below.
    pub breaks: Vec<String>,
    /// Techniques counted as broken by a rule rather than by the reply's tags
    /// (feelings first, a late reply).
    pub automatic: Vec<String>,
    pub reaction: Option<String>,
    pub mood_before: Mood,
    pub mood_after: Mood,
    pub escalated: bool,
    pub next: String,
}

/// The whole state of a session. Serialise it to save; pass it to
/// [`Session::resume`] to continue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionState {
    pub format: u32,
    pub scenario: String,
    pub seed: u64,
    rng: ChaCha8Rng,
    pub node: String,
    pub tone: Option<String>,
    pub start_mood: Mood,
    pub mood: Mood,
    pub flags: BTreeSet<String>,
    pub said: BTreeSet<String>,
    pub visited: BTreeSet<String>,
    /// A feelings move has been made (先处理心情 done at least once).
    pub feelings_handled: bool,
    /// Consecutive replies that broke something.
    pub streak: u32,
    pub escalated: bool,
    pub decisions: Vec<Decision>,
    pub outcome: Option<Outcome>,
    /// The rules this session plays by. A state saved before states carried it was
    /// made by rules 1.
    #[serde(default = "Rules::of_unmarked_state")]
    pub rules: Rules,
}

#[derive(Clone)]
pub struct Session<'a> {
    scenario: &'a Scenario,
    catalog: &'a Catalog,
    state: SessionState,
}

fn draw(rng: &mut ChaCha8Rng, r: Range) -> i32 {
    let (lo, hi) = if r.0 <= r.1 { (r.0, r.1) } else { (r.1, r.0) };
    rng.random_range(lo..=hi)
}

impl<'a> Session<'a> {
    /// Starts a session under the current rules. The seed decides the starting mood
    /// and every random reaction.
    pub fn start(
        scenario: &'a Scenario,
        catalog: &'a Catalog,
        seed: u64,
    ) -> Result<(Self, Vec<Event>), SessionError> {
        Session::start_with(scenario, catalog, seed, Rules::CURRENT)
    }

    /// Starts a session under `rules` (an earlier set replays what an earlier engine
    /// played: a record or a journal it made).
    pub fn start_with(
        scenario: &'a Scenario,
        catalog: &'a Catalog,
        seed: u64,
        rules: Rules,
    ) -> Result<(Self, Vec<Event>), SessionError> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let m = &scenario.customer.mood;
        let mood = Mood {
            anger: draw(&mut rng, m.anger),
            trust: draw(&mut rng, m.trust),
            patience: draw(&mut rng, m.patience),
        }
        .clamped();
        let state = SessionState {
            format: STATE_FORMAT,
            scenario: scenario.id.clone(),
            seed,
            rng,
            node: scenario.start.clone(),
            tone: None,
            start_mood: mood,
            mood,
            flags: BTreeSet::new(),
            said: BTreeSet::new(),
            visited: BTreeSet::new(),
            feelings_handled: false,
            streak: 0,
            escalated: false,
            decisions: Vec::new(),
            outcome: None,
            rules,
        };
        let mut s = Session {
            scenario,
            catalog,
            state,
        };
        let mut events = Vec::new();
        let start = scenario.start.clone();
        s.enter(&start, &mut events)?;
        Ok((s, events))
    }

    /// Continues a saved session.
    pub fn resume(
        scenario: &'a Scenario,
        catalog: &'a Catalog,
        state: SessionState,
    ) -> Result<Self, SessionError> {
        if state.format != STATE_FORMAT {
            return Err(SessionError::BadState(format!(
                "state format {} (expected {STATE_FORMAT})",
                state.format
            )));
        }
        if state.scenario != scenario.id {
            return Err(SessionError::BadState(format!(
                "state is for scenario `{}`, not `{}`",
                state.scenario, scenario.id
            )));
        }
        if scenario.node(&state.node).is_none() {
            return Err(SessionError::BadState(format!(
                "unknown node `{}`",
                state.node
            )));
        }
        Ok(Session {
            scenario,
            catalog,
            state,
        })
    }

    /// For analysis: drops the transcript and every `said`, `visited` and flag id that
    /// no reply's condition mentions. What can still happen does not depend on them,
    /// so states that differ only there can be merged.
    pub fn forget_past(&mut self, keep: &BTreeSet<String>) {
        let st = &mut self.state;
        st.decisions.clear();
        st.said.retain(|x| keep.contains(x));
        st.visited.retain(|x| keep.contains(x));
        st.flags.retain(|x| keep.contains(x));
    }

    /// How far the random generator has advanced (its word position).
    pub fn rng_position(&self) -> u128 {
        self.state.rng.get_word_pos()
    }

    pub fn state(&self) -> &SessionState {
        &self.state
    }

    pub fn into_state(self) -> SessionState {
        self.state
    }

    pub fn scenario(&self) -> &'a Scenario {
        self.scenario
    }

    pub fn is_finished(&self) -> bool {
        self.state.outcome.is_some()
    }

    pub fn current_node(&self) -> &'a Node {
        // `resume` and `enter` only ever store existing node ids.
        self.scenario
            .node(&self.state.node)
            .expect("current node exists")
    }

    /// The reply the current node's clock takes when it runs out, if it has one.
    pub fn current_on_timeout(&self) -> Option<&str> {
        self.current_node().on_timeout.as_deref()
    }

    /// The events that describe the current point, for a front end that (re)draws
    /// from a resumed state.
    pub fn replay_current(&self) -> Vec<Event> {
        let node = self.current_node();
        let mut ev = vec![Event::NodeEntered {
            node: node.id.clone(),
            tone: self.state.tone.clone(),
            mood: self.state.mood,
            time_limit: node.time_limit,
        }];
        match self.state.outcome {
            Some(outcome) => ev.push(Event::Ended {
                node: node.id.clone(),
                outcome,
            }),
            None => ev.push(Event::Options {
                choices: self.available(),
            }),
        }
        ev
    }

    /// Reply ids on offer now, in display order.
    pub fn available(&self) -> Vec<String> {
        if self.is_finished() {
            return Vec::new();
        }
        offered(self.current_node(), &self.state)
    }

    /// The trainee replies. `elapsed_ms` is how long they took (0 if not measured;
    /// more than [`MAX_ELAPSED_MS`] counts as that).
    pub fn choose(&mut self, pick: &Pick, elapsed_ms: u64) -> Result<Vec<Event>, SessionError> {
        if self.is_finished() {
            return Err(SessionError::Finished);
        }
        let node = self.current_node();
        let available = offered(node, &self.state);
        let id = match pick {
            Pick::Id(id) if available.iter().any(|a| a == id) => id.clone(),
            Pick::Number(n) if *n >= 1 && *n <= available.len() => available[n - 1].clone(),
            _ => {
                return Err(SessionError::NotOffered {
                    given: match pick {
                        Pick::Id(s) => s.clone(),
                        Pick::Number(n) => n.to_string(),
                    },
                    node: node.id.clone(),
                    available,
                });
            }
        };
        let choice = node.choice(&id).expect("offered choice exists");
        self.apply(node, choice, available, elapsed_ms)
    }

    /// Replays a reply as it was recorded: `pick` after `elapsed_ms`. A reply the clock
    /// took (the node's `on_timeout`, after the time limit) replays as that timeout,
    /// even where that reply is not on offer; anything else as [`Session::choose`].
    pub fn replay(&mut self, pick: &Pick, elapsed_ms: u64) -> Result<Vec<Event>, SessionError> {
        match self.choose(pick, elapsed_ms) {
            Err(e @ SessionError::NotOffered { .. }) => {
                let node = self.current_node();
                let clock_took = matches!(pick, Pick::Id(id) if node.on_timeout.as_deref() == Some(id.as_str()))
                    && node
                        .time_limit
                        .is_some_and(|l| elapsed_ms > u64::from(l) * 1000);
                if clock_took { self.timeout() } else { Err(e) }
            }
            r => r,
        }
    }

    /// The node's clock ran out: takes the node's `on_timeout` reply, counted as late.
    pub fn timeout(&mut self) -> Result<Vec<Event>, SessionError> {
        if self.is_finished() {
            return Err(SessionError::Finished);
        }
        let node = self.current_node();
        let (Some(id), Some(limit)) = (&node.on_timeout, node.time_limit) else {
            return Err(SessionError::NoTimeout {
                node: node.id.clone(),
            });
        };
        let choice = node
            .choice(id)
            .ok_or_else(|| SessionError::Scenario(format!("on_timeout `{id}` is not a reply")))?;
        let available = offered(node, &self.state);
        self.apply(node, choice, available, u64::from(limit) * 1000 + 1)
    }

    fn apply(
        &mut self,
        node: &'a Node,
        choice: &'a Choice,
        offered: Vec<String>,
        elapsed_ms: u64,
    ) -> Result<Vec<Event>, SessionError> {
        let elapsed_ms = elapsed_ms.min(MAX_ELAPSED_MS);
        let scenario = self.scenario;
        let catalog = self.catalog;
        let st = &mut self.state;
        let mut events = Vec::new();
        let mood_before = st.mood;

        let mut breaks = choice.breaks.clone();
        let mut automatic = Vec::new();
        let mut delta = MoodDelta::default();

        // 先处理心情，再处理事情: while the customer is still angry and nobody has dealt
        // with their feelings, a move on the matter does not land and counts as
        // breaking `mood_before_matter`.
        let (has_feelings, has_matter) = phases_of(catalog, &choice.follows);
        let unheard = lands_on_deaf_ears(scenario, st.mood, st.feelings_handled, has_feelings);
        if unheard && has_matter && catalog.technique(MOOD_BEFORE_MATTER).is_some() {
            push_unique(&mut breaks, MOOD_BEFORE_MATTER);
            push_unique(&mut automatic, MOOD_BEFORE_MATTER);
        }
        for id in &choice.follows {
            if let Some(t) = catalog.technique(id) {
                let d = if unheard && t.phase == Phase::Matter {
                    t.follow.harm_only()
                } else {
                    t.follow
                };
                delta = delta + d;
            }
        }

        let late = match node.time_limit {
            Some(limit) => elapsed_ms > u64::from(limit) * 1000,
            None => false,
        };
        if late {
            events.push(Event::Late {
                limit_s: node.time_limit.unwrap_or(0),
                elapsed_ms,
            });
            for t in &scenario.late_reply.breaks {
                if !breaks.contains(t) {
                    breaks.push(t.clone());
                    push_unique(&mut automatic, t);
                }
            }
            delta = delta + scenario.late_reply.mood;
        }
        for id in &breaks {
            if let Some(t) = catalog.technique(id) {
                delta = delta + t.breach;
            }
        }
        delta = delta + choice.mood;

        // One reaction is drawn by weight among those whose `when` holds as the reply
        // is given (before its mood change). Without conditions this is one draw over
        // all of them, as it always was; when none holds, nothing is drawn.
        // Conditions are evaluated twice (the total, then the draw) rather than
        // collected, as the compiled runtime does: nothing is allocated per reply.
        let mut reaction: Option<&Reaction> = None;
        if !choice.reactions.is_empty() {
            let eligible =
                |r: &Reaction, st: &SessionState| r.when.as_ref().is_none_or(|w| holds(w, st));
            let total: u64 = choice
                .reactions
                .iter()
                .filter(|r| eligible(r, st))
                .map(|r| u64::from(r.weight))
                .sum();
            if total > 0 {
                let mut roll = st.rng.random_range(0..total);
                for r in choice.reactions.iter().filter(|r| eligible(r, st)) {
                    let w = u64::from(r.weight);
                    if roll < w {
                        reaction = Some(r);
                        break;
                    }
                    roll -= w;
                }
            }
        }
        let reaction_id = reaction.map(|r| r.id.clone());
        if let Some(r) = reaction {
            delta = delta + r.mood;
            st.flags.extend(r.sets.iter().cloned());
        }

        // Repeated bad replies compound: the harm of the n-th bad reply in a row is
        // multiplied by (n + 1) / 2.
        if breaks.is_empty() {
            st.streak = 0;
        } else {
            delta = delta.scale_harm(2 + st.streak as i32, 2);
            st.streak += 1;
        }
        delta.patience -= scenario.customer.patience_per_turn;

        st.mood = st.mood.react(delta);
        if has_feelings {
            st.feelings_handled = true;
        }
        st.said.insert(choice.id.clone());
        st.flags.extend(choice.sets.iter().cloned());

        // Where to: the drawn reaction's routing, else the reply's. `goto_if` is read on
        // the state after the reply (its mood change, `said`, flags): the first whose
        // condition holds, else `goto`.
        let st_now: &SessionState = st;
        let route = |goto_if: &[CondGoto], goto: &Option<String>| {
            goto_if
                .iter()
                .find(|g| holds(&g.when, st_now))
                .map(|g| g.goto.clone())
                .or_else(|| goto.clone())
        };
        let next = reaction
            .and_then(|r| route(&r.goto_if, &r.goto))
            .or_else(|| route(&choice.goto_if, &choice.goto));
        let mut next = next
            .ok_or_else(|| SessionError::Scenario(format!("reply `{}` has no goto", choice.id)))?;

        // Escalation: checked after every reply's mood change, once per session, with
        // inclusive thresholds (either one). A reply that reaches an ending is not
        // escalated: the ending wins (under rules 1, escalation won).
        let mut escalated = false;
        let reaches_ending = scenario.node(&next).is_some_and(Node::is_ending);
        if let Some(esc) = &scenario.escalation
            && !st.escalated
            && (!reaches_ending || st.rules.escalation_beats_ending())
        {
            let angry = esc.anger_at_least.is_some_and(|a| st.mood.anger >= a);
            let impatient = esc.patience_at_most.is_some_and(|p| st.mood.patience <= p);
            if angry || impatient {
                st.escalated = true;
                escalated = true;
                next = esc.goto.clone();
            }
        }

        if let Some(r) = &reaction_id {
            events.push(Event::Reaction { id: r.clone() });
        }
        events.push(Event::MoodChanged {
            before: mood_before,
            after: st.mood,
        });
        if escalated {
            events.push(Event::Escalated { to: next.clone() });
        }

        st.decisions.push(Decision {
            node: node.id.clone(),
            tone: st.tone.clone(),
            offered,
            choice: choice.id.clone(),
            elapsed_ms,
            late,
            follows: choice.follows.clone(),
            breaks,
            automatic,
            reaction: reaction_id,
            mood_before,
            mood_after: st.mood,
            escalated,
            next: next.clone(),
        });

        self.enter(&next, &mut events)?;
        Ok(events)
    }

    fn enter(&mut self, id: &str, events: &mut Vec<Event>) -> Result<(), SessionError> {
        let node = self
            .scenario
            .node(id)
            .ok_or_else(|| SessionError::Scenario(format!("goto to missing node `{id}`")))?;
        let st = &mut self.state;
        st.node = node.id.clone();
        st.visited.insert(node.id.clone());
        st.tone = node
            .tones
            .iter()
            .find(|t| holds(&t.when, st))
            .map(|t| t.tone.clone());
        events.push(Event::NodeEntered {
            node: node.id.clone(),
            tone: st.tone.clone(),
            mood: st.mood,
            time_limit: node.time_limit,
        });
        if let Some(ending) = &node.ending {
            st.outcome = Some(ending.outcome);
            events.push(Event::Ended {
                node: node.id.clone(),
                outcome: ending.outcome,
            });
        } else {
            let choices = offered(node, st);
            if choices.is_empty() {
                return Err(SessionError::Scenario(format!(
                    "node `{}` offers no reply in this state",
                    node.id
                )));
            }
            events.push(Event::Options { choices });
        }
        Ok(())
    }
}

pub const MOOD_BEFORE_MATTER: &str = "mood_before_matter";

/// Whether the techniques a reply follows include a Feelings one and a Matter one.
pub fn phases_of(catalog: &Catalog, follows: &[String]) -> (bool, bool) {
    let phase_of = |id: &String| catalog.technique(id).map(|t| t.phase);
    (
        follows.iter().any(|t| phase_of(t) == Some(Phase::Feelings)),
        follows.iter().any(|t| phase_of(t) == Some(Phase::Matter)),
    )
}

/// 先处理心情，再处理事情: a reply lands on deaf ears while the customer is still angry
/// (anger at or above `calm_below`), no feelings move has been made yet, and the
/// reply makes none itself.
pub fn lands_on_deaf_ears(
    scenario: &Scenario,
    mood: Mood,
    feelings_handled: bool,
    has_feelings: bool,
) -> bool {
    mood.anger >= scenario.customer.calm_below && !feelings_handled && !has_feelings
}

/// Whether a reply following `follows`, given at `mood` with or without a feelings
/// move made before, counts as breaking `mood_before_matter` (it lands on deaf ears
/// and moves on the matter).
pub fn breaks_feelings_first(
    scenario: &Scenario,
    catalog: &Catalog,
    mood: Mood,
    feelings_handled: bool,
    follows: &[String],
) -> bool {
    let (has_feelings, has_matter) = phases_of(catalog, follows);
    lands_on_deaf_ears(scenario, mood, feelings_handled, has_feelings)
        && has_matter
        && catalog.technique(MOOD_BEFORE_MATTER).is_some()
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

fn offered(node: &Node, st: &SessionState) -> Vec<String> {
    node.choices
        .iter()
        .filter(|c| c.when.as_ref().is_none_or(|w| holds(w, st)))
        .map(|c| c.id.clone())
        .collect()
}

/// Evaluates a condition against a session state.
pub fn holds(c: &Cond, st: &SessionState) -> bool {
    let m = st.mood;
    match c {
        Cond::AngerBelow(v) => m.anger < *v,
        Cond::AngerAtLeast(v) => m.anger >= *v,
        Cond::TrustBelow(v) => m.trust < *v,
        Cond::TrustAtLeast(v) => m.trust >= *v,
        Cond::PatienceBelow(v) => m.patience < *v,
        Cond::PatienceAtLeast(v) => m.patience >= *v,
        Cond::Said(id) => st.said.contains(id),
        Cond::Visited(id) => st.visited.contains(id),
        Cond::Flag(f) => st.flags.contains(f),
        Cond::All(cs) => cs.iter().all(|c| holds(c, st)),
        Cond::Any(cs) => cs.iter().any(|c| holds(c, st)),
        Cond::Not(c) => !holds(c, st),
    }
}
