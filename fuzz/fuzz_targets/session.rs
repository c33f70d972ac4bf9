//! Fuzz target: The session driven by arbitrary moves, saves, resumes and hostile saved states.
//! (The check itself is in fuzz/checks/session.rs, shared with tests/fuzz_seeds.rs.)
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::session::check(data));
