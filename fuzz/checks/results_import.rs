//! A result file on arbitrary bytes, as `touchpoint results import` reads it, and
//! everything downstream of an accepted record: the SQLite store (put, read back,
//! list), the CSV export, the xAPI statements, the HTML report.
//!
//! Oracles: nothing panics; a record that reads is stored and read back unchanged;
//! storing it again adds nothing; the store stays consistent.

use touchpoint::content::locale::Texts;
use touchpoint::results::record::AttemptRecord;
use touchpoint::results::store::{BreachTally, Filter, Location, Store};
use touchpoint::results::{export, html_report, xapi};

/// One input; a panic is a finding.
pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(rec) = serde_json::from_str::<AttemptRecord>(text) else {
        return;
    };
    let mut store = Store::open(&Location::Sqlite(":memory:".into())).expect("an in-memory store");
    if touchpoint::results::record::check(&rec).is_err() {
        // Refused whole, with a reason; nothing stored.
        assert!(store.put(&rec).is_err());
        assert_eq!(store.count(&Filter::default()).unwrap(), 0);
        return;
    }
    assert!(store.put(&rec).expect("store a well-formed record"));
    assert!(!store.put(&rec).expect("store it again"), "stored twice");
    let back = store
        .get(&rec.attempt_id)
        .expect("read back")
        .expect("present");
    assert_eq!(back, rec, "the store changed the record");
    assert!(store.integrity_ok().unwrap());
    let f = Filter::default();
    let rows = store.rows(&f).unwrap();
    assert_eq!(rows.len(), 1);
    let mut csv = Vec::new();
    let names = export::Names::plain(Texts::new("en-US", None, None));
    let scan = export::csv(&mut csv, &store, &f, &names, &mut |_, _| {}).unwrap();
    assert_eq!(
        (scan.n, scan.skipped.len()),
        (1, 0),
        "a stored record is exported"
    );
    let _ = xapi::try_statements(&rec, &xapi::XapiOptions::default());
    // Counted as the report counts them: from the checked records.
    let mut tally = BreachTally::default();
    let scan = store
        .each_listed(&f, true, &mut |a| {
            tally.add_items(a.row.cohort, a.row.trainee_id, a.breaches);
            Ok(())
        })
        .unwrap();
    assert_eq!((scan.n, scan.skipped.len()), (1, 0));
    let mut from_record = BreachTally::default();
    from_record.add(&rec);
    let broken = tally.into_breaches();
    assert_eq!(
        broken,
        from_record.into_breaches(),
        "the report's counts are the record's"
    );
    let input = html_report::ReportInput {
        rows,
        broken,
        generated_at: "2026-12-01T00:00:00Z".into(),
        filter_text: String::new(),
        unverified: 1,
    };
    let html = html_report::render(&input, &Texts::new("en-US", None, None));
    assert!(!html.contains("<script"), "data reached the page unescaped");
}
