//! [`Ctx`]: what every view needs — the dataset, the checked options, the reader's words
//! (`cx.w`), money conversion only through `calc::convert` and an explicit rate, and the
//! words around a figure (its period, its value as the story qualifies it, its tooltip).

use super::super::format::{cat, money, money_short, money_short_to, money_to, number, percent, plain, value_to};
use super::super::{Row, Spec, Tooltip};
use crate::calc::{convert, Check, Verdict};
use crate::hash::{HashMap, HashSet};
use crate::i18n::Words;
use crate::model::{read_written, Basis, Currency, Dataset, Figure, Input, InputKind, Period, Qualifier, Text};
use crate::Lang;
use std::cell::{OnceCell, RefCell};

/// A money amount ready to draw: converted when the reader asked for a currency and a
/// rate for the pair is known, else in its own currency.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub value: f64,
    pub currency: Currency,
    pub converted: bool,
}

/// An exchange rate in use (the dataset's, or the reader's typed in) and how the chart
/// names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate<'a> {
    /// The dataset's input as it is (not a copy), or the reader's.
    pub input: std::borrow::Cow<'a, Input>,
    pub label: String,
}

pub struct Ctx<'a> {
    pub d: &'a Dataset,
    pub lang: Lang,
    /// The reader's words.
    pub w: &'static Words,
    pub spec: &'a Spec,
    /// The fact check of `d` ([`crate::calc::check_all`]), computed once per dataset.
    pub checks: &'a [Check],
    /// Dataset texts drawn in another language than the reader's (a Simplified name for
    /// a Traditional reader where the dataset has no `zh-Hant`), with that language's tag,
    /// so that the element can mark them (`lang="zh-Hans"`) for screen readers.
    pub foreign: RefCell<Vec<(String, &'static str)>>,
    /// The figures whose value this view printed (in the drawing or a tooltip), so that
    /// the checkers can say which views show a figure drawn as text rather than a point.
    pub shown: RefCell<Vec<String>>,
    /// Dataset texts drawn that could move the text around them (right-to-left, or with a
    /// direction control): the SVG sets each apart ([`crate::chart::bidi`]).
    pub own: RefCell<Vec<String>>,
    /// Lookups built when a view first asks for one (a view over 20,000 figures must not
    /// read them all for each one): the figures by id and by entity and metric, the
    /// verdicts by figure, the figures already in `shown` and the texts in `foreign`.
    pub index: Index<'a>,
}

/// `s`, the amount `a` written, marked approximate (≈) where it was converted.
fn approx(a: Amount, s: String) -> String {
    if a.converted {
        cat("≈", &s)
    } else {
        s
    }
}

/// See [`Ctx::index`].
#[derive(Default)]
pub struct Index<'a> {
    lookups: OnceCell<Lookups<'a>>,
    shown: RefCell<HashSet<&'a str>>,
    foreign: RefCell<HashSet<&'a str>>,
}

/// The lookups of [`Index`], all built at a view's first lookup (one pass over the figures
/// for three of them; built one by one as asked, each was a copy of `OnceCell`'s
/// initialisation and of the map's code for its value type). Each maps a key to the
/// place of its first item in its list.
struct Lookups<'a> {
    /// Figures by id.
    by_id: HashMap<&'a str, usize>,
    /// Figures by entity and metric.
    first: HashMap<(&'a str, &'a str), usize>,
    /// Offer price figures (not ranges) by entity.
    offers: HashMap<&'a str, usize>,
    /// Entities by id.
    entities: HashMap<&'a str, usize>,
    /// Checks by figure.
    verdicts: HashMap<&'a str, usize>,
}

impl<'a> Lookups<'a> {
    fn new(d: &'a Dataset, checks: &'a [Check]) -> Self {
        let (mut by_id, mut first, mut offers) = (HashMap::new(), HashMap::new(), HashMap::new());
        for (i, f) in d.figures.iter().enumerate() {
            by_id.entry(f.id.as_str()).or_insert(i);
            first.entry((f.entity.as_str(), f.metric.as_str())).or_insert(i);
            if f.metric == "offer_price" && f.qualifier != Qualifier::Range {
                offers.entry(f.entity.as_str()).or_insert(i);
            }
        }
        let mut entities = HashMap::new();
        for (i, e) in d.entities.iter().enumerate() {
            entities.entry(e.id.as_str()).or_insert(i);
        }
        let mut verdicts = HashMap::new();
        for (i, c) in checks.iter().enumerate() {
            verdicts.entry(c.figure.as_str()).or_insert(i);
        }
        Lookups { by_id, first, offers, entities, verdicts }
    }
}

impl<'a> Ctx<'a> {
    fn lookups(&self) -> &Lookups<'a> {
        self.index.lookups.get_or_init(|| Lookups::new(self.d, self.checks))
    }

    /// The figure with id `id` (as [`Dataset::figure`], looked up at once).
    pub fn figure(&self, id: &str) -> Option<&'a Figure> {
        self.lookups().by_id.get(&id).map(|&i| &self.d.figures[i])
    }

    /// The first figure of `entity` and `metric` (as [`Dataset::find`], looked up at once).
    pub fn find(&self, entity: &str, metric: &str) -> Option<&'a Figure> {
        self.lookups().first.get(&(entity, metric)).map(|&i| &self.d.figures[i])
    }

    /// The offer price of company `c`: the price set, not the range marketed before it.
    pub fn offer(&self, c: &str) -> Option<&'a Figure> {
        self.lookups().offers.get(&c).map(|&i| &self.d.figures[i])
    }

    /// The dataset's figures that `keep` keeps, in the file's order (one shared loop, not
    /// a filter-and-collect compiled again for each view).
    pub fn figures_where(&self, keep: &dyn Fn(&Figure) -> bool) -> Vec<&'a Figure> {
        let mut out = Vec::new();
        for f in &self.d.figures {
            if keep(f) {
                out.push(f);
            }
        }
        out
    }

    /// The dataset's listings that `keep` keeps, in the file's order (as
    /// [`Ctx::figures_where`]).
    pub fn listings_where(&self, keep: &dyn Fn(&crate::model::Listing) -> bool) -> Vec<&'a crate::model::Listing> {
        let mut out = Vec::new();
        for l in &self.d.listings {
            if keep(l) {
                out.push(l);
            }
        }
        out
    }

    /// Whether `entity` is one the story is about (`story.focus`; every one where the
    /// story names none): a bounded view draws these first.
    pub fn is_focus(&self, entity: &str) -> bool {
        let focus = &self.d.story.focus;
        focus.is_empty() || focus.iter().any(|f| f == entity)
    }

    /// The entity with id `id` (as [`Dataset::entity`], looked up at once).
    pub fn entity(&self, id: &str) -> Option<&'a crate::model::Entity> {
        self.lookups().entities.get(&id).map(|&i| &self.d.entities[i])
    }
}

impl<'a> Ctx<'a> {
    /// The metric the reader picked (the view's first by default).
    pub fn metric(&self) -> &'static str {
        self.spec.metric
    }

    /// A dataset text in the reader's language, or the nearest one given (noted in
    /// [`Ctx::foreign`]).
    pub fn text(&self, t: &'a Text) -> &'a str {
        let s = t.get(self.lang);
        self.own(s);
        if let Some(other) = t.lang_of(self.lang).filter(|l| *l != self.lang) {
            if self.index.foreign.borrow_mut().insert(s) {
                self.foreign.borrow_mut().push((s.to_string(), other.script_tag()));
            }
        }
        s
    }

    /// The colour of an entity's marks: the story's own (`story.focus`) in the highlight,
    /// everyone else neutral; with no focus named, everything in the highlight.
    pub fn tone_of(&self, entity: &str) -> super::super::theme::Tone {
        use super::super::theme::Tone;
        if self.is_focus(entity) {
            Tone::Story
        } else {
            Tone::Other
        }
    }

    pub fn name(&self, entity: &str) -> String {
        self.entity(entity).map_or_else(|| self.own(entity).to_string(), |e| self.text(&e.name).to_string())
    }

    /// A string of the dataset drawn as it is: noted when it could move the text around it.
    pub fn own<'t>(&self, s: &'t str) -> &'t str {
        if super::super::bidi::moves_neighbours(s) {
            let mut own = self.own.borrow_mut();
            if !own.iter().any(|x| x == s) {
                own.push(s.to_string());
            }
        }
        s
    }

    /// The label of a metric of the dataset vocabulary.
    pub fn metric_label<'m>(&self, metric: &'m str) -> &'m str {
        self.w.metric.get(metric).unwrap_or(metric)
    }

    /// When a figure applies, for people; a forecast says so ("2025 (forecast)").
    pub fn period(&self, f: &Figure) -> String {
        match (Period::parse(&f.period), f.basis) {
            (Ok(Period::FullYear(y)), Basis::Forecast) => self.w.forecast_year(y),
            (Ok(p), Basis::Forecast) => cat(&self.w.period(&p), self.w.forecast_aside),
            (Ok(p), _) => self.w.period(&p),
            (Err(_), _) => f.period.clone(),
        }
    }

    /// A short period label for an axis: "2024", "2025 H1", "2029F".
    pub fn period_short(&self, f: &Figure) -> String {
        let p = match Period::parse(&f.period) {
            Ok(Period::FullYear(y)) => format!("{y}"),
            Ok(Period::HalfYear(y, h)) => self.w.half_short(y, h),
            Ok(Period::Quarter(y, q)) => self.w.quarter_short(y, q),
            Ok(Period::NineMonths(y)) => self.w.nine_months_short(y),
            _ => self.period(f),
        };
        if f.basis == Basis::Forecast {
            cat(&p, self.w.forecast_aside)
        } else {
            p
        }
    }

    /// A plain number as the reader's language writes it (grouped only in English).
    pub fn num(&self, v: f64, decimals: usize) -> String {
        number(v, decimals, self.lang)
    }

    pub fn labelled(&self, label: &str, value: &str) -> String {
        self.w.labelled(label, value)
    }

    pub fn aside(&self, s: &str) -> String {
        self.w.aside(s)
    }

    /// The currency the reader asked for (`currency="CNY|HKD|USD"`), if any.
    pub fn target(&self) -> Option<Currency> {
        self.spec.currency
    }

    /// The rate between `a` and `b`: from the dataset's inputs first, else the reader's
    /// HKD→CNY entry. Never a built-in constant.
    pub fn rate(&self, a: Currency, b: Currency) -> Option<Rate<'a>> {
        let pair = |x: &Input| (x.from == a && x.to == b) || (x.from == b && x.to == a);
        if let Some(x) = self.d.inputs.iter().find(|x| pair(x)) {
            let label = self.w.fx_label(x.from.code(), &plain(x.rate, 4), x.to.code(), self.text(&x.source), &x.as_of);
            return Some(Rate { input: std::borrow::Cow::Borrowed(x), label });
        }
        // the reader's rate is for Hong Kong dollars in yuan only
        let (h, c) = (Currency::HKD, Currency::CNY);
        if !((a == h && b == c) || (a == c && b == h)) {
            return None;
        }
        let r = self.spec.fx.filter(|r| r.is_finite() && *r > 0.0)?;
        let reader = Input {
            id: "fx".into(),
            kind: InputKind::FxRate,
            from: Currency::HKD,
            to: Currency::CNY,
            rate: r,
            as_of: String::new(),
            source: Text::default(),
        };
        Some(Rate { input: std::borrow::Cow::Owned(reader), label: self.w.fx_reader(&plain(r, 4)) })
    }

    /// `v` in `c`, converted to the target currency where a rate allows.
    pub fn amount(&self, v: f64, c: Currency) -> Amount {
        let own = Amount { value: v, currency: c, converted: false };
        match self.target() {
            Some(t) if t != c => self
                .rate(c, t)
                .and_then(|r| convert(v, c, t, &r.input).ok())
                .map_or(own, |value| Amount { value, currency: t, converted: true }),
            _ => own,
        }
    }

    pub fn money(&self, a: Amount) -> String {
        approx(a, money(a.value, a.currency, self.lang))
    }

    /// A short money label for a column: "HK$5.4bn", "53.75亿港元".
    pub fn money_short(&self, a: Amount) -> String {
        approx(a, money_short(a.value, a.currency, self.lang))
    }

    /// Notes that this view prints the value of `f` (see [`Ctx::shown`]).
    pub fn printed(&self, f: &'a Figure) {
        if self.index.shown.borrow_mut().insert(&f.id) {
            self.shown.borrow_mut().push(f.id.clone());
        }
    }

    /// A figure's value, short (for a column's label), with every digit the source printed.
    pub fn show_short(&self, f: &'a Figure) -> String {
        self.printed(f);
        self.value_of(f, f.value, true)
    }

    /// `v`, a value of `f` (its value or its range's top), as [`Ctx::show`] writes it (short,
    /// as [`Ctx::show_short`]): every digit the source printed, in either language (the
    /// precision of its as-written form); a converted amount is approximate and says so (≈).
    fn value_of(&self, f: &Figure, v: f64, short: bool) -> String {
        let last = f.as_written.as_deref().and_then(read_written).map(|w| w.last_digit);
        match (f.unit.is_money(), f.currency) {
            (true, Some(c)) => match self.amount(v, c) {
                a if a.converted && short => self.money_short(a),
                a if a.converted => self.money(a),
                _ if short => money_short_to(v, c, self.lang, last),
                _ => money_to(v, c, self.lang, last),
            },
            _ => value_to(v, f.unit, f.currency, self.lang, last),
        }
    }

    /// A figure's value as the reader sees it, with unit, currency and the story's
    /// qualifier ("超63亿元", "nearly CN¥400 thousand").
    pub fn show(&self, f: &'a Figure) -> String {
        self.printed(f);
        let one = |v: f64| self.value_of(f, v, false);
        match (f.qualifier, f.value_high) {
            (Qualifier::Range, Some(hi)) => self.w.range(&one(f.value), &one(hi)),
            _ => cat((self.w.qualifier)(f.qualifier), &one(f.value)),
        }
    }

    /// The tooltip of a figure. Its lines: what, when and how much; whether it is a
    /// forecast; then `extra` (what the view says about the point, most important first)
    /// up to [`Tooltip::MAX_LINES`]. Its details: the rest of `extra`, the original of a
    /// converted amount, how the source printed it, how it was checked, the note; and the
    /// sentence it comes from.
    pub fn tooltip(&self, title: &str, f: &'a Figure, mut extra: Vec<String>) -> Tooltip {
        let metric = self.metric_label(&f.metric);
        let mut lines = vec![self.labelled(&cat(metric, &self.aside(&self.period(f))), &self.show(f))];
        if f.basis == Basis::Forecast {
            lines.push(self.w.forecast_not_actual_figure.to_string());
        }
        lines.append(&mut extra);
        let mut details = Vec::new();
        if let (true, Some(c), Some(t)) = (f.unit.is_money(), f.currency, self.target()) {
            if t != c {
                match self.rate(c, t) {
                    Some(r) => details
                        .push(self.labelled(self.w.as_printed, &money(f.value, c, self.lang)) + &self.aside(&r.label)),
                    None => details.push(self.no_rate(c, t)),
                }
            }
        }
        if let Some(w) = &f.as_written {
            details.push(self.labelled(self.w.printed_as, w));
        }
        if let Some(v) = self.verdict(&f.id) {
            details.push(self.labelled(self.w.check_label, (self.w.verdict)(v)));
        }
        if let Some(note) = &f.note {
            details.push(self.labelled(self.w.note_label, self.text(note)));
        }
        Tooltip { title: title.to_string(), lines, details, quote: f.quote.clone() }.fit()
    }

    pub fn no_rate(&self, from: Currency, to: Currency) -> String {
        self.w.no_rate(from.code(), to.code())
    }

    pub fn verdict(&self, figure: &str) -> Option<Verdict> {
        self.lookups().verdicts.get(&figure).map(|&i| self.checks[i].verdict)
    }

    /// The verdict on a figure in words, or nothing where it is not checked.
    pub fn verdict_word(&self, figure: &str) -> &'static str {
        self.verdict(figure).map_or("", |v| (self.w.verdict)(v))
    }

    pub fn row(&self, item: &str, series: &str, value: &str, period: &str) -> Row {
        let head = if series.is_empty() { item.to_string() } else { super::dot(item, series) };
        Row {
            item: item.to_string(),
            series: series.to_string(),
            value: value.to_string(),
            period: period.to_string(),
            aria: self.labelled(&head, value),
        }
    }

    pub fn source_line(&self) -> String {
        self.d
            .sources
            .first()
            .map(|s| {
                let cites = s.cites.as_ref().map(|c| self.aside(self.text(c))).unwrap_or_default();
                crate::join(&[self.w.source_prefix, self.text(&s.publisher), " · ", self.text(&s.title), &cites], "")
            })
            .unwrap_or_default()
    }

    pub fn percent_axis(v: f64) -> String {
        percent(v, 0, false)
    }

    /// Money on an axis, compact: "1000亿港元" / "HK$100bn".
    pub fn money_axis(&self, c: Currency) -> impl Fn(f64) -> String + '_ {
        let lang = self.lang;
        move |v| money_short(v, c, lang)
    }

    /// "H1 2025 is a half year only." for the half years among `figs`, or nothing.
    pub fn half_year_note(&self, figs: &[&Figure]) -> Option<String> {
        // each half year once, in order (the drawn periods: a few dozen at most)
        let mut halves = Vec::new();
        for f in figs {
            if f.period_kind != crate::model::PeriodKind::HalfYear {
                continue;
            }
            let p = self.period_short(f);
            if !halves.contains(&p) {
                halves.push(p);
            }
        }
        (!halves.is_empty()).then(|| self.w.half_year_note(&halves))
    }

    /// The summary sentence for screen readers: what the chart is and every value in it.
    pub fn summarise(&self, kind: &str, title: &str, rows: &[String]) -> String {
        self.w.summary(kind, title, rows)
    }
}
