//! Fuzz target: The Fluent loader on arbitrary text.
//! (The check itself is in fuzz/checks/fluent_load.rs, shared with tests/fuzz_seeds.rs.)
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::fluent_load::check(data));
