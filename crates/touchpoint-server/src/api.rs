//! The JSON routes. Each handler says who may call it; a caller who may not see a
//! thing gets 404 for it (as if it did not exist), one who may see it but not do
//! what was asked gets 403. Bad input is a 400, 409 or 413 with a message, never a
//! 500; a store that fails is a 503.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{ConnectInfo, FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use touchpoint_content::locale::{DEFAULT_LOCALE, SUPPORTED, negotiate};
use touchpoint_content::words;
use touchpoint_results::record::AttemptRecord;
use touchpoint_results::store::{Account, Filter, LiveAttempt, Role, Row, StoreError};

use crate::auth::{self, Caller, SessionToken};
use crate::{App, now_ms, play, store};

/// An answer other than success: a status and a JSON body `{"error": …}`.
#[derive(Debug)]
pub struct ApiError {
    pub(crate) status: StatusCode,
    body: Value,
    retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: json!({ "error": message.into() }),
            retry_after: None,
        }
    }

    /// Adds a field to the body (e.g. the replies on offer).
    /// What the error says (its `error` field).
    pub fn message(&self) -> String {
        self.body["error"].as_str().unwrap_or_default().to_string()
    }

    pub fn with(mut self, key: &str, value: Value) -> ApiError {
        self.body[key] = value;
        self
    }

    pub fn retry_after(mut self, secs: u64) -> ApiError {
        self.retry_after = Some(secs);
        self
    }

    pub(crate) fn not_found() -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not found")
    }

    fn forbidden(what: &str) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, format!("your role may not {what}"))
    }

    fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string())
    }
}

impl From<String> for ApiError {
    fn from(e: String) -> ApiError {
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = (self.status, Json(self.body)).into_response();
        if let Some(s) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&s.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res
    }
}

/// Runs store work (blocking IO) off the async threads.
pub async fn blocking<T: Send + 'static>(
    app: &App,
    work: impl FnOnce(&App) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let app = app.clone();
    tokio::task::spawn_blocking(move || work(&app))
        .await
        .map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the request failed"))?
}

/// A JSON body whose problems are a 400 (413 when too large) with the reason.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(Body(v)),
            Err(JsonRejection::BytesRejection(e))
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE =>
            {
                Err(ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "the request body is larger than 16 KiB",
                ))
            }
            Err(e) => Err(ApiError::bad(e.body_text())),
        }
    }
}

/// Query parameters whose problems are a 400 with the reason.
pub struct Params<T>(pub T);

impl<T: DeserializeOwned + Send> axum::extract::FromRequestParts<App> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &App,
    ) -> Result<Self, ApiError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(v)) => Ok(Params(v)),
            Err(e @ QueryRejection::FailedToDeserializeQueryString(_)) => {
                Err(ApiError::bad(e.body_text()))
            }
            Err(e) => Err(ApiError::bad(e.body_text())),
        }
    }
}

/// A text field: at most `max` bytes, no control characters.
fn field(name: &str, v: &str, max: usize) -> Result<(), ApiError> {
    if v.len() > max {
        return Err(ApiError::bad(format!(
            "`{name}` is longer than {max} bytes"
        )));
    }
    if v.chars().any(char::is_control) {
        return Err(ApiError::bad(format!("`{name}` holds a control character")));
    }
    Ok(())
}

/// The client's address, for the audit log and sign-in throttling: the peer's, or,
/// when the peer is a proxy the configuration trusts, the one that proxy appended
/// to `X-Forwarded-For` (the last entry: earlier ones come from the client and
/// may be anything).
pub struct ClientAddr(pub String);

impl axum::extract::FromRequestParts<App> for ClientAddr {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &App,
    ) -> Result<Self, ApiError> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ci| ci.0.ip());
        let forwarded = || {
            parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|a| a.trim().parse::<std::net::IpAddr>().ok())
                .next_back()
        };
        let ip = match peer {
            Some(p) if app.config.trusted_proxies.contains(&p) => forwarded().or(Some(p)),
            other => other,
        };
        Ok(ClientAddr(
            ip.map_or_else(|| "unknown".to_string(), |i| i.to_string()),
        ))
    }
}

/// The locale asked for (`?locale=`), else the browser's (`Accept-Language`), else
/// the default.
fn locale_of(asked: Option<&str>, headers: &HeaderMap) -> Result<&'static str, ApiError> {
    if let Some(l) = asked {
        return SUPPORTED.into_iter().find(|s| *s == l).ok_or_else(|| {
            ApiError::bad(format!("unknown locale `{l}`: expected zh-CN or en-US"))
        });
    }
    Ok(browser_locale(headers))
}

/// The first supported language of the browser's `Accept-Language`, else the default.
pub fn browser_locale(headers: &HeaderMap) -> &'static str {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(',')
        .find_map(|tag| negotiate(tag.split(';').next().unwrap_or("").trim()))
        .unwrap_or(DEFAULT_LOCALE)
}

fn account_json(a: &Account) -> Value {
    json!({"id": a.id, "name": a.name, "role": a.role.as_str(), "cohorts": a.cohorts})
}

/// May `viewer` see what happens in `cohort`, for `owner`'s attempts?
fn may_see(viewer: &Account, owner: &str, cohort: Option<&str>) -> bool {
    viewer.id == owner
        || viewer.role.sees_all()
        || (viewer.role == Role::Instructor
            && cohort.is_some_and(|c| viewer.cohorts.iter().any(|v| v == c)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    id: String,
    password: String,
}

/// `POST /api/session`: anyone.
pub async fn sign_in(
    State(app): State<App>,
    ClientAddr(address): ClientAddr,
    Body(b): Body<SignIn>,
) -> Result<Response, ApiError> {
    field("id", &b.id, 256)?;
    if b.password.len() > crate::accounts::MAX_PASSWORD_BYTES {
        return Err(ApiError::bad("`password` is longer than 1024 bytes"));
    }
    let (account, token) = auth::sign_in(&app, b.id, b.password, address).await?;
    let mut res = Json(account_json(&account)).into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::session_cookie(&app, &token)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// `DELETE /api/session`: the signed-in caller.
pub async fn sign_out(
    State(app): State<App>,
    ClientAddr(address): ClientAddr,
    caller: Caller,
) -> Result<Response, ApiError> {
    auth::sign_out(&app, caller, address).await?;
    let mut res = StatusCode::NO_CONTENT.into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::cleared_cookie(&app)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// `GET /api/me`: the signed-in caller.
pub async fn me(caller: Caller) -> Json<Value> {
    Json(account_json(&caller.account))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleQuery {
    locale: Option<String>,
}

/// `GET /api/encounters`: any signed-in caller. In teaching order: the course's
/// modules in order, each module's encounters in order, then those in no module (by
/// id). `module_name`: the module's name in the locale. `assessed`: for one of the
/// caller's cohorts.
pub async fn encounters(
    State(app): State<App>,
    headers: HeaderMap,
    caller: Caller,
    Params(q): Params<LocaleQuery>,
) -> Result<Json<Value>, ApiError> {
    let locale = locale_of(q.locale.as_deref(), &headers)?;
    blocking(&app, move |app| {
        let lib = app.library();
        let ui = touchpoint_content::locale::ui_texts(locale);
        let course_texts = touchpoint_content::course::course_in(&lib.dir)
            .map(|c| touchpoint_content::course::course_texts(&c, locale));
        let taught: Vec<&String> = lib
            .course
            .iter()
            .flat_map(|c| c.modules.iter().flat_map(|m| m.encounters.iter()))
            .collect();
        let in_order = taught.iter().filter_map(|id| lib.current.get(*id)).chain(
            lib.current
                .values()
                .filter(|e| !taught.contains(&&e.scenario.id)),
        );
        // Each once, even if a course names it twice.
        let mut seen = std::collections::BTreeSet::new();
        let list: Vec<Value> = in_order
            .filter(|enc| seen.insert(enc.scenario.id.clone()))
            .map(|enc| {
                let t = enc.texts(locale);
                let (archetype, difficulty) = words::kind(&enc.scenario, &ui);
                let module = lib.module_of(&enc.scenario.id);
                json!({
                    "id": enc.scenario.id,
                    "title": t.text("title"),
                    "archetype": archetype,
                    "difficulty": difficulty,
                    "module": module,
                    "module_name": module.zip(course_texts.as_ref()).map(|(m, ct)| ct.text(m)),
                    "assessed": caller.assesses(&enc.scenario.id),
                })
            })
            .collect();
        Ok(Json(json!(list)))
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    scenario: String,
    locale: String,
}

/// `POST /api/attempts`: any signed-in caller, for themselves.
pub async fn start(
    State(app): State<App>,
    token: SessionToken,
    Body(b): Body<Start>,
) -> Result<Response, ApiError> {
    field("scenario", &b.scenario, 128)?;
    let locale = locale_of(Some(&b.locale), &HeaderMap::new())?;
    let (caller, _) = auth::resolve_with(&app, token.0, None).await?;
    // No store in it (whether it is assessed came with the session): done here
    // rather than handed to a blocking thread, which would cost more than it.
    let enc = app.library().get(&b.scenario).ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no encounter `{}`", b.scenario),
        )
    })?;
    let assessed = caller.assesses(&enc.scenario.id);
    let (view, write) = play::start(&caller.account, &enc, locale, assessed)?;
    app.commits.run(write).await?;
    Ok((StatusCode::CREATED, view).into_response())
}

/// `GET /api/attempts`: the caller's own attempts on the server (to resume one).
pub async fn attempts(State(app): State<App>, caller: Caller) -> Result<Json<Value>, ApiError> {
    blocking(&app, move |app| {
        let lives = store(app).live_attempts_of(&caller.account.id)?;
        Ok(Json(json!(
            lives
                .iter()
                .map(|l| json!({
                    "attempt_id": l.attempt_id,
                    "scenario": l.scenario_id,
                    "locale": l.locale,
                    "assessed": l.assessed,
                    "ended": l.ended,
                    "replies": if l.replies.is_empty() { 0 } else { l.replies.split(',').count() },
                }))
                .collect::<Vec<_>>()
        )))
    })
    .await
}

fn valid_attempt_id(id: &str) -> Result<(), ApiError> {
    if touchpoint_results::record::valid_attempt_id(id) {
        Ok(())
    } else {
        Err(ApiError::not_found())
    }
}

/// The attempt `id` and its owner's account, if `viewer` may see it (else 404).
fn visible(
    s: &touchpoint_results::store::Store,
    viewer: &Account,
    id: &str,
) -> Result<(LiveAttempt, Account), ApiError> {
    let live = s.live_attempt(id)?.ok_or_else(ApiError::not_found)?;
    if !may_see(viewer, &live.user_id, live.cohort.as_deref()) {
        return Err(ApiError::not_found());
    }
    // Most often the viewer is the owner (a trainee playing): read once.
    let owner = if live.user_id == viewer.id {
        viewer.clone()
    } else {
        s.account(&live.user_id)?.ok_or_else(ApiError::not_found)?
    };
    Ok((live, owner))
}

/// `GET /api/attempts/{id}`: its owner; an instructor of its cohort, hr and admin
/// (read only).
pub async fn attempt(
    State(app): State<App>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<play::Answer, ApiError> {
    valid_attempt_id(&id)?;
    // A session launched from an LMS for this attempt reaches it too.
    let (caller, _) = auth::resolve_for(&app, &headers, &id).await?;
    blocking(&app, move |app| {
        let mut s = store(app);
        let (live, owner) = visible(&s, &caller.account, &id)?;
        let mut v = play::current(app, &mut s, &live, &owner)?;
        // Launched from an LMS: the page offers the way back.
        if let Some(c) = s.cmi5_session_of(&live.attempt_id)?
            && let Ok(d) = touchpoint_results::cmi5::launch::launch_data(&c.launch_data)
        {
            v.view.return_url = Some(d.return_url);
        }
        // Another person (an instructor, hr, admin) watches: the page offers no reply.
        v.view.yours = Some(owner.id == caller.account.id);
        Ok(v)
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    choice: String,
}

/// `POST /api/attempts/{id}/replies`: its owner only.
///
/// The busiest route: the session, the attempt and the reply are read in one visit
/// to the store, and the reply is committed with those of other trainees.
pub async fn reply(
    State(app): State<App>,
    token: SessionToken,
    Path(id): Path<String>,
    Body(b): Body<Reply>,
) -> Result<play::Answer, ApiError> {
    valid_attempt_id(&id)?;
    field("choice", &b.choice, 128)?;
    let (caller, live) = auth::resolve_with(&app, token.0, Some(id)).await?;
    let live = live.ok_or_else(ApiError::not_found)?;
    if live.user_id != caller.account.id {
        // Seen by one who may watch it (an instructor, hr, admin): forbidden; else
        // as if there were no such attempt.
        return Err(
            if may_see(&caller.account, &live.user_id, live.cohort.as_deref()) {
                ApiError::forbidden("reply in another person's attempt")
            } else {
                ApiError::not_found()
            },
        );
    }
    // Only a session an LMS launch opened plays a launched attempt (an LMS learner
    // has no password): the others never look for one.
    let launched = caller.launched;
    let owner = caller.account;
    // The engine's work, without the store when the attempt's encounter version is
    // the loaded one (nearly always): done here rather than handed to a blocking
    // thread, which costs more than it (two thread switches a reply).
    let (view, write) = match app.library().version(&live.content_hash) {
        Some(enc) => play::reply(&enc, &live, &owner, &b.choice)?,
        None => {
            blocking(&app, move |app| {
                let enc = play::version_of(app, &crate::store(app), &live)?;
                play::reply(&enc, &live, &owner, &b.choice)
            })
            .await?
        }
    };
    if !app.commits.run(write).await? {
        return Err(play::moved_on());
    }
    let mut view = view;
    if launched && view.view.ended {
        let id = view.view.attempt_id.clone();
        // Launched from an LMS: its statements go, and the page offers the way back.
        let lookup = id.clone();
        if let Ok(Some(s)) =
            blocking(&app, move |app| Ok(store(app).cmi5_session_of(&lookup)?)).await
        {
            if let Ok(d) = touchpoint_results::cmi5::launch::launch_data(&s.launch_data) {
                view.view.return_url = Some(d.return_url);
            }
            tokio::spawn(crate::cmi5::ended(app.clone(), id));
        }
    }
    Ok(view)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ResultsQuery {
    cohort: Option<String>,
    trainee: Option<String>,
    scenario: Option<String>,
    since: Option<String>,
    until: Option<String>,
}

impl ResultsQuery {
    /// The store's filter, each value checked (at most 128 bytes, no control
    /// characters).
    fn filter(&self) -> Result<Filter, ApiError> {
        for (name, v) in [
            ("cohort", &self.cohort),
            ("trainee", &self.trainee),
            ("scenario", &self.scenario),
            ("since", &self.since),
            ("until", &self.until),
        ] {
            if let Some(v) = v {
                field(name, v, 128)?;
            }
        }
        Ok(Filter {
            cohort: self.cohort.clone(),
            trainee: self.trainee.clone(),
            scenario: self.scenario.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
        })
    }
}

fn row_json(r: &Row) -> Value {
    json!({
        "attempt_id": r.attempt_id,
        "status": r.status,
        "trainee_id": r.trainee_id,
        "trainee_name": r.trainee_name,
        "cohort": r.cohort,
        "scenario_id": r.scenario_id,
        "scenario_title": r.scenario_title,
        "locale": r.locale,
        "started_at": r.started_at,
        "ended_at": r.ended_at,
        "duration_ms": r.duration_ms,
        "score": r.score,
        "passed": r.passed,
        "pass_mark": r.pass_mark,
        "outcome": r.outcome,
        "decisions": r.decisions,
        "critical": r.critical,
        "competencies": r
            .competencies
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect::<serde_json::Map<_, _>>(),
        // How the figures are known: "server" (played here), "replayed" (a result
        // file replayed on its encounter version) or "unverified".
        "verified": r.verified_by(),
    })
}

/// `GET /api/results`: a trainee their own; an instructor their cohorts'; hr and
/// admin everyone's. Asking for more than one may see is a 403.
pub async fn results(
    State(app): State<App>,
    caller: Caller,
    Params(q): Params<ResultsQuery>,
) -> Result<Json<Value>, ApiError> {
    let base = q.filter()?;
    let a = caller.account;
    let filters: Vec<Filter> = match a.role {
        Role::Hr | Role::Admin => vec![base],
        Role::Trainee => {
            if q.trainee.as_deref().is_some_and(|t| t != a.id) {
                return Err(ApiError::forbidden("see another trainee's results"));
            }
            vec![Filter {
                trainee: Some(a.id.clone()),
                ..base
            }]
        }
        Role::Instructor => match &q.cohort {
            Some(c) if !a.cohorts.contains(c) => {
                return Err(ApiError::forbidden("see another cohort's results"));
            }
            Some(_) => vec![base],
            None => a
                .cohorts
                .iter()
                .map(|c| Filter {
                    cohort: Some(c.clone()),
                    ..base.clone()
                })
                .collect(),
        },
    };
    blocking(&app, move |app| {
        let s = store(app);
        let mut out = Vec::new();
        for f in &filters {
            out.extend(s.rows(f)?.iter().map(row_json));
        }
        Ok(Json(json!(out)))
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessed {
    cohort: String,
    scenario: String,
    assessed: bool,
}

/// `POST /api/results`: a practice result made elsewhere (played offline, its result
/// file's JSON), sent by its own trainee (`touchpoint results push`). The server replays
/// it on the encounter version it was played on and stores it only if it replays,
/// marked `"replayed"`: never as one of its own (server-played) attempts. 201 stored,
/// 200 already stored, 403 another person's result, 409 an id of the server's own
/// attempts, 422 refused (it does not replay, its version is not here, or its fields
/// are not what Touchpoint writes), 400 not a result record.
pub async fn push(
    State(app): State<App>,
    caller: Caller,
    body: String,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    use touchpoint_results::store::{Pushed, PutError};
    let mut rec: AttemptRecord = serde_json::from_str(&body).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!(
                "not a Touchpoint result record (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    let me = caller.account;
    if rec.trainee.id != me.id {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            format!(
                "this result is {}'s; you may send your own results only",
                rec.trainee.id
            ),
        ));
    }
    // Filed under the account as the server knows it: its name, and its cohort (a
    // result may not claim a cohort its trainee is not in).
    match &rec.cohort {
        Some(c) if !me.cohorts.contains(c) => {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("the result says cohort `{c}`, which is not yours"),
            ));
        }
        Some(_) => {}
        None if me.cohorts.len() == 1 => rec.cohort = me.cohorts.first().cloned(),
        None => {}
    }
    rec.trainee.name = me.name.clone();
    blocking(&app, move |app| {
        let refused = |why: String| {
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("the result is refused: {why}"),
            )
            .with("attempt_id", json!(rec.attempt_id))
        };
        let hash = &rec.scenario.content_hash;
        let mut s = store(app);
        let enc = match app.library().version(hash) {
            Some(enc) => enc,
            None => match s.load_version(hash)? {
                Some(Ok(enc)) => Arc::new(enc),
                Some(Err(e)) => {
                    return Err(refused(format!(
                        "the encounter version it was played on cannot be loaded here: {e}"
                    )));
                }
                None => {
                    return Err(refused(format!(
                        "the encounter version it was played on ({} {}) is not on this server",
                        rec.scenario.id,
                        hash.get(..12).unwrap_or(hash)
                    )));
                }
            },
        };
        let answer = |status: StatusCode, what: &str| {
            Ok((
                status,
                Json(json!({
                    "attempt_id": rec.attempt_id,
                    "stored": what,
                    "verified": "replayed",
                    "score": rec.score,
                    "passed": rec.passed,
                })),
            ))
        };
        match s.keep_pushed(&rec, &enc) {
            Ok(Pushed::Added) => answer(StatusCode::CREATED, "added"),
            Ok(Pushed::AlreadyStored) => answer(StatusCode::OK, "already stored"),
            Ok(Pushed::ServerAttempt) => Err(ApiError::new(
                StatusCode::CONFLICT,
                "this id is one of the server's own attempts; its result is the server's",
            )),
            Err(PutError::Refused(why)) => Err(refused(why)),
            Err(PutError::Store(e)) => Err(e.into()),
        }
    })
    .await
}

/// `PUT /api/assessed`: an instructor for their cohorts, or an admin.
pub async fn set_assessed(
    State(app): State<App>,
    ClientAddr(address): ClientAddr,
    caller: Caller,
    Body(b): Body<Assessed>,
) -> Result<StatusCode, ApiError> {
    field("cohort", &b.cohort, 128)?;
    field("scenario", &b.scenario, 128)?;
    let a = &caller.account;
    let allowed =
        a.role == Role::Admin || (a.role == Role::Instructor && a.cohorts.contains(&b.cohort));
    if !allowed {
        return Err(ApiError::forbidden(
            "mark encounters as assessed for this cohort",
        ));
    }
    blocking(&app, move |app| {
        if app.library().get(&b.scenario).is_none() {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                format!("no encounter `{}`", b.scenario),
            ));
        }
        let mut s = store(app);
        s.set_assessed(
            &b.cohort,
            &b.scenario,
            b.assessed,
            &caller.account.id,
            now_ms(),
        )?;
        auth::audit(
            &mut s,
            &caller.account.id,
            if b.assessed { "assessed" } else { "practice" },
            &format!("{} {}", b.cohort, b.scenario),
            &address,
        )?;
        Ok(StatusCode::NO_CONTENT)
    })
    .await
}

/// `GET /api/accounts`: admin only.
pub async fn accounts(State(app): State<App>, caller: Caller) -> Result<Json<Value>, ApiError> {
    if caller.account.role != Role::Admin {
        return Err(ApiError::forbidden("manage accounts"));
    }
    blocking(&app, move |app| {
        let list = store(app).accounts()?;
        Ok(Json(json!(
            list.iter()
                .map(|a| {
                    let mut v = account_json(a);
                    v["disabled"] = json!(a.disabled);
                    v
                })
                .collect::<Vec<_>>()
        )))
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAccount {
    id: String,
    name: Option<String>,
    role: String,
    #[serde(default)]
    cohorts: Vec<String>,
}

/// A fresh password and its hash (the hash with the password checks' one-per-core
/// limit).
async fn fresh_password(app: &App) -> Result<(String, String), ApiError> {
    let password = crate::accounts::new_password()?;
    let _permit =
        app.hashing.acquire().await.map_err(|_| {
            ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the server is stopping")
        })?;
    let p = password.clone();
    let hash = tokio::task::spawn_blocking(move || crate::accounts::hash_password(&p))
        .await
        .map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the request failed"))??;
    Ok((password, hash))
}

/// `POST /api/accounts`: admin only. Adds an account with a generated password,
/// answered once (201); 409 when the id is taken.
pub async fn add_account(
    State(app): State<App>,
    ClientAddr(address): ClientAddr,
    caller: Caller,
    Body(b): Body<NewAccount>,
) -> Result<Response, ApiError> {
    if caller.account.role != Role::Admin {
        return Err(ApiError::forbidden("manage accounts"));
    }
    let role = Role::parse(&b.role).map_err(ApiError::bad)?;
    let name = b.name.clone().unwrap_or_else(|| b.id.clone());
    let cohorts: Vec<String> = b.cohorts.iter().map(|c| c.trim().to_string()).collect();
    if let Some(p) = crate::accounts::account_problem(&b.id, &name, &cohorts) {
        return Err(ApiError::bad(p));
    }
    let (password, hash) = fresh_password(&app).await?;
    let account = Account {
        id: b.id.clone(),
        name,
        role,
        cohorts,
        password_hash: hash,
        disabled: false,
        created_ms: now_ms(),
    };
    let admin = caller.account.id.clone();
    let added = account.clone();
    blocking(&app, move |app| {
        let mut s = store(app);
        if !s.put_account(&added, false)? {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                format!("the account `{}` exists", added.id),
            ));
        }
        auth::audit(
            &mut s,
            &admin,
            "account-added",
            &format!("{} {}", added.id, added.role.as_str()),
            &address,
        )
    })
    .await?;
    let mut v = account_json(&account);
    v["password"] = json!(password);
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountChange {
    name: Option<String>,
    role: Option<String>,
    cohorts: Option<Vec<String>>,
    disabled: Option<bool>,
}

/// `PATCH /api/accounts/{id}`: admin only. Changes a name, a role, cohorts, or
/// disables / enables; a disabled account or a changed role loses its sessions at
/// once. The last active admin cannot be disabled or demoted (409).
pub async fn change_account(
    State(app): State<App>,
    ClientAddr(address): ClientAddr,
    caller: Caller,
    Path(id): Path<String>,
    Body(b): Body<AccountChange>,
) -> Result<Json<Value>, ApiError> {
    if caller.account.role != Role::Admin {
        return Err(ApiError::forbidden("manage accounts"));
    }
    field("id", &id, 64)?;
    let role = b
        .role
        .as_deref()
        .map(Role::parse)
        .transpose()
        .map_err(ApiError::bad)?;
    let admin = caller.account.id.clone();
    blocking(&app, move |app| {
        let mut s = store(app);
        let before = s.account(&id)?.ok_or_else(ApiError::not_found)?;
        let after = Account {
            name: b.name.clone().unwrap_or_else(|| before.name.clone()),
            role: role.unwrap_or(before.role),
            cohorts: b
                .cohorts
                .as_ref()
                .map(|c| c.iter().map(|c| c.trim().to_string()).collect())
                .unwrap_or_else(|| before.cohorts.clone()),
            disabled: b.disabled.unwrap_or(before.disabled),
            ..before.clone()
        };
        if let Some(p) = crate::accounts::account_problem(&after.id, &after.name, &after.cohorts) {
            return Err(ApiError::bad(p));
        }
        let stops_being_admin = before.role == Role::Admin
            && !before.disabled
            && (after.role != Role::Admin || after.disabled);
        if stops_being_admin && s.active_accounts_with(Role::Admin)? <= 1 {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "this is the last active admin: add another admin first",
            ));
        }
        s.put_account(&after, true)?;
        if after.role != before.role {
            let what = format!("{id} {} -> {}", before.role.as_str(), after.role.as_str());
            auth::audit(&mut s, &admin, "role-changed", &what, &address)?;
        }
        if after.disabled != before.disabled {
            let action = if after.disabled {
                "account-disabled"
            } else {
                "account-enabled"
            };
            auth::audit(&mut s, &admin, action, &id, &address)?;
        }
        if after.name != before.name || after.cohorts != before.cohorts {
            auth::audit(&mut s, &admin, "account-changed", &id, &address)?;
        }
        let mut v = account_json(&after);
        v["disabled"] = json!(after.disabled);
        Ok(Json(v))
    })
    .await
}

/// `POST /api/accounts/{id}/password`: admin only. A new generated password,
/// answered once; the account's sessions end.
pub async fn reset_password(
    State(app): State<App>,
    ClientAddr(address): ClientAddr,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    if caller.account.role != Role::Admin {
        return Err(ApiError::forbidden("manage accounts"));
    }
    field("id", &id, 64)?;
    let exists = {
        let id = id.clone();
        blocking(&app, move |app| Ok(store(app).account(&id)?.is_some())).await?
    };
    if !exists {
        return Err(ApiError::not_found());
    }
    let (password, hash) = fresh_password(&app).await?;
    let admin = caller.account.id.clone();
    blocking(&app, move |app| {
        let mut s = store(app);
        let a = s.account(&id)?.ok_or_else(ApiError::not_found)?;
        s.put_account(
            &Account {
                password_hash: hash,
                ..a
            },
            true,
        )?;
        auth::audit(&mut s, &admin, "password-changed", &id, &address)?;
        Ok(Json(json!({"id": id, "password": password})))
    })
    .await
}

/// `GET /api/audit`: admin only; the newest 1,000 entries.
pub async fn audit(State(app): State<App>, caller: Caller) -> Result<Json<Value>, ApiError> {
    if caller.account.role != Role::Admin {
        return Err(ApiError::forbidden("read the audit log"));
    }
    blocking(&app, move |app| {
        let log = store(app).audit_log(1000)?;
        Ok(Json(json!(
            log.iter()
                .map(|e| json!({
                    "at": crate::rfc3339_ms(e.at_ms),
                    "actor": e.actor,
                    "action": e.action,
                    "target": e.target,
                    "address": e.address,
                }))
                .collect::<Vec<_>>()
        )))
    })
    .await
}

/// Any other path.
pub async fn not_found() -> ApiError {
    ApiError::not_found()
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    cohort: Option<String>,
    trainee: Option<String>,
    scenario: Option<String>,
    since: Option<String>,
    until: Option<String>,
    /// The language of titles and names (default: the browser's).
    locale: Option<String>,
}

/// `GET /api/exports/{csv,xlsx,jsonl,xapi,report}`: hr and admin; filtered like
/// `/api/results`; in the audit log.
pub async fn export(
    State(app): State<App>,
    ClientAddr(address): ClientAddr,
    headers: HeaderMap,
    caller: Caller,
    Path(format): Path<String>,
    Params(q): Params<ExportQuery>,
) -> Result<Response, ApiError> {
    if crate::exports::format(&format).is_none() {
        return Err(ApiError::not_found());
    }
    if !crate::exports::may_export(caller.account.role) {
        return Err(ApiError::forbidden("export results"));
    }
    let locale = locale_of(q.locale.as_deref(), &headers)?;
    let f = ResultsQuery {
        cohort: q.cohort,
        trainee: q.trainee,
        scenario: q.scenario,
        since: q.since,
        until: q.until,
    }
    .filter()?;
    blocking(&app, move |app| {
        let dir = app.library().dir.clone();
        let mut s = store(app);
        let (bytes, skipped) = crate::exports::write(&s, &format, &f, &dir, locale)?;
        let what = format!(
            "{format} cohort={} trainee={} scenario={} since={} until={}",
            f.cohort.as_deref().unwrap_or("*"),
            f.trainee.as_deref().unwrap_or("*"),
            f.scenario.as_deref().unwrap_or("*"),
            f.since.as_deref().unwrap_or("*"),
            f.until.as_deref().unwrap_or("*"),
        );
        auth::audit(&mut s, &caller.account.id, "export", &what, &address)?;
        Ok(crate::exports::response(&format, bytes, &skipped))
    })
    .await
}
