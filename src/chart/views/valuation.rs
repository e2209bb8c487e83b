//! valuation: the last private valuation against the market cap at the first-day close
//! and at the intraday peak. The valuation is in yuan and the caps in Hong Kong dollars:
//! they share an axis only when a rate is given (the dataset's or the reader's), and the
//! chart then says which rate it used; without one each currency gets its own panel.

use super::super::bars::{draw_bars, Bar, Bars};
use super::super::frame::Frame;
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::super::Control;
use super::{Ctx, MetricDef, View, ViewDef};
use crate::error::{Error, Result};
use crate::model::Currency;

pub const VIEW: ViewDef = ViewDef {
    id: "valuation",
    name: |w| w.view_valuation,
    metrics: &[MetricDef { id: "caps", label: |w| w.view_valuation }],
    available: |d| d.has("market_cap_close"),
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let c =
        cx.d.listings
            .iter()
            .map(|l| l.company.as_str())
            .find(|c| cx.d.find(c, "market_cap_close").is_some())
            .ok_or_else(|| Error::chart("the dataset has no market cap (market_cap_close)"))?;
    let name = cx.name(c);
    let title = (cx.w.valuation_title)(&name);
    let mut f = Frame::new(width);
    f.title(&title);
    let items = [
        ("last_private_valuation", cx.w.last_private_valuation),
        ("market_cap_close", cx.w.cap_at_close),
        ("market_cap_peak", cx.w.cap_at_peak),
    ];
    let mut bars: Vec<(Currency, Bar)> = Vec::new();
    for (i, (metric, label)) in items.iter().enumerate() {
        if let Some(x) = cx.d.find(c, metric) {
            let Some(own) = x.currency else { continue };
            let a = cx.amount(x.value, own);
            let sub = format!("{} · {}", cx.period(x), own.code());
            let fill = if a.converted { Fill::Hatched } else { Fill::Solid };
            bars.push((
                a.currency,
                cx.bar(label, &sub, x, a.value, cx.money(a), Tone::Series(i as u8), fill, Vec::new()),
            ));
        }
    }
    let mut currencies: Vec<Currency> = Vec::new();
    for (cur, _) in &bars {
        if !currencies.contains(cur) {
            currencies.push(*cur);
        }
    }
    // the rate that converted any figure from its own currency into the target
    let own: Vec<Currency> =
        items.iter().filter_map(|(metric, _)| cx.d.find(c, metric).and_then(|x| x.currency)).collect();
    let rate = cx.target().and_then(|t| own.iter().find(|c| **c != t).and_then(|c| cx.rate(*c, t)));
    if currencies.len() > 1 {
        let codes: Vec<&str> = currencies.iter().map(|c| c.code()).collect();
        let text = (cx.w.separate_currencies)(&codes);
        f.lines(&text, 12.0, Tone::Muted);
    } else if let Some(r) = &rate {
        f.lines(&format!("{}{}", cx.w.converted_at, r.label), 12.0, Tone::Ink);
        f.lines(cx.w.hatched_bars_are_converted, 12.0, Tone::Muted);
    }
    f.gap(8.0);
    let not_given = cx.w.not_given;
    for cur in &currencies {
        if currencies.len() > 1 {
            f.lines(&format!("{} {}", cx.w.currency_label, cur.code()), 12.0, Tone::Ink);
        }
        let group: Vec<Bar> = bars.iter().filter(|(c, _)| c == cur).map(|(_, b)| b.clone()).collect();
        let axis = cx.money_axis(*cur);
        draw_bars(&mut f, &Bars { bars: group, scale: ScaleKind::Linear, axis: &axis, not_given });
    }
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let summary = cx.summarise(cx.w.bar_chart, &title, bars.iter().map(|(_, b)| b.row.aria.clone()));
    let mut choices: Vec<Currency> = Vec::new();
    for c in &own {
        if !choices.contains(c) {
            choices.push(*c);
        }
    }
    let choice = |id: &str, label: &str, selected| Control {
        kind: "currency".into(),
        id: id.into(),
        label: label.into(),
        selected,
    };
    let mut controls = vec![choice("native", cx.w.own_currency, cx.target().is_none())];
    controls.extend(choices.iter().map(|c| choice(c.code(), c.code(), cx.target() == Some(*c))));
    if cx.target().is_some() {
        controls.push(Control {
            kind: "fx".into(),
            id: "fx".into(),
            label: cx.w.fx_hkd_in_cny.into(),
            selected: false,
        });
    }
    Ok(View { title, summary, controls, scene: f.finish() })
}
