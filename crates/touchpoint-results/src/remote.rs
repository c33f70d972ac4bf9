//! Playing on a course server (`touchpoint serve`) from a front end other than its
//! pages: the client of its JSON API (sign-in, the course's encounters, attempts
//! started, resumed and answered, sign-out), with every answer read into what the
//! front ends already show: the engine's [`Event`]s, the words to show them with
//! ([`Words`], made into [`Texts`]), and at the end the server's [`AttemptRecord`].
//!
//! The server draws the seed, times each reply with its own clock and scores the
//! attempt by replaying it: nothing here scores, times or seeds anything. A reply is
//! sent by its id, as the server offered it.
//!
//! The session is the cookie the sign-in sets, sent back with every later request.
//! (The server marks it `HttpOnly; SameSite=Strict`, rules for browsers; `Secure`
//! over TLS, which is how this client reaches an `https://` server.) No `Origin` is
//! sent: the server refuses state-changing requests whose `Origin` is another site's,
//! and a request without one is a program's, not a page's. Redirects are not
//! followed, so the password never goes to an address other than the one given.
//!
//! Feature `remote` (ureq, rustls with Mozilla's root certificates, or the
//! certificates of a PEM file given); a build without it refuses to make a
//! [`Server`] with [`RemoteError::NotBuilt`].

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use serde::Deserialize;
use serde_json::{Value, json};
use touchpoint_content::locale::Texts;
use touchpoint_engine::scenario::Setting;
use touchpoint_engine::{Event, Mood};

use crate::record::AttemptRecord;

/// Why a request to the server did not do what was asked. `Display` says it in
/// English; front ends say it in the trainee's language from the variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteError {
    /// The address is not that of a server.
    BadUrl { url: String, problem: UrlProblem },
    /// The certificate file given to trust holds no certificate in PEM form.
    NoCertificate,
    /// This build has no client (cargo feature `remote`).
    NotBuilt,
    /// No answer came: the server could not be reached (name, connection, TLS,
    /// time-out: `why`).
    Unreachable { url: String, why: String },
    /// 401 at sign-in: the id or the password is wrong (the server does not say
    /// which).
    WrongPassword,
    /// 429: too many failed sign-ins; the server says when to try again (seconds).
    Throttled { retry_after: Option<u64> },
    /// 401 after signing in: the session has ended (signed out elsewhere, idle or
    /// too old, the password changed, the account disabled).
    SessionEnded,
    /// 409: `choice` is not among the replies on offer (these); nothing changed.
    NotOnOffer {
        choice: String,
        on_offer: Vec<String>,
    },
    /// 409 otherwise: the attempt has ended, or moved on in another request.
    Conflict { message: String },
    /// A 3xx: the server sends the client elsewhere (`location`).
    Redirected { status: u16, location: String },
    /// Any other refusal (404 for an encounter the server does not offer, 403, 400,
    /// 5xx), with the server's message.
    Refused { status: u16, message: String },
    /// The answer is not what a Touchpoint course server answers (not JSON, or not
    /// the fields expected: `why`): another program at that address?
    Unexpected {
        url: String,
        status: u16,
        why: String,
    },
}

/// What is wrong with a server's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlProblem {
    /// It does not start with `https://` or `http://`.
    Scheme,
    /// It holds a space or a control character.
    Space,
    /// It has a query (`?`) or a fragment (`#`).
    Query,
    /// It holds a user or a password (`user:pw@host`).
    UserInfo,
    /// It names no host.
    NoHost,
}

impl std::fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            UrlProblem::Scheme => "it must start with https:// or http://",
            UrlProblem::Space => "it holds a space or a control character",
            UrlProblem::Query => "it must not have a query or a fragment",
            UrlProblem::UserInfo => {
                "it must not hold a user or a password (they are asked for when signing in)"
            }
            UrlProblem::NoHost => "it names no host",
        })
    }
}

impl std::fmt::Display for RemoteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RemoteError::BadUrl { url, problem } => {
                write!(f, "{url} is not a server address: {problem}")
            }
            RemoteError::NoCertificate => f.write_str(
                "the file holds no certificate in PEM form (`-----BEGIN CERTIFICATE-----`)",
            ),
            RemoteError::NotBuilt => f.write_str(
                "this touchpoint was built without the course-server client (cargo feature `remote`)",
            ),
            RemoteError::Unreachable { url, why } => write!(f, "cannot reach {url}: {why}"),
            RemoteError::WrongPassword => f.write_str("wrong id or password"),
            RemoteError::Throttled {
                retry_after: Some(s),
            } => write!(f, "too many failed sign-ins; try again in {s} s"),
            RemoteError::Throttled { retry_after: None } => {
                f.write_str("too many failed sign-ins; try again later")
            }
            RemoteError::SessionEnded => f.write_str("the session on the server has ended"),
            RemoteError::NotOnOffer { choice, on_offer } => write!(
                f,
                "`{choice}` is not a reply on offer; on offer: {}",
                on_offer.join(" ")
            ),
            RemoteError::Conflict { message } => f.write_str(message),
            RemoteError::Redirected { status, location } => {
                write!(f, "the server redirects (HTTP {status}) to {location}")
            }
            RemoteError::Refused { status, message } => {
                write!(f, "the server refused (HTTP {status}): {message}")
            }
            RemoteError::Unexpected { url, status, why } => write!(
                f,
                "the answer from {url} (HTTP {status}) is not a Touchpoint course server's: {why}"
            ),
        }
    }
}

impl std::error::Error for RemoteError {}

impl RemoteError {
    /// What went wrong, in the trainee's language (`url`: the server's address):
    /// what every front end says (the terminal, the desktop app).
    pub fn in_words(&self, t: &Texts, url: &str) -> String {
        let v = |s: &str| FluentValue::from(s.to_string());
        match self {
            Self::BadUrl { url, problem } => {
                let key = match problem {
                    UrlProblem::Scheme => "ui-server-url-scheme",
                    UrlProblem::Space => "ui-server-url-space",
                    UrlProblem::Query => "ui-server-url-query",
                    UrlProblem::UserInfo => "ui-server-url-user",
                    UrlProblem::NoHost => "ui-server-url-host",
                };
                t.ui_fmt(
                    "ui-server-bad-url",
                    &[("url", v(url)), ("problem", v(&t.ui(key)))],
                )
            }
            Self::NoCertificate => t.ui_fmt("ui-server-no-certificate", &[("path", v(""))]),
            Self::NotBuilt => t.ui("ui-server-not-built"),
            Self::Unreachable { url, why } => t.ui_fmt(
                "ui-server-unreachable",
                &[("url", v(url)), ("error", v(why))],
            ),
            Self::WrongPassword => t.ui_fmt("ui-server-wrong-password", &[("url", v(url))]),
            Self::Throttled {
                retry_after: Some(s),
            } => t.ui_fmt("ui-server-throttled", &[("seconds", FluentValue::from(*s))]),
            Self::Throttled { retry_after: None } => t.ui("ui-server-throttled-later"),
            Self::SessionEnded => t.ui_fmt("ui-server-session-ended", &[("url", v(url))]),
            Self::NotOnOffer { choice, on_offer } => t.ui_fmt(
                "ui-server-not-on-offer",
                &[("choice", v(choice)), ("offer", v(&on_offer.join(" ")))],
            ),
            Self::Conflict { message } => {
                t.ui_fmt("ui-server-conflict", &[("message", v(message))])
            }
            Self::Redirected { status, location } => t.ui_fmt(
                "ui-server-redirected",
                &[
                    ("url", v(url)),
                    ("status", FluentValue::from(*status)),
                    ("location", v(location)),
                ],
            ),
            Self::Refused { status, message } => t.ui_fmt(
                "ui-server-refused",
                &[
                    ("url", v(url)),
                    ("status", FluentValue::from(*status)),
                    ("message", v(message)),
                ],
            ),
            Self::Unexpected { url, status, why } => t.ui_fmt(
                "ui-server-unexpected",
                &[
                    ("url", v(url)),
                    ("status", FluentValue::from(*status)),
                    ("why", v(why)),
                ],
            ),
        }
    }
}

/// The signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub role: String,
    #[serde(default)]
    pub cohorts: Vec<String>,
}

/// One encounter the server offers, its texts in the locale asked for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Offered {
    pub id: String,
    pub title: String,
    pub archetype: String,
    pub difficulty: String,
    /// The course module it belongs to (id and name), if any.
    #[serde(default)]
    pub module: Option<String>,
    #[serde(default)]
    pub module_name: Option<String>,
    /// Assessed for one of the caller's cohorts (else practice).
    #[serde(default)]
    pub assessed: bool,
}

impl Offered {
    /// The name of its module to list it under (the module's id if it has no name;
    /// "Other encounters" outside the course).
    pub fn module_title(&self, ui: &Texts) -> String {
        self.module_name
            .clone()
            .or_else(|| self.module.clone())
            .unwrap_or_else(|| ui.ui("ui-server-other"))
    }
}

/// One of the caller's attempts on the server.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Open {
    pub attempt_id: String,
    pub scenario: String,
    pub locale: String,
    #[serde(default)]
    pub assessed: bool,
    pub ended: bool,
    /// Replies given so far.
    #[serde(default)]
    pub replies: usize,
}

/// One of the caller's results the server keeps (a row of `GET /api/results`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Kept {
    pub attempt_id: String,
    pub scenario_id: String,
    pub score: u32,
    pub passed: bool,
}

/// An attempt as the server answered it: what happened since the last answer, the
/// replies on offer, the node's clock, and once it has ended the result record.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub attempt_id: String,
    pub scenario: String,
    pub locale: String,
    pub assessed: bool,
    /// The kind of place the encounter is set in (sent where an attempt is opened).
    pub place: Option<Setting>,
    /// The engine's events (ids, moods), to show with [`View::words`].
    pub events: Vec<Event>,
    /// The replies on offer, by id, in the order numbered.
    pub choices: Vec<String>,
    pub mood: Mood,
    /// The node's time limit (s) and what is left of it by the server's clock (ms).
    pub time_limit: Option<u32>,
    pub time_left_ms: Option<u64>,
    /// When the time is up, the server takes the node's reply for the clock running
    /// out (whatever reply is sent after it).
    pub clock_takes_reply: bool,
    pub ended: bool,
    /// The reply this answers was the clock's: it came after the time limit.
    pub timed_out: bool,
    /// The record the server scored and stored (once ended).
    pub result: Option<AttemptRecord>,
    /// The texts of this answer, in the attempt's locale.
    pub words: Words,
}

/// Texts the server rendered: the encounter's (title, setting, persona, briefing,
/// customer lines with their tones, reactions, replies) and the catalog's
/// (competency and procedure names). Gathered over an attempt, they make the
/// [`Texts`] its events are shown with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    /// (message id, attribute) → text.
    scenario: BTreeMap<(String, Option<String>), String>,
    /// Catalog id → name.
    catalog: BTreeMap<String, String>,
}

impl Words {
    fn say(&mut self, id: &str, attr: Option<&str>, text: &str) {
        self.scenario
            .entry((id.to_string(), attr.map(str::to_string)))
            .or_insert_with(|| text.to_string());
    }

    /// Adds `other`'s words (the first text of a message stays).
    pub fn add(&mut self, other: &Words) {
        for (k, v) in &other.scenario {
            self.scenario.entry(k.clone()).or_insert_with(|| v.clone());
        }
        for (k, v) in &other.catalog {
            self.catalog.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }

    /// The text of a message, if the server sent it.
    pub fn text(&self, id: &str) -> Option<&str> {
        self.scenario
            .get(&(id.to_string(), None))
            .map(String::as_str)
    }

    /// These words as texts in `locale` (the program's own strings included).
    pub fn texts(&self, locale: &str) -> Texts {
        Texts::given(
            locale,
            self.scenario
                .iter()
                .map(|((id, attr), t)| (id.as_str(), attr.as_deref(), t.as_str())),
            self.catalog.iter().map(|(id, t)| (id.as_str(), t.as_str())),
        )
    }
}

/// The answer's JSON, as the server's `play::view` writes it.
#[derive(Deserialize)]
struct RawView {
    attempt_id: String,
    scenario: String,
    title: String,
    setting: String,
    #[serde(default)]
    persona: Option<String>,
    #[serde(default)]
    briefing: Option<String>,
    #[serde(default)]
    place: Option<Setting>,
    locale: String,
    #[serde(default)]
    assessed: bool,
    events: Vec<Value>,
    choices: Vec<RawChoice>,
    mood: Mood,
    #[serde(default)]
    time_limit: Option<u32>,
    #[serde(default)]
    time_left_ms: Option<i64>,
    #[serde(default)]
    clock_takes_reply: bool,
    ended: bool,
    #[serde(default)]
    timed_out: bool,
    #[serde(default)]
    result: Option<AttemptRecord>,
    #[serde(default)]
    competency_names: BTreeMap<String, String>,
    #[serde(default)]
    procedure_names: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct RawChoice {
    id: String,
    text: String,
}

/// The event kinds this client shows; another (from a newer server) is left out.
const EVENTS: [&str; 7] = [
    "node_entered",
    "reaction",
    "mood_changed",
    "late",
    "escalated",
    "options",
    "ended",
];

impl View {
    /// Reads an attempt's answer. Its events carry their texts (`text`, and each
    /// reply on offer as `{"id", "text"}`): they become [`Words`], the events the
    /// engine's own.
    pub fn from_json(v: Value) -> Result<View, String> {
        let raw: RawView = serde_json::from_value(v).map_err(|e| e.to_string())?;
        let mut words = Words::default();
        words.say("title", None, &raw.title);
        words.say("setting", None, &raw.setting);
        if let Some(p) = &raw.persona {
            words.say("persona", None, p);
        }
        if let Some(b) = &raw.briefing {
            words.say("briefing", None, b);
        }
        let mut events = Vec::with_capacity(raw.events.len());
        for mut e in raw.events {
            let kind = e["event"].as_str().unwrap_or("").to_string();
            if !EVENTS.contains(&kind.as_str()) {
                continue;
            }
            let text = e["text"].as_str().map(str::to_string);
            match kind.as_str() {
                "node_entered" => {
                    if let (Some(node), Some(t)) = (e["node"].as_str(), &text) {
                        words.say(node, e["tone"].as_str(), t);
                    }
                }
                "reaction" => {
                    if let (Some(id), Some(t)) = (e["id"].as_str(), &text) {
                        words.say(id, None, t);
                    }
                }
                "options" => {
                    let offered: Vec<RawChoice> = serde_json::from_value(e["choices"].take())
                        .map_err(|err| format!("an `options` event: {err}"))?;
                    for c in &offered {
                        words.say(&c.id, None, &c.text);
                    }
                    e["choices"] = json!(offered.iter().map(|c| &c.id).collect::<Vec<_>>());
                }
                _ => {}
            }
            let event: Event =
                serde_json::from_value(e).map_err(|err| format!("an event `{kind}`: {err}"))?;
            events.push(event);
        }
        for c in &raw.choices {
            words.say(&c.id, None, &c.text);
        }
        for (id, name) in raw.competency_names.iter().chain(&raw.procedure_names) {
            words.catalog.insert(id.clone(), name.clone());
        }
        Ok(View {
            attempt_id: raw.attempt_id,
            scenario: raw.scenario,
            locale: raw.locale,
            assessed: raw.assessed,
            place: raw.place,
            events,
            choices: raw.choices.into_iter().map(|c| c.id).collect(),
            mood: raw.mood,
            time_limit: raw.time_limit,
            time_left_ms: raw.time_left_ms.map(|ms| ms.max(0) as u64),
            clock_takes_reply: raw.clock_takes_reply,
            ended: raw.ended,
            timed_out: raw.timed_out,
            result: raw.result,
            words,
        })
    }
}

/// A course server, and the session once signed in.
pub struct Server {
    /// The address as given, without a trailing `/`.
    base: String,
    #[cfg_attr(not(feature = "remote"), allow(dead_code))]
    agent: Agent,
    /// `name=value` of the session cookie.
    cookie: Option<String>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("url", &self.base)
            .field("signed_in", &self.cookie.is_some())
            .finish()
    }
}

#[cfg(feature = "remote")]
type Agent = ureq::Agent;
#[cfg(not(feature = "remote"))]
type Agent = ();

/// One answer: its status, the headers this client reads, its body.
struct Answer {
    status: u16,
    set_cookie: Option<String>,
    retry_after: Option<u64>,
    location: Option<String>,
    body: String,
}

impl Server {
    /// The server at `url` (`https://training.example.com`, or `http://` on a
    /// trusted network), trusting the certificates of `ca_pem` (a PEM file's
    /// contents) instead of the public authorities when given: a server with a
    /// self-signed certificate, or one from a company's own authority.
    pub fn new(url: &str, ca_pem: Option<&[u8]>) -> Result<Server, RemoteError> {
        let bad = |problem| RemoteError::BadUrl {
            url: url.to_string(),
            problem,
        };
        let Some((scheme, rest)) = url.split_once("://") else {
            return Err(bad(UrlProblem::Scheme));
        };
        if !matches!(scheme, "https" | "http") {
            return Err(bad(UrlProblem::Scheme));
        }
        if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad(UrlProblem::Space));
        }
        if url.contains(['?', '#']) {
            return Err(bad(UrlProblem::Query));
        }
        let authority = rest.split('/').next().unwrap_or("");
        if authority.contains('@') {
            return Err(bad(UrlProblem::UserInfo));
        }
        if authority.is_empty() || authority.starts_with(':') {
            return Err(bad(UrlProblem::NoHost));
        }
        if !cfg!(feature = "remote") {
            return Err(RemoteError::NotBuilt);
        }
        Ok(Server {
            base: url.trim_end_matches('/').to_string(),
            agent: agent(ca_pem)?,
            cookie: None,
        })
    }

    /// The server's address, as given.
    pub fn url(&self) -> &str {
        &self.base
    }

    /// True when a password would cross the network unencrypted: plain `http://` to
    /// a host other than this machine.
    pub fn sends_password_in_clear(&self) -> bool {
        self.base.strip_prefix("http://").is_some_and(|rest| {
            let authority = rest.split('/').next().unwrap_or("");
            let host = match authority.strip_prefix('[') {
                Some(v6) => v6.split(']').next().unwrap_or(""),
                None => authority.split(':').next().unwrap_or(""),
            };
            !(host == "localhost" || host == "::1" || host.starts_with("127."))
        })
    }

    /// Signs in; the session lasts until [`Server::sign_out`] or the server ends it.
    pub fn sign_in(&mut self, id: &str, password: &str) -> Result<Account, RemoteError> {
        let body = json!({ "id": id, "password": password });
        let a = self.call("POST", "/api/session", Some(&body))?;
        match a.status {
            200 => {}
            401 => return Err(RemoteError::WrongPassword),
            _ => return Err(self.failure("/api/session", &a, None)),
        }
        let account: Account = self.json("/api/session", &a)?;
        let cookie = a
            .set_cookie
            .as_deref()
            .and_then(|c| c.split(';').next())
            .map(str::trim)
            .filter(|c| c.contains('='));
        match cookie {
            Some(c) => self.cookie = Some(c.to_string()),
            None => {
                return Err(RemoteError::Unexpected {
                    url: self.address("/api/session"),
                    status: a.status,
                    why: "it signed in without a session cookie".into(),
                });
            }
        }
        Ok(account)
    }

    /// Ends the session on the server.
    pub fn sign_out(&mut self) -> Result<(), RemoteError> {
        if self.cookie.is_none() {
            return Ok(());
        }
        let a = self.call("DELETE", "/api/session", None)?;
        self.cookie = None;
        match a.status {
            200..=299 | 401 => Ok(()),
            _ => Err(self.failure("/api/session", &a, None)),
        }
    }

    /// The encounters the server offers, in teaching order, texts in `locale`.
    pub fn encounters(&self, locale: &str) -> Result<Vec<Offered>, RemoteError> {
        let path = format!("/api/encounters?locale={locale}");
        self.get_json(&path)
    }

    /// Sends a result played offline (its file's JSON) to be replayed and kept on the
    /// server (`POST /api/results`): whether it was added (false: it was there
    /// already). A refusal (it does not replay, another person's, its encounter
    /// version is not on the server) is [`RemoteError::Refused`] or
    /// [`RemoteError::Conflict`] with the server's reason.
    pub fn push(&self, record: &Value) -> Result<bool, RemoteError> {
        let path = "/api/results";
        let a = self.call("POST", path, Some(record))?;
        match a.status {
            201 => Ok(true),
            200 => Ok(false),
            _ => Err(self.failure(path, &a, None)),
        }
    }

    /// The results the caller may see (a trainee: their own).
    pub fn results(&self) -> Result<Vec<Kept>, RemoteError> {
        self.get_json("/api/results")
    }

    /// The caller's attempts on the server, oldest first (ended ones included).
    pub fn attempts(&self) -> Result<Vec<Open>, RemoteError> {
        self.get_json("/api/attempts")
    }

    /// Starts an attempt of `scenario` with its texts in `locale`.
    pub fn start(&self, scenario: &str, locale: &str) -> Result<View, RemoteError> {
        let body = json!({ "scenario": scenario, "locale": locale });
        self.view("POST", "/api/attempts", Some(&body), None)
    }

    /// The attempt as it stands (to resume it): the events of where it is now.
    pub fn attempt(&self, attempt_id: &str) -> Result<View, RemoteError> {
        self.view("GET", &format!("/api/attempts/{attempt_id}"), None, None)
    }

    /// Replies `choice` (a reply id on offer) in the attempt.
    pub fn reply(&self, attempt_id: &str, choice: &str) -> Result<View, RemoteError> {
        self.view(
            "POST",
            &format!("/api/attempts/{attempt_id}/replies"),
            Some(&json!({ "choice": choice })),
            Some(choice),
        )
    }

    fn view(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        choice: Option<&str>,
    ) -> Result<View, RemoteError> {
        let a = self.call(method, path, body)?;
        if !(200..300).contains(&a.status) {
            return Err(self.failure(path, &a, choice));
        }
        let v: Value = self.json(path, &a)?;
        View::from_json(v).map_err(|why| RemoteError::Unexpected {
            url: self.address(path),
            status: a.status,
            why,
        })
    }

    fn get_json<T: serde::de::DeserializeOwned>(&self, path: &str) -> Result<T, RemoteError> {
        let a = self.call("GET", path, None)?;
        if a.status != 200 {
            return Err(self.failure(path, &a, None));
        }
        self.json(path, &a)
    }

    fn address(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn json<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        a: &Answer,
    ) -> Result<T, RemoteError> {
        serde_json::from_str(&a.body).map_err(|e| RemoteError::Unexpected {
            url: self.address(path),
            status: a.status,
            why: if serde_json::from_str::<Value>(&a.body).is_ok() {
                e.to_string()
            } else {
                format!("not JSON (it begins `{}`)", beginning(&a.body))
            },
        })
    }

    /// What an answer other than success means.
    fn failure(&self, path: &str, a: &Answer, choice: Option<&str>) -> RemoteError {
        if (300..400).contains(&a.status) {
            return RemoteError::Redirected {
                status: a.status,
                location: a.location.clone().unwrap_or_default(),
            };
        }
        let Ok(body) = serde_json::from_str::<Value>(&a.body) else {
            return RemoteError::Unexpected {
                url: self.address(path),
                status: a.status,
                why: format!("not JSON (it begins `{}`)", beginning(&a.body)),
            };
        };
        let message = body["error"].as_str().unwrap_or("").to_string();
        match a.status {
            401 => RemoteError::SessionEnded,
            429 => RemoteError::Throttled {
                retry_after: a.retry_after,
            },
            409 => match body["on_offer"].as_array() {
                Some(list) => RemoteError::NotOnOffer {
                    choice: choice.unwrap_or("").to_string(),
                    on_offer: list
                        .iter()
                        .filter_map(|c| c.as_str().map(str::to_string))
                        .collect(),
                },
                None => RemoteError::Conflict { message },
            },
            status => RemoteError::Refused { status, message },
        }
    }

    #[cfg(not(feature = "remote"))]
    fn call(&self, _: &str, _: &str, _: Option<&Value>) -> Result<Answer, RemoteError> {
        Err(RemoteError::NotBuilt)
    }

    #[cfg(feature = "remote")]
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Answer, RemoteError> {
        let url = self.address(path);
        let unreachable = |e: ureq::Error| RemoteError::Unreachable {
            url: self.base.clone(),
            why: e.to_string(),
        };
        let cookie = self.cookie.as_deref();
        let res = match method {
            "GET" | "DELETE" => {
                let mut r = if method == "GET" {
                    self.agent.get(&url)
                } else {
                    self.agent.delete(&url)
                };
                r = r.header("Accept", "application/json");
                if let Some(c) = cookie {
                    r = r.header("Cookie", c);
                }
                r.call()
            }
            _ => {
                let mut r = self
                    .agent
                    .post(&url)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json");
                if let Some(c) = cookie {
                    r = r.header("Cookie", c);
                }
                r.send(body.map(Value::to_string).unwrap_or_default())
            }
        };
        let mut res = res.map_err(unreachable)?;
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let (set_cookie, retry_after, location) = (
            header("set-cookie"),
            header("retry-after").and_then(|s| s.trim().parse().ok()),
            header("location"),
        );
        let body = res.body_mut().read_to_string().map_err(unreachable)?;
        Ok(Answer {
            status: res.status().as_u16(),
            set_cookie,
            retry_after,
            location,
            body,
        })
    }
}

/// The first characters of an answer, on one line (for an error message).
fn beginning(body: &str) -> String {
    let one_line: String = body
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(60)
        .collect();
    let one_line = one_line.trim().to_string();
    if body.chars().count() > 60 {
        format!("{one_line}…")
    } else {
        one_line
    }
}

#[cfg(not(feature = "remote"))]
fn agent(_: Option<&[u8]>) -> Result<Agent, RemoteError> {
    Ok(())
}

#[cfg(feature = "remote")]
fn agent(ca_pem: Option<&[u8]>) -> Result<Agent, RemoteError> {
    use std::time::Duration;
    /// A request may take this long, connecting included (a reply waits for the
    /// store's commit).
    const TIMEOUT: Duration = Duration::from_secs(60);
    const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
    let mut config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(TIMEOUT))
        .timeout_connect(Some(CONNECT_TIMEOUT))
        .user_agent(concat!("touchpoint/", env!("CARGO_PKG_VERSION")));
    if let Some(pem) = ca_pem {
        let certs: Vec<_> = ureq::tls::parse_pem(pem)
            .filter_map(|item| match item {
                Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
                _ => None,
            })
            .collect();
        if certs.is_empty() {
            return Err(RemoteError::NoCertificate);
        }
        config = config.tls_config(
            ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::new_with_certs(&certs))
                .build(),
        );
    }
    Ok(config.build().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_that_are_not_a_servers_are_refused_before_anything_is_sent() {
        for (url, problem) in [
            ("training.example.com", UrlProblem::Scheme),
            ("ftp://training.example.com", UrlProblem::Scheme),
            ("https://", UrlProblem::NoHost),
            ("https://:8080", UrlProblem::NoHost),
            ("https://ann:pw@training.example.com", UrlProblem::UserInfo),
            ("https://training.example.com/?x=1", UrlProblem::Query),
            ("https://training example.com", UrlProblem::Space),
        ] {
            match Server::new(url, None) {
                Err(RemoteError::BadUrl { problem: p, .. }) => assert_eq!(p, problem, "{url}"),
                other => panic!("{url}: {other:?}"),
            }
        }
    }

    #[cfg(feature = "remote")]
    #[test]
    fn a_password_goes_in_clear_only_over_plain_http_to_another_machine() {
        let clear = |u: &str| Server::new(u, None).unwrap().sends_password_in_clear();
        assert!(clear("http://training.example.com"));
        assert!(clear("http://10.0.0.5:8080/"));
        assert!(!clear("https://training.example.com"));
        assert!(!clear("http://127.0.0.1:8080"));
        assert!(!clear("http://localhost:8080"));
        assert!(!clear("http://[::1]:8080"));
        assert_eq!(
            Server::new("https://training.example.com/", None)
                .unwrap()
                .url(),
            "https://training.example.com"
        );
    }

    #[cfg(feature = "remote")]
    #[test]
    fn a_certificate_file_without_a_certificate_is_refused() {
        match Server::new("https://x.example", Some(b"not a certificate")) {
            Err(RemoteError::NoCertificate) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_answer_becomes_engine_events_and_the_words_to_show_them() {
        let v = json!({
            "attempt_id": "a1", "scenario": "s", "title": "T", "setting": "S",
            "persona": "P", "briefing": "B \"quoted\" {braces}\nsecond line",
            "locale": "en-US", "assessed": true,
            "events": [
                {"event": "node_entered", "node": "opening", "tone": "angry",
                 "mood": {"anger": 60, "trust": 30, "patience": 50}, "time_limit": 20,
                 "text": "Look at this!"},
                {"event": "something_new", "x": 1},
                {"event": "options", "choices": [{"id": "soothe", "text": "I see."}]}
            ],
            "choices": [{"id": "soothe", "text": "I see."}],
            "mood": {"anger": 60, "trust": 30, "patience": 50},
            "time_limit": 20, "time_left_ms": 19500, "clock_takes_reply": true,
            "ended": false
        });
        let view = View::from_json(v).unwrap();
        assert_eq!(view.events.len(), 2, "an unknown event is left out");
        assert!(matches!(&view.events[1], Event::Options { choices } if choices == &["soothe"]));
        assert_eq!(view.choices, ["soothe"]);
        assert_eq!(view.time_left_ms, Some(19_500));
        let t = view.words.texts("en-US");
        assert_eq!(t.line("opening", Some("angry")), "Look at this!");
        assert_eq!(t.text("soothe"), "I see.");
        assert_eq!(t.text("briefing"), "B \"quoted\" {braces}\nsecond line");
        assert_eq!(t.text("missing"), "[missing]");
        assert_eq!(t.ui("ui-customer"), "Customer");
    }

    #[test]
    fn an_answer_without_the_fields_of_an_attempt_is_an_error() {
        assert!(View::from_json(json!({"error": "x"})).is_err());
        assert!(View::from_json(json!([1, 2])).is_err());
    }
}
