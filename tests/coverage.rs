//! Everything the story says is in front of the reader: every figure and every fact of
//! the default dataset is a point of some view (with its tooltip and source sentence),
//! or, for the few drawn as a line of text beside a chart, visibly printed there.

use std::collections::BTreeSet;

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;

/// Figures drawn as text beside a chart rather than as a point: (id, view, metric, what
/// the reader sees in the chart or a tooltip of that view, in English).
const AS_TEXT: [(&str, &str, &str, &str); 6] = [
    ("biren.retail_applicants.2026-01-02", "demand", "subscription", "471 thousand people"),
    ("biren.cornerstone_investors.2026-01-02", "demand", "subscription", "23 investors"),
    ("biren.cornerstone_share_of_offering.2026-01-02", "demand", "proceeds", "nearly 64%"),
    ("biren.rnd_staff.2025-06-30", "company", "team", "657 people in R&amp;D"),
    ("metax.lot_size.2025-12", "listing-day", "lot-profit", "Shares per lot: 500"),
    ("br100.process_node.undated", "specs", "", "7 nm"),
];
/// Figures the article prints twice, drawn once: Biren's offer price (the repeat is
/// checked in fact-check against the first, which is the point drawn) and the cumulative
/// loss (both printings check the same way, so fact-check shows them as one row).
const REPEATS: [&str; 2] =
    ["biren.offer_price.2026-01-02.first_day", "biren.cumulative_net_loss.FY2022..H1-2025.financials"];

fn spec(view: &str, metric: &str) -> Spec {
    Spec::new(view, metric, Lang::En, 640.0).expect("a registered view and metric")
}

#[test]
fn every_figure_and_fact_reaches_the_reader() {
    let d = parse(DEFAULT_JSON).expect("valid");
    let mut points = BTreeSet::new();
    for view in REGISTRY.iter().map(|v| v.id) {
        let r = render_svg(&d, &spec(view, "")).expect("renders");
        let metrics: Vec<String> = r.controls.iter().filter(|c| c.kind == "metric").map(|c| c.id.clone()).collect();
        for m in metrics.iter().map(String::as_str).chain(std::iter::once("")) {
            let r = render_svg(&d, &spec(view, m)).expect("renders");
            for mark in &r.marks {
                points.insert(mark.id.clone());
                assert!(mark.present || !mark.tooltip.lines.is_empty(), "{}: a point with nothing to say", mark.id);
            }
        }
    }
    let mut missing = Vec::new();
    for f in &d.figures {
        if points.contains(&f.id) || REPEATS.contains(&f.id.as_str()) {
            continue;
        }
        match AS_TEXT.iter().find(|t| t.0 == f.id) {
            Some((_, view, metric, seen)) => {
                let r = render_svg(&d, &spec(view, metric)).expect("renders");
                let tips: String =
                    r.marks.iter().flat_map(|m| m.tooltip.lines.iter().chain(&m.tooltip.details)).cloned().collect();
                let tips = tips.replace('&', "&amp;");
                assert!(r.svg.contains(seen) || tips.contains(seen), "{}: \"{seen}\" not shown in {view}", f.id);
            }
            None => missing.push(f.id.clone()),
        }
    }
    for x in &d.facts {
        if !points.contains(&x.id) {
            missing.push(x.id.clone());
        }
    }
    assert!(missing.is_empty(), "figures and facts no view shows: {missing:#?}");
    // the list above is not stale: each text-only figure exists and is not also a point
    for id in AS_TEXT.iter().map(|t| t.0).chain(REPEATS) {
        assert!(d.figure(id).is_some(), "{id}: no such figure");
        assert!(!points.contains(id), "{id}: now a point; remove it from the list");
    }
}

#[test]
fn facts_are_listed_with_their_sentence_and_when() {
    let d = parse(DEFAULT_JSON).expect("valid");
    let r = render_svg(&d, &spec("company", "milestones")).expect("renders");
    let founded = d.facts.iter().find(|x| x.id == "biren.br106_mass_production").expect("fact");
    let mark = r.marks.iter().find(|m| m.id == founded.id).expect("a point for the fact");
    assert_eq!(mark.tooltip.quote, founded.quote);
    assert!(mark.tooltip.lines.iter().any(|l| l.contains("Jan 2023")), "{:?}", mark.tooltip.lines);
    // in date order, undated last
    let ids: Vec<&str> = r.marks.iter().map(|m| m.id.as_str()).collect();
    let pos = |id: &str| ids.iter().position(|x| *x == id).unwrap_or_else(|| panic!("{id} missing: {ids:?}"));
    assert!(pos("biren.br106_mass_production") < pos("biren.br110_mass_production"));
    assert!(pos("biren.br110_mass_production") < pos("biren.br30x_br31x_plan"));
    assert!(pos("biren.br30x_br31x_plan") < pos("biren.a_share_later"), "undated last");
}
