//! Exports of stored attempts: CSV (one row per attempt, a column per competency, UTF-8
//! with a byte-order mark so Excel reads Chinese, RFC 4180 quoting, CRLF) and JSON Lines
//! (one full result record per line), and the texts every export and the report show
//! (names and titles in the export's language, from the store's encounter versions).
//!
//! Every export walks the attempts with [`Store::each_attempt`] (or
//! [`Store::each_listed`]): a row damaged in the database is left out and named, never
//! written; one stored by an earlier Touchpoint that breaks a rule added since is
//! written with its texts clipped, and named.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentValue;

use super::store::{Filter, Scan, Store, StoreError};
use touchpoint_content::locale::{Texts, load_ftl, parse_ftl};

/// The fixed columns of the CSV export, before one column per competency.
pub const CSV_COLUMNS: [&str; 20] = [
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
    "verified",
    "verified_by",
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

/// Writes the matching attempts of the store as CSV, streaming; the scenario titles
/// in `names`' locale. Damaged rows are left out and listed in the returned [`Scan`].
pub fn csv(
    out: &mut dyn Write,
    store: &Store,
    filter: &Filter,
    names: &Names,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Scan, StoreError> {
    let total = store.count(filter)?;
    let comps = &names.competencies;
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
    let scan = store.each_listed(filter, false, &mut |a| {
        let r = &a.row;
        line.clear();
        let title = names.title(r.locale, r.content_hash, r.scenario_id, r.scenario_title);
        let texts = [
            r.attempt_id,
            r.status,
            r.trainee_id,
            r.trainee_name,
            r.cohort.unwrap_or(""),
            r.scenario_id,
            &title,
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
        let _ = write!(
            line,
            ",{},{}",
            r.verified == 1,
            crate::store::verified_by(r.verified == 1, r.on_server)
        );
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
    progress(scan.n, total);
    out.flush().map_err(io)?;
    Ok(scan)
}

/// Writes the matching attempts as JSON Lines: each record as stored (the result
/// file's JSON), with `"verified": true|false` added (replayed on its encounter
/// version when stored, or played on the course server; or not) and `"verified_by"`
/// saying which (`"server"`, `"replayed"`, `"unverified"`). Damaged rows are left
/// out and listed.
pub fn jsonl(out: &mut dyn Write, store: &Store, filter: &Filter) -> Result<Scan, StoreError> {
    let mut line = String::new();
    let scan = store.each_attempt(filter, &mut |a| {
        line.clear();
        // The record as checked, written again: one JSON object, whatever the
        // stored text's spacing.
        line.push_str(&serde_json::to_string(&a.record).map_err(io::Error::other)?);
        line.pop(); // the closing brace
        let _ = writeln!(
            line,
            ",\"verified\":{},\"verified_by\":\"{}\"}}",
            a.row.verified == 1,
            crate::store::verified_by(a.row.verified == 1, a.row.on_server)
        );
        out.write_all(line.as_bytes())
    })?;
    out.flush()
        .map_err(|e| StoreError(format!("cannot write the export: {e}")))?;
    Ok(scan)
}

/// Names and titles in one locale for exports and the report, from wherever they
/// are: competency, technique and procedure names and teachings from the catalog of
/// the scenarios folder if there is one, then from the catalogs of the encounter
/// versions the store keeps (newest first), so an export is complete wherever it
/// runs; scenario titles from the attempt's own encounter version in the store, else
/// the scenarios folder, else the title the attempt was recorded with.
pub struct Names {
    /// The catalog's texts and the program's own strings.
    pub texts: Texts,
    /// What the caller should say: stored texts that could not be read (and were
    /// left out).
    pub warnings: Vec<String>,
    /// The competencies and techniques of these attempts that no catalog names (an
    /// export that shows names shows their ids instead, and should say so).
    pub unnamed: Option<Unnamed>,
    /// The competency ids of these attempts, in the order first seen: the export's
    /// competency columns (read from the store once, here).
    pub competencies: Vec<String>,
    locales_dir: Option<PathBuf>,
    /// Titles in this locale by content hash, from the store.
    stored_titles: HashMap<String, String>,
    /// Titles in this locale by scenario id, from the scenarios folder (read once).
    folder_titles: RefCell<HashMap<String, Option<String>>>,
}

/// What no catalog names, for the caller to say in the user's language: the
/// competency and technique ids of the attempts that have no name in `locale` in
/// the catalogs of the scenarios folder `folder` or of the stored encounter versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unnamed {
    pub locale: String,
    pub competencies: Vec<String>,
    pub techniques: Vec<String>,
    pub folder: PathBuf,
}

impl Names {
    /// Names in `locale` from the store and the scenarios folder `scenarios` (which
    /// need not exist), for the attempts that `filter` selects. Everything is read
    /// from the store here: an export then asks nothing of it while it streams.
    pub fn new(
        store: &Store,
        scenarios: &Path,
        locale: &str,
        filter: &Filter,
    ) -> Result<Self, StoreError> {
        Self::read(store, scenarios, locale, filter, true)
    }

    /// What the CSV export needs: encounter titles in `locale` and the competency
    /// columns; no catalog is read (the CSV shows ids), so no warning about names.
    pub fn titles(
        store: &Store,
        scenarios: &Path,
        locale: &str,
        filter: &Filter,
    ) -> Result<Self, StoreError> {
        Self::read(store, scenarios, locale, filter, false)
    }

    fn read(
        store: &Store,
        scenarios: &Path,
        locale: &str,
        filter: &Filter,
        with_catalogs: bool,
    ) -> Result<Self, StoreError> {
        let locales_dir = touchpoint_content::files::layout_for(&scenarios.join("catalog.ron"))
            .locales
            .filter(|_| scenarios.is_dir());
        let mut catalogs = Vec::new();
        let mut warnings = Vec::new();
        if with_catalogs
            && let Some(dir) = &locales_dir
            && let Ok((f, _)) = load_ftl(dir, locale, "catalog")
        {
            catalogs.push(f.resource());
        }
        if with_catalogs {
            let name = super::verify::ftl_name(locale, true);
            for text in store.stored_texts(&name, &mut warnings)? {
                let (f, _) = parse_ftl(locale, Path::new(&name), text);
                catalogs.push(f.resource());
            }
        }
        let name = super::verify::ftl_name(locale, false);
        let mut stored_titles = HashMap::new();
        for (hash, text) in store.version_texts(&name, filter, &mut warnings)? {
            if let Some(t) = title_in(locale, Path::new(&name), text) {
                stored_titles.insert(hash, t);
            }
        }
        let texts = Texts::with_catalogs(locale, catalogs);
        // A name is missing when the catalog texts give back the id itself.
        let unnamed = |ids: Vec<String>| -> Vec<String> {
            ids.into_iter().filter(|id| texts.cat(id) == *id).collect()
        };
        let columns = store.competency_columns(filter)?;
        let (competencies, techniques) = if with_catalogs {
            (
                unnamed(columns.clone()),
                unnamed(store.breach_techniques(filter)?),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        let unnamed = (!competencies.is_empty() || !techniques.is_empty()).then(|| Unnamed {
            locale: locale.to_string(),
            competencies,
            techniques,
            folder: scenarios.to_path_buf(),
        });
        Ok(Names {
            texts,
            warnings,
            unnamed,
            competencies: columns,
            locales_dir,
            stored_titles,
            folder_titles: RefCell::new(HashMap::new()),
        })
    }

    /// Names from `texts` only (no store, no folder): titles as recorded.
    pub fn plain(texts: Texts) -> Self {
        Names {
            texts,
            warnings: Vec::new(),
            unnamed: None,
            competencies: Vec::new(),
            locales_dir: None,
            stored_titles: HashMap::new(),
            folder_titles: RefCell::new(HashMap::new()),
        }
    }

    /// The title of an attempt's encounter in this locale: its encounter version's
    /// (the store's copy), else `recorded` (the title in the attempt's own locale,
    /// `played_in`) when that is this locale, else the scenarios folder's, else
    /// `recorded`. (A record's title is a text no replay checks.)
    pub fn title(
        &self,
        played_in: &str,
        content_hash: &str,
        scenario_id: &str,
        recorded: &str,
    ) -> String {
        let locale = self.texts.locale.as_str();
        if let Some(t) = self.stored_titles.get(content_hash) {
            return t.clone();
        }
        if played_in == locale {
            return recorded.to_string();
        }
        self.folder_titles
            .borrow_mut()
            .entry(scenario_id.to_string())
            .or_insert_with(|| {
                let dir = self.locales_dir.as_ref()?;
                let (f, _) = load_ftl(dir, locale, scenario_id).ok()?;
                title_of(locale, f.resource())
            })
            .clone()
            .unwrap_or_else(|| recorded.to_string())
    }
}

fn title_in(locale: &str, path: &Path, text: String) -> Option<String> {
    let (f, _) = parse_ftl(locale, path, text);
    title_of(locale, f.resource())
}

fn title_of(locale: &str, resource: Arc<fluent_bundle::FluentResource>) -> Option<String> {
    Texts::new(locale, Some(resource), None).get("title", None, &[])
}

/// Appends one CSV field (see [`field`]) without allocating when it needs no change.
fn push_field(line: &mut String, s: &str) {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) || s.contains([',', '"', '\r', '\n']) {
        line.push_str(&field(s));
    } else {
        line.push_str(s);
    }
}

/// The filter in words, in the language of `texts` (the workbook's page header, the
/// report's "attempts included" line): "班级 cohort-2；2026-11-01 起", never the flags;
/// "" when there is none.
pub fn filter_text(f: &Filter, texts: &Texts) -> String {
    [
        ("filter-cohort", &f.cohort),
        ("filter-trainee", &f.trainee),
        ("filter-scenario", &f.scenario),
        ("filter-since", &f.since),
        ("filter-until", &f.until),
    ]
    .iter()
    .filter_map(|(k, v)| {
        v.as_ref()
            .map(|v| texts.ui_fmt(k, &[("value", FluentValue::from(v.as_str()))]))
    })
    .collect::<Vec<_>>()
    .join(&texts.ui("filter-sep"))
}

/// The HTML report of the attempts `f` selects (what `results report` writes and the
/// course server shows), titles in `names`' language; with the rows left out.
pub fn report(store: &Store, f: &Filter, names: &Names) -> Result<(String, Scan), StoreError> {
    use crate::html_report::{ReportInput, render};
    use crate::store::BreachTally;
    let mut rows = Vec::new();
    let mut tally = BreachTally::default();
    let mut unverified = 0;
    let scan = store.each_listed(f, true, &mut |a| {
        unverified += usize::from(a.row.verified != 1);
        let mut row = a.row.to_row();
        // Titles in the report's language, whatever language the attempt was in.
        row.scenario_title = names.title(
            a.row.locale,
            a.row.content_hash,
            a.row.scenario_id,
            a.row.scenario_title,
        );
        rows.push(row);
        tally.add_items(a.row.cohort, a.row.trainee_id, a.breaches);
        Ok(())
    })?;
    let input = ReportInput {
        rows,
        broken: tally.into_breaches(),
        generated_at: crate::record::rfc3339(std::time::SystemTime::now()),
        filter_text: filter_text(f, &names.texts),
        unverified,
    };
    Ok((render(&input, &names.texts), scan))
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
