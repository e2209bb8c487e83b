//! `cargo run --bin fact-check [dataset.json] [--lang en|zh]`: validates a dataset and
//! prints every derived figure it states next to the recomputation from its own inputs.
//! Exits 1 when the dataset is invalid, 2 when a figure is contradicted, else 0.

// A native command: on wasm32 (where `cargo test --target wasm32…` builds every binary)
// it is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::process::ExitCode;

    use ipo_lens::calc::{check_all, Verdict};
    use ipo_lens::chart::{plain, scaled};
    use ipo_lens::model::{parse, DEFAULT_JSON};
    use ipo_lens::Lang;

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let lang = match args.iter().position(|a| a == "--lang") {
            Some(i) => match Lang::parse(args.get(i + 1).map_or("en", String::as_str)) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("--{e}");
                    return ExitCode::from(1);
                }
            },
            None => Lang::En,
        };
        let file = args.iter().enumerate().find(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--lang"));
        let (name, json) = match file {
            Some((_, path)) => match std::fs::read_to_string(path) {
                Ok(text) => (path.clone(), text),
                Err(e) => {
                    eprintln!("{path}: cannot read: {e}");
                    return ExitCode::from(1);
                }
            },
            None => ("built-in dataset".to_string(), DEFAULT_JSON.to_string()),
        };
        let data = match parse(&json) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{name}: invalid: {e}");
                return ExitCode::from(1);
            }
        };
        let checks = check_all(&data);
        println!("{name}: valid, {} figures, {} derived figures checked", data.figures.len(), checks.len());
        let num = |v: f64| if v.abs() >= 1e4 { scaled(v, lang) } else { plain(v, 2) };
        let show =
            |lo: f64, hi: f64| if (hi - lo).abs() < 1e-12 { num(lo) } else { format!("{}..{}", num(lo), num(hi)) };
        let mut contradicted = 0;
        for c in &checks {
            if c.verdict == Verdict::Inconsistent {
                contradicted += 1;
            }
            let mark = match c.verdict {
                Verdict::Consistent => "ok ",
                Verdict::ConsistentIfTruncated => "~  ",
                Verdict::Inconsistent => "NO ",
            };
            println!(
                "{mark} {:<48} stated {:<24} recomputed {:<24} {}",
                c.figure,
                show(c.stated.lo, c.stated.hi),
                show(c.recomputed.lo, c.recomputed.hi),
                (lang.words().verdict)(c.verdict)
            );
        }
        if contradicted > 0 {
            println!("{contradicted} figure(s) contradicted by the dataset's own inputs");
            return ExitCode::from(2);
        }
        ExitCode::SUCCESS
    }
}
