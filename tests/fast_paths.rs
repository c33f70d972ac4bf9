//! The fast readers agree with the reference parsers: whatever the fast RON reader or
//! the plain-Fluent key scan accepts, `ron` and `fluent-syntax` accept too and read the
//! same way. Checked on every RON and Fluent file in the repository and on thousands
//! of seeded mutations of them (deleted, inserted and swapped bytes).

use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::de::DeserializeOwned;
use touchpoint::content::fast_ron;
use touchpoint::content::files::{Source, parse_ron_slow};
use touchpoint::content::locale::{message_keys, scan_plain};
use touchpoint::engine::course::Course;
use touchpoint::engine::scenario_test::ScenarioTests;
use touchpoint::engine::{Catalog, LocaleKeys, Scenario};

use crate::common::root;

fn files(ext: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                walk(&p, ext, out);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for d in ["scenarios", "assets/templates", "tests/fixtures", "locales"] {
        walk(&root().join(d), ext, &mut out);
    }
    out.sort();
    assert!(!out.is_empty());
    out
}

/// What the fast and the reference reader made of a text (`Some(debug form)` when
/// accepted).
type Both = (Option<String>, Option<String>);
type Reader = fn(&str) -> Both;

fn both<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> Both {
    let fast = fast_ron::from_str::<T>(text).ok().map(|v| format!("{v:?}"));
    let src = Source::new(Path::new("x.ron"), text.to_string());
    let slow = parse_ron_slow::<T>(&src).ok().map(|v| format!("{v:?}"));
    (fast, slow)
}

fn reader_for(p: &Path) -> Reader {
    let name = p.file_name().unwrap().to_str().unwrap();
    if name == "catalog.ron" {
        both::<Catalog>
    } else if name == "course.ron" {
        both::<Course>
    } else if name.ends_with(".test.ron") {
        both::<ScenarioTests>
    } else {
        both::<Scenario>
    }
}

/// A seeded mutation of `text`: a byte deleted, a RON/Fluent-significant byte inserted,
/// or two bytes swapped; `None` when the result is not UTF-8.
fn mutate(text: &str, rng: &mut ChaCha8Rng) -> Option<String> {
    const INSERT: &[u8] = b"()[]{}:,\"'/*#.-=_ \n\t\r\\0123456789aSrT";
    let mut b = text.as_bytes().to_vec();
    let i = rng.random_range(0..b.len());
    match rng.random_range(0..3) {
        0 => {
            b.remove(i);
        }
        1 => b.insert(i, INSERT[rng.random_range(0..INSERT.len())]),
        _ => {
            let j = rng.random_range(0..b.len());
            b.swap(i, j);
        }
    }
    String::from_utf8(b).ok()
}

#[test]
fn the_fast_ron_reader_reads_every_shipped_file_as_ron_does() {
    for p in files("ron") {
        let text = std::fs::read_to_string(&p).unwrap();
        let (fast, slow) = reader_for(&p)(&text);
        assert!(slow.is_some(), "{} does not parse", p.display());
        assert!(
            fast.is_some(),
            "{}: the fast reader should take the project's own files",
            p.display()
        );
        assert_eq!(fast, slow, "{}", p.display());
    }
}

/// Mutates each file `per_file` times; whenever the fast reader accepts a mutant, the
/// reference reader must read it the same way. Returns (accepted, tried).
fn check_mutants(
    paths: &[PathBuf],
    seed: u64,
    per_file: usize,
    read: &dyn Fn(&Path, &str) -> Both,
) -> (usize, usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (mut accepted, mut tried) = (0, 0);
    for p in paths {
        let text = std::fs::read_to_string(p).unwrap();
        for _ in 0..per_file {
            let Some(m) = mutate(&text, &mut rng) else {
                continue;
            };
            tried += 1;
            let (fast, slow) = read(p, &m);
            if fast.is_some() {
                accepted += 1;
                assert_eq!(fast, slow, "{}: mutant read differently:\n{m}", p.display());
            }
        }
    }
    (accepted, tried)
}

#[test]
fn the_fast_ron_reader_never_accepts_what_ron_rejects_or_reads_it_differently() {
    let (accepted, tried) = check_mutants(&files("ron"), 20261130, 150, &|p, m| reader_for(p)(m));
    // Most single-byte changes inside comments and text still parse: the check has teeth.
    assert!(
        tried > 1000 && accepted > tried / 10,
        "{accepted} of {tried}"
    );
}

fn keys_list(k: &LocaleKeys) -> Vec<(String, Vec<String>)> {
    k.iter()
        .map(|(id, attrs)| (id.to_string(), attrs.map(str::to_string).collect()))
        .collect()
}

type Keys = Option<Vec<(String, Vec<String>)>>;

/// `Some(keys)` from the scan, and `Some(keys)` from fluent-syntax when it finds no error.
fn ftl_both(text: &str) -> (Keys, Keys) {
    let fast = scan_plain("en-US", "x.ftl", text).map(|k| keys_list(&k));
    let slow = FluentResource::try_new(text.to_string())
        .ok()
        .map(|r| keys_list(&message_keys("en-US", "x.ftl", &r)));
    (fast, slow)
}

#[test]
fn the_fluent_key_scan_reads_every_encounter_file_as_fluent_syntax_does() {
    let mut scanned = 0;
    for p in files("ftl") {
        let text = std::fs::read_to_string(&p).unwrap();
        let (fast, slow) = ftl_both(&text);
        assert!(slow.is_some(), "{} has Fluent errors", p.display());
        if fast.is_some() {
            scanned += 1;
            assert_eq!(fast, slow, "{}", p.display());
        } else {
            // Only the program's own strings use placeables.
            assert!(
                text.contains('{'),
                "{} should take the fast scan",
                p.display()
            );
        }
    }
    assert!(scanned >= 8);
}

#[test]
fn the_fluent_key_scan_never_accepts_what_fluent_syntax_rejects() {
    let plain: Vec<_> = files("ftl")
        .into_iter()
        .filter(|p| !std::fs::read_to_string(p).unwrap().contains('{'))
        .collect();
    let (accepted, tried) = check_mutants(&plain, 7, 300, &|_, m| {
        let (fast, slow) = ftl_both(m);
        (
            fast.map(|k| format!("{k:?}")),
            slow.map(|k| format!("{k:?}")),
        )
    });
    assert!(
        tried > 1000 && accepted > tried / 2,
        "{accepted} of {tried}"
    );
}
