// The example stories of data/examples/ (issue 11) in Chromium: each given to the element
// as its `data` property (Arm) or through setData (the fictional Frankfurt listing), in
// zh and en; every view the story fills draws marks, and what Chromium renders (the chart
// and a hovered point's tooltip) writes money in the listing's currency in the reader's
// language (US$ / 美元, € / 欧元). No view it cannot fill is offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, ready, suite } from './support.mjs';

const t = suite();

const EXAMPLES = [
  {
    name: 'arm-2023', how: 'property', money: { en: 'US$', zh: '美元' },
    views: ['listing-day', 'demand', 'valuation', 'financials', 'company', 'fact-check', 'price-path'],
    // the views that draw money, each with a metric that does
    money_views: [['listing-day', 'first-day'], ['demand', ''], ['valuation', ''], ['financials', 'net-profit']],
  },
  {
    name: 'nordhafen-2026', how: 'setData', money: { en: '€', zh: '欧元' },
    views: ['listing-day', 'demand', 'valuation', 'financials', 'company', 'fact-check', 'price-path'],
    money_views: [['listing-day', 'first-day'], ['demand', ''], ['valuation', ''], ['financials', 'operating-profit']],
  },
];

/** A page with one widget in `lang`, given example `e` the way it says. */
async function widget(e, lang, width = 1000) {
  const json = JSON.parse(await readFile(`data/examples/${e.name}.json`, 'utf8'));
  const o = await open(t.browser, `${t.url}/blank.html`, { width });
  await o.page.evaluate(([d, l, how]) => {
    const el = document.createElement('ipo-lens');
    el.setAttribute('lang', l);
    // the view of the drawing on screen, as the widget announces it
    el.addEventListener('ipo-lens-ready', (ev) => { window.drawnView = ev.detail.view; });
    if (how === 'property') el.data = d;
    document.body.append(el);
    if (how === 'setData') el.setData(d);
  }, [json, lang, e.how]);
  await ready(o.page);
  return o;
}

const state = (page) => page.$eval('ipo-lens', (el) => {
  const root = el.shadowRoot;
  return {
    state: el.getAttribute('data-state'),
    alert: root.querySelector('[role=alert]').hidden ? '' : root.querySelector('[role=alert]').textContent,
    views: [...root.querySelectorAll('select[data-menu="view"] option')].map((o) => o.value),
    shown: window.drawnView,
    marks: root.querySelectorAll('.mark').length,
    chart: root.querySelector('.chart svg')?.textContent ?? '',
    svg: el.svg,
  };
});

/** Shows `view` with `metric` and waits until it is drawn: an attribute change is drawn
 *  in the frame it is made in (the same view again draws nothing new), so two frames on
 *  the widget is ready with it. */
async function show(page, view, metric) {
  await page.evaluate(([v, m]) => new Promise((ok) => {
    const el = document.querySelector('ipo-lens');
    el.setAttribute('view', v);
    if (m) el.setAttribute('metric', m); else el.removeAttribute('metric');
    requestAnimationFrame(() => requestAnimationFrame(ok));
  }), [view, metric]);
  await ready(page);
}

for (const e of EXAMPLES) {
  for (const lang of ['zh', 'en']) {
    test(`${e.name} (${lang}, ${e.how}): every view it fills draws marks, and only those are offered`, async () => {
      const { page, errors, context } = await widget(e, lang);
      try {
        const first = await state(page);
        assert.equal(first.state, 'ready', first.alert);
        assert.doesNotMatch(first.svg, /Biren|壁仞/, 'its own story, never the built-in one');
        assert.deepEqual(first.views, e.views, 'the views offered');
        for (const view of e.views) {
          await show(page, view, '');
          const s = await state(page);
          assert.equal(s.state, 'ready', `${view}: ${s.alert}`);
          assert.equal(s.shown, view, 'the view asked for is the one drawn');
          assert.ok(s.marks > 0, `${view}: draws marks`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test(`${e.name} (${lang}): money reads ${e.money[lang]} in the chart and in a hovered point's tooltip`, async () => {
      const { page, context } = await widget(e, lang);
      try {
        for (const [view, metric] of e.money_views) {
          await show(page, view, metric);
          const s = await state(page);
          assert.ok(s.chart.includes(e.money[lang]), `${view}/${metric}: the chart writes ${e.money[lang]}: ${s.chart.slice(0, 200)}`);
          const mark = page.locator('ipo-lens .mark').first();
          await mark.hover();
          const tip = await page.$eval('ipo-lens', (el) => {
            const t = el.shadowRoot.querySelector('.tip');
            return { hidden: t.hidden, text: t.textContent };
          });
          assert.equal(tip.hidden, false, `${view}: a tooltip opens`);
          assert.ok(tip.text.includes(e.money[lang]), `${view}/${metric}: tooltip "${tip.text}" writes ${e.money[lang]}`);
          await page.mouse.move(0, 0);
        }
      } finally {
        await context.close();
      }
    });
  }
}

test('the fictional example says it is fictional on screen, in both languages', async () => {
  for (const [lang, word] of [['en', 'fictional'], ['zh', '虚构']]) {
    const { page, context } = await widget(EXAMPLES[1], lang);
    try {
      await show(page, 'financials', 'net-profit');
      const s = await state(page);
      assert.ok(s.chart.includes(word), `${lang}: the chart names the company as ${word}`);
      // the loss quarter is below zero and said to be a loss
      const loss = await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.chart svg').textContent);
      assert.match(loss, lang === 'en' ? /Below zero: a loss\./ : /低于零即为亏损/);
    } finally {
      await context.close();
    }
  }
});
