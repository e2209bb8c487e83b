//! The fact check over the article: which stated figures its own inputs confirm, and
//! which they contradict. Expected values are worked out by hand in the comments.

use ipo_lens::calc::{check_all, CheckKind, Verdict};
use ipo_lens::model::{parse, DEFAULT_JSON};

fn checks() -> Vec<ipo_lens::calc::Check> {
    check_all(&parse(DEFAULT_JSON).expect("default dataset is valid"))
}

fn by_figure<'a>(cs: &'a [ipo_lens::calc::Check], kind: CheckKind, needle: &str) -> &'a ipo_lens::calc::Check {
    cs.iter()
        .find(|c| c.kind == kind && c.figure.contains(needle))
        .unwrap_or_else(|| panic!("no {kind:?} check on a figure like {needle}: {cs:#?}"))
}

#[test]
fn biren_first_day_high_gain_is_contradicted() {
    let cs = checks();
    // 42.88 / 19.6 - 1 = 118.78 %; with 19.6 meaning 19.55..19.65 and 42.88 meaning
    // 42.875..42.885: 118.19 %..119.36 %. The article says "超112.55%".
    let c = by_figure(&cs, CheckKind::Gain, "biren.gain_first_day_high");
    assert_eq!(c.verdict, Verdict::Inconsistent);
    assert!(c.recomputed.lo > 118.1 && c.recomputed.hi < 119.4 && c.recomputed.contains(118.78), "{c:?}");
    assert!((c.stated.lo - 112.55).abs() < 1e-9 && (c.stated.hi - 112.56).abs() < 1e-9, "{c:?}");
}

#[test]
fn biren_first_day_close_gain_is_consistent() {
    let cs = checks();
    // 34.46 / 19.6 - 1 = 75.816 %, printed 75.82 %.
    let c = by_figure(&cs, CheckKind::Gain, "biren.gain_first_day_close");
    assert_eq!(c.verdict, Verdict::Consistent, "{c:?}");
}

#[test]
fn moore_threads_gain_is_consistent() {
    let cs = checks();
    // 688 / 114.28 - 1 = 502.03 %, printed 502 %.
    let c = by_figure(&cs, CheckKind::Gain, "moore_threads.gain_first_day_high");
    assert_eq!(c.verdict, Verdict::Consistent, "{c:?}");
    assert!(c.recomputed.contains(502.03) || (c.recomputed.mid() - 502.03).abs() < 0.05);
}

#[test]
fn market_cagrs_hold_only_with_rounding() {
    let cs = checks();
    // (301/17)^(1/4) - 1 = 105.1 %, printed 105 %.
    let c = by_figure(&cs, CheckKind::Cagr, "FY2020..FY2024");
    assert_eq!(c.verdict, Verdict::Consistent, "{c:?}");
    // (2012/301)^(1/5) - 1 = 46.22 % from the printed values, printed 46.3 % (46.25..46.35):
    // only the rounding of 301 and 2012 brings the two together (up to 46.28 %).
    let c = by_figure(&cs, CheckKind::Cagr, "FY2024..FY2029");
    assert_eq!(c.verdict, Verdict::Consistent, "{c:?}");
    assert!(c.recomputed.hi > 46.25 && c.recomputed.lo < 46.25, "{c:?}");
}

#[test]
fn cumulative_loss_over_63_yi() {
    let cs = checks();
    // 14.74 + 17.44 + 15.38 + 16.01 = 63.57亿, "超63亿元" means 63..64亿.
    let c = by_figure(&cs, CheckKind::Cumulative, "cumulative_net_loss");
    assert_eq!(c.verdict, Verdict::Consistent, "{c:?}");
    assert_eq!(c.inputs.len(), 4);
    assert!((c.recomputed.mid() - 63.57e8).abs() < 1e6);
}

#[test]
fn metax_lot_profit_nearly_400k() {
    let cs = checks();
    // (895 - 104.66) × 500 = 395,170 yuan; "近40万元" means 30万..40万.
    let c = by_figure(&cs, CheckKind::LotProfit, "metax");
    assert_eq!(c.verdict, Verdict::Consistent, "{c:?}");
}

#[test]
fn peak_market_cap_matches_the_close() {
    let cs = checks();
    // 825.71亿 / 34.46 = 2.3961bn shares; × 42.88 = 1027.46亿, printed 1027亿.
    let c = by_figure(&cs, CheckKind::MarketCap, "biren.market_cap_peak");
    assert_eq!(c.verdict, Verdict::Consistent, "{c:?}");
}

#[test]
fn net_proceeds_exceed_the_offering_the_cornerstones_imply() {
    let cs = checks();
    // 28.99亿 is "近64%" of the global offering → the offering is 45.3亿..46.0亿 HKD,
    // less than the stated net proceeds of 53.75亿 HKD.
    let c = by_figure(&cs, CheckKind::OfferingBound, "biren.net_proceeds");
    assert_eq!(c.verdict, Verdict::Inconsistent, "{c:?}");
    assert!(c.recomputed.hi < 46.1e8 && c.recomputed.lo > 45.2e8, "{c:?}");
}

#[test]
fn headline_subscription_is_truncated() {
    let cs = checks();
    // 2347.53× printed as "2347倍": rounding would give 2348.
    let c = cs
        .iter()
        .find(|c| c.kind == CheckKind::Repeat && c.figure.contains("public_offer_subscription"))
        .expect("repeat check");
    assert_eq!(c.verdict, Verdict::ConsistentIfTruncated, "{c:?}");
}

#[test]
fn experienced_staff_bounds_agree() {
    let cs = checks();
    // 657 × (33 %..34 %) = 216.8..223.4, "超过210名" reads as 210..220.
    let c = by_figure(&cs, CheckKind::Headcount, "rnd_staff_10y");
    assert_eq!(c.verdict, Verdict::Consistent, "{c:?}");
}

#[test]
fn exactly_the_known_contradictions() {
    let bad: Vec<String> =
        checks().into_iter().filter(|c| c.verdict == Verdict::Inconsistent).map(|c| c.figure).collect();
    assert_eq!(bad.len(), 2, "{bad:?}");
}
