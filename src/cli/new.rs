//! `touchpoint new`: scaffolds a valid, playable encounter and its Fluent files in
//! both locales, from the templates in `assets/templates/`.

use std::path::{Path, PathBuf};

use super::{Archetype, NewArgs};
use crate::adapters::files::layout_for;
use crate::adapters::results::write_atomic;
use crate::engine::validate::is_valid_id;

struct Template {
    ron: &'static str,
    test: &'static str,
    zh: &'static str,
    en: &'static str,
}

fn template(a: Archetype) -> Template {
    macro_rules! t {
        ($name:literal) => {
            Template {
                ron: include_str!(concat!("../../assets/templates/", $name, ".ron")),
                test: include_str!(concat!("../../assets/templates/", $name, ".test.ron")),
                zh: include_str!(concat!("../../assets/templates/", $name, ".zh-CN.ftl")),
                en: include_str!(concat!("../../assets/templates/", $name, ".en-US.ftl")),
            }
        };
    }
    match a {
        Archetype::Complainant => t!("complainant"),
        Archetype::Buyer => t!("buyer"),
        Archetype::Escalation => t!("escalation"),
    }
}

/// The shipped catalog, written when the target folder has none.
pub(super) const CATALOG: &str = include_str!("../../scenarios/catalog.ron");
pub(super) const CATALOG_ZH: &str = include_str!("../../locales/zh-CN/catalog.ftl");
pub(super) const CATALOG_EN: &str = include_str!("../../locales/en-US/catalog.ftl");

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
    let t = template(args.archetype);
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
    for (path, text) in &files {
        if let Some(parent) = path.parent()
            && !parent.as_os_str().is_empty()
            && let Err(e) = std::fs::create_dir_all(parent)
        {
            eprintln!("error: cannot create {}: {e}", parent.display());
            return 1;
        }
        if let Err(e) = write_atomic(path, text.as_bytes()) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return 1;
        }
        println!("created {}", path.display());
    }
    let s = scenario.display();
    println!(
        "\nNext:\n  touchpoint validate {s}\n  touchpoint analyze {s}\n  touchpoint play {s}\n  touchpoint test {s}"
    );
    0
}
