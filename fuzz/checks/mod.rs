//! The fuzz targets' checks, shared with the test suite (`tests/fuzz_seeds.rs` runs
//! them on every seed and every saved crash input on each `cargo test`).
#![allow(dead_code)]

pub mod fluent_load;
pub mod results_import;
pub mod scenario_load;
pub mod session;

/// The repository (the fuzz crate lives in `fuzz/`, the tests at the top).
pub fn repo() -> std::path::PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if here.join("scenarios").is_dir() {
        here.to_path_buf()
    } else {
        here.join("..")
    }
}
