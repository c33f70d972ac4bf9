//! Property tests (proptest) of the engine's invariants on every shipped encounter,
//! driven by arbitrary seeds and reply sequences: mood stays in bounds, scores stay in
//! 0–100, a critical taboo always fails the attempt, the same seed and replies always
//! give the same result, and saving, resuming and continuing gives the same result as
//! playing straight through. (That analyze's bounds contain every score a random
//! playthrough reaches is checked in `shipped.rs`, beside the analysis it reuses.)

use std::sync::OnceLock;

use proptest::prelude::*;
use touchpoint::content::encounter::Encounter;
use touchpoint::engine::{Assessment, Pick, Session, SessionState, assess};

use crate::common::root;

fn encounters() -> &'static [Encounter] {
    static ALL: OnceLock<Vec<Encounter>> = OnceLock::new();
    ALL.get_or_init(|| {
        touchpoint::content::files::scenario_files(&[root().join("scenarios")])
            .iter()
            .map(|p| crate::common::load(p))
            .collect()
    })
}

/// Plays on until the end or until `stop` replies have been given in all: reply
/// number k takes `picks[k % len]` (modulo the replies on offer; with its reply time),
/// and after 400 replies always the first one, so a loop still ends. The k-th reply is
/// the same whether the session was played straight through or saved and resumed.
/// The mood is checked after every reply.
fn drive(enc: &Encounter, state: SessionState, picks: &[(u8, u16)], stop: usize) -> SessionState {
    let mut s = Session::resume(&enc.scenario, &enc.catalog, state).unwrap();
    while !s.is_finished() && s.state().decisions.len() < stop {
        let k = s.state().decisions.len();
        let (p, ms) = if k < 400 {
            picks[k % picks.len()]
        } else {
            (0, 0)
        };
        let n = s.available().len();
        s.choose(&Pick::Number(p as usize % n + 1), u64::from(ms) * 10)
            .unwrap();
        let m = s.state().mood;
        for v in [m.anger, m.trust, m.patience] {
            assert!((0..=100).contains(&v), "mood out of bounds: {m:?}");
        }
    }
    s.into_state()
}

fn start(enc: &Encounter, seed: u64) -> SessionState {
    Session::start(&enc.scenario, &enc.catalog, seed)
        .unwrap()
        .0
        .into_state()
}

/// A whole attempt.
fn whole(enc: &Encounter, seed: u64, picks: &[(u8, u16)]) -> SessionState {
    drive(enc, start(enc, seed), picks, usize::MAX)
}

fn scored(enc: &Encounter, state: &SessionState) -> Assessment {
    assess(&enc.scenario, &enc.catalog, state).unwrap()
}

fn case() -> impl Strategy<Value = (usize, u64, Vec<(u8, u16)>, usize)> {
    (
        0..encounters().len(),
        any::<u64>(),
        proptest::collection::vec((any::<u8>(), any::<u16>()), 1..40),
        0usize..12,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn scores_stay_in_bounds_and_a_critical_taboo_always_fails((e, seed, picks, _) in case()) {
        let enc = &encounters()[e];
        let a = scored(enc, &whole(enc, seed, &picks));
        prop_assert!(a.score <= 100);
        for c in &a.competencies {
            prop_assert!(c.score <= 100, "{}: {}", c.id, c.score);
        }
        if !a.critical.is_empty() {
            prop_assert!(!a.passed, "{}: passed with {:?}", enc.scenario.id, a.critical);
        }
        prop_assert_eq!(a.passed, a.score >= a.pass_mark && a.critical.is_empty());
    }

    #[test]
    fn the_same_seed_and_replies_give_the_same_result((e, seed, picks, _) in case()) {
        let enc = &encounters()[e];
        let one = whole(enc, seed, &picks);
        let two = whole(enc, seed, &picks);
        prop_assert_eq!(scored(enc, &one), scored(enc, &two));
        prop_assert_eq!(one, two);
    }

    #[test]
    fn save_resume_and_continue_equals_playing_straight_through((e, seed, picks, split) in case()) {
        let enc = &encounters()[e];
        let straight = whole(enc, seed, &picks);
        // Stop after `split` replies, save the state as JSON, load it, play on.
        let part = drive(enc, start(enc, seed), &picks, split);
        let saved = serde_json::to_string(&part).unwrap();
        let loaded: SessionState = serde_json::from_str(&saved).unwrap();
        let resumed = drive(enc, loaded, &picks, usize::MAX);
        prop_assert_eq!(scored(enc, &resumed), scored(enc, &straight));
        prop_assert_eq!(resumed, straight);
    }
}
