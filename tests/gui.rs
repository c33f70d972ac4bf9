//! The desktop app's logic, headless: Bevy's `MinimalPlugins` and the app's own
//! plugins, driven by key presses, with no window or GPU.
#![cfg(feature = "gui")]

use std::path::Path;
use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use touchpoint::gui::bevy;
use touchpoint::gui::encounter::Countdown;
use touchpoint::gui::play::{Play, Player};
use touchpoint::gui::{Options, Screen, TouchpointPlugin};
use touchpoint::results::record::Trainee;

use crate::common::{json, root, stderr, touchpoint};

fn app(results: &Path, seed: u64) -> App {
    app_in(&root().join("scenarios"), results, seed)
}

fn app_in(scenarios: &Path, results: &Path, seed: u64) -> App {
    app_of(options(scenarios, results, seed))
}

/// The options of a headless app: trainee t042 (王小明), cohort 2026-11, in English.
fn options(scenarios: &Path, results: &Path, seed: u64) -> Options {
    Options {
        scenarios: scenarios.to_path_buf(),
        player: Player {
            trainee: Trainee {
                id: "t042".into(),
                name: "王小明".into(),
            },
            cohort: Some("2026-11".into()),
            locale: "en-US".into(),
            results_dir: results.to_path_buf(),
            store: touchpoint::results::store::Location::Sqlite(results.join("store.sqlite3")),
        },
        seed: Some(seed),
        text_scale: 1.0,
        script: None,
        volume: 0.8,
        muted: false,
        profile: None,
        server: None,
    }
}

/// The app's logic and screens with these options, headless.
fn app_of(options: Options) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, AssetPlugin::default()))
        .init_asset::<Image>()
        .init_asset::<Font>()
        .init_resource::<ButtonInput<KeyCode>>()
        .add_plugins(TouchpointPlugin(options));
    app.update();
    app
}

fn press(app: &mut App, key: KeyCode) {
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(key);
    app.update();
    let mut input = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    input.release(key);
    input.clear();
    app.update();
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

const DIGITS: [KeyCode; 9] = [
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
];

/// Opens the encounter with this id from the picker.
fn open(app: &mut App, id: &str) {
    assert_eq!(screen(app), Screen::Title);
    press(app, KeyCode::Enter);
    assert_eq!(screen(app), Screen::SignIn);
    press(app, KeyCode::Enter);
    assert_eq!(screen(app), Screen::Picker);
    open_again(app, id);
    assert_eq!(
        app.world().resource::<Play>().enc.scenario.id,
        id,
        "the encounter under the cursor opened"
    );
}

/// The picker shows the course: module names in teaching order, each encounter once.
#[test]
fn the_picker_shows_the_course_by_module() {
    let results = tempfile::tempdir().unwrap();
    let mut app = app(results.path(), 1);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Picker);
    app.update();
    let texts = shown_texts(&mut app);
    let find = |needle: &str| {
        texts
            .iter()
            .position(|t| t.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not shown in {texts:?}"))
    };
    assert!(
        texts[0].starts_with("Front-line service in practice"),
        "{}",
        texts[0]
    );
    let m1 = find("Module 1: Service awareness");
    let m2 = find("Module 2: Handling complaints");
    let m5 = find("Module 5: Disputes and escalation");
    assert!(m1 < m2 && m2 < m5);
    assert!(find("pass: 3 of 4 encounters passed") > m1);
    let shared = app.world().resource::<touchpoint::gui::Shared>();
    assert_eq!(
        touchpoint::gui::picker::order(shared).len(),
        shared.entries.len()
    );
    // Encounters beyond the ninth are reached with the arrow keys.
    press(&mut app, KeyCode::End);
    let last = app.world().resource::<touchpoint::gui::picker::Cursor>().0;
    assert_eq!(last, shared_len(&app) - 1);
    press(&mut app, KeyCode::ArrowUp);
    assert_eq!(
        app.world().resource::<touchpoint::gui::picker::Cursor>().0,
        last - 1
    );
}

fn shared_len(app: &App) -> usize {
    app.world()
        .resource::<touchpoint::gui::Shared>()
        .entries
        .len()
}

/// Answers by number key, finding each reply id among those on offer.
fn reply(app: &mut App, id: &str) {
    let k = app
        .world()
        .resource::<Play>()
        .view
        .options
        .iter()
        .position(|o| o == id)
        .unwrap_or_else(|| panic!("`{id}` not on offer"));
    press(app, DIGITS[k]);
}

const EXPERT: [&str; 11] = [
    "open_soothe",
    "vent_listen",
    "susp_check_record",
    "record_explain_admit",
    "need_recap_notes",
    "offer_two_ways",
    "comp_principle",
    "method_full",
    "teach_handson",
    "close_callback",
    "lesson_confirm",
];

#[test]
fn replies_by_key_advance_the_session_and_the_debrief_holds_the_engines_assessment() {
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 3);
    open(&mut app, "ringback_complaint");
    for (n, id) in EXPERT.iter().enumerate() {
        reply(&mut app, id);
        if n + 1 < EXPERT.len() {
            let play = app.world().resource::<Play>();
            assert_eq!(play.state().decisions.len(), n + 1);
            assert_eq!(screen(&app), Screen::Encounter);
        }
    }
    assert_eq!(screen(&app), Screen::Debrief);
    let play = app.world().resource::<Play>();
    let done = play.finished.as_ref().expect("finished");
    let again =
        touchpoint::engine::assess(&play.enc.scenario, &play.enc.catalog, play.state()).unwrap();
    assert_eq!(done.assessment, again);

    // The same seed and replies through the CLI give the same result JSON (apart from
    // the attempt id, times and replies' measured milliseconds).
    let saved: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(done.saved.as_ref().expect("saved")).unwrap(),
    )
    .unwrap();
    let o = touchpoint(&[
        "play",
        root()
            .join("scenarios/ringback_complaint.ron")
            .to_str()
            .unwrap(),
        "--seed",
        "3",
        "--locale",
        "en-US",
        "--trainee",
        "t042",
        "--name",
        "王小明",
        "--cohort",
        "2026-11",
        "--choices",
        &EXPERT.join(","),
        "--json",
        "--out",
        d.path().join("cli").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let cli = json(&o);
    let strip = |mut v: serde_json::Value| {
        for k in ["attempt_id", "started_at", "ended_at"] {
            v[k] = serde_json::Value::Null;
        }
        for t in v["transcript"].as_array_mut().unwrap() {
            t["elapsed_ms"] = serde_json::Value::Null;
        }
        v
    };
    assert_eq!(strip(saved), strip(cli));
    assert!(done.assessment.passed);

    // R replays the same customer.
    press(&mut app, KeyCode::KeyR);
    assert_eq!(screen(&app), Screen::Encounter);
    assert_eq!(app.world().resource::<Play>().seed, 3);
    assert!(app.world().resource::<Play>().state().decisions.is_empty());
}

#[test]
fn the_clock_running_out_takes_the_timeout_reply_late() {
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 1);
    open(&mut app, "ringback_complaint");
    // The opening has a 30-second limit; run it out.
    assert_eq!(app.world().resource::<Play>().view.time_limit, Some(30));
    app.world_mut().resource_mut::<Countdown>().remaining = Some(0.0);
    app.update();
    app.update();
    let play = app.world().resource::<Play>();
    let d0 = &play.state().decisions[0];
    assert_eq!(d0.choice, "open_number", "the scenario's on_timeout reply");
    assert!(d0.late);
    assert!(d0.breaks.iter().any(|b| b == "respond_immediately"));
}

#[test]
fn escape_records_an_abandoned_attempt() {
    use touchpoint::results::store::{Filter, Location, Store};
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 1);
    open(&mut app, "hall_touchpoint_sale");
    // Leaving before the first reply records nothing.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
    let files = |d: &Path| {
        std::fs::read_dir(d)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .map(|e| e.path())
            .collect::<Vec<_>>()
    };
    assert!(files(d.path()).is_empty());
    open_again(&mut app, "hall_touchpoint_sale");
    reply(&mut app, "approach_open");
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
    let saved = files(d.path());
    assert_eq!(saved.len(), 1);
    let rec = touchpoint::results::record::read(&saved[0]).unwrap();
    assert_eq!(
        (
            rec.status.as_str(),
            rec.score,
            rec.passed,
            rec.transcript.len()
        ),
        ("abandoned", 0, false, 1)
    );
    let store = Store::open(&Location::Sqlite(d.path().join("store.sqlite3"))).unwrap();
    let rows = store.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].attempt_id, rec.attempt_id);
    assert_eq!(rows[0].status, "abandoned");
}

/// From the picker (already signed in), opens the encounter with this id: the picker
/// shows the course's modules in order, so walk down to it.
fn open_again(app: &mut App, id: &str) {
    let shared = app.world().resource::<touchpoint::gui::Shared>();
    let k = shared
        .entries
        .iter()
        .position(|e| e.enc.scenario.id == id)
        .unwrap();
    let at = touchpoint::gui::picker::order(shared)
        .iter()
        .position(|(_, e)| *e == k)
        .unwrap();
    press(app, KeyCode::Home);
    for _ in 0..at {
        press(app, KeyCode::ArrowDown);
    }
    assert_eq!(
        app.world().resource::<touchpoint::gui::picker::Cursor>().0,
        at
    );
    press(app, KeyCode::Enter);
    assert_eq!(screen(app), Screen::Encounter);
}

/// Every cue the screens send, gathered by a system. (A closure over a shared list,
/// not a resource of the test's own: Bevy's derive macros look for a `bevy`
/// dependency, and only the app's crate has one.)
fn listen(app: &mut App) -> Arc<Mutex<Vec<touchpoint::gui::sound::Cue>>> {
    let heard = Arc::new(Mutex::new(Vec::new()));
    let into = heard.clone();
    app.add_systems(
        Update,
        move |mut r: MessageReader<touchpoint::gui::sound::Cue>| {
            into.lock().unwrap().extend(r.read().cloned());
        },
    );
    heard
}

/// The screens ask for the sounds the issue lists: a line to voice, a cue when the
/// customer grows angrier or calmer, and a sting at the debrief.
#[test]
fn sound_cues_follow_the_customer_and_the_result() {
    use touchpoint::gui::sound::Cue;
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 1);
    let cues = listen(&mut app);
    open(&mut app, "hall_dispute_escalation");
    reply(&mut app, "open_calm_down");
    let heard = cues.lock().unwrap().clone();
    assert!(
        heard
            .iter()
            .any(|c| matches!(c, Cue::Line(l, k) if l == "en-US" && k.starts_with("opening"))),
        "{heard:?}"
    );
    assert!(heard.contains(&Cue::Angrier), "{heard:?}");
    // Play on with the first reply each time until the debrief: a careless trainee fails.
    for _ in 0..40 {
        if screen(&app) != Screen::Encounter {
            break;
        }
        press(&mut app, KeyCode::Digit1);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(cues.lock().unwrap().contains(&Cue::Failed));
}

/// Saving a changed file reloads the encounter and replays the path; a broken save
/// shows its errors and play goes on with the last good version.
#[test]
fn changed_files_reload_and_broken_ones_show_their_errors() {
    use touchpoint::gui::encounter::Problem;
    use touchpoint::gui::reload::Watch;
    let d = crate::common::fixture_copy();
    let results = tempfile::tempdir().unwrap();
    let mut app = app_in(&d.path().join("scenarios"), results.path(), 1);
    open(&mut app, "sample_refund");
    reply(&mut app, "opening_soothe");
    assert_eq!(app.world().resource::<Play>().view.node, "story");

    let ftl = d.path().join("locales/en-US/sample_refund.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        text.replace("story = Every month", "story = EDITED: every month"),
    )
    .unwrap();
    app.world_mut().resource_mut::<Watch>().next_check = 0.0;
    app.update();
    app.update();
    let play = app.world().resource::<Play>();
    assert_eq!(play.state().decisions.len(), 1, "the path was replayed");
    assert_eq!(play.view.node, "story");
    assert!(play.enc.texts("en-US").text("story").starts_with("EDITED"));

    let ron = d.path().join("scenarios/sample_refund.ron");
    let good = std::fs::read_to_string(&ron).unwrap();
    std::fs::write(&ron, good.replace("pass_mark: 70", "pass_mark: oops")).unwrap();
    app.world_mut().resource_mut::<Watch>().next_check = 0.0;
    app.update();
    app.update();
    let problem = app
        .world()
        .resource::<Problem>()
        .0
        .clone()
        .expect("errors shown");
    assert!(problem.contains("sample_refund.ron:9:"), "{problem}");
    assert_eq!(screen(&app), Screen::Encounter, "play goes on");
    assert_eq!(app.world().resource::<Play>().state().decisions.len(), 1);
    // Playing on still works on the last good version.
    reply(&mut app, "story_listen");
    assert_eq!(app.world().resource::<Play>().view.node, "offer");
}

fn type_text(app: &mut App, text: &str) {
    use bevy::input::ButtonState;
    use bevy::input::keyboard::{Key, KeyboardInput};
    for ch in text.chars() {
        app.world_mut().write_message(KeyboardInput {
            key_code: KeyCode::KeyA,
            logical_key: Key::Character(ch.to_string().into()),
            state: ButtonState::Pressed,
            text: Some(ch.to_string().into()),
            repeat: false,
            window: Entity::PLACEHOLDER,
        });
    }
    app.update();
}

fn backspace(app: &mut App, n: usize) {
    use bevy::input::ButtonState;
    use bevy::input::keyboard::{Key, KeyboardInput};
    for _ in 0..n {
        app.world_mut().write_message(KeyboardInput {
            key_code: KeyCode::Backspace,
            logical_key: Key::Backspace,
            state: ButtonState::Pressed,
            text: None,
            repeat: false,
            window: Entity::PLACEHOLDER,
        });
    }
    app.update();
}

/// The sign-in screen takes the trainee's id, name (in Chinese too) and cohort, refuses
/// a bad id, and the results then carry them.
#[test]
fn sign_in_sets_the_trainee_and_refuses_a_bad_id() {
    use touchpoint::gui::signin::Form;
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 1);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::SignIn);
    // Clear the prefilled id and type a bad one.
    let n = app.world().resource::<Form>().fields[0].chars().count();
    backspace(&mut app, n);
    type_text(&mut app, "bad id!");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::SignIn);
    assert!(app.world().resource::<Form>().error.is_some());
    backspace(&mut app, "bad id!".len());
    type_text(&mut app, "t777");
    press(&mut app, KeyCode::Tab);
    let form = app.world().resource::<Form>().clone();
    assert_eq!(form.fields[0], "t777");
    assert_eq!(form.focus, 1);
    // Replace the prefilled name with a Chinese one.
    backspace(&mut app, form.fields[1].chars().count());
    type_text(&mut app, "李娜");
    // The cohort comes through an input method: its committed text lands in the field.
    press(&mut app, KeyCode::Tab);
    let n = app.world().resource::<Form>().fields[2].chars().count();
    backspace(&mut app, n);
    app.world_mut().write_message(bevy::window::Ime::Commit {
        value: "营业厅".into(),
        window: Entity::PLACEHOLDER,
    });
    app.update();
    app.world_mut().write_message(bevy::window::Ime::Commit {
        value: "二班".into(),
        window: Entity::PLACEHOLDER,
    });
    app.update();
    assert_eq!(app.world().resource::<Form>().fields[2], "营业厅二班");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Picker);
    let p = &app.world().resource::<touchpoint::gui::Shared>().player;
    assert_eq!(
        (p.trainee.id.as_str(), p.trainee.name.as_str()),
        ("t777", "李娜")
    );
    assert_eq!(p.cohort.as_deref(), Some("营业厅二班"));
}

/// The settings screen changes volume, sound and text size at once and keeps them in
/// the profile.
#[test]
fn settings_change_volume_sound_and_text_size_and_are_saved() {
    use touchpoint::gui::settings::step_text_size;
    use touchpoint::gui::signin::ProfilePath;
    use touchpoint::gui::sound::Volume;
    let results = tempfile::tempdir().unwrap();
    let cfg = tempfile::tempdir().unwrap();
    let profile = cfg.path().join("profile.json");
    let mut app = app(results.path(), 1);
    app.insert_resource(ProfilePath(Some(profile.clone())));
    press(&mut app, KeyCode::KeyS);
    assert_eq!(screen(&app), Screen::Settings);
    let volume = |app: &App| {
        let v = app.world().resource::<Volume>();
        (v.master, v.muted)
    };
    assert_eq!(volume(&app), (0.8, false));
    press(&mut app, KeyCode::ArrowRight);
    assert!((volume(&app).0 - 0.9).abs() < 1e-6);
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::ArrowRight);
    assert!(volume(&app).1, "muted");
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::ArrowRight);
    let scale = app.world().resource::<touchpoint::gui::Shared>().text_scale;
    assert!((scale - 1.25).abs() < 1e-6, "{scale}");
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title);
    let (saved, _) = touchpoint::results::profile::load(&profile);
    assert_eq!(
        (saved.volume, saved.muted, saved.text_scale),
        (90, true, 125)
    );
    // Text size steps stop at the ends.
    assert_eq!(step_text_size(2.0, 1), 2.0);
    assert_eq!(step_text_size(0.75, -1), 0.75);
    assert_eq!(step_text_size(1.1, -1), 1.0);
}

/// The debrief lists every decision that lost points (in a list that scrolls), not
/// only the first few.
#[test]
fn the_debrief_lists_every_feedback_item() {
    let results = tempfile::tempdir().unwrap();
    let mut app = app(results.path(), 3);
    open(&mut app, "ringback_complaint");
    for _ in 0..40 {
        if screen(&app) != Screen::Encounter {
            break;
        }
        press(&mut app, KeyCode::Digit1);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    app.update();
    let feedback = app
        .world()
        .resource::<Play>()
        .finished
        .as_ref()
        .unwrap()
        .record
        .feedback
        .clone();
    // (Six items since one failure is reported once: the missing feelings step is the
    // opening's feelings-first breach.)
    assert!(
        feedback.len() >= 6,
        "a careless path loses points often: {}",
        feedback.len()
    );
    let texts = shown_texts(&mut app);
    for f in &feedback {
        let head = format!("{} — {}", f.technique_name, f.teaching);
        assert!(
            texts.iter().filter(|t| t.starts_with(&head)).count()
                >= feedback
                    .iter()
                    .filter(|g| g.technique_name == f.technique_name && g.teaching == f.teaching)
                    .count(),
            "not shown: {head}"
        );
    }
}

/// Every text on screen.
fn shown_texts(app: &mut App) -> Vec<String> {
    app.world_mut()
        .query::<&Text>()
        .iter(app.world())
        .map(|t| t.0.clone())
        .collect()
}

/// The app dies mid-encounter (dropped without any shutdown, as a kill -9 leaves it):
/// the next start shows the interrupted attempt in the picker, Enter resumes it where
/// it was (same attempt, same state), and finishing it scores exactly as the same
/// replies played straight through. Delete instead records it as abandoned.
#[test]
fn an_attempt_cut_off_by_a_killed_app_resumes_and_scores_as_uninterrupted() {
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 3);
    open(&mut app, "ringback_complaint");
    for id in &EXPERT[..4] {
        reply(&mut app, id);
    }
    let before = serde_json::to_value(app.world().resource::<Play>().state()).unwrap();
    drop(app); // killed: no Esc, no save
    let journals = |d: &Path| -> Vec<std::path::PathBuf> {
        std::fs::read_dir(touchpoint::results::journal::dir(d))
            .map(|r| {
                r.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "journal"))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(journals(d.path()).len(), 1, "the attempt is journaled");

    // Next start: the picker offers it; Enter resumes.
    let mut app = app_in(&root().join("scenarios"), d.path(), 99);
    open(&mut app, "ringback_complaint");
    let play = app.world().resource::<Play>();
    assert_eq!(play.resumed, 4);
    assert_eq!(
        play.seed, 3,
        "the interrupted attempt's seed, not this session's"
    );
    assert_eq!(serde_json::to_value(play.state()).unwrap(), before);
    for id in &EXPERT[4..] {
        reply(&mut app, id);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(journals(d.path()).is_empty(), "saved: the journal is gone");
    let resumed = app.world().resource::<Play>().finished.clone().unwrap();

    // The same replies straight through.
    let straight = tempfile::tempdir().unwrap();
    let mut app2 = app_in(&root().join("scenarios"), straight.path(), 3);
    open(&mut app2, "ringback_complaint");
    for id in &EXPERT {
        reply(&mut app2, id);
    }
    let whole = app2.world().resource::<Play>().finished.clone().unwrap();
    assert_eq!(resumed.assessment, whole.assessment);
    assert!(resumed.assessment.passed);

    // Delete on the picker: the interrupted attempt is recorded as abandoned.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
    open_again(&mut app, "ringback_complaint");
    reply(&mut app, EXPERT[0]);
    reply(&mut app, EXPERT[1]);
    drop(app);
    let mut app = app_in(&root().join("scenarios"), d.path(), 5);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Picker);
    let shared = app.world().resource::<touchpoint::gui::Shared>();
    let k = shared
        .entries
        .iter()
        .position(|e| e.enc.scenario.id == "ringback_complaint")
        .unwrap();
    let at = touchpoint::gui::picker::order(shared)
        .iter()
        .position(|(_, e)| *e == k)
        .unwrap();
    press(&mut app, KeyCode::Home);
    for _ in 0..at {
        press(&mut app, KeyCode::ArrowDown);
    }
    press(&mut app, KeyCode::Delete);
    assert!(journals(d.path()).is_empty());
    let abandoned: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| touchpoint::results::record::read(&e.path()).ok())
        .filter(|r| r.status == "abandoned")
        .collect();
    assert_eq!(abandoned.len(), 1);
    assert_eq!(abandoned[0].transcript.len(), 2);
}

/// An edited journal (its saved state no longer what its replies lead to) is not
/// resumed: it is recorded as it stands, and a new attempt starts.
#[test]
fn an_edited_journal_is_not_resumed() {
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 3);
    open(&mut app, "ringback_complaint");
    for id in &EXPERT[..3] {
        reply(&mut app, id);
    }
    drop(app);
    let dir = touchpoint::results::journal::dir(d.path());
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "journal"))
        .unwrap();
    let mut j: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    j["state"]["mood"]["anger"] = 0.into();
    j["state"]["mood"]["trust"] = 100.into();
    std::fs::write(&file, serde_json::to_vec(&j).unwrap()).unwrap();

    let mut app = app_in(&root().join("scenarios"), d.path(), 8);
    open(&mut app, "ringback_complaint");
    let play = app.world().resource::<Play>();
    assert_eq!(play.resumed, 0, "a new attempt");
    assert_eq!(play.seed, 8);
    assert!(
        !file.exists(),
        "the edited journal was recorded and removed"
    );
    let recorded: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| touchpoint::results::record::read(&e.path()).ok())
        .collect();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].status, "abandoned");
}

/// Review M8: the app set `ended_at` when the attempt was saved, not at its last reply
/// as the terminal does (README: an attempt ends at its last reply). Esc a while after
/// a reply saves an abandoned attempt that ends at that reply.
#[test]
fn an_abandoned_attempt_ends_at_its_last_reply() {
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 1);
    open(&mut app, "hall_touchpoint_sale");
    reply(&mut app, "approach_open");
    let replied = std::time::SystemTime::now();
    std::thread::sleep(std::time::Duration::from_millis(1_500));
    press(&mut app, KeyCode::Escape);
    let saved: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| touchpoint::results::record::read(&e.path()).unwrap())
        .collect();
    assert_eq!(saved.len(), 1);
    let ended = humantime::parse_rfc3339_weak(saved[0].ended_at.trim_end_matches('Z')).unwrap();
    assert!(
        ended <= replied + std::time::Duration::from_millis(500),
        "ended at {}, the reply was at {}",
        saved[0].ended_at,
        humantime::format_rfc3339_millis(replied)
    );
}

/// Review M8: the hint said "Esc: give up (nothing is saved)", but after a reply Esc
/// saves an abandoned attempt. The hint tells the truth before and after.
#[test]
fn the_escape_hint_says_what_escape_saves() {
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 1);
    open(&mut app, "hall_touchpoint_sale");
    app.update();
    let texts = shown_texts(&mut app);
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Esc: give up (nothing is saved)")),
        "{texts:?}"
    );
    reply(&mut app, "approach_open");
    app.update();
    let texts = shown_texts(&mut app);
    assert!(
        !texts.iter().any(|t| t.contains("nothing is saved"))
            && texts
                .iter()
                .any(|t| t.contains("Esc: give up (saved as an abandoned attempt)")),
        "{texts:?}"
    );
}

/// Review M8 / issue 14 §1.2: a reply broken only by its lateness showed "Better:"
/// with its own text; the debrief says, as the terminal does, that the better reply is
/// the same one given in time.
#[test]
fn the_debrief_says_a_late_reply_was_better_in_time() {
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 1);
    open(&mut app, "hall_dispute_escalation");
    // The opening's limit is 20 s: answer it after 26.
    let now = app.world().resource::<Time>().elapsed_secs_f64();
    app.world_mut().resource_mut::<Countdown>().asked_at = now - 26.0;
    reply(&mut app, "open_take_charge");
    assert!(app.world().resource::<Play>().state().decisions[0].late);
    for _ in 0..40 {
        if screen(&app) != Screen::Encounter {
            break;
        }
        press(&mut app, KeyCode::Digit1);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    app.update();
    let late = app
        .world()
        .resource::<Play>()
        .finished
        .as_ref()
        .unwrap()
        .record
        .feedback
        .iter()
        .find(|f| f.decision == Some(0) && f.automatic)
        .cloned()
        .expect("the late reply's item");
    assert_eq!(late.better, late.choice);
    let texts = shown_texts(&mut app);
    let item = texts
        .iter()
        .find(|t| t.starts_with(&format!("{} — ", late.technique_name)))
        .unwrap_or_else(|| panic!("{texts:?}"));
    assert!(
        item.contains("Better: the same reply, given in time."),
        "{item}"
    );
}

/// Review M2: the app resumed a journal by its own rule for a clock timeout (any
/// `on_timeout` reply that is not on offer, however fast), where the terminal and
/// import replay it as a timeout only after the time limit (Session::replay). A
/// journal whose timeout came in time is not resumed by either.
#[test]
fn the_app_resumes_a_timeout_by_the_rule_the_terminal_uses() {
    use touchpoint::engine::Session;
    use touchpoint::results::journal::Journal;
    let dir = crate::common::fixture_copy();
    let file = dir.path().join("scenarios/sample_refund.ron");
    // The opening's clock takes a reply that is never on offer.
    let ron = std::fs::read_to_string(&file)
        .unwrap()
        .replacen(
            "time_limit: 30,",
            "time_limit: 30, on_timeout: \"opening_wait\",",
            1,
        )
        .replacen(
            "choices: [\n                (\n                    id: \"opening_soothe\",",
            "choices: [\n                (id: \"opening_wait\", when: Said(\"offer_options\"), goto: \"story\"),\n                (\n                    id: \"opening_soothe\",",
            1,
        );
    assert!(ron.contains("(id: \"opening_wait\""));
    std::fs::write(&file, ron).unwrap();
    for l in ["en-US", "zh-CN"] {
        let f = dir.path().join(format!("locales/{l}/sample_refund.ftl"));
        let mut t = std::fs::read_to_string(&f).unwrap();
        t.push_str("\nopening_wait = …\n");
        std::fs::write(&f, t).unwrap();
    }
    let enc = std::sync::Arc::new(crate::common::load(&file));
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 1).unwrap();
    s.timeout().unwrap();
    let journal = |ms: u64| Journal {
        schema: touchpoint::results::journal::SCHEMA.into(),
        version: touchpoint::results::journal::VERSION,
        attempt_id: "01a2d3e4-0000-7000-8000-00000000000a".into(),
        scenario_path: file.clone(),
        scenario_id: "sample_refund".into(),
        content_hash: enc.content_hash.clone(),
        trainee: Trainee {
            id: "t042".into(),
            name: "t042".into(),
        },
        cohort: None,
        locale: "en-US".into(),
        seed: 1,
        started_at: "2026-12-01T08:00:00.000Z".into(),
        updated_at: "2026-12-01T08:01:00.000Z".into(),
        replies: vec![("opening_wait".into(), ms)],
        state: s.state().clone(),
    };
    // After the limit: the clock took it; resumed as that timeout.
    let resumed = Play::resume(enc.clone(), &journal(30_001)).unwrap();
    assert_eq!(resumed.state(), s.state());
    // "In time": no clock took it, and it was never on offer.
    let e = Play::resume(enc.clone(), &journal(1_000))
        .err()
        .expect("not resumed");
    assert!(e.contains("opening_wait"), "{e}");
}

/// Round 3 (R-L7): the app said "import … later" whatever the store's reason, even
/// for a record the store refused (which an import refuses too), and only in its log.
/// It stores as the terminal does (`Store::keep_played`), and the debrief says which
/// of the terminal's three messages applies.
#[test]
fn the_app_says_why_the_store_did_not_take_the_attempt() {
    let d = tempfile::tempdir().unwrap();
    let mut app = app(d.path(), 3);
    // The store cannot be opened: its folder is a file.
    std::fs::write(d.path().join("blocked"), "not a folder").unwrap();
    app.world_mut()
        .resource_mut::<touchpoint::gui::Shared>()
        .player
        .store =
        touchpoint::results::store::Location::Sqlite(d.path().join("blocked/store.sqlite3"));
    open(&mut app, "ringback_complaint");
    for id in EXPERT {
        reply(&mut app, id);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    app.update();
    let done = app.world().resource::<Play>().finished.clone().unwrap();
    assert!(done.saved.is_ok());
    let note = done.store_note.expect("the store did not take it");
    let ui = touchpoint::content::locale::Texts::new("en-US", None, None);
    let later = ui.ui("ui-store-not-added-import-later");
    let tail = later.rsplit("; ").next().unwrap();
    assert!(note.contains(tail), "{note}");
    assert!(
        shown_texts(&mut app).contains(&note),
        "shown in the debrief"
    );
}

/// Issue 15: the app's crate lives at `crates/touchpoint-gui`, but its assets are the
/// repository's: a run without `BEVY_ASSET_ROOT` must find the fonts, the sounds and
/// the voices there, or the app would show boxes and play nothing (headless tests load
/// no asset, so only this test would notice).
#[test]
fn the_app_finds_the_repositorys_assets_without_an_asset_root() {
    let repo = touchpoint::gui::repository();
    assert_eq!(repo, root(), "the app's asset root");
    for dir in ["assets/fonts", "assets/audio"] {
        let n = std::fs::read_dir(repo.join(dir))
            .map(|d| d.count())
            .unwrap_or(0);
        assert!(n > 0, "{dir} is empty or missing under {}", repo.display());
    }
}

// ---- The app as a client of a course server (`touchpoint gui --server URL`) ----

/// The app on the server at `url`, its profile's trainee `id`, in English, with a
/// results folder that must stay empty (the server keeps everything).
fn online_app(url: &str, id: &str, results: &Path) -> App {
    let mut o = options(&root().join("scenarios"), results, 1);
    o.player.trainee = Trainee {
        id: id.into(),
        name: id.into(),
    };
    o.player.cohort = None;
    o.seed = None;
    o.server = Some(touchpoint::gui::online::Connect {
        url: url.into(),
        ca_pem: None,
        password: None,
    });
    app_of(o)
}

/// Runs frames until `done` holds (the server answers on threads of their own).
fn until(app: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !done(app) {
        assert!(
            std::time::Instant::now() < deadline,
            "waited 30 s for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        app.update();
    }
    app.update();
}

fn remote(app: &App) -> &touchpoint::gui::online::Remote {
    app.world().resource::<touchpoint::gui::online::Remote>()
}

/// Waits for the server's answer to the encounter screen's last request.
fn answered(app: &mut App) {
    use touchpoint::gui::encounter::Attempt;
    until(app, "the server's answer", |app| {
        screen(app) != Screen::Encounter || !remote(app).busy()
    });
}

/// Replies `id` by its number key, then waits for the answer.
fn reply_online(app: &mut App, id: &str) {
    let k = remote(app)
        .view
        .options
        .iter()
        .position(|o| o == id)
        .unwrap_or_else(|| panic!("`{id}` not on offer: {:?}", remote(app).view.options));
    press(app, DIGITS[k]);
    answered(app);
}

/// From the picker, opens the encounter the server offers with this id.
fn open_online(app: &mut App, id: &str) {
    let at = app
        .world()
        .resource::<touchpoint::gui::online::Online>()
        .offered
        .iter()
        .position(|o| o.id == id)
        .unwrap_or_else(|| panic!("{id} not offered"));
    press(app, KeyCode::Home);
    for _ in 0..at {
        press(app, KeyCode::ArrowDown);
    }
    press(app, KeyCode::Enter);
    assert_eq!(screen(app), Screen::Encounter);
    answered(app);
}

/// Signs in on the form: the id is the profile's, the password typed (as dots).
fn sign_in_online(app: &mut App, password: &str) {
    use touchpoint::gui::signin::Form;
    assert_eq!(screen(app), Screen::Title);
    press(app, KeyCode::Enter);
    assert_eq!(screen(app), Screen::SignIn);
    assert_eq!(
        app.world().resource::<Form>().focus,
        1,
        "the password is asked"
    );
    type_text(app, password);
    let dots = "•".repeat(password.chars().count());
    assert!(
        shown_texts(app).iter().any(|t| t.starts_with(&dots)),
        "the password shows as dots: {:?}",
        shown_texts(app)
    );
    assert!(
        !shown_texts(app).iter().any(|t| t.contains(password)),
        "the password itself is never on screen"
    );
    press(app, KeyCode::Enter);
    until(app, "the sign-in's answer", |app| {
        !app.world().resource::<Form>().busy
    });
}

/// `touchpoint gui --server`: the trainee signs in with the server's account, sees the
/// course the server offers with the encounter assessed for their cohort, plays it by
/// number keys, leaves part-way (the attempt stays open on the server), comes back to
/// it from the picker, and finishes it. The debrief shows the record the server
/// scored and keeps, which says `verified: "server"`; the app wrote nothing locally
/// and signs out when it closes.
#[test]
fn the_app_on_a_server_plays_an_assessed_attempt_the_server_scores_and_keeps() {
    use crate::play_server::EXPERT;
    use crate::server::{Client, PASSWORD, server};
    use touchpoint::gui::signin::Form;
    use touchpoint::results::store::Store;

    let store = tempfile::tempdir().unwrap();
    let (srv, loc) = server(store.path());
    let url = srv.url();
    let hall = "hall_dispute_escalation";
    let ivy = Client::signed_in(&srv, "ivy");
    let marked = ivy.send(
        "PUT",
        "/api/assessed",
        Some(&serde_json::json!({"cohort": "c1", "scenario": hall, "assessed": true}).to_string()),
        &[],
    );
    assert_eq!(marked.status, 204, "{}", marked.body);
    let results = tempfile::tempdir().unwrap();
    let mut app = online_app(&url, "ann", results.path());

    // A wrong password: the server's answer, said on the form; then the right one.
    sign_in_online(&mut app, "not the password");
    assert_eq!(screen(&app), Screen::SignIn);
    let ui = touchpoint::content::locale::Texts::new("en-US", None, None);
    let wrong = ui.ui_fmt("ui-server-wrong-password", &[("url", url.clone().into())]);
    assert_eq!(
        app.world().resource::<Form>().error.as_deref(),
        Some(wrong.as_str())
    );
    press(&mut app, KeyCode::Escape);
    sign_in_online(&mut app, PASSWORD);
    assert_eq!(screen(&app), Screen::Picker);

    // The course as the server offers it: by module, the assessed encounter marked.
    let texts = shown_texts(&mut app);
    assert!(
        texts.contains(&format!("Course on {url} · ann 名 (ann)")),
        "{texts:?}"
    );
    let enc = crate::common::load(&root().join("scenarios").join(format!("{hall}.ron")));
    let title = enc.texts("en-US").text("title");
    let card = texts
        .iter()
        .position(|t| t.ends_with(&format!("  {title}")))
        .unwrap_or_else(|| panic!("{title} not listed: {texts:?}"));
    assert!(texts[card + 1].contains("assessed"), "{}", texts[card + 1]);
    assert!(
        texts.iter().any(|t| t.starts_with("Module 2: ")),
        "modules by name: {texts:?}"
    );

    // Six replies, then Esc: the attempt stays open on the server.
    open_online(&mut app, hall);
    assert!(remote(&app).assessed);
    let shown = shown_texts(&mut app);
    assert!(
        shown.contains(&"(assessed: the server times and scores every reply)".to_string()),
        "{shown:?}"
    );
    let first = remote(&app).attempt_id.clone();
    for id in &EXPERT[..6] {
        reply_online(&mut app, id);
    }
    assert_eq!(screen(&app), Screen::Encounter);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
    let ann = Client::signed_in(&srv, "ann");
    let open = ann.get("/api/attempts");
    assert_eq!(open.body[0]["attempt_id"], serde_json::json!(first));
    assert_eq!(open.body[0]["replies"], 6, "{}", open.body);
    assert_eq!(open.body[0]["ended"], false);
    until(&mut app, "the picker's refreshed list", |app| {
        app.world()
            .resource::<touchpoint::gui::online::Online>()
            .open
            .iter()
            .any(|a| a.replies == 6)
    });
    let texts = shown_texts(&mut app);
    assert!(
        texts
            .iter()
            .any(|t| t == "⟳ Left open on the server after 6 replies: Enter goes on with it"),
        "{texts:?}"
    );

    // Back to it: the same attempt goes on, to the end.
    open_online(&mut app, hall);
    assert_eq!(remote(&app).attempt_id, first);
    for id in &EXPERT[6..] {
        reply_online(&mut app, id);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    let done = app
        .world()
        .resource::<touchpoint::gui::debrief::Done>()
        .clone();
    assert_eq!(done.record.attempt_id, first);
    assert_eq!(done.seed, None, "the server draws the seed");
    let kept = Store::open(&loc)
        .unwrap()
        .get(&first)
        .unwrap()
        .expect("kept");
    assert_eq!(
        serde_json::to_value(&done.record).unwrap(),
        serde_json::to_value(&kept).unwrap(),
        "the debrief shows the record the server keeps"
    );
    assert!(kept.passed, "the expert path passes");
    let said: Vec<&str> = kept.transcript.iter().map(|t| t.choice.as_str()).collect();
    assert_eq!(said, EXPERT);
    let texts = shown_texts(&mut app);
    assert!(
        texts.contains(&format!(
            "Scored by the server and kept there (attempt {first})."
        )),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains(&format!("Score: {}", kept.score))),
        "{texts:?}"
    );
    // Assessed, and verified by the server.
    let hal = Client::signed_in(&srv, "hal");
    let rows = hal.get("/api/results?trainee=ann");
    assert_eq!(rows.body[0]["attempt_id"], serde_json::json!(first));
    assert_eq!(rows.body[0]["verified"], "server", "{}", rows.body);
    // Back in the picker: the best result the server keeps, on the encounter's card.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
    let best = format!("assessed · best {} ✓", kept.score);
    until(&mut app, "the picker's lists asked again", |app| {
        !app.world()
            .resource::<touchpoint::gui::online::Online>()
            .refreshing()
    });
    let texts = shown_texts(&mut app);
    assert!(
        texts.iter().any(|t| t.ends_with(&best)),
        "{best} in {texts:?}"
    );
    // Nothing written here.
    assert_eq!(
        std::fs::read_dir(results.path()).unwrap().count(),
        0,
        "no result file, journal or store on the trainee's machine"
    );
    // Closing the app ends its session on the server.
    drop(app);
    let log = Client::signed_in(&srv, "ada").get("/api/audit");
    let signouts = log
        .body
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["actor"] == "ann" && e["action"] == "signout")
        .count();
    assert_eq!(signouts, 1, "{}", log.body);
}

/// A server that cannot be reached is named on the sign-in form, in the trainee's
/// language, and the app stays on the form.
#[test]
fn the_app_says_when_the_server_cannot_be_reached() {
    use touchpoint::gui::signin::Form;
    let port = crate::server::free_port();
    let url = format!("http://127.0.0.1:{port}");
    let results = tempfile::tempdir().unwrap();
    let mut app = online_app(&url, "ann", results.path());
    sign_in_online(&mut app, "whatever");
    assert_eq!(screen(&app), Screen::SignIn);
    let error = app.world().resource::<Form>().error.clone().unwrap();
    assert!(
        error.starts_with(&format!("cannot reach the course server at {url}")),
        "{error}"
    );
}

/// On a server the countdown is the server's: it starts from what the server says is
/// left, and when it runs out the app sends a reply that the server, by its own
/// clock, replaces with the node's timeout reply (the app sends no time).
#[test]
fn on_a_server_the_countdown_follows_the_servers_clock_and_its_timeout_reply() {
    use crate::server::{PASSWORD, server};
    use touchpoint::results::store::{LiveAttempt, Store};

    let store = tempfile::tempdir().unwrap();
    let (srv, loc) = server(store.path());
    let results = tempfile::tempdir().unwrap();
    let mut app = online_app(&srv.url(), "ann", results.path());
    sign_in_online(&mut app, PASSWORD);
    assert_eq!(
        screen(&app),
        Screen::Picker,
        "{:?}",
        app.world()
            .resource::<touchpoint::gui::signin::Form>()
            .error
    );
    open_online(&mut app, "campaign_rebate_dispute");
    let left = app.world().resource::<Countdown>().remaining.unwrap();
    assert!(
        left > 25.0 && left <= 30.0,
        "the server's 30 s, less the way: {left}"
    );
    let id = remote(&app).attempt_id.clone();
    // The node was shown 31 s ago, by the server's record of it.
    let mut s = Store::open(&loc).unwrap();
    let live = s.live_attempt(&id).unwrap().unwrap();
    let earlier = LiveAttempt {
        shown_ms: live.shown_ms - 31_000,
        ..live.clone()
    };
    assert!(s.advance_live_attempt(&earlier, &live.replies).unwrap());
    // (The app sends the first reply on offer: not the timeout reply, so that the
    // server's taking it shows.)
    let sent = remote(&app).view.options[0].clone();
    let shown = remote(&app).view.node.clone();
    app.world_mut().resource_mut::<Countdown>().remaining = Some(0.0);
    app.update();
    answered(&mut app);
    let enc = crate::common::load(&root().join("scenarios/campaign_rebate_dispute.ron"));
    let first = enc.scenario.nodes.iter().find(|n| n.id == shown).unwrap();
    let timeout = first.on_timeout.clone().unwrap();
    assert_ne!(sent, timeout);
    let live = s.live_attempt(&id).unwrap().unwrap();
    assert_eq!(
        live.replies,
        format!("{timeout}@30001"),
        "the server's clock took the node's timeout reply"
    );
    // On some seeds so late an answer ends the encounter (the customer leaves).
    if screen(&app) == Screen::Debrief {
        let done = app.world().resource::<touchpoint::gui::debrief::Done>();
        let turn = &done.record.transcript[0];
        assert_eq!((turn.choice.as_str(), turn.late), (timeout.as_str(), true));
        return;
    }
    assert!(remote(&app).timed_out, "the server says the clock took it");
    let v = &remote(&app).view;
    assert!(v.late, "the app says the reply came too late");
    assert_ne!(v.node, first.id, "the encounter moved on");
}

/// Over HTTPS the app trusts the server by the certificate file given (`--ca-cert`),
/// and in Chinese the screens and the server's texts are Chinese. Without the file
/// the server is not trusted, and the form says so.
#[test]
fn over_https_the_app_trusts_the_server_by_its_certificate_file_and_plays_in_chinese() {
    use crate::server::PASSWORD;
    use touchpoint::gui::signin::Form;

    let dir = tempfile::tempdir().unwrap();
    let (srv, cert) = crate::play_server::https_server(dir.path());
    let url = srv.url();
    let results = tempfile::tempdir().unwrap();
    let online = |ca_pem: Option<Vec<u8>>| {
        let mut o = options(&root().join("scenarios"), results.path(), 1);
        o.player.trainee = Trainee {
            id: "ann".into(),
            name: "ann".into(),
        };
        o.player.locale = "zh-CN".into();
        o.server = Some(touchpoint::gui::online::Connect {
            url: url.clone(),
            ca_pem,
            password: None,
        });
        app_of(o)
    };

    // Not trusted by the public authorities.
    let mut app = online(None);
    sign_in_online(&mut app, PASSWORD);
    assert_eq!(screen(&app), Screen::SignIn);
    let error = app.world().resource::<Form>().error.clone().unwrap();
    assert!(error.contains(&url), "{error}");

    let mut app = online(Some(std::fs::read(&cert).unwrap()));
    sign_in_online(&mut app, PASSWORD);
    assert_eq!(screen(&app), Screen::Picker);
    let texts = shown_texts(&mut app);
    assert!(
        texts.contains(&format!("{url} 上的课程 · ann 名 (ann)")),
        "{texts:?}"
    );
    open_online(&mut app, "hall_dispute_escalation");
    let enc = crate::common::load(&root().join("scenarios/hall_dispute_escalation.ron"));
    let zh = enc.texts("zh-CN");
    let first = remote(&app).view.options[0].clone();
    let shown = shown_texts(&mut app);
    assert!(
        shown.iter().any(|t| t.ends_with(&zh.text(&first))),
        "the reply in Chinese: {shown:?}"
    );
    assert!(shown.iter().any(|t| t.starts_with("客户：")), "{shown:?}");
}
