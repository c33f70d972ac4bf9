//! The LMS side of cmi5, as test code: a test LMS that launches an AU exactly as the
//! cmi5 specification (Quartz) asks of an LMS and records what the AU sends it, and a
//! checker of those statements.
//!
//! The test LMS ([`TestLms`]) is a real HTTP server on 127.0.0.1 in a thread of its
//! own. For each launch it does what cmi5 8.1 and 10 ask: a new registration (or the
//! one given, to launch again), an activity id of its own for the AU (never the AU's
//! publisher id, 8.1.5), a session id, `LMS.LaunchData` written to its State resource,
//! a `launched` statement (9.3.1), and a one-time fetch URL (8.2). It answers the xAPI
//! resources an AU uses (Statements, State, Agent Profile, About) as xAPI 1.0.3 Part
//! Three asks, with the fetched token as HTTP Basic credentials (8.2.1), and records
//! every request, statement and state write. What an AU does that cmi5 forbids at the
//! protocol level (a second fetch, a GET on the fetch URL, writing `LMS.LaunchData`, a
//! request without the token) is answered as the specification says and listed in
//! [`TestLms::violations`].
//!
//! The checker ([`cmi5_problems`], [`cmi5_registration_problems`]) is written from
//! sections 7 to 10 of the specification, each message citing its section; it shares
//! nothing with the code under test (`results::xapi`), and runs the xAPI 1.0.3
//! validator of [`crate::xapi_check`] on every session too. Hand-built sequences, one
//! conformant and many broken, prove it is not vacuous.

use std::collections::{BTreeMap, BTreeSet};
use std::future::IntoFuture;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Method, header};
use axum::response::Response;
use axum::routing::any;
use base64::Engine;
use serde_json::{Map, Value, json};

use crate::xapi_check::{
    CMI5_ABANDONED, CMI5_COMPLETED, CMI5_FAILED, CMI5_INITIALIZED, CMI5_PASSED, CMI5_SATISFIED,
    CMI5_TERMINATED, CMI5_WAIVED, MASTERY_SCORE, is_uuid, parse_timestamp,
};

/// cmi5 9.6.3.1.
pub const SESSION_ID: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// cmi5 9.6.2.1.
pub const CMI5_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// cmi5 9.6.2.2.
pub const MOVEON_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// cmi5 9.3.1: the LMS's statement before a launch.
pub const CMI5_LAUNCHED: &str = "http://adlnet.gov/expapi/verbs/launched";
/// cmi5 9.6.3.3, 9.6.3.4, 9.6.3.6, 9.6.3.7: the launched statement's extensions.
pub const LAUNCH_MODE: &str = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";
pub const LAUNCH_URL: &str = "https://w3id.org/xapi/cmi5/context/extensions/launchurl";
pub const MOVE_ON: &str = "https://w3id.org/xapi/cmi5/context/extensions/moveon";
pub const LAUNCH_PARAMETERS: &str =
    "https://w3id.org/xapi/cmi5/context/extensions/launchparameters";
/// The verbs cmi5 defines for the AU (9.3.2-9.3.5, 9.3.8).
pub const AU_VERBS: [&str; 5] = [
    CMI5_INITIALIZED,
    CMI5_COMPLETED,
    CMI5_PASSED,
    CMI5_FAILED,
    CMI5_TERMINATED,
];
/// The verbs cmi5 defines for the LMS (9.3.1, 9.3.6, 9.3.7, 9.3.9).
pub const LMS_VERBS: [&str; 4] = [CMI5_LAUNCHED, CMI5_ABANDONED, CMI5_WAIVED, CMI5_SATISFIED];
pub const LAUNCH_DATA: &str = "LMS.LaunchData";
pub const LEARNER_PREFERENCES: &str = "cmi5LearnerPreferences";
/// The test LMS's own IRIs (its activity ids, its learners' accounts, returnURL).
pub const LMS_HOME: &str = "https://lms.example.com";

// ---------------------------------------------------------------------------------
// Launch data, launches, small helpers.
// ---------------------------------------------------------------------------------

/// The LMS's settings for its launches: `LMS.LaunchData` but for what each launch
/// adds (10.2): `launchMode` as given, `moveOn` "Passed" (Touchpoint's package),
/// a `returnURL`, an empty `contextTemplate`. Add `masteryScore`, `launchParameters`,
/// `entitlementKey` or template values as a test needs.
pub fn launch_data(launch_mode: &str) -> Value {
    json!({
        "launchMode": launch_mode,
        "moveOn": "Passed",
        "returnURL": format!("{LMS_HOME}/course/return"),
        "contextTemplate": {},
    })
}

/// The `LMS.LaunchData` document of one launch (10.2.1): the settings, with the
/// session id added to the contextTemplate's extensions and the AU's publisher id to
/// its `contextActivities.grouping`.
pub fn launch_data_for(settings: &Value, au_id: &str, session_id: &str) -> Value {
    let mut data = settings.clone();
    let template = &mut data["contextTemplate"];
    template["extensions"][SESSION_ID] = json!(session_id);
    let grouping = &mut template["contextActivities"]["grouping"];
    let mut list = match grouping.take() {
        Value::Array(a) => a,
        Value::Null => Vec::new(),
        one => vec![one],
    };
    if !list.iter().any(|a| a["id"] == au_id) {
        list.push(json!({"id": au_id, "objectType": "Activity"}));
    }
    *grouping = Value::Array(list);
    data
}

/// A learner as an LMS names one to an AU: an Agent with an account (9.2), no PII.
pub fn learner(name: &str) -> Value {
    json!({"objectType": "Agent", "account": {"homePage": LMS_HOME, "name": name}})
}

/// One launch: what the LMS put in the launch URL and stored for it.
#[derive(Clone, Debug)]
pub struct Launch {
    /// `endpoint`, `fetch`, `actor`, `registration`, `activityId`, URL-encoded (8.1).
    pub query: String,
    pub registration: String,
    /// The LMS's activity id of the AU (8.1.5), not the publisher id.
    pub activity_id: String,
    pub session_id: String,
    pub fetch_url: String,
    pub actor: Value,
    /// The xAPI base, ending in `/` (8.1.1).
    pub endpoint: String,
    /// The AU's publisher id (its id in the course structure).
    pub au_id: String,
    /// The `LMS.LaunchData` document stored for this launch.
    pub launch_data: Value,
}

impl Launch {
    /// The URL the LMS opens: the AU's URL with the launch parameters appended.
    pub fn url(&self, au_url: &str) -> String {
        let joint = if au_url.contains('?') { '&' } else { '?' };
        format!("{au_url}{joint}{}", self.query)
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

pub fn url_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A query string's parameters, decoded (the last of a repeated name wins).
pub fn parse_query(q: &str) -> BTreeMap<String, String> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (url_decode(k), url_decode(v))
        })
        .collect()
}

pub fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).expect("random bytes");
    b
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A random (version 4) UUID.
pub fn uuid_v4() -> String {
    let mut b = random::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

pub fn now() -> String {
    humantime::format_rfc3339_millis(SystemTime::now()).to_string()
}

/// An agent's inverse functional identifier: two agents are the same learner when
/// these are equal (xAPI 1.0.3 Part Two 2.4.2.3).
pub fn ifi(agent: &Value) -> Option<String> {
    if let Some(a) = agent.get("account") {
        let home = a.get("homePage")?.as_str()?;
        let name = a.get("name")?.as_str()?;
        return Some(format!("account {home} {name}"));
    }
    ["mbox", "mbox_sha1sum", "openid"]
        .iter()
        .find_map(|k| Some(format!("{k} {}", agent.get(*k)?.as_str()?)))
}

pub fn verb(s: &Value) -> &str {
    s.pointer("/verb/id").and_then(Value::as_str).unwrap_or("")
}

/// A verb IRI's last segment, for messages.
pub fn verb_name(verb: &str) -> &str {
    verb.rsplit('/').next().unwrap_or(verb)
}

/// The activities of one context activities list (an array, or one activity).
pub fn activities<'a>(context: &'a Value, list: &str) -> Vec<&'a Value> {
    match context.get("contextActivities").and_then(|c| c.get(list)) {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(one @ Value::Object(_)) => vec![one],
        _ => Vec::new(),
    }
}

pub fn has_activity(context: &Value, list: &str, id: &str) -> bool {
    activities(context, list)
        .iter()
        .any(|a| a.get("id").and_then(Value::as_str) == Some(id))
}

pub fn timestamp(s: &Value) -> Option<i64> {
    s.get("timestamp")
        .and_then(Value::as_str)
        .and_then(parse_timestamp)
}

// ---------------------------------------------------------------------------------
// The test LMS.
// ---------------------------------------------------------------------------------

/// How the fetch URL fails while [`TestLms::set_fetch_failure`] says so.
#[derive(Clone, Copy, Debug)]
pub enum FetchFailure {
    /// An HTTP error status (e.g. 500): the LMS itself failing.
    Status(u16),
    /// A 200 with `error-code` 1, 2 or 3 (8.2.3.2).
    ErrorCode(u8),
}

/// A statement as the LMS received it.
#[derive(Clone, Debug)]
pub struct Received {
    /// Its place among every statement received (0, 1, …).
    pub order: usize,
    /// "POST" or "PUT".
    pub method: &'static str,
    /// The request's `Authorization` header.
    pub authorization: String,
    /// The session of the token it came with.
    pub session_id: String,
    /// As sent (with the id the LMS gave it when it had none).
    pub statement: Value,
}

/// A PUT, POST or DELETE on the State resource, allowed or not.
#[derive(Clone, Debug)]
pub struct StateWrite {
    pub method: String,
    pub state_id: Option<String>,
    pub activity_id: String,
    pub registration: Option<String>,
    pub body: String,
    /// What the LMS answered: 204 done, 403 refused (`LMS.LaunchData`), 400.
    pub status: u16,
}

/// One request the LMS answered.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub query: String,
    pub authorization: Option<String>,
    pub status: u16,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum End {
    Open,
    Terminated,
    Abandoned,
}

pub struct Session {
    launch: Launch,
    fetch_key: String,
    token: Option<String>,
    fetch_calls: usize,
    launched: SystemTime,
    last_statement: Option<SystemTime>,
    end: End,
}

pub struct Document {
    content_type: String,
    bytes: Vec<u8>,
}

/// A State document's key: activity id, agent, registration ("" for none), state id.
pub type StateKey = (String, String, String, String);

pub struct Lms {
    base: String,
    settings: Value,
    preferences: Option<Value>,
    au_urls: BTreeMap<String, String>,
    activity_ids: BTreeMap<String, String>,
    sessions: Vec<Session>,
    documents: BTreeMap<StateKey, Document>,
    state_writes: Vec<StateWrite>,
    received: Vec<Received>,
    own: Vec<Value>,
    requests: Vec<Request>,
    violations: Vec<String>,
    statements_down: bool,
    reject_auth: bool,
    fetch_failure: Option<FetchFailure>,
}

/// An answer before it becomes an HTTP response.
pub struct Out {
    status: u16,
    body: Option<(String, Vec<u8>)>,
}

impl Out {
    fn json(status: u16, v: &Value) -> Out {
        Out {
            status,
            body: Some(("application/json".into(), v.to_string().into_bytes())),
        }
    }

    fn empty(status: u16) -> Out {
        Out { status, body: None }
    }

    fn error(status: u16, message: &str) -> Out {
        Out::json(status, &json!({ "error": message }))
    }
}

/// The test LMS: an HTTP server on 127.0.0.1 in a thread, stopped when dropped.
pub struct TestLms {
    lms: Arc<Mutex<Lms>>,
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

pub type Shared = Arc<Mutex<Lms>>;

pub fn lock(lms: &Shared) -> MutexGuard<'_, Lms> {
    lms.lock().unwrap_or_else(|e| e.into_inner())
}

impl TestLms {
    /// Starts the LMS; `launch_data` is what it stores as `LMS.LaunchData` for every
    /// launch (see [`launch_data`]), completed per launch by [`launch_data_for`].
    pub fn start(launch_data: Value) -> TestLms {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind the test LMS");
        listener.set_nonblocking(true).expect("non-blocking");
        let base = format!("http://{}", listener.local_addr().expect("its address"));
        let lms = Arc::new(Mutex::new(Lms {
            base: base.clone(),
            settings: launch_data,
            preferences: Some(
                json!({"languagePreference": "zh-CN,en-US", "audioPreference": "on"}),
            ),
            au_urls: BTreeMap::new(),
            activity_ids: BTreeMap::new(),
            sessions: Vec::new(),
            documents: BTreeMap::new(),
            state_writes: Vec::new(),
            received: Vec::new(),
            own: Vec::new(),
            requests: Vec::new(),
            violations: Vec::new(),
            statements_down: false,
            reject_auth: false,
            fetch_failure: None,
        }));
        let app = Router::new()
            .route("/fetch/{key}", any(fetch))
            .route("/xapi/{*resource}", any(xapi))
            .with_state(lms.clone());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                let listener =
                    tokio::net::TcpListener::from_std(listener).expect("the test LMS listens");
                tokio::select! {
                    _ = axum::serve(listener, app).into_future() => {}
                    _ = stopped => {}
                }
            });
            // Dropping the runtime ends every connection still open.
            drop(runtime);
        });
        TestLms {
            lms,
            base,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Lms> {
        lock(&self.lms)
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The xAPI base the launches name as `endpoint` (8.1.1).
    pub fn endpoint(&self) -> String {
        format!("{}/xapi/", self.base)
    }

    /// The AU's URL in the course structure, for the launched statement's
    /// `launchurl` (9.6.3.4); without it that extension is left out.
    pub fn set_au_url(&self, au_id: &str, url: &str) {
        self.lock().au_urls.insert(au_id.into(), url.into());
    }

    /// Launches `au_id` for `actor` under a new registration.
    pub fn launch(&self, au_id: &str, actor: &Value) -> Launch {
        self.launch_in(&uuid_v4(), au_id, actor)
    }

    /// Launches `au_id` for `actor` under `registration` (launching again, 8.1.5: the
    /// same activity id). A session of that registration still open is abandoned
    /// first (9.3.6): the LMS records `abandoned` and refuses its token from then on.
    pub fn launch_in(&self, registration: &str, au_id: &str, actor: &Value) -> Launch {
        let mut lms = self.lock();
        let open: Vec<usize> = (0..lms.sessions.len())
            .filter(|&k| {
                let s = &lms.sessions[k];
                s.end == End::Open && s.launch.registration == registration
            })
            .collect();
        for k in open {
            lms.abandon(k);
        }
        let next = lms.activity_ids.len() + 1;
        let activity_id = lms
            .activity_ids
            .entry(au_id.to_string())
            .or_insert_with(|| format!("{LMS_HOME}/cmi5/activities/{next}"))
            .clone();
        let session_id = uuid_v4();
        let fetch_key = hex(&random::<16>());
        let endpoint = format!("{}/xapi/", lms.base);
        let fetch_url = format!("{}/fetch/{fetch_key}", lms.base);
        let data = launch_data_for(&lms.settings, au_id, &session_id);
        let query = format!(
            "endpoint={}&fetch={}&actor={}&registration={}&activityId={}",
            url_encode(&endpoint),
            url_encode(&fetch_url),
            url_encode(&actor.to_string()),
            url_encode(registration),
            url_encode(&activity_id),
        );
        let launch = Launch {
            query,
            registration: registration.into(),
            activity_id,
            session_id,
            fetch_url,
            actor: actor.clone(),
            endpoint,
            au_id: au_id.into(),
            launch_data: data,
        };
        // 10.1: the document is written before the launch, keyed by the launch's
        // activity id, actor and registration.
        let key = (
            launch.activity_id.clone(),
            ifi(actor).expect("an actor with an identifier"),
            registration.to_string(),
            LAUNCH_DATA.to_string(),
        );
        lms.documents.insert(
            key,
            Document {
                content_type: "application/json".into(),
                bytes: launch.launch_data.to_string().into_bytes(),
            },
        );
        // 9.3.1: launched, with 9.6.3.2-9.6.3.7's extensions.
        let settings = &launch.launch_data;
        let mut extensions = vec![
            (LAUNCH_MODE, settings["launchMode"].clone()),
            (MOVE_ON, settings["moveOn"].clone()),
        ];
        if let Some(url) = lms.au_urls.get(au_id) {
            extensions.push((LAUNCH_URL, json!(url)));
        }
        for (ext, key) in [
            (MASTERY_SCORE, "masteryScore"),
            (LAUNCH_PARAMETERS, "launchParameters"),
        ] {
            if let Some(v) = settings.get(key) {
                extensions.push((ext, v.clone()));
            }
        }
        let launched = lms_statement(&launch, CMI5_LAUNCHED, &extensions, None);
        lms.own.push(launched);
        lms.sessions.push(Session {
            launch: launch.clone(),
            fetch_key,
            token: None,
            fetch_calls: 0,
            launched: SystemTime::now(),
            last_statement: None,
            end: End::Open,
        });
        launch
    }

    /// Statements API down (503) while `down`.
    /// The settings stored as `LMS.LaunchData` at the next launches (an LMS
    /// switching an AU to Review, or changing its masteryScore).
    pub fn set_launch_data(&self, launch_data: Value) {
        self.lock().settings = launch_data;
    }

    pub fn set_statements_down(&self, down: bool) {
        self.lock().statements_down = down;
    }

    /// Every xAPI request refused with 401 while `reject`, the token notwithstanding.
    pub fn set_reject_auth(&self, reject: bool) {
        self.lock().reject_auth = reject;
    }

    /// The fetch URLs fail so while `Some`.
    pub fn set_fetch_failure(&self, failure: Option<FetchFailure>) {
        self.lock().fetch_failure = failure;
    }

    /// The `cmi5LearnerPreferences` document (11), or none (404).
    pub fn set_learner_preferences(&self, preferences: Option<Value>) {
        self.lock().preferences = preferences;
    }

    /// The statements received from AUs, in arrival order.
    pub fn statements(&self) -> Vec<Value> {
        self.lock()
            .received
            .iter()
            .map(|r| r.statement.clone())
            .collect()
    }

    /// The statements received with `launch`'s token, in arrival order.
    pub fn statements_of(&self, launch: &Launch) -> Vec<Value> {
        self.lock()
            .received
            .iter()
            .filter(|r| r.session_id == launch.session_id)
            .map(|r| r.statement.clone())
            .collect()
    }

    /// The statements received, with how they came.
    pub fn received(&self) -> Vec<Received> {
        self.lock().received.clone()
    }

    /// The LMS's own statements: `launched` (9.3.1), `abandoned` (9.3.6).
    pub fn lms_statements(&self) -> Vec<Value> {
        self.lock().own.clone()
    }

    /// POSTs to `launch`'s fetch URL.
    pub fn fetch_calls(&self, launch: &Launch) -> usize {
        self.lock()
            .sessions
            .iter()
            .find(|s| s.launch.session_id == launch.session_id)
            .map_or(0, |s| s.fetch_calls)
    }

    /// The token the fetch URL of `launch` gave, if it did.
    pub fn token(&self, launch: &Launch) -> Option<String> {
        self.lock()
            .sessions
            .iter()
            .find(|s| s.launch.session_id == launch.session_id)
            .and_then(|s| s.token.clone())
    }

    pub fn state_writes(&self) -> Vec<StateWrite> {
        self.lock().state_writes.clone()
    }

    /// Every request answered, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.lock().requests.clone()
    }

    /// What AUs did that cmi5 or xAPI forbids, each with its section.
    pub fn violations(&self) -> Vec<String> {
        self.lock().violations.clone()
    }
}

impl Drop for TestLms {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A statement about `launch`'s AU: the launch's actor and activity id, its
/// contextTemplate with the registration, `categories` as the context's category
/// activities and `extensions` added to the context's.
pub fn launch_statement(
    launch: &Launch,
    verb: &str,
    categories: &[&str],
    extensions: &[(&str, Value)],
    timestamp: String,
    result: Option<Value>,
) -> Value {
    let mut context = launch.launch_data["contextTemplate"].clone();
    context["registration"] = json!(launch.registration);
    if !categories.is_empty() {
        let list: Vec<Value> = categories
            .iter()
            .map(|id| json!({"id": id, "objectType": "Activity"}))
            .collect();
        context["contextActivities"]["category"] = Value::Array(list);
    }
    for (k, v) in extensions {
        context["extensions"][*k] = v.clone();
    }
    let mut s = json!({
        "id": uuid_v4(),
        "actor": launch.actor,
        "verb": {"id": verb, "display": {"en-US": verb_name(verb)}},
        "object": {"id": launch.activity_id, "objectType": "Activity"},
        "context": context,
        "timestamp": timestamp,
    });
    if let Some(r) = result {
        s["result"] = r;
    }
    s
}

/// A statement the LMS makes about a launch (9.3.1, 9.3.6), a cmi5 defined one.
pub fn lms_statement(
    launch: &Launch,
    verb: &str,
    extensions: &[(&str, Value)],
    result: Option<Value>,
) -> Value {
    launch_statement(launch, verb, &[CMI5_CATEGORY], extensions, now(), result)
}

/// "PT1.25S".
pub fn duration_between(from: SystemTime, to: SystemTime) -> String {
    let ms = to
        .duration_since(from)
        .unwrap_or(Duration::ZERO)
        .as_millis();
    format!("PT{}S", ms as f64 / 1000.0)
}

/// Statements are the same for xAPI when they differ only in what the LRS may set or
/// change (Part Two 2.3.1: authority, stored, timestamp, version).
pub fn same_statement(a: &Value, b: &Value) -> bool {
    let strip = |v: &Value| {
        let mut v = v.clone();
        if let Some(o) = v.as_object_mut() {
            for k in ["authority", "stored", "timestamp", "version"] {
                o.remove(k);
            }
        }
        v
    };
    strip(a) == strip(b)
}

pub fn basic_token(headers: &HeaderMap) -> Option<String> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("Basic")
        .then(|| token.trim().to_string())
}

impl Lms {
    fn violation(&mut self, what: String) {
        self.violations.push(what);
    }

    /// 9.3.6: the session ends abnormally; its duration runs from `launched` to the
    /// AU's last statement.
    fn abandon(&mut self, k: usize) {
        let s = &mut self.sessions[k];
        s.end = End::Abandoned;
        let last = s.last_statement.unwrap_or(s.launched);
        let result = json!({"duration": duration_between(s.launched, last)});
        let abandoned = lms_statement(&s.launch, CMI5_ABANDONED, &[], Some(result));
        self.own.push(abandoned);
    }

    fn fetch(&mut self, method: &Method, key: &str) -> Out {
        let Some(k) = self.sessions.iter().position(|s| s.fetch_key == key) else {
            return Out::json(
                200,
                &json!({"error-code": "2", "error-text": "This is not a fetch URL of this LMS."}),
            );
        };
        if method != Method::POST {
            self.violation(format!(
                "{method} on a fetch URL: the AU MUST make an HTTP POST (cmi5 8.2.1)"
            ));
            return Out::error(405, "The fetch URL takes POST only (cmi5 8.2.1).");
        }
        self.sessions[k].fetch_calls += 1;
        match self.fetch_failure {
            Some(FetchFailure::Status(status)) => {
                return Out::error(status, "The LMS failed.");
            }
            Some(FetchFailure::ErrorCode(code)) => {
                let text = match code {
                    1 => "Already in use or expired.",
                    2 => "General security error.",
                    _ => "General application error.",
                };
                return Out::json(
                    200,
                    &json!({"error-code": code.to_string(), "error-text": text}),
                );
            }
            None => {}
        }
        let s = &mut self.sessions[k];
        if s.token.is_some() || s.end != End::Open {
            let again = s.token.is_some();
            if again {
                self.violation(
                    "the fetch URL was called again: the AU SHOULD NOT retrieve the token more than once (cmi5 8.2.1)".into(),
                );
            }
            return Out::json(
                200,
                &json!({
                    "error-code": "1",
                    "error-text": if again {
                        "The authorization token has already been returned."
                    } else {
                        "The AU session has expired."
                    },
                }),
            );
        }
        let credentials = format!("{}:{}", s.launch.session_id, hex(&random::<16>()));
        let token = base64::engine::general_purpose::STANDARD.encode(credentials);
        s.token = Some(token.clone());
        Out::json(200, &json!({ "auth-token": token }))
    }

    fn xapi(
        &mut self,
        method: &Method,
        resource: &str,
        query: &BTreeMap<String, String>,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Out {
        if resource == "about" {
            // Part Three 2.8: no credentials, no version header needed.
            return match *method {
                Method::GET => Out::json(200, &json!({"version": ["1.0.3"]})),
                _ => Out::error(405, "GET only"),
            };
        }
        let version = headers
            .get("X-Experience-API-Version")
            .and_then(|v| v.to_str().ok());
        if !version.is_some_and(|v| v == "1.0" || v.starts_with("1.0.")) {
            self.violation(format!(
                "{method} {resource} with X-Experience-API-Version {version:?}, not 1.0.x (xAPI 1.0.3 Part Three 3.3)"
            ));
            return Out::error(400, "X-Experience-API-Version 1.0.x is required.");
        }
        if self.reject_auth {
            return Out::error(401, "The credentials are refused.");
        }
        let Some(token) = basic_token(headers) else {
            self.violation(format!(
                "{method} {resource} without `Authorization: Basic <auth-token>` (cmi5 8.2.1, 8.2.2)"
            ));
            return Out::error(401, "Authorization: Basic <auth-token> is required.");
        };
        let Some(k) = self
            .sessions
            .iter()
            .position(|s| s.token.as_deref() == Some(token.as_str()))
        else {
            self.violation(format!(
                "{method} {resource} with a token this LMS never gave (cmi5 8.2.2)"
            ));
            return Out::error(401, "Unknown token.");
        };
        if self.sessions[k].end == End::Abandoned {
            self.violation(format!(
                "{method} {resource} in session {} after the LMS abandoned it: its token is limited to the session (cmi5 8.2.1, 9.3.6)",
                self.sessions[k].launch.session_id
            ));
            return Out::error(401, "The session was abandoned; its token has expired.");
        }
        let authorization = format!("Basic {token}");
        match resource {
            "statements" => self.statements(k, method, query, body, authorization),
            "activities/state" => self.state(k, method, query, headers, body),
            "agents/profile" => self.profile(k, method, query),
            _ => Out::error(404, "No such resource."),
        }
    }

    fn statements(
        &mut self,
        k: usize,
        method: &Method,
        query: &BTreeMap<String, String>,
        body: &[u8],
        authorization: String,
    ) -> Out {
        if self.statements_down {
            return Out::error(503, "The Statements resource is down.");
        }
        let parsed = || serde_json::from_slice::<Value>(body).ok();
        match *method {
            Method::POST => {
                let mut batch = match parsed() {
                    Some(Value::Array(a)) if a.iter().all(Value::is_object) => a,
                    Some(one @ Value::Object(_)) => vec![one],
                    _ => return Out::error(400, "A statement or an array of statements."),
                };
                for s in &mut batch {
                    if s.get("id").is_none() {
                        s["id"] = json!(uuid_v4());
                    }
                }
                let ids: Vec<Value> = batch.iter().map(|s| s["id"].clone()).collect();
                let distinct: BTreeSet<String> = ids.iter().map(Value::to_string).collect();
                if distinct.len() != ids.len() {
                    // Part Three 2.1.2: a batch with one id twice is rejected.
                    return Out::error(400, "The batch holds one statement id twice.");
                }
                match self.store(k, batch, "POST", &authorization) {
                    Ok(()) => Out::json(200, &Value::Array(ids)),
                    Err(out) => out,
                }
            }
            Method::PUT => {
                let Some(id) = query.get("statementId") else {
                    return Out::error(400, "PUT needs statementId (xAPI Part Three 2.1.1).");
                };
                let Some(mut s) = parsed().filter(Value::is_object) else {
                    return Out::error(400, "One statement.");
                };
                match s.get("id") {
                    Some(own) if own != id.as_str() => {
                        return Out::error(400, "The statement's id is not statementId.");
                    }
                    Some(_) => {}
                    None => s["id"] = json!(id),
                }
                match self.store(k, vec![s], "PUT", &authorization) {
                    Ok(()) => Out::empty(204),
                    Err(out) => out,
                }
            }
            Method::GET => match query.get("statementId") {
                Some(id) => self
                    .received
                    .iter()
                    .find(|r| r.statement["id"] == id.as_str())
                    .map_or_else(
                        || Out::error(404, "No such statement."),
                        |r| Out::json(200, &r.statement),
                    ),
                None => {
                    let registration = &self.sessions[k].launch.registration;
                    let list: Vec<Value> = self
                        .received
                        .iter()
                        .rev()
                        .filter(|r| r.statement["context"]["registration"] == registration.as_str())
                        .map(|r| r.statement.clone())
                        .collect();
                    Out::json(200, &json!({"statements": list, "more": ""}))
                }
            },
            _ => Out::error(405, "POST, PUT or GET."),
        }
    }

    /// Stores the statements not already stored; a known id with other content is a
    /// conflict and nothing of the batch is stored (Part Three 2.1.1, 2.1.2).
    fn store(
        &mut self,
        k: usize,
        batch: Vec<Value>,
        method: &'static str,
        authorization: &str,
    ) -> Result<(), Out> {
        let mut new = Vec::new();
        for s in batch {
            match self.received.iter().find(|r| r.statement["id"] == s["id"]) {
                Some(r) if same_statement(&r.statement, &s) => {}
                Some(_) => {
                    self.violation(format!(
                        "statement id {} sent again with other content (xAPI 1.0.3 Part Three 2.1.1: 409 Conflict)",
                        s["id"]
                    ));
                    return Err(Out::error(
                        409,
                        "A statement with this id is stored, with other content.",
                    ));
                }
                None => new.push(s),
            }
        }
        let session = &mut self.sessions[k];
        session.last_statement = Some(SystemTime::now());
        for s in new {
            if verb(&s) == CMI5_TERMINATED && session.end == End::Open {
                session.end = End::Terminated;
            }
            self.received.push(Received {
                order: self.received.len(),
                method,
                authorization: authorization.to_string(),
                session_id: session.launch.session_id.clone(),
                statement: s,
            });
        }
        Ok(())
    }

    /// The agent parameter must be the launch's actor (cmi5 10.1, 11); the
    /// registration, when given, the launch's (10.1).
    fn check_scope(
        &mut self,
        k: usize,
        resource: &str,
        query: &BTreeMap<String, String>,
    ) -> Result<String, Out> {
        let launch = self.sessions[k].launch.clone();
        let agent = query
            .get("agent")
            .and_then(|a| serde_json::from_str::<Value>(a).ok())
            .and_then(|a| ifi(&a));
        let Some(agent) = agent else {
            return Err(Out::error(400, "agent: an Agent as JSON."));
        };
        if Some(&agent) != ifi(&launch.actor).as_ref() {
            let what = format!(
                "{resource} for agent {:?}, not the launch's actor (cmi5 8.1.3, 10.1, 11)",
                query["agent"]
            );
            self.violation(what);
            return Err(Out::error(403, "This token is for another learner."));
        }
        if let Some(r) = query.get("registration")
            && *r != launch.registration
        {
            let what = format!(
                "{resource} for registration {r}, not the launch's {} (cmi5 8.1.4, 10.1)",
                launch.registration
            );
            self.violation(what);
            return Err(Out::error(403, "This token is for another registration."));
        }
        Ok(agent)
    }

    fn state(
        &mut self,
        k: usize,
        method: &Method,
        query: &BTreeMap<String, String>,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Out {
        let agent = match self.check_scope(k, "State", query) {
            Ok(a) => a,
            Err(out) => return out,
        };
        let Some(activity) = query.get("activityId").cloned() else {
            return Out::error(400, "activityId is required.");
        };
        let registration = query.get("registration").cloned().unwrap_or_default();
        let state_id = query.get("stateId").cloned();
        let key = |sid: &str| {
            (
                activity.clone(),
                agent.clone(),
                registration.clone(),
                sid.to_string(),
            )
        };
        if *method == Method::GET {
            return match &state_id {
                Some(sid) => match self.documents.get(&key(sid)) {
                    Some(d) => Out {
                        status: 200,
                        body: Some((d.content_type.clone(), d.bytes.clone())),
                    },
                    None => Out::error(404, "No such document."),
                },
                None => {
                    let ids: Vec<&str> = self
                        .documents
                        .keys()
                        .filter(|(a, g, r, _)| *a == activity && *g == agent && *r == registration)
                        .map(|(_, _, _, sid)| sid.as_str())
                        .collect();
                    Out::json(200, &json!(ids))
                }
            };
        }
        if ![Method::PUT, Method::POST, Method::DELETE].contains(method) {
            return Out::error(405, "GET, PUT, POST or DELETE.");
        }
        let touches_launch_data = match &state_id {
            Some(sid) => sid == LAUNCH_DATA,
            None => self.documents.contains_key(&key(LAUNCH_DATA)),
        };
        let status = if touches_launch_data {
            self.violation(format!(
                "{method} on the State document {LAUNCH_DATA}: the AU MUST NOT modify or delete it (cmi5 10.2.1)"
            ));
            403
        } else {
            match (method.as_str(), &state_id) {
                ("DELETE", None) => {
                    self.documents.retain(|(a, g, r, _), _| {
                        !(*a == activity && *g == agent && *r == registration)
                    });
                    204
                }
                ("DELETE", Some(sid)) => {
                    self.documents.remove(&key(sid));
                    204
                }
                (_, None) => 400,
                ("PUT", Some(sid)) => {
                    let content_type = headers
                        .get(header::CONTENT_TYPE)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("application/octet-stream")
                        .to_string();
                    let document = Document {
                        content_type,
                        bytes: body.to_vec(),
                    };
                    self.documents.insert(key(sid), document);
                    204
                }
                (_, Some(sid)) => {
                    // POST: JSON objects are merged (Part Three 2.2).
                    let old = self
                        .documents
                        .get(&key(sid))
                        .map(|d| serde_json::from_slice::<Value>(&d.bytes).ok());
                    match (old, serde_json::from_slice::<Value>(body).ok()) {
                        (Some(Some(Value::Object(mut o))), Some(Value::Object(n))) => {
                            o.extend(n);
                            self.put_json(key(sid), &Value::Object(o));
                            204
                        }
                        (None, Some(n @ Value::Object(_))) => {
                            self.put_json(key(sid), &n);
                            204
                        }
                        _ => 400,
                    }
                }
            }
        };
        self.state_writes.push(StateWrite {
            method: method.to_string(),
            state_id,
            activity_id: activity,
            registration: (!registration.is_empty()).then_some(registration),
            body: String::from_utf8_lossy(body).into_owned(),
            status,
        });
        match status {
            204 => Out::empty(204),
            403 => Out::error(403, "LMS.LaunchData is the LMS's (cmi5 10.2.1)."),
            s => Out::error(s, "stateId, and for POST JSON objects, are required."),
        }
    }

    fn put_json(&mut self, key: StateKey, v: &Value) {
        let document = Document {
            content_type: "application/json".into(),
            bytes: v.to_string().into_bytes(),
        };
        self.documents.insert(key, document);
    }

    fn profile(&mut self, k: usize, method: &Method, query: &BTreeMap<String, String>) -> Out {
        if let Err(out) = self.check_scope(k, "Agent Profile", query) {
            return out;
        }
        if *method != Method::GET {
            // cmi5 11: the LMS may ignore the AU's changes, answering 403.
            return Out::error(403, "The LMS keeps the learner's preferences.");
        }
        match (
            query.get("profileId").map(String::as_str),
            &self.preferences,
        ) {
            (Some(LEARNER_PREFERENCES), Some(p)) => Out::json(200, p),
            (Some(_), _) => Out::error(404, "No such profile document."),
            (None, Some(_)) => Out::json(200, &json!([LEARNER_PREFERENCES])),
            (None, None) => Out::json(200, &json!([])),
        }
    }

    fn log(&mut self, method: &Method, path: &str, query: &str, headers: &HeaderMap, status: u16) {
        self.requests.push(Request {
            method: method.to_string(),
            path: path.into(),
            query: query.into(),
            authorization: headers
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            status,
        });
    }
}

pub fn respond(out: Out, xapi: bool) -> Response {
    let mut r = axum::http::Response::builder().status(out.status);
    if xapi {
        r = r.header("X-Experience-API-Version", "1.0.3");
    }
    let response = match out.body {
        Some((content_type, bytes)) => r
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(bytes)),
        None => r.body(Body::empty()),
    };
    response.expect("a response")
}

async fn fetch(
    State(lms): State<Shared>,
    method: Method,
    Path(key): Path<String>,
    headers: HeaderMap,
) -> Response {
    let mut lms = lock(&lms);
    let out = lms.fetch(&method, &key);
    lms.log(&method, &format!("/fetch/{key}"), "", &headers, out.status);
    respond(out, false)
}

async fn xapi(
    State(lms): State<Shared>,
    method: Method,
    Path(resource): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let raw = query.unwrap_or_default();
    let mut lms = lock(&lms);
    let out = lms.xapi(&method, &resource, &parse_query(&raw), &headers, &body);
    lms.log(
        &method,
        &format!("/xapi/{resource}"),
        &raw,
        &headers,
        out.status,
    );
    respond(out, true)
}

// ---------------------------------------------------------------------------------
// The checker, from cmi5 sections 7 to 10.
// ---------------------------------------------------------------------------------

/// What breaks cmi5 in the statements an AU sent in one launch (`launch`, whose
/// `LMS.LaunchData` was `launch_data`), in the order they arrived. Each message says
/// where ("session 1, #3 passed") and cites its section. The statements must also
/// pass the xAPI 1.0.3 validator of `tests/xapi.rs`.
pub fn cmi5_problems(statements: &[Value], launch: &Launch, launch_data: &Value) -> Vec<String> {
    cmi5_registration_problems(&[(launch, launch_data, statements)])
}

/// The same for several sessions of one registration, in launch order, adding the
/// rules across them (9.3: one `completed`, one `passed`, no `failed` after `passed`).
pub fn cmi5_registration_problems(sessions: &[(&Launch, &Value, &[Value])]) -> Vec<String> {
    let mut out = Vec::new();
    let Some((first, _, _)) = sessions.first() else {
        return out;
    };
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    // (timestamp, session, index, verb) of every judged statement, for 9.3.
    let mut judged: Vec<(i64, usize, usize, &str)> = Vec::new();
    for (k, (launch, data, statements)) in sessions.iter().enumerate() {
        let n = k + 1;
        if launch.registration != first.registration {
            out.push(format!(
                "session {n} is of registration {}, not {}: give one registration's sessions",
                launch.registration, first.registration
            ));
        }
        out.extend(
            launch_data_problems(data, launch)
                .into_iter()
                .map(|p| format!("session {n}: {p}")),
        );
        for (i, s) in statements.iter().enumerate() {
            let at = format!("session {n}, #{i} {}", verb_name(verb(s)));
            out.extend(
                statement_problems(s, launch, data)
                    .into_iter()
                    .map(|p| format!("{at}: {p}")),
            );
            if let Some(id) = s.get("id").and_then(Value::as_str)
                && let Some(before) = ids.insert(id.to_string(), at.clone())
            {
                out.push(format!(
                    "{at}: id {id} is {before}'s too: statement ids are unique (cmi5 9.1, xAPI 1.0.3 Part Two 2.4.1)"
                ));
            }
            let v = verb(s);
            if [CMI5_COMPLETED, CMI5_PASSED, CMI5_FAILED].contains(&v) {
                judged.push((timestamp(s).unwrap_or(i64::MIN), n, i, v));
            }
        }
        out.extend(session_problems(statements, n));
        out.extend(
            crate::xapi_check::problems(statements)
                .into_iter()
                .map(|p| format!("session {n}: xAPI 1.0.3 validator: {p}")),
        );
    }
    // 9.3, rules within a registration (per AU): in time order across sessions.
    judged.sort();
    for (v, section) in [(CMI5_COMPLETED, "9.3.3"), (CMI5_PASSED, "9.3.4")] {
        let all: Vec<_> = judged.iter().filter(|j| j.3 == v).collect();
        for j in all.iter().skip(1) {
            out.push(format!(
                "{}: a second {} in registration {} (the first: {}): zero or one per registration (cmi5 9.3, {section})",
                judged_at(j),
                verb_name(v),
                first.registration,
                judged_at(all[0])
            ));
        }
    }
    if let Some(p) = judged.iter().find(|j| j.3 == CMI5_PASSED) {
        for f in judged.iter().filter(|j| j.3 == CMI5_FAILED && *j > p) {
            out.push(format!(
                "{}: failed after the passed of {} in the registration: a failed MUST NOT follow a passed (cmi5 9.3)",
                judged_at(f),
                judged_at(p)
            ));
        }
    }
    out
}

pub fn judged_at((_, n, i, v): &(i64, usize, usize, &str)) -> String {
    format!("session {n}, #{i} {}", verb_name(v))
}

/// What the LMS must have put in `LMS.LaunchData` (10.2), for this launch.
pub fn launch_data_problems(data: &Value, launch: &Launch) -> Vec<String> {
    let mut out = Vec::new();
    let template = &data["contextTemplate"];
    if !template.is_object() {
        out.push("LMS.LaunchData has no contextTemplate object (cmi5 10.2.1)".into());
    }
    if template["extensions"][SESSION_ID] != launch.session_id.as_str() {
        out.push(
            "LMS.LaunchData's contextTemplate lacks the launch's session id (cmi5 10.2.1, 9.6.3.1)"
                .into(),
        );
    }
    if !has_activity(template, "grouping", &launch.au_id) {
        out.push("LMS.LaunchData's contextTemplate lacks the publisher id in contextActivities.grouping (cmi5 10.2.1, 9.6.2.3)".into());
    }
    let mode = data.get("launchMode").and_then(Value::as_str);
    if !matches!(mode, Some("Normal" | "Browse" | "Review")) {
        out.push(format!(
            "LMS.LaunchData's launchMode {mode:?} is not Normal, Browse or Review (cmi5 10.2.2)"
        ));
    }
    let move_on = data.get("moveOn").and_then(Value::as_str);
    if !matches!(
        move_on,
        Some("Passed" | "Completed" | "CompletedAndPassed" | "CompletedOrPassed" | "NotApplicable")
    ) {
        out.push(format!(
            "LMS.LaunchData's moveOn {move_on:?} is not a moveOn value (cmi5 10.2.5, 13.1.4)"
        ));
    }
    if let Some(m) = data.get("masteryScore")
        && !m.as_f64().is_some_and(|m| (0.0..=1.0).contains(&m))
    {
        out.push(format!(
            "LMS.LaunchData's masteryScore {m} is not a decimal in [0, 1] (cmi5 10.2.4)"
        ));
    }
    if launch.activity_id == launch.au_id {
        out.push("the launch's activityId is the AU's publisher id (cmi5 8.1.5)".into());
    }
    out
}

/// The rules on one statement of `launch`.
pub fn statement_problems(s: &Value, launch: &Launch, data: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let v = verb(s);
    let null = Value::Null;
    let context = s.get("context").unwrap_or(&null);
    if !s.get("id").and_then(Value::as_str).is_some_and(is_uuid) {
        out.push("its id is not a UUID (cmi5 9.1)".into());
    }
    if s.get("actor") != Some(&launch.actor) {
        out.push(format!(
            "actor {} is not the launch's actor {} (cmi5 8.1.3, 9.2)",
            s.get("actor").unwrap_or(&null),
            launch.actor
        ));
    }
    let registration = context.get("registration");
    if registration.and_then(Value::as_str) != Some(&launch.registration) {
        out.push(format!(
            "context.registration {} is not the launch's registration {} (cmi5 8.1.4, 9.6.1)",
            shown(registration),
            launch.registration
        ));
    }
    match context.get("extensions").and_then(|e| e.get(SESSION_ID)) {
        Some(id) if *id == launch.session_id.as_str() => {}
        None => out.push(format!(
            "no session id in context.extensions ({SESSION_ID}) (cmi5 9.6.3.1, 10.2.1)"
        )),
        Some(id) => out.push(format!(
            "session id {id} is not this launch's {} (cmi5 9.6.3.1)",
            launch.session_id
        )),
    }
    template_problems(&data["contextTemplate"], context, &mut out);

    let cmi5_category = has_activity(context, "category", CMI5_CATEGORY);
    let au_verb = AU_VERBS.contains(&v);
    if LMS_VERBS.contains(&v) {
        out.push(format!(
            "{} is a verb of the LMS: an AU does not send it (cmi5 9.3.1, 9.3.6, 9.3.7, 9.3.9)",
            verb_name(v)
        ));
    }
    if au_verb && !cmi5_category {
        out.push(format!(
            "lacks the cmi5 category ({CMI5_CATEGORY}) in context.contextActivities.category (cmi5 9.6.2.1, 7.1.3)"
        ));
    }
    if !au_verb && !LMS_VERBS.contains(&v) && cmi5_category {
        out.push("the cmi5 category on a verb cmi5 does not define: a cmi5 allowed statement must not carry it (cmi5 7.1.3)".into());
    }
    if au_verb && s.pointer("/object/id").and_then(Value::as_str) != Some(&launch.activity_id) {
        out.push(format!(
            "object.id {} is not the launch's activityId {} (cmi5 9.4, 8.1.5)",
            s.pointer("/object/id").unwrap_or(&null),
            launch.activity_id
        ));
    }
    let result = s.get("result").unwrap_or(&null);
    let has = |k: &str| result.get(k).is_some();
    let moveon = has_activity(context, "category", MOVEON_CATEGORY);
    let judged = au_verb && (has("success") || has("completion"));
    if judged && !moveon {
        out.push(format!(
            "has result.success or result.completion but lacks the moveOn category ({MOVEON_CATEGORY}) (cmi5 9.6.2.2)"
        ));
    }
    if moveon && !judged {
        out.push("carries the moveOn category, which statements without result.success or result.completion MUST NOT include (cmi5 9.6.2.2)".into());
    }
    if au_verb {
        let passed_or_failed = v == CMI5_PASSED || v == CMI5_FAILED;
        if has("score") && !passed_or_failed {
            out.push("only passed and failed may carry result.score (cmi5 9.5.1)".into());
        }
        let success = match v {
            CMI5_PASSED => Some(json!(true)),
            CMI5_FAILED => Some(json!(false)),
            _ => None,
        };
        if result.get("success") != success.as_ref() {
            out.push(format!(
                "result.success {}, where cmi5 asks {} (cmi5 9.5.2)",
                shown(result.get("success")),
                shown(success.as_ref())
            ));
        }
        let completion = (v == CMI5_COMPLETED).then(|| json!(true));
        if result.get("completion") != completion.as_ref() {
            out.push(format!(
                "result.completion {}, where cmi5 asks {} (cmi5 9.5.3)",
                shown(result.get("completion")),
                shown(completion.as_ref())
            ));
        }
        if v != CMI5_INITIALIZED && !has("duration") {
            out.push("lacks result.duration (cmi5 9.5.4.1)".into());
        }
        mastery_problems(s, v, data, &mut out);
        let mode = data.get("launchMode").and_then(Value::as_str).unwrap_or("");
        if (mode == "Browse" || mode == "Review") && v != CMI5_INITIALIZED && v != CMI5_TERMINATED {
            out.push(format!(
                "{} in {mode} mode, where the AU sends no cmi5 defined statement but initialized and terminated (cmi5 10.2.2)",
                verb_name(v)
            ));
        }
    }
    match s.get("timestamp").and_then(Value::as_str) {
        None => out.push("no timestamp (cmi5 9.7)".into()),
        Some(t) if parse_timestamp(t).is_none() => {
            out.push(format!(
                "timestamp {t:?} is not an ISO 8601 date-time (cmi5 9.7)"
            ));
        }
        Some(t)
            if !["Z", "+00:00", "+0000", "+00"]
                .iter()
                .any(|z| t.ends_with(z)) =>
        {
            out.push(format!("timestamp {t:?} is not in UTC (cmi5 9.7)"));
        }
        Some(_) => {}
    }
    out
}

pub fn shown(v: Option<&Value>) -> String {
    v.map_or_else(|| "absent".into(), Value::to_string)
}

/// 9.3.4, 9.3.5, 9.5.1, 9.6.3.2, 10.2.4: a scaled score on passed at or above the
/// masteryScore, on failed below it (a failed without a score is allowed: Touchpoint
/// fails a critical taboo whatever the score), and the masteryScore as an extension
/// on a verdict judged on it.
pub fn mastery_problems(s: &Value, v: &str, data: &Value, out: &mut Vec<String>) {
    let mastery = data.get("masteryScore").and_then(Value::as_f64);
    let scaled = s.pointer("/result/score/scaled").and_then(Value::as_f64);
    let ext = s
        .pointer("/context/extensions")
        .and_then(|e| e.get(MASTERY_SCORE));
    if let (Some(m), Some(x)) = (mastery, scaled) {
        if v == CMI5_PASSED && x < m {
            out.push(format!(
                "passed with result.score.scaled {x} below the masteryScore {m} (cmi5 9.3.4, 9.5.1, 10.2.4)"
            ));
        }
        if v == CMI5_FAILED && x >= m {
            out.push(format!(
                "failed with result.score.scaled {x} at or above the masteryScore {m} (cmi5 9.3.5, 9.5.1, 10.2.4)"
            ));
        }
        if (v == CMI5_PASSED || v == CMI5_FAILED) && ext.and_then(Value::as_f64) != Some(m) {
            out.push(format!(
                "a verdict with a score, under masteryScore {m}, lacks the context extension {MASTERY_SCORE} = {m} (cmi5 9.6.3.2)"
            ));
        }
    }
    match (ext, mastery) {
        (Some(e), None) => out.push(format!(
            "context extension masteryscore {e}, but LMS.LaunchData has no masteryScore (cmi5 9.6.3.2)"
        )),
        (Some(e), Some(m)) if e.as_f64() != Some(m) => out.push(format!(
            "context extension masteryscore {e} is not LMS.LaunchData's {m} (cmi5 9.6.3.2)"
        )),
        _ => {}
    }
}

/// 10.2.1: the context holds every value of the contextTemplate (the session id is
/// checked against the launch itself).
pub fn template_problems(template: &Value, context: &Value, out: &mut Vec<String>) {
    let Some(t) = template.as_object() else {
        return;
    };
    for (k, tv) in t {
        match k.as_str() {
            "contextActivities" => {
                for (list, acts) in tv.as_object().into_iter().flatten() {
                    let acts: Vec<&Value> = match acts {
                        Value::Array(a) => a.iter().collect(),
                        one => vec![one],
                    };
                    for a in acts {
                        let id = a.get("id").and_then(Value::as_str).unwrap_or("");
                        if !has_activity(context, list, id) {
                            let section = if list == "grouping" { ", 9.6.2.3" } else { "" };
                            out.push(format!(
                                "context.contextActivities.{list} lacks {id} of the contextTemplate (cmi5 10.2.1, 9.6.2{section})"
                            ));
                        }
                    }
                }
            }
            "extensions" => {
                let empty = Map::new();
                for (ek, ev) in tv.as_object().unwrap_or(&empty) {
                    if ek != SESSION_ID
                        && context.pointer("/extensions").and_then(|e| e.get(ek)) != Some(ev)
                    {
                        out.push(format!(
                            "context.extensions[{ek}] is not the contextTemplate's {ev} (cmi5 10.2.1)"
                        ));
                    }
                }
            }
            other => {
                if context.get(other) != Some(tv) {
                    out.push(format!(
                        "context.{other} is not the contextTemplate's {tv} (cmi5 10.2.1)"
                    ));
                }
            }
        }
    }
}

/// The rules within one session (9.3, 7.1): initialized first and once, terminated
/// last and once, no cmi5 verb twice, not both passed and failed; the order is the
/// timestamps' (9.3), which must also be the order sent.
pub fn session_problems(statements: &[Value], n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let label = |i: usize| format!("session {n}, #{i} {}", verb_name(verb(&statements[i])));
    let times: Vec<Option<i64>> = statements.iter().map(timestamp).collect();
    // The order by timestamp, ties in the order sent.
    let mut order: Vec<usize> = (0..statements.len()).collect();
    if times.iter().all(Option::is_some) {
        order.sort_by_key(|&i| times[i]);
    }
    let mut latest: Option<(i64, usize)> = None;
    for (i, t) in times.iter().enumerate() {
        let Some(t) = *t else { continue };
        match latest {
            Some((lt, li)) if t < lt => out.push(format!(
                "{}: sent after #{li} but timestamped before it; cmi5 orders a session by timestamp (cmi5 9.3, 9.7)",
                label(i)
            )),
            _ => latest = Some((t, i)),
        }
    }
    let count = |v: &str| statements.iter().filter(|s| verb(s) == v).count();
    let first = |v: &str| order.iter().position(|&i| verb(&statements[i]) == v);
    for (v, none, many) in [
        (CMI5_INITIALIZED, "7.1.1, 9.3.2, 10.2.2", "9.3, 9.3.2"),
        (CMI5_TERMINATED, "7.1.2, 9.3.8, 10.2.2", "9.3, 9.3.8"),
    ] {
        let name = verb_name(v);
        match count(v) {
            0 => out.push(format!("session {n}: no {name} statement (cmi5 {none})")),
            1 => {}
            c => out.push(format!(
                "session {n}: {name} sent {c} times, once per session (cmi5 {many})"
            )),
        }
    }
    if let Some(p) = first(CMI5_INITIALIZED) {
        for &i in &order[..p] {
            out.push(format!(
                "{}: comes before initialized, the first statement of a session (cmi5 9.3, 9.3.2)",
                label(i)
            ));
        }
    }
    if let Some(p) = first(CMI5_TERMINATED) {
        let end = order[p];
        for (q, &i) in order.iter().enumerate() {
            if i != end && (q > p || i > end) {
                out.push(format!(
                    "{}: comes after terminated, the last statement of a session (cmi5 7.1.2, 9.3.8)",
                    label(i)
                ));
            }
        }
    }
    for v in [CMI5_COMPLETED, CMI5_PASSED, CMI5_FAILED] {
        let c = count(v);
        if c > 1 {
            out.push(format!(
                "session {n}: {} sent {c} times: verbs are not duplicated in a session (cmi5 9.3)",
                verb_name(v)
            ));
        }
    }
    if count(CMI5_PASSED) > 0 && count(CMI5_FAILED) > 0 {
        out.push(format!(
            "session {n}: both passed and failed: at most one of them in a session (cmi5 9.3)"
        ));
    }
    out
}

// ---------------------------------------------------------------------------------
// Tests: the checker.
// ---------------------------------------------------------------------------------

pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
pub const AU: &str = "https://touchpoint.training/xapi/encounters/hotel_overbooking";
/// 2027-01-15T08:00:00Z.
pub const T0: u64 = 1_800_000_000;

pub fn at(secs: u64) -> String {
    let t = SystemTime::UNIX_EPOCH + Duration::from_secs(T0 + secs);
    humantime::format_rfc3339_millis(t).to_string()
}

/// A statement of `launch` as cmi5 asks an AU to send it: the contextTemplate, the
/// registration, the cmi5 category on cmi5's verbs (and moveOn on a verdict), the
/// masteryScore extension on a scored verdict when the launch has one.
pub fn statement(launch: &Launch, verb: &str, secs: u64, result: Option<Value>) -> Value {
    let has = |k: &str| result.as_ref().is_some_and(|r| r.get(k).is_some());
    let categories: &[&str] = match (
        AU_VERBS.contains(&verb),
        has("success") || has("completion"),
    ) {
        (false, _) => &[],
        (true, false) => &[CMI5_CATEGORY],
        (true, true) => &[CMI5_CATEGORY, MOVEON_CATEGORY],
    };
    let mut extensions = Vec::new();
    if let Some(m) = launch.launch_data.get("masteryScore")
        && result
            .as_ref()
            .is_some_and(|r| r.pointer("/score/scaled").is_some())
    {
        extensions.push((MASTERY_SCORE, m.clone()));
    }
    launch_statement(launch, verb, categories, &extensions, at(secs), result)
}

/// A cmi5 allowed statement: a reply to the encounter's opening.
pub fn answered(launch: &Launch, secs: u64) -> Value {
    let mut s = statement(
        launch,
        ANSWERED,
        secs,
        Some(json!({"response": "apologise"})),
    );
    s["object"] = json!({
        "id": format!("{AU}/nodes/opening"),
        "objectType": "Activity",
        "definition": {
            "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
            "interactionType": "choice",
            "choices": [
                {"id": "apologise", "description": {"en-US": "Apologise"}},
                {"id": "argue", "description": {"en-US": "Argue"}},
            ],
        },
    });
    s
}

/// initialized, answered, completed, passed (scaled `scaled`), terminated, from
/// `start` seconds on.
pub fn passing_session(launch: &Launch, start: u64, scaled: f64) -> Vec<Value> {
    vec![
        statement(launch, CMI5_INITIALIZED, start, None),
        answered(launch, start + 5),
        statement(
            launch,
            CMI5_COMPLETED,
            start + 20,
            Some(json!({"completion": true, "duration": "PT20S"})),
        ),
        statement(
            launch,
            CMI5_PASSED,
            start + 20,
            Some(
                json!({"success": true, "duration": "PT20S", "score": {"scaled": scaled, "raw": 90, "min": 0, "max": 100}}),
            ),
        ),
        statement(
            launch,
            CMI5_TERMINATED,
            start + 21,
            Some(json!({"duration": "PT21S"})),
        ),
    ]
}

/// initialized, answered, failed (with a scaled score or none), terminated, from
/// `start` seconds on.
pub fn failing_session(launch: &Launch, start: u64, scaled: Option<f64>) -> Vec<Value> {
    let mut result = json!({"success": false, "duration": "PT9S"});
    if let Some(x) = scaled {
        result["score"] = json!({ "scaled": x });
    }
    vec![
        statement(launch, CMI5_INITIALIZED, start, None),
        answered(launch, start + 5),
        statement(launch, CMI5_FAILED, start + 9, Some(result)),
        statement(
            launch,
            CMI5_TERMINATED,
            start + 10,
            Some(json!({"duration": "PT10S"})),
        ),
    ]
}

/// A learner's launch of the AU, on an LMS with these settings.
pub fn launched(settings: Value) -> (TestLms, Launch) {
    let lms = TestLms::start(settings);
    let launch = lms.launch(AU, &learner("wang"));
    (lms, launch)
}

pub fn with_mastery(mode: &str, mastery: f64) -> Value {
    let mut d = launch_data(mode);
    d["masteryScore"] = json!(mastery);
    d
}
