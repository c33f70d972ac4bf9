//! Trainee sign-in: id, name and cohort, remembered between runs (the profile file).
//! Type to fill the focused field (Chinese names too, by key events or an input method),
//! Tab or ↓/↑ to move between fields, Enter to sign in, Esc to go back.
//!
//! On a course server (`--server`) the form asks for the account's id and password
//! instead (the password shown as dots, never saved); the server says who the
//! trainee is and which cohorts they are in.

use std::path::PathBuf;

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::window::{Ime, PrimaryWindow};

use super::online::Online;
use super::{Screen, Shared, theme};
use touchpoint_results::{profile, record};

/// Where the profile is saved (none in tests).
#[derive(Resource, Clone, Default)]
pub struct ProfilePath(pub Option<PathBuf>);

/// The form being filled: id, name, cohort (on a server: id, password).
#[derive(Resource, Default, Debug, Clone)]
pub struct Form {
    pub fields: [String; 3],
    pub focus: usize,
    pub error: Option<String>,
    /// Signing in to the server: the answer is awaited.
    pub busy: bool,
}

impl Form {
    /// How many fields the form has.
    fn len(online: bool) -> usize {
        if online { 2 } else { 3 }
    }
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

fn fill(mut form: ResMut<Form>, shared: Res<Shared>, online: Option<Res<Online>>) {
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
    if online.is_some() {
        // The password, asked every time; the id the last one used.
        form.fields[1].clear();
        form.fields[2].clear();
        if !p.trainee.id.is_empty() {
            form.focus = 1;
        }
    }
    form.error = None;
    form.busy = false;
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
    online: Option<ResMut<Online>>,
) {
    if form.busy {
        return;
    }
    let n = Form::len(online.is_some());
    let down = keys.just_pressed(KeyCode::Tab) || keys.just_pressed(KeyCode::ArrowDown);
    if down {
        form.focus = (form.focus + 1) % n;
    }
    if keys.just_pressed(KeyCode::ArrowUp) {
        form.focus = (form.focus + n - 1) % n;
    }
    if keys.just_pressed(KeyCode::Escape) {
        next.set(Screen::Title);
    }
    if keys.just_pressed(KeyCode::Enter) || keys.just_pressed(KeyCode::NumpadEnter) {
        match online {
            Some(mut online) => {
                let ui = shared.ui();
                let id = form.fields[0].trim().to_string();
                if !record::valid_trainee_id(&id) {
                    form.error = Some(ui.ui("gui-bad-id"));
                } else if form.fields[1].is_empty() {
                    form.focus = 1;
                    form.error = Some(ui.ui("gui-no-password"));
                } else {
                    let password = std::mem::take(&mut form.fields[1]);
                    online.sign_in(&id, password, &shared.player.locale);
                    form.busy = true;
                    form.error = None;
                }
            }
            None => match submit(&form, &mut shared, &path) {
                Ok(()) => next.set(Screen::Picker),
                Err(e) => form.error = Some(e),
            },
        }
    }
}

/// Saves who signed in (and the language) to the profile, for the next run.
pub fn remember(path: &ProfilePath, player: &super::play::Player) {
    if let Some(p) = &path.0 {
        let (mut prof, _) = profile::load(p);
        prof.trainee_id = player.trainee.id.clone();
        prof.name = player.trainee.name.clone();
        prof.cohort = player.cohort.clone().unwrap_or_default();
        prof.locale = player.locale.clone();
        if let Err(e) = profile::save(p, &prof.sanitized()) {
            warn!("cannot save the profile: {e}");
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
    shared.player.cohort = cohort;
    shared.best = touchpoint_results::record::best_results(&shared.player.results_dir, &id).0;
    remember(path, &shared.player);
    Ok(())
}

fn redraw(
    mut commands: Commands,
    form: Res<Form>,
    shared: Res<Shared>,
    roots: Query<Entity, With<Root>>,
    online: Option<Res<Online>>,
) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    let ui = shared.ui();
    let labels: Vec<String> = match &online {
        Some(_) => vec![ui.ui("gui-field-id"), ui.ui("gui-field-password")],
        None => vec![
            ui.ui("gui-field-id"),
            ui.ui("gui-field-name"),
            ui.ui("gui-field-cohort"),
        ],
    };
    let heading = match &online {
        Some(o) => ui.ui_fmt("gui-sign-in-server", &[("url", o.url().to_string().into())]),
        None => ui.ui("gui-sign-in"),
    };
    let root = commands
        .spawn((
            Root,
            DespawnOnExit(Screen::SignIn),
            super::centred_column(12.0),
        ))
        .id();
    commands.entity(root).with_children(|p| {
        p.spawn((
            Text::new(heading),
            shared.font(34.0),
            TextColor(theme::TEXT),
        ));
        for (k, label) in labels.into_iter().enumerate() {
            let focused = k == form.focus;
            // The password is shown as dots.
            let shown = if online.is_some() && k == 1 {
                "•".repeat(form.fields[k].chars().count())
            } else {
                form.fields[k].clone()
            };
            let value = format!("{shown}{}", if focused { "▏" } else { "" });
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
        if form.busy {
            p.spawn((
                Text::new(ui.ui("gui-signing-in")),
                shared.font(16.0),
                TextColor(theme::PATIENCE),
            ));
        }
        p.spawn((
            Text::new(ui.ui("gui-sign-in-keys")),
            shared.font(15.0),
            TextColor(theme::MUTED),
        ));
    });
}
