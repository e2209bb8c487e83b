//! The listing-day view: how far each listing's price rose above its offer price — at the
//! first-day high, the first-day close, a later high or the latest price — each company
//! in its own currency. Where the story states the gain itself, a tick marks the stated
//! value so a reader sees when the story's number and its own prices disagree.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::format::{money, percent};
use super::i18n::{aside, labelled, period_label, phrase, qualifier_word, verdict_word, Phrase};
use super::paint::{paint, Align, Shape};
use super::text::{bold_width, ellipsize, text_width, wrap};
use super::theme::{GRID, INK, MUTED, PAPER, SERIES};
use super::{Control, Mark, Rect, Rendered, Tooltip};
use crate::calc::{check_all, gain_pct};
use crate::error::{Error, Result};
use crate::model::{Dataset, Period};
use crate::Lang;

/// Which price the gain is measured at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListingMetric {
    FirstDayHigh,
    FirstDayClose,
    LaterHigh,
    Latest,
}

impl ListingMetric {
    pub const ALL: [ListingMetric; 4] =
        [ListingMetric::FirstDayHigh, ListingMetric::FirstDayClose, ListingMetric::LaterHigh, ListingMetric::Latest];

    /// Reads a `metric` attribute; empty means the first-day high.
    pub fn parse(s: &str) -> Result<Self> {
        ListingMetric::ALL.into_iter().find(|m| m.id() == s || (s.is_empty() && *m == ListingMetric::FirstDayHigh)).ok_or_else(|| {
            Error::chart(format!("unknown metric \"{s}\" for listing-day (known: first-day-high, first-day-close, later-high, latest)"))
        })
    }

    pub fn id(self) -> &'static str {
        match self {
            ListingMetric::FirstDayHigh => "first-day-high",
            ListingMetric::FirstDayClose => "first-day-close",
            ListingMetric::LaterHigh => "later-high",
            ListingMetric::Latest => "latest",
        }
    }

    /// The dataset metric of the price.
    fn price(self) -> &'static str {
        match self {
            ListingMetric::FirstDayHigh => "first_day_high",
            ListingMetric::FirstDayClose => "first_day_close",
            ListingMetric::LaterHigh => "later_high",
            ListingMetric::Latest => "latest_price",
        }
    }

    /// The dataset metric of a gain the story states for this price, if there is one.
    fn stated_gain(self) -> Option<&'static str> {
        match self {
            ListingMetric::FirstDayHigh => Some("gain_first_day_high"),
            ListingMetric::FirstDayClose => Some("gain_first_day_close"),
            _ => None,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ListingMetric::FirstDayHigh, Lang::Zh) => "首日最高价",
            (ListingMetric::FirstDayHigh, Lang::En) => "First-day high",
            (ListingMetric::FirstDayClose, Lang::Zh) => "首日收盘价",
            (ListingMetric::FirstDayClose, Lang::En) => "First-day close",
            (ListingMetric::LaterHigh, Lang::Zh) => "上市后最高价",
            (ListingMetric::LaterHigh, Lang::En) => "Later high",
            (ListingMetric::Latest, Lang::Zh) => "最新股价",
            (ListingMetric::Latest, Lang::En) => "Latest price",
        }
    }

    fn title(self, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("{}较发行价涨幅", self.label(lang)),
            Lang::En => format!("Gain over the offer price: {}", self.label(lang).to_lowercase()),
        }
    }
}

/// One row: a listing and its gain, if the source gives the price.
struct Row {
    id: String,
    name: String,
    sub: String,
    gain: Option<f64>,
    stated: Option<f64>,
    tooltip: Tooltip,
}

/// The laid-out view: shapes to paint, hit boxes and texts around the chart.
pub struct ListingDay {
    pub width: f64,
    pub height: f64,
    shapes: Vec<Shape>,
    marks: Vec<Mark>,
    title: String,
    summary: String,
    controls: Vec<Control>,
}

fn rows(d: &Dataset, lang: Lang, metric: ListingMetric) -> Result<Vec<Row>> {
    let checks = check_all(d);
    let mut out = Vec::new();
    for l in &d.listings {
        let c = l.company.as_str();
        let name = d.entity(c).map(|e| e.name.get(lang).to_string()).unwrap_or_else(|| c.to_string());
        let sub = format!("{} · {}", l.exchange.get(lang), l.currency.code());
        let offer = d.find(c, "offer_price");
        let price = d.find(c, metric.price());
        let stated = metric.stated_gain().and_then(|g| d.find(c, g));
        let exchange_label = if lang == Lang::Zh { "上市地" } else { "Listed on" };
        let mut lines =
            vec![labelled(exchange_label, &format!("{} · {}", l.exchange.get(lang), l.currency.code()), lang)];
        let mut quote = String::new();
        let gain = match (offer, price) {
            (Some(o), Some(p)) => {
                let cur = p.currency.unwrap_or(l.currency);
                let when = Period::parse(&p.period).map(|x| period_label(&x, lang)).unwrap_or_default();
                let label = format!("{}{}", metric.label(lang), aside(&when, lang));
                lines.push(labelled(&label, &money(p.value, cur, lang), lang));
                lines.push(labelled(
                    phrase(Phrase::Offer, lang),
                    &money(o.value, o.currency.unwrap_or(cur), lang),
                    lang,
                ));
                let g = gain_pct(o.value, p.value)?;
                lines.push(labelled(phrase(Phrase::Gain, lang), &percent(g, 2, true), lang));
                quote = p.quote.clone();
                Some(g)
            }
            (Some(o), None) => {
                lines.push(labelled(metric.label(lang), phrase(Phrase::NotGiven, lang), lang));
                lines.push(labelled(
                    phrase(Phrase::Offer, lang),
                    &money(o.value, o.currency.unwrap_or(l.currency), lang),
                    lang,
                ));
                quote = o.quote.clone();
                None
            }
            (None, _) => {
                lines.push(labelled(phrase(Phrase::Offer, lang), phrase(Phrase::NotGiven, lang), lang));
                None
            }
        };
        if let Some(s) = stated {
            let verdict = checks.iter().find(|k| k.figure == s.id).map(|k| k.verdict);
            let said = format!("{}{}", qualifier_word(s.qualifier, lang), percent(s.value, 2, false));
            let mut line = labelled(phrase(Phrase::ArticleSays, lang), &said, lang);
            if let Some(v) = verdict {
                line.push_str(if lang == Lang::Zh { " —— " } else { " — " });
                line.push_str(verdict_word(v, lang));
            }
            lines.push(line);
            if quote.is_empty() {
                quote = s.quote.clone();
            } else if s.quote != quote {
                lines.push(labelled(phrase(Phrase::Source, lang), &format!("「{}」", s.quote), lang));
            }
        }
        let id = price.map(|p| p.id.clone()).unwrap_or_else(|| format!("{c}.{}", metric.price()));
        out.push(Row {
            id,
            name: name.clone(),
            sub,
            gain,
            stated: stated.map(|s| s.value),
            tooltip: Tooltip { title: name, lines, quote },
        });
    }
    if out.is_empty() {
        return Err(Error::chart("the dataset has no listings to compare"));
    }
    Ok(out)
}

/// A "nice" tick step (1, 2 or 5 × 10ⁿ) giving about `target` ticks over `span`.
fn nice_step(span: f64, target: f64) -> f64 {
    let raw = span / target.max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

impl ListingDay {
    /// Lays the view out for `width` CSS pixels; the height follows from the content.
    pub fn layout(d: &Dataset, lang: Lang, metric: ListingMetric, width: f64) -> Result<Self> {
        let rows = rows(d, lang, metric)?;
        let w = width;
        let pad = if w < 420.0 { 10.0 } else { 16.0 };
        let inner = w - 2.0 * pad;
        let narrow = w < 480.0;
        let mut shapes = Vec::new();
        let mut y = pad;
        let title = metric.title(lang);
        for line in wrap(&title, 16.0, inner / 1.1) {
            shapes.push(Shape::Text {
                x: pad,
                y: y + 10.0,
                text: line,
                px: 16.0,
                color: INK,
                bold: true,
                align: Align::Start,
            });
            y += 22.0;
        }
        for line in wrap(phrase(Phrase::OwnCurrency, lang), 12.0, inner) {
            shapes.push(Shape::Text {
                x: pad,
                y: y + 8.0,
                text: line,
                px: 12.0,
                color: MUTED,
                bold: false,
                align: Align::Start,
            });
            y += 16.0;
        }
        y += 10.0;

        let not_given = phrase(Phrase::NotGiven, lang);
        let value_text = |r: &Row| r.gain.map_or_else(|| not_given.to_string(), |g| percent(g, 1, true));
        let val_room =
            rows.iter().filter(|r| r.gain.is_some()).map(|r| bold_width(&value_text(r), 12.0)).fold(0.0, f64::max)
                + 10.0;
        let label_w = if narrow {
            0.0
        } else {
            let widest =
                rows.iter().map(|r| bold_width(&r.name, 13.0).max(text_width(&r.sub, 11.0))).fold(0.0, f64::max);
            (widest + 16.0).min(inner * 0.42)
        };
        let x0 = pad + label_w;
        let x1 = (w - pad - val_room).max(x0 + 40.0);
        let values: Vec<f64> = rows.iter().flat_map(|r| r.gain.into_iter().chain(r.stated)).collect();
        let lo0 = values.iter().copied().fold(0.0, f64::min);
        let hi0 = values.iter().copied().fold(0.0, f64::max);
        let hi0 = if hi0 - lo0 < 1e-9 { lo0 + 100.0 } else { hi0 };
        let step = nice_step(hi0 - lo0, ((x1 - x0) / 80.0).floor().max(2.0));
        let (lo, hi) = ((lo0 / step).floor() * step, (hi0 / step).ceil() * step);
        let sx = |v: f64| x0 + (v - lo) / (hi - lo) * (x1 - x0);

        let row_h = if narrow { 54.0 } else { 48.0 };
        let bar_h = if narrow { 22.0 } else { 24.0 };
        let plot_top = y;
        let plot_bottom = y + row_h * rows.len() as f64;
        let mut tick = lo;
        while tick <= hi + step * 1e-6 {
            let x = sx(tick);
            let color = if tick.abs() < step * 1e-6 { MUTED } else { GRID };
            shapes.push(Shape::Line { from: (x, plot_top), to: (x, plot_bottom), color });
            shapes.push(Shape::Text {
                x,
                y: plot_bottom + 12.0,
                text: percent(tick, 0, false),
                px: 11.0,
                color: MUTED,
                bold: false,
                align: Align::Middle,
            });
            tick += step;
        }

        let mut marks = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            let top = plot_top + row_h * i as f64;
            let bar_y = if narrow {
                let name = ellipsize(&r.name, 13.0, inner, true);
                let sx0 = pad + bold_width(&name, 13.0) + 8.0;
                shapes.push(Shape::Text {
                    x: pad,
                    y: top + 9.0,
                    text: name,
                    px: 13.0,
                    color: INK,
                    bold: true,
                    align: Align::Start,
                });
                if w - pad - sx0 > 40.0 {
                    let sub = ellipsize(&r.sub, 11.0, w - pad - sx0, false);
                    shapes.push(Shape::Text {
                        x: sx0,
                        y: top + 9.0,
                        text: sub,
                        px: 11.0,
                        color: MUTED,
                        bold: false,
                        align: Align::Start,
                    });
                }
                top + 20.0
            } else {
                let mid = top + row_h / 2.0;
                let col = label_w - 12.0;
                shapes.push(Shape::Text {
                    x: pad,
                    y: mid - 8.0,
                    text: ellipsize(&r.name, 13.0, col, true),
                    px: 13.0,
                    color: INK,
                    bold: true,
                    align: Align::Start,
                });
                shapes.push(Shape::Text {
                    x: pad,
                    y: mid + 9.0,
                    text: ellipsize(&r.sub, 11.0, col, false),
                    px: 11.0,
                    color: MUTED,
                    bold: false,
                    align: Align::Start,
                });
                mid - bar_h / 2.0
            };
            let zero = sx(0.0);
            match r.gain {
                Some(g) => {
                    let (a, b) = (zero.min(sx(g)), zero.max(sx(g)));
                    shapes.push(Shape::Rect {
                        rect: Rect { x: a, y: bar_y, w: (b - a).max(1.0), h: bar_h },
                        fill: SERIES[i % SERIES.len()],
                    });
                    let (tx, align) = if g >= 0.0 { (b + 6.0, Align::Start) } else { (a - 6.0, Align::End) };
                    shapes.push(Shape::Text {
                        x: tx,
                        y: bar_y + bar_h / 2.0,
                        text: value_text(r),
                        px: 12.0,
                        color: INK,
                        bold: true,
                        align,
                    });
                }
                None => {
                    let bw = (text_width(not_given, 11.0) + 16.0).min(x1 - zero);
                    shapes.push(Shape::DashedRect { rect: Rect { x: zero, y: bar_y, w: bw, h: bar_h }, color: MUTED });
                    shapes.push(Shape::Text {
                        x: zero + 8.0,
                        y: bar_y + bar_h / 2.0,
                        text: not_given.to_string(),
                        px: 11.0,
                        color: MUTED,
                        bold: false,
                        align: Align::Start,
                    });
                }
            }
            if let Some(s) = r.stated {
                let x = sx(s);
                shapes
                    .push(Shape::Rect { rect: Rect { x: x - 1.5, y: bar_y - 4.0, w: 3.0, h: bar_h + 8.0 }, fill: INK });
            }
            let label = labelled(&r.name, &value_text(r), lang);
            marks.push(Mark {
                id: r.id.clone(),
                rect: Rect { x: pad, y: top, w: inner, h: row_h },
                label,
                tooltip: r.tooltip.clone(),
                present: r.gain.is_some(),
            });
        }
        y = plot_bottom + 28.0;
        if rows.iter().any(|r| r.stated.is_some()) {
            let legend = if lang == Lang::Zh {
                "黑色刻度:原文所称涨幅"
            } else {
                "Black tick: the gain the article states"
            };
            shapes.push(Shape::Rect { rect: Rect { x: pad, y: y - 6.0, w: 3.0, h: 12.0 }, fill: INK });
            for line in wrap(legend, 11.0, inner - 10.0) {
                shapes.push(Shape::Text {
                    x: pad + 9.0,
                    y,
                    text: line,
                    px: 11.0,
                    color: MUTED,
                    bold: false,
                    align: Align::Start,
                });
                y += 15.0;
            }
        }
        let source = d
            .sources
            .first()
            .map(|s| format!("{}{} · {}", phrase(Phrase::SourceLine, lang), s.publisher.get(lang), s.title.get(lang)))
            .unwrap_or_default();
        for line in wrap(&source, 11.0, inner) {
            shapes.push(Shape::Text {
                x: pad,
                y,
                text: line,
                px: 11.0,
                color: MUTED,
                bold: false,
                align: Align::Start,
            });
            y += 15.0;
        }
        let height = (y + pad - 6.0).ceil();

        let summary = summary(&rows, metric, lang);
        let controls = ListingMetric::ALL
            .iter()
            .map(|m| Control { id: m.id().to_string(), label: m.label(lang).to_string(), selected: *m == metric })
            .collect();
        Ok(ListingDay { width: w.round(), height, shapes, marks, title, summary, controls })
    }

    /// Paints the view on any plotters backend.
    pub fn draw<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>) -> Result<()> {
        paint(area, &self.shapes, PAPER)
    }

    pub fn into_rendered(self, svg: String) -> Rendered {
        Rendered {
            svg,
            width: self.width,
            height: self.height,
            title: self.title,
            summary: self.summary,
            marks: self.marks,
            controls: self.controls,
        }
    }
}

fn summary(rows: &[Row], metric: ListingMetric, lang: Lang) -> String {
    let parts: Vec<String> = rows
        .iter()
        .map(|r| {
            let v = r.gain.map_or_else(|| phrase(Phrase::NotGiven, lang).to_string(), |g| percent(g, 1, true));
            match lang {
                Lang::Zh => format!("{}{}", r.name, v),
                Lang::En => format!("{} {}", r.name, v),
            }
        })
        .collect();
    match lang {
        Lang::Zh => {
            format!("条形图:{}家上市公司按{}计算的较发行价涨幅。{}。", rows.len(), metric.label(lang), parts.join(","))
        }
        Lang::En => format!(
            "Bar chart: gain over the offer price at the {} for {} listings. {}.",
            metric.label(lang).to_lowercase(),
            rows.len(),
            parts.join("; ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(800.0, 4.0), 200.0);
        assert_eq!(nice_step(120.0, 5.0), 50.0);
        assert_eq!(nice_step(1.0, 4.0), 0.5);
    }

    #[test]
    fn metric_names_round_trip() {
        for m in ListingMetric::ALL {
            assert_eq!(ListingMetric::parse(m.id()).unwrap(), m);
        }
        assert!(ListingMetric::parse("volume").unwrap_err().to_string().contains("unknown metric \"volume\""));
    }
}
