//! Checking a dataset the way an editor needs: every problem in the file at once, each
//! with its JSON path, whether it stops the chart (an error) or only deserves a look (a
//! warning), and a message in the reader's language. [`parse`](super::parse) is the
//! widget's fast path (the first error); the checkers (`fact-check`, `npx ipo-lens check`)
//! and the element's error panel use this.
//!
//! The file is read as JSON first (a syntax error says line, column and what is wrong
//! there), then every item of every list on its own, so that one bad figure does not
//! hide the next; then the rules of the format run on everything that could be read.

use std::fmt;

use super::json::{Error, Map, Seg, Value, Why};
use super::read::Read;

use super::problem::{closest, number_in_text, Expected, Got, Kind};
use super::validate::{indexed, push_index, rules, Origin, Part};
use super::{Dataset, Story, Text, FORMAT, MAX_FIGURES, MAX_ITEMS};
use crate::Lang;

/// Whether a problem stops the dataset from being drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a dataset file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// A JSON path (`figures[12].value`), or `""` for the file as a whole.
    pub path: String,
    pub severity: Severity,
    kind: Kind,
}

impl Problem {
    /// An error said by another checker, in English only.
    pub fn error(path: impl Into<String>, en: impl Into<String>) -> Problem {
        Problem { path: path.into(), severity: Severity::Error, kind: Kind::Other(en.into()) }
    }

    /// A warning said by another checker, in English only.
    pub fn warning(path: impl Into<String>, en: impl Into<String>) -> Problem {
        Problem { path: path.into(), severity: Severity::Warning, kind: Kind::Other(en.into()) }
    }

    /// An error of a known kind (its words are in every language).
    #[inline(never)]
    pub fn of(path: impl Into<String>, kind: Kind) -> Problem {
        Problem { path: path.into(), severity: Severity::Error, kind }
    }

    /// A warning of a known kind.
    #[inline(never)]
    pub fn warn(path: impl Into<String>, kind: Kind) -> Problem {
        Problem { path: path.into(), severity: Severity::Warning, kind }
    }

    pub fn kind(&self) -> &Kind {
        &self.kind
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message (without the path) in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::problem_message(&self.kind, lang)
    }

    /// `path: message` in `lang`, as the checkers print it (a warning says so).
    pub fn line(&self, lang: Lang) -> String {
        crate::i18n::problem_line(self, lang)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// The texts of a dataset's sources, by source id (read by a checker from each source's
/// `text` file), so that quotes can be found in them.
pub type SourceTexts<'a> = [(&'a str, &'a str)];

/// A dataset with everything found wrong in it: `data` is `Some` when there is no error
/// (warnings may remain).
#[derive(Debug, Clone)]
pub struct Checked {
    pub data: Option<Dataset>,
    pub problems: Vec<Problem>,
}

impl Checked {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_error())
    }
    /// Every problem, one a line, under a heading that counts them ("3 problems in the
    /// data:"), in `lang`.
    pub fn report(&self, lang: Lang) -> String {
        let mut real = 0;
        for p in &self.problems {
            real += if let Kind::More { n } = p.kind { n } else { 1 };
        }
        let mut out = crate::i18n::problems_heading(real, lang);
        for p in &self.problems {
            out.push('\n');
            out.push_str(&p.line(lang));
        }
        out
    }
}

/// The most problems listed; the rest are counted ("and 12 more problems").
pub const MAX_PROBLEMS: usize = 50;

/// `json` without a byte-order mark at its start (editors on Windows write one).
pub fn without_bom(json: &str) -> &str {
    json.strip_prefix('\u{feff}').unwrap_or(json)
}

/// Every problem in `json` at once. `texts` are the sources' texts where a checker has
/// them (the widget has none).
pub fn check(json: &str, texts: &SourceTexts) -> Checked {
    let mut out = Vec::new();
    let data = read(without_bom(json), texts, &mut out);
    let data = if out.iter().any(Problem::is_error) { None } else { data };
    // errors first, each group in the order of the file's lists and items
    crate::sort::sort_by_key(&mut out, |p| (!p.is_error(), place(&p.path)));
    if out.len() > MAX_PROBLEMS {
        let n = out.len() - MAX_PROBLEMS;
        let errors = out[MAX_PROBLEMS..].iter().any(Problem::is_error);
        out.truncate(MAX_PROBLEMS);
        let more = Kind::More { n };
        out.push(if errors { Problem::of("", more) } else { Problem::warn("", more) });
    }
    Checked { data, problems: out }
}

/// Where a path is in a file: its list (in the format's order) and item.
pub(crate) fn place(path: &str) -> (usize, usize) {
    // (plain loops: each iterator with its closure compiled a fold of its own)
    let mut end = 0;
    while end < path.len() && !matches!(path.as_bytes()[end], b'.' | b'[') {
        end += 1;
    }
    let head = &path[..end];
    let list = TOP.iter().position(|t| *t == head).map_or(0, |i| i + 1);
    let item = path
        .strip_prefix(head)
        .and_then(|r| r.strip_prefix('['))
        .and_then(|r| r.split(']').next())
        .and_then(|i| i.parse().ok())
        .unwrap_or(0);
    (list, item)
}

const TOP: &[&str] = &["format", "story", "sources", "entities", "listings", "figures", "facts", "inputs", "series"];
const REQUIRED: &[&str] = &["format", "story", "sources", "entities", "figures"];

fn read(json: &str, texts: &SourceTexts, out: &mut Vec<Problem>) -> Option<Dataset> {
    let mut root: Value = match super::json::parse(json) {
        Ok(v) => v,
        Err(e) => {
            out.push(Problem::of("", super::syntax::syntax_problem(json, &e)));
            return None;
        }
    };
    // (the items are read from it where they are, and may be mended there: see `one`)
    let Value::Object(map) = &mut root else {
        out.push(Problem::of("", Kind::NotAnObject { got: Got::of(&root) }));
        return None;
    };
    // the top-level keys not in the file, the candidates for an unknown one
    let mut absent = Vec::new();
    for t in TOP {
        if !map.contains_key(t) {
            absent.push(*t);
        }
    }
    for k in map.keys() {
        if !TOP.contains(&k.as_str()) {
            let suggestion = closest(k, &absent);
            out.push(Problem::of(k.clone(), Kind::UnknownField { field: k.clone(), suggestion }));
        }
    }
    for r in REQUIRED {
        if !map.contains_key(r) {
            out.push(Problem::of("", Kind::MissingField { field: r.to_string() }));
        }
    }
    let format = match map.get("format") {
        Some(Value::String(s)) => s.clone(),
        Some(v) => {
            out.push(Problem::of("format", wrong_type(Expected::Text, v)));
            FORMAT.to_string()
        }
        None => FORMAT.to_string(),
    };
    let mut o = Origin::default();
    // (read as the lists are: pushed onto a list, here of at most one)
    let mut story = Vec::new();
    if let Some(v) = map.get_mut("story") {
        one("story", v, out, &mut |v| Story::read(v, &mut story));
    }
    o.story = !story.is_empty();
    let story = story.pop().unwrap_or_else(|| Story {
        id: String::new(),
        title: Text { en: Some("-".into()), ..Text::default() },
        focus: Vec::new(),
    });
    let mut d = Dataset {
        format,
        story,
        sources: list(map, "sources", MAX_ITEMS, &mut o.sources, out),
        entities: list(map, "entities", MAX_ITEMS, &mut o.entities, out),
        listings: list(map, "listings", MAX_ITEMS, &mut o.listings, out),
        figures: list(map, "figures", MAX_FIGURES, &mut o.figures, out),
        facts: list(map, "facts", MAX_ITEMS, &mut o.facts, out),
        inputs: list(map, "inputs", MAX_ITEMS, &mut o.inputs, out),
        series: list(map, "series", usize::MAX, &mut o.series, out),
        lines: Vec::new(),
    };
    rules(&d, &o, out);
    super::warnings::warnings(&d, &o, texts, out);
    if out.iter().any(Problem::is_error) {
        return None;
    }
    d.lines = super::lines(&d).ok()?;
    Some(d)
}

/// The items of list `name` that can be read, each on its own (a bad one is reported
/// and left out; `part` says which are where).
fn list<T: Read>(map: &mut Map, name: &'static str, max: usize, part: &mut Part, out: &mut Vec<Problem>) -> Vec<T> {
    let mut got = Vec::new();
    items(map, name, max, part, out, &mut |v| T::read(v, &mut got));
    got
}

/// Reads each item of list `name` with `read` (the one generic part, kept short).
fn items(
    map: &mut Map,
    name: &'static str,
    max: usize,
    part: &mut Part,
    out: &mut Vec<Problem>,
    read: &mut dyn FnMut(&Value) -> Result<(), Error>,
) {
    part.list = name;
    let items = match map.get_mut(name) {
        None => {
            part.unknown = REQUIRED.contains(&name);
            return;
        }
        Some(Value::Array(items)) => items,
        Some(v) => {
            out.push(Problem::of(name, wrong_type(Expected::List, v)));
            part.unknown = true;
            return;
        }
    };
    part.len = items.len();
    if items.len() > max {
        // too many to read (the rules say so): its ids are unknown
        part.unknown = true;
        return;
    }
    for (i, item) in items.iter_mut().enumerate() {
        // an id as the item was written: mending may add one (from a key meant as `id`),
        // and takes none from an item whose fields have one
        let had_id = item.get("id").is_some();
        if one(&indexed(name, i, ""), item, out, read) {
            part.index.push(i);
        } else if let Some(id) = item.get("id").and_then(Value::as_str).filter(|_| had_id) {
            part.ids.push(id.to_string());
        }
    }
}

/// Reads one item. An unknown field is reported and read past (as the field it was
/// probably meant to be, when there is one), so the rest of the item is checked too: the
/// item is mended where it is (nothing reads the file's items after this) and read
/// again, at most sixteen times. Whether it could be read (`read` has it then).
fn one(prefix: &str, v: &mut Value, out: &mut Vec<Problem>, read: &mut dyn FnMut(&Value) -> Result<(), Error>) -> bool {
    for _ in 0..16 {
        let e = match read(v) {
            Ok(()) => return true,
            Err(e) => e,
        };
        let (why, segments) = e.into_parts();
        let mut path = prefix.to_string();
        for s in &segments {
            match s {
                Seg::Index(i) => {
                    push_index(&mut path, *i);
                }
                Seg::Key(k) => {
                    path.push('.');
                    path.push_str(k);
                }
            }
        }
        // (found by the one walk there is, read only)
        let kind = serde_kind(&why, segments.last(), lookup_mut(v, &segments).map(|x| &*x));
        if let Kind::UnknownField { field, suggestion } = &kind {
            let parent = &segments[..segments.len().saturating_sub(1)];
            if let Some(Value::Object(m)) = lookup_mut(v, parent) {
                let value = m.remove(field);
                if let (Some(s), Some(value)) = (suggestion, value) {
                    if !m.contains_key(s) {
                        m.insert(s.clone(), value);
                    }
                }
                out.push(Problem::of(path, kind));
                continue;
            }
        }
        out.push(Problem::of(path, kind));
        return false;
    }
    false
}

fn lookup_mut<'a>(mut v: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    for s in path {
        v = match s {
            Seg::Index(i) => v.at_mut(*i),
            Seg::Key(k) => v.get_mut(k),
        }?;
    }
    Some(v)
}

fn wrong_type(expected: Expected, v: &Value) -> Kind {
    Kind::WrongType { expected, got: Got::of(v) }
}

/// serde's error, said in editor terms from what the file holds at that place.
fn serde_kind(why: &Why, last: Option<&Seg>, at: Option<&Value>) -> Kind {
    let currency = matches!(last, Some(Seg::Key(k)) if matches!(k.as_str(), "currency" | "from" | "to"));
    let got = || at.map_or(Got::Nothing, Got::of);
    match (why, at) {
        (Why::MissingField(field), _) => Kind::MissingField { field: field.to_string() },
        (Why::UnknownField(field, known), _) => {
            Kind::UnknownField { field: field.clone(), suggestion: closest(field, known) }
        }
        (_, Some(Value::String(got))) if currency => {
            Kind::UnknownCurrency { got: super::problem::short(got), suggestion: currency_suggestion(got) }
        }
        // (the text at the path, which the arm above has: said the same way)
        (Why::Currency(got), _) => {
            Kind::UnknownCurrency { got: super::problem::short(got), suggestion: currency_suggestion(got) }
        }
        (Why::UnknownVariant(got, allowed), _) => {
            let mut names = Vec::new();
            for n in *allowed {
                names.push(n.to_string());
            }
            let suggestion = closest(got, allowed);
            Kind::UnknownValue { got: super::problem::short(got), allowed: names, suggestion }
        }
        (&Why::Type(expected, _), _) => {
            if let (Expected::Number, Some(Value::String(s))) = (expected, at) {
                if matches!(s.trim(), "NaN" | "Infinity" | "-Infinity") {
                    return Kind::NotFinite { got: s.trim().to_string() };
                }
                if let Some(write) = number_in_text(s) {
                    return Kind::NumberInQuotes { got: super::problem::short(s), write };
                }
            }
            Kind::WrongType { expected, got: got() }
        }
        (Why::PairLength(_), _) => Kind::WrongType { expected: Expected::Pair, got: got() },
        (Why::Other(m), _) => Kind::Other(m.clone()),
    }
}

/// The ISO code an editor probably meant by a currency written another way.
fn currency_suggestion(got: &str) -> Option<String> {
    let g = got.trim();
    let up = crate::replace_any(&crate::i18n::case::upper(g), &[' ', '.'], "");
    if let Some(code) = super::currency::meant(ALIASES, &up) {
        return is_currency(code).then(|| code.to_string());
    }
    if up.len() == 3 && up != g && is_currency(&up) {
        return Some(up);
    }
    super::Currency::suggest(g).map(|c| c.code().to_string())
}

/// Currencies written another way (upper case, without spaces or dots), a line for each
/// code meant: the code, then the ways (one text: see `currency::ALIASES`).
const ALIASES: &str = "CNY RMB CN¥ CNH 元 人民币 人民幣 YUAN RENMINBI
HKD HK$ HK 港元 港币 港幣 HKDOLLAR
USD US$ $ US 美元 USDOLLAR DOLLAR
EUR € EURO EUROS 欧元 歐元
GBP £ UK£ 英镑 英鎊 POUND STERLING
JPY 円 日元 日圓 YEN JP¥
SGD S$ 新加坡元 新元";

/// Whether the format takes `code` as a currency.
fn is_currency(code: &str) -> bool {
    super::Currency::from_code(code).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_read_past() {
        let json = format!("\u{feff}{}", super::super::DEFAULT_JSON);
        let c = check(&json, &[]);
        assert!(c.data.is_some(), "{:?}", c.problems);
        assert!(c.problems.is_empty(), "{:?}", c.problems);
    }

    /// A key is named whole, once, whatever it holds (serde's sentence cut apart again
    /// cut it at a backtick or a " at line … column …", and the key, not found under its
    /// cut name, was reported sixteen times).
    #[test]
    fn an_unknown_key_is_named_whole_once() {
        for key in ["a`b", "valu`e", "note at line 3 column 4"] {
            let json = super::super::DEFAULT_JSON.replacen(
                "\"figures\": [\n    {",
                &format!("\"figures\": [{{\"{key}\": 1,"),
                1,
            );
            let c = check(&json, &[]);
            let unknown: Vec<&Problem> =
                c.problems.iter().filter(|p| matches!(p.kind(), Kind::UnknownField { .. })).collect();
            assert_eq!(unknown.len(), 1, "{key}: {:?}", c.problems);
            assert_eq!(unknown[0].path, format!("figures[0].{key}"));
            assert!(matches!(unknown[0].kind(), Kind::UnknownField { field, .. } if field == key), "{key}");
        }
    }

    #[test]
    fn currencies_written_another_way_get_their_code() {
        assert_eq!(currency_suggestion("RMB").as_deref(), Some("CNY"));
        assert_eq!(currency_suggestion("US$").as_deref(), Some("USD"));
        assert_eq!(currency_suggestion("hkd").as_deref(), Some("HKD"));
        assert_eq!(currency_suggestion("XYZ"), None);
    }
}
