//! Authoring comfort: when a scenario, a Fluent file or the catalog changes on disk, the
//! app reloads the encounters. The picker redraws; an encounter in progress is replayed
//! on the new version (same seed, same replies, as far as they still fit); a file with
//! errors shows its errors on screen and the trainee keeps the last good version.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use bevy::prelude::*;

use super::encounter::Problem;
use super::play::Play;
use super::{Screen, Shared, load_library};

/// The files the encounters are built from, and when each last changed.
#[derive(Resource)]
pub struct Watch {
    pub roots: Vec<PathBuf>,
    files: Vec<(PathBuf, Option<SystemTime>)>,
    /// Next check, in `Time::elapsed_secs_f64`.
    pub next_check: f64,
}

fn scan(roots: &[PathBuf]) -> Vec<(PathBuf, Option<SystemTime>)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() && depth < 8 {
                walk(&p, out, depth + 1);
            } else if p.extension().is_some_and(|x| x == "ron" || x == "ftl") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    for r in roots {
        walk(r, &mut paths, 0);
    }
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let m = std::fs::metadata(&p).and_then(|m| m.modified()).ok();
            (p, m)
        })
        .collect()
}

impl Watch {
    pub fn new(scenarios: &Path) -> Self {
        // The locales folder the encounters use sits next to or above the scenarios.
        let mut roots = vec![scenarios.to_path_buf()];
        if let Some(l) = touchpoint_content::files::layout_for(&scenarios.join("x.ron")).locales {
            roots.push(l);
        }
        let files = scan(&roots);
        Watch {
            roots,
            files,
            next_check: 0.0,
        }
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(Update, check);
}

fn check(
    mut commands: Commands,
    time: Res<Time>,
    mut watch: ResMut<Watch>,
    mut shared: ResMut<Shared>,
    screen: Res<State<Screen>>,
    play: Option<Res<Play>>,
    mut problem: ResMut<Problem>,
) {
    let now = time.elapsed_secs_f64();
    if now < watch.next_check {
        return;
    }
    watch.next_check = now + 1.0;
    let files = scan(&watch.roots);
    if files == watch.files {
        return;
    }
    watch.files = files;
    let dir = shared
        .entries
        .first()
        .and_then(|e| e.enc.path.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| watch.roots[0].clone());
    let (entries, broken) = load_library(&dir);
    info!(
        "scenario files changed: {} encounters, {} problems",
        entries.len(),
        broken.len()
    );
    let picked_id = shared
        .picked
        .and_then(|k| shared.entries.get(k))
        .map(|e| e.enc.scenario.id.clone());
    shared.picked = picked_id
        .as_ref()
        .and_then(|id| entries.iter().position(|e| &e.enc.scenario.id == id));
    shared.entries = entries;
    shared.broken = broken;
    match screen.get() {
        Screen::Picker => commands.run_system_cached(super::picker::redraw),
        Screen::Encounter => {
            let Some(play) = play else { return };
            let id = play.enc.scenario.id.clone();
            let Some(entry) = shared.entries.iter().find(|e| e.enc.scenario.id == id) else {
                // The encounter no longer loads: say why, keep playing the last good one.
                let errors: Vec<&str> = shared
                    .broken
                    .iter()
                    .map(String::as_str)
                    .filter(|b| b.contains(&format!("{id}.")) || b.contains(".ron:"))
                    .take(6)
                    .collect();
                problem.0 = Some(errors.join("\n"));
                commands.run_system_cached(super::encounter::redraw);
                return;
            };
            if entry.enc.content_hash == play.enc.content_hash {
                // Another encounter changed: this one plays on untouched.
                return;
            }
            let replies: Vec<(String, u64)> = play
                .state()
                .decisions
                .iter()
                .map(|d| (d.choice.clone(), d.elapsed_ms))
                .collect();
            match Play::start(entry.enc.clone(), play.seed) {
                Ok(mut fresh) => {
                    let mut replayed = 0;
                    for (choice, ms) in &replies {
                        if fresh.is_over() || fresh.replay_id(choice, *ms).is_err() {
                            break;
                        }
                        replayed += 1;
                    }
                    if replayed < replies.len() {
                        warn!(
                            "the path no longer fits after {replayed} replies; carrying on from there"
                        );
                    }
                    problem.0 = None;
                    // The same attempt goes on (same id, same journal).
                    play.carry_into(&mut fresh);
                    commands.insert_resource(fresh);
                    commands.run_system_cached(super::encounter::redraw);
                }
                Err(e) => problem.0 = Some(e),
            }
        }
        _ => {}
    }
}
