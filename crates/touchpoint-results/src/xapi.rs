//! xAPI 1.0.3 statements for one attempt, so that an LMS or LRS can hold Touchpoint
//! results next to its other courses (`touchpoint results export --format xapi`,
//! `--lrs URL`; posting is [`super::lrs`]).
//!
//! What is sent for one attempt, in this order and with strictly increasing
//! timestamps, all under one `context.registration` (a UUID derived from the
//! attempt id, so exporting twice gives the same registration):
//!
//! 1. `initialized` on the encounter (at `started_at`).
//! 2. One `answered` per decision: the object is the node, a `cmi.interaction` of
//!    type `choice` with the chosen reply among its `choices` (its text in the
//!    attempt's language), `result.response` the reply id, `result.duration` the time
//!    the trainee took, and in `result.extensions` the techniques followed, broken and
//!    applied automatically and the customer's mood before, after and the change.
//!    Its timestamp is `started_at` plus the time taken up to that decision.
//! 3. A finished attempt: `completed` (`result.completion`), then `passed` or
//!    `failed` with `result.score` (raw 0-100, min 0, max 100, scaled raw/100),
//!    `result.success` and `result.duration` (and in `result.extensions` the pass
//!    mark, critical breaches, outcome, ending and, for an attempt from the store,
//!    `verified`: false when it was stored without a replay on its encounter
//!    version, so its score is as its result file says), then one `scored` per
//!    competency on an objective activity, then `terminated` (with the session's duration), at
//!    `ended_at`.
//! 4. An abandoned attempt: no completion, no score, no competencies: `abandoned`
//!    (with the duration) ends it.
//!
//! Why it looks like this:
//!
//! - The session statements follow cmi5's rules (cmi5 "Quartz", sections 9.3 and
//!   9.5): `initialized` first and `terminated` last; a score only on `passed` and
//!   `failed`; `success` true on `passed` and false on `failed`; `completion` only on
//!   `completed` (so `passed`/`failed` do not carry it: cmi5 9.5.3 forbids it there);
//!   a duration on completed, passed, failed, terminated and abandoned; nothing
//!   after `abandoned`, which in cmi5 *replaces* `terminated` (9.3.6: after it "the
//!   LMS MUST NOT allow any additional statements", so an abandoned attempt has no
//!   `terminated`). They do not carry the cmi5 category activity: no cmi5 LMS
//!   launched the encounter, so they are "cmi5-style" and an LMS's cmi5 launch
//!   checks (launch data, session, masteryScore) do not apply. For the same reason
//!   no `masteryscore` extension is sent: a trainee who broke a critical taboo fails
//!   with a score above the pass mark, which cmi5 forbids only relative to an
//!   LMS-given masteryScore. The pass mark goes in Touchpoint's own extension.
//! - Competencies use ADL's `http://adlnet.gov/expapi/verbs/scored`: the statement
//!   reports a measured score on an objective, not a pass or a mastery (there is no
//!   pass mark per competency), and `scored` is in ADL's vocabulary that every LRS
//!   report knows. Their parent is the encounter.
//! - Ids are deterministic: a statement's `id` is a name-based UUID (version 5, RFC
//!   4122, which xAPI 1.0.3 names for ids) of the IRI base, the attempt id and the
//!   statement's position, so re-sending after a failure or exporting twice never
//!   creates duplicates: an LRS keeps the first and answers 204/409 to the rest.
//! - Every statement has the attempt's language (`context.language`), the platform
//!   `Touchpoint`, the cohort (as a grouping activity) when there is one, and the
//!   attempt id, seed, encounter content hash and engine version in context
//!   extensions, so an LRS record can be traced back to the replayable attempt.
//! - Activity and extension ids live under one configurable IRI base
//!   ([`XapiOptions::base`], default [`DEFAULT_BASE`]); the trainee is an `account`
//!   on that base (cmi5 requires an account actor).
//!
//! Pure: values in, JSON values out; no clock, no IO.

use serde_json::{Map, Value, json};

use crate::record::{AttemptRecord, Turn};

/// The IRI base for activity, extension and account ids when none is configured.
pub const DEFAULT_BASE: &str = "https://touchpoint.training/xapi";

/// The RFC 4122 namespace for URL names (`6ba7b811-9dad-11d1-80b4-00c04fd430c8`).
pub const NAMESPACE_URL: [u8; 16] = [
    0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
];

pub const VERB_INITIALIZED: &str = "http://adlnet.gov/expapi/verbs/initialized";
pub const VERB_ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
pub const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
pub const VERB_PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
pub const VERB_FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
pub const VERB_ABANDONED: &str = "https://w3id.org/xapi/adl/verbs/abandoned";
pub const VERB_TERMINATED: &str = "http://adlnet.gov/expapi/verbs/terminated";
pub const VERB_SCORED: &str = "http://adlnet.gov/expapi/verbs/scored";

pub const TYPE_SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
pub const TYPE_INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
pub const TYPE_OBJECTIVE: &str = "http://adlnet.gov/expapi/activities/objective";

/// What the statements are built with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XapiOptions {
    /// An absolute `http(s)` IRI under which activity ids (`{base}/encounters/…`,
    /// `{base}/competencies/…`, `{base}/cohorts/…`) and extension keys
    /// (`{base}/extensions/…`) are made, and the trainees' account home page.
    /// A trailing `/` is ignored. Use a domain the organisation controls.
    pub base: String,
}

impl Default for XapiOptions {
    fn default() -> Self {
        XapiOptions {
            base: DEFAULT_BASE.to_string(),
        }
    }
}

impl XapiOptions {
    pub fn new(base: impl Into<String>) -> Self {
        XapiOptions { base: base.into() }
    }
}

/// Why an attempt gives no statements: a bad IRI base, or a record whose times or
/// scores are not what a result file holds. Names the attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XapiError(pub String);

impl std::fmt::Display for XapiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for XapiError {}

/// The statements of one attempt (see the module documentation). A record that
/// [`try_statements`] refuses gives none; call that to learn why.
pub fn statements(rec: &AttemptRecord, opts: &XapiOptions) -> Vec<Value> {
    try_statements(rec, opts).unwrap_or_default()
}

/// The statements of many attempts, one after the other; the first record that
/// cannot be expressed stops it with an error naming the attempt.
pub fn statements_for_all<'a>(
    records: impl IntoIterator<Item = &'a AttemptRecord>,
    opts: &XapiOptions,
) -> Result<Vec<Value>, XapiError> {
    let mut out = Vec::new();
    for rec in records {
        out.extend(try_statements(rec, opts)?);
    }
    Ok(out)
}

/// Checks that `base` can be the IRI base: `http://` or `https://`, a host, and no
/// characters an IRI may not hold.
pub fn check_base(base: &str) -> Result<(), XapiError> {
    if is_http_address(base) {
        Ok(())
    } else {
        Err(XapiError(format!(
            "the xAPI IRI base must be an http:// or https:// address with a host and no \
             query, fragment, user or spaces (for example {DEFAULT_BASE}), not {base:?}"
        )))
    }
}

/// Whether `s` is an absolute `http://` or `https://` address with a host, and no
/// user, query, fragment or character an IRI may not hold (spaces, control
/// characters, `<>"{}|\^``): the IRI base, and the course server's address in a cmi5
/// package ([`super::cmi5`]).
pub fn is_http_address(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !host.contains('@')
    }) && !s.contains(['?', '#'])
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c))
}

/// The activity id of an encounter under the IRI base `base` (a trailing `/`
/// ignored): the object of every statement about an attempt at it, and the AU id of
/// the encounter in a cmi5 course package ([`super::cmi5`]), so that the two name
/// the same activity.
pub fn encounter_activity_id(base: &str, scenario_id: &str) -> String {
    format!(
        "{}/encounters/{}",
        base.trim_end_matches('/'),
        segment(scenario_id)
    )
}

/// The registration of an attempt: a version 5 UUID of its attempt id, the same for
/// every export of that attempt whatever the IRI base.
pub fn registration(rec: &AttemptRecord) -> String {
    uuid_v5(
        NAMESPACE_URL,
        &format!("urn:touchpoint:attempt:{}", rec.attempt_id),
    )
}

/// The statements of one attempt, or why there are none.
pub fn try_statements(rec: &AttemptRecord, opts: &XapiOptions) -> Result<Vec<Value>, XapiError> {
    build(rec, opts, None)
}

/// As [`try_statements`], for an attempt from the store: the `passed`/`failed`
/// statement's `result.extensions` also say whether it was `verified` (replayed on
/// its encounter version when it was stored). An unverified attempt's score and
/// success are as its result file says: an LRS sees that, never a bare pass.
pub fn try_stored_statements(
    rec: &AttemptRecord,
    opts: &XapiOptions,
    verified: bool,
) -> Result<Vec<Value>, XapiError> {
    build(rec, opts, Some(verified))
}

fn build(
    rec: &AttemptRecord,
    opts: &XapiOptions,
    verified: Option<bool>,
) -> Result<Vec<Value>, XapiError> {
    check_base(&opts.base)?;
    let bad = |what: String| XapiError(format!("attempt {}: {what}", rec.attempt_id));
    let started = parse_rfc3339(&rec.started_at)
        .ok_or_else(|| bad(format!("started_at {:?} is not RFC 3339", rec.started_at)))?;
    let ended = parse_rfc3339(&rec.ended_at)
        .ok_or_else(|| bad(format!("ended_at {:?} is not RFC 3339", rec.ended_at)))?;
    if rec.score > 100 {
        return Err(bad(format!("score {} is over 100", rec.score)));
    }
    let mut competencies = Vec::new();
    for (id, v) in &rec.competencies {
        match v.as_f64() {
            Some(x) if (0.0..=100.0).contains(&x) => competencies.push((id.as_str(), x)),
            _ => return Err(bad(format!("competency {id} is {v}, not 0..=100"))),
        }
    }
    let abandoned = rec.status == "abandoned";
    let b = Builder::new(rec, opts);

    // Timestamps: strictly increasing so that order by timestamp (cmi5's rule) is
    // the order here even when the decisions' times are zero (scripted play).
    let mut times = Vec::with_capacity(rec.transcript.len() + competencies.len() + 5);
    times.push(started);
    let mut taken: i64 = 0;
    for t in &rec.transcript {
        taken = taken.saturating_add(i64::try_from(t.elapsed_ms).unwrap_or(i64::MAX));
        let prev = *times.last().unwrap_or(&started);
        times.push(started.saturating_add(taken).max(prev + 1));
    }
    let closing = if abandoned {
        1
    } else {
        competencies.len() + 3 // completed, passed|failed, the competencies, terminated
    };
    let last_turn = *times.last().unwrap_or(&started);
    let end = ended.max(last_turn + closing as i64);
    for k in 0..closing {
        times.push(end - (closing - 1 - k) as i64);
    }

    let mut out = Vec::with_capacity(times.len());
    let mut stamp = times.iter().copied();
    let mut next = || stamp.next().unwrap_or(end);
    out.push(b.session(VERB_INITIALIZED, next(), None));
    for t in &rec.transcript {
        out.push(b.answered(t, next()));
    }
    if abandoned {
        let at = next();
        out.push(b.session(
            VERB_ABANDONED,
            at,
            Some(json!({ "duration": iso8601_duration(at - started) })),
        ));
    } else {
        let at = next();
        out.push(b.session(
            VERB_COMPLETED,
            at,
            Some(json!({ "completion": true, "duration": iso8601_duration(at - started) })),
        ));
        let at = next();
        let verb = if rec.passed { VERB_PASSED } else { VERB_FAILED };
        let mut result = json!({
            "score": score(f64::from(rec.score)),
            "success": rec.passed,
            "duration": iso8601_duration(at - started),
        });
        let mut ext = Map::new();
        ext.insert(b.ext("pass-mark"), json!(rec.pass_mark));
        ext.insert(b.ext("critical-breaches"), json!(rec.critical));
        ext.insert(b.ext("outcome"), json!(rec.outcome));
        ext.insert(b.ext("ending"), json!(rec.ending));
        if let Some(v) = verified {
            ext.insert(b.ext("verified"), json!(v));
        }
        result["extensions"] = Value::Object(ext);
        out.push(b.session(verb, at, Some(result)));
        for (id, x) in &competencies {
            out.push(b.competency(id, *x, next()));
        }
        let at = next();
        out.push(b.session(
            VERB_TERMINATED,
            at,
            Some(json!({ "duration": iso8601_duration(at - started) })),
        ));
    }
    for (i, s) in out.iter_mut().enumerate() {
        s["id"] = json!(b.statement_id(i));
    }
    Ok(out)
}

/// `{scaled, raw, min, max}` for a 0..=100 score.
fn score(raw: f64) -> Value {
    // Two decimals of scaled are exact for integer raws; rounding keeps 0.29 from
    // printing as 0.29000000000000004.
    let scaled = (raw / 100.0 * 10_000.0).round() / 10_000.0;
    let raw = if raw.fract() == 0.0 {
        json!(raw as u64)
    } else {
        json!(raw)
    };
    json!({ "scaled": scaled, "raw": raw, "min": 0, "max": 100 })
}

/// Builds the parts every statement of one attempt shares.
struct Builder<'a> {
    rec: &'a AttemptRecord,
    base: String,
    lang: String,
    registration: String,
    actor: Value,
    encounter: Value,
    grouping: Option<Value>,
    context_ext: Value,
}

impl<'a> Builder<'a> {
    fn new(rec: &'a AttemptRecord, opts: &XapiOptions) -> Self {
        let base = opts.base.trim_end_matches('/').to_string();
        // A language map needs an RFC 5646 tag; a record with something else gets
        // "und" (undetermined) and no context.language.
        let lang = if plausible_language_tag(&rec.locale) {
            rec.locale.clone()
        } else {
            "und".to_string()
        };
        let mut actor = json!({
            "objectType": "Agent",
            "account": { "homePage": base, "name": rec.trainee.id },
        });
        if !rec.trainee.name.trim().is_empty() {
            actor["name"] = json!(rec.trainee.name);
        }
        let encounter = json!({
            "objectType": "Activity",
            "id": encounter_activity_id(&base, &rec.scenario.id),
            "definition": {
                "type": TYPE_SIMULATION,
                "name": { lang.as_str(): rec.scenario.title },
            },
        });
        let grouping = rec.cohort.as_deref().filter(|c| !c.is_empty()).map(|c| {
            json!({
                "objectType": "Activity",
                "id": format!("{base}/cohorts/{}", segment(c)),
                "definition": { "name": { lang.as_str(): c } },
            })
        });
        let ext = |name: &str| format!("{base}/extensions/{name}");
        let context_ext = json!({
            ext("attempt"): rec.attempt_id,
            ext("seed"): rec.seed,
            ext("content-hash"): rec.scenario.content_hash,
            ext("engine-version"): rec.engine_version,
        });
        Builder {
            rec,
            registration: registration(rec),
            base,
            lang,
            actor,
            encounter,
            grouping,
            context_ext,
        }
    }

    fn ext(&self, name: &str) -> String {
        format!("{}/extensions/{name}", self.base)
    }

    fn statement_id(&self, index: usize) -> String {
        uuid_v5(
            NAMESPACE_URL,
            &format!(
                "{}/attempts/{}/statements/{index}",
                self.base,
                segment(&self.rec.attempt_id)
            ),
        )
    }

    fn context(&self, parent: Option<&Value>, extra: Option<(String, Value)>) -> Value {
        let mut ctx = json!({
            "registration": self.registration,
            "platform": "Touchpoint",
        });
        if self.lang != "und" {
            ctx["language"] = json!(self.lang);
        }
        let mut activities = Map::new();
        if let Some(p) = parent {
            activities.insert("parent".into(), json!([p]));
        }
        if let Some(g) = &self.grouping {
            activities.insert("grouping".into(), json!([g]));
        }
        if !activities.is_empty() {
            ctx["contextActivities"] = Value::Object(activities);
        }
        let mut ext = self.context_ext.clone();
        if let Some((k, v)) = extra {
            ext[k] = v;
        }
        ctx["extensions"] = ext;
        ctx
    }

    fn statement(&self, verb: &str, object: Value, at: i64, result: Option<Value>) -> Value {
        self.statement_in(verb, object, at, result, self.context(None, None))
    }

    fn statement_in(
        &self,
        verb: &str,
        object: Value,
        at: i64,
        result: Option<Value>,
        context: Value,
    ) -> Value {
        let mut s = json!({
            "id": "",
            "actor": self.actor,
            "verb": verb_object(verb),
            "object": object,
        });
        if let Some(r) = result {
            s["result"] = r;
        }
        s["context"] = context;
        s["timestamp"] = json!(format_rfc3339(at));
        s
    }

    /// A statement about the attempt as a whole (the cmi5-style sequence).
    fn session(&self, verb: &str, at: i64, result: Option<Value>) -> Value {
        self.statement(verb, self.encounter.clone(), at, result)
    }

    fn answered(&self, t: &Turn, at: i64) -> Value {
        let lang = self.lang.as_str();
        let object = json!({
            "objectType": "Activity",
            "id": format!("{}/nodes/{}", self.encounter["id"].as_str().unwrap_or(""), segment(&t.node)),
            "definition": {
                "type": TYPE_INTERACTION,
                "name": { lang: format!("{}: {}", self.rec.scenario.title, t.node) },
                "interactionType": "choice",
                "choices": [ { "id": t.choice, "description": { lang: t.choice_text } } ],
            },
        });
        let mood = |m: &touchpoint_engine::Mood| json!({ "anger": m.anger, "trust": m.trust, "patience": m.patience });
        let (b, a) = (&t.mood_before, &t.mood_after);
        let mut ext = Map::new();
        ext.insert(self.ext("techniques-followed"), json!(t.follows));
        ext.insert(self.ext("techniques-broken"), json!(t.breaks));
        if !t.automatic.is_empty() {
            ext.insert(self.ext("techniques-automatic"), json!(t.automatic));
        }
        ext.insert(
            self.ext("mood"),
            json!({
                "before": mood(b),
                "after": mood(a),
                "delta": {
                    "anger": a.anger - b.anger,
                    "trust": a.trust - b.trust,
                    "patience": a.patience - b.patience,
                },
            }),
        );
        ext.insert(self.ext("late"), json!(t.late));
        ext.insert(self.ext("escalated"), json!(t.escalated));
        if let Some(r) = &t.reaction {
            ext.insert(self.ext("reaction"), json!(r));
        }
        let result = json!({
            "response": t.choice,
            "duration": iso8601_duration(i64::try_from(t.elapsed_ms).unwrap_or(i64::MAX)),
            "extensions": Value::Object(ext),
        });
        // What the customer said, as the trainee saw it (the line varies by tone).
        let line = (
            self.ext("customer-line"),
            json!({ "key": t.line_key, "text": { lang: t.line } }),
        );
        let context = self.context(Some(&self.encounter), Some(line));
        self.statement_in(VERB_ANSWERED, object, at, Some(result), context)
    }

    fn competency(&self, id: &str, raw: f64, at: i64) -> Value {
        let object = json!({
            "objectType": "Activity",
            "id": format!("{}/competencies/{}", self.base, segment(id)),
            "definition": { "type": TYPE_OBJECTIVE },
        });
        let context = self.context(Some(&self.encounter), None);
        self.statement_in(
            VERB_SCORED,
            object,
            at,
            Some(json!({ "score": score(raw) })),
            context,
        )
    }
}

/// The verb object with its display in English and Chinese.
fn verb_object(id: &str) -> Value {
    let (en, zh) = match id {
        VERB_INITIALIZED => ("initialized", "已开始"),
        VERB_ANSWERED => ("answered", "已作答"),
        VERB_COMPLETED => ("completed", "已完成"),
        VERB_PASSED => ("passed", "已通过"),
        VERB_FAILED => ("failed", "未通过"),
        VERB_ABANDONED => ("abandoned", "已放弃"),
        VERB_TERMINATED => ("terminated", "已结束"),
        VERB_SCORED => ("scored", "已评分"),
        _ => ("", ""),
    };
    json!({ "id": id, "display": { "en-US": en, "zh-CN": zh } })
}

/// A path segment of an IRI: unreserved characters kept, everything else
/// percent-encoded as UTF-8 (so a cohort named `第一期 A` is still one segment).
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Letters, digits and hyphens in subtags of 1-8: enough to key a language map.
fn plausible_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// An ISO 8601 duration (the `PnDTnHnMnS` format xAPI 1.0.3 section 4.6 requires) to
/// 0.01 s: 63 250 ms is `PT1M3.25S`, 0 is `PT0S`.
pub fn iso8601_duration(ms: i64) -> String {
    let ms = ms.max(0);
    let cs = ms / 10;
    let (h, m, s, frac) = (cs / 360_000, cs / 6_000 % 60, cs / 100 % 60, cs % 100);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || frac > 0 || (h == 0 && m == 0) {
        out.push_str(&s.to_string());
        if frac > 0 {
            let f = format!("{frac:02}");
            out.push('.');
            out.push_str(f.trim_end_matches('0'));
        }
        out.push('S');
    }
    out
}

/// Milliseconds since the Unix epoch of an RFC 3339 time (`Z` or `±hh:mm`).
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let t = s.get(r)?;
        if t.bytes().all(|c| c.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 {
        return None;
    }
    if sec > 60 {
        return None;
    }
    let mut i = 19;
    let mut ms = 0i64;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return None;
        }
        let digits = &s[start..i.min(start + 3)];
        ms = digits.parse::<i64>().ok()? * 10i64.pow(3 - digits.len() as u32);
    }
    let offset_min = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        c @ (b'+' | b'-') if i + 6 == b.len() && b[i + 3] == b':' => {
            let (oh, om) = (num(i + 1..i + 3)?, num(i + 4..i + 6)?);
            if oh > 23 || om > 59 {
                return None;
            }
            let o = oh * 60 + om;
            if *c == b'-' { -o } else { o }
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo, d);
    let secs = days * 86_400 + h * 3_600 + mi * 60 + sec.min(59) - offset_min * 60;
    Some(secs * 1_000 + ms)
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` for milliseconds since the Unix epoch.
pub fn format_rfc3339(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let rest = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rest / 3_600_000,
        rest / 60_000 % 60,
        rest / 1_000 % 60,
        rest % 1_000
    )
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (the inverse).
pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A name-based UUID, version 5 (SHA-1 of the namespace and the name, RFC 4122
/// section 4.3), in the standard lower-case string form.
pub fn uuid_v5(namespace: [u8; 16], name: &str) -> String {
    let mut data = namespace.to_vec();
    data.extend_from_slice(name.as_bytes());
    let h = sha1(&data);
    let mut u = [0u8; 16];
    u.copy_from_slice(&h[..16]);
    u[6] = (u[6] & 0x0f) | 0x50;
    u[8] = (u[8] & 0x3f) | 0x80;
    let hex: String = u.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// SHA-1 (FIPS 180-4), only for version 5 UUIDs, which RFC 4122 defines with it.
/// Not used for anything that needs collision resistance.
fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [
        0x6745_2301,
        0xEFCD_AB89,
        0x98BA_DCFE,
        0x1032_5476,
        0xC3D2_E1F0,
    ];
    let mut msg = data.to_vec();
    let bits = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bits.to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 80];
        for (wi, c) in w.iter_mut().zip(block.chunks_exact(4)) {
            *wi = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A82_7999),
                20..=39 => (b ^ c ^ d, 0x6ED9_EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC),
                _ => (b ^ c ^ d, 0xCA62_C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (o, x) in out.chunks_exact_mut(4).zip(h) {
        o.copy_from_slice(&x.to_be_bytes());
    }
    out
}
