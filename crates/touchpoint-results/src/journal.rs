//! The journal of an attempt in progress, so that a killed terminal or desktop app
//! loses nothing: after every reply the attempt's header and its replies so far are
//! written (atomically: temporary file, fsync, rename) to
//! `<results folder>/in-progress/<trainee>--<scenario>--<attempt>.journal`. The next
//! start for the same trainee and encounter offers to resume it; resuming replays the
//! replies on the same seed, which gives exactly the state the attempt was in (the
//! session is deterministic), checked against the state saved with them. When the
//! attempt ends (finished or abandoned) and its result is saved, the journal is
//! removed. A journal that does not read is never deleted: it is reported and left.
//!
//! Beside each journal, `<journal>.version` keeps the files of the encounter version
//! its attempt is played on (written atomically with the first journal of it, and
//! again after `play --watch` reloads a changed encounter), so that an attempt
//! settled after its encounter changed is scored, and verified, on what was played
//! without ever waiting on the results store ([`played_on`]).
//!
//! The `.journal` extension keeps these files out of `touchpoint results import`,
//! which reads `*.json`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::verify::VersionFiles;
use crate::record::{Trainee, write_atomic};
use touchpoint_content::encounter::Encounter;
use touchpoint_content::report::Report;
use touchpoint_engine::SessionState;

pub const SCHEMA: &str = "touchpoint.journal";
pub const VERSION: u32 = 1;

/// One attempt in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub schema: String,
    pub version: u32,
    pub attempt_id: String,
    /// The scenario file played (absolute), its id and content hash: a changed
    /// encounter cannot be resumed faithfully.
    pub scenario_path: PathBuf,
    pub scenario_id: String,
    pub content_hash: String,
    pub trainee: Trainee,
    pub cohort: Option<String>,
    pub locale: String,
    pub seed: u64,
    pub started_at: String,
    /// Written at every reply.
    pub updated_at: String,
    /// The replies so far: choice id and the milliseconds the trainee took.
    pub replies: Vec<(String, u64)>,
    /// The session state after the last reply (what a replay must arrive at).
    pub state: SessionState,
}

/// `<results folder>/in-progress`.
pub fn dir(results_dir: &Path) -> PathBuf {
    results_dir.join("in-progress")
}

/// A file-name-safe form of an id (ids are validated, but a journal never trusts them).
fn safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@') {
                c
            } else {
                '_'
            }
        })
        .collect::<String>()
        .trim_start_matches('.')
        .chars()
        .take(80)
        .collect()
}

impl Journal {
    pub fn file_name(&self) -> String {
        format!(
            "{}--{}--{}.journal",
            safe(&self.trainee.id),
            safe(&self.scenario_id),
            safe(&self.attempt_id)
        )
    }

    pub fn path(&self, dir: &Path) -> PathBuf {
        dir.join(self.file_name())
    }

    /// Writes the journal atomically into `dir` (created if needed).
    pub fn write(&self, dir: &Path) -> std::io::Result<PathBuf> {
        std::fs::create_dir_all(dir)?;
        let path = self.path(dir);
        let json = serde_json::to_vec(self).map_err(std::io::Error::other)?;
        write_atomic(&path, &json)?;
        Ok(path)
    }
}

/// Reads a journal; errors name the file, line and column.
pub fn read(path: &Path) -> Result<Journal, Report> {
    let text = touchpoint_content::files::read_text(path)?;
    let mut j: Journal = serde_json::from_str(&text).map_err(|e| {
        Report::error(
            path,
            e.line().max(1),
            e.column().max(1),
            format!("not a Touchpoint journal: {e}"),
        )
    })?;
    if j.schema != SCHEMA || j.version != VERSION {
        return Err(Report::error(
            path,
            1,
            1,
            format!(
                "journal `{}` version {} is not one this version reads ({SCHEMA} {VERSION})",
                j.schema, j.version
            ),
        ));
    }
    normalise(&mut j);
    if let Err((key, what)) = check_fields(&j) {
        // Located at the field's key (journals are one line of JSON).
        let at = text
            .find(&format!("\"{key}\""))
            .map_or(1, |i| text[..i].chars().count() + 1);
        return Err(Report::error(
            path,
            1,
            at,
            format!("this journal's {what}; its attempt cannot be resumed or recorded as it is"),
        ));
    }
    Ok(j)
}

/// What older versions wrote that reads the same today: an empty cohort (older `play`
/// wrote `""` for none; import reads it as none) is none; a reply journaled as taking
/// more than a day (the app journaled any time before the one-day cap) took a day,
/// in the replies and in the state they led to, as the engine counts it today (a
/// reply that late is late either way).
fn normalise(j: &mut Journal) {
    use crate::record::MAX_ELAPSED_MS;
    if j.cohort.as_deref() == Some("") {
        j.cohort = None;
    }
    for (_, ms) in &mut j.replies {
        *ms = (*ms).min(MAX_ELAPSED_MS);
    }
    for d in &mut j.state.decisions {
        d.elapsed_ms = d.elapsed_ms.min(MAX_ELAPSED_MS);
    }
}

/// `s` for a message: escaped, and cut to its first 60 characters (a journal's field
/// may be megabytes long).
fn clip(s: &str) -> String {
    const MAX: usize = 60;
    let mut out: String = s
        .chars()
        .take(MAX)
        .collect::<String>()
        .escape_debug()
        .to_string();
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

/// Which rule a name (or cohort) of at most `max` characters without control
/// characters breaks, if any.
fn name_rule(s: &str, max: usize) -> Option<String> {
    let n = s.chars().count();
    if n > max {
        Some(format!("is {n} characters long, over {max}"))
    } else {
        s.chars().find(|c| c.is_control()).map(|c| {
            format!(
                "holds the control character U+{:04X} (names and cohorts may not)",
                u32::from(c)
            )
        })
    }
}

/// The fields a journal gives its attempt's record, checked by the rules `play` applies
/// to what it is given (and the results store to what it keeps), so that a journal
/// never resumes into a record that cannot be saved: `Err((key, what is wrong))`.
fn check_fields(j: &Journal) -> Result<(), (&'static str, String)> {
    use crate::record::{
        MAX_DURATION_MS, time_span, valid_attempt_id, valid_cohort, valid_name, valid_trainee_id,
    };
    if !valid_attempt_id(&j.attempt_id) {
        return Err((
            "attempt_id",
            format!(
                "attempt id `{}` is not 1-64 letters, digits, `-` or `_`",
                clip(&j.attempt_id)
            ),
        ));
    }
    if !valid_trainee_id(&j.trainee.id) {
        return Err((
            "trainee",
            format!(
                "trainee id `{}` is not 1-64 letters, digits, `.`, `_`, `-` or `@`",
                clip(&j.trainee.id)
            ),
        ));
    }
    if !valid_name(&j.trainee.name) {
        let rule = name_rule(&j.trainee.name, crate::record::MAX_NAME_CHARS)
            .unwrap_or_else(|| "is not a valid name".into());
        return Err((
            "trainee",
            format!("trainee name `{}` {rule}", clip(&j.trainee.name)),
        ));
    }
    if let Some(c) = j.cohort.as_deref().filter(|c| !valid_cohort(c)) {
        let rule = name_rule(c, crate::record::MAX_NAME_CHARS)
            .unwrap_or_else(|| "is not a valid cohort".into());
        return Err(("cohort", format!("cohort `{}` {rule}", clip(c))));
    }
    if !touchpoint_content::locale::SUPPORTED.contains(&j.locale.as_str()) {
        return Err((
            "locale",
            format!(
                "locale `{}` is not one of {}",
                clip(&j.locale),
                touchpoint_content::locale::SUPPORTED.join(", ")
            ),
        ));
    }
    // The times a record of it would carry: in range and in order; and resumed now,
    // it would end now, so it must not have begun more than a year ago.
    let (started, _) = time_span(("started_at", &j.started_at), ("updated_at", &j.updated_at))?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    if now - started > MAX_DURATION_MS {
        return Err((
            "started_at",
            format!(
                "attempt began at {}, more than {} days ago (an attempt lasts at most {} days)",
                clip(&j.started_at),
                MAX_DURATION_MS / 86_400_000,
                MAX_DURATION_MS / 86_400_000
            ),
        ));
    }
    Ok(())
}

/// A journal that cannot be used, and what is wrong with it.
pub type Unusable = (PathBuf, Report);

/// The unfinished attempts of `trainee` on `scenario_id` in `dir`, newest first, and
/// the journals there that are unusable (do not read, or break a rule; each with what
/// is wrong), which this never touches (see [`set_aside`]).
pub fn pending(
    dir: &Path,
    trainee: &str,
    scenario_id: &str,
) -> (Vec<(PathBuf, Journal)>, Vec<Unusable>) {
    let prefix = format!("{}--{}--", safe(trainee), safe(scenario_id));
    let mut found = Vec::new();
    let mut bad = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return (found, bad);
    };
    for e in rd.filter_map(Result::ok) {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if !name.starts_with(&prefix) || !name.ends_with(".journal") {
            continue;
        }
        if in_use(&p) {
            // Another session is playing this attempt right now.
            continue;
        }
        match read(&p) {
            Ok(j) if j.trainee.id == trainee && j.scenario_id == scenario_id => found.push((p, j)),
            Ok(_) => {}
            Err(r) => bad.push((p, r)),
        }
    }
    found.sort_by(|a, b| b.1.updated_at.cmp(&a.1.updated_at));
    (found, bad)
}

/// Moves an unusable journal aside, never deleting it: renamed to
/// `<journal>.unusable` (`.unusable-2`, … if taken) in the same folder, with its
/// version file; it is then no longer offered, warned about or recorded. Returns
/// where it went.
pub fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let to = (1..1000)
        .map(|k| {
            with(&if k == 1 {
                ".unusable".to_string()
            } else {
                format!(".unusable-{k}")
            })
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .ok_or_else(|| std::io::Error::other("too many journals set aside already"))?;
    std::fs::rename(path, &to)?;
    let version = version_path(path);
    if version.exists() {
        let _ = std::fs::rename(&version, version_path(&to));
    }
    let _ = std::fs::remove_file(lock_path(path));
    Ok(to)
}

/// What a journal says about its attempt besides the replies.
#[derive(Debug, Clone)]
pub struct Header {
    pub attempt_id: String,
    pub scenario_path: PathBuf,
    pub scenario_id: String,
    pub content_hash: String,
    pub trainee: Trainee,
    pub cohort: Option<String>,
    pub locale: String,
    pub seed: u64,
    pub started_at: String,
}

/// Writes an attempt's journal after every reply, and removes it once the attempt is
/// saved. Front ends keep one per attempt in progress.
#[derive(Debug, Clone)]
pub struct Writer {
    pub dir: PathBuf,
    pub header: Header,
    /// The journal file, once written (or the one being resumed).
    pub path: Option<PathBuf>,
    /// The journal's lock, held while this attempt is played.
    lock: Option<std::sync::Arc<std::fs::File>>,
    /// The files of the encounter version being played, written beside the journal
    /// (see [`version_path`]) with the first journal of it.
    version: Option<std::sync::Arc<VersionFiles>>,
    /// The content hash of the version file last written.
    version_written: Option<String>,
}

/// The lock file of a journal: held (an exclusive OS file lock) by the process that
/// plays the attempt, so that another session never offers a live attempt as
/// interrupted. The OS releases it when the process dies, however it dies.
fn lock_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Whether a live session holds this journal's lock.
pub fn in_use(journal: &Path) -> bool {
    let Ok(f) = std::fs::File::open(lock_path(journal)) else {
        return false;
    };
    matches!(f.try_lock_shared(), Err(std::fs::TryLockError::WouldBlock))
}

/// Takes the journal's lock for this process (None if it cannot be had).
fn take_lock(journal: &Path) -> Option<std::sync::Arc<std::fs::File>> {
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(journal))
        .ok()?;
    f.try_lock().ok()?;
    Some(std::sync::Arc::new(f))
}

impl Writer {
    /// The writer of an attempt played on `enc` (`header.content_hash` is its hash).
    pub fn new(dir: PathBuf, header: Header, resumed: Option<PathBuf>, enc: &Encounter) -> Self {
        let lock = resumed.as_deref().and_then(take_lock);
        let mut w = Writer {
            dir,
            header,
            path: resumed,
            lock,
            version: None,
            version_written: None,
        };
        w.play_on(enc);
        w
    }

    /// The attempt goes on on `enc` (`play --watch` reloaded a changed encounter):
    /// the journal names its content hash from the next reply on, and its version
    /// file is written again with it.
    pub fn play_on(&mut self, enc: &Encounter) {
        self.header.content_hash = enc.content_hash.clone();
        self.version = Some(std::sync::Arc::new(VersionFiles::of(enc)));
    }

    /// Journals the replies so far and the state they led to (atomically).
    pub fn record(
        &mut self,
        replies: &[(String, u64)],
        state: &SessionState,
        now: &str,
    ) -> std::io::Result<()> {
        let h = &self.header;
        let j = Journal {
            schema: SCHEMA.to_string(),
            version: VERSION,
            attempt_id: h.attempt_id.clone(),
            scenario_path: h.scenario_path.clone(),
            scenario_id: h.scenario_id.clone(),
            content_hash: h.content_hash.clone(),
            trainee: h.trainee.clone(),
            cohort: h.cohort.clone(),
            locale: h.locale.clone(),
            seed: h.seed,
            started_at: h.started_at.clone(),
            // A clock that stepped back never makes it end before it began.
            updated_at: crate::record::not_before(now, &h.started_at),
            replies: replies.to_vec(),
            state: state.clone(),
        };
        std::fs::create_dir_all(&self.dir)?;
        let path = j.path(&self.dir);
        if self.lock.is_none() {
            self.lock = take_lock(&path);
        }
        // The version first: a journal is never on disk without the files of the
        // version it names (unless they cannot be written, said by the error).
        if let Some(v) = self
            .version
            .as_ref()
            .filter(|v| self.version_written.as_deref() != Some(v.content_hash.as_str()))
        {
            write_version(&version_path(&path), v)?;
            self.version_written = Some(v.content_hash.clone());
        }
        self.path = Some(j.write(&self.dir)?);
        Ok(())
    }

    /// The attempt is saved: its journal (and its version file) go.
    pub fn done(&self) {
        if let Some(p) = &self.path {
            remove(p);
        }
    }
}

/// The replies of a session so far, as a journal keeps them.
pub fn replies(state: &SessionState) -> Vec<(String, u64)> {
    state
        .decisions
        .iter()
        .map(|d| (d.choice.clone(), d.elapsed_ms))
        .collect()
}

/// The record of an interrupted attempt that is not resumed: scored as finished when
/// its journal already holds the end (the program died between the last reply and
/// saving), else abandoned. Its cohort, name, times and content hash are the
/// journal's (the encounter may have changed since).
pub fn settle(
    enc: &Encounter,
    texts: &touchpoint_content::locale::Texts,
    j: &Journal,
) -> crate::record::AttemptRecord {
    use crate::record::{self, Meta};
    let meta = Meta {
        attempt_id: j.attempt_id.clone(),
        trainee: j.trainee.clone(),
        cohort: j.cohort.clone(),
        locale: j.locale.clone(),
        started_at: j.started_at.clone(),
        ended_at: j.updated_at.clone(),
    };
    let mut rec = match touchpoint_engine::assess(&enc.scenario, &enc.catalog, &j.state) {
        Ok(a) if j.state.outcome.is_some() && j.content_hash == enc.content_hash => {
            record::record(enc, texts, &j.state, &a, meta)
        }
        _ => record::abandoned(enc, texts, &j.state, meta),
    };
    rec.scenario.content_hash = j.content_hash.clone();
    rec
}

/// The file beside a journal that keeps the files of the encounter version its
/// attempt is played on: `<journal>.version` (JSON; not `*.json`, which
/// `results import` would take for a result file). Written atomically when the
/// journal starts and again when `play --watch` reloads a changed encounter, so
/// that settling the attempt never depends on the results store.
pub fn version_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(".version");
    PathBuf::from(name)
}

/// The contents of a version file.
#[derive(Debug, Serialize, Deserialize)]
struct VersionFile {
    schema: String,
    content_hash: String,
    scenario_id: String,
    /// `(name, text)` as the store names them (see [`VersionFiles::files`]).
    files: Vec<(String, String)>,
}

const VERSION_SCHEMA: &str = "touchpoint.journal-version";

fn write_version(path: &Path, v: &VersionFiles) -> std::io::Result<()> {
    let file = VersionFile {
        schema: VERSION_SCHEMA.to_string(),
        content_hash: v.content_hash.clone(),
        scenario_id: v.scenario_id.clone(),
        files: v
            .files()
            .into_iter()
            .map(|(n, t)| (n, t.to_string()))
            .collect(),
    };
    let json = serde_json::to_vec(&file).map_err(std::io::Error::other)?;
    write_atomic(path, &json)
}

/// The encounter version kept beside the journal at `journal`, if it is there, is
/// the one of `content_hash`, and its files are intact (they hash to it) and load.
pub fn read_version(journal: &Path, content_hash: &str) -> Option<Encounter> {
    let text = std::fs::read(version_path(journal)).ok()?;
    let f: VersionFile = serde_json::from_slice(&text).ok()?;
    if f.schema != VERSION_SCHEMA || f.content_hash != content_hash {
        return None;
    }
    VersionFiles::from_files(&f.content_hash, &f.scenario_id, f.files)
        .ok()?
        .load()
        .ok()
}

/// The encounter a journal's attempt was played on, when the encounter has changed
/// since (`enc` is it as it is now): the version kept beside the journal at `path`
/// (see [`version_path`]), else the one the store at `store` keeps under the
/// journal's content hash. `None` when it has not changed, or when neither has that
/// version (the attempt is then settled on `enc` and stored unverified). The store
/// is opened only when the file beside the journal does not give the version.
pub fn played_on(
    path: &Path,
    j: &Journal,
    enc: &Encounter,
    store: &super::store::Location,
) -> Option<Encounter> {
    if j.content_hash == enc.content_hash {
        return None;
    }
    if let Some(v) = read_version(path, &j.content_hash) {
        return Some(v);
    }
    let store = super::store::Store::open(store).ok()?;
    store.load_version(&j.content_hash).ok()??.ok()
}

/// Removes a journal (and its version and lock files) once its attempt is saved.
pub fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
    let _ = std::fs::remove_file(version_path(path));
    let _ = std::fs::remove_file(lock_path(path));
}
