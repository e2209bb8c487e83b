//! Issue 16, "the long tail": data that was accepted but drawn untruthfully (prices in
//! two currencies, overlapping periods in a sum, duplicates, shares over 100 %, text
//! direction overrides, log scales at their extremes). Each test failed on the code
//! before the fix.

use ipo_lens::chart::{render_svg, Spec};
use ipo_lens::model::{check, parse, DEFAULT_JSON};
use ipo_lens::Lang;
use serde_json::{json, Value};

fn default() -> Value {
    serde_json::from_str(DEFAULT_JSON).expect("json")
}

fn index(v: &Value, id: &str) -> usize {
    v["figures"].as_array().expect("figures").iter().position(|f| f["id"] == id).expect(id)
}

/// Every problem of `v` as "path: message" (English), errors and warnings.
fn problems(v: &Value) -> Vec<String> {
    let c = check(&v.to_string(), &[]);
    c.problems.iter().map(|p| format!("{}: {}", p.path, p.message(Lang::En))).collect()
}

fn errors(v: &Value) -> Vec<String> {
    let c = check(&v.to_string(), &[]);
    c.errors().map(|p| format!("{}: {}", p.path, p.message(Lang::En))).collect()
}

#[test]
fn prices_of_one_listing_in_two_currencies_are_refused_with_both_paths() {
    let mut v = default();
    let offer = index(&v, "biren.offer_price.2026-01-02");
    v["figures"][offer]["currency"] = json!("USD");
    v["figures"][offer + 1]["currency"] = json!("USD");
    let e = errors(&v);
    let at = format!("figures[{offer}].currency");
    assert!(
        e.iter().any(|m| m.starts_with(&at) && m.contains("USD") && m.contains("HKD") && m.contains("listings[0]")),
        "{e:#?}"
    );
    assert!(parse(&v.to_string()).is_err(), "the widget draws a gain from USD and HKD prices");
    // the same currency as the listing everywhere: accepted
    assert!(errors(&default()).is_empty());
}

#[test]
fn a_half_year_inside_its_full_year_is_not_added_twice_to_a_running_total() {
    let mut v = default();
    let fy = index(&v, "biren.net_loss.FY2024");
    let mut h1 = v["figures"][fy].clone();
    h1["id"] = json!("biren.net_loss.H1-2024");
    h1["period"] = json!("H1-2024");
    h1["period_kind"] = json!("half_year");
    h1["value"] = json!(1_600_000_000.0);
    h1.as_object_mut().expect("figure").remove("as_written");
    v["figures"].as_array_mut().expect("figures").push(h1);
    let d = parse(&v.to_string()).expect("a half year beside its year is a valid file");
    let spec = Spec::new("financials", "cumulative", Lang::En, 640.0).expect("spec");
    match render_svg(&d, &spec) {
        Ok(r) => {
            // no running total may pass the sum of the distinct periods (7.9bn against 6.3bn before)
            let totals: Vec<&str> = r.marks.iter().map(|m| m.row.value.as_str()).collect();
            panic!("drew a running total over overlapping periods: {totals:?}");
        }
        Err(e) => {
            let m = e.to_string();
            assert!(m.contains("H1-2024") && m.contains("FY2024") && m.contains(&format!("figures[{fy}]")), "{m}");
        }
    }
    // the losses by period still draw: only the sum is refused
    let by_period = Spec::new("financials", "loss", Lang::En, 640.0).expect("spec");
    assert!(render_svg(&d, &by_period).is_ok());
}

#[test]
fn three_sizes_for_one_year_draw_one_column_and_warn() {
    let mut v = default();
    let at = index(&v, "cn_intelligent_computing_chip_market.market_size.FY2024");
    for (n, value) in [(2, 31.0e9), (3, 32.0e9)] {
        let mut dup = v["figures"][at].clone();
        dup["id"] = json!(format!("market_size.FY2024.{n}"));
        dup["value"] = json!(value);
        dup.as_object_mut().expect("figure").remove("as_written");
        v["figures"].as_array_mut().expect("figures").push(dup);
    }
    let p = problems(&v);
    assert_eq!(p.iter().filter(|m| m.contains("same entity, metric, key and period")).count(), 2, "{p:#?}");
    let d = parse(&v.to_string()).expect("valid, with warnings");
    let spec = Spec::new("market", "size", Lang::En, 640.0).expect("spec");
    let r = render_svg(&d, &spec).expect("draws");
    let periods: Vec<String> = r.marks.iter().map(|m| m.row.period.clone()).collect();
    let fy2024 = periods.iter().filter(|p| p.contains("2024")).count();
    assert_eq!(fy2024, 1, "one column for 2024, the first the file gives: {periods:?}");
    assert!(
        r.marks.iter().any(|m| m.row.period.contains("2024") && m.label.contains("30.1")),
        "{:?}",
        r.marks.iter().map(|m| &m.label).collect::<Vec<_>>()
    );
}

#[test]
fn a_company_listed_twice_is_refused_with_both_paths() {
    let mut v = default();
    let again = v["listings"][0].clone();
    v["listings"].as_array_mut().expect("listings").push(again);
    let e = errors(&v);
    assert!(e.iter().any(|m| m.starts_with("listings[3].company") && m.contains("listings[0]")), "{e:#?}");
}

#[test]
fn a_market_share_over_100_percent_is_refused_and_no_negative_remainder_is_drawn() {
    let mut v = default();
    let at = index(&v, "cn_intelligent_computing_chip_market.market_share.nvidia_hisilicon.undated");
    v["figures"][at]["value"] = json!(660.8);
    v["figures"][at].as_object_mut().expect("figure").remove("as_written");
    let e = errors(&v);
    assert!(e.iter().any(|m| m.starts_with(&format!("figures[{at}].value")) && m.contains("660.8")), "{e:#?}");
    // and the chart never computes a negative "everyone else", however it gets the figure
    let mut d = parse(DEFAULT_JSON).expect("valid");
    d.figures[at].value = 660.8;
    d.figures[at].as_written = None;
    let spec = Spec::new("market", "shares", Lang::En, 640.0).expect("spec");
    if let Ok(r) = render_svg(&d, &spec) {
        let labels: Vec<&str> = r.marks.iter().map(|m| m.label.as_str()).collect();
        assert!(labels.iter().all(|l| !l.contains("\u{2212}5") && !l.contains("-5")), "a negative share: {labels:?}");
        assert!(!r.svg.contains("−560") && !r.svg.contains("-560"), "everyone else −560.8 %");
    }
}

#[test]
fn direction_overrides_in_any_text_are_refused_with_their_path() {
    for (path, bad) in [
        ("entities.0.name.en", "Biren \u{202E}Technology"),
        ("story.title.zh", "壁仞\u{2066}科技"),
        ("figures.3.quote", "first-day high of \u{202D}42.88"),
        ("sources.0.publisher.en", "x\u{2069}"),
    ] {
        let mut v = default();
        let mut cur = &mut v;
        let parts: Vec<&str> = path.split('.').collect();
        for p in &parts[..parts.len() - 1] {
            cur = match p.parse::<usize>() {
                Ok(i) => &mut cur[i],
                Err(_) => &mut cur[*p],
            };
        }
        cur[parts[parts.len() - 1]] = json!(bad);
        let want = {
            let mut s = String::new();
            for p in &parts {
                match p.parse::<usize>() {
                    Ok(i) => s.push_str(&format!("[{i}]")),
                    Err(_) if s.is_empty() => s.push_str(p),
                    Err(_) => s.push_str(&format!(".{p}")),
                }
            }
            s
        };
        let c = check(&v.to_string(), &[]);
        let hit = c.errors().find(|p| p.path == want).map(|p| [Lang::En, Lang::Zh, Lang::ZhHant].map(|l| p.message(l)));
        let Some([en, zh, zh_hant]) = hit else { panic!("{path}: not refused: {:#?}", c.problems) };
        assert!(en.contains("U+20"), "{en}");
        assert!(zh.contains("U+20") && zh_hant.contains("U+20"), "{zh} {zh_hant}");
        assert!(parse(&v.to_string()).is_err());
    }
}
