//! Plain-text rendering of events and the debrief for the terminal.

use std::io::Write;

use fluent_bundle::FluentValue;

use crate::adapters::locale::Texts;
use crate::adapters::results::AttemptRecord;
use crate::engine::scoring::FeedbackKind;
use crate::engine::{Event, Mood};

pub fn bar(v: i32, width: usize) -> String {
    let filled = ((v.clamp(0, 100) as usize) * width + 50) / 100;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

fn arrow(before: i32, after: i32) -> &'static str {
    match after.cmp(&before) {
        std::cmp::Ordering::Greater => "↑",
        std::cmp::Ordering::Less => "↓",
        std::cmp::Ordering::Equal => " ",
    }
}

pub fn mood_line(t: &Texts, m: Mood, before: Option<Mood>) -> String {
    let b = before.unwrap_or(m);
    format!(
        "  {} {} {:>3}{}   {} {} {:>3}{}   {} {} {:>3}{}",
        t.ui("ui-anger"),
        bar(m.anger, 10),
        m.anger,
        arrow(b.anger, m.anger),
        t.ui("ui-trust"),
        bar(m.trust, 10),
        m.trust,
        arrow(b.trust, m.trust),
        t.ui("ui-patience"),
        bar(m.patience, 10),
        m.patience,
        arrow(b.patience, m.patience),
    )
}

pub fn intro(out: &mut dyn Write, t: &Texts) {
    let _ = writeln!(out, "\n== {} ==", t.text("title"));
    let _ = writeln!(
        out,
        "{}{}{}",
        t.ui("ui-setting"),
        t.colon(),
        t.text("setting")
    );
    let _ = writeln!(
        out,
        "{}{}{}",
        t.ui("ui-persona"),
        t.colon(),
        t.text("persona")
    );
    let _ = writeln!(
        out,
        "{}{}{}\n",
        t.ui("ui-briefing"),
        t.colon(),
        t.text("briefing")
    );
}

/// Renders events; returns the replies on offer, if the events ended with some.
pub fn events(out: &mut dyn Write, t: &Texts, events: &[Event]) -> Option<Vec<String>> {
    let mut last_before = None;
    let mut options = None;
    for e in events {
        match e {
            Event::Reaction { id } => {
                let _ = writeln!(out, "{}{}{}", t.ui("ui-customer"), t.colon(), t.text(id));
            }
            Event::MoodChanged { before, .. } => last_before = Some(*before),
            Event::Late {
                limit_s,
                elapsed_ms,
            } => {
                let taken = (*elapsed_ms / 1000).to_string();
                let _ = writeln!(
                    out,
                    "! {}",
                    t.ui_fmt(
                        "ui-late",
                        &[
                            ("taken", FluentValue::from(taken)),
                            ("limit", FluentValue::from(*limit_s))
                        ]
                    )
                );
            }
            Event::Escalated { .. } => {
                let _ = writeln!(out, "!! {}", t.ui("ui-escalated"));
            }
            Event::NodeEntered {
                node,
                tone,
                mood,
                time_limit,
            } => {
                let _ = writeln!(
                    out,
                    "\n{}{}{}",
                    t.ui("ui-customer"),
                    t.colon(),
                    t.line(node, tone.as_deref())
                );
                let _ = writeln!(out, "{}", mood_line(t, *mood, last_before));
                if let Some(s) = time_limit {
                    let _ = writeln!(
                        out,
                        "  ⏱ {}",
                        t.ui_fmt("ui-time-limit", &[("seconds", FluentValue::from(*s))])
                    );
                }
            }
            Event::Options { choices } => {
                let _ = writeln!(out, "\n{}{}", t.ui("ui-replies"), t.colon().trim_end());
                for (i, c) in choices.iter().enumerate() {
                    let _ = writeln!(out, "  {}) {}", i + 1, t.text(c));
                }
                options = Some(choices.clone());
            }
            Event::Ended { .. } => {
                let _ = writeln!(out, "\n— {} —", t.ui("ui-ended"));
            }
        }
    }
    options
}

pub fn debrief(out: &mut dyn Write, t: &Texts, r: &AttemptRecord) {
    let verdict = if r.passed {
        t.ui("ui-passed")
    } else {
        t.ui("ui-failed")
    };
    let _ = writeln!(out, "\n==== {} ====", t.ui("ui-result"));
    let _ = writeln!(
        out,
        "{} {}/100  {}  ({})",
        t.ui("ui-score"),
        r.score,
        verdict,
        t.ui_fmt("ui-pass-mark", &[("mark", FluentValue::from(r.pass_mark))])
    );
    let _ = writeln!(
        out,
        "{}{}{}",
        t.ui("ui-outcome"),
        t.colon(),
        t.ui(&format!("outcome-{}", r.outcome))
    );
    let procs = r
        .parts
        .procedures
        .map(|p| p.to_string())
        .unwrap_or_else(|| "—".into());
    let _ = writeln!(
        out,
        "{}",
        t.ui_fmt(
            "ui-parts",
            &[
                ("decisions", FluentValue::from(r.parts.decisions)),
                ("procedures", FluentValue::from(procs)),
                ("outcome", FluentValue::from(r.parts.outcome)),
            ]
        )
    );
    if !r.critical.is_empty() {
        let _ = writeln!(out, "!! {}", t.ui("ui-critical"));
    }
    let _ = writeln!(out, "\n{}{}", t.ui("ui-competencies"), t.colon().trim_end());
    for (id, v) in &r.competencies {
        let v = v.as_u64().unwrap_or(0) as i32;
        let _ = writeln!(out, "  {} {:>3}  {}", bar(v, 20), v, t.cat(id));
    }
    let _ = writeln!(out, "\n{}{}", t.ui("ui-feedback"), t.colon().trim_end());
    if r.feedback.is_empty() {
        let _ = writeln!(out, "  {}", t.ui("ui-no-feedback"));
    }
    for f in &r.feedback {
        let mark = if f.critical { "✗✗" } else { "✗" };
        let step = match (&f.procedure, &f.step_name) {
            (Some(p), Some(s)) => format!(" [{}{}{}]", t.cat(p), t.colon(), s),
            _ => String::new(),
        };
        let _ = writeln!(out, "\n {mark} {}{step}", f.technique_name);
        if !f.teaching.is_empty() {
            let _ = writeln!(out, "    {}", f.teaching);
        }
        match f.kind {
            FeedbackKind::Order => {
                let _ = writeln!(
                    out,
                    "    {}",
                    t.ui_fmt(
                        "ui-order",
                        &[(
                            "skipped",
                            FluentValue::from(
                                f.skipped_name
                                    .clone()
                                    .or_else(|| f.skipped.clone())
                                    .unwrap_or_default()
                            )
                        )]
                    )
                );
            }
            FeedbackKind::MissingStep => {
                let _ = writeln!(out, "    {}", t.ui("ui-missing-step"));
            }
            _ => {}
        }
        if f.automatic {
            let key = if f.technique == crate::engine::session::MOOD_BEFORE_MATTER {
                "ui-automatic-feelings"
            } else {
                "ui-automatic-late"
            };
            let _ = writeln!(out, "    {}", t.ui(key));
        }
        if let Some(c) = &f.choice_text {
            let _ = writeln!(out, "    {}{}{}", t.ui("ui-you-said"), t.colon(), c);
        }
        if let Some(b) = &f.better_text {
            let _ = writeln!(out, "    {}{}{}", t.ui("ui-better"), t.colon(), b);
        }
        if let Some(n) = &f.note {
            let _ = writeln!(out, "    » {n}");
        }
        let sources = if f.sources.is_empty() {
            &f.seeds
        } else {
            &f.sources
        };
        let _ = writeln!(
            out,
            "    {}{}{}",
            t.ui("ui-source"),
            t.colon(),
            sources.join("; ")
        );
    }
}

/// Columns a string takes in a terminal: East Asian wide characters take two.
pub fn width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115f
            | 0x2e80..=0xa4cf
            | 0xac00..=0xd7a3
            | 0xf900..=0xfaff
            | 0xfe30..=0xfe4f
            | 0xff00..=0xff60
            | 0xffe0..=0xffe6 => 2,
            _ => 1,
        })
        .sum()
}

/// `s` padded with spaces to `cols` terminal columns.
pub fn pad(s: &str, cols: usize) -> String {
    format!("{s}{}", " ".repeat(cols.saturating_sub(width(s))))
}
