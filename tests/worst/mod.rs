//! Worst-case datasets at the format's limits, generated (not committed): the default
//! story grown to the most figures (20,000), listings, facts or entities (2,000) a file
//! may hold, each case aimed at one view's list — figures printed again and again (the
//! fact check), one metric over every period (columns), one metric under as many keys or
//! entities (bars), listings, facts of one list — and price series of many points.
//! Used by tests/bounded.rs (the drawings stay bounded) and by examples/worst.rs
//! (`make bench` times every view on them).
#![allow(dead_code)]

use ipo_lens::model::{parse, Dataset, DEFAULT_JSON};
use serde_json::{json, Value};

/// The most figures a dataset may hold (data/README.md, Limits).
pub const MAX_FIGURES: usize = 20_000;
/// The most entities, listings, facts a dataset may hold.
pub const MAX_ITEMS: usize = 2_000;

fn base() -> Value {
    serde_json::from_str(DEFAULT_JSON).unwrap_or(Value::Null)
}

fn done(v: &Value) -> Result<Dataset, String> {
    parse(&v.to_string()).map_err(|e| e.to_string())
}

fn count(v: &Value, list: &str) -> usize {
    v[list].as_array().map_or(0, Vec::len)
}

fn push(v: &mut Value, list: &str, item: Value) -> Result<(), String> {
    v[list].as_array_mut().ok_or_else(|| list.to_string())?.push(item);
    Ok(())
}

/// A figure of `entity`, `metric` and `period` (a full year, a half year, a quarter or a
/// date, as the code says), with `key` where given.
fn figure(id: String, entity: &str, metric: &str, key: Option<&str>, period: &str, value: f64, unit: &str) -> Value {
    let kind = if period.starts_with("FY") {
        "full_year"
    } else if period.starts_with('H') {
        "half_year"
    } else if period.starts_with('Q') {
        "quarter"
    } else if period == "undated" {
        "undated"
    } else {
        "date"
    };
    let mut f = json!({"id": id, "entity": entity, "metric": metric, "period": period, "period_kind": kind,
        "value": value, "unit": unit, "source": "article", "quote": format!("{metric} {value}")});
    if unit == "money" || unit == "price_per_share" {
        f["currency"] = json!("CNY");
    }
    if let Some(k) = key {
        f["key"] = json!(k);
    }
    f
}

/// The `i`-th of 20,000 distinct periods: days from 1900-01-01 on (28 a month; the
/// format reads years 1900 to 2200).
fn period(i: usize) -> String {
    format!("{:04}-{:02}-{:02}", 1900 + i / 336, 1 + (i / 28) % 12, 1 + i % 28)
}

/// The story's figures and then as many of `metric` for `entity` as the format allows,
/// each printed for the same period (`FY2024`): every one a repeat of every other.
pub fn repeats(metric: &str, unit: &str) -> Result<Dataset, String> {
    let mut v = base();
    for i in 0..MAX_FIGURES - count(&v, "figures") {
        let value = 1000.0 + i as f64;
        push(&mut v, "figures", figure(format!("w{i}"), "biren", metric, None, "FY2024", value, unit))?;
    }
    done(&v)
}

/// As many figures of `metric` for `entity` as the format allows, each of its own period.
pub fn periods(entity: &str, metric: &str, unit: &str) -> Result<Dataset, String> {
    let mut v = base();
    for i in 0..MAX_FIGURES - count(&v, "figures") {
        let value = 10.0 + (i % 90) as f64;
        push(&mut v, "figures", figure(format!("w{i}"), entity, metric, None, &period(i), value, unit))?;
    }
    done(&v)
}

/// As many figures of `metric` for `entity` as the format allows, each under its own key
/// (an entity of its own where `entities`, up to the most entities a file may hold, then
/// a plain key), in `period`.
pub fn keys(entity: &str, metric: &str, unit: &str, period: &str, entities: bool) -> Result<Dataset, String> {
    let mut v = base();
    let room = MAX_ITEMS - count(&v, "entities");
    for i in 0..MAX_FIGURES - count(&v, "figures") {
        let key = format!("k{i}");
        if entities && i < room {
            push(
                &mut v,
                "entities",
                json!({"id": key, "kind": "company", "name": {"en": format!("Holder {i}"), "zh": format!("股东{i}")}}),
            )?;
        }
        let value = 0.001 + (i % 50) as f64 / 100.0;
        push(&mut v, "figures", figure(format!("w{i}"), entity, metric, Some(&key), period, value, unit))?;
    }
    done(&v)
}

/// As many entities of `kind` as the format allows, each with one figure of `metric`.
pub fn entities(kind: &str, metric: &str, unit: &str) -> Result<Dataset, String> {
    let mut v = base();
    for i in 0..MAX_ITEMS - count(&v, "entities") {
        let id = format!("e{i}");
        push(
            &mut v,
            "entities",
            json!({"id": id, "kind": kind, "name": {"en": format!("Thing {i}"), "zh": format!("产品{i}")}}),
        )?;
        push(&mut v, "figures", figure(format!("w{i}"), &id, metric, None, "undated", 100.0 + i as f64, unit))?;
    }
    done(&v)
}

/// As many listings as the format allows, each of its own company with every price of
/// its first day, a stated gain (contradicted by its prices) and a lot.
pub fn listings() -> Result<Dataset, String> {
    let mut v = base();
    let n = (MAX_ITEMS - count(&v, "listings")).min(MAX_ITEMS - count(&v, "entities"));
    // eight figures a listing, within the figures' limit
    let n = n.min((MAX_FIGURES - count(&v, "figures")) / 8);
    for i in 0..n {
        let id = format!("c{i}");
        push(
            &mut v,
            "entities",
            json!({"id": id, "kind": "company", "name": {"en": format!("Company {i}"), "zh": format!("公司{i}")}}),
        )?;
        push(
            &mut v,
            "listings",
            json!({"company": id, "exchange": {"en": "HKEX"}, "currency": "HKD",
            "date": "2026-01-02", "source": "article", "quote": "q"}),
        )?;
        let offer = 10.0 + i as f64 / 100.0;
        for (metric, value, unit) in [
            ("offer_price", offer, "price_per_share"),
            ("opening_price", offer * 1.5, "price_per_share"),
            ("first_day_low", offer * 1.1, "price_per_share"),
            ("first_day_high", offer * 2.0, "price_per_share"),
            ("first_day_close", offer * 1.8, "price_per_share"),
            ("gain_first_day_high", 150.0, "percent"),
            ("lot_size", 500.0, "shares"),
            ("lot_profit_max", 500.0 * offer, "money"),
        ] {
            let mut f = figure(format!("{id}.{metric}"), &id, metric, None, "2026-01-02", value, unit);
            if f.get("currency").is_some() {
                f["currency"] = json!("HKD");
            }
            push(&mut v, "figures", f)?;
        }
    }
    done(&v)
}

/// As [`listings`], each company named with the longest string the format allows (4,000
/// bytes: a word of 9 letters and a space, 400 times).
pub fn long_names() -> Result<Dataset, String> {
    let d = listings()?;
    let mut v = serde_json::to_value(&d).map_err(|e| e.to_string())?;
    let long = "Longnamed ".repeat(400);
    for e in v["entities"].as_array_mut().ok_or("entities")?.iter_mut() {
        e["name"] = json!({"en": long.trim_end(), "zh": "长".repeat(1_333)});
    }
    done(&v)
}

/// As many facts as the format allows, all of `topic` (one list of the company view).
pub fn facts(topic: &str) -> Result<Dataset, String> {
    let mut v = base();
    v["facts"].as_array_mut().ok_or("facts")?.clear();
    for i in 0..MAX_ITEMS {
        push(
            &mut v,
            "facts",
            json!({"id": format!("f{i}"), "entity": "biren", "topic": topic,
            "text": {"en": format!("Fact number {i} of the story."), "zh": format!("第{i}条")},
            "period": period(i % 9_999), "source": "article", "quote": "q"}),
        )?;
    }
    done(&v)
}

/// `lines` hourly price series of `n` points each, for the story's company (10,000,000
/// hours end in the year 3161, within the format's dates).
pub fn series(lines: usize, n: usize) -> Result<Dataset, String> {
    let mut d = done(&base())?;
    for k in 0..lines {
        let x: Vec<f64> = (0..n).map(|i| 1_600_000_000_000.0 + i as f64 * 3_600_000.0).collect();
        let y: Vec<f64> = (0..n).map(|i| 20.0 + k as f64 + (i as f64 / 37.0).sin() * 5.0).collect();
        d.set_series(&format!("daily{k}"), "biren", "HKD", x, y).map_err(|e| e.to_string())?;
    }
    Ok(d)
}

/// A net loss for every quarter from 1980 to 2021 (168, before the story's own years),
/// then as many cumulative net losses as the format allows over spans of those quarters:
/// the same span every time where `same`, else every span once (14,196 of them). Each is
/// checked against the sum of its quarters.
pub fn cumulative(same: bool) -> Result<Dataset, String> {
    let mut v = base();
    let quarters: Vec<String> = (1980..=2021).flat_map(|y| (1..=4).map(move |q| format!("Q{q}-{y}"))).collect();
    for q in &quarters {
        push(&mut v, "figures", figure(format!("q.{q}"), "biren", "net_loss", None, q, 1.0e6, "money"))?;
    }
    let spans: Vec<(usize, usize)> = if same {
        vec![(0, quarters.len() - 1)]
    } else {
        (0..quarters.len()).flat_map(|i| (i..quarters.len()).map(move |j| (i, j))).collect()
    };
    let room = MAX_FIGURES - count(&v, "figures");
    for (n, &(i, j)) in spans.iter().cycle().take(if same { room } else { room.min(spans.len()) }).enumerate() {
        let span = format!("{}..{}", quarters[i], quarters[j]);
        let mut f =
            figure(format!("c{n}"), "biren", "cumulative_net_loss", None, &span, (j - i + 1) as f64 * 1.0e6, "money");
        f["period_kind"] = json!("span");
        push(&mut v, "figures", f)?;
    }
    done(&v)
}

/// A worst case: its name (what the benchmark prints) and how it is made.
pub type Case = (&'static str, Box<dyn Fn() -> Result<Dataset, String>>);

/// Every worst case, named, made when asked for.
pub fn all() -> Vec<Case> {
    vec![
        ("20,000 figures repeating one", Box::new(|| repeats("revenue", "money"))),
        ("20,000 periods of revenue", Box::new(|| periods("biren", "revenue", "money"))),
        ("20,000 periods of net loss", Box::new(|| periods("biren", "net_loss", "money"))),
        ("20,000 periods of customer share", Box::new(|| periods("biren", "top5_customer_share", "percent"))),
        (
            "20,000 periods of market size",
            Box::new(|| periods("cn_intelligent_computing_chip_market", "market_size", "money")),
        ),
        ("20,000 chip models", Box::new(|| keys("biren", "chip_units", "chips", "FY2024", false))),
        ("20,000 chip sales periods", Box::new(|| periods("biren", "chip_units", "chips"))),
        ("20,000 holdings", Box::new(|| keys("biren", "holding_share", "percent", "undated", true))),
        (
            "20,000 market shares",
            Box::new(|| keys("cn_intelligent_computing_chip_market", "market_share", "percent", "undated", true)),
        ),
        ("19,746 printings of one cumulative loss", Box::new(|| cumulative(true))),
        ("14,196 cumulative losses over spans of quarters", Box::new(|| cumulative(false))),
        ("2,000 products", Box::new(|| entities("product", "int8_tops", "tops"))),
        ("2,000 listings", Box::new(listings)),
        ("2,000 listings named in 4,000 bytes", Box::new(long_names)),
        ("2,000 profile facts", Box::new(|| facts("company"))),
        ("2,000 milestones", Box::new(|| facts("listing"))),
        ("2,000 ownership facts", Box::new(|| facts("investors"))),
        ("1 series of 10,000,000 points", Box::new(|| series(1, 10_000_000))),
        ("20 series of 1,000,000 points", Box::new(|| series(20, 1_000_000))),
    ]
}
