//! xAPI statements and LRS posting.
//!
//! The validator here is written from the xAPI 1.0.3 specification (Part Two, "Data",
//! sections 2.4 Statement properties, 4.1 Extensions, 4.2 Language Maps, 4.4 UUIDs,
//! 4.5 Timestamps, 4.6 Durations) and cmi5 (Quartz, 9.3 verb ordering, 9.5 result
//! rules), not from the code under test: it shares no helper with `results::xapi`.
//! Mutated statements prove it is not vacuous. Statements of real attempts (every
//! scripted path of every shipped encounter, in both languages, finished and
//! abandoned) must pass it.
//!
//! The LRS client is tested against a real HTTP server on 127.0.0.1 in a thread.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::{Value, json};
use touchpoint::content::encounter::Encounter;
use touchpoint::engine::scenario_test::ScenarioTests;
use touchpoint::engine::{Pick, Session, assess};
use touchpoint::results::lrs::{self, Credentials, Lrs};
use touchpoint::results::record::{self, AttemptRecord, Meta, Trainee};
use touchpoint::results::xapi::{self, XapiOptions};

use crate::common::{load, root};

pub(crate) use touchpoint_cmi5_lms::xapi_check::*;

// ---------------------------------------------------------------------------------
// Attempts played on the shipped encounters through the library.
// ---------------------------------------------------------------------------------

const T0: &str = "2026-11-30T09:00:00.000Z";

fn elapsed(i: usize) -> u64 {
    1_500 + 250 * (i as u64 % 8)
}

/// Plays `choices` on a shipped encounter; `abandon_after` quits after that many.
fn play(
    enc: &Encounter,
    choices: &[String],
    seed: u64,
    locale: &str,
    cohort: Option<&str>,
    abandon_after: Option<usize>,
) -> Option<AttemptRecord> {
    let texts = enc.texts(locale);
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, seed).ok()?;
    let mut taken = 0;
    for (i, c) in choices.iter().enumerate() {
        if s.is_finished() || abandon_after.is_some_and(|n| i >= n) {
            break;
        }
        s.choose(&Pick::parse(c), elapsed(i)).ok()?;
        taken += elapsed(i);
    }
    let started = humantime::parse_rfc3339(T0).unwrap();
    let meta = Meta {
        attempt_id: {
            // Deterministic and distinct per path (SipHash with fixed keys).
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (&enc.scenario.id, choices, seed, locale, abandon_after).hash(&mut h);
            format!(
                "0194c2a0-0000-7000-8000-{:012x}",
                h.finish() & 0xffff_ffff_ffff
            )
        },
        trainee: Trainee {
            id: "t-0042".into(),
            name: "王小明".into(),
        },
        cohort: cohort.map(str::to_string),
        locale: locale.into(),
        started_at: record::rfc3339(started),
        ended_at: record::rfc3339(started + Duration::from_millis(taken + 4_000)),
    };
    if abandon_after.is_some() {
        return Some(record::abandoned(enc, &texts, s.state(), meta));
    }
    if !s.is_finished() {
        return None;
    }
    let a = assess(&enc.scenario, &enc.catalog, s.state()).ok()?;
    Some(record::record(enc, &texts, s.state(), &a, meta))
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

pub(crate) const EXPERT: &[&str] = &[
    "req_listen",
    "ask_specific",
    "sev_honest",
    "conf_read_back",
    "dinner_two_ways",
    "ahead_clear_room",
    "emerg_clear",
    "profile_record",
    "bk_check_now",
    "bye_remembered",
];
pub(crate) const NOVICE: &[&str] = &[
    "req_listen",
    "ask_anything_else",
    "sev_should_be_fine",
    "conf_ask_again",
    "dinner_ask_restaurant",
    "ahead_warn_her",
    "emerg_not_sure",
    "profile_tell_kitchen",
    "bk_ask_waiter",
    "bye_plain",
];
/// Perfect but for one overpromise: a critical taboo, failed above the pass mark.
pub(crate) const OVERPROMISE: &[&str] = &[
    "req_listen",
    "ask_specific",
    "sev_guarantee",
    "conf_read_back",
    "dinner_two_ways",
    "ahead_clear_room",
    "emerg_clear",
    "profile_record",
    "bk_check_now",
    "bye_remembered",
];

pub(crate) fn hotel(choices: &[&str], locale: &str, abandon_after: Option<usize>) -> AttemptRecord {
    play(
        &load(&root().join("scenarios/hotel_allergy_request.ron")),
        &strings(choices),
        1,
        locale,
        Some("2026 秋季 第一期"),
        abandon_after,
    )
    .expect("the hotel path plays")
}

fn verbs(stmts: &[Value]) -> Vec<&str> {
    stmts
        .iter()
        .map(|s| {
            let id = s["verb"]["id"].as_str().unwrap();
            id.rsplit('/').next().unwrap()
        })
        .collect()
}

fn assert_valid(stmts: &[Value], what: &str) {
    let p = problems(stmts);
    assert!(
        p.is_empty(),
        "{what}: {} problem(s):\n{}\n{}",
        p.len(),
        p.join("\n"),
        serde_json::to_string_pretty(stmts).unwrap()
    );
}

// ---------------------------------------------------------------------------------
// Statements.
// ---------------------------------------------------------------------------------

#[test]
fn the_validator_knows_the_spec_formats() {
    for ok in [
        "PT1M3.25S",
        "PT0S",
        "P3Y1M29DT4H35M59.14S",
        "P4W",
        "PT4H35M59.14S",
        "P1D",
        "PT1.5H",
    ] {
        assert!(parse_duration(ok).is_some(), "{ok}");
    }
    for bad in [
        "", "P", "PT", "1M3S", "PT1M3.25", "P4W1D", "PT1S2M", "PT.5S", "PT1.5M3S", "P1H", "pt1s",
    ] {
        assert!(parse_duration(bad).is_none(), "{bad}");
    }
    assert_eq!(parse_duration("PT1M3.25S"), Some(63.25));
    for ok in [
        "en-US",
        "zh-CN",
        "zh-Hans-CN",
        "es",
        "es-419",
        "de-CH-1996",
        "x-klingon",
        "sl-rozaj-biske",
        "en-a-bbb-x-a-ccc",
    ] {
        assert!(is_language_tag(ok), "{ok}");
    }
    for bad in [
        "", "english", "en_US", "e", "en--US", "zh-CN-", "a-DE", "en-x",
    ] {
        assert!(!is_language_tag(bad), "{bad}");
    }
    assert_eq!(parse_timestamp("1970-01-01T00:00:01.5Z"), Some(1_500));
    assert_eq!(parse_timestamp("1970-01-01T08:00:00+08:00"), Some(0));
    for bad in [
        "2026-11-30T09:00:00",
        "2026-02-30T09:00:00Z",
        "2026-11-30 09:00:00Z",
        "2026-11-30T24:00:00Z",
    ] {
        assert!(parse_timestamp(bad).is_none(), "{bad}");
    }
    assert!(is_uuid("8f87ccde-bb56-4c2e-ab83-44982ef22df0"));
    assert!(
        !is_uuid("8f87ccde-bb56-8c2e-ab83-44982ef22df0"),
        "version 8 is not RFC 4122"
    );
    assert!(!is_uuid("8f87ccde-bb56-4c2e-cb83-44982ef22df0"), "variant");
    assert!(is_iri("https://touchpoint.training/xapi/cohorts/%E7%AC%AC"));
    assert!(!is_iri("#fragment") && !is_iri("no scheme") && !is_iri("https://a b"));
}

#[test]
fn uuid_v5_matches_rfc_4122() {
    const DNS: [u8; 16] = [
        0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
        0xc8,
    ];
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    assert_eq!(
        xapi::uuid_v5(DNS, "python.org"),
        "886313e1-3b8a-5372-9b90-0c9aee199e5d"
    );
    assert_eq!(
        xapi::uuid_v5(
            xapi::NAMESPACE_URL,
            "https://touchpoint.training/xapi/attempts/a/statements/0"
        ),
        "8454640c-5ca7-5930-86a8-8c29a6d86aca"
    );
    assert_eq!(xapi::iso8601_duration(63_250), "PT1M3.25S");
    assert_eq!(xapi::iso8601_duration(0), "PT0S");
    assert_eq!(xapi::iso8601_duration(3_600_000), "PT1H");
    assert_eq!(xapi::iso8601_duration(3_723_400), "PT1H2M3.4S");
}

#[test]
fn a_passed_attempt_gives_the_cmi5_sequence_with_score_and_every_decision() {
    let rec = hotel(EXPERT, "zh-CN", None);
    assert!(rec.passed, "the expert path passes (score {})", rec.score);
    let stmts = xapi::statements(&rec, &XapiOptions::default());
    assert_valid(&stmts, "passed");
    let n = rec.transcript.len();
    let m = rec.competencies.len();
    let mut expect = vec!["initialized"];
    expect.extend(std::iter::repeat_n("answered", n));
    expect.extend(["completed", "passed"]);
    expect.extend(std::iter::repeat_n("scored", m));
    expect.push("terminated");
    assert_eq!(verbs(&stmts), expect);

    let reg = xapi::registration(&rec);
    assert!(stmts.iter().all(|s| s["context"]["registration"] == reg));
    assert!(stmts.iter().all(|s| s["context"]["language"] == "zh-CN"));
    assert!(
        stmts
            .iter()
            .all(|s| s["context"]["platform"] == "Touchpoint")
    );
    assert!(stmts.iter().all(|s| {
        s["context"]["contextActivities"]["grouping"][0]["id"]
            .as_str()
            .unwrap()
            .starts_with("https://touchpoint.training/xapi/cohorts/2026%20")
    }));
    assert_eq!(
        stmts[0]["actor"],
        json!({"objectType": "Agent", "name": "王小明",
               "account": {"homePage": "https://touchpoint.training/xapi", "name": "t-0042"}})
    );

    let passed = &stmts[n + 2];
    let score = &passed["result"]["score"];
    assert_eq!(score["raw"], json!(rec.score));
    assert_eq!(
        (score["min"].clone(), score["max"].clone()),
        (json!(0), json!(100))
    );
    assert!((score["scaled"].as_f64().unwrap() - f64::from(rec.score) / 100.0).abs() < 1e-9);
    assert_eq!(passed["result"]["success"], true);
    assert!(passed["result"].get("completion").is_none(), "cmi5 9.5.3");
    assert_eq!(stmts[n + 1]["result"]["completion"], true);

    // Each decision: the node, the reply and its text, techniques and mood change,
    // at the start plus the time taken so far.
    let start = humantime::parse_rfc3339(T0).unwrap();
    let mut taken = 0;
    for (i, t) in rec.transcript.iter().enumerate() {
        let s = &stmts[1 + i];
        taken += t.elapsed_ms;
        assert!(s["object"]["id"].as_str().unwrap().ends_with(&format!(
            "/encounters/hotel_allergy_request/nodes/{}",
            t.node
        )));
        let def = &s["object"]["definition"];
        assert_eq!(def["interactionType"], "choice");
        assert_eq!(def["choices"][0]["id"], json!(t.choice));
        assert_eq!(
            def["choices"][0]["description"]["zh-CN"],
            json!(t.choice_text)
        );
        assert_eq!(s["result"]["response"], json!(t.choice));
        let ext = &s["result"]["extensions"];
        let base = "https://touchpoint.training/xapi/extensions";
        assert_eq!(ext[format!("{base}/techniques-followed")], json!(t.follows));
        assert_eq!(ext[format!("{base}/techniques-broken")], json!(t.breaks));
        let mood = &ext[format!("{base}/mood")];
        assert_eq!(mood["before"]["trust"], json!(t.mood_before.trust));
        assert_eq!(mood["after"]["anger"], json!(t.mood_after.anger));
        assert_eq!(
            mood["delta"]["patience"],
            json!(t.mood_after.patience - t.mood_before.patience)
        );
        assert_eq!(
            s["timestamp"],
            json!(record::rfc3339(start + Duration::from_millis(taken)))
        );
        assert_eq!(
            s["context"]["contextActivities"]["parent"][0]["id"],
            stmts[0]["object"]["id"]
        );
    }
    // Competencies: one objective each, scored as recorded.
    for (k, (id, v)) in rec.competencies.iter().enumerate() {
        let s = &stmts[n + 3 + k];
        assert_eq!(
            s["object"]["id"],
            json!(format!(
                "https://touchpoint.training/xapi/competencies/{id}"
            ))
        );
        assert_eq!(
            s["object"]["definition"]["type"],
            "http://adlnet.gov/expapi/activities/objective"
        );
        assert_eq!(s["result"]["score"]["raw"], *v);
    }
    assert_eq!(stmts.last().unwrap()["timestamp"], json!(rec.ended_at));
}

#[test]
fn failed_critical_taboo_and_abandoned_attempts_are_valid_and_say_what_happened() {
    let failed = hotel(NOVICE, "en-US", None);
    assert!(!failed.passed && failed.critical.is_empty());
    let s = xapi::statements(&failed, &XapiOptions::default());
    assert_valid(&s, "failed");
    assert!(verbs(&s).contains(&"failed") && !verbs(&s).contains(&"passed"));

    let taboo = hotel(OVERPROMISE, "zh-CN", None);
    assert!(!taboo.passed && !taboo.critical.is_empty());
    assert!(
        taboo.score >= taboo.pass_mark,
        "this case is interesting because the score is above the pass mark ({} >= {})",
        taboo.score,
        taboo.pass_mark
    );
    let s = xapi::statements(&taboo, &XapiOptions::default());
    assert_valid(&s, "critical taboo");
    let f = s
        .iter()
        .find(|x| verbs(std::slice::from_ref(x))[0] == "failed")
        .unwrap();
    assert_eq!(f["result"]["success"], false);
    assert_eq!(
        f["result"]["extensions"]["https://touchpoint.training/xapi/extensions/critical-breaches"],
        json!(taboo.critical)
    );

    let quit = hotel(EXPERT, "zh-CN", Some(3));
    assert_eq!(quit.status, "abandoned");
    let s = xapi::statements(&quit, &XapiOptions::default());
    assert_valid(&s, "abandoned");
    assert_eq!(
        verbs(&s),
        [
            "initialized",
            "answered",
            "answered",
            "answered",
            "abandoned"
        ]
    );
    assert!(s.iter().all(|x| x["result"].get("score").is_none()));
    assert!(parse_duration(s[4]["result"]["duration"].as_str().unwrap()).is_some());
}

#[test]
fn every_scripted_path_of_every_shipped_encounter_gives_valid_statements() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".test.ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    let (mut attempts, mut statements, mut kinds) = (0, 0, BTreeSet::new());
    for (f, file) in files.iter().enumerate() {
        let name = file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".test.ron", "");
        let tests: ScenarioTests = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let enc = load(&root().join("scenarios").join(format!("{name}.ron")));
        for (c, case) in tests.tests.iter().enumerate() {
            let seed = case.seeds[0];
            let locale = ["zh-CN", "en-US"][(f + c) % 2];
            let cohort = [Some("cohort-1"), None][c % 2];
            let half = Some(case.choices.len().div_ceil(2));
            for abandon in [None, half] {
                let Some(rec) = play(&enc, &case.choices, seed, locale, cohort, abandon) else {
                    continue;
                };
                let s = xapi::statements(&rec, &XapiOptions::default());
                assert!(!s.is_empty());
                assert_valid(&s, &format!("{name} / {} / abandon {abandon:?}", case.name));
                kinds.insert((rec.status.clone(), rec.passed, !rec.critical.is_empty()));
                attempts += 1;
                statements += s.len();
            }
        }
    }
    assert!(attempts > 100, "{attempts} attempts");
    for k in [
        ("finished".to_string(), true, false),
        ("finished".to_string(), false, false),
        ("finished".to_string(), false, true),
        ("abandoned".to_string(), false, false),
    ] {
        assert!(kinds.contains(&k), "no attempt of kind {k:?}");
    }
    eprintln!("{attempts} attempts, {statements} statements, all valid");
}

#[test]
fn statements_are_deterministic_and_the_base_is_configurable() {
    let rec = hotel(EXPERT, "en-US", None);
    let a = xapi::statements(&rec, &XapiOptions::default());
    assert_eq!(a, xapi::statements(&rec, &XapiOptions::default()));
    let other = XapiOptions::new("https://lms.example.com/touchpoint/");
    let b = xapi::statements(&rec, &other);
    assert_valid(&b, "other base");
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_ne!(x["id"], y["id"], "ids depend on the base");
        assert_eq!(x["context"]["registration"], y["context"]["registration"]);
        assert!(
            y["object"]["id"]
                .as_str()
                .unwrap()
                .starts_with("https://lms.example.com/touchpoint/")
        );
    }
    assert_eq!(
        b[0]["actor"]["account"]["homePage"],
        "https://lms.example.com/touchpoint"
    );
    for bad in [
        "touchpoint.training",
        "ftp://x",
        "https://",
        "https://a b",
        "https://u:p@host/x",
    ] {
        assert!(xapi::check_base(bad).is_err(), "{bad}");
        assert!(xapi::try_statements(&rec, &XapiOptions::new(bad)).is_err());
    }
    // A record whose times are not RFC 3339 is refused with its attempt named.
    let mut broken = rec.clone();
    broken.started_at = "yesterday".into();
    let e = xapi::try_statements(&broken, &XapiOptions::default()).unwrap_err();
    assert!(e.to_string().contains(&rec.attempt_id) && e.to_string().contains("started_at"));
    assert!(xapi::statements(&broken, &XapiOptions::default()).is_empty());
    // Scripted play takes no time: timestamps still increase strictly.
    let mut instant = rec.clone();
    for t in &mut instant.transcript {
        t.elapsed_ms = 0;
    }
    instant.ended_at = instant.started_at.clone();
    let s = xapi::statements(&instant, &XapiOptions::default());
    assert_valid(&s, "zero-time attempt");
    let ts: Vec<i64> = s
        .iter()
        .map(|x| parse_timestamp(x["timestamp"].as_str().unwrap()).unwrap())
        .collect();
    assert!(ts.windows(2).all(|w| w[0] < w[1]), "{ts:?}");
    let all = xapi::statements_for_all([&rec, &instant], &XapiOptions::default()).unwrap();
    assert_eq!(all.len(), a.len() + s.len());
}

/// A mutation and a word its report must contain.
type Mutation = (&'static str, fn(&mut Vec<Value>), &'static str);

#[test]
fn the_validator_catches_what_the_spec_forbids() {
    let rec = hotel(EXPERT, "zh-CN", None);
    let good = xapi::statements(&rec, &XapiOptions::default());
    assert_valid(&good, "baseline");
    let n = rec.transcript.len();
    fn find<'a>(s: &'a mut [Value], verb: &str) -> &'a mut Value {
        s.iter_mut()
            .find(|x| x["verb"]["id"].as_str().unwrap().ends_with(verb))
            .unwrap()
    }
    let mutations: Vec<Mutation> = vec![
        (
            "scaled 1.5",
            |s| find(s, "/passed")["result"]["score"]["scaled"] = json!(1.5),
            "outside [-1, 1]",
        ),
        (
            "raw 120",
            |s| find(s, "/passed")["result"]["score"]["raw"] = json!(120),
            "above max",
        ),
        (
            "raw below min",
            |s| find(s, "/scored")["result"]["score"]["raw"] = json!(-5),
            "below min",
        ),
        (
            "min = max",
            |s| find(s, "/passed")["result"]["score"]["min"] = json!(100),
            "less than max",
        ),
        (
            "score on initialized",
            |s| s[0]["result"] = json!({"score": {"scaled": 0.5}}),
            "only passed/failed",
        ),
        (
            "score on terminated",
            |s| {
                find(s, "/terminated")["result"]["score"] = json!({"raw": 50, "min": 0, "max": 100})
            },
            "only passed/failed",
        ),
        (
            "bad duration",
            |s| find(s, "/passed")["result"]["duration"] = json!("1M3S"),
            "ISO 8601 duration",
        ),
        (
            "duration without unit",
            |s| find(s, "/terminated")["result"]["duration"] = json!("PT63.25"),
            "ISO 8601 duration",
        ),
        (
            "duration missing on passed",
            |s| {
                find(s, "/passed")["result"]
                    .as_object_mut()
                    .unwrap()
                    .remove("duration");
            },
            "requires result.duration",
        ),
        (
            "passed without success",
            |s| find(s, "/passed")["result"]["success"] = json!(false),
            "success true",
        ),
        (
            "completion on passed",
            |s| find(s, "/passed")["result"]["completion"] = json!(true),
            "completion",
        ),
        (
            "success on initialized",
            |s| s[0]["result"] = json!({"success": true}),
            "must not carry result.success",
        ),
        (
            "timestamp without zone",
            |s| s[1]["timestamp"] = json!("2026-11-30T09:00:01.500"),
            "time zone",
        ),
        (
            "impossible date",
            |s| s[1]["timestamp"] = json!("2026-02-30T09:00:01Z"),
            "time zone",
        ),
        (
            "id not a UUID",
            |s| s[2]["id"] = json!("statement-2"),
            "not a UUID",
        ),
        (
            "id version 8",
            |s| s[2]["id"] = json!("8f87ccde-bb56-8c2e-ab83-44982ef22df0"),
            "not a UUID",
        ),
        (
            "duplicate id",
            |s| s[3]["id"] = s[2]["id"].clone(),
            "used twice",
        ),
        (
            "registration not a UUID",
            |s| s[1]["context"]["registration"] = json!("attempt-1"),
            "not a UUID",
        ),
        (
            "two IFIs",
            |s| s[0]["actor"]["mbox"] = json!("mailto:a@example.com"),
            "exactly one",
        ),
        (
            "no IFI",
            |s| {
                s[0]["actor"].as_object_mut().unwrap().remove("account");
            },
            "exactly one",
        ),
        (
            "homePage not an IRL",
            |s| s[0]["actor"]["account"]["homePage"] = json!("touchpoint"),
            "IRL",
        ),
        (
            "verb id not an IRI",
            |s| s[0]["verb"]["id"] = json!("initialized"),
            "not an IRI",
        ),
        (
            "display key not a language tag",
            |s| s[0]["verb"]["display"] = json!({"english": "x"}),
            "language tag",
        ),
        (
            "activity id relative",
            |s| s[1]["object"]["id"] = json!("nodes/req"),
            "absolute IRI",
        ),
        (
            "type not an IRI",
            |s| s[1]["object"]["definition"]["type"] = json!("cmi.interaction"),
            "must be an IRI",
        ),
        (
            "unknown interaction type",
            |s| s[1]["object"]["definition"]["interactionType"] = json!("multiple-choice"),
            "interaction type",
        ),
        (
            "choices on a numeric",
            |s| s[1]["object"]["definition"]["interactionType"] = json!("numeric"),
            "component list",
        ),
        (
            "choices without ids",
            |s| s[1]["object"]["definition"]["choices"] = json!([{"description": {"en-US": "x"}}]),
            "required string",
        ),
        (
            "response not a choice",
            |s| s[1]["result"]["response"] = json!("something_else"),
            "not one of",
        ),
        (
            "extension key not an IRI",
            |s| s[1]["result"]["extensions"]["mood"] = json!(1),
            "not an IRI",
        ),
        (
            "context language",
            |s| s[1]["context"]["language"] = json!("Chinese"),
            "RFC 5646",
        ),
        (
            "unknown property",
            |s| s[1]["score"] = json!(1),
            "not defined by xAPI",
        ),
        (
            "unknown context type",
            |s| s[1]["context"]["contextActivities"]["sibling"] = json!([]),
            "not a context type",
        ),
        ("version", |s| s[1]["version"] = json!("1.0.3"), "1.0.0"),
        (
            "statement after terminated",
            |s| {
                let mut extra = s[1].clone();
                extra["id"] = json!("8f87ccde-bb56-4c2e-ab83-44982ef22df0");
                extra["timestamp"] = json!("2099-01-01T00:00:00.000Z");
                s.push(extra);
            },
            "comes after",
        ),
        (
            "initialized not first",
            |s| s[0]["timestamp"] = json!("2026-11-30T09:00:02.000Z"),
            "not the first",
        ),
        (
            "both passed and failed",
            |s| {
                let mut f = find(s, "/passed").clone();
                f["verb"]["id"] = json!("http://adlnet.gov/expapi/verbs/failed");
                f["result"]["success"] = json!(false);
                f["id"] = json!("8f87ccde-bb56-4c2e-ab83-44982ef22df1");
                s.insert(s.len() - 1, f);
            },
            "both passed and failed",
        ),
        (
            "two terminated",
            |s| {
                let mut t = find(s, "/terminated").clone();
                t["id"] = json!("8f87ccde-bb56-4c2e-ab83-44982ef22df2");
                s.push(t);
            },
            "more than one terminated",
        ),
        (
            "no terminated",
            |s| {
                s.pop();
            },
            "no terminated",
        ),
        (
            "failed at the mastery score",
            |s| {
                let f = find(s, "/passed");
                f["verb"]["id"] = json!("http://adlnet.gov/expapi/verbs/failed");
                f["result"]["success"] = json!(false);
                f["context"]["extensions"][MASTERY_SCORE] = json!(0.5);
            },
            "masteryScore",
        ),
        (
            "terminated longer than the session",
            |s| find(s, "/terminated")["result"]["duration"] = json!("PT5H"),
            "longer than",
        ),
    ];
    assert!(n > 0);
    for (what, mutate, expect) in mutations {
        let mut s = good.clone();
        mutate(&mut s);
        let p = problems(&s);
        assert!(
            p.iter().any(|e| e.contains(expect)),
            "mutation {what:?} not caught (wanted {expect:?}); reports: {p:#?}"
        );
    }
}

// ---------------------------------------------------------------------------------
// The LRS client against a real HTTP server.
// ---------------------------------------------------------------------------------

const USER: &str = "trainer";
const PASSWORD: &str = "pä ssw0rd:x";
/// base64("trainer:pä ssw0rd:x") computed independently (Python's base64).
const BASIC: &str = "Basic dHJhaW5lcjpww6Qgc3N3MHJkOng=";

#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path: String,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
    status: u16,
}

/// A tiny HTTP/1.1 server: answers requests in turn with the given statuses (200
/// when they run out), recording each request before it answers.
struct Server {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl Server {
    fn start(listener: TcpListener, answers: &[u16]) -> Server {
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let mut answers: VecDeque<u16> = answers.iter().copied().collect();
        let (seen2, stop2) = (seen.clone(), stop.clone());
        let handle = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(mut conn) = conn else { continue };
                let Some((method, path, headers, body)) = read_request(&conn) else {
                    continue;
                };
                let status = answers.pop_front().unwrap_or(200);
                let reply = match status {
                    200 => {
                        let ids: Vec<Value> = serde_json::from_slice::<Vec<Value>>(&body)
                            .unwrap_or_default()
                            .iter()
                            .map(|s| s["id"].clone())
                            .collect();
                        serde_json::to_string(&ids).unwrap()
                    }
                    400 => {
                        r#"{"error":true,"message":"Statement 3: result.score.raw is above max"}"#
                            .into()
                    }
                    _ => "{}".into(),
                };
                seen2.lock().unwrap().push(Seen {
                    method,
                    path,
                    headers,
                    body,
                    status,
                });
                let _ = write!(
                    conn,
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\nX-Experience-API-Version: 1.0.3\r\n\r\n{reply}",
                    reply.len()
                );
                let _ = conn.flush();
            }
        });
        Server {
            port,
            seen,
            stop,
            handle: Some(handle),
        }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

type Request = (String, String, BTreeMap<String, String>, Vec<u8>);

fn read_request(conn: &TcpStream) -> Option<Request> {
    conn.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let mut r = BufReader::new(conn);
    let mut line = String::new();
    r.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next()?.to_string(), parts.next()?.to_string());
    let mut headers = BTreeMap::new();
    loop {
        let mut h = String::new();
        r.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
    }
    let mut body = Vec::new();
    if let Some(n) = headers.get("content-length") {
        body.resize(n.parse().ok()?, 0);
        r.read_exact(&mut body).ok()?;
    } else if headers
        .get("transfer-encoding")
        .is_some_and(|t| t.contains("chunked"))
    {
        loop {
            let mut size = String::new();
            r.read_line(&mut size).ok()?;
            let n = usize::from_str_radix(size.trim(), 16).ok()?;
            let mut chunk = vec![0; n + 2];
            r.read_exact(&mut chunk).ok()?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
    }
    Some((method, path, headers, body))
}

fn credentials() -> Credentials {
    Credentials::from_env(|k| match k {
        "TOUCHPOINT_LRS_USER" => Some(USER.into()),
        "TOUCHPOINT_LRS_PASSWORD" => Some(PASSWORD.into()),
        _ => None,
    })
    .unwrap()
}

/// The statements of a few real attempts.
fn some_statements() -> Vec<Value> {
    let recs = [
        hotel(EXPERT, "zh-CN", None),
        hotel(NOVICE, "en-US", None),
        hotel(EXPERT, "zh-CN", Some(4)),
    ];
    xapi::statements_for_all(&recs, &XapiOptions::default()).unwrap()
}

/// An LRS exchange's notes in English, and each as its key and arguments.
fn lines<N: std::fmt::Display + std::fmt::Debug>(notes: &[N]) -> Vec<String> {
    notes
        .iter()
        .flat_map(|n| [n.to_string(), format!("{n:?}")])
        .collect()
}

fn queue_files(dir: &Path) -> Vec<std::path::PathBuf> {
    lrs::queued_files(dir).unwrap()
}

/// No password, no Authorization value, anywhere in these texts.
fn assert_no_secret(texts: &[String], what: &str) {
    let token = BASIC.trim_start_matches("Basic ");
    for t in texts {
        assert!(
            !t.contains(PASSWORD) && !t.contains(token) && !t.contains("ssw0rd"),
            "{what} shows a credential: {t}"
        );
    }
}

fn bind_again(port: u16) -> TcpListener {
    for _ in 0..50 {
        if let Ok(l) = TcpListener::bind(("127.0.0.1", port)) {
            return l;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("port {port} did not come free");
}

#[test]
fn an_unreachable_lrs_queues_and_a_later_flush_delivers_everything_once_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let queue = dir.path().join("lrs-queue");
    let stmts = some_statements();
    assert!(stmts.len() > 30);
    // A port with nothing listening: the LRS is down.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/xapi/");
    let lrs = Lrs::new(&url, Some(credentials()))
        .unwrap()
        .with_batch_size(7)
        .with_timeout(Duration::from_secs(10));
    let batches: Vec<&[Value]> = stmts.chunks(7).collect();

    let first = lrs::post(&lrs, &stmts, &queue).unwrap();
    assert_eq!(
        (first.sent, first.queued, first.rejected),
        (0, stmts.len(), 0),
        "{first:?}"
    );
    assert!(
        first
            .messages
            .iter()
            .any(|m| m.to_string().contains("cannot reach")),
        "{first:?}"
    );
    let files = queue_files(&queue);
    assert_eq!(files.len(), batches.len());
    let mut on_disk = Vec::new();
    let mut texts = lines(&first.messages);
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        on_disk.extend(serde_json::from_str::<Vec<Value>>(&text).unwrap());
        texts.push(text);
    }
    assert_eq!(on_disk, stmts, "the queue holds every statement, in order");
    assert_no_secret(&texts, "queue files and messages");

    // The LRS comes back on the same address, but first answers 503.
    let server = Server::start(bind_again(port), &[503]);
    let busy = lrs::flush(&lrs, &queue).unwrap();
    assert_eq!(
        (busy.sent, busy.queued, busy.rejected),
        (0, stmts.len(), 0),
        "{busy:?}"
    );
    assert!(
        busy.messages.iter().any(|m| m.to_string().contains("503")),
        "{busy:?}"
    );
    assert_eq!(
        queue_files(&queue).len(),
        batches.len(),
        "nothing is lost on a 503"
    );

    // Then it takes statements: new ones posted now go after the queued ones.
    let more = xapi::statements(&hotel(NOVICE, "zh-CN", Some(2)), &XapiOptions::default());
    let done = lrs::post(&lrs, &more, &queue).unwrap();
    assert_eq!(
        (done.sent, done.queued, done.rejected),
        (stmts.len() + more.len(), 0, 0),
        "{done:?}"
    );
    assert!(queue_files(&queue).is_empty());
    assert!(!queue.join("rejected").exists());

    let seen = server.seen();
    assert_eq!(seen[0].status, 503);
    assert_eq!(seen[0].body, serde_json::to_vec(batches[0]).unwrap());
    let delivered: Vec<&Seen> = seen.iter().filter(|s| s.status == 200).collect();
    assert_eq!(delivered.len(), seen.len() - 1);
    let mut got = Vec::new();
    for s in &delivered {
        let batch: Vec<Value> = serde_json::from_slice(&s.body).unwrap();
        assert!(batch.len() <= 7);
        got.extend(batch);
    }
    let mut want = stmts.clone();
    want.extend(more);
    assert_eq!(got, want, "every statement delivered once, in order");
    for s in &seen {
        assert_eq!(s.method, "POST");
        assert_eq!(s.path, "/xapi/statements");
        assert_eq!(
            s.headers
                .get("x-experience-api-version")
                .map(String::as_str),
            Some("1.0.3")
        );
        assert_eq!(
            s.headers.get("content-type").map(String::as_str),
            Some("application/json")
        );
        assert_eq!(
            s.headers.get("authorization").map(String::as_str),
            Some(BASIC)
        );
    }
    let mut all = lines(&busy.messages);
    all.extend(lines(&done.messages));
    all.push(format!("{lrs:?} {:?}", credentials()));
    assert_no_secret(&all, "messages and Debug");
}

#[test]
fn conflict_is_delivered_bad_request_is_rejected_with_the_lrs_message_and_401_waits() {
    let dir = tempfile::tempdir().unwrap();
    let queue = dir.path().join("q");
    let stmts = some_statements();
    let size = stmts.len().div_ceil(4);
    let batches: Vec<&[Value]> = stmts.chunks(size).collect();
    assert_eq!(batches.len(), 4);
    // Batch 1 taken; batch 2 answered 409 (one of its ids is already stored), so its
    // statements go one by one: the first is the stored one (409), the second is
    // refused (400), the rest are taken; batch 3 refused whole (400); batch 4 taken.
    let mut answers = vec![200, 409, 409, 400];
    answers.extend(std::iter::repeat_n(200, batches[1].len() - 2));
    answers.extend([400, 200]);
    let server = Server::start(TcpListener::bind("127.0.0.1:0").unwrap(), &answers);
    let lrs = Lrs::new(
        &format!("http://127.0.0.1:{}/xapi", server.port),
        Some(credentials()),
    )
    .unwrap()
    .with_batch_size(size);
    let s = lrs::post(&lrs, &stmts, &queue).unwrap();
    assert_eq!(s.rejected, 1 + batches[2].len(), "{s:?}");
    assert_eq!(s.sent, stmts.len() - 1 - batches[2].len());
    assert_eq!(s.queued, 0);
    assert!(
        lines(&s.messages)
            .iter()
            .any(|m| m.contains("HTTP 400") && m.contains("result.score.raw is above max")),
        "the LRS's own message is reported: {s:?}"
    );
    let rejected = lrs::queued_files(&queue.join("rejected")).unwrap();
    assert_eq!(rejected.len(), 2, "{rejected:?}");
    let mut kept: Vec<Vec<Value>> = rejected
        .iter()
        .map(|f| serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap())
        .collect();
    kept.sort_by_key(Vec::len);
    assert_eq!(
        kept[0],
        [batches[1][1].clone()],
        "the one refused statement of batch 2"
    );
    assert_eq!(kept[1], batches[2]);
    assert!(queue_files(&queue).is_empty());
    // What the LRS received: each statement of batch 2 once more, on its own.
    let seen = server.seen();
    assert_eq!(seen.len(), 4 + batches[1].len());
    for (k, st) in batches[1].iter().enumerate() {
        let body: Vec<Value> = serde_json::from_slice(&seen[2 + k].body).unwrap();
        assert_eq!(body, std::slice::from_ref(st));
    }
    // Rejected batches are not retried by themselves.
    let again = lrs::flush(&lrs, &queue).unwrap();
    assert_eq!((again.sent, again.queued, again.rejected), (0, 0, 0));
    assert_eq!(server.seen().len(), 4 + batches[1].len());
    drop(server);

    // Wrong credentials: nothing is rejected, everything waits, the message says why.
    let server = Server::start(TcpListener::bind("127.0.0.1:0").unwrap(), &[401]);
    let lrs = Lrs::new(
        &format!("http://127.0.0.1:{}/xapi", server.port),
        Some(credentials()),
    )
    .unwrap()
    .with_batch_size(size);
    let q2 = dir.path().join("q2");
    let s = lrs::post(&lrs, &stmts, &q2).unwrap();
    assert_eq!((s.sent, s.queued, s.rejected), (0, stmts.len(), 0), "{s:?}");
    assert!(lines(&s.messages).iter().any(|m| m.contains("credentials")));
    assert_no_secret(&lines(&s.messages), "401 message");
    assert_eq!(server.seen().len(), 1, "stops at the first refusal");
}

#[test]
fn lrs_settings_never_show_the_password() {
    let get = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        lrs::default_queue_dir(get(&[("XDG_DATA_HOME", "/d"), ("HOME", "/h")])),
        Path::new("/d/touchpoint/lrs-queue")
    );
    assert_eq!(
        lrs::default_queue_dir(get(&[("HOME", "/h")])),
        Path::new("/h/.local/share/touchpoint/lrs-queue")
    );
    assert_eq!(
        lrs::default_queue_dir(get(&[("TOUCHPOINT_LRS_QUEUE", "/q"), ("HOME", "/h")])),
        Path::new("/q")
    );
    assert!(Credentials::from_env(get(&[("TOUCHPOINT_LRS_PASSWORD", "x")])).is_none());
    let e = Lrs::new("ftp://admin:hunter2@lrs.example.com/xapi", None).unwrap_err();
    assert!(!e.to_string().contains("hunter2"), "{e}");
    let e = Lrs::new("https://admin:hunter2@lrs.example.com/xapi", None).unwrap_err();
    assert!(
        !e.to_string().contains("hunter2") && e.to_string().contains("TOUCHPOINT_LRS_PASSWORD"),
        "{e}"
    );
    let l = Lrs::new(
        "https://lrs.example.com/xapi/statements/",
        Some(credentials()),
    )
    .unwrap();
    assert!(!format!("{l:?}").contains("ssw0rd") && !l.sends_credentials_in_clear());
    let clear = Lrs::new("http://lrs.example.com/xapi", Some(credentials())).unwrap();
    assert!(clear.sends_credentials_in_clear());
}

// ---------------------------------------------------------------------------------
// The command line: `results export --format xapi [--out F] [--lrs URL]`, `results flush`.
// ---------------------------------------------------------------------------------

/// A store with `n` simulated attempts (the fixture encounters), in `dir`.
fn store_with(dir: &Path, n: usize) -> std::path::PathBuf {
    let files = dir.join("files");
    crate::common::synth_files(&files, n);
    let store = dir.join("s.sqlite3");
    crate::common::import_files(&store, &files);
    store
}

fn tp_lrs(store: &Path, queue: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", store.to_str().unwrap()])
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env(lrs::QUEUE_VAR, queue)
        .env(lrs::USER_VAR, "trainer")
        .env(lrs::PASSWORD_VAR, "pä ssw0rd:x")
        .output()
        .unwrap()
}

#[test]
fn the_exported_statements_of_a_store_pass_the_validator_and_reach_the_lrs_once() {
    let d = tempfile::tempdir().unwrap();
    let store = store_with(d.path(), 40);
    let queue = d.path().join("queue");
    let out = d.path().join("statements.json");
    let o = tp_lrs(
        &store,
        &queue,
        &[
            "results",
            "export",
            "--format",
            "xapi",
            "--out",
            out.to_str().unwrap(),
            "--quiet",
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(0), "{err}");
    let stmts: Vec<Value> = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(stmts.len() > 40 * 4, "{} statements", stmts.len());
    let p = problems(&stmts);
    assert!(p.is_empty(), "{p:#?}");
    assert!(
        err.contains(&format!("{} statement(s) of 40 attempt(s)", stmts.len())),
        "{err}"
    );

    // The LRS is down: everything is queued, the command says so and fails.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/xapi");
    let o = tp_lrs(
        &store,
        &queue,
        &[
            "results", "export", "--format", "xapi", "--lrs", &url, "--quiet",
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("0 statement(s) sent, {} queued", stmts.len())),
        "{err}"
    );
    assert!(!err.contains("ssw0rd"), "{err}");
    // It is back: `results flush` delivers the queue, once, in order.
    let server = Server::start(bind_again(port), &[]);
    let o = tp_lrs(&store, &queue, &["results", "flush", "--lrs", &url]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&format!("{} statement(s) sent, 0 queued", stmts.len())),
        "{err}"
    );
    let seen = server.seen();
    let got: Vec<Value> = seen
        .iter()
        .flat_map(|s| serde_json::from_slice::<Vec<Value>>(&s.body).unwrap())
        .collect();
    assert_eq!(got, stmts, "every statement once, in the file's order");
    for s in &seen {
        assert_eq!(s.method, "POST");
        assert_eq!(s.path, "/xapi/statements");
        assert_eq!(
            s.headers.get("authorization").map(String::as_str),
            Some(BASIC)
        );
    }
    // Nothing left to send; --lrs is for xAPI only.
    let o = tp_lrs(&store, &queue, &["results", "flush", "--lrs", &url]);
    assert_eq!(o.status.code(), Some(0));
    let o = tp_lrs(
        &store,
        &queue,
        &["results", "export", "--format", "csv", "--lrs", &url],
    );
    assert_eq!(o.status.code(), Some(2));
}

/// Review R-H1: an attempt stored unverified was sent as `passed` with `success`
/// true and nothing saying its score is only what its file says. Statements of
/// stored attempts now carry a `verified` result extension, and stay valid.
#[test]
fn statements_of_stored_attempts_say_whether_the_attempt_was_verified() {
    let rec = hotel(EXPERT, "en-US", None);
    assert!(rec.passed);
    let opts = XapiOptions::default();
    let key = format!("{}/extensions/verified", xapi::DEFAULT_BASE);
    for verified in [true, false] {
        let stmts = xapi::try_stored_statements(&rec, &opts, verified).unwrap();
        assert_valid(&stmts, "stored");
        let passed = stmts
            .iter()
            .find(|s| verbs(std::slice::from_ref(s)) == ["passed"])
            .unwrap();
        assert_eq!(passed["result"]["extensions"][&key], json!(verified));
        assert_eq!(passed["result"]["success"], json!(true));
    }
    // From the store's export: attempts imported without their version are unverified.
    let d = tempfile::tempdir().unwrap();
    let store = store_with(d.path(), 5);
    let out = d.path().join("statements.json");
    let o = tp_lrs(
        &store,
        &d.path().join("queue"),
        &[
            "results",
            "export",
            "--format",
            "xapi",
            "--out",
            out.to_str().unwrap(),
            "--quiet",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let stmts: Vec<Value> = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(problems(&stmts).is_empty(), "{:#?}", problems(&stmts));
    let judged: Vec<&Value> = stmts
        .iter()
        .filter(|s| matches!(verbs(std::slice::from_ref(s))[0], "passed" | "failed"))
        .collect();
    assert!(!judged.is_empty());
    for s in judged {
        assert_eq!(s["result"]["extensions"][&key], json!(false), "{s}");
    }
}

/// Review R-L9: what sending to an LRS says (why the statements stay queued, the
/// summary) was English whatever the
/// environment's language. A zh-CN environment now gets it in Chinese.
#[test]
fn a_chinese_environment_is_told_about_the_lrs_in_chinese() {
    let d = tempfile::tempdir().unwrap();
    let store = store_with(d.path(), 2);
    let queue = d.path().join("queue");
    // Nothing listens on this port: the LRS cannot be reached.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/xapi");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", store.to_str().unwrap()])
        .args([
            "results", "export", "--format", "xapi", "--lrs", &url, "--quiet",
        ])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .env(lrs::QUEUE_VAR, &queue)
        .env(lrs::USER_VAR, "trainer")
        .env(lrs::PASSWORD_VAR, "pä ssw0rd:x")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("无法连接") && err.contains("排队"), "{err}");
    assert!(err.contains("已发送 0 条语句"), "{err}");
    assert!(
        !err.contains("cannot reach") && !err.contains("statement(s) sent"),
        "{err}"
    );
    assert!(!err.contains("pä ssw0rd"), "{err}");
}

/// Issue 17: a cmi5 session's statements delivered in order without a queue of the
/// client's own: the session's token as `Authorization: Basic {token}`; a batch the
/// LRS refuses (409: it has one of them; 400: it will not take one) sent again one
/// at a time; a refused one reported and passed over; an LRS that cannot take more
/// now stops the delivery where it is, so that none overtakes another; the token in
/// no message.
#[test]
fn a_cmi5_sessions_statements_are_delivered_in_order_with_its_token() {
    let stmts: Vec<Value> = (0..4)
        .map(|k| json!({"id": format!("00000000-0000-4000-8000-00000000000{k}")}))
        .collect();
    let token = "c2VjcmV0LXNlc3Npb24tdG9rZW4=";
    // Delivered in one request.
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let srv = Server::start(l, &[200]);
    let lrs = Lrs::for_session(&format!("http://127.0.0.1:{}/xapi/", srv.port), token).unwrap();
    let d = lrs::deliver(&lrs, &stmts);
    assert_eq!((d.done, d.refused.len(), d.stopped.is_none()), (4, 0, true));
    let seen = srv.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, "/xapi/statements");
    assert_eq!(seen[0].headers["authorization"], format!("Basic {token}"));
    assert_eq!(seen[0].headers["x-experience-api-version"], "1.0.3");
    drop(srv);
    // 409 on the batch, then one at a time: the second refused (400), the third
    // already there (409), the fourth cannot be taken now (503).
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let srv = Server::start(l, &[409, 200, 400, 409, 503]);
    let lrs = Lrs::for_session(&format!("http://127.0.0.1:{}/xapi", srv.port), token).unwrap();
    let d = lrs::deliver(&lrs, &stmts);
    assert_eq!(d.done, 3, "{d:?}");
    assert_eq!(d.refused.len(), 1);
    assert_eq!(d.refused[0].0, 1);
    assert!(d.refused[0].1.contains("HTTP 400"), "{d:?}");
    let why = d.stopped.as_ref().expect("stopped at the fourth");
    assert_eq!(why.key, "hr-lrs-busy");
    let seen = srv.seen();
    assert_eq!(seen.len(), 5);
    let one: Vec<Value> = serde_json::from_slice(&seen[4].body).unwrap();
    assert_eq!(one, [stmts[3].clone()]);
    assert!(!format!("{d:?}{why:?}").contains(token));
    // Nothing to send: no request.
    assert_eq!(lrs::deliver(&lrs, &[]).done, 0);
    assert_eq!(srv.seen().len(), 5);
}
