//! Properties of the core over many generated inputs (proptest): gains and prices, CAGRs
//! and values round-trip; and the rounding-aware fact check never calls a figure
//! inconsistent when it was produced by rounding consistent inputs.

use ipo_lens::calc::{cagr_pct, check_all, gain_pct, grow, price_for_gain, CheckKind, Verdict};
use ipo_lens::chart::plain;
use ipo_lens::model::parse;
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// `v` printed with `d` decimals, as a story would.
fn printed(v: f64, d: usize) -> (f64, String) {
    let s = format!("{v:.d$}");
    (s.parse().expect("number"), s)
}

/// A one-listing dataset whose gain and market CAGR were printed after rounding.
fn story(
    offer: (f64, String),
    high: (f64, String),
    gain: (f64, String),
    sizes: [(f64, String); 2],
    cagr: (f64, String),
) -> String {
    let fig = |id: &str,
               ent: &str,
               metric: &str,
               period: &str,
               kind: &str,
               v: &(f64, String),
               unit: &str,
               cur: Option<&str>| {
        let quote = format!("sentence with {}", v.1);
        let cur = cur.map_or(String::new(), |c| format!(r#","currency":"{c}""#));
        format!(
            r#"{{"id":"{id}","entity":"{ent}","metric":"{metric}","period":"{period}","period_kind":"{kind}","value":{},"unit":"{unit}"{cur},"as_written":"{}","source":"s","quote":"{quote}"}}"#,
            v.0, v.1
        )
    };
    let figures = [
        fig("o", "co", "offer_price", "2030-01-02", "date", &offer, "price_per_share", Some("HKD")),
        fig("h", "co", "first_day_high", "2030-01-02", "date", &high, "price_per_share", Some("HKD")),
        fig("g", "co", "gain_first_day_high", "2030-01-02", "date", &gain, "percent", None),
        fig("m0", "mk", "market_size", "FY2020", "full_year", &sizes[0], "money", Some("USD")),
        fig("m1", "mk", "market_size", "FY2024", "full_year", &sizes[1], "money", Some("USD")),
        fig("c", "mk", "market_cagr", "FY2020..FY2024", "span", &cagr, "percent", None),
    ];
    format!(
        r#"{{"format":"ipo-lens/1","story":{{"id":"p","title":{{"en":"p"}}}},"sources":[{{"id":"s","title":{{"en":"s"}},"publisher":{{"en":"s"}},"language":"en"}}],
        "entities":[{{"id":"co","kind":"company","name":{{"en":"Co"}}}},{{"id":"mk","kind":"market","name":{{"en":"Market"}}}}],
        "listings":[{{"company":"co","exchange":{{"en":"X"}},"currency":"HKD","date":"2030-01-02","source":"s","quote":"q"}}],
        "figures":[{}]}}"#,
        figures.join(",")
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn gain_and_price_round_trip(offer in 0.01f64..10_000.0, price in 0.01f64..100_000.0) {
        let g = gain_pct(offer, price).unwrap();
        prop_assert!(close(price_for_gain(offer, g).unwrap(), price));
    }

    #[test]
    fn cagr_round_trips(start in 0.001f64..1e12, end in 0.001f64..1e12, years in 0.5f64..30.0) {
        let r = cagr_pct(start, end, years).unwrap();
        prop_assert!(close(grow(start, r, years).unwrap(), end));
    }

    #[test]
    fn plain_numbers_read_back(v in -1e12f64..1e12, d in 0usize..4) {
        let s = plain(v, d).replace(',', "");
        let back: f64 = s.parse().unwrap();
        prop_assert!((back - v).abs() <= 0.5 * 10f64.powi(-(d as i32)) + 1e-6 * v.abs().max(1.0));
    }

    /// Exact inputs → a derived figure → everything printed with its own rounding: the
    /// check must find the printed figures consistent, whatever the decimals chosen.
    #[test]
    fn rounding_consistent_inputs_never_look_inconsistent(
        offer in 2.0f64..500.0,
        rise in 0.5f64..20.0,
        d_price in 0usize..3,
        d_gain in 0usize..3,
        start in 1.0f64..1000.0,
        growth in 1.05f64..8.0,
        d_size in 0usize..3,
        d_cagr in 0usize..3,
    ) {
        let high = offer * rise;
        let gain = gain_pct(offer, high).unwrap();
        let end = start * growth.powi(4);
        let cagr = cagr_pct(start, end, 4.0).unwrap();
        let json = story(
            printed(offer, d_price),
            printed(high, d_price),
            printed(gain, d_gain),
            [printed(start, d_size), printed(end, d_size)],
            printed(cagr, d_cagr),
        );
        let d = parse(&json).unwrap();
        let checks = check_all(&d);
        prop_assert_eq!(checks.len(), 2);
        for c in checks {
            prop_assert!(c.verdict == Verdict::Consistent, "{:?} {:?}", c.kind, c);
            prop_assert!(matches!(c.kind, CheckKind::Gain | CheckKind::Cagr));
        }
    }
}
