//! Results mean what they say: `results import` replays every record through the
//! engine on its encounter version (kept by the store, or found in `--scenarios`)
//! and refuses one that does not replay, naming what differs; a record whose version
//! is nowhere to be found is stored marked unverified; `play` keeps the version it
//! played, so a later import anywhere can verify. Late replies, clock timeouts and
//! abandoned attempts replay too.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use touchpoint::adapters::results::{self, AttemptRecord, Meta, Trainee, read};
use touchpoint::adapters::store::{Filter, Location, Store};
use touchpoint::engine::{Pick, Session, assess};

use crate::common::{fixtures, load, root, stderr, stdout};

/// `touchpoint` with the store at `store`, run in `cwd`.
fn tp_in(cwd: &Path, store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", store.to_str().unwrap()])
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("TOUCHPOINT_STORE")
        .current_dir(cwd)
        .output()
        .unwrap()
}

const GOOD: &str = "opening_soothe,story_listen,offer_options";
const BAD: &str = "opening_ticket,story_cut_in";

/// Plays the fixture encounter into `out` (a folder) and the store at `store`;
/// returns the result file.
fn play(store: &Path, out: &Path, trainee: &str, choices: &str) -> PathBuf {
    std::fs::create_dir_all(out).unwrap();
    let before: Vec<_> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let o = tp_in(
        &root(),
        store,
        &[
            "play",
            sc.to_str().unwrap(),
            "--seed",
            "1",
            "--trainee",
            trainee,
            "--choices",
            choices,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| !before.contains(p))
        .expect("a new result file")
}

fn edit(file: &Path, to: &Path, change: impl FnOnce(&mut serde_json::Value)) {
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    change(&mut v);
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::write(to, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
}

/// The CSV export's `verified` column per attempt id.
fn verified_column(cwd: &Path, store: &Path) -> Vec<(String, String)> {
    let csv = cwd.join("verified.csv");
    let o = tp_in(
        cwd,
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
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = header
        .iter()
        .position(|h| *h == "verified")
        .unwrap_or_else(|| panic!("a `verified` column: {header:?}"));
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].to_string(), f[col].to_string())
        })
        .collect()
}

#[test]
fn a_result_file_edited_from_a_fail_to_a_pass_is_refused_by_import_with_the_reason() {
    let d = tempfile::tempdir().unwrap();
    let file = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("pc"),
        "t1",
        BAD,
    );
    let rec = read(&file).unwrap();
    assert!(!rec.passed && rec.score < 100, "{}", rec.score);
    let forged = d.path().join("usb/forged.json");
    edit(&file, &forged, |v| {
        v["score"] = 100.into();
        v["passed"] = true.into();
        v["critical"] = serde_json::json!([]);
    });
    let hr = d.path().join("hr.sqlite3");
    let scenarios = fixtures().join("scenarios");
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            d.path().join("usb").to_str().unwrap(),
            "--scenarios",
            scenarios.to_str().unwrap(),
            "--quiet",
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("forged.json:1:1: error: attempt "),
        "the file is named: {err}"
    );
    assert!(
        err.contains("critical [] in the file, [taboo_argue_interrupt] on replay"),
        "{err}"
    );
    assert!(
        err.contains(&format!("score 100 in the file, {} on replay", rec.score)),
        "the reason: {err}"
    );
    assert!(err.contains("0 attempt(s) added"), "{err}");
    let store = Store::open(&Location::Sqlite(hr.clone())).unwrap();
    assert_eq!(
        store.count(&Filter::default()).unwrap(),
        0,
        "nothing stored"
    );

    // A choice changed after the fact does not replay either.
    let swapped = d.path().join("usb2/swapped.json");
    edit(&file, &swapped, |v| {
        v["transcript"][1]["choice"] = "story_listen".into();
    });
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            swapped.to_str().unwrap(),
            "--scenarios",
            scenarios.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("reply 2 `story_listen`"),
        "{}",
        stderr(&o)
    );

    // The file as played imports, replayed and marked verified.
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            file.to_str().unwrap(),
            "--scenarios",
            scenarios.to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("1 replayed, 0 unverified"), "{err}");
    assert_eq!(
        verified_column(d.path(), &hr),
        [(rec.attempt_id.clone(), "true".to_string())]
    );
}

#[test]
fn an_attempt_whose_encounter_version_is_nowhere_is_imported_marked_unverified() {
    let d = tempfile::tempdir().unwrap();
    let file = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("pc"),
        "t1",
        GOOD,
    );
    let rec = read(&file).unwrap();
    let hr = d.path().join("hr.sqlite3");
    // Run from an empty folder: no scenarios folder to find the version in.
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let o = tp_in(&empty, &hr, &["results", "import", file.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("1 attempt(s) stored unverified"), "{err}");
    assert!(
        err.contains("sample_refund@"),
        "the version is named: {err}"
    );
    assert_eq!(
        verified_column(&empty, &hr),
        [(rec.attempt_id.clone(), "false".to_string())]
    );
    let o = tp_in(&empty, &hr, &["results", "list"]);
    assert!(stdout(&o).contains("pass?"), "{}", stdout(&o));
    assert!(stderr(&o).contains("1 unverified"), "{}", stderr(&o));
    let jsonl = empty.join("all.jsonl");
    let o = tp_in(
        &empty,
        &hr,
        &[
            "results",
            "export",
            "--format",
            "jsonl",
            "--out",
            jsonl.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let line: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&jsonl).unwrap().trim()).unwrap();
    assert_eq!(line["verified"], false);
    assert_eq!(line["attempt_id"], rec.attempt_id.as_str());
    let html = empty.join("r.html");
    let o = tp_in(
        &empty,
        &hr,
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
            .contains("1 of these attempts are unverified"),
        "the report says so"
    );
    let o = tp_in(&empty, &hr, &["results", "show", &rec.attempt_id]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("is unverified"), "{}", stderr(&o));
}

#[test]
fn the_store_keeps_each_encounter_version_so_a_later_import_verifies_anywhere() {
    let d = tempfile::tempdir().unwrap();
    // Played on one machine (its store keeps the version it was played on) ...
    let pc = d.path().join("pc.sqlite3");
    let file = play(&pc, &d.path().join("pc"), "t1", BAD);
    let rec = read(&file).unwrap();
    let forged = d.path().join("forged/forged.json");
    edit(&file, &forged, |v| {
        v["score"] = 100.into();
        v["passed"] = true.into();
        v["critical"] = serde_json::json!([]);
    });
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    // ... so the forged file is refused there, from a folder with no scenarios.
    let o = tp_in(
        &empty,
        &pc,
        &["results", "import", forged.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("score 100 in the file, {} on replay", rec.score)),
        "{}",
        stderr(&o)
    );
    // HR imports the genuine file once with the scenarios folder: the version is
    // kept, and from then on an import from anywhere verifies.
    let hr = d.path().join("hr.sqlite3");
    let o = tp_in(
        &empty,
        &hr,
        &[
            "results",
            "import",
            file.to_str().unwrap(),
            "--scenarios",
            fixtures().join("scenarios").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 encounter version(s) kept"),
        "{}",
        stderr(&o)
    );
    let store = Store::open(&Location::Sqlite(hr.clone())).unwrap();
    assert!(store.has_version(&rec.scenario.content_hash).unwrap());
    let enc = store
        .load_version(&rec.scenario.content_hash)
        .unwrap()
        .expect("kept")
        .expect("loads from the stored texts");
    assert_eq!(enc.content_hash, rec.scenario.content_hash);
    assert_eq!(enc.locales.len(), 2, "both locales' Fluent files");
    drop(store);
    let o = tp_in(
        &empty,
        &hr,
        &["results", "import", forged.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("score 100 in the file"),
        "{}",
        stderr(&o)
    );
    // Another attempt on the same version, imported from the empty folder: verified.
    let second = play(
        &d.path().join("pc2.sqlite3"),
        &d.path().join("pc2"),
        "t2",
        GOOD,
    );
    let o = tp_in(
        &empty,
        &hr,
        &["results", "import", second.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 replayed, 0 unverified"),
        "{}",
        stderr(&o)
    );
}

/// Plays `hall_dispute_escalation` as the app does: the first node's clock runs out
/// (its `on_timeout` reply is taken), a later timed reply comes late, the rest in
/// time. Returns the record, finished or (after `quit_after` replies) abandoned.
fn played_with_the_clock(quit_after: Option<usize>) -> AttemptRecord {
    let enc = load(&root().join("scenarios/hall_dispute_escalation.ron"));
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 7).unwrap();
    let (mut timed_out, mut late) = (false, false);
    while !s.is_finished() && quit_after.is_none_or(|q| s.state().decisions.len() < q) {
        let node = s.current_node();
        if !timed_out && node.on_timeout.is_some() {
            s.timeout().unwrap();
            timed_out = true;
        } else if let (false, Some(limit)) = (late, node.time_limit) {
            s.choose(&Pick::Number(1), u64::from(limit) * 1000 + 6_000)
                .unwrap();
            late = true;
        } else {
            s.choose(&Pick::Number(1), 3_000).unwrap();
        }
    }
    assert!(timed_out, "the encounter has a clock to run out");
    let texts = enc.texts("en-US");
    let meta = Meta {
        attempt_id: results::uuid_v7(std::time::SystemTime::now(), 7),
        trainee: Trainee {
            id: "t9".into(),
            name: "Clock".into(),
        },
        cohort: Some("c".into()),
        locale: "en-US".into(),
        started_at: "2026-11-02T09:00:00.000Z".into(),
        ended_at: "2026-11-02T09:10:00.000Z".into(),
    };
    if quit_after.is_some() {
        results::abandoned(&enc, &texts, s.state(), meta)
    } else {
        let a = assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
        results::record(&enc, &texts, s.state(), &a, meta)
    }
}

#[test]
fn late_replies_clock_timeouts_and_abandoned_attempts_replay_exactly() {
    let d = tempfile::tempdir().unwrap();
    let finished = played_with_the_clock(None);
    assert!(finished.transcript.iter().any(|t| t.late), "a late reply");
    let abandoned = played_with_the_clock(Some(1));
    assert_eq!(abandoned.status, "abandoned");
    let files = d.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    for r in [&finished, &abandoned] {
        std::fs::write(
            files.join(results::file_name(r)),
            serde_json::to_vec(r).unwrap(),
        )
        .unwrap();
    }
    let hr = d.path().join("hr.sqlite3");
    let scenarios = root().join("scenarios");
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            files.to_str().unwrap(),
            "--scenarios",
            scenarios.to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("2 replayed, 0 unverified"), "{err}");
    let mut v = verified_column(d.path(), &hr);
    v.sort();
    let mut want = vec![
        (finished.attempt_id.clone(), "true".to_string()),
        (abandoned.attempt_id.clone(), "true".to_string()),
    ];
    want.sort();
    assert_eq!(v, want);

    // A late reply made to look punctual, and an abandoned attempt given a score,
    // are refused.
    let mut on_time = finished.clone();
    on_time.attempt_id.push_str("-x");
    let k = on_time.transcript.iter().rposition(|t| t.late).unwrap();
    on_time.transcript[k].elapsed_ms = 1_000;
    let mut scored = abandoned.clone();
    scored.attempt_id.push_str("-y");
    scored.transcript[0].mood_after.anger = 0;
    let bad = d.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("a.json"), serde_json::to_vec(&on_time).unwrap()).unwrap();
    std::fs::write(bad.join("b.json"), serde_json::to_vec(&scored).unwrap()).unwrap();
    let o = tp_in(d.path(), &hr, &["results", "import", bad.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("reply {} `", k + 1))
            && err.contains("late true in the file, false on replay"),
        "{err}"
    );
    assert!(
        err.contains("b.json") && err.contains("mood_after"),
        "{err}"
    );
    assert!(err.contains("0 attempt(s) added"), "{err}");
}

#[test]
fn a_damaged_stored_version_is_never_trusted_and_never_panics() {
    let d = tempfile::tempdir().unwrap();
    let pc = d.path().join("pc.sqlite3");
    let file = play(&pc, &d.path().join("pc"), "t1", GOOD);
    let rec = read(&file).unwrap();
    let conn = rusqlite::Connection::open(&pc).unwrap();
    let n = conn
        .execute(
            "UPDATE stored_texts SET text = text || ' damaged' WHERE text_hash IN
             (SELECT text_hash FROM encounter_files WHERE name = 'scenario.ron')",
            [],
        )
        .unwrap();
    assert_eq!(n, 1);
    drop(conn);
    let store = Store::open(&Location::Sqlite(pc.clone())).unwrap();
    let loaded = store.load_version(&rec.scenario.content_hash).unwrap();
    assert!(
        matches!(&loaded, Some(Err(touchpoint::adapters::verify::VersionProblem::Damaged(e))) if e.contains("damaged")),
        "{:?}",
        loaded.as_ref().map(|r| r.as_ref().err())
    );
    drop(store);
    let other = play(
        &d.path().join("pc2.sqlite3"),
        &d.path().join("pc2"),
        "t2",
        BAD,
    );
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let o = tp_in(&empty, &pc, &["results", "import", other.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("is damaged"), "{err}");
    assert!(err.contains("1 attempt(s) stored unverified"), "{err}");
}

/// A store made before migration 2 (no `verified` column, no encounter versions)
/// with attempts in it: opening it adds them, and its attempts, never replayed, are
/// unverified; new attempts are verified.
#[test]
fn a_store_from_before_the_replay_check_is_migrated_and_its_attempts_are_unverified() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("old.sqlite3");
    let old = read(&play(&store, &d.path().join("r"), "t1", GOOD)).unwrap();
    let conn = rusqlite::Connection::open(&store).unwrap();
    conn.execute_batch(
        "DROP TABLE encounter_files; DROP TABLE stored_texts; DROP TABLE encounter_versions;
         ALTER TABLE attempts DROP COLUMN verified; ALTER TABLE attempts DROP COLUMN digest;
         DELETE FROM schema_migrations WHERE version >= 2;",
    )
    .unwrap();
    drop(conn);
    let new = read(&play(&store, &d.path().join("r"), "t2", GOOD)).unwrap();
    let s = Store::open(&Location::Sqlite(store.clone())).unwrap();
    assert_eq!(s.schema_version().unwrap(), 3);
    drop(s);
    let mut v = verified_column(d.path(), &store);
    v.sort();
    let mut want = vec![
        (old.attempt_id.clone(), "false".to_string()),
        (new.attempt_id.clone(), "true".to_string()),
    ];
    want.sort();
    assert_eq!(v, want);
}

/// A version's files round-trip through their stored form; files missing, misnamed
/// or edited are errors (never a panic), and the edited one names the hash.
#[test]
fn an_encounter_version_loads_back_from_its_texts_and_refuses_damaged_ones() {
    use touchpoint::adapters::verify::VersionFiles;
    let enc = crate::common::sample();
    let v = VersionFiles::of(&enc);
    assert_eq!(v.computed_hash(), enc.content_hash);
    let files: Vec<(String, String)> = v
        .files()
        .into_iter()
        .map(|(n, t)| (n, t.to_string()))
        .collect();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "scenario.ron",
            "catalog.ron",
            "en-US/scenario.ftl",
            "en-US/catalog.ftl",
            "zh-CN/scenario.ftl",
            "zh-CN/catalog.ftl"
        ]
    );
    let back = VersionFiles::from_files(&enc.content_hash, "sample_refund", files.clone()).unwrap();
    assert_eq!(back, v);
    let loaded = back.load().unwrap();
    assert_eq!(loaded.content_hash, enc.content_hash);
    assert_eq!(loaded.scenario.nodes.len(), enc.scenario.nodes.len());
    assert_eq!(loaded.texts("zh-CN").text("title"), "没订过的彩铃");

    let without = |name: &str| -> Vec<(String, String)> {
        files.iter().filter(|(n, _)| n != name).cloned().collect()
    };
    for (what, files) in [
        ("no scenario file", without("scenario.ron")),
        ("no catalog file", without("catalog.ron")),
        ("incomplete", without("en-US/catalog.ftl")),
        ("unexpected file", {
            let mut f = files.clone();
            f.push(("../../etc/passwd".into(), "x".into()));
            f
        }),
    ] {
        let e = VersionFiles::from_files(&enc.content_hash, "sample_refund", files).unwrap_err();
        assert!(e.contains(what), "{what}: {e}");
    }
    let mut edited = v.clone();
    edited.scenario = edited.scenario.replace("pass_mark", "pass_mark ");
    assert!(matches!(
        edited.load(),
        Err(touchpoint::adapters::verify::VersionProblem::Damaged(e)) if e.contains("damaged")
    ));
    // Texts that hash right but do not parse or validate today: not damaged, but
    // not valid under the current rules, located.
    let mut broken = v.clone();
    broken.scenario = "(id: \"sample_refund\", oops".into();
    broken.content_hash = broken.computed_hash();
    match broken.load() {
        Err(touchpoint::adapters::verify::VersionProblem::Invalid(e)) => {
            assert!(e.contains("sample_refund.ron:1:"), "{e}")
        }
        other => panic!("{:?}", other.err()),
    }
}

/// Review H3: verification compared the score but not the feedback, while the
/// workbook's "broken techniques" and the report's retraining lists come from it: a
/// genuine score with its breach items deleted imported as verified.
#[test]
fn a_result_file_with_its_breach_items_deleted_is_refused_by_import() {
    let d = tempfile::tempdir().unwrap();
    let file = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("pc"),
        "t1",
        BAD,
    );
    let rec = read(&file).unwrap();
    assert!(
        rec.feedback
            .iter()
            .any(|f| f.technique == "taboo_argue_interrupt")
    );
    let forged = d.path().join("usb/no_breaches.json");
    edit(&file, &forged, |v| {
        let kept: Vec<serde_json::Value> = v["feedback"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] != "breach")
            .cloned()
            .collect();
        v["feedback"] = kept.into();
    });
    let hr = d.path().join("hr.sqlite3");
    let scenarios = fixtures().join("scenarios");
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            forged.to_str().unwrap(),
            "--scenarios",
            scenarios.to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("no_breaches.json:1:1: error: attempt ") && err.contains("feedback"),
        "refused, naming the feedback: {err}"
    );
    assert!(err.contains("breach taboo_argue_interrupt"), "{err}");
    assert!(err.contains("0 attempt(s) added"), "{err}");
    // Texts may differ (they depend on the locale and the catalog's wording): a
    // reworded teaching still verifies.
    let reworded = d.path().join("usb2/reworded.json");
    edit(&file, &reworded, |v| {
        v["feedback"][0]["teaching"] = "Said otherwise.".into();
    });
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            reworded.to_str().unwrap(),
            "--scenarios",
            scenarios.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 replayed, 0 unverified"),
        "{}",
        stderr(&o)
    );
}

/// Review H4: a record scored by an earlier engine whose rules have changed since
/// is genuine; replayed on today's rules it may differ. It is imported unverified,
/// with the reason, never refused as forged; the same difference in a record of
/// today's rules is refused. New records say which rules scored them.
#[test]
fn a_record_of_an_earlier_engine_that_replays_differently_is_imported_unverified() {
    let d = tempfile::tempdir().unwrap();
    let file = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("pc"),
        "t1",
        BAD,
    );
    let raw: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(
        raw["rules_version"],
        touchpoint::engine::RULES_VERSION,
        "a new record says which rules scored it"
    );
    assert_eq!(touchpoint::engine::RULES_VERSION, 2);
    // As the previous release scored it: the same replies, another feedback item
    // (the rules for naming feedback changed since).
    let change = |v: &mut serde_json::Value| {
        v["feedback"][0]["better"] = "story_listen".into();
    };
    let older = d.path().join("old/older.json");
    edit(&file, &older, |v| {
        change(v);
        v.as_object_mut().unwrap().remove("rules_version");
    });
    let same = d.path().join("same/same.json");
    edit(&file, &same, |v| {
        change(v);
        v["attempt_id"] = "0199c0de-0000-7000-8000-0000000000aa".into();
    });
    let hr = d.path().join("hr.sqlite3");
    let scenarios = fixtures().join("scenarios");
    let import = |what: &Path| {
        tp_in(
            d.path(),
            &hr,
            &[
                "results",
                "import",
                what.to_str().unwrap(),
                "--scenarios",
                scenarios.to_str().unwrap(),
            ],
        )
    };
    let o = import(&older);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("1 attempt(s) stored unverified")
            && err.contains("scored by an earlier engine (rules 1)"),
        "{err}"
    );
    let rec = read(&file).unwrap();
    assert_eq!(
        verified_column(d.path(), &hr),
        [(rec.attempt_id.clone(), "false".to_string())]
    );
    let o = import(&same);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("same.json:1:1: error: attempt ") && err.contains("feedback"),
        "{err}"
    );
}

/// Review H5: a stored version whose texts hash to its content hash but that fails
/// today's (stricter) validation is not damaged: its attempts are imported
/// unverified, "not valid under the current rules".
#[test]
fn a_stored_version_invalid_under_todays_rules_is_not_damaged() {
    use touchpoint::adapters::verify::VersionFiles;
    let d = tempfile::tempdir().unwrap();
    let pc = d.path().join("pc.sqlite3");
    let file = play(&pc, &d.path().join("pc"), "t1", GOOD);
    let rec = read(&file).unwrap();
    // The version as an earlier Touchpoint might have accepted it: a reply tagged
    // with a technique today's catalog does not have.
    let mut v = VersionFiles::of(&crate::common::sample());
    v.scenario = v
        .scenario
        .replacen("\"soothe_emotions\"", "\"soothe_emotions_v0\"", 1);
    assert_ne!(
        v.scenario,
        VersionFiles::of(&crate::common::sample()).scenario
    );
    v.content_hash = v.computed_hash();
    assert!(v.load().is_err(), "invalid today");
    let conn = rusqlite::Connection::open(&pc).unwrap();
    conn.execute(
        "INSERT INTO encounter_versions (content_hash, scenario_id, stored_at) VALUES (?1, 'sample_refund', '2026-01-01T00:00:00Z')",
        [&v.content_hash],
    )
    .unwrap();
    for (name, text) in v.files() {
        use sha2::Digest;
        let h = format!("sha256:{:x}", sha2::Sha256::digest(text.as_bytes()));
        conn.execute(
            "INSERT INTO stored_texts (text_hash, text) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            [&h, text],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO encounter_files (content_hash, name, text_hash) VALUES (?1, ?2, ?3)",
            [&v.content_hash, &name, &h],
        )
        .unwrap();
    }
    drop(conn);
    let old = d.path().join("old/old.json");
    edit(&file, &old, |j| {
        j["scenario"]["content_hash"] = v.content_hash.clone().into();
        j["attempt_id"] = "0199c0de-0000-7000-8000-0000000000bb".into();
    });
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let o = tp_in(&empty, &pc, &["results", "import", old.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(!err.contains("damaged"), "{err}");
    assert!(
        err.contains("1 attempt(s) stored unverified")
            && err.contains("not valid under the current rules"),
        "{err}"
    );
    assert!(
        err.contains("soothe_emotions_v0"),
        "what fails is said: {err}"
    );
    let _ = rec;
}

/// Review M5: an attempt stored unverified (its version was nowhere) becomes verified
/// when it is imported again with its version; an attempt already stored as the file
/// says is not replayed again (a v1 store's attempt, stored before any replay check,
/// that would not replay is left as it is, not reported "skipped").
#[test]
fn importing_a_stored_attempt_again_verifies_it_and_never_replays_an_equal_one() {
    let d = tempfile::tempdir().unwrap();
    let file = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("pc"),
        "t1",
        GOOD,
    );
    let rec = read(&file).unwrap();
    let hr = d.path().join("hr.sqlite3");
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let o = tp_in(&empty, &hr, &["results", "import", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        verified_column(&empty, &hr),
        [(rec.attempt_id.clone(), "false".to_string())]
    );
    let o = tp_in(
        &empty,
        &hr,
        &[
            "results",
            "import",
            file.to_str().unwrap(),
            "--scenarios",
            fixtures().join("scenarios").to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("1 already in the store (1 verified now)"),
        "{err}"
    );
    assert_eq!(
        verified_column(&empty, &hr),
        [(rec.attempt_id.clone(), "true".to_string())]
    );

    // A forged file stored by an old import (before replays existed), imported again.
    let forged = d.path().join("usb/forged.json");
    edit(&file, &forged, |v| {
        v["score"] = 99.into();
        v["attempt_id"] = "0199c0de-0000-7000-8000-0000000000cc".into();
    });
    let old = d.path().join("old.sqlite3");
    let store = Store::open(&Location::Sqlite(old.clone())).unwrap();
    drop(store);
    let forged_rec = read(&forged).unwrap();
    crate::store::insert_raw(&old, &forged_rec, false);
    let o = tp_in(
        &empty,
        &old,
        &[
            "results",
            "import",
            forged.to_str().unwrap(),
            "--scenarios",
            fixtures().join("scenarios").to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("1 already in the store"), "{err}");
    assert!(
        !err.contains("skipped)") && !err.contains("does not replay"),
        "{err}"
    );
}

/// Review M7: a stored encounter version whose text cannot be read (a row the
/// database returns as bytes that are not text) is a damaged version: the import
/// warns and falls back to the scenarios folder, and exports go on.
#[test]
fn an_unreadable_stored_version_is_a_damaged_version_never_an_aborted_command() {
    let d = tempfile::tempdir().unwrap();
    let pc = d.path().join("pc.sqlite3");
    let file = play(&pc, &d.path().join("pc"), "t1", GOOD);
    let conn = rusqlite::Connection::open(&pc).unwrap();
    let n = conn
        .execute(
            "UPDATE stored_texts SET text = CAST(x'ff00fe' AS BLOB) WHERE text_hash IN
             (SELECT text_hash FROM encounter_files WHERE name IN ('scenario.ron', 'en-US/catalog.ftl', 'en-US/scenario.ftl'))",
            [],
        )
        .unwrap();
    assert_eq!(n, 3);
    drop(conn);
    let second = play(
        &d.path().join("pc2.sqlite3"),
        &d.path().join("pc2"),
        "t2",
        BAD,
    );
    let o = tp_in(
        d.path(),
        &pc,
        &[
            "results",
            "import",
            second.to_str().unwrap(),
            "--scenarios",
            fixtures().join("scenarios").to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("warning: the stored encounter version") && err.contains("damaged"),
        "{err}"
    );
    assert!(err.contains("1 replayed, 0 unverified"), "{err}");
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    for (format, ext) in [("csv", "csv"), ("xlsx", "xlsx")] {
        let out = empty.join(format!("o.{ext}"));
        let o = tp_in(
            &empty,
            &pc,
            &[
                "results",
                "export",
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
                "--locale",
                "en-US",
            ],
        );
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{format}: {err}");
        assert!(
            err.contains("warning:") && err.contains("cannot be read"),
            "{format}: {err}"
        );
        assert!(out.exists());
    }
    let html = empty.join("r.html");
    let o = tp_in(
        &empty,
        &pc,
        &["results", "report", "--out", html.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let _ = file;
}
