// End-to-end: the demo page in Debian's Chromium, as a reader uses it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, ready, server } from './support.mjs';

let srv, url, browser;
before(async () => {
  ({ server: srv, url } = await server());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  srv?.close();
});

const shadow = (page, fn, arg) => page.$eval('ipo-lens', (el, [src, a]) => new Function('root', 'arg', src)(el.shadowRoot, a), [fn, arg]);

test('the widget becomes ready with no console error and really draws bars', async () => {
  const { page, errors, context } = await open(browser, `${url}/`);
  assert.deepEqual(await ready(page), ['ready', 'ready']);
  const drawn = await shadow(page, `
    const svg = root.querySelector('.chart svg');
    const bars = [...svg.querySelectorAll('rect')].filter((r) => r.getAttribute('fill') !== '#FFFFFF');
    const box = svg.getBoundingClientRect();
    return { bars: bars.length, width: box.width, height: box.height, marks: root.querySelectorAll('.mark').length };`);
  // three listings: a bar each plus a tick for each gain the article states (Biren, Moore Threads)
  assert.equal(drawn.marks, 3);
  assert.ok(drawn.bars >= 3, `bars drawn: ${drawn.bars}`);
  assert.ok(drawn.width > 300 && drawn.height > 150, JSON.stringify(drawn));
  // painted pixels: the first bar's colour (Okabe-Ito blue) is on screen
  const png = await page.locator('ipo-lens').first().screenshot();
  assert.ok(png.length > 5000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('hovering a bar shows its short lines; a click docks the provenance and the source sentence under the chart', async () => {
  const { page, errors, context } = await open(browser, `${url}/`);
  await ready(page);
  const mark = page.locator('ipo-lens').first().locator('.mark').first();
  await mark.hover();
  const tip = await shadow(page, `const t = root.querySelector('.tip'); return { hidden: t.hidden, text: t.textContent, items: t.querySelectorAll('li').length };`);
  assert.equal(tip.hidden, false);
  assert.match(tip.text, /42\.88港元/);
  assert.match(tip.text, /发行价：19\.6港元/);
  assert.match(tip.text, /\+118\.78%/);
  assert.ok(tip.items <= 3, `at most three lines: ${tip.items}`);
  assert.doesNotMatch(tip.text, /上市首日,壁仞科技股价一路上涨/, 'the quote is not in the hover tooltip');
  await mark.click();
  await page.locator('ipo-lens').first().locator('.panel summary').click();
  const panel = await shadow(page, `const p = root.querySelector('.panel'); return { hidden: p.hidden, text: p.textContent, open: p.querySelector('details').open, tip: root.querySelector('.tip').hidden };`);
  assert.equal(panel.hidden, false);
  assert.equal(panel.tip, true, 'the floating tooltip gives way to the panel');
  assert.equal(panel.open, true);
  assert.match(panel.text, /超112\.55%/);
  assert.match(panel.text, /与原文自身数据不符/);
  assert.match(panel.text, /上市首日,壁仞科技股价一路上涨/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching the metric redraws the chart and says what the source lacks', async () => {
  const { page, context } = await open(browser, `${url}/`);
  await ready(page);
  const before = await page.$eval('ipo-lens', (el) => el.svg);
  await page.locator('ipo-lens').first().locator('button[data-metric="latest"]').click();
  await page.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('metric') === 'latest');
  await page.waitForFunction((old) => document.querySelector('ipo-lens').svg !== old, before);
  const state = await shadow(page, `return {
    pressed: root.querySelector('button[data-metric="latest"]').getAttribute('aria-pressed'),
    labels: [...root.querySelectorAll('.mark')].map((m) => m.getAttribute('aria-label')),
    title: root.querySelector('.chart svg text').textContent.trim() };`);
  assert.equal(state.pressed, 'true');
  assert.equal(state.title, '最新股价较发行价涨幅');
  assert.deepEqual(state.labels, ['壁仞科技 · 最新股价：原文未提供', '摩尔线程 · 最新股价：+414.4%', '沐曦股份 · 最新股价：+454.3%']);
  await context.close();
});

test('keyboard: arrow keys move focus across bars and announce the tooltip', async () => {
  const { page, context } = await open(browser, `${url}/`);
  await ready(page);
  await page.locator('ipo-lens').first().locator('.mark').first().focus();
  await page.keyboard.press('ArrowDown');
  const s = await shadow(page, `return {
    focused: root.activeElement?.getAttribute('aria-label'),
    live: root.querySelector('[aria-live]').textContent,
    tabbable: [...root.querySelectorAll('.mark')].map((m) => m.tabIndex) };`);
  assert.equal(s.focused, '摩尔线程 · 首日最高价：+502%');
  assert.match(s.live, /摩尔线程.*688元/);
  assert.deepEqual(s.tabbable, [-1, 0, -1]);
  await context.close();
});

test('a tap on a phone docks the point under the chart, without hover', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await ready(page);
  await page.locator('ipo-lens').first().locator('.mark').nth(2).tap();
  const s = await shadow(page, `const p = root.querySelector('.panel'); return { hidden: p.hidden, text: p.textContent, tip: root.querySelector('.tip').hidden };`);
  assert.equal(s.hidden, false);
  assert.equal(s.tip, true, 'no floating tooltip on touch');
  assert.match(s.text, /沐曦股份/);
  assert.match(s.text, /895元/);
  assert.match(s.text, /104\.66元/);
  await context.close();
});

test('the lang attribute switches language live', async () => {
  const { page, context } = await open(browser, `${url}/`);
  await ready(page);
  await page.locator('.langs button[data-lang="en"]').click();
  await page.waitForFunction(() => document.querySelector('ipo-lens').svg.includes('Gain over the offer price'));
  const labels = await shadow(page, `return [...root.querySelectorAll('.mark')].map((m) => m.getAttribute('aria-label'))`);
  assert.deepEqual(labels, ['Biren Technology · First-day high: +118.8%', 'Moore Threads · First-day high: +502%', 'MetaX · First-day high: +755.2%']);
  await context.close();
});

test('the chart redraws to fit the width, from phone to desktop, without overflow', async () => {
  const { page, context } = await open(browser, `${url}/`, { width: 1280 });
  await ready(page);
  const wide = await page.$eval('ipo-lens', (el) => el.svg.match(/width="(\d+)"/)[1]);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForFunction((w) => document.querySelector('ipo-lens').svg.match(/width="(\d+)"/)[1] !== w, wide);
  const m = await page.evaluate(() => {
    const el = document.querySelector('ipo-lens');
    return { svg: Number(el.svg.match(/width="(\d+)"/)[1]), host: el.clientWidth, scroll: document.documentElement.scrollWidth };
  });
  assert.ok(Number(wide) > 600);
  assert.ok(m.svg <= m.host, JSON.stringify(m));
  assert.ok(m.scroll <= 360, `page scrolls sideways: ${JSON.stringify(m)}`);
  await context.close();
});

test('bad data shows a message naming the path, and the last good chart of the page\'s own data stays', async () => {
  const { page, context } = await open(browser, `${url}/`);
  await ready(page);
  // the page's own data (here the same story, given as data)
  await page.evaluate(async () => document.querySelector('ipo-lens').setData(await (await fetch('/data/biren-2026.json')).json()));
  await page.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready');
  const before = await page.$eval('ipo-lens', (el) => el.svg);
  const msg = await page.evaluate(async () => {
    const el = document.querySelector('ipo-lens');
    const data = await (await fetch('/data/biren-2026.json')).json();
    data.figures[2].value = -3;
    try { await el.setData(data); return 'accepted'; } catch (e) { return e.message; }
  });
  // in the widget's language (the demo page's widget is in Chinese)
  assert.equal(msg, '数据中有1处问题：\nfigures[2].value：应为正数，实际是-3');
  const s = await page.evaluate(() => {
    const el = document.querySelector('ipo-lens');
    const alert = el.shadowRoot.querySelector('[role=alert]');
    return { state: el.getAttribute('data-state'), alert: alert.textContent, shown: !alert.hidden, svg: el.svg };
  });
  assert.equal(s.shown, true);
  assert.equal(s.alert, msg.replace('\n', ''), 'the heading, then the problem as a list item');
  assert.equal(s.state, 'ready');
  assert.equal(s.svg, before);
  await context.close();
});

test('a widget that cannot draw is in the error state with a visible alert', async () => {
  const { page, context } = await open(browser, `${url}/`);
  await ready(page);
  await page.evaluate(() => {
    const el = document.createElement('ipo-lens');
    el.setAttribute('view', 'no-such-view');
    el.id = 'broken';
    document.body.append(el);
    // at the foot of the page: it goes live as the reader comes to it
    el.scrollIntoView();
  });
  await page.waitForFunction(() => document.getElementById('broken').getAttribute('data-state') === 'error');
  const alert = await page.$eval('#broken', (el) => el.shadowRoot.querySelector('[role=alert]').textContent);
  assert.match(alert, /unknown view "no-such-view"/);
  await context.close();
});
