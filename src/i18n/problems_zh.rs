//! The checker's words in Simplified Chinese. Names the format fixes (field names, codes
//! such as FY2024, the JSON values to type) stay as they are written in the file.

use super::problems::scale_index;
use crate::model::{number, Expected, Got, Kind, PeriodWhy, Syntax, What};

fn got(g: &Got) -> String {
    match g {
        Got::Text(s) => format!("文本\"{s}\""),
        Got::Number(n) => format!("数字{n}"),
        Got::Bool(b) => b.to_string(),
        Got::Null => "null".to_string(),
        Got::List => "列表 [ … ]".to_string(),
        Got::Object => "对象 { … }".to_string(),
        Got::Nothing => "空".to_string(),
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Number => "数字",
        Expected::Text => "加引号的文本",
        Expected::Texts => "按语言分开的文本，如 {\"zh\": \"…\", \"en\": \"…\"}",
        Expected::List => "列表 [ … ]",
        Expected::Object => "对象 { … }",
        Expected::Pair => "日期加价格，如 [\"2026-01-02\", 34.46]",
        Expected::Bool => "true 或 false",
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::MissingComma => "两项之间缺少逗号".to_string(),
        Syntax::MissingQuote { before } => format!("{before} 前面缺少引号（名称和文本都要加英文双引号）"),
        Syntax::FullWidth { got, write } => format!("全角的\"{got}\"要写成半角的\"{write}\"（请切换到英文输入）"),
        Syntax::CurlyQuote { got } => format!("JSON 只认英文直双引号（\"），不认 {got}"),
        Syntax::TrailingComma => "最后一项后面多了逗号，请删去".to_string(),
        Syntax::LineBreakInText => "文本中间换了行：文本要写在同一行（或写作 \\n）".to_string(),
        Syntax::ControlInText => "文本中有制表符等控制字符，请删去（或写作 \\t）".to_string(),
        Syntax::EndsEarly { open: '"' } => "文件提前结束：有一段文本缺少后引号".to_string(),
        Syntax::EndsEarly { open: '[' } => "文件提前结束：缺少右方括号 ]".to_string(),
        Syntax::EndsEarly { .. } => "文件提前结束：缺少右花括号 }".to_string(),
        Syntax::Empty => "文件是空的".to_string(),
        Syntax::MissingColon => "名称后面缺少冒号（:）".to_string(),
        Syntax::TrailingCharacters { got } => {
            format!("数据在这个\"{got}\"之前已经结束：请删去它，或删去它前面多余的右括号")
        }
        Syntax::BadEscape => "JSON 无法识别的反斜杠（\\）：反斜杠本身要写成 \\\\".to_string(),
        Syntax::BadNumber { got } => format!("\"{got}\"不是 JSON 能表示的数字（请写成 0.5、1200 这样的数字）"),
        Syntax::TooDeep => "列表或对象嵌套超过128层".to_string(),
        Syntax::Unexpected { got } => format!("此处不应出现\"{got}\""),
    }
}

fn did_you_mean(s: &Option<String>, otherwise: &str) -> String {
    match s {
        Some(s) => format!("，是不是\"{s}\"？"),
        None => otherwise.to_string(),
    }
}

/// A power of ten in myriads: 10000 → "1万", 1e8 → "1亿".
fn times(f: f64) -> String {
    if f >= 1e8 {
        format!("{}亿", number(f / 1e8))
    } else if f >= 1e4 {
        format!("{}万", number(f / 1e4))
    } else {
        number(f)
    }
}

/// The message for `kind`.
pub fn message(kind: &Kind) -> String {
    match kind {
        Kind::Syntax { line, column, what } => format!("第{line}行第{column}列：{}", syntax(what)),
        Kind::NotAnObject { got: g } => format!("文件应是一个 JSON 对象 {{ … }}，实际是{}", got(g)),
        Kind::WrongType { expected: e, got: g } => format!("应为{}，实际是{}", expected(*e), got(g)),
        Kind::NumberInQuotes { got, write } => format!("应为数字，实际是文本\"{got}\"：请写成 {write}，不加引号"),
        Kind::NotFinite { got } => format!("应为有限的数字，实际是{got}"),
        Kind::MissingField { field } => format!("缺少字段\"{field}\""),
        Kind::UnknownField { field, suggestion } => {
            format!("未知字段\"{field}\"{}", did_you_mean(suggestion, "（字段列表见 data/README.md）"))
        }
        Kind::UnknownValue { got, allowed, suggestion } => {
            let otherwise = format!("：可选值为 {}", allowed.join("、"));
            format!("此处不接受\"{got}\"{}", did_you_mean(suggestion, &otherwise))
        }
        Kind::UnknownCurrency { got, suggestion: Some(s) } => format!("\"{got}\"不是货币代码：请写 {s}"),
        Kind::UnknownCurrency { got, suggestion: None } => {
            format!("\"{got}\"不是货币代码：请写三个字母的 ISO 代码，如 CNY、HKD、USD、EUR")
        }
        Kind::WrongFormat { got } => format!("应为\"ipo-lens/1\"，实际是\"{got}\""),
        Kind::EmptyList => "至少要有一项，实际一项也没有".to_string(),
        Kind::TooMany { count, max } => format!("有{count}项，最多只接受{max}项"),
        Kind::TooLong { bytes, max } => format!("长{bytes}字节，最多只接受{max}字节"),
        Kind::ControlChar { at, code } => format!("第{at}个字符是控制字符U+{code:04X}，请删除"),
        Kind::NoText => "需要\"zh\"、\"zh-Hant\"或\"en\"中至少一种文本，实际一种也没有".to_string(),
        Kind::EmptyId => "id 不能为空".to_string(),
        Kind::DuplicateId { id, first } => format!("id\"{id}\"已被 {first} 使用"),
        Kind::NoSuch { what, id, suggestion } => {
            let (noun, list) = match what {
                What::Entity => ("实体", "entities"),
                What::Source => ("来源", "sources"),
            };
            format!("{list} 中没有{noun}\"{id}\"{}", did_you_mean(suggestion, ""))
        }
        Kind::NotACompany { id } => format!("\"{id}\"不是公司（见它在 entities 中的 kind）"),
        Kind::BadPeriod { got, why } => match why {
            PeriodWhy::NoSuchDay => format!("没有这一天：\"{got}\""),
            PeriodWhy::NoSuchMonth => format!("没有这个月：\"{got}\""),
            PeriodWhy::Backwards => format!("时段\"{got}\"的结束早于开始"),
            PeriodWhy::BadSpan => format!("时段要连接两个普通时期（如 FY2022..H1-2025），实际是\"{got}\""),
            PeriodWhy::BadQuarter => format!("季度只有 Q1、Q2、Q3、Q4，实际是\"{got}\""),
            PeriodWhy::BadMonths => format!("几个月的时段只能是 3M、6M、9M 或 12M，实际是\"{got}\""),
            PeriodWhy::MonthsWithoutEnd => format!("要写明截至哪个月，如 3M-2025-06，实际是\"{got}\""),
            PeriodWhy::NotADay => format!("应为具体日期，如 2026-01-02，实际是\"{got}\""),
            PeriodWhy::WriteAs(s) => format!("\"{got}\"的写法无法识别：请写成 {s}"),
            PeriodWhy::Unknown => format!("\"{got}\"不是时期：请写成 FY2024、H1-2025、Q3-2025、9M-2025、FY2024-03、2025-12、2026-01-02、FY2022..H1-2025、writing 或 undated"),
        },
        Kind::NotADate { got } => format!("应为日期（2026-01-02）或月份（2025-12），实际是\"{got}\""),
        Kind::PeriodKindMismatch { period, is, got } => {
            format!("\"{period}\"的 period_kind 应写\"{}\"，而不是\"{}\"", is.as_str(), got.as_str())
        }
        Kind::UnknownMetric { got, suggestion } => {
            format!("未知指标\"{got}\"{}", did_you_mean(suggestion, "（指标列表见 data/README.md）"))
        }
        Kind::UnitMismatch { metric, unit, got } => {
            format!("指标\"{metric}\"的单位是\"{}\"，实际是\"{}\"", unit.as_str(), got.as_str())
        }
        Kind::TooLarge { got } => format!("数值最大为1e15，实际是{}", number(*got)),
        Kind::MustBePositive { got } => format!("应为正数，实际是{}", number(*got)),
        Kind::MustNotBeNegative { got } => format!("不能为负数，实际是{}", number(*got)),
        Kind::NeedsCurrency { unit } => format!("{}类数字需要货币：ISO 代码，如\"CNY\"、\"HKD\"、\"USD\"或\"EUR\"", unit.as_str()),
        Kind::NoCurrencyWanted { unit, got } => {
            format!("{}类数字没有货币：请删去 \"currency\": \"{got}\"", unit.as_str())
        }
        Kind::RangeNeedsHigh => "区间需要在\"value_high\"中写上限".to_string(),
        Kind::HighNotAbove { value, got } => format!("应大于\"value\"（{}），实际是{}", number(*value), number(*got)),
        Kind::HighWithoutRange => "只用于区间：请把\"qualifier\"设为\"range\"，或删去\"value_high\"".to_string(),
        Kind::WrittenOneNumber { written } => format!("\"{written}\"只有一个数字；区间要印出两端（如\"47–51\"）"),
        Kind::EmptyQuote => "要引用数值所出自的原句，实际是空的".to_string(),
        Kind::WrittenNotInQuote { written } => format!("\"{written}\"不在引文中：请照引文原样抄写"),
        Kind::WrittenHoldsNoNumber { written } => format!("\"{written}\"中没有数字"),
        Kind::WrittenMismatch { written, reads, got } => {
            format!("{}与\"{written}\"不符（按原文写法应为{}）", number(*got), number(*reads))
        }
        Kind::WrittenScale { written, reads, got, factor } if *factor > 1.0 => {
            let unit = match scale_index(*factor) {
                Some(i) => ["千", "万", "百万", "亿", "十亿", "万亿"][i],
                None => "更大的单位",
            };
            format!(
                "{}比\"{written}\"（{}）小{}倍：数值按整单位（元、美元、人）填写，不以{unit}为单位",
                number(*got),
                number(*reads),
                times(*factor)
            )
        }
        Kind::WrittenScale { written, reads, got, factor } => format!(
            "{}比\"{written}\"（{}）大{}倍：请检查零的个数",
            number(*got),
            number(*reads),
            times(1.0 / factor)
        ),
        Kind::SameCurrency => "汇率的两种货币必须不同：请改\"to\"".to_string(),
        Kind::SeriesOrder => "日期必须是真实存在的日子，并且一个比一个晚".to_string(),
        Kind::SeriesPrice { got } => format!("价格应为正数，实际是{}", number(*got)),
        Kind::QuoteNotInText { file } => format!("引文不在来源原文（{file}）中：请照原文逐字抄写"),
        Kind::OutOfOrder { period, later } => {
            format!("文件中\"{period}\"排在\"{later}\"之后；图表按时间先后排列，请核对时期")
        }
        Kind::SamePeriod { other, id } => format!(
            "与 {other}（\"{id}\"）的实体、指标、key 和时期都相同，数值却不同：图表只会显示其中一个；请核对时期或加上 key"
        ),
        Kind::MixedCurrency { got, other, first } => format!(
            "货币是{got}，但该上市的价格用的是{other}（{first}）：涨幅或盈利会在没有汇率的情况下直接比较两种货币；请把该上市的所有价格都写成{other}"
        ),
        Kind::ListedTwice { first } => {
            format!("这家公司已有一条上市记录（{first}）：数字无法说明属于哪一次上市；请只保留一条")
        }
        Kind::ShareOver100 { got } => format!("占比最多为100%，实际是{}", number(*got)),
        Kind::DirectionControl { code, at } => format!(
            "第{at}个字符是看不见的文字方向控制符（U+{code:04X}），会让图表中它周围的文字倒过来显示：请删去"
        ),
        Kind::More { n } => format!("另有{n}处问题"),
        Kind::Other(s) => s.clone(),
    }
}
