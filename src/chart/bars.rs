//! Horizontal bars: one row per item with its label on the left (above, on phones),
//! wrapped rather than cut, the value at the bar's end, a dashed "not given" box where
//! the source has no value, and optionally a tick at the value the story states.

use super::frame::{at_most, Frame, LABEL_LINES};
use super::paint::{Align, Fill, Shape};
use super::scale::Scale;
use super::text::{bold_width, text_width, wrap};
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
    pub bars: &'a [&'a Bar],
    pub axis: &'a dyn Fn(f64) -> String,
    pub not_given: &'a str,
}

/// Where a bar's texts and bar go, from its row's top.
struct Layout {
    /// Name lines and sub-label lines, each with its offset (x from the content's left
    /// edge, y from the row's top).
    texts: Vec<(f64, f64, String, bool)>,
    /// The bar's top, from the row's top.
    bar_y: f64,
    row_h: f64,
}

/// Appends what a screen reader reads for each bar to `rows` (a summary's items).
pub fn push_arias(rows: &mut Vec<String>, bars: &[Bar]) {
    for b in bars {
        rows.push(b.row.aria.clone());
    }
}

/// Lays the bars out at the frame's cursor and advances it.
pub fn draw_bars(f: &mut Frame, spec: &Bars) {
    let from = f.shapes.len();
    let narrow = f.narrow();
    let (pad, inner) = (f.pad, f.inner);
    // one pass over the bars (plain loops: smaller in the wasm than iterator chains):
    // the room for the values at the bars' ends, the widest label, the values to scale
    let (mut val_room, mut widest, mut values) = (0.0_f64, 0.0_f64, Vec::new());
    for b in spec.bars {
        if let Some(v) = b.value {
            val_room = val_room.max(bold_width(&b.text, 12.0) + if b.stated.is_some() { 2.0 } else { 0.0 });
            values.push(v);
        }
        if let Some(s) = b.stated {
            values.push(s);
        }
        widest = widest.max(bold_width(&b.label, 13.0).max(text_width(&b.sub, 11.0)));
    }
    let val_room = val_room + 10.0;
    let label_w = if narrow { 0.0 } else { (widest + 16.0).min(inner * 0.42) };
    let x0 = pad + label_w;
    let x1 = (pad + inner - val_room).max(x0 + 40.0);
    let s = Scale::fitted(&values, x0, x1, spec.axis);
    let bar_h = if narrow { 22.0 } else { 24.0 };
    let mut layouts = Vec::with_capacity(spec.bars.len());
    for b in spec.bars {
        layouts.push(if narrow { above(b, inner, bar_h) } else { beside(b, label_w - 12.0, bar_h) });
    }
    let top0 = f.y;
    // (a plain loop from -0.0, as `Sum` for f64 starts)
    let mut rows = -0.0;
    for l in &layouts {
        rows += l.row_h;
    }
    let bottom = top0 + rows;
    let zero = s.base();
    f.x_grid(&s.grid(spec.axis), top0, bottom, Some(zero));
    let mut top = top0;
    for (b, l) in spec.bars.iter().zip(&layouts) {
        for (x, y, text, name) in &l.texts {
            let (px, tone) = if *name { (13.0, Tone::Ink) } else { (11.0, Tone::Muted) };
            f.shapes.push(Shape::Text {
                x: pad + x,
                y: top + y,
                text: text.clone(),
                px,
                tone,
                bold: *name,
                align: Align::Start,
            });
        }
        let bar_y = top + l.bar_y;
        let tick = b.stated.map(|sv| s.px(sv));
        match b.value {
            Some(v) => {
                let (a, c) = (zero.min(s.px(v)), zero.max(s.px(v)));
                let rect = Rect { x: a, y: bar_y, w: (c - a).max(1.0), h: bar_h };
                f.shapes.push(Shape::Rect { rect, tone: b.tone, fill: b.fill });
                // the value past the bar's end, and past the stated tick if that is further
                let (tx, align) = if s.px(v) >= zero {
                    (tick.map_or(c, |t| c.max(t + 1.5)) + 6.0, Align::Start)
                } else {
                    (tick.map_or(a, |t| a.min(t - 1.5)) - 6.0, Align::End)
                };
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
        if let Some(x) = tick {
            let rect = Rect { x: x - 1.5, y: bar_y - 4.0, w: 3.0, h: bar_h + 8.0 };
            f.shapes.push(Shape::Rect { rect, tone: Tone::Ink, fill: Fill::Solid });
        }
        // the row's box reaches 6 px into the side margins (at least 10 px wide), so that
        // its outline when pressed, drawn inside the box, clears the name's first letter
        let rect = Rect { x: pad - 6.0, y: top, w: inner + 12.0, h: l.row_h };
        f.marks.push(Mark::of(&b.id, rect, &b.tooltip, b.value.is_some(), &b.row));
        top += l.row_h;
    }
    f.clear_lines(from);
    f.y = bottom + 26.0;
}

/// On phones: the name over the bar, wrapped to the width, and the sub-label after its
/// last line where it fits whole, else on lines of its own.
fn above(b: &Bar, inner: f64, bar_h: f64) -> Layout {
    let names = at_most(wrap(&b.label, 13.0, inner / 1.1), LABEL_LINES);
    let last = names.last().map_or(0.0, |n| bold_width(n, 13.0) + 8.0);
    let mut texts = Vec::with_capacity(names.len() + 1);
    for (i, n) in names.iter().enumerate() {
        texts.push((0.0, 9.0 + 17.0 * i as f64, n.clone(), true));
    }
    // the middle of the last line of text
    let mut y = texts.last().map_or(-8.0, |t| t.1);
    if !b.sub.is_empty() {
        if last + text_width(&b.sub, 11.0) <= inner && last > 0.0 {
            texts.push((last, y, b.sub.clone(), false));
        } else {
            for (i, l) in at_most(wrap(&b.sub, 11.0, inner), LABEL_LINES).iter().enumerate() {
                y += if i == 0 && !texts.is_empty() { 16.0 } else { 14.0 };
                texts.push((0.0, y, l.clone(), false));
            }
        }
    }
    let bar_y = y + 11.0;
    Layout { texts, bar_y, row_h: bar_y + bar_h + 12.0 }
}

/// Wider: the name and the sub-label in a column left of the bar, each wrapped to it,
/// centred on the bar.
fn beside(b: &Bar, col: f64, bar_h: f64) -> Layout {
    let names = at_most(wrap(&b.label, 13.0, col / 1.1), LABEL_LINES);
    let subs = if b.sub.is_empty() { Vec::new() } else { at_most(wrap(&b.sub, 11.0, col), LABEL_LINES) };
    // the lines' middles, from the first's: names 17 px apart, the sub-label 17 px under
    // the name, 14 px apart; then all moved down to centre them in the row
    let mut texts = Vec::with_capacity(names.len() + subs.len());
    let mut y: f64 = 0.0;
    for (i, t) in names.iter().enumerate() {
        y += if i == 0 { 0.0 } else { 17.0 };
        texts.push((0.0, y, t.clone(), true));
    }
    for (i, t) in subs.iter().enumerate() {
        y += if i == 0 && !texts.is_empty() {
            17.0
        } else if i == 0 {
            0.0
        } else {
            14.0
        };
        texts.push((0.0, y, t.clone(), false));
    }
    let row_h = (y + 30.0).max(48.0);
    let first = row_h / 2.0 - y / 2.0;
    for t in &mut texts {
        t.1 += first;
    }
    Layout { texts, bar_y: row_h / 2.0 - bar_h / 2.0, row_h }
}
