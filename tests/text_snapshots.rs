//! Text snapshots: every word a reader meets outside the SVG — title, screen-reader
//! summary, controls, each point's accessible name, tooltip and table row, the CSV —
//! for every view and metric in every language, in `tests/snapshots/text.<lang>.json`.
//! A refactor that changes none of them leaves these files byte-identical; a change
//! writes `text.<lang>.changed.json` to review (UPDATE_SNAPSHOTS=1 accepts it).

use std::path::PathBuf;

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::model::{parse, DEFAULT_JSON};
use ipo_lens::Lang;
use serde_json::{json, Value};

fn spec(view: &str, metric: &str, lang: Lang) -> Spec {
    Spec::new(view, metric, lang, 640.0).expect("a registered view and metric")
}

fn views() -> Vec<(&'static str, Vec<&'static str>)> {
    REGISTRY.iter().map(|v| (v.id, v.metrics.iter().map(|m| m.id).collect())).collect()
}

fn texts(lang: Lang) -> Value {
    let d = parse(DEFAULT_JSON).expect("valid");
    let mut out = serde_json::Map::new();
    for (view, metrics) in views() {
        for metric in metrics {
            let r = render_svg(&d, &spec(view, metric, lang)).expect("draws");
            let marks: Vec<Value> = r
                .marks
                .iter()
                .map(
                    |m| json!({"id": m.id, "label": m.label, "tooltip": m.tooltip, "row": m.row, "present": m.present}),
                )
                .collect();
            out.insert(
                format!("{view}.{metric}"),
                json!({"title": r.title, "summary": r.summary, "controls": r.controls, "marks": marks,
                       "table_head": r.table_head, "csv": r.csv, "views": r.views}),
            );
        }
    }
    Value::Object(out)
}

#[test]
fn every_word_outside_the_svg_matches_its_snapshot() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let text = serde_json::to_string_pretty(&texts(lang)).expect("json") + "\n";
        let path = dir.join(format!("text.{}.json", lang.tag()));
        let changed = dir.join(format!("text.{}.changed.json", lang.tag()));
        match std::fs::read_to_string(&path) {
            Ok(old) if old == text => {
                let _ = std::fs::remove_file(&changed);
            }
            _ if update => std::fs::write(&path, &text).expect("write"),
            _ => {
                std::fs::write(&changed, &text).expect("write");
                failures.push(format!("{}: differs, see {}", lang.tag(), changed.display()));
            }
        }
    }
    assert!(failures.is_empty(), "text snapshots differ (UPDATE_SNAPSHOTS=1 to accept):\n{}", failures.join("\n"));
}
