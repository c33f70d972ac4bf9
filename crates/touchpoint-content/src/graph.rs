//! An encounter as a graph: Graphviz DOT, Mermaid, or SVG laid out in-process by
//! `layout-rs` (no Graphviz needed).
//!
//! - Decision nodes are boxes filled by the customer's typical mood on arrival
//!   (red furious, orange upset, yellow wary, green calm or warm, grey never reached).
//! - Endings are shaped by outcome: resolved a double circle, sale a double octagon,
//!   escalated an octagon, customer left an inverted house, no sale a house (in SVG,
//!   which has fewer shapes: double circle for resolved and sale, rounded box for
//!   escalated, circle for the others), and filled by outcome.
//! - A reply that breaks a critical technique (a taboo, over-promising) is a red edge
//!   marked ⚠; a reply whose target depends on a random reaction is dashed, one edge
//!   per target; a conditional goto (`goto_if`) is an edge labelled `if …` with the
//!   condition (its fallback `goto` labelled `else`), and a reaction drawn only under a
//!   condition says `when …`; the escalation rule is a dotted edge from a ⚡ node.

use std::fmt::Write;

use touchpoint_engine::Catalog;
use touchpoint_engine::mood::{Mood, MoodBand};
use touchpoint_engine::scenario::{Choice, Cond, CondGoto, Outcome, Scenario};

fn mood_fill(m: Option<Mood>) -> &'static str {
    match m.map(Mood::band) {
        None => "#dddddd",
        Some(MoodBand::Furious) => "#f4a09c",
        Some(MoodBand::Upset) => "#f8c9a0",
        Some(MoodBand::Wary) => "#f7e7a1",
        Some(MoodBand::Calm) => "#cfe8c8",
        Some(MoodBand::Warm) => "#a8d8a0",
    }
}

fn outcome_fill(o: Outcome) -> &'static str {
    match o {
        Outcome::Resolved | Outcome::Sale => "#8fd18a",
        Outcome::Escalated => "#e57373",
        Outcome::CustomerLeft | Outcome::NoSale => "#bdbdbd",
    }
}

fn dot_shape(o: Outcome, svg: bool) -> &'static str {
    match (o, svg) {
        (Outcome::Resolved, _) | (Outcome::Sale, true) => "doublecircle",
        (Outcome::Sale, false) => "doubleoctagon",
        (Outcome::Escalated, false) => "octagon",
        (Outcome::Escalated, true) => "Mrecord",
        (Outcome::CustomerLeft, false) => "invhouse",
        (Outcome::NoSale, false) => "house",
        (_, true) => "circle",
    }
}

/// One edge of the drawing: a reply (or one of its random reactions) to a node.
struct Edge<'a> {
    from: &'a str,
    to: &'a str,
    label: String,
    taboo: bool,
    random: bool,
}

fn is_taboo(catalog: &Catalog, c: &Choice) -> bool {
    c.breaks.iter().any(|t| catalog.is_taboo(t))
}

/// A condition in a few words, for an edge label: `anger ≥ 70`, `said x`, `¬(…)`.
pub fn cond_label(c: &Cond) -> String {
    let list = |cs: &[Cond], sep: &str| {
        let parts: Vec<String> = cs
            .iter()
            .map(|c| match c {
                Cond::All(_) | Cond::Any(_) => format!("({})", cond_label(c)),
                _ => cond_label(c),
            })
            .collect();
        parts.join(sep)
    };
    match c {
        Cond::AngerBelow(v) => format!("anger < {v}"),
        Cond::AngerAtLeast(v) => format!("anger ≥ {v}"),
        Cond::TrustBelow(v) => format!("trust < {v}"),
        Cond::TrustAtLeast(v) => format!("trust ≥ {v}"),
        Cond::PatienceBelow(v) => format!("patience < {v}"),
        Cond::PatienceAtLeast(v) => format!("patience ≥ {v}"),
        Cond::Said(x) => format!("said {x}"),
        Cond::Visited(x) => format!("visited {x}"),
        Cond::Flag(x) => format!("flag {x}"),
        Cond::All(cs) => list(cs, " and "),
        Cond::Any(cs) => list(cs, " or "),
        Cond::Not(c) => format!("not ({})", cond_label(c)),
    }
}

/// The targets of one routing (`goto_if`, then `goto`), each with its label suffix:
/// `if …` for a condition, `else` for the fallback after conditions.
fn routes<'a>(goto_if: &'a [CondGoto], goto: Option<&'a str>) -> Vec<(&'a str, String)> {
    let mut out: Vec<(&str, String)> = goto_if
        .iter()
        .map(|g| (g.goto.as_str(), format!("if {}", cond_label(&g.when))))
        .collect();
    if let Some(g) = goto {
        let tag = if goto_if.is_empty() { "" } else { "else" };
        out.push((g, tag.to_string()));
    }
    out
}

fn edges<'a>(s: &'a Scenario, catalog: &Catalog) -> Vec<Edge<'a>> {
    let mut out = Vec::new();
    let with = |label: &str, tags: &[&str]| {
        let tags: Vec<&str> = tags.iter().copied().filter(|t| !t.is_empty()).collect();
        if tags.is_empty() {
            label.to_string()
        } else {
            format!("{label} [{}]", tags.join("; "))
        }
    };
    for n in &s.nodes {
        for c in &n.choices {
            let taboo = is_taboo(catalog, c);
            let label = if taboo {
                format!("⚠ {}", c.id)
            } else {
                c.id.clone()
            };
            let own = routes(&c.goto_if, c.goto.as_deref());
            if c.reactions.is_empty() {
                for (to, tag) in own {
                    out.push(Edge {
                        from: &n.id,
                        to,
                        label: with(&label, &[tag.as_str()]),
                        taboo,
                        random: false,
                    });
                }
                continue;
            }
            // One edge per distinct target and label: a reaction's routing overrides the
            // reply's; with every reaction conditional, the reply may have none.
            let mut seen: Vec<(&str, String)> = Vec::new();
            let mut add = |to: &'a str, text: String| {
                if !seen.iter().any(|(t, l)| *t == to && *l == text) {
                    seen.push((to, text.clone()));
                    out.push(Edge {
                        from: &n.id,
                        to,
                        label: text,
                        taboo,
                        random: true,
                    });
                }
            };
            for r in &c.reactions {
                let when = r
                    .when
                    .as_ref()
                    .map(|w| format!("when {}", cond_label(w)))
                    .unwrap_or_default();
                let mut mine = routes(&r.goto_if, r.goto.as_deref());
                if r.goto.is_none() {
                    mine.extend(own.iter().cloned());
                }
                for (to, tag) in mine {
                    add(to, with(&label, &[when.as_str(), tag.as_str()]));
                }
            }
            if c.may_draw_none() {
                for (to, tag) in &own {
                    add(to, with(&label, &["no reaction", tag.as_str()]));
                }
            }
        }
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Graphviz DOT. `svg` restricts shapes and attributes to what layout-rs draws.
pub fn dot(s: &Scenario, catalog: &Catalog, moods: &[Option<Mood>], svg: bool) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "digraph \"{}\" {{", esc(&s.id));
    if !svg {
        let _ = writeln!(
            o,
            "  // Fill: typical mood on arrival (red furious, orange upset, yellow wary, green calm).\n  // Endings shaped by outcome; red ⚠ edges break a critical technique; dashed edges depend on a random reaction."
        );
        let _ = writeln!(
            o,
            "  rankdir=TB; node [fontname=\"sans-serif\", fontsize=11]; edge [fontname=\"sans-serif\", fontsize=9];"
        );
    }
    for (i, n) in s.nodes.iter().enumerate() {
        let m = moods.get(i).copied().flatten();
        match &n.ending {
            Some(e) => {
                let _ = writeln!(
                    o,
                    "  \"{}\" [label=\"{}\\n{} {}\", shape={}, style=filled, fillcolor=\"{}\"];",
                    esc(&n.id),
                    esc(&n.id),
                    e.outcome.as_str(),
                    e.score,
                    dot_shape(e.outcome, svg),
                    outcome_fill(e.outcome)
                );
            }
            None => {
                let mood = m
                    .map(|m| format!("\\nA{} T{} P{}", m.anger, m.trust, m.patience))
                    .unwrap_or_default();
                let timer = n.time_limit.map(|t| format!(" ⏱{t}s")).unwrap_or_default();
                let start = if n.id == s.start { "▶ " } else { "" };
                let _ = writeln!(
                    o,
                    "  \"{}\" [label=\"{start}{}{timer}{mood}\", shape=box, style=filled, fillcolor=\"{}\"];",
                    esc(&n.id),
                    esc(&n.id),
                    mood_fill(m)
                );
            }
        }
    }
    for e in edges(s, catalog) {
        let mut attrs = format!("label=\"{}\"", esc(&e.label));
        if e.taboo {
            attrs.push_str(", color=\"red\"");
            if !svg {
                attrs.push_str(", fontcolor=\"red\", penwidth=2");
            }
        }
        if e.random {
            attrs.push_str(", style=\"dashed\"");
        }
        let _ = writeln!(o, "  \"{}\" -> \"{}\" [{attrs}];", esc(e.from), esc(e.to));
    }
    if let Some(x) = &s.escalation {
        let rule: Vec<String> = x
            .anger_at_least
            .map(|a| format!("anger ≥ {a}"))
            .into_iter()
            .chain(x.patience_at_most.map(|p| format!("patience ≤ {p}")))
            .collect();
        let _ = writeln!(
            o,
            "  \"⚡ escalation\" [label=\"⚡ {}\", shape=box, fillcolor=\"#fff3e0\", style=filled];",
            rule.join(" | ")
        );
        let _ = writeln!(
            o,
            "  \"⚡ escalation\" -> \"{}\" [style=\"dashed\", color=\"orange\"];",
            esc(&x.goto)
        );
    }
    o.push_str("}\n");
    o
}

/// Mermaid `flowchart`, for Markdown viewers (GitHub, GitLab, Obsidian…).
pub fn mermaid(s: &Scenario, catalog: &Catalog, moods: &[Option<Mood>]) -> String {
    // Prefix ids: `end` and friends are Mermaid keywords.
    let id = |x: &str| format!("n_{x}");
    let mut o = String::from("flowchart TD\n");
    for (i, n) in s.nodes.iter().enumerate() {
        let m = moods.get(i).copied().flatten();
        let (open, close, fill) = match &n.ending {
            Some(e) => {
                let (a, b) = match e.outcome {
                    Outcome::Resolved => ("((", "))"),
                    Outcome::Sale => ("(((", ")))"),
                    Outcome::Escalated => ("{{", "}}"),
                    Outcome::CustomerLeft => ("[/", "\\]"),
                    Outcome::NoSale => ("[\\", "/]"),
                };
                (a, b, outcome_fill(e.outcome))
            }
            None => ("[", "]", mood_fill(m)),
        };
        let label = match (&n.ending, m) {
            (Some(e), _) => format!("{}<br/>{} {}", n.id, e.outcome.as_str(), e.score),
            (None, Some(m)) => format!("{}<br/>A{} T{} P{}", n.id, m.anger, m.trust, m.patience),
            (None, None) => n.id.clone(),
        };
        let start = if n.id == s.start { "▶ " } else { "" };
        let _ = writeln!(o, "  {}{open}\"{start}{label}\"{close}", id(&n.id));
        let _ = writeln!(o, "  style {} fill:{fill}", id(&n.id));
    }
    let mut red = Vec::new();
    for (k, e) in edges(s, catalog).into_iter().enumerate() {
        let arrow = if e.random { "-.->" } else { "-->" };
        let label = e.label.replace('"', "'");
        let _ = writeln!(o, "  {} {arrow}|\"{label}\"| {}", id(e.from), id(e.to));
        if e.taboo {
            red.push(k.to_string());
        }
    }
    if !red.is_empty() {
        let _ = writeln!(
            o,
            "  linkStyle {} stroke:#d32f2f,stroke-width:2px",
            red.join(",")
        );
    }
    o
}

/// SVG drawn in-process by layout-rs.
pub fn svg(s: &Scenario, catalog: &Catalog, moods: &[Option<Mood>]) -> Result<String, String> {
    use layout::backends::svg::SVGWriter;
    use layout::gv::{DotParser, GraphBuilder};
    let text = dot(s, catalog, moods, true);
    let graph = DotParser::new(&text)
        .process()
        .map_err(|e| format!("internal DOT could not be parsed: {e}"))?;
    // layout-rs asserts on graphs it cannot lay out; keep a bad graph from taking the
    // whole command down.
    std::panic::catch_unwind(move || {
        let mut gb = GraphBuilder::new();
        gb.visit_graph(&graph);
        let mut vg = gb.get();
        let mut w = SVGWriter::new();
        vg.do_it(false, false, false, &mut w);
        w.finalize()
    })
    .map(|svg| sorted_styles(&svg))
    .map_err(|_| "the layout engine could not lay this graph out; use --format dot".to_string())
}

/// layout-rs writes its font classes from a `HashMap`, in an order that changes from
/// one drawing to the next: sorted, the same encounter always draws to the same bytes.
fn sorted_styles(svg: &str) -> String {
    let (Some(open), Some(close)) = (svg.find("<style>\n"), svg.find("</style>")) else {
        return svg.to_string();
    };
    let from = open + "<style>\n".len();
    if close < from {
        return svg.to_string();
    }
    let mut rules: Vec<&str> = svg[from..close].lines().collect();
    rules.sort_unstable();
    let mut out = String::with_capacity(svg.len());
    out.push_str(&svg[..from]);
    for r in rules {
        out.push_str(r);
        out.push('\n');
    }
    out.push_str(&svg[close..]);
    out
}
