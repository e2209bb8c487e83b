// Never the wrong story: a widget that the page gave its own data (a `data` property or
// attribute, a setData call, `src`) never shows the built-in Biren story — not while its
// data loads, not when its data is refused, not in the iframe embed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, ready, suite } from './support.mjs';

const t = suite();
const EXAMPLE = JSON.parse(await readFile('data/examples/example-listing.json', 'utf8'));

/** What the widget shows: its state, whether any chart is drawn, Biren's name in it, its alert. */
const shown = (page) => page.$eval('ipo-lens', (el) => ({
  state: el.getAttribute('data-state'),
  drawn: Boolean(el.shadowRoot.querySelector('.chart svg')),
  biren: /壁仞|Biren/.test(el.shadowRoot.querySelector('.chart')?.innerHTML ?? ''),
  alert: el.shadowRoot.querySelector('[role=alert]').hidden ? '' : el.shadowRoot.querySelector('[role=alert]').textContent,
}));

/** A page with a widget (lang=en) whose `ipo-lens-ready` events are counted with the
 *  story they drew. */
async function page(setup) {
  const o = await open(t.browser, `${t.url}/blank.html`, { width: 800 });
  await o.page.evaluate(() => {
    window.drawn = [];
    document.addEventListener('ipo-lens-ready', (e) => window.drawn.push(e.target.svg.includes('Biren') ? 'biren' : 'own'), true);
  });
  await o.page.evaluate(setup);
  return o;
}

test('slow data: setData with a promise shows no chart (and no built-in story) until the data arrives', async () => {
  const { page: p, context } = await page(() => {
    const el = document.createElement('ipo-lens');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    window.release = null;
    el.setData(new Promise((resolve) => { window.release = resolve; }));
  });
  await p.waitForTimeout(800); // the wasm has long arrived
  assert.deepEqual(await shown(p), { state: 'loading', drawn: false, biren: false, alert: '' });
  await p.evaluate((d) => window.release(d), EXAMPLE);
  await p.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready');
  const s = await shown(p);
  assert.equal(s.biren, false);
  assert.deepEqual(await p.evaluate(() => window.drawn), ['own']);
  await context.close();
});

test('refused data on a fresh widget: its own error, no chart, and the built-in story it showed goes', async () => {
  const { page: p, context } = await page(() => {
    const el = document.createElement('ipo-lens');
    el.setAttribute('lang', 'en');
    document.body.append(el);
  });
  await ready(p);
  assert.equal((await shown(p)).biren, true, 'the built-in story, since the page asked for nothing else');
  const err = await p.evaluate(() => document.querySelector('ipo-lens').setData({ format: 'ipo-lens/1', figures: 3 }).then(() => '', (e) => e.message));
  assert.match(err, /^4 problems in the data:\n(.*\n)*figures: must be a list \[ … \], got the number 3$/);
  const s = await shown(p);
  assert.equal(s.state, 'error');
  assert.equal(s.drawn, false);
  assert.equal(s.biren, false);
  assert.match(s.alert, /^4 problems in the data:.*figures: must be a list/);
  // good data later draws it; a refusal after that keeps the page's own last good chart
  await p.evaluate((d) => document.querySelector('ipo-lens').setData(d), EXAMPLE);
  await p.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready');
  await p.evaluate(() => document.querySelector('ipo-lens').setData({ nope: 1 }).catch(() => {}));
  const after = await shown(p);
  assert.deepEqual([after.state, after.drawn, after.biren], ['ready', true, false]);
  await context.close();
});

test('refused src: the error, never the built-in story', async () => {
  const { page: p, context } = await page(() => {
    const el = document.createElement('ipo-lens');
    el.setAttribute('lang', 'en');
    el.setAttribute('src', 'data/examples/no-such-file.json');
    document.body.append(el);
  });
  await p.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'error');
  await p.evaluate(() => { document.querySelector('ipo-lens').style.width = '500px'; }); // a redraw
  await p.waitForTimeout(300);
  const s = await shown(p);
  assert.deepEqual([s.state, s.drawn, s.biren], ['error', false, false]);
  assert.match(s.alert, /^src: could not load/);
  assert.deepEqual(await p.evaluate(() => window.drawn), []);
  await context.close();
});

test('the data property, set before and after the element is defined (React 19 sets a property)', async () => {
  // before: a plain element that becomes <ipo-lens> only when the module is imported
  const html = `<!doctype html><html><body><div id="host"></div><script type="module">
    const el = document.createElement('ipo-lens');
    el.data = ${JSON.stringify(EXAMPLE)};
    el.setAttribute('lang', 'en');
    document.getElementById('host').append(el);
    await import('/pkg/ipo-lens.js');
  </script></body></html>`;
  const { page: p, context } = await open(t.browser, `${t.url}/own-data-before.html`, { width: 800, html });
  await p.waitForFunction(() => document.querySelector('ipo-lens')?.getAttribute('data-state') === 'ready');
  const s = await shown(p);
  assert.deepEqual([s.state, s.drawn, s.biren], ['ready', true, false]);
  assert.equal(await p.$eval('ipo-lens', (el) => el.data?.story?.id), EXAMPLE.story.id);
  await context.close();
  // after: the property on a defined element
  const o = await page(() => {
    const el = document.createElement('ipo-lens');
    el.setAttribute('lang', 'en');
    document.body.append(el);
  });
  await ready(o.page);
  await o.page.evaluate((d) => { document.querySelector('ipo-lens').data = d; }, EXAMPLE);
  await o.page.waitForFunction(() => /Alpha Silicon/.test(document.querySelector('ipo-lens').svg));
  assert.equal((await shown(o.page)).biren, false);
  await o.context.close();
});

test('an object set as the data attribute ("[object Object]") is named as the mistake, and no story is drawn', async () => {
  const { page: p, context } = await page(() => {
    const el = document.createElement('ipo-lens');
    el.setAttribute('lang', 'en');
    el.setAttribute('data', String({}));
    document.body.append(el);
  });
  await p.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'error');
  await p.waitForTimeout(300);
  const s = await shown(p);
  assert.deepEqual([s.drawn, s.biren], [false, false]);
  assert.match(s.alert, /^data: the attribute holds no JSON dataset; set the data property/);
  await context.close();
});

test('the iframe embed with its own src shows no built-in picture while loading, nor when the src is refused', async () => {
  const { page: p, context } = await open(t.browser, `${t.url}/embed.html?src=data/examples/no-such-file.json&lang=en`, { width: 400 });
  const img = await p.$$eval('ipo-lens img[slot="fallback"]', (imgs) => imgs.length);
  assert.equal(img, 0, 'no static picture of the built-in story');
  await p.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'error');
  const s = await shown(p);
  assert.deepEqual([s.drawn, s.biren], [false, false]);
  await context.close();
});
