//! The pure engine: scenario model, technique catalog, validation, customer
//! simulation, session and scoring.
//!
//! Architecture invariant: nothing in `engine` does IO, reads a clock, uses a global
//! random generator, or knows about Bevy, kira, a terminal or a database. It takes
//! values and returns values and events. `tests/architecture.rs` enforces this.

pub mod analysis;
pub mod catalog;
pub mod course;
mod explore;
pub mod mood;
pub mod runtime;
pub mod scenario;
pub mod scenario_test;
pub mod scoring;
pub mod session;
pub mod validate;

pub use catalog::Catalog;
pub use mood::{Mood, MoodDelta};
pub use scenario::{Outcome, Scenario};
pub use scoring::{Assessment, assess};
pub use session::{Event, Pick, Session, SessionError, SessionState, TimedPick};
pub use validate::{Diagnostic, FastMap, FastSet, LocaleKeys, Severity};
