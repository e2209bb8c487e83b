//! Valid data at the format's limits draws a bounded picture (issue 15 item 2): every
//! view of every worst case (tests/worst: 20,000 figures, 2,000 listings, facts or
//! entities, long price series) is at most a few screens tall and a few hundred KB, and
//! where it leaves items out it says how many — "and K more" drawn, a point with its row
//! in the data table, the summary — with K what the dataset holds beyond what is drawn.
//! Sizes, not times: `cargo run --release --example worst` times them.

#[path = "worst/mod.rs"]
mod worst;

use ipo_lens::chart::{render_svg, Rendered, Spec, REGISTRY};
use ipo_lens::model::Dataset;
use ipo_lens::Lang;

/// The tallest a view may be at 1280 px (the tallest bounded one is the fact check's 40
/// rows, each up to four lines).
const MAX_HEIGHT: f64 = 6_000.0;
/// The most SVG a view may write.
const MAX_SVG: usize = 600_000;
/// The longest summary: the rows drawn, each with a text of up to 4,000 bytes.
const MAX_SUMMARY: usize = 400_000;
/// The most points a view may hand the page (tooltips, table rows).
const MAX_MARKS: usize = 200;

fn draw(d: &Dataset, view: &str, metric: &str, lang: Lang, width: f64) -> Rendered {
    let spec = Spec::new(view, metric, lang, width).expect("a view of the registry");
    render_svg(d, &spec).unwrap_or_else(|e| panic!("{view}/{metric}: {e}"))
}

/// The "and K more" point of `r`, if any: its K.
fn more(r: &Rendered) -> Option<usize> {
    let m = r.marks.iter().find(|m| m.id == "more")?;
    let digits: String = m.row.item.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn bounded(name: &str, d: &Dataset, views: &[&str]) {
    for view in REGISTRY.iter().filter(|v| views.is_empty() || views.contains(&v.id)) {
        for m in view.metrics {
            let r = draw(d, view.id, m.id, Lang::En, 1280.0);
            let at = format!("{name}: {}/{}", view.id, m.id);
            assert!(r.height <= MAX_HEIGHT, "{at}: {} px tall", r.height);
            assert!(r.svg.len() <= MAX_SVG, "{at}: {} bytes of SVG", r.svg.len());
            assert!(r.marks.len() <= MAX_MARKS, "{at}: {} points", r.marks.len());
            // the summary names every point drawn in full (a name may be 4,000 bytes)
            assert!(r.summary.len() <= MAX_SUMMARY, "{at}: a summary of {} bytes", r.summary.len());
            if let Some(k) = more(&r) {
                // said under the drawing and in the summary, in the reader's words
                assert!(r.svg.contains(&format!("and {}", ipo_lens::chart::number(k as f64, 0, Lang::En))), "{at}");
                assert!(r.summary.contains("more"), "{at}: {}", r.summary);
            }
        }
    }
}

/// Every worst case on the machine's cores: the cases take from a fraction of a second to
/// half a minute each in a debug build, and one test running them in turn was most of
/// `cargo test`'s wall clock (`make test`).
#[test]
fn every_view_of_every_worst_case_is_bounded() {
    let cases = worst::all().len();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(cases);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                // each worker makes its own list: a case's maker is not `Sync`
                let all = worst::all();
                loop {
                    // from the end of the list: the slowest case (the spans of quarters,
                    // about 40% of the whole) is near it, and so starts early
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((name, make)) = all.iter().rev().nth(i) else { break };
                    worst_case_is_bounded(name, make);
                }
            });
        }
    });
}

fn worst_case_is_bounded(name: &str, make: &dyn Fn() -> Result<Dataset, String>) {
    // the long series: a tenth of the points in a test build (the benchmark draws all)
    let d = match name {
        "1 series of 10,000,000 points" => worst::series(1, 1_000_000),
        "20 series of 1,000,000 points" => worst::series(20, 20_000),
        _ => make(),
    };
    let d = d.unwrap_or_else(|e| panic!("{name}: {e}"));
    let views: &[&str] = if name.contains("series") { &["price-path"] } else { &[] };
    bounded(name, &d, views);
}

#[test]
fn the_listings_left_out_are_counted_in_every_language() {
    let d = worst::listings().expect("listings");
    let total = d.listings.len();
    // each listing is of a company of its own: the entities are at their limit
    assert_eq!(d.entities.len(), worst::MAX_ITEMS, "the case is at the limit");
    for (lang, word) in [(Lang::En, "more"), (Lang::Zh, "另有"), (Lang::ZhHant, "另有")] {
        let r = draw(&d, "listing-day", "first-day-high", lang, 1280.0);
        let drawn = r.marks.iter().filter(|m| !m.id.starts_with("more")).count();
        assert_eq!(more(&r), Some(total - drawn), "{lang:?}: K is what is not drawn");
        let row = &r.marks.iter().find(|m| m.id == "more").expect("a point").row;
        assert!(row.item.contains(word), "{lang:?}: {}", row.item);
        // the story's own listing is among those drawn
        assert!(r.marks.iter().any(|m| m.id.starts_with("biren.")), "{lang:?}");
        // the data table and the CSV carry the same line
        assert!(r.csv.contains(&row.item), "{lang:?}");
    }
    let r = draw(&d, "listing-day", "first-day", Lang::Zh, 1280.0);
    let k = more(&r).expect("panels left out");
    assert!(r.svg.contains(&format!("另有{k}项")), "zh: {k}");
}

#[test]
fn a_figure_printed_twenty_thousand_times_is_one_row_per_verdict() {
    let d = worst::repeats("revenue", "money").expect("repeats");
    let r = draw(&d, "fact-check", "all", Lang::En, 1280.0);
    let rows = r.marks.iter().filter(|m| !m.id.starts_with("more")).count();
    // every repeat is contradicted by the finest printing; one row per distinct value
    // would be 20,000: the first 40 are drawn and the rest counted
    let k = more(&r).expect("the checks left out are counted");
    assert!(rows <= 40 && k > 10_000, "{rows} rows, {k} more");
}

#[test]
fn small_data_draws_no_more_line() {
    let d = ipo_lens::model::parse(ipo_lens::model::DEFAULT_JSON).expect("the story");
    for view in REGISTRY {
        for m in view.metrics {
            let r = draw(&d, view.id, m.id, Lang::En, 1280.0);
            assert_eq!(more(&r), None, "{}/{}", view.id, m.id);
        }
    }
}
