//! Every text of a dataset with its JSON path, in the order serde_json's `to_value`
//! writes them (an object's keys sorted), for the rules that look at every string
//! (length, control and direction characters). Written out by hand: the dataset's
//! `Serialize` code and a value to write it into are kept out of the reader's wasm. Each
//! item is taken apart field by field, so a field added to an item is a compile error
//! here until its texts are walked; the codes of enums and currencies (fixed ASCII
//! words) are left out, as no rule can find anything in them. `json_tests.rs` checks
//! the walk against serde_json's writing.

use super::validate::{indexed, Origin};
use super::{Dataset, Entity, Fact, Figure, Input, Listing, SeriesSpec, Source, Story, Text};

/// Called with a text's path, the text, and whether it is prose (under a `quote`,
/// `note` or `text` key, where tabs and line breaks are allowed).
pub(crate) type Visit<'a> = dyn FnMut(&str, &str, bool) + 'a;

struct Walk<'v, 'a> {
    path: String,
    visit: &'v mut Visit<'a>,
}

impl Walk<'_, '_> {
    /// `f` with `key` added to the path.
    fn at(&mut self, key: &str, f: impl FnOnce(&mut Self)) {
        let n = self.path.len();
        self.path.push_str(key);
        f(self);
        self.path.truncate(n);
    }
    fn text(&mut self, key: &str, s: &str, prose: bool) {
        self.at(key, |w| (w.visit)(&w.path, s, prose));
    }
    fn opt(&mut self, key: &str, s: &Option<String>, prose: bool) {
        if let Some(s) = s {
            self.text(key, s, prose);
        }
    }
    fn texts(&mut self, key: &str, t: &Text, prose: bool) {
        let Text { zh, zh_hant, en } = t;
        self.at(key, |w| {
            w.opt(".en", en, prose);
            w.opt(".zh", zh, prose);
            w.opt(".zh-Hant", zh_hant, prose);
        });
    }
    fn opt_texts(&mut self, key: &str, t: &Option<Text>, prose: bool) {
        if let Some(t) = t {
            self.texts(key, t, prose);
        }
    }
    /// Each item of a list, at its place in the file.
    fn list<T>(&mut self, items: &[T], part: &super::validate::Part, mut f: impl FnMut(&mut Self, &T)) {
        for (i, item) in items.iter().enumerate() {
            let outer = std::mem::replace(&mut self.path, part.path(i));
            f(self, item);
            self.path = outer;
        }
    }
}

/// Walks every text of `d` (its items at their places in the file, as `o` says).
pub(crate) fn texts(d: &Dataset, o: &Origin, visit: &mut Visit<'_>) {
    let Dataset { format, story, sources, entities, listings, figures, facts, inputs, series, lines: _ } = d;
    let mut w = Walk { path: String::new(), visit };
    w.list(entities, &o.entities, entity);
    w.list(facts, &o.facts, fact);
    w.list(figures, &o.figures, figure);
    w.text("format", format, false);
    w.list(inputs, &o.inputs, input);
    w.list(listings, &o.listings, listing);
    w.list(series, &o.series, series_spec);
    w.list(sources, &o.sources, source);
    w.at("story", |w| self::story(w, story));
}

fn entity(w: &mut Walk, e: &Entity) {
    let Entity { id, kind: _, name } = e;
    w.text(".id", id, false);
    w.texts(".name", name, false);
}

fn fact(w: &mut Walk, f: &Fact) {
    let Fact { id, entity, topic, period, text, source, quote } = f;
    w.text(".entity", entity, false);
    w.text(".id", id, false);
    w.opt(".period", period, false);
    w.text(".quote", quote, true);
    w.text(".source", source, false);
    w.texts(".text", text, true);
    w.text(".topic", topic, false);
}

fn figure(w: &mut Walk, f: &Figure) {
    let Figure {
        id,
        entity,
        metric,
        key,
        period,
        period_kind: _,
        value: _,
        value_high: _,
        unit: _,
        currency: _,
        basis: _,
        qualifier: _,
        as_written,
        source,
        quote,
        note,
    } = f;
    w.opt(".as_written", as_written, false);
    w.text(".entity", entity, false);
    w.text(".id", id, false);
    w.opt(".key", key, false);
    w.text(".metric", metric, false);
    w.opt_texts(".note", note, true);
    w.text(".period", period, false);
    w.text(".quote", quote, true);
    w.text(".source", source, false);
}

fn input(w: &mut Walk, i: &Input) {
    let Input { id, kind: _, from: _, to: _, rate: _, as_of, source } = i;
    w.text(".as_of", as_of, false);
    w.text(".id", id, false);
    w.texts(".source", source, false);
}

fn listing(w: &mut Walk, l: &Listing) {
    let Listing { company, exchange, currency: _, date, date_as_written, source, quote, note } = l;
    w.text(".company", company, false);
    w.text(".date", date, false);
    w.opt(".date_as_written", date_as_written, false);
    w.texts(".exchange", exchange, false);
    w.opt(".note", note, true);
    w.text(".quote", quote, true);
    w.text(".source", source, false);
}

fn series_spec(w: &mut Walk, s: &SeriesSpec) {
    let SeriesSpec { id, entity, currency: _, source, note, points } = s;
    w.text(".entity", entity, false);
    w.text(".id", id, false);
    w.opt(".note", note, true);
    for (i, (date, _)) in points.iter().enumerate() {
        w.text(&indexed(".points", i, "[0]"), date, false);
    }
    w.text(".source", source, false);
}

fn source(w: &mut Walk, s: &Source) {
    let Source { id, title, publisher, language, url, note, cites, text } = s;
    w.opt_texts(".cites", cites, false);
    w.text(".id", id, false);
    w.text(".language", language, false);
    w.opt(".note", note, true);
    w.texts(".publisher", publisher, false);
    w.opt(".text", text, true);
    w.texts(".title", title, false);
    w.opt(".url", url, false);
}

fn story(w: &mut Walk, s: &Story) {
    let Story { id, title, focus } = s;
    for (i, f) in focus.iter().enumerate() {
        w.text(&indexed(".focus", i, ""), f, false);
    }
    w.text(".id", id, false);
    w.texts(".title", title, false);
}
