//! Layout tests over the scene (the shapes before they are painted), for every view and
//! metric in every language at phone, tablet and desktop widths: no text is cut short
//! with "…", no axis line or gridline runs through a text, no text lies half on a bar,
//! and every column keeps its value label, at one size per chart.

use ipo_lens::chart::{bold_width, layout, text_width, Rect, Scene, Shape, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;

const WIDTHS: [f64; 5] = [320.0, 360.0, 414.0, 768.0, 1280.0];

/// Every view with every metric (and financials with its half year annualised), in every
/// language at `widths`: (name, scene).
fn scenes(widths: &[f64]) -> Vec<(String, Scene)> {
    let d = parse(DEFAULT_JSON).expect("valid");
    let mut out = Vec::new();
    for v in REGISTRY {
        for m in v.metrics {
            for annualise in [false, true] {
                if annualise && v.id != "financials" {
                    continue;
                }
                for lang in Lang::ALL {
                    for &w in widths {
                        let spec = Spec { annualise, ..Spec::new(v.id, m.id, lang, w).expect("registered") };
                        let scene = layout(&d, &spec).unwrap_or_else(|e| panic!("{}/{}: {e}", v.id, m.id));
                        let a = if annualise { " annualised" } else { "" };
                        out.push((format!("{}/{}{a} {} at {w}px", v.id, m.id, lang.tag()), scene));
                    }
                }
            }
        }
    }
    out
}

/// A text's box: its estimated width by its alignment, one em tall around its middle.
fn text_box(s: &Shape) -> Option<(Rect, &str)> {
    let Shape::Text { x, y, text, px, bold, align, .. } = s else { return None };
    let w = if *bold { bold_width(text, *px) } else { text_width(text, *px) };
    let x0 = match align {
        ipo_lens::chart::Align::Start => *x,
        ipo_lens::chart::Align::Middle => x - w / 2.0,
        ipo_lens::chart::Align::End => x - w,
    };
    Some((Rect { x: x0, y: y - px / 2.0, w, h: *px }, text))
}

/// Whether the segment `a`–`b` enters the box `r` shrunk by half a pixel.
fn crosses(a: (f64, f64), b: (f64, f64), r: &Rect) -> bool {
    let (x0, y0, x1, y1) = (r.x + 0.5, r.y + 0.5, r.x + r.w - 0.5, r.y + r.h - 0.5);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    for (p, q) in [(-dx, a.0 - x0), (dx, x1 - a.0), (-dy, a.1 - y0), (dy, y1 - a.1)] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else if p < 0.0 {
            t0 = t0.max(q / p);
        } else {
            t1 = t1.min(q / p);
        }
    }
    t0 < t1
}

#[test]
fn no_text_is_cut_short() {
    for (name, scene) in scenes(&WIDTHS) {
        for s in &scene.shapes {
            if let Shape::Text { text, .. } = s {
                assert!(!text.contains('…'), "{name}: {text:?} is cut short");
            }
        }
    }
}

#[test]
fn no_axis_line_or_gridline_runs_through_a_text() {
    for (name, scene) in scenes(&WIDTHS) {
        let texts: Vec<(Rect, &str)> = scene.shapes.iter().filter_map(text_box).collect();
        for s in &scene.shapes {
            let Shape::Line { from, to, .. } = s else { continue };
            for (r, text) in &texts {
                assert!(!crosses(*from, *to, r), "{name}: the line {from:?}–{to:?} runs through {text:?} ({r:?})");
            }
        }
    }
}

#[test]
fn no_text_lies_half_on_a_bar() {
    // a text is either inside a bar or box (a "not given" box says so inside it) or clear of it
    for (name, scene) in scenes(&WIDTHS) {
        let texts: Vec<(Rect, &str)> = scene.shapes.iter().filter_map(text_box).collect();
        for s in &scene.shapes {
            let (Shape::Rect { rect, .. } | Shape::DashedRect { rect, .. }) = s else { continue };
            for (t, text) in &texts {
                let inside =
                    t.x >= rect.x && t.x + t.w <= rect.x + rect.w && t.y >= rect.y && t.y + t.h <= rect.y + rect.h;
                let clear = t.x + t.w <= rect.x + 0.5
                    || rect.x + rect.w <= t.x + 0.5
                    || t.y + t.h <= rect.y + 0.5
                    || rect.y + rect.h <= t.y + 0.5;
                assert!(inside || clear, "{name}: {text:?} ({t:?}) lies half on {rect:?}");
            }
        }
    }
}

#[test]
fn every_column_keeps_its_value_label_at_one_size() {
    // the column charts: a value label (bold, ink, smaller than a heading) per column
    // with a value, from phone to desktop
    let widths = [320.0, 360.0, 414.0, 480.0, 640.0, 768.0, 1024.0, 1280.0];
    let columns = ["financials/", "market/size ", "chips/", "customers/"];
    let charts: Vec<(String, Scene)> =
        scenes(&widths).into_iter().filter(|(n, _)| columns.iter().any(|c| n.starts_with(c))).collect();
    // every metric of financials, with and without annualising, and market/size, chips, customers
    let financials = REGISTRY.iter().find(|v| v.id == "financials").map_or(0, |v| v.metrics.len());
    assert_eq!(charts.len(), (financials * 2 + 3) * 3 * widths.len(), "the column charts");
    for (name, scene) in charts {
        let sizes: Vec<f64> = scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { bold: true, px, tone: ipo_lens::chart::Tone::Ink, .. } if *px < 12.0 => Some(*px),
                _ => None,
            })
            .collect();
        let present = scene.marks.iter().filter(|m| m.present).count();
        assert_eq!(sizes.len(), present, "{name}: {} value labels for {present} columns", sizes.len());
        assert!(sizes.windows(2).all(|w| w[0] == w[1]), "{name}: value labels in several sizes: {sizes:?}");
    }
}
