//! The shipped catalog and encounters: all valid, and each one teaches: an expert
//! passes well, a novice fails with feedback naming what they broke, and a path
//! that is perfect but for one taboo fails.

use crate::common::{json, root, stderr, stdout, touchpoint};

#[test]
fn every_file_in_scenarios_validates() {
    let o = touchpoint(&[
        "validate",
        root().join("scenarios").to_str().unwrap(),
        "--deny-warnings",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn the_catalog_covers_the_courseware() {
    let (catalog, _) =
        touchpoint::adapters::encounter::load_catalog(&root().join("scenarios/catalog.ron"))
            .unwrap();
    assert_eq!(catalog.competencies.len(), 8);
    let taboos: Vec<_> = catalog
        .techniques
        .iter()
        .filter(|t| t.id.starts_with("taboo_"))
        .collect();
    assert_eq!(taboos.len(), 10);
    assert!(taboos.iter().all(|t| t.critical));
    assert!(catalog.technique("no_overpromising").unwrap().critical);
    for id in [
        "mood_before_matter",
        "first_contact_ownership",
        "state_method_and_deadline",
        "follow_up",
        "confirm_subscription",
        "closing_moment",
    ] {
        assert!(catalog.technique(id).is_some(), "{id}");
    }
    for id in ["proc_complaint_002", "proc_hall_dispute_003"] {
        assert!(catalog.procedure(id).is_some(), "{id}");
    }
    for t in &catalog.techniques {
        assert!(
            t.seeds.iter().all(|s| root()
                .join("..")
                .join("shared")
                .join("seeds")
                .join(s)
                .exists()
                || s.len() == 24),
            "{}: {:?}",
            t.id,
            t.seeds
        );
    }
}

/// (scenario, seed, choices) → JSON of the attempt.
pub fn play(scenario: &str, seed: u64, choices: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let path = root().join("scenarios").join(format!("{scenario}.ron"));
    let o = touchpoint(&[
        "play",
        path.to_str().unwrap(),
        "--seed",
        &seed.to_string(),
        "--locale",
        "en-US",
        "--choices",
        &choices.join(","),
        "--json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{scenario} {choices:?}: {}",
        stderr(&o)
    );
    json(&o)
}
