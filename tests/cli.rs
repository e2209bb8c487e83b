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
