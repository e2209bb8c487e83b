//! wasm tests in headless Chromium (`make test-wasm`): the browser path of the default
//! dataset (JSON.parse → serde-wasm-bindgen → validation), the drawing and its hit boxes
//! as data for the element, bad data refused with its JSON path while the last good data
//! stays, the wasm build drawing byte for byte what the native snapshot holds, and the
//! palette the element's stylesheet takes.
#![cfg(target_arch = "wasm32")]

use ipo_lens::web::{set_built_in, theme_css, Lens};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn spec(lang: &str, metric: &str, width: f64) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in [
        ("view", JsValue::from_str("listing-day")),
        ("lang", lang.into()),
        ("metric", metric.into()),
        ("width", width.into()),
    ] {
        js_sys::Reflect::set(&o, &k.into(), &v).unwrap();
    }
    o.into()
}

/// A plain object with `pairs`, set in their order.
fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn message(e: JsValue) -> String {
    e.unchecked_into::<js_sys::Error>().message().into()
}

/// The built-in story, which the element fetches beside the wasm (the reader's wasm does
/// not carry it): given once, as the element does.
fn built_in() {
    set_built_in(ipo_lens::model::DEFAULT_JSON.into()).unwrap();
}

#[wasm_bindgen_test]
fn draws_the_same_svg_as_native() {
    built_in();
    let r = Lens::new().render(spec("zh", "first-day-high", 640.0)).unwrap();
    let svg = js_sys::Reflect::get(&r, &"svg".into()).unwrap().as_string().unwrap();
    assert_eq!(svg, include_str!("snapshots/listing-day.first-day-high.zh.640.svg"));
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap()
}

fn marks(r: &JsValue) -> js_sys::Array {
    get(r, "marks").unchecked_into()
}

#[wasm_bindgen_test]
fn renders_the_chart_and_its_hit_boxes_as_data() {
    built_in();
    let mut lens = Lens::new();
    let r = lens.render(spec("en", "latest", 360.0)).unwrap();
    let svg = get(&r, "svg").as_string().unwrap();
    assert!(svg.starts_with("<svg"));
    // background + the two bars the source gives prices for (Biren has no latest price)
    assert_eq!(svg.matches("<rect").count(), 3);
    let marks = marks(&r);
    assert_eq!(marks.length(), 3);
    let first = marks.get(0);
    assert_eq!(get(&first, "label").as_string().unwrap(), "Biren Technology · Latest price: not given in the source");
    assert!(!get(&first, "id").as_string().unwrap().is_empty());
    let rect = get(&first, "rect");
    for k in ["x", "y", "w", "h"] {
        let v = get(&rect, k).as_f64().unwrap();
        assert!((0.0..=360.0).contains(&v), "rect.{k} = {v}");
    }
    assert!(get(&rect, "w").as_f64().unwrap() > 0.0 && get(&rect, "h").as_f64().unwrap() > 0.0);
}

#[wasm_bindgen_test]
fn theme_css_gives_both_schemes_from_the_chart_palette() {
    let css = theme_css().as_string().unwrap();
    assert!(css.starts_with(":host{--ipo-paper:#ffffff;--ipo-ink:#1a1a1a;"), "{css}");
    assert!(css.contains("@media (prefers-color-scheme: dark){:host{--ipo-paper:#16181b;"), "{css}");
    assert!(css.ends_with(";}}"), "{css}");
}

#[wasm_bindgen_test]
fn bad_data_names_its_path_and_keeps_the_last_good_data() {
    built_in();
    let mut lens = Lens::new();
    let data = js_sys::JSON::parse(ipo_lens::model::DEFAULT_JSON).unwrap();
    let figures = js_sys::Reflect::get(&data, &"figures".into()).unwrap();
    let third = js_sys::Reflect::get(&figures, &3.into()).unwrap();
    js_sys::Reflect::set(&third, &"value".into(), &JsValue::from_f64(-3.0)).unwrap();
    let err = message(lens.set_data(data, "en".into()).unwrap_err());
    assert_eq!(err, "1 problem in the data:\nfigures[3].value: -3 does not match \"112.55%\", which reads as 112.55");
    let r = lens.render(spec("zh", "", 640.0)).unwrap();
    assert_eq!(marks(&r).length(), 3);

    let wrong_type = js_sys::JSON::parse(r#"{"format":"ipo-lens/1","story":{"id":"s","title":{"en":"t"}},"sources":[],"entities":[],"figures":[{"id":1}]}"#).unwrap();
    let err = lens.set_data(wrong_type, "zh".into()).unwrap_err();
    let problems = js_sys::Reflect::get(&err, &"problems".into()).unwrap();
    let second = js_sys::Reflect::get(&problems, &1.into()).unwrap();
    assert_eq!(js_sys::Reflect::get(&second, &"path".into()).unwrap().as_string().unwrap(), "figures[0].id");
    assert_eq!(js_sys::Reflect::get(&second, &"severity".into()).unwrap().as_string().unwrap(), "error");
    // every problem at once, in the order of the file, in the language asked for
    assert_eq!(
        message(err),
        "数据中有2处问题：\nsources：至少要有一项，实际一项也没有\nfigures[0].id：应为加引号的文本，实际是数字1"
    );
}

/// In the browser, upper/lower case and reading a number go through the browser's own
/// `toLowerCase`/`toUpperCase`/`Number` (src/i18n/case.rs, src/float.rs): the same
/// results as the standard library's, which is still linked into this test.
#[wasm_bindgen_test]
fn case_and_numbers_as_the_standard_library() {
    use ipo_lens::float::parse_f64;
    use ipo_lens::i18n::case::{lower, upper};
    for s in ["Net loss", "ÉCOLE", "straße", "ΟΔΟΣ ΟΔΟΣ.", "İstanbul", "ǅ", "ﬃ", "港元 hkd", "Ｆｉｇｕｒｅｓ", "ŉ"]
    {
        assert_eq!(lower(s), s.to_lowercase(), "{s}");
        assert_eq!(upper(s), s.to_uppercase(), "{s}");
    }
    for s in [
        "",
        ".",
        "1.",
        ".5",
        "-.5",
        "+1",
        "1e",
        "1e400",
        "-1e400",
        "1e-400",
        "inf",
        "-Infinity",
        "NaN",
        "0x10",
        "-0",
        "123.456e-7",
        "0.1",
        "9007199254740993",
        "2.2250738585072011e-308",
        "1.7976931348623157e308",
        "0.30000000000000000000000000000000000000000001",
        "4.9406564584124654e-324",
    ] {
        let want = s.parse::<f64>().ok();
        assert_eq!(parse_f64(s).map(f64::to_bits), want.map(f64::to_bits), "{s:?}");
    }
}

/// In the browser, whether a character is a letter or digit, upper or lower case, is asked
/// of the browser's Unicode property escapes (src/i18n/case.rs): the same answer as the
/// standard library's tables for every character both know. Characters assigned in only
/// one of the two Unicode versions may differ; the test says how many and fails above a
/// handful.
#[wasm_bindgen_test]
fn character_classes_as_the_standard_library() {
    use ipo_lens::i18n::case::{alphanumeric, is_lower, is_upper};
    let mut differ = Vec::new();
    let mut checked = 0;
    for c in (0x80..0x3_2000).step_by(3).filter_map(char::from_u32) {
        checked += 1;
        let ours = (alphanumeric(c), is_upper(c), is_lower(c));
        let std = (c.is_alphanumeric(), c.is_uppercase(), c.is_lowercase());
        if ours != std {
            differ.push(format!("U+{:04X} {ours:?} {std:?}", u32::from(c)));
        }
    }
    assert!(checked > 60_000, "{checked}");
    assert!(differ.len() <= 8, "{} of {checked} characters differ: {}", differ.len(), differ.join(", "));
    for c in ['漢', '٣', 'Ⅻ', '½', 'ǅ', 'ß', 'É', 'ª', '，', '€'] {
        assert_eq!(
            (alphanumeric(c), is_upper(c), is_lower(c)),
            (c.is_alphanumeric(), c.is_uppercase(), c.is_lowercase()),
            "{c}"
        );
    }
}

/// In the browser, a text quoted in a message (`quote::Quoted`) escapes the characters
/// `Debug` escapes, asked of the browser's Unicode properties: the same as the standard
/// library's tables (still linked into this test) for every character both know.
#[wasm_bindgen_test]
fn quoted_as_debug_writes() {
    use ipo_lens::quote::Quoted;
    let mut differ = Vec::new();
    let mut checked = 0;
    for c in (0x80..0x3_2000).step_by(3).chain(0xe0000..0xe0200).filter_map(char::from_u32) {
        checked += 1;
        let s = c.to_string();
        let (ours, debug) = (Quoted(&s).to_string(), format!("{s:?}"));
        if ours != debug {
            differ.push(format!("U+{:04X} {ours} {debug}", u32::from(c)));
        }
    }
    assert!(checked > 60_000, "{checked}");
    assert!(differ.len() <= 8, "{} of {checked} characters differ: {}", differ.len(), differ.join(", "));
    for s in ["\u{300}a", "e\u{301}", "❤\u{fe0f}", "\u{e000}", "\u{378}", "a\u{a0}b", "中文\u{3000}", "\u{feff}"] {
        assert_eq!(Quoted(s).to_string(), format!("{s:?}"), "{s:?}");
    }
}

/// The browser's `float::shortest` (from `String(v)`) and `float::fixed` (from the exact
/// value) write what `format!("{v}")` and `format!("{v:.N}")` write: edge values, exact
/// ties, random bit patterns and random decimals.
#[wasm_bindgen_test]
fn floats_are_written_as_rust_writes_them() {
    use ipo_lens::float::{fixed, shortest};
    let check = |v: f64, d: usize| {
        assert_eq!(shortest(v), format!("{v}"), "{:x}", v.to_bits());
        assert_eq!(fixed(v, d), format!("{v:.d$}"), "{:x} to {d}", v.to_bits());
    };
    let edges = [
        0.0,
        -0.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        0.125,
        -0.125,
        0.375,
        1e21,
        1e22,
        1.5e22,
        -1e23,
        2f64.powi(70),
        9007199254740993.0,
        123456789012345680000.0,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        f64::from_bits(0x000F_FFFF_FFFF_FFFF), // the largest subnormal
        1e-7,
        -1.5e-7,
        1e-6,
        0.1,
        0.3,
        0.1 + 0.2,
        9.995,
        99.5,
        1e300,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        // whole numbers, written without a call into the browser below 1e15
        1.0,
        -1.0,
        13.0,
        -640.0,
        999_999_999_999_999.0,
        1e15,
        -1e15,
        4503599627370496.0,
    ];
    for v in edges {
        for d in 0..=20 {
            check(v, d);
        }
    }
    // exact ties at every position: k / 2^(d+1) for odd k (JavaScript's toFixed would
    // round them up; Rust rounds to even)
    for d in 0..14 {
        for k in (1..300u32).step_by(2) {
            let v = f64::from(k) / 2f64.powi(d as i32 + 1);
            check(v, d);
            check(-v, d);
        }
    }
    // exact ties between two shortest candidates (…797.25: Rust writes …797.3): quarters
    // from 2^50, halves from 2^51, odd integers from 2^53 on, in steps of their ulp
    for (from, ulp) in [(2f64.powi(50), 0.25), (2f64.powi(51), 0.5), (2f64.powi(52), 1.0), (2f64.powi(53), 2.0)] {
        for k in 0..2000 {
            let v = from + 1e12 + f64::from(k) * ulp;
            assert_eq!(shortest(v), format!("{v}"), "{:x}", v.to_bits());
            assert_eq!(shortest(-v), format!("{}", -v), "{:x}", v.to_bits());
        }
    }
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for i in 0..120_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let d = (x % 18) as usize;
        // every bit pattern for the shortest digits; fixed decimals of a few (subnormals
        // take long), and of decimals as data has them
        let v = f64::from_bits(x);
        assert_eq!(shortest(v), format!("{v}"), "{:x}", v.to_bits());
        if i % 20 == 0 {
            assert_eq!(fixed(v, d), format!("{v:.d$}"), "{:x} to {d}", v.to_bits());
        }
        let w = (x >> 24) as f64 / 10f64.powi((x % 14) as i32);
        check(w, d);
        check(-w / 3.0, d);
    }
}

/// Powers and logarithms come from the browser's `Math.pow` and `Math.log10` in the wasm
/// (src/float.rs). The places that round them show the same as the standard library's
/// (libm's, in the wasm) would: `log10` is exact on powers of ten and its floor the same for
/// every decimal `1eN` and its neighbours, and growth rates over the periods data has agree
/// to within one unit in the last place and so to every decimal a chart writes (the count
/// that differ is printed). Powers of ten are not taken from `Math.pow`, which is one unit
/// off for some (10⁻²⁹), but read from the decimal `1eN` (`chart::scale::pow10`).
#[wasm_bindgen_test]
fn powers_and_logarithms_as_the_standard_library() {
    use ipo_lens::float::{fixed, log10, pow};
    for n in -30..=30 {
        let v = ipo_lens::float::parse_f64(&format!("1e{n}")).unwrap();
        for w in [v, f64::from_bits(v.to_bits() - 1), f64::from_bits(v.to_bits() + 1)] {
            assert_eq!(log10(w).floor(), w.log10().floor(), "1e{n} ({:x})", w.to_bits());
        }
        if n >= 0 {
            assert_eq!(log10(v), f64::from(n), "log10(1e{n})");
        }
    }
    for (x, y) in
        [(0.0, 0.5), (f64::INFINITY, 0.25), (2.0, f64::INFINITY), (0.5, f64::INFINITY), (10.0, f64::NEG_INFINITY)]
    {
        assert_eq!(pow(x, y).to_bits(), x.powf(y).to_bits(), "{x}^{y}");
    }
    for x in [0.0, -1.0, f64::INFINITY, f64::NAN, 5e-324] {
        // NaN for NaN (whichever sign bit)
        let (ours, theirs) = (log10(x), x.log10());
        assert!(ours.to_bits() == theirs.to_bits() || ours.is_nan() && theirs.is_nan(), "log10({x})");
    }
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut apart = 0;
    for _ in 0..100_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        // an end value over a start value from 1/1000 to 1000, over half a year to 40 years
        let ratio = ((x >> 11) as f64 / (1u64 << 53) as f64 * 6.0 - 3.0) * std::f64::consts::LN_10;
        let ratio = ratio.exp();
        let years = f64::from((x % 80) as u32 + 1) / 2.0;
        let (ours, theirs) = (pow(ratio, 1.0 / years), ratio.powf(1.0 / years));
        let ulps = ours.to_bits().abs_diff(theirs.to_bits());
        assert!(ulps <= 1, "{ratio}^(1/{years}): {ours} against {theirs}");
        apart += usize::from(ulps > 0);
        for d in 0..=4 {
            let (a, b) = (fixed((ours - 1.0) * 100.0, d), fixed((theirs - 1.0) * 100.0, d));
            assert_eq!(a, b, "{ratio}^(1/{years}) to {d} decimals");
        }
    }
    console_log!("Math.pow and libm's pow differ in the last place for {apart} of 100,000 growth rates");
}

/// The options object is read as serde-wasm-bindgen reads it into `RawSpec`: the same
/// values, and the same message for the first field of the wrong type.
#[wasm_bindgen_test]
fn options_are_read_as_serde_reads_them() {
    use ipo_lens::chart::RawSpec;
    let bytes: JsValue = js_sys::Uint8Array::new_with_length(2).into();
    let odd: Vec<JsValue> = vec![
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::TRUE,
        JsValue::from_f64(3.0),
        JsValue::from_f64(-0.0),
        JsValue::from_f64(2.5e-7),
        JsValue::from_f64(1e21),
        JsValue::from_f64(f64::NAN),
        JsValue::from_f64(f64::NEG_INFINITY),
        JsValue::from_str("x\"y"),
        JsValue::from_str("a\\b\nc\td\u{1}\u{7f} 中文\u{3000}😀"),
        JsValue::from_str(""),
        bytes,
        js_sys::Array::new().into(),
        js_sys::Object::new().into(),
        js_sys::Symbol::for_("s").into(),
    ];
    let fields =
        ["view", "lang", "metric", "width", "currency", "fx", "lot", "annualise", "scale", "dark", "text_list"];
    let mut cases: Vec<JsValue> = odd.clone();
    cases.push(spec("en", "first-day-high", 360.0));
    for f in fields {
        for v in &odd {
            cases.push(object(&[(f, v.clone())]));
            // after a good field, and before a bad one
            cases.push(object(&[
                ("view", JsValue::from_str("listing-day")),
                (f, v.clone()),
                ("dark", JsValue::from_f64(1.0)),
            ]));
        }
    }
    for c in cases {
        // as text: a NaN width is the same value both ways
        let want = format!("{:?}", serde_wasm_bindgen::from_value::<RawSpec>(c.clone()).map_err(|e| e.to_string()));
        // an array, object or symbol is named by its kind, not by JsValue's Debug
        let want = want
            .replace("JsValue([])", "an array")
            .replace("JsValue(Object({}))", "an object")
            .replace("JsValue(Symbol(s))", "a symbol");
        let got = format!("{:?}", ipo_lens::web::read_spec(&c));
        assert_eq!(got, want, "{:?}", js_sys::JSON::stringify(&c).ok());
    }
}

/// Whether `a` and `b` are the same JS data: the same own keys in the same order (a key set
/// to `undefined` counts), arrays of the same length, and `Object.is` for everything else.
fn same(a: &JsValue, b: &JsValue, at: &str) -> Result<(), String> {
    if js_sys::Array::is_array(a) && js_sys::Array::is_array(b) {
        let (a, b): (&js_sys::Array, &js_sys::Array) = (a.unchecked_ref(), b.unchecked_ref());
        if a.length() != b.length() {
            return Err(format!("{at}: {} items, want {}", a.length(), b.length()));
        }
        return (0..a.length()).try_for_each(|i| same(&a.get(i), &b.get(i), &format!("{at}[{i}]")));
    }
    if a.is_object() && b.is_object() && !js_sys::Array::is_array(a) && !js_sys::Array::is_array(b) {
        let keys = |v: &JsValue| -> Vec<String> {
            js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>()).iter().map(|k| k.as_string().unwrap()).collect()
        };
        let (ka, kb) = (keys(a), keys(b));
        if ka != kb {
            return Err(format!("{at}: keys {ka:?}, want {kb:?}"));
        }
        return ka.iter().try_for_each(|k| same(&get(a, k), &get(b, k), &format!("{at}.{k}")));
    }
    if js_sys::Object::is(a, b) {
        Ok(())
    } else {
        Err(format!("{at}: {a:?}, want {b:?}"))
    }
}

/// What `render` hands to the element (one JSON text of ours, read by `JSON.parse`, with
/// the browser writing the numbers) reads as serde_json's text of the drawing does, for
/// every view, metric and language, with and without the list as text and a notice (an
/// unknown language); the element's words (`uiWords`) likewise.
#[wasm_bindgen_test]
fn render_hands_over_what_serde_json_wrote() {
    use ipo_lens::chart::{render_svg, RawSpec, Spec, REGISTRY};
    built_in();
    let data = ipo_lens::model::parse(ipo_lens::model::DEFAULT_JSON).unwrap();
    let mut drawn = 0;
    for v in REGISTRY {
        let metrics: Vec<&str> = if v.metrics.is_empty() { vec![""] } else { v.metrics.iter().map(|m| m.id).collect() };
        for metric in metrics {
            for lang in ["zh", "zh-Hant", "en", "fr"] {
                for text_list in [false, true] {
                    let raw = RawSpec {
                        view: v.id.to_string(),
                        lang: lang.to_string(),
                        metric: metric.to_string(),
                        width: 480.0,
                        text_list,
                        ..RawSpec::default()
                    };
                    let (spec, notice) = Spec::parse_lenient(&raw).unwrap();
                    let Ok(mut want) = render_svg(&data, &spec) else { continue };
                    want.notice = notice.map(|e| e.to_string());
                    let want = js_sys::JSON::parse(&serde_json::to_string(&want).unwrap()).unwrap();
                    let js = object(&[
                        ("view", v.id.into()),
                        ("lang", lang.into()),
                        ("metric", metric.into()),
                        ("width", 480.0.into()),
                        ("text_list", text_list.into()),
                    ]);
                    let got = Lens::new().render(js).unwrap();
                    same(&got, &want, &format!("{} {metric} {lang} {text_list}", v.id)).unwrap();
                    drawn += 1;
                }
            }
        }
    }
    assert!(drawn > 100, "{drawn}");
    for lang in ["zh", "zh-Hant", "en"] {
        let want =
            js_sys::JSON::parse(&serde_json::to_string(&ipo_lens::Lang::parse(lang).unwrap().words().ui).unwrap())
                .unwrap();
        same(&ipo_lens::web::ui_words(lang.into()).unwrap(), &want, lang).unwrap();
    }
}

/// A widget keeps its data's fact check from one drawing to the next (a metric or view
/// switch does not redo it) and does it again for new data: the fact-check view after
/// `setData` is the one a fresh widget draws from that data, not the old data's.
#[wasm_bindgen_test]
fn new_data_gets_its_own_fact_check() {
    built_in();
    let fact_check = || object(&[("view", "fact-check".into()), ("lang", "en".into()), ("width", 640.0.into())]);
    let mut lens = Lens::new();
    let before = get(&lens.render(fact_check()).unwrap(), "svg").as_string().unwrap();
    // the same story without its listings: no check of a listing's gains, lot or market cap
    let data = js_sys::JSON::parse(ipo_lens::model::DEFAULT_JSON).unwrap();
    js_sys::Reflect::set(&data, &"listings".into(), &js_sys::Array::new()).unwrap();
    lens.set_data(data.clone(), "en".into()).unwrap();
    let after = get(&lens.render(fact_check()).unwrap(), "svg").as_string().unwrap();
    let mut fresh = Lens::new();
    fresh.set_data(data, "en".into()).unwrap();
    let expected = get(&fresh.render(fact_check()).unwrap(), "svg").as_string().unwrap();
    assert_ne!(before, expected);
    assert_eq!(after, expected);
}

/// Widgets showing the built-in story share its one parsed copy: a series given to one of
/// them is that widget's alone; the others, and a widget made afterwards, draw the story
/// as it was and have no series to hand on.
#[wasm_bindgen_test]
fn a_series_on_the_built_in_story_stays_with_its_widget() {
    built_in();
    let price_path = || object(&[("view", "price-path".into()), ("lang", "en".into()), ("width", 640.0.into())]);
    let svg = |lens: &mut Lens| get(&lens.render(price_path()).unwrap(), "svg").as_string().unwrap();
    let mut a = Lens::new();
    let mut b = Lens::new();
    let before = svg(&mut b);
    assert_eq!(svg(&mut a), before);
    a.series_times(vec![1.7e12, 1.7e12 + 86_400_000.0], 2);
    a.set_series("p".into(), "biren".into(), "HKD".into(), vec![20.0, 21.0]).unwrap();
    assert_ne!(svg(&mut a), before);
    assert_eq!(a.given_series().unchecked_into::<js_sys::Array>().length(), 1);
    for other in [&mut b, &mut Lens::new()] {
        assert_eq!(svg(other), before);
        assert_eq!(other.given_series().unchecked_into::<js_sys::Array>().length(), 0);
    }
}
