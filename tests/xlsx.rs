//! The XLSX export read back by a real reader (calamine): four sheets in order, every
//! attempt with its figures, summaries that agree with the attempts, technique counts
//! that agree with the stored feedback, and text that looks like a formula kept as text.

use std::collections::BTreeMap;
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use touchpoint::results::record::AttemptRecord;
use touchpoint::results::store::{Filter, Location, Store};

use crate::common::{import_files, root, stderr, synth_files};

fn tp(store: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("TOUCHPOINT_STORE", store)
        .current_dir(root())
        .output()
        .unwrap()
}

fn num(d: &Data) -> f64 {
    match d {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => panic!("not text: {other:?}"),
    }
}

#[test]
fn the_workbook_reads_back_with_every_attempt_and_consistent_summaries() {
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 80);
    // One trainee whose name a spreadsheet would run as a formula, and a Chinese cohort.
    let first = std::fs::read_dir(&files)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut rec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&first).unwrap()).unwrap();
    rec["trainee"]["name"] = "=HYPERLINK(\"http://x\",\"y\")".into();
    rec["cohort"] = "营业厅一班".into();
    std::fs::write(&first, serde_json::to_vec(&rec).unwrap()).unwrap();

    let store_path = d.path().join("s.sqlite3");
    import_files(&store_path, &files);
    let out = d.path().join("r.xlsx");
    let o = tp(
        &store_path,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
            "--locale",
            "en-US",
            "--quiet",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!d.path().join("r.xlsx.partial").exists());

    let store = Store::open(&Location::Sqlite(store_path)).unwrap();
    let rows = store.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 80);
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Summary", "Attempts", "Competencies", "Broken techniques"]
    );

    // Attempts: a row per attempt in time order, with its numbers as numbers.
    let att = book.worksheet_range("Attempts").unwrap();
    let head: Vec<String> = att.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(&head[..3], ["Attempt ID", "Status", "Trainee ID"]);
    assert_eq!(head[12], "Score");
    assert_eq!(head[18], "Verified (replayed)");
    let comp_cols = &head[19..];
    assert!(!comp_cols.is_empty(), "a column per competency: {head:?}");
    assert_eq!(att.height(), 81);
    // The competency columns: ids in the order first seen, oldest attempt first.
    let comp_ids = rows
        .iter()
        .flat_map(|a| a.competencies.iter().map(|(c, _)| c.clone()))
        .fold(Vec::<String>::new(), |mut v, c| {
            if !v.contains(&c) {
                v.push(c);
            }
            v
        });
    assert_eq!(comp_ids.len(), comp_cols.len());
    for (r, row) in att.rows().skip(1).zip(&rows) {
        assert_eq!(text(&r[0]), row.attempt_id);
        assert_eq!(text(&r[2]), row.trainee_id);
        assert_eq!(text(&r[3]), row.trainee_name, "names stay text, even =…");
        assert_eq!(num(&r[12]) as u32, row.score);
        assert_eq!(
            num(&r[13]),
            f64::from(u8::from(row.passed)),
            "passed: 1 or 0"
        );
        assert!(
            matches!(r[9], Data::DateTime(_)),
            "started is a date: {:?}",
            r[9]
        );
        // Competency scores under their (named) columns.
        assert_eq!(num(&r[18]), 0.0, "imported without its version: unverified");
        for (k, cell) in r[19..].iter().enumerate() {
            match row.competencies.iter().find(|(c, _)| *c == comp_ids[k]) {
                Some((_, v)) => assert_eq!(num(cell) as u32, *v, "{}", comp_ids[k]),
                None => assert_eq!(*cell, Data::Empty),
            }
        }
    }
    assert!(
        att.rows()
            .any(|r| text(&r[3]).starts_with("=HYPERLINK") && text(&r[4]) == "营业厅一班"),
        "the formula-like name is a plain string cell"
    );

    // Summary: one row per trainee and cohort, agreeing with the attempts.
    let mut per: BTreeMap<(String, String), Vec<&touchpoint::results::store::Row>> =
        BTreeMap::new();
    for r in &rows {
        per.entry((r.cohort.clone().unwrap_or_default(), r.trainee_id.clone()))
            .or_default()
            .push(r);
    }
    let sum = book.worksheet_range("Summary").unwrap();
    assert_eq!(sum.height(), per.len() + 1);
    for r in sum.rows().skip(1) {
        let id = text(&r[0]);
        let mine = &per[&(text(&r[2]), id.clone())];
        assert_eq!(num(&r[3]) as usize, mine.len(), "attempts of {id}");
        let finished: Vec<_> = mine.iter().filter(|a| a.status != "abandoned").collect();
        let passes = finished.iter().filter(|a| a.passed).count();
        assert_eq!(num(&r[5]) as usize, passes);
        if let Some(best) = finished.iter().map(|a| a.score).max() {
            assert_eq!(num(&r[7]) as u32, best, "best of {id}");
            assert_eq!(
                num(&r[8]) as u32,
                finished.last().unwrap().score,
                "latest of {id}"
            );
            assert!((num(&r[6]) - passes as f64 / finished.len() as f64).abs() < 1e-9);
        }
        assert_eq!(num(&r[10]), f64::from(u8::from(passes > 0)));
    }

    // Competencies: the average per trainee.
    let cs = book.worksheet_range("Competencies").unwrap();
    let chead: Vec<String> = cs.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(&chead[4..], comp_cols);
    for r in cs.rows().skip(1) {
        let id = text(&r[0]);
        let finished: Vec<_> = per[&(text(&r[2]), id.clone())]
            .iter()
            .filter(|a| a.status != "abandoned")
            .collect();
        for (k, cell) in r[4..].iter().enumerate() {
            let comp = &comp_ids[k];
            let scores: Vec<u32> = finished
                .iter()
                .filter_map(|a| {
                    a.competencies
                        .iter()
                        .find(|(c, _)| c == comp)
                        .map(|(_, v)| *v)
                })
                .collect();
            if scores.is_empty() {
                assert_eq!(*cell, Data::Empty);
            } else {
                let avg = scores.iter().sum::<u32>() as f64 / scores.len() as f64;
                assert!(
                    (num(cell) - avg).abs() < 1e-9,
                    "{id} {comp}: {cell:?} vs {avg}"
                );
            }
        }
    }

    // Broken techniques: counts equal the stored feedback's breaches.
    let mut breaches: BTreeMap<String, u64> = BTreeMap::new();
    for r in &rows {
        let rec = store.get(&r.attempt_id).unwrap().unwrap();
        for f in rec
            .feedback
            .iter()
            .filter(|f| serde_json::to_value(f.kind).unwrap() == "breach")
        {
            *breaches.entry(f.technique.clone()).or_default() += 1;
        }
    }
    let bt = book.worksheet_range("Broken techniques").unwrap();
    assert_eq!(bt.height(), breaches.len() + 1);
    let mut last = f64::INFINITY;
    for r in bt.rows().skip(1) {
        let id = text(&r[0]);
        assert_eq!(num(&r[3]) as u64, breaches[&id], "times {id} was broken");
        assert!(num(&r[3]) <= last, "most often first");
        last = num(&r[3]);
        assert_ne!(text(&r[1]), id, "the technique's name from the catalog");
        if id.starts_with("taboo_") {
            assert_eq!(num(&r[2]), 1.0, "{id} is a critical taboo");
        }
    }
}

/// Plays the fixture encounter (`--locale`) into the store `store`; the record.
fn play(
    store: &std::path::Path,
    out: &std::path::Path,
    locale: &str,
    choices: &str,
) -> AttemptRecord {
    std::fs::create_dir_all(out).unwrap();
    let before: Vec<_> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let sc = root().join("tests/fixtures/scenarios/sample_refund.ron");
    let o = tp(
        store,
        &[
            "play",
            sc.to_str().unwrap(),
            "--seed",
            "1",
            "--locale",
            locale,
            "--choices",
            choices,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let file = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| !before.contains(p))
        .unwrap();
    touchpoint::results::record::read(&file).unwrap()
}

/// `touchpoint` with the store at `store`, run in `cwd`.
fn tp_in(cwd: &std::path::Path, store: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_touchpoint"))
        .args(["--store", store.to_str().unwrap()])
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .current_dir(cwd)
        .output()
        .unwrap()
}

/// Run from a folder with no `scenarios/`, the workbook and the report name
/// competencies and techniques and say what to retrain, from the catalog texts the
/// store kept when the attempts were played.
#[test]
fn exports_and_reports_from_an_empty_folder_show_names_not_ids() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("s.sqlite3");
    play(
        &store,
        &d.path().join("r"),
        "en-US",
        "opening_ticket,story_cut_in",
    );
    play(
        &store,
        &d.path().join("r"),
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = empty.join("r.xlsx");
    let o = tp_in(
        &empty,
        &store,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
            "--locale",
            "en-US",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let cs = book.worksheet_range("Competencies").unwrap();
    let head: Vec<String> = cs.rows().next().unwrap().iter().map(text).collect();
    assert!(head.contains(&"Emotion handling".to_string()), "{head:?}");
    assert!(!head.contains(&"emotion_handling".to_string()), "{head:?}");
    let bt = book.worksheet_range("Broken techniques").unwrap();
    let row = bt
        .rows()
        .find(|r| text(&r[0]) == "taboo_argue_interrupt")
        .expect("the broken taboo");
    assert_eq!(text(&row[1]), "Arguing or interrupting");
    assert_eq!(text(&row[7]), "Never argue with or interrupt the customer.");

    let html = empty.join("r.html");
    let o = tp_in(
        &empty,
        &store,
        &[
            "results",
            "report",
            "--out",
            html.to_str().unwrap(),
            "--locale",
            "en-US",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("Never argue with or interrupt the customer."),
        "what to retrain"
    );
    assert!(page.contains("Arguing or interrupting"));
    assert!(page.contains("Emotion handling"));
}

/// An attempt played in Chinese shows its English title in an English export and
/// report, and the other way round.
#[test]
fn titles_are_in_the_exports_language_whatever_the_attempt_was_played_in() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("s.sqlite3");
    let zh = play(
        &store,
        &d.path().join("r"),
        "zh-CN",
        "opening_soothe,story_listen,offer_options",
    );
    let en = play(
        &store,
        &d.path().join("r"),
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    assert_eq!(zh.scenario.title, "没订过的彩铃");
    assert_eq!(en.scenario.title, "A ringback tone nobody ordered");
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    for (locale, want, other) in [
        ("en-US", &en.scenario.title, &zh.scenario.title),
        ("zh-CN", &zh.scenario.title, &en.scenario.title),
    ] {
        let html = empty.join(format!("{locale}.html"));
        let o = tp_in(
            &empty,
            &store,
            &[
                "results",
                "report",
                "--out",
                html.to_str().unwrap(),
                "--locale",
                locale,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let page = std::fs::read_to_string(&html).unwrap();
        assert!(page.contains(want.as_str()), "{locale}: {want}");
        assert!(!page.contains(other.as_str()), "{locale}: no {other}");
        let xlsx = empty.join(format!("{locale}.xlsx"));
        let o = tp_in(
            &empty,
            &store,
            &[
                "results",
                "export",
                "--format",
                "xlsx",
                "--out",
                xlsx.to_str().unwrap(),
                "--locale",
                locale,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
        let att = book.worksheets().into_iter().nth(1).unwrap().1;
        let titles: Vec<String> = att.rows().skip(1).map(|r| text(&r[6])).collect();
        assert_eq!(titles, [want.clone(), want.clone()], "{locale}");
        let csv = empty.join(format!("{locale}.csv"));
        let o = tp_in(
            &empty,
            &store,
            &[
                "results",
                "export",
                "--format",
                "csv",
                "--out",
                csv.to_str().unwrap(),
                "--locale",
                locale,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let text = std::fs::read_to_string(&csv).unwrap();
        assert_eq!(text.matches(want.as_str()).count(), 2, "{locale}: {text}");
        assert!(!text.contains(other.as_str()), "{locale}");
        assert!(
            text.contains(",zh-CN,") && text.contains(",en-US,"),
            "the language played in stays"
        );
    }
}

/// Trainees in cohorts named cohort-1, cohort-2, cohort-10: the workbook lists them
/// in that order, not as text sorts them (cohort-1, cohort-10, cohort-2).
#[test]
fn the_workbook_lists_cohorts_and_trainees_in_natural_order() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    let rec = play(
        &store_path,
        &d.path().join("r"),
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    let mut store = Store::open(&Location::Sqlite(store_path.clone())).unwrap();
    for (k, (trainee, cohort)) in [
        ("t10", "cohort-10"),
        ("t2", "cohort-2"),
        ("t9", "cohort-1"),
        ("t11", "cohort-1"),
    ]
    .iter()
    .enumerate()
    {
        let mut r = rec.clone();
        r.attempt_id = format!("0190-{k}");
        r.trainee.id = trainee.to_string();
        r.cohort = Some(cohort.to_string());
        assert!(store.put(&r).unwrap());
    }
    drop(store);
    let out = d.path().join("n.xlsx");
    let o = tp_in(
        d.path(),
        &store_path,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
            "--cohort",
            "cohort-1",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let ids = |book: &mut Xlsx<_>, sheet: &str| -> Vec<String> {
        let r = book.worksheet_range(sheet).unwrap();
        r.rows().skip(1).map(|r| text(&r[0])).collect()
    };
    assert_eq!(ids(&mut book, "Summary"), ["t9", "t11"]);
    let out = d.path().join("all.xlsx");
    let o = tp_in(
        d.path(),
        &store_path,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let sum = book.worksheet_range("Summary").unwrap();
    let cohorts: Vec<(String, String)> = sum
        .rows()
        .skip(1)
        .map(|r| (text(&r[0]), text(&r[2])))
        .collect();
    let want: Vec<(String, String)> = [
        ("t9", "cohort-1"),
        ("t11", "cohort-1"),
        ("t2", "cohort-2"),
        ("t10", "cohort-10"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    // The played attempt's trainee, who has no cohort, comes last (as in the report).
    assert_eq!(cohorts[..4], want);
    assert_eq!(cohorts[4], (rec.trainee.id.clone(), String::new()));
    assert_eq!(
        ids(&mut book, "Competencies")[..4],
        ["t9", "t11", "t2", "t10"]
    );
}

/// Every sheet prints on A4 landscape, one page wide, with the header row repeated
/// on each page and a page header naming the sheet and the filter (read from the
/// workbook's XML: calamine does not expose print settings).
#[test]
fn every_sheet_prints_landscape_one_page_wide_with_its_header_row_on_each_page() {
    use std::io::Read;
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 30);
    let store_path = d.path().join("s.sqlite3");
    import_files(&store_path, &files);
    let out = d.path().join("p.xlsx");
    let o = tp(
        &store_path,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
            "--locale",
            "en-US",
            "--since",
            "2026-11-01",
            "--quiet",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut read = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let workbook = read("xl/workbook.xml");
    let sheets = ["Summary", "Attempts", "Competencies", "Broken techniques"];
    for (k, name) in sheets.iter().enumerate() {
        let xml = read(&format!("xl/worksheets/sheet{}.xml", k + 1));
        assert!(
            xml.contains("<pageSetUpPr fitToPage=\"1\"/>"),
            "{name}: fit to page"
        );
        let setup = xml
            .split("<pageSetup ")
            .nth(1)
            .unwrap_or_else(|| panic!("{name}: no pageSetup"))
            .split("/>")
            .next()
            .unwrap();
        assert!(setup.contains("paperSize=\"9\""), "{name}: A4: {setup}");
        assert!(
            setup.contains("orientation=\"landscape\""),
            "{name}: {setup}"
        );
        assert!(
            setup.contains("fitToHeight=\"0\""),
            "{name}: one page wide, any tall: {setup}"
        );
        assert!(
            !setup.contains("fitToWidth=") || setup.contains("fitToWidth=\"1\""),
            "{setup}"
        );
        let header = xml
            .split("<oddHeader>")
            .nth(1)
            .unwrap()
            .split("</oddHeader>")
            .next()
            .unwrap();
        assert!(header.contains(name), "{name}: {header}");
        assert!(
            header.contains("from 2026-11-01") && !header.contains("--since"),
            "{name}: the filter: {header}"
        );
        assert!(xml.contains("<oddFooter>"), "{name}: page numbers");
        let quoted = if name.contains(' ') {
            format!("'{name}'")
        } else {
            name.to_string()
        };
        assert!(
            workbook.contains(&format!(
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{k}\">{quoted}!$1:$1</definedName>"
            )),
            "{name}: the header row repeats: {workbook}"
        );
    }
}

#[test]
fn a_page_header_escapes_ampersands_and_stays_within_excels_limit() {
    use touchpoint::results::xlsx::{cell, page_header};
    assert_eq!(page_header("Summary", ""), "&L&\"-,Bold\"Summary");
    assert_eq!(
        page_header("A&B", "--cohort x&y"),
        "&L&\"-,Bold\"A&&B&R--cohort x&&y"
    );
    let long = page_header("Summary", &"&".repeat(400));
    assert!(long.encode_utf16().count() <= 255, "{}", long.len());
    assert!(long.ends_with("&&"), "no half escape at the end");
    let huge = "名".repeat(40_000);
    assert_eq!(cell(&huge).chars().count(), 32_767);
    assert!(cell(&huge).ends_with('…'));
    assert_eq!(cell("short"), "short");
}

/// Review (low): the "broken techniques" share divided by every stored attempt,
/// damaged ones included; it is the share of the attempts exported.
#[test]
fn a_techniques_share_is_of_the_attempts_exported() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("s.sqlite3");
    let out = d.path().join("r");
    play(&store, &out, "en-US", "opening_ticket,story_cut_in");
    play(
        &store,
        &out,
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    let damaged = play(
        &store,
        &out,
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    let conn = rusqlite::Connection::open(&store).unwrap();
    conn.execute(
        "UPDATE attempts SET score = 999 WHERE attempt_id = ?1",
        [&damaged.attempt_id],
    )
    .unwrap();
    drop(conn);
    let x = d.path().join("o.xlsx");
    let o = tp_in(
        d.path(),
        &store,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            x.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let mut book: Xlsx<_> = open_workbook(&x).unwrap();
    let bt = book.worksheet_range("Broken techniques").unwrap();
    let row = bt
        .rows()
        .find(|r| text(&r[0]) == "taboo_argue_interrupt")
        .expect("the broken taboo");
    assert_eq!(num(&row[4]), 1.0, "in one attempt");
    assert_eq!(num(&row[6]), 0.5, "of the two exported");
}

/// Review (low): a page header cut at Excel's limit could end in half an `&&`
/// escape when the text before the cut held an odd run of `&`.
#[test]
fn a_page_header_never_ends_in_half_an_escape() {
    use touchpoint::results::xlsx::page_header;
    for n in 1..600 {
        for prefix in ["", "x", "名"] {
            let h = page_header("Summary", &format!("{prefix}{}", "&".repeat(n)));
            assert!(h.encode_utf16().count() <= 255, "{n}");
            let right = h.split_once("&R").map_or("", |(_, r)| r);
            let trailing = right.len() - right.trim_end_matches('&').len();
            assert_eq!(trailing % 2, 0, "{n} {prefix:?}: {right}");
        }
    }
}

/// Review (low): the title an export shows is the encounter version's, in the
/// export's locale, even when the attempt was played in that locale: the record's own
/// title is a text the replay never checks.
#[test]
fn an_exports_titles_come_from_the_stored_version_not_the_record() {
    let d = tempfile::tempdir().unwrap();
    let pc = d.path().join("pc.sqlite3");
    let rec = play(
        &pc,
        &d.path().join("r"),
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    let mut v = serde_json::to_value(&rec).unwrap();
    v["scenario"]["title"] = "FORGED TITLE".into();
    let files = d.path().join("f");
    std::fs::create_dir_all(&files).unwrap();
    std::fs::write(files.join("a.json"), serde_json::to_vec(&v).unwrap()).unwrap();
    let hr = d.path().join("hr.sqlite3");
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "import",
            files.to_str().unwrap(),
            "--scenarios",
            root().join("tests/fixtures/scenarios").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let csv = d.path().join("o.csv");
    let o = tp_in(
        d.path(),
        &hr,
        &[
            "results",
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
            "--locale",
            "en-US",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains("A ringback tone nobody ordered"), "{text}");
    assert!(!text.contains("FORGED"), "{text}");
}

/// Review M9: with no catalog texts anywhere (a store from before versions were
/// kept, run from a folder with no `scenarios/`), an export showed raw ids and said
/// nothing; it warns which names are missing.
#[test]
fn an_export_without_any_catalog_texts_warns_that_names_are_missing() {
    let d = tempfile::tempdir().unwrap();
    let rec = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("r"),
        "en-US",
        "opening_ticket,story_cut_in",
    );
    let old = d.path().join("old.sqlite3");
    crate::store::v1_store(&old);
    crate::store::insert_raw(&old, &rec, false);
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = empty.join("o.xlsx");
    let o = tp_in(
        &empty,
        &old,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("warning:")
            && err.contains("no name")
            && err.contains("emotion_handling")
            && err.contains("taboo_argue_interrupt"),
        "{err}"
    );
    // A CSV shows ids by design (its competency columns): nothing to warn about.
    let csv = empty.join("o.csv");
    let o = tp_in(
        &empty,
        &old,
        &[
            "results",
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("no name"), "{}", stderr(&o));
    let html = empty.join("r.html");
    let o = tp_in(
        &empty,
        &old,
        &["results", "report", "--out", html.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("no name"), "{}", stderr(&o));
}

/// The cell XML of one sheet (`xl/worksheets/sheetN.xml`) and the workbook's styles.
fn sheet_xml(path: &std::path::Path, n: usize) -> (String, String) {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut read = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    (
        read(&format!("xl/worksheets/sheet{n}.xml")),
        read("xl/styles.xml"),
    )
}

/// The `<c …>` element of cell `r` (e.g. `N2`) in a sheet's XML.
fn cell_xml<'a>(xml: &'a str, r: &str) -> &'a str {
    let at = xml
        .find(&format!("<c r=\"{r}\""))
        .unwrap_or_else(|| panic!("no cell {r}"));
    let rest = &xml[at..];
    let end = rest
        .find("</c>")
        .map_or_else(|| rest.find("/>").unwrap() + 2, |e| e + 4);
    &rest[..end]
}

/// The `<xf>` of `cellXfs` that a cell's `s="…"` names.
fn cell_style<'a>(styles: &'a str, cell: &str) -> &'a str {
    let s: usize = cell
        .split(" s=\"")
        .nth(1)
        .map_or(0, |r| r.split('"').next().unwrap().parse().unwrap());
    let xfs = styles.split("<cellXfs").nth(1).unwrap();
    let xfs = xfs.split("</cellXfs>").next().unwrap();
    let mut parts = xfs.split("<xf ").skip(1);
    parts.nth(s).unwrap()
}

/// User trial T-9: the zh-CN workbook had raw values: status and outcome in English
/// ids, critical taboos as technique ids, the filter as a command-line flag in the
/// page header, passed/verified printed 1/0 on one sheet and TRUE/FALSE on another,
/// and encounter titles cut off.
#[test]
fn the_chinese_workbook_shows_words_not_ids_flags_or_raw_booleans() {
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    synth_files(&files, 120);
    let store_path = d.path().join("s.sqlite3");
    import_files(&store_path, &files);
    let store = Store::open(&Location::Sqlite(store_path.clone())).unwrap();
    let rows: Vec<_> = store
        .rows(&Filter::default())
        .unwrap()
        .into_iter()
        .filter(|r| r.cohort.as_deref() == Some("cohort-1"))
        .collect();
    assert!(
        rows.iter().any(|r| !r.critical.is_empty()),
        "a critical taboo"
    );
    let out = d.path().join("zh.xlsx");
    let o = tp(
        &store_path,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
            "--locale",
            "zh-CN",
            "--cohort",
            "cohort-1",
            "--quiet",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let att = book.worksheet_range("练习记录").unwrap();
    assert_eq!(att.height(), rows.len() + 1);
    let outcomes = ["resolved", "escalated", "customer_left", "sale", "no_sale"];
    for (r, row) in att.rows().skip(1).zip(&rows) {
        let status = text(&r[1]);
        assert_eq!(
            status,
            if row.status == "abandoned" {
                "中途放弃"
            } else {
                "已完成"
            }
        );
        let outcome = text(&r[15]);
        assert!(!outcomes.contains(&outcome.as_str()), "{outcome}");
        assert_eq!(outcome.is_empty(), row.outcome.is_empty(), "{outcome}");
        let critical = text(&r[17]);
        assert_eq!(critical.is_empty(), row.critical.is_empty());
        for id in &row.critical {
            assert!(
                !critical.contains(id.as_str()),
                "a name, not {id}: {critical}"
            );
        }
        if row.critical.len() > 1 {
            assert!(critical.matches('、').count() >= row.critical.len() - 1);
        }
    }
    // Yes/no: the same numbers with the same 是/否 format on every sheet, no TRUE/FALSE.
    let (att_xml, styles) = sheet_xml(&out, 2);
    let (sum_xml, _) = sheet_xml(&out, 1);
    let (bt_xml, _) = sheet_xml(&out, 4);
    for xml in [&att_xml, &sum_xml, &bt_xml] {
        assert!(!xml.contains("t=\"b\""), "no boolean cells");
    }
    let yes_no = |c: &str| {
        let xf = cell_style(&styles, c);
        let id = xf
            .split("numFmtId=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let fmt = styles
            .split(&format!("<numFmt numFmtId=\"{id}\" formatCode=\""))
            .nth(1)
            .unwrap_or_else(|| panic!("no number format {id}: {xf}"))
            .split("\"/>")
            .next()
            .unwrap()
            .to_string();
        assert!(fmt.contains("是") && fmt.contains("否"), "{fmt}");
        fmt
    };
    let passed = yes_no(cell_xml(&att_xml, "N2"));
    assert_eq!(yes_no(cell_xml(&att_xml, "S2")), passed, "verified");
    assert_eq!(yes_no(cell_xml(&sum_xml, "K2")), passed, "has passed");
    assert_eq!(yes_no(cell_xml(&bt_xml, "C2")), passed, "critical taboo");
    // Titles wrap in a column wide enough for most; critical taboos wrap too.
    assert!(cell_style(&styles, cell_xml(&att_xml, "G2")).contains("wrapText=\"1\""));
    assert!(cell_style(&styles, cell_xml(&att_xml, "R2")).contains("wrapText=\"1\""));
    let width = att_xml
        .split("<col min=\"7\" max=\"7\" width=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse::<f64>()
        .unwrap();
    assert!(width >= 40.0, "{width}");
    // The filter in words in every page header.
    for xml in [&att_xml, &sum_xml, &bt_xml] {
        let header = xml.split("<oddHeader>").nth(1).unwrap();
        let header = header.split("</oddHeader>").next().unwrap();
        assert!(
            header.contains("班级 cohort-1") && !header.contains("--cohort"),
            "{header}"
        );
    }
}

/// User trial T-10: Summary and Competencies grouped by trainee id only, so a trainee
/// who played in two cohorts (t2: "Alice Smith" in cohort-10, "Jane Doe" in cohort-2)
/// had one row, while the report and `results list --sort cohort` show them in both.
/// Now a row per trainee and cohort, each with its own name and figures.
#[test]
fn a_trainee_in_two_cohorts_has_a_summary_row_in_each() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    let rec = play(
        &store_path,
        &d.path().join("r"),
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    let mut store = Store::open(&Location::Sqlite(store_path.clone())).unwrap();
    for (k, (cohort, name)) in [
        ("cohort-10", "Alice Smith"),
        ("cohort-10", "Alice Smith"),
        ("cohort-2", "Jane Doe"),
    ]
    .iter()
    .enumerate()
    {
        let mut r = rec.clone();
        r.attempt_id = format!("0190-{k}");
        r.trainee.id = "t2".to_string();
        r.trainee.name = name.to_string();
        r.cohort = Some(cohort.to_string());
        assert!(store.put(&r).unwrap());
    }
    drop(store);
    let out = d.path().join("t.xlsx");
    let o = tp_in(
        d.path(),
        &store_path,
        &[
            "results",
            "export",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
            "--trainee",
            "t2",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    for sheet in ["Summary", "Competencies"] {
        let r = book.worksheet_range(sheet).unwrap();
        let got: Vec<(String, String, String)> = r
            .rows()
            .skip(1)
            .map(|r| (text(&r[0]), text(&r[1]), text(&r[2])))
            .collect();
        let want = [
            ("t2", "Jane Doe", "cohort-2"),
            ("t2", "Alice Smith", "cohort-10"),
        ]
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
        assert_eq!(got, want, "{sheet}");
    }
    let sum = book.worksheet_range("Summary").unwrap();
    let attempts: Vec<f64> = sum.rows().skip(1).map(|r| num(&r[3])).collect();
    assert_eq!(attempts, [1.0, 2.0], "each cohort's own attempts");
    // The same grouping as `results list --sort cohort`.
    let o = tp_in(
        d.path(),
        &store_path,
        &["results", "list", "--sort", "cohort", "--trainee", "t2"],
    );
    let list = String::from_utf8_lossy(&o.stdout);
    let c2 = list.find("cohort-2").unwrap();
    let c10 = list.find("cohort-10").unwrap();
    assert!(c2 < c10, "{list}");
}

/// Review R-L11: the CSV export shows ids, yet it read every stored catalog to build
/// names (and warned about them). It now reads titles and competency columns only:
/// an unreadable stored catalog is no concern of a CSV export, while the workbook,
/// which names things, still says so.
#[test]
fn a_csv_export_reads_no_catalog_and_so_never_warns_about_one() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    let rec = play(
        &store_path,
        &d.path().join("r"),
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    let conn = rusqlite::Connection::open(&store_path).unwrap();
    let n = conn
        .execute(
            "UPDATE stored_texts SET text = CAST(x'ff00fe' AS BLOB) WHERE text_hash IN
             (SELECT text_hash FROM encounter_files WHERE name = 'en-US/catalog.ftl')",
            [],
        )
        .unwrap();
    assert_eq!(n, 1);
    drop(conn);
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    for (format, warns) in [("csv", false), ("xlsx", true)] {
        let out = empty.join(format!("o.{format}"));
        let o = tp_in(
            &empty,
            &store_path,
            &[
                "results",
                "export",
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
                "--locale",
                "en-US",
                "--quiet",
            ],
        );
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{format}: {err}");
        assert_eq!(err.contains("cannot be read"), warns, "{format}: {err}");
    }
    let csv = std::fs::read_to_string(empty.join("o.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    // The competency columns, read once, as ids.
    let comps: Vec<&str> = header
        .split(",verified,verified_by,")
        .nth(1)
        .unwrap()
        .split(',')
        .collect();
    let mut want: Vec<&str> = rec.competencies.keys().map(String::as_str).collect();
    let mut got = comps.clone();
    want.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, want, "{header}");
}

/// Review R-H1: an attempt stored unverified (not replayed on its encounter version)
/// counted in the Summary's passes, pass rate and best score with no marker. The
/// Summary now has a column counting each trainee's unverified attempts, in both
/// languages.
#[test]
fn an_unverified_pass_is_counted_in_the_summarys_unverified_column() {
    let d = tempfile::tempdir().unwrap();
    let store_path = d.path().join("s.sqlite3");
    // Played here: stored verified.
    let rec = play(
        &store_path,
        &d.path().join("r"),
        "en-US",
        "opening_soothe,story_listen,offer_options",
    );
    // The same attempt from a file whose encounter version is not available: stored
    // unverified, its pass as the file says.
    let mut forged = rec.clone();
    forged.attempt_id = "0190-unverified".to_string();
    forged.scenario.content_hash = format!("sha256:{}", "f".repeat(64));
    let mut store = Store::open(&Location::Sqlite(store_path.clone())).unwrap();
    assert!(store.put(&forged).unwrap());
    let rows = store.rows(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    drop(store);
    for (locale, header) in [("en-US", "Unverified attempts"), ("zh-CN", "未复核次数")] {
        let out = d.path().join(format!("{locale}.xlsx"));
        let o = tp_in(
            d.path(),
            &store_path,
            &[
                "results",
                "export",
                "--format",
                "xlsx",
                "--out",
                out.to_str().unwrap(),
                "--locale",
                locale,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let mut book: Xlsx<_> = open_workbook(&out).unwrap();
        let name = book.sheet_names()[0].clone();
        let sum = book.worksheet_range(&name).unwrap();
        let head: Vec<String> = sum.rows().next().unwrap().iter().map(text).collect();
        assert_eq!(head.len(), 12, "{locale}: {head:?}");
        assert_eq!(head[11], header, "{locale}");
        let r: Vec<Data> = sum.rows().nth(1).unwrap().to_vec();
        assert_eq!(num(&r[3]), 2.0, "{locale}: two attempts");
        assert_eq!(num(&r[11]), 1.0, "{locale}: one of them unverified");
    }
}

/// Review R-L9: what `results export` and `results report` say (the count written,
/// the "no name in …" warning) was English whatever the environment's language. A
/// zh-CN environment now gets them in Chinese, the ids and paths as they are.
#[test]
fn a_chinese_environment_gets_the_export_and_report_messages_in_chinese() {
    let d = tempfile::tempdir().unwrap();
    let rec = play(
        &d.path().join("pc.sqlite3"),
        &d.path().join("r"),
        "en-US",
        "opening_ticket,story_cut_in",
    );
    // A store without catalog texts: nothing names the competencies and techniques.
    let old = d.path().join("old.sqlite3");
    crate::store::v1_store(&old);
    crate::store::insert_raw(&old, &rec, false);
    let empty = d.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let zh = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_touchpoint"))
            .args(["--store", old.to_str().unwrap()])
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "zh_CN.UTF-8")
            .current_dir(&empty)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stderr(&o)
    };
    let out = empty.join("o.xlsx");
    let err = zh(&[
        "results",
        "export",
        "--format",
        "xlsx",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        err.contains(&format!("已将 1 次练习导出到 {}", out.display())),
        "{err}"
    );
    assert!(
        err.contains("没有名称")
            && err.contains("胜任力 emotion_handling")
            && err.contains("taboo_argue_interrupt"),
        "{err}"
    );
    assert!(
        !err.contains("no name") && !err.contains("exported to"),
        "{err}"
    );
    let html = empty.join("r.html");
    let err = zh(&["results", "report", "--out", html.to_str().unwrap()]);
    assert!(err.contains("次练习的报告写入"), "{err}");
    assert!(!err.contains("report of"), "{err}");
    let json = empty.join("s.json");
    let err = zh(&[
        "results",
        "export",
        "--format",
        "xapi",
        "--out",
        json.to_str().unwrap(),
    ]);
    assert!(err.contains("条语句写入"), "{err}");
}
