//! What the element's public API takes besides a dataset file: `setSeries` arrays (times
//! in ms, prices, id, entity, currency) and every attribute value (view, metric, lang,
//! width, currency, fx, lot, scale), drawn through the same path as the wasm boundary
//! (`Spec::parse_lenient`, `render_svg`). Nothing may panic, and what is drawn stays
//! bounded by the pixels and free of characters XML cannot hold.
#![no_main]

use ipo_lens::chart::{render_svg, RawSpec, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// A number that is often extreme: any f64 bit pattern, or a few interesting values.
fn number(u: &mut Unstructured) -> Result<f64> {
    Ok(match u.int_in_range(0..=5)? {
        0 => f64::from_bits(u.arbitrary()?),
        1 => [0.0, -0.0, 1e300, -1e300, f64::MAX, f64::MIN_POSITIVE, 5e-324, f64::NAN, f64::INFINITY][u.choose_index(9)?],
        2 => 2f64.powi(u.int_in_range(-1100..=1100)?),
        _ => f64::from(u.arbitrary::<i32>()?) * 86_400_000.0 / f64::from(u.int_in_range(1..=1000)?),
    })
}

fn run(u: &mut Unstructured) -> Result<()> {
    let Ok(mut d) = parse(DEFAULT_JSON) else { return Ok(()) };
    for _ in 0..u.int_in_range(0..=3)? {
        let n = u.int_in_range(0..=300)?;
        let mut x = Vec::with_capacity(n);
        let mut t = number(u)?;
        for _ in 0..n {
            x.push(t);
            t += number(u)?.abs();
        }
        let y: Vec<f64> = (0..n).map(|_| number(u)).collect::<Result<_>>()?;
        let id: String = u.arbitrary()?;
        let entity = if u.arbitrary()? { d.entities[u.choose_index(d.entities.len())?].id.clone() } else { u.arbitrary()? };
        let currency = ["HKD", "CNY", "USD", "EUR", ""][u.choose_index(5)?].to_string();
        let _ = d.set_series(&id, &entity, &currency, x, y);
    }
    let view = REGISTRY[u.choose_index(REGISTRY.len())?];
    let word = |u: &mut Unstructured, known: &[&str]| -> Result<String> {
        Ok(if u.arbitrary()? { known[u.choose_index(known.len())?].to_string() } else { u.arbitrary()? })
    };
    let metrics: Vec<&str> = view.metrics.iter().map(|m| m.id).collect();
    let raw = RawSpec {
        view: if u.ratio(1, 8)? { u.arbitrary()? } else { view.id.to_string() },
        lang: word(u, &["zh", "zh-Hant", "en", ""])?,
        metric: word(u, &metrics)?,
        width: number(u)?,
        currency: word(u, &["CNY", "HKD", "USD", "native", ""])?,
        fx: if u.arbitrary()? { Some(number(u)?) } else { None },
        lot: if u.arbitrary()? { Some(number(u)?) } else { None },
        annualise: u.arbitrary()?,
        scale: if u.arbitrary()? { Some(word(u, &["linear", "log"])?) } else { None },
        dark: u.arbitrary()?,
        text_list: u.arbitrary()?,
    };
    let Ok((spec, _)) = Spec::parse_lenient(&raw) else { return Ok(()) };
    if let Ok(r) = render_svg(&d, &spec) {
        assert!(r.svg.starts_with("<svg"));
        assert!(r.height.is_finite() && r.height < 50_000.0, "{} px tall", r.height);
        assert!(r.svg.len() < 5_000_000, "{} bytes", r.svg.len());
        let bad = |c: char| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}');
        assert!(!r.svg.chars().any(bad), "a character XML cannot hold");
    }
    let _: Spec = spec;
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
