//! The encounter: the setting, the customer's face (its expression follows the mood),
//! the customer's line, a mood meter, the replies as buttons with number keys, and a
//! countdown where the scenario sets a time limit. Esc abandons: after at least one reply
//! the attempt is saved as abandoned (the hint at the bottom says which).
//!
//! The screen plays an [`Attempt`]: one played here ([`Play`], the engine on this
//! machine) or one on a course server ([`super::online::Remote`], which sends each
//! reply and shows what the server answers). Drawing, keys, the clock and the move to
//! the debrief are the same code for both.

use std::sync::Arc;

use bevy::ecs::component::Mutable;
use bevy::prelude::*;

use super::debrief::Done;
use super::play::{Play, View};
use super::sound::Cue;
use super::{Screen, Shared, image_of, theme};
use touchpoint_content::locale::Texts;
use touchpoint_results::chart::face;

/// An attempt the encounter screen plays: it shows its [`View`] and sends it replies.
pub trait Attempt: Resource<Mutability = Mutable> {
    /// What the screen shows now.
    fn view(&self) -> &View;
    /// The encounter's texts in the attempt's language.
    fn texts(&self, shared: &Shared) -> Arc<Texts>;
    fn is_over(&self) -> bool;
    /// A reply (or the first answer) is on its way: replies are not taken.
    fn busy(&self) -> bool {
        false
    }
    /// Seconds left on the node's clock when the replies are shown.
    fn time_left(&self) -> Option<f32> {
        self.view().time_limit.map(|s| s as f32)
    }
    /// Reply `k` (0-based, in display order) after `ms`: `Ok(true)` when applied
    /// at once, `Ok(false)` when it is on its way (see [`Attempt::arrived`]).
    fn send(&mut self, k: usize, ms: u64) -> Result<bool, String>;
    /// The node's clock ran out; as [`Attempt::send`].
    fn clock_ran_out(&mut self) -> Result<bool, String>;
    /// What came back for a reply on its way: `Some(Ok)` once the view moved on.
    fn arrived(&mut self) -> Option<Result<(), String>> {
        None
    }
    /// The attempt has ended: its record, kept where it belongs.
    fn finish(&mut self, shared: &Shared) -> Result<Done, String>;
    /// The trainee leaves part-way (Esc).
    fn leave(&mut self, shared: &Shared);
    /// The line telling what Esc does now.
    fn esc_hint(&self) -> &'static str;
    /// A line to show above the encounter (waiting for the server, or why it did
    /// not answer).
    fn notice(&self, _shared: &Shared) -> Option<String> {
        None
    }
}

impl Attempt for Play {
    fn view(&self) -> &View {
        &self.view
    }
    fn texts(&self, shared: &Shared) -> Arc<Texts> {
        shared.texts(&self.enc)
    }
    fn is_over(&self) -> bool {
        Play::is_over(self)
    }
    fn send(&mut self, k: usize, ms: u64) -> Result<bool, String> {
        self.choose(k, ms).map(|()| true)
    }
    fn clock_ran_out(&mut self) -> Result<bool, String> {
        self.timeout().map(|()| true)
    }
    fn finish(&mut self, shared: &Shared) -> Result<Done, String> {
        let texts = shared.texts(&self.enc);
        let seed = self.seed;
        let f = Play::finish(self, &shared.player, &texts)?;
        let ui = shared.ui();
        Ok(Done {
            record: f.record.clone(),
            texts,
            kept: match &f.saved {
                Ok(path) => {
                    Ok(ui.ui_fmt("ui-saved", &[("path", path.display().to_string().into())]))
                }
                Err(e) => Err(format!("{}: {e}", ui.ui("gui-not-saved"))),
            },
            note: f.store_note.clone(),
            seed: Some(seed),
        })
    }
    fn leave(&mut self, shared: &Shared) {
        // Leaving part-way is recorded as an abandoned attempt.
        let texts = shared.texts(&self.enc);
        match self.abandon(&shared.player, &texts) {
            Some(Ok(p)) => info!("abandoned attempt saved to {}", p.display()),
            Some(Err(e)) => error!("cannot save the abandoned attempt: {e}"),
            None => {}
        }
    }
    fn esc_hint(&self) -> &'static str {
        // Before the first reply nothing is saved; after it, the attempt is saved as
        // abandoned.
        if self.state().decisions.is_empty() {
            "gui-encounter-keys"
        } else {
            "gui-encounter-keys-abandon"
        }
    }
}

#[derive(Component, Clone, Copy)]
pub struct Reply(pub usize);

#[derive(Component)]
struct Root;

#[derive(Component)]
struct CountdownBar;

#[derive(Component)]
struct CountdownText;

/// Seconds left to answer, when the node has a time limit.
#[derive(Resource, Default)]
pub struct Countdown {
    pub remaining: Option<f32>,
    pub limit: f32,
    /// When the replies were shown (Time::elapsed), for the reply's milliseconds.
    pub asked_at: f64,
}

/// The face picture, updated in place as the mood changes.
#[derive(Resource)]
struct FaceImage(Handle<Image>);

/// Something went wrong that the trainee should see (a broken scenario state).
#[derive(Resource, Default)]
pub struct Problem(pub Option<String>);

pub fn plugin(app: &mut App) {
    app.init_resource::<Countdown>()
        .init_resource::<Problem>()
        .add_systems(
            OnEnter(Screen::Encounter),
            begin.run_if(not(resource_exists::<super::online::Online>)),
        )
        .add_systems(Update, show_countdown.run_if(in_state(Screen::Encounter)));
    plays::<Play>(app);
}

/// The screen's systems for attempts of kind `A`.
pub fn plays<A: Attempt>(app: &mut App) {
    app.add_systems(
        Update,
        (click::<A>, keys::<A>, tick::<A>, arrive::<A>)
            .run_if(in_state(Screen::Encounter))
            .run_if(resource_exists::<A>),
    );
}

fn begin(
    mut commands: Commands,
    shared: Res<Shared>,
    mut next: ResMut<NextState<Screen>>,
    mut problem: ResMut<Problem>,
    mut cues: MessageWriter<Cue>,
) {
    let Some(entry) = shared.picked.and_then(|k| shared.entries.get(k)) else {
        next.set(Screen::Picker);
        return;
    };
    let seed = shared
        .next_seed
        .unwrap_or_else(|| touchpoint_results::record::entropy(0) >> 11);
    // An interrupted attempt (the app was closed or killed) is resumed; the picker
    // offers it and Delete there starts over instead.
    let mut pending = super::play::pending(&shared.player, &entry.enc);
    // One that cannot be resumed as it was (the encounter changed, or it had ended
    // before it was saved) is recorded, and a new attempt starts.
    if let Some((path, j)) = &pending
        && !super::play::resumable(&entry.enc, j)
    {
        super::play::discard(&shared.player, &entry.enc, path, j);
        pending = None;
    }
    let resumed = pending
        .as_ref()
        .map(|(path, j)| (path, Play::resume(entry.enc.clone(), j), j));
    let started = match resumed {
        Some((_, Ok(play), _)) => Ok(play),
        Some((path, Err(e), j)) => {
            // A journal that does not replay is recorded as it stands, and a new
            // attempt starts.
            warn!("{e}");
            super::play::discard(&shared.player, &entry.enc, path, j);
            pending = None;
            Play::start(entry.enc.clone(), seed)
        }
        None => Play::start(entry.enc.clone(), seed),
    };
    match started {
        Ok(mut play) => {
            play.journal_to(&shared.player, pending.map(|(p, _)| p));
            cues.write(line_cue(&play.view, &shared));
            commands.insert_resource(play);
            problem.0 = None;
            commands.run_system_cached(draw::<Play>);
        }
        Err(e) => {
            error!("{e}");
            problem.0 = Some(e);
            next.set(Screen::Picker);
        }
    }
}

fn meter(shared: &Shared, label: String, value: i32, colour: Color) -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: Val::Px(8.0),
            ..default()
        },
        children![
            (
                Node {
                    width: Val::Px(90.0),
                    ..default()
                },
                children![(Text::new(label), shared.font(16.0), TextColor(theme::MUTED))]
            ),
            (
                Node {
                    width: Val::Px(180.0),
                    height: Val::Px(14.0),
                    ..default()
                },
                BackgroundColor(theme::BUTTON),
                children![(
                    Node {
                        width: Val::Percent(value.clamp(0, 100) as f32),
                        height: Val::Percent(100.0),
                        ..default()
                    },
                    BackgroundColor(colour),
                )]
            ),
            (
                Text::new(value.to_string()),
                shared.font(16.0),
                TextColor(theme::TEXT)
            ),
        ],
    )
}

/// Draws the encounter again (the files changed on disk).
pub fn redraw(world: &mut World) {
    let _ = world.run_system_cached(draw::<Play>);
}

/// Draws the screen again from the attempt's current view.
pub fn show<A: Attempt>(commands: &mut Commands) {
    commands.run_system_cached(draw::<A>);
}

/// Draws the screen from the attempt's current view.
fn draw<A: Attempt>(
    mut commands: Commands,
    shared: Res<Shared>,
    play: Res<A>,
    roots: Query<Entity, With<Root>>,
    mut images: ResMut<Assets<Image>>,
    face_image: Option<Res<FaceImage>>,
    mut countdown: ResMut<Countdown>,
    time: Res<Time>,
    problem: Res<Problem>,
) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    let t = play.texts(&shared);
    let ui = shared.ui();
    let v = play.view();
    // Nothing to show yet (the server's first answer is on its way, or did not come):
    // only what the attempt says about it.
    if v.node.is_empty() {
        countdown.remaining = None;
        let said = play.notice(&shared).unwrap_or_default();
        commands.spawn((
            Root,
            DespawnOnExit(Screen::Encounter),
            super::centred_column(12.0),
            children![(
                Text::new(said),
                shared.font(20.0),
                TextColor(theme::PATIENCE)
            )],
        ));
        return;
    }
    let m = v.mood;
    let picture = image_of(&face(180, m.anger, m.trust, m.patience));
    let handle = match face_image {
        Some(h) => {
            if let Some(mut img) = images.get_mut(&h.0) {
                *img = picture;
            }
            h.0.clone()
        }
        None => {
            let h = images.add(picture);
            commands.insert_resource(FaceImage(h.clone()));
            h
        }
    };
    countdown.remaining = play.time_left();
    countdown.limit = v.time_limit.unwrap_or(0) as f32;
    countdown.asked_at = time.elapsed_secs_f64();

    let line = t.line(&v.node, v.tone.as_deref());
    let root = commands
        .spawn((
            Root,
            DespawnOnExit(Screen::Encounter),
            Node {
                width: Val::Percent(100.0),
                height: Val::Percent(100.0),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(Val::Px(24.0)),
                row_gap: Val::Px(14.0),
                ..default()
            },
        ))
        .id();
    commands.entity(root).with_children(|p| {
        // A changed file that does not load: its errors, while play goes on.
        if let Some(msg) = &problem.0 {
            p.spawn((
                Text::new(format!("{}\n{msg}", ui.ui("gui-reload-failed"))),
                shared.font(14.0),
                TextColor(theme::FAIL),
            ));
        }
        // The server: still answering, or why it did not.
        if let Some(msg) = play.notice(&shared) {
            p.spawn((
                Text::new(msg),
                shared.font(16.0),
                TextColor(theme::PATIENCE),
            ));
        }
        // The setting, and the clock when there is one.
        p.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                justify_content: JustifyContent::SpaceBetween,
                align_items: AlignItems::Center,
                ..default()
            },
            children![
                (
                    Text::new(format!("{}  ·  {}", t.text("title"), t.text("setting"))),
                    shared.font(16.0),
                    TextColor(theme::MUTED),
                    Node {
                        max_width: Val::Percent(75.0),
                        ..default()
                    },
                ),
                (
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::End,
                        ..default()
                    },
                    children![
                        (
                            CountdownText,
                            Text::new(""),
                            shared.font(18.0),
                            TextColor(theme::PATIENCE)
                        ),
                        (
                            Node {
                                width: Val::Px(200.0),
                                height: Val::Px(8.0),
                                ..default()
                            },
                            BackgroundColor(theme::PANEL),
                            children![(
                                CountdownBar,
                                Node {
                                    width: Val::Percent(if v.time_limit.is_some() {
                                        100.0
                                    } else {
                                        0.0
                                    }),
                                    height: Val::Percent(100.0),
                                    ..default()
                                },
                                BackgroundColor(theme::PATIENCE),
                            )]
                        ),
                    ]
                ),
            ],
        ));
        // The customer: face and mood on the left, what they say on the right.
        p.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                column_gap: Val::Px(24.0),
                padding: UiRect::all(Val::Px(16.0)),
                ..default()
            },
            BackgroundColor(theme::PANEL),
        ))
        .with_children(|row| {
            row.spawn((
                Node {
                    flex_direction: FlexDirection::Column,
                    row_gap: Val::Px(6.0),
                    ..default()
                },
                children![
                    (
                        ImageNode::new(handle.clone()),
                        Node {
                            width: Val::Px(180.0),
                            height: Val::Px(180.0),
                            ..default()
                        },
                    ),
                    meter(&shared, ui.ui("ui-anger"), m.anger, theme::ANGER),
                    meter(&shared, ui.ui("ui-trust"), m.trust, theme::TRUST),
                    meter(&shared, ui.ui("ui-patience"), m.patience, theme::PATIENCE),
                ],
            ));
            row.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: Val::Px(10.0),
                flex_shrink: 1.0,
                ..default()
            })
            .with_children(|col| {
                if let Some(r) = &v.reaction {
                    col.spawn((
                        Text::new(t.text(r)),
                        shared.font(18.0),
                        TextColor(theme::MUTED),
                    ));
                }
                if v.escalated {
                    col.spawn((
                        Text::new(ui.ui("ui-escalated")),
                        shared.font(18.0),
                        TextColor(theme::FAIL),
                    ));
                }
                if v.late {
                    col.spawn((
                        Text::new(ui.ui("gui-late")),
                        shared.font(18.0),
                        TextColor(theme::PATIENCE),
                    ));
                }
                col.spawn((
                    Text::new(format!("{}{}{line}", ui.ui("ui-customer"), ui.colon())),
                    shared.font(26.0),
                    TextColor(theme::TEXT),
                ));
            });
        });
        // The replies.
        p.spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: Val::Px(6.0),
            ..default()
        })
        .with_children(|col| {
            for (k, id) in v.options.iter().enumerate() {
                col.spawn((
                    Button,
                    Reply(k),
                    Node {
                        padding: UiRect::axes(Val::Px(14.0), Val::Px(10.0)),
                        ..default()
                    },
                    BackgroundColor(theme::BUTTON),
                    children![(
                        Text::new(format!("{}  {}", k + 1, t.text(id))),
                        shared.font(20.0),
                        TextColor(theme::TEXT)
                    )],
                ));
            }
            // What Esc does.
            col.spawn((
                Text::new(ui.ui(play.esc_hint())),
                shared.font(15.0),
                TextColor(theme::MUTED),
            ));
        });
    });
}

/// A reply (or a timeout) was applied: the cues, then a redraw, or the debrief when
/// the attempt ended.
fn advance<A: Attempt>(
    commands: &mut Commands,
    play: &mut A,
    shared: &mut Shared,
    next: &mut NextState<Screen>,
    cues: &mut MessageWriter<Cue>,
    result: Result<bool, String>,
) {
    match result {
        Err(e) => {
            error!("{e}");
            // (A server's refusal is shown by the attempt's notice.)
            commands.run_system_cached(draw::<A>);
            return;
        }
        // On its way: the screen says it is waiting.
        Ok(false) => {
            commands.run_system_cached(draw::<A>);
            return;
        }
        Ok(true) => {}
    }
    let v = play.view();
    if let Some(before) = v.mood_before {
        let m = v.mood;
        if m.anger - before.anger >= 5 {
            cues.write(Cue::Angrier);
        } else if before.anger - m.anger >= 5 || m.trust - before.trust >= 5 {
            cues.write(Cue::Calmer);
        }
    }
    if play.is_over() {
        match play.finish(shared) {
            Ok(done) => {
                cues.write(if done.record.passed {
                    Cue::Passed
                } else {
                    Cue::Failed
                });
                let r = &done.record;
                let now = touchpoint_engine::course::Best {
                    score: r.score,
                    passed: r.passed,
                };
                touchpoint_engine::course::Best::keep(&mut shared.best, &r.scenario.id, now);
                match &done.kept {
                    Ok(p) => info!("{p}"),
                    Err(e) => error!("{e}"),
                }
                commands.insert_resource(done);
            }
            Err(e) => error!("{e}"),
        }
        next.set(Screen::Debrief);
    } else {
        cues.write(line_cue(play.view(), shared));
        commands.run_system_cached(draw::<A>);
    }
}

/// The customer's line, for voice-over: keyed like the result file's `line_key`.
pub fn line_cue(v: &View, shared: &Shared) -> Cue {
    let key = match &v.tone {
        Some(t) => format!("{}.{t}", v.node),
        None => v.node.clone(),
    };
    Cue::Line(shared.player.locale.clone(), key)
}

/// Plays reply `k` after `ms` milliseconds and moves on.
pub fn reply<A: Attempt>(
    commands: &mut Commands,
    play: &mut A,
    shared: &mut Shared,
    next: &mut NextState<Screen>,
    cues: &mut MessageWriter<Cue>,
    k: usize,
    ms: u64,
) {
    let res = play.send(k, ms);
    advance(commands, play, shared, next, cues, res);
}

fn elapsed_ms(countdown: &Countdown, time: &Time) -> u64 {
    ((time.elapsed_secs_f64() - countdown.asked_at).max(0.0) * 1000.0) as u64
}

fn click<A: Attempt>(
    mut commands: Commands,
    q: Query<(&Interaction, &Reply), Changed<Interaction>>,
    mut play: ResMut<A>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
    countdown: Res<Countdown>,
    time: Res<Time>,
    mut cues: MessageWriter<Cue>,
) {
    for (i, r) in &q {
        if *i == Interaction::Pressed && !play.is_over() && !play.busy() {
            let ms = elapsed_ms(&countdown, &time);
            reply(
                &mut commands,
                &mut *play,
                &mut shared,
                &mut next,
                &mut cues,
                r.0,
                ms,
            );
            return;
        }
    }
}

fn keys<A: Attempt>(
    mut commands: Commands,
    keys: Res<ButtonInput<KeyCode>>,
    mut play: ResMut<A>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
    countdown: Res<Countdown>,
    time: Res<Time>,
    mut cues: MessageWriter<Cue>,
) {
    if keys.just_pressed(KeyCode::Escape) {
        play.leave(&shared);
        next.set(Screen::Picker);
        return;
    }
    if let Some(k) = super::picker::digit(&keys)
        && k < play.view().options.len()
        && !play.is_over()
        && !play.busy()
    {
        let ms = elapsed_ms(&countdown, &time);
        reply(
            &mut commands,
            &mut *play,
            &mut shared,
            &mut next,
            &mut cues,
            k,
            ms,
        );
    }
}

/// The clock: when it runs out, the scenario's `on_timeout` reply is taken, late.
fn tick<A: Attempt>(
    mut commands: Commands,
    time: Res<Time>,
    mut countdown: ResMut<Countdown>,
    mut play: ResMut<A>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
    mut cues: MessageWriter<Cue>,
) {
    let Some(left) = countdown.remaining.as_mut() else {
        return;
    };
    *left -= time.delta_secs();
    if *left <= 0.0 && !play.is_over() && !play.busy() {
        countdown.remaining = None;
        let res = play.clock_ran_out();
        advance(
            &mut commands,
            &mut *play,
            &mut shared,
            &mut next,
            &mut cues,
            res,
        );
    }
}

/// What came back for a reply on its way moves the screen on.
fn arrive<A: Attempt>(
    mut commands: Commands,
    mut play: ResMut<A>,
    mut shared: ResMut<Shared>,
    mut next: ResMut<NextState<Screen>>,
    mut cues: MessageWriter<Cue>,
) {
    if !play.busy() {
        return;
    }
    if let Some(res) = play.arrived() {
        advance(
            &mut commands,
            &mut *play,
            &mut shared,
            &mut next,
            &mut cues,
            res.map(|()| true),
        );
    }
}

fn show_countdown(
    countdown: Res<Countdown>,
    mut bar: Query<&mut Node, With<CountdownBar>>,
    mut text: Query<&mut Text, With<CountdownText>>,
) {
    let (pct, label) = match countdown.remaining {
        Some(r) if countdown.limit > 0.0 => (
            100.0 * (r / countdown.limit).clamp(0.0, 1.0),
            format!("{} s", r.ceil().max(0.0)),
        ),
        _ => (0.0, String::new()),
    };
    for mut n in &mut bar {
        n.width = Val::Percent(pct);
    }
    for mut t in &mut text {
        if t.0 != label {
            t.0 = label.clone();
        }
    }
}
