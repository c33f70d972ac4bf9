//! The assessment result file: a versioned JSON record of one attempt, written
//! atomically (temporary file, fsync, rename) so a crash never leaves half a file.
//!
//! Schema: see "Result files" in README.md. Bump [`SCHEMA_VERSION`] on any change
//! that a reader must know about.

use std::fs;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::encounter::Encounter;
use super::locale::Texts;
use crate::engine::scoring::{FeedbackKind, StepStatus};
use crate::engine::{Assessment, Mood, SessionState};

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
        started_at: meta.started_at,
        ended_at: meta.ended_at,
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
    }
}

/// The course's names for seed files (`sources` in the catalog), else the file names.
pub fn source_names(enc: &Encounter, texts: &Texts, seeds: &[String]) -> Vec<String> {
    seeds
        .iter()
        .map(|f| match enc.catalog.source(f) {
            Some(s) => texts.cat(&s.id),
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
            sources: source_names(enc, texts, &f.seeds),
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

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed
/// to disk, then renamed over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("result");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

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

/// What makes a well-formed record beyond its JSON shape: what the store and every
/// export rely on. A file that fails is reported and skipped by an import, never
/// stored half-way. (Found by fuzzing: two transcript turns with the same index made
/// the store refuse the whole import transaction.)
pub fn check(rec: &AttemptRecord) -> Result<(), String> {
    let bad = |what: String| Err(format!("not a valid result record: {what}"));
    if rec.schema != SCHEMA {
        return bad(format!("schema `{}`, expected `{SCHEMA}`", rec.schema));
    }
    if rec.schema_version == 0 || rec.schema_version > SCHEMA_VERSION {
        return bad(format!(
            "schema_version {}, expected 1..={SCHEMA_VERSION}",
            rec.schema_version
        ));
    }
    let id_ok = (1..=64).contains(&rec.attempt_id.len())
        && rec
            .attempt_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !id_ok {
        return bad(format!(
            "attempt_id `{}`, expected 1-64 letters, digits, `-` or `_`",
            rec.attempt_id.escape_debug()
        ));
    }
    if !matches!(rec.status.as_str(), "finished" | "abandoned") {
        return bad(format!(
            "status `{}`, expected finished or abandoned",
            rec.status.escape_debug()
        ));
    }
    if !valid_trainee_id(&rec.trainee.id) {
        return bad(format!("trainee id `{}`", rec.trainee.id.escape_debug()));
    }
    for (what, t) in [("started_at", &rec.started_at), ("ended_at", &rec.ended_at)] {
        if humantime::parse_rfc3339_weak(t.trim_end_matches('Z')).is_err() || t.len() > 40 {
            return bad(format!(
                "{what} `{}` is not an RFC 3339 time",
                t.escape_debug()
            ));
        }
    }
    if rec.score > 100 || rec.pass_mark > 100 {
        return bad(format!(
            "score {} / pass_mark {}, expected 0..=100",
            rec.score, rec.pass_mark
        ));
    }
    for (c, v) in &rec.competencies {
        if !crate::engine::validate::is_valid_id(c) {
            return bad(format!("competency id `{}`", c.escape_debug()));
        }
        if v.as_u64().is_none_or(|v| v > 100) {
            return bad(format!(
                "competency `{}` scored {v}, expected 0..=100",
                c.escape_debug()
            ));
        }
    }
    for (k, t) in rec.transcript.iter().enumerate() {
        if t.index != k {
            return bad(format!("transcript turn {k} has index {}", t.index));
        }
    }
    // PostgreSQL text cannot hold NUL; no Touchpoint record has one.
    let json = serde_json::to_string(rec).map_err(|e| e.to_string())?;
    if json.contains("\\u0000") {
        return bad("a text holds a NUL character".into());
    }
    Ok(())
}

/// Reads a result file back. Errors name the file, line and column.
pub fn read(path: &Path) -> Result<AttemptRecord, super::report::Report> {
    let text = super::files::read_text(path)?;
    serde_json::from_str(&text).map_err(|e| {
        super::report::Report::error(
            path,
            e.line().max(1),
            e.column().max(1),
            format!("not a Touchpoint result file: {e}"),
        )
    })
}

/// Every result file in a folder (`*.json`, by name). Files that are not result files
/// are skipped and reported, never touched.
pub fn read_folder(dir: &Path) -> (Vec<AttemptRecord>, Vec<super::report::Report>) {
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
