//! How both Chinese tables join words: the colon after a label, brackets, list marks, the
//! summary sentence, a count and its measure word, half years and axis dates. Written
//! once for Simplified and Traditional (they differ in characters, not in this), with
//! full-width punctuation as GB/T 15834 has it (：（）；，) and periods as the article
//! writes them ("2025年上半年").

pub fn labelled(label: &str, value: &str) -> String {
    format!("{label}：{value}")
}

pub fn aside(text: &str) -> String {
    format!("（{text}）")
}

pub fn and_list(items: &[&str]) -> String {
    items.join("、")
}

pub fn summary(kind: &str, title: &str, rows: &[String]) -> String {
    format!("{kind}：{title}。{}。", rows.join("；"))
}

pub fn count(n: &str, word: &str) -> String {
    format!("{n}{word}")
}

pub fn half_short(y: i32, h: u8) -> String {
    format!("{y}年{}", if h == 1 { "上半年" } else { "下半年" })
}

pub fn axis_date(y: i64, m: u32, d: u32, long: bool) -> String {
    if long {
        format!("{y}年{m}月")
    } else {
        format!("{m}月{d}日")
    }
}
