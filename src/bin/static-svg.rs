//! `cargo run --release --bin static-svg [out-dir] [dataset.json]`: writes every view in
//! every language as `<out-dir>/<view>.<lang>.svg` (default `dist/static`), drawn by the
//! same layout code as the browser at 640 px — for `<noscript>`, RSS, print and the
//! widget's before-ready fallback — and as `<view>.<lang>.360.svg` at 360 px, the picture
//! for a phone-width widget (the layout changes with the width, not only its scale).
//! Beside each picture, `<view>.<lang>[.360].marks.json`: its hit boxes with the words of
//! their tooltips (`chart::hit_boxes`), read by a widget to answer a tap or a hover on the
//! picture before its wasm has arrived.

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
    use std::path::PathBuf;
    use std::process::ExitCode;

    use ipo_lens::chart::{hit_boxes, render_svg, Spec, REGISTRY};
    use ipo_lens::model::{parse, DEFAULT_JSON};
    use ipo_lens::Lang;

    /// The widths the static drawings are made at (the browser draws the same at each) and
    /// what the file name says of each: none for 640 px, `.360` for a phone's.
    pub const WIDTHS: [(f64, &str); 2] = [(640.0, ""), (360.0, ".360")];

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let out = PathBuf::from(args.first().map_or("dist/static", String::as_str));
        let json = match args.get(1) {
            Some(path) => match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{path}: cannot read: {e}");
                    return ExitCode::from(1);
                }
            },
            None => DEFAULT_JSON.to_string(),
        };
        let data = match parse(&json) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("invalid dataset: {e}");
                return ExitCode::from(1);
            }
        };
        if let Err(e) = std::fs::create_dir_all(&out) {
            eprintln!("{}: {e}", out.display());
            return ExitCode::from(1);
        }
        let mut n = 0;
        for view in REGISTRY.iter().filter(|v| (v.available)(&data)) {
            let view = view.id;
            for lang in Lang::ALL {
                for (width, suffix) in WIDTHS {
                    let spec = match Spec::new(view, "", lang, width) {
                        Ok(s) => s,
                        Err(e) => {
                            eprintln!("{view}: {e}");
                            return ExitCode::from(1);
                        }
                    };
                    let r = match render_svg(&data, &spec) {
                        Ok(r) => r,
                        Err(e) => {
                            eprintln!("{view} ({}): {e}", lang.tag());
                            return ExitCode::from(1);
                        }
                    };
                    let name = format!("{view}.{}{suffix}", lang.tag());
                    for (path, text) in [
                        (out.join(format!("{name}.svg")), &r.svg),
                        (out.join(format!("{name}.marks.json")), &hit_boxes(&r)),
                    ] {
                        if let Err(e) = std::fs::write(&path, text) {
                            eprintln!("{}: {e}", path.display());
                            return ExitCode::from(1);
                        }
                    }
                    n += 1;
                }
            }
        }
        println!("wrote {n} SVGs and their hit boxes (.marks.json) to {}", out.display());
        ExitCode::SUCCESS
    }
}
