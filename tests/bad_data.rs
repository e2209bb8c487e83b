//! The malformed-data corpus (tests/corpus/bad-data.json): every case ends in its exact
//! messages in English and Chinese (every problem, each naming its JSON path), within a
//! second, and nothing in it panics — neither the
//! parse nor, for the data that does parse, the calculations and every drawing.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::model::{check, parse, DEFAULT_JSON, MAX_PROBLEMS};
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
    // edits of the default file's own text (its line and column numbers)
    if let Some(edits) = case["text_edits"].as_array() {
        let mut text = DEFAULT_JSON.to_string();
        for e in edits {
            let (find, with) = (e[0].as_str().expect("find"), e[1].as_str().expect("replace"));
            assert!(text.contains(find), "{find} is not in the default file");
            text = text.replacen(find, with, 1);
        }
        return Some(format!("{}{text}", case["prefix"].as_str().unwrap_or("")));
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
            // format first, as in the file (and as the browser writes the object)
            d.as_object_mut().expect("object").remove("format");
            let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
            return Some(format!("{{\"format\":{deep},{}", &d.to_string()[1..]));
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

fn expected(case: &Value, key: &str) -> Option<Vec<String>> {
    case[key].as_array().map(|a| a.iter().map(|l| l.as_str().expect("a line").to_string()).collect())
}

const FORBIDDEN: &[&str] =
    &["f64", "struct ", "unknown variant", "control character", "expected a sequence", "invalid type", "u8", "enum "];

#[test]
fn every_bad_dataset_gets_its_exact_messages_in_each_language_quickly_and_nothing_panics() {
    let corpus: Value = serde_json::from_str(include_str!("corpus/bad-data.json")).expect("corpus");
    let cases = corpus["cases"].as_array().expect("cases");
    assert!(cases.len() >= 60);
    // DUMP=file writes what every case gets, to review when messages change
    let dump = std::env::var("DUMP").ok();
    let mut wrong = Vec::new();
    let mut dumped = Vec::new();
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let Some(text) = build(case) else { continue };
        // a guard against a hang (a quadratic check on a huge file), not a speed test: the
        // bound is generous because this runs unoptimised on a loaded machine
        let started = Instant::now();
        let checked =
            catch_unwind(AssertUnwindSafe(|| check(&text, &[]))).unwrap_or_else(|_| panic!("{name}: panicked"));
        let took = started.elapsed();
        assert!(took < Duration::from_secs(10), "{name}: check took {took:?}");
        let started = Instant::now();
        let parsed = catch_unwind(AssertUnwindSafe(|| parse(&text))).unwrap_or_else(|_| panic!("{name}: panicked"));
        let took = started.elapsed();
        assert!(took < Duration::from_secs(10), "{name}: parse took {took:?}");
        let lines = |lang| checked.problems.iter().map(|p| p.line(lang)).collect::<Vec<_>>();
        if dump.is_some() {
            dumped.push(
                json!({"name": name, "en": lines(Lang::En), "zh": lines(Lang::Zh), "zh-Hant": lines(Lang::ZhHant)}),
            );
        }
        for (key, lang) in [("expect_en", Lang::En), ("expect_zh", Lang::Zh), ("expect_zh_hant", Lang::ZhHant)] {
            let Some(want) = expected(case, key) else {
                if key != "expect_zh_hant" {
                    wrong.push(format!("{name}: no {key}"));
                }
                continue;
            };
            let got = lines(lang);
            if got != want {
                wrong.push(format!("{name} ({key})\n  expected: {want:?}\n  got:      {got:?}"));
            }
            for l in &got {
                for f in FORBIDDEN {
                    assert!(!l.contains(f), "{name}: \"{f}\" in {l}");
                }
            }
        }
        // the widget's fast path agrees: accepted when there is no error, else the first one
        let first = checked.errors().next();
        match (&parsed, first) {
            (Ok(_), None) => assert!(checked.data.is_some(), "{name}"),
            (Err(e), Some(p)) => {
                let line =
                    if p.path.is_empty() { format!("dataset: {}", p.message(Lang::En)) } else { p.line(Lang::En) };
                assert_eq!(e.to_string(), line, "{name}: parse says the first problem");
            }
            (p, f) => panic!("{name}: parse {p:?} but check {f:?}"),
        }
    }
    if let Some(file) = dump {
        std::fs::write(file, serde_json::to_string_pretty(&dumped).unwrap()).unwrap();
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_report_counts_its_problems_in_the_language() {
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    v["figures"][3]["value"] = json!("19.6");
    v["figures"][5]["entity"] = json!("nvidia");
    let c = check(&v.to_string(), &[]);
    assert!(c.data.is_none());
    assert_eq!(
        c.report(Lang::En),
        "2 problems in the data:\nfigures[3].value: must be a number, got the text \"19.6\": write 19.6, without quotes\nfigures[5].entity: there is no entity \"nvidia\" in entities"
    );
    assert!(c.report(Lang::Zh).starts_with("数据中有2处问题：\nfigures[3].value：应为数字"), "{}", c.report(Lang::Zh));
    assert!(c.report(Lang::ZhHant).starts_with("數據中有2處問題：\n"), "{}", c.report(Lang::ZhHant));
}

#[test]
fn a_long_list_stops_at_fifty_and_counts_the_rest() {
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    for f in v["figures"].as_array_mut().unwrap() {
        f["entity"] = json!("nobody");
    }
    let n = v["figures"].as_array().unwrap().len();
    let c = check(&v.to_string(), &[]);
    assert_eq!(c.problems.len(), MAX_PROBLEMS + 1);
    assert_eq!(c.problems[MAX_PROBLEMS].line(Lang::En), format!("and {} more problems", n - MAX_PROBLEMS));
    assert!(c.report(Lang::En).starts_with(&format!("{n} problems in the data:")));
}

#[test]
fn warnings_do_not_stop_the_chart() {
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    // FY2023 revenue listed before FY2022: drawn sorted, said so
    let figures = v["figures"].as_array_mut().unwrap();
    figures.swap(25, 28);
    // the FY2024 gross margin given twice, with two values
    let mut twice = figures[32].clone();
    twice["id"] = json!("biren.gross_margin.FY2024.again");
    twice["value"] = json!(53.9);
    twice["as_written"] = json!("53.9%");
    twice["quote"] = json!("2024年毛利率为53.9%。");
    figures.push(twice);
    let n = figures.len() - 1;
    // a quote changed after copying: the article no longer holds it
    figures[0]["quote"] = json!("最终，公司将H股发行价锁定19.6港元。");
    // the article with its line breaks and spaces changed: still holds every other quote
    let text = include_str!("../data/article.zh.txt").replace('\n', "\n  ").replace("。", "。\n");
    let c = check(&v.to_string(), &[("article", &text)]);
    assert!(c.data.is_some(), "{:?}", c.problems);
    let lines: Vec<String> = c.problems.iter().map(|p| p.line(Lang::En)).collect();
    assert!(lines.contains(&"figures[28].period: warning: \"FY2022\" comes after \"FY2023\" in the file; charts draw figures in time order, so check the period".to_string()), "{lines:#?}");
    assert!(lines.contains(&format!("figures[{n}].period: warning: has the same entity, metric, key and period as figures[32] (\"biren.gross_margin.FY2024\") but another value: a chart shows only one of them; check the period or add a key")), "{lines:#?}");
    // quotes not in the given text are pointed out, quotes in it are not
    assert!(lines.contains(&"figures[0].quote: warning: the quote does not occur in the source's text (article): copy the sentence exactly".to_string()), "{lines:#?}");
    assert!(
        c.report(Lang::Zh).contains("figures[0].quote：提醒：引文不在来源原文（article）中"),
        "{}",
        c.report(Lang::Zh)
    );
    // the added figure is also out of order (after H1-2025) and quotes a sentence the article lacks
    assert_eq!(lines.len(), 5, "{lines:#?}");
    assert!(c.problems.iter().all(|p| !p.is_error()));
    // the default dataset itself has nothing to warn about
    assert!(check(DEFAULT_JSON, &[]).problems.is_empty());
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

#[test]
fn the_readme_shows_messages_the_checker_gives() {
    let readme = include_str!("../data/README.md");
    let start = readme.find("### When the checker complains").expect("the section");
    let end = start + readme[start..].find("### Checks beyond the format").expect("the next section");
    let corpus: Value = serde_json::from_str(include_str!("corpus/bad-data.json")).expect("corpus");
    let known: Vec<&str> = corpus["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .flat_map(|c| ["expect_en", "expect_zh", "expect_zh_hant"].map(|k| c[k].as_array()))
        .flatten()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let shown: Vec<&str> = readme[start..end]
        .split("```text\n")
        .skip(1)
        .flat_map(|block| block.split("```").next().unwrap_or("").lines())
        .collect();
    assert!(shown.len() >= 20, "{shown:?}");
    for line in shown {
        assert!(known.contains(&line), "data/README.md shows a message the corpus does not hold: {line}");
    }
}
