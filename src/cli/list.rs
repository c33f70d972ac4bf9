use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;

use super::term::pad;
use crate::adapters::encounter;
use crate::adapters::files::scenario_files;
use crate::engine::Scenario;

pub fn run(paths: &[PathBuf], locale: Option<&str>) -> i32 {
    let locale = match super::pick_locale(locale) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let paths = match super::paths_or_scenarios(paths) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let files = scenario_files(&paths);
    if files.is_empty() {
        eprintln!("error: no scenario files found");
        return 1;
    }
    let mut bad = 0;
    println!(
        "{:<28} {} {} {:>6} {:>10}  title",
        "id",
        pad("archetype", 14),
        pad("difficulty", 13),
        "nodes",
        "decisions"
    );
    for f in files {
        let (enc, reports) = encounter::load(&f);
        let Some(enc) = enc else {
            bad += 1;
            let n = reports.iter().filter(|r| r.is_error()).count();
            println!(
                "{:<28} invalid: {n} error(s); run `touchpoint validate {}`",
                f.display(),
                f.display()
            );
            continue;
        };
        let t = enc.texts(locale);
        let s = &enc.scenario;
        let (short, long) = decision_range(s);
        let len = match long {
            Some(l) if l != short => format!("{short}-{l}"),
            Some(_) => short.to_string(),
            None => format!("{short}+"),
        };
        let arche = t.ui(&format!(
            "archetype-{}",
            snake(&format!("{:?}", s.archetype))
        ));
        let diff = t.ui(&format!(
            "difficulty-{}",
            snake(&format!("{:?}", s.difficulty))
        ));
        println!(
            "{:<28} {} {} {:>6} {:>10}  {}",
            s.id,
            pad(&arche, 14),
            pad(&diff, 13),
            s.nodes.len(),
            len,
            t.text("title")
        );
    }
    if bad > 0 { 1 } else { 0 }
}

pub(crate) fn snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Fewest and most decisions from the start to an ending, ignoring conditions.
/// The maximum is `None` when the graph has a cycle.
pub fn decision_range(s: &Scenario) -> (usize, Option<usize>) {
    let index: HashMap<&str, usize> = s
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let succ: Vec<Vec<usize>> = s
        .nodes
        .iter()
        .map(|n| {
            let mut v: Vec<usize> = n
                .choices
                .iter()
                .flat_map(|c| {
                    c.goto
                        .iter()
                        .chain(c.reactions.iter().filter_map(|r| r.goto.as_ref()))
                })
                .filter_map(|g| index.get(g.as_str()).copied())
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let Some(&start) = index.get(s.start.as_str()) else {
        return (0, Some(0));
    };
    let mut dist = vec![usize::MAX; s.nodes.len()];
    dist[start] = 0;
    let mut q = VecDeque::from([start]);
    let mut short = 0;
    while let Some(i) = q.pop_front() {
        if s.nodes[i].ending.is_some() {
            short = dist[i];
            break;
        }
        for &j in &succ[i] {
            if dist[j] == usize::MAX {
                dist[j] = dist[i] + 1;
                q.push_back(j);
            }
        }
    }
    // Longest path by DFS with colours; a back edge means a cycle.
    let mut memo: Vec<Option<usize>> = vec![None; s.nodes.len()];
    let mut state = vec![0u8; s.nodes.len()];
    let mut stack = vec![(start, 0usize)];
    state[start] = 1;
    while let Some(&mut (i, ref mut k)) = stack.last_mut() {
        if *k < succ[i].len() {
            let j = succ[i][*k];
            *k += 1;
            match state[j] {
                0 => {
                    state[j] = 1;
                    stack.push((j, 0));
                }
                1 => return (short, None),
                _ => {}
            }
        } else {
            let best = succ[i]
                .iter()
                .filter_map(|&j| memo[j])
                .max()
                .map(|m| m + 1)
                .unwrap_or(0);
            memo[i] = Some(best);
            state[i] = 2;
            stack.pop();
        }
    }
    (short, memo[start])
}
