//! The course server under load (issue 16): N simulated trainees play complete
//! encounters over HTTP on loopback against a `touchpoint serve` process, each
//! waiting for its answer before it sends the next reply, as a person at a browser
//! does. Prints replies per second, the latency of a reply (p50, p99, max, and the
//! p99 of each second of the window), the CPU of the server, of the generator and of
//! the whole machine, the store's own raw commit rate on the same disk and the ratio
//! of the two, when the kernel writes dirty pages out, and the server's resident
//! memory with many attempts open at once.
//!
//! ```text
//! cargo bench --bench server_load -- [--trainees 1000] [--seconds 20] [--open 10000]
//!                                    [--store postgres://…] [--scenarios scenarios]
//! ```
//!
//! Without `--store`, a new SQLite file in a temporary folder. A PostgreSQL URL
//! names a database the bench may fill (it adds accounts `load-…`).

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Value, json};
use touchpoint::results::store::{Account, Location, Role, Store};

struct Args {
    trainees: usize,
    seconds: u64,
    warmup: u64,
    open: usize,
    store: Option<String>,
    scenarios: PathBuf,
    raw_seconds: u64,
    /// Replies per second all trainees together aim at (each thinks between its
    /// replies for trainees/rate seconds on average); 0: no thinking at all.
    rate: f64,
}

fn args() -> Args {
    let mut a = Args {
        trainees: 1000,
        seconds: 20,
        warmup: 5,
        open: 10_000,
        store: None,
        scenarios: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios")),
        raw_seconds: 5,
        rate: 3000.0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        // `cargo bench` passes `--bench` to every bench binary.
        if flag == "--bench" {
            continue;
        }
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--trainees" => a.trainees = value().parse().expect("--trainees N"),
            "--seconds" => a.seconds = value().parse().expect("--seconds S"),
            "--warmup" => a.warmup = value().parse().expect("--warmup S"),
            "--open" => a.open = value().parse().expect("--open N"),
            "--raw-seconds" => a.raw_seconds = value().parse().expect("--raw-seconds S"),
            "--rate" => a.rate = value().parse().expect("--rate R"),
            "--store" => a.store = Some(value()),
            "--scenarios" => a.scenarios = PathBuf::from(value()),
            other => panic!(
                "unknown argument `{other}`: expected --trainees, --seconds, --warmup, --rate, --open, --raw-seconds, --store, --scenarios"
            ),
        }
    }
    a
}

const PASSWORD: &str = "load-test: correct horse battery";

/// Accounts straight into the store (one argon2 hash for all: the bench measures
/// play, not hashing): an admin, and the trainees in cohorts of 25.
fn accounts(location: &Location, trainees: usize) -> Vec<String> {
    let mut store = Store::open(location).expect("open the store");
    let hash = touchpoint::server::accounts::hash_password(PASSWORD).expect("hash");
    let now = touchpoint::server::now_ms();
    let mut account = |id: String, role: Role, cohort: Option<String>| {
        let a = Account {
            name: id.clone(),
            id,
            role,
            cohorts: cohort.into_iter().collect(),
            password_hash: hash.clone(),
            disabled: false,
            created_ms: now,
        };
        store.put_account(&a, true).expect("add an account");
        a.id
    };
    account("load-admin".into(), Role::Admin, None);
    (0..trainees)
        .map(|i| {
            account(
                format!("load-{i:05}"),
                Role::Trainee,
                Some(format!("load-cohort-{:03}", i / 25)),
            )
        })
        .collect()
}

/// The store's own commit rate on the same disk: one-row transactions, one after
/// another, for `seconds`, with the pragmas the store uses (SQLite: WAL,
/// synchronous=FULL) or on the same PostgreSQL server.
fn raw_commit_rate(location: &Location, dir: &std::path::Path, seconds: u64) -> f64 {
    let until = Duration::from_secs(seconds);
    match location {
        Location::Sqlite(_) => {
            let conn = rusqlite::Connection::open(dir.join("raw-commits.sqlite")).unwrap();
            conn.pragma_update(None, "journal_mode", "WAL").unwrap();
            conn.pragma_update(None, "synchronous", "FULL").unwrap();
            conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
                .unwrap();
            let t = Instant::now();
            let mut n = 0u64;
            while t.elapsed() < until {
                conn.execute_batch("BEGIN IMMEDIATE").unwrap();
                conn.execute("INSERT INTO t (v) VALUES (?1)", ["a reply"])
                    .unwrap();
                conn.execute_batch("COMMIT").unwrap();
                n += 1;
            }
            n as f64 / t.elapsed().as_secs_f64()
        }
        Location::Postgres(url) => {
            let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
            c.batch_execute(
                "DROP TABLE IF EXISTS load_raw_commits;
                 CREATE TABLE load_raw_commits (id BIGSERIAL PRIMARY KEY, v TEXT NOT NULL)",
            )
            .unwrap();
            let st = c
                .prepare("INSERT INTO load_raw_commits (v) VALUES ($1)")
                .unwrap();
            let t = Instant::now();
            let mut n = 0u64;
            while t.elapsed() < until {
                let mut tx = c.transaction().unwrap();
                tx.execute(&st, &[&"a reply"]).unwrap();
                tx.commit().unwrap();
                n += 1;
            }
            let rate = n as f64 / t.elapsed().as_secs_f64();
            c.batch_execute("DROP TABLE load_raw_commits").unwrap();
            rate
        }
    }
}

/// `touchpoint serve` on a free port; returns when it listens.
fn start_server(location: &Location, scenarios: &std::path::Path) -> (Child, SocketAddr) {
    let store = match location {
        Location::Sqlite(p) => p.display().to_string(),
        Location::Postgres(u) => u.clone(),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args([
            "--store",
            &store,
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--scenarios",
        ])
        .arg(scenarios)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start touchpoint serve");
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = loop {
        let line = lines
            .next()
            .expect("the server stopped before it listened")
            .unwrap();
        if let Some(rest) = line.split("on http://").nth(1) {
            break rest.split_whitespace().next().unwrap().parse().unwrap();
        }
    };
    // Keep reading what it says, so that it never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    (child, addr)
}

/// The server's resident memory now and at its peak, in MB (Linux).
fn memory_mb(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (kb("VmRSS:") / 1024.0, kb("VmHWM:") / 1024.0)
}

/// When the kernel writes dirty file pages out (Linux), as the run's context: a
/// PostgreSQL server's new table pages sit in the page cache until then, and written
/// out all at once (the default: when 30 s old, or past a tenth of memory) they stall
/// its commits (see the README's "Run a course server" on the database host).
fn writeback() -> String {
    let vm = |key: &str| {
        std::fs::read_to_string(format!("/proc/sys/vm/{key}"))
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    match (
        vm("dirty_background_bytes"),
        vm("dirty_background_ratio"),
        vm("dirty_expire_centisecs"),
    ) {
        (Some(b), _, Some(e)) if b >= 1024 * 1024 => format!(
            "in the background past {} MB dirty, else when {} s old",
            b / (1024 * 1024),
            e / 100
        ),
        (Some(b), _, Some(e)) if b > 0 => format!(
            "in the background past {b} bytes dirty, else when {} s old",
            e / 100
        ),
        (_, Some(r), Some(e)) => {
            format!(
                "in the background past {r}% of memory dirty, else when {} s old",
                e / 100
            )
        }
        _ => "unknown (not Linux)".to_string(),
    }
}

/// The CPU time the server has used so far, in seconds (Linux).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command (which may hold spaces) end with `)`.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, r)| r)
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line (11 and 12 after the `)`).
    (ticks(11) + ticks(12)) / 100.0
}

/// CPU seconds the whole machine spent busy (all cores; `/proc/stat`): with the
/// server's and the generator's own, what the store (PostgreSQL) used is the rest.
fn machine_busy_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let ticks: Vec<f64> = stat
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
    let all: f64 = ticks.iter().take(8).sum();
    let idle = ticks.get(3).copied().unwrap_or(0.0) + ticks.get(4).copied().unwrap_or(0.0);
    (all - idle) / 100.0
}

/// One trainee's keep-alive connection, as a browser tab keeps one.
struct Client {
    addr: SocketAddr,
    sender: hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    cookie: String,
}

impl Client {
    async fn connect(addr: SocketAddr) -> Client {
        let stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
        stream.set_nodelay(true).unwrap();
        let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .expect("handshake");
        tokio::spawn(conn);
        Client {
            addr,
            sender,
            cookie: String::new(),
        }
    }

    async fn call(&mut self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let (status, bytes) = self.raw(method, path, body).await;
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    /// A call whose answer is an attempt's view, read for what a player needs only.
    async fn play(&mut self, path: &str, body: Value) -> (u16, View) {
        let (status, bytes) = self.raw("POST", path, Some(body)).await;
        // The first failure's answer, to tell what went wrong.
        static TOLD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        if status >= 400 && !TOLD.swap(true, std::sync::atomic::Ordering::Relaxed) {
            eprintln!(
                "first failure: {status} {}",
                String::from_utf8_lossy(&bytes)
            );
        }
        (status, serde_json::from_slice(&bytes).unwrap_or_default())
    }

    async fn raw(&mut self, method: &str, path: &str, body: Option<Value>) -> (u16, Bytes) {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let req = Request::builder()
            .method(method)
            .uri(path)
            .header("host", self.addr.to_string())
            .header("content-type", "application/json")
            .header("cookie", &self.cookie)
            .body(Full::new(Bytes::from(body)))
            .unwrap();
        self.sender.ready().await.expect("connection");
        let res = self.sender.send_request(req).await.expect("request");
        let status = res.status().as_u16();
        if let Some(c) = res.headers().get("set-cookie") {
            let c = c.to_str().unwrap();
            self.cookie = c.split(';').next().unwrap().to_string();
        }
        (status, res.into_body().collect().await.unwrap().to_bytes())
    }
}

/// What the load generator reads of an attempt's view.
#[derive(serde::Deserialize, Default)]
struct View {
    #[serde(default)]
    attempt_id: String,
    #[serde(default)]
    ended: bool,
    #[serde(default)]
    choices: Vec<Choice>,
}

#[derive(serde::Deserialize)]
struct Choice {
    id: String,
}

#[derive(Default)]
struct Tally {
    /// Microseconds per reply answered inside the measured window.
    latencies: Vec<u32>,
    /// The second of the measured window each reply of `latencies` was sent in.
    seconds: Vec<u16>,
    finished: u64,
    errors: u64,
    /// The first failed answer: status and body.
    first_error: Option<String>,
}

/// A trainee's connection, signed in.
async fn signed_in(addr: SocketAddr, id: String) -> Client {
    let mut c = Client::connect(addr).await;
    let (status, _) = c
        .call(
            "POST",
            "/api/session",
            Some(json!({"id": id, "password": PASSWORD})),
        )
        .await;
    assert_eq!(status, 200, "sign-in of {id}");
    c
}

/// One trainee plays encounter after encounter until `to`, timing the replies
/// answered between `from` and `to`.
async fn trainee(
    mut c: Client,
    scenarios: std::sync::Arc<Vec<String>>,
    seed: u64,
    think: f64,
    from: Instant,
    to: Instant,
) -> (Client, Tally) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut tally = Tally::default();
    let mut last_sent = Instant::now();
    while Instant::now() < to {
        let scenario = &scenarios[rng.random_range(0..scenarios.len())];
        let (status, mut view) = c
            .play(
                "/api/attempts",
                json!({"scenario": scenario, "locale": "zh-CN"}),
            )
            .await;
        if status != 201 {
            tally.errors += 1;
            tally.first_error.get_or_insert(format!("start: {status}"));
            continue;
        }
        let path = format!("/api/attempts/{}/replies", view.attempt_id);
        while !view.ended && Instant::now() < to {
            // A trainee's pace: about one reply every `think` seconds, counted from
            // the last one sent (the time waiting for an answer is part of it).
            if think > 0.0 {
                let gap = Duration::from_secs_f64(think * rng.random_range(0.5..1.5));
                tokio::time::sleep_until((last_sent + gap).into()).await;
            }
            let pick = &view.choices[rng.random_range(0..view.choices.len())].id;
            let sent = Instant::now();
            last_sent = sent;
            let (status, next) = c.play(&path, json!({"choice": pick})).await;
            let done = Instant::now();
            if status != 200 {
                tally.errors += 1;
                tally.first_error.get_or_insert(format!("reply: {status}"));
                break;
            }
            if sent >= from && done <= to {
                tally
                    .latencies
                    .push(done.duration_since(sent).as_micros().min(u32::MAX as u128) as u32);
                tally
                    .seconds
                    .push(sent.duration_since(from).as_secs().min(u16::MAX as u64) as u16);
            }
            view = next;
        }
        if view.ended {
            tally.finished += 1;
        }
    }
    (c, tally)
}

/// One trainee opens `n` attempts and leaves them open.
async fn opener(mut c: Client, scenarios: std::sync::Arc<Vec<String>>, n: usize) -> usize {
    let mut opened = 0;
    for i in 0..n {
        let scenario = &scenarios[i % scenarios.len()];
        let (status, view) = c
            .play(
                "/api/attempts",
                json!({"scenario": scenario, "locale": "en-US"}),
            )
            .await;
        if status == 201 {
            opened += 1;
            // Answer once: the attempt is under way, not just started.
            c.play(
                &format!("/api/attempts/{}/replies", view.attempt_id),
                json!({"choice": view.choices[0].id}),
            )
            .await;
        }
    }
    opened
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

fn main() {
    let a = args();
    let dir = tempfile::tempdir().unwrap();
    let location = match &a.store {
        Some(s) => Location::parse(s),
        None => Location::Sqlite(dir.path().join("results.sqlite")),
    };
    let kind = match &location {
        Location::Sqlite(_) => "SQLite",
        Location::Postgres(_) => "PostgreSQL",
    };
    eprintln!(
        "[1/5] the store's raw commit rate ({kind}, {} s)…",
        a.raw_seconds
    );
    let raw = raw_commit_rate(&location, dir.path(), a.raw_seconds);
    eprintln!("[2/5] {} trainee accounts…", a.trainees);
    let ids = accounts(&location, a.trainees);
    eprintln!("[3/5] starting touchpoint serve…");
    let (mut child, addr) = start_server(&location, &a.scenarios);
    let pid = child.id();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    eprintln!("      signing {} trainees in…", a.trainees);
    let clients: Vec<Client> = rt.block_on(async {
        let tasks: Vec<_> = ids
            .iter()
            .map(|id| tokio::spawn(signed_in(addr, id.clone())))
            .collect();
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.expect("a sign-in"));
        }
        out
    });
    let (rss_signed_in, _) = memory_mb(pid);
    let scenarios: std::sync::Arc<Vec<String>> = rt.block_on(async {
        let mut c = Client::connect(addr).await;
        c.cookie = clients[0].cookie.clone();
        let (_, list) = c.call("GET", "/api/encounters", None).await;
        std::sync::Arc::new(
            list.as_array()
                .expect("the encounters")
                .iter()
                .map(|e| e["id"].as_str().unwrap().to_string())
                .collect(),
        )
    });
    eprintln!(
        "[4/5] {} trainees play {} encounters: {} s to warm up, {} s measured…",
        a.trainees,
        scenarios.len(),
        a.warmup,
        a.seconds
    );
    let think = if a.rate > 0.0 {
        a.trainees as f64 / a.rate
    } else {
        0.0
    };
    let start = Instant::now();
    let from = start + Duration::from_secs(a.warmup);
    // When the measured window began, by the wall clock (UTC): to line its slow
    // seconds up with the database's log or the machine's.
    let window_utc = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() + a.warmup)
        % 86_400;
    let to = from + Duration::from_secs(a.seconds);
    let cpu_before = cpu_seconds(pid);
    let own_before = cpu_seconds(std::process::id());
    let machine_before = machine_busy_seconds();
    let (clients, tallies): (Vec<Client>, Vec<Tally>) = rt.block_on(async {
        let tasks: Vec<_> = clients
            .into_iter()
            .enumerate()
            .map(|(i, c)| tokio::spawn(trainee(c, scenarios.clone(), i as u64, think, from, to)))
            .collect();
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.expect("a trainee"));
        }
        out.into_iter().unzip()
    });
    let (rss_play, _) = memory_mb(pid);
    let cpu = (cpu_seconds(pid) - cpu_before) / start.elapsed().as_secs_f64();
    let own_cpu = (cpu_seconds(std::process::id()) - own_before) / start.elapsed().as_secs_f64();
    let machine = (machine_busy_seconds() - machine_before) / start.elapsed().as_secs_f64();
    let mut latencies: Vec<u32> = tallies
        .iter()
        .flat_map(|t| t.latencies.iter().copied())
        .collect();
    // p99 of each second of the window: a stall shows as a few bad seconds, a
    // machine too busy as all of them.
    let mut by_second: Vec<Vec<u32>> = vec![Vec::new(); a.seconds as usize + 1];
    for t in &tallies {
        for (l, s) in t.latencies.iter().zip(&t.seconds) {
            by_second[(*s as usize).min(a.seconds as usize)].push(*l);
        }
    }
    let per_second: Vec<String> = by_second
        .iter_mut()
        .filter(|v| !v.is_empty())
        .map(|v| {
            v.sort_unstable();
            format!("{:.0}", percentile(v, 0.99))
        })
        .collect();
    latencies.sort_unstable();
    let finished: u64 = tallies.iter().map(|t| t.finished).sum();
    let errors: u64 = tallies.iter().map(|t| t.errors).sum();
    let first_error = tallies.iter().find_map(|t| t.first_error.clone());
    let rate = latencies.len() as f64 / a.seconds as f64;

    eprintln!("[5/5] {} attempts opened and left open…", a.open);
    let per = a.open.div_ceil(a.trainees.max(1));
    let opened: usize = rt.block_on(async {
        let tasks: Vec<_> = clients
            .into_iter()
            .map(|c| tokio::spawn(opener(c, scenarios.clone(), per)))
            .collect();
        let mut n = 0;
        for t in tasks {
            n += t.await.expect("an opener");
        }
        n
    });
    let (rss_open, peak) = memory_mb(pid);
    let _ = child.kill();
    let _ = child.wait();

    println!("store:                     {kind}");
    println!(
        "trainees:                  {} (aiming at {} replies/s together)",
        a.trainees, a.rate
    );
    println!(
        "replies answered:          {} in {} s = {rate:.0} replies/s",
        latencies.len(),
        a.seconds
    );
    println!(
        "reply latency:             p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.90),
        percentile(&latencies, 0.99),
        percentile(&latencies, 1.0)
    );
    println!(
        "p99 by second (ms):        {} (from {:02}:{:02}:{:02} UTC)",
        per_second.join(" "),
        window_utc / 3600,
        window_utc / 60 % 60,
        window_utc % 60
    );
    println!("encounters finished:       {finished}");
    println!(
        "CPU while playing:         server {cpu:.2} cores, load generator {own_cpu:.2} (of {})",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "CPU of the whole machine:  {machine:.2} cores busy (the rest of it, {:.2}: the store and others)",
        (machine - cpu - own_cpu).max(0.0)
    );
    println!("errors:                    {errors}");
    println!("raw commit rate:           {raw:.0} commits/s (one-row transactions, same disk)");
    println!("replies/s ÷ raw commits/s: {:.2}", rate / raw);
    // This machine's: the database's only when it runs here too.
    println!("this kernel writes out:    {}", writeback());
    println!("server memory signed in:   {rss_signed_in:.0} MB resident");
    println!("server memory after play:  {rss_play:.0} MB resident");
    println!("attempts open at once:     {opened} (+ those left by the play phase)");
    println!("server memory with them:   {rss_open:.0} MB resident (peak {peak:.0} MB)");
    // A run in which requests failed, or none was answered, is not a figure.
    if errors > 0 || latencies.is_empty() || opened < a.open.min(per * a.trainees) {
        eprintln!(
            "error: {errors} failed request(s) (first: {}), {} reply(ies) answered, {opened} attempt(s) opened",
            first_error.as_deref().unwrap_or("none"),
            latencies.len()
        );
        std::process::exit(1);
    }
}
