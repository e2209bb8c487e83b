//! The `fact-check` command an editor runs on a dataset file.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fact-check")).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn names_the_contradicted_figures_of_the_article() {
    let (code, out, _) = run(&[]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("NO  biren.gain_first_day_high.2026-01-02"), "{out}");
    assert!(out.contains("NO  biren.net_proceeds.2026-01-02"), "{out}");
    assert!(out.contains("2 figure(s) contradicted"), "{out}");
}

#[test]
fn reports_an_invalid_file_with_its_json_path() {
    let dir = std::env::temp_dir().join(format!("ipo-lens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("bad.json");
    let bad = ipo_lens::model::DEFAULT_JSON.replacen("\"format\": \"ipo-lens/1\"", "\"format\": \"ipo-lens/2\"", 1);
    std::fs::write(&path, bad).expect("write");
    let (code, _, err) = run(&[path.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1);
    assert!(err.contains("invalid: format: must be \"ipo-lens/1\", got \"ipo-lens/2\""), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_example_dataset_is_valid_and_marked_as_an_example() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples/example-listing.json");
    let (code, out, err) = run(&[path]);
    assert_eq!(code, 0, "{out}{err}");
    let json = std::fs::read_to_string(path).expect("example file");
    let d = ipo_lens::model::parse(&json).expect("valid");
    assert!(d.story.title.en.as_deref().unwrap_or("").starts_with("EXAMPLE DATA"));
    assert!(d.entities.iter().all(|e| e.name.en.as_deref().unwrap_or("").contains("(example)")));
    // the tab bar offers the views it can fill, and each of them draws
    let spec = ipo_lens::chart::Spec::default();
    let r = ipo_lens::chart::render_svg(&d, &spec).expect("listing-day draws");
    let views: Vec<&str> = r.views.iter().map(|v| v.0.as_str()).collect();
    assert_eq!(views, ["listing-day", "demand", "financials", "fact-check", "price-path"]);
    for v in views {
        let spec = ipo_lens::chart::Spec::new(v, "", ipo_lens::Lang::Zh, 640.0).expect("a registered view");
        ipo_lens::chart::render_svg(&d, &spec).unwrap_or_else(|e| panic!("{v}: {e}"));
    }
}
