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
