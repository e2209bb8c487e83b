//! Any bytes → parse → validate → every calculation → every view drawn to SVG in every
//! language. Nothing may panic; whatever parses must draw or return an error.
#![no_main]

use ipo_lens::chart::{render_svg, Spec, REGISTRY};
use ipo_lens::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(d) = ipo_lens::model::parse(text) else { return };
    let _ = ipo_lens::calc::check_all(&d);
    for view in REGISTRY.iter().map(|v| v.id) {
        for lang in Lang::ALL {
            let width = 280.0 + (data.len() % 1000) as f64;
            let spec = Spec::new(view, "", lang, width).expect("a registered view");
            if let Ok(r) = render_svg(&d, &spec) {
                assert!(r.svg.starts_with("<svg"));
            }
        }
    }
});
