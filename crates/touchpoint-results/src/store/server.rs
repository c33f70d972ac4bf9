//! What the course server keeps in the results store (migration 5): accounts and
//! their cohorts, signed-in browser sessions, attempts in progress, the encounters a
//! cohort is assessed on, and the audit log. The server keeps nothing of its own, so
//! that any instance on the same store can answer any request.
//!
//! Secrets never reach this module in the clear: an account holds its password's
//! argon2id hash (a PHC string), a session the SHA-256 of its token.

use super::{Store, StoreError, V, err};
use crate::record::AttemptRecord;

/// What an account may do on the course server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Plays encounters; sees their own attempts and results.
    Trainee,
    /// Sees their cohorts' attempts and results; marks encounters as assessed.
    Instructor,
    /// Sees every result; exports.
    Hr,
    /// Everything HR may, and manages accounts; reads the audit log.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Trainee, Role::Instructor, Role::Hr, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Trainee => "trainee",
            Role::Instructor => "instructor",
            Role::Hr => "hr",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown role `{s}`: expected trainee, instructor, hr or admin"))
    }

    /// HR and admin see every cohort's results.
    pub fn sees_all(self) -> bool {
        matches!(self, Role::Hr | Role::Admin)
    }
}

/// One account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// A trainee's cohort (one, usually) or the cohorts an instructor teaches.
    pub cohorts: Vec<String>,
    /// The password's argon2id hash, as a PHC string.
    pub password_hash: String,
    pub disabled: bool,
    pub created_ms: i64,
}

/// Failed sign-ins under one key (a typed id, or a client address).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Throttle {
    /// Failures counted since `window_ms`.
    pub failed: u32,
    pub window_ms: i64,
    /// No sign-in under this key is tried before this time (0: none).
    pub locked_until_ms: i64,
}

/// A signed-in browser session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebSession {
    pub user_id: String,
    pub created_ms: i64,
    pub seen_ms: i64,
}

/// A session read with what a request needs next ([`Store::web_session_with`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionWith {
    pub session: WebSession,
    /// The one attempt the session may reach (a launch from an LMS), if limited.
    pub only_attempt: Option<String>,
    /// Its account; `None` when the account no longer exists.
    pub account: Option<Account>,
    /// The attempt asked for, if it exists.
    pub attempt: Option<LiveAttempt>,
    /// The encounters assessed for the account's cohorts, sorted (read when no
    /// attempt was asked for: starting one needs them).
    pub assessed: Vec<String>,
}

/// An attempt in progress on the server. Its state is never stored: it is the
/// replay of `replies` on the encounter version `content_hash` from `seed`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveAttempt {
    pub attempt_id: String,
    pub user_id: String,
    pub cohort: Option<String>,
    pub scenario_id: String,
    pub content_hash: String,
    pub locale: String,
    pub assessed: bool,
    pub seed: u64,
    pub started_ms: i64,
    /// When the current node was shown (the server's clock).
    pub shown_ms: i64,
    /// The replies so far, as `play --choices` writes them (`id@ms`, comma-separated).
    pub replies: String,
    pub ended: bool,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at_ms: i64,
    /// Who did it (an account id, or what was typed at a failed sign-in).
    pub actor: String,
    /// `signin`, `signin-failed`, `signout`, `account-added`, `role-changed`,
    /// `account-disabled`, `password-changed`, `export`, `assessed`, …
    pub action: String,
    /// What it was done to (an account, an export's filters, an encounter).
    pub target: String,
    /// The client's address, or `cli` for the command line.
    pub address: String,
}

fn int(v: &Option<String>) -> i64 {
    v.as_deref().and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

impl Store {
    /// Every row of `sql`, each column read as text (`sql` casts its numbers:
    /// `CAST(x AS TEXT)`, the same in both dialects). Arguments are text.
    pub(super) fn text_rows(
        &self,
        sql: &str,
        args: &[String],
        columns: usize,
    ) -> Result<Vec<Vec<Option<String>>>, StoreError> {
        let rows = std::cell::RefCell::new(Vec::new());
        let bad = |e: String| err("cannot read the store", e);
        self.scan(
            sql,
            args,
            lite!(&mut |r| {
                let row = (0..columns)
                    .map(|i| r.get::<_, Option<String>>(i))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| bad(e.to_string()))?;
                rows.borrow_mut().push(row);
                Ok(())
            }),
            pg!(&mut |r| {
                let row = (0..columns)
                    .map(|i| r.try_get::<_, Option<String>>(i))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| bad(super::pg_error(&e)))?;
                rows.borrow_mut().push(row);
                Ok(())
            }),
        )?;
        Ok(rows.into_inner())
    }

    /// Runs write statements in one transaction; returns the rows each changed.
    fn write_all(&mut self, statements: &[(&str, Vec<V<'_>>)]) -> Result<Vec<u64>, StoreError> {
        self.in_transaction(&mut |tx| {
            statements
                .iter()
                .map(|(sql, args)| tx.exec(sql, args))
                .collect()
        })
        .map_err(|e| err("cannot write to the store", e))
    }

    const ACCOUNT_COLUMNS: &str =
        "user_id, name, role, password_hash, CAST(disabled AS TEXT), CAST(created_ms AS TEXT)";

    fn accounts_where(&self, clause: &str, args: &[String]) -> Result<Vec<Account>, StoreError> {
        let rows = self.text_rows(
            &format!(
                "SELECT {} FROM accounts {clause} ORDER BY user_id",
                Self::ACCOUNT_COLUMNS
            ),
            args,
            6,
        )?;
        // The cohorts of these accounts only (one account is read on every request).
        let cohorts = self.text_rows(
            &format!(
                "SELECT user_id, cohort FROM account_cohorts {clause} ORDER BY user_id, cohort"
            ),
            args,
            2,
        )?;
        rows.into_iter()
            .map(|r| {
                let id = text(&r[0]);
                let cohorts = cohorts
                    .iter()
                    .filter(|c| c[0].as_deref() == Some(id.as_str()))
                    .map(|c| text(&c[1]))
                    .collect();
                account_from(&r, cohorts)
            })
            .collect()
    }

    /// The account `id`, if there is one.
    pub fn account(&self, id: &str) -> Result<Option<Account>, StoreError> {
        Ok(self
            .accounts_where("WHERE user_id = ?1", &[id.to_string()])?
            .into_iter()
            .next())
    }

    /// Every account, by id.
    pub fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        self.accounts_where("", &[])
    }

    /// How many accounts have `role` and are not disabled.
    pub fn active_accounts_with(&self, role: Role) -> Result<i64, StoreError> {
        Ok(self
            .query_i64(
                "SELECT COUNT(*) FROM accounts WHERE role = ?1 AND disabled = 0",
                &[role.as_str().to_string()],
            )?
            .unwrap_or(0))
    }

    /// Adds `a`, or replaces the account with its id when `replace` (its sessions
    /// end when it is disabled or its role changes). Returns false when the id is
    /// taken and `replace` is false (nothing changes).
    pub fn put_account(&mut self, a: &Account, replace: bool) -> Result<bool, StoreError> {
        let before = self.account(&a.id)?;
        if before.is_some() && !replace {
            return Ok(false);
        }
        let mut statements: Vec<(&str, Vec<V<'_>>)> =
            vec![
            ("DELETE FROM accounts WHERE user_id = ?1", vec![V::Text(&a.id)]),
            ("DELETE FROM account_cohorts WHERE user_id = ?1", vec![V::Text(&a.id)]),
            (
                "INSERT INTO accounts (user_id, name, role, password_hash, disabled, created_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                vec![
                    V::Text(&a.id),
                    V::Text(&a.name),
                    V::Text(a.role.as_str()),
                    V::Text(&a.password_hash),
                    V::Int(i64::from(a.disabled)),
                    V::Int(a.created_ms),
                ],
            ),
        ];
        for c in &a.cohorts {
            statements.push((
                "INSERT INTO account_cohorts (user_id, cohort) VALUES (?1, ?2)",
                vec![V::Text(&a.id), V::Text(c)],
            ));
        }
        let ends_sessions = before
            .is_some_and(|b| a.disabled || b.role != a.role || b.password_hash != a.password_hash);
        if ends_sessions {
            statements.push((
                "DELETE FROM web_sessions WHERE user_id = ?1",
                vec![V::Text(&a.id)],
            ));
        }
        self.write_all(&statements)?;
        Ok(true)
    }

    /// The failed sign-ins counted under `key`.
    pub fn throttle(&self, key: &str) -> Result<Throttle, StoreError> {
        let rows = self.text_rows(
            "SELECT CAST(failed AS TEXT), CAST(window_ms AS TEXT), CAST(locked_until AS TEXT)
             FROM signin_throttle WHERE key = ?1",
            &[key.to_string()],
            3,
        )?;
        Ok(rows
            .first()
            .map(|r| Throttle {
                failed: int(&r[0]).clamp(0, i64::from(u32::MAX)) as u32,
                window_ms: int(&r[1]),
                locked_until_ms: int(&r[2]),
            })
            .unwrap_or_default())
    }

    /// Counts one more failed sign-in under each key, in one transaction that holds
    /// the keys' rows from reading them to writing them: sign-ins failing at the
    /// same moment (an attacker's parallel guesses, or two server processes) are each
    /// counted, none lost to another's stale read. `next` gives a key's count after
    /// this failure from the count stored (a missing key: the default). Returns the
    /// counts written, in the order of `keys`.
    pub fn count_failures(
        &mut self,
        keys: &[&str],
        next: &dyn Fn(&str, Throttle) -> Throttle,
    ) -> Result<Vec<Throttle>, StoreError> {
        self.in_transaction(&mut |tx| {
            let mut out = Vec::with_capacity(keys.len());
            for key in keys {
                tx.exec(
                    "INSERT INTO signin_throttle (key, failed, window_ms, locked_until)
                     VALUES (?1, 0, 0, 0) ON CONFLICT DO NOTHING",
                    &[V::Text(key)],
                )?;
                // A write first: it waits for any other transaction holding the row
                // (PostgreSQL's row lock; SQLite's transaction already writes alone),
                // so the read after it sees the count that transaction left.
                tx.exec(
                    "UPDATE signin_throttle SET failed = failed WHERE key = ?1",
                    &[V::Text(key)],
                )?;
                let stored = tx
                    .query_texts(
                        "SELECT CAST(failed AS TEXT) || ' ' || CAST(window_ms AS TEXT) || ' '
                                || CAST(locked_until AS TEXT)
                         FROM signin_throttle WHERE key = ?1",
                        &[V::Text(key)],
                    )?
                    .first()
                    .map(|r| {
                        let mut n = r.split(' ').map(|x| x.parse::<i64>().unwrap_or(0));
                        let mut at = || n.next().unwrap_or(0);
                        Throttle {
                            failed: at().clamp(0, i64::from(u32::MAX)) as u32,
                            window_ms: at(),
                            locked_until_ms: at(),
                        }
                    })
                    .unwrap_or_default();
                let t = next(key, stored);
                tx.exec(
                    "UPDATE signin_throttle SET failed = ?2, window_ms = ?3, locked_until = ?4
                     WHERE key = ?1",
                    &[
                        V::Text(key),
                        V::Int(i64::from(t.failed)),
                        V::Int(t.window_ms),
                        V::Int(t.locked_until_ms),
                    ],
                )?;
                out.push(t);
            }
            Ok(out)
        })
        .map_err(|e| err("cannot count the failed sign-in", e))
    }

    /// Sets the failed sign-ins under each key (a default [`Throttle`] clears it).
    pub fn set_throttles(&mut self, keys: &[(&str, Throttle)]) -> Result<(), StoreError> {
        let mut statements: Vec<(&str, Vec<V<'_>>)> = Vec::new();
        for (key, t) in keys {
            statements.push((
                "DELETE FROM signin_throttle WHERE key = ?1",
                vec![V::Text(key)],
            ));
            if *t != Throttle::default() {
                statements.push((
                    "INSERT INTO signin_throttle (key, failed, window_ms, locked_until)
                     VALUES (?1, ?2, ?3, ?4)",
                    vec![
                        V::Text(key),
                        V::Int(i64::from(t.failed)),
                        V::Int(t.window_ms),
                        V::Int(t.locked_until_ms),
                    ],
                ));
            }
        }
        self.write_all(&statements)?;
        Ok(())
    }

    /// Starts a session for `user_id` under the token whose SHA-256 is `token_hash`.
    pub fn add_web_session(
        &mut self,
        token_hash: &str,
        user_id: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.write_all(&[(
            "INSERT INTO web_sessions (token_hash, user_id, created_ms, seen_ms)
             VALUES (?1, ?2, ?3, ?3)",
            vec![V::Text(token_hash), V::Text(user_id), V::Int(now_ms)],
        )])?;
        Ok(())
    }

    /// Starts a session for `user_id` that reaches the attempt `attempt_id` only
    /// (a launch from an LMS: the learner signed in there, not here).
    pub fn add_web_session_for(
        &mut self,
        token_hash: &str,
        user_id: &str,
        now_ms: i64,
        attempt_id: &str,
    ) -> Result<(), StoreError> {
        self.write_all(&[(
            "INSERT INTO web_sessions (token_hash, user_id, created_ms, seen_ms, only_attempt)
             VALUES (?1, ?2, ?3, ?3, ?4)",
            vec![
                V::Text(token_hash),
                V::Text(user_id),
                V::Int(now_ms),
                V::Text(attempt_id),
            ],
        )])?;
        Ok(())
    }

    /// Marks the session as used at `now_ms` (its idle expiry starts again).
    pub fn touch_web_session(&mut self, token_hash: &str, now_ms: i64) -> Result<(), StoreError> {
        self.write_all(&[(
            "UPDATE web_sessions SET seen_ms = ?1 WHERE token_hash = ?2",
            vec![V::Int(now_ms), V::Text(token_hash)],
        )])?;
        Ok(())
    }

    /// Ends the session under `token_hash` (sign-out, or expiry).
    pub fn end_web_session(&mut self, token_hash: &str) -> Result<(), StoreError> {
        self.write_all(&[(
            "DELETE FROM web_sessions WHERE token_hash = ?1",
            vec![V::Text(token_hash)],
        )])?;
        Ok(())
    }

    /// Appends to the audit log.
    pub fn audit(&mut self, e: &AuditEntry, entry_id: &str) -> Result<(), StoreError> {
        self.write_all(&[(
            "INSERT INTO audit_log (at_ms, entry, actor, action, target, address)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            vec![
                V::Int(e.at_ms),
                V::Text(entry_id),
                V::Text(&e.actor),
                V::Text(&e.action),
                V::Text(&e.target),
                V::Text(&e.address),
            ],
        )])?;
        Ok(())
    }

    /// The audit log, newest first, at most `limit` entries.
    pub fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = self.text_rows(
            &format!(
                "SELECT CAST(at_ms AS TEXT), actor, action, target, address FROM audit_log
                 ORDER BY at_ms DESC, entry DESC LIMIT {}",
                limit.min(1_000_000)
            ),
            &[],
            5,
        )?;
        Ok(rows
            .into_iter()
            .map(|r| AuditEntry {
                at_ms: int(&r[0]),
                actor: text(&r[1]),
                action: text(&r[2]),
                target: text(&r[3]),
                address: text(&r[4]),
            })
            .collect())
    }

    /// Marks (or unmarks) `scenario_id` as assessed for `cohort`.
    pub fn set_assessed(
        &mut self,
        cohort: &str,
        scenario_id: &str,
        assessed: bool,
        by: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let mut statements: Vec<(&str, Vec<V<'_>>)> = vec![(
            "DELETE FROM assessed_encounters WHERE cohort = ?1 AND scenario_id = ?2",
            vec![V::Text(cohort), V::Text(scenario_id)],
        )];
        if assessed {
            statements.push((
                "INSERT INTO assessed_encounters (cohort, scenario_id, set_by, set_ms)
                 VALUES (?1, ?2, ?3, ?4)",
                vec![
                    V::Text(cohort),
                    V::Text(scenario_id),
                    V::Text(by),
                    V::Int(now_ms),
                ],
            ));
        }
        self.write_all(&statements)?;
        Ok(())
    }

    const LIVE_COLUMNS: &str = "attempt_id, user_id, cohort, scenario_id, content_hash, locale,
        CAST(assessed AS TEXT), seed, CAST(started_ms AS TEXT), CAST(shown_ms AS TEXT),
        replies, CAST(ended AS TEXT)";

    fn lives_where(&self, clause: &str, args: &[String]) -> Result<Vec<LiveAttempt>, StoreError> {
        let rows = self.text_rows(
            &format!(
                "SELECT {} FROM live_attempts {clause} ORDER BY started_ms, attempt_id",
                Self::LIVE_COLUMNS
            ),
            args,
            12,
        )?;
        rows.iter().map(|r| live_from(r)).collect()
    }

    /// The session under `token_hash` with its account (if the account still
    /// exists) and, when `attempt_id` is given, that attempt (whoever's it is): in
    /// one query, as the course server's busiest requests need them.
    pub fn web_session_with(
        &self,
        token_hash: &str,
        attempt_id: Option<&str>,
    ) -> Result<Option<SessionWith>, StoreError> {
        Ok(self
            .web_sessions_with(&[(token_hash, attempt_id)])?
            .pop()
            .flatten())
    }

    /// [`Store::web_session_with`] for each of `asks` (a session's token hash and
    /// an attempt id), in one query; the answers in the order asked.
    pub fn web_sessions_with(
        &self,
        asks: &[(&str, Option<&str>)],
    ) -> Result<Vec<Option<SessionWith>>, StoreError> {
        if asks.is_empty() {
            return Ok(Vec::new());
        }
        self.batch_done();
        // Each question once (the same asked twice would give its rows twice).
        let mut unique: Vec<(&str, &str)> = Vec::with_capacity(asks.len());
        for (t, a) in asks {
            let q = (*t, a.unwrap_or_default());
            if !unique.contains(&q) {
                unique.push(q);
            }
        }
        let values = (0..unique.len())
            .map(|i| {
                format!(
                    "(CAST(?{} AS TEXT), CAST(?{} AS TEXT))",
                    2 * i + 1,
                    2 * i + 2
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let args: Vec<String> = unique
            .iter()
            .flat_map(|(t, a)| [t.to_string(), a.to_string()])
            .collect();
        // One row per cohort of each session's account and encounter assessed for
        // it (at least one: the joins are outer), the rows of one ask together.
        let rows = self.text_rows(
            &format!(
                "SELECT q.column1, q.column2,
                    s.user_id, CAST(s.created_ms AS TEXT), CAST(s.seen_ms AS TEXT),
                    a.user_id, a.name, a.role, a.password_hash, CAST(a.disabled AS TEXT),
                    CAST(a.created_ms AS TEXT), c.cohort,
                    l.attempt_id, l.user_id, l.cohort, l.scenario_id, l.content_hash, l.locale,
                    CAST(l.assessed AS TEXT), l.seed, CAST(l.started_ms AS TEXT),
                    CAST(l.shown_ms AS TEXT), l.replies, CAST(l.ended AS TEXT),
                    s.only_attempt, e.scenario_id
                 FROM (VALUES {values}) AS q
                 JOIN web_sessions s ON s.token_hash = q.column1
                 LEFT JOIN accounts a ON a.user_id = s.user_id
                 LEFT JOIN account_cohorts c ON c.user_id = s.user_id
                 LEFT JOIN live_attempts l ON l.attempt_id = q.column2
                 LEFT JOIN assessed_encounters e ON e.cohort = c.cohort AND q.column2 = ''
                 ORDER BY q.column1, q.column2, c.cohort, e.scenario_id"
            ),
            &args,
            26,
        )?;
        let mut found: Vec<((String, String), SessionWith)> = Vec::new();
        for group in rows.chunk_by(|x, y| x[..2] == y[..2]) {
            let first = &group[0];
            let account = match first[5] {
                None => None,
                Some(_) => {
                    let mut cohorts: Vec<String> =
                        group.iter().filter_map(|r| r[11].clone()).collect();
                    cohorts.dedup();
                    Some(account_from(&first[5..11], cohorts)?)
                }
            };
            let mut assessed: Vec<String> = group.iter().filter_map(|r| r[25].clone()).collect();
            assessed.sort();
            assessed.dedup();
            let attempt = match first[12] {
                None => None,
                Some(_) => Some(live_from(&first[12..24])?),
            };
            let session = WebSession {
                user_id: text(&first[2]),
                created_ms: int(&first[3]),
                seen_ms: int(&first[4]),
            };
            let key = (text(&first[0]), text(&first[1]));
            found.push((
                key,
                SessionWith {
                    session,
                    only_attempt: first[24].clone(),
                    account,
                    attempt,
                    assessed,
                },
            ));
        }
        Ok(asks
            .iter()
            .map(|(t, a)| {
                found
                    .iter()
                    .find(|((ft, fa), _)| ft == t && fa == a.unwrap_or_default())
                    .map(|(_, w)| w.clone())
            })
            .collect())
    }

    /// The attempt in progress `attempt_id` (or ended on the server).
    pub fn live_attempt(&self, attempt_id: &str) -> Result<Option<LiveAttempt>, StoreError> {
        Ok(self
            .lives_where("WHERE attempt_id = ?1", &[attempt_id.to_string()])?
            .into_iter()
            .next())
    }

    /// A user's attempts on the server, oldest first.
    pub fn live_attempts_of(&self, user_id: &str) -> Result<Vec<LiveAttempt>, StoreError> {
        self.lives_where("WHERE user_id = ?1", &[user_id.to_string()])
    }

    /// Every attempt on the server not yet ended, oldest first.
    pub fn live_attempts_open(&self) -> Result<Vec<LiveAttempt>, StoreError> {
        self.lives_where("WHERE ended = 0", &[])
    }

    /// Moves an attempt on from the replies `before` to `a.replies` (with its
    /// `shown_ms` and `ended`), in one statement that changes nothing unless the
    /// stored replies are still `before`: two requests (or two servers) answering
    /// the same attempt at once cannot both add a reply. Returns whether it moved.
    pub fn advance_live_attempt(
        &mut self,
        a: &LiveAttempt,
        before: &str,
    ) -> Result<bool, StoreError> {
        let changed = self.write_all(&[(ADVANCE_LIVE, advance_args(a, before))])?;
        Ok(changed.first() == Some(&1))
    }
}

/// What became of a practice result pushed to the course server
/// ([`Store::keep_pushed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pushed {
    /// Stored, marked verified (replayed on its encounter version).
    Added,
    /// An attempt of that id was already stored; nothing changed.
    AlreadyStored,
    /// The id is one of the course server's own attempts (in progress or ended):
    /// refused, so that a file never takes the place of the server's result.
    ServerAttempt,
}

impl Store {
    /// Stores a result made elsewhere (practice played offline) and sent to the course
    /// server: only if it replays on `enc`, which must be its own encounter version
    /// (the server's library or the store has it), and only if the course server has
    /// no attempt of that id. Stored verified — `"replayed"`, never as the server's
    /// own (see `verified_by`). The version is kept with it if the store lacks it.
    pub fn keep_pushed(
        &mut self,
        rec: &AttemptRecord,
        enc: &touchpoint_content::encounter::Encounter,
    ) -> Result<Pushed, super::PutError> {
        use super::PutError;
        if rec.scenario.content_hash != enc.content_hash {
            return Err(PutError::Refused(
                "it must be checked on the encounter version it was played on".into(),
            ));
        }
        Store::check_played(rec, enc)?;
        let files = (!self
            .has_version(&enc.content_hash)
            .map_err(PutError::Store)?)
        .then(|| super::VersionFiles::of(enc))
        .filter(|v| v.computed_hash() == enc.content_hash);
        let now = crate::record::rfc3339(std::time::SystemTime::now());
        self.in_transaction(&mut |tx| {
            // In the transaction that stores it: an attempt the server starts later
            // draws a new id, so none can take this one afterwards.
            let server = tx.query_texts(
                "SELECT attempt_id FROM live_attempts WHERE attempt_id = ?1",
                &[V::Text(&rec.attempt_id)],
            )?;
            if !server.is_empty() {
                return Ok(Pushed::ServerAttempt);
            }
            if let Some(v) = &files {
                super::insert_version(tx, v, &now)?;
            }
            Ok(if super::insert(tx, rec, true)? {
                Pushed::Added
            } else {
                Pushed::AlreadyStored
            })
        })
        .map_err(|e| PutError::Store(err("cannot store the result", e)))
    }
}

/// One write of the course server, committed with others arriving at the same time
/// (see [`Store::write_together`]).
pub enum ServerWrite<'a> {
    /// A new attempt in progress on `enc` (whose version is kept too).
    Start(
        &'a LiveAttempt,
        &'a touchpoint_content::encounter::Encounter,
    ),
    /// An attempt moved on from the replies `before` (as
    /// [`Store::advance_live_attempt`]), and, when the reply ends it, its result:
    /// stored only if the attempt moved, in the same transaction. The result must
    /// have passed [`Store::check_played`] on an encounter of its own version.
    Reply {
        attempt: &'a LiveAttempt,
        before: &'a str,
        result: Option<(
            &'a AttemptRecord,
            &'a touchpoint_content::encounter::Encounter,
        )>,
    },
}

impl Store {
    /// Readies a connection kept for the course server's group reads or writes
    /// ([`Store::web_sessions_with`], [`Store::write_together`]), whose statements
    /// find every row they touch by its key. On PostgreSQL a statement prepared on
    /// a connection soon keeps one plan, made for the tables as they were then,
    /// until their statistics are next gathered (autovacuum's first visit to a
    /// new table can take minutes under load). On a new store, where
    /// `live_attempts` held a few rows, that plan read the table whole (cheaper
    /// than its index for a few rows) for every batch as it grew by thousands of
    /// attempts a minute: in the first run on an empty database the p99 of a
    /// reply rose from 31 to 185 ms in 20 seconds; with whole-table scans ruled
    /// out alone, the group read read `live_attempts`' whole index instead. So on
    /// these connections: no whole-table scan where an index serves
    /// (`enable_seqscan = off`: every lookup they make has one, the foreign-key
    /// checks of their inserts included), and their statements are prepared
    /// afresh after the 64th batch, the 128th, the 256th… — planned for the tables
    /// as they have grown, a few dozen times in the life of a server.
    /// Nothing to do on SQLite, which plans each statement's lookups by its keys.
    pub fn for_key_lookups(&mut self) -> Result<(), StoreError> {
        #[cfg(feature = "postgres")]
        #[allow(irrefutable_let_patterns)] // without SQLite
        if let super::Db::Pg(pg) = &self.db {
            let mut pg = pg.borrow_mut();
            pg.client
                .batch_execute("SET enable_seqscan = off")
                .map_err(|e| {
                    err(
                        "cannot set up a connection to the store",
                        super::pg_error(&e),
                    )
                })?;
            pg.batches = Some(0);
        }
        Ok(())
    }

    /// A batch done on a connection readied by [`Store::for_key_lookups`]: its
    /// prepared statements are dropped (prepared again at their next use) when the
    /// batches done reach a power of two from [`FIRST_REPLAN`] on.
    fn batch_done(&self) {
        #[cfg(feature = "postgres")]
        #[allow(irrefutable_let_patterns)] // without SQLite
        if let super::Db::Pg(pg) = &self.db {
            let mut pg = pg.borrow_mut();
            if let Some(done) = pg.batches {
                let done = done.saturating_add(1);
                if done >= FIRST_REPLAN && done.is_power_of_two() {
                    pg.prepared.clear();
                }
                pg.batches = Some(done);
            }
        }
    }

    /// Writes `writes` in one transaction (one flush to disk for all). The answer
    /// says, for each, whether it took effect: a start always does; a reply only if
    /// its attempt had not moved on meanwhile. An error of the store fails them all
    /// (nothing is written).
    pub fn write_together(&mut self, writes: &[ServerWrite<'_>]) -> Result<Vec<bool>, StoreError> {
        use touchpoint_content::encounter::Encounter;
        self.batch_done();
        // The versions the store does not keep yet, each once.
        let mut versions: Vec<super::VersionFiles> = Vec::new();
        for w in writes {
            let enc: Option<&Encounter> = match w {
                ServerWrite::Start(_, enc) => Some(enc),
                ServerWrite::Reply { result, .. } => result.map(|(_, enc)| enc),
            };
            if let Some(enc) = enc
                && !versions.iter().any(|v| v.content_hash == enc.content_hash)
                && !self.has_version(&enc.content_hash)?
            {
                let v = super::VersionFiles::of(enc);
                if v.computed_hash() == enc.content_hash {
                    versions.push(v);
                }
            }
        }
        // Always in one order: two writers adding the same versions take their locks
        // in the same order (else each may wait for the other: a deadlock).
        versions.sort_by(|a, b| a.content_hash.cmp(&b.content_hash));
        let now = crate::record::rfc3339(std::time::SystemTime::now());
        let seeds: Vec<String> = writes
            .iter()
            .map(|w| match w {
                ServerWrite::Start(a, _) => a.seed.to_string(),
                ServerWrite::Reply { .. } => String::new(),
            })
            .collect();
        // PostgreSQL: the batch in one statement (after the new versions, if any, in
        // a transaction of their own: a version is kept once, whatever follows).
        #[cfg(feature = "postgres")]
        if distinct_replies(writes)
            && let Some(out) = self.write_at_once(writes, &seeds, &versions, &now)
        {
            return out.map_err(|e| err("cannot write to the store", e));
        }
        // SQLite (a statement is a function call: one row at a time is quickest), or
        // two replies racing on one attempt: a statement each, so that exactly one
        // of them moves it.
        self.in_transaction(&mut |tx| {
            for v in &versions {
                super::insert_version(tx, v, &now)?;
            }
            let mut done = Vec::with_capacity(writes.len());
            for (w, seed) in writes.iter().zip(&seeds) {
                done.push(match w {
                    ServerWrite::Start(a, _) => tx.exec(INSERT_LIVE, &live_args(a, seed))? == 1,
                    ServerWrite::Reply {
                        attempt: a,
                        before,
                        result,
                    } => {
                        let took = tx.exec(ADVANCE_LIVE, &advance_args(a, before))? == 1;
                        if let (true, Some((rec, _))) = (took, result) {
                            super::insert(tx, rec, true)?;
                        }
                        took
                    }
                });
            }
            Ok(done)
        })
        .map_err(|e| err("cannot write to the store", e))
    }
}

#[cfg(feature = "postgres")]
impl Store {
    /// PostgreSQL: `writes` (no two replies to one attempt) in one statement,
    /// [`AT_ONCE`], after the new encounter `versions` (if any) in a transaction of
    /// their own (stored once by content hash, they need no undoing if the batch
    /// fails). The statement is one round trip and one implicit
    /// transaction, planned once per connection. Each part of a batch is a column
    /// of arrays, so the statement is the same whatever the batch holds. (A
    /// transaction of a statement per table costs PostgreSQL more in its protocol,
    /// planning and commits than in the writing itself.) `None` on SQLite.
    fn write_at_once(
        &mut self,
        writes: &[ServerWrite<'_>],
        seeds: &[String],
        versions: &[super::VersionFiles],
        now: &str,
    ) -> Option<Result<Vec<bool>, String>> {
        #[allow(irrefutable_let_patterns)] // without SQLite
        let super::Db::Pg(_) = &self.db else {
            return None;
        };
        if !versions.is_empty()
            && let Err(e) = self.in_transaction(&mut |tx| {
                for v in versions {
                    super::insert_version(tx, v, now)?;
                }
                Ok(())
            })
        {
            return Some(Err(e));
        }
        #[allow(irrefutable_let_patterns)] // without SQLite
        let super::Db::Pg(pg) = &mut self.db else {
            return None;
        };
        let pg = pg.get_mut();
        Some((|| {
            let starts: Vec<Vec<V<'_>>> = writes
                .iter()
                .zip(seeds)
                .filter_map(|(w, seed)| match w {
                    ServerWrite::Start(a, _) => Some(live_args(a, seed)),
                    ServerWrite::Reply { .. } => None,
                })
                .collect();
            let replies: Vec<Vec<V<'_>>> = writes
                .iter()
                .filter_map(|w| match w {
                    ServerWrite::Reply {
                        attempt: a, before, ..
                    } => Some(vec![
                        V::Text(&a.attempt_id),
                        V::Text(before),
                        V::Text(&a.replies),
                        V::Int(a.shown_ms),
                        V::Int(i64::from(a.ended)),
                    ]),
                    ServerWrite::Start(..) => None,
                })
                .collect();
            let recs: Vec<&AttemptRecord> = writes
                .iter()
                .filter_map(|w| match w {
                    ServerWrite::Reply {
                        result: Some((rec, _)),
                        ..
                    } => Some(*rec),
                    _ => None,
                })
                .collect();
            let texts = recs
                .iter()
                .map(|rec| super::RecordTexts::of(rec, true))
                .collect::<Result<Vec<_>, String>>()?;
            let attempts: Vec<Vec<V<'_>>> = recs
                .iter()
                .zip(&texts)
                .map(|(rec, t)| super::attempt_row(rec, true, t))
                .collect();
            let kept: Vec<(&AttemptRecord, &super::RecordTexts)> =
                recs.iter().copied().zip(&texts).collect();
            let children = super::child_rows(&kept);
            let mut params = Vec::new();
            let parts = [&starts, &replies, &attempts]
                .into_iter()
                .chain(&children)
                .zip(AT_ONCE_TYPES);
            for (rows, types) in parts {
                params.extend(super::pg_columns(types, rows)?);
            }
            let st = pg.statement(&AT_ONCE).map_err(|e| super::pg_error(&e))?;
            let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = params
                .iter()
                .map(|c| c as &(dyn postgres::types::ToSql + Sync))
                .collect();
            let moved: std::collections::HashSet<String> = pg
                .client
                .query(&st, &refs)
                .map_err(|e| super::pg_error(&e))?
                .iter()
                .map(|r| r.try_get::<_, String>(0).map_err(|e| super::pg_error(&e)))
                .collect::<Result<_, _>>()?;
            Ok(writes
                .iter()
                .map(|w| match w {
                    ServerWrite::Start(..) => true,
                    ServerWrite::Reply { attempt, .. } => moved.contains(&attempt.attempt_id),
                })
                .collect())
        })())
    }
}

/// The column types (`t` text, `i` bigint) of the parts of [`AT_ONCE`], in order:
/// attempts started ([`LIVE_TABLE`]), replies (attempt, replies before, replies,
/// shown, ended), and the results' rows in `attempts` and each of the child tables.
#[cfg(feature = "postgres")]
const AT_ONCE_TYPES: [&str; 7] = [
    "ttttttitiiti",
    "tttii",
    "ttttttttttttiiiittitttit",
    "tt",
    "titi",
    "titttii",
    "tittiittiiiiii",
];

/// The batch after which a connection readied by [`Store::for_key_lookups`]
/// first prepares its statements afresh (a power of two).
#[cfg(feature = "postgres")]
const FIRST_REPLAN: u64 = 64;

/// One statement for a whole batch of writes (see [`Store::write_at_once`]): the
/// attempts started; the replies, each moving its attempt only if its replies are
/// still the ones it was answered on; and the results of the replies that moved,
/// unless their attempt is stored already. Answers the ids of the attempts moved.
#[cfg(feature = "postgres")]
static AT_ONCE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let mut n = 0;
    let mut unnest = |types: &str| {
        let arrays: Vec<String> = types
            .chars()
            .map(|t| {
                n += 1;
                format!("${n}::{}[]", if t == 't' { "text" } else { "bigint" })
            })
            .collect();
        let names: Vec<String> = (1..=types.len()).map(|c| format!("c{c}")).collect();
        format!("unnest({}) AS r({})", arrays.join(", "), names.join(", "))
    };
    let [live, replies, attempts, records, comps, feedback, turns] = AT_ONCE_TYPES.map(&mut unnest);
    let children: Vec<String> = super::CHILD_TABLES
        .iter()
        .zip([records, comps, feedback, turns])
        .enumerate()
        .map(|(i, (table, rows))| {
            format!(
                "child{i} AS (INSERT INTO {table} SELECT * FROM {rows}
                   WHERE r.c1 IN (SELECT attempt_id FROM added))"
            )
        })
        .collect();
    format!(
        "WITH started AS (INSERT INTO {LIVE_TABLE} SELECT * FROM {live}),
         moved AS (UPDATE live_attempts SET replies = r.c3, shown_ms = r.c4, ended = r.c5
             FROM {replies}
             WHERE live_attempts.attempt_id = r.c1 AND live_attempts.replies = r.c2
               AND live_attempts.ended = 0
             RETURNING live_attempts.attempt_id),
         added AS (INSERT INTO {} SELECT * FROM {attempts}
             WHERE r.c1 IN (SELECT attempt_id FROM moved)
             ON CONFLICT DO NOTHING RETURNING attempt_id),
         {}
         SELECT attempt_id FROM moved",
        super::ATTEMPTS_TABLE,
        children.join(",\n         ")
    )
});

/// No two replies of `writes` move the same attempt (two requests racing on one
/// attempt): else they go one statement each, so that exactly one of them moves it.
#[cfg(feature = "postgres")]
fn distinct_replies(writes: &[ServerWrite<'_>]) -> bool {
    let mut seen = std::collections::HashSet::new();
    writes.iter().all(|w| match w {
        ServerWrite::Reply { attempt, .. } => seen.insert(attempt.attempt_id.as_str()),
        ServerWrite::Start(..) => true,
    })
}

const ADVANCE_LIVE: &str = "UPDATE live_attempts SET replies = ?1, shown_ms = ?2, ended = ?3
     WHERE attempt_id = ?4 AND replies = ?5 AND ended = 0";

fn advance_args<'a>(a: &'a LiveAttempt, before: &'a str) -> Vec<V<'a>> {
    vec![
        V::Text(&a.replies),
        V::Int(a.shown_ms),
        V::Int(i64::from(a.ended)),
        V::Text(&a.attempt_id),
        V::Text(before),
    ]
}

#[cfg(feature = "postgres")]
const LIVE_TABLE: &str = "live_attempts (attempt_id, user_id, cohort, scenario_id, content_hash,
     locale, assessed, seed, started_ms, shown_ms, replies, ended)";

const INSERT_LIVE: &str = "INSERT INTO live_attempts (attempt_id, user_id, cohort, scenario_id,
     content_hash, locale, assessed, seed, started_ms, shown_ms, replies, ended)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

fn live_args<'a>(a: &'a LiveAttempt, seed: &'a str) -> Vec<V<'a>> {
    vec![
        V::Text(&a.attempt_id),
        V::Text(&a.user_id),
        V::OptText(a.cohort.as_deref()),
        V::Text(&a.scenario_id),
        V::Text(&a.content_hash),
        V::Text(&a.locale),
        V::Int(i64::from(a.assessed)),
        V::Text(seed),
        V::Int(a.started_ms),
        V::Int(a.shown_ms),
        V::Text(&a.replies),
        V::Int(i64::from(a.ended)),
    ]
}

/// An account from its [`Store::ACCOUNT_COLUMNS`] and its cohorts.
fn account_from(r: &[Option<String>], cohorts: Vec<String>) -> Result<Account, StoreError> {
    let id = text(&r[0]);
    Ok(Account {
        cohorts,
        name: text(&r[1]),
        role: Role::parse(&text(&r[2]))
            .map_err(|e| err(&format!("the account {id} is damaged"), e))?,
        password_hash: text(&r[3]),
        disabled: int(&r[4]) != 0,
        created_ms: int(&r[5]),
        id,
    })
}

/// An attempt in progress from its [`Store::LIVE_COLUMNS`].
fn live_from(r: &[Option<String>]) -> Result<LiveAttempt, StoreError> {
    let id = text(&r[0]);
    Ok(LiveAttempt {
        seed: text(&r[7]).parse().map_err(|_| {
            err(
                &format!("the attempt in progress {id} is damaged"),
                "its seed is not a number",
            )
        })?,
        user_id: text(&r[1]),
        cohort: r[2].clone(),
        scenario_id: text(&r[3]),
        content_hash: text(&r[4]),
        locale: text(&r[5]),
        assessed: int(&r[6]) != 0,
        started_ms: int(&r[8]),
        shown_ms: int(&r[9]),
        replies: text(&r[10]),
        ended: int(&r[11]) != 0,
        attempt_id: id,
    })
}
