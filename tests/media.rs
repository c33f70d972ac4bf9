//! A scenario's media (ambience, voice folder, node sounds) stay inside the scenario's
//! folder: `..`, absolute and Windows paths, wrong file types, missing files and
//! symbolic links that lead outside are located errors; files inside load.

use std::path::Path;

use touchpoint::content::encounter::load;
use touchpoint::engine::validate::media_path_problem;

use crate::common::{fixture_copy, stderr, touchpoint};

/// The fixture with `media: (...)` and a sound on the first node.
fn with_media(dir: &Path, media: &str, sound: Option<&str>) -> std::path::PathBuf {
    let path = dir.join("scenarios/sample_refund.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut text = text.replacen(
        "    start: \"opening\",",
        &format!("    media: ({media}),\n    start: \"opening\","),
        1,
    );
    if let Some(s) = sound {
        text = text.replacen(
            "            id: \"opening\",",
            &format!("            id: \"opening\",\n            sound: Some(\"{s}\"),"),
            1,
        );
    }
    std::fs::write(&path, text).unwrap();
    path
}

/// `touchpoint validate` fails with an error on the line that holds `needle`.
fn refused_at(path: &Path, needle: &str, says: &str) {
    let o = touchpoint(&["validate", path.to_str().unwrap()]);
    let err = format!("{}{}", crate::common::stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{err}");
    let line = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("sample_refund.ron:{line}:")) && err.contains(says),
        "expected an error at line {line} saying `{says}`:\n{err}"
    );
}

#[test]
fn media_paths_that_leave_the_folder_are_refused_by_validation() {
    for (value, says) in [
        ("../outside.ogg", "leaves the scenario's folder"),
        ("media/../../outside.ogg", "leaves the scenario's folder"),
        ("/etc/passwd.ogg", "absolute"),
        ("C:/Windows/ding.wav", "absolute or Windows"),
        ("media\\\\ring.ogg", "absolute or Windows"),
        ("media//ring.ogg", "empty or `.` part"),
        ("media/ring.mp4", "not a .ogg or .wav file"),
    ] {
        let d = fixture_copy();
        let p = with_media(d.path(), &format!("ambience: Some(\"{value}\")"), None);
        refused_at(&p, value, says);
    }
    let d = fixture_copy();
    let p = with_media(d.path(), "", Some("../../x.wav"));
    refused_at(&p, "../../x.wav", "leaves the scenario's folder");
    assert_eq!(media_path_problem("media/ring.ogg", &["ogg"]), None);
    assert!(media_path_problem("", &[]).is_some());
    assert!(media_path_problem(&"a/".repeat(150), &[]).is_some());
}

#[test]
fn missing_files_and_symlinks_out_of_the_folder_are_refused_when_loading() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.ogg"), b"OggS").unwrap();
    std::fs::create_dir_all(outside.path().join("voice/en-US")).unwrap();

    // A file that is not there.
    let d = fixture_copy();
    let p = with_media(d.path(), "ambience: Some(\"media/none.ogg\")", None);
    refused_at(&p, "media/none.ogg", "media/none.ogg");

    // A symbolic link to a file outside.
    let d = fixture_copy();
    let media = d.path().join("scenarios/media");
    std::fs::create_dir_all(&media).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.ogg"), media.join("link.ogg")).unwrap();
    let p = with_media(d.path(), "ambience: Some(\"media/link.ogg\")", None);
    refused_at(&p, "media/link.ogg", "outside the scenario's folder");

    // A symbolic link to a folder outside, used as the voice folder.
    let d = fixture_copy();
    std::os::unix::fs::symlink(
        outside.path().join("voice"),
        d.path().join("scenarios/voice"),
    )
    .unwrap();
    let p = with_media(d.path(), "voice: Some(\"voice\")", None);
    refused_at(&p, "Some(\"voice\")", "outside the scenario's folder");

    // A file where a folder is expected.
    let d = fixture_copy();
    std::fs::create_dir_all(d.path().join("scenarios/media")).unwrap();
    std::fs::write(d.path().join("scenarios/media/ring.ogg"), b"OggS").unwrap();
    let p = with_media(d.path(), "voice: Some(\"media/ring.ogg\")", None);
    refused_at(&p, "media/ring.ogg", "not a folder");
}

#[test]
fn media_inside_the_folder_load_and_voice_lines_cannot_escape() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.ogg"), b"OggS").unwrap();
    let d = fixture_copy();
    let sc = d.path().join("scenarios");
    std::fs::create_dir_all(sc.join("media")).unwrap();
    std::fs::create_dir_all(sc.join("voice/en-US")).unwrap();
    std::fs::write(sc.join("media/lobby.ogg"), b"OggS").unwrap();
    std::fs::write(sc.join("media/ring.wav"), b"RIFF").unwrap();
    std::fs::write(sc.join("voice/en-US/opening.ogg"), b"OggS").unwrap();
    // A voice file that is a link out of the folder is never played.
    std::os::unix::fs::symlink(
        outside.path().join("secret.ogg"),
        sc.join("voice/en-US/offer.ogg"),
    )
    .unwrap();
    let p = with_media(
        d.path(),
        "ambience: Some(\"media/lobby.ogg\"), voice: Some(\"voice\")",
        Some("media/ring.wav"),
    );
    let o = touchpoint(&["validate", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (enc, reports) = load(&p);
    let enc = enc.unwrap_or_else(|| panic!("{reports:?}"));
    let real = std::fs::canonicalize(&sc).unwrap();
    assert_eq!(enc.media.ambience, Some(real.join("media/lobby.ogg")));
    assert_eq!(
        enc.media.sounds.get("opening"),
        Some(&real.join("media/ring.wav"))
    );
    assert_eq!(
        enc.media.voice_line("en-US", "opening"),
        Some(real.join("voice/en-US/opening.ogg"))
    );
    assert_eq!(
        enc.media.voice_line("en-US", "offer"),
        None,
        "a link outside"
    );
    assert_eq!(
        enc.media.voice_line("en-US", "../../media/lobby"),
        None,
        "no `..`"
    );
    assert_eq!(
        enc.media.voice_line("zh-CN", "opening"),
        None,
        "not recorded"
    );
}
