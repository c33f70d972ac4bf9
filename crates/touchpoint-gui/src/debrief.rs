//! The debrief: score, pass or fail, a radar chart of the competencies, and each
//! decision that lost points with the technique, its teaching and the better reply.
//! The feedback scrolls (↑/↓, PageUp/PageDown, the mouse wheel). R replays the same
//! seed, N tries again with a new seed, Esc goes back.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;

use std::sync::Arc;

use super::{Screen, Shared, button, image_of, theme};
use touchpoint_content::locale::Texts;
use touchpoint_results::chart::{Justify, Radar};
use touchpoint_results::record::AttemptRecord;

/// A finished attempt, as the debrief shows it: played here (scored by the engine on
/// this machine, saved to the results folder) or on a course server (scored and kept
/// there).
#[derive(Resource, Clone)]
pub struct Done {
    pub record: AttemptRecord,
    /// The encounter's texts in the attempt's language.
    pub texts: Arc<Texts>,
    /// Where the result is kept, in words, or why it could not be.
    pub kept: Result<String, String>,
    /// Why the results store did not take it, if it did not.
    pub note: Option<String>,
    /// The seed, to play the same customer again (none on a server: it draws its own).
    pub seed: Option<u64>,
}

#[derive(Component, Clone, Copy)]
enum Action {
    Replay,
    NewSeed,
    Back,
}

pub fn plugin(app: &mut App) {
    app.add_message::<MouseWheel>()
        .add_systems(OnEnter(Screen::Debrief), spawn)
        .add_systems(
            Update,
            (click, keys, scroll).run_if(in_state(Screen::Debrief)),
        );
}

/// The feedback list.
#[derive(Component)]
pub struct Feedback;

/// Scrolls the feedback list by keys and the mouse wheel.
fn scroll(
    keys: Res<ButtonInput<KeyCode>>,
    mut wheel: MessageReader<MouseWheel>,
    mut list: Query<(&mut ScrollPosition, &ComputedNode), With<Feedback>>,
) {
    let mut dy: f32 = wheel
        .read()
        .map(|w| match w.unit {
            MouseScrollUnit::Line => -w.y * 40.0,
            MouseScrollUnit::Pixel => -w.y,
        })
        .sum();
    for (key, step) in [
        (KeyCode::ArrowDown, 40.0),
        (KeyCode::ArrowUp, -40.0),
        (KeyCode::PageDown, 300.0),
        (KeyCode::PageUp, -300.0),
    ] {
        if keys.just_pressed(key) {
            dy += step;
        }
    }
    if dy == 0.0 {
        return;
    }
    for (mut pos, node) in &mut list {
        // How far the content reaches below the visible part, in logical pixels.
        let room = ((node.content_size().y - node.size().y) * node.inverse_scale_factor()).max(0.0);
        pos.0.y = (pos.0.y + dy).clamp(0.0, room);
    }
}

/// The radar picture, and the room beside it for the labels (which sit outside the
/// web, reaching up to [`LABEL_W`] beyond its anchor).
const CHART: f32 = 300.0;
const LABEL_W: f32 = 110.0;
const SIDE: f32 = 64.0;

fn spawn(
    mut commands: Commands,
    shared: Res<Shared>,
    done: Option<Res<Done>>,
    mut images: ResMut<Assets<Image>>,
) {
    let Some(done) = done else { return };
    let ui = shared.ui();
    let t = done.texts.clone();
    let r = &done.record;
    let radar = Radar {
        size: CHART as u32,
        margin: 60.0,
    };
    // Competency id → score, in catalog order.
    let comps: Vec<(String, u32)> = r
        .competencies
        .iter()
        .map(|(id, v)| (id.clone(), v.as_u64().unwrap_or(0).min(100) as u32))
        .collect();
    let scores: Vec<u32> = comps.iter().map(|c| c.1).collect();
    let chart = images.add(image_of(&radar.draw(&scores, Some(r.pass_mark))));
    let verdict = if r.passed {
        (ui.ui("ui-passed"), theme::PASS)
    } else {
        (ui.ui("ui-failed"), theme::FAIL)
    };
    // "(…)" or "（…）".
    let (open, close) = if ui.locale.starts_with("zh") {
        ("（", "）")
    } else {
        ("(", ")")
    };
    let root = commands
        .spawn((
            DespawnOnExit(Screen::Debrief),
            Node {
                width: Val::Percent(100.0),
                height: Val::Percent(100.0),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(Val::Px(24.0)),
                row_gap: Val::Px(10.0),
                ..default()
            },
        ))
        .id();
    commands.entity(root).with_children(|p| {
        p.spawn((
            Text::new(format!(
                "{} · {}{}{}  {}  {open}{}{close}",
                t.text("title"),
                ui.ui("ui-score"),
                ui.colon(),
                r.score,
                verdict.0,
                ui.ui(&format!("outcome-{}", r.outcome))
            )),
            shared.font(28.0),
            TextColor(verdict.1),
        ));
        if !r.critical.is_empty() {
            p.spawn((
                Text::new(ui.ui("ui-critical")),
                shared.font(18.0),
                TextColor(theme::FAIL),
            ));
        }
        p.spawn(Node {
            flex_direction: FlexDirection::Row,
            column_gap: Val::Px(24.0),
            flex_grow: 1.0,
            min_height: Val::Px(0.0),
            ..default()
        })
        .with_children(|row| {
            // The radar chart with its labels placed around it, outside the web.
            row.spawn(Node {
                width: Val::Px(CHART + 2.0 * SIDE),
                height: Val::Px(CHART),
                flex_shrink: 0.0,
                ..default()
            })
            .with_children(|c| {
                c.spawn((
                    ImageNode::new(chart.clone()),
                    Node {
                        position_type: PositionType::Absolute,
                        left: Val::Px(SIDE),
                        width: Val::Px(CHART),
                        height: Val::Px(CHART),
                        ..default()
                    },
                ));
                for (k, (id, score)) in comps.iter().enumerate() {
                    let spot = radar.label_spot(k, comps.len().max(3), f64::from(LABEL_W));
                    let (x, y) = (SIDE + spot.left as f32, spot.y as f32);
                    let justify = match spot.justify {
                        Justify::Left => bevy::text::Justify::Left,
                        Justify::Centre => bevy::text::Justify::Center,
                        Justify::Right => bevy::text::Justify::Right,
                    };
                    c.spawn((
                        Text::new(format!("{} {score}", t.cat(id))),
                        shared.font(13.0),
                        TextColor(theme::TEXT),
                        TextLayout::justify(justify),
                        Node {
                            position_type: PositionType::Absolute,
                            left: Val::Px(x.clamp(0.0, CHART + 2.0 * SIDE - LABEL_W)),
                            // Above the web a label grows upwards from its anchor.
                            top: if spot.grows_up { Val::Auto } else { Val::Px(y) },
                            bottom: if spot.grows_up {
                                Val::Px(CHART - y)
                            } else {
                                Val::Auto
                            },
                            width: Val::Px(LABEL_W),
                            ..default()
                        },
                    ));
                }
            });
            // What lost points, and the better reply.
            // Every item, in a list that scrolls (↑/↓, PageUp/PageDown, the wheel).
            row.spawn((
                Feedback,
                Node {
                    flex_direction: FlexDirection::Column,
                    row_gap: Val::Px(8.0),
                    flex_shrink: 1.0,
                    flex_grow: 1.0,
                    min_height: Val::Px(0.0),
                    overflow: Overflow::scroll_y(),
                    ..default()
                },
                ScrollPosition::default(),
            ))
            .with_children(|col| {
                col.spawn((
                    Text::new(ui.ui("ui-feedback")),
                    shared.font(22.0),
                    TextColor(theme::TEXT),
                ));
                if r.feedback.is_empty() {
                    col.spawn((
                        Text::new(ui.ui("ui-no-feedback")),
                        shared.font(18.0),
                        TextColor(theme::PASS),
                    ));
                }
                for f in &r.feedback {
                    // The same texts as the terminal's debrief.
                    let x = touchpoint_results::feedback_text::item_text(&t, &ui, f);
                    let mut lines = vec![format!("{} — {}", x.name, x.teaching)];
                    if let Some((p, step)) = &x.step {
                        lines.push(format!("{p} · {step}"));
                    }
                    lines.extend(x.remarks.iter().cloned());
                    let labelled =
                        |key: &str, text: &str| format!("{}{}{text}", ui.ui(key), ui.colon());
                    if let Some(c) = &x.you_said {
                        lines.push(labelled("ui-you-said", c));
                    }
                    if let Some(b) = &x.better {
                        lines.push(labelled("ui-better", b));
                    }
                    if let Some(n) = &x.note {
                        lines.push(format!("» {n}"));
                    }
                    if !x.sources.is_empty() {
                        lines.push(labelled("ui-source", &x.sources));
                    }
                    col.spawn((
                        Text::new(lines.join("\n")),
                        shared.font(15.0),
                        TextColor(if f.critical { theme::FAIL } else { theme::TEXT }),
                        Node {
                            flex_shrink: 0.0,
                            ..default()
                        },
                    ));
                }
            });
        });
        let (kept, colour) = match &done.kept {
            Ok(k) => (k.clone(), theme::MUTED),
            Err(e) => (e.clone(), theme::FAIL),
        };
        p.spawn((Text::new(kept), shared.font(14.0), TextColor(colour)));
        // The results store did not take it: why, and whether an import would.
        if let Some(note) = &done.note {
            p.spawn((
                Text::new(note.clone()),
                shared.font(14.0),
                TextColor(theme::FAIL),
            ));
        }
        p.spawn(Node {
            flex_direction: FlexDirection::Row,
            ..default()
        })
        .with_children(|row| {
            // The same customer again needs the seed (a server draws its own).
            if done.seed.is_some() {
                row.spawn(button(&shared, ui.ui("gui-replay"), Action::Replay));
            }
            row.spawn(button(&shared, ui.ui("gui-new-seed"), Action::NewSeed));
            row.spawn(button(&shared, ui.ui("gui-back"), Action::Back));
        });
    });
}

fn act(a: Action, shared: &mut Shared, done: Option<&Done>, next: &mut NextState<Screen>) {
    match a {
        Action::Replay => {
            let Some(seed) = done.and_then(|d| d.seed) else {
                return;
            };
            shared.next_seed = Some(seed);
            next.set(Screen::Encounter);
        }
        Action::NewSeed => {
            shared.next_seed = None;
            next.set(Screen::Encounter);
        }
        Action::Back => next.set(Screen::Picker),
    }
}

fn click(
    q: Query<(&Interaction, &Action), Changed<Interaction>>,
    mut shared: ResMut<Shared>,
    done: Option<Res<Done>>,
    mut next: ResMut<NextState<Screen>>,
) {
    for (i, a) in &q {
        if *i == Interaction::Pressed {
            act(*a, &mut shared, done.as_deref(), &mut next);
        }
    }
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut shared: ResMut<Shared>,
    done: Option<Res<Done>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let a = if keys.just_pressed(KeyCode::KeyR) {
        Some(Action::Replay)
    } else if keys.just_pressed(KeyCode::KeyN) {
        Some(Action::NewSeed)
    } else if keys.just_pressed(KeyCode::Escape) || keys.just_pressed(KeyCode::KeyB) {
        Some(Action::Back)
    } else {
        None
    };
    if let Some(a) = a {
        act(a, &mut shared, done.as_deref(), &mut next);
    }
}
