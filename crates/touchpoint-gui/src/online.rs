//! The app as a client of a course server (`touchpoint gui --server URL`): sign in
//! with the account the server knows, see the course it offers (assessed encounters
//! marked, attempts left open ready to go on), and play through its API. The server
//! draws the customer, times every reply with its own clock, scores the attempt and
//! keeps it (`verified: "server"`); the app shows what it answers with its face,
//! sound and countdown, and writes nothing: no result file, journal or store.
//!
//! Requests run on a thread of their own ([`Pending`]), so the window keeps drawing
//! while the server answers; the screen says it is waiting. Errors are said in the
//! trainee's language as the terminal says them ([`RemoteError::in_words`]).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use super::debrief::Done;
use super::encounter::{self, Attempt};
use super::play::View;
use super::sound::Cue;
use super::{Screen, Shared};
use touchpoint_content::locale::Texts;
use touchpoint_engine::course::Best;
use touchpoint_engine::scenario::Setting;
use touchpoint_results::record::AttemptRecord;
use touchpoint_results::remote::{self, Account, Offered, Open, RemoteError, Server, Words};

/// Where the server is, from the command line.
#[derive(Debug, Clone)]
pub struct Connect {
    pub url: String,
    /// A PEM file's contents to trust instead of the public authorities.
    pub ca_pem: Option<Vec<u8>>,
    /// The password given with `--password-stdin` (a scripted run signs in with it).
    pub password: Option<String>,
}

/// A request on its way: its answer once the thread that sends it is done.
pub struct Pending<T>(Arc<Mutex<Option<T>>>);

impl<T: Send + 'static> Pending<T> {
    pub fn spawn(f: impl FnOnce() -> T + Send + 'static) -> Pending<T> {
        let slot = Arc::new(Mutex::new(None));
        let to = slot.clone();
        std::thread::spawn(move || {
            let answer = f();
            if let Ok(mut s) = to.lock() {
                *s = Some(answer);
            }
        });
        Pending(slot)
    }

    /// The answer, once (None while it is on its way).
    pub fn take(&self) -> Option<T> {
        self.0.lock().ok()?.take()
    }
}

/// A signed-in session; signs out when the app no longer needs it.
pub struct Signed(Server);

impl Signed {
    pub fn server(&self) -> &Server {
        &self.0
    }
}

impl Drop for Signed {
    fn drop(&mut self) {
        // The session ends with the app (an attempt left open stays on the server).
        if let Err(e) = self.0.sign_out() {
            warn!("cannot sign out of {}: {e}", self.0.url());
        }
    }
}

/// What the picker lists: the encounters offered, the caller's attempts, and their
/// best result of each encounter.
type Lists = (Vec<Offered>, Vec<Open>, BTreeMap<String, Best>);
type SignIn = Result<(Server, Account, Lists), RemoteError>;

/// The picker's lists, asked of the server.
fn lists(s: &Server, locale: &str) -> Result<Lists, RemoteError> {
    let offered = s.encounters(locale)?;
    let open = s.attempts()?;
    let mut best: BTreeMap<String, Best> = BTreeMap::new();
    for r in s.results()? {
        let now = Best {
            score: r.score,
            passed: r.passed,
        };
        Best::keep(&mut best, &r.scenario_id, now);
    }
    Ok((offered, open, best))
}

/// The server and, once signed in, the session and what it offers.
#[derive(Resource)]
pub struct Online {
    pub connect: Connect,
    pub signed: Option<Arc<Signed>>,
    pub account: Option<Account>,
    /// The encounters offered, in teaching order, and the caller's attempts.
    pub offered: Vec<Offered>,
    pub open: Vec<Open>,
    signing_in: Option<Pending<SignIn>>,
    refreshing: Option<Pending<Result<Lists, RemoteError>>>,
    /// Why the last request failed, in the trainee's language.
    pub problem: Option<String>,
}

impl Online {
    pub fn new(connect: Connect) -> Online {
        Online {
            connect,
            signed: None,
            account: None,
            offered: Vec::new(),
            open: Vec::new(),
            signing_in: None,
            refreshing: None,
            problem: None,
        }
    }

    pub fn url(&self) -> &str {
        &self.connect.url
    }

    pub fn signing_in(&self) -> bool {
        self.signing_in.is_some()
    }

    /// The picker's lists are being asked for again.
    pub fn refreshing(&self) -> bool {
        self.refreshing.is_some()
    }

    /// Signs in as `id`, then asks for the course in `locale` and the open attempts.
    pub fn sign_in(&mut self, id: &str, password: String, locale: &str) {
        let (connect, id, locale) = (self.connect.clone(), id.to_string(), locale.to_string());
        // A new sign-in ends the session before it (signed out on a thread of its
        // own: the window does not wait for the server).
        if let Some(old) = self.signed.take() {
            std::thread::spawn(move || drop(old));
        }
        self.signing_in = Some(Pending::spawn(move || {
            let mut s = Server::new(&connect.url, connect.ca_pem.as_deref())?;
            let account = s.sign_in(&id, &password)?;
            drop(password);
            let lists = lists(&s, &locale)?;
            Ok((s, account, lists))
        }));
    }

    /// The open attempt of `scenario` the trainee would go on with.
    pub fn open_attempt(&self, scenario: &str) -> Option<&Open> {
        self.open
            .iter()
            .rev()
            .find(|a| a.scenario == scenario && !a.ended)
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            signing_in.run_if(in_state(Screen::SignIn)),
            refreshed.run_if(in_state(Screen::Picker)),
            announce_place.run_if(in_state(Screen::Encounter)),
        ),
    )
    .add_systems(OnEnter(Screen::Picker), refresh)
    .add_systems(OnEnter(Screen::Encounter), begin)
    .add_systems(OnExit(Screen::Encounter), |mut commands: Commands| {
        commands.remove_resource::<Remote>();
    });
    encounter::plays::<Remote>(app);
}

/// The sign-in's answer: the picker, or what went wrong on the form.
fn signing_in(
    mut online: ResMut<Online>,
    mut shared: ResMut<Shared>,
    mut form: ResMut<super::signin::Form>,
    path: Res<super::signin::ProfilePath>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(answer) = online.signing_in.as_ref().and_then(Pending::take) else {
        return;
    };
    online.signing_in = None;
    form.busy = false;
    match answer {
        Ok((server, account, (offered, open, best))) => {
            info!("signed in to {} as {}", server.url(), account.id);
            shared.player.trainee = touchpoint_results::record::Trainee {
                id: account.id.clone(),
                name: account.name.clone(),
            };
            shared.player.cohort = account.cohorts.first().cloned();
            super::signin::remember(&path, &shared.player);
            online.signed = Some(Arc::new(Signed(server)));
            online.account = Some(account);
            online.offered = offered;
            online.open = open;
            shared.best = best;
            online.problem = None;
            form.fields[1].clear();
            next.set(Screen::Picker);
        }
        Err(e) => {
            let ui = shared.ui();
            form.error = Some(e.in_words(&ui, online.url()));
            form.fields[1].clear();
        }
    }
}

/// The course and the open attempts, asked again each time the picker opens (an
/// attempt may have ended or begun in the browser meanwhile).
fn refresh(mut online: ResMut<Online>, shared: Res<Shared>) {
    let Some(signed) = online.signed.clone() else {
        return;
    };
    let locale = shared.player.locale.clone();
    online.refreshing = Some(Pending::spawn(move || lists(signed.server(), &locale)));
}

fn refreshed(mut commands: Commands, mut online: ResMut<Online>, mut shared: ResMut<Shared>) {
    let Some(answer) = online.refreshing.as_ref().and_then(Pending::take) else {
        return;
    };
    online.refreshing = None;
    match answer {
        Ok((offered, open, best)) => {
            online.offered = offered;
            online.open = open;
            shared.best = best;
            online.problem = None;
        }
        Err(e) => {
            online.problem = Some(e.in_words(&shared.ui(), online.url()));
        }
    }
    commands.queue(|w: &mut World| super::picker::redraw_in_place(w));
}

/// An attempt on the server: the picked encounter's open attempt goes on, else a new
/// one starts.
fn begin(mut commands: Commands, shared: Res<Shared>, online: Res<Online>) {
    let (Some(signed), Some(offered)) = (
        online.signed.clone(),
        shared.picked.and_then(|k| online.offered.get(k)),
    ) else {
        return;
    };
    let scenario = offered.id.clone();
    let locale = shared.player.locale.clone();
    let first = {
        let (signed, scenario) = (signed.clone(), scenario.clone());
        Pending::spawn(move || {
            let s = signed.server();
            // Asked now, not from the list: the browser may have moved it on.
            let open = s
                .attempts()?
                .into_iter()
                .rev()
                .find(|a| a.scenario == scenario && !a.ended);
            match open {
                Some(a) => s.attempt(&a.attempt_id),
                None => s.start(&scenario, &locale),
            }
        })
    };
    let ui = shared.ui();
    commands.insert_resource(Remote {
        signed,
        url: online.url().to_string(),
        scenario,
        attempt_id: String::new(),
        locale: shared.player.locale.clone(),
        assessed: offered.assessed,
        place: None,
        announced: false,
        view: View::default(),
        words: Words::default(),
        texts: Arc::new(Words::default().texts(&shared.player.locale)),
        ui,
        ended: false,
        result: None,
        time_left_ms: None,
        clock_takes_reply: false,
        timed_out: false,
        waiting: Some(first),
        problem: None,
    });
    encounter::show::<Remote>(&mut commands);
}

/// The ambience of the encounter's place, once the server has said where it is.
fn announce_place(remote: Option<ResMut<Remote>>, mut cues: MessageWriter<Cue>) {
    let Some(mut remote) = remote else { return };
    if remote.announced {
        return;
    }
    if let Some(place) = remote.place {
        remote.announced = true;
        cues.write(Cue::Place(place));
    }
}

/// An attempt on the course server, as the encounter screen plays it.
#[derive(Resource)]
pub struct Remote {
    signed: Arc<Signed>,
    url: String,
    pub scenario: String,
    /// The server's id of the attempt (empty until its first answer).
    pub attempt_id: String,
    pub locale: String,
    pub assessed: bool,
    pub place: Option<Setting>,
    announced: bool,
    pub view: View,
    /// The texts the server sent so far, and them as [`Texts`].
    words: Words,
    texts: Arc<Texts>,
    /// The program's own strings.
    ui: Arc<Texts>,
    ended: bool,
    /// The record the server scored and kept, once ended.
    pub result: Option<AttemptRecord>,
    time_left_ms: Option<u64>,
    clock_takes_reply: bool,
    /// The last reply came after the node's time was up: the server took the node's
    /// reply for the clock running out instead.
    pub timed_out: bool,
    waiting: Option<Pending<Result<remote::View, RemoteError>>>,
    /// Why the server did not go on, in the trainee's language.
    pub problem: Option<String>,
}

impl Remote {
    fn take(&mut self, v: remote::View) {
        self.words.add(&v.words);
        self.texts = Arc::new(self.words.texts(&v.locale));
        self.attempt_id = v.attempt_id;
        self.locale = v.locale;
        self.assessed = v.assessed;
        self.place = v.place.or(self.place);
        self.view.absorb(&v.events);
        self.view.options = v.choices;
        self.view.mood = v.mood;
        self.view.time_limit = v.time_limit;
        self.time_left_ms = v.time_left_ms;
        self.clock_takes_reply = v.clock_takes_reply;
        self.timed_out = v.timed_out;
        self.ended = v.ended;
        self.result = v.result;
        self.problem = None;
    }

    fn send_id(&mut self, choice: String) {
        let (signed, id) = (self.signed.clone(), self.attempt_id.clone());
        self.waiting = Some(Pending::spawn(move || signed.server().reply(&id, &choice)));
    }
}

impl Attempt for Remote {
    fn view(&self) -> &View {
        &self.view
    }
    fn texts(&self, _shared: &Shared) -> Arc<Texts> {
        self.texts.clone()
    }
    fn is_over(&self) -> bool {
        self.ended
    }
    fn busy(&self) -> bool {
        self.waiting.is_some()
    }
    fn time_left(&self) -> Option<f32> {
        self.time_left_ms.map(|ms| ms as f32 / 1000.0)
    }
    fn send(&mut self, k: usize, _ms: u64) -> Result<bool, String> {
        // The server times the reply itself: the app's milliseconds are not sent.
        let choice = self
            .view
            .options
            .get(k)
            .cloned()
            .ok_or_else(|| format!("no reply {} on offer", k + 1))?;
        self.send_id(choice);
        Ok(false)
    }
    fn clock_ran_out(&mut self) -> Result<bool, String> {
        // The server takes the node's reply for the clock running out, whatever is
        // sent after it (as the course's pages and the terminal do); a node whose
        // clock takes no reply waits for the trainee's, counted late.
        if self.clock_takes_reply
            && let Some(first) = self.view.options.first().cloned()
        {
            self.send_id(first);
        }
        Ok(false)
    }
    fn arrived(&mut self) -> Option<Result<(), String>> {
        let answer = self.waiting.as_ref()?.take()?;
        self.waiting = None;
        match answer {
            Ok(v) => {
                self.take(v);
                Some(Ok(()))
            }
            // Another window or device moved the attempt on: where it stands now.
            Err(RemoteError::NotOnOffer { .. } | RemoteError::Conflict { .. })
                if !self.attempt_id.is_empty() =>
            {
                let (signed, id) = (self.signed.clone(), self.attempt_id.clone());
                self.waiting = Some(Pending::spawn(move || signed.server().attempt(&id)));
                self.problem = Some(self.ui.ui("ui-server-moved-on"));
                None
            }
            Err(e) => {
                let mut said = e.in_words(&self.ui, &self.url);
                if matches!(
                    e,
                    RemoteError::Unreachable { .. } | RemoteError::SessionEnded
                ) {
                    said = format!("{said}\n{}", self.ui.ui("ui-server-go-on-later"));
                }
                self.problem = Some(said.clone());
                Some(Err(said))
            }
        }
    }
    fn finish(&mut self, _shared: &Shared) -> Result<Done, String> {
        let record = self
            .result
            .take()
            .ok_or_else(|| "the attempt ended without its result".to_string())?;
        let kept = self.ui.ui_fmt(
            "ui-server-kept",
            &[("id", record.attempt_id.clone().into())],
        );
        Ok(Done {
            record,
            texts: self.texts.clone(),
            kept: Ok(kept),
            note: None,
            seed: None,
        })
    }
    fn leave(&mut self, _shared: &Shared) {
        if !self.attempt_id.is_empty() {
            info!(
                "attempt {} stays open on {}; it goes on next time",
                self.attempt_id, self.url
            );
        }
    }
    fn esc_hint(&self) -> &'static str {
        "gui-encounter-keys-online"
    }
    fn notice(&self, _shared: &Shared) -> Option<String> {
        let kind = if self.assessed {
            "ui-server-assessed-attempt"
        } else {
            "ui-server-practice-attempt"
        };
        let mut lines = vec![format!("({})", self.ui.ui(kind))];
        if let Some(p) = &self.problem {
            lines.push(p.clone());
        }
        if self.busy() {
            lines.push(self.ui.ui("gui-waiting"));
        }
        Some(lines.join("\n"))
    }
}
