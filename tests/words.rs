//! The word catalog and the view registry: every language has every word, the metric
//! names cover the dataset vocabulary, the `lang` and other attributes are parsed once
//! with messages that name the attribute, and the package's TypeScript unions are the
//! registry's.

use ipo_lens::chart::{render_svg, with_types, RawSpec, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON, METRICS};
use ipo_lens::Lang;

/// Every string of a language's table, with its JSON path.
fn strings(lang: Lang) -> Vec<(String, String)> {
    fn walk(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::String(s) => out.push((path, s.clone())),
            serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| walk(x, format!("{path}[{i}]"), out)),
            serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| walk(x, format!("{path}.{k}"), out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(lang.words()).expect("serialises"), String::new(), &mut out);
    out
}

#[test]
fn every_language_has_every_word() {
    let reference: Vec<String> = strings(Lang::En).into_iter().map(|(k, _)| k).collect();
    assert!(reference.len() > 150, "only {} words", reference.len());
    for lang in Lang::ALL {
        let words = strings(lang);
        let keys: Vec<&String> = words.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, reference.iter().collect::<Vec<_>>(), "{lang:?}: not the same keys as English");
        for (k, v) in &words {
            assert!(!v.trim().is_empty(), "{lang:?}: {k} is empty");
        }
    }
}

#[test]
fn every_metric_of_the_vocabulary_has_a_name_in_every_language() {
    for lang in Lang::ALL {
        let names: Vec<&str> = lang.words().metric.all().into_iter().map(|(k, _)| k).collect();
        let vocabulary: Vec<&str> = METRICS.iter().map(|m| m.name).collect();
        assert_eq!(names, vocabulary, "{lang:?}");
    }
}

#[test]
fn lang_tags_are_read_once_by_one_rule() {
    for (tag, lang) in
        [("zh", Lang::Zh), ("ZH-cn", Lang::Zh), ("zh_Hans", Lang::Zh), ("en", Lang::En), ("en-US", Lang::En)]
    {
        assert_eq!(Lang::parse(tag).expect(tag), lang, "{tag}");
    }
    for bad in ["fr", "", "english", "中文", "e"] {
        let e = Lang::parse(bad).expect_err(bad).to_string();
        assert!(e.starts_with("lang: unknown language"), "{bad}: {e}");
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.tag()).expect("own tag"), lang);
    }
}

#[test]
fn attributes_are_checked_once_with_messages_that_name_them() {
    let raw = |f: &dyn Fn(&mut RawSpec)| {
        let mut r = RawSpec { view: "valuation".into(), lang: "en".into(), width: 640.0, ..RawSpec::default() };
        f(&mut r);
        Spec::parse(&r)
    };
    let err = |f: &dyn Fn(&mut RawSpec)| raw(f).expect_err("refused").to_string();
    assert_eq!(
        err(&|r| r.currency = "EUR".into()),
        "currency: unknown currency \"EUR\" (known: native, CNY, HKD, USD)"
    );
    assert_eq!(
        err(&|r| r.scale = Some("logarithmic".into())),
        "scale: unknown scale \"logarithmic\" (known: linear, log)"
    );
    assert!(
        err(&|r| r.view = "charts".into()).starts_with("view: unknown view \"charts\" (known: listing-day, demand,")
    );
    assert_eq!(
        err(&|r| r.metric = "revenue".into()),
        "metric: unknown metric \"revenue\" for the valuation view (known: caps)"
    );
    assert!(err(&|r| r.lang = "de".into()).starts_with("lang: unknown language \"de\""));
    // what is accepted
    let s = raw(&|r| r.currency = "hkd".into()).expect("accepted");
    assert_eq!(s.currency, Some(ipo_lens::Currency::Hkd));
    let s = raw(&|r| r.currency = "native".into()).expect("accepted");
    assert_eq!((s.currency, s.metric, s.lang), (None, "caps", Lang::En));
}

#[test]
fn the_registry_is_the_one_list_of_views() {
    let d = parse(DEFAULT_JSON).expect("valid");
    let mut ids: Vec<&str> = REGISTRY.iter().map(|v| v.id).collect();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate view ids");
    for v in REGISTRY {
        assert!(!v.metrics.is_empty(), "{}: no metric", v.id);
        for lang in Lang::ALL {
            assert!(!(v.name)(lang.words()).is_empty(), "{}: no name", v.id);
            for m in v.metrics {
                let r = render_svg(&d, &Spec::new(v.id, m.id, lang, 640.0).expect("registered")).expect("draws");
                assert_eq!(r.view, v.id);
                assert!(r.views.iter().any(|(id, name)| id == v.id && name == (v.name)(lang.words())));
            }
        }
    }
}

#[test]
fn the_package_types_are_written_from_the_registry() {
    let dts = std::fs::read_to_string("src/web/ipo-lens.d.ts").expect("d.ts");
    let fresh = with_types(&dts).expect("the d.ts has a registry:start … registry:end region");
    assert!(fresh == dts, "src/web/ipo-lens.d.ts is stale: run `cargo run --bin types`");
    for v in REGISTRY {
        assert!(dts.contains(&format!("'{}'", v.id)), "{}", v.id);
    }
}
