//! A file's order is not the story's: series are drawn in time order whatever order the
//! newsroom typed them in.

use ipo_lens::chart::{render_svg, Spec};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;

#[test]
fn periods_are_drawn_in_time_order_whatever_the_file_order() {
    let mut v: serde_json::Value = serde_json::from_str(DEFAULT_JSON).expect("json");
    let figures = v["figures"].as_array_mut().expect("figures");
    figures.reverse();
    let reversed = parse(&v.to_string()).expect("valid");
    let d = parse(DEFAULT_JSON).expect("valid");
    for (view, metric) in [("financials", "revenue"), ("financials", "loss"), ("market", "size"), ("customers", "top5")]
    {
        let spec = Spec::new(view, metric, Lang::En, 640.0).expect("registered");
        let a = render_svg(&d, &spec).expect("draws");
        let b = render_svg(&reversed, &spec).expect("draws");
        let periods = |r: &ipo_lens::chart::Rendered| r.marks.iter().map(|m| m.row.period.clone()).collect::<Vec<_>>();
        assert_eq!(periods(&b), periods(&a), "{view}/{metric}: drawn in the file's order");
        assert_eq!(b.svg, a.svg, "{view}/{metric}");
    }
    let revenue: Vec<&str> = reversed.series("biren", "revenue").iter().map(|f| f.period.as_str()).collect();
    assert_eq!(revenue, ["FY2022", "FY2023", "FY2024", "H1-2025"]);
}
