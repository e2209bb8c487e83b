//! Layout tests over the scene (the shapes before they are painted), for every view and
//! metric in every language at phone, tablet and desktop widths: no text is cut short
//! with "…", and every column keeps its value label, at one size per chart.

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

#[test]
fn every_column_keeps_its_value_label_at_one_size() {
    // the column charts: a value label (bold, ink, smaller than a heading) per column
    // with a value, from phone to desktop
    let widths = [320.0, 360.0, 414.0, 480.0, 640.0, 768.0, 1024.0, 1280.0];
    let columns = ["financials/", "market/size ", "chips/", "customers/"];
    let charts: Vec<(String, Scene)> =
        scenes(&widths).into_iter().filter(|(n, _)| columns.iter().any(|c| n.starts_with(c))).collect();
    assert_eq!(charts.len(), (4 * 2 + 3) * 3 * widths.len(), "the column charts");
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
