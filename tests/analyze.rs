//! `touchpoint analyze`: the JSON contract, replayable best and worst paths, and unfair
//! encounters flagged.

use std::path::Path;

use crate::common::{fixture_copy, fixtures, json, root, stderr, stdout, touchpoint};

fn analyze_json(scenario: &Path, extra: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let mut args = vec!["analyze", scenario.to_str().unwrap(), "--json"];
    args.extend_from_slice(extra);
    let o = touchpoint(&args);
    let v = json(&o);
    (o.status.code(), v, stderr(&o))
}

fn replay_score(scenario: &Path, path: &serde_json::Value) -> u64 {
    let seed = path["seed"].as_u64().unwrap().to_string();
    let choices: Vec<&str> = path["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let out = tempfile::tempdir().unwrap();
    let o = touchpoint(&[
        "play",
        scenario.to_str().unwrap(),
        "--seed",
        &seed,
        "--choices",
        &choices.join(","),
        "--json",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    json(&o)["score"].as_u64().unwrap()
}

#[test]
fn analyze_json_has_the_contract_keys_and_paths_replay() {
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let (code, v, err) = analyze_json(&sc, &["--runs", "500"]);
    assert_eq!(code, Some(0), "{err}\n{v:#}");
    for k in [
        "score",
        "competencies",
        "best",
        "worst",
        "unreachable",
        "dead_ends",
        "pass_without_taboo",
        "pass_with_taboo",
        "coverage",
        "monte_carlo",
    ] {
        assert!(v.get(k).is_some(), "missing key {k}");
    }
    assert_eq!(v["exact"], true);
    let (min, max) = (
        v["score"]["min"].as_u64().unwrap(),
        v["score"]["max"].as_u64().unwrap(),
    );
    assert!(min < max && max <= 100, "{min}..{max}");
    assert_eq!(v["best"]["score"].as_u64(), Some(max));
    assert_eq!(v["worst"]["score"].as_u64(), Some(min));
    assert_eq!(replay_score(&sc, &v["best"]), max);
    assert_eq!(replay_score(&sc, &v["worst"]), min);
    assert_eq!(v["pass_without_taboo"], true);
    assert_eq!(v["pass_with_taboo"], false);
    assert!(v["unreachable"].as_array().unwrap().is_empty());
    assert!(v["dead_ends"].as_array().unwrap().is_empty());
    let comps = v["competencies"].as_object().unwrap();
    assert!(comps.contains_key("emotion_handling"), "{comps:?}");
    for b in comps.values() {
        assert!(b["min"].as_u64().unwrap() <= b["max"].as_u64().unwrap());
    }
    let mc = &v["monte_carlo"];
    assert_eq!(mc["runs"], 500);
    let hist: u64 = mc["histogram"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap())
        .sum();
    assert_eq!(hist, 500);
    let rate = mc["pass_rate"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&rate));
    // Coverage counts the replies per technique.
    let cov = v["coverage"]["techniques"].as_array().unwrap();
    let listen = cov.iter().find(|t| t["id"] == "active_listening").unwrap();
    assert_eq!(listen["follows"], 1);
}

#[test]
fn analyze_is_deterministic() {
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let (_, a, _) = analyze_json(&sc, &["--runs", "300", "--mc-seed", "9"]);
    let (_, b, _) = analyze_json(&sc, &["--runs", "300", "--mc-seed", "9"]);
    assert_eq!(a, b);
}

#[test]
fn analyze_prints_a_readable_report() {
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let o = touchpoint(&["analyze", sc.to_str().unwrap(), "--runs", "200"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    for s in [
        "Score range",
        "Best path",
        "touchpoint play",
        "--choices",
        "Monte Carlo",
        "No problems found.",
    ] {
        assert!(out.contains(s), "{s} missing in:\n{out}");
    }
}

/// A taboo that an instructor forgot to mark critical lets a path pass while breaking
/// it: analyze must flag that and fail.
#[test]
fn a_taboo_path_that_passes_is_an_error() {
    let d = fixture_copy();
    let cat = d.path().join("scenarios/catalog.ron");
    let text = std::fs::read_to_string(&cat)
        .unwrap()
        .replace("critical: true", "critical: false");
    std::fs::write(&cat, text).unwrap();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc)
        .unwrap()
        .replace("pass_mark: 70", "pass_mark: 40");
    std::fs::write(&sc, text).unwrap();
    let (code, v, err) = analyze_json(&sc, &["--runs", "0"]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(v["pass_with_taboo"], true);
    let finding = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "pass_with_taboo")
        .expect("finding");
    assert_eq!(finding["level"], "error");
    // The witness path replays to a pass.
    assert!(replay_score(&sc, &finding["path"]) >= 40);
}

/// An ending behind a condition that can never hold is unreachable.
#[test]
fn an_ending_behind_an_impossible_gate_is_an_error() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc).unwrap()
        .replace(
            "(id: \"story_cut_in\",",
            "(id: \"story_secret\", follows: [\"active_listening\"], when: All([AngerBelow(20), AngerAtLeast(60)]), goto: \"secret_end\"),\n                (id: \"story_cut_in\",",
        )
        .replace(
            "(id: \"done\",",
            "(id: \"secret_end\", ending: (outcome: Resolved, score: 100)),\n        (id: \"done\",",
        );
    std::fs::write(&sc, text).unwrap();
    for loc in ["en-US", "zh-CN"] {
        let f = d.path().join(format!("locales/{loc}/sample_refund.ftl"));
        let mut t = std::fs::read_to_string(&f).unwrap();
        t.push_str("story_secret = x\nsecret_end = y\n");
        std::fs::write(&f, t).unwrap();
    }
    let v = touchpoint(&["validate", sc.to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(0), "{}", stdout(&v));
    let (code, v, err) = analyze_json(&sc, &["--runs", "0"]);
    assert_eq!(code, Some(1), "{err}");
    let has = |k: &str, id: &str| v[k].as_array().unwrap().iter().any(|x| x == id);
    assert!(has("unreachable", "secret_end"), "{v:#}");
    assert!(has("unreachable_endings", "secret_end"));
    assert!(has("unreachable_choices", "story.story_secret"));
}

/// A pass mark nobody can reach: the encounter cannot be won.
#[test]
fn an_unwinnable_encounter_is_an_error() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc)
        .unwrap()
        .replace("pass_mark: 70", "pass_mark: 100");
    std::fs::write(&sc, text).unwrap();
    let (code, v, _) = analyze_json(&sc, &["--runs", "0"]);
    assert_eq!(code, Some(1));
    assert_eq!(v["pass_without_taboo"], false);
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "no_clean_pass" && f["level"] == "error")
    );
}

/// A broken file is reported with its location, not analysed.
#[test]
fn analyze_refuses_an_invalid_file_with_located_errors() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc).unwrap().replace(
        "goto: \"offer\"),\n                // Offered",
        "goto: \"nowhere\"),\n                // Offered",
    );
    std::fs::write(&sc, text).unwrap();
    let o = touchpoint(&["analyze", sc.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        crate::common::has_located_error(&stderr(&o), "sample_refund.ron"),
        "{}",
        stderr(&o)
    );
}

/// The shipped encounters are fair: winnable without a taboo, never with one. (The
/// full analysis of every seed runs in `.ci/run` with the release build.)
#[test]
fn shipped_encounters_analyse_clean() {
    for path in touchpoint::content::files::scenario_files(&[root().join("scenarios")]) {
        let enc = crate::common::load(&path);
        let a = touchpoint::engine::analysis::analyze(
            &enc.scenario,
            &enc.catalog,
            &touchpoint::engine::analysis::Options {
                seeds: vec![1],
                runs: 0,
                ..Default::default()
            },
            &mut |_, _, _| {},
        );
        assert!(a.pass_without_taboo, "{}", path.display());
        assert!(!a.pass_with_taboo, "{}", path.display());
        assert!(
            a.dead_ends.is_empty(),
            "{}: {:?}",
            path.display(),
            a.dead_ends
        );
        assert!(a.exact, "{}", path.display());
    }
}

/// A loop the trainee cannot leave (its exit needs a flag nothing on the way sets, and
/// the customer's patience holds, so no escalation ends it either) is a dead end: an
/// error, not a warning about depth.
#[test]
fn a_loop_with_no_way_out_is_a_dead_end() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc)
        .unwrap()
        .replace(
            "(id: \"story_cut_in\",",
            "(id: \"story_stall\", goto: \"loop_a\"),\n                (id: \"story_cut_in\",",
        )
        .replace(
            "(id: \"done\",",
            "(id: \"loop_a\", choices: [(id: \"la_on\", mood: (patience: 2), goto: \"loop_b\"), (id: \"la_exit\", when: Flag(\"heard\"), goto: \"offer\")]),\n        (id: \"loop_b\", choices: [(id: \"lb_back\", mood: (patience: 2), goto: \"loop_a\")]),\n        (id: \"done\",",
        );
    std::fs::write(&sc, text).unwrap();
    for loc in ["en-US", "zh-CN"] {
        let f = d.path().join(format!("locales/{loc}/sample_refund.ftl"));
        let mut t = std::fs::read_to_string(&f).unwrap();
        t.push_str(
            "story_stall = x\nloop_a = a\nla_on = b\nla_exit = c\nloop_b = d\nlb_back = e\n",
        );
        std::fs::write(&f, t).unwrap();
    }
    let v = touchpoint(&["validate", sc.to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(0), "{}", stdout(&v));
    let (code, v, err) = analyze_json(&sc, &["--runs", "200", "--seeds", "1"]);
    assert_eq!(code, Some(1), "{err}");
    let dead: Vec<&str> = v["dead_ends"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert!(
        dead.contains(&"loop_a") && dead.contains(&"loop_b"),
        "{dead:?}"
    );
    assert!(
        !dead.contains(&"opening"),
        "the trainee can still finish from the start"
    );
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "trapped" && f["subject"] == "loop_a")
        .expect("trapped finding");
    assert_eq!(f["level"], "error");
    assert!(
        f["path"]["choices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "story_stall")
    );
    // Random trainees who wander in get stuck, and the report says so in words.
    assert!(v["monte_carlo"]["outcomes"]["stuck"].as_u64().unwrap() > 0);
    let o = touchpoint(&[
        "analyze",
        sc.to_str().unwrap(),
        "--runs",
        "200",
        "--seeds",
        "1",
    ]);
    assert!(
        stdout(&o).contains("the trainee is trapped"),
        "{}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains("[outcome-stuck]"), "{}", stdout(&o));
}

/// An escalation that sends the customer back into the middle of the encounter (here
/// to `story`, which the trainee passes on the way) replays nodes already visited:
/// `analyze` warns, naming the target and the node it leads back to. An escalation to
/// an ending says nothing.
#[test]
fn an_escalation_back_into_the_middle_is_flagged() {
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let (_, v, _) = analyze_json(&sc, &["--runs", "0"]);
    let loops = |v: &serde_json::Value| -> Vec<serde_json::Value> {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "escalation_loop")
            .cloned()
            .collect()
    };
    assert!(loops(&v).is_empty(), "{v:#}");

    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc).unwrap().replace(
        "escalation: (anger_at_least: 90, patience_at_most: 10, goto: \"walk_out\")",
        "escalation: (anger_at_least: 90, patience_at_most: 10, goto: \"story\")",
    );
    std::fs::write(&sc, text).unwrap();
    let (_, v, err) = analyze_json(&sc, &["--runs", "0"]);
    let found = loops(&v);
    assert_eq!(found.len(), 1, "{err}\n{v:#}");
    assert_eq!(found[0]["level"], "warning");
    assert_eq!(found[0]["subject"], "story → story");
    // Said in words, in both languages.
    for lang in ["en_US.UTF-8", "zh_CN.UTF-8"] {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args(["analyze", sc.to_str().unwrap(), "--runs", "0"])
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap();
        let out = stdout(&o);
        assert!(out.contains("story → story"), "{lang}: {out}");
        assert!(!out.contains("[an-finding"), "{lang}: {out}");
    }
}

/// Adds replies and nodes to the fixture's `sample_refund` (a reply at `story`, nodes
/// before `done`) with a Fluent message `x` for every new id, in both locales.
fn sample_with(d: &Path, reply: &str, nodes: &str, ids: &[&str]) -> std::path::PathBuf {
    let sc = d.join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc)
        .unwrap()
        .replace(
            "(id: \"story_cut_in\",",
            &format!("{reply},\n                (id: \"story_cut_in\","),
        )
        .replace(
            "(id: \"done\",",
            &format!("{nodes}\n        (id: \"done\","),
        );
    std::fs::write(&sc, text).unwrap();
    for loc in ["en-US", "zh-CN"] {
        let f = d.join(format!("locales/{loc}/sample_refund.ftl"));
        let mut t = std::fs::read_to_string(&f).unwrap();
        for id in ids {
            t.push_str(&format!("{id} = x\n"));
        }
        std::fs::write(&f, t).unwrap();
    }
    let v = touchpoint(&["validate", sc.to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(0), "{}", stdout(&v));
    sc
}

fn errors(v: &serde_json::Value) -> Vec<&serde_json::Value> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["level"] == "error")
        .collect()
}

/// A loop the trainee may go round as often as they like, with a way out at every
/// turn, traps nobody: the analysis used to cut it at its depth limit and call the
/// last state before the cut "trapped", a dead end, exit 1.
#[test]
fn a_loop_with_an_exit_is_not_a_trap() {
    let d = fixture_copy();
    let sc = sample_with(
        d.path(),
        "(id: \"story_stall\", goto: \"loop_a\")",
        "(id: \"loop_a\", choices: [(id: \"la_on\", mood: (patience: 2), goto: \"loop_b\"), (id: \"la_exit\", follows: [\"active_listening\"], goto: \"offer\")]),\n        (id: \"loop_b\", choices: [(id: \"lb_back\", mood: (patience: 2), goto: \"loop_a\")]),",
        &[
            "story_stall",
            "loop_a",
            "la_on",
            "la_exit",
            "loop_b",
            "lb_back",
        ],
    );
    let (code, v, err) = analyze_json(&sc, &["--runs", "200"]);
    assert_eq!(code, Some(0), "{err}\n{:#}", v["findings"]);
    assert!(errors(&v).is_empty(), "{:#}", v["findings"]);
    assert!(v["dead_ends"].as_array().unwrap().is_empty(), "{v:#}");
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"trapped"), "{codes:?}");
    // Going round the loop is worth saying, as a note: the scores are bounds then.
    let l = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "loop")
        .expect("a loop note");
    assert_eq!(l["level"], "info");
    assert_eq!(v["exact"], false);
    assert_eq!(v["complete"], true);
}

/// A loop-free encounter whose only path is longer than the depth limit: the limit
/// is the analysis's, said as a note (raise it with --max-depth), never "trapped",
/// "loop" or "unreachable" findings about the encounter.
#[test]
fn a_deep_loop_free_encounter_is_a_limit_note_not_errors() {
    let d = fixture_copy();
    let n = 260;
    let mut nodes = String::new();
    let mut ids = vec!["story_deep".to_string()];
    for i in 0..n {
        let next = if i + 1 < n {
            format!("deep_{}", i + 1)
        } else {
            "done".to_string()
        };
        nodes.push_str(&format!(
            "(id: \"deep_{i}\", choices: [(id: \"deep_{i}_on\", follows: [\"active_listening\"], mood: (patience: 2), goto: \"{next}\")]),\n"
        ));
        ids.push(format!("deep_{i}"));
        ids.push(format!("deep_{i}_on"));
    }
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let sc = sample_with(
        d.path(),
        "(id: \"story_deep\", goto: \"deep_0\")",
        &nodes,
        &ids,
    );
    let (code, v, err) = analyze_json(&sc, &["--runs", "50", "--seeds", "1"]);
    assert_eq!(code, Some(0), "{err}\n{:#}", v["findings"]);
    assert!(errors(&v).is_empty(), "{:#}", v["findings"]);
    assert!(v["dead_ends"].as_array().unwrap().is_empty());
    assert!(v["unreachable"].as_array().unwrap().is_empty());
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "depth_limit")
        .expect("a depth-limit note");
    assert_eq!(f["level"], "info");
    assert_eq!(f["limit"], 200);
    assert!(
        !v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "loop" || f["code"] == "trapped" || f["code"] == "no_clean_pass")
    );
    assert!(
        v["unexplored"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x == "deep_250")
    );
    assert_eq!(v["exact"], false);
    // The human report says what to do about it.
    let o = touchpoint(&[
        "analyze",
        sc.to_str().unwrap(),
        "--runs",
        "0",
        "--seeds",
        "1",
    ]);
    let out = stdout(&o);
    assert!(out.contains("not explored past depth 200"), "{out}");
    assert!(out.contains("--max-depth"), "{out}");
    // Raised past the path's length, the analysis is complete and exact.
    let (code, v, err) = analyze_json(&sc, &["--runs", "0", "--seeds", "1", "--max-depth", "400"]);
    assert_eq!(code, Some(0), "{err}\n{:#}", v["findings"]);
    assert_eq!(v["exact"], true, "{:#}", v["findings"]);
    assert!(v["unexplored"].as_array().unwrap().is_empty());
}

/// When the reply budget runs out, the nodes not reached were not explored: they
/// are not "never reached" findings.
#[test]
fn an_exhausted_budget_lists_nothing_as_unreachable() {
    let sc = fixtures().join("scenarios/sample_refund.ron");
    let (code, v, err) = analyze_json(&sc, &["--runs", "0", "--budget", "3"]);
    assert_eq!(code, Some(0), "{err}\n{:#}", v["findings"]);
    assert!(v["unreachable"].as_array().unwrap().is_empty(), "{v:#}");
    assert!(v["unreachable_endings"].as_array().unwrap().is_empty());
    assert!(!v["unexplored"].as_array().unwrap().is_empty(), "{v:#}");
    for f in v["findings"].as_array().unwrap() {
        assert!(
            !f["code"].as_str().unwrap().starts_with("unreachable"),
            "{f:#}"
        );
    }
    let b = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "bounds_only")
        .expect("a budget note");
    assert_eq!(b["level"], "info");
    assert_eq!(b["limit"], 3);
}

/// Round 3 (T-13): analyze's human output was not wrapped on a terminal: the
/// technique-coverage line broke words at the screen edge, and its error lines
/// ignored `COLUMNS`. Both are wrapped as play's text is: a line wider than the
/// columns is only ever one unbreakable word after its indent, or a command line to
/// copy (left whole).
#[test]
fn analyze_wraps_its_output_and_errors_to_columns() {
    use std::process::Command;
    let wider_than = |text: &str, cols: usize| -> Vec<String> {
        text.lines()
            .filter(|l| unicode_width::UnicodeWidthStr::width(*l) > cols)
            .filter(|l| l.trim_start().contains(' ') && !l.trim_start().starts_with("touchpoint "))
            .map(str::to_string)
            .collect()
    };
    let scenario = crate::common::root().join("scenarios/ringback_complaint.ron");
    for lang in ["en_US.UTF-8", "zh_CN.UTF-8"] {
        let o = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args([
                "analyze",
                scenario.to_str().unwrap(),
                "--runs",
                "50",
                "--quiet",
            ])
            .env("LANG", lang)
            .env("COLUMNS", "50")
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.lines().count() > 10, "{out}");
        let wide = wider_than(&out, 50);
        assert!(wide.is_empty(), "{lang}: {wide:#?}");
    }
    // An error line, wrapped the same way.
    let d = tempfile::tempdir().unwrap();
    let bad = d.path().join("broken.ron");
    std::fs::write(&bad, "(id: \"broken\", nodes: [").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["analyze", bad.to_str().unwrap()])
        .env("LANG", "en_US.UTF-8")
        .env("COLUMNS", "30")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    let last: Vec<&str> = err
        .lines()
        .skip_while(|l| !l.starts_with("error: "))
        .collect();
    assert!(!last.is_empty(), "{err}");
    assert!(
        err.contains("fix the errors above first") || err.contains("fix the"),
        "{err}"
    );
    let error_lines = last.join("\n");
    let wide = wider_than(&error_lines, 30);
    assert!(wide.is_empty(), "{wide:#?}\n{err}");
}
