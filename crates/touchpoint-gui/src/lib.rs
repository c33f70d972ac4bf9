//! The desktop app (`touchpoint gui`, cargo feature `gui`): Bevy screens over the same
//! engine `Session` the terminal drives. Thin: the engine decides, the app shows.
//!
//! Screens are states, one plugin per file: [`title`] (language), [`picker`]
//! (encounters with the trainee's best score), [`encounter`] (face, line, mood meter,
//! replies, countdown) and [`debrief`] (score, radar chart, feedback).
//!
//! With `--server` the same screens play on a course server ([`online`]): sign-in
//! with the account's password, the course the server offers, and attempts the server
//! times and scores.
//!
//! Architecture invariant: nothing here decides anything about a reply or a score;
//! it calls `Play` (the engine bridge) or the server, and draws what comes back.

// Bevy systems take their data as parameters and filter queries with tuples: that is
// how the ECS is used, not a design smell here.
#![allow(clippy::too_many_arguments, clippy::type_complexity)]

pub use bevy;

pub mod autopilot;
pub mod debrief;
pub mod encounter;
pub mod online;
pub mod picker;
pub mod play;
pub mod reload;
pub mod settings;
pub mod signin;
pub mod sound;
pub mod title;

use std::path::PathBuf;
use std::sync::Arc;

use bevy::asset::RenderAssetUsages;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

use play::Player;
use touchpoint_content::encounter::Encounter;
use touchpoint_content::locale::Texts;
use touchpoint_results::chart::Pixels;

/// The app's screens.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    SignIn,
    Settings,
    Picker,
    Encounter,
    Debrief,
}

/// One encounter found in the scenarios folder.
#[derive(Clone)]
pub struct Entry {
    pub enc: Arc<Encounter>,
    pub decisions: String,
}

/// Everything the screens share.
#[derive(Resource)]
pub struct Shared {
    /// The scenarios folder (with the course file, if any).
    pub scenarios: PathBuf,
    pub entries: Vec<Entry>,
    /// Files that did not load, with their reports (shown on the picker).
    pub broken: Vec<String>,
    pub player: Player,
    pub best: std::collections::BTreeMap<String, touchpoint_engine::course::Best>,
    /// The encounter picked last, and the seed to use next (None: a new seed).
    pub picked: Option<usize>,
    pub next_seed: Option<u64>,
    pub font: Handle<Font>,
    pub text_scale: f32,
}

impl Shared {
    pub fn texts(&self, enc: &Encounter) -> std::sync::Arc<Texts> {
        enc.texts(&self.player.locale)
    }

    /// The program's own strings in the current locale.
    pub fn ui(&self) -> std::sync::Arc<Texts> {
        touchpoint_content::locale::ui_texts(&self.player.locale)
    }

    pub fn font(&self, px: f32) -> TextFont {
        TextFont {
            font: self.font.clone().into(),
            font_size: (px * self.text_scale).into(),
            ..default()
        }
    }
}

/// Options from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub scenarios: PathBuf,
    pub player: Player,
    pub seed: Option<u64>,
    pub text_scale: f32,
    pub script: Option<autopilot::Script>,
    /// Master volume 0..=1, and mute.
    pub volume: f32,
    pub muted: bool,
    /// The profile file the sign-in screen saves to.
    pub profile: Option<PathBuf>,
    /// Play on this course server instead of the scenarios folder.
    pub server: Option<online::Connect>,
}

/// Colours of the app.
pub mod theme {
    use bevy::prelude::Color;
    pub const BG: Color = Color::srgb(0.11, 0.13, 0.16);
    pub const PANEL: Color = Color::srgb(0.17, 0.2, 0.24);
    pub const BUTTON: Color = Color::srgb(0.22, 0.27, 0.33);
    pub const BUTTON_HOVER: Color = Color::srgb(0.29, 0.36, 0.44);
    pub const BUTTON_PRESS: Color = Color::srgb(0.2, 0.45, 0.7);
    pub const TEXT: Color = Color::srgb(0.93, 0.94, 0.95);
    pub const MUTED: Color = Color::srgb(0.65, 0.68, 0.72);
    pub const PASS: Color = Color::srgb(0.35, 0.78, 0.45);
    pub const FAIL: Color = Color::srgb(0.9, 0.38, 0.35);
    pub const ANGER: Color = Color::srgb(0.9, 0.35, 0.3);
    pub const TRUST: Color = Color::srgb(0.35, 0.65, 0.9);
    pub const PATIENCE: Color = Color::srgb(0.85, 0.75, 0.3);
}

/// Turns chart pixels into an image asset.
pub fn image_of(px: &Pixels) -> Image {
    Image::new(
        Extent3d {
            width: px.size,
            height: px.size,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        px.data.clone(),
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::default(),
    )
}

/// A full-window column with its content centred.
pub fn centred_column(gap: f32) -> Node {
    Node {
        width: Val::Percent(100.0),
        height: Val::Percent(100.0),
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        row_gap: Val::Px(gap),
        ..default()
    }
}

/// Button colours follow hover and press.
fn button_colours(
    mut q: Query<(&Interaction, &mut BackgroundColor), (Changed<Interaction>, With<Button>)>,
) {
    for (i, mut bg) in &mut q {
        bg.0 = match i {
            Interaction::Pressed => theme::BUTTON_PRESS,
            Interaction::Hovered => theme::BUTTON_HOVER,
            Interaction::None => theme::BUTTON,
        };
    }
}

/// A button with a text label; `tag` identifies what it does.
pub fn button<T: Component>(shared: &Shared, label: String, tag: T) -> impl Bundle {
    (
        Button,
        tag,
        Node {
            padding: UiRect::axes(Val::Px(16.0), Val::Px(10.0)),
            margin: UiRect::all(Val::Px(4.0)),
            ..default()
        },
        BackgroundColor(theme::BUTTON),
        children![(Text::new(label), shared.font(20.0), TextColor(theme::TEXT))],
    )
}

/// Loads every encounter of the folder; the ones with errors are listed as broken.
pub fn load_library(dir: &std::path::Path) -> (Vec<Entry>, Vec<String>) {
    let mut entries = Vec::new();
    let mut broken = Vec::new();
    for f in touchpoint_content::files::scenario_files(&[dir.to_path_buf()]) {
        let (enc, reports) = touchpoint_content::encounter::load(&f);
        match enc {
            Some(enc) => {
                let decisions = touchpoint_content::words::decisions_text(&enc.scenario);
                entries.push(Entry {
                    enc: Arc::new(enc),
                    decisions,
                });
            }
            None => {
                for r in reports.iter().filter(|r| r.is_error()) {
                    broken.push(r.to_string());
                }
            }
        }
    }
    (entries, broken)
}

/// The app's logic and screens, without window or audio (tests add this to
/// `MinimalPlugins`).
pub struct TouchpointPlugin(pub Options);

impl Plugin for TouchpointPlugin {
    fn build(&self, app: &mut App) {
        let opts = &self.0;
        // On a server the course is the server's: nothing is read here.
        let (entries, broken) = match &opts.server {
            Some(_) => (Vec::new(), Vec::new()),
            None => load_library(&opts.scenarios),
        };
        // (On a server, the best scores of this session's attempts.)
        let best = match &opts.server {
            Some(_) => Default::default(),
            None => {
                touchpoint_results::record::best_results(
                    &opts.player.results_dir,
                    &opts.player.trainee.id,
                )
                .0
            }
        };
        let font = app
            .world()
            .get_resource::<AssetServer>()
            .map(|a| a.load("fonts/WenQuanYiMicroHei.ttf"))
            .unwrap_or_default();
        app.insert_resource(Shared {
            scenarios: opts.scenarios.clone(),
            entries,
            broken,
            player: opts.player.clone(),
            best,
            picked: None,
            next_seed: opts.seed,
            font,
            text_scale: opts.text_scale,
        })
        .insert_resource(ClearColor(theme::BG))
        .init_state::<Screen>()
        .add_message::<sound::Cue>()
        .add_systems(Update, button_colours)
        .add_plugins((
            title::plugin,
            picker::plugin,
            encounter::plugin,
            debrief::plugin,
            signin::plugin,
            settings::plugin,
        ));
        // Volume and mute (the sound plugin plays by them; the settings screen changes
        // them). The windowed app sets them before adding this plugin.
        if !app.world().contains_resource::<sound::Volume>() {
            app.insert_resource(sound::Volume {
                master: opts.volume,
                muted: opts.muted,
                assets: PathBuf::from("assets"),
            });
        }
        match &opts.server {
            Some(connect) => {
                app.insert_resource(online::Online::new(connect.clone()))
                    .add_plugins(online::plugin);
            }
            // Scenario files edited while the app runs are reloaded.
            None => {
                app.insert_resource(reload::Watch::new(&opts.scenarios))
                    .add_plugins(reload::plugin);
            }
        }
        if let Some(script) = &opts.script {
            app.insert_resource(script.clone())
                .add_plugins(autopilot::plugin);
        }
    }
}

/// The repository this app was built from (where `assets/` is): this crate lives at
/// `crates/touchpoint-gui`. `BEVY_ASSET_ROOT` overrides it for an installed app.
pub fn repository() -> PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors().nth(2).unwrap_or(here).to_path_buf()
}

/// Runs the app in a window. Returns the process exit code.
pub fn run(opts: Options) -> i32 {
    let root = std::env::var("BEVY_ASSET_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repository());
    let exit = App::new()
        .add_plugins(
            DefaultPlugins
                .set(WindowPlugin {
                    primary_window: Some(Window {
                        title: "Touchpoint".into(),
                        resolution: (1280, 720).into(),
                        ..default()
                    }),
                    ..default()
                })
                .set(AssetPlugin {
                    file_path: root.join("assets").to_string_lossy().into_owned(),
                    ..default()
                }),
        )
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .insert_resource(signin::ProfilePath(opts.profile.clone()))
        .insert_resource(sound::Volume {
            master: opts.volume,
            muted: opts.muted,
            assets: root.join("assets"),
        })
        .add_plugins((TouchpointPlugin(opts), sound::plugin))
        .run();
    match exit {
        AppExit::Success => 0,
        AppExit::Error(code) => i32::from(code.get()),
    }
}
