//! Who is asking: sign-in (throttled per typed id and per address, the same for an
//! id with no account), session tokens (128+ random bits; only their SHA-256 is
//! stored) in an `HttpOnly`, `SameSite=Strict` cookie with an idle and an absolute
//! expiry, the cross-site check on every state-changing request, and the security
//! headers of every response.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use touchpoint_results::store::{Account, AuditEntry, LiveAttempt, Store, Throttle};

use crate::accounts::{random_bytes, verify_password};
use crate::api::{ApiError, blocking};
use crate::{App, now_ms, store};

/// The session cookie's name.
pub const COOKIE: &str = "tp_session";

/// Failed sign-ins under one typed id before it is locked, and for how long at first
/// (doubling with each further failure, up to `ID_LOCK_MAX_MS`).
const ID_FAILURES: u32 = 5;
const ID_LOCK_MS: i64 = 30_000;
const ID_LOCK_MAX_MS: i64 = 15 * 60_000;
/// An id's failures are forgotten after this long without one.
const ID_WINDOW_MS: i64 = 15 * 60_000;
/// Failed sign-ins from one address within `IP_WINDOW_MS` before it is locked until
/// the window ends.
const IP_FAILURES: u32 = 50;
const IP_WINDOW_MS: i64 = 10 * 60_000;

/// The answer to a wrong id or a wrong password: the same words for both.
pub const WRONG: &str = "wrong account id or password";

/// The signed-in account behind a request.
pub struct Caller {
    pub account: Account,
    pub token_hash: String,
    /// A session an LMS launch opened, for one attempt only.
    pub launched: bool,
    /// The encounters assessed for the account's cohorts, sorted: read with the
    /// session (in the same query), empty when the request named an attempt.
    pub assessed: Vec<String>,
}

impl Caller {
    /// Whether `scenario_id` is assessed for the caller's cohorts.
    pub fn assesses(&self, scenario_id: &str) -> bool {
        self.assessed
            .binary_search_by(|s| s.as_str().cmp(scenario_id))
            .is_ok()
    }
}

/// The answer to a session launched from an LMS asking for anything but its attempt.
fn launched_only() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "this session was opened by your LMS for one encounter only; sign in here for the rest",
    )
}

pub(crate) fn token_hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

/// The value of cookie `name` in the request's `Cookie` headers.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl FromRequestParts<App> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, ApiError> {
        resolve(app, &parts.headers).await
    }
}

/// A request's session token (hashed), not yet checked against the store: for the
/// routes that check it in the same store visit as their own work.
pub struct SessionToken(pub String);

impl FromRequestParts<App> for SessionToken {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &App) -> Result<Self, ApiError> {
        session_token(&parts.headers).map(SessionToken)
    }
}

/// The SHA-256 of the request's session cookie; 401 without one.
fn session_token(headers: &HeaderMap) -> Result<String, ApiError> {
    cookie(headers, COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(token_hash)
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "sign in first"))
}

/// The signed-in account behind a request's session cookie: 401 without one, or when
/// its session has ended (signed out, idle or too old, the account disabled).
pub async fn resolve(app: &App, headers: &HeaderMap) -> Result<Caller, ApiError> {
    let hash = session_token(headers)?;
    resolve_with(app, hash, None)
        .await
        .map(|(caller, _)| caller)
}

/// [`resolve`] for a request about the attempt `attempt_id`: a session launched from
/// an LMS for that attempt is let through too.
pub async fn resolve_for(
    app: &App,
    headers: &HeaderMap,
    attempt_id: &str,
) -> Result<(Caller, Option<LiveAttempt>), ApiError> {
    let hash = session_token(headers)?;
    resolve_with(app, hash, Some(attempt_id.to_string())).await
}

/// [`resolve`] of a session token's hash, reading the attempt `attempt_id`
/// (whoever's it is) in the same query: a reply needs both, and it is the busiest
/// request. The read is one of a group (see `commit::Reads`).
pub async fn resolve_with(
    app: &App,
    hash: String,
    attempt_id: Option<String>,
) -> Result<(Caller, Option<LiveAttempt>), ApiError> {
    let expired = || {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "your session has ended; sign in again",
        )
    };
    let Some(read) = app.reads.run((hash.clone(), attempt_id.clone())).await? else {
        return Err(expired());
    };
    // A session from an LMS reaches its own attempt and nothing else.
    if let Some(only) = &read.only_attempt
        && attempt_id.as_deref() != Some(only.as_str())
    {
        return Err(launched_only());
    }
    let ws = read.session;
    let now = now_ms();
    let idle = app.config.idle.as_millis() as i64;
    let absolute = app.config.absolute.as_millis() as i64;
    let account = read.account.filter(|a| !a.disabled);
    let Some(account) = account.filter(|_| {
        now.saturating_sub(ws.seen_ms) <= idle && now.saturating_sub(ws.created_ms) <= absolute
    }) else {
        blocking(app, move |app| Ok(store(app).end_web_session(&hash)?)).await?;
        return Err(expired());
    };
    // Written at most once a minute: reads stay reads.
    let hash = if now.saturating_sub(ws.seen_ms) > 60_000 {
        blocking(app, move |app| {
            store(app).touch_web_session(&hash, now)?;
            Ok(hash)
        })
        .await?
    } else {
        hash
    };
    Ok((
        Caller {
            account,
            token_hash: hash,
            launched: read.only_attempt.is_some(),
            assessed: read.assessed,
        },
        read.attempt,
    ))
}

/// Signs `id` in with `password` from `address`. On success: the account and a new
/// session token (to set as the cookie). An unknown id, a disabled account and a
/// wrong password get the same answer after the same work (one argon2 check).
pub async fn sign_in(
    app: &App,
    id: String,
    password: String,
    address: String,
) -> Result<(Account, String), ApiError> {
    // The throttle keys: what was typed (lowercased, so that case does not multiply
    // the tries), and the address.
    let id_key = format!(
        "id:{}",
        id.to_lowercase().chars().take(128).collect::<String>()
    );
    let ip_key = format!("ip:{address}");
    // At most one password check per core at a time: each takes 19 MiB, and a burst
    // of sign-ins (a class starting, or an attacker) must not take the machine's
    // memory. The lock is checked once a sign-in's turn comes, so that of many
    // guesses sent at once those after the lock are refused unchecked.
    let Ok(_permit) = app.hashing.acquire().await else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is stopping",
        ));
    };
    let account = {
        let (id_key, ip_key, id) = (id_key.clone(), ip_key.clone(), id.clone());
        blocking(app, move |app| {
            let s = store(app);
            let now = now_ms();
            let t = [s.throttle(&id_key)?, s.throttle(&ip_key)?];
            let until = t.iter().map(|t| t.locked_until_ms).max().unwrap_or(0);
            if until > now {
                let secs = ((until - now) + 999) / 1000;
                return Err(ApiError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    format!("too many failed sign-ins; try again in {secs} s"),
                )
                .retry_after(secs as u64));
            }
            let account = if touchpoint_results::record::valid_trainee_id(&id) {
                s.account(&id)?
            } else {
                None
            };
            Ok(account)
        })
        .await?
    };
    // The slow part, outside the store's lock.
    let hash = account
        .as_ref()
        .filter(|a| !a.disabled)
        .map_or(app.dummy_hash.clone(), |a| a.password_hash.clone());
    let checked = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .unwrap_or(false);
    let ok = checked && account.as_ref().is_some_and(|a| !a.disabled);
    blocking(app, move |app| {
        let mut s = store(app);
        let now = now_ms();
        let shown_id: String = id.chars().filter(|c| !c.is_control()).take(64).collect();
        if let (true, Some(account)) = (ok, account) {
            let token = hex(&random_bytes::<32>()?);
            s.set_throttles(&[(&id_key, Throttle::default())])?;
            s.add_web_session(&token_hash(&token), &account.id, now)?;
            audit(&mut s, &account.id, "signin", "", &address)?;
            return Ok((account, token));
        }
        // Counted on the stored counts (not those read before the password check:
        // sign-ins failing at the same moment must each count).
        s.count_failures(&[&id_key, &ip_key], &|key, t| {
            if key == id_key {
                failed_by_id(t, now)
            } else {
                failed_by_address(t, now)
            }
        })?;
        audit(&mut s, &shown_id, "signin-failed", "", &address)?;
        Err(ApiError::new(StatusCode::UNAUTHORIZED, WRONG))
    })
    .await
}

/// A typed id's count after one more failed sign-in at `now`: after
/// `ID_FAILURES` in its window, locked for a time that doubles with each further one.
fn failed_by_id(mut t: Throttle, now: i64) -> Throttle {
    if now - t.window_ms > ID_WINDOW_MS {
        t = Throttle {
            window_ms: now,
            ..Throttle::default()
        };
    }
    t.failed += 1;
    if t.failed >= ID_FAILURES {
        let doublings = (t.failed - ID_FAILURES).min(10);
        t.locked_until_ms = now + (ID_LOCK_MS << doublings).min(ID_LOCK_MAX_MS);
    }
    t
}

/// An address's count after one more failed sign-in at `now`: after `IP_FAILURES`
/// in its window, locked to the window's end.
fn failed_by_address(mut t: Throttle, now: i64) -> Throttle {
    if now - t.window_ms > IP_WINDOW_MS {
        t = Throttle {
            window_ms: now,
            ..Throttle::default()
        };
    }
    t.failed += 1;
    if t.failed >= IP_FAILURES {
        t.locked_until_ms = t.window_ms + IP_WINDOW_MS;
    }
    t
}

/// Ends a session.
pub async fn sign_out(app: &App, caller: Caller, address: String) -> Result<(), ApiError> {
    blocking(app, move |app| {
        let mut s = store(app);
        s.end_web_session(&caller.token_hash)?;
        audit(&mut s, &caller.account.id, "signout", "", &address)?;
        Ok(())
    })
    .await
}

/// Appends to the audit log.
pub fn audit(
    s: &mut Store,
    actor: &str,
    action: &str,
    target: &str,
    address: &str,
) -> Result<(), ApiError> {
    let entry = crate::accounts::audit_entry_id()?;
    s.audit(
        &AuditEntry {
            at_ms: now_ms(),
            actor: actor.to_string(),
            action: action.to_string(),
            target: target.to_string(),
            address: address.to_string(),
        },
        &entry,
    )?;
    Ok(())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The `Set-Cookie` value that starts a session.
pub fn session_cookie(app: &App, token: &str) -> String {
    format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}",
        app.config.absolute.as_secs(),
        if app.config.secure_cookies {
            "; Secure"
        } else {
            ""
        }
    )
}

/// The `Set-Cookie` value that removes it.
pub fn cleared_cookie(app: &App) -> String {
    format!(
        "{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}",
        if app.config.secure_cookies {
            "; Secure"
        } else {
            ""
        }
    )
}

/// Every request: a state-changing one whose `Origin` is not this server's is
/// refused (403) before it reaches a route; every response gets the security headers.
pub async fn guard(State(app): State<App>, req: Request, next: Next) -> Response {
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let foreign = changes
        && req.headers().get(header::ORIGIN).is_some_and(|origin| {
            let host = req
                .headers()
                .get(header::HOST)
                .and_then(|h| h.to_str().ok());
            !origin
                .to_str()
                .ok()
                .zip(host)
                .is_some_and(|(o, h)| same_origin(o, h))
        });
    let mut res = if foreign {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "refused: the request comes from another site",
        )
        .into_response()
    } else {
        next.run(req).await
    };
    security_headers(res.headers_mut(), &app);
    res
}

fn same_origin(origin: &str, host: &str) -> bool {
    origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        .is_some_and(|o| o.eq_ignore_ascii_case(host))
}

fn security_headers(h: &mut HeaderMap, app: &App) {
    let frame = app.config.frame_ancestors.as_deref().unwrap_or("'none'");
    let csp = format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; \
         frame-ancestors {frame}"
    );
    // A route may set a stricter policy of its own (the framed cohort report).
    let own = h.contains_key(header::CONTENT_SECURITY_POLICY);
    if !own && let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if app.config.frame_ancestors.is_none() {
        h.insert(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static(if own { "SAMEORIGIN" } else { "DENY" }),
        );
    }
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_match_the_host_by_scheme_and_port() {
        assert!(same_origin("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assert!(same_origin(
            "https://course.example.com",
            "course.example.com"
        ));
        assert!(!same_origin("http://evil.example", "course.example.com"));
        assert!(!same_origin("http://127.0.0.1:8081", "127.0.0.1:8080"));
        assert!(!same_origin("null", "127.0.0.1:8080"));
    }

    #[test]
    fn the_session_cookie_is_read_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; tp_session=abc; b=2"),
        );
        assert_eq!(cookie(&h, COOKIE), Some("abc"));
        assert_eq!(cookie(&h, "c"), None);
    }
}
