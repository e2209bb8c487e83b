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
use super::super::{Control, Tooltip};
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

/// The part of R&D expense spent on staff: a second column series beside it.
const EMPLOYEES: &str = "rnd_employee_cost";

/// What the chosen metric draws, for company `c`.
struct Plan<'a> {
    c: &'a str,
    /// The columns' metric.
    bar: &'static str,
    /// The metric drawn as a line on the second (percent) axis, if any.
    line: Option<&'static str>,
    /// The running total of `bar` instead of each period's value.
    cumulative: bool,
    /// Half years doubled beside themselves, as a marked estimate.
    annualise: bool,
    /// R&D expense with its employee-cost part beside it (two column series).
    employees: bool,
}

impl<'a> Plan<'a> {
    fn of(cx: &Ctx, c: &'a str) -> Plan<'a> {
        let m = cx.metric();
        let (bar, line) = match m {
            "revenue" => ("revenue", Some("gross_margin")),
            "rnd" => ("rnd_expense", Some("rnd_share_of_opex")),
            _ => ("net_loss", None),
        };
        Plan {
            c,
            bar,
            line,
            cumulative: m == "cumulative",
            annualise: cx.spec.annualise && m != "cumulative",
            employees: m == "rnd" && cx.d.series(c, EMPLOYEES).next().is_some(),
        }
    }
}

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let c =
        cx.d.entities
            .iter()
            .map(|e| e.id.as_str())
            .find(|c| cx.d.find(c, "revenue").is_some() || cx.d.find(c, "net_loss").is_some())
            .ok_or_else(|| Error::chart("the dataset has no financial figures (revenue, net_loss)"))?;
    let name = cx.name(c);
    let p = Plan::of(cx, c);
    let figs: Vec<&Figure> = cx.d.series(c, p.bar).collect();
    let (groups, cur) = period_groups(cx, &p, &figs)?;
    let half = figs.iter().any(|f| f.period_kind == PeriodKind::HalfYear);
    let metric = VIEW.metrics.iter().find(|x| x.id == cx.metric()).map_or("", |x| (x.label)(cx.w));
    let title = (cx.w.named_title)(&name, metric);
    let unit_note = (cx.w.unit_note)(cur.code(), &cx.half_year_note(&figs).unwrap_or_default());
    let mut f = cx.frame(width, &title, &unit_note, 0.0);
    f.legend(&legend(cx, &p, half));
    let marks = groups.iter().flat_map(|g| g.cols.iter().chain(g.point.iter()));
    let summary = cx.summarise(cx.w.column_chart, &title, marks.map(|c| c.row.aria.clone()));
    let axis = cx.money_axis(cur);
    let line_axis = Ctx::percent_axis;
    let line_axis = p.line.map(|_| &line_axis as &dyn Fn(f64) -> String);
    draw_columns(
        &mut f,
        &Columns { groups, scale: ScaleKind::Linear, axis: &axis, line_axis, line_tone: Tone::Series(1) },
    );
    if p.cumulative {
        cumulative_footer(cx, &mut f, c, &figs);
    }
    Ok(cx.finish(f, title, summary, controls(cx, &p, half)))
}

/// One column group per period of `figs`, and the currency they are drawn in (the
/// reader's where a rate allows, else the figures' own).
fn period_groups(cx: &Ctx, p: &Plan, figs: &[&Figure]) -> Result<(Vec<Group>, Currency)> {
    if figs.is_empty() {
        return Err(Error::chart(format!("the dataset has no {} figures for {}", p.bar, p.c)));
    }
    // validation gives every money figure a currency; a figure without one would take its series'
    let series = figs.iter().find_map(|f| f.currency);
    let series = series.ok_or_else(|| Error::chart(format!("the {} figures for {} have no currency", p.bar, p.c)))?;
    let (mut cur, mut running, mut groups) = (series, 0.0, Vec::new());
    for f in figs {
        running += f.value;
        let (group, drawn) = period_group(cx, p, f, f.currency.unwrap_or(series), running);
        groups.push(group);
        cur = drawn;
    }
    Ok((groups, cur))
}

/// The columns of period `f` (in currency `own`; `running` is the total up to it) — the
/// metric, its employee-cost part, its annualised estimate — and the line's point.
fn period_group(cx: &Ctx, p: &Plan, f: &Figure, own: Currency, running: f64) -> (Group, Currency) {
    let a = cx.amount(if p.cumulative { running } else { f.value }, own);
    let mut col = cx.col(cx.metric_label(p.bar), f, a.value, cx.money_short(a), Tone::Series(0));
    if p.cumulative {
        col.tooltip.lines.insert(0, cx.labelled(cx.w.running_total_computed, &cx.money(a)));
        col.row.value = cx.money(a);
        col.row.aria = cx.labelled(&col.row.item, &col.row.value);
    }
    let mut cols = vec![col];
    if p.employees {
        cols.push(employee_col(cx, p, f, own));
    }
    if p.annualise && f.period_kind == PeriodKind::HalfYear {
        cols.push(annualised_col(cx, f, own));
    }
    let point = p.line.and_then(|lm| cx.d.series(p.c, lm).find(|x| x.period == f.period)).map(|x| line_point(cx, x));
    (Group { label: cx.period_short(f), cols, point }, a.currency)
}

/// The employee-cost part of the R&D expense `f`, or "not given" where the source gives
/// none for its period.
fn employee_col(cx: &Ctx, p: &Plan, f: &Figure, own: Currency) -> Col {
    let label = cx.metric_label(EMPLOYEES);
    match cx.d.series(p.c, EMPLOYEES).find(|x| x.period == f.period) {
        Some(e) => {
            let a = cx.amount(e.value, e.currency.unwrap_or(own));
            cx.col(label, e, a.value, cx.money_short(a), Tone::Series(2))
        }
        None => {
            let id = format!("{}.{EMPLOYEES}.{}", p.c, f.period);
            cx.missing_col(label, f, id, Tone::Series(2), cx.w.article_gives_no_rnd_employee)
        }
    }
}

/// The half year `f` doubled: an estimate of the chart's own, hatched and said to be one.
fn annualised_col(cx: &Ctx, f: &Figure, own: Currency) -> Col {
    let est = cx.amount(f.value * 2.0, own);
    let title = format!("{} · {}", cx.period(f), cx.w.annualised_estimate);
    let text = format!("~{}", cx.money_short(est));
    let lines = vec![cx.labelled(cx.w.estimate, &text), cx.w.half_year_x_2_estimate.into()];
    Col {
        id: format!("{}.annualised", f.id),
        value: Some(est.value),
        text: text.clone(),
        tone: Tone::Series(3),
        fill: Fill::Hatched,
        tooltip: Tooltip { title, lines, details: Vec::new(), quote: f.quote.clone() },
        row: cx.row(&cx.period(f), cx.w.annualised_estimate, &text, &cx.period(f)),
    }
}

/// A point of the percent line (gross margin, R&D share): hatched for a half year.
fn line_point(cx: &Ctx, x: &Figure) -> Col {
    let mut p = cx.col(cx.metric_label(&x.metric), x, x.value, percent(x.value, 1, false), Tone::Series(1));
    p.fill = if x.period_kind == PeriodKind::HalfYear { Fill::Hatched } else { Fill::Solid };
    p
}

/// The legend: full and half years, which column series is which, the line, the estimate.
fn legend(cx: &Ctx, p: &Plan, half: bool) -> Vec<Key> {
    let key = |tone, fill, label: String| Key { tone, fill, label };
    let mut keys = cx.period_keys(Tone::Series(0), half, false);
    if p.employees {
        // two column series: say which is which
        let bar = cx.metric_label(p.bar);
        for k in &mut keys {
            k.label = cx.labelled(bar, &k.label);
        }
        if keys.is_empty() {
            keys.push(key(Tone::Series(0), Fill::Solid, bar.to_string()));
        }
        keys.push(key(Tone::Series(2), Fill::Solid, cx.metric_label(EMPLOYEES).to_string()));
    }
    if let Some(lm) = p.line {
        keys.push(key(Tone::Series(1), Fill::Solid, format!("{}{}", cx.metric_label(lm), cx.w.right_axis_line)));
    }
    if p.annualise {
        keys.push(key(Tone::Series(3), Fill::Hatched, cx.w.annualised_estimate_not_article.into()));
    }
    keys
}

/// Under the running total: whether it adds a half year to full years, and the total the
/// article states with the check's verdict.
fn cumulative_footer(cx: &Ctx, f: &mut Frame, c: &str, figs: &[&Figure]) {
    if sum(figs, Mixing::Allow).is_ok_and(|total| total.mixed) {
        f.lines(cx.w.running_total_adds_half_year, 12.0, Tone::Muted);
    }
    if let Some(stated) = cx.d.find(c, "cumulative_net_loss") {
        let says = cx.labelled(cx.w.article_says_cumulative_loss, &cx.show(stated));
        f.lines(&format!("{says}{}{}", cx.w.dash, cx.verdict_word(&stated.id)), 12.0, Tone::Ink);
    }
}

/// The metric switch, and the annualise toggle where there is a half year to double.
fn controls(cx: &Ctx, p: &Plan, half: bool) -> Vec<Control> {
    let mut controls = cx.metrics();
    if half && !p.cumulative {
        controls.push(Control {
            kind: "annualise".into(),
            id: "annualise".into(),
            label: cx.w.annualise_half_year_estimate.into(),
            selected: p.annualise,
        });
    }
    controls
}
