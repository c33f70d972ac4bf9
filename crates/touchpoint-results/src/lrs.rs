//! Posting xAPI statements to a Learning Record Store, with a queue on disk so that
//! nothing is lost when the LRS cannot be reached.
//!
//! What is sent: `POST {url}/statements` with a JSON array of up to
//! [`DEFAULT_BATCH`] statements, `X-Experience-API-Version: 1.0.3`,
//! `Content-Type: application/json` and HTTP Basic authentication from
//! `TOUCHPOINT_LRS_USER` / `TOUCHPOINT_LRS_PASSWORD` ([`Credentials::from_env`]).
//!
//! How nothing is lost and nothing is sent twice:
//!
//! - [`post`] first writes every batch into the queue folder (each a JSON file
//!   written atomically: temporary file, fsync, rename), then [`flush`]es the
//!   queue. So a crash or a kill at any moment leaves each batch either delivered or
//!   on disk.
//! - [`flush`] sends the queued batches oldest first, one at a time, and deletes a
//!   file only after the LRS answered 2xx, or 409 Conflict (the LRS already has
//!   statements with those ids: xAPI 1.0.3 says it must not change them, and our
//!   ids are deterministic, so it already has these). A batch delivered but not yet
//!   deleted when the process dies is sent again next time and the LRS, keyed on
//!   the same ids, does not store it twice.
//! - When the LRS cannot be reached, times out, or answers 5xx, 408 or 429, the
//!   flush stops at that batch and leaves it and every later batch queued, in order,
//!   for the next [`post`] or [`flush`].
//! - 401/403 (credentials), 404/405 (not an xAPI endpoint) and 3xx (no redirects
//!   are followed, so credentials never go to another address) say the setup is
//!   wrong, not the batch: it stops the same way and the message says what to fix.
//! - Any other 4xx (400 Bad Request, 413, …) means the LRS refused this batch's
//!   content: the batch moves to `rejected/` in the queue folder, is reported with
//!   the LRS's message, and the next batch is sent. Rejected batches are kept for a
//!   person to look at; they are never retried by themselves.
//! - One flush at a time per queue folder: an exclusive lock on `.lock` in it (the
//!   operating system releases it if the process dies).
//!
//! Credentials are only ever put in the `Authorization` header: they are not in the
//! queue files, and every message this module returns has the URL passed through
//! [`redact`] and the password and header value scrubbed out.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use serde_json::Value;

use super::store::redact;
use crate::record::write_atomic;

/// Statements per request. LRSs commonly accept a few hundred per POST; 100 keeps a
/// request well under the usual body-size limits.
pub const DEFAULT_BATCH: usize = 100;
pub const USER_VAR: &str = "TOUCHPOINT_LRS_USER";
pub const PASSWORD_VAR: &str = "TOUCHPOINT_LRS_PASSWORD";
/// Overrides [`default_queue_dir`].
pub const QUEUE_VAR: &str = "TOUCHPOINT_LRS_QUEUE";

/// HTTP Basic credentials. `Debug` never shows the password.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &"***")
            .finish()
    }
}

impl Credentials {
    /// `TOUCHPOINT_LRS_USER` and `TOUCHPOINT_LRS_PASSWORD` through `get` (the caller
    /// passes `|k| std::env::var(k).ok()`); `None` when the user is unset or empty
    /// (then no `Authorization` header is sent). A missing password is empty.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<Credentials> {
        let user = get(USER_VAR).filter(|u| !u.is_empty())?;
        Some(Credentials {
            user,
            password: get(PASSWORD_VAR).unwrap_or_default(),
        })
    }

    fn header(&self) -> String {
        format!(
            "Basic {}",
            base64(format!("{}:{}", self.user, self.password).as_bytes())
        )
    }
}

/// Where queued batches wait: `$TOUCHPOINT_LRS_QUEUE`, else next to the per-user
/// results (`$XDG_DATA_HOME/touchpoint/lrs-queue`, or
/// `~/.local/share/touchpoint/lrs-queue`), else `./lrs-queue`.
pub fn default_queue_dir(get: impl Fn(&str) -> Option<String>) -> PathBuf {
    if let Some(d) = get(QUEUE_VAR).filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = get("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Path::new(&d).join("touchpoint").join("lrs-queue");
    }
    if let Some(h) = get("HOME").filter(|d| !d.is_empty()) {
        return Path::new(&h)
            .join(".local")
            .join("share")
            .join("touchpoint")
            .join("lrs-queue");
    }
    PathBuf::from("lrs-queue")
}

/// A configured LRS endpoint.
pub struct Lrs {
    /// `{url}/statements`.
    endpoint: String,
    /// The URL as it may be shown (password redacted).
    shown: String,
    auth: Option<String>,
    password: Option<String>,
    batch: usize,
    agent: Agent,
}

/// The HTTP client (feature `lrs`); a build without it has none and refuses to make
/// an [`Lrs`].
#[cfg(feature = "lrs")]
type Agent = ureq::Agent;
#[cfg(not(feature = "lrs"))]
type Agent = ();

impl std::fmt::Debug for Lrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lrs")
            .field("url", &self.shown)
            .field("batch", &self.batch)
            .field("credentials", &self.auth.is_some())
            .finish()
    }
}

/// A problem on this machine (a bad URL, a queue folder that cannot be written):
/// nothing was sent or queued by the step that failed. Never holds credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LrsError(pub String);

impl std::fmt::Display for LrsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LrsError {}

/// What a [`post`] or [`flush`] did, counted in statements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Delivered in this call (2xx, or 409: the LRS already had them).
    pub sent: usize,
    /// Still waiting in the queue after this call (older batches included).
    pub queued: usize,
    /// Refused by the LRS in this call and moved to `rejected/`.
    pub rejected: usize,
    /// Why anything was left queued or rejected, one line each, with the LRS's own
    /// message where it gave one. URLs redacted; no credentials.
    pub messages: Vec<Note>,
}

/// One line about an exchange with the LRS, for the caller to say in the user's
/// language: its message key (`hr-lrs-…` in `locales/*/touchpoint.ftl`) and its
/// arguments (addresses redacted, credentials scrubbed). `Display` says it in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Note {
    fn new(key: &'static str, args: &[(&'static str, String)]) -> Note {
        Note {
            key,
            args: args.to_vec(),
        }
    }

    /// The line in the language of `texts`.
    pub fn render(&self, texts: &touchpoint_content::locale::Texts) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, fluent_bundle::FluentValue::from(v.as_str())))
            .collect();
        texts.ui_fmt(self.key, &args)
    }
}

impl Note {
    /// A reason to wait, with the queue the statements stay in.
    fn queued_in(mut self, queue: &Path) -> Note {
        self.args.push(("queue", queue.display().to_string()));
        self
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        static EN: std::sync::OnceLock<touchpoint_content::locale::Texts> =
            std::sync::OnceLock::new();
        f.write_str(
            &self.render(
                EN.get_or_init(|| touchpoint_content::locale::Texts::new("en-US", None, None)),
            ),
        )
    }
}

impl Lrs {
    /// An LRS at `url` (its xAPI endpoint, e.g. `https://lrs.example.com/xapi`; a
    /// trailing `/statements` is accepted too). Requests time out after 60 s.
    pub fn new(url: &str, credentials: Option<Credentials>) -> Result<Lrs, LrsError> {
        let shown = redact(url);
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        if !scheme_ok || url.chars().any(char::is_whitespace) {
            return Err(LrsError(format!(
                "the LRS address must start with https:// or http://, not {shown}"
            )));
        }
        let authority = url
            .split_once("://")
            .map(|(_, r)| r.split(['/', '?', '#']).next().unwrap_or(""))
            .unwrap_or("");
        if authority.contains('@') {
            return Err(LrsError(format!(
                "put the LRS user and password in {USER_VAR} and {PASSWORD_VAR}, not in the address ({shown})"
            )));
        }
        if url.contains(['?', '#']) {
            return Err(LrsError(format!(
                "the LRS address must not have a query or fragment ({shown})"
            )));
        }
        if authority.is_empty() {
            return Err(LrsError(format!("the LRS address {shown} has no host")));
        }
        if !cfg!(feature = "lrs") {
            return Err(LrsError(
                "this touchpoint was built without the LRS client (cargo feature `lrs`)".into(),
            ));
        }
        let base = url.trim_end_matches('/');
        let endpoint = if base.ends_with("/statements") {
            base.to_string()
        } else {
            format!("{base}/statements")
        };
        Ok(Lrs {
            endpoint,
            shown,
            auth: credentials.as_ref().map(Credentials::header),
            password: credentials.map(|c| c.password).filter(|p| !p.is_empty()),
            batch: DEFAULT_BATCH,
            agent: agent(Duration::from_secs(60)),
        })
    }

    /// Statements per request (at least 1).
    pub fn with_batch_size(mut self, n: usize) -> Self {
        self.batch = n.max(1);
        self
    }

    /// The time one request may take, connection included.
    pub fn with_timeout(mut self, t: Duration) -> Self {
        self.agent = agent(t);
        self
    }

    /// The address as it may be printed (password redacted).
    pub fn shown_url(&self) -> &str {
        &self.shown
    }

    /// True when credentials would cross the network unencrypted (plain `http://`
    /// to a host other than this machine): worth a warning.
    pub fn sends_credentials_in_clear(&self) -> bool {
        let host = self
            .endpoint
            .strip_prefix("http://")
            .map(|r| r.split(['/', ':']).next().unwrap_or(""));
        self.auth.is_some()
            && host.is_some_and(|h| !matches!(h, "127.0.0.1" | "localhost" | "[::1]"))
    }

    /// Removes the password and the Authorization value from a text (belt and
    /// braces: nothing here should ever contain them).
    /// A note with no credentials in its arguments.
    fn scrub_note(&self, mut note: Note) -> Note {
        for (_, v) in &mut note.args {
            *v = self.scrub(v);
        }
        note
    }

    fn scrub(&self, text: &str) -> String {
        let mut t = text.to_string();
        if let Some(a) = &self.auth {
            t = t.replace(a.as_str(), "Basic ***");
            if let Some(token) = a.strip_prefix("Basic ") {
                t = t.replace(token, "***");
            }
        }
        if let Some(p) = &self.password {
            t = t.replace(p.as_str(), "***");
        }
        t
    }
}

#[cfg(not(feature = "lrs"))]
fn agent(_timeout: Duration) -> Agent {}

#[cfg(feature = "lrs")]
fn agent(timeout: Duration) -> Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .timeout_connect(Some(timeout.min(Duration::from_secs(10))))
        .max_redirects(0)
        .build()
        .into()
}

/// Queues `statements` in batches (oldest first), then [`flush`]es the queue: older
/// queued batches go first, so the LRS receives everything in the order it was
/// produced.
pub fn post(lrs: &Lrs, statements: &[Value], queue: &Path) -> Result<Summary, LrsError> {
    enqueue(statements, lrs.batch, queue).map_err(|e| {
        LrsError(format!(
            "cannot queue statements in {}: {e}",
            queue.display()
        ))
    })?;
    flush(lrs, queue)
}

static SEQ: AtomicU64 = AtomicU64::new(0);

/// Writes `statements` into the queue folder as batches of `batch`, each file
/// written atomically; returns the number of files. Their names sort in the order
/// they were written.
pub fn enqueue(statements: &[Value], batch: usize, queue: &Path) -> io::Result<usize> {
    fs::create_dir_all(queue)?;
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    let pid = std::process::id();
    let mut files = 0;
    for chunk in statements.chunks(batch.max(1)) {
        // Unique within the process even for two calls in the same millisecond.
        let seq = SEQ.fetch_add(1, Ordering::Relaxed);
        let name = format!("{now:015}-{pid:010}-{seq:010}.json");
        let body = serde_json::to_vec(chunk).map_err(io::Error::other)?;
        write_atomic(&queue.join(name), &body)?;
        files += 1;
    }
    Ok(files)
}

/// The queued batch files, oldest first (`*.json` directly in `queue`; temporary
/// files start with a dot and `rejected/` is a folder, so neither is listed).
pub fn queued_files(queue: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = match fs::read_dir(queue) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.extension().is_some_and(|x| x == "json")
                    && !p
                        .file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with('.'))
            })
            .collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    files.sort();
    Ok(files)
}

/// How one request went.
#[cfg_attr(not(feature = "lrs"), allow(dead_code))]
enum Answer {
    Delivered,
    /// 409 Conflict: the LRS already has a statement with one of these ids. For one
    /// statement that means delivered; a batch is sent again one by one, since an
    /// LRS refuses the whole batch and the others may be new.
    Conflict,
    /// The LRS refused the batch's content: move it aside and go on.
    Rejected(String),
    /// Try again later; stop here to keep the order: why (a `hr-lrs-…` key whose
    /// text ends in "the statements stay queued", and its arguments).
    Later(Note),
}

/// Sends the queued batches, oldest first, until the queue is empty or the LRS
/// cannot take more now (see the module documentation).
pub fn flush(lrs: &Lrs, queue: &Path) -> Result<Summary, LrsError> {
    let local = |what: &str, e: io::Error| {
        LrsError(format!(
            "cannot {what} the LRS queue in {}: {e}",
            queue.display()
        ))
    };
    fs::create_dir_all(queue).map_err(|e| local("create", e))?;
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(queue.join(".lock"))
        .map_err(|e| local("lock", e))?;
    lock.lock().map_err(|e| local("lock", e))?;

    let mut summary = Summary::default();
    if lrs.sends_credentials_in_clear() {
        summary
            .messages
            .push(Note::new("hr-lrs-clear", &[("url", lrs.shown.clone())]));
    }
    let files = queued_files(queue).map_err(|e| local("read", e))?;
    let mut stopped = false;
    for file in files {
        let body = match fs::read(&file) {
            Ok(b) => b,
            // Another process delivered it between the listing and now.
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(local("read", e)),
        };
        let count = match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Array(a)) => a.len(),
            _ => {
                // Not something this module wrote: keep it for a person, never send it.
                let to = move_to_rejected(queue, &file).map_err(|e| local("move", e))?;
                summary.messages.push(Note::new(
                    "hr-lrs-not-array",
                    &[
                        ("file", file.display().to_string()),
                        ("to", to.display().to_string()),
                    ],
                ));
                continue;
            }
        };
        if stopped {
            summary.queued += count;
            continue;
        }
        match send(lrs, &body) {
            Answer::Conflict if count > 1 => {
                let stmts: Vec<Value> = serde_json::from_slice(&body).unwrap_or_default();
                let left = one_by_one(lrs, queue, &file, &stmts, &mut summary)
                    .map_err(|e| local("update", e))?;
                if left > 0 {
                    stopped = true;
                    summary.queued += left;
                }
            }
            Answer::Delivered | Answer::Conflict => {
                match fs::remove_file(&file) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(local("update", e)),
                }
                summary.sent += count;
            }
            Answer::Rejected(why) => {
                let to = move_to_rejected(queue, &file).map_err(|e| local("move", e))?;
                summary.rejected += count;
                summary.messages.push(lrs.scrub_note(Note::new(
                    "hr-lrs-refused",
                    &[
                        ("url", lrs.shown.clone()),
                        ("count", count.to_string()),
                        ("http", why),
                        ("to", to.display().to_string()),
                    ],
                )));
            }
            Answer::Later(why) => {
                stopped = true;
                summary.queued += count;
                summary.messages.push(lrs.scrub_note(why.queued_in(queue)));
            }
        }
    }
    if let Ok(d) = fs::File::open(queue) {
        let _ = d.sync_all();
    }
    drop(lock);
    Ok(summary)
}

/// Sends a batch's statements one at a time (after a 409 on the batch): each
/// delivered or already stored one leaves the queue file, which is rewritten after
/// every statement; a refused one is kept in `rejected/`. Returns how many are still
/// queued (the LRS cannot take more now).
fn one_by_one(
    lrs: &Lrs,
    queue: &Path,
    file: &Path,
    stmts: &[Value],
    summary: &mut Summary,
) -> io::Result<usize> {
    for (k, st) in stmts.iter().enumerate() {
        let one = serde_json::to_vec(&[st]).map_err(io::Error::other)?;
        match send(lrs, &one) {
            Answer::Delivered | Answer::Conflict => summary.sent += 1,
            Answer::Rejected(why) => {
                let dir = queue.join("rejected");
                fs::create_dir_all(&dir)?;
                let name = format!(
                    "{}-{k:04}.json",
                    file.file_stem().and_then(|s| s.to_str()).unwrap_or("batch")
                );
                write_atomic(&dir.join(&name), &one)?;
                summary.rejected += 1;
                summary.messages.push(lrs.scrub_note(Note::new(
                    "hr-lrs-refused-one",
                    &[
                        ("url", lrs.shown.clone()),
                        ("http", why),
                        ("to", dir.join(&name).display().to_string()),
                    ],
                )));
            }
            Answer::Later(why) => {
                let rest = serde_json::to_vec(&stmts[k..]).map_err(io::Error::other)?;
                write_atomic(file, &rest)?;
                summary.messages.push(lrs.scrub_note(why.queued_in(queue)));
                return Ok(stmts.len() - k);
            }
        }
        let rest = serde_json::to_vec(&stmts[k + 1..]).map_err(io::Error::other)?;
        if k + 1 < stmts.len() {
            write_atomic(file, &rest)?;
        }
    }
    match fs::remove_file(file) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    Ok(0)
}

fn move_to_rejected(queue: &Path, file: &Path) -> io::Result<PathBuf> {
    let dir = queue.join("rejected");
    fs::create_dir_all(&dir)?;
    let to = dir.join(file.file_name().unwrap_or_default());
    fs::rename(file, &to)?;
    if let Ok(d) = fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(to)
}

/// One `POST {url}/statements` (never reached without the `lrs` feature: no [`Lrs`]
/// can be made).
#[cfg(not(feature = "lrs"))]
fn send(lrs: &Lrs, _body: &[u8]) -> Answer {
    Answer::Later(Note::new(
        "hr-lrs-unreachable",
        &[
            ("url", lrs.shown.clone()),
            (
                "error",
                "built without the LRS client (cargo feature `lrs`)".into(),
            ),
        ],
    ))
}

/// One `POST {url}/statements`.
#[cfg(feature = "lrs")]
fn send(lrs: &Lrs, body: &[u8]) -> Answer {
    let mut req = lrs
        .agent
        .post(&lrs.endpoint)
        .header("X-Experience-API-Version", "1.0.3")
        .header("Content-Type", "application/json");
    if let Some(a) = &lrs.auth {
        req = req.header("Authorization", a.as_str());
    }
    let mut resp = match req.send(body) {
        Ok(r) => r,
        Err(e) => {
            return Answer::Later(Note::new(
                "hr-lrs-unreachable",
                &[("url", lrs.shown.clone()), ("error", e.to_string())],
            ));
        }
    };
    let status = resp.status().as_u16();
    let text = body_text(&mut resp, 64 * 1024);
    let said = lrs_message(&text);
    let said = if said.is_empty() {
        String::new()
    } else {
        format!(": {said}")
    };
    let http = format!("HTTP {status}{said}");
    let later = |key| {
        Answer::Later(Note::new(
            key,
            &[("url", lrs.shown.clone()), ("http", http.clone())],
        ))
    };
    match status {
        200..=299 => Answer::Delivered,
        409 => Answer::Conflict,
        408 | 429 | 500..=599 => later("hr-lrs-busy"),
        401 | 403 => Answer::Later(Note::new(
            "hr-lrs-credentials",
            &[
                ("url", lrs.shown.clone()),
                ("http", http),
                ("user_var", USER_VAR.to_string()),
                ("password_var", PASSWORD_VAR.to_string()),
            ],
        )),
        404 | 405 => later("hr-lrs-not-endpoint"),
        400..=499 => Answer::Rejected(http),
        _ => later("hr-lrs-unexpected"),
    }
}

/// An answer's body as text, at most `limit` bytes read (an LMS or LRS answer is
/// never trusted to be small); empty when it cannot be read.
#[cfg(feature = "lrs")]
fn body_text(resp: &mut ureq::http::Response<ureq::Body>, limit: u64) -> String {
    resp.body_mut()
        .with_config()
        .limit(limit)
        .read_to_string()
        .unwrap_or_default()
}

/// The LRS's explanation, short: the `message` (or `error`) of a JSON error body,
/// else the text, on one line, at most 500 characters.
#[cfg_attr(not(feature = "lrs"), allow(dead_code))]
fn lrs_message(text: &str) -> String {
    let from_json = serde_json::from_str::<Value>(text).ok().and_then(|v| {
        ["message", "error", "errorMessage", "detail"]
            .iter()
            .find_map(|k| v.get(*k).and_then(Value::as_str).map(str::to_string))
    });
    let t = from_json.unwrap_or_else(|| text.to_string());
    let one_line: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 500 {
        let cut: String = one_line.chars().take(500).collect();
        format!("{cut}…")
    } else {
        one_line
    }
}

/// Standard base64 with padding (RFC 4648), for the Basic header.
fn base64(data: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        out.push(ABC[(n >> 18) as usize & 63] as char);
        out.push(ABC[(n >> 12) as usize & 63] as char);
        out.push(if c.len() > 1 {
            ABC[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if c.len() > 2 {
            ABC[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

/// A build without the `lrs` feature still checks an address, then refuses to make
/// a client, naming the feature (xAPI files need no client).
#[cfg(all(test, not(feature = "lrs")))]
mod without_the_client {
    use super::Lrs;

    #[test]
    fn an_lrs_is_refused_naming_the_feature() {
        let e = Lrs::new("https://lrs.example.com/xapi", None).unwrap_err();
        assert_eq!(
            e.0,
            "this touchpoint was built without the LRS client (cargo feature `lrs`)"
        );
        let e = Lrs::new("ftp://lrs.example.com/xapi", None).unwrap_err();
        assert!(e.0.contains("https://"), "{}", e.0);
    }
}

/// The LRS of an LMS for one cmi5 session: the launch's `endpoint`, and the
/// session's auth-token sent as `Authorization: Basic {token}` (cmi5 §8.2.1).
impl Lrs {
    pub fn for_session(endpoint: &str, token: &str) -> Result<Lrs, LrsError> {
        let mut lrs = Lrs::new(endpoint, None)?;
        lrs.auth = Some(format!("Basic {token}"));
        // Scrubbed from every message, as a password is.
        lrs.password = Some(token.to_string()).filter(|t| !t.is_empty());
        Ok(lrs)
    }
}

/// How [`deliver`] went: how many of the statements (from the first) the LRS has
/// now, the statements it refused (each with the LRS's reason; they are not sent
/// again), and why it stopped before the end (try again later), if it did.
#[derive(Debug, Default)]
pub struct Delivery {
    pub done: usize,
    pub refused: Vec<(usize, String)>,
    pub stopped: Option<Note>,
}

/// Sends statements in their order without a queue of its own (the caller keeps
/// them until they are done): in one request, or one at a time after the LRS
/// refused the batch (409: one of them it has already; 4xx: one of them it will not
/// take). Stops at the first that cannot be sent now, so that none overtakes
/// another.
pub fn deliver(lrs: &Lrs, statements: &[Value]) -> Delivery {
    let mut d = Delivery::default();
    if statements.is_empty() {
        return d;
    }
    let all = serde_json::to_vec(statements).unwrap_or_default();
    match send(lrs, &all) {
        Answer::Delivered => {
            d.done = statements.len();
            return d;
        }
        Answer::Conflict | Answer::Rejected(_) if statements.len() > 1 => {}
        Answer::Conflict => {
            d.done = 1;
            return d;
        }
        Answer::Rejected(why) => {
            d.done = 1;
            d.refused.push((0, lrs.scrub(&why)));
            return d;
        }
        Answer::Later(why) => {
            d.stopped = Some(lrs.scrub_note(why));
            return d;
        }
    }
    for (k, st) in statements.iter().enumerate() {
        let one = serde_json::to_vec(&[st]).unwrap_or_default();
        match send(lrs, &one) {
            Answer::Delivered | Answer::Conflict => d.done = k + 1,
            Answer::Rejected(why) => {
                d.done = k + 1;
                d.refused.push((k, lrs.scrub(&why)));
            }
            Answer::Later(why) => {
                d.stopped = Some(lrs.scrub_note(why));
                break;
            }
        }
    }
    d
}

/// The auth-token of a cmi5 launch: `POST` to its one-time `fetch` URL (cmi5 §8.2).
/// An error says what the LMS answered (its `error-code` and `error-text`, §8.2.3)
/// or why it could not be reached.
#[cfg(feature = "lrs")]
pub fn fetch_token(fetch: &str, timeout: Duration) -> Result<String, String> {
    let shown = redact(fetch.split('?').next().unwrap_or(fetch));
    let mut resp = agent(timeout)
        .post(fetch)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .send(&b""[..])
        .map_err(|e| format!("the LMS's fetch URL ({shown}) cannot be reached: {e}"))?;
    let status = resp.status().as_u16();
    let text = body_text(&mut resp, 64 * 1024);
    if status != 200 {
        return Err(format!(
            "the LMS's fetch URL ({shown}) answered HTTP {status}: {}",
            lrs_message(&text)
        ));
    }
    let v: Value = serde_json::from_str(&text)
        .map_err(|e| format!("the LMS's fetch URL ({shown}) answered no JSON: {e}"))?;
    if let Some(token) = v["auth-token"].as_str().filter(|t| !t.is_empty()) {
        return Ok(token.to_string());
    }
    let code = v["error-code"].as_str().unwrap_or("?");
    let meaning = match code {
        "1" => "already used or expired (a launch link opens once)",
        "2" => "a security error",
        "3" => "an error of the LMS",
        _ => "no auth-token",
    };
    Err(format!(
        "the LMS's fetch URL ({shown}) gave no token: error {code}, {meaning}: {}",
        lrs_message(v["error-text"].as_str().unwrap_or(""))
    ))
}

/// An agent profile document (xAPI 1.0.3 Part 3 §2.6), e.g. cmi5's
/// `cmi5LearnerPreferences` (§11): its text, `None` when the LRS has none (404).
#[cfg(feature = "lrs")]
pub fn agent_profile(lrs: &Lrs, profile_id: &str, agent: &Value) -> Result<Option<String>, String> {
    document(
        lrs,
        "agents/profile",
        &[
            ("profileId", profile_id.to_string()),
            ("agent", agent.to_string()),
        ],
        profile_id,
    )
}

/// A State API document (xAPI 1.0.3 Part 3 §2.3) of a cmi5 session, e.g.
/// `LMS.LaunchData`: its text, `None` when the LRS has none (404).
#[cfg(feature = "lrs")]
pub fn state_document(
    lrs: &Lrs,
    state_id: &str,
    activity_id: &str,
    agent: &Value,
    registration: &str,
) -> Result<Option<String>, String> {
    document(
        lrs,
        "activities/state",
        &[
            ("stateId", state_id.to_string()),
            ("activityId", activity_id.to_string()),
            ("agent", agent.to_string()),
            ("registration", registration.to_string()),
        ],
        state_id,
    )
}

/// `GET {endpoint}{resource}?{query}` with the session's credentials: the document's
/// text, `None` for 404; any other answer an error naming `what`.
#[cfg(feature = "lrs")]
fn document(
    lrs: &Lrs,
    resource: &str,
    query: &[(&str, String)],
    what: &str,
) -> Result<Option<String>, String> {
    let base = lrs
        .endpoint
        .strip_suffix("statements")
        .unwrap_or(&lrs.endpoint);
    let mut req = lrs
        .agent
        .get(format!("{base}{resource}"))
        .header("X-Experience-API-Version", "1.0.3");
    for (k, v) in query {
        req = req.query(*k, v);
    }
    if let Some(a) = &lrs.auth {
        req = req.header("Authorization", a.as_str());
    }
    let mut resp = req.call().map_err(|e| {
        lrs.scrub(&format!(
            "the LMS's LRS ({}) cannot be reached: {e}",
            lrs.shown
        ))
    })?;
    let status = resp.status().as_u16();
    let text = body_text(&mut resp, 256 * 1024);
    match status {
        200 => Ok(Some(text)),
        404 => Ok(None),
        _ => Err(lrs.scrub(&format!(
            "the LMS's LRS ({}) answered HTTP {status} for {what}: {}",
            lrs.shown,
            lrs_message(&text)
        ))),
    }
}
