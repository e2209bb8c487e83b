//! demand: how hungry investors were for Biren's shares — public against international
//! oversubscription (from zero on one linear scale: they differ about 90-fold, and the
//! bars show it) — and where the money went:
//! gross proceeds (with "up to" where the story hedges them), cornerstone subscription,
//! net proceeds and the share earmarked for R&D, and the number of shares offered.

use super::super::bars::{push_arias, Bar};
use super::super::format::money;
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::bound::{pick, MAX_ROWS};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::calc::{CheckKind, Verdict};
use crate::error::{Error, Result};
use crate::model::{Figure, Listing};

pub const VIEW: ViewDef = ViewDef {
    id: "demand",
    name: |w| w.view_demand,
    metrics: &[
        MetricDef { id: "subscription", label: |w, _| w.m_subscription },
        MetricDef { id: "proceeds", label: |w, _| w.m_proceeds },
    ],
    available: |d| super::fills_any(&VIEW, d),
    fills: |d, m| {
        let drawn: &[&str] = if m == "subscription" { &SUBSCRIPTION } else { &PROCEEDS };
        drawn.iter().any(|x| d.has(x))
    },
    build,
};

/// What the subscription metric draws.
const SUBSCRIPTION: [&str; 2] = ["public_offer_subscription", "international_offer_subscription"];
/// What the proceeds metric draws.
const PROCEEDS: [&str; 4] = ["gross_proceeds", "cornerstone_amount", "net_proceeds", "offer_shares"];

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let listing = offering(cx)?;
    let name = cx.name(&listing.company);
    Ok(if cx.metric() == "subscription" {
        subscription_chart(cx, listing, &name, width)
    } else {
        proceeds_chart(cx, listing, &name, width)
    })
}

/// The end of a drawn metric: its title and its bars (for the summary) with the frame so
/// far, as the view.
fn finish(cx: &Ctx, mut f: Frame, title: String, bars: &[Bar]) -> View {
    f.gap(4.0);
    let mut parts = Vec::new();
    push_arias(&mut parts, bars);
    let summary = crate::join(&[&title, cx.w.full_stop, &crate::join(&parts, cx.w.list_sep)], "");
    cx.finish_with(f, title, summary, cx.metrics())
}

/// The first listing with offering figures.
fn offering<'d>(cx: &Ctx<'d>) -> Result<&'d Listing> {
    let has = |l: &Listing, metric: &&str| cx.d.find(&l.company, metric).is_some();
    let offers = |l: &&Listing| SUBSCRIPTION.iter().any(|m| has(l, m)) || PROCEEDS.iter().any(|m| has(l, m));
    cx.d.listings.iter().find(offers).ok_or_else(|| {
        Error::chart("the dataset has no offering figures (subscription, gross or net proceeds, shares offered)")
    })
}

/// Public against international oversubscription, from zero (the reader once could pick
/// linear), then how many times over the public offer was, and who applied.
fn subscription_chart(cx: &Ctx, listing: &Listing, name: &str, width: f64) -> View {
    let c = listing.company.as_str();
    let title = cx.w.subscription_title(name);
    let mut f = cx.frame(width, &title, cx.w.subscription_note, 8.0);
    let offers = [
        ("public_offer_subscription", cx.w.hk_public_offer),
        ("international_offer_subscription", cx.w.international_offer),
    ];
    let mut bars = Vec::new();
    for &(metric, label) in &offers {
        let tone = Tone::Story;
        bars.push(bar_or_missing(cx, c, metric, label, tone, |x| {
            cx.bar(label, "", x, x.value, times(cx, x.value, 2), tone, Fill::Solid, reprints(cx, c, metric))
        }));
    }
    let axis = |v: f64| times(cx, v, 0);
    cx.draw_bars(&mut f, &bars, &axis);
    if let (Some(p), Some(i)) =
        (cx.d.find(c, "public_offer_subscription"), cx.d.find(c, "international_offer_subscription"))
    {
        f.stat(&times(cx, p.value / i.value, 1), cx.w.public_offer_multiple_over_international);
    }
    for (metric, label) in
        [("retail_applicants", cx.w.retail_applied), ("cornerstone_investors", cx.w.cornerstone_investors)]
    {
        if let Some(x) = cx.d.find(c, metric) {
            f.stat(&cx.show(x), label);
        }
    }
    finish(cx, f, title, &bars)
}

/// The other printings of `metric` after the first, each with its verdict.
fn reprints(cx: &Ctx, c: &str, metric: &str) -> Vec<String> {
    let mut extra = Vec::new();
    // the drawn figure is the series' first; every other printing of it is listed
    let drawn = cx.d.series(c, metric).first().map(|f| f.id.as_str());
    let again: Vec<&Figure> =
        cx.figures_where(&|f| f.entity == c && f.metric == metric && Some(f.id.as_str()) != drawn);
    // the first of them, up to the most rows a view lists; the others counted
    let (again, left) = pick(again, MAX_ROWS, &|_| false);
    for &again in &again {
        extra.push(cx.labelled(cx.w.also_printed_as, again.as_written.as_deref().unwrap_or("")));
        if let Some(v) = cx.verdict(&again.id) {
            extra.push((cx.w.verdict)(v).to_string());
        }
    }
    if left > 0 {
        extra.push(cx.w.and_more(&cx.num(left as f64, 0)));
    }
    extra
}

/// Cornerstone subscription and net proceeds in the listing's currency (or the reader's),
/// the computed R&D share hatched, then the cornerstones' share of the offering and any
/// inconsistency in the offering's size.
fn proceeds_chart(cx: &Ctx, listing: &Listing, name: &str, width: f64) -> View {
    let c = listing.company.as_str();
    let hk = ["cornerstone_amount", "net_proceeds", "net_proceeds_rnd_share"].iter().any(|m| cx.d.find(c, m).is_some());
    let title = if hk { cx.w.proceeds_title(name) } else { cx.w.offering_title(name) };
    // the subtitle speaks of hatched (computed) bars only where there is one
    let computed = cx.d.find(c, "net_proceeds").is_some() && cx.d.find(c, "net_proceeds_rnd_share").is_some();
    let currency = (cx.w.currency_name)(listing.currency);
    let subtitle = if computed { cx.w.amounts_in(currency) } else { cx.w.unit_note(currency, "").trim().to_string() };
    let mut f = cx.frame(width, &title, &subtitle, 8.0);
    let mut cur = listing.currency;
    let mut bars = Vec::new();
    let amounts = [
        ("gross_proceeds", cx.metric_label("gross_proceeds")),
        ("cornerstone_amount", cx.w.cornerstone_subscription),
        ("net_proceeds", cx.w.net_proceeds),
    ];
    // the amounts the story gives; "not given" only where it gives none at all
    let mut given = Vec::new();
    for &(m, label) in &amounts {
        if cx.d.find(c, m).is_some() {
            given.push((m, label));
        }
    }
    let shown = if given.is_empty() { &amounts[1..] } else { &given[..] };
    for &(metric, label) in shown {
        let tone = Tone::Story;
        bars.push(bar_or_missing(cx, c, metric, label, tone, |x| {
            let a = cx.amount(x.value, x.currency.unwrap_or(listing.currency));
            cur = a.currency;
            cx.bar(label, "", x, a.value, cx.show(x), tone, Fill::Solid, Vec::new())
        }));
    }
    rnd_bar(cx, listing, &mut bars);
    let axis = cx.money_axis(cur);
    cx.draw_bars(&mut f, &bars, &axis);
    if computed {
        f.legend(&[Key { tone: Tone::Story, fill: Fill::Hatched, label: cx.w.computed_from_stated_share.into() }]);
    }
    // shares are not money: written out under the bars, not drawn on their axis
    if let Some(x) = cx.d.find(c, "offer_shares") {
        let label = cx.metric_label("offer_shares");
        let bar = cx.bar(label, "", x, x.value, cx.show(x), Tone::Story, Fill::Solid, Vec::new());
        cx.stat_mark(&mut f, &bar);
        bars.push(bar);
    }
    if let Some(x) = cx.d.find(c, "cornerstone_share_of_offering") {
        f.stat(&cx.show(x), cx.w.global_offering_went_cornerstones);
    }
    if let Some(note) = offering_bound_note(cx, listing) {
        f.lines(&note, 12.0, Tone::Alert);
    }
    finish(cx, f, title, &bars)
}

/// The part of the net proceeds earmarked for R&D, computed from the stated share, put on
/// `bars` where the story gives both.
fn rnd_bar(cx: &Ctx, listing: &Listing, bars: &mut Vec<Bar>) {
    let c = listing.company.as_str();
    let (Some(net), Some(share)) = (cx.d.find(c, "net_proceeds"), cx.d.find(c, "net_proceeds_rnd_share")) else {
        return;
    };
    let a = cx.amount(net.value * share.value / 100.0, net.currency.unwrap_or(listing.currency));
    let extra = vec![cx.labelled(cx.w.computed, &crate::join(&[cx.show(net), cx.show(share)], " × "))];
    bars.push(cx.bar(cx.w.which_for_rnd_computed, "", share, a.value, cx.money(a), Tone::Story, Fill::Hatched, extra));
}

/// The offering's size the other figures imply, where the check finds it inconsistent.
fn offering_bound_note(cx: &Ctx, listing: &Listing) -> Option<String> {
    let check = cx.checks.iter().find(|k| k.kind == CheckKind::OfferingBound && k.verdict == Verdict::Inconsistent)?;
    let implied = money(check.recomputed.lo, listing.currency, cx.lang);
    let implied_hi = money(check.recomputed.hi, listing.currency, cx.lang);
    Some(cx.w.offering_bound_note(&implied, &implied_hi))
}

/// The bar `make` draws for figure `metric` of company `c`, or "not given" without it.
fn bar_or_missing<'d>(
    cx: &Ctx<'d>,
    c: &str,
    metric: &str,
    label: &str,
    tone: Tone,
    make: impl FnOnce(&'d Figure) -> Bar,
) -> Bar {
    match cx.d.find(c, metric) {
        Some(x) => make(x),
        None => cx.missing_bar(label, &super::super::format::cat(c, &super::super::format::cat(".", metric)), tone),
    }
}

/// A multiple: "12.34×".
fn times(cx: &Ctx, v: f64, decimals: usize) -> String {
    super::super::format::cat(&cx.num(v, decimals), "×")
}
