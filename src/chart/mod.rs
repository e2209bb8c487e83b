//! Charts. Each view (`views/`) maps the dataset to one of three chart kinds — bars,
//! columns over periods, a check list — laid out in pure Rust into a display list
//! (geometry, texts, hit boxes, tooltips) and painted with plotters on any backend. The
//! browser and the tests both call [`render_svg`], so a snapshot is exactly what a
//! reader sees.

mod bars;
pub mod bidi;
mod checks;
mod columns;
mod format;
mod frame;
pub mod handoff;
mod hits;
mod lines;
mod paint;
mod reach;
mod scale;
mod spec;
mod svg;
mod text;
mod theme;
mod types;
mod views;

pub use crate::i18n::{labelled, period_label};
pub use format::{
    in_unit, label_unit, money, money_short, money_short_to, money_to, number, percent, plain, scaled, scaled_to, tick,
    value, value_to,
};
pub use frame::{ListItem, Scene, MAX_CONTENT};
pub use hits::hit_boxes;
pub use paint::{Align, Fill, Shape};
pub use reach::{reach, Failed, How, Reach, Seen, Unseen};
pub use scale::ScaleKind;
pub use spec::{RawSpec, Spec};
pub use text::{bold_width, clusters, cut, text_width, wrap};
pub use theme::{contrast, Theme, Tone, DARK, FONT, LIGHT, THEME_CSS};
pub use types::{markdown, pictures, typescript, with_docs, with_pictures, with_types};
pub use views::{available, MetricDef, ViewDef, REGISTRY};

use plotters::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::Dataset;

/// The narrowest and widest chart drawn; widths outside are clamped.
pub const MIN_WIDTH: f64 = 280.0;
pub const MAX_WIDTH: f64 = 1600.0;

/// A rectangle in CSS pixels from the chart's top left.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// What a tooltip says about one data point, as plain text (set with textContent): a
/// title and at most [`Tooltip::MAX_LINES`] short lines (the value with its unit and
/// period, and what matters most about it); the provenance — how the source printed it,
/// the check, notes, rates — in `details`, shown behind a disclosure and in the table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tooltip {
    pub title: String,
    pub lines: Vec<String>,
    pub details: Vec<String>,
    /// The source sentence, quoted as written.
    pub quote: String,
}

impl Tooltip {
    /// The most lines a tooltip shows before its disclosure.
    pub const MAX_LINES: usize = 3;

    /// A tooltip with `lines` only (no provenance, no quote).
    pub fn plain(title: &str, lines: Vec<String>) -> Tooltip {
        Tooltip { title: title.to_string(), lines, details: Vec::new(), quote: String::new() }
    }

    /// Keeps the first [`Tooltip::MAX_LINES`] lines; the rest open the details.
    pub fn fit(mut self) -> Tooltip {
        if self.lines.len() > Tooltip::MAX_LINES {
            // (`append`, not `splice`: splice's drop and drain fill compiled for `String`)
            let mut rest = self.lines.split_off(Tooltip::MAX_LINES);
            rest.append(&mut self.details);
            self.details = rest;
        }
        self
    }
}

/// One data point as a row of the data table (and of the CSV export).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub item: String,
    pub series: String,
    pub value: String,
    pub period: String,
    /// The point's accessible name: "Biren Technology: +118.8%".
    pub aria: String,
}

/// One interactive data point: where it is, how it is announced, what its tooltip says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    /// The figure behind the point (or `entity.metric` where the source gives none).
    pub id: String,
    pub rect: Rect,
    pub label: String,
    pub tooltip: Tooltip,
    /// False where the source gives no value (drawn as "not given").
    pub present: bool,
    pub row: Row,
}

impl Mark {
    /// The mark of a drawn point: its `id`, tooltip and row copied, announced as its row
    /// is (one function for every chart kind).
    pub fn of(id: &str, rect: Rect, tooltip: &Tooltip, present: bool, row: &Row) -> Mark {
        Mark { id: id.to_string(), rect, label: row.aria.clone(), tooltip: tooltip.clone(), present, row: row.clone() }
    }
}

/// A control of the view: a metric, a scale, a currency, a toggle or an input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Control {
    /// `metric`, `scale`, `currency`, `annualise`, `lot` or `fx`.
    pub kind: String,
    pub id: String,
    pub label: String,
    pub selected: bool,
}

impl Control {
    /// A control of kind `kind` (one function for every view's controls).
    pub fn new(kind: &str, id: &str, label: &str, selected: bool) -> Control {
        Control { kind: kind.to_string(), id: id.to_string(), label: label.to_string(), selected }
    }
}

/// A drawn chart: the SVG and what the page needs around it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rendered {
    pub view: String,
    pub svg: String,
    pub width: f64,
    pub height: f64,
    pub title: String,
    /// A sentence or two for screen readers summarising what the chart shows.
    pub summary: String,
    pub marks: Vec<Mark>,
    pub controls: Vec<Control>,
    /// The data table's column heads (its rows are the marks' rows and quotes).
    pub table_head: Vec<String>,
    /// The view's data as CSV, with the source line.
    pub csv: String,
    /// The views this dataset can fill, with their names in this language, for a tab bar.
    pub views: Vec<(String, String)>,
    /// The language drawn (its BCP 47 tag).
    pub lang: &'static str,
    /// The words of the element around the chart, in that language.
    pub ui: crate::i18n::Ui,
    /// The font stack of that language (CJK faces first for Chinese), for the element's
    /// own text as for the chart's.
    pub font: &'static str,
    /// Dataset texts shown in another language than `lang` (no text in the reader's
    /// language was given), each with its language's tag: the element marks them.
    pub foreign: Vec<(String, &'static str)>,
    /// The language of the source sentences (quotes), as the dataset's first source
    /// gives it.
    pub quote_lang: String,
    /// A list view's items as text, where the spec asked for them (`text_list`): the page
    /// sets them out after the drawing, then `after` (the source line).
    pub list: Vec<frame::ListItem>,
    pub after: Vec<String>,
    /// An option that could not be honoured and was replaced by its default (an unknown
    /// `lang`): the element shows it beside the chart.
    pub notice: Option<String>,
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
    render_checked(d, &crate::calc::check_all(d), spec)
}

/// [`render_svg`] with the fact check of `d` already done (`checks` is
/// [`crate::calc::check_all`]`(d)`, which a widget keeps for as long as it keeps `d`).
pub fn render_checked(d: &Dataset, checks: &[crate::calc::Check], spec: &Spec) -> Result<Rendered> {
    let views::Built { view, foreign, own, .. } = views::build_checked(d, checks, spec, width(spec))?;
    let mut scene = view.scene;
    // in the SVG's text only: marks, tooltips and the CSV keep the dataset's text as it is
    if !own.is_empty() {
        for s in &mut scene.shapes {
            if let Shape::Text { text, .. } = s {
                if let std::borrow::Cow::Owned(t) = bidi::isolate(text, &own) {
                    *text = t;
                }
            }
        }
    }
    // (room for a typical drawing at once: growing it by doubling copied it a dozen times)
    let mut svg = String::with_capacity(1 << 15);
    {
        let size = (scene.width.round() as u32, scene.height.round() as u32);
        let font = spec.lang.words().font;
        let root = svg::Svg::with_string(&mut svg, size, font).into_drawing_area();
        let theme = if spec.dark { &DARK } else { &LIGHT };
        paint::paint(&root, &scene.shapes, theme, font)?;
        // (by `format!`: no `ToString` compiled for plotters' error type)
        root.present().map_err(|e| Error::chart(format!("{e}")))?;
    }
    let lang = spec.lang;
    let w = lang.words();
    let mut table_head = Vec::new();
    for &s in &w.table_head {
        table_head.push(s.to_string());
    }
    let source = d
        .sources
        .first()
        .map(|s| {
            let cites = s.cites.as_ref().map(|c| w.aside(c.get(lang))).unwrap_or_default();
            crate::join(&[s.publisher.get(lang), " · ", s.title.get(lang), &cites], "")
        })
        .unwrap_or_default();
    let csv = csv(&view.title, &table_head, w.csv_unit, &scene.marks, &source);
    let mut views = Vec::new();
    for v in available(d) {
        views.push((v.id.to_string(), (v.name)(w).to_string()));
    }
    Ok(Rendered {
        view: spec.view.id.to_string(),
        svg,
        width: scene.width,
        height: scene.height,
        title: view.title,
        summary: view.summary,
        marks: scene.marks,
        controls: view.controls,
        table_head,
        csv,
        views,
        lang: w.tag,
        ui: w.ui,
        font: w.font,
        foreign,
        quote_lang: d.sources.first().map(|s| s.language.clone()).unwrap_or_default(),
        list: scene.list,
        after: scene.after,
        notice: None,
    })
}

/// What [`render_svg`] paints, before it is painted: every shape with its geometry (the
/// native layout tests read it).
///
/// ```
/// use ipo_lens::chart::{layout, Shape, Spec};
/// use ipo_lens::model::{parse, DEFAULT_JSON};
/// let d = parse(DEFAULT_JSON).unwrap();
/// let scene = layout(&d, &Spec::default()).unwrap();
/// assert!(scene.shapes.iter().any(|s| matches!(s, Shape::Text { .. })));
/// ```
pub fn layout(d: &Dataset, spec: &Spec) -> Result<Scene> {
    Ok(views::build(d, spec, width(spec))?.view.scene)
}

/// The width drawn: the asked one, whole, within [`MIN_WIDTH`]..[`MAX_WIDTH`].
fn width(spec: &Spec) -> f64 {
    if spec.width.is_finite() {
        spec.width.clamp(MIN_WIDTH, MAX_WIDTH).floor()
    } else {
        640.0
    }
}

/// One CSV text cell: quoted, and a cell that a spreadsheet would run as a formula
/// (starting with = + - @, a tab or a carriage return: OWASP's list) is prefixed with an
/// apostrophe. Numbers are not written through it (see [`csv_value`]).
///
/// ```
/// use ipo_lens::chart::csv_cell;
/// assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
/// assert_eq!(csv_cell("-cmd"), "\"'-cmd\"");
/// assert_eq!(csv_cell("壁仞科技"), "\"壁仞科技\"");
/// ```
pub fn csv_cell(s: &str) -> String {
    let mut out = String::new();
    push_cell(&mut out, s);
    out
}

/// Appends [`csv_cell`]'s cell for `s` to `out`.
fn push_cell(out: &mut String, s: &str) {
    out.push('"');
    // (the first byte: each of these is ASCII, so no other character starts with it)
    if matches!(s.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')) {
        out.push('\'');
    }
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

/// A value as the chart shows it, split for a spreadsheet: its one number as printed
/// (sign, digits and decimals, no grouping) for a numeric cell, and the rest (currency,
/// scale word, unit, "≈") for the unit column. `None` when the text holds no number or
/// more than one (a range, a date): it stays a text cell.
///
/// ```
/// use ipo_lens::chart::csv_value;
/// assert_eq!(csv_value("+118.8%"), Some(("118.8".into(), "%".into())));
/// assert_eq!(csv_value("−€6.4 million"), Some(("-6.4".into(), "€ million".into())));
/// assert_eq!(csv_value("HK$1,234.50"), Some(("1234.50".into(), "HK$".into())));
/// assert_eq!(csv_value("53.75亿港元"), Some(("53.75".into(), "亿港元".into())));
/// assert_eq!(csv_value("2026-01-02"), None);
/// assert_eq!(csv_value("not given"), None);
/// assert_eq!(csv_value("began A-share tutoring in 2024 with a broker"), None);
/// ```
pub fn csv_value(shown: &str) -> Option<(String, String)> {
    // (by byte index: digits, signs, commas and points are ASCII, so an index next to one is
    // a character's start; no `Vec<char>` collected)
    let b = shown.as_bytes();
    let first = b.iter().position(u8::is_ascii_digit)?;
    let mut end = first;
    while end < b.len()
        && (b[end].is_ascii_digit()
            || (matches!(b[end], b',' | b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit)))
    {
        end += 1;
    }
    if b[end..].iter().any(u8::is_ascii_digit) {
        return None;
    }
    // a sign leads the value ("−€6.4m", "+118.8%", "≈-1.5"); a hyphen inside words
    // ("A-share 2024") makes it prose
    let lead = if shown.starts_with('≈') { '≈'.len_utf8() } else { 0 };
    let sign = |x: char| matches!(x, '+' | '-' | '−');
    let at = shown[lead..].chars().next();
    let negative = at.is_some_and(|x| matches!(x, '-' | '−'));
    let prefix = &shown[lead + at.filter(|x| sign(*x)).map_or(0, char::len_utf8)..first];
    if prefix.chars().any(sign) {
        return None;
    }
    let mut digits = String::new();
    for &x in &b[first..end] {
        if x != b',' {
            digits.push(char::from(x));
        }
    }
    // the rest, its words one space apart
    let mut unit = String::new();
    let mut space = false;
    for &part in &[&shown[..lead], prefix, &shown[end..]] {
        for x in part.chars() {
            if x.is_whitespace() {
                space = !unit.is_empty();
            } else {
                if space {
                    unit.push(' ');
                    space = false;
                }
                unit.push(x);
            }
        }
    }
    // a unit is a few words ("CN¥ billion", "about %"); more is a sentence
    if unit.chars().count() > 24 || unit.split(' ').count() > 3 {
        return None;
    }
    Some((if negative { format::cat("-", &digits) } else { digits }, unit))
}

fn csv(title: &str, head: &[String], unit: &str, marks: &[Mark], source: &str) -> String {
    let mut out = String::new();
    push_cell(&mut out, title);
    out.push_str("\r\n");
    // the value's unit in a column of its own, after the value
    for (i, h) in head.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if i == 3 {
            push_cell(&mut out, unit);
            out.push(',');
        }
        push_cell(&mut out, h);
    }
    out.push_str("\r\n");
    for m in marks {
        push_cell(&mut out, &m.row.item);
        out.push(',');
        push_cell(&mut out, &m.row.series);
        out.push(',');
        match csv_value(&m.row.value) {
            Some((number, unit)) => {
                out.push_str(&number);
                out.push(',');
                push_cell(&mut out, &unit);
            }
            None => {
                push_cell(&mut out, &m.row.value);
                out.push_str(",\"\"");
            }
        }
        out.push(',');
        push_cell(&mut out, &m.row.period);
        out.push(',');
        push_cell(&mut out, &m.tooltip.quote);
        out.push_str("\r\n");
    }
    push_cell(&mut out, source);
    out.push_str("\r\n");
    out
}
