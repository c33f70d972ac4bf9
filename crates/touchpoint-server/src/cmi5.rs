//! Launches from an LMS (cmi5, issue 17): `GET /cmi5/launch?scenario=…` with the
//! launch parameters the LMS appends (§8.1), and the session's statements to the
//! LMS's LRS.
//!
//! A launch: the parameters are checked (each problem named on the page, never a
//! 500); the session's token is fetched once from the LMS's `fetch` URL (§8.2),
//! `LMS.LaunchData` read from its State API (§10) and the learner's language from
//! `cmi5LearnerPreferences` (§11; else the browser's); the learner (the launch's actor,
//! an LMS account) is a trainee of the server, made at the first launch; an attempt
//! starts as every attempt on the server does (the server draws the seed, times
//! and scores it); the browser gets a session for that attempt only and is sent to
//! the player (`303 See Other`). `initialized` is queued with the session, in the
//! same transaction; the rest (see `results::cmi5::launch`) when the attempt ends.
//! `Review` opens the registration's last finished attempt, read only.
//!
//! Statements wait in the store (`cmi5_outbox`), in order, until the LMS's LRS has
//! them: sent at once, and again every half minute while an LRS is down, by
//! whichever server process gets to them (their ids are fixed, so a statement sent
//! twice is stored once).

use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use touchpoint_results::cmi5::launch::{self, Launch, LaunchMode, Problem};
use touchpoint_results::lrs::{self, Lrs};
use touchpoint_results::store::{Account, Cmi5Session, Role};
use touchpoint_results::xapi::XapiOptions;

use crate::api::{ApiError, blocking};
use crate::{App, now_ms, store};

/// How long a request to the LMS may take.
const LMS_TIMEOUT: Duration = Duration::from_secs(20);

/// How long a session's statements are tried: its token was for the session only,
/// so an LMS that still refuses or cannot be reached after this will not take them.
const LMS_GIVE_UP: Duration = Duration::from_secs(3 * 24 * 3600);

/// What the launch page says when it cannot open the encounter.
fn refused(status: StatusCode, headers: &HeaderMap, problems: Vec<Problem>) -> Response {
    crate::web::launch_problem(status, headers, problems)
}

/// `GET /cmi5/launch`.
pub async fn launch(
    State(app): State<App>,
    headers: HeaderMap,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let scenario = pairs
        .iter()
        .find(|(k, _)| k == "scenario")
        .map(|(_, v)| v.clone());
    let params = launch::launch_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let (params, scenario) = match (params, scenario) {
        (Ok(p), Some(s)) => (p, s),
        (Ok(_), None) => {
            return refused(StatusCode::BAD_REQUEST, &headers, vec![Problem::NoScenario]);
        }
        (Err(mut problems), s) => {
            if s.is_none() {
                problems.insert(0, Problem::NoScenario);
            }
            return refused(StatusCode::BAD_REQUEST, &headers, problems);
        }
    };
    // Only the LMSs the administrator named: the server posts to `fetch` and reads
    // from `endpoint`, and a launch URL is anyone's to make.
    let unknown: Vec<Problem> = [("fetch", &params.fetch), ("endpoint", &params.endpoint)]
        .into_iter()
        .filter(|(_, url)| !from_allowed_lms(&app.config.lms_origins, url))
        .map(|(name, url)| Problem::NotAllowed {
            name,
            origin: origin_of(url),
        })
        .collect();
    if !unknown.is_empty() {
        return refused(StatusCode::FORBIDDEN, &headers, unknown);
    }
    let Some(enc) = app.library().get(&scenario) else {
        return refused(
            StatusCode::NOT_FOUND,
            &headers,
            vec![Problem::NoEncounter(scenario.clone())],
        );
    };
    let locale = crate::api::browser_locale(&headers).to_string();
    // The LMS: the token (once), then the launch data.
    let fetched = {
        let p = params.clone();
        tokio::task::spawn_blocking(move || {
            let token = lrs::fetch_token(&p.fetch, LMS_TIMEOUT)?;
            let lrs = Lrs::for_session(&p.endpoint, &token).map_err(|e| e.0)?;
            let text = lrs::state_document(
                &lrs,
                launch::LAUNCH_DATA,
                &p.activity_id,
                &p.actor,
                &p.registration,
            )?
            .ok_or_else(|| {
                format!(
                    "the LMS has no {} for this launch (cmi5 §10)",
                    launch::LAUNCH_DATA
                )
            })?;
            let data = launch::launch_data(&text)?;
            // The learner's language as the LMS keeps it (§11); else the browser's.
            let preferred = lrs::agent_profile(&lrs, launch::LEARNER_PREFERENCES, &p.actor)
                .ok()
                .flatten()
                .and_then(|d| launch::preferred_locale(&d));
            Ok::<_, String>((token, data, text, preferred))
        })
        .await
    };
    let (token, data, data_text, preferred) = match fetched {
        Ok(Ok(x)) => x,
        Ok(Err(e)) => return refused(StatusCode::BAD_GATEWAY, &headers, vec![Problem::Lms(e)]),
        Err(_) => {
            return refused(
                StatusCode::SERVICE_UNAVAILABLE,
                &headers,
                vec![Problem::Server("the launch failed".into())],
            );
        }
    };
    let locale = preferred.map_or(locale, str::to_string);
    let l = Launch { params, data };
    let Some(session_id) = l.session_id().map(str::to_string) else {
        return refused(
            StatusCode::BAD_GATEWAY,
            &headers,
            vec![Problem::Lms(format!(
                "its {} has no session id in its context template (cmi5 §9.6.3.1)",
                launch::LAUNCH_DATA
            ))],
        );
    };
    match opened(&app, &l, &enc, &locale, token, &session_id, data_text).await {
        Ok((attempt_id, cookie)) => {
            tokio::spawn(send_session(app.clone(), session_id));
            let mut res = (
                StatusCode::SEE_OTHER,
                [(header::LOCATION, format!("/play/{attempt_id}"))],
            )
                .into_response();
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                res.headers_mut().insert(header::SET_COOKIE, v);
            }
            res
        }
        Err(e) => refused(e.status, &headers, vec![Problem::Server(e.message())]),
    }
}

/// Whether `url` is under one of `origins` (`https://lms.example.com` takes
/// `https://lms.example.com/…`, not `https://lms.example.com.evil/…`).
fn from_allowed_lms(origins: &[String], url: &str) -> bool {
    origins.iter().any(|o| {
        let o = o.trim_end_matches('/');
        url.len() > o.len()
            && url[..o.len()].eq_ignore_ascii_case(o)
            && matches!(url.as_bytes()[o.len()], b'/' | b'?')
    })
}

/// The scheme and host of a URL, for a message.
fn origin_of(url: &str) -> String {
    let end = url
        .find("://")
        .map(|i| i + 3)
        .and_then(|i| url[i..].find(['/', '?', '#']).map(|j| i + j))
        .unwrap_or(url.len());
    url[..end].chars().take(200).collect()
}

/// The learner's account, the attempt (started, or the one to review), the session
/// and its first statements stored, the browser session: the attempt id and the
/// cookie.
async fn opened(
    app: &App,
    l: &Launch,
    enc: &std::sync::Arc<touchpoint_content::encounter::Encounter>,
    locale: &str,
    token: String,
    session_id: &str,
    data_text: String,
) -> Result<(String, String), ApiError> {
    let actor = l.params.actor.clone();
    let account = blocking(app, move |app| {
        let mut s = store(app);
        let id = launch::trainee_id(&actor);
        if let Some(a) = s.account(&id)? {
            return Ok(a);
        }
        let a = Account {
            id: id.clone(),
            name: launch::trainee_name(&actor),
            role: Role::Trainee,
            // The cohort the administrator gave LMS learners, if any.
            cohorts: app.config.lms_cohort.iter().cloned().collect(),
            // Not an argon2 hash: no password opens it; the LMS signs the learner in.
            password_hash: "!lms".into(),
            disabled: false,
            created_ms: now_ms(),
        };
        s.put_account(&a, false)?;
        let source = actor["account"]["homePage"]
            .as_str()
            .unwrap_or("")
            .to_string();
        crate::auth::audit(&mut s, &id, "lms-account", &source, "cmi5")?;
        Ok(s.account(&id)?.unwrap_or(a))
    })
    .await?;
    if account.disabled {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "your account on the course server is disabled",
        ));
    }
    let now = now_ms();
    let attempt_id = if l.data.launch_mode == LaunchMode::Review {
        let (reg, act) = (l.params.registration.clone(), l.params.activity_id.clone());
        blocking(app, move |app| {
            store(app).last_cmi5_attempt(&reg, &act)?.ok_or_else(|| {
                ApiError::new(
                    StatusCode::NOT_FOUND,
                    "there is no finished attempt of this registration to review yet",
                )
            })
        })
        .await?
    } else {
        let assessed = l.data.launch_mode == LaunchMode::Normal;
        let (view, write) = crate::play::start(&account, enc, locale, assessed)?;
        app.commits.run(write).await?;
        view.view.attempt_id
    };
    let mut first = vec![launch::initialized(l, now)];
    if l.data.launch_mode == LaunchMode::Review {
        // Nothing is played: the session ends as it opens.
        first.push(launch::review_closing(l, now));
    }
    let session = Cmi5Session {
        session_id: session_id.to_string(),
        attempt_id: attempt_id.clone(),
        registration: l.params.registration.clone(),
        activity_id: l.params.activity_id.clone(),
        scenario_id: enc.scenario.id.clone(),
        endpoint: l.params.endpoint.clone(),
        auth_token: token,
        actor: l.params.actor.to_string(),
        launch_data: data_text,
        created_ms: now,
        closed: l.data.launch_mode == LaunchMode::Review,
    };
    let browser = crate::auth::hex(&crate::accounts::random_bytes::<32>()?);
    let (user, a) = (account.id.clone(), attempt_id.clone());
    let hash = crate::auth::token_hash(&browser);
    blocking(app, move |app| {
        let mut s = store(app);
        if !s.add_cmi5_session(&session, &first)? {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "this launch was opened already; open it again from your LMS",
            ));
        }
        s.add_web_session_for(&hash, &user, now, &a)?;
        Ok(())
    })
    .await?;
    Ok((attempt_id, crate::auth::session_cookie(app, &browser)))
}

/// After the reply that ended `attempt_id`: if it was launched from an LMS, its
/// closing statements are queued and sent.
pub async fn ended(app: App, attempt_id: String) {
    let closed = blocking(&app, move |app| {
        let mut s = store(app);
        let Some(session) = s.cmi5_session_of(&attempt_id)? else {
            return Ok(None);
        };
        close(&mut s, &session)?;
        Ok(Some(session.session_id))
    })
    .await;
    if let Ok(Some(id)) = closed {
        send_session(app, id).await;
    }
}

/// Queues a session's closing statements (once; see `Store::close_cmi5_session`).
fn close(s: &mut touchpoint_results::store::Store, session: &Cmi5Session) -> Result<(), ApiError> {
    let Some(rec) = s.get(&session.attempt_id)? else {
        return Ok(());
    };
    let l = Launch {
        params: launch::LaunchParams {
            endpoint: session.endpoint.clone(),
            fetch: String::new(),
            actor: serde_json::from_str(&session.actor).unwrap_or(Value::Null),
            registration: session.registration.clone(),
            activity_id: session.activity_id.clone(),
        },
        data: launch::launch_data(&session.launch_data)
            .map_err(|e| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e))?,
    };
    let opts = XapiOptions::default();
    s.close_cmi5_session(session, &|told| {
        launch::closing(&rec, &opts, &l, told).map_err(|e| e.0)
    })?;
    Ok(())
}

/// Sends what a session has queued, in order, as far as its LRS takes it now.
async fn send_session(app: App, session_id: String) {
    let _ = blocking(&app, move |app| {
        let sessions = store(app).cmi5_sessions_unsent()?;
        for s in sessions.iter().filter(|s| s.session_id == session_id) {
            deliver(app, s)?;
        }
        Ok(())
    })
    .await;
}

/// One session's queued statements to its LRS.
fn deliver(app: &App, s: &Cmi5Session) -> Result<(), ApiError> {
    let queued = store(app).cmi5_unsent(&s.session_id)?;
    if queued.is_empty() {
        return Ok(());
    }
    let Ok(lrs) = Lrs::for_session(&s.endpoint, &s.auth_token) else {
        return Ok(());
    };
    let statements: Vec<Value> = queued.iter().map(|(_, st)| st.clone()).collect();
    let d = lrs::deliver(&lrs.with_timeout(LMS_TIMEOUT), &statements);
    for (k, why) in &d.refused {
        eprintln!(
            "warning: the LMS refused statement {k} of cmi5 session {}: {why}",
            s.session_id
        );
    }
    if d.done > 0 {
        store(app).mark_cmi5_sent(&s.session_id, queued[d.done - 1].0)?;
    }
    Ok(())
}

/// Runs for as long as the server does: every `lms_retry` (30 s), closes the sessions whose
/// attempt ended without their statements queued (a process stopped in between) and
/// sends what waits for an LRS that was down.
pub async fn keep_sending(app: App) {
    loop {
        tokio::time::sleep(app.config.lms_retry).await;
        let _ = blocking(&app, |app| {
            let to_close = store(app).cmi5_sessions_to_close()?;
            for session in &to_close {
                close(&mut store(app), session)?;
            }
            for s in store(app).cmi5_sessions_unsent()? {
                if now_ms().saturating_sub(s.created_ms) > LMS_GIVE_UP.as_millis() as i64 {
                    let n = store(app).give_up_cmi5(&s.session_id)?;
                    eprintln!(
                        "warning: gave up sending {n} statement(s) of cmi5 session {} to {} after {} days; they stay in the store (cmi5_outbox, sent = 2)",
                        s.session_id,
                        s.endpoint,
                        LMS_GIVE_UP.as_secs() / 86_400
                    );
                    continue;
                }
                deliver(app, &s)?;
            }
            Ok(())
        })
        .await;
    }
}
