//! Scripted play for screenshots and smoke tests (`touchpoint gui --shots DIR
//! --choices a,b,…`): takes `settings.png` and `picker.png`, opens the first encounter (or `--encounter
//! ID`), takes `encounter.png`, plays the replies, takes `debrief.png`, and exits. The same path
//! through `touchpoint play` gives the same result JSON.
//!
//! On a course server (`--server URL --password-stdin`) it fills the sign-in form
//! with the trainee id and the password read from standard input (`signin.png`,
//! the password as dots), signs in, and plays the encounter the server offers.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::encounter::Attempt;
use super::online::{Online, Remote};
use super::play::Play;
use super::signin::Form;
use super::{Screen, Shared};

#[derive(Resource, Clone, Debug)]
pub struct Script {
    pub dir: PathBuf,
    pub encounter: Option<String>,
    pub choices: Vec<String>,
    /// File name of the first screenshot (`encounter.png`, or `encounter-zh.png`).
    pub first_shot: String,
}

#[derive(Resource, Default)]
struct Progress {
    frames: u32,
    settings_shot: bool,
    picker_shot: bool,
    step: usize,
    shots: u32,
}

pub fn plugin(app: &mut App) {
    app.init_resource::<Progress>().add_systems(Update, drive);
}

/// Frames to wait before a screenshot, so that fonts and images are on screen.
const SETTLE: u32 = 20;

/// Takes `<screen>.png` (or `<screen>-zh.png`, after the first shot's name) once the
/// screen has settled; true once the shot has had time to be written.
fn shot(commands: &mut Commands, script: &Script, screen: &str, frames: u32) -> bool {
    if frames == SETTLE {
        let name = script.first_shot.replacen("encounter", screen, 1);
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(script.dir.join(name)));
    }
    frames > SETTLE + 5
}

fn drive(
    mut commands: Commands,
    script: Res<Script>,
    mut progress: ResMut<Progress>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut shared: ResMut<Shared>,
    play: Option<ResMut<Play>>,
    remote: Option<ResMut<Remote>>,
    mut online: Option<ResMut<Online>>,
    mut form: ResMut<Form>,
    mut exit: MessageWriter<AppExit>,
    mut cues: MessageWriter<super::sound::Cue>,
) {
    progress.frames += 1;
    match state.get() {
        // The settings screen first (`settings.png`, or `settings-zh.png`).
        Screen::Title if !progress.settings_shot && progress.frames > 3 => {
            progress.frames = 0;
            next.set(Screen::Settings);
        }
        Screen::Settings if shot(&mut commands, &script, "settings", progress.frames) => {
            progress.settings_shot = true;
            progress.frames = 0;
            next.set(if online.is_some() {
                Screen::SignIn
            } else {
                Screen::Picker
            });
        }
        Screen::Title if online.is_some() && progress.frames > 3 => {
            progress.frames = 0;
            next.set(Screen::SignIn);
        }
        // On a server: the form filled in, its picture, then the sign-in.
        Screen::SignIn if online.is_some() => {
            let Some(online) = online.as_mut() else {
                return;
            };
            if let Some(e) = &form.error {
                error!("{e}");
                exit.write(AppExit::from_code(1));
                return;
            }
            if form.busy || online.signing_in() {
                return;
            }
            let Some(password) = online.connect.password.clone() else {
                error!("a scripted run on a server needs the password (--password-stdin)");
                exit.write(AppExit::from_code(2));
                return;
            };
            if progress.frames == 2 {
                form.fields[0] = shared.player.trainee.id.clone();
                form.fields[1] = password.clone();
                form.focus = 1;
            }
            if shot(&mut commands, &script, "signin", progress.frames) {
                let id = form.fields[0].clone();
                online.sign_in(&id, password, &shared.player.locale);
                form.busy = true;
                progress.frames = 0;
            }
        }
        Screen::Title | Screen::SignIn if progress.frames > 3 => next.set(Screen::Picker),
        Screen::Picker => {
            // The picker first (`picker.png`, or `picker-zh.png`), once it has settled.
            if !progress.picker_shot {
                progress.picker_shot = shot(&mut commands, &script, "picker", progress.frames);
                return;
            }
            let k = match (&script.encounter, &online) {
                (Some(id), Some(o)) => o.offered.iter().position(|e| &e.id == id),
                (Some(id), None) => shared.entries.iter().position(|e| &e.enc.scenario.id == id),
                (None, _) => Some(0),
            };
            match k {
                Some(k) => {
                    shared.picked = Some(k);
                    progress.frames = 0;
                    next.set(Screen::Encounter);
                }
                None => {
                    error!(
                        "no encounter {:?} in the scenarios folder",
                        script.encounter
                    );
                    exit.write(AppExit::from_code(1));
                }
            }
        }
        Screen::Encounter => {
            let done = match (play, remote) {
                (Some(mut play), _) => step(
                    &mut commands,
                    &script,
                    &mut progress,
                    &mut next,
                    &mut shared,
                    &mut *play,
                    &mut cues,
                ),
                (None, Some(mut remote)) => step(
                    &mut commands,
                    &script,
                    &mut progress,
                    &mut next,
                    &mut shared,
                    &mut *remote,
                    &mut cues,
                ),
                (None, None) => Ok(()),
            };
            if let Err(code) = done {
                exit.write(AppExit::from_code(code));
            }
        }
        Screen::Debrief => {
            if progress.shots == 1 && progress.frames > SETTLE {
                commands
                    .spawn(Screenshot::primary_window())
                    .observe(save_to_disk(script.dir.join("debrief.png")));
                progress.shots = 2;
                progress.frames = 0;
            } else if progress.shots == 2 && progress.frames > 15 {
                exit.write(AppExit::Success);
            }
        }
        _ => {}
    }
}

/// The encounter: its picture once it is on screen, then the script's next reply
/// (once the last one's answer is in). `Err`: the exit code.
fn step<A: Attempt>(
    commands: &mut Commands,
    script: &Script,
    progress: &mut Progress,
    next: &mut NextState<Screen>,
    shared: &mut Shared,
    play: &mut A,
    cues: &mut MessageWriter<super::sound::Cue>,
) -> Result<(), u8> {
    if play.busy() || play.view().node.is_empty() {
        // (The first answer, or a reply's, is on its way.)
        progress.frames = progress.frames.min(3);
        return Ok(());
    }
    if progress.shots == 0 {
        if progress.frames == SETTLE {
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(script.dir.join(&script.first_shot)));
            progress.shots = 1;
        }
        return Ok(());
    }
    if progress.frames < SETTLE + 10 {
        return Ok(());
    }
    let Some(id) = script.choices.get(progress.step) else {
        error!("the script ran out of replies before the encounter ended");
        return Err(3);
    };
    let options = &play.view().options;
    let Some(k) = options.iter().position(|o| o == id) else {
        error!("reply `{id}` is not on offer; on offer: {options:?}");
        return Err(1);
    };
    progress.step += 1;
    progress.frames = SETTLE;
    // Scripted replies count as instant, like `touchpoint play --choices`.
    super::encounter::reply(commands, play, shared, next, cues, k, 0);
    Ok(())
}
