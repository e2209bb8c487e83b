//! market: China's intelligent-computing chip market — its size in 2020, 2024 and the
//! 2029 forecast (hatched) with the growth rates recomputed by the core — and who holds
//! it: Nvidia with HiSilicon, everyone else, and Biren.

use super::super::bars::Bar;
use super::super::columns::{draw_columns, push_arias as push_col_arias, Columns, Group};
use super::super::format::percent;
use super::super::frame::Key;
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::bound::{latest, pick, MAX_PERIODS, MAX_ROWS};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::cagr_pct;
use crate::hash::{HashMap, HashSet};
use crate::error::{Error, Result};
use crate::model::{Basis, Currency, Entity, EntityKind, Figure, Period};

pub const VIEW: ViewDef = ViewDef {
    id: "market",
    name: |w| w.view_market,
    metrics: &[MetricDef { id: "size", label: |w, _| w.m_size }, MetricDef { id: "shares", label: |w, _| w.m_shares }],
    available: |d| d.has("market_size"),
    fills: super::every_metric,
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let market = cx.d.entities.iter().find(|e| e.kind == EntityKind::Market && cx.find(&e.id, "market_size").is_some());
    let market = market.ok_or_else(|| Error::chart("the dataset has no market_size figures"))?;
    let mname = cx.text(&market.name).to_string();
    // every bar and column starts at zero on a linear scale: a log scale drew 94.4 % as
    // about twice 0.2 % (issue: bars on a log axis)
    if cx.metric() == "size" {
        size_chart(cx, market, &mname, width)
    } else {
        shares_chart(cx, market, &mname, width)
    }
}

/// The market's size by year as columns (forecasts hatched), then the growth rates the
/// story gives, each recomputed.
fn size_chart(cx: &Ctx, market: &Entity, mname: &str, width: f64) -> Result<View> {
    let title = cx.w.market_size_title(mname);
    let all = cx.d.series(&market.id, "market_size");
    let Some(cur) = all.first().and_then(|x| x.currency) else {
        return Err(Error::chart("the market_size figures have no currency"));
    };
    let mut f = cx.frame(width, &title, &super::super::format::cat(cx.w.unit_prefix, cur.code()), 0.0);
    // the latest years, up to the most a column chart draws
    let (figs, left) = latest(&all, MAX_PERIODS);
    let mut groups = Vec::new();
    for x in figs {
        groups.push(size_group(cx, x, cur));
    }
    f.legend(&cx.period_keys(Tone::Story, false, figs.iter().any(|x| x.basis == Basis::Forecast)));
    let axis = cx.money_axis(cur);
    let columns = Columns { groups: &groups, axis: &axis };
    draw_columns(&mut f, &columns);
    let mut rows = Vec::new();
    push_col_arias(&mut rows, &groups);
    cx.more(&mut f, left, all.len(), &mut rows);
    // each growth rate recomputed from the sizes at its ends (drawn or not), the first
    // of them up to the most rows a view draws; the others counted
    let mut sizes: HashMap<Period, &Figure> = HashMap::new();
    for x in &all {
        if let Ok(p) = Period::parse(&x.period) {
            sizes.entry(p).or_insert(x);
        }
    }
    let (mut drawn, mut left) = (0, 0);
    for &g in &cx.d.series(&market.id, "market_cagr") {
        if drawn == MAX_ROWS {
            left += 1;
        } else if let Some(line) = cagr_line(cx, g, &sizes) {
            f.lines(&line, 12.0, Tone::Ink);
            drawn += 1;
        }
    }
    cx.more(&mut f, left, drawn + left, &mut rows);
    cx.finish(f, title, cx.w.chart_generic, rows, cx.metrics())
}

/// The column of one year's size, in `cur` or the reader's currency.
fn size_group<'d>(cx: &Ctx<'d>, x: &'d Figure, cur: Currency) -> Group {
    let a = cx.amount(x.value, x.currency.unwrap_or(cur));
    let col = cx.col("", x, a.value, cx.show_short(x), Tone::Story);
    cx.one_col(x, col)
}

/// The growth rate `g` over its span, recomputed from the sizes at its ends, with what the
/// story says and the verdict; nothing where a size or a year is missing.
/// `sizes` are the market's sizes by period (the first of each).
fn cagr_line<'d>(cx: &Ctx<'d>, g: &'d Figure, sizes: &HashMap<Period, &'d Figure>) -> Option<String> {
    let Ok(Period::Span(a, b)) = Period::parse(&g.period) else { return None };
    let at = |p: &Period| sizes.get(p).copied();
    let (s0, s1, y0, y1) = (at(&a)?, at(&b)?, a.end_year()?, b.end_year()?);
    let r = cagr_pct(s0.value, s1.value, y1 - y0).ok()?;
    let verdict = cx.verdict_word(&g.id);
    // (`replace` with a `&str` pattern, by `crate::find`: see there)
    let year = |s: &Figure| {
        let (mut out, short, aside) = (String::new(), cx.period_short(s), cx.w.forecast_aside);
        let mut rest = short.as_str();
        while let Some(i) = crate::find(rest, aside).filter(|_| !aside.is_empty()) {
            out.push_str(&rest[..i]);
            rest = &rest[i + aside.len()..];
        }
        out + rest
    };
    let span = crate::join(&[year(s0), year(s1)], "–");
    let forecast = g.basis == Basis::Forecast;
    Some(cx.w.cagr_line(&span, &percent(r, 1, false), &cx.show(g), forecast, verdict))
}

/// Who holds the market (and any other market's shares the story gives), from zero
/// unless the reader picks linear; forecasts and computed shares hatched.
fn shares_chart(cx: &Ctx, market: &Entity, mname: &str, width: f64) -> Result<View> {
    let title = cx.w.market_shares_title(mname);
    let mut f = cx.frame(width, &title, cx.w.shares_note, 8.0);
    let mut bars: Vec<Bar> = Vec::new();
    // the shares of every market that has one, the story's own holders first, up to the
    // most bars a view draws
    let mut held = HashSet::new();
    for x in &cx.d.figures {
        if x.metric == "market_share" {
            held.insert(x.entity.as_str());
        }
    }
    let mut shares: Vec<(&Entity, &Figure)> = Vec::new();
    for mk in &cx.d.entities {
        if mk.kind == EntityKind::Market && held.contains(&mk.id.as_str()) {
            for &x in &cx.d.series(&mk.id, "market_share") {
                shares.push((mk, x));
            }
        }
    }
    let total = shares.len();
    let (shares, left) = pick(shares, MAX_ROWS, &|(_, x)| x.key.as_deref().is_some_and(|k| cx.d.story.focus.iter().any(|f| f == k)));
    for &(mk, x) in &shares {
        {
            bars.push(share_bar(cx, market, mk, x));
            // a share held by a group of players (e.g. the two leaders together): the
            // rest of the market is everyone else
            let group = x.key.as_deref().and_then(|k| cx.d.entity(k)).is_some_and(|e| e.kind == EntityKind::Group);
            // never a negative remainder: a share above 100 % is refused by validation, and
            // a dataset built another way draws no "everyone else" rather than a wrong one
            if mk.id == market.id && group && (0.0..=100.0).contains(&x.value) {
                bars.push(rest_bar(cx, mk, x));
            }
        }
    }
    let axis = |v: f64| if v < 1.0 { percent(v, 2, false) } else { percent(v, 0, false) };
    let mut rows = Vec::new();
    cx.bar_chart(&mut f, &bars, &axis, &mut rows);
    cx.more(&mut f, left, total, &mut rows);
    f.legend(&[Key { tone: Tone::Story, fill: Fill::Hatched, label: cx.w.hatched_forecast_or_computed.into() }]);
    cx.finish(f, title, cx.w.chart_generic, rows, cx.metrics())
}

/// The share `x` of market `mk`, named by its period (and by its market where it is
/// not the `home` one).
fn share_bar<'d>(cx: &Ctx<'d>, home: &Entity, mk: &'d Entity, x: &'d Figure) -> Bar {
    let who = x.key.as_deref().map_or_else(String::new, |k| cx.name(k));
    let sub = if mk.id == home.id { cx.period(x) } else { super::dot(cx.text(&mk.name), &cx.period(x)) };
    let fill = if x.basis == Basis::Forecast { Fill::Hatched } else { Fill::Solid };
    let tone = x.key.as_deref().map_or(Tone::Other, |k| cx.tone_of(k));
    cx.bar(&who, &sub, x, x.value, cx.show(x), tone, fill, Vec::new())
}

/// Everyone else: the rest of market `mk` after the group's share `x`, computed.
fn rest_bar<'d>(cx: &Ctx<'d>, mk: &Entity, x: &'d Figure) -> Bar {
    let rest = 100.0 - x.value;
    let mut extra = vec![cx.labelled(cx.w.computed, &super::super::format::cat("100% − ", &cx.show(x)))];
    if let Some(p) = cx.d.find(&mk.id, "market_players") {
        extra.push(cx.labelled(cx.w.players_at_scale, &cx.show(p)));
    }
    let text = percent(rest, 1, false);
    cx.bar(cx.w.everyone_else_computed, &cx.period(x), x, rest, text, Tone::Muted, Fill::Hatched, extra)
}
