//! The frame every view is laid out in: title, subtitle, the plot(s), legend, notes and
//! the source line, top to bottom, each wrapped to the width. A [`Scene`] is the result.
//! Past [`MAX_CONTENT`] the chart grows no wider: the content keeps that width, centred
//! in the space given (lines as long as a page's are hard to read, plots as wide as one
//! hard to compare across).

use super::paint::{Align, Fill, Shape};
use super::text::{bold_width, text_width, wrap};
use super::theme::Tone;
use super::{Mark, Rect};

/// A laid-out chart: what to paint and where the data points are.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    pub marks: Vec<Mark>,
}

/// A legend entry: a swatch and its meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub tone: Tone,
    pub fill: Fill,
    pub label: String,
}

/// The widest the content of a chart (title, plot, notes) gets, in CSS px, margins
/// included.
pub const MAX_CONTENT: f64 = 960.0;

/// A vertical layout cursor with the shapes laid out so far.
pub struct Frame {
    /// The width of the chart.
    pub w: f64,
    /// The content's left edge; the content ends as far from the right edge (`w - pad`).
    pub pad: f64,
    /// The content's width.
    pub inner: f64,
    /// The margin above and below the content.
    pub margin: f64,
    pub y: f64,
    pub shapes: Vec<Shape>,
    pub marks: Vec<Mark>,
}

impl Frame {
    pub fn new(width: f64) -> Frame {
        let margin = if width < 420.0 { 10.0 } else { 16.0 };
        let inner = width.min(MAX_CONTENT) - 2.0 * margin;
        let pad = (width - inner) / 2.0;
        Frame { w: width, pad, inner, margin, y: margin, shapes: Vec::new(), marks: Vec::new() }
    }

    pub fn narrow(&self) -> bool {
        self.w < 480.0
    }

    pub fn title(&mut self, s: &str) {
        for line in wrap(s, 16.0, self.inner / 1.1) {
            self.shapes.push(Shape::Text {
                x: self.pad,
                y: self.y + 10.0,
                text: line,
                px: 16.0,
                tone: Tone::Ink,
                bold: true,
                align: Align::Start,
            });
            self.y += 22.0;
        }
    }

    /// Wrapped muted text at `px`, `lh` apart.
    pub fn lines(&mut self, s: &str, px: f64, tone: Tone) {
        let lh = px + 4.0;
        for line in wrap(s, px, self.inner) {
            self.shapes.push(Shape::text(self.pad, self.y + lh / 2.0, line, px, tone));
            self.y += lh;
        }
    }

    pub fn gap(&mut self, h: f64) {
        self.y += h;
    }

    /// Swatches with labels, flowing onto new lines as needed; a label longer than the
    /// width wraps beside its swatch.
    pub fn legend(&mut self, keys: &[Key]) {
        if keys.is_empty() {
            return;
        }
        let end = self.pad + self.inner;
        let mut x = self.pad;
        // the lines taken by the tallest key of the current row
        let mut rows = 1;
        for k in keys {
            let w = 14.0 + 6.0 + text_width(&k.label, 11.0) + 14.0;
            if x + w > end && x > self.pad {
                x = self.pad;
                self.y += 18.0 + 14.0 * (rows - 1) as f64;
                rows = 1;
            }
            let rect = Rect { x, y: self.y + 3.0, w: 14.0, h: 12.0 };
            self.shapes.push(Shape::Rect { rect, tone: k.tone, fill: k.fill });
            let lines = wrap(&k.label, 11.0, end - x - 20.0);
            for (i, line) in lines.iter().enumerate() {
                self.shapes.push(Shape::text(
                    x + 20.0,
                    self.y + 9.0 + 14.0 * i as f64,
                    line.clone(),
                    11.0,
                    Tone::Muted,
                ));
            }
            rows = rows.max(lines.len());
            x += w;
        }
        self.y += 22.0 + 14.0 * (rows - 1) as f64;
    }

    /// A short bold statistic line ("47.1万人 认购公开发售"), value first.
    pub fn stat(&mut self, value: &str, label: &str) {
        let vw = bold_width(value, 14.0);
        self.shapes.push(Shape::Text {
            x: self.pad,
            y: self.y + 9.0,
            text: value.to_string(),
            px: 14.0,
            tone: Tone::Ink,
            bold: true,
            align: Align::Start,
        });
        let room = self.inner - vw - 8.0;
        let lines = wrap(label, 12.0, room.max(80.0));
        for (i, l) in lines.iter().enumerate() {
            self.shapes.push(Shape::text(
                self.pad + vw + 8.0,
                self.y + 9.0 + 16.0 * i as f64,
                l.clone(),
                12.0,
                Tone::Muted,
            ));
        }
        self.y += 16.0 * lines.len().max(1) as f64 + 6.0;
    }

    /// Horizontal gridlines at `ticks` from `x0` to `x1`, labelled left of `x0`; the
    /// line at `base` (a zero baseline), if any, drawn darker.
    pub fn y_grid(&mut self, ticks: &[(f64, String)], x0: f64, x1: f64, base: Option<f64>) {
        for (y, label) in ticks {
            let tone = if base.is_some_and(|b| (y - b).abs() < 0.5) { Tone::Muted } else { Tone::Grid };
            self.shapes.push(Shape::Line { from: (x0, *y), to: (x1, *y), tone });
            self.shapes.push(Shape::Text {
                x: x0 - 6.0,
                y: *y,
                text: label.clone(),
                px: 11.0,
                tone: Tone::Muted,
                bold: false,
                align: Align::End,
            });
        }
    }

    pub fn finish(self) -> Scene {
        Scene { width: self.w.round(), height: (self.y + self.margin).ceil(), shapes: self.shapes, marks: self.marks }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_charts_keep_their_content_at_the_cap_centred() {
        let f = Frame::new(1280.0);
        assert_eq!(f.inner, MAX_CONTENT - 32.0);
        assert_eq!(f.pad, (1280.0 - f.inner) / 2.0);
        assert_eq!((Frame::new(640.0).pad, Frame::new(640.0).inner), (16.0, 608.0));
    }
}
