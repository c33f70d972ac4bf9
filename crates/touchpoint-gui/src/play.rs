//! The bridge between the app and the engine: one attempt at one encounter. It drives
//! the same [`Session`] as the terminal, through its events, and saves the result
//! exactly as `touchpoint play` does (same JSON, same folder).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use bevy::prelude::Resource;

use touchpoint_content::encounter::Encounter;
use touchpoint_content::locale::Texts;
use touchpoint_engine::{Assessment, Event, Mood, Pick, Session, SessionState, assess};
use touchpoint_results::journal::{self, Journal};
use touchpoint_results::record::{self, AttemptRecord, Meta, Trainee};

/// Who is playing, and where results go.
#[derive(Debug, Clone)]
pub struct Player {
    pub trainee: Trainee,
    pub cohort: Option<String>,
    pub locale: String,
    pub results_dir: PathBuf,
    /// The results store every attempt is also written to.
    pub store: touchpoint_results::store::Location,
}

/// What the encounter screen shows now.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct View {
    pub node: String,
    pub tone: Option<String>,
    pub mood: Mood,
    pub time_limit: Option<u32>,
    /// Reply ids on offer, in display order.
    pub options: Vec<String>,
    /// The customer's reaction to the last reply, if one was drawn.
    pub reaction: Option<String>,
    /// Mood before the last reply (for the cue: angrier or calmer).
    pub mood_before: Option<Mood>,
    pub escalated: bool,
    pub late: bool,
}

impl View {
    /// Follows the engine's events (the local session's, or a server's answer).
    pub fn absorb(&mut self, events: &[Event]) {
        self.reaction = None;
        self.mood_before = None;
        self.escalated = false;
        self.late = false;
        for e in events {
            match e {
                Event::NodeEntered {
                    node,
                    tone,
                    mood,
                    time_limit,
                } => {
                    self.node = node.clone();
                    self.tone = tone.clone();
                    self.mood = *mood;
                    self.time_limit = *time_limit;
                    self.options.clear();
                }
                Event::Reaction { id } => self.reaction = Some(id.clone()),
                Event::MoodChanged { before, after } => {
                    self.mood_before = Some(*before);
                    self.mood = *after;
                }
                Event::Late { .. } => self.late = true,
                Event::Escalated { .. } => self.escalated = true,
                Event::Options { choices } => self.options = choices.clone(),
                Event::Ended { .. } => self.options.clear(),
            }
        }
    }
}

/// A finished attempt.
#[derive(Debug, Clone)]
pub struct Finished {
    pub assessment: Assessment,
    pub record: AttemptRecord,
    /// Where the result was saved, or why it could not be.
    pub saved: Result<PathBuf, String>,
    /// Why the results store did not take it, as the terminal says it (see
    /// `touchpoint_results::played`), if it did not.
    pub store_note: Option<String>,
}

#[derive(Resource)]
pub struct Play {
    pub enc: Arc<Encounter>,
    pub seed: u64,
    state: SessionState,
    attempt_id: String,
    started_at: String,
    pub view: View,
    pub finished: Option<Finished>,
    /// Writes the journal after every reply, so a killed app can resume the attempt.
    journal: Option<journal::Writer>,
    /// Replies the attempt resumed with (0 for a new attempt).
    pub resumed: usize,
    /// A resumed attempt keeps the trainee name and cohort it began with.
    began_as: Option<(Trainee, Option<String>)>,
    /// When the last reply was given (RFC 3339): the attempt ends there, as in the
    /// terminal, however long the trainee then waits before leaving or the result is
    /// saved. The journal keeps the same moment.
    last_reply_at: Option<String>,
}

impl Play {
    pub fn start(enc: Arc<Encounter>, seed: u64) -> Result<Play, String> {
        let (session, events) = Session::start(&enc.scenario, &enc.catalog, seed)
            .map_err(|e| format!("{}: {e}", enc.path.display()))?;
        let state = session.into_state();
        let started = SystemTime::now();
        let mut play = Play {
            enc,
            seed,
            state,
            attempt_id: record::uuid_v7(started, seed),
            started_at: record::rfc3339(started),
            view: View::default(),
            finished: None,
            journal: None,
            resumed: 0,
            began_as: None,
            last_reply_at: None,
        };
        play.absorb(&events);
        Ok(play)
    }

    /// Continues an interrupted attempt from its journal: its replies are replayed on
    /// its seed by the rule the terminal and import use ([`Session::replay`]: a clock
    /// timeout as a timeout) and must arrive exactly at the saved state, so an edited
    /// journal cannot make up a state no real path reaches. The attempt keeps its id,
    /// start time, trainee, cohort and the time of its last reply.
    pub fn resume(enc: Arc<Encounter>, j: &Journal) -> Result<Play, String> {
        let file = enc.path.display().to_string();
        if j.content_hash != enc.content_hash {
            return Err(format!(
                "{file}: the encounter changed since the interrupted attempt began"
            ));
        }
        let mut play = Play::start(enc, j.seed)?;
        for (id, ms) in &j.replies {
            if let Err(e) = play.replay_id(id, *ms) {
                return Err(format!(
                    "{file}: the interrupted attempt's reply `{id}` does not replay: {e}"
                ));
            }
        }
        if serde_json::to_value(&play.state).ok() != serde_json::to_value(&j.state).ok() {
            return Err(format!(
                "{file}: the interrupted attempt's replies do not replay to its saved state"
            ));
        }
        play.attempt_id = j.attempt_id.clone();
        play.started_at = j.started_at.clone();
        play.resumed = j.replies.len();
        play.began_as = Some((j.trainee.clone(), j.cohort.clone()));
        play.last_reply_at = Some(j.updated_at.clone());
        Ok(play)
    }

    /// Journals every reply from now on into the player's `in-progress` folder
    /// (`resumed`: the journal file this attempt came from).
    pub fn journal_to(&mut self, player: &Player, resumed: Option<PathBuf>) {
        let (trainee, cohort) = self.who(player);
        let header = journal::Header {
            attempt_id: self.attempt_id.clone(),
            scenario_path: std::path::absolute(&self.enc.path)
                .unwrap_or_else(|_| self.enc.path.clone()),
            scenario_id: self.enc.scenario.id.clone(),
            content_hash: self.enc.content_hash.clone(),
            trainee,
            cohort,
            locale: player.locale.clone(),
            seed: self.seed,
            started_at: self.started_at.clone(),
        };
        self.journal = Some(journal::Writer::new(
            journal::dir(&player.results_dir),
            header,
            resumed,
            // Its files are kept beside the journal, so that an attempt settled after
            // the encounter changed is scored on what was played (see
            // `journal::played_on`); the store is not waited on.
            &self.enc,
        ));
    }

    pub fn state(&self) -> &SessionState {
        &self.state
    }

    pub fn is_over(&self) -> bool {
        self.state.outcome.is_some()
    }

    fn absorb(&mut self, events: &[Event]) {
        self.view.absorb(events);
    }

    fn step(
        &mut self,
        f: impl FnOnce(&mut Session<'_>) -> Result<Vec<Event>, touchpoint_engine::SessionError>,
    ) -> Result<(), String> {
        let enc = self.enc.clone();
        let mut s = Session::resume(&enc.scenario, &enc.catalog, self.state.clone())
            .map_err(|e| e.to_string())?;
        let events = f(&mut s).map_err(|e| e.to_string())?;
        self.state = s.into_state();
        self.absorb(&events);
        let now = record::rfc3339(SystemTime::now());
        if let Some(w) = self.journal.as_mut()
            && let Err(e) = w.record(&journal::replies(&self.state), &self.state, &now)
        {
            bevy::log::warn!("cannot write the journal in {}: {e}", w.dir.display());
        }
        self.last_reply_at = Some(now);
        Ok(())
    }

    /// The trainee picked reply `k` (0-based, in display order) after `elapsed_ms`.
    pub fn choose(&mut self, k: usize, elapsed_ms: u64) -> Result<(), String> {
        self.step(|s| s.choose(&Pick::Number(k + 1), elapsed_ms))
    }

    /// Replays a reply by id as it was recorded (resuming a journal, reloading a
    /// changed encounter): [`Session::replay`], the rule the terminal and import use,
    /// so a reply the clock took replays as that timeout.
    pub fn replay_id(&mut self, id: &str, elapsed_ms: u64) -> Result<(), String> {
        self.step(|s| s.replay(&Pick::Id(id.to_string()), elapsed_ms))
    }

    /// The node's clock ran out: the scenario's `on_timeout` reply, counted as late.
    pub fn timeout(&mut self) -> Result<(), String> {
        self.step(|s| s.timeout())
    }

    /// The trainee and cohort of this attempt: the signed-in player's, or for a
    /// resumed attempt the ones it began with.
    fn who(&self, player: &Player) -> (Trainee, Option<String>) {
        self.began_as
            .clone()
            .unwrap_or_else(|| (player.trainee.clone(), player.cohort.clone()))
    }

    /// After a reload of the encounter's files: the replayed attempt `fresh` goes on
    /// as this same attempt (same id, start, trainee and journal), journaled against
    /// the new version.
    pub fn carry_into(&self, fresh: &mut Play) {
        fresh.attempt_id = self.attempt_id.clone();
        fresh.started_at = self.started_at.clone();
        fresh.began_as = self.began_as.clone();
        fresh.resumed = self.resumed;
        fresh.last_reply_at = self.last_reply_at.clone();
        fresh.journal = self.journal.clone().map(|mut w| {
            w.play_on(&fresh.enc);
            w
        });
        if let Some(w) = fresh.journal.as_mut() {
            let now = record::rfc3339(SystemTime::now());
            if let Err(e) = w.record(&journal::replies(&fresh.state), &fresh.state, &now) {
                bevy::log::warn!("cannot write the journal in {}: {e}", w.dir.display());
            }
        }
    }

    /// Who played, when, in which language: the record's header. The attempt ends at
    /// its last reply (README: Result files).
    fn meta(&self, player: &Player) -> Meta {
        let (trainee, cohort) = self.who(player);
        Meta {
            attempt_id: self.attempt_id.clone(),
            trainee,
            cohort,
            locale: player.locale.clone(),
            started_at: self.started_at.clone(),
            ended_at: self
                .last_reply_at
                .clone()
                .unwrap_or_else(|| record::rfc3339(SystemTime::now())),
        }
    }

    /// The trainee left part-way: records the attempt as abandoned (when at least one
    /// reply was given), like `touchpoint play` does when the trainee quits.
    pub fn abandon(&self, player: &Player, texts: &Texts) -> Option<Result<PathBuf, String>> {
        if self.state.decisions.is_empty() || self.finished.is_some() {
            return None;
        }
        let meta = self.meta(player);
        let record = record::abandoned(&self.enc, texts, &self.state, meta);
        let (saved, _) = save(player, &self.enc, &record);
        if saved.is_ok()
            && let Some(w) = &self.journal
        {
            w.done();
        }
        Some(saved)
    }

    /// Scores the finished attempt and saves it like `touchpoint play` does.
    pub fn finish(&mut self, player: &Player, texts: &Texts) -> Result<&Finished, String> {
        let assessment = assess(&self.enc.scenario, &self.enc.catalog, &self.state)
            .map_err(|e| e.to_string())?;
        let meta = self.meta(player);
        let record = record::record(&self.enc, texts, &self.state, &assessment, meta);
        let (saved, store_note) = save(player, &self.enc, &record);
        if saved.is_ok()
            && let Some(w) = &self.journal
        {
            w.done();
        }
        self.finished = Some(Finished {
            assessment,
            record,
            saved,
            store_note,
        });
        Ok(self.finished.as_ref().expect("just set"))
    }
}

/// Saves the record as `touchpoint play` does: the result file first, then the store
/// ([`touchpoint_results::played::keep_in_store`]). Returns where the file went (or why
/// it could not be written) and, when the store did not take the record, the
/// terminal's message saying why and whether an import would (also logged).
fn save(
    player: &Player,
    enc: &Encounter,
    record: &AttemptRecord,
) -> (Result<PathBuf, String>, Option<String>) {
    let dir = &player.results_dir;
    let saved = (|| {
        let json = serde_json::to_string_pretty(record).map_err(|e| e.to_string())?;
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = dir.join(record::file_name(record));
        record::write_atomic(&path, format!("{json}\n").as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    })();
    let ui = Texts::new(&player.locale, None, None);
    let note =
        touchpoint_results::played::keep_in_store(&player.store, record, enc, saved.is_ok(), &ui);
    if let Some(n) = &note {
        bevy::log::warn!("{n}");
    }
    (saved, note)
}

/// The newest interrupted attempt of `player` on `enc`, if any.
pub fn pending(player: &Player, enc: &Encounter) -> Option<(PathBuf, Journal)> {
    let dir = journal::dir(&player.results_dir);
    let (found, bad) = journal::pending(&dir, &player.trainee.id, &enc.scenario.id);
    for (_, r) in bad {
        bevy::log::warn!("{r} (left as it is)");
    }
    found.into_iter().next()
}

/// Whether an interrupted attempt can be resumed as it was: its encounter has not
/// changed and it had not ended yet.
pub fn resumable(enc: &Encounter, j: &Journal) -> bool {
    j.content_hash == enc.content_hash && j.state.outcome.is_none()
}

/// Records an interrupted attempt that is not resumed (as abandoned, or as finished
/// if it had ended) and removes its journal once it is saved.
pub fn discard(player: &Player, enc: &Encounter, path: &std::path::Path, j: &Journal) {
    // Scored on the version it was played on (the copy beside its journal, else the
    // store's) if the encounter has changed since, as the terminal does.
    let old = journal::played_on(path, j, enc, &player.store);
    let on = old.as_ref().unwrap_or(enc);
    let texts = on.texts(&j.locale);
    let record = journal::settle(on, &texts, j);
    match save(player, on, &record).0 {
        Ok(p) => {
            bevy::log::info!("interrupted attempt recorded in {}", p.display());
            journal::remove(path);
        }
        Err(e) => bevy::log::error!("cannot record the interrupted attempt: {e}"),
    }
}
