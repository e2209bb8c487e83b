//! A proposed relation in words, for the studio's list: the formula in general terms,
//! and one line with the figures as the article prints them. The formula words of each
//! relation kind are kept here, one `match` per language ([`describe`]), because they
//! are only the studio's (the reader's widget never shows them); the metric names,
//! money and verdict words come from the catalog (`i18n`).

use super::{Relation, RelationKind};
use crate::model::{Dataset, Figure};
use crate::Lang;

/// The formula of a relation kind in general terms.
fn describe(kind: RelationKind, lang: Lang) -> &'static str {
    use RelationKind::*;
    match lang {
        Lang::Zh => match kind {
            Gain => "涨幅 = 较晚价格 ÷ 较早价格 − 1",
            Growth => "增长率 = 本期 ÷ 上期 − 1",
            Cagr => "年复合增长率 = (期末 ÷ 期初)^(1/年数) − 1",
            Share => "占比 = 部分 ÷ 整体",
            Part => "部分 = 整体 × 占比",
            Ratio => "倍数 = 甲 ÷ 乙",
            Sum => "合计 = 各期之和",
            Total => "合计 = 各部分之和",
            Scaled => "金额 = 另一金额 × 价格 ÷ 另一价格（股数不变）",
            Shares => "股数 = 金额 ÷ 每股价格",
            Amount => "金额 = 每股价格 × 股数",
            LotProfit => "盈利 = (价格 − 另一价格) × 股数",
            Bound => "金额 ≤ 部分 ÷ 占比（整体）",
            Repeat => "同一数字两次印出",
        },
        Lang::ZhHant => match kind {
            Gain => "漲幅 = 較晚價格 ÷ 較早價格 − 1",
            Growth => "增長率 = 本期 ÷ 上期 − 1",
            Cagr => "年複合增長率 = (期末 ÷ 期初)^(1/年數) − 1",
            Share => "佔比 = 部分 ÷ 整體",
            Part => "部分 = 整體 × 佔比",
            Ratio => "倍數 = 甲 ÷ 乙",
            Sum => "合計 = 各期之和",
            Total => "合計 = 各部分之和",
            Scaled => "金額 = 另一金額 × 價格 ÷ 另一價格（股數不變）",
            Shares => "股數 = 金額 ÷ 每股價格",
            Amount => "金額 = 每股價格 × 股數",
            LotProfit => "盈利 = (價格 − 另一價格) × 股數",
            Bound => "金額 ≤ 部分 ÷ 佔比（整體）",
            Repeat => "同一數字兩次印出",
        },
        Lang::En => match kind {
            Gain => "gain = later price ÷ earlier price − 1",
            Growth => "growth = this period ÷ the period a year before − 1",
            Cagr => "CAGR = (end ÷ start)^(1/years) − 1",
            Share => "share = part ÷ whole",
            Part => "part = whole × share",
            Ratio => "multiple = a ÷ b",
            Sum => "total = the sum over the periods",
            Total => "total = the sum of the parts",
            Scaled => "amount = another amount × price ÷ another price (same share count)",
            Shares => "shares = amount ÷ price per share",
            Amount => "amount = price per share × shares",
            LotProfit => "profit = (price − another price) × shares",
            Bound => "amount ≤ part ÷ share (the whole)",
            Repeat => "the same number printed twice",
        },
    }
}

impl Relation {
    /// The relation in general terms ("share = part ÷ whole").
    pub fn formula(&self, lang: Lang) -> String {
        describe(self.kind, lang).to_string()
    }

    /// One line: the stated figure as printed, the formula with the article's numbers,
    /// what they give and the verdict ("gain at the first-day high over 112.55%: 42.88港元/股
    /// ÷ 19.6港元 − 1 = 118.19%–119.36% — …").
    pub fn text(&self, d: &Dataset, lang: Lang) -> String {
        let w = lang.words();
        let Some(stated) = d.figure(&self.figure) else { return self.formula(lang) };
        let shown = |id: &String| d.figure(id).map_or_else(|| id.clone(), |f| printed(f, lang));
        let v: Vec<String> = self.inputs.iter().map(shown).collect();
        let at = |i: usize| v.get(i).cloned().unwrap_or_default();
        use RelationKind::*;
        let expr = match self.kind {
            Gain => format!("{} ÷ {} − 1", at(0), at(1)),
            Growth => format!("{} ÷ {} − 1", at(1), at(0)),
            Cagr => format!("({} ÷ {})^(1/n) − 1", at(1), at(0)),
            Share | Ratio | Shares => format!("{} ÷ {}", at(0), at(1)),
            Part | Amount => format!("{} × {}", at(0), at(1)),
            Sum | Total => v.join(" + "),
            Scaled => format!("{} × {} ÷ {}", at(0), at(1), at(2)),
            LotProfit => format!("({} − {}) × {}", at(0), at(1), at(2)),
            Bound => format!("{} ÷ {}", at(0), at(1)),
            Repeat => at(0),
        };
        // digits enough to tell the two ends apart
        let width = self.recomputed.hi - self.recomputed.lo;
        let step = (width > 0.0).then(|| 10f64.powf(width.log10().floor() - 1.0));
        let fmt = |x: f64| crate::chart::value_to(x, stated.unit, stated.currency, lang, step);
        let got = if (self.recomputed.hi - self.recomputed.lo).abs() < 1e-12 {
            fmt(self.recomputed.lo)
        } else {
            (w.range)(&fmt(self.recomputed.lo), &fmt(self.recomputed.hi))
        };
        let label = w.metric.get(&stated.metric).unwrap_or(&stated.metric);
        let sign = if self.kind == Bound { "≤" } else { "=" };
        let head = (w.labelled)(&format!("{label} {}", printed(stated, lang)), &format!("{expr} {sign} {got}"));
        format!("{head}{}", (w.aside)((w.verdict)(self.verdict)))
    }
}

/// A figure as the article prints it, or formatted where it has no printing, and its qualifier ("超112.55%", "about US$4.87 billion").
fn printed(f: &Figure, lang: Lang) -> String {
    let n = f.as_written.clone().unwrap_or_else(|| crate::chart::value(f.value, f.unit, f.currency, lang));
    // a loss recorded negative but printed without a sign ("an operating loss of €6.4m")
    let n = if f.value < 0.0 && !n.contains(['-', '\u{2212}']) { format!("\u{2212}{n}") } else { n };
    let q = (lang.words().qualifier)(f.qualifier);
    if n.to_lowercase().contains(q.trim()) {
        n
    } else {
        format!("{q}{n}")
    }
}
