//! The static pictures' hit boxes (`<view>.<lang>.marks.json`, `chart::hit_boxes`): what a
//! widget shows for a tap or a hover on its static picture before its wasm has arrived.

use ipo_lens::chart::{hit_boxes, render_svg, RawSpec, Spec, DARK, LIGHT, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;
use serde_json::Value;

/// The tooltip the live widget gets (its spec: `text_list`, as the element asks) and the
/// one the static picture's hit boxes carry (drawn as both `static` commands draw) say the
/// same for every point, at the same place.
#[test]
fn the_static_boxes_say_what_the_live_tooltips_say() {
    let data = parse(DEFAULT_JSON).expect("built-in story");
    for view in REGISTRY.iter().filter(|v| (v.available)(&data)) {
        for lang in Lang::ALL {
            for width in [640.0, 360.0] {
                let picture = render_svg(&data, &Spec::new(view.id, "", lang, width).expect("view")).expect("drawn");
                let raw = RawSpec {
                    view: view.id.into(),
                    lang: lang.tag().into(),
                    width,
                    currency: "native".into(),
                    text_list: true,
                    ..RawSpec::default()
                };
                let (spec, _) = Spec::parse_lenient(&raw).expect("spec");
                let live = render_svg(&data, &spec).expect("drawn");
                let boxes: Value = serde_json::from_str(&hit_boxes(&picture)).expect("JSON");
                let at = format!("{} {} {width}", view.id, lang.tag());
                let marks = boxes["marks"].as_array().expect("marks");
                assert_eq!(marks.len(), live.marks.len(), "{at}");
                for (j, m) in marks.iter().zip(&live.marks) {
                    assert_eq!(j[4], m.tooltip.title.as_str(), "{at}");
                    assert_eq!(j[5], serde_json::json!(m.tooltip.lines), "{at}");
                    // a list view sets its items out as text when live: its boxes move, the
                    // picture's stay where the picture draws them
                    if live.list.is_empty() {
                        assert!((j[0].as_f64().expect("x") - m.rect.x).abs() <= 0.05 + 1e-9, "{at}");
                        assert!((j[1].as_f64().expect("y") - m.rect.y).abs() <= 0.05 + 1e-9, "{at}");
                    }
                }
            }
        }
    }
}

/// Small enough to fetch on a phone while the wasm is on its way.
#[test]
fn a_picture_s_hit_boxes_are_small() {
    let data = parse(DEFAULT_JSON).expect("built-in story");
    let spec = Spec::new("listing-day", "", Lang::En, 640.0).expect("view");
    let json = hit_boxes(&render_svg(&data, &spec).expect("drawn"));
    assert!(json.len() < 4096, "{} bytes: {json}", json.len());
}

/// Before the wasm has installed the palette, the tooltip's colours are the element's CSS
/// fallbacks: the theme's own, light and dark alike.
#[test]
fn the_tooltip_s_fallback_colours_are_the_theme_s() {
    let js = std::fs::read_to_string("src/web/ipo-lens.js").expect("element");
    for name in ["tip-paper", "tip-ink"] {
        let colour = |css: String| {
            let key = format!("--ipo-{name}:");
            let at = css.find(&key).expect("in the theme") + key.len();
            css[at..at + 7].to_string()
        };
        let light = colour(LIGHT.css_custom_properties());
        assert_eq!(light, colour(DARK.css_custom_properties()), "{name}: one fallback for both schemes");
        let fallback = format!("var(--ipo-{name}, {light})");
        assert!(js.contains(&fallback), "src/web/ipo-lens.js should say {fallback}");
    }
}
