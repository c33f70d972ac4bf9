//! The scenario loader and validator on arbitrary text: the fast RON reader, the
//! `ron` fallback and its located error, validation against the shipped catalog, and
//! for a valid scenario the compiled runtime and a session played to the end.
//!
//! Oracles: nothing panics; whatever the fast reader accepts, `ron` accepts and reads
//! the same way; every diagnostic can be located in the text; a valid scenario plays
//! to an ending with mood in bounds and scores within 0..=100.

use std::path::Path;
use std::sync::OnceLock;

use touchpoint::content::files::{Source, parse_ron, parse_ron_slow};
use touchpoint::engine::mood::{MOOD_MAX, MOOD_MIN};
use touchpoint::engine::runtime::Runtime;
use touchpoint::engine::scenario::Scenario;
use touchpoint::engine::validate::validate_scenario;
use touchpoint::engine::{Catalog, Pick, Session, Severity, assess};

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| {
        let path = super::repo().join("scenarios/catalog.ron");
        touchpoint::content::encounter::load_catalog(&path)
            .expect("the shipped catalog loads")
            .0
    })
}

/// One input; a panic is a finding.
pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let src = Source::new(Path::new("fuzz.ron"), text.to_string());
    let fast = parse_ron::<Scenario>(&src);
    let slow = parse_ron_slow::<Scenario>(&src);
    match (&fast, &slow) {
        (Ok(a), Ok(b)) => assert_eq!(
            format!("{a:?}"),
            format!("{b:?}"),
            "the fast reader and ron disagree"
        ),
        (Ok(_), Err(e)) => panic!("the fast reader accepted what ron refuses: {e}"),
        (Err(e), _) => assert!(e.line >= 1 && e.col >= 1, "an error without a place"),
    }
    let Ok(scenario) = fast else { return };
    let scenario = scenario.indexed();
    let catalog = catalog();
    let diags = validate_scenario(&scenario, catalog, &[]);
    for d in &diags {
        let r = src.report_at(&d.path, d.severity, d.message.clone());
        assert!(r.line >= 1 && r.col >= 1);
    }
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return;
    }
    let _ = Runtime::compile(&scenario, catalog);
    let Ok((mut s, _)) = Session::start(&scenario, catalog, 7) else {
        return;
    };
    for step in 0..200usize {
        if s.is_finished() {
            break;
        }
        let n = s.available().len();
        if n == 0 {
            break;
        }
        let _ = s.choose(&Pick::Number(step % n + 1), 3_000);
        let m = s.state().mood;
        for v in [m.anger, m.trust, m.patience] {
            assert!(
                (MOOD_MIN..=MOOD_MAX).contains(&v),
                "mood out of bounds: {m:?}"
            );
        }
    }
    if let Ok(a) = assess(&scenario, catalog, s.state()) {
        assert!(a.score <= 100);
        assert!(a.competencies.iter().all(|c| c.score <= 100));
        if !a.critical.is_empty() {
            assert!(!a.passed, "a critical taboo always fails");
        }
    }
}
