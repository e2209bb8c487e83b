//! Horizontal bars: one row per item with its label on the left (above, on phones), the
//! value at the bar's end, a dashed "not given" box where the source has no value, and
//! optionally a tick at the value the story states.

use super::frame::Frame;
use super::paint::{Align, Fill, Shape};
use super::scale::{Scale, ScaleKind};
use super::text::{bold_width, ellipsize, text_width};
use super::theme::Tone;
use super::{Mark, Rect, Row, Tooltip};

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub id: String,
    pub label: String,
    pub sub: String,
    pub value: Option<f64>,
    /// The value as printed at the bar's end.
    pub text: String,
    pub tone: Tone,
    pub fill: Fill,
    /// A value the story states for this bar, drawn as a tick.
    pub stated: Option<f64>,
    pub tooltip: Tooltip,
    pub row: Row,
}

/// A horizontal bar chart.
pub struct Bars<'a> {
    pub bars: Vec<Bar>,
    pub scale: ScaleKind,
    pub axis: &'a dyn Fn(f64) -> String,
    pub not_given: &'a str,
}

/// Lays the bars out at the frame's cursor and advances it.
pub fn draw_bars(f: &mut Frame, spec: &Bars) {
    let narrow = f.narrow();
    let (pad, inner, w) = (f.pad, f.inner, f.w);
    let val_room =
        spec.bars.iter().filter(|b| b.value.is_some()).map(|b| bold_width(&b.text, 12.0)).fold(0.0, f64::max) + 10.0;
    let label_w = if narrow {
        0.0
    } else {
        let widest =
            spec.bars.iter().map(|b| bold_width(&b.label, 13.0).max(text_width(&b.sub, 11.0))).fold(0.0, f64::max);
        (widest + 16.0).min(inner * 0.42)
    };
    let x0 = pad + label_w;
    let x1 = (w - pad - val_room).max(x0 + 40.0);
    let values: Vec<f64> = spec.bars.iter().flat_map(|b| b.value.into_iter().chain(b.stated)).collect();
    let s = Scale::fitted(spec.scale, &values, x0, x1, spec.axis);
    let row_h = if narrow { 54.0 } else { 48.0 };
    let bar_h = if narrow { 22.0 } else { 24.0 };
    let top0 = f.y;
    let bottom = top0 + row_h * spec.bars.len() as f64;
    let zero = s.base();
    for t in s.ticks() {
        let x = s.px(t);
        let tone = if (x - zero).abs() < 0.5 { Tone::Muted } else { Tone::Grid };
        f.shapes.push(Shape::Line { from: (x, top0), to: (x, bottom), tone });
        // tick labels stay inside the chart at its edges
        let label = (spec.axis)(t);
        let half = text_width(&label, 11.0) / 2.0;
        let lx = x.clamp(pad + half, w - pad - half);
        f.shapes.push(Shape::Text {
            x: lx,
            y: bottom + 12.0,
            text: label,
            px: 11.0,
            tone: Tone::Muted,
            bold: false,
            align: Align::Middle,
        });
    }
    for (i, b) in spec.bars.iter().enumerate() {
        let top = top0 + row_h * i as f64;
        let bar_y = if narrow {
            let name = ellipsize(&b.label, 13.0, inner, true);
            let sx0 = pad + bold_width(&name, 13.0) + 8.0;
            f.shapes.push(Shape::Text {
                x: pad,
                y: top + 9.0,
                text: name,
                px: 13.0,
                tone: Tone::Ink,
                bold: true,
                align: Align::Start,
            });
            if w - pad - sx0 > 40.0 && !b.sub.is_empty() {
                f.shapes.push(Shape::text(
                    sx0,
                    top + 9.0,
                    ellipsize(&b.sub, 11.0, w - pad - sx0, false),
                    11.0,
                    Tone::Muted,
                ));
            }
            top + 20.0
        } else {
            let mid = top + row_h / 2.0;
            let col = label_w - 12.0;
            let name_y = if b.sub.is_empty() { mid } else { mid - 8.0 };
            f.shapes.push(Shape::Text {
                x: pad,
                y: name_y,
                text: ellipsize(&b.label, 13.0, col, true),
                px: 13.0,
                tone: Tone::Ink,
                bold: true,
                align: Align::Start,
            });
            if !b.sub.is_empty() {
                f.shapes.push(Shape::text(pad, mid + 9.0, ellipsize(&b.sub, 11.0, col, false), 11.0, Tone::Muted));
            }
            mid - bar_h / 2.0
        };
        match b.value {
            Some(v) => {
                let (a, c) = (zero.min(s.px(v)), zero.max(s.px(v)));
                let rect = Rect { x: a, y: bar_y, w: (c - a).max(1.0), h: bar_h };
                f.shapes.push(Shape::Rect { rect, tone: b.tone, fill: b.fill });
                let (tx, align) = if s.px(v) >= zero { (c + 6.0, Align::Start) } else { (a - 6.0, Align::End) };
                f.shapes.push(Shape::Text {
                    x: tx,
                    y: bar_y + bar_h / 2.0,
                    text: b.text.clone(),
                    px: 12.0,
                    tone: Tone::Ink,
                    bold: true,
                    align,
                });
            }
            None => {
                let bw = (text_width(spec.not_given, 11.0) + 16.0).min(x1 - zero);
                f.shapes
                    .push(Shape::DashedRect { rect: Rect { x: zero, y: bar_y, w: bw, h: bar_h }, tone: Tone::Muted });
                f.shapes.push(Shape::text(zero + 8.0, bar_y + bar_h / 2.0, spec.not_given, 11.0, Tone::Muted));
            }
        }
        if let Some(sv) = b.stated {
            let x = s.px(sv);
            let rect = Rect { x: x - 1.5, y: bar_y - 4.0, w: 3.0, h: bar_h + 8.0 };
            f.shapes.push(Shape::Rect { rect, tone: Tone::Ink, fill: Fill::Solid });
        }
        f.marks.push(Mark {
            id: b.id.clone(),
            rect: Rect { x: pad, y: top, w: inner, h: row_h },
            label: b.row.aria.clone(),
            tooltip: b.tooltip.clone(),
            present: b.value.is_some(),
            row: b.row.clone(),
        });
    }
    f.y = bottom + 26.0;
}
