// Keyboard focus on a point through a redraw (issue 14): a reader who tabbed or arrowed to a
// bar or a point keeps their place when the chart is drawn again (another metric, another
// language, another width, new data of the same shape): on the same point where it is
// still drawn, else on the one at the same place, never on the page's <body>; the docked
// panel follows it and a screen reader hears the change once. So does the page's own data
// replacing the built-in story; the data table's box and the controls keep the focus too
// (another view: its selected metric, tab, menu or point). A reader whose focus is
// elsewhere on the page keeps it there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { open, ready, strictPage, suite } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT = JSON.parse(readFileSync(`${ROOT}data/biren-2026.json`, 'utf8'));
const t = suite();

/** A page with one widget (`attrs`) and, before it, a text field of the page's own. */
async function widget(attrs) {
  const { page, errors, context } = await open(t.browser, `${t.url}/blank.html`, { width: 900, height: 900 });
  await page.evaluate((a) => {
    const input = document.createElement('input');
    input.id = 'own';
    const el = document.createElement('ipo-lens');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.body.append(input, el);
  }, attrs);
  await ready(page);
  return { page, errors, context };
}

/** Focuses point `i` as a keyboard reader gets there: the first point, then the arrow keys. */
async function focusPoint(page, i) {
  await page.locator('ipo-lens .mark').first().focus();
  for (let k = 0; k < i; k++) await page.keyboard.press('ArrowRight');
  return where(page);
}

/** Where the focus is, what the focused point says, and the docked panel's title. */
const where = (page) => page.$eval('ipo-lens', (el) => {
  const root = el.shadowRoot;
  const a = root.activeElement;
  const panel = root.querySelector('.panel');
  return {
    outer: document.activeElement?.id || document.activeElement?.localName,
    inner: a ? (a.classList.contains('mark') ? 'mark' : a.className) : null,
    index: a?.dataset.index === undefined ? null : Number(a.dataset.index),
    id: a?.dataset.id ?? null,
    label: a?.getAttribute('aria-label') ?? null,
    tabbable: [...root.querySelectorAll('.mark')].filter((m) => m.tabIndex === 0).map((m) => Number(m.dataset.index)),
    panel: panel.hidden ? null : root.querySelector('.panel-title').textContent,
    active: [...root.querySelectorAll('.mark.active')].map((m) => Number(m.dataset.index)),
  };
});

/** Runs `js` (with `el`, the widget) and waits for the redraw it causes; returns what the
 *  live region was given meanwhile (one entry per time it was set), how many focus events
 *  the widget saw, whether the focused button is the same node as before, and `where`. */
async function redraw(page, js) {
  const seen = await page.evaluate(async (src) => {
    const el = document.querySelector('ipo-lens');
    const root = el.shadowRoot;
    const live = root.querySelector('[aria-live]');
    const said = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) said.push(n.textContent);
    });
    watch.observe(live, { childList: true });
    let focusins = 0;
    const count = () => focusins++;
    root.addEventListener('focusin', count);
    const node = root.activeElement;
    const drawn = new Promise((ok) => el.addEventListener('ipo-lens-ready', ok, { once: true }));
    await new Function('el', src)(el);
    await drawn;
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    watch.disconnect();
    root.removeEventListener('focusin', count);
    return { said, focusins, sameNode: node !== null && root.activeElement === node };
  }, js);
  return { ...seen, ...(await where(page)) };
}

test('another metric: the focus stays on the point of the same place, the panel shows its new value, the title is said once', async () => {
  const { page, errors, context } = await widget({ view: 'financials', lang: 'en' });
  const before = await focusPoint(page, 5);
  assert.equal(before.inner, 'mark');
  assert.equal(before.id, 'biren.gross_margin.FY2023');
  // the net loss: other figures (other ids) and fewer of them, drawn elsewhere
  const r = await redraw(page, "el.setAttribute('metric', 'loss')");
  const marks = await page.$eval('ipo-lens', (el) => [...el.shadowRoot.querySelectorAll('.mark')].map((m) => m.dataset.id));
  assert.equal(marks.length, 4);
  assert.equal(r.outer, 'ipo-lens', `the focus is still in the widget (${r.outer})`);
  assert.equal(r.inner, 'mark');
  // no point of that id now: the one at the same place, the list's last
  assert.equal(r.index, 3);
  assert.equal(r.id, marks[3]);
  assert.deepEqual(r.tabbable, [3], 'Tab comes back to it');
  assert.match(r.panel, /^Net loss · /, 'the panel shows the new metric');
  assert.deepEqual(r.active, [3], 'the panel shows the focused point');
  const title = await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.marks').getAttribute('aria-label'));
  // the focus moved to another button (a screen reader says it): the live region says
  // the new chart's title only, once
  assert.deepEqual(r.said, [title]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('another metric over the same bars: the focused button stays, its new value is said once with the title', async () => {
  const { page, errors, context } = await widget({ lang: 'en' });
  const before = await focusPoint(page, 1);
  assert.equal(before.id, 'moore_threads.first_day_high.2025-12');
  const r = await redraw(page, "el.setAttribute('metric', 'latest')");
  assert.equal(r.outer, 'ipo-lens');
  assert.equal(r.sameNode, true);
  assert.equal(r.focusins, 0, 'no focus event');
  assert.equal(r.index, 1);
  assert.match(r.label, /^Moore Threads · Latest price: \+414\.4%$/);
  assert.match(r.panel, /Moore Threads/);
  assert.deepEqual(r.active, [1]);
  assert.equal(r.said.length, 1, JSON.stringify(r.said));
  const title = await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.marks').getAttribute('aria-label'));
  assert.ok(r.said[0].startsWith(`${title}. ${r.panel}`), r.said[0]);
  assert.match(r.said[0], /: \+414\.44%$/, 'the new value is said');
  assert.deepEqual(errors, []);
  await context.close();
});

test('another language: the focus stays on the same point, which says itself again once, in the new language', async () => {
  const { page, errors, context } = await widget({ lang: 'zh' });
  const before = await focusPoint(page, 2);
  assert.equal(before.id, 'metax.first_day_high.2025-12');
  const r = await redraw(page, "el.setAttribute('lang', 'en')");
  assert.equal(r.outer, 'ipo-lens', `the focus is still in the widget (${r.outer})`);
  assert.equal(r.id, before.id);
  assert.equal(r.index, 2);
  assert.equal(r.sameNode, true, 'the same button keeps the focus');
  assert.equal(r.focusins, 0, 'no focus event');
  assert.deepEqual(r.tabbable, [2]);
  assert.equal(r.label, 'MetaX · First-day high: +755.2%');
  assert.match(r.panel, /^MetaX/);
  assert.equal(r.said.length, 1, JSON.stringify(r.said));
  assert.ok(r.said[0].startsWith(r.panel), r.said[0]);
  assert.match(r.said[0], /: \+755\.15%$/);
  assert.deepEqual(r.active, [2]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a resize: the focus stays on the same point, nothing is said again', async () => {
  for (const view of ['listing-day', 'financials', 'price-path', 'fact-check']) {
    const { page, errors, context } = await widget({ view, lang: 'en' });
    const before = await focusPoint(page, 2);
    const r = await redraw(page, "el.style.width = '480px'");
    assert.equal(r.outer, 'ipo-lens', `${view}: the focus is still in the widget (${r.outer})`);
    assert.equal(r.id, before.id, view);
    assert.equal(r.index, 2, view);
    assert.equal(r.sameNode, true, `${view}: the same button keeps the focus`);
    assert.equal(r.focusins, 0, view);
    assert.equal(r.panel, before.panel, view);
    assert.deepEqual(r.said, [], `${view}: the same words are not said again`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('new data of the same shape: the focus stays on its point, the new value is said once', async () => {
  const { page, errors, context } = await widget({ lang: 'en' });
  // the page's own data (the built-in story, which it replaces, goes first)
  await redraw(page, `return el.setData(${JSON.stringify(DEFAULT)})`);
  const before = await focusPoint(page, 1);
  const data = structuredClone(DEFAULT);
  // the company's name edited: the same points, each saying another name
  data.entities.find((e) => e.id === 'moore_threads').name.en = 'Moore Threads Intelligent Technology';
  const r = await redraw(page, `return el.setData(${JSON.stringify(data)})`);
  assert.equal(r.outer, 'ipo-lens');
  assert.equal(r.id, before.id);
  assert.equal(r.sameNode, true);
  assert.equal(r.label, before.label.replace('Moore Threads', 'Moore Threads Intelligent Technology'), 'the point says what it is now');
  assert.equal(r.said.length, 1, JSON.stringify(r.said));
  assert.ok(r.said[0].startsWith(r.panel), r.said[0]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('focus elsewhere on the page is never taken by a redraw', async () => {
  const { page, errors, context } = await widget({ view: 'financials', lang: 'en' });
  // a point was focused, then the reader went back to the page's field
  await focusPoint(page, 1);
  await page.focus('#own');
  for (const js of ["el.setAttribute('metric', 'loss')", "el.setAttribute('lang', 'zh')", "el.style.width = '480px'", `return el.setData(${JSON.stringify(DEFAULT)})`]) {
    const r = await redraw(page, js);
    assert.equal(r.outer, 'own', js);
    assert.equal(r.inner, null, js);
    assert.deepEqual(r.said.filter((s) => /·/.test(s)), [], `${js}: no point is said`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('under a strict CSP with Trusted Types the kept button is moved and restyled with no violation', async () => {
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'";
  const { page, close } = await strictPage(t.browser, CSP, { viewport: { width: 900, height: 900 } });
  try {
    const before = await focusPoint(page, 2);
    for (const js of ["el.style.width = '480px'", "el.setAttribute('lang', 'zh')", "el.setAttribute('view', 'fact-check')"]) {
      const r = await redraw(page, js);
      assert.equal(r.outer, 'ipo-lens', js);
      assert.equal(r.inner, 'mark', js);
    }
    const r = await where(page);
    assert.notEqual(r.id, before.id, 'another view: the point at the same place');
    assert.equal(r.index, 2);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  } finally {
    await close();
  }
});

test("the page's own data over the built-in story: the focus goes to the point at its place in the new drawing, never to the page", async () => {
  for (const view of ['listing-day', 'fact-check']) {
    const { page, errors, context } = await widget({ view, lang: 'en' });
    const before = await focusPoint(page, 2);
    // the built-in story goes first (nothing of it stands in for the page's data), then the page's
    const r = await redraw(page, `return el.setData(${JSON.stringify(DEFAULT)})`);
    assert.equal(r.outer, 'ipo-lens', `${view}: the focus is still in the widget (${r.outer})`);
    assert.equal(r.inner, 'mark', view);
    // the same points: the same button, which never lost the focus
    assert.equal(r.sameNode, true, view);
    assert.equal(r.focusins, 0, view);
    assert.equal(r.index, 2, view);
    assert.equal(r.id, before.id, view);
    assert.deepEqual(r.tabbable, [2], `${view}: Tab comes back to it`);
    assert.equal(r.panel, before.panel, `${view}: the panel shows the focused point`);
    assert.deepEqual(r.active, [2], view);
    // the same view and metric, and a point newly focused (the screen reader says it): nothing more
    assert.deepEqual(r.said, [], view);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("the page's own data given as a promise: while it loads the focus waits in the widget, then goes to the point at its place", async () => {
  const { page, errors, context } = await widget({ lang: 'en' });
  const before = await focusPoint(page, 1);
  await page.$eval('ipo-lens', (el, data) => {
    window.done = new Promise((ok) => el.addEventListener('ipo-lens-ready', ok, { once: true }));
    el.setData(new Promise((ok) => { window.give = () => ok(data); }));
  }, DEFAULT);
  const waiting = await where(page);
  assert.equal(waiting.outer, 'ipo-lens', `the focus is still in the widget (${waiting.outer})`);
  assert.equal(waiting.inner, 'root', 'on the widget (its chart hidden meanwhile)');
  assert.equal(await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelectorAll('.mark').length), 0);
  await page.evaluate(() => { window.give(); return window.done; });
  const r = await where(page);
  assert.equal(r.outer, 'ipo-lens');
  assert.equal(r.inner, 'mark');
  assert.equal(r.id, before.id);
  assert.deepEqual(r.tabbable, [1]);
  // what stood in is not left focusable (a click in the widget does not take the focus)
  assert.equal(await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.root').hasAttribute('tabindex')), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the data table open: its focused scroll box keeps the focus through a redraw, the new title said once', async () => {
  const { page, errors, context } = await widget({ view: 'financials', lang: 'en' });
  await page.locator('ipo-lens [data-tool="table"]').click();
  await page.locator('ipo-lens .table .scroll').focus();
  for (const [js, said] of [["el.setAttribute('lang', 'zh')", 0], ["el.setAttribute('metric', 'loss')", 1], ["el.style.width = '480px'", 0], ["el.setAttribute('lang', 'en')", 0]]) {
    const r = await redraw(page, js);
    assert.equal(r.outer, 'ipo-lens', `${js}: the focus is still in the widget (${r.outer})`);
    assert.equal(r.inner, 'scroll', js);
    assert.equal(r.sameNode, true, `${js}: the same box keeps the focus`);
    assert.equal(r.focusins, 0, js);
    const t = await page.$eval('ipo-lens', (el) => {
      const root = el.shadowRoot;
      return { title: root.querySelector('.marks').getAttribute('aria-label'), region: root.activeElement.getAttribute('aria-label'), caption: root.activeElement.querySelector('caption').textContent, tables: root.querySelectorAll('.table table').length, rows: root.querySelectorAll('.table tbody tr').length, marks: root.querySelectorAll('.mark').length };
    });
    assert.equal(t.region, t.title, `${js}: the box is named by the new chart`);
    assert.equal(t.caption, t.title, js);
    assert.equal(t.tables, 1, js);
    assert.equal(t.rows, t.marks, `${js}: the new table`);
    assert.deepEqual(r.said, said ? [t.title] : [], js);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** The focused control: its kind, id, whether it is pressed or selected, and its class. */
const control = (page) => page.$eval('ipo-lens', (el) => {
  const a = el.shadowRoot.activeElement;
  return a && { kind: a.dataset.kind ?? a.getAttribute('role') ?? a.localName, id: a.dataset.id ?? a.dataset.view ?? a.value, on: a.getAttribute('aria-pressed') ?? a.getAttribute('aria-selected') };
});

test('a metric button with the focus, pressed: the focus stays on it, now pressed; the new title said once', async () => {
  const { page, errors, context } = await widget({ view: 'financials', lang: 'en' });
  await page.locator('ipo-lens [data-kind="metric"][data-id="loss"]').focus();
  const r = await redraw(page, "el.shadowRoot.activeElement.click()");
  assert.equal(r.outer, 'ipo-lens');
  assert.deepEqual(await control(page), { kind: 'metric', id: 'loss', on: 'true' });
  const title = await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.marks').getAttribute('aria-label'));
  assert.deepEqual(r.said, [title]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a metric button with the focus, and another view: the focus goes to its selected metric, else its tab, menu or point; never the page', async () => {
  // the view set by the page: to one with metrics, then to one without (no tabs: the point)
  {
    const { page, errors, context } = await widget({ view: 'financials', lang: 'en' });
    await page.locator('ipo-lens [data-kind="metric"][data-id="loss"]').focus();
    let r = await redraw(page, "el.setAttribute('view', 'market')");
    assert.equal(r.outer, 'ipo-lens', `the focus is still in the widget (${r.outer})`);
    assert.deepEqual(await control(page), { kind: 'metric', id: 'size', on: 'true' });
    const title = await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.marks').getAttribute('aria-label'));
    assert.deepEqual(r.said, [title], 'the new title, once');
    r = await redraw(page, "el.setAttribute('view', 'chips')");
    assert.equal(r.outer, 'ipo-lens', `the focus is still in the widget (${r.outer})`);
    assert.equal(r.inner, 'mark');
    assert.deepEqual(r.tabbable, [r.index]);
    const chips = await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.marks').getAttribute('aria-label'));
    assert.deepEqual(r.said, [chips], 'the new title, once (the point newly focused is said by the screen reader)');
    assert.deepEqual(errors, []);
    await context.close();
  }
  // the view chosen in the widget with the focus left on the metric (a click through a
  // screen reader's browse mode): the tab bar, and the menu of a narrow widget
  for (const [width, pick] of [[900, "el.shadowRoot.querySelector('[data-view=\"chips\"]').click()"], [360, "const s = el.shadowRoot.querySelector('select'); s.value = 'chips'; s.dispatchEvent(new Event('change'))"]]) {
    const { page, errors, context } = await widget({ lang: 'en', style: `width: ${width}px` });
    await redraw(page, pick.replaceAll('chips', 'financials'));
    await page.locator('ipo-lens [data-kind="metric"][data-id="loss"]').focus();
    const r = await redraw(page, pick);
    assert.equal(r.outer, 'ipo-lens', `${width}: the focus is still in the widget (${r.outer})`);
    assert.deepEqual(await control(page), width >= 560 ? { kind: 'tab', id: 'chips', on: 'true' } : { kind: 'select', id: 'chips', on: null }, String(width));
    assert.equal(r.said.length, 1, JSON.stringify(r.said));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("the data table open with the focus, and the page's own data over the built-in story: the same box keeps it", async () => {
  const { page, errors, context } = await widget({ lang: 'en' });
  await page.locator('ipo-lens [data-tool="table"]').click();
  await page.locator('ipo-lens .table .scroll').focus();
  const data = structuredClone(DEFAULT);
  data.entities.find((e) => e.id === 'moore_threads').name.en = 'Moore Threads Intelligent Technology';
  const r = await redraw(page, `return el.setData(${JSON.stringify(data)})`);
  assert.equal(r.outer, 'ipo-lens', `the focus is still in the widget (${r.outer})`);
  assert.equal(r.inner, 'scroll');
  assert.equal(r.sameNode, true);
  assert.deepEqual(r.said, []);
  const t = await page.$eval('ipo-lens', (el) => ({ tables: el.shadowRoot.querySelectorAll('.table table').length, text: el.shadowRoot.querySelector('.table').textContent }));
  assert.equal(t.tables, 1);
  assert.match(t.text, /Moore Threads Intelligent Technology/, "the page's data");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the page's first data refused: the focus waits in the widget, and goes to the point at its place once good data comes", async () => {
  const { page, errors, context } = await widget({ lang: 'en' });
  const before = await focusPoint(page, 1);
  await page.$eval('ipo-lens', (el) => el.setData({ format: 'ipo-lens/1', figures: 3 }).catch(() => {}));
  const refused = await where(page);
  assert.equal(await page.$eval('ipo-lens', (el) => el.dataset.state), 'error');
  assert.equal(refused.outer, 'ipo-lens', `the focus is still in the widget (${refused.outer})`);
  assert.equal(refused.inner, 'root', 'on the widget (no chart of the built-in story stands in)');
  const r = await redraw(page, `return el.setData(${JSON.stringify(DEFAULT)})`);
  assert.equal(r.outer, 'ipo-lens');
  assert.equal(r.inner, 'mark');
  assert.equal(r.id, before.id);
  assert.deepEqual(r.tabbable, [1]);
  // the alert said what was wrong; now the point newly focused is said by the screen reader
  assert.deepEqual(r.said.filter((s) => /·/.test(s)), []);
  // errors: the refusal's own console line, if any, is the page's business
  assert.deepEqual(errors.filter((e) => !/ipo-lens\/1|figures/.test(e)), []);
  await context.close();
});

/** Gives the widget a promise of `data` (a rejection where `data` is an Error); returns `done`
 *  to call once it is to be fulfilled (it resolves at the next drawing, or at once on a refusal). */
async function promise(page, data) {
  await page.$eval('ipo-lens', (el, d) => {
    window.done = d === 'reject' ? null : new Promise((ok) => el.addEventListener('ipo-lens-ready', ok, { once: true }));
    el.setData(new Promise((ok, no) => { window.give = () => (d === 'reject' ? no(new Error('offline')) : ok(d)); })).catch(() => {});
  }, data);
  return () => page.evaluate(async () => {
    window.give();
    await (window.done ?? new Promise((ok) => setTimeout(ok, 50)));
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  });
}

test("a point's panel open, and the page's first data a promise: no figure of the built-in story is shown meanwhile, nor after a refusal; the drawing shows the new data's", async () => {
  // the page's data: every company named anew, and the focused point given another id
  const data = structuredClone(DEFAULT);
  for (const e of data.entities) e.name.en = `The ${e.name.en}`;
  data.figures.find((f) => f.id === 'moore_threads.first_day_high.2025-12').id += '.restated';
  for (const [how, given] of [['focus', data], ['page', data], ['focus', 'reject'], ['page', 'reject']]) {
    const { page, errors, context } = await widget({ lang: 'en' });
    const before = await focusPoint(page, 1);
    assert.match(before.panel, /^Moore Threads/);
    // the reader left the focus on the point, or went back to the page (the panel stays open)
    if (how === 'page') await page.focus('#own');
    const give = await promise(page, given);
    const waiting = await where(page);
    assert.equal(waiting.panel, null, `${how}: while the page's data loads, no panel of the built-in story (${waiting.panel})`);
    await give();
    const r = await where(page);
    if (given === 'reject') {
      assert.equal(await page.$eval('ipo-lens', (el) => el.dataset.state), 'error');
      assert.equal(r.panel, null, `${how}, refused: no panel of the built-in story (${r.panel})`);
    } else if (how === 'page') {
      // no point of that id in the new data: the panel closed
      assert.equal(r.panel, null, how);
      assert.equal(r.outer, 'own');
    } else {
      // the focus on the point at its place (see above): the panel shows what it says now
      assert.equal(r.inner, 'mark', how);
      assert.ok(r.panel === null || r.panel.startsWith('The '), `${how}: the new data's figures (${r.panel})`);
    }
    assert.deepEqual(errors.filter((e) => !/offline/.test(e)), [], how);
    await context.close();
  }
});

test("a tool button, or the panel's, with the focus while the page's first data, a promise, loads: the focus waits in the widget and goes back to the button", async () => {
  for (const tool of ['table', 'svg', 'png', 'csv', 'close']) {
    const { page, errors, context } = await widget({ lang: 'en' });
    // the panel's close button: its point's panel opened again on the same point, in the new data
    if (tool === 'close') await focusPoint(page, 1);
    await page.locator(tool === 'close' ? 'ipo-lens .panel .close' : `ipo-lens [data-tool="${tool}"]`).focus();
    const give = await promise(page, DEFAULT);
    const waiting = await where(page);
    assert.equal(waiting.outer, 'ipo-lens', `${tool}: the focus is still in the widget while it loads (${waiting.outer})`);
    await give();
    const r = await where(page);
    assert.equal(r.outer, 'ipo-lens', `${tool}: the focus is still in the widget (${r.outer})`);
    assert.equal(await page.$eval('ipo-lens', (el) => el.shadowRoot.activeElement?.dataset.tool ?? el.shadowRoot.activeElement?.className), tool);
    if (tool === 'close') assert.match(r.panel, /^Moore Threads/);
    // what stood in is not left focusable
    assert.equal(await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.root').hasAttribute('tabindex')), false, tool);
    assert.deepEqual(errors, [], tool);
    await context.close();
  }
});

test("the panel's close button with the focus, and new data without its point: the focus goes to the point in the tab order, never the page", async () => {
  const { page, errors, context } = await widget({ lang: 'en' });
  await redraw(page, `return el.setData(${JSON.stringify(DEFAULT)})`);
  const before = await focusPoint(page, 1);
  assert.match(before.panel, /^Moore Threads/);
  await page.locator('ipo-lens .panel .close').focus();
  // the same data, the open point given another id: its panel closes with the redraw
  const data = structuredClone(DEFAULT);
  assert.equal(before.id, 'moore_threads.first_day_high.2025-12');
  data.figures.find((f) => f.id === before.id).id += '.restated';
  const r = await redraw(page, `return el.setData(${JSON.stringify(data)})`);
  assert.equal(r.panel, null, 'the panel of a point no longer drawn is closed');
  assert.equal(r.outer, 'ipo-lens', `the focus stays in the widget (${r.outer})`);
  assert.equal(r.inner, 'mark');
  assert.deepEqual(r.tabbable, [r.index], 'the focused point is the one in the tab order');
  assert.deepEqual(errors, []);
  await context.close();
});
