//! Result files: written atomically, read back with located errors.

use touchpoint::adapters::results::{read, valid_trainee_id, write_atomic};

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
    use touchpoint::adapters::course::best_results;
    use touchpoint::engine::course::Best;
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
    use touchpoint::adapters::profile::{Profile, load, save};
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
