//! Lines over time: one panel, a time axis in days, a price axis, each line already
//! reduced to what the pixels can show. Few points get dots and hit boxes; many get
//! neither (a million hit boxes help no one).

use super::frame::Frame;
use super::paint::{Align, Shape};
use super::scale::Scale;
use super::text::text_width;
use super::theme::Tone;
use super::{Mark, Rect, Row, Tooltip};

/// One point that gets a dot and a hit box.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub id: String,
    pub tooltip: Tooltip,
    pub row: Row,
}

pub struct Line {
    pub tone: Tone,
    /// The polyline (in time order), already reduced.
    pub path: Vec<(f64, f64)>,
    /// Points drawn as dots with hit boxes (empty for long series).
    pub points: Vec<Point>,
}

pub struct Lines<'a> {
    pub lines: Vec<Line>,
    pub x_axis: &'a dyn Fn(f64, f64) -> String,
    pub y_axis: &'a dyn Fn(f64) -> String,
    /// The time range, in days.
    pub x_range: (f64, f64),
}

/// The plot's pixel width for a frame, so a view can reduce its series to it first.
pub fn plot_columns(f: &Frame) -> usize {
    (f.inner - 70.0).max(50.0) as usize
}

/// Lays the lines out at the frame's cursor and advances it.
pub fn draw_lines(f: &mut Frame, spec: &Lines) {
    let (pad, inner) = (f.pad, f.inner);
    let plot_h = if f.narrow() { 200.0 } else { 260.0 };
    let top = f.y + 10.0;
    let bottom = top + plot_h;
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for l in &spec.lines {
        // (two loops, not a chain of two maps)
        for p in &l.path {
            (lo, hi) = (lo.min(p.1), hi.max(p.1));
        }
        for p in &l.points {
            (lo, hi) = (lo.min(p.y), hi.max(p.y));
        }
    }
    // prices: the axis need not start at zero, but keeps a little room around the data
    let (lo, hi) = if lo.is_finite() && hi > lo {
        (lo - (hi - lo) * 0.08, hi + (hi - lo) * 0.08)
    } else if lo.is_finite() {
        (lo * 0.9, lo * 1.1 + 1.0)
    } else {
        (0.0, 1.0)
    };
    let ys_scale = Scale::spaced(&[lo.max(0.0), hi], bottom, top, 44.0);
    let ticks = ys_scale.ticks();
    let mut grid = Vec::new();
    let mut left_w: f64 = 0.0;
    for &t in &ticks {
        let label = (spec.y_axis)(t);
        left_w = left_w.max(text_width(&label, 11.0));
        grid.push((ys_scale.px(t), label));
    }
    let left_w = left_w + 8.0;
    let x0 = pad + left_w;
    let x1 = pad + inner - 8.0;
    let (d0, d1) = spec.x_range;
    let sx = |d: f64| x0 + (d - d0) / (d1 - d0) * (x1 - x0);
    f.y_grid(&grid, x0, x1, None);
    f.shapes.push(Shape::Line { from: (x0, bottom), to: (x1, bottom), tone: Tone::Muted });
    // time ticks: as many as fit, labelled by the view
    let label_w = text_width(&(spec.x_axis)(d0, d1 - d0), 11.0) + 16.0;
    let n = (((x1 - x0) / label_w).floor() as usize).clamp(1, 8);
    // whole days for short spans (no repeated date labels), even steps otherwise
    let ticks: Vec<f64> = if d1 - d0 <= 120.0 {
        let step = ((d1 - d0) / n as f64).ceil().max(1.0);
        let mut t = d0.ceil();
        let mut out = Vec::new();
        while t <= d1 && out.len() <= n {
            out.push(t);
            t += step;
        }
        out
    } else {
        let mut out = Vec::new();
        for i in 0..=n {
            out.push(d0 + (d1 - d0) * i as f64 / n as f64);
        }
        out
    };
    for &d in &ticks {
        let label = (spec.x_axis)(d, d1 - d0);
        let half = text_width(&label, 11.0) / 2.0;
        let x = sx(d).clamp(pad + half, pad + inner - half);
        f.shapes.push(Shape::Line { from: (sx(d), bottom), to: (sx(d), bottom + 4.0), tone: Tone::Muted });
        f.shapes.push(Shape::Text {
            x,
            y: bottom + 14.0,
            text: label,
            px: 11.0,
            tone: Tone::Muted,
            bold: false,
            align: Align::Middle,
        });
    }
    for l in &spec.lines {
        if l.path.len() > 1 {
            let mut pts = Vec::new();
            for &(d, v) in &l.path {
                pts.push((sx(d), ys_scale.px(v)));
            }
            f.shapes.push(Shape::Polyline { points: pts, tone: l.tone, dashed: false });
        }
        for p in &l.points {
            let (x, y) = (sx(p.x), ys_scale.px(p.y));
            f.shapes.push(Shape::Dot { at: (x, y), r: 4.0, tone: l.tone });
            let rect = Rect { x: x - 10.0, y: y - 10.0, w: 20.0, h: 20.0 };
            f.marks.push(Mark::of(&p.id, rect, &p.tooltip, true, &p.row));
        }
    }
    f.y = bottom + 30.0;
}
