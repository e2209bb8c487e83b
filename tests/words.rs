//! The word catalog and the view registry: every language has every word, the metric
//! names cover the dataset vocabulary, the `lang` and other attributes are parsed once
//! with messages that name the attribute, and the package's TypeScript unions are the
//! registry's.

use ipo_lens::chart::{render_svg, with_docs, with_pictures, with_types, RawSpec, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON, METRICS};
use ipo_lens::Lang;

/// Every string of a language's table, with its JSON path.
fn strings(lang: Lang) -> Vec<(String, String)> {
    fn walk(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::String(s) => out.push((path, s.clone())),
            serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| walk(x, format!("{path}[{i}]"), out)),
            serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| walk(x, format!("{path}.{k}"), out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(lang.words()).expect("serialises"), String::new(), &mut out);
    out
}

#[test]
fn every_language_has_every_word() {
    let reference: Vec<String> = strings(Lang::En).into_iter().map(|(k, _)| k).collect();
    assert!(reference.len() > 150, "only {} words", reference.len());
    for lang in Lang::ALL {
        let words = strings(lang);
        let keys: Vec<&String> = words.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, reference.iter().collect::<Vec<_>>(), "{lang:?}: not the same keys as English");
        for (k, v) in &words {
            assert!(!v.trim().is_empty(), "{lang:?}: {k} is empty");
        }
    }
}

#[test]
fn every_metric_of_the_vocabulary_has_a_name_in_every_language() {
    for lang in Lang::ALL {
        let names: Vec<&str> = lang.words().metric.all().into_iter().map(|(k, _)| k).collect();
        let vocabulary: Vec<&str> = METRICS.iter().map(|m| m.name).collect();
        assert_eq!(names, vocabulary, "{lang:?}");
    }
}

#[test]
fn lang_tags_are_read_once_by_one_rule() {
    for (tag, lang) in
        [("zh", Lang::Zh), ("ZH-cn", Lang::Zh), ("zh_Hans", Lang::Zh), ("en", Lang::En), ("en-US", Lang::En)]
    {
        assert_eq!(Lang::parse(tag).expect(tag), lang, "{tag}");
    }
    for bad in ["fr", "", "english", "中文", "e"] {
        let e = Lang::parse(bad).expect_err(bad).to_string();
        assert!(e.starts_with("lang: unknown language"), "{bad}: {e}");
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.tag()).expect("own tag"), lang);
    }
}

#[test]
fn attributes_are_checked_once_with_messages_that_name_them() {
    let raw = |f: &dyn Fn(&mut RawSpec)| {
        let mut r = RawSpec { view: "valuation".into(), lang: "en".into(), width: 640.0, ..RawSpec::default() };
        f(&mut r);
        Spec::parse(&r)
    };
    let err = |f: &dyn Fn(&mut RawSpec)| raw(f).expect_err("refused").to_string();
    assert_eq!(
        err(&|r| r.currency = "RMB".into()),
        "currency: \"RMB\" is not an ISO 4217 currency code: write \"CNY\"; or \"native\" to keep each value in its own currency"
    );
    assert_eq!(
        err(&|r| r.currency = "XYZ".into()),
        "currency: \"XYZ\" is not an ISO 4217 currency code (such as CNY, HKD, USD, EUR, GBP, JPY); or \"native\" to keep each value in its own currency"
    );
    // any ISO 4217 code is taken (and converted only through a rate)
    assert_eq!(raw(&|r| r.currency = "eur".into()).expect("taken").currency, Some(ipo_lens::model::Currency::EUR));
    assert_eq!(
        err(&|r| r.scale = Some("logarithmic".into())),
        "scale: unknown scale \"logarithmic\" (known: linear, log)"
    );
    assert!(
        err(&|r| r.view = "charts".into()).starts_with("view: unknown view \"charts\" (known: listing-day, demand,")
    );
    assert_eq!(
        err(&|r| r.metric = "revenue".into()),
        "metric: unknown metric \"revenue\" for the valuation view (known: caps)"
    );
    assert!(err(&|r| r.lang = "de".into()).starts_with("lang: unknown language \"de\""));
    // what is accepted
    let s = raw(&|r| r.currency = "hkd".into()).expect("accepted");
    assert_eq!(s.currency, Some(ipo_lens::Currency::HKD));
    let s = raw(&|r| r.currency = "native".into()).expect("accepted");
    assert_eq!((s.currency, s.metric, s.lang), (None, "caps", Lang::En));
}

#[test]
fn the_registry_is_the_one_list_of_views() {
    let d = parse(DEFAULT_JSON).expect("valid");
    let mut ids: Vec<&str> = REGISTRY.iter().map(|v| v.id).collect();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate view ids");
    for v in REGISTRY {
        assert!(!v.metrics.is_empty(), "{}: no metric", v.id);
        for lang in Lang::ALL {
            assert!(!(v.name)(lang.words()).is_empty(), "{}: no name", v.id);
            for m in v.metrics {
                let r = render_svg(&d, &Spec::new(v.id, m.id, lang, 640.0).expect("registered")).expect("draws");
                assert_eq!(r.view, v.id);
                assert!(r.views.iter().any(|(id, name)| id == v.id && name == (v.name)(lang.words())));
            }
        }
    }
}

#[test]
fn the_package_types_are_written_from_the_registry() {
    let dts = std::fs::read_to_string("src/web/ipo-lens.d.ts").expect("d.ts");
    let fresh = with_types(&dts).expect("the d.ts has a registry:start … registry:end region");
    assert!(fresh == dts, "src/web/ipo-lens.d.ts is stale: run `cargo run --bin types`");
    let md = std::fs::read_to_string("src/web/README.md").expect("README");
    let fresh = with_docs(&md).expect("the README has a registry:start … registry:end region");
    assert!(fresh == md, "src/web/README.md is stale: run `cargo run --bin types`");
    let js = std::fs::read_to_string("src/web/ipo-lens.js").expect("element");
    let fresh = with_pictures(&js).expect("the element has a pictures:start … pictures:end region");
    assert!(fresh == js, "src/web/ipo-lens.js's pictures are stale: run `cargo run --bin types`");
    for v in REGISTRY {
        assert!(dts.contains(&format!("'{}'", v.id)), "{}", v.id);
    }
}

/// Names and acronyms a Chinese rendering may write in Latin letters.
const LATIN_ALLOWED: &[&str] = &[
    "BR100",
    "BR106",
    "BR110",
    "BR166",
    "BR20X",
    "BR30X",
    "BR31X",
    "A100",
    "HKEX",
    "STAR",
    "TOPS",
    "INT8",
    "GPU",
    "GPGPU",
    "Chiplet",
    "LionGlobal",
    "Sky9",
    "Capital",
    "QM120",
    "IDG",
    "SVG",
    "PNG",
    "CSV",
    "HKD",
    "CNY",
    "USD",
    "IPO",
];

/// Latin words of four or more letters in `s` that are not names or acronyms.
fn latin_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_ascii_alphanumeric()))
        .map(|w| w.trim_start_matches(|c: char| c.is_ascii_digit()))
        .filter(|w| w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 4)
        .filter(|w| !LATIN_ALLOWED.contains(w))
        .map(str::to_string)
        .collect()
}

/// Every text a reader meets in a drawing: the SVG's text, tooltips, table, aria labels,
/// summary, controls, tab names and the element's words.
fn reader_texts(r: &ipo_lens::chart::Rendered) -> Vec<(String, String)> {
    let mut out = vec![("title".to_string(), r.title.clone()), ("summary".into(), r.summary.clone())];
    for piece in r.svg.split('>').filter_map(|p| p.split('<').next()).filter(|t| !t.trim().is_empty()) {
        out.push(("svg".into(), piece.to_string()));
    }
    for m in &r.marks {
        out.push(("aria".into(), m.label.clone()));
        out.push(("tooltip".into(), m.tooltip.title.clone()));
        out.extend(m.tooltip.lines.iter().map(|l| ("tooltip".into(), l.clone())));
        out.extend(m.tooltip.details.iter().map(|l| ("tooltip details".into(), l.clone())));
        for cell in [&m.row.item, &m.row.series, &m.row.value, &m.row.period, &m.row.aria] {
            out.push(("table".into(), cell.clone()));
        }
    }
    out.extend(r.controls.iter().map(|c| ("control".into(), c.label.clone())));
    out.extend(r.views.iter().map(|(_, n)| ("tab".into(), n.clone())));
    out.extend(r.table_head.iter().map(|h| ("table head".into(), h.clone())));
    if let serde_json::Value::Object(ui) = serde_json::to_value(r.ui).expect("serialises") {
        out.extend(ui.into_iter().map(|(k, v)| (format!("ui.{k}"), v.as_str().unwrap_or("").to_string())));
    }
    out
}

#[test]
fn a_chinese_rendering_has_no_latin_sentence() {
    let d = parse(DEFAULT_JSON).expect("valid");
    let mut found = Vec::new();
    for lang in [Lang::Zh, Lang::ZhHant] {
        for v in REGISTRY {
            for m in v.metrics {
                for width in [360.0, 1280.0] {
                    let r = render_svg(&d, &Spec::new(v.id, m.id, lang, width).expect("registered")).expect("draws");
                    for (place, text) in reader_texts(&r) {
                        let words = latin_words(&text);
                        if !words.is_empty() {
                            found.push(format!("{lang:?} {}/{} {place}: {words:?} in {text:?}", v.id, m.id));
                        }
                    }
                }
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "{} Latin words in Chinese renderings:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_latin_word_check_can_fail() {
    assert_eq!(latin_words("收入:Revenue 3.38亿元"), ["Revenue"]);
    assert!(latin_words("BR100 对比 A100,INT8 峰值 2048TOPS").is_empty());
}

/// Hong Kong Traditional forms, checked by hand against Hong Kong financial-news usage
/// (招股價 not 發行價, 收市 not 收盤, 集資 not 募資, 每手 not 一簽, 晶片, 客戶, 億/萬).
const ZH_HANT: &[(&str, &str)] = &[
    (".ui.views", "圖表"),
    (".ui.table", "數據表"),
    (".ui.hide_table", "隱藏數據表"),
    (".ui.svg", "下載 SVG"),
    (".ui.lot", "每手股數"),
    (".ui.fx", "1港元兌人民幣"),
    (".ui.loading", "正在載入圖表"),
    (".ui.metrics", "顯示內容"),
    (".ui.currency", "貨幣"),
    (".metric.offer_price", "招股價"),
    (".metric.first_day_high", "首日最高價"),
    (".metric.first_day_close", "首日收市價"),
    (".metric.later_high", "上市後最高價"),
    (".metric.latest_price", "最新股價"),
    (".metric.lot_size", "每手股數"),
    (".metric.market_cap_close", "收市總市值"),
    (".metric.public_offer_subscription", "公開發售認購倍數"),
    (".metric.international_offer_subscription", "國際配售認購倍數"),
    (".metric.cornerstone_investors", "基石投資者數量"),
    (".metric.cornerstone_amount", "基石認購金額"),
    (".metric.net_proceeds", "淨集資"),
    (".metric.registered_capital", "註冊資本"),
    (".metric.funding_total", "累計融資金額"),
    (".metric.last_private_valuation", "最後一輪估值"),
    (".metric.holding_share", "持股比例"),
    (".metric.order_backlog", "訂單儲備"),
    (".metric.revenue", "收入"),
    (".metric.gross_margin", "毛利率"),
    (".metric.net_loss", "虧損"),
    (".metric.cumulative_net_loss", "累計虧損"),
    (".metric.rnd_expense", "研發開支"),
    (".metric.rnd_employee_cost", "研發僱員成本"),
    (".metric.chip_units", "晶片銷量"),
    (".metric.rnd_staff", "研發人員"),
    (".metric.top5_customer_share", "前五大客戶收入佔比"),
    (".metric.market_size", "市場規模"),
    (".metric.market_cagr", "年複合增長率"),
    (".metric.market_share", "市場份額"),
    (".metric.int8_tops", "INT8峰值算力"),
    (".metric.process_node", "製程"),
    (".not_given", "原文未提供"),
    (".source_prefix", "來源："),
    (".table_head[0]", "項目"),
    (".table_head[2]", "數值"),
    (".table_head[4]", "原文出處"),
    (".view_listing_day", "上市首日"),
    (".view_demand", "認購與集資"),
    (".view_valuation", "估值"),
    (".view_financials", "財務"),
    (".view_chips", "晶片銷量"),
    (".view_market", "市場"),
    (".view_customers", "客戶集中度"),
    (".view_specs", "算力對比"),
    (".view_company", "公司"),
    (".view_fact_check", "核對"),
    (".view_price_path", "股價走勢"),
    (".m_lot_profit", "每手賬面利潤"),
    (".m_proceeds", "集資與基石"),
    (".m_milestones", "大事記"),
    (".m_team", "研發團隊"),
    (".m_ownership", "股東"),
    (".hk_public_offer", "香港公開發售"),
    (".international_offer", "國際配售"),
    (".retail_applied", "散戶認購公開發售部分"),
    (".net_proceeds", "集資淨額"),
    (".cap_at_close", "首日收市總市值"),
    (".shares_note", "佔市場收入的百分比。條形從零開始，小份額如實顯示為細條。"),
    (".bar_chart", "條形圖"),
    (".column_chart", "柱狀圖"),
    (".line_chart", "折線圖"),
    (".currency_label", "貨幣"),
    (".own_currency", "原貨幣"),
    (".note_label", "數據說明"),
    (".printed_as", "原文寫作"),
    (".forecast_not_actual_figure", "預測值，非實際數據"),
    (".half_year_hatched", "半年（斜線）"),
    (".story_gives_nothing_this_kind", "原文未提供此類資訊。"),
];

#[test]
fn traditional_chinese_uses_hong_kong_terms() {
    assert!(ZH_HANT.len() >= 60);
    let words: std::collections::HashMap<String, String> = strings(Lang::ZhHant).into_iter().collect();
    for (key, want) in ZH_HANT {
        assert_eq!(words.get(*key).map(String::as_str), Some(*want), "{key}");
    }
    // and no Simplified-only character, nor a mainland term, anywhere in the table
    const SIMPLIFIED: &str = "发价据数图额资亿万关开对为这经财币汇变类问线点级结统计规则实际产员东";
    for (key, text) in strings(Lang::ZhHant) {
        for c in SIMPLIFIED.chars() {
            assert!(!text.contains(c), "{key}: Simplified {c} in {text:?}");
        }
        for term in ["发行价", "收盘", "募资", "一签", "芯片", "客户", "信息", "數据"] {
            assert!(!text.contains(term), "{key}: {term} in {text:?}");
        }
    }
    // a Traditional money amount: 億 and 人民幣…元
    assert_eq!(ipo_lens::chart::money(3.379e8, ipo_lens::Currency::CNY, Lang::ZhHant), "人民幣3.38億元");
    assert_eq!(ipo_lens::chart::money(5.375e9, ipo_lens::Currency::HKD, Lang::ZhHant), "53.75億港元");
}

#[test]
fn chinese_tables_use_full_width_punctuation() {
    for lang in [Lang::Zh, Lang::ZhHant] {
        for (key, text) in strings(lang) {
            let chars: Vec<char> = text.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                if !":;(),".contains(*c) {
                    continue;
                }
                let cjk = |c: Option<&char>| c.is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(c));
                let near = cjk(i.checked_sub(1).and_then(|j| chars.get(j))) || cjk(chars.get(i + 1));
                assert!(!near, "{lang:?} {key}: half-width {c:?} in {text:?}");
            }
        }
    }
}

#[test]
fn chinese_numbers_are_not_grouped_as_the_article_writes_them() {
    let d = parse(DEFAULT_JSON).expect("valid");
    for lang in [Lang::Zh, Lang::ZhHant] {
        for v in REGISTRY {
            for m in v.metrics {
                let r = render_svg(&d, &Spec::new(v.id, m.id, lang, 640.0).expect("registered")).expect("draws");
                for (place, text) in reader_texts(&r) {
                    let chars: Vec<char> = text.chars().collect();
                    for w in chars.windows(5) {
                        let grouped = w[0].is_ascii_digit() && w[1] == ',' && w[2..5].iter().all(char::is_ascii_digit);
                        assert!(
                            !grouped,
                            "{lang:?} {}/{} {place}: a Western thousands separator in {text:?}",
                            v.id, m.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_list_view_can_hand_its_items_to_the_page_as_text() {
    let d = parse(DEFAULT_JSON).expect("valid");
    for (view, metric) in [("company", "profile"), ("company", "milestones"), ("fact-check", "all")] {
        let drawn = render_svg(&d, &Spec::new(view, metric, Lang::En, 640.0).expect("registered")).expect("draws");
        let text = Spec { text_list: true, ..Spec::new(view, metric, Lang::En, 640.0).expect("registered") };
        let text = render_svg(&d, &text).expect("draws");
        // the same points, now as text items, and a shorter drawing without them
        assert!(drawn.list.is_empty() && !text.list.is_empty(), "{view}/{metric}");
        assert_eq!(text.list.len(), text.marks.len());
        assert_eq!(
            text.marks.iter().map(|m| &m.row).collect::<Vec<_>>(),
            drawn.marks.iter().map(|m| &m.row).collect::<Vec<_>>()
        );
        assert!(text.height < drawn.height);
        for item in &text.list {
            assert!(
                !drawn.svg.contains(&item.title)
                    || item.title.len() < 3
                    || text.svg.matches(&item.title).count() < drawn.svg.matches(&item.title).count()
            );
        }
        assert!(text.after.iter().any(|a| a.contains("NetEase")), "{:?}", text.after);
    }
    // a chart with bars stays a drawing
    let s = Spec { text_list: true, ..Spec::new("company", "team", Lang::En, 640.0).expect("registered") };
    assert!(render_svg(&d, &s).expect("draws").list.is_empty());
}

#[test]
fn no_view_draws_on_a_log_axis_any_more() {
    // a log axis drew 2,347× as about five times 26×: the scale attribute is accepted and
    // changes nothing
    let d = parse(DEFAULT_JSON).expect("valid");
    for v in REGISTRY {
        for m in v.metrics {
            let linear = Spec::new(v.id, m.id, Lang::En, 640.0).expect("registered");
            let log = Spec { scale: Some(ipo_lens::chart::ScaleKind::Log), ..linear };
            let (a, b) = (render_svg(&d, &linear).expect("draws"), render_svg(&d, &log).expect("draws"));
            assert!(a.svg == b.svg, "{}/{}: the log scale changed the drawing", v.id, m.id);
            assert!(!a.controls.iter().any(|c| c.kind == "scale"), "{}/{}: a scale switch", v.id, m.id);
        }
    }
}
