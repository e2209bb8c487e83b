//! Times every view (every metric, 1280 px, English) on the worst-case datasets at the
//! format's limits (tests/worst): `cargo run --release --example worst`, a phase of
//! `make bench`. Prints one JSON line per dataset: the slowest view and its time.

#[path = "../tests/worst/mod.rs"]
mod worst;

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::Lang;
use std::time::Instant;

fn main() {
    for (name, d) in worst::all() {
        let d = match d {
            Ok(d) => d,
            Err(e) => {
                println!("{{\"dataset\":{name:?},\"error\":{e:?}}}");
                continue;
            }
        };
        let mut rows = Vec::new();
        for view in REGISTRY {
            for m in view.metrics {
                let Ok(spec) = Spec::new(view.id, m.id, Lang::En, 1280.0) else { continue };
                let t = Instant::now();
                let r = render_svg(&d, &spec);
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                let (h, bytes) = r.map_or((0.0, 0), |r| (r.height, r.svg.len()));
                rows.push((ms, format!("{}/{}", view.id, m.id), h, bytes));
            }
        }
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        let top: Vec<String> = rows
            .iter()
            .take(3)
            .map(|(ms, v, h, b)| format!("{{\"view\":{v:?},\"ms\":{ms:.1},\"height\":{h:.0},\"svg_bytes\":{b}}}"))
            .collect();
        println!("{{\"dataset\":{name:?},\"slowest\":[{}]}}", top.join(","));
    }
}
