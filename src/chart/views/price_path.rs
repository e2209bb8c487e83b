//! price-path: a listing's prices over time. With a price series (from the dataset or
//! `setSeries`) the line is reduced in wasm to at most four points per pixel column (M4),
//! the same picture as drawing every point. Without one, the dated prices the story gives
//! (offer, first-day high and close, later highs) are drawn as points, one panel per
//! listing, each in its own currency.

use super::super::bars::Bar;
use super::super::format::{money, money_short, plain};
use super::super::frame::{Frame, Key};
use super::super::lines::{draw_lines, plot_columns, Line, Lines, Point};
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::super::Tooltip;
use super::bound::{pick, MAX_PANELS};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::error::{Error, Result};
use crate::model::{Currency, Listing, Series};

/// The prices of a listing in the order they happen (the day's low is left out: a story
/// rarely says whether it came before the high).
const STEPS: [&str; 6] =
    ["offer_price", "opening_price", "first_day_high", "first_day_close", "later_high", "latest_price"];

/// Civil date of a day number (inverse of `days_from_civil`).
fn civil(days: f64) -> (i64, u32, u32) {
    // series times are checked to years 1..=9999 (`check_points`); the clamp keeps any
    // other value from overflowing
    let z = days.clamp(-1e9, 1e9).floor() as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

pub const VIEW: ViewDef = ViewDef {
    id: "price-path",
    name: |w| w.view_price_path,
    metrics: &[MetricDef { id: "prices", label: |w, _| w.view_price_path }],
    available: |d| {
        let listed = super::listed(d);
        !d.lines.is_empty()
            || d.figures.iter().any(|f| STEPS.contains(&f.metric.as_str()) && listed.contains(&f.entity.as_str()))
    },
    fills: super::every_metric,
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    // (each ends the view itself: the frame is not moved out and back)
    if cx.d.lines.is_empty() {
        article_prices(cx, width)
    } else {
        dated_series(cx, width)
    }
}

/// Dates on the time axis: day and month over a short span, month and year over a long one.
fn x_axis(cx: &Ctx) -> impl Fn(f64, f64) -> String {
    let axis_date = cx.w.axis_date;
    move |d, span| {
        let (y, m, day) = civil(d);
        axis_date(y, m, day, span > 400.0)
    }
}

/// A price in `cur`, or a plain number for a series without a currency.
fn price(cx: &Ctx, v: f64, cur: Option<Currency>, short: bool) -> String {
    match cur {
        None => plain(v, 2),
        Some(c) if short => money_short(v, c, cx.lang),
        Some(c) => money(v, c, cx.lang),
    }
}

/// The price series (the dataset's or `setSeries`'): one panel per currency, each line
/// reduced to the plot's pixel columns.
fn dated_series(cx: &Ctx, width: f64) -> Result<View> {
    let title = cx.w.price_path.to_string();
    let mut total = 0;
    for s in &cx.d.lines {
        total += s.x.len();
    }
    let mut f = cx.frame(width, &title, &cx.w.series_note(total), 0.0);
    // the currencies of the series, each once, in order (a few at most)
    let mut currencies: Vec<Option<Currency>> = Vec::new();
    for s in &cx.d.lines {
        if !currencies.contains(&s.currency) {
            currencies.push(s.currency);
        }
    }
    let mut rows = Vec::new();
    for &cur in &currencies {
        let mut group: Vec<&Series> = Vec::new();
        for s in &cx.d.lines {
            if s.currency == cur {
                group.push(s);
            }
        }
        series_panel(cx, &mut f, &group, cur, &mut rows);
    }
    cx.finish(f, title, cx.w.line_chart, rows, Vec::new())
}

/// The series of one currency `cur`: their legend, then their lines on one time axis.
/// The story's company in its highlight; other lines sharing a panel told apart by
/// series colours (each named in the legend).
fn line_tone(cx: &Ctx, entity: &str, i: usize) -> Tone {
    match cx.tone_of(entity) {
        Tone::Story => Tone::Story,
        _ => Tone::Series(i as u8 + 1),
    }
}

fn series_panel(cx: &Ctx, f: &mut Frame, group: &[&Series], cur: Option<Currency>, rows: &mut Vec<String>) {
    let code = cur.map_or("", |c| c.code());
    let (mut d0, mut d1) = (f64::INFINITY, f64::NEG_INFINITY);
    for s in group {
        d0 = d0.min(s.x.first().unwrap_or(f64::INFINITY));
        d1 = d1.max(s.x.last().unwrap_or(f64::NEG_INFINITY));
    }
    let (d0, d1) = if d1 > d0 { (d0, d1) } else { (d0 - 3.0, d0 + 3.0) };
    let columns = plot_columns(f);
    // each series' key and line (its name and colour found once)
    let (mut keys, mut lines) = (Vec::new(), Vec::new());
    for (i, s) in group.iter().enumerate() {
        let name = cx.name(&s.entity);
        let tone = line_tone(cx, &s.entity, i);
        keys.push(Key { tone, fill: Fill::Solid, label: super::dot(&name, code) });
        // a short series gets a tooltip per point; a long one is a path only
        let mut points = Vec::new();
        if s.x.len() <= 60 {
            for (k, (x, y)) in s.x.days().zip(&s.y).enumerate() {
                points.push(series_point(cx, s, &name, k, (x, *y), cur));
            }
        }
        rows.push(format!("{name}: {} {}", s.x.len(), cx.w.prices));
        lines.push(Line { tone, path: s.m4(d0, d1, columns), points });
    }
    f.legend(&keys);
    let y_axis = |v| price(cx, v, cur, true);
    draw_lines(f, &Lines { lines, x_axis: &x_axis(cx), y_axis: &y_axis, x_range: (d0, d1) });
}

/// Point `k` of series `s` at `(day, price)`: its date and price in the tooltip and table.
fn series_point(cx: &Ctx, s: &Series, name: &str, k: usize, (x, y): (f64, f64), cur: Option<Currency>) -> Point {
    let (yy, mm, dd) = civil(x);
    let date = format!("{yy}-{mm:02}-{dd:02}");
    let value = price(cx, y, cur, false);
    let tooltip = Tooltip::plain(name, vec![cx.labelled(&date, &value)]);
    Point { x, y, id: format!("{}[{k}]", s.id), tooltip, row: cx.row(name, &s.id, &value, &date) }
}

/// Without a series: each listing's prices in the order they happened (offer, first-day
/// high and close, a later high, the latest), as bars from zero in its own currency, one
/// panel per listing. No time axis: the story dates some prices by the day, some by the
/// month and some not at all, and a price is never placed on a day the story does not give.
fn article_prices(cx: &Ctx, width: f64) -> Result<View> {
    let title = cx.w.dated_prices_article_gives.to_string();
    let mut f = cx.frame(width, &title, cx.w.one_panel_per_listing_each, 0.0);
    let mut rows = Vec::new();
    // the listings with a price the story gives; the story's own first, the others in
    // the file's order, up to the most panels a view draws
    let priced = cx.listings_where(&|l| {
        STEPS.iter().any(|m| if *m == "offer_price" { cx.offer(&l.company) } else { cx.find(&l.company, m) }.is_some())
    });
    let total = priced.len();
    let (priced, left) = pick(priced, MAX_PANELS, &|l| cx.is_focus(&l.company));
    for &l in &priced {
        let name = cx.name(&l.company);
        let bars = listing_steps(cx, l, &name);
        if bars.is_empty() {
            continue;
        }
        f.gap(8.0);
        f.lines(&super::dot(&name, l.currency.code()), 13.0, Tone::Ink);
        let axis = cx.money_axis(l.currency);
        cx.bar_chart(&mut f, &bars, &axis, &mut rows);
    }
    if rows.is_empty() {
        return Err(Error::chart("the dataset has no prices of a listing and no price series"));
    }
    cx.more(&mut f, left, total, &mut rows);
    cx.finish(f, title, cx.w.line_chart, rows, Vec::new())
}

/// The prices of listing `l` the story gives, in the order they happened, each once (a
/// price printed twice is one step), each labelled with its step and its date as given.
fn listing_steps(cx: &Ctx, l: &Listing, name: &str) -> Vec<Bar> {
    let mut bars: Vec<Bar> = Vec::new();
    for &metric in &STEPS {
        let fig = if metric == "offer_price" { cx.offer(&l.company) } else { cx.find(&l.company, metric) };
        let Some(fig) = fig else { continue };
        let label = cx.metric_label(metric);
        let mut bar = cx.bar(label, &cx.period(fig), fig, fig.value, cx.show(fig), cx.tone_of(&l.company), Fill::Solid, Vec::new());
        bar.tooltip.title = super::dot(name, label);
        bar.row = cx.row(name, label, &cx.show(fig), &cx.period(fig));
        bars.push(bar);
    }
    bars
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::days_from_civil;

    #[test]
    fn civil_inverts_days_from_civil() {
        for (y, m, d) in [(1970, 1, 1), (2026, 1, 2), (2000, 2, 29), (2025, 12, 31)] {
            assert_eq!(civil(days_from_civil(y, m, d)), (i64::from(y), u32::from(m), u32::from(d)));
        }
    }
}
