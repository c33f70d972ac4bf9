use std::path::PathBuf;

use crate::adapters::encounter;
use crate::adapters::files::{catalog_files, scenario_files};
use crate::adapters::report::tidy;

pub fn run(paths: &[PathBuf], deny_warnings: bool) -> i32 {
    let files = scenario_files(paths);
    let mut catalogs = catalog_files(paths);
    catalogs.sort();
    catalogs.dedup();
    let mut reports = Vec::new();
    for p in paths {
        if !p.exists() {
            eprintln!("{}: error: no such file or folder", p.display());
            return 1;
        }
    }
    if files.is_empty() && catalogs.is_empty() {
        eprintln!(
            "error: no scenario files (*.ron) found in {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        return 1;
    }
    for f in &catalogs {
        reports.extend(encounter::check_catalog(f));
    }
    for f in &files {
        let (_, r) = encounter::load(f);
        reports.extend(r);
    }
    let files: Vec<_> = catalogs.iter().chain(&files).collect();
    tidy(&mut reports);
    let errors = reports.iter().filter(|r| r.is_error()).count();
    let warnings = reports.len() - errors;
    for r in &reports {
        println!("{r}");
    }
    let failed = errors > 0 || (deny_warnings && warnings > 0);
    if failed {
        eprintln!(
            "{} file(s) checked: {errors} error(s), {warnings} warning(s)",
            files.len()
        );
        1
    } else {
        eprintln!(
            "{} file(s) checked: all valid ({warnings} warning(s))",
            files.len()
        );
        0
    }
}
