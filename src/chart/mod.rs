//! Charts. Each view has a pure `layout` (geometry, texts, hit boxes, tooltips: no
//! drawing) and a `draw` generic over any plotters backend. The browser and the tests
//! both call [`render_svg`], so a snapshot is exactly what a reader sees.

mod format;
mod i18n;
mod listing_day;
mod paint;
mod text;
mod theme;

pub use format::{money, percent, plain, scaled, value};
pub use i18n::{aside, labelled, period_label, phrase, qualifier_word, unit_word, verdict_word, Phrase};
pub use listing_day::{ListingDay, ListingMetric};
pub use text::{bold_width, ellipsize, text_width, wrap};

use plotters::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::Dataset;
use crate::Lang;

/// The narrowest and widest chart drawn; widths outside are clamped.
pub const MIN_WIDTH: f64 = 280.0;
pub const MAX_WIDTH: f64 = 1600.0;

/// What to draw: the options an embedding page sets as attributes.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Spec {
    pub view: String,
    pub lang: Lang,
    pub metric: String,
    /// CSS pixels.
    pub width: f64,
}

impl Default for Spec {
    fn default() -> Self {
        Spec { view: "listing-day".into(), lang: Lang::Zh, metric: String::new(), width: 640.0 }
    }
}

/// A rectangle in CSS pixels from the chart's top left.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// What a tooltip says about one data point, as plain text (set with textContent).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tooltip {
    pub title: String,
    pub lines: Vec<String>,
    /// The source sentence, quoted as written.
    pub quote: String,
}

/// One interactive data point: where it is, how it is announced, what its tooltip says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    /// The figure behind the point (or `entity.metric` where the source gives none).
    pub id: String,
    pub rect: Rect,
    /// A short accessible name: "Biren Technology: +118.8 %".
    pub label: String,
    pub tooltip: Tooltip,
    /// False where the source gives no value (drawn as "not given").
    pub present: bool,
}

/// A switchable metric of the view, for the control bar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Control {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

/// A drawn chart: the SVG and what the page needs around it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rendered {
    pub svg: String,
    pub width: f64,
    pub height: f64,
    pub title: String,
    /// A sentence or two for screen readers summarising what the chart shows.
    pub summary: String,
    pub marks: Vec<Mark>,
    pub controls: Vec<Control>,
}

/// Draws `spec` from `d` as an SVG string.
///
/// ```
/// use ipo_lens::chart::{render_svg, Spec};
/// use ipo_lens::model::{parse, DEFAULT_JSON};
/// let d = parse(DEFAULT_JSON).unwrap();
/// let r = render_svg(&d, &Spec::default()).unwrap();
/// assert!(r.svg.starts_with("<svg") && r.marks.len() == 3);
/// ```
pub fn render_svg(d: &Dataset, spec: &Spec) -> Result<Rendered> {
    let width = if spec.width.is_finite() { spec.width.clamp(MIN_WIDTH, MAX_WIDTH) } else { 640.0 };
    match spec.view.as_str() {
        "listing-day" | "" => {
            let metric = ListingMetric::parse(&spec.metric)?;
            let layout = ListingDay::layout(d, spec.lang, metric, width)?;
            let mut svg = String::new();
            {
                let size = (layout.width.round() as u32, layout.height.round() as u32);
                let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
                layout.draw(&root)?;
                root.present().map_err(|e| Error::chart(e.to_string()))?;
            }
            Ok(layout.into_rendered(svg))
        }
        other => Err(Error::chart(format!("unknown view \"{other}\" (known: listing-day)"))),
    }
}
