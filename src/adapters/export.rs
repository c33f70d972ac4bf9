//! Exports of stored attempts: CSV (one row per attempt, a column per competency, UTF-8
//! with a byte-order mark so Excel reads Chinese, RFC 4180 quoting, CRLF) and JSON Lines
//! (one full result record per line).

use std::fmt::Write as _;
use std::io::{self, Write};

use super::store::{Filter, Store, StoreError};

/// The fixed columns of the CSV export, before one column per competency.
pub const CSV_COLUMNS: [&str; 18] = [
    "attempt_id",
    "status",
    "trainee_id",
    "trainee_name",
    "cohort",
    "scenario_id",
    "scenario_title",
    "locale",
    "seed",
    "started_at",
    "ended_at",
    "duration_s",
    "score",
    "passed",
    "pass_mark",
    "outcome",
    "decisions",
    "critical",
];

/// One CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled), and
/// a text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at
/// the start) is prefixed with `'` so it stays text.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Writes the matching attempts of the store as CSV, streaming.
pub fn csv(
    out: &mut dyn Write,
    store: &Store,
    filter: &Filter,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize, StoreError> {
    let total = store.count(filter)?;
    let comps = store.competency_columns(filter)?;
    let io = |e: io::Error| StoreError(format!("cannot write the export: {e}"));
    out.write_all(b"\xEF\xBB\xBF").map_err(io)?;
    let header: Vec<&str> = CSV_COLUMNS
        .iter()
        .copied()
        .chain(comps.iter().map(String::as_str))
        .collect();
    out.write_all(header.join(",").as_bytes()).map_err(io)?;
    out.write_all(b"\r\n").map_err(io)?;
    let mut line = String::with_capacity(1024);
    let mut k = 0;
    let n = store.each_row(filter, &mut |r| {
        line.clear();
        let texts = [
            r.attempt_id,
            r.status,
            r.trainee_id,
            r.trainee_name,
            r.cohort.unwrap_or(""),
            r.scenario_id,
            r.scenario_title,
            r.locale,
            r.seed,
            r.started_at,
            r.ended_at,
        ];
        for t in texts {
            push_field(&mut line, t);
            line.push(',');
        }
        let _ = write!(
            line,
            "{:.1},{},{},{},",
            r.duration_ms as f64 / 1000.0,
            r.score,
            r.passed,
            r.pass_mark
        );
        push_field(&mut line, r.outcome);
        let _ = write!(line, ",{},", r.decisions);
        push_field(&mut line, &r.critical.replace(',', " "));
        let mut values: Vec<Option<&str>> = vec![None; comps.len()];
        for (id, v) in r.competency_scores() {
            if let Some(i) = comps.iter().position(|c| c == id) {
                values[i] = Some(v);
            }
        }
        for v in &values {
            line.push(',');
            line.push_str(v.unwrap_or(""));
        }
        line.push_str("\r\n");
        k += 1;
        if k % 5000 == 0 {
            progress(k, total);
        }
        out.write_all(line.as_bytes())
    })?;
    progress(n, total);
    out.flush().map_err(io)?;
    Ok(n)
}

/// Appends one CSV field (see [`field`]) without allocating when it needs no change.
fn push_field(line: &mut String, s: &str) {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) || s.contains([',', '"', '\r', '\n']) {
        line.push_str(&field(s));
    } else {
        line.push_str(s);
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_by_rfc_4180_and_formulas_stay_text() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("王小明"), "王小明");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("+86 123"), "'+86 123");
        assert_eq!(field("-x"), "'-x");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(
            field("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
    }
}
