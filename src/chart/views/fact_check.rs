//! fact-check: every derived figure the story states next to the core's recomputation
//! from the story's own inputs, with a verdict and both values.

use super::super::checks::{draw_checks, CheckLine};
use super::super::format::{number, scaled};
use super::super::frame::Frame;
use super::super::theme::Tone;
use super::super::Tooltip;
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::{Interval, Verdict};
use crate::error::Result;
use crate::model::Unit;
use crate::Lang;

pub const VIEW: ViewDef = ViewDef {
    id: "fact-check",
    name: |w| w.view_fact_check,
    metrics: &[MetricDef { id: "all", label: |w| w.view_fact_check }],
    available: |_| true,
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let title = cx.w.fact_check_title.to_string();
    let mut f = Frame::new(width);
    f.title(&title);
    let bad = cx.checks.iter().filter(|c| c.verdict == Verdict::Inconsistent).count();
    let intro = (cx.w.checks_intro)(cx.checks.len(), bad);
    f.lines(&intro, 12.0, Tone::Muted);
    f.gap(8.0);
    let mut lines = Vec::new();
    for c in &cx.checks {
        let Some(fig) = cx.d.figure(&c.figure) else { continue };
        let show = |iv: Interval| range(iv, fig.unit, cx.lang);
        let what = cx.metric_label(&fig.metric);
        let who = cx.name(&fig.entity);
        let title = format!("{who} · {what}{}", cx.aside((cx.w.check_kind)(c.kind)));
        let stated = cx.labelled(cx.w.stated, &format!("{} ({})", cx.show(fig), show(c.stated)));
        let recomputed = cx.labelled(cx.w.recomputed, &show(c.recomputed));
        let verdict = (cx.w.verdict)(c.verdict);
        let (tone, badge) = match c.verdict {
            Verdict::Consistent => (Tone::Good, "✓"),
            Verdict::ConsistentIfTruncated => (Tone::Series(3), "≈"),
            Verdict::Inconsistent => (Tone::Alert, "✗"),
        };
        let inputs: Vec<String> = c
            .inputs
            .iter()
            .filter_map(|i| cx.d.figure(i))
            .map(|i| format!("{} {}", cx.name(&i.entity), cx.show(i)))
            .collect();
        let tooltip = Tooltip {
            title: title.clone(),
            lines: vec![stated.clone(), recomputed.clone(), verdict.to_string()],
            details: vec![cx.labelled(cx.w.from_inputs, &inputs.join(", "))],
            quote: fig.quote.clone(),
        };
        lines.push(CheckLine {
            id: c.figure.clone(),
            tone,
            badge: badge.into(),
            title: title.clone(),
            detail: vec![format!("{stated} · {recomputed}"), verdict.to_string()],
            tooltip,
            row: cx.row(&title, verdict, &format!("{} / {}", show(c.stated), show(c.recomputed)), &cx.period(fig)),
        });
    }
    // contradictions first
    lines.sort_by_key(|l| match l.tone {
        Tone::Alert => 0,
        Tone::Series(_) => 1,
        _ => 2,
    });
    draw_checks(&mut f, &lines);
    f.gap(4.0);
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let summary = cx.summarise(cx.w.check_list, &title, lines.iter().map(|l| l.row.aria.clone()));
    Ok(View { title, summary, controls: Vec::new(), scene: f.finish() })
}

fn range(iv: Interval, unit: Unit, lang: Lang) -> String {
    let one = |v: f64| match unit {
        Unit::Percent => format!("{}%", number(v, 2, lang)),
        Unit::Times => format!("{}×", number(v, 2, lang)),
        _ if v.abs() >= 1e4 => scaled(v, lang),
        _ => number(v, 2, lang),
    };
    if (iv.hi - iv.lo).abs() < 1e-9 * iv.hi.abs().max(1.0) {
        one(iv.lo)
    } else {
        format!("{}–{}", one(iv.lo), one(iv.hi))
    }
}
