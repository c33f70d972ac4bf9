//! The simulated customer's mood and how replies move it.
//!
//! Architecture invariant: pure arithmetic on integers. Randomness comes in only as
//! values the session has already drawn from its own seeded generator.

use serde::{Deserialize, Serialize};

/// Mood on three 0..=100 scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Mood {
    pub anger: i32,
    pub trust: i32,
    pub patience: i32,
}

/// A change to the mood. Fields left out are zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct MoodDelta {
    pub anger: i32,
    pub trust: i32,
    pub patience: i32,
}

/// An inclusive range `(min, max)` from which a starting value is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range(pub i32, pub i32);

/// Starting mood, each scale drawn uniformly from its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoodRanges {
    pub anger: Range,
    pub trust: Range,
    pub patience: Range,
}

pub const MOOD_MIN: i32 = 0;
pub const MOOD_MAX: i32 = 100;

impl Mood {
    pub fn clamped(self) -> Self {
        Mood {
            anger: self.anger.clamp(MOOD_MIN, MOOD_MAX),
            trust: self.trust.clamp(MOOD_MIN, MOOD_MAX),
            patience: self.patience.clamp(MOOD_MIN, MOOD_MAX),
        }
    }

    /// Applies a change with diminishing returns on improvement: a gain in trust or
    /// patience is scaled by the room left, `(100 - value) / 100`, and a drop in anger
    /// by `anger / 100`. A calm, trusting customer can't be made calmer forever, and a
    /// furious one needs more than one kind word. Harm is applied in full.
    pub fn react(self, d: MoodDelta) -> Self {
        let damp = |delta: i32, room: i32| (delta * room.clamp(0, 100) + 50).div_euclid(100);
        let anger = if d.anger < 0 {
            -damp(-d.anger, self.anger)
        } else {
            d.anger
        };
        let trust = if d.trust > 0 {
            damp(d.trust, MOOD_MAX - self.trust)
        } else {
            d.trust
        };
        let patience = if d.patience > 0 {
            damp(d.patience, MOOD_MAX - self.patience)
        } else {
            d.patience
        };
        self.apply(MoodDelta {
            anger,
            trust,
            patience,
        })
    }

    pub fn apply(self, d: MoodDelta) -> Self {
        Mood {
            anger: self.anger + d.anger,
            trust: self.trust + d.trust,
            patience: self.patience + d.patience,
        }
        .clamped()
    }

    /// How satisfied the customer is, 0..=100: calm and trusting is 100.
    pub fn satisfaction(self) -> i32 {
        ((MOOD_MAX - self.anger) + self.trust) / 2
    }

    /// A coarse band for the customer's tone, used in readouts and graphs.
    pub fn band(self) -> MoodBand {
        match self.anger {
            a if a >= 75 => MoodBand::Furious,
            a if a >= 50 => MoodBand::Upset,
            a if a >= 25 => MoodBand::Wary,
            _ if self.trust >= 60 => MoodBand::Warm,
            _ => MoodBand::Calm,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoodBand {
    Furious,
    Upset,
    Wary,
    Calm,
    Warm,
}

impl MoodBand {
    pub fn as_str(self) -> &'static str {
        match self {
            MoodBand::Furious => "furious",
            MoodBand::Upset => "upset",
            MoodBand::Wary => "wary",
            MoodBand::Calm => "calm",
            MoodBand::Warm => "warm",
        }
    }
}

impl std::ops::Add for MoodDelta {
    type Output = MoodDelta;

    fn add(self, o: MoodDelta) -> Self {
        MoodDelta {
            anger: self.anger + o.anger,
            trust: self.trust + o.trust,
            patience: self.patience + o.patience,
        }
    }
}

impl MoodDelta {
    /// Scales only the harmful parts (more anger, less trust, less patience) by
    /// `num/den`. This is how repeated bad replies compound.
    pub fn scale_harm(self, num: i32, den: i32) -> Self {
        let harm = |v: i32, bad_when_positive: bool| {
            let bad = if bad_when_positive { v > 0 } else { v < 0 };
            if bad { v * num / den } else { v }
        };
        MoodDelta {
            anger: harm(self.anger, true),
            trust: harm(self.trust, false),
            patience: harm(self.patience, false),
        }
    }

    /// Keeps only the harmful parts; used when a problem-solving move lands on a
    /// customer whose feelings were never handled.
    pub fn harm_only(self) -> Self {
        MoodDelta {
            anger: self.anger.max(0),
            trust: self.trust.min(0),
            patience: self.patience.min(0),
        }
    }

    pub fn is_zero(self) -> bool {
        self == MoodDelta::default()
    }
}
