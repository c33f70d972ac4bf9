//! `touchpoint package --cmi5`: the course as a cmi5 package for an LMS
//! (`touchpoint_results::cmi5`).

use std::io::IsTerminal;

use super::PackageArgs;
use touchpoint_content::course::described;
use touchpoint_content::locale::{SUPPORTED, negotiate};
use touchpoint_content::outfile::{is_stdout, shown};
use touchpoint_content::report::Printer;
use touchpoint_results::cmi5::{self, Cmi5Options};

pub fn run(args: &PackageArgs) -> i32 {
    // Both languages always; --locale only says which comes first.
    let first = match args.locale.as_deref() {
        None => touchpoint_content::locale::DEFAULT_LOCALE,
        Some(l) => match negotiate(l) {
            Some(l) => l,
            None => {
                eprintln!(
                    "error: unsupported locale `{l}`; expected one of: {}",
                    SUPPORTED.join(", ")
                );
                return 2;
            }
        },
    };
    // The command line's mistakes first, before any file is read.
    let server = match cmi5::check_server(&args.server) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: --server: {e}");
            return 2;
        }
    };
    if let Err(e) = touchpoint_results::xapi::check_base(&args.xapi_base) {
        eprintln!("error: --xapi-base: {e}");
        return 2;
    }
    let locales: Vec<&str> = std::iter::once(first)
        .chain(SUPPORTED.iter().copied().filter(|l| *l != first))
        .collect();
    let mut printer = Printer::for_stream(std::io::stderr().is_terminal());
    let course = match described(&args.course, &locales) {
        Ok((course, warnings)) => {
            for w in &warnings {
                eprintln!("{}", printer.render(w));
            }
            course
        }
        Err(reports) => {
            for r in &reports {
                eprintln!("{}", printer.render(r));
            }
            eprintln!(
                "error: {} is not a course that can be packaged; no package was written",
                args.course.display()
            );
            return 1;
        }
    };
    let opts = Cmi5Options {
        server: server.clone(),
        base: args.xapi_base.clone(),
    };
    let zip = match cmi5::course_structure(&course, &opts).and_then(|x| cmi5::package(&x)) {
        Ok(z) => z,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    if let Err(e) = touchpoint_content::files::write_atomic(&args.out, &zip) {
        eprintln!("error: cannot write {}: {e}", shown(&args.out));
        return 1;
    }
    if !is_stdout(&args.out) {
        let aus: usize = course.modules.iter().map(|m| m.encounters.len()).sum();
        eprintln!(
            "{}: cmi5 package of course `{}`: {} blocks (modules), {aus} AUs (encounters) \
             launched at {server}{}?scenario=…",
            args.out.display(),
            course.id,
            course.modules.len(),
            cmi5::LAUNCH_PATH,
        );
    }
    0
}
