//! What an encounter launched from an LMS tells the LMS (cmi5 "Quartz", sections 8–10):
//! the launch parameters read and checked, the `LMS.LaunchData` document read, and the
//! statements of the session, in the LMS's terms.
//!
//! The statements are those Touchpoint makes of every attempt ([`super::super::xapi`]:
//! `initialized`, one `answered` per decision, `completed`, `passed` or `failed`, a
//! `scored` per competency, `terminated`), turned to the launch:
//!
//! - the actor is the launch's `actor`, the registration the launch's, and every
//!   statement carries the `contextTemplate` of the launch data (its context
//!   activities, among them the AU's publisher id in `grouping`, and its extensions,
//!   among them the session id) with Touchpoint's own context on top (§9.6);
//! - the cmi5-defined statements (`initialized`, `completed`, `passed`, `failed`,
//!   `terminated`) have the launch's `activityId` as their object (§9.4) and the cmi5
//!   category; `completed`, `passed` and `failed` also the moveOn category (§9.6.2);
//!   `answered` and `scored` are "cmi5 allowed": the context template, no category;
//! - with a `masteryScore` in the launch data, a `passed` keeps its score only when
//!   the scaled score is at least the mastery score and a `failed` only when it is
//!   below, and both carry the mastery score extension (§9.3.4, §9.3.5, §9.6.3.2).
//!   Touchpoint decides pass and fail itself — a critical taboo fails whatever the
//!   score — so a fail above the mastery score is sent without a score, never as a
//!   pass;
//! - in `Browse` mode nothing is judged: no `completed`, `passed` or `failed`
//!   (§10.2.2); in a registration that was already told `completed` or `passed` they
//!   are not sent again, nor a `failed` after a `passed` (§9.3);
//! - statement ids are derived from the session id and the statement's place, so a
//!   statement sent again (after the LRS was down) is the same statement.
//!
//! Pure: values in, values out.

use fluent_bundle::FluentValue;
use serde_json::{Map, Value, json};
use touchpoint_content::locale::Texts;

use crate::record::AttemptRecord;
use crate::xapi::{
    self, NAMESPACE_URL, VERB_COMPLETED, VERB_FAILED, VERB_INITIALIZED, VERB_PASSED,
    VERB_TERMINATED, XapiError, XapiOptions, is_http_address, uuid_v5,
};

/// The category of every cmi5-defined statement (§9.6.2.1).
pub const CATEGORY_CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// The category of cmi5-defined statements that say completion or success (§9.6.2.2).
pub const CATEGORY_MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The context extension holding the session id (§9.6.3.1).
pub const EXT_SESSION_ID: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// The context extension holding the mastery score (§9.6.3.2).
pub const EXT_MASTERY_SCORE: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
/// The State API document the LMS writes before a launch (§10).
pub const LAUNCH_DATA: &str = "LMS.LaunchData";
/// The agent profile of the learner's preferences (§11).
pub const LEARNER_PREFERENCES: &str = "cmi5LearnerPreferences";
/// The xAPI version the statements and requests follow.
pub const XAPI_VERSION: &str = "1.0.3";

/// The query parameters an LMS launches an AU with (§8.1), checked.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchParams {
    /// The LRS endpoint (the base of the xAPI requests), with a trailing `/`.
    pub endpoint: String,
    /// The one-time URL that gives the authorization token (§8.2).
    pub fetch: String,
    /// The learner: an xAPI Agent with an `account` (§9.2).
    pub actor: Value,
    /// The learner's registration for the course (a UUID).
    pub registration: String,
    /// The LMS's activity id of this AU: the object of the cmi5-defined statements.
    pub activity_id: String,
}

/// What is wrong with a launch: `Display` says it in English; [`Problem::in_words`]
/// in the learner's language (the page a failed launch shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A launch parameter is given more than once.
    Repeated(&'static str),
    /// A launch parameter is missing.
    Missing(&'static str),
    /// `endpoint` or `fetch` is not an absolute http(s) URL.
    NotUrl { name: &'static str, value: String },
    /// The `actor` is not an Agent with an account (§9.2).
    Actor(ActorProblem),
    /// The `registration` is not a UUID.
    NotUuid(String),
    /// The `activityId` is not an absolute IRI.
    NotIri(String),
    /// The launch URL names no encounter (`scenario`).
    NoScenario,
    /// `fetch` or `endpoint` is at an LMS the server does not take launches from.
    NotAllowed { name: &'static str, origin: String },
    /// The server has no encounter of that id.
    NoEncounter(String),
    /// The LMS did not answer as cmi5 requires (its token, its launch data): what
    /// happened, as the LMS or the network said it.
    Lms(String),
    /// The server could not open the attempt (its reason).
    Server(String),
}

/// What is wrong with the launch's `actor`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorProblem {
    NotJson(String),
    NotObject,
    NotAgent,
    NoAccount,
    NoHomePage,
    NoName,
    NameNotText,
}

impl Problem {
    /// The Fluent message and its arguments.
    fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let expected = |name: &str| match name {
            "endpoint" => "launch-expected-endpoint",
            "fetch" => "launch-expected-fetch",
            "actor" => "launch-expected-actor",
            "registration" => "launch-expected-registration",
            _ => "launch-expected-activity",
        };
        match self {
            Problem::Repeated(name) => ("launch-repeated", vec![("name", name.to_string())]),
            Problem::Missing(name) => (
                "launch-missing",
                vec![
                    ("name", name.to_string()),
                    ("expected", expected(name).into()),
                ],
            ),
            Problem::NotUrl { name, value } => (
                "launch-not-url",
                vec![("name", name.to_string()), ("value", clip(value))],
            ),
            Problem::Actor(a) => match a {
                ActorProblem::NotJson(e) => ("launch-actor-not-json", vec![("error", e.clone())]),
                ActorProblem::NotObject => ("launch-actor-not-object", vec![]),
                ActorProblem::NotAgent => ("launch-actor-not-agent", vec![]),
                ActorProblem::NoAccount => ("launch-actor-no-account", vec![]),
                ActorProblem::NoHomePage => ("launch-actor-no-home", vec![]),
                ActorProblem::NoName => ("launch-actor-no-name", vec![]),
                ActorProblem::NameNotText => ("launch-actor-name-type", vec![]),
            },
            Problem::NotUuid(v) => ("launch-not-uuid", vec![("value", clip(v))]),
            Problem::NotIri(v) => ("launch-not-iri", vec![("value", clip(v))]),
            Problem::NoScenario => ("launch-no-scenario", vec![]),
            Problem::NotAllowed { name, origin } => (
                "launch-not-allowed",
                vec![("name", name.to_string()), ("origin", origin.clone())],
            ),
            Problem::NoEncounter(id) => ("launch-no-encounter", vec![("id", clip(id))]),
            Problem::Lms(detail) => ("launch-lms", vec![("detail", detail.clone())]),
            Problem::Server(detail) => ("launch-server", vec![("detail", detail.clone())]),
        }
    }

    /// The problem in `t`'s language.
    pub fn in_words(&self, t: &Texts) -> String {
        let (key, args) = self.message();
        let args: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(k, v)| {
                // What is expected is itself a message.
                let v = if *k == "expected" { t.ui(v) } else { v.clone() };
                (*k, FluentValue::from(v))
            })
            .collect();
        t.ui_fmt(key, &args)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_words(&Texts::new("en-US", None, None)))
    }
}

/// Reads the launch parameters from the query's name/value pairs (in any order,
/// already URL-decoded). Every missing or malformed one is named, with what was
/// expected.
pub fn launch_params<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<LaunchParams, Vec<Problem>> {
    const NAMES: [&str; 5] = ["endpoint", "fetch", "actor", "registration", "activityId"];
    let mut got: std::collections::BTreeMap<&str, &str> = Default::default();
    let mut problems = Vec::new();
    for (k, v) in pairs {
        if let Some(name) = NAMES.iter().find(|n| **n == k)
            && got.insert(name, v).is_some()
        {
            problems.push(Problem::Repeated(name));
        }
    }
    let mut need = |k: &'static str| -> Option<String> {
        match got.get(k) {
            None => {
                problems.push(Problem::Missing(k));
                None
            }
            Some(v) => Some(v.to_string()),
        }
    };
    let endpoint = need("endpoint");
    let fetch = need("fetch");
    let actor = need("actor");
    let registration = need("registration");
    let activity_id = need("activityId");
    let url = |problems: &mut Vec<Problem>, name: &'static str, v: &Option<String>| {
        if let Some(v) = v
            && !is_url(v)
        {
            problems.push(Problem::NotUrl {
                name,
                value: v.clone(),
            });
        }
    };
    url(&mut problems, "endpoint", &endpoint);
    url(&mut problems, "fetch", &fetch);
    let actor = actor.and_then(|a| match check_actor(&a) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(Problem::Actor(e));
            None
        }
    });
    if let Some(r) = &registration
        && !is_uuid(r)
    {
        problems.push(Problem::NotUuid(r.clone()));
    }
    if let Some(a) = &activity_id
        && !is_iri(a)
    {
        problems.push(Problem::NotIri(a.clone()));
    }
    match (endpoint, fetch, actor, registration, activity_id) {
        (Some(endpoint), Some(fetch), Some(actor), Some(registration), Some(activity_id))
            if problems.is_empty() =>
        {
            let endpoint = if endpoint.ends_with('/') {
                endpoint
            } else {
                format!("{endpoint}/")
            };
            Ok(LaunchParams {
                endpoint,
                fetch,
                actor,
                registration: registration.to_lowercase(),
                activity_id,
            })
        }
        _ => Err(problems),
    }
}

/// At most 80 characters of a value, for a message.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// The actor as §9.2 requires it: a JSON object, `objectType` `Agent` (or none), an
/// `account` with a `homePage` URL and a non-empty `name`; an optional `name`.
fn check_actor(text: &str) -> Result<Value, ActorProblem> {
    let v: Value = serde_json::from_str(text).map_err(|e| ActorProblem::NotJson(e.to_string()))?;
    let Some(o) = v.as_object() else {
        return Err(ActorProblem::NotObject);
    };
    if o.get("objectType").is_some_and(|t| t != "Agent") {
        return Err(ActorProblem::NotAgent);
    }
    let account = o
        .get("account")
        .and_then(Value::as_object)
        .ok_or(ActorProblem::NoAccount)?;
    let home = account
        .get("homePage")
        .and_then(Value::as_str)
        .unwrap_or("");
    let name = account.get("name").and_then(Value::as_str).unwrap_or("");
    if !is_http_address(home) && !is_iri(home) {
        return Err(ActorProblem::NoHomePage);
    }
    if name.trim().is_empty() || name.len() > 256 {
        return Err(ActorProblem::NoName);
    }
    if o.get("name").is_some_and(|n| !n.is_string()) {
        return Err(ActorProblem::NameNotText);
    }
    Ok(v)
}

/// An absolute `http://` or `https://` URL with a host (a query allowed: a fetch URL
/// often has one), no spaces or control characters.
pub fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !host.contains('@')
    }) && s.len() <= 2048
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// An origin as a Content-Security-Policy source: `http(s)://host[:port]`, nothing
/// after it (no path, query or spaces, no quote or semicolon that would end the
/// directive).
pub fn is_origin(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|host| {
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c))
    })
}

/// A UUID in its canonical text form (any version; hexadecimal of either case).
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// An absolute IRI: a scheme (a letter, then letters, digits, `+`, `-`, `.`), a `:`,
/// something after it, no spaces or control characters.
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && s.len() <= 2048
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The launch modes of §10.2.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchMode {
    /// The learner's attempt counts: judged and reported.
    Normal,
    /// A look around: nothing is judged or reported as completed, passed or failed.
    Browse,
    /// The finished attempt shown again, read only.
    Review,
}

impl LaunchMode {
    pub fn as_str(self) -> &'static str {
        match self {
            LaunchMode::Normal => "Normal",
            LaunchMode::Browse => "Browse",
            LaunchMode::Review => "Review",
        }
    }
}

/// What Touchpoint reads of the `LMS.LaunchData` document (§10.2).
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchData {
    /// The context every statement of the session carries (§10.2.1).
    pub context_template: Value,
    pub launch_mode: LaunchMode,
    /// Where the learner goes back to in the LMS when done.
    pub return_url: Option<String>,
    /// The AU's moveOn as the LMS has it.
    pub move_on: String,
    /// A scaled score (0..=1) that a `passed` statement's score must reach.
    pub mastery_score: Option<f64>,
}

/// Reads `LMS.LaunchData` (the document's JSON). Says what is missing or wrong.
pub fn launch_data(text: &str) -> Result<LaunchData, String> {
    let v: Value =
        serde_json::from_str(text).map_err(|e| format!("{LAUNCH_DATA} is not JSON: {e}"))?;
    let template = v
        .get("contextTemplate")
        .filter(|t| t.is_object())
        .cloned()
        .ok_or_else(|| format!("{LAUNCH_DATA} has no contextTemplate object (§10.2.1)"))?;
    let launch_mode = match v.get("launchMode").and_then(Value::as_str) {
        Some("Normal") => LaunchMode::Normal,
        Some("Browse") => LaunchMode::Browse,
        Some("Review") => LaunchMode::Review,
        other => {
            return Err(format!(
                "{LAUNCH_DATA} has launchMode {other:?}: expected Normal, Browse or Review (§10.2.2)"
            ));
        }
    };
    let mastery_score = match v.get("masteryScore") {
        None | Some(Value::Null) => None,
        Some(m) => match m.as_f64() {
            Some(x) if (0.0..=1.0).contains(&x) => Some(x),
            _ => {
                return Err(format!(
                    "{LAUNCH_DATA} has masteryScore {m}: expected a decimal from 0 to 1 (§10.2.4)"
                ));
            }
        },
    };
    let return_url = match v.get("returnURL") {
        None | Some(Value::Null) => None,
        Some(Value::String(u)) if is_url(u) => Some(u.clone()),
        Some(u) => {
            return Err(format!(
                "{LAUNCH_DATA} has returnURL {u}: expected a URL (§10.2.6)"
            ));
        }
    };
    let move_on = v
        .get("moveOn")
        .and_then(Value::as_str)
        .unwrap_or("NotApplicable")
        .to_string();
    Ok(LaunchData {
        context_template: template,
        launch_mode,
        return_url,
        move_on,
        mastery_score,
    })
}

/// The learner's language from `cmi5LearnerPreferences` (§11.1: a comma-separated
/// list of RFC 5646 codes, most preferred first): the first one Touchpoint speaks.
/// `None` when the document is not JSON, has no list, or names none it speaks.
pub fn preferred_locale(preferences: &str) -> Option<&'static str> {
    let v: Value = serde_json::from_str(preferences).ok()?;
    v["languagePreference"]
        .as_str()?
        .split(',')
        .map(str::trim)
        .find_map(touchpoint_content::locale::negotiate)
}

/// One launch: the parameters and the launch data together.
#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    pub params: LaunchParams,
    pub data: LaunchData,
}

impl Launch {
    /// The session id the LMS put in the context template (§9.6.3.1), if any.
    pub fn session_id(&self) -> Option<&str> {
        self.data.context_template["extensions"][EXT_SESSION_ID].as_str()
    }
}

/// What a registration has already told the LMS: cmi5 allows one `completed` and
/// one `passed` per registration, and no `failed` after a `passed` (§9.3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Told {
    pub completed: bool,
    pub passed: bool,
}

/// The `initialized` statement of a launch's session, at `at_ms` (ms since the
/// epoch): the first statement the AU sends (§9.3.2).
pub fn initialized(launch: &Launch, at_ms: i64) -> Value {
    let mut s = json!({
        "actor": launch.params.actor,
        "verb": { "id": VERB_INITIALIZED, "display": { "en-US": "initialized" } },
        "object": { "objectType": "Activity", "id": launch.params.activity_id },
        "context": { "registration": launch.params.registration },
        "timestamp": xapi::format_rfc3339(at_ms),
    });
    into_launch(&mut s, launch, true, false);
    s["id"] = json!(statement_id(launch, 0));
    s
}

/// The end of a `Review` session, which plays nothing: `terminated` right after
/// `initialized` (§9.3.8: every session ends with it).
pub fn review_closing(launch: &Launch, at_ms: i64) -> Value {
    let mut s = json!({
        "actor": launch.params.actor,
        "verb": { "id": VERB_TERMINATED, "display": { "en-US": "terminated" } },
        "object": { "objectType": "Activity", "id": launch.params.activity_id },
        "result": { "duration": xapi::iso8601_duration(0) },
        "context": { "registration": launch.params.registration },
        "timestamp": xapi::format_rfc3339(at_ms + 1),
    });
    into_launch(&mut s, launch, true, false);
    s["id"] = json!(statement_id(launch, 1));
    s
}

/// The rest of the session's statements once the attempt has its record (after
/// `initialized`, which [`initialized`] gave at the start): the decisions, the
/// verdict as cmi5 allows it (see the module documentation), the competencies and
/// `terminated`. `told` is what the registration was told in earlier sessions; the
/// second value is what it has been told after these.
pub fn closing(
    rec: &AttemptRecord,
    opts: &XapiOptions,
    launch: &Launch,
    told: Told,
) -> Result<(Vec<Value>, Told), XapiError> {
    let ours = xapi::try_statements(rec, opts)?;
    let browse = launch.data.launch_mode != LaunchMode::Normal;
    let mut now = told;
    let mut out = Vec::with_capacity(ours.len());
    for mut s in ours {
        let verb = s["verb"]["id"].as_str().unwrap_or("").to_string();
        let judged = [VERB_COMPLETED, VERB_PASSED, VERB_FAILED].contains(&verb.as_str());
        if verb == VERB_INITIALIZED {
            continue;
        }
        if judged {
            let skip = browse
                || (verb == VERB_COMPLETED && now.completed)
                || (verb == VERB_PASSED && now.passed)
                // §9.3: "A failed statement MUST NOT follow a passed statement".
                || (verb == VERB_FAILED && now.passed);
            if skip {
                continue;
            }
            match verb.as_str() {
                v if v == VERB_COMPLETED => now.completed = true,
                v if v == VERB_PASSED => now.passed = true,
                _ => {}
            }
        }
        let defined = judged || verb == VERB_TERMINATED;
        if defined {
            s["object"] = json!({
                "objectType": "Activity",
                "id": launch.params.activity_id,
                "definition": s["object"]["definition"].clone(),
            });
        }
        if let Some(m) = launch.data.mastery_score
            && (verb == VERB_PASSED || verb == VERB_FAILED)
        {
            let scaled = s["result"]["score"]["scaled"].as_f64().unwrap_or(0.0);
            let agrees = if verb == VERB_PASSED {
                scaled >= m
            } else {
                scaled < m
            };
            if !agrees && let Some(r) = s["result"].as_object_mut() {
                r.remove("score");
            }
            s["context"]["extensions"][EXT_MASTERY_SCORE] = json!(m);
        }
        s["actor"] = launch.params.actor.clone();
        s["context"]["registration"] = json!(launch.params.registration);
        into_launch(&mut s, launch, defined, judged);
        out.push(s);
    }
    for (i, s) in out.iter_mut().enumerate() {
        s["id"] = json!(statement_id(launch, i + 1));
    }
    Ok((out, now))
}

/// Puts the launch's context template into a statement's context (its context
/// activities added to the statement's own lists, its extensions over the
/// statement's), and the cmi5 categories for a cmi5-defined statement.
fn into_launch(s: &mut Value, launch: &Launch, defined: bool, moveon: bool) {
    let template = &launch.data.context_template;
    let ctx = &mut s["context"];
    if let Some(acts) = template["contextActivities"].as_object() {
        for (list, items) in acts {
            for item in items.as_array().into_iter().flatten() {
                add_activity(ctx, list, item.clone());
            }
        }
    }
    if let Some(ext) = template["extensions"].as_object() {
        if !ctx["extensions"].is_object() {
            ctx["extensions"] = Value::Object(Map::new());
        }
        for (k, v) in ext {
            ctx["extensions"][k] = v.clone();
        }
    }
    if defined {
        add_activity(ctx, "category", json!({ "id": CATEGORY_CMI5 }));
    }
    if moveon {
        add_activity(ctx, "category", json!({ "id": CATEGORY_MOVEON }));
    }
}

/// Adds an activity to a context activities list unless one of that id is there.
fn add_activity(ctx: &mut Value, list: &str, item: Value) {
    if !ctx["contextActivities"].is_object() {
        ctx["contextActivities"] = Value::Object(Map::new());
    }
    let l = &mut ctx["contextActivities"][list];
    if !l.is_array() {
        *l = json!([]);
    }
    if let Some(a) = l.as_array_mut()
        && !a.iter().any(|x| x["id"] == item["id"])
    {
        a.push(item);
    }
}

/// The id of a session's statement `index` (0 for `initialized`): the same every
/// time it is made, different for every session.
fn statement_id(launch: &Launch, index: usize) -> String {
    uuid_v5(
        NAMESPACE_URL,
        &format!(
            "touchpoint-cmi5:{}:{}:{}:{index}",
            launch.params.registration,
            launch.session_id().unwrap_or(""),
            launch.params.activity_id
        ),
    )
}

/// The Touchpoint account id of an LMS learner: `lms-` and 20 hexadecimal digits of
/// the SHA-256 of the account's home page and name (the same learner of the same
/// LMS is the same trainee at every launch; no two LMS accounts share one).
pub fn trainee_id(actor: &Value) -> String {
    use sha2::{Digest, Sha256};
    let home = actor["account"]["homePage"].as_str().unwrap_or("");
    let name = actor["account"]["name"].as_str().unwrap_or("");
    let digest = Sha256::digest(format!("{home}\n{name}").as_bytes());
    let hex: String = digest.iter().take(10).map(|b| format!("{b:02x}")).collect();
    format!("lms-{hex}")
}

/// The learner's display name: the actor's `name`, else the account's name.
pub fn trainee_name(actor: &Value) -> String {
    actor["name"]
        .as_str()
        .or(actor["account"]["name"].as_str())
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(64)
        .collect()
}
