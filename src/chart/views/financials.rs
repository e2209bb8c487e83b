//! financials: Biren's periods FY2022–FY2024 and H1 2025 — revenue with gross margin on a
//! second axis, net loss, R&D expense with its share of operating expenses, and the
//! cumulative loss. The half year is hatched and labelled; "annualised" doubles it and
//! marks the result as an estimate.

use super::super::columns::{draw_columns, Col, Columns, Group};
use super::super::format::percent;
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::super::Control;
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::{sum, Mixing};
use crate::error::{Error, Result};
use crate::model::{Currency, Figure, PeriodKind};

pub const VIEW: ViewDef = ViewDef {
    id: "financials",
    name: |w| w.view_financials,
    metrics: &[
        MetricDef { id: "revenue", label: |w| w.m_revenue },
        MetricDef { id: "loss", label: |w| w.m_loss },
        MetricDef { id: "rnd", label: |w| w.m_rnd },
        MetricDef { id: "cumulative", label: |w| w.m_cumulative },
    ],
    available: |d| d.has("revenue") || d.has("net_loss"),
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let m = cx.metric();
    let c =
        cx.d.entities
            .iter()
            .map(|e| e.id.as_str())
            .find(|c| cx.d.find(c, "revenue").is_some() || cx.d.find(c, "net_loss").is_some())
            .ok_or_else(|| Error::chart("the dataset has no financial figures (revenue, net_loss)"))?;
    let name = cx.name(c);
    let (bar_metric, line_metric) = match m {
        "revenue" => ("revenue", Some("gross_margin")),
        "rnd" => ("rnd_expense", Some("rnd_share_of_opex")),
        _ => ("net_loss", None),
    };
    let figs: Vec<&Figure> = cx.d.series(c, bar_metric).collect();
    if figs.is_empty() {
        return Err(Error::chart(format!("the dataset has no {bar_metric} figures for {c}")));
    }
    let annualise = cx.spec.annualise && m != "cumulative";
    let mut cur = Currency::Cny;
    let mut running = 0.0;
    let mut groups = Vec::new();
    let mut half = false;
    for f in &figs {
        let own = f.currency.unwrap_or(Currency::Cny);
        let is_half = f.period_kind == PeriodKind::HalfYear;
        half |= is_half;
        running += f.value;
        let base = if m == "cumulative" { running } else { f.value };
        let a = cx.amount(base, own);
        cur = a.currency;
        let label = cx.metric_label(bar_metric);
        let mut col = cx.col(label, f, a.value, cx.money_short(a), Tone::Series(0));
        if m == "cumulative" {
            col.tooltip
                .lines
                .insert(0, cx.labelled(cx.w.running_total_computed, &cx.money(a)));
            col.row.value = cx.money(a);
            col.row.aria = cx.labelled(&col.row.item, &col.row.value);
        }
        let mut cols = vec![col];
        if m == "rnd" && cx.d.series(c, "rnd_employee_cost").next().is_some() {
            let label = cx.metric_label("rnd_employee_cost");
            cols.push(match cx.d.series(c, "rnd_employee_cost").find(|x| x.period == f.period) {
                Some(e) => {
                    let a = cx.amount(e.value, e.currency.unwrap_or(Currency::Cny));
                    cx.col(label, e, a.value, cx.money_short(a), Tone::Series(2))
                }
                None => cx.missing_col(
                    label,
                    f,
                    format!("{c}.rnd_employee_cost.{}", f.period),
                    Tone::Series(2),
                    cx.w.article_gives_no_rnd_employee,
                ),
            });
        }
        if annualise && is_half {
            let est = cx.amount(f.value * 2.0, own);
            let title = format!("{} · {}", cx.period(f), cx.w.annualised_estimate);
            let text = format!("~{}", cx.money_short(est));
            cols.push(Col {
                id: format!("{}.annualised", f.id),
                value: Some(est.value),
                text: text.clone(),
                tone: Tone::Series(3),
                fill: Fill::Hatched,
                tooltip: super::super::Tooltip {
                    title: title.clone(),
                    lines: vec![
                        cx.labelled(cx.w.estimate, &text),
                        cx.w.half_year_x_2_estimate
                        .into(),
                    ],
                    quote: f.quote.clone(),
                },
                row: cx.row(&cx.period(f), cx.w.annualised_estimate, &text, &cx.period(f)),
            });
        }
        let point = line_metric.and_then(|lm| cx.d.series(c, lm).find(|x| x.period == f.period)).map(|x| {
            let text = percent(x.value, 1, false);
            let lm_label = cx.metric_label(&x.metric);
            let mut p = cx.col(lm_label, x, x.value, text, Tone::Series(1));
            p.fill = if x.period_kind == PeriodKind::HalfYear { Fill::Hatched } else { Fill::Solid };
            p
        });
        groups.push(Group { label: cx.period_short(f), cols, point });
    }
    let metric_label = VIEW.metrics.iter().find(|x| x.id == m).map_or("", |x| (x.label)(cx.w));
    let title = (cx.w.named_title)(&name, metric_label);
    let mut f = Frame::new(width);
    f.title(&title);
    let unit_note = (cx.w.unit_note)(cur.code(), &cx.half_year_note(&figs).unwrap_or_default());
    f.lines(&unit_note, 12.0, Tone::Muted);
    let mut keys = cx.period_keys(Tone::Series(0), half, false);
    if m == "rnd" && cx.d.series(c, "rnd_employee_cost").next().is_some() {
        // two column series: say which is which
        let l = |id| cx.metric_label(id);
        for k in &mut keys {
            k.label = cx.labelled(l(bar_metric), &k.label);
        }
        if keys.is_empty() {
            keys.push(Key { tone: Tone::Series(0), fill: Fill::Solid, label: l(bar_metric).to_string() });
        }
        keys.push(Key { tone: Tone::Series(2), fill: Fill::Solid, label: l("rnd_employee_cost").to_string() });
    }
    if let Some(lm) = line_metric {
        let l = cx.metric_label(lm);
        keys.push(Key {
            tone: Tone::Series(1),
            fill: Fill::Solid,
            label: format!("{l}{}", cx.w.right_axis_line),
        });
    }
    if annualise {
        keys.push(Key {
            tone: Tone::Series(3),
            fill: Fill::Hatched,
            label: cx.w.annualised_estimate_not_article.into(),
        });
    }
    f.legend(&keys);
    let axis = cx.money_axis(cur);
    let pa = Ctx::percent_axis;
    draw_columns(
        &mut f,
        &Columns {
            groups: groups.clone(),
            scale: ScaleKind::Linear,
            axis: &axis,
            line_axis: line_metric.map(|_| &pa as &dyn Fn(f64) -> String),
            line_tone: Tone::Series(1),
        },
    );
    if m == "cumulative" {
        if let Ok(total) = sum(&figs, Mixing::Allow) {
            if total.mixed {
                f.lines(
                    cx.w.running_total_adds_half_year,
                    12.0,
                    Tone::Muted,
                );
            }
        }
        if let Some(stated) = cx.d.find(c, "cumulative_net_loss") {
            let verdict = cx.verdict_word(&stated.id);
            let line = format!(
                "{}{}{}",
                cx.labelled(cx.w.article_says_cumulative_loss, &cx.show(stated)),
                cx.w.dash,
                verdict
            );
            f.lines(&line, 12.0, Tone::Ink);
        }
    }
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let summary = cx.summarise(
        cx.w.column_chart,
        &title,
        groups.iter().flat_map(|g| g.cols.iter().chain(g.point.iter())).map(|c| c.row.aria.clone()),
    );
    let mut controls = cx.metrics();
    if half && m != "cumulative" {
        controls.push(Control {
            kind: "annualise".into(),
            id: "annualise".into(),
            label: cx.w.annualise_half_year_estimate.into(),
            selected: annualise,
        });
    }
    Ok(View { title, summary, controls, scene: f.finish() })
}
