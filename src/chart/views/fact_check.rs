//! fact-check: every derived figure the story states next to the core's recomputation
//! from the story's own inputs, with a verdict and both values.

use super::super::checks::{draw_checks, push_arias, CheckLine};
use super::super::format::{money, number, percent, scaled, value};
use super::super::frame::LABEL_LINES;
use super::super::theme::Tone;
use super::super::Tooltip;
use super::bound::MAX_ROWS;
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::{Check, CheckKind, Interval, Verdict};
use crate::error::Result;
use crate::model::Unit;
use crate::Lang;

pub const VIEW: ViewDef = ViewDef {
    id: "fact-check",
    name: |w| w.view_fact_check,
    metrics: &[MetricDef { id: "all", label: |w, _| w.view_fact_check }],
    available: |_| true,
    fills: super::every_metric,
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let title = cx.w.fact_check_title.to_string();
    let checks = distinct(cx);
    let mut bad = 0;
    for c in &checks {
        bad += usize::from(c.verdict == Verdict::Inconsistent);
    }
    let mut f = cx.frame(width, &title, &cx.w.checks_intro(checks.len(), bad), 8.0);
    f.text_list = cx.spec.text_list;
    // contradictions first, then the doubtful, then the rest, each in their order (a
    // pass per verdict: no sort compiled for this); the first of them drawn
    let mut sorted = Vec::with_capacity(checks.len());
    for &v in &[Verdict::Inconsistent, Verdict::ConsistentIfTruncated, Verdict::Consistent] {
        for c in &checks {
            if c.verdict == v {
                sorted.push(*c);
            }
        }
    }
    let mut checks = sorted;
    let total = checks.len();
    checks.truncate(MAX_ROWS);
    let mut lines = Vec::new();
    for c in &checks {
        line(cx, c, &mut lines);
    }
    draw_checks(&mut f, &lines);
    let mut rows = Vec::new();
    push_arias(&mut rows, &lines);
    cx.more(&mut f, total - checks.len(), total, &mut rows);
    f.gap(4.0);
    cx.finish(f, title, cx.w.check_list, rows, Vec::new())
}

/// The checks, each once: a figure the article prints twice is checked twice the same
/// way, and a reader needs one row for it.
fn distinct<'c>(cx: &'c Ctx) -> Vec<&'c Check> {
    // (the keys made first, then looked up as `&str`s: no set of `String`s compiled)
    let (mut keys, mut of) = (Vec::new(), Vec::new());
    for c in cx.checks {
        let Some(fig) = cx.figure(&c.figure) else { continue };
        // 0 and −0 are one value
        let value = if fig.value == 0.0 { 0 } else { fig.value.to_bits() };
        // the key as one text, each part after its length (a set of this tuple was a copy
        // of its own)
        let mut key = String::new();
        for &part in &[&fig.entity, &fig.metric, &fig.period] {
            key.push_str(&(part.len() as u64).to_string());
            key.push(':');
            key.push_str(part);
        }
        key.push_str(&(c.kind as u64).to_string());
        key.push(':');
        key.push_str(&(c.verdict as u64).to_string());
        key.push(':');
        key.push_str(&value.to_string());
        keys.push(key);
        of.push(c);
    }
    let mut seen = crate::hash::HashSet::new();
    let mut out: Vec<&Check> = Vec::new();
    for (key, &c) in keys.iter().zip(&of) {
        if seen.insert(key.as_str()) {
            out.push(c);
        }
    }
    out
}

/// One check as a reader reads it: who, what and when; the article's figure against
/// what its own inputs give, in plain words; the verdict. The ranges behind the verdict
/// are in the tooltip's details. Put on `lines` (nothing where the figure is not found).
fn line(cx: &Ctx, c: &Check, lines: &mut Vec<CheckLine>) {
    let Some(fig) = cx.figure(&c.figure) else { return };
    let show = |iv: Interval| range(iv, fig.unit, cx.lang);
    let title = crate::join(&[&cx.name(&fig.entity), " · ", cx.metric_label(&fig.metric), &cx.aside(&cx.period(fig))], "");
    let sentence = sentence(cx, c, fig);
    let verdict = (cx.w.verdict)(c.verdict);
    let (tone, badge) = match c.verdict {
        Verdict::Consistent => (Tone::Good, "✓"),
        Verdict::ConsistentIfTruncated => (Tone::Series(3), "≈"),
        Verdict::Inconsistent => (Tone::Alert, "✗"),
    };
    let ranges = cx.w.check_ranges(&show(c.stated), &show(c.recomputed));
    let tooltip = Tooltip {
        title: title.clone(),
        lines: vec![sentence.clone(), verdict.to_string()],
        details: vec![ranges],
        quote: fig.quote.clone(),
    };
    lines.push(CheckLine {
        id: c.figure.clone(),
        tone,
        badge: badge.into(),
        title: title.clone(),
        title_lines: LABEL_LINES,
        detail: vec![sentence.clone(), verdict.to_string()],
        tooltip,
        row: cx.row(&title, verdict, &sentence, &cx.period(fig)),
    });
}

/// A check in plain words: what the article says against what its own inputs give.
pub(super) fn sentence<'d>(cx: &Ctx<'d>, c: &Check, fig: &'d crate::model::Figure) -> String {
    let mut inputs: Vec<&crate::model::Figure> = Vec::new();
    for i in c.inputs.iter() {
        if let Some(f) = cx.figure(i) {
            inputs.push(f);
        }
    }
    if c.kind == CheckKind::Repeat {
        let other = inputs.first().map_or_else(String::new, |i| cx.show(i));
        cx.w.repeat_sentence(&cx.show(fig), &other)
    } else {
        // an input is named by its metric, and by its period where two share a metric
        let shared = |m: &str| {
            let mut n = 0;
            for i in &inputs {
                n += usize::from(i.metric == m);
            }
            n > 1
        };
        let mut named = Vec::new();
        for i in &inputs {
            let label = cx.metric_label(&i.metric);
            let label = if shared(&i.metric) { super::super::format::cat(label, &cx.aside(&cx.period(i))) } else { label.into() };
            named.push(cx.w.named_value(&label, &cx.show(i)));
        }
        let mut names = Vec::new();
        for n in &named {
            names.push(n.as_str());
        }
        let inputs = (cx.w.and_list)(&names);
        let say = if c.kind == CheckKind::OfferingBound { cx.w.bound_sentence } else { cx.w.check_sentence };
        say(&cx.show(fig), &inputs, &point(cx, c, fig))
    }
}

/// What the inputs give, as one number (the middle of the recomputed range) in the
/// checked figure's unit and currency.
fn point(cx: &Ctx, c: &Check, fig: &crate::model::Figure) -> String {
    let mid = (c.recomputed.lo + c.recomputed.hi) / 2.0;
    match (fig.unit, fig.currency) {
        (Unit::Percent, _) => percent(mid, 1, false),
        (Unit::Times, _) => super::super::format::cat(&cx.num(mid, 2), "×"),
        (_, Some(cur)) if fig.unit.is_money() => money(mid, cur, cx.lang),
        (u, cur) => value(mid.round(), u, cur, cx.lang),
    }
}

fn range(iv: Interval, unit: Unit, lang: Lang) -> String {
    let one = |v: f64| match unit {
        Unit::Percent => super::super::format::cat(&number(v, 2, lang), "%"),
        Unit::Times => super::super::format::cat(&number(v, 2, lang), "×"),
        _ if v.abs() >= 1e4 => scaled(v, lang),
        _ => number(v, 2, lang),
    };
    if (iv.hi - iv.lo).abs() < 1e-9 * iv.hi.abs().max(1.0) {
        one(iv.lo)
    } else {
        crate::join(&[one(iv.lo), one(iv.hi)], "–")
    }
}
