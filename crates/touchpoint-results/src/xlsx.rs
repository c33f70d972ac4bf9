//! The Excel export: a workbook HR can filter and sort at once.
//!
//! Sheets, in this order:
//! 1. **Summary**: one row per trainee and cohort (a trainee who played in two
//!    cohorts has a row in each, under the name of their latest attempt there, as in
//!    the report and `results list --sort cohort`): attempts, finished, passed, pass
//!    rate, best and latest score, date of the latest attempt, whether they have passed,
//!    and how many of the attempts are unverified (not replayed on their encounter
//!    version: their passes and scores are as their result files say).
//! 2. **Attempts**: one row per attempt (the CSV export's columns), a column per
//!    competency; dates as Excel dates (UTC); status and outcome in the workbook's
//!    language; critical taboos by name; long titles wrapped.
//! 3. **Competencies**: one row per trainee and cohort, their average score per
//!    competency over finished attempts.
//!
//! Yes/no columns (passed, verified, has passed, critical taboo) are the numbers 1
//! and 0 shown as yes/no in the workbook's language, alike on every sheet.
//! 4. **Broken techniques**: each technique broken in these attempts, most often
//!    first: how often, in how many attempts, by how many trainees, its share of the
//!    attempts, whether it is a critical taboo, and the catalog's teaching note.
//!
//! Every sheet has a bold header row, an autofilter, frozen header (and name) panes
//! and number formats, and prints on A4 landscape, fitted to the page's width, with
//! the header row repeated on every page and a page header naming the sheet and the
//! filter. Headers, sheet names, competency and technique names and encounter titles
//! are in the chosen locale. Text cells are always written as strings, never as
//! formulas, so a name such as `=1+1` stays text, and never longer than Excel's limit
//! of 32,767 characters. Trainees are listed by cohort and id in natural order
//! (cohort-2 before cohort-10). The attempts sheet streams row by row (constant
//! memory): 100,000 attempts stay in a few megabytes. A row damaged in the store is
//! left out and named (see [`Store::each_listed`]); the share of attempts breaking a
//! technique is of the attempts written.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::export::Names;
use super::store::{BreachTally, Breaches, Filter, Scan, Store, StoreError};

/// One trainee's figures, gathered while the attempts sheet is written.
#[derive(Default)]
struct Trainee {
    name: String,
    cohort: String,
    attempts: u32,
    finished: u32,
    passed: u32,
    /// Attempts stored unverified (not replayed on their encounter version): their
    /// passes and scores count as the result files say, so the column shows them.
    unverified: u32,
    best: Option<i64>,
    latest_score: Option<i64>,
    latest_at: String,
    /// Per competency column: (sum of scores, finished attempts with a score).
    comps: Vec<(u64, u32)>,
}

struct Formats {
    header: Format,
    date: Format,
    int: Format,
    dec: Format,
    pct: Format,
    wrap: Format,
    /// Yes/no in the workbook's language (see [`yes_no`]).
    yes_no: Format,
}

fn xerr(e: XlsxError) -> StoreError {
    StoreError(format!("cannot write the workbook: {e}"))
}

/// Excel's limit on the characters of one cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// A text as a cell can hold it: cut to [`MAX_CELL_CHARS`] with an ellipsis.
pub fn cell(s: &str) -> Cow<'_, str> {
    if s.len() <= MAX_CELL_CHARS || s.chars().count() <= MAX_CELL_CHARS {
        return Cow::Borrowed(s);
    }
    let mut t: String = s.chars().take(MAX_CELL_CHARS - 1).collect();
    t.push('…');
    Cow::Owned(t)
}

/// Writes the matching attempts of `store` as an XLSX workbook into `out` (streamed:
/// a pipe will do). The attempts sheet spills to temporary files in `spill` (the
/// system's temporary folder when `None`). Names of competencies and techniques,
/// encounter titles and the headers come from `names`; `filter_text` (the filter in
/// words) goes into every page's header. Returns what was written and the damaged
/// rows left out.
pub fn xlsx<W: std::io::Write + Send>(
    out: W,
    spill: Option<&Path>,
    store: &Store,
    filter: &Filter,
    names: &Names,
    filter_text: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Scan, StoreError> {
    let texts = &names.texts;
    let total = store.count(filter)?;
    let comps = &names.competencies;
    let mut tally = BreachTally::default();
    let ui = |k: &str| texts.ui(&format!("xlsx-{k}"));
    let f = Formats {
        header: Format::new()
            .set_bold()
            .set_background_color(0xDDE7F0)
            .set_align(FormatAlign::Center)
            .set_text_wrap(),
        date: Format::new().set_num_format("yyyy-mm-dd hh:mm"),
        int: Format::new().set_num_format("0"),
        dec: Format::new().set_num_format("0.0"),
        pct: Format::new().set_num_format("0.0%"),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        yes_no: Format::new().set_num_format(yes_no_format(&ui("yes"), &ui("no"))),
    };
    let mut book = Workbook::new();
    if let Some(dir) = spill.filter(|d| !d.as_os_str().is_empty()) {
        // Constant-memory sheets spill to temporary files beside the output.
        book.set_tempdir(dir).map_err(xerr)?;
    }

    // Attempts, streamed; trainees gathered on the way.
    let mut att = book.new_worksheet_with_low_memory().map_err(xerr)?;
    att.set_name(ui("sheet-attempts")).map_err(xerr)?;
    let fixed = [
        ("attempt", 38.0),
        ("status", 10.0),
        ("trainee-id", 12.0),
        ("trainee-name", 14.0),
        ("cohort", 12.0),
        ("encounter-id", 24.0),
        ("encounter", 40.0),
        ("locale", 8.0),
        ("seed", 18.0),
        ("started", 17.0),
        ("ended", 17.0),
        ("duration", 10.0),
        ("score", 8.0),
        ("passed", 8.0),
        ("pass-mark", 8.0),
        ("outcome", 12.0),
        ("decisions", 9.0),
        ("critical", 36.0),
        ("verified", 9.0),
    ];
    let comp_names: Vec<String> = comps.iter().map(|c| texts.cat(c)).collect();
    let headers: Vec<(String, f64)> = fixed
        .iter()
        .map(|(k, w)| (ui(k), *w))
        .chain(comp_names.iter().map(|n| (n.clone(), 14.0)))
        .collect();
    header(&mut att, &headers, &f, 3)?;
    let mut trainees: BTreeMap<(String, String), Trainee> = BTreeMap::new();
    let sep = ui("sep");
    let mut row = 0u32;
    let mut failure: Option<XlsxError> = None;
    let scan = store.each_listed(filter, true, &mut |a| {
        let r = &a.row;
        tally.add_items(r.cohort, r.trainee_id, a.breaches);
        row += 1;
        let title = names.title(r.locale, r.content_hash, r.scenario_id, r.scenario_title);
        let mut write = || -> Result<(), XlsxError> {
            let status = value(texts, "xlsx-status-", r.status);
            let cells = [
                r.attempt_id,
                &status,
                r.trainee_id,
                r.trainee_name,
                r.cohort.unwrap_or(""),
                r.scenario_id,
                &title,
                r.locale,
                r.seed,
            ];
            for (c, t) in cells.iter().enumerate() {
                if c == 6 {
                    // Long titles wrap rather than being cut off at the column's edge.
                    att.write_string_with_format(row, c as u16, cell(t), &f.wrap)?;
                } else {
                    att.write_string(row, c as u16, cell(t))?;
                }
            }
            date(&mut att, row, 9, r.started_at, &f.date)?;
            date(&mut att, row, 10, r.ended_at, &f.date)?;
            att.write_number_with_format(row, 11, r.duration_ms as f64 / 1000.0, &f.dec)?;
            att.write_number_with_format(row, 12, r.score as f64, &f.int)?;
            yes_no(&mut att, row, 13, r.passed, &f)?;
            att.write_number_with_format(row, 14, r.pass_mark as f64, &f.int)?;
            att.write_string(row, 15, value(texts, "outcome-", r.outcome))?;
            att.write_number_with_format(row, 16, r.decisions as f64, &f.int)?;
            // The critical taboos broken, by name (the ids are in the CSV).
            let critical = r
                .critical
                .split(',')
                .filter(|c| !c.is_empty())
                .map(|c| texts.cat(c))
                .collect::<Vec<_>>()
                .join(&sep);
            att.write_string_with_format(row, 17, cell(&critical), &f.wrap)?;
            yes_no(&mut att, row, 18, r.verified == 1, &f)?;
            // One row per trainee and cohort, as in the report and `results list
            // --sort cohort`: a trainee who played in two cohorts has a row in each.
            let key = (r.cohort.unwrap_or("").to_string(), r.trainee_id.to_string());
            let t = trainees.entry(key).or_default();
            if t.comps.is_empty() {
                t.comps = vec![(0, 0); comps.len()];
            }
            t.name = r.trainee_name.to_string();
            t.cohort = r.cohort.unwrap_or("").to_string();
            t.attempts += 1;
            t.unverified += u32::from(r.verified != 1);
            let finished = r.status != "abandoned";
            if finished {
                t.finished += 1;
                t.passed += u32::from(r.passed);
                t.best = t.best.max(Some(r.score));
                t.latest_score = Some(r.score);
            }
            t.latest_at = r.started_at.to_string();
            for (id, v) in r.competency_scores() {
                if let Some(i) = comps.iter().position(|c| c == id)
                    && let Ok(v) = v.parse::<u64>()
                {
                    att.write_number_with_format(row, (fixed.len() + i) as u16, v as f64, &f.int)?;
                    if finished {
                        t.comps[i].0 += v;
                        t.comps[i].1 += 1;
                    }
                }
            }
            Ok(())
        };
        if let Err(e) = write() {
            failure = Some(e);
            return Err(std::io::Error::other("workbook"));
        }
        if row.is_multiple_of(5000) {
            progress(row as usize, total);
        }
        Ok(())
    });
    if let Some(e) = failure {
        return Err(xerr(e));
    }
    let scan = scan?;
    finish(&mut att, row, headers.len())?;
    print_setup(&mut att, &ui("sheet-attempts"), filter_text)?;
    progress(scan.n, total);
    let breaches = tally.into_breaches();
    // Trainees by cohort, then id, in natural order (cohort-2 before cohort-10);
    // those without a cohort last, as in the report.
    let mut trainees: Vec<(String, Trainee)> =
        trainees.into_iter().map(|((_, id), t)| (id, t)).collect();
    let cohort = |t: &Trainee| Some(t.cohort.clone()).filter(|c| !c.is_empty());
    trainees.sort_by(|(a_id, a), (b_id, b)| {
        super::natural::cmp_opt(cohort(a).as_deref(), cohort(b).as_deref())
            .then_with(|| super::natural::cmp(a_id, b_id))
    });

    // Summary: one row per trainee and cohort.
    let mut sum = Worksheet::new();
    sum.set_name(ui("sheet-summary")).map_err(xerr)?;
    let sh: Vec<(String, f64)> = [
        ("trainee-id", 12.0),
        ("trainee-name", 14.0),
        ("cohort", 12.0),
        ("attempts", 9.0),
        ("finished", 9.0),
        ("passes", 9.0),
        ("pass-rate", 10.0),
        ("best", 8.0),
        ("latest", 8.0),
        ("latest-at", 17.0),
        ("has-passed", 10.0),
        ("unverified", 11.0),
    ]
    .iter()
    .map(|(k, w)| (ui(k), *w))
    .collect();
    header(&mut sum, &sh, &f, 2)?;
    for (k, (id, t)) in trainees.iter().enumerate() {
        let r = k as u32 + 1;
        (|| -> Result<(), XlsxError> {
            sum.write_string(r, 0, cell(id))?;
            sum.write_string(r, 1, cell(&t.name))?;
            sum.write_string(r, 2, cell(&t.cohort))?;
            sum.write_number_with_format(r, 3, t.attempts, &f.int)?;
            sum.write_number_with_format(r, 4, t.finished, &f.int)?;
            sum.write_number_with_format(r, 5, t.passed, &f.int)?;
            if t.finished > 0 {
                sum.write_number_with_format(
                    r,
                    6,
                    f64::from(t.passed) / f64::from(t.finished),
                    &f.pct,
                )?;
            }
            if let Some(b) = t.best {
                sum.write_number_with_format(r, 7, b as f64, &f.int)?;
            }
            if let Some(l) = t.latest_score {
                sum.write_number_with_format(r, 8, l as f64, &f.int)?;
            }
            date(&mut sum, r, 9, &t.latest_at, &f.date)?;
            yes_no(&mut sum, r, 10, t.passed > 0, &f)?;
            sum.write_number_with_format(r, 11, t.unverified, &f.int)?;
            Ok(())
        })()
        .map_err(xerr)?;
    }
    finish(&mut sum, trainees.len() as u32, sh.len())?;
    print_setup(&mut sum, &ui("sheet-summary"), filter_text)?;

    // Competencies: one row per trainee and cohort, an average per competency.
    let mut cs = Worksheet::new();
    cs.set_name(ui("sheet-competencies")).map_err(xerr)?;
    let ch: Vec<(String, f64)> = [
        ("trainee-id", 12.0),
        ("trainee-name", 14.0),
        ("cohort", 12.0),
        ("finished", 9.0),
    ]
    .iter()
    .map(|(k, w)| (ui(k), *w))
    .chain(comp_names.iter().map(|n| (n.clone(), 14.0)))
    .collect();
    header(&mut cs, &ch, &f, 2)?;
    for (k, (id, t)) in trainees.iter().enumerate() {
        let r = k as u32 + 1;
        (|| -> Result<(), XlsxError> {
            cs.write_string(r, 0, cell(id))?;
            cs.write_string(r, 1, cell(&t.name))?;
            cs.write_string(r, 2, cell(&t.cohort))?;
            cs.write_number_with_format(r, 3, t.finished, &f.int)?;
            for (i, (s, n)) in t.comps.iter().enumerate() {
                if *n > 0 {
                    cs.write_number_with_format(
                        r,
                        4 + i as u16,
                        *s as f64 / f64::from(*n),
                        &f.dec,
                    )?;
                }
            }
            Ok(())
        })()
        .map_err(xerr)?;
    }
    finish(&mut cs, trainees.len() as u32, ch.len())?;
    print_setup(&mut cs, &ui("sheet-competencies"), filter_text)?;

    // Broken techniques, most often first.
    let mut bt = Worksheet::new();
    bt.set_name(ui("sheet-techniques")).map_err(xerr)?;
    let th: Vec<(String, f64)> = [
        ("technique-id", 26.0),
        ("technique", 24.0),
        ("critical-taboo", 10.0),
        ("times-broken", 10.0),
        ("in-attempts", 10.0),
        ("by-trainees", 10.0),
        ("share", 10.0),
        ("teaching", 70.0),
    ]
    .iter()
    .map(|(k, w)| (ui(k), *w))
    .collect();
    header(&mut bt, &th, &f, 1)?;
    let techniques = by_technique(&breaches);
    for (k, t) in techniques.iter().enumerate() {
        let r = k as u32 + 1;
        (|| -> Result<(), XlsxError> {
            bt.write_string(r, 0, cell(&t.technique))?;
            bt.write_string(r, 1, cell(&texts.cat(&t.technique)))?;
            yes_no(&mut bt, r, 2, t.critical, &f)?;
            bt.write_number_with_format(r, 3, t.count as f64, &f.int)?;
            bt.write_number_with_format(r, 4, t.attempts as f64, &f.int)?;
            bt.write_number_with_format(r, 5, t.trainees as f64, &f.int)?;
            // Of the attempts written (a damaged row left out is in no share).
            if scan.n > 0 {
                bt.write_number_with_format(r, 6, t.attempts as f64 / scan.n as f64, &f.pct)?;
            }
            let teaching = texts.cat_attr(&t.technique, "teaching").unwrap_or_default();
            bt.write_string_with_format(r, 7, cell(&teaching), &f.wrap)?;
            Ok(())
        })()
        .map_err(xerr)?;
    }
    finish(&mut bt, techniques.len() as u32, th.len())?;
    print_setup(&mut bt, &ui("sheet-techniques"), filter_text)?;

    book.push_worksheet(sum);
    book.push_worksheet(att);
    book.push_worksheet(cs);
    book.push_worksheet(bt);
    book.save_to_writer(out).map_err(xerr)?;
    Ok(scan)
}

/// A stored value (status finished/abandoned, outcome resolved/escalated/…) in the
/// workbook's language: the program string `<prefix><value>`, else the value as
/// stored (an outcome a later Touchpoint added).
fn value(texts: &touchpoint_content::locale::Texts, prefix: &str, v: &str) -> String {
    if v.is_empty() {
        return String::new();
    }
    let key = format!("{prefix}{v}");
    let t = texts.ui(&key);
    if t == format!("[{key}]") {
        v.to_string()
    } else {
        t
    }
}

/// The number format that shows 1 as `yes` and 0 as `no` (Excel's and LibreOffice's
/// own TRUE/FALSE are neither localised nor shown alike: LibreOffice prints a
/// constant-memory sheet's booleans as 1/0).
fn yes_no_format(yes: &str, no: &str) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('"', ""));
    format!("{};{};{}", q(yes), q(yes), q(no))
}

/// A yes/no cell: the number 1 or 0 shown as yes/no in the workbook's language, the
/// same on every sheet (sortable, filterable, countable).
fn yes_no(ws: &mut Worksheet, row: u32, col: u16, b: bool, f: &Formats) -> Result<(), XlsxError> {
    ws.write_number_with_format(row, col, f64::from(u8::from(b)), &f.yes_no)
        .map(|_| ())
}

/// One technique's breaches over all trainees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TechniqueBreaches {
    pub technique: String,
    pub critical: bool,
    pub count: u64,
    pub attempts: u64,
    pub trainees: u64,
}

/// Per-trainee breaches summed per technique, most often first (then by id).
pub fn by_technique(b: &[Breaches]) -> Vec<TechniqueBreaches> {
    let mut m: BTreeMap<&str, TechniqueBreaches> = BTreeMap::new();
    // A trainee in two cohorts is one trainee.
    let mut seen: std::collections::BTreeSet<(&str, &str)> = Default::default();
    for x in b {
        let t = m.entry(&x.technique).or_insert_with(|| TechniqueBreaches {
            technique: x.technique.clone(),
            critical: false,
            count: 0,
            attempts: 0,
            trainees: 0,
        });
        t.critical |= x.critical;
        t.count += x.count;
        t.attempts += x.attempts;
        if seen.insert((&x.technique, &x.trainee_id)) {
            t.trainees += 1;
        }
    }
    let mut v: Vec<_> = m.into_values().collect();
    v.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.technique.cmp(&b.technique))
    });
    v
}

fn header(
    ws: &mut Worksheet,
    cols: &[(String, f64)],
    f: &Formats,
    freeze_cols: u16,
) -> Result<(), StoreError> {
    (|| -> Result<(), XlsxError> {
        for (c, (name, width)) in cols.iter().enumerate() {
            ws.set_column_width(c as u16, *width)?;
            ws.write_string_with_format(0, c as u16, cell(name), &f.header)?;
        }
        ws.set_freeze_panes(1, freeze_cols)?;
        Ok(())
    })()
    .map_err(xerr)
}

fn finish(ws: &mut Worksheet, last_row: u32, cols: usize) -> Result<(), StoreError> {
    if cols > 0 {
        ws.autofilter(0, 0, last_row, (cols - 1) as u16)
            .map_err(xerr)?;
    }
    Ok(())
}

/// How a sheet prints: A4 landscape, fitted to one page wide (as many tall as it
/// takes), the header row repeated on every page, and a page header with the sheet's
/// name on the left and the filter on the right, page numbers in the footer.
fn print_setup(ws: &mut Worksheet, sheet: &str, filter_text: &str) -> Result<(), StoreError> {
    ws.set_paper_size(9); // A4
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0).map_err(xerr)?;
    ws.set_header(page_header(sheet, filter_text));
    ws.set_footer("&C&P / &N");
    Ok(())
}

/// `&L<sheet>&R<filter>` with `&` doubled (Excel's escape), within Excel's limit of
/// 255 characters for a header (the filter is cut first).
pub fn page_header(sheet: &str, filter_text: &str) -> String {
    let esc = |s: &str| s.replace('&', "&&");
    let left = format!("&L&\"-,Bold\"{}", esc(sheet));
    if filter_text.is_empty() {
        return left;
    }
    let mut right = esc(filter_text);
    let room = 255usize.saturating_sub(left.encode_utf16().count() + 2);
    while right.encode_utf16().count() > room {
        right.pop();
    }
    // Never leave half an `&&` escape at the end: the text ends in an even run of `&`.
    let amps = right.len() - right.trim_end_matches('&').len();
    if amps % 2 == 1 {
        right.pop();
    }
    format!("{left}&R{right}")
}

/// An RFC 3339 UTC timestamp as an Excel date; left empty when it does not parse.
fn date(ws: &mut Worksheet, row: u32, col: u16, ts: &str, f: &Format) -> Result<(), XlsxError> {
    // `2026-11-01T06:02:13.000Z`: Excel dates have no zone; the header says UTC.
    let t = ts.trim_end_matches('Z');
    let t = t.split_once('.').map_or(t, |(a, _)| a);
    match ExcelDateTime::parse_from_str(t) {
        Ok(d) => ws.write_datetime_with_format(row, col, &d, f).map(|_| ()),
        Err(_) => Ok(()),
    }
}
