//! valuation: the last private valuation against the market cap at the first-day close
//! and at the intraday peak. The valuation is in yuan and the caps in Hong Kong dollars:
//! they share an axis only when a rate is given (the dataset's or the reader's), and the
//! chart then says which rate it used; without one each currency gets its own panel.

use super::super::bars::{draw_bars, Bar, Bars};
use super::super::frame::Frame;
use super::super::paint::Fill;
use super::super::scale::ScaleKind;
use super::super::theme::Tone;
use super::super::Control;
use super::{Ctx, View};
use crate::error::{Error, Result};
use crate::model::Currency;
use crate::Lang;

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    cx.pick(&["caps"])?;
    let c =
        cx.d.listings
            .iter()
            .map(|l| l.company.as_str())
            .find(|c| cx.d.find(c, "market_cap_close").is_some())
            .ok_or_else(|| Error::chart("the dataset has no market cap (market_cap_close)"))?;
    let name = cx.name(c);
    let title = match cx.lang {
        Lang::Zh => format!("{name}:上市前最后一轮估值与上市后市值"),
        Lang::En => format!("{name}: last private valuation against its market value after listing"),
    };
    let mut f = Frame::new(width);
    f.title(&title);
    let items = [
        ("last_private_valuation", "最后一轮融资估值", "Last private valuation"),
        ("market_cap_close", "首日收盘总市值", "Market cap at first-day close"),
        ("market_cap_peak", "首日盘中最高总市值", "Market cap at first-day peak"),
    ];
    let mut bars: Vec<(Currency, Bar)> = Vec::new();
    for (i, (metric, zh, en)) in items.iter().enumerate() {
        let label = cx.t(zh, en).to_string();
        if let Some(x) = cx.d.find(c, metric) {
            let own = x.currency.unwrap_or(Currency::Cny);
            let a = cx.amount(x.value, own);
            let sub = format!("{} · {}", cx.period(x), own.code());
            let fill = if a.converted { Fill::Hatched } else { Fill::Solid };
            bars.push((
                a.currency,
                cx.bar(&label, &sub, x, a.value, cx.money(a), Tone::Series(i as u8), fill, Vec::new()),
            ));
        }
    }
    let mut currencies: Vec<Currency> = Vec::new();
    for (cur, _) in &bars {
        if !currencies.contains(cur) {
            currencies.push(*cur);
        }
    }
    // the rate that converted any figure from its own currency into the target
    let own: Vec<Currency> =
        items.iter().filter_map(|(metric, _, _)| cx.d.find(c, metric).and_then(|x| x.currency)).collect();
    let rate = cx.target().and_then(|t| own.iter().find(|c| **c != t).and_then(|c| cx.rate(*c, t)));
    if currencies.len() > 1 {
        let codes: Vec<&str> = currencies.iter().map(|c| c.code()).collect();
        let text = match cx.lang {
            Lang::Zh => format!("这些数字分别以{}计价;未提供汇率,故分栏各自计价。可选择币种并输入汇率,在同一坐标比较。", codes.join("、")),
            Lang::En => format!(
                "These figures are in {}: with no exchange rate given they are drawn on separate axes. Choose a currency and enter a rate to compare them on one.",
                codes.join(" and ")
            ),
        };
        f.lines(&text, 12.0, Tone::Muted);
    } else if let Some(r) = &rate {
        f.lines(&format!("{}{}", cx.t("换算汇率:", "Converted at "), r.label), 12.0, Tone::Ink);
        f.lines(cx.t("斜线条形为换算所得。", "Hatched bars are converted."), 12.0, Tone::Muted);
    }
    f.gap(8.0);
    let not_given = cx.not_given();
    for cur in &currencies {
        if currencies.len() > 1 {
            f.lines(&format!("{} {}", cx.t("币种", "Currency"), cur.code()), 12.0, Tone::Ink);
        }
        let group: Vec<Bar> = bars.iter().filter(|(c, _)| c == cur).map(|(_, b)| b.clone()).collect();
        let axis = cx.money_axis(*cur);
        draw_bars(&mut f, &Bars { bars: group, scale: ScaleKind::Linear, axis: &axis, not_given });
    }
    f.lines(&cx.source_line(), 11.0, Tone::Muted);
    let summary = cx.summarise(cx.t("条形图", "Bar chart"), &title, bars.iter().map(|(_, b)| b.row.aria.clone()));
    let mut controls = vec![
        Control {
            kind: "currency".into(),
            id: "native".into(),
            label: cx.t("原币", "Own currency").into(),
            selected: cx.target().is_none(),
        },
        Control {
            kind: "currency".into(),
            id: "CNY".into(),
            label: "CNY".into(),
            selected: cx.target() == Some(Currency::Cny),
        },
        Control {
            kind: "currency".into(),
            id: "HKD".into(),
            label: "HKD".into(),
            selected: cx.target() == Some(Currency::Hkd),
        },
    ];
    if cx.target().is_some() {
        controls.push(Control {
            kind: "fx".into(),
            id: "fx".into(),
            label: cx.t("1港元兑人民币", "1 HKD in CNY").into(),
            selected: false,
        });
    }
    Ok(View { title, summary, controls, scene: f.finish() })
}
