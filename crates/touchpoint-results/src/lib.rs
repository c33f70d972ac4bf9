//! Touchpoint's results: what an attempt leaves behind and what HR gets out of it.
//!
//! Attempt records and the journal of an attempt in progress, the results store
//! (SQLite by default, PostgreSQL for a whole company), replay verification of every
//! imported record, exports (CSV, XLSX, JSONL, xAPI) and the LRS client, the cmi5
//! course package and launch sessions for an LMS, the HTML report with its charts, the
//! trainee's profile, and the client that plays on a course server.
//!
//! It builds on [`touchpoint_engine`] (replaying and scoring) and
//! [`touchpoint_content`] (encounters and their texts, for names in every export).
//!
//! Features: `sqlite` and `postgres` (the store's backends), `xlsx` (Excel export),
//! `lrs` (posting statements over HTTPS), `remote` (playing on a course server). All
//! are on by default; a build without one refuses what needs it with an error that
//! names the feature.

pub mod chart;
pub mod cmi5;
pub mod export;
pub mod feedback_text;
pub mod html_report;
pub mod journal;
pub mod lrs;
pub mod natural;
pub mod played;
pub mod profile;
pub mod record;
pub mod remote;
pub mod store;
pub mod verify;
pub mod xapi;
#[cfg(feature = "xlsx")]
pub mod xlsx;
