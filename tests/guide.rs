//! The authoring guide (scenarios/README.md) is checked against the engine: its
//! annotated example is the fixture encounter, its scenario-test example passes, and the
//! worked example's numbers are what the engine computes. An instructor who follows the
//! guide gets what it says.

use crate::common::{fixture_copy, fixtures, json, root, stderr, stdout, touchpoint};

fn guide() -> String {
    std::fs::read_to_string(root().join("scenarios/README.md")).unwrap()
}

/// The fenced blocks of the guide with the given language tag, in order.
fn blocks(lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in guide().lines() {
        match &mut cur {
            None if line.trim() == format!("```{lang}") => cur = Some(String::new()),
            Some(b) if line.trim() == "```" => {
                out.push(std::mem::take(b));
                cur = None;
            }
            Some(b) => {
                b.push_str(line);
                b.push('\n');
            }
            None => {}
        }
    }
    out
}

#[test]
fn the_guides_annotated_example_is_the_fixture_encounter() {
    let ron = blocks("ron");
    let fixture = std::fs::read_to_string(fixtures().join("scenarios/sample_refund.ron")).unwrap();
    assert_eq!(ron[0].trim_end(), fixture.trim_end());
    let ftl = blocks("ftl");
    let fixture =
        std::fs::read_to_string(fixtures().join("locales/en-US/sample_refund.ftl")).unwrap();
    assert_eq!(ftl[0].trim_end(), fixture.trim_end());
}

#[test]
fn the_guides_scenario_tests_pass() {
    let tests = blocks("ron")
        .into_iter()
        .find(|b| b.trim_start().starts_with("ScenarioTests("))
        .expect("a scenario-test example");
    let d = fixture_copy();
    std::fs::write(d.path().join("scenarios/sample_refund.test.ron"), tests).unwrap();
    let o = touchpoint(&["test", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

fn play(choices: &str) -> serde_json::Value {
    let out = tempfile::tempdir().unwrap();
    let o = touchpoint(&[
        "play",
        fixtures()
            .join("scenarios/sample_refund.ron")
            .to_str()
            .unwrap(),
        "--seed",
        "1",
        "--choices",
        choices,
        "--json",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    json(&o)
}

fn moods(r: &serde_json::Value) -> Vec<(i64, i64, i64)> {
    r["transcript"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let m = &t["mood_after"];
            (
                m["anger"].as_i64().unwrap(),
                m["trust"].as_i64().unwrap(),
                m["patience"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_worked_example_is_what_the_engine_computes() {
    let g = guide();
    let r = play("opening_soothe,story_listen,offer_options");
    let first = &r["transcript"][0]["mood_before"];
    assert_eq!(
        (
            first["anger"].as_i64(),
            first["trust"].as_i64(),
            first["patience"].as_i64()
        ),
        (Some(71), Some(18), Some(60))
    );
    assert!(g.contains("anger 71, trust 18, patience 60"));
    assert_eq!(moods(&r), vec![(55, 25, 60), (51, 28, 58), (47, 40, 56)]);
    for row in ["| 55, 25, 60 |", "| 51, 28, 58 |", "| 47, 40, 56 |"] {
        assert!(g.contains(row), "{row}");
    }
    assert_eq!(r["parts"]["decisions"], 100);
    assert_eq!(r["parts"]["procedures"], 100);
    assert_eq!(r["parts"]["outcome"], 73);
    assert_eq!(r["score"], 95);
    assert_eq!(r["passed"], true);
    assert!(g.contains("94.6 → **95**"));
    for c in ["emotion_handling", "listening_discovery", "problem_solving"] {
        assert_eq!(r["competencies"][c], 100, "{c}");
    }

    let r = play("opening_ticket,story_cut_in");
    assert_eq!(moods(&r), vec![(84, 13, 58), (100, 0, 41)]);
    assert!(g.contains("→ mood 84, 13, 58") && g.contains("100 (clamped), 0, 41"));
    assert_eq!(r["ending"], "walk_out");
    assert_eq!(r["score"], 0);
    assert_eq!(r["passed"], false);
    assert!(g.contains("Overall **0**, failed"));
}
