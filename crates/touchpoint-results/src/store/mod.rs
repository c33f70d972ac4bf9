//! The results store: every attempt, finished or abandoned, with its full record, in
//! SQLite (the default, one file per user or per classroom share).
//!
//! Schema (migration 1): `attempts` holds one row per attempt with the columns lists,
//! exports and reports filter, sort and show (the competency scores too, as
//! `id:score,…` in catalog order, so an export reads one compact table);
//! `attempt_records` the whole result record as JSON (the same JSON as the result
//! file, transcript included); `attempt_competencies`, `attempt_feedback` and
//! `attempt_turns` the competency scores, the feedback items and the transcript, one
//! row each, for reports that aggregate in SQL. Migration 2: `attempts.verified` (the
//! attempt was replayed on its encounter version when stored) and the encounter
//! versions seen (`encounter_versions`, `encounter_files`, `stored_texts`: every file
//! an encounter is loaded from, each text kept once), from which imports verify and
//! exports take names and titles wherever they run. Migration 3: `attempts.digest`,
//! a SHA-256 over the row's columns and its record as written, so that reading a row
//! back can tell at little cost that it is exactly what a checked store wrote.
//! `schema_migrations` records the migrations applied; opening a store applies the
//! missing ones.
//!
//! Every export reads the attempts through [`Store::each_attempt`] or
//! [`Store::each_listed`], which check each row against its record (or its digest)
//! and leave a damaged one out, named; a row stored by an earlier Touchpoint that
//! breaks only a rule added since is handed on with its texts clipped, and named.
//!
//! Guarantees: an attempt is written in one transaction (all its rows or none); its
//! `attempt_id` is the primary key, so storing or importing it again changes nothing;
//! writers wait for each other (WAL journal, immediate transactions, a busy timeout)
//! instead of failing, and a reader never sees half an attempt.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[cfg(feature = "sqlite")]
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

pub use cmi5::Cmi5Session;
pub use server::{
    Account, AuditEntry, LiveAttempt, Pushed, Role, ServerWrite, SessionWith, Throttle, WebSession,
};

use super::verify::{Unverified, Verdict, VersionFiles, VersionProblem, replay, verdict};
use crate::record::{AttemptRecord, MAX_ID_BYTES, Standing, read};
use touchpoint_content::encounter::Encounter;

#[cfg(not(any(feature = "sqlite", feature = "postgres")))]
compile_error!(
    "touchpoint-results needs a results store backend: the `sqlite` or `postgres` feature"
);

/// How long a writer waits for another process's transaction before giving up.
#[cfg(feature = "sqlite")]
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Waits before SQLite tries again to take the write lock (`tries` so far): 100 µs
/// for the first thousand tries, then 1 ms; gives up after `BUSY_TIMEOUT`.
#[cfg(feature = "sqlite")]
fn busy_wait(tries: i32) -> bool {
    let tries = u64::try_from(tries).unwrap_or(0);
    let waited_us = tries.min(1000) * 100 + tries.saturating_sub(1000) * 1000;
    if waited_us >= BUSY_TIMEOUT.as_micros() as u64 {
        return false;
    }
    std::thread::sleep(Duration::from_micros(if tries < 1000 { 100 } else { 1000 }));
    true
}

/// Columns of the tables the course server fills fastest whose statistics no plan
/// needs (PostgreSQL): no query filters, joins or groups on them, or only after a
/// match on a key decides the plan (`live_attempts.replies` beside its attempt id;
/// `started_ms` sorted in full). Their statistics are not gathered from then on
/// (a database upgraded keeps what was gathered before, unused). Autovacuum
/// analyses these tables every minute or so under a class's load, and sorting a
/// sample of 30,000 JSON texts, digests and transcripts for statistics nobody reads
/// took a burst of half a second of a core for `attempts` alone (the database's log,
/// `log_autovacuum_min_duration = 0`): a slow second for everyone's replies on a
/// busy machine. With these left out, the analyses of the result tables and of
/// `live_attempts` over four runs on a new database took 0.8 s of CPU, against 1.7 s
/// over four on another without.
#[cfg(feature = "postgres")]
const WITHOUT_STATISTICS: &[(&str, &[&str])] = &[
    (
        "attempts",
        &[
            "trainee_name",
            "scenario_title",
            "seed",
            "ended_at",
            "duration_ms",
            "score",
            "pass_mark",
            "outcome",
            "ending",
            "decisions",
            "critical",
            "competencies",
            "engine_version",
            "digest",
        ],
    ),
    (
        "attempt_turns",
        &[
            "node",
            "choice",
            "elapsed_ms",
            "late",
            "follows",
            "breaks",
            "anger_before",
            "trust_before",
            "patience_before",
            "anger_after",
            "trust_after",
            "patience_after",
        ],
    ),
    ("attempt_feedback", &["critical", "decision"]),
    ("attempt_competencies", &["score"]),
    (
        "live_attempts",
        &[
            "replies",
            "seed",
            "started_ms",
            "shown_ms",
            "content_hash",
            "locale",
            "assessed",
        ],
    ),
];

/// Migrations in order; `schema_migrations` records which have run.
const MIGRATIONS: &[(u32, &str)] = &[
    (
        1,
        "CREATE TABLE attempts (
        attempt_id     TEXT NOT NULL UNIQUE,
        status         TEXT NOT NULL,
        trainee_id     TEXT NOT NULL,
        trainee_name   TEXT NOT NULL,
        cohort         TEXT,
        scenario_id    TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        content_hash   TEXT NOT NULL,
        locale         TEXT NOT NULL,
        seed           TEXT NOT NULL,
        started_at     TEXT NOT NULL,
        ended_at       TEXT NOT NULL,
        duration_ms    INTEGER NOT NULL,
        score          INTEGER NOT NULL,
        passed         INTEGER NOT NULL,
        pass_mark      INTEGER NOT NULL,
        outcome        TEXT NOT NULL,
        ending         TEXT NOT NULL,
        decisions      INTEGER NOT NULL,
        critical       TEXT NOT NULL,
        competencies   TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        -- Stored in time order: lists and exports read it front to back.
        PRIMARY KEY (started_at, attempt_id)
    ) WITHOUT ROWID;
    CREATE TABLE attempt_records (
        attempt_id TEXT PRIMARY KEY REFERENCES attempts (attempt_id) ON DELETE CASCADE,
        record     TEXT NOT NULL
    );
    CREATE INDEX attempts_trainee ON attempts (trainee_id, started_at);
    CREATE INDEX attempts_cohort ON attempts (cohort, started_at);
    CREATE INDEX attempts_scenario ON attempts (scenario_id, started_at);
    CREATE TABLE attempt_competencies (
        attempt_id TEXT NOT NULL REFERENCES attempts (attempt_id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        competency TEXT NOT NULL,
        score      INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, competency)
    );
    CREATE TABLE attempt_feedback (
        attempt_id TEXT NOT NULL REFERENCES attempts (attempt_id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        technique  TEXT NOT NULL,
        competency TEXT NOT NULL,
        critical   INTEGER NOT NULL,
        decision   INTEGER,
        PRIMARY KEY (attempt_id, position)
    );
    CREATE INDEX attempt_feedback_technique ON attempt_feedback (technique);
    CREATE TABLE attempt_turns (
        attempt_id   TEXT NOT NULL REFERENCES attempts (attempt_id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        node         TEXT NOT NULL,
        choice       TEXT NOT NULL,
        elapsed_ms   INTEGER NOT NULL,
        late         INTEGER NOT NULL,
        follows      TEXT NOT NULL,
        breaks       TEXT NOT NULL,
        anger_before INTEGER NOT NULL,
        trust_before INTEGER NOT NULL,
        patience_before INTEGER NOT NULL,
        anger_after  INTEGER NOT NULL,
        trust_after  INTEGER NOT NULL,
        patience_after INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, position)
    );",
    ),
    (
        2,
        // Whether an attempt was replayed through the engine on its encounter version
        // (1) or could not be (0: its version was never seen; attempts stored before
        // this migration were never replayed). The encounter versions seen, by content
        // hash: their files by name (`scenario.ron`, `catalog.ron`,
        // `<locale>/scenario.ftl`, `<locale>/catalog.ftl`), each text stored once by
        // its own hash (every encounter shares the catalog's).
        "ALTER TABLE attempts ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE encounter_versions (
        content_hash TEXT PRIMARY KEY,
        scenario_id  TEXT NOT NULL,
        stored_at    TEXT NOT NULL
    );
    CREATE TABLE stored_texts (
        text_hash TEXT PRIMARY KEY,
        text      TEXT NOT NULL
    );
    CREATE TABLE encounter_files (
        content_hash TEXT NOT NULL REFERENCES encounter_versions (content_hash) ON DELETE CASCADE,
        name         TEXT NOT NULL,
        text_hash    TEXT NOT NULL REFERENCES stored_texts (text_hash),
        PRIMARY KEY (content_hash, name)
    );
    CREATE INDEX encounter_files_name ON encounter_files (name, text_hash);",
    ),
    (
        3,
        // The row's digest ([`row_digest`]): written with every row from now on;
        // rows stored before have none and are checked against their record in full.
        "ALTER TABLE attempts ADD COLUMN digest TEXT;",
    ),
    (
        4,
        // Attempts moved aside ([`Store::quarantine`]): a row that is damaged, or whose
        // record was found not to replay on its encounter version, with the reason and
        // when. The row's columns (as they were, whatever they held: no constraint but
        // the key) and its record; `position` counts the times one attempt id was
        // moved aside. Nothing is ever deleted from here.
        "CREATE TABLE quarantine (
        attempt_id     TEXT NOT NULL,
        position       INTEGER NOT NULL,
        quarantined_at TEXT NOT NULL,
        reason         TEXT NOT NULL,
        status         TEXT,
        trainee_id     TEXT,
        trainee_name   TEXT,
        cohort         TEXT,
        scenario_id    TEXT,
        scenario_title TEXT,
        content_hash   TEXT,
        locale         TEXT,
        seed           TEXT,
        started_at     TEXT,
        ended_at       TEXT,
        duration_ms    INTEGER,
        score          INTEGER,
        passed         INTEGER,
        pass_mark      INTEGER,
        outcome        TEXT,
        ending         TEXT,
        decisions      INTEGER,
        critical       TEXT,
        competencies   TEXT,
        engine_version TEXT,
        verified       INTEGER,
        digest         TEXT,
        record         TEXT,
        PRIMARY KEY (attempt_id, position)
    );",
    ),
    (
        5,
        // The course server (issue 16): accounts and their cohorts, failed sign-ins
        // by typed id and by address (whether or not the id exists), signed-in browser
        // sessions (a token's SHA-256, never the token), attempts in progress (the
        // replies so far: the state is the server's replay of them), the encounters
        // a cohort is assessed on, and the audit log. Times in ms since the epoch.
        "CREATE TABLE accounts (
        user_id       TEXT NOT NULL PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled      INTEGER NOT NULL,
        created_ms    INTEGER NOT NULL
    );
    CREATE TABLE signin_throttle (
        key          TEXT NOT NULL PRIMARY KEY,
        failed       INTEGER NOT NULL,
        window_ms    INTEGER NOT NULL,
        locked_until INTEGER NOT NULL
    );
    CREATE TABLE account_cohorts (
        user_id TEXT NOT NULL,
        cohort  TEXT NOT NULL,
        PRIMARY KEY (user_id, cohort)
    );
    CREATE TABLE web_sessions (
        token_hash TEXT NOT NULL PRIMARY KEY,
        user_id    TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        seen_ms    INTEGER NOT NULL
    );
    CREATE INDEX web_sessions_user ON web_sessions (user_id);
    CREATE TABLE live_attempts (
        attempt_id   TEXT NOT NULL PRIMARY KEY,
        user_id      TEXT NOT NULL,
        cohort       TEXT,
        scenario_id  TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        locale       TEXT NOT NULL,
        assessed     INTEGER NOT NULL,
        seed         TEXT NOT NULL,
        started_ms   INTEGER NOT NULL,
        shown_ms     INTEGER NOT NULL,
        replies      TEXT NOT NULL,
        ended        INTEGER NOT NULL
    );
    CREATE INDEX live_attempts_user ON live_attempts (user_id);
    CREATE TABLE assessed_encounters (
        cohort      TEXT NOT NULL,
        scenario_id TEXT NOT NULL,
        set_by      TEXT NOT NULL,
        set_ms      INTEGER NOT NULL,
        PRIMARY KEY (cohort, scenario_id)
    );
    CREATE TABLE audit_log (
        at_ms   INTEGER NOT NULL,
        entry   TEXT NOT NULL,
        actor   TEXT NOT NULL,
        action  TEXT NOT NULL,
        target  TEXT NOT NULL,
        address TEXT NOT NULL,
        PRIMARY KEY (at_ms, entry)
    );",
    ),
    (
        6,
        // Launches from an LMS (cmi5, issue 17): each session (the LMS's session id)
        // with the attempt played in it, where its statements go (the LMS's endpoint
        // and the session's token), the launch data as read; what each registration
        // was told (one completed and one passed per registration); the statements
        // of each session in order, kept until the LMS has them. A browser session
        // may be limited to one attempt (an LMS launch gives no other rights).
        "CREATE TABLE cmi5_sessions (
        session_id   TEXT NOT NULL PRIMARY KEY,
        attempt_id   TEXT NOT NULL,
        registration TEXT NOT NULL,
        activity_id  TEXT NOT NULL,
        scenario_id  TEXT NOT NULL,
        endpoint     TEXT NOT NULL,
        auth_token   TEXT NOT NULL,
        actor        TEXT NOT NULL,
        launch_data  TEXT NOT NULL,
        created_ms   INTEGER NOT NULL,
        closed       INTEGER NOT NULL
    );
    CREATE INDEX cmi5_sessions_attempt ON cmi5_sessions (attempt_id);
    CREATE INDEX cmi5_sessions_registration ON cmi5_sessions (registration, activity_id);
    CREATE TABLE cmi5_registrations (
        registration TEXT NOT NULL,
        activity_id  TEXT NOT NULL,
        completed    INTEGER NOT NULL,
        passed       INTEGER NOT NULL,
        PRIMARY KEY (registration, activity_id)
    );
    CREATE TABLE cmi5_outbox (
        session_id TEXT NOT NULL,
        position   INTEGER NOT NULL,
        statement  TEXT NOT NULL,
        sent       INTEGER NOT NULL,
        PRIMARY KEY (session_id, position)
    );
    ALTER TABLE web_sessions ADD COLUMN only_attempt TEXT;",
    ),
];

/// The columns of `attempts` that [`Store::quarantine`] moves into `quarantine`.
const QUARANTINE_COLUMNS: &str = "status, trainee_id, trainee_name, cohort, scenario_id,
    scenario_title, content_hash, locale, seed, started_at, ended_at, duration_ms, score,
    passed, pass_mark, outcome, ending, decisions, critical, competencies, engine_version,
    verified, digest";

/// What a row's digest covers and how: bump it when what a stored row must satisfy
/// changes, so that rows digested under the old rules are checked in full again.
const DIGEST_SCHEME: &[u8] = b"touchpoint-row-1";

/// Where the store is: a file means SQLite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Location {
    /// `--store` or `TOUCHPOINT_STORE`: a path, or a `postgres://` / `postgresql://` URL.
    pub fn parse(s: &str) -> Location {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Location::Postgres(s.to_string())
        } else {
            Location::Sqlite(PathBuf::from(s))
        }
    }

    /// The store to use: `--store`, else `$TOUCHPOINT_STORE`, else the per-user data
    /// folder (`$XDG_DATA_HOME/touchpoint/results.sqlite3`, or
    /// `~/.local/share/touchpoint/results.sqlite3`), else `./results.sqlite3`.
    pub fn resolve(flag: Option<&str>, get: impl Fn(&str) -> Option<String>) -> Location {
        if let Some(s) = flag.filter(|s| !s.is_empty()) {
            return Location::parse(s);
        }
        if let Some(s) = get("TOUCHPOINT_STORE").filter(|s| !s.is_empty()) {
            return Location::parse(&s);
        }
        let dir = if let Some(d) = get("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
            Path::new(&d).join("touchpoint")
        } else if let Some(h) = get("HOME").filter(|d| !d.is_empty()) {
            Path::new(&h).join(".local/share/touchpoint")
        } else {
            PathBuf::from(".")
        };
        Location::Sqlite(dir.join("results.sqlite3"))
    }

    /// For messages: the path, or the URL without its password.
    pub fn display(&self) -> String {
        match self {
            Location::Sqlite(p) => p.display().to_string(),
            Location::Postgres(url) => redact(url),
        }
    }
}

/// A URL with any password replaced by `***` (credentials never reach logs): the
/// `user:password@` part and a `password=` query parameter.
pub fn redact(url: &str) -> String {
    let url = redact_userinfo(url);
    match url.split_once('?') {
        Some((base, query)) => {
            let q: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_string(),
                })
                .collect();
            format!("{base}?{}", q.join("&"))
        }
        None => url,
    }
}

fn redact_userinfo(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((a, h)) => (Some(a), h),
        None => (None, rest),
    };
    match auth {
        Some(a) => match a.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
            None => format!("{scheme}://{a}@{host}"),
        },
        None => url.to_string(),
    }
}

/// Why an attempt was not stored.
#[derive(Debug)]
pub enum PutError {
    /// The record is refused: it is not one Touchpoint writes, or it does not replay
    /// (an import would refuse its result file too).
    Refused(String),
    /// The store failed (it cannot be opened or written): the result file can be
    /// imported later.
    Store(StoreError),
}

impl std::fmt::Display for PutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PutError::Refused(e) => write!(f, "cannot store the attempt: {e}"),
            PutError::Store(e) => e.fmt(f),
        }
    }
}

impl From<PutError> for StoreError {
    fn from(e: PutError) -> StoreError {
        match e {
            PutError::Store(e) => e,
            refused => StoreError(refused.to_string()),
        }
    }
}

impl From<StoreError> for PutError {
    fn from(e: StoreError) -> PutError {
        PutError::Store(e)
    }
}

/// A store error, worded for the person at the keyboard.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

fn err(context: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError(format!("{context}: {e}"))
}

/// Filters for listing and exporting (all optional, combined with AND).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub cohort: Option<String>,
    pub trainee: Option<String>,
    pub scenario: Option<String>,
    /// RFC 3339 timestamps or dates (`2026-11-01`), compared with `started_at`.
    pub since: Option<String>,
    pub until: Option<String>,
}

/// One attempt as listed and exported: the columns, without the transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub attempt_id: String,
    pub status: String,
    pub trainee_id: String,
    pub trainee_name: String,
    pub cohort: Option<String>,
    pub scenario_id: String,
    pub scenario_title: String,
    pub locale: String,
    pub seed: String,
    pub started_at: String,
    pub ended_at: String,
    pub duration_ms: i64,
    pub score: u32,
    pub passed: bool,
    pub pass_mark: u32,
    pub outcome: String,
    pub decisions: u32,
    pub critical: Vec<String>,
    /// Competency id → score, in catalog order.
    pub competencies: Vec<(String, u32)>,
    /// Replayed on its encounter version when stored; false: its figures are as its
    /// result file says.
    pub verified: bool,
    /// Played on the course server: seeded, timed and scored there.
    pub on_server: bool,
}

impl Row {
    /// How its figures are known: `"server"` (played on the course server),
    /// `"replayed"` (a result file replayed on its encounter version when stored) or
    /// `"unverified"` (as its result file says).
    pub fn verified_by(&self) -> &'static str {
        verified_by(self.verified, self.on_server)
    }
}

/// [`Row::verified_by`] of the two flags.
pub fn verified_by(verified: bool, on_server: bool) -> &'static str {
    match (on_server, verified) {
        (true, _) => "server",
        (false, true) => "replayed",
        (false, false) => "unverified",
    }
}

/// One breach feedback item of an attempt: the technique broken, and whether it is a
/// critical taboo.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Breach {
    pub technique: String,
    pub critical: bool,
}

/// How often one trainee broke one technique.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breaches {
    pub cohort: Option<String>,
    pub trainee_id: String,
    pub technique: String,
    /// Feedback items (a technique broken twice in one attempt counts twice).
    pub count: u64,
    /// Attempts in which it was broken.
    pub attempts: u64,
    /// A critical taboo (100-1=0).
    pub critical: bool,
}

/// Cohort, trainee and technique.
type BreachKey = (Option<String>, String, String);

/// [`Breaches`] counted from records (the feedback items of kind `breach`), for
/// exports that walk checked records rather than trust the feedback table.
#[derive(Debug, Default)]
pub struct BreachTally {
    /// (cohort, trainee, technique) → (items, attempts, critical).
    counts: HashMap<BreachKey, (u64, u64, bool)>,
}

impl BreachTally {
    /// The breach items of a record.
    pub fn add(&mut self, rec: &AttemptRecord) {
        self.add_items(rec.cohort.as_deref(), &rec.trainee.id, &breaches_of(rec));
    }

    /// The breach items of one attempt of `trainee` in `cohort`.
    pub fn add_items(&mut self, cohort: Option<&str>, trainee: &str, items: &[Breach]) {
        let mut seen: Vec<&str> = Vec::new();
        for b in items {
            let e = self
                .counts
                .entry((
                    cohort.map(str::to_string),
                    trainee.to_string(),
                    b.technique.clone(),
                ))
                .or_default();
            e.0 += 1;
            e.2 |= b.critical;
            if !seen.contains(&b.technique.as_str()) {
                seen.push(&b.technique);
                e.1 += 1;
            }
        }
    }

    /// Most often first, then by technique, trainee and cohort.
    pub fn into_breaches(self) -> Vec<Breaches> {
        let mut v: Vec<Breaches> = self
            .counts
            .into_iter()
            .map(
                |((cohort, trainee_id, technique), (count, attempts, critical))| Breaches {
                    cohort,
                    trainee_id,
                    technique,
                    count,
                    attempts,
                    critical,
                },
            )
            .collect();
        v.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| a.technique.cmp(&b.technique))
                .then_with(|| a.trainee_id.cmp(&b.trainee_id))
                .then_with(|| a.cohort.cmp(&b.cohort))
        });
        v
    }
}

/// The breach items of a record.
fn breaches_of(rec: &AttemptRecord) -> Vec<Breach> {
    rec.feedback
        .iter()
        .filter(|f| f.kind == touchpoint_engine::scoring::FeedbackKind::Breach)
        .map(|f| Breach {
            technique: f.technique.clone(),
            critical: f.critical,
        })
        .collect()
}

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    /// Already in the store (same attempt id): left as they were, but for
    /// `verified_now` and `quarantined`.
    pub present: usize,
    /// Of those, attempts stored unverified that this import replayed on their
    /// version (the same record as stored): now marked verified.
    pub verified_now: usize,
    /// Files that are not readable result files, or whose record does not replay,
    /// with the reason (file:line:col).
    pub rejected: Vec<String>,
    /// Attempts added unverified, grouped by version and reason.
    pub unverified: UnverifiedGroups,
    /// Of those, how many for want of their encounter version (an import with a
    /// scenarios folder that has it would verify them).
    pub missing: usize,
    /// Encounter versions added to the store (found in the scenarios folder).
    pub versions_added: usize,
    /// Stored versions that were damaged, replaced by the intact copy of the
    /// scenarios folder (the same content hash).
    pub versions_repaired: usize,
    /// Stored attempts moved to quarantine: stored unverified, their record does not
    /// replay on the version now at hand (see [`Store::quarantine`]).
    pub quarantined: Vec<Quarantined>,
    /// Of `quarantined`, those replaced by the file's record, which replays.
    pub replaced: usize,
    /// Stored attempts, other than those of the files, that the versions this import
    /// added replayed (see [`Store::verify_stored`]).
    pub swept: Reverified,
    /// Problems that did not stop the import.
    pub warnings: Vec<ImportWarning>,
}

/// A problem that did not stop an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportWarning {
    /// A stored encounter version is damaged; the scenarios folder has no intact copy.
    DamagedVersion { hash: String, why: String },
    /// A file holds another record for an attempt stored already, and the stored one is
    /// kept (both replay, or neither can be told wrong).
    OtherRecord { path: PathBuf, attempt_id: String },
    /// A file's attempt is stored, but its stored record is missing or does not read:
    /// the stored row is kept as it is (see [`Store::quarantine`]).
    StoredRecordDamaged { path: PathBuf, attempt_id: String },
}

impl std::fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportWarning::DamagedVersion { hash, why } => write!(
                f,
                "the stored encounter version {hash} is damaged ({why}); its attempts are imported unverified unless the scenarios folder has it"
            ),
            ImportWarning::OtherRecord { path, attempt_id } => write!(
                f,
                "{}: attempt {attempt_id} is already in the store with another record; the stored one is kept",
                path.display()
            ),
            ImportWarning::StoredRecordDamaged { path, attempt_id } => write!(
                f,
                "{}: attempt {attempt_id} is already in the store, but its stored record is missing or damaged; the stored row is kept (move it aside with `touchpoint results quarantine {attempt_id}`, then import the file again)",
                path.display()
            ),
        }
    }
}

/// Attempts stored unverified, by encounter version (`id@hash`) and kind of reason
/// ([`Unverified::kind`]): how many, and up to [`UNVERIFIED_EXAMPLES`] distinct
/// reasons in full.
pub type UnverifiedGroups =
    std::collections::BTreeMap<(String, &'static str), (usize, Vec<Unverified>)>;

/// How many distinct reasons a group of unverified attempts keeps as examples.
pub const UNVERIFIED_EXAMPLES: usize = 3;

/// Counts one unverified attempt into its group.
fn count_unverified(groups: &mut UnverifiedGroups, version: String, why: Unverified) {
    let e = groups.entry((version, why.kind())).or_default();
    e.0 += 1;
    if e.1.len() < UNVERIFIED_EXAMPLES && !e.1.contains(&why) {
        e.1.push(why);
    }
}

/// A stored attempt moved aside into the quarantine table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub attempt_id: String,
    pub reason: String,
}

/// What a replay of the stored unverified attempts did ([`Store::verify_stored`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reverified {
    /// Unverified attempts looked at.
    pub checked: usize,
    /// Now marked verified.
    pub verified: usize,
    /// Moved to quarantine: they do not replay on their version.
    pub quarantined: Vec<Quarantined>,
    /// Still unverified, by version and reason.
    pub unverified: UnverifiedGroups,
    /// Damaged rows, left as they are (the export names them too).
    pub damaged: Vec<Skipped>,
    /// Encounter versions added to the store (found in the scenarios folder).
    pub versions_added: usize,
    /// Damaged stored versions replaced by the folder's intact copy.
    pub versions_repaired: usize,
    pub warnings: Vec<ImportWarning>,
}

/// One attempt in quarantine, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarantineEntry {
    pub attempt_id: String,
    /// How many times this attempt id was moved aside before (0 the first time).
    pub position: i64,
    pub quarantined_at: String,
    pub reason: String,
    pub trainee_id: Option<String>,
    pub scenario_id: Option<String>,
    pub started_at: Option<String>,
    pub score: Option<i64>,
}

/// One stored attempt that passed its checks, with its record (see
/// [`Store::each_attempt`]).
pub struct Attempt<'a> {
    /// Its columns (for a legacy row, with the texts clipped as in `record`).
    pub row: RowView<'a>,
    /// Its record (for a legacy row, [`crate::record::clipped`]).
    pub record: AttemptRecord,
    /// Why the row is legacy (a rule added since it was stored), if it is.
    pub legacy: Option<&'a str>,
}

/// One stored attempt that passed its checks, without its record (see
/// [`Store::each_listed`]).
pub struct Listed<'a> {
    /// Its columns (for a legacy row, with the texts clipped).
    pub row: RowView<'a>,
    /// Its breach items, when they were asked for.
    pub breaches: &'a [Breach],
    /// Why the row is legacy, if it is.
    pub legacy: Option<&'a str>,
}

/// A stored attempt left out because its row is damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub attempt_id: String,
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "attempt {} is damaged in the store and was left out: {}",
            self.attempt_id, self.reason
        )
    }
}

/// A stored attempt handed on although it breaks a rule added since it was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Legacy {
    pub attempt_id: String,
    pub reason: String,
}

impl std::fmt::Display for Legacy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "attempt {} was stored by an earlier Touchpoint and breaks a rule added since ({}); it is included, its texts clipped",
            self.attempt_id, self.reason
        )
    }
}

/// One attempt looked up by id and checked: its record and whether it was verified,
/// or why it is damaged.
pub type Checked = Result<(AttemptRecord, bool), Skipped>;

/// What a checked walk over the attempts found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    /// Attempts handed on.
    pub n: usize,
    /// Attempts left out, with the reason.
    pub skipped: Vec<Skipped>,
    /// Attempts handed on (clipped) that break a rule added since they were stored.
    pub legacy: Vec<Legacy>,
}

/// How much of each row a walk needs besides its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Detail {
    Columns,
    Breaches,
    Record,
}

/// The database behind a store.
enum Db {
    #[cfg(feature = "sqlite")]
    Lite(Connection),
    /// PostgreSQL: the client needs `&mut` for every query; reads keep `&self`.
    #[cfg(feature = "postgres")]
    Pg(Box<RefCell<Pg>>),
}

/// A row of a backend this build left out: there is none, so the closure a
/// [`Store::scan`] would hand it to is never called.
#[cfg(not(all(feature = "sqlite", feature = "postgres")))]
enum Never {}

/// A row of SQLite's, as [`Store::scan`] hands it out.
#[cfg(feature = "sqlite")]
type LiteRow<'a> = rusqlite::Row<'a>;
#[cfg(not(feature = "sqlite"))]
type LiteRow<'a> = (Never, std::marker::PhantomData<&'a ()>);
/// A row of PostgreSQL's, as [`Store::scan`] hands it out.
#[cfg(feature = "postgres")]
type PgRow = postgres::Row;
#[cfg(not(feature = "postgres"))]
type PgRow = Never;

// Each backend's closure at a [`Store::scan`], kept when its backend is built and
// otherwise replaced by one that is never called (`#[cfg]` cannot sit on a call's
// argument): `scan(sql, args, lite!(&mut |r| …), pg!(&mut |r| …))`.
#[cfg(feature = "sqlite")]
macro_rules! lite {
    ($f:expr) => {
        $f
    };
}
#[cfg(not(feature = "sqlite"))]
macro_rules! lite {
    ($f:expr) => {
        &mut |never: &crate::store::LiteRow<'_>| match never.0 {}
    };
}
#[cfg(feature = "postgres")]
macro_rules! pg {
    ($f:expr) => {
        $f
    };
}
#[cfg(not(feature = "postgres"))]
macro_rules! pg {
    ($f:expr) => {
        &mut |never: &crate::store::PgRow| match *never {}
    };
}

// After the macros above, which it uses.
mod cmi5;
mod server;

#[cfg(feature = "postgres")]
struct Pg {
    client: postgres::Client,
    /// Prepared statements by their SQL (as written, with `?N` placeholders).
    prepared: HashMap<String, postgres::Statement>,
    /// On a connection kept for the course server's batches
    /// ([`Store::for_key_lookups`]): the batches done (its statements are prepared
    /// afresh after the 64th, 128th, 256th…).
    batches: Option<u64>,
}

#[cfg(feature = "postgres")]
impl Pg {
    /// `sql` prepared on this connection, once: a query is then one round trip and
    /// planned once. (Forgotten past a few hundred: queries built with lists of
    /// varying length would otherwise pile up.)
    fn statement(&mut self, sql: &str) -> Result<postgres::Statement, postgres::Error> {
        let client = &mut self.client;
        prepared_once(&mut self.prepared, sql, |q| client.prepare(q))
    }
}

/// `sql` from `cache`, else prepared (as PostgreSQL writes it) and kept.
#[cfg(feature = "postgres")]
fn prepared_once<E>(
    cache: &mut HashMap<String, postgres::Statement>,
    sql: &str,
    prepare: impl FnOnce(&str) -> Result<postgres::Statement, E>,
) -> Result<postgres::Statement, E> {
    if let Some(st) = cache.get(sql) {
        return Ok(st.clone());
    }
    if cache.len() >= 512 {
        cache.clear();
    }
    let st = prepare(&pg_sql(sql))?;
    cache.insert(sql.to_string(), st.clone());
    Ok(st)
}

pub struct Store {
    db: Db,
    pub location: Location,
    /// Versions seen in the store (they are never removed): asked on every start.
    known_versions: RefCell<std::collections::HashSet<String>>,
}

/// A value bound to a statement; both backends take the same list.
#[derive(Debug, Clone, Copy)]
enum V<'a> {
    Text(&'a str),
    OptText(Option<&'a str>),
    Int(i64),
    OptInt(Option<i64>),
}

#[cfg(feature = "sqlite")]
impl rusqlite::ToSql for V<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value, ValueRef};
        Ok(match *self {
            V::Text(s) | V::OptText(Some(s)) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            V::Int(i) | V::OptInt(Some(i)) => ToSqlOutput::Owned(Value::Integer(i)),
            V::OptText(None) | V::OptInt(None) => ToSqlOutput::Owned(Value::Null),
        })
    }
}

#[cfg(feature = "postgres")]
impl postgres::types::ToSql for V<'_> {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match *self {
            V::Text(s) => s.to_sql(ty, out),
            V::OptText(s) => s.to_sql(ty, out),
            V::Int(i) => i.to_sql(ty, out),
            V::OptInt(i) => i.to_sql(ty, out),
        }
    }

    fn accepts(ty: &postgres::types::Type) -> bool {
        <&str as postgres::types::ToSql>::accepts(ty)
            || <i64 as postgres::types::ToSql>::accepts(ty)
    }

    postgres::types::to_sql_checked!();
}

/// A column of rows as one array parameter (PostgreSQL), for `unnest($1::text[], …)`.
#[cfg(feature = "postgres")]
#[derive(Debug)]
enum Column<'a> {
    Text(Vec<Option<&'a str>>),
    Int(Vec<Option<i64>>),
}

#[cfg(feature = "postgres")]
impl postgres::types::ToSql for Column<'_> {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Column::Text(v) => v.to_sql(ty, out),
            Column::Int(v) => v.to_sql(ty, out),
        }
    }

    fn accepts(ty: &postgres::types::Type) -> bool {
        <Vec<Option<&str>> as postgres::types::ToSql>::accepts(ty)
            || <Vec<Option<i64>> as postgres::types::ToSql>::accepts(ty)
    }

    postgres::types::to_sql_checked!();
}

/// `rows` as columns of the types `types` (`t` text, `i` bigint, one per column).
#[cfg(feature = "postgres")]
fn pg_columns<'a>(types: &str, rows: &[Vec<V<'a>>]) -> Result<Vec<Column<'a>>, String> {
    let wrong = |c: usize| format!("column {} of a batch is not of its type", c + 1);
    if rows.iter().any(|r| r.len() != types.len()) {
        return Err(format!(
            "a batch's rows are not {} columns wide",
            types.len()
        ));
    }
    types
        .chars()
        .enumerate()
        .map(|(c, t)| {
            if t == 't' {
                rows.iter()
                    .map(|r| match r.get(c) {
                        Some(V::Text(s)) => Ok(Some(*s)),
                        Some(V::OptText(s)) => Ok(*s),
                        _ => Err(wrong(c)),
                    })
                    .collect::<Result<_, _>>()
                    .map(Column::Text)
            } else {
                rows.iter()
                    .map(|r| match r.get(c) {
                        Some(V::Int(i)) => Ok(Some(*i)),
                        Some(V::OptInt(i)) => Ok(*i),
                        _ => Err(wrong(c)),
                    })
                    .collect::<Result<_, _>>()
                    .map(Column::Int)
            }
        })
        .collect()
}

/// `?N` placeholders (SQLite's) as `$N` (PostgreSQL's).
#[cfg(feature = "postgres")]
fn pg_sql(sql: &str) -> String {
    sql.replace('?', "$")
}

/// The migration's SQL in PostgreSQL's dialect: the same tables, columns and keys;
/// 64-bit integers, and no `WITHOUT ROWID` (a SQLite storage option).
#[cfg(feature = "postgres")]
fn pg_migration(sql: &str) -> String {
    sql.replace("INTEGER", "BIGINT")
        .replace(" WITHOUT ROWID", "")
}

/// Runs one write statement inside the current transaction; returns the rows changed.
trait Exec {
    fn exec(&mut self, sql: &str, args: &[V<'_>]) -> Result<u64, String>;
    /// A statement whose answer is rows of one text column (`… RETURNING id`).
    fn query_texts(&mut self, sql: &str, args: &[V<'_>]) -> Result<Vec<String>, String>;
    /// Rows per multi-row insert: many where a statement is a network round trip
    /// (PostgreSQL), one where it is a function call (SQLite, where one cached
    /// single-row statement is fastest).
    fn rows_per_insert(&self) -> usize;
}

#[cfg(feature = "sqlite")]
impl Exec for rusqlite::Transaction<'_> {
    fn exec(&mut self, sql: &str, args: &[V<'_>]) -> Result<u64, String> {
        self.prepare_cached(sql)
            .and_then(|mut st| st.execute(rusqlite::params_from_iter(args.iter())))
            .map(|n| n as u64)
            .map_err(|e| e.to_string())
    }

    fn query_texts(&mut self, sql: &str, args: &[V<'_>]) -> Result<Vec<String>, String> {
        let mut st = self.prepare_cached(sql).map_err(|e| e.to_string())?;
        let rows = st
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                r.get::<_, String>(0)
            })
            .map_err(|e| e.to_string())?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())
    }

    fn rows_per_insert(&self) -> usize {
        1
    }
}

#[cfg(feature = "postgres")]
struct PgTx<'a, 'c> {
    tx: postgres::Transaction<'c>,
    prepared: &'a mut HashMap<String, postgres::Statement>,
}

#[cfg(feature = "postgres")]
impl PgTx<'_, '_> {
    /// `sql` prepared once per connection (see [`Pg::statement`]).
    fn statement(&mut self, sql: &str) -> Result<postgres::Statement, String> {
        let tx = &mut self.tx;
        prepared_once(self.prepared, sql, |q| tx.prepare(q)).map_err(|e| pg_error(&e))
    }
}

#[cfg(feature = "postgres")]
impl Exec for PgTx<'_, '_> {
    fn exec(&mut self, sql: &str, args: &[V<'_>]) -> Result<u64, String> {
        let st = self.statement(sql)?;
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = args
            .iter()
            .map(|a| a as &(dyn postgres::types::ToSql + Sync))
            .collect();
        self.tx.execute(&st, &refs).map_err(|e| pg_error(&e))
    }

    fn query_texts(&mut self, sql: &str, args: &[V<'_>]) -> Result<Vec<String>, String> {
        let st = self.statement(sql)?;
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = args
            .iter()
            .map(|a| a as &(dyn postgres::types::ToSql + Sync))
            .collect();
        let rows = self.tx.query(&st, &refs).map_err(|e| pg_error(&e))?;
        rows.iter()
            .map(|r| r.try_get::<_, String>(0).map_err(|e| pg_error(&e)))
            .collect()
    }

    fn rows_per_insert(&self) -> usize {
        500
    }
}

/// A PostgreSQL error with the server's message when there is one.
#[cfg(feature = "postgres")]
fn pg_error(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => e.to_string(),
    }
}

/// How long to wait for a PostgreSQL server that does not answer.
#[cfg(feature = "postgres")]
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl Store {
    /// Opens (creating it if needed) the store and applies missing migrations.
    pub fn open(location: &Location) -> Result<Store, StoreError> {
        let db = match location {
            #[cfg(feature = "sqlite")]
            Location::Sqlite(path) => Db::Lite(open_sqlite(path)?),
            #[cfg(feature = "postgres")]
            Location::Postgres(url) => Db::Pg(Box::new(RefCell::new(open_postgres(url)?))),
            #[cfg(not(all(feature = "sqlite", feature = "postgres")))]
            other => return Err(not_built(other)),
        };
        let mut store = Store {
            db,
            location: location.clone(),
            known_versions: RefCell::default(),
        };
        let what = format!("cannot prepare the results store {}", location.display());
        store.migrate().map_err(|e| err(&what, e))?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), String> {
        const TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                applied_at TEXT NOT NULL
            )";
        const DONE: &str = "SELECT version FROM schema_migrations WHERE version = ?1";
        const RECORD: &str = "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)";
        let now = crate::record::rfc3339(std::time::SystemTime::now());
        match &mut self.db {
            #[cfg(feature = "sqlite")]
            Db::Lite(conn) => {
                let e = |e: rusqlite::Error| e.to_string();
                let tx = conn
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .map_err(e)?;
                tx.execute_batch(TABLE).map_err(e)?;
                for (version, sql) in MIGRATIONS {
                    let done: Option<u32> = tx
                        .query_row(DONE, [version], |r| r.get(0))
                        .optional()
                        .map_err(e)?;
                    if done.is_none() {
                        tx.execute_batch(sql).map_err(e)?;
                        tx.execute(RECORD, params![version, now]).map_err(e)?;
                    }
                }
                tx.commit().map_err(e)
            }
            #[cfg(feature = "postgres")]
            Db::Pg(pg) => {
                let pg = pg.get_mut();
                let e = |e: postgres::Error| pg_error(&e);
                let mut tx = pg.client.transaction().map_err(e)?;
                // Processes starting together migrate one at a time.
                tx.batch_execute("SELECT pg_advisory_xact_lock(7240917)")
                    .map_err(e)?;
                tx.batch_execute(&pg_migration(TABLE)).map_err(e)?;
                for (version, sql) in MIGRATIONS {
                    let v = i64::from(*version);
                    let done = tx.query_opt(&pg_sql(DONE), &[&v]).map_err(e)?;
                    if done.is_none() {
                        tx.batch_execute(&pg_migration(sql)).map_err(e)?;
                        tx.execute(&pg_sql(RECORD), &[&v, &now]).map_err(e)?;
                    }
                }
                // A result record is some kilobytes of JSON, compressed when stored:
                // lz4 (PostgreSQL 14 and later, when built with it) costs a fraction
                // of the CPU of the default pglz, and the course server stores one
                // at the end of every encounter. Older servers keep pglz.
                let lz4 = tx
                    .query_opt(
                        "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'
                           AND 'lz4' = ANY(enumvals)
                           AND NOT EXISTS (SELECT 1 FROM pg_attribute
                                 WHERE attrelid = 'attempt_records'::regclass
                                   AND attname = 'record' AND attcompression = 'l')",
                        &[],
                    )
                    .map_err(e)?;
                if lz4.is_some() {
                    tx.batch_execute(
                        "ALTER TABLE attempt_records ALTER COLUMN record SET COMPRESSION lz4",
                    )
                    .map_err(e)?;
                }
                for (table, columns) in WITHOUT_STATISTICS {
                    let names: Vec<&str> = columns.to_vec();
                    let found: Vec<(String, bool)> = tx
                        .query(
                            "SELECT attname::text, attstattarget IS DISTINCT FROM 0
                             FROM pg_attribute
                             WHERE attrelid = $1::text::regclass AND attname = ANY($2)",
                            &[table, &names],
                        )
                        .map_err(e)?
                        .iter()
                        .map(|r| (r.get(0), r.get(1)))
                        .collect();
                    // A name that is not a column is this list's mistake: say so
                    // (every test on PostgreSQL opens a store) rather than skip it.
                    if let Some(c) = names.iter().find(|c| !found.iter().any(|(f, _)| f == *c)) {
                        return Err(format!(
                            "{table} has no column {c} to leave without statistics"
                        ));
                    }
                    let todo: Vec<&String> =
                        found.iter().filter(|(_, t)| *t).map(|(c, _)| c).collect();
                    if !todo.is_empty() {
                        let set: Vec<String> = todo
                            .iter()
                            .map(|c| format!("ALTER COLUMN {c} SET STATISTICS 0"))
                            .collect();
                        tx.batch_execute(&format!("ALTER TABLE {table} {}", set.join(", ")))
                            .map_err(e)?;
                    }
                }
                tx.commit().map_err(e)
            }
        }
    }

    /// The store's own consistency check: every attempt has its record, and (SQLite)
    /// the database file passes `PRAGMA integrity_check`.
    pub fn integrity_ok(&self) -> Result<bool, StoreError> {
        #[cfg(feature = "sqlite")]
        #[allow(irrefutable_let_patterns)] // without PostgreSQL
        if let Db::Lite(conn) = &self.db {
            let ok = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))
                .map_err(|e| err("cannot check the store", e))?;
            if ok != "ok" {
                return Ok(false);
            }
        }
        let orphans = self.query_i64(
            "SELECT COUNT(*) FROM attempts WHERE NOT EXISTS
               (SELECT 1 FROM attempt_records r WHERE r.attempt_id = attempts.attempt_id)",
            &[],
        )?;
        Ok(orphans == Some(0))
    }

    /// The schema version the store is at.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        self.query_i64("SELECT MAX(version) FROM schema_migrations", &[])
            .map(|v| v.unwrap_or_default() as u32)
    }

    /// One number (or NULL) from a query.
    fn query_i64(&self, sql: &str, args: &[String]) -> Result<Option<i64>, StoreError> {
        let q = |e: String| err("cannot read the store", e);
        match &self.db {
            #[cfg(feature = "sqlite")]
            Db::Lite(conn) => conn
                .query_row(sql, rusqlite::params_from_iter(args.iter()), |r| r.get(0))
                .map_err(|e| q(e.to_string())),
            #[cfg(feature = "postgres")]
            Db::Pg(pg) => {
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = args
                    .iter()
                    .map(|a| a as &(dyn postgres::types::ToSql + Sync))
                    .collect();
                let mut pg = pg.borrow_mut();
                let st = pg.statement(sql).map_err(|e| q(pg_error(&e)))?;
                let row = pg
                    .client
                    .query_one(&st, &refs)
                    .map_err(|e| q(pg_error(&e)))?;
                // COUNT is BIGINT; MAX of a BIGINT column too.
                row.try_get::<_, Option<i64>>(0)
                    .map_err(|e| q(pg_error(&e)))
            }
        }
    }

    /// Runs `write` inside one transaction (immediate, in SQLite: writers queue up
    /// instead of failing half-way).
    fn in_transaction<T>(
        &mut self,
        write: &mut dyn FnMut(&mut dyn Exec) -> Result<T, String>,
    ) -> Result<T, String> {
        match &mut self.db {
            #[cfg(feature = "sqlite")]
            Db::Lite(conn) => {
                let mut tx = conn
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .map_err(|e| e.to_string())?;
                let out = write(&mut tx)?;
                tx.commit().map_err(|e| e.to_string())?;
                Ok(out)
            }
            #[cfg(feature = "postgres")]
            Db::Pg(pg) => {
                let pg = pg.get_mut();
                let tx = pg.client.transaction().map_err(|e| pg_error(&e))?;
                let mut ptx = PgTx {
                    tx,
                    prepared: &mut pg.prepared,
                };
                let out = write(&mut ptx)?;
                ptx.tx.commit().map_err(|e| pg_error(&e))?;
                Ok(out)
            }
        }
    }

    /// Stores one attempt in one transaction. Returns false when an attempt with that
    /// id is already stored (it is left untouched). The record is checked as an
    /// import checks it and replayed on its encounter version when the store has that
    /// version ([`judge`]): a record that does not replay under the rules that scored
    /// it is refused; one whose version the store has not seen (or holds damaged, or
    /// that no longer validates), or that an earlier engine scored differently, is
    /// stored unverified.
    pub fn put(&mut self, rec: &AttemptRecord) -> Result<bool, StoreError> {
        self.put_record(rec).map_err(StoreError::from)
    }

    fn put_record(&mut self, rec: &AttemptRecord) -> Result<bool, PutError> {
        crate::record::check(rec).map_err(PutError::Refused)?;
        let verified = match self.load_version(&rec.scenario.content_hash)? {
            Some(Ok(enc)) => match verdict(&enc, rec) {
                Verdict::Verified => true,
                Verdict::Unverified(_) => false,
                Verdict::Refused(e) => {
                    return Err(PutError::Refused(format!("it does not replay: {e}")));
                }
            },
            _ => false,
        };
        self.in_transaction(&mut |tx| insert(tx, rec, verified))
            .map_err(|e| PutError::Store(err("cannot store the attempt", e)))
    }

    /// Stores an attempt just played on `enc`, and `enc`'s version (its files) if the
    /// store does not have it yet, in one transaction, so that exports and later
    /// imports anywhere can name, render and verify it. The record must replay on
    /// `enc`. (An interrupted attempt settled after its encounter changed names
    /// another version: it is stored as [`Store::put`] stores it.)
    pub fn put_played(&mut self, rec: &AttemptRecord, enc: &Encounter) -> Result<bool, StoreError> {
        self.keep_played(rec, enc).map_err(StoreError::from)
    }

    /// [`Store::put_played`], saying whether the record was refused (an import would
    /// refuse its file too) or the store failed.
    pub fn keep_played(&mut self, rec: &AttemptRecord, enc: &Encounter) -> Result<bool, PutError> {
        Store::check_played(rec, enc)?;
        self.keep_checked(rec, enc)
    }

    /// The checks of [`Store::keep_played`] that need no store: the record's fields
    /// and its replay on `enc` (a server runs them before it takes a connection).
    pub fn check_played(rec: &AttemptRecord, enc: &Encounter) -> Result<(), PutError> {
        if rec.scenario.content_hash != enc.content_hash {
            return Ok(());
        }
        crate::record::check(rec).map_err(PutError::Refused)?;
        replay(enc, rec).map_err(|e| PutError::Refused(format!("it does not replay: {e}")))
    }

    /// The rest of [`Store::keep_played`], once [`Store::check_played`] passed.
    fn keep_checked(&mut self, rec: &AttemptRecord, enc: &Encounter) -> Result<bool, PutError> {
        if rec.scenario.content_hash != enc.content_hash {
            return self.put_record(rec);
        }
        let what = "cannot store the attempt";
        // Kept only if its texts hash to its content hash (they always should: the
        // same texts the loader hashed), so a stored version always loads back.
        let files = (!self.has_version(&enc.content_hash)?)
            .then(|| VersionFiles::of(enc))
            .filter(|v| v.computed_hash() == enc.content_hash);
        let now = crate::record::rfc3339(std::time::SystemTime::now());
        self.in_transaction(&mut |tx| {
            if let Some(v) = &files {
                insert_version(tx, v, &now)?;
            }
            insert(tx, rec, true)
        })
        .map_err(|e| PutError::Store(err(what, e)))
    }

    /// Imports result files (JSON) and folders of them, a few hundred attempts per
    /// transaction. Files that are not result files are reported and skipped.
    /// `progress(done, total)` is called as files are read.
    ///
    /// Every record not yet stored is replayed on its encounter version (see
    /// [`super::verify::verdict`]): the version the store keeps under the record's
    /// content hash, else the one of that hash among the encounters of `scenarios`
    /// (which is then kept too; a damaged stored copy is replaced by it). A record
    /// that does not replay under the rules it was scored by is refused, with what
    /// differs; one whose version is found nowhere (or no longer validates) is stored
    /// marked unverified, with the reason.
    ///
    /// An attempt already stored is left as it is, but for one stored unverified
    /// whose version is now at hand: its stored record is replayed; if it replays it
    /// is marked verified, if not it is moved to quarantine with the reason
    /// ([`Store::quarantine`]) and, when the file holds another record of it that
    /// replays, that one is stored in its place. The same is done for every stored
    /// unverified attempt on a version this import added ([`Imported::swept`]). A
    /// stored attempt whose record is the file's (as stored, or the same once an
    /// empty cohort is read as none) is not replayed again when it is verified.
    pub fn import(
        &mut self,
        paths: &[PathBuf],
        scenarios: Option<&Path>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Imported, StoreError> {
        let files = result_files(paths);
        let mut out = Imported::default();
        let mut versions = Versions::new(scenarios);
        let mut added_versions: Vec<String> = Vec::new();
        const CHUNK: usize = 500;
        // Files are read and parsed on a second thread while the first replays and
        // writes. A record that fails today's check is kept with the reason: if the
        // store already has it as it is, it is not refused.
        type Read = Result<(AttemptRecord, Option<String>), touchpoint_content::report::Report>;
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(Read, &PathBuf)>>(2);
            let files = &files;
            scope.spawn(move || {
                for chunk in files.chunks(CHUNK) {
                    let records: Vec<_> = chunk
                        .iter()
                        .map(|f| {
                            read(f).map(|mut rec| {
                                crate::record::normalise(&mut rec);
                                let problem = crate::record::check(&rec).err();
                                (rec, problem)
                            })
                        })
                        .zip(chunk)
                        .collect();
                    if tx.send(records).is_err() {
                        break;
                    }
                }
            });
            let mut done = 0;
            for records in rx {
                done += records.len();
                let ids: Vec<String> = records
                    .iter()
                    .filter_map(|(r, _)| r.as_ref().ok().map(|(rec, _)| rec.attempt_id.clone()))
                    .collect();
                let stored = self.stored_records(&ids)?;
                // Replayed before the transaction, so that writers wait only for writes.
                let mut plans: Vec<Plan> = Vec::with_capacity(records.len());
                for (read, path) in &records {
                    let plan = match read {
                        Err(report) => {
                            out.rejected.push(report.to_string());
                            Plan::Nothing
                        }
                        Ok((rec, problem)) => self.plan(
                            rec,
                            problem.as_deref(),
                            path,
                            stored.get(&rec.attempt_id),
                            &mut versions,
                            &mut out,
                        )?,
                    };
                    plans.push(plan);
                }
                let (new_versions, repairs) = versions.take_new();
                let now = crate::record::rfc3339(std::time::SystemTime::now());
                let (mut added, mut present, mut verified_now) = (0, 0, 0);
                let mut unverified: Vec<(String, Unverified)> = Vec::new();
                let mut refused: Vec<String> = Vec::new();
                let mut quarantined: Vec<(Quarantined, bool)> = Vec::new();
                self.in_transaction(&mut |tx| {
                    (added, present, verified_now) = (0, 0, 0);
                    unverified.clear();
                    refused.clear();
                    quarantined.clear();
                    for v in &new_versions {
                        insert_version(tx, v, &now)?;
                    }
                    for v in &repairs {
                        replace_version(tx, v)?;
                    }
                    for ((read, path), plan) in records.iter().zip(&plans) {
                        let Ok((rec, _)) = read else {
                            continue;
                        };
                        match plan {
                            Plan::Nothing => {}
                            Plan::Present => present += 1,
                            Plan::Verify(stored) => {
                                present += 1;
                                verified_now += mark_verified(tx, &stored.0, &stored.1)?;
                            }
                            Plan::Quarantine(reason) => {
                                present += 1;
                                if move_aside(tx, &rec.attempt_id, reason, &now)? {
                                    quarantined.push((
                                        Quarantined {
                                            attempt_id: rec.attempt_id.clone(),
                                            reason: reason.clone(),
                                        },
                                        false,
                                    ));
                                }
                            }
                            Plan::Replace(reason) => {
                                tx.exec("SAVEPOINT attempt", &[])?;
                                let moved = move_aside(tx, &rec.attempt_id, reason, &now)?;
                                match insert(tx, rec, true) {
                                    Ok(_) => {
                                        added += 1;
                                        if moved {
                                            quarantined.push((
                                                Quarantined {
                                                    attempt_id: rec.attempt_id.clone(),
                                                    reason: reason.clone(),
                                                },
                                                true,
                                            ));
                                        }
                                    }
                                    Err(e) => {
                                        tx.exec("ROLLBACK TO SAVEPOINT attempt", &[])?;
                                        refused.push(format!(
                                            "{}: cannot be stored: {e}",
                                            path.display()
                                        ));
                                    }
                                }
                                tx.exec("RELEASE SAVEPOINT attempt", &[])?;
                            }
                            Plan::Insert(why) => {
                                // One attempt that the database refuses is rolled back alone.
                                tx.exec("SAVEPOINT attempt", &[])?;
                                match insert(tx, rec, why.is_none()) {
                                    Ok(true) => {
                                        added += 1;
                                        if let Some(why) = why {
                                            unverified.push((
                                                super::verify::short(
                                                    &rec.scenario.id,
                                                    &rec.scenario.content_hash,
                                                ),
                                                why.clone(),
                                            ));
                                        }
                                    }
                                    Ok(false) => present += 1,
                                    Err(e) => {
                                        tx.exec("ROLLBACK TO SAVEPOINT attempt", &[])?;
                                        refused.push(format!(
                                            "{}: cannot be stored: {e}",
                                            path.display()
                                        ));
                                    }
                                }
                                tx.exec("RELEASE SAVEPOINT attempt", &[])?;
                            }
                        }
                    }
                    Ok(())
                })
                .map_err(|e| err("cannot store the imported attempts", e))?;
                out.versions_added += new_versions.len();
                out.versions_repaired += repairs.len();
                added_versions.extend(new_versions.into_iter().map(|v| v.content_hash));
                out.added += added;
                out.present += present;
                out.verified_now += verified_now;
                for (version, why) in unverified {
                    if why == Unverified::Missing {
                        out.missing += 1;
                    }
                    count_unverified(&mut out.unverified, version, why);
                }
                for (q, replaced) in quarantined {
                    out.replaced += usize::from(replaced);
                    out.quarantined.push(q);
                }
                out.rejected.extend(refused);
                progress(done, files.len());
            }
            Ok::<(), StoreError>(())
        })?;
        // The versions this import added may verify attempts stored before it.
        if !added_versions.is_empty() {
            out.swept = self.reverify(Some(&added_versions), &mut versions)?;
        }
        Ok(out)
    }

    /// What an import does with one record that reads: see [`Store::import`].
    fn plan(
        &self,
        rec: &AttemptRecord,
        problem: Option<&str>,
        path: &Path,
        stored: Option<&StoredRecord>,
        versions: &mut Versions<'_>,
        out: &mut Imported,
    ) -> Result<Plan, StoreError> {
        let refuse = |out: &mut Imported, why: &str| {
            out.rejected
                .push(touchpoint_content::report::Report::error(path, 1, 1, why).to_string());
            Plan::Nothing
        };
        let Some(stored) = stored else {
            if let Some(e) = problem {
                return Ok(refuse(out, e));
            }
            return Ok(match self.verdict(rec, versions, &mut out.warnings)? {
                Ok(why) => Plan::Insert(why),
                Err(e) => refuse(out, &e),
            });
        };
        // The stored record as an import reads a file (an empty cohort is none).
        let Some(as_stored) = &stored.record else {
            out.warnings.push(ImportWarning::StoredRecordDamaged {
                path: path.to_path_buf(),
                attempt_id: rec.attempt_id.clone(),
            });
            return Ok(Plan::Present);
        };
        let mut normalised = as_stored.clone();
        crate::record::normalise(&mut normalised);
        // How the stored record stands, when it is unverified and its version is at
        // hand now: `Some(Ok)` it replays, `Some(Err(why))` it does not.
        let stored_verdict = |versions: &mut Versions<'_>,
                              warnings: &mut Vec<ImportWarning>|
         -> Result<Option<Result<(), String>>, StoreError> {
            if stored.verified {
                return Ok(None);
            }
            Ok(
                match versions.get(self, &as_stored.scenario.content_hash, warnings)? {
                    Found::Encounter(enc) => match verdict(&enc, as_stored) {
                        Verdict::Verified => Some(Ok(())),
                        Verdict::Refused(e) => Some(Err(refusal(as_stored, &e))),
                        Verdict::Unverified(_) => None,
                    },
                    _ => None,
                },
            )
        };
        if normalised == *rec {
            // As stored: nothing to do once it is verified; stored unverified, it is
            // replayed now if its version is at hand.
            return Ok(match stored_verdict(versions, &mut out.warnings)? {
                Some(Ok(())) => Plan::Verify(Box::new((as_stored.clone(), stored.json.clone()))),
                Some(Err(why)) => Plan::Quarantine(why),
                None => Plan::Present,
            });
        }
        if let Some(e) = problem {
            return Ok(refuse(out, e));
        }
        // Another record under a stored attempt's id: one that does not replay is
        // named as any other forgery; one that replays takes the place of a stored
        // unverified one that does not.
        Ok(match self.verdict(rec, versions, &mut out.warnings)? {
            Err(e) => refuse(out, &e),
            Ok(why) => {
                let stored_fails = match why {
                    None => stored_verdict(versions, &mut out.warnings)?,
                    Some(_) => None,
                };
                match stored_fails {
                    Some(Err(reason)) => Plan::Replace(reason),
                    _ => {
                        out.warnings.push(ImportWarning::OtherRecord {
                            path: path.to_path_buf(),
                            attempt_id: rec.attempt_id.clone(),
                        });
                        Plan::Present
                    }
                }
            }
        })
    }

    /// A record replayed on its encounter version, if there is one: `Ok(None)`
    /// verified, `Ok(Some(why))` unverified, `Err(why)` refused.
    fn verdict(
        &self,
        rec: &AttemptRecord,
        versions: &mut Versions<'_>,
        warnings: &mut Vec<ImportWarning>,
    ) -> Result<Result<Option<Unverified>, String>, StoreError> {
        Ok(
            match versions.get(self, &rec.scenario.content_hash, warnings)? {
                Found::Encounter(enc) => match verdict(&enc, rec) {
                    Verdict::Verified => Ok(None),
                    Verdict::Unverified(why) => Ok(Some(why)),
                    Verdict::Refused(e) => Err(refusal(rec, &e)),
                },
                Found::Invalid(e) => Ok(Some(Unverified::Invalid(e))),
                Found::Missing => Ok(Some(Unverified::Missing)),
            },
        )
    }

    /// Replays every stored unverified attempt whose encounter version is at hand
    /// now (in the store, else in `scenarios`, which is then kept): one that replays
    /// is marked verified; one that does not is moved to quarantine with the reason
    /// ([`Store::quarantine`]); the others stay unverified, counted by reason. A
    /// damaged row is left as it is and named.
    pub fn verify_stored(&mut self, scenarios: Option<&Path>) -> Result<Reverified, StoreError> {
        let mut versions = Versions::new(scenarios);
        self.reverify(None, &mut versions)
    }

    /// [`Store::verify_stored`] over the attempts on the versions `only` (all when
    /// `None`).
    fn reverify(
        &mut self,
        only: Option<&[String]>,
        versions: &mut Versions<'_>,
    ) -> Result<Reverified, StoreError> {
        let mut out = Reverified::default();
        // The unverified attempts and their versions first (ids only: small).
        let mut pending: Vec<(String, String, String)> = Vec::new();
        let (clause, args) = match only {
            None => ("WHERE verified = 0".to_string(), Vec::new()),
            Some(hashes) => {
                let marks: Vec<String> = (1..=hashes.len()).map(|k| format!("?{k}")).collect();
                (
                    format!(
                        "WHERE verified = 0 AND content_hash IN ({})",
                        marks.join(", ")
                    ),
                    hashes.to_vec(),
                )
            }
        };
        let cell = RefCell::new(&mut pending);
        self.scan(
            &format!(
                "SELECT attempt_id, content_hash, scenario_id FROM attempts {clause}
                 ORDER BY started_at, attempt_id"
            ),
            &args,
            lite!(&mut |r| {
                let three = (|| -> rusqlite::Result<(String, String, String)> {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })();
                if let Ok(t) = three {
                    cell.borrow_mut().push(t);
                }
                Ok(())
            }),
            pg!(&mut |r| {
                let three = (|| -> Result<(String, String, String), postgres::Error> {
                    Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))
                })();
                if let Ok(t) = three {
                    cell.borrow_mut().push(t);
                }
                Ok(())
            }),
        )?;
        let now = crate::record::rfc3339(std::time::SystemTime::now());
        // Replayed a few hundred at a time, each batch written in one transaction.
        for chunk in pending.chunks(500) {
            let mut plans: Vec<(&str, Plan)> = Vec::with_capacity(chunk.len());
            for (id, hash, scenario_id) in chunk {
                out.checked += 1;
                let short = super::verify::short(scenario_id, hash);
                let enc = match versions.get(self, hash, &mut out.warnings)? {
                    Found::Encounter(enc) => enc,
                    Found::Invalid(e) => {
                        count_unverified(&mut out.unverified, short, Unverified::Invalid(e));
                        continue;
                    }
                    Found::Missing => {
                        count_unverified(&mut out.unverified, short, Unverified::Missing);
                        continue;
                    }
                };
                // The row as every export checks it: a damaged one is left alone, a
                // legacy one replays as exports hand it on (clipped).
                let rec = match self.lookup(id)?.0 {
                    Some(Ok((rec, false))) => rec,
                    Some(Ok((_, true))) | None => continue,
                    Some(Err(damaged)) => {
                        out.damaged.push(damaged);
                        continue;
                    }
                };
                let plan = match verdict(&enc, &rec) {
                    Verdict::Verified => self
                        .record_json(id)?
                        .and_then(|json| {
                            let as_stored: AttemptRecord = serde_json::from_str(&json).ok()?;
                            Some(Plan::Verify(Box::new((as_stored, json))))
                        })
                        .unwrap_or(Plan::Nothing),
                    Verdict::Refused(e) => Plan::Quarantine(refusal(&rec, &e)),
                    Verdict::Unverified(why) => {
                        count_unverified(&mut out.unverified, short, why);
                        Plan::Nothing
                    }
                };
                plans.push((id, plan));
            }
            let (new_versions, repairs) = versions.take_new();
            let mut verified = 0;
            let mut moved: Vec<Quarantined> = Vec::new();
            self.in_transaction(&mut |tx| {
                verified = 0;
                moved.clear();
                for v in &new_versions {
                    insert_version(tx, v, &now)?;
                }
                for v in &repairs {
                    replace_version(tx, v)?;
                }
                for (id, plan) in &plans {
                    match plan {
                        Plan::Verify(stored) => {
                            verified += mark_verified(tx, &stored.0, &stored.1)?
                        }
                        Plan::Quarantine(reason) => {
                            let gone = move_aside(tx, id, reason, &now)?;
                            moved.extend(gone.then(|| Quarantined {
                                attempt_id: id.to_string(),
                                reason: reason.clone(),
                            }));
                        }
                        _ => {}
                    }
                }
                Ok(())
            })
            .map_err(|e| err("cannot update the stored attempts", e))?;
            out.versions_added += new_versions.len();
            out.versions_repaired += repairs.len();
            out.verified += verified;
            out.quarantined.extend(moved);
        }
        Ok(out)
    }

    /// The record of a stored attempt exactly as stored (not clipped, as exports hand
    /// on a legacy row): what `results show` prints.
    pub fn record_as_stored(&self, attempt_id: &str) -> Result<AttemptRecord, StoreError> {
        let json = self
            .record_json(attempt_id)?
            .ok_or_else(|| StoreError(format!("attempt {attempt_id} has no stored record")))?;
        serde_json::from_str(&json).map_err(|e| {
            StoreError(format!(
                "the stored record of attempt {attempt_id} does not read: {e}"
            ))
        })
    }

    /// The record of a stored attempt as stored (its JSON), if it has one that reads
    /// as text.
    fn record_json(&self, attempt_id: &str) -> Result<Option<String>, StoreError> {
        let mut json = None;
        let _ = self.scan_text(
            "SELECT record FROM attempt_records WHERE attempt_id = ?1",
            &[attempt_id.to_string()],
            &mut |t| {
                json = Some(t.to_string());
                Ok(())
            },
        );
        Ok(json)
    }

    /// Moves an attempt aside into the quarantine table, with `reason`: its row and
    /// its record are kept there as they are (see migration 4), and it leaves every
    /// list, export and report; it is never deleted. A later import of its file
    /// replays it like any new one. False when no such attempt is stored.
    pub fn quarantine(&mut self, attempt_id: &str, reason: &str) -> Result<bool, StoreError> {
        let now = crate::record::rfc3339(std::time::SystemTime::now());
        self.in_transaction(&mut |tx| move_aside(tx, attempt_id, reason, &now))
            .map_err(|e| err("cannot move the attempt to quarantine", e))
    }

    /// The attempts in quarantine, in the order they were moved there.
    pub fn quarantined(&self) -> Result<Vec<QuarantineEntry>, StoreError> {
        let out = RefCell::new(Vec::new());
        self.scan(
            "SELECT attempt_id, position, quarantined_at, reason, trainee_id, scenario_id,
                    started_at, score
             FROM quarantine ORDER BY quarantined_at, attempt_id, position",
            &[],
            lite!(&mut |r| {
                let text = |i| {
                    r.get_ref(i)
                        .ok()
                        .and_then(|v| v.as_str_or_null().ok().flatten())
                        .map(str::to_string)
                };
                let num = |i| {
                    r.get_ref(i)
                        .ok()
                        .and_then(|v| v.as_i64_or_null().ok().flatten())
                };
                out.borrow_mut().push(QuarantineEntry {
                    attempt_id: text(0).unwrap_or_default(),
                    position: num(1).unwrap_or_default(),
                    quarantined_at: text(2).unwrap_or_default(),
                    reason: text(3).unwrap_or_default(),
                    trainee_id: text(4),
                    scenario_id: text(5),
                    started_at: text(6),
                    score: num(7),
                });
                Ok(())
            }),
            pg!(&mut |r| {
                let text = |i| r.try_get::<_, Option<String>>(i).ok().flatten();
                let num = |i| r.try_get::<_, Option<i64>>(i).ok().flatten();
                out.borrow_mut().push(QuarantineEntry {
                    attempt_id: text(0).unwrap_or_default(),
                    position: num(1).unwrap_or_default(),
                    quarantined_at: text(2).unwrap_or_default(),
                    reason: text(3).unwrap_or_default(),
                    trainee_id: text(4),
                    scenario_id: text(5),
                    started_at: text(6),
                    score: num(7),
                });
                Ok(())
            }),
        )?;
        Ok(out.into_inner())
    }

    /// The stored attempts among `ids`: whether each is verified, and its record.
    fn stored_records(&self, ids: &[String]) -> Result<HashMap<String, StoredRecord>, StoreError> {
        let mut out = HashMap::new();
        if ids.is_empty() {
            return Ok(out);
        }
        let marks: Vec<String> = (1..=ids.len()).map(|k| format!("?{k}")).collect();
        let sql = format!(
            "SELECT attempts.attempt_id, attempts.verified, r.record FROM attempts
             LEFT JOIN attempt_records r ON r.attempt_id = attempts.attempt_id
             WHERE attempts.attempt_id IN ({})",
            marks.join(", ")
        );
        let found = RefCell::new(&mut out);
        let keep = |id: &str, verified: i64, json: Option<&str>| {
            let json = json.unwrap_or_default().to_string();
            found.borrow_mut().insert(
                id.to_string(),
                StoredRecord {
                    verified: verified == 1,
                    record: serde_json::from_str(&json).ok(),
                    json,
                },
            );
        };
        self.scan(
            &sql,
            ids,
            lite!(&mut |r| {
                let id = r
                    .get_ref(0)
                    .and_then(|v| v.as_str().map_err(rusqlite::Error::from));
                if let Ok(id) = id {
                    let verified = r.get_ref(1).ok().and_then(|v| v.as_i64().ok()).unwrap_or(0);
                    let json = r
                        .get_ref(2)
                        .ok()
                        .and_then(|v| v.as_str_or_null().ok().flatten());
                    keep(id, verified, json);
                }
                Ok(())
            }),
            pg!(&mut |r| {
                if let Ok(id) = r.try_get::<_, &str>(0) {
                    let verified: i64 = r.try_get(1).unwrap_or(0);
                    let json: Option<&str> = r.try_get(2).ok().flatten();
                    keep(id, verified, json);
                }
                Ok(())
            }),
        )?;
        Ok(out)
    }

    /// Whether the store keeps the encounter version of this content hash.
    pub fn has_version(&self, content_hash: &str) -> Result<bool, StoreError> {
        if self.known_versions.borrow().contains(content_hash) {
            return Ok(true);
        }
        let has = self
            .query_i64(
                "SELECT COUNT(*) FROM encounter_versions WHERE content_hash = ?1",
                &[content_hash.to_string()],
            )?
            .unwrap_or(0)
            > 0;
        if has {
            self.known_versions
                .borrow_mut()
                .insert(content_hash.to_string());
        }
        Ok(has)
    }

    /// The encounter version of this content hash, loaded from its stored files:
    /// `None` when the store does not have it, `Some(Err(why))` when its stored copy
    /// is damaged (its texts do not read from the database, a file is missing, or they
    /// do not hash to its key) or no longer valid under today's rules (see
    /// [`VersionProblem`]). A version that cannot be read is never an error of the
    /// whole store: the caller warns and goes on without it.
    pub fn load_version(
        &self,
        content_hash: &str,
    ) -> Result<Option<Result<Encounter, VersionProblem>>, StoreError> {
        let args = [content_hash.to_string()];
        let mut scenario_id = None;
        let damaged = |e: StoreError| Ok(Some(Err(VersionProblem::Damaged(e.to_string()))));
        if let Err(e) = self.scan_text(
            "SELECT scenario_id FROM encounter_versions WHERE content_hash = ?1",
            &args,
            &mut |id| {
                scenario_id = Some(id.to_string());
                Ok(())
            },
        ) {
            return damaged(e);
        }
        let Some(scenario_id) = scenario_id else {
            return Ok(None);
        };
        let files = RefCell::new(Vec::new());
        let bad = |e: String| err("its texts cannot be read", e);
        let read = self.scan(
            "SELECT f.name, t.text FROM encounter_files f
             JOIN stored_texts t ON t.text_hash = f.text_hash
             WHERE f.content_hash = ?1 ORDER BY f.name",
            &args,
            lite!(&mut |r| {
                let pair =
                    (|| -> rusqlite::Result<(String, String)> { Ok((r.get(0)?, r.get(1)?)) })()
                        .map_err(|e| bad(e.to_string()))?;
                files.borrow_mut().push(pair);
                Ok(())
            }),
            pg!(&mut |r| {
                let pair = (|| -> Result<(String, String), postgres::Error> {
                    Ok((r.try_get(0)?, r.try_get(1)?))
                })()
                .map_err(|e| bad(pg_error(&e)))?;
                files.borrow_mut().push(pair);
                Ok(())
            }),
        );
        if let Err(e) = read {
            return damaged(e);
        }
        Ok(Some(
            VersionFiles::from_files(content_hash, &scenario_id, files.into_inner())
                .map_err(VersionProblem::Damaged)
                .and_then(|v| v.load()),
        ))
    }

    /// The texts of one stored file (`name` as in [`VersionFiles::files`]) of every
    /// encounter version that has one, each text once, the most recently stored
    /// version's first: e.g. `en-US/catalog.ftl` gives every catalog's English names.
    /// A text that cannot be read is left out and said in `warnings`.
    pub fn stored_texts(
        &self,
        name: &str,
        warnings: &mut Vec<String>,
    ) -> Result<Vec<String>, StoreError> {
        let mut hashes = Vec::new();
        self.scan_text(
            "SELECT f.text_hash FROM encounter_files f
             JOIN encounter_versions v ON v.content_hash = f.content_hash
             WHERE f.name = ?1 GROUP BY f.text_hash ORDER BY MAX(v.stored_at) DESC, f.text_hash",
            &[name.to_string()],
            &mut |h| {
                hashes.push(h.to_string());
                Ok(())
            },
        )?;
        let mut out = Vec::with_capacity(hashes.len());
        for h in hashes {
            let read = self.scan_text(
                "SELECT text FROM stored_texts WHERE text_hash = ?1",
                std::slice::from_ref(&h),
                &mut |t| {
                    out.push(t.to_string());
                    Ok(())
                },
            );
            if let Err(e) = read {
                warnings.push(format!(
                    "a stored text ({name}, {h}) cannot be read and was left out: {e}"
                ));
            }
        }
        Ok(out)
    }

    /// `(content hash, text)` of one stored file (`name` as in
    /// [`VersionFiles::files`]) of each encounter version played by the attempts
    /// `f` selects. A text that cannot be read is left out and said in `warnings`.
    pub fn version_texts(
        &self,
        name: &str,
        f: &Filter,
        warnings: &mut Vec<String>,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let (clause, mut args) = where_clause(f);
        args.push(name.to_string());
        let sql = format!(
            "SELECT f.content_hash, t.text FROM encounter_files f
             JOIN stored_texts t ON t.text_hash = f.text_hash
             WHERE f.name = ?{} AND f.content_hash IN
               (SELECT DISTINCT attempts.content_hash FROM attempts {clause})",
            args.len()
        );
        let out = RefCell::new(Vec::new());
        let unread = RefCell::new(Vec::new());
        let cannot = |hash: Option<String>, e: String| {
            unread.borrow_mut().push(format!(
                "the stored text {name} of encounter version {} cannot be read and was left out: {e}",
                hash.as_deref().unwrap_or("(unreadable)")
            ));
        };
        self.scan(
            &sql,
            &args,
            lite!(&mut |r| {
                match (|| -> rusqlite::Result<(String, String)> { Ok((r.get(0)?, r.get(1)?)) })() {
                    Ok(pair) => out.borrow_mut().push(pair),
                    Err(e) => cannot(r.get(0).ok(), e.to_string()),
                }
                Ok(())
            }),
            pg!(&mut |r| {
                match (|| -> Result<(String, String), postgres::Error> {
                    Ok((r.try_get(0)?, r.try_get(1)?))
                })() {
                    Ok(pair) => out.borrow_mut().push(pair),
                    Err(e) => cannot(r.try_get(0).ok(), pg_error(&e)),
                }
                Ok(())
            }),
        )?;
        warnings.extend(unread.into_inner());
        Ok(out.into_inner())
    }

    /// The full record of one attempt (the same JSON as its result file), checked as
    /// [`Store::checked`] checks it: a damaged row is an error naming it.
    pub fn get(&self, attempt_id: &str) -> Result<Option<AttemptRecord>, StoreError> {
        match self.checked(attempt_id)? {
            None => Ok(None),
            Some(Ok((rec, _))) => Ok(Some(rec)),
            Some(Err(damaged)) => Err(StoreError(damaged.to_string())),
        }
    }

    /// Attempts matching the filter, oldest first, with their competency scores, as
    /// the columns say, checked as [`Store::each_listed`] checks them: any damaged
    /// row is an error naming it.
    pub fn rows(&self, f: &Filter) -> Result<Vec<Row>, StoreError> {
        let mut rows = Vec::new();
        let scan = self.each_listed(f, false, &mut |a| {
            rows.push(a.row.to_row());
            Ok(())
        })?;
        match scan.skipped.first() {
            None => Ok(rows),
            Some(s) => Err(StoreError(format!(
                "{s} ({} damaged attempt(s) in all)",
                scan.skipped.len()
            ))),
        }
    }
}

/// One attempt's columns, borrowed from the database row (for streaming exports).
pub struct RowView<'a> {
    pub attempt_id: &'a str,
    pub status: &'a str,
    pub trainee_id: &'a str,
    pub trainee_name: &'a str,
    pub cohort: Option<&'a str>,
    pub scenario_id: &'a str,
    pub scenario_title: &'a str,
    pub locale: &'a str,
    pub seed: &'a str,
    pub started_at: &'a str,
    pub ended_at: &'a str,
    pub duration_ms: i64,
    pub score: i64,
    pub passed: bool,
    /// The `passed` column as stored.
    passed_raw: i64,
    pub pass_mark: i64,
    pub outcome: &'a str,
    pub decisions: i64,
    /// Critical techniques broken, comma-separated.
    pub critical: &'a str,
    /// `id:score,…` in catalog order.
    pub competencies: &'a str,
    pub content_hash: &'a str,
    pub ending: &'a str,
    pub engine_version: &'a str,
    /// The `verified` column as stored (0 or 1).
    pub verified: i64,
    /// Played on the course server (its attempt there has ended with this result):
    /// seeded, timed and scored by the server. Not a column of `attempts` but read
    /// with it, so not in the row's digest.
    pub on_server: bool,
}

impl<'a> RowView<'a> {
    /// The competency scores, `(id, score as written)`, from the `id:score,…` column.
    pub fn competency_scores(&self) -> impl Iterator<Item = (&'a str, &'a str)> + use<'a> {
        self.competencies
            .split(',')
            .filter_map(|kv| kv.split_once(':'))
    }

    pub fn to_row(&self) -> Row {
        Row {
            attempt_id: self.attempt_id.to_string(),
            status: self.status.to_string(),
            trainee_id: self.trainee_id.to_string(),
            trainee_name: self.trainee_name.to_string(),
            cohort: self.cohort.map(str::to_string),
            scenario_id: self.scenario_id.to_string(),
            scenario_title: self.scenario_title.to_string(),
            locale: self.locale.to_string(),
            seed: self.seed.to_string(),
            started_at: self.started_at.to_string(),
            ended_at: self.ended_at.to_string(),
            duration_ms: self.duration_ms,
            score: self.score.clamp(0, i64::from(u32::MAX)) as u32,
            passed: self.passed,
            pass_mark: self.pass_mark.clamp(0, i64::from(u32::MAX)) as u32,
            outcome: self.outcome.to_string(),
            decisions: self.decisions.clamp(0, i64::from(u32::MAX)) as u32,
            critical: self
                .critical
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            competencies: self
                .competency_scores()
                .filter_map(|(k, v)| Some((k.to_string(), v.parse().ok()?)))
                .collect(),
            verified: self.verified == 1,
            on_server: self.on_server,
        }
    }

    /// The columns [`insert`] writes for a record (`verified` as given).
    fn of(rec: &'a AttemptRecord, cols: &'a Columns, verified: bool) -> RowView<'a> {
        RowView {
            attempt_id: &rec.attempt_id,
            status: &rec.status,
            trainee_id: &rec.trainee.id,
            trainee_name: &rec.trainee.name,
            cohort: rec.cohort.as_deref(),
            scenario_id: &rec.scenario.id,
            scenario_title: &rec.scenario.title,
            locale: &rec.locale,
            seed: &cols.seed,
            started_at: &rec.started_at,
            ended_at: &rec.ended_at,
            duration_ms: cols.duration_ms,
            score: i64::from(rec.score),
            passed: rec.passed,
            passed_raw: i64::from(rec.passed),
            pass_mark: i64::from(rec.pass_mark),
            outcome: &rec.outcome,
            decisions: cols.decisions,
            critical: &cols.critical,
            competencies: &cols.competencies,
            content_hash: &rec.scenario.content_hash,
            ending: &rec.ending,
            engine_version: &rec.engine_version,
            verified: i64::from(verified),
            on_server: false,
        }
    }

    /// Where the columns differ from what [`insert`] writes for `rec` (the `verified`
    /// column must be 0 or 1): one message each, empty when they agree.
    fn differs(&self, rec: &AttemptRecord) -> Vec<String> {
        use crate::record::clip;
        let cols = Columns::of(rec);
        let mut diffs = Vec::new();
        let mut text = |name: &str, col: &str, rec: &str| {
            if col != rec {
                diffs.push(format!(
                    "column {name} is `{}`, its record says `{}`",
                    clip(col),
                    clip(rec)
                ));
            }
        };
        text("attempt_id", self.attempt_id, &rec.attempt_id);
        text("status", self.status, &rec.status);
        text("trainee_id", self.trainee_id, &rec.trainee.id);
        text("trainee_name", self.trainee_name, &rec.trainee.name);
        text(
            "cohort",
            self.cohort.unwrap_or("(none)"),
            rec.cohort.as_deref().unwrap_or("(none)"),
        );
        text("scenario_id", self.scenario_id, &rec.scenario.id);
        text("scenario_title", self.scenario_title, &rec.scenario.title);
        text(
            "content_hash",
            self.content_hash,
            &rec.scenario.content_hash,
        );
        text("locale", self.locale, &rec.locale);
        text("seed", self.seed, &cols.seed);
        text("started_at", self.started_at, &rec.started_at);
        text("ended_at", self.ended_at, &rec.ended_at);
        text("outcome", self.outcome, &rec.outcome);
        text("ending", self.ending, &rec.ending);
        text("critical", self.critical, &cols.critical);
        text("competencies", self.competencies, &cols.competencies);
        text("engine_version", self.engine_version, &rec.engine_version);
        let mut num = |name: &str, col: i64, rec: i64| {
            if col != rec {
                diffs.push(format!("column {name} is {col}, its record says {rec}"));
            }
        };
        num("duration_ms", self.duration_ms, cols.duration_ms);
        num("score", self.score, i64::from(rec.score));
        num("passed", self.passed_raw, i64::from(rec.passed));
        num("pass_mark", self.pass_mark, i64::from(rec.pass_mark));
        num("decisions", self.decisions, cols.decisions);
        if !matches!(self.verified, 0 | 1) {
            diffs.push(format!(
                "column verified is {}, expected 0 or 1",
                self.verified
            ));
        }
        diffs
    }
}

/// The digest of a row: SHA-256 over [`DIGEST_SCHEME`], every column (as
/// [`ROW_COLUMNS`] lists them, each tagged and length-prefixed, so no two rows share
/// one) and the record's JSON as stored. A row whose digest matches is exactly what a
/// checked store wrote; it guards against damage, not against someone able to write
/// the database (who could compute it again).
fn row_digest(v: &RowView<'_>, record: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(DIGEST_SCHEME);
    let text = |h: &mut Sha256, t: Option<&str>| match t {
        Some(t) => {
            h.update(b"T");
            h.update((t.len() as u64).to_le_bytes());
            h.update(t.as_bytes());
        }
        None => h.update(b"N"),
    };
    for t in [
        Some(v.attempt_id),
        Some(v.status),
        Some(v.trainee_id),
        Some(v.trainee_name),
        v.cohort,
        Some(v.scenario_id),
        Some(v.scenario_title),
        Some(v.locale),
        Some(v.seed),
        Some(v.started_at),
        Some(v.ended_at),
    ] {
        text(&mut h, t);
    }
    for n in [v.duration_ms, v.score, v.passed_raw, v.pass_mark] {
        h.update(b"I");
        h.update(n.to_le_bytes());
    }
    text(&mut h, Some(v.outcome));
    h.update(b"I");
    h.update(v.decisions.to_le_bytes());
    for t in [
        v.critical,
        v.competencies,
        v.content_hash,
        v.ending,
        v.engine_version,
    ] {
        text(&mut h, Some(t));
    }
    h.update(b"I");
    h.update(v.verified.to_le_bytes());
    h.update(b"R");
    h.update((record.len() as u64).to_le_bytes());
    h.update(record);
    format!(
        "{}:{:x}",
        String::from_utf8_lossy(DIGEST_SCHEME),
        h.finalize()
    )
}

/// A stored digest made by this scheme (one made by another is no digest here: the
/// row is checked in full).
fn current_digest(stored: Option<&str>) -> Option<&str> {
    stored.filter(|d| {
        d.strip_prefix(std::str::from_utf8(DIGEST_SCHEME).unwrap_or_default())
            .is_some_and(|rest| rest.starts_with(':'))
    })
}

const ROW_COLUMNS: &str = "attempts.attempt_id, attempts.status, attempts.trainee_id,
    attempts.trainee_name, attempts.cohort, attempts.scenario_id, attempts.scenario_title,
    attempts.locale, attempts.seed, attempts.started_at, attempts.ended_at,
    attempts.duration_ms, attempts.score, attempts.passed, attempts.pass_mark,
    attempts.outcome, attempts.decisions, attempts.critical, attempts.competencies,
    attempts.content_hash, attempts.ending, attempts.engine_version, attempts.verified";

/// Whether an attempt was played on the course server: its attempt there ended (the
/// server stores the result in the transaction that ends it, under the id it drew
/// for the attempt when it started it).
const ON_SERVER: &str = "(SELECT COUNT(*) FROM live_attempts l
    WHERE l.attempt_id = attempts.attempt_id AND l.ended = 1)";
/// Where [`ON_SERVER`] is in the row query (after the digest and the record).
const ON_SERVER_COL: usize = 25;

/// Reads a [`RowView`] from a row of either backend: `text(i)`, `opt(i)`, `num(i)`.
fn row_view<'a, E>(
    text: &dyn Fn(usize) -> Result<&'a str, E>,
    opt: &dyn Fn(usize) -> Result<Option<&'a str>, E>,
    num: &dyn Fn(usize) -> Result<i64, E>,
) -> Result<RowView<'a>, E> {
    Ok(RowView {
        attempt_id: text(0)?,
        status: text(1)?,
        trainee_id: text(2)?,
        trainee_name: text(3)?,
        cohort: opt(4)?,
        scenario_id: text(5)?,
        scenario_title: text(6)?,
        locale: text(7)?,
        seed: text(8)?,
        started_at: text(9)?,
        ended_at: text(10)?,
        duration_ms: num(11)?,
        score: num(12)?,
        passed: num(13)? != 0,
        pass_mark: num(14)?,
        outcome: text(15)?,
        decisions: num(16)?,
        critical: text(17)?,
        competencies: text(18)?,
        content_hash: text(19)?,
        ending: text(20)?,
        engine_version: text(21)?,
        verified: num(22)?,
        passed_raw: num(13)?,
        on_server: num(ON_SERVER_COL)? != 0,
    })
}

impl Store {
    /// Runs a query with `args` and hands each row to `each` (SQLite or PostgreSQL
    /// row), streaming: rows are not collected first.
    fn scan(
        &self,
        sql: &str,
        args: &[String],
        #[cfg_attr(not(feature = "sqlite"), allow(unused_variables))]
        lite: &mut dyn FnMut(&LiteRow<'_>) -> Result<(), StoreError>,
        #[cfg_attr(not(feature = "postgres"), allow(unused_variables))]
        pg: &mut dyn FnMut(&PgRow) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        let mut n = 0;
        match &self.db {
            #[cfg(feature = "sqlite")]
            Db::Lite(conn) => {
                let q = |e| err("cannot read the attempts", e);
                let mut stmt = conn.prepare_cached(sql).map_err(q)?;
                let mut rows = stmt
                    .query(rusqlite::params_from_iter(args.iter()))
                    .map_err(q)?;
                while let Some(r) = rows.next().map_err(q)? {
                    lite(r)?;
                    n += 1;
                }
            }
            #[cfg(feature = "postgres")]
            Db::Pg(client) => {
                use postgres::fallible_iterator::FallibleIterator;
                let q = |e: postgres::Error| err("cannot read the attempts", pg_error(&e));
                let mut conn = client.borrow_mut();
                let conn = &mut *conn;
                // Prepared once per connection: a query is then one round trip, and
                // the server plans it once.
                let st = conn.statement(sql).map_err(q)?;
                let mut rows = conn.client.query_raw(&st, args.iter()).map_err(q)?;
                while let Some(r) = rows.next().map_err(q)? {
                    pg(&r)?;
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    /// A query whose first column is text: each value to `each`.
    fn scan_text(
        &self,
        sql: &str,
        args: &[String],
        each: &mut dyn FnMut(&str) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        let each = std::cell::RefCell::new(each);
        self.scan(
            sql,
            args,
            lite!(&mut |r| {
                let t = r
                    .get_ref(0)
                    .and_then(|v| v.as_str().map_err(rusqlite::Error::from))
                    .map_err(|e| err("cannot read the attempts", e))?;
                (each.borrow_mut())(t)
            }),
            pg!(&mut |r| {
                let t: &str = r
                    .try_get(0)
                    .map_err(|e| err("cannot read the attempts", pg_error(&e)))?;
                (each.borrow_mut())(t)
            }),
        )
    }

    /// Hands each matching attempt to `each`, oldest first, checked, with its record:
    /// a row that is not what a checked store wrote (its digest does not match; or,
    /// stored before rows had one, its record does not read, its columns are not
    /// those of its record, or it holds what no Touchpoint ever wrote) is not handed
    /// on: it is named in the returned [`Scan`] with the reason, so that every export
    /// can leave it out, say so and exit non-zero. A row stored by an earlier
    /// Touchpoint that breaks only a rule added since ([`Standing::Legacy`]) is handed
    /// on with its texts clipped, and named in the [`Scan`]'s `legacy`.
    pub fn each_attempt(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(&Attempt<'_>) -> std::io::Result<()>,
    ) -> Result<Scan, StoreError> {
        let (clause, args) = where_clause(f);
        self.scan_attempts(
            &clause,
            &args,
            Detail::Record,
            &mut |row, record, _, legacy| {
                let record = record.expect("a record when asked for");
                each(&Attempt {
                    row,
                    record,
                    legacy,
                })
            },
        )
    }

    /// As [`Store::each_attempt`], without the record (and its breach items when
    /// `breaches`): a row whose digest matches is not parsed, so lists and exports of
    /// columns read little more than the columns.
    pub fn each_listed(
        &self,
        f: &Filter,
        breaches: bool,
        each: &mut dyn FnMut(&Listed<'_>) -> std::io::Result<()>,
    ) -> Result<Scan, StoreError> {
        let (clause, args) = where_clause(f);
        let detail = if breaches {
            Detail::Breaches
        } else {
            Detail::Columns
        };
        self.scan_attempts(&clause, &args, detail, &mut |row, _, breaches, legacy| {
            each(&Listed {
                row,
                breaches: &breaches,
                legacy,
            })
        })
    }

    /// One attempt, checked as [`Store::each_attempt`] checks it: `None` when there is
    /// no such attempt, `Some(Err(reason))` when it is damaged.
    pub fn checked(&self, attempt_id: &str) -> Result<Option<Checked>, StoreError> {
        self.lookup(attempt_id).map(|(found, _)| found)
    }

    /// [`Store::checked`], and whether the attempt is legacy (handed on clipped).
    pub fn lookup(&self, attempt_id: &str) -> Result<(Option<Checked>, Vec<Legacy>), StoreError> {
        let mut found = None;
        let scan = self.scan_attempts(
            "WHERE attempts.attempt_id = ?1",
            &[attempt_id.to_string()],
            Detail::Record,
            &mut |row, record, _, _| {
                found = record.map(|r| (r, row.verified == 1));
                Ok(())
            },
        )?;
        let found = match (found, scan.skipped.into_iter().next()) {
            (Some(f), _) => Some(Ok(f)),
            (None, Some(s)) => Some(Err(s)),
            (None, None) => None,
        };
        Ok((found, scan.legacy))
    }

    /// The walk behind [`Store::each_attempt`] and [`Store::each_listed`]: each row
    /// checked, with as much of its record as `detail` asks for.
    #[allow(clippy::type_complexity)]
    fn scan_attempts(
        &self,
        clause: &str,
        args: &[String],
        detail: Detail,
        each: &mut dyn FnMut(
            RowView<'_>,
            Option<AttemptRecord>,
            Vec<Breach>,
            Option<&str>,
        ) -> std::io::Result<()>,
    ) -> Result<Scan, StoreError> {
        let sql = format!(
            "SELECT {ROW_COLUMNS}, attempts.digest, r.record, {ON_SERVER}
             FROM attempts LEFT JOIN attempt_records r
             ON r.attempt_id = attempts.attempt_id {clause}
             ORDER BY attempts.started_at, attempts.attempt_id"
        );
        let skipped = RefCell::new(Vec::new());
        let legacy = RefCell::new(Vec::new());
        let each = RefCell::new(each);
        // A row that does not even read as columns is named by its id if it can be.
        let visit = |id: Option<&str>,
                     v: Result<RowView<'_>, String>,
                     digest: Option<&str>,
                     json: Option<&[u8]>|
         -> Result<(), StoreError> {
            let name = || id.unwrap_or("(unreadable id)").to_string();
            let out = |e: std::io::Error| err("cannot write the export", e);
            let v = match v.and_then(|v| json.map(|j| (v, j)).ok_or("its record is missing".into()))
            {
                Ok(v) => v,
                Err(reason) => {
                    skipped.borrow_mut().push(Skipped {
                        attempt_id: name(),
                        reason,
                    });
                    return Ok(());
                }
            };
            let (v, json) = v;
            // What a checked store wrote, as it wrote it: the record is read only as far
            // as it is asked for.
            if digest.is_some_and(|d| d == row_digest(&v, json)) {
                match detail {
                    Detail::Columns => {
                        return (each.borrow_mut())(v, None, Vec::new(), None).map_err(out);
                    }
                    Detail::Breaches => {
                        #[derive(serde::Deserialize)]
                        struct Items {
                            feedback: Vec<Item>,
                        }
                        #[derive(serde::Deserialize)]
                        struct Item {
                            kind: touchpoint_engine::scoring::FeedbackKind,
                            technique: String,
                            critical: bool,
                        }
                        if let Ok(items) = serde_json::from_slice::<Items>(json) {
                            let breaches = items
                                .feedback
                                .into_iter()
                                .filter(|i| {
                                    i.kind == touchpoint_engine::scoring::FeedbackKind::Breach
                                })
                                .map(|i| Breach {
                                    technique: i.technique,
                                    critical: i.critical,
                                })
                                .collect();
                            return (each.borrow_mut())(v, None, breaches, None).map_err(out);
                        }
                    }
                    Detail::Record => {
                        if let Ok(rec) = serde_json::from_slice::<AttemptRecord>(json) {
                            let breaches = breaches_of(&rec);
                            return (each.borrow_mut())(v, Some(rec), breaches, None).map_err(out);
                        }
                    }
                }
            }
            // Otherwise the row is checked in full.
            let rec = match serde_json::from_slice::<AttemptRecord>(json) {
                Ok(rec) => rec,
                Err(e) => {
                    skipped.borrow_mut().push(Skipped {
                        attempt_id: name(),
                        reason: format!("its record does not read: {e}"),
                    });
                    return Ok(());
                }
            };
            let diffs = v.differs(&rec);
            let standing = crate::record::standing(&rec);
            let damaged = if !diffs.is_empty() {
                Some(diffs.join("; "))
            } else if let Standing::Damaged(why) = &standing {
                Some(why.clone())
            } else if digest.is_some() {
                // Digested when stored, changed since: not what Touchpoint stored,
                // whatever else it breaks.
                Some(match &standing {
                    Standing::Legacy(why) => format!("{why} (changed in the database since it was stored)"),
                    _ => "it was changed in the database since it was stored (its digest does not match)".into(),
                })
            } else {
                None
            };
            if let Some(reason) = damaged {
                skipped.borrow_mut().push(Skipped {
                    attempt_id: name(),
                    reason,
                });
                return Ok(());
            }
            let want = |rec: AttemptRecord| (detail == Detail::Record).then_some(rec);
            match standing {
                Standing::Legacy(why) => {
                    legacy.borrow_mut().push(Legacy {
                        attempt_id: rec.attempt_id.clone(),
                        reason: why.clone(),
                    });
                    let clipped = crate::record::clipped(&rec);
                    let (name, cohort, title) = (
                        clipped.trainee.name.clone(),
                        clipped.cohort.clone(),
                        clipped.scenario.title.clone(),
                    );
                    let row = RowView {
                        trainee_name: &name,
                        cohort: cohort.as_deref(),
                        scenario_title: &title,
                        ..v
                    };
                    let breaches = breaches_of(&clipped);
                    (each.borrow_mut())(row, want(clipped), breaches, Some(why.as_str()))
                        .map_err(out)
                }
                _ => {
                    let breaches = breaches_of(&rec);
                    (each.borrow_mut())(v, want(rec), breaches, None).map_err(out)
                }
            }
        };
        let (digest_col, record_col) = (23, 24);
        let n = self.scan(
            &sql,
            args,
            lite!(&mut |r| {
                let text = |i| {
                    r.get_ref(i)
                        .and_then(|v| v.as_str().map_err(rusqlite::Error::from))
                };
                let v = row_view(
                    &text,
                    &|i| {
                        r.get_ref(i)
                            .and_then(|v| v.as_str_or_null().map_err(rusqlite::Error::from))
                    },
                    &|i| {
                        r.get_ref(i)
                            .and_then(|v| v.as_i64().map_err(rusqlite::Error::from))
                    },
                )
                .map_err(|e| format!("a column does not read: {e}"));
                let digest = current_digest(
                    r.get_ref(digest_col)
                        .ok()
                        .and_then(|v| v.as_str_or_null().ok().flatten()),
                );
                // As bytes: the JSON reader checks UTF-8 as it goes.
                let json = r
                    .get_ref(record_col)
                    .ok()
                    .and_then(|v| v.as_bytes_or_null().ok().flatten());
                visit(text(0).ok(), v, digest, json)
            }),
            pg!(&mut |r| {
                let v = row_view(&|i| r.try_get(i), &|i| r.try_get(i), &|i| r.try_get(i))
                    .map_err(|e| format!("a column does not read: {}", pg_error(&e)));
                let digest = current_digest(r.try_get(digest_col).ok().flatten());
                let json: Option<&str> = r.try_get(record_col).ok().flatten();
                visit(r.try_get(0).ok(), v, digest, json.map(str::as_bytes))
            }),
        )?;
        let skipped = skipped.into_inner();
        Ok(Scan {
            n: n - skipped.len(),
            skipped,
            legacy: legacy.into_inner(),
        })
    }

    /// The competency ids of the matching attempts, in the order first seen (the
    /// catalog's order): the export's competency columns.
    pub fn competency_columns(&self, f: &Filter) -> Result<Vec<String>, StoreError> {
        let mut out: Vec<String> = Vec::new();
        let mut last = String::new();
        let (clause, args) = where_clause(f);
        self.scan_text(
            &format!("SELECT competencies FROM attempts {clause} ORDER BY started_at, attempt_id"),
            &args,
            &mut |c| {
                // Most attempts share the previous one's ids: compare the ids only.
                let ids = c
                    .split(',')
                    .filter_map(|kv| kv.split_once(':').map(|(k, _)| k));
                if ids.clone().eq(last.split(',').filter(|s| !s.is_empty())) {
                    return Ok(());
                }
                last = ids.clone().collect::<Vec<_>>().join(",");
                for id in ids {
                    // A damaged row (left out by the export) adds no column.
                    if !touchpoint_engine::validate::is_valid_id(id) || id.len() > MAX_ID_BYTES {
                        continue;
                    }
                    if !out.iter().any(|o| o == id) {
                        out.push(id.to_string());
                    }
                }
                Ok(())
            },
        )?;
        Ok(out)
    }

    /// The techniques broken (feedback items of kind `breach`) in the matching
    /// attempts, as the feedback table says (for naming them; counts come from the
    /// checked records).
    pub fn breach_techniques(&self, f: &Filter) -> Result<Vec<String>, StoreError> {
        let (clause, args) = where_clause(f);
        let clause = if clause.is_empty() {
            "WHERE f.kind = 'breach'".to_string()
        } else {
            format!("{clause} AND f.kind = 'breach'")
        };
        let mut out = Vec::new();
        self.scan_text(
            &format!(
                "SELECT DISTINCT f.technique FROM attempt_feedback f
                 JOIN attempts ON attempts.attempt_id = f.attempt_id {clause}
                 ORDER BY f.technique"
            ),
            &args,
            &mut |t| {
                if touchpoint_engine::validate::is_valid_id(t) && t.len() <= MAX_ID_BYTES {
                    out.push(t.to_string());
                }
                Ok(())
            },
        )?;
        Ok(out)
    }

    /// How many attempts match.
    pub fn count(&self, f: &Filter) -> Result<usize, StoreError> {
        let (clause, args) = where_clause(f);
        self.query_i64(&format!("SELECT COUNT(*) FROM attempts {clause}"), &args)
            .map(|n| n.unwrap_or(0) as usize)
    }
}

#[cfg(feature = "sqlite")]
fn open_sqlite(path: &Path) -> Result<Connection, StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| err(&format!("cannot create {}", dir.display()), e))?;
    }
    let what = format!("cannot open the results store {}", path.display());
    let conn = Connection::open(path).map_err(|e| err(&what, e))?;
    // Waiting for another connection's transaction: finer than SQLite's own
    // `busy_timeout` (which sleeps 1, 2, 5… 100 ms between tries), as a server's
    // connections write one after another, each for well under a millisecond.
    conn.busy_handler(Some(busy_wait))
        .map_err(|e| err(&what, e))?;
    // Child rows go in multi-row statements whose shape varies with the attempt.
    conn.set_prepared_statement_cache_capacity(128);
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(|e| err(&what, e))?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(|e| err(&what, e))?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(|e| err(&what, e))?;
    Ok(conn)
}

/// The error for a store whose backend this build left out.
#[cfg(not(all(feature = "sqlite", feature = "postgres")))]
fn not_built(location: &Location) -> StoreError {
    let (what, feature) = match location {
        Location::Sqlite(_) => ("SQLite", "sqlite"),
        Location::Postgres(_) => ("PostgreSQL", "postgres"),
    };
    err(
        &format!("cannot open the results store {}", location.display()),
        format!("this touchpoint was built without {what} support (cargo feature `{feature}`)"),
    )
}

#[cfg(feature = "postgres")]
fn open_postgres(url: &str) -> Result<Pg, StoreError> {
    let what = format!("cannot open the results store {}", redact(url));
    let mut config: postgres::Config = url.parse().map_err(|e| err(&what, e))?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    if config.get_application_name().is_none() {
        config.application_name("touchpoint");
    }
    let client = config
        .connect(postgres::NoTls)
        .map_err(|e| err(&what, pg_error(&e)))?;
    Ok(Pg {
        client,
        prepared: HashMap::new(),
        batches: None,
    })
}

fn where_clause(f: &Filter) -> (String, Vec<String>) {
    let mut conds = Vec::new();
    let mut args = Vec::new();
    for (col, op, v) in [
        ("cohort", "=", &f.cohort),
        ("trainee_id", "=", &f.trainee),
        ("scenario_id", "=", &f.scenario),
        ("started_at", ">=", &f.since),
    ] {
        if let Some(v) = v {
            args.push(v.clone());
            conds.push(format!("attempts.{col} {op} ?{}", args.len()));
        }
    }
    if let Some(u) = &f.until {
        // A date alone means the whole day.
        let u = if u.len() == 10 {
            format!("{u}T23:59:59.999Z")
        } else {
            u.clone()
        };
        args.push(u);
        conds.push(format!("attempts.started_at <= ?{}", args.len()));
    }
    if conds.is_empty() {
        (String::new(), args)
    } else {
        (format!("WHERE {}", conds.join(" AND ")), args)
    }
}

/// The `attempts` columns of a record, as stored (and as every export checks a
/// stored row against its record).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Columns {
    seed: String,
    duration_ms: i64,
    decisions: i64,
    critical: String,
    competencies: String,
}

impl Columns {
    fn of(rec: &AttemptRecord) -> Columns {
        Columns {
            seed: rec.seed.to_string(),
            duration_ms: duration_ms(&rec.started_at, &rec.ended_at),
            decisions: rec.transcript.len() as i64,
            critical: rec.critical.join(","),
            competencies: rec
                .competencies
                .iter()
                .map(|(k, v)| format!("{k}:{}", v.as_u64().unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(","),
        }
    }
}

/// Inserts one attempt and its rows unless its id is already stored (then nothing
/// changes and it returns false). Runs inside the caller's transaction. `verified`:
/// it was replayed on its encounter version.
fn insert(tx: &mut dyn Exec, rec: &AttemptRecord, verified: bool) -> Result<bool, String> {
    Ok(insert_many(tx, &[(rec, verified)])?.first() == Some(&true))
}

const ATTEMPTS_TABLE: &str = "attempts (attempt_id, status, trainee_id, trainee_name, cohort,
    scenario_id, scenario_title, content_hash, locale, seed, started_at, ended_at,
    duration_ms, score, passed, pass_mark, outcome, ending, decisions, critical,
    competencies, engine_version, verified, digest)";

/// What one record's rows borrow: its JSON, derived columns and digest, and the
/// texts its child rows are made of.
struct RecordTexts {
    json: String,
    cols: Columns,
    digest: String,
    kinds: Vec<String>,
    joined: Vec<(String, String)>,
}

impl RecordTexts {
    fn of(rec: &AttemptRecord, verified: bool) -> Result<RecordTexts, String> {
        let json = serde_json::to_string(rec).map_err(|e| e.to_string())?;
        let cols = Columns::of(rec);
        let digest = row_digest(&RowView::of(rec, &cols, verified), json.as_bytes());
        let kinds = rec
            .feedback
            .iter()
            .map(|f| {
                serde_json::to_value(f.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            })
            .collect();
        let joined = rec
            .transcript
            .iter()
            .map(|t| (t.follows.join(","), t.breaks.join(",")))
            .collect();
        Ok(RecordTexts {
            json,
            cols,
            digest,
            kinds,
            joined,
        })
    }
}

/// Stores attempts (each with its verified flag): per table one multi-row statement
/// where statements are round trips (PostgreSQL), one row each where they are calls
/// (SQLite). An attempt already stored is left untouched (another writer may store the
/// same attempt at the same moment: the insert that loses does nothing, and so does
/// the rest), as is a second record of an id in `recs`. Says, for each, whether it
/// was added.
fn insert_many(tx: &mut dyn Exec, recs: &[(&AttemptRecord, bool)]) -> Result<Vec<bool>, String> {
    let texts = recs
        .iter()
        .map(|(rec, verified)| RecordTexts::of(rec, *verified))
        .collect::<Result<Vec<_>, String>>()?;
    let mut seen = std::collections::HashSet::new();
    let first: Vec<bool> = recs
        .iter()
        .map(|(rec, _)| seen.insert(rec.attempt_id.as_str()))
        .collect();
    let rows: Vec<Vec<V<'_>>> = recs
        .iter()
        .zip(&texts)
        .zip(&first)
        .filter(|(_, first)| **first)
        .map(|(((rec, verified), t), _)| attempt_row(rec, *verified, t))
        .collect();
    let added: std::collections::HashSet<String> = insert_rows_returning(
        tx,
        ATTEMPTS_TABLE,
        &rows,
        " ON CONFLICT DO NOTHING RETURNING attempt_id",
    )?
    .into_iter()
    .collect();
    let kept: Vec<(&AttemptRecord, &RecordTexts)> = recs
        .iter()
        .zip(&texts)
        .zip(&first)
        .filter(|(((rec, _), _), first)| **first && added.contains(&rec.attempt_id))
        .map(|(((rec, _), t), _)| (*rec, t))
        .collect();
    // Each child table in one statement for all (a round trip each on PostgreSQL).
    for (table, rows) in CHILD_TABLES.iter().zip(child_rows(&kept)) {
        insert_rows(tx, table, &rows)?;
    }
    Ok(recs
        .iter()
        .zip(&first)
        .map(|((rec, _), first)| *first && added.contains(&rec.attempt_id))
        .collect())
}

/// A record's row of [`ATTEMPTS_TABLE`].
fn attempt_row<'a>(rec: &'a AttemptRecord, verified: bool, t: &'a RecordTexts) -> Vec<V<'a>> {
    vec![
        V::Text(&rec.attempt_id),
        V::Text(&rec.status),
        V::Text(&rec.trainee.id),
        V::Text(&rec.trainee.name),
        V::OptText(rec.cohort.as_deref()),
        V::Text(&rec.scenario.id),
        V::Text(&rec.scenario.title),
        V::Text(&rec.scenario.content_hash),
        V::Text(&rec.locale),
        V::Text(&t.cols.seed),
        V::Text(&rec.started_at),
        V::Text(&rec.ended_at),
        V::Int(t.cols.duration_ms),
        V::Int(i64::from(rec.score)),
        V::Int(i64::from(rec.passed)),
        V::Int(i64::from(rec.pass_mark)),
        V::Text(&rec.outcome),
        V::Text(&rec.ending),
        V::Int(t.cols.decisions),
        V::Text(&t.cols.critical),
        V::Text(&t.cols.competencies),
        V::Text(&rec.engine_version),
        V::Int(i64::from(verified)),
        V::Text(&t.digest),
    ]
}

/// The tables a stored attempt has rows in besides [`ATTEMPTS_TABLE`] (each row's
/// first column is the attempt's id), in the order of [`child_rows`].
const CHILD_TABLES: [&str; 4] = [
    "attempt_records (attempt_id, record)",
    "attempt_competencies (attempt_id, position, competency, score)",
    "attempt_feedback (attempt_id, position, kind, technique, competency, critical, decision)",
    "attempt_turns (attempt_id, position, node, choice, elapsed_ms, late, follows, breaks,
            anger_before, trust_before, patience_before, anger_after, trust_after,
            patience_after)",
];

/// The rows of `kept` records in each of [`CHILD_TABLES`].
fn child_rows<'a>(kept: &[(&'a AttemptRecord, &'a RecordTexts)]) -> [Vec<Vec<V<'a>>>; 4] {
    let records: Vec<Vec<V<'_>>> = kept
        .iter()
        .map(|(rec, t)| vec![V::Text(&rec.attempt_id), V::Text(&t.json)])
        .collect();
    let comps: Vec<Vec<V<'_>>> = kept
        .iter()
        .flat_map(|(rec, _)| {
            rec.competencies.iter().enumerate().map(|(k, (comp, v))| {
                vec![
                    V::Text(&rec.attempt_id),
                    V::Int(k as i64),
                    V::Text(comp),
                    V::Int(v.as_u64().unwrap_or(0) as i64),
                ]
            })
        })
        .collect();
    let feedback: Vec<Vec<V<'_>>> = kept
        .iter()
        .flat_map(|(rec, t)| {
            rec.feedback
                .iter()
                .zip(&t.kinds)
                .enumerate()
                .map(|(k, (f, kind))| {
                    vec![
                        V::Text(&rec.attempt_id),
                        V::Int(k as i64),
                        V::Text(kind),
                        V::Text(&f.technique),
                        V::Text(&f.competency),
                        V::Int(i64::from(f.critical)),
                        V::OptInt(f.decision.map(|d| d as i64)),
                    ]
                })
        })
        .collect();
    let turns: Vec<Vec<V<'_>>> = kept
        .iter()
        .flat_map(|(rec, t)| {
            rec.transcript.iter().zip(&t.joined).enumerate().map(
                |(k, (turn, (follows, breaks)))| {
                    vec![
                        V::Text(&rec.attempt_id),
                        V::Int(k as i64),
                        V::Text(&turn.node),
                        V::Text(&turn.choice),
                        V::Int(turn.elapsed_ms.min(i64::MAX as u64) as i64),
                        V::Int(i64::from(turn.late)),
                        V::Text(follows),
                        V::Text(breaks),
                        V::Int(i64::from(turn.mood_before.anger)),
                        V::Int(i64::from(turn.mood_before.trust)),
                        V::Int(i64::from(turn.mood_before.patience)),
                        V::Int(i64::from(turn.mood_after.anger)),
                        V::Int(i64::from(turn.mood_after.trust)),
                        V::Int(i64::from(turn.mood_after.patience)),
                    ]
                },
            )
        })
        .collect();
    [records, comps, feedback, turns]
}

/// Inserts rows into `table (columns)`, [`Exec::rows_per_insert`] rows per statement
/// (well under both databases' limits on bound values).
fn insert_rows(tx: &mut dyn Exec, table: &str, rows: &[Vec<V<'_>>]) -> Result<(), String> {
    for (sql, args) in row_statements(tx.rows_per_insert(), table, rows, "") {
        tx.exec(&sql, &args)?;
    }
    Ok(())
}

/// [`insert_rows`] with `suffix` (`… RETURNING col`) after each statement: the first
/// column of every row the statements return.
fn insert_rows_returning(
    tx: &mut dyn Exec,
    table: &str,
    rows: &[Vec<V<'_>>],
    suffix: &str,
) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for (sql, args) in row_statements(tx.rows_per_insert(), table, rows, suffix) {
        out.extend(tx.query_texts(&sql, &args)?);
    }
    Ok(out)
}

/// The multi-row `INSERT … VALUES` statements (`per` rows each) for `rows`.
fn row_statements<'a>(
    per: usize,
    table: &str,
    rows: &[Vec<V<'a>>],
    suffix: &str,
) -> Vec<(String, Vec<V<'a>>)> {
    let Some(width) = rows.first().map(Vec::len) else {
        return Vec::new();
    };
    rows.chunks(per.max(1))
        .map(|chunk| {
            let mut sql = String::from("INSERT INTO ");
            sql.push_str(table);
            sql.push_str(" VALUES ");
            let mut n = 0;
            for r in 0..chunk.len() {
                sql.push_str(if r == 0 { "(" } else { ", (" });
                for c in 0..width {
                    n += 1;
                    if c > 0 {
                        sql.push_str(", ");
                    }
                    let _ = write!(sql, "?{n}");
                }
                sql.push(')');
            }
            sql.push_str(suffix);
            (sql, chunk.iter().flatten().copied().collect())
        })
        .collect()
}

/// Stores an intact copy of a version the store holds damaged (the same content
/// hash, so the same texts): each text again under its own SHA-256 (a damaged stored
/// text is overwritten with what hashes to its key), and the version's file names
/// anew.
fn replace_version(tx: &mut dyn Exec, v: &VersionFiles) -> Result<(), String> {
    use sha2::{Digest, Sha256};
    tx.exec(
        "DELETE FROM encounter_files WHERE content_hash = ?1",
        &[V::Text(&v.content_hash)],
    )?;
    tx.exec(
        "UPDATE encounter_versions SET scenario_id = ?2 WHERE content_hash = ?1",
        &[V::Text(&v.content_hash), V::Text(&v.scenario_id)],
    )?;
    for (name, text) in v.files() {
        let hash = format!("sha256:{:x}", Sha256::digest(text.as_bytes()));
        tx.exec(
            "INSERT INTO stored_texts (text_hash, text) VALUES (?1, ?2)
             ON CONFLICT (text_hash) DO UPDATE SET text = excluded.text",
            &[V::Text(&hash), V::Text(text)],
        )?;
        tx.exec(
            "INSERT INTO encounter_files (content_hash, name, text_hash) VALUES (?1, ?2, ?3)",
            &[V::Text(&v.content_hash), V::Text(&name), V::Text(&hash)],
        )?;
    }
    Ok(())
}

/// Stores an encounter version's files unless the store has that version: each
/// text once (under its own SHA-256), then the version and its file names.
fn insert_version(tx: &mut dyn Exec, v: &VersionFiles, now: &str) -> Result<bool, String> {
    use sha2::{Digest, Sha256};
    let added = tx.exec(
        "INSERT INTO encounter_versions (content_hash, scenario_id, stored_at)
         VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        &[
            V::Text(&v.content_hash),
            V::Text(&v.scenario_id),
            V::Text(now),
        ],
    )?;
    if added == 0 {
        return Ok(false);
    }
    for (name, text) in v.files() {
        let hash = format!("sha256:{:x}", Sha256::digest(text.as_bytes()));
        tx.exec(
            "INSERT INTO stored_texts (text_hash, text) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            &[V::Text(&hash), V::Text(text)],
        )?;
        tx.exec(
            "INSERT INTO encounter_files (content_hash, name, text_hash) VALUES (?1, ?2, ?3)",
            &[V::Text(&v.content_hash), V::Text(&name), V::Text(&hash)],
        )?;
    }
    Ok(true)
}

/// What an import does with one record (see [`Store::import`]).
enum Plan {
    /// Nothing (refused, with the reason given).
    Nothing,
    /// Store it: verified, or unverified for this reason.
    Insert(Option<Unverified>),
    /// Stored already as it is.
    Present,
    /// Stored already, unverified, and it replays now: mark it verified (its record
    /// as stored, and its JSON, for the row's digest).
    Verify(Box<(AttemptRecord, String)>),
    /// Stored already, unverified, and its stored record does not replay: move it to
    /// quarantine, with the reason.
    Quarantine(String),
    /// As `Quarantine`, and store the file's record (which replays) in its place.
    Replace(String),
}

/// Why a record does not replay, for a message: the attempt, its version and what
/// differs.
fn refusal(rec: &AttemptRecord, differs: &str) -> String {
    format!(
        "attempt {} does not replay on its encounter ({}): {differs}",
        rec.attempt_id,
        super::verify::short(&rec.scenario.id, &rec.scenario.content_hash)
    )
}

/// Marks a stored attempt verified (its record `rec` as stored, `json` exactly as
/// stored), with the digest of its row as [`insert`] writes it; a record that breaks
/// a rule added since it was stored (legacy) gets none, so that every read checks it
/// in full and hands it on clipped. A row whose columns are not its record's keeps
/// failing its digest: it stays damaged. 1 if a row was marked.
fn mark_verified(tx: &mut dyn Exec, rec: &AttemptRecord, json: &str) -> Result<usize, String> {
    let digest = crate::record::check(rec).is_ok().then(|| {
        let cols = Columns::of(rec);
        row_digest(&RowView::of(rec, &cols, true), json.as_bytes())
    });
    tx.exec(
        "UPDATE attempts SET verified = 1, digest = ?2 WHERE attempt_id = ?1 AND verified = 0",
        &[V::Text(&rec.attempt_id), V::OptText(digest.as_deref())],
    )
    .map(|n| n as usize)
}

/// Moves one attempt (its row and record) into the quarantine table and removes it
/// and its child rows from the attempt tables, in the caller's transaction. False
/// when no such attempt is stored.
fn move_aside(
    tx: &mut dyn Exec,
    attempt_id: &str,
    reason: &str,
    now: &str,
) -> Result<bool, String> {
    let id = V::Text(attempt_id);
    let moved = tx.exec(
        &format!(
            "INSERT INTO quarantine (attempt_id, position, quarantined_at, reason, {QUARANTINE_COLUMNS}, record)
             SELECT a.attempt_id,
                    (SELECT COUNT(*) FROM quarantine q WHERE q.attempt_id = a.attempt_id),
                    ?2, ?3, {}, r.record
             FROM attempts a LEFT JOIN attempt_records r ON r.attempt_id = a.attempt_id
             WHERE a.attempt_id = ?1",
            QUARANTINE_COLUMNS
                .split(',')
                .map(|c| format!("a.{}", c.trim()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        &[id, V::Text(now), V::Text(reason)],
    )?;
    if moved == 0 {
        return Ok(false);
    }
    for table in [
        "attempt_turns",
        "attempt_feedback",
        "attempt_competencies",
        "attempt_records",
        "attempts",
    ] {
        tx.exec(&format!("DELETE FROM {table} WHERE attempt_id = ?1"), &[id])?;
    }
    Ok(true)
}

/// An attempt already in the store, as an import compares a file with it.
struct StoredRecord {
    verified: bool,
    /// Its record, if it reads.
    record: Option<AttemptRecord>,
    /// Its record as stored.
    json: String,
}

/// An encounter version as an import finds it.
#[derive(Clone)]
enum Found {
    Encounter(std::sync::Arc<Encounter>),
    /// In the store intact, but not valid under today's rules: why.
    Invalid(String),
    Missing,
}

/// The encounter versions an import replays on, found once each: in the store, else
/// among the encounters of the scenarios folder (loaded the first time a version is
/// not in the store; those found there are stored with the import).
struct Versions<'p> {
    folder: Option<&'p Path>,
    cache: HashMap<String, Found>,
    /// The scenarios folder's valid encounters by content hash (loaded once).
    in_folder: Option<HashMap<String, std::sync::Arc<Encounter>>>,
    /// Versions found in the folder and not yet written to the store.
    new: Vec<VersionFiles>,
    /// Intact copies, found in the folder, of versions the store holds damaged.
    repair: Vec<VersionFiles>,
}

impl<'p> Versions<'p> {
    fn new(folder: Option<&'p Path>) -> Self {
        Versions {
            folder,
            cache: HashMap::new(),
            in_folder: None,
            new: Vec::new(),
            repair: Vec::new(),
        }
    }

    fn get(
        &mut self,
        store: &Store,
        hash: &str,
        warnings: &mut Vec<ImportWarning>,
    ) -> Result<Found, StoreError> {
        if let Some(e) = self.cache.get(hash) {
            return Ok(e.clone());
        }
        let mut damaged = None;
        let mut found = match store.load_version(hash)? {
            Some(Ok(enc)) => Found::Encounter(std::sync::Arc::new(enc)),
            Some(Err(VersionProblem::Damaged(e))) => {
                damaged = Some(e);
                Found::Missing
            }
            Some(Err(VersionProblem::Invalid(e))) => Found::Invalid(e),
            None => Found::Missing,
        };
        if matches!(found, Found::Missing) {
            let folder = self.folder;
            let in_folder = self.in_folder.get_or_insert_with(|| {
                let mut m = HashMap::new();
                if let Some(dir) = folder.filter(|d| d.is_dir()) {
                    for f in touchpoint_content::files::scenario_files(&[dir.to_path_buf()]) {
                        if let (Some(enc), _) = touchpoint_content::encounter::load(&f) {
                            m.insert(enc.content_hash.clone(), std::sync::Arc::new(enc));
                        }
                    }
                }
                m
            });
            if let Some(enc) = in_folder.get(hash) {
                // Kept only if its texts hash to its content hash (they always should:
                // the same texts the loader hashed). A damaged stored copy is replaced
                // by this intact one: the same texts, so nothing is lost.
                let files = VersionFiles::of(enc);
                if files.computed_hash() == enc.content_hash {
                    if damaged.take().is_some() {
                        self.repair.push(files);
                    } else if !store.has_version(hash)? {
                        self.new.push(files);
                    }
                }
                found = Found::Encounter(enc.clone());
            }
        }
        if let Some(why) = damaged {
            warnings.push(ImportWarning::DamagedVersion {
                hash: hash.to_string(),
                why,
            });
        }
        self.cache.insert(hash.to_string(), found.clone());
        Ok(found)
    }

    /// The versions found in the folder since the last call: to store, and to store
    /// again in place of a damaged stored copy.
    fn take_new(&mut self) -> (Vec<VersionFiles>, Vec<VersionFiles>) {
        (
            std::mem::take(&mut self.new),
            std::mem::take(&mut self.repair),
        )
    }
}

/// Milliseconds between two RFC 3339 timestamps (0 when either does not parse).
pub fn duration_ms(start: &str, end: &str) -> i64 {
    match (
        humantime::parse_rfc3339_weak(start.trim_end_matches('Z')),
        humantime::parse_rfc3339_weak(end.trim_end_matches('Z')),
    ) {
        (Ok(a), Ok(b)) => b
            .duration_since(a)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0),
        _ => 0,
    }
}

/// The `.json` files among the paths, folders searched recursively, sorted.
pub fn result_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            touchpoint_content::files::walk(
                p,
                &|f| f.extension().is_some_and(|x| x == "json"),
                &mut out,
            );
        } else {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A build without one of the backends refuses a store of that kind, naming the
/// feature it needs (`cargo test -p touchpoint-results --no-default-features
/// --features sqlite`, or `postgres`: `.ci/run` runs both).
#[cfg(all(test, not(all(feature = "sqlite", feature = "postgres"))))]
mod without_a_backend {
    use super::{Location, Store};

    #[cfg(not(feature = "postgres"))]
    #[test]
    fn a_postgres_store_is_refused_naming_the_feature() {
        let url = "postgres://hr:secret@db.example.com/results";
        let e = Store::open(&Location::Postgres(url.into())).err().unwrap();
        assert_eq!(
            e.0,
            "cannot open the results store postgres://hr:***@db.example.com/results: this \
             touchpoint was built without PostgreSQL support (cargo feature `postgres`)"
        );
    }

    #[cfg(not(feature = "sqlite"))]
    #[test]
    fn a_sqlite_store_is_refused_naming_the_feature() {
        let e = Store::open(&Location::Sqlite("results.sqlite".into()))
            .err()
            .unwrap();
        assert_eq!(
            e.0,
            "cannot open the results store results.sqlite: this touchpoint was built \
             without SQLite support (cargo feature `sqlite`)"
        );
    }

    /// What the build has still works.
    #[cfg(feature = "sqlite")]
    #[test]
    fn the_sqlite_store_still_opens() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&Location::Sqlite(dir.path().join("r.sqlite"))).unwrap();
        assert!(store.integrity_ok().unwrap());
    }
}
