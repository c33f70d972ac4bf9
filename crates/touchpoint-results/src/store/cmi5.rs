//! What the course server keeps of launches from an LMS (migration 6; cmi5, issue
//! 17): each session with its attempt and where its statements go, what each
//! registration was told, and the statements of each session until the LMS has them.
//! Kept in the store, not by a server process, so that any instance can answer a
//! launched trainee's requests and send what another queued.

use serde_json::Value;

use super::{Store, StoreError, V, err};
use crate::cmi5::launch::Told;

/// One session launched from an LMS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cmi5Session {
    /// The LMS's session id (from the launch data's context template).
    pub session_id: String,
    /// The course server's attempt played in the session.
    pub attempt_id: String,
    pub registration: String,
    /// The LMS's activity id of the AU (the object of cmi5-defined statements).
    pub activity_id: String,
    pub scenario_id: String,
    /// The LMS's xAPI endpoint, ending in `/`.
    pub endpoint: String,
    /// The session's authorization token from the LMS's fetch URL: the value of
    /// the `Authorization: Basic …` header. A secret, limited to the session.
    pub auth_token: String,
    /// The launch's actor (JSON).
    pub actor: String,
    /// `LMS.LaunchData` as read at the launch (JSON).
    pub launch_data: String,
    pub created_ms: i64,
    /// Its closing statements (after `initialized`) are queued.
    pub closed: bool,
}

const COLUMNS: &str = "session_id, attempt_id, registration, activity_id, scenario_id, endpoint,
    auth_token, actor, launch_data, CAST(created_ms AS TEXT), CAST(closed AS TEXT)";

fn session_from(r: &[Option<String>]) -> Cmi5Session {
    let t = |i: usize| r[i].clone().unwrap_or_default();
    Cmi5Session {
        session_id: t(0),
        attempt_id: t(1),
        registration: t(2),
        activity_id: t(3),
        scenario_id: t(4),
        endpoint: t(5),
        auth_token: t(6),
        actor: t(7),
        launch_data: t(8),
        created_ms: t(9).parse().unwrap_or(0),
        closed: t(10) == "1",
    }
}

impl Store {
    fn cmi5_sessions_where(
        &self,
        clause: &str,
        args: &[String],
    ) -> Result<Vec<Cmi5Session>, StoreError> {
        Ok(self
            .text_rows(
                &format!("SELECT {COLUMNS} FROM cmi5_sessions {clause}"),
                args,
                11,
            )?
            .iter()
            .map(|r| session_from(r))
            .collect())
    }

    /// Adds a launched session and its first statements (`initialized`), in one
    /// transaction. False when a session of that id exists (nothing changes).
    pub fn add_cmi5_session(
        &mut self,
        s: &Cmi5Session,
        first: &[Value],
    ) -> Result<bool, StoreError> {
        let texts: Vec<String> = first.iter().map(Value::to_string).collect();
        self.in_transaction(&mut |tx| {
            let added = tx.exec(
                "INSERT INTO cmi5_sessions (session_id, attempt_id, registration, activity_id,
                     scenario_id, endpoint, auth_token, actor, launch_data, created_ms, closed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0) ON CONFLICT DO NOTHING",
                &[
                    V::Text(&s.session_id),
                    V::Text(&s.attempt_id),
                    V::Text(&s.registration),
                    V::Text(&s.activity_id),
                    V::Text(&s.scenario_id),
                    V::Text(&s.endpoint),
                    V::Text(&s.auth_token),
                    V::Text(&s.actor),
                    V::Text(&s.launch_data),
                    V::Int(s.created_ms),
                ],
            )?;
            if added == 0 {
                return Ok(false);
            }
            for (i, t) in texts.iter().enumerate() {
                tx.exec(
                    "INSERT INTO cmi5_outbox (session_id, position, statement, sent)
                     VALUES (?1, ?2, ?3, 0)",
                    &[V::Text(&s.session_id), V::Int(i as i64), V::Text(t)],
                )?;
            }
            Ok(true)
        })
        .map_err(|e| err("cannot store the launch", e))
    }

    /// The launched session an attempt is played in, if it was launched.
    pub fn cmi5_session_of(&self, attempt_id: &str) -> Result<Option<Cmi5Session>, StoreError> {
        Ok(self
            .cmi5_sessions_where("WHERE attempt_id = ?1", &[attempt_id.to_string()])?
            .pop())
    }

    /// The attempt of the latest session of a registration on an AU whose attempt
    /// ended (what `Review` shows).
    pub fn last_cmi5_attempt(
        &self,
        registration: &str,
        activity_id: &str,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .cmi5_sessions_where(
                "WHERE registration = ?1 AND activity_id = ?2 AND attempt_id IN
                     (SELECT attempt_id FROM live_attempts WHERE ended = 1)
                 ORDER BY created_ms DESC, session_id",
                &[registration.to_string(), activity_id.to_string()],
            )?
            .into_iter()
            .next()
            .map(|s| s.attempt_id))
    }

    /// Sessions whose attempt has ended but whose closing statements are not queued
    /// yet (a server stopped between the two, or the reply that ended it was just
    /// answered).
    pub fn cmi5_sessions_to_close(&self) -> Result<Vec<Cmi5Session>, StoreError> {
        self.cmi5_sessions_where(
            "WHERE closed = 0 AND attempt_id IN (SELECT attempt_id FROM live_attempts WHERE ended = 1)
             ORDER BY created_ms, session_id",
            &[],
        )
    }

    /// Queues a session's closing statements, once: `build` makes them from what
    /// the registration was told before (read and written in the same transaction,
    /// so two sessions of one registration closing at once are told in turn) and
    /// returns them with what the registration has been told after. False when the
    /// session was closed already (by another server process): nothing changes.
    pub fn close_cmi5_session(
        &mut self,
        s: &Cmi5Session,
        build: &dyn Fn(Told) -> Result<(Vec<Value>, Told), String>,
    ) -> Result<bool, StoreError> {
        self.in_transaction(&mut |tx| {
            // Taken first: of two processes closing it, the second finds it closed.
            let took = tx.exec(
                "UPDATE cmi5_sessions SET closed = 1 WHERE session_id = ?1 AND closed = 0",
                &[V::Text(&s.session_id)],
            )?;
            if took == 0 {
                return Ok(false);
            }
            let key = [V::Text(&s.registration), V::Text(&s.activity_id)];
            tx.exec(
                "INSERT INTO cmi5_registrations (registration, activity_id, completed, passed)
                 VALUES (?1, ?2, 0, 0) ON CONFLICT DO NOTHING",
                &key,
            )?;
            // A write first, so that the read after it sees what a session of the
            // same registration closing at the same moment left.
            tx.exec(
                "UPDATE cmi5_registrations SET completed = completed
                 WHERE registration = ?1 AND activity_id = ?2",
                &key,
            )?;
            let before = tx
                .query_texts(
                    "SELECT CAST(completed AS TEXT) || ' ' || CAST(passed AS TEXT)
                     FROM cmi5_registrations WHERE registration = ?1 AND activity_id = ?2",
                    &key,
                )?
                .first()
                .map(|t| Told {
                    completed: t.starts_with('1'),
                    passed: t.ends_with('1'),
                })
                .unwrap_or_default();
            let (statements, after) = build(before)?;
            tx.exec(
                "UPDATE cmi5_registrations SET completed = ?3, passed = ?4
                 WHERE registration = ?1 AND activity_id = ?2",
                &[
                    V::Text(&s.registration),
                    V::Text(&s.activity_id),
                    V::Int(i64::from(after.completed)),
                    V::Int(i64::from(after.passed)),
                ],
            )?;
            let next = tx
                .query_texts(
                    "SELECT CAST(COUNT(*) AS TEXT) FROM cmi5_outbox WHERE session_id = ?1",
                    &[V::Text(&s.session_id)],
                )?
                .first()
                .and_then(|n| n.parse::<i64>().ok())
                .unwrap_or(0);
            for (i, st) in statements.iter().enumerate() {
                tx.exec(
                    "INSERT INTO cmi5_outbox (session_id, position, statement, sent)
                     VALUES (?1, ?2, ?3, 0)",
                    &[
                        V::Text(&s.session_id),
                        V::Int(next + i as i64),
                        V::Text(&st.to_string()),
                    ],
                )?;
            }
            Ok(true)
        })
        .map_err(|e| err("cannot queue the session's statements", e))
    }

    /// What a registration was told on an AU.
    pub fn cmi5_told(&self, registration: &str, activity_id: &str) -> Result<Told, StoreError> {
        Ok(self
            .text_rows(
                "SELECT CAST(completed AS TEXT), CAST(passed AS TEXT) FROM cmi5_registrations
                 WHERE registration = ?1 AND activity_id = ?2",
                &[registration.to_string(), activity_id.to_string()],
                2,
            )?
            .first()
            .map(|r| Told {
                completed: r[0].as_deref() == Some("1"),
                passed: r[1].as_deref() == Some("1"),
            })
            .unwrap_or_default())
    }

    /// The sessions with statements not yet delivered, oldest first.
    pub fn cmi5_sessions_unsent(&self) -> Result<Vec<Cmi5Session>, StoreError> {
        self.cmi5_sessions_where(
            "WHERE session_id IN (SELECT session_id FROM cmi5_outbox WHERE sent = 0)
             ORDER BY created_ms, session_id",
            &[],
        )
    }

    /// A session's statements not yet delivered, in order: (position, statement).
    pub fn cmi5_unsent(&self, session_id: &str) -> Result<Vec<(i64, Value)>, StoreError> {
        self.text_rows(
            "SELECT CAST(position AS TEXT), statement FROM cmi5_outbox
             WHERE session_id = ?1 AND sent = 0 ORDER BY position",
            &[session_id.to_string()],
            2,
        )?
        .into_iter()
        .map(|r| {
            let position = r[0].as_deref().and_then(|p| p.parse().ok()).unwrap_or(0);
            let statement = serde_json::from_str(r[1].as_deref().unwrap_or(""))
                .map_err(|e| err("a queued statement is damaged", e))?;
            Ok((position, statement))
        })
        .collect()
    }

    /// Stops trying to deliver a session's statements (its LMS has refused or been
    /// unreachable for too long: the token was for the session only): they stay in
    /// the outbox, marked given up (`sent = 2`), for a person to look at. Returns how
    /// many.
    pub fn give_up_cmi5(&mut self, session_id: &str) -> Result<u64, StoreError> {
        self.in_transaction(&mut |tx| {
            tx.exec(
                "UPDATE cmi5_outbox SET sent = 2 WHERE session_id = ?1 AND sent = 0",
                &[V::Text(session_id)],
            )
        })
        .map_err(|e| err("cannot give up the statements", e))
    }

    /// Marks a session's statements up to `position` delivered.
    pub fn mark_cmi5_sent(&mut self, session_id: &str, position: i64) -> Result<(), StoreError> {
        self.in_transaction(&mut |tx| {
            tx.exec(
                "UPDATE cmi5_outbox SET sent = 1
                 WHERE session_id = ?1 AND position <= ?2 AND sent = 0",
                &[V::Text(session_id), V::Int(position)],
            )
        })
        .map(drop)
        .map_err(|e| err("cannot mark the statements sent", e))
    }
}
