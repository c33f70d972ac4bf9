//! The architecture's invariants. The engine is pure: it names no IO, GUI, terminal,
//! database, clock or global RNG. Each crate depends only on the crates below it
//! (engine ← content ← results ← gui, the root's command line over all), and the
//! heavy stacks (the store's databases, HTTP, XLSX, Bevy) sit only where the table in
//! the README puts them. The compiler enforces what a crate may name; these tests
//! check the manifests that decide it, and what no compiler checks (a clock, a
//! global random generator, printing).

use std::collections::{BTreeMap, BTreeSet};
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
    "touchpoint_content",
    "touchpoint_results",
    "touchpoint_gui",
    "touchpoint::",
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

/// The libraries name no front end (the compiler would refuse a crate they do not
/// depend on; this also keeps a front end's crates out of them by name), and the
/// content crate names no results module.
#[test]
fn libraries_do_not_depend_on_front_ends() {
    let mut problems = Vec::new();
    for (krate, extra) in [
        ("touchpoint-content", &["touchpoint_results"][..]),
        ("touchpoint-results", &[][..]),
        ("touchpoint-server", &[][..]),
    ] {
        let files = rust_files(&root().join("crates").join(krate).join("src"));
        assert!(files.len() >= 5, "{krate}'s modules not found");
        for f in files {
            let code = code_of(&f);
            for bad in [
                "bevy",
                "kira",
                "clap::",
                "touchpoint_gui",
                "touchpoint::",
                "crate::cli",
            ]
            .iter()
            .chain(extra)
            {
                if code.contains(bad) {
                    problems.push(format!("{} names `{bad}`", f.display()));
                }
            }
        }
    }
    for f in rust_files(&root().join("crates/touchpoint-gui/src")) {
        for bad in ["touchpoint::", "crate::cli"] {
            if code_of(&f).contains(bad) {
                problems.push(format!("the app's {} names `{bad}`", f.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
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
    for dir in ["src/cli", "crates/touchpoint-gui/src"] {
        for f in rust_files(&root().join(dir)) {
            let code = code_of(&f);
            // The code, not its unit tests.
            let code = code.split("#[cfg(test)]").next().unwrap_or("");
            for k in keys {
                assert!(
                    !code.contains(k),
                    "{} builds feedback text {k} itself; use touchpoint_results::feedback_text",
                    f.display()
                );
            }
        }
    }
    for f in ["src/cli/term.rs", "crates/touchpoint-gui/src/debrief.rs"] {
        assert!(
            code_of(&root().join(f)).contains("feedback_text::item_text"),
            "{f}"
        );
    }
}

fn manifest(path: &str) -> toml_edit::DocumentMut {
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    text.parse()
        .unwrap_or_else(|e| panic!("{path} does not parse: {e}"))
}

/// The names of one dependency table (`dependencies`, `dev-dependencies`), with the
/// target-specific ones (`[target.'cfg(unix)'.dependencies]`) when `kind` is
/// `dependencies`. Optional ones count: a feature can turn them on.
fn deps(doc: &toml_edit::DocumentMut, kind: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut add = |t: Option<&toml_edit::Item>| {
        if let Some(t) = t.and_then(toml_edit::Item::as_table_like) {
            out.extend(t.iter().map(|(k, _)| k.to_string()));
        }
    };
    add(doc.get(kind));
    if let Some(targets) = doc.get("target").and_then(toml_edit::Item::as_table_like) {
        for (_, t) in targets.iter() {
            add(t.get(kind));
        }
    }
    out
}

const ENGINE: &str = "touchpoint-engine";
const CONTENT: &str = "touchpoint-content";
const RESULTS: &str = "touchpoint-results";
const GUI: &str = "touchpoint-gui";
const SERVER: &str = "touchpoint-server";
const BROWSER: &str = "touchpoint-browser-tests";

/// Issue 15: the crate table of the README's Architecture section. Each crate's
/// manifest names exactly the workspace crates below it, the engine only serde and
/// randomness, and each heavy stack sits in the one crate that owns it.
#[test]
fn each_crate_depends_only_on_what_the_crate_table_allows() {
    let members = ["", ENGINE, CONTENT, RESULTS, GUI, SERVER, BROWSER];
    let docs: BTreeMap<&str, toml_edit::DocumentMut> = members
        .iter()
        .map(|m| {
            let path = if m.is_empty() {
                "Cargo.toml".to_string()
            } else {
                format!("crates/{m}/Cargo.toml")
            };
            (*m, manifest(&path))
        })
        .collect();
    let internal = |m: &str| -> BTreeSet<String> {
        deps(&docs[m], "dependencies")
            .into_iter()
            .filter(|d| d.starts_with("touchpoint"))
            .collect()
    };
    let set = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(internal(ENGINE), set(&[]));
    assert_eq!(internal(CONTENT), set(&[ENGINE]));
    assert_eq!(internal(RESULTS), set(&[ENGINE, CONTENT]));
    assert_eq!(internal(GUI), set(&[ENGINE, CONTENT, RESULTS]));
    assert_eq!(internal(SERVER), set(&[ENGINE, CONTENT, RESULTS]));
    // Tests only: everything it uses is a dev-dependency.
    assert_eq!(deps(&docs[BROWSER], "dependencies"), set(&[]));
    assert_eq!(internal(""), set(&[ENGINE, CONTENT, RESULTS, GUI, SERVER]));

    // The engine: serde and a portable seeded generator, nothing else; no test-only
    // dependency either (its tests are pure).
    let engine = deps(&docs[ENGINE], "dependencies");
    assert!(
        engine.is_subset(&set(&["serde", "rand", "rand_chacha", "hashbrown"])),
        "the engine depends on {engine:?}"
    );
    assert!(deps(&docs[ENGINE], "dev-dependencies").is_empty());

    // Each stack in the one crate that owns it (the root's tests may use any).
    let owners: &[(&str, &[&str])] = &[
        (
            RESULTS,
            &[
                "rusqlite",
                "postgres",
                "bytes",
                "rust_xlsxwriter",
                "ureq",
                "natord",
            ],
        ),
        (
            CONTENT,
            &[
                "ron",
                "fluent-syntax",
                "layout-rs",
                "annotate-snippets",
                "memchr",
            ],
        ),
        (GUI, &["bevy", "bevy_kira_audio"]),
        (
            SERVER,
            &[
                "tokio",
                "axum",
                "argon2",
                "getrandom",
                "minijinja",
                "base64",
                "axum-server",
            ],
        ),
        (
            "",
            &[
                "clap",
                "indicatif",
                "terminal_size",
                "rpassword",
                "textwrap",
                "unicode-width",
                "mimalloc",
                "libc",
            ],
        ),
    ];
    let mut problems = Vec::new();
    for (owner, stack) in owners {
        for m in members {
            for d in deps(&docs[m], "dependencies") {
                if stack.contains(&d.as_str()) && m != *owner {
                    let m = if m.is_empty() { "touchpoint" } else { m };
                    problems.push(format!("{m} depends on `{d}`, which belongs to {owner}"));
                }
            }
        }
    }
    for (m, doc) in &docs {
        if let Some(t) = doc
            .get("dependencies")
            .and_then(toml_edit::Item::as_table_like)
            && t.iter()
                .any(|(k, v)| k == ENGINE && v.to_string().contains("oracle"))
        {
            problems.push(format!(
                "`{m}` turns on the engine's test oracle outside its tests"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The results crate's features each bring in their stack; SQLite by default.
    let features = docs[RESULTS]["features"].as_table_like().unwrap();
    let feature = |name: &str| {
        features
            .get(name)
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    assert!(
        feature("default").contains("\"sqlite\""),
        "{}",
        feature("default")
    );
    for (f, dep) in [
        ("sqlite", "dep:rusqlite"),
        ("postgres", "dep:postgres"),
        ("xlsx", "dep:rust_xlsxwriter"),
        ("lrs", "dep:ureq"),
        ("remote", "dep:ureq"),
    ] {
        assert!(feature(f).contains(dep), "feature `{f}` = {}", feature(f));
    }

    // The default build never compiles Bevy: the app's crate is a workspace member
    // but not a default one, and the root brings it in only with `gui`.
    let ws = docs[""]["workspace"].as_table_like().unwrap();
    let default_members = ws.get("default-members").unwrap().to_string();
    for m in [ENGINE, CONTENT, RESULTS, SERVER] {
        assert!(default_members.contains(m), "{default_members}");
    }
    assert!(!default_members.contains(GUI), "{default_members}");
    assert!(!default_members.contains(BROWSER), "{default_members}");
    let gui_feature = docs[""]["features"]["gui"].to_string();
    assert!(gui_feature.contains("dep:touchpoint-gui"), "{gui_feature}");
    assert!(!docs[""]["features"]["default"].to_string().contains("gui"));
}

/// Issue 15: `cargo tree -p touchpoint-engine` shows none of the IO stacks, checked
/// on the lock file (every package the engine could ever pull in, whatever the
/// features): the engine's dependencies, transitively.
#[test]
fn the_engines_dependency_tree_holds_no_io_stack() {
    let lock = manifest("Cargo.lock");
    let packages = lock["package"].as_array_of_tables().unwrap();
    // "name" or "name version" (when several versions are locked) → its dependencies.
    let mut by_name: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in packages.iter() {
        let name = p["name"].as_str().unwrap().to_string();
        let version = p["version"].as_str().unwrap();
        let list: Vec<String> = p
            .get("dependencies")
            .and_then(toml_edit::Item::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|d| d.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        by_name.insert(format!("{name} {version}"), list.clone());
        by_name.entry(name).or_insert(list);
    }
    let mut seen = BTreeSet::new();
    let mut todo = vec![ENGINE.to_string()];
    while let Some(p) = todo.pop() {
        // A lock entry "name version (source)" keeps the name and the version.
        let key = p.split(" (").next().unwrap().to_string();
        if !seen.insert(key.split(' ').next().unwrap().to_string()) {
            continue;
        }
        let deps = by_name
            .get(&key)
            .unwrap_or_else(|| panic!("{key} not in Cargo.lock"));
        todo.extend(deps.iter().cloned());
    }
    assert!(
        seen.contains("rand_chacha") && seen.contains("serde"),
        "{seen:?}"
    );
    let forbidden = [
        "rusqlite",
        "libsqlite3-sys",
        "postgres",
        "tokio",
        "ureq",
        "rustls",
        "rust_xlsxwriter",
        "fluent-bundle",
        "fluent-syntax",
        "ron",
        "serde_json",
        "bevy",
        "bevy_kira_audio",
        "kira",
        "touchpoint-content",
        "touchpoint-results",
    ];
    let found: Vec<_> = forbidden.iter().filter(|f| seen.contains(**f)).collect();
    assert!(found.is_empty(), "the engine pulls in {found:?}");
}
