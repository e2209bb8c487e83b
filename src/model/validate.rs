//! The data contract, enforced on the way in. Every rule names the JSON path of the
//! offending value and what it got, so a newsroom can fix its file from the message.

use std::collections::HashSet;

use super::{metric, Dataset, EntityKind, Period, Qualifier, Unit, FORMAT};
use crate::error::{Error, Result};

/// The most figures a dataset may hold: far above any story, low enough that a
/// mistaken or hostile file is refused quickly instead of freezing the page.
pub const MAX_FIGURES: usize = 20_000;
/// The longest text field accepted (a quote is a sentence, not a book).
pub const MAX_TEXT: usize = 4_000;
/// The most entities, listings, facts or inputs a dataset may hold.
pub const MAX_ITEMS: usize = 2_000;
/// The largest magnitude a value may have: a thousand trillion, beyond any market.
pub const MAX_VALUE: f64 = 1e15;

/// Checks every rule of the format. The first broken rule is returned.
pub fn validate(d: &Dataset) -> Result<()> {
    if d.format != FORMAT {
        return Err(Error::data("format", format!("must be \"{FORMAT}\", got \"{}\"", d.format)));
    }
    if d.figures.is_empty() {
        return Err(Error::data("figures", "must hold at least one figure, got none"));
    }
    if d.figures.len() > MAX_FIGURES {
        return Err(Error::data(
            "figures",
            format!("holds {} figures; at most {MAX_FIGURES} are accepted", d.figures.len()),
        ));
    }
    for (list, n) in [
        ("sources", d.sources.len()),
        ("entities", d.entities.len()),
        ("listings", d.listings.len()),
        ("facts", d.facts.len()),
        ("inputs", d.inputs.len()),
    ] {
        if n > MAX_ITEMS {
            return Err(Error::data(list, format!("holds {n} items; at most {MAX_ITEMS} are accepted")));
        }
    }
    if d.sources.is_empty() {
        return Err(Error::data("sources", "must name at least one source, got none"));
    }
    for (i, s) in d.sources.iter().enumerate() {
        text(&format!("sources[{i}].title"), &s.title)?;
        text(&format!("sources[{i}].publisher"), &s.publisher)?;
        if let Some(note) = &s.note {
            len(&format!("sources[{i}].note"), note)?;
        }
        if let Some(cites) = &s.cites {
            text(&format!("sources[{i}].cites"), cites)?;
        }
    }
    text("story.title", &d.story.title)?;
    let sources = unique(d.sources.iter().map(|s| s.id.as_str()), "sources")?;
    let entities = unique(d.entities.iter().map(|e| e.id.as_str()), "entities")?;
    unique(d.figures.iter().map(|f| f.id.as_str()), "figures")?;
    unique(d.facts.iter().map(|f| f.id.as_str()), "facts")?;
    unique(d.inputs.iter().map(|f| f.id.as_str()), "inputs")?;

    for (i, e) in d.entities.iter().enumerate() {
        text(&format!("entities[{i}].name"), &e.name)?;
    }
    for (i, f) in d.story.focus.iter().enumerate() {
        if !entities.contains(f.as_str()) {
            return Err(Error::data(format!("story.focus[{i}]"), format!("no entity \"{f}\"")));
        }
    }
    for (i, f) in d.figures.iter().enumerate() {
        if let Some(k) = &f.key {
            len(&format!("figures[{i}].key"), k)?;
        }
        len(&format!("figures[{i}].period"), &f.period)?;
    }
    for (i, l) in d.listings.iter().enumerate() {
        let p = format!("listings[{i}]");
        match d.entity(&l.company) {
            Some(e) if e.kind == EntityKind::Company => {}
            Some(_) => return Err(Error::data(format!("{p}.company"), format!("\"{}\" is not a company", l.company))),
            None => return Err(Error::data(format!("{p}.company"), format!("no entity \"{}\"", l.company))),
        }
        match Period::parse(&l.date) {
            Ok(Period::Date(..) | Period::Month(..)) => {}
            Ok(_) => {
                return Err(Error::data(format!("{p}.date"), format!("must be a date or a month, got \"{}\"", l.date)))
            }
            Err(m) => return Err(Error::data(format!("{p}.date"), m)),
        }
        text(&format!("{p}.exchange"), &l.exchange)?;
        quote(&p, &l.source, &l.quote, l.date_as_written.as_deref(), &sources)?;
        if let Some(note) = &l.note {
            len(&format!("{p}.note"), note)?;
        }
    }
    for (i, f) in d.facts.iter().enumerate() {
        let p = format!("facts[{i}]");
        if !entities.contains(f.entity.as_str()) {
            return Err(Error::data(format!("{p}.entity"), format!("no entity \"{}\"", f.entity)));
        }
        if let Some(code) = &f.period {
            Period::parse(code).map_err(|m| Error::data(format!("{p}.period"), m))?;
        }
        text(&format!("{p}.text"), &f.text)?;
        len(&format!("{p}.topic"), &f.topic)?;
        quote(&p, &f.source, &f.quote, None, &sources)?;
    }
    for (i, x) in d.inputs.iter().enumerate() {
        let p = format!("inputs[{i}]");
        if !(x.rate.is_finite() && x.rate > 0.0) {
            return Err(Error::data(format!("{p}.rate"), format!("must be a positive number, got {}", x.rate)));
        }
        if x.from == x.to {
            return Err(Error::data(format!("{p}.to"), "must differ from \"from\""));
        }
        Period::parse(&x.as_of).map_err(|m| Error::data(format!("{p}.as_of"), m))?;
        text(&format!("{p}.source"), &x.source)?;
    }
    for (i, s) in d.series.iter().enumerate() {
        let p = format!("series[{i}]");
        if !entities.contains(s.entity.as_str()) {
            return Err(Error::data(format!("{p}.entity"), format!("no entity \"{}\"", s.entity)));
        }
        if !sources.contains(s.source.as_str()) {
            return Err(Error::data(format!("{p}.source"), format!("no source \"{}\"", s.source)));
        }
        for (j, (date, _)) in s.points.iter().enumerate() {
            if !matches!(Period::parse(date), Ok(Period::Date(..))) {
                return Err(Error::data(
                    format!("{p}.points[{j}]"),
                    format!("expected a date such as 2026-01-02, got \"{date}\""),
                ));
            }
        }
    }
    for (i, f) in d.figures.iter().enumerate() {
        let p = format!("figures[{i}]");
        if !entities.contains(f.entity.as_str()) {
            return Err(Error::data(format!("{p}.entity"), format!("no entity \"{}\"", f.entity)));
        }
        let Some(m) = metric(&f.metric) else {
            return Err(Error::data(
                format!("{p}.metric"),
                format!("unknown metric \"{}\" (see data/README.md for the list)", f.metric),
            ));
        };
        if m.unit != f.unit {
            return Err(Error::data(
                format!("{p}.unit"),
                format!("metric \"{}\" is measured in \"{}\", got \"{}\"", m.name, m.unit.as_str(), f.unit.as_str()),
            ));
        }
        let period = Period::parse(&f.period).map_err(|msg| Error::data(format!("{p}.period"), msg))?;
        if period.kind() != f.period_kind {
            return Err(Error::data(
                format!("{p}.period_kind"),
                format!("period \"{}\" is a {}, got \"{}\"", f.period, period.kind().as_str(), f.period_kind.as_str()),
            ));
        }
        if !f.value.is_finite() {
            let got = if f.value.is_nan() {
                "NaN"
            } else if f.value > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            };
            return Err(Error::data(format!("{p}.value"), format!("must be a finite number, got {got}")));
        }
        if f.value.abs() > MAX_VALUE {
            return Err(Error::data(
                format!("{p}.value"),
                format!("must be at most {MAX_VALUE:e} in size, got {:e}", f.value),
            ));
        }
        let must_be_positive = matches!(f.unit, Unit::PricePerShare | Unit::Shares | Unit::Tops | Unit::Nanometres);
        if must_be_positive && f.value <= 0.0 {
            // -0 prints as 0: JSON cannot carry the sign of zero anyway
            let got = if f.value == 0.0 { 0.0 } else { f.value };
            return Err(Error::data(format!("{p}.value"), format!("must be a positive number, got {got}")));
        }
        if !m.signed && f.value < 0.0 {
            return Err(Error::data(format!("{p}.value"), format!("must not be negative, got {}", f.value)));
        }
        match (f.qualifier, f.value_high) {
            (Qualifier::Range, None) => {
                return Err(Error::data(format!("{p}.value_high"), "a range needs its upper end in \"value_high\""));
            }
            (Qualifier::Range, Some(hi)) if !(hi.is_finite() && hi > f.value) => {
                return Err(Error::data(
                    format!("{p}.value_high"),
                    format!("must be larger than \"value\" ({}), got {hi}", f.value),
                ));
            }
            (Qualifier::Range, _) | (_, None) => {}
            (_, Some(_)) => {
                return Err(Error::data(
                    format!("{p}.value_high"),
                    "is only for a range: set \"qualifier\" to \"range\", or remove \"value_high\"",
                ));
            }
        }
        match (f.unit.is_money(), f.currency) {
            (true, None) => {
                return Err(Error::data(
                    format!("{p}.currency"),
                    format!(
                        "a {} figure needs a currency (an ISO 4217 code such as CNY, HKD, USD or EUR)",
                        f.unit.as_str()
                    ),
                ))
            }
            (false, Some(c)) => {
                return Err(Error::data(
                    format!("{p}.currency"),
                    format!("a {} figure has no currency, got \"{}\"", f.unit.as_str(), c.code()),
                ))
            }
            _ => {}
        }
        quote(&p, &f.source, &f.quote, f.as_written.as_deref(), &sources)?;
        if let Some(w) = &f.as_written {
            let Some(read) = super::read_written(w) else {
                return Err(Error::data(format!("{p}.as_written"), format!("holds no number: \"{w}\"")));
            };
            // a loss of a profit metric is recorded negative and printed without a sign
            // ("an operating loss of €6.4m")
            let loss_as_printed = m.signed && f.value < 0.0 && read.value > 0.0 && same(read.value, -f.value);
            if !same(read.value, f.value) && !loss_as_printed {
                return Err(Error::data(format!("{p}.value"), written_mismatch(w, read.value, f.value)));
            }
            if let (Qualifier::Range, Some(hi)) = (f.qualifier, f.value_high) {
                match super::read_range(w) {
                    Some((_, high)) if !same(high.value, hi) => {
                        return Err(Error::data(format!("{p}.value_high"), written_mismatch(w, high.value, hi)));
                    }
                    Some(_) => {}
                    None => {
                        return Err(Error::data(
                            format!("{p}.as_written"),
                            format!("\"{w}\" holds one number; a range is printed with both ends (\"47–51\")"),
                        ));
                    }
                }
            }
        }
        if let Some(note) = &f.note {
            text(&format!("{p}.note"), note)?;
        }
    }
    Ok(())
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Why a value is not its printed form, in editor words: a value off by a power of ten
/// was entered in the printed scale (millions, 亿) instead of whole units.
fn written_mismatch(w: &str, read: f64, got: f64) -> String {
    let ratio = if got != 0.0 { read / got } else { 0.0 };
    // the power of ten the ratio is, if it is one (1e3 thousands … 1e12 trillions)
    let power = (-12..=12).find(|&k: &i32| k != 0 && ratio > 0.0 && same(ratio, 10f64.powi(k)));
    let scales = [(3, "thousands"), (4, "万"), (6, "millions"), (8, "亿"), (9, "billions"), (12, "trillions")];
    if let Some(power) = power {
        // 1,000,000: the digits grouped by three
        let digits = format!("1{}", "0".repeat(power.unsigned_abs() as usize));
        let times: String = digits
            .chars()
            .enumerate()
            .flat_map(|(i, c)| (i > 0 && (digits.len() - i) % 3 == 0).then_some(',').into_iter().chain([c]))
            .collect();
        if power > 0 {
            let scale = scales.iter().find(|(p, _)| *p == power).map_or("a larger scale", |(_, s)| s);
            return format!(
                "is {times} times smaller than \"{w}\" ({read}): write values in whole units ({read}), not in {scale}"
            );
        }
        return format!(
            "is {times} times larger than \"{w}\" ({read}): check the scale of the value and of the printed form"
        );
    }
    format!("the source prints \"{w}\" ({read}), got {got}")
}

fn unique<'a>(ids: impl Iterator<Item = &'a str>, list: &str) -> Result<HashSet<&'a str>> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            return Err(Error::data(format!("{list}[{i}].id"), "must not be empty"));
        }
        len(&format!("{list}[{i}].id"), id)?;
        if !seen.insert(id) {
            return Err(Error::data(format!("{list}[{i}].id"), format!("duplicate id \"{id}\"")));
        }
    }
    Ok(seen)
}

fn len(path: &str, s: &str) -> Result<()> {
    if s.len() > MAX_TEXT {
        return Err(Error::data(path, format!("is {} bytes long; at most {MAX_TEXT} are accepted", s.len())));
    }
    Ok(())
}

fn text(path: &str, t: &super::Text) -> Result<()> {
    if t.get(crate::Lang::En).trim().is_empty() {
        return Err(Error::data(path, "needs \"zh\", \"zh-Hant\" or \"en\" text, got none"));
    }
    for (lang, t) in [("zh", t.zh.as_deref()), ("zh-Hant", t.zh_hant.as_deref()), ("en", t.en.as_deref())] {
        if let Some(t) = t {
            len(&format!("{path}.{lang}"), t)?;
        }
    }
    Ok(())
}

fn quote(p: &str, source: &str, quote: &str, as_written: Option<&str>, sources: &HashSet<&str>) -> Result<()> {
    if !sources.contains(source) {
        return Err(Error::data(format!("{p}.source"), format!("no source \"{source}\"")));
    }
    if quote.trim().is_empty() {
        return Err(Error::data(format!("{p}.quote"), "must quote the sentence the value comes from"));
    }
    len(&format!("{p}.quote"), quote)?;
    if let Some(w) = as_written {
        if w.is_empty() || !quote.contains(w) {
            return Err(Error::data(format!("{p}.as_written"), format!("\"{w}\" does not occur in the quote")));
        }
    }
    Ok(())
}
