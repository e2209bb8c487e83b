//! How both Chinese tables join words: the colon after a label, brackets, list marks, the
//! summary sentence, a count and its measure word, half years and axis dates. Written
//! once for Simplified and Traditional (they differ in characters, not in this), with
//! full-width punctuation as GB/T 15834 has it (：（）；，) and periods as the article
//! writes them ("2025年上半年").

pub fn and_list(items: &[&str]) -> String {
    crate::join(items, "、")
}

/// "一" to "十二", for counts of quarters and months.
pub fn numeral(n: u8) -> &'static str {
    const N: [&str; 13] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
    N.get(usize::from(n)).copied().unwrap_or("")
}
