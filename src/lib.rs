//! Touchpoint: a training and simulation engine for customer-service skills.
//!
//! - [`engine`] (the `touchpoint-engine` crate): pure scenario model, catalog, validation, simulation, session, scoring.
//! - [`adapters`]: files (RON with locations), Fluent text, result files.
//! - [`cli`]: the `touchpoint` command line.
//! - `gui` (feature `gui`): the Bevy desktop app, `touchpoint gui`.

pub mod adapters;
pub mod cli;
pub use touchpoint_engine as engine;
#[cfg(feature = "gui")]
pub mod gui;
