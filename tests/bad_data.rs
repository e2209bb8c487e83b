//! The malformed-data corpus (tests/corpus/bad-data.json): every case ends in its exact
//! message, naming the JSON path, within a second, and nothing in it panics — neither the
//! parse nor, for the data that does parse, the calculations and every drawing.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;
use serde_json::{json, Value};

fn slot<'a>(v: &'a mut Value, path: &str) -> (&'a mut Value, String) {
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop().expect("path").to_string();
    let mut cur = v;
    for p in parts {
        cur = match p.parse::<usize>() {
            Ok(i) => &mut cur[i],
            Err(_) => &mut cur[p],
        };
    }
    (cur, last)
}

fn number(v: &Value) -> Value {
    match v.get("$number").and_then(Value::as_str) {
        Some("-0") => json!(-0.0),
        Some(other) => panic!("JSON cannot hold {other}"),
        None => v.clone(),
    }
}

/// The JSON text of a case, or None for browser-only ones.
pub fn build(case: &Value) -> Option<String> {
    if case["browser_only"].as_bool() == Some(true) {
        return None;
    }
    if let Some(t) = case["text"].as_str() {
        return Some(t.to_string());
    }
    let mut d: Value = serde_json::from_str(DEFAULT_JSON).expect("default JSON");
    if let Some(r) = case.get("replace") {
        return Some(r.to_string());
    }
    match case["generate"].as_str() {
        Some("string_10mb") => d["entities"][0]["name"]["en"] = json!("x".repeat(10 * 1024 * 1024)),
        Some("companies_100k") => {
            let many: Vec<Value> = (0..100_000)
                .map(|i| json!({"id": format!("co{i}"), "kind": "company", "name": {"en": format!("Company {i}")}}))
                .collect();
            d["entities"] = json!(many);
        }
        Some("nested_10k") => {
            let text = d.to_string();
            let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
            return Some(text.replacen("\"format\":\"ipo-lens/1\"", &format!("\"format\":{deep}"), 1));
        }
        Some(other) => panic!("unknown generator {other}"),
        None => {}
    }
    for op in case["ops"].as_array().into_iter().flatten() {
        if let Some(path) = op["set"].as_str() {
            let (parent, key) = slot(&mut d, path);
            let value = number(&op["to"]);
            match key.parse::<usize>() {
                Ok(i) => parent[i] = value,
                Err(_) => parent[key.as_str()] = value,
            }
        } else if let Some(path) = op["delete"].as_str() {
            let (parent, key) = slot(&mut d, path);
            parent.as_object_mut().expect("object").remove(&key);
        } else if let Some(from) = op["copy"].as_str() {
            let value = d.pointer(&format!("/{}", from.replace('.', "/"))).expect("copy from").clone();
            let (parent, key) = slot(&mut d, op["to"].as_str().expect("to"));
            parent[key.as_str()] = value;
        }
    }
    Some(d.to_string())
}

#[test]
fn every_bad_dataset_gets_its_exact_message_quickly_and_nothing_panics() {
    let corpus: Value = serde_json::from_str(include_str!("corpus/bad-data.json")).expect("corpus");
    let cases = corpus["cases"].as_array().expect("cases");
    assert!(cases.len() >= 30);
    let mut wrong = Vec::new();
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let Some(text) = build(case) else { continue };
        let started = Instant::now();
        let got = catch_unwind(AssertUnwindSafe(|| parse(&text))).unwrap_or_else(|_| panic!("{name}: panicked"));
        let took = started.elapsed();
        assert!(took < Duration::from_secs(1), "{name}: took {took:?}");
        let message = match got {
            Ok(_) => "accepted".to_string(),
            Err(e) => e.to_string(),
        };
        let expect = case["expect"].as_str().expect("expect");
        if message != expect {
            wrong.push(format!(
                "{name}\n  expected: {expect}\n  got:      {}",
                message.chars().take(300).collect::<String>()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn data_that_parses_draws_every_view_without_panicking() {
    // The example dataset and the default one, in both languages at both widths.
    for json in [DEFAULT_JSON, include_str!("../data/examples/example-listing.json")] {
        let d = parse(json).expect("valid");
        let _ = ipo_lens::calc::check_all(&d);
        for view in REGISTRY.iter().map(|v| v.id) {
            for lang in Lang::ALL {
                for width in [1.0, 320.0, 5000.0, f64::NAN] {
                    let spec = Spec::new(view, "", lang, width).expect("a registered view");
                    let _ = catch_unwind(AssertUnwindSafe(|| render_svg(&d, &spec)))
                        .unwrap_or_else(|_| panic!("{view} panicked"));
                }
            }
        }
    }
}
