//! Rewrites the generated region of `src/web/ipo-lens.d.ts` from the view registry.
//!
//! ```sh
//! cargo run --bin types
//! ```

fn main() -> std::process::ExitCode {
    const PATH: &str = "src/web/ipo-lens.d.ts";
    let dts = match std::fs::read_to_string(PATH) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{PATH}: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    let Some(new) = ipo_lens::chart::with_types(&dts) else {
        eprintln!("{PATH}: no `// registry:start` … `// registry:end` region");
        return std::process::ExitCode::from(1);
    };
    if new != dts {
        if let Err(e) = std::fs::write(PATH, new) {
            eprintln!("{PATH}: {e}");
            return std::process::ExitCode::from(1);
        }
        println!("{PATH}: types rewritten from the registry");
    }
    std::process::ExitCode::SUCCESS
}
