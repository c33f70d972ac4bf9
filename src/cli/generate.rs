//! `touchpoint gen` (hidden): writes a synthetic encounter of any size, with the
//! shipped catalog and Fluent files in both locales, for benchmarks.

use std::path::Path;

use super::new::{CATALOG, CATALOG_EN, CATALOG_ZH};
use crate::adapters::results::write_atomic;
use crate::adapters::synth::synth;

pub fn run(nodes: usize, seed: u64, out: &Path) -> i32 {
    let s = synth(nodes, seed);
    let files = [
        (out.join("scenarios").join(format!("{}.ron", s.id)), s.ron),
        (out.join("scenarios/catalog.ron"), CATALOG.to_string()),
        (
            out.join("locales/zh-CN").join(format!("{}.ftl", s.id)),
            s.zh,
        ),
        (
            out.join("locales/en-US").join(format!("{}.ftl", s.id)),
            s.en,
        ),
        (
            out.join("locales/zh-CN/catalog.ftl"),
            CATALOG_ZH.to_string(),
        ),
        (
            out.join("locales/en-US/catalog.ftl"),
            CATALOG_EN.to_string(),
        ),
    ];
    for (path, text) in &files {
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            eprintln!("error: cannot create {}: {e}", dir.display());
            return 1;
        }
        if let Err(e) = write_atomic(path, text.as_bytes()) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return 1;
        }
    }
    println!("{}", files[0].0.display());
    eprintln!("{} nodes", s.nodes);
    0
}
