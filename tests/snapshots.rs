//! SVG snapshots: every listing-day metric in both languages at phone and desktop width,
//! compared with the committed files in tests/snapshots/. A mismatch writes
//! `<name>.changed.svg` beside the snapshot for review; `UPDATE_SNAPSHOTS=1 cargo test`
//! accepts the new drawings. The browser draws through the same code (tests/web.rs
//! checks the wasm build produces the same bytes).

use std::path::PathBuf;

use ipo_lens::chart::{render_svg, ListingMetric, Spec};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;

#[test]
fn listing_day_snapshots() {
    let d = parse(DEFAULT_JSON).expect("default dataset is valid");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for metric in ListingMetric::ALL {
        for lang in [Lang::Zh, Lang::En] {
            for width in [360.0, 640.0] {
                let spec = Spec { view: "listing-day".into(), lang, metric: metric.id().into(), width };
                let svg = render_svg(&d, &spec).expect("renders").svg;
                let name = format!("listing-day.{}.{}.{}", metric.id(), lang.tag(), width);
                let path = dir.join(format!("{name}.svg"));
                let changed = dir.join(format!("{name}.changed.svg"));
                match std::fs::read_to_string(&path) {
                    Ok(old) if old == svg => {
                        let _ = std::fs::remove_file(&changed);
                    }
                    _ if update => std::fs::write(&path, &svg).expect("write snapshot"),
                    Ok(_) => {
                        std::fs::write(&changed, &svg).expect("write changed snapshot");
                        failures.push(format!("{name}: differs, see {}", changed.display()));
                    }
                    Err(_) => {
                        std::fs::write(&changed, &svg).expect("write changed snapshot");
                        failures.push(format!("{name}: no snapshot committed, see {}", changed.display()));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "snapshots differ (UPDATE_SNAPSHOTS=1 to accept):\n{}", failures.join("\n"));
}

#[test]
fn svg_is_well_formed_and_escapes_text() {
    let mut d = parse(DEFAULT_JSON).expect("valid");
    d.entities[0].name.en = Some("<script>alert(1)</script> & \"co\"".into());
    let spec = Spec { view: "listing-day".into(), lang: Lang::En, metric: String::new(), width: 640.0 };
    let svg = render_svg(&d, &spec).expect("renders").svg;
    assert!(!svg.contains("<script>"), "text must be escaped in SVG");
    assert!(svg.contains("&lt;script&gt;"));
    assert_eq!(svg.matches("<svg").count(), 1);
    assert!(svg.trim_end().ends_with("</svg>"));
}

#[test]
fn labels_never_run_into_the_bars() {
    // In the wide layout, every left-aligned label ends before the plot's zero line.
    let d = parse(DEFAULT_JSON).expect("valid");
    for width in [480.0, 640.0, 960.0, 1280.0] {
        for lang in [Lang::Zh, Lang::En] {
            let spec = Spec { view: "listing-day".into(), lang, metric: String::new(), width };
            let svg = render_svg(&d, &spec).expect("renders").svg;
            let zero = svg
                .split("<polyline")
                .skip(1)
                .filter_map(|p| p.split("points=\"").nth(1)?.split(',').next()?.parse::<f64>().ok())
                .fold(f64::INFINITY, f64::min);
            for t in svg.split("<text").skip(1).filter(|t| t.contains("text-anchor=\"start\"")) {
                let x: f64 =
                    t.split("x=\"").nth(1).and_then(|v| v.split('"').next()).and_then(|v| v.parse().ok()).expect("x");
                let body = t.split('>').nth(1).and_then(|b| b.split('<').next()).unwrap_or("").trim();
                let size: f64 = t
                    .split("font-size=\"")
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .and_then(|v| v.parse().ok())
                    .expect("size");
                let bold = t.contains("font-weight=\"bold\"");
                let end = x + if bold {
                    ipo_lens::chart::bold_width(body, size)
                } else {
                    ipo_lens::chart::text_width(body, size)
                };
                if x < zero && t.contains("y=") && !body.is_empty() {
                    // labels left of the plot (rows), not titles and footers spanning the width
                    let y: f64 = t
                        .split("y=\"")
                        .nth(1)
                        .and_then(|v| v.split('"').next())
                        .and_then(|v| v.parse().ok())
                        .expect("y");
                    let in_rows =
                        svg.contains("<rect") && y > 80.0 && !body.starts_with("Source") && !body.starts_with("来源");
                    if in_rows && end > zero && !body.starts_with("Black") && !body.starts_with("黑色") {
                        panic!("label {body:?} at {width}px ends at {end:.0}, past the plot at {zero:.0}");
                    }
                }
            }
        }
    }
}

#[test]
fn every_width_keeps_text_inside() {
    // Every text start (x) lies inside the drawing at every width from phone to desktop.
    let d = parse(DEFAULT_JSON).expect("valid");
    for width in (280..=1280).step_by(40) {
        for lang in [Lang::Zh, Lang::En] {
            let spec = Spec { view: "listing-day".into(), lang, metric: String::new(), width: f64::from(width) };
            let r = render_svg(&d, &spec).expect("renders");
            assert_eq!(r.width, f64::from(width));
            for m in &r.marks {
                assert!(m.rect.x >= 0.0 && m.rect.x + m.rect.w <= r.width + 0.5, "mark outside at {width}: {m:?}");
                assert!(m.rect.y + m.rect.h <= r.height, "mark below the chart at {width}");
            }
        }
    }
}
