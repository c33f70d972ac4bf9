//! Scripted play for screenshots and smoke tests (`touchpoint gui --shots DIR
//! --choices a,b,…`): takes `settings.png` and `picker.png`, opens the first encounter (or `--encounter
//! ID`), takes `encounter.png`, plays the replies, takes `debrief.png`, and exits. The same path
//! through `touchpoint play` gives the same result JSON.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::play::Play;
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
            next.set(Screen::Picker);
        }
        Screen::Title | Screen::SignIn if progress.frames > 3 => next.set(Screen::Picker),
        Screen::Picker => {
            // The picker first (`picker.png`, or `picker-zh.png`), once it has settled.
            if !progress.picker_shot {
                progress.picker_shot = shot(&mut commands, &script, "picker", progress.frames);
                return;
            }
            let k = match &script.encounter {
                Some(id) => shared.entries.iter().position(|e| &e.enc.scenario.id == id),
                None => Some(0),
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
            let Some(mut play) = play else { return };
            if progress.shots == 0 {
                if progress.frames == SETTLE {
                    commands
                        .spawn(Screenshot::primary_window())
                        .observe(save_to_disk(script.dir.join(&script.first_shot)));
                    progress.shots = 1;
                }
                return;
            }
            if progress.frames < SETTLE + 10 {
                return;
            }
            let Some(id) = script.choices.get(progress.step) else {
                error!("the script ran out of replies before the encounter ended");
                exit.write(AppExit::from_code(3));
                return;
            };
            let Some(k) = play.view.options.iter().position(|o| o == id) else {
                error!(
                    "reply `{id}` is not on offer; on offer: {:?}",
                    play.view.options
                );
                exit.write(AppExit::from_code(1));
                return;
            };
            progress.step += 1;
            progress.frames = SETTLE;
            // Scripted replies count as instant, like `touchpoint play --choices`.
            super::encounter::reply(
                &mut commands,
                &mut play,
                &mut shared,
                &mut next,
                &mut cues,
                k,
                0,
            );
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
