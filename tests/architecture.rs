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
    let files = rust_files(&root().join("crates/touchpoint-engine/src"));
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
    let session = code_of(&root().join("crates/touchpoint-engine/src/session.rs"));
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

/// The adapters that become the content crate (issue 15): reading and writing
/// encounter files. They must not use a results-bound module, or the split would need
/// content → results, which the crate table forbids.
const CONTENT_BOUND: &[&str] = &[
    "bulk",
    "course",
    "encounter",
    "fast_ron",
    "files",
    "graph",
    "locale",
    "report",
    "ron_spans",
    "stream",
    "synth",
    "words",
    "templates",
    "outfile",
];

/// The adapters that become the results crate (issue 15).
const RESULTS_BOUND: &[&str] = &[
    "results",
    "store",
    "journal",
    "verify",
    "export",
    "xlsx",
    "xapi",
    "lrs",
    "html_report",
    "chart",
    "profile",
    "natural",
    "played",
    "feedback_text",
];

/// The modules a text names after `super::` or `adapters::` (`crate::adapters::`,
/// `touchpoint::adapters::`), including each name of a `{a, b::c, …}` group.
fn adapter_modules_named(text: &str) -> Vec<String> {
    fn ident(s: &str) -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    }
    let mut out = Vec::new();
    for prefix in ["super::", "adapters::"] {
        for (i, _) in text.match_indices(prefix) {
            let rest = &text[i + prefix.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // The top-level items of the group, up to its closing brace.
                let (mut depth, mut start) = (0usize, 0usize);
                for (k, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            out.push(ident(group[start..k].trim()));
                            break;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            out.push(ident(group[start..k].trim()));
                            start = k + 1;
                        }
                        _ => {}
                    }
                }
            } else {
                out.push(ident(rest));
            }
        }
    }
    out
}

/// Issue 15 (V1, V2): the desktop app reached into the terminal front end
/// (`cli::list::{decision_range, kind, progress_text, rule_text}`); what both front
/// ends show lives in the engine and in `adapters::words`. And (V3, V4, V5) no
/// content-bound adapter uses a results-bound one (course loading read result files;
/// `write_atomic` lived in results), so the content crate can stand on its own.
#[test]
fn app_names_no_cli_and_content_adapters_name_no_results_module() {
    let gui = rust_files(&root().join("src").join("gui"));
    assert!(gui.len() >= 5, "gui modules not found");
    let mut problems = Vec::new();
    for f in &gui {
        if code_of(f).contains("crate::cli") {
            problems.push(format!("{} names `crate::cli`", f.display()));
        }
    }
    for name in CONTENT_BOUND {
        let f = root().join("src/adapters").join(format!("{name}.rs"));
        // Comments too: an intra-doc link to a results module breaks after the split.
        let text = std::fs::read_to_string(&f).unwrap();
        for m in adapter_modules_named(&text) {
            if RESULTS_BOUND.contains(&m.as_str()) {
                problems.push(format!("{} names the results-bound `{m}`", f.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "front end or crate boundary crossed:\n{}",
        problems.join("\n")
    );
}

#[test]
fn adapter_module_scan_sees_paths_and_groups() {
    let names = adapter_modules_named(
        "use super::results::read_folder;\nuse crate::adapters::{files, store::{Row, Scan}, lrs};\nsuper::{self, played}",
    );
    assert_eq!(
        names,
        ["results", "self", "played", "files", "store", "lrs"]
    );
}

/// The keys of one `[section]` of a Cargo manifest (`name = …` lines up to the next
/// section header).
fn manifest_keys(manifest: &str, section: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut inside = false;
    for line in manifest.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            inside = t == format!("[{section}]");
            continue;
        }
        if inside
            && !t.starts_with('#')
            && let Some((k, _)) = t.split_once('=')
        {
            keys.push(k.trim().to_string());
        }
    }
    keys
}

/// Issue 15: the engine is a crate of its own, so the compiler keeps IO, Fluent, the
/// store and the front ends out of it; its manifest may name only these.
#[test]
fn the_engine_crate_depends_on_serde_and_randomness_only() {
    let engine =
        std::fs::read_to_string(root().join("crates/touchpoint-engine/Cargo.toml")).unwrap();
    let deps = manifest_keys(&engine, "dependencies");
    assert!(
        !deps.is_empty(),
        "no [dependencies] in the engine's manifest"
    );
    for d in &deps {
        assert!(
            ["serde", "rand", "rand_chacha", "hashbrown"].contains(&d.as_str()),
            "the engine depends on `{d}`"
        );
    }
    assert!(
        manifest_keys(&engine, "dev-dependencies").is_empty(),
        "the engine has dev-dependencies"
    );
    // The test oracle is a dev-dependency feature, never a normal one.
    let root_manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let normal = root_manifest
        .split("[dev-dependencies]")
        .next()
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("touchpoint-engine"))
        .collect::<Vec<_>>();
    assert_eq!(normal.len(), 1, "{normal:?}");
    assert!(!normal[0].contains("oracle"), "{}", normal[0]);
}
