//! Worst-case datasets at the format's limits, generated (not committed): the default
//! story plus 5,000 figures of one metric, 2,000 listings, 2,000 facts, or a 20,000-point
//! price series. Used by tests/worst.rs (the drawings stay bounded) and by
//! examples/worst.rs (`make bench` times every view on them).

use ipo_lens::model::{parse, Dataset, DEFAULT_JSON};
use serde_json::{json, Value};

fn base() -> Value {
    serde_json::from_str(DEFAULT_JSON).unwrap_or(Value::Null)
}

fn done(v: &Value) -> Result<Dataset, String> {
    parse(&v.to_string()).map_err(|e| e.to_string())
}

/// `n` revenue figures of one company, one a year counting back from 2025 (the same
/// metric over and over).
pub fn figures(n: usize) -> Result<Dataset, String> {
    let mut v = base();
    let figs = v["figures"].as_array_mut().ok_or("figures")?;
    for i in 0..n {
        let year = 2025 - (i % 120) as i64;
        let value = 1000.0 + i as f64;
        figs.push(
            json!({"id": format!("w{i}"), "entity": "biren", "metric": "revenue", "period": format!("FY{year:04}"),
            "period_kind": "full_year", "value": value, "unit": "money", "currency": "CNY", "source": "article",
            "quote": format!("revenue {value}")}),
        );
    }
    done(&v)
}

/// `n` listings, each of its own company with an offer price and first-day high.
pub fn listings(n: usize) -> Result<Dataset, String> {
    let mut v = base();
    for i in 0..n {
        let id = format!("c{i}");
        v["entities"].as_array_mut().ok_or("entities")?.push(
            json!({"id": id, "kind": "company", "name": {"en": format!("Company {i}"), "zh": format!("公司{i}")}}),
        );
        v["listings"]
            .as_array_mut()
            .ok_or("listings")?
            .push(json!({"company": id, "exchange": {"en": "HKEX"}, "currency": "HKD",
            "date": "2026-01-02", "source": "article", "quote": "q"}));
        for (metric, value) in [("offer_price", 10.0 + i as f64 / 100.0), ("first_day_high", 12.0 + i as f64 / 50.0)] {
            v["figures"].as_array_mut().ok_or("figures")?.push(json!({"id": format!("{id}.{metric}"), "entity": id, "metric": metric,
                "period": "2026-01-02", "period_kind": "date", "value": value, "unit": "price_per_share", "currency": "HKD",
                "source": "article", "quote": format!("{value}")}));
        }
    }
    done(&v)
}

/// `n` facts of the story's company.
pub fn facts(n: usize) -> Result<Dataset, String> {
    let mut v = base();
    let facts = v["facts"].as_array_mut().ok_or("facts")?;
    facts.clear();
    for i in 0..n {
        facts.push(json!({"id": format!("f{i}"), "entity": "biren", "topic": "company", "text": {"en": format!("Fact number {i} of the story."), "zh": format!("第{i}条")},
            "source": "article", "quote": "q"}));
    }
    done(&v)
}

/// A daily price series of `n` points for the story's company.
pub fn series(n: usize) -> Result<Dataset, String> {
    let mut d = done(&base())?;
    let x: Vec<f64> = (0..n).map(|i| 1_600_000_000_000.0 + i as f64 * 86_400_000.0).collect();
    let y: Vec<f64> = (0..n).map(|i| 20.0 + (i as f64 / 37.0).sin() * 5.0).collect();
    d.set_series("daily", "biren", "HKD", x, y).map_err(|e| e.to_string())?;
    Ok(d)
}

/// Every worst case, named.
pub fn all() -> Vec<(&'static str, Result<Dataset, String>)> {
    vec![
        ("5,000 figures of one metric", figures(5_000)),
        ("2,000 listings", listings(1_990)),
        ("2,000 facts", facts(2_000)),
        ("20,000 series points", series(20_000)),
    ]
}
