//! The `touchpoint` binary's contract: exit codes, JSON keys, determinism.

use crate::common::{fixtures, json, stderr, stdout, touchpoint};

fn sample_path() -> String {
    fixtures()
        .join("scenarios/sample_refund.ron")
        .display()
        .to_string()
}

#[test]
fn play_with_choices_prints_the_assessment_json_and_saves_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let o = touchpoint(&[
        "play",
        &sample_path(),
        "--seed",
        "7",
        "--locale",
        "en-US",
        "--trainee",
        "t001",
        "--name",
        "王小明",
        "--cohort",
        "2026-11",
        "--choices",
        "opening_soothe,2,offer_options",
        "--json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    for key in [
        "score",
        "passed",
        "competencies",
        "outcome",
        "seed",
        "feedback",
        "transcript",
        "attempt_id",
        "started_at",
        "ended_at",
        "locale",
        "scenario",
        "trainee",
        "cohort",
    ] {
        assert!(v.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(v["seed"], 7);
    assert_eq!(v["passed"], true);
    assert!(v["score"].as_u64().unwrap() <= 100);
    assert_eq!(v["outcome"], "resolved");
    assert_eq!(v["trainee"]["name"], "王小明");
    assert_eq!(v["schema_version"], 1);
    assert!(
        v["scenario"]["content_hash"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
    let t = v["transcript"].as_array().unwrap();
    assert_eq!(t.len(), 3);
    assert_eq!(t[1]["choice"], "story_confirm");
    assert!(t[0]["line"].as_str().unwrap().len() > 5);
    assert!(
        t[0]["choice_text"]
            .as_str()
            .unwrap()
            .starts_with("I'm sorry")
    );
    for c in v["competencies"].as_object().unwrap().values() {
        assert!(c.as_u64().unwrap() <= 100);
    }
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(saved, v);
}

#[test]
fn feedback_names_the_broken_techniques_and_a_better_reply() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let o = touchpoint(&[
        "play",
        &sample_path(),
        "--seed",
        "3",
        "--choices",
        "opening_ticket,story_listen,offer_vague",
        "--json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["passed"], false);
    let fb = v["feedback"].as_array().unwrap();
    let techniques: Vec<&str> = fb
        .iter()
        .map(|f| f["technique"].as_str().unwrap())
        .collect();
    assert!(techniques.contains(&"mood_before_matter"), "{techniques:?}");
    assert!(
        techniques.contains(&"taboo_vague_evasive"),
        "{techniques:?}"
    );
    let vague = fb
        .iter()
        .find(|f| f["technique"] == "taboo_vague_evasive")
        .unwrap();
    assert_eq!(vague["better"], "offer_options");
    assert_eq!(vague["critical"], true);
    assert!(vague["seeds"][0].as_str().unwrap().starts_with("003_"));
    assert!(vague["note"].as_str().unwrap().contains("deadline"));
}

#[test]
fn same_seed_and_choices_give_byte_identical_json_apart_from_timestamps() {
    let dir = tempfile::tempdir().unwrap();
    let run = |n: &str| {
        let out = dir.path().join(n);
        let o = touchpoint(&[
            "play",
            &sample_path(),
            "--seed",
            "99",
            "--trainee",
            "t1",
            "--choices",
            "1,1,1",
            "--json",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let mut v = json(&o);
        for k in ["started_at", "ended_at", "attempt_id"] {
            v.as_object_mut().unwrap().remove(k);
        }
        serde_json::to_string(&v).unwrap()
    };
    assert_eq!(run("a.json"), run("b.json"));
}

#[test]
fn choices_running_out_exits_3_and_lists_the_replies() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let o = touchpoint(&[
        "play",
        &sample_path(),
        "--seed",
        "1",
        "--choices",
        "",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(3));
    let err = stderr(&o);
    assert_eq!(
        err.trim_end().lines().last(),
        Some("choices: opening_soothe opening_ticket opening_lecture")
    );
    assert!(!out.exists(), "nothing may be saved");

    let o = touchpoint(&[
        "play",
        &sample_path(),
        "--seed",
        "1",
        "--choices",
        "opening_soothe",
        "--json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(3));
    let last = stderr(&o).trim_end().lines().last().unwrap().to_string();
    assert!(
        last.starts_with("choices: story_listen ") && last.ends_with(" story_cut_in"),
        "{last}"
    );
    assert!(stdout(&o).is_empty());
    assert!(!out.exists());
}

#[test]
fn more_choices_than_the_encounter_takes_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let o = touchpoint(&[
        "play",
        &sample_path(),
        "--choices",
        "1,1,1,2",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("the encounter ended after 3 replies, but --choices has 1 more (2)"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
}

#[test]
fn a_choice_that_does_not_exist_exits_non_zero_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    for bad in ["no_such_reply", "9", "0", "story_listen"] {
        let o = touchpoint(&[
            "play",
            &sample_path(),
            "--choices",
            bad,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(1), "{bad}");
        let err = stderr(&o);
        assert!(
            err.contains(&format!("reply `{bad}` is not offered at node `opening`")),
            "{err}"
        );
        assert!(
            err.contains("expected one of: opening_soothe, opening_ticket, opening_lecture"),
            "{err}"
        );
        assert!(!err.contains("panicked"));
        assert!(!out.exists());
    }
}

#[test]
fn interactive_play_reads_numbers_and_rejects_nonsense() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args([
            "play",
            &sample_path(),
            "--seed",
            "5",
            "--locale",
            "zh-CN",
            "--out",
            out.to_str().unwrap(),
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"7\nabc\n1\n1\n1\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("请输入 1 到 3 之间的数字"), "{text}");
    assert!(text.contains("得分"), "{text}");
    assert!(text.contains("愤怒"), "mood readout: {text}");
    assert!(out.exists());

    // Input that ends early saves nothing.
    let out2 = dir.path().join("r2.json");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["play", &sample_path(), "--out", out2.to_str().unwrap()])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(!out2.exists());
}

#[test]
fn locale_comes_from_lang_and_defaults_to_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let run = |lang: Option<&str>| {
        let out = dir.path().join("r.json");
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"));
        c.args([
            "play",
            &sample_path(),
            "--seed",
            "1",
            "--choices",
            "1,1,1",
            "--json",
            "--out",
            out.to_str().unwrap(),
        ])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
        if let Some(l) = lang {
            c.env("LANG", l);
        }
        let o = c.output().unwrap();
        json(&o)["locale"].as_str().unwrap().to_string()
    };
    assert_eq!(run(None), "zh-CN");
    assert_eq!(run(Some("en_GB.UTF-8")), "en-US");
    assert_eq!(run(Some("zh_CN.UTF-8")), "zh-CN");
    assert_eq!(run(Some("C")), "zh-CN");
}

#[test]
fn unsupported_locale_and_bad_trainee_id_are_usage_errors() {
    let o = touchpoint(&["play", &sample_path(), "--locale", "fr-FR", "--choices", ""]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unsupported locale `fr-FR`"));
    let o = touchpoint(&[
        "play",
        &sample_path(),
        "--trainee",
        "a b/../c",
        "--choices",
        "",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid trainee id"));
}

#[test]
fn list_shows_archetype_title_and_length() {
    let o = touchpoint(&[
        "list",
        fixtures().join("scenarios").to_str().unwrap(),
        "--locale",
        "en-US",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("sample_refund"))
        .expect("listed");
    assert!(line.contains("complainant"), "{line}");
    assert!(line.contains("A ringback tone nobody ordered"), "{line}");
    assert!(line.contains("1-3"), "decisions: {line}");
}

/// Runs touchpoint, killed after `secs` seconds (then `None`): a command that loops
/// must fail the test, not hang it.
fn touchpoint_within(args: &[&str], secs: u64) -> Option<std::process::Output> {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(secs) {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

/// Two folder links, `self -> .` and `up -> ..`, made `list` run for minutes and
/// fill the memory: every search now reads each real folder once and never leaves
/// the folder it was given.
#[cfg(unix)]
#[test]
fn folder_links_that_loop_are_read_once() {
    let d = crate::common::fixture_copy();
    let sc = d.path().join("scenarios");
    std::os::unix::fs::symlink(".", sc.join("self")).unwrap();
    std::os::unix::fs::symlink("..", sc.join("up")).unwrap();
    let dir = sc.to_str().unwrap();
    let o = touchpoint_within(&["list", dir], 20).expect("list finishes");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).matches("sample_refund").count(),
        1,
        "{}",
        stdout(&o)
    );
    let o = touchpoint_within(&["validate", dir], 20).expect("validate finishes");
    let all = format!("{}{}", stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(0), "{all}");
    assert!(all.contains("2 file(s) checked"), "{all}");
    std::fs::write(
        sc.join("sample_refund.test.ron"),
        "ScenarioTests(tests: [(name: \"expert\", seeds: [1], choices: [\"opening_soothe\", \"story_listen\", \"offer_options\"], expect: (passed: true))])\n",
    )
    .unwrap();
    let o = touchpoint_within(&["test", dir], 20).expect("test finishes");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("1 passed; 0 failed"), "{}", stdout(&o));
}

/// `validate`'s report is its result: problems and the summary go to standard
/// output, as every other command's results do; standard error is for the command
/// itself failing (a path that does not exist).
#[test]
fn validate_prints_its_report_and_summary_on_stdout() {
    let dir = fixtures().join("scenarios");
    let o = touchpoint(&["validate", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("2 file(s) checked: all valid"),
        "{}",
        stdout(&o)
    );
    assert_eq!(stderr(&o), "");
    let d = crate::common::fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text =
        std::fs::read_to_string(&sc)
            .unwrap()
            .replacen("goto: \"story\"", "goto: \"nowhere\"", 1);
    std::fs::write(&sc, text).unwrap();
    let o = touchpoint(&["validate", sc.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("error: goto to missing node `nowhere`"),
        "{out}"
    );
    assert!(out.contains("1 file(s) checked: 1 error(s)"), "{out}");
    assert_eq!(stderr(&o), "");
    let o = touchpoint(&["validate", "/no/such/place"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no such file or folder"));
}

/// On a terminal (or with `--format human`) a problem is shown as rustc shows one:
/// the source line with a caret under the column, and the related place (the node a
/// goto is in, the first declaration of a repeated id). Pipes and `--format short`
/// keep one `file:line:col: error: …` line each.
#[test]
fn validate_shows_the_source_line_with_a_caret_and_the_related_place() {
    let d = crate::common::fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc)
        .unwrap()
        .replacen("goto: \"story\"", "goto: \"nowhere\"", 1)
        .replacen("id: \"story_confirm\"", "id: \"story_listen\"", 1);
    std::fs::write(&sc, &text).unwrap();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let short = touchpoint(&["validate", sc.to_str().unwrap()]);
    let forced_short = touchpoint(&["validate", sc.to_str().unwrap(), "--format", "short"]);
    assert_eq!(stdout(&short), stdout(&forced_short));
    assert!(
        stdout(&short)
            .lines()
            .all(|l| !l.starts_with(' ') && !l.contains('^')),
        "{}",
        stdout(&short)
    );
    let rich = touchpoint(&["validate", sc.to_str().unwrap(), "--format", "human"]);
    let out = stdout(&rich);
    assert_eq!(rich.status.code(), Some(1));
    // The goto: its line, a caret under `"nowhere"`, and the node it is in.
    let goto_line = line_of("goto: \"nowhere\"");
    let src = text.lines().nth(goto_line - 1).unwrap();
    let col = src.find("\"nowhere\"").unwrap();
    assert!(
        out.contains("error: goto to missing node `nowhere`"),
        "{out}"
    );
    assert!(
        out.contains(&format!("sample_refund.ron:{goto_line}:{}", col + 1)),
        "{out}"
    );
    assert!(out.contains(&format!("{goto_line} | {src}")), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.ends_with(&format!("{goto_line} | {src}")))
        .unwrap();
    let caret = lines[at + 1];
    let bar = caret.find('|').unwrap();
    assert_eq!(caret.find('^').unwrap() - bar - 2, col, "{out}");
    let node_line = line_of("id: \"opening\"");
    assert!(out.contains(&format!("{node_line} |")), "{out}");
    assert!(out.contains("in this node"), "{out}");
    // The repeated id, and where it was first declared.
    assert!(out.contains("first declared here"), "{out}");
    assert!(
        out.contains(&format!(
            "{} |",
            line_of("id: \"story_listen\", follows: [\"active_listening\"]")
        )),
        "{out}"
    );
}
