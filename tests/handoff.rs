//! What a drawing hands to the element (`chart::handoff`, read in the browser by one
//! `JSON.parse`; the SVG and CSV texts go over on their own) is, byte for byte, what
//! serde_json writes of it: for every view, metric and language, with the list as text or
//! drawn, with a notice (an unknown language), and the element's words in each language.

use ipo_lens::chart::handoff::{rendered_json, ui_json};
use ipo_lens::chart::{render_svg, RawSpec, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON};

#[test]
fn a_drawing_is_handed_over_as_serde_json_writes_it() {
    let data = parse(DEFAULT_JSON).unwrap();
    let mut drawn = 0;
    for v in REGISTRY {
        let metrics: Vec<&str> = if v.metrics.is_empty() { vec![""] } else { v.metrics.iter().map(|m| m.id).collect() };
        for metric in metrics {
            for lang in ["zh", "zh-Hant", "en", "fr"] {
                for (text_list, width) in [(false, 480.0), (true, 333.3)] {
                    let raw = RawSpec {
                        view: v.id.to_string(),
                        lang: lang.to_string(),
                        metric: metric.to_string(),
                        width,
                        text_list,
                        ..RawSpec::default()
                    };
                    let (spec, notice) = Spec::parse_lenient(&raw).unwrap();
                    let Ok(mut r) = render_svg(&data, &spec) else { continue };
                    r.notice = notice.map(|e| e.to_string());
                    assert_eq!(
                        rendered_json(&r),
                        serde_json::to_string(&without_texts(r)).unwrap(),
                        "{} {metric} {lang}",
                        v.id
                    );
                    drawn += 1;
                }
            }
        }
    }
    assert!(drawn > 100, "{drawn}");
}

#[test]
fn escapes_as_serde_json_does() {
    let data = parse(DEFAULT_JSON).unwrap();
    let mut r = render_svg(&data, &Spec::default()).unwrap();
    r.title = "a \"quoted\" \\ back\nslash\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f} é 壁仞 \u{2028}".into();
    r.width = -0.0;
    r.height = 0.1 + 0.2;
    r.marks[0].rect.x = 12.345;
    assert_eq!(rendered_json(&r), serde_json::to_string(&without_texts(r)).unwrap());
}

/// `r` with the SVG and CSV left empty, as the JSON holds it (they go over on their own).
fn without_texts(r: ipo_lens::chart::Rendered) -> ipo_lens::chart::Rendered {
    ipo_lens::chart::Rendered { svg: String::new(), csv: String::new(), ..r }
}

#[test]
fn the_words_are_handed_over_as_serde_json_writes_them() {
    for lang in ["zh", "zh-Hant", "en"] {
        let ui = ipo_lens::Lang::parse(lang).unwrap().words().ui;
        assert_eq!(ui_json(&ui), serde_json::to_string(&ui).unwrap(), "{lang}");
    }
}
