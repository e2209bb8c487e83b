//! Layout tests over the scene (the shapes before they are painted), for every view and
//! metric in every language at phone, tablet and desktop widths: no text is cut short
//! with "…".

use ipo_lens::chart::{layout, Scene, Shape, Spec, REGISTRY};
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
