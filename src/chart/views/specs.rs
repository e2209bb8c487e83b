//! specs: peak INT8 compute of the products the story compares (BR100 against A100),
//! with the ratio computed by the core.

use super::super::paint::Fill;
use super::super::theme::Tone;
use super::bound::{pick, MAX_ROWS};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::error::{Error, Result};
use crate::model::Figure;

pub const VIEW: ViewDef = ViewDef {
    id: "specs",
    name: |w| w.view_specs,
    metrics: &[MetricDef { id: "int8", label: |w, _| w.view_specs }],
    available: |d| d.has("int8_tops"),
    fills: super::every_metric,
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let all: Vec<&Figure> = cx.figures_where(&|f| f.metric == "int8_tops");
    let total = all.len();
    // the story's own products first, the others in the file's order, up to the most
    // bars a view draws
    let (figs, left) = pick(all, MAX_ROWS, &|x| cx.is_focus(&x.entity));
    if figs.is_empty() {
        return Err(Error::chart("the dataset has no int8_tops figures"));
    }
    let title = cx.w.peak_compute_int8.to_string();
    let mut f = cx.frame(width, &title, cx.w.tops_trillion_operations_per_second, 8.0);
    let mut bars = Vec::new();
    for x in &figs {
        let name = cx.name(&x.entity);
        let node = cx.find(&x.entity, "process_node").map(|n| cx.show(n)).unwrap_or_default();
        let text = super::super::format::cat(&cx.num(x.value, 0), " TOPS");
        bars.push(cx.bar(&name, &node, x, x.value, text, cx.tone_of(&x.entity), Fill::Solid, Vec::new()));
    }
    let axis = |v: f64| cx.num(v, 0);
    let mut rows = Vec::new();
    cx.bar_chart(&mut f, &bars, &axis, &mut rows);
    cx.more(&mut f, left, total, &mut rows);
    if let [a, b, ..] = figs.as_slice() {
        let ratio = super::super::format::cat(&cx.num(a.value / b.value, 2), "×");
        let label = crate::join(&[&cx.name(&a.entity), " / ", &cx.name(&b.entity), cx.w.computed_aside], "");
        f.stat(&ratio, &label);
    }
    f.lines(
        cx.w.stated_peak_not_real_world,
        11.0,
        Tone::Muted,
    );
    cx.finish(f, title, cx.w.bar_chart, rows, Vec::new())
}
