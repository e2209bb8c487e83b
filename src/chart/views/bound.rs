//! Bounded drawings: a view draws at most so many bars, list items, panels or periods,
//! whatever the dataset holds (within the format's limits a file may hold 20,000
//! figures), and says how many it leaves out — "and 1,990 more" under the drawing, a
//! point whose tooltip says how many of how many are drawn, a row of the data table and
//! of the CSV, and the summary's last item. Nothing is left out silently, and which items
//! are drawn is decided by the dataset alone: the story's own (`story.focus`) first,
//! then the others in the file's order (or, for periods, the latest).

use super::super::frame::Frame;
use super::super::paint::Shape;
use super::super::theme::Tone;
use super::super::{Mark, Rect, Row, Tooltip};
use super::Ctx;

/// The most bars, list items or fact checks a view draws.
pub const MAX_ROWS: usize = 40;
/// The most panels (one a listing) a view draws.
pub const MAX_PANELS: usize = 12;
/// The most periods (groups of columns) a column chart draws.
pub const MAX_PERIODS: usize = 24;
/// The most series (columns in one period) a column chart draws.
pub const MAX_SERIES: usize = 8;
/// The most notes under a chart (a contradiction the story's own figures show).
pub const MAX_NOTES: usize = 5;

/// At most `n` of `items`: those `first` picks (in their order), then the others in
/// their order, up to `n`; returned in the order given, with how many were left out.
/// (`first` is a `&dyn`: one copy of this for each type of item, not for each caller.)
///
/// ```ignore
/// let (kept, left) = pick((0..10).collect(), 4, &|x| *x >= 8);
/// assert_eq!((kept, left), (vec![0, 1, 8, 9], 6));
/// ```
pub fn pick<T: Copy>(items: Vec<T>, n: usize, first: &dyn Fn(&T) -> bool) -> (Vec<T>, usize) {
    if items.len() <= n {
        return (items, 0);
    }
    let mut keep = Vec::with_capacity(items.len());
    for x in &items {
        keep.push(first(x));
    }
    let keep = kept(keep, n);
    let left = items.len() - n;
    let mut out = Vec::with_capacity(n);
    for (x, &k) in items.iter().zip(&keep) {
        if k {
            out.push(*x);
        }
    }
    (out, left)
}

/// Which of the items to keep, given which `first` picks: those, up to `n`, then the
/// others in order up to `n` in all.
fn kept(first: Vec<bool>, n: usize) -> Vec<bool> {
    let mut keep = vec![false; first.len()];
    let mut room = n;
    for (k, &f) in keep.iter_mut().zip(&first) {
        if room > 0 && f {
            *k = true;
            room -= 1;
        }
    }
    for k in keep.iter_mut() {
        if room > 0 && !*k {
            *k = true;
            room -= 1;
        }
    }
    keep
}

/// The last `n` of `items` (the latest, for items in time order), with how many came
/// before them.
pub fn latest<T>(items: &[T], n: usize) -> (&[T], usize) {
    let left = items.len().saturating_sub(n);
    (&items[left..], left)
}

impl Ctx<'_> {
    /// Says that `left` of `total` items are not drawn: "and K more" at the frame's
    /// cursor (after a text list, with the lines that follow it), a point with its
    /// tooltip and its row in the data table and the CSV; its spoken form goes on the
    /// summary's `rows`. Nothing where none is left out.
    pub fn more(&self, f: &mut Frame, left: usize, total: usize, rows: &mut Vec<String>) {
        if left == 0 {
            return;
        }
        let text = self.w.and_more(&self.num(left as f64, 0));
        let drawn = self.w.drawn_of(&self.num((total - left) as f64, 0), &self.num(total as f64, 0));
        let top = f.y;
        let rect = if f.text_list {
            f.after.push(text.clone());
            Rect { x: 0.0, y: 0.0, w: 0.0, h: 0.0 }
        } else {
            f.shapes.push(Shape::text(f.pad, f.y + 9.0, &text, 13.0, Tone::Ink));
            f.y += 22.0;
            Rect { x: f.pad, y: top, w: f.inner, h: 22.0 }
        };
        let aria = self.labelled(&text, &drawn);
        // one id a line: "more", then "more-2", …
        let mut n = 0;
        for m in &f.marks {
            n += usize::from(m.id == "more" || m.id.starts_with("more-"));
        }
        f.marks.push(Mark {
            id: if n == 0 { "more".into() } else { format!("more-{}", n + 1) },
            rect,
            label: aria.clone(),
            tooltip: Tooltip::plain(&text, vec![drawn]),
            present: false,
            row: Row {
                item: text,
                series: String::new(),
                value: String::new(),
                period: String::new(),
                aria: aria.clone(),
            },
        });
        rows.push(aria);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_first_then_the_rest_in_order() {
        assert_eq!(pick((0..10).collect(), 4, &|x| *x >= 8), (vec![0, 1, 8, 9], 6));
        assert_eq!(pick((0..10).collect(), 3, &|x| x % 2 == 1), (vec![1, 3, 5], 7));
        assert_eq!(pick((0..3).collect(), 4, &|_| false), (vec![0, 1, 2], 0));
        assert_eq!(latest(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3), (&[7, 8, 9][..], 7));
        assert_eq!(latest(&[0, 1], 3), (&[0, 1][..], 0));
    }
}
