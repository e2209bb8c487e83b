//! The reader against serde_json (and serde_path_to_error), which it replaces: on many
//! generated and mutated documents, the same values or the same error at the same place.

use proptest::prelude::*;
use serde::de::DeserializeOwned;

use super::*;
use crate::model::read::{named_variant, Named};
use crate::model::{
    Basis, Entity, EntityKind, Fact, Figure, Input, InputKind, Listing, PeriodKind, Qualifier, SeriesSpec, Source,
    Story, Unit, DEFAULT_JSON,
};

/// serde_json's value as ours (numbers as they are).
fn ours(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(if let Some(u) = n.as_u64() {
            Number::PosInt(u)
        } else if let Some(i) = n.as_i64() {
            Number::NegInt(i)
        } else {
            Number::Float(n.as_f64().expect("a float"))
        }),
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(a) => Value::Array(a.iter().map(ours).collect()),
        serde_json::Value::Object(m) => Value::Object(Map(m.iter().map(|(k, v)| (k.clone(), ours(v))).collect())),
    }
}

/// Equal, floats bit for bit (so -0.0 is not 0.0).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(Number::Float(x)), Value::Number(Number::Float(y))) => x.to_bits() == y.to_bits(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.0.iter().zip(&y.0).all(|((k, a), (l, b))| k == l && same(a, b))
        }
        _ => a == b,
    }
}

/// Reads `text` both ways and says how they differ, if they do.
fn compare(text: &str) -> Result<(), TestCaseError> {
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    let mine = parse(text);
    match (theirs, mine) {
        (Ok(t), Ok(m)) => {
            let t = ours(&t);
            prop_assert!(same(&t, &m), "{text:?}: {t:?} against {m:?}");
            // and every number is written the same way
            check_numbers(&m)?;
        }
        (Err(t), Err(m)) => {
            prop_assert_eq!(t.to_string(), m.to_string(), "{:?}", text);
            prop_assert_eq!((t.line(), t.column(), t.is_eof()), (m.line, m.column, m.is_eof()), "{:?}", text);
        }
        (t, m) => prop_assert!(false, "{text:?}: serde_json {t:?}, ours {m:?}"),
    }
    Ok(())
}

fn check_numbers(v: &Value) -> Result<(), TestCaseError> {
    match v {
        Value::Number(n) => {
            let theirs = match *n {
                Number::PosInt(u) => serde_json::Number::from(u),
                Number::NegInt(i) => serde_json::Number::from(i),
                Number::Float(f) => serde_json::Number::from_f64(f).expect("finite"),
            };
            prop_assert_eq!(theirs.to_string(), n.to_string());
        }
        Value::Array(a) => a.iter().try_for_each(check_numbers)?,
        Value::Object(m) => m.0.iter().try_for_each(|(_, v)| check_numbers(v))?,
        _ => {}
    }
    Ok(())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z_]{0,8}",
        "\\PC{0,6}",
        prop::collection::vec(
            prop::sample::select(vec!['a', '"', '\\', '\n', '\t', '\u{1}', '中', '，', '“', '\u{7f}']),
            0..6
        )
        .prop_map(|c| c.into_iter().collect()),
    ]
}

fn number() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        any::<u64>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        (-1000i64..1000, 0u32..4).prop_map(|(n, d)| serde_json::Value::from(n as f64 / 10f64.powi(d as i32))),
    ]
}

fn value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        number(),
        text().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::vec((text(), inner), 0..6)
                .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Number-like texts, right and wrong.
fn numberish() -> impl Strategy<Value = String> {
    prop_oneof![
        "-?(0|[1-9][0-9]{0,25})(\\.[0-9]{0,25})?([eE][+-]?[0-9]{0,4})?",
        "-?[0-9]{0,3}(\\.[0-9]{0,3})?([eE][+-]?[0-9]{1,12})?",
        "[-+.0-9eE]{1,8}",
        prop::sample::select(vec![
            "1e308",
            "1.8e308",
            "2e308",
            "4.9e-324",
            "2.4e-324",
            "1e-400",
            "0e99999999999",
            "1e99999999999",
            "-0",
            "-0.0",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "123456789012345678901234567890e-10",
            "0.1234567890123456789012345",
        ])
        .prop_map(String::from),
    ]
}

/// A change to a text: delete, insert or replace at a place (a fraction of its length).
#[derive(Debug, Clone)]
enum Edit {
    Delete(f64),
    Insert(f64, String),
    Replace(f64, String),
    Cut(f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            ",",
            ":",
            "\"",
            "\\",
            "{",
            "}",
            "[",
            "]",
            "，",
            "：",
            "“",
            "'",
            "\n",
            "\t",
            " ",
            "0",
            "-",
            ".",
            "e",
            "E",
            "+",
            "u",
            "\\u",
            "\\uD800",
            "\\uDC00",
            "\\uD800\\u0041",
            "\\x",
            "n",
            "nul",
            "tru",
            "fals",
            "NaN",
            "\u{1}",
            "中",
            "１",
            "[[[",
            "]]",
            "{\"a\":",
            "//",
            "/*",
        ])
        .prop_map(String::from),
        numberish(),
    ];
    prop_oneof![
        (0.0..1.0f64).prop_map(Edit::Delete),
        (0.0..1.0f64, piece.clone()).prop_map(|(p, s)| Edit::Insert(p, s)),
        (0.0..1.0f64, piece).prop_map(|(p, s)| Edit::Replace(p, s)),
        (0.0..1.0f64).prop_map(Edit::Cut),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut s = text.to_string();
    for e in edits {
        let at = |p: f64, s: &str| {
            let mut i = ((s.len() as f64) * p) as usize;
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        match e {
            Edit::Delete(p) => {
                let i = at(*p, &s);
                if let Some(c) = s[i..].chars().next() {
                    s.replace_range(i..i + c.len_utf8(), "");
                }
            }
            Edit::Insert(p, t) => {
                let i = at(*p, &s);
                s.insert_str(i, t);
            }
            Edit::Replace(p, t) => {
                let i = at(*p, &s);
                let n = s[i..].chars().next().map_or(0, char::len_utf8);
                s.replace_range(i..i + n, t);
            }
            Edit::Cut(p) => {
                let i = at(*p, &s);
                s.truncate(i);
            }
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn generated_documents_read_the_same(v in value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }.expect("json");
        compare(&text)?;
    }

    #[test]
    fn mutated_documents_fail_or_read_the_same(v in value(), pretty in any::<bool>(), edits in prop::collection::vec(edit(), 1..4)) {
        let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }.expect("json");
        compare(&apply(&text, &edits))?;
    }

    #[test]
    fn numbers_read_and_write_the_same(n in numberish(), before in "[ \n]{0,2}", wrap in any::<bool>()) {
        compare(&if wrap { format!("[{before}{n}]") } else { format!("{before}{n}") })?;
    }

    #[test]
    fn floats_are_written_the_same(x in prop_oneof![
        any::<f64>(),
        // ties: a quarter past a whole number where doubles are a quarter apart
        ((1u64 << 50)..(1u64 << 51), 0..4u32, -30i32..30).prop_map(|(n, q, e)| (n as f64 + f64::from(q) * 0.25) * 2f64.powi(e)),
        (1u32..100_000, -20i32..20).prop_map(|(n, e)| f64::from(n) * 10f64.powi(e)),
    ].prop_filter("finite", |x| x.is_finite())) {
        let theirs = serde_json::Number::from_f64(x).expect("finite").to_string();
        prop_assert_eq!(theirs, Number::Float(x).to_string());
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn mutated_datasets_read_the_same(edits in prop::collection::vec(edit(), 1..3)) {
        compare(&apply(DEFAULT_JSON, &edits))?;
    }

    #[test]
    fn typed_items_read_the_same_and_fail_at_the_same_place(list in 0usize..8, item in 0usize..64, at in any::<prop::sample::Index>(), new in value(), how in 0u8..7) {
        thread_local! {
            static ROOT: serde_json::Value = serde_json::from_str(DEFAULT_JSON).expect("json");
        }
        let root = ROOT.with(Clone::clone);
        let names = ["sources", "entities", "listings", "figures", "facts", "inputs", "series", "story"];
        let name = names[list];
        let mut v = if name == "story" {
            root["story"].clone()
        } else {
            let Some(items) = root[name].as_array().filter(|a| !a.is_empty()) else { return Ok(()) };
            items[item % items.len()].clone()
        };
        mutate(&mut v, &at, new, how);
        match name {
            "sources" => typed::<Source>(&v)?,
            "entities" => typed::<Entity>(&v)?,
            "listings" => typed::<Listing>(&v)?,
            "figures" => typed::<Figure>(&v)?,
            "facts" => typed::<Fact>(&v)?,
            "inputs" => typed::<Input>(&v)?,
            "series" => typed::<SeriesSpec>(&v)?,
            _ => typed::<Story>(&v)?,
        }
    }
}

/// Changes one place of an item: a value replaced (anywhere in it), a field removed, an
/// unknown field added, the item made a list of its values.
fn mutate(v: &mut serde_json::Value, at: &prop::sample::Index, new: serde_json::Value, how: u8) {
    fn places(v: &serde_json::Value, out: &mut Vec<Vec<Seg>>, here: Vec<Seg>) {
        out.push(here.clone());
        match v {
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate().take(4) {
                    let mut p = here.clone();
                    p.push(Seg::Index(i));
                    places(x, out, p);
                }
            }
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    let mut p = here.clone();
                    p.push(Seg::Key(k.clone()));
                    places(x, out, p);
                }
            }
            _ => {}
        }
    }
    let mut all = Vec::new();
    places(v, &mut all, Vec::new());
    let path = at.get(&all).clone();
    let slot = path.iter().fold(v, |v, s| match s {
        Seg::Index(i) => &mut v[*i],
        Seg::Key(k) => &mut v[k.as_str()],
    });
    match (how, &mut *slot) {
        (1, serde_json::Value::Object(m)) => {
            let first = m.keys().next().cloned();
            if let Some(k) = first {
                m.remove(&k);
            }
        }
        (2, serde_json::Value::Object(m)) => {
            m.insert("valeu".into(), new);
        }
        (3, serde_json::Value::Object(m)) => {
            *slot = serde_json::Value::Array(m.values().cloned().collect());
        }
        (4, serde_json::Value::String(s)) => {
            // any enum's name (so a new variant is reached), a currency, near misses
            let t: Vec<&str> = all_names().chain(["CNY", "rmb", "Exact", "full-year"]).collect();
            *s = t[s.len() % t.len()].to_string();
        }
        (5, serde_json::Value::String(s)) => {
            // a unit variant written as an object (serde_json reads `{"money": null}`)
            let inner = if s.len() % 2 == 0 { serde_json::Value::Null } else { new };
            *slot = serde_json::json!({ s.clone(): inner });
        }
        (6, serde_json::Value::String(s)) => {
            *slot = if s.len() % 2 == 0 {
                serde_json::json!({})
            } else {
                serde_json::json!({ s.clone(): null, "x": null })
            };
        }
        _ => *slot = new,
    }
}

/// serde's message as the reader words it: an "invalid type" without what was found
/// (`read::invalid`: the checker says that from the file).
fn as_read(serde: String) -> String {
    // (what was found may be a text holding ", expected ": the last one is serde's)
    match serde.strip_prefix("invalid type: ").and_then(|r| r.rsplit_once(", expected ")) {
        Some((_, expected)) => format!("invalid type, expected {expected}"),
        None => serde,
    }
}

#[test]
fn an_invalid_type_is_worded_without_what_was_found() {
    let theirs = serde_json::from_value::<f64>(serde_json::json!("a, expected b")).expect_err("a text");
    assert_eq!(theirs.to_string(), "invalid type: string \"a, expected b\", expected f64");
    assert_eq!(as_read(theirs.to_string()), "invalid type, expected f64");
    let mine = <crate::model::Figure as crate::model::read::Read>::read(&Value::Bool(true), &mut Vec::new())
        .expect_err("a boolean");
    assert_eq!(mine.message(), "invalid type, expected struct Figure");
}

/// `v` read as a `T` by hand and by serde's derive (with serde_path_to_error): the same
/// item, or the same message at the same path.
fn typed<T: DeserializeOwned + crate::model::read::Read + PartialEq + std::fmt::Debug>(
    v: &serde_json::Value,
) -> Result<(), TestCaseError> {
    let theirs = serde_path_to_error::deserialize::<_, T>(v);
    let mut read = Vec::new();
    let mine = T::read(&ours(v), &mut read).map(|()| read.pop().expect("the item read"));
    match (theirs, mine) {
        (Ok(t), Ok(m)) => prop_assert_eq!(t, m),
        (Err(t), Err(m)) => {
            let path: Vec<Seg> = t
                .path()
                .iter()
                .filter_map(|s| match s {
                    serde_path_to_error::Segment::Seq { index } => Some(Seg::Index(*index)),
                    serde_path_to_error::Segment::Map { key } => Some(Seg::Key(key.clone())),
                    _ => None,
                })
                .collect();
            prop_assert_eq!(as_read(t.into_inner().to_string()), m.message(), "{}", v);
            prop_assert_eq!(path, m.path(), "{}", v);
        }
        (t, m) => prop_assert!(false, "{v}: serde_json {t:?}, ours {m:?}"),
    }
    Ok(())
}

/// Every text of serde_json's writing of `d`, with its path and whether it is prose,
/// in order (as the rules walked it before `texts.rs`), without enum and currency codes.
fn written(d: &crate::model::Dataset) -> Vec<(String, String, bool)> {
    fn walk(v: &serde_json::Value, path: String, prose: bool, out: &mut Vec<(String, String, bool)>) {
        match v {
            serde_json::Value::String(s) => out.push((path, s.clone(), prose)),
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, format!("{path}[{i}]"), prose, out);
                }
            }
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    let prose = prose || matches!(k.as_str(), "quote" | "note" | "text");
                    walk(x, if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, prose, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(d).expect("json"), String::new(), false, &mut out);
    let codes = ["kind", "unit", "basis", "qualifier", "period_kind", "currency", "from", "to"];
    out.retain(|(p, _, _)| !codes.iter().any(|c| p.ends_with(&format!(".{c}"))));
    out
}

fn walked(d: &crate::model::Dataset) -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    let o = crate::model::validate::Origin::of(d);
    crate::model::texts::texts(d, &o, &mut |p, s, prose| out.push((p.to_string(), s.to_string(), prose)));
    out
}

#[test]
fn every_text_is_walked_where_serde_json_writes_it() {
    let d = crate::model::parse(DEFAULT_JSON).expect("the built-in dataset");
    assert_eq!(walked(&d), written(&d));
    // every optional field given, and a series
    let mut v: serde_json::Value = serde_json::from_str(DEFAULT_JSON).expect("json");
    let t = serde_json::json!({ "zh": "中", "zh-Hant": "繁", "en": "e" });
    let fill = |v: &mut serde_json::Value, list: &str, fields: &[(&str, serde_json::Value)]| {
        for item in v[list].as_array_mut().expect("a list") {
            for (k, x) in fields {
                item[*k] = x.clone();
            }
        }
    };
    fill(
        &mut v,
        "sources",
        &[("url", "u".into()), ("note", "n".into()), ("cites", t.clone()), ("text", "t.txt".into())],
    );
    fill(&mut v, "figures", &[("key", "k".into()), ("note", t.clone())]);
    fill(&mut v, "listings", &[("date_as_written", "d".into()), ("note", "n".into())]);
    fill(&mut v, "facts", &[("period", "FY2024".into())]);
    v["story"]["focus"] = serde_json::json!(["biren", "x"]);
    v["series"] = serde_json::json!([{ "id": "s", "entity": "biren", "currency": "HKD", "source": "article",
        "note": "n", "points": [["2026-01-02", 1.0], ["2026-01-03", 2.0]] }]);
    let d: crate::model::Dataset = serde_json::from_value(v).expect("a dataset");
    assert_eq!(walked(&d), written(&d));
}

#[test]
fn deep_nesting_is_refused_where_serde_json_refuses_it_without_overflowing() {
    for n in [126, 127, 128, 129, 100_000] {
        for open in ["[", "{\"a\":", "[{\"a\":"] {
            compare(&open.repeat(n)).expect("the same");
        }
    }
    let deep = "[".repeat(100_000);
    let c = crate::model::check(&deep, &[]);
    assert!(c.data.is_none());
    assert_eq!(c.problems.len(), 1, "{:?}", c.problems);
}

#[test]
fn edge_cases_read_the_same() {
    for text in [
        "",
        " ",
        "{",
        "}",
        "[",
        "]",
        "{\"a\":1,}",
        "[1,]",
        "[1,,2]",
        "{\"a\" 1}",
        "{\"a\":1 \"b\":2}",
        "{1:2}",
        "{\"a\":1}}",
        "[1]]",
        "[1],",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"\\ud800x\"",
        "\"\\ud800\\x\"",
        "\"\\ud83d\\ude00\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"abc",
        "\"a\nb\"",
        "\"\u{7f}\"",
        "nul",
        "nulx",
        "tru",
        "falsy",
        "-",
        "-a",
        "01",
        "1.",
        "1.e3",
        "1e",
        "1e+",
        "1ea",
        ".5",
        "+1",
        "1e309",
        "-1e309",
        "1e-400",
        "0.0000000000000000000000000001e-300",
        "123456789012345678901234567890",
        "{\"a\":1,\"a\":2}",
        "{\"b\":1,\"a\":{\"d\":[],\"c\":{}}}",
        "[\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"]",
        "\u{feff}{}",
        "{\"a\"：1}",
        "[1，2]",
        "{'a':1}",
        "[NaN]",
        "[Infinity]",
        "[-Infinity]",
        "[１]",
    ] {
        compare(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}

#[test]
fn items_written_as_lists_read_the_same() {
    use serde_json::json;
    let cases = [
        ("story", json!(["id", { "en": "t" }])),
        ("story", json!(["id"])),
        ("story", json!([])),
        ("story", json!(["id", { "en": "t" }, ["a"], 4])),
        ("story", json!(["id", ["zh", "繁", "en"], []])),
        ("story", json!(["id", ["zh"]])),
        ("story", json!(["id", ["zh", null, null, null]])),
        ("entities", json!(["x", "company", { "en": "n" }])),
        ("entities", json!(["x", "firm", { "en": "n" }])),
        ("entities", json!(["x", { "company": null }, { "en": "n" }])),
        ("entities", json!(["x", { "company": 1 }, { "en": "n" }])),
        ("figures", json!(["f", "e", "m"])),
        ("figures", json!(["f", "e", "m", null, "FY2024", "full_year", 1, null, "money"])),
        (
            "figures",
            json!([
                "f",
                "e",
                "m",
                null,
                "FY2024",
                "full_year",
                1,
                null,
                "money",
                "CNY",
                "stated",
                "exact",
                null,
                "s",
                "q"
            ]),
        ),
        ("sources", json!(["s", { "en": "t" }, { "en": "p" }, "en", "http://x"])),
        ("series", json!(["s", "e", "CNY", "src", null, [["2026-01-02", 1], ["2026-01-03"], ["a", 1, 2]]])),
        (
            "series",
            json!({ "id": "s", "entity": "e", "currency": "CNY", "source": "src", "points": [["2026-01-02", 1, 3]] }),
        ),
        ("series", json!({ "id": "s", "entity": "e", "currency": "rmb", "source": "src", "points": [] })),
        ("series", json!({ "id": "s", "entity": "e", "currency": "cny", "source": "src", "points": {} })),
        ("inputs", json!(["i", "fx_rate", "USD", "CNY", 7.1, "2026-01-01", { "en": "x" }])),
        ("inputs", json!(["i", "fx_rate", "USD", "CNY", "7.1", "2026-01-01", { "en": "x" }])),
    ];
    for (list, v) in cases {
        let r = match list {
            "story" => typed::<Story>(&v),
            "entities" => typed::<Entity>(&v),
            "figures" => typed::<Figure>(&v),
            "sources" => typed::<Source>(&v),
            "series" => typed::<SeriesSpec>(&v),
            _ => typed::<Input>(&v),
        };
        r.unwrap_or_else(|e| panic!("{v}: {e}"));
    }
}

/// The names of every [`Named`] enum's variants.
fn all_names() -> impl Iterator<Item = &'static str> {
    [Unit::NAMES, Basis::NAMES, Qualifier::NAMES, PeriodKind::NAMES, EntityKind::NAMES, InputKind::NAMES]
        .into_iter()
        .flatten()
        .copied()
}

/// Each variant of `T`: its name in the table is serde's (written and read), `as_str`'s,
/// and the reader's; an unknown name gets serde's message. (They come from one list in
/// `named!`; this checks the macro keeps them one.)
fn names_agree<T>(as_str: fn(T) -> &'static str)
where
    T: Named + serde::Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    assert_eq!(T::ALL.len(), T::NAMES.len());
    for (i, (&v, &name)) in T::ALL.iter().zip(T::NAMES).enumerate() {
        assert!(!T::NAMES[..i].contains(&name), "{name} twice");
        assert_eq!(serde_json::to_value(v).expect("json"), serde_json::json!(name), "{v:?}");
        assert_eq!(serde_json::from_value::<T>(serde_json::json!(name)).expect("a variant"), v, "{name}");
        assert_eq!(as_str(v), name, "{v:?}");
        assert_eq!(named_variant::<T>(&Value::String(name.into())).expect("a variant"), v, "{name}");
    }
    for wrong in ["", "nope", "Money", "full-year"] {
        let theirs = serde_json::from_value::<T>(serde_json::json!(wrong)).expect_err("unknown");
        let mine = named_variant::<T>(&Value::String(wrong.into())).expect_err("unknown");
        assert_eq!(theirs.to_string(), mine.message(), "{wrong}");
    }
}

#[test]
fn every_variant_has_one_name_for_serde_the_reader_and_as_str() {
    names_agree(Unit::as_str);
    names_agree(Basis::as_str);
    names_agree(Qualifier::as_str);
    names_agree(PeriodKind::as_str);
    names_agree(EntityKind::as_str);
    names_agree(InputKind::as_str);
}

/// `Said` writes every other kind of value in serde's own words (it writes them itself so
/// that serde's float writing is not compiled into the reader's wasm).
#[test]
fn said_is_serdes_words_for_all_but_null_and_floats() {
    use serde::de::Unexpected as U;
    let bytes = [1u8, 2];
    for u in [
        U::Bool(true),
        U::Unsigned(7),
        U::Signed(-7),
        U::Char('x'),
        U::Str("a \"b\"\n"),
        U::Bytes(&bytes),
        U::Option,
        U::NewtypeStruct,
        U::Seq,
        U::Map,
        U::Enum,
        U::UnitVariant,
        U::NewtypeVariant,
        U::TupleVariant,
        U::StructVariant,
        U::Other("something"),
    ] {
        assert_eq!(super::Said(u).to_string(), u.to_string());
    }
    assert_eq!(super::Said(U::Float(3.0)).to_string(), "floating point `3.0`");
    assert_eq!(super::Said(U::Unit).to_string(), "null");
}
