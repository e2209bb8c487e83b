// load.js, the plain-script embed's loader (issue 14): the static pictures get the
// reader's bandwidth first; the element is imported once they are on screen, after 3 s at
// the latest, or at once when the reader reaches for a widget (and the press is answered).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ready, suite } from './support.mjs';

const t = suite();

const FALLBACK = '<img slot="fallback" src="/static/listing-day.en.svg" alt="Gain over the offer price (static version)" width="640" height="347" fetchpriority="high">';

/** An article page at /article.html loading load.js, with the picture's response held
 *  until `hold` settles (never, if `hold` never does). Requests for the element's module
 *  and the wasm are listed with the time they were made. */
async function page(body, { hold = null } = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>ipo-lens:not(:defined) { display: block; min-height: 480px; } ipo-lens > [slot="fallback"] { display: block; max-width: 100%; height: auto; }</style>
</head><body>${body}<script type="module" src="/pkg/load.js"></script></body></html>`;
  const context = await t.browser.newContext({ viewport: { width: 800, height: 900 } });
  const p = await context.newPage();
  const errors = [];
  const asked = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  p.on('request', (r) => { if (/ipo-lens\.js|\.wasm$/.test(r.url())) asked.push(r.url().replace(t.url, '')); });
  if (hold) await p.route('**/static/listing-day.en.svg', async (route) => { await hold; await route.continue(); });
  await p.route(`${t.url}/article.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await p.goto(`${t.url}/article.html`, { waitUntil: 'domcontentloaded' });
  return { p, errors, asked, context };
}
const defined = (p) => p.evaluate(() => Boolean(customElements.get('ipo-lens')));
const wait = (p, ms) => p.evaluate((ms) => new Promise((ok) => setTimeout(ok, ms)), ms);

test('the element is imported only once the page\'s static picture is on screen', async () => {
  let release;
  const hold = new Promise((ok) => { release = ok; });
  const { p, errors, asked, context } = await page(`<ipo-lens lang="en" view="listing-day">${FALLBACK}</ipo-lens>`, { hold });
  await wait(p, 800);
  assert.equal(await defined(p), false, 'not defined while the picture is on its way');
  assert.deepEqual(asked, [], 'neither the element nor the wasm asked for');
  release();
  await p.waitForFunction(() => customElements.get('ipo-lens'));
  assert.ok(await p.$eval('ipo-lens > img', (i) => i.complete && i.naturalWidth > 0), 'the picture came first');
  await ready(p);
  assert.ok(asked.includes('/pkg/ipo-lens.js'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a picture that never arrives holds the element back 3 s, no longer', async () => {
  const { p, errors, context } = await page(`<ipo-lens lang="en" view="listing-day" loading="eager">${FALLBACK}</ipo-lens>`, { hold: new Promise(() => {}) });
  const start = await p.evaluate(() => performance.now());
  await p.waitForFunction(() => customElements.get('ipo-lens'), null, { timeout: 10000 });
  const at = await p.evaluate(() => performance.now());
  assert.ok(at - start < 4500, `defined ${Math.round(at - start)} ms after the page was there`);
  assert.ok(await p.evaluate(() => performance.now()) >= 2900, 'not before the 3 s were up');
  await ready(p);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without pictures the element comes at once', async () => {
  const { p, errors, context } = await page('<ipo-lens lang="en" view="listing-day"></ipo-lens>');
  await p.waitForFunction(() => customElements.get('ipo-lens'), null, { timeout: 2000 });
  await ready(p);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a press on the picture before the element is there brings it at once, and is answered', async () => {
  // where Biren's bar is, as a fraction of the picture, from a live widget at 640 px
  const live = await page('<ipo-lens lang="en" view="listing-day" loading="eager" style="width: 640px"></ipo-lens>');
  await ready(live.p);
  const target = await live.p.$eval('ipo-lens', (el) => {
    const svg = el.shadowRoot.querySelector('.chart svg').getBoundingClientRect();
    const m = [...el.shadowRoot.querySelectorAll('.mark')].find((b) => /Biren/.test(b.getAttribute('aria-label')));
    const r = m.getBoundingClientRect();
    return { fx: (r.left + r.width / 2 - svg.left) / svg.width, fy: (r.top + r.height / 2 - svg.top) / svg.height, label: m.getAttribute('aria-label') };
  });
  await live.context.close();

  // the picture is shown (from a data: copy) but load.js waits on a second picture that never comes
  const svg = await (await fetch(`${t.url}/static/listing-day.en.svg`)).text();
  const inline = `<img slot="fallback" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" alt="" width="640" height="347">`;
  const body = `<ipo-lens lang="en" view="listing-day" style="width: 640px">${inline}</ipo-lens><ipo-lens lang="en" view="financials">${FALLBACK}</ipo-lens>`;
  const { p, errors, context } = await page(body, { hold: new Promise(() => {}) });
  await p.waitForFunction(() => document.querySelector('ipo-lens > img').complete);
  assert.equal(await defined(p), false);
  const img = await p.$eval('ipo-lens > img', (i) => { const r = i.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
  await p.mouse.click(img.x + target.fx * img.w, img.y + target.fy * img.h);
  await p.waitForFunction(() => customElements.get('ipo-lens'), null, { timeout: 1500 });
  await p.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready', null, { timeout: 20000 });
  const shown = await p.$eval('ipo-lens', (el) => {
    const r = el.shadowRoot;
    return { open: !r.querySelector('.panel').hidden, active: r.querySelector('.mark.active')?.getAttribute('aria-label') ?? null };
  });
  assert.deepEqual(shown, { open: true, active: target.label }, 'the bar pressed opens its panel');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tap while the element itself is on its way is answered from the picture\'s hit boxes once it is there', async () => {
  // the picture is in, so load.js has asked for the element; the element's module and the
  // wasm are held back: the tap comes while the element is on its way
  const context = await t.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  let letElement;
  const element = new Promise((ok) => { letElement = ok; });
  await p.route('**/pkg/ipo-lens.js', async (route) => { await element; await route.continue(); });
  await p.route('**/ipo_lens_bg.wasm', () => {}); // never: the answer cannot come from the live chart
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>ipo-lens:not(:defined) { display: block; min-height: 480px; } ipo-lens > [slot="fallback"] { display: block; max-width: 100%; height: auto; }</style></head>
<body><p>The story.</p><ipo-lens view="listing-day" lang="en"><img slot="fallback" src="/static/listing-day.en.svg" data-marks="/static/listing-day.en.marks.json" alt="" width="640" height="347" fetchpriority="high"></ipo-lens>
<script type="module" src="/pkg/load.js"></script></body></html>`;
  await p.route(`${t.url}/article.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await p.goto(`${t.url}/article.html`, { waitUntil: 'domcontentloaded' });
  await p.waitForFunction(() => document.querySelector('ipo-lens > img').complete);
  // Biren's bar, from the hit-box file itself (its box in the picture's coordinates)
  const hits = await (await fetch(`${t.url}/static/listing-day.en.marks.json`)).json();
  const [x, y, w, h, title] = hits.marks[0];
  const at = await p.$eval('ipo-lens > img', (i, [x, y, w, h, W, H]) => {
    const r = i.getBoundingClientRect();
    return { x: r.left + ((x + w / 2) / W) * r.width, y: r.top + ((y + h / 2) / H) * r.height };
  }, [x, y, w, h, hits.width, hits.height]);
  await p.touchscreen.tap(at.x, at.y);
  assert.equal(await defined(p), false, 'the tap came before the element');
  letElement();
  await p.waitForFunction(() => {
    const tip = document.querySelector('ipo-lens').shadowRoot?.querySelector('.tip');
    return tip && !tip.hidden;
  }, null, { timeout: 5000 });
  const tip = await p.$eval('ipo-lens', (e) => e.shadowRoot.querySelector('.tip').textContent);
  assert.ok(tip.startsWith(title), tip);
  assert.equal(await p.$eval('ipo-lens', (e) => e.getAttribute('data-state')), 'loading', 'answered with no wasm');
  assert.deepEqual(errors, []);
  await context.close();
});
