//! Settings screen (from the title screen: S or the Settings button): master volume,
//! sound on/off and text size. ↑/↓ pick a row, ←/→ change it (M mutes), Enter or Esc
//! goes back. Every change applies at once and is saved to the profile.

use bevy::prelude::*;

use super::signin::ProfilePath;
use super::sound::Volume;
use super::{Screen, Shared, button, theme};

/// Text size steps, in percent of the default.
pub const TEXT_SIZES: [u16; 6] = [75, 100, 125, 150, 175, 200];

#[derive(Component, Clone, Copy, PartialEq, Eq, Debug)]
enum Row {
    Volume,
    Sound,
    TextSize,
}

const ROWS: [Row; 3] = [Row::Volume, Row::Sound, Row::TextSize];

#[derive(Component, Clone, Copy)]
enum Action {
    Change(Row, i32),
    Back,
}

/// The row under the keyboard cursor.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selected(pub usize);

#[derive(Component)]
struct Root;

pub fn plugin(app: &mut App) {
    app.init_resource::<Selected>()
        .add_systems(OnEnter(Screen::Settings), spawn)
        .add_systems(Update, (click, keys).run_if(in_state(Screen::Settings)));
}

fn spawn(
    mut commands: Commands,
    shared: Res<Shared>,
    volume: Option<Res<Volume>>,
    selected: Res<Selected>,
    roots: Query<Entity, With<Root>>,
) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    let ui = shared.ui();
    let (master, muted) = volume.map(|v| (v.master, v.muted)).unwrap_or((0.8, true));
    let value = |r: Row| match r {
        Row::Volume => format!("{:.0}%", master * 100.0),
        Row::Sound => ui.ui(if muted {
            "gui-sound-off"
        } else {
            "gui-sound-on"
        }),
        Row::TextSize => format!("{:.0}%", shared.text_scale * 100.0),
    };
    let label = |r: Row| {
        ui.ui(match r {
            Row::Volume => "gui-volume",
            Row::Sound => "gui-sound",
            Row::TextSize => "gui-text-size",
        })
    };
    let root = commands
        .spawn((
            Root,
            DespawnOnExit(Screen::Settings),
            super::centred_column(16.0),
        ))
        .id();
    commands.entity(root).with_children(|p| {
        p.spawn((
            Text::new(ui.ui("gui-settings")),
            shared.font(36.0),
            TextColor(theme::TEXT),
        ));
        for (k, r) in ROWS.iter().enumerate() {
            let lit = k == selected.0;
            p.spawn((
                *r,
                Node {
                    flex_direction: FlexDirection::Row,
                    align_items: AlignItems::Center,
                    column_gap: Val::Px(12.0),
                    padding: UiRect::axes(Val::Px(16.0), Val::Px(6.0)),
                    ..default()
                },
                BackgroundColor(if lit { theme::PANEL } else { Color::NONE }),
            ))
            .with_children(|row| {
                let cell = |width: f32, justify: JustifyContent| Node {
                    width: Val::Px(width * shared.text_scale),
                    justify_content: justify,
                    align_items: AlignItems::Center,
                    ..default()
                };
                row.spawn((
                    cell(240.0, JustifyContent::FlexStart),
                    children![(
                        Text::new(format!("{}{}", if lit { "→ " } else { "   " }, label(*r))),
                        shared.font(22.0),
                        TextColor(theme::TEXT),
                    )],
                ));
                row.spawn(button(&shared, "−".into(), Action::Change(*r, -1)));
                row.spawn((
                    cell(110.0, JustifyContent::Center),
                    children![(
                        Text::new(value(*r)),
                        shared.font(22.0),
                        TextColor(theme::TEXT),
                    )],
                ));
                row.spawn(button(&shared, "+".into(), Action::Change(*r, 1)));
            });
        }
        p.spawn(button(&shared, ui.ui("gui-back"), Action::Back));
        p.spawn((
            Text::new(ui.ui("gui-settings-keys")),
            shared.font(16.0),
            TextColor(theme::MUTED),
        ));
    });
}

/// The next text size step in `dir` from `scale` (1.0 = 100%).
pub fn step_text_size(scale: f32, dir: i32) -> f32 {
    let now = (scale * 100.0).round() as i32;
    let next = if dir > 0 {
        TEXT_SIZES.iter().find(|&&s| i32::from(s) > now)
    } else {
        TEXT_SIZES.iter().rev().find(|&&s| i32::from(s) < now)
    };
    next.map(|&s| f32::from(s) / 100.0).unwrap_or(scale)
}

fn change(
    row: Row,
    dir: i32,
    shared: &mut Shared,
    volume: &mut Option<ResMut<Volume>>,
    path: &ProfilePath,
) {
    match row {
        Row::Volume => {
            if let Some(v) = volume {
                v.master = ((v.master * 10.0).round() + dir as f32).clamp(0.0, 10.0) / 10.0;
                if dir > 0 {
                    v.muted = false;
                }
            }
        }
        Row::Sound => {
            if let Some(v) = volume {
                v.muted = !v.muted;
            }
        }
        Row::TextSize => shared.text_scale = step_text_size(shared.text_scale, dir),
    }
    save(shared, volume.as_deref(), path);
}

/// Writes the settings into the profile (the rest of it is kept).
fn save(shared: &Shared, volume: Option<&Volume>, path: &ProfilePath) {
    let Some(p) = &path.0 else { return };
    let (mut prof, _) = touchpoint_results::profile::load(p);
    if let Some(v) = volume {
        prof.volume = (v.master * 100.0).round() as u8;
        prof.muted = v.muted;
    }
    prof.text_scale = (shared.text_scale * 100.0).round() as u16;
    if let Err(e) = touchpoint_results::profile::save(p, &prof) {
        error!("cannot save the settings to {}: {e}", p.display());
    }
}

#[allow(clippy::too_many_arguments)]
fn apply(
    a: Action,
    shared: &mut Shared,
    volume: &mut Option<ResMut<Volume>>,
    path: &ProfilePath,
    next: &mut NextState<Screen>,
    commands: &mut Commands,
) {
    match a {
        Action::Change(row, dir) => {
            change(row, dir, shared, volume, path);
            commands.run_system_cached(spawn);
        }
        Action::Back => next.set(Screen::Title),
    }
}

fn click(
    q: Query<(&Interaction, &Action), Changed<Interaction>>,
    mut shared: ResMut<Shared>,
    mut volume: Option<ResMut<Volume>>,
    path: Res<ProfilePath>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
) {
    for (i, a) in &q {
        if *i == Interaction::Pressed {
            apply(
                *a,
                &mut shared,
                &mut volume,
                &path,
                &mut next,
                &mut commands,
            );
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut shared: ResMut<Shared>,
    mut volume: Option<ResMut<Volume>>,
    path: Res<ProfilePath>,
    mut selected: ResMut<Selected>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
) {
    let mut redraw = false;
    if keys.just_pressed(KeyCode::ArrowDown) && selected.0 + 1 < ROWS.len() {
        selected.0 += 1;
        redraw = true;
    }
    if keys.just_pressed(KeyCode::ArrowUp) && selected.0 > 0 {
        selected.0 -= 1;
        redraw = true;
    }
    let row = ROWS[selected.0];
    for (key, dir) in [(KeyCode::ArrowLeft, -1), (KeyCode::ArrowRight, 1)] {
        if keys.just_pressed(key) {
            apply(
                Action::Change(row, dir),
                &mut shared,
                &mut volume,
                &path,
                &mut next,
                &mut commands,
            );
        }
    }
    if keys.just_pressed(KeyCode::KeyM) {
        apply(
            Action::Change(Row::Sound, 1),
            &mut shared,
            &mut volume,
            &path,
            &mut next,
            &mut commands,
        );
    }
    if keys.just_pressed(KeyCode::Escape) || keys.just_pressed(KeyCode::Enter) {
        next.set(Screen::Title);
    } else if redraw {
        commands.run_system_cached(spawn);
    }
}
