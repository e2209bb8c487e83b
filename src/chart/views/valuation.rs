//! valuation: the last private valuation against the market cap at the first-day close
//! and at the intraday peak. The valuation is in yuan and the caps in Hong Kong dollars:
//! they share an axis only when a rate is given (the dataset's or the reader's): then all
//! are drawn in one currency, the converted ones hatched, with the rate and the ratio
//! written out. Without a rate one quantity is never drawn on two scales side by side
//! (two bars filling two axes looked equal where the real gap is about 4.5-fold): the
//! bars in the listing's currency share one axis, and the others are written out. The
//! valuation at the offer price (the market value the IPO priced in), where the story
//! gives it, comes first.

use super::super::bars::Bar;
use super::super::frame::Frame;
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::super::Control;
use super::{Ctx, MetricDef, View, ViewDef};
use crate::error::{Error, Result};
use crate::i18n::Words;
use crate::model::Currency;

pub const VIEW: ViewDef = ViewDef {
    id: "valuation",
    name: |w| w.view_valuation,
    metrics: &[MetricDef { id: "caps", label: |w, _| w.view_valuation }],
    available: |d| ITEMS.iter().any(|m| d.has(m)),
    fills: super::every_metric,
    build,
};

/// The figures the view compares, in its order.
const ITEMS: [&str; 4] = ["ipo_valuation", "last_private_valuation", "market_cap_close", "market_cap_peak"];

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let has = |l: &&crate::model::Listing, m: &str| cx.d.find(&l.company, m).is_some();
    let l = cx.d.listings.iter().find(|l| has(l, "market_cap_close")).or_else(|| {
        cx.d.listings.iter().find(|l| has(l, "ipo_valuation"))
    });
    let l = l.ok_or_else(|| Error::chart("the dataset has no market cap (market_cap_close, ipo_valuation)"))?;
    let c = l.company.as_str();
    let title = if cx.d.find(c, "last_private_valuation").is_some() {
        cx.w.valuation_title(&cx.name(c))
    } else if cx.d.find(c, "market_cap_close").is_some() {
        cx.w.offer_valuation_title(&cx.name(c))
    } else {
        cx.w.named_title(&cx.name(c), cx.metric_label("ipo_valuation"))
    };
    let (bars, own) = bars(cx, c, &items(cx.w));
    let mut f = cx.frame(width, &title, "", 0.0);
    currency_note(cx, &mut f, &bars, &own);
    f.gap(8.0);
    let axis = axis_currency(&bars, l.currency);
    let (mut on_axis, mut drawn_in, mut apart) = (Vec::new(), Vec::new(), Vec::new());
    for (c, b) in &bars {
        if *c == Some(axis) {
            on_axis.push(b);
            drawn_in.push(*c);
        } else {
            apart.push(b);
        }
    }
    // no bar only where market_cap_close is not money (no currency): no axis either
    if !on_axis.is_empty() {
        cx.currency_panels(&mut f, &drawn_in, &on_axis, axis);
    }
    for b in &apart {
        cx.stat_mark(&mut f, b);
    }
    if apart.is_empty() {
        ratio(cx, &mut f, &bars);
    }
    let mut rows = Vec::new();
    for (_, b) in &bars {
        rows.push(b.row.aria.clone());
    }
    cx.finish(f, title, cx.w.bar_chart, rows, controls(cx, &own))
}

/// The currency of the one axis: the reader's when everything was converted into it, else
/// the listing's (its market caps), else the first bar's.
fn axis_currency(bars: &[(Option<Currency>, Bar)], listing: Currency) -> Currency {
    let mut drawn = Vec::new();
    for (c, _) in bars {
        if let Some(c) = *c {
            drawn.push(c);
        }
    }
    match drawn.as_slice() {
        [first, rest @ ..] if rest.iter().all(|c| c == first) => *first,
        [first, ..] if !drawn.contains(&listing) => *first,
        _ => listing,
    }
}

/// With every figure in one currency: how many times the last private valuation the
/// market cap at the first-day close is (computed, and converted where it was).
fn ratio(cx: &Ctx, f: &mut Frame, bars: &[(Option<Currency>, Bar)]) {
    let value = |id: &str| bars.iter().find(|(_, b)| crate::has(&b.id, id)).and_then(|(_, b)| b.value);
    if let (Some(v), Some(cap)) = (value(".last_private_valuation."), value(".market_cap_close.")) {
        if v > 0.0 {
            let converted = bars.iter().any(|(_, b)| b.fill == Fill::Hatched);
            let text = crate::join(&[if converted { "≈" } else { "" }, &cx.num(cap / v, 1), "×"], "");
            f.stat(&text, cx.w.cap_over_valuation);
        }
    }
}

/// The figures compared, each with its label.
fn items(w: &Words) -> [(&'static str, &'static str); 4] {
    [
        (ITEMS[0], w.metric.ipo_valuation),
        ("last_private_valuation", w.last_private_valuation),
        ("market_cap_close", w.cap_at_close),
        ("market_cap_peak", w.cap_at_peak),
    ]
}

/// A bar for each of `items` company `c` has, in the reader's currency where a
/// rate allows (hatched, as converted), with the currency it is drawn in; and the
/// currencies the figures are in (the reader may pick any), in the order given.
fn bars(cx: &Ctx, c: &str, items: &[(&str, &str)]) -> (Vec<(Option<Currency>, Bar)>, Vec<Currency>) {
    let (mut bars, mut currencies) = (Vec::new(), Vec::new());
    for (metric, label) in items {
        let Some((x, own)) = cx.d.find(c, metric).and_then(|x| Some((x, x.currency?))) else { continue };
        if !currencies.contains(&own) {
            currencies.push(own);
        }
        let a = cx.amount(x.value, own);
        let sub = super::dot(&cx.period(x), own.code());
        let fill = if a.converted { Fill::Hatched } else { Fill::Solid };
        let bar = cx.bar(label, &sub, x, a.value, cx.money(a), Tone::Story, fill, Vec::new());
        bars.push((Some(a.currency), bar));
    }
    (bars, currencies)
}

/// Under the title: that the currencies are drawn apart, or the rate that converted any
/// figure from its own currency `own` into the reader's.
fn currency_note(cx: &Ctx, f: &mut Frame, bars: &[(Option<Currency>, Bar)], own: &[Currency]) {
    let mut codes = Vec::new();
    for (c, _) in bars {
        let Some(c) = c.map(|c| c.code()) else { continue };
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    let rate = cx.target().and_then(|t| own.iter().find(|c| **c != t).and_then(|c| cx.rate(*c, t)));
    if let (true, Some(t)) = (codes.len() > 1, cx.target()) {
        // the reader picked a currency, but there is no rate to convert with yet
        f.lines(&cx.w.needs_rate(t.code()), 12.0, Tone::Ink);
    } else if codes.len() > 1 {
        f.lines(&cx.w.separate_currencies(&codes), 12.0, Tone::Muted);
    } else if let Some(r) = &rate {
        f.lines(&super::super::format::cat(cx.w.converted_at, &r.label), 12.0, Tone::Ink);
        f.lines(cx.w.hatched_bars_are_converted, 12.0, Tone::Muted);
    }
}

/// The currency switch: each figure in its own currency, or all in one of `own`; with a
/// currency picked, the HKD→CNY rate input.
fn controls(cx: &Ctx, own: &[Currency]) -> Vec<Control> {
    // one currency: nothing to switch between
    if own.len() < 2 && cx.target().map_or(true, |t| own.contains(&t)) {
        return Vec::new();
    }
    let choice = |id: &str, label: &str, selected| Control::new("currency", id, label, selected);
    let mut controls = vec![choice("native", cx.w.own_currency, cx.target().is_none())];
    for c in own {
        controls.push(choice(c.code(), c.code(), cx.target() == Some(*c)));
    }
    // the reader's own rate is for Hong Kong dollars in yuan only
    let hkd_cny = own.contains(&Currency::HKD) && own.contains(&Currency::CNY);
    if cx.target().is_some() && hkd_cny {
        controls.push(Control::new("fx", "fx", cx.w.fx_hkd_in_cny, false));
    }
    controls
}

