//! Test support for Touchpoint's cmi5 launches (not shipped): a test LMS that speaks
//! the LMS's side of cmi5 and records what the AU sends ([`lms`]), a checker of those
//! statements written from the specification, and an xAPI 1.0.3 statement validator
//! ([`xapi_check`]). Shared by the integration tests and the browser tests, so that
//! a launch played in Chromium is checked by the same LMS and the same rules.

pub mod lms;
pub mod xapi_check;

/// The tests decode the LMS's tokens with the same crate.
pub use base64;
