//! `cargo run --bin fact-check [dataset.json] [--lang en|zh|zh-Hant]`: the checkers' report
//! on a dataset file ([`ipo_lens::report`]): every problem, every derived figure next to
//! its recomputation from the dataset's own inputs, which views show each figure, and a
//! warning for each one no view shows. The sources' `text` files (relative to the dataset
//! file) are read so that quotes can be looked for in them. `npx ipo-lens check` prints
//! the same report. Exits 1 when the dataset is invalid, 2 when a figure is contradicted,
//! else 0.

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
    use std::path::Path;
    use std::process::ExitCode;

    use ipo_lens::model::DEFAULT_JSON;
    use ipo_lens::report::{report, text_files, unreadable, ReadError, Unread};
    use ipo_lens::Lang;

    const USAGE: &str = "usage: fact-check [dataset.json] [--lang en|zh|zh-Hant]";

    pub fn main() -> ExitCode {
        let mut args = std::env::args().skip(1);
        let (mut lang, mut file) = (Lang::En, None);
        while let Some(a) = args.next() {
            match a.as_str() {
                "--lang" => match args.next().map(|t| Lang::parse(&t)) {
                    Some(Ok(l)) => lang = l,
                    Some(Err(e)) => return fail(&format!("--{e}")),
                    None => return fail("--lang: give a language (en, zh or zh-Hant)"),
                },
                "--help" | "-h" => {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                flag if flag.starts_with("--") => return fail(&format!("unknown option \"{flag}\"\n{USAGE}")),
                _ if file.is_some() => return fail(&format!("one dataset file at a time\n{USAGE}")),
                _ => file = Some(a),
            }
        }
        let Some(path) = file else {
            return finish(report("built-in dataset", DEFAULT_JSON, &[], &[], lang));
        };
        let json = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => return finish(unreadable(&path, ReadError::of(&e), lang)),
        };
        let dir = Path::new(&path).parent().unwrap_or(Path::new(""));
        let (mut texts, mut unread) = (Vec::new(), Vec::new());
        for t in text_files(&json) {
            match std::fs::read_to_string(dir.join(&t.file)) {
                Ok(text) => texts.push((t.source, text)),
                Err(e) => unread.push(Unread { path: t.path, file: t.file, why: ReadError::of(&e) }),
            }
        }
        let texts: Vec<(&str, &str)> = texts.iter().map(|(s, t)| (s.as_str(), t.as_str())).collect();
        finish(report(&path, &json, &texts, &unread, lang))
    }

    fn finish(r: ipo_lens::report::Report) -> ExitCode {
        print!("{}", r.text);
        ExitCode::from(r.exit_code)
    }

    fn fail(message: &str) -> ExitCode {
        eprintln!("fact-check: {message}");
        ExitCode::from(64)
    }
}
