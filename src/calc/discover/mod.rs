//! Derived figures found by search, for the studio: a dataset built from an article's
//! text has no hand-made list of which figure is computed from which, so for every stated
//! percentage, multiple, sum, share or growth rate this module tries the relations that
//! could produce it (gain = price ÷ offer − 1, part ÷ whole, a sum over periods, a CAGR
//! between two dated sizes, a market cap scaled by a price, price × shares, …) from
//! other figures of compatible unit and currency, nearby first (the same sentence, the
//! same entity, the same period). Each relation is recomputed with interval arithmetic
//! over the printed precision of its inputs ([`Interval::of`]), like the fact check
//! ([`check_all`](super::check_all)), and proposed with its verdict for the editor to
//! accept or reject. Nothing here reads metric names for meaning: a metric name is only
//! compared with another (the same series, the same quantity printed twice).
//!
//! The search is bounded: inputs are only figures of the stated figure's own entity (or
//! its sentence), a relation whose recomputation says nothing (too wide) is dropped, a
//! contradiction is proposed only where all its inputs stand in the stated figure's own
//! sentence and come close, and each stated figure keeps its best relation.

mod search;
mod text;

use super::{Interval, Verdict};
use crate::model::{Dataset, Figure, Period, Qualifier, Unit};

/// What kind of relation produces the stated figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// later price ÷ earlier price − 1, in percent.
    Gain,
    /// later value ÷ earlier value − 1 of one series, in percent.
    Growth,
    /// Compound annual growth between two dated values of one series.
    Cagr,
    /// part ÷ whole, in percent.
    Share,
    /// whole × share: a part stated beside its whole and its share.
    Part,
    /// a ÷ b, a multiple.
    Ratio,
    /// The sum of a series over the periods that make up the stated period.
    Sum,
    /// The sum of the keyed parts of a whole (segments, holders).
    Total,
    /// Another amount scaled by a ratio of prices (the same share count at another price).
    Scaled,
    /// An amount ÷ a price per share.
    Shares,
    /// A price per share × a number of shares.
    Amount,
    /// (a price − another price) × a number of shares.
    LotProfit,
    /// An amount that cannot exceed the whole a part and its share imply.
    Bound,
    /// The same quantity printed twice.
    Repeat,
}

/// One proposed relation: the stated figure, what it is recomputed from and the verdict.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Relation {
    /// The id of the stated figure.
    pub figure: String,
    pub kind: RelationKind,
    /// The ids of the figures it is recomputed from, in the formula's order.
    pub inputs: Vec<String>,
    /// What the stated figure can mean, given its printing and qualifier.
    #[serde(serialize_with = "pair")]
    pub stated: Interval,
    /// What the inputs give, across their rounding.
    #[serde(serialize_with = "pair")]
    pub recomputed: Interval,
    pub verdict: Verdict,
    /// How near the inputs stand to the stated figure: 3 for each in its sentence, 2 for
    /// the same entity and date, 1 for the same entity (the mean over the inputs).
    pub nearness: f64,
}

impl Relation {
    /// Whether the fact check ([`check_all`](super::check_all)) makes this very relation
    /// from the dataset: the same stated figure from the same inputs (in any order). The
    /// format records no relations; the fact check knows its derived figures by their
    /// metrics (a gain, a CAGR, a cumulative loss…), so a relation it does not make is
    /// re-checked by nobody once the studio is closed.
    pub fn rechecked(&self, checks: &[super::Check]) -> bool {
        let mut mine: Vec<&String> = self.inputs.iter().collect();
        mine.sort();
        checks.iter().any(|c| {
            let mut theirs: Vec<&String> = c.inputs.iter().collect();
            theirs.sort();
            c.figure == self.figure && theirs == mine
        })
    }
}

fn pair<S: serde::Serializer>(i: &Interval, s: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&[i.lo, i.hi], s)
}

/// Proposes, for every stated figure it can explain, the relation that produces it from
/// other figures of the dataset, best-placed first.
///
/// ```
/// use ipo_lens::calc::{discover, RelationKind, Verdict};
/// use ipo_lens::model::{parse, DEFAULT_JSON};
/// let found = discover(&parse(DEFAULT_JSON).unwrap());
/// // "较发行价19.6港元/股涨幅超112.55%" — but 42.88 ÷ 19.6 − 1 is 118.8 %
/// let gain = found.iter().find(|r| r.figure == "biren.gain_first_day_high.2026-01-02").unwrap();
/// assert_eq!((gain.kind, gain.verdict), (RelationKind::Gain, Verdict::Inconsistent));
/// ```
pub fn discover(d: &Dataset) -> Vec<Relation> {
    let items = Items::new(d);
    let mut cands = Vec::new();
    search::all(&items, &mut cands);
    let mut kept: Vec<(Cand, f64)> = Vec::new();
    for c in cands {
        let Some(near) = items.admit(&c) else { continue };
        // one arithmetic relation per stated figure (the best), and its repeats apart
        let rival = kept.iter_mut().find(|(k, _)| {
            k.stated == c.stated && (k.kind == RelationKind::Repeat) == (c.kind == RelationKind::Repeat)
        });
        match rival {
            Some(r) if better(&items, &c, near, &r.0, r.1) => *r = (c, near),
            Some(_) => {}
            None => kept.push((c, near)),
        }
    }
    kept.sort_by(|(a, na), (b, nb)| nb.total_cmp(na).then(a.stated.cmp(&b.stated)));
    kept.into_iter()
        .map(|(c, near)| Relation {
            figure: items.at(c.stated).f.id.clone(),
            kind: c.kind,
            inputs: c.inputs.iter().map(|&i| items.at(i).f.id.clone()).collect(),
            stated: c.as_stated,
            recomputed: c.recomputed,
            verdict: c.verdict,
            nearness: near,
        })
        .collect()
}

/// Whether candidate `a` (nearness `na`) explains its figure better than `b`.
fn better(items: &Items, a: &Cand, na: f64, b: &Cand, nb: f64) -> bool {
    let rank = |v: Verdict| match v {
        Verdict::Consistent => 0,
        Verdict::ConsistentIfTruncated => 1,
        Verdict::Inconsistent => 2,
    };
    // then the closer fit to the printed value, then the narrower recomputation
    let fit = |c: &Cand| (c.recomputed.mid() - c.as_stated.mid()).abs() / c.as_stated.mid().abs().max(1e-9);
    let key = |c: &Cand, n: f64| (rank(c.verdict), -n, c.inputs.len(), fit(c), items.width_of(c.recomputed));
    let (ka, kb) = (key(a, na), key(b, nb));
    let _ = items;
    (ka.0, ka.1, ka.2).partial_cmp(&(kb.0, kb.1, kb.2)).is_some_and(|o| o.is_lt())
        || ((ka.0, ka.1, ka.2) == (kb.0, kb.1, kb.2) && (ka.3, ka.4) < (kb.3, kb.4))
}

/// A relation found by the search, before it is admitted.
#[derive(Debug, Clone)]
pub(super) struct Cand {
    kind: RelationKind,
    stated: usize,
    /// What the stated figure is compared as: its interval, or the printed maximum of
    /// an "up to" figure set against another "up to".
    as_stated: Interval,
    inputs: Vec<usize>,
    recomputed: Interval,
    verdict: Verdict,
}

/// A figure of the dataset with what the search needs of it.
pub(super) struct Item<'a> {
    f: &'a Figure,
    iv: Interval,
    /// The printed number of an "up to" figure as a maximum (its rounding interval);
    /// the same as `iv` for every other figure.
    top: Interval,
    period: Option<Period>,
    /// Figures of the same entity, metric, key and period share a group.
    group: usize,
    /// The figure that stands for its group as an input: the most precise printing,
    /// the first of equals; ranges and "up to" figures only where nothing else is printed.
    canon: bool,
}

pub(super) struct Items<'a> {
    all: Vec<Item<'a>>,
}

/// Relative width beyond which a recomputation says nothing.
const TOO_WIDE: f64 = 0.1;
/// How far (relative to the stated value) a contradiction may lie and still be proposed.
const NEAR_MISS: f64 = 0.1;

impl<'a> Items<'a> {
    fn new(d: &'a Dataset) -> Self {
        let mut all: Vec<Item<'a>> = d
            .figures
            .iter()
            .map(|f| Item {
                f,
                iv: Interval::of(f),
                top: top(f),
                period: Period::parse(&f.period).ok(),
                group: 0,
                canon: false,
            })
            .collect();
        let mut next = 0;
        for i in 0..all.len() {
            let same = (0..i).find(|&j| {
                let (a, b) = (all[j].f, all[i].f);
                (&a.entity, &a.metric, &a.key, &a.period) == (&b.entity, &b.metric, &b.key, &b.period)
            });
            all[i].group = match same {
                Some(j) => all[j].group,
                None => {
                    next += 1;
                    next - 1
                }
            };
        }
        let vague = |f: &Figure| matches!(f.qualifier, Qualifier::Range | Qualifier::UpTo);
        let step = |f: &Figure| f.written().map_or(0.0, |w| w.last_digit);
        for g in 0..next {
            let best = (0..all.len()).filter(|&i| all[i].group == g).min_by(|&a, &b| {
                let (fa, fb) = (all[a].f, all[b].f);
                (vague(fa), step(fa)).partial_cmp(&(vague(fb), step(fb))).unwrap_or(std::cmp::Ordering::Equal)
            });
            if let Some(b) = best {
                all[b].canon = true;
            }
        }
        Items { all }
    }

    fn at(&self, i: usize) -> &Item<'a> {
        &self.all[i]
    }

    fn len(&self) -> usize {
        self.all.len()
    }

    /// A width relative to the interval's own size (1 when it says nothing).
    fn width_of(&self, i: Interval) -> f64 {
        let size = i.lo.abs().max(i.hi.abs());
        if size > 0.0 {
            (i.hi - i.lo) / size
        } else {
            0.0
        }
    }

    /// How near input `j` stands to stated figure `i`: 3 when it (or another printing of
    /// it) is in the same sentence, 2 for the same entity and a dated period in common,
    /// 1 for the same entity, 0 otherwise.
    fn nearness(&self, i: usize, j: usize) -> u8 {
        let (s, x) = (&self.all[i], &self.all[j]);
        if self.periods_agree(i, j) && self.all.iter().any(|y| y.group == x.group && y.f.quote == s.f.quote) {
            3
        } else if s.f.entity == x.f.entity && self.same_date(i, j) {
            2
        } else {
            u8::from(s.f.entity == x.f.entity)
        }
    }

    /// Whether two figures can be about the same time: the same period, one within a
    /// span that is the other's, or one without a date. (A sentence listing four years'
    /// figures "respectively" puts different years side by side.)
    fn periods_agree(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.all[i], &self.all[j]);
        if a.f.period == b.f.period {
            return true;
        }
        let (Some(pa), Some(pb)) = (&a.period, &b.period) else { return true };
        let undated = |p: &Period| matches!(p, Period::Undated | Period::AsOfWriting);
        let ends = |span: &Period, p: &Period| matches!(span, Period::Span(x, y) if **x == *p || **y == *p);
        undated(pa) || undated(pb) || ends(pa, pb) || ends(pb, pa)
    }

    /// Whether two figures share a dated period (not "undated", not "at writing").
    fn same_date(&self, i: usize, j: usize) -> bool {
        let dated = |p: &Option<Period>| p.as_ref().is_some_and(|p| p.end_year().is_some());
        dated(&self.all[i].period) && self.all[i].f.period == self.all[j].f.period
    }

    /// Whether a candidate is worth proposing, and its nearness if so.
    fn admit(&self, c: &Cand) -> Option<f64> {
        let s = &self.all[c.stated];
        let near: Vec<u8> = c.inputs.iter().map(|&j| self.nearness(c.stated, j)).collect();
        let least = near.iter().copied().min().unwrap_or(0);
        let mean = near.iter().map(|&n| f64::from(n)).sum::<f64>() / near.len().max(1) as f64;
        let percent = s.f.unit == Unit::Percent;
        // the stated figure must say something itself ("up to" a number does not)
        if self.width_of(c.as_stated) > 0.5 {
            return None;
        }
        // a recomputation wider than a tenth of its size (or a point, for percentages) says nothing
        let w = c.recomputed.hi - c.recomputed.lo;
        let size = c.recomputed.mid().abs().max(c.as_stated.mid().abs());
        if w > TOO_WIDE * size + if percent { 1.0 } else { 0.0 } {
            return None;
        }
        use RelationKind::*;
        let needed = match c.kind {
            Share | Part | Ratio | Scaled | Shares | Amount | LotProfit => 2,
            Gain | Growth | Cagr | Sum | Total | Repeat | Bound => 1,
        };
        if least < needed {
            return None;
        }
        if c.verdict == Verdict::Inconsistent && !matches!(c.kind, Repeat | Bound) {
            let st = c.as_stated;
            let gap = (c.recomputed.lo - st.hi).max(st.lo - c.recomputed.hi);
            if gap > NEAR_MISS * st.mid().abs() {
                return None;
            }
            // a contradiction needs its inputs in the stated figure's own sentence, or
            // the whole series it sums or compounds
            if least < 3 && !matches!(c.kind, Sum | Total | Cagr) {
                return None;
            }
        }
        Some(mean)
    }
}

/// The verdict of a recomputation against a stated figure: consistent where the two
/// intervals meet; where they do not, consistent if the story cut digits off instead
/// of rounding (a positive exact figure whose next step up meets the recomputation).
fn judge(stated: &Item, as_stated: Interval, recomputed: Interval) -> Verdict {
    if as_stated.overlaps(recomputed) {
        return Verdict::Consistent;
    }
    let step = stated.f.written().map_or(0.0, |w| w.last_digit);
    let v = stated.f.value;
    if stated.f.qualifier == Qualifier::Exact
        && step > 0.0
        && v > 0.0
        && Interval::new(v, v + step).overlaps(recomputed)
    {
        Verdict::ConsistentIfTruncated
    } else {
        Verdict::Inconsistent
    }
}

/// The printed number of an "up to" figure as a maximum; any other figure's interval.
fn top(f: &Figure) -> Interval {
    match (f.qualifier, f.written()) {
        (Qualifier::UpTo, Some(w)) => Interval::rounded(f.value, w.last_digit),
        _ => Interval::of(f),
    }
}
