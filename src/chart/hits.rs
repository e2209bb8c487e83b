//! The hit boxes of a static picture, written beside it (`<view>.<lang>.marks.json` next to
//! `<view>.<lang>.svg`) by both `static` commands, so that a widget can answer a tap or a
//! hover on the picture before its wasm has arrived: each point's box in the picture's own
//! coordinates with the title and short lines its live tooltip shows. Made from the same
//! [`Rendered`] the live widget gets, so the words, numbers and units are the live ones.
//!
//! The format, read by `src/web/ipo-lens.js` (`#preview`):
//! `{"width":640,"height":347,"lang":"en","font":"…","foreign":[[text,tag],…],
//!   "marks":[[x,y,w,h,title,[line,…]],…]}`: one array a point (short keys repeated per
//! point would double the file), coordinates rounded to 0.1 px.

use serde::Serialize;

use super::Rendered;

/// One point: its box (x, y, width, height) and its tooltip's title and lines.
type Point<'a> = (f64, f64, f64, f64, &'a str, &'a [String]);

#[derive(Serialize)]
struct HitBoxes<'a> {
    width: f64,
    height: f64,
    lang: &'a str,
    font: &'a str,
    foreign: &'a [(String, &'static str)],
    marks: Vec<Point<'a>>,
}

/// `v` to one decimal (a tenth of a CSS pixel is finer than any finger or mouse).
fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The hit boxes of the drawing `r` as the JSON text of a `.marks.json` file.
///
/// ```
/// use ipo_lens::chart::{hit_boxes, render_svg, Spec};
/// let data = ipo_lens::model::parse(ipo_lens::model::DEFAULT_JSON).unwrap();
/// let r = render_svg(&data, &Spec::new("listing-day", "", ipo_lens::Lang::En, 640.0).unwrap()).unwrap();
/// let json = hit_boxes(&r);
/// assert!(json.starts_with(r#"{"width":640.0,"height":"#) && json.contains(&r.marks[0].tooltip.title));
/// ```
pub fn hit_boxes(r: &Rendered) -> String {
    let marks = r
        .marks
        .iter()
        .map(|m| {
            let q = m.rect;
            (tenth(q.x), tenth(q.y), tenth(q.w), tenth(q.h), m.tooltip.title.as_str(), m.tooltip.lines.as_slice())
        })
        .collect();
    let h = HitBoxes { width: r.width, height: r.height, lang: r.lang, font: r.font, foreign: &r.foreign, marks };
    // plain numbers and strings: serde_json cannot fail on them (a non-finite number, the
    // one case, is written as null and so read as no box)
    serde_json::to_string(&h).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{render_svg, Spec, REGISTRY};
    use crate::model::{parse, DEFAULT_JSON};
    use crate::Lang;
    use serde_json::Value;

    #[test]
    fn every_point_of_every_picture_with_its_live_tooltip_words() {
        let data = parse(DEFAULT_JSON).expect("built-in story");
        let mut points = 0;
        for view in REGISTRY.iter().filter(|v| (v.available)(&data)) {
            for lang in Lang::ALL {
                for width in [640.0, 360.0] {
                    let r = render_svg(&data, &Spec::new(view.id, "", lang, width).expect("view")).expect("drawn");
                    let v: Value = serde_json::from_str(&hit_boxes(&r)).expect("JSON");
                    let at = format!("{} {} {width}", view.id, lang.tag());
                    assert_eq!(v["width"], r.width, "{at}");
                    assert_eq!(v["height"], r.height, "{at}");
                    assert_eq!(v["lang"], lang.tag(), "{at}");
                    assert_eq!(v["font"], r.font, "{at}");
                    let marks = v["marks"].as_array().expect("marks");
                    assert_eq!(marks.len(), r.marks.len(), "{at}");
                    for (m, j) in r.marks.iter().zip(marks) {
                        let n = |i: usize| j[i].as_f64().expect("a number");
                        for (got, want) in [(n(0), m.rect.x), (n(1), m.rect.y), (n(2), m.rect.w), (n(3), m.rect.h)] {
                            assert!((got - want).abs() <= 0.05 + 1e-9, "{at}: {got} for {want}");
                        }
                        assert_eq!(j[4], m.tooltip.title.as_str(), "{at}");
                        let lines: Vec<&str> =
                            j[5].as_array().expect("lines").iter().filter_map(Value::as_str).collect();
                        assert_eq!(lines, m.tooltip.lines, "{at}");
                        assert!(!lines.is_empty(), "{at}: {} says nothing", m.tooltip.title);
                    }
                    points += marks.len();
                }
            }
        }
        assert!(points > 100, "{points} points in all");
    }

    #[test]
    fn foreign_texts_are_carried_with_their_language() {
        let r = Rendered {
            foreign: vec![("壁仞科技".to_string(), "zh-Hans")],
            ..render_svg(&parse(DEFAULT_JSON).expect("story"), &Spec::default()).expect("drawn")
        };
        let v: Value = serde_json::from_str(&hit_boxes(&r)).expect("JSON");
        assert_eq!(v["foreign"], serde_json::json!([["壁仞科技", "zh-Hans"]]));
    }
}
