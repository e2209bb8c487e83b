// Publishable at a graphics desk: what Chromium renders, measured (never the code's own
// estimates). Tooltips never leave the widget or the viewport; a tap docks the point
// inside the widget (and an iframe embed grows with it); the phone table keeps figures and
// dates on one line and lists each source sentence once; touch targets are 44 px; the
// view menu on a phone is a native select; no chrome text is cut with "…".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWidget, ready, suite } from './support.mjs';

const VIEWS = ['listing-day', 'demand', 'valuation', 'financials', 'chips', 'market', 'customers', 'specs', 'company', 'fact-check', 'price-path'];
const LANGS = ['zh', 'en'];
const t = suite();

/** A fresh context (touch or not) with one widget; `attrs` are its attributes. */
async function widget(attrs, { width, height = 800, touch = false } = {}) {
  const context = await t.browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${t.url}/blank.html`);
  await addWidget(page, attrs);
  return { page, context, errors };
}

/** What the core says about the view (titles, lines, quotes): the data to expect. */
const expected = (page, view, lang) => page.evaluate(async ([v, l]) => {
  const cli = await import('/pkg/ipo_lens_cli.js');
  await cli.default();
  const r = cli.renderDefault({ view: v, lang: l, width: 640 });
  return { marks: r.marks.map((m) => ({ ...m.tooltip, row: m.row })), quoteLang: r.quote_lang, title: r.title };
}, [view, lang]);

const inside = (a, b, slack = 0.5) => a.left >= b.left - slack && a.top >= b.top - slack && a.right <= b.right + slack && a.bottom <= b.bottom + slack;
const rect = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

for (const view of VIEWS) {
  for (const lang of LANGS) {
    test(`${view} (${lang}): hovering every point keeps the tooltip inside the widget and the viewport, at 360 and 1280 px`, async () => {
      for (const width of [360, 1280]) {
        const { page, context, errors } = await widget({ view, lang }, { width });
        const n = await page.locator('ipo-lens .mark').count();
        assert.ok(n > 0);
        for (let i = 0; i < n; i++) {
          await page.locator('ipo-lens .mark').nth(i).hover();
          const s = await page.$eval('ipo-lens', (el, [i]) => {
            const r = (b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
            const tip = el.shadowRoot.querySelector('.tip');
            return {
              hidden: tip.hidden, index: tip.dataset.index, tip: r(tip.getBoundingClientRect()), host: r(el.getBoundingClientRect()),
              view: { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight },
              lines: tip.querySelectorAll('li').length, text: tip.textContent,
            };
          }, [i]);
          const where = `${width}px, point ${i}: ${JSON.stringify(s)}`;
          assert.equal(s.hidden, false, where);
          assert.equal(s.index, String(i), where);
          assert.ok(s.lines <= 3, where);
          assert.ok(inside(s.tip, s.host), `tooltip outside the widget at ${where}`);
          assert.ok(inside(s.tip, s.view), `tooltip outside the viewport at ${where}`);
        }
        // the hover tooltip is short: title and lines, never the quote
        const want = await expected(page, view, lang);
        await page.locator('ipo-lens .mark').first().hover();
        const text = await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.tip').textContent);
        assert.equal(text, want.marks[0].title + want.marks[0].lines.join(''));
        assert.deepEqual(errors, []);
        await context.close();
      }
    });

    test(`${view} (${lang}): a tap docks each point inside the widget at 360 px; its details open and show the quote`, async () => {
      const { page, context, errors } = await widget({ view, lang }, { width: 360, touch: true });
      const want = await expected(page, view, lang);
      const n = await page.locator('ipo-lens .mark').count();
      assert.equal(n, want.marks.length);
      for (let i = 0; i < n; i++) {
        await page.locator('ipo-lens .mark').nth(i).tap();
        const s = await page.$eval('ipo-lens', (el) => {
          const r = (b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
          const root = el.shadowRoot;
          const panel = root.querySelector('.panel');
          return {
            hidden: panel.hidden, tip: root.querySelector('.tip').hidden, panel: r(panel.getBoundingClientRect()), host: r(el.getBoundingClientRect()),
            viewport: document.documentElement.clientHeight,
            title: root.querySelector('.panel-title').textContent, lines: [...root.querySelectorAll('.panel-lines li')].map((li) => li.textContent),
            live: root.querySelector('[aria-live]').textContent,
          };
        });
        const where = `point ${i}: ${JSON.stringify(s)}`;
        assert.equal(s.hidden, false, where);
        assert.equal(s.tip, true, `no floating tooltip on touch, ${where}`);
        assert.ok(inside(s.panel, s.host), `panel outside the widget, ${where}`);
        assert.ok(s.panel.top >= -0.5 && s.panel.bottom <= s.viewport + 0.5, `the panel is in view at once: ${where}`);
        assert.equal(s.title, want.marks[i].title, where);
        assert.deepEqual(s.lines, want.marks[i].lines, where);
        assert.ok(s.live.startsWith(want.marks[i].title), `announced: ${where}`);
      }
      // the first point with a quote: its details open on a tap and show the sentence
      const q = want.marks.findIndex((m) => m.quote);
      if (q >= 0) {
        await page.locator('ipo-lens .mark').nth(q).tap();
        await page.locator('ipo-lens .panel summary').tap();
        const d = await page.$eval('ipo-lens', (el) => {
          const r = (b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
          const root = el.shadowRoot;
          const quote = root.querySelector('.panel q');
          return {
            open: root.querySelector('.panel details').open, quote: quote.textContent, lang: quote.lang, box: r(quote.getBoundingClientRect()),
            host: r(el.getBoundingClientRect()), details: [...root.querySelectorAll('.panel-details li')].map((li) => li.textContent),
          };
        });
        assert.equal(d.open, true);
        assert.equal(d.quote, want.marks[q].quote);
        assert.equal(d.lang, want.quoteLang);
        assert.deepEqual(d.details, want.marks[q].details);
        assert.ok(d.box.bottom - d.box.top > 10 && inside(d.box, d.host), JSON.stringify(d));
      }
      // its place is in the flow under the chart: scrolled to the widget's end, it sits there
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const flow = await page.$eval('ipo-lens', (el) => {
        const root = el.shadowRoot;
        return { panelTop: root.querySelector('.panel').getBoundingClientRect().top, chartBottom: root.querySelector('.stage').getBoundingClientRect().bottom };
      });
      assert.ok(flow.panelTop >= flow.chartBottom - 0.5, `under the chart: ${JSON.stringify(flow)}`);
      // the close button closes it
      await page.locator('ipo-lens .panel .close').tap();
      assert.equal(await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.panel').hidden), true);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`${view} (${lang}): the table at 360 px keeps figures and dates on one line and lists each source sentence once`, async () => {
      const { page, context, errors } = await widget({ view, lang }, { width: 360, touch: true });
      const want = await expected(page, view, lang);
      await page.locator('ipo-lens [data-tool="table"]').tap();
      const s = await page.$eval('ipo-lens', (el) => {
        const root = el.shadowRoot;
        const heads = [...root.querySelectorAll('thead th')].map((th) => th.textContent);
        const lineOf = (td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          const b = range.getBoundingClientRect();
          return { text: td.textContent, cls: td.className, height: b.height, line: parseFloat(getComputedStyle(td).lineHeight), align: getComputedStyle(td).textAlign, nums: getComputedStyle(td).fontVariantNumeric };
        };
        const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(lineOf));
        const table = root.querySelector('.table');
        return {
          heads, rows,
          sentences: [...root.querySelectorAll('.sentences li')].map((li) => ({ text: li.textContent, lang: li.lang })),
          sentencesHead: root.querySelector('.sentences-head')?.textContent,
          text: table.textContent,
          hostW: el.clientWidth, hostScroll: el.scrollWidth, tableW: table.getBoundingClientRect().width,
        };
      });
      const valueCol = s.rows[0].findIndex((c) => /\b(num|long|missing)\b/.test(c.cls));
      assert.ok(valueCol >= 0, 'a value column');
      const dateCol = s.rows[0].findIndex((c) => c.cls === 'date');
      assert.ok(dateCol >= 0, 'a period column');
      assert.equal(s.rows.length, want.marks.length);
      s.rows.forEach((cells, i) => {
        const value = cells[valueCol];
        const date = cells[dateCol];
        assert.equal(value.text, want.marks[i].row.value);
        assert.equal(date.text, want.marks[i].row.period);
        // a short value with a digit in it is a figure: one line, right-aligned, tabular
        if (/\d/.test(value.text) && value.text.length <= 24 && !/[。.]$/.test(value.text)) assert.match(value.cls, /\bnum\b/, value.text);
        for (const c of cells.filter((c) => /\b(num|date|ref)\b/.test(c.cls) && c.text)) {
          assert.ok(c.height <= c.line * 1.3, `"${c.text}" wraps: ${c.height}px for a ${c.line}px line`);
        }
        if (/\bnum\b/.test(value.cls)) {
          assert.ok(['right', 'end'].includes(value.align), value.align);
          assert.match(value.nums, /tabular-nums/);
        }
      });
      // each source sentence once: listed below the table, referred to by number
      const quotes = [...new Set(want.marks.map((m) => m.quote).filter(Boolean))];
      assert.deepEqual(s.sentences.map((x) => x.text), quotes);
      if (quotes.length) assert.equal(s.sentencesHead, lang === 'zh' ? '原文句子' : 'Source sentences');
      for (const q of quotes) assert.equal(s.text.split(q).length - 1, 1, `listed more than once: ${q}`);
      for (const x of s.sentences) assert.equal(x.lang, want.quoteLang);
      s.rows.forEach((cells, i) => {
        const ref = cells.at(-1).text;
        assert.equal(ref, want.marks[i].quote ? String(quotes.indexOf(want.marks[i].quote) + 1) : '');
      });
      // the widget does not grow sideways: a wide table scrolls in its own box
      assert.ok(s.hostScroll <= s.hostW + 1 && s.tableW <= s.hostW + 1, JSON.stringify({ hostW: s.hostW, hostScroll: s.hostScroll, tableW: s.tableW }));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('the sentence list has its heading in the reader\'s language', async () => {
  for (const [lang, head] of [['zh', '原文句子'], ['zh-Hant', '原文句子'], ['en', 'Source sentences']]) {
    const { page, context } = await widget({ view: 'listing-day', lang }, { width: 360 });
    await page.locator('ipo-lens [data-tool="table"]').click();
    assert.equal(await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.sentences-head').textContent), head);
    await context.close();
  }
});

test('iframe embed at 360 px: the posted height grows when the panel opens, and nothing is clipped', async () => {
  const context = await t.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const story = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
    <style>body { margin: 0 } iframe { display: block; border: 0; width: 100% }</style><h1>News story</h1>
    <iframe id="f" src="/embed.html?view=listing-day&lang=zh" title="ipo-lens" height="640"></iframe>
    <p>after</p><script src="/embed-resize.js" async></script>`;
  await page.route(`${t.url}/story-phone.html`, (route) => route.fulfill({ body: story, contentType: 'text/html; charset=utf-8' }));
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__heights = [];
    window.addEventListener('message', (e) => { if (e.data?.source === 'ipo-lens') window.__heights.push(e.data.height); });
  });
  await page.goto(`${t.url}/story-phone.html`);
  const frame = () => page.frame({ url: /embed\.html/ });
  await page.waitForFunction(() => document.getElementById('f').style.height !== '');
  await frame().waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready');
  const fit = async () => {
    await page.waitForTimeout(250);
    return {
      outer: await page.$eval('#f', (f) => f.getBoundingClientRect().height),
      posted: await page.evaluate(() => window.__heights.at(-1)),
      inner: await frame().evaluate(() => ({
        body: Math.ceil(document.body.getBoundingClientRect().height),
        scroll: document.documentElement.scrollHeight,
        viewport: document.documentElement.clientHeight,
        panelBottom: document.querySelector('ipo-lens').shadowRoot.querySelector('.panel').getBoundingClientRect().bottom,
        hostBottom: document.querySelector('ipo-lens').getBoundingClientRect().bottom,
      })),
    };
  };
  const closed = await fit();
  assert.ok(Math.abs(closed.outer - closed.inner.body) <= 1, JSON.stringify(closed));
  await frame().locator('ipo-lens .mark').first().tap();
  await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height > h + 40, closed.outer);
  const open = await fit();
  assert.ok(open.posted > closed.posted + 40, `the posted height grows with the panel: ${JSON.stringify({ closed, open })}`);
  assert.ok(Math.abs(open.outer - open.posted) <= 1, JSON.stringify(open));
  // nothing clipped: the iframe shows the whole page, panel and widget included
  assert.ok(open.inner.scroll <= open.inner.viewport + 1, JSON.stringify(open));
  assert.ok(open.inner.panelBottom <= open.inner.viewport && open.inner.hostBottom <= open.inner.viewport, JSON.stringify(open));
  // the details make it grow again; closing shrinks it back
  await frame().locator('ipo-lens .panel summary').tap();
  await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height > h + 20, open.outer);
  const more = await fit();
  assert.ok(more.inner.scroll <= more.inner.viewport + 1 && more.inner.panelBottom <= more.inner.viewport, JSON.stringify(more));
  await frame().locator('ipo-lens .panel .close').tap();
  await page.waitForFunction((h) => Math.abs(document.getElementById('f').getBoundingClientRect().height - h) <= 1, closed.outer);
  await context.close();
});

test('on a touch screen every visible button, menu, disclosure and input is at least 44 px tall', async () => {
  // every kind of control: metrics, scale, currency, the annualise toggle, the lot input,
  // the view menu (360 px) and the tab bar (800 px), the tools, the panel's close and summary
  const cases = [
    [{ lang: 'zh' }, 360], [{ lang: 'en' }, 800], [{ view: 'demand', lang: 'en' }, 360], [{ view: 'valuation', lang: 'zh' }, 360],
    [{ view: 'financials', lang: 'en' }, 360], [{ view: 'listing-day', lang: 'zh', metric: 'lot-profit' }, 360], [{ view: 'market', lang: 'zh' }, 800],
  ];
  const markHeights = [];
  for (const [attrs, width] of cases) {
    const { page, context } = await widget(attrs, { width, touch: true });
    await page.locator('ipo-lens .mark').first().tap();
    await page.locator('ipo-lens [data-tool="table"]').tap();
    const s = await page.$eval('ipo-lens', (el) => {
      const root = el.shadowRoot;
      const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const all = [...root.querySelectorAll('button:not(.mark), select, summary, input')].filter(shown);
      return {
        small: all.map((e) => ({ what: `${e.localName}.${e.className}[${e.dataset.kind ?? e.dataset.tool ?? ''}] ${e.textContent.trim().slice(0, 20)}`, h: e.getBoundingClientRect().height })).filter((x) => x.h < 44),
        kinds: [...new Set(all.map((e) => e.localName))],
        marks: [...root.querySelectorAll('.mark')].map((m) => m.getBoundingClientRect().height),
      };
    });
    assert.deepEqual(s.small, [], `${JSON.stringify(attrs)} at ${width}px`);
    assert.ok(s.kinds.includes('button') && s.kinds.includes('summary'), JSON.stringify(s.kinds));
    if (width === 360 && !attrs.view) assert.ok(s.kinds.includes('select'), 'the view menu is measured');
    markHeights.push(...s.marks);
    await context.close();
  }
  // The points' hit boxes are the core's geometry over the drawing; reported, not enforced.
  const under = markHeights.filter((h) => h < 44).length;
  console.log(`# hit boxes of points on touch: ${under} of ${markHeights.length} under 44 px tall (smallest ${Math.min(...markHeights).toFixed(1)} px)`);
});

test('at 360 px the views are a labelled native select that switches views; the new title is announced; metrics too', async () => {
  for (const lang of LANGS) {
    const { page, context, errors } = await widget({ lang }, { width: 360, touch: true });
    const s = await page.$eval('ipo-lens', (el) => {
      const root = el.shadowRoot;
      const select = root.querySelector('select');
      return {
        tabs: root.querySelector('.tabs').getClientRects().length, select: select.getClientRects().length,
        label: select.closest('label')?.textContent.replace(select.textContent, ''), options: [...select.options].map((o) => o.value),
      };
    });
    assert.equal(s.tabs, 0, 'no tab strip on a phone');
    assert.equal(s.select, 1, 'a select instead');
    assert.equal(s.label, lang === 'zh' ? '选择图表' : 'Choose a chart');
    assert.deepEqual(s.options, VIEWS);
    for (const view of ['financials', 'market', 'fact-check']) {
      const old = await page.$eval('ipo-lens', (el) => el.svg);
      await page.locator('ipo-lens select').focus();
      await page.locator('ipo-lens select').selectOption(view);
      await page.waitForFunction((o) => document.querySelector('ipo-lens').svg !== o, old);
      const after = await page.$eval('ipo-lens', (el) => ({
        live: el.shadowRoot.querySelector('[aria-live]').textContent, title: el.shadowRoot.querySelector('.marks').getAttribute('aria-label'),
        value: el.shadowRoot.querySelector('select').value, focused: el.shadowRoot.activeElement?.localName,
      }));
      assert.equal(after.value, view);
      assert.equal(after.live, after.title, `${view}: the live region announces the new chart's title`);
      assert.equal(after.focused, 'select', 'focus stays on the menu');
    }
    // a metric: one segmented control, labelled, its change announced too
    await page.locator('ipo-lens select').selectOption('financials');
    await page.waitForFunction(() => document.querySelector('ipo-lens').shadowRoot.querySelector('.controls [data-metric="loss"]'));
    const group = await page.$eval('ipo-lens', (el) => [...el.shadowRoot.querySelectorAll('.controls [role=group]')].map((g) => [g.getAttribute('aria-label'), g.querySelectorAll('button').length]));
    assert.deepEqual(group, [[lang === 'zh' ? '显示内容' : 'What to show', 4]]);
    const old = await page.$eval('ipo-lens', (el) => el.svg);
    await page.locator('ipo-lens button[data-metric="loss"]').tap();
    await page.waitForFunction((o) => document.querySelector('ipo-lens').svg !== o, old);
    const m = await page.$eval('ipo-lens', (el) => ({ live: el.shadowRoot.querySelector('[aria-live]').textContent, title: el.shadowRoot.querySelector('.marks').getAttribute('aria-label') }));
    assert.equal(m.live, m.title);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('wider widgets keep the tab bar; each decision is one labelled group (metric; currency)', async () => {
  const { page, context } = await widget({ lang: 'en' }, { width: 1280 });
  const s = await page.$eval('ipo-lens', (el) => ({
    tabs: el.shadowRoot.querySelectorAll('.tabs [role=tab]').length, select: el.shadowRoot.querySelector('.menu').getClientRects().length,
  }));
  assert.deepEqual(s, { tabs: VIEWS.length, select: 0 });
  const groups = () => page.$eval('ipo-lens', (el) => [...el.shadowRoot.querySelectorAll('.controls [role=group]')].map((g) => ({
    label: g.getAttribute('aria-label'), kinds: [...new Set([...g.querySelectorAll('button')].map((b) => b.dataset.kind))],
  })));
  await page.locator('ipo-lens [role=tab][data-view="demand"]').click();
  await page.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-view-shown') === 'demand' || document.querySelector('ipo-lens').shadowRoot.querySelector('[role=tab][aria-selected=true]')?.dataset.view === 'demand');
  assert.deepEqual(await groups(), [{ label: 'What to show', kinds: ['metric'] }]);
  await page.locator('ipo-lens [role=tab][data-view="valuation"]').click();
  await page.waitForFunction(() => document.querySelector('ipo-lens').shadowRoot.querySelector('[role=tab][aria-selected=true]')?.dataset.view === 'valuation');
  assert.deepEqual(await groups(), [{ label: 'Currency', kinds: ['currency'] }]);
  await context.close();
});

test('no text of the element around the chart is cut with an ellipsis', async () => {
  for (const lang of LANGS) {
    for (const width of [360, 1280]) {
      const { page, context } = await widget({ lang }, { width, touch: width === 360 });
      for (const view of VIEWS) {
        const before = await page.$eval('ipo-lens', (el) => el.svg);
        if (width === 360) await page.locator('ipo-lens select').selectOption(view);
        else await page.locator(`ipo-lens [role=tab][data-view="${view}"]`).click();
        if (view !== VIEWS[0]) await page.waitForFunction((old) => document.querySelector('ipo-lens').svg !== old, before);
        const cut = await page.$eval('ipo-lens', (el) => {
          const root = el.shadowRoot;
          const texts = [];
          const walk = (n) => {
            if (n.nodeType === 1 && (n.classList.contains('chart') || n.classList.contains('marks'))) return;
            if (n.nodeType === 3 && n.textContent.trim()) texts.push(n.textContent.trim());
            for (const c of n.childNodes) walk(c);
          };
          walk(root.querySelector('.root'));
          const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
          // and nothing is cut by CSS either: no control's text overflows its box
          const clipped = [...root.querySelectorAll('button:not(.mark), option, summary')].filter((e) => e.getClientRects().length && e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent);
          return { ellipsis: [...texts, ...labels].filter((s) => /(…|\.\.\.)$/.test(s)), clipped };
        });
        assert.deepEqual(cut, { ellipsis: [], clipped: [] }, `${view} ${lang} ${width}px`);
      }
      await context.close();
    }
  }
});

test('the chart is no wider than useful: at most 960 px on a wide screen, centred with its controls', async () => {
  const { page, context } = await widget({ lang: 'en', view: 'financials' }, { width: 1600 });
  const s = await page.$eval('ipo-lens', (el) => {
    const root = el.shadowRoot;
    const svg = root.querySelector('.chart svg').getBoundingClientRect();
    const host = el.getBoundingClientRect();
    return { drawn: Number(el.svg.match(/width="(\d+)"/)[1]), svgW: svg.width, left: svg.left - host.left, right: host.right - svg.right, controls: root.querySelector('.controls').getBoundingClientRect().left - svg.left };
  });
  assert.ok(s.drawn <= 960 && s.svgW <= 960, JSON.stringify(s));
  assert.ok(Math.abs(s.left - s.right) <= 2, `centred: ${JSON.stringify(s)}`);
  assert.ok(Math.abs(s.controls) <= 1, `controls aligned with the chart: ${JSON.stringify(s)}`);
  await context.close();
});

test('on a touch screen a point is at least 44 px tall where there is room, and a finger on it gets it', async () => {
  for (const view of ['listing-day', 'company', 'fact-check']) {
    const { page, context } = await widget({ view, lang: 'en' }, { width: 360, touch: true });
    const boxes = await page.$eval('ipo-lens', (el) => [...el.shadowRoot.querySelectorAll('.mark')].map((m) => m.getBoundingClientRect().height));
    assert.ok(boxes.length > 0);
    assert.deepEqual(boxes.filter((h) => h < 43.5), [], `${view}: ${boxes.map(Math.round).join(', ')}`);
    await context.close();
  }
});
