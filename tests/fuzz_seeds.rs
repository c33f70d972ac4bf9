//! The fuzz targets' checks (fuzz/checks/) on every committed seed and every crash
//! input the fuzzer saved (fuzz/regressions/TARGET/): what the fuzzer checks, each
//! `cargo test` checks too, and a crash once found stays fixed.

#[path = "../fuzz/checks/mod.rs"]
mod checks;

use std::path::Path;

fn inputs(target: &str) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for dir in ["fuzz/seeds", "fuzz/regressions"] {
        let d = crate::common::root().join(dir).join(target);
        if let Ok(rd) = std::fs::read_dir(&d) {
            out.extend(rd.filter_map(Result::ok).map(|e| e.path()));
        }
    }
    out.sort();
    out
}

fn run(target: &str, check: fn(&[u8]), at_least: usize) {
    let files = inputs(target);
    assert!(files.len() >= at_least, "{target}: {} inputs", files.len());
    for f in &files {
        let data = std::fs::read(f).unwrap();
        let name = f
            .strip_prefix(crate::common::root())
            .unwrap_or(Path::new(f));
        if let Err(e) = std::panic::catch_unwind(|| check(&data)) {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{}: {msg}", name.display());
        }
    }
}

#[test]
fn scenario_loader_seeds_and_regressions() {
    run("scenario_load", checks::scenario_load::check, 20);
}

#[test]
fn fluent_loader_seeds_and_regressions() {
    run("fluent_load", checks::fluent_load::check, 20);
}

#[test]
fn results_import_seeds_and_regressions() {
    run("results_import", checks::results_import::check, 5);
}

#[test]
fn session_seeds_and_regressions() {
    run("session", checks::session::check, 5);
}
