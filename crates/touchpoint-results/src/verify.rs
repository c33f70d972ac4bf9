//! What makes a result record trustworthy: the encounter version it was played on
//! (its files, kept by the results store under their content hash) and a replay of
//! the record's replies through the real session and scorer.
//!
//! A record *replays* when its seed and its replies, each with the time it took (a
//! reply the clock took replays as that timeout), played on its encounter version,
//! give the same transcript (nodes, replies, timings, lateness, techniques, reactions,
//! moods, escalation), the same assessment (status, score, pass, pass mark,
//! outcome, ending, sub-scores, competencies, procedures, critical taboos, final mood)
//! and the same feedback items (kind, technique, competency, decision, node, reply,
//! better reply, critical, automatic, procedure, step, skipped step). Texts (titles,
//! lines, feedback wording) are not compared: they depend on the locale and the
//! catalog's wording, and are rendered again from the stored texts wherever shown.
//!
//! A record carries the version of the engine rules that scored it
//! ([`touchpoint_engine::RULES_VERSION`]); [`judge`] says what a replay that disagrees
//! means: forged (refused) under the same rules, scored by another engine (kept,
//! unverified) under other rules.
//!
//! What a replay proves: the figures in the record are the ones the engine gives for
//! those replies, so an edited score, pass or competency is caught. What it cannot
//! prove: that a person made those replies (a trainee can copy the expert path of a
//! colleague); that needs attempts played against a server.

use std::path::PathBuf;
use std::sync::Arc;

use crate::record::AttemptRecord;
use touchpoint_content::encounter::{Encounter, LocaleFiles, MediaFiles, Sources, content_hash};
use touchpoint_content::files::{Source, parse_ron};
use touchpoint_content::locale::parse_ftl;
use touchpoint_engine::validate::{validate_catalog, validate_scenario};
use touchpoint_engine::{
    Catalog, Pick, RULES_VERSION, Rules, Scenario, Session, SessionState, Severity, assess,
};

/// Why a stored encounter version cannot be replayed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionProblem {
    /// It is not what was stored: its texts do not read from the database, a file is
    /// missing, or they do not hash to the hash they are stored under.
    Damaged(String),
    /// Its texts are intact (they hash to its content hash) but do not load under
    /// today's rules (a parser or validator grown stricter since it was stored).
    Invalid(String),
}

impl std::fmt::Display for VersionProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VersionProblem::Damaged(e) => write!(f, "damaged: {e}"),
            VersionProblem::Invalid(e) => write!(f, "not valid under the current rules: {e}"),
        }
    }
}

/// What an import makes of a record, from its replay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// It replays: stored verified.
    Verified,
    /// It could not be checked: stored unverified, with the reason.
    Unverified(Unverified),
    /// It does not replay under the rules it says scored it (or names rules this
    /// engine does not have): refused, with what differs.
    Refused(String),
}

/// Why a record is stored unverified. Never "other engine rules": a record of an
/// earlier engine is replayed under its own rules ([`touchpoint_engine::Rules`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unverified {
    /// Its encounter version is neither in the store nor in the scenarios folder.
    Missing,
    /// Its encounter version is intact but not valid under the current rules (a
    /// validator grown stricter since): what fails.
    Invalid(String),
    /// Abandoned, but its replies reach an ending on replay: an interrupted attempt
    /// settled where the version it was played on was not at hand, so it could only
    /// be recorded as abandoned (score 0, not passed).
    Unsettled,
}

impl Unverified {
    /// A short name of the reason, for grouping (`missing`, `invalid`, `unsettled`).
    pub fn kind(&self) -> &'static str {
        match self {
            Unverified::Missing => "missing",
            Unverified::Invalid(_) => "invalid",
            Unverified::Unsettled => "unsettled",
        }
    }

    /// What fails, for a reason that has a detail.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Unverified::Invalid(e) => Some(e),
            _ => None,
        }
    }
}

impl std::fmt::Display for Unverified {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unverified::Missing => f.write_str(
                "its encounter version is neither in the store nor in the scenarios folder",
            ),
            Unverified::Invalid(e) => write!(
                f,
                "its encounter version is not valid under the current rules: {e}"
            ),
            Unverified::Unsettled => f.write_str(
                "it was settled without its encounter version (abandoned in the file, but its replies reach an ending on replay)",
            ),
        }
    }
}

/// Why a replay disagrees with a record.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mismatch {
    /// What differs, the file's value first.
    Differs(String),
    /// Abandoned in the file, but its replies reach an ending ([`Unverified::Unsettled`]).
    Unsettled,
}

impl Mismatch {
    fn into_message(self) -> String {
        match self {
            Mismatch::Differs(e) => e,
            Mismatch::Unsettled => {
                "abandoned in the file, but its replies reach an ending on replay".into()
            }
        }
    }
}

/// The verdict on a record from its replay on its encounter version `enc`: verified
/// when the engine gives what the record says under the rules that scored it;
/// unverified when it is an abandoned attempt whose replies reach an ending (settled
/// without its version: it claims nothing, score 0 and not passed); refused otherwise,
/// and when it names rules this engine does not have.
pub fn verdict(enc: &Encounter, rec: &AttemptRecord) -> Verdict {
    match replay_as(enc, rec) {
        Ok(()) => Verdict::Verified,
        Err(Mismatch::Unsettled) => Verdict::Unverified(Unverified::Unsettled),
        Err(Mismatch::Differs(e)) => Verdict::Refused(e),
    }
}

/// One locale's Fluent texts of an encounter version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleTexts {
    pub locale: String,
    /// `locales/<locale>/<scenario id>.ftl`
    pub scenario: String,
    /// `locales/<locale>/catalog.ftl`
    pub catalog: String,
}

/// The files of one encounter version, as the results store keeps them: the scenario
/// and catalog RON and, per locale, the scenario's and the catalog's Fluent files.
/// The content hash covers all but the catalog's Fluent files (see
/// [`content_hash`]); those carry only names and teachings, never anything scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionFiles {
    pub content_hash: String,
    pub scenario_id: String,
    pub scenario: String,
    pub catalog: String,
    /// In locale order (the order the content hash takes them in).
    pub locales: Vec<LocaleTexts>,
}

/// File names in the store: `scenario.ron`, `catalog.ron`,
/// `<locale>/scenario.ftl`, `<locale>/catalog.ftl`.
pub const SCENARIO_RON: &str = "scenario.ron";
pub const CATALOG_RON: &str = "catalog.ron";

/// The name under which a locale's scenario (`catalog` false) or catalog Fluent
/// file is stored.
pub fn ftl_name(locale: &str, catalog: bool) -> String {
    format!(
        "{locale}/{}.ftl",
        if catalog { "catalog" } else { "scenario" }
    )
}

/// A locale name as the store accepts it: a language tag of letters, digits and `-`.
fn locale_ok(l: &str) -> bool {
    (2..=35).contains(&l.len())
        && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && l.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

impl VersionFiles {
    /// The files of a loaded encounter.
    pub fn of(enc: &Encounter) -> VersionFiles {
        VersionFiles {
            content_hash: enc.content_hash.clone(),
            scenario_id: enc.scenario.id.clone(),
            scenario: enc.sources.scenario.to_string(),
            catalog: enc.sources.catalog.to_string(),
            locales: enc
                .locales
                .iter()
                .map(|l| LocaleTexts {
                    locale: l.locale.clone(),
                    scenario: l.scenario.source().to_string(),
                    catalog: l.catalog.source().to_string(),
                })
                .collect(),
        }
    }

    /// `(name, text)` of every file, as stored.
    pub fn files(&self) -> Vec<(String, &str)> {
        let mut out = vec![
            (SCENARIO_RON.to_string(), self.scenario.as_str()),
            (CATALOG_RON.to_string(), self.catalog.as_str()),
        ];
        for l in &self.locales {
            out.push((ftl_name(&l.locale, false), l.scenario.as_str()));
            out.push((ftl_name(&l.locale, true), l.catalog.as_str()));
        }
        out
    }

    /// The version from its stored files; what is missing or misnamed is an error.
    pub fn from_files(
        content_hash: &str,
        scenario_id: &str,
        files: Vec<(String, String)>,
    ) -> Result<VersionFiles, String> {
        let mut scenario = None;
        let mut catalog = None;
        let mut locales: std::collections::BTreeMap<String, (Option<String>, Option<String>)> =
            Default::default();
        for (name, text) in files {
            match name.as_str() {
                SCENARIO_RON => scenario = Some(text),
                CATALOG_RON => catalog = Some(text),
                _ => {
                    let (locale, file) = name
                        .split_once('/')
                        .filter(|(l, _)| locale_ok(l))
                        .ok_or_else(|| format!("unexpected file `{}`", name.escape_debug()))?;
                    let slot = locales.entry(locale.to_string()).or_default();
                    match file {
                        "scenario.ftl" => slot.0 = Some(text),
                        "catalog.ftl" => slot.1 = Some(text),
                        _ => return Err(format!("unexpected file `{}`", name.escape_debug())),
                    }
                }
            }
        }
        let locales = locales
            .into_iter()
            .map(|(locale, (s, c))| match (s, c) {
                (Some(scenario), Some(catalog)) => Ok(LocaleTexts {
                    locale,
                    scenario,
                    catalog,
                }),
                _ => Err(format!("the {locale} Fluent files are incomplete")),
            })
            .collect::<Result<Vec<_>, _>>()?;
        if locales.is_empty() {
            return Err("no Fluent files".into());
        }
        Ok(VersionFiles {
            content_hash: content_hash.to_string(),
            scenario_id: scenario_id.to_string(),
            scenario: scenario.ok_or("no scenario file")?,
            catalog: catalog.ok_or("no catalog file")?,
            locales,
        })
    }

    /// The hash of these files (it equals `content_hash` when they are intact).
    pub fn computed_hash(&self) -> String {
        content_hash(
            &self.scenario,
            &self.catalog,
            self.locales
                .iter()
                .map(|l| (l.locale.as_str(), l.scenario.as_str())),
        )
    }

    /// Loads the encounter from these texts, as [`touchpoint_content::encounter::load`] loads it
    /// from files (parsed, validated, hashed; no media). Texts whose hash is not the
    /// one they are stored under are [`VersionProblem::Damaged`]; intact texts that
    /// do not parse or validate today are [`VersionProblem::Invalid`]; never a panic.
    pub fn load(&self) -> Result<Encounter, VersionProblem> {
        let hash = self.computed_hash();
        if hash != self.content_hash {
            return Err(VersionProblem::Damaged(format!(
                "its files hash to {hash}, not to {}: the stored copy is damaged",
                self.content_hash
            )));
        }
        self.load_intact(hash).map_err(VersionProblem::Invalid)
    }

    fn load_intact(&self, hash: String) -> Result<Encounter, String> {
        let short = self
            .content_hash
            .trim_start_matches("sha256:")
            .get(..12)
            .unwrap_or("");
        let base = PathBuf::from(format!("(stored {short})"));
        let scenario_path = base
            .join("scenarios")
            .join(format!("{}.ron", self.scenario_id));
        let first = |reports: Vec<touchpoint_content::report::Report>| {
            reports
                .into_iter()
                .find(|r| r.is_error())
                .map(|r| r.to_string())
        };
        let src = Source::new(&scenario_path, self.scenario.clone());
        let scenario: Scenario = parse_ron(&src).map_err(|r| r.to_string())?;
        let scenario = scenario.indexed();
        if scenario.id != self.scenario_id {
            return Err(format!(
                "it holds encounter `{}`, not `{}`",
                scenario.id, self.scenario_id
            ));
        }
        let catalog_src = Source::new(&base.join("scenarios/catalog.ron"), self.catalog.clone());
        let catalog: Catalog = parse_ron(&catalog_src).map_err(|r| r.to_string())?;
        let catalog = catalog.indexed();
        let mut catalog_keys = Vec::new();
        let mut scenario_keys = Vec::new();
        let mut locales = Vec::new();
        for l in &self.locales {
            let dir = base.join("locales").join(&l.locale);
            let (mut cat, errs) = parse_ftl(&l.locale, &dir.join("catalog.ftl"), l.catalog.clone());
            if let Some(e) = first(errs) {
                return Err(e);
            }
            let scn_path = dir.join(format!("{}.ftl", self.scenario_id));
            let (mut scn, errs) = parse_ftl(&l.locale, &scn_path, l.scenario.clone());
            if let Some(e) = first(errs) {
                return Err(e);
            }
            catalog_keys.push(std::mem::take(&mut cat.keys));
            scenario_keys.push(std::mem::take(&mut scn.keys));
            locales.push(LocaleFiles {
                locale: l.locale.clone(),
                catalog: Arc::new(cat),
                scenario: Arc::new(scn),
                scenario_path: scn_path,
            });
        }
        let problem = validate_catalog(&catalog, &catalog_keys)
            .into_iter()
            .map(|d| {
                (
                    catalog_src.report_at(&d.path, d.severity, d.message),
                    d.severity,
                )
            })
            .chain(
                validate_scenario(&scenario, &catalog, &scenario_keys)
                    .into_iter()
                    .map(|d| {
                        let src = match d.doc {
                            touchpoint_engine::validate::Doc::Scenario => &src,
                            touchpoint_engine::validate::Doc::Catalog => &catalog_src,
                        };
                        (src.report_at(&d.path, d.severity, d.message), d.severity)
                    }),
            )
            .find(|(_, s)| *s == Severity::Error);
        if let Some((r, _)) = problem {
            return Err(r.to_string());
        }
        Ok(Encounter {
            path: scenario_path,
            scenario,
            catalog,
            locales,
            content_hash: hash,
            media: MediaFiles::default(),
            sources: Sources {
                scenario: self.scenario.as_str().into(),
                catalog: self.catalog.as_str().into(),
            },
            texts_built: Default::default(),
        })
    }
}

/// Plays the record's replies on `enc` (its encounter version), under the rules that
/// scored it, and compares what the engine gives with what the record says. `Err`
/// says what differs, the file's value first ("score 100 in the file, 3 on replay").
/// Strict: any difference is an error (see [`verdict`] for what an import makes of
/// one).
pub fn replay(enc: &Encounter, rec: &AttemptRecord) -> Result<(), String> {
    replay_as(enc, rec).map_err(Mismatch::into_message)
}

fn replay_as(enc: &Encounter, rec: &AttemptRecord) -> Result<(), Mismatch> {
    let differs = |e: String| Mismatch::Differs(e);
    if rec.scenario.content_hash != enc.content_hash || rec.scenario.id != enc.scenario.id {
        return Err(differs(format!(
            "it was played on {} {}, not on this version of {}",
            rec.scenario.id, rec.scenario.content_hash, enc.scenario.id
        )));
    }
    let Some(rules) = Rules::of_version(rec.rules_version) else {
        return Err(differs(format!(
            "it was scored by a newer Touchpoint (rules {}; this one plays rules 1 to {RULES_VERSION}): import it with that version",
            rec.rules_version
        )));
    };
    let (mut session, _) = Session::start_with(&enc.scenario, &enc.catalog, rec.seed, rules)
        .map_err(|e| differs(format!("the encounter does not start: {e}")))?;
    for (k, t) in rec.transcript.iter().enumerate() {
        let turn = k + 1;
        if session.is_finished() {
            return Err(differs(format!(
                "{} replies in the file; the encounter ends after {k} on replay",
                rec.transcript.len()
            )));
        }
        let node = session.current_node();
        if node.id != t.node {
            return Err(differs(format!(
                "reply {turn} at node `{}` in the file, at `{}` on replay",
                t.node, node.id
            )));
        }
        // A reply the clock took (the node's `on_timeout`, as the app and the
        // terminal record it) replays as that timeout: the session's one rule.
        if let Err(e) = session.replay(&Pick::Id(t.choice.clone()), t.elapsed_ms) {
            return Err(differs(format!(
                "reply {turn} `{}` does not replay: {e}",
                t.choice
            )));
        }
        let d = session
            .state()
            .decisions
            .last()
            .ok_or_else(|| differs(format!("reply {turn} left no decision")))?;
        let line_key = match &d.tone {
            Some(tone) => format!("{}.{tone}", d.node),
            None => d.node.clone(),
        };
        let mut diffs = Vec::new();
        let mut cmp = |what: &str, file: String, replay: String| {
            if file != replay {
                diffs.push(format!("{what} {file} in the file, {replay} on replay"));
            }
        };
        cmp("line", t.line_key.clone(), line_key);
        cmp(
            "elapsed_ms",
            t.elapsed_ms.to_string(),
            d.elapsed_ms.to_string(),
        );
        cmp("late", t.late.to_string(), d.late.to_string());
        cmp("follows", list(&t.follows), list(&d.follows));
        cmp("breaks", list(&t.breaks), list(&d.breaks));
        cmp("automatic", list(&t.automatic), list(&d.automatic));
        cmp(
            "reaction",
            format!("{:?}", t.reaction),
            format!("{:?}", d.reaction),
        );
        cmp("mood_before", mood(&t.mood_before), mood(&d.mood_before));
        cmp("mood_after", mood(&t.mood_after), mood(&d.mood_after));
        cmp(
            "escalated",
            t.escalated.to_string(),
            d.escalated.to_string(),
        );
        if !diffs.is_empty() {
            return Err(differs(format!(
                "reply {turn} `{}`: {}",
                t.choice,
                diffs.join("; ")
            )));
        }
    }
    let expected = Expected::of(enc, session.state(), rec.status == "abandoned")?;
    expected.compare(rec, rules).map_err(differs)
}

/// A list for a message: `[a, b]`, `[]` when empty.
fn list(v: &[String]) -> String {
    format!("[{}]", v.join(", "))
}

fn mood(m: &touchpoint_engine::Mood) -> String {
    format!("({}, {}, {})", m.anger, m.trust, m.patience)
}

/// What a record of this state must say.
struct Expected {
    status: &'static str,
    score: u32,
    passed: bool,
    pass_mark: u32,
    outcome: String,
    ending: String,
    parts: (u32, Option<u32>, u32),
    competencies: Vec<(String, u64)>,
    procedures: Vec<(String, u32, Vec<String>)>,
    critical: Vec<String>,
    final_mood: touchpoint_engine::Mood,
    /// The feedback items, as a replay compares them ([`Item`]).
    feedback: Vec<Item>,
}

/// A feedback item as a replay compares it: its kind and ids, not its texts. Made
/// alike from the engine's items and from a record's.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    kind: touchpoint_engine::scoring::FeedbackKind,
    technique: String,
    competency: String,
    critical: bool,
    automatic: bool,
    decision: Option<usize>,
    /// node, choice, better, procedure, step, skipped.
    ids: [Option<String>; 6],
}

/// `Item::from` the engine's feedback items and a record's, which have the same
/// fields: one body, so the two can never pick different ids.
macro_rules! item_from {
    ($($from:ty),+) => {$(
        impl From<&$from> for Item {
            fn from(f: &$from) -> Item {
                Item {
                    kind: f.kind,
                    technique: f.technique.clone(),
                    competency: f.competency.clone(),
                    critical: f.critical,
                    automatic: f.automatic,
                    decision: f.decision,
                    ids: [
                        f.node.clone(),
                        f.choice.clone(),
                        f.better.clone(),
                        f.procedure.clone(),
                        f.step.clone(),
                        f.skipped.clone(),
                    ],
                }
            }
        }
    )+};
}
item_from!(
    touchpoint_engine::scoring::FeedbackItem,
    crate::record::Feedback
);

impl Item {
    fn kind_name(&self) -> String {
        serde_json::to_value(self.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// The item in full, for a message and for comparing under the current rules.
    fn full(&self) -> String {
        let mut out = format!("{} {}", self.kind_name(), self.technique);
        if !self.competency.is_empty() {
            out.push_str(&format!(" ({})", self.competency));
        }
        if let Some(d) = self.decision {
            out.push_str(&format!(" at {}", d + 1));
        }
        for (name, v) in ["node", "choice", "better", "procedure", "step", "skipped"]
            .iter()
            .zip(&self.ids)
        {
            if let Some(v) = v {
                out.push_str(&format!(" {name}={v}"));
            }
        }
        if self.critical {
            out.push_str(" critical");
        }
        if self.automatic {
            out.push_str(" automatic");
        }
        out
    }

    /// A breach as every set of rules names it: the technique, the decision, and
    /// whether it is critical and automatic (`None` for other kinds: how rules 1
    /// named better replies, missed techniques and procedure steps changed since).
    fn breach(&self) -> Option<String> {
        (self.kind == touchpoint_engine::scoring::FeedbackKind::Breach).then(|| {
            let mut out = format!("breach {}", self.technique);
            if let Some(d) = self.decision {
                out.push_str(&format!(" at {}", d + 1));
            }
            if self.critical {
                out.push_str(" critical");
            }
            if self.automatic {
                out.push_str(" automatic");
            }
            out
        })
    }

    /// The items as `rules` compares them: all of each under the current rules, the
    /// breaches under rules 1.
    fn keys(items: &[Item], rules: Rules) -> Vec<String> {
        match rules {
            Rules::V1 => items.iter().filter_map(Item::breach).collect(),
            Rules::V2 => items.iter().map(Item::full).collect(),
        }
    }
}

impl Expected {
    fn of(enc: &Encounter, state: &SessionState, abandoned: bool) -> Result<Expected, Mismatch> {
        if abandoned {
            if state.outcome.is_some() {
                return Err(Mismatch::Unsettled);
            }
            return Ok(Expected {
                status: "abandoned",
                score: 0,
                passed: false,
                pass_mark: enc.scenario.pass_mark,
                outcome: "abandoned".into(),
                ending: state.node.clone(),
                parts: (0, None, 0),
                competencies: enc
                    .catalog
                    .competencies
                    .iter()
                    .map(|c| (c.id.clone(), 0))
                    .collect(),
                procedures: Vec::new(),
                critical: Vec::new(),
                final_mood: state.mood,
                feedback: Vec::new(),
            });
        }
        if state.outcome.is_none() {
            return Err(Mismatch::Differs(format!(
                "finished in the file, but its {} replies reach no ending on replay",
                state.decisions.len()
            )));
        }
        let a = assess(&enc.scenario, &enc.catalog, state)
            .map_err(|e| Mismatch::Differs(format!("the replay cannot be scored: {e}")))?;
        Ok(Expected {
            status: "finished",
            score: a.score,
            passed: a.passed,
            pass_mark: a.pass_mark,
            outcome: a.outcome.as_str().to_string(),
            ending: a.ending.clone(),
            parts: (a.parts.decisions, a.parts.procedures, a.parts.outcome),
            competencies: a
                .competencies
                .iter()
                .map(|c| (c.id.clone(), u64::from(c.score)))
                .collect(),
            procedures: a
                .procedures
                .iter()
                .map(|p| {
                    (
                        p.id.clone(),
                        p.score,
                        p.steps
                            .iter()
                            .map(|s| step(&s.step, s.required, s.status, s.decision))
                            .collect(),
                    )
                })
                .collect(),
            critical: a.critical.iter().map(|c| c.technique.clone()).collect(),
            final_mood: a.final_mood,
            feedback: a.feedback.iter().map(Item::from).collect(),
        })
    }

    /// Compares the record with what the engine gives. Under rules 1 the feedback
    /// items compared are the breaches (see [`Item::breach`]); everything else
    /// must match exactly under every set of rules.
    fn compare(&self, rec: &AttemptRecord, rules: Rules) -> Result<(), String> {
        let mut diffs = Vec::new();
        let mut cmp = |what: &str, file: String, replay: String| {
            if file != replay {
                diffs.push(format!("{what} {file} in the file, {replay} on replay"));
            }
        };
        cmp("status", rec.status.clone(), self.status.to_string());
        cmp("score", rec.score.to_string(), self.score.to_string());
        cmp("passed", rec.passed.to_string(), self.passed.to_string());
        cmp(
            "pass_mark",
            rec.pass_mark.to_string(),
            self.pass_mark.to_string(),
        );
        cmp("outcome", rec.outcome.clone(), self.outcome.clone());
        cmp("ending", rec.ending.clone(), self.ending.clone());
        let parts = |d: u32, p: Option<u32>, o: u32| {
            format!(
                "{d}/{}/{o}",
                p.map_or_else(|| "-".to_string(), |p| p.to_string())
            )
        };
        cmp(
            "parts",
            parts(rec.parts.decisions, rec.parts.procedures, rec.parts.outcome),
            parts(self.parts.0, self.parts.1, self.parts.2),
        );
        let items = |v: &mut dyn Iterator<Item = String>| list(&v.collect::<Vec<_>>());
        cmp(
            "competencies",
            items(&mut rec.competencies.iter().map(|(k, v)| format!("{k}:{v}"))),
            items(&mut self.competencies.iter().map(|(k, v)| format!("{k}:{v}"))),
        );
        cmp(
            "procedures",
            items(&mut rec.procedures.iter().map(|p| {
                let steps: Vec<String> = p
                    .steps
                    .iter()
                    .map(|s| step(&s.step, s.required, s.status, s.decision))
                    .collect();
                format!("{}:{}[{}]", p.id, p.score, steps.join(" "))
            })),
            items(
                &mut self
                    .procedures
                    .iter()
                    .map(|(id, score, steps)| format!("{id}:{score}[{}]", steps.join(" "))),
            ),
        );
        cmp("critical", list(&rec.critical), list(&self.critical));
        cmp("final_mood", mood(&rec.final_mood), mood(&self.final_mood));
        let items: Vec<Item> = rec.feedback.iter().map(Item::from).collect();
        let feedback = Item::keys(&items, rules);
        let expected = Item::keys(&self.feedback, rules);
        if feedback != expected {
            // The first items that differ, not two lists of a hundred.
            let only = |a: &[String], b: &[String]| -> Vec<String> {
                a.iter()
                    .filter(|x| !b.contains(x))
                    .take(3)
                    .cloned()
                    .collect()
            };
            let (file, replay) = (only(&feedback, &expected), only(&expected, &feedback));
            diffs.push(if file.is_empty() && replay.is_empty() {
                format!(
                    "feedback: {} items in the file, {} on replay, the same ones in another order or repeated",
                    feedback.len(),
                    expected.len()
                )
            } else {
                format!(
                    "feedback ({} items in the file, {} on replay) {} in the file, {} on replay",
                    feedback.len(),
                    expected.len(),
                    list(&file),
                    list(&replay)
                )
            });
        }
        if diffs.is_empty() {
            Ok(())
        } else {
            Err(diffs.join("; "))
        }
    }
}

fn step(
    id: &str,
    required: bool,
    status: touchpoint_engine::scoring::StepStatus,
    decision: Option<usize>,
) -> String {
    format!(
        "{id}{}={}@{}",
        if required { "!" } else { "" },
        serde_json::to_value(status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        decision.map_or_else(|| "-".to_string(), |d| d.to_string())
    )
}

/// The path-free name of a stored version for messages: the encounter id and the
/// first 12 hex digits of its hash.
pub fn short(scenario_id: &str, hash: &str) -> String {
    let h = hash.trim_start_matches("sha256:");
    format!("{scenario_id}@{}", h.get(..12).unwrap_or(h))
}
