//! Result files: written atomically, read back with located errors.

use touchpoint::results::record::{read, valid_trainee_id, write_atomic};

use crate::common::{fixtures, json, stderr, touchpoint};

#[test]
fn a_saved_result_reads_back_and_out_may_be_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let sample = fixtures().join("scenarios/sample_refund.ron");
    let o = touchpoint(&[
        "play",
        sample.to_str().unwrap(),
        "--seed",
        "2",
        "--trainee",
        "t9",
        "--choices",
        "1,1,1",
        "--json",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        files.len(),
        1,
        "exactly one file and no temporary leftovers: {files:?}"
    );
    let name = files[0].file_name().unwrap().to_str().unwrap().to_string();
    assert!(
        name.starts_with("sample_refund_t9_") && name.ends_with(".json"),
        "{name}"
    );
    let rec = read(&files[0]).unwrap();
    assert_eq!(rec.attempt_id, v["attempt_id"].as_str().unwrap());
    assert_eq!(rec.score as u64, v["score"].as_u64().unwrap());
}

#[test]
fn a_corrupt_result_file_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.json");
    std::fs::write(
        &p,
        "{\n  \"schema\": \"touchpoint.result\",\n  \"score\": \"high\"\n}\n",
    )
    .unwrap();
    let err = read(&p).unwrap_err();
    assert!(err.line >= 1 && err.col >= 1);
    assert!(err.to_string().contains("bad.json:"), "{err}");
    assert!(
        err.message.contains("not a Touchpoint result file"),
        "{err}"
    );
}

#[test]
fn atomic_write_replaces_whole_files_only() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sub/r.json");
    write_atomic(&p, b"first").unwrap();
    write_atomic(&p, b"second").unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"second");
    assert_eq!(std::fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
    // A target that cannot be written leaves the old file untouched.
    let blocked = dir.path().join("blocked");
    std::fs::create_dir_all(blocked.join("r.json")).unwrap();
    assert!(write_atomic(&blocked.join("r.json"), b"x").is_err());
    assert_eq!(
        std::fs::read_dir(&blocked).unwrap().count(),
        1,
        "no temporary file left behind"
    );
}

#[test]
fn trainee_ids_are_validated() {
    for ok in ["t001", "wang.xm@example.com", "王小明", "a-b_c"] {
        assert!(valid_trainee_id(ok), "{ok}");
    }
    for bad in ["", "a b", "../x", "a/b", &"x".repeat(65), "a\nb"] {
        assert!(!valid_trainee_id(bad), "{bad:?}");
    }
}

#[test]
fn best_scores_per_encounter_skip_and_report_damaged_files() {
    let d = tempfile::tempdir().unwrap();
    let sc = crate::common::fixtures().join("scenarios/sample_refund.ron");
    for (who, choices) in [
        ("t1", "opening_soothe,story_listen,offer_options"),
        ("t1", "opening_ticket,story_cut_in"),
        ("t2", "opening_ticket,story_cut_in"),
    ] {
        let o = crate::common::touchpoint(&[
            "play",
            sc.to_str().unwrap(),
            "--seed",
            "1",
            "--trainee",
            who,
            "--choices",
            choices,
            "--out",
            d.path().to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", crate::common::stderr(&o));
    }
    std::fs::write(d.path().join("broken.json"), "{ not json").unwrap();
    use touchpoint::engine::course::Best;
    use touchpoint::results::record::best_results;
    let (best, problems) = best_results(d.path(), "t1");
    let passed = |score| Best {
        score,
        passed: score >= 70,
    };
    assert_eq!(best.get("sample_refund"), Some(&passed(95)));
    let (best2, _) = best_results(d.path(), "t2");
    assert_eq!(best2.get("sample_refund"), Some(&passed(0)));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].to_string().contains("broken.json:1:"));
    assert!(
        d.path().join("broken.json").exists(),
        "damaged files are left alone"
    );
}

#[test]
fn the_profile_round_trips_and_a_damaged_one_is_kept_aside() {
    use touchpoint::results::profile::{Profile, load, save};
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("cfg/profile.json");
    let (p, problem) = load(&path);
    assert_eq!(p, Profile::default());
    assert!(problem.is_none());
    let p = Profile {
        trainee_id: "t042".into(),
        name: "王小明".into(),
        cohort: "2026-11".into(),
        locale: "en-US".into(),
        volume: 40,
        muted: true,
        text_scale: 150,
    };
    save(&path, &p).unwrap();
    assert_eq!(load(&path).0, p);
    std::fs::write(&path, "{\"name\": 3").unwrap();
    let (fresh, problem) = load(&path);
    assert_eq!(fresh, Profile::default());
    assert!(problem.unwrap().to_string().contains("profile.json:1:"));
    assert_eq!(
        std::fs::read_to_string(path.with_extension("json.damaged")).unwrap(),
        "{\"name\": 3"
    );
    // Out-of-range settings are brought back into range.
    std::fs::write(
        &path,
        "{\"volume\": 250, \"text_scale\": 10, \"locale\": \"fr\"}",
    )
    .unwrap();
    let (p, _) = load(&path);
    assert_eq!(
        (p.volume, p.text_scale, p.locale.as_str()),
        (100, 75, "zh-CN")
    );
}

/// A finished attempt on the fixture encounter, as `play` records it.
fn good_record() -> touchpoint::results::record::AttemptRecord {
    use touchpoint::engine::{Pick, Session, assess};
    use touchpoint::results::record::{self, Meta, Trainee};
    let enc = crate::common::sample();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 1).unwrap();
    for id in ["opening_ticket", "story_cut_in", "offer_options"] {
        if !s.is_finished() {
            s.choose(&Pick::Id(id.into()), 4_000).unwrap();
        }
    }
    let a = assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
    let meta = Meta {
        attempt_id: "0199c0de-0000-7000-8000-000000000001".into(),
        trainee: Trainee {
            id: "t1".into(),
            name: "王小明".into(),
        },
        cohort: Some("cohort-1".into()),
        locale: "en-US".into(),
        started_at: "2026-11-02T09:00:00.000Z".into(),
        ended_at: "2026-11-02T09:05:00.000Z".into(),
    };
    record::record(&enc, &enc.texts("en-US"), s.state(), &a, meta)
}

type Edit = fn(&mut touchpoint::results::record::AttemptRecord);

/// Every field a record carries, each out of what Touchpoint writes: what `play`
/// never writes, `import` never accepts (and names the field).
const REFUSED: &[(&str, Edit, &str)] = &[
    (
        "a 10 MB trainee name",
        |r| r.trainee.name = "名".repeat(10 << 20),
        "trainee name of 10485760 characters",
    ),
    (
        "a 101-character name",
        |r| r.trainee.name = "x".repeat(101),
        "trainee name of 101 characters",
    ),
    (
        "a control character in the name",
        |r| r.trainee.name = "a\u{7}b".into(),
        "trainee name of 3 characters",
    ),
    (
        "a 101-character cohort",
        |r| r.cohort = Some("c".repeat(101)),
        "cohort of 101 characters",
    ),
    (
        "a NUL in the cohort",
        |r| r.cohort = Some("a\0b".into()),
        "cohort of 3 characters",
    ),
    (
        "an empty trainee id",
        |r| r.trainee.id = String::new(),
        "trainee id",
    ),
    (
        "ended before started",
        |r| r.ended_at = "2026-11-02T08:59:59.000Z".into(),
        "is before started_at",
    ),
    (
        "a start in 1970",
        |r| r.started_at = "1970-01-01T00:00:00Z".into(),
        "started_at `1970-01-01T00:00:00Z` is out of range",
    ),
    (
        "an end in the year 9999",
        |r| r.ended_at = "9999-01-01T00:00:00Z".into(),
        "ended_at `9999-01-01T00:00:00Z` is out of range",
    ),
    (
        "a time that is not RFC 3339",
        |r| r.started_at = "yesterday".into(),
        "started_at `yesterday` is not an RFC 3339 time",
    ),
    (
        "a two-year attempt",
        |r| r.ended_at = "2028-11-02T09:00:00.000Z".into(),
        "the attempt lasts 731 days",
    ),
    (
        "elapsed_ms of 2^63",
        |r| r.transcript[0].elapsed_ms = 1 << 63,
        "took 9223372036854775808 ms",
    ),
    (
        "elapsed_ms over a day",
        |r| r.transcript[1].elapsed_ms = 86_400_001,
        "transcript turn 1 took 86400001 ms",
    ),
    (
        "an outcome outside its set",
        |r| r.outcome = "won".into(),
        "outcome `won`",
    ),
    (
        "a locale outside its set",
        |r| r.locale = "fr-FR".into(),
        "locale `fr-FR`",
    ),
    (
        "an ending that is not an id",
        |r| r.ending = "../done".into(),
        "ending `../done`",
    ),
    (
        "a status outside its set",
        |r| r.status = "paused".into(),
        "status `paused`",
    ),
    (
        "a scenario id that is not an id",
        |r| r.scenario.id = "/elsewhere/x".into(),
        "scenario.id `/elsewhere/x`",
    ),
    (
        "a title of 2,000 characters",
        |r| r.scenario.title = "t".repeat(2_000),
        "scenario.title of 2000 characters",
    ),
    (
        "a content hash out of shape",
        |r| r.scenario.content_hash = "md5:abc".into(),
        "scenario.content_hash `md5:abc`",
    ),
    ("a score over 100", |r| r.score = 999, "score 999"),
    (
        "a pass mark over 100",
        |r| r.pass_mark = 101,
        "pass_mark 101",
    ),
    ("a sub-score over 100", |r| r.parts.outcome = 101, "parts"),
    (
        "a pass the score does not give",
        |r| {
            r.passed = true;
            r.critical.clear();
            r.score = 1;
        },
        "passed is true with score 1",
    ),
    (
        "a pass despite a critical taboo",
        |r| {
            r.passed = true;
            r.score = 100;
        },
        "1 critical taboo(s)",
    ),
    (
        "an abandoned attempt with a score",
        |r| {
            r.status = "abandoned".into();
            r.outcome = "abandoned".into();
            r.score = 50;
            r.passed = false;
        },
        "an abandoned attempt with outcome `abandoned`, score 50",
    ),
    (
        "a competency over 100",
        |r| {
            r.competencies.insert("ownership".into(), 101.into());
        },
        "competency `ownership` scored 101",
    ),
    (
        "a competency id out of shape",
        |r| {
            r.competencies.insert("Own ership".into(), 1.into());
        },
        "competency id `Own ership`",
    ),
    (
        "a critical taboo that is not an id",
        |r| r.critical = vec!["<b>".into()],
        "critical `<b>`",
    ),
    (
        "a transcript reply that is not an id",
        |r| r.transcript[0].choice = "Opening Ticket".into(),
        "transcript choice `Opening Ticket`",
    ),
    (
        "a transcript line key of another node",
        |r| r.transcript[0].line_key = "story".into(),
        "line_key `story`",
    ),
    (
        "a mood out of range",
        |r| r.transcript[0].mood_after.anger = 500,
        "transcript mood_after (500,",
    ),
    (
        "a final mood out of range",
        |r| r.final_mood.trust = -1,
        "final_mood",
    ),
    (
        "a customer line of 20,000 characters",
        |r| r.transcript[0].line = "l".repeat(20_000),
        "transcript line of 20000 characters",
    ),
    (
        "a teaching of 20,000 characters",
        |r| r.feedback[0].teaching = "t".repeat(20_000),
        "feedback teaching of 20000 characters",
    ),
    (
        "feedback about a decision never made",
        |r| r.feedback[0].decision = Some(99),
        "names decision 99 of",
    ),
    (
        "a procedure step of a decision never made",
        |r| r.procedures[0].steps[0].decision = Some(7),
        "names decision 7 of",
    ),
    (
        "a turn with another index",
        |r| r.transcript[1].index = 0,
        "transcript turn 1 has index 0",
    ),
    (
        "an engine version out of shape",
        |r| r.engine_version = "1.0 <script>".into(),
        "engine_version",
    ),
    (
        "an unknown schema version",
        |r| r.schema_version = 2,
        "schema_version 2",
    ),
];

#[test]
fn every_field_is_checked_on_import_as_strictly_as_play_writes_it() {
    use touchpoint::results::record::check;
    let good = good_record();
    assert_eq!(check(&good), Ok(()), "what play writes passes");
    assert!(
        !good.passed && !good.critical.is_empty(),
        "a failed attempt with a taboo"
    );
    assert!(!good.procedures.is_empty() && !good.feedback.is_empty());
    for (what, edit, reason) in REFUSED {
        let mut r = good.clone();
        edit(&mut r);
        match check(&r) {
            Ok(()) => panic!("{what}: accepted"),
            Err(e) => assert!(
                e.starts_with("not a valid result record: ") && e.contains(reason),
                "{what}: {e}"
            ),
        }
        // The message stays short whatever the value.
        assert!(check(&r).unwrap_err().len() < 400, "{what}");
    }
}

#[test]
fn import_refuses_each_record_touchpoint_never_writes_and_names_the_file() {
    let d = tempfile::tempdir().unwrap();
    let good = good_record();
    let files = d.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    for (k, (_, edit, _)) in REFUSED.iter().enumerate() {
        let mut r = good.clone();
        r.attempt_id = format!("bad-{k}");
        edit(&mut r);
        std::fs::write(
            files.join(format!("bad-{k:02}.json")),
            serde_json::to_vec(&r).unwrap(),
        )
        .unwrap();
    }
    std::fs::write(files.join("good.json"), serde_json::to_vec(&good).unwrap()).unwrap();
    let store = d.path().join("s.sqlite3");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", store.to_str().unwrap(), "results", "import"])
        .args([files.to_str().unwrap(), "--quiet"])
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for (k, (what, _, reason)) in REFUSED.iter().enumerate() {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("bad-{k:02}.json")))
            .unwrap_or_else(|| panic!("{what} is not named:\n{err}"));
        assert!(line.contains(reason), "{what}: {line}");
    }
    assert!(
        err.contains(&format!(
            "1 attempt(s) added, 0 already in the store, {} file(s) skipped",
            REFUSED.len()
        )),
        "{err}"
    );
    assert!(err.len() < 100_000, "a 10 MB name is not echoed back");
}

/// Review M6 and the time rules' wording: a feedback item's `sources` are checked as
/// its `seeds` are (count, length, no NUL), and a time before 1970 is out of range,
/// not "not an RFC 3339 time".
#[test]
fn feedback_sources_and_times_before_1970_are_checked_as_play_writes_them() {
    use touchpoint::results::record::check;
    let good = good_record();
    assert!(!good.feedback[0].sources.is_empty());
    let cases: &[(&str, Edit, &str)] = &[
        (
            "a NUL in a source",
            |r| r.feedback[0].sources[0] = "a\0b".into(),
            "feedback source holds a NUL",
        ),
        (
            "a source of 2,000 characters",
            |r| r.feedback[0].sources[0] = "s".repeat(2_000),
            "feedback source of 2000 characters",
        ),
        (
            "300 sources",
            |r| r.feedback[0].sources = vec!["s".into(); 300],
            "300 sources in a feedback item",
        ),
        (
            "a start in 1969",
            |r| r.started_at = "1969-07-20T20:17:00.000Z".into(),
            "started_at `1969-07-20T20:17:00.000Z` is out of range",
        ),
        // Review R-L1: every year before 1970 is out of range, not only 1570-1969.
        (
            "a start in 1500",
            |r| r.started_at = "1500-07-20T20:17:00.000Z".into(),
            "started_at `1500-07-20T20:17:00.000Z` is out of range",
        ),
        (
            "an end in year 1",
            |r| r.ended_at = "0001-01-01T00:00:00Z".into(),
            "ended_at `0001-01-01T00:00:00Z` is out of range",
        ),
    ];
    for (what, edit, reason) in cases {
        let mut r = good.clone();
        edit(&mut r);
        match check(&r) {
            Ok(()) => panic!("{what}: accepted"),
            Err(e) => assert!(e.contains(reason), "{what}: {e}"),
        }
    }
}

/// Review (low): an empty cohort. `play` refuses one (a cohort is 1-100 characters);
/// an older `play` wrote `"cohort": ""` for `--cohort ""`. Import reads it as no
/// cohort, so the store never holds an empty one.
#[test]
fn an_empty_cohort_is_imported_as_no_cohort() {
    use touchpoint::results::record::{check, valid_cohort};
    let d = tempfile::tempdir().unwrap();
    let mut r = good_record();
    r.cohort = Some(String::new());
    assert!(!valid_cohort(""));
    assert!(check(&r).is_err(), "play never writes it");
    let f = d.path().join("files");
    std::fs::create_dir_all(&f).unwrap();
    std::fs::write(f.join("a.json"), serde_json::to_vec(&r).unwrap()).unwrap();
    let store = d.path().join("s.sqlite3");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", store.to_str().unwrap(), "results", "import"])
        .args([f.to_str().unwrap(), "--quiet"])
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = touchpoint::results::store::Store::open(&touchpoint::results::store::Location::Sqlite(
        store,
    ))
    .unwrap();
    let (back, _) = s.checked(&r.attempt_id).unwrap().unwrap().unwrap();
    assert_eq!(back.cohort, None);
}

/// Review R-M5 (and R-L1 for stored rows): `check` is `check_as_stored` and the rules
/// added since, one rule per field: whatever fails as stored fails today; what fails
/// only today's rules (a long title, a time before 2000 or 1970) is legacy, not
/// damaged; a NUL anywhere is damaged.
#[test]
fn check_is_check_as_stored_and_the_newer_rules() {
    use touchpoint::results::record::{Standing, check, check_as_stored, standing};
    let good = good_record();
    for (what, edit, _) in REFUSED {
        let mut r = good.clone();
        edit(&mut r);
        if check_as_stored(&r).is_err() {
            assert!(check(&r).is_err(), "{what}");
        }
    }
    let legacy: &[(&str, Edit)] = &[
        ("a long title", |r| r.scenario.title = "t".repeat(2_000)),
        ("a start in 1500", |r| {
            r.started_at = "1500-07-20T20:17:00.000Z".into()
        }),
        ("a reply over a day", |r| {
            r.transcript[0].elapsed_ms = 1 << 40
        }),
        ("300 seeds", |r| r.feedback[0].seeds = vec!["s".into(); 300]),
    ];
    for (what, edit) in legacy {
        let mut r = good.clone();
        edit(&mut r);
        assert!(
            matches!(standing(&r), Standing::Legacy(_)),
            "{what}: {:?}",
            standing(&r)
        );
    }
    let damaged: &[(&str, Edit)] = &[
        ("a NUL in a seed", |r| {
            r.feedback[0].seeds = vec!["a\0".into()]
        }),
        ("a NUL in a reaction text", |r| {
            r.transcript[0].reaction_text = Some("\0".into())
        }),
        ("an outcome outside its set", |r| r.outcome = "won".into()),
        ("a time that is no time", |r| r.ended_at = "soon".into()),
    ];
    for (what, edit) in damaged {
        let mut r = good.clone();
        edit(&mut r);
        match standing(&r) {
            Standing::Damaged(e) => assert!(e.starts_with("no Touchpoint writes"), "{what}: {e}"),
            other => panic!("{what}: {other:?}"),
        }
    }
}
