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
    let examples: Vec<String> = blocks("ron")
        .into_iter()
        .filter(|b| b.trim_start().starts_with("ScenarioTests("))
        .collect();
    assert!(
        examples.len() >= 2,
        "the test example and the `ends_after` one"
    );
    for tests in examples {
        let d = fixture_copy();
        std::fs::write(d.path().join("scenarios/sample_refund.test.ron"), &tests).unwrap();
        let o = touchpoint(&["test", d.path().join("scenarios").to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{tests}\n{}", stdout(&o));
    }
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

/// A realistic novice path can be written as a test even when the customer cuts it
/// short: `ends_after: N` says the encounter must end after exactly N replies, and the
/// rest of what the trainee meant to say is not played.
#[test]
fn a_test_path_may_end_early_on_purpose() {
    let d = fixture_copy();
    let tf = d.path().join("scenarios/sample_refund.test.ron");
    let write =
        |cases: &str| std::fs::write(&tf, format!("ScenarioTests(tests: [{cases}])")).unwrap();
    let novice = r#"(name: "novice", seeds: [1], ends_after: 2,
        choices: ["opening_ticket", "story_cut_in", "offer_vague", "1"],
        expect: (ending: "walk_out", passed: false))"#;
    write(novice);
    let o = touchpoint(&["test", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("sample_refund::novice [seed 1] ... ok"),
        "{}",
        stdout(&o)
    );
    let v = touchpoint(&["validate", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(0), "{}", stdout(&v));

    // Not ending there is a failure, whichever way it misses.
    write(&novice.replace("ends_after: 2", "ends_after: 1"));
    let o = touchpoint(&["test", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("expected the encounter to end after 1 replies, but it goes on"),
        "{}",
        stdout(&o)
    );
    write(&novice.replace("ends_after: 2", "ends_after: 3"));
    let o = touchpoint(&["test", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("expected the encounter to end after 3 replies; it ended after 2"),
        "{}",
        stdout(&o)
    );
    // Without `ends_after`, the hint says how to mean it.
    write(&novice.replace("ends_after: 2,", ""));
    let o = touchpoint(&["test", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("say `ends_after: 2`"), "{}", stdout(&o));

    // More than the path holds is an error in the test file itself, at its line.
    write(&novice.replace("ends_after: 2", "ends_after: 9"));
    let v = touchpoint(&["validate", d.path().join("scenarios").to_str().unwrap()]);
    let all = format!("{}{}", stdout(&v), stderr(&v));
    assert_eq!(v.status.code(), Some(1), "{all}");
    assert!(
        all.contains("sample_refund.test.ron:1:")
            && all.contains("`ends_after: 9` but the path lists only 4 replies"),
        "{all}"
    );
}

/// The guide's mood-dependent routing example validates in the fixture encounter and
/// routes as the guide says.
#[test]
fn the_guides_routing_example_validates_and_routes_as_described() {
    use touchpoint::engine::{Pick, Session};
    let node = blocks("ron")
        .into_iter()
        .find(|b| b.trim_start().starts_with('(') && b.contains("goto_if"))
        .expect("a routing example");
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&sc).unwrap();
    let start = text
        .find("        (\n            id: \"offer\",")
        .expect("the offer node");
    let end = text.find("        (id: \"done\"").unwrap();
    let text = format!(
        "{}{},\n        (id: \"manager\", ending: (outcome: Escalated, score: 20)),\n{}",
        &text[..start],
        node.trim_end().trim_end_matches(','),
        &text[end..]
    );
    std::fs::write(&sc, text).unwrap();
    for l in ["en-US", "zh-CN"] {
        let f = d.path().join(format!("locales/{l}/sample_refund.ftl"));
        let t = std::fs::read_to_string(&f).unwrap();
        std::fs::write(
            &f,
            t + "offer_vague_storms = x\noffer_vague_sighs = y\nmanager = z\n",
        )
        .unwrap();
    }
    let o = touchpoint(&["validate", sc.to_str().unwrap(), "--deny-warnings"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));

    let enc = crate::common::load(&sc);
    let mut calm = 0;
    for seed in 0..200 {
        let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, seed).unwrap();
        for p in ["opening_soothe", "story_listen"] {
            s.choose(&Pick::Id(p.into()), 0).unwrap();
        }
        if s.is_finished() {
            continue;
        }
        let anger = s.state().mood.anger;
        let mut v = s.clone();
        v.choose(&Pick::Id("offer_vague".into()), 0).unwrap();
        let dv = v.state().decisions.last().unwrap().clone();
        if anger >= 70 {
            assert_eq!(dv.reaction.as_deref(), Some("offer_vague_storms"));
            assert_eq!(v.state().node, "walk_out");
        } else {
            calm += 1;
            assert_eq!(dv.reaction.as_deref(), Some("offer_vague_sighs"));
            let want = if dv.mood_after.trust < 20 {
                "walk_out"
            } else {
                "done"
            };
            assert_eq!(v.state().node, want, "seed {seed}");
        }
        s.choose(&Pick::Id("offer_options".into()), 0).unwrap();
        let d = s.state().decisions.last().unwrap();
        let want = if d.mood_after.anger >= 70 {
            "manager"
        } else {
            "done"
        };
        assert_eq!(s.state().node, want, "seed {seed}");
    }
    assert!(calm > 0, "the calm branch is played");
}

/// The guide's numbers on how a run of taboos compounds are the shipped catalog's and
/// the engine's.
#[test]
fn the_guides_taboo_numbers_are_the_catalogs_and_the_engines() {
    use touchpoint::engine::{Mood, MoodDelta};
    let g = guide();
    let (cat, _) =
        touchpoint::content::encounter::load_catalog(&root().join("scenarios/catalog.ron"))
            .unwrap();
    let taboos: Vec<_> = cat
        .techniques
        .iter()
        .filter(|t| t.id.starts_with("taboo_"))
        .collect();
    let range = |f: &dyn Fn(&MoodDelta) -> i32| {
        let v: Vec<i32> = taboos.iter().map(|t| f(&t.breach)).collect();
        (*v.iter().min().unwrap(), *v.iter().max().unwrap())
    };
    let (a0, a1) = range(&|d| d.anger);
    let (t0, t1) = range(&|d| -d.trust);
    let (p0, p1) = range(&|d| -d.patience);
    let said = format!("+{a0} to +{a1} anger, takes {t0} to {t1} trust and {p0} to {p1} patience");
    assert!(g.contains(&said), "{said}");
    let mut mood = Mood {
        anger: 40,
        trust: 40,
        patience: 60,
    };
    let mut rows = Vec::new();
    for (n, id) in [
        "taboo_argue_interrupt",
        "taboo_vague_evasive",
        "taboo_flat_refusal",
    ]
    .iter()
    .enumerate()
    {
        let b = cat.technique(id).unwrap().breach;
        // The guide writes minus signs as `−`.
        let shown = format!("`{id}` (+{}, {}, {})", b.anger, b.trust, b.patience).replace('-', "−");
        assert!(g.contains(&shown), "{shown}");
        let applied = b.scale_harm(2 + n as i32, 2);
        mood = mood.react(applied);
        let shown = format!(
            "({:+}, {}, {})",
            applied.anger, applied.trust, applied.patience
        )
        .replace('-', "−");
        assert!(g.contains(&shown), "{shown}");
        rows.push((mood.anger, mood.trust, mood.patience));
    }
    assert_eq!(rows, vec![(60, 25, 48), (87, 3, 30), (100, 0, 6)]);
    assert!(g.contains("| 60, 25, 48 |") && g.contains("| 87, 3, 30 |"));
    assert!(g.contains("| 100 (clamped), 0, 6 |"));
    // The escalation lines the guide quotes are the shipped encounters'.
    let lines: Vec<i32> = touchpoint::content::files::scenario_files(&[root().join("scenarios")])
        .iter()
        .filter_map(|p| {
            crate::common::load(p)
                .scenario
                .escalation
                .and_then(|e| e.anger_at_least)
        })
        .collect();
    let (lo, hi) = (lines.iter().min().unwrap(), lines.iter().max().unwrap());
    assert!(
        g.contains(&format!("anger at least {lo}–{hi}")),
        "{lo}–{hi}"
    );
}

/// The guide's Procedures section lists every shipped procedure, with each step's rank,
/// whether it is required, and the techniques that perform it, as the catalog has them.
#[test]
fn the_guide_lists_every_shipped_procedure_with_its_steps() {
    let g = guide();
    let (cat, _) =
        touchpoint::content::encounter::load_catalog(&root().join("scenarios/catalog.ron"))
            .unwrap();
    assert!(g.contains("\n## Procedures\n"));
    for p in &cat.procedures {
        assert!(g.contains(&format!("#### `{}`: ", p.id)), "{}", p.id);
        for st in &p.steps {
            let techniques: Vec<String> = st.techniques.iter().map(|t| format!("`{t}`")).collect();
            let row = format!(
                "| `{}` | {} | {} | {} |",
                st.id,
                st.rank,
                if st.required { "yes" } else { "no" },
                techniques.join(", ")
            );
            assert!(g.contains(&row), "{}: {row}", p.id);
        }
    }
    for c in &cat.cases {
        assert!(g.contains(&format!("`{}`", c.id)), "{}", c.id);
    }
}
