//! customers: the top-five customers' share of revenue per period.

use super::super::columns::Group;
use super::super::format::percent;
use super::super::frame::Frame;
use super::super::theme::Tone;
use super::{Ctx, View};
use crate::error::{Error, Result};
use crate::model::{Figure, PeriodKind};
use crate::Lang;

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    cx.pick(&["top5"])?;
    let figs: Vec<&Figure> = cx.d.figures.iter().filter(|f| f.metric == "top5_customer_share").collect();
    let first = figs.first().ok_or_else(|| Error::chart("the dataset has no top5_customer_share figures"))?;
    let name = cx.name(&first.entity);
    let label = cx.t("前五大客户收入占比", "Top-five customers' share");
    let groups: Vec<Group> = figs
        .iter()
        .map(|f| Group {
            label: cx.period_short(f),
            cols: vec![cx.col(label, f, f.value, percent(f.value, 1, false), Tone::Series(0))],
            point: None,
        })
        .collect();
    let title = match cx.lang {
        Lang::Zh => format!("{name}:前五大客户收入占总收入比例"),
        Lang::En => format!("{name}: share of revenue from the five largest customers"),
    };
    let mut f = Frame::new(width);
    f.title(&title);
    f.lines(
        cx.t(
            "占比越高,收入越依赖少数大客户。",
            "The higher the share, the more revenue hangs on a handful of customers.",
        ),
        12.0,
        Tone::Muted,
    );
    f.legend(&cx.period_keys(Tone::Series(0), figs.iter().any(|f| f.period_kind == PeriodKind::HalfYear), false));
    let axis = Ctx::percent_axis;
    Ok(cx.column_view(f, title, groups, &axis))
}
