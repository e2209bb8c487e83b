//! Hostile but reachable values through the public API (series times as `setSeries`
//! takes them, the reader's `fx` and `lot`, any width) never panic, and what they draw is
//! bounded by the pixels, not by the values.

use ipo_lens::chart::{render_svg, RawSpec, Spec, REGISTRY};
use ipo_lens::model::{parse, Dataset, DEFAULT_JSON, MAX_DAY, MIN_DAY};
use ipo_lens::Lang;

const DAY_MS: f64 = 86_400_000.0;

fn default() -> Dataset {
    parse(DEFAULT_JSON).expect("the default dataset")
}

/// `setSeries` with times `x_ms` (ms since 1970), on the default story's company.
fn set(d: &mut Dataset, x_ms: &[f64]) -> ipo_lens::Result<()> {
    let entity = d.listings[0].company.clone();
    d.set_series("s", &entity, "HKD", x_ms.to_vec(), vec![1.5; x_ms.len()])
}

fn every_view(d: &Dataset, raw: &RawSpec) {
    for view in REGISTRY {
        for m in view.metrics {
            let raw = RawSpec { view: view.id.into(), metric: m.id.into(), ..raw.clone() };
            let Ok(spec) = Spec::parse(&raw) else { continue };
            if let Ok(r) = render_svg(d, &spec) {
                assert!(r.height < 20_000.0, "{}/{}: {} px tall", view.id, m.id, r.height);
                assert!(r.svg.len() < 2_000_000, "{}/{}: {} bytes", view.id, m.id, r.svg.len());
            }
        }
    }
}

#[test]
fn series_times_beyond_years_1_to_9999_are_refused_with_the_point() {
    for x in [vec![0.0, 1e300], vec![0.0, 2f64.powi(56) * DAY_MS], vec![-1e300, 0.0], vec![0.0, f64::MAX]] {
        let mut d = default();
        let e = set(&mut d, &x).expect_err("refused").to_string();
        assert!(e.contains("series \"s\".points[") && e.contains("9999"), "{e}");
        assert!(d.lines.is_empty(), "the dataset is unchanged");
    }
}

#[test]
fn series_at_the_edges_draw_within_the_pixels() {
    let edge = [
        vec![MIN_DAY * DAY_MS, MAX_DAY * DAY_MS],
        vec![MAX_DAY * DAY_MS - 1.0, MAX_DAY * DAY_MS],
        vec![0.0, 1e-300],
        vec![MIN_DAY * DAY_MS, MIN_DAY * DAY_MS + 1.0, MAX_DAY * DAY_MS],
    ];
    for x in edge {
        let mut d = default();
        set(&mut d, &x).expect("accepted");
        for lang in Lang::ALL {
            for width in [0.0, 1.0, 1280.0, 1e300, f64::NAN, -5.0] {
                let raw = RawSpec { view: "price-path".into(), lang: lang.tag().into(), width, ..RawSpec::default() };
                let r = render_svg(&d, &Spec::parse(&raw).expect("spec")).expect("drawn");
                assert!(r.svg.len() < 200_000, "{x:?}: {} bytes", r.svg.len());
            }
        }
    }
}

#[test]
fn reader_rates_and_lots_out_of_range_name_the_attribute() {
    for fx in [1e300, f64::MAX, 1e-300, 5e-324, 10_000.5] {
        let raw = RawSpec { view: "valuation".into(), currency: "CNY".into(), fx: Some(fx), ..RawSpec::default() };
        let e = Spec::parse(&raw).expect_err("refused").to_string();
        assert!(e.starts_with("fx: must be a number from 0.0001 to 10000, got "), "{e}");
        assert!(e.len() < 80, "{e}");
    }
    for lot in [1e300, 0.5, 1e8] {
        let raw = RawSpec { view: "listing-day".into(), lot: Some(lot), ..RawSpec::default() };
        assert!(Spec::parse(&raw).expect_err("refused").to_string().starts_with("lot:"));
    }
}

#[test]
fn extreme_rates_and_lots_within_range_draw_every_view() {
    let d = default();
    for (fx, lot) in [(10_000.0, 10_000_000.0), (1e-4, 1.0)] {
        for currency in ["CNY", "HKD", "USD", "native"] {
            let raw = RawSpec {
                currency: currency.into(),
                fx: Some(fx),
                lot: Some(lot),
                width: 1280.0,
                ..RawSpec::default()
            };
            every_view(&d, &raw);
        }
    }
}
