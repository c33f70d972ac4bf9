//! The results store: every attempt, finished or abandoned, with its full record, in
//! SQLite (the default, one file per user or per classroom share).
//!
//! Schema (migration 1): `attempts` holds one row per attempt with the columns lists,
//! exports and reports filter, sort and show (the competency scores too, as
//! `id:score,…` in catalog order, so an export reads one compact table);
//! `attempt_records` the whole result record as JSON (the same JSON as the result
//! file, transcript included); `attempt_competencies`, `attempt_feedback` and
//! `attempt_turns` the competency scores, the feedback items and the transcript, one
//! row each, for reports that aggregate in SQL. `schema_migrations`
//! records the migrations applied; opening a store applies the missing ones.
//!
//! Guarantees: an attempt is written in one transaction (all its rows or none); its
//! `attempt_id` is the primary key, so storing or importing it again changes nothing;
//! writers wait for each other (WAL journal, immediate transactions, a busy timeout)
//! instead of failing, and a reader never sees half an attempt.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::results::{AttemptRecord, read};

/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Migrations in order; `schema_migrations` records which have run.
const MIGRATIONS: &[(u32, &str)] = &[(
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
)];

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

/// A URL with any password replaced by `***` (credentials never reach logs).
pub fn redact(url: &str) -> String {
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

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    /// Already in the store (same attempt id): left as they were.
    pub present: usize,
    /// Files that are not readable result files, with the reason (file:line:col).
    pub rejected: Vec<String>,
}

pub struct Store {
    conn: Connection,
    pub location: Location,
}

impl Store {
    /// Opens (creating it if needed) the store and applies missing migrations.
    pub fn open(location: &Location) -> Result<Store, StoreError> {
        let path = match location {
            Location::Sqlite(p) => p.clone(),
            Location::Postgres(url) => {
                return Err(StoreError(format!(
                    "cannot open {}: this build stores results in SQLite only; PostgreSQL is not supported yet",
                    redact(url)
                )));
            }
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| err(&format!("cannot create {}", dir.display()), e))?;
        }
        let what = format!("cannot open the results store {}", path.display());
        let conn = Connection::open(&path).map_err(|e| err(&what, e))?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| err(&what, e))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| err(&what, e))?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(|e| err(&what, e))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| err(&what, e))?;
        let mut store = Store {
            conn,
            location: location.clone(),
        };
        store.migrate().map_err(|e| err(&what, e))?;
        Ok(store)
    }

    fn migrate(&mut self) -> rusqlite::Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                applied_at TEXT NOT NULL
            )",
        )?;
        for (version, sql) in MIGRATIONS {
            let done: Option<u32> = tx
                .query_row(
                    "SELECT version FROM schema_migrations WHERE version = ?1",
                    [version],
                    |r| r.get(0),
                )
                .optional()?;
            if done.is_none() {
                tx.execute_batch(sql)?;
                tx.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
                    params![
                        version,
                        super::results::rfc3339(std::time::SystemTime::now())
                    ],
                )?;
            }
        }
        tx.commit()
    }

    /// SQLite's own consistency check of the whole file.
    pub fn integrity_ok(&self) -> Result<bool, StoreError> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))
            .map(|s| s == "ok")
            .map_err(|e| err("cannot check the store", e))
    }

    /// The schema version the store is at.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        self.conn
            .query_row("SELECT MAX(version) FROM schema_migrations", [], |r| {
                r.get::<_, Option<u32>>(0)
            })
            .map(Option::unwrap_or_default)
            .map_err(|e| err("cannot read the schema version", e))
    }

    /// Stores one attempt in one transaction. Returns false when an attempt with that
    /// id is already stored (it is left untouched).
    pub fn put(&mut self, rec: &AttemptRecord) -> Result<bool, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| err("cannot start a transaction", e))?;
        let added = insert(&tx, rec).map_err(|e| err("cannot store the attempt", e))?;
        tx.commit()
            .map_err(|e| err("cannot commit the attempt", e))?;
        Ok(added)
    }

    /// Imports result files (JSON) and folders of them, a few hundred attempts per
    /// transaction. Files that are not result files are reported and skipped; nothing
    /// already stored changes. `progress(done, total)` is called as files are read.
    pub fn import(
        &mut self,
        paths: &[PathBuf],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Imported, StoreError> {
        let files = result_files(paths);
        let mut out = Imported::default();
        const CHUNK: usize = 500;
        // Files are read and parsed on a second thread while the first writes.
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel(2);
            let files = &files;
            scope.spawn(move || {
                for chunk in files.chunks(CHUNK) {
                    let records: Vec<_> = chunk.iter().map(|f| read(f)).collect();
                    if tx.send(records).is_err() {
                        break;
                    }
                }
            });
            let mut done = 0;
            for records in rx {
                done += records.len();
                let tx = self
                    .conn
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .map_err(|e| err("cannot start a transaction", e))?;
                for r in records {
                    match r {
                        Ok(rec) => {
                            if insert(&tx, &rec).map_err(|e| err("cannot store an attempt", e))? {
                                out.added += 1;
                            } else {
                                out.present += 1;
                            }
                        }
                        Err(report) => out.rejected.push(report.to_string()),
                    }
                }
                tx.commit()
                    .map_err(|e| err("cannot commit the import", e))?;
                progress(done, files.len());
            }
            Ok(out)
        })
    }

    /// The full record of one attempt (the same JSON as its result file).
    pub fn get(&self, attempt_id: &str) -> Result<Option<AttemptRecord>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row(
                "SELECT record FROM attempt_records WHERE attempt_id = ?1",
                [attempt_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| err("cannot read the attempt", e))?;
        json.map(|j| {
            serde_json::from_str(&j)
                .map_err(|e| err(&format!("attempt {attempt_id} is damaged in the store"), e))
        })
        .transpose()
    }

    /// Attempts matching the filter, oldest first, with their competency scores.
    pub fn rows(&self, f: &Filter) -> Result<Vec<Row>, StoreError> {
        let (clause, args) = where_clause(f);
        let sql = format!(
            "SELECT attempt_id, status, trainee_id, trainee_name, cohort, scenario_id,
                    scenario_title, locale, seed, started_at, ended_at, duration_ms, score,
                    passed, pass_mark, outcome, decisions, critical, competencies
             FROM attempts {clause} ORDER BY started_at, attempt_id"
        );
        let q = |e| err("cannot list the attempts", e);
        let mut stmt = self.conn.prepare(&sql).map_err(q)?;
        let rows: Vec<Row> = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                let critical: String = r.get(17)?;
                let comps: String = r.get(18)?;
                Ok(Row {
                    attempt_id: r.get(0)?,
                    status: r.get(1)?,
                    trainee_id: r.get(2)?,
                    trainee_name: r.get(3)?,
                    cohort: r.get(4)?,
                    scenario_id: r.get(5)?,
                    scenario_title: r.get(6)?,
                    locale: r.get(7)?,
                    seed: r.get(8)?,
                    started_at: r.get(9)?,
                    ended_at: r.get(10)?,
                    duration_ms: r.get(11)?,
                    score: r.get(12)?,
                    passed: r.get(13)?,
                    pass_mark: r.get(14)?,
                    outcome: r.get(15)?,
                    decisions: r.get(16)?,
                    critical: critical
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect(),
                    competencies: comps
                        .split(',')
                        .filter_map(|kv| {
                            let (k, v) = kv.split_once(':')?;
                            Some((k.to_string(), v.parse().ok()?))
                        })
                        .collect(),
                })
            })
            .map_err(q)?
            .collect::<Result<_, _>>()
            .map_err(q)?;
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
    pub pass_mark: i64,
    pub outcome: &'a str,
    pub decisions: i64,
    /// Critical techniques broken, comma-separated.
    pub critical: &'a str,
    /// `id:score,…` in catalog order.
    pub competencies: &'a str,
}

const ROW_COLUMNS: &str = "attempt_id, status, trainee_id, trainee_name, cohort, scenario_id,
    scenario_title, locale, seed, started_at, ended_at, duration_ms, score, passed,
    pass_mark, outcome, decisions, critical, competencies";

impl Store {
    /// Runs a query over the matching attempts (`{clause}` in `sql` is replaced by the
    /// filter's WHERE clause) and hands each row to `each`.
    fn scan(
        &self,
        sql: &str,
        f: &Filter,
        each: &mut dyn FnMut(&rusqlite::Row<'_>) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        let (clause, args) = where_clause(f);
        let q = |e| err("cannot read the attempts", e);
        let mut stmt = self
            .conn
            .prepare(&sql.replace("{clause}", &clause))
            .map_err(q)?;
        let mut rows = stmt
            .query(rusqlite::params_from_iter(args.iter()))
            .map_err(q)?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(q)? {
            each(r)?;
            n += 1;
        }
        Ok(n)
    }

    /// Hands each matching attempt's columns to `each`, oldest first, without copying.
    pub fn each_row(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(&RowView<'_>) -> std::io::Result<()>,
    ) -> Result<usize, StoreError> {
        let sql = format!(
            "SELECT {ROW_COLUMNS} FROM attempts {{clause}} ORDER BY started_at, attempt_id"
        );
        self.scan(&sql, f, &mut |r| {
            let text = |i: usize| -> rusqlite::Result<&str> {
                r.get_ref(i)?.as_str().map_err(rusqlite::Error::from)
            };
            let num = |i: usize| -> rusqlite::Result<i64> {
                r.get_ref(i)?.as_i64().map_err(rusqlite::Error::from)
            };
            let view = (|| -> rusqlite::Result<RowView<'_>> {
                Ok(RowView {
                    attempt_id: text(0)?,
                    status: text(1)?,
                    trainee_id: text(2)?,
                    trainee_name: text(3)?,
                    cohort: r
                        .get_ref(4)?
                        .as_str_or_null()
                        .map_err(rusqlite::Error::from)?,
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
                })
            })()
            .map_err(|e| err("cannot read the attempts", e))?;
            each(&view).map_err(|e| err("cannot write the export", e))
        })
    }

    /// The competency ids of the matching attempts, in the order first seen (the
    /// catalog's order): the export's competency columns.
    pub fn competency_columns(&self, f: &Filter) -> Result<Vec<String>, StoreError> {
        let mut out: Vec<String> = Vec::new();
        let mut last = String::new();
        self.each_competencies(f, &mut |c| {
            // Most attempts share the previous one's ids: compare the ids only.
            let ids = c
                .split(',')
                .filter_map(|kv| kv.split_once(':').map(|(k, _)| k));
            if ids.clone().eq(last.split(',').filter(|s| !s.is_empty())) {
                return;
            }
            last = ids.clone().collect::<Vec<_>>().join(",");
            for id in ids {
                if !out.iter().any(|o| o == id) {
                    out.push(id.to_string());
                }
            }
        })?;
        Ok(out)
    }

    fn each_competencies(&self, f: &Filter, each: &mut dyn FnMut(&str)) -> Result<(), StoreError> {
        self.scan("SELECT competencies FROM attempts {clause}", f, &mut |r| {
            let c = r
                .get_ref(0)
                .and_then(|v| v.as_str().map_err(rusqlite::Error::from))
                .map_err(|e| err("cannot read the attempts", e))?;
            each(c);
            Ok(())
        })
        .map(|_| ())
    }

    /// How many attempts match.
    pub fn count(&self, f: &Filter) -> Result<usize, StoreError> {
        let (clause, args) = where_clause(f);
        self.conn
            .query_row(
                &format!("SELECT COUNT(*) FROM attempts {clause}"),
                rusqlite::params_from_iter(args.iter()),
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(|e| err("cannot count the attempts", e))
    }

    /// Hands each matching attempt's full record (JSON text) to `each`, oldest first.
    pub fn each_record(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(&str) -> std::io::Result<()>,
    ) -> Result<usize, StoreError> {
        self.scan(
            "SELECT r.record FROM attempts JOIN attempt_records r
             ON r.attempt_id = attempts.attempt_id {clause}
             ORDER BY attempts.started_at, attempts.attempt_id",
            f,
            &mut |r| {
                let json = r
                    .get_ref(0)
                    .and_then(|v| v.as_str().map_err(rusqlite::Error::from))
                    .map_err(|e| err("cannot read the attempts", e))?;
                each(json).map_err(|e| err("cannot write the export", e))
            },
        )
    }
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

/// Inserts one attempt and its rows unless its id is already stored.
fn insert(tx: &rusqlite::Transaction<'_>, rec: &AttemptRecord) -> rusqlite::Result<bool> {
    let exists: Option<i64> = tx
        .query_row(
            "SELECT 1 FROM attempts WHERE attempt_id = ?1",
            [&rec.attempt_id],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_some() {
        return Ok(false);
    }
    let json = serde_json::to_string(rec)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let duration = duration_ms(&rec.started_at, &rec.ended_at);
    tx.prepare_cached(
        "INSERT INTO attempts (attempt_id, status, trainee_id, trainee_name, cohort,
            scenario_id, scenario_title, content_hash, locale, seed, started_at, ended_at,
            duration_ms, score, passed, pass_mark, outcome, ending, decisions, critical,
            competencies, engine_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
            ?17, ?18, ?19, ?20, ?21, ?22)",
    )?
    .execute(params![
        rec.attempt_id,
        rec.status,
        rec.trainee.id,
        rec.trainee.name,
        rec.cohort,
        rec.scenario.id,
        rec.scenario.title,
        rec.scenario.content_hash,
        rec.locale,
        rec.seed.to_string(),
        rec.started_at,
        rec.ended_at,
        duration,
        rec.score,
        rec.passed,
        rec.pass_mark,
        rec.outcome,
        rec.ending,
        rec.transcript.len() as i64,
        rec.critical.join(","),
        rec.competencies
            .iter()
            .map(|(k, v)| format!("{k}:{}", v.as_u64().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(","),
        rec.engine_version,
    ])?;
    tx.prepare_cached("INSERT INTO attempt_records (attempt_id, record) VALUES (?1, ?2)")?
        .execute(params![rec.attempt_id, json])?;
    let mut comp = tx.prepare_cached(
        "INSERT INTO attempt_competencies (attempt_id, position, competency, score)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (k, (id, v)) in rec.competencies.iter().enumerate() {
        comp.execute(params![
            rec.attempt_id,
            k as i64,
            id,
            v.as_u64().unwrap_or(0) as i64
        ])?;
    }
    let mut fb = tx.prepare_cached(
        "INSERT INTO attempt_feedback (attempt_id, position, kind, technique, competency,
            critical, decision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (k, f) in rec.feedback.iter().enumerate() {
        let kind = serde_json::to_value(f.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        fb.execute(params![
            rec.attempt_id,
            k as i64,
            kind,
            f.technique,
            f.competency,
            f.critical,
            f.decision.map(|d| d as i64),
        ])?;
    }
    let mut turn = tx.prepare_cached(
        "INSERT INTO attempt_turns (attempt_id, position, node, choice, elapsed_ms, late,
            follows, breaks, anger_before, trust_before, patience_before, anger_after,
            trust_after, patience_after)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for t in &rec.transcript {
        turn.execute(params![
            rec.attempt_id,
            t.index as i64,
            t.node,
            t.choice,
            t.elapsed_ms as i64,
            t.late,
            t.follows.join(","),
            t.breaks.join(","),
            t.mood_before.anger,
            t.mood_before.trust,
            t.mood_before.patience,
            t.mood_after.anger,
            t.mood_after.trust,
            t.mood_after.patience,
        ])?;
    }
    Ok(true)
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
