//! The encounters the server offers: every scenario under its folder that loads and
//! validates, by id, with the course that orders them into modules. Files that do
//! not load are not offered; their problems (`file:line:col: error: …`) are kept for
//! instructors.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use touchpoint_content::course::{course_in, load_course};
use touchpoint_content::encounter::{self, Encounter};
use touchpoint_content::files::scenario_files;
use touchpoint_engine::course::Course;

/// The encounters of one folder, as loaded.
pub struct Library {
    pub dir: PathBuf,
    /// The current version of each encounter, by scenario id.
    pub current: BTreeMap<String, Arc<Encounter>>,
    /// Every problem found while loading, one line each.
    pub problems: Vec<String>,
    /// The course (`course.ron`), if the folder has a valid one.
    pub course: Option<Course>,
}

impl Library {
    /// Loads every scenario under `dir`.
    pub fn load(dir: &Path) -> Library {
        let mut current = BTreeMap::new();
        let mut problems = Vec::new();
        for f in scenario_files(&[dir.to_path_buf()]) {
            let (enc, reports) = encounter::load(&f);
            problems.extend(reports.iter().map(ToString::to_string));
            if let Some(enc) = enc {
                if let Some(other) = current.get(&enc.scenario.id) {
                    let other: &Arc<Encounter> = other;
                    problems.push(format!(
                        "{}: error: the encounter id `{}` is also used by {}; only the first is offered",
                        f.display(),
                        enc.scenario.id,
                        other.path.display()
                    ));
                    continue;
                }
                current.insert(enc.scenario.id.clone(), Arc::new(enc));
            }
        }
        let course = match course_in(dir).map(|p| load_course(&p)) {
            Some(Ok((c, _))) => Some(c),
            Some(Err(r)) => {
                problems.push(r.to_string());
                None
            }
            None => None,
        };
        Library {
            dir: dir.to_path_buf(),
            current,
            problems,
            course,
        }
    }

    /// The encounter `id`, as offered now.
    pub fn get(&self, id: &str) -> Option<Arc<Encounter>> {
        self.current.get(id).cloned()
    }

    /// The loaded encounter whose version is `content_hash`, if it is the current one.
    pub fn version(&self, content_hash: &str) -> Option<Arc<Encounter>> {
        self.current
            .values()
            .find(|e| e.content_hash == content_hash)
            .cloned()
    }

    /// What the folder's files are now: each file's path, size and modification
    /// time, so that a change to any of them (saved, added, removed) is seen.
    pub fn fingerprint(dir: &Path) -> Vec<(PathBuf, u64, Option<std::time::SystemTime>)> {
        let mut out = Vec::new();
        let locales = dir.parent().map(|p| p.join("locales"));
        for root in std::iter::once(dir.to_path_buf()).chain(locales) {
            let mut files = Vec::new();
            touchpoint_content::files::walk(&root, &|_| true, &mut files);
            for f in files {
                let meta = std::fs::metadata(&f).ok();
                out.push((
                    f,
                    meta.as_ref().map_or(0, |m| m.len()),
                    meta.and_then(|m| m.modified().ok()),
                ));
            }
        }
        out.sort();
        out
    }

    /// The course module an encounter belongs to, if any.
    pub fn module_of(&self, scenario_id: &str) -> Option<&str> {
        self.course.as_ref().and_then(|c| {
            c.modules
                .iter()
                .find(|m| m.encounters.iter().any(|e| e == scenario_id))
                .map(|m| m.id.as_str())
        })
    }
}
