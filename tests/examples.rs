//! The example stories of `data/examples/` (issue 11): Arm's Nasdaq listing (USD, a
//! profitable company, fiscal years to March, a quarter to June) and a fictional euro
//! listing in Frankfurt with quarterly results and a loss quarter.
//!
//! * each file checks clean against its own article text (no error, no warning), and
//!   every quote is a whole line of that text;
//! * each fills the views (and metrics) it should, and every figure and fact reaches a
//!   view as a point with its tooltip;
//! * SVG snapshots of every metric of the views the examples exercise, in zh and en, at
//!   phone and desktop width (`tests/snapshots/examples/`; `UPDATE_SNAPSHOTS=1` accepts);
//! * text stays inside the chart and no two texts overlap, from 320 to 1280 px;
//! * money is written in the listing's currency in the reader's language.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::model::{check, parse, Dataset};
use ipo_lens::Lang;

struct Example {
    name: &'static str,
    json: &'static str,
    text: &'static str,
    /// The views it fills, in the tab bar's order, each with the metrics its switch offers.
    views: &'static [(&'static str, &'static [&'static str])],
    /// How money is written, in English and in Chinese.
    money: (&'static str, &'static str),
}

const EXAMPLES: [Example; 2] = [
    Example {
        name: "arm-2023",
        json: include_str!("../data/examples/arm-2023.json"),
        text: include_str!("../data/examples/arm-2023.en.txt"),
        views: &[
            ("listing-day", &["first-day-high", "first-day-close", "first-day"]),
            ("demand", &[]),
            ("valuation", &[]),
            ("financials", &["revenue", "net-profit"]),
            ("company", &["profile", "ownership"]),
            ("fact-check", &[]),
            ("price-path", &[]),
        ],
        money: ("US$", "美元"),
    },
    Example {
        name: "nordhafen-2026",
        json: include_str!("../data/examples/nordhafen-2026.json"),
        text: include_str!("../data/examples/nordhafen-2026.en.txt"),
        views: &[
            ("listing-day", &["first-day-high", "first-day-close", "first-day"]),
            ("demand", &[]),
            ("valuation", &[]),
            ("financials", &["revenue", "net-profit", "operating-profit", "ebitda"]),
            ("company", &[]),
            ("fact-check", &[]),
            ("price-path", &[]),
        ],
        money: ("€", "欧元"),
    },
];

/// The views issue 11 extended: their snapshots are kept for the examples.
const DRAWN: [&str; 4] = ["listing-day", "demand", "valuation", "financials"];

fn data(e: &Example) -> Dataset {
    parse(e.json).unwrap_or_else(|err| panic!("{}: {err}", e.name))
}

fn spec(view: &str, lang: Lang, metric: &str, width: f64) -> Spec {
    Spec::new(view, metric, lang, width).expect("a registered view and metric")
}

/// Every (view, metric) the example offers: each view's metrics as its switch lists
/// them, or the view alone where it has no switch.
fn cases(d: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for view in ipo_lens::chart::available(d).map(|v| v.id) {
        let r = render_svg(d, &spec(view, Lang::En, "", 640.0)).unwrap_or_else(|e| panic!("{view}: {e}"));
        let metrics: Vec<String> = r.controls.iter().filter(|c| c.kind == "metric").map(|c| c.id.clone()).collect();
        if metrics.is_empty() {
            out.push((view.to_string(), String::new()));
        }
        out.extend(metrics.into_iter().map(|m| (view.to_string(), m)));
    }
    out
}

#[test]
fn each_example_checks_clean_against_its_text() {
    for e in &EXAMPLES {
        let d = data(e);
        let source = &d.sources[0];
        assert_eq!(source.text.as_deref(), Some(format!("{}.en.txt", e.name).as_str()), "{}", e.name);
        assert_eq!(source.publisher.en.as_deref(), Some("ipo-lens example"), "{}: say honestly who wrote it", e.name);
        let checked = check(e.json, &[(source.id.as_str(), e.text)]);
        let problems: Vec<String> = checked.problems.iter().map(|p| p.line(Lang::En)).collect();
        assert!(problems.is_empty(), "{}: {problems:#?}", e.name);
        for f in &d.figures {
            assert!(f.as_written.is_some(), "{}: {} records how it was printed", e.name, f.id);
        }
    }
}

#[test]
fn every_quote_is_a_whole_line_of_the_text() {
    for e in &EXAMPLES {
        let d = data(e);
        let lines: BTreeSet<&str> = e.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let quotes = d
            .figures
            .iter()
            .map(|f| (f.id.as_str(), f.quote.as_str(), f.as_written.as_deref()))
            .chain(d.listings.iter().map(|l| (l.company.as_str(), l.quote.as_str(), l.date_as_written.as_deref())))
            .chain(d.facts.iter().map(|x| (x.id.as_str(), x.quote.as_str(), None)));
        for (id, quote, written) in quotes {
            assert!(lines.contains(quote), "{}: {id}: the quote is not a line of the text: {quote:?}", e.name);
            if let Some(w) = written {
                assert!(quote.contains(w), "{}: {id}: {w:?} not in its quote", e.name);
            }
        }
    }
}

#[test]
fn the_fictional_example_says_so_everywhere() {
    let d = data(&EXAMPLES[1]);
    let says = |s: Option<&str>, word: &str| s.is_some_and(|s| s.contains(word));
    assert!(says(d.story.title.en.as_deref(), "fictional") && says(d.story.title.zh.as_deref(), "虚构"));
    assert!(says(d.entities[0].name.en.as_deref(), "(fictional)") && says(d.entities[0].name.zh.as_deref(), "虚构"));
    assert!(says(d.sources[0].title.en.as_deref(), "not a real company"));
    assert!(says(d.sources[0].note.as_deref(), "fictional company"));
    assert!(EXAMPLES[1].text.contains("is not a real company"));
}

#[test]
fn each_example_fills_the_views_it_should() {
    for e in &EXAMPLES {
        let d = data(e);
        let got: Vec<(String, Vec<String>)> = ipo_lens::chart::available(&d)
            .map(|v| {
                let r = render_svg(&d, &spec(v.id, Lang::En, "", 640.0)).expect("renders");
                (v.id.to_string(), r.controls.iter().filter(|c| c.kind == "metric").map(|c| c.id.clone()).collect())
            })
            .collect();
        let want: Vec<(String, Vec<String>)> =
            e.views.iter().map(|(v, ms)| (v.to_string(), ms.iter().map(|m| m.to_string()).collect())).collect();
        assert_eq!(got, want, "{}: views and metric switches", e.name);
        for (view, metric) in cases(&d) {
            if view == "company" {
                continue;
            }
            let r = render_svg(&d, &spec(&view, Lang::En, &metric, 640.0)).expect("renders");
            let present = r.marks.iter().filter(|m| m.present).count();
            assert!(present > 0, "{}: {view}/{metric} draws no value", e.name);
        }
    }
}

#[test]
fn every_figure_and_fact_reaches_a_view() {
    for e in &EXAMPLES {
        let d = data(e);
        let mut points = BTreeSet::new();
        for (view, metric) in cases(&d) {
            let r = render_svg(&d, &spec(&view, Lang::En, &metric, 640.0)).expect("renders");
            for m in &r.marks {
                assert!(m.present || !m.tooltip.lines.is_empty(), "{}: {}: a point with nothing to say", e.name, m.id);
                if m.present {
                    points.insert(m.id.clone());
                }
            }
        }
        let missing: Vec<&str> = d
            .figures
            .iter()
            .map(|f| f.id.as_str())
            .chain(d.facts.iter().map(|x| x.id.as_str()))
            .filter(|id| !points.contains(*id))
            .collect();
        assert!(missing.is_empty(), "{}: figures and facts no view shows: {missing:#?}", e.name);
    }
}

#[test]
fn money_is_written_in_the_listing_currency() {
    for e in &EXAMPLES {
        let d = data(e);
        for view in ["listing-day", "demand", "valuation", "financials"] {
            let metric = if view == "listing-day" { "first-day" } else { "" };
            for (lang, word) in [(Lang::En, e.money.0), (Lang::Zh, e.money.1)] {
                let r = render_svg(&d, &spec(view, lang, metric, 640.0)).expect("renders");
                let tips: String = r.marks.iter().flat_map(|m| m.tooltip.lines.clone()).collect();
                assert!(tips.contains(word), "{}: {view} ({lang:?}) tooltips lack {word:?}: {tips}", e.name);
                assert!(r.svg.contains(word), "{}: {view} ({lang:?}) draws no {word:?}", e.name);
            }
        }
    }
}

#[test]
fn a_loss_reads_as_a_loss_and_a_profit_as_a_profit() {
    let d = data(&EXAMPLES[1]);
    let r = render_svg(&d, &spec("financials", Lang::En, "net-profit", 640.0)).expect("renders");
    let q3 = r.marks.iter().find(|m| m.id == "nordhafen.net_profit.Q3-2026").expect("the loss quarter is drawn");
    assert!(q3.tooltip.lines.iter().any(|l| l.contains("a loss of €12.8 million")), "{:?}", q3.tooltip.lines);
    assert!(r.svg.contains("Below zero: a loss."), "the chart says what below zero means");
    assert!(r.svg.contains("\u{2212}12.8"), "the loss is labelled with a minus sign");
    // quarters and nine months on one axis: the chart says how long each is
    assert!(r.svg.contains("nine months"), "the nine months are named as such");
    let arm = data(&EXAMPLES[0]);
    let r = render_svg(&arm, &spec("financials", Lang::En, "net-profit", 640.0)).expect("renders");
    assert!(!r.svg.contains("a loss"), "Arm made a profit in every period");
    assert!(r.marks.iter().all(|m| !m.tooltip.lines.iter().any(|l| l.contains("loss"))));
    // the three months to June 2023 are the calendar quarter Q2 2023 (the format's name for them)
    assert!(r.svg.contains("year to Mar 2023") && r.svg.contains("Q2 2023"), "fiscal periods are named");
    assert!(r.svg.contains("Periods of different length: Q2 2023 is three months."), "the quarter is said to be one");
}

/// Compares `svg` with the committed snapshot `name`.
fn compare(dir: &std::path::Path, name: &str, svg: &str, update: bool, failures: &mut Vec<String>) {
    let path = dir.join(format!("{name}.svg"));
    let changed = dir.join(format!("{name}.changed.svg"));
    match std::fs::read_to_string(&path) {
        Ok(old) if old == svg => {
            let _ = std::fs::remove_file(&changed);
        }
        _ if update => std::fs::write(&path, svg).expect("write snapshot"),
        Ok(_) => {
            std::fs::write(&changed, svg).expect("write changed snapshot");
            failures.push(format!("{name}: differs, see {}", changed.display()));
        }
        Err(_) => {
            std::fs::write(&changed, svg).expect("write changed snapshot");
            failures.push(format!("{name}: no snapshot committed, see {}", changed.display()));
        }
    }
}

#[test]
fn examples_match_their_snapshots() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/examples");
    std::fs::create_dir_all(&dir).expect("snapshot dir");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for e in &EXAMPLES {
        let d = data(e);
        for (view, metric) in cases(&d).into_iter().filter(|(v, _)| DRAWN.contains(&v.as_str())) {
            for lang in [Lang::Zh, Lang::En] {
                for width in [360.0, 640.0] {
                    let svg = render_svg(&d, &spec(&view, lang, &metric, width)).expect("renders").svg;
                    let m = if metric.is_empty() { String::new() } else { format!(".{metric}") };
                    let name = format!("{}.{view}{m}.{}.{width}", e.name, lang.tag());
                    compare(&dir, &name, &svg, update, &mut failures);
                }
            }
        }
    }
    assert!(failures.is_empty(), "snapshots differ (UPDATE_SNAPSHOTS=1 to accept):\n{}", failures.join("\n"));
}

/// (x, y, width, text) of every text element, from the SVG as drawn.
fn texts(svg: &str) -> Vec<(f64, f64, f64, String)> {
    let attr = |t: &str, k: &str| -> f64 {
        t.split(&format!(" {k}=\""))
            .nth(1)
            .and_then(|v| v.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let body = t.split('>').nth(1).and_then(|b| b.split('<').next()).unwrap_or("").trim();
            let body = body
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            let size = attr(t, "font-size");
            let w = if t.contains("font-weight=\"bold\"") {
                ipo_lens::chart::bold_width(&body, size)
            } else {
                ipo_lens::chart::text_width(&body, size)
            };
            let x = attr(t, "x");
            let x0 = if t.contains("text-anchor=\"middle\"") {
                x - w / 2.0
            } else if t.contains("text-anchor=\"end\"") {
                x - w
            } else {
                x
            };
            (x0, attr(t, "y"), w, body)
        })
        .collect()
}

#[test]
fn example_text_stays_inside_and_apart() {
    for e in &EXAMPLES {
        let d = data(e);
        for (view, metric) in cases(&d) {
            for width in [320.0, 360.0, 414.0, 640.0, 1024.0, 1280.0] {
                for lang in Lang::ALL {
                    let r = render_svg(&d, &spec(&view, lang, &metric, width)).expect("renders");
                    let ts = texts(&r.svg);
                    let at = format!("{}: {view}/{metric} {lang:?} at {width}px", e.name);
                    for (i, a) in ts.iter().enumerate() {
                        assert!(
                            a.0 >= -0.5 && a.0 + a.2 <= width + 0.5,
                            "{at}: {:?} spans {:.0}..{:.0}",
                            a.3,
                            a.0,
                            a.0 + a.2
                        );
                        assert!(a.1 >= 0.0 && a.1 <= r.height, "{at}: {:?} below the chart", a.3);
                        for b in &ts[i + 1..] {
                            let overlap = a.0 < b.0 + b.2 - 1.0 && b.0 < a.0 + a.2 - 1.0 && (a.1 - b.1).abs() < 10.0;
                            assert!(!overlap, "{at}: {:?} overlaps {:?}", a.3, b.3);
                        }
                    }
                    for m in &r.marks {
                        assert!(m.rect.x >= -0.5 && m.rect.x + m.rect.w <= width + 0.5, "{at}: mark outside: {}", m.id);
                    }
                }
            }
        }
    }
}

#[test]
fn every_registered_view_renders_the_examples_or_is_not_offered() {
    for e in &EXAMPLES {
        let d = data(e);
        let offered: Vec<&str> = ipo_lens::chart::available(&d).map(|v| v.id).collect();
        for v in REGISTRY {
            for m in v.metrics {
                let r = render_svg(&d, &spec(v.id, Lang::En, m.id, 640.0));
                if offered.contains(&v.id) {
                    assert!(r.is_ok(), "{}: {}/{}: {:?}", e.name, v.id, m.id, r.err());
                }
            }
        }
    }
}

#[test]
fn a_story_in_one_currency_offers_no_currency_switch() {
    for e in &EXAMPLES {
        let d = data(e);
        let r = render_svg(&d, &spec("valuation", Lang::En, "", 640.0)).expect("renders");
        let switch: Vec<&str> = r.controls.iter().filter(|c| c.kind != "metric").map(|c| c.id.as_str()).collect();
        assert!(switch.is_empty(), "{}: valuation offers {switch:?} with one currency", e.name);
    }
    // the default story's listings are in two currencies: it keeps its switch
    let d = parse(ipo_lens::model::DEFAULT_JSON).expect("valid");
    let r = render_svg(&d, &spec("valuation", Lang::En, "", 640.0)).expect("renders");
    assert!(r.controls.iter().any(|c| c.kind == "currency" && c.id == "HKD"));
}
