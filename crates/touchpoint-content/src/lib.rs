//! Touchpoint's content: reading and writing the files instructors author.
//!
//! Encounters in RON (a fast path, located spans, a streaming reader for huge files,
//! bulk checks), their Fluent texts in every locale, the technique catalog and the
//! course, encounter folders with their media, graphs of an encounter, synthetic
//! encounters for benchmarks and the templates `touchpoint new` starts from.
//!
//! It builds on [`touchpoint_engine`] (the pure model and validator) and knows nothing
//! of results, stores, terminals or the desktop app: `tests/architecture.rs` checks the
//! manifest and the code.

pub mod bulk;
pub mod course;
pub mod encounter;
pub mod fast_ron;
pub mod files;
pub mod graph;
pub mod locale;
pub mod outfile;
pub mod report;
pub mod ron_spans;
pub mod stream;
pub mod synth;
pub mod templates;
#[cfg(test)]
mod validate_tests;
pub mod words;
