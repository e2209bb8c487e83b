//! market: China's intelligent-computing chip market — its size in 2020, 2024 and the
//! 2029 forecast (hatched) with the growth rates recomputed by the core — and who holds
//! it: Nvidia with HiSilicon, everyone else, and Biren.

use super::super::bars::{draw_bars, Bar, Bars};
use super::super::columns::{draw_columns, Columns, Group};
use super::super::format::percent;
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::cagr_pct;
use crate::error::{Error, Result};
use crate::model::{Basis, EntityKind, Figure, Period};

pub const VIEW: ViewDef = ViewDef {
    id: "market",
    name: |w| w.view_market,
    metrics: &[MetricDef { id: "size", label: |w| w.m_size }, MetricDef { id: "shares", label: |w| w.m_shares }],
    available: |d| d.has("market_size"),
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let m = cx.metric();
    let market =
        cx.d.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Market)
            .find(|e| cx.d.find(&e.id, "market_size").is_some())
            .ok_or_else(|| Error::chart("the dataset has no market_size figures"))?;
    let mname = cx.text(&market.name).to_string();
    let mut f = Frame::new(width);
    let (title, rows, controls);
    if m == "size" {
        let log = cx.spec.scale == Some(ScaleKind::Log);
        title = (cx.w.market_size_title)(&mname);
        f.title(&title);
        let figs: Vec<&Figure> = cx.d.series(&market.id, "market_size").collect();
        let Some(cur) = figs.first().and_then(|x| x.currency) else {
            return Err(Error::chart("the market_size figures have no currency"));
        };
        f.lines(&format!("{}{}", cx.w.unit_prefix, cur.code()), 12.0, Tone::Muted);
        let groups: Vec<Group> = figs
            .iter()
            .map(|x| {
                let a = cx.amount(x.value, x.currency.unwrap_or(cur));
                Group {
                    label: cx.period_short(x),
                    cols: vec![cx.col("", x, a.value, cx.money_short(a), Tone::Series(0))],
                    point: None,
                }
            })
            .collect();
        f.legend(&cx.period_keys(Tone::Series(0), false, figs.iter().any(|x| x.basis == Basis::Forecast)));
        let axis = cx.money_axis(cur);
        draw_columns(
            &mut f,
            &Columns {
                groups: groups.clone(),
                scale: if log { ScaleKind::Log } else { ScaleKind::Linear },
                axis: &axis,
                line_axis: None,
                line_tone: Tone::Ink,
            },
        );
        for g in cx.d.series(&market.id, "market_cagr") {
            let Ok(Period::Span(a, b)) = Period::parse(&g.period) else { continue };
            let at = |p: &Period| figs.iter().find(|x| Period::parse(&x.period).ok().as_ref() == Some(p));
            let (Some(s0), Some(s1), Some(y0), Some(y1)) = (at(&a), at(&b), a.end_year(), b.end_year()) else {
                continue;
            };
            let Ok(r) = cagr_pct(s0.value, s1.value, y1 - y0) else { continue };
            let verdict = cx.verdict_word(&g.id);
            let span = format!(
                "{}–{}",
                cx.period_short(s0).replace(cx.w.forecast_aside, ""),
                cx.period_short(s1).replace(cx.w.forecast_aside, "")
            );
            let forecast = g.basis == Basis::Forecast;
            let line = (cx.w.cagr_line)(&span, &percent(r, 1, false), &cx.show(g), forecast, verdict);
            f.lines(&line, 12.0, Tone::Ink);
        }
        rows = groups.iter().flat_map(|g| g.cols.iter()).map(|c| c.row.aria.clone()).collect::<Vec<_>>();
        let mut c = cx.metrics();
        c.extend(cx.scale_controls(log));
        controls = c;
    } else {
        let log = cx.spec.scale != Some(ScaleKind::Linear);
        title = (cx.w.market_shares_title)(&mname);
        f.title(&title);
        f.lines(
            cx.scale_note(log, cx.w.log_small_shares),
            12.0,
            Tone::Muted,
        );
        f.gap(8.0);
        let mut bars: Vec<Bar> = Vec::new();
        let markets: Vec<&crate::model::Entity> =
            cx.d.entities.iter().filter(|e| e.kind == EntityKind::Market).collect();
        for mk in &markets {
            for (i, x) in cx.d.series(&mk.id, "market_share").enumerate() {
                let who = x.key.as_deref().map_or_else(String::new, |k| cx.name(k));
                let sub = if mk.id == market.id {
                    cx.period(x)
                } else {
                    format!("{} · {}", cx.text(&mk.name), cx.period(x))
                };
                let fill = if x.basis == Basis::Forecast { Fill::Hatched } else { Fill::Solid };
                bars.push(cx.bar(&who, &sub, x, x.value, cx.show(x), Tone::Series(i as u8), fill, Vec::new()));
                // a share held by a group of players (e.g. the two leaders together): the
                // rest of the market is everyone else
                let group = x.key.as_deref().and_then(|k| cx.d.entity(k)).is_some_and(|e| e.kind == EntityKind::Group);
                if mk.id == market.id && group {
                    let rest = 100.0 - x.value;
                    let label = cx.w.everyone_else_computed.to_string();
                    let mut extra =
                        vec![cx.labelled(cx.w.computed, &format!("100% − {}", cx.show(x)))];
                    if let Some(p) = cx.d.find(&mk.id, "market_players") {
                        extra.push(cx.labelled(cx.w.players_at_scale, &cx.show(p)));
                    }
                    bars.push(cx.bar(
                        &label,
                        &cx.period(x),
                        x,
                        rest,
                        percent(rest, 1, false),
                        Tone::Muted,
                        Fill::Hatched,
                        extra,
                    ));
                }
            }
        }
        let axis = |v: f64| if v < 1.0 { percent(v, 2, false) } else { percent(v, 0, false) };
        draw_bars(
            &mut f,
            &Bars {
                bars: bars.clone(),
                scale: if log { ScaleKind::Log } else { ScaleKind::Linear },
                axis: &axis,
                not_given: cx.w.not_given,
            },
        );
        f.legend(&[Key {
            tone: Tone::Series(0),
            fill: Fill::Hatched,
            label: cx.w.hatched_forecast_or_computed.into(),
        }]);
        rows = bars.iter().map(|b| b.row.aria.clone()).collect();
        let mut c = cx.metrics();
        c.extend(cx.scale_controls(log));
        controls = c;
    }
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let summary = cx.summarise(cx.w.chart_generic, &title, rows.into_iter());
    Ok(View { title, summary, controls, scene: f.finish() })
}
