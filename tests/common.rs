//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use touchpoint::content::encounter::{self, Encounter};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Takes a store back to before migration 5 (the course server's tables) and 6 (LMS
/// launches), for the tests that rebuild a store of an earlier Touchpoint.
pub const DROP_SERVER_TABLES: &str = "DROP TABLE IF EXISTS accounts;
    DROP TABLE IF EXISTS account_cohorts; DROP TABLE IF EXISTS signin_throttle;
    DROP TABLE IF EXISTS web_sessions; DROP TABLE IF EXISTS live_attempts;
    DROP TABLE IF EXISTS assessed_encounters; DROP TABLE IF EXISTS audit_log;
    DROP TABLE IF EXISTS cmi5_sessions; DROP TABLE IF EXISTS cmi5_registrations;
    DROP TABLE IF EXISTS cmi5_outbox;";

pub fn fixtures() -> PathBuf {
    root().join("tests").join("fixtures")
}

/// The real `touchpoint` binary, in English, with results and the store in a
/// temporary folder.
fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_touchpoint"));
    c.args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env(
            "TOUCHPOINT_RESULTS_DIR",
            std::env::temp_dir().join("touchpoint-test-results"),
        )
        .env(
            "TOUCHPOINT_STORE",
            std::env::temp_dir().join("touchpoint-test-results/store.sqlite3"),
        );
    c
}

/// Runs the real `touchpoint` binary.
pub fn touchpoint(args: &[&str]) -> Output {
    command(args).output().expect("run touchpoint")
}

/// Runs it with `input` as its standard input.
pub fn touchpoint_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run touchpoint");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write to touchpoint");
    child.wait_with_output().expect("run touchpoint")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the fixture tree (scenarios + locales) to break on purpose.
pub fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_tree(&fixtures(), dir.path());
    dir
}

/// A copy of the shipped project (`scenarios/` and `locales/`) in a temporary folder.
pub fn shipped_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for d in ["scenarios", "locales"] {
        copy_tree(&root().join(d), &dir.path().join(d));
    }
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        let t = to.join(e.file_name());
        if p.is_dir() {
            copy_tree(&p, &t);
        } else {
            std::fs::copy(&p, &t).unwrap();
        }
    }
}

pub fn load(path: &Path) -> Encounter {
    let (enc, reports) = encounter::load(path);
    match enc {
        Some(e) => e,
        None => panic!(
            "{} does not load:\n{}",
            path.display(),
            reports
                .iter()
                .map(|r| r.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

pub fn sample() -> Encounter {
    load(&fixtures().join("scenarios").join("sample_refund.ron"))
}

/// Parses the JSON a `play --json` printed.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            stdout(o),
            stderr(o)
        )
    })
}

/// `file:line:col: error: ...` with a line and column that are numbers.
pub fn has_located_error(text: &str, file_suffix: &str) -> bool {
    text.lines().any(|l| {
        let Some(rest) = l.split_once(file_suffix).map(|(_, r)| r) else {
            return false;
        };
        let mut parts = rest.splitn(4, ':');
        parts.next() == Some("")
            && parts.next().is_some_and(|n| n.parse::<usize>().is_ok())
            && parts.next().is_some_and(|n| n.parse::<usize>().is_ok())
            && parts
                .next()
                .is_some_and(|m| m.trim_start().starts_with("error"))
    })
}

/// Result files of `n` simulated attempts on the fixture encounters, in `out`
/// (`touchpoint results synth`).
pub fn synth_files(out: &Path, n: usize) {
    let o = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["results", "synth", "--attempts", &n.to_string()])
        .args(["--out", out.to_str().unwrap()])
        .args([
            "--scenarios",
            fixtures().join("scenarios").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// Imports result files into the store at `store` (`touchpoint results import`).
pub fn import_files(store: &Path, files: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", store.to_str().unwrap()])
        .args(["results", "import", files.to_str().unwrap(), "--quiet"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
