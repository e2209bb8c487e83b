//! listing-day: each listing's gain over its offer price at the first-day high, the
//! first-day close, a later high or the latest price (a tick marks a gain the story
//! states), and "one lot": the paper profit on one lot at the first-day high.

use super::super::bars::{draw_bars, Bar, Bars};
use super::super::format::{money, percent};
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::super::{labelled, Control};
use super::{Ctx, View};
use crate::calc::{gain_pct, lot_profit};
use crate::error::Result;
use crate::Lang;

const METRICS: [(&str, &str, &str); 5] = [
    ("first-day-high", "首日最高价", "First-day high"),
    ("first-day-close", "首日收盘价", "First-day close"),
    ("later-high", "上市后最高价", "Later high"),
    ("latest", "最新股价", "Latest price"),
    ("lot-profit", "一签浮盈", "Profit per lot"),
];

fn price_metric(m: &str) -> &'static str {
    match m {
        "first-day-close" => "first_day_close",
        "later-high" => "later_high",
        "latest" => "latest_price",
        _ => "first_day_high",
    }
}

fn stated_gain(m: &str) -> Option<&'static str> {
    match m {
        "first-day-high" => Some("gain_first_day_high"),
        "first-day-close" => Some("gain_first_day_close"),
        _ => None,
    }
}

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let ids: Vec<&str> = METRICS.iter().map(|m| m.0).collect();
    let m = cx.pick(&ids)?;
    let label = METRICS.iter().find(|x| x.0 == m).map_or("", |x| cx.t(x.1, x.2));
    let mut f = Frame::new(width);
    let title = if m == "lot-profit" {
        cx.t("中一签(一手)按首日最高价计算的账面浮盈", "Paper profit on one winning lot at the first-day high")
            .to_string()
    } else {
        match cx.lang {
            Lang::Zh => format!("{label}较发行价涨幅"),
            Lang::En => format!("Gain over the offer price: {}", label.to_lowercase()),
        }
    };
    f.title(&title);
    let mut bars = Vec::new();
    let mut any_stated = false;
    let mut needs_lot = false;
    let exchange_label = cx.t("上市地", "Listed on");
    for (i, l) in cx.d.listings.iter().enumerate() {
        let c = l.company.as_str();
        let name = cx.name(c);
        let sub = format!("{} · {}", l.exchange.get(cx.lang), l.currency.code());
        let listed = labelled(exchange_label, &sub, cx.lang);
        let offer = cx.d.find(c, "offer_price");
        let price = cx.d.find(c, price_metric(m));
        let tone = Tone::Series(i as u8);
        let (value, text, mut tooltip, stated, id) = if m == "lot-profit" {
            let lot_fig = cx.d.find(c, "lot_size");
            let lot = lot_fig.map(|x| x.value).or(cx.spec.lot.filter(|x| x.is_finite() && *x > 0.0));
            let stated_fig = cx.d.find(c, "lot_profit_max");
            match (offer, price, lot) {
                (Some(o), Some(p), Some(n)) => {
                    let cur = p.currency.unwrap_or(l.currency);
                    let profit = lot_profit(o.value, p.value, n)?;
                    let amt = cx.amount(profit, cur);
                    let mut extra = vec![
                        labelled(cx.t("发行价", "Offer price"), &money(o.value, cur, cx.lang), cx.lang),
                        match lot_fig {
                            Some(_) => labelled(
                                cx.t("每签股数", "Shares per lot"),
                                &super::super::format::plain(n, 0),
                                cx.lang,
                            ),
                            None => labelled(
                                cx.t("每签股数(读者输入)", "Shares per lot (your input)"),
                                &super::super::format::plain(n, 0),
                                cx.lang,
                            ),
                        },
                        labelled(cx.t("账面浮盈(计算)", "Paper profit (computed)"), &cx.money(amt), cx.lang),
                    ];
                    if let Some(s) = stated_fig {
                        extra.push(labelled(cx.t("原文称", "The article says"), &cx.show(s), cx.lang));
                    }
                    extra.push(listed.clone());
                    let tip = cx.tooltip(&name, p, extra);
                    let stated = stated_fig.map(|s| cx.amount(s.value, s.currency.unwrap_or(cur)).value);
                    (Some((amt.value, Some(amt.currency))), cx.money(amt), tip, stated, format!("{c}.lot_profit"))
                }
                (Some(o), _, None) => {
                    needs_lot = true;
                    let lines = vec![
                        labelled(cx.t("每签股数", "Shares per lot"), cx.not_given(), cx.lang),
                        cx.t(
                            "可在上方输入每签股数(将标明为读者输入)",
                            "Type a lot size above (it is marked as your input)",
                        )
                        .to_string(),
                        listed.clone(),
                    ];
                    (None, cx.not_given().to_string(), cx.tooltip(&name, o, lines), None, format!("{c}.lot_size"))
                }
                _ => (None, cx.not_given().to_string(), empty_tip(&name, cx), None, format!("{c}.lot_profit")),
            }
        } else {
            match (offer, price) {
                (Some(o), Some(p)) => {
                    let g = gain_pct(o.value, p.value)?;
                    let stated = stated_gain(m).and_then(|s| cx.d.find(c, s));
                    let mut extra = vec![
                        labelled(cx.t("发行价", "Offer price"), &cx.show(o), cx.lang),
                        labelled(
                            cx.t("较发行价涨幅(计算)", "Gain over offer (computed)"),
                            &percent(g, 2, true),
                            cx.lang,
                        ),
                    ];
                    if let Some(s) = stated {
                        let mut line = labelled(cx.t("原文称", "The article says"), &cx.show(s), cx.lang);
                        if let Some(v) = cx.verdict(&s.id) {
                            line.push_str(cx.t(" —— ", " — "));
                            line.push_str(super::super::verdict_word(v, cx.lang));
                        }
                        extra.push(line);
                        if s.quote != p.quote {
                            extra.push(labelled(cx.t("出处", "Source"), &format!("「{}」", s.quote), cx.lang));
                        }
                    }
                    extra.push(listed.clone());
                    let tip = cx.tooltip(&name, p, extra);
                    (Some((g, None)), percent(g, 1, true), tip, stated.map(|s| s.value), p.id.clone())
                }
                (Some(o), None) => {
                    let lines = vec![labelled(label, cx.not_given(), cx.lang), listed.clone()];
                    (
                        None,
                        cx.not_given().to_string(),
                        cx.tooltip(&name, o, lines),
                        None,
                        format!("{c}.{}", price_metric(m)),
                    )
                }
                _ => (None, cx.not_given().to_string(), empty_tip(&name, cx), None, format!("{c}.{}", price_metric(m))),
            }
        };
        tooltip.title = name.clone();
        any_stated |= stated.is_some();
        let period = price.map(|p| cx.period(p)).unwrap_or_default();
        bars.push((
            value.and_then(|v| v.1),
            Bar {
                id,
                label: name.clone(),
                sub: sub.clone(),
                value: value.map(|v| v.0),
                text: text.clone(),
                tone,
                fill: Fill::Solid,
                stated,
                tooltip,
                row: cx.row(&name, label, &text, &period),
            },
        ));
    }
    let subtitle = if m == "lot-profit" {
        cx.t(
            "账面浮盈 = (首日最高价 − 发行价) × 每签股数;各公司以本币计价。",
            "Paper profit = (first-day high − offer price) × shares per lot, each in its own currency.",
        )
    } else {
        cx.t("各公司以本币计价;涨幅相对发行价。", "Each company in its own currency; gains against the offer price.")
    };
    f.lines(subtitle, 12.0, Tone::Muted);
    f.gap(10.0);
    let not_given = cx.not_given();
    if m == "lot-profit" {
        // Money in different currencies never shares an axis: one panel per currency.
        let mut seen = Vec::new();
        for c in bars.iter().filter_map(|(c, _)| *c) {
            if !seen.contains(&c) {
                seen.push(c);
            }
        }
        let missing: Vec<Bar> = bars.iter().filter(|(_, b)| b.value.is_none()).map(|(_, b)| b.clone()).collect();
        for (k, c) in seen.iter().enumerate() {
            let group: Vec<Bar> = bars.iter().filter(|(x, _)| *x == Some(*c)).map(|(_, b)| b.clone()).collect();
            if seen.len() > 1 {
                f.lines(&format!("{} {}", cx.t("币种", "Currency"), c.code()), 12.0, Tone::Ink);
            }
            let axis = cx.money_axis(*c);
            let mut group = group;
            if k + 1 == seen.len() {
                group.extend(missing.iter().cloned());
            }
            draw_bars(&mut f, &Bars { bars: group, scale: ScaleKind::Linear, axis: &axis, not_given });
        }
        if seen.is_empty() {
            let axis = cx.money_axis(crate::model::Currency::Cny);
            draw_bars(&mut f, &Bars { bars: missing, scale: ScaleKind::Linear, axis: &axis, not_given });
        }
        if let Some(n) = cx.spec.lot.filter(|n| n.is_finite() && *n > 0.0) {
            f.lines(
                &format!(
                    "{}{}",
                    cx.t("读者输入的每签股数:", "Your input, shares per lot: "),
                    super::super::format::plain(n, 0)
                ),
                11.0,
                Tone::Muted,
            );
        }
    } else {
        let axis = Ctx::percent_axis;
        let all: Vec<Bar> = bars.iter().map(|(_, b)| b.clone()).collect();
        draw_bars(&mut f, &Bars { bars: all, scale: ScaleKind::Linear, axis: &axis, not_given });
    }
    if any_stated {
        f.legend(&[Key {
            tone: Tone::Ink,
            fill: Fill::Solid,
            label: cx.t("黑色刻度:原文所称数值", "Black tick: the value the article states").into(),
        }]);
    }
    let source = cx.source_line();
    f.lines(&source, 11.0, Tone::Muted);
    let parts: Vec<String> = bars.iter().map(|(_, b)| b.row.aria.clone()).collect();
    let summary = match cx.lang {
        Lang::Zh => format!("条形图:{}。{}。", title, parts.join(";")),
        Lang::En => format!("Bar chart: {}. {}.", title, parts.join("; ")),
    };
    let mut controls = cx.metrics(&METRICS, m);
    if m == "lot-profit" && (needs_lot || cx.spec.lot.is_some()) {
        controls.push(Control {
            kind: "lot".into(),
            id: "lot".into(),
            label: cx.t("每签股数", "Shares per lot").into(),
            selected: false,
        });
    }
    Ok(View { title, summary, controls, scene: f.finish() })
}

fn empty_tip(name: &str, cx: &Ctx) -> super::super::Tooltip {
    super::super::Tooltip { title: name.to_string(), lines: vec![cx.not_given().to_string()], quote: String::new() }
}
