//! The dataset's items read from a [`Value`] by hand, the way serde's derived
//! `Deserialize` reads them from serde_json's value, with the same messages at the same
//! paths: one table-driven reader of objects instead of a derived visitor per type and
//! field (the derives stay for native code; `json_tests.rs` checks both agree).
//!
//! As serde reads a struct: an object's keys in their (sorted) order, the first error
//! stops it, an unknown key is refused with the field names, then the first required
//! field missing in the order of declaration; or a list of the fields in that order.

use serde::de::Error as _;

use super::json::{Error, Number, Seg, Value, Why};
use super::problem::Expected;
use super::{
    Basis, Currency, Entity, EntityKind, Fact, Figure, Input, InputKind, Listing, PeriodKind, Qualifier, SeriesSpec,
    Source, Story, Text, Unit,
};

type R<T> = Result<T, Error>;

/// An enum of unit variants that the dataset spells by name: the variants and their JSON
/// names in the order of declaration, both made by [`named!`] from one list.
pub(crate) trait Named: Copy + 'static {
    const ALL: &'static [Self];
    const NAMES: &'static [&'static str];
}

/// Defines an enum of unit variants, each written `Variant = "json_name"`, and from that
/// one list: serde's name of each variant (`#[serde(rename)]`, so its derives read and
/// write it), [`Named`] (the reader's table) and `as_str`. A variant without its name, or
/// a name without its variant, does not compile.
macro_rules! named {
    (
        $(#[$m:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vm:meta])* $v:ident = $s:literal,)+
        }
    ) => {
        $(#[$m])*
        $vis enum $name {
            $($(#[$vm])* #[serde(rename = $s)] $v,)+
        }

        impl $crate::model::read::Named for $name {
            const ALL: &'static [Self] = &[$($name::$v),+];
            const NAMES: &'static [&'static str] = &[$($s),+];
        }

        impl $name {
            /// The variant's name in the dataset's JSON.
            pub fn as_str(self) -> &'static str {
                <Self as $crate::model::read::Named>::NAMES[self as usize]
            }
        }
    };
}
pub(crate) use named;

/// An item of the dataset that can be read from a value.
pub(crate) trait Read: Sized {
    /// Reads one item from `v` onto the end of `out`: pushed where it is built, not
    /// returned (a returned item was copied once more into its `Result` and again into
    /// the list, in code compiled once per item type).
    fn read(v: &Value, out: &mut Vec<Self>) -> R<()>;
}

/// A value of the wrong type where `expected` goes: serde's "invalid type: …, expected
/// f64" without what was found. The checker says what was found from the file itself
/// (`Got::of` of the value at the error's path), so the reader's wasm does not write
/// every kind of value into a message no one reads (0.5 KB gzip); `json_tests.rs`
/// compares the rest of the message with serde's.
fn invalid(expected: Expected, words: &'static str) -> Error {
    Error::of(Why::Type(expected, words))
}

fn string(v: &Value) -> R<String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        _ => Err(invalid(Expected::Text, "a string")),
    }
}

fn number(v: &Value) -> R<f64> {
    match v {
        Value::Number(Number::PosInt(u)) => Ok(*u as f64),
        Value::Number(Number::NegInt(i)) => Ok(*i as f64),
        Value::Number(Number::Float(f)) => Ok(*f),
        _ => Err(invalid(Expected::Number, "f64")),
    }
}

fn opt<T>(v: &Value, read: impl FnOnce(&Value) -> R<T>) -> R<Option<T>> {
    match v {
        Value::Null => Ok(None),
        _ => read(v).map(Some),
    }
}

/// `*slot = got?`.
fn set<T>(slot: &mut T, got: R<T>) -> R<()> {
    *slot = got?;
    Ok(())
}

/// `*slot = string(x)?`, compiled once for every text field of every item (each
/// assignment with its drop of the old text inlined cost more).
#[inline(never)]
fn put(slot: &mut String, x: &Value) -> R<()> {
    *slot = string(x)?;
    Ok(())
}

/// `*slot = opt(x, string)?`, compiled once.
#[inline(never)]
fn put_opt(slot: &mut Option<String>, x: &Value) -> R<()> {
    *slot = opt(x, string)?;
    Ok(())
}

/// `*slot = Text::read(x)?`, compiled once.
#[inline(never)]
fn put_text(slot: &mut Text, x: &Value) -> R<()> {
    *slot = Text::read(x)?;
    Ok(())
}

/// A list of `n` items where fewer go: serde's `invalid_length` message, written here
/// (serde's writes it through its `Expected` trait object).
fn too_long(n: usize) -> Error {
    Error::of(Why::Other(format!("invalid length {n}, expected fewer elements in array")))
}

/// Each item of a list (a path step each).
fn each(v: &Value, read: &mut dyn FnMut(&Value) -> R<()>) -> R<()> {
    let Value::Array(items) = v else { return Err(invalid(Expected::List, "a sequence")) };
    for (i, x) in items.iter().enumerate() {
        read(x).map_err(|e| e.at(Seg::Index(i)))?;
    }
    Ok(())
}

fn strings(v: &Value) -> R<Vec<String>> {
    let mut out = Vec::new();
    each(v, &mut |x| {
        out.push(string(x)?);
        Ok(())
    })?;
    Ok(out)
}

/// A unit variant of `variants`, by its index: a text, or an object with that one key
/// and `null`.
fn variant(v: &Value, variants: &'static [&'static str]) -> R<usize> {
    let (name, value) = match v {
        Value::String(s) => (s.as_str(), None),
        Value::Object(m) if m.len() == 1 => {
            let (k, x) = m.iter().next().map(|(k, x)| (k.as_str(), x)).unwrap_or(("", &Value::Null));
            (k, Some(x))
        }
        // serde's `invalid_value(Unexpected::Map, …)`, written out
        Value::Object(_) => {
            return Err(Error::of(Why::Other("invalid value: map, expected map with a single key".into())))
        }
        _ => return Err(invalid(Expected::Text, "string or map")),
    };
    let i = variants.iter().position(|n| *n == name).ok_or_else(|| Error::unknown_variant(name, variants))?;
    match value {
        // (a `matches!`: `!= Value::Null` compiled the whole derived equality of values)
        Some(x) if !matches!(x, Value::Null) => Err(invalid(Expected::Text, "unit")),
        _ => Ok(i),
    }
}

/// A [`Named`] enum's variant, read by [`variant`].
pub(super) fn named_variant<T: Named>(v: &Value) -> R<T> {
    let i = variant(v, T::NAMES)?;
    // `variant` gives an index of `NAMES`, as long as `ALL`: `min` spares a bounds check
    Ok(T::ALL[i.min(T::ALL.len() - 1)])
}

fn currency(v: &Value) -> R<Currency> {
    let s = string(v)?;
    match Currency::from_code(&s) {
        Some(c) => Ok(c),
        None => Err(Error::of(Why::Currency(s))),
    }
}

/// Reads the fields of a struct `what` ("struct Figure") with field `names` (in the order
/// of declaration); `defaults` has a bit for each field that may be left out. `set`
/// reads field `i` from its value.
fn fields(
    v: &Value,
    expected: Expected,
    what: &'static str,
    names: &'static [&'static str],
    defaults: u32,
    set: &mut dyn FnMut(usize, &Value) -> R<()>,
) -> R<()> {
    let may_miss = |i: usize| defaults & (1 << i) != 0;
    match v {
        Value::Object(m) => {
            let mut seen = 0u32;
            for (k, x) in m.iter() {
                let Some(i) = names.iter().position(|n| n == k) else {
                    return Err(Error::unknown_field(k, names).at(Seg::Key(k.clone())));
                };
                set(i, x).map_err(|e| e.at(Seg::Key(k.clone())))?;
                seen |= 1 << i;
            }
            match (0..names.len()).find(|&i| seen & (1 << i) == 0 && !may_miss(i)) {
                Some(i) => Err(Error::missing_field(names[i])),
                None => Ok(()),
            }
        }
        Value::Array(items) => {
            for i in 0..names.len() {
                match items.get(i) {
                    Some(x) => set(i, x).map_err(|e| e.at(Seg::Index(i)))?,
                    None if may_miss(i) => {}
                    None => {
                        let n = names.len();
                        let s = if n == 1 { "" } else { "s" };
                        return Err(Error::of(Why::Other(format!(
                            "invalid length {i}, expected {what} with {n} element{s}"
                        ))));
                    }
                }
            }
            if items.len() > names.len() {
                return Err(too_long(items.len()));
            }
            Ok(())
        }
        _ => Err(invalid(expected, what)),
    }
}

/// The bits of fields `0..n` that may be left out (worked out as the program is
/// compiled: `const { bits(..) }`).
const fn bits(fields: &[usize]) -> u32 {
    let mut b = 0;
    let mut i = 0;
    while i < fields.len() {
        b |= 1 << fields[i];
        i += 1;
    }
    b
}

impl Text {
    /// A text of an item (not itself an item of a list).
    pub(crate) fn read(v: &Value) -> R<Text> {
        let mut t = Text::default();
        fields(
            v,
            Expected::Texts,
            "struct Text",
            &["zh", "zh-Hant", "en"],
            const { bits(&[0, 1, 2]) },
            &mut |i, x| {
                let s = opt(x, string)?;
                match i {
                    0 => t.zh = s,
                    1 => t.zh_hant = s,
                    _ => t.en = s,
                }
                Ok(())
            },
        )?;
        Ok(t)
    }
}

impl Read for Story {
    fn read(v: &Value, out: &mut Vec<Story>) -> R<()> {
        let mut s = Story { id: String::new(), title: Text::default(), focus: Vec::new() };
        fields(
            v,
            Expected::Object,
            "struct Story",
            &["id", "title", "focus"],
            const { bits(&[2]) },
            &mut |i, x| match i {
                0 => put(&mut s.id, x),
                1 => put_text(&mut s.title, x),
                _ => set(&mut s.focus, strings(x)),
            },
        )?;
        out.push(s);
        Ok(())
    }
}

impl Read for Source {
    fn read(v: &Value, out: &mut Vec<Source>) -> R<()> {
        const NAMES: &[&str] = &["id", "title", "publisher", "language", "url", "note", "cites", "text"];
        let mut s = Source {
            id: String::new(),
            title: Text::default(),
            publisher: Text::default(),
            language: String::new(),
            url: None,
            note: None,
            cites: None,
            text: None,
        };
        fields(v, Expected::Object, "struct Source", NAMES, const { bits(&[4, 5, 6, 7]) }, &mut |i, x| match i {
            0 => put(&mut s.id, x),
            1 => put_text(&mut s.title, x),
            2 => put_text(&mut s.publisher, x),
            3 => put(&mut s.language, x),
            4 => put_opt(&mut s.url, x),
            5 => put_opt(&mut s.note, x),
            6 => set(&mut s.cites, opt(x, Text::read)),
            _ => put_opt(&mut s.text, x),
        })?;
        out.push(s);
        Ok(())
    }
}

impl Read for Entity {
    fn read(v: &Value, out: &mut Vec<Entity>) -> R<()> {
        let mut e = Entity { id: String::new(), kind: EntityKind::Company, name: Text::default() };
        fields(v, Expected::Object, "struct Entity", &["id", "kind", "name"], 0, &mut |i, x| match i {
            0 => put(&mut e.id, x),
            1 => set(&mut e.kind, named_variant(x)),
            _ => put_text(&mut e.name, x),
        })?;
        out.push(e);
        Ok(())
    }
}

impl Read for Listing {
    fn read(v: &Value, out: &mut Vec<Listing>) -> R<()> {
        const NAMES: &[&str] =
            &["company", "exchange", "currency", "date", "date_as_written", "source", "quote", "note"];
        let mut l = Listing {
            company: String::new(),
            exchange: Text::default(),
            currency: Currency::CNY,
            date: String::new(),
            date_as_written: None,
            source: String::new(),
            quote: String::new(),
            note: None,
        };
        fields(v, Expected::Object, "struct Listing", NAMES, const { bits(&[4, 7]) }, &mut |i, x| match i {
            0 => put(&mut l.company, x),
            1 => put_text(&mut l.exchange, x),
            2 => set(&mut l.currency, currency(x)),
            3 => put(&mut l.date, x),
            4 => put_opt(&mut l.date_as_written, x),
            5 => put(&mut l.source, x),
            6 => put(&mut l.quote, x),
            _ => put_opt(&mut l.note, x),
        })?;
        out.push(l);
        Ok(())
    }
}

impl Read for Fact {
    fn read(v: &Value, out: &mut Vec<Fact>) -> R<()> {
        const NAMES: &[&str] = &["id", "entity", "topic", "period", "text", "source", "quote"];
        let mut f = Fact {
            id: String::new(),
            entity: String::new(),
            topic: String::new(),
            period: None,
            text: Text::default(),
            source: String::new(),
            quote: String::new(),
        };
        fields(v, Expected::Object, "struct Fact", NAMES, const { bits(&[3]) }, &mut |i, x| match i {
            0 => put(&mut f.id, x),
            1 => put(&mut f.entity, x),
            2 => put(&mut f.topic, x),
            3 => put_opt(&mut f.period, x),
            4 => put_text(&mut f.text, x),
            5 => put(&mut f.source, x),
            _ => put(&mut f.quote, x),
        })?;
        out.push(f);
        Ok(())
    }
}

impl Read for Input {
    fn read(v: &Value, out: &mut Vec<Input>) -> R<()> {
        const NAMES: &[&str] = &["id", "kind", "from", "to", "rate", "as_of", "source"];
        let mut n = Input {
            id: String::new(),
            kind: InputKind::FxRate,
            from: Currency::CNY,
            to: Currency::CNY,
            rate: 0.0,
            as_of: String::new(),
            source: Text::default(),
        };
        fields(v, Expected::Object, "struct Input", NAMES, 0, &mut |i, x| match i {
            0 => put(&mut n.id, x),
            1 => set(&mut n.kind, named_variant(x)),
            2 => set(&mut n.from, currency(x)),
            3 => set(&mut n.to, currency(x)),
            4 => set(&mut n.rate, number(x)),
            5 => put(&mut n.as_of, x),
            _ => put_text(&mut n.source, x),
        })?;
        out.push(n);
        Ok(())
    }
}

impl Read for Figure {
    fn read(v: &Value, out: &mut Vec<Figure>) -> R<()> {
        const NAMES: &[&str] = &[
            "id",
            "entity",
            "metric",
            "key",
            "period",
            "period_kind",
            "value",
            "value_high",
            "unit",
            "currency",
            "basis",
            "qualifier",
            "as_written",
            "source",
            "quote",
            "note",
        ];
        let mut f = Figure {
            id: String::new(),
            entity: String::new(),
            metric: String::new(),
            key: None,
            period: String::new(),
            period_kind: PeriodKind::Undated,
            value: 0.0,
            value_high: None,
            unit: Unit::Money,
            currency: None,
            basis: Basis::default(),
            qualifier: Qualifier::default(),
            as_written: None,
            source: String::new(),
            quote: String::new(),
            note: None,
        };
        fields(
            v,
            Expected::Object,
            "struct Figure",
            NAMES,
            const { bits(&[3, 7, 9, 10, 11, 12, 15]) },
            &mut |i, x| match i {
                0 => put(&mut f.id, x),
                1 => put(&mut f.entity, x),
                2 => put(&mut f.metric, x),
                3 => put_opt(&mut f.key, x),
                4 => put(&mut f.period, x),
                5 => set(&mut f.period_kind, named_variant(x)),
                6 => set(&mut f.value, number(x)),
                7 => set(&mut f.value_high, opt(x, number)),
                8 => set(&mut f.unit, named_variant(x)),
                9 => set(&mut f.currency, opt(x, currency)),
                10 => set(&mut f.basis, named_variant(x)),
                11 => set(&mut f.qualifier, named_variant(x)),
                12 => put_opt(&mut f.as_written, x),
                13 => put(&mut f.source, x),
                14 => put(&mut f.quote, x),
                _ => set(&mut f.note, opt(x, Text::read)),
            },
        )?;
        out.push(f);
        Ok(())
    }
}

/// A series point: `["2026-01-02", 34.46]`.
fn point(v: &Value) -> R<(String, f64)> {
    const PAIR: &str = "a tuple of size 2";
    let Value::Array(items) = v else { return Err(invalid(Expected::Pair, PAIR)) };
    let date = items.first().ok_or_else(|| Error::of(Why::PairLength(0)))?;
    let date = string(date).map_err(|e| e.at(Seg::Index(0)))?;
    let price = items.get(1).ok_or_else(|| Error::of(Why::PairLength(1)))?;
    let price = number(price).map_err(|e| e.at(Seg::Index(1)))?;
    if items.len() > 2 {
        return Err(too_long(items.len()));
    }
    Ok((date, price))
}

impl Read for SeriesSpec {
    fn read(v: &Value, out: &mut Vec<SeriesSpec>) -> R<()> {
        const NAMES: &[&str] = &["id", "entity", "currency", "source", "note", "points"];
        let mut s = SeriesSpec {
            id: String::new(),
            entity: String::new(),
            currency: Currency::CNY,
            source: String::new(),
            note: None,
            points: Vec::new(),
        };
        fields(v, Expected::Object, "struct SeriesSpec", NAMES, const { bits(&[4]) }, &mut |i, x| match i {
            0 => put(&mut s.id, x),
            1 => put(&mut s.entity, x),
            2 => set(&mut s.currency, currency(x)),
            3 => put(&mut s.source, x),
            4 => put_opt(&mut s.note, x),
            _ => {
                let mut points = Vec::new();
                each(x, &mut |p| {
                    points.push(point(p)?);
                    Ok(())
                })?;
                s.points = points;
                Ok(())
            }
        })?;
        out.push(s);
        Ok(())
    }
}
