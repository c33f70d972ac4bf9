//! The session driven by arbitrary choice sequences on shipped encounters, saved and
//! resumed at arbitrary points, and resumed from arbitrary (hostile) saved states.
//!
//! Input: the first byte picks the encounter; then each byte is a move: 0xFF saves the
//! state as JSON and resumes from it, 0xFE resumes from the rest of the input taken as
//! a saved state (a damaged journal), anything else picks a reply by number (including
//! numbers that are out of range) with an elapsed time from the byte.
//!
//! Oracles: nothing panics; wrong picks are errors, not panics; mood stays in bounds;
//! scores stay in 0..=100; a critical taboo fails; a save/resume never changes what
//! happens next (the same moves on an uninterrupted session give the same state).

use std::sync::OnceLock;

use touchpoint::content::encounter::{Encounter, load};
use touchpoint::engine::mood::{MOOD_MAX, MOOD_MIN};
use touchpoint::engine::{Pick, Session, SessionState, assess};

fn encounters() -> &'static [Encounter] {
    static E: OnceLock<Vec<Encounter>> = OnceLock::new();
    E.get_or_init(|| {
        let dir = super::repo().join("scenarios");
        [
            "ringback_complaint",
            "hall_dispute_escalation",
            "hall_touchpoint_sale",
            "gprs_bill_shock",
        ]
        .iter()
        .map(|id| {
            load(&dir.join(format!("{id}.ron")))
                .0
                .expect("a shipped encounter loads")
        })
        .collect()
    })
}

/// One input; a panic is a finding.
pub fn check(data: &[u8]) {
    let Some((&which, moves)) = data.split_first() else {
        return;
    };
    let encs = encounters();
    let e = &encs[which as usize % encs.len()];
    let (sc, cat) = (&e.scenario, &e.catalog);
    let seed = u64::from(which) * 7919;
    let (mut s, _) = Session::start(sc, cat, seed).expect("start");
    let (mut plain, _) = Session::start(sc, cat, seed).expect("start");
    for (k, &b) in moves.iter().enumerate() {
        match b {
            0xFF => {
                let json = serde_json::to_string(s.state()).expect("save");
                let state: SessionState = serde_json::from_str(&json).expect("read back");
                s = Session::resume(sc, cat, state).expect("resume a saved state");
            }
            0xFE => {
                if let Ok(state) = serde_json::from_slice::<SessionState>(&moves[k + 1..])
                    && let Ok(mut r) = Session::resume(sc, cat, state)
                {
                    for n in 1..=3 {
                        let _ = r.choose(&Pick::Number(n), 1_000);
                    }
                    let _ = assess(sc, cat, r.state());
                }
                break;
            }
            _ => {
                let pick = Pick::Number(usize::from(b % 8));
                let ms = u64::from(b) * 250;
                let a = s.choose(&pick, ms).map(|_| ());
                let p = plain.choose(&pick, ms).map(|_| ());
                assert_eq!(
                    a.is_ok(),
                    p.is_ok(),
                    "a resumed session answered differently"
                );
            }
        }
        let m = s.state().mood;
        for v in [m.anger, m.trust, m.patience] {
            assert!(
                (MOOD_MIN..=MOOD_MAX).contains(&v),
                "mood out of bounds: {m:?}"
            );
        }
    }
    assert_eq!(
        serde_json::to_string(s.state()).unwrap(),
        serde_json::to_string(plain.state()).unwrap(),
        "save and resume changed the session"
    );
    if let Ok(a) = assess(sc, cat, s.state()) {
        assert!(a.score <= 100 && a.competencies.iter().all(|c| c.score <= 100));
        if !a.critical.is_empty() {
            assert!(!a.passed, "a critical taboo always fails");
        }
    }
}
