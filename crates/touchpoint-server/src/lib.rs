//! Touchpoint's course server: trainees play encounters over HTTP; the server keeps
//! every attempt in the results store, measures each reply's time with its own clock
//! and scores by replaying the replies itself, so that a result can be trusted.
//! Accounts and roles decide who sees what.
//!
//! - [`accounts`]: passwords (argon2id), account checks, roster files.
//! - `auth`: sign-in with throttling, session tokens (stored hashed) and cookies.
//! - [`library`]: the encounters the server offers, every version it has loaded.
//! - `play`: attempts in progress: started, answered and resumed from the store.
//! - `api`: the JSON routes, with the authorization rule of each.
//! - `web`: the pages (minijinja templates, one script, one style sheet).
//!
//! The server keeps nothing of its own between requests (sessions, attempts in
//! progress and throttles live in the store), so that several instances can share a
//! PostgreSQL store. It builds on the engine, content and results crates.

pub mod accounts;
mod api;
mod auth;
mod cmi5;
mod commit;
mod exports;
pub mod library;
mod play;
mod web;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use touchpoint_results::store::{Location, Store, StoreError};

use library::Library;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    /// The folder of encounters (scenarios/, with locales/ beside it).
    pub scenarios: PathBuf,
    pub store: Location,
    /// Cookies marked `Secure` (the server is reached over TLS, directly or through a
    /// proxy).
    pub secure_cookies: bool,
    /// A session ends after this long without a request…
    pub idle: Duration,
    /// …and this long after sign-in, whatever happens.
    pub absolute: Duration,
    /// Who may frame the pages (`frame-ancestors` of the Content-Security-Policy);
    /// none by default.
    pub frame_ancestors: Option<String>,
    /// How often statements waiting for an LMS's LRS that was down are sent again.
    pub lms_retry: Duration,
    /// The LMSs whose launches the server takes (origins, `https://lms.example.com`):
    /// a launch's `fetch` and `endpoint` must be under one of them, or the server
    /// makes no request at all (a launch URL is public; without this anyone could
    /// have the server post to any address). None by default.
    pub lms_origins: Vec<String>,
    /// The cohort a learner joins when an LMS launch first makes their account (so
    /// that the instructors of that cohort see their attempts); none by default.
    pub lms_cohort: Option<String>,
    /// Serve HTTPS with this certificate (chain) and key, PEM files; plain HTTP
    /// (behind a proxy that does TLS) without.
    pub tls: Option<Tls>,
    /// Reverse proxies whose `X-Forwarded-For` gives the client's address (for
    /// sign-in throttling and the audit log); none by default.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// A certificate chain and its private key, PEM files.
#[derive(Debug, Clone)]
pub struct Tls {
    pub cert: PathBuf,
    pub key: PathBuf,
}

impl Tls {
    /// Reads and checks both files: every problem names the file and what was
    /// expected.
    pub fn server_config(&self) -> Result<rustls::ServerConfig, String> {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        let cert = self.cert.display();
        let key = self.key.display();
        let certs = CertificateDer::pem_file_iter(&self.cert)
            .and_then(|it| it.collect::<Result<Vec<_>, _>>())
            .map_err(|e| format!("{cert}: cannot read the certificate: {e}"))?;
        if certs.is_empty() {
            return Err(format!(
                "{cert}: no certificate in it (expected a PEM file with `-----BEGIN CERTIFICATE-----`)"
            ));
        }
        let private = PrivateKeyDer::from_pem_file(&self.key).map_err(|e| {
            format!(
                "{key}: cannot read the private key (expected a PEM file with `-----BEGIN PRIVATE KEY-----`): {e}"
            )
        })?;
        let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("cannot set up TLS: {e}"))?
        .with_no_client_auth()
        .with_single_cert(certs, private)
        .map_err(|e| format!("{cert} and {key} are not a certificate and its key: {e}"))?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(config)
    }
}

impl Config {
    pub fn new(addr: SocketAddr, scenarios: PathBuf, store: Location) -> Config {
        Config {
            addr,
            scenarios,
            store,
            secure_cookies: false,
            idle: Duration::from_secs(2 * 3600),
            absolute: Duration::from_secs(12 * 3600),
            frame_ancestors: None,
            tls: None,
            trusted_proxies: Vec::new(),
            lms_retry: Duration::from_secs(30),
            lms_origins: Vec::new(),
            lms_cohort: None,
        }
    }
}

/// What every request shares: the store, the encounters, the configuration.
#[derive(Clone)]
pub struct App(Arc<Inner>);

/// What [`App`] holds (its fields are the crate's own).
pub struct Inner {
    /// Connections to the store, each used by one request at a time: a few for
    /// SQLite (reads take microseconds), more for PostgreSQL (each query a round
    /// trip; the server runs them side by side).
    pub(crate) stores: Vec<Mutex<Store>>,
    /// Which connection a request waits for when all are busy (round robin).
    next_store: std::sync::atomic::AtomicUsize,
    /// Starts, replies and results waiting to be committed together, and the
    /// writers (with connections of their own, so that reads go on while they wait
    /// for the disk).
    pub(crate) commits: commit::Commits,
    /// Sessions waiting to be read together, and the readers (connections of
    /// their own).
    pub(crate) reads: commit::Reads,
    pub(crate) library: RwLock<Arc<Library>>,
    pub(crate) config: Config,
    /// A hash checked when the id typed at sign-in has no account, so that an
    /// unknown id takes as long to refuse as a wrong password.
    pub(crate) dummy_hash: String,
    /// Password checks running at once (one per core).
    pub(crate) hashing: tokio::sync::Semaphore,
}

impl Drop for Inner {
    /// A PostgreSQL connection's client waits for its own runtime when dropped,
    /// which it may not do on the server's: the connections go on a plain thread.
    fn drop(&mut self) {
        let stores = std::mem::take(&mut self.stores);
        if tokio::runtime::Handle::try_current().is_ok() {
            let _ = std::thread::spawn(move || drop(stores)).join();
        }
    }
}

impl std::ops::Deref for App {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl App {
    /// Opens the store (creating it and its tables if needed) and loads the
    /// encounters. Encounters that do not load are reported by the library and not
    /// offered.
    pub fn open(config: Config) -> Result<App, String> {
        let (connections, readers, writers) = match config.store {
            Location::Sqlite(_) => (SQLITE_CONNECTIONS, 1, 1),
            Location::Postgres(_) => (
                POSTGRES_CONNECTIONS,
                POSTGRES_SESSION_READERS,
                POSTGRES_WRITERS,
            ),
        };
        // The group readers' and writers' connections, kept for their lookups by key.
        let open = |n: usize| {
            (0..n)
                .map(|_| {
                    let mut store = Store::open(&config.store)?;
                    store.for_key_lookups()?;
                    Ok(store)
                })
                .collect::<Result<Vec<_>, StoreError>>()
                .map_err(|e| e.to_string())
        };
        let commits = commit::commits(open(writers)?);
        let reads = commit::reads(open(readers)?);
        let stores = (0..connections)
            .map(|_| Store::open(&config.store).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())?;
        let library = Library::load(&config.scenarios);
        let dummy_hash = accounts::hash_password("touchpoint: no such account")?;
        Ok(App(Arc::new(Inner {
            stores,
            next_store: Default::default(),
            commits,
            reads,
            library: RwLock::new(Arc::new(library)),
            config,
            dummy_hash,
            hashing: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()),
            ),
        })))
    }

    /// The encounters as loaded now.
    pub fn library(&self) -> Arc<Library> {
        self.0
            .library
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// Connections to a PostgreSQL store per server process: for requests' own reads
/// and other writes, for group reads of sessions, and writers of group commits.
/// One writer: a batch is one statement (one round trip), and whatever queues while
/// it runs goes in the next; measured against three writers (`benches/server_load`,
/// runs alternated), one gave the lower p99 in 8 runs of 10 and took PostgreSQL
/// about a tenth less CPU (fewer, larger transactions). One group reader likewise:
/// a read is mostly a statement's fixed cost (a few asks each at 3,000 replies a
/// second), so one reader asking twice as many at once costs the database less;
/// against two (runs alternated, 6 pairs): the machine 1.67–1.77 cores busy
/// against 1.74–1.83, and the lower p99 in 5 pairs of 6 (19.1–47.9 ms in 5 runs,
/// 98.3 once; against 31.6–120.7 ms).
const POSTGRES_CONNECTIONS: usize = 4;
const POSTGRES_SESSION_READERS: usize = 1;
const POSTGRES_WRITERS: usize = 1;
/// Connections to a SQLite store for requests' own reads and other writes (reads
/// run side by side; other writes wait their turn in SQLite); one more reads
/// sessions, one writes group commits.
const SQLITE_CONNECTIONS: usize = 2;

/// A connection to the store, for one request's work: a free one, else the next in
/// turn (a poisoned lock is taken over: every write is one transaction, so a
/// panicked holder left nothing half-written).
pub(crate) fn store(app: &App) -> std::sync::MutexGuard<'_, Store> {
    for m in &app.stores {
        match m.try_lock() {
            Ok(g) => return g,
            Err(std::sync::TryLockError::Poisoned(e)) => return e.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => {}
        }
    }
    let i = app
        .next_store
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        % app.stores.len();
    app.stores[i].lock().unwrap_or_else(|e| e.into_inner())
}

/// A time in ms since the epoch as RFC 3339 (UTC), as result records write times.
pub(crate) fn rfc3339_ms(ms: i64) -> String {
    touchpoint_results::record::rfc3339(UNIX_EPOCH + Duration::from_millis(ms.max(0) as u64))
}

/// Milliseconds since the epoch, by the server's clock (and the command line's).
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Watches the encounters' folder (and `locales/` beside it) and loads them again
/// when a file changes: new attempts start on the new version; attempts in progress
/// finish on the version they started with (kept in the store). A file that no
/// longer loads is left out and its problems shown to instructors.
async fn watch(app: App) {
    let dir = app.config.scenarios.clone();
    let mut seen = {
        let dir = dir.clone();
        tokio::task::spawn_blocking(move || Library::fingerprint(&dir))
            .await
            .unwrap_or_default()
    };
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(2));
    loop {
        tick.tick().await;
        let d = dir.clone();
        let Ok(now) = tokio::task::spawn_blocking(move || Library::fingerprint(&d)).await else {
            continue;
        };
        if now == seen {
            continue;
        }
        let d = dir.clone();
        if let Ok(library) = tokio::task::spawn_blocking(move || Library::load(&d)).await {
            *app.0.library.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(library);
            seen = now;
        }
    }
}

/// The routes. The request body is at most 16 KiB.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/api/session", post(api::sign_in).delete(api::sign_out))
        .route("/api/me", get(api::me))
        .route("/api/encounters", get(api::encounters))
        .route("/api/attempts", post(api::start).get(api::attempts))
        .route("/api/attempts/{id}", get(api::attempt))
        .route("/api/attempts/{id}/replies", post(api::reply))
        .route(
            "/api/results",
            // A result record is some kilobytes; a long encounter's some tens.
            get(api::results)
                .post(api::push)
                .layer(DefaultBodyLimit::max(256 * 1024)),
        )
        .route("/api/assessed", put(api::set_assessed))
        .route("/api/accounts", get(api::accounts).post(api::add_account))
        .route(
            "/api/accounts/{id}",
            axum::routing::patch(api::change_account),
        )
        .route("/api/accounts/{id}/password", post(api::reset_password))
        .route("/api/audit", get(api::audit))
        .route("/api/exports/{format}", get(api::export))
        .route("/cohorts", get(web::cohorts))
        .route("/cohorts/report", get(web::cohort_report))
        .route("/cohorts/trainee/{id}", get(web::trainee))
        .route("/admin", get(web::admin))
        .route("/", get(web::course))
        .route("/signin", get(web::signin))
        .route("/attempt/{id}", get(web::attempt))
        .route("/play/{id}", get(web::attempt))
        .route("/cmi5/launch", get(cmi5::launch))
        .route("/history", get(web::history))
        .route("/lang", get(web::lang))
        .route("/static/app.js", get(web::script))
        .route("/static/app.css", get(web::style))
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(16 * 1024))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            auth::guard,
        ))
        .with_state(app)
}

/// Serves until Ctrl-C or SIGTERM. `ready` is told the address once listening.
pub async fn serve(app: App, ready: impl FnOnce(SocketAddr)) -> Result<(), String> {
    let addr = app.config.addr;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener
        .local_addr()
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    ready(local);
    serve_on(app, listener, shutdown()).await
}

/// Serves on `listener` (HTTPS when the configuration has a certificate) until
/// `stop`, then lets the requests under way finish.
async fn serve_on(
    app: App,
    listener: tokio::net::TcpListener,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), String> {
    let tls = match &app.config.tls {
        Some(t) => Some(axum_server::tls_rustls::RustlsConfig::from_config(
            Arc::new(t.server_config()?),
        )),
        None => None,
    };
    tokio::spawn(watch(app.clone()));
    tokio::spawn(cmi5::keep_sending(app.clone()));
    let service = router(app).into_make_service_with_connect_info::<SocketAddr>();
    let Some(tls) = tls else {
        return axum::serve(listener, service)
            .with_graceful_shutdown(stop)
            .await
            .map_err(|e| format!("the server stopped: {e}"));
    };
    let handle = axum_server::Handle::<SocketAddr>::new();
    let stopping = handle.clone();
    tokio::spawn(async move {
        stop.await;
        stopping.graceful_shutdown(Some(Duration::from_secs(10)));
    });
    let listener = listener
        .into_std()
        .map_err(|e| format!("cannot listen: {e}"))?;
    axum_server::from_tcp_rustls(listener, tls)
        .map_err(|e| format!("cannot listen: {e}"))?
        .handle(handle)
        .serve(service)
        .await
        .map_err(|e| format!("the server stopped: {e}"))
}

/// Threads for blocking work (the store, password checks, loading encounters).
const BLOCKING_THREADS: usize = 8;

/// Serves on a runtime of its own until Ctrl-C or SIGTERM (`touchpoint serve`).
pub fn run(app: App, ready: impl FnOnce(SocketAddr)) -> Result<(), String> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Store work queues here, first come first served; a few threads keep the
        // store busy without hundreds of them waiting on its lock.
        .max_blocking_threads(BLOCKING_THREADS)
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?
        .block_on(serve(app, ready))
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// A server running on its own threads (tests, the load generator): stops when
/// dropped.
pub struct Running {
    pub addr: SocketAddr,
    /// Served over HTTPS.
    pub tls: bool,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// `http://127.0.0.1:PORT` (`https://` with TLS).
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Starts the server on a thread of its own, with `workers` runtime threads.
pub fn spawn(config: Config, workers: usize) -> Result<Running, String> {
    if let Some(t) = &config.tls {
        t.server_config()?;
    }
    let tls = config.tls.is_some();
    let app = App::open(config)?;
    let listener = std::net::TcpListener::bind(app.config.addr)
        .map_err(|e| format!("cannot listen on {}: {e}", app.config.addr))?;
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers.max(1))
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let thread = std::thread::spawn(move || {
        runtime.block_on(async move {
            let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                return;
            };
            let _ = serve_on(app, listener, async {
                let _ = stopped.await;
            })
            .await;
        });
    });
    Ok(Running {
        addr,
        tls,
        stop: Some(stop),
        thread: Some(thread),
    })
}
