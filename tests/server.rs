//! The course server's API (issue 16), over real HTTP on 127.0.0.1 with a temporary
//! store: sign-in and sessions, play scored by the server's own replay, hostile
//! input, cross-site requests and response headers, and the authorization matrix.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};
use touchpoint::engine::{Session, TimedPick};
use touchpoint::results::store::{Account, Filter, Location, Role, Store};
use touchpoint::server::accounts::hash_password;
use touchpoint::server::{Config, Running, spawn};

use crate::common::{load, root};

pub const PASSWORD: &str = "correct horse battery";

/// An account, stored with PASSWORD.
fn account(id: &str, role: Role, cohorts: &[&str]) -> Account {
    Account {
        id: id.into(),
        name: format!("{id} 名"),
        role,
        cohorts: cohorts.iter().map(|c| c.to_string()).collect(),
        password_hash: hash_password(PASSWORD).unwrap(),
        disabled: false,
        created_ms: 0,
    }
}

/// A server on the shipped encounters with: trainees `ann` (cohort c1) and `bob`
/// (c2), instructor `ivy` (c1), `hal` (hr) and `ada` (admin).
pub fn server(dir: &Path) -> (Running, Location) {
    let loc = Location::Sqlite(dir.join("store.sqlite3"));
    (server_on(&loc), loc)
}

/// The same on the store at `loc`.
pub fn server_on(loc: &Location) -> Running {
    server_in(loc, &root().join("scenarios"))
}

/// The same, offering the encounters of `scenarios`.
pub fn server_in(loc: &Location, scenarios: &Path) -> Running {
    server_with(loc, scenarios, |_| {})
}

/// The same, with `tweak` applied to the configuration.
pub fn server_with(loc: &Location, scenarios: &Path, tweak: impl FnOnce(&mut Config)) -> Running {
    let mut s = Store::open(loc).unwrap();
    for a in [
        account("ann", Role::Trainee, &["c1"]),
        account("bob", Role::Trainee, &["c2"]),
        account("ivy", Role::Instructor, &["c1"]),
        account("hal", Role::Hr, &[]),
        account("ada", Role::Admin, &[]),
    ] {
        assert!(s.put_account(&a, false).unwrap());
    }
    drop(s);
    let mut config = Config::new(
        "127.0.0.1:0".parse().unwrap(),
        scenarios.to_path_buf(),
        loc.clone(),
    );
    tweak(&mut config);
    spawn(config, 2).unwrap()
}

/// One client: its own cookie.
pub struct Client {
    base: String,
    agent: ureq::Agent,
    pub cookie: Option<String>,
}

pub struct Answer {
    pub status: u16,
    pub body: Value,
    pub headers: BTreeMap<String, String>,
    /// The body as it came.
    pub text: String,
}

impl Client {
    pub fn new(server: &Running) -> Client {
        Client::at(&server.url())
    }

    /// A client of the server at `base` (`http://127.0.0.1:PORT`).
    pub fn at(base: &str) -> Client {
        Client::trusting(base, None)
    }

    /// A client of `base` that trusts the certificate `der` (HTTPS with a
    /// self-signed certificate).
    pub fn trusting(base: &str, der: Option<&[u8]>) -> Client {
        let mut config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            // A new connection per request: the server closes one after refusing
            // a body too large, and a pooled connection would be reused closed.
            .max_idle_connections(0);
        if let Some(der) = der {
            let root = ureq::tls::Certificate::from_der(der).to_owned();
            config = config.tls_config(
                ureq::tls::TlsConfig::builder()
                    .root_certs(ureq::tls::RootCerts::Specific(std::sync::Arc::new(vec![
                        root,
                    ])))
                    .build(),
            );
        }
        Client {
            base: base.to_string(),
            agent: config.build().into(),
            cookie: None,
        }
    }

    pub fn signed_in(server: &Running, id: &str) -> Client {
        let mut c = Client::new(server);
        let a = c.sign_in(id, PASSWORD);
        assert_eq!(a.status, 200, "{id}: {}", a.body);
        c
    }

    /// Marks `scenario` assessed for `cohort` (as this client, an instructor of it).
    pub fn mark_assessed(&self, cohort: &str, scenario: &str) {
        let marked = self.send(
            "PUT",
            "/api/assessed",
            Some(&json!({"cohort": cohort, "scenario": scenario, "assessed": true}).to_string()),
            &[],
        );
        assert_eq!(marked.status, 204, "{}", marked.body);
    }

    pub fn signed_in_with(server: &Running, id: &str, password: &str) -> Client {
        let mut c = Client::new(server);
        let a = c.sign_in(id, password);
        assert_eq!(a.status, 200, "{id}: {}", a.body);
        c
    }

    pub fn sign_in(&mut self, id: &str, password: &str) -> Answer {
        let a = self.send(
            "POST",
            "/api/session",
            Some(&json!({"id": id, "password": password}).to_string()),
            &[],
        );
        if let Some(c) = a.headers.get("set-cookie") {
            self.cookie = c.split(';').next().map(str::to_string);
        }
        a
    }

    pub fn get(&self, path: &str) -> Answer {
        self.send("GET", path, None, &[])
    }

    pub fn post(&self, path: &str, body: Value) -> Answer {
        self.send("POST", path, Some(&body.to_string()), &[])
    }

    /// Starts an attempt at `scenario` in `locale` (the answer, not checked).
    pub fn start(&self, scenario: &str, locale: &str) -> Answer {
        let body = json!({"scenario": scenario, "locale": locale});
        self.post("/api/attempts", body)
    }

    fn put(&self, path: &str, body: Value) -> Answer {
        self.send("PUT", path, Some(&body.to_string()), &[])
    }

    /// A request with a raw body and extra headers.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
        extra: &[(&str, &str)],
    ) -> Answer {
        self.request(method, path, body, extra)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    /// A JSON request; `None` when no answer came (the server was not there).
    pub fn try_send(&self, method: &str, path: &str, body: Option<&str>) -> Option<Answer> {
        self.request(method, path, body, &[]).ok()
    }

    fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
        extra: &[(&str, &str)],
    ) -> Result<Answer, ureq::Error> {
        let url = format!("{}{path}", self.base);
        let headers: Vec<(&str, String)> = self
            .cookie
            .iter()
            .map(|c| ("Cookie", c.clone()))
            .chain(extra.iter().map(|(k, v)| (*k, v.to_string())))
            .collect();
        let has_type = extra
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-type"));
        let res = match (method, body) {
            ("GET" | "DELETE", _) => {
                let mut r = if method == "GET" {
                    self.agent.get(&url)
                } else {
                    self.agent.delete(&url)
                };
                for (k, v) in &headers {
                    r = r.header(*k, v);
                }
                r.call()
            }
            (_, body) => {
                let mut r = match method {
                    "POST" => self.agent.post(&url),
                    "PUT" => self.agent.put(&url),
                    "PATCH" => self.agent.patch(&url),
                    _ => unreachable!("{method}"),
                };
                if !has_type {
                    r = r.header("Content-Type", "application/json");
                }
                for (k, v) in &headers {
                    r = r.header(*k, v);
                }
                r.send(body.unwrap_or(""))
            }
        };
        let mut res = res?;
        let headers = res
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
            .collect();
        let text = res.body_mut().read_to_string().unwrap_or_default();
        Ok(Answer {
            status: res.status().as_u16(),
            body: serde_json::from_str(&text).unwrap_or(Value::String(text.clone())),
            headers,
            text,
        })
    }
}

/// Plays to the end always taking the first reply on offer; the last answer.
pub fn play_first_replies(c: &Client, scenario: &str, locale: &str) -> Value {
    let mut a = c.start(scenario, locale);
    assert_eq!(a.status, 201, "{}", a.body);
    let id = a.body["attempt_id"].as_str().unwrap().to_string();
    for _ in 0..80 {
        if a.body["ended"] == json!(true) {
            return a.body;
        }
        let first = a.body["choices"][0]["id"].as_str().unwrap().to_string();
        a = c.post(
            &format!("/api/attempts/{id}/replies"),
            json!({"choice": first}),
        );
        assert_eq!(a.status, 200, "{}", a.body);
    }
    panic!("{scenario} did not end within 80 replies");
}

#[test]
fn sign_in_sets_a_strict_cookie_and_a_wrong_id_answers_as_a_wrong_password() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    let mut c = Client::new(&srv);
    let ok = c.sign_in("ann", PASSWORD);
    assert_eq!(ok.status, 200);
    assert_eq!(
        ok.body,
        json!({"id": "ann", "name": "ann 名", "role": "trainee", "cohorts": ["c1"]})
    );
    let cookie = &ok.headers["set-cookie"];
    for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age="] {
        assert!(cookie.contains(part), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain HTTP: {cookie}");
    // 256 bits of token, as hex.
    let token = cookie
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("tp_session=")
        .unwrap();
    assert_eq!(token.len(), 64);
    assert_eq!(c.get("/api/me").body["id"], "ann");

    let wrong_password = Client::new(&srv).sign_in("ann", "not the password");
    let unknown_id = Client::new(&srv).sign_in("nobody", "not the password");
    assert_eq!(wrong_password.status, 401);
    assert_eq!(unknown_id.status, 401);
    assert_eq!(wrong_password.body, unknown_id.body);
    assert!(!wrong_password.headers.contains_key("set-cookie"));
}

#[test]
fn the_store_holds_only_hashes_of_passwords_and_tokens() {
    let d = tempfile::tempdir().unwrap();
    let (srv, loc) = server(d.path());
    let mut c = Client::new(&srv);
    c.sign_in("ann", PASSWORD);
    let token = c
        .cookie
        .clone()
        .unwrap()
        .strip_prefix("tp_session=")
        .unwrap()
        .to_string();
    drop(srv);
    let Location::Sqlite(path) = loc else {
        unreachable!()
    };
    let db = rusqlite::Connection::open(path).unwrap();
    let hash: String = db
        .query_row(
            "SELECT password_hash FROM accounts WHERE user_id = 'ann'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains(PASSWORD));
    let stored: Vec<String> = db
        .prepare("SELECT token_hash FROM web_sessions")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token);
}

#[test]
fn signing_out_or_disabling_the_account_ends_the_session_at_once() {
    let d = tempfile::tempdir().unwrap();
    let (srv, loc) = server(d.path());
    let c = Client::signed_in(&srv, "ann");
    let out = c.send("DELETE", "/api/session", None, &[]);
    assert_eq!(out.status, 204);
    assert!(out.headers["set-cookie"].contains("Max-Age=0"));
    assert_eq!(c.get("/api/me").status, 401);

    let c = Client::signed_in(&srv, "bob");
    let mut s = Store::open(&loc).unwrap();
    let bob = s.account("bob").unwrap().unwrap();
    s.put_account(
        &Account {
            disabled: true,
            ..bob
        },
        true,
    )
    .unwrap();
    assert_eq!(c.get("/api/me").status, 401);
    // And it cannot sign in again: the same answer as a wrong password.
    assert_eq!(Client::new(&srv).sign_in("bob", PASSWORD).status, 401);
}

/// Guesses sent all at once (an attacker's parallel requests) are each counted:
/// five are checked and refused as wrong (and at most one more per other core, each
/// checked while the fifth was), the rest find the id locked unchecked.
#[test]
fn parallel_guesses_are_each_counted_and_lock_the_id_after_five() {
    let d = tempfile::tempdir().unwrap();
    let (srv, loc) = server(d.path());
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let guesses: Vec<_> = (0..20)
            .map(|k| {
                let srv = &srv;
                scope.spawn(move || {
                    Client::new(srv)
                        .sign_in("ann", &format!("wrong guess {k}"))
                        .status
                })
            })
            .collect();
        guesses.into_iter().map(|g| g.join().unwrap()).collect()
    });
    let count = |code| statuses.iter().filter(|s| **s == code).count();
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let wrong = count(401);
    assert!((5..5 + cores).contains(&wrong), "{statuses:?}");
    assert_eq!(count(429), 20 - wrong, "{statuses:?}");
    let t = Store::open(&loc).unwrap().throttle("id:ann").unwrap();
    assert_eq!(t.failed as usize, wrong, "every checked guess counted");
    assert!(t.locked_until_ms > 0);
}

/// The failed sign-in counter under many writers at once (server processes on one
/// store): every failure counted, none lost to a stale read (also on PostgreSQL, by
/// `store_pg`).
pub fn failed_sign_ins_racing_are_each_counted(loc: &Location) {
    use touchpoint::results::store::Throttle;
    Store::open(loc).unwrap();
    std::thread::scope(|scope| {
        for _ in 0..6 {
            scope.spawn(|| {
                let mut s = Store::open(loc).unwrap();
                for _ in 0..20 {
                    s.count_failures(&["id:racer", "ip:192.0.2.7"], &|_, t| Throttle {
                        failed: t.failed + 1,
                        window_ms: 1,
                        locked_until_ms: 0,
                    })
                    .unwrap();
                }
            });
        }
    });
    let s = Store::open(loc).unwrap();
    assert_eq!(s.throttle("id:racer").unwrap().failed, 120);
    assert_eq!(s.throttle("ip:192.0.2.7").unwrap().failed, 120);
}

#[test]
fn failed_sign_ins_racing_are_each_counted_on_sqlite() {
    let d = tempfile::tempdir().unwrap();
    failed_sign_ins_racing_are_each_counted(&Location::Sqlite(d.path().join("t.sqlite3")));
}

#[test]
fn failed_sign_ins_lock_an_id_whether_or_not_it_exists() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    for id in ["ann", "ghost"] {
        for _ in 0..5 {
            assert_eq!(Client::new(&srv).sign_in(id, "wrong password!").status, 401);
        }
        // Locked now: even the right password waits.
        let locked = Client::new(&srv).sign_in(id, PASSWORD);
        assert_eq!(locked.status, 429, "{id}: {}", locked.body);
        let wait: u64 = locked.headers["retry-after"].parse().unwrap();
        assert!((1..=30).contains(&wait), "{wait}");
    }
    // Another account is not locked by them.
    assert_eq!(Client::new(&srv).sign_in("bob", PASSWORD).status, 200);
}

#[test]
fn an_attempt_is_scored_by_the_servers_own_replay_and_stored() {
    let d = tempfile::tempdir().unwrap();
    let (srv, loc) = server(d.path());
    let c = Client::signed_in(&srv, "ann");
    let list = c.get("/api/encounters?locale=en-US");
    assert_eq!(list.status, 200);
    assert!(list.body.as_array().unwrap().len() >= 10, "{}", list.body);
    let end = play_first_replies(&c, "hall_dispute_escalation", "zh-CN");
    let result = &end["result"];
    assert_eq!(end["verified"], "server");
    assert_eq!(result["trainee"]["id"], "ann");
    assert_eq!(result["cohort"], "c1");
    // The engine, run here on the same seed and replies, gives the same assessment.
    let enc = load(&root().join("scenarios/hall_dispute_escalation.ron"));
    let seed = result["seed"].as_u64().unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, seed).unwrap();
    for t in result["transcript"].as_array().unwrap() {
        let entry = format!("{}@{}", t["choice"].as_str().unwrap(), t["elapsed_ms"]);
        let p = TimedPick::parse(&entry).unwrap();
        s.replay(&p.pick, p.elapsed_ms).unwrap();
    }
    let a = touchpoint::engine::assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
    assert_eq!(result["score"], json!(a.score));
    assert_eq!(result["passed"], json!(a.passed));
    // A careless trainee (the first reply every time) fails this one.
    assert_eq!(result["passed"], json!(false));
    // The store has it, verified, as the server answered it.
    let id = result["attempt_id"].as_str().unwrap();
    let stored = Store::open(&loc).unwrap().get(id).unwrap().unwrap();
    assert_eq!(serde_json::to_value(&stored).unwrap(), *result);
    // Finished: no more replies.
    let again = c.post(
        &format!("/api/attempts/{id}/replies"),
        json!({"choice": "x"}),
    );
    assert_eq!(again.status, 409, "{}", again.body);
    // The trainee's own results list it, marked as played on the server.
    let mine = c.get("/api/results");
    assert_eq!(mine.status, 200);
    let row = mine
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["attempt_id"] == id)
        .unwrap_or_else(|| panic!("{}", mine.body));
    assert_eq!(row["verified"], "server", "{row}");
    assert_eq!(row["score"], result["score"]);
}

#[test]
fn a_reply_not_on_offer_is_refused_with_the_offer_and_changes_nothing() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    let c = Client::signed_in(&srv, "ann");
    let start = c.start("ringback_complaint", "en-US");
    let id = start.body["attempt_id"].as_str().unwrap();
    let bad = c.post(
        &format!("/api/attempts/{id}/replies"),
        json!({"choice": "not_a_reply"}),
    );
    assert_eq!(bad.status, 409);
    let offered: Vec<&str> = start.body["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(bad.body["on_offer"], json!(offered));
    // Resuming shows exactly where it was.
    let now = c.get(&format!("/api/attempts/{id}"));
    assert_eq!(now.status, 200);
    assert_eq!(now.body["choices"], start.body["choices"]);
    assert_eq!(
        now.body["events"][0]["text"],
        start.body["events"][0]["text"]
    );
    assert_eq!(c.get("/api/attempts").body[0]["replies"], 0);
}

#[test]
fn the_servers_clock_decides_a_late_reply_and_the_page_cannot_claim_a_time() {
    let d = tempfile::tempdir().unwrap();
    let (srv, loc) = server(d.path());
    let c = Client::signed_in(&srv, "ann");
    let start = c.start("campaign_rebate_dispute", "en-US");
    assert_eq!(start.body["time_limit"], 30);
    let id = start.body["attempt_id"].as_str().unwrap();
    let choice = start.body["choices"][0]["id"].as_str().unwrap();
    // The page may not send a time.
    let forged = c.post(
        &format!("/api/attempts/{id}/replies"),
        json!({"choice": choice, "elapsed_ms": 1}),
    );
    assert_eq!(forged.status, 400, "{}", forged.body);
    // The node was shown 31 s ago (by the server's record of it).
    let mut s = Store::open(&loc).unwrap();
    let live = s.live_attempt(id).unwrap().unwrap();
    let earlier = touchpoint::results::store::LiveAttempt {
        shown_ms: live.shown_ms - 31_000,
        ..live.clone()
    };
    assert!(s.advance_live_attempt(&earlier, &live.replies).unwrap());
    let late = c.post(
        &format!("/api/attempts/{id}/replies"),
        json!({"choice": choice}),
    );
    assert_eq!(late.status, 200, "{}", late.body);
    assert_eq!(late.body["timed_out"], true);
    let live = s.live_attempt(id).unwrap().unwrap();
    assert_eq!(
        live.replies, "open_number@30001",
        "the clock took the node's timeout reply"
    );
}

#[test]
fn hostile_input_is_a_4xx_with_a_reason_never_a_500() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    let c = Client::signed_in(&srv, "ann");
    let start = c.start("ringback_complaint", "en-US");
    let id = start.body["attempt_id"].as_str().unwrap().to_string();
    let replies = format!("/api/attempts/{id}/replies");
    let big = "x".repeat(20 * 1024);
    /// Method, path, body, extra headers, the status expected.
    type Case<'a> = (
        &'a str,
        String,
        Option<String>,
        &'a [(&'a str, &'a str)],
        u16,
    );
    let cases: Vec<Case> = vec![
        ("POST", replies.clone(), Some("{not json".into()), &[], 400),
        (
            "POST",
            replies.clone(),
            Some(r#"{"choice": 3}"#.into()),
            &[],
            400,
        ),
        (
            "POST",
            replies.clone(),
            Some(r#"{"choice": "a", "extra": 1}"#.into()),
            &[],
            400,
        ),
        (
            "POST",
            replies.clone(),
            Some(json!({"choice": "a".repeat(200)}).to_string()),
            &[],
            400,
        ),
        (
            "POST",
            replies.clone(),
            Some(json!({"choice": "a\u{0}b"}).to_string()),
            &[],
            400,
        ),
        (
            "POST",
            replies.clone(),
            Some(json!({"choice": big}).to_string()),
            &[],
            413,
        ),
        (
            "POST",
            replies.clone(),
            Some(r#"{"choice":"a"}"#.into()),
            &[("Content-Type", "text/plain")],
            400,
        ),
        (
            "POST",
            "/api/attempts/..%2F..%2Fetc/replies".into(),
            Some(r#"{"choice":"a"}"#.into()),
            &[],
            404,
        ),
        (
            "GET",
            format!("/api/attempts/{}", "9".repeat(300)),
            None,
            &[],
            404,
        ),
        (
            "POST",
            "/api/attempts".into(),
            Some(r#"{"scenario":"../catalog","locale":"en-US"}"#.into()),
            &[],
            404,
        ),
        (
            "POST",
            "/api/attempts".into(),
            Some(r#"{"scenario":"ringback_complaint","locale":"fr-FR"}"#.into()),
            &[],
            400,
        ),
        ("GET", "/api/results?since=%00".into(), None, &[], 400),
        ("GET", "/api/results?colour=red".into(), None, &[], 400),
        ("GET", "/api/encounters?locale=xx".into(), None, &[], 400),
        ("GET", "/etc/passwd".into(), None, &[], 404),
        (
            "POST",
            "/api/session".into(),
            Some(json!({"id": "ann", "password": "p".repeat(2000)}).to_string()),
            &[],
            400,
        ),
    ];
    for (method, path, body, headers, want) in cases {
        let a = c.send(method, &path, body.as_deref(), headers);
        assert_eq!(a.status, want, "{method} {path}: {}", a.body);
        assert!(
            a.body["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{method} {path}: {}",
            a.body
        );
    }
    // Nothing above moved the attempt.
    assert_eq!(
        c.get(&format!("/api/attempts/{id}")).body["choices"],
        start.body["choices"]
    );
}

#[test]
fn a_cross_site_request_is_refused_and_every_answer_has_the_security_headers() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    let c = Client::signed_in(&srv, "ann");
    let body = json!({"scenario": "ringback_complaint", "locale": "en-US"}).to_string();
    let foreign = c.send(
        "POST",
        "/api/attempts",
        Some(&body),
        &[("Origin", "http://evil.example")],
    );
    assert_eq!(foreign.status, 403, "{}", foreign.body);
    let own = srv.url();
    let same = c.send(
        "POST",
        "/api/attempts",
        Some(&body),
        &[("Origin", own.as_str())],
    );
    assert_eq!(same.status, 201, "{}", same.body);
    for a in [c.get("/api/me"), foreign, Client::new(&srv).get("/api/me")] {
        let csp = &a.headers["content-security-policy"];
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert_eq!(a.headers["x-content-type-options"], "nosniff");
        assert_eq!(a.headers["referrer-policy"], "no-referrer");
        assert_eq!(a.headers["x-frame-options"], "DENY");
    }
}

/// Every route × every role × own data and another's: who gets what. A trainee never
/// reaches another's attempt or results, exports, other cohorts or accounts; an
/// instructor sees only their cohorts; hr and admin see all; only admin manages
/// accounts.
#[test]
fn the_authorization_matrix() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    let clients: BTreeMap<&str, Client> = ["ann", "bob", "ivy", "hal", "ada"]
        .into_iter()
        .map(|id| (id, Client::signed_in(&srv, id)))
        .collect();
    let anonymous = Client::new(&srv);
    // ann (c1) and bob (c2) each have an attempt in progress and a finished one.
    let start = |who: &str| {
        clients[who].start("ringback_complaint", "en-US").body["attempt_id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let ann_live = start("ann");
    let bob_live = start("bob");
    let ann_done =
        play_first_replies(&clients["ann"], "car_parts_price", "en-US")["result"]["attempt_id"]
            .as_str()
            .unwrap()
            .to_string();
    let bob_done =
        play_first_replies(&clients["bob"], "car_parts_price", "en-US")["result"]["attempt_id"]
            .as_str()
            .unwrap()
            .to_string();
    let first_choice = |id: &str| {
        clients["ann"].get(&format!("/api/attempts/{id}")).body["choices"][0]["id"]
            .as_str()
            .map(str::to_string)
    };
    let ann_choice = first_choice(&ann_live).unwrap();
    // A result played offline by `who`, to send with `results push`.
    let practice = |who: &str, k: u64| {
        let mut r = crate::xapi::hotel(crate::xapi::EXPERT, "en-US", None);
        r.trainee.id = who.into();
        r.cohort = None;
        r.attempt_id = format!("0194c2a0-0000-7000-8000-{k:012x}");
        serde_json::to_value(&r).unwrap()
    };

    // (method, path, body, expected status per caller: anonymous, ann, bob, ivy, hal, ada)
    type Row<'a> = (&'a str, String, Option<Value>, [u16; 6]);
    #[rustfmt::skip]
    // The instructor's drill-down into ann: her finished attempt opens on its
    // transcript, the one still open is listed as under way.
    let page = clients["ivy"].get("/cohorts/trainee/ann");
    assert_eq!(page.status, 200);
    for needle in [
        "ann 名".to_string(),
        format!("/attempt/{ann_done}"),
        format!("/attempt/{ann_live}"),
    ] {
        assert!(page.text.contains(&needle), "{needle} in {}", page.text);
    }
    assert!(
        !page.text.contains(&bob_done),
        "bob's attempt on ann's page"
    );
    let rows: Vec<Row> = vec![
        (
            "GET",
            "/api/me".into(),
            None,
            [401, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/api/encounters".into(),
            None,
            [401, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/api/attempts".into(),
            None,
            [401, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            format!("/api/attempts/{ann_live}"),
            None,
            [401, 200, 404, 200, 200, 200],
        ),
        (
            "GET",
            format!("/api/attempts/{bob_live}"),
            None,
            [401, 404, 200, 404, 200, 200],
        ),
        (
            "GET",
            format!("/api/attempts/{ann_done}"),
            None,
            [401, 200, 404, 200, 200, 200],
        ),
        (
            "GET",
            format!("/api/attempts/{bob_done}"),
            None,
            [401, 404, 200, 404, 200, 200],
        ),
        // Replies: the owner only (ann's reply is not replayed: the cell for ann is
        // checked last, below, so the attempt is still where it was for the others).
        (
            "POST",
            format!("/api/attempts/{bob_live}/replies"),
            Some(json!({"choice": "x"})),
            [401, 404, 409, 404, 403, 403],
        ),
        (
            "POST",
            format!("/api/attempts/{ann_done}/replies"),
            Some(json!({"choice": "x"})),
            [401, 409, 404, 403, 403, 403],
        ),
        (
            "GET",
            "/api/results".into(),
            None,
            [401, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/api/results?trainee=bob".into(),
            None,
            [401, 403, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/api/results?cohort=c1".into(),
            None,
            [401, 200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/api/results?cohort=c2".into(),
            None,
            [401, 200, 200, 403, 200, 200],
        ),
        (
            "PUT",
            "/api/assessed".into(),
            Some(json!({"cohort": "c1", "scenario": "ringback_complaint", "assessed": true})),
            [401, 403, 403, 204, 403, 204],
        ),
        (
            "PUT",
            "/api/assessed".into(),
            Some(json!({"cohort": "c2", "scenario": "ringback_complaint", "assessed": false})),
            [401, 403, 403, 403, 403, 204],
        ),
        (
            "GET",
            "/api/accounts".into(),
            None,
            [401, 403, 403, 403, 403, 200],
        ),
        (
            "GET",
            "/api/audit".into(),
            None,
            [401, 403, 403, 403, 403, 200],
        ),
        (
            "GET",
            "/api/exports/csv".into(),
            None,
            [401, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/api/exports/xlsx?cohort=c2".into(),
            None,
            [401, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/api/exports/report?trainee=ann".into(),
            None,
            [401, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/api/exports/passwords".into(),
            None,
            [401, 404, 404, 404, 404, 404],
        ),
        (
            "GET",
            "/cohorts".into(),
            None,
            [303, 403, 403, 200, 200, 200],
        ),
        (
            "GET",
            "/cohorts?cohort=c2".into(),
            None,
            [303, 403, 403, 403, 200, 200],
        ),
        (
            "GET",
            "/cohorts/report?cohort=c1".into(),
            None,
            [401, 403, 403, 200, 200, 200],
        ),
        (
            "GET",
            "/cohorts/report?cohort=c2".into(),
            None,
            [401, 403, 403, 403, 200, 200],
        ),
        // One trainee's attempts: ann is in ivy's cohort c1, bob is not; hal (hr) is
        // no trainee.
        (
            "GET",
            "/cohorts/trainee/ann".into(),
            None,
            [303, 403, 403, 200, 200, 200],
        ),
        (
            "GET",
            "/cohorts/trainee/bob".into(),
            None,
            [303, 403, 403, 404, 200, 200],
        ),
        (
            "GET",
            "/cohorts/trainee/hal".into(),
            None,
            [303, 403, 403, 404, 404, 404],
        ),
        (
            "GET",
            "/cohorts/trainee/nobody".into(),
            None,
            [303, 403, 403, 404, 404, 404],
        ),
        ("GET", "/admin".into(), None, [303, 403, 403, 403, 403, 200]),
        // A practice result is sent by its own trainee only (after the reads of
        // results above, so that their counts hold).
        (
            "POST",
            "/api/results".into(),
            Some(practice("ann", 1)),
            [401, 201, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/api/results".into(),
            Some(practice("bob", 2)),
            [401, 403, 201, 403, 403, 403],
        ),
        (
            "DELETE",
            "/api/session".into(),
            None,
            [401, 204, 204, 204, 204, 204],
        ),
    ];
    let callers: [(&str, &Client); 6] = [
        ("anonymous", &anonymous),
        ("ann", &clients["ann"]),
        ("bob", &clients["bob"]),
        ("ivy", &clients["ivy"]),
        ("hal", &clients["hal"]),
        ("ada", &clients["ada"]),
    ];
    let mut wrong = Vec::new();
    // What each caller may read of results: never another trainee's rows.
    let mut seen_rows: BTreeMap<(&str, String), Vec<String>> = BTreeMap::new();
    for (method, path, body, want) in &rows {
        for ((who, c), want) in callers.iter().zip(want) {
            let a = match (method, body) {
                (&"GET", _) => c.get(path),
                (&"POST", Some(b)) => c.post(path, b.clone()),
                (&"PUT", Some(b)) => c.put(path, b.clone()),
                (&"PATCH", Some(b)) => c.send("PATCH", path, Some(&b.to_string()), &[]),
                _ => c.send(method, path, None, &[]),
            };
            if a.status != *want {
                wrong.push(format!(
                    "{method} {path} as {who}: {} (expected {want}) {}",
                    a.status, a.body
                ));
            }
            if *method == "GET" && path.starts_with("/api/results") && a.status == 200 {
                let trainees = a
                    .body
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["trainee_id"].as_str().unwrap().to_string())
                    .collect();
                seen_rows.insert((who, path.clone()), trainees);
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} cells differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    for ((who, path), trainees) in &seen_rows {
        let allowed: &[&str] = match *who {
            "ann" => &["ann"],
            "bob" => &["bob"],
            "ivy" => &["ann"],
            _ => &["ann", "bob"],
        };
        assert!(
            trainees.iter().all(|t| allowed.contains(&t.as_str())),
            "{who} read {trainees:?} at {path}"
        );
    }
    assert_eq!(seen_rows[&("hal", "/api/results".to_string())].len(), 2);
    // The owner's reply: after the sign-outs above, ann signs in again and replies.
    let ann = Client::signed_in(&srv, "ann");
    let a = ann.post(
        &format!("/api/attempts/{ann_live}/replies"),
        json!({"choice": ann_choice}),
    );
    assert_eq!(a.status, 200, "{}", a.body);
}

/// `users add`, `users import` (new accounts' passwords on standard output, every bad
/// line located), `users passwd`, `users disable`, and `serve` refusing to start
/// without an admin (never a default password).
#[test]
fn accounts_come_from_the_command_line_and_the_server_needs_an_admin() {
    use crate::common::{stderr, stdout, touchpoint, touchpoint_with_input};
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("s.sqlite3");
    let store = store.to_str().unwrap();
    let serve = touchpoint(&["--store", store, "serve", "--addr", "127.0.0.1:0"]);
    assert_eq!(serve.status.code(), Some(1));
    assert!(
        stderr(&serve).contains("has no admin account"),
        "{}",
        stderr(&serve)
    );

    let add = |id: &str, role: &str, pw: &str| {
        touchpoint_with_input(
            &[
                "--store",
                store,
                "users",
                "add",
                id,
                "--role",
                role,
                "--name",
                "张经理",
                "--password-stdin",
            ],
            &format!("{pw}\n"),
        )
    };
    let short = add("boss", "admin", "short");
    assert_eq!(short.status.code(), Some(2));
    assert!(
        stderr(&short).contains("at least 8 characters"),
        "{}",
        stderr(&short)
    );
    assert_eq!(add("boss", "admin", "long enough 1").status.code(), Some(0));
    let again = add("boss", "trainee", "long enough 2");
    assert_eq!(
        again.status.code(),
        Some(1),
        "an existing id is not replaced"
    );
    assert_eq!(
        add("bad id", "trainee", "long enough 3").status.code(),
        Some(2)
    );
    assert_eq!(add("x", "owner", "long enough 3").status.code(), Some(2));

    let roster = d.path().join("roster.csv");
    std::fs::write(
        &roster,
        "id,name,role,cohort\nwang,王小明,trainee,2026春\nli,\"Li, Hua\",instructor,2026春\n",
    )
    .unwrap();
    let import = touchpoint(&[
        "--store",
        store,
        "users",
        "import",
        roster.to_str().unwrap(),
    ]);
    assert_eq!(import.status.code(), Some(0), "{}", stderr(&import));
    let out = stdout(&import);
    let passwords: BTreeMap<&str, &str> = out
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(','))
        .collect();
    assert_eq!(
        passwords.keys().copied().collect::<Vec<_>>(),
        ["li", "wang"]
    );
    let bad = d.path().join("bad.csv");
    std::fs::write(
        &bad,
        "id,name,role,cohort\nok,好,trainee,c\nx y,王,trainee,c\nz,赵,boss,c\n",
    )
    .unwrap();
    let refused = touchpoint(&["--store", store, "users", "import", bad.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    let e = stderr(&refused);
    assert!(
        e.contains("bad.csv:3: invalid account id `x y`")
            && e.contains("bad.csv:4: unknown role `boss`"),
        "{e}"
    );
    let list = stdout(&touchpoint(&["--store", store, "users", "list"]));
    assert!(
        !list.contains("ok "),
        "nothing of a bad roster is imported:\n{list}"
    );
    assert!(
        list.contains("王小明") && list.contains("instructor"),
        "{list}"
    );

    // The imported password signs in; after `users passwd` it does not, and after
    // `users disable` the new one does not either.
    let loc = Location::Sqlite(d.path().join("s.sqlite3"));
    let srv = spawn(
        Config::new(
            "127.0.0.1:0".parse().unwrap(),
            root().join("scenarios"),
            loc,
        ),
        1,
    )
    .unwrap();
    assert_eq!(
        Client::new(&srv).sign_in("wang", passwords["wang"]).status,
        200
    );
    let passwd = touchpoint_with_input(
        &[
            "--store",
            store,
            "users",
            "passwd",
            "wang",
            "--password-stdin",
        ],
        "a new password\n",
    );
    assert_eq!(passwd.status.code(), Some(0), "{}", stderr(&passwd));
    assert_eq!(
        Client::new(&srv).sign_in("wang", passwords["wang"]).status,
        401
    );
    assert_eq!(
        Client::new(&srv).sign_in("wang", "a new password").status,
        200
    );
    assert_eq!(
        touchpoint(&["--store", store, "users", "disable", "wang"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        Client::new(&srv).sign_in("wang", "a new password").status,
        401
    );
    let log = Client::signed_in_with(&srv, "boss", "long enough 1").get("/api/audit");
    let actions: Vec<&str> = log
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in [
        "account-added",
        "password-changed",
        "account-disabled",
        "signin",
        "signin-failed",
    ] {
        assert!(actions.contains(&a), "{a} not in {actions:?}");
    }
}

/// The pages: sign-in for a stranger, the course by module once signed in, the
/// language switch that cannot be turned into a redirect elsewhere, and a first load
/// (page, script, style sheet) far under 100 KB with nothing from another host.
#[test]
fn the_pages_show_the_course_and_load_light() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    let stranger = Client::new(&srv);
    let home = stranger.get("/");
    assert_eq!(home.status, 303, "a stranger is sent to sign in");
    assert_eq!(home.headers["location"], "/signin");
    let signin = stranger.send(
        "GET",
        "/signin",
        None,
        &[("Accept-Language", "en-US,en;q=0.9")],
    );
    assert_eq!(signin.status, 200);
    let html = signin.body.as_str().unwrap();
    assert!(
        html.contains("Sign in to your course") && html.contains(r#"<html lang="en-US">"#),
        "{html}"
    );
    assert!(signin.headers["content-security-policy"].contains("script-src 'self'"));

    let ann = Client::signed_in(&srv, "ann");
    let course = ann.get("/");
    assert_eq!(course.status, 200);
    let page = course.body.as_str().unwrap();
    // Chinese by default (no Accept-Language), by module in teaching order.
    for text in [
        "模块一：服务意识与礼仪",
        "模块二：投诉处理",
        r#"data-scenario="ringback_complaint""#,
        "王阿姨交话费",
    ] {
        assert!(page.contains(text), "{text} not on the course page");
    }
    let first = page.find("模块一").unwrap();
    assert!(page.find("模块二").unwrap() > first);
    let badge_html = r#"<strong class="badge">考核</strong>"#;
    assert!(!page.contains(badge_html), "nothing is assessed yet");
    // Marked assessed for ann's cohort: her course page says so on that card only.
    Client::signed_in(&srv, "ivy").mark_assessed("c1", "ringback_complaint");
    let marked_page = ann.get("/");
    let html = marked_page.body.as_str().unwrap();
    assert_eq!(
        html.matches(badge_html).count(),
        1,
        "one encounter is assessed"
    );
    let card = html.find(r#"data-scenario="ringback_complaint""#).unwrap();
    let badge = html.find(badge_html).unwrap();
    // The card's meta line (with the badge) comes before its Start button.
    assert!(
        badge < card && !html[badge..card].contains("data-scenario="),
        "the badge is on ringback_complaint's card"
    );
    let script = ann.get("/static/app.js");
    let style = ann.get("/static/app.css");
    assert!(script.headers["content-type"].starts_with("text/javascript"));
    assert!(style.headers["content-type"].starts_with("text/css"));
    let size = |a: &Answer| a.body.as_str().map_or(0, str::len);
    let total = size(&course) + size(&script) + size(&style);
    assert!(total < 100 * 1024, "first load {total} bytes");
    for a in [&course, &script, &style] {
        // No address of another host (the SVG namespace is a name, not a request).
        let text = a
            .body
            .as_str()
            .unwrap()
            .replace("http://www.w3.org/2000/svg", "");
        assert!(!text.contains("://"), "a request to another host");
    }
    // The language switch goes back to a path here, never elsewhere.
    for (back, to) in [
        ("/history", "/history"),
        ("//evil.example/x", "/"),
        ("https://evil.example", "/"),
    ] {
        let a = ann.get(&format!("/lang?to=en-US&back={back}"));
        assert_eq!(a.status, 303, "{back}");
        assert_eq!(a.headers["location"], to, "{back}");
        assert!(a.headers["set-cookie"].starts_with("tp_locale=en-US"));
    }
    let mut english = Client::signed_in(&srv, "ann");
    english.cookie = Some(format!("{}; tp_locale=en-US", english.cookie.unwrap()));
    let history = english.get("/history");
    assert!(
        history
            .body
            .as_str()
            .unwrap()
            .contains("No finished attempts yet."),
        "{}",
        history.body
    );
}

/// HR downloads the same files the command line writes; an instructor watches a
/// cohort live (its report framed under a policy with no script) and can look at a
/// trainee's attempt but not reply in it; every export is in the audit log.
#[test]
fn hr_exports_and_an_instructor_watches_the_cohort() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    let ann = Client::signed_in(&srv, "ann");
    let done = play_first_replies(&ann, "ringback_complaint", "en-US");
    let done_id = done["result"]["attempt_id"].as_str().unwrap().to_string();
    let live = ann.start("car_parts_price", "en-US");
    let live_id = live.body["attempt_id"].as_str().unwrap().to_string();

    let hal = Client::signed_in(&srv, "hal");
    let csv = hal.get("/api/exports/csv");
    assert_eq!(csv.status, 200);
    assert!(csv.headers["content-type"].starts_with("text/csv"));
    assert!(csv.headers["content-disposition"].contains("touchpoint-results.csv"));
    assert!(
        csv.body.as_str().unwrap().contains(&done_id),
        "{}",
        csv.body
    );
    let jsonl = hal.get("/api/exports/jsonl");
    let line: Value = serde_json::from_str(jsonl.text.lines().next().unwrap()).unwrap();
    assert_eq!(line["attempt_id"], done_id.as_str());
    assert_eq!(line["verified"], true);
    assert_eq!(line["verified_by"], "server");
    assert!(
        csv.text
            .lines()
            .any(|l| l.starts_with(done_id.as_str()) && l.contains(",true,server,")),
        "{}",
        csv.text
    );
    let xapi = hal.get("/api/exports/xapi");
    assert!(
        xapi.body.as_array().is_some_and(|a| !a.is_empty()),
        "{}",
        xapi.body
    );
    let report = hal.get("/api/exports/report?locale=zh-CN");
    assert!(
        report.body.as_str().unwrap().contains("<html"),
        "the report"
    );
    let ada = Client::signed_in(&srv, "ada");
    // The admin's page: the accounts and the audit log, escaped.
    let admin = ada.get("/admin");
    let html = admin.body.as_str().unwrap();
    assert!(
        html.contains("hal 名")
            && html.contains("title=\"export\"")
            && html.contains("title=\"signin\""),
        "{html}"
    );
    let en = ada.send("GET", "/admin", None, &[("accept-language", "en-US")]);
    let en = en.body.as_str().unwrap();
    assert!(
        en.contains("<td title=\"export\">export</td>")
            && en.contains("<td title=\"signin\">signed in</td>"),
        "{en}"
    );
    // Roles by their names in the page's language, the ids as the values sent.
    let zh = ada.send("GET", "/admin", None, &[("accept-language", "zh-CN")]);
    let zh = zh.body.as_str().unwrap();
    // The audit log's actions too, by name (the id kept for a search).
    assert!(
        zh.contains("<td title=\"signin\">登录</td>")
            && zh.contains("<td title=\"export\">导出</td>"),
        "{zh}"
    );
    for (id, name) in [
        ("trainee", "学员"),
        ("instructor", "讲师"),
        ("hr", "人力资源"),
        ("admin", "管理员"),
    ] {
        assert!(
            zh.contains(&format!("value=\"{id}\">{name}<")),
            "{id}: {zh}"
        );
    }
    let log = ada.get("/api/audit");
    let exports = log
        .body
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "export" && e["actor"] == "hal")
        .count();
    assert_eq!(exports, 4);

    let ivy = Client::signed_in(&srv, "ivy");
    let page = ivy.get("/cohorts");
    assert_eq!(page.status, 200);
    let html = page.body.as_str().unwrap();
    assert!(
        html.contains(&live_id),
        "the attempt in progress is listed: {html}"
    );
    // It updates itself (app.js, every 20 s) unless the watcher unticks the box: no
    // timed refresh the page forces (WCAG 2.2.1; the browser test runs axe-core).
    assert!(html.contains(r#"<input type="checkbox" id="auto-refresh" checked>"#));
    assert!(!html.contains("http-equiv=\"refresh\""));
    let framed = ivy.get("/cohorts/report?cohort=c1");
    let csp = &framed.headers["content-security-policy"];
    assert!(
        csp.contains("style-src 'sha256-") && csp.contains("default-src 'none'"),
        "{csp}"
    );
    assert!(!csp.contains("script"), "no script may run: {csp}");
    assert_eq!(framed.headers["x-frame-options"], "SAMEORIGIN");
    assert!(!framed.body.as_str().unwrap().contains("<script"));
    let watched = ivy.get(&format!("/api/attempts/{live_id}"));
    assert_eq!(watched.body["yours"], false);
    assert_eq!(
        ann.get(&format!("/api/attempts/{live_id}")).body["yours"],
        true
    );
}

/// Plays on `a` and `b` in turn (the same session: the store has it), and on `b`
/// alone once `a` has stopped; the attempt ends as the engine scores its replies.
pub fn alternate_between(a: Running, b: &Running, loc: &Location) {
    let on_a = Client::signed_in(&a, "ann");
    let mut on_b = Client::new(b);
    on_b.cookie = on_a.cookie.clone();
    assert_eq!(
        on_b.get("/api/me").body["id"],
        "ann",
        "a session of one server is one of all"
    );
    let mut view = on_a.start("hall_dispute_escalation", "zh-CN");
    assert_eq!(view.status, 201);
    let id = view.body["attempt_id"].as_str().unwrap().to_string();
    let mut a = Some((a, on_a));
    for turn in 0..80 {
        if view.body["ended"] == json!(true) {
            break;
        }
        // After three replies the first server stops mid-attempt.
        if turn == 3 {
            a = None;
        }
        let c = match (&a, turn % 2) {
            (Some((_, on_a)), 0) => on_a,
            _ => &on_b,
        };
        // Each reply goes where the last one did not, as a load balancer may send it;
        // what it answers is where the other left the attempt.
        let here = c.get(&format!("/api/attempts/{id}"));
        assert_eq!(here.body["choices"], view.body["choices"], "turn {turn}");
        let first = view.body["choices"][0]["id"].as_str().unwrap().to_string();
        view = c.post(
            &format!("/api/attempts/{id}/replies"),
            json!({"choice": first}),
        );
        assert_eq!(view.status, 200, "turn {turn}: {}", view.body);
    }
    assert_eq!(view.body["ended"], true);
    let stored = Store::open(loc).unwrap().get(&id).unwrap().unwrap();
    assert_eq!(serde_json::to_value(&stored).unwrap(), view.body["result"]);
    // Replayed here on the same seed and replies: the same score.
    let enc = load(&root().join("scenarios/hall_dispute_escalation.ron"));
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, stored.seed).unwrap();
    for t in &stored.transcript {
        s.replay(
            &touchpoint::engine::Pick::Id(t.choice.clone()),
            t.elapsed_ms,
        )
        .unwrap();
    }
    let a = touchpoint::engine::assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
    assert_eq!(stored.score, a.score);
}

/// Two servers on one SQLite file (one machine) serve a trainee alternately.
#[test]
fn two_servers_on_one_store_serve_a_trainee_in_turn_and_one_may_stop() {
    let d = tempfile::tempdir().unwrap();
    let (a, loc) = server(d.path());
    let b = spawn(
        Config::new(
            "127.0.0.1:0".parse().unwrap(),
            root().join("scenarios"),
            loc.clone(),
        ),
        2,
    )
    .unwrap();
    alternate_between(a, &b, &loc);
}

/// What a trainee was told: attempt id → replies answered with 200.
type Told = BTreeMap<String, usize>;

/// One trainee of the kill test: plays two attempts of `ringback_complaint` to the
/// end through a server that keeps going away, going on with the open attempt after
/// every failure (a start whose answer was lost is found open, not started again).
fn trainee_plays(base: &str, id: &str) -> Told {
    let mut c = Client::at(base);
    let mut told = Told::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    let mut finished = 0;
    let body = |v: Value| v.to_string();
    while finished < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        if c.cookie.is_none() {
            let login = body(json!({"id": id, "password": PASSWORD}));
            match c.try_send("POST", "/api/session", Some(&login)) {
                Some(a) if a.status == 200 => {
                    c.cookie = a.headers["set-cookie"]
                        .split(';')
                        .next()
                        .map(str::to_string);
                }
                _ => continue,
            }
        }
        let Some(list) = c.try_send("GET", "/api/attempts", None) else {
            continue;
        };
        if list.status == 401 {
            c.cookie = None;
            continue;
        }
        // Finished: as the server has them (an answer lost on the way does not count).
        finished = list
            .body
            .as_array()
            .map_or(0, |l| l.iter().filter(|a| a["ended"] == true).count());
        if finished >= 2 {
            break;
        }
        let open = list.body.as_array().and_then(|l| {
            l.iter()
                .find(|a| a["ended"] == false)
                .map(|a| a["attempt_id"].as_str().unwrap().to_string())
        });
        let attempt = match open {
            Some(a) => a,
            None => {
                let start = body(json!({"scenario": "ringback_complaint", "locale": "en-US"}));
                match c.try_send("POST", "/api/attempts", Some(&start)) {
                    Some(s) if s.status == 201 => {
                        s.body["attempt_id"].as_str().unwrap().to_string()
                    }
                    _ => continue,
                }
            }
        };
        told.entry(attempt.clone()).or_insert(0);
        let path = format!("/api/attempts/{attempt}");
        let Some(now) = c.try_send("GET", &path, None) else {
            continue;
        };
        if now.status != 200 {
            continue;
        }
        if now.body["ended"] == true {
            continue;
        }
        let reply = body(json!({"choice": now.body["choices"][0]["id"]}));
        if let Some(r) = c.try_send("POST", &format!("{path}/replies"), Some(&reply))
            && r.status == 200
        {
            *told.get_mut(&attempt).unwrap() += 1;
        }
    }
    assert!(finished >= 2, "{id} finished {finished} attempts in 90 s");
    told
}

/// A trainee of cohort c1 with the password hashed as `hash`.
fn account_with(hash: &str, id: &str) -> Account {
    Account {
        password_hash: hash.to_string(),
        ..account(id, Role::Trainee, &["c1"])
    }
}

/// A port free now on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `touchpoint serve` as a process of its own on the store `store` (a SQLite file
/// or a PostgreSQL URL), ready to answer.
fn serve_process(store: &str, port: u16) -> std::process::Child {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", store, "serve", "--addr"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("--scenarios")
        .arg(root().join("scenarios"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            let mut why = String::new();
            let _ = std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut why);
            panic!("the server stopped ({status}): {why}");
        }
        assert!(start.elapsed().as_secs() < 20, "the server did not start");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child
}

/// Durability: 50 trainees play while the server process is killed (SIGKILL) at
/// random moments and started again. No reply that was answered is lost, no attempt
/// is started twice (a trainee whose start was not answered finds it open and goes
/// on with it), and every finished attempt is stored with the assessment its seed and
/// replies give.
#[test]
fn a_server_killed_at_random_moments_loses_no_answered_reply() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("store.sqlite3");
    killed_at_random_moments(&Location::Sqlite(store.clone()), store.to_str().unwrap());
}

/// The kill test on the store at `loc` (`store`: as `--store` names it).
pub fn killed_at_random_moments(loc: &Location, store: &str) {
    use rand::{RngExt, SeedableRng};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    let loc = loc.clone();
    let store = store.to_string();
    let trainees: Vec<String> = (0..50).map(|k| format!("t{k:02}")).collect();
    {
        let mut s = Store::open(&loc).unwrap();
        let hash = hash_password(PASSWORD).unwrap();
        let admin = Account {
            role: Role::Admin,
            cohorts: Vec::new(),
            ..account_with(&hash, "boss")
        };
        s.put_account(&admin, false).unwrap();
        for t in &trainees {
            s.put_account(&account_with(&hash, t), false).unwrap();
        }
    }
    let port = free_port();
    let server = Arc::new(Mutex::new(serve_process(&store, port)));

    let base = format!("http://127.0.0.1:{port}");
    let done = Arc::new(AtomicBool::new(false));
    let players: Vec<_> = trainees
        .iter()
        .cloned()
        .map(|id| {
            let base = base.clone();
            std::thread::spawn(move || trainee_plays(&base, &id))
        })
        .collect();
    let killer = {
        let (server, store, done) = (server.clone(), store.clone(), done.clone());
        std::thread::spawn(move || {
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(16);
            let mut kills = 0;
            while !done.load(Ordering::SeqCst) && kills < 8 {
                std::thread::sleep(std::time::Duration::from_millis(rng.random_range(200..900)));
                let mut s = server.lock().unwrap();
                s.kill().unwrap(); // SIGKILL
                s.wait().unwrap();
                *s = serve_process(&store, port);
                kills += 1;
            }
            kills
        })
    };
    let told: Vec<Told> = players.into_iter().map(|p| p.join().unwrap()).collect();
    done.store(true, Ordering::SeqCst);
    let kills = killer.join().unwrap();
    assert!(kills >= 2, "the server was killed {kills} times");
    let s = Store::open(&loc).unwrap();
    let enc = load(&root().join("scenarios/ringback_complaint.ron"));
    for (id, told) in trainees.iter().zip(&told) {
        let lives = s.live_attempts_of(id).unwrap();
        // Never started twice: every attempt stored is one the trainee played.
        assert_eq!(lives.len(), told.len(), "{id}: {lives:#?} against {told:?}");
        for l in &lives {
            let stored = if l.replies.is_empty() {
                0
            } else {
                l.replies.split(',').count()
            };
            assert!(
                stored >= told[&l.attempt_id],
                "{id}: {stored} replies kept, {} answered",
                told[&l.attempt_id]
            );
            if l.ended {
                // Stored as the engine scores its seed and replies (a record whose
                // store was cut off is stored when the attempt is next read).
                let mut c = Client::at(&base);
                assert_eq!(c.sign_in(id, PASSWORD).status, 200);
                let view = c.get(&format!("/api/attempts/{}", l.attempt_id));
                let rec = s
                    .get(&l.attempt_id)
                    .unwrap()
                    .expect("the finished attempt is stored");
                assert_eq!(serde_json::to_value(&rec).unwrap(), view.body["result"]);
                touchpoint::results::verify::replay(&enc, &rec).unwrap();
            }
        }
    }
    let mut last = server.lock().unwrap();
    last.kill().unwrap();
    last.wait().unwrap();
}

/// Saving a scenario folder's files while the server runs: a changed encounter is
/// offered in its new version, an attempt in progress finishes on the version it
/// started with, and a file that no longer loads is left out and shown to
/// instructors with its location.
#[test]
fn a_changed_encounter_is_loaded_again_and_an_attempt_in_progress_keeps_its_version() {
    let copy = crate::common::shipped_copy();
    let loc = Location::Sqlite(copy.path().join("store.sqlite3"));
    let srv = server_in(&loc, &copy.path().join("scenarios"));
    let ann = Client::signed_in(&srv, "ann");
    let before = ann.start("ringback_complaint", "en-US");
    let id = before.body["attempt_id"].as_str().unwrap().to_string();
    let old_title = before.body["title"].as_str().unwrap().to_string();
    let ftl = copy.path().join("locales/en-US/ringback_complaint.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let text = text.replacen(
        &format!("title = {old_title}"),
        &format!("title = {old_title} (v2)"),
        1,
    );
    std::fs::write(&ftl, text).unwrap();
    std::fs::write(
        copy.path().join("scenarios/car_parts_price.ron"),
        "(id: \"car_parts_price\", nodes: [",
    )
    .unwrap();
    let new_title = format!("{old_title} (v2)");
    let start = std::time::Instant::now();
    loop {
        let list = ann.get("/api/encounters?locale=en-US");
        let titles: Vec<&str> = list
            .body
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["title"].as_str().unwrap())
            .collect();
        if titles.contains(&new_title.as_str()) {
            assert!(
                !list
                    .body
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|e| e["id"] == "car_parts_price"),
                "a broken file is not offered"
            );
            break;
        }
        assert!(
            start.elapsed().as_secs() < 15,
            "not loaded again: {titles:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    // The attempt in progress: still the version it started on.
    let now = ann.get(&format!("/api/attempts/{id}"));
    assert_eq!(now.body["title"], old_title.as_str());
    let first = now.body["choices"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        ann.post(
            &format!("/api/attempts/{id}/replies"),
            json!({"choice": first})
        )
        .status,
        200
    );
    // A new one: the new version.
    let after = ann.start("ringback_complaint", "en-US");
    assert_eq!(after.body["title"], new_title.as_str());
    // The instructor sees what does not load, located.
    let page = Client::signed_in(&srv, "ivy").get("/cohorts");
    let html = page.body.as_str().unwrap();
    assert!(html.contains("car_parts_price.ron:"), "{html}");
}

/// A self-signed certificate for 127.0.0.1 and localhost, and the PEM files of it
/// (`cert.pem`) and its key (`key.pem`) in `dir`.
pub fn self_signed(
    dir: &Path,
) -> (
    rcgen::CertifiedKey<rcgen::KeyPair>,
    std::path::PathBuf,
    std::path::PathBuf,
) {
    let made =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()]).unwrap();
    let cert = dir.join("cert.pem");
    let key = dir.join("key.pem");
    std::fs::write(&cert, made.cert.pem()).unwrap();
    std::fs::write(&key, made.signing_key.serialize_pem()).unwrap();
    (made, cert, key)
}

/// Issue 16: `serve --tls-cert --tls-key` serves HTTPS itself (rustls): a client
/// that trusts the certificate signs in and plays; the session cookie is `Secure`;
/// plain HTTP to the same port gets no answer; a wrong or missing file is named.
#[test]
fn the_server_serves_https_with_its_certificate_and_marks_cookies_secure() {
    use touchpoint::server::Tls;
    let dir = tempfile::tempdir().unwrap();
    let (made, cert, key) = self_signed(dir.path());

    // Files that are not what they should be: named, with what was expected.
    let swapped = Tls {
        cert: key.clone(),
        key: cert.clone(),
    };
    let e = swapped.server_config().unwrap_err();
    assert!(
        e.contains("key.pem") && e.contains("BEGIN CERTIFICATE"),
        "{e}"
    );
    let missing = Tls {
        cert: dir.path().join("none.pem"),
        key: key.clone(),
    };
    let e = missing.server_config().unwrap_err();
    assert!(e.contains("none.pem") && e.contains("cannot read"), "{e}");
    let other = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    let other_key = dir.path().join("other-key.pem");
    std::fs::write(&other_key, other.signing_key.serialize_pem()).unwrap();
    let e = Tls {
        cert: cert.clone(),
        key: other_key,
    }
    .server_config()
    .unwrap_err();
    assert!(e.contains("are not a certificate and its key"), "{e}");

    let loc = Location::Sqlite(dir.path().join("store.sqlite3"));
    let srv = server_with(&loc, &root().join("scenarios"), |c| {
        c.secure_cookies = true;
        c.tls = Some(Tls {
            cert: cert.clone(),
            key: key.clone(),
        });
    });
    assert!(srv.url().starts_with("https://127.0.0.1:"), "{}", srv.url());
    let mut c = Client::trusting(&srv.url(), Some(made.cert.der()));
    let a = c.sign_in("ann", PASSWORD);
    assert_eq!(a.status, 200, "{}", a.body);
    let cookie = &a.headers["set-cookie"];
    for part in ["Secure", "HttpOnly", "SameSite=Strict"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    let me = c.get("/api/me");
    assert_eq!(me.status, 200);
    assert_eq!(me.body["id"], "ann");
    let started = c.start("hall_peak_queue", "en-US");
    assert_eq!(started.status, 201, "{}", started.body);

    // Plain HTTP on the HTTPS port: no HTTP answer.
    let plain = Client::at(&format!("http://{}", srv.addr));
    assert!(plain.try_send("GET", "/api/me", None).is_none());
    // A client that does not trust the certificate: no answer either.
    let untrusting = Client::trusting(&srv.url(), None);
    assert!(untrusting.try_send("GET", "/api/me", None).is_none());
}

/// Issue 16, behind a reverse proxy: the client address that sign-in throttling and
/// the audit log use is the one a trusted proxy appended to `X-Forwarded-For` (the
/// last entry; what the client wrote before it is not believed); a proxy that is not
/// trusted cannot name an address at all.
#[test]
fn a_trusted_proxys_forwarded_address_is_the_clients_and_no_one_elses() {
    let addresses = |trusted: bool| {
        let dir = tempfile::tempdir().unwrap();
        let loc = Location::Sqlite(dir.path().join("store.sqlite3"));
        let srv = server_with(&loc, &root().join("scenarios"), |c| {
            if trusted {
                c.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
            }
        });
        let c = Client::new(&srv);
        let body = json!({"id": "ann", "password": "wrong"}).to_string();
        let a = c.send(
            "POST",
            "/api/session",
            Some(&body),
            &[("X-Forwarded-For", "203.0.113.7, 198.51.100.2")],
        );
        assert_eq!(a.status, 401);
        drop(srv);
        Store::open(&loc)
            .unwrap()
            .audit_log(10)
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "signin-failed")
            .map(|e| e.address)
            .collect::<Vec<_>>()
    };
    assert_eq!(addresses(true), ["198.51.100.2"]);
    assert_eq!(addresses(false), ["127.0.0.1"]);
}

/// Issue 16: an admin manages accounts from the browser's API: adds one (its
/// generated password answered once works), changes its role (its sessions end),
/// disables it (it cannot sign in), gives it a new password; every change is in
/// the audit log; the last active admin cannot be disabled or demoted; bad input
/// is a 400 with the reason.
#[test]
fn an_admin_adds_changes_disables_and_resets_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let (srv, loc) = server(dir.path());
    let ada = Client::signed_in(&srv, "ada");
    let added = ada.post(
        "/api/accounts",
        json!({"id": "li.na", "name": "李娜", "role": "trainee", "cohorts": ["c1", " c2 "]}),
    );
    assert_eq!(added.status, 201, "{}", added.body);
    assert_eq!(added.body["cohorts"], json!(["c1", "c2"]));
    let password = added.body["password"].as_str().unwrap().to_string();
    assert_eq!(password.len(), 14);
    let again = ada.post("/api/accounts", json!({"id": "li.na", "role": "trainee"}));
    assert_eq!(again.status, 409, "{}", again.body);

    let li = Client::signed_in_with(&srv, "li.na", &password);
    assert_eq!(li.get("/api/me").body["name"], "李娜");
    // A new role ends the sessions at once.
    let changed = ada.send(
        "PATCH",
        "/api/accounts/li.na",
        Some(&json!({"role": "instructor", "cohorts": ["c1"]}).to_string()),
        &[],
    );
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(changed.body["role"], "instructor");
    assert_eq!(li.get("/api/me").status, 401);
    // Disabled: cannot sign in.
    let off = ada.send(
        "PATCH",
        "/api/accounts/li.na",
        Some(&json!({"disabled": true}).to_string()),
        &[],
    );
    assert_eq!(off.status, 200);
    let mut li = Client::new(&srv);
    assert_eq!(li.sign_in("li.na", &password).status, 401);
    // Enabled again with a new password: the old one no longer works.
    ada.send(
        "PATCH",
        "/api/accounts/li.na",
        Some(&json!({"disabled": false}).to_string()),
        &[],
    );
    let reset = ada.post("/api/accounts/li.na/password", json!(null));
    assert_eq!(reset.status, 200, "{}", reset.body);
    let fresh = reset.body["password"].as_str().unwrap().to_string();
    assert_ne!(fresh, password);
    assert_eq!(li.sign_in("li.na", &password).status, 401);
    assert_eq!(li.sign_in("li.na", &fresh).status, 200);

    // The last active admin stays one.
    for change in [json!({"disabled": true}), json!({"role": "hr"})] {
        let a = ada.send("PATCH", "/api/accounts/ada", Some(&change.to_string()), &[]);
        assert_eq!(a.status, 409, "{change}: {}", a.body);
    }
    // Bad input: located, never stored.
    for (body, needle) in [
        (
            json!({"id": "a b", "role": "trainee"}),
            "invalid account id",
        ),
        (json!({"id": "x1", "role": "boss"}), "unknown role"),
        (
            json!({"id": "x2", "role": "trainee", "password": "mine"}),
            "unknown field",
        ),
        (
            json!({"id": "x3", "role": "trainee", "name": "a\u{7}b"}),
            "invalid name",
        ),
    ] {
        let a = ada.post("/api/accounts", body.clone());
        assert_eq!(a.status, 400, "{body}: {}", a.body);
        assert!(a.text.contains(needle), "{body}: {}", a.text);
    }
    let ids: Vec<String> = Store::open(&loc)
        .unwrap()
        .accounts()
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert!(!ids.iter().any(|i| i.starts_with('x')), "{ids:?}");

    let log: Vec<(String, String)> = ada
        .get("/api/audit")
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["target"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for (action, target) in [
        ("account-added", "li.na trainee"),
        ("role-changed", "li.na trainee -> instructor"),
        ("account-disabled", "li.na"),
        ("account-enabled", "li.na"),
        ("password-changed", "li.na"),
    ] {
        assert!(
            log.iter().any(|(a, t)| a == action && t == target),
            "{action} {target} in {log:?}"
        );
    }
    // A password is never in the log.
    assert!(!ada.get("/api/audit").text.contains(&fresh));
}

/// Issue 16, group commit (`Store::write_together`, also used on PostgreSQL by
/// `store_pg`): attempts started and replies in one transaction; a reply moves its
/// attempt only if the attempt's replies are still the ones it answered, and of two
/// replies racing on one attempt in the same batch exactly one moves it.
pub fn writes_together_move_each_attempt_once(loc: &Location) {
    use touchpoint::results::store::{LiveAttempt, ServerWrite};
    let enc = load(&root().join("scenarios/ringback_complaint.ron"));
    let mut s = Store::open(loc).unwrap();
    let live = |id: &str| LiveAttempt {
        attempt_id: id.into(),
        user_id: "ann".into(),
        cohort: Some("c1".into()),
        scenario_id: enc.scenario.id.clone(),
        content_hash: enc.content_hash.clone(),
        locale: "zh-CN".into(),
        assessed: false,
        seed: 7,
        started_ms: 1,
        shown_ms: 1,
        replies: String::new(),
        ended: false,
    };
    let (a, b) = (
        live("01900000-0000-7000-8000-00000000000a"),
        live("01900000-0000-7000-8000-00000000000b"),
    );
    let started = s
        .write_together(&[ServerWrite::Start(&a, &enc), ServerWrite::Start(&b, &enc)])
        .unwrap();
    assert_eq!(started, [true, true]);
    assert!(s.has_version(&enc.content_hash).unwrap());

    let moved = |id: &LiveAttempt, replies: &str| LiveAttempt {
        replies: replies.into(),
        shown_ms: 2,
        ..id.clone()
    };
    let (a1, b1) = (moved(&a, "x@1"), moved(&b, "x@1"));
    let took = s
        .write_together(&[
            ServerWrite::Reply {
                attempt: &a1,
                before: "",
                result: None,
            },
            ServerWrite::Reply {
                attempt: &b1,
                before: "not what is stored",
                result: None,
            },
        ])
        .unwrap();
    assert_eq!(took, [true, false]);
    assert_eq!(
        s.live_attempt(&a.attempt_id).unwrap().unwrap().replies,
        "x@1"
    );
    assert_eq!(s.live_attempt(&b.attempt_id).unwrap().unwrap().replies, "");

    // Two requests answering b at once: one wins, and the store holds its reply.
    let (first, second) = (moved(&b, "y@1"), moved(&b, "z@1"));
    let took = s
        .write_together(&[
            ServerWrite::Reply {
                attempt: &first,
                before: "",
                result: None,
            },
            ServerWrite::Reply {
                attempt: &second,
                before: "",
                result: None,
            },
        ])
        .unwrap();
    assert_eq!(took.iter().filter(|t| **t).count(), 1, "{took:?}");
    let winner = if took[0] { "y@1" } else { "z@1" };
    assert_eq!(
        s.live_attempt(&b.attempt_id).unwrap().unwrap().replies,
        winner
    );
}

/// Issue 16, group reads (`Store::web_sessions_with`, also run on PostgreSQL by
/// `store_pg`): many sessions, each with an attempt, in one query; answers in the
/// order asked, a question asked twice answered twice alike (an account's cohorts
/// not doubled), an unknown session `None`, an attempt whoever's it is; without an
/// attempt, the encounters assessed for the account's cohorts (each once).
pub fn sessions_are_read_together_with_their_attempts(loc: &Location) {
    use touchpoint::results::store::{Account, LiveAttempt, Role, ServerWrite};
    let enc = load(&root().join("scenarios/ringback_complaint.ron"));
    let mut s = Store::open(loc).unwrap();
    assert!(s.web_sessions_with(&[]).unwrap().is_empty());
    let account = |id: &str, cohorts: &[&str]| Account {
        id: id.into(),
        name: format!("{id} 王"),
        role: Role::Trainee,
        cohorts: cohorts.iter().map(|c| c.to_string()).collect(),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".into(),
        disabled: false,
        created_ms: 5,
    };
    let (ann, bob) = (account("ann", &["c2", "c1"]), account("bob", &[]));
    assert!(s.put_account(&ann, false).unwrap());
    assert!(s.put_account(&bob, false).unwrap());
    s.add_web_session("t-ann", "ann", 100).unwrap();
    s.add_web_session("t-bob", "bob", 200).unwrap();
    // A session whose account no longer exists is read without an account.
    s.add_web_session("t-ghost", "ghost", 300).unwrap();
    let a1 = LiveAttempt {
        attempt_id: "01900000-0000-7000-8000-0000000000a1".into(),
        user_id: "ann".into(),
        cohort: Some("c1".into()),
        scenario_id: enc.scenario.id.clone(),
        content_hash: enc.content_hash.clone(),
        locale: "zh-CN".into(),
        assessed: true,
        seed: 42,
        started_ms: 150,
        shown_ms: 160,
        replies: String::new(),
        ended: false,
    };
    assert_eq!(
        s.write_together(&[ServerWrite::Start(&a1, &enc)]).unwrap(),
        [true]
    );
    // Assessed: `zeta` and `alpha` for c1, `alpha` for c2 too, `beta` for a cohort
    // nobody here is in.
    for (cohort, scenario) in [
        ("c1", "zeta"),
        ("c1", "alpha"),
        ("c2", "alpha"),
        ("c9", "beta"),
    ] {
        s.set_assessed(cohort, scenario, true, "ins", 1).unwrap();
    }
    let id = a1.attempt_id.as_str();
    let read = s
        .web_sessions_with(&[
            ("t-ann", Some(id)),
            ("t-bob", None),
            ("no-such-token", Some(id)),
            ("t-ann", Some(id)),
            ("t-bob", Some(id)),
            ("t-ghost", Some("01900000-0000-7000-8000-0000000000ff")),
        ])
        .unwrap();
    assert_eq!(read.len(), 6);
    let first = read[0].as_ref().expect("ann's session");
    assert_eq!(first.session.user_id, "ann");
    assert_eq!(
        (first.session.created_ms, first.session.seen_ms),
        (100, 100)
    );
    let mut want = ann.clone();
    want.cohorts = vec!["c1".into(), "c2".into()];
    assert_eq!(first.account.as_ref(), Some(&want));
    assert_eq!(first.attempt.as_ref(), Some(&a1));
    // Asked with an attempt: a reply, which needs no list of assessed encounters.
    assert!(first.assessed.is_empty());
    let second = read[1].as_ref().expect("bob's session");
    assert!(second.assessed.is_empty(), "bob is in no cohort");
    assert_eq!(second.account.as_ref(), Some(&bob));
    assert_eq!(second.attempt, None);
    assert_eq!(read[2], None);
    assert_eq!(read[3], read[0]);
    let other = read[4].as_ref().expect("bob's session");
    assert_eq!(other.account.as_ref().map(|a| a.id.as_str()), Some("bob"));
    assert_eq!(other.attempt.as_ref(), Some(&a1));
    let ghost = read[5].as_ref().expect("the ghost's session");
    assert_eq!(
        (
            ghost.session.user_id.as_str(),
            &ghost.account,
            &ghost.attempt
        ),
        ("ghost", &None, &None)
    );
    // One at a time gives the same.
    assert_eq!(s.web_session_with("t-ann", Some(id)).unwrap(), read[0]);
    assert_eq!(s.web_session_with("no-such-token", None).unwrap(), None);
    let ann_alone = s.web_session_with("t-ann", None).unwrap().expect("ann");
    assert_eq!(ann_alone.assessed, ["alpha", "zeta"]);
    assert_eq!(ann_alone.account.as_ref(), Some(&want));
    assert_eq!(ann_alone.attempt, None);
}

#[test]
fn sessions_are_read_together_with_their_attempts_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    sessions_are_read_together_with_their_attempts(&Location::Sqlite(dir.path().join("s.sqlite3")));
}

#[test]
fn writes_together_move_each_attempt_once_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    writes_together_move_each_attempt_once(&Location::Sqlite(dir.path().join("s.sqlite3")));
}

/// Issue 17: a practice result played offline and sent to the course server
/// (`POST /api/results`, what `touchpoint results push` sends) is replayed on its
/// encounter version and stored marked "replayed", never as the server's own; a
/// tampered one, another trainee's, one claiming another cohort, one whose version
/// the server has not, and one taking the id of a server attempt are refused, and
/// none of them changes the store.
#[test]
fn a_pushed_practice_result_is_replayed_and_stored_as_replayed_never_as_the_servers() {
    let d = tempfile::tempdir().unwrap();
    let (srv, loc) = server(d.path());
    let ann = Client::signed_in(&srv, "ann");
    let mut rec = crate::xapi::hotel(crate::xapi::EXPERT, "en-US", None);
    rec.trainee.id = "ann".into();
    rec.cohort = None;
    let body = serde_json::to_string(&rec).unwrap();
    let id = rec.attempt_id.clone();
    let stored_rows = || Store::open(&loc).unwrap().rows(&Filter::default()).unwrap();

    // Another trainee's result: 403, whoever sends it.
    let bob = Client::signed_in(&srv, "bob");
    let theirs = bob.send("POST", "/api/results", Some(&body), &[]);
    assert_eq!(theirs.status, 403, "{}", theirs.body);
    // Tampered: the score raised, a reply changed, the seed changed.
    for (what, change) in [
        ("score", json!({"score": 100, "passed": true})),
        ("seed", json!({"seed": rec.seed + 1})),
    ] {
        let mut v = serde_json::to_value(&rec).unwrap();
        for (k, x) in change.as_object().unwrap() {
            v[k] = x.clone();
        }
        let a = ann.send("POST", "/api/results", Some(&v.to_string()), &[]);
        assert_eq!(a.status, 422, "{what}: {}", a.body);
        assert!(
            a.body["error"].as_str().unwrap().contains("refused"),
            "{what}: {}",
            a.body
        );
    }
    // A cohort that is not the trainee's.
    let mut other = serde_json::to_value(&rec).unwrap();
    other["cohort"] = json!("c2");
    let a = ann.send("POST", "/api/results", Some(&other.to_string()), &[]);
    assert_eq!(a.status, 422, "{}", a.body);
    // A version this server never had.
    let mut unknown = serde_json::to_value(&rec).unwrap();
    unknown["scenario"]["content_hash"] = json!("0".repeat(64));
    let a = ann.send("POST", "/api/results", Some(&unknown.to_string()), &[]);
    assert_eq!(a.status, 422, "{}", a.body);
    assert!(
        a.body["error"]
            .as_str()
            .unwrap()
            .contains("not on this server"),
        "{}",
        a.body
    );
    // Not a record at all: located.
    let a = ann.send("POST", "/api/results", Some("{\"attempt_id\": 3"), &[]);
    assert_eq!(a.status, 400, "{}", a.body);
    assert!(
        a.body["error"].as_str().unwrap().contains("line 1"),
        "{}",
        a.body
    );
    assert!(stored_rows().is_empty(), "nothing refused is stored");

    // The genuine one (padded past the API's usual 16 KB: long encounters are
    // tens of KB): stored, replayed, under the account's name and cohort.
    let padded = format!("{body}{}", " ".repeat(40 * 1024));
    let a = ann.send("POST", "/api/results", Some(&padded), &[]);
    assert_eq!(a.status, 201, "{}", a.body);
    assert_eq!(a.body["verified"], "replayed");
    let again = ann.send("POST", "/api/results", Some(&body), &[]);
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.body["stored"], "already stored");
    let rows = stored_rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].attempt_id.as_str(), rows[0].verified_by()),
        (id.as_str(), "replayed")
    );
    assert_eq!(rows[0].cohort.as_deref(), Some("c1"));
    assert_eq!(rows[0].score, rec.score);
    let mine = ann.get("/api/results");
    assert_eq!(mine.body[0]["verified"], "replayed", "{}", mine.body);
    // Its instructor sees it; bob does not.
    let ivy = Client::signed_in(&srv, "ivy");
    assert_eq!(ivy.get("/api/results").body.as_array().unwrap().len(), 1);
    assert!(bob.get("/api/results").body.as_array().unwrap().is_empty());

    // The id of one of the server's own attempts (here one in progress): refused, so
    // that a file never stands in for the result the server will store.
    let start = ann.start("hotel_allergy_request", "en-US");
    assert_eq!(start.status, 201, "{}", start.body);
    let mut taken = rec.clone();
    taken.attempt_id = start.body["attempt_id"].as_str().unwrap().to_string();
    let a = ann.send(
        "POST",
        "/api/results",
        Some(&serde_json::to_string(&taken).unwrap()),
        &[],
    );
    assert_eq!(a.status, 409, "{}", a.body);
    assert_eq!(stored_rows().len(), 1);
    // Over the limit: 413, and no 500 for any of it.
    let huge = format!("{body}{}", " ".repeat(300 * 1024));
    assert_eq!(
        ann.send("POST", "/api/results", Some(&huge), &[]).status,
        413
    );
    // Signed out: 401.
    assert_eq!(
        Client::new(&srv)
            .send("POST", "/api/results", Some(&body), &[])
            .status,
        401
    );
}

#[test]
fn an_attempts_answer_carries_its_events_rendered_and_the_briefing_where_it_is_opened() {
    let d = tempfile::tempdir().unwrap();
    let (srv, _) = server(d.path());
    let c = Client::signed_in(&srv, "ann");
    let start = c.start("ringback_complaint", "en-US");
    assert_eq!(start.status, 201, "{}", start.body);
    let v = &start.body;
    for key in ["title", "setting", "persona", "briefing"] {
        assert!(v[key].as_str().is_some_and(|s| !s.is_empty()), "{key}: {v}");
    }
    assert_eq!(v["scenario"], "ringback_complaint");
    assert_eq!(v["locale"], "en-US");
    assert_eq!(v["assessed"], false);
    assert_eq!(v["ended"], false);
    assert!(v["place"].is_string(), "{v}");
    assert!(v["mood"]["anger"].is_u64(), "{v}");
    // Keys said only when they apply.
    for key in ["timed_out", "verified", "return_url", "yours", "result"] {
        assert!(v.get(key).is_none(), "{key}: {v}");
    }
    // The engine's events, each with its tag and ids, texts rendered alongside.
    let events = v["events"].as_array().unwrap();
    let entered = &events[0];
    assert_eq!(entered["event"], "node_entered", "{v}");
    assert!(
        entered["node"].is_string() && entered["mood"].is_object(),
        "{v}"
    );
    assert!(
        entered["text"].as_str().is_some_and(|s| !s.is_empty()),
        "{v}"
    );
    let options = events.iter().find(|e| e["event"] == "options").unwrap();
    assert_eq!(options["choices"], v["choices"], "{v}");
    let first = &v["choices"][0];
    assert!(first["id"].is_string() && first["text"].as_str().is_some_and(|s| !s.is_empty()));

    let id = v["attempt_id"].as_str().unwrap();
    let next = c.post(
        &format!("/api/attempts/{id}/replies"),
        json!({"choice": first["id"]}),
    );
    assert_eq!(next.status, 200, "{}", next.body);
    let n = &next.body;
    // A reply's answer: no briefing again.
    assert!(
        n.get("persona").is_none() && n.get("place").is_none(),
        "{n}"
    );
    let kinds: Vec<&str> = n["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"mood_changed") && kinds.contains(&"node_entered"),
        "{n}"
    );
    for e in n["events"].as_array().unwrap() {
        match e["event"].as_str().unwrap() {
            "reaction" => assert!(e["id"].is_string() && e["text"].is_string(), "{e}"),
            "mood_changed" => assert!(e["before"].is_object() && e["after"].is_object()),
            _ => {}
        }
    }
    // Loaded again: the briefing, and whose it is.
    let again = c.get(&format!("/api/attempts/{id}"));
    assert_eq!(again.body["yours"], true);
    assert_eq!(again.body["persona"], v["persona"]);

    // Ended: scored by the server, with the names of what the record scores.
    let end = play_first_replies(&c, "ringback_complaint", "zh-CN");
    assert_eq!(end["verified"], "server");
    let scored: Vec<&String> = end["result"]["competencies"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    let named: Vec<&String> = end["competency_names"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert!(!scored.is_empty());
    let mut sorted = scored.clone();
    sorted.sort();
    assert_eq!(named, sorted);
    for p in end["result"]["procedures"].as_array().unwrap() {
        let name = &end["procedure_names"][p["id"].as_str().unwrap()];
        assert!(name.as_str().is_some_and(|s| !s.is_empty()), "{end}");
    }
}
