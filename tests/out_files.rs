//! Files the user names (`--out`, `-o`): written through a symlink to its target (the
//! link kept), straight into a FIFO or a character device (never replaced by a
//! regular file), refused when they are another special file, and `-` is standard
//! output. Every command that writes a named file goes through the one writer
//! ([`touchpoint::content::outfile::OutFile`], which `write_atomic` uses too).
//!
//! These tests never write to a real device node except /dev/null, and only through a
//! symlink in a temporary folder; they check that the link and /dev/null are unchanged
//! afterwards.

#![cfg(unix)]

use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use touchpoint::results::record::write_atomic;

use crate::common::{fixtures, import_files, root, stderr, stdout, synth_files};

fn tp(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("TOUCHPOINT_STORE", store)
        .env(
            "TOUCHPOINT_RESULTS_DIR",
            store.parent().unwrap().join("results"),
        )
        // In the test's folder: a file named `-` would land there, never in the repo.
        .current_dir(store.parent().unwrap())
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// A store of a few attempts.
fn store_with_attempts(dir: &Path) -> PathBuf {
    let files = dir.join("files");
    synth_files(&files, 6);
    let store = dir.join("s.sqlite3");
    import_files(&store, &files);
    store
}

fn mkfifo(p: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// Reads the FIFO `p` to its end on a thread; `join` gives the bytes (and fails,
/// rather than hanging, when nothing ever writes into the FIFO).
fn drain(p: &Path) -> Drain {
    let p = p.to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(std::fs::read(p).unwrap());
    });
    Drain(rx)
}

struct Drain(std::sync::mpsc::Receiver<Vec<u8>>);

impl Drain {
    fn join(self) -> Result<Vec<u8>, String> {
        self.0
            .recv_timeout(std::time::Duration::from_secs(60))
            .map_err(|_| "nothing was written into the FIFO".to_string())
    }
}

fn is_symlink_to(link: &Path, target: &Path) -> bool {
    std::fs::symlink_metadata(link).is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::read_link(link).is_ok_and(|t| t == target)
}

/// /dev/null as it is now: (device, inode, mode, rdev).
fn dev_null() -> (u64, u64, u32, u64) {
    let m = std::fs::symlink_metadata("/dev/null").unwrap();
    assert!(
        m.file_type().is_char_device(),
        "/dev/null is a character device"
    );
    (m.dev(), m.ino(), m.mode(), m.rdev())
}

#[test]
fn writing_to_a_symlink_updates_its_target_and_keeps_the_link() {
    let d = tempfile::tempdir().unwrap();
    let target = d.path().join("target.csv");
    std::fs::write(&target, "old").unwrap();
    let link = d.path().join("link.csv");
    std::os::unix::fs::symlink("target.csv", &link).unwrap();
    write_atomic(&link, b"new").unwrap();
    assert!(
        is_symlink_to(&link, Path::new("target.csv")),
        "the link is kept"
    );
    assert_eq!(std::fs::read(&target).unwrap(), b"new");
    // Nothing left beside either.
    let mut names: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["link.csv", "target.csv"]);

    // A chain of links into another folder; the target's mode is kept.
    use std::os::unix::fs::PermissionsExt;
    let other = d.path().join("other");
    std::fs::create_dir(&other).unwrap();
    let real = other.join("real.html");
    std::fs::write(&real, "old").unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink(&real, d.path().join("hop")).unwrap();
    std::os::unix::fs::symlink("hop", d.path().join("first")).unwrap();
    write_atomic(&d.path().join("first"), b"<html>").unwrap();
    assert!(is_symlink_to(&d.path().join("first"), Path::new("hop")));
    assert!(is_symlink_to(&d.path().join("hop"), &real));
    assert_eq!(std::fs::read(&real).unwrap(), b"<html>");
    assert_eq!(
        std::fs::metadata(&real).unwrap().permissions().mode() & 0o777,
        0o640
    );

    // A dangling link: its target is created.
    std::os::unix::fs::symlink("made.json", d.path().join("dangling")).unwrap();
    write_atomic(&d.path().join("dangling"), b"{}").unwrap();
    assert!(is_symlink_to(
        &d.path().join("dangling"),
        Path::new("made.json")
    ));
    assert_eq!(std::fs::read(d.path().join("made.json")).unwrap(), b"{}");
}

#[test]
fn export_and_report_write_through_a_symlink_to_its_target() {
    let d = tempfile::tempdir().unwrap();
    let store = store_with_attempts(d.path());
    for (format, args) in [
        ("csv", vec!["results", "export", "--format", "csv"]),
        ("xlsx", vec!["results", "export", "--format", "xlsx"]),
        ("jsonl", vec!["results", "export", "--format", "jsonl"]),
        ("xapi", vec!["results", "export", "--format", "xapi"]),
        ("html", vec!["results", "report"]),
    ] {
        let target = d.path().join(format!("target.{format}"));
        std::fs::write(&target, "old").unwrap();
        let link = d.path().join(format!("link.{format}"));
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let mut args = args.clone();
        args.extend(["--out", link.to_str().unwrap()]);
        if format != "html" {
            args.push("--quiet");
        }
        let o = tp(&store, &args);
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        assert!(is_symlink_to(&link, &target), "{format}: the link is kept");
        let written = std::fs::read(&target).unwrap();
        assert_ne!(written, b"old", "{format}: the target is written");
        assert!(written.len() > 100, "{format}");
    }
}

#[test]
fn a_fifo_receives_the_bytes_and_stays_a_fifo() {
    let d = tempfile::tempdir().unwrap();
    let fifo = d.path().join("pipe");
    mkfifo(&fifo);
    let reader = drain(&fifo);
    write_atomic(&fifo, b"through the pipe").unwrap();
    assert_eq!(reader.join().unwrap(), b"through the pipe");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert_eq!(
        std::fs::read_dir(d.path()).unwrap().count(),
        1,
        "no temp file"
    );

    // The exports, the report and graph too.
    let store = store_with_attempts(d.path());
    let sample = fixtures().join("scenarios/sample_refund.ron");
    for (what, args) in [
        (
            "csv",
            vec!["results", "export", "--format", "csv", "--quiet"],
        ),
        (
            "xlsx",
            vec!["results", "export", "--format", "xlsx", "--quiet"],
        ),
        (
            "xapi",
            vec!["results", "export", "--format", "xapi", "--quiet"],
        ),
        ("report", vec!["results", "report"]),
        (
            "graph",
            vec!["graph", sample.to_str().unwrap(), "--runs", "20"],
        ),
    ] {
        let reader = drain(&fifo);
        let mut args = args.clone();
        args.extend(["--out", fifo.to_str().unwrap()]);
        let o = tp(&store, &args);
        let got = reader.join().unwrap();
        assert_eq!(o.status.code(), Some(0), "{what}: {}", stderr(&o));
        match what {
            "csv" => assert!(got.starts_with(b"\xEF\xBB\xBFattempt_id,"), "{what}"),
            "xlsx" => assert!(got.starts_with(b"PK"), "{what}: a zip"),
            "xapi" => assert!(got.starts_with(b"[\n{"), "{what}"),
            "report" => assert!(got.starts_with(b"<!DOCTYPE html>"), "{what}"),
            _ => assert!(got.starts_with(b"digraph"), "{what}"),
        }
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo(),
            "{what}: still a FIFO"
        );
    }
    // The workbook written into the pipe is a whole workbook.
    let reader = drain(&fifo);
    let o = tp(
        &store,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--quiet",
            "--out",
            fifo.to_str().unwrap(),
        ],
    );
    let got = reader.join().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(got)).unwrap();
    assert!(zip.by_name("xl/workbook.xml").is_ok());
}

#[test]
fn a_character_device_is_written_not_replaced() {
    let before = dev_null();
    let d = tempfile::tempdir().unwrap();
    // /dev/null only through a link in the temporary folder.
    let link = d.path().join("null");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    write_atomic(&link, b"discarded").unwrap();
    assert!(is_symlink_to(&link, Path::new("/dev/null")));
    assert_eq!(dev_null(), before, "/dev/null is unchanged");
    assert_eq!(
        std::fs::read_dir(d.path()).unwrap().count(),
        1,
        "no temp file"
    );

    let store = store_with_attempts(d.path());
    for args in [
        vec!["results", "export", "--format", "csv", "--quiet"],
        vec!["results", "export", "--format", "xlsx", "--quiet"],
        vec!["results", "report"],
    ] {
        let mut args = args.clone();
        args.extend(["--out", link.to_str().unwrap()]);
        let o = tp(&store, &args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(is_symlink_to(&link, Path::new("/dev/null")), "{args:?}");
        assert_eq!(dev_null(), before, "{args:?}: /dev/null is unchanged");
    }
    assert!(
        std::fs::read_dir(d.path()).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".tmp")),
        "no temp file left"
    );
}

#[test]
fn other_special_files_and_folders_are_refused_with_a_clear_error() {
    let d = tempfile::tempdir().unwrap();
    let sock = d.path().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let e = write_atomic(&sock, b"x").unwrap_err().to_string();
    assert!(e.contains("socket"), "{e}");
    assert!(
        std::fs::symlink_metadata(&sock)
            .unwrap()
            .file_type()
            .is_socket(),
        "the socket stays"
    );
    let folder = d.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let e = write_atomic(&folder, b"x").unwrap_err().to_string();
    assert!(e.contains("folder"), "{e}");
    // A loop of links.
    std::os::unix::fs::symlink("b", d.path().join("a")).unwrap();
    std::os::unix::fs::symlink("a", d.path().join("b")).unwrap();
    assert!(write_atomic(&d.path().join("a"), b"x").is_err());
    assert!(is_symlink_to(&d.path().join("a"), Path::new("b")));

    let store = store_with_attempts(d.path());
    let o = tp(
        &store,
        &[
            "results",
            "export",
            "--format",
            "csv",
            "--out",
            sock.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("socket"), "{}", stderr(&o));
}

#[test]
fn out_dash_is_standard_output() {
    let d = tempfile::tempdir().unwrap();
    let store = store_with_attempts(d.path());
    let o = tp(
        &store,
        &[
            "results", "export", "--format", "csv", "--quiet", "--out", "-",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.starts_with(b"\xEF\xBB\xBFattempt_id,"));
    assert_eq!(
        o.stdout.windows(2).filter(|w| w == b"\r\n").count(),
        7,
        "header and six attempts"
    );
    assert!(stderr(&o).contains("standard output"), "{}", stderr(&o));

    let o = tp(
        &store,
        &["results", "export", "--format", "jsonl", "--out", "-"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 6);

    let o = tp(
        &store,
        &["results", "export", "--format", "xapi", "--out", "-"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.as_array().is_some_and(|a| !a.is_empty()));

    let o = tp(
        &store,
        &["results", "export", "--format", "xlsx", "--out", "-"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        zip::ZipArchive::new(std::io::Cursor::new(o.stdout))
            .unwrap()
            .by_name("xl/workbook.xml")
            .is_ok()
    );

    let o = tp(&store, &["results", "report", "--out", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("<!DOCTYPE html>"));

    let sample = fixtures().join("scenarios/sample_refund.ron");
    let o = tp(
        &store,
        &["graph", sample.to_str().unwrap(), "--runs", "20", "-o", "-"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("digraph"));

    // play: the result JSON on stdout, the play on stderr, no file named "-".
    let o = tp(
        &store,
        &[
            "play",
            sample.to_str().unwrap(),
            "--seed",
            "7",
            "--locale",
            "en-US",
            "--trainee",
            "t1",
            "--choices",
            "opening_soothe,2,offer_options",
            "--out",
            "-",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["seed"], 7);
    assert!(stderr(&o).contains("Replay:"), "{}", stderr(&o));
    assert!(!root().join("-").exists(), "no file named -");
    assert!(!d.path().join("-").exists());
}

/// `--out /dev/stdout` with stdout sent to a file (`>> log`): written to stdout itself,
/// appended, never renamed over the file. Tested through a link in the temporary folder
/// to /proc/self/fd/1 (the target of /dev/stdout), never through /dev/stdout itself.
#[test]
fn out_to_the_file_stdout_is_open_on_appends_to_stdout_and_replaces_nothing() {
    let d = tempfile::tempdir().unwrap();
    let store = store_with_attempts(d.path());
    let log = d.path().join("log.txt");
    std::fs::write(&log, "before\n").unwrap();
    let ino = std::fs::metadata(&log).unwrap().ino();
    let link = d.path().join("stdout");
    std::os::unix::fs::symlink("/proc/self/fd/1", &link).unwrap();
    let appending = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["results", "export", "--format", "jsonl", "--out"])
        .arg(&link)
        .env("LANG", "en_US.UTF-8")
        .env("TOUCHPOINT_STORE", &store)
        .current_dir(d.path())
        .stdin(Stdio::null())
        .stdout(appending)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(is_symlink_to(&link, Path::new("/proc/self/fd/1")));
    assert_eq!(std::fs::metadata(&log).unwrap().ino(), ino, "not replaced");
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.starts_with("before\n{"), "appended: {text:.200}");
    assert_eq!(text.lines().count(), 7, "the line before and six attempts");
}
