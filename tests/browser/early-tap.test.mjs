// A tap on an inline static picture before any script of the widget ran (issue 14): the
// picture paints with the page, before load.js can listen. A touch screen keeps the tapped
// part of the picture hovered; load.js reads it when it runs and passes the press on, so the
// reader does not have to tap again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './support.mjs';

const t = suite();

/** A phone page with the listing-day picture pasted inline (as `npx ipo-lens static`
 *  writes it) and load.js held back until `letLoader()`; the wasm never comes. */
async function phone(t, { touch = true } = {}) {
  const context = await t.browser.newContext(touch
    ? { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true }
    : { viewport: { width: 800, height: 900 } });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  let letLoader;
  const loader = new Promise((ok) => { letLoader = ok; });
  await p.route('**/pkg/load.js', async (route) => { await loader; await route.continue(); });
  await p.route('**/ipo_lens_bg.wasm', () => {}); // never: any answer comes from the hit boxes
  const svg = (await (await fetch(`${t.url}/static/listing-day.en.svg`)).text())
    .replace('<svg ', '<svg slot="fallback" data-marks="/static/listing-day.en.marks.json" role="img" aria-label="Gain over the offer price (static version)" ');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>ipo-lens:not(:defined) { display: block; min-height: 480px; } ipo-lens > [slot="fallback"] { display: block; max-width: 100%; height: auto; }</style></head>
<body><p>The story.</p><ipo-lens view="listing-day" lang="en">${svg}</ipo-lens>
<script type="module" src="/pkg/load.js"></script></body></html>`;
  await p.route(`${t.url}/article.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  // (not 'domcontentloaded': the page's module script is held, and the event waits for it)
  await p.goto(`${t.url}/article.html`, { waitUntil: 'commit' });
  await p.waitForSelector('ipo-lens > svg');
  const hits = await (await fetch(`${t.url}/static/listing-day.en.marks.json`)).json();
  /** the middle of mark `i`'s hit box on screen, and its tooltip title */
  const mark = async (i) => {
    const [x, y, w, h, title] = hits.marks[i];
    const at = await p.$eval('ipo-lens > svg', (s, [x, y, w, h, W, H]) => {
      const r = s.getBoundingClientRect();
      return { x: r.left + ((x + w / 2) / W) * r.width, y: r.top + ((y + h / 2) / H) * r.height };
    }, [x, y, w, h, hits.width, hits.height]);
    return { ...at, title };
  };
  return { p, errors, context, letLoader, mark };
}
const defined = (p) => p.evaluate(() => Boolean(customElements.get('ipo-lens')));
const tip = (p) => p.$eval('ipo-lens', (e) => {
  const s = e.shadowRoot;
  const shown = [s?.querySelector('.tip'), s?.querySelector('.panel')].find((b) => b && !b.hidden);
  return shown ? shown.textContent : null;
});

test('a tap on an inline picture before load.js ran is answered once it runs, with no second tap', async () => {
  const { p, errors, context, letLoader, mark } = await phone(t);
  for (const i of [0, 2]) {
    const m = await mark(i);
    await p.touchscreen.tap(m.x, m.y);
  }
  // the last tap (the third company) is the one answered
  const { title } = await mark(2);
  assert.equal(await defined(p), false, 'the taps came before any script of the widget');
  letLoader();
  await p.waitForFunction(() => {
    const s = document.querySelector('ipo-lens').shadowRoot;
    return [s?.querySelector('.tip'), s?.querySelector('.panel')].some((b) => b && !b.hidden);
  }, null, { timeout: 5000 });
  const said = await tip(p);
  assert.ok(said.startsWith(title), `answered "${said}", the tap was on "${title}"`);
  assert.equal(await p.$eval('ipo-lens', (e) => e.getAttribute('data-state')), 'loading', 'answered from the hit boxes, with no wasm');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tap on the picture\'s background before load.js ran opens nothing; a mouse resting on a bar presses nothing', async () => {
  // background: the picture's top-left corner (its title area), not a mark
  const touch = await phone(t);
  const box = await touch.p.$eval('ipo-lens > svg', (s) => { const r = s.getBoundingClientRect(); return { x: r.left + 4, y: r.top + 4 }; });
  await touch.p.touchscreen.tap(box.x, box.y);
  touch.letLoader();
  await touch.p.waitForFunction(() => customElements.get('ipo-lens'));
  await touch.p.waitForTimeout(800);
  assert.equal(await tip(touch.p), null, 'no tooltip for a tap on no mark');
  assert.deepEqual(touch.errors, []);
  await touch.context.close();

  const mouse = await phone(t, { touch: false });
  const m = await mouse.mark(0);
  await mouse.p.mouse.move(m.x, m.y);
  mouse.letLoader();
  await mouse.p.waitForFunction(() => customElements.get('ipo-lens'));
  await mouse.p.waitForTimeout(800);
  assert.equal(await mouse.p.$eval('ipo-lens', (e) => e.shadowRoot?.querySelector('.panel')?.hidden ?? true), true, 'no panel pinned by a resting mouse');
  assert.deepEqual(mouse.errors, []);
  await mouse.context.close();
});
