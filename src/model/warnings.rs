//! Things in a dataset that do not stop the chart but deserve an editor's look: a quote
//! the source's own text does not hold, figures listed out of time order (the charts sort
//! them, which may hide a wrong period), and two figures for the same thing and period
//! with different values (a chart shows one of them).

use crate::hash::HashMap;

use super::problem::Kind;
use super::validate::{at, Origin};
use super::{Dataset, Period, Problem, SourceTexts};

/// Collects the warnings of `d` into `out`.
/// Figures that already have an error are left out of the comparisons (their values or
/// periods are wrong anyway).
pub(crate) fn warnings(d: &Dataset, o: &Origin, texts: &SourceTexts, out: &mut Vec<Problem>) {
    let mut bad = vec![false; d.figures.len()];
    for (i, b) in bad.iter_mut().enumerate() {
        let p = o.figures.path(i);
        *b = out
            .iter()
            .any(|x| x.is_error() && x.path.strip_prefix(&p).is_some_and(|r| r.is_empty() || r.starts_with('.')));
    }
    quotes(d, o, texts, out);
    order(d, o, &bad, out);
    same_period(d, o, &bad, out);
}

/// Whitespace runs as one space: a quote copied across a line break still matches.
fn squeeze(s: &str) -> String {
    crate::join(&s.split_whitespace().collect::<Vec<_>>(), " ")
}

fn quotes(d: &Dataset, o: &Origin, texts: &SourceTexts, out: &mut Vec<Problem>) {
    if texts.is_empty() {
        return;
    }
    let texts: HashMap<&str, String> = texts.iter().map(|(id, t)| (*id, squeeze(t))).collect();
    let file = |id: &str| d.sources.iter().find(|s| s.id == id).and_then(|s| s.text.clone()).unwrap_or(id.to_string());
    let mut look = |path: String, source: &str, quote: &str| {
        if let Some(text) = texts.get(source) {
            if !quote.trim().is_empty() && !crate::has(text, &squeeze(quote)) {
                out.push(Problem::warn(at(&path, "quote"), Kind::QuoteNotInText { file: file(source) }));
            }
        }
    };
    for (i, l) in d.listings.iter().enumerate() {
        look(o.listings.path(i), &l.source, &l.quote);
    }
    for (i, f) in d.figures.iter().enumerate() {
        look(o.figures.path(i), &f.source, &f.quote);
    }
    for (i, f) in d.facts.iter().enumerate() {
        look(o.facts.path(i), &f.source, &f.quote);
    }
}

/// A figure's entity, metric, key and period.
type Key<'d> = (&'d str, &'d str, Option<&'d str>, &'d str);

/// Figures of one entity, metric and key whose file order is not time order.
fn order(d: &Dataset, o: &Origin, bad: &[bool], out: &mut Vec<Problem>) {
    // keyed as `same_period`'s map, the period left empty (one key type compiled, not two)
    let mut latest: HashMap<Key, (f64, &str)> = HashMap::new();
    for (i, f) in d.figures.iter().enumerate() {
        if bad[i] {
            continue;
        }
        let Some(end) = Period::parse(&f.period).ok().and_then(|p| p.end_year()) else { continue };
        let key = (f.entity.as_str(), f.metric.as_str(), f.key.as_deref(), "");
        match latest.get(&key) {
            Some(&(later, period)) if later > end => out.push(Problem::warn(
                o.figures.at(i, ".period"),
                Kind::OutOfOrder { period: f.period.clone(), later: period.to_string() },
            )),
            _ => {
                latest.insert(key, (end, f.period.as_str()));
            }
        }
    }
}

/// Two figures of the same entity, metric, key and period whose values differ by more
/// than the printed rounding (a restatement, "2347.53倍" then "2347倍", is fine, and so is
/// a price within a range given for the same day).
fn same_period(d: &Dataset, o: &Origin, bad: &[bool], out: &mut Vec<Problem>) {
    let mut first: HashMap<Key, usize> = HashMap::new();
    for (i, f) in d.figures.iter().enumerate() {
        if bad[i] {
            continue;
        }
        let key = (f.entity.as_str(), f.metric.as_str(), f.key.as_deref(), f.period.trim());
        let Some(&j) = first.get(&key) else {
            first.insert(key, i);
            continue;
        };
        let g = &d.figures[j];
        let digit = |x: &super::Figure| x.written().map_or(0.0, |w| w.last_digit.abs());
        let tolerance = digit(f).max(digit(g)).max(1e-9 * f.value.abs().max(g.value.abs()));
        // a marketed range and the price fixed within it ("US$47–51", then "US$51")
        let within = |r: &super::Figure, x: &super::Figure| {
            r.value_high.is_some_and(|hi| r.value - tolerance <= x.value && x.value <= hi + tolerance)
        };
        if (f.value - g.value).abs() > tolerance && !within(f, g) && !within(g, f) {
            out.push(Problem::warn(
                o.figures.at(i, ".period"),
                Kind::SamePeriod { other: o.figures.path(j), id: g.id.clone() },
            ));
        }
    }
}
