//! The studio's core on the Biren article: how many of the hand-made dataset's metrics the
//! guesses get right, and that a draft made from the article with the dataset's own
//! choices builds a dataset that passes the check and fills the same views.
//!
//! Metric guesses on the Biren article: see `metric_guesses_on_the_biren_article` (it
//! prints the count and every miss; run with `--nocapture`).

use ipo_lens::chart::available;
use ipo_lens::model::{self, Dataset, Figure};
use ipo_lens::studio::{
    build, candidates, entities, row_path, Candidate, Draft, DraftEntity, DraftListing, DraftRow, DraftSource,
    DraftStory, TextOr,
};

fn article() -> String {
    std::fs::read_to_string(format!("{}/data/article.zh.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn dataset() -> Dataset {
    model::parse(model::DEFAULT_JSON).unwrap()
}

/// The number of `cands` a figure of the dataset was taken from (same sentence, same
/// printed number).
fn source_of<'c>(fig: &Figure, cands: &'c [Candidate]) -> Option<&'c Candidate> {
    let aw = fig.as_written.as_deref()?;
    let here = |c: &&Candidate| c.sentence == fig.quote && c.role == "figure";
    cands
        .iter()
        .filter(here)
        .find(|c| c.as_written == aw)
        .or_else(|| cands.iter().filter(here).find(|c| c.as_written.contains(aw)))
}

#[test]
fn metric_guesses_on_the_biren_article() {
    let (text, data) = (article(), dataset());
    let cands = candidates(&text);
    let mut hits = 0;
    let mut misses = Vec::new();
    let figures: Vec<&Figure> = data.figures.iter().filter(|f| f.as_written.is_some()).collect();
    for fig in &figures {
        let c = source_of(fig, &cands).unwrap_or_else(|| panic!("{} not extracted", fig.id));
        if c.guess.metric == Some(fig.metric.as_str()) {
            hits += 1;
        } else {
            misses.push(format!("{} ({}): guessed {:?} from {:?}", fig.id, c.as_written, c.guess.metric, c.guess.why));
        }
    }
    println!("metric guessed right for {hits} of {} figures; misses: {misses:#?}", figures.len());
    assert_eq!(figures.len(), 85);
    assert!(hits * 100 >= figures.len() * 70, "only {hits} of {}: {misses:#?}", figures.len());
}

#[test]
fn entities_are_proposed_from_repeated_names() {
    let e = entities(&article());
    let names: Vec<&str> = e.iter().map(|e| e.name.as_str()).collect();
    for name in ["壁仞科技", "摩尔线程", "沐曦股份", "中国智能计算芯片市场", "BR106"] {
        assert!(names.contains(&name), "{name} not proposed: {names:?}");
    }
    assert!(e.iter().all(|e| e.id.is_ascii() && !e.id.is_empty()));
    let cands = candidates(&article());
    let biren = &e.iter().find(|e| e.name == "壁仞科技").unwrap().id;
    let revenue = cands.iter().find(|c| c.as_written == "3.379亿元").unwrap();
    assert_eq!(revenue.guess.entity.as_ref(), Some(biren));
    let chips = cands.iter().find(|c| c.as_written == "9344颗").unwrap();
    assert_eq!((chips.guess.entity.as_ref(), chips.guess.key.as_deref()), (Some(biren), Some("BR106")));
}

#[test]
fn english_sentences_are_guessed() {
    let text = "Arm Holdings began trading on the Nasdaq on 14 September 2023. The company priced its initial public offering at US$51 per American depositary share (ADS). The sale of 95.5 million ADSs raised about US$4.87 billion. At the offer price Arm was valued at about US$54.5 billion. The shares opened at US$56.10 on their first day of trading. They rose as high as US$69.00 during the session. The stock closed at US$63.59, up 24.7% on the offer price. In the three months to 30 June 2023, revenue was US$675 million and net income was US$105 million.";
    let c = candidates(text);
    let guessed: Vec<(&str, Option<&str>)> =
        c.iter().filter(|c| c.role == "figure").map(|c| (c.as_written.as_str(), c.guess.metric)).collect();
    let want = [
        ("US$51", "offer_price"),
        ("US$4.87 billion", "gross_proceeds"),
        ("US$54.5 billion", "ipo_valuation"),
        ("US$56.10", "opening_price"),
        ("US$69.00", "first_day_high"),
        ("US$63.59", "first_day_close"),
        ("24.7%", "gain_first_day_close"),
        ("US$675 million", "revenue"),
        ("US$105 million", "net_profit"),
    ];
    for (w, m) in want {
        assert!(guessed.contains(&(w, Some(m))), "{w} should be {m}: {guessed:?}");
    }
    let e = entities(text);
    assert_eq!(e.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect::<Vec<_>>()[0], ("arm", "Arm Holdings"));
    let text16: Vec<u16> = text.encode_utf16().collect();
    let n = c.iter().find(|c| c.as_written == "US$63.59").unwrap();
    assert_eq!(String::from_utf16_lossy(&text16[n.start..n.end]), "US$63.59");
}

/// A draft of the Biren article with every row set as the hand-made dataset sets it.
fn biren_draft() -> (Draft, Dataset) {
    let (text, data) = (article(), dataset());
    let cands = candidates(&text);
    let mut rows = Vec::new();
    for fig in &data.figures {
        let Some(c) = source_of(fig, &cands) else { continue };
        rows.push(DraftRow {
            candidate: c.id.clone(),
            used: true,
            entity: Some(fig.entity.clone()),
            metric: Some(fig.metric.clone()),
            key: fig.key.clone(),
            period: Some(fig.period.clone()),
            // the article prints 209亿 without 元: the editor sets the currency
            currency: c.currency.is_none().then(|| fig.currency.map(|c| c.code().to_string())).flatten(),
            ..DraftRow::default()
        });
    }
    // numbers the dataset does not use stay in the draft, not used
    let unused: Vec<DraftRow> = cands
        .iter()
        .filter(|c| !rows.iter().any(|r| r.candidate == c.id))
        .map(|c| DraftRow { candidate: c.id.clone(), used: false, ..DraftRow::default() })
        .collect();
    rows.extend(unused);
    let listings = data
        .listings
        .iter()
        .map(|l| DraftListing {
            company: l.company.clone(),
            exchange: TextOr::Text(l.exchange.clone()),
            currency: l.currency.code().to_string(),
            date: l.date.clone(),
            candidate: cands
                .iter()
                .find(|c| Some(&c.as_written) == l.date_as_written.as_ref() && c.sentence == l.quote)
                .map(|c| c.id.clone()),
        })
        .collect();
    let s = &data.sources[0];
    let draft = Draft {
        lang: "en".into(),
        story: DraftStory {
            id: data.story.id.clone(),
            title: TextOr::Text(data.story.title.clone()),
            focus: data.story.focus.clone(),
        },
        source: DraftSource {
            id: s.id.clone(),
            title: TextOr::Text(s.title.clone()),
            publisher: TextOr::Text(s.publisher.clone()),
            language: s.language.clone(),
            url: None,
        },
        text,
        entities: data
            .entities
            .iter()
            .map(|e| DraftEntity {
                id: e.id.clone(),
                kind: serde_json::to_value(e.kind).unwrap().as_str().unwrap().to_string(),
                name: TextOr::Text(e.name.clone()),
            })
            .collect(),
        listings,
        rows,
    };
    (draft, data)
}

#[test]
fn the_biren_draft_builds_the_same_views() {
    let (draft, data) = biren_draft();
    let built = build(&draft).unwrap();
    let errors: Vec<_> = built.problems.iter().filter(|p| p.severity == model::Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let ours = model::parse(&built.json).unwrap();
    assert_eq!(ours.figures.len(), 85, "one figure per number the dataset took from the text");
    assert_eq!(ours.listings.len(), 3);
    let views = |d: &Dataset| available(d).map(|v| v.id).collect::<Vec<_>>();
    assert_eq!(views(&ours), views(&data));
    // every figure keeps its number's sentence and print, and maps back to its row
    for (i, f) in ours.figures.iter().enumerate() {
        let id = &built.row_of[&format!("figures[{i}]")];
        assert!(draft.rows.iter().any(|r| &r.candidate == id && r.used));
        assert!(f.quote.contains(f.as_written.as_deref().unwrap()));
        let theirs = data.figures.iter().find(|g| {
            g.quote == f.quote
                && g.as_written == f.as_written
                && (&g.entity, &g.metric, &g.key, &g.period) == (&f.entity, &f.metric, &f.key, &f.period)
        });
        let theirs = theirs.unwrap_or_else(|| panic!("{} has no match in the dataset", f.id));
        assert_eq!((f.unit, f.currency, f.period_kind), (theirs.unit, theirs.currency, theirs.period_kind), "{}", f.id);
        assert_eq!(f.value, theirs.value, "{}", f.id);
    }
    assert!(ours.figure("biren.revenue.FY2024").is_some());
}

#[test]
fn a_row_without_its_metric_is_named_at_its_row() {
    let (mut draft, _) = biren_draft();
    let row = draft.rows.iter_mut().find(|r| r.used && r.metric.as_deref() == Some("revenue")).unwrap();
    row.metric = None;
    let candidate = row.candidate.clone();
    let built = build(&draft).unwrap();
    let p = built.problems.iter().find(|p| p.severity == model::Severity::Error).expect("a problem");
    let at = row_path(&p.path).unwrap_or_else(|| panic!("{p:?} names no figure"));
    assert_eq!(built.row_of[at], candidate, "{p:?}");
    assert!(!p.message.is_empty());
}

#[test]
fn an_unknown_number_is_an_error() {
    let (mut draft, _) = biren_draft();
    draft.rows[0].candidate = "n99999".into();
    assert!(build(&draft).unwrap_err().contains("n99999"));
}

#[test]
fn entity_guesses_on_the_biren_article() {
    let (text, data) = (article(), dataset());
    let (cands, proposed) = (candidates(&text), entities(&text));
    // the proposed entity whose name is the dataset entity's Chinese name
    let ours = |id: &str| {
        let zh = data.entity(id).and_then(|e| e.name.zh.clone()).unwrap_or_default();
        proposed.iter().find(|p| p.name == zh).map(|p| p.id.clone())
    };
    let figures: Vec<&Figure> = data.figures.iter().filter(|f| f.as_written.is_some()).collect();
    let right = figures
        .iter()
        .filter(|f| source_of(f, &cands).is_some_and(|c| c.guess.entity.is_some() && c.guess.entity == ours(&f.entity)))
        .count();
    for f in &figures {
        let c = source_of(f, &cands).unwrap();
        if c.guess.entity != ours(&f.entity) && ours(&f.entity).is_some() {
            println!("entity miss: {} guessed {:?}", f.id, c.guess.entity);
        }
    }
    println!("entity guessed right for {right} of {}", figures.len());
    assert!(right * 100 >= figures.len() * 90, "entity right for only {right}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    #[test]
    fn any_text_gives_candidates_at_their_offsets(s in "[0-9０-９.,，。%亿万元港美年月日超约至 $USHKabcA-Z科技股份市场中国发行价收盘净募资营收\n]{0,80}") {
        let units: Vec<u16> = s.encode_utf16().collect();
        for c in candidates(&s) {
            proptest::prop_assert_eq!(String::from_utf16_lossy(&units[c.start..c.end]), c.as_written.clone());
            if let Some(m) = c.guess.metric {
                proptest::prop_assert_eq!(model::metric(m).map(|m| m.unit), c.unit);
            }
        }
        let _ = entities(&s);
    }
}

#[test]
fn one_as_an_article_is_not_guessed() {
    let c = candidates("公开消息显示,成立以来进行了8轮融资,最后一轮估值是209亿元。");
    let guessed: Vec<(&str, Option<&str>)> = c.iter().map(|c| (c.as_written.as_str(), c.guess.metric)).collect();
    assert_eq!(guessed, [("8轮", Some("funding_rounds")), ("一轮", None), ("209亿元", Some("last_private_valuation"))]);
}
