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
use super::super::{labelled, Control};
use super::{Ctx, View};
use crate::calc::{sum, Mixing};
use crate::error::{Error, Result};
use crate::model::{Currency, Figure, PeriodKind};
use crate::Lang;

const METRICS: [(&str, &str, &str); 4] = [
    ("revenue", "收入与毛利率", "Revenue and margin"),
    ("loss", "亏损", "Net loss"),
    ("rnd", "研发开支", "R&D"),
    ("cumulative", "累计亏损", "Cumulative loss"),
];

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let m = cx.pick(&["revenue", "loss", "rnd", "cumulative"])?;
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
        let label = crate::model::metric(bar_metric).map_or(bar_metric, |x| cx.t(x.zh, x.en));
        let mut col = cx.col(label, f, a.value, cx.money_short(a), Tone::Series(0));
        if m == "cumulative" {
            col.tooltip
                .lines
                .insert(0, labelled(cx.t("累计至此(计算)", "Running total (computed)"), &cx.money(a), cx.lang));
            col.row.value = cx.money(a);
            col.row.aria = labelled(&col.row.item, &col.row.value, cx.lang);
        }
        let mut cols = vec![col];
        if m == "rnd" && cx.d.series(c, "rnd_employee_cost").next().is_some() {
            let label = crate::model::metric("rnd_employee_cost").map_or("", |x| cx.t(x.zh, x.en));
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
                    cx.t("原文未给出该期的研发雇员成本", "The article gives no R&D employee cost for this period"),
                ),
            });
        }
        if annualise && is_half {
            let est = cx.amount(f.value * 2.0, own);
            let title = format!("{} · {}", cx.period(f), cx.t("年化估算", "annualised estimate"));
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
                        labelled(cx.t("估算", "Estimate"), &text, cx.lang),
                        cx.t(
                            "半年数据 × 2,仅为估算,并非原文数据",
                            "the half year × 2: an estimate, not a figure from the article",
                        )
                        .into(),
                    ],
                    quote: f.quote.clone(),
                },
                row: cx.row(&cx.period(f), cx.t("年化估算", "annualised estimate"), &text, &cx.period(f)),
            });
        }
        let point = line_metric.and_then(|lm| cx.d.series(c, lm).find(|x| x.period == f.period)).map(|x| {
            let text = percent(x.value, 1, false);
            let lm_label = crate::model::metric(&x.metric).map_or("", |mm| cx.t(mm.zh, mm.en));
            let mut p = cx.col(lm_label, x, x.value, text, Tone::Series(1));
            p.fill = if x.period_kind == PeriodKind::HalfYear { Fill::Hatched } else { Fill::Solid };
            p
        });
        groups.push(Group { label: cx.period_short(f), cols, point });
    }
    let metric_label = METRICS.iter().find(|x| x.0 == m).map_or("", |x| cx.t(x.1, x.2));
    let title = match cx.lang {
        Lang::Zh => format!("{name}:{metric_label}"),
        Lang::En => format!("{name}: {}", super::lower_first(metric_label)),
    };
    let mut f = Frame::new(width);
    f.title(&title);
    let unit_note = match cx.lang {
        Lang::Zh => format!("单位:{}。{}", cur.code(), cx.half_year_note(&figs).unwrap_or_default()),
        Lang::En => format!("In {}. {}", cur.code(), cx.half_year_note(&figs).unwrap_or_default()),
    };
    f.lines(&unit_note, 12.0, Tone::Muted);
    let mut keys = cx.period_keys(Tone::Series(0), half, false);
    if m == "rnd" && cx.d.series(c, "rnd_employee_cost").next().is_some() {
        // two column series: say which is which
        let l = |id: &str| crate::model::metric(id).map_or("", |x| cx.t(x.zh, x.en));
        for k in &mut keys {
            k.label = labelled(l(bar_metric), &k.label, cx.lang);
        }
        if keys.is_empty() {
            keys.push(Key { tone: Tone::Series(0), fill: Fill::Solid, label: l(bar_metric).to_string() });
        }
        keys.push(Key { tone: Tone::Series(2), fill: Fill::Solid, label: l("rnd_employee_cost").to_string() });
    }
    if let Some(lm) = line_metric {
        let l = crate::model::metric(lm).map_or(lm, |x| cx.t(x.zh, x.en));
        keys.push(Key {
            tone: Tone::Series(1),
            fill: Fill::Solid,
            label: format!("{l}{}", cx.t("(右轴,折线)", " (right axis, line)")),
        });
    }
    if annualise {
        keys.push(Key {
            tone: Tone::Series(3),
            fill: Fill::Hatched,
            label: cx.t("年化估算(非原文数据)", "annualised estimate (not in the article)").into(),
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
                    cx.t("累计数把半年数据与整年数据相加。", "The running total adds a half year to full years."),
                    12.0,
                    Tone::Muted,
                );
            }
        }
        if let Some(stated) = cx.d.find(c, "cumulative_net_loss") {
            let verdict = cx.verdict(&stated.id).map(|v| super::super::verdict_word(v, cx.lang)).unwrap_or("");
            let line = format!(
                "{}{}{}",
                labelled(cx.t("原文称累计亏损", "The article says the cumulative loss is"), &cx.show(stated), cx.lang),
                cx.t("——", " — "),
                verdict
            );
            f.lines(&line, 12.0, Tone::Ink);
        }
    }
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let summary = cx.summarise(
        cx.t("柱状图", "Column chart"),
        &title,
        groups.iter().flat_map(|g| g.cols.iter().chain(g.point.iter())).map(|c| c.row.aria.clone()),
    );
    let mut controls = cx.metrics(&METRICS, m);
    if half && m != "cumulative" {
        controls.push(Control {
            kind: "annualise".into(),
            id: "annualise".into(),
            label: cx.t("半年数据年化(估算)", "Annualise the half year (estimate)").into(),
            selected: annualise,
        });
    }
    Ok(View { title, summary, controls, scene: f.finish() })
}
