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
//! exports take names and titles wherever they run. `schema_migrations` records the
//! migrations applied; opening a store applies the missing ones.
//!
//! Every export reads the attempts through [`Store::each_attempt`], which checks each
//! row against its record and leaves a damaged one out, named.
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

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::encounter::Encounter;
use super::results::{AttemptRecord, read};
use super::verify::{VersionFiles, replay};

/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

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
];

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
    pub fn add(&mut self, rec: &AttemptRecord) {
        let mut seen: Vec<&str> = Vec::new();
        for f in &rec.feedback {
            if f.kind != crate::engine::scoring::FeedbackKind::Breach {
                continue;
            }
            let e = self
                .counts
                .entry((
                    rec.cohort.clone(),
                    rec.trainee.id.clone(),
                    f.technique.clone(),
                ))
                .or_default();
            e.0 += 1;
            e.2 |= f.critical;
            if !seen.contains(&f.technique.as_str()) {
                seen.push(&f.technique);
                e.1 += 1;
            }
        }
    }

    /// Most often first, then by technique and trainee (as [`Store::breaches`]).
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

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    /// Already in the store (same attempt id): left as they were.
    pub present: usize,
    /// Files that are not readable result files, or whose record does not replay,
    /// with the reason (file:line:col).
    pub rejected: Vec<String>,
    /// Attempts added unverified: their encounter version is neither in the store
    /// nor in the scenarios folder. Per version (`id@hash`): how many.
    pub unverified: std::collections::BTreeMap<String, usize>,
    /// Encounter versions added to the store (found in the scenarios folder).
    pub versions_added: usize,
    /// Problems that did not stop the import (a damaged stored version).
    pub warnings: Vec<String>,
}

/// One stored attempt that passed its checks (see [`Store::each_attempt`]).
pub struct Attempt<'a> {
    pub row: RowView<'a>,
    pub record: AttemptRecord,
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
}

/// The database behind a store.
enum Db {
    Lite(Connection),
    /// PostgreSQL: the client needs `&mut` for every query; reads keep `&self`.
    Pg(Box<RefCell<Pg>>),
}

struct Pg {
    client: postgres::Client,
    /// Prepared statements by their SQL (as written, with `?N` placeholders).
    prepared: HashMap<String, postgres::Statement>,
}

pub struct Store {
    db: Db,
    pub location: Location,
}

/// A value bound to a statement; both backends take the same list.
#[derive(Debug, Clone, Copy)]
enum V<'a> {
    Text(&'a str),
    OptText(Option<&'a str>),
    Int(i64),
    OptInt(Option<i64>),
}

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

/// `?N` placeholders (SQLite's) as `$N` (PostgreSQL's).
fn pg_sql(sql: &str) -> String {
    sql.replace('?', "$")
}

/// The migration's SQL in PostgreSQL's dialect: the same tables, columns and keys;
/// 64-bit integers, and no `WITHOUT ROWID` (a SQLite storage option).
fn pg_migration(sql: &str) -> String {
    sql.replace("INTEGER", "BIGINT")
        .replace(" WITHOUT ROWID", "")
}

/// Runs one write statement inside the current transaction; returns the rows changed.
trait Exec {
    fn exec(&mut self, sql: &str, args: &[V<'_>]) -> Result<u64, String>;
    /// Rows per multi-row insert: many where a statement is a network round trip
    /// (PostgreSQL), one where it is a function call (SQLite, where one cached
    /// single-row statement is fastest).
    fn rows_per_insert(&self) -> usize;
}

impl Exec for rusqlite::Transaction<'_> {
    fn exec(&mut self, sql: &str, args: &[V<'_>]) -> Result<u64, String> {
        self.prepare_cached(sql)
            .and_then(|mut st| st.execute(rusqlite::params_from_iter(args.iter())))
            .map(|n| n as u64)
            .map_err(|e| e.to_string())
    }

    fn rows_per_insert(&self) -> usize {
        1
    }
}

struct PgTx<'a, 'c> {
    tx: postgres::Transaction<'c>,
    prepared: &'a mut HashMap<String, postgres::Statement>,
}

impl Exec for PgTx<'_, '_> {
    fn exec(&mut self, sql: &str, args: &[V<'_>]) -> Result<u64, String> {
        let st = match self.prepared.get(sql) {
            Some(st) => st.clone(),
            None => {
                let st = self.tx.prepare(&pg_sql(sql)).map_err(|e| pg_error(&e))?;
                self.prepared.insert(sql.to_string(), st.clone());
                st
            }
        };
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = args
            .iter()
            .map(|a| a as &(dyn postgres::types::ToSql + Sync))
            .collect();
        self.tx.execute(&st, &refs).map_err(|e| pg_error(&e))
    }

    fn rows_per_insert(&self) -> usize {
        500
    }
}

/// A PostgreSQL error with the server's message when there is one.
fn pg_error(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => e.to_string(),
    }
}

/// How long to wait for a PostgreSQL server that does not answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl Store {
    /// Opens (creating it if needed) the store and applies missing migrations.
    pub fn open(location: &Location) -> Result<Store, StoreError> {
        let db = match location {
            Location::Sqlite(path) => Db::Lite(open_sqlite(path)?),
            Location::Postgres(url) => Db::Pg(Box::new(RefCell::new(open_postgres(url)?))),
        };
        let mut store = Store {
            db,
            location: location.clone(),
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
        let now = super::results::rfc3339(std::time::SystemTime::now());
        match &mut self.db {
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
                tx.commit().map_err(e)
            }
        }
    }

    /// The store's own consistency check: every attempt has its record, and (SQLite)
    /// the database file passes `PRAGMA integrity_check`.
    pub fn integrity_ok(&self) -> Result<bool, StoreError> {
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
            Db::Lite(conn) => conn
                .query_row(sql, rusqlite::params_from_iter(args.iter()), |r| r.get(0))
                .map_err(|e| q(e.to_string())),
            Db::Pg(pg) => {
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = args
                    .iter()
                    .map(|a| a as &(dyn postgres::types::ToSql + Sync))
                    .collect();
                let row = pg
                    .borrow_mut()
                    .client
                    .query_one(&pg_sql(sql), &refs)
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
            Db::Lite(conn) => {
                let mut tx = conn
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .map_err(|e| e.to_string())?;
                let out = write(&mut tx)?;
                tx.commit().map_err(|e| e.to_string())?;
                Ok(out)
            }
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
    /// version: a record that does not replay is refused; one whose version the store
    /// has not seen is stored unverified.
    pub fn put(&mut self, rec: &AttemptRecord) -> Result<bool, StoreError> {
        let what = "cannot store the attempt";
        super::results::check(rec).map_err(|e| err(what, e))?;
        let verified = match self.load_version(&rec.scenario.content_hash)? {
            Some(Ok(enc)) => {
                replay(&enc, rec).map_err(|e| err(what, format!("it does not replay: {e}")))?;
                true
            }
            _ => false,
        };
        self.in_transaction(&mut |tx| insert(tx, rec, verified))
            .map_err(|e| err(what, e))
    }

    /// Stores an attempt just played on `enc`, and `enc`'s version (its files) if the
    /// store does not have it yet, in one transaction, so that exports and later
    /// imports anywhere can name, render and verify it. The record must replay on
    /// `enc`.
    pub fn put_played(&mut self, rec: &AttemptRecord, enc: &Encounter) -> Result<bool, StoreError> {
        let what = "cannot store the attempt";
        super::results::check(rec).map_err(|e| err(what, e))?;
        replay(enc, rec).map_err(|e| err(what, format!("it does not replay: {e}")))?;
        // Kept only if its texts hash to its content hash (they always should: the
        // same texts the loader hashed), so a stored version always loads back.
        let files = (!self.has_version(&enc.content_hash)?)
            .then(|| VersionFiles::of(enc))
            .filter(|v| v.computed_hash() == enc.content_hash);
        let now = super::results::rfc3339(std::time::SystemTime::now());
        self.in_transaction(&mut |tx| {
            if let Some(v) = &files {
                insert_version(tx, v, &now)?;
            }
            insert(tx, rec, true)
        })
        .map_err(|e| err(what, e))
    }

    /// Imports result files (JSON) and folders of them, a few hundred attempts per
    /// transaction. Files that are not result files are reported and skipped; nothing
    /// already stored changes. `progress(done, total)` is called as files are read.
    ///
    /// Every record is replayed on its encounter version (see
    /// [`super::verify::replay`]): the version the store keeps under the record's
    /// content hash, else the one of that hash among the encounters of `scenarios`
    /// (which is then kept too). A record that does not replay is refused, with what
    /// differs; one whose version is found nowhere is stored marked unverified.
    pub fn import(
        &mut self,
        paths: &[PathBuf],
        scenarios: Option<&Path>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Imported, StoreError> {
        let files = result_files(paths);
        let mut out = Imported::default();
        let mut versions = Versions::new(scenarios);
        const CHUNK: usize = 500;
        // Files are read and parsed on a second thread while the first replays and
        // writes.
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel(2);
            let files = &files;
            scope.spawn(move || {
                for chunk in files.chunks(CHUNK) {
                    let records: Vec<_> = chunk
                        .iter()
                        .map(|f| {
                            read(f).and_then(|rec| match super::results::check(&rec) {
                                Ok(()) => Ok(rec),
                                Err(e) => Err(super::report::Report::error(f, 1, 1, e)),
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
                // Replayed before the transaction, so that writers wait only for writes.
                let mut verdicts: Vec<Option<bool>> = Vec::with_capacity(records.len());
                for (rec, path) in &records {
                    let Ok(rec) = rec else {
                        verdicts.push(None);
                        continue;
                    };
                    let enc = versions.get(self, &rec.scenario.content_hash, &mut out.warnings)?;
                    match enc.map(|e| replay(&e, rec)) {
                        Some(Ok(())) => verdicts.push(Some(true)),
                        Some(Err(e)) => {
                            let why = format!(
                                "attempt {} does not replay on its encounter ({}): {e}",
                                rec.attempt_id,
                                super::verify::short(&rec.scenario.id, &rec.scenario.content_hash)
                            );
                            out.rejected
                                .push(super::report::Report::error(path, 1, 1, why).to_string());
                            verdicts.push(None);
                        }
                        None => verdicts.push(Some(false)),
                    }
                }
                let new_versions = versions.take_new();
                let now = super::results::rfc3339(std::time::SystemTime::now());
                let (mut added, mut present, mut unverified) = (0, 0, Vec::new());
                let mut refused: Vec<String> = Vec::new();
                self.in_transaction(&mut |tx| {
                    (added, present) = (0, 0);
                    unverified.clear();
                    refused.clear();
                    for v in &new_versions {
                        insert_version(tx, v, &now)?;
                    }
                    for ((rec, path), verdict) in records.iter().zip(&verdicts) {
                        let (Ok(rec), Some(verified)) = (rec, verdict) else {
                            continue;
                        };
                        // One attempt that the database refuses is rolled back alone.
                        tx.exec("SAVEPOINT attempt", &[])?;
                        match insert(tx, rec, *verified) {
                            Ok(true) => {
                                added += 1;
                                if !verified {
                                    unverified.push(super::verify::short(
                                        &rec.scenario.id,
                                        &rec.scenario.content_hash,
                                    ));
                                }
                            }
                            Ok(false) => present += 1,
                            Err(e) => {
                                tx.exec("ROLLBACK TO SAVEPOINT attempt", &[])?;
                                refused.push(format!("{}: cannot be stored: {e}", path.display()));
                            }
                        }
                        tx.exec("RELEASE SAVEPOINT attempt", &[])?;
                    }
                    Ok(())
                })
                .map_err(|e| err("cannot store the imported attempts", e))?;
                out.versions_added += new_versions.len();
                out.added += added;
                out.present += present;
                for u in unverified {
                    *out.unverified.entry(u).or_default() += 1;
                }
                out.rejected.extend(
                    records
                        .into_iter()
                        .filter_map(|(r, _)| r.err().map(|report| report.to_string())),
                );
                out.rejected.extend(refused);
                progress(done, files.len());
            }
            Ok(out)
        })
    }

    /// Whether the store keeps the encounter version of this content hash.
    pub fn has_version(&self, content_hash: &str) -> Result<bool, StoreError> {
        self.query_i64(
            "SELECT COUNT(*) FROM encounter_versions WHERE content_hash = ?1",
            &[content_hash.to_string()],
        )
        .map(|n| n.unwrap_or(0) > 0)
    }

    /// The encounter version of this content hash, loaded from its stored files:
    /// `None` when the store does not have it, `Some(Err(why))` when its stored copy
    /// is damaged (it does not read, validate, or hash to its key).
    pub fn load_version(
        &self,
        content_hash: &str,
    ) -> Result<Option<Result<Encounter, String>>, StoreError> {
        let args = [content_hash.to_string()];
        let mut scenario_id = None;
        self.scan_text(
            "SELECT scenario_id FROM encounter_versions WHERE content_hash = ?1",
            &args,
            &mut |id| {
                scenario_id = Some(id.to_string());
                Ok(())
            },
        )?;
        let Some(scenario_id) = scenario_id else {
            return Ok(None);
        };
        let files = RefCell::new(Vec::new());
        let bad = |e: String| err("cannot read an encounter version", e);
        self.scan(
            "SELECT f.name, t.text FROM encounter_files f
             JOIN stored_texts t ON t.text_hash = f.text_hash
             WHERE f.content_hash = ?1 ORDER BY f.name",
            &args,
            &mut |r| {
                let pair =
                    (|| -> rusqlite::Result<(String, String)> { Ok((r.get(0)?, r.get(1)?)) })()
                        .map_err(|e| bad(e.to_string()))?;
                files.borrow_mut().push(pair);
                Ok(())
            },
            &mut |r| {
                let pair = (|| -> Result<(String, String), postgres::Error> {
                    Ok((r.try_get(0)?, r.try_get(1)?))
                })()
                .map_err(|e| bad(pg_error(&e)))?;
                files.borrow_mut().push(pair);
                Ok(())
            },
        )?;
        Ok(Some(
            VersionFiles::from_files(content_hash, &scenario_id, files.into_inner())
                .and_then(|v| v.load()),
        ))
    }

    /// The texts of one stored file (`name` as in [`VersionFiles::files`]) of every
    /// encounter version that has one, each text once, the most recently stored
    /// version's first: e.g. `en-US/catalog.ftl` gives every catalog's English names.
    pub fn stored_texts(&self, name: &str) -> Result<Vec<String>, StoreError> {
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
            self.scan_text(
                "SELECT text FROM stored_texts WHERE text_hash = ?1",
                &[h],
                &mut |t| {
                    out.push(t.to_string());
                    Ok(())
                },
            )?;
        }
        Ok(out)
    }

    /// `(content hash, text)` of one stored file (`name` as in
    /// [`VersionFiles::files`]) of each encounter version played by the attempts
    /// `f` selects.
    pub fn version_texts(
        &self,
        name: &str,
        f: &Filter,
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
        let bad = |e: String| err("cannot read the encounter versions", e);
        self.scan(
            &sql,
            &args,
            &mut |r| {
                let pair =
                    (|| -> rusqlite::Result<(String, String)> { Ok((r.get(0)?, r.get(1)?)) })()
                        .map_err(|e| bad(e.to_string()))?;
                out.borrow_mut().push(pair);
                Ok(())
            },
            &mut |r| {
                let pair = (|| -> Result<(String, String), postgres::Error> {
                    Ok((r.try_get(0)?, r.try_get(1)?))
                })()
                .map_err(|e| bad(pg_error(&e)))?;
                out.borrow_mut().push(pair);
                Ok(())
            },
        )?;
        Ok(out.into_inner())
    }

    /// The full record of one attempt (the same JSON as its result file).
    pub fn get(&self, attempt_id: &str) -> Result<Option<AttemptRecord>, StoreError> {
        let mut json = None;
        self.scan_text(
            "SELECT record FROM attempt_records WHERE attempt_id = ?1",
            &[attempt_id.to_string()],
            &mut |j| {
                json = Some(j.to_string());
                Ok(())
            },
        )?;
        json.map(|j| {
            serde_json::from_str(&j)
                .map_err(|e| err(&format!("attempt {attempt_id} is damaged in the store"), e))
        })
        .transpose()
    }

    /// Attempts matching the filter, oldest first, with their competency scores, as
    /// the columns say (unchecked: exports read through [`Store::each_attempt`]).
    pub fn rows(&self, f: &Filter) -> Result<Vec<Row>, StoreError> {
        let mut rows = Vec::new();
        self.each_row(f, &mut |r| {
            rows.push(r.to_row());
            Ok(())
        })?;
        Ok(rows)
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
        }
    }

    /// The row against its record: the record as import checks it, and every column
    /// as [`insert`] writes it from the record. What differs is the reason.
    fn check(&self, json: Option<&str>) -> Result<AttemptRecord, String> {
        let json = json.ok_or("its record is missing")?;
        let rec: AttemptRecord =
            serde_json::from_str(json).map_err(|e| format!("its record does not read: {e}"))?;
        super::results::check(&rec)?;
        let cols = Columns::of(&rec);
        let mut diffs = Vec::new();
        let mut text = |name: &str, col: &str, rec: &str| {
            if col != rec {
                diffs.push(format!(
                    "column {name} is `{}`, its record says `{}`",
                    col.chars().take(40).collect::<String>().escape_debug(),
                    rec.chars().take(40).collect::<String>().escape_debug()
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
        if diffs.is_empty() {
            Ok(rec)
        } else {
            Err(diffs.join("; "))
        }
    }
}

const ROW_COLUMNS: &str = "attempts.attempt_id, attempts.status, attempts.trainee_id,
    attempts.trainee_name, attempts.cohort, attempts.scenario_id, attempts.scenario_title,
    attempts.locale, attempts.seed, attempts.started_at, attempts.ended_at,
    attempts.duration_ms, attempts.score, attempts.passed, attempts.pass_mark,
    attempts.outcome, attempts.decisions, attempts.critical, attempts.competencies,
    attempts.content_hash, attempts.ending, attempts.engine_version, attempts.verified";

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
    })
}

impl Store {
    /// Runs a query with `args` and hands each row to `each` (SQLite or PostgreSQL
    /// row), streaming: rows are not collected first.
    fn scan(
        &self,
        sql: &str,
        args: &[String],
        lite: &mut dyn FnMut(&rusqlite::Row<'_>) -> Result<(), StoreError>,
        pg: &mut dyn FnMut(&postgres::Row) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        let mut n = 0;
        match &self.db {
            Db::Lite(conn) => {
                let q = |e| err("cannot read the attempts", e);
                let mut stmt = conn.prepare(sql).map_err(q)?;
                let mut rows = stmt
                    .query(rusqlite::params_from_iter(args.iter()))
                    .map_err(q)?;
                while let Some(r) = rows.next().map_err(q)? {
                    lite(r)?;
                    n += 1;
                }
            }
            Db::Pg(client) => {
                use postgres::fallible_iterator::FallibleIterator;
                let q = |e: postgres::Error| err("cannot read the attempts", pg_error(&e));
                let mut client = client.borrow_mut();
                let mut rows = client
                    .client
                    .query_raw(&pg_sql(sql), args.iter())
                    .map_err(q)?;
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
            &mut |r| {
                let t = r
                    .get_ref(0)
                    .and_then(|v| v.as_str().map_err(rusqlite::Error::from))
                    .map_err(|e| err("cannot read the attempts", e))?;
                (each.borrow_mut())(t)
            },
            &mut |r| {
                let t: &str = r
                    .try_get(0)
                    .map_err(|e| err("cannot read the attempts", pg_error(&e)))?;
                (each.borrow_mut())(t)
            },
        )
    }

    /// Hands each matching attempt's columns to `each`, oldest first, without copying.
    pub fn each_row(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(&RowView<'_>) -> std::io::Result<()>,
    ) -> Result<usize, StoreError> {
        let (clause, args) = where_clause(f);
        let sql =
            format!("SELECT {ROW_COLUMNS} FROM attempts {clause} ORDER BY started_at, attempt_id");
        let each = std::cell::RefCell::new(each);
        let write =
            |v: &RowView<'_>| (each.borrow_mut())(v).map_err(|e| err("cannot write the export", e));
        let bad = |e: String| err("cannot read the attempts", e);
        self.scan(
            &sql,
            &args,
            &mut |r| {
                let v = row_view(
                    &|i| {
                        r.get_ref(i)
                            .and_then(|v| v.as_str().map_err(rusqlite::Error::from))
                    },
                    &|i| {
                        r.get_ref(i)
                            .and_then(|v| v.as_str_or_null().map_err(rusqlite::Error::from))
                    },
                    &|i| {
                        r.get_ref(i)
                            .and_then(|v| v.as_i64().map_err(rusqlite::Error::from))
                    },
                )
                .map_err(|e| bad(e.to_string()))?;
                write(&v)
            },
            &mut |r| {
                let v = row_view(&|i| r.try_get(i), &|i| r.try_get(i), &|i| r.try_get(i))
                    .map_err(|e| bad(pg_error(&e)))?;
                write(&v)
            },
        )
    }

    /// Hands each matching attempt to `each`, oldest first, checked: its record
    /// reads and passes the same check as an import ([`super::results::check`]), and
    /// its columns are those of its record. A row that fails (damaged in the
    /// database) is not handed on: it is named in the returned [`Scan`] with the
    /// reason, so that every export can leave it out, say so and exit non-zero.
    pub fn each_attempt(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(&Attempt<'_>) -> std::io::Result<()>,
    ) -> Result<Scan, StoreError> {
        let (clause, args) = where_clause(f);
        self.scan_attempts(&clause, &args, each)
    }

    /// One attempt, checked as [`Store::each_attempt`] checks it: `None` when there is
    /// no such attempt, `Some(Err(reason))` when it is damaged.
    pub fn checked(&self, attempt_id: &str) -> Result<Option<Checked>, StoreError> {
        let mut found = None;
        let scan = self.scan_attempts(
            "WHERE attempts.attempt_id = ?1",
            &[attempt_id.to_string()],
            &mut |a| {
                found = Some((a.record.clone(), a.row.verified == 1));
                Ok(())
            },
        )?;
        Ok(match (found, scan.skipped.into_iter().next()) {
            (Some(f), _) => Some(Ok(f)),
            (None, Some(s)) => Some(Err(s)),
            (None, None) => None,
        })
    }

    fn scan_attempts(
        &self,
        clause: &str,
        args: &[String],
        each: &mut dyn FnMut(&Attempt<'_>) -> std::io::Result<()>,
    ) -> Result<Scan, StoreError> {
        let sql = format!(
            "SELECT {ROW_COLUMNS}, r.record FROM attempts LEFT JOIN attempt_records r
             ON r.attempt_id = attempts.attempt_id {clause}
             ORDER BY attempts.started_at, attempts.attempt_id"
        );
        let skipped = RefCell::new(Vec::new());
        let each = RefCell::new(each);
        // A row that does not even read as columns is named by its id if it can be.
        let visit = |id: Option<&str>,
                     v: Result<RowView<'_>, String>,
                     json: Option<&str>|
         -> Result<(), StoreError> {
            let checked = v.and_then(|v| {
                let rec = v.check(json)?;
                Ok((v, rec))
            });
            match checked {
                Ok((row, record)) => (each.borrow_mut())(&Attempt { row, record })
                    .map_err(|e| err("cannot write the export", e)),
                Err(reason) => {
                    skipped.borrow_mut().push(Skipped {
                        attempt_id: id.unwrap_or("(unreadable id)").to_string(),
                        reason,
                    });
                    Ok(())
                }
            }
        };
        let record_col = 23;
        let n = self.scan(
            &sql,
            args,
            &mut |r| {
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
                let json = r
                    .get_ref(record_col)
                    .ok()
                    .and_then(|v| v.as_str_or_null().ok().flatten());
                visit(text(0).ok(), v, json)
            },
            &mut |r| {
                let v = row_view(&|i| r.try_get(i), &|i| r.try_get(i), &|i| r.try_get(i))
                    .map_err(|e| format!("a column does not read: {}", pg_error(&e)));
                let json: Option<&str> = r.try_get(record_col).ok().flatten();
                visit(r.try_get(0).ok(), v, json)
            },
        )?;
        let skipped = skipped.into_inner();
        Ok(Scan {
            n: n - skipped.len(),
            skipped,
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
                    if !crate::engine::validate::is_valid_id(id) || id.len() > 128 {
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

    /// How often each technique was broken (feedback items of kind `breach`) in the
    /// matching attempts, per cohort and trainee, most often first.
    pub fn breaches(&self, f: &Filter) -> Result<Vec<Breaches>, StoreError> {
        let (clause, args) = where_clause(f);
        let clause = if clause.is_empty() {
            "WHERE f.kind = 'breach'".to_string()
        } else {
            format!("{clause} AND f.kind = 'breach'")
        };
        let sql = format!(
            "SELECT attempts.cohort, attempts.trainee_id, f.technique, COUNT(*),
                    COUNT(DISTINCT f.attempt_id), MAX(f.critical)
             FROM attempt_feedback f JOIN attempts ON attempts.attempt_id = f.attempt_id
             {clause}
             GROUP BY attempts.cohort, attempts.trainee_id, f.technique
             ORDER BY COUNT(*) DESC, f.technique, attempts.trainee_id"
        );
        let out = RefCell::new(Vec::new());
        let bad = |e: String| err("cannot read the feedback", e);
        self.scan(
            &sql,
            &args,
            &mut |r| {
                let b = (|| -> rusqlite::Result<Breaches> {
                    Ok(Breaches {
                        cohort: r.get(0)?,
                        trainee_id: r.get(1)?,
                        technique: r.get(2)?,
                        count: r.get::<_, i64>(3)?.max(0) as u64,
                        attempts: r.get::<_, i64>(4)?.max(0) as u64,
                        critical: r.get::<_, i64>(5)? != 0,
                    })
                })()
                .map_err(|e| bad(e.to_string()))?;
                out.borrow_mut().push(b);
                Ok(())
            },
            &mut |r| {
                let b = (|| -> Result<Breaches, postgres::Error> {
                    Ok(Breaches {
                        cohort: r.try_get(0)?,
                        trainee_id: r.try_get(1)?,
                        technique: r.try_get(2)?,
                        count: r.try_get::<_, i64>(3)?.max(0) as u64,
                        attempts: r.try_get::<_, i64>(4)?.max(0) as u64,
                        critical: r.try_get::<_, i64>(5)? != 0,
                    })
                })()
                .map_err(|e| bad(pg_error(&e)))?;
                out.borrow_mut().push(b);
                Ok(())
            },
        )?;
        Ok(out.into_inner())
    }

    /// How many attempts match.
    pub fn count(&self, f: &Filter) -> Result<usize, StoreError> {
        let (clause, args) = where_clause(f);
        self.query_i64(&format!("SELECT COUNT(*) FROM attempts {clause}"), &args)
            .map(|n| n.unwrap_or(0) as usize)
    }
}

fn open_sqlite(path: &Path) -> Result<Connection, StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| err(&format!("cannot create {}", dir.display()), e))?;
    }
    let what = format!("cannot open the results store {}", path.display());
    let conn = Connection::open(path).map_err(|e| err(&what, e))?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| err(&what, e))?;
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
    let json = serde_json::to_string(rec).map_err(|e| e.to_string())?;
    let cols = Columns::of(rec);
    let id = V::Text(&rec.attempt_id);
    // Another writer may store the same attempt at the same moment: the insert that
    // loses does nothing (no error), and so does the rest.
    let added = tx.exec(
        "INSERT INTO attempts (attempt_id, status, trainee_id, trainee_name, cohort,
            scenario_id, scenario_title, content_hash, locale, seed, started_at, ended_at,
            duration_ms, score, passed, pass_mark, outcome, ending, decisions, critical,
            competencies, engine_version, verified)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
            ?17, ?18, ?19, ?20, ?21, ?22, ?23)
         ON CONFLICT DO NOTHING",
        &[
            id,
            V::Text(&rec.status),
            V::Text(&rec.trainee.id),
            V::Text(&rec.trainee.name),
            V::OptText(rec.cohort.as_deref()),
            V::Text(&rec.scenario.id),
            V::Text(&rec.scenario.title),
            V::Text(&rec.scenario.content_hash),
            V::Text(&rec.locale),
            V::Text(&cols.seed),
            V::Text(&rec.started_at),
            V::Text(&rec.ended_at),
            V::Int(cols.duration_ms),
            V::Int(i64::from(rec.score)),
            V::Int(i64::from(rec.passed)),
            V::Int(i64::from(rec.pass_mark)),
            V::Text(&rec.outcome),
            V::Text(&rec.ending),
            V::Int(cols.decisions),
            V::Text(&cols.critical),
            V::Text(&cols.competencies),
            V::Text(&rec.engine_version),
            V::Int(i64::from(verified)),
        ],
    )?;
    if added == 0 {
        return Ok(false);
    }
    tx.exec(
        "INSERT INTO attempt_records (attempt_id, record) VALUES (?1, ?2)",
        &[id, V::Text(&json)],
    )?;
    // Each child table in one statement per attempt (a round trip each on PostgreSQL).
    let comps: Vec<Vec<V<'_>>> = rec
        .competencies
        .iter()
        .enumerate()
        .map(|(k, (comp, v))| {
            vec![
                id,
                V::Int(k as i64),
                V::Text(comp),
                V::Int(v.as_u64().unwrap_or(0) as i64),
            ]
        })
        .collect();
    insert_rows(
        tx,
        "attempt_competencies (attempt_id, position, competency, score)",
        &comps,
    )?;
    let kinds: Vec<String> = rec
        .feedback
        .iter()
        .map(|f| {
            serde_json::to_value(f.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        })
        .collect();
    let feedback: Vec<Vec<V<'_>>> = rec
        .feedback
        .iter()
        .zip(&kinds)
        .enumerate()
        .map(|(k, (f, kind))| {
            vec![
                id,
                V::Int(k as i64),
                V::Text(kind),
                V::Text(&f.technique),
                V::Text(&f.competency),
                V::Int(i64::from(f.critical)),
                V::OptInt(f.decision.map(|d| d as i64)),
            ]
        })
        .collect();
    insert_rows(
        tx,
        "attempt_feedback (attempt_id, position, kind, technique, competency, critical, decision)",
        &feedback,
    )?;
    let joined: Vec<(String, String)> = rec
        .transcript
        .iter()
        .map(|t| (t.follows.join(","), t.breaks.join(",")))
        .collect();
    let turns: Vec<Vec<V<'_>>> = rec
        .transcript
        .iter()
        .zip(&joined)
        .enumerate()
        .map(|(k, (t, (follows, breaks)))| {
            vec![
                id,
                V::Int(k as i64),
                V::Text(&t.node),
                V::Text(&t.choice),
                V::Int(t.elapsed_ms.min(i64::MAX as u64) as i64),
                V::Int(i64::from(t.late)),
                V::Text(follows),
                V::Text(breaks),
                V::Int(i64::from(t.mood_before.anger)),
                V::Int(i64::from(t.mood_before.trust)),
                V::Int(i64::from(t.mood_before.patience)),
                V::Int(i64::from(t.mood_after.anger)),
                V::Int(i64::from(t.mood_after.trust)),
                V::Int(i64::from(t.mood_after.patience)),
            ]
        })
        .collect();
    insert_rows(
        tx,
        "attempt_turns (attempt_id, position, node, choice, elapsed_ms, late, follows, breaks,
            anger_before, trust_before, patience_before, anger_after, trust_after,
            patience_after)",
        &turns,
    )?;
    Ok(true)
}

/// Inserts rows into `table (columns)`, [`Exec::rows_per_insert`] rows per statement
/// (well under both databases' limits on bound values).
fn insert_rows(tx: &mut dyn Exec, table: &str, rows: &[Vec<V<'_>>]) -> Result<(), String> {
    let Some(width) = rows.first().map(Vec::len) else {
        return Ok(());
    };
    let mut sql = String::new();
    for chunk in rows.chunks(tx.rows_per_insert().max(1)) {
        sql.clear();
        sql.push_str("INSERT INTO ");
        sql.push_str(table);
        sql.push_str(" VALUES ");
        let mut n = 0;
        for (r, _) in chunk.iter().enumerate() {
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
        let args: Vec<V<'_>> = chunk.iter().flatten().copied().collect();
        tx.exec(&sql, &args)?;
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

/// The encounter versions an import replays on, found once each: in the store, else
/// among the encounters of the scenarios folder (loaded the first time a version is
/// not in the store; those found there are stored with the import).
struct Versions<'p> {
    folder: Option<&'p Path>,
    cache: HashMap<String, Option<std::sync::Arc<Encounter>>>,
    /// The scenarios folder's valid encounters by content hash (loaded once).
    in_folder: Option<HashMap<String, std::sync::Arc<Encounter>>>,
    /// Versions found in the folder and not yet written to the store.
    new: Vec<VersionFiles>,
}

impl<'p> Versions<'p> {
    fn new(folder: Option<&'p Path>) -> Self {
        Versions {
            folder,
            cache: HashMap::new(),
            in_folder: None,
            new: Vec::new(),
        }
    }

    fn get(
        &mut self,
        store: &Store,
        hash: &str,
        warnings: &mut Vec<String>,
    ) -> Result<Option<std::sync::Arc<Encounter>>, StoreError> {
        if let Some(e) = self.cache.get(hash) {
            return Ok(e.clone());
        }
        let mut found = match store.load_version(hash)? {
            Some(Ok(enc)) => Some(std::sync::Arc::new(enc)),
            Some(Err(e)) => {
                warnings.push(format!(
                    "the stored encounter version {hash} is damaged ({e}); its attempts are imported unverified unless the scenarios folder has it"
                ));
                None
            }
            None => None,
        };
        if found.is_none() {
            let folder = self.folder;
            let in_folder = self.in_folder.get_or_insert_with(|| {
                let mut m = HashMap::new();
                if let Some(dir) = folder.filter(|d| d.is_dir()) {
                    for f in super::files::scenario_files(&[dir.to_path_buf()]) {
                        if let (Some(enc), _) = super::encounter::load(&f) {
                            m.insert(enc.content_hash.clone(), std::sync::Arc::new(enc));
                        }
                    }
                }
                m
            });
            if let Some(enc) = in_folder.get(hash) {
                // A damaged stored copy stays as it is (the store never rewrites a
                // version); the attempt is verified on the folder's.
                let files = VersionFiles::of(enc);
                if !store.has_version(hash)? && files.computed_hash() == enc.content_hash {
                    self.new.push(files);
                }
                found = Some(enc.clone());
            }
        }
        self.cache.insert(hash.to_string(), found.clone());
        Ok(found)
    }

    /// The versions found in the folder since the last call, to store.
    fn take_new(&mut self) -> Vec<VersionFiles> {
        std::mem::take(&mut self.new)
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
            super::files::walk(p, &|f| f.extension().is_some_and(|x| x == "json"), &mut out);
        } else {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    out
}
