//! A list of blocks, each a badge, a bold title and muted detail lines: the fact check
//! (a verdict badge, what the story states, what its own inputs give) and the company
//! view's facts (a numbered badge, the fact, who and when).

use super::frame::{Frame, ListItem, Para, TEXT_LINES};
use super::paint::{Align, Shape};
use super::theme::Tone;
use super::{Mark, Rect, Row, Tooltip};

pub struct CheckLine {
    pub id: String,
    pub tone: Tone,
    /// A short badge: ✓, ✗ or ≈, or a number.
    pub badge: String,
    pub title: String,
    /// The most lines the title wraps to (a name and a metric: few; a fact: more).
    pub title_lines: usize,
    pub detail: Vec<String>,
    pub tooltip: Tooltip,
    pub row: Row,
}

pub fn draw_checks(f: &mut Frame, lines: &[CheckLine]) {
    if f.text_list {
        // the page sets the list out as text: each item is a point with no place in the
        // drawing (its hit box is the item itself)
        for l in lines {
            f.list.push(ListItem {
                badge: l.badge.clone(),
                tone: tone_name(l.tone),
                title: l.title.clone(),
                detail: l.detail.clone(),
            });
            f.marks.push(mark(l, Rect { x: 0.0, y: 0.0, w: 0.0, h: 0.0 }));
        }
        return;
    }
    let text_x = f.pad + 30.0;
    let room = f.inner - 30.0;
    for l in lines {
        let top = f.y;
        f.shapes.push(Shape::Dot { at: (f.pad + 10.0, top + 11.0), r: 10.0, tone: l.tone });
        f.shapes.push(Shape::Text {
            x: f.pad + 10.0,
            y: top + 11.0,
            text: l.badge.clone(),
            px: 13.0,
            tone: l.tone.as_fill().map_or(Tone::Paper, Tone::On),
            bold: true,
            align: Align::Middle,
        });
        let title = Para { px: 13.0, width: room / 1.1, most: l.title_lines, tone: Tone::Ink, bold: true };
        let mut y = f.para(text_x, top, (11.0, 18.0), &l.title, &title);
        let detail = Para { px: 12.0, width: room, most: TEXT_LINES, tone: Tone::Muted, bold: false };
        for d in &l.detail {
            y = f.para(text_x, y, (9.0, 16.0), d, &detail);
        }
        y += 8.0;
        f.marks.push(mark(l, Rect { x: f.pad, y: top - 2.0, w: f.inner, h: y - top }));
        f.shapes.push(Shape::Line { from: (f.pad, y - 3.0), to: (f.pad + f.inner, y - 3.0), tone: Tone::Grid });
        f.y = y + 4.0;
    }
}

/// Appends what a screen reader reads for each line to `rows` (a summary's items).
pub fn push_arias(rows: &mut Vec<String>, lines: &[CheckLine]) {
    for l in lines {
        rows.push(l.row.aria.clone());
    }
}

/// The point of a line, hit in `rect`.
fn mark(l: &CheckLine, rect: Rect) -> Mark {
    Mark::of(&l.id, rect, &l.tooltip, true, &l.row)
}

/// The theme colour of a badge, by name (the element's `--ipo-<name>` property).
fn tone_name(t: Tone) -> &'static str {
    match t {
        Tone::Good => "good",
        Tone::Alert => "alert",
        Tone::Series(3) => "series-3",
        Tone::Other => "other",
        _ => "story",
    }
}
