//! A cmi5 course package (`touchpoint package --cmi5`): the course structure
//! `cmi5.xml` (cmi5 "Quartz", section 13; valid against its `CourseStructure.xsd`) in
//! a zip (section 14.1), which an LMS imports to list the course and launch its
//! encounters on the course server.
//!
//! What the LMS sees: the course (title and description), then one `block` per module
//! in teaching order (the module's name and goal), each holding one `au` (assignable
//! unit) per encounter in playing order (its title and scene). Every title and
//! description is there in each language the course was described in, the first one
//! first (`--locale`).
//!
//! Why it looks like this:
//!
//! - An AU's `url` is `{server}/cmi5/launch?scenario={encounter id}`, absolute: the
//!   encounters are not in the zip, the course server plays them, and section 14.1
//!   requires a fully qualified URL for an AU outside the package. At launch the LMS
//!   appends `endpoint`, `fetch`, `actor`, `registration` and `activityId` to it
//!   (section 8.1), after the `scenario` parameter, whose name none of them takes.
//! - Ids are stable IRIs under the xAPI IRI base ([`super::xapi::DEFAULT_BASE`]
//!   unless the organisation set its own): the course `{base}/courses/{course id}`, a
//!   block `{base}/courses/{course id}/modules/{module id}`, and an AU
//!   `{base}/encounters/{encounter id}`, which is
//!   [`super::xapi::encounter_activity_id`]: the very activity Touchpoint's xAPI
//!   export and LRS posting name as the object of an attempt's statements. cmi5 has
//!   the LMS give each AU a launch `activityId` of its own, one that must differ from
//!   the AU's id (8.1.5), and puts the AU's id, unaltered, in every statement's
//!   `grouping` as the "publisher id" (9.6.2.3). So the statements of an encounter
//!   played from the LMS and those exported for the same encounter played on its own
//!   meet in an LRS under one IRI. The same course and base give the same ids every
//!   time, so a package built again updates the course in the LMS instead of adding
//!   a second one.
//! - Every AU has `moveOn="Passed"`: the LMS counts an encounter done when Touchpoint
//!   reports it passed, a block when all its encounters are, the course when all its
//!   blocks are. A module's own pass rule (at least n of m, an average, required
//!   encounters; `list` and the app show it) has no counterpart in cmi5's moveOn, so
//!   the LMS asks every encounter of a module to be passed.
//! - No AU has a `masteryScore`. With one, the LMS would hand the AU a passing score
//!   (section 10.2.4) and cmi5 would require a score at or above it to be reported
//!   `passed`, below it `failed`. Touchpoint decides pass or fail itself: a trainee
//!   who breaks a critical taboo fails whatever the score (a 90 with "promised what
//!   cannot be kept" is a fail), and an encounter's pass mark is its own. A
//!   masteryScore would force a wrong verdict on exactly those attempts.
//! - `launchMethod="AnyWindow"`: the encounter is an ordinary web page; the LMS may
//!   open it in a frame, a new window or the same one.
//!
//! Pure: values in, XML and zip bytes out; no clock (the zip entry carries a fixed
//! date, so the same course gives the same bytes), no IO.

pub mod launch;

use std::fmt::Write as _;
use std::io::Write as _;

use touchpoint_content::course::{DescribedCourse, InLanguages};

use super::html_report::{escape, escape_text};
use super::xapi::{encounter_activity_id, is_http_address, segment};

/// The name the course structure has in the zip (section 14.1: "MUST be named
/// cmi5.xml", at the root).
pub const COURSE_STRUCTURE: &str = "cmi5.xml";

/// The namespace of the course structure (section 14).
pub const NAMESPACE: &str = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

/// The course server's path that launches an encounter from an LMS.
pub const LAUNCH_PATH: &str = "/cmi5/launch";

/// Why no package: a server address or IRI base that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cmi5Error(pub String);

impl std::fmt::Display for Cmi5Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Cmi5Error {}

/// What the package is built with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cmi5Options {
    /// The course server's address as trainees' browsers reach it (checked by
    /// [`check_server`]).
    pub server: String,
    /// The xAPI IRI base of the ids (checked by [`super::xapi::check_base`]).
    pub base: String,
}

/// The course server's address made ready for launch URLs: an absolute `http://` or
/// `https://` URL with a host, in ASCII (an AU's URL follows RFC 1738; write an
/// international domain name in its `xn--` form), without user, query or fragment.
/// A trailing `/` is dropped; a path (a server behind a proxy at
/// `https://example.com/training`) is kept.
pub fn check_server(server: &str) -> Result<String, Cmi5Error> {
    let trimmed = server.trim_end_matches('/');
    if is_http_address(trimmed) && trimmed.is_ascii() {
        Ok(trimmed.to_string())
    } else {
        Err(Cmi5Error(format!(
            "the course server's address must be an absolute http:// or https:// URL with a \
             host, in ASCII, and no user, query, fragment or spaces (for example \
             https://training.example.com), not {server:?}"
        )))
    }
}

/// Where the LMS launches encounter `id`: `{server}/cmi5/launch?scenario={id}`.
pub fn launch_url(server: &str, id: &str) -> String {
    format!(
        "{}{LAUNCH_PATH}?scenario={}",
        server.trim_end_matches('/'),
        segment(id)
    )
}

/// The course's id.
pub fn course_iri(base: &str, course: &str) -> String {
    format!("{}/courses/{}", base.trim_end_matches('/'), segment(course))
}

/// A module's (block's) id.
pub fn block_iri(base: &str, course: &str, module: &str) -> String {
    format!("{}/modules/{}", course_iri(base, course), segment(module))
}

/// The course structure (`cmi5.xml`) of `course`.
pub fn course_structure(course: &DescribedCourse, opts: &Cmi5Options) -> Result<String, Cmi5Error> {
    let server = check_server(&opts.server)?;
    super::xapi::check_base(&opts.base).map_err(|e| Cmi5Error(e.0))?;
    let base = opts.base.as_str();
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(x, "<courseStructure xmlns=\"{NAMESPACE}\">");
    let _ = writeln!(
        x,
        "  <course id=\"{}\">",
        escape(&course_iri(base, &course.id))
    );
    texts(&mut x, 4, "title", &course.title);
    texts(&mut x, 4, "description", &course.description);
    x.push_str("  </course>\n");
    for m in &course.modules {
        let _ = writeln!(
            x,
            "  <block id=\"{}\">",
            escape(&block_iri(base, &course.id, &m.id))
        );
        texts(&mut x, 4, "title", &m.name);
        texts(&mut x, 4, "description", &m.goal);
        for e in &m.encounters {
            // No masteryScore, on purpose: Touchpoint decides pass or fail itself (a
            // critical taboo fails whatever the score), which an LMS-given passing
            // score would overrule. See the module documentation.
            let _ = writeln!(
                x,
                "    <au id=\"{}\" moveOn=\"Passed\" launchMethod=\"AnyWindow\">",
                escape(&encounter_activity_id(base, &e.id))
            );
            texts(&mut x, 6, "title", &e.title);
            texts(&mut x, 6, "description", &e.setting);
            let _ = writeln!(
                x,
                "      <url>{}</url>",
                escape_text(&launch_url(&server, &e.id))
            );
            x.push_str("    </au>\n");
        }
        x.push_str("  </block>\n");
    }
    x.push_str("</courseStructure>\n");
    Ok(x)
}

/// `<{tag}>` with a `langstring` per language.
fn texts(x: &mut String, indent: usize, tag: &str, t: &InLanguages) {
    let pad = " ".repeat(indent);
    let _ = writeln!(x, "{pad}<{tag}>");
    for (lang, text) in t {
        let _ = writeln!(
            x,
            "{pad}  <langstring lang=\"{}\">{}</langstring>",
            escape(lang),
            escape_text(text)
        );
    }
    let _ = writeln!(x, "{pad}</{tag}>");
}

/// The package: a zip holding the course structure as `cmi5.xml` at its root.
pub fn package(course_structure: &str) -> Result<Vec<u8>, Cmi5Error> {
    use zip::write::SimpleFileOptions;
    // A fixed date (the zip format's earliest, 1980-01-01) rather than the clock's:
    // the same course gives the same bytes.
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let failed = |e: &dyn std::fmt::Display| Cmi5Error(format!("cannot build the zip: {e}"));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(COURSE_STRUCTURE, options)
        .map_err(|e| failed(&e))?;
    zip.write_all(course_structure.as_bytes())
        .map_err(|e| failed(&e))?;
    Ok(zip.finish().map_err(|e| failed(&e))?.into_inner())
}
