//! SVG snapshots: every view and every metric of it, in both languages, at phone and
//! desktop width, compared with the committed files in tests/snapshots/. A mismatch
//! writes `<name>.changed.svg` beside the snapshot for review; `UPDATE_SNAPSHOTS=1 cargo
//! test` accepts the new drawings. The browser draws through the same code (tests/web.rs
//! checks that the wasm build produces the same bytes).

use std::path::PathBuf;

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::model::{parse, Dataset, DEFAULT_JSON};
use ipo_lens::Lang;

fn spec(view: &str, lang: Lang, metric: &str, width: f64) -> Spec {
    Spec::new(view, metric, lang, width).expect("a registered view and metric")
}

/// Every (view, metric) pair: the default metric of each view and every other it offers.
fn cases(d: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for view in REGISTRY.iter().map(|v| v.id) {
        let r = render_svg(d, &spec(view, Lang::En, "", 640.0)).unwrap_or_else(|e| panic!("{view}: {e}"));
        let metrics: Vec<String> = r.controls.iter().filter(|c| c.kind == "metric").map(|c| c.id.clone()).collect();
        if metrics.is_empty() {
            out.push((view.to_string(), String::new()));
        }
        out.extend(metrics.into_iter().map(|m| (view.to_string(), m)));
    }
    out
}

/// Compares `svg` with the committed snapshot `name` (writes `name.changed.svg` on a
/// difference, or the snapshot itself with UPDATE_SNAPSHOTS).
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
fn every_view_matches_its_snapshot() {
    let d = parse(DEFAULT_JSON).expect("default dataset is valid");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    let cases = cases(&d);
    // every metric of every registered view the story fills is offered as a switch
    // (single-metric views offer none; a profit metric is not offered for a loss-making company)
    let filled = |v: &ipo_lens::chart::ViewDef| v.metrics.iter().filter(|m| (v.fills)(&d, m.id)).count();
    assert_eq!(cases.len(), REGISTRY.iter().map(|v| filled(v)).sum::<usize>(), "views and metrics: {cases:?}");
    for (view, metric) in &cases {
        for lang in Lang::ALL {
            for width in [360.0, 640.0] {
                let svg = render_svg(&d, &spec(view, lang, metric, width)).expect("renders").svg;
                let m = if metric.is_empty() { String::new() } else { format!(".{metric}") };
                compare(&dir, &format!("{view}{m}.{}.{width}", lang.tag()), &svg, update, &mut failures);
            }
        }
    }
    // valuation in one currency through a rate the reader typed in: one axis, hatched
    for lang in Lang::ALL {
        let s = Spec { currency: Some(ipo_lens::Currency::CNY), fx: Some(0.92), ..spec("valuation", lang, "", 640.0) };
        let svg = render_svg(&d, &s).expect("renders").svg;
        compare(&dir, &format!("valuation.cny-at-0.92.{}.640", lang.tag()), &svg, update, &mut failures);
    }
    assert!(failures.is_empty(), "snapshots differ (UPDATE_SNAPSHOTS=1 to accept):\n{}", failures.join("\n"));
}

#[test]
fn svg_is_well_formed_and_escapes_text() {
    let mut d = parse(DEFAULT_JSON).expect("valid");
    d.entities[0].name.en = Some("<script>alert(1)</script> & \"co\"".into());
    let svg = render_svg(&d, &spec("listing-day", Lang::En, "", 640.0)).expect("renders").svg;
    assert!(!svg.contains("<script>"), "text must be escaped in SVG");
    assert!(svg.contains("&lt;script&gt;"));
    assert_eq!(svg.matches("<svg").count(), 1);
    assert!(svg.trim_end().ends_with("</svg>"));
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
fn every_view_keeps_its_text_inside_from_phone_to_desktop() {
    let d = parse(DEFAULT_JSON).expect("valid");
    for (view, metric) in cases(&d) {
        for width in [320.0, 360.0, 414.0, 480.0, 768.0, 1024.0, 1280.0] {
            for lang in Lang::ALL {
                let r = render_svg(&d, &spec(&view, lang, &metric, width)).expect("renders");
                assert_eq!(r.width, width);
                for (x, y, w, body) in texts(&r.svg) {
                    assert!(
                        !body.starts_with([
                            '。', '、', '」', ')', ',', ';', ':', '\u{FF09}', '\u{FF0C}', '\u{FF1A}', '\u{FF1B}'
                        ]),
                        "{view}/{metric} {lang:?} at {width}px: a line starts with punctuation: {body:?}"
                    );
                    assert!(
                        x >= -0.5 && x + w <= width + 0.5,
                        "{view}/{metric} {lang:?} at {width}px: {body:?} spans {x:.0}..{:.0}",
                        x + w
                    );
                    assert!(y >= 0.0 && y <= r.height, "{view}/{metric} at {width}px: {body:?} below the chart");
                }
                for m in &r.marks {
                    assert!(
                        m.rect.x >= -0.5 && m.rect.x + m.rect.w <= width + 0.5,
                        "{view}: mark outside at {width}: {m:?}"
                    );
                    assert!(m.rect.y + m.rect.h <= r.height + 0.5, "{view}: mark below the chart at {width}");
                }
            }
        }
    }
}

#[test]
fn no_two_texts_overlap() {
    // Text boxes (estimated width, font height) never intersect, in any view at any width.
    let d = parse(DEFAULT_JSON).expect("valid");
    for (view, metric) in cases(&d) {
        for width in [320.0, 360.0, 640.0, 1280.0] {
            for lang in Lang::ALL {
                let svg = render_svg(&d, &spec(&view, lang, &metric, width)).expect("renders").svg;
                let ts = texts(&svg);
                for (i, a) in ts.iter().enumerate() {
                    for b in &ts[i + 1..] {
                        let overlap_x = a.0 < b.0 + b.2 - 1.0 && b.0 < a.0 + a.2 - 1.0;
                        let overlap_y = (a.1 - b.1).abs() < 10.0;
                        assert!(
                            !(overlap_x && overlap_y),
                            "{view}/{metric} {lang:?} at {width}px: {:?} overlaps {:?}",
                            a.3,
                            b.3
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn csv_carries_the_source_and_neutralises_formulas() {
    let mut d = parse(DEFAULT_JSON).expect("valid");
    d.entities[0].name.en = Some("=cmd|' /C calc'!A0".into());
    let r = render_svg(&d, &spec("listing-day", Lang::En, "", 640.0)).expect("renders");
    assert!(r.csv.contains("\"'=cmd|' /C calc'!A0\""), "{}", r.csv);
    assert!(r.csv.contains("NetEase Hao"));
    assert_eq!(r.csv.lines().count(), 2 + r.marks.len() + 1);
}

#[test]
fn csv_numbers_are_numeric_cells_with_their_unit_beside_them() {
    let d = parse(DEFAULT_JSON).expect("valid");
    for (view, lang) in [("listing-day", Lang::En), ("financials", Lang::Zh), ("demand", Lang::ZhHant)] {
        let r = render_svg(&d, &spec(view, lang, "", 640.0)).expect("renders");
        assert!(!r.csv.contains("\"'+") && !r.csv.contains("\"'-") && !r.csv.contains("\"'−"), "{}", r.csv);
        let rows: Vec<&str> = r.csv.lines().skip(2).take(r.marks.len()).collect();
        // a cell is a number when it is unquoted; the unit column follows it
        let numeric = rows.iter().filter(|l| l.split(',').nth(2).is_some_and(|c| c.parse::<f64>().is_ok())).count();
        assert!(numeric > 0 && numeric * 2 >= rows.len(), "{view}: {}", r.csv);
    }
    let r = render_svg(&d, &spec("listing-day", Lang::En, "", 640.0)).expect("renders");
    assert!(r.csv.lines().nth(1).is_some_and(|h| h.contains("\"Value\",\"Unit\"")), "{}", r.csv);
    assert!(r.csv.contains(",118.8,\"%\","), "{}", r.csv);
}

#[test]
fn dark_mode_paints_dark_paper() {
    let d = parse(DEFAULT_JSON).expect("valid");
    let light = render_svg(&d, &spec("financials", Lang::En, "", 640.0)).expect("renders").svg;
    let dark = render_svg(&d, &Spec { dark: true, ..spec("financials", Lang::En, "", 640.0) }).expect("renders").svg;
    assert!(light.contains("fill=\"#FFFFFF\""));
    assert!(dark.contains("fill=\"#16181B\"") && !dark.contains("fill=\"#FFFFFF\""));
}
