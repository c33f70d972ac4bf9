//! The XLSX export read back by a real reader (calamine): four sheets in order, every
//! attempt with its figures, summaries that agree with the attempts, technique counts
//! that agree with the stored feedback, and text that looks like a formula kept as text.

use std::collections::BTreeMap;
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use touchpoint::adapters::store::{Filter, Location, Store};

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
    let comp_cols = &head[18..];
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
        assert_eq!(r[13], Data::Bool(row.passed));
        assert!(
            matches!(r[9], Data::DateTime(_)),
            "started is a date: {:?}",
            r[9]
        );
        // Competency scores under their (named) columns.
        for (k, cell) in r[18..].iter().enumerate() {
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

    // Summary: one row per trainee, agreeing with the attempts.
    let mut per: BTreeMap<&str, Vec<&touchpoint::adapters::store::Row>> = BTreeMap::new();
    for r in &rows {
        per.entry(&r.trainee_id).or_default().push(r);
    }
    let sum = book.worksheet_range("Summary").unwrap();
    assert_eq!(sum.height(), per.len() + 1);
    for r in sum.rows().skip(1) {
        let id = text(&r[0]);
        let mine = &per[id.as_str()];
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
        assert_eq!(r[10], Data::Bool(passes > 0));
    }

    // Competencies: the average per trainee.
    let cs = book.worksheet_range("Competencies").unwrap();
    let chead: Vec<String> = cs.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(&chead[4..], comp_cols);
    for r in cs.rows().skip(1) {
        let id = text(&r[0]);
        let finished: Vec<_> = per[id.as_str()]
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
            assert_eq!(r[2], Data::Bool(true), "{id} is a critical taboo");
        }
    }
}
