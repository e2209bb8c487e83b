//! Rules across items that are each valid on their own but together would be drawn
//! untruthfully: a listing's prices in two currencies (a gain computed from USD and HKD
//! without a rate), a company listed twice (its figures cannot say which listing they
//! belong to), a share above 100 % (a negative "everyone else").

use crate::hash::HashMap;

use super::problem::Kind;
use super::validate::Origin;
use super::{Dataset, Problem, Unit};

/// Collects the broken rules of `d` across its items into `out`.
pub(crate) fn coherence(d: &Dataset, o: &Origin, out: &mut Vec<Problem>) {
    listed_twice(d, o, out);
    price_currencies(d, o, out);
    shares(d, o, out);
}

/// One listing per company: the figures name a company, not a listing.
fn listed_twice(d: &Dataset, o: &Origin, out: &mut Vec<Problem>) {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, l) in d.listings.iter().enumerate() {
        match first.get(&l.company.as_str()) {
            Some(&j) => {
                out.push(Problem::of(o.listings.at(i, ".company"), Kind::ListedTwice { first: o.listings.path(j) }))
            }
            None => {
                first.insert(l.company.as_str(), i);
            }
        }
    }
}

/// Every price of a company in its listing's currency (or, without a listing, in the
/// currency of its first price): the gains, the lot profit and the fact check divide and
/// subtract them as they are.
fn price_currencies(d: &Dataset, o: &Origin, out: &mut Vec<Problem>) {
    let mut first: HashMap<&str, (super::Currency, String)> = HashMap::new();
    for (i, l) in d.listings.iter().enumerate() {
        first.entry(l.company.as_str()).or_insert((l.currency, o.listings.at(i, ".currency")));
    }
    for (i, f) in d.figures.iter().enumerate() {
        let (Unit::PricePerShare, Some(c)) = (f.unit, f.currency) else { continue };
        // a figure of no known entity has its own error; its prices belong to nobody
        if d.entity(&f.entity).is_none() {
            continue;
        }
        let here = o.figures.at(i, ".currency");
        match first.get(&f.entity.as_str()) {
            Some((other, at)) if *other != c => out.push(Problem::of(
                here,
                Kind::MixedCurrency { got: c.code().to_string(), other: other.code().to_string(), first: at.clone() },
            )),
            Some(_) => {}
            None => {
                first.insert(f.entity.as_str(), (c, here));
            }
        }
    }
}

/// A share is a part of a whole: at most 100 %.
fn shares(d: &Dataset, o: &Origin, out: &mut Vec<Problem>) {
    for (i, f) in d.figures.iter().enumerate() {
        // market_share, holding_share, rnd_share_of_opex, cornerstone_share_of_offering, …
        if crate::has(&f.metric, "_share") && f.unit == Unit::Percent && f.value.is_finite() && f.value > 100.0 {
            out.push(Problem::of(o.figures.at(i, ".value"), Kind::ShareOver100 { got: f.value }));
        }
    }
}
