//! The XSS corpus (tests/corpus/xss.txt, one vector a line) placed in every text field of
//! the dataset: every SVG drawn from it (what the browser shows, what the static fallbacks
//! and the SVG download hold) contains only drawing elements with presentation attributes,
//! the text escaped; every CSV cell a spreadsheet could run is neutralised.

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;
use serde_json::Value;

pub fn vectors() -> Vec<String> {
    include_str!("corpus/xss.txt").lines().filter(|l| !l.is_empty()).map(String::from).collect()
}

/// The default dataset with vector `n % len` in every text field a reader can see.
fn hostile() -> String {
    hostile_with(true)
}

/// The direction controls (U+202A–U+202E, U+2066–U+2069) some vectors hold.
const DIRECTION: [char; 9] =
    ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// [`hostile`], with the vectors' direction controls removed or kept: validation refuses
/// them (issue 16, item 5), so the drawing tests get the rest of each vector.
fn hostile_with(strip: bool) -> String {
    let v: Vec<String> = vectors().into_iter().map(|s| if strip { s.replace(DIRECTION, "") } else { s }).collect();
    let mut n = 0;
    let mut next = || {
        n += 1;
        v[n % v.len()].clone()
    };
    let mut d: Value = serde_json::from_str(DEFAULT_JSON).expect("default");
    let text = |t: &mut Value, s: String| {
        t["zh"] = Value::String(format!("壁仞{s}"));
        t["zh-Hant"] = Value::String(format!("壁仞{s}"));
        t["en"] = Value::String(s);
    };
    text(&mut d["story"]["title"], next());
    for s in d["sources"].as_array_mut().expect("sources") {
        text(&mut s["title"], next());
        text(&mut s["publisher"], next());
        s["note"] = Value::String(next());
    }
    for e in d["entities"].as_array_mut().expect("entities") {
        text(&mut e["name"], next());
    }
    for l in d["listings"].as_array_mut().expect("listings") {
        text(&mut l["exchange"], next());
        let q = format!("{}{}", l["quote"].as_str().expect("quote"), next());
        l["quote"] = Value::String(q);
        l["note"] = Value::String(next());
    }
    for f in d["figures"].as_array_mut().expect("figures") {
        let q = format!("{}{}", f["quote"].as_str().expect("quote"), next());
        f["quote"] = Value::String(q);
        f["note"] = serde_json::json!({});
        text(&mut f["note"], next());
        if f.get("key").is_some() {
            f["key"] = Value::String(next());
        }
    }
    for x in d["facts"].as_array_mut().expect("facts") {
        text(&mut x["text"], next());
    }
    d.to_string()
}

const ELEMENTS: [&str; 6] = ["svg", "rect", "text", "polyline", "circle", "polygon"];
const ATTRIBUTES: [&str; 21] = [
    "width",
    "height",
    "viewBox",
    "xmlns",
    "x",
    "y",
    "dy",
    "text-anchor",
    "font-family",
    "font-size",
    "opacity",
    "fill",
    "stroke",
    "stroke-width",
    "points",
    "cx",
    "cy",
    "r",
    "font-weight",
    "transform",
    "font-style",
];

/// Every tag of `svg` with its attribute names.
fn tags(svg: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for chunk in svg.split('<').skip(1) {
        let tag = chunk.split('>').next().unwrap_or("");
        if tag.starts_with('/') {
            continue;
        }
        let name: String = tag.chars().take_while(|c| !c.is_whitespace() && *c != '/').collect();
        let mut attrs = Vec::new();
        let mut rest = &tag[name.len()..];
        while let Some(eq) = rest.find("=\"") {
            let attr = rest[..eq].trim().to_string();
            attrs.push(attr);
            let after = &rest[eq + 2..];
            let close = after.find('"').unwrap_or(after.len());
            rest = &after[(close + 1).min(after.len())..];
        }
        out.push((name, attrs));
    }
    out
}

#[test]
fn vectors_with_direction_controls_are_refused() {
    assert!(vectors().iter().any(|v| v.contains(DIRECTION)), "the corpus has a direction control");
    let e = parse(&hostile_with(false)).expect_err("refused");
    assert!(e.to_string().contains("direction control"), "{e}");
}

#[test]
fn every_view_escapes_every_vector() {
    let d = parse(&hostile()).expect("the hostile dataset is still valid data");
    assert!(vectors().len() >= 50);
    let mut seen_text = 0;
    // every view and every metric of it (the facts, for one, are drawn by company's lists)
    let mut cases = Vec::new();
    for view in REGISTRY.iter().map(|v| v.id) {
        let r = render_svg(&d, &Spec::new(view, "", Lang::Zh, 640.0).expect("a registered view")).expect("renders");
        cases.push((view, String::new()));
        cases.extend(r.controls.iter().filter(|c| c.kind == "metric").map(|c| (view, c.id.clone())));
    }
    for (view, metric) in cases {
        for lang in Lang::ALL {
            for width in [320.0, 800.0] {
                let spec = Spec::new(view, &metric, lang, width).expect("a registered view and metric");
                let r = render_svg(&d, &spec).unwrap_or_else(|e| panic!("{view}: {e}"));
                for (name, attrs) in tags(&r.svg) {
                    assert!(ELEMENTS.contains(&name.as_str()), "{view}: element <{name}> in the SVG");
                    for a in attrs {
                        assert!(ATTRIBUTES.contains(&a.as_str()), "{view}: attribute {a} on <{name}>");
                    }
                }
                assert!(!r.svg.contains("<script") && !r.svg.to_lowercase().contains("javascript:<"));
                seen_text += r.svg.matches("&lt;script&gt;").count();
                for line in r.csv.lines() {
                    for cell in line.split("\",\"") {
                        let cell = cell.trim_start_matches('"');
                        assert!(
                            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                            "{view}: CSV cell {cell:?} would run in a spreadsheet"
                        );
                    }
                }
            }
        }
    }
    assert!(seen_text > 0, "the vectors were drawn, escaped");
}

#[test]
fn csv_neutralises_every_formula_start() {
    use ipo_lens::chart::csv_cell;
    for s in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
        assert!(csv_cell(s).starts_with("\"'"), "{s:?}");
    }
    assert_eq!(csv_cell("a\"b"), "\"a\"\"b\"");
}
