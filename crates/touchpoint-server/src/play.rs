//! Attempts on the server. The store keeps an attempt's seed and the replies so far
//! (`id@ms`, as `play --choices` reads them); its state is always the replay of those
//! on its encounter version, through the same session every front end uses. The
//! server draws the seed and measures each reply's time with its own clock, from
//! when it sent the node to when the reply arrived: nothing the page sends about
//! time or score is trusted.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use axum::http::StatusCode;
use serde::Serialize;
use serde_json::json;
use touchpoint_content::encounter::Encounter;
use touchpoint_content::locale::Texts;
use touchpoint_engine::mood::Mood;
use touchpoint_engine::scenario::Setting;
use touchpoint_engine::session::Event;
use touchpoint_engine::{Pick, Session, SessionError, TimedPick, assess};
use touchpoint_results::record::{self, AttemptRecord, Meta, Trainee};
use touchpoint_results::store::{Account, LiveAttempt, PutError, Role, Store};

use crate::api::ApiError;
use crate::commit::Write;
use crate::{App, now_ms};

/// The encounter version an attempt is played on: the loaded one when it is still
/// current, else the copy the store kept when the attempt started.
pub fn version_of(app: &App, s: &Store, live: &LiveAttempt) -> Result<Arc<Encounter>, ApiError> {
    if let Some(enc) = app.library().version(&live.content_hash) {
        return Ok(enc);
    }
    match s.load_version(&live.content_hash)? {
        Some(Ok(enc)) => Ok(Arc::new(enc)),
        Some(Err(e)) => Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the encounter version of this attempt cannot be loaded: {e}"),
        )),
        None => Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "the encounter version of this attempt is not in the store",
        )),
    }
}

/// The session after the attempt's replies; the events of the last step.
fn replayed<'a>(
    enc: &'a Encounter,
    live: &LiveAttempt,
) -> Result<(Session<'a>, Vec<Event>), ApiError> {
    let damaged = |e: String| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the attempt {} does not replay: {e}", live.attempt_id),
        )
    };
    let (mut s, mut events) = Session::start(&enc.scenario, &enc.catalog, live.seed)
        .map_err(|e| damaged(e.to_string()))?;
    for p in TimedPick::parse_list(&live.replies).map_err(damaged)? {
        events = s
            .replay(&p.pick, p.elapsed_ms)
            .map_err(|e| damaged(e.to_string()))?;
    }
    Ok((s, events))
}

/// A reply on offer as the page shows it: its id and its text in the attempt's locale.
#[derive(Serialize)]
struct Choice {
    id: String,
    text: String,
}

fn choices(ids: &[String], t: &Texts) -> Vec<Choice> {
    ids.iter()
        .map(|c| Choice {
            id: c.clone(),
            text: t.text(c),
        })
        .collect()
}

/// An event as the page shows it: the engine's event with its texts rendered in the
/// attempt's locale (ids kept). The replies on offer are shown with their texts in
/// place of their ids.
#[derive(Serialize)]
#[serde(untagged)]
enum Shown {
    Event {
        #[serde(flatten)]
        event: Event,
        #[serde(skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    Options {
        event: &'static str,
        choices: Vec<Choice>,
    },
}

impl Shown {
    fn of(e: &Event, t: &Texts) -> Shown {
        let text = match e {
            Event::NodeEntered { node, tone, .. } => Some(t.line(node, tone.as_deref())),
            Event::Reaction { id } => Some(t.text(id)),
            Event::Options { choices: ids } => {
                return Shown::Options {
                    event: "options",
                    choices: choices(ids, t),
                };
            }
            _ => None,
        };
        Shown::Event {
            event: e.clone(),
            text,
        }
    }
}

/// What every attempt route answers, as the page reads it: its shape in one place,
/// serialised once (the keys after `ended` only where they apply).
#[derive(Serialize)]
pub struct View {
    pub attempt_id: String,
    scenario: String,
    title: String,
    setting: String,
    locale: String,
    assessed: bool,
    events: Vec<Shown>,
    choices: Vec<Choice>,
    mood: Mood,
    time_limit: Option<u32>,
    time_left_ms: Option<i64>,
    /// Whether the clock takes a reply when the time is up (a reply sent after it is
    /// the clock's).
    clock_takes_reply: bool,
    pub ended: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    timed_out: bool,
    /// `"server"` once ended: the record below was scored by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    verified: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    competency_names: Option<BTreeMap<String, String>>,
    /// The procedures the feedback names (its steps carry their own names).
    #[serde(skip_serializing_if = "Option::is_none")]
    procedure_names: Option<BTreeMap<String, String>>,
    /// The encounter's profile of the customer, the trainee's briefing and the kind
    /// of place (`BusinessHall`, `HotelLobby`…: a client's backdrop and ambience):
    /// where an attempt is opened (started or loaded), not in every reply's answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    persona: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    briefing: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<Setting>,
    /// Launched from an LMS: the page offers the way back (to the LMS's return
    /// address, `null` when it gave none) instead of the course's links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<Option<String>>,
    /// Whether the caller owns the attempt (another person watching is offered no
    /// reply); said where an attempt is loaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yours: Option<bool>,
}

/// An attempt route's answer: the view and, once the attempt has ended, its result
/// record as JSON text, written into the answer as `result`. (The record is ~7.5 KB
/// of JSON: serialised straight to text once, not built as a `Value` and serialised
/// again, which cost a tenth of the server's CPU under load.)
pub struct Answer {
    pub view: View,
    result: Option<String>,
}

impl Answer {
    /// The answer's JSON text.
    pub fn body(&self) -> Result<String, serde_json::Error> {
        let mut body = serde_json::to_string(&self.view)?;
        if let Some(r) = &self.result
            && body.ends_with('}')
        {
            body.pop();
            if body.len() > 1 {
                body.push(',');
            }
            body.push_str("\"result\":");
            body.push_str(r);
            body.push('}');
        }
        Ok(body)
    }
}

impl axum::response::IntoResponse for Answer {
    fn into_response(self) -> axum::response::Response {
        match self.body() {
            Ok(body) => (
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                body,
            )
                .into_response(),
            Err(e) => {
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response()
            }
        }
    }
}

/// What every attempt route answers: the attempt, the events to show, the replies
/// on offer, the time left on the node's clock, and once ended the result record.
fn view(
    enc: &Encounter,
    live: &LiveAttempt,
    s: &Session<'_>,
    events: &[Event],
    result: Option<&AttemptRecord>,
    timed_out: bool,
) -> Answer {
    let t = enc.texts(&live.locale);
    let node = s.current_node();
    let ended = s.is_finished();
    let left_ms = node
        .time_limit
        .filter(|_| !ended)
        .map(|l| (i64::from(l) * 1000 - (now_ms() - live.shown_ms)).max(0));
    let names = |ids: &mut dyn Iterator<Item = &String>| {
        ids.map(|id| (id.clone(), t.cat(id)))
            .collect::<BTreeMap<_, _>>()
    };
    let view = View {
        attempt_id: live.attempt_id.clone(),
        scenario: live.scenario_id.clone(),
        title: t.text("title"),
        setting: t.text("setting"),
        locale: live.locale.clone(),
        assessed: live.assessed,
        events: events.iter().map(|e| Shown::of(e, &t)).collect(),
        choices: choices(&s.available(), &t),
        mood: s.state().mood,
        time_limit: node.time_limit.filter(|_| !ended),
        time_left_ms: left_ms,
        clock_takes_reply: node.on_timeout.is_some() && node.time_limit.is_some() && !ended,
        ended,
        timed_out,
        verified: result.map(|_| "server"),
        competency_names: result.map(|r| names(&mut r.competencies.keys())),
        procedure_names: result.map(|r| {
            names(
                &mut r
                    .feedback
                    .iter()
                    .filter_map(|f| f.procedure.as_ref())
                    .chain(r.procedures.iter().map(|p| &p.id)),
            )
        }),
        persona: None,
        briefing: None,
        place: None,
        return_url: None,
        yours: None,
    };
    Answer {
        view,
        result: result.and_then(|r| serde_json::to_string(r).ok()),
    }
}

/// The encounter's profile of the customer and the trainee's briefing, added where an
/// attempt is opened (started or loaded), not to every reply's answer.
fn with_briefing(mut a: Answer, enc: &Encounter, live: &LiveAttempt) -> Answer {
    let t = enc.texts(&live.locale);
    a.view.persona = Some(t.text("persona"));
    a.view.briefing = Some(t.text("briefing"));
    a.view.place = Some(enc.scenario.setting);
    a
}

/// The result record of a finished attempt, as the server scored it.
fn result_of(
    enc: &Encounter,
    live: &LiveAttempt,
    s: &Session<'_>,
    owner: &Account,
) -> Result<AttemptRecord, ApiError> {
    let assessment = assess(&enc.scenario, &enc.catalog, s.state())
        .map_err(|e| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string()))?;
    let meta = Meta {
        attempt_id: live.attempt_id.clone(),
        trainee: Trainee {
            id: owner.id.clone(),
            name: owner.name.clone(),
        },
        cohort: live.cohort.clone(),
        locale: live.locale.clone(),
        started_at: crate::rfc3339_ms(live.started_ms),
        // The last reply's arrival, by the server's clock (kept with the reply).
        ended_at: crate::rfc3339_ms(live.shown_ms),
    };
    Ok(record::record(
        enc,
        &enc.texts(&live.locale),
        s.state(),
        &assessment,
        meta,
    ))
}

/// Stores a finished attempt's record (once: storing it again changes nothing).
fn keep(s: &mut Store, rec: &AttemptRecord, enc: &Encounter) -> Result<(), ApiError> {
    s.keep_played(rec, enc).map(drop).map_err(refused)
}

fn refused(e: PutError) -> ApiError {
    match e {
        PutError::Refused(e) => ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the store refused the result: {e}"),
        ),
        PutError::Store(e) => e.into(),
    }
}

/// Starts an attempt for `owner` on `enc`: the server draws the seed. Returns the
/// answer to send once the write returned is committed.
pub fn start(
    owner: &Account,
    enc: &Arc<Encounter>,
    locale: &str,
    assessed: bool,
) -> Result<(Answer, Write), ApiError> {
    let seed = u64::from_le_bytes(crate::accounts::random_bytes::<8>()?) >> 11;
    let now = now_ms();
    let live = LiveAttempt {
        attempt_id: record::uuid_v7(UNIX_EPOCH + Duration::from_millis(now as u64), seed),
        user_id: owner.id.clone(),
        // A trainee's attempt counts for their cohort; an instructor's or anyone
        // else's trying an encounter counts for none.
        cohort: (owner.role == Role::Trainee)
            .then(|| owner.cohorts.first().cloned())
            .flatten(),
        scenario_id: enc.scenario.id.clone(),
        content_hash: enc.content_hash.clone(),
        locale: locale.to_string(),
        assessed,
        seed,
        started_ms: now,
        shown_ms: now,
        replies: String::new(),
        ended: false,
    };
    let (session, events) = replayed(enc, &live)?;
    let view = with_briefing(view(enc, &live, &session, &events, None, false), enc, &live);
    Ok((view, Write::Start(live, enc.clone())))
}

/// The attempt as it stands (to resume it on any device). A finished attempt whose
/// record is not stored yet (the server stopped in between) is stored now.
pub fn current(
    app: &App,
    s: &mut Store,
    live: &LiveAttempt,
    owner: &Account,
) -> Result<Answer, ApiError> {
    let enc = version_of(app, s, live)?;
    let (session, _) = replayed(&enc, live)?;
    let events = session.replay_current();
    let result = if session.is_finished() {
        let rec = result_of(&enc, live, &session, owner)?;
        if s.get(&live.attempt_id)?.is_none() {
            keep(s, &rec, &enc)?;
        }
        Some(rec)
    } else {
        None
    };
    Ok(with_briefing(
        view(&enc, live, &session, &events, result.as_ref(), false),
        &enc,
        live,
    ))
}

/// The owner replies `choice`. The time taken is the server's: from when it sent
/// the node to now. A reply after a node's time limit where the node has a reply for
/// the clock running out is too late: the clock took that reply instead (as in the
/// terminal and the app). The reply is in the store before the answer is sent; the
/// store takes it only if the attempt has not moved on meanwhile (another request).
///
/// Returns the answer to send once the write returned is committed (and took
/// effect: else another request moved the attempt on first, see [`moved_on`]).
pub fn reply(
    enc: &Arc<Encounter>,
    live: &LiveAttempt,
    owner: &Account,
    choice: &str,
) -> Result<(Answer, Write), ApiError> {
    if live.ended {
        return Err(ApiError::new(StatusCode::CONFLICT, "the attempt has ended"));
    }
    let (mut session, _) = replayed(enc, live)?;
    let now = now_ms();
    let elapsed = u64::try_from(now - live.shown_ms).unwrap_or(0);
    let node = session.current_node();
    let clock_took = match (&node.on_timeout, node.time_limit) {
        (Some(id), Some(limit)) if elapsed > u64::from(limit) * 1000 => {
            Some(format!("{id}@{}", u64::from(limit) * 1000 + 1))
        }
        _ => None,
    };
    let timed_out = clock_took.is_some();
    let (events, entry) = match clock_took {
        Some(entry) => (
            session
                .timeout()
                .map_err(|e| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string()))?,
            entry,
        ),
        None => match session.choose(&Pick::Id(choice.to_string()), elapsed) {
            Ok(ev) => (
                ev,
                TimedPick {
                    pick: Pick::Id(choice.to_string()),
                    elapsed_ms: elapsed,
                }
                .to_string(),
            ),
            Err(SessionError::NotOffered { available, .. }) => {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    format!("`{choice}` is not a reply on offer"),
                )
                .with("on_offer", json!(available)));
            }
            Err(SessionError::Finished) => {
                return Err(ApiError::new(StatusCode::CONFLICT, "the attempt has ended"));
            }
            Err(e) => {
                return Err(ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    e.to_string(),
                ));
            }
        },
    };
    let mut next = live.clone();
    next.replies = if live.replies.is_empty() {
        entry
    } else {
        format!("{},{entry}", live.replies)
    };
    next.shown_ms = now;
    next.ended = session.is_finished();
    let record = if next.ended {
        let rec = result_of(enc, &next, &session, owner)?;
        // Checked (fields, replay) as every stored record is, before it waits for
        // the store; it is stored as played on `enc`, so it must name its version.
        if rec.scenario.content_hash != enc.content_hash {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "the result does not name the encounter version it was played on",
            ));
        }
        Store::check_played(&rec, enc).map_err(refused)?;
        Some(Box::new((rec, enc.clone())))
    } else {
        None
    };
    let view = view(
        enc,
        &next,
        &session,
        &events,
        record.as_deref().map(|(r, _)| r),
        timed_out,
    );
    Ok((
        view,
        Write::Reply {
            before: live.replies.clone(),
            attempt: next,
            result: record,
        },
    ))
}
/// The answer when another request moved the attempt on first.
pub fn moved_on() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "the attempt moved on in another request; load it again",
    )
}
