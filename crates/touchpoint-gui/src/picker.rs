//! Encounter picker: the course's modules in teaching order (name, goal, pass rule and
//! the trainee's progress), and under each its encounters: title, archetype, setting,
//! difficulty, expected length and the trainee's best score. Encounters outside the
//! course come last. ↑/↓ (or the mouse wheel) move through the list, which scrolls to
//! keep the choice in view; Enter or a click opens; 1–9 open the first nine; Esc goes
//! back.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;

use super::{Screen, Shared, theme};
use touchpoint_content::course::course_with_texts;
use touchpoint_content::words::{kind, progress_text, rule_text};
use touchpoint_engine::course::Course;

#[derive(Component, Clone, Copy)]
struct Pick(usize);

/// The scrolling list.
#[derive(Component)]
struct List;

/// Which encounter the keyboard is on, as a position in [`Order`].
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor(pub usize);

/// The order the picker shows the encounters in (see [`order`]), as last drawn.
#[derive(Resource, Default, Debug, Clone)]
pub struct Order(pub Vec<(Option<usize>, usize)>);

pub fn plugin(app: &mut App) {
    // The wheel's messages come with the input plugin; headless tests run without it.
    app.add_message::<MouseWheel>()
        .init_resource::<Cursor>()
        .init_resource::<Order>()
        .add_systems(OnEnter(Screen::Picker), spawn)
        .add_systems(
            Update,
            (click, keys, wheel, (highlight, follow).chain()).run_if(in_state(Screen::Picker)),
        );
}

#[derive(Component)]
struct Root;

/// Draws the picker again (the encounters changed on disk).
pub fn redraw(world: &mut World) {
    let _ = world.run_system_cached(spawn);
}

/// The encounters in the order the picker shows them: the course's modules in order,
/// then the encounters outside the course. Indexes into `shared.entries`, with the
/// module each belongs to.
pub fn order(shared: &Shared) -> Vec<(Option<usize>, usize)> {
    let course = course_with_texts(&shared.scenarios, &shared.player.locale);
    order_in(shared, course.as_ref().map(|(c, _)| c))
}

fn order_in(shared: &Shared, course: Option<&Course>) -> Vec<(Option<usize>, usize)> {
    let mut out = Vec::new();
    let mut placed = vec![false; shared.entries.len()];
    if let Some(course) = course {
        for (m, module) in course.modules.iter().enumerate() {
            for id in &module.encounters {
                if let Some(k) = shared.entries.iter().position(|e| &e.enc.scenario.id == id)
                    && !placed[k]
                {
                    placed[k] = true;
                    out.push((Some(m), k));
                }
            }
        }
    }
    out.extend(
        placed
            .iter()
            .enumerate()
            .filter(|(_, p)| !**p)
            .map(|(k, _)| (None, k)),
    );
    out
}

fn spawn(
    mut commands: Commands,
    shared: Res<Shared>,
    roots: Query<Entity, With<Root>>,
    mut cursor: ResMut<Cursor>,
    mut shown: ResMut<Order>,
) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    let ui = shared.ui();
    let course = course_with_texts(&shared.scenarios, &shared.player.locale);
    let order = order_in(&shared, course.as_ref().map(|(c, _)| c));
    shown.0 = order.clone();
    // A required encounter is named by its title.
    let title = |id: &str| {
        shared
            .entries
            .iter()
            .find(|e| e.enc.scenario.id == id)
            .map(|e| format!("“{}”", shared.texts(&e.enc).text("title")))
            .unwrap_or_else(|| id.to_string())
    };
    // Open on the encounter played last, else the first one not yet passed.
    cursor.0 = shared
        .picked
        .and_then(|k| order.iter().position(|(_, e)| *e == k))
        .or_else(|| {
            order.iter().position(|(_, k)| {
                !shared
                    .best
                    .get(&shared.entries[*k].enc.scenario.id)
                    .is_some_and(|b| b.passed)
            })
        })
        .unwrap_or(0)
        .min(order.len().saturating_sub(1));
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
        let heading = match &course {
            Some((c, t)) => format!("{} · {who}", t.text(&c.id)),
            None => format!("{} · {who}", ui.ui("gui-pick")),
        };
        p.spawn((
            Text::new(heading),
            shared.font(28.0),
            TextColor(theme::TEXT),
        ));
        p.spawn((
            List,
            Node {
                flex_direction: FlexDirection::Column,
                flex_grow: 1.0,
                min_height: Val::Px(0.0),
                row_gap: Val::Px(8.0),
                overflow: Overflow::scroll_y(),
                ..default()
            },
            ScrollPosition::default(),
        ))
        .with_children(|list| {
            let mut module = usize::MAX;
            for (n, (m, k)) in order.iter().enumerate() {
                if let (Some(m), Some((c, t))) = (m, &course)
                    && *m != module
                {
                    module = *m;
                    let md = &c.modules[*m];
                    let status = progress_text(md, &shared.best, &ui);
                    let done = md.progress(&shared.best).complete;
                    list.spawn((
                        Node {
                            flex_direction: FlexDirection::Column,
                            margin: UiRect::top(Val::Px(if n == 0 { 0.0 } else { 14.0 })),
                            ..default()
                        },
                        children![
                            (
                                Text::new(t.text(&md.id)),
                                shared.font(22.0),
                                TextColor(if done { theme::PASS } else { theme::TEXT })
                            ),
                            (
                                Text::new(t.attr(&md.id, "goal").unwrap_or_default()),
                                shared.font(15.0),
                                TextColor(theme::MUTED)
                            ),
                            (
                                Text::new(format!("{} · {status}", rule_text(md, &ui, &title))),
                                shared.font(15.0),
                                TextColor(theme::MUTED)
                            ),
                        ],
                    ));
                } else if m.is_none() && course.is_some() && module != usize::MAX - 1 {
                    module = usize::MAX - 1;
                    list.spawn((
                        Text::new(ui.ui("list-outside")),
                        shared.font(22.0),
                        TextColor(theme::TEXT),
                    ));
                }
                let e = &shared.entries[*k];
                let t = shared.texts(&e.enc);
                let s = &e.enc.scenario;
                let (arche, diff) = kind(s, &ui);
                let best = shared
                    .best
                    .get(&s.id)
                    .map(|b| {
                        format!(
                            "{} {}{}",
                            ui.ui("gui-best"),
                            b.score,
                            if b.passed { " ✓" } else { "" }
                        )
                    })
                    .unwrap_or_else(|| ui.ui("gui-not-played"));
                list.spawn((
                    Button,
                    Pick(*k),
                    Node {
                        flex_direction: FlexDirection::Column,
                        flex_shrink: 0.0,
                        padding: UiRect::all(Val::Px(10.0)),
                        ..default()
                    },
                    BackgroundColor(theme::BUTTON),
                    children![
                        (
                            Text::new(format!("{}  {}", n + 1, t.text("title"))),
                            shared.font(21.0),
                            TextColor(theme::TEXT)
                        ),
                        (
                            Text::new(format!(
                                "{arche} · {diff} · {} {} · {best}",
                                e.decisions,
                                ui.ui("gui-decisions")
                            )),
                            shared.font(15.0),
                            TextColor(theme::MUTED)
                        ),
                        (
                            Text::new(t.text("setting")),
                            shared.font(14.0),
                            TextColor(theme::MUTED)
                        ),
                    ],
                ))
                .with_children(|card| {
                    // An interrupted attempt waits here: Enter resumes it.
                    if let Some((_, j)) = super::play::pending(&shared.player, &e.enc) {
                        let key = if super::play::resumable(&e.enc, &j) {
                            "gui-resume-badge"
                        } else {
                            "gui-interrupted-badge"
                        };
                        card.spawn((
                            Text::new(ui.ui_fmt(key, &[("count", j.replies.len().into())])),
                            shared.font(15.0),
                            TextColor(theme::PASS),
                        ));
                    }
                });
            }
        });
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

/// The card under the keyboard cursor is lit; the others follow the mouse.
fn highlight(
    cursor: Res<Cursor>,
    order: Res<Order>,
    mut cards: Query<(&Pick, &Interaction, &mut BackgroundColor)>,
) {
    let Some(&(_, current)) = order.0.get(cursor.0) else {
        return;
    };
    for (p, i, mut bg) in &mut cards {
        bg.0 = match i {
            Interaction::Pressed => theme::BUTTON_PRESS,
            _ if p.0 == current => theme::BUTTON_HOVER,
            Interaction::Hovered => theme::BUTTON_HOVER,
            Interaction::None => theme::BUTTON,
        };
    }
}

/// Scrolls the list so that the card under the cursor is in view.
fn follow(
    cursor: Res<Cursor>,
    order: Res<Order>,
    mut list: Query<(&ComputedNode, &UiGlobalTransform, &mut ScrollPosition), With<List>>,
    cards: Query<(&Pick, &ComputedNode, &UiGlobalTransform)>,
    mut pending: Local<bool>,
) {
    // Until the list has been laid out there is nothing to measure: keep trying.
    if cursor.is_changed() || order.is_changed() {
        *pending = true;
    }
    if !*pending {
        return;
    }
    let Some(&(_, current)) = order.0.get(cursor.0) else {
        return;
    };
    let Ok((view, view_at, mut scroll)) = list.single_mut() else {
        return;
    };
    let Some((_, card, card_at)) = cards.iter().find(|(p, _, _)| p.0 == current) else {
        return;
    };
    // Physical pixels, relative to the top of the visible part of the list.
    let top = (card_at.translation.y - card.size().y / 2.0)
        - (view_at.translation.y - view.size().y / 2.0);
    let bottom = top + card.size().y;
    if card.size().y <= 0.0 || view.size().y <= 0.0 {
        return;
    }
    *pending = false;
    let k = view.inverse_scale_factor();
    if top < 0.0 {
        scroll.0.y += top * k;
    } else if bottom > view.size().y {
        scroll.0.y += (bottom - view.size().y) * k;
    }
    scroll.0.y = scroll.0.y.max(0.0);
}

fn wheel(mut wheel: MessageReader<MouseWheel>, mut list: Query<&mut ScrollPosition, With<List>>) {
    for w in wheel.read() {
        let dy = match w.unit {
            MouseScrollUnit::Line => w.y * 40.0,
            MouseScrollUnit::Pixel => w.y,
        };
        for mut s in &mut list {
            s.0.y = (s.0.y - dy).max(0.0);
        }
    }
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
    mut commands: Commands,
    keys: Res<ButtonInput<KeyCode>>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
    mut cursor: ResMut<Cursor>,
    order: Res<Order>,
) {
    let order = &order.0;
    if let Some(&(_, k)) = digit(&keys).and_then(|n| order.get(n)) {
        open(k, &mut shared, &mut next);
        return;
    }
    let last = order.len().saturating_sub(1);
    if keys.just_pressed(KeyCode::ArrowDown) && cursor.0 < last {
        cursor.0 += 1;
    }
    if keys.just_pressed(KeyCode::ArrowUp) && cursor.0 > 0 {
        cursor.0 -= 1;
    }
    if keys.just_pressed(KeyCode::PageDown) {
        cursor.0 = (cursor.0 + 5).min(last);
    }
    if keys.just_pressed(KeyCode::PageUp) {
        cursor.0 = cursor.0.saturating_sub(5);
    }
    if keys.just_pressed(KeyCode::Home) {
        cursor.0 = 0;
    }
    if keys.just_pressed(KeyCode::End) {
        cursor.0 = last;
    }
    if (keys.just_pressed(KeyCode::Enter) || keys.just_pressed(KeyCode::NumpadEnter))
        && let Some(&(_, k)) = order.get(cursor.0)
    {
        open(k, &mut shared, &mut next);
    }
    if keys.just_pressed(KeyCode::Escape) {
        next.set(Screen::SignIn);
    }
    // Delete: start the highlighted encounter over, recording its interrupted attempt
    // as abandoned.
    if (keys.just_pressed(KeyCode::Delete) || keys.just_pressed(KeyCode::Backspace))
        && let Some(&(_, k)) = order.get(cursor.0)
    {
        let enc = shared.entries[k].enc.clone();
        if let Some((path, j)) = super::play::pending(&shared.player, &enc) {
            super::play::discard(&shared.player, &enc, &path, &j);
            commands.run_system_cached(spawn);
        }
    }
}
