//! The pure engine: scenario model, technique catalog, validation, customer
//! simulation, session and scoring.
//!
//! Architecture invariant: nothing in `engine` does IO, reads a clock, uses a global
//! random generator, or knows about Bevy, kira, a terminal or a database. It takes
//! values and returns values and events. Being a crate of its own, it cannot name the
//! content and results crates or the front ends; `tests/architecture.rs` checks its
//! manifest, its locked dependency tree and its code.

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

/// The version of the engine's rules: how a session plays (moods, reactions,
/// routing, escalation, timing) and how an attempt is scored (points, procedures,
/// feedback). Written into every result record; bumped whenever the same replies on
/// the same encounter version could give another transcript, assessment or feedback,
/// so that an import can tell a record scored by an earlier engine (replayed
/// differently today: kept, unverified) from a record edited since (refused).
/// 1: up to release 5eb4d29 (records without the field); 2: issue 14 (the ending
/// wins over escalation, feedback names a step by the reply that performs it, a
/// late reply's better reply is the same reply in time).
pub const RULES_VERSION: u32 = 2;
const _: () = assert!(session::Rules::CURRENT.version() == RULES_VERSION);

pub use catalog::Catalog;
pub use mood::{Mood, MoodDelta};
pub use scenario::{Outcome, Scenario};
pub use scoring::{Assessment, assess};
pub use session::{Event, Pick, Rules, Session, SessionError, SessionState, TimedPick};
pub use validate::{Diagnostic, FastMap, FastSet, LocaleKeys, Severity};
