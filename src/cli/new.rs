//! `touchpoint new`: scaffolds a valid, playable encounter and its Fluent files in
//! both locales, from the templates in `assets/templates/`.

use std::path::{Path, PathBuf};

use super::out::outln;
use super::{Archetype, NewArgs};
use touchpoint_content::files::layout_for;
use touchpoint_content::files::write_atomic;
use touchpoint_content::templates::{self, CATALOG, CATALOG_EN, CATALOG_ZH, template};
use touchpoint_engine::validate::is_valid_id;

/// The CLI's archetype (a clap value) as the templates' own.
fn archetype(a: Archetype) -> templates::Archetype {
    match a {
        Archetype::Complainant => templates::Archetype::Complainant,
        Archetype::Buyer => templates::Archetype::Buyer,
        Archetype::Escalation => templates::Archetype::Escalation,
    }
}

pub fn run(args: &NewArgs) -> i32 {
    if !is_valid_id(&args.id) {
        eprintln!(
            "error: invalid id `{}`; expected lowercase letters, digits and `_`, starting with a letter (it names the files and keys results)",
            args.id
        );
        return 2;
    }
    let dir = args.dir.clone().unwrap_or_else(|| {
        if Path::new("scenarios").is_dir() {
            PathBuf::from("scenarios")
        } else {
            PathBuf::from(".")
        }
    });
    let scenario = dir.join(format!("{}.ron", args.id));
    let layout = layout_for(&scenario);
    let locales =
        layout
            .locales
            .clone()
            .unwrap_or_else(|| match dir.file_name().and_then(|n| n.to_str()) {
                Some("scenarios") => dir.parent().unwrap_or(Path::new(".")).join("locales"),
                _ => dir.join("locales"),
            });
    let t = template(archetype(args.archetype));
    let fill = |s: &str| s.replace("{{id}}", &args.id);
    let mut files: Vec<(PathBuf, String)> = vec![
        (scenario.clone(), fill(t.ron)),
        (dir.join(format!("{}.test.ron", args.id)), fill(t.test)),
        (
            locales.join("zh-CN").join(format!("{}.ftl", args.id)),
            fill(t.zh),
        ),
        (
            locales.join("en-US").join(format!("{}.ftl", args.id)),
            fill(t.en),
        ),
    ];
    if layout.catalog.is_none() {
        files.push((dir.join("catalog.ron"), CATALOG.to_string()));
        for (l, text) in [("zh-CN", CATALOG_ZH), ("en-US", CATALOG_EN)] {
            let p = locales.join(l).join("catalog.ftl");
            if !p.exists() {
                files.push((p, text.to_string()));
            }
        }
    }
    if !args.force {
        let existing: Vec<String> = files
            .iter()
            .filter(|(p, _)| p.exists())
            .map(|(p, _)| p.display().to_string())
            .collect();
        if !existing.is_empty() {
            eprintln!(
                "error: not overwriting {}; choose another id or pass --force",
                existing.join(", ")
            );
            return 1;
        }
    }
    // Every file is written before anything is printed, so that an output closed
    // part-way (`| head -1`) never leaves a half-made encounter; a write that fails
    // takes back what this run wrote.
    let mut undo = Undo::default();
    for (path, text) in &files {
        if let Err(e) = undo.write(path, text) {
            eprintln!("error: {e}");
            undo.take_back();
            return 1;
        }
    }
    for (path, _) in &files {
        outln!("created {}", path.display());
    }
    let s = scenario.display();
    outln!(
        "\nNext:\n  touchpoint validate {s}\n  touchpoint analyze {s}\n  touchpoint play {s}\n  touchpoint test {s}"
    );
    0
}

/// What a run of `new` has written, so that a failed write can take it back: the
/// files it created (removed), the files it overwrote with `--force` (their old text
/// put back) and the folders it created (removed when empty).
#[derive(Default)]
struct Undo {
    created_dirs: Vec<PathBuf>,
    created: Vec<PathBuf>,
    overwritten: Vec<(PathBuf, Vec<u8>)>,
}

impl Undo {
    /// Writes `text` to `path` (atomically), creating its folder; the error names
    /// what could not be made.
    fn write(&mut self, path: &Path, text: &str) -> Result<(), String> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            let missing: Vec<PathBuf> = parent
                .ancestors()
                .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
                .map(Path::to_path_buf)
                .collect();
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            // Outermost first; taken back in reverse.
            self.created_dirs.extend(missing.into_iter().rev());
        }
        let old = std::fs::read(path).ok();
        write_atomic(path, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        match old {
            Some(old) => self.overwritten.push((path.to_path_buf(), old)),
            None => self.created.push(path.to_path_buf()),
        }
        Ok(())
    }

    /// Takes back everything written so far.
    fn take_back(self) {
        for p in self.created.iter().rev() {
            let _ = std::fs::remove_file(p);
        }
        for (p, old) in self.overwritten.iter().rev() {
            let _ = write_atomic(p, old);
        }
        for d in self.created_dirs.iter().rev() {
            let _ = std::fs::remove_dir(d);
        }
    }
}
