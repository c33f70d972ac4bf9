//! The results report for HR: one self-contained HTML page (inline CSS, inline SVG
//! charts, no script, no network) over the stored attempts, in either locale.
//!
//! Layout: a summary (attempts, trainees, cohorts, period, filter, and a table of the
//! cohorts), then a section per cohort (attempts without a cohort form their own
//! section): the score distribution, the pass rate, the average per competency (a radar
//! with the numbers beside it), the techniques broken most often with their teaching,
//! and a table of its trainees with a sparkline each; under the table, a collapsed
//! `<details>` per trainee with their attempts over time, their competency radar
//! against the cohort's, their encounters and the techniques they broke most.
//!
//! Pure: values in, a `String` out. Everything is aggregated in one pass over the
//! rows, and what the page holds per trainee is bounded (the last [`MAX_POINTS`]
//! attempts in the chart, [`SPARK_POINTS`] in the sparkline), so 100,000 attempts make
//! a page the size of their trainee count, not of their attempt count. Every string
//! that comes from data or from the Fluent files goes through [`escape`].

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write;

use fluent_bundle::FluentValue;

use super::natural;
use super::store::Row;
use super::xapi::{civil_from_days, days_from_civil};
use touchpoint_content::locale::Texts;

/// Techniques listed per cohort.
pub const TOP_TECHNIQUES: usize = 10;
/// Techniques listed per trainee.
pub const TOP_TECHNIQUES_TRAINEE: usize = 5;
/// Attempts drawn in a trainee's chart (the latest ones).
pub const MAX_POINTS: usize = 50;
/// Finished attempts drawn in a trainee's sparkline (the latest ones).
pub const SPARK_POINTS: usize = 20;

/// How often one trainee broke one technique, in one cohort: [`Store::breaches`]
/// over the same filter as [`ReportInput::rows`]. Entries whose `(cohort,
/// trainee_id)` has no row are ignored; duplicates are summed.
///
/// [`Store::breaches`]: super::store::Store::breaches
pub type Broken = super::store::Breaches;

/// Everything the report shows.
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    /// The attempts, finished and abandoned, in any order.
    pub rows: Vec<Row>,
    pub broken: Vec<Broken>,
    /// When the report was made, as the caller wants it shown (e.g. RFC 3339).
    pub generated_at: String,
    /// The filter in words (e.g. `cohort=A, since=2026-11-01`); empty means everything.
    pub filter_text: String,
    /// How many of the rows are unverified (stored without a replay on their
    /// encounter version): the summary says so.
    pub unverified: usize,
}

/// Escapes text for HTML text and attribute values (quoted with `"` or `'`), and so
/// for XML 1.0's too (the cmi5 course structure, [`super::cmi5`]). Control characters,
/// which HTML does not allow, and U+FFFE and U+FFFF, which XML does not, become U+FFFD.
pub fn escape(s: &str) -> String {
    esc(s, true)
}

/// As [`escape`], for element content only: quotes, which need escaping only inside
/// an attribute value, are left as they are (easier to read in an XML file).
pub fn escape_text(s: &str) -> String {
    esc(s, false)
}

fn esc(s: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            '\'' if quotes => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------
// Aggregation (one pass over the rows).

/// Counts of a set of attempts.
#[derive(Default)]
struct Stats {
    attempts: u64,
    finished: u64,
    abandoned: u64,
    passed: u64,
    /// Attempts stored unverified (not replayed on their encounter version): shown
    /// beside the pass rate they count in.
    unverified: u64,
    score_sum: u64,
    /// Finished attempts by score: 0-9, 10-19, …, 90-100.
    bins: [u64; 10],
    /// Lowest and highest pass mark of the finished attempts.
    pass_marks: Option<(u32, u32)>,
    /// Indexes of the earliest and latest attempt.
    first: Option<usize>,
    last: Option<usize>,
}

impl Stats {
    fn add(&mut self, k: usize, r: &Row, times: &[i64]) {
        self.attempts += 1;
        self.unverified += u64::from(!r.verified);
        let earlier = |a: usize, b: usize| (times[a], a) < (times[b], b);
        if self.first.is_none_or(|f| earlier(k, f)) {
            self.first = Some(k);
        }
        if self.last.is_none_or(|l| earlier(l, k)) {
            self.last = Some(k);
        }
        if !finished(r) {
            self.abandoned += 1;
            return;
        }
        self.finished += 1;
        self.passed += u64::from(r.passed);
        let score = r.score.min(100);
        self.score_sum += u64::from(score);
        self.bins[(score / 10).min(9) as usize] += 1;
        self.pass_marks = Some(match self.pass_marks {
            None => (r.pass_mark, r.pass_mark),
            Some((lo, hi)) => (lo.min(r.pass_mark), hi.max(r.pass_mark)),
        });
    }

    /// The pass mark, when every finished attempt has the same one.
    fn pass_mark(&self) -> Option<u32> {
        self.pass_marks.filter(|(lo, hi)| lo == hi).map(|p| p.0)
    }

    fn average(&self) -> Option<f64> {
        (self.finished > 0).then(|| self.score_sum as f64 / self.finished as f64)
    }
}

fn finished(r: &Row) -> bool {
    r.status != "abandoned"
}

/// Competency ids seen, and the order they are listed in. Each row lists its
/// competencies in catalog order (an abandoned attempt lists all of them), so "x came
/// right before y in some row" pairs, sorted topologically, give the catalog order.
#[derive(Default)]
struct Competencies<'a> {
    index: HashMap<&'a str, usize>,
    ids: Vec<&'a str>,
    /// (x, y): x was listed right before y.
    before: HashSet<(usize, usize)>,
}

impl<'a> Competencies<'a> {
    fn index(&mut self, id: &'a str, prev: Option<usize>) -> usize {
        let i = match self.index.get(id) {
            Some(&i) => i,
            None => {
                self.ids.push(id);
                self.index.insert(id, self.ids.len() - 1);
                self.ids.len() - 1
            }
        };
        if let Some(p) = prev
            && p != i
        {
            self.before.insert((p, i));
        }
        i
    }

    /// Indexes in catalog order: each next is one nothing left must precede, the first
    /// seen of those (or, should rows disagree, the first seen of what is left).
    fn order(&self) -> Vec<usize> {
        let mut left: Vec<usize> = (0..self.ids.len()).collect();
        let mut out = Vec::with_capacity(left.len());
        while !left.is_empty() {
            let k = left
                .iter()
                .position(|&j| !left.iter().any(|&i| self.before.contains(&(i, j))))
                .unwrap_or(0);
            out.push(left.remove(k));
        }
        out
    }
}

/// Sum and count per competency index.
#[derive(Default, Clone)]
struct Sums(Vec<(u64, u64)>);

impl Sums {
    fn add(&mut self, i: usize, score: u32) {
        if self.0.len() <= i {
            self.0.resize(i + 1, (0, 0));
        }
        self.0[i].0 += u64::from(score.min(100));
        self.0[i].1 += 1;
    }

    fn average(&self, i: usize) -> Option<f64> {
        match self.0.get(i) {
            Some(&(s, n)) if n > 0 => Some(s as f64 / n as f64),
            _ => None,
        }
    }
}

struct EncounterAgg<'a> {
    title: &'a str,
    attempts: u64,
    best: Option<u32>,
    passed: bool,
}

struct TraineeAgg<'a> {
    id: &'a str,
    /// The name of the latest attempt (names may be corrected over time).
    name: &'a str,
    name_at: usize,
    stats: Stats,
    comps: Sums,
    rows: Vec<u32>,
    best: Option<u32>,
    /// Index of the latest finished attempt.
    latest: Option<usize>,
    encounters: BTreeMap<&'a str, EncounterAgg<'a>>,
    broken: HashMap<&'a str, u64>,
}

struct CohortAgg<'a> {
    name: Option<&'a str>,
    stats: Stats,
    comps: Sums,
    trainees: Vec<TraineeAgg<'a>>,
    index: HashMap<&'a str, usize>,
    /// (technique, times broken, trainees who broke it), most broken first.
    broken: Vec<(&'a str, u64, u64)>,
    /// Per encounter id: its title and the counts of its attempts.
    encounters: HashMap<&'a str, (&'a str, Stats)>,
}

struct Agg<'a> {
    stats: Stats,
    trainees: usize,
    comps: Competencies<'a>,
    /// Competency indexes in catalog order.
    comp_order: Vec<usize>,
    cohorts: Vec<CohortAgg<'a>>,
    /// Milliseconds since 1970 of each row's start (0 when unreadable).
    times: Vec<i64>,
    /// Techniques that failed some attempt as a critical taboo.
    critical: HashSet<&'a str>,
}

fn aggregate(input: &ReportInput) -> Agg<'_> {
    let rows = &input.rows;
    let times: Vec<i64> = rows
        .iter()
        .map(|r| epoch_ms(&r.started_at).unwrap_or(0))
        .collect();
    let mut stats = Stats::default();
    let mut comps = Competencies::default();
    let mut cohorts: Vec<CohortAgg<'_>> = Vec::new();
    let mut cohort_index: HashMap<Option<&str>, usize> = HashMap::new();
    let mut trainee_ids: HashSet<&str> = HashSet::new();
    let mut critical: HashSet<&str> = HashSet::new();
    let later = |a: usize, b: usize| (times[a], a) > (times[b], b);
    let mut idx: Vec<usize> = Vec::new();
    for (k, r) in rows.iter().enumerate() {
        stats.add(k, r, &times);
        trainee_ids.insert(&r.trainee_id);
        critical.extend(r.critical.iter().map(String::as_str));
        let key = r.cohort.as_deref();
        let ci = *cohort_index.entry(key).or_insert_with(|| {
            cohorts.push(CohortAgg {
                name: key,
                stats: Stats::default(),
                comps: Sums::default(),
                trainees: Vec::new(),
                index: HashMap::new(),
                broken: Vec::new(),
                encounters: HashMap::new(),
            });
            cohorts.len() - 1
        });
        let c = &mut cohorts[ci];
        c.stats.add(k, r, &times);
        c.encounters
            .entry(&r.scenario_id)
            .or_insert_with(|| (&r.scenario_title, Stats::default()))
            .1
            .add(k, r, &times);
        let ti = *c.index.entry(&r.trainee_id).or_insert_with(|| {
            c.trainees.push(TraineeAgg {
                id: &r.trainee_id,
                name: &r.trainee_name,
                name_at: k,
                stats: Stats::default(),
                comps: Sums::default(),
                rows: Vec::new(),
                best: None,
                latest: None,
                encounters: BTreeMap::new(),
                broken: HashMap::new(),
            });
            c.trainees.len() - 1
        });
        let t = &mut c.trainees[ti];
        t.stats.add(k, r, &times);
        t.rows.push(k as u32);
        if later(k, t.name_at) {
            t.name = &r.trainee_name;
            t.name_at = k;
        }
        let e = t
            .encounters
            .entry(&r.scenario_id)
            .or_insert_with(|| EncounterAgg {
                title: &r.scenario_title,
                attempts: 0,
                best: None,
                passed: false,
            });
        e.attempts += 1;
        // Ordering needs every row's competencies (abandoned ones list them all).
        let mut prev = None;
        idx.clear();
        for (id, _) in &r.competencies {
            let i = comps.index(id, prev);
            prev = Some(i);
            idx.push(i);
        }
        if !finished(r) {
            continue;
        }
        let score = r.score.min(100);
        e.best = e.best.max(Some(score));
        e.passed |= r.passed;
        t.best = t.best.max(Some(score));
        if t.latest.is_none_or(|l| later(k, l)) {
            t.latest = Some(k);
        }
        for (&i, (_, v)) in idx.iter().zip(&r.competencies) {
            c.comps.add(i, *v);
            t.comps.add(i, *v);
        }
    }
    for b in &input.broken {
        let Some(&ci) = cohort_index.get(&b.cohort.as_deref()) else {
            continue;
        };
        let c = &mut cohorts[ci];
        let Some(&ti) = c.index.get(b.trainee_id.as_str()) else {
            continue;
        };
        *c.trainees[ti].broken.entry(&b.technique).or_default() += b.count;
    }
    for c in &mut cohorts {
        let mut by: HashMap<&str, (u64, u64)> = HashMap::new();
        for t in &c.trainees {
            for (&tech, &n) in &t.broken {
                if n > 0 {
                    let e = by.entry(tech).or_default();
                    e.0 += n;
                    e.1 += 1;
                }
            }
        }
        let mut list: Vec<(&str, u64, u64)> = by.into_iter().map(|(k, v)| (k, v.0, v.1)).collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(b.0)));
        list.truncate(TOP_TECHNIQUES);
        c.broken = list;
        // Natural order: 学员2 before 学员10, t9 before t10.
        c.trainees
            .sort_by(|a, b| natural::cmp(a.name, b.name).then_with(|| natural::cmp(a.id, b.id)));
        c.index.clear();
    }
    // Named cohorts by name in natural order (cohort-2 before cohort-10), then the
    // attempts without one.
    cohorts.sort_by(|a, b| natural::cmp_opt(a.name, b.name));
    Agg {
        stats,
        trainees: trainee_ids.len(),
        comp_order: comps.order(),
        comps,
        cohorts,
        times,
        critical,
    }
}

// ---------------------------------------------------------------------------------
// Time.

/// Milliseconds since 1970 (UTC) of an RFC 3339 timestamp (`2026-11-02T09:30:00.123Z`,
/// `…+08:00`) or a date (`2026-11-02`); `None` when unreadable.
fn epoch_ms(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let num = |from: usize, to: usize| -> Option<i64> {
        let part = s.get(from..to)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (y, m, d) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut ms = days_from_civil(y, m, d) * 86_400_000;
    if b.len() <= 10 {
        return Some(ms);
    }
    if !matches!(b[10], b'T' | b't' | b' ') || b.get(13) != Some(&b':') {
        return None;
    }
    let (h, mi) = (num(11, 13)?, num(14, 16)?);
    let mut i = 16;
    let mut sec = 0;
    if b.get(16) == Some(&b':') {
        sec = num(17, 19)?;
        i = 19;
    }
    let mut frac = 0;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let digits = &s[start..i.min(start + 3)];
        frac = format!("{digits:0<3}").parse().unwrap_or(0);
    }
    ms += ((h * 60 + mi) * 60 + sec) * 1000 + frac;
    if let Some(&sign @ (b'+' | b'-')) = b.get(i) {
        let offset = (num(i + 1, i + 3)? * 60 + num(i + 4, i + 6)?) * 60_000;
        ms -= if sign == b'+' { offset } else { -offset };
    }
    Some(ms)
}

/// The date of a timestamp as written (its first ten characters).
fn date(s: &str) -> &str {
    s.get(..10).unwrap_or(s)
}

// ---------------------------------------------------------------------------------
// Formatting helpers.

fn ui(t: &Texts, id: &str) -> String {
    escape(&t.ui(id))
}

fn ui_fmt(t: &Texts, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    escape(&t.ui_fmt(id, args))
}

fn pct(n: u64, d: u64) -> String {
    if d == 0 {
        "–".to_string()
    } else {
        format!("{:.0}%", 100.0 * n as f64 / d as f64)
    }
}

/// After a pass rate: how many of its attempts are unverified, if any.
fn unverified_mark(t: &Texts, s: &Stats) -> String {
    if s.unverified == 0 {
        return String::new();
    }
    format!(
        " <span class=\"unverified\" title=\"{}\">{}</span>",
        escape(&ui(t, "report-legend-unverified")),
        escape(&ui_fmt(
            t,
            "report-unverified-count",
            &[("count", s.unverified.into())]
        ))
    )
}

fn one(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| format!("{v:.1}"))
}

fn opt(v: Option<u32>) -> String {
    v.map_or_else(|| "–".to_string(), |v| v.to_string())
}

fn period(s: &Stats, rows: &[Row]) -> String {
    match (s.first, s.last) {
        (Some(a), Some(b)) => {
            let (a, b) = (date(&rows[a].started_at), date(&rows[b].started_at));
            if a == b {
                escape(a)
            } else {
                format!("{} – {}", escape(a), escape(b))
            }
        }
        _ => "–".to_string(),
    }
}

fn cohort_name(t: &Texts, c: &CohortAgg) -> String {
    c.name.map_or_else(|| ui(t, "report-no-cohort"), escape)
}

/// Splits a label into lines of at most `width` units (a CJK character counts two),
/// at spaces when there are any; at most three lines, the last cut with "…".
fn wrap(label: &str, width: usize) -> Vec<String> {
    let w = |c: char| if c as u32 >= 0x2E80 { 2 } else { 1 };
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0;
    let words: Vec<&str> = if label.contains(' ') {
        label.split(' ').collect()
    } else {
        vec![label]
    };
    for (k, word) in words.iter().enumerate() {
        let ww: usize = word.chars().map(w).sum();
        if k > 0 {
            if cur_w + 1 + ww <= width {
                cur.push(' ');
                cur_w += 1;
            } else {
                lines.push(std::mem::take(&mut cur));
                cur_w = 0;
            }
        }
        for c in word.chars() {
            if cur_w + w(c) > width && !cur.is_empty() {
                lines.push(std::mem::take(&mut cur));
                cur_w = 0;
            }
            cur.push(c);
            cur_w += w(c);
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    if lines.len() > 3 {
        lines.truncate(3);
        lines[2].push('…');
    }
    lines
}

// ---------------------------------------------------------------------------------
// Charts.

/// Histogram of finished attempts in ten 10-point bins: ten `rect.bar`, each with
/// `data-count`, the tallest 150 units high.
fn histogram(out: &mut String, bins: &[u64; 10], pass_mark: Option<u32>, t: &Texts) {
    const L: f64 = 44.0;
    const R: f64 = 404.0;
    const TOP: f64 = 22.0;
    const BOT: f64 = 172.0;
    let max = bins.iter().copied().max().unwrap_or(0).max(1);
    let step = nice_step(max);
    let top_tick = max.div_ceil(step) * step;
    let y = |v: f64| BOT - v / top_tick as f64 * (BOT - TOP);
    let x = |score: f64| L + score / 100.0 * (R - L);
    let _ = write!(
        out,
        r#"<svg class="hist" viewBox="0 0 420 206" role="img" aria-label="{}">"#,
        ui(t, "report-distribution")
    );
    let mut v = 0;
    while v <= top_tick {
        let yy = y(v as f64);
        let _ = write!(
            out,
            r#"<line class="grid" x1="{L}" y1="{yy:.1}" x2="{R}" y2="{yy:.1}"/><text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{v}</text>"#,
            L - 6.0,
            yy + 4.0
        );
        v += step;
    }
    for (k, &n) in bins.iter().enumerate() {
        let x0 = x(k as f64 * 10.0) + 3.0;
        let w = x(10.0) - x(0.0) - 6.0;
        let h = n as f64 / top_tick as f64 * (BOT - TOP);
        let to = if k == 9 { 100 } else { k * 10 + 9 };
        let _ = write!(
            out,
            r#"<rect class="bar" data-bin="{k}" data-count="{n}" x="{x0:.1}" y="{:.1}" width="{w:.1}" height="{h:.1}"><title>{}</title></rect>"#,
            BOT - h,
            ui_fmt(
                t,
                "report-score-bin",
                &[
                    ("from", (k * 10).into()),
                    ("to", to.into()),
                    ("count", n.into())
                ]
            )
        );
        if n > 0 {
            let _ = write!(
                out,
                r#"<text class="count" x="{:.1}" y="{:.1}" text-anchor="middle">{n}</text>"#,
                x0 + w / 2.0,
                BOT - h - 4.0
            );
        }
    }
    let _ = write!(
        out,
        r#"<line class="axis" x1="{L}" y1="{BOT}" x2="{R}" y2="{BOT}"/>"#
    );
    for k in 0..=10 {
        let _ = write!(
            out,
            r#"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            x(k as f64 * 10.0),
            BOT + 15.0,
            k * 10
        );
    }
    let _ = write!(
        out,
        r#"<text class="axis-label" x="{:.1}" y="200" text-anchor="middle">{}</text>"#,
        (L + R) / 2.0,
        ui(t, "report-score")
    );
    if let Some(pm) = pass_mark {
        let xx = x(f64::from(pm.min(100)));
        let _ = write!(
            out,
            r#"<line class="passmark" x1="{xx:.1}" y1="{:.1}" x2="{xx:.1}" y2="{BOT}"/><text class="passmark-label" x="{:.1}" y="{:.1}">{}</text>"#,
            TOP - 6.0,
            xx + 4.0,
            TOP - 9.0,
            ui_fmt(t, "report-pass-mark", &[("mark", pm.into())])
        );
    }
    out.push_str("</svg>");
}

/// 1, 2 or 5 times a power of ten, giving at most five ticks up to `max`.
fn nice_step(max: u64) -> u64 {
    let mut p = 1;
    loop {
        for m in [1, 2, 5] {
            if max.div_ceil(m * p) <= 5 {
                return m * p;
            }
        }
        p *= 10;
    }
}

/// A radar of scores 0..=100: one axis per label (first up, clockwise), rings at 20,
/// 40 … 100, the values as `polygon.radar-value` (one point per axis) and, if given,
/// a reference as a dashed `polygon.radar-ref`.
fn radar(
    out: &mut String,
    labels: &[String],
    values: &[f64],
    reference: Option<&[f64]>,
    aria: &str,
) {
    const CX: f64 = 260.0;
    const CY: f64 = 168.0;
    const RAD: f64 = 100.0;
    let n = labels.len();
    let point = |k: usize, v: f64| {
        let a = std::f64::consts::TAU * k as f64 / n as f64;
        let r = RAD * v.clamp(0.0, 100.0) / 100.0;
        (CX + r * a.sin(), CY - r * a.cos())
    };
    let poly = |vals: &mut dyn Iterator<Item = (usize, f64)>| {
        let mut s = String::new();
        for (k, v) in vals {
            let (x, y) = point(k, v);
            let _ = write!(s, "{}{x:.1},{y:.1}", if s.is_empty() { "" } else { " " });
        }
        s
    };
    let _ = write!(
        out,
        r#"<svg class="radar" viewBox="0 0 520 336" role="img" aria-label="{}">"#,
        escape(aria)
    );
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        let _ = write!(
            out,
            r#"<polygon class="ring" points="{}"/>"#,
            poly(&mut (0..n).map(|k| (k, ring)))
        );
    }
    for k in 0..n {
        let (x, y) = point(k, 100.0);
        let _ = write!(
            out,
            r#"<line class="spoke" x1="{CX}" y1="{CY}" x2="{x:.1}" y2="{y:.1}"/>"#
        );
    }
    for v in [50, 100] {
        let _ = write!(
            out,
            r#"<text class="tick" x="{:.1}" y="{:.1}">{v}</text>"#,
            CX + 3.0,
            CY - RAD * f64::from(v) / 100.0 + 10.0
        );
    }
    if let Some(r) = reference {
        let _ = write!(
            out,
            r#"<polygon class="radar-ref" points="{}"/>"#,
            poly(&mut r.iter().copied().enumerate())
        );
    }
    let _ = write!(
        out,
        r#"<polygon class="radar-value" points="{}"/>"#,
        poly(&mut values.iter().copied().enumerate())
    );
    for (k, &v) in values.iter().enumerate() {
        let (x, y) = point(k, v);
        let _ = write!(
            out,
            r#"<circle class="radar-dot" cx="{x:.1}" cy="{y:.1}" r="3"><title>{}: {v:.1}</title></circle>"#,
            escape(&labels[k])
        );
    }
    for (k, label) in labels.iter().enumerate() {
        let a = std::f64::consts::TAU * k as f64 / n as f64;
        let (dx, dy) = (a.sin(), -a.cos());
        let (lx, ly) = (CX + (RAD + 12.0) * dx, CY + (RAD + 12.0) * dy);
        let anchor = if dx > 0.25 {
            "start"
        } else if dx < -0.25 {
            "end"
        } else {
            "middle"
        };
        let lines = wrap(label, 22);
        let h = 13.0;
        let first = if dy < -0.25 {
            ly - (lines.len() - 1) as f64 * h
        } else if dy > 0.25 {
            ly + 9.0
        } else {
            ly - (lines.len() - 1) as f64 * h / 2.0 + 4.0
        };
        let _ = write!(
            out,
            r#"<text class="radar-label" x="{lx:.1}" y="{first:.1}" text-anchor="{anchor}"><title>{}</title>"#,
            escape(label)
        );
        for (j, line) in lines.iter().enumerate() {
            let _ = write!(
                out,
                r#"<tspan x="{lx:.1}" dy="{}">{}</tspan>"#,
                if j == 0 { 0.0 } else { h },
                escape(line)
            );
        }
        out.push_str("</text>");
    }
    out.push_str("</svg>");
}

/// One attempt in a trainee's chart.
struct Point<'a> {
    t: i64,
    row: &'a Row,
}

/// A trainee's attempts over time: x by start time (dated ticks), y the score, the pass
/// mark as a dashed line; finished attempts as `circle.pt` (filled when passed,
/// hollow when not) joined by a line, abandoned ones as a grey × on the axis.
fn timeline(out: &mut String, points: &[Point], t: &Texts) {
    const L: f64 = 40.0;
    const R: f64 = 884.0;
    const TOP: f64 = 14.0;
    const BOT: f64 = 178.0;
    const PAD: f64 = 10.0;
    let (t0, t1) = (
        points.iter().map(|p| p.t).min().unwrap_or(0),
        points.iter().map(|p| p.t).max().unwrap_or(0),
    );
    let x = |tm: i64| {
        if t1 == t0 {
            (L + R) / 2.0
        } else {
            L + PAD + (tm - t0) as f64 / (t1 - t0) as f64 * (R - L - 2.0 * PAD)
        }
    };
    let y = |s: u32| BOT - f64::from(s.min(100)) / 100.0 * (BOT - TOP);
    let _ = write!(
        out,
        r#"<svg class="timeline" viewBox="0 0 900 210" role="img" aria-label="{}">"#,
        ui(t, "report-over-time")
    );
    for s in [0, 20, 40, 60, 80, 100] {
        let yy = y(s);
        let _ = write!(
            out,
            r#"<line class="grid" x1="{L}" y1="{yy:.1}" x2="{R}" y2="{yy:.1}"/><text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{s}</text>"#,
            L - 6.0,
            yy + 4.0
        );
    }
    let _ = write!(
        out,
        r#"<line class="axis" x1="{L}" y1="{BOT}" x2="{R}" y2="{BOT}"/>"#
    );
    // Dated ticks: five across a span of days, else the first and last time.
    let day = 86_400_000;
    let fmt_day = |tm: i64, with_time: bool| {
        let (yy, m, d) = civil_from_days(tm.div_euclid(day));
        let (y0, ..) = civil_from_days(t0.div_euclid(day));
        let (y1, ..) = civil_from_days(t1.div_euclid(day));
        let mut s = if y0 == y1 {
            format!("{m:02}-{d:02}")
        } else {
            format!("{yy}-{m:02}-{d:02}")
        };
        if with_time {
            let ms = tm.rem_euclid(day);
            let _ = write!(s, " {:02}:{:02}", ms / 3_600_000, ms / 60_000 % 60);
        }
        s
    };
    let ticks: Vec<(i64, bool)> = if t1 - t0 >= 3 * day {
        (0..5).map(|k| (t0 + (t1 - t0) * k / 4, false)).collect()
    } else if t1 > t0 {
        vec![(t0, true), (t1, true)]
    } else {
        vec![(t0, false)]
    };
    let mut last_label = String::new();
    for (tm, with_time) in ticks {
        let label = fmt_day(tm, with_time);
        if label == last_label {
            continue;
        }
        let xx = x(tm);
        let _ = write!(
            out,
            r#"<line class="axis" x1="{xx:.1}" y1="{BOT}" x2="{xx:.1}" y2="{:.1}"/><text class="tick" x="{xx:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            BOT + 4.0,
            BOT + 17.0,
            escape(&label)
        );
        last_label = label;
    }
    // The pass mark: one line when every attempt shares it, else a step per attempt.
    let scored: Vec<&Point> = points.iter().filter(|p| finished(p.row)).collect();
    let marks: Vec<u32> = points.iter().map(|p| p.row.pass_mark).collect();
    if let Some(&pm) = marks.first() {
        if marks.iter().all(|&m| m == pm) {
            let yy = y(pm);
            let _ = write!(
                out,
                r#"<line class="passmark" x1="{L}" y1="{yy:.1}" x2="{R}" y2="{yy:.1}"/><text class="passmark-label" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
                R - 2.0,
                yy - 4.0,
                ui_fmt(t, "report-pass-mark", &[("mark", pm.into())])
            );
        } else {
            let mut d = String::new();
            for (k, p) in points.iter().enumerate() {
                let _ = write!(
                    d,
                    "{}{:.1},{:.1}",
                    if k == 0 { "M" } else { " L" },
                    x(p.t),
                    y(p.row.pass_mark)
                );
            }
            let _ = write!(out, r#"<path class="passmark" d="{d}"/>"#);
        }
    }
    if scored.len() > 1 {
        let pts: Vec<String> = scored
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(p.t), y(p.row.score)))
            .collect();
        let _ = write!(
            out,
            r#"<polyline class="line" points="{}"/>"#,
            pts.join(" ")
        );
    }
    for p in points {
        let r = p.row;
        let xx = x(p.t);
        let what = if !finished(r) {
            ui(t, "report-legend-abandoned")
        } else if r.passed {
            ui(t, "report-legend-passed")
        } else {
            ui(t, "report-legend-failed")
        };
        let mut title = format!(
            "{} · {} · {} · {what}",
            escape(date(&r.started_at)),
            escape(&r.scenario_title),
            r.score
        );
        if !r.verified {
            title.push_str(" · ");
            title.push_str(&escape(&ui(t, "report-legend-unverified")));
        }
        if finished(r) {
            let _ = write!(
                out,
                r#"<circle class="pt {}" cx="{xx:.1}" cy="{:.1}" r="4"><title>{title}</title></circle>"#,
                if r.passed { "pass" } else { "fail" },
                y(r.score)
            );
        } else {
            let _ = write!(
                out,
                r#"<path class="ab" d="M{:.1},{:.1} l8,8 m0,-8 l-8,8"><title>{title}</title></path>"#,
                xx - 4.0,
                BOT - 4.0
            );
        }
    }
    out.push_str("</svg>");
}

/// A small line of the latest finished scores, with the pass mark dotted.
fn sparkline(out: &mut String, scores: &[(u32, bool)], pass_mark: Option<u32>) {
    const W: f64 = 120.0;
    const H: f64 = 28.0;
    let y = |s: u32| H - 2.0 - f64::from(s.min(100)) / 100.0 * (H - 4.0);
    let x = |k: usize| {
        if scores.len() <= 1 {
            W / 2.0
        } else {
            2.0 + k as f64 / (scores.len() - 1) as f64 * (W - 4.0)
        }
    };
    let _ = write!(
        out,
        r#"<svg class="spark" viewBox="0 0 {W} {H}" width="{W}" height="{H}" aria-hidden="true">"#
    );
    if let Some(pm) = pass_mark {
        let yy = y(pm);
        let _ = write!(
            out,
            r#"<line class="passmark" x1="0" y1="{yy:.1}" x2="{W}" y2="{yy:.1}"/>"#
        );
    }
    if scores.len() > 1 {
        let pts: Vec<String> = scores
            .iter()
            .enumerate()
            .map(|(k, &(s, _))| format!("{:.1},{:.1}", x(k), y(s)))
            .collect();
        let _ = write!(
            out,
            r#"<polyline class="line" points="{}"/>"#,
            pts.join(" ")
        );
    }
    if let Some(&(s, passed)) = scores.last() {
        let _ = write!(
            out,
            r#"<circle class="pt {}" cx="{:.1}" cy="{:.1}" r="2.5"/>"#,
            if passed { "pass" } else { "fail" },
            x(scores.len() - 1),
            y(s)
        );
    }
    out.push_str("</svg>");
}

// ---------------------------------------------------------------------------------
// The page.

const CSS: &str = r#"
:root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#0b5cad;--accent-soft:rgba(11,92,173,.18);--pass:#1a7f37;--fail:#b42318;--ref:#9a6700}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:1200px;padding:24px 28px 48px;color:var(--ink);background:#fff;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
html:lang(zh) body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif}
h1{font-size:26px;margin:0 0 2px}
h2{font-size:21px;margin:36px 0 10px;padding-bottom:4px;border-bottom:3px solid var(--accent)}
h3{font-size:16px;margin:22px 0 8px}
h4{font-size:14px;margin:12px 0 6px}
a{color:var(--accent)}
.meta,.note{color:var(--muted)}
.note{font-size:12.5px;margin:4px 0}
.unverified{color:var(--muted);font-size:12px}
.kpis{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0;padding:0;list-style:none}
.kpis li{flex:1 1 0;min-width:120px;border:1px solid var(--line);border-radius:6px;padding:6px 12px;background:var(--soft)}
.kpis b{display:block;font-size:19px;font-variant-numeric:tabular-nums}
.kpis .period{flex-grow:2.6}
.kpis span{color:var(--muted);font-size:12px}
.charts,.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:14px;align-items:start}
@media (max-width:820px){.charts,.cols{grid-template-columns:minmax(0,1fr)}}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px 12px;break-inside:avoid}
figcaption{font-weight:600;margin-bottom:4px}
svg{display:block;width:100%;height:auto;overflow:visible}
svg text{font-size:11px;fill:var(--ink)}
svg .tick{fill:var(--muted);font-size:10.5px}
svg .count{font-size:10.5px;font-weight:600}
svg .axis-label{fill:var(--muted)}
svg .grid{stroke:#e6e9ed;stroke-width:1}
svg .axis{stroke:#8c959f;stroke-width:1}
svg .bar{fill:var(--accent)}
svg .passmark{stroke:var(--fail);stroke-width:1.5;stroke-dasharray:5 3;fill:none}
svg .passmark-label{fill:var(--fail);font-size:10.5px}
svg .ring{fill:none;stroke:#d8dee4}
svg .spoke{stroke:#d8dee4}
svg .radar-value{fill:var(--accent-soft);stroke:var(--accent);stroke-width:2}
svg .radar-ref{fill:none;stroke:var(--ref);stroke-width:1.5;stroke-dasharray:4 3}
svg .radar-dot{fill:var(--accent)}
svg .radar-label{font-size:11.5px}
svg .line{fill:none;stroke:var(--accent);stroke-width:1.5}
svg .pt.pass{fill:var(--pass);stroke:var(--pass)}
svg .pt.fail{fill:#fff;stroke:var(--fail);stroke-width:1.8}
svg .ab{stroke:#6e7781;stroke-width:1.8;fill:none}
svg.spark{display:inline-block;width:120px;height:28px;vertical-align:middle}
.legend{font-size:12px;color:var(--muted);margin-top:4px}
.legend i{font-style:normal;display:inline-block;margin:0 4px 0 10px}
.sw-value{color:var(--accent)} .sw-ref{color:var(--ref)} .sw-pass{color:var(--pass)} .sw-fail{color:var(--fail)}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;font-size:13px}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.meter{display:inline-block;width:90px;height:9px;background:#eaeef2;border-radius:2px;vertical-align:middle;margin-left:6px;overflow:hidden}
.meter>span{display:block;height:100%;background:var(--accent)}
.id{color:var(--muted);font-size:12px}
.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:9px;border:1px solid var(--fail);color:var(--fail);margin-left:6px;white-space:nowrap}
.yes{color:var(--pass);font-weight:600;white-space:nowrap} .no{color:var(--fail);white-space:nowrap}
.teach{font-size:13px}
details{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:0 12px}
details[open]{padding-bottom:10px}
summary{cursor:pointer;padding:7px 0;font-weight:600}
summary .meta{font-weight:400;margin-left:8px}
.cols>.over-time{grid-column:1/-1}
.side h4:first-child{margin-top:0}
figure h4{margin-top:14px}
nav table td:first-child a{font-weight:600}
@media print{
 body{max-width:none;padding:0;font-size:11px}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .cohort{break-before:page}
 figure,details,tr{break-inside:avoid}
 details{border:none;padding:0}
 details::details-content{display:block;content-visibility:visible}
 summary{list-style:none}
 a{color:inherit;text-decoration:none}
}
"#;

/// Renders the report. `texts` must carry the catalog (competency and technique names
/// and `.teaching`) for `cat`/`cat_attr`, e.g. `Texts::new(locale, None,
/// Some(catalog.resource()))` with `locale::load_ftl(locales, locale, "catalog")`.
pub fn render(input: &ReportInput, texts: &Texts) -> String {
    let agg = aggregate(input);
    let mut out = String::with_capacity(32 * 1024 + agg.cohorts.len() * 16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"touchpoint\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        escape(&texts.locale),
        ui(texts, "report-title")
    );
    summary(&mut out, &agg, input, texts);
    for (k, c) in agg.cohorts.iter().enumerate() {
        cohort_section(&mut out, k, c, &agg, input, texts);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The "attempts (finished, abandoned)" figure.
fn kpi_attempts(out: &mut String, t: &Texts, s: &Stats) {
    kpi(
        out,
        &s.attempts.to_string(),
        &ui_fmt(
            t,
            "report-attempts-detail",
            &[
                ("finished", s.finished.into()),
                ("abandoned", s.abandoned.into()),
            ],
        ),
    );
}

fn kpi(out: &mut String, value: &str, label: &str) {
    let _ = write!(out, "<li><b>{value}</b><span>{label}</span></li>");
}

fn summary(out: &mut String, agg: &Agg, input: &ReportInput, t: &Texts) {
    let filter = if input.filter_text.trim().is_empty() {
        t.ui("report-filter-all")
    } else {
        input.filter_text.clone()
    };
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">{} · {} · {}</p>\n",
        ui(t, "report-title"),
        ui_fmt(
            t,
            "report-generated",
            &[("at", input.generated_at.as_str().into())]
        ),
        ui_fmt(t, "report-filter", &[("filter", filter.into())]),
        ui(t, "report-utc"),
    );
    let s = &agg.stats;
    out.push_str("<ul class=\"kpis\">");
    kpi_attempts(out, t, s);
    kpi(out, &agg.trainees.to_string(), &ui(t, "report-trainees"));
    kpi(
        out,
        &agg.cohorts.len().to_string(),
        &ui(t, "report-cohorts"),
    );
    kpi(out, &pct(s.passed, s.finished), &ui(t, "report-pass-rate"));
    kpi(out, &one(s.average()), &ui(t, "report-average"));
    let _ = write!(
        out,
        "<li class=\"period\"><b>{}</b><span>{}</span></li>",
        period(s, &input.rows),
        ui(t, "report-period")
    );
    out.push_str("</ul>\n");
    if input.unverified > 0 {
        let _ = writeln!(
            out,
            "<p class=\"note unverified\">{}</p>",
            ui_fmt(
                t,
                "report-unverified",
                &[("count", input.unverified.into())]
            )
        );
    }
    out.push_str("</header>\n<main>\n");
    if agg.cohorts.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", ui(t, "report-empty"));
        return;
    }
    let _ = write!(
        out,
        "<nav>\n<h2>{}</h2>\n<table class=\"cohorts\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
        ui(t, "report-summary"),
        ui(t, "report-cohort"),
        ui(t, "report-trainees"),
        ui(t, "report-attempts"),
        ui(t, "report-pass-rate"),
        ui(t, "report-trainees-passed"),
        ui(t, "report-average"),
        ui(t, "report-period"),
    );
    for (k, c) in agg.cohorts.iter().enumerate() {
        let passed = c.trainees.iter().filter(|tr| tr.stats.passed > 0).count();
        let _ = write!(
            out,
            "<tr><td><a href=\"#c{k}\">{}</a></td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            cohort_name(t, c),
            c.trainees.len(),
            c.stats.attempts,
            pct(c.stats.passed, c.stats.finished) + &unverified_mark(t, &c.stats),
            ui_fmt(
                t,
                "report-trainees-passed-value",
                &[
                    ("passed", passed.into()),
                    ("total", c.trainees.len().into())
                ]
            ),
            one(c.stats.average()),
            period(&c.stats, &input.rows),
        );
    }
    out.push_str("</tbody></table>\n</nav>\n");
}

/// Competency columns with data in `sums`, in catalog order: (index, name).
fn axes(agg: &Agg, sums: &Sums, t: &Texts) -> Vec<(usize, String)> {
    agg.comp_order
        .iter()
        .filter(|&&i| sums.average(i).is_some())
        .map(|&i| (i, t.cat(agg.comps.ids[i])))
        .collect()
}

/// The radar (three axes or more) and a table of the numbers; `reference` adds the
/// cohort's averages.
fn competency_block(out: &mut String, agg: &Agg, sums: &Sums, reference: Option<&Sums>, t: &Texts) {
    let ax = axes(agg, sums, t);
    if ax.is_empty() {
        let _ = write!(out, "<p class=\"note\">{}</p>", ui(t, "report-no-scores"));
        return;
    }
    let values: Vec<f64> = ax
        .iter()
        .map(|(i, _)| sums.average(*i).unwrap_or(0.0))
        .collect();
    let refs: Option<Vec<f64>> = reference.map(|r| {
        ax.iter()
            .map(|(i, _)| r.average(*i).unwrap_or(0.0))
            .collect()
    });
    if ax.len() >= 3 {
        let labels: Vec<String> = ax.iter().map(|(_, n)| n.clone()).collect();
        radar(
            out,
            &labels,
            &values,
            refs.as_deref(),
            &t.ui("report-competencies"),
        );
        out.push_str("<div class=\"legend\">");
        if reference.is_some() {
            let _ = write!(
                out,
                "<i class=\"sw-value\">■</i>{}<i class=\"sw-ref\">- -</i>{}",
                ui(t, "report-trainee-average"),
                ui(t, "report-cohort-average")
            );
        }
        out.push_str("</div>");
    }
    let _ = write!(
        out,
        "<table class=\"comp\"><thead><tr><th>{}</th><th class=\"num\">{}</th>{}</tr></thead><tbody>",
        ui(t, "report-competency"),
        if reference.is_some() {
            ui(t, "report-trainee-average")
        } else {
            ui(t, "report-average")
        },
        if reference.is_some() {
            format!("<th class=\"num\">{}</th>", ui(t, "report-cohort-average"))
        } else {
            String::new()
        }
    );
    for (k, (_, name)) in ax.iter().enumerate() {
        let v = values[k];
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"num\">{v:.1}<span class=\"meter\"><span style=\"width:{:.0}%\"></span></span></td>",
            escape(name),
            v.clamp(0.0, 100.0)
        );
        if let Some(r) = &refs {
            let _ = write!(out, "<td class=\"num\">{:.1}</td>", r[k]);
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// A cohort's encounters: attempts, pass rate and average, hardest first.
fn encounter_table(out: &mut String, c: &CohortAgg, t: &Texts) {
    let mut list: Vec<(&&str, &(&str, Stats))> = c.encounters.iter().collect();
    let rate = |s: &Stats| (s.finished > 0).then(|| s.passed as f64 / s.finished as f64);
    list.sort_by(|a, b| {
        let (ra, rb) = (rate(&a.1.1), rate(&b.1.1));
        ra.partial_cmp(&rb)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(
                a.1.1
                    .average()
                    .partial_cmp(&b.1.1.average())
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(a.1.0.cmp(b.1.0))
            .then(a.0.cmp(b.0))
    });
    let _ = write!(
        out,
        "<h4>{}</h4><table class=\"cohort-encounters\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        ui(t, "report-encounters-hardest"),
        ui(t, "report-scenario"),
        ui(t, "report-attempts"),
        ui(t, "report-pass-rate"),
        ui(t, "report-average"),
    );
    for (id, (title, s)) in list {
        let _ = write!(
            out,
            "<tr><td>{} <span class=\"id\">{}</span></td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(title),
            escape(id),
            s.attempts,
            pct(s.passed, s.finished),
            one(s.average()),
        );
    }
    out.push_str("</tbody></table>");
}

fn cohort_section(
    out: &mut String,
    k: usize,
    c: &CohortAgg,
    agg: &Agg,
    input: &ReportInput,
    t: &Texts,
) {
    let s = &c.stats;
    let passed_trainees = c.trainees.iter().filter(|tr| tr.stats.passed > 0).count();
    let _ = write!(
        out,
        "<section class=\"cohort\" id=\"c{k}\">\n<h2>{}{}{}</h2>\n<ul class=\"kpis\">",
        ui(t, "report-cohort"),
        escape(t.colon()),
        cohort_name(t, c)
    );
    kpi_attempts(out, t, s);
    kpi(
        out,
        &c.trainees.len().to_string(),
        &ui(t, "report-trainees"),
    );
    let _ = write!(
        out,
        "<li class=\"pass-rate\"><b>{}</b><span>{}{}</span></li>",
        pct(s.passed, s.finished),
        ui_fmt(
            t,
            "report-pass-rate-detail",
            &[("passed", s.passed.into()), ("finished", s.finished.into())]
        ),
        unverified_mark(t, s)
    );
    kpi(
        out,
        &ui_fmt(
            t,
            "report-trainees-passed-value",
            &[
                ("passed", passed_trainees.into()),
                ("total", c.trainees.len().into()),
            ],
        ),
        &ui(t, "report-trainees-passed"),
    );
    kpi(out, &one(s.average()), &ui(t, "report-average"));
    let _ = write!(
        out,
        "<li class=\"period\"><b>{}</b><span>{}</span></li>",
        period(s, &input.rows),
        ui(t, "report-period")
    );
    out.push_str("</ul>\n<div class=\"charts\">\n");
    let _ = write!(
        out,
        "<figure class=\"distribution\"><figcaption>{}</figcaption>",
        ui(t, "report-distribution")
    );
    histogram(out, &s.bins, s.pass_mark(), t);
    let _ = write!(
        out,
        "<p class=\"note\">{}</p>",
        ui_fmt(
            t,
            "report-distribution-note",
            &[("abandoned", s.abandoned.into())]
        )
    );
    encounter_table(out, c, t);
    out.push_str("</figure>\n");
    let _ = write!(
        out,
        "<figure class=\"competencies\"><figcaption>{}</figcaption>",
        ui(t, "report-competencies")
    );
    competency_block(out, agg, &c.comps, None, t);
    out.push_str("</figure>\n</div>\n");
    // What to retrain.
    let _ = write!(out, "<h3>{}</h3>", ui(t, "report-broken"));
    if c.broken.is_empty() {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", ui(t, "report-broken-none"));
    } else {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p><table class=\"broken\"><thead><tr><th class=\"num\">#</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
            ui(t, "report-broken-note"),
            ui(t, "report-technique"),
            ui(t, "report-times-broken"),
            ui(t, "report-trainees"),
            ui(t, "report-teaching"),
        );
        for (n, (tech, count, trainees)) in c.broken.iter().enumerate() {
            let badge = if agg.critical.contains(tech) {
                format!("<span class=\"badge\">{}</span>", ui(t, "report-taboo"))
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<tr><td class=\"num\">{}</td><td>{}{badge}<div class=\"id\">{}</div></td><td class=\"num\">{count}</td><td class=\"num\">{trainees}</td><td class=\"teach\">{}</td></tr>",
                n + 1,
                escape(&t.cat(tech)),
                escape(tech),
                escape(&t.cat_attr(tech, "teaching").unwrap_or_default()),
            );
        }
        out.push_str("</tbody></table>\n");
    }
    // Trainees: a table, then a collapsed section each.
    let _ = write!(
        out,
        "<h3>{}</h3><table class=\"trainees\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        ui(t, "report-trainees"),
        ui(t, "report-trainee"),
        ui(t, "report-attempts"),
        ui(t, "report-best"),
        ui(t, "report-latest"),
        ui(t, "report-pass-rate"),
        ui(t, "report-has-passed"),
        ui(t, "report-last-attempt"),
        ui(t, "report-trend"),
    );
    let single = agg.cohorts.len() == 1 && c.trainees.len() == 1;
    let mut sorted: Vec<Vec<u32>> = Vec::with_capacity(c.trainees.len());
    for (j, tr) in c.trainees.iter().enumerate() {
        let mut rows = tr.rows.clone();
        rows.sort_by_key(|&i| (agg.times[i as usize], i));
        let latest = tr.latest.map(|i| input.rows[i].score);
        let last = tr
            .stats
            .last
            .map_or("–", |i| date(&input.rows[i].started_at));
        let _ = write!(
            out,
            "<tr><td><a href=\"#c{k}-t{j}\">{}</a> <span class=\"id\">{}</span></td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td>",
            escape(tr.name),
            escape(tr.id),
            tr.stats.attempts,
            opt(tr.best),
            opt(latest),
            pct(tr.stats.passed, tr.stats.finished) + &unverified_mark(t, &tr.stats),
            if tr.stats.passed > 0 {
                format!("<span class=\"yes\">✓ {}</span>", ui(t, "report-yes"))
            } else {
                format!("<span class=\"no\">{}</span>", ui(t, "report-not-yet"))
            },
            escape(last),
        );
        let spark: Vec<(u32, bool)> = rows
            .iter()
            .map(|&i| &input.rows[i as usize])
            .filter(|r| finished(r))
            .map(|r| (r.score, r.passed))
            .collect();
        let from = spark.len().saturating_sub(SPARK_POINTS);
        sparkline(out, &spark[from..], tr.stats.pass_mark());
        out.push_str("</td></tr>");
        sorted.push(rows);
    }
    out.push_str("</tbody></table>\n");
    let _ = writeln!(out, "<h3>{}</h3>", ui(t, "report-details"));
    for (j, tr) in c.trainees.iter().enumerate() {
        trainee_details(out, k, j, tr, &sorted[j], c, agg, input, t, single);
    }
    out.push_str("</section>\n");
}

#[allow(clippy::too_many_arguments)]
fn trainee_details(
    out: &mut String,
    k: usize,
    j: usize,
    tr: &TraineeAgg,
    rows: &[u32],
    c: &CohortAgg,
    agg: &Agg,
    input: &ReportInput,
    t: &Texts,
    open: bool,
) {
    let latest = tr.latest.map(|i| input.rows[i].score);
    let _ = write!(
        out,
        "<details class=\"trainee\" id=\"c{k}-t{j}\"{}><summary>{} <span class=\"id\">{}</span><span class=\"meta\">{} {} · {} {} · {}</span></summary>\n<div class=\"cols\">",
        if open { " open" } else { "" },
        escape(tr.name),
        escape(tr.id),
        ui(t, "report-best"),
        opt(tr.best),
        ui(t, "report-latest"),
        opt(latest),
        if tr.stats.passed > 0 {
            ui(t, "report-yes")
        } else {
            ui(t, "report-not-yet")
        }
    );
    let from = rows.len().saturating_sub(MAX_POINTS);
    let points: Vec<Point> = rows[from..]
        .iter()
        .map(|&i| Point {
            t: agg.times[i as usize],
            row: &input.rows[i as usize],
        })
        .collect();
    let _ = write!(
        out,
        "<figure class=\"over-time\"><figcaption>{}</figcaption>",
        ui(t, "report-over-time")
    );
    timeline(out, &points, t);
    let _ = write!(
        out,
        "<div class=\"legend\"><i class=\"sw-pass\">●</i>{}<i class=\"sw-fail\">○</i>{}<i>×</i>{}<i class=\"sw-fail\">- -</i>{}</div>",
        ui(t, "report-legend-passed"),
        ui(t, "report-legend-failed"),
        ui(t, "report-legend-abandoned"),
        ui(t, "report-legend-pass-mark"),
    );
    if from > 0 {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            ui_fmt(
                t,
                "report-shown",
                &[("shown", points.len().into()), ("total", rows.len().into())]
            )
        );
    }
    out.push_str("</figure>");
    let _ = write!(
        out,
        "<figure class=\"trainee-competencies\"><figcaption>{}</figcaption>",
        ui(t, "report-competencies")
    );
    competency_block(out, agg, &tr.comps, Some(&c.comps), t);
    out.push_str("</figure><div class=\"side\">");
    // Encounters.
    let _ = write!(
        out,
        "<h4>{}</h4><table class=\"encounters\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
        ui(t, "report-encounters"),
        ui(t, "report-scenario"),
        ui(t, "report-attempts"),
        ui(t, "report-best"),
        ui(t, "report-has-passed"),
    );
    let mut encounters: Vec<(&&str, &EncounterAgg)> = tr.encounters.iter().collect();
    encounters.sort_by(|a, b| a.1.title.cmp(b.1.title).then(a.0.cmp(b.0)));
    for (id, e) in encounters {
        let _ = write!(
            out,
            "<tr><td>{} <span class=\"id\">{}</span></td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(e.title),
            escape(id),
            e.attempts,
            opt(e.best),
            if e.passed {
                format!("<span class=\"yes\">✓ {}</span>", ui(t, "report-yes"))
            } else {
                format!("<span class=\"no\">{}</span>", ui(t, "report-not-yet"))
            }
        );
    }
    out.push_str("</tbody></table>");
    // Their most broken techniques.
    let mut broken: Vec<(&str, u64)> = tr
        .broken
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(k, v)| (*k, *v))
        .collect();
    broken.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    broken.truncate(TOP_TECHNIQUES_TRAINEE);
    if !broken.is_empty() {
        let _ = write!(
            out,
            "<h4>{}</h4><table class=\"trainee-broken\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
            ui(t, "report-broken"),
            ui(t, "report-technique"),
            ui(t, "report-times-broken"),
            ui(t, "report-teaching"),
        );
        for (tech, n) in broken {
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"num\">{n}</td><td class=\"teach\">{}</td></tr>",
                escape(&t.cat(tech)),
                escape(&t.cat_attr(tech, "teaching").unwrap_or_default())
            );
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</div></div></details>\n");
}
