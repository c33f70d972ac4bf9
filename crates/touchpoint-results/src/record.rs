//! The assessment result file: a versioned JSON record of one attempt, written
//! atomically (temporary file, fsync, rename) so a crash never leaves half a file.
//!
//! Schema: see "Result files" in README.md. Bump [`SCHEMA_VERSION`] on any change
//! that a reader must know about.

use std::collections::BTreeMap;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use touchpoint_content::encounter::Encounter;
use touchpoint_content::locale::Texts;
use touchpoint_engine::course::Best;
use touchpoint_engine::scoring::{FeedbackKind, StepStatus};
use touchpoint_engine::{Assessment, Mood, SessionState};

pub const SCHEMA: &str = "touchpoint.result";
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trainee {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioRef {
    pub id: String,
    pub title: String,
    pub content_hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub index: usize,
    pub node: String,
    /// Fluent key of the customer's line (`node` or `node.tone`).
    pub line_key: String,
    pub line: String,
    pub choice: String,
    pub choice_text: String,
    pub elapsed_ms: u64,
    pub late: bool,
    pub follows: Vec<String>,
    pub breaks: Vec<String>,
    pub automatic: Vec<String>,
    pub reaction: Option<String>,
    pub reaction_text: Option<String>,
    pub mood_before: Mood,
    pub mood_after: Mood,
    pub escalated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    pub kind: FeedbackKind,
    pub technique: String,
    pub technique_name: String,
    pub teaching: String,
    pub competency: String,
    /// Seed files where the courseware teaches it (for instructors).
    pub seeds: Vec<String>,
    /// The same sources as the course names them (module and lesson), in the
    /// attempt's locale, for trainees; a seed file the catalog does not title is
    /// given by its file name. Missing in files written before it existed.
    #[serde(default)]
    pub sources: Vec<String>,
    pub critical: bool,
    pub automatic: bool,
    pub decision: Option<usize>,
    pub node: Option<String>,
    pub choice: Option<String>,
    pub choice_text: Option<String>,
    pub better: Option<String>,
    pub better_text: Option<String>,
    /// The author's teaching note on the chosen reply (`.why`), if any.
    pub note: Option<String>,
    pub procedure: Option<String>,
    pub step: Option<String>,
    pub step_name: Option<String>,
    /// For order items: the required earlier step that had not happened yet.
    pub skipped: Option<String>,
    pub skipped_name: Option<String>,
}

impl Feedback {
    /// A reply broken only by being late: the better reply is the same one, given in
    /// time (shown as such, never as its own text).
    pub fn better_in_time(&self) -> bool {
        self.automatic && self.better.is_some() && self.better == self.choice
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcedureResult {
    pub id: String,
    pub score: u32,
    pub steps: Vec<StepResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepResult {
    pub step: String,
    pub required: bool,
    pub status: StepStatus,
    pub decision: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parts {
    pub decisions: u32,
    pub procedures: Option<u32>,
    pub outcome: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptRecord {
    pub schema: String,
    pub schema_version: u32,
    pub attempt_id: String,
    /// `finished`, or `abandoned`: the trainee quit before the end (score 0, not
    /// passed, the transcript as far as it went). Files written before this field
    /// existed are finished attempts.
    #[serde(default = "finished")]
    pub status: String,
    pub trainee: Trainee,
    pub cohort: Option<String>,
    pub scenario: ScenarioRef,
    pub seed: u64,
    pub locale: String,
    pub started_at: String,
    pub ended_at: String,
    pub score: u32,
    pub passed: bool,
    pub pass_mark: u32,
    pub outcome: String,
    pub ending: String,
    pub parts: Parts,
    /// Competency id -> 0..=100, in catalog order.
    pub competencies: serde_json::Map<String, serde_json::Value>,
    pub procedures: Vec<ProcedureResult>,
    /// Critical techniques broken (100-1=0).
    pub critical: Vec<String>,
    pub final_mood: Mood,
    pub feedback: Vec<Feedback>,
    pub transcript: Vec<Turn>,
    pub engine_version: String,
    /// The engine rules that scored it ([`touchpoint_engine::RULES_VERSION`]); files
    /// written before the field existed were scored by rules 1.
    #[serde(default = "rules_one")]
    pub rules_version: u32,
}

pub struct Meta {
    pub attempt_id: String,
    pub trainee: Trainee,
    pub cohort: Option<String>,
    pub locale: String,
    pub started_at: String,
    pub ended_at: String,
}

fn finished() -> String {
    "finished".to_string()
}

fn rules_one() -> u32 {
    1
}

/// The transcript of the decisions made so far, texts in `texts`' locale.
fn transcript(texts: &Texts, state: &SessionState) -> Vec<Turn> {
    state
        .decisions
        .iter()
        .enumerate()
        .map(|(i, d)| Turn {
            index: i,
            node: d.node.clone(),
            line_key: match &d.tone {
                Some(t) => format!("{}.{t}", d.node),
                None => d.node.clone(),
            },
            line: texts.line(&d.node, d.tone.as_deref()),
            choice: d.choice.clone(),
            choice_text: texts.text(&d.choice),
            elapsed_ms: d.elapsed_ms,
            late: d.late,
            follows: d.follows.clone(),
            breaks: d.breaks.clone(),
            automatic: d.automatic.clone(),
            reaction: d.reaction.clone(),
            reaction_text: d.reaction.as_deref().map(|r| texts.text(r)),
            mood_before: d.mood_before,
            mood_after: d.mood_after,
            escalated: d.escalated,
        })
        .collect()
}

/// The record of an attempt the trainee quit: score 0, not passed, outcome
/// `abandoned`, every competency 0, and the transcript as far as it went.
pub fn abandoned(
    enc: &Encounter,
    texts: &Texts,
    state: &SessionState,
    meta: Meta,
) -> AttemptRecord {
    let mut competencies = serde_json::Map::new();
    for c in &enc.catalog.competencies {
        competencies.insert(c.id.clone(), serde_json::Value::from(0));
    }
    let mut rec = header(enc, texts, state, meta);
    rec.status = "abandoned".to_string();
    rec.outcome = "abandoned".to_string();
    rec.ending = state.node.clone();
    rec.competencies = competencies;
    rec.transcript = transcript(texts, state);
    rec
}

/// A record with who, what and when filled in and nothing scored yet.
fn header(enc: &Encounter, texts: &Texts, state: &SessionState, meta: Meta) -> AttemptRecord {
    AttemptRecord {
        schema: SCHEMA.to_string(),
        schema_version: SCHEMA_VERSION,
        attempt_id: meta.attempt_id,
        status: finished(),
        trainee: meta.trainee,
        cohort: meta.cohort,
        scenario: ScenarioRef {
            id: enc.scenario.id.clone(),
            title: texts.text("title"),
            content_hash: enc.content_hash.clone(),
        },
        seed: state.seed,
        locale: meta.locale,
        ended_at: not_before(&meta.ended_at, &meta.started_at),
        started_at: meta.started_at,
        score: 0,
        passed: false,
        pass_mark: enc.scenario.pass_mark,
        outcome: String::new(),
        ending: String::new(),
        parts: Parts {
            decisions: 0,
            procedures: None,
            outcome: 0,
        },
        competencies: serde_json::Map::new(),
        procedures: Vec::new(),
        critical: Vec::new(),
        final_mood: state.mood,
        feedback: Vec::new(),
        transcript: Vec::new(),
        engine_version: env!("CARGO_PKG_VERSION").to_string(),
        // The rules the session was played by: the current ones, or for an attempt
        // interrupted before an upgrade and settled from its journal, the ones its
        // state was made by.
        rules_version: state.rules.version(),
    }
}

/// Where the course teaches `item` (a technique or a procedure), by the course's own
/// names: for each seed file its title (`sources` in the catalog) and the lesson
/// there (the item's `.lesson-<source id>` attribute), "title · lesson"; the title
/// alone when the catalog gives no lesson, the file name when it does not title the
/// file.
pub fn source_names(enc: &Encounter, texts: &Texts, item: &str, seeds: &[String]) -> Vec<String> {
    seeds
        .iter()
        .map(|f| match enc.catalog.source(f) {
            Some(s) => {
                let title = texts.cat(&s.id);
                match texts.cat_attr(item, &format!("lesson-{}", s.id)) {
                    Some(lesson) => format!("{title} · {lesson}"),
                    None => title,
                }
            }
            None => f.clone(),
        })
        .collect()
}

/// Builds the record of a finished attempt, rendering texts in `texts`' locale.
pub fn record(
    enc: &Encounter,
    texts: &Texts,
    state: &SessionState,
    a: &Assessment,
    meta: Meta,
) -> AttemptRecord {
    let transcript = transcript(texts, state);
    let feedback = a
        .feedback
        .iter()
        .map(|f| Feedback {
            kind: f.kind,
            technique: f.technique.clone(),
            technique_name: texts.cat(&f.technique),
            teaching: texts.cat_attr(&f.technique, "teaching").unwrap_or_default(),
            competency: f.competency.clone(),
            seeds: f.seeds.clone(),
            // A procedure item's seeds are the procedure's.
            sources: source_names(
                enc,
                texts,
                f.procedure.as_deref().unwrap_or(&f.technique),
                &f.seeds,
            ),
            critical: f.critical,
            automatic: f.automatic,
            decision: f.decision,
            node: f.node.clone(),
            choice: f.choice.clone(),
            choice_text: f.choice.as_deref().map(|c| texts.text(c)),
            better: f.better.clone(),
            better_text: f.better.as_deref().map(|c| texts.text(c)),
            note: f
                .choice
                .as_deref()
                .filter(|_| f.kind == FeedbackKind::Breach || f.kind == FeedbackKind::Missed)
                .and_then(|c| texts.attr(c, "why")),
            procedure: f.procedure.clone(),
            step: f.step.clone(),
            step_name: match (&f.procedure, &f.step) {
                (Some(p), Some(s)) => texts.cat_attr(p, s),
                _ => None,
            },
            skipped: f.skipped.clone(),
            skipped_name: match (&f.procedure, &f.skipped) {
                (Some(p), Some(s)) => texts.cat_attr(p, s),
                _ => None,
            },
        })
        .collect();
    let mut competencies = serde_json::Map::new();
    for c in &a.competencies {
        competencies.insert(c.id.clone(), serde_json::Value::from(c.score));
    }
    AttemptRecord {
        score: a.score,
        passed: a.passed,
        pass_mark: a.pass_mark,
        outcome: a.outcome.as_str().to_string(),
        ending: a.ending.clone(),
        parts: Parts {
            decisions: a.parts.decisions,
            procedures: a.parts.procedures,
            outcome: a.parts.outcome,
        },
        competencies,
        procedures: a
            .procedures
            .iter()
            .map(|p| ProcedureResult {
                id: p.id.clone(),
                score: p.score,
                steps: p
                    .steps
                    .iter()
                    .map(|s| StepResult {
                        step: s.step.clone(),
                        required: s.required,
                        status: s.status,
                        decision: s.decision,
                    })
                    .collect(),
            })
            .collect(),
        critical: a.critical.iter().map(|c| c.technique.clone()).collect(),
        final_mood: a.final_mood,
        feedback,
        transcript,
        ..header(enc, texts, state, meta)
    }
}

/// Writes `bytes` to `path` atomically (see [`touchpoint_content::outfile`]: through symbolic
/// links, directly into a FIFO or a device, `-` to standard output). It lives in
/// [`touchpoint_content::files`]; this path keeps working.
pub use touchpoint_content::files::write_atomic;

/// Where results go when `--out` is not given: `$TOUCHPOINT_RESULTS_DIR`, else the
/// per-user data folder (`$XDG_DATA_HOME/touchpoint/results`, or
/// `~/.local/share/touchpoint/results`), else `./results`.
pub fn default_dir(get: impl Fn(&str) -> Option<String>) -> PathBuf {
    if let Some(d) = get("TOUCHPOINT_RESULTS_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = get("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Path::new(&d).join("touchpoint").join("results");
    }
    if let Some(h) = get("HOME").filter(|d| !d.is_empty()) {
        return Path::new(&h)
            .join(".local")
            .join("share")
            .join("touchpoint")
            .join("results");
    }
    PathBuf::from("results")
}

/// A file name that sorts by time and never overwrites another attempt.
pub fn file_name(rec: &AttemptRecord) -> String {
    let stamp: String = rec
        .started_at
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(14)
        .collect();
    let short = rec.attempt_id.rsplit('-').next().unwrap_or(&rec.attempt_id);
    format!(
        "{}_{}_{stamp}_{short}.json",
        rec.scenario.id,
        sanitize(&rec.trainee.id)
    )
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A trainee id is 1..=64 chars of letters, digits, `.`, `_`, `-` and `@`.
pub fn valid_trainee_id(id: &str) -> bool {
    (1..=64).contains(&id.chars().count())
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
}

/// Longest trainee name or cohort (what `play` and the app accept).
pub const MAX_NAME_CHARS: usize = 100;
/// Longest id (scenario, node, reply, technique, competency, …) in a record.
pub const MAX_ID_BYTES: usize = 128;
/// Longest short text (a title, a technique or step name) in a record.
pub const MAX_SHORT_TEXT_CHARS: usize = 1_000;
/// Longest text (a customer line, a reply, a teaching) in a record.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most decisions in one attempt.
pub const MAX_TURNS: usize = 100_000;
/// Most feedback items in one attempt.
pub const MAX_FEEDBACK: usize = 100_000;
/// Most entries in a small list (competencies, procedures and their steps, the
/// techniques of one decision, seed sources).
pub const MAX_LIST: usize = 256;
/// Longest time one reply may take: a day (a trainee who left the terminal open
/// overnight), far below what would carry a timestamp out of range. The session
/// records a longer wait as a day, and `--choices` refuses more.
pub const MAX_ELAPSED_MS: u64 = touchpoint_engine::session::MAX_ELAPSED_MS;
/// Longest attempt from start to end (an interrupted attempt may be resumed days
/// later): a year.
pub const MAX_DURATION_MS: i64 = 366 * 86_400_000;
/// The earliest and latest times a record may carry (RFC 3339, UTC).
pub const EARLIEST: &str = "2000-01-01T00:00:00Z";
pub const LATEST: &str = "2200-01-01T00:00:00Z";
/// Outcomes of a finished attempt.
pub const OUTCOMES: [&str; 5] = ["resolved", "escalated", "customer_left", "sale", "no_sale"];

/// A trainee name as `play` and the app accept it: at most 100 characters, no
/// control characters.
pub fn valid_name(name: &str) -> bool {
    name.chars().count() <= MAX_NAME_CHARS && !name.chars().any(char::is_control)
}

/// A cohort as `play` and the app accept it: 1 to 100 characters, no control
/// characters (no cohort is `None`, never an empty one).
pub fn valid_cohort(cohort: &str) -> bool {
    !cohort.is_empty() && valid_name(cohort)
}

/// An attempt id: 1-64 ASCII letters, digits, `-` or `_` (what [`uuid_v7`] makes).
pub fn valid_attempt_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The time rules of a record: both times RFC 3339 and in range ([`EARLIEST`] to
/// [`LATEST`]), the end not before the start, and at most [`MAX_DURATION_MS`] (a
/// year) between them. The message names the field at fault (`started_at`,
/// `ended_at`).
pub fn check_times(started: &str, ended: &str) -> Result<(), String> {
    time_span(("started_at", started), ("ended_at", ended))
        .map(|_| ())
        .map_err(|(_, e)| e)
}

/// [`check_times`] for any two fields, by name and value (a journal's `started_at`
/// and `updated_at`): both times in milliseconds since 1970, or the field at fault and
/// what is wrong with it.
pub fn time_span<'n>(
    started: (&'n str, &str),
    ended: (&'n str, &str),
) -> Result<(i64, i64), (&'n str, String)> {
    let mut times = [0i64; 2];
    for (k, (what, t)) in [started, ended].into_iter().enumerate() {
        let (lo, hi) = (
            epoch_ms(EARLIEST).unwrap_or(0),
            epoch_ms(LATEST).unwrap_or(0),
        );
        let ms = match epoch_ms(t) {
            Ok(ms) => Some(ms),
            Err(TimeError::Before1970) => None,
            Err(TimeError::NotRfc3339) => {
                return Err((
                    what,
                    format!("{what} `{}` is not an RFC 3339 time", clip(t)),
                ));
            }
        };
        let Some(ms) = ms.filter(|ms| (lo..hi).contains(ms)) else {
            return Err((
                what,
                format!(
                    "{what} `{}` is out of range, expected {EARLIEST} to {LATEST}",
                    clip(t)
                ),
            ));
        };
        times[k] = ms;
    }
    if times[1] < times[0] {
        return Err((
            ended.0,
            format!(
                "{} `{}` is before {} `{}`",
                ended.0,
                clip(ended.1),
                started.0,
                clip(started.1)
            ),
        ));
    }
    if times[1] - times[0] > MAX_DURATION_MS {
        return Err((
            ended.0,
            format!(
                "the attempt lasts {} days, expected at most {}",
                (times[1] - times[0]) / 86_400_000,
                MAX_DURATION_MS / 86_400_000
            ),
        ));
    }
    Ok((times[0], times[1]))
}

/// `t`, or `earliest` when `t` comes before it (the clock stepped back during an
/// attempt: it never ends before it began).
pub fn not_before(t: &str, earliest: &str) -> String {
    match (epoch_ms(t), epoch_ms(earliest)) {
        (Ok(a), Ok(b)) if a < b => earliest.to_string(),
        _ => t.to_string(),
    }
}

/// Why a text is not a time a record may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TimeError {
    /// Not an RFC 3339 time at all.
    NotRfc3339,
    /// An RFC 3339 time before 1970 (humantime reads none): out of range whatever
    /// the year, as every time before [`EARLIEST`] is.
    Before1970,
}

/// Milliseconds since 1970 of an RFC 3339 time from 1970 on.
fn epoch_ms(t: &str) -> Result<i64, TimeError> {
    if t.len() > 40 {
        return Err(TimeError::NotRfc3339);
    }
    match humantime::parse_rfc3339_weak(t.trim_end_matches('Z')) {
        Ok(parsed) => parsed
            .duration_since(SystemTime::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_millis()).ok())
            .ok_or(TimeError::Before1970),
        Err(humantime::TimestampError::OutOfRange) => Err(TimeError::Before1970),
        Err(_) => Err(TimeError::NotRfc3339),
    }
}

/// What makes a well-formed record beyond its JSON shape: every field as Touchpoint
/// writes it (ids in shape, texts of bounded length, values in their sets, times in
/// order and in range, scores 0–100, a pass that follows from the score), which is
/// what the store and every export rely on. A file that fails is reported and
/// skipped by an import, never stored half-way; a stored row that fails is skipped by
/// every export. (Found by fuzzing: two transcript turns with the same index made the
/// store refuse the whole import transaction; found in the field: a 10 MB trainee
/// name made the XLSX export of the whole store fail.) It is [`check_as_stored`] and
/// the rules added since, in one walk (see `rules`).
pub fn check(rec: &AttemptRecord) -> Result<(), String> {
    rules(rec, Rules::Today).map_err(|e| format!("not a valid result record: {e}"))
}

/// What a stored record is, judged by the rules Touchpoint has applied over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// It passes every check of today ([`check`]).
    Current,
    /// Touchpoint wrote and stored it, but it breaks a rule added since (a name over
    /// 100 characters, a control character in a cohort, a reply over a day, times
    /// out of order or out of range…): the reason. Exports write it with its texts
    /// clipped ([`clipped`]) and say so.
    Legacy(String),
    /// It holds what no Touchpoint ever wrote (a score of 150, an unknown outcome,
    /// status or locale, a turn out of order, a NUL…): the reason.
    Damaged(String),
}

/// How a record stored by any Touchpoint stands today: [`check`] first, then, if it
/// fails, the rules every version has kept ([`check_as_stored`]).
pub fn standing(rec: &AttemptRecord) -> Standing {
    match check(rec) {
        Ok(()) => Standing::Current,
        Err(today) => match check_as_stored(rec) {
            Ok(()) => Standing::Legacy(today),
            Err(never) => Standing::Damaged(never),
        },
    }
}

/// What every Touchpoint version has written and stored: the rules older than
/// today's, which a stored row that fails is damaged by. What [`check`] adds
/// (lengths and list sizes, control characters in names and cohorts, an empty
/// cohort, times in order, 2000-2200 and at most a year apart, a reply of at most a
/// day) only makes a stored row legacy.
pub fn check_as_stored(rec: &AttemptRecord) -> Result<(), String> {
    rules(rec, Rules::AsStored).map_err(|e| format!("no Touchpoint writes a record with {e}"))
}

/// Which rules [`rules`] applies: those every Touchpoint has kept, or today's (those
/// and the rules added since).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rules {
    AsStored,
    Today,
}

/// The record's rules, one per field: each field is checked once, by the rule every
/// Touchpoint has kept, and (`Today`) by the stricter one added since. `Err` says
/// what is wrong (without a prefix).
fn rules(rec: &AttemptRecord, rules: Rules) -> Result<(), String> {
    let today = rules == Rules::Today;
    // An id: in shape always; at most MAX_ID_BYTES today.
    let id = |what: &str, v: &str| -> Result<(), String> {
        if (!today || v.len() <= MAX_ID_BYTES) && touchpoint_engine::validate::is_valid_id(v) {
            Ok(())
        } else {
            Err(format!(
                "{what} `{}`, expected an id (lowercase letters, digits and `_`, at most {MAX_ID_BYTES})",
                clip(v)
            ))
        }
    };
    // A list's size: at most MAX_LIST today.
    let count = |what: &str, n: usize, max: usize| -> Result<(), String> {
        if today && n > max {
            Err(format!("{n} {what}, expected at most {max}"))
        } else {
            Ok(())
        }
    };
    let ids = |what: &str, v: &[String]| -> Result<(), String> {
        if today && v.len() > MAX_LIST {
            return Err(format!(
                "{} entries in {what}, expected at most {MAX_LIST}",
                v.len()
            ));
        }
        v.iter().try_for_each(|x| id(what, x))
    };
    // A text: never a NUL; at most `max` characters today.
    let text = |what: &str, v: &str, max: usize| -> Result<(), String> {
        if v.contains('\0') {
            return Err(format!("{what} holds a NUL character"));
        }
        // Counting characters is only needed near the limit.
        if today && v.len() > max && v.chars().count() > max {
            return Err(format!(
                "{what} of {} characters, expected at most {max}",
                v.chars().count()
            ));
        }
        Ok(())
    };
    // A name or cohort: never a NUL; today at most 100 characters and no control
    // characters (and a cohort not empty).
    let name = |what: &str, v: &str, valid: fn(&str) -> bool| -> Result<(), String> {
        if (today && !valid(v)) || v.contains('\0') {
            return Err(format!(
                "{what} of {} characters `{}`, expected at most {MAX_NAME_CHARS} characters without control characters",
                v.chars().count(),
                clip(v)
            ));
        }
        Ok(())
    };
    if rec.schema != SCHEMA {
        return Err(format!(
            "schema `{}`, expected `{SCHEMA}`",
            clip(&rec.schema)
        ));
    }
    if rec.schema_version == 0 || rec.schema_version > SCHEMA_VERSION {
        return Err(format!(
            "schema_version {}, expected 1..={SCHEMA_VERSION}",
            rec.schema_version
        ));
    }
    if !valid_attempt_id(&rec.attempt_id) {
        return Err(format!(
            "attempt_id `{}`, expected 1-64 letters, digits, `-` or `_`",
            clip(&rec.attempt_id)
        ));
    }
    let finished = match rec.status.as_str() {
        "finished" => true,
        "abandoned" => false,
        other => {
            return Err(format!(
                "status `{}`, expected finished or abandoned",
                clip(other)
            ));
        }
    };
    if !valid_trainee_id(&rec.trainee.id) {
        return Err(format!(
            "trainee id `{}`, expected 1-64 letters, digits, `.`, `_`, `-` or `@`",
            clip(&rec.trainee.id)
        ));
    }
    name("trainee name", &rec.trainee.name, valid_name)?;
    if let Some(c) = &rec.cohort {
        name("cohort", c, valid_cohort)?;
    }
    id("scenario.id", &rec.scenario.id)?;
    text("scenario.title", &rec.scenario.title, MAX_SHORT_TEXT_CHARS)?;
    let hex = rec.scenario.content_hash.strip_prefix("sha256:");
    if !hex.is_some_and(|h| {
        h.len() == 64
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    }) {
        return Err(format!(
            "scenario.content_hash `{}`, expected sha256: and 64 hex digits",
            clip(&rec.scenario.content_hash)
        ));
    }
    if !touchpoint_content::locale::SUPPORTED.contains(&rec.locale.as_str()) {
        return Err(format!(
            "locale `{}`, expected one of {}",
            clip(&rec.locale),
            touchpoint_content::locale::SUPPORTED.join(", ")
        ));
    }
    // Times: RFC 3339 always; in range, in order and at most a year apart today.
    if today {
        check_times(&rec.started_at, &rec.ended_at)?;
    } else {
        for (what, t) in [("started_at", &rec.started_at), ("ended_at", &rec.ended_at)] {
            if epoch_ms(t) == Err(TimeError::NotRfc3339) {
                return Err(format!("{what} `{}` is not an RFC 3339 time", clip(t)));
            }
        }
    }
    if rec.score > 100 || rec.pass_mark > 100 {
        return Err(format!(
            "score {} / pass_mark {}, expected 0..=100",
            rec.score, rec.pass_mark
        ));
    }
    let parts = [
        Some(rec.parts.decisions),
        rec.parts.procedures,
        Some(rec.parts.outcome),
    ];
    if parts.iter().flatten().any(|p| *p > 100) {
        return Err(format!(
            "parts {}/{:?}/{}, expected 0..=100",
            rec.parts.decisions, rec.parts.procedures, rec.parts.outcome
        ));
    }
    if finished {
        if !OUTCOMES.contains(&rec.outcome.as_str()) {
            return Err(format!(
                "outcome `{}`, expected one of {}",
                clip(&rec.outcome),
                OUTCOMES.join(", ")
            ));
        }
        let should_pass = rec.score >= rec.pass_mark && rec.critical.is_empty();
        if rec.passed != should_pass {
            return Err(format!(
                "passed is {} with score {}, pass mark {} and {} critical taboo(s)",
                rec.passed,
                rec.score,
                rec.pass_mark,
                rec.critical.len()
            ));
        }
    } else if rec.outcome != "abandoned" || rec.score != 0 || rec.passed {
        return Err(format!(
            "an abandoned attempt with outcome `{}`, score {} and passed {}, expected abandoned, 0 and false",
            clip(&rec.outcome),
            rec.score,
            rec.passed
        ));
    }
    id("ending", &rec.ending)?;
    count("competencies", rec.competencies.len(), MAX_LIST)?;
    for (c, v) in &rec.competencies {
        id("competency id", c)?;
        if v.as_u64().is_none_or(|v| v > 100) {
            return Err(format!(
                "competency `{}` scored {}, expected 0..=100",
                clip(c),
                clip(&v.to_string())
            ));
        }
    }
    let turns = rec.transcript.len();
    count("transcript turns", turns, MAX_TURNS)?;
    let decision = |what: &str, d: Option<usize>| match d {
        Some(d) if d >= turns => Err(format!("{what} names decision {d} of {turns}")),
        _ => Ok(()),
    };
    count("procedures", rec.procedures.len(), MAX_LIST)?;
    for p in &rec.procedures {
        id("procedure id", &p.id)?;
        if p.score > 100 || (today && p.steps.len() > MAX_LIST) {
            return Err(format!(
                "procedure `{}` with score {} and {} steps",
                clip(&p.id),
                p.score,
                p.steps.len()
            ));
        }
        for s in &p.steps {
            id("procedure step", &s.step)?;
            decision("a procedure step", s.decision)?;
        }
    }
    ids("critical", &rec.critical)?;
    mood("final_mood", &rec.final_mood)?;
    count("feedback items", rec.feedback.len(), MAX_FEEDBACK)?;
    for f in &rec.feedback {
        id("feedback technique", &f.technique)?;
        if !f.competency.is_empty() {
            id("feedback competency", &f.competency)?;
        }
        text(
            "feedback technique_name",
            &f.technique_name,
            MAX_SHORT_TEXT_CHARS,
        )?;
        text("feedback teaching", &f.teaching, MAX_TEXT_CHARS)?;
        count("seed sources in a feedback item", f.seeds.len(), MAX_LIST)?;
        for s in &f.seeds {
            text("feedback seed", s, MAX_SHORT_TEXT_CHARS)?;
        }
        count("sources in a feedback item", f.sources.len(), MAX_LIST)?;
        for s in &f.sources {
            text("feedback source", s, MAX_SHORT_TEXT_CHARS)?;
        }
        decision("a feedback item", f.decision)?;
        for (what, v) in [
            ("feedback node", &f.node),
            ("feedback choice", &f.choice),
            ("feedback better", &f.better),
            ("feedback procedure", &f.procedure),
            ("feedback step", &f.step),
            ("feedback skipped", &f.skipped),
        ] {
            if let Some(v) = v {
                id(what, v)?;
            }
        }
        for (what, v, max) in [
            ("feedback choice_text", &f.choice_text, MAX_TEXT_CHARS),
            ("feedback better_text", &f.better_text, MAX_TEXT_CHARS),
            ("feedback note", &f.note, MAX_TEXT_CHARS),
            ("feedback step_name", &f.step_name, MAX_SHORT_TEXT_CHARS),
            (
                "feedback skipped_name",
                &f.skipped_name,
                MAX_SHORT_TEXT_CHARS,
            ),
        ] {
            if let Some(v) = v {
                text(what, v, max)?;
            }
        }
    }
    for (k, t) in rec.transcript.iter().enumerate() {
        if t.index != k {
            return Err(format!("transcript turn {k} has index {}", t.index));
        }
        id("transcript node", &t.node)?;
        id("transcript choice", &t.choice)?;
        match t.line_key.split_once('.') {
            Some((node, tone)) if node == t.node => id("transcript line tone", tone)?,
            None if t.line_key == t.node => {}
            _ => {
                return Err(format!(
                    "transcript turn {k} has line_key `{}` for node `{}`",
                    clip(&t.line_key),
                    clip(&t.node)
                ));
            }
        }
        text("transcript line", &t.line, MAX_TEXT_CHARS)?;
        text("transcript choice_text", &t.choice_text, MAX_TEXT_CHARS)?;
        if today && t.elapsed_ms > MAX_ELAPSED_MS {
            return Err(format!(
                "transcript turn {k} took {} ms, expected at most {MAX_ELAPSED_MS} (a day)",
                t.elapsed_ms
            ));
        }
        ids("transcript follows", &t.follows)?;
        ids("transcript breaks", &t.breaks)?;
        ids("transcript automatic", &t.automatic)?;
        if let Some(r) = &t.reaction {
            id("transcript reaction", r)?;
        }
        if let Some(r) = &t.reaction_text {
            text("transcript reaction_text", r, MAX_TEXT_CHARS)?;
        }
        mood("transcript mood_before", &t.mood_before)?;
        mood("transcript mood_after", &t.mood_after)?;
    }
    let v = &rec.engine_version;
    if !(1..=32).contains(&v.len())
        || !v
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+'))
    {
        return Err(format!(
            "engine_version `{}`, expected a version such as 0.1.0",
            clip(v)
        ));
    }
    if rec.rules_version == 0 {
        return Err("rules_version 0, expected 1 or more".into());
    }
    Ok(())
}

/// A record as today's limits hold it, for writing out a [`Standing::Legacy`] row:
/// every text cut to its length (a name and a cohort to 100 characters, control
/// characters shown as U+FFFD, an empty cohort as none), every reply's time to a day.
/// Ids, figures and times are left as they are.
pub fn clipped(rec: &AttemptRecord) -> AttemptRecord {
    let mut r = rec.clone();
    r.trainee.name = plain_name(&r.trainee.name);
    r.cohort = r
        .cohort
        .as_deref()
        .map(plain_name)
        .filter(|c| !c.is_empty());
    let short = |s: &mut String| *s = cut(s, MAX_SHORT_TEXT_CHARS);
    let long = |s: &mut String| *s = cut(s, MAX_TEXT_CHARS);
    short(&mut r.scenario.title);
    for f in &mut r.feedback {
        short(&mut f.technique_name);
        long(&mut f.teaching);
        f.seeds.iter_mut().chain(&mut f.sources).for_each(short);
        [&mut f.choice_text, &mut f.better_text, &mut f.note]
            .into_iter()
            .flatten()
            .for_each(long);
        [&mut f.step_name, &mut f.skipped_name]
            .into_iter()
            .flatten()
            .for_each(short);
    }
    for t in &mut r.transcript {
        long(&mut t.line);
        long(&mut t.choice_text);
        if let Some(x) = &mut t.reaction_text {
            long(x);
        }
        t.elapsed_ms = t.elapsed_ms.min(MAX_ELAPSED_MS);
    }
    r
}

/// A name or cohort as today's rules hold it: at most 100 characters, control
/// characters shown as U+FFFD.
fn plain_name(s: &str) -> String {
    cut(s, MAX_NAME_CHARS)
        .chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// At most `max` characters of `s`, the last an ellipsis when it was cut.
fn cut(s: &str, max: usize) -> String {
    if s.len() <= max || s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A record as an import keeps it: an empty cohort (which an older `play` wrote for
/// `--cohort ""`, and which `play` now refuses) is no cohort.
pub fn normalise(rec: &mut AttemptRecord) {
    if rec.cohort.as_deref() == Some("") {
        rec.cohort = None;
    }
}

/// At most 40 characters of a value for a message, escaped.
pub(crate) fn clip(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(40)
        .collect::<String>()
        .escape_debug()
        .to_string();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

fn mood(what: &str, m: &Mood) -> Result<(), String> {
    use touchpoint_engine::mood::{MOOD_MAX, MOOD_MIN};
    let range = MOOD_MIN..=MOOD_MAX;
    if [m.anger, m.trust, m.patience]
        .iter()
        .all(|v| range.contains(v))
    {
        Ok(())
    } else {
        Err(format!(
            "{what} ({}, {}, {}), expected each {MOOD_MIN}..={MOOD_MAX}",
            m.anger, m.trust, m.patience
        ))
    }
}

/// Reads a result file back. Errors name the file, line and column.
pub fn read(path: &Path) -> Result<AttemptRecord, touchpoint_content::report::Report> {
    let text = touchpoint_content::files::read_text(path)?;
    serde_json::from_str(&text).map_err(|e| {
        touchpoint_content::report::Report::error(
            path,
            e.line().max(1),
            e.column().max(1),
            format!("not a Touchpoint result file: {e}"),
        )
    })
}

/// The trainee's best attempt per encounter in a results folder (best: passed first,
/// then the higher score), and the files that could not be read.
pub fn best_results(
    dir: &Path,
    trainee: &str,
) -> (
    BTreeMap<String, Best>,
    Vec<touchpoint_content::report::Report>,
) {
    let mut best: BTreeMap<String, Best> = BTreeMap::new();
    let (results, problems) = read_folder(dir);
    for r in results.into_iter().filter(|r| r.trainee.id == trainee) {
        let now = Best {
            score: r.score,
            passed: r.passed,
        };
        Best::keep(&mut best, &r.scenario.id, now);
    }
    (best, problems)
}

/// Every result file in a folder (`*.json`, by name). Files that are not result files
/// are skipped and reported, never touched.
pub fn read_folder(dir: &Path) -> (Vec<AttemptRecord>, Vec<touchpoint_content::report::Report>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return (out, problems);
    };
    let mut files: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for f in files {
        match read(&f) {
            Ok(r) => out.push(r),
            Err(rep) => problems.push(rep),
        }
    }
    (out, problems)
}

/// 64 fresh random bits from the OS-seeded hasher (no extra dependency).
/// Used for default seeds and attempt ids; never inside the engine.
pub fn entropy(extra: u64) -> u64 {
    let mut h = RandomState::new().build_hasher();
    h.write_u64(extra);
    h.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.write_u32(std::process::id());
    h.finish()
}

/// A UUID version 7: 48 bits of Unix milliseconds, then random bits. Sorts by time.
pub fn uuid_v7(now: SystemTime, seed: u64) -> String {
    let ms = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0);
    let a = entropy(seed);
    let b = entropy(a);
    let rand_a = (a & 0x0fff) as u16;
    let rand_b = b & 0x3fff_ffff_ffff_ffff;
    format!(
        "{:08x}-{:04x}-7{:03x}-{:04x}-{:012x}",
        (ms >> 16) as u32,
        (ms & 0xffff) as u16,
        rand_a,
        (0x8000 | (rand_b >> 48)) as u16,
        rand_b & 0xffff_ffff_ffff
    )
}

pub fn rfc3339(t: SystemTime) -> String {
    humantime::format_rfc3339_millis(t).to_string()
}
