//! Criterion benchmarks: loading + validating an encounter, and random
//! playthroughs per second (start, random replies until an ending, assess).
//!
//! Run: `cargo bench --bench engine`

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use touchpoint::adapters::encounter::{self, Encounter};
use touchpoint::engine::{Pick, Session, assess};

fn scenarios() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v = touchpoint::adapters::files::scenario_files(&[root.join("scenarios")]);
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

fn bench(c: &mut Criterion) {
    for path in scenarios() {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let mut g = c.benchmark_group(&name);
        g.bench_function("load_and_validate", |b| {
            b.iter(|| black_box(encounter::load(black_box(&path)).0.is_some()))
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
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
