//! Title screen: the app's name, the language switch (中文 / English), Start and
//! Settings.

use bevy::prelude::*;

use super::{Screen, Shared, button, theme};

#[derive(Component, Clone, Copy)]
enum Action {
    Locale(&'static str),
    Start,
    Settings,
}

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn)
        .add_systems(Update, (click, keys).run_if(in_state(Screen::Title)));
}

fn spawn(mut commands: Commands, shared: Res<Shared>) {
    let ui = shared.ui();
    commands.spawn((
        Root,
        DespawnOnExit(Screen::Title),
        super::centred_column(18.0),
        children![
            (
                Text::new("Touchpoint"),
                shared.font(56.0),
                TextColor(theme::TEXT)
            ),
            (
                Text::new(ui.ui("gui-tagline")),
                shared.font(22.0),
                TextColor(theme::MUTED)
            ),
            (
                Node {
                    flex_direction: FlexDirection::Row,
                    ..default()
                },
                children![
                    button(&shared, "中文".into(), Action::Locale("zh-CN")),
                    button(&shared, "English".into(), Action::Locale("en-US")),
                ]
            ),
            button(&shared, ui.ui("gui-start"), Action::Start),
            button(&shared, ui.ui("gui-settings"), Action::Settings),
            (
                Text::new(ui.ui("gui-title-keys")),
                shared.font(16.0),
                TextColor(theme::MUTED)
            ),
        ],
    ));
}

#[derive(Component)]
struct Root;

fn act(
    a: Action,
    shared: &mut Shared,
    next: &mut NextState<Screen>,
    commands: &mut Commands,
    roots: &Query<Entity, With<Root>>,
) {
    match a {
        Action::Locale(l) => {
            shared.player.locale = l.to_string();
            // Redraw in the new language.
            for e in roots {
                commands.entity(e).despawn();
            }
            commands.run_system_cached(spawn);
        }
        Action::Start => next.set(Screen::SignIn),
        Action::Settings => next.set(Screen::Settings),
    }
}

fn click(
    q: Query<(&Interaction, &Action), Changed<Interaction>>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    roots: Query<Entity, With<Root>>,
) {
    for (i, a) in &q {
        if *i == Interaction::Pressed {
            act(*a, &mut shared, &mut next, &mut commands, &roots);
        }
    }
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    roots: Query<Entity, With<Root>>,
) {
    if keys.just_pressed(KeyCode::Enter) || keys.just_pressed(KeyCode::Space) {
        act(Action::Start, &mut shared, &mut next, &mut commands, &roots);
    }
    if keys.just_pressed(KeyCode::KeyS) {
        act(
            Action::Settings,
            &mut shared,
            &mut next,
            &mut commands,
            &roots,
        );
    }
    if keys.just_pressed(KeyCode::KeyL) {
        let l = if shared.player.locale == "zh-CN" {
            "en-US"
        } else {
            "zh-CN"
        };
        act(
            Action::Locale(l),
            &mut shared,
            &mut next,
            &mut commands,
            &roots,
        );
    }
}
