//! Rewrites what the view registry fixes in the package: the unions of
//! `src/web/ipo-lens.d.ts`, the attribute rows of `src/web/README.md` and the element's
//! table of the built-in story's static pictures.
//!
//! ```sh
//! cargo run --bin types
//! ```

fn main() -> std::process::ExitCode {
    type Rewrite = fn(&str) -> Option<String>;
    let files: [(&str, Rewrite); 3] = [
        ("src/web/ipo-lens.d.ts", ipo_lens::chart::with_types),
        ("src/web/README.md", ipo_lens::chart::with_docs),
        ("src/web/ipo-lens.js", ipo_lens::chart::with_pictures),
    ];
    for (path, rewrite) in files {
        let old = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                return std::process::ExitCode::from(1);
            }
        };
        let Some(new) = rewrite(&old) else {
            eprintln!("{path}: no generated region (registry:start … registry:end, pictures:start … pictures:end)");
            return std::process::ExitCode::from(1);
        };
        if new != old {
            if let Err(e) = std::fs::write(path, new) {
                eprintln!("{path}: {e}");
                return std::process::ExitCode::from(1);
            }
            println!("{path}: rewritten from the registry");
        }
    }
    std::process::ExitCode::SUCCESS
}
