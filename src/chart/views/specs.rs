//! specs: peak INT8 compute of the products the story compares (BR100 against A100),
//! with the ratio computed by the core.

use super::super::bars::{draw_bars, Bars};
use super::super::format::plain;
use super::super::frame::Frame;
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::{Ctx, View};
use crate::error::{Error, Result};
use crate::model::Figure;

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    cx.pick(&["int8"])?;
    let figs: Vec<&Figure> = cx.d.figures.iter().filter(|f| f.metric == "int8_tops").collect();
    if figs.is_empty() {
        return Err(Error::chart("the dataset has no int8_tops figures"));
    }
    let title = cx.t("峰值算力对比(INT8)", "Peak compute, INT8").to_string();
    let mut f = Frame::new(width);
    f.title(&title);
    f.lines(
        cx.t(
            "单位:TOPS(每秒万亿次运算),厂商标称峰值。",
            "In TOPS (trillion operations per second), the makers' stated peaks.",
        ),
        12.0,
        Tone::Muted,
    );
    f.gap(8.0);
    let bars: Vec<_> = figs
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let name = cx.name(&x.entity);
            let node = cx.d.find(&x.entity, "process_node").map(|n| cx.show(n)).unwrap_or_default();
            cx.bar(
                &name,
                &node,
                x,
                x.value,
                format!("{} TOPS", plain(x.value, 0)),
                Tone::Series(i as u8),
                Fill::Solid,
                Vec::new(),
            )
        })
        .collect();
    let axis = |v: f64| plain(v, 0);
    draw_bars(&mut f, &Bars { bars: bars.clone(), scale: ScaleKind::Linear, axis: &axis, not_given: cx.not_given() });
    if let [a, b, ..] = figs.as_slice() {
        let ratio = format!("{}×", plain(a.value / b.value, 2));
        let label = format!("{} / {}{}", cx.name(&a.entity), cx.name(&b.entity), cx.t("(计算)", " (computed)"));
        f.stat(&ratio, &label);
    }
    f.lines(
        cx.t("峰值为厂商标称指标,不代表实际应用性能。", "A stated peak is not real-world performance."),
        11.0,
        Tone::Muted,
    );
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let summary = cx.summarise(cx.t("条形图", "Bar chart"), &title, bars.iter().map(|b| b.row.aria.clone()));
    Ok(View { title, summary, controls: Vec::new(), scene: f.finish() })
}
