//! listing-day: each listing's gain over its offer price at the first-day high, the
//! first-day close, a later high or the latest price (a tick marks a gain the story
//! states); "one lot": the paper profit on one lot at the first-day high; and the
//! first day's prices themselves (offer range, offer, open, low, high, close: see
//! [`super::first_day`]).

use super::super::bars::{push_arias, Bar};
use super::super::format::{money, percent};
use super::super::frame::Key;
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::super::{Control, Tooltip};
use super::bound::{pick, MAX_NOTES, MAX_ROWS};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::{gain_pct, lot_profit};
use crate::error::Result;
use crate::model::Listing;

pub const VIEW: ViewDef = ViewDef {
    id: "listing-day",
    name: |w| w.view_listing_day,
    metrics: &[
        MetricDef { id: "first-day-high", label: |w, _| w.m_first_day_high },
        MetricDef { id: "first-day-close", label: |w, _| w.m_first_day_close },
        MetricDef { id: "later-high", label: |w, _| w.m_later_high },
        MetricDef { id: "latest", label: |w, _| w.m_latest },
        MetricDef { id: "lot-profit", label: |w, _| w.m_lot_profit },
        MetricDef { id: "first-day", label: |w, _| w.m_first_day },
    ],
    available: |d| !d.listings.is_empty(),
    fills,
    build,
};

/// Whether some listing of `d` has what metric `m` draws (one pass over the figures: a
/// file may hold 2,000 listings and 20,000 figures).
fn fills(d: &crate::model::Dataset, m: &str) -> bool {
    use crate::hash::HashSet;
    let listed = super::listed(d);
    let of = |keep: &dyn Fn(&crate::model::Figure) -> bool| -> HashSet<&str> {
        let mut set = HashSet::new();
        for f in &d.figures {
            // (the metric first: a string comparison, where the listing is a hash)
            if keep(f) && listed.contains(&f.entity.as_str()) {
                set.insert(f.entity.as_str());
            }
        }
        set
    };
    match m {
        "first-day" => !of(&|f| super::first_day::PRICES.contains(&f.metric.as_str())).is_empty(),
        // one lot is the unit of a Hong Kong or mainland subscription: offered where the
        // story gives a lot size for some listing (the reader may type the others')
        "lot-profit" => {
            let offered = of(&|f| f.metric == "offer_price" && f.qualifier != crate::model::Qualifier::Range);
            d.has("lot_size") && !of(&|f| f.metric == "first_day_high").is_disjoint(&offered)
        }
        _ => !of(&|f| f.metric == price_metric(m)).is_empty(),
    }
}

fn price_metric(m: &str) -> &'static str {
    const TABLE: &[(&str, &str)] =
        &[("first-day-close", "first_day_close"), ("later-high", "later_high"), ("latest", "latest_price")];
    super::lookup(TABLE, m).unwrap_or("first_day_high")
}

fn stated_gain(m: &str) -> Option<&'static str> {
    super::lookup(&[("first-day-high", "gain_first_day_high"), ("first-day-close", "gain_first_day_close")], m)
}

/// One listing's bar before it is laid out: its value (and the currency of a money
/// value), the text at its end, its tooltip, a value the story states, its id.
struct Point {
    value: Option<(f64, Option<crate::model::Currency>)>,
    text: String,
    tooltip: Tooltip,
    stated: Option<f64>,
    id: String,
}

impl Point {
    /// A listing without the value: "not given", with `tooltip`.
    fn missing(cx: &Ctx, tooltip: Tooltip, id: String) -> Point {
        Point { value: None, text: cx.w.not_given.to_string(), tooltip, stated: None, id }
    }
}

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let m = cx.metric();
    if m == "first-day" {
        return super::first_day::build(cx, width);
    }
    let lot = m == "lot-profit";
    let label = cx.metric_name();
    let title = if lot { cx.w.paper_profit_one_winning_lot.to_string() } else { cx.w.gain_title(label) };
    let subtitle = if lot { cx.w.paper_profit_first_day_high } else { cx.w.each_company_own_currency_gains };
    let mut f = cx.frame(width, &title, subtitle, 10.0);
    let (mut bars, mut currencies, mut needs_lot) = (Vec::new(), Vec::new(), false);
    // the story's own listings first, the others in the file's order, up to the most
    // bars a view draws
    // (a plain loop: no `collect` compiled for the listings' iterator)
    let mut all = Vec::with_capacity(cx.d.listings.len());
    for l in &cx.d.listings {
        all.push(l);
    }
    let (listings, left) = pick(all, MAX_ROWS, &|l| cx.is_focus(&l.company));
    for l in &listings {
        let name = cx.name(&l.company);
        let sub = super::dot(cx.text(&l.exchange), l.currency.code());
        let listed = cx.labelled(cx.w.listed_on, &sub);
        // (every point's tooltip is titled with the listing's name)
        let p = if lot { lot_point(cx, l, &name, listed, &mut needs_lot)? } else { gain_point(cx, l, &name, label, listed)? };
        let period = cx.find(&l.company, price_metric(m)).map(|p| cx.period(p)).unwrap_or_default();
        let row = cx.row(&name, label, &p.text, &period);
        let (value, currency) = p.value.map_or((None, None), |(v, c)| (Some(v), c));
        let (id, text, tooltip, stated) = (p.id, p.text, p.tooltip, p.stated);
        let bar = Bar { id, label: name, sub, value, text, tone: cx.tone_of(&l.company), fill: Fill::Solid, stated, tooltip, row };
        bars.push(bar);
        currencies.push(currency);
    }
    if lot {
        let fallback = cx.d.listings.first().map_or(crate::model::Currency::CNY, |l| l.currency);
        let mut refs = Vec::with_capacity(bars.len());
        for b in &bars {
            refs.push(b);
        }
        cx.currency_panels(&mut f, &currencies, &refs, fallback);
        if let Some(n) = cx.spec.lot.filter(|n| n.is_finite() && *n > 0.0) {
            f.lines(&super::super::format::cat(cx.w.your_input_shares_per_lot, &cx.num(n, 0)), 11.0, Tone::Muted);
        }
    } else {
        let axis = Ctx::percent_axis;
        cx.draw_bars(&mut f, &bars, &axis);
    }
    let mut parts = Vec::new();
    push_arias(&mut parts, &bars);
    cx.more(&mut f, left, cx.d.listings.len(), &mut parts);
    // a gain the article states that its own prices contradict is written on the chart
    let mut contradicted = Vec::new();
    for l in &listings {
        let stated = stated_gain(cx.metric()).and_then(|s| cx.find(&l.company, s));
        if let Some(fig) = stated.filter(|fig| cx.verdict(&fig.id) == Some(crate::calc::Verdict::Inconsistent)) {
            contradicted.push(fig);
        }
    }
    let total = contradicted.len();
    let (contradicted, left) = pick(contradicted, MAX_NOTES, &|fig| cx.is_focus(&fig.entity));
    for &fig in &contradicted {
        if let Some(c) = cx.checks.iter().find(|c| c.figure == fig.id) {
            let who = super::super::format::cat(&cx.name(&fig.entity), &cx.aside((cx.w.verdict)(c.verdict)));
            f.lines(&cx.labelled(&who, &super::fact_check::sentence(cx, c, fig)), 12.0, Tone::Alert);
        }
    }
    cx.more(&mut f, left, total, &mut parts);
    if bars.iter().any(|b| b.stated.is_some()) {
        let label = cx.w.black_tick_value_article_states.into();
        f.legend(&[Key { tone: Tone::Ink, fill: Fill::Solid, label }]);
    }
    let mut controls = cx.metrics();
    if lot && (needs_lot || cx.spec.lot.is_some()) {
        controls.push(Control::new("lot", "lot", cx.w.shares_per_lot, false));
    }
    cx.finish(f, title, cx.w.bar_chart, parts, controls)
}

/// The gain of listing `l` over its offer price at the chosen price, with what the story
/// states about it and the verdict of the check.
fn gain_point(cx: &Ctx, l: &Listing, name: &str, label: &str, listed: String) -> Result<Point> {
    let (c, m) = (l.company.as_str(), cx.metric());
    let id = super::super::format::cat(c, &super::super::format::cat(".", price_metric(m)));
    let (Some(o), Some(p)) = (cx.offer(c), cx.find(c, price_metric(m))) else {
        return Ok(match cx.offer(c) {
            Some(o) => Point::missing(cx, cx.tooltip(name, o, vec![cx.labelled(label, cx.w.not_given), listed]), id),
            None => Point::missing(cx, empty_tip(name, cx), id),
        });
    };
    let g = gain_pct(o.value, p.value)?;
    let stated = stated_gain(m).and_then(|s| cx.find(c, s));
    let mut extra =
        vec![cx.labelled(cx.w.offer_price, &cx.show(o)), cx.labelled(cx.w.gain_over_offer_computed, &percent(g, 2, true))];
    if let Some(s) = stated {
        let mut line = cx.labelled(cx.w.article_says, &cx.show(s));
        if let Some(v) = cx.verdict(&s.id) {
            line.push_str(cx.w.dash_spaced);
            line.push_str((cx.w.verdict)(v));
        }
        extra.push(line);
        if s.quote != p.quote {
            extra.push(cx.labelled(cx.w.source_label, &crate::join(&["「", &s.quote, "」"], "")));
        }
    }
    extra.push(listed);
    let tooltip = cx.tooltip(name, p, extra);
    Ok(Point { value: Some((g, None)), text: percent(g, 1, true), tooltip, stated: stated.map(|s| s.value), id: p.id.clone() })
}

/// The paper profit on one lot of listing `l` at the first-day high; the lot size is the
/// dataset's or the reader's (`needs_lot` when neither is there).
fn lot_point(cx: &Ctx, l: &Listing, name: &str, listed: String, needs_lot: &mut bool) -> Result<Point> {
    let c = l.company.as_str();
    let (offer, price) = (cx.offer(c), cx.find(c, "first_day_high"));
    let lot_fig = cx.find(c, "lot_size");
    let lot = lot_fig.map(|x| x.value).or(cx.spec.lot.filter(|x| x.is_finite() && *x > 0.0));
    let (o, p, n) = match (offer, price, lot) {
        (Some(o), Some(p), Some(n)) => (o, p, n),
        (Some(o), _, None) => {
            *needs_lot = true;
            let lines =
                vec![cx.labelled(cx.w.shares_per_lot, cx.w.not_given), cx.w.type_lot_size_above_it.to_string(), listed];
            return Ok(Point::missing(cx, cx.tooltip(name, o, lines), super::super::format::cat(c, ".lot_size")));
        }
        _ => return Ok(Point::missing(cx, empty_tip(name, cx), super::super::format::cat(c, ".lot_profit"))),
    };
    let cur = p.currency.unwrap_or(l.currency);
    let amt = cx.amount(lot_profit(o.value, p.value, n)?, cur);
    let lot_label = if lot_fig.is_some() { cx.w.shares_per_lot } else { cx.w.shares_per_lot_your_input };
    if let Some(x) = lot_fig {
        cx.printed(x);
    }
    let stated_fig = cx.find(c, "lot_profit_max");
    let mut extra = vec![
        cx.labelled(cx.w.offer_price, &money(o.value, cur, cx.lang)),
        cx.labelled(lot_label, &cx.num(n, 0)),
        cx.labelled(cx.w.paper_profit_computed, &cx.money(amt)),
    ];
    if let Some(s) = stated_fig {
        extra.push(cx.labelled(cx.w.article_says, &cx.show(s)));
    }
    extra.push(listed);
    let tooltip = cx.tooltip(name, p, extra);
    let stated = stated_fig.map(|s| cx.amount(s.value, s.currency.unwrap_or(cur)).value);
    Ok(Point {
        value: Some((amt.value, Some(amt.currency))),
        text: cx.money(amt),
        tooltip,
        stated,
        id: super::super::format::cat(c, ".lot_profit"),
    })
}

fn empty_tip(name: &str, cx: &Ctx) -> Tooltip {
    Tooltip::plain(name, vec![cx.w.not_given.to_string()])
}
