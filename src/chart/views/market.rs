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
use super::super::{labelled, verdict_word};
use super::{Ctx, View};
use crate::calc::cagr_pct;
use crate::error::{Error, Result};
use crate::model::{Basis, Currency, EntityKind, Figure, Period};
use crate::Lang;

const METRICS: [(&str, &str, &str); 2] = [("size", "市场规模", "Market size"), ("shares", "市场份额", "Market shares")];

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let m = cx.pick(&["size", "shares"])?;
    let market =
        cx.d.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Market)
            .find(|e| cx.d.find(&e.id, "market_size").is_some())
            .ok_or_else(|| Error::chart("the dataset has no market_size figures"))?;
    let mname = market.name.get(cx.lang).to_string();
    let mut f = Frame::new(width);
    let (title, rows, controls);
    if m == "size" {
        let log = cx.spec.scale == Some(ScaleKind::Log);
        title = match cx.lang {
            Lang::Zh => format!("{mname}规模(按收入)"),
            Lang::En => format!("Size of the {mname} (by revenue)"),
        };
        f.title(&title);
        let figs: Vec<&Figure> = cx.d.series(&market.id, "market_size").collect();
        let cur = figs.first().and_then(|x| x.currency).unwrap_or(Currency::Usd);
        f.lines(&format!("{}{}", cx.t("单位:", "In "), cur.code()), 12.0, Tone::Muted);
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
            let verdict = cx.verdict(&g.id).map_or("", |v| verdict_word(v, cx.lang));
            let span = format!(
                "{}–{}",
                cx.period_short(s0).replace(cx.t("(预测)", " (forecast)"), ""),
                cx.period_short(s1).replace(cx.t("(预测)", " (forecast)"), "")
            );
            let line = match cx.lang {
                Lang::Zh => format!(
                    "{span}年:年复合增长率{}(据原文规模计算),原文称{}{}——{verdict}",
                    percent(r, 1, false),
                    cx.show(g),
                    if g.basis == Basis::Forecast { "(预测)" } else { "" }
                ),
                Lang::En => format!(
                    "{span}: {} a year computed from the sizes; the article says {}{} — {verdict}",
                    percent(r, 1, false),
                    cx.show(g),
                    if g.basis == Basis::Forecast { " (forecast)" } else { "" }
                ),
            };
            f.lines(&line, 12.0, Tone::Ink);
        }
        rows = groups.iter().flat_map(|g| g.cols.iter()).map(|c| c.row.aria.clone()).collect::<Vec<_>>();
        let mut c = cx.metrics(&METRICS, m);
        c.extend(cx.scale_controls(log));
        controls = c;
    } else {
        let log = cx.spec.scale != Some(ScaleKind::Linear);
        title = match cx.lang {
            Lang::Zh => format!("{mname}份额"),
            Lang::En => format!("Shares of the {mname}"),
        };
        f.title(&title);
        f.lines(
            cx.scale_note(log, ("对数刻度:小份额也可见。", "Log scale, so that small shares stay visible.")),
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
                    format!("{} · {}", mk.name.get(cx.lang), cx.period(x))
                };
                let fill = if x.basis == Basis::Forecast { Fill::Hatched } else { Fill::Solid };
                bars.push(cx.bar(&who, &sub, x, x.value, cx.show(x), Tone::Series(i as u8), fill, Vec::new()));
                if mk.id == market.id && x.key.as_deref() == Some("nvidia_hisilicon") {
                    let rest = 100.0 - x.value;
                    let label = cx.t("其余参与者(计算)", "Everyone else (computed)").to_string();
                    let mut extra =
                        vec![labelled(cx.t("计算", "Computed"), &format!("100% − {}", cx.show(x)), cx.lang)];
                    if let Some(p) = cx.d.find(&mk.id, "market_players") {
                        extra.push(labelled(cx.t("规模化参与者", "Players at scale"), &cx.show(p), cx.lang));
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
                not_given: cx.not_given(),
            },
        );
        f.legend(&[Key {
            tone: Tone::Series(0),
            fill: Fill::Hatched,
            label: cx.t("斜线:预测或计算", "hatched: forecast or computed").into(),
        }]);
        rows = bars.iter().map(|b| b.row.aria.clone()).collect();
        let mut c = cx.metrics(&METRICS, m);
        c.extend(cx.scale_controls(log));
        controls = c;
    }
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let summary = cx.summarise(cx.t("图表", "Chart"), &title, rows.into_iter());
    Ok(View { title, summary, controls, scene: f.finish() })
}
