//! Provenance tests for the default dataset (`data/biren-2026.json`).
//!
//! * the file parses and validates;
//! * every quote is a verbatim, whole sentence of `data/article.zh.txt` and every printed
//!   form (`as_written`, `date_as_written`) lies inside its quote;
//! * completeness: a hand-written table of every figure the article states, checked
//!   against the file in both directions;
//! * a sweep over every number printed in the article: each one must be recorded by the
//!   dataset or knowingly excluded here, with a reason;
//! * broken files are refused with the JSON path of the bad value.
//!
//! Run with `cargo test --test dataset`.
#![cfg(not(target_arch = "wasm32"))]

use ipo_lens::model::{self, read_written, Basis, Currency, Dataset, Qualifier, DEFAULT_JSON};
use ipo_lens::{Period, PeriodKind};

const ARTICLE: &str = include_str!("../data/article.zh.txt");

fn dataset() -> Dataset {
    model::parse(DEFAULT_JSON).unwrap_or_else(|e| panic!("the default dataset does not validate: {e}"))
}

// ---------------------------------------------------------------------------------------
// Parsing and the top-level record
// ---------------------------------------------------------------------------------------

#[test]
fn default_dataset_parses_and_validates() {
    let d = dataset();
    assert_eq!(d.format, "ipo-lens/1");
    assert_eq!(d.story.id, "biren-hk-ipo-2026");
    assert!(d.story.title.zh.is_some() && d.story.title.en.is_some());

    assert_eq!(d.sources.len(), 1);
    let s = &d.sources[0];
    assert_eq!(s.id, "article");
    assert_eq!(s.language, "zh");
    assert_eq!(s.publisher.zh.as_deref(), Some("网易号"));
    assert_eq!(s.publisher.en.as_deref(), Some("NetEase Hao"));
    assert!(s.url.is_none(), "the copy we have carries no URL");

    // The article gives no exchange rate, so the dataset must not invent one.
    assert!(d.inputs.is_empty(), "inputs must stay empty: the article states no FX rate");

    let ids: Vec<&str> = d.entities.iter().map(|e| e.id.as_str()).collect();
    for want in [
        "biren",
        "moore_threads",
        "metax",
        "cn_intelligent_computing_chip_market",
        "cn_gpgpu_market",
        "br100",
        "a100",
        "nvidia_hisilicon",
    ] {
        assert!(ids.contains(&want), "missing entity {want}");
    }
    for e in &d.entities {
        assert!(e.name.zh.is_some() && e.name.en.is_some(), "entity {} needs zh and en names", e.id);
    }
    for f in &d.figures {
        if IMPLIED.contains(&f.id.as_str()) {
            assert!(
                f.as_written.is_none() && f.note.is_some(),
                "{}: an implied figure has no printing and says why",
                f.id
            );
            continue;
        }
        assert!(f.as_written.is_some(), "{}: every figure of the default dataset records as_written", f.id);
        assert_eq!(f.source, "article");
    }
}

#[test]
fn listings_are_as_the_article_states() {
    let d = dataset();
    let want: &[(&str, &str, Currency, &str, &str)] = &[
        ("biren", "港交所", Currency::HKD, "2026-01-02", "1月2日"),
        ("moore_threads", "科创板", Currency::CNY, "2025-12", "2025年12月"),
        ("metax", "科创板", Currency::CNY, "2025-12", "2025年12月"),
    ];
    assert_eq!(d.listings.len(), want.len());
    for (company, exchange, currency, date, written) in want {
        let l = d.listings.iter().find(|l| l.company == *company).unwrap_or_else(|| panic!("no listing for {company}"));
        assert_eq!(l.exchange.zh.as_deref(), Some(*exchange), "{company}");
        assert!(l.exchange.en.is_some(), "{company}");
        assert_eq!(l.currency, *currency, "{company}");
        assert_eq!(l.date, *date, "{company}");
        assert_eq!(l.date_as_written.as_deref(), Some(*written), "{company}");
    }
    let biren = d.listings.iter().find(|l| l.company == "biren").unwrap();
    assert!(biren.exchange.en.as_deref().unwrap().contains("18C"));
    let note = biren.note.as_deref().expect("the inferred year must be explained");
    assert!(note.contains("2026") && note.contains("inferred"), "{note}");
}

// ---------------------------------------------------------------------------------------
// Provenance: quotes are verbatim whole sentences, printed forms lie inside them
// ---------------------------------------------------------------------------------------

/// Every provenance problem of a dataset against the article, as "path: message".
fn provenance_errors(d: &Dataset) -> Vec<String> {
    let mut errs = Vec::new();
    let mut check = |path: String, quote: &str, written: Option<&str>| {
        if !ARTICLE.contains(quote) {
            errs.push(format!("{path}.quote: not a verbatim part of the article: {quote:?}"));
            return;
        }
        if !is_whole_sentence(quote) {
            errs.push(format!("{path}.quote: not a whole sentence of the article: {quote:?}"));
        }
        if let Some(w) = written {
            if !quote.contains(w) {
                errs.push(format!("{path}: {w:?} does not occur in the quote"));
            }
        }
    };
    for (i, f) in d.figures.iter().enumerate() {
        check(format!("figures[{i}]"), &f.quote, f.as_written.as_deref());
    }
    for (i, l) in d.listings.iter().enumerate() {
        check(format!("listings[{i}]"), &l.quote, l.date_as_written.as_deref());
    }
    for (i, f) in d.facts.iter().enumerate() {
        check(format!("facts[{i}]"), &f.quote, None);
    }
    errs
}

/// A quote is a whole sentence: it ends with 。 and starts the article, a line, or follows
/// a 。 (for every place it occurs).
fn is_whole_sentence(quote: &str) -> bool {
    if !quote.ends_with('。') {
        return false;
    }
    ARTICLE.match_indices(quote).all(|(at, _)| {
        let before = ARTICLE[..at].chars().next_back();
        matches!(before, None | Some('\n') | Some('。'))
    })
}

#[test]
fn every_quote_is_verbatim_and_holds_its_printed_form() {
    let errs = provenance_errors(&dataset());
    assert!(errs.is_empty(), "provenance errors:\n{}", errs.join("\n"));
}

/// Figures the article implies without printing a number: BR110 was "first sold in 2024",
/// so its 2023 sales were zero (drawn as 0, not as "not given").
const IMPLIED: [&str; 1] = ["biren.chip_units.BR110.FY2023"];

#[test]
fn every_as_written_reads_back_as_the_value() {
    // validate() enforces this too; here it is stated once more, with the rounding unit.
    for f in dataset().figures.iter().filter(|f| !IMPLIED.contains(&f.id.as_str())) {
        let w = read_written(f.as_written.as_deref().unwrap()).unwrap_or_else(|| panic!("{}: no number", f.id));
        assert!((w.value - f.value).abs() <= 1e-9 * f.value.abs().max(1.0), "{}: {} vs {}", f.id, w.value, f.value);
        assert!(w.last_digit > 0.0);
    }
}

// ---------------------------------------------------------------------------------------
// Completeness: every figure the article states, checked by hand against the article
// ---------------------------------------------------------------------------------------

/// (entity, metric, key or "", period, value in base units, currency or "", qualifier, basis)
type Row = (&'static str, &'static str, &'static str, &'static str, f64, &'static str, &'static str, &'static str);

const BIREN: &str = "biren";
const MT: &str = "moore_threads";
const MX: &str = "metax";
const CIC: &str = "cn_intelligent_computing_chip_market";
const GPGPU: &str = "cn_gpgpu_market";
const DAY: &str = "2026-01-02";
const SPAN: &str = "FY2022..H1-2025";
const STAFF: &str = "2025-06-30";
const DEC: &str = "2025-12";

/// Hand-copied from data/article.zh.txt. A figure printed twice is listed twice.
const EXPECTED: &[Row] = &[
    // 1月2日 listing day (offer price printed twice: 锁定19.6港元; 较发行价19.6港元/股)
    (BIREN, "offer_price", "", DAY, 19.6, "HKD", "exact", "stated"),
    (BIREN, "offer_price", "", DAY, 19.6, "HKD", "exact", "stated"),
    (BIREN, "first_day_high", "", DAY, 42.88, "HKD", "exact", "stated"),
    (BIREN, "gain_first_day_high", "", DAY, 112.55, "", "over", "stated"), // 涨幅超112.55%
    (BIREN, "market_cap_peak", "", DAY, 102_700_000_000.0, "HKD", "exact", "stated"), // 一度达到1027亿港元
    (BIREN, "first_day_close", "", DAY, 34.46, "HKD", "exact", "stated"),
    (BIREN, "market_cap_close", "", DAY, 82_571_000_000.0, "HKD", "exact", "stated"), // 825.71亿港元
    (BIREN, "gain_first_day_close", "", DAY, 75.82, "", "exact", "stated"),           // 大涨75.82%
    // Offering
    (BIREN, "public_offer_subscription", "", DAY, 2347.53, "", "exact", "stated"),
    (BIREN, "public_offer_subscription", "", DAY, 2347.0, "", "exact", "stated"), // 飙升至2347倍
    (BIREN, "international_offer_subscription", "", DAY, 25.95, "", "exact", "stated"),
    (BIREN, "retail_applicants", "", DAY, 471_000.0, "", "exact", "stated"), // 47.1万人
    (BIREN, "cornerstone_investors", "", DAY, 23.0, "", "exact", "stated"),
    (BIREN, "cornerstone_amount", "", DAY, 2_899_000_000.0, "HKD", "about", "stated"), // 约28.99亿港元
    (BIREN, "cornerstone_share_of_offering", "", DAY, 64.0, "", "nearly", "stated"),   // 近64%
    (BIREN, "net_proceeds", "", DAY, 5_375_000_000.0, "HKD", "exact", "stated"),       // 53.75亿港元
    (BIREN, "net_proceeds_rnd_share", "", DAY, 85.0, "", "exact", "stated"),
    // Company (超63亿元 printed twice)
    (BIREN, "cumulative_net_loss", "", SPAN, 6_300_000_000.0, "CNY", "over", "stated"),
    (BIREN, "cumulative_net_loss", "", SPAN, 6_300_000_000.0, "CNY", "over", "stated"),
    (BIREN, "order_backlog", "", "undated", 822_000_000.0, "CNY", "exact", "stated"), // 8.22亿元
    (BIREN, "registered_capital", "", "undated", 32_916_400.0, "CNY", "exact", "stated"), // 3291.64万元
    (BIREN, "funding_rounds", "", "undated", 8.0, "", "exact", "stated"),
    (BIREN, "funding_total", "", "undated", 5_000_000_000.0, "CNY", "over", "stated"), // 超过50亿元
    (BIREN, "last_private_valuation", "", "undated", 20_900_000_000.0, "CNY", "exact", "stated"), // 209亿
    (BIREN, "holding_share", "qm120_group", "undated", 15.62, "", "about", "stated"),  // 约15.62%
    (BIREN, "holding_share", "zhang_wen", "undated", 8.68, "", "exact", "stated"),
    // Income statement: 收入 49.9万元、6203万元、3.379亿元及5890.3万元
    (BIREN, "revenue", "", "FY2022", 499_000.0, "CNY", "exact", "stated"),
    (BIREN, "revenue", "", "FY2023", 62_030_000.0, "CNY", "exact", "stated"),
    (BIREN, "revenue", "", "FY2024", 337_900_000.0, "CNY", "exact", "stated"),
    (BIREN, "revenue", "", "H1-2025", 58_903_000.0, "CNY", "exact", "stated"),
    // 毛利率 100%、76.4%、53.2%及31.9%
    (BIREN, "gross_margin", "", "FY2022", 100.0, "", "exact", "stated"),
    (BIREN, "gross_margin", "", "FY2023", 76.4, "", "exact", "stated"),
    (BIREN, "gross_margin", "", "FY2024", 53.2, "", "exact", "stated"),
    (BIREN, "gross_margin", "", "H1-2025", 31.9, "", "exact", "stated"),
    // 亏损 14.74亿元、17.44亿元、15.38亿元,以及16.01亿元
    (BIREN, "net_loss", "", "FY2022", 1_474_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "net_loss", "", "FY2023", 1_744_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "net_loss", "", "FY2024", 1_538_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "net_loss", "", "H1-2025", 1_601_000_000.0, "CNY", "exact", "stated"),
    // 研发成本 10.18亿元、8.86亿元、8.27亿元及5.72亿元; 79.8%、76.4%、73.7%及79.1%
    (BIREN, "rnd_expense", "", "FY2022", 1_018_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "rnd_expense", "", "FY2023", 886_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "rnd_expense", "", "FY2024", 827_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "rnd_expense", "", "H1-2025", 572_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "rnd_share_of_opex", "", "FY2022", 79.8, "", "exact", "stated"),
    (BIREN, "rnd_share_of_opex", "", "FY2023", 76.4, "", "exact", "stated"),
    (BIREN, "rnd_share_of_opex", "", "FY2024", 73.7, "", "exact", "stated"),
    (BIREN, "rnd_share_of_opex", "", "H1-2025", 79.1, "", "exact", "stated"),
    // 雇员成本 6.05亿元、6.25亿元和5.64亿元
    (BIREN, "rnd_employee_cost", "", "FY2022", 605_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "rnd_employee_cost", "", "FY2023", 625_000_000.0, "CNY", "exact", "stated"),
    (BIREN, "rnd_employee_cost", "", "FY2024", 564_000_000.0, "CNY", "exact", "stated"),
    // Chips: BR106 590颗 / 9344颗 / 2216颗; BR110 298颗 / 22颗
    (BIREN, "chip_units", "BR106", "FY2023", 590.0, "", "exact", "stated"),
    (BIREN, "chip_units", "BR106", "FY2024", 9344.0, "", "exact", "stated"),
    (BIREN, "chip_units", "BR106", "H1-2025", 2216.0, "", "exact", "stated"),
    (BIREN, "chip_units", "BR110", "FY2023", 0.0, "", "exact", "stated"), // implied: 首次实现销售 in 2024
    (BIREN, "chip_units", "BR110", "FY2024", 298.0, "", "exact", "stated"),
    (BIREN, "chip_units", "BR110", "H1-2025", 22.0, "", "exact", "stated"),
    // Staff at 30 June 2025
    (BIREN, "rnd_staff", "", STAFF, 657.0, "", "exact", "stated"),
    (BIREN, "rnd_staff_share", "", STAFF, 83.0, "", "exact", "stated"),
    (BIREN, "rnd_staff_masters_share", "", STAFF, 78.0, "", "exact", "stated"),
    (BIREN, "rnd_staff_10y", "", STAFF, 210.0, "", "over", "stated"), // 超过210名
    (BIREN, "rnd_staff_10y_share", "", STAFF, 33.0, "", "at_least", "stated"), // 33%以上
    // 五大客户 98.1%、90.3%、97.9%
    (BIREN, "top5_customer_share", "", "FY2023", 98.1, "", "exact", "stated"),
    (BIREN, "top5_customer_share", "", "FY2024", 90.3, "", "exact", "stated"),
    (BIREN, "top5_customer_share", "", "H1-2025", 97.9, "", "exact", "stated"),
    // Market (灼识咨询)
    (CIC, "market_size", "", "FY2020", 1_700_000_000.0, "USD", "exact", "stated"),
    (CIC, "market_size", "", "FY2024", 30_100_000_000.0, "USD", "exact", "stated"),
    (CIC, "market_size", "", "FY2029", 201_200_000_000.0, "USD", "exact", "forecast"),
    (CIC, "market_cagr", "", "FY2020..FY2024", 105.0, "", "exact", "stated"),
    (CIC, "market_cagr", "", "FY2024..FY2029", 46.3, "", "exact", "forecast"),
    (CIC, "market_share", "nvidia_hisilicon", "undated", 94.4, "", "exact", "stated"),
    (CIC, "market_players", "others", "undated", 15.0, "", "over", "stated"), // 有超15家
    (CIC, "market_share", "biren", "FY2024", 0.16, "", "exact", "stated"),
    (CIC, "market_share", "biren", "FY2025", 0.19, "", "exact", "forecast"), // 预期2025年
    (GPGPU, "market_share", "biren", "FY2024", 0.2, "", "exact", "stated"),
    // Moore Threads
    (MT, "offer_price", "", DEC, 114.28, "CNY", "exact", "stated"),
    (MT, "first_day_high", "", DEC, 688.0, "CNY", "exact", "stated"),
    (MT, "gain_first_day_high", "", DEC, 502.0, "", "exact", "stated"),
    (MT, "later_high", "", DEC, 941.08, "CNY", "exact", "stated"),
    (MT, "latest_price", "", "writing", 587.9, "CNY", "exact", "stated"),
    // MetaX
    (MX, "offer_price", "", DEC, 104.66, "CNY", "exact", "stated"),
    (MX, "first_day_high", "", DEC, 895.0, "CNY", "exact", "stated"),
    (MX, "lot_size", "", DEC, 500.0, "", "exact", "stated"),
    (MX, "lot_profit_max", "", DEC, 400_000.0, "CNY", "nearly", "stated"), // 近40万元
    (MX, "latest_price", "", "writing", 580.1, "CNY", "exact", "stated"),
    // Products
    ("br100", "process_node", "", "undated", 7.0, "", "exact", "stated"),
    ("br100", "int8_tops", "", "undated", 2048.0, "", "exact", "stated"),
    ("a100", "int8_tops", "", "undated", 624.0, "", "exact", "stated"),
];

fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Over => "over",
        Qualifier::AtLeast => "at_least",
        Qualifier::Nearly => "nearly",
        Qualifier::About => "about",
        Qualifier::UpTo => "up_to",
        Qualifier::Range => "range",
    }
}

fn basis(b: Basis) -> &'static str {
    match b {
        Basis::Stated => "stated",
        Basis::Forecast => "forecast",
    }
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn every_stated_figure_is_present_exactly_as_listed() {
    let d = dataset();
    let mut missing = Vec::new();
    for row in EXPECTED {
        let (e, m, k, p, v, cur, q, b) = *row;
        let want = EXPECTED.iter().filter(|r| **r == *row).count();
        let got = d
            .figures
            .iter()
            .filter(|f| {
                f.entity == e
                    && f.metric == m
                    && f.key.as_deref().unwrap_or("") == k
                    && f.period == p
                    && same(f.value, v)
                    && f.currency.map_or("", |c| c.code()) == cur
                    && qualifier(f.qualifier) == q
                    && basis(f.basis) == b
            })
            .count();
        if got != want {
            missing.push(format!("{row:?}: expected {want} matching figure(s), found {got}"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_file_holds_no_figure_beyond_the_list() {
    let d = dataset();
    assert_eq!(d.figures.len(), EXPECTED.len(), "every figure in the file must be in EXPECTED");
    for f in &d.figures {
        let listed = EXPECTED.iter().any(|(e, m, k, p, v, ..)| {
            f.entity == *e
                && f.metric == *m
                && f.key.as_deref().unwrap_or("") == *k
                && f.period == *p
                && same(f.value, *v)
        });
        assert!(listed, "{} is not in the hand-written EXPECTED table", f.id);
    }
}

/// Ids follow `{entity}.{metric}[.{key}].{period}[.{suffix}]`, where a suffix marks the
/// repeat of a figure the article prints twice.
#[test]
fn figure_ids_follow_the_convention() {
    const SUFFIXES: &[&str] = &["headline", "first_day", "financials"];
    let d = dataset();
    for f in &d.figures {
        let mut base = format!("{}.{}", f.entity, f.metric);
        if let Some(k) = &f.key {
            base.push('.');
            base.push_str(k);
        }
        base.push('.');
        base.push_str(&f.period);
        let ok = f.id == base || SUFFIXES.iter().any(|s| f.id == format!("{base}.{s}"));
        assert!(ok, "id {} should be {base}[.suffix]", f.id);
        if f.id != base {
            assert!(d.figure(&base).is_some(), "{} repeats {base}, which is missing", f.id);
            assert!(f.note.is_some(), "{}: a repeated figure must say so in its note", f.id);
        }
    }
}

/// A figure printed twice (the same entity, metric, key and period) must agree with
/// itself within the precision printed: "2347倍" and "2347.53倍" differ by less than 1.
#[test]
fn repeated_figures_agree_within_their_printed_precision() {
    let d = dataset();
    for (i, a) in d.figures.iter().enumerate() {
        for b in &d.figures[i + 1..] {
            if (a.entity.as_str(), a.metric.as_str(), &a.key, &a.period)
                != (b.entity.as_str(), b.metric.as_str(), &b.key, &b.period)
            {
                continue;
            }
            let unit = a.written().unwrap().last_digit.max(b.written().unwrap().last_digit);
            assert!((a.value - b.value).abs() < unit, "{} and {} disagree: {} vs {}", a.id, b.id, a.value, b.value);
            assert_eq!(a.currency, b.currency, "{} / {}", a.id, b.id);
        }
    }
}

#[test]
fn forecasts_and_notes_where_the_article_needs_explaining() {
    let d = dataset();
    let forecasts: Vec<&str> = d.figures.iter().filter(|f| f.basis == Basis::Forecast).map(|f| f.id.as_str()).collect();
    assert_eq!(
        forecasts,
        [
            "cn_intelligent_computing_chip_market.market_size.FY2029",
            "cn_intelligent_computing_chip_market.market_cagr.FY2024..FY2029",
            "cn_intelligent_computing_chip_market.market_share.biren.FY2025",
        ]
    );
    for id in [
        "biren.last_private_valuation.undated",                // currency inferred
        "biren.gain_first_day_high.2026-01-02",                // does not match the prices
        "biren.public_offer_subscription.2026-01-02.headline", // same multiple, truncated
        "moore_threads.later_high.2025-12",                    // what "later" covers
        "metax.lot_profit_max.2025-12",                        // per lot at the first-day high
        "cn_intelligent_computing_chip_market.market_share.nvidia_hisilicon.undated", // no year
        "cn_intelligent_computing_chip_market.market_players.others.undated", // the 1% remark
    ] {
        let f = d.figure(id).unwrap_or_else(|| panic!("no figure {id}"));
        assert!(f.note.is_some(), "{id} needs a note");
    }
    let v = d.figure("biren.last_private_valuation.undated").unwrap();
    assert_eq!(v.currency, Some(Currency::CNY));
    assert!(v.note.as_ref().unwrap().get(ipo_lens::Lang::En).contains("inferred"));
    let h = d.figure("moore_threads.later_high.2025-12").unwrap();
    assert!(h.note.as_ref().unwrap().get(ipo_lens::Lang::En).contains("five trading days"));
    // every note reaches each reader in their own language
    for f in d.figures.iter().filter(|f| f.note.is_some()) {
        let n = f.note.as_ref().unwrap();
        assert!(n.zh.is_some() && n.zh_hant.is_some() && n.en.is_some(), "{}: a note in every language", f.id);
    }
    // Spans and dates are what the article says, not what a chart would like.
    let c = d.figure("biren.cumulative_net_loss.FY2022..H1-2025").unwrap();
    assert_eq!(c.period_kind, PeriodKind::Span);
    assert_eq!(d.figure("biren.rnd_staff.2025-06-30").unwrap().period_kind, PeriodKind::Date);
    assert_eq!(d.figure("biren.revenue.H1-2025").unwrap().period_kind, PeriodKind::HalfYear);
}

#[test]
fn facts_cover_the_non_numeric_statements() {
    let d = dataset();
    let want: &[(&str, Option<&str>)] = &[
        ("biren.founded", Some("2019-09")),
        ("biren.chapter_18c_record", Some("2026-01-02")),
        ("biren.first_gpu_on_hkex", Some("2026-01-02")),
        ("biren.br106_mass_production", Some("2023-01")),
        ("biren.br110_mass_production", Some("2024-10")),
        ("biren.br166", None),
        ("biren.br20x_plan", Some("FY2026")),
        ("biren.br30x_br31x_plan", Some("FY2028")),
        ("biren.customers", None),
        ("biren.major_customers", None),
        ("biren.cornerstone_investors", Some("2026-01-02")),
        ("biren.shareholders", None),
        ("biren.pre_ipo_investors", None),
        ("biren.a_share_tutoring", Some("2024-09")),
        ("biren.hk_decision", Some("H1-2025")),
        ("biren.a_share_later", None),
        ("biren.h2_sales_higher", Some("FY2024")),
        ("cn_intelligent_computing_chip_market.fragmented", None),
        ("moore_threads.full_function_gpu", None),
        ("metax.ipo_record", Some("2025-12")),
    ];
    assert_eq!(d.facts.len(), want.len());
    for (id, period) in want {
        let f = d.facts.iter().find(|f| f.id == *id).unwrap_or_else(|| panic!("no fact {id}"));
        assert_eq!(f.period.as_deref(), *period, "{id}");
        assert!(f.text.zh.is_some() && f.text.en.is_some(), "{id} needs zh and en text");
    }
}

// ---------------------------------------------------------------------------------------
// The sweep: every number printed in the article is recorded or knowingly excluded
// ---------------------------------------------------------------------------------------

/// Number tokens of a text: runs of ASCII digits and '.', as (byte start, byte end).
fn number_tokens(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            let mut end = i;
            while bytes[end - 1] == b'.' {
                end -= 1;
            }
            out.push((start, end));
        } else {
            i += 1;
        }
    }
    out
}

/// The numbers a period code is written with in the article: its years, and the month and
/// day of a month or date. A half year may be written as its end date (截至2025年6月30日).
fn period_numbers(p: &Period) -> Vec<u32> {
    match p {
        Period::FullYear(y) => vec![*y as u32],
        Period::HalfYear(y, 1) => vec![*y as u32, 6, 30],
        Period::HalfYear(y, _) => vec![*y as u32, 12, 31],
        Period::Month(y, m) => vec![*y as u32, u32::from(*m)],
        Period::Date(y, m, d) => vec![*y as u32, u32::from(*m), u32::from(*d)],
        Period::Span(a, b) => [period_numbers(a), period_numbers(b)].concat(),
        Period::Quarter(y, _) | Period::NineMonths(y) => vec![*y as u32],
        Period::Months { year, month, .. } => vec![*year as u32, u32::from(*month)],
        Period::AsOfWriting | Period::Undated => vec![],
    }
}

/// Numbers recorded by a fact: (fact id, the words around them in the fact's quote). Every
/// number in those words must also appear in the fact's `text.zh`.
const FACT_NUMBERS: &[(&str, &str)] = &[
    ("biren.founded", "2019年9月"),
    ("biren.chapter_18c_record", "18C章节自2023年3月"),
    ("biren.br106_mass_production", "2023年1月"),
    ("biren.br110_mass_production", "2024年10月"),
    ("biren.br20x_plan", "计划2026年上市"),
    ("biren.br30x_br31x_plan", "预计2028年推出"),
    ("biren.a_share_tutoring", "2024年9月"),
    ("biren.hk_decision", "2025年上半年"),
    ("biren.h2_sales_higher", "2024年下半年"),
    ("biren.h2_sales_higher", "2025年还会"),
    ("cn_intelligent_computing_chip_market.fragmented", "占据1%份额"),
];

/// Numbers the dataset knowingly leaves out: (the words around them in the article, why).
/// Every occurrence of the words is excluded.
const EXCLUDED: &[(&str, &str)] = &[
    ("\n01\n", "section number"),
    ("\n02\n", "section number"),
    ("\n03\n", "section number"),
    ("张文(右1)", "photo caption: Zhang Wen is first from the right"),
    ("BR106", "product name (the key of the BR106 chip_units series), not a quantity"),
    ("BR110", "product name (the key of the BR110 chip_units series), not a quantity"),
    ("BR166", "product name, recorded in fact biren.br166"),
    ("BR100", "product name (entity br100)"),
    ("BR20X", "product name, recorded in fact biren.br20x_plan"),
    ("BR30X", "product name, recorded in fact biren.br30x_br31x_plan"),
    ("BR31X", "product name, recorded in fact biren.br30x_br31x_plan"),
    ("A100", "product name (entity a100)"),
    ("INT8", "precision in TOPS@INT8, part of the metric int8_tops"),
    ("QM120", "shareholder name (key qm120_group of holding_share)"),
    ("Sky9", "shareholder name (Sky9 Capital)"),
    ("上市5个交易日中", "defines the window of moore_threads.later_high (first five trading days), said in its note"),
    ("逾10年行业经验", "defines the metric rnd_staff_10y (10+ years' experience)"),
    ("2019年,张文", "the year the founder chose to start a chip company: founder biography, and the same year as fact biren.founded"),
    ("AMD1~2代", "qualitative generation gap (1~2 generations behind Nvidia/AMD): no metric, no entity, not a measurement"),
    ("双精度(64位)", "bit width defining double precision, not a figure"),
    ("2012年左右", "AMD / Jim Keller anecdote, not about the companies or markets of the story"),
    ("x86-64", "instruction-set name in the Jim Keller anecdote"),
];

#[derive(Debug)]
struct Span {
    start: usize,
    end: usize,
}

fn occurrences(hay: &str, needle: &str, offset: usize) -> Vec<Span> {
    hay.match_indices(needle).map(|(at, s)| Span { start: offset + at, end: offset + at + s.len() }).collect()
}

fn inside((s, e): (usize, usize), spans: &[Span]) -> bool {
    spans.iter().any(|sp| sp.start <= s && e <= sp.end)
}

#[test]
fn every_number_in_the_article_is_recorded_or_excluded() {
    let d = dataset();
    // Spans of the article that record a number.
    let mut covered: Vec<Span> = Vec::new();
    for f in d.figures.iter().filter(|f| !IMPLIED.contains(&f.id.as_str())) {
        let w = f.as_written.as_deref().unwrap();
        for q in occurrences(ARTICLE, &f.quote, 0) {
            covered.extend(occurrences(&f.quote, w, q.start));
            // The period the figure is for, as written in its sentence ("2022年", "2025年6月30日").
            let nums = period_numbers(&Period::parse(&f.period).unwrap());
            for (s, e) in number_tokens(&f.quote) {
                if f.quote[s..e].parse::<u32>().is_ok_and(|n| nums.contains(&n)) {
                    covered.push(Span { start: q.start + s, end: q.start + e });
                }
            }
        }
    }
    for l in &d.listings {
        let w = l.date_as_written.as_deref().unwrap();
        for q in occurrences(ARTICLE, &l.quote, 0) {
            covered.extend(occurrences(&l.quote, w, q.start));
        }
    }
    for (id, words) in FACT_NUMBERS {
        let f = d.facts.iter().find(|f| f.id == *id).unwrap_or_else(|| panic!("FACT_NUMBERS: no fact {id}"));
        assert!(f.quote.contains(words), "FACT_NUMBERS: {words:?} is not in the quote of {id}");
        let zh = f.text.zh.as_deref().unwrap_or("");
        let tokens = number_tokens(words);
        assert!(!tokens.is_empty(), "FACT_NUMBERS: {words:?} holds no number");
        for (s, e) in tokens {
            assert!(
                zh.contains(&words[s..e]),
                "FACT_NUMBERS: {id} lists {} but its text.zh does not say it",
                &words[s..e]
            );
        }
        for q in occurrences(ARTICLE, &f.quote, 0) {
            covered.extend(occurrences(&f.quote, words, q.start));
        }
    }
    let mut excluded: Vec<Span> = Vec::new();
    for (words, why) in EXCLUDED {
        assert!(!why.is_empty());
        let found = occurrences(ARTICLE, words, 0);
        assert!(!found.is_empty(), "EXCLUDED: {words:?} is not in the article");
        assert!(!number_tokens(words).is_empty(), "EXCLUDED: {words:?} holds no number");
        excluded.extend(found);
    }

    let tokens = number_tokens(ARTICLE);
    assert!(tokens.len() > 150, "the scan found only {} numbers", tokens.len());
    let mut loose = Vec::new();
    for t in &tokens {
        if !inside(*t, &covered) && !inside(*t, &excluded) {
            let from = ARTICLE.floor_char_boundary_compat(t.0.saturating_sub(24));
            let to = ARTICLE.ceil_char_boundary_compat((t.1 + 24).min(ARTICLE.len()));
            loose.push(format!("{:?} in …{}…", &ARTICLE[t.0..t.1], &ARTICLE[from..to]));
        }
    }
    assert!(loose.is_empty(), "numbers in the article neither recorded nor excluded:\n{}", loose.join("\n"));

    // And nothing is excluded that the dataset records.
    for t in &tokens {
        assert!(
            !(inside(*t, &covered) && inside(*t, &excluded)),
            "{:?} at byte {} is both recorded and excluded",
            &ARTICLE[t.0..t.1],
            t.0
        );
    }
}

/// `str::floor_char_boundary` is unstable on the minimum toolchain; the same, by hand.
trait CharBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
    fn ceil_char_boundary_compat(&self, i: usize) -> usize;
}

impl CharBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
    fn ceil_char_boundary_compat(&self, mut i: usize) -> usize {
        while !self.is_char_boundary(i) {
            i += 1;
        }
        i
    }
}

#[test]
fn the_sweep_sees_the_numbers_it_should() {
    let toks = |s: &'static str| number_tokens(s).into_iter().map(|(a, b)| &s[a..b]).collect::<Vec<_>>();
    assert_eq!(toks("1月2日,上市当天大涨75.82%"), ["1", "2", "75.82"]);
    assert_eq!(toks("飙升至2347倍。"), ["2347"]);
    assert_eq!(toks("x86-64与ARM"), ["86", "64"]);
    assert_eq!(toks("版本1.。"), ["1"]);
}

// ---------------------------------------------------------------------------------------
// Broken files are refused, naming the JSON path
// ---------------------------------------------------------------------------------------

fn parse_modified(edit: impl FnOnce(&mut Dataset)) -> Result<Dataset, String> {
    let mut d = dataset();
    edit(&mut d);
    let json = serde_json::to_string(&d).unwrap();
    model::parse(&json).map_err(|e| e.to_string())
}

fn index_of(d: &Dataset, id: &str) -> usize {
    d.figures.iter().position(|f| f.id == id).unwrap()
}

#[test]
fn a_value_that_disagrees_with_as_written_is_refused() {
    let d = dataset();
    let i = index_of(&d, "biren.revenue.FY2024");
    let err = parse_modified(|d| d.figures[i].value = 337_800_000.0).unwrap_err();
    assert!(err.contains(&format!("figures[{i}].value")), "{err}");
    assert!(err.contains("3.379亿元"), "{err}");

    // The classic slip: 亿 read as 万.
    let err = parse_modified(|d| d.figures[3].value *= 10.0).unwrap_err();
    assert!(err.contains("figures[3].value"), "{err}");
}

#[test]
fn an_as_written_outside_its_quote_is_refused() {
    let d = dataset();
    let i = index_of(&d, "biren.first_day_high.2026-01-02");
    let err = parse_modified(|d| d.figures[i].as_written = Some("42.89港元/股".into())).unwrap_err();
    assert!(err.contains(&format!("figures[{i}].as_written")), "{err}");
}

#[test]
fn a_quote_not_in_the_article_is_caught() {
    let d = dataset();
    let i = index_of(&d, "biren.first_day_high.2026-01-02");

    // A made-up sentence without the printed figure: the model refuses it on its own.
    let err = parse_modified(|d| d.figures[i].quote = "壁仞科技股价表现强劲。".into()).unwrap_err();
    assert!(err.contains(&format!("figures[{i}].as_written")), "{err}");

    // A paraphrase that still holds the figure passes the model (it has no article to
    // compare against) and is caught by the provenance check of this test.
    let changed = parse_modified(|d| d.figures[i].quote = "上市首日,壁仞科技最高报42.88港元/股。".into()).unwrap();
    let errs = provenance_errors(&changed);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with(&format!("figures[{i}].quote")), "{errs:?}");

    // So is a fragment of a real sentence.
    let changed = parse_modified(|d| d.figures[i].quote = "最高报42.88港元/股".into()).unwrap();
    let errs = provenance_errors(&changed);
    assert!(errs.iter().any(|e| e.starts_with(&format!("figures[{i}].quote: not a whole sentence"))), "{errs:?}");
}

#[test]
fn a_period_kind_that_contradicts_the_period_is_refused() {
    let d = dataset();
    let i = index_of(&d, "biren.revenue.H1-2025");
    let err = parse_modified(|d| d.figures[i].period_kind = PeriodKind::FullYear).unwrap_err();
    assert!(err.contains(&format!("figures[{i}].period_kind")), "{err}");
    assert!(err.contains("half_year"), "{err}");

    let err = parse_modified(|d| d.figures[i].period = "H3-2025".into()).unwrap_err();
    assert!(err.contains(&format!("figures[{i}].period")), "{err}");
}

#[test]
fn other_broken_fields_are_refused_with_their_path() {
    let d = dataset();
    let money = index_of(&d, "biren.net_proceeds.2026-01-02");
    let err = parse_modified(|d| d.figures[money].currency = None).unwrap_err();
    assert!(err.contains(&format!("figures[{money}].currency")), "{err}");

    let pct = index_of(&d, "biren.gross_margin.FY2024");
    let err = parse_modified(|d| d.figures[pct].currency = Some(Currency::CNY)).unwrap_err();
    assert!(err.contains(&format!("figures[{pct}].currency")), "{err}");

    let err = parse_modified(|d| d.figures[pct].metric = "gross_margins".into()).unwrap_err();
    assert!(err.contains(&format!("figures[{pct}].metric")), "{err}");

    let err = parse_modified(|d| d.figures[pct].entity = "birren".into()).unwrap_err();
    assert!(err.contains(&format!("figures[{pct}].entity")), "{err}");

    let err = parse_modified(|d| d.listings[0].date = "FY2026".into()).unwrap_err();
    assert!(err.contains("listings[0].date"), "{err}");

    let err = parse_modified(|d| {
        let dup = d.figures[0].clone();
        d.figures.push(dup);
    })
    .unwrap_err();
    assert!(err.contains("is already used by figures[0]"), "{err}");

    // Unknown fields are refused by the parser (deny_unknown_fields), with their path.
    let mut v: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    v["figures"][3]["valeu"] = serde_json::json!(1);
    let err = model::parse(&v.to_string()).unwrap_err().to_string();
    assert!(err.contains("figures[3]") && err.contains("valeu"), "{err}");
}

// ---------------------------------------------------------------------------------------
// data/README.md stays true
// ---------------------------------------------------------------------------------------

const README: &str = include_str!("../data/README.md");

#[test]
fn the_readme_example_is_a_valid_file() {
    // the complete example file, not the snippets of single objects before it
    let section = README.find("## A minimal complete file").expect("README has a complete example");
    let start =
        section + README[section..].find("```json\n").expect("README has a ```json example") + "```json\n".len();
    let len = README[start..].find("```").unwrap();
    let d = model::parse(&README[start..start + len]).unwrap_or_else(|e| panic!("README example: {e}"));
    assert!(!d.figures.is_empty() && !d.facts.is_empty() && !d.listings.is_empty());
    let errs = provenance_errors(&d);
    assert!(errs.is_empty(), "README example: {errs:?}");
}

#[test]
fn the_readme_metric_table_matches_the_vocabulary() {
    // Rows of the form | `name` | `unit` | 中文 | English |
    let rows: Vec<Vec<&str>> = README
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect::<Vec<_>>())
        .filter(|c| c.len() == 4 && model::metric(c[0].trim_matches('`')).is_some())
        .collect();
    assert_eq!(
        rows.len(),
        model::METRICS.len(),
        "README lists {} metrics, metric.rs {}",
        rows.len(),
        model::METRICS.len()
    );
    for (row, m) in rows.iter().zip(model::METRICS) {
        assert_eq!(row[0].trim_matches('`'), m.name);
        assert_eq!(row[1].trim_matches('`'), m.unit.as_str(), "{}", m.name);
        assert_eq!(Some(row[2]), ipo_lens::Lang::Zh.words().metric.get(m.name), "{}", m.name);
        assert_eq!(Some(row[3]), ipo_lens::Lang::En.words().metric.get(m.name), "{}", m.name);
    }
}
