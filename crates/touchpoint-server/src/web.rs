//! The pages: sign-in, the course by module with the trainee's progress, play and
//! debrief (drawn by `web/app.js` from the API's answers), and the trainee's results.
//! Rendered with minijinja from `web/*.html`, which escapes every value by default;
//! the script and the style sheet are served from this binary (no inline script: the
//! Content-Security-Policy forbids it), and nothing is fetched from another host.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use fluent_bundle::FluentValue;
use minijinja::{Environment, context};
use serde::Deserialize;
use touchpoint_content::course::course_with_texts;
use touchpoint_content::locale::{SUPPORTED, Texts};
use touchpoint_content::words;
use touchpoint_engine::course::{Best, Module, PassRule};
use touchpoint_results::store::{Filter, Role};

use crate::api::{ApiError, blocking};
use crate::auth::{self, Caller};
use crate::{App, store};

/// The locale cookie's name.
const LOCALE_COOKIE: &str = "tp_locale";

/// The program's strings the pages and the script use.
const KEYS: &[&str] = &[
    "web-title",
    "web-signin-heading",
    "web-id",
    "web-password",
    "web-signin",
    "web-signing-in",
    "web-signin-failed",
    "web-signout",
    "web-course",
    "web-history",
    "web-switch-language",
    "web-start",
    "web-resume",
    "web-in-progress",
    "web-assessed",
    "web-practice",
    "web-passed",
    "web-failed",
    "web-other-encounters",
    "web-module-complete",
    "web-customer",
    "web-your-reply",
    "web-keys-hint",
    "web-time-up",
    "web-timed-out",
    "web-debrief",
    "web-score",
    "web-critical",
    "web-competencies",
    "web-feedback",
    "web-you-said",
    "web-better",
    "web-no-feedback",
    "web-back",
    "web-again",
    "web-when",
    "web-encounter",
    "web-result",
    "web-no-results",
    "web-trainees",
    "web-taboo-broken",
    "web-add-account",
    "web-new-password",
    "web-disable",
    "web-enable",
    "web-role-of",
    "web-saved",
    "web-cohorts-comma",
    "web-scored-by-server",
    "web-loading",
    "web-mood",
    "web-late",
    "web-escalated",
    "web-ended",
    "web-cohorts",
    "web-cohorts-live",
    "web-playing-now",
    "web-nobody-playing",
    "web-trainee",
    "web-replies",
    "web-started",
    "web-cohort-report",
    "web-watching",
    "web-encounter-problems",
    "web-accounts",
    "web-accounts-hint",
    "web-name",
    "web-role",
    "web-state",
    "web-audit",
    "web-who",
    "web-what",
    "web-target",
    "web-address",
    "ui-anger",
    "ui-trust",
    "ui-patience",
    "web-role-trainee",
    "web-role-instructor",
    "web-role-hr",
    "web-role-admin",
    "web-launch-failed",
    "web-launch-advice",
    "web-back-to-lms",
];

/// Strings with an argument: rendered with `@@name@@` where the value goes, which
/// the script replaces.
const KEYS_WITH_ARGS: &[(&str, &str)] = &[
    ("web-password-once", "password"),
    ("web-time-left", "seconds"),
    ("web-pass-mark", "mark"),
    ("web-error", "error"),
    ("web-replies-so-far", "count"),
];

fn templates() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in [
            ("base.html", include_str!("../web/base.html")),
            ("signin.html", include_str!("../web/signin.html")),
            ("course.html", include_str!("../web/course.html")),
            ("play.html", include_str!("../web/play.html")),
            ("history.html", include_str!("../web/history.html")),
            ("cohorts.html", include_str!("../web/cohorts.html")),
            ("admin.html", include_str!("../web/admin.html")),
            ("launch.html", include_str!("../web/launch.html")),
        ] {
            // The templates are part of the binary; the unit test renders each.
            if let Err(e) = env.add_template(name, source) {
                eprintln!("error: the page template {name} does not parse: {e}");
            }
        }
        env
    })
}

/// The page's locale: the one chosen (cookie), else the browser's, else the default.
fn page_locale(headers: &HeaderMap) -> &'static str {
    auth::cookie(headers, LOCALE_COOKIE)
        .and_then(|v| SUPPORTED.into_iter().find(|s| *s == v))
        .unwrap_or_else(|| crate::api::browser_locale(headers))
}

/// The strings of `KEYS` in `ui`'s locale, and the locale's colon.
fn texts(ui: &Texts) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> =
        KEYS.iter().map(|k| (k.to_string(), ui.ui(k))).collect();
    for (k, arg) in KEYS_WITH_ARGS {
        let mark = format!("@@{arg}@@");
        out.insert(
            k.to_string(),
            ui.ui_fmt(k, &[(arg, FluentValue::from(mark.as_str()))]),
        );
    }
    out.insert("colon".into(), ui.colon().to_string());
    out
}

fn render(
    name: &str,
    locale: &str,
    path: &str,
    me: Option<&Caller>,
    extra: minijinja::Value,
) -> Response {
    let ui = touchpoint_content::locale::ui_texts(locale);
    let t = texts(&ui);
    let other = if locale == "zh-CN" { "en-US" } else { "zh-CN" };
    let me =
        me.map(|c| context! { name => c.account.name.clone(), role => c.account.role.as_str(), launched => c.launched });
    let ctx = context! {
        locale => locale,
        other_locale => other,
        path => path,
        t => t.clone(),
        texts => t,
        me => me,
        ..extra
    };
    match templates()
        .get_template(name)
        .and_then(|tpl| tpl.render(ctx))
    {
        Ok(html) => Html(html).into_response(),
        Err(e) => ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the page {name} cannot be shown: {e}"),
        )
        .into_response(),
    }
}

/// The page of a launch from an LMS that could not open the encounter: what is
/// wrong, each problem on its own line.
pub fn launch_problem(
    status: StatusCode,
    headers: &HeaderMap,
    problems: Vec<touchpoint_results::cmi5::launch::Problem>,
) -> Response {
    let locale = page_locale(headers);
    let ui = touchpoint_content::locale::ui_texts(locale);
    let problems: Vec<String> = problems.iter().map(|p| p.in_words(&ui)).collect();
    let mut res = render(
        "launch.html",
        locale,
        "/",
        None,
        context! { problems => problems },
    );
    *res.status_mut() = status;
    res
}

/// The signed-in caller, if any (a page shows sign-in otherwise).
async fn caller(app: &App, headers: &HeaderMap) -> Option<Caller> {
    auth::resolve(app, headers).await.ok()
}

/// `GET /signin`.
pub async fn signin(State(app): State<App>, headers: HeaderMap) -> Response {
    if caller(&app, &headers).await.is_some() {
        return Redirect::to("/").into_response();
    }
    render(
        "signin.html",
        page_locale(&headers),
        "/signin",
        None,
        context! {},
    )
}

/// `GET /`: the course, by module, with the trainee's best score of each encounter,
/// the module's progress and the attempts still open.
pub async fn course(State(app): State<App>, headers: HeaderMap) -> Response {
    let Some(me) = caller(&app, &headers).await else {
        return Redirect::to("/signin").into_response();
    };
    let locale = page_locale(&headers);
    let id = me.account.id.clone();
    let data = blocking(&app, move |app| {
        let s = store(app);
        let mut best: BTreeMap<String, Best> = BTreeMap::new();
        for r in s.rows(&Filter {
            trainee: Some(id.clone()),
            ..Filter::default()
        })? {
            if r.status != "finished" {
                continue;
            }
            let b = best.entry(r.scenario_id.clone()).or_insert(Best {
                score: 0,
                passed: false,
            });
            b.score = b.score.max(r.score);
            b.passed |= r.passed;
        }
        let open = s.live_attempts_of(&id)?;
        Ok((best, open))
    })
    .await;
    let (best, open) = match data {
        Ok(d) => d,
        Err(e) => return e.into_response(),
    };
    let lib = app.library();
    let ui = touchpoint_content::locale::ui_texts(locale);
    let course = course_with_texts(&lib.dir, locale);
    let encounter = |sid: &str| {
        lib.get(sid).map(|enc| {
            let t = enc.texts(locale);
            let (archetype, difficulty) = words::kind(&enc.scenario, &ui);
            let best_text = match best.get(sid) {
                Some(b) => format!(
                    "{} {} · {}",
                    ui.ui("gui-best"),
                    b.score,
                    ui.ui(if b.passed { "web-passed" } else { "web-failed" })
                ),
                None => ui.ui("gui-not-played"),
            };
            context! {
                id => sid,
                title => t.text("title"),
                archetype => archetype,
                difficulty => difficulty,
                assessed => me.assesses(sid),
                best => best_text,
            }
        })
    };
    let mut modules = Vec::new();
    let mut listed = std::collections::BTreeSet::new();
    if let Some((c, ct)) = &course {
        for m in &c.modules {
            listed.extend(m.encounters.iter().cloned());
            modules.push(context! {
                name => ct.text(&m.id),
                goal => ct.attr(&m.id, "goal"),
                progress => words::progress_text(m, &best, &ui),
                encounters => m.encounters.iter().filter_map(|e| encounter(e)).collect::<Vec<_>>(),
            });
        }
    }
    let others: Vec<String> = lib
        .current
        .keys()
        .filter(|k| !listed.contains(*k))
        .cloned()
        .collect();
    if !others.is_empty() {
        let m = Module {
            id: "other".into(),
            encounters: others.clone(),
            pass: PassRule::default(),
        };
        modules.push(context! {
            name => ui.ui("web-other-encounters"),
            goal => None::<String>,
            progress => words::progress_text(&m, &best, &ui),
            encounters => others.iter().filter_map(|e| encounter(e)).collect::<Vec<_>>(),
        });
    }
    let open: Vec<minijinja::Value> = open
        .iter()
        .filter(|a| !a.ended)
        .map(|a| {
            let count = if a.replies.is_empty() { 0 } else { a.replies.split(',').count() };
            context! {
                id => a.attempt_id,
                title => lib.get(&a.scenario_id).map_or(a.scenario_id.clone(), |e| e.texts(locale).text("title")),
                progress => ui.ui_fmt("web-replies-so-far", &[("count", FluentValue::from(count))]),
            }
        })
        .collect();
    render(
        "course.html",
        locale,
        "/",
        Some(&me),
        context! { modules => modules, open => open },
    )
}

/// `GET /attempt/{id}`: the play page; the script loads the attempt through the API
/// (which decides who may see it).
pub async fn attempt(
    State(app): State<App>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    if !touchpoint_results::record::valid_attempt_id(&id) {
        return ApiError::new(StatusCode::NOT_FOUND, "not found").into_response();
    }
    // A session launched from an LMS for this attempt opens it too.
    let (me, live) = match auth::resolve_for(&app, &headers, &id).await {
        Ok(x) => x,
        Err(e) if e.status == StatusCode::FORBIDDEN => return e.into_response(),
        // Arriving from another site (an LMS's launch, redirected here): the browser
        // keeps a SameSite=Strict cookie out of that request, though it just stored
        // it. The page loads itself again, as this site, and the cookie comes along.
        Err(_)
            if headers
                .get("sec-fetch-site")
                .is_some_and(|v| v.as_bytes() == b"cross-site") =>
        {
            return (
                [(axum::http::header::CACHE_CONTROL, "no-store")],
                Html(format!(
                    "<!doctype html><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0\"><title>Touchpoint</title><p><a href=\"/play/{id}\">Touchpoint</a></p>"
                )),
            )
                .into_response();
        }
        Err(_) => return Redirect::to("/signin").into_response(),
    };
    let path = format!("/attempt/{id}");
    // Launched from an LMS: the page speaks the attempt's language (the learner's, as
    // the LMS keeps it), the browser's choice aside.
    let locale = match live.filter(|_| me.launched) {
        Some(l) if l.locale == "en-US" => "en-US",
        Some(_) => "zh-CN",
        None => page_locale(&headers),
    };
    render(
        "play.html",
        locale,
        &path,
        Some(&me),
        context! { attempt_id => id },
    )
}

/// `GET /history`: the caller's own results, newest first.
pub async fn history(State(app): State<App>, headers: HeaderMap) -> Response {
    let Some(me) = caller(&app, &headers).await else {
        return Redirect::to("/signin").into_response();
    };
    let own = me.account.clone();
    attempts_page(&app, &headers, me, own, "/history").await
}

/// The signed-in caller if their role watches cohorts; else to the sign-in page, or
/// a 403.
async fn watcher(app: &App, headers: &HeaderMap) -> Result<Caller, Response> {
    let Some(me) = caller(app, headers).await else {
        return Err(Redirect::to("/signin").into_response());
    };
    if me.account.role == Role::Trainee {
        return Err(
            ApiError::new(StatusCode::FORBIDDEN, "your role may not watch cohorts").into_response(),
        );
    }
    Ok(me)
}

/// `GET /cohorts/trainee/{id}`: one trainee's attempts, for an instructor of their
/// cohort (hr and admin: anyone's), each finished one on the server opening on its
/// transcript and debrief; the attempts still open too.
pub async fn trainee(
    State(app): State<App>,
    headers: HeaderMap,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    let me = match watcher(&app, &headers).await {
        Ok(me) => me,
        Err(refused) => return refused,
    };
    let viewer = me.account.clone();
    let found = blocking(&app, move |app| {
        let account = store(app).account(&id)?;
        Ok(account.filter(|a| {
            a.role == Role::Trainee
                && (viewer.role.sees_all()
                    || (viewer.role == Role::Instructor
                        && a.cohorts.iter().any(|c| viewer.cohorts.contains(c))))
        }))
    })
    .await;
    match found {
        // Someone else's trainee and no trainee at all look the same.
        Ok(None) => ApiError::not_found().into_response(),
        Ok(Some(trainee)) => attempts_page(&app, &headers, me, trainee, "/cohorts").await,
        Err(e) => e.into_response(),
    }
}

/// The attempts of `whose` as `me` sees them: their results, newest first, and the
/// attempts they have open on the server.
async fn attempts_page(
    app: &App,
    headers: &HeaderMap,
    me: Caller,
    whose: touchpoint_results::store::Account,
    here: &str,
) -> Response {
    let locale = page_locale(headers);
    let id = whose.id.clone();
    let rows = blocking(app, move |app| {
        let s = store(app);
        let rows = s.rows(&Filter {
            trainee: Some(id.clone()),
            ..Filter::default()
        })?;
        let on_server = s.live_attempts_of(&id)?;
        Ok((rows, on_server))
    })
    .await;
    let (mut rows, on_server) = match rows {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    rows.sort_by(|a, b| b.started_at.cmp(&a.started_at));
    let ui = touchpoint_content::locale::ui_texts(locale);
    let lib = app.library();
    let title = |sid: &str, fallback: &str| {
        lib.get(sid)
            .map_or(fallback.to_string(), |e| e.texts(locale).text("title"))
    };
    let when = |rfc3339: &str| {
        rfc3339
            .replace('T', " ")
            .trim_end_matches('Z')
            .chars()
            .take(16)
            .collect::<String>()
    };
    let rows: Vec<minijinja::Value> = rows
        .iter()
        .map(|r| {
            context! {
                id => r.attempt_id,
                link => on_server.iter().any(|l| l.attempt_id == r.attempt_id),
                when => when(&r.started_at),
                title => title(&r.scenario_id, &r.scenario_title),
                score => r.score,
                result => ui.ui(if r.passed { "web-passed" } else { "web-failed" }),
                critical => !r.critical.is_empty(),
            }
        })
        .collect();
    let open: Vec<minijinja::Value> = on_server
        .iter()
        .filter(|l| !l.ended)
        .map(|l| {
            context! {
                id => l.attempt_id,
                when => when(&crate::rfc3339_ms(l.started_ms)),
                title => title(&l.scenario_id, &l.scenario_id),
                replies => if l.replies.is_empty() { 0 } else { l.replies.split(',').count() },
            }
        })
        .collect();
    let mine = whose.id == me.account.id;
    let heading = if mine {
        ui.ui("web-history")
    } else {
        ui.ui_fmt(
            "web-trainee-attempts",
            &[("name", FluentValue::from(whose.name.clone()))],
        )
    };
    render(
        "history.html",
        locale,
        here,
        Some(&me),
        context! {
            rows => rows,
            open => open,
            heading => heading,
            cohorts => whose.cohorts.join(", "),
            mine => mine,
        },
    )
}

#[derive(Deserialize)]
pub struct CohortQuery {
    cohort: Option<String>,
}

/// The cohorts `me` may watch: an instructor's own; for hr and admin every cohort an
/// account belongs to.
fn watchable(s: &touchpoint_results::store::Store, me: &Caller) -> Result<Vec<String>, ApiError> {
    Ok(match me.account.role {
        Role::Trainee => Vec::new(),
        Role::Instructor => me.account.cohorts.clone(),
        Role::Hr | Role::Admin => {
            let mut all: Vec<String> = s.accounts()?.into_iter().flat_map(|a| a.cohorts).collect();
            all.sort();
            all.dedup();
            all
        }
    })
}

/// `GET /cohorts[?cohort=]`: an instructor's cohorts (hr and admin: all) as they
/// play: who is in an encounter now, and the cohort's report. Updates itself.
pub async fn cohorts(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<CohortQuery>,
) -> Response {
    let me = match watcher(&app, &headers).await {
        Ok(me) => me,
        Err(refused) => return refused,
    };
    let locale = page_locale(&headers);
    let asked = q.cohort.clone();
    let who = me.account.clone();
    let data = blocking(&app, move |app| {
        let s = store(app);
        let me = Caller {
            account: who,
            token_hash: String::new(),
            launched: false,
            assessed: Vec::new(),
        };
        let cohorts = watchable(&s, &me)?;
        let cohort = match asked {
            Some(c) if cohorts.contains(&c) => Some(c),
            Some(_) => {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    "your role may not watch this cohort",
                ));
            }
            None => cohorts.first().cloned(),
        };
        let open: Vec<_> = s
            .live_attempts_open()?
            .into_iter()
            .filter(|l| l.cohort.is_some() && l.cohort == cohort)
            .collect();
        let accounts = s.accounts()?;
        let members: Vec<(String, String)> = accounts
            .iter()
            .filter(|a| {
                a.role == Role::Trainee && cohort.as_ref().is_some_and(|c| a.cohorts.contains(c))
            })
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        let names: BTreeMap<String, String> =
            accounts.into_iter().map(|a| (a.id, a.name)).collect();
        Ok((cohorts, cohort, open, names, members))
    })
    .await;
    let (cohorts, cohort, open, names, members) = match data {
        Ok(d) => d,
        Err(e) => return e.into_response(),
    };
    let lib = app.library();
    let now = crate::now_ms();
    let playing: Vec<minijinja::Value> = open
        .iter()
        .map(|l| {
            context! {
                id => l.attempt_id,
                trainee_id => l.user_id,
                trainee => names.get(&l.user_id).cloned().unwrap_or_else(|| l.user_id.clone()),
                title => lib.get(&l.scenario_id).map_or(l.scenario_id.clone(), |e| e.texts(locale).text("title")),
                replies => if l.replies.is_empty() { 0 } else { l.replies.split(',').count() },
                started => format!("{} min", (now - l.started_ms).max(0) / 60_000),
            }
        })
        .collect();
    render(
        "cohorts.html",
        locale,
        "/cohorts",
        Some(&me),
        context! {
            cohorts => cohorts,
            cohort => cohort,
            playing => playing,
            members => members
                .iter()
                .map(|(id, name)| context! { id => id, name => name })
                .collect::<Vec<_>>(),
            problems => lib.problems.clone(),
        },
    )
}

/// `GET /cohorts/report?cohort=`: the HTML report of one cohort (as `results
/// report` writes it), framed by the cohorts page. Its policy allows its own style
/// sheet (by hash) and style attributes, and no script at all.
pub async fn cohort_report(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<CohortQuery>,
) -> Response {
    let Some(me) = caller(&app, &headers).await else {
        return ApiError::new(StatusCode::UNAUTHORIZED, "sign in first").into_response();
    };
    let Some(cohort) = q.cohort else {
        return ApiError::new(StatusCode::BAD_REQUEST, "which cohort? (?cohort=)").into_response();
    };
    let locale = page_locale(&headers);
    let html = blocking(&app, move |app| {
        let s = store(app);
        if !watchable(&s, &me)?.contains(&cohort) {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "your role may not watch this cohort",
            ));
        }
        let f = Filter {
            cohort: Some(cohort),
            ..Filter::default()
        };
        let dir = app.library().dir.clone();
        crate::exports::write(&s, "report", &f, &dir, locale).map(|(bytes, _)| bytes)
    })
    .await;
    let html = match html {
        Ok(h) => h,
        Err(e) => return e.into_response(),
    };
    let style = String::from_utf8_lossy(&html)
        .split_once("<style>")
        .and_then(|(_, r)| r.split_once("</style>"))
        .map(|(css, _)| css.to_string())
        .unwrap_or_default();
    let hash = {
        use base64::Engine;
        use sha2::{Digest, Sha256};
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()))
    };
    let mut res = (StatusCode::OK, html).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!(
        "default-src 'none'; style-src 'sha256-{hash}'; style-src-attr 'unsafe-inline'; \
         img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    )) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    res
}

/// `GET /admin`: the accounts and the newest 500 lines of the audit log (admin only).
pub async fn admin(State(app): State<App>, headers: HeaderMap) -> Response {
    let Some(me) = caller(&app, &headers).await else {
        return Redirect::to("/signin").into_response();
    };
    if me.account.role != Role::Admin {
        return ApiError::new(StatusCode::FORBIDDEN, "your role may not manage accounts")
            .into_response();
    }
    let locale = page_locale(&headers);
    let data = blocking(&app, move |app| {
        let s = store(app);
        Ok((s.accounts()?, s.audit_log(500)?))
    })
    .await;
    let (accounts, audit) = match data {
        Ok(d) => d,
        Err(e) => return e.into_response(),
    };
    let ui = touchpoint_content::locale::ui_texts(locale);
    let accounts: Vec<minijinja::Value> = accounts
        .iter()
        .map(|a| {
            context! {
                id => a.id,
                name => a.name,
                role => a.role.as_str(),
                cohorts => a.cohorts.join(", "),
                disabled => a.disabled,
                me => a.id == me.account.id,
                state => ui.ui(if a.disabled { "web-disabled" } else { "web-active" }),
            }
        })
        .collect();
    let audit: Vec<minijinja::Value> = audit
        .iter()
        .map(|e| {
            let at = crate::rfc3339_ms(e.at_ms);
            context! {
                at => at.replace('T', " ").trim_end_matches('Z').chars().take(19).collect::<String>(),
                actor => e.actor,
                // What happened in the page's language; the id stays for a search.
                action => ui.ui_opt(&format!("audit-{}", e.action)).unwrap_or_else(|| e.action.clone()),
                action_id => e.action,
                target => e.target,
                address => e.address,
            }
        })
        .collect();
    render(
        "admin.html",
        locale,
        "/admin",
        Some(&me),
        context! {
            accounts => accounts,
            audit => audit,
            roles => Role::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        },
    )
}

#[derive(Deserialize)]
pub struct LangQuery {
    to: String,
    back: Option<String>,
}

/// `GET /lang?to=en-US&back=/history`: remembers the language, then goes back (to a
/// path on this server only).
pub async fn lang(Query(q): Query<LangQuery>) -> Response {
    let Some(locale) = SUPPORTED.into_iter().find(|s| *s == q.to) else {
        return ApiError::new(StatusCode::BAD_REQUEST, "expected zh-CN or en-US").into_response();
    };
    let back = q
        .back
        .filter(|b| b.starts_with('/') && !b.starts_with("//") && !b.contains(['\\', '\r', '\n']))
        .unwrap_or_else(|| "/".into());
    let mut res = Redirect::to(&back).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{LOCALE_COOKIE}={locale}; Path=/; SameSite=Lax; Max-Age=31536000"
    )) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

/// `GET /static/app.js` and `/static/app.css`.
pub async fn script() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        include_str!("../web/app.js"),
    )
}

pub async fn style() -> Response {
    asset("text/css; charset=utf-8", include_str!("../web/app.css"))
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_renders_and_escapes_what_it_is_given() {
        for locale in SUPPORTED {
            let ui = touchpoint_content::locale::ui_texts(locale);
            let t = texts(&ui);
            for k in KEYS.iter().chain(KEYS_WITH_ARGS.iter().map(|(k, _)| k)) {
                assert!(
                    !t[*k].is_empty() && t[*k] != *k,
                    "{locale}: {k} has no text"
                );
            }
            let hostile = "<script>alert(1)</script>";
            for (name, extra) in [
                ("signin.html", context! {}),
                (
                    "admin.html",
                    context! { accounts => vec![context! { id => "x", name => hostile, role => "trainee", cohorts => hostile, state => "active" }], audit => vec![context! { at => "t", actor => hostile, action => "signin", target => hostile, address => "cli" }] },
                ),
                (
                    "cohorts.html",
                    context! { cohorts => vec![hostile], cohort => hostile, playing => vec![context! { id => "x", trainee => hostile, title => hostile, replies => 1, started => "0 min" }], problems => vec![hostile] },
                ),
                ("play.html", context! { attempt_id => hostile }),
                (
                    "history.html",
                    context! { rows => vec![context! { id => "x", link => true, when => "2026-12-01", title => hostile, score => 3, result => "x" }] },
                ),
                (
                    "course.html",
                    context! { modules => vec![context! { name => hostile, goal => hostile, progress => "p", encounters => vec![context! { id => hostile, title => hostile, archetype => "a", difficulty => "d", assessed => true, best => "b" }] }], open => Vec::<minijinja::Value>::new() },
                ),
            ] {
                let ctx = context! { locale => locale, other_locale => "en-US", path => "/", t => t.clone(), texts => t.clone(), me => context! { name => hostile, role => "trainee" }, ..extra };
                let html = templates().get_template(name).unwrap().render(ctx).unwrap();
                assert!(!html.contains(hostile), "{name} does not escape");
                assert!(
                    html.contains("&lt;script&gt;") || name == "signin.html",
                    "{name}"
                );
                assert!(
                    html.contains(r#"<script src="/static/app.js" defer></script>"#),
                    "{name}"
                );
                // No script in the page but the file (the policy forbids inline script).
                assert_eq!(html.matches("<script").count(), 2, "{name}");
            }
        }
    }
}
