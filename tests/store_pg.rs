//! The results store on a real PostgreSQL server: the same schema and behaviour as
//! SQLite (same exports byte for byte), a classroom of processes writing at once, an
//! import killed mid-write, an unreachable server.
//!
//! The server: `TOUCHPOINT_TEST_POSTGRES` (a URL; `.ci/run` starts one with
//! `.ci/postgres.sh`), else one started (or reused) by `.ci/postgres.sh --reuse` when
//! Debian's postgresql package is installed. Each test works in a database of its own. With no
//! server at all the tests say so and pass, except under CI (`CI=true`), where a
//! missing server is a failure.

use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use touchpoint::results::store::{Filter, Location, Store};

use crate::common::{fixtures, root, stderr, synth_files};

/// The server's URL, started once per test run if need be.
fn server() -> Option<&'static str> {
    static URL: OnceLock<Option<String>> = OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(url) = std::env::var("TOUCHPOINT_TEST_POSTGRES")
            && !url.is_empty()
        {
            return Some(url);
        }
        let has_server = std::fs::read_dir("/usr/lib/postgresql")
            .map(|d| {
                d.filter_map(Result::ok)
                    .any(|v| v.path().join("bin/initdb").exists())
            })
            .unwrap_or(false);
        if !has_server {
            return None;
        }
        let o = Command::new("bash")
            .arg(root().join(".ci/postgres.sh"))
            .arg("--reuse")
            .stderr(Stdio::inherit())
            .output()
            .expect("run .ci/postgres.sh");
        assert!(o.status.success(), ".ci/postgres.sh failed");
        Some(String::from_utf8(o.stdout).unwrap().trim().to_string())
    })
    .as_deref()
}

/// A fresh, empty database on the server for one test; its URL.
fn database(name: &str) -> Option<String> {
    let Some(url) = server() else {
        assert!(
            std::env::var("CI").is_err(),
            "CI needs a PostgreSQL server: set TOUCHPOINT_TEST_POSTGRES (see .ci/postgres.sh)"
        );
        eprintln!(
            "store_pg::{name}: no PostgreSQL server here (install postgresql or set TOUCHPOINT_TEST_POSTGRES); not run"
        );
        return None;
    };
    let mut admin = postgres::Client::connect(url, postgres::NoTls).expect("connect to the server");
    drop_left_behind(&mut admin);
    let db = format!("tp_{name}_{}", std::process::id());
    // One statement each: CREATE DATABASE cannot run inside a transaction block.
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {db}"))
        .unwrap();
    let base = url.rsplit_once('/').unwrap().0;
    Some(format!("{base}/{db}"))
}

/// The databases of test runs that have ended (`tp_<name>_<pid>`, the process
/// gone), dropped once per run: on a server reused between runs (`.ci/postgres.sh
/// --reuse`) they would otherwise pile up, one per test and run.
fn drop_left_behind(admin: &mut postgres::Client) {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let names: Vec<String> = admin
            .query(
                "SELECT datname::text FROM pg_database WHERE datname LIKE 'tp\\_%'",
                &[],
            )
            .expect("list the test databases")
            .iter()
            .map(|r| r.get(0))
            .collect();
        for name in names {
            let Some(pid) = name.rsplit('_').next().and_then(|p| p.parse::<u32>().ok()) else {
                continue;
            };
            if pid != std::process::id() && !std::path::Path::new(&format!("/proc/{pid}")).exists()
            {
                // Connections of a run that ended are gone with it; FORCE for any left.
                let quoted = name.replace('"', "\"\"");
                let _ = admin.batch_execute(&format!(
                    "DROP DATABASE IF EXISTS \"{quoted}\" WITH (FORCE)"
                ));
            }
        }
    });
}

fn tp(store: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("TOUCHPOINT_STORE", store)
        .output()
        .unwrap()
}

/// Imported into SQLite and into PostgreSQL, the same files give the same attempts,
/// records, and CSV and JSON Lines exports byte for byte; importing again adds nothing;
/// a damaged file is named and skipped; filters select the same rows.
#[test]
fn postgres_stores_and_exports_exactly_what_sqlite_does() {
    let Some(url) = database("same") else { return };
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 120);
    std::fs::write(
        files.join("damaged.json"),
        "{\"schema\": \"touchpoint.result\",\n  oops",
    )
    .unwrap();
    // Well-formed JSON, but not a record the store can keep: named and skipped,
    // the rest imported (found by fuzzing: it used to abort the whole import).
    let first = std::fs::read_dir(&files)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with("damaged.json"))
        .unwrap();
    let mut rec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&first).unwrap()).unwrap();
    rec["attempt_id"] = "bad-turns".into();
    let turns = rec["transcript"].as_array_mut().unwrap();
    let again = turns[0].clone();
    turns.push(again);
    std::fs::write(
        files.join("bad-turns.json"),
        serde_json::to_vec(&rec).unwrap(),
    )
    .unwrap();
    rec["attempt_id"] = "bad-score".into();
    rec["score"] = 150.into();
    std::fs::write(
        files.join("bad-score.json"),
        serde_json::to_vec(&rec).unwrap(),
    )
    .unwrap();
    let lite = d.path().join("s.sqlite3");
    let lite = lite.to_str().unwrap();
    for store in [lite, url.as_str()] {
        let o = tp(
            store,
            &["results", "import", files.to_str().unwrap(), "--quiet"],
        );
        assert_eq!(o.status.code(), Some(1), "a damaged file: {}", stderr(&o));
        assert!(stderr(&o).contains("damaged.json:2:"), "{}", stderr(&o));
        assert!(
            stderr(&o)
                .contains("bad-turns.json:1:1: error: not a valid result record: transcript turn"),
            "{}",
            stderr(&o)
        );
        assert!(
            stderr(&o).contains("bad-score.json:1:1: error: not a valid result record: score 150"),
            "{}",
            stderr(&o)
        );
        assert!(
            stderr(&o).contains("120 attempt(s) added"),
            "{}",
            stderr(&o)
        );
        let o = tp(
            store,
            &["results", "import", files.to_str().unwrap(), "--quiet"],
        );
        assert!(
            stderr(&o).contains("0 attempt(s) added, 120 already"),
            "{}",
            stderr(&o)
        );
    }
    let export = |store: &str, format: &str, filter: &[&str]| {
        let out = d.path().join(format!("x.{format}"));
        let mut args = vec!["results", "export", "--format", format, "--out"];
        args.push(out.to_str().unwrap());
        args.push("--quiet");
        args.extend_from_slice(filter);
        let o = tp(store, &args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        std::fs::read(&out).unwrap()
    };
    for format in ["csv", "jsonl"] {
        for filter in [
            &[][..],
            &["--cohort", "cohort-2"],
            &["--since", "2026-11-20", "--trainee", "t0003"],
        ] {
            let a = export(lite, format, filter);
            let b = export(&url, format, filter);
            assert!(a.len() > 100, "{format} {filter:?} exported something");
            let (a, b) = (String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
            if let Some((x, y)) = a.lines().zip(b.lines()).find(|(x, y)| x != y) {
                panic!("{format} {filter:?}: SQLite and PostgreSQL differ:\n{x}\n{y}");
            }
            assert_eq!(a.len(), b.len(), "{format} {filter:?}");
        }
    }
    let (l, p) = (
        Store::open(&Location::Sqlite(lite.into())).unwrap(),
        Store::open(&Location::Postgres(url.clone())).unwrap(),
    );
    assert_eq!(p.schema_version().unwrap(), l.schema_version().unwrap());
    assert!(p.integrity_ok().unwrap());
    let rows = p.rows(&Filter::default()).unwrap();
    assert_eq!(rows, l.rows(&Filter::default()).unwrap());
    for r in rows.iter().take(10) {
        let rec = p.get(&r.attempt_id).unwrap().unwrap();
        assert_eq!(Some(&rec), l.get(&r.attempt_id).unwrap().as_ref());
        assert_eq!(rec.transcript.len() as u32, r.decisions);
    }
    assert_eq!(p.get("no-such-attempt").unwrap(), None);
}

/// A classroom on PostgreSQL: twelve trainees play at once into one fresh database
/// (so their first connections race to migrate it), while two imports of the same
/// 300 files run side by side: every attempt is stored once, whole.
#[test]
fn a_classroom_writing_to_postgres_at_once_loses_nothing() {
    let Some(url) = database("classroom") else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 300);
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let mut children: Vec<_> = (0..12)
        .map(|k| {
            let out = d.path().join(format!("pc{k}"));
            std::fs::create_dir_all(&out).unwrap();
            Command::new(env!("CARGO_BIN_EXE_touchpoint"))
                .args(["play", sc.to_str().unwrap(), "--seed", &k.to_string()])
                .args(["--trainee", &format!("pc{k}"), "--cohort", "room-1"])
                .args([
                    "--choices",
                    if k % 2 == 0 {
                        "opening_soothe,story_listen,offer_options"
                    } else {
                        "opening_ticket,story_cut_in"
                    },
                ])
                .args(["--out", out.to_str().unwrap()])
                .env("LANG", "en_US.UTF-8")
                .env("TOUCHPOINT_STORE", &url)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for _ in 0..2 {
        children.push(
            Command::new(env!("CARGO_BIN_EXE_touchpoint"))
                .args([
                    "--store",
                    &url,
                    "results",
                    "import",
                    files.to_str().unwrap(),
                    "--quiet",
                ])
                .env("LANG", "en_US.UTF-8")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
    }
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        // An import that ran before any play kept the encounter's version stores
        // the files unverified and says so: a matter of timing, not a loss.
        let err = stderr(&o);
        assert!(
            !err.lines()
                .any(|l| l.starts_with("warning") && !l.contains("stored unverified")),
            "{err}"
        );
    }
    let store = Store::open(&Location::Postgres(url)).unwrap();
    assert!(store.integrity_ok().unwrap());
    assert_eq!(store.count(&Filter::default()).unwrap(), 312);
    let room = Filter {
        cohort: Some("room-1".into()),
        ..Filter::default()
    };
    let rows = store.rows(&room).unwrap();
    assert_eq!(rows.len(), 12);
    for r in &rows {
        let rec = store.get(&r.attempt_id).unwrap().unwrap();
        assert_eq!(rec.transcript.len() as u32, r.decisions);
        assert_eq!(rec.trainee.id, r.trainee_id);
    }
}

/// An import into PostgreSQL killed (SIGKILL) at several moments leaves only whole
/// transactions (multiples of 500 attempts), every stored attempt whole; importing
/// again completes the rest.
#[test]
fn a_postgres_import_killed_mid_write_leaves_whole_attempts_only() {
    let Some(url) = database("killed") else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 1500);
    let mut counts = Vec::new();
    for delay_ms in [150u64, 400, 700, 1100, 1600] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args([
                "--store",
                &url,
                "results",
                "import",
                files.to_str().unwrap(),
                "--quiet",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let store = Store::open(&Location::Postgres(url.clone())).unwrap();
        assert!(store.integrity_ok().unwrap());
        let rows = store.rows(&Filter::default()).unwrap();
        for r in &rows {
            let rec = store
                .get(&r.attempt_id)
                .unwrap()
                .expect("record of a listed attempt");
            assert_eq!(rec.transcript.len() as u32, r.decisions, "whole attempt");
        }
        counts.push(rows.len());
    }
    assert!(
        counts.iter().any(|&n| n < 1500),
        "no import was killed mid-way: {counts:?}"
    );
    assert!(counts.iter().all(|&n| n % 500 == 0), "{counts:?}");
    let o = tp(
        &url,
        &["results", "import", files.to_str().unwrap(), "--quiet"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let store = Store::open(&Location::Postgres(url)).unwrap();
    assert_eq!(store.count(&Filter::default()).unwrap(), 1500);
}

/// No server at the address: a clear error naming the store (password hidden) within
/// the connect timeout; play still keeps its result file and says how to import it.
#[test]
fn an_unreachable_postgres_server_is_a_clear_error() {
    // A port nothing listens on: bind one, then close it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://hr:s3cret@127.0.0.1:{port}/touchpoint");
    let t0 = std::time::Instant::now();
    let o = tp(&url, &["results", "list"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "cannot open the results store postgres://hr:***@127.0.0.1:{port}/touchpoint"
        )),
        "{err}"
    );
    assert!(!err.contains("s3cret"), "{err}");
    assert!(
        t0.elapsed().as_secs() < 15,
        "gave up within the connect timeout"
    );
    let d = tempfile::tempdir().unwrap();
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let o = tp(
        &url,
        &[
            "play",
            sc.to_str().unwrap(),
            "--seed",
            "1",
            "--choices",
            "opening_soothe,story_listen,offer_options",
            "--out",
            d.path().to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("touchpoint results import"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("s3cret"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_dir(d.path()).unwrap().count(),
        1,
        "the result file is kept"
    );
}

/// Encounter versions, replay on import, the `verified` column and damaged rows
/// behave on PostgreSQL exactly as on SQLite: the same files give the same refusals,
/// the same kept version (loadable from its stored texts) and the same exports, and
/// a row damaged in the database is left out and named.
#[test]
fn postgres_keeps_encounter_versions_and_verifies_as_sqlite_does() {
    let Some(url) = database("versions") else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 40);
    let first = std::fs::read_dir(&files)
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    let mut rec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&first).unwrap()).unwrap();
    let hash = rec["scenario"]["content_hash"]
        .as_str()
        .unwrap()
        .to_string();
    let score = rec["score"].as_u64().unwrap();
    rec["attempt_id"] = "forged".into();
    rec["score"] = (if score == 100 { 99 } else { 100 }).into();
    rec["passed"] = (rec["score"].as_u64().unwrap() >= rec["pass_mark"].as_u64().unwrap()
        && rec["critical"].as_array().unwrap().is_empty())
    .into();
    std::fs::write(files.join("forged.json"), serde_json::to_vec(&rec).unwrap()).unwrap();
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let run = |store: &str, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args(args)
            .env("LANG", "en_US.UTF-8")
            .env("TOUCHPOINT_STORE", store)
            .current_dir(&empty)
            .output()
            .unwrap()
    };
    let lite = d.path().join("s.sqlite3");
    let lite = lite.to_str().unwrap();
    let scenarios = fixtures().join("scenarios");
    let mut csvs = Vec::new();
    for store in [lite, url.as_str()] {
        let o = run(
            store,
            &[
                "results",
                "import",
                files.to_str().unwrap(),
                "--scenarios",
                scenarios.to_str().unwrap(),
                "--quiet",
            ],
        );
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(
            err.contains("forged.json") && err.contains("in the file"),
            "{err}"
        );
        assert!(
            err.contains("40 attempt(s) added, 0 already in the store, 1 file(s) skipped; 40 replayed, 0 unverified; 1 encounter version(s) kept"),
            "{err}"
        );
        let s = Store::open(&Location::parse(store)).unwrap();
        assert_eq!(s.schema_version().unwrap(), 6);
        let enc = s
            .load_version(&hash)
            .unwrap()
            .expect("kept")
            .expect("loads");
        assert_eq!(enc.content_hash, hash);
        assert_eq!(
            s.stored_texts("en-US/catalog.ftl", &mut Vec::new())
                .unwrap()
                .len(),
            1
        );
        drop(s);
        let csv = empty.join("x.csv");
        let o = run(
            store,
            &[
                "results",
                "export",
                "--format",
                "csv",
                "--out",
                csv.to_str().unwrap(),
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        csvs.push(std::fs::read_to_string(&csv).unwrap());
        // Names from the store's catalog texts, from a folder with no scenarios.
        let html = empty.join("r.html");
        let o = run(
            store,
            &[
                "results",
                "report",
                "--out",
                html.to_str().unwrap(),
                "--locale",
                "en-US",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(
            std::fs::read_to_string(&html)
                .unwrap()
                .contains("Emotion handling")
        );
    }
    assert_eq!(
        csvs[0], csvs[1],
        "SQLite and PostgreSQL export the same CSV"
    );
    let mut lines = csvs[0].lines();
    let col = lines
        .next()
        .unwrap()
        .split(',')
        .position(|h| h == "verified")
        .unwrap();
    let verified: Vec<&str> = lines.map(|l| l.split(',').nth(col).unwrap()).collect();
    assert_eq!(verified, ["true"; 40], "every attempt verified");

    // A row damaged on the server is left out and named.
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let id: String = c
        .query_one(
            "SELECT attempt_id FROM attempts ORDER BY attempt_id LIMIT 1",
            &[],
        )
        .unwrap()
        .get(0);
    c.execute(
        "UPDATE attempts SET score = 999 WHERE attempt_id = $1",
        &[&id],
    )
    .unwrap();
    let csv = empty.join("y.csv");
    let o = run(
        &url,
        &[
            "results",
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("attempt {id} is damaged"))
            && stderr(&o).contains("column score is 999"),
        "{}",
        stderr(&o)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 40, "the header and 39 attempts");
}

/// Review M5 and H1 on both backends alike: attempts imported unverified become
/// verified when imported again with their versions; a row stored before rows had a
/// digest that breaks only a rule added since (a 200-character name) is exported
/// clipped and named; a digested row changed since is damaged.
#[test]
fn postgres_verifies_again_and_tells_legacy_from_damaged_as_sqlite_does() {
    let Some(url) = database("again") else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 12);
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let run = |store: &str, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args(args)
            .env("LANG", "en_US.UTF-8")
            .env("TOUCHPOINT_STORE", store)
            .current_dir(&empty)
            .output()
            .unwrap()
    };
    let lite = d.path().join("s.sqlite3");
    let lite = lite.to_str().unwrap();
    let scenarios = fixtures().join("scenarios");
    let long = "名".repeat(200);
    let mut outputs = Vec::new();
    for store in [lite, url.as_str()] {
        let o = run(
            store,
            &["results", "import", files.to_str().unwrap(), "--quiet"],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(stderr(&o).contains("12 unverified"), "{}", stderr(&o));
        let o = run(
            store,
            &[
                "results",
                "import",
                files.to_str().unwrap(),
                "--scenarios",
                scenarios.to_str().unwrap(),
                "--quiet",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("0 attempt(s) added, 12 already in the store (12 verified now)"),
            "{}",
            stderr(&o)
        );
        // Two rows as stored before digests: one with a name over today's limit, one
        // with a score column no record says.
        let (legacy, damaged) = if store == lite {
            let c = rusqlite::Connection::open(store).unwrap();
            let ids: Vec<String> = c
                .prepare("SELECT attempt_id FROM attempts ORDER BY attempt_id LIMIT 2")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            c.execute(
                "UPDATE attempt_records SET record = json_set(record, '$.trainee.name', ?2) WHERE attempt_id = ?1",
                rusqlite::params![ids[0], long],
            )
            .unwrap();
            c.execute(
                "UPDATE attempts SET trainee_name = ?2, digest = NULL WHERE attempt_id = ?1",
                rusqlite::params![ids[0], long],
            )
            .unwrap();
            c.execute(
                "UPDATE attempts SET score = 99 WHERE attempt_id = ?1",
                rusqlite::params![ids[1]],
            )
            .unwrap();
            (ids[0].clone(), ids[1].clone())
        } else {
            let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            let ids: Vec<String> = c
                .query(
                    "SELECT attempt_id FROM attempts ORDER BY attempt_id LIMIT 2",
                    &[],
                )
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            // The record's text edited in place (jsonb would reorder its keys): the
            // first `name` is the trainee's.
            c.execute(
                "UPDATE attempt_records SET record = regexp_replace(record, '\"name\":\"[^\"]*\"', '\"name\":\"' || $2 || '\"') WHERE attempt_id = $1",
                &[&ids[0], &long],
            )
            .unwrap();
            c.execute(
                "UPDATE attempts SET trainee_name = $2, digest = NULL WHERE attempt_id = $1",
                &[&ids[0], &long],
            )
            .unwrap();
            c.execute(
                "UPDATE attempts SET score = 99 WHERE attempt_id = $1",
                &[&ids[1]],
            )
            .unwrap();
            (ids[0].clone(), ids[1].clone())
        };
        let csv = empty.join("x.csv");
        let o = run(
            store,
            &[
                "results",
                "export",
                "--format",
                "csv",
                "--out",
                csv.to_str().unwrap(),
            ],
        );
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(
            err.lines().any(|l| l.starts_with("warning:")
                && l.contains(&legacy)
                && l.contains("trainee name")),
            "{err}"
        );
        assert!(
            err.lines()
                .any(|l| l.starts_with("error:") && l.contains(&damaged) && l.contains("damaged")),
            "{err}"
        );
        let text = std::fs::read_to_string(&csv).unwrap();
        assert_eq!(text.lines().count(), 1 + 11, "{text}");
        assert!(!text.contains(&long), "clipped");
        outputs.push(text);
    }
    assert_eq!(
        outputs[0], outputs[1],
        "SQLite and PostgreSQL export the same CSV"
    );
}

/// Quarantine on PostgreSQL as on SQLite (review R-L4, trial T-3): a forged record
/// stored unverified is moved to quarantine by `results verify` once its version is
/// at hand (exit 1, named); `results quarantine ID` moves a row aside by hand; both
/// are listed by `results quarantine --list`, kept as they were, and left out of
/// exports; an unknown id is an error.
#[test]
fn postgres_moves_rows_to_quarantine_as_sqlite_does() {
    let Some(url) = database("quarantine") else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 5);
    let mut names: Vec<_> = std::fs::read_dir(&files)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let mut rec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&names[0]).unwrap()).unwrap();
    let genuine_id = rec["attempt_id"].as_str().unwrap().to_string();
    let score = rec["score"].as_u64().unwrap();
    let forged_score = if score == 100 { 99 } else { 100 };
    rec["attempt_id"] = "forged".into();
    rec["score"] = forged_score.into();
    let usb = d.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    std::fs::write(usb.join("forged.json"), serde_json::to_vec(&rec).unwrap()).unwrap();
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args(args)
            .env("LANG", "en_US.UTF-8")
            .env("TOUCHPOINT_STORE", &url)
            .current_dir(&empty)
            .output()
            .unwrap()
    };
    let scenarios = fixtures().join("scenarios");
    let sc = scenarios.to_str().unwrap();

    // No version anywhere: stored unverified.
    let o = run(&["results", "import", usb.to_str().unwrap(), "--quiet"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("1 unverified"), "{}", stderr(&o));

    // Its version at hand: it does not replay, so it is moved aside, named.
    let o = run(&["results", "verify", "--scenarios", sc]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("forged") && l.contains("moved to quarantine")),
        "{err}"
    );

    // The genuine files, then one of them moved aside by hand.
    let o = run(&[
        "results",
        "import",
        files.to_str().unwrap(),
        "--scenarios",
        sc,
        "--quiet",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["results", "quarantine", &genuine_id]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&format!("attempt {genuine_id} moved to quarantine")),
        "{err}"
    );
    let o = run(&["results", "quarantine", "0199-nope"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no attempt `0199-nope`"),
        "{}",
        stderr(&o)
    );

    let o = run(&["results", "quarantine", "--list"]);
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(out.contains("forged") && out.contains(&genuine_id), "{out}");
    let store = Store::open(&Location::Postgres(url.clone())).unwrap();
    let mut q = store.quarantined().unwrap();
    q.sort_by(|a, b| a.attempt_id.cmp(&b.attempt_id));
    let ids: Vec<&str> = q.iter().map(|e| e.attempt_id.as_str()).collect();
    let mut want = vec!["forged", genuine_id.as_str()];
    want.sort();
    assert_eq!(ids, want);
    let forged = q.iter().find(|e| e.attempt_id == "forged").unwrap();
    assert_eq!(forged.score, Some(forged_score as i64), "kept as it was");
    assert!(forged.reason.contains("in the file"), "{}", forged.reason);
    assert!(store.get("forged").unwrap().is_none());
    assert!(store.get(&genuine_id).unwrap().is_none());
    let rows = store.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 4, "the other attempts stay");
    drop(store);

    let csv = empty.join("x.csv");
    let o = run(&[
        "results",
        "export",
        "--format",
        "csv",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 5, "a header and 4 attempts: {text}");
    assert!(!text.contains("forged") && !text.contains(&genuine_id));
}

/// Issue 16: group commit on PostgreSQL, where a batch's replies are one UPDATE.
#[test]
fn writes_together_move_each_attempt_once_on_postgres() {
    let Some(url) = database("together") else {
        return;
    };
    crate::server::writes_together_move_each_attempt_once(
        &touchpoint::results::store::Location::Postgres(url),
    );
}

/// Issue 16: the server killed (SIGKILL) at random moments while 50 trainees play,
/// on PostgreSQL: no answered reply lost, no attempt started twice.
#[test]
fn a_server_on_postgres_killed_at_random_moments_loses_no_answered_reply() {
    let Some(url) = database("server_killed") else {
        return;
    };
    crate::server::killed_at_random_moments(
        &touchpoint::results::store::Location::Postgres(url.clone()),
        &url,
    );
}

/// Issue 16: failed sign-ins counted under racing writers on PostgreSQL.
#[test]
fn failed_sign_ins_racing_are_each_counted_on_postgres() {
    let Some(url) = database("throttle_race") else {
        return;
    };
    crate::server::failed_sign_ins_racing_are_each_counted(
        &touchpoint::results::store::Location::Postgres(url),
    );
}

/// Issue 17: launches from an LMS kept on PostgreSQL.
#[test]
fn launches_are_kept_in_the_store_on_postgres() {
    let Some(url) = database("cmi5_launches") else {
        return;
    };
    crate::cmi5_launch::launches_are_kept_in_the_store(
        &touchpoint::results::store::Location::Postgres(url),
    );
}

/// Issue 16: group reads on PostgreSQL (sessions with their attempts, one query).
#[test]
fn sessions_are_read_together_with_their_attempts_on_postgres() {
    let Some(url) = database("sessions_together") else {
        return;
    };
    crate::server::sessions_are_read_together_with_their_attempts(
        &touchpoint::results::store::Location::Postgres(url),
    );
}

/// Issue 16: the course server on PostgreSQL: accounts, sessions, throttles,
/// attempts in progress and their results live in the database as in SQLite.
#[test]
fn the_course_server_runs_on_postgres() {
    use crate::server::{Client, PASSWORD, play_first_replies, server_on};
    let Some(url) = database("server") else {
        return;
    };
    let loc = touchpoint::results::store::Location::Postgres(url);
    let srv = server_on(&loc);
    let ann = Client::signed_in(&srv, "ann");
    let end = play_first_replies(&ann, "ringback_complaint", "zh-CN");
    let id = end["result"]["attempt_id"].as_str().unwrap();
    let store = touchpoint::results::store::Store::open(&loc).unwrap();
    let stored = store.get(id).unwrap().unwrap();
    assert_eq!(serde_json::to_value(&stored).unwrap(), end["result"]);
    assert!(store.live_attempt(id).unwrap().unwrap().ended);
    // Another client of the same account resumes nothing left open, and sees it.
    let ivy = Client::signed_in(&srv, "ivy");
    assert_eq!(ivy.get(&format!("/api/attempts/{id}")).status, 200);
    let bob = Client::signed_in(&srv, "bob");
    assert_eq!(bob.get(&format!("/api/attempts/{id}")).status, 404);
    // Throttles and session ends work the same.
    for _ in 0..5 {
        assert_eq!(
            Client::new(&srv).sign_in("hal", "wrong password!").status,
            401
        );
    }
    assert_eq!(Client::new(&srv).sign_in("hal", PASSWORD).status, 429);
    assert_eq!(ann.send("DELETE", "/api/session", None, &[]).status, 204);
    assert_eq!(ann.get("/api/me").status, 401);
    let log = Client::signed_in(&srv, "ada").get("/api/audit");
    let actions: Vec<&str> = log
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in ["signin", "signin-failed", "signout"] {
        assert!(actions.contains(&a), "{actions:?}");
    }
}

/// The course server's busiest tables gather statistics only for the columns that
/// queries filter, join or sort on: autovacuum's analyses of them under load cost a
/// fraction of the CPU (see `WITHOUT_STATISTICS`). Opening the store again changes
/// nothing.
#[test]
fn postgres_gathers_statistics_only_for_the_columns_queries_use() {
    use crate::server::{Client, play_first_replies, server_on};
    let Some(url) = database("statistics") else {
        return;
    };
    let loc = Location::Postgres(url.clone());
    let srv = server_on(&loc);
    play_first_replies(
        &Client::signed_in(&srv, "ann"),
        "ringback_complaint",
        "en-US",
    );
    drop(Store::open(&loc).unwrap());
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let target = |admin: &mut postgres::Client, table: &str, column: &str| -> Option<i32> {
        admin
            .query_one(
                "SELECT attstattarget::int FROM pg_attribute
                 WHERE attrelid = $1::text::regclass AND attname = $2",
                &[&table, &column],
            )
            .unwrap()
            .get(0)
    };
    for (table, column) in [
        ("attempts", "competencies"),
        ("attempts", "digest"),
        ("attempt_turns", "follows"),
        ("live_attempts", "replies"),
    ] {
        assert_eq!(
            target(&mut admin, table, column),
            Some(0),
            "{table}.{column}"
        );
    }
    for (table, column) in [
        ("attempts", "trainee_id"),
        ("attempts", "started_at"),
        ("attempt_feedback", "technique"),
        ("live_attempts", "attempt_id"),
    ] {
        assert_ne!(
            target(&mut admin, table, column),
            Some(0),
            "{table}.{column}"
        );
    }
    admin
        .batch_execute("ANALYZE attempts, live_attempts")
        .unwrap();
    let gathered: Vec<String> = admin
        .query(
            "SELECT tablename::text || '.' || attname::text FROM pg_stats
             WHERE tablename IN ('attempts', 'live_attempts')",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    for kept in [
        "attempts.trainee_id",
        "attempts.scenario_id",
        "live_attempts.user_id",
    ] {
        assert!(gathered.iter().any(|g| g == kept), "{kept}: {gathered:?}");
    }
    for left in [
        "attempts.competencies",
        "attempts.digest",
        "live_attempts.replies",
    ] {
        assert!(!gathered.iter().any(|g| g == left), "{left}: {gathered:?}");
    }
}

/// Issue 16: two `touchpoint serve` instances on one PostgreSQL database serve the
/// same trainee in turn; when one stops mid-attempt the trainee goes on through the
/// other, and the attempt ends as the engine scores it.
#[test]
fn two_servers_on_one_postgres_serve_a_trainee_in_turn_and_one_may_stop() {
    use crate::server::{alternate_between, server_on};
    let Some(url) = database("two_servers") else {
        return;
    };
    let loc = touchpoint::results::store::Location::Postgres(url);
    let a = server_on(&loc);
    let b = touchpoint::server::spawn(
        touchpoint::server::Config::new(
            "127.0.0.1:0".parse().unwrap(),
            root().join("scenarios"),
            loc.clone(),
        ),
        2,
    )
    .unwrap();
    alternate_between(a, &b, &loc);
}

/// Issue 16: the course server's group readers and writers find every row by its
/// key, however small the tables were when their statements were planned.
/// PostgreSQL keeps a prepared statement's plan: made on a new store, where
/// `live_attempts` held a few rows, it read that table whole for every batch as it
/// grew (the first load run on an empty database: p99 rising from 31 to 185 ms).
/// Counted by PostgreSQL itself (`pg_stat_user_tables.seq_scan`), on a new
/// database: none on a connection readied with `Store::for_key_lookups` (which
/// also prepares its statements afresh as batches add up: the rounds pass the
/// first time and still read what was written); the same work on a connection as
/// it opens does scan, so the count would see a regression.
#[test]
fn the_servers_lookups_by_key_never_read_a_whole_table_on_postgres() {
    use std::time::{Duration, Instant};
    use touchpoint::results::store::{Account, LiveAttempt, Role, ServerWrite};
    const TABLES: &[&str] = &[
        "accounts",
        "account_cohorts",
        "web_sessions",
        "live_attempts",
        "assessed_encounters",
        "attempts",
        "encounter_versions",
    ];
    const TRAINEES: usize = 4;
    // A read and a write each: past the 64th batch, when a readied connection
    // prepares its statements afresh (and must go on answering the same).
    const ROUNDS: usize = 40;
    /// Each table's `seq_scan`, `n_tup_ins` and `n_tup_upd`.
    type Counts = std::collections::HashMap<String, [i64; 3]>;
    let enc = crate::common::load(&root().join("scenarios/ringback_complaint.ron"));
    for readied in [true, false] {
        let Some(url) = database(if readied { "keyed" } else { "unreadied" }) else {
            return;
        };
        let loc = Location::Postgres(url.clone());
        let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        // The counts, once PostgreSQL has counted what `ready` says (a connection's
        // counts arrive when it ends).
        let mut counts = |ready: &dyn Fn(&Counts) -> bool| {
            let started = Instant::now();
            loop {
                let now: Counts = admin
                    .query(
                        "SELECT relname::text, seq_scan, n_tup_ins, n_tup_upd
                         FROM pg_stat_user_tables",
                        &[],
                    )
                    .unwrap()
                    .iter()
                    .map(|r| (r.get(0), [r.get(1), r.get(2), r.get(3)]))
                    .collect();
                if ready(&now) {
                    return now;
                }
                assert!(
                    started.elapsed() < Duration::from_secs(20),
                    "PostgreSQL's counts never arrived: {now:?}"
                );
                std::thread::sleep(Duration::from_millis(100));
            }
        };
        {
            let mut setup = Store::open(&loc).unwrap();
            for i in 0..TRAINEES {
                let id = format!("t{i}");
                let account = Account {
                    id: id.clone(),
                    name: format!("学员{i}"),
                    role: Role::Trainee,
                    cohorts: vec!["c1".into()],
                    password_hash:
                        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".into(),
                    disabled: false,
                    created_ms: 1,
                };
                assert!(setup.put_account(&account, false).unwrap());
                setup
                    .add_web_session(&format!("token-{i}"), &id, 1)
                    .unwrap();
            }
            setup
                .set_assessed("c1", &enc.scenario.id, true, "ins", 1)
                .unwrap();
        }
        let before = counts(&|c| {
            c.get("web_sessions")
                .is_some_and(|t| t[1] == TRAINEES as i64)
        });

        {
            let mut s = Store::open(&loc).unwrap();
            if readied {
                s.for_key_lookups().unwrap();
            }
            // Each round: every trainee's session read with the attempt it names (a
            // start names none), then the batch that starts a new attempt for each
            // and answers the last one.
            let mut open: Vec<LiveAttempt> = Vec::new();
            for round in 0..ROUNDS {
                let tokens: Vec<String> = (0..TRAINEES).map(|i| format!("token-{i}")).collect();
                let asks: Vec<(&str, Option<&str>)> = tokens
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (t.as_str(), open.get(i).map(|a| a.attempt_id.as_str())))
                    .collect();
                let read = s.web_sessions_with(&asks).unwrap();
                for (i, r) in read.iter().enumerate() {
                    let r = r
                        .as_ref()
                        .unwrap_or_else(|| panic!("round {round}: no session {i}"));
                    assert_eq!(r.session.user_id, format!("t{i}"));
                    assert_eq!(
                        r.attempt
                            .as_ref()
                            .map(|a| (&a.attempt_id, a.replies.as_str())),
                        open.get(i).map(|a| (&a.attempt_id, "")),
                        "round {round}"
                    );
                }
                let started: Vec<LiveAttempt> = (0..TRAINEES)
                    .map(|i| LiveAttempt {
                        attempt_id: format!("01900000-0000-7000-8000-{:06}{:06}", round, i),
                        user_id: format!("t{i}"),
                        cohort: Some("c1".into()),
                        scenario_id: enc.scenario.id.clone(),
                        content_hash: enc.content_hash.clone(),
                        locale: "zh-CN".into(),
                        assessed: true,
                        seed: round as u64,
                        started_ms: 10,
                        shown_ms: 10,
                        replies: String::new(),
                        ended: false,
                    })
                    .collect();
                let answered: Vec<LiveAttempt> = open
                    .iter()
                    .map(|a| LiveAttempt {
                        replies: "a@1".into(),
                        shown_ms: 11,
                        ..a.clone()
                    })
                    .collect();
                let mut writes: Vec<ServerWrite<'_>> = started
                    .iter()
                    .map(|a| ServerWrite::Start(a, &enc))
                    .collect();
                writes.extend(answered.iter().map(|a| ServerWrite::Reply {
                    attempt: a,
                    before: "",
                    result: None,
                }));
                let took = s.write_together(&writes).unwrap();
                assert!(took.iter().all(|t| *t), "round {round}: {took:?}");
                open = started;
            }
        }
        let replies = ((ROUNDS - 1) * TRAINEES) as i64;
        let after = counts(&|c| c.get("live_attempts").is_some_and(|t| t[2] == replies));
        let scans = |t: &str| after[t][0] - before.get(t).map_or(0, |b| b[0]);
        if readied {
            for t in TABLES {
                assert_eq!(
                    scans(t),
                    0,
                    "whole-table reads of {t} on a readied connection"
                );
            }
        } else {
            assert!(
                scans("live_attempts") > 0,
                "a connection as it opens was expected to read the small live_attempts whole \
                 (else this test no longer sees what it guards against)"
            );
        }
    }
}
