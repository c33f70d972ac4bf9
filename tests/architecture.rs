//! The engine is pure: it names no IO, GUI, terminal, database, clock or global RNG.
//! Adapters and front ends depend on the engine, never the other way round.

use std::path::Path;

use crate::common::root;

/// Source text without comments, so doc comments may talk about what is forbidden.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

const FORBIDDEN_IN_ENGINE: &[&str] = &[
    "std::fs",
    "std::io",
    "std::net",
    "std::process",
    "std::env",
    "std::time",
    "std::thread",
    "SystemTime",
    "Instant::",
    "thread_rng",
    "rand::rng(",
    "from_os_rng",
    "OsRng",
    "from_entropy",
    "getrandom",
    "bevy",
    "kira",
    "ratatui",
    "crossterm",
    "termion",
    "rusqlite",
    "postgres",
    "sqlx",
    "println!",
    "eprintln!",
    "print!(",
    "eprint!(",
    "dbg!",
    "File::",
    "stdin",
    "stdout",
    "crate::adapters",
    "crate::cli",
    "crate::gui",
    "crate::tui",
    "fluent",
    "ron::",
    "serde_json",
];

#[test]
fn engine_names_no_io_gui_terminal_db_clock_or_global_rng() {
    let files = rust_files(&root().join("src").join("engine"));
    assert!(files.len() >= 6, "engine modules not found");
    let mut problems = Vec::new();
    for f in &files {
        let code = code_of(f);
        for bad in FORBIDDEN_IN_ENGINE {
            if code.contains(bad) {
                problems.push(format!("{} mentions `{bad}`", f.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "engine purity broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn adapters_do_not_depend_on_front_ends() {
    for f in rust_files(&root().join("src").join("adapters")) {
        let code = code_of(&f);
        for bad in ["crate::cli", "crate::gui", "crate::tui", "bevy", "kira"] {
            assert!(!code.contains(bad), "{} depends on `{bad}`", f.display());
        }
    }
}

#[test]
fn engine_randomness_is_a_named_portable_generator() {
    let session = code_of(&root().join("src/engine/session.rs"));
    assert!(
        session.contains("ChaCha8Rng::seed_from_u64"),
        "the session must seed ChaCha8 from the given seed"
    );
    assert!(
        !session.contains("StdRng"),
        "StdRng's algorithm may change between releases"
    );
}

/// Round 3 (R-L10): the app's debrief rebuilt each feedback item's lines as the
/// terminal's does (order and missing-step text, automatic feelings versus late, the
/// better reply in time), two copies to keep in step. They are built in one adapter
/// both front ends use; the front ends only lay them out.
#[test]
fn feedback_item_texts_are_built_in_one_place() {
    let keys = [
        "\"ui-order\"",
        "\"ui-missing-step\"",
        "\"ui-automatic-feelings\"",
        "\"ui-automatic-late\"",
        "\"ui-better-in-time\"",
    ];
    for dir in ["cli", "gui"] {
        for f in rust_files(&root().join("src").join(dir)) {
            let code = code_of(&f);
            // The code, not its unit tests.
            let code = code.split("#[cfg(test)]").next().unwrap_or("");
            for k in keys {
                assert!(
                    !code.contains(k),
                    "{} builds feedback text {k} itself; use adapters::feedback_text",
                    f.display()
                );
            }
        }
    }
    for f in ["src/cli/term.rs", "src/gui/debrief.rs"] {
        assert!(
            code_of(&root().join(f)).contains("feedback_text::item_text"),
            "{f}"
        );
    }
}
