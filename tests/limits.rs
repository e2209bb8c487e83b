//! Every string and list of the format is bounded (data/README.md, "Limits"), tested at
//! the limit and one past it; control characters are refused with their path; and the
//! SVG of every view parses as XML for any accepted dataset (property test).

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::model::{check, parse, MAX_ITEMS, MAX_SERIES, MAX_TEXT};
use ipo_lens::Lang;
use proptest::prelude::*;
use serde_json::{json, Value};

fn default() -> Value {
    serde_json::from_str(ipo_lens::model::DEFAULT_JSON).expect("json")
}

/// The error problems of `v` as `path: message` (English).
fn errors(v: &Value) -> Vec<String> {
    check(&v.to_string(), &[]).problems.iter().filter(|p| p.is_error()).map(|p| p.line(Lang::En)).collect()
}

#[test]
fn every_string_at_its_limit_passes_and_one_byte_more_is_refused_with_its_path() {
    // fields that no rule read before: the walk covers every string
    type Slot = fn(&mut Value) -> &mut Value;
    let fields: [(&str, Slot); 6] = [
        ("story.id", |v| &mut v["story"]["id"]),
        ("sources[0].language", |v| &mut v["sources"][0]["language"]),
        ("sources[0].url", |v| &mut v["sources"][0]["url"]),
        ("listings[0].date_as_written", |v| &mut v["listings"][0]["date_as_written"]),
        ("facts[0].topic", |v| &mut v["facts"][0]["topic"]),
        ("figures[0].note.en", |v| &mut v["figures"][0]["note"]),
    ];
    for (path, at) in fields {
        for (n, ok) in [(MAX_TEXT, true), (MAX_TEXT + 1, false)] {
            let mut v = default();
            let s = "x".repeat(n);
            let slot = at(&mut v);
            *slot = if path.ends_with(".en") { json!({ "en": s }) } else { json!(s) };
            let e = errors(&v);
            let long: Vec<&String> = e.iter().filter(|m| m.contains("bytes long")).collect();
            if ok {
                assert!(long.is_empty(), "{path} at {n}: {e:?}");
            } else {
                assert_eq!(long.len(), 1, "{path} at {n}: {e:?}");
                assert!(long[0].starts_with(&format!("{path}: is {n} bytes long; at most {MAX_TEXT}")), "{e:?}");
            }
        }
    }
}

#[test]
fn lists_at_their_limit_pass_and_one_more_is_refused() {
    // series: MAX_SERIES of them, each one point
    for (n, ok) in [(MAX_SERIES, true), (MAX_SERIES + 1, false)] {
        let mut v = default();
        let one = |i: usize| json!({"id": format!("s{i}"), "entity": "biren", "currency": "HKD", "source": v["sources"][0]["id"].clone(), "points": [["2026-01-02", 1.0]]});
        let series: Vec<Value> = (0..n).map(one).collect();
        v["series"] = json!(series);
        let e = errors(&v);
        assert_eq!(
            e.iter().any(|m| m.starts_with(&format!("series: {n}")) || m.starts_with("series: ")),
            !ok,
            "{n}: {e:?}"
        );
    }
    for (n, ok) in [(MAX_ITEMS, true), (MAX_ITEMS + 1, false)] {
        let mut v = default();
        v["story"]["focus"] = json!(vec!["biren"; n]);
        let e = errors(&v);
        assert_eq!(e.iter().any(|m| m.starts_with("story.focus: ")), !ok, "{n}: {e:?}");
    }
}

#[test]
fn control_characters_are_refused_with_their_path_and_place() {
    for (c, allowed_in_quote) in [
        ('\u{1}', false),
        ('\u{0}', false),
        ('\u{7f}', false),
        ('\u{9f}', false),
        ('\r', false),
        ('\t', true),
        ('\n', true),
    ] {
        let mut v = default();
        v["story"]["title"]["en"] = json!(format!("ab{c}"));
        v["figures"][0]["quote"] = json!(format!("{}{c}", v["figures"][0]["quote"].as_str().expect("quote")));
        let e = errors(&v);
        let want =
            format!("story.title.en: holds the control character U+{:04X} at character 3; remove it", u32::from(c));
        assert!(e.contains(&want), "{c:?}: {e:?}");
        assert_eq!(
            e.iter().any(|m| m.starts_with("figures[0].quote: holds the control")),
            !allowed_in_quote,
            "{c:?}: {e:?}"
        );
    }
    // in Chinese too
    let mut v = default();
    v["story"]["id"] = json!("a\u{1}");
    let p = check(&v.to_string(), &[]);
    let zh: Vec<String> = p.problems.iter().map(|p| p.line(Lang::Zh)).collect();
    assert!(zh.contains(&"story.id：第2个字符是控制字符U+0001，请删除".to_string()), "{zh:?}");
}

/// A minimal XML well-formedness check: only XML characters, tags balanced, `&` only in
/// entities, `<` only opening a tag, attribute values quoted.
fn well_formed(svg: &str) -> Result<(), String> {
    let xml_char =
        |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    if let Some(c) = svg.chars().find(|c| !xml_char(*c)) {
        return Err(format!("not an XML character: U+{:04X}", u32::from(c)));
    }
    let mut stack: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find(['<', '&']) {
        let text = &rest[..i];
        if text.contains('>') && !stack.is_empty() && text.contains("]]>") {
            return Err("]]> in text".into());
        }
        rest = &rest[i..];
        if rest.starts_with('&') {
            let end = rest.find(';').ok_or("& without ;")?;
            let name = &rest[1..end];
            let ok = matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
                || name.strip_prefix("#x").is_some_and(|h| u32::from_str_radix(h, 16).is_ok())
                || name.strip_prefix('#').is_some_and(|d| d.parse::<u32>().is_ok());
            if !ok {
                return Err(format!("bad entity &{name};"));
            }
            rest = &rest[end + 1..];
            continue;
        }
        if rest.starts_with("<?") || rest.starts_with("<!--") {
            let end = rest.find('>').ok_or("unclosed")?;
            rest = &rest[end + 1..];
            continue;
        }
        // a tag: quoted attribute values may hold '>'
        let mut quote = None;
        let mut end = None;
        for (k, ch) in rest.char_indices().skip(1) {
            match (quote, ch) {
                (None, '"' | '\'') => quote = Some(ch),
                (Some(q), _) if ch == q => quote = None,
                (Some(_), '<') => return Err("< in an attribute".into()),
                (None, '>') => {
                    end = Some(k);
                    break;
                }
                (None, '<') => return Err("< inside a tag".into()),
                _ => {}
            }
        }
        let end = end.ok_or("unclosed tag")?;
        let tag = &rest[1..end];
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop().as_deref() != Some(name.trim()) {
                return Err(format!("</{name}> closes nothing open"));
            }
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().ok_or("empty tag")?;
            stack.push(name.to_string());
        }
        rest = &rest[end + 1..];
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("unclosed: {stack:?}"))
    }
}

#[test]
fn the_checker_itself_rejects_what_it_should() {
    assert!(well_formed("<svg><text>a\u{1}</text></svg>").is_err());
    assert!(well_formed("<svg><text>a & b</text></svg>").is_err());
    assert!(well_formed("<svg><text>a</svg>").is_err());
    assert!(well_formed("<svg a=\"x>y\"><text>a &amp; b</text><g/></svg>").is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// Any text in the names, the title and a quote: refused, or every view's SVG is XML.
    #[test]
    fn svg_is_xml_for_any_accepted_text(name in "\\PC{0,12}|[\\x00-\\x20\\x7f-\\x9f<>&\"'\\u{2028}\\u{FFFE}\\u{FEFF}a-z]{0,12}", any in ".{0,8}") {
        let mut v = default();
        v["entities"][0]["name"]["en"] = json!(format!("{name}{any}"));
        v["story"]["title"]["en"] = json!(format!("{any}{name}"));
        let q = v["figures"][0]["quote"].as_str().expect("quote").to_string();
        v["figures"][0]["quote"] = json!(format!("{q}{name}"));
        let Ok(d) = parse(&v.to_string()) else { return Ok(()) };
        for view in REGISTRY {
            for m in view.metrics {
                let spec = Spec::new(view.id, m.id, Lang::En, 640.0).expect("spec");
                if let Ok(r) = render_svg(&d, &spec) {
                    prop_assert!(well_formed(&r.svg).is_ok(), "{}/{}: {:?}", view.id, m.id, well_formed(&r.svg));
                }
            }
        }
    }
}
