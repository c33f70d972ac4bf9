//! An xAPI 1.0.3 statement validator written from the specification (Part Two,
//! "Data", sections 2.4 Statement properties, 4.1 Extensions, 4.2 Language Maps, 4.4
//! UUIDs, 4.5 Timestamps, 4.6 Durations) and cmi5 (Quartz, 9.3 verb ordering, 9.5
//! result rules), not from the code under test: it shares nothing with
//! `touchpoint_results::xapi`. The integration tests prove it is not vacuous.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

// ---------------------------------------------------------------------------------
// The validator, from the specification.
// ---------------------------------------------------------------------------------

pub const STATEMENT_KEYS: &[&str] = &[
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
];
pub const INTERACTION_TYPES: &[&str] = &[
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
];
pub const CMI5_INITIALIZED: &str = "http://adlnet.gov/expapi/verbs/initialized";
pub const CMI5_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
pub const CMI5_PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
pub const CMI5_FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
pub const CMI5_ABANDONED: &str = "https://w3id.org/xapi/adl/verbs/abandoned";
pub const CMI5_WAIVED: &str = "https://w3id.org/xapi/adl/verbs/waived";
pub const CMI5_TERMINATED: &str = "http://adlnet.gov/expapi/verbs/terminated";
pub const CMI5_SATISFIED: &str = "https://w3id.org/xapi/adl/verbs/satisfied";
pub const CMI5_VERBS: &[&str] = &[
    CMI5_INITIALIZED,
    CMI5_COMPLETED,
    CMI5_PASSED,
    CMI5_FAILED,
    CMI5_ABANDONED,
    CMI5_WAIVED,
    CMI5_TERMINATED,
    CMI5_SATISFIED,
];
pub const MASTERY_SCORE: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

/// UUID in the standard string form (4.4), RFC 4122 variant (10xx) and one of its
/// versions 1-5 (2.4.1: "all versions of variant 2 in RFC 4122 are valid").
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
        && (b'1'..=b'5').contains(&b[14])
        && matches!(b[19].to_ascii_lowercase(), b'8' | b'9' | b'a' | b'b')
}

/// An absolute IRI (RFC 3987): a scheme, ":", something; no characters an IRI may
/// not hold; every `%` followed by two hex digits. IRI fragments/relative refs fail.
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut sc = scheme.chars();
    let scheme_ok = sc.next().is_some_and(|c| c.is_ascii_alphabetic())
        && sc.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let chars_ok = !rest.is_empty()
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c));
    let b = s.as_bytes();
    let pct_ok = b.iter().enumerate().all(|(i, c)| {
        *c != b'%'
            || (b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    });
    scheme_ok && chars_ok && pct_ok
}

/// An IRL as the account homePage must be: an http(s) IRI with a host.
pub fn is_irl(s: &str) -> bool {
    is_iri(s)
        && ["http://", "https://"].iter().any(|p| {
            s.strip_prefix(p)
                .is_some_and(|r| !r.split(['/', '?', '#']).next().unwrap_or("").is_empty())
        })
}

/// An RFC 5646 language tag (langtag, privateuse or the irregular i- tags).
pub fn is_language_tag(tag: &str) -> bool {
    let alpha = |s: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic())
    };
    let alnum = |s: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric())
    };
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags.iter().any(|s| s.is_empty()) {
        return false;
    }
    if subtags[0].eq_ignore_ascii_case("x") {
        return subtags.len() > 1 && subtags[1..].iter().all(|s| alnum(s, 1, 8));
    }
    if subtags[0].eq_ignore_ascii_case("i") {
        return subtags.len() == 2 && alnum(subtags[1], 2, 8);
    }
    let mut i = 0;
    let lang = subtags[0];
    // The grammar also allows 4 (reserved) and 5-8 letter (registered) primary
    // subtags, but the IANA registry holds none: only ISO 639 codes are real.
    if !alpha(lang, 2, 3) {
        return false;
    }
    i += 1;
    {
        // up to three extlang subtags of 3 letters
        let mut n = 0;
        while n < 3 && i < subtags.len() && alpha(subtags[i], 3, 3) {
            i += 1;
            n += 1;
        }
    }
    if i < subtags.len() && alpha(subtags[i], 4, 4) {
        i += 1; // script
    }
    if i < subtags.len()
        && (alpha(subtags[i], 2, 2)
            || (subtags[i].len() == 3 && subtags[i].chars().all(|c| c.is_ascii_digit())))
    {
        i += 1; // region
    }
    while i < subtags.len() {
        let s = subtags[i];
        let variant =
            alnum(s, 5, 8) || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit() && alnum(s, 4, 4));
        if !variant {
            break;
        }
        i += 1;
    }
    while i < subtags.len() && subtags[i].len() == 1 && !subtags[i].eq_ignore_ascii_case("x") {
        if !alnum(subtags[i], 1, 1) {
            return false;
        }
        i += 1;
        let start = i;
        while i < subtags.len() && alnum(subtags[i], 2, 8) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    if i < subtags.len() && subtags[i].eq_ignore_ascii_case("x") {
        i += 1;
        let start = i;
        while i < subtags.len() && alnum(subtags[i], 1, 8) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == subtags.len()
}

/// An ISO 8601:2004 4.4.3.2 duration (`PnYnMnDTnHnMnS` or `PnW`), the only form xAPI
/// 1.0.3 (4.6) allows; a decimal fraction only on the last component. Returns its
/// length in seconds (years of 365 days, months of 30).
pub fn parse_duration(s: &str) -> Option<f64> {
    let rest = s.strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => {
            if t.is_empty() {
                return None;
            }
            (d, Some(t))
        }
        None => (rest, None),
    };
    // (designators in order, seconds each)
    let parse_part = |part: &str, units: &[(char, f64)], last: bool| -> Option<(f64, usize)> {
        let mut total = 0.0;
        let mut count = 0;
        let mut pos = 0;
        let mut num = String::new();
        let mut fraction_seen = false;
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' || c == ',' {
                if fraction_seen {
                    return None; // a component after a fractional one
                }
                num.push(if c == ',' { '.' } else { c });
                continue;
            }
            let idx = units[pos..].iter().position(|(u, _)| *u == c)? + pos;
            if num.is_empty() || num.starts_with('.') || num.ends_with('.') {
                return None;
            }
            if num.matches('.').count() > 1 {
                return None;
            }
            if num.contains('.') {
                fraction_seen = true;
            }
            total += num.parse::<f64>().ok()? * units[idx].1;
            num.clear();
            pos = idx + 1;
            count += 1;
        }
        if !num.is_empty() || (fraction_seen && !last) {
            return None;
        }
        Some((total, count))
    };
    if date.contains('W') {
        // PnW stands alone.
        if time.is_some() {
            return None;
        }
        let (w, n) = parse_part(date, &[('W', 604_800.0)], true)?;
        return (n == 1).then_some(w);
    }
    let (d, dn) = parse_part(
        date,
        &[('Y', 31_536_000.0), ('M', 2_592_000.0), ('D', 86_400.0)],
        time.is_none(),
    )?;
    let (t, tn) = match time {
        Some(t) => {
            let (v, n) = parse_part(t, &[('H', 3_600.0), ('M', 60.0), ('S', 1.0)], true)?;
            if n == 0 {
                return None;
            }
            (v, n)
        }
        None => (0.0, 0),
    };
    (dn + tn > 0).then_some(d + t)
}

/// An ISO 8601 date-time with a time zone (4.5; RFC 3339 profile), in ms since
/// the epoch. Rejects a missing zone, impossible dates and times.
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let (date, rest) = s.split_once('T')?;
    let d: Vec<&str> = date.split('-').collect();
    if d.len() != 3 || d[0].len() != 4 || d[1].len() != 2 || d[2].len() != 2 {
        return None;
    }
    let digits = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit());
    if !d.iter().all(|x| digits(x)) {
        return None;
    }
    let (y, mo, da): (i64, i64, i64) = (d[0].parse().ok()?, d[1].parse().ok()?, d[2].parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let mdays = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&mo) || da < 1 || da > mdays[(mo - 1) as usize] {
        return None;
    }
    let (time, offset_min) = if let Some(t) = rest.strip_suffix('Z') {
        (t, 0)
    } else {
        let at = rest.rfind(['+', '-'])?;
        let (t, z) = rest.split_at(at);
        let sign = if z.starts_with('-') { -1 } else { 1 };
        let z = &z[1..];
        let (zh, zm) = match z.len() {
            5 if z.as_bytes()[2] == b':' => (&z[0..2], &z[3..5]),
            4 => (&z[0..2], &z[2..4]),
            2 => (z, "00"),
            _ => return None,
        };
        if !digits(zh) || !digits(zm) {
            return None;
        }
        let (zh, zm): (i64, i64) = (zh.parse().ok()?, zm.parse().ok()?);
        if zh > 23 || zm > 59 {
            return None;
        }
        (t, sign * (zh * 60 + zm))
    };
    let (hms, frac) = match time.split_once('.') {
        Some((a, f)) if digits(f) => (a, f),
        Some(_) => return None,
        None => (time, ""),
    };
    let t: Vec<&str> = hms.split(':').collect();
    if t.len() != 3 || !t.iter().all(|x| x.len() == 2 && digits(x)) {
        return None;
    }
    let (h, mi, se): (i64, i64, i64) = (t[0].parse().ok()?, t[1].parse().ok()?, t[2].parse().ok()?);
    if h > 23 || mi > 59 || se > 60 {
        return None;
    }
    let ms: i64 = if frac.is_empty() {
        0
    } else {
        format!("{:0<3}", &frac[..frac.len().min(3)]).parse().ok()?
    };
    // days since the epoch
    let days = {
        let (yy, mm) = if mo <= 2 {
            (y - 1, mo + 9)
        } else {
            (y, mo - 3)
        };
        let era = yy.div_euclid(400);
        let yoe = yy - era * 400;
        let doy = (153 * mm + 2) / 5 + da - 1;
        era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    };
    Some(((days * 86_400 + h * 3_600 + mi * 60 + se.min(59)) - offset_min * 60) * 1_000 + ms)
}

pub fn unknown_keys(v: &Value, allowed: &[&str], at: &str, errs: &mut Vec<String>) {
    if let Some(o) = v.as_object() {
        for k in o.keys() {
            if !allowed.contains(&k.as_str()) {
                errs.push(format!("{at}: property {k:?} is not defined by xAPI"));
            }
        }
    }
}

pub fn check_language_map(v: &Value, at: &str, errs: &mut Vec<String>) {
    match v.as_object() {
        Some(o) if !o.is_empty() => {
            for (k, val) in o {
                if !is_language_tag(k) {
                    errs.push(format!("{at}: {k:?} is not an RFC 5646 language tag"));
                }
                if !val.is_string() {
                    errs.push(format!("{at}.{k}: a language map value must be a string"));
                }
            }
        }
        _ => errs.push(format!("{at}: a language map must be a non-empty object")),
    }
}

pub fn check_extensions(v: &Value, at: &str, errs: &mut Vec<String>) {
    match v.as_object() {
        Some(o) => {
            for k in o.keys() {
                if !is_iri(k) {
                    errs.push(format!("{at}: extension key {k:?} is not an IRI"));
                }
            }
        }
        None => errs.push(format!("{at}: extensions must be an object")),
    }
}

pub fn check_agent(a: &Value, at: &str, errs: &mut Vec<String>) {
    unknown_keys(
        a,
        &[
            "objectType",
            "name",
            "mbox",
            "mbox_sha1sum",
            "openid",
            "account",
        ],
        at,
        errs,
    );
    if a.get("objectType").and_then(Value::as_str) != Some("Agent") {
        errs.push(format!("{at}: objectType must be \"Agent\""));
    }
    let ifis = ["mbox", "mbox_sha1sum", "openid", "account"]
        .iter()
        .filter(|k| a.get(**k).is_some())
        .count();
    if ifis != 1 {
        errs.push(format!(
            "{at}: an Agent must have exactly one inverse functional identifier, has {ifis}"
        ));
    }
    if let Some(n) = a.get("name")
        && !n.is_string()
    {
        errs.push(format!("{at}.name: must be a string"));
    }
    if let Some(acc) = a.get("account") {
        unknown_keys(acc, &["homePage", "name"], &format!("{at}.account"), errs);
        if !acc
            .get("homePage")
            .and_then(Value::as_str)
            .is_some_and(is_irl)
        {
            errs.push(format!("{at}.account.homePage: must be an IRL"));
        }
        if acc
            .get("name")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            errs.push(format!("{at}.account.name: must be a non-empty string"));
        }
    }
}

pub fn check_components(list: &Value, at: &str, errs: &mut Vec<String>) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let Some(items) = list.as_array() else {
        errs.push(format!("{at}: must be an array of interaction components"));
        return ids;
    };
    for (i, c) in items.iter().enumerate() {
        let here = format!("{at}[{i}]");
        unknown_keys(c, &["id", "description"], &here, errs);
        match c.get("id").and_then(Value::as_str) {
            Some(id) if !id.is_empty() => {
                if id.chars().any(char::is_whitespace) {
                    errs.push(format!("{here}.id: should not contain whitespace"));
                }
                if !ids.insert(id.to_string()) {
                    errs.push(format!("{here}.id: {id:?} is not distinct"));
                }
            }
            _ => errs.push(format!("{here}.id: required string")),
        }
        if let Some(d) = c.get("description") {
            check_language_map(d, &format!("{here}.description"), errs);
        }
    }
    ids
}

/// An Activity (statement object or context activity). Returns the choice ids of a
/// choice interaction.
pub fn check_activity(o: &Value, at: &str, errs: &mut Vec<String>) -> Option<BTreeSet<String>> {
    unknown_keys(o, &["objectType", "id", "definition"], at, errs);
    if let Some(t) = o.get("objectType")
        && t != "Activity"
    {
        errs.push(format!(
            "{at}.objectType: must be \"Activity\" for an Activity"
        ));
    }
    if !o.get("id").and_then(Value::as_str).is_some_and(is_iri) {
        errs.push(format!("{at}.id: an Activity id must be an absolute IRI"));
    }
    let def = o.get("definition")?;
    let at = format!("{at}.definition");
    unknown_keys(
        def,
        &[
            "name",
            "description",
            "type",
            "moreInfo",
            "extensions",
            "interactionType",
            "correctResponsesPattern",
            "choices",
            "scale",
            "source",
            "target",
            "steps",
        ],
        &at,
        errs,
    );
    for k in ["name", "description"] {
        if let Some(m) = def.get(k) {
            check_language_map(m, &format!("{at}.{k}"), errs);
        }
    }
    if let Some(t) = def.get("type")
        && !t.as_str().is_some_and(is_iri)
    {
        errs.push(format!("{at}.type: must be an IRI"));
    }
    if let Some(m) = def.get("moreInfo")
        && !m.as_str().is_some_and(is_irl)
    {
        errs.push(format!("{at}.moreInfo: must be an IRL"));
    }
    if let Some(e) = def.get("extensions") {
        check_extensions(e, &format!("{at}.extensions"), errs);
    }
    let lists = ["choices", "scale", "source", "target", "steps"];
    let it = def.get("interactionType");
    let is_interaction_type = def.get("type").and_then(Value::as_str)
        == Some("http://adlnet.gov/expapi/activities/cmi.interaction");
    let Some(it) = it else {
        if is_interaction_type {
            errs.push(format!(
                "{at}: an interaction activity needs an interactionType"
            ));
        }
        for l in lists {
            if def.get(l).is_some() {
                errs.push(format!("{at}.{l}: only interaction activities have {l}"));
            }
        }
        return None;
    };
    let it = it.as_str().unwrap_or("");
    if !INTERACTION_TYPES.contains(&it) {
        errs.push(format!(
            "{at}.interactionType: {it:?} is not an xAPI interaction type"
        ));
        return None;
    }
    let allowed: &[&str] = match it {
        "choice" | "sequencing" => &["choices"],
        "likert" => &["scale"],
        "matching" => &["source", "target"],
        "performance" => &["steps"],
        _ => &[],
    };
    for l in lists {
        if def.get(l).is_some() && !allowed.contains(&l) {
            errs.push(format!(
                "{at}.{l}: not a component list of a {it} interaction"
            ));
        }
    }
    if let Some(p) = def.get("correctResponsesPattern")
        && !p.as_array().is_some_and(|a| a.iter().all(Value::is_string))
    {
        errs.push(format!(
            "{at}.correctResponsesPattern: must be an array of strings"
        ));
    }
    if it == "choice" {
        return Some(match def.get("choices") {
            Some(c) => check_components(c, &format!("{at}.choices"), errs),
            None => BTreeSet::new(),
        });
    }
    None
}

/// One statement against xAPI 1.0.3 and the per-statement cmi5 rules.
pub fn validate(stmt: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    if !stmt.is_object() {
        return vec!["a statement must be a JSON object".into()];
    }
    unknown_keys(stmt, STATEMENT_KEYS, "statement", &mut errs);
    match stmt.get("id").and_then(Value::as_str) {
        Some(id) if is_uuid(id) => {}
        other => errs.push(format!(
            "id: {other:?} is not a UUID (RFC 4122, standard form)"
        )),
    }
    match stmt.get("actor") {
        Some(a) => check_agent(a, "actor", &mut errs),
        None => errs.push("actor: required".into()),
    }
    let verb_id = stmt
        .pointer("/verb/id")
        .and_then(Value::as_str)
        .unwrap_or("");
    match stmt.get("verb") {
        Some(v) => {
            unknown_keys(v, &["id", "display"], "verb", &mut errs);
            if !is_iri(verb_id) {
                errs.push(format!("verb.id: {verb_id:?} is not an IRI"));
            }
            match v.get("display") {
                Some(d) => check_language_map(d, "verb.display", &mut errs),
                None => errs.push("verb.display: should be given (a language map)".into()),
            }
        }
        None => errs.push("verb: required".into()),
    }
    let mut choice_ids = None;
    let object_is_activity = match stmt.get("object") {
        Some(o) if o.get("objectType").is_none_or(|t| t == "Activity") => {
            choice_ids = check_activity(o, "object", &mut errs);
            true
        }
        Some(_) => false,
        None => {
            errs.push("object: required".into());
            false
        }
    };
    let result = stmt.get("result");
    if let Some(r) = result {
        unknown_keys(
            r,
            &[
                "score",
                "success",
                "completion",
                "response",
                "duration",
                "extensions",
            ],
            "result",
            &mut errs,
        );
        if let Some(s) = r.get("score") {
            unknown_keys(
                s,
                &["scaled", "raw", "min", "max"],
                "result.score",
                &mut errs,
            );
            let num = |k: &str, errs: &mut Vec<String>| match s.get(k) {
                None => None,
                Some(v) => match v.as_f64() {
                    Some(x) => Some(x),
                    None => {
                        errs.push(format!("result.score.{k}: must be a number"));
                        None
                    }
                },
            };
            let (scaled, raw) = (num("scaled", &mut errs), num("raw", &mut errs));
            let (min, max) = (num("min", &mut errs), num("max", &mut errs));
            if let Some(x) = scaled
                && !(-1.0..=1.0).contains(&x)
            {
                errs.push(format!("result.score.scaled: {x} is outside [-1, 1]"));
            }
            if let (Some(lo), Some(hi)) = (min, max)
                && lo >= hi
            {
                errs.push(format!("result.score: min {lo} must be less than max {hi}"));
            }
            if let (Some(x), Some(lo)) = (raw, min)
                && x < lo
            {
                errs.push(format!("result.score.raw: {x} is below min {lo}"));
            }
            if let (Some(x), Some(hi)) = (raw, max)
                && x > hi
            {
                errs.push(format!("result.score.raw: {x} is above max {hi}"));
            }
        }
        for k in ["success", "completion"] {
            if let Some(v) = r.get(k)
                && !v.is_boolean()
            {
                errs.push(format!("result.{k}: must be a boolean"));
            }
        }
        if let Some(d) = r.get("duration")
            && d.as_str().and_then(parse_duration).is_none()
        {
            errs.push(format!("result.duration: {d} is not an ISO 8601 duration"));
        }
        if let Some(resp) = r.get("response") {
            match (resp.as_str(), &choice_ids) {
                (None, _) => errs.push("result.response: must be a string".into()),
                (Some(resp), Some(ids)) => {
                    for item in resp.split("[,]") {
                        if !ids.contains(item) {
                            errs.push(format!(
                                "result.response: {item:?} is not one of the interaction's choices"
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(e) = r.get("extensions") {
            check_extensions(e, "result.extensions", &mut errs);
        }
    }
    if let Some(c) = stmt.get("context") {
        unknown_keys(
            c,
            &[
                "registration",
                "instructor",
                "team",
                "contextActivities",
                "revision",
                "platform",
                "language",
                "statement",
                "extensions",
            ],
            "context",
            &mut errs,
        );
        if let Some(r) = c.get("registration")
            && !r.as_str().is_some_and(is_uuid)
        {
            errs.push(format!("context.registration: {r} is not a UUID"));
        }
        if let Some(l) = c.get("language")
            && !l.as_str().is_some_and(is_language_tag)
        {
            errs.push(format!("context.language: {l} is not an RFC 5646 tag"));
        }
        for k in ["revision", "platform"] {
            if let Some(v) = c.get(k) {
                if !v.is_string() {
                    errs.push(format!("context.{k}: must be a string"));
                }
                if !object_is_activity {
                    errs.push(format!("context.{k}: only when the object is an Activity"));
                }
            }
        }
        if let Some(ca) = c.get("contextActivities") {
            match ca.as_object() {
                Some(o) => {
                    for (k, v) in o {
                        if !["parent", "grouping", "category", "other"].contains(&k.as_str()) {
                            errs.push(format!(
                                "context.contextActivities: {k:?} is not a context type"
                            ));
                        }
                        let list = match v {
                            Value::Array(a) => a.clone(),
                            o @ Value::Object(_) => vec![o.clone()],
                            _ => {
                                errs.push(format!(
                                    "context.contextActivities.{k}: not an Activity or array"
                                ));
                                continue;
                            }
                        };
                        for (i, a) in list.iter().enumerate() {
                            check_activity(
                                a,
                                &format!("context.contextActivities.{k}[{i}]"),
                                &mut errs,
                            );
                        }
                    }
                }
                None => errs.push("context.contextActivities: must be an object".into()),
            }
        }
        if let Some(e) = c.get("extensions") {
            check_extensions(e, "context.extensions", &mut errs);
        }
    }
    match stmt.get("timestamp").and_then(Value::as_str) {
        Some(t) if parse_timestamp(t).is_some() => {}
        other => errs.push(format!(
            "timestamp: {other:?} is not an ISO 8601 date-time with a time zone"
        )),
    }
    if let Some(v) = stmt.get("version")
        && v != "1.0.0"
    {
        errs.push(format!(
            "version: a Learning Record Provider may only set 1.0.0, not {v}"
        ));
    }

    // cmi5 9.5 on the session verbs.
    if CMI5_VERBS.contains(&verb_id) {
        let r = result.cloned().unwrap_or(json!({}));
        let passed_or_failed = verb_id == CMI5_PASSED || verb_id == CMI5_FAILED;
        if r.get("score").is_some() && !passed_or_failed {
            errs.push(format!(
                "cmi5: only passed/failed may carry a score, not {verb_id}"
            ));
        }
        match (verb_id, r.get("success")) {
            (CMI5_PASSED | CMI5_WAIVED, s) if s != Some(&json!(true)) => {
                errs.push(format!("cmi5: {verb_id} requires result.success true"))
            }
            (CMI5_FAILED, s) if s != Some(&json!(false)) => {
                errs.push("cmi5: failed requires result.success false".into())
            }
            (CMI5_PASSED | CMI5_WAIVED | CMI5_FAILED, _) | (_, None) => {}
            (_, Some(_)) => errs.push(format!("cmi5: {verb_id} must not carry result.success")),
        }
        match (verb_id, r.get("completion")) {
            (CMI5_COMPLETED | CMI5_WAIVED, c) if c != Some(&json!(true)) => {
                errs.push(format!("cmi5: {verb_id} requires result.completion true"))
            }
            (CMI5_COMPLETED | CMI5_WAIVED, _) | (_, None) => {}
            (_, Some(_)) => errs.push(format!("cmi5: {verb_id} must not carry result.completion")),
        }
        if [
            CMI5_COMPLETED,
            CMI5_PASSED,
            CMI5_FAILED,
            CMI5_TERMINATED,
            CMI5_ABANDONED,
        ]
        .contains(&verb_id)
            && r.get("duration").is_none()
        {
            errs.push(format!("cmi5: {verb_id} requires result.duration"));
        }
        if stmt.pointer("/actor/account").is_none() {
            errs.push("cmi5: the actor must be identified by an account".into());
        }
        if let (Some(ms), Some(scaled)) = (
            stmt.pointer("/context/extensions")
                .and_then(|e| e.get(MASTERY_SCORE))
                .and_then(Value::as_f64),
            r.pointer("/score/scaled").and_then(Value::as_f64),
        ) {
            if verb_id == CMI5_PASSED && scaled < ms {
                errs.push(format!(
                    "cmi5: passed with scaled {scaled} below masteryScore {ms}"
                ));
            }
            if verb_id == CMI5_FAILED && scaled >= ms {
                errs.push(format!(
                    "cmi5: failed with scaled {scaled} at or above masteryScore {ms}"
                ));
            }
        }
    }
    errs
}

/// The rules across statements: distinct ids; per registration one learner,
/// `initialized` first, `terminated`/`abandoned` last and only once, no duplicated
/// session verb, at most one of passed/failed (cmi5 9.3), and the session's
/// durations no longer than the session.
pub fn validate_sequence(stmts: &[Value]) -> Vec<String> {
    let mut errs = Vec::new();
    let mut ids = BTreeSet::new();
    for s in stmts {
        if let Some(id) = s.get("id").and_then(Value::as_str)
            && !ids.insert(id)
        {
            errs.push(format!("statement id {id} is used twice"));
        }
    }
    let mut by_reg: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for s in stmts {
        match s.pointer("/context/registration").and_then(Value::as_str) {
            Some(r) => by_reg.entry(r).or_default().push(s),
            None => errs.push("a statement has no context.registration".into()),
        }
    }
    for (reg, list) in by_reg {
        let mut list: Vec<(i64, &Value)> = list
            .into_iter()
            .map(|s| {
                let t = s
                    .get("timestamp")
                    .and_then(Value::as_str)
                    .and_then(parse_timestamp)
                    .unwrap_or(i64::MIN);
                (t, s)
            })
            .collect();
        list.sort_by_key(|(t, _)| *t);
        let verb = |s: &Value| {
            s.pointer("/verb/id")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        let actors: BTreeSet<String> = list.iter().map(|(_, s)| s["actor"].to_string()).collect();
        if actors.len() > 1 {
            errs.push(format!("registration {reg}: more than one actor"));
        }
        if list.first().map(|(_, s)| verb(s)).as_deref() != Some(CMI5_INITIALIZED) {
            errs.push(format!(
                "registration {reg}: initialized is not the first statement"
            ));
        }
        let ends: Vec<usize> = list
            .iter()
            .enumerate()
            .filter(|(_, (_, s))| [CMI5_TERMINATED, CMI5_ABANDONED].contains(&verb(s).as_str()))
            .map(|(i, _)| i)
            .collect();
        match ends.as_slice() {
            [i] => {
                let end_t = list[*i].0;
                if *i + 1 != list.len() || list.iter().filter(|(t, _)| *t >= end_t).count() > 1 {
                    errs.push(format!(
                        "registration {reg}: a statement comes after {}",
                        verb(list[*i].1)
                    ));
                }
            }
            [] => errs.push(format!(
                "registration {reg}: no terminated or abandoned statement"
            )),
            _ => errs.push(format!(
                "registration {reg}: more than one terminated/abandoned"
            )),
        }
        let mut seen = BTreeSet::new();
        for (_, s) in &list {
            let v = verb(s);
            if CMI5_VERBS.contains(&v.as_str()) && !seen.insert(v.clone()) {
                errs.push(format!("registration {reg}: {v} is duplicated"));
            }
        }
        if seen.contains(CMI5_PASSED) && seen.contains(CMI5_FAILED) {
            errs.push(format!("registration {reg}: both passed and failed"));
        }
        let start = list.first().map(|(t, _)| *t).unwrap_or(0);
        for (t, s) in &list {
            let v = verb(s);
            if CMI5_VERBS.contains(&v.as_str())
                && let Some(d) = s
                    .pointer("/result/duration")
                    .and_then(Value::as_str)
                    .and_then(parse_duration)
                && d * 1000.0 > t.saturating_sub(start) as f64 + 10.0
            {
                errs.push(format!(
                    "registration {reg}: {v} lasts {d} s, longer than the session so far"
                ));
            }
        }
    }
    errs
}

/// Every problem of a list of statements, each prefixed with the statement's index.
pub fn problems(stmts: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = stmts
        .iter()
        .enumerate()
        .flat_map(|(i, s)| validate(s).into_iter().map(move |e| format!("#{i}: {e}")))
        .collect();
    out.extend(validate_sequence(stmts));
    out
}
