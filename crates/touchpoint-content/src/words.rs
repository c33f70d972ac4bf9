//! Engine values in words, shared by the front ends (the terminal's `list` and the
//! desktop app's picker and library): archetype and difficulty names, a course module's
//! pass rule and a trainee's progress in it, and an encounter's number of decisions.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;

use super::locale::Texts;
use touchpoint_engine::Scenario;
use touchpoint_engine::course::{Best, Module};

/// Fewest to most decisions from the start to an ending: `3-5`, `4` when they are
/// equal, `3+` when the graph has a cycle.
pub fn decisions_text(s: &Scenario) -> String {
    let (short, long) = s.decision_range();
    match long {
        Some(l) if l != short => format!("{short}-{l}"),
        Some(_) => short.to_string(),
        None => format!("{short}+"),
    }
}

/// The module's pass rule in words; `name` names a required encounter.
pub fn rule_text(m: &Module, ui: &Texts, name: &dyn Fn(&str) -> String) -> String {
    let n = |v: usize| FluentValue::from(v);
    let mut parts = vec![if m.needed() == m.encounters.len() {
        ui.ui("list-rule-all")
    } else {
        ui.ui_fmt(
            "list-rule-some",
            &[("k", n(m.needed())), ("n", n(m.encounters.len()))],
        )
    }];
    if let Some(a) = m.pass.average_at_least {
        parts.push(ui.ui_fmt("list-rule-average", &[("avg", n(a as usize))]));
    }
    if !m.pass.required.is_empty() {
        parts.push(
            ui.ui_fmt(
                "list-rule-required",
                &[(
                    "list",
                    FluentValue::from(
                        m.pass
                            .required
                            .iter()
                            .map(|r| name(r))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                )],
            ),
        );
    }
    parts.join(ui.ui("list-rule-and").as_str())
}

/// A trainee's standing in the module in words.
pub fn progress_text(m: &Module, best: &BTreeMap<String, Best>, ui: &Texts) -> String {
    let p = m.progress(best);
    let n = |v: usize| FluentValue::from(v);
    let line = ui.ui_fmt(
        "list-progress",
        &[
            ("passed", n(p.passed)),
            ("n", n(p.encounters)),
            ("avg", n(p.average as usize)),
        ],
    );
    let status = if p.complete {
        ui.ui("list-complete")
    } else {
        ui.ui("list-incomplete")
    };
    format!("{line} · {status}")
}

/// The encounter's archetype and difficulty in words.
pub fn kind(s: &Scenario, ui: &Texts) -> (String, String) {
    (
        ui.ui(&format!(
            "archetype-{}",
            snake(&format!("{:?}", s.archetype))
        )),
        ui.ui(&format!(
            "difficulty-{}",
            snake(&format!("{:?}", s.difficulty))
        )),
    )
}

fn snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}
