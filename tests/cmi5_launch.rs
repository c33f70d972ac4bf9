//! Issue 17: what an encounter launched from an LMS reads (the launch parameters of
//! cmi5 §8.1 and the `LMS.LaunchData` document of §10) and the statements it sends
//! (§9), built by `results::cmi5::launch` (pure). The server's launch route and a test
//! LMS speaking the spec's side are tested elsewhere; here, the rules one by one.

use serde_json::{Value, json};
use touchpoint::results::cmi5::launch::{
    self, CATEGORY_CMI5, CATEGORY_MOVEON, EXT_MASTERY_SCORE, EXT_SESSION_ID, Launch, LaunchMode,
    Told,
};
use touchpoint::results::xapi::XapiOptions;

use crate::xapi::{EXPERT, NOVICE, OVERPROMISE, hotel, problems};

const AU: &str = "https://touchpoint.training/xapi/encounters/hotel_allergy_request";
const ACTIVITY: &str = "https://lms.example.com/courses/7/aus/3";
const REGISTRATION: &str = "760e3480-ba55-4991-94b0-01820dbd23a2";
const SESSION: &str = "a3b7c1e0-5f44-4c1b-9d3e-2f6a8b0c4d11";

fn actor() -> Value {
    json!({"objectType": "Agent", "name": "王小明",
           "account": {"homePage": "https://lms.example.com", "name": "1625378"}})
}

fn pairs(over: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut p: Vec<(&str, String)> = vec![
        ("endpoint", "https://lms.example.com/xapi".into()),
        ("fetch", "https://lms.example.com/token?k=2390289x0".into()),
        ("actor", actor().to_string()),
        ("registration", REGISTRATION.into()),
        ("activityId", ACTIVITY.into()),
    ];
    for (k, v) in over {
        p.retain(|(n, _)| n != k);
        if !v.is_empty() {
            p.push((k, v.to_string()));
        }
    }
    p
}

/// The launch parameters read, or their problems in English.
fn read(p: &[(&'static str, String)]) -> Result<launch::LaunchParams, Vec<String>> {
    launch::launch_params(p.iter().map(|(k, v)| (*k, v.as_str())))
        .map_err(|e| e.iter().map(ToString::to_string).collect())
}

fn data(mode: &str, mastery: Option<f64>) -> String {
    let mut d = json!({
        "contextTemplate": {
            "contextActivities": {"grouping": [{"id": AU, "objectType": "Activity"}]},
            "extensions": {EXT_SESSION_ID: SESSION},
        },
        "launchMode": mode,
        "moveOn": "Passed",
        "returnURL": "https://lms.example.com/courses/7",
    });
    if let Some(m) = mastery {
        d["masteryScore"] = json!(m);
    }
    d.to_string()
}

fn launch_with(mode: &str, mastery: Option<f64>) -> Launch {
    Launch {
        params: read(&pairs(&[])).unwrap(),
        data: launch::launch_data(&data(mode, mastery)).unwrap(),
    }
}

fn verbs(s: &[Value]) -> Vec<&str> {
    s.iter()
        .map(|s| {
            s["verb"]["id"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        })
        .collect()
}

fn categories(s: &Value) -> Vec<&str> {
    s["context"]["contextActivities"]["category"]
        .as_array()
        .map(|a| a.iter().map(|c| c["id"].as_str().unwrap()).collect())
        .unwrap_or_default()
}

/// The session's statements: `initialized`, then the rest.
fn session(rec_choices: &[&str], l: &Launch, told: Told) -> (Vec<Value>, Told) {
    let rec = hotel(rec_choices, "zh-CN", None);
    let (rest, now) = launch::closing(&rec, &XapiOptions::default(), l, told).unwrap();
    let mut all = vec![launch::initialized(l, 1_764_000_000_000)];
    all.extend(rest);
    (all, now)
}

#[test]
fn launch_parameters_are_read_in_any_order_and_each_problem_is_named() {
    let mut p = pairs(&[]);
    p.reverse();
    let got = read(&p).unwrap();
    assert_eq!(got.endpoint, "https://lms.example.com/xapi/");
    assert_eq!(got.actor, actor());
    assert_eq!(got.registration, REGISTRATION);
    assert_eq!(got.activity_id, ACTIVITY);
    for (over, says) in [
        (vec![("endpoint", "")], "`endpoint` is missing"),
        (vec![("fetch", "")], "`fetch` is missing"),
        (
            vec![("fetch", "ftp://x/y")],
            "`fetch` is \"ftp://x/y\": expected an absolute http",
        ),
        (
            vec![("registration", "12345")],
            "`registration` is \"12345\": expected a UUID",
        ),
        (
            vec![("activityId", "not an iri")],
            "`activityId` is \"not an iri\"",
        ),
        (
            vec![("actor", "{\"mbox\":\"mailto:a@b.c\"}")],
            "`actor` has no `account`",
        ),
        (vec![("actor", "{not json")], "`actor` is not JSON"),
        (
            vec![(
                "actor",
                "{\"objectType\":\"Group\",\"account\":{\"homePage\":\"https://x\",\"name\":\"n\"}}",
            )],
            "objectType \"Agent\"",
        ),
    ] {
        let e = read(&pairs(&over)).unwrap_err();
        assert!(e.iter().any(|m| m.contains(says)), "{over:?}: {e:?}");
    }
    // All at once: each named.
    let e = read(&[("actor", "[]".to_string())]).unwrap_err();
    assert_eq!(e.len(), 5, "{e:?}");
    // Twice the same name: refused, not one silently chosen.
    let mut twice = pairs(&[]);
    twice.push(("registration", REGISTRATION.into()));
    assert!(read(&twice).unwrap_err()[0].contains("more than once"));
}

#[test]
fn launch_data_is_read_and_its_problems_named() {
    let d = launch::launch_data(&data("Browse", Some(0.8))).unwrap();
    assert_eq!(d.launch_mode, LaunchMode::Browse);
    assert_eq!(d.mastery_score, Some(0.8));
    assert_eq!(
        d.return_url.as_deref(),
        Some("https://lms.example.com/courses/7")
    );
    assert_eq!(d.move_on, "Passed");
    for (doc, says) in [
        ("{", "is not JSON"),
        ("{\"launchMode\":\"Normal\"}", "no contextTemplate"),
        (
            "{\"contextTemplate\":{},\"launchMode\":\"Play\"}",
            "launchMode Some(\"Play\")",
        ),
        (
            "{\"contextTemplate\":{},\"launchMode\":\"Normal\",\"masteryScore\":1.5}",
            "masteryScore 1.5",
        ),
        (
            "{\"contextTemplate\":{},\"launchMode\":\"Normal\",\"returnURL\":3}",
            "returnURL 3",
        ),
    ] {
        let e = launch::launch_data(doc).unwrap_err();
        assert!(e.contains(says), "{doc}: {e}");
    }
}

#[test]
fn a_session_is_initialized_first_terminated_last_in_the_launchs_terms() {
    let l = launch_with("Normal", None);
    let (s, told) = session(EXPERT, &l, Told::default());
    let v = verbs(&s);
    assert_eq!(v.first(), Some(&"initialized"));
    assert_eq!(v.last(), Some(&"terminated"));
    let at = |verb: &str| v.iter().position(|x| *x == verb).unwrap();
    assert!(
        at("answered") < at("completed") && at("completed") < at("passed"),
        "{v:?}"
    );
    assert_eq!(v.iter().filter(|x| **x == "answered").count(), 10);
    assert_eq!(
        told,
        Told {
            completed: true,
            passed: true
        }
    );
    let p = problems(&s);
    assert!(p.is_empty(), "{p:?}");
    let mut ids = std::collections::BTreeSet::new();
    for st in &s {
        let verb = st["verb"]["id"].as_str().unwrap();
        assert_eq!(st["actor"], actor(), "{verb}");
        assert_eq!(st["context"]["registration"], REGISTRATION, "{verb}");
        assert_eq!(
            st["context"]["extensions"][EXT_SESSION_ID], SESSION,
            "{verb}"
        );
        let grouping = &st["context"]["contextActivities"]["grouping"];
        assert!(
            grouping.as_array().unwrap().iter().any(|g| g["id"] == AU),
            "{verb}: the publisher id in grouping"
        );
        assert!(ids.insert(st["id"].as_str().unwrap().to_string()));
        let name = verb.rsplit('/').next().unwrap();
        let cats = categories(st);
        match name {
            "initialized" | "terminated" => {
                assert_eq!(st["object"]["id"], ACTIVITY, "{name}");
                assert_eq!(cats, [CATEGORY_CMI5], "{name}");
            }
            "completed" | "passed" | "failed" => {
                assert_eq!(st["object"]["id"], ACTIVITY, "{name}");
                assert_eq!(cats, [CATEGORY_CMI5, CATEGORY_MOVEON], "{name}");
            }
            // cmi5 allowed: the template, no category.
            _ => assert!(cats.is_empty(), "{name}: {cats:?}"),
        }
    }
    // Made again (the LRS was down): the same statements, the same ids.
    assert_eq!(session(EXPERT, &l, Told::default()).0, s);
    // Another session of the same registration: other ids.
    let mut other = l.clone();
    other.data.context_template["extensions"][EXT_SESSION_ID] = json!("another-session");
    let (o, _) = session(EXPERT, &other, Told::default());
    assert!(o.iter().all(|st| !ids.contains(st["id"].as_str().unwrap())));
}

#[test]
fn a_registration_is_told_completed_and_passed_once_and_never_failed_after_passed() {
    let l = launch_with("Normal", None);
    let (_, told) = session(EXPERT, &l, Told::default());
    // Played again in the same registration: passed again, then failed.
    let (again, told2) = session(EXPERT, &l, told);
    assert_eq!(
        verbs(&again)
            .iter()
            .filter(|v| ["completed", "passed", "failed"].contains(v))
            .count(),
        0
    );
    assert_eq!(told2, told);
    let (failed_after, _) = session(NOVICE, &l, told);
    assert!(
        !verbs(&failed_after).contains(&"failed"),
        "{:?}",
        verbs(&failed_after)
    );
    // Failed first, then passed: both sent (a pass may follow a fail).
    let (first, t1) = session(NOVICE, &l, Told::default());
    assert!(verbs(&first).contains(&"failed"));
    assert_eq!(
        t1,
        Told {
            completed: true,
            passed: false
        }
    );
    let (second, t2) = session(EXPERT, &l, t1);
    assert!(verbs(&second).contains(&"passed") && !verbs(&second).contains(&"completed"));
    assert_eq!(
        t2,
        Told {
            completed: true,
            passed: true
        }
    );
    for s in [again, failed_after, first, second] {
        assert!(problems(&s).is_empty(), "{:?}", problems(&s));
    }
}

#[test]
fn a_mastery_score_never_contradicts_touchpoints_verdict() {
    // The expert's pass (a high score) with a mastery score it reaches: scored.
    let (s, _) = session(EXPERT, &launch_with("Normal", Some(0.5)), Told::default());
    let passed = s
        .iter()
        .find(|s| s["verb"]["id"].as_str().unwrap().ends_with("passed"))
        .unwrap();
    assert!(passed["result"]["score"]["scaled"].as_f64().unwrap() >= 0.5);
    assert_eq!(passed["context"]["extensions"][EXT_MASTERY_SCORE], 0.5);
    let scaled = passed["result"]["score"]["scaled"].as_f64().unwrap();
    assert!(scaled < 1.0, "the expert path scores under 100: {scaled}");
    // A pass below the mastery score: still passed (Touchpoint's verdict), without
    // the score that would contradict it.
    let above = ((scaled + 0.01) * 100.0).round() / 100.0;
    let (s, _) = session(EXPERT, &launch_with("Normal", Some(above)), Told::default());
    let passed = s
        .iter()
        .find(|s| s["verb"]["id"].as_str().unwrap().ends_with("passed"))
        .unwrap();
    assert!(passed["result"].get("score").is_none(), "{passed}");
    assert_eq!(passed["result"]["success"], true);
    assert_eq!(passed["context"]["extensions"][EXT_MASTERY_SCORE], above);
    // A critical taboo fails above the mastery score: failed, without the score.
    let (s, _) = session(
        OVERPROMISE,
        &launch_with("Normal", Some(0.5)),
        Told::default(),
    );
    let failed = s
        .iter()
        .find(|s| s["verb"]["id"].as_str().unwrap().ends_with("failed"))
        .unwrap();
    assert_eq!(failed["result"]["success"], false);
    assert!(failed["result"].get("score").is_none(), "{failed}");
    assert_eq!(failed["context"]["extensions"][EXT_MASTERY_SCORE], 0.5);
    // Without the rule, the same attempt's score is sent (it is above 0.5).
    let (s, _) = session(OVERPROMISE, &launch_with("Normal", None), Told::default());
    let failed = s
        .iter()
        .find(|s| s["verb"]["id"].as_str().unwrap().ends_with("failed"))
        .unwrap();
    assert!(
        failed["result"]["score"]["scaled"].as_f64().unwrap() >= 0.5,
        "{failed}"
    );
}

#[test]
fn browse_and_review_judge_nothing() {
    for mode in ["Browse", "Review"] {
        let (s, told) = session(EXPERT, &launch_with(mode, None), Told::default());
        let v = verbs(&s);
        assert!(
            !v.iter()
                .any(|x| ["completed", "passed", "failed"].contains(x)),
            "{mode}: {v:?}"
        );
        assert_eq!((v[0], *v.last().unwrap()), ("initialized", "terminated"));
        assert_eq!(told, Told::default());
    }
}

#[test]
fn an_lms_learner_is_one_trainee_per_account() {
    let a = actor();
    let id = launch::trainee_id(&a);
    assert!(id.starts_with("lms-") && id.len() == 24, "{id}");
    assert!(touchpoint::results::record::valid_trainee_id(&id), "{id}");
    assert_eq!(launch::trainee_id(&a), id);
    let mut other = a.clone();
    other["account"]["homePage"] = json!("https://another-lms.example.com");
    assert_ne!(launch::trainee_id(&other), id);
    assert_eq!(launch::trainee_name(&a), "王小明");
    let mut unnamed = a;
    unnamed.as_object_mut().unwrap().remove("name");
    assert_eq!(launch::trainee_name(&unnamed), "1625378");
}

/// The store's side of launches (also on PostgreSQL, by `store_pg`): a session and
/// its `initialized`, its closing statements queued once however many processes try,
/// each registration told `passed` once even when two of its sessions close at the
/// same moment, statements kept until marked delivered.
pub fn launches_are_kept_in_the_store(loc: &touchpoint::results::store::Location) {
    use touchpoint::results::store::{Cmi5Session, LiveAttempt, ServerWrite, Store};
    let enc =
        crate::common::load(&crate::common::root().join("scenarios/hotel_allergy_request.ron"));
    let mut s = Store::open(loc).unwrap();
    let attempt = |k: u8, ended: bool| LiveAttempt {
        attempt_id: format!("01900000-0000-7000-8000-0000000000{k:02x}"),
        user_id: "lms-0123456789abcdef0123".into(),
        cohort: None,
        scenario_id: enc.scenario.id.clone(),
        content_hash: enc.content_hash.clone(),
        locale: "zh-CN".into(),
        assessed: true,
        seed: 9,
        started_ms: 1,
        shown_ms: 1,
        replies: String::new(),
        ended,
    };
    let session = |k: u8, a: &LiveAttempt| Cmi5Session {
        session_id: format!("session-{k}"),
        attempt_id: a.attempt_id.clone(),
        registration: REGISTRATION.into(),
        activity_id: ACTIVITY.into(),
        scenario_id: enc.scenario.id.clone(),
        endpoint: "https://lms.example.com/xapi/".into(),
        auth_token: "dG9rZW4=".into(),
        actor: actor().to_string(),
        launch_data: data("Normal", None),
        created_ms: i64::from(k),
        closed: false,
    };
    let (a1, a2, a3) = (attempt(1, false), attempt(2, true), attempt(3, true));
    let took = s
        .write_together(&[
            ServerWrite::Start(&a1, &enc),
            ServerWrite::Start(&a2, &enc),
            ServerWrite::Start(&a3, &enc),
        ])
        .unwrap();
    assert_eq!(took, [true, true, true]);
    let (s1, s2, s3) = (session(1, &a1), session(2, &a2), session(3, &a3));
    let init = json!({"id": "i", "verb": {"id": "initialized"}});
    for x in [&s1, &s2, &s3] {
        assert!(s.add_cmi5_session(x, std::slice::from_ref(&init)).unwrap());
    }
    assert!(!s.add_cmi5_session(&s1, &[]).unwrap(), "a session id once");
    assert_eq!(
        s.cmi5_session_of(&a1.attempt_id).unwrap().as_ref(),
        Some(&s1)
    );
    assert_eq!(s.cmi5_unsent("session-1").unwrap(), [(0, init.clone())]);
    // Sessions 2 and 3 ended (1 did not): to close; the latest ended one is reviewed.
    let to_close: Vec<String> = s
        .cmi5_sessions_to_close()
        .unwrap()
        .into_iter()
        .map(|x| x.session_id)
        .collect();
    assert_eq!(to_close, ["session-2", "session-3"]);
    assert_eq!(
        s.last_cmi5_attempt(REGISTRATION, ACTIVITY)
            .unwrap()
            .as_deref(),
        Some(a3.attempt_id.as_str())
    );
    // Two processes close sessions 2 and 3 of one registration at once, each trying
    // twice: each session closes once, and `passed` is told once.
    let passes = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for x in [&s2, &s3, &s2, &s3] {
            let passes = &passes;
            scope.spawn(move || {
                let mut store = Store::open(loc).unwrap();
                store
                    .close_cmi5_session(x, &|before| {
                        let verb = if before.passed {
                            "terminated"
                        } else {
                            "passed"
                        };
                        if verb == "passed" {
                            passes.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        }
                        Ok((
                            vec![
                                json!({"verb": {"id": verb}}),
                                json!({"verb": {"id": "end"}}),
                            ],
                            Told {
                                completed: true,
                                passed: true,
                            },
                        ))
                    })
                    .unwrap()
            });
        }
    });
    assert_eq!(passes.into_inner(), 1);
    assert_eq!(
        s.cmi5_told(REGISTRATION, ACTIVITY).unwrap(),
        Told {
            completed: true,
            passed: true
        }
    );
    assert!(s.cmi5_sessions_to_close().unwrap().is_empty());
    // Each closed session: initialized, then its two, in order.
    for id in ["session-2", "session-3"] {
        let q = s.cmi5_unsent(id).unwrap();
        let positions: Vec<i64> = q.iter().map(|(p, _)| *p).collect();
        assert_eq!(positions, [0, 1, 2], "{id}");
        assert_eq!(q[2].1["verb"]["id"], "end");
    }
    // Delivered in part, then all.
    s.mark_cmi5_sent("session-2", 1).unwrap();
    assert_eq!(s.cmi5_unsent("session-2").unwrap().len(), 1);
    s.mark_cmi5_sent("session-2", 2).unwrap();
    // Given up: no longer waiting, still kept.
    assert_eq!(s.give_up_cmi5("session-1").unwrap(), 1);
    assert!(s.cmi5_unsent("session-1").unwrap().is_empty());
    s.mark_cmi5_sent("session-1", 5).unwrap();
    assert_eq!(
        s.give_up_cmi5("session-1").unwrap(),
        0,
        "a given-up statement stays given up"
    );
    let unsent: Vec<String> = s
        .cmi5_sessions_unsent()
        .unwrap()
        .into_iter()
        .map(|x| x.session_id)
        .collect();
    assert_eq!(unsent, ["session-3"]);
}

#[test]
fn launches_are_kept_in_the_store_on_sqlite() {
    let d = tempfile::tempdir().unwrap();
    launches_are_kept_in_the_store(&touchpoint::results::store::Location::Sqlite(
        d.path().join("l.sqlite3"),
    ));
}

// ---------------------------------------------------------------------------------
// The server's launch route against the test LMS.
// ---------------------------------------------------------------------------------

const HALL: &str = "hall_dispute_escalation";

/// Waits (up to 10 s) until the LMS has `n` statements of the launch `l`.
fn statements_arrive(
    lms: &crate::cmi5_lms::TestLms,
    l: &crate::cmi5_lms::Launch,
    n: usize,
) -> Vec<Value> {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let got = lms.statements_of(l);
        if got.len() >= n || std::time::Instant::now() > until {
            return got;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// How many statements a session of the attempt that ended with `end` sends: one
/// per decision and per competency, and `session` more (initialized, terminated and
/// the verdicts told).
fn expected(end: &Value, session: usize) -> usize {
    end["result"]["transcript"].as_array().unwrap().len()
        + end["result"]["competencies"].as_object().unwrap().len()
        + session
}

/// The AU id of the encounter the launch tests play (the package's, the xAPI
/// export's activity id).
fn hall_au() -> String {
    touchpoint::results::xapi::encounter_activity_id(touchpoint::results::xapi::DEFAULT_BASE, HALL)
}

/// A server (as `server::server`) that takes the launches of `lms` (`--lms`).
fn taking(
    dir: &std::path::Path,
    lms: &crate::cmi5_lms::TestLms,
) -> (
    touchpoint::server::Running,
    touchpoint::results::store::Location,
) {
    let loc = touchpoint::results::store::Location::Sqlite(dir.join("store.sqlite3"));
    let srv = crate::server::server_with(&loc, &crate::common::root().join("scenarios"), |c| {
        c.lms_origins = vec![lms.base().to_string()];
    });
    (srv, loc)
}

/// Opens `l` on the server as a browser would: the launch answers 303 to the player
/// with a session cookie; the client keeps the cookie. Returns the attempt id.
fn open(srv_client: &mut crate::server::Client, l: &crate::cmi5_lms::Launch) -> String {
    let a = srv_client.send(
        "GET",
        &format!("/cmi5/launch?scenario={HALL}&{}", l.query),
        None,
        &[],
    );
    assert_eq!(a.status, 303, "{}", a.text);
    let to = a.headers["location"].clone();
    let id = to
        .strip_prefix("/play/")
        .expect("to the player")
        .to_string();
    srv_client.cookie = a.headers["set-cookie"]
        .split(';')
        .next()
        .map(str::to_string);
    assert!(a.headers["set-cookie"].contains("HttpOnly"));
    id
}

/// Plays `choices` (or the first reply each time) to the end; the last answer.
fn play_to_end(c: &crate::server::Client, id: &str, choices: Option<&[&str]>) -> Value {
    let mut v = c.get(&format!("/api/attempts/{id}")).body;
    for k in 0..80 {
        if v["ended"] == true {
            return v;
        }
        let choice = match choices {
            Some(list) => list[k].to_string(),
            None => v["choices"][0]["id"].as_str().unwrap().to_string(),
        };
        let a = c.post(
            &format!("/api/attempts/{id}/replies"),
            json!({ "choice": choice }),
        );
        assert_eq!(a.status, 200, "{}", a.body);
        v = a.body;
    }
    panic!("did not end");
}

/// Issue 17: an encounter launched from an LMS. The launch fetches the token once,
/// reads the launch data, makes the LMS learner a trainee and opens an attempt the
/// server scores; the browser's session reaches that attempt only; the LMS receives
/// `initialized` at once and the rest when the attempt ends, a sequence that passes
/// the cmi5 checker (§9–§10) and the xAPI validator; the stored result is the
/// server's own. Played again in the same registration, the LMS is not told a
/// second `completed` or `passed`.
#[test]
fn a_launch_from_the_lms_is_played_on_the_server_and_the_lms_gets_a_valid_sequence() {
    use crate::cmi5_lms::{
        TestLms, cmi5_problems, cmi5_registration_problems, launch_data, learner,
    };
    use touchpoint::results::store::{Filter, Store};
    let d = tempfile::tempdir().unwrap();
    let lms = TestLms::start(launch_data("Normal"));
    let (srv, loc) = taking(d.path(), &lms);
    let au = hall_au();
    let who = learner("王小明");

    // Session 1: the careless path (a fail).
    let l1 = lms.launch(&au, &who);
    let mut c = crate::server::Client::new(&srv);
    let id1 = open(&mut c, &l1);
    assert_eq!(lms.fetch_calls(&l1), 1);
    let page = c.send("GET", &format!("/play/{id1}"), None, &[]);
    assert_eq!(page.status, 200);
    assert!(
        !page.text.contains("href=\"/history\""),
        "no course navigation for an LMS session"
    );
    // Nor a language switch: the attempt is in the language the launch chose.
    assert!(!page.text.contains("/lang?to="), "{}", page.text);
    // This attempt only.
    assert_eq!(c.get("/api/encounters").status, 403);
    assert_eq!(c.get("/api/results").status, 403);
    assert_eq!(
        c.post(
            "/api/attempts",
            json!({"scenario": HALL, "locale": "en-US"})
        )
        .status,
        403
    );
    let first = statements_arrive(&lms, &l1, 1);
    assert_eq!(
        first[0]["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/initialized"
    );
    let end = play_to_end(&c, &id1, None);
    assert_eq!(end["result"]["passed"], false);
    // Launched: the way back is said (null when the LMS gave none), not the course's.
    assert!(end.get("return_url").is_some(), "{end}");
    assert_eq!(end["return_url"], l1.launch_data["returnURL"]);
    let s1 = statements_arrive(&lms, &l1, expected(&end, 4));
    assert_eq!(s1.len(), expected(&end, 4), "{:?}", verbs(&s1));
    let p = cmi5_problems(&s1, &l1, &l1.launch_data);
    assert!(p.is_empty(), "{p:#?}");
    let verbs1 = verbs(&s1);
    assert_eq!(
        (verbs1[0], *verbs1.last().unwrap()),
        ("initialized", "terminated")
    );
    assert!(
        verbs1.contains(&"failed") && verbs1.contains(&"completed"),
        "{verbs1:?}"
    );
    assert!(lms.violations().is_empty(), "{:?}", lms.violations());

    // Session 2 of the same registration: the expert path (a pass); completed is not
    // told again.
    let l2 = lms.launch_in(&l1.registration, &au, &who);
    let mut c2 = crate::server::Client::new(&srv);
    let id2 = open(&mut c2, &l2);
    assert_ne!(id1, id2);
    let end = play_to_end(&c2, &id2, Some(&crate::play_server::EXPERT));
    assert_eq!(end["result"]["passed"], true);
    let s2 = statements_arrive(&lms, &l2, expected(&end, 3));
    assert_eq!(s2.len(), expected(&end, 3), "{:?}", verbs(&s2));
    let verbs2 = verbs(&s2);
    assert!(
        verbs2.contains(&"passed") && !verbs2.contains(&"completed"),
        "{verbs2:?}"
    );
    let p = cmi5_problems(&s2, &l2, &l2.launch_data);
    assert!(p.is_empty(), "{p:#?}");
    let p = cmi5_registration_problems(&[(&l1, &l1.launch_data, &s1), (&l2, &l2.launch_data, &s2)]);
    assert!(p.is_empty(), "{p:#?}");
    // Session 1's first browser session never reaches session 2's attempt.
    assert_eq!(c.get(&format!("/api/attempts/{id2}")).status, 403);

    // Both stored as the server's own, under one trainee made for the LMS learner.
    let rows = Store::open(&loc).unwrap().rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|r| r.verified_by() == "server" && r.trainee_id == rows[0].trainee_id)
    );
    assert!(rows[0].trainee_id.starts_with("lms-"));
    assert_eq!(rows[0].trainee_name, "王小明");
}

/// A launch that cannot open says what is wrong on its page (never a 500): missing
/// or malformed parameters, an encounter the server does not have, a fetch URL that
/// fails or was used already.
#[test]
fn a_launch_that_cannot_open_says_why() {
    use crate::cmi5_lms::{FetchFailure, TestLms, launch_data, learner};
    let d = tempfile::tempdir().unwrap();
    let lms = TestLms::start(launch_data("Normal"));
    let (srv, _) = taking(d.path(), &lms);
    let au = hall_au();
    let c = crate::server::Client::new(&srv);
    let page = |path: &str| c.send("GET", path, None, &[("accept-language", "en-US")]);
    let a = page("/cmi5/launch?scenario=hall_dispute_escalation");
    assert_eq!(a.status, 400);
    for p in [
        "`endpoint` is missing",
        "`fetch` is missing",
        "`actor` is missing",
        "`registration` is missing",
        "`activityId` is missing",
    ] {
        assert!(a.text.contains(p), "{p}: {}", a.text);
    }
    let l = lms.launch(&au, &learner("Ann"));
    let bad = l.query.replace("registration=", "registration=x");
    let a = page(&format!("/cmi5/launch?scenario={HALL}&{bad}"));
    assert_eq!(a.status, 400);
    assert!(a.text.contains("expected a UUID"), "{}", a.text);
    // Escaped: a parameter's text is shown, never run.
    let hostile = l
        .query
        .split('&')
        .map(|kv| {
            if kv.starts_with("registration=") {
                "registration=%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_string()
            } else {
                kv.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("&");
    let a = page(&format!("/cmi5/launch?scenario={HALL}&{hostile}"));
    assert!(
        !a.text.contains("<script>alert") && a.text.contains("&lt;script&gt;alert(1)"),
        "{}",
        a.text
    );
    let a = page(&format!(
        "/cmi5/launch?scenario=no_such_encounter&{}",
        l.query
    ));
    assert_eq!(a.status, 404);
    // The fetch URL used already (another tab opened the link first).
    let used = lms.launch(&au, &learner("Ann"));
    let fetched = ureq::post(&used.fetch_url).send_empty().unwrap();
    assert_eq!(fetched.status(), 200);
    let a = page(&format!("/cmi5/launch?scenario={HALL}&{}", used.query));
    assert_eq!(a.status, 502);
    assert!(a.text.contains("error 1"), "{}", a.text);
    // A fetch URL that fails.
    lms.set_fetch_failure(Some(FetchFailure::Status(500)));
    let failing = lms.launch(&au, &learner("Ann"));
    let a = page(&format!("/cmi5/launch?scenario={HALL}&{}", failing.query));
    assert_eq!(a.status, 502);
    assert!(a.text.contains("HTTP 500"), "{}", a.text);
    lms.set_fetch_failure(None);
    // Chinese page for a Chinese browser.
    let a = c.send(
        "GET",
        "/cmi5/launch?scenario=hall_dispute_escalation",
        None,
        &[("accept-language", "zh-CN")],
    );
    assert!(a.text.contains("无法从学习平台打开这次练习"), "{}", a.text);
    // Each problem too, in Chinese.
    assert!(
        a.text
            .contains("缺少 `endpoint`：应为学习平台的 xAPI 端点网址"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("is missing"), "{}", a.text);
}

/// Statements wait in the store while the LMS's LRS is down or refuses the token,
/// and go, in order and once, when it is back; Browse judges nothing; Review opens
/// the registration's finished attempt read only; with a masteryScore the verdict
/// sent never contradicts it.
#[test]
fn statements_wait_for_an_lrs_that_is_down_and_every_launch_mode_is_told_as_cmi5_says() {
    use crate::cmi5_lms::{TestLms, cmi5_problems, launch_data, learner};
    let d = tempfile::tempdir().unwrap();
    let loc = touchpoint::results::store::Location::Sqlite(d.path().join("s.sqlite3"));
    let mut settings = launch_data("Normal");
    settings["masteryScore"] = json!(0.5);
    let lms = TestLms::start(settings);
    let browse = TestLms::start(launch_data("Browse"));
    let srv = crate::server::server_with(&loc, &crate::common::root().join("scenarios"), |c| {
        c.lms_retry = std::time::Duration::from_millis(200);
        c.lms_origins = vec![lms.base().to_string(), browse.base().to_string()];
    });
    let au = hall_au();
    let who = learner("Ann");
    let l = lms.launch(&au, &who);
    let mut c = crate::server::Client::new(&srv);
    let id = open(&mut c, &l);
    statements_arrive(&lms, &l, 1);
    // Down while the attempt ends: nothing is lost.
    lms.set_statements_down(true);
    let end = play_to_end(&c, &id, Some(&crate::play_server::EXPERT));
    std::thread::sleep(std::time::Duration::from_millis(600));
    assert_eq!(
        lms.statements_of(&l).len(),
        1,
        "only initialized got through"
    );
    // The token refused for a while: still waiting.
    lms.set_statements_down(false);
    lms.set_reject_auth(true);
    std::thread::sleep(std::time::Duration::from_millis(600));
    assert_eq!(lms.statements_of(&l).len(), 1);
    lms.set_reject_auth(false);
    let n = expected(&end, 4);
    let all = statements_arrive(&lms, &l, n);
    assert_eq!(all.len(), n, "{:?}", verbs(&all));
    let p = cmi5_problems(&all, &l, &l.launch_data);
    assert!(p.is_empty(), "{p:#?}");
    let passed = all
        .iter()
        .find(|s| s["verb"]["id"].as_str().unwrap().ends_with("/passed"))
        .unwrap();
    assert_eq!(passed["context"]["extensions"][EXT_MASTERY_SCORE], 0.5);
    // And nothing twice afterwards.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(lms.statements_of(&l).len(), n);

    // Browse: played, judged by nobody.
    let lb = browse.launch(&au, &learner("Bea"));
    let mut cb = crate::server::Client::new(&srv);
    let idb = open(&mut cb, &lb);
    let v = cb.get(&format!("/api/attempts/{idb}")).body;
    assert_eq!(v["assessed"], false, "browsing is never assessed");
    let end = play_to_end(&cb, &idb, None);
    let s = statements_arrive(&browse, &lb, expected(&end, 2));
    assert_eq!(s.len(), expected(&end, 2), "{:?}", verbs(&s));
    let vb = verbs(&s);
    assert!(
        !vb.iter()
            .any(|v| ["completed", "passed", "failed"].contains(v)),
        "{vb:?}"
    );
    let p = cmi5_problems(&s, &lb, &lb.launch_data);
    assert!(p.is_empty(), "{p:#?}");
}

/// Review of a finished attempt in the same LMS: the last finished attempt of the
/// registration, read only (no reply on offer), its session `initialized` and
/// `terminated` at once.
#[test]
fn review_opens_the_registrations_finished_attempt_read_only() {
    use crate::cmi5_lms::{TestLms, cmi5_problems, launch_data, learner};
    let d = tempfile::tempdir().unwrap();
    let lms = TestLms::start(launch_data("Normal"));
    let (srv, _) = taking(d.path(), &lms);
    let au = hall_au();
    let who = learner("Ann");
    let l = lms.launch(&au, &who);
    let mut c = crate::server::Client::new(&srv);
    let id = open(&mut c, &l);
    play_to_end(&c, &id, None);
    // The LMS switches the AU to Review for the next launch of this registration.
    lms.set_launch_data(launch_data("Review"));
    let lr = lms.launch_in(&l.registration, &au, &who);
    let mut cr = crate::server::Client::new(&srv);
    let idr = open(&mut cr, &lr);
    assert_eq!(idr, id);
    let v = cr.get(&format!("/api/attempts/{idr}")).body;
    assert_eq!(v["ended"], true);
    let s = statements_arrive(&lms, &lr, 2);
    assert_eq!(verbs(&s), ["initialized", "terminated"]);
    let p = cmi5_problems(&s, &lr, &lr.launch_data);
    assert!(p.is_empty(), "{p:#?}");
    // No reply is taken in review.
    let a = cr.post(
        &format!("/api/attempts/{idr}/replies"),
        json!({"choice": "x"}),
    );
    assert_eq!(a.status, 409, "{}", a.body);
    // A registration with nothing finished: nothing to review, said on the page.
    let fresh = lms.launch(&au, &learner("Cy"));
    let a = cr.send(
        "GET",
        &format!("/cmi5/launch?scenario={HALL}&{}", fresh.query),
        None,
        &[],
    );
    assert_eq!(a.status, 404, "{}", a.text);
    assert!(a.text.contains("no finished attempt"), "{}", a.text);
}

/// `serve --frame-ancestors` takes origins only (it goes into the
/// Content-Security-Policy).
#[test]
fn frame_ancestors_takes_origins_only() {
    for bad in [
        "javascript:alert(1)",
        "https://lms.example.com/path",
        "https://a.com; script-src *",
        "*",
    ] {
        let o = crate::common::touchpoint(&[
            "serve",
            "--frame-ancestors",
            bad,
            "--addr",
            "127.0.0.1:1",
        ]);
        assert_eq!(
            o.status.code(),
            Some(2),
            "{bad}: {}",
            crate::common::stderr(&o)
        );
        assert!(
            crate::common::stderr(&o).contains("expected an origin"),
            "{bad}"
        );
    }
}

/// The attempt speaks the learner's language as the LMS keeps it
/// (`cmi5LearnerPreferences`, §11.1: the first of the list Touchpoint speaks), else
/// the browser's.
#[test]
fn a_launched_attempt_speaks_the_language_the_lms_keeps_for_the_learner() {
    use crate::cmi5_lms::{TestLms, launch_data, learner};
    assert_eq!(
        launch::preferred_locale(r#"{"languagePreference":"fr-FR, en-GB,zh-CN"}"#),
        Some("en-US")
    );
    assert_eq!(
        launch::preferred_locale(r#"{"languagePreference":"zh-Hans-CN"}"#),
        Some("zh-CN")
    );
    assert_eq!(
        launch::preferred_locale(r#"{"languagePreference":"fr"}"#),
        None
    );
    assert_eq!(launch::preferred_locale("not json"), None);
    let d = tempfile::tempdir().unwrap();
    let lms = TestLms::start(launch_data("Normal"));
    let (srv, _) = taking(d.path(), &lms);
    let au = hall_au();
    let locale_of = |lms: &TestLms, browser: &str| {
        let l = lms.launch(&au, &learner("Ann"));
        let c = crate::server::Client::new(&srv);
        let a = c.send(
            "GET",
            &format!("/cmi5/launch?scenario={HALL}&{}", l.query),
            None,
            &[("accept-language", browser)],
        );
        assert_eq!(a.status, 303, "{}", a.text);
        let mut c = c;
        c.cookie = a.headers["set-cookie"]
            .split(';')
            .next()
            .map(str::to_string);
        let id = a.headers["location"]
            .trim_start_matches("/play/")
            .to_string();
        c.get(&format!("/api/attempts/{id}")).body["locale"].clone()
    };
    lms.set_learner_preferences(Some(json!({"languagePreference": "en-US,zh-CN"})));
    assert_eq!(locale_of(&lms, "zh-CN"), "en-US");
    lms.set_learner_preferences(Some(json!({"languagePreference": "zh-CN"})));
    assert_eq!(locale_of(&lms, "en-US"), "zh-CN");
    lms.set_learner_preferences(None);
    assert_eq!(locale_of(&lms, "en-US"), "en-US");
}

/// A launch from an LMS the administrator did not name (`serve --lms`) is refused
/// before the server makes any request: a launch URL is anyone's to make, and the
/// server would otherwise post to whatever address it names.
#[test]
fn a_launch_from_an_lms_not_named_makes_no_request() {
    use crate::cmi5_lms::{TestLms, launch_data, learner};
    let d = tempfile::tempdir().unwrap();
    let named = TestLms::start(launch_data("Normal"));
    let other = TestLms::start(launch_data("Normal"));
    let (srv, loc) = taking(d.path(), &named);
    let au = hall_au();
    let l = other.launch(&au, &learner("Mallory"));
    let c = crate::server::Client::new(&srv);
    let a = c.send(
        "GET",
        &format!("/cmi5/launch?scenario={HALL}&{}", l.query),
        None,
        &[("accept-language", "en-US")],
    );
    assert_eq!(a.status, 403, "{}", a.text);
    assert!(
        a.text
            .contains("not an LMS this server takes launches from"),
        "{}",
        a.text
    );
    assert_eq!(other.fetch_calls(&l), 0, "no request to an LMS not named");
    assert!(
        other.requests().iter().all(|r| r.method != "POST"),
        "{:?}",
        other.requests().len()
    );
    // No account made for the stranger.
    let accounts = touchpoint::results::store::Store::open(&loc)
        .unwrap()
        .accounts()
        .unwrap();
    assert!(accounts.iter().all(|a| !a.id.starts_with("lms-")));
    // A look-alike host is not the named LMS either.
    let sneaky = l.query.replace(
        &crate::cmi5_lms::url_encode(other.base()),
        &crate::cmi5_lms::url_encode(&format!("{}.evil.example", named.base())),
    );
    let a = c.send(
        "GET",
        &format!("/cmi5/launch?scenario={HALL}&{sneaky}"),
        None,
        &[],
    );
    assert_eq!(a.status, 403, "{}", a.text);
}

/// `serve --lms` takes origins only.
#[test]
fn lms_takes_origins_only() {
    for bad in [
        "ftp://lms.example.com",
        "https://lms.example.com/cmi5",
        "lms.example.com",
    ] {
        let o = crate::common::touchpoint(&["serve", "--lms", bad, "--addr", "127.0.0.1:1"]);
        assert_eq!(
            o.status.code(),
            Some(2),
            "{bad}: {}",
            crate::common::stderr(&o)
        );
        assert!(crate::common::stderr(&o).contains("--lms"), "{bad}");
    }
}

/// With `serve --lms-cohort C` a learner an LMS launch first brings joins cohort C:
/// their attempt counts for it, and C's instructor sees it (without it, only hr and
/// admin would).
#[test]
fn lms_learners_join_the_cohort_the_administrator_gave_them() {
    use crate::cmi5_lms::{TestLms, launch_data, learner};
    let d = tempfile::tempdir().unwrap();
    let lms = TestLms::start(launch_data("Normal"));
    let loc = touchpoint::results::store::Location::Sqlite(d.path().join("store.sqlite3"));
    let srv = crate::server::server_with(&loc, &crate::common::root().join("scenarios"), |c| {
        c.lms_origins = vec![lms.base().to_string()];
        c.lms_cohort = Some("c1".into());
    });
    let l = lms.launch(&hall_au(), &learner("王小明"));
    let mut c = crate::server::Client::new(&srv);
    let id = open(&mut c, &l);
    let end = play_to_end(&c, &id, None);
    assert_eq!(end["result"]["cohort"], "c1");
    let ivy = crate::server::Client::signed_in(&srv, "ivy");
    let rows = ivy.get("/api/results?cohort=c1");
    assert!(
        rows.body
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["attempt_id"] == id.as_str() && r["trainee_name"] == "王小明"),
        "the cohort's instructor sees it: {}",
        rows.body
    );
    let s = touchpoint::results::store::Store::open(&loc).unwrap();
    let trainee = end["result"]["trainee"]["id"].as_str().unwrap();
    assert_eq!(s.account(trainee).unwrap().unwrap().cohorts, ["c1"]);
}
