//! Criterion benchmarks.
//!
//! - per shipped encounter: load + validate (files, Fluent, catalog), one random
//!   playthrough through the session API (start, random replies, assess), and the
//!   exhaustive exploration of one seed (`analyze` without Monte Carlo);
//! - random replies per second on the compiled runtime (the Monte Carlo engine),
//!   reported as elements = replies;
//! - synthetic encounters of 1,000 and 10,000 nodes (`touchpoint gen`): load +
//!   validate, and analysis of one seed;
//! - one decision (start, reply, assessment, result record) on a node with 10,000
//!   and 100,000 replies (`touchpoint gen --replies N`).
//!
//! Run: `cargo bench --bench engine` (add `-- --warm-up-time 1 --measurement-time 3`
//! for a quicker pass).

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use touchpoint::content::encounter::{self, Encounter};
use touchpoint::engine::analysis::{Options, analyze};
use touchpoint::engine::runtime::Runtime;
use touchpoint::engine::{Pick, Session, assess};

fn scenarios() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v = touchpoint::content::files::scenario_files(&[root.join("scenarios")]);
    v.push(root.join("tests/fixtures/scenarios/sample_refund.ron"));
    v
}

fn load(p: &Path) -> Encounter {
    encounter::load(p).0.expect("valid scenario")
}

/// Plays one encounter with uniformly random replies; returns the score.
fn random_playthrough(enc: &Encounter, seed: u64) -> u32 {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x9e37_79b9);
    let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, seed).unwrap();
    while !s.is_finished() {
        let n = s.available().len();
        s.choose(&Pick::Number(rng.random_range(1..=n)), 0).unwrap();
    }
    assess(&enc.scenario, &enc.catalog, s.state())
        .unwrap()
        .score
}

const BATCH: u64 = 10_000;

/// Plays `BATCH` random replies on the runtime, starting new runs as runs end.
fn runtime_replies(rt: &Runtime, rng: &mut ChaCha8Rng) -> u64 {
    let mut sum = 0u64;
    let mut played = 0u64;
    let mut offered: Vec<u32> = Vec::with_capacity(8);
    while played < BATCH {
        let Some(mut st) = rt.start(rng.random()) else {
            break;
        };
        while !st.finished && played < BATCH {
            offered.clear();
            offered.extend((0..rt.replies(&st)).filter(|&k| rt.offered(&st, k)));
            let k = offered[rng.random_range(0..offered.len())];
            played += 1;
            if !rt.choose(&mut st, k) {
                break;
            }
        }
        if st.finished {
            sum += u64::from(rt.score(&st).score);
        }
    }
    sum
}

fn one_seed() -> Options {
    Options {
        seeds: vec![1],
        runs: 0,
        ..Options::default()
    }
}

fn bench_shipped(c: &mut Criterion) {
    for path in scenarios() {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let mut g = c.benchmark_group(&name);
        // Freeing the loaded encounter is not part of loading it.
        g.bench_function("load_and_validate", |b| {
            b.iter_with_large_drop(|| encounter::load(black_box(&path)))
        });
        let enc = load(&path);
        g.throughput(Throughput::Elements(1));
        let mut seed = 0u64;
        g.bench_function("random_playthrough", |b| {
            b.iter(|| {
                seed += 1;
                black_box(random_playthrough(&enc, seed))
            })
        });
        g.throughput(Throughput::Elements(BATCH));
        let rt = Runtime::compile(&enc.scenario, &enc.catalog).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        g.bench_function("runtime_random_replies", |b| {
            b.iter(|| black_box(runtime_replies(&rt, &mut rng)))
        });
        g.throughput(Throughput::Elements(1));
        g.sample_size(10);
        g.bench_function("explore_one_seed", |b| {
            b.iter(|| {
                black_box(
                    analyze(&enc.scenario, &enc.catalog, &one_seed(), &mut |_, _, _| {}).steps,
                )
            })
        });
        g.finish();
    }
}

/// Writes a generated encounter with the shipped catalog and both Fluent files under
/// `root`; returns the scenario file.
fn write_project(s: &touchpoint::content::synth::Synth, root: &Path) -> PathBuf {
    let sc = root.join("scenarios");
    std::fs::create_dir_all(&sc).unwrap();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        manifest.join("scenarios/catalog.ron"),
        sc.join("catalog.ron"),
    )
    .unwrap();
    for (l, text) in [("zh-CN", &s.zh), ("en-US", &s.en)] {
        let d = root.join("locales").join(l);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::copy(
            manifest.join("locales").join(l).join("catalog.ftl"),
            d.join("catalog.ftl"),
        )
        .unwrap();
        std::fs::write(d.join(format!("{}.ftl", s.id)), text).unwrap();
    }
    let path = sc.join(format!("{}.ron", s.id));
    std::fs::write(&path, &s.ron).unwrap();
    path
}

/// One decision on a node with 10,000 and 65,535 replies (the most a node may hold),
/// as `touchpoint play` makes it: start, the reply, the assessment and the result
/// record with its texts. Linear in the replies (it was quadratic: 100,000 took
/// 52 s). `with_procedure_*`: the same with a procedure checked whose two required
/// steps only the last reply performs, so the debrief names both missing steps by
/// that reply (that was quadratic too: 288 ms at 10,000 replies, and `play` of
/// 65,535 replies took 20 s; now 1.5 ms and 17 ms).
fn bench_wide_node(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("wide_node");
    g.sample_size(10);
    let cases = [10_000usize, 65_535].into_iter().flat_map(|n| {
        [
            (format!("one_decision_{n}"), n, false),
            (format!("with_procedure_{n}"), n, true),
        ]
    });
    for (name, replies, procedure) in cases {
        let s = if procedure {
            touchpoint::content::synth::wide_with_procedure(replies, 1)
        } else {
            touchpoint::content::synth::wide(replies, 1)
        };
        let path = write_project(&s, &dir.path().join(&name));
        let enc = load(&path);
        let texts = enc.texts("en-US");
        g.throughput(Throughput::Elements(replies as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                let (mut s, _) = Session::start(&enc.scenario, &enc.catalog, 1).unwrap();
                s.choose(&Pick::Number(replies / 2 + 1), 25_000).unwrap();
                let a = assess(&enc.scenario, &enc.catalog, s.state()).unwrap();
                let meta = touchpoint::results::record::Meta {
                    attempt_id: "0".into(),
                    trainee: touchpoint::results::record::Trainee {
                        id: "t".into(),
                        name: "t".into(),
                    },
                    cohort: None,
                    locale: "en-US".into(),
                    started_at: "2026-01-01T00:00:00.000Z".into(),
                    ended_at: "2026-01-01T00:00:01.000Z".into(),
                };
                black_box(touchpoint::results::record::record(
                    &enc,
                    &texts,
                    s.state(),
                    &a,
                    meta,
                ))
            })
        });
    }
    g.finish();
}

fn bench_synthetic(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    for nodes in [1_000usize, 10_000] {
        let s = touchpoint::content::synth::synth(nodes, 1);
        let root = dir.path().join(format!("n{nodes}"));
        let sc = root.join("scenarios");
        std::fs::create_dir_all(&sc).unwrap();
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(
            manifest.join("scenarios/catalog.ron"),
            sc.join("catalog.ron"),
        )
        .unwrap();
        for (l, text) in [("zh-CN", &s.zh), ("en-US", &s.en)] {
            let d = root.join("locales").join(l);
            std::fs::create_dir_all(&d).unwrap();
            std::fs::copy(
                manifest.join("locales").join(l).join("catalog.ftl"),
                d.join("catalog.ftl"),
            )
            .unwrap();
            std::fs::write(d.join(format!("{}.ftl", s.id)), text).unwrap();
        }
        let path = sc.join(format!("{}.ron", s.id));
        std::fs::write(&path, &s.ron).unwrap();

        let mut g = c.benchmark_group(format!("synthetic_{nodes}"));
        g.sample_size(10);
        // Freeing the loaded encounter is not part of loading it.
        g.bench_function("load_and_validate", |b| {
            b.iter_with_large_drop(|| encounter::load(black_box(&path)))
        });
        let enc = load(&path);
        g.bench_function("analyze_one_seed", |b| {
            b.iter(|| {
                black_box(
                    analyze(&enc.scenario, &enc.catalog, &one_seed(), &mut |_, _, _| {}).paths,
                )
            })
        });
        let rt = Runtime::compile(&enc.scenario, &enc.catalog).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        g.throughput(Throughput::Elements(BATCH));
        g.bench_function("runtime_random_replies", |b| {
            b.iter(|| black_box(runtime_replies(&rt, &mut rng)))
        });
        g.finish();
    }
}

criterion_group!(benches, bench_shipped, bench_synthetic, bench_wide_node);
criterion_main!(benches);
