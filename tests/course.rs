//! The course file: the shipped course covers every encounter in teaching order, a
//! broken course is reported with locations, and `touchpoint list` shows modules,
//! pass rules and a trainee's progress.

use crate::common::{fixture_copy, root, stderr, stdout, touchpoint};

/// Every case of COURSEWARE.md §4 has an encounter, every encounter is in the course,
/// and the library spans the three difficulty levels with at least three hard ones.
#[test]
fn the_library_covers_every_courseware_case_at_three_levels() {
    use touchpoint::engine::scenario::Difficulty;
    let cases = [
        "case_ringback_unknowing_subscription",
        "case_mobile_data_slow",
        "case_cmmb_mobile_tv",
        "case_gprs_billing_dispute",
        "case_hall_peak_queue",
        "case_hall_agitated_dispute",
        "case_hotel_room_cleanliness",
        "case_hotel_special_diet",
        "case_car_repair_not_fixed",
        "case_car_parts_price_supply",
        "case_car_delivery_promise_broken",
        "case_property_sales_visit",
        "case_hall_touchpoint_sale",
        "case_campaign_dispute",
        "case_broadband_perception",
        "case_dissatisfied_callback",
        "case_hall_departure",
    ];
    let encounters: Vec<_> =
        touchpoint::content::files::scenario_files(&[root().join("scenarios")])
            .iter()
            .map(|p| crate::common::load(p))
            .collect();
    for c in cases {
        assert!(
            encounters
                .iter()
                .any(|e| e.scenario.case.as_deref() == Some(c)),
            "no encounter for {c}"
        );
    }
    for e in &encounters {
        assert!(
            !e.scenario.procedures.is_empty(),
            "{}: tagged with the procedures it checks",
            e.scenario.id
        );
    }
    let count = |d| {
        encounters
            .iter()
            .filter(|e| e.scenario.difficulty == d)
            .count()
    };
    assert!(count(Difficulty::Introductory) >= 2);
    assert!(count(Difficulty::Standard) >= 2);
    assert!(count(Difficulty::Hard) >= 3);

    let (course, _) =
        touchpoint::content::course::load_course(&root().join("scenarios/course.ron")).unwrap();
    for e in &encounters {
        assert!(
            course.module_of(&e.scenario.id).is_some(),
            "{} is in no module",
            e.scenario.id
        );
    }
    assert!(course.modules.len() >= 4);
}

#[test]
fn a_broken_course_is_reported_with_locations() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios");
    std::fs::write(
        sc.join("course.ron"),
        r#"Course(
    id: "c",
    modules: [
        (id: "m1", encounters: ["sample_refund", "no_such_one"], pass: (passed_at_least: 3)),
        (id: "m1", encounters: ["sample_refund"], pass: (required: ["elsewhere"])),
    ],
)
"#,
    )
    .unwrap();
    for l in ["en-US", "zh-CN"] {
        std::fs::write(
            d.path().join("locales").join(l).join("course.ftl"),
            "c = A course\nm1 = Module one\n",
        )
        .unwrap();
    }
    let o = touchpoint(&["validate", sc.to_str().unwrap()]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let course = sc.join("course.ron").display().to_string();
    for (pos, what) in [
        ("4:50", "no encounter `no_such_one` in this folder"),
        ("4:90", "3 is out of range; expected 1..=2"),
        ("5:14", "duplicate module id `m1`"),
        (
            "5:33",
            "encounter `sample_refund` is already in module `m1`",
        ),
        ("5:69", "`elsewhere` is not an encounter of module `m1`"),
        ("4:14", "has no `.goal` attribute"),
    ] {
        assert!(
            out.lines()
                .any(|l| l.starts_with(&format!("{course}:{pos}: error: ")) && l.contains(what)),
            "{pos} {what}\n{out}"
        );
    }
    // The course is not mistaken for an encounter.
    assert!(!out.contains("missing field"), "{out}");
}

#[test]
fn list_shows_the_course_by_module_with_a_trainees_progress() {
    use touchpoint::content::files::{Source, parse_ron};
    use touchpoint::engine::scenario_test::ScenarioTests;
    let dir = tempfile::tempdir().unwrap();
    let sc = root().join("scenarios");
    let tf = sc.join("hall_touchpoint_sale.test.ron");
    let tests: ScenarioTests =
        parse_ron(&Source::new(&tf, std::fs::read_to_string(&tf).unwrap())).unwrap();
    // The sales module: the expert path of one encounter passes, the novice one fails.
    for name in ["expert", "novice"] {
        let case = tests.tests.iter().find(|t| t.name == name).unwrap();
        let o = touchpoint(&[
            "play",
            sc.join("hall_touchpoint_sale.ron").to_str().unwrap(),
            "--seed",
            &case.seeds[0].to_string(),
            "--trainee",
            "t9",
            "--choices",
            &case.choices.join(","),
            "--out",
            dir.path().to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let o = touchpoint(&[
        "list",
        "--locale",
        "en-US",
        "--trainee",
        "t9",
        "--results",
        dir.path().to_str().unwrap(),
    ]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}{}", stderr(&o));
    let m1 = out.find("1. Module 1").expect("module 1");
    let m4 = out.find("4. Module 4").expect("module 4");
    let m5 = out.find("5. Module 5").expect("module 5");
    assert!(m1 < m4 && m4 < m5);
    assert!(out.contains("pass: 3 of 4 encounters passed, average best score at least 70"));
    assert!(out.contains("must include ringback_complaint"));
    assert!(
        out[m1..m4].contains("0/4 passed · average 0 · not complete yet"),
        "{out}"
    );
    let sales = &out[m4..m5];
    assert!(sales.contains("1/2 passed"), "{sales}");
    assert!(sales.contains("not complete yet"), "{sales}");
    let row = sales
        .lines()
        .find(|l| l.contains("hall_touchpoint_sale"))
        .unwrap();
    assert!(row.contains(" ✓"), "the best attempt passed: {row}");
    assert!(!out.contains("Not in the course"), "{out}");
    // Every shipped encounter is listed once.
    for p in touchpoint::content::files::scenario_files(std::slice::from_ref(&sc)) {
        let id = p.file_stem().unwrap().to_str().unwrap().to_string();
        assert_eq!(out.matches(&format!("  {id} ")).count(), 1, "{id}\n{out}");
    }
}

/// Every shipped encounter has its graph in docs/encounters/, drawn from its current
/// version: every node and reply of the encounter is in the picture (redrawing all 17 with their Monte Carlo mood colours takes over a minute in a
/// debug build; `touchpoint graph` is itself tested in tests/graph.rs), and the index
/// names it.
#[test]
fn every_encounter_has_a_current_graph_in_the_docs() {
    let index = std::fs::read_to_string(root().join("docs/encounters/README.md")).unwrap();
    for p in touchpoint::content::files::scenario_files(&[root().join("scenarios")]) {
        let enc = crate::common::load(&p);
        let id = &enc.scenario.id;
        let file = root().join("docs/encounters").join(format!("{id}.svg"));
        let Ok(saved) = std::fs::read_to_string(&file) else {
            panic!(
                "{} is missing; see docs/encounters/README.md",
                file.display()
            );
        };
        let stale = || {
            format!(
                "{} is out of date; regenerate it (docs/encounters/README.md)",
                file.display()
            )
        };
        let mut ids = std::collections::BTreeSet::new();
        for n in &enc.scenario.nodes {
            ids.insert(n.id.as_str());
            ids.extend(n.choices.iter().map(|c| c.id.as_str()));
        }
        for i in &ids {
            let shown = saved.contains(&format!(" {i}<"))
                || saved.contains(&format!(">{i}<"))
                || saved.contains(&format!(" {i} "))
                || saved.contains(&format!(">{i} "));
            assert!(shown, "`{i}` is not drawn: {}", stale());
        }
        assert!(
            index.contains(&format!("({id}.svg)")),
            "{id} not in the index"
        );
    }
}
