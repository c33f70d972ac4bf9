//! Fuzz target: A result file on arbitrary bytes, imported, stored, exported and reported.
//! (The check itself is in fuzz/checks/results_import.rs, shared with tests/fuzz_seeds.rs.)
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::results_import::check(data));
