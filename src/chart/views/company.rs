//! company: what the story says about the companies beyond the charts — the company
//! profile (founding, capital, funding, backlog, customers), milestones (listing,
//! products, plans, in date order), the R&D team and who holds the shares. Facts are
//! text, not numbers: each is a numbered block with who and when, and its sentence in
//! the tooltip.

use super::super::checks::{draw_checks, push_arias as push_line_arias, CheckLine};
use super::super::frame::{Frame, LABEL_LINES, TEXT_LINES};
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::super::Tooltip;
use super::bound::{pick, MAX_ROWS};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::i18n::Words;
use crate::error::{Error, Result};
use crate::model::{Dataset, Fact, Figure, Period};

pub const VIEW: ViewDef = ViewDef {
    id: "company",
    name: |w| w.view_company,
    metrics: &[
        MetricDef { id: "profile", label: |w, _| w.m_profile },
        MetricDef { id: "milestones", label: |w, _| w.m_milestones },
        MetricDef { id: "team", label: |w, _| w.m_team },
        MetricDef { id: "ownership", label: |w, _| w.m_ownership },
    ],
    available: |d| super::fills_any(&VIEW, d),
    fills,
    build,
};

/// Single figures the profile lists (the charts of other views do not draw them).
const PROFILE_FIGURES: [&str; 6] = [
    "registered_capital",
    "funding_rounds",
    "funding_total",
    "last_private_valuation",
    "order_backlog",
    "market_players",
];
/// Fact topics by list; a topic not named here goes to the profile.
const MILESTONE_TOPICS: [&str; 4] = ["listing", "product", "plan", "sales"];
const OWNERSHIP_TOPICS: [&str; 1] = ["investors"];
/// The R&D team's shares, drawn as bars, and the head counts beside them.
type Label = fn(&Words) -> &'static str;
const TEAM_SHARES: [(&str, Option<&str>, Label); 3] = [
    ("rnd_staff_share", Some("rnd_staff"), |w| w.team_staff_share),
    ("rnd_staff_masters_share", None, |w| w.team_masters_share),
    ("rnd_staff_10y_share", Some("rnd_staff_10y"), |w| w.team_10y_share),
];

/// Whether the dataset holds anything for list `m` (a story of a listing abroad may say
/// nothing of the R&D team).
fn fills(d: &Dataset, m: &str) -> bool {
    let facts = |list: &str| d.facts.iter().any(|x| list_of(&x.topic) == list);
    match m {
        "profile" => facts("profile") || d.figures.iter().any(|f| PROFILE_FIGURES.contains(&f.metric.as_str())),
        "milestones" => facts("milestones"),
        "team" => d.figures.iter().any(|f| TEAM_SHARES.iter().any(|(x, ..)| *x == f.metric)),
        _ => facts("ownership") || d.has("holding_share"),
    }
}

fn list_of(topic: &str) -> &'static str {
    if MILESTONE_TOPICS.contains(&topic) {
        "milestones"
    } else if OWNERSHIP_TOPICS.contains(&topic) {
        "ownership"
    } else {
        "profile"
    }
}

fn topic_word<'t>(cx: &Ctx, topic: &'t str) -> &'t str {
    match topic {
        "company" => cx.w.topic_company,
        "listing" => cx.w.topic_listing,
        "product" => cx.w.topic_product,
        "plan" => cx.w.topic_plan,
        "customers" => cx.w.topic_customers,
        "investors" => cx.w.topic_investors,
        "sales" => cx.w.topic_sales,
        "market" => cx.w.topic_market,
        other => other,
    }
}

/// A sort key for facts in date order: (year, month, day) of the period's start;
/// undated facts last, in the dataset's order (the sort is stable).
fn start(p: Option<&str>) -> (i32, u8, u8) {
    fn of(p: &Period) -> (i32, u8, u8) {
        match (p, p.start_month()) {
            (Period::Date(y, m, d), _) => (*y, *m, *d),
            (_, Some((y, m))) => (y, m, 1),
            (_, None) => (i32::MAX, 0, 0),
        }
    }
    match p.map(Period::parse) {
        Some(Ok(p)) => of(&p),
        _ => (i32::MAX, 0, 0),
    }
}

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let m = cx.metric();
    // (every fact is on one of the lists)
    if !super::fills_any(&VIEW, cx.d) {
        return Err(Error::chart("the dataset has no facts and no company figures"));
    }
    let label = cx.metric_name();
    let title = match m {
        "team" | "ownership" => match cx.d.figures.iter().find(|f| wanted_bar(m, f)).map(|f| cx.name(&f.entity)) {
            Some(who) => cx.w.named_title(&who, label),
            None => label.to_string(),
        },
        _ => cx.w.what_story_says.to_string() + label,
    };
    let mut f = cx.frame(width, &title, "", 0.0);
    // the profile and the milestones are lists and nothing else: the page sets them out
    f.text_list = cx.spec.text_list && matches!(m, "profile" | "milestones");
    let mut rows: Vec<String> = Vec::new();
    let kind = match m {
        "team" => {
            team(cx, &mut f, &mut rows);
            cx.w.bar_chart
        }
        "ownership" => {
            ownership(cx, &mut f, &mut rows);
            cx.w.bar_chart_list
        }
        _ => {
            f.lines(
                match m {
                    "milestones" => cx.w.date_order_undated_items_last,
                    _ => cx.w.as_story_states_them_one,
                },
                12.0,
                Tone::Muted,
            );
            f.gap(6.0);
            facts(cx, &mut f, m, &mut rows);
            cx.w.list_chart
        }
    };
    if rows.is_empty() {
        if f.text_list {
            f.after.push(cx.w.story_gives_nothing_this_kind.to_string());
        } else {
            f.lines(cx.w.story_gives_nothing_this_kind, 12.0, Tone::Ink);
        }
    }
    cx.finish(f, title, kind, rows, cx.metrics())
}

fn wanted_bar(m: &str, f: &Figure) -> bool {
    match m {
        "team" => TEAM_SHARES.iter().any(|(s, ..)| *s == f.metric),
        _ => f.metric == "holding_share",
    }
}

/// The profile or milestone list: figures first (profile only), then the facts; the
/// first [`MAX_ROWS`] of them (those of the story's own entities first) drawn, with how
/// many are left out of how many, and their spoken forms put on `rows`.
fn facts(cx: &Ctx, frame: &mut Frame, m: &str, rows: &mut Vec<String>) {
    let mut out = Vec::new();
    let figs: Vec<&Figure> = if m == "profile" {
        cx.figures_where(&|f| PROFILE_FIGURES.contains(&f.metric.as_str()))
    } else {
        Vec::new()
    };
    let mut list: Vec<&Fact> = Vec::new();
    for x in &cx.d.facts {
        if list_of(&x.topic) == m {
            list.push(x);
        }
    }
    if m == "milestones" {
        crate::sort::sort_by_key(&mut list, |x| start(x.period.as_deref()));
    }
    let total = figs.len() + list.len();
    // (plain loops: no chain, partition or filter_map compiled for these item types)
    let mut items: Vec<Result<&Figure, &Fact>> = Vec::with_capacity(total);
    for &f in &figs {
        items.push(Ok(f));
    }
    for &x in &list {
        items.push(Err(x));
    }
    // (kept in their order: the figures, then the facts)
    let (items, left) = pick(items, MAX_ROWS, &|x| cx.is_focus(x.map_or_else(|x| &x.entity, |f| &f.entity)));
    for &x in &items {
        out.push(match x {
            Ok(f) => {
                let what = cx.metric_label(&f.metric);
                let who = cx.name(&f.entity);
                let value = cx.show(f);
                let when = cx.period(f);
                CheckLine {
                    id: f.id.clone(),
                    tone: Tone::Story,
                    badge: String::new(),
                    title: cx.labelled(what, &value),
                    title_lines: LABEL_LINES,
                    detail: vec![super::dot(&who, &when)],
                    tooltip: cx.tooltip(&who, f, Vec::new()),
                    row: cx.row(&who, what, &value, &when),
                }
            }
            Err(x) => {
                let who = cx.name(&x.entity);
                let when = match x.period.as_deref().map(Period::parse) {
                    Some(Ok(p)) => cx.w.period(&p),
                    Some(Err(_)) => x.period.as_deref().unwrap_or_default().to_string(),
                    None => cx.w.no_date_given.to_string(),
                };
                let text = cx.text(&x.text).to_string();
                let topic = topic_word(cx, &x.topic);
                CheckLine {
                    id: x.id.clone(),
                    tone: Tone::Story,
                    badge: String::new(),
                    title_lines: TEXT_LINES,
                    detail: vec![super::dot(&super::dot(&who, topic), &when)],
                    row: cx.row(&who, topic, &text, &when),
                    tooltip: Tooltip {
                        title: who,
                        lines: vec![text.clone(), cx.labelled(cx.w.when_, &when)],
                        details: Vec::new(),
                        quote: x.quote.clone(),
                    },
                    title: text,
                }
            }
        });
    }
    for (i, l) in out.iter_mut().enumerate() {
        l.badge = (i as u64 + 1).to_string();
    }
    push_line_arias(rows, &out);
    draw_checks(frame, &out);
    cx.more(frame, left, total, rows);
}

/// The R&D team: the shares the story gives, as bars on 0–100%, with the head counts.
fn team(cx: &Ctx, f: &mut Frame, rows: &mut Vec<String>) {
    let mut shares: Vec<(&Figure, Option<&Figure>, &str)> = Vec::new();
    for (share, count, label) in &TEAM_SHARES {
        if let Some(s) = cx.d.figures.iter().find(|x| x.metric == *share) {
            shares.push((s, count.and_then(|c| cx.d.find(&s.entity, c)), label(cx.w)));
        }
    }
    let Some((first, ..)) = shares.first() else { return };
    let when = cx.period(first);
    let lead = cx.d.find(&first.entity, "rnd_staff").map(|n| cx.show(n));
    f.lines(
        &cx.w.team_lead(&when, lead.as_deref()),
        12.0,
        Tone::Muted,
    );
    f.gap(8.0);
    let mut bars = Vec::new();
    for (s, count, what) in &shares {
        let sub = count.map(|c| cx.show(c)).unwrap_or_default();
        let extra = count.map(|_| vec![cx.labelled(cx.w.head_count, &sub)]).unwrap_or_default();
        bars.push(cx.bar(what, &sub, s, s.value, cx.show(s), Tone::Story, Fill::Solid, extra));
    }
    cx.bar_chart(f, &bars, &Ctx::percent_axis, rows);
}

/// Who holds the shares: the holdings as bars, then what the story says about investors.
fn ownership(cx: &Ctx, f: &mut Frame, rows: &mut Vec<String>) {
    let holds: Vec<&Figure> = cx.figures_where(&|x| x.metric == "holding_share");
    let total = holds.len();
    // the holders the story is about first, the others in the file's order
    let (holds, left) = pick(holds, MAX_ROWS, &|h| cx.is_focus(h.key.as_deref().unwrap_or(&h.entity)));
    if !holds.is_empty() {
        let when = cx.period(holds[0]);
        f.lines(
            &cx.w.ownership_lead(&when),
            12.0,
            Tone::Muted,
        );
        f.gap(8.0);
        let mut bars = Vec::new();
        for h in &holds {
            let who = h.key.as_deref().map_or_else(|| cx.name(&h.entity), |k| cx.name(k));
            bars.push(cx.bar(&who, "", h, h.value, cx.show(h), Tone::Story, Fill::Solid, Vec::new()));
        }
        cx.bar_chart(f, &bars, &Ctx::percent_axis, rows);
    }
    cx.more(f, left, total, rows);
    facts(cx, f, "ownership", rows);
}
