//! Encounters too big to hold as an authored tree are streamed by `validate` and
//! `analyze` (`content::bulk`). Both ways must say exactly the same thing: the tests
//! stream small files (`TOUCHPOINT_STREAM_ABOVE=0`) and compare the output with the
//! authored-tree path, on every shipped encounter and on broken copies of the
//! fixture; and a generated encounter over the real threshold is streamed.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{fixture_copy, fixtures, root, stderr, stdout};

/// Runs touchpoint streaming every scenario file (`Some(0)`), never (`Some(huge)`) or
/// at the built-in threshold (`None`).
fn run(args: &[&str], stream_above: Option<u64>) -> Output {
    run_with(args, stream_above, &[])
}

/// [`run`] with more environment variables.
fn run_with(args: &[&str], stream_above: Option<u64>, env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_touchpoint"));
    c.args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("TOUCHPOINT_ONE_PASS_NODES")
        .envs(env.iter().copied());
    match stream_above {
        Some(n) => c.env("TOUCHPOINT_STREAM_ABOVE", n.to_string()),
        None => c.env_remove("TOUCHPOINT_STREAM_ABOVE"),
    };
    c.output().expect("run touchpoint")
}

const NEVER: Option<u64> = Some(u64::MAX);
const ALWAYS: Option<u64> = Some(0);

/// The analysis JSON without the one figure that may differ: the bytes the compiled
/// model takes (a streamed one is sized exactly, the other grows).
fn analysis(o: &Output) -> serde_json::Value {
    let mut v: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(o)));
    v.as_object_mut().unwrap().remove("model_bytes");
    v
}

#[test]
fn streamed_analysis_equals_the_authored_trees() {
    let mut files = touchpoint::content::files::scenario_files(&[root().join("scenarios")]);
    files.push(fixtures().join("scenarios/sample_refund.ron"));
    assert!(files.len() >= 10);
    for f in &files {
        // Two explored seeds keep the debug build quick (exploration is the same
        // code on either side; what differs is how the encounter was loaded).
        let args = [
            "analyze",
            f.to_str().unwrap(),
            "--json",
            "--seeds",
            "0,5",
            "--runs",
            "300",
        ];
        let (tree, streamed) = (run(&args, NEVER), run(&args, ALWAYS));
        assert_eq!(
            tree.status.code(),
            streamed.status.code(),
            "{}",
            f.display()
        );
        let (a, b) = (analysis(&tree), analysis(&streamed));
        assert_eq!(a, b, "{}", f.display());
        // Small encounters compile on the validating pass; large ones read the file
        // again to compile: the same runtime either way.
        let two_pass = run_with(&args, ALWAYS, &[("TOUCHPOINT_ONE_PASS_NODES", "0")]);
        assert_eq!(analysis(&two_pass), a, "{}", f.display());
        // Nothing to report either way: the replayed paths matched.
        assert!(
            !stdout(&streamed).contains("internal_mismatch"),
            "{}",
            f.display()
        );
    }
}

/// Edits the fixture's scenario file in the copy at `d`.
fn edit_scenario(d: &Path, from: &str, to: &str) {
    edit(&d.join("scenarios/sample_refund.ron"), from, to);
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Every kind of problem, streamed or not: the same reports at the same line and
/// column, the same exit code.
#[test]
fn streamed_validation_reports_exactly_what_the_authored_tree_does() {
    type Break = fn(&Path);
    let cases: Vec<(&str, Break)> = vec![
        ("valid", |_| {}),
        ("missing goto", |d| {
            edit_scenario(d, "goto: \"story\"", "goto: \"stroy\"")
        }),
        ("unknown technique", |d| {
            edit_scenario(d, "\"active_listening\"", "\"active_listning\"")
        }),
        ("duplicate id", |d| {
            edit_scenario(d, "id: \"story_confirm\"", "id: \"story_listen\"")
        }),
        ("said names nothing", |d| {
            edit_scenario(
                d,
                "when: AngerBelow(50)",
                "when: All([AngerBelow(50), Said(\"nobody\"), Flag(\"never_set\")])",
            )
        }),
        ("unreachable node", |d| {
            edit_scenario(
                d,
                "nodes: [",
                "nodes: [\n        (id: \"orphan\", ending: (outcome: Resolved, score: 50)),",
            );
            for l in ["en-US", "zh-CN"] {
                let p = d.join(format!("locales/{l}/sample_refund.ftl"));
                let text = std::fs::read_to_string(&p).unwrap();
                std::fs::write(&p, text + "orphan = x\n").unwrap();
            }
        }),
        ("sound leaves the folder", |d| {
            edit_scenario(
                d,
                "(id: \"story_listen\"",
                "(id: \"story_listen_x\", goto: \"offer\"), (id: \"story_listen\"",
            );
            let p = d.join("scenarios/sample_refund.ron");
            let text = std::fs::read_to_string(&p).unwrap();
            let at = text.find("choices:").unwrap();
            let mut t = text.clone();
            t.insert_str(at, "sound: \"../x.ogg\", ");
            std::fs::write(&p, t).unwrap();
        }),
        ("conditional routing", route_edit),
        ("goto_if to a missing node", |d| {
            route_edit(d);
            edit_scenario(d, "goto: \"done\")]", "goto: \"dnoe\")]")
        }),
        ("reaction condition names nothing", |d| {
            route_edit(d);
            edit_scenario(d, "when: AngerAtLeast(70)", "when: Said(\"nobody\")")
        }),
        ("goto_if without a goto", |d| {
            route_edit(d);
            edit_scenario(
                d,
                "(id: \"offer_vague\", breaks: [\"taboo_vague_evasive\"], goto: \"done\",",
                "(id: \"offer_vague\", breaks: [\"taboo_vague_evasive\"], goto_if: [(when: AngerBelow(5), goto: \"done\")],",
            )
        }),
        ("missing message", |d| {
            let p = d.join("locales/en-US/sample_refund.ftl");
            let text = std::fs::read_to_string(&p).unwrap();
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with("story_listen ="))
                .collect();
            std::fs::write(&p, kept.join("\n") + "\n").unwrap();
        }),
        ("stray message", |d| {
            let p = d.join("locales/zh-CN/sample_refund.ftl");
            let text = std::fs::read_to_string(&p).unwrap();
            std::fs::write(&p, text + "story_lisen = 多余\n").unwrap();
        }),
        ("missing Fluent file", |d| {
            std::fs::remove_file(d.join("locales/zh-CN/sample_refund.ftl")).unwrap();
        }),
        ("truncated", |d| {
            let p = d.join("scenarios/sample_refund.ron");
            let text = std::fs::read_to_string(&p).unwrap();
            std::fs::write(&p, &text[..text.len() * 2 / 3]).unwrap();
        }),
        ("syntax error in a node", |d| {
            edit_scenario(d, "goto: \"offer\"", "goto \"offer\"")
        }),
        ("byte-order marks", |d| {
            for f in [
                "scenarios/sample_refund.ron",
                "locales/en-US/sample_refund.ftl",
            ] {
                let p = d.join(f);
                let text = std::fs::read_to_string(&p).unwrap();
                std::fs::write(&p, format!("\u{feff}{text}")).unwrap();
            }
        }),
        ("byte-order mark and an error on the first line", |d| {
            let p = d.join("scenarios/sample_refund.ron");
            let text = std::fs::read_to_string(&p).unwrap().replacen(
                "// scenarios/sample_refund.ron\nScenario(",
                "\u{feff}Scenario(nonsense: 1, ",
                1,
            );
            std::fs::write(&p, text).unwrap();
        }),
        ("Fluent file not UTF-8", |d| {
            let p = d.join("locales/en-US/sample_refund.ftl");
            let mut bytes = std::fs::read(&p).unwrap();
            bytes.splice(60..60, [0xc3, 0x28]);
            std::fs::write(&p, bytes).unwrap();
        }),
        ("a folder for a Fluent file", |d| {
            let p = d.join("locales/zh-CN/sample_refund.ftl");
            std::fs::remove_file(&p).unwrap();
            std::fs::create_dir(&p).unwrap();
        }),
        ("an id that is a path", |d| {
            edit_scenario(d, "id: \"sample_refund\"", "id: \"../../x/sample_refund\"")
        }),
        ("attributes nothing shows", |d| {
            let p = d.join("locales/en-US/sample_refund.ftl");
            let text = std::fs::read_to_string(&p).unwrap();
            let text = text
                .replacen(
                    "\nstory = ",
                    "\nstory = x\n    .furious = y\nzz_story = ",
                    1,
                )
                .replacen(
                    "\nopening_lecture_storms = ",
                    "\nopening_lecture_storms = x\n    .why = w\nzz_storms = ",
                    1,
                );
            std::fs::write(&p, text).unwrap();
        }),
        ("a mood change past the runtime's range", |d| {
            edit_scenario(d, "mood: (anger: 5),", "mood: (anger: -40000),")
        }),
    ];
    for (name, break_it) in cases {
        let d = fixture_copy();
        break_it(d.path());
        let f = d.path().join("scenarios/sample_refund.ron");
        let args = ["validate", f.to_str().unwrap()];
        let (tree, streamed) = (run(&args, NEVER), run(&args, ALWAYS));
        let show = |o: &Output| format!("{}{}", stdout(o), stderr(o));
        assert_eq!(show(&streamed), show(&tree), "{name}");
        // The rich form too: the same source lines, carets and related places.
        let rich = ["validate", f.to_str().unwrap(), "--format", "human"];
        assert_eq!(
            show(&run(&rich, ALWAYS)),
            show(&run(&rich, NEVER)),
            "{name} (rich)"
        );
        assert_eq!(streamed.status.code(), tree.status.code(), "{name}");
        assert!(!show(&streamed).contains("panicked"), "{name}");
        if ![
            "valid",
            "stray message",
            "conditional routing",
            "byte-order marks",
            "attributes nothing shows",
        ]
        .contains(&name)
        {
            assert_eq!(
                streamed.status.code(),
                Some(1),
                "{name}: {}",
                show(&streamed)
            );
        }
    }
}

/// The fixture with mood-dependent routing: a conditional goto and a reaction drawn
/// only under a condition.
fn route_edit(d: &Path) {
    edit_scenario(
        d,
        r#"(id: "story_listen", follows: ["active_listening"], sets: ["heard"], goto: "offer"),"#,
        r#"(id: "story_listen", follows: ["active_listening"], sets: ["heard"],
                 goto_if: [(when: All([TrustAtLeast(40), Said("opening_soothe")]), goto: "done")], goto: "offer"),"#,
    );
    edit_scenario(
        d,
        r#"(id: "opening_lecture_storms", weight: 2,"#,
        r#"(id: "opening_lecture_storms", weight: 2, when: AngerAtLeast(70),"#,
    );
}

/// Mood-dependent routing reads and analyses the same streamed or not.
#[test]
fn streamed_analysis_of_conditional_routing_equals_the_authored_tree() {
    let d = fixture_copy();
    route_edit(d.path());
    let f = d.path().join("scenarios/sample_refund.ron");
    let args = ["analyze", f.to_str().unwrap(), "--json", "--runs", "300"];
    let (tree, streamed) = (run(&args, NEVER), run(&args, ALWAYS));
    assert_eq!(tree.status.code(), Some(0), "{}", stderr(&tree));
    assert_eq!(analysis(&tree), analysis(&streamed));
    let two_pass = run_with(&args, ALWAYS, &[("TOUCHPOINT_ONE_PASS_NODES", "0")]);
    assert_eq!(analysis(&two_pass), analysis(&tree));
}

/// A generated encounter over the streaming threshold (about 30,000 nodes, 9 MB) is
/// validated and analysed by streaming it, with the same figures as the tree.
#[test]
fn a_big_generated_encounter_is_streamed_with_the_same_result() {
    let d = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "gen",
            "--nodes",
            "30000",
            "--out",
            d.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let f = d.path().join("scenarios/gen_30000.ron");
    assert!(
        std::fs::metadata(&f).unwrap().len() > touchpoint::content::bulk::STREAM_ABOVE,
        "the file must be over the threshold"
    );
    let v = run(&["validate", f.to_str().unwrap()], None);
    assert_eq!(v.status.code(), Some(0), "{}{}", stdout(&v), stderr(&v));
    let args = [
        "analyze",
        f.to_str().unwrap(),
        "--json",
        "--seeds",
        "0",
        "--runs",
        "200",
    ];
    let (streamed, tree) = (run(&args, None), run(&args, NEVER));
    assert_eq!(
        streamed.status.code(),
        tree.status.code(),
        "{}",
        stderr(&streamed)
    );
    assert_eq!(analysis(&streamed), analysis(&tree));
    let two_pass = run_with(&args, None, &[("TOUCHPOINT_ONE_PASS_NODES", "0")]);
    assert_eq!(analysis(&two_pass), analysis(&tree));
    assert_eq!(analysis(&streamed)["nodes"], 30000);
}
