//! The studio's search for derived figures, measured against the hand-made fact check:
//! on the Biren dataset, the relations `discover` finds by itself are compared with the
//! derived-figure checks `check_all` makes from the dataset (found, missed, spurious),
//! and on the example stories (when present) everything it proposes is printed and must
//! agree with their (correct) text.

use std::collections::BTreeSet;
use std::time::Instant;

use ipo_lens::calc::{check_all, discover, Check, Relation, Verdict};
use ipo_lens::model::{parse, Dataset, DEFAULT_JSON};
use ipo_lens::Lang;

/// A proposal matches a hand-made check when it relates the same stated figure to the
/// same inputs (in any order).
fn matches(r: &Relation, c: &Check) -> bool {
    let set = |v: &[String]| v.iter().cloned().collect::<BTreeSet<_>>();
    r.figure == c.figure && set(&r.inputs) == set(&c.inputs)
}

fn show(r: &Relation, d: &Dataset) -> String {
    format!("{:?} {} <- {:?} [{:?}] {}", r.kind, r.figure, r.inputs, r.verdict, r.text(d, Lang::En))
}

#[test]
fn biren_finds_the_hand_made_checks_by_itself() {
    let d = parse(DEFAULT_JSON).expect("default dataset is valid");
    let checks = check_all(&d);
    let found_rel = discover(&d);
    let found: Vec<&Check> = checks.iter().filter(|c| found_rel.iter().any(|r| matches(r, c))).collect();
    let missed: Vec<&Check> = checks.iter().filter(|c| !found_rel.iter().any(|r| matches(r, c))).collect();
    let spurious: Vec<&Relation> = found_rel.iter().filter(|r| !checks.iter().any(|c| matches(r, c))).collect();
    println!("found {}/{} hand-made checks, {} spurious proposals", found.len(), checks.len(), spurious.len());
    for c in &found {
        println!("  found   {:?} {} <- {:?}", c.kind, c.figure, c.inputs);
    }
    for c in &missed {
        println!("  MISSED  {:?} {} <- {:?}", c.kind, c.figure, c.inputs);
    }
    for r in &spurious {
        println!("  SPURIOUS {}", show(r, &d));
    }
    for r in &found_rel {
        println!("  proposal {}", show(r, &d));
    }
    // every contradiction the hand-made check finds is found, and found contradicted
    let contradictions: Vec<&Check> = checks.iter().filter(|c| c.verdict == Verdict::Inconsistent).collect();
    assert_eq!(contradictions.len(), 2, "the Biren article has two contradictions: {contradictions:#?}");
    for c in &contradictions {
        let r = found_rel.iter().find(|r| matches(r, c));
        assert!(r.is_some_and(|r| r.verdict == Verdict::Inconsistent), "contradiction not found: {c:?}");
    }
    // where both find a relation they agree on its verdict
    for c in &found {
        for r in found_rel.iter().filter(|r| matches(r, c)) {
            assert_eq!(r.verdict, c.verdict, "{r:?} vs {c:?}");
        }
    }
    assert!(found.len() >= 10, "only {} of {} found", found.len(), checks.len());
    assert!(spurious.len() <= 5, "{} spurious proposals", spurious.len());
}

#[test]
fn biren_search_is_fast() {
    let d = parse(DEFAULT_JSON).expect("default dataset is valid");
    let runs = 20;
    let start = Instant::now();
    let mut n = 0;
    for _ in 0..runs {
        n += discover(&d).len();
    }
    let each = start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    println!("discover on {} figures: {each:.2} ms a run ({} proposals)", d.figures.len(), n / 20);
    // the bar is 50 ms natively in a release build; an unoptimised test build gets 10×
    let limit = if cfg!(debug_assertions) { 500.0 } else { 50.0 };
    assert!(each < limit, "{each:.1} ms a run");
}

#[test]
fn every_proposal_speaks_every_language_and_serialises_as_the_contract_says() {
    let d = parse(DEFAULT_JSON).expect("default dataset is valid");
    let rels = discover(&d);
    assert!(!rels.is_empty());
    for r in &rels {
        for lang in Lang::ALL {
            let t = r.text(&d, lang);
            assert!(!t.is_empty() && !r.formula(lang).is_empty());
            assert!(t.contains(d.figure(&r.figure).and_then(|f| f.as_written.as_deref()).unwrap_or("")), "{t}");
        }
        let j = serde_json::to_value(r).expect("serialises");
        for key in ["figure", "kind", "inputs", "stated", "recomputed", "verdict"] {
            assert!(j.get(key).is_some(), "{key} missing in {j}");
        }
        assert_eq!(j["stated"].as_array().map(Vec::len), Some(2), "{j}");
        assert_eq!(j["recomputed"].as_array().map(Vec::len), Some(2), "{j}");
    }
}

#[test]
fn example_stories_are_searched_without_contradictions() {
    let root = env!("CARGO_MANIFEST_DIR");
    for name in ["arm-2023", "nordhafen-2026", "example-listing"] {
        let path = format!("{root}/data/examples/{name}.json");
        let Ok(json) = std::fs::read_to_string(&path) else {
            println!("{name}: not on this branch");
            continue;
        };
        let d = parse(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let rels = discover(&d);
        println!("{name}: {} proposals", rels.len());
        for r in &rels {
            println!("  {}", show(r, &d));
        }
        // the example texts are right: nothing they say is contradicted
        for r in &rels {
            assert_ne!(r.verdict, Verdict::Inconsistent, "{name}: {}", show(r, &d));
        }
    }
}

#[test]
fn a_misprinted_input_turns_a_relation_into_a_contradiction() {
    // Moore Threads: 688 ÷ 114.28 − 1 = 502.0 %, printed 502 %. With the offer printed
    // 120 instead, 688 ÷ 120 − 1 = 473.3 %: the same relation, now contradicted.
    let mut d = parse(DEFAULT_JSON).expect("default dataset is valid");
    let id = "moore_threads.gain_first_day_high.2025-12";
    let before = discover(&d).into_iter().find(|r| r.figure == id).expect("the gain is found");
    assert_eq!(before.verdict, Verdict::Consistent);
    for f in d.figures.iter_mut().filter(|f| f.id == "moore_threads.offer_price.2025-12") {
        f.value = 120.0;
        f.as_written = Some("120元/股".into());
    }
    let after = discover(&d).into_iter().find(|r| r.figure == id).expect("the gain is still found");
    assert_eq!((after.verdict, &after.inputs), (Verdict::Inconsistent, &before.inputs));
    assert!(after.recomputed.contains(473.33) || (after.recomputed.mid() - 473.33).abs() < 0.5, "{after:?}");
}

#[test]
fn degenerate_figures_do_not_break_the_search() {
    // zeros (no division by them), negatives and missing printings: no panic, no NaN
    for value in [0.0, -1.0, 1e300] {
        let mut d = parse(DEFAULT_JSON).expect("default dataset is valid");
        for f in &mut d.figures {
            f.value = value;
            f.as_written = None;
        }
        for r in discover(&d) {
            assert!(r.recomputed.lo.is_finite() && r.recomputed.hi.is_finite(), "{r:?}");
        }
    }
}

/// `Relation::rechecked` says which proposals the fact check makes by itself from the
/// exported dataset (the studio tells the editor the others live in the draft only).
#[test]
fn rechecked_names_the_proposals_the_fact_check_makes() {
    let d = parse(DEFAULT_JSON).expect("default dataset is valid");
    let checks = check_all(&d);
    let found = discover(&d);
    for r in &found {
        assert_eq!(r.rechecked(&checks), checks.iter().any(|c| matches(r, c)), "{}", show(r, &d));
    }
    assert!(found.iter().filter(|r| r.rechecked(&checks)).count() >= 10);
    // with no checks at all, nothing is re-checked
    assert!(found.iter().all(|r| !r.rechecked(&[])));
}
