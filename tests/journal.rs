//! Crash safety of terminal play: a trainee's attempt is journaled after every reply;
//! `touchpoint play` killed with SIGKILL at random moments is resumed with `--resume`
//! and scores exactly as the same attempt played without interruption; nothing saved
//! is lost or duplicated; a declined resume records the attempt as abandoned.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use touchpoint::results::journal;
use touchpoint::results::record::{AttemptRecord, read};
use touchpoint::results::store::{Filter, Location, Store};

use crate::common::{root, stderr};

const ENCOUNTER: &str = "scenarios/ringback_complaint.ron";

/// `touchpoint` with its results folder and store in `home`.
fn tp(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_touchpoint"));
    c.current_dir(root())
        .env("LANG", "en_US.UTF-8")
        .env("TOUCHPOINT_RESULTS_DIR", home.join("results"))
        .env("TOUCHPOINT_STORE", home.join("store.sqlite3"));
    c
}

fn run(home: &Path, args: &[&str]) -> Output {
    tp(home).args(args).output().unwrap()
}

/// A tiny deterministic generator for the test's own random choices.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// A full path of reply numbers through the encounter on `seed`, picked at random
/// one decision at a time (as a script would, with exit code 3 and `choices:`).
fn random_path(home: &Path, seed: u64, rng: &mut Lcg) -> Vec<usize> {
    let mut picks: Vec<usize> = Vec::new();
    for _ in 0..60 {
        let list = picks
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let o = run(
            home,
            &[
                "play",
                ENCOUNTER,
                "--seed",
                &seed.to_string(),
                "--trainee",
                "probe",
                "--choices",
                &list,
                "--json",
            ],
        );
        match o.status.code() {
            Some(0) => return picks,
            Some(3) => {
                let err = stderr(&o);
                let line = err.lines().last().unwrap();
                let n = line.trim_start_matches("choices: ").split(' ').count() as u64;
                picks.push(rng.next(n) as usize + 1);
            }
            other => panic!("{other:?}: {}", stderr(&o)),
        }
    }
    panic!("no ending within 60 replies")
}

fn results_of(home: &Path) -> Vec<AttemptRecord> {
    let dir = home.join("results");
    let mut out: Vec<AttemptRecord> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .map(|p| read(&p).unwrap_or_else(|e| panic!("a damaged result file: {e}")))
                .collect()
        })
        .unwrap_or_default();
    out.sort_by(|a, b| a.started_at.cmp(&b.started_at));
    out
}

/// The journals in progress (not their lock files).
fn journals(home: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(journal::dir(&home.join("results")))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "journal"))
                .collect()
        })
        .unwrap_or_default()
}

/// A path of more than `min` replies on `seed` (test-random).
fn long_path(home: &Path, seed: u64, rng: &mut Lcg, min: usize) -> Vec<usize> {
    loop {
        let p = random_path(home, seed, rng);
        if p.len() > min {
            return p;
        }
    }
}

/// `touchpoint play` at the keyboard (stdin a pipe that stays open), given `replies`;
/// returns once its journal holds them all, the process still running.
fn playing(home: &Path, args: &[&str], replies: &[usize]) -> std::process::Child {
    let mut child = tp(home)
        .arg("play")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    {
        let stdin = child.stdin.as_mut().unwrap();
        for r in replies {
            writeln!(stdin, "{r}").unwrap();
        }
        stdin.flush().unwrap();
    }
    let t0 = std::time::Instant::now();
    while journals(home)
        .first()
        .and_then(|j| journal::read(j).ok())
        .is_none_or(|j| j.replies.len() != replies.len())
    {
        assert!(
            t0.elapsed().as_secs() < 20,
            "no journal of {} replies",
            replies.len()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

/// What must be the same between an interrupted-and-resumed attempt and the same
/// attempt played straight through.
fn essence(r: &AttemptRecord) -> String {
    let choices: Vec<&str> = r.transcript.iter().map(|t| t.choice.as_str()).collect();
    format!(
        "{} {} {} {} {:?} {:?} {:?} {:?}",
        r.score, r.passed, r.outcome, r.ending, r.competencies, r.critical, r.final_mood, choices
    )
}

#[test]
fn a_killed_terminal_resumes_and_scores_as_if_never_interrupted() {
    let mut rng = Lcg(20261201);
    let mut runs = 0;
    let mut killed_mid_attempt = 0;
    for k in 0..24u64 {
        let home = tempfile::tempdir().unwrap();
        let seed = 1000 + k;
        let path = random_path(home.path(), seed, &mut rng);
        // The same attempt straight through, by script.
        let straight = tempfile::tempdir().unwrap();
        let list = path
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let o = run(
            straight.path(),
            &[
                "play",
                ENCOUNTER,
                "--seed",
                &seed.to_string(),
                "--trainee",
                "kim",
                "--choices",
                &list,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let expected = results_of(straight.path()).pop().unwrap();

        // At the keyboard, killed at a random moment.
        let trainee = format!("t{k}");
        let mut child = tp(home.path())
            .args([
                "play",
                ENCOUNTER,
                "--seed",
                &seed.to_string(),
                "--trainee",
                &trainee,
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Mostly part-way through; sometimes before any reply or after the last.
        let kill_after = match k % 4 {
            0 => rng.next(path.len() as u64 + 1) as usize,
            _ => 1 + rng.next(path.len().max(2) as u64 - 1) as usize,
        };
        {
            let stdin = child.stdin.as_mut().unwrap();
            for n in &path[..kill_after] {
                let _ = writeln!(stdin, "{n}");
                let _ = stdin.flush();
                std::thread::sleep(Duration::from_millis(10 + rng.next(40)));
            }
        }
        // Let the player catch up to the reply before last (a slow start-up would
        // otherwise make every kill land before the first reply), then kill at a random
        // moment around the last one: before, during or after its journal write.
        let t0 = std::time::Instant::now();
        while t0.elapsed() < Duration::from_secs(5)
            && journals(home.path())
                .first()
                .and_then(|j| journal::read(j).ok())
                .map_or(0, |j| j.replies.len())
                + 1
                < kill_after
        {
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(rng.next(30)));
        child.kill().unwrap(); // SIGKILL
        let _ = child.wait();
        runs += 1;

        // Nothing half-written: a journal reads, or there is none yet.
        let js = journals(home.path());
        let saved = results_of(home.path())
            .into_iter()
            .any(|r| r.trainee.id == trainee);
        if js.is_empty() && saved {
            // Killed after the attempt ended and was saved: nothing to resume.
            continue;
        }
        assert!(js.len() <= 1, "{js:?}");
        let done = match js.first() {
            Some(j) => {
                let j = journal::read(j).unwrap_or_else(|e| panic!("a damaged journal: {e}"));
                assert!(j.replies.len() <= kill_after);
                killed_mid_attempt += 1;
                j.replies.len()
            }
            None => 0,
        };
        let rest = path[done..]
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let mut args = vec!["play", ENCOUNTER, "--trainee", &trainee, "--choices", &rest];
        let seed_s = seed.to_string();
        if done > 0 {
            args.push("--resume");
        } else {
            args.extend(["--seed", &seed_s]);
        }
        let o = run(home.path(), &args);
        assert_eq!(o.status.code(), Some(0), "run {k}: {}", stderr(&o));
        assert!(
            journals(home.path()).is_empty(),
            "the journal goes once the attempt is saved"
        );

        let mine: Vec<_> = results_of(home.path())
            .into_iter()
            .filter(|r| r.trainee.id == trainee)
            .collect();
        assert_eq!(mine.len(), 1, "run {k}: one attempt, saved once");
        assert_eq!(
            essence(&mine[0]),
            essence(&expected),
            "run {k} (killed after {kill_after} replies, {done} journaled)"
        );
        let store = Store::open(&Location::Sqlite(home.path().join("store.sqlite3"))).unwrap();
        let rows = store
            .rows(&Filter {
                trainee: Some(trainee.clone()),
                ..Filter::default()
            })
            .unwrap();
        assert_eq!(rows.len(), 1, "run {k}: stored once");
        assert_eq!(rows[0].attempt_id, mine[0].attempt_id);
        assert!(store.integrity_ok().unwrap());
    }
    eprintln!(
        "journal kill test: {runs} runs, {killed_mid_attempt} killed mid-attempt, nothing lost"
    );
    assert!(
        killed_mid_attempt >= 8,
        "too few kills landed mid-attempt: {killed_mid_attempt}"
    );
}

#[test]
fn a_declined_resume_records_the_interrupted_attempt_as_abandoned() {
    let home = tempfile::tempdir().unwrap();
    let path = long_path(home.path(), 7, &mut Lcg(7), 3);
    let mut child = playing(
        home.path(),
        &[ENCOUNTER, "--seed", "7", "--trainee", "lee"],
        &path[..2],
    );
    child.kill().unwrap();
    let _ = child.wait();
    // A script playing meanwhile is told, and the journal is left alone.
    let first = path[0].to_string();
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--seed",
            "7",
            "--trainee",
            "lee",
            "--choices",
            &first,
        ],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("--resume"), "{}", stderr(&o));
    assert_eq!(journals(home.path()).len(), 1);
    // --fresh: recorded as abandoned (2 replies), journal gone, a new attempt starts.
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--seed",
            "7",
            "--trainee",
            "lee",
            "--fresh",
            "--choices",
            &first,
        ],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(journals(home.path()).is_empty());
    let recs: Vec<_> = results_of(home.path())
        .into_iter()
        .filter(|r| r.trainee.id == "lee")
        .collect();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].status, "abandoned");
    assert_eq!(recs[0].transcript.len(), 2);
    // A damaged journal is reported and left as it is.
    let dir = journal::dir(&home.path().join("results"));
    let bad = dir.join("lee--ringback_complaint--x.journal");
    std::fs::write(&bad, "{\"schema\": \"touchpoint.journal\",\n oops").unwrap();
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--seed",
            "7",
            "--trainee",
            "lee",
            "--choices",
            &first,
        ],
    );
    assert!(
        stderr(&o).contains("lee--ringback_complaint--x.journal:2:"),
        "{}",
        stderr(&o)
    );
    assert!(bad.exists());
}

/// Killed after the last reply but before the result was saved: the journal holds
/// an ended attempt. Declining to resume records it as *finished*, with its real
/// score, never as abandoned. And a resumed attempt keeps the cohort and name it
/// began with, whatever the resuming command says.
#[test]
fn an_ended_journal_is_recorded_as_finished_and_a_resume_keeps_the_cohort() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    use touchpoint::results::journal::{Header, Writer};
    use touchpoint::results::record::Trainee;

    let home = tempfile::tempdir().unwrap();
    let mut rng = Lcg(99);
    let path = random_path(home.path(), 11, &mut rng);
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 11).unwrap();
    for n in &path {
        s.choose(&Pick::Number(*n), 1_500).unwrap();
    }
    assert!(s.is_finished());
    let mut w = Writer::new(
        journal::dir(&home.path().join("results")),
        Header {
            attempt_id: "01a2d3e4-0000-7000-8000-000000000001".into(),
            scenario_path: root().join(ENCOUNTER),
            scenario_id: enc.scenario.id.clone(),
            content_hash: enc.content_hash.clone(),
            trainee: Trainee {
                id: "ann".into(),
                name: "安妮".into(),
            },
            cohort: Some("room-7".into()),
            locale: "en-US".into(),
            seed: 11,
            started_at: "2026-12-01T08:00:00.000Z".into(),
        },
        None,
        &enc,
    );
    w.record(
        &journal::replies(s.state()),
        s.state(),
        "2026-12-01T08:03:00.000Z",
    )
    .unwrap();
    drop(w); // the program that wrote it died
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--trainee",
            "ann",
            "--fresh",
            "--choices",
            "1",
        ],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let recs = results_of(home.path());
    let rec = recs
        .iter()
        .find(|r| r.attempt_id.ends_with("0001"))
        .expect("recorded");
    assert_eq!(rec.status, "finished");
    let a = touchpoint::engine::assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
    assert_eq!((rec.score, rec.passed), (a.score, a.passed));
    assert_eq!(rec.cohort.as_deref(), Some("room-7"));
    assert_eq!(rec.trainee.name, "安妮");
    assert!(journals(home.path()).is_empty());

    // Begun in room-7 as 安妮; resumed by a command that names neither.
    let mut child = playing(
        home.path(),
        &[
            ENCOUNTER,
            "--seed",
            "11",
            "--trainee",
            "ann",
            "--name",
            "安妮",
            "--cohort",
            "room-7",
        ],
        &path[..1],
    );
    child.kill().unwrap();
    let _ = child.wait();
    let rest = path[1..]
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--trainee",
            "ann",
            "--resume",
            "--choices",
            &rest,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let resumed: Vec<_> = results_of(home.path())
        .into_iter()
        .filter(|r| r.trainee.id == "ann" && !r.attempt_id.ends_with("0001"))
        .collect();
    assert_eq!(resumed.len(), 1);
    assert_eq!(resumed[0].cohort.as_deref(), Some("room-7"));
    assert_eq!(resumed[0].trainee.name, "安妮");
}

/// A live session's journal is locked: another session never offers it as
/// interrupted (nor records it as abandoned); once that session is killed, it is.
#[test]
fn a_live_attempt_is_not_taken_for_an_interrupted_one() {
    let home = tempfile::tempdir().unwrap();
    let path = long_path(home.path(), 21, &mut Lcg(5), 2);
    let mut child = playing(
        home.path(),
        &[ENCOUNTER, "--seed", "21", "--trainee", "max"],
        &path[..1],
    );
    let first = path[0].to_string();
    let fresh = || {
        run(
            home.path(),
            &[
                "play",
                ENCOUNTER,
                "--trainee",
                "max",
                "--fresh",
                "--choices",
                &first,
            ],
        )
    };
    // Still playing: a second session neither offers nor records it.
    let o = fresh();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(
        results_of(home.path())
            .iter()
            .all(|r| r.trainee.id != "max" || r.status != "abandoned")
    );
    child.kill().unwrap();
    let _ = child.wait();
    // Killed: now it is interrupted, and --fresh records it.
    let o = fresh();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let abandoned: Vec<_> = results_of(home.path())
        .into_iter()
        .filter(|r| r.trainee.id == "max" && r.status == "abandoned")
        .collect();
    assert_eq!(abandoned.len(), 1);
    assert!(
        !journals(home.path())
            .iter()
            .any(|p| p.extension().is_some_and(|x| x == "journal"))
    );
}

/// An attempt journaled by the app after its clock ran out (the `on_timeout` reply,
/// late) resumes in the terminal: the timeout replays as a timeout.
#[test]
fn a_journal_with_a_clock_timeout_resumes_in_the_terminal() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::Session;
    use touchpoint::results::journal::{Header, Writer};
    use touchpoint::results::record::Trainee;

    // An encounter and seed where the opening's clock running out does not end it.
    let (timed, seed) = [
        "scenarios/car_delivery_delay.ron",
        "scenarios/broadband_fault_visit.ron",
        "scenarios/campaign_rebate_dispute.ron",
        "scenarios/car_parts_price.ron",
        "scenarios/car_repeat_repair.ron",
    ]
    .into_iter()
    .find_map(|timed| {
        let enc = load(&root().join(timed)).0.unwrap();
        (0..20u64).find_map(|seed| {
            let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, seed).ok()?;
            s.timeout().ok()?;
            (!s.is_finished()).then_some((timed, seed))
        })
    })
    .expect("a timed opening that does not end the encounter");
    let home = tempfile::tempdir().unwrap();
    let enc = load(&root().join(timed)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, seed).unwrap();
    s.timeout().unwrap();
    let mut w = Writer::new(
        journal::dir(&home.path().join("results")),
        Header {
            attempt_id: "01a2d3e4-0000-7000-8000-000000000002".into(),
            scenario_path: root().join(timed),
            scenario_id: enc.scenario.id.clone(),
            content_hash: enc.content_hash.clone(),
            trainee: Trainee {
                id: "ivy".into(),
                name: "Ivy".into(),
            },
            cohort: None,
            locale: "en-US".into(),
            seed,
            started_at: "2026-12-01T08:00:00.000Z".into(),
        },
        None,
        &enc,
    );
    w.record(
        &journal::replies(s.state()),
        s.state(),
        "2026-12-01T08:01:00.000Z",
    )
    .unwrap();
    drop(w);
    // The rest of the way, one decision at a time, by reply number 1.
    let mut picks: Vec<String> = Vec::new();
    let mut last = None;
    for _ in 0..60 {
        let o = run(
            home.path(),
            &[
                "play",
                timed,
                "--trainee",
                "ivy",
                "--resume",
                "--choices",
                &picks.join(","),
            ],
        );
        match o.status.code() {
            Some(0) => {
                last = Some(o);
                break;
            }
            Some(3) => picks.push("1".into()),
            other => panic!("{other:?}: {}", stderr(&o)),
        }
    }
    let o = last.expect("the resumed attempt ended");
    assert!(
        stderr(&o).contains("2 replies replayed") || stderr(&o).contains("Resuming"),
        "{}",
        stderr(&o)
    );
    let rec = results_of(home.path())
        .into_iter()
        .find(|r| r.trainee.id == "ivy")
        .unwrap();
    assert!(rec.transcript[0].late, "the timed-out reply stays late");
    assert_eq!(
        rec.transcript[0].choice,
        enc.scenario
            .node("opening")
            .unwrap()
            .on_timeout
            .clone()
            .unwrap()
    );
}

/// Writes the journal of `state` for `trainee` as a killed program would have left it.
fn leave_journal(
    home: &Path,
    enc: &touchpoint::content::encounter::Encounter,
    scenario: &str,
    state: &touchpoint::engine::SessionState,
    trainee: &str,
    cohort: Option<&str>,
    attempt: &str,
) {
    use touchpoint::results::journal::{Header, Writer};
    use touchpoint::results::record::Trainee;
    let mut w = Writer::new(
        journal::dir(&home.join("results")),
        Header {
            attempt_id: attempt.into(),
            scenario_path: root().join(scenario),
            scenario_id: enc.scenario.id.clone(),
            content_hash: enc.content_hash.clone(),
            trainee: Trainee {
                id: trainee.into(),
                name: trainee.into(),
            },
            cohort: cohort.map(str::to_string),
            locale: "en-US".into(),
            seed: state.seed,
            started_at: "2026-12-01T08:00:00.000Z".into(),
        },
        None,
        enc,
    );
    w.record(&journal::replies(state), state, "2026-12-01T08:04:00.000Z")
        .unwrap();
}

/// Issue 14 §1.1: a journal must replay to the same assessment, late replies
/// included: a resumed attempt whose first reply was late scores as the same path
/// given by `--choices` with `id@ms`.
#[test]
fn a_journal_with_a_late_reply_resumes_to_the_same_assessment() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    const HALL: &str = "scenarios/hall_dispute_escalation.ron";
    let home = tempfile::tempdir().unwrap();
    let enc = load(&root().join(HALL)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 3).unwrap();
    s.choose(&Pick::Id("open_take_charge".into()), 26_000)
        .unwrap();
    assert!(s.state().decisions[0].late);
    leave_journal(
        home.path(),
        &enc,
        HALL,
        s.state(),
        "lin",
        None,
        "01a2d3e4-0000-7000-8000-000000000005",
    );
    // The rest by reply 1, one decision at a time.
    let mut rest: Vec<&str> = Vec::new();
    let resumed = loop {
        let list = rest.join(",");
        let o = run(
            home.path(),
            &[
                "play",
                HALL,
                "--trainee",
                "lin",
                "--resume",
                "--choices",
                &list,
                "--json",
            ],
        );
        match o.status.code() {
            Some(0) => break o,
            Some(3) => rest.push("1"),
            other => panic!("{other:?}: {}", stderr(&o)),
        }
        assert!(rest.len() < 60);
    };
    let straight = tempfile::tempdir().unwrap();
    let list = std::iter::once("open_take_charge@26000")
        .chain(rest.iter().copied())
        .collect::<Vec<_>>()
        .join(",");
    let o = run(
        straight.path(),
        &[
            "play",
            HALL,
            "--seed",
            "3",
            "--trainee",
            "lin",
            "--choices",
            &list,
            "--json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (a, b) = (crate::common::json(&resumed), crate::common::json(&o));
    for k in ["score", "passed", "competencies", "feedback", "final_mood"] {
        assert_eq!(a[k], b[k], "{k}");
    }
    assert_eq!(a["transcript"][0]["late"], true);
}

/// Issue 14 §1.8: stdin closing part-way printed "nothing was saved" and then
/// "Result saved to …". An attempt with a reply is saved as abandoned, and says so;
/// one without a reply saves nothing, and says that.
#[test]
fn closed_input_says_truthfully_what_was_saved() {
    let home = tempfile::tempdir().unwrap();
    let mut child = tp(home.path())
        .args(["play", ENCOUNTER, "--seed", "3", "--trainee", "eve"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.as_mut().unwrap(), "1").unwrap();
    drop(child.stdin.take());
    let o = child.wait_with_output().unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(!err.contains("nothing was saved"), "{err}");
    assert!(err.contains("saved as abandoned"), "{err}");
    assert!(err.contains("Result saved to"), "{err}");
    let recs = results_of(home.path());
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].status, "abandoned");

    let o = tp(home.path())
        .args(["play", ENCOUNTER, "--seed", "3", "--trainee", "fay"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = stderr(&o);
    assert!(err.contains("nothing was saved"), "{err}");
    assert!(!err.contains("Result saved to"), "{err}");
    assert_eq!(results_of(home.path()).len(), 1);
}

/// Issue 14 §1.8: a journal with a NUL in its cohort resumed into a file the store
/// refused, while the warning said it "can be imported later". A journal's fields
/// are checked by the rules `play` applies: this one is named, left as it is, and
/// never resumed or recorded.
#[test]
fn a_journal_with_an_invalid_cohort_is_named_and_never_resumed() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    let home = tempfile::tempdir().unwrap();
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 5).unwrap();
    s.choose(&Pick::Number(1), 1_000).unwrap();
    leave_journal(
        home.path(),
        &enc,
        ENCOUNTER,
        s.state(),
        "nul",
        Some("room\u{0}7"),
        "01a2d3e4-0000-7000-8000-000000000006",
    );
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--trainee",
            "nul",
            "--resume",
            "--choices",
            "",
        ],
    );
    let err = stderr(&o);
    assert!(!err.contains("can be imported later"), "{err}");
    assert!(
        err.contains("nul--ringback_complaint--01a2d3e4-0000-7000-8000-000000000006.journal:1:")
            && err.contains("cohort")
            && err.contains("cannot be resumed or recorded"),
        "{err}"
    );
    assert!(!err.contains("Resuming"), "{err}");
    assert_eq!(journals(home.path()).len(), 1, "left as it is");
    assert!(results_of(home.path()).is_empty());
    // And play itself refuses such a cohort.
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--trainee",
            "nul",
            "--cohort",
            "a\tb",
            "--choices",
            "",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid cohort"), "{}", stderr(&o));
}

/// Issue 14 §1.8: after a resume the file's `ended_at` differed from the store's.
/// Killed after the store had the attempt but before its journal went, the attempt
/// is saved again on resume: as the same record, so the file and the store agree
/// (the attempt ends at its last reply, which the journal keeps).
#[test]
fn an_attempt_saved_again_from_its_journal_is_the_same_record_in_file_and_store() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    let home = tempfile::tempdir().unwrap();
    let mut rng = Lcg(17);
    let path = random_path(home.path(), 13, &mut rng);
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 13).unwrap();
    for n in &path {
        s.choose(&Pick::Number(*n), 900).unwrap();
    }
    let attempt = "01a2d3e4-0000-7000-8000-000000000007";
    for round in 0..2 {
        // Ended, journaled, not yet saved (or saved, with the journal not yet gone).
        leave_journal(
            home.path(),
            &enc,
            ENCOUNTER,
            s.state(),
            "gus",
            None,
            attempt,
        );
        std::thread::sleep(Duration::from_millis(20));
        let o = run(
            home.path(),
            &[
                "play",
                ENCOUNTER,
                "--trainee",
                "gus",
                "--resume",
                "--choices",
                "",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "round {round}: {}", stderr(&o));
    }
    let files: Vec<AttemptRecord> = results_of(home.path())
        .into_iter()
        .filter(|r| r.attempt_id == attempt)
        .collect();
    assert_eq!(files.len(), 1);
    let store = Store::open(&Location::Sqlite(home.path().join("store.sqlite3"))).unwrap();
    let stored = store.get(attempt).unwrap().expect("stored");
    assert_eq!(
        serde_json::to_value(&stored).unwrap(),
        serde_json::to_value(&files[0]).unwrap(),
        "one attempt, one record, identical in the file and the store"
    );
    assert_eq!(files[0].ended_at, "2026-12-01T08:04:00.000Z");
}

/// Review M3: a journal of an encounter that has changed since it was played was
/// settled on the new encounter with the old content hash, and the store always
/// refused that record ("it does not replay") while the trainee was told it "can be
/// imported later". It is scored on the version it was played on when the store
/// keeps it (finished, verified), and otherwise stored unverified, never refused.
#[test]
fn a_journal_of_an_encounter_changed_since_is_settled_on_the_version_it_was_played_on() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    use touchpoint::results::journal::{Header, Writer};
    use touchpoint::results::record::Trainee;
    let copy = crate::common::fixture_copy();
    let sc = copy.path().join("scenarios/sample_refund.ron");
    let sc_arg = sc.to_str().unwrap();
    let old = load(&sc).0.unwrap();
    let (mut s, _) = Session::start(&old.scenario, &old.catalog, 4).unwrap();
    for id in ["opening_soothe", "story_listen", "offer_options"] {
        if !s.is_finished() {
            s.choose(&Pick::Id(id.into()), 2_000).unwrap();
        }
    }
    assert!(s.is_finished());
    let leave = |home: &Path, attempt: &str| {
        let mut w = Writer::new(
            journal::dir(&home.join("results")),
            Header {
                attempt_id: attempt.into(),
                scenario_path: sc.clone(),
                scenario_id: old.scenario.id.clone(),
                content_hash: old.content_hash.clone(),
                trainee: Trainee {
                    id: "ann".into(),
                    name: "Ann".into(),
                },
                cohort: None,
                locale: "en-US".into(),
                seed: 4,
                started_at: "2026-12-01T08:00:00.000Z".into(),
            },
            None,
            &old,
        );
        w.record(
            &journal::replies(s.state()),
            s.state(),
            "2026-12-01T08:04:00.000Z",
        )
        .unwrap();
    };
    // This home's store keeps the version (an attempt was played on it).
    let kept = tempfile::tempdir().unwrap();
    let o = run(
        kept.path(),
        &[
            "play",
            sc_arg,
            "--trainee",
            "bob",
            "--choices",
            "opening_soothe,story_listen,offer_options",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    leave(kept.path(), "01a2d3e4-0000-7000-8000-000000000031");
    // That one does not, and its journal has no version file beside it (as a journal
    // left by an earlier Touchpoint).
    let bare = tempfile::tempdir().unwrap();
    leave(bare.path(), "01a2d3e4-0000-7000-8000-000000000032");
    for j in journals(bare.path()) {
        std::fs::remove_file(journal::version_path(&j)).unwrap();
    }
    // The encounter changes since.
    let ftl = copy.path().join("locales/en-US/sample_refund.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, text.replacen("title = ", "title = Changed: ", 1)).unwrap();
    assert_ne!(load(&sc).0.unwrap().content_hash, old.content_hash);

    for (home, attempt, verified) in [
        (kept.path(), "01a2d3e4-0000-7000-8000-000000000031", true),
        (bare.path(), "01a2d3e4-0000-7000-8000-000000000032", false),
    ] {
        let o = run(
            home,
            &[
                "play",
                sc_arg,
                "--trainee",
                "ann",
                "--fresh",
                "--choices",
                "",
            ],
        );
        let err = stderr(&o);
        assert!(!err.contains("not added to the results store"), "{err}");
        let store = Store::open(&Location::Sqlite(home.join("store.sqlite3"))).unwrap();
        let (rec, was_verified) = store
            .checked(attempt)
            .unwrap()
            .expect("stored")
            .expect("whole");
        assert_eq!(rec.scenario.content_hash, old.content_hash);
        assert_eq!(was_verified, verified, "{err}");
        if verified {
            let a = touchpoint::engine::assess(&old.scenario, &old.catalog, s.state()).unwrap();
            assert_eq!(rec.status, "finished");
            assert_eq!((rec.score, rec.passed), (a.score, a.passed));
            assert!(
                !rec.scenario.title.starts_with("Changed"),
                "texts of its version"
            );
        }
        assert!(journals(home).is_empty(), "{err}");
    }
}

/// Round 3 (R-L2): a journal with cohort "" (older `play` wrote it for none) was
/// refused ("cohort `` is empty") while import reads "" as no cohort: the attempt
/// could never be resumed or recorded. It reads as no cohort.
#[test]
fn a_journal_with_an_empty_cohort_is_an_attempt_without_a_cohort() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    let home = tempfile::tempdir().unwrap();
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 5).unwrap();
    s.choose(&Pick::Number(1), 1_000).unwrap();
    leave_journal(
        home.path(),
        &enc,
        ENCOUNTER,
        s.state(),
        "emp",
        Some(""),
        "01a2d3e4-0000-7000-8000-000000000033",
    );
    let j = journal::read(&journals(home.path())[0]).unwrap();
    assert_eq!(j.cohort, None);
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--trainee",
            "emp",
            "--fresh",
            "--choices",
            "",
        ],
    );
    let err = stderr(&o);
    assert!(!err.contains("cannot be resumed"), "{err}");
    let files = results_of(home.path());
    assert_eq!(files.len(), 1, "{err}");
    assert_eq!(files[0].cohort, None);
    assert_eq!(files[0].attempt_id, "01a2d3e4-0000-7000-8000-000000000033");
    assert!(journals(home.path()).is_empty(), "{err}");
    assert!(!touchpoint::results::record::valid_cohort(""));
}

/// Round 3 (R-L2): the app journaled replies of any length before the one-day cap; a
/// journal with a reply of more than a day was then neither resumed nor recorded. The
/// reply counts as a day (late either way), and the attempt resumes.
#[test]
fn a_journal_with_a_reply_of_more_than_a_day_resumes_with_a_day() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    let home = tempfile::tempdir().unwrap();
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 5).unwrap();
    s.choose(&Pick::Number(1), 86_400_000).unwrap();
    leave_journal(
        home.path(),
        &enc,
        ENCOUNTER,
        s.state(),
        "slow",
        None,
        "01a2d3e4-0000-7000-8000-000000000034",
    );
    let path = journals(home.path()).pop().unwrap();
    let mut j: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    j["replies"][0][1] = 90_000_000u64.into();
    j["state"]["decisions"][0]["elapsed_ms"] = 90_000_000u64.into();
    std::fs::write(&path, serde_json::to_vec(&j).unwrap()).unwrap();
    let read = journal::read(&path).unwrap();
    assert_eq!(read.replies[0].1, 86_400_000);
    let o = run(
        home.path(),
        &[
            "play",
            ENCOUNTER,
            "--trainee",
            "slow",
            "--resume",
            "--choices",
            "",
        ],
    );
    let err = stderr(&o);
    assert!(err.contains("Resuming"), "{err}");
    assert!(!err.contains("cannot be resumed"), "{err}");
}

/// Round 3 (R-L2): a journal's invalid name was printed whole (a 10 MB name, 10 MB of
/// stderr). Names in messages are clipped; the message says which rule broke.
#[test]
fn a_journal_with_a_huge_name_is_named_in_a_short_message() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    let home = tempfile::tempdir().unwrap();
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 5).unwrap();
    s.choose(&Pick::Number(1), 1_000).unwrap();
    leave_journal(
        home.path(),
        &enc,
        ENCOUNTER,
        s.state(),
        "big",
        None,
        "01a2d3e4-0000-7000-8000-000000000035",
    );
    let path = journals(home.path()).pop().unwrap();
    let mut j: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    j["trainee"]["name"] = "N".repeat(1_000_000).into();
    std::fs::write(&path, serde_json::to_vec(&j).unwrap()).unwrap();
    let o = run(
        home.path(),
        &["play", ENCOUNTER, "--trainee", "big", "--choices", ""],
    );
    let err = stderr(&o);
    assert!(err.len() < 2_000, "{} bytes of stderr", err.len());
    assert!(
        err.contains("is 1000000 characters long, over 100") && err.contains("NNN…"),
        "{err}"
    );
}

/// Round 3 (T-12): a journal with a NUL in its cohort could never be cleared: it
/// warned on every play, `--fresh` left it, `--resume` silently started a new
/// attempt, and the message did not say which rule broke. `--resume` with only an
/// unusable journal is an error naming it; `--fresh` moves it aside (never deletes
/// it) and says where; the message names the rule.
#[test]
fn an_unusable_journal_is_refused_by_resume_and_moved_aside_by_fresh() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    let home = tempfile::tempdir().unwrap();
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 5).unwrap();
    s.choose(&Pick::Number(1), 1_000).unwrap();
    leave_journal(
        home.path(),
        &enc,
        ENCOUNTER,
        s.state(),
        "nul",
        Some("room\u{0}7"),
        "01a2d3e4-0000-7000-8000-000000000036",
    );
    let path = journals(home.path()).pop().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let play = |flag: &str| {
        run(
            home.path(),
            &[
                "play",
                ENCOUNTER,
                "--trainee",
                "nul",
                flag,
                "--choices",
                "1",
            ],
        )
    };
    let o = play("--resume");
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: ")
            && err.contains(&path.display().to_string())
            && err.contains("control character U+0000")
            && err.contains("no other attempt to resume"),
        "{err}"
    );
    assert!(
        results_of(home.path()).is_empty(),
        "no attempt was played: {err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "left as it is");

    let o = play("--fresh");
    let err = stderr(&o);
    let aside = std::path::PathBuf::from(format!("{}.unusable", path.display()));
    assert!(
        err.contains("moved aside to") && err.contains(&aside.display().to_string()),
        "{err}"
    );
    assert!(!path.exists());
    assert_eq!(std::fs::read(&aside).unwrap(), bytes, "kept whole");
    assert!(!journal::version_path(&path).exists());
    // Never offered or warned about again.
    let o = run(
        home.path(),
        &["play", ENCOUNTER, "--trainee", "nul", "--choices", "1"],
    );
    assert!(!stderr(&o).contains("nul--"), "{}", stderr(&o));
}

/// Review H2: `play` wrote records that import refuses. A journal whose times are out
/// of order, out of range or too old to be recorded (its attempt would last more
/// than 366 days), is named at its field, left as it is, and never resumed or
/// recorded. (A reply of more than a day counts as a day: see
/// `a_journal_with_a_reply_of_more_than_a_day_resumes_with_a_day`.)
#[test]
fn a_journal_with_times_out_of_order_out_of_range_or_too_old_is_named_and_never_resumed() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session};
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 5).unwrap();
    s.choose(&Pick::Number(1), 1_000).unwrap();
    type Edit = dyn Fn(&mut serde_json::Value);
    let cases: [(&str, &Edit, &str); 4] = [
        (
            "before its start",
            &|j| j["updated_at"] = "2026-11-30T08:00:00.000Z".into(),
            "before started_at",
        ),
        (
            "out of range",
            &|j| j["started_at"] = "1999-12-31T23:00:00.000Z".into(),
            "out of range",
        ),
        (
            "a year and more",
            &|j| {
                j["started_at"] = "2024-01-01T08:00:00.000Z".into();
                j["updated_at"] = "2024-01-01T08:04:00.000Z".into();
            },
            "366 days",
        ),
        (
            "in the far future",
            &|j| {
                j["started_at"] = "2230-01-01T08:00:00.000Z".into();
                j["updated_at"] = "2230-01-01T08:04:00.000Z".into();
            },
            "out of range",
        ),
    ];
    for (what, edit, says) in cases {
        let home = tempfile::tempdir().unwrap();
        leave_journal(
            home.path(),
            &enc,
            ENCOUNTER,
            s.state(),
            "clock",
            None,
            "01a2d3e4-0000-7000-8000-000000000007",
        );
        let path = journals(home.path()).pop().unwrap();
        let mut j: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        edit(&mut j);
        std::fs::write(&path, serde_json::to_vec(&j).unwrap()).unwrap();
        let o = run(
            home.path(),
            &[
                "play",
                ENCOUNTER,
                "--trainee",
                "clock",
                "--resume",
                "--choices",
                "",
            ],
        );
        let err = stderr(&o);
        assert!(
            err.contains(
                "clock--ringback_complaint--01a2d3e4-0000-7000-8000-000000000007.journal:1:"
            ) && err.contains(says)
                && err.contains("cannot be resumed or recorded"),
            "{what}: {err}"
        );
        assert!(!err.contains("Resuming"), "{what}: {err}");
        assert_eq!(journals(home.path()).len(), 1, "{what}: left as it is");
        assert!(results_of(home.path()).is_empty(), "{what}");
    }
}

/// Review H2: the clock can step back between an attempt's start and its last reply;
/// the record then ended before it started, which import refuses. A record never
/// ends before it starts (and a settled journal neither).
#[test]
fn a_record_never_ends_before_it_starts() {
    use touchpoint::content::encounter::load;
    use touchpoint::engine::{Pick, Session, assess};
    use touchpoint::results::record::{self, Meta, Trainee};
    let enc = load(&root().join(ENCOUNTER)).0.unwrap();
    let texts = enc.texts("en-US");
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 5).unwrap();
    s.choose(&Pick::Number(1), 1_000).unwrap();
    let meta = || Meta {
        attempt_id: "01a2d3e4-0000-7000-8000-000000000008".into(),
        trainee: Trainee {
            id: "clock".into(),
            name: "Clock".into(),
        },
        cohort: None,
        locale: "en-US".into(),
        started_at: "2026-12-01T08:00:00.000Z".into(),
        // The clock stepped back five minutes during the attempt.
        ended_at: "2026-12-01T07:55:00.000Z".into(),
    };
    let abandoned = record::abandoned(&enc, &texts, s.state(), meta());
    assert_eq!(abandoned.ended_at, abandoned.started_at);
    record::check(&abandoned).unwrap();
    while !s.is_finished() {
        s.choose(&Pick::Number(1), 0).unwrap();
    }
    let a = assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
    let rec = record::record(&enc, &texts, s.state(), &a, meta());
    assert_eq!(rec.ended_at, rec.started_at);
    record::check(&rec).unwrap();
    // The shared rule names what is wrong.
    let e = record::check_times("2026-12-01T08:00:00Z", "2026-12-01T07:00:00Z").unwrap_err();
    assert!(e.contains("before started_at"), "{e}");
    let e = record::check_times("1999-01-01T08:00:00Z", "2026-12-01T07:00:00Z").unwrap_err();
    assert!(e.contains("out of range"), "{e}");
    let e = record::check_times("2024-01-01T08:00:00Z", "2026-12-01T07:00:00Z").unwrap_err();
    assert!(e.contains("366"), "{e}");
    record::check_times("2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z").unwrap();
}

/// Review (M3 follow-up): an attempt interrupted on a version its store had never
/// kept, and settled after the encounter changed, was scored on the new version and
/// stored unverified. The store keeps the version an attempt is played on from its
/// first journaled reply, so the settled attempt is scored, and verified, on it.
#[test]
fn an_interrupted_attempt_is_settled_on_its_version_even_if_nothing_was_stored_before() {
    use touchpoint::content::encounter::load;
    let copy = crate::common::fixture_copy();
    let sc = copy.path().join("scenarios/sample_refund.ron");
    let sc_arg = sc.to_str().unwrap();
    let old = load(&sc).0.unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut child = playing(
        home.path(),
        &[sc_arg, "--seed", "4", "--trainee", "kim"],
        &[1, 1],
    );
    child.kill().unwrap();
    let _ = child.wait();
    let ftl = copy.path().join("locales/en-US/sample_refund.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, text.replacen("title = ", "title = Changed: ", 1)).unwrap();
    assert_ne!(load(&sc).0.unwrap().content_hash, old.content_hash);

    let o = run(
        home.path(),
        &[
            "play",
            sc_arg,
            "--trainee",
            "kim",
            "--fresh",
            "--choices",
            "",
        ],
    );
    let err = stderr(&o);
    assert!(journals(home.path()).is_empty(), "{err}");
    let store = Store::open(&Location::Sqlite(home.path().join("store.sqlite3"))).unwrap();
    let rows = store.rows(&Default::default()).unwrap();
    assert_eq!(rows.len(), 1, "{err}");
    let (rec, verified) = store
        .checked(&rows[0].attempt_id)
        .unwrap()
        .expect("stored")
        .expect("whole");
    assert_eq!(rec.status, "abandoned");
    assert_eq!(rec.scenario.content_hash, old.content_hash);
    assert!(!rec.scenario.title.starts_with("Changed"), "{err}");
    assert!(verified, "scored and verified on the version played: {err}");
}

/// Round 3 (R-M3): play waited on the results store before the first node (it had
/// the store keep the version being played: 10 s when PostgreSQL was unreachable, up
/// to 30 s when SQLite was busy, the app's window frozen). The version's files are
/// kept beside the journal instead, so that an attempt interrupted, and settled after
/// its encounter changed, is scored and verified on its own version although no store
/// could be reached when it was played; the version file goes with the journal.
#[test]
fn a_journal_is_settled_on_its_own_version_with_no_store_reachable_at_play_start() {
    use touchpoint::content::encounter::load;
    let copy = crate::common::fixture_copy();
    let sc = copy.path().join("scenarios/sample_refund.ron");
    let sc_arg = sc.to_str().unwrap();
    let old = load(&sc).0.unwrap();
    let home = tempfile::tempdir().unwrap();
    // The store cannot be opened while the attempt is played: its folder is a file.
    std::fs::write(home.path().join("blocked"), "not a folder").unwrap();
    let mut child = tp(home.path())
        .env(
            "TOUCHPOINT_STORE",
            home.path().join("blocked/store.sqlite3"),
        )
        .args(["play", sc_arg, "--seed", "4", "--trainee", "lin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let stdin = child.stdin.as_mut().unwrap();
        writeln!(stdin, "1").unwrap();
        writeln!(stdin, "1").unwrap();
        stdin.flush().unwrap();
    }
    let t0 = std::time::Instant::now();
    while journals(home.path())
        .first()
        .and_then(|j| journal::read(j).ok())
        .is_none_or(|j| j.replies.len() != 2)
    {
        assert!(t0.elapsed().as_secs() < 20, "no journal of 2 replies");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let o = child.wait_with_output().unwrap();
    let err = stderr(&o);
    assert!(
        !err.contains("store"),
        "the store is not touched at play start: {err}"
    );
    let j = journals(home.path()).pop().unwrap();
    assert!(journal::version_path(&j).is_file());
    assert!(journal::read_version(&j, &old.content_hash).is_some());

    // The encounter changes since; the store is reachable now but never had it.
    let ftl = copy.path().join("locales/en-US/sample_refund.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, text.replacen("title = ", "title = Changed: ", 1)).unwrap();
    assert_ne!(load(&sc).0.unwrap().content_hash, old.content_hash);
    let o = run(
        home.path(),
        &[
            "play",
            sc_arg,
            "--trainee",
            "lin",
            "--fresh",
            "--choices",
            "",
        ],
    );
    let err = stderr(&o);
    let store = Store::open(&Location::Sqlite(home.path().join("store.sqlite3"))).unwrap();
    let rows = store.rows(&Default::default()).unwrap();
    assert_eq!(rows.len(), 1, "{err}");
    let (rec, verified) = store
        .checked(&rows[0].attempt_id)
        .unwrap()
        .expect("stored")
        .expect("whole");
    assert_eq!(rec.status, "abandoned");
    assert_eq!(rec.scenario.content_hash, old.content_hash);
    assert!(!rec.scenario.title.starts_with("Changed"), "{err}");
    assert!(verified, "scored and verified on the version played: {err}");
    // The journal, its version file and its lock are gone.
    let left: Vec<_> = std::fs::read_dir(journal::dir(&home.path().join("results")))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
