//! Deliberately broken files: every problem is reported with file:line:col and what
//! was expected, the exit code is non-zero, and nothing panics.

use std::path::Path;

use crate::common::{fixture_copy, has_located_error, stderr, stdout, touchpoint};

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "fixture lacks {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Validates the broken copy and returns (stdout+stderr, line of the first error).
fn validate(dir: &Path) -> String {
    let o = touchpoint(&["validate", dir.join("scenarios").to_str().unwrap()]);
    let all = format!("{}{}", stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "validate must fail:\n{all}");
    assert!(!all.contains("panicked"), "{all}");
    all
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in file")
        + 1
}

#[test]
fn the_fixtures_are_valid() {
    let o = touchpoint(&[
        "validate",
        crate::common::fixtures()
            .join("scenarios")
            .to_str()
            .unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn truncated_ron() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, &text[..text.len() / 2]).unwrap();
    let out = validate(d.path());
    assert!(has_located_error(&out, "sample_refund.ron"), "{out}");
    assert!(
        out.contains("truncated") || out.contains("expected"),
        "{out}"
    );
    // Playing it fails the same way and saves nothing.
    let o = touchpoint(&[
        "play",
        p.to_str().unwrap(),
        "--choices",
        "1,1,1",
        "--out",
        d.path().join("r.json").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!d.path().join("r.json").exists());
}

#[test]
fn unknown_field() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(&p, "time_limit: 30,", "time_limt: 30,");
    let out = validate(d.path());
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), "time_limt");
    assert!(out.contains(&format!("sample_refund.ron:{line}:")), "{out}");
    assert!(out.contains("unknown field `time_limt`"), "{out}");
    assert!(
        out.contains("expected one of:") && out.contains("time_limit"),
        "{out}"
    );
}

#[test]
fn goto_to_a_missing_node() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(&p, r#"goto: "done","#, r#"goto: "donee","#);
    let out = validate(d.path());
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), "donee");
    assert!(out.contains(&format!("sample_refund.ron:{line}:")), "{out}");
    assert!(out.contains("goto to missing node `donee`"), "{out}");
}

/// Round 3 (T-14): "expected a node id such as" repeated a node id declared twice.
/// Each id is listed once, in the order the nodes declare them.
#[test]
fn the_node_ids_a_missing_goto_suggests_are_listed_once() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(&p, r#"id: "offer","#, r#"id: "story","#);
    let out = validate(d.path());
    assert!(
        out.contains("goto to missing node `offer`; expected a node id such as: opening, story, done, walk_out\n"),
        "{out}"
    );
}

#[test]
fn unknown_technique_with_a_suggestion() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(
        &p,
        r#"follows: ["active_listening"]"#,
        r#"follows: ["active_listenin"]"#,
    );
    let out = validate(d.path());
    let text = std::fs::read_to_string(&p).unwrap();
    let line = line_of(&text, "active_listenin\"");
    let col = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("\"active_listenin")
        .unwrap()
        + 1;
    assert!(
        out.contains(&format!(
            "sample_refund.ron:{line}:{col}: error: unknown technique `active_listenin`"
        )),
        "{out}"
    );
    assert!(out.contains("did you mean `active_listening`?"), "{out}");
}

#[test]
fn missing_fluent_key_in_one_locale() {
    let d = fixture_copy();
    let ftl = d.path().join("locales/en-US/sample_refund.ftl");
    edit(&ftl, "story_confirm = ", "story_confirmed = ");
    let out = validate(d.path());
    let ron_text = std::fs::read_to_string(d.path().join("scenarios/sample_refund.ron")).unwrap();
    let line = line_of(&ron_text, r#"id: "story_confirm""#);
    assert!(out.contains(&format!("sample_refund.ron:{line}:")), "{out}");
    assert!(out.contains("no Fluent message `story_confirm`"), "{out}");
    assert!(out.contains("en-US"), "{out}");
}

#[test]
fn fluent_syntax_error_is_located_in_the_ftl_file() {
    let d = fixture_copy();
    let ftl = d.path().join("locales/zh-CN/sample_refund.ftl");
    edit(&ftl, "done = ", "done ");
    let out = validate(d.path());
    assert!(has_located_error(&out, "sample_refund.ftl"), "{out}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(&p, r#"goto: "done","#, r#"goto: "nowhere","#);
    edit(
        &p,
        r#"breaks: ["taboo_argue_interrupt"]"#,
        r#"breaks: ["taboo_shouting"]"#,
    );
    edit(
        &p,
        r#"when: AngerBelow(50)"#,
        r#"when: Said("no_such_choice")"#,
    );
    let out = validate(d.path());
    assert!(out.contains("goto to missing node `nowhere`"), "{out}");
    assert!(out.contains("unknown technique `taboo_shouting`"), "{out}");
    assert!(
        out.contains("`Said(\"no_such_choice\")` names no choice"),
        "{out}"
    );
}

#[test]
fn dead_ends_and_unreachable_nodes() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(
        &p,
        r#"(id: "done", ending: (outcome: Resolved, score: 100)),"#,
        r#"(id: "done", ending: (outcome: Resolved, score: 100)),
        (id: "orphan", ending: (outcome: Resolved, score: 100)),
        (id: "stuck", choices: [(id: "stuck_again", goto: "stuck")]),"#,
    );
    edit(
        &p,
        r#"(id: "offer_vague", breaks"#,
        r#"(id: "offer_stuck", goto: "stuck"), (id: "offer_vague", breaks"#,
    );
    for l in ["en-US", "zh-CN"] {
        let f = d.path().join(format!("locales/{l}/sample_refund.ftl"));
        let mut t = std::fs::read_to_string(&f).unwrap();
        t.push_str("orphan = x\nstuck = x\nstuck_again = x\noffer_stuck = x\n");
        std::fs::write(&f, t).unwrap();
    }
    let out = validate(d.path());
    assert!(out.contains("unreachable node `orphan`"), "{out}");
    assert!(
        out.contains("dead end: no ending can be reached from node `stuck`"),
        "{out}"
    );
}

#[test]
fn not_utf8_and_missing_files() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    let mut bytes = std::fs::read(&p).unwrap();
    bytes.splice(40..40, [0xff, 0xfe]);
    std::fs::write(&p, bytes).unwrap();
    let out = validate(d.path());
    assert!(out.contains("not valid UTF-8"), "{out}");

    let o = touchpoint(&["validate", "/no/such/place.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no such file or folder"));
}

#[test]
fn deeply_nested_ron_is_refused_without_overflowing_the_stack() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    let deep = format!("{}AngerBelow(50){}", "Not(".repeat(5000), ")".repeat(5000));
    edit(&p, "when: AngerBelow(50)", &format!("when: {deep}"));
    let out = validate(d.path());
    assert!(out.contains("nesting is deeper than the limit"), "{out}");
}

/// Two encounters with the same id would mix their results and Fluent files.
#[test]
fn a_scenario_id_used_twice_is_an_error_and_a_misnamed_file_a_warning() {
    let d = crate::common::fixture_copy();
    let dir = d.path().join("scenarios");
    std::fs::copy(dir.join("sample_refund.ron"), dir.join("copy.ron")).unwrap();
    let o = crate::common::touchpoint(&["validate", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = crate::common::stdout(&o);
    assert!(
        out.contains("copy.ron:3:5: error: scenario id `sample_refund` is already used by"),
        "{out}"
    );
    assert!(
        out.contains("copy.ron:3:5: warning: the file is named `copy.ron`"),
        "{out}"
    );
}

/// Encounter text is shown as written: a variable, term or message reference would
/// show up as raw braces.
#[test]
fn fluent_placeables_in_encounter_text_are_located_errors() {
    let d = crate::common::fixture_copy();
    let f = d.path().join("locales/en-US/sample_refund.ftl");
    let text = std::fs::read_to_string(&f).unwrap().replace(
        "story = Every month",
        "story = Hello { $name }, every month",
    );
    std::fs::write(&f, text.clone()).unwrap();
    let line = text.lines().position(|l| l.starts_with("story =")).unwrap() + 1;
    let o = crate::common::touchpoint(&["validate", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = crate::common::stdout(&o);
    assert!(
        out.contains(&format!(
            "sample_refund.ftl:{line}:1: error: message `story` uses {{ $name }}"
        )),
        "{out}"
    );
}

/// `validate` also reads the scenario tests next to the encounters.
#[test]
fn a_broken_scenario_test_file_is_a_located_error() {
    let d = crate::common::fixture_copy();
    let dir = d.path().join("scenarios");
    std::fs::write(
        dir.join("sample_refund.test.ron"),
        "ScenarioTests(tests: [(name: \"x\", seeds: [1], choices: [], expect: (pased: true))])\n",
    )
    .unwrap();
    let o = crate::common::touchpoint(&["validate", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = crate::common::stdout(&o);
    assert!(out.contains("sample_refund.test.ron:1:"), "{out}");
    assert!(out.contains("pased"), "{out}");
}

/// A catalog entry named as a taboo but not critical is suspicious.
#[test]
fn a_taboo_that_is_not_critical_is_a_warning() {
    let d = crate::common::fixture_copy();
    let cat = d.path().join("scenarios/catalog.ron");
    let text = std::fs::read_to_string(&cat).unwrap().replacen(
        "weight: 5,\n         critical: true,",
        "weight: 5,\n         critical: false,",
        1,
    );
    assert!(text.contains("critical: false"));
    std::fs::write(&cat, text).unwrap();
    let o = crate::common::touchpoint(&["validate", cat.to_str().unwrap()]);
    let out = crate::common::stdout(&o);
    assert!(
        out.contains(
            "warning: `taboo_argue_interrupt` is named as a taboo but is not `critical: true`"
        ),
        "{out}"
    );
}

/// Files over their limit are refused before they are read, with the limit in the
/// message: a scenario (streamed up to 2 GiB: a bigger one is refused, a 33 MiB one of
/// zero bytes is read and gets a located error), a Fluent file (32 MiB, read whole
/// next to a small scenario), and a result file being imported.
#[test]
fn huge_files_are_refused_with_the_limit_named() {
    let sized = |p: &Path, n: u64| {
        let f = std::fs::File::create(p).unwrap();
        f.set_len(n).unwrap(); // sparse: no disk, no memory
    };
    let big = |p: &Path| sized(p, 33 * 1024 * 1024);
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    sized(&sc, (2 << 30) + 1);
    let out = validate(d.path());
    assert!(out.contains("the limit is 2147483648 bytes"), "{out}");
    big(&sc);
    let out = validate(d.path());
    assert!(has_located_error(&out, "sample_refund.ron"), "{out}");
    assert!(out.contains("sample_refund.ron:1:1: error"), "{out}");

    let d = fixture_copy();
    big(&d.path().join("locales/en-US/sample_refund.ftl"));
    let out = validate(d.path());
    assert!(
        out.contains("sample_refund.ftl") && out.contains("the limit is 33554432 bytes"),
        "{out}"
    );

    let d = tempfile::tempdir().unwrap();
    big(&d.path().join("huge.json"));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", d.path().join("s.sqlite3").to_str().unwrap()])
        .args(["results", "import", d.path().to_str().unwrap(), "--quiet"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("huge.json:1:1") && stderr(&o).contains("the limit is"),
        "{}",
        stderr(&o)
    );
}

/// Found by fuzzing (`fluent_load`): 20,000 nested `{` overflowed fluent-syntax's
/// recursive parser and aborted the process. Deep placeables are now a located error.
#[test]
fn deeply_nested_fluent_placeables_are_refused_without_overflowing_the_stack() {
    let d = fixture_copy();
    let p = d.path().join("locales/en-US/sample_refund.ftl");
    let mut text = std::fs::read_to_string(&p).unwrap();
    let line = text.lines().count() + 2;
    text.push_str(&format!("\ndeep = {}\n", "{".repeat(20_000)));
    std::fs::write(&p, text).unwrap();
    let out = validate(d.path());
    assert!(
        out.contains(&format!(
            "sample_refund.ftl:{line}:{}: error: placeables nested deeper than the limit of 32",
            8 + 32
        )),
        "{out}"
    );
    // Ordinary nesting, and braces inside string literals, are fine.
    assert_eq!(
        touchpoint::content::locale::too_deep("a = { { \"{{{{\" } }"),
        None
    );
    assert_eq!(
        touchpoint::content::locale::too_deep(&format!("a = {}", "{ ".repeat(32))),
        None
    );
    assert_eq!(
        touchpoint::content::locale::too_deep(&format!("a = {}", "{".repeat(33))),
        Some(4 + 32)
    );
}

/// The nesting guard is not fooled by a `"` in a variant's text (it is text there,
/// not a string literal) and does not count braces in comments (found in review).
#[test]
fn the_fluent_nesting_guard_sees_through_quotes_in_text_and_skips_comments() {
    use touchpoint::content::locale::too_deep;
    let sneaky = format!("k = {{ $x ->\n   *[a] \"{}\n   }}\n", "{".repeat(20_000));
    assert!(too_deep(&sneaky).is_some());
    let (_, reports) = touchpoint::content::locale::parse_ftl("en-US", Path::new("x.ftl"), sneaky);
    assert!(reports[0].message.contains("nested deeper"), "{reports:?}");
    let comments = format!("{}\nk = {{ \"}}\" }}\n", "# {{{{{{{{{{{{\n".repeat(20));
    assert_eq!(too_deep(&comments), None);
    assert_eq!(too_deep("k = { FUNC(\"{{{\", a: \"{{{{\") }"), None);
}

/// Mood-dependent routing is checked like the rest: a conditional goto to a missing
/// node, a reaction condition naming nothing, and a reply left without a way out when
/// no condition holds, each at its line.
#[test]
fn conditional_routing_problems_are_located() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(
        &p,
        r#"(id: "story_listen", follows: ["active_listening"], sets: ["heard"], goto: "offer"),"#,
        r#"(id: "story_listen", follows: ["active_listening"], sets: ["heard"],
                 goto_if: [(when: TrustAtLeast(40), goto: "offr")], goto: "offer"),"#,
    );
    edit(
        &p,
        r#"(id: "opening_lecture_grumbles", weight: 1, goto: "story"),"#,
        r#"(id: "opening_lecture_grumbles", weight: 1, when: Said("story_lisen"), goto: "story"),"#,
    );
    edit(
        &p,
        r#"(id: "offer_vague", breaks: ["taboo_vague_evasive"], goto: "done","#,
        r#"(id: "offer_vague", breaks: ["taboo_vague_evasive"], goto_if: [(when: AngerBelow(50), goto: "done")],"#,
    );
    let out = validate(d.path());
    let text = std::fs::read_to_string(&p).unwrap();
    let at = |needle: &str| format!("sample_refund.ron:{}:", line_of(&text, needle));
    assert!(
        out.contains(&at("goto: \"offr\"")) && out.contains("goto to missing node `offr`"),
        "{out}"
    );
    assert!(
        out.contains(&at("Said(\"story_lisen\")"))
            && out.contains("`Said(\"story_lisen\")` names no choice"),
        "{out}"
    );
    assert!(
        out.contains("reply `offer_vague` has `goto_if` but no `goto`"),
        "{out}"
    );
}

#[test]
fn a_reply_whose_reactions_may_all_be_ruled_out_needs_a_goto() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(
        &p,
        r#"(id: "opening_lecture_storms", weight: 2, mood: (anger: 10), goto: "walk_out"),"#,
        r#"(id: "opening_lecture_storms", weight: 2, when: AngerAtLeast(70), mood: (anger: 10), goto: "walk_out"),"#,
    );
    // One reaction is always drawn: valid.
    let ok = touchpoint(&["validate", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0), "{}{}", stdout(&ok), stderr(&ok));
    edit(
        &p,
        r#"(id: "opening_lecture_grumbles", weight: 1, goto: "story"),"#,
        r#"(id: "opening_lecture_grumbles", weight: 1, when: AngerBelow(70), goto: "story"),"#,
    );
    let out = validate(d.path());
    assert!(
        out.contains("reply `opening_lecture` has no `goto`, and every reaction has a `when`"),
        "{out}"
    );
    let line = line_of(
        &std::fs::read_to_string(&p).unwrap(),
        "id: \"opening_lecture\"",
    );
    assert!(out.contains(&format!("sample_refund.ron:{line}:")), "{out}");
}

/// `case:` names one of the course's cases, listed in the catalog.
#[test]
fn an_unknown_case_is_a_located_error() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(
        &p,
        r#"case: "case_ringback_unknowing_subscription","#,
        r#"case: "case_ringback_unknowing_subscriptoin","#,
    );
    let out = validate(d.path());
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), "subscriptoin");
    assert!(
        out.lines()
            .any(|l| l.contains(&format!("sample_refund.ron:{line}:"))
                && l.contains("error: unknown case `case_ringback_unknowing_subscriptoin`")),
        "{out}"
    );
    assert!(
        out.contains("did you mean `case_ringback_unknowing_subscription`?"),
        "{out}"
    );
}

/// The catalog's cases and seed-file titles are checked like the rest of it: a title
/// without its Fluent message, a case without a summary, a seed file cited but left
/// out of `sources` (a warning: trainees would see the file name).
#[test]
fn catalog_cases_and_sources_are_checked() {
    let d = fixture_copy();
    let cat = d.path().join("scenarios/catalog.ron");
    edit(
        &cat,
        "    cases: [",
        "    sources: [\n        (file: \"002_61f473d333e03107.txt\", id: \"source_overview\"),\n        (file: \"003_ab2cbd483b0f63d8.txt\", id: \"source_hall\"),\n        (file: \"000_887c387e8d5af035.txt\", id: \"source_decks\"),\n    ],\n    cases: [",
    );
    for (l, text) in [
        (
            "en-US",
            "source_overview = Overview\nsource_decks = Decks\n",
        ),
        (
            "zh-CN",
            "source_overview = 概要\nsource_hall = 营业厅\nsource_decks = 合集\n",
        ),
    ] {
        let f = d.path().join(format!("locales/{l}/catalog.ftl"));
        let t = std::fs::read_to_string(&f).unwrap();
        let t = t.replace(
            "    .summary = A customer is charged for a ringback tone they never ordered.\n",
            "",
        );
        std::fs::write(&f, t + text).unwrap();
    }
    let out = validate(d.path());
    let text = std::fs::read_to_string(&cat).unwrap();
    let at = |needle: &str| format!("catalog.ron:{}:", line_of(&text, needle));
    let has = |needle: &str, message: &str| {
        out.lines()
            .any(|l| l.contains(&at(needle)) && l.contains(message))
    };
    assert!(
        has(
            "id: \"source_hall\"",
            "error: no Fluent message `source_hall` in"
        ) && out.contains("en-US/catalog.ftl"),
        "{out}"
    );
    assert!(
        has(
            "id: \"case_ringback_unknowing_subscription\"",
            "error: Fluent message `case_ringback_unknowing_subscription` in"
        ) && out.contains("has no `.summary` attribute"),
        "{out}"
    );
    assert!(
        has(
            "(id: \"ownership\"",
            "warning: seed file `004_e4eed2c1050720f6.txt` is not in `sources`"
        ),
        "{out}"
    );
}

/// A node with 65,536 replies (one past what the compiled runtime holds) used to pass
/// `validate`; `analyze` then explored nothing and printed a raw message key.
/// Validation refuses it, naming the limit, on both the tree and the streamed path.
#[test]
fn a_node_with_more_replies_than_the_runtime_holds_is_refused_with_the_limit() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let n = 65_536;
    let mut wide = String::from("(id: \"wide\", choices: [");
    let mut msgs = String::from("story_wide = x\nwide = y\n");
    for i in 0..n {
        wide.push_str(&format!("(id: \"w{i}\", goto: \"offer\"),"));
        msgs.push_str(&format!("w{i} = z\n"));
    }
    wide.push_str("]),\n        (id: \"done\",");
    edit(
        &sc,
        "(id: \"story_cut_in\",",
        "(id: \"story_wide\", goto: \"wide\"),\n                (id: \"story_cut_in\",",
    );
    edit(&sc, "(id: \"done\",", &wide);
    for l in ["en-US", "zh-CN"] {
        let p = d.path().join(format!("locales/{l}/sample_refund.ftl"));
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, text + &msgs).unwrap();
    }
    let text = std::fs::read_to_string(&sc).unwrap();
    let line = line_of(&text, "(id: \"wide\"");
    let all = validate(d.path());
    assert!(
        all.contains(
            "has 65536 replies; the compiled runtime holds at most 65535 replies per node"
        ),
        "{all}"
    );
    assert!(
        all.contains(&format!("sample_refund.ron:{line}:")),
        "located at the node (line {line}):\n{all}"
    );
    // The same report when the file is streamed.
    let streamed = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["validate", sc.to_str().unwrap()])
        .env("LANG", "en_US.UTF-8")
        .env("TOUCHPOINT_STREAM_ABOVE", "0")
        .output()
        .unwrap();
    let tree = touchpoint(&["validate", sc.to_str().unwrap()]);
    assert_eq!(stdout(&streamed), stdout(&tree));
    assert_eq!(streamed.status.code(), Some(1));
    // And analyze refuses it rather than exploring nothing.
    let o = touchpoint(&["analyze", sc.to_str().unwrap(), "--runs", "0"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!stdout(&o).contains("Explored 0"), "{}", stdout(&o));
    assert!(!stdout(&o).contains("[an-"), "{}", stdout(&o));
}

/// A mood change the runtime cannot hold (16 bits a scale) is refused with the range.
#[test]
fn a_mood_change_past_the_runtime_range_is_refused_with_the_limit() {
    let d = fixture_copy();
    edit(
        &d.path().join("scenarios/sample_refund.ron"),
        "mood: (anger: 5),",
        "mood: (anger: 40000),",
    );
    let all = validate(d.path());
    assert!(
        all.contains(
            "a mood change of 40000 is out of range; the compiled runtime holds -32768..=32767"
        ),
        "{all}"
    );
    assert!(has_located_error(&all, "sample_refund.ron"), "{all}");
}

/// The scenario id names the Fluent files: an id that is a path (`/elsewhere/x`,
/// `../../x`) used to be joined to the locales folder before it was validated, so
/// `validate` read, and quoted, a Fluent file outside it. The id is refused, and no
/// path is built from it.
#[test]
fn a_scenario_id_that_is_a_path_is_refused_before_any_file_is_read() {
    let d = fixture_copy();
    let outside = d.path().join("elsewhere");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(
        outside.join("ringback_complaint.ftl"),
        "secret_outside_message = do not read me\n",
    )
    .unwrap();
    let sc = d.path().join("scenarios/sample_refund.ron");
    for id in [
        outside.join("ringback_complaint").display().to_string(),
        "../../elsewhere/ringback_complaint".to_string(),
    ] {
        let text =
            std::fs::read_to_string(crate::common::fixtures().join("scenarios/sample_refund.ron"))
                .unwrap()
                .replace("id: \"sample_refund\"", &format!("id: \"{id}\""));
        std::fs::write(&sc, text).unwrap();
        let all = validate(d.path());
        assert!(all.contains("is not a valid id"), "{all}");
        assert!(!all.contains("secret_outside_message"), "{all}");
        assert!(!all.contains("elsewhere/ringback_complaint.ftl"), "{all}");
        // The same on the streamed path.
        let streamed = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args(["validate", sc.to_str().unwrap()])
            .env("LANG", "en_US.UTF-8")
            .env("TOUCHPOINT_STREAM_ABOVE", "0")
            .output()
            .unwrap();
        let tree = touchpoint(&["validate", sc.to_str().unwrap()]);
        assert_eq!(stdout(&streamed), stdout(&tree), "{id}");
        assert!(!stdout(&streamed).contains("secret_outside_message"));
    }
}

/// A Fluent file that is there but wrong is named, with what is wrong with it (and
/// where, for UTF-8): not "missing Fluent file" at the scenario's line.
#[test]
fn a_wrong_fluent_file_is_reported_against_that_file() {
    let ftl = |d: &Path| d.join("locales/en-US/sample_refund.ftl");
    // Not UTF-8, on line 3.
    let d = fixture_copy();
    let text = std::fs::read_to_string(ftl(d.path())).unwrap();
    let at = text.match_indices('\n').nth(1).unwrap().0 + 5;
    let mut bytes = text.into_bytes();
    bytes.splice(at..at, [0xff]);
    std::fs::write(ftl(d.path()), bytes).unwrap();
    let all = validate(d.path());
    assert!(
        all.contains("locales/en-US/sample_refund.ftl:3:5: error: file is not valid UTF-8"),
        "{all}"
    );
    assert!(!all.contains("missing Fluent file"), "{all}");
    // A folder in its place.
    let d = fixture_copy();
    std::fs::remove_file(ftl(d.path())).unwrap();
    std::fs::create_dir(ftl(d.path())).unwrap();
    let all = validate(d.path());
    assert!(
        all.contains(
            "locales/en-US/sample_refund.ftl:1:1: error: this is a folder; expected a text file"
        ),
        "{all}"
    );
    assert!(!all.contains("missing Fluent file"), "{all}");
    // A FIFO in its place (never opened: that would wait for a writer).
    let d = fixture_copy();
    std::fs::remove_file(ftl(d.path())).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(ftl(d.path()))
        .status()
        .unwrap();
    assert!(made.success());
    let all = validate(d.path());
    assert!(
        all.contains("locales/en-US/sample_refund.ftl:1:1: error: this is a special file (a FIFO, socket or device); expected a text file"),
        "{all}"
    );
    // Over the size limit.
    let d = fixture_copy();
    let f = std::fs::File::create(ftl(d.path())).unwrap();
    f.set_len(33 * 1024 * 1024).unwrap();
    let all = validate(d.path());
    assert!(
        all.contains("locales/en-US/sample_refund.ftl:1:1: error: file is 34603008 bytes; the limit is 33554432 bytes"),
        "{all}"
    );
    assert!(!all.contains("missing Fluent file"), "{all}");
    // Really missing: still said at the scenario's id.
    let d = fixture_copy();
    std::fs::remove_file(ftl(d.path())).unwrap();
    let all = validate(d.path());
    assert!(all.contains("missing Fluent file"), "{all}");
    assert!(has_located_error(&all, "sample_refund.ron"), "{all}");
}

/// A UTF-8 byte-order mark (Windows editors write one) at the start of a scenario,
/// catalog, Fluent or test file is not part of the text: the files validate, and a
/// column on the first line is the same as without it.
#[test]
fn a_byte_order_mark_is_accepted_in_every_file() {
    const BOM: &str = "\u{feff}";
    let d = fixture_copy();
    for f in [
        "scenarios/sample_refund.ron",
        "scenarios/catalog.ron",
        "locales/en-US/sample_refund.ftl",
        "locales/zh-CN/catalog.ftl",
    ] {
        let p = d.path().join(f);
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, format!("{BOM}{text}")).unwrap();
    }
    std::fs::write(
        d.path().join("scenarios/sample_refund.test.ron"),
        format!("{BOM}ScenarioTests(tests: [(name: \"expert\", seeds: [1], choices: [\"opening_soothe\", \"story_listen\", \"offer_options\"], expect: (passed: true))])\n"),
    )
    .unwrap();
    std::fs::write(
        d.path().join("scenarios/course.ron"),
        format!(
            "{BOM}Course(id: \"c\", modules: [(id: \"m1\", encounters: [\"sample_refund\"])])\n"
        ),
    )
    .unwrap();
    for l in ["en-US", "zh-CN"] {
        std::fs::write(
            d.path().join("locales").join(l).join("course.ftl"),
            format!("{BOM}c = A course\n    .description = d\nm1 = Module one\n    .goal = g\n"),
        )
        .unwrap();
    }
    let sc = d.path().join("scenarios");
    let o = touchpoint(&["validate", sc.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("3 file(s) checked: all valid (0 warning(s))"),
        "{}",
        stdout(&o)
    );
    let o = touchpoint(&["test", sc.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    // An error on the first line is at the same column with or without the mark.
    let p = d.path().join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&p).unwrap();
    let plain = text.trim_start_matches(BOM).replacen(
        "// scenarios/sample_refund.ron\nScenario(",
        "Scenario(nonsense: 1, ",
        1,
    );
    std::fs::write(&p, &plain).unwrap();
    let without = stdout(&touchpoint(&["validate", p.to_str().unwrap()]));
    std::fs::write(&p, format!("{BOM}{plain}")).unwrap();
    let with = stdout(&touchpoint(&["validate", p.to_str().unwrap()]));
    assert!(
        with.contains("sample_refund.ron:1:10: error: unknown field `nonsense`"),
        "{with}"
    );
    assert_eq!(with, without);
}

/// `validate` checks the ids a scenario test names against its encounter: a stale
/// reply id used to pass `validate` and fail only in `test`. Each is located at the
/// id in the `.test.ron` file; a timing suffix (`id@ms`) is not part of the id.
#[test]
fn stale_ids_in_a_scenario_test_are_located_errors() {
    let d = fixture_copy();
    let t = d.path().join("scenarios/sample_refund.test.ron");
    let text = r#"ScenarioTests(
    tests: [
        (
            name: "expert",
            seeds: [1],
            choices: ["opening_soothe", "story_lisen", "offer_options@1500", "2"],
            expect: (
                ending: "finished",
                feedback: ["active_listning"],
                critical: ["active_listening"],
            ),
        ),
    ],
)
"#;
    std::fs::write(&t, text).unwrap();
    let all = validate(d.path());
    let at = |needle: &str| {
        let line = line_of(text, needle);
        let col = text.lines().nth(line - 1).unwrap().find(needle).unwrap() + 1;
        format!("sample_refund.test.ron:{line}:{col}: error: ")
    };
    for (needle, message) in [
        (
            "\"story_lisen\"",
            "`story_lisen` is not a reply of encounter `sample_refund`",
        ),
        (
            "\"finished\"",
            "`finished` is not an ending of encounter `sample_refund`; expected one of: done, walk_out",
        ),
        ("\"active_listning\"", "unknown technique `active_listning`"),
        (
            "\"active_listening\"",
            "`active_listening` is not a critical technique",
        ),
    ] {
        let want = format!("{}{message}", at(needle));
        assert!(all.contains(&want), "{want}\n in:\n{all}");
    }
    assert!(!all.contains("offer_options"), "{all}");
    assert_eq!(all.matches(": error: ").count(), 4, "{all}");
}

/// `validate` did not print every problem at once: while the encounter itself had
/// an error (a goto to a missing node), a stale reply id in its `.test.ron` was not
/// reported until the encounter was fixed. The test's ids are checked against the
/// parsed tree even when the encounter does not validate.
#[test]
fn stale_test_ids_are_reported_while_the_scenario_has_errors() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let ron = std::fs::read_to_string(&sc).unwrap();
    let broken = ron.replacen(
        r#"(id: "story_cut_in", breaks: ["taboo_argue_interrupt"], goto: "offer"),"#,
        r#"(id: "story_cut_in", breaks: ["taboo_argue_interrupt"], goto: "offer",
                 goto_if: [(when: AngerAtLeast(90), goto: "nowhere")]),"#,
        1,
    );
    assert_ne!(broken, ron);
    std::fs::write(&sc, broken).unwrap();
    let t = d.path().join("scenarios/sample_refund.test.ron");
    let text = r#"ScenarioTests(
    tests: [
        (
            name: "expert",
            seeds: [1],
            choices: ["opening_soothe", "story_lisen", "offer_options"],
            expect: (ending: "done"),
        ),
    ],
)
"#;
    std::fs::write(&t, text).unwrap();
    let all = validate(d.path());
    assert!(all.contains("nowhere"), "the encounter's own error:\n{all}");
    let line = line_of(text, "story_lisen");
    let col = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("\"story_lisen\"")
        .unwrap()
        + 1;
    let want = format!(
        "sample_refund.test.ron:{line}:{col}: error: `story_lisen` is not a reply of encounter `sample_refund`"
    );
    assert!(all.contains(&want), "{want}\n in:\n{all}");
}

/// Fluent attributes nothing shows are reported (as warnings, which do not fail
/// `validate`): a tone attribute on a node without that tone, an attribute of a reply
/// other than `.why`, any attribute of a reaction, and a `.why` on a reply that can
/// never lose points (so the note can never be shown).
#[test]
fn fluent_attributes_nothing_shows_are_warnings() {
    let d = fixture_copy();
    let ftl = d.path().join("locales/en-US/sample_refund.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(line);
        out.push('\n');
        let extra = match line.split(" =").next().unwrap_or("") {
            "story" => "    .furious = Two months! Two!\n",
            "story_confirm" => "    .furious = So, never ordered?\n",
            "opening_lecture_storms" => "    .why = He leaves.\n",
            "story_listen" => "    .why = Listening comes first.\n",
            _ => "",
        };
        out.push_str(extra);
    }
    std::fs::write(&ftl, out).unwrap();
    // The `.why` in both locales (else that is an error of its own).
    let zh = d.path().join("locales/zh-CN/sample_refund.ftl");
    let text = std::fs::read_to_string(&zh).unwrap();
    let at = text.find("\nstory_listen =").unwrap() + 1;
    let end = at + text[at..].find('\n').unwrap() + 1;
    let mut t = text.clone();
    t.insert_str(end, "    .why = 先倾听。\n");
    std::fs::write(&zh, t).unwrap();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let ron = std::fs::read_to_string(&sc).unwrap();
    let o = touchpoint(&["validate", sc.to_str().unwrap()]);
    let all = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{all}");
    // Where `id: <needle>` declares the id.
    let at = |needle: &str| {
        let decl = format!("id: {needle}");
        let line = line_of(&ron, &decl);
        let col = ron.lines().nth(line - 1).unwrap().find(&decl).unwrap() + 5;
        format!("sample_refund.ron:{line}:{col}: warning: ")
    };
    // An attribute nothing shows is located at its name in the Fluent file.
    let en = std::fs::read_to_string(&ftl).unwrap();
    let attr_at = |needle: &str| format!("sample_refund.ftl:{}:6: warning: ", line_of(&en, needle));
    for (want, message) in [
        (
            attr_at(".furious = Two months! Two!"),
            "Fluent message `story` in ",
        ),
        (
            attr_at(".furious = So, never ordered?"),
            "has an attribute `.furious` that nothing shows (a reply's message uses only `.why`)",
        ),
        (
            attr_at(".why = He leaves."),
            "has an attribute `.why` that nothing shows (a reaction's message has no attributes)",
        ),
        (
            at("\"story_listen\""),
            "reply `story_listen` has a `.why` note in ",
        ),
    ] {
        assert!(
            all.lines()
                .any(|l| l.contains(&want) && l.contains(message)),
            "{want}…{message}\n in:\n{all}"
        );
    }
    assert!(
        all.contains("that nothing shows (no tone of this node uses it)"),
        "{all}"
    );
    assert!(
        all.contains("it never loses points, so the note is never shown"),
        "{all}"
    );
    // One per locale for the `.why`.
    assert_eq!(all.matches(": warning: ").count(), 5, "{all}");
    // A reply that can lose points keeps its `.why` without a word.
    assert!(!all.contains("opening_ticket"), "{all}");
}

/// Fluent warnings pointed at the wrong file: a stray `.furious` attribute and a
/// message nothing uses were located at the `.ron` line, and the `.ftl` line was never
/// shown. They are located in the Fluent file (at the attribute's name, at the
/// message's id), with the place in the `.ron` as the related location.
#[test]
fn fluent_file_warnings_are_located_in_the_ftl_file() {
    let d = fixture_copy();
    let ftl = d.path().join("locales/en-US/sample_refund.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let text = text.replacen(
        "story_confirm = So you never ordered it and want it cancelled and refunded, is that right?\n",
        "story_confirm = So you never ordered it and want it cancelled and refunded, is that right?\n    .furious = So, never ordered?\nstroy_listen = A typo of an id.\n",
        1,
    );
    std::fs::write(&ftl, &text).unwrap();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let ron = std::fs::read_to_string(&sc).unwrap();
    let o = touchpoint(&["validate", "--format", "short", sc.to_str().unwrap()]);
    let all = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{all}");
    let furious = line_of(&text, ".furious = So, never");
    let stray = format!("sample_refund.ftl:{furious}:6: warning: ");
    assert!(
        all.lines()
            .any(|l| l.contains(&stray) && l.contains("has an attribute `.furious`")),
        "{stray}\n in:\n{all}"
    );
    let typo = line_of(&text, "stroy_listen =");
    let unused = format!("sample_refund.ftl:{typo}:1: warning: ");
    assert!(
        all.lines()
            .any(|l| l.contains(&unused) && l.contains("`stroy_listen`")),
        "{unused}\n in:\n{all}"
    );
    assert!(!all.contains("sample_refund.ron:"), "{all}");
    // The same when the encounter is streamed (as a big one is).
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["validate", "--format", "short", sc.to_str().unwrap()])
        .env("TOUCHPOINT_STREAM_ABOVE", "0")
        .output()
        .unwrap();
    assert_eq!(stdout(&o), all);
    // The rich form shows the `.ron` place beside the `.ftl` one.
    let o = touchpoint(&["validate", "--format", "human", sc.to_str().unwrap()]);
    let rich = stdout(&o);
    let reply = line_of(&ron, "id: \"story_confirm\"");
    assert!(
        rich.contains(&format!("sample_refund.ftl:{furious}:6"))
            && rich.contains(&format!("sample_refund.ron:{reply}:")),
        "{rich}"
    );
}

/// Review H5: a catalog without a `cases` table (a project's own, written before
/// cases existed) cannot say which cases there are: a scenario's `case:` is then a
/// warning, not an error, so that older encounters (and `touchpoint new` templates)
/// still validate and load.
#[test]
fn a_case_is_only_a_warning_when_the_catalog_lists_no_cases() {
    let d = fixture_copy();
    let cat = d.path().join("scenarios/catalog.ron");
    edit(
        &cat,
        r#"    cases: [
        (id: "case_ringback_unknowing_subscription", setting: BusinessHall, seeds: ["000_887c387e8d5af035.txt"]),
    ],
"#,
        "",
    );
    let o = touchpoint(&["validate", d.path().join("scenarios").to_str().unwrap()]);
    let all = format!("{}{}", stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(0), "{all}");
    assert!(
        all.lines().any(|l| l.contains("sample_refund.ron:")
            && l.contains("warning: unknown case `case_ringback_unknowing_subscription`")),
        "{all}"
    );
    let (enc, _) =
        touchpoint::content::encounter::load(&d.path().join("scenarios/sample_refund.ron"));
    assert!(enc.is_some(), "it loads");
}

/// Review M7: a NUL character in a scenario, Fluent or catalog file is refused when it
/// is read, located (PostgreSQL cannot store it, and no author means it).
#[test]
fn a_nul_character_in_any_file_is_a_located_error() {
    for (file, at) in [
        ("scenarios/sample_refund.ron", "pass_mark: 70"),
        ("scenarios/catalog.ron", "cases: ["),
        ("locales/en-US/sample_refund.ftl", "title = "),
        (
            "locales/zh-CN/catalog.ftl",
            "case_ringback_unknowing_subscription =",
        ),
    ] {
        let d = fixture_copy();
        let p = d.path().join(file);
        let text = std::fs::read_to_string(&p).unwrap();
        let line = line_of(&text, at);
        edit(&p, at, &format!("\0{at}"));
        let out = validate(d.path());
        let name = Path::new(file).file_name().unwrap().to_str().unwrap();
        assert!(
            out.lines().any(|l| l.contains(&format!("{name}:{line}:"))
                && l.contains("error:")
                && l.contains("NUL")),
            "{file}: {out}"
        );
    }
}

/// Review H2: a time limit over a day made the clock's timeout (the limit and 1 ms)
/// a reply time that no result file may carry. A limit is 1 s to an hour.
#[test]
fn a_time_limit_over_an_hour_is_refused_at_its_place() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(&p, "time_limit: 30,", "time_limit: 90000,");
    let out = validate(d.path());
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), "time_limit: 90000");
    assert!(out.contains(&format!("sample_refund.ron:{line}:")), "{out}");
    assert!(out.contains("at most 3600"), "{out}");
}

/// Review (low, issue 14 §3.6): a scenario's `case:` was checked to exist but not to
/// fit: a case set in the business hall could be played on the phone. Validation
/// warns, at the `case:` field, naming both settings.
#[test]
fn a_case_from_another_setting_is_a_warning_at_the_case() {
    let d = fixture_copy();
    let p = d.path().join("scenarios/sample_refund.ron");
    edit(&p, "setting: BusinessHall,", "setting: Phone,");
    let o = touchpoint(&["validate", d.path().join("scenarios").to_str().unwrap()]);
    let all = format!("{}{}", stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(0), "a warning only: {all}");
    let line = line_of(
        &std::fs::read_to_string(&p).unwrap(),
        "case: \"case_ringback",
    );
    assert!(
        all.contains(&format!("sample_refund.ron:{line}:")) && all.contains("warning"),
        "{all}"
    );
    assert!(
        all.contains("BusinessHall") && all.contains("Phone"),
        "{all}"
    );
    // The same setting: nothing to say.
    let d = fixture_copy();
    let o = touchpoint(&["validate", d.path().join("scenarios").to_str().unwrap()]);
    assert!(!stdout(&o).contains("setting"), "{}", stdout(&o));
}

/// Review (low, issue 14 §3.8): a technique whose catalog message has no lesson for one
/// of its sources is a warning, located at that seed in catalog.ron.
#[test]
fn a_missing_lesson_is_a_warning_at_its_seed() {
    let d = crate::common::shipped_copy();
    let ftl = d.path().join("locales/en-US/catalog.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let line = text
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with(".lesson-source_satisfaction_overview")
                && text.contains("mood_before_matter =")
        })
        .expect("a lesson line");
    // The first technique (mood_before_matter) loses its lesson.
    let start = text.find("\nmood_before_matter =").unwrap();
    let at = start + text[start..].find(line).unwrap();
    std::fs::write(
        &ftl,
        format!("{}{}", &text[..at], &text[at + line.len() + 1..]),
    )
    .unwrap();
    let o = touchpoint(&["validate", d.path().join("scenarios").to_str().unwrap()]);
    let all = format!("{}{}", stdout(&o), stderr(&o));
    assert!(
        all.contains("warning")
            && all.contains("mood_before_matter")
            && all.contains(".lesson-source_satisfaction_overview"),
        "{all}"
    );
    let ron = std::fs::read_to_string(d.path().join("scenarios/catalog.ron")).unwrap();
    let seed_line = ron
        .lines()
        .position(|l| l.contains("id: \"mood_before_matter\""))
        .unwrap()
        + 1;
    assert!(all.contains("catalog.ron:"), "{all}");
    assert!(
        all.lines().any(|l| l.contains("catalog.ron:")
            && l.contains(".lesson-source_satisfaction_overview")
            && l.split(':')
                .nth(1)
                .and_then(|n| n.parse::<usize>().ok())
                .is_some_and(|n| n > seed_line)),
        "{all}"
    );
}

/// Review R-M1: `play` wrote records that import refuses. A result record holds ids
/// of at most `MAX_ID_BYTES` bytes and texts of at most 1,000 (a title) or 10,000 (a
/// line, a reply) characters, but validation checked none of it: an encounter with a
/// 129-byte reply id validated and played, and the store refused every attempt.
/// The longest allowed id and texts validate, play and are stored; one byte or
/// character more is a located error naming the limit, on both validation paths.
#[test]
fn validation_refuses_ids_and_texts_a_result_record_cannot_hold() {
    use touchpoint::results::record::{MAX_ID_BYTES, MAX_SHORT_TEXT_CHARS, MAX_TEXT_CHARS};
    // Validation checks the limits the records are checked against.
    {
        use touchpoint::engine::validate::record;
        assert_eq!(record::MAX_ID_BYTES, MAX_ID_BYTES);
        assert_eq!(record::MAX_SHORT_TEXT_CHARS, MAX_SHORT_TEXT_CHARS);
        assert_eq!(record::MAX_TEXT_CHARS, MAX_TEXT_CHARS);
        assert_eq!(record::MAX_LIST, touchpoint::results::record::MAX_LIST);
    }
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"));
        c.args(args).env("LANG", "en_US.UTF-8").env_remove("LC_ALL");
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    // A copy with reply `story_listen` renamed to `id_bytes` bytes, the English title
    // `title_chars` long and the customer's line `story` `text_chars` long.
    let copy = |id_bytes: usize, title_chars: usize, text_chars: usize| {
        let d = fixture_copy();
        let id = format!(
            "story_listen{}",
            "x".repeat(id_bytes - "story_listen".len())
        );
        let sc = d.path().join("scenarios/sample_refund.ron");
        let ron = std::fs::read_to_string(&sc).unwrap();
        std::fs::write(&sc, ron.replace("\"story_listen\"", &format!("\"{id}\""))).unwrap();
        for l in ["en-US", "zh-CN"] {
            let p = d.path().join(format!("locales/{l}/sample_refund.ftl"));
            let mut out = String::new();
            for line in std::fs::read_to_string(&p).unwrap().lines() {
                let line = match line.split(" =").next().unwrap() {
                    "story_listen" => line.replacen("story_listen", &id, 1),
                    "title" if l == "en-US" => format!("title = {}", "t".repeat(title_chars)),
                    "story" if l == "en-US" => format!("story = {}", "s".repeat(text_chars)),
                    _ => line.to_string(),
                };
                out.push_str(&line);
                out.push('\n');
            }
            std::fs::write(&p, out).unwrap();
        }
        (d, id)
    };
    let streamed = [("TOUCHPOINT_STREAM_ABOVE", "0")];
    let ways: [&[(&str, &str)]; 2] = [&[], &streamed];

    let (d, id) = copy(MAX_ID_BYTES, MAX_SHORT_TEXT_CHARS, MAX_TEXT_CHARS);
    let sc = d.path().join("scenarios/sample_refund.ron");
    for env in ways {
        let o = run(&["validate", sc.to_str().unwrap()], env);
        assert_eq!(o.status.code(), Some(0), "{env:?}: {}", stdout(&o));
    }
    let store = d.path().join("store.sqlite3");
    let results = d.path().join("results");
    let o = run(
        &[
            "--store",
            store.to_str().unwrap(),
            "play",
            sc.to_str().unwrap(),
            "--seed",
            "7",
            "--locale",
            "en-US",
            "--trainee",
            "t001",
            "--choices",
            &format!("opening_soothe,{id},offer_options"),
            "--json",
        ],
        &[("TOUCHPOINT_RESULTS_DIR", results.to_str().unwrap())],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
    let played: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let attempt = played["attempt_id"].as_str().unwrap();
    let o = run(
        &["--store", store.to_str().unwrap(), "results", "list"],
        &[],
    );
    assert!(
        stdout(&o).contains(attempt),
        "not stored:\n{}{}",
        stdout(&o),
        stderr(&o)
    );

    // One over each limit.
    for (sizes, file, needle, limit) in [
        (
            (MAX_ID_BYTES + 1, 10, 10),
            "sample_refund.ron",
            "story_listenx",
            MAX_ID_BYTES,
        ),
        (
            (20, MAX_SHORT_TEXT_CHARS + 1, 10),
            "sample_refund.ftl",
            "title =",
            MAX_SHORT_TEXT_CHARS,
        ),
        (
            (20, 10, MAX_TEXT_CHARS + 1),
            "sample_refund.ftl",
            "story =",
            MAX_TEXT_CHARS,
        ),
    ] {
        let (d, _) = copy(sizes.0, sizes.1, sizes.2);
        let sc = d.path().join("scenarios/sample_refund.ron");
        let text = if file.ends_with(".ron") {
            std::fs::read_to_string(&sc).unwrap()
        } else {
            std::fs::read_to_string(d.path().join("locales/en-US/sample_refund.ftl")).unwrap()
        };
        let line = line_of(&text, needle);
        let col = text.lines().nth(line - 1).unwrap().find(needle).unwrap()
            + usize::from(file.ends_with(".ftl"));
        let at = format!("{file}:{line}:{col}: error: ");
        for env in ways {
            let o = run(&["validate", sc.to_str().unwrap()], env);
            let all = stdout(&o);
            assert_eq!(o.status.code(), Some(1), "{env:?}: {all}");
            assert!(
                all.lines()
                    .any(|l| l.contains(&at) && l.contains(&format!("at most {limit}"))),
                "{env:?}: {at}… at most {limit}\n in:\n{all}"
            );
        }
    }
}

/// Review R-M1, the lists and ids besides the scenario's: a result record holds at
/// most 256 techniques per decision and 256 seeds per technique, and tone names are
/// ids (the record's `line_key` is `node.tone`). Validation checked none of it.
#[test]
fn validation_refuses_lists_and_tones_a_result_record_cannot_hold() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let cat = d.path().join("scenarios/catalog.ron");
    let many = vec!["\"active_listening\""; 257].join(", ");
    edit(
        &sc,
        r#"(id: "story_listen", follows: ["active_listening"],"#,
        &format!(r#"(id: "story_listen", follows: [{many}],"#),
    );
    edit(
        &sc,
        r#"tones: [(tone: "furious","#,
        r#"tones: [(tone: "very-furious","#,
    );
    let seeds = vec!["\"002_61f473d333e03107.txt\""; 257].join(", ");
    edit(
        &cat,
        r#"(id: "mood_before_matter", competency: "emotion_handling", weight: 4, phase: Feelings,
         seeds: ["002_61f473d333e03107.txt"],"#,
        &format!(
            r#"(id: "mood_before_matter", competency: "emotion_handling", weight: 4, phase: Feelings,
         seeds: [{seeds}],"#
        ),
    );
    let all = validate(d.path());
    let ron = std::fs::read_to_string(&sc).unwrap();
    let catalog = std::fs::read_to_string(&cat).unwrap();
    for (file, text, needle, message) in [
        (
            "sample_refund.ron",
            &ron,
            "id: \"story_listen\", follows: [",
            "257 techniques followed; expected at most 256",
        ),
        (
            "sample_refund.ron",
            &ron,
            "\"very-furious\"",
            "`very-furious` is not a valid id",
        ),
        (
            "catalog.ron",
            &catalog,
            "seeds: [\"002_61f473d333e03107.txt\", \"002",
            "257 seeds; expected at most 256",
        ),
    ] {
        let line = line_of(text, needle);
        assert!(
            all.lines().any(|l| l.contains(&format!("{file}:{line}:"))
                && l.contains(": error: ")
                && l.contains(message)),
            "{file}:{line}… {message}\n in:\n{all}"
        );
    }
}
