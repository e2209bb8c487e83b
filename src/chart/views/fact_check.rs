//! fact-check: every derived figure the story states next to the core's recomputation
//! from the story's own inputs, with a verdict and both values.

use super::super::checks::{draw_checks, CheckLine};
use super::super::format::{plain, scaled};
use super::super::frame::Frame;
use super::super::theme::Tone;
use super::super::{labelled, verdict_word, Tooltip};
use super::{Ctx, View};
use crate::calc::{CheckKind, Interval, Verdict};
use crate::error::Result;
use crate::model::Unit;
use crate::Lang;

fn kind_word(k: CheckKind, lang: Lang) -> &'static str {
    let zh = lang == Lang::Zh;
    match k {
        CheckKind::Gain => {
            if zh {
                "涨幅"
            } else {
                "gain"
            }
        }
        CheckKind::Cagr => {
            if zh {
                "年复合增长率"
            } else {
                "growth rate"
            }
        }
        CheckKind::Cumulative => {
            if zh {
                "累计值"
            } else {
                "cumulative sum"
            }
        }
        CheckKind::LotProfit => {
            if zh {
                "一签浮盈"
            } else {
                "profit per lot"
            }
        }
        CheckKind::MarketCap => {
            if zh {
                "市值"
            } else {
                "market cap"
            }
        }
        CheckKind::Repeat => {
            if zh {
                "重复出现的数字"
            } else {
                "repeated figure"
            }
        }
        CheckKind::OfferingBound => {
            if zh {
                "募资上限"
            } else {
                "proceeds bound"
            }
        }
        CheckKind::Headcount => {
            if zh {
                "人数"
            } else {
                "head count"
            }
        }
    }
}

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    cx.pick(&["all"])?;
    let title = cx
        .t(
            "核对:原文推算出的数字是否与其自身数据相符",
            "Fact check: do the article's derived figures follow from its own numbers?",
        )
        .to_string();
    let mut f = Frame::new(width);
    f.title(&title);
    let bad = cx.checks.iter().filter(|c| c.verdict == Verdict::Inconsistent).count();
    let intro = match cx.lang {
        Lang::Zh => format!("共核对{}项;{}项与原文自身数据不符。考虑了原文数字的四舍五入(如30.1代表30.05至30.15)。", cx.checks.len(), bad),
        Lang::En => format!("{} figures checked; {} contradicted by the article's own numbers. The rounding of printed numbers is allowed for (30.1 means 30.05 to 30.15).", cx.checks.len(), bad),
    };
    f.lines(&intro, 12.0, Tone::Muted);
    f.gap(8.0);
    let mut lines = Vec::new();
    for c in &cx.checks {
        let Some(fig) = cx.d.figure(&c.figure) else { continue };
        let show = |iv: Interval| range(iv, fig.unit, cx.lang);
        let what = crate::model::metric(&fig.metric).map_or(fig.metric.as_str(), |m| cx.t(m.zh, m.en));
        let who = cx.name(&fig.entity);
        let title = format!("{who} · {what}{}", cx.aside(kind_word(c.kind, cx.lang)));
        let stated = labelled(cx.t("原文", "Stated"), &format!("{} ({})", cx.show(fig), show(c.stated)), cx.lang);
        let recomputed = labelled(cx.t("据原文数据重算", "Recomputed"), &show(c.recomputed), cx.lang);
        let verdict = verdict_word(c.verdict, cx.lang);
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
            lines: vec![
                stated.clone(),
                recomputed.clone(),
                labelled(cx.t("所用数据", "From"), &inputs.join(", "), cx.lang),
                verdict.to_string(),
            ],
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
    let summary = cx.summarise(cx.t("核对列表", "Check list"), &title, lines.iter().map(|l| l.row.aria.clone()));
    Ok(View { title, summary, controls: Vec::new(), scene: f.finish() })
}

fn range(iv: Interval, unit: Unit, lang: Lang) -> String {
    let one = |v: f64| match unit {
        Unit::Percent => format!("{}%", plain(v, 2)),
        Unit::Times => format!("{}×", plain(v, 2)),
        _ if v.abs() >= 1e4 => scaled(v, lang),
        _ => plain(v, 2),
    };
    if (iv.hi - iv.lo).abs() < 1e-9 * iv.hi.abs().max(1.0) {
        one(iv.lo)
    } else {
        format!("{}–{}", one(iv.lo), one(iv.hi))
    }
}
