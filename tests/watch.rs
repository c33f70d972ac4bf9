//! `touchpoint play --watch`: saving the scenario or a Fluent file reloads it and
//! replays the current path; errors show in place and the session goes on.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::fixture_copy;

fn wait_for(buf: &Arc<Mutex<String>>, what: &str, times: usize) {
    let start = Instant::now();
    loop {
        if buf.lock().unwrap().matches(what).count() >= times {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "waited for {what:?} ×{times}; output so far:\n{}",
            buf.lock().unwrap()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn watch_reloads_replays_and_survives_a_broken_save() {
    let d = fixture_copy();
    let sc = d.path().join("scenarios/sample_refund.ron");
    let ftl = d.path().join("locales/en-US/sample_refund.ftl");
    let out = d.path().join("results");
    std::fs::create_dir_all(&out).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["play", sc.to_str().unwrap(), "--watch", "--seed", "3"])
        .args(["--locale", "en-US", "--out", out.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let buf = Arc::new(Mutex::new(String::new()));
    let mut stdout = child.stdout.take().unwrap();
    let b = buf.clone();
    let reader = std::thread::spawn(move || {
        let mut chunk = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut chunk) {
            if n == 0 {
                break;
            }
            b.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&chunk[..n]));
        }
    });
    let mut stdin = child.stdin.take().unwrap();
    let prompt = "Choose a reply";

    wait_for(&buf, prompt, 1);
    writeln!(stdin, "1").unwrap();
    wait_for(&buf, prompt, 2);

    // Edit the customer's line at the current node.
    let text = std::fs::read_to_string(&ftl).unwrap();
    let edited: String = text
        .lines()
        .map(|l| {
            if l.starts_with("story =") {
                "story = EDITED: two months now!".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&ftl, edited + "\n").unwrap();
    wait_for(&buf, "Reloaded; replayed 1 replies", 1);
    wait_for(&buf, "EDITED: two months now!", 1);

    // A broken save: the error shows in place, the session goes on.
    let good = std::fs::read_to_string(&sc).unwrap();
    std::fs::write(&sc, good.replace("pass_mark: 70", "pass_mark: oops")).unwrap();
    wait_for(&buf, "still playing the previous version", 1);
    assert!(
        buf.lock().unwrap().contains("sample_refund.ron:9:"),
        "{}",
        buf.lock().unwrap()
    );
    std::fs::write(&sc, good).unwrap();
    wait_for(&buf, "Reloaded; replayed 1 replies", 2);

    // Play on to the end: the replayed reply counts in the result.
    writeln!(stdin, "1").unwrap();
    writeln!(stdin, "1").unwrap();
    let status = child.wait().unwrap();
    reader.join().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "{err}\n{}", buf.lock().unwrap());
    let saved: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
    assert_eq!(saved.len(), 1);
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(saved[0].as_ref().unwrap().path()).unwrap())
            .unwrap();
    let t = r["transcript"].as_array().unwrap();
    assert_eq!(t.len(), 3);
    assert_eq!(t[0]["choice"], "opening_soothe");
    assert_eq!(
        t[1]["line"], "EDITED: two months now!",
        "the reloaded text: {r:#}"
    );
}
