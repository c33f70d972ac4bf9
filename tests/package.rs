//! `touchpoint package --cmi5` (issue 17): a zip holding `cmi5.xml` that the cmi5
//! schema (`tests/fixtures/cmi5/CourseStructure.xsd`) accepts, checked with
//! `xmllint --schema` (Debian package `libxml2-utils`: without it these checks say so
//! and pass, except under CI (`CI=true`), where a missing xmllint is a failure). The
//! course is there in both languages, a block per module in teaching order, an AU per
//! encounter launched on the course server, moving on when passed and with no
//! masteryScore; bad input is refused with a located or clear error and no file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use touchpoint::content::course::{course_texts, load_course};
use touchpoint::results::cmi5::NAMESPACE;
use touchpoint::results::xapi::{self, DEFAULT_BASE, XapiOptions};

use crate::common::{has_located_error, load, root, stderr, touchpoint};

const SERVER: &str = "https://training.example.com";

/// `touchpoint package --cmi5 ARGS`.
fn package(args: &[&str]) -> Output {
    let mut all = vec!["package", "--cmi5"];
    all.extend_from_slice(args);
    touchpoint(&all)
}

/// `touchpoint package --cmi5 --server SERVER --out OUT --course COURSE EXTRA`.
fn package_to(course: &Path, server: &str, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "--server",
        server,
        "--out",
        out.to_str().unwrap(),
        "--course",
        course.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    package(&args)
}

/// Packages `course` for `server` into `dir/course.zip` (with `extra` arguments);
/// the `cmi5.xml` in it, after checking that it is the zip's only entry.
fn packaged(course: &Path, server: &str, dir: &Path, extra: &[&str]) -> String {
    let out = dir.join("course.zip");
    let o = package_to(course, server, &out, extra);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    cmi5_xml(&out)
}

fn cmi5_xml(zip_path: &Path) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(zip_path).unwrap()).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert_eq!(
        names,
        ["cmi5.xml"],
        "the course structure at the zip's root"
    );
    let mut xml = String::new();
    zip.by_name("cmi5.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

fn shipped_course() -> PathBuf {
    root().join("scenarios/course.ron")
}

/// `xmllint --noout --schema CourseStructure.xsd` on `xml` (written into `dir`); `None`
/// when this machine has no xmllint, which fails under CI.
fn schema_check(xml: &str, dir: &Path) -> Option<Output> {
    let file = dir.join("checked-cmi5.xml");
    std::fs::write(&file, xml).unwrap();
    let xsd = crate::common::fixtures().join("cmi5/CourseStructure.xsd");
    match Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&file)
        .output()
    {
        Ok(o) => Some(o),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("CI").is_err(),
                "CI needs xmllint to check the cmi5 package: apt-get install libxml2-utils"
            );
            eprintln!(
                "package: no xmllint here (apt-get install libxml2-utils); the schema check is not run"
            );
            None
        }
        Err(e) => panic!("cannot run xmllint: {e}"),
    }
}

/// That the schema accepts `xml` (when xmllint is here).
fn assert_schema_valid(xml: &str, dir: &Path) {
    if let Some(o) = schema_check(xml, dir) {
        assert!(
            o.status.success() && stderr(&o).contains("validates"),
            "xmllint: {}\n{xml}",
            stderr(&o)
        );
    }
}

/// An element of the parsed course structure: local name, attributes (unescaped),
/// text (unescaped) and children.
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: BTreeMap<String, String>,
    text: String,
    children: Vec<El>,
}

impl El {
    fn all(&self, name: &str) -> Vec<&El> {
        self.children.iter().filter(|c| c.name == name).collect()
    }

    fn one(&self, name: &str) -> &El {
        match self.all(name).as_slice() {
            [one] => one,
            other => panic!("{} <{name}> in <{}>", other.len(), self.name),
        }
    }

    /// The `(lang, text)` of each `langstring` of child `name` (`title`, `description`).
    fn langs(&self, name: &str) -> Vec<(String, String)> {
        self.one(name)
            .all("langstring")
            .iter()
            .map(|l| (l.attrs["lang"].clone(), l.text.clone()))
            .collect()
    }
}

/// Parses the course structure with an independent XML reader (quick-xml): entity and
/// character references resolved, so escaping is checked by reading it back.
fn parse(xml: &str) -> El {
    use quick_xml::events::{BytesStart, Event};
    let open = |e: &BytesStart| El {
        name: e.local_name().as_ref().to_string(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.expect("a well-formed attribute");
                (
                    a.key.as_ref().to_string(),
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .expect("an attribute value")
                        .into_owned(),
                )
            })
            .collect(),
        ..El::default()
    };
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack = vec![El::default()];
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => stack.push(open(&e)),
            Event::Empty(e) => {
                let el = open(&e);
                stack.last_mut().unwrap().children.push(el);
            }
            Event::End(_) => {
                let el = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(el);
            }
            Event::Text(t) => stack.last_mut().unwrap().text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().expect("a character reference") {
                    Some(c) => c,
                    None => match &*r {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => panic!("unknown entity &{other};"),
                    },
                };
                stack.last_mut().unwrap().text.push(c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    let mut doc = stack.pop().unwrap();
    assert_eq!(doc.children.len(), 1, "one root element");
    let root = doc.children.pop().unwrap();
    assert_eq!(root.name, "courseStructure");
    assert_eq!(root.attrs["xmlns"], NAMESPACE);
    root
}

/// A project of one encounter (the hotel's) in a temporary folder: scenarios/ with
/// the catalog, the encounter and `course` as course.ron; locales/ with each
/// locale's catalog, encounter texts (its title replaced by `titles[locale]`, when
/// given) and `course_ftl[locale]` as course.ftl.
fn one_encounter_project(
    course: &str,
    course_ftl: &[(&str, &str)],
    titles: &[(&str, &str)],
) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let sc = d.path().join("scenarios");
    std::fs::create_dir_all(&sc).unwrap();
    for f in ["catalog.ron", "hotel_allergy_request.ron"] {
        std::fs::copy(root().join("scenarios").join(f), sc.join(f)).unwrap();
    }
    std::fs::write(sc.join("course.ron"), course).unwrap();
    for (locale, ftl) in course_ftl {
        let dir = d.path().join("locales").join(locale);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(
            root().join("locales").join(locale).join("catalog.ftl"),
            dir.join("catalog.ftl"),
        )
        .unwrap();
        let texts = std::fs::read_to_string(
            root()
                .join("locales")
                .join(locale)
                .join("hotel_allergy_request.ftl"),
        )
        .unwrap();
        let texts = match titles.iter().find(|(l, _)| l == locale) {
            Some((_, title)) => texts
                .lines()
                .map(|l| {
                    if l.starts_with("title =") {
                        format!("title = {title}")
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            None => texts,
        };
        std::fs::write(dir.join("hotel_allergy_request.ftl"), texts).unwrap();
        std::fs::write(dir.join("course.ftl"), ftl).unwrap();
    }
    d
}

const ONE_COURSE: &str = r#"Course(
    id: "one_course",
    modules: [
        (id: "only_module", encounters: ["hotel_allergy_request"]),
    ],
)
"#;

/// Course texts with every character XML must escape.
const ONE_FTL: [(&str, &str); 2] = [
    (
        "zh-CN",
        "one_course = 汤姆 & 杰瑞的<\"最好\">课程 ]]>\n    .description = 甲 & 乙 < 丙 > 丁 \"引号\" 'single'\nonly_module = 模块 <1> & \"更多\"\n    .goal = 学 & 练\n",
    ),
    (
        "en-US",
        "one_course = Tom & Jerry's <\"best\"> course ]]>\n    .description = A & B < C > D \"quoted\" 'single'\nonly_module = Module <1> & \"more\"\n    .goal = Learn & practise\n",
    ),
];

const ONE_TITLES: [(&str, &str); 2] = [
    ("zh-CN", "花生 & \"过敏\" <难>"),
    ("en-US", "Peanuts & \"allergies\" <hard> 'really'"),
];

#[test]
fn the_shipped_course_packages_into_a_cmi5_xml_the_schema_accepts() {
    let d = tempfile::tempdir().unwrap();
    let xml = packaged(&shipped_course(), SERVER, d.path(), &[]);
    assert_schema_valid(&xml, d.path());
    // The check is live: a course structure with an AU missing its url, or with a
    // masteryScore above 1, is refused.
    let broken = [
        xml.replacen("<url>", "<link>", 1)
            .replacen("</url>", "</link>", 1),
        xml.replacen("moveOn=\"Passed\"", "masteryScore=\"1.5\"", 1),
    ];
    for b in broken {
        if let Some(o) = schema_check(&b, d.path()) {
            assert!(!o.status.success(), "xmllint accepted:\n{b}");
        }
    }
}

#[test]
fn a_course_of_one_encounter_packages_and_validates_with_its_texts_escaped() {
    let p = one_encounter_project(ONE_COURSE, &ONE_FTL, &ONE_TITLES);
    let course = p.path().join("scenarios/course.ron");
    let xml = packaged(&course, SERVER, p.path(), &[]);
    assert_schema_valid(&xml, p.path());
    // Read back by an XML parser, every text is exactly what the Fluent files say.
    let cs = parse(&xml);
    let c = cs.one("course");
    assert_eq!(
        c.langs("title"),
        [
            (
                "zh-CN".to_string(),
                "汤姆 & 杰瑞的<\"最好\">课程 ]]>".to_string()
            ),
            (
                "en-US".to_string(),
                "Tom & Jerry's <\"best\"> course ]]>".to_string()
            ),
        ]
    );
    assert_eq!(
        c.langs("description")[1].1,
        "A & B < C > D \"quoted\" 'single'"
    );
    let block = cs.one("block");
    assert_eq!(block.langs("title")[1].1, "Module <1> & \"more\"");
    assert_eq!(block.langs("description")[0].1, "学 & 练");
    let au = block.one("au");
    assert_eq!(
        au.langs("title"),
        [
            ("zh-CN".to_string(), ONE_TITLES[0].1.to_string()),
            ("en-US".to_string(), ONE_TITLES[1].1.to_string()),
        ]
    );
    assert_eq!(
        au.one("url").text,
        format!("{SERVER}/cmi5/launch?scenario=hotel_allergy_request")
    );
    assert_eq!(
        au.attrs["id"],
        xapi::encounter_activity_id(DEFAULT_BASE, "hotel_allergy_request")
    );
    assert!(cs.all("au").is_empty(), "every AU is in its module's block");
}

/// Every module of the shipped course is a block, in teaching order, with its name
/// and goal in both languages; every encounter an AU in playing order with its title
/// and scene, its launch URL, `moveOn="Passed"`, `launchMethod="AnyWindow"` and no
/// masteryScore; `--locale` puts its language first.
#[test]
fn every_module_is_a_block_in_order_and_every_encounter_an_au_in_both_languages() {
    let d = tempfile::tempdir().unwrap();
    let path = shipped_course();
    let (course, _) = load_course(&path).unwrap();
    let texts: BTreeMap<&str, _> = ["zh-CN", "en-US"]
        .into_iter()
        .map(|l| (l, course_texts(&path, l)))
        .collect();
    for (flag, order) in [
        (None, ["zh-CN", "en-US"]),
        (Some("en-US"), ["en-US", "zh-CN"]),
        (Some("zh"), ["zh-CN", "en-US"]),
    ] {
        let extra: Vec<&str> = flag.map(|l| vec!["--locale", l]).unwrap_or_default();
        // A trailing slash is dropped; a path in front of /cmi5 is kept.
        let xml = packaged(
            &path,
            "https://lms.example.com/touchpoint/",
            d.path(),
            &extra,
        );
        assert!(!xml.contains("masteryScore"), "{xml}");
        let cs = parse(&xml);
        let both = |id: &str, attr: Option<&str>| -> Vec<(String, String)> {
            order
                .iter()
                .map(|l| {
                    let t = &texts[l];
                    let s = match attr {
                        Some(a) => t.attr(id, a).unwrap(),
                        None => t.text(id),
                    };
                    (l.to_string(), s)
                })
                .collect()
        };
        let c = cs.one("course");
        assert_eq!(
            c.attrs["id"],
            format!("{DEFAULT_BASE}/courses/frontline_service_course")
        );
        assert_eq!(c.langs("title"), both(&course.id, None));
        assert_eq!(
            c.langs("description"),
            both(&course.id, Some("description"))
        );
        let blocks = cs.all("block");
        assert_eq!(blocks.len(), course.modules.len());
        for (b, m) in blocks.iter().zip(&course.modules) {
            assert_eq!(
                b.attrs["id"],
                format!(
                    "{DEFAULT_BASE}/courses/frontline_service_course/modules/{}",
                    m.id
                )
            );
            assert_eq!(b.langs("title"), both(&m.id, None));
            assert_eq!(b.langs("description"), both(&m.id, Some("goal")));
            let aus = b.all("au");
            let ids: Vec<&str> = aus.iter().map(|a| a.attrs["id"].as_str()).collect();
            let want: Vec<String> = m
                .encounters
                .iter()
                .map(|e| xapi::encounter_activity_id(DEFAULT_BASE, e))
                .collect();
            assert_eq!(ids, want, "module {}", m.id);
            for (au, e) in aus.iter().zip(&m.encounters) {
                let enc = load(&root().join("scenarios").join(format!("{e}.ron")));
                let of = |msg: &str| -> Vec<(String, String)> {
                    order
                        .iter()
                        .map(|l| (l.to_string(), enc.texts(l).text(msg)))
                        .collect()
                };
                assert_eq!(au.langs("title"), of("title"), "{e}");
                assert_eq!(au.langs("description"), of("setting"), "{e}");
                assert_eq!(
                    au.one("url").text,
                    format!("https://lms.example.com/touchpoint/cmi5/launch?scenario={e}")
                );
                assert_eq!(au.attrs.get("moveOn").map(String::as_str), Some("Passed"));
                assert_eq!(
                    au.attrs.get("launchMethod").map(String::as_str),
                    Some("AnyWindow")
                );
                let mut names: Vec<&str> = au.attrs.keys().map(String::as_str).collect();
                names.sort();
                assert_eq!(
                    names,
                    ["id", "launchMethod", "moveOn"],
                    "{e}: no masteryScore"
                );
            }
        }
        assert!(cs.all("au").is_empty(), "every AU is in its module's block");
    }
}

/// An AU's id is the activity Touchpoint's xAPI statements about that encounter name,
/// with the default IRI base and with the organisation's own; the same course gives
/// the same package, byte for byte.
#[test]
fn an_aus_id_is_the_activity_its_xapi_statements_name_and_packages_are_stable() {
    let d = tempfile::tempdir().unwrap();
    let rec = crate::xapi::hotel(crate::xapi::EXPERT, "en-US", None);
    for (base, extra) in [
        (DEFAULT_BASE, vec![]),
        (
            "https://lrs.example.com/touchpoint",
            vec!["--xapi-base", "https://lrs.example.com/touchpoint"],
        ),
    ] {
        let xml = packaged(&shipped_course(), SERVER, d.path(), &extra);
        let cs = parse(&xml);
        let au = cs
            .all("block")
            .into_iter()
            .flat_map(|b| b.all("au"))
            .find(|a| a.attrs["id"].ends_with("/encounters/hotel_allergy_request"))
            .expect("the hotel's AU");
        let statements = xapi::statements(&rec, &XapiOptions::new(base));
        assert!(!statements.is_empty());
        for s in &statements {
            if s["verb"]["id"] == xapi::VERB_PASSED {
                assert_eq!(s["object"]["id"], au.attrs["id"].as_str());
            }
        }
        assert!(au.attrs["id"].starts_with(base), "{}", au.attrs["id"]);
    }
    let again = |name: &str| {
        let out = d.path().join(name);
        let o = package_to(&shipped_course(), SERVER, &out, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        std::fs::read(out).unwrap()
    };
    assert_eq!(again("a.zip"), again("b.zip"));
}

#[test]
fn a_bad_server_address_or_option_is_refused_with_a_clear_error_and_no_file() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("course.zip");
    let course = shipped_course();
    let run = |server: &str, extra: &[&str]| package_to(&course, server, &out, extra);
    for bad in [
        "",
        "training.example.com",
        "ftp://training.example.com",
        "https://",
        "https:///cmi5",
        "https://training.example.com/?course=1",
        "https://training.example.com/#top",
        "https://admin:secret@training.example.com",
        "https://training example.com",
        "https://培训.example.com",
        "/cmi5/launch",
    ] {
        let o = run(bad, &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{bad:?}: {err}");
        assert!(
            err.starts_with("error: --server: the course server's address must be an absolute http:// or https:// URL"),
            "{bad:?}: {err}"
        );
        assert!(
            err.contains(&format!("{bad:?}")),
            "names what was given: {err}"
        );
        assert!(!out.exists(), "{bad:?}: nothing written");
    }
    for (extra, says) in [
        (
            ["--xapi-base", "touchpoint.training"],
            "error: --xapi-base:",
        ),
        (["--locale", "fr-FR"], "error: unsupported locale `fr-FR`"),
    ] {
        let o = run(SERVER, &extra);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).starts_with(says), "{}", stderr(&o));
        assert!(!out.exists());
    }
    // Without --cmi5 there is no kind of package to build.
    let o = touchpoint(&[
        "package",
        "--server",
        SERVER,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--cmi5"), "{}", stderr(&o));
}

/// What is broken, how (on the project's folder), the file the error is located in,
/// and what it says.
type BrokenCourse = (&'static str, fn(&Path), &'static str, &'static str);

/// A course that does not parse, names an encounter that is not there, names one that
/// does not validate, or lacks its description: each a located error, exit 1, and the
/// package already at --out left as it was.
#[test]
fn a_broken_course_gives_located_errors_and_leaves_the_old_package() {
    let cases: [BrokenCourse; 5] = [
        (
            "unknown encounter",
            (|p: &Path| {
                let course = ONE_COURSE.replace(
                    r#"["hotel_allergy_request"]"#,
                    r#"["hotel_allergy_request", "no_such_encounter"]"#,
                );
                std::fs::write(p.join("scenarios/course.ron"), course).unwrap();
            }),
            "scenarios/course.ron",
            "no encounter `no_such_encounter` in this folder",
        ),
        (
            "does not parse",
            (|p: &Path| {
                std::fs::write(
                    p.join("scenarios/course.ron"),
                    "Course(\n    id: \"one_course\",\n    modules: [\n        (id: \"only_module\" encounters: []),\n",
                )
                .unwrap();
            }),
            "scenarios/course.ron",
            "Expected comma",
        ),
        (
            "missing course file",
            (|p: &Path| std::fs::remove_file(p.join("scenarios/course.ron")).unwrap()),
            "scenarios/course.ron",
            "cannot read file",
        ),
        (
            "encounter does not validate",
            (|p: &Path| {
                let f = p.join("scenarios/hotel_allergy_request.ron");
                let text = std::fs::read_to_string(&f).unwrap();
                let broken = text.replacen("goto: \"", "goto: \"nowhere_", 1);
                assert_ne!(broken, text);
                std::fs::write(f, broken).unwrap();
            }),
            "scenarios/hotel_allergy_request.ron",
            "nowhere_",
        ),
        (
            "no course description in en-US",
            (|p: &Path| {
                std::fs::write(
                    p.join("locales/en-US/course.ftl"),
                    "one_course = A course\nonly_module = The module\n    .goal = To learn\n",
                )
                .unwrap();
            }),
            "locales/en-US/course.ftl",
            "no attribute `.description` of Fluent message `one_course` (the course's description) in en-US",
        ),
    ];
    for (what, breaks, file, says) in cases {
        let p = one_encounter_project(ONE_COURSE, &ONE_FTL, &[]);
        breaks(p.path());
        let out = p.path().join("course.zip");
        std::fs::write(&out, "the old package").unwrap();
        let course = p.path().join("scenarios/course.ron");
        let o = package_to(&course, SERVER, &out, &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{what}: {err}");
        assert!(has_located_error(&err, file), "{what}: {err}");
        assert!(
            err.lines()
                .any(|l| l.contains(file) && l.contains(": error: ") && l.contains(says)),
            "{what}: {err}"
        );
        assert!(
            err.trim_end().ends_with("no package was written"),
            "{what}: {err}"
        );
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "the old package");
        if what == "unknown encounter" {
            // Located at its place in the module's list.
            let text = std::fs::read_to_string(&course).unwrap();
            let (line, col) = text
                .lines()
                .enumerate()
                .find_map(|(i, l)| l.find("\"no_such_encounter\"").map(|c| (i + 1, c + 1)))
                .unwrap();
            let at = format!("{}:{line}:{col}: error: {says}", course.display());
            assert!(err.contains(&at), "{at}\n{err}");
        }
    }
}
