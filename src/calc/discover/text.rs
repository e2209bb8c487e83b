//! A proposed relation in words, for the studio's list: the formula in general terms,
//! and one line with the figures as the article prints them. The formula words of each
//! relation kind are kept here, one `match` per language ([`describe`]), because they
//! are only the studio's (the reader's widget never shows them); the metric names,
//! money and verdict words come from the catalog (`i18n`).

use super::{Interval, Relation, RelationKind};
use crate::model::{Dataset, Figure, Unit};
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
        let got = interval_text(self.recomputed, stated, lang);
        let label = w.metric.get(&stated.metric).unwrap_or(&stated.metric);
        let sign = if self.kind == Bound { "≤" } else { "=" };
        let head = w.labelled(&format!("{label} {}", printed(stated, lang)), &format!("{expr} {sign} {got}"));
        format!("{head}{}", w.aside((w.verdict)(self.verdict)))
    }
}

impl Relation {
    /// What the stated figure can mean and what its inputs give, each as the reader's
    /// language writes the stated figure's unit ("112.55%至112.56%", "118.1%至119.4%",
    /// "63亿元至64亿元"), with digits enough to tell the two ends of each apart. The ends
    /// are rounded outwards, so the words never claim a narrower interval than the numbers.
    /// `None` when the dataset has no figure of that id.
    pub fn ends(&self, d: &Dataset, lang: Lang) -> Option<(String, String)> {
        let f = d.figure(&self.figure)?;
        Some((interval_text(self.stated, f, lang), interval_text(self.recomputed, f, lang)))
    }
}

/// An interval in the unit and currency of `f`: one value where both ends are the same,
/// else "lo至hi" / "lo–hi". The last digit shown is a tenth of the interval's width (so
/// that its ends differ), or the figure's own printed digit for a single value.
fn interval_text(i: Interval, f: &Figure, lang: Lang) -> String {
    let width = i.hi - i.lo;
    let printed = f.written().map(|w| w.last_digit).filter(|s| *s > 0.0 && s.is_finite());
    let step = if width > 1e-12 * i.hi.abs().max(i.lo.abs()).max(1e-300) && width.is_finite() {
        10f64.powf(width.log10().floor() - 1.0)
    } else {
        printed.unwrap_or(0.01)
    };
    let one = |x: f64| end_text(x, step, f, lang);
    let (lo, hi) = (down(i.lo, step), up(i.hi, step));
    if (hi - lo).abs() <= step * 1e-6 {
        one(lo)
    } else {
        lang.words().range(&one(lo), &one(hi))
    }
}

/// `x` rounded down to a multiple of `step` (what is within a millionth of a step above
/// one counts as on it: 19.650000000000002 is 19.65).
fn down(x: f64, step: f64) -> f64 {
    let n = x / step;
    (n + 1e-6).floor() * step
}

/// `x` rounded up to a multiple of `step` (see [`down`]).
fn up(x: f64, step: f64) -> f64 {
    let n = x / step;
    (n - 1e-6).ceil() * step
}

/// One end, `step` its last digit.
fn end_text(x: f64, step: f64, f: &Figure, lang: Lang) -> String {
    let decimals = (-step.log10() - 1e-9).ceil().clamp(0.0, 6.0) as usize;
    match f.unit {
        Unit::Percent => crate::chart::percent(x, decimals, false),
        Unit::Times => format!("{}×", crate::chart::number(x, decimals, lang)),
        unit => crate::chart::value_to(x, unit, f.currency, lang, Some(step)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::discover;
    use crate::model::{parse, DEFAULT_JSON};

    fn ends(figure: &str, kind: RelationKind, lang: Lang) -> (String, String) {
        let d = parse(DEFAULT_JSON).unwrap();
        let r = discover(&d).into_iter().find(|r| r.figure == figure && r.kind == kind).unwrap();
        r.ends(&d, lang).unwrap()
    }

    #[test]
    fn ends_are_written_as_the_language_writes_the_unit() {
        // no float noise (2347.5350000000003, 19.650000000000002, 6300000000)
        assert_eq!(
            ends("biren.public_offer_subscription.2026-01-02.headline", RelationKind::Repeat, Lang::Zh),
            ("2346.5×至2347.5×".into(), "2347.525×至2347.535×".into())
        );
        assert_eq!(
            ends("biren.offer_price.2026-01-02", RelationKind::Repeat, Lang::En),
            ("HK$19.55–HK$19.65".into(), "HK$19.55–HK$19.65".into())
        );
        assert_eq!(
            ends("biren.cumulative_net_loss.FY2022..H1-2025", RelationKind::Sum, Lang::Zh),
            ("63亿元至64亿元".into(), "63.55亿元至63.59亿元".into())
        );
        // rounded outwards: 118.193…% to 119.360…% is not narrowed to 118.2%–119.4%
        assert_eq!(
            ends("biren.gain_first_day_high.2026-01-02", RelationKind::Gain, Lang::En),
            ("112.55%–112.56%".into(), "118.1%–119.4%".into())
        );
    }

    #[test]
    fn an_interval_of_one_value_is_one_number() {
        let d = parse(DEFAULT_JSON).unwrap();
        let f = d.figure("biren.offer_price.2026-01-02").unwrap();
        assert_eq!(interval_text(Interval::exact(19.6), f, Lang::Zh), "19.6港元");
        assert!((down(19.650000000000002, 0.01) - 19.65).abs() < 1e-9);
        assert!((up(19.650000000000002, 0.01) - 19.65).abs() < 1e-9);
    }
}
