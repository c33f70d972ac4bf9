//! `touchpoint gen` (hidden): writes a synthetic encounter of any size, with the
//! shipped catalog and Fluent files in both locales, for benchmarks.

use std::path::Path;

use super::out::outln;
use touchpoint_content::files::write_atomic;
use touchpoint_content::synth::synth;
use touchpoint_content::templates::{CATALOG, CATALOG_EN, CATALOG_ZH};

pub fn run(
    nodes: Option<usize>,
    replies: Option<usize>,
    procedure: bool,
    seed: u64,
    out: &Path,
) -> i32 {
    let s = match replies {
        Some(r) if procedure => touchpoint_content::synth::wide_with_procedure(r, seed),
        Some(r) => touchpoint_content::synth::wide(r, seed),
        None => synth(nodes.unwrap_or(8), seed),
    };
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
    outln!("{}", files[0].0.display());
    eprintln!("{} nodes", s.nodes);
    0
}

/// Times each stage on an in-memory synthetic encounter (stderr), for the scaling
/// table: RON parse and validation (without Fluent), each the fastest of 5 runs,
/// then compile and exploration of seed 0.
pub fn measure(nodes: usize, seed: u64, catalog: &Path) -> i32 {
    use std::time::Instant;
    use touchpoint_content::files::{Source, parse_ron};
    use touchpoint_engine::Scenario;
    use touchpoint_engine::analysis::{Options, analyze};
    use touchpoint_engine::validate::validate_scenario;
    let Ok((catalog, _)) = touchpoint_content::encounter::load_catalog(catalog) else {
        eprintln!("error: cannot load the catalog {}", catalog.display());
        return 1;
    };
    let t = Instant::now();
    let s = synth(nodes, seed);
    let generated = t.elapsed();
    let bytes = s.ron.len();
    // Each stage is timed as the fastest of a few runs: on a shared machine the
    // slowest runs measure the neighbours.
    const RUNS: usize = 5;
    let mut parsed = std::time::Duration::MAX;
    let mut scenario = None;
    for _ in 0..RUNS {
        let text = s.ron.clone();
        let t = Instant::now();
        let src = Source::new(Path::new("gen.ron"), text);
        let parsed_now: Scenario = match parse_ron(&src) {
            Ok(x) => x,
            Err(r) => {
                eprintln!("{r}");
                return 1;
            }
        };
        let parsed_now = parsed_now.indexed();
        parsed = parsed.min(t.elapsed());
        drop(src);
        scenario = Some(parsed_now);
    }
    let Some(scenario) = scenario else {
        return 1;
    };
    let mut validated = std::time::Duration::MAX;
    let mut diags = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        diags = validate_scenario(&scenario, &catalog, &[]);
        validated = validated.min(t.elapsed());
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == touchpoint_engine::Severity::Error)
        .count();
    let t = Instant::now();
    let a = analyze(
        &scenario,
        &catalog,
        &Options {
            seeds: vec![0],
            runs: 0,
            ..Options::default()
        },
        &mut |_, _, _| {},
    );
    let analysed = t.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    outln!(
        "nodes {} · edges {} · RON {} bytes · generate {:.0} ms · parse {:.0} ms · validate {:.0} ms ({} errors without Fluent) · compile + explore seed 0 {:.0} ms ({} replies, {} paths, exact {}) · score {}–{} · compiled model {} bytes ({:.0} per node)",
        s.nodes,
        scenario
            .nodes
            .iter()
            .map(|n| n.choices.len())
            .sum::<usize>(),
        bytes,
        ms(generated),
        ms(parsed),
        ms(validated),
        errors,
        ms(analysed),
        a.steps,
        a.paths,
        a.exact,
        a.score.min,
        a.score.max,
        a.model_bytes,
        a.model_bytes as f64 / a.nodes.max(1) as f64
    );
    0
}
