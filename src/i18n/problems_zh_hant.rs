//! The checker's words in Traditional Chinese (Hong Kong usage). Names the format fixes (field names, codes
//! such as FY2024, the JSON values to type) stay as they are written in the file.

use super::problems::scale_index;
use crate::model::{number, Expected, Got, Kind, PeriodWhy, Syntax, What};

fn got(g: &Got) -> String {
    match g {
        Got::Text(s) => format!("文本\"{s}\""),
        Got::Number(n) => format!("數字{n}"),
        Got::Bool(b) => b.to_string(),
        Got::Null => "null".to_string(),
        Got::List => "列表 [ … ]".to_string(),
        Got::Object => "對象 { … }".to_string(),
        Got::Nothing => "空".to_string(),
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Number => "數字",
        Expected::Text => "加引號的文本",
        Expected::Texts => "按語言分開的文本，如 {\"zh\": \"…\", \"en\": \"…\"}",
        Expected::List => "列表 [ … ]",
        Expected::Object => "對象 { … }",
        Expected::Pair => "日期加價格，如 [\"2026-01-02\", 34.46]",
        Expected::Bool => "true 或 false",
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::MissingComma => "兩項之間缺少逗號".to_string(),
        Syntax::MissingQuote { before } => format!("{before} 前面缺少引號（名稱和文本都要加英文雙引號）"),
        Syntax::FullWidth { got, write } => format!("全形的\"{got}\"要寫成半形的\"{write}\"（請切換到英文輸入）"),
        Syntax::CurlyQuote { got } => format!("JSON 只認英文直雙引號（\"），不認 {got}"),
        Syntax::TrailingComma => "最後一項後面多了逗號，請刪去".to_string(),
        Syntax::LineBreakInText => "文本中間換了行：文本要寫在同一行（或寫作 \\n）".to_string(),
        Syntax::ControlInText => "文本中有 Tab 等控制字元，請刪去（或寫作 \\t）".to_string(),
        Syntax::EndsEarly { open: '"' } => "檔案提前結束：有一段文本缺少後引號".to_string(),
        Syntax::EndsEarly { open: '[' } => "檔案提前結束：缺少右方括號 ]".to_string(),
        Syntax::EndsEarly { .. } => "檔案提前結束：缺少右花括號 }".to_string(),
        Syntax::Empty => "檔案是空的".to_string(),
        Syntax::MissingColon => "名稱後面缺少冒號（:）".to_string(),
        Syntax::TrailingCharacters { got } => {
            format!("數據在這個\"{got}\"之前已經結束：請刪去它，或刪去它前面多餘的右括號")
        }
        Syntax::BadEscape => "JSON 無法識別的反斜線（\\）：反斜線本身要寫成 \\\\".to_string(),
        Syntax::BadNumber { got } => format!("\"{got}\"不是 JSON 能表示的數字（請寫成 0.5、1200 這樣的數字）"),
        Syntax::TooDeep => "列表或對象嵌套超過128層".to_string(),
        Syntax::Unexpected { got } => format!("此處不應出現\"{got}\""),
    }
}

fn did_you_mean(s: &Option<String>, otherwise: &str) -> String {
    match s {
        Some(s) => format!("，是不是\"{s}\"？"),
        None => otherwise.to_string(),
    }
}

/// A power of ten in myriads: 10000 → "1萬", 1e8 → "1億".
fn times(f: f64) -> String {
    if f >= 1e8 {
        format!("{}億", number(f / 1e8))
    } else if f >= 1e4 {
        format!("{}萬", number(f / 1e4))
    } else {
        number(f)
    }
}

/// The message for `kind`.
pub fn message(kind: &Kind) -> String {
    match kind {
        Kind::Syntax { line, column, what } => format!("第{line}行第{column}列：{}", syntax(what)),
        Kind::NotAnObject { got: g } => format!("檔案應是一個 JSON 對象 {{ … }}，實際是{}", got(g)),
        Kind::WrongType { expected: e, got: g } => format!("應為{}，實際是{}", expected(*e), got(g)),
        Kind::NumberInQuotes { got, write } => format!("應為數字，實際是文本\"{got}\"：請寫成 {write}，不加引號"),
        Kind::NotFinite { got } => format!("應為有限的數字，實際是{got}"),
        Kind::MissingField { field } => format!("缺少欄位\"{field}\""),
        Kind::UnknownField { field, suggestion } => {
            format!("未知欄位\"{field}\"{}", did_you_mean(suggestion, "（欄位列表見 data/README.md）"))
        }
        Kind::UnknownValue { got, allowed, suggestion } => {
            let otherwise = format!("：可選值為 {}", allowed.join("、"));
            format!("此處不接受\"{got}\"{}", did_you_mean(suggestion, &otherwise))
        }
        Kind::UnknownCurrency { got, suggestion: Some(s) } => format!("\"{got}\"不是貨幣代碼：請寫 {s}"),
        Kind::UnknownCurrency { got, suggestion: None } => {
            format!("\"{got}\"不是貨幣代碼：請寫三個字母的 ISO 代碼，如 CNY、HKD、USD、EUR")
        }
        Kind::WrongFormat { got } => format!("應為\"ipo-lens/1\"，實際是\"{got}\""),
        Kind::EmptyList => "至少要有一項，實際一項也沒有".to_string(),
        Kind::TooMany { count, max } => format!("有{count}項，最多只接受{max}項"),
        Kind::TooLong { bytes, max } => format!("長{bytes}字節，最多只接受{max}字節"),
        Kind::ControlChar { at, code } => format!("第{at}個字元是控制字元U+{code:04X}，請刪除"),
        Kind::NoText => "需要\"zh\"、\"zh-Hant\"或\"en\"中至少一種文本，實際一種也沒有".to_string(),
        Kind::EmptyId => "id 不能為空".to_string(),
        Kind::DuplicateId { id, first } => format!("id\"{id}\"已被 {first} 使用"),
        Kind::NoSuch { what, id, suggestion } => {
            let (noun, list) = match what {
                What::Entity => ("實體", "entities"),
                What::Source => ("來源", "sources"),
            };
            format!("{list} 中沒有{noun}\"{id}\"{}", did_you_mean(suggestion, ""))
        }
        Kind::NotACompany { id } => format!("\"{id}\"不是公司（見它在 entities 中的 kind）"),
        Kind::BadPeriod { got, why } => match why {
            PeriodWhy::NoSuchDay => format!("沒有這一天：\"{got}\""),
            PeriodWhy::NoSuchMonth => format!("沒有這個月：\"{got}\""),
            PeriodWhy::Backwards => format!("時段\"{got}\"的結束早於開始"),
            PeriodWhy::BadSpan => format!("時段要連接兩個普通時期（如 FY2022..H1-2025），實際是\"{got}\""),
            PeriodWhy::BadQuarter => format!("季度只有 Q1、Q2、Q3、Q4，實際是\"{got}\""),
            PeriodWhy::BadMonths => format!("幾個月的時段只能是 3M、6M、9M 或 12M，實際是\"{got}\""),
            PeriodWhy::MonthsWithoutEnd => format!("要寫明截至哪個月，如 3M-2025-06，實際是\"{got}\""),
            PeriodWhy::NotADay => format!("應為具體日期，如 2026-01-02，實際是\"{got}\""),
            PeriodWhy::WriteAs(s) => format!("\"{got}\"的寫法無法識別：請寫成 {s}"),
            PeriodWhy::Unknown => format!("\"{got}\"不是時期：請寫成 FY2024、H1-2025、Q3-2025、9M-2025、FY2024-03、2025-12、2026-01-02、FY2022..H1-2025、writing 或 undated"),
        },
        Kind::NotADate { got } => format!("應為日期（2026-01-02）或月份（2025-12），實際是\"{got}\""),
        Kind::PeriodKindMismatch { period, is, got } => {
            format!("\"{period}\"的 period_kind 應寫\"{}\"，而不是\"{}\"", is.as_str(), got.as_str())
        }
        Kind::UnknownMetric { got, suggestion } => {
            format!("未知指標\"{got}\"{}", did_you_mean(suggestion, "（指標列表見 data/README.md）"))
        }
        Kind::UnitMismatch { metric, unit, got } => {
            format!("指標\"{metric}\"的單位是\"{}\"，實際是\"{}\"", unit.as_str(), got.as_str())
        }
        Kind::TooLarge { got } => format!("數值最大為1e15，實際是{}", number(*got)),
        Kind::MustBePositive { got } => format!("應為正數，實際是{}", number(*got)),
        Kind::MustNotBeNegative { got } => format!("不能為負數，實際是{}", number(*got)),
        Kind::NeedsCurrency { unit } => format!("{}類數字需要貨幣：ISO 代碼，如\"CNY\"、\"HKD\"、\"USD\"或\"EUR\"", unit.as_str()),
        Kind::NoCurrencyWanted { unit, got } => {
            format!("{}類數字沒有貨幣：請刪去 \"currency\": \"{got}\"", unit.as_str())
        }
        Kind::RangeNeedsHigh => "區間需要在\"value_high\"中寫上限".to_string(),
        Kind::HighNotAbove { value, got } => format!("應大於\"value\"（{}），實際是{}", number(*value), number(*got)),
        Kind::HighWithoutRange => "只用於區間：請把\"qualifier\"設為\"range\"，或刪去\"value_high\"".to_string(),
        Kind::WrittenOneNumber { written } => format!("\"{written}\"只有一個數字；區間要印出兩端（如\"47–51\"）"),
        Kind::EmptyQuote => "要引用數值所出自的原句，實際是空的".to_string(),
        Kind::WrittenNotInQuote { written } => format!("\"{written}\"不在引文中：請照引文原樣抄寫"),
        Kind::WrittenHoldsNoNumber { written } => format!("\"{written}\"中沒有數字"),
        Kind::WrittenMismatch { written, reads, got } => {
            format!("{}與\"{written}\"不符（按原文寫法應為{}）", number(*got), number(*reads))
        }
        Kind::WrittenScale { written, reads, got, factor } if *factor > 1.0 => {
            let unit = match scale_index(*factor) {
                Some(i) => ["千", "萬", "百萬", "億", "十億", "萬億"][i],
                None => "更大的單位",
            };
            format!(
                "{}比\"{written}\"（{}）小{}倍：數值按整單位（元、美元、人）填寫，不以{unit}為單位",
                number(*got),
                number(*reads),
                times(*factor)
            )
        }
        Kind::WrittenScale { written, reads, got, factor } => format!(
            "{}比\"{written}\"（{}）大{}倍：請檢查零的個數",
            number(*got),
            number(*reads),
            times(1.0 / factor)
        ),
        Kind::SameCurrency => "匯率的兩種貨幣必須不同：請改\"to\"".to_string(),
        Kind::SeriesOrder => "日期必須是真實存在的日子，並且一個比一個晚".to_string(),
        Kind::SeriesPrice { got } => format!("價格應為正數，實際是{}", number(*got)),
        Kind::QuoteNotInText { file } => format!("引文不在來源原文（{file}）中：請照原文逐字抄寫"),
        Kind::OutOfOrder { period, later } => {
            format!("檔案中\"{period}\"排在\"{later}\"之後；圖表按時間先後排列，請核對時期")
        }
        Kind::SamePeriod { other, id } => format!(
            "與 {other}（\"{id}\"）的實體、指標、key 和時期都相同，數值卻不同：圖表只會顯示其中一個；請核對時期或加上 key"
        ),
        Kind::MixedCurrency { got, other, first } => format!(
            "貨幣是{got}，但該上市的價格用的是{other}（{first}）：升幅或盈利會在沒有匯率的情況下直接比較兩種貨幣；請把該上市的所有價格都寫成{other}"
        ),
        Kind::ListedTwice { first } => {
            format!("這家公司已有一條上市記錄（{first}）：數字無法說明屬於哪一次上市；請只保留一條")
        }
        Kind::ShareOver100 { got } => format!("佔比最多為100%，實際是{}", number(*got)),
        Kind::DirectionControl { code, at } => format!(
            "第{at}個字元是看不見的文字方向控制符（U+{code:04X}），會令圖表中它周圍的文字倒轉顯示：請刪去"
        ),
        Kind::More { n } => format!("另有{n}處問題"),
        Kind::Other(s) => s.clone(),
    }
}
