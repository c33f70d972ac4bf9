//! Sound with kira: an ambience loop per setting, cues when the customer grows angrier
//! or calmer, a positive or negative sting at the debrief, UI clicks, and voice-over
//! for a customer line when `assets/voice/<locale>/<line id>.ogg` exists. Master volume
//! and mute come from the profile (`--volume`, `--mute`). With no sound device the
//! app plays on silently (kira logs that it could not open one).

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_kira_audio::prelude::*;

use super::Screen;
use touchpoint_engine::scenario::Setting;

/// What the app asks to hear; written by the screens, played here (and ignored in
/// headless tests, which have no audio).
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Cue {
    Angrier,
    Calmer,
    Passed,
    Failed,
    /// A customer line that may have voice-over: (locale, line id).
    Line(String, String),
    /// The encounter's place, once known (an attempt on a server): its ambience.
    Place(Setting),
}

#[derive(Resource)]
struct Ambience;

#[derive(Resource)]
pub struct Volume {
    /// 0..=1.
    pub master: f32,
    pub muted: bool,
    /// `assets/` on disk, to look for voice-over files.
    pub assets: PathBuf,
}

#[derive(Resource)]
struct Sounds {
    hall: Handle<AudioSource>,
    lobby: Handle<AudioSource>,
    showroom: Handle<AudioSource>,
    angrier: Handle<AudioSource>,
    calmer: Handle<AudioSource>,
    positive: Handle<AudioSource>,
    negative: Handle<AudioSource>,
    click: Handle<AudioSource>,
}

pub fn plugin(app: &mut App) {
    app.add_plugins(AudioPlugin)
        .add_audio_channel::<Ambience>()
        .init_resource::<MediaCache>()
        .add_systems(Startup, load)
        .add_systems(OnEnter(Screen::Encounter), start_ambience)
        .add_systems(OnExit(Screen::Encounter), stop_ambience)
        .add_systems(Update, (cues, clicks));
}

fn load(mut commands: Commands, assets: Res<AssetServer>) {
    let l = |name: &str| assets.load(format!("audio/{name}.ogg"));
    commands.insert_resource(Sounds {
        hall: l("ambience_business_hall"),
        lobby: l("ambience_hotel_lobby"),
        showroom: l("ambience_showroom"),
        angrier: l("cue_angrier"),
        calmer: l("cue_calmer"),
        positive: l("sting_positive"),
        negative: l("sting_negative"),
        click: l("ui_click"),
    });
}

/// Decibels for a 0..=1 gain (silence below -60 dB).
fn db(gain: f32) -> f32 {
    if gain <= 0.001 {
        -60.0
    } else {
        20.0 * gain.log10()
    }
}

fn start_ambience(
    sounds: Res<Sounds>,
    mut media: ResMut<MediaCache>,
    mut sources: ResMut<Assets<AudioSource>>,
    channel: Res<AudioChannel<Ambience>>,
    volume: Res<Volume>,
    play: Option<Res<super::play::Play>>,
) {
    if volume.muted {
        return;
    }
    let Some(play) = play else { return };
    // The encounter's own ambience, if it brings one, else the setting's.
    let own = play
        .enc
        .media
        .ambience
        .as_deref()
        .and_then(|p| media.get(p, &mut sources));
    let track = own.unwrap_or_else(|| of_place(&sounds, play.enc.scenario.setting));
    channel
        .play(track)
        .looped()
        .with_volume(db(0.5 * volume.master));
}

/// The app's ambience for a kind of place.
fn of_place(sounds: &Sounds, place: Setting) -> Handle<AudioSource> {
    match place {
        Setting::HotelLobby => &sounds.lobby,
        Setting::Showroom | Setting::SalesOffice => &sounds.showroom,
        _ => &sounds.hall,
    }
    .clone()
}

fn stop_ambience(channel: Res<AudioChannel<Ambience>>) {
    channel.stop();
}

#[allow(clippy::too_many_arguments)]
fn cues(
    mut cues: MessageReader<Cue>,
    sounds: Res<Sounds>,
    audio: Res<Audio>,
    volume: Res<Volume>,
    assets: Res<AssetServer>,
    play: Option<Res<super::play::Play>>,
    mut media: ResMut<MediaCache>,
    mut sources: ResMut<Assets<AudioSource>>,
    ambience: Res<AudioChannel<Ambience>>,
) {
    for cue in cues.read() {
        if volume.muted {
            continue;
        }
        let handle = match cue {
            Cue::Place(place) => {
                ambience
                    .play(of_place(&sounds, *place))
                    .looped()
                    .with_volume(db(0.5 * volume.master));
                continue;
            }
            Cue::Angrier => sounds.angrier.clone(),
            Cue::Calmer => sounds.calmer.clone(),
            Cue::Passed => sounds.positive.clone(),
            Cue::Failed => sounds.negative.clone(),
            Cue::Line(locale, id) => {
                let enc = play.as_ref().map(|p| p.enc.clone());
                // The node's own sound (a phone ringing), then the line's voice-over:
                // the encounter's recording if it has one, else the app's.
                if let Some(enc) = &enc {
                    let node = id.split('.').next().unwrap_or(id);
                    if let Some(h) = enc
                        .media
                        .sounds
                        .get(node)
                        .and_then(|p| media.get(p, &mut sources))
                    {
                        audio.play(h).with_volume(db(volume.master));
                    }
                    if let Some(h) = enc
                        .media
                        .voice_line(locale, id)
                        .and_then(|p| media.get(&p, &mut sources))
                    {
                        audio.play(h).with_volume(db(volume.master));
                        continue;
                    }
                }
                let rel = format!("voice/{locale}/{id}.ogg");
                if !volume.assets.join(&rel).is_file() {
                    continue;
                }
                assets.load(rel)
            }
        };
        audio.play(handle).with_volume(db(volume.master));
    }
}

/// Sounds an encounter brings (its own files, already checked to be inside its
/// folder), decoded once each.
#[derive(Resource, Default)]
pub struct MediaCache(std::collections::HashMap<PathBuf, Option<Handle<AudioSource>>>);

impl MediaCache {
    fn get(
        &mut self,
        path: &std::path::Path,
        sources: &mut Assets<AudioSource>,
    ) -> Option<Handle<AudioSource>> {
        self.0
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                let bytes = std::fs::read(path)
                    .map_err(|e| warn!("cannot read {}: {e}", path.display()))
                    .ok()?;
                let sound = StaticSoundData::from_cursor(std::io::Cursor::new(bytes))
                    .map_err(|e| warn!("cannot play {}: {e}", path.display()))
                    .ok()?;
                Some(sources.add(AudioSource { sound }))
            })
            .clone()
    }
}

fn clicks(
    q: Query<&Interaction, (Changed<Interaction>, With<Button>)>,
    sounds: Res<Sounds>,
    audio: Res<Audio>,
    volume: Res<Volume>,
) {
    if volume.muted {
        return;
    }
    for i in &q {
        if *i == Interaction::Pressed {
            audio
                .play(sounds.click.clone())
                .with_volume(db(0.6 * volume.master));
        }
    }
}
