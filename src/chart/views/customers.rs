//! customers: the top-five customers' share of revenue per period.

use super::super::format::percent;
use super::super::theme::Tone;
use super::bound::{latest, MAX_PERIODS};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::error::{Error, Result};
use crate::model::PeriodKind;

pub const VIEW: ViewDef = ViewDef {
    id: "customers",
    name: |w| w.view_customers,
    metrics: &[MetricDef { id: "top5", label: |w, _| w.view_customers }],
    available: |d| d.has("top5_customer_share"),
    fills: super::every_metric,
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let first = cx.d.figures.iter().find(|f| f.metric == "top5_customer_share");
    let first = first.ok_or_else(|| Error::chart("the dataset has no top5_customer_share figures"))?;
    // in time order, whatever the file's order
    let all = cx.d.series(&first.entity, "top5_customer_share");
    let total = all.len();
    // the latest periods, up to the most a column chart draws
    let (figs, left) = latest(&all, MAX_PERIODS);
    let name = cx.name(&first.entity);
    let label = cx.w.top_five_customers_share;
    let mut groups = Vec::new();
    for f in figs {
        groups.push(cx.one_col(f, cx.col(label, f, f.value, percent(f.value, 1, false), Tone::Story)));
    }
    let title = cx.w.customers_title(&name);
    let mut f = cx.frame(width, &title, cx.w.higher_share_more_revenue_hangs, 0.0);
    f.legend(&cx.period_keys(Tone::Story, figs.iter().any(|f| f.period_kind == PeriodKind::HalfYear), false));
    let axis = Ctx::percent_axis;
    cx.column_view(f, title, groups, &axis, (left, total))
}
