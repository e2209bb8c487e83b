//! The commands an editor runs on a dataset file: `fact-check` (the report of
//! `ipo_lens::report`, which `npx ipo-lens check` prints too: tests/browser/cli.test.mjs
//! compares the two) and `static-svg`.

use std::path::PathBuf;
use std::process::Command;

fn run_bin(bin: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(bin).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn run(args: &[&str]) -> (i32, String, String) {
    run_bin(env!("CARGO_BIN_EXE_fact-check"), args)
}

/// A fresh temporary directory for one test.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ipo-lens-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples/example-listing.json");

#[test]
fn names_the_contradicted_figures_of_the_article() {
    let (code, out, _) = run(&[]);
    assert_eq!(code, 2, "{out}");
    assert!(out.starts_with("built-in dataset: valid — "), "{out}");
    assert!(out.contains("\n  NO  biren.gain_first_day_high.2026-01-02 "), "{out}");
    assert!(out.contains("\n  NO  biren.net_proceeds.2026-01-02 "), "{out}");
    assert!(out.ends_with(" checked, 2 contradicted by the dataset's own inputs; 0 warnings\n"), "{out}");
}

#[test]
fn says_which_views_show_each_figure() {
    let (_, out, _) = run(&[]);
    let section = out.split("Which views show each figure (view: metrics)\n").nth(1).expect("the section");
    let line = |id: &str| {
        section.lines().find(|l| l.trim_start().starts_with(&format!("{id} "))).unwrap_or_else(|| panic!("{id}: {out}"))
    };
    assert!(line("biren.net_proceeds.2026-01-02").ends_with("  demand: proceeds; fact-check"));
    // a figure printed beside a chart, not a point of it
    assert!(line("biren.cornerstone_investors.2026-01-02").ends_with("  demand: subscription (as text)"));
    // facts too
    assert!(line("biren.founded").ends_with("  company: profile"));
}

#[test]
fn reports_an_invalid_file_with_its_json_path() {
    let dir = temp("invalid");
    let path = dir.join("bad.json");
    let bad = ipo_lens::model::DEFAULT_JSON.replacen("\"format\": \"ipo-lens/1\"", "\"format\": \"ipo-lens/2\"", 1);
    std::fs::write(&path, bad).expect("write");
    let name = path.to_str().expect("utf-8 path");
    let (code, out, _) = run(&[name]);
    assert_eq!(code, 1);
    assert!(out.starts_with(&format!("{name}: invalid — 1 error\n\nErrors\n")), "{out}");
    assert!(out.contains("\n  error   format: must be \"ipo-lens/1\", got \"ipo-lens/2\""), "{out}");
    let (code, out, _) = run(&[name, "--lang", "zh"]);
    assert_eq!(code, 1);
    assert!(out.starts_with(&format!("{name}：无效——1处错误\n")), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_file_and_bad_arguments_are_named() {
    let (code, out, _) = run(&["no-such-story.json"]);
    assert_eq!((code, out.as_str()), (1, "no-such-story.json: no such file\n"));
    let (code, out, _) = run(&["no-such-story.json", "--lang", "zh-Hant"]);
    assert_eq!((code, out.as_str()), (1, "no-such-story.json：檔案不存在\n"));
    let (code, _, err) = run(&["--lang", "fr"]);
    assert_eq!(code, 64);
    assert!(err.contains("unknown language \"fr\""), "{err}");
    let (code, _, err) = run(&["--verbose"]);
    assert_eq!(code, 64);
    assert!(err.contains("unknown option \"--verbose\""), "{err}");
}

#[test]
fn reads_the_sources_texts_next_to_the_file_and_names_one_it_cannot_read() {
    let dir = temp("texts");
    let mut d: serde_json::Value = serde_json::from_str(ipo_lens::model::DEFAULT_JSON).expect("json");
    d["sources"][0]["text"] = "missing.txt".into();
    let path = dir.join("story.json");
    std::fs::write(&path, serde_json::to_string_pretty(&d).expect("json")).expect("write");
    let (code, out, _) = run(&[path.to_str().expect("utf-8 path")]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains(
            "\n  warning sources[0].text: the source's text \"missing.txt\": no such file; its quotes are not looked for in it\n"
        ),
        "{out}"
    );
    // once the file is there, the warning goes
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/data/article.zh.txt"), dir.join("missing.txt")).expect("copy");
    let (_, out, _) = run(&[path.to_str().expect("utf-8 path")]);
    assert!(!out.contains("missing.txt"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_example_dataset_is_valid_and_marked_as_an_example() {
    let (code, out, err) = run(&[EXAMPLE]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains(": valid — "), "{out}");
    let json = std::fs::read_to_string(EXAMPLE).expect("example file");
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

#[test]
fn static_svg_writes_every_view_the_story_fills_in_every_language() {
    let dir = temp("static");
    let out = dir.join("svg");
    let (code, stdout, err) = run_bin(env!("CARGO_BIN_EXE_static-svg"), &[out.to_str().expect("utf-8 path"), EXAMPLE]);
    assert_eq!(code, 0, "{stdout}{err}");
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("written")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let views = ["demand", "fact-check", "financials", "listing-day", "price-path"];
    let mut want: Vec<String> =
        views.iter().flat_map(|v| ["en", "zh", "zh-Hant"].map(|l| format!("{v}.{l}.svg"))).collect();
    want.extend(views.iter().flat_map(|v| ["en", "zh", "zh-Hant"].map(|l| format!("{v}.{l}.360.svg"))));
    // beside each picture its hit boxes, read by a widget before its wasm arrives
    let marks: Vec<String> = want.iter().map(|n| n.replace(".svg", ".marks.json")).collect();
    want.extend(marks);
    want.sort();
    assert_eq!(names, want);
    let boxes = std::fs::read_to_string(out.join("listing-day.en.marks.json")).expect("marks");
    assert!(boxes.starts_with(r#"{"width":640.0,"height":"#) && boxes.contains("(example)"), "{boxes}");
    let svg = std::fs::read_to_string(out.join("listing-day.en.svg")).expect("svg");
    assert!(svg.starts_with("<svg") && svg.contains("(example)"), "{}", &svg[..200.min(svg.len())]);
    let narrow = std::fs::read_to_string(out.join("listing-day.en.360.svg")).expect("svg");
    assert!(narrow.starts_with("<svg") && narrow.contains("width=\"360\""), "{}", &narrow[..200.min(narrow.len())]);
    let _ = std::fs::remove_dir_all(&dir);
}
