//! Fuzz target: The scenario loader and validator on arbitrary text.
//! (The check itself is in fuzz/checks/scenario_load.rs, shared with tests/fuzz_seeds.rs.)
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::scenario_load::check(data));
