//! Trainee sign-in: id, name and cohort, remembered between runs (the profile file).
//! Type to fill the focused field (Chinese names too, by key events or an input method),
//! Tab or ↓/↑ to move between fields, Enter to sign in, Esc to go back.

use std::path::PathBuf;

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::window::{Ime, PrimaryWindow};

use super::{Screen, Shared, theme};
use touchpoint_results::{profile, record};

/// Where the profile is saved (none in tests).
#[derive(Resource, Clone, Default)]
pub struct ProfilePath(pub Option<PathBuf>);

/// The form being filled: id, name, cohort.
#[derive(Resource, Default, Debug, Clone)]
pub struct Form {
    pub fields: [String; 3],
    pub focus: usize,
    pub error: Option<String>,
}

#[derive(Component)]
struct Root;

pub fn plugin(app: &mut App) {
    app.init_resource::<Form>()
        .init_resource::<ProfilePath>()
        .add_message::<KeyboardInput>()
        .add_message::<Ime>()
        .add_systems(OnEnter(Screen::SignIn), (fill, ime_on))
        .add_systems(OnExit(Screen::SignIn), ime_off)
        .add_systems(
            Update,
            (typing, keys, redraw.run_if(resource_changed::<Form>))
                .chain()
                .run_if(in_state(Screen::SignIn)),
        );
}

fn fill(mut form: ResMut<Form>, shared: Res<Shared>) {
    let p = &shared.player;
    form.fields = [
        p.trainee.id.clone(),
        if p.trainee.name == p.trainee.id {
            String::new()
        } else {
            p.trainee.name.clone()
        },
        p.cohort.clone().unwrap_or_default(),
    ];
    form.focus = 0;
    form.error = None;
}

fn ime_on(mut w: Query<&mut Window, With<PrimaryWindow>>) {
    for mut w in &mut w {
        w.ime_enabled = true;
    }
}

fn ime_off(mut w: Query<&mut Window, With<PrimaryWindow>>) {
    for mut w in &mut w {
        w.ime_enabled = false;
    }
}

fn typing(
    mut keys: MessageReader<KeyboardInput>,
    mut ime: MessageReader<Ime>,
    mut form: ResMut<Form>,
) {
    for ev in keys.read() {
        if ev.state != ButtonState::Pressed {
            continue;
        }
        let f = form.focus;
        match (&ev.logical_key, &ev.text) {
            (Key::Backspace, _) => {
                form.fields[f].pop();
            }
            (_, Some(t)) => {
                let t: String = t.chars().filter(|c| !c.is_control()).collect();
                if !t.is_empty() && form.fields[f].chars().count() < 100 {
                    form.fields[f].push_str(&t);
                }
            }
            _ => {}
        }
    }
    for ev in ime.read() {
        if let Ime::Commit { value, .. } = ev {
            let f = form.focus;
            form.fields[f].push_str(value);
        }
    }
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut form: ResMut<Form>,
    mut shared: ResMut<Shared>,
    path: Res<ProfilePath>,
    mut next: ResMut<NextState<Screen>>,
) {
    let down = keys.just_pressed(KeyCode::Tab) || keys.just_pressed(KeyCode::ArrowDown);
    if down {
        form.focus = (form.focus + 1) % 3;
    }
    if keys.just_pressed(KeyCode::ArrowUp) {
        form.focus = (form.focus + 2) % 3;
    }
    if keys.just_pressed(KeyCode::Escape) {
        next.set(Screen::Title);
    }
    if keys.just_pressed(KeyCode::Enter) || keys.just_pressed(KeyCode::NumpadEnter) {
        match submit(&form, &mut shared, &path) {
            Ok(()) => next.set(Screen::Picker),
            Err(e) => form.error = Some(e),
        }
    }
}

/// Checks the form; on success the player changes and the profile is saved.
fn submit(form: &Form, shared: &mut Shared, path: &ProfilePath) -> Result<(), String> {
    let ui = shared.ui();
    let id = form.fields[0].trim().to_string();
    if !record::valid_trainee_id(&id) {
        return Err(ui.ui("gui-bad-id"));
    }
    let name = match form.fields[1].trim() {
        "" => id.clone(),
        n => n.to_string(),
    };
    let cohort = Some(form.fields[2].trim().to_string()).filter(|c| !c.is_empty());
    shared.player.trainee = record::Trainee {
        id: id.clone(),
        name: name.clone(),
    };
    shared.player.cohort = cohort.clone();
    shared.best = touchpoint_results::record::best_results(&shared.player.results_dir, &id).0;
    if let Some(p) = &path.0 {
        let (mut prof, _) = profile::load(p);
        prof.trainee_id = id;
        prof.name = name;
        prof.cohort = cohort.unwrap_or_default();
        prof.locale = shared.player.locale.clone();
        if let Err(e) = profile::save(p, &prof.sanitized()) {
            warn!("cannot save the profile: {e}");
        }
    }
    Ok(())
}

fn redraw(
    mut commands: Commands,
    form: Res<Form>,
    shared: Res<Shared>,
    roots: Query<Entity, With<Root>>,
) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    let ui = shared.ui();
    let labels = [
        ui.ui("gui-field-id"),
        ui.ui("gui-field-name"),
        ui.ui("gui-field-cohort"),
    ];
    let root = commands
        .spawn((
            Root,
            DespawnOnExit(Screen::SignIn),
            super::centred_column(12.0),
        ))
        .id();
    commands.entity(root).with_children(|p| {
        p.spawn((
            Text::new(ui.ui("gui-sign-in")),
            shared.font(34.0),
            TextColor(theme::TEXT),
        ));
        for (k, label) in labels.into_iter().enumerate() {
            let focused = k == form.focus;
            let value = format!("{}{}", form.fields[k], if focused { "▏" } else { "" });
            p.spawn((
                Node {
                    flex_direction: FlexDirection::Row,
                    align_items: AlignItems::Center,
                    column_gap: Val::Px(12.0),
                    ..default()
                },
                children![
                    (
                        Node {
                            width: Val::Px(160.0),
                            ..default()
                        },
                        children![(Text::new(label), shared.font(18.0), TextColor(theme::MUTED))]
                    ),
                    (
                        Node {
                            width: Val::Px(420.0),
                            padding: UiRect::axes(Val::Px(10.0), Val::Px(8.0)),
                            border: UiRect::all(Val::Px(2.0)),
                            ..default()
                        },
                        BackgroundColor(theme::PANEL),
                        BorderColor::all(if focused { theme::TRUST } else { theme::BUTTON }),
                        children![(Text::new(value), shared.font(20.0), TextColor(theme::TEXT))]
                    ),
                ],
            ));
        }
        if let Some(e) = &form.error {
            p.spawn((
                Text::new(e.clone()),
                shared.font(16.0),
                TextColor(theme::FAIL),
            ));
        }
        p.spawn((
            Text::new(ui.ui("gui-sign-in-keys")),
            shared.font(15.0),
            TextColor(theme::MUTED),
        ));
    });
}
