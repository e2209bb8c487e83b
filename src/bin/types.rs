//! Rewrites what the view registry fixes in the package: the unions of
//! `src/web/ipo-lens.d.ts` and the attribute rows of `src/web/README.md`.
//!
//! ```sh
//! cargo run --bin types
//! ```

fn main() -> std::process::ExitCode {
    type Rewrite = fn(&str) -> Option<String>;
    let files: [(&str, Rewrite); 2] =
        [("src/web/ipo-lens.d.ts", ipo_lens::chart::with_types), ("src/web/README.md", ipo_lens::chart::with_docs)];
    for (path, rewrite) in files {
        let old = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                return std::process::ExitCode::from(1);
            }
        };
        let Some(new) = rewrite(&old) else {
            eprintln!("{path}: no registry:start … registry:end region");
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
