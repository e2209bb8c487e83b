//! What a drawing hands to the element, as one JSON text: the browser reads it with one
//! `JSON.parse` instead of the wasm building the object a property at a time (calls into
//! JavaScript, and a string copied, for every key and value). It is
//! what `serde_json::to_string` writes (`tests/handoff.rs` checks it for every view and
//! language), written here so that the reader's wasm carries no serializer. Each struct
//! is taken apart whole: a new field does not compile until it is handed over.

use super::{Control, Mark, Rect, Rendered, Row, Tooltip};
use crate::chart::frame::ListItem;
use crate::i18n::Ui;

/// `r` as JSON, as `serde_json::to_string` writes it, but for the SVG and the CSV, which
/// are left empty (`""`): the boundary sets them on the object read from it, each handed
/// over as a string of its own, without escaping the SVG's many quotes first and reading
/// them back.
pub fn rendered_json(r: &Rendered) -> String {
    let Rendered {
        view,
        svg: _,
        width,
        height,
        title,
        summary,
        marks,
        controls,
        table_head,
        csv: _,
        views,
        lang,
        ui,
        font,
        foreign,
        quote_lang,
        list,
        after,
        notice,
    } = r;
    let mut j = Json(String::with_capacity(4096));
    j.open('{');
    j.field("view").text(view);
    j.field("svg").text("");
    j.field("width").number(*width);
    j.field("height").number(*height);
    j.field("title").text(title);
    j.field("summary").text(summary);
    j.field("marks").array(marks, mark);
    j.field("controls").array(controls, control);
    j.field("table_head").texts(table_head);
    j.field("csv").text("");
    j.field("views").array(views, |j, (a, b)| j.pair(a, b));
    j.field("lang").text(lang);
    j.field("ui");
    ui_fields(&mut j, ui);
    j.field("font").text(font);
    j.field("foreign").array(foreign, |j, (a, b)| j.pair(a, b));
    j.field("quote_lang").text(quote_lang);
    j.field("list").array(list, list_item);
    j.field("after").texts(after);
    match notice {
        Some(n) => j.field("notice").text(n),
        None => j.field("notice").raw("null"),
    };
    j.close('}');
    j.0
}

/// The element's words as JSON (`uiWords`), as `serde_json::to_string` writes them.
pub fn ui_json(ui: &Ui) -> String {
    let mut j = Json(String::new());
    ui_fields(&mut j, ui);
    j.0
}

fn ui_fields(j: &mut Json, ui: &Ui) {
    let Ui {
        views,
        table,
        hide_table,
        svg,
        png,
        csv,
        lot,
        fx,
        loading,
        internal_error,
        details,
        close,
        choose_view,
        sentences,
        metrics,
        scale,
        currency,
    } = *ui;
    j.open('{');
    // the keys in one string, each value in the same place of the list after it
    const KEYS: &str = "views table hide_table svg png csv lot fx loading internal_error details close choose_view \
        sentences metrics scale currency";
    let values = [
        views,
        table,
        hide_table,
        svg,
        png,
        csv,
        lot,
        fx,
        loading,
        internal_error,
        details,
        close,
        choose_view,
        sentences,
        metrics,
        scale,
        currency,
    ];
    for (k, &v) in KEYS.split(' ').zip(&values) {
        j.field(k).text(v);
    }
    j.close('}');
}

fn mark(j: &mut Json, m: &Mark) {
    let Mark { id, rect, label, tooltip, present, row } = m;
    let Rect { x, y, w, h } = *rect;
    let Tooltip { title, lines, details, quote } = tooltip;
    let Row { item, series, value, period, aria } = row;
    j.open('{');
    j.field("id").text(id);
    j.field("rect").open('{');
    j.field("x").number(x);
    j.field("y").number(y);
    j.field("w").number(w);
    j.field("h").number(h);
    j.close('}');
    j.field("label").text(label);
    j.field("tooltip").open('{');
    j.field("title").text(title);
    j.field("lines").texts(lines);
    j.field("details").texts(details);
    j.field("quote").text(quote);
    j.close('}');
    j.field("present").raw(if *present { "true" } else { "false" });
    j.field("row").open('{');
    j.field("item").text(item);
    j.field("series").text(series);
    j.field("value").text(value);
    j.field("period").text(period);
    j.field("aria").text(aria);
    j.close('}');
    j.close('}');
}

fn control(j: &mut Json, c: &Control) {
    let Control { kind, id, label, selected } = c;
    j.open('{');
    j.field("kind").text(kind);
    j.field("id").text(id);
    j.field("label").text(label);
    j.field("selected").raw(if *selected { "true" } else { "false" });
    j.close('}');
}

fn list_item(j: &mut Json, i: &ListItem) {
    let ListItem { badge, tone, title, detail } = i;
    j.open('{');
    j.field("badge").text(badge);
    j.field("tone").text(tone);
    j.field("title").text(title);
    j.field("detail").texts(detail);
    j.close('}');
}

/// A JSON text being written: a comma goes before a value or key unless it follows an
/// opening bracket or a key.
struct Json(String);

impl Json {
    fn comma(&mut self) {
        if !matches!(self.0.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.0.push(',');
        }
    }

    fn open(&mut self, bracket: char) -> &mut Self {
        self.comma();
        self.0.push(bracket);
        self
    }

    fn close(&mut self, bracket: char) {
        self.0.push(bracket);
    }

    fn field(&mut self, key: &str) -> &mut Self {
        self.text(key);
        self.0.push(':');
        self
    }

    fn raw(&mut self, s: &str) -> &mut Self {
        self.comma();
        self.0.push_str(s);
        self
    }

    /// A string, escaped as serde_json escapes it: `"`, `\` and the control characters.
    fn text(&mut self, s: &str) -> &mut Self {
        self.comma();
        self.0.push('"');
        let mut from = 0;
        for (i, b) in s.bytes().enumerate() {
            let esc = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                8 => "\\b",
                12 => "\\f",
                0..=31 => "",
                _ => continue,
            };
            self.0.push_str(&s[from..i]);
            if esc.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.0.push_str("\\u00");
                self.0.push(HEX[usize::from(b >> 4)].into());
                self.0.push(HEX[usize::from(b & 15)].into());
            } else {
                self.0.push_str(esc);
            }
            from = i + 1;
        }
        self.0.push_str(&s[from..]);
        self.0.push('"');
        self
    }

    /// A number as serde_json writes an `f64`: its shortest digits, `.0` on a whole number,
    /// `null` for one that is not finite.
    fn number(&mut self, v: f64) {
        if !v.is_finite() {
            self.raw("null");
            return;
        }
        let s = crate::float::shortest(v);
        self.raw(&s);
        if !s.contains(['.', 'e']) {
            self.0.push_str(".0");
        }
    }

    fn texts(&mut self, items: &[String]) {
        self.array(items, |j, s| {
            j.text(s);
        });
    }

    fn pair(&mut self, a: &str, b: &str) {
        self.open('[');
        self.text(a);
        self.text(b);
        self.close(']');
    }

    fn array<T>(&mut self, items: &[T], one: fn(&mut Json, &T)) {
        self.open('[');
        for x in items {
            one(self, x);
        }
        self.close(']');
    }
}
