//! demand: how hungry investors were for Biren's shares — public against international
//! oversubscription (log scale: they differ about 90-fold) — and where the money went:
//! cornerstone subscription, net proceeds and the share earmarked for R&D.

use super::super::bars::{draw_bars, Bar, Bars};
use super::super::format::{money, plain};
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::{Ctx, MetricDef, View, ViewDef};
use crate::error::{Error, Result};

pub const VIEW: ViewDef = ViewDef {
    id: "demand",
    name: |w| w.view_demand,
    metrics: &[
        MetricDef { id: "subscription", label: |w| w.m_subscription },
        MetricDef { id: "proceeds", label: |w| w.m_proceeds },
    ],
    available: |d| d.has("public_offer_subscription") || d.has("net_proceeds"),
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let m = cx.metric();
    let listing = cx
        .d
        .listings
        .iter()
        .find(|l| cx.d.find(&l.company, "public_offer_subscription").is_some() || cx.d.find(&l.company, "net_proceeds").is_some())
        .ok_or_else(|| Error::chart("the dataset has no offering figures (public_offer_subscription, net_proceeds)"))?;
    let c = listing.company.as_str();
    let name = cx.name(c);
    let mut f = Frame::new(width);
    let not_given = cx.w.not_given;
    let mut bars = Vec::new();
    let log = cx.spec.scale != Some(ScaleKind::Linear);
    let title;
    if m == "subscription" {
        title = (cx.w.subscription_title)(&name);
        f.title(&title);
        f.lines(
            cx.scale_note(log, cx.w.log_tenfold),
            12.0,
            Tone::Muted,
        );
        f.gap(8.0);
        for (i, (metric, label)) in [
            ("public_offer_subscription", cx.w.hk_public_offer),
            ("international_offer_subscription", cx.w.international_offer),
        ]
        .into_iter()
        .enumerate()
        {
            let label = label.to_string();
            match cx.d.find(c, metric) {
                Some(x) => {
                    let text = format!("{}×", plain(x.value, 2));
                    let mut extra = Vec::new();
                    for again in cx.d.series(c, metric).skip(1) {
                        extra.push(cx.labelled(
                            cx.w.also_printed_as,
                            again.as_written.as_deref().unwrap_or("")));
                        if let Some(v) = cx.verdict(&again.id) {
                            extra.push((cx.w.verdict)(v).to_string());
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
                None => bars.push(cx.missing_bar(&label, &format!("{c}.{metric}"), Tone::Series(i as u8))),
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
                cx.w.public_offer_multiple_over_international,
            );
        }
        for (metric, label) in
            [("retail_applicants", cx.w.retail_applied), ("cornerstone_investors", cx.w.cornerstone_investors)]
        {
            if let Some(x) = cx.d.find(c, metric) {
                f.stat(&cx.show(x), label);
            }
        }
    } else {
        title = (cx.w.proceeds_title)(&name);
        f.title(&title);
        f.lines(
            &(cx.w.amounts_in)((cx.w.currency_name)(listing.currency)),
            12.0,
            Tone::Muted,
        );
        f.gap(8.0);
        let mut cur = listing.currency;
        for (i, (metric, label)) in
            [("cornerstone_amount", cx.w.cornerstone_subscription), ("net_proceeds", cx.w.net_proceeds)]
                .into_iter()
                .enumerate()
        {
            let label = label.to_string();
            match cx.d.find(c, metric) {
                Some(x) => {
                    let a = cx.amount(x.value, x.currency.unwrap_or(listing.currency));
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
                None => bars.push(cx.missing_bar(&label, &format!("{c}.{metric}"), Tone::Series(i as u8))),
            }
        }
        if let (Some(net), Some(share)) = (cx.d.find(c, "net_proceeds"), cx.d.find(c, "net_proceeds_rnd_share")) {
            let a = cx.amount(net.value * share.value / 100.0, net.currency.unwrap_or(listing.currency));
            let label = cx.w.which_for_rnd_computed.to_string();
            let text = cx.money(a);
            let extra =
                vec![cx.labelled(cx.w.computed, &format!("{} × {}", cx.show(net), cx.show(share)))];
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
            label: cx.w.computed_from_stated_share.into(),
        }]);
        if let Some(x) = cx.d.find(c, "cornerstone_share_of_offering") {
            f.stat(&cx.show(x), cx.w.global_offering_went_cornerstones);
        }
        if let Some(check) = cx.checks.iter().find(|k| {
            k.kind == crate::calc::CheckKind::OfferingBound && k.verdict == crate::calc::Verdict::Inconsistent
        }) {
            let implied = money(check.recomputed.lo, listing.currency, cx.lang);
            let implied_hi = money(check.recomputed.hi, listing.currency, cx.lang);
            let note = (cx.w.offering_bound_note)(&implied, &implied_hi);
            f.lines(&note, 12.0, Tone::Alert);
        }
    }
    f.gap(4.0);
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let parts: Vec<String> = bars.iter().map(|b| b.row.aria.clone()).collect();
    let summary = format!("{}{}{}", title, cx.w.full_stop, parts.join(cx.w.list_sep));
    let mut controls = cx.metrics();
    if m == "subscription" {
        controls.extend(cx.scale_controls(log));
    }
    Ok(View { title, summary, controls, scene: f.finish() })
}
