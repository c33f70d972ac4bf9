//! `touchpoint play --server URL` (issue 17): the terminal as a client of the course
//! server. The real binary plays against a server on 127.0.0.1 with a temporary
//! store, in a home folder of its own (results folder, store, data folder), which must
//! stay empty: the server draws, times, scores and keeps the attempt; the terminal
//! shows what it answers.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tempfile::TempDir;
use touchpoint::content::locale::Texts;
use touchpoint::results::store::{Filter, Location, Store};
use touchpoint::server::Running;

use crate::common::{load, root, stderr, stdout};
use crate::server::{Client, PASSWORD, free_port, self_signed, server, server_with};

/// The expert path of hall_dispute_escalation: the same replies on every seed (its
/// scenario tests).
pub(crate) const EXPERT: [&str; 12] = [
    "open_take_charge",
    "vent_listen",
    "crowd_room",
    "handover_brief",
    "urgent_reopen",
    "record_admit",
    "colleague_own",
    "comp_principle",
    "method_sheet",
    "thanks_gift",
    "callback_named",
    "farewell_warm",
];

/// Its polite but careless path: not passed, with feedback to compare.
const NOVICE: [&str; 13] = [
    "open_number",
    "vent_listen",
    "crowd_empathize",
    "still_manager_out",
    "handover_repeat",
    "urgent_records_first",
    "record_admit",
    "colleague_fetch",
    "comp_partial",
    "method_oral",
    "thanks_plain",
    "callback_sheet_now",
    "farewell_next",
];

const HALL: &str = "hall_dispute_escalation";

/// The real binary in English, with everything it could write locally in `home`.
fn touchpoint_in(home: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_touchpoint"));
    c.args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("TOUCHPOINT_RESULTS_DIR", home.join("results"))
        .env("TOUCHPOINT_STORE", home.join("store.sqlite3"))
        .env_remove("COLUMNS");
    c
}

/// `touchpoint play --server URL --trainee ID --password-stdin ARGS`, started with
/// its standard streams piped.
fn spawn(url: &str, id: &str, home: &Path, args: &[&str]) -> Child {
    let mut full = vec!["play", "--server", url, "--trainee", id, "--password-stdin"];
    full.extend_from_slice(args);
    touchpoint_in(home, &full)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run touchpoint")
}

/// The same, run to its end with `input` on standard input.
fn play_as(url: &str, id: &str, home: &Path, args: &[&str], input: &str) -> Output {
    let mut child = spawn(url, id, home, args);
    // (It may stop reading early, e.g. at a wrong password.)
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().expect("run touchpoint")
}

fn play(url: &str, home: &Path, args: &[&str], input: &str) -> Output {
    play_as(url, "ann", home, args, input)
}

fn password() -> String {
    format!("{PASSWORD}\n")
}

/// Nothing panicked and the exit code is `code`.
fn exited(o: &Output, code: i32) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{err}",
        stdout(o)
    );
}

/// Every file under `dir` (none may be left by playing on a server).
fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(d: &Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(d) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p.display().to_string());
            }
        }
    }
    walk(dir, &mut out);
    out
}

/// The last line of stderr that starts with `choices: `, as ids.
fn on_offer_line(o: &Output) -> Vec<String> {
    stderr(o)
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("choices: "))
        .unwrap_or_else(|| panic!("no `choices:` line:\n{}", stderr(o)))
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// `touchpoint play` on a server, at the keyboard: its output read as it comes.
struct Live {
    child: Child,
    stdin: Option<ChildStdin>,
    chunks: mpsc::Receiver<String>,
    /// Everything printed so far (stdout and stderr).
    text: String,
    /// Where the next [`Live::wait_for`] starts looking.
    from: usize,
}

impl Live {
    fn start(url: &str, home: &Path, args: &[&str]) -> Live {
        let mut child = spawn(url, "ann", home, args);
        let (tx, chunks) = mpsc::channel();
        let pipes: [Box<dyn Read + Send>; 2] = [
            Box::new(child.stdout.take().unwrap()),
            Box::new(child.stderr.take().unwrap()),
        ];
        for mut pipe in pipes {
            let tx = tx.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0
                        || tx
                            .send(String::from_utf8_lossy(&buf[..n]).into_owned())
                            .is_err()
                    {
                        break;
                    }
                }
            });
        }
        let mut live = Live {
            stdin: child.stdin.take(),
            child,
            chunks,
            text: String::new(),
            from: 0,
        };
        live.type_line(PASSWORD);
        live
    }

    /// Waits (at most 30 s) until `what` is printed after what was waited for last.
    fn wait_for(&mut self, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(at) = self.text[self.from..].find(what) {
                self.from += at + what.len();
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.chunks.recv_timeout(left) {
                Ok(c) => self.text.push_str(&c),
                Err(_) => panic!("`{what}` never came; so far:\n{}", self.text),
            }
        }
    }

    fn type_line(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
    }

    /// The number the replies shown last give `text`.
    fn number_of(&self, text: &str) -> String {
        let shown = &self.text[..self.from];
        let replies = &shown[shown.rfind("Your replies:").expect("replies shown")..];
        replies
            .lines()
            .find_map(|l| {
                let (n, rest) = l.trim_start().split_once(") ")?;
                (rest == text).then(|| n.to_string())
            })
            .unwrap_or_else(|| panic!("`{text}` is not on offer:\n{replies}"))
    }

    /// Closes the input and waits for the end: the exit code and all it printed.
    fn finish(mut self) -> (Option<i32>, String) {
        drop(self.stdin.take());
        let status = self.child.wait().unwrap();
        while let Ok(c) = self.chunks.recv_timeout(Duration::from_secs(5)) {
            self.text.push_str(&c);
        }
        (status.code(), self.text)
    }
}

/// The caller's attempts on the server (`GET /api/attempts`).
fn attempts(c: &Client) -> Vec<Value> {
    let a = c.get("/api/attempts");
    assert_eq!(a.status, 200, "{}", a.body);
    a.body.as_array().unwrap().clone()
}

/// Waits until the caller's only attempt has `n` replies on the server.
fn until_replies(c: &Client, n: u64) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while attempts(c).first().and_then(|a| a["replies"].as_u64()) != Some(n) {
        assert!(Instant::now() < deadline, "{:?}", attempts(c));
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A server with its accounts (`tests/server.rs`), its store, its address, a home
/// folder to play from, and the folder of the store (kept while it is bound).
fn setup() -> (Running, Location, String, TempDir, TempDir) {
    let store = tempfile::tempdir().unwrap();
    let (srv, loc) = server(store.path());
    let url = srv.url();
    (srv, loc, url, tempfile::tempdir().unwrap(), store)
}

/// A record without what differs between two attempts on the same seed and replies:
/// its id, who played it and when.
fn played(record: &Value) -> Value {
    let mut r = record.clone();
    for k in ["attempt_id", "trainee", "cohort", "started_at", "ended_at"] {
        r.as_object_mut().unwrap().remove(k);
    }
    r
}

#[test]
fn play_server_plays_to_the_end_and_prints_the_result_the_server_stored() {
    let (srv, loc, url, home, _store) = setup();
    let choices = EXPERT.join(",");

    let o = play(
        &url,
        home.path(),
        &[HALL, "--choices", &choices],
        &password(),
    );
    exited(&o, 0);
    let out = stdout(&o);
    let enc = load(&root().join("scenarios").join(format!("{HALL}.ron")));
    let t = enc.texts("en-US");
    for shown in [
        format!("Signed in to {url} as ann 名 (ann)."),
        format!("== {} ==", t.text("title")),
        format!("Setting: {}", t.text("setting")),
        format!("Customer profile: {}", t.text("persona")),
        "Customer: ".to_string(),
        format!("You: {}", t.text("farewell_warm")),
        "==== Result ====".to_string(),
        "(practice: the server times and scores every reply)".to_string(),
    ] {
        assert!(out.contains(&shown), "`{shown}` not in:\n{out}");
    }
    // The score and verdict printed are the record the server stored.
    let id = out
        .lines()
        .find_map(|l| l.strip_prefix("Scored by the server and kept there (attempt "))
        .and_then(|l| l.strip_suffix(")."))
        .unwrap_or_else(|| panic!("{out}"))
        .to_string();
    let stored = Store::open(&loc)
        .unwrap()
        .get(&id)
        .unwrap()
        .expect("stored");
    let verdict = if stored.passed {
        "PASSED"
    } else {
        "NOT PASSED"
    };
    let score_line = out.lines().rev().find(|l| l.starts_with("Score ")).unwrap();
    assert_eq!(
        score_line,
        format!(
            "Score {}/100  {verdict}  (pass mark {})",
            stored.score, stored.pass_mark
        )
    );
    assert!(stored.passed, "the expert path passes: {score_line}");
    let c = Client::signed_in(&srv, "ann");
    let rows = c.get("/api/results");
    assert_eq!(rows.body.as_array().unwrap().len(), 1, "{}", rows.body);
    assert_eq!(rows.body[0]["attempt_id"], json!(id));
    assert_eq!(rows.body[0]["score"], json!(stored.score));
    let transcript: Vec<&str> = stored
        .transcript
        .iter()
        .map(|t| t.choice.as_str())
        .collect();
    assert_eq!(transcript, EXPERT);

    // --json prints the very record the server keeps.
    let o = play(
        &url,
        home.path(),
        &[HALL, "--choices", &choices, "--json"],
        &password(),
    );
    exited(&o, 0);
    let printed: Value = serde_json::from_slice(&o.stdout).expect("the result as JSON");
    let id = printed["attempt_id"].as_str().unwrap();
    let kept = Store::open(&loc).unwrap().get(id).unwrap().expect("stored");
    assert_eq!(printed, serde_json::to_value(&kept).unwrap());
    assert_eq!(printed["trainee"]["id"], "ann");
    assert_eq!(printed["cohort"], "c1");

    // Nothing was written here: no result file, no journal, no store.
    assert_eq!(files_under(home.path()), Vec::<String>::new());
    // Each command signed in and out again.
    let log = Client::signed_in(&srv, "ada").get("/api/audit");
    let of_ann = |action: &str| {
        log.body
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["actor"] == "ann" && e["action"] == action)
            .count()
    };
    assert_eq!(
        (of_ann("signin"), of_ann("signout")),
        (3, 2),
        "{}",
        log.body
    );
}

#[test]
fn an_interrupted_attempt_is_resumed_and_ends_as_an_uninterrupted_one() {
    let (srv, loc, url, home, _store) = setup();
    let c = Client::signed_in(&srv, "ann");

    // The script runs out after the first reply: the attempt stays open.
    let o = play(
        &url,
        home.path(),
        &[HALL, "--choices", NOVICE[0]],
        &password(),
    );
    exited(&o, 3);
    assert!(
        stderr(&o).contains("the attempt stays open on the server"),
        "{}",
        stderr(&o)
    );
    let offered = on_offer_line(&o);
    assert!(offered.iter().any(|c| c == NOVICE[1]), "{offered:?}");
    until_replies(&c, 1);

    // At the keyboard: it resumes, the second reply is given, and the terminal is
    // killed.
    let enc = load(&root().join("scenarios").join(format!("{HALL}.ron")));
    let t = enc.texts("en-US");
    let mut live = Live::start(&url, home.path(), &[HALL]);
    live.wait_for("Resuming your open attempt of this encounter on the server (1 replies so far).");
    live.wait_for("Choose a reply");
    let n = live.number_of(&t.text(NOVICE[1]));
    live.type_line(&n);
    until_replies(&c, 2);
    live.child.kill().unwrap();
    let _ = live.finish();

    // The next run goes on from the third decision to the end.
    let rest = NOVICE[2..].join(",");
    let o = play(&url, home.path(), &[HALL, "--choices", &rest], &password());
    exited(&o, 0);
    assert!(stderr(&o).contains("(2 replies so far)"), "{}", stderr(&o));
    let open: Vec<Value> = attempts(&c)
        .into_iter()
        .filter(|a| a["ended"] == json!(false))
        .collect();
    assert!(open.is_empty(), "{open:?}");
    let s = Store::open(&loc).unwrap();
    let rows = s.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 1, "one attempt, started once");
    let stored = s.get(&rows[0].attempt_id).unwrap().unwrap();
    let replies: Vec<&str> = stored
        .transcript
        .iter()
        .map(|t| t.choice.as_str())
        .collect();
    assert_eq!(replies, NOVICE);

    // An uninterrupted run on the same seed with the same replies (each taking the
    // time the server measured) ends in the same state: transcript, moods,
    // assessment, feedback.
    let timed: Vec<String> = stored
        .transcript
        .iter()
        .map(|t| format!("{}@{}", t.choice, t.elapsed_ms))
        .collect();
    let scenario = root().join("scenarios").join(format!("{HALL}.ron"));
    let local = home.path().join("uninterrupted.json");
    let o = touchpoint_in(
        home.path(),
        &[
            "play",
            scenario.to_str().unwrap(),
            "--seed",
            &stored.seed.to_string(),
            "--choices",
            &timed.join(","),
            "--json",
            "--out",
            local.to_str().unwrap(),
        ],
    )
    .output()
    .unwrap();
    exited(&o, 0);
    let uninterrupted: Value =
        serde_json::from_str(&std::fs::read_to_string(&local).unwrap()).unwrap();
    let resumed = serde_json::to_value(&stored).unwrap();
    assert_eq!(played(&resumed), played(&uninterrupted));
    assert!(!stored.passed && !stored.feedback.is_empty());
}

#[test]
fn a_wrong_password_is_a_clear_error_and_too_many_are_throttled() {
    let (srv, _, url, home, _store) = setup();
    for (id, pw) in [("ann", "not the password"), ("nobody", PASSWORD)] {
        let o = play_as(&url, id, home.path(), &[HALL], &format!("{pw}\n"));
        exited(&o, 1);
        assert_eq!(
            stderr(&o).trim(),
            format!("error: wrong id or password for {url}")
        );
        assert_eq!(stdout(&o), "", "nothing is shown before signing in");
    }
    // Five failures under one id lock it: the next attempt says for how long.
    for _ in 0..4 {
        exited(&play(&url, home.path(), &[HALL], "wrong\n"), 1);
    }
    let o = play(&url, home.path(), &[HALL], &password());
    exited(&o, 1);
    let err = stderr(&o);
    let secs: u64 = err
        .split("try again in ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{err}"));
    assert!(err.starts_with("error: too many failed sign-ins"), "{err}");
    assert!((1..=30).contains(&secs), "{err}");
    assert!(attempts(&Client::signed_in(&srv, "bob")).is_empty());

    // In Chinese, too.
    let o = touchpoint_in(
        home.path(),
        &[
            "play",
            "--server",
            &url,
            "--trainee",
            "bob",
            "--password-stdin",
            HALL,
        ],
    )
    .env("LANG", "zh_CN.UTF-8")
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .and_then(|mut c| {
        c.stdin.take().unwrap().write_all(b"wrong\n")?;
        c.wait_with_output()
    })
    .unwrap();
    exited(&o, 1);
    assert_eq!(stderr(&o).trim(), format!("error: {url}：账号或密码错误"));

    // Off a terminal, the password must come with --password-stdin.
    let o = touchpoint_in(
        home.path(),
        &["play", "--server", &url, "--trainee", "ann", HALL],
    )
    .stdin(Stdio::null())
    .output()
    .unwrap();
    exited(&o, 2);
    assert!(stderr(&o).contains("--password-stdin"), "{}", stderr(&o));
}

#[test]
fn a_reply_not_on_offer_shows_the_offer_and_changes_nothing_on_the_server() {
    let (srv, _, url, home, _store) = setup();
    let c = Client::signed_in(&srv, "ann");
    for (bad, shown) in [("not_a_reply", "`not_a_reply`"), ("9", "`9`")] {
        let o = play(&url, home.path(), &[HALL, "--choices", bad], &password());
        exited(&o, 1);
        let err = stderr(&o);
        assert!(
            err.contains(&format!(
                "{shown} is not a reply on offer here; nothing changed on the server"
            )),
            "{err}"
        );
        let list = attempts(&c);
        assert_eq!(list.len(), 1, "{list:?}");
        assert_eq!(list[0]["replies"], 0);
        let now = c.get(&format!(
            "/api/attempts/{}",
            list[0]["attempt_id"].as_str().unwrap()
        ));
        let ids: Vec<String> = now.body["choices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(on_offer_line(&o), ids);
        assert!(
            err.contains(&format!("On offer: {}", ids.join(" "))),
            "{err}"
        );
    }
    // A time in --choices is refused before anything is sent: the server times.
    let o = play(
        &url,
        home.path(),
        &[HALL, "--choices", "open_number@26000"],
        &password(),
    );
    exited(&o, 2);
    assert!(
        stderr(&o).contains("the server times every reply itself"),
        "{}",
        stderr(&o)
    );
    assert_eq!(attempts(&c)[0]["replies"], 0);

    // At the keyboard, a reply the attempt no longer offers (another window moved it
    // on) is not taken: the terminal shows where the attempt stands and asks again.
    let enc = load(&root().join("scenarios").join(format!("{HALL}.ron")));
    let t = enc.texts("en-US");
    let mut live = Live::start(&url, home.path(), &[HALL]);
    live.wait_for("Choose a reply");
    let id = attempts(&c)[0]["attempt_id"].as_str().unwrap().to_string();
    let elsewhere = c.post(
        &format!("/api/attempts/{id}/replies"),
        json!({"choice": EXPERT[0]}),
    );
    assert_eq!(elsewhere.status, 200, "{}", elsewhere.body);
    let stale = live.number_of(&t.text("open_number"));
    live.type_line(&stale);
    live.wait_for("The attempt moved on elsewhere");
    live.wait_for("Choose a reply");
    let n = live.number_of(&t.text(EXPERT[1]));
    live.type_line(&n);
    until_replies(&c, 2);
    live.type_line("q");
    let (code, text) = live.finish();
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("It stays open on the server"), "{text}");
    assert!(!text.contains("panicked"), "{text}");
    let now = c.get(&format!("/api/attempts/{id}"));
    assert_eq!(now.body["ended"], json!(false));
    assert_eq!(attempts(&c)[0]["replies"], 2);
}

#[test]
fn an_unreachable_server_or_one_that_is_not_a_course_server_is_named() {
    let home = tempfile::tempdir().unwrap();
    let url = format!("http://127.0.0.1:{}", free_port());
    let o = play(&url, home.path(), &[HALL], &password());
    exited(&o, 1);
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!("error: cannot reach the course server at {url}: ")),
        "{err}"
    );

    // Something else answers at that address: a web page, not JSON.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let page = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        // The whole request (headers and body may come apart): a socket closed with
        // unread data is reset, and the client would see that, not the page.
        let mut request = Vec::new();
        let mut buf = [0u8; 4096];
        conn.set_read_timeout(Some(Duration::from_millis(300)))
            .unwrap();
        while let Ok(n) = conn.read(&mut buf) {
            if n == 0 {
                break;
            }
            request.extend_from_slice(&buf[..n]);
            let text = String::from_utf8_lossy(&request);
            if let Some(end) = text.find("\r\n\r\n") {
                let length = text[..end]
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("content-length:")
                            .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                    })
                    .unwrap_or(0);
                if request.len() >= end + 4 + length {
                    break;
                }
            }
        }
        let body = "<!doctype html><title>Router</title>";
        let _ = write!(
            conn,
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    });
    let o = play(&url, home.path(), &[HALL], &password());
    page.join().unwrap();
    exited(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains(&format!("the answer from {url}/api/session (HTTP 200) is not a Touchpoint course server's: not JSON (it begins `<!doctype html><title>Router</title>`)")),
        "{err}"
    );

    // An address that is not one: refused before anything is sent.
    for (bad, why) in [
        (
            "training.example.com",
            "it must start with https:// or http://",
        ),
        (
            "https://ann:pw@training.example.com",
            "it must not hold a user or a password",
        ),
    ] {
        let o = play(bad, home.path(), &[HALL], &password());
        exited(&o, 2);
        assert!(
            stderr(&o).contains(&format!("{bad} is not a server address: {why}")),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(files_under(home.path()), Vec::<String>::new());
}

#[test]
fn a_session_that_ends_mid_play_says_so_and_the_attempt_goes_on_next_time() {
    let (srv, _, url, home, _store) = setup();
    let mut live = Live::start(&url, home.path(), &[HALL]);
    live.wait_for("Choose a reply");
    // An admin gives ann a new password: her sessions end at once.
    let admin = Client::signed_in(&srv, "ada");
    let reset = admin.post("/api/accounts/ann/password", json!({}));
    assert_eq!(reset.status, 200, "{}", reset.body);
    let new_password = reset.body["password"].as_str().unwrap().to_string();
    live.type_line("1");
    let (code, text) = live.finish();
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains(&format!("error: your session on {url} has ended")),
        "{text}"
    );
    assert!(
        text.contains("Your replies so far are kept on the server: run the same command again"),
        "{text}"
    );
    assert!(!text.contains("panicked"), "{text}");
    // Signed in again, the same command goes on with the same attempt.
    let o = play(
        &url,
        home.path(),
        &[HALL, "--choices", &EXPERT.join(",")],
        &format!("{new_password}\n"),
    );
    exited(&o, 0);
    assert!(stderr(&o).contains("(0 replies so far)"), "{}", stderr(&o));
}

#[test]
fn without_an_encounter_the_course_is_listed_by_module_to_pick_from() {
    let (srv, _, url, home, _store) = setup();
    Client::signed_in(&srv, "ivy").mark_assessed("c1", "ringback_complaint");
    let ann = Client::signed_in(&srv, "ann");
    let list = ann.get("/api/encounters?locale=en-US");
    let ids: Vec<&str> = list
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    // In teaching order: the course's first module first.
    assert_eq!(ids[0], "hall_departure_rain", "{ids:?}");
    assert_eq!(list.body[4]["module_name"], "Module 2: Handling complaints");
    let n = ids.iter().position(|i| *i == "ringback_complaint").unwrap() + 1;

    // The number picked, then the first reply at every decision (typed lines).
    let input = format!("{PASSWORD}\n{n}\n{}", "1\n".repeat(60));
    let o = play(&url, home.path(), &[], &input);
    exited(&o, 0);
    let out = stdout(&o);
    let module = out.find("\nModule 2: Handling complaints\n").expect(&out);
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{n}) ")))
        .unwrap();
    assert!(
        line.contains("Who put a ringback tone on my phone?"),
        "{line}"
    );
    assert!(
        line.ends_with("complainant · standard  [assessed]"),
        "{line}"
    );
    assert!(out.find(line).unwrap() > module);
    assert!(
        out.contains("(assessed: the server times and scores every reply)"),
        "{out}"
    );
    assert!(out.contains("==== Result ===="), "{out}");
    assert!(out.contains(&format!(
        "Choose an encounter (1-{}, q to quit) > ",
        ids.len()
    )));

    // `q` at the list starts nothing.
    let o = play(&url, home.path(), &[], &format!("{PASSWORD}\nq\n"));
    exited(&o, 1);
    assert_eq!(attempts(&ann).len(), 1);
    // Neither does an encounter the server does not offer.
    let o = play(&url, home.path(), &["no_such_encounter"], &password());
    exited(&o, 1);
    assert!(
        stderr(&o).contains(&format!("{url} offers no encounter `no_such_encounter`")),
        "{}",
        stderr(&o)
    );
}

/// A server (`tests/server.rs`'s accounts) over HTTPS with a self-signed certificate,
/// its store in `dir`; and the certificate's PEM file, for a client to trust.
pub(crate) fn https_server(dir: &Path) -> (Running, std::path::PathBuf) {
    use touchpoint::server::Tls;
    let (_, cert, key) = self_signed(dir);
    let loc = Location::Sqlite(dir.join("store.sqlite3"));
    let srv = server_with(&loc, &root().join("scenarios"), |c| {
        c.secure_cookies = true;
        c.tls = Some(Tls {
            cert: cert.clone(),
            key,
        });
    });
    assert!(srv.url().starts_with("https://"), "{}", srv.url());
    (srv, cert)
}

#[test]
fn over_https_the_server_is_trusted_by_its_certificate_file() {
    let dir = tempfile::tempdir().unwrap();
    let (srv, cert) = https_server(dir.path());
    let url = srv.url();
    let home = tempfile::tempdir().unwrap();
    let choices = EXPERT.join(",");
    let o = play(
        &url,
        home.path(),
        &[
            HALL,
            "--choices",
            &choices,
            "--ca-cert",
            cert.to_str().unwrap(),
        ],
        &password(),
    );
    exited(&o, 0);
    assert!(
        stdout(&o).contains("Scored by the server and kept there"),
        "{}",
        stdout(&o)
    );
    // Not trusted by the public authorities: no answer, the address named.
    let o = play(
        &url,
        home.path(),
        &[HALL, "--choices", &choices],
        &password(),
    );
    exited(&o, 1);
    assert!(
        stderr(&o).starts_with(&format!("error: cannot reach the course server at {url}: ")),
        "{}",
        stderr(&o)
    );
    // A file that holds no certificate (the server's key).
    let key = dir.path().join("key.pem");
    let o = play(
        &url,
        home.path(),
        &[HALL, "--ca-cert", key.to_str().unwrap()],
        &password(),
    );
    exited(&o, 2);
    assert!(
        stderr(&o).contains("holds no certificate in PEM form"),
        "{}",
        stderr(&o)
    );
}

/// The words the server sends come out of the terminal's texts exactly as sent,
/// whatever they hold (Fluent syntax, quotes, line breaks), and ids that are not
/// Fluent identifiers are left out.
#[test]
fn texts_made_of_the_servers_words_say_them_as_sent() {
    let tricky = [
        "plain",
        "{ $var } and { -term } and {\"x\"}",
        "quotes \" and \\ backslash",
        "two\nlines\tand a tab",
        "[not a variant] *[other] .attr",
        "  leading spaces kept? ",
        "中文：“引号”，还有 100-1=0",
    ];
    let scenario: Vec<(&str, Option<&str>, &str)> = tricky
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let id: &'static str = Box::leak(format!("m{i}").into_boxed_str());
            (id, None, *t)
        })
        .chain([
            ("node", Some("angry"), "Angry line"),
            ("node", None, "Plain line"),
            ("bad id", None, "never"),
            ("node", None, "second value ignored"),
        ])
        .collect();
    let t = Texts::given("en-US", scenario, [("comp", "Competency {name}")]);
    for (i, text) in tricky.iter().enumerate() {
        assert_eq!(t.text(&format!("m{i}")), *text, "m{i}");
    }
    assert_eq!(t.line("node", Some("angry")), "Angry line");
    assert_eq!(t.line("node", None), "Plain line");
    assert_eq!(t.text("bad id"), "[bad id]");
    assert_eq!(t.cat("comp"), "Competency {name}");
    assert_eq!(t.ui("ui-you"), "You");
}

/// `touchpoint results push` (issue 17): practice played offline, then sent to the
/// course server, which replays each result and keeps those that replay marked
/// "replayed"; a tampered one is refused with the reason and the exit code says so;
/// sending again changes nothing.
#[test]
fn results_push_keeps_practice_that_replays_and_refuses_a_tampered_file() {
    let (srv, loc, url, home, _store) = setup();
    let offline = home.path().join("offline");
    std::fs::create_dir_all(&offline).unwrap();
    // Offline practice, as ann (cohort c1), twice: the expert and the novice path.
    let scenario = root().join("scenarios").join(format!("{HALL}.ron"));
    for (seed, path) in [("3", EXPERT.join(",")), ("4", NOVICE.join(","))] {
        let o = touchpoint_in(
            home.path(),
            &[
                "play",
                scenario.to_str().unwrap(),
                "--seed",
                seed,
                "--trainee",
                "ann",
                "--cohort",
                "c1",
                "--choices",
                &path,
                "--out",
                offline.to_str().unwrap(),
            ],
        )
        .output()
        .unwrap();
        exited(&o, 0);
    }
    let files: Vec<_> = files_under(&offline);
    assert_eq!(files.len(), 2, "{files:?}");
    // A copy of one with its score raised: refused.
    let mut forged: Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    forged["score"] = json!(100);
    forged["passed"] = json!(true);
    forged["attempt_id"] = json!("0194c2a0-0000-7000-8000-00000000f0f0");
    let tampered = home.path().join("tampered.json");
    std::fs::write(&tampered, serde_json::to_vec_pretty(&forged).unwrap()).unwrap();

    let push = |paths: &[&Path]| {
        let mut args = vec![
            "results",
            "push",
            "--server",
            &url,
            "--trainee",
            "ann",
            "--password-stdin",
        ];
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        args.extend(shown.iter().map(String::as_str));
        let mut child = touchpoint_in(home.path(), &args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let _ = child.stdin.take().unwrap().write_all(password().as_bytes());
        child.wait_with_output().unwrap()
    };
    let o = push(&[&offline, &tampered]);
    exited(&o, 1);
    let out = stdout(&o);
    assert!(
        out.contains("2 sent and kept, 0 already on the server, 1 refused."),
        "{out}"
    );
    assert!(
        stderr(&o).contains("tampered.json: refused by the server"),
        "{}",
        stderr(&o)
    );
    let rows = Store::open(&loc).unwrap().rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    for r in &rows {
        assert_eq!(
            (r.trainee_id.as_str(), r.verified_by()),
            ("ann", "replayed")
        );
        assert_ne!(r.attempt_id, "0194c2a0-0000-7000-8000-00000000f0f0");
    }
    // Again: nothing new.
    let o = push(&[&offline]);
    exited(&o, 0);
    assert!(
        stdout(&o).contains("0 sent and kept, 2 already on the server, 0 refused."),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        Store::open(&loc)
            .unwrap()
            .rows(&Filter::default())
            .unwrap()
            .len(),
        2
    );
    // Another trainee cannot send ann's.
    let mut child = touchpoint_in(
        home.path(),
        &[
            "results",
            "push",
            "--server",
            &url,
            "--trainee",
            "bob",
            "--password-stdin",
            offline.to_str().unwrap(),
        ],
    )
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let _ = child.stdin.take().unwrap().write_all(password().as_bytes());
    let o = child.wait_with_output().unwrap();
    exited(&o, 1);
    assert!(
        stderr(&o).contains("you may send your own results only"),
        "{}",
        stderr(&o)
    );
    drop(srv);
}
