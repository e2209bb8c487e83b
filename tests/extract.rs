//! The extractor against hand-made datasets: every figure of `data/biren-2026.json` must be
//! found in `data/article.zh.txt` (by its quote and as_written) with the right value,
//! unit, currency and qualifier; the recall is computed from the dataset and printed with
//! the misses (`cargo test --test extract -- --nocapture`). Also: no number of the
//! article is left out, English sentences read as they should, and no input panics.
//!
//! Recall on the Biren article: 85 of 85 figures with an as_written (100 %); no misses
//! (the 86th figure, BR110's 2023 sales of 0, has no as_written: the article does not print
//! it). Periods are a guess outside the bar: right for 72 of 85 (the misses are undated
//! figures given the listing day or "writing", 85% given the FY2026 of its own sentence,
//! and two others). On the examples branch's arm-2023 and nordhafen-2026 texts (run
//! before they landed on main): 15/15 and 24/24, periods 15/15 and 24/24.

use ipo_lens::extract::{extract, Found, Role};
use ipo_lens::model::{self, Currency, Figure, Period, Qualifier, Unit};
use proptest::prelude::*;

fn read(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Why `found` does not match `fig`, or `None` when it does.
fn mismatch(fig: &Figure, f: &Found) -> Option<String> {
    let mut why = Vec::new();
    // a loss recorded as a negative profit is printed without a sign ("a net loss of
    // €12.8m"): the extractor reads the printed number; the sign comes with the metric
    let loss = fig.value < 0.0 && ipo_lens::model::metric(&fig.metric).is_some_and(|m| m.signed);
    if !(close(f.value, fig.value) || loss && close(f.value, -fig.value)) {
        why.push(format!("value {} (want {})", f.value, fig.value));
    }
    if f.value_high
        .zip(fig.value_high)
        .map_or(f.value_high.is_some() != fig.value_high.is_some(), |(a, b)| !close(a, b))
    {
        why.push(format!("value_high {:?} (want {:?})", f.value_high, fig.value_high));
    }
    if f.unit != Some(fig.unit) {
        why.push(format!("unit {:?} (want {:?})", f.unit, fig.unit));
    }
    if f.currency != fig.currency {
        why.push(format!("currency {:?} (want {:?})", f.currency.map(|c| c.code()), fig.currency.map(|c| c.code())));
    }
    if f.qualifier != fig.qualifier {
        why.push(format!("qualifier {:?} (want {:?})", f.qualifier, fig.qualifier));
    }
    (!why.is_empty()).then(|| why.join(", "))
}

/// Recall of a dataset's figures in its text: (found right, total, misses, period hits).
fn recall(json: &str, text: &str) -> (usize, usize, Vec<String>, usize) {
    let data = model::parse(json).expect("the dataset is valid");
    let found = extract(text);
    let mut hits = 0;
    let mut periods = 0;
    let mut misses = Vec::new();
    let figures: Vec<&Figure> = data.figures.iter().filter(|f| f.as_written.is_some()).collect();
    for fig in &figures {
        let aw = fig.as_written.as_deref().unwrap_or_default();
        let candidates: Vec<&Found> = found
            .iter()
            .filter(|f| f.role == Role::Figure && f.sentence == fig.quote && f.as_written.contains(aw))
            .collect();
        if let Some(f) = candidates.iter().find(|f| mismatch(fig, f).is_none()) {
            hits += 1;
            let same = |p: &str| Period::parse(p).ok() == Period::parse(&fig.period).ok();
            if f.period.as_deref().is_some_and(same) {
                periods += 1;
            } else {
                println!("  period of {}: guessed {:?}, dataset {}", fig.id, f.period, fig.period);
            }
            continue;
        }
        let why = match candidates.first() {
            Some(f) => format!("found \"{}\" with {}", f.as_written, mismatch(fig, f).unwrap_or_default()),
            None => {
                let near: Vec<&str> =
                    found.iter().filter(|f| f.as_written.contains(aw)).map(|f| f.sentence.as_str()).collect();
                format!("not found in its quote (found in sentences: {near:?})")
            }
        };
        misses.push(format!("{} \"{aw}\": {why}", fig.id));
    }
    (hits, figures.len(), misses, periods)
}

fn report(name: &str, (hits, total, misses, periods): &(usize, usize, Vec<String>, usize)) -> f64 {
    let r = *hits as f64 / (*total).max(1) as f64;
    println!("{name}: recall {hits}/{total} = {:.1} %; period guessed right for {periods}/{hits}", r * 100.0);
    for m in misses {
        println!("  miss: {m}");
    }
    r
}

#[test]
fn every_biren_figure_is_found() {
    let result = recall(model::DEFAULT_JSON, &read("data/article.zh.txt"));
    let r = report("biren", &result);
    assert!(result.1 >= 80, "the dataset has its figures");
    assert!(r >= 1.0, "recall {r}: {:#?}", result.2);
    // periods are a guess, not part of the bar; keep them from getting worse
    assert!(result.3 * 100 >= result.0 * 80, "periods right for only {} of {}", result.3, result.0);
}

#[test]
fn example_stories_are_found() {
    let dir = format!("{}/data/examples", env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut names: Vec<String> =
        entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    for name in names.iter().filter(|n| n.ends_with(".en.txt")) {
        let stem = name.trim_end_matches(".en.txt");
        let json = format!("data/examples/{stem}.json");
        if !names.contains(&format!("{stem}.json")) {
            continue;
        }
        let result = recall(&read(&json), &read(&format!("data/examples/{name}")));
        let r = report(stem, &result);
        assert!(r >= 1.0, "{stem}: recall {r}: {:#?}", result.2);
        let text = read(&format!("data/examples/{name}"));
        let missed = uncovered(&text, &extract(&text));
        assert!(missed.is_empty(), "{stem}: numbers left out: {missed:#?}");
    }
}

/// Words of the article holding a Chinese numeral that is not a quantity.
const NOT_QUANTITIES: &[&str] =
    &["四小龙", "一路", "一度", "三位一体", "一些", "之一", "单一", "一步步", "一定", "一方面", "一体", "一个顶尖"];

#[test]
fn no_number_of_the_article_is_missed() {
    let text = read("data/article.zh.txt");
    let found = extract(&text);
    let missed = uncovered(&text, &found);
    assert!(missed.is_empty(), "numbers left out: {missed:#?}");
    // and dates or periods are marked as such, not as figures
    let roles: Vec<(&str, Role)> = found.iter().map(|f| (f.as_written.as_str(), f.role)).collect();
    for (w, role) in
        [("2025年上半年", Role::Period), ("1月2日", Role::Date), ("BR106", Role::Label), ("01", Role::Ordinal)]
    {
        assert!(roles.contains(&(w, role)), "{w} should be {role:?}");
    }
    for f in &found {
        if let Some(p) = &f.period {
            assert!(Period::parse(p).is_ok(), "{} has a bad period {p}", f.as_written);
        }
        assert_eq!(&text[f.start..f.end], f.as_written);
        assert!(f.sentence.contains(&f.as_written), "{} not in {}", f.as_written, f.sentence);
    }
}

/// Runs of digits and Chinese numerals of `text` that no found number covers (outside
/// the words that are not quantities).
fn uncovered(text: &str, found: &[Found]) -> Vec<String> {
    let covered = |at: usize| found.iter().any(|f| f.start <= at && at < f.end);
    let mut missed = Vec::new();
    let mut prev_digit = false;
    for (i, c) in text.char_indices() {
        let digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
        if digit && !prev_digit && !covered(i) {
            missed.push(format!("digits at {i}: {}", text[i..].chars().take(8).collect::<String>()));
        }
        prev_digit = digit;
        if "一二三四五六七八九十两〇零".contains(c) && !covered(i) {
            let in_word = NOT_QUANTITIES.iter().any(|w| text.match_indices(w).any(|(s, _)| s <= i && i < s + w.len()));
            if !in_word {
                missed.push(format!("numeral at {i}: {}", text[i..].chars().take(4).collect::<String>()));
            }
        }
    }
    missed
}

fn figures(text: &str) -> Vec<Found> {
    extract(text).into_iter().filter(|f| f.role == Role::Figure).collect()
}

#[test]
fn english_listing_sentences() {
    let f = figures("Arm priced its shares at US$51, the top of the US$47–51 range, raising US$4.87 billion.");
    let w: Vec<&str> = f.iter().map(|f| f.as_written.as_str()).collect();
    assert_eq!(w, ["US$51", "US$47–51", "US$4.87 billion"]);
    assert_eq!((f[0].unit, f[0].currency), (Some(Unit::PricePerShare), Some(Currency::USD)));
    assert_eq!((f[1].value, f[1].value_high, f[1].qualifier), (47.0, Some(51.0), Qualifier::Range));
    assert_eq!((f[2].value, f[2].unit), (4.87e9, Some(Unit::Money)));

    let f = extract("In the three months to June 30, 2023, revenue was US$675 million.");
    assert_eq!(f[0].role, Role::Date);
    assert_eq!(f[1].as_written, "US$675 million");
    assert_eq!((f[1].value, f[1].period.as_deref()), (675e6, Some("Q2-2023")));

    let f = figures("In the fiscal year ended March 31, 2023, net income was about US$524 million.");
    assert_eq!((f[0].period.as_deref(), f[0].qualifier), (Some("FY2023-03"), Qualifier::About));
    let f = figures("Revenue for the first nine months of 2025 rose 12.5 percentage points to €1.2bn.");
    assert_eq!((f[0].value, f[0].points, f[0].period.as_deref()), (12.5, true, Some("9M-2025")));
    assert_eq!((f[1].value, f[1].currency), (1.2e9, Some(Currency::EUR)));
    let f = figures("It sold up to 63.2 million shares; operating profit was €−6.4m, down 3.5%.");
    assert_eq!((f[0].value, f[0].unit, f[0].qualifier), (63.2e6, Some(Unit::Shares), Qualifier::UpTo));
    assert_eq!((f[1].value, f[1].as_written.as_str()), (-6.4e6, "€−6.4m"));
    assert!(f[2].fall && f[2].value == 3.5);
    let f = figures("More than 2,000 people applied; the stock jumped 3x to HK$41.3 billion in market value.");
    assert_eq!((f[0].value, f[0].unit, f[0].qualifier), (2000.0, Some(Unit::People), Qualifier::Over));
    assert_eq!((f[1].value, f[1].unit), (3.0, Some(Unit::Times)));
    assert_eq!((f[2].value, f[2].currency), (41.3e9, Some(Currency::HKD)));
}

#[test]
fn chinese_numerals_and_full_width() {
    let f = figures("公司募资两亿元,引入二十三家基石投资者,约三千万美元,员工一万人,股价涨１２．５％。");
    let v: Vec<(f64, Option<Unit>)> = f.iter().map(|f| (f.value, f.unit)).collect();
    assert_eq!(
        v,
        [
            (2e8, Some(Unit::Money)),
            (23.0, Some(Unit::Investors)),
            (3e7, Some(Unit::Money)),
            (1e4, Some(Unit::People)),
            (12.5, Some(Unit::Percent))
        ]
    );
    assert_eq!(f[2].qualifier, Qualifier::About);
    assert_eq!(f[2].currency, Some(Currency::USD));
    let f = figures("发行价区间为47至51美元,较上年下跌3.5个百分点。");
    assert_eq!((f[0].value, f[0].value_high, f[0].as_written.as_str()), (47.0, Some(51.0), "47至51美元"));
    assert!(f[1].points && f[1].fall);
    let f = figures("第三季度净利润为-6.4亿元,同比下降12%,较2024年减少两成。");
    assert_eq!((f[0].value, f[0].as_written.as_str()), (-6.4e8, "-6.4亿元"));
    assert!(f[1].fall && f[1].value == 12.0);
    assert_eq!((f[2].as_written.as_str(), f[2].value, f[2].unit), ("两成", 2.0, None));
    let f = figures("逾10年行业经验,近十年。");
    let w: Vec<(&str, Qualifier)> = f.iter().map(|f| (f.as_written.as_str(), f.qualifier)).collect();
    assert_eq!(w, [("10年", Qualifier::Over), ("十年", Qualifier::Nearly)]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn never_panics(s in "[0-9０-９.,，。%％亿万元港美年月日超约近至–\\- $€£¥USHK一二三十百千两第a-zA-Z\n ]{0,60}") {
        let found = extract(&s);
        for f in &found {
            prop_assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end) && f.start <= f.end);
        }
        // and at every char boundary of a slice
        for (i, _) in s.char_indices() {
            let _ = extract(&s[i..]);
        }
    }

    #[test]
    fn any_text_never_panics(s in "\\PC{0,80}") {
        let _ = extract(&s);
    }
}
