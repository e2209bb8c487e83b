//! Dataset text in the SVG set apart from its neighbours (issue 16 item 5): a string that
//! can move the text around it is drawn between FSI and PDI; everything else is drawn as
//! it was. Chromium's layout of the result is checked in tests/browser/lifecycle.test.mjs.

use ipo_lens::chart::{render_svg, Spec};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;
use serde_json::Value;

const EXAMPLE: &str = include_str!("../data/examples/example-listing.json");

#[test]
fn a_right_to_left_publisher_is_isolated_in_the_svg_only() {
    let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
    v["sources"][0]["publisher"] = serde_json::json!({"zh": "מקור", "en": "מקור"});
    let d = parse(&v.to_string()).unwrap();
    let r = render_svg(&d, &Spec::new("listing-day", "", Lang::En, 900.0).unwrap()).unwrap();
    assert!(r.svg.contains("Source: \u{2068}מקור\u{2069} · "), "{}", r.svg);
    // the CSV and the marks keep the text as it is
    assert!(r.csv.contains("מקור") && !r.csv.contains('\u{2068}'));
    assert!(r.marks.iter().all(|m| !format!("{m:?}").contains('\u{2068}')));
}

#[test]
fn chinese_and_english_text_is_drawn_as_it_was() {
    let d = parse(DEFAULT_JSON).unwrap();
    for lang in [Lang::Zh, Lang::En] {
        for view in ["listing-day", "financials", "market", "fact-check"] {
            let r = render_svg(&d, &Spec::new(view, "", lang, 900.0).unwrap()).unwrap();
            assert!(!r.svg.contains('\u{2068}'), "{view} {lang:?}");
        }
    }
}
