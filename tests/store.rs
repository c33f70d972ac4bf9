//! The results store (SQLite through the real library) and `touchpoint results`:
//! play writes to it, import is idempotent and skips damaged files, list filters,
//! export writes CSV that spreadsheets read and JSON Lines, quitting records an
//! abandoned attempt.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use touchpoint::results::record::{AttemptRecord, read};
use touchpoint::results::store::{Filter, Location, Store, redact};

use crate::common::{fixtures, stderr, stdout};

fn tp(store: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("TOUCHPOINT_STORE", store)
        .output()
        .unwrap()
}

/// Plays the fixture encounter into `out` (a folder) and the store; returns the record.
fn play(store: &Path, out: &Path, trainee: &str, cohort: &str, choices: &str) -> AttemptRecord {
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let o = tp(
        store,
        &[
            "play",
            sc.to_str().unwrap(),
            "--seed",
            "1",
            "--trainee",
            trainee,
            "--cohort",
            cohort,
            "--choices",
            choices,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut files: Vec<_> = std::fs::read_dir(out)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort_by_key(|p| std::fs::metadata(p).unwrap().modified().unwrap());
    read(files.last().unwrap()).unwrap()
}

const GOOD: &str = "opening_soothe,story_listen,offer_options";
const BAD: &str = "opening_ticket,story_cut_in";

#[test]
fn play_writes_the_attempt_to_the_store_as_it_writes_the_file() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("store.sqlite3");
    let out = d.path().join("results");
    std::fs::create_dir_all(&out).unwrap();
    let rec = play(&store_path, &out, "t1", "c1", GOOD);
    let store = Store::open(&Location::Sqlite(store_path)).unwrap();
    assert_eq!(store.schema_version().unwrap(), 6);
    assert!(
        store.has_version(&rec.scenario.content_hash).unwrap(),
        "play keeps the encounter version it was played on"
    );
    let back = store.get(&rec.attempt_id).unwrap().expect("stored");
    assert_eq!(
        back, rec,
        "the store keeps the same record, transcript included"
    );
    let rows = store.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(
        (
            r.trainee_id.as_str(),
            r.cohort.as_deref(),
            r.score,
            r.passed
        ),
        ("t1", Some("c1"), rec.score, true)
    );
    assert_eq!(r.status, "finished");
    assert_eq!(r.decisions as usize, rec.transcript.len());
    let comps: Vec<_> = rec
        .competencies
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap() as u32))
        .collect();
    assert_eq!(
        r.competencies, comps,
        "a score per competency, in catalog order"
    );
}

#[test]
fn import_is_idempotent_and_skips_damaged_files_with_their_location() {
    let d = tempfile::tempdir().unwrap();
    let elsewhere = d.path().join("elsewhere.sqlite3");
    let out = d.path().join("from-trainees");
    std::fs::create_dir_all(out.join("pc2")).unwrap();
    let a = play(&elsewhere, &out, "t1", "c1", GOOD);
    let b = play(&elsewhere, &out.join("pc2"), "t2", "c1", BAD);
    std::fs::write(
        out.join("pc2/broken.json"),
        "{\"schema\": \"touchpoint.result\",\n  oops",
    )
    .unwrap();
    let store = d.path().join("hr.sqlite3");
    let o = tp(
        &store,
        &["results", "import", out.to_str().unwrap(), "--quiet"],
    );
    assert_eq!(o.status.code(), Some(1), "a skipped file is reported");
    let err = stderr(&o);
    assert!(err.contains("broken.json:2:"), "{err}");
    assert!(
        err.contains("2 attempt(s) added, 0 already in the store, 1 file(s) skipped"),
        "{err}"
    );
    // Again: nothing new.
    let o = tp(
        &store,
        &["results", "import", out.to_str().unwrap(), "--quiet"],
    );
    assert!(
        stderr(&o).contains("0 attempt(s) added, 2 already in the store"),
        "{}",
        stderr(&o)
    );
    let s = Store::open(&Location::Sqlite(store.clone())).unwrap();
    let rows = s.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(s.get(&a.attempt_id).unwrap().unwrap(), a);
    assert_eq!(s.get(&b.attempt_id).unwrap().unwrap(), b);
    assert!(
        out.join("pc2/broken.json").exists(),
        "damaged files are left alone"
    );
}

#[test]
fn list_and_show_filter_by_cohort_trainee_scenario_and_time() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("s.sqlite3");
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    let a = play(&store, &out, "t1", "morning", GOOD);
    play(&store, &out, "t2", "evening", BAD);
    let o = tp(&store, &["results", "list", "--cohort", "morning"]);
    let text = stdout(&o);
    assert!(
        text.contains(&a.attempt_id) && text.contains("pass"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2, "header and one attempt:\n{text}");
    let o = tp(&store, &["results", "list", "--trainee", "t2"]);
    assert!(stdout(&o).contains("fail"), "{}", stdout(&o));
    let o = tp(
        &store,
        &["results", "list", "--scenario", "nothing_like_it"],
    );
    assert_eq!(stdout(&o).lines().count(), 1);
    let o = tp(&store, &["results", "list", "--until", "2000-01-01"]);
    assert_eq!(stdout(&o).lines().count(), 1);
    let today = &a.started_at[..10];
    let o = tp(
        &store,
        &["results", "list", "--since", today, "--until", today],
    );
    assert_eq!(stdout(&o).lines().count(), 3, "{}", stdout(&o));
    let o = tp(&store, &["results", "show", &a.attempt_id]);
    let shown: AttemptRecord = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(shown, a);
    let o = tp(&store, &["results", "show", "no-such-attempt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no attempt `no-such-attempt`"));
}

/// A small RFC 4180 reader: fields, quoted fields with doubled quotes, CRLF rows.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_export_has_a_bom_rfc_4180_quoting_a_column_per_competency_and_no_formulas() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    let a = play(&store_path, &out, "t1", "c1", GOOD);
    // A name with a comma and quotes, and one a spreadsheet would run as a formula.
    let mut b = a.clone();
    b.attempt_id = "0190-b".into();
    b.trainee.name = "Wang, \"Xiao\" 王".into();
    let mut c = a.clone();
    c.attempt_id = "0190-c".into();
    c.trainee.name = "=HYPERLINK(\"http://x\")".into();
    c.cohort = Some("+cohort".into());
    let mut store = Store::open(&Location::Sqlite(store_path.clone())).unwrap();
    assert!(store.put(&b).unwrap());
    assert!(store.put(&c).unwrap());
    assert!(
        !store.put(&c).unwrap(),
        "the same attempt twice is stored once"
    );
    drop(store);
    let csv = d.path().join("out.csv");
    let o = tp(
        &store_path,
        &[
            "results",
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
            "--quiet",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("\r\n"), "CRLF rows");
    let rows = parse_csv(&text);
    assert_eq!(rows.len(), 4);
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let comps: Vec<String> = a.competencies.keys().cloned().collect();
    assert_eq!(&header[header.len() - comps.len()..], comps.as_slice());
    for r in &rows[1..] {
        assert_eq!(r.len(), header.len());
        assert_eq!(r[col("score")], a.score.to_string());
        assert_eq!(r[col("scenario_title")], a.scenario.title);
    }
    let by_id = |id: &str| rows.iter().find(|r| r[0] == id).unwrap();
    assert_eq!(by_id("0190-b")[col("trainee_name")], "Wang, \"Xiao\" 王");
    assert_eq!(
        by_id("0190-c")[col("trainee_name")],
        "'=HYPERLINK(\"http://x\")"
    );
    assert_eq!(by_id("0190-c")[col("cohort")], "'+cohort");
    for (k, comp) in comps.iter().enumerate() {
        let v = a.competencies[comp.as_str()].as_u64().unwrap().to_string();
        assert_eq!(by_id(&a.attempt_id)[header.len() - comps.len() + k], v);
    }

    let jsonl = d.path().join("out.jsonl");
    let o = tp(
        &store_path,
        &[
            "results",
            "export",
            "--format",
            "jsonl",
            "--out",
            jsonl.to_str().unwrap(),
            "--trainee",
            "t1",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<AttemptRecord> = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.contains(&a) && lines.contains(&c));
}

#[test]
fn quitting_records_an_abandoned_attempt() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let mut child = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args([
            "play",
            sc.to_str().unwrap(),
            "--seed",
            "1",
            "--trainee",
            "t5",
        ])
        .args(["--out", out.to_str().unwrap()])
        .env("LANG", "en_US.UTF-8")
        .env("TOUCHPOINT_STORE", &store_path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(b"1\nq\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let store = Store::open(&Location::Sqlite(store_path)).unwrap();
    let rows = store.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 1, "{}", stderr(&o));
    assert_eq!(
        (rows[0].status.as_str(), rows[0].score, rows[0].decisions),
        ("abandoned", 0, 1)
    );
    let rec = store.get(&rows[0].attempt_id).unwrap().unwrap();
    assert_eq!(rec.outcome, "abandoned");
    assert_eq!(rec.transcript.len(), 1);
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        1,
        "and its result file"
    );
}

#[test]
fn an_unusable_store_is_a_clear_error_and_never_shows_a_password() {
    let d = tempfile::tempdir().unwrap();
    // A folder where the database file should be.
    let dir = d.path().join("taken.sqlite3");
    std::fs::create_dir_all(&dir).unwrap();
    let o = tp(&dir, &["results", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!("cannot open the results store {}", dir.display())),
        "{}",
        stderr(&o)
    );
    let o = tp(
        Path::new("postgres://hr:s3cret@db.example/touchpoint"),
        &["results", "list"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(!stderr(&o).contains("s3cret"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("postgres://hr:***@db.example/touchpoint"),
        "{}",
        stderr(&o)
    );
    assert_eq!(redact("postgres://db/x"), "postgres://db/x");
    assert_eq!(
        redact("postgresql://db/x?user=hr&password=s3cret&sslmode=disable"),
        "postgresql://db/x?user=hr&password=***&sslmode=disable"
    );
    // --help shows no value of TOUCHPOINT_STORE (a URL may hold a password).
    let o = tp(
        Path::new("postgres://hr:s3cret@db.example/touchpoint"),
        &["--help"],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(!stdout(&o).contains("s3cret"), "{}", stdout(&o));
    // Play still saves the result file when the store cannot be written.
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let o = tp(
        &dir,
        &[
            "play",
            sc.to_str().unwrap(),
            "--seed",
            "1",
            "--choices",
            GOOD,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("touchpoint results import"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
}

/// A classroom on one store: eight processes play at the same time into one SQLite
/// file; every attempt is stored once, and none is lost or half-written.
#[test]
fn several_processes_writing_to_one_store_lose_nothing() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("classroom.sqlite3");
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let children: Vec<_> = (0..8)
        .map(|k| {
            let out = d.path().join(format!("pc{k}"));
            std::fs::create_dir_all(&out).unwrap();
            Command::new(env!("CARGO_BIN_EXE_touchpoint"))
                .args(["play", sc.to_str().unwrap(), "--seed", &k.to_string()])
                .args(["--trainee", &format!("t{k}"), "--cohort", "room-1"])
                .args(["--choices", if k % 2 == 0 { GOOD } else { BAD }])
                .args(["--out", out.to_str().unwrap()])
                .env("LANG", "en_US.UTF-8")
                .env("TOUCHPOINT_STORE", &store_path)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
    }
    let store = Store::open(&Location::Sqlite(store_path)).unwrap();
    let rows = store.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 8);
    for r in &rows {
        let rec = store.get(&r.attempt_id).unwrap().unwrap();
        assert_eq!(rec.transcript.len() as u32, r.decisions);
        assert_eq!(rec.competencies.len(), r.competencies.len());
    }
}

/// An import killed (SIGKILL) at random moments loses nothing already committed and
/// leaves no half attempt: the store opens, passes SQLite's integrity check, every
/// stored attempt is whole, and importing again completes the rest.
#[test]
fn an_import_killed_mid_write_leaves_whole_attempts_only() {
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    let o = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args([
            "results",
            "synth",
            "--attempts",
            "1500",
            "--out",
            files.to_str().unwrap(),
        ])
        .args([
            "--scenarios",
            fixtures().join("scenarios").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let store_path = d.path().join("s.sqlite3");
    let mut counts = Vec::new();
    for delay_ms in [40u64, 90, 150, 260, 400] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args(["--store", store_path.to_str().unwrap()])
            .args(["results", "import", files.to_str().unwrap(), "--quiet"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let store = Store::open(&Location::Sqlite(store_path.clone())).unwrap();
        assert!(
            store.integrity_ok().unwrap(),
            "integrity check after a kill"
        );
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
    // Imports commit 500 attempts at a time: a kill mid-way leaves a multiple of 500.
    assert!(
        counts.iter().any(|&n| n < 1500),
        "no import was killed mid-way: {counts:?}"
    );
    assert!(counts.iter().all(|&n| n % 500 == 0), "{counts:?}");
    let o = tp(
        &store_path,
        &["results", "import", files.to_str().unwrap(), "--quiet"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let store = Store::open(&Location::Sqlite(store_path)).unwrap();
    assert_eq!(store.rows(&Filter::default()).unwrap().len(), 1500);
}

/// Rows damaged in the database after they were stored (a record that is no longer
/// JSON, a score column of 999, a 10 MB name written past every check) are left out
/// of every export, the report, `list` and `show`, each named by its attempt id, and
/// the command exits non-zero; the rest is exported whole.
#[test]
fn a_damaged_store_record_is_left_out_of_every_export_and_named() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    let a = play(&store_path, &out, "t1", "c1", GOOD);
    let b = play(&store_path, &out, "t2", "c1", BAD);
    let c = play(&store_path, &out, "t3", "c1", GOOD);
    let e = play(&store_path, &out, "t4", "c1", GOOD);
    let conn = rusqlite::Connection::open(&store_path).unwrap();
    let huge = "名".repeat(10 << 20);
    for (sql, id) in [
        (
            "UPDATE attempt_records SET record = '{\"schema\": \"touchpoint.res' WHERE attempt_id = ?1",
            &a.attempt_id,
        ),
        (
            "UPDATE attempts SET score = 999 WHERE attempt_id = ?1",
            &b.attempt_id,
        ),
    ] {
        assert_eq!(conn.execute(sql, [id]).unwrap(), 1);
    }
    assert_eq!(
        conn.execute(
            "UPDATE attempt_records SET record = json_set(record, '$.trainee.name', ?2) WHERE attempt_id = ?1",
            rusqlite::params![e.attempt_id, huge],
        )
        .unwrap(),
        1
    );
    assert_eq!(
        conn.execute(
            "UPDATE attempts SET trainee_name = ?2 WHERE attempt_id = ?1",
            rusqlite::params![e.attempt_id, huge],
        )
        .unwrap(),
        1
    );
    drop(conn);
    let damaged = [&a.attempt_id, &b.attempt_id, &e.attempt_id];
    let names_them = |o: &std::process::Output| {
        let err = stderr(o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        for id in damaged {
            assert!(
                err.lines()
                    .any(|l| l.contains(id.as_str()) && l.contains("damaged")),
                "{id} is named: {err}"
            );
        }
        assert!(err.len() < 20_000, "the 10 MB name is not echoed");
    };
    let export = |format: &str, ext: &str| {
        let f = d.path().join(format!("out.{ext}"));
        let o = tp(
            &store_path,
            &[
                "results",
                "export",
                "--format",
                format,
                "--out",
                f.to_str().unwrap(),
                "--quiet",
            ],
        );
        names_them(&o);
        f
    };
    let csv = std::fs::read_to_string(export("csv", "csv")).unwrap();
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert_eq!(
        rows.len(),
        2,
        "the header and the one whole attempt:\n{csv}"
    );
    assert_eq!(rows[1][0], c.attempt_id);
    assert!(!csv.contains("999"));

    let jsonl = std::fs::read_to_string(export("jsonl", "jsonl")).unwrap();
    let lines: Vec<AttemptRecord> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is a whole record"))
        .collect();
    assert_eq!(lines, std::slice::from_ref(&c));

    let xlsx = export("xlsx", "xlsx");
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let att = book.worksheet_range("Attempts").unwrap();
    assert_eq!(att.height(), 2, "the header and the one whole attempt");

    let xapi = std::fs::read_to_string(export("xapi", "json")).unwrap();
    let statements: Vec<serde_json::Value> = serde_json::from_str(&xapi).unwrap();
    assert!(!statements.is_empty());
    assert!(!xapi.contains(&a.attempt_id) && !xapi.contains("名名名"));

    let html = d.path().join("r.html");
    let o = tp(
        &store_path,
        &["results", "report", "--out", html.to_str().unwrap()],
    );
    names_them(&o);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(!page.contains("999") && !page.contains("名名名"));
    assert!(page.contains("t3"));

    let o = tp(&store_path, &["results", "list"]);
    names_them(&o);
    let listed = stdout(&o);
    assert!(listed.contains(&c.attempt_id), "{listed}");
    assert!(
        !listed.contains(&a.attempt_id) && !listed.contains(&b.attempt_id),
        "{listed}"
    );

    for id in damaged {
        let o = tp(&store_path, &["results", "show", id]);
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains("damaged"), "{}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
    let o = tp(&store_path, &["results", "show", &c.attempt_id]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// `results list --sort cohort` lists cohort-1, cohort-2, cohort-10 in that order.
#[test]
fn list_sorts_cohorts_and_trainees_naturally() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    for (t, c) in [
        ("t10", "cohort-10"),
        ("t2", "cohort-2"),
        ("t11", "cohort-1"),
        ("t9", "cohort-1"),
    ] {
        play(&store_path, &out, t, c, GOOD);
    }
    let order = |args: &[&str]| -> Vec<(String, String)> {
        let o = tp(&store_path, args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stdout(&o)
            .lines()
            .skip(1)
            .map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                (f[1].to_string(), f[2].to_string())
            })
            .collect()
    };
    let by_cohort = order(&["results", "list", "--sort", "cohort"]);
    let want = [
        ("t9", "cohort-1"),
        ("t11", "cohort-1"),
        ("t2", "cohort-2"),
        ("t10", "cohort-10"),
    ];
    assert_eq!(by_cohort, want.map(|(t, c)| (t.to_string(), c.to_string())),);
    let by_trainee: Vec<String> = order(&["results", "list", "--sort", "trainee"])
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    assert_eq!(by_trainee, ["t2", "t9", "t10", "t11"]);
}

/// Stores `rec` in the SQLite store at `path` as an old Touchpoint did, past every
/// check of today (its columns as its record says, no replay): `verified` is
/// written when the store has that column.
pub fn insert_raw(path: &Path, rec: &AttemptRecord, verified: bool) {
    use touchpoint::results::store::duration_ms;
    let conn = rusqlite::Connection::open(path).unwrap();
    let has_verified: bool = conn
        .query_row(
            "SELECT COUNT(*) FROM pragma_table_info('attempts') WHERE name = 'verified'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
        > 0;
    let competencies = rec
        .competencies
        .iter()
        .map(|(k, v)| format!("{k}:{}", v.as_u64().unwrap_or(0)))
        .collect::<Vec<_>>()
        .join(",");
    let cols = "attempt_id, status, trainee_id, trainee_name, cohort, scenario_id, scenario_title,
        content_hash, locale, seed, started_at, ended_at, duration_ms, score, passed, pass_mark,
        outcome, ending, decisions, critical, competencies, engine_version";
    let values: Vec<Box<dyn rusqlite::ToSql>> = vec![
        Box::new(rec.attempt_id.clone()),
        Box::new(rec.status.clone()),
        Box::new(rec.trainee.id.clone()),
        Box::new(rec.trainee.name.clone()),
        Box::new(rec.cohort.clone()),
        Box::new(rec.scenario.id.clone()),
        Box::new(rec.scenario.title.clone()),
        Box::new(rec.scenario.content_hash.clone()),
        Box::new(rec.locale.clone()),
        Box::new(rec.seed.to_string()),
        Box::new(rec.started_at.clone()),
        Box::new(rec.ended_at.clone()),
        Box::new(duration_ms(&rec.started_at, &rec.ended_at)),
        Box::new(i64::from(rec.score)),
        Box::new(i64::from(rec.passed)),
        Box::new(i64::from(rec.pass_mark)),
        Box::new(rec.outcome.clone()),
        Box::new(rec.ending.clone()),
        Box::new(rec.transcript.len() as i64),
        Box::new(rec.critical.join(",")),
        Box::new(competencies),
        Box::new(rec.engine_version.clone()),
        Box::new(i64::from(verified)),
    ];
    let n = if has_verified { 23 } else { 22 };
    let sql = format!(
        "INSERT INTO attempts ({cols}{}) VALUES ({})",
        if has_verified { ", verified" } else { "" },
        (1..=n)
            .map(|k| format!("?{k}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let params: Vec<&dyn rusqlite::ToSql> = values[..n].iter().map(|b| b.as_ref()).collect();
    conn.execute(&sql, params.as_slice()).unwrap();
    conn.execute(
        "INSERT INTO attempt_records (attempt_id, record) VALUES (?1, ?2)",
        [&rec.attempt_id, &serde_json::to_string(rec).unwrap()],
    )
    .unwrap();
    for (k, f) in rec.feedback.iter().enumerate() {
        let kind = serde_json::to_value(f.kind).unwrap();
        conn.execute(
            "INSERT INTO attempt_feedback (attempt_id, position, kind, technique, competency, critical, decision)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![
                rec.attempt_id,
                k as i64,
                kind.as_str().unwrap(),
                f.technique,
                f.competency,
                i64::from(f.critical),
                f.decision.map(|d| d as i64)
            ],
        )
        .unwrap();
    }
}

/// A store as Touchpoint's first schema made it: only migration 1's tables.
pub fn v1_store(path: &Path) {
    drop(Store::open(&Location::Sqlite(path.to_path_buf())).unwrap());
    let conn = rusqlite::Connection::open(path).unwrap();
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('attempts')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for c in columns
        .iter()
        .filter(|c| ["verified", "digest"].contains(&c.as_str()))
    {
        conn.execute_batch(&format!("ALTER TABLE attempts DROP COLUMN {c}"))
            .unwrap();
    }
    conn.execute_batch(
        "DROP TABLE encounter_files; DROP TABLE stored_texts; DROP TABLE encounter_versions;
         DROP TABLE IF EXISTS quarantine; DELETE FROM schema_migrations WHERE version >= 2;",
    )
    .unwrap();
    conn.execute_batch(crate::common::DROP_SERVER_TABLES)
        .unwrap();
}

/// Review H1: a store upgraded from schema 1 holds attempts that older Touchpoints
/// accepted but today's import would refuse (a cohort with a tab, a 100,000-character
/// name, a reply "taking" 2^63 ms, times out of order or before 2000, an empty
/// cohort). They are what Touchpoint stored, not damaged: every export writes them,
/// their texts clipped to what the export can hold, and names them in a warning;
/// only rows no Touchpoint ever wrote (a score of 150, an unknown outcome) are left
/// out as damaged.
#[test]
fn a_v1_store_exports_rows_that_break_only_todays_rules_clipped_and_named() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    let base = play(&d.path().join("first.sqlite3"), &out, "t1", "c1", GOOD);
    let store_path = d.path().join("old.sqlite3");
    v1_store(&store_path);
    let with = |k: u32, edit: &dyn Fn(&mut AttemptRecord)| {
        let mut r = base.clone();
        r.attempt_id = format!("0199c0de-0000-7000-8000-0000000001{k:02}");
        r.trainee.id = format!("t{k}");
        edit(&mut r);
        r
    };
    let legacy = [
        with(1, &|r| r.cohort = Some("room\t7".into())),
        with(2, &|r| r.trainee.name = "名".repeat(100_000)),
        with(3, &|r| r.transcript[0].elapsed_ms = 1 << 63),
        with(4, &|r| {
            r.ended_at = "2026-11-02T08:00:00.000Z".into();
            r.started_at = "2026-11-02T09:00:00.000Z".into();
        }),
        with(5, &|r| {
            r.started_at = "1990-05-01T09:00:00.000Z".into();
            r.ended_at = "1990-05-01T09:05:00.000Z".into();
        }),
        with(6, &|r| r.cohort = Some(String::new())),
    ];
    insert_raw(&store_path, &base, false);
    for r in &legacy {
        assert!(
            touchpoint::results::record::check(r).is_err(),
            "{} breaks a rule of today",
            r.attempt_id
        );
        insert_raw(&store_path, r, false);
    }
    let names_legacy = |o: &std::process::Output| {
        let err = stderr(o);
        for r in &legacy {
            assert!(
                err.lines()
                    .any(|l| l.starts_with("warning: ") && l.contains(&r.attempt_id)),
                "{} is named: {err}",
                r.attempt_id
            );
        }
        assert!(!err.contains("damaged"), "{err}");
        assert!(err.len() < 20_000, "the long name is not echoed");
    };
    let export = |format: &str, ext: &str| {
        let f = d.path().join(format!("out.{ext}"));
        let o = tp(
            &store_path,
            &[
                "results",
                "export",
                "--format",
                format,
                "--out",
                f.to_str().unwrap(),
                "--quiet",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        names_legacy(&o);
        f
    };
    let csv = std::fs::read_to_string(export("csv", "csv")).unwrap();
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), 1 + 1 + legacy.len(), "{csv}");
    let long = rows.iter().find(|r| r[0] == legacy[1].attempt_id).unwrap();
    assert!(long[3].chars().count() <= 100, "the name is clipped");
    assert!(long[3].starts_with("名名名"));

    let jsonl = std::fs::read_to_string(export("jsonl", "jsonl")).unwrap();
    let lines: Vec<AttemptRecord> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is a whole record"))
        .collect();
    assert_eq!(lines.len(), 1 + legacy.len());
    let slow = lines
        .iter()
        .find(|r| r.attempt_id == legacy[2].attempt_id)
        .unwrap();
    assert!(
        slow.transcript[0].elapsed_ms <= 86_400_000,
        "clamped to a day"
    );

    let xlsx = export("xlsx", "xlsx");
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let att = book.worksheet_range("Attempts").unwrap();
    assert_eq!(att.height(), 1 + 1 + legacy.len());

    let xapi = std::fs::read_to_string(export("xapi", "json")).unwrap();
    let statements: Vec<serde_json::Value> = serde_json::from_str(&xapi).unwrap();
    for s in &statements {
        let year: i64 = s["timestamp"].as_str().unwrap()[..4].parse().unwrap();
        assert!((1970..=2200).contains(&year), "{}", s["timestamp"]);
    }
    for r in &legacy {
        let reg = touchpoint::results::xapi::registration(r);
        assert!(xapi.contains(&reg), "{} has its statements", r.attempt_id);
    }

    let html = d.path().join("r.html");
    let o = tp(
        &store_path,
        &["results", "report", "--out", html.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    names_legacy(&o);

    let o = tp(&store_path, &["results", "list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    names_legacy(&o);
    for r in &legacy {
        assert!(stdout(&o).contains(&r.attempt_id), "{}", stdout(&o));
    }
    let o = tp(&store_path, &["results", "show", &legacy[1].attempt_id]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Review R-L8: `show` prints the record as stored (exports clip it), and says so.
    let shown: AttemptRecord = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(shown, legacy[1], "shown as stored");
    assert!(
        stderr(&o).contains("it is shown as stored"),
        "{}",
        stderr(&o)
    );

    // What no Touchpoint ever wrote is damaged, and left out.
    let damaged = [
        with(7, &|r| r.score = 150),
        with(8, &|r| r.outcome = "won".into()),
    ];
    for r in &damaged {
        insert_raw(&store_path, r, false);
    }
    let o = tp(&store_path, &["results", "list"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for r in &damaged {
        assert!(
            err.lines()
                .any(|l| l.contains(&r.attempt_id) && l.contains("damaged")),
            "{err}"
        );
        assert!(!stdout(&o).contains(&r.attempt_id));
    }
    for r in &legacy {
        assert!(stdout(&o).contains(&r.attempt_id));
    }
}

/// The library's own readers are checked too: `rows` and `get` never hand out a row
/// whose columns disagree with its record.
#[test]
fn rows_and_get_check_each_row_against_its_record() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    let a = play(&store_path, &out, "t1", "c1", GOOD);
    let conn = rusqlite::Connection::open(&store_path).unwrap();
    conn.execute(
        "UPDATE attempts SET score = 999 WHERE attempt_id = ?1",
        [&a.attempt_id],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(&Location::Sqlite(store_path)).unwrap();
    let e = store.rows(&Filter::default()).unwrap_err().to_string();
    assert!(e.contains(&a.attempt_id) && e.contains("damaged"), "{e}");
    let e = store.get(&a.attempt_id).unwrap_err().to_string();
    assert!(e.contains("column score is 999"), "{e}");
}

/// Review M4: `play` told the trainee that a record the store refused because it does
/// not replay "can be imported later", though an import refuses it too. The store
/// says whether it refused the record (an import would too) or failed itself.
#[test]
fn the_store_says_whether_it_refused_a_played_record_or_failed() {
    use touchpoint::results::store::PutError;
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("r");
    std::fs::create_dir_all(&out).unwrap();
    let rec = play(&d.path().join("a.sqlite3"), &out, "t1", "c1", GOOD);
    let enc = crate::common::sample();
    let mut store = Store::open(&Location::Sqlite(d.path().join("b.sqlite3"))).unwrap();
    let mut forged = rec.clone();
    forged.transcript[0].mood_after.anger = 0;
    match store.keep_played(&forged, &enc) {
        Err(PutError::Refused(e)) => assert!(e.contains("does not replay"), "{e}"),
        other => panic!("{other:?}"),
    }
    let mut invalid = rec.clone();
    invalid.trainee.name = "x".repeat(101);
    assert!(matches!(
        store.keep_played(&invalid, &enc),
        Err(PutError::Refused(_))
    ));
    assert!(matches!(store.keep_played(&rec, &enc), Ok(true)));
}
