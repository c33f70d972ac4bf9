//! Adapters between the pure engine and the outside world: files, Fluent text and
//! result files. They depend on the engine; the engine never depends on them.

pub mod bulk;
pub mod chart;
pub mod course;
pub mod encounter;
pub mod export;
pub mod fast_ron;
pub mod feedback_text;
pub mod files;
pub mod graph;
pub mod html_report;
pub mod journal;
pub mod locale;
pub mod lrs;
pub mod natural;
pub mod outfile;
pub mod played;
pub mod profile;
pub mod report;
pub mod results;
pub mod ron_spans;
pub mod store;
pub mod stream;
pub mod synth;
pub mod templates;
#[cfg(test)]
mod validate_tests;
pub mod verify;
pub mod words;
pub mod xapi;
pub mod xlsx;
