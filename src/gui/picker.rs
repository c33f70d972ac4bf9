//! Encounter picker: title, archetype, setting, difficulty, expected length and the
//! trainee's best score so far. Number keys pick; Esc goes back to the title.

use bevy::prelude::*;

use super::{Screen, Shared, theme};
use crate::cli::list::snake;

#[derive(Component, Clone, Copy)]
struct Pick(usize);

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Picker), spawn)
        .add_systems(Update, (click, keys).run_if(in_state(Screen::Picker)));
}

#[derive(Component)]
struct Root;

/// Draws the picker again (the encounters changed on disk).
pub fn redraw(world: &mut World) {
    let _ = world.run_system_cached(spawn);
}

fn spawn(commands: Commands, shared: Res<Shared>, roots: Query<Entity, With<Root>>) {
    spawn_with(commands, shared, roots);
}

fn spawn_with(mut commands: Commands, shared: Res<Shared>, roots: Query<Entity, With<Root>>) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    let ui = shared.ui();
    let root = commands
        .spawn((
            Root,
            DespawnOnExit(Screen::Picker),
            Node {
                width: Val::Percent(100.0),
                height: Val::Percent(100.0),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(Val::Px(32.0)),
                row_gap: Val::Px(10.0),
                ..default()
            },
        ))
        .id();
    let who = if shared.player.trainee.name.is_empty() {
        shared.player.trainee.id.clone()
    } else {
        shared.player.trainee.name.clone()
    };
    commands.entity(root).with_children(|p| {
        p.spawn((
            Text::new(format!("{} · {who}", ui.ui("gui-pick"))),
            shared.font(30.0),
            TextColor(theme::TEXT),
        ));
        for (k, e) in shared.entries.iter().enumerate() {
            let t = shared.texts(&e.enc);
            let s = &e.enc.scenario;
            let arche = ui.ui(&format!(
                "archetype-{}",
                snake(&format!("{:?}", s.archetype))
            ));
            let diff = ui.ui(&format!(
                "difficulty-{}",
                snake(&format!("{:?}", s.difficulty))
            ));
            let best = shared
                .best
                .get(&s.id)
                .map(|b| format!("{} {}", ui.ui("gui-best"), b.score))
                .unwrap_or_else(|| ui.ui("gui-not-played"));
            p.spawn((
                Button,
                Pick(k),
                Node {
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::all(Val::Px(12.0)),
                    ..default()
                },
                BackgroundColor(theme::BUTTON),
                children![
                    (
                        Text::new(format!("{}  {}", k + 1, t.text("title"))),
                        shared.font(24.0),
                        TextColor(theme::TEXT)
                    ),
                    (
                        Text::new(format!(
                            "{arche} · {diff} · {} {} · {best}",
                            e.decisions,
                            ui.ui("gui-decisions")
                        )),
                        shared.font(17.0),
                        TextColor(theme::MUTED)
                    ),
                    (
                        Text::new(t.text("setting")),
                        shared.font(16.0),
                        TextColor(theme::MUTED)
                    ),
                ],
            ));
        }
        if shared.entries.is_empty() {
            p.spawn((
                Text::new(ui.ui("gui-no-encounters")),
                shared.font(20.0),
                TextColor(theme::FAIL),
            ));
        }
        // Files with errors are shown, not hidden: the author sees what to fix.
        for b in shared.broken.iter().take(8) {
            p.spawn((
                Text::new(b.clone()),
                shared.font(14.0),
                TextColor(theme::FAIL),
            ));
        }
        p.spawn((
            Text::new(ui.ui("gui-picker-keys")),
            shared.font(16.0),
            TextColor(theme::MUTED),
        ));
    });
}

fn open(k: usize, shared: &mut Shared, next: &mut NextState<Screen>) {
    if k < shared.entries.len() {
        shared.picked = Some(k);
        next.set(Screen::Encounter);
    }
}

fn click(
    q: Query<(&Interaction, &Pick), Changed<Interaction>>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
) {
    for (i, p) in &q {
        if *i == Interaction::Pressed {
            open(p.0, &mut shared, &mut next);
        }
    }
}

/// Digit keys 1–9 as 0-based indexes.
pub fn digit(keys: &ButtonInput<KeyCode>) -> Option<usize> {
    const DIGITS: [(KeyCode, KeyCode); 9] = [
        (KeyCode::Digit1, KeyCode::Numpad1),
        (KeyCode::Digit2, KeyCode::Numpad2),
        (KeyCode::Digit3, KeyCode::Numpad3),
        (KeyCode::Digit4, KeyCode::Numpad4),
        (KeyCode::Digit5, KeyCode::Numpad5),
        (KeyCode::Digit6, KeyCode::Numpad6),
        (KeyCode::Digit7, KeyCode::Numpad7),
        (KeyCode::Digit8, KeyCode::Numpad8),
        (KeyCode::Digit9, KeyCode::Numpad9),
    ];
    DIGITS
        .iter()
        .position(|(a, b)| keys.just_pressed(*a) || keys.just_pressed(*b))
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
) {
    if let Some(k) = digit(&keys) {
        open(k, &mut shared, &mut next);
    }
    if keys.just_pressed(KeyCode::Escape) {
        next.set(Screen::SignIn);
    }
}
