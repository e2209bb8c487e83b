//! Times every view (every metric, 1280 px, English) on the worst-case datasets at the
//! format's limits (tests/worst): `cargo run --release --example worst`, a phase of
//! `make bench`. Prints one JSON line per dataset: every view's time, height and SVG
//! size (the fastest of three drawings, in wall and CPU time), beside the same measured
//! before the views were bounded (bench/worst-before.json,
//! the commit it was measured on named there), and the slowest three.
//! `cargo run --release --example worst -- listings` times only the datasets whose name
//! holds "listings"; `-- --raw` prints one line per view without the earlier figures
//! (what bench/worst-before.json was written from); `--view=listing-day` times only the
//! views whose `view/metric` begins so (several may be given); `--svg=DIR` writes each
//! drawing there to look at.

#[path = "../tests/worst/mod.rs"]
mod worst;

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::Lang;
use serde_json::{json, Value};
use std::time::Instant;

/// The figures measured before the bound: `{"commit": …, "views": [{dataset, view, ms,
/// height, svg_bytes} or {dataset, view, not_finished_after_s}]}`.
const BEFORE: &str = include_str!("../bench/worst-before.json");

/// How many times each view is drawn (the fastest counts).
const RUNS: usize = 3;

/// This thread's CPU time in seconds (Linux: /proc/thread-self/schedstat; 0 elsewhere).
fn cpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let raw = args.iter().any(|a| a == "--raw");
    let only: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let views: Vec<&str> = args.iter().filter_map(|a| a.strip_prefix("--view=")).collect();
    let svg_dir = args.iter().find_map(|a| a.strip_prefix("--svg="));
    let before: Value = serde_json::from_str(BEFORE).unwrap_or(Value::Null);
    let earlier = |dataset: &str, view: &str| {
        before["views"]
            .as_array()
            .and_then(|v| v.iter().find(|r| r["dataset"] == dataset && r["view"] == view))
            .cloned()
            .unwrap_or(Value::Null)
    };
    for (name, make) in worst::all() {
        if !only.is_empty() && !only.iter().any(|o| name.contains(o.as_str())) {
            continue;
        }
        let d = match make() {
            Ok(d) => d,
            Err(e) => {
                println!("{}", json!({"dataset": name, "error": e}));
                continue;
            }
        };
        let mut rows = Vec::new();
        for view in REGISTRY {
            for m in view.metrics {
                let v = format!("{}/{}", view.id, m.id);
                if !views.is_empty() && !views.iter().any(|x| v.starts_with(x)) {
                    continue;
                }
                let Ok(spec) = Spec::new(view.id, m.id, Lang::En, 1280.0) else { continue };
                // the fastest of three, in wall time and in this thread's CPU time (the
                // machine may be busy with other work: CPU time is what the view costs)
                let (mut ms, mut cpu_ms, mut out) = (f64::INFINITY, f64::INFINITY, (0.0, 0));
                for _ in 0..RUNS {
                    let (t, c) = (Instant::now(), cpu());
                    let r = render_svg(&d, &spec);
                    ms = ms.min(t.elapsed().as_secs_f64() * 1000.0);
                    cpu_ms = cpu_ms.min((cpu() - c) * 1000.0);
                    if let (Some(dir), Ok(r)) = (svg_dir, &r) {
                        let file = format!("{dir}/{name} {}-{}.svg", view.id, m.id).replace(',', "");
                        if let Err(e) = std::fs::write(&file, &r.svg) {
                            eprintln!("{file}: {e}");
                        }
                    }
                    out = r.map_or((0.0, 0), |r| (r.height, r.svg.len()));
                }
                let (h, bytes) = out;
                let round = |x: f64| (x * 10.0).round() / 10.0;
                let row = json!({"view": v, "ms": round(ms), "cpu_ms": round(cpu_ms), "height": h, "svg_bytes": bytes});
                if raw {
                    let mut line = row.clone();
                    line["dataset"] = json!(name);
                    println!("{line}");
                }
                rows.push((ms, row));
            }
        }
        if raw {
            continue;
        }
        let views: Vec<Value> = rows
            .iter()
            .map(|(_, r)| {
                let mut r = r.clone();
                r["before"] = earlier(name, r["view"].as_str().unwrap_or(""));
                r
            })
            .collect();
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        let slowest: Vec<Value> = rows.iter().take(3).map(|(_, r)| r.clone()).collect();
        println!("{}", json!({"dataset": name, "slowest": slowest, "views": views}));
    }
}
