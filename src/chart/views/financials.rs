//! financials: a company's periods (years, fiscal years to any month, half years,
//! quarters, nine months) — revenue with its gross margin, net loss, R&D expense with its
//! share of operating expenses, the cumulative loss, and the profit lines a profitable
//! company reports (net, operating and gross profit, EBITDA: below zero, a loss).
//! A percentage goes in a panel of its own under the money, on the same periods (never
//! on a second axis). A period shorter than a year is hatched and its length said under
//! the title; "annualised" doubles a half year and marks the result as an estimate.

use super::super::columns::{draw_columns, draw_panels, push_arias, Col, Columns, Group, Panel};
use super::super::format::{in_unit, label_unit, percent};
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::super::{Control, Tooltip};
use super::bound::{latest, MAX_PERIODS};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::{sum, Mixing};
use crate::error::{Error, Result};
use crate::model::{Currency, Figure, PeriodKind};

pub const VIEW: ViewDef = ViewDef {
    id: "financials",
    name: |w| w.view_financials,
    metrics: &[
        MetricDef { id: "revenue", label: |w, d| if d.has("gross_margin") { w.m_revenue } else { w.metric.revenue } },
        MetricDef { id: "loss", label: |w, _| w.m_loss },
        MetricDef { id: "rnd", label: |w, _| w.m_rnd },
        MetricDef { id: "cumulative", label: |w, _| w.m_cumulative },
        MetricDef { id: "net-profit", label: |w, _| w.metric.net_profit },
        MetricDef { id: "operating-profit", label: |w, _| w.metric.operating_profit },
        MetricDef { id: "gross-profit", label: |w, _| w.metric.gross_profit },
        MetricDef { id: "ebitda", label: |w, _| w.metric.ebitda },
    ],
    available: |d| super::fills_any(&VIEW, d),
    fills: |d, m| d.has(bar_metric(m)),
    build,
};

/// The dataset metric the columns of view metric `m` draw.
fn bar_metric(m: &str) -> &'static str {
    const TABLE: &[(&str, &str)] = &[
        ("revenue", "revenue"),
        ("rnd", "rnd_expense"),
        ("net-profit", "net_profit"),
        ("operating-profit", "operating_profit"),
        ("gross-profit", "gross_profit"),
        ("ebitda", "ebitda"),
    ];
    super::lookup(TABLE, m).unwrap_or("net_loss")
}

/// The part of R&D expense spent on staff: a second column series beside it.
const EMPLOYEES: &str = "rnd_employee_cost";

/// What the chosen metric draws, for company `c`.
struct Plan<'a> {
    c: &'a str,
    /// The columns' metric.
    bar: &'static str,
    /// The percentage drawn in a panel under the columns, if any.
    share: Option<&'static str>,
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
        let bar = bar_metric(m);
        let share = match m {
            "revenue" => Some("gross_margin"),
            "rnd" => Some("rnd_share_of_opex"),
            _ => None,
        };
        Plan {
            c,
            bar,
            share,
            cumulative: m == "cumulative",
            annualise: cx.spec.annualise && m != "cumulative",
            employees: m == "rnd" && !cx.d.series(c, EMPLOYEES).is_empty(),
        }
    }
}

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    // the first company with the chosen metric, else the first with any
    let (mut chosen, mut any) = (None, None);
    for e in &cx.d.entities {
        let c = e.id.as_str();
        if chosen.is_none() && cx.find(c, bar_metric(cx.metric())).is_some() {
            chosen = Some(c);
        }
        if any.is_none() && VIEW.metrics.iter().any(|m| cx.find(c, bar_metric(m.id)).is_some()) {
            any = Some(c);
        }
    }
    let c = chosen
        .or(any)
        .ok_or_else(|| Error::chart("the dataset has no financial figures (revenue, profit or loss, R&D)"))?;
    let name = cx.name(c);
    let p = Plan::of(cx, c);
    let all = cx.d.series(c, p.bar);
    if p.cumulative {
        no_overlap(cx, &all)?;
    }
    // the latest periods, up to the most a column chart draws; a running total still
    // counts from the first
    let (figs, left) = latest(&all, MAX_PERIODS);
    // from -0.0, as `Iterator::sum` of f64 starts
    let mut earlier = -0.0;
    for f in &all[..left] {
        earlier += f.value;
    }
    let mut groups = Vec::new();
    let cur = period_groups(cx, &p, figs, earlier, &mut groups)?;
    if !p.cumulative {
        rules(figs, &mut groups);
    }
    let unit = one_unit(cx, &mut groups);
    // (no groups where there is no share: the rules and the rows then add nothing)
    let mut shares = Vec::new();
    let share = share_groups(cx, &p, figs, &mut shares);
    rules(figs, &mut shares);
    let half = figs.iter().any(|f| f.period_kind == PeriodKind::HalfYear);
    let negative = figs.iter().any(|f| f.value < 0.0) && !p.cumulative;
    let metric = cx.metric_name();
    // "revenue and margin" only where the story gives a margin
    let metric = if share.is_none() && p.share.is_some() { cx.metric_label(p.bar) } else { metric };
    let title = cx.w.named_title(&name, metric);
    let mut note = cx.part_year_note(figs).unwrap_or_default();
    if negative {
        // sentences follow each other with a space in English, without one in Chinese
        let sep = if note.is_empty() || note.ends_with('。') { "" } else { " " };
        note = crate::join(&[&note, sep, cx.w.below_zero_is_loss], "");
    }
    let unit_note = cx.w.unit_note(&(cx.w.money)(unit, cur), &note);
    let mut f = cx.frame(width, &title, &unit_note, 0.0);
    f.legend(&legend(cx, &p, figs, share.is_some()));
    let mut rows = Vec::new();
    push_arias(&mut rows, &groups);
    push_arias(&mut rows, &shares);
    let axis = cx.money_axis(cur);
    let money = Columns { groups: &groups, axis: &axis };
    match share {
        Some(metric) => {
            let percent = Columns { groups: &shares, axis: &Ctx::percent_axis };
            let panels = [
                Panel { heading: cx.metric_label(p.bar), columns: &money, height: 1.0 },
                Panel { heading: cx.metric_label(metric), columns: &percent, height: 0.45 },
            ];
            draw_panels(&mut f, &panels);
        }
        None => draw_columns(&mut f, &money),
    }
    cx.more(&mut f, left, all.len(), &mut rows);
    if p.cumulative {
        cumulative_footer(cx, &mut f, c, &all);
    }
    if p.annualise && half {
        if let Some(s) = seasonal(cx, c) {
            f.lines(&s, 12.0, Tone::Alert);
        }
    }
    cx.finish(f, title, cx.w.column_chart, rows, controls(cx, &p, half))
}

/// A rule before each group whose period is of another length than the one before it
/// (not for a running total, whose columns all end somewhere in one span): nine months
/// after three quarters must not read as a fourth quarter.
fn rules(figs: &[&Figure], groups: &mut [Group]) {
    let months = |f: &Figure| crate::model::Period::parse(&f.period).ok().and_then(|p| p.months());
    for (i, g) in groups.iter_mut().enumerate().skip(1) {
        g.rule_before = figs.get(i).map(|f| months(f)) != figs.get(i - 1).map(|f| months(f));
    }
}

/// A running total adds each period once: a half year beside the full year that holds
/// it would be counted twice (7.9bn against the story's 6.3bn). Refused, naming both.
fn no_overlap(cx: &Ctx, figs: &[&Figure]) -> Result<()> {
    use crate::model::Period;
    let at = |f: &Figure| {
        let i = cx.d.figures.iter().position(|g| std::ptr::eq(g, f)).unwrap_or(0);
        format!("{} (figures[{i}])", f.period)
    };
    let mut periods: Vec<Option<Period>> = Vec::with_capacity(figs.len());
    for f in figs {
        periods.push(Period::parse(&f.period).ok());
    }
    let Some(i) = first_overlap(&periods) else { return Ok(()) };
    let pa = periods[i].as_ref().expect("an overlapping period is read");
    // the first earlier one it overlaps, as comparing it with each in turn finds
    let mut b = None;
    for (f, pb) in figs[..i].iter().zip(&periods[..i]) {
        if pb.as_ref().is_some_and(|pb| crate::calc::overlaps(pa, pb)) {
            b = Some(*f);
            break;
        }
    }
    let b = b.expect("an earlier period it overlaps");
    Err(Error::chart(format!(
        "a running total cannot add {} to {}: the periods overlap, so it would count the same months twice; draw the figures by period, or remove one",
        at(figs[i]),
        at(b)
    )))
}

/// The first of `periods` (in order) that overlaps an earlier one, as `calc::overlaps`
/// tells, found by a search each ([`crate::calc::Disjoint`]), not pair by pair.
fn first_overlap(periods: &[Option<crate::model::Period>]) -> Option<usize> {
    let mut added = crate::calc::Disjoint::default();
    periods.iter().position(|p| p.as_ref().is_some_and(|p| added.clashes(p)))
}

/// One column group per period of `figs`, put on `groups`, and the currency they are
/// drawn in (the reader's where a rate allows, else the figures' own).
fn period_groups<'d>(
    cx: &Ctx<'d>,
    p: &Plan,
    figs: &[&'d Figure],
    earlier: f64,
    groups: &mut Vec<Group>,
) -> Result<Currency> {
    if figs.is_empty() {
        return Err(Error::chart(format!("the dataset has no {} figures for {}", p.bar, p.c)));
    }
    // validation gives every money figure a currency; a figure without one would take its series'
    let series = figs.iter().find_map(|f| f.currency);
    let series = series.ok_or_else(|| Error::chart(format!("the {} figures for {} have no currency", p.bar, p.c)))?;
    let (mut cur, mut running) = (series, earlier);
    for f in figs {
        running += f.value;
        cur = period_group(cx, p, f, f.currency.unwrap_or(series), running, groups);
    }
    Ok(cur)
}

/// Every column label of the chart in one unit (the scale of the largest), without the
/// currency (the subtitle names it), at the precision the source printed each figure
/// with; an estimate or a converted amount is marked ≈.
fn one_unit(cx: &Ctx, groups: &mut [Group]) -> &'static str {
    let mut max = 0.0_f64;
    for g in groups.iter() {
        for c in &g.cols {
            max = max.max(c.value.map_or(0.0, f64::abs));
        }
    }
    let unit = label_unit(max, cx.lang);
    // (nested loops, not `flat_map`)
    for g in groups.iter_mut() {
        for col in g.cols.iter_mut() {
            let Some(v) = col.value else { continue };
            // an estimate's id extends its figure's; a running total keeps its last figure's digit
            // (the longest such id, the last of equals)
            let mut fig: Option<&Figure> = None;
            for f in &cx.d.figures {
                if col.id.starts_with(&f.id) && fig.map_or(true, |b| f.id.len() >= b.id.len()) {
                    fig = Some(f);
                }
            }
            let last = fig.and_then(|f| f.as_written.as_deref()).and_then(crate::model::read_written).map(|w| w.last_digit);
            let approx = col.text.starts_with('≈') || col.text.starts_with('~');
            // a loss below the zero line, with a true minus sign
            let text = in_unit(v, unit, cx.lang, last).replacen('-', "\u{2212}", 1);
            col.text = super::super::format::cat(if approx { "≈" } else { "" }, &text);
        }
    }
    unit.1
}

/// The columns of period `f` (in currency `own`; `running` is the total up to it), put
/// on `groups`: the metric, its employee-cost part, its annualised estimate. Returns the
/// currency they are drawn in.
fn period_group<'d>(
    cx: &Ctx<'d>,
    p: &Plan,
    f: &'d Figure,
    own: Currency,
    running: f64,
    groups: &mut Vec<Group>,
) -> Currency {
    let a = cx.amount(if p.cumulative { running } else { f.value }, own);
    let mut col = cx.col(cx.metric_label(p.bar), f, a.value, cx.money_short(a), Tone::Story);
    if a.value < 0.0 {
        let loss = cx.money(super::ctx::Amount { value: -a.value, ..a });
        col.tooltip.lines.insert(1, cx.w.a_loss(&loss));
    }
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
    groups.push(Group { label: cx.period_short(f), cols, rule_before: false });
    a.currency
}

/// The percentage panel: the plan's share metric in each period of `figs` ("not given"
/// where the source has none), put on `groups`; returns the metric, or nothing (and no
/// groups) if the source gives it for no period.
fn share_groups(cx: &Ctx, p: &Plan, figs: &[&Figure], groups: &mut Vec<Group>) -> Option<&'static str> {
    let metric = p.share?;
    let given = cx.d.series(p.c, metric);
    given.first()?;
    let label = cx.metric_label(metric);
    for f in figs {
        let col = match given.iter().find(|x| x.period == f.period) {
            Some(x) => cx.col(label, x, x.value, percent(x.value, 1, false), Tone::Story),
            None => {
                let id = crate::join(&[p.c, metric, &f.period], ".");
                cx.missing_col(label, f, id, Tone::Story, cx.w.not_given)
            }
        };
        groups.push(cx.one_col(f, col));
    }
    Some(metric)
}

/// The employee-cost part of the R&D expense `f`, or "not given" where the source gives
/// none for its period.
fn employee_col(cx: &Ctx, p: &Plan, f: &Figure, own: Currency) -> Col {
    let label = cx.metric_label(EMPLOYEES);
    let mut found = None;
    for &x in &cx.d.series(p.c, EMPLOYEES) {
        if x.period == f.period {
            found = Some(x);
            break;
        }
    }
    match found {
        Some(e) => {
            let a = cx.amount(e.value, e.currency.unwrap_or(own));
            cx.col(label, e, a.value, cx.money_short(a), Tone::Series(2))
        }
        None => {
            let id = crate::join(&[p.c, EMPLOYEES, &f.period], ".");
            cx.missing_col(label, f, id, Tone::Series(2), cx.w.article_gives_no_rnd_employee)
        }
    }
}

/// The half year `f` doubled: an estimate of the chart's own, hatched and said to be one.
fn annualised_col(cx: &Ctx, f: &Figure, own: Currency) -> Col {
    let est = cx.amount(f.value * 2.0, own);
    let title = super::dot(&cx.period(f), cx.w.annualised_estimate);
    let text = super::super::format::cat("~", &cx.money_short(est));
    let mut lines = vec![cx.labelled(cx.w.estimate, &text), cx.w.half_year_x_2_estimate.into()];
    if let Some(s) = seasonal(cx, &f.entity) {
        lines.push(s);
    }
    Col {
        id: super::super::format::cat(&f.id, ".annualised"),
        value: Some(est.value),
        text: super::super::format::cat("~", &cx.money_short(est)),
        tone: Tone::Series(3),
        fill: Fill::Hatched,
        tooltip: Tooltip { title, lines, details: Vec::new(), quote: f.quote.clone() },
        row: cx.row(&cx.period(f), cx.w.annualised_estimate, &text, &cx.period(f)),
    }
}

/// What the story says about the company's sales by half year (a fact of topic "sales"),
/// as the caveat of any annualised estimate: doubling a half year misleads for a
/// business whose second half sells more.
fn seasonal(cx: &Ctx, entity: &str) -> Option<String> {
    let fact = cx.d.facts.iter().find(|x| x.entity == entity && x.topic == "sales")?;
    Some(cx.labelled(cx.w.seasonal_caveat, cx.text(&fact.text)))
}

/// The legend: full and half years (in grey where the chart has several colours: the
/// hatching means a half year in every panel), which column series is which, the
/// estimate. The panels' headings name the panels.
fn legend(cx: &Ctx, p: &Plan, figs: &[&Figure], panels: bool) -> Vec<Key> {
    let key = |tone, fill, label: &str| Key { tone, fill, label: label.into() };
    let several = panels || p.employees || p.annualise;
    let mut keys = cx.part_keys(if several { Tone::Muted } else { Tone::Story }, figs);
    if p.employees {
        keys.push(key(Tone::Story, Fill::Solid, cx.metric_label(p.bar)));
        keys.push(key(Tone::Series(2), Fill::Solid, cx.metric_label(EMPLOYEES)));
    }
    if p.annualise {
        keys.push(key(Tone::Series(3), Fill::Hatched, cx.w.annualised_estimate_not_article));
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
        f.lines(&crate::join(&[&says, cx.w.dash, cx.verdict_word(&stated.id)], ""), 12.0, Tone::Ink);
    }
}

/// The metric switch, and the annualise toggle where there is a half year to double.
fn controls(cx: &Ctx, p: &Plan, half: bool) -> Vec<Control> {
    let mut controls = cx.metrics();
    if half && !p.cumulative {
        controls.push(Control::new("annualise", "annualise", cx.w.annualise_half_year_estimate, p.annualise));
    }
    controls
}

#[cfg(test)]
mod tests {
    use super::first_overlap;
    use crate::model::Period;

    /// The search finds the period that comparing each with every earlier one finds
    /// first: for years, halves, quarters, nine months, months to any month and dates, in
    /// any order.
    #[test]
    fn first_overlap_is_what_comparing_every_pair_finds() {
        let pool: Vec<Option<Period>> = (2020..2024)
            .flat_map(|y| {
                [
                    format!("FY{y}"),
                    format!("H1-{y}"),
                    format!("H2-{y}"),
                    format!("9M-{y}"),
                    format!("Q1-{y}"),
                    format!("Q3-{y}"),
                    format!("3M-{y}-05"),
                    format!("FY{y}-03"),
                    format!("{y}-06-30"),
                    "junk".to_string(),
                ]
            })
            .map(|p| Period::parse(&p).ok())
            .collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let (mut found, mut none) = (0, 0);
        for round in 0..4000 {
            let periods: Vec<Option<Period>> = (0..1 + next(10)).map(|_| pool[next(pool.len())].clone()).collect();
            let pairwise = (0..periods.len()).find(|&i| {
                periods[i].as_ref().is_some_and(|a| {
                    periods[..i].iter().flatten().any(|b| crate::calc::overlaps(a, b))
                })
            });
            assert_eq!(first_overlap(&periods), pairwise, "round {round}: {periods:?}");
            if pairwise.is_some() {
                found += 1;
            } else {
                none += 1;
            }
        }
        assert!(found > 500 && none > 500, "{found} with an overlap, {none} without");
    }
}
