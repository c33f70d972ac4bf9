//! The one integration test binary (see STYLE.md: one binary links once).

mod analyze;
mod architecture;
mod bad_input;
mod chart;
mod cli;
mod cmi5_launch;
mod cmi5_lms;
mod common;
mod course;
mod engine;
mod fast_paths;
mod fuzz_seeds;
mod graph;
mod gui;
mod guide;
mod journal;
mod locales;
mod media;
mod new;
mod out_files;
mod package;
mod play_server;
mod properties;
mod report;
mod results;
mod server;
mod shipped;
mod store;
#[cfg(feature = "postgres")]
mod store_pg;
mod streamed;
mod verify;
mod watch;
mod xapi;
#[cfg(feature = "xlsx")]
mod xlsx;
