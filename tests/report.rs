//! The HTML report for HR (`results::html_report`): rendered from hand-made rows in
//! both locales and checked for its figures, its charts, its escaping and its shape.

use touchpoint::content::locale::{Texts, load_ftl};
use touchpoint::results::html_report::{Broken, MAX_POINTS, ReportInput, escape, render};
use touchpoint::results::store::Row;

use crate::common::root;

const COMPS: [&str; 4] = [
    "emotion_handling",
    "listening_discovery",
    "ownership",
    "problem_solving",
];

/// The cohort and the trainee name that try to break out of the page.
const EVIL_COHORT: &str = "A&B <script>alert(1)</script>";
const EVIL_NAME: &str = "Eve \"<script>alert('x')</script>\"";

fn texts(locale: &str) -> Texts {
    let (catalog, problems) = load_ftl(&root().join("locales"), locale, "catalog").unwrap();
    assert!(problems.is_empty());
    Texts::new(locale, None, Some(catalog.resource()))
}

/// A finished (`score` Some) or abandoned (None) attempt on day `day` of November 2026.
fn row(trainee: (&str, &str), cohort: Option<&str>, k: usize, day: u32, score: Option<u32>) -> Row {
    let s = score.unwrap_or(0);
    Row {
        attempt_id: format!("{}-{k}", trainee.0),
        status: if score.is_some() {
            "finished"
        } else {
            "abandoned"
        }
        .to_string(),
        trainee_id: trainee.0.to_string(),
        trainee_name: trainee.1.to_string(),
        cohort: cohort.map(str::to_string),
        scenario_id: "ringback_complaint".to_string(),
        scenario_title: "Ringback <b>complaint</b>".to_string(),
        locale: "en-US".to_string(),
        seed: "1".to_string(),
        started_at: format!("2026-11-{day:02}T09:{:02}:00.000Z", k % 60),
        ended_at: format!("2026-11-{day:02}T09:{:02}:30.000Z", k % 60),
        duration_ms: 30_000,
        score: s,
        passed: score.is_some() && s >= 70,
        pass_mark: 70,
        outcome: "resolved".to_string(),
        decisions: 5,
        critical: if s < 20 && score.is_some() {
            vec!["taboo_argue_interrupt".to_string()]
        } else {
            Vec::new()
        },
        // Competency k's score: the attempt's score shifted by 10·k (clamped).
        competencies: COMPS
            .iter()
            .enumerate()
            .map(|(c, id)| {
                let v = if score.is_some() {
                    (s + 10 * c as u32).min(100)
                } else {
                    0
                };
                (id.to_string(), v)
            })
            .collect(),
        verified: true,
        on_server: false,
    }
}

const EVE: (&str, &str) = ("t1", EVIL_NAME);
const WANG: (&str, &str) = ("t2", "王小明");
const LIN: (&str, &str) = ("t3", "Lin Wei");

/// Cohort EVIL_COHORT: Eve (45, 72, 88) and Wang (30, 65, one abandoned); no cohort:
/// Lin, 60 finished attempts with scores 0..=100 spread over the month.
fn input() -> ReportInput {
    let c = Some(EVIL_COHORT);
    let mut rows = vec![
        row(EVE, c, 0, 2, Some(45)),
        row(EVE, c, 1, 5, Some(72)),
        row(EVE, c, 2, 9, Some(88)),
        row(WANG, c, 3, 3, Some(30)),
        row(WANG, c, 4, 6, None),
        row(WANG, c, 5, 7, Some(65)),
    ];
    for k in 0..60 {
        rows.push(row(LIN, None, k, 1 + (k as u32 % 28), Some(lin_score(k))));
    }
    // Not in time order: the report sorts.
    rows.reverse();
    let broken = |cohort: Option<&str>, t: &str, tech: &str, count| Broken {
        cohort: cohort.map(str::to_string),
        trainee_id: t.to_string(),
        technique: tech.to_string(),
        count,
        attempts: count,
        critical: tech.starts_with("taboo_"),
    };
    ReportInput {
        rows,
        broken: vec![
            broken(c, "t1", "apologize", 3),
            broken(c, "t2", "taboo_argue_interrupt", 5),
            broken(c, "t2", "apologize", 1),
            broken(None, "t3", "stay_calm", 7),
            // No row of this trainee: ignored.
            broken(c, "nobody", "stay_calm", 100),
        ],
        generated_at: "2026-12-01T08:00:00Z".to_string(),
        filter_text: "since=2026-11-01".to_string(),
        unverified: 0,
    }
}

fn lin_score(k: usize) -> u32 {
    (k as u32 * 37) % 101
}

/// The text between `from` and the next `to` after it.
fn between<'a>(s: &'a str, from: &str, to: &str) -> &'a str {
    let a = s.find(from).unwrap_or_else(|| panic!("no {from:?}")) + from.len();
    let b = s[a..]
        .find(to)
        .unwrap_or_else(|| panic!("no {to:?} after {from:?}"))
        + a;
    &s[a..b]
}

/// A cohort's `<section>` by its heading text.
fn section<'a>(html: &'a str, heading: &str) -> &'a str {
    let h = html
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?}"));
    let start = html[..h]
        .rfind("<section")
        .expect("heading inside a section");
    let end = html[start..].find("</section>").unwrap() + start;
    &html[start..end]
}

/// Values of attribute `name` in the tags that start with `tag` (e.g. `<rect class="bar"`).
fn attrs(html: &str, tag: &str, name: &str) -> Vec<String> {
    html.match_indices(tag)
        .map(|(i, _)| {
            let end = html[i..].find('>').unwrap() + i;
            between(&html[i..=end], &format!(" {name}=\""), "\"").to_string()
        })
        .collect()
}

/// Checks that the page is well formed: every element closed in order (void elements
/// and `/>` aside), every `<` in text escaped, every attribute quoted properly.
fn assert_well_formed(html: &str) {
    const VOID: [&str; 6] = ["meta", "link", "br", "hr", "img", "input"];
    let mut stack: Vec<&str> = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let at = i + off;
        let rest = &html[at + 1..];
        if rest.starts_with('!') {
            i = at + html[at..].find('>').unwrap() + 1;
            continue;
        }
        let end = at + html[at..].find('>').expect("unclosed tag");
        let tag = &html[at + 1..end];
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "unbalanced quotes in <{tag}>"
        );
        assert!(!tag.contains('<'), "'<' inside a tag: <{tag}>");
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack
                .pop()
                .unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(open, name, "<{open}> closed by </{name}> at byte {at}");
        } else {
            let name_end = tag
                .find(|c: char| c.is_whitespace() || c == '/')
                .unwrap_or(tag.len());
            let name = &tag[..name_end];
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
                "a raw '<' in text at byte {at}: {:?}",
                &html[at..(at + 40).min(html.len())]
            );
            if name == "style" {
                let close = html[end..].find("</style>").expect("</style>") + end;
                i = close + "</style>".len();
                continue;
            }
            if !tag.ends_with('/') && !VOID.contains(&name) {
                stack.push(name);
            }
        }
        i = end + 1;
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn the_cohort_figures_are_those_of_the_data() {
    let html = render(&input(), &texts("en-US"));
    let a = section(&html, &format!("Cohort: {}", escape(EVIL_COHORT)));
    // 5 finished attempts, 2 passed (72, 88); 1 abandoned.
    assert!(a.contains("<li class=\"pass-rate\"><b>40%</b>"), "{a}");
    assert!(a.contains("2 of 5 finished attempts passed"));
    assert!(a.contains("6</b><span>attempts (5 finished, 1 abandoned)"));
    assert!(a.contains("One abandoned attempt is not scored"));
    // Average score (45+72+88+30+65)/5 = 60.0; Eve has passed, Wang not yet.
    assert!(a.contains("<b>60.0</b>"));
    assert!(a.contains("<b>1 of 2</b>"));
    // Eve: best 88, latest 88 (her last attempt); Wang: best 65, latest 65.
    let eve = between(a, &escape(EVIL_NAME), "</tr>");
    assert!(eve.contains("<td class=\"num\">3</td><td class=\"num\">88</td><td class=\"num\">88</td><td class=\"num\">67%</td>"), "{eve}");
    let wang = between(a, "王小明</a>", "</tr>");
    assert!(wang.contains("<td class=\"num\">3</td><td class=\"num\">65</td><td class=\"num\">65</td><td class=\"num\">0%</td>"), "{wang}");
    assert!(wang.contains("not yet"));
    // The summary counts everything: 66 attempts, 3 trainees, 2 cohorts, the period.
    let header = between(&html, "<header>", "</header>");
    assert!(
        header.contains("<b>66</b><span>attempts (65 finished, 1 abandoned)"),
        "{header}"
    );
    assert!(header.contains("<b>3</b><span>Trainees"));
    assert!(header.contains("<b>2</b><span>Cohorts"));
    assert!(header.contains("2026-11-01 – 2026-11-28"));
    assert!(header.contains("Attempts included: since=2026-11-01"));
    assert!(header.contains("Generated 2026-12-01T08:00:00Z"));
    // Named cohorts first, then the attempts without one.
    let no_cohort = html
        .find("Cohort: No cohort")
        .expect("the no-cohort section");
    assert!(
        html.find(&format!("Cohort: {}", escape(EVIL_COHORT)))
            .unwrap()
            < no_cohort
    );
    // No message id left untranslated.
    assert!(!html.contains("[report-"), "a missing report-* message");
}

#[test]
fn the_histogram_bars_count_the_finished_attempts_per_ten_points() {
    let html = render(&input(), &texts("en-US"));
    let lin = section(&html, "Cohort: No cohort");
    let mut expected = [0u64; 10];
    for k in 0..60 {
        expected[(lin_score(k) / 10).min(9) as usize] += 1;
    }
    let hist = between(lin, "<svg class=\"hist\"", "</svg>");
    let counts: Vec<u64> = attrs(hist, "<rect class=\"bar\"", "data-count")
        .iter()
        .map(|c| c.parse().unwrap())
        .collect();
    assert_eq!(
        counts, expected,
        "one bar per 10-point bin, 100 in the last"
    );
    // Heights are proportional to the counts (the tallest bar 150 units at most).
    let heights: Vec<f64> = attrs(hist, "<rect class=\"bar\"", "height")
        .iter()
        .map(|h| h.parse().unwrap())
        .collect();
    let max = *expected.iter().max().unwrap();
    let tallest = heights.iter().cloned().fold(0.0, f64::max);
    assert!(tallest > 50.0 && tallest <= 150.0, "{heights:?}");
    for (h, &n) in heights.iter().zip(&expected) {
        let want = tallest * n as f64 / max as f64;
        assert!((h - want).abs() < 0.15, "bar of {n}: {h}, want {want}");
    }
    // The pass mark (70 for every attempt) is drawn.
    assert!(hist.contains("pass mark 70"));
    // The evil cohort: bins 3, 4, 6, 7, 8 hold one attempt each; the abandoned one is
    // not in any bin.
    let a = section(&html, &format!("Cohort: {}", escape(EVIL_COHORT)));
    let hist = between(a, "<svg class=\"hist\"", "</svg>");
    let counts: Vec<String> = attrs(hist, "<rect class=\"bar\"", "data-count");
    assert_eq!(counts, ["0", "0", "0", "1", "1", "0", "1", "1", "1", "0"]);
}

#[test]
fn radars_have_one_point_per_competency_at_the_averages() {
    let t = texts("en-US");
    let html = render(&input(), &t);
    let a = section(&html, &format!("Cohort: {}", escape(EVIL_COHORT)));
    let comp = between(a, "<figure class=\"competencies\">", "</figure>");
    let polys = attrs(comp, "<polygon class=\"radar-value\"", "points");
    assert_eq!(polys.len(), 1);
    assert_eq!(polys[0].split(' ').count(), COMPS.len(), "{}", polys[0]);
    // Axis labels are the catalog's names (escaped: "Emotion handling & de-escalation").
    for id in COMPS {
        assert!(comp.contains(&escape(&t.cat(id))), "{id}");
    }
    assert!(comp.contains("Emotion handling &amp; de-escalation"));
    // The first axis points up: its y is the centre minus the radius times the average
    // (60.0 over the five finished attempts: the abandoned one's zeros do not count).
    let first: Vec<f64> = polys[0]
        .split(' ')
        .next()
        .unwrap()
        .split(',')
        .map(|v| v.parse().unwrap())
        .collect();
    assert!((first[0] - 260.0).abs() < 0.05 && (first[1] - (168.0 - 60.0)).abs() < 0.05);
    // The table gives each average: competency c scores the attempt's score + 10·c.
    for c in 0..COMPS.len() as u32 {
        let scores = [45, 72, 88, 30, 65].map(|s: u32| f64::from((s + 10 * c).min(100)));
        let avg = scores.iter().sum::<f64>() / 5.0;
        let cell = format!("<td class=\"num\">{avg:.1}<span");
        assert!(comp.contains(&cell), "{cell}");
    }
    // Each trainee has their radar (one point per competency) against the cohort's.
    let eve = between(a, "id=\"c0-t0\"", "</details>");
    let mine = attrs(eve, "<polygon class=\"radar-value\"", "points");
    let cohort = attrs(eve, "<polygon class=\"radar-ref\"", "points");
    assert_eq!(mine.len(), 1);
    assert_eq!(cohort.len(), 1);
    assert_eq!(mine[0].split(' ').count(), 4);
    assert_eq!(cohort[0].split(' ').count(), 4);
    assert_ne!(
        mine, cohort,
        "Eve's average (68.3) is not the cohort's (60.0)"
    );
}

#[test]
fn trainee_charts_show_the_latest_attempts_over_time_and_the_pass_mark() {
    let html = render(&input(), &texts("en-US"));
    let lin = section(&html, "Cohort: No cohort");
    let details = between(lin, "<details class=\"trainee\"", "</details>");
    assert!(details.contains("Lin Wei"));
    let chart = between(details, "<svg class=\"timeline\"", "</svg>");
    assert_eq!(
        chart.matches("<circle class=\"pt ").count(),
        MAX_POINTS,
        "the chart holds the latest {MAX_POINTS} attempts"
    );
    assert!(details.contains("Only the last 50 of 60 attempts are shown."));
    assert!(chart.contains("pass mark 70"));
    // Dated x axis: five ticks over the month ("11-01" … "11-28").
    assert!(chart.contains(">11-28</text>"), "{chart}");
    // Passed points are filled, failed ones hollow; x grows with time.
    let xs: Vec<f64> = attrs(chart, "<circle class=\"pt ", "cx")
        .iter()
        .map(|x| x.parse().unwrap())
        .collect();
    assert!(xs.windows(2).all(|w| w[0] <= w[1]), "points in time order");
    // Eve's chart: 45 failed, then 72 and 88 passed, in that order.
    let a = section(&html, &format!("Cohort: {}", escape(EVIL_COHORT)));
    let eve = between(a, "id=\"c0-t0\"", "</details>");
    let classes = attrs(eve, "<circle class=\"pt ", "class");
    assert_eq!(classes, ["pt fail", "pt pass", "pt pass"]);
    // Wang's abandoned attempt is a mark on the axis, not a point.
    let wang = between(a, "id=\"c0-t1\"", "</details>");
    assert_eq!(wang.matches("<circle class=\"pt ").count(), 2);
    assert_eq!(wang.matches("<path class=\"ab\"").count(), 1);
    // Every trainee has a sparkline in the table.
    let table = between(a, "<table class=\"trainees\">", "</table>");
    assert_eq!(table.matches("<svg class=\"spark\"").count(), 2);
}

#[test]
fn the_most_broken_techniques_come_with_their_teaching() {
    for locale in ["en-US", "zh-CN"] {
        let t = texts(locale);
        let html = render(&input(), &t);
        let cohort = if locale == "en-US" {
            "Cohort: "
        } else {
            "班级："
        };
        let a = section(&html, &format!("{cohort}{}", escape(EVIL_COHORT)));
        let table = between(a, "<table class=\"broken\">", "</table>");
        // taboo_argue_interrupt (5) before apologize (3 + 1 from two trainees); the
        // row of a trainee without attempts is left out.
        let first = table
            .find(&escape(&t.cat("taboo_argue_interrupt")))
            .unwrap();
        let second = table.find(&escape(&t.cat("apologize"))).unwrap();
        assert!(first < second);
        assert!(!table.contains("stay_calm"));
        let apologize = &table[second..];
        assert!(
            apologize.contains("<td class=\"num\">4</td><td class=\"num\">2</td>"),
            "{apologize}"
        );
        for tech in ["taboo_argue_interrupt", "apologize"] {
            let teaching = t.cat_attr(tech, "teaching").unwrap();
            assert!(table.contains(&escape(&teaching)), "{locale}: {tech}");
        }
        // The taboo that failed an attempt is marked.
        assert_eq!(table.matches("class=\"badge\"").count(), 1);
        // The other cohort has its own.
        let lin = section(
            &html,
            if locale == "en-US" {
                "Cohort: No cohort"
            } else {
                "班级：未分班"
            },
        );
        assert!(lin.contains(&escape(&t.cat_attr("stay_calm", "teaching").unwrap())));
    }
    let en = render(&input(), &texts("en-US"));
    assert!(en.contains("Apologize sincerely for the trouble"));
    let zh = render(&input(), &texts("zh-CN"));
    assert!(zh.contains("为给客户带来的麻烦真诚致歉"));
}

#[test]
fn everything_from_the_data_is_escaped() {
    for locale in ["en-US", "zh-CN"] {
        let html = render(&input(), &texts(locale));
        assert!(!html.contains("<script"), "{locale}: a raw <script");
        assert!(
            !html.contains("<b>complaint"),
            "{locale}: raw markup from a title"
        );
        assert!(html.contains("A&amp;B &lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("Eve &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;"));
        assert!(html.contains("Ringback &lt;b&gt;complaint&lt;/b&gt;"));
        assert!(html.contains("since=2026-11-01"));
        assert_well_formed(&html);
    }
    assert_eq!(
        escape("a<b>&\"c'\u{0}"),
        "a&lt;b&gt;&amp;&quot;c&#39;\u{FFFD}"
    );
    // The filter text is data too.
    let mut i = input();
    i.filter_text = "trainee=<img src=x onerror=alert(1)>".to_string();
    let html = render(&i, &texts("en-US"));
    assert!(!html.contains("<img"));
    assert!(html.contains("trainee=&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn both_locales_are_complete_self_contained_pages_in_their_language() {
    let en = render(&input(), &texts("en-US"));
    let zh = render(&input(), &texts("zh-CN"));
    assert_ne!(en, zh);
    assert!(en.starts_with("<!DOCTYPE html>\n<html lang=\"en-US\">"));
    assert!(zh.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    for (html, words) in [
        (
            &en,
            [
                "Training results",
                "Pass rate",
                "Score distribution",
                "Average per competency",
                "What to retrain",
                "Attempts over time",
            ],
        ),
        (
            &zh,
            [
                "培训成绩报告",
                "通过率",
                "分数分布",
                "各项胜任力平均分",
                "重训要点",
                "历次练习成绩",
            ],
        ),
    ] {
        for w in words {
            assert!(html.contains(w), "{w}");
        }
        assert!(!html.contains("[report-"), "a missing report-* message");
        assert_well_formed(html);
        // Self-contained: no script, no external resource, no network.
        assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("<img"));
        assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("url("));
        assert!(html.contains("\"Noto Sans CJK SC\"") && html.contains("@media print"));
        // Every chart is closed.
        assert_eq!(html.matches("<svg").count(), html.matches("</svg>").count());
    }
    // The Chinese page is in Chinese: its headings and the catalog's names.
    assert!(zh.contains("班级：") && zh.contains("情绪安抚与降温"));
    assert!(!zh.contains("Pass rate") && !en.contains("通过率"));
}

#[test]
fn the_page_grows_with_trainees_not_with_attempts() {
    let t = texts("en-US");
    let make = |per_trainee: usize| {
        let mut rows = Vec::new();
        for tr in 0..10 {
            let id = format!("t{tr}");
            for k in 0..per_trainee {
                let day = 1 + (k * 27 / per_trainee) as u32;
                let score = ((k * 31 + tr * 7) % 101) as u32;
                rows.push(row(
                    (id.as_str(), "Trainee"),
                    Some("C"),
                    k,
                    day,
                    Some(score),
                ));
            }
        }
        ReportInput {
            rows,
            ..Default::default()
        }
    };
    let small = render(&make(MAX_POINTS), &t);
    let big = render(&make(MAX_POINTS * 20), &t);
    assert!(
        big.len() < small.len() * 11 / 10,
        "{} attempts: {} bytes; {} attempts: {} bytes",
        10 * MAX_POINTS,
        small.len(),
        200 * MAX_POINTS,
        big.len()
    );
    assert_well_formed(&big);
}

#[test]
fn an_empty_store_says_so() {
    let html = render(&ReportInput::default(), &texts("en-US"));
    assert!(html.contains(&escape("No attempts match this report's filter.")));
    assert!(html.contains("every attempt in the store"));
    assert!(!html.contains("<section"));
    assert_well_formed(&html);
}

#[test]
fn competencies_keep_the_catalog_order_and_times_compare_as_instants() {
    // The first attempt seen lists only the last two competencies: the report still
    // orders them as the catalog does (each row lists its own in catalog order).
    let comps = |ids: &[&str], v: u32| ids.iter().map(|id| (id.to_string(), v)).collect();
    let mut a = row(EVE, None, 0, 2, Some(80));
    a.competencies = comps(&["ownership", "problem_solving"], 50);
    // 07:00 in Beijing on the 2nd is 23:00 UTC on the 1st: before `b`, although its
    // text sorts after it.
    a.started_at = "2026-11-02T07:00:00+08:00".to_string();
    let mut b = row(EVE, None, 1, 1, Some(40));
    b.competencies = comps(
        &["emotion_handling", "listening_discovery", "ownership"],
        60,
    );
    b.started_at = "2026-11-01T23:30:00Z".to_string();
    let mut c = row(EVE, None, 2, 1, Some(30));
    c.competencies = comps(&["listening_discovery", "problem_solving"], 70);
    c.started_at = "2026-11-01T22:00:00.5Z".to_string();
    let t = texts("en-US");
    let html = render(
        &ReportInput {
            rows: vec![a, b, c],
            ..Default::default()
        },
        &t,
    );
    let table = between(&html, "<table class=\"comp\">", "</table>");
    let at: Vec<usize> = COMPS
        .iter()
        .map(|id| table.find(&escape(&t.cat(id))).unwrap())
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "not in catalog order: {at:?}"
    );
    // c (30, 22:00Z), a (80, 23:00Z), b (40, 23:30Z): latest 40, best 80.
    let eve = between(&html, "<table class=\"trainees\">", "</tr></tbody>");
    assert!(
        eve.contains("<td class=\"num\">3</td><td class=\"num\">80</td><td class=\"num\">40</td>"),
        "{eve}"
    );
    let chart = between(&html, "<svg class=\"timeline\"", "</svg>");
    assert_eq!(
        attrs(chart, "<circle class=\"pt ", "class"),
        ["pt fail", "pt pass", "pt fail"]
    );
    // Less than a day apart: the ticks give the time.
    assert!(
        chart.contains(">11-01 22:00</text>") && chart.contains(">11-01 23:30</text>"),
        "{chart}"
    );
}

/// `touchpoint results report` end to end: a store with a hostile trainee name gives
/// a page in the chosen language with that name escaped, the filter honoured, and
/// the broken techniques named from the catalog.
#[test]
fn the_report_command_writes_the_page_from_the_store() {
    let d = tempfile::tempdir().unwrap();
    let files = d.path().join("files");
    crate::common::synth_files(&files, 60);
    let bin = env!("CARGO_BIN_EXE_touchpoint");
    let first = std::fs::read_dir(&files)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut rec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&first).unwrap()).unwrap();
    rec["trainee"]["name"] = "<script>alert('x')</script>".into();
    rec["trainee"]["id"] = "hostile".into();
    rec["cohort"] = "cohort-1".into();
    std::fs::write(&first, serde_json::to_vec(&rec).unwrap()).unwrap();
    let store = d.path().join("s.sqlite3");
    let run = |args: &[&str]| {
        std::process::Command::new(bin)
            .args(["--store", store.to_str().unwrap()])
            .args(args)
            .current_dir(crate::common::root())
            .output()
            .unwrap()
    };
    crate::common::import_files(&store, &files);
    let out = d.path().join("r.html");
    let o = run(&[
        "results",
        "report",
        "--out",
        out.to_str().unwrap(),
        "--locale",
        "zh-CN",
        "--cohort",
        "cohort-1",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("lang=\"zh-CN\""));
    assert!(
        html.contains("班级 cohort-1") && !html.contains("--cohort"),
        "the filter is stated in words"
    );
    assert!(!html.contains("<script"), "nothing from the data runs");
    assert!(
        html.contains("&lt;script&gt;"),
        "the hostile name is shown, escaped"
    );
    assert!(!html.contains("cohort-2"), "only the filtered cohort");
    assert!(
        html.contains("不回避，第一时间处理") || html.contains("先处理心情"),
        "technique names from the catalog"
    );
    let o = run(&[
        "results",
        "report",
        "--out",
        out.to_str().unwrap(),
        "--locale",
        "fr-FR",
    ]);
    assert_eq!(o.status.code(), Some(2), "an unsupported locale is refused");
}

/// Cohorts named cohort-1, cohort-2, cohort-10 come in that order (not as text sorts
/// them), and so do trainees named 学员2, 学员10.
#[test]
fn cohorts_and_trainees_are_listed_in_natural_order() {
    let rows = vec![
        row(("t10", "学员10"), Some("cohort-10"), 0, 2, Some(50)),
        row(("t2", "学员2"), Some("cohort-2"), 1, 2, Some(50)),
        row(("t1", "学员1"), Some("cohort-1"), 2, 2, Some(50)),
        row(("t12", "学员12"), Some("cohort-2"), 3, 2, Some(50)),
        row(("t3", "学员3"), Some("cohort-2"), 4, 2, Some(50)),
    ];
    let html = render(
        &ReportInput {
            rows,
            ..ReportInput::default()
        },
        &texts("en-US"),
    );
    let link =
        |target: &str| between(&html, &format!("<a href=\"#{target}\">"), "</a>").to_string();
    assert_eq!(
        [link("c0"), link("c1"), link("c2")],
        ["cohort-1", "cohort-2", "cohort-10"]
    );
    assert_eq!(
        [link("c1-t0"), link("c1-t1"), link("c1-t2")],
        ["学员2", "学员3", "学员12"]
    );
}

/// Unverified attempts (stored without a replay on their encounter version) are
/// counted in the summary, in both languages; none, no note.
#[test]
fn the_summary_says_how_many_attempts_are_unverified() {
    for (locale, words) in [
        ("en-US", "3 of these attempts are unverified"),
        ("zh-CN", "其中 3 次练习未经复核"),
    ] {
        let mut i = input();
        i.unverified = 3;
        let html = render(&i, &texts(locale));
        assert!(html.contains(words), "{locale}");
        let html = render(&input(), &texts(locale));
        assert!(!html.contains("class=\"note unverified\""), "{locale}");
    }
}

/// Review R-H1: an unverified attempt (stored without a replay on its encounter
/// version) counted in the pass rates with no marker. Each pass rate it counts in
/// (the cohorts table, the cohort's figures, the trainee's row) now says how many
/// unverified attempts it holds, and its point on the trainee's chart says so.
#[test]
fn an_unverified_pass_is_marked_beside_the_pass_rates_it_counts_in() {
    for (locale, mark, legend) in [
        ("en-US", "1 unverified", "unverified: not replayed"),
        ("zh-CN", "其中 1 次未复核", "未复核：未经重放"),
    ] {
        let mut i = input();
        // Eve's 88, a pass, came from a file whose version was not available.
        let eve = i.rows.iter_mut().find(|r| r.attempt_id == "t1-2").unwrap();
        assert!(eve.passed);
        eve.verified = false;
        i.unverified = 1;
        let html = render(&i, &texts(locale));
        assert_well_formed(&html);
        let eve_row = html
            .split("<tr>")
            .find(|r| r.contains("href=\"#c0-t0\""))
            .expect("Eve's row in the trainees table");
        assert!(eve_row.contains(mark), "{locale}: {eve_row}");
        let wang_row = html
            .split("<tr>")
            .find(|r| r.contains("href=\"#c0-t1\""))
            .expect("Wang's row in the trainees table");
        assert!(
            !wang_row.contains("class=\"unverified\""),
            "{locale}: {wang_row}"
        );
        let cohort_row = html
            .split("<tr>")
            .find(|r| r.contains("href=\"#c0\""))
            .expect("the cohort's row in the summary");
        assert!(cohort_row.contains(mark), "{locale}: {cohort_row}");
        let kpi = between(&html, "<li class=\"pass-rate\">", "</li>");
        assert!(kpi.contains(mark), "{locale}: {kpi}");
        assert_eq!(
            html.matches(legend).count(),
            4,
            "{locale}: the chart point's title and the three marks' titles"
        );
        // Everything verified: no mark anywhere.
        let html = render(&input(), &texts(locale));
        assert!(!html.contains("class=\"unverified\""), "{locale}");
    }
}
