//! The views: each maps the dataset to one of the chart kinds (bars, columns, checks).
//! [`Ctx`] holds what every view needs: the language, the options, money conversion
//! only through an explicit rate, and tooltips that carry unit, currency, period and the
//! source sentence.

mod chips;
mod company;
mod customers;
mod demand;
mod fact_check;
mod financials;
mod listing_day;
mod market;
mod price_path;
mod specs;
mod valuation;

use super::format::{money, percent, plain, value};
use super::i18n::{labelled, period_label, phrase, qualifier_word, verdict_word, Phrase};
use super::{Control, Row, Spec, Tooltip};
use crate::calc::{check_all, Check, Verdict};
use crate::error::{Error, Result};
use crate::model::{Basis, Currency, Dataset, Figure, Period};
use crate::Lang;

use super::frame::Scene;

/// Every view: id and its name in both languages (the tab bar's labels).
pub const VIEWS: [(&str, &str, &str); 11] = [
    ("listing-day", "上市首日", "Listing day"),
    ("demand", "认购与募资", "Demand"),
    ("valuation", "估值", "Valuation"),
    ("financials", "财务", "Financials"),
    ("chips", "芯片销量", "Chips"),
    ("market", "市场", "Market"),
    ("customers", "客户集中度", "Customers"),
    ("specs", "算力对比", "Specs"),
    ("company", "公司", "Company"),
    ("fact-check", "核对", "Fact check"),
    ("price-path", "股价走势", "Price path"),
];

/// Whether `d` holds what `view` draws (the tab bar offers only these).
pub fn available(d: &Dataset, view: &str) -> bool {
    let has = |m: &str| d.figures.iter().any(|f| f.metric == m);
    match view {
        "listing-day" => !d.listings.is_empty(),
        "demand" => has("public_offer_subscription") || has("net_proceeds"),
        "valuation" => has("market_cap_close"),
        "financials" => has("revenue") || has("net_loss"),
        "chips" => has("chip_units"),
        "market" => has("market_size"),
        "customers" => has("top5_customer_share"),
        "specs" => has("int8_tops"),
        "company" => company::available(d),
        "fact-check" => true,
        "price-path" => {
            !d.lines.is_empty()
                || d.figures.iter().any(|f| {
                    matches!(f.metric.as_str(), "offer_price" | "first_day_high" | "first_day_close" | "later_high")
                        && matches!(Period::parse(&f.period), Ok(Period::Date(..) | Period::Month(..)))
                })
        }
        _ => false,
    }
}

/// What a view produces besides its scene.
pub struct View {
    pub title: String,
    pub summary: String,
    pub controls: Vec<Control>,
    pub scene: Scene,
}

pub fn build(d: &Dataset, spec: &Spec, width: f64) -> Result<View> {
    let ctx = Ctx { d, lang: spec.lang, spec, checks: check_all(d) };
    match spec.view.as_str() {
        "listing-day" | "" => listing_day::build(&ctx, width),
        "demand" => demand::build(&ctx, width),
        "valuation" => valuation::build(&ctx, width),
        "financials" => financials::build(&ctx, width),
        "chips" => chips::build(&ctx, width),
        "market" => market::build(&ctx, width),
        "customers" => customers::build(&ctx, width),
        "specs" => specs::build(&ctx, width),
        "company" => company::build(&ctx, width),
        "fact-check" => fact_check::build(&ctx, width),
        "price-path" => price_path::build(&ctx, width),
        other => {
            let known: Vec<&str> = VIEWS.iter().map(|v| v.0).collect();
            Err(Error::chart(format!("unknown view \"{other}\" (known: {})", known.join(", "))))
        }
    }
}

/// A label inside an English sentence: "Net loss" → "net loss", but "R&D" stays.
pub fn lower_first(s: &str) -> String {
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            a.to_lowercase().chain(s[a.len_utf8()..].chars()).collect()
        }
        _ => s.to_string(),
    }
}

/// A money amount ready to draw: converted when the reader asked for a currency and a
/// rate for the pair is known, else in its own currency.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub value: f64,
    pub currency: Currency,
    pub converted: bool,
}

/// An exchange rate in use, and whether the story's data or the reader supplied it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    pub from: Currency,
    pub to: Currency,
    pub rate: f64,
    pub label: String,
}

pub struct Ctx<'a> {
    pub d: &'a Dataset,
    pub lang: Lang,
    pub spec: &'a Spec,
    pub checks: Vec<Check>,
}

impl Ctx<'_> {
    pub fn t<'s>(&self, zh: &'s str, en: &'s str) -> &'s str {
        match self.lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    pub fn name(&self, entity: &str) -> String {
        self.d.entity(entity).map_or_else(|| entity.to_string(), |e| e.name.get(self.lang).to_string())
    }

    pub fn period(&self, f: &Figure) -> String {
        Period::parse(&f.period).map(|p| period_label(&p, self.lang)).unwrap_or_else(|_| f.period.clone())
    }

    /// A short period label for an axis: "2024", "2025 H1", "2029F".
    pub fn period_short(&self, f: &Figure) -> String {
        let forecast = f.basis == Basis::Forecast;
        let p = match Period::parse(&f.period) {
            Ok(Period::FullYear(y)) => format!("{y}"),
            Ok(Period::HalfYear(y, h)) => match self.lang {
                Lang::Zh => format!("{y}{}", if h == 1 { "上半年" } else { "下半年" }),
                Lang::En => format!("H{h} {y}"),
            },
            _ => self.period(f),
        };
        if forecast {
            format!("{p}{}", self.t("(预测)", " (forecast)"))
        } else {
            p
        }
    }

    pub fn not_given(&self) -> &'static str {
        phrase(Phrase::NotGiven, self.lang)
    }

    /// The currency the reader asked for (`currency="CNY|HKD"`), if any.
    pub fn target(&self) -> Option<Currency> {
        match self.spec.currency.to_ascii_uppercase().as_str() {
            "CNY" => Some(Currency::Cny),
            "HKD" => Some(Currency::Hkd),
            "USD" => Some(Currency::Usd),
            _ => None,
        }
    }

    /// The rate between `a` and `b`: from the dataset's inputs first, else the reader's
    /// HKD→CNY entry. Never a built-in constant.
    pub fn rate(&self, a: Currency, b: Currency) -> Option<Rate> {
        for x in &self.d.inputs {
            if (x.from == a && x.to == b) || (x.from == b && x.to == a) {
                let label = match self.lang {
                    Lang::Zh => format!(
                        "1 {} = {} {}({},{})",
                        x.from.code(),
                        plain(x.rate, 4),
                        x.to.code(),
                        x.source.get(self.lang),
                        x.as_of
                    ),
                    Lang::En => format!(
                        "1 {} = {} {} ({}, {})",
                        x.from.code(),
                        plain(x.rate, 4),
                        x.to.code(),
                        x.source.get(self.lang),
                        x.as_of
                    ),
                };
                return Some(Rate { from: x.from, to: x.to, rate: x.rate, label });
            }
        }
        let r = self.spec.fx.filter(|r| r.is_finite() && *r > 0.0)?;
        let pair = [Currency::Hkd, Currency::Cny];
        if pair.contains(&a) && pair.contains(&b) && a != b {
            let label = match self.lang {
                Lang::Zh => format!("1 HKD = {} CNY(读者输入的汇率)", plain(r, 4)),
                Lang::En => format!("1 HKD = {} CNY (rate entered by the reader)", plain(r, 4)),
            };
            return Some(Rate { from: Currency::Hkd, to: Currency::Cny, rate: r, label });
        }
        None
    }

    /// `v` in `c`, converted to the target currency where a rate allows.
    pub fn amount(&self, v: f64, c: Currency) -> Amount {
        match self.target() {
            Some(t) if t != c => match self.rate(c, t) {
                Some(r) => {
                    let value = if r.from == c { v * r.rate } else { v / r.rate };
                    Amount { value, currency: t, converted: true }
                }
                None => Amount { value: v, currency: c, converted: false },
            },
            _ => Amount { value: v, currency: c, converted: false },
        }
    }

    pub fn money(&self, a: Amount) -> String {
        let s = money(a.value, a.currency, self.lang);
        if a.converted {
            format!("≈{s}")
        } else {
            s
        }
    }

    /// A short money label for a column: "HK$5.4bn", "53.75亿港元".
    pub fn money_short(&self, a: Amount) -> String {
        let s = super::format::money_short(a.value, a.currency, self.lang);
        if a.converted {
            format!("≈{s}")
        } else {
            s
        }
    }

    /// A figure's value as the reader sees it, with unit, currency and the story's
    /// qualifier ("超63亿元", "nearly CN¥400 thousand").
    pub fn show(&self, f: &Figure) -> String {
        let v = match (f.unit.is_money(), f.currency) {
            (true, Some(c)) => self.money(self.amount(f.value, c)),
            _ => value(f.value, f.unit, f.currency, self.lang),
        };
        format!("{}{v}", qualifier_word(f.qualifier, self.lang))
    }

    /// The tooltip of a figure: what, when, how much, whether forecast, how printed,
    /// how checked, and the sentence it comes from.
    pub fn tooltip(&self, title: &str, f: &Figure, extra: Vec<String>) -> Tooltip {
        let metric = crate::model::metric(&f.metric).map_or(f.metric.as_str(), |m| match self.lang {
            Lang::Zh => m.zh,
            Lang::En => m.en,
        });
        let mut lines = vec![labelled(&format!("{metric}{}", self.aside(&self.period(f))), &self.show(f), self.lang)];
        if f.unit.is_money() {
            if let (Some(c), Some(t)) = (f.currency, self.target()) {
                if t != c {
                    match self.rate(c, t) {
                        Some(r) => lines.push(
                            labelled(self.t("原文", "As printed"), &money(f.value, c, self.lang), self.lang)
                                + &self.aside(&r.label),
                        ),
                        None => lines.push(self.no_rate(c, t)),
                    }
                }
            }
        }
        if f.basis == Basis::Forecast {
            lines.push(self.t("预测值,非实际数据", "A forecast, not an actual figure").to_string());
        }
        if let Some(w) = &f.as_written {
            lines.push(labelled(self.t("原文写作", "Printed as"), w, self.lang));
        }
        if let Some(v) = self.verdict(&f.id) {
            lines.push(labelled(self.t("核对", "Check"), verdict_word(v, self.lang), self.lang));
        }
        lines.extend(extra);
        if let Some(note) = &f.note {
            // Notes are written by the dataset's editor, in the dataset's language.
            lines.push(labelled(self.t("数据说明", "Note"), note, self.lang));
        }
        Tooltip { title: title.to_string(), lines, quote: f.quote.clone() }
    }

    pub fn aside(&self, s: &str) -> String {
        super::i18n::aside(s, self.lang)
    }

    pub fn no_rate(&self, from: Currency, to: Currency) -> String {
        match self.lang {
            Lang::Zh => format!("未提供{}→{}汇率,按原币显示", from.code(), to.code()),
            Lang::En => format!("no {}→{} rate given: shown in its own currency", from.code(), to.code()),
        }
    }

    pub fn verdict(&self, figure: &str) -> Option<Verdict> {
        self.checks.iter().find(|c| c.figure == figure).map(|c| c.verdict)
    }

    pub fn row(&self, item: &str, series: &str, value: &str, period: &str) -> Row {
        let head = if series.is_empty() { item.to_string() } else { format!("{item} · {series}") };
        Row {
            item: item.to_string(),
            series: series.to_string(),
            value: value.to_string(),
            period: period.to_string(),
            aria: labelled(&head, value, self.lang),
        }
    }

    pub fn source_line(&self) -> String {
        self.d
            .sources
            .first()
            .map(|s| {
                format!(
                    "{}{} · {}",
                    phrase(Phrase::SourceLine, self.lang),
                    s.publisher.get(self.lang),
                    s.title.get(self.lang)
                )
            })
            .unwrap_or_default()
    }

    /// The metric switch of a view.
    pub fn metrics(&self, items: &[(&str, &str, &str)], current: &str) -> Vec<Control> {
        items
            .iter()
            .enumerate()
            .map(|(i, (id, zh, en))| Control {
                kind: "metric".into(),
                id: (*id).to_string(),
                label: self.t(zh, en).to_string(),
                selected: *id == current || (current.is_empty() && i == 0),
            })
            .collect()
    }

    /// The linear/log switch.
    pub fn scale_controls(&self, log: bool) -> Vec<Control> {
        vec![
            Control {
                kind: "scale".into(),
                id: "linear".into(),
                label: self.t("线性刻度", "Linear").into(),
                selected: !log,
            },
            Control {
                kind: "scale".into(),
                id: "log".into(),
                label: self.t("对数刻度", "Log scale").into(),
                selected: log,
            },
        ]
    }

    /// Which of `ids` the `metric` option picks (the first when empty); an unknown
    /// metric is an error naming the known ones.
    pub fn pick<'m>(&self, ids: &[&'m str]) -> Result<&'m str> {
        let m = self.spec.metric.as_str();
        if m.is_empty() {
            return ids.first().copied().ok_or_else(|| Error::chart("this view has no metrics"));
        }
        ids.iter().copied().find(|i| *i == m).ok_or_else(|| {
            Error::chart(format!("unknown metric \"{m}\" for {} (known: {})", self.spec.view, ids.join(", ")))
        })
    }

    pub fn percent_axis(v: f64) -> String {
        percent(v, 0, false)
    }

    /// Money on an axis, compact: "1000亿港元" / "HK$100bn".
    pub fn money_axis(&self, c: Currency) -> impl Fn(f64) -> String + '_ {
        move |v| super::format::money_short(v, c, self.lang)
    }
}

impl Ctx<'_> {
    /// A bar for figure `f` drawn at `value` (converted or derived) and labelled `text`.
    #[allow(clippy::too_many_arguments)]
    pub fn bar(
        &self,
        label: &str,
        sub: &str,
        f: &Figure,
        value: f64,
        text: String,
        tone: super::theme::Tone,
        fill: super::paint::Fill,
        extra: Vec<String>,
    ) -> super::bars::Bar {
        super::bars::Bar {
            id: f.id.clone(),
            label: label.to_string(),
            sub: sub.to_string(),
            value: Some(value),
            tooltip: self.tooltip(label, f, extra),
            row: self.row(label, sub, &text, &self.period(f)),
            text,
            tone,
            fill,
            stated: None,
        }
    }

    /// A column for figure `f` in series `series`: hatched for half years and forecasts.
    pub fn col(
        &self,
        series: &str,
        f: &Figure,
        value: f64,
        text: String,
        tone: super::theme::Tone,
    ) -> super::columns::Col {
        let partial = f.basis == Basis::Forecast || f.period_kind == crate::model::PeriodKind::HalfYear;
        let fill = if partial { super::paint::Fill::Hatched } else { super::paint::Fill::Solid };
        let title = if series.is_empty() { self.period(f) } else { format!("{series} · {}", self.period(f)) };
        super::columns::Col {
            id: f.id.clone(),
            value: Some(value),
            tooltip: self.tooltip(&title, f, Vec::new()),
            // the table gets the full value; the column's own label may be short
            row: self.row(&self.period(f), series, &self.show(f), &self.period(f)),
            text,
            tone,
            fill,
        }
    }

    /// A column in series `series` for the period of `like`, where the source gives no
    /// value: drawn as "not given", with `why` in its tooltip.
    pub fn missing_col(
        &self,
        series: &str,
        like: &Figure,
        id: String,
        tone: super::theme::Tone,
        why: &str,
    ) -> super::columns::Col {
        let title = format!("{series} · {}", self.period(like));
        super::columns::Col {
            id,
            value: None,
            text: self.not_given().into(),
            tone,
            fill: super::paint::Fill::Solid,
            tooltip: Tooltip { title: title.clone(), lines: vec![why.into()], quote: String::new() },
            row: Row {
                item: self.period(like),
                series: series.into(),
                value: self.not_given().into(),
                period: self.period(like),
                aria: labelled(&title, self.not_given(), self.lang),
            },
        }
    }

    /// The legend keys for solid (full year, stated) and hatched (half year / forecast).
    pub fn period_keys(&self, tone: super::theme::Tone, half: bool, forecast: bool) -> Vec<super::frame::Key> {
        use super::frame::Key;
        use super::paint::Fill;
        let mut keys = Vec::new();
        if half {
            keys.push(Key { tone, fill: Fill::Solid, label: self.t("全年", "full year").into() });
            keys.push(Key { tone, fill: Fill::Hatched, label: self.t("半年(斜线)", "half year (hatched)").into() });
        }
        if forecast {
            keys.push(Key { tone, fill: Fill::Solid, label: self.t("实际", "actual").into() });
            keys.push(Key { tone, fill: Fill::Hatched, label: self.t("预测(斜线)", "forecast (hatched)").into() });
        }
        keys
    }

    /// "H1 2025 is a half year only." for the half years among `figs`, or nothing.
    pub fn half_year_note(&self, figs: &[&Figure]) -> Option<String> {
        let mut halves: Vec<String> = Vec::new();
        for f in figs.iter().filter(|f| f.period_kind == crate::model::PeriodKind::HalfYear) {
            let p = self.period_short(f);
            if !halves.contains(&p) {
                halves.push(p);
            }
        }
        if halves.is_empty() {
            return None;
        }
        Some(match self.lang {
            Lang::Zh => format!("{}仅为半年数据。", halves.join("、")),
            Lang::En => {
                format!("{} {} a half year only.", halves.join(", "), if halves.len() > 1 { "are each" } else { "is" })
            }
        })
    }

    /// Plain columns (no second axis), the source line, and the view around them.
    pub fn column_view(
        &self,
        mut f: super::frame::Frame,
        title: String,
        groups: Vec<super::columns::Group>,
        axis: &dyn Fn(f64) -> String,
    ) -> View {
        super::columns::draw_columns(
            &mut f,
            &super::columns::Columns {
                groups: groups.clone(),
                scale: super::scale::ScaleKind::Linear,
                axis,
                line_axis: None,
                line_tone: super::theme::Tone::Ink,
            },
        );
        f.lines(&self.source_line(), 11.0, super::theme::Tone::Muted);
        let summary = self.summarise(
            self.t("柱状图", "Column chart"),
            &title,
            groups.iter().flat_map(|g| g.cols.iter()).map(|c| c.row.aria.clone()),
        );
        View { title, summary, controls: Vec::new(), scene: f.finish() }
    }

    /// The subtitle that says which scale is in use.
    pub fn scale_note(&self, log: bool, why: (&'static str, &'static str)) -> &'static str {
        if log {
            self.t(why.0, why.1)
        } else {
            self.t("线性刻度。", "Linear scale.")
        }
    }

    /// The summary sentence for screen readers: what the chart is and every value in it.
    pub fn summarise(&self, kind: &str, title: &str, rows: impl Iterator<Item = String>) -> String {
        let rows: Vec<String> = rows.collect();
        match self.lang {
            Lang::Zh => format!("{kind}:{title}。{}。", rows.join(";")),
            Lang::En => format!("{kind}: {title}. {}.", rows.join("; ")),
        }
    }
}
