//! Results mean what they say: `results import` replays every record through the
//! engine on its encounter version (kept by the store, or found in `--scenarios`)
//! and refuses one that does not replay, naming what differs; a record whose version
//! is nowhere to be found is stored marked unverified; `play` keeps the version it
//! played, so a later import anywhere can verify. Late replies, clock timeouts and
//! abandoned attempts replay too.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use touchpoint::engine::{Pick, Session, assess};
use touchpoint::results::record::{self, AttemptRecord, Meta, Trainee, read};
use touchpoint::results::store::{Filter, Location, Store};

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
    assert_eq!(header[col + 1], "verified_by", "{header:?}");
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            // Files imported from the command line: replayed, or as the file says
            // (only the course server's own attempts say "server").
            let by = if f[col] == "true" {
                "replayed"
            } else {
                "unverified"
            };
            assert_eq!(f[col + 1], by, "{l}");
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
    assert_eq!(line["verified_by"], "unverified");
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
        attempt_id: record::uuid_v7(std::time::SystemTime::now(), 7),
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
        record::abandoned(&enc, &texts, s.state(), meta)
    } else {
        let a = assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
        record::record(&enc, &texts, s.state(), &a, meta)
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
            files.join(record::file_name(r)),
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
        matches!(&loaded, Some(Err(touchpoint::results::verify::VersionProblem::Damaged(e))) if e.contains("damaged")),
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
         DROP TABLE IF EXISTS quarantine; DELETE FROM schema_migrations WHERE version >= 2;",
    )
    .unwrap();
    conn.execute_batch(crate::common::DROP_SERVER_TABLES)
        .unwrap();
    drop(conn);
    let new = read(&play(&store, &d.path().join("r"), "t2", GOOD)).unwrap();
    let s = Store::open(&Location::Sqlite(store.clone())).unwrap();
    assert_eq!(s.schema_version().unwrap(), 6);
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
    use touchpoint::results::verify::VersionFiles;
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
        Err(touchpoint::results::verify::VersionProblem::Damaged(e)) if e.contains("damaged")
    ));
    // Texts that hash right but do not parse or validate today: not damaged, but
    // not valid under the current rules, located.
    let mut broken = v.clone();
    broken.scenario = "(id: \"sample_refund\", oops".into();
    broken.content_hash = broken.computed_hash();
    match broken.load() {
        Err(touchpoint::results::verify::VersionProblem::Invalid(e)) => {
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

/// Review R-H1 / trial T-2: a record of rules 1 (an earlier release, or a file with
/// its `rules_version` removed) is replayed under rules 1, not let in unverified:
/// score, outcome, ending, competencies, critical, transcript and breach items must
/// match exactly; only the other feedback items (better replies, missed techniques,
/// procedure steps, named differently since) may differ. A forged score is refused
/// whatever rules it claims; rules above the current ones are refused, naming them.
#[test]
fn a_forged_record_claiming_earlier_or_later_rules_is_refused_not_imported_unverified() {
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
    assert_eq!(raw["feedback"][0]["kind"], "breach", "{raw}");
    // As the previous release scored it: the same replies, a breach item's better
    // reply named otherwise (the rules for naming feedback changed since).
    let change = |v: &mut serde_json::Value| {
        v["feedback"][0]["better"] = "story_listen".into();
    };
    let n = std::cell::Cell::new(0);
    let variant = |name: &str, f: &dyn Fn(&mut serde_json::Value)| {
        n.set(n.get() + 1);
        let to = d.path().join(format!("{name}/{name}.json"));
        edit(&file, &to, |v| {
            v["attempt_id"] = format!("0199c0de-0000-7000-8000-0000000000{:02}", n.get()).into();
            f(v)
        });
        to
    };
    let unmarked = |v: &mut serde_json::Value| {
        v.as_object_mut().unwrap().remove("rules_version");
    };
    let older = variant("older", &|v| {
        change(v);
        unmarked(v);
    });
    let forged_unmarked = variant("forged_unmarked", &|v| {
        unmarked(v);
        v["score"] = 100.into();
        v["passed"] = true.into();
        v["critical"] = serde_json::json!([]);
    });
    let forged_rules1 = variant("forged_rules1", &|v| {
        v["rules_version"] = 1.into();
        v["score"] = 100.into();
        v["passed"] = true.into();
        v["critical"] = serde_json::json!([]);
    });
    let breach_gone = variant("breach_gone", &|v| {
        v["rules_version"] = 1.into();
        v["feedback"].as_array_mut().unwrap().remove(0);
    });
    let newer = variant("newer", &|v| v["rules_version"] = 3.into());
    let same = variant("same", &|v| change(v));
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
    assert!(err.contains("1 replayed, 0 unverified"), "{err}");
    let older_id = read(&older).unwrap().attempt_id;
    assert_eq!(
        verified_column(d.path(), &hr),
        [(older_id, "true".to_string())]
    );
    for (f, says) in [
        (&forged_unmarked, "score 100 in the file"),
        (&forged_rules1, "score 100 in the file"),
        (&breach_gone, "feedback"),
        (&newer, "scored by a newer Touchpoint (rules 3"),
        (&same, "feedback"),
    ] {
        let o = import(f);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{}: {err}", f.display());
        let name = f.file_name().unwrap().to_str().unwrap();
        assert!(
            err.contains(&format!("{name}:1:1: error: attempt ")) && err.contains(says),
            "{name}: {err}"
        );
        assert!(err.contains("0 attempt(s) added"), "{name}: {err}");
    }
    assert_eq!(
        verified_column(d.path(), &hr).len(),
        1,
        "nothing else stored"
    );
}

/// Review H5: a stored version whose texts hash to its content hash but that fails
/// today's (stricter) validation is not damaged: its attempts are imported
/// unverified, "not valid under the current rules".
#[test]
fn a_stored_version_invalid_under_todays_rules_is_not_damaged() {
    use touchpoint::results::verify::VersionFiles;
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
    // Trial T-3: stored unverified, it is replayed now that its version is at hand;
    // it does not replay, so it is moved to quarantine (not deleted), named, exit 1.
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("1 already in the store"), "{err}");
    assert!(
        err.contains("score 99 in the file") && err.contains("moved to quarantine"),
        "{err}"
    );
    assert!(!err.contains("skipped)"), "{err}");
    let s = Store::open(&Location::Sqlite(old.clone())).unwrap();
    assert!(s.get(&forged_rec.attempt_id).unwrap().is_none());
    assert_eq!(s.quarantined().unwrap().len(), 1);
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
    // Without the scenarios folder: the damaged version is named, the attempt stored
    // unverified, and exports go on.
    let o = tp_in(
        d.path(),
        &pc,
        &["results", "import", second.to_str().unwrap()],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("warning: the stored encounter version") && err.contains("damaged"),
        "{err}"
    );
    assert!(err.contains("0 replayed, 1 unverified"), "{err}");
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let export = |format: &str, ext: &str| {
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
        assert!(out.exists());
        o
    };
    for (format, ext) in [("csv", "csv"), ("xlsx", "xlsx")] {
        let o = export(format, ext);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{format}: {err}");
        assert!(
            err.contains("warning:") && err.contains("cannot be read"),
            "{format}: {err}"
        );
    }
    // Review R-L6: with the folder's intact copy (the same content hash), the damaged
    // stored version is replaced: the attempt is verified and nothing warns again.
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
        err.contains("1 damaged stored encounter version(s) replaced by the intact copy"),
        "{err}"
    );
    assert!(err.contains("(1 verified now)"), "{err}");
    assert!(!err.contains("warning:"), "{err}");
    let o = tp_in(
        d.path(),
        &pc,
        &["results", "import", second.to_str().unwrap()],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(!err.contains("damaged"), "repaired for good: {err}");
    let o = export("xlsx", "xlsx");
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(!err.contains("cannot be read"), "{err}");
    let html = empty.join("r.html");
    let o = tp_in(
        &empty,
        &pc,
        &["results", "report", "--out", html.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let _ = file;
}

/// Trial T-3 / review R-L4: a forged record stored unverified (no version at hand)
/// does not stay for good. Once its version is at hand (`results verify`, or an
/// import with `--scenarios`) it is replayed: it does not replay, so it is moved to
/// quarantine with the reason, named, exit 1; the genuine file for the same attempt
/// then takes its place (directly, when it comes with the version). Nothing is
/// deleted: `results quarantine --list` and `results list --quarantined` show the
/// rows moved aside; exports leave them out.
#[test]
fn a_forged_record_stored_unverified_is_quarantined_once_its_version_is_at_hand() {
    let d = tempfile::tempdir().unwrap();
    let genuine = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("pc"),
        "t1",
        BAD,
    );
    let rec = read(&genuine).unwrap();
    let forge = |name: &str, id: &str| {
        let to = d.path().join(format!("usb/{name}.json"));
        edit(&genuine, &to, |v| {
            v["attempt_id"] = id.into();
            v["score"] = 100.into();
            v["passed"] = true.into();
            v["critical"] = serde_json::json!([]);
        });
        to
    };
    let forged = forge("forged", &rec.attempt_id);
    let other_id = "0199c0de-0000-7000-8000-0000000000f1";
    let forged2 = forge("forged2", other_id);
    let hr = d.path().join("hr.sqlite3");
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let scenarios = fixtures().join("scenarios");
    let sc = scenarios.to_str().unwrap();
    // No version anywhere: both stored unverified.
    for f in [&forged, &forged2] {
        let o = tp_in(&empty, &hr, &["results", "import", f.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    assert_eq!(verified_column(&empty, &hr).len(), 2);

    // `results verify` with the version: the forgery named and moved aside.
    let o = tp_in(&empty, &hr, &["results", "verify", "--scenarios", sc]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for id in [rec.attempt_id.as_str(), other_id] {
        assert!(
            err.lines().any(|l| l.starts_with("error: attempt ")
                && l.contains(id)
                && l.contains("score 100 in the file")
                && l.contains("moved to quarantine")),
            "{id}: {err}"
        );
    }
    assert!(err.contains("2 moved to quarantine"), "{err}");
    assert!(
        verified_column(&empty, &hr).is_empty(),
        "exports leave them out"
    );

    // The genuine file is then stored (verified); the second forgery comes back
    // with the version and is refused like any forgery.
    let o = tp_in(
        &empty,
        &hr,
        &[
            "results",
            "import",
            genuine.to_str().unwrap(),
            "--scenarios",
            sc,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        verified_column(&empty, &hr),
        [(rec.attempt_id.clone(), "true".to_string())]
    );
    for args in [
        &["results", "quarantine", "--list"][..],
        &["results", "list", "--quarantined"][..],
    ] {
        let o = tp_in(&empty, &hr, args);
        let out = stdout(&o);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(
            out.contains(&rec.attempt_id) && out.contains(other_id),
            "{args:?}: {out}"
        );
        assert!(out.contains("score 100 in the file"), "{out}");
        assert!(
            stderr(&o).contains("2 attempt(s) in quarantine"),
            "{}",
            stderr(&o)
        );
    }

    // Stored unverified, then the genuine file comes with its version: the genuine
    // record replaces the forgery, which is kept in quarantine.
    let hr2 = d.path().join("hr2.sqlite3");
    let o = tp_in(
        &empty,
        &hr2,
        &["results", "import", forged.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = tp_in(
        &empty,
        &hr2,
        &[
            "results",
            "import",
            genuine.to_str().unwrap(),
            "--scenarios",
            sc,
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("replaced by the file's record") && err.contains("moved to quarantine"),
        "{err}"
    );
    assert!(!err.contains("the stored one is kept"), "{err}");
    let store = Store::open(&Location::Sqlite(hr2.clone())).unwrap();
    assert_eq!(
        store.get(&rec.attempt_id).unwrap().unwrap().score,
        rec.score
    );
    let q = store.quarantined().unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].attempt_id, rec.attempt_id);
    assert_eq!(q[0].score, Some(100));
    drop(store);
    assert_eq!(
        verified_column(&empty, &hr2),
        [(rec.attempt_id.clone(), "true".to_string())]
    );
}

/// Review R-L4: one damaged row no longer makes every export exit 1 for good:
/// `results quarantine ID` moves it aside (with the damage as its reason), never
/// deleting it; exports then skip it and exit 0.
#[test]
fn a_damaged_row_can_be_moved_to_quarantine_and_exports_pass_again() {
    let d = tempfile::tempdir().unwrap();
    let hr = d.path().join("hr.sqlite3");
    let a = read(&play(&hr, &d.path().join("pc"), "t1", GOOD)).unwrap();
    let b = read(&play(&hr, &d.path().join("pc"), "t2", BAD)).unwrap();
    let conn = rusqlite::Connection::open(&hr).unwrap();
    conn.execute(
        "UPDATE attempts SET score = 999 WHERE attempt_id = ?1",
        [&b.attempt_id],
    )
    .unwrap();
    drop(conn);
    let csv = d.path().join("o.csv");
    let export = || {
        tp_in(
            d.path(),
            &hr,
            &[
                "results",
                "export",
                "--format",
                "csv",
                "--out",
                csv.to_str().unwrap(),
            ],
        )
    };
    let o = export();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains(&b.attempt_id), "{}", stderr(&o));
    let o = tp_in(d.path(), &hr, &["results", "quarantine", "0199-nope"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no attempt `0199-nope`"),
        "{}",
        stderr(&o)
    );
    let o = tp_in(d.path(), &hr, &["results", "quarantine", &b.attempt_id]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&format!("attempt {} moved to quarantine", b.attempt_id)),
        "{err}"
    );
    let o = export();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        verified_column(d.path(), &hr),
        [(a.attempt_id.clone(), "true".to_string())]
    );
    let o = tp_in(d.path(), &hr, &["results", "quarantine", "--list"]);
    assert!(stdout(&o).contains(&b.attempt_id), "{}", stdout(&o));
    let store = Store::open(&Location::Sqlite(hr.clone())).unwrap();
    let q = store.quarantined().unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].score, Some(999), "kept as it was");
    assert!(q[0].reason.contains("score"), "{}", q[0].reason);
    assert!(store.get(&b.attempt_id).unwrap().is_none());
}

/// Review R-M2: an attempt settled where the version it was played on was not at
/// hand is saved "abandoned" (score 0, not passed) although its replies reach an
/// ending. It claims nothing: it is stored unverified ("settled without its
/// version"), not refused as a forgery.
#[test]
fn an_abandoned_record_whose_replies_reach_an_ending_is_unverified_not_refused() {
    let enc = load(&root().join("scenarios/hall_dispute_escalation.ron"));
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 7).unwrap();
    while !s.is_finished() {
        s.choose(&Pick::Number(1), 3_000).unwrap();
    }
    let meta = Meta {
        attempt_id: record::uuid_v7(std::time::SystemTime::now(), 9),
        trainee: Trainee {
            id: "t9".into(),
            name: "Settled".into(),
        },
        cohort: None,
        locale: "en-US".into(),
        started_at: "2026-11-02T09:00:00.000Z".into(),
        ended_at: "2026-11-02T09:10:00.000Z".into(),
    };
    let rec = record::abandoned(&enc, &enc.texts("en-US"), s.state(), meta);
    assert_eq!(rec.status, "abandoned");
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("settled.json");
    std::fs::write(&file, serde_json::to_vec_pretty(&rec).unwrap()).unwrap();
    let hr = d.path().join("hr.sqlite3");
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            file.to_str().unwrap(),
            "--scenarios",
            root().join("scenarios").to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("1 attempt(s) added"), "{err}");
    assert!(
        err.contains("settled without its encounter version"),
        "{err}"
    );
    assert_eq!(
        verified_column(d.path(), &hr),
        [(rec.attempt_id.clone(), "false".to_string())]
    );
}

/// Review R-L3: importing again a file stored by an earlier Touchpoint with an empty
/// cohort (read as none) is "already in the store", not "another record"; a stored
/// row whose record is missing is said to be that, with what to do.
#[test]
fn re_import_warns_only_for_another_record_and_names_a_missing_stored_record() {
    let d = tempfile::tempdir().unwrap();
    let file = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("pc"),
        "t1",
        GOOD,
    );
    let empty_cohort = d.path().join("usb/empty.json");
    edit(&file, &empty_cohort, |v| v["cohort"] = "".into());
    let mut stored = read(&file).unwrap();
    stored.cohort = Some(String::new());
    let hr = d.path().join("hr.sqlite3");
    drop(Store::open(&Location::Sqlite(hr.clone())).unwrap());
    crate::store::insert_raw(&hr, &stored, true);
    let import = || {
        tp_in(
            d.path(),
            &hr,
            &["results", "import", empty_cohort.to_str().unwrap()],
        )
    };
    let o = import();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("1 already in the store"), "{err}");
    assert!(!err.contains("warning:"), "{err}");
    let conn = rusqlite::Connection::open(&hr).unwrap();
    conn.execute("DELETE FROM attempt_records", []).unwrap();
    drop(conn);
    let o = import();
    let err = stderr(&o);
    assert!(
        err.contains("its stored record is missing or damaged")
            && !err.contains("with another record"),
        "{err}"
    );
}

/// Review R-M4: a field folder of old files does not give one line per attempt (a
/// megabyte-long stderr line): unverified attempts are grouped by encounter version
/// and kind of reason, with a count and a few examples; records of rules 1 whose
/// feedback is named the old way replay under rules 1 and are not unverified at all.
#[test]
fn unverified_reasons_are_grouped_never_one_line_per_attempt() {
    let d = tempfile::tempdir().unwrap();
    let file = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("pc"),
        "t1",
        BAD,
    );
    let folder = d.path().join("field");
    for k in 0..40 {
        edit(&file, &folder.join(format!("r{k:02}.json")), |v| {
            v["attempt_id"] = format!("0199c0de-0000-7000-8000-0000000001{k:02}").into();
            v.as_object_mut().unwrap().remove("rules_version");
            if k < 20 {
                // Named the old way, a different better reply each time.
                v["feedback"][0]["better"] = format!("older_{k}").into();
            } else {
                // Played on a version nobody has.
                v["scenario"]["content_hash"] = format!("sha256:{}", "ab".repeat(32)).into();
            }
        });
    }
    let hr = d.path().join("hr.sqlite3");
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            folder.to_str().unwrap(),
            "--scenarios",
            fixtures().join("scenarios").to_str().unwrap(),
            "--quiet",
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.lines().all(|l| l.len() < 1_000),
        "no line per attempt: {err}"
    );
    assert!(err.contains("40 attempt(s) added"), "{err}");
    assert!(err.contains("20 replayed, 20 unverified"), "{err}");
    assert!(
        err.lines()
            .filter(|l| l.contains("sample_refund@abababababab (20)"))
            .count()
            == 1,
        "{err}"
    );
}

/// Review R-H1: a journal written before states carried their rules (an attempt
/// interrupted before the upgrade) is of rules 1, and settling it keeps them: the
/// record says rules 1 and replays under rules 1.
#[test]
fn a_journal_from_before_the_upgrade_settles_under_its_own_rules() {
    use touchpoint::results::journal::{self, Journal};
    let enc = load(&fixtures().join("scenarios/sample_refund.ron"));
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 1).unwrap();
    for c in GOOD.split(',') {
        s.choose(&Pick::Id(c.into()), 2_000).unwrap();
    }
    let mut state = serde_json::to_value(s.state()).unwrap();
    assert_eq!(state["rules"], touchpoint::engine::RULES_VERSION, "{state}");
    state.as_object_mut().unwrap().remove("rules");
    let j = serde_json::json!({
        "schema": journal::SCHEMA,
        "version": journal::VERSION,
        "attempt_id": record::uuid_v7(std::time::SystemTime::now(), 3),
        "scenario_path": fixtures().join("scenarios/sample_refund.ron"),
        "scenario_id": enc.scenario.id,
        "content_hash": enc.content_hash,
        "trainee": {"id": "t1", "name": "Old"},
        "cohort": null,
        "locale": "en-US",
        "seed": 1,
        "started_at": "2026-11-02T09:00:00.000Z",
        "updated_at": "2026-11-02T09:05:00.000Z",
        "replies": journal::replies(s.state()),
        "state": state,
    });
    let j: Journal = serde_json::from_value(j).unwrap();
    let rec = journal::settle(&enc, &enc.texts("en-US"), &j);
    assert_eq!(rec.status, "finished");
    assert_eq!(rec.rules_version, 1, "settle keeps the journal's rules");
    touchpoint::results::verify::replay(&enc, &rec).unwrap();
}
