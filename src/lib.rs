//! Touchpoint: a training and simulation engine for customer-service skills.
//!
//! The root package is the `touchpoint` command line; it re-exports the workspace's
//! libraries for library users:
//!
//! - [`engine`] (`touchpoint-engine`): the pure scenario model, catalog, validation,
//!   customer simulation, session, scoring and analysis.
//! - [`content`] (`touchpoint-content`): encounter files (RON with locations), Fluent
//!   texts, the catalog and the course, graphs, synthetic encounters, templates.
//! - [`results`] (`touchpoint-results`): attempt records, journals, the results store,
//!   verification, exports, the LRS client, the HTML report, the profile.
//! - [`server`] (`touchpoint-server`): the course server, `touchpoint serve`.
//! - `gui` (`touchpoint-gui`, feature `gui`): the Bevy desktop app, `touchpoint gui`.
//! - [`cli`]: the `touchpoint` command line.

pub mod cli;
pub use touchpoint_content as content;
pub use touchpoint_engine as engine;
#[cfg(feature = "gui")]
pub use touchpoint_gui as gui;
pub use touchpoint_results as results;
pub use touchpoint_server as server;
