//! The streaming validator (`engine::validate::ScenarioChecker`) against the one it
//! replaced, on the shipped encounters, seeded mutants of them and large generated
//! ones; and what it costs per node. Here rather than in the engine because it reads
//! files.

use std::path::{Path, PathBuf};

use crate::files::{Source, parse_ron, scenario_files};
use crate::locale::{load_ftl, scan_plain, shipped_locales};
use touchpoint_engine::validate::ScenarioChecker;
use touchpoint_engine::validate::tests::{Rng, mutate, old_validate_scenario, same};
use touchpoint_engine::{Catalog, LocaleKeys, Scenario};

fn root() -> PathBuf {
    // The repository: this crate lives at crates/touchpoint-content.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("the repository")
        .to_path_buf()
}

fn parse(path: &Path, text: String) -> Scenario {
    let src = Source::new(path, text);
    match parse_ron::<Scenario>(&src) {
        Ok(s) => s.indexed(),
        Err(r) => panic!("{}: {}", path.display(), r.message),
    }
}

fn catalog() -> Catalog {
    match crate::encounter::load_catalog(&root().join("scenarios/catalog.ron")) {
        Ok((c, _)) => c,
        Err(r) => panic!("catalog: {}", r.message),
    }
}

/// Every shipped encounter with the keys of its Fluent files.
fn shipped() -> Vec<(Scenario, Vec<LocaleKeys>)> {
    let locales_dir = root().join("locales");
    let locales = shipped_locales(&locales_dir);
    let mut out = Vec::new();
    for path in scenario_files(&[root().join("scenarios")]) {
        let text = std::fs::read_to_string(&path).unwrap();
        let s = parse(&path, text);
        let keys = locales
            .iter()
            .filter_map(|l| load_ftl(&locales_dir, l, &s.id).ok())
            .map(|(f, _)| f.keys)
            .collect();
        out.push((s, keys));
    }
    assert!(out.len() >= 10, "shipped encounters: {}", out.len());
    out
}

#[test]
fn shipped_encounters_match_the_old_validator() {
    let catalog = catalog();
    for (s, keys) in shipped() {
        same(&s, &catalog, &keys, &s.id);
        same(&s, &catalog, &[], &s.id);
    }
}

#[test]
fn mutants_match_the_old_validator() {
    let catalog = catalog();
    let shipped = shipped();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut count = 0;
    let mut diags = 0;
    for round in 0..24 {
        for (s, keys) in &shipped {
            let (mut s, mut keys) = (s.clone(), keys.clone());
            for _ in 0..1 + rng.below(4) {
                mutate(&mut rng, &mut s, &mut keys);
            }
            let s = s.indexed();
            same(&s, &catalog, &keys, &format!("{} round {round}", s.id));
            count += 1;
            diags += old_validate_scenario(&s, &catalog, &keys).len();
        }
    }
    assert!(count >= 300, "{count} mutants");
    assert!(diags > 10 * count, "{diags} diagnostics");
    println!("{count} mutants, {diags} diagnostics");
}

#[test]
fn hostile_scenarios_do_not_panic() {
    let catalog = catalog();
    let (s, keys) = shipped().swap_remove(0);
    let mut empty = s.clone();
    empty.nodes.clear();
    same(&empty, &catalog, &keys, "no nodes");
    // One node with many ids, all repeated by the next.
    let mut big = s.clone();
    let mut n = big.nodes[0].clone();
    let c = n.choices[0].clone();
    n.choices = (0..300)
        .map(|i| {
            let mut c = c.clone();
            c.id = format!("c{i}");
            c.goto = Some(format!("c{}", 299 - i));
            c
        })
        .collect();
    let mut m = n.clone();
    m.id = "c5".into();
    big.nodes.insert(0, n);
    big.nodes.push(m);
    same(&big, &catalog, &keys, "big node");
    // Locale calls out of order.
    let mut c = ScenarioChecker::new(&s, &catalog);
    c.message("title", &[]);
    c.locale_end();
    c.locale_begin("a.ftl");
    c.locale_begin("b.ftl");
    c.node(&s.nodes[0]);
    let _ = c.finish();
}

fn synth(nodes: usize) -> (Scenario, Vec<LocaleKeys>) {
    let g = crate::synth::synth(nodes, 7);
    let s = parse(Path::new("gen.ron"), g.ron);
    let keys = [("en-US", g.en), ("zh-CN", g.zh)]
        .iter()
        .map(|(l, text)| scan_plain(l, &format!("{l}/gen.ftl"), text).unwrap())
        .collect();
    (s, keys)
}

#[test]
fn large_generated_encounter_matches_the_old_validator() {
    let catalog = catalog();
    let (mut s, mut keys) = synth(20_000);
    same(&s, &catalog, &keys, "gen 20000");
    // And with a few faults spread through it.
    let mut rng = Rng(42);
    for _ in 0..40 {
        mutate(&mut rng, &mut s, &mut keys);
    }
    let s = s.indexed();
    same(&s, &catalog, &keys, "gen 20000, mutated");
}

/// The budget: at most 150 bytes of checker state per node.
#[test]
fn checker_state_per_node() {
    let catalog = catalog();
    let (mut s, keys) = synth(100_000);
    let nodes = std::mem::take(&mut s.nodes);
    let count = nodes.len();
    let mut c = ScenarioChecker::new(&s, &catalog);
    let mut peak = 0;
    for (i, n) in nodes.iter().enumerate() {
        c.node(n);
        if i % 1000 == 0 {
            peak = peak.max(c.heap_bytes());
        }
    }
    peak = peak.max(c.heap_bytes());
    let after_nodes = c.heap_bytes();
    c.end_nodes();
    let in_end_nodes = c.end_nodes_peak();
    peak = peak.max(in_end_nodes);
    for l in &keys {
        c.locale_begin(&l.file);
        for (k, attrs) in l.iter() {
            let attrs: Vec<&str> = attrs.collect();
            c.message(k, &attrs);
        }
        c.locale_end();
    }
    peak = peak.max(c.heap_bytes());
    let per_node = peak as f64 / count as f64;
    println!(
        "{count} nodes: {after_nodes} bytes after the nodes, {in_end_nodes} in end_nodes, peak {peak} ({per_node:.1} bytes per node)"
    );
    assert!(per_node < 150.0, "{per_node:.1} bytes per node");
    assert!(c.finish().is_empty());
}
