//! The shipped catalog and encounters: all valid, and each one teaches: an expert
//! passes well, a novice fails with feedback naming what they broke, and a path
//! that is perfect but for one taboo fails.

use crate::common::{root, stderr, stdout, touchpoint};

#[test]
fn every_file_in_scenarios_validates() {
    let o = touchpoint(&[
        "validate",
        root().join("scenarios").to_str().unwrap(),
        "--deny-warnings",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn the_catalog_covers_the_courseware() {
    let (catalog, _) =
        touchpoint::content::encounter::load_catalog(&root().join("scenarios/catalog.ron"))
            .unwrap();
    assert_eq!(catalog.competencies.len(), 8);
    let taboos: Vec<_> = catalog
        .techniques
        .iter()
        .filter(|t| t.id.starts_with("taboo_"))
        .collect();
    assert_eq!(taboos.len(), 10);
    assert!(taboos.iter().all(|t| t.critical));
    assert!(catalog.technique("no_overpromising").unwrap().critical);
    for id in [
        "mood_before_matter",
        "first_contact_ownership",
        "state_method_and_deadline",
        "follow_up",
        "confirm_subscription",
        "closing_moment",
    ] {
        assert!(catalog.technique(id).is_some(), "{id}");
    }
    for id in ["proc_complaint_002", "proc_hall_dispute_003"] {
        assert!(catalog.procedure(id).is_some(), "{id}");
    }
    for t in &catalog.techniques {
        assert!(
            t.seeds.iter().all(|s| root()
                .join("..")
                .join("shared")
                .join("seeds")
                .join(s)
                .exists()
                || s.len() == 24),
            "{}: {:?}",
            t.id,
            t.seeds
        );
    }
}

/// Every shipped encounter has scenario tests with an expert path that passes, a novice
/// path that fails, and an otherwise-perfect path with one taboo that fails; they all
/// pass (the same runner as `touchpoint test`).
#[test]
fn scenario_tests_of_every_shipped_encounter_pass() {
    use touchpoint::content::files::{Source, parse_ron};
    use touchpoint::engine::scenario_test::{ScenarioTests, run_case};
    let scenarios = touchpoint::content::files::scenario_files(&[root().join("scenarios")]);
    assert!(scenarios.len() >= 17, "the courseware's 17 cases ship");
    for path in scenarios {
        let enc = crate::common::load(&path);
        let tf = path.with_extension("test.ron");
        let src = Source::new(
            &tf,
            std::fs::read_to_string(&tf).unwrap_or_else(|_| panic!("{} is missing", tf.display())),
        );
        let tests: ScenarioTests = parse_ron(&src).unwrap_or_else(|r| panic!("{r}"));
        let expert = tests
            .tests
            .iter()
            .find(|t| t.name == "expert")
            .expect("an expert case");
        assert_eq!(expert.expect.passed, Some(true));
        assert!(
            expert.expect.score.is_some_and(|(lo, _)| lo >= 85),
            "{}: the expert must pass well",
            enc.scenario.id
        );
        assert!(
            expert.choices.len() >= 10,
            "{}: at least 10 decisions on the best path",
            enc.scenario.id
        );
        let novice = tests
            .tests
            .iter()
            .find(|t| t.name == "novice")
            .expect("a novice case");
        assert_eq!(novice.expect.passed, Some(false));
        assert!(
            !novice.expect.feedback.is_empty(),
            "the novice case checks the feedback names what was broken"
        );
        let taboo = tests
            .tests
            .iter()
            .find(|t| t.name.starts_with("taboo"))
            .expect("a one-taboo case");
        assert_eq!(taboo.expect.passed, Some(false));
        assert_eq!(taboo.expect.critical.as_ref().map(Vec::len), Some(1));
        for case in &tests.tests {
            for &seed in &case.seeds {
                let r = run_case(&enc.scenario, &enc.catalog, case, seed);
                assert!(
                    r.failures.is_empty(),
                    "{}::{} seed {seed}: {:?}",
                    enc.scenario.id,
                    case.name,
                    r.failures
                );
            }
        }
    }
}

#[test]
fn touchpoint_test_runs_like_a_test_runner() {
    let o = touchpoint(&[
        "test",
        root()
            .join("scenarios/hall_touchpoint_sale.test.ron")
            .to_str()
            .unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("test hall_touchpoint_sale::expert [seed 1] ... ok"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o)
            .lines()
            .any(|l| l.starts_with("test result: ok.") && l.contains(" passed; 0 failed"))
    );
}

#[test]
fn a_failing_scenario_test_fails_the_run_with_its_location() {
    let d = crate::common::fixture_copy();
    let tf = d.path().join("scenarios/sample_refund.test.ron");
    std::fs::write(
        &tf,
        "ScenarioTests(tests: [\n  (name: \"wrong\", seeds: [1], choices: [\"1\", \"1\", \"1\"],\n   expect: (passed: false)),\n])\n",
    )
    .unwrap();
    let o = touchpoint(&["test", d.path().join("scenarios").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("test sample_refund::wrong [seed 1] ... FAILED"),
        "{out}"
    );
    assert!(out.contains("sample_refund.test.ron:2:"), "{out}");
    assert!(out.contains("expected passed = false, got true"), "{out}");
    assert!(
        out.contains("test result: FAILED. 0 passed; 1 failed"),
        "{out}"
    );
}

/// One attempt with uniformly random replies (a xorshift generator in `x`), assessed.
fn random_play(
    enc: &touchpoint::content::encounter::Encounter,
    seed: u64,
    x: &mut u64,
) -> touchpoint::engine::Assessment {
    use touchpoint::engine::{Pick, Session, assess};
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, seed).unwrap();
    while !s.is_finished() {
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        let n = s.available().len() as u64;
        s.choose(&Pick::Number((*x % n) as usize + 1), 0).unwrap();
    }
    assess(&enc.scenario, &enc.catalog, s.state()).unwrap()
}

/// Random play: a trainee clicking at random should rarely pass.
#[test]
fn random_play_mostly_fails() {
    for path in touchpoint::content::files::scenario_files(&[root().join("scenarios")]) {
        let enc = crate::common::load(&path);
        let mut passes = 0;
        let runs = 300;
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for seed in 0..runs {
            if random_play(&enc, seed, &mut x).passed {
                passes += 1;
            }
        }
        assert!(
            passes * 100 < runs * 20,
            "{}: {passes} of {runs} random plays passed",
            path.display()
        );
    }
}

/// The same replies on different seeds meet different customers.
#[test]
fn seeds_change_the_customer() {
    use touchpoint::engine::{Pick, Session};
    for path in touchpoint::content::files::scenario_files(&[root().join("scenarios")]) {
        let enc = crate::common::load(&path);
        let mut seen = std::collections::BTreeSet::new();
        for seed in 0..30 {
            let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, seed).unwrap();
            while !s.is_finished() {
                s.choose(&Pick::Number(1), 0).unwrap();
            }
            let st = s.state();
            seen.insert((
                st.start_mood.anger,
                st.decisions
                    .iter()
                    .map(|d| d.reaction.clone())
                    .collect::<Vec<_>>(),
            ));
        }
        assert!(
            seen.len() > 3,
            "{}: only {} different runs",
            path.display(),
            seen.len()
        );
    }
}

/// Issue 6's quality gates on every shipped encounter, by the same analysis as
/// `touchpoint analyze` on two seeds (a debug build explores ~10x slower than a release
/// one; `.ci/run` runs the full release analysis of every encounter on 16 seeds):
/// no dead end, a pass without any taboo, no pass with one, and random trainees pass
/// less than 20% of the time; and the exact bounds contain every score that random
/// playthroughs of those seeds reach.
#[test]
fn every_shipped_encounter_passes_the_analysis_gates() {
    use touchpoint::engine::analysis::{Options, analyze};
    let paths = touchpoint::content::files::scenario_files(&[root().join("scenarios")]);
    let check = |path: &std::path::PathBuf| {
        let enc = crate::common::load(path);
        let opts = Options {
            seeds: vec![1, 2],
            runs: 4000,
            ..Options::default()
        };
        let a = analyze(&enc.scenario, &enc.catalog, &opts, &mut |_, _, _| {});
        let id = &enc.scenario.id;
        assert!(a.dead_ends.is_empty(), "{id}: dead ends {:?}", a.dead_ends);
        assert!(a.pass_without_taboo, "{id}: no pass without a taboo");
        assert!(
            !a.pass_with_taboo,
            "{id}: a pass with a taboo: {:?}",
            a.pass_with_taboo_path
        );
        let mc = a.monte_carlo.expect("a Monte Carlo run");
        assert!(
            mc.pass_rate < 0.2,
            "{id}: random trainees pass {:.1}%",
            mc.pass_rate * 100.0
        );
        let best = a.best.expect("a best path");
        assert!(
            best.score >= 85,
            "{id}: best path scores only {}",
            best.score
        );
        // The exact bounds contain every score a random playthrough of the analysed
        // seeds reaches, overall and per competency.
        assert!(a.exact, "{id}: the analysis of two seeds should be exact");
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for k in 0..200usize {
            let r = random_play(&enc, opts.seeds[k % 2], &mut x);
            assert!(
                (a.score.min..=a.score.max).contains(&r.score),
                "{id}: a random play scored {} outside {:?}",
                r.score,
                a.score
            );
            for c in &r.competencies {
                if let Some(b) = a.competencies.get(&c.id) {
                    assert!(
                        (b.min..=b.max).contains(&c.score),
                        "{id}: {} scored {} outside {b:?}",
                        c.id,
                        c.score
                    );
                }
            }
        }
    };
    std::thread::scope(|s| {
        let (a, b) = paths.split_at(paths.len() / 2);
        let h = s.spawn(|| a.iter().for_each(check));
        b.iter().for_each(check);
        h.join().unwrap();
    });
}

/// Every reply tagged with techniques cites where the courseware teaches them: a comment
/// naming the seed file just above its `follows`/`breaks`, and only the five seed files.
#[test]
fn every_tagged_reply_cites_its_seed_file() {
    const SEEDS: [&str; 5] = [
        "000_887c387e8d5af035.txt",
        "001_2b5000950ad7790a.txt",
        "002_61f473d333e03107.txt",
        "003_ab2cbd483b0f63d8.txt",
        "004_e4eed2c1050720f6.txt",
    ];
    let cites = |line: &str| {
        line.split_once("//")
            .is_some_and(|(_, c)| SEEDS.iter().any(|s| c.contains(s)))
    };
    for p in touchpoint::content::files::scenario_files(&[root().join("scenarios")]) {
        let text = std::fs::read_to_string(&p).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            for word in l.split(|c: char| !c.is_ascii_alphanumeric() && c != '_') {
                // A seed file's stem: `00N_` and 16 hex digits.
                if word.starts_with("00") && word.len() == 20 && word.as_bytes()[3] == b'_' {
                    assert!(
                        SEEDS.iter().any(|s| s.starts_with(word)),
                        "{}:{}: unknown seed file `{word}`",
                        p.display(),
                        i + 1
                    );
                }
            }
            let code = l.split("//").next().unwrap_or("");
            if code.contains("follows:") || code.contains("breaks:") {
                let from = i.saturating_sub(14);
                assert!(
                    lines[from..=i].iter().any(|l| cites(l)),
                    "{}:{}: a tagged reply without a comment citing its seed file",
                    p.display(),
                    i + 1
                );
            }
        }
    }
}

/// Every encounter offers some replies only in some moods (or after something was said
/// or done), and varies customer lines with the mood.
#[test]
fn every_encounter_gates_replies_and_varies_lines_by_mood() {
    use touchpoint::engine::scenario::Cond;
    fn on_mood(c: &Cond) -> bool {
        match c {
            Cond::AngerBelow(_)
            | Cond::AngerAtLeast(_)
            | Cond::TrustBelow(_)
            | Cond::TrustAtLeast(_)
            | Cond::PatienceBelow(_)
            | Cond::PatienceAtLeast(_) => true,
            Cond::All(cs) | Cond::Any(cs) => cs.iter().any(on_mood),
            Cond::Not(c) => on_mood(c),
            _ => false,
        }
    }
    for path in touchpoint::content::files::scenario_files(&[root().join("scenarios")]) {
        let enc = crate::common::load(&path);
        let s = &enc.scenario;
        let choices = || s.nodes.iter().flat_map(|n| &n.choices);
        let gated = choices().filter(|c| c.when.is_some()).count();
        let mood_gated = choices()
            .filter(|c| c.when.as_ref().is_some_and(on_mood))
            .count();
        let toned = s.nodes.iter().filter(|n| !n.tones.is_empty()).count();
        assert!(
            gated >= 2 && mood_gated >= 1 && toned >= 3,
            "{}: {gated} gated replies ({mood_gated} on mood), {toned} nodes with tones",
            s.id
        );
    }
}

/// The course's cases (COURSEWARE.md §4) are in the catalog, in both languages, and
/// every shipped encounter names one of them.
#[test]
fn the_catalog_lists_the_courses_cases_and_every_encounter_names_one() {
    use touchpoint::engine::scenario::Setting;
    let (catalog, _) =
        touchpoint::content::encounter::load_catalog(&root().join("scenarios/catalog.ron"))
            .unwrap();
    assert_eq!(catalog.cases.len(), 17);
    for (id, setting) in [
        (
            "case_ringback_unknowing_subscription",
            Setting::BusinessHall,
        ),
        ("case_hotel_room_cleanliness", Setting::HotelLobby),
        ("case_car_repair_not_fixed", Setting::Showroom),
        ("case_property_sales_visit", Setting::SalesOffice),
        ("case_dissatisfied_callback", Setting::Phone),
    ] {
        let c = catalog.case(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(c.setting, setting, "{id}");
        assert!(!c.seeds.is_empty());
    }
    for lang in ["zh-CN", "en-US"] {
        let ftl =
            std::fs::read_to_string(root().join(format!("locales/{lang}/catalog.ftl"))).unwrap();
        for c in &catalog.cases {
            assert!(ftl.contains(&format!("\n{} = ", c.id)), "{lang}: {}", c.id);
        }
    }
    for path in touchpoint::content::files::scenario_files(&[root().join("scenarios")]) {
        let enc = crate::common::load(&path);
        let case = enc
            .scenario
            .case
            .as_deref()
            .expect("every shipped encounter has a case");
        assert!(catalog.case(case).is_some(), "{}: {case}", path.display());
    }
}

/// Replies of random attempts on every shipped encounter: the procedure items of the
/// feedback name what the encounter offers (a technique some reply follows, and a
/// better reply that performs the step), and no technique is reported both as a
/// breach and as a missing step.
#[test]
fn procedure_feedback_names_what_the_encounter_offers_and_says_it_once() {
    use touchpoint::engine::scoring::FeedbackKind;
    for path in touchpoint::content::files::scenario_files(&[root().join("scenarios")]) {
        let enc = crate::common::load(&path);
        let followed: std::collections::BTreeSet<&str> = enc
            .scenario
            .nodes
            .iter()
            .flat_map(|n| n.choices.iter())
            .flat_map(|c| c.follows.iter().map(String::as_str))
            .collect();
        let reply = |id: &str| {
            enc.scenario
                .nodes
                .iter()
                .flat_map(|n| n.choices.iter())
                .find(|c| c.id == id)
        };
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut seen = 0;
        for seed in 0..150 {
            let a = random_play(&enc, seed, &mut x);
            for f in &a.feedback {
                if !matches!(f.kind, FeedbackKind::Order | FeedbackKind::MissingStep) {
                    continue;
                }
                seen += 1;
                assert!(
                    followed.contains(f.technique.as_str()),
                    "{}: a {:?} item names `{}`, which no reply of the encounter follows",
                    path.display(),
                    f.kind,
                    f.technique
                );
                let p = enc
                    .catalog
                    .procedure(f.procedure.as_deref().unwrap())
                    .unwrap();
                let step_of = |id: &str| p.steps.iter().find(|s| s.id == id).unwrap();
                let wanted = match f.kind {
                    FeedbackKind::MissingStep => f.step.as_deref(),
                    _ => f.skipped.as_deref(),
                };
                if let (Some(b), Some(step)) = (&f.better, wanted) {
                    let c = reply(b).unwrap();
                    assert!(
                        step_of(step)
                            .techniques
                            .iter()
                            .any(|t| c.follows.contains(t)),
                        "{}: better reply `{b}` does not perform step `{step}`",
                        path.display()
                    );
                }
                if f.kind == FeedbackKind::MissingStep {
                    assert!(f.better.is_some(), "{}: {f:?}", path.display());
                    assert!(
                        !a.feedback
                            .iter()
                            .any(|g| g.kind == FeedbackKind::Breach && g.technique == f.technique),
                        "{}: `{}` reported as a missing step and as a breach",
                        path.display(),
                        f.technique
                    );
                }
            }
        }
        assert!(
            seen > 0 || enc.scenario.procedures.is_empty(),
            "{}",
            path.display()
        );
    }
}

/// Procedure steps are worded so that they fit every setting they are used in: no
/// step or procedure name speaks of one trade (property sales, the business hall, a
/// handshake and a business card…).
#[test]
fn procedure_names_fit_every_setting() {
    let (catalog, _) =
        touchpoint::content::encounter::load_catalog(&root().join("scenarios/catalog.ron"))
            .unwrap();
    let trade_words = [
        "售楼",
        "楼盘",
        "握手",
        "名片",
        "营业厅",
        "厅主任",
        "PRE-TOUR",
        "WARM UP",
        "property",
        "business card",
        "handshake",
        "store manager",
        "business hall",
    ];
    for lang in ["zh-CN", "en-US"] {
        let ftl =
            std::fs::read_to_string(root().join(format!("locales/{lang}/catalog.ftl"))).unwrap();
        let mut in_proc = false;
        for line in ftl.lines() {
            if let Some((id, _)) = line.split_once(" = ")
                && !id.starts_with(' ')
            {
                in_proc = catalog.procedure(id.trim()).is_some();
            }
            if in_proc {
                for w in trade_words {
                    assert!(!line.contains(w), "{lang}: `{w}` in {line}");
                }
            }
        }
    }
}

/// The debrief names a source by the course's own title for it; the file name stays in
/// the result file for instructors.
#[test]
fn feedback_names_sources_by_the_courses_titles() {
    let scenario = root().join("scenarios/ringback_complaint.ron");
    let enc = crate::common::load(&scenario);
    let novice = enc
        .scenario
        .nodes
        .iter()
        .find(|n| n.id == enc.scenario.start)
        .unwrap();
    let bad = novice
        .choices
        .iter()
        .find(|c| !c.breaks.is_empty())
        .expect("a careless first reply");
    for (lang, titles) in [
        (
            "en-US",
            &[
                "Raising customer satisfaction",
                "Service and sales in the business hall",
                "Customer satisfaction training overview",
                "Service as customers perceive it",
            ][..],
        ),
        (
            "zh-CN",
            &[
                "客户满意度提升关键培训课件",
                "营业厅与集团客户服务营销课程",
                "客户满意度培训概要",
                "营业厅顾客满意度提升",
                "基于用户感知的提升",
            ][..],
        ),
    ] {
        let out = tempfile::tempdir().unwrap();
        let args = |json: bool| {
            let mut v = vec![
                "play".to_string(),
                scenario.display().to_string(),
                "--seed".into(),
                "3".into(),
                "--locale".into(),
                lang.into(),
                "--choices".into(),
                format!("{},1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1", bad.id),
                "--out".into(),
                out.path().join("r.json").display().to_string(),
            ];
            if json {
                v.push("--json".into());
            }
            v
        };
        // Play until the encounter ends (extra numbers are refused: find how many).
        let mut n = 1;
        let (o, text) = loop {
            let mut a = args(false);
            let list = a[7].split(',').take(n).collect::<Vec<_>>().join(",");
            a[7] = list;
            let refs: Vec<&str> = a.iter().map(String::as_str).collect();
            let o = touchpoint(&refs);
            if o.status.code() != Some(3) {
                let text = stdout(&o);
                break (o, text);
            }
            n += 1;
            assert!(n < 40, "{}", stderr(&o));
        };
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let sources: Vec<&str> = text
            .lines()
            .filter(|l| {
                l.trim_start()
                    .starts_with(if lang == "en-US" { "Source" } else { "出处" })
            })
            .collect();
        assert!(!sources.is_empty(), "{text}");
        assert!(
            sources.iter().all(|l| !l.contains(".txt")),
            "{lang}: {sources:?}"
        );
        assert!(
            sources.iter().all(|l| titles.iter().any(|t| l.contains(t))),
            "{lang}: {sources:?}"
        );
        let mut a = args(true);
        a[7] = a[7].split(',').take(n).collect::<Vec<_>>().join(",");
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        let j = crate::common::json(&touchpoint(&refs));
        let f = &j["feedback"][0];
        assert!(f["seeds"][0].as_str().unwrap().ends_with(".txt"), "{f}");
        assert_eq!(
            f["seeds"].as_array().unwrap().len(),
            f["sources"].as_array().unwrap().len()
        );
        assert!(!f["sources"][0].as_str().unwrap().ends_with(".txt"), "{f}");
    }
}

/// Review (low, issue 14 §3.8): a technique's source was shown by the course's title
/// for the seed file only ("《客户满意度培训概要》…"), not "module and lesson". It shows
/// the lesson too, from the technique's `.lesson-<source>` attribute, in the attempt's
/// language; the result file keeps the seed file names for instructors.
#[test]
fn feedback_names_the_source_by_course_and_lesson() {
    use touchpoint::engine::{Pick, Session, assess};
    use touchpoint::results::record::{self, Meta, Trainee};
    let enc = crate::common::load(&root().join("scenarios/ringback_complaint.ron"));
    // Straight to the records with an angry customer: mood_before_matter is broken.
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 1).unwrap();
    while !s.is_finished() {
        s.choose(&Pick::Number(1), 0).unwrap();
    }
    let a = assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
    for (locale, lesson) in [
        (
            "zh-CN",
            "《客户满意度培训概要》：汽车经销商的投诉处理 · 投诉处理的原则",
        ),
        (
            "en-US",
            "Customer satisfaction training overview: complaint handling at a car dealer · Principles of complaint handling",
        ),
    ] {
        let texts = enc.texts(locale);
        let meta = Meta {
            attempt_id: "01a2d3e4-0000-7000-8000-00000000000b".into(),
            trainee: Trainee {
                id: "t".into(),
                name: "t".into(),
            },
            cohort: None,
            locale: locale.into(),
            started_at: "2026-12-01T08:00:00.000Z".into(),
            ended_at: "2026-12-01T08:05:00.000Z".into(),
        };
        let rec = record::record(&enc, &texts, s.state(), &a, meta);
        let f = rec
            .feedback
            .iter()
            .find(|f| f.technique == "mood_before_matter")
            .expect("the feelings-first breach");
        assert_eq!(f.seeds, vec!["002_61f473d333e03107.txt".to_string()]);
        assert_eq!(f.sources, vec![lesson.to_string()], "{locale}");
        // Every item of the path names a lesson for each of its sources.
        for f in &rec.feedback {
            assert_eq!(f.sources.len(), f.seeds.len());
            assert!(
                f.sources.iter().all(|s| s.contains(" · ")),
                "{locale}: {} {:?}",
                f.technique,
                f.sources
            );
        }
    }
}
