//! listing-day: each listing's gain over its offer price at the first-day high, the
//! first-day close, a later high or the latest price (a tick marks a gain the story
//! states), and "one lot": the paper profit on one lot at the first-day high.

use super::super::bars::{draw_bars, Bar, Bars};
use super::super::format::{money, percent};
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::super::{Control, Tooltip};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::{gain_pct, lot_profit};
use crate::error::Result;

pub const VIEW: ViewDef = ViewDef {
    id: "listing-day",
    name: |w| w.view_listing_day,
    metrics: &[
        MetricDef { id: "first-day-high", label: |w| w.m_first_day_high },
        MetricDef { id: "first-day-close", label: |w| w.m_first_day_close },
        MetricDef { id: "later-high", label: |w| w.m_later_high },
        MetricDef { id: "latest", label: |w| w.m_latest },
        MetricDef { id: "lot-profit", label: |w| w.m_lot_profit },
    ],
    available: |d| !d.listings.is_empty(),
    build,
};

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
    let m = cx.metric();
    let label = VIEW.metrics.iter().find(|x| x.id == m).map_or("", |x| (x.label)(cx.w));
    let mut f = Frame::new(width);
    let title = if m == "lot-profit" { cx.w.paper_profit_one_winning_lot.to_string() } else { (cx.w.gain_title)(label) };
    f.title(&title);
    let mut bars = Vec::new();
    let mut any_stated = false;
    let mut needs_lot = false;
    let exchange_label = cx.w.listed_on;
    for (i, l) in cx.d.listings.iter().enumerate() {
        let c = l.company.as_str();
        let name = cx.name(c);
        let sub = format!("{} · {}", cx.text(&l.exchange), l.currency.code());
        let listed = cx.labelled(exchange_label, &sub);
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
                        cx.labelled(cx.w.offer_price, &money(o.value, cur, cx.lang)),
                        match lot_fig {
                            Some(_) => cx.labelled(
                                cx.w.shares_per_lot,
                                &super::super::format::plain(n, 0)),
                            None => cx.labelled(
                                cx.w.shares_per_lot_your_input,
                                &super::super::format::plain(n, 0)),
                        },
                        cx.labelled(cx.w.paper_profit_computed, &cx.money(amt)),
                    ];
                    if let Some(s) = stated_fig {
                        extra.push(cx.labelled(cx.w.article_says, &cx.show(s)));
                    }
                    extra.push(listed.clone());
                    let tip = cx.tooltip(&name, p, extra);
                    let stated = stated_fig.map(|s| cx.amount(s.value, s.currency.unwrap_or(cur)).value);
                    (Some((amt.value, Some(amt.currency))), cx.money(amt), tip, stated, format!("{c}.lot_profit"))
                }
                (Some(o), _, None) => {
                    needs_lot = true;
                    let lines = vec![
                        cx.labelled(cx.w.shares_per_lot, cx.w.not_given),
                        cx.w.type_lot_size_above_it
                        .to_string(),
                        listed.clone(),
                    ];
                    (None, cx.w.not_given.to_string(), cx.tooltip(&name, o, lines), None, format!("{c}.lot_size"))
                }
                _ => (None, cx.w.not_given.to_string(), empty_tip(&name, cx), None, format!("{c}.lot_profit")),
            }
        } else {
            match (offer, price) {
                (Some(o), Some(p)) => {
                    let g = gain_pct(o.value, p.value)?;
                    let stated = stated_gain(m).and_then(|s| cx.d.find(c, s));
                    let mut extra = vec![
                        cx.labelled(cx.w.offer_price, &cx.show(o)),
                        cx.labelled(
                            cx.w.gain_over_offer_computed,
                            &percent(g, 2, true)),
                    ];
                    if let Some(s) = stated {
                        let mut line = cx.labelled(cx.w.article_says, &cx.show(s));
                        if let Some(v) = cx.verdict(&s.id) {
                            line.push_str(cx.w.dash_spaced);
                            line.push_str((cx.w.verdict)(v));
                        }
                        extra.push(line);
                        if s.quote != p.quote {
                            extra.push(cx.labelled(cx.w.source_label, &format!("「{}」", s.quote)));
                        }
                    }
                    extra.push(listed.clone());
                    let tip = cx.tooltip(&name, p, extra);
                    (Some((g, None)), percent(g, 1, true), tip, stated.map(|s| s.value), p.id.clone())
                }
                (Some(o), None) => {
                    let lines = vec![cx.labelled(label, cx.w.not_given), listed.clone()];
                    (
                        None,
                        cx.w.not_given.to_string(),
                        cx.tooltip(&name, o, lines),
                        None,
                        format!("{c}.{}", price_metric(m)),
                    )
                }
                _ => (None, cx.w.not_given.to_string(), empty_tip(&name, cx), None, format!("{c}.{}", price_metric(m))),
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
        cx.w.paper_profit_first_day_high
    } else {
        cx.w.each_company_own_currency_gains
    };
    f.lines(subtitle, 12.0, Tone::Muted);
    f.gap(10.0);
    let not_given = cx.w.not_given;
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
                f.lines(&format!("{} {}", cx.w.currency_label, c.code()), 12.0, Tone::Ink);
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
                    cx.w.your_input_shares_per_lot,
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
            label: cx.w.black_tick_value_article_states.into(),
        }]);
    }
    let source = cx.source_line();
    f.lines(&source, 11.0, Tone::Muted);
    let parts: Vec<String> = bars.iter().map(|(_, b)| b.row.aria.clone()).collect();
    let summary = (cx.w.summary)(cx.w.bar_chart, &title, &parts);
    let mut controls = cx.metrics();
    if m == "lot-profit" && (needs_lot || cx.spec.lot.is_some()) {
        controls.push(Control {
            kind: "lot".into(),
            id: "lot".into(),
            label: cx.w.shares_per_lot.into(),
            selected: false,
        });
    }
    Ok(View { title, summary, controls, scene: f.finish() })
}

fn empty_tip(name: &str, cx: &Ctx) -> Tooltip {
    Tooltip { title: name.to_string(), lines: vec![cx.w.not_given.to_string()], quote: String::new() }
}
