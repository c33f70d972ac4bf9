//! Encounter picker: the course's modules in teaching order (name, goal, pass rule and
//! the trainee's progress), and under each its encounters: title, archetype, setting,
//! difficulty, expected length and the trainee's best score. Encounters outside the
//! course come last. ↑/↓ (or the mouse wheel) move through the list, which scrolls to
//! keep the choice in view; Enter or a click opens; 1–9 open the first nine; Esc goes
//! back.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;

use super::online::Online;
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

/// Draws the picker again with the keyboard cursor where it was (the lists came
/// again from the server while the trainee may be moving through them).
pub fn redraw_in_place(world: &mut World) {
    let at = world.resource::<Cursor>().0;
    redraw(world);
    let len = world.resource::<Order>().0.len();
    world.resource_mut::<Cursor>().0 = at.min(len.saturating_sub(1));
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
    online: Option<Res<Online>>,
) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    if let Some(online) = online {
        spawn_online(&mut commands, &shared, &online, &mut cursor, &mut shown);
        return;
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
    let root = commands.spawn(root()).id();
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
        p.spawn(list()).with_children(|list| {
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
                    card(*k),
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
        let broken = shared.broken.iter().take(8).cloned();
        foot(p, &shared, broken, ui.ui("gui-picker-keys"));
    });
}

/// The foot of the screen: problems (in red), then what the keys do.
fn foot(
    p: &mut ChildSpawnerCommands,
    shared: &Shared,
    problems: impl IntoIterator<Item = String>,
    keys: String,
) {
    for problem in problems {
        p.spawn((
            Text::new(problem),
            shared.font(14.0),
            TextColor(theme::FAIL),
        ));
    }
    p.spawn((Text::new(keys), shared.font(16.0), TextColor(theme::MUTED)));
}

/// The screen's frame.
fn root() -> impl Bundle {
    (
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
    )
}

/// An encounter's card: a button that opens encounter `k`.
fn card(k: usize) -> impl Bundle {
    (
        Button,
        Pick(k),
        Node {
            flex_direction: FlexDirection::Column,
            flex_shrink: 0.0,
            padding: UiRect::all(Val::Px(10.0)),
            ..default()
        },
        BackgroundColor(theme::BUTTON),
    )
}

/// The list that scrolls.
fn list() -> impl Bundle {
    (
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
    )
}

/// On a course server: the encounters it offers, by module in teaching order, each
/// marked assessed or practice, and with the attempt left open on it (Enter goes on).
fn spawn_online(
    commands: &mut Commands,
    shared: &Shared,
    online: &Online,
    cursor: &mut Cursor,
    shown: &mut Order,
) {
    let ui = shared.ui();
    let order: Vec<(Option<usize>, usize)> = (0..online.offered.len()).map(|k| (None, k)).collect();
    shown.0 = order.clone();
    cursor.0 = shared
        .picked
        .filter(|k| *k < order.len())
        .or_else(|| {
            online
                .offered
                .iter()
                .position(|o| !shared.best.get(&o.id).is_some_and(|b| b.passed))
        })
        .unwrap_or(0)
        .min(order.len().saturating_sub(1));
    let who = match &online.account {
        Some(a) => format!("{} ({})", a.name, a.id),
        None => shared.player.trainee.id.clone(),
    };
    let heading = ui.ui_fmt(
        "gui-server-heading",
        &[
            ("url", online.url().to_string().into()),
            ("who", who.into()),
        ],
    );
    let root = commands.spawn(root()).id();
    commands.entity(root).with_children(|p| {
        p.spawn((
            Text::new(heading),
            shared.font(26.0),
            TextColor(theme::TEXT),
        ));
        p.spawn(list()).with_children(|list| {
            let mut module = None;
            for (n, o) in online.offered.iter().enumerate() {
                if module != Some(&o.module) {
                    module = Some(&o.module);
                    list.spawn((
                        Text::new(o.module_title(&ui)),
                        shared.font(22.0),
                        TextColor(theme::TEXT),
                        Node {
                            margin: UiRect::top(Val::Px(if n == 0 { 0.0 } else { 14.0 })),
                            ..default()
                        },
                    ));
                }
                let kind = if o.assessed {
                    ui.ui("ui-server-assessed")
                } else {
                    ui.ui("gui-practice")
                };
                let best = shared
                    .best
                    .get(&o.id)
                    .map(|b| {
                        format!(
                            " · {} {}{}",
                            ui.ui("gui-best"),
                            b.score,
                            if b.passed { " ✓" } else { "" }
                        )
                    })
                    .unwrap_or_default();
                list.spawn((
                    card(n),
                    children![
                        (
                            Text::new(format!("{}  {}", n + 1, o.title)),
                            shared.font(21.0),
                            TextColor(theme::TEXT)
                        ),
                        (
                            Text::new(format!("{} · {} · {kind}{best}", o.archetype, o.difficulty)),
                            shared.font(15.0),
                            TextColor(if o.assessed {
                                theme::PATIENCE
                            } else {
                                theme::MUTED
                            })
                        ),
                    ],
                ))
                .with_children(|card| {
                    // An attempt left open on the server: Enter goes on with it.
                    if let Some(a) = online.open_attempt(&o.id) {
                        card.spawn((
                            Text::new(ui.ui_fmt("gui-open-badge", &[("count", a.replies.into())])),
                            shared.font(15.0),
                            TextColor(theme::PASS),
                        ));
                    }
                });
            }
        });
        if online.offered.is_empty() {
            p.spawn((
                Text::new(ui.ui_fmt(
                    "ui-server-none-offered",
                    &[("url", online.url().to_string().into())],
                )),
                shared.font(20.0),
                TextColor(theme::FAIL),
            ));
        }
        let problem = online.problem.clone();
        foot(p, shared, problem, ui.ui("gui-picker-keys-online"));
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

fn open(k: usize, shared: &mut Shared, online: Option<&Online>, next: &mut NextState<Screen>) {
    let count = match online {
        Some(o) => o.offered.len(),
        None => shared.entries.len(),
    };
    if k < count {
        shared.picked = Some(k);
        next.set(Screen::Encounter);
    }
}

fn click(
    q: Query<(&Interaction, &Pick), Changed<Interaction>>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
    online: Option<Res<Online>>,
) {
    for (i, p) in &q {
        if *i == Interaction::Pressed {
            open(p.0, &mut shared, online.as_deref(), &mut next);
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
    online: Option<Res<Online>>,
) {
    let online = online.as_deref();
    let order = &order.0;
    if let Some(&(_, k)) = digit(&keys).and_then(|n| order.get(n)) {
        open(k, &mut shared, online, &mut next);
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
        open(k, &mut shared, online, &mut next);
    }
    if keys.just_pressed(KeyCode::Escape) {
        next.set(Screen::SignIn);
    }
    // Delete: start the highlighted encounter over, recording its interrupted attempt
    // as abandoned (here; a server keeps its open attempts).
    if online.is_none()
        && (keys.just_pressed(KeyCode::Delete) || keys.just_pressed(KeyCode::Backspace))
        && let Some(&(_, k)) = order.get(cursor.0)
    {
        let enc = shared.entries[k].enc.clone();
        if let Some((path, j)) = super::play::pending(&shared.player, &enc) {
            super::play::discard(&shared.player, &enc, &path, &j);
            commands.run_system_cached(spawn);
        }
    }
}
