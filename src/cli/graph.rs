//! `touchpoint graph`: the encounter as DOT, Mermaid or SVG.

use super::out::out;
use super::{GraphArgs, GraphFormat};
use touchpoint_content::graph;
use touchpoint_engine::analysis::typical_moods;

pub fn run(args: &GraphArgs) -> i32 {
    let Some(enc) = super::load_encounter(&args.scenario, "no graph was drawn") else {
        return 1;
    };
    let moods = typical_moods(&enc.scenario, &enc.catalog, args.runs, 0);
    let text = match args.format {
        GraphFormat::Dot => graph::dot(&enc.scenario, &enc.catalog, &moods, false),
        GraphFormat::Mermaid => graph::mermaid(&enc.scenario, &enc.catalog, &moods),
        GraphFormat::Svg => match graph::svg(&enc.scenario, &enc.catalog, &moods) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {e}");
                return 1;
            }
        },
    };
    match &args.out {
        None => {
            out!("{text}");
            0
        }
        Some(path) => match touchpoint_results::record::write_atomic(path, text.as_bytes()) {
            Ok(()) if touchpoint_content::outfile::is_stdout(path) => 0,
            Ok(()) => {
                eprintln!("{}", path.display());
                0
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                1
            }
        },
    }
}
