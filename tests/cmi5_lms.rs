//! Tests of the test LMS and the cmi5 checker (`crates/touchpoint-cmi5-lms`): the
//! LMS answers as the specification says, and hand-built sequences, one conformant and
//! many broken, prove the checker is not vacuous.

pub use touchpoint_cmi5_lms::lms::*;
use touchpoint_cmi5_lms::xapi_check::*;

use serde_json::{Value, json};
use touchpoint_cmi5_lms::base64::Engine as _;

use crate::server::Client;

#[test]
fn conformant_sessions_have_no_problem() {
    let (_lms, l) = launched(launch_data("Normal"));
    let p = cmi5_problems(&passing_session(&l, 0, 0.9), &l, &l.launch_data);
    assert!(p.is_empty(), "{p:#?}");

    // With a masteryScore: passed at or above it, failed below it or without a score
    // (a critical taboo fails whatever the score).
    let (_lms, l) = launched(with_mastery("Normal", 0.8));
    let p = cmi5_problems(&passing_session(&l, 0, 0.8), &l, &l.launch_data);
    assert!(p.is_empty(), "{p:#?}");
    for scaled in [Some(0.5), None] {
        let failed = failing_session(&l, 0, scaled);
        let p = cmi5_problems(&failed, &l, &l.launch_data);
        assert!(p.is_empty(), "{p:#?}");
    }

    // Browse and Review: initialized, what the learner did, terminated.
    for mode in ["Browse", "Review"] {
        let (_lms, l) = launched(launch_data(mode));
        let browsing = vec![
            statement(&l, CMI5_INITIALIZED, 0, None),
            answered(&l, 5),
            statement(&l, CMI5_TERMINATED, 8, Some(json!({"duration": "PT8S"}))),
        ];
        let p = cmi5_problems(&browsing, &l, &l.launch_data);
        assert!(p.is_empty(), "{mode}: {p:#?}");
    }

    // Failed in a first session, passed in a second of the same registration.
    let lms = TestLms::start(launch_data("Normal"));
    let one = lms.launch(AU, &learner("li"));
    let two = lms.launch_in(&one.registration, AU, &learner("li"));
    let first = failing_session(&one, 0, None);
    let second = passing_session(&two, 100, 0.9);
    let p = cmi5_registration_problems(&[
        (&one, &one.launch_data, &first),
        (&two, &two.launch_data, &second),
    ]);
    assert!(p.is_empty(), "{p:#?}");
}

fn category_without(s: &mut Value, id: &str) {
    let list = s["context"]["contextActivities"]["category"]
        .as_array_mut()
        .expect("a category list");
    list.retain(|a| a["id"] != id);
}

#[test]
fn the_checker_reports_each_broken_rule_with_its_section() {
    type Mutation = fn(&mut Vec<Value>, &Launch);
    let cases: &[(&str, Mutation, &str)] = &[
        (
            "a statement after terminated",
            |s, l| s.push(answered(l, 30)),
            "#5 answered: comes after terminated, the last statement of a session (cmi5 7.1.2, 9.3.8)",
        ),
        (
            "a statement sent after terminated, timestamped before",
            |s, l| s.push(answered(l, 6)),
            "#5 answered: comes after terminated",
        ),
        (
            "two terminated",
            |s, l| {
                s.push(statement(
                    l,
                    CMI5_TERMINATED,
                    31,
                    Some(json!({"duration": "PT31S"})),
                ));
            },
            "terminated sent 2 times, once per session (cmi5 9.3, 9.3.8)",
        ),
        (
            "no initialized",
            |s, _| {
                s.remove(0);
            },
            "no initialized statement (cmi5 7.1.1, 9.3.2, 10.2.2)",
        ),
        (
            "initialized not first",
            |s, _| s[0]["timestamp"] = json!(at(6)),
            "#1 answered: comes before initialized, the first statement of a session (cmi5 9.3, 9.3.2)",
        ),
        (
            "sent out of timestamp order",
            |s, _| s.swap(0, 1),
            "#1 initialized: sent after #0 but timestamped before it",
        ),
        (
            "no terminated",
            |s, _| {
                s.pop();
            },
            "no terminated statement (cmi5 7.1.2",
        ),
        (
            "two passed in a session",
            |s, l| {
                s.insert(
                    4,
                    statement(
                        l,
                        CMI5_PASSED,
                        20,
                        Some(json!({"success": true, "duration": "PT20S"})),
                    ),
                );
            },
            "passed sent 2 times: verbs are not duplicated in a session (cmi5 9.3)",
        ),
        (
            "passed and failed",
            |s, l| {
                s.insert(
                    4,
                    statement(
                        l,
                        CMI5_FAILED,
                        20,
                        Some(json!({"success": false, "duration": "PT20S"})),
                    ),
                );
            },
            "both passed and failed",
        ),
        (
            "passed below the masteryScore",
            |s, _| s[3]["result"]["score"]["scaled"] = json!(0.5),
            "#3 passed: passed with result.score.scaled 0.5 below the masteryScore 0.8 (cmi5 9.3.4",
        ),
        (
            "failed above the masteryScore",
            |s, l| {
                s[3] = statement(
                    l,
                    CMI5_FAILED,
                    20,
                    Some(json!({"success": false, "duration": "PT20S", "score": {"scaled": 0.9}})),
                );
            },
            "#3 failed: failed with result.score.scaled 0.9 at or above the masteryScore 0.8 (cmi5 9.3.5",
        ),
        (
            "a scored verdict without the masteryscore extension",
            |s, _| {
                s[3]["context"]["extensions"]
                    .as_object_mut()
                    .unwrap()
                    .remove(MASTERY_SCORE);
            },
            "lacks the context extension https://w3id.org/xapi/cmi5/context/extensions/masteryscore = 0.8 (cmi5 9.6.3.2)",
        ),
        (
            "another masteryscore",
            |s, _| s[3]["context"]["extensions"][MASTERY_SCORE] = json!(0.5),
            "context extension masteryscore 0.5 is not LMS.LaunchData's 0.8 (cmi5 9.6.3.2)",
        ),
        (
            "no cmi5 category",
            |s, _| category_without(&mut s[2], CMI5_CATEGORY),
            "#2 completed: lacks the cmi5 category",
        ),
        (
            "the cmi5 category on an allowed statement",
            |s, _| {
                s[1]["context"]["contextActivities"]["category"] = json!([{"id": CMI5_CATEGORY}]);
            },
            "#1 answered: the cmi5 category on a verb cmi5 does not define",
        ),
        (
            "no moveOn category",
            |s, _| category_without(&mut s[3], MOVEON_CATEGORY),
            "#3 passed: has result.success or result.completion but lacks the moveOn category",
        ),
        (
            "moveOn on terminated",
            |s, _| {
                s[4]["context"]["contextActivities"]["category"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"id": MOVEON_CATEGORY}));
            },
            "#4 terminated: carries the moveOn category",
        ),
        (
            "another registration",
            |s, _| s[1]["context"]["registration"] = json!(uuid_v4()),
            "#1 answered: context.registration",
        ),
        (
            "no session id",
            |s, _| {
                s[2]["context"]["extensions"]
                    .as_object_mut()
                    .unwrap()
                    .remove(SESSION_ID);
            },
            "#2 completed: no session id in context.extensions",
        ),
        (
            "another session's id",
            |s, _| s[2]["context"]["extensions"][SESSION_ID] = json!(uuid_v4()),
            "is not this launch's",
        ),
        (
            "no publisher id in grouping",
            |s, _| s[4]["context"]["contextActivities"]["grouping"] = json!([]),
            "#4 terminated: context.contextActivities.grouping lacks https://touchpoint.training/xapi/encounters/hotel_overbooking of the contextTemplate (cmi5 10.2.1, 9.6.2, 9.6.2.3)",
        ),
        (
            "another actor",
            |s, _| s[1]["actor"] = learner("zhao"),
            "#1 answered: actor",
        ),
        (
            "the publisher id as object",
            |s, _| s[3]["object"]["id"] = json!(AU),
            "#3 passed: object.id \"https://touchpoint.training/xapi/encounters/hotel_overbooking\" is not the launch's activityId",
        ),
        (
            "a score on completed",
            |s, _| s[2]["result"]["score"] = json!({"scaled": 0.9}),
            "#2 completed: only passed and failed may carry result.score (cmi5 9.5.1)",
        ),
        (
            "passed without success",
            |s, _| {
                s[3]["result"].as_object_mut().unwrap().remove("success");
            },
            "#3 passed: result.success absent, where cmi5 asks true (cmi5 9.5.2)",
        ),
        (
            "completed without completion",
            |s, _| s[2]["result"]["completion"] = json!(false),
            "(cmi5 9.5.3)",
        ),
        (
            "terminated without duration",
            |s, _| {
                s[4]["result"].as_object_mut().unwrap().remove("duration");
            },
            "#4 terminated: lacks result.duration (cmi5 9.5.4.1)",
        ),
        (
            "no timestamp",
            |s, _| {
                s[1].as_object_mut().unwrap().remove("timestamp");
            },
            "#1 answered: no timestamp (cmi5 9.7)",
        ),
        (
            "a timestamp not in UTC",
            |s, _| s[1]["timestamp"] = json!("2027-01-15T16:00:05.000+08:00"),
            "is not in UTC (cmi5 9.7)",
        ),
        (
            "an id twice",
            |s, _| s[2]["id"] = s[1]["id"].clone(),
            "#2 completed: id",
        ),
        (
            "an id not a UUID",
            |s, _| s[2]["id"] = json!("completed-1"),
            "#2 completed: its id is not a UUID (cmi5 9.1)",
        ),
        (
            "an LMS verb",
            |s, l| {
                s.insert(
                    4,
                    statement(l, CMI5_ABANDONED, 20, Some(json!({"duration": "PT20S"}))),
                );
            },
            "abandoned is a verb of the LMS",
        ),
    ];
    let (_lms, l) = launched(with_mastery("Normal", 0.8));
    let good = passing_session(&l, 0, 0.9);
    let p = cmi5_problems(&good, &l, &l.launch_data);
    assert!(p.is_empty(), "{p:#?}");
    for (what, mutate, expected) in cases {
        let mut s = good.clone();
        mutate(&mut s, &l);
        let p = cmi5_problems(&s, &l, &l.launch_data);
        assert!(
            p.iter().any(|m| m.contains(expected)),
            "{what}: no problem says {expected:?}; they say {p:#?}"
        );
    }

    // Browse mode: no completed, passed or failed.
    let (_lms, b) = launched(launch_data("Browse"));
    let p = cmi5_problems(&passing_session(&b, 0, 0.9), &b, &b.launch_data);
    for v in ["completed", "passed"] {
        let expected = format!(
            "{v} in Browse mode, where the AU sends no cmi5 defined statement but initialized and terminated (cmi5 10.2.2)"
        );
        assert!(p.iter().any(|m| m.contains(&expected)), "{v}: {p:#?}");
    }
    // The statements of a launch checked against another launch's data.
    let p = cmi5_problems(&good, &b, &b.launch_data);
    assert!(
        p.iter().any(|m| m.contains("is not this launch's")),
        "{p:#?}"
    );
}

#[test]
fn the_registration_rules_span_its_sessions() {
    let lms = TestLms::start(launch_data("Normal"));
    let one = lms.launch(AU, &learner("li"));
    let two = lms.launch_in(&one.registration, AU, &learner("li"));
    let first = passing_session(&one, 0, 0.9);

    // Passed again in the second session (and completed again).
    let again = passing_session(&two, 100, 0.95);
    let p = cmi5_registration_problems(&[
        (&one, &one.launch_data, &first),
        (&two, &two.launch_data, &again),
    ]);
    let reg = &one.registration;
    for expected in [
        format!(
            "session 2, #3 passed: a second passed in registration {reg} (the first: session 1, #3 passed): zero or one per registration (cmi5 9.3, 9.3.4)"
        ),
        format!(
            "session 2, #2 completed: a second completed in registration {reg} (the first: session 1, #2 completed): zero or one per registration (cmi5 9.3, 9.3.3)"
        ),
    ] {
        assert!(p.contains(&expected), "{expected}: {p:#?}");
    }
    // Each session alone is conformant.
    assert!(cmi5_problems(&again, &two, &two.launch_data).is_empty());

    // Failed after passed.
    let failed = failing_session(&two, 100, None);
    let p = cmi5_registration_problems(&[
        (&one, &one.launch_data, &first),
        (&two, &two.launch_data, &failed),
    ]);
    let expected = "session 2, #2 failed: failed after the passed of session 1, #3 passed in the registration: a failed MUST NOT follow a passed (cmi5 9.3)";
    assert!(p.iter().any(|m| m == expected), "{p:#?}");

    // The second session's statements under the first session's id.
    let p = cmi5_registration_problems(&[
        (&one, &one.launch_data, &first),
        (&one, &one.launch_data, &failed),
    ]);
    assert!(
        p.iter()
            .any(|m| m.starts_with("session 2, #0 initialized: session id")),
        "{p:#?}"
    );
}

// ---------------------------------------------------------------------------------
// Tests: the LMS itself, over HTTP.
// ---------------------------------------------------------------------------------

/// The part of `url` after the LMS's base.
fn path_of<'a>(lms: &TestLms, url: &'a str) -> &'a str {
    url.strip_prefix(lms.base()).expect("a URL of the LMS")
}

/// The xAPI headers of `token`.
fn xapi_headers(token: &str) -> [(&'static str, String); 2] {
    [
        ("Authorization", format!("Basic {token}")),
        ("X-Experience-API-Version", "1.0.3".into()),
    ]
}

fn send(
    c: &Client,
    method: &str,
    path: &str,
    body: Option<&Value>,
    headers: &[(&str, String)],
) -> crate::server::Answer {
    let extra: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let body = body.map(Value::to_string);
    c.send(method, path, body.as_deref(), &extra)
}

/// Fetches `launch`'s token as an AU does.
fn fetch_token(lms: &TestLms, c: &Client, launch: &Launch) -> String {
    let a = c.send("POST", path_of(lms, &launch.fetch_url), None, &[]);
    assert_eq!(a.status, 200, "{}", a.text);
    a.body["auth-token"]
        .as_str()
        .unwrap_or_else(|| panic!("no auth-token: {}", a.text))
        .to_string()
}

/// `{endpoint}activities/state?…` for `launch`'s LMS.LaunchData, or another stateId.
fn state_path(launch: &Launch, state_id: &str) -> String {
    format!(
        "/xapi/activities/state?stateId={}&activityId={}&agent={}&registration={}",
        url_encode(state_id),
        url_encode(&launch.activity_id),
        url_encode(&launch.actor.to_string()),
        url_encode(&launch.registration)
    )
}

/// `LMS.LaunchData` of `launch`, read as an AU reads it (10.1).
fn get_launch_data(c: &Client, launch: &Launch, token: &str) -> crate::server::Answer {
    let path = state_path(launch, LAUNCH_DATA);
    send(c, "GET", &path, None, &xapi_headers(token))
}

#[test]
fn a_launch_names_the_parameters_stores_the_launch_data_and_says_launched() {
    let mut settings = with_mastery("Normal", 0.75);
    settings["launchParameters"] = json!("locale=zh-CN");
    let lms = TestLms::start(settings);
    lms.set_au_url(
        AU,
        "https://training.example.com/cmi5/launch?scenario=hotel_overbooking",
    );
    let wang = learner("wang");
    let l = lms.launch(AU, &wang);

    // 8.1: five URL-encoded parameters.
    let q = parse_query(&l.query);
    assert_eq!(
        q.keys().map(String::as_str).collect::<Vec<_>>(),
        ["activityId", "actor", "endpoint", "fetch", "registration"]
    );
    assert!(!l.query.contains(['{', '"', ' ', '/']), "{}", l.query);
    assert_eq!(q["endpoint"], lms.endpoint());
    assert_eq!(l.endpoint, lms.endpoint());
    assert!(q["endpoint"].ends_with('/'));
    assert_eq!(q["fetch"], l.fetch_url);
    assert_eq!(serde_json::from_str::<Value>(&q["actor"]).unwrap(), wang);
    assert_eq!(q["registration"], l.registration);
    assert!(is_uuid(&l.registration), "{}", l.registration);
    assert_eq!(q["activityId"], l.activity_id);
    assert_ne!(l.activity_id, AU, "8.1.5: not the publisher id");
    assert_eq!(
        l.url("https://training.example.com/cmi5/launch?scenario=hotel_overbooking"),
        format!(
            "https://training.example.com/cmi5/launch?scenario=hotel_overbooking&{}",
            l.query
        )
    );
    assert_eq!(
        l.url("https://au.example.com/start"),
        format!("https://au.example.com/start?{}", l.query)
    );

    // 10: the document, as the AU reads it.
    assert!(launch_data_problems(&l.launch_data, &l).is_empty());
    assert_eq!(l.launch_data["masteryScore"], json!(0.75));
    assert_eq!(
        l.launch_data["contextTemplate"]["extensions"][SESSION_ID],
        json!(l.session_id)
    );
    let c = Client::at(lms.base());
    let token = fetch_token(&lms, &c, &l);
    let a = get_launch_data(&c, &l, &token);
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.body, l.launch_data);
    assert_eq!(a.headers["content-type"], "application/json");
    assert_eq!(a.headers["x-experience-api-version"], "1.0.3");

    // 9.3.1: launched, with the launch's values.
    let own = lms.lms_statements();
    assert_eq!(own.len(), 1);
    let launched = &own[0];
    assert_eq!(verb(launched), CMI5_LAUNCHED);
    let ext = &launched["context"]["extensions"];
    assert_eq!(ext[LAUNCH_MODE], "Normal");
    assert_eq!(ext[MOVE_ON], "Passed");
    assert_eq!(ext[MASTERY_SCORE], 0.75);
    assert_eq!(ext[LAUNCH_PARAMETERS], "locale=zh-CN");
    assert_eq!(
        ext[LAUNCH_URL],
        "https://training.example.com/cmi5/launch?scenario=hotel_overbooking"
    );
    assert_eq!(ext[SESSION_ID], json!(l.session_id));
    assert!(has_activity(&launched["context"], "grouping", AU));

    // 8.1.5, 9.3.6: launched again in the registration: the same activity id, a new
    // session; the open one is abandoned and its token refused.
    let again = lms.launch_in(&l.registration, AU, &wang);
    assert_eq!(again.activity_id, l.activity_id);
    assert_eq!(again.registration, l.registration);
    assert_ne!(again.session_id, l.session_id);
    assert_ne!(again.fetch_url, l.fetch_url);
    let own = lms.lms_statements();
    assert_eq!(
        own.iter().map(verb).collect::<Vec<_>>(),
        [CMI5_LAUNCHED, CMI5_ABANDONED, CMI5_LAUNCHED]
    );
    assert_eq!(
        own[1]["context"]["extensions"][SESSION_ID],
        json!(l.session_id)
    );
    assert!(
        own[1]["result"]["duration"]
            .as_str()
            .unwrap()
            .starts_with("PT")
    );
    let a = get_launch_data(&c, &l, &token);
    assert_eq!(a.status, 401, "{}", a.text);
    assert!(
        lms.violations()
            .iter()
            .any(|v| v.contains("after the LMS abandoned it"))
    );
    // The same AU for a new registration: the same activity id (8.1.5's SHOULD).
    let other = lms.launch(AU, &learner("zhao"));
    assert_ne!(other.registration, l.registration);
    assert_eq!(other.activity_id, l.activity_id);
    let elsewhere = lms.launch("https://touchpoint.training/xapi/encounters/refund", &wang);
    assert_ne!(elsewhere.activity_id, l.activity_id);

    // Dropped, the LMS no longer answers.
    let addr = lms.base().trim_start_matches("http://").to_string();
    drop(lms);
    assert!(
        std::net::TcpStream::connect(&addr).is_err(),
        "{addr} still answers"
    );
}

#[test]
fn the_fetch_url_gives_its_token_once() {
    let lms = TestLms::start(launch_data("Normal"));
    let l = lms.launch(AU, &learner("wang"));
    let c = Client::at(lms.base());
    let path = path_of(&lms, &l.fetch_url);

    let a = c.send("GET", path, None, &[]);
    assert_eq!(a.status, 405, "8.2.1: no GET");
    let a = c.send("POST", path, None, &[]);
    assert_eq!(a.status, 200);
    assert_eq!(a.headers["content-type"], "application/json");
    let token = a.body["auth-token"].as_str().expect("a token").to_string();
    assert_eq!(lms.token(&l).as_deref(), Some(token.as_str()));
    // A Basic credential: base64 of user:password.
    let decoded = touchpoint_cmi5_lms::base64::engine::general_purpose::STANDARD
        .decode(&token)
        .unwrap();
    assert!(String::from_utf8(decoded).unwrap().contains(':'));

    let a = c.send("POST", path, None, &[]);
    assert_eq!(a.status, 200, "8.2.1: errors are 200 too");
    assert_eq!(
        a.body,
        json!({"error-code": "1", "error-text": "The authorization token has already been returned."})
    );
    assert_eq!(lms.fetch_calls(&l), 2);
    let v = lms.violations();
    assert_eq!(v.len(), 2, "{v:#?}");
    assert!(
        v[0].contains("GET on a fetch URL") && v[1].contains("called again"),
        "{v:#?}"
    );

    let a = c.send("POST", "/fetch/0123", None, &[]);
    assert_eq!(a.body["error-code"], "2");

    // The switch: an error code, then the LMS failing; the token comes after.
    let l2 = lms.launch(AU, &learner("li"));
    let path = path_of(&lms, &l2.fetch_url);
    lms.set_fetch_failure(Some(FetchFailure::ErrorCode(3)));
    let a = c.send("POST", path, None, &[]);
    assert_eq!((a.status, a.body["error-code"].clone()), (200, json!("3")));
    lms.set_fetch_failure(Some(FetchFailure::Status(500)));
    assert_eq!(c.send("POST", path, None, &[]).status, 500);
    lms.set_fetch_failure(None);
    assert!(lms.token(&l2).is_none());
    fetch_token(&lms, &c, &l2);
    assert_eq!(lms.fetch_calls(&l2), 3);

    let fetches: Vec<(String, u16)> = lms
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with("/fetch/"))
        .map(|r| (r.method, r.status))
        .collect();
    assert_eq!(fetches.len(), 7, "{fetches:?}");
    assert_eq!(fetches[0], ("GET".to_string(), 405));
}

#[test]
fn the_xapi_resources_take_the_token_as_basic_credentials() {
    let lms = TestLms::start(launch_data("Normal"));
    let l = lms.launch(AU, &learner("wang"));
    let c = Client::at(lms.base());
    let token = fetch_token(&lms, &c, &l);
    let get = |path: &str, headers: &[(&str, String)]| send(&c, "GET", path, None, headers).status;
    let launch_data_path = state_path(&l, LAUNCH_DATA);
    let version = ("X-Experience-API-Version", "1.0.3".to_string());

    assert_eq!(
        get(&launch_data_path, std::slice::from_ref(&version)),
        401,
        "no Authorization"
    );
    assert_eq!(
        get(
            &launch_data_path,
            &[version.clone(), ("Authorization", token.clone())]
        ),
        401,
        "not Basic"
    );
    assert_eq!(
        get(&launch_data_path, &xapi_headers("d3Jvbmc6dG9rZW4=")),
        401,
        "a wrong token"
    );
    assert_eq!(
        get(
            &launch_data_path,
            &[("Authorization", format!("Basic {token}"))]
        ),
        400,
        "no version"
    );
    assert_eq!(get(&launch_data_path, &xapi_headers(&token)), 200);
    let ok = xapi_headers(&token);
    assert_eq!(get(&state_path(&l, "bookmark"), &ok), 404);
    let mut other_learner = l.clone();
    other_learner.actor = learner("zhao");
    assert_eq!(get(&state_path(&other_learner, LAUNCH_DATA), &ok), 403);
    let mut other_registration = l.clone();
    other_registration.registration = uuid_v4();
    assert_eq!(get(&state_path(&other_registration, LAUNCH_DATA), &ok), 403);
    lms.set_reject_auth(true);
    assert_eq!(get(&launch_data_path, &ok), 401);
    lms.set_reject_auth(false);

    // 10.2.1: the AU may not touch LMS.LaunchData; its own documents it may.
    for (method, body) in [
        ("PUT", json!({"launchMode": "Review"})),
        ("POST", json!({"moveOn": "NotApplicable"})),
    ] {
        let a = send(&c, method, &launch_data_path, Some(&body), &ok);
        assert_eq!(a.status, 403, "{method}");
    }
    assert_eq!(
        send(&c, "GET", &launch_data_path, None, &ok).body,
        l.launch_data
    );
    let bookmark = state_path(&l, "bookmark");
    assert_eq!(
        send(&c, "PUT", &bookmark, Some(&json!({"node": "opening"})), &ok).status,
        204
    );
    assert_eq!(
        send(&c, "POST", &bookmark, Some(&json!({"mood": 3})), &ok).status,
        204
    );
    assert_eq!(
        send(&c, "GET", &bookmark, None, &ok).body,
        json!({"node": "opening", "mood": 3})
    );
    let all = format!(
        "/xapi/activities/state?activityId={}&agent={}&registration={}",
        url_encode(&l.activity_id),
        url_encode(&l.actor.to_string()),
        url_encode(&l.registration)
    );
    assert_eq!(
        send(&c, "GET", &all, None, &ok).body,
        json!([LAUNCH_DATA, "bookmark"])
    );
    assert_eq!(
        send(&c, "DELETE", &all, None, &ok).status,
        403,
        "would delete LMS.LaunchData"
    );
    assert_eq!(send(&c, "DELETE", &bookmark, None, &ok).status, 204);
    let writes: Vec<(String, Option<String>, u16)> = lms
        .state_writes()
        .into_iter()
        .map(|w| (w.method, w.state_id, w.status))
        .collect();
    let launch_data_id = Some(LAUNCH_DATA.to_string());
    let bookmark_id = Some("bookmark".to_string());
    assert_eq!(
        writes,
        [
            ("PUT".to_string(), launch_data_id.clone(), 403),
            ("POST".to_string(), launch_data_id, 403),
            ("PUT".to_string(), bookmark_id.clone(), 204),
            ("POST".to_string(), bookmark_id.clone(), 204),
            ("DELETE".to_string(), None, 403),
            ("DELETE".to_string(), bookmark_id, 204),
        ]
    );
    let w = &lms.state_writes()[0];
    assert_eq!(
        (w.activity_id.as_str(), w.registration.as_deref()),
        (l.activity_id.as_str(), Some(l.registration.as_str()))
    );
    assert!(w.body.contains("Review"));

    // 11: the learner's preferences, read-only for the AU.
    let prefs = format!(
        "/xapi/agents/profile?profileId={LEARNER_PREFERENCES}&agent={}",
        url_encode(&l.actor.to_string())
    );
    let a = send(&c, "GET", &prefs, None, &ok);
    assert_eq!(a.status, 200);
    assert_eq!(
        a.body,
        json!({"languagePreference": "zh-CN,en-US", "audioPreference": "on"})
    );
    assert_eq!(
        send(
            &c,
            "PUT",
            &prefs,
            Some(&json!({"audioPreference": "off"})),
            &ok
        )
        .status,
        403
    );
    lms.set_learner_preferences(Some(
        json!({"languagePreference": "en-US", "audioPreference": "off"}),
    ));
    assert_eq!(
        send(&c, "GET", &prefs, None, &ok).body["audioPreference"],
        "off"
    );
    lms.set_learner_preferences(None);
    assert_eq!(send(&c, "GET", &prefs, None, &ok).status, 404);

    // About: no credentials needed.
    let a = c.get("/xapi/about");
    assert_eq!(
        (a.status, a.body.clone()),
        (200, json!({"version": ["1.0.3"]}))
    );

    let v = lms.violations();
    for expected in [
        "without `Authorization: Basic",
        "a token this LMS never gave",
        "not 1.0.x",
        "not the launch's actor",
        "for registration",
        "MUST NOT modify or delete it",
    ] {
        assert!(v.iter().any(|m| m.contains(expected)), "{expected}: {v:#?}");
    }
}

#[test]
fn statements_are_recorded_once_in_the_order_they_came() {
    let lms = TestLms::start(launch_data("Normal"));
    let l = lms.launch(AU, &learner("wang"));
    let c = Client::at(lms.base());
    let token = fetch_token(&lms, &c, &l);
    let ok = xapi_headers(&token);
    let s = passing_session(&l, 0, 0.9);

    // POST an array: 200 and the ids in order.
    let a = send(
        &c,
        "POST",
        "/xapi/statements",
        Some(&json!([s[0], s[1]])),
        &ok,
    );
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.body, json!([s[0]["id"], s[1]["id"]]));
    // PUT twice with the same id and content: stored once; other content: 409.
    let put = format!(
        "/xapi/statements?statementId={}",
        s[2]["id"].as_str().unwrap()
    );
    assert_eq!(send(&c, "PUT", &put, Some(&s[2]), &ok).status, 204);
    let mut resent = s[2].clone();
    resent["timestamp"] = json!(at(25));
    assert_eq!(send(&c, "PUT", &put, Some(&resent), &ok).status, 204);
    let mut changed = s[2].clone();
    changed["result"]["duration"] = json!("PT25S");
    assert_eq!(send(&c, "PUT", &put, Some(&changed), &ok).status, 409);
    assert_eq!(
        send(&c, "PUT", &put, Some(&s[3]), &ok).status,
        400,
        "id is not statementId"
    );
    // A batch naming an id twice: 400, nothing stored.
    assert_eq!(
        send(
            &c,
            "POST",
            "/xapi/statements",
            Some(&json!([s[3], s[3]])),
            &ok
        )
        .status,
        400
    );
    // Down, then up again; refused credentials.
    lms.set_statements_down(true);
    assert_eq!(
        send(&c, "POST", "/xapi/statements", Some(&s[3]), &ok).status,
        503
    );
    lms.set_statements_down(false);
    lms.set_reject_auth(true);
    assert_eq!(
        send(&c, "POST", "/xapi/statements", Some(&s[3]), &ok).status,
        401
    );
    lms.set_reject_auth(false);
    let a = send(&c, "POST", "/xapi/statements", Some(&s[3]), &ok);
    assert_eq!((a.status, a.body.clone()), (200, json!([s[3]["id"]])));
    // A statement without an id gets one.
    let mut no_id = s[4].clone();
    no_id.as_object_mut().unwrap().remove("id");
    let a = send(&c, "POST", "/xapi/statements", Some(&no_id), &ok);
    assert_eq!(a.status, 200);
    assert!(is_uuid(a.body[0].as_str().unwrap()), "{}", a.text);
    let a = send(
        &c,
        "GET",
        &format!(
            "/xapi/statements?statementId={}",
            s[0]["id"].as_str().unwrap()
        ),
        None,
        &ok,
    );
    assert_eq!(a.body, s[0]);

    let received = lms.received();
    assert_eq!(
        received.iter().map(|r| r.order).collect::<Vec<_>>(),
        [0, 1, 2, 3, 4]
    );
    assert_eq!(
        received.iter().map(|r| r.method).collect::<Vec<_>>(),
        ["POST", "POST", "PUT", "POST", "POST"]
    );
    assert!(
        received
            .iter()
            .all(|r| r.authorization == format!("Basic {token}") && r.session_id == l.session_id)
    );
    let stored = lms.statements();
    assert_eq!(stored[..4], s[..4]);
    assert_eq!(lms.statements_of(&l), stored);
    assert!(lms.violations().iter().any(|v| v.contains("409 Conflict")));
    // A launch of another learner sees none of them.
    let other = lms.launch(AU, &learner("zhao"));
    assert!(lms.statements_of(&other).is_empty());
}

#[test]
fn an_au_doing_what_cmi5_asks_passes_the_checker_end_to_end() {
    let lms = TestLms::start(with_mastery("Normal", 0.8));
    let l = lms.launch(AU, &learner("wang"));
    let c = Client::at(lms.base());
    // What an AU does: the launch parameters, the token, LMS.LaunchData, the
    // learner's preferences, then its statements, one request each.
    let q = parse_query(&l.query);
    let actor: Value = serde_json::from_str(&q["actor"]).unwrap();
    let token = fetch_token(&lms, &c, &l);
    let ok = xapi_headers(&token);
    let data = get_launch_data(&c, &l, &token).body;
    let prefs = format!(
        "/xapi/agents/profile?profileId={LEARNER_PREFERENCES}&agent={}",
        url_encode(&actor.to_string())
    );
    assert_eq!(send(&c, "GET", &prefs, None, &ok).status, 200);
    let mut au_launch = l.clone();
    au_launch.launch_data = data;
    for s in passing_session(&au_launch, 0, 0.85) {
        let a = send(&c, "POST", "/xapi/statements", Some(&s), &ok);
        assert_eq!(a.status, 200, "{}", a.text);
    }
    let got = lms.statements_of(&l);
    assert_eq!(got.len(), 5);
    let p = cmi5_problems(&got, &l, &l.launch_data);
    assert!(p.is_empty(), "{p:#?}");
    assert!(lms.violations().is_empty(), "{:#?}", lms.violations());
    let requests = lms.requests();
    let read: Vec<&str> = requests
        .iter()
        .filter(|r| r.method == "GET")
        .map(|r| r.query.as_str())
        .collect();
    assert!(read[0].starts_with("stateId=LMS.LaunchData&"), "{read:?}");
    assert!(
        read[1].starts_with("profileId=cmi5LearnerPreferences&"),
        "{read:?}"
    );
    assert!(
        requests
            .iter()
            .filter(|r| r.path.starts_with("/xapi/"))
            .all(
                |r| r.authorization.as_deref() == Some(format!("Basic {token}").as_str())
                    && r.status < 300
            )
    );
    // Terminated: launching again abandons nothing.
    lms.launch_in(&l.registration, AU, &actor);
    assert!(
        !lms.lms_statements()
            .iter()
            .any(|s| verb(s) == CMI5_ABANDONED)
    );
}
