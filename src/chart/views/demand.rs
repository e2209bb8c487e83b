//! demand: how hungry investors were for Biren's shares — public against international
//! oversubscription (log scale: they differ about 90-fold) — and where the money went:
//! cornerstone subscription, net proceeds and the share earmarked for R&D.

use super::super::bars::{draw_bars, Bar, Bars};
use super::super::format::plain;
use super::super::frame::{Frame, Key};
use super::super::labelled;
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::{Ctx, View};
use crate::error::{Error, Result};
use crate::model::Currency;
use crate::Lang;

const METRICS: [(&str, &str, &str); 2] =
    [("subscription", "认购倍数", "Oversubscription"), ("proceeds", "募资与基石", "Proceeds")];

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let m = cx.pick(&["subscription", "proceeds"])?;
    let c = cx
        .d
        .listings
        .iter()
        .map(|l| l.company.as_str())
        .find(|c| cx.d.find(c, "public_offer_subscription").is_some() || cx.d.find(c, "net_proceeds").is_some())
        .ok_or_else(|| Error::chart("the dataset has no offering figures (public_offer_subscription, net_proceeds)"))?;
    let name = cx.name(c);
    let mut f = Frame::new(width);
    let not_given = cx.not_given();
    let mut bars = Vec::new();
    let log = cx.spec.scale != Some(ScaleKind::Linear);
    let title;
    if m == "subscription" {
        title = match cx.lang {
            Lang::Zh => format!("{name}:公开发售与国际配售认购倍数"),
            Lang::En => format!("{name}: how many times each tranche was subscribed"),
        };
        f.title(&title);
        f.lines(
            cx.scale_note(log, ("对数刻度:每格为10倍。", "Log scale: each step is ten times the last.")),
            12.0,
            Tone::Muted,
        );
        f.gap(8.0);
        for (i, (metric, zh, en)) in [
            ("public_offer_subscription", "香港公开发售", "Hong Kong public offer"),
            ("international_offer_subscription", "国际配售", "International offer"),
        ]
        .iter()
        .enumerate()
        {
            let label = cx.t(zh, en).to_string();
            match cx.d.find(c, metric) {
                Some(x) => {
                    let text = format!("{}×", plain(x.value, 2));
                    let mut extra = Vec::new();
                    for again in cx.d.series(c, metric).skip(1) {
                        extra.push(labelled(
                            cx.t("文中另写作", "Also printed as"),
                            again.as_written.as_deref().unwrap_or(""),
                            cx.lang,
                        ));
                        if let Some(v) = cx.verdict(&again.id) {
                            extra.push(super::super::verdict_word(v, cx.lang).to_string());
                        }
                    }
                    bars.push(Bar {
                        id: x.id.clone(),
                        label: label.clone(),
                        sub: String::new(),
                        value: Some(x.value),
                        text: text.clone(),
                        tone: Tone::Series(i as u8),
                        fill: Fill::Solid,
                        stated: None,
                        tooltip: cx.tooltip(&label, x, extra),
                        row: cx.row(&label, "", &text, &cx.period(x)),
                    });
                }
                None => bars.push(missing(cx, &label, &format!("{c}.{metric}"), i)),
            }
        }
        let axis = |v: f64| format!("{}×", plain(v, 0));
        draw_bars(
            &mut f,
            &Bars {
                bars: bars.clone(),
                scale: if log { ScaleKind::Log } else { ScaleKind::Linear },
                axis: &axis,
                not_given,
            },
        );
        if let (Some(p), Some(i)) =
            (cx.d.find(c, "public_offer_subscription"), cx.d.find(c, "international_offer_subscription"))
        {
            let ratio = format!("{}×", plain(p.value / i.value, 1));
            f.stat(
                &ratio,
                cx.t(
                    "公开发售认购倍数约为国际配售的倍数(计算)",
                    "the public offer's multiple over the international one's (computed)",
                ),
            );
        }
        for (metric, zh, en) in [
            ("retail_applicants", "散户认购公开发售部分", "retail investors applied for the public offer"),
            ("cornerstone_investors", "基石投资者", "cornerstone investors"),
        ] {
            if let Some(x) = cx.d.find(c, metric) {
                f.stat(&cx.show(x), cx.t(zh, en));
            }
        }
    } else {
        title = match cx.lang {
            Lang::Zh => format!("{name}:基石认购、募资净额与研发投向"),
            Lang::En => format!("{name}: cornerstone money, net proceeds and the R&D earmark"),
        };
        f.title(&title);
        f.lines(
            cx.t(
                "金额以港元计;斜线表示据原文比例计算所得。",
                "Amounts in HKD; hatched bars are computed from the article's percentages.",
            ),
            12.0,
            Tone::Muted,
        );
        f.gap(8.0);
        let mut cur = Currency::Hkd;
        for (i, (metric, zh, en)) in [
            ("cornerstone_amount", "基石投资者认购", "Cornerstone subscription"),
            ("net_proceeds", "募资净额", "Net proceeds"),
        ]
        .iter()
        .enumerate()
        {
            let label = cx.t(zh, en).to_string();
            match cx.d.find(c, metric) {
                Some(x) => {
                    let a = cx.amount(x.value, x.currency.unwrap_or(Currency::Hkd));
                    cur = a.currency;
                    let text = cx.show(x);
                    bars.push(Bar {
                        id: x.id.clone(),
                        label: label.clone(),
                        sub: String::new(),
                        value: Some(a.value),
                        text: text.clone(),
                        tone: Tone::Series(i as u8),
                        fill: Fill::Solid,
                        stated: None,
                        tooltip: cx.tooltip(&label, x, Vec::new()),
                        row: cx.row(&label, "", &text, &cx.period(x)),
                    });
                }
                None => bars.push(missing(cx, &label, &format!("{c}.{metric}"), i)),
            }
        }
        if let (Some(net), Some(share)) = (cx.d.find(c, "net_proceeds"), cx.d.find(c, "net_proceeds_rnd_share")) {
            let a = cx.amount(net.value * share.value / 100.0, net.currency.unwrap_or(Currency::Hkd));
            let label = cx.t("其中用于研发(计算)", "Of which for R&D (computed)").to_string();
            let text = cx.money(a);
            let extra =
                vec![labelled(cx.t("计算", "Computed"), &format!("{} × {}", cx.show(net), cx.show(share)), cx.lang)];
            bars.push(Bar {
                id: share.id.clone(),
                label: label.clone(),
                sub: String::new(),
                value: Some(a.value),
                text: text.clone(),
                tone: Tone::Series(2),
                fill: Fill::Hatched,
                stated: None,
                tooltip: cx.tooltip(&label, share, extra),
                row: cx.row(&label, "", &text, &cx.period(share)),
            });
        }
        let axis = cx.money_axis(cur);
        draw_bars(&mut f, &Bars { bars: bars.clone(), scale: ScaleKind::Linear, axis: &axis, not_given });
        f.legend(&[Key {
            tone: Tone::Series(2),
            fill: Fill::Hatched,
            label: cx.t("据原文比例计算", "computed from a stated share").into(),
        }]);
        if let Some(x) = cx.d.find(c, "cornerstone_share_of_offering") {
            f.stat(&cx.show(x), cx.t("基石认购占全球发售规模", "of the global offering went to cornerstones"));
        }
        if let Some(check) = cx.checks.iter().find(|k| {
            k.kind == crate::calc::CheckKind::OfferingBound && k.verdict == crate::calc::Verdict::Inconsistent
        }) {
            let implied = super::super::format::money(check.recomputed.lo, Currency::Hkd, cx.lang);
            let implied_hi = super::super::format::money(check.recomputed.hi, Currency::Hkd, cx.lang);
            let note = match cx.lang {
                Lang::Zh => format!("注意:按基石认购额及其占比推算,全球发售规模约{implied}至{implied_hi},小于原文所称的募资净额——原文数据自相矛盾。"),
                Lang::En => format!("Note: the cornerstone amount and its share imply a global offering of {implied} to {implied_hi}, less than the net proceeds the article states — the article's figures contradict each other."),
            };
            f.lines(&note, 12.0, Tone::Alert);
        }
    }
    f.gap(4.0);
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let parts: Vec<String> = bars.iter().map(|b| b.row.aria.clone()).collect();
    let summary = format!("{}{}{}", title, cx.t("。", ". "), parts.join(cx.t(";", "; ")));
    let mut controls = cx.metrics(&METRICS, m);
    if m == "subscription" {
        controls.extend(cx.scale_controls(log));
    }
    Ok(View { title, summary, controls, scene: f.finish() })
}

pub(super) fn missing(cx: &Ctx, label: &str, id: &str, i: usize) -> Bar {
    Bar {
        id: id.to_string(),
        label: label.to_string(),
        sub: String::new(),
        value: None,
        text: cx.not_given().to_string(),
        tone: Tone::Series(i as u8),
        fill: Fill::Solid,
        stated: None,
        tooltip: super::super::Tooltip {
            title: label.to_string(),
            lines: vec![cx.not_given().to_string()],
            quote: String::new(),
        },
        row: cx.row(label, "", cx.not_given(), ""),
    }
}
