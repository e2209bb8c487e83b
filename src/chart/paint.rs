//! A tiny display list that every view lays out into, and one function that paints it
//! with plotters on any backend (SVG string in the browser and tests, SVG file for the
//! static fallbacks). Layout stays pure data; drawing stays in one place.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::theme::{font_size, FONT};
use super::Rect;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Align {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        fill: RGBColor,
    },
    /// An outline drawn in dashes (a value the source does not give).
    DashedRect {
        rect: Rect,
        color: RGBColor,
    },
    Line {
        from: (f64, f64),
        to: (f64, f64),
        color: RGBColor,
    },
    /// Text whose vertical middle sits at `y`.
    Text {
        x: f64,
        y: f64,
        text: String,
        px: f64,
        color: RGBColor,
        bold: bool,
        align: Align,
    },
}

fn pt(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Paints `shapes` in order.
pub fn paint<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, shapes: &[Shape], background: RGBColor) -> Result<()> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| Error::chart(e.to_string());
    area.fill(&background).map_err(err)?;
    for s in shapes {
        match s {
            Shape::Rect { rect, fill } => {
                let r = Rectangle::new([pt(rect.x, rect.y), pt(rect.x + rect.w, rect.y + rect.h)], fill.filled());
                area.draw(&r).map_err(err)?;
            }
            Shape::DashedRect { rect, color } => {
                let (x0, y0, x1, y1) = (rect.x, rect.y, rect.x + rect.w, rect.y + rect.h);
                let corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)];
                for w in corners.windows(2) {
                    let (a, b) = (w[0], w[1]);
                    let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
                    let n = (len / 8.0).floor().max(1.0) as usize;
                    for i in (0..n).step_by(2) {
                        let t0 = i as f64 / n as f64;
                        let t1 = ((i + 1) as f64 / n as f64).min(1.0);
                        let p = |t: f64| pt(a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
                        area.draw(&PathElement::new(vec![p(t0), p(t1)], color.stroke_width(1))).map_err(err)?;
                    }
                }
            }
            Shape::Line { from, to, color } => {
                area.draw(&PathElement::new(vec![pt(from.0, from.1), pt(to.0, to.1)], color.stroke_width(1)))
                    .map_err(err)?;
            }
            Shape::Text { x, y, text, px, color, bold, align } => {
                let h = match align {
                    Align::Start => HPos::Left,
                    Align::Middle => HPos::Center,
                    Align::End => HPos::Right,
                };
                let style = if *bold { FontStyle::Bold } else { FontStyle::Normal };
                let font = FontDesc::new(FontFamily::Name(FONT), font_size(*px), style);
                let ts = font.color(color).pos(Pos::new(h, VPos::Center));
                area.draw(&Text::new(text.as_str(), pt(*x, *y), ts)).map_err(err)?;
            }
        }
    }
    Ok(())
}
