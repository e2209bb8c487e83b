//! Period codes and printed numbers, the two small parsers of the format.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(p) = ipo_lens::Period::parse(text) {
        // what parses prints back to a code that parses to the same period
        assert_eq!(ipo_lens::Period::parse(&p.to_string()).as_ref(), Ok(&p));
        let _ = p.end_year();
    }
    if let Some(w) = ipo_lens::model::read_written(text) {
        assert!(w.value.is_finite() || text.len() > 300);
    }
});
