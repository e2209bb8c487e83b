//! The data contract, enforced on the way in. Every rule names the JSON path of the
//! offending value and what it got, so a newsroom can fix its file from the message;
//! every broken rule is collected (the checker shows them all), and [`validate`] returns
//! the first for the widget's fast path.

use crate::hash::HashSet;

use super::problem::{closest, Kind, PeriodWhy, What};
use super::{metric, Dataset, EntityKind, Period, Problem, Qualifier, Unit, FORMAT, METRICS};
use crate::error::{Error, Result};

/// The most figures a dataset may hold: far above any story, low enough that a
/// mistaken or hostile file is refused quickly instead of freezing the page.
pub const MAX_FIGURES: usize = 20_000;
/// The longest text field accepted (a quote is a sentence, not a book).
pub const MAX_TEXT: usize = 4_000;
/// The most entities, listings, facts or inputs a dataset may hold.
pub const MAX_ITEMS: usize = 2_000;
/// The most price series a dataset may hold (each is a line of one chart).
pub const MAX_SERIES: usize = 20;

/// The largest magnitude a value may have: a thousand trillion, beyond any market.
pub const MAX_VALUE: f64 = 1e15;

/// Checks every rule of the format. The first broken rule (in the order of the file) is
/// returned, in English.
pub fn validate(d: &Dataset) -> Result<()> {
    let mut out = Vec::new();
    rules(d, &Origin::of(d), &mut out);
    match out.into_iter().filter(Problem::is_error).min_by_key(|p| super::check::place(&p.path)) {
        Some(p) => Err(Error::data(p.path.clone(), p.message(crate::Lang::En))),
        None => Ok(()),
    }
}

/// Where the items of one list of a [`Dataset`] came from in the file: the checker
/// leaves out items it could not read, so item `i` is `index[i]` in the file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Part {
    /// The list's name in the file (`figures`): the head of its items' paths.
    pub list: &'static str,
    pub index: Vec<usize>,
    /// Items in the file.
    pub len: usize,
    /// The ids of the items that could not be read (they still count as existing).
    pub ids: Vec<String>,
    /// The list itself could not be read (missing, not a list, too long): its ids are
    /// unknown and nothing refers to it in vain.
    pub unknown: bool,
}

impl Part {
    fn whole(list: &'static str, n: usize) -> Part {
        Part { list, index: crate::sort::indices(n), len: n, ids: Vec::new(), unknown: false }
    }
    /// The path of item `i` (`figures[3]`).
    pub(crate) fn path(&self, i: usize) -> String {
        self.at(i, "")
    }
    /// The path of item `i` followed by `tail` (`.id`): one call, no path to extend.
    pub(crate) fn at(&self, i: usize, tail: &str) -> String {
        indexed(self.list, self.index.get(i).copied().unwrap_or(i), tail)
    }
}

/// The file positions of everything in a dataset (see [`Part`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct Origin {
    pub sources: Part,
    pub entities: Part,
    pub listings: Part,
    pub figures: Part,
    pub facts: Part,
    pub inputs: Part,
    pub series: Part,
    /// `story` was read (else its rules are skipped).
    pub story: bool,
}

impl Origin {
    /// A dataset read whole.
    pub fn of(d: &Dataset) -> Origin {
        Origin {
            sources: Part::whole("sources", d.sources.len()),
            entities: Part::whole("entities", d.entities.len()),
            listings: Part::whole("listings", d.listings.len()),
            figures: Part::whole("figures", d.figures.len()),
            facts: Part::whole("facts", d.facts.len()),
            inputs: Part::whole("inputs", d.inputs.len()),
            series: Part::whole("series", d.series.len()),
            story: true,
        }
    }
}

/// The ids a list holds, for references into it.
struct Ids<'a> {
    set: HashSet<&'a str>,
    unknown: bool,
    what: What,
}

impl Ids<'_> {
    /// Checks a reference: `None` when it resolves (or cannot be judged).
    fn missing(&self, id: &str) -> Option<Kind> {
        if self.unknown || self.set.contains(&id) {
            return None;
        }
        let suggestion = closest(id, self.set.as_slice());
        Some(Kind::NoSuch { what: self.what, id: id.to_string(), suggestion })
    }

    /// Checks the reference `id` at `field` of item `p` (one call where each of the
    /// rules' references took the problem back and passed it on).
    fn check(&self, p: &str, field: &str, id: &str, err: &mut Found) {
        if let Some(k) = self.missing(id) {
            err.at(p, field, k);
        }
    }
}

/// Collects every broken rule of `d` into `out`.
pub(crate) fn rules(d: &Dataset, o: &Origin, out: &mut Vec<Problem>) {
    let err = &mut Found(out);
    if d.format != FORMAT {
        err.err("format".into(), Kind::WrongFormat { got: d.format.clone() });
    }
    for (part, max) in [
        (&o.figures, MAX_FIGURES),
        (&o.sources, MAX_ITEMS),
        (&o.entities, MAX_ITEMS),
        (&o.listings, MAX_ITEMS),
        (&o.facts, MAX_ITEMS),
        (&o.inputs, MAX_ITEMS),
        (&o.series, MAX_SERIES),
    ] {
        if part.len > max {
            err.err(part.list.into(), Kind::TooMany { count: part.len, max });
        }
    }
    strings(d, o, err);
    for part in [&o.figures, &o.sources] {
        if part.len == 0 && !part.unknown {
            err.err(part.list.into(), Kind::EmptyList);
        }
    }
    for (i, s) in d.sources.iter().enumerate() {
        let p = o.sources.path(i);
        text(&p, "title", &s.title, err);
        text(&p, "publisher", &s.publisher, err);
        if let Some(cites) = &s.cites {
            text(&p, "cites", cites, err);
        }
    }
    if o.story {
        text("story", "title", &d.story.title, err);
    }
    let sources = unique(&ids(&d.sources, |s| &s.id), &o.sources, What::Source, err);
    let entities = unique(&ids(&d.entities, |e| &e.id), &o.entities, What::Entity, err);
    unique(&ids(&d.figures, |f| &f.id), &o.figures, What::Entity, err);
    unique(&ids(&d.facts, |f| &f.id), &o.facts, What::Entity, err);
    unique(&ids(&d.inputs, |x| &x.id), &o.inputs, What::Entity, err);

    for (i, e) in d.entities.iter().enumerate() {
        text(&o.entities.path(i), "name", &e.name, err);
    }
    if o.story && d.story.focus.len() > MAX_ITEMS {
        err.err("story.focus".into(), Kind::TooMany { count: d.story.focus.len(), max: MAX_ITEMS });
    }
    if o.story {
        for (i, f) in d.story.focus.iter().enumerate() {
            if let Some(k) = entities.missing(f) {
                err.err(indexed("story.focus", i, ""), k);
            }
        }
    }
    for (i, l) in d.listings.iter().enumerate() {
        let p = o.listings.path(i);
        match d.entity(&l.company) {
            Some(e) if e.kind == EntityKind::Company => {}
            Some(_) => err.at(&p, "company", Kind::NotACompany { id: l.company.clone() }),
            None => {
                entities.check(&p, "company", &l.company, err);
            }
        }
        match Period::parse(&l.date) {
            Ok(Period::Date(..) | Period::Month(..)) => {}
            Ok(_) => err.at(&p, "date", Kind::NotADate { got: l.date.clone() }),
            Err(m) => err.at(&p, "date", bad_period(&l.date, &m)),
        }
        text(&p, "exchange", &l.exchange, err);
        quote(&p, &l.source, &l.quote, l.date_as_written.as_deref(), &sources, err);
    }
    for (i, f) in d.facts.iter().enumerate() {
        let p = o.facts.path(i);
        entities.check(&p, "entity", &f.entity, err);
        if let Some(code) = &f.period {
            if let Err(m) = Period::parse(code) {
                err.at(&p, "period", bad_period(code, &m));
            }
        }
        text(&p, "text", &f.text, err);
        quote(&p, &f.source, &f.quote, None, &sources, err);
    }
    for (i, x) in d.inputs.iter().enumerate() {
        let p = o.inputs.path(i);
        if !(x.rate.is_finite() && x.rate > 0.0) {
            err.at(&p, "rate", Kind::MustBePositive { got: x.rate });
        }
        if x.from == x.to {
            err.at(&p, "to", Kind::SameCurrency);
        }
        if let Err(m) = Period::parse(&x.as_of) {
            err.at(&p, "as_of", bad_period(&x.as_of, &m));
        }
        text(&p, "source", &x.source, err);
    }
    for (i, s) in d.series.iter().enumerate() {
        let p = o.series.path(i);
        entities.check(&p, "entity", &s.entity, err);
        sources.check(&p, "source", &s.source, err);
        if s.points.len() > super::MAX_POINTS {
            err.at(&p, "points", Kind::TooMany { count: s.points.len(), max: super::MAX_POINTS });
            continue;
        }
        let mut last = f64::NEG_INFINITY;
        for (j, (date, price)) in s.points.iter().enumerate() {
            // the point's path, written only for a message
            let at = || indexed(&at(&p, "points"), j, "");
            match Period::parse(date) {
                Ok(Period::Date(y, m, d)) => {
                    let day = super::days_from_civil(y, m, d);
                    if day <= last {
                        err.err(at(), Kind::SeriesOrder);
                    }
                    last = day;
                }
                Ok(_) => err.err(at(), Kind::BadPeriod { got: date.clone(), why: PeriodWhy::NotADay }),
                Err(m) => err.err(at(), bad_period(date, &m)),
            }
            if !(price.is_finite() && *price > 0.0 && *price <= MAX_VALUE) {
                err.err(at(), Kind::SeriesPrice { got: *price });
            }
        }
    }
    for (i, f) in d.figures.iter().enumerate() {
        let p = o.figures.path(i);
        entities.check(&p, "entity", &f.entity, err);
        let m = metric(&f.metric);
        match m {
            None => err.at(
                &p,
                "metric",
                Kind::UnknownMetric { got: f.metric.clone(), suggestion: closest(&f.metric, &metric_names()) },
            ),
            Some(m) if m.unit != f.unit => {
                err.at(&p, "unit", Kind::UnitMismatch { metric: m.name.to_string(), unit: m.unit, got: f.unit })
            }
            Some(_) => {}
        }
        match Period::parse(&f.period) {
            Err(m) => err.at(&p, "period", bad_period(&f.period, &m)),
            Ok(period) if period.kind() != f.period_kind => err.at(
                &p,
                "period_kind",
                Kind::PeriodKindMismatch { period: f.period.clone(), is: period.kind(), got: f.period_kind },
            ),
            Ok(_) => {}
        }
        let mut value_ok = false;
        if !f.value.is_finite() {
            let got = if f.value.is_nan() {
                "NaN"
            } else if f.value > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            };
            err.at(&p, "value", Kind::NotFinite { got: got.into() });
        } else if f.value.abs() > MAX_VALUE {
            err.at(&p, "value", Kind::TooLarge { got: f.value });
        } else if matches!(f.unit, Unit::PricePerShare | Unit::Shares | Unit::Tops | Unit::Nanometres) && f.value <= 0.0
        {
            // -0 prints as 0: JSON cannot carry the sign of zero anyway
            let got = if f.value == 0.0 { 0.0 } else { f.value };
            err.at(&p, "value", Kind::MustBePositive { got });
        } else if m.is_some_and(|m| !m.signed) && f.value < 0.0 {
            err.at(&p, "value", Kind::MustNotBeNegative { got: f.value });
        } else {
            value_ok = true;
        }
        match (f.qualifier, f.value_high) {
            (Qualifier::Range, None) => err.at(&p, "value_high", Kind::RangeNeedsHigh),
            (Qualifier::Range, Some(hi)) if !(hi.is_finite() && hi > f.value) => {
                value_ok = false;
                err.at(&p, "value_high", Kind::HighNotAbove { value: f.value, got: hi });
            }
            (Qualifier::Range, _) | (_, None) => {}
            (_, Some(_)) => err.at(&p, "value_high", Kind::HighWithoutRange),
        }
        match (f.unit.is_money(), f.currency) {
            (true, None) => err.at(&p, "currency", Kind::NeedsCurrency { unit: f.unit }),
            (false, Some(c)) => {
                err.at(&p, "currency", Kind::NoCurrencyWanted { unit: f.unit, got: c.code().to_string() })
            }
            _ => {}
        }
        let written_ok = quote(&p, &f.source, &f.quote, f.as_written.as_deref(), &sources, err);
        if let (Some(w), true, true) = (&f.as_written, value_ok, written_ok) {
            match super::read_written(w) {
                None => err.at(&p, "as_written", Kind::WrittenHoldsNoNumber { written: w.clone() }),
                // a loss of a profit metric is recorded negative and printed without a
                // sign ("an operating loss of €6.4m")
                Some(read)
                    if m.is_some_and(|m| m.signed)
                        && f.value < 0.0
                        && read.value > 0.0
                        && same(read.value, -f.value) => {}
                Some(read) if !same(read.value, f.value) => {
                    err.at(&p, "value", written_mismatch(w, read.value, f.value))
                }
                Some(_) => {}
            }
            if let (Qualifier::Range, Some(hi)) = (f.qualifier, f.value_high) {
                match super::read_range(w) {
                    Some((_, high)) if !same(high.value, hi) => {
                        err.at(&p, "value_high", written_mismatch(w, high.value, hi))
                    }
                    Some(_) => {}
                    None => err.at(&p, "as_written", Kind::WrittenOneNumber { written: w.clone() }),
                }
            }
        }
        if let Some(note) = &f.note {
            text(&p, "note", note, err);
        }
    }
    direction_controls(d, o, out);
    super::coherence::coherence(d, o, out);
}

/// The problems found: `err.at(p, field, kind)` is one call where building the path and
/// pushing were two at each of the rules' 30 fields.
struct Found<'o>(&'o mut Vec<Problem>);

impl Found<'_> {
    fn err(&mut self, path: String, kind: Kind) {
        self.0.push(Problem::of(path, kind));
    }
    #[inline(never)]
    fn at(&mut self, p: &str, field: &str, kind: Kind) {
        self.err(at(p, field), kind);
    }
}

/// `p.field`: one function for the many paths built here (a `format!` each cost more).
pub(crate) fn at(p: &str, field: &str) -> String {
    let mut s = String::with_capacity(p.len() + 1 + field.len());
    s.push_str(p);
    s.push('.');
    s.push_str(field);
    s
}

/// `head[i]tail`: one function for the paths into lists (a `format!` each cost more).
pub(crate) fn indexed(head: &str, i: usize, tail: &str) -> String {
    let mut s = String::from(head);
    push_index(&mut s, i);
    s.push_str(tail);
    s
}

/// `[i]` after `s`.
pub(crate) fn push_index(s: &mut String, i: usize) {
    s.push('[');
    s.push_str(&i.to_string());
    s.push(']');
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// A value that disagrees with its printed form: off by a power of ten (a scale slip:
/// entered in millions or 亿), or simply different.
fn written_mismatch(written: &str, reads: f64, got: f64) -> Kind {
    if got != 0.0 && reads != 0.0 && got.signum() == reads.signum() {
        let ratio = reads / got;
        let k = crate::float::log10(ratio).round();
        let factor = crate::float::pow10(k as i32);
        if k != 0.0 && same(ratio / factor, 1.0) {
            return Kind::WrittenScale { written: written.to_string(), reads, got, factor };
        }
    }
    Kind::WrittenMismatch { written: written.to_string(), reads, got }
}

/// A period code that does not parse, said with the likely intended code when there is
/// one (`2023-9-14` → `2023-09-14`).
pub(crate) fn bad_period(code: &str, message: &str) -> Kind {
    let why = match rewrite_period(code) {
        Some(s) => PeriodWhy::WriteAs(s),
        None if message.starts_with("no such day") => PeriodWhy::NoSuchDay,
        None if message.starts_with("no such month") => PeriodWhy::NoSuchMonth,
        None if crate::has(message, "ends before it starts") => PeriodWhy::Backwards,
        None if message.starts_with("a span joins") => PeriodWhy::BadSpan,
        None if message.starts_with("a quarter is") => PeriodWhy::BadQuarter,
        None if message.starts_with("a span of months is") => PeriodWhy::BadMonths,
        None if message.starts_with("say which month") => PeriodWhy::MonthsWithoutEnd,
        None => PeriodWhy::Unknown,
    };
    Kind::BadPeriod { got: super::problem::short(code), why }
}

/// The code an editor probably meant by a period written another way: `2023-9-14`,
/// `2023/09/14`, `14.09.2023`, `2023年9月14日` → `2023-09-14`; `2025年9月` → `2025-09`;
/// `2024`, `FY 2024`, `fy2024` → `FY2024`; `1H2025`, `H1 2025`, `2025H1` → `H1-2025`.
/// Only codes that parse are offered.
pub(crate) fn rewrite_period(code: &str) -> Option<String> {
    // (plain loops: the iterator chains with their closures compiled to more)
    let mut t = String::new();
    for c in code.trim().chars() {
        t.push(match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '－' | '／' | '．' => '-',
            _ => c,
        });
    }
    let mut parts: Vec<&str> = Vec::new();
    // split at each of - / . 年 月 日 and space (one `char` pattern instead of a searcher for seven)
    let cut = crate::replace_any(&t, &['/', '.', '年', '月', '日', ' '], "-");
    for s in cut.split('-') {
        if !s.is_empty() {
            parts.push(s);
        }
    }
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    let candidate = if parts.iter().all(|s| numeric(s)) {
        let mut n: Vec<u32> = Vec::new();
        for s in &parts {
            // `usize` then `u32`: the integer reader the crate compiles anyway, same result
            if let Some(v) = s.parse::<usize>().ok().and_then(|v| u32::try_from(v).ok()) {
                n.push(v);
            }
        }
        match (parts.as_slice(), n.as_slice()) {
            ([y, _, _], [yy, m, d]) if y.len() == 4 => Some(format!("{yy:04}-{m:02}-{d:02}")),
            // day first (14.09.2023, 14/9/2023); a US month first only when the day shows it
            ([_, _, y], [a, b, yy]) if y.len() == 4 => {
                let (d, m) = if *b > 12 { (b, a) } else { (a, b) };
                Some(format!("{yy:04}-{m:02}-{d:02}"))
            }
            ([y, _], [yy, m]) if y.len() == 4 => Some(format!("{yy:04}-{m:02}")),
            ([y], [yy]) if y.len() == 4 => Some(format!("FY{yy}")),
            _ => None,
        }
    } else {
        let up = crate::replace_any(&crate::i18n::case::upper(&t), &[' ', '-', '_'], "");
        let year = |s: &str| match s.len() {
            4 if numeric(s) => Some(s.to_string()),
            2 if numeric(s) => Some(format!("20{s}")),
            _ => None,
        };
        if let Some(y) = up.strip_prefix("FY").or_else(|| up.strip_suffix("FY")) {
            year(y).map(|y| format!("FY{y}"))
        } else if let Some((h, y)) = part(&up, 'H', 2) {
            year(&y).map(|y| format!("H{h}-{y}"))
        } else if let Some((q, y)) = part(&up, 'Q', 4) {
            year(&y).map(|y| format!("Q{q}-{y}"))
        } else if up == "WRITING" || up == "UNDATED" {
            Some(up.to_ascii_lowercase())
        } else {
            None
        }
    };
    candidate.filter(|c| c != code && Period::parse(c).is_ok())
}

/// `H12025`, `1H2025`, `2025H1`, `2025年上半年` → (1, "2025") for `letter` H (halves, up
/// to 2) or Q (quarters, up to 4; `2025年第一季度`).
fn part(up: &str, letter: char, most: u8) -> Option<(u8, String)> {
    for n in 1..=most {
        let digit = char::from(b'0' + n);
        // `H1` or `1H`, before or after the year
        for (a, b) in [(letter, digit), (digit, letter)] {
            let year = up.strip_prefix(a).and_then(|r| r.strip_prefix(b));
            if let Some(y) = year.or_else(|| up.strip_suffix(b).and_then(|r| r.strip_suffix(a))) {
                return Some((n, y.to_string()));
            }
        }
    }
    let (y, rest) = up.split_once('年')?;
    let words: &[(&str, u8)] = match letter {
        'H' => &[("上半年", 1), ("下半年", 2)],
        _ => &[
            ("第一季度", 1),
            ("第二季度", 2),
            ("第三季度", 3),
            ("第四季度", 4),
            ("第一季", 1),
            ("第二季", 2),
            ("第三季", 3),
            ("第四季", 4),
        ],
    };
    words.iter().find(|(w, _)| *w == rest).map(|(_, n)| (*n, y.to_string()))
}

/// Every metric's name, as a list (the suggestion's candidates).
fn metric_names() -> Vec<&'static str> {
    let mut names = Vec::with_capacity(METRICS.len());
    for m in METRICS {
        names.push(m.name);
    }
    names
}

/// The ids of a list's items, as a list: the checks take a slice (over a `dyn Iterator`,
/// each list's `map` compiled the whole iterator interface again, five times).
fn ids<T>(items: &[T], id: impl Fn(&T) -> &String) -> Vec<&str> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(id(item).as_str());
    }
    out
}

/// The ids of one list, each checked (compiled once for the five lists).
#[inline(never)]
fn unique<'a>(ids: &[&'a str], part: &'a Part, what: What, err: &mut Found) -> Ids<'a> {
    let mut seen: HashSet<&'a str> = HashSet::new();
    let mut first: Vec<(&str, usize)> = Vec::new();
    for (i, &id) in ids.iter().enumerate() {
        let p = part.at(i, ".id");
        if id.trim().is_empty() {
            err.err(p, Kind::EmptyId);
            continue;
        }
        if !seen.insert(id) {
            let at = first.iter().find(|(f, _)| *f == id).map_or(0, |(_, j)| *j);
            err.err(p, Kind::DuplicateId { id: id.to_string(), first: part.path(at) });
        } else {
            first.push((id, i));
        }
    }
    seen.extend(part.ids.iter().map(String::as_str));
    // a list far too long is refused as a whole: nothing refers into it in vain
    Ids { set: seen, unknown: part.unknown || part.len > MAX_ITEMS, what }
}

/// Every string of the dataset, wherever it is (ids, references, texts, dates): at most
/// [`MAX_TEXT`] bytes and no control character (tab and line feed only in a quote, note
/// or text). Every text of every field is walked (`texts.rs`: a field added to an item
/// does not compile until its texts are walked).
fn strings(d: &Dataset, o: &Origin, err: &mut Found) {
    super::texts::texts(d, o, &mut |path, s, prose| {
        if s.len() > MAX_TEXT {
            err.err(path.to_string(), Kind::TooLong { bytes: s.len(), max: MAX_TEXT });
        }
        // U+FFFE and U+FFFF are no XML characters either
        let control =
            |c: char| (c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}')) && !(prose && (c == '\t' || c == '\n'));
        // printable ASCII only (most texts, and quickly told): nothing to find
        if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            return;
        }
        if let Some((at, c)) = s.chars().enumerate().find(|(_, c)| control(*c)) {
            err.err(path.to_string(), Kind::ControlChar { at: at + 1, code: u32::from(c) });
        }
    });
}

/// A text of item `p` (field `field`) that says nothing in any language.
fn text(p: &str, field: &str, t: &super::Text, err: &mut Found) {
    if t.get(crate::Lang::En).trim().is_empty() {
        err.at(p, field, Kind::NoText);
    }
}

/// Invisible characters that override or isolate the direction of text: inside a name,
/// a quote or a title they reverse the text around them in the chart and its tooltips
/// ("2023" shown as "3202"). Every text of the file is looked at, with its path.
const DIRECTION_CONTROLS: [char; 9] =
    ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

fn direction_controls(d: &Dataset, o: &Origin, out: &mut Vec<Problem>) {
    super::texts::texts(d, o, &mut |path, s, _| {
        // each of them is written with a first byte 0xE2 in UTF-8
        if !s.as_bytes().contains(&0xE2) {
            return;
        }
        if let Some((at, c)) = s.chars().enumerate().find(|(_, c)| DIRECTION_CONTROLS.contains(c)) {
            out.push(Problem::of(path, Kind::DirectionControl { code: c as u32, at: at + 1 }));
        }
    });
}

/// Checks a quote and its source; whether `as_written` is in the quote.
fn quote(p: &str, source: &str, quote: &str, as_written: Option<&str>, sources: &Ids, err: &mut Found) -> bool {
    sources.check(p, "source", source, err);
    if quote.trim().is_empty() {
        err.at(p, "quote", Kind::EmptyQuote);
        return false;
    }
    if let Some(w) = as_written {
        if w.is_empty() || !crate::has(quote, w) {
            err.at(p, "as_written", Kind::WrittenNotInQuote { written: super::problem::short(w) });
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_written_another_way_get_their_code() {
        for (got, want) in [
            ("2023-9-14", "2023-09-14"),
            ("2023/09/14", "2023-09-14"),
            ("14.09.2023", "2023-09-14"),
            ("9/14/2023", "2023-09-14"),
            ("2023年9月14日", "2023-09-14"),
            ("２０２３-09-14", "2023-09-14"),
            ("2025-9", "2025-09"),
            ("2024", "FY2024"),
            ("FY 2024", "FY2024"),
            ("fy2024", "FY2024"),
            ("FY24", "FY2024"),
            ("1H2025", "H1-2025"),
            ("H1 2025", "H1-2025"),
            ("2025H2", "H2-2025"),
            ("2025年上半年", "H1-2025"),
            ("2025Q1", "Q1-2025"),
            ("3Q2025", "Q3-2025"),
            ("Q4 25", "Q4-2025"),
            ("2025年第二季度", "Q2-2025"),
            ("Writing", "writing"),
        ] {
            assert_eq!(rewrite_period(got).as_deref(), Some(want), "{got}");
        }
        for ok in ["2023-09-14", "FY2024", "H1-2025", "2023-02-30", "soon"] {
            assert_eq!(rewrite_period(ok), None, "{ok}");
        }
    }
}
