//! listing-day, "first-day prices": each listing's first day as the story gives it, a
//! row per price on one price axis — the offer price range marketed before pricing (a
//! bar from its low to its high end), the offer price, then the opening price, the day's
//! low, high and close — with a line at the offer price through the rows, so that where
//! the shares traded against it reads at a glance. Listings trade in different
//! currencies and at different price levels: each gets a panel and an axis of its own.
//! The marks are dots and intervals, not bars: their axis spans the prices (as a price
//! chart's does), not zero to the highest, so that a phone can tell US$63.59 from US$69.

use super::super::format::{number, percent};
use super::super::frame::Frame;
use super::super::paint::{Align, Fill, Shape};
use super::super::scale::nice_step;
use super::super::text::{bold_width, text_width, wrap};
use super::super::theme::Tone;
use super::super::{Mark, Rect};
use super::bound::{pick, MAX_PANELS};
use super::{Ctx, View};
use crate::calc::gain_pct;
use crate::error::Result;
use crate::model::{Figure, Listing, Qualifier};

/// The prices a listing's first day can have, in the order of the day (the offer first).
pub const PRICES: [&str; 5] = ["offer_price", "opening_price", "first_day_low", "first_day_high", "first_day_close"];

/// The height of a row.
const ROW: f64 = 28.0;

/// One row: a figure, its label, and the value shown.
struct Line<'d> {
    fig: &'d Figure,
    label: String,
    text: String,
}

impl Line<'_> {
    /// The values the row spans (a range's two ends, else one).
    fn ends(&self) -> (f64, f64) {
        match (self.fig.qualifier, self.fig.value_high) {
            (Qualifier::Range, Some(hi)) => (self.fig.value, hi),
            _ => (self.fig.value, self.fig.value),
        }
    }
}

// its own function, not inlined into listing-day's (measured: a little smaller compressed)
#[inline(never)]
pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let title = cx.w.first_day_title.to_string();
    let mut f = cx.frame(width, &title, cx.w.first_day_note, 10.0);
    let mut aria = Vec::new();
    // the listings with a price of the day (an offer price range is an offer price); the
    // story's own first, the others in the file's order, up to the most panels a view draws
    let priced = cx.listings_where(&|l| PRICES.iter().any(|m| cx.find(&l.company, m).is_some()));
    let total = priced.len();
    let (priced, left) = pick(priced, MAX_PANELS, &|l| cx.is_focus(&l.company));
    for &l in &priced {
        let lines = lines(cx, l);
        if lines.is_empty() {
            continue;
        }
        panel(cx, &mut f, l, &lines, &mut aria);
    }
    cx.more(&mut f, left, total, &mut aria);
    cx.finish(f, title, cx.w.chart_generic, aria, cx.metrics())
}

/// The rows of listing `l`: the offer price range and every price of the day it has.
fn lines<'d>(cx: &Ctx<'d>, l: &Listing) -> Vec<Line<'d>> {
    let c = l.company.as_str();
    let mut out = Vec::new();
    let is_range = |f: &&Figure| f.qualifier == Qualifier::Range && f.value_high.is_some();
    let range = cx.d.figures.iter().find(|f| f.entity == c && f.metric == "offer_price" && is_range(f));
    if let Some(r) = range {
        out.push(Line { fig: r, label: cx.w.offer_price_range.to_string(), text: price_text(cx, r) });
    }
    for &metric in &PRICES {
        let fig = if metric == "offer_price" { cx.offer(c) } else { cx.find(c, metric) };
        if let Some(x) = fig {
            out.push(Line { fig: x, label: cx.metric_label(metric).to_string(), text: price_text(cx, x) });
        }
    }
    out
}

/// A price as the source printed it, trailing zeros kept ("US$56.10", "€19.00"); a
/// range with both ends ("€17.50–€21.00").
fn price_text<'d>(cx: &Ctx<'d>, f: &'d Figure) -> String {
    let Some(c) = f.currency else { return cx.show(f) };
    let one = |v: f64, written: Option<crate::model::Written>| {
        let decimals = written.map_or(2, |w| w.decimals as usize);
        let digits = if v.abs() >= 1000.0 { number(v, decimals, cx.lang) } else { crate::float::fixed(v, decimals) };
        (cx.w.money)(&digits, c)
    };
    match (f.qualifier, f.value_high) {
        (Qualifier::Range, Some(hi)) => cx.w.range(&one(f.value, f.written()), &one(hi, f.written_high())),
        (q, _) => super::super::format::cat((cx.w.qualifier)(q), &one(f.value, f.written())),
    }
}

/// Listing `l`'s panel: its name, exchange and currency, the rows on one axis from zero,
/// a line at the offer price; the rows' spoken forms go on `aria`.
fn panel<'d>(cx: &Ctx<'d>, f: &mut Frame, l: &'d Listing, lines: &[Line<'d>], aria: &mut Vec<String>) {
    let name = cx.name(&l.company);
    f.bold(&super::dot(&super::dot(&name, cx.text(&l.exchange)), l.currency.code()), 13.0, 8.0, 18.0);
    f.gap(4.0);
    let from = f.shapes.len();
    let (pad, inner) = (f.pad, f.inner);
    // the widest label and value, and every value to scale, in one pass
    let (mut label_w, mut val_room, mut values) = (0.0_f64, 0.0_f64, Vec::new());
    for x in lines {
        label_w = label_w.max(text_width(&x.label, 12.0));
        val_room = val_room.max(bold_width(&x.text, 12.0));
        let (lo, hi) = x.ends();
        values.push(lo);
        values.push(hi);
    }
    let label_w = (label_w + 14.0).min(inner * 0.36);
    let x0 = pad + label_w;
    let x1 = (pad + inner - (val_room + 16.0)).max(x0 + 60.0);
    let currency = lines.iter().find_map(|x| x.fig.currency).unwrap_or(l.currency);
    let axis = cx.money_axis(currency);
    let s = PriceAxis::fitted(&values, x0, x1, &axis);
    let top = f.y;
    let bottom = top + ROW * lines.len() as f64;
    let mut ticks = Vec::new();
    for &t in &s.ticks() {
        ticks.push((s.px(t), axis(t)));
    }
    f.x_grid(&ticks, top, bottom, None);
    let offer = cx.offer(&l.company);
    if let Some(o) = offer {
        f.shapes.push(Shape::Line {
            from: (s.px(o.value), top + 2.0),
            to: (s.px(o.value), bottom - 2.0),
            tone: Tone::Ink,
        });
    }
    for (i, x) in lines.iter().enumerate() {
        let y = top + ROW * i as f64;
        let mid = y + ROW / 2.0;
        let mut label = wrap(&x.label, 12.0, label_w - 8.0);
        label.truncate(2);
        Shape::stack(&mut f.shapes, &label, (pad, mid), 14.0, (12.0, Tone::Ink), Align::Start);
        let (lo, hi) = x.ends();
        let end = if hi > lo {
            let rect = Rect { x: s.px(lo), y: mid - 5.0, w: (s.px(hi) - s.px(lo)).max(2.0), h: 10.0 };
            f.shapes.push(Shape::Rect { rect, tone: Tone::Story, fill: Fill::Solid });
            s.px(hi)
        } else {
            f.shapes.push(Shape::Dot { at: (s.px(lo), mid), r: 5.0, tone: Tone::Story });
            s.px(lo) + 3.0
        };
        f.shapes.push(Shape::Text {
            x: end + 6.0,
            y: mid,
            text: x.text.clone(),
            px: 12.0,
            tone: Tone::Ink,
            bold: true,
            align: Align::Start,
        });
        let mut extra = Vec::new();
        if let Some(o) = offer.filter(|o| o.id != x.fig.id && x.fig.qualifier != Qualifier::Range) {
            extra.push(cx.labelled(cx.w.offer_price, &cx.show(o)));
            if let Ok(g) = gain_pct(o.value, x.fig.value) {
                extra.push(cx.labelled(cx.w.gain_over_offer_computed, &percent(g, 2, true)));
            }
        }
        extra.push(cx.labelled(cx.w.listed_on, &super::dot(cx.text(&l.exchange), l.currency.code())));
        let tooltip = cx.tooltip(&name, x.fig, extra);
        let row = cx.row(&name, &x.label, &x.text, &cx.period(x.fig));
        aria.push(row.aria.clone());
        f.marks.push(Mark::of(&x.fig.id, Rect { x: pad, y, w: inner, h: ROW }, &tooltip, true, &row));
    }
    f.clear_lines(from);
    f.y = bottom + 30.0;
}

/// A price axis over the prices drawn, with round ticks at its ends.
struct PriceAxis {
    lo: f64,
    hi: f64,
    step: f64,
    x0: f64,
    x1: f64,
}

impl PriceAxis {
    /// The fewest round steps that cover `values` with the tick labels clear of each other.
    fn fitted(values: &[f64], x0: f64, x1: f64, label: &dyn Fn(f64) -> String) -> PriceAxis {
        let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values {
            min = min.min(*v);
            max = max.max(*v);
        }
        let (min, max) = if min.is_finite() && max > min { (min, max) } else { (min * 0.9, min * 1.1 + 1e-9) };
        let mut step = nice_step(max - min, ((x1 - x0) / 60.0).floor().clamp(2.0, 8.0));
        loop {
            let (lo, hi) = (((min / step).floor() * step).max(0.0), (max / step).ceil() * step);
            let axis = PriceAxis { lo, hi: hi.max(lo + step), step, x0, x1 };
            let ticks = axis.ticks();
            let mut widest = 0.0_f64;
            for t in &ticks {
                widest = widest.max(text_width(&label(*t), 11.0));
            }
            let gap = (x1 - x0) / (ticks.len().max(2) - 1) as f64;
            if widest + 12.0 <= gap || ticks.len() <= 2 {
                return axis;
            }
            // the next round step up
            step = nice_step(step * 1.5, 1.0);
        }
    }

    fn px(&self, v: f64) -> f64 {
        self.x0 + (v - self.lo) / (self.hi - self.lo) * (self.x1 - self.x0)
    }

    fn ticks(&self) -> Vec<f64> {
        let n = ((self.hi - self.lo) / self.step).round() as usize;
        let mut out = Vec::with_capacity(n + 1);
        for i in 0..=n {
            out.push(self.lo + self.step * i as f64);
        }
        out
    }
}
