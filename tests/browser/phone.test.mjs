// The static picture on a phone (issue 14): the iframe embed page and the README's embed
// show the picture drawn at 360 px in a phone-width widget (its text at a readable size,
// not the 640 px picture scaled down), and a tap on it before the wasm is answered from
// that picture's own hit boxes; a wider widget shows the 640 px picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { suite } from './support.mjs';

const t = suite();

/** A page served at /<name>.html with `html`, in a phone (touch, 3 px a CSS px) or a desktop
 *  window `width` px wide; the wasm never answers, so the widgets stay static pictures. */
async function page(name, html, width) {
  const phone = width < 500;
  const context = await t.browser.newContext({ viewport: { width, height: 800 }, ...(phone ? { deviceScaleFactor: 3, isMobile: true, hasTouch: true } : {}) });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await p.route('**/ipo_lens_bg.wasm', () => {}); // never: only the static picture and its boxes
  await p.route(`${t.url}/${name}.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await p.goto(`${t.url}/${name}.html`);
  return { p, errors, context };
}

/** In `frame` (a page or an iframe's frame), the fallback picture of its widget once it is
 *  on screen: the file the browser chose, its box, and the text of that file as Chromium
 *  lays it out at the size shown (the SVG put in the page at the picture's width): the
 *  height of its smallest and of its median line of text, in CSS px. */
async function shown(frame) {
  await frame.waitForFunction(() => {
    const img = document.querySelector('ipo-lens [slot="fallback"] img, ipo-lens > img[slot="fallback"]');
    return img?.complete && img.naturalWidth > 0 && customElements.get('ipo-lens');
  }, null, { timeout: 10000 });
  return frame.evaluate(async () => {
    const img = document.querySelector('ipo-lens [slot="fallback"] img, ipo-lens > img[slot="fallback"]');
    const r = img.getBoundingClientRect();
    const text = async (src) => {
      const probe = document.createElement('div');
      probe.style.cssText = `position: absolute; left: 0; top: 0; width: ${r.width}px; visibility: hidden`;
      probe.innerHTML = await (await fetch(src)).text();
      const svg = probe.querySelector('svg');
      svg.style.cssText = 'display: block; width: 100%; height: auto';
      document.body.append(probe);
      const heights = [...svg.querySelectorAll('text')].map((e) => e.getBoundingClientRect().height).filter((h) => h > 0).sort((a, b) => a - b);
      probe.remove();
      return { smallest: heights[0], median: heights[Math.floor(heights.length / 2)] };
    };
    // the 640 px picture at the same width, for comparison
    const wide = img.currentSrc.replace(/\.360\.svg$/, '.svg');
    return {
      file: new URL(img.currentSrc).pathname,
      box: { x: r.left, y: r.top, w: r.width, h: r.height },
      text: await text(img.currentSrc),
      wide: await text(wide),
      overflow: document.documentElement.scrollWidth - innerWidth,
    };
  });
}

/** The point of the hit boxes `hits` under (x, y) of a picture shown in `box`, or -1. */
function pointAt(hits, box, x, y) {
  const k = box.w / hits.width;
  return hits.marks.findIndex(([mx, my, mw, mh]) => x >= box.x + mx * k && x <= box.x + (mx + mw) * k && y >= box.y + my * k && y <= box.y + (my + mh) * k);
}
const marks = async (file) => (await fetch(`${t.url}${file}`)).json();

/** Taps the `i`th point of the picture shown (`pic`, in a frame `dy` px down the page) and
 *  returns the tooltip's words; checks first that the 640 px picture's boxes would have
 *  given another point there (so that the answer tells which file was read). */
async function tapPoint(p, frame, pic, i, dy = 0) {
  const own = await marks(pic.file.replace(/\.svg$/, '.marks.json'));
  const wide = await marks(pic.file.replace(/(\.360)?\.svg$/, '.marks.json'));
  const [x, y, w, h] = own.marks[i];
  const k = pic.box.w / own.width;
  const at = { x: pic.box.x + (x + w / 2) * k, y: pic.box.y + (y + h / 2) * k };
  if (pic.file.endsWith('.360.svg')) {
    const other = pointAt(wide, pic.box, at.x, at.y);
    assert.ok(other === -1 || wide.marks[other][4] !== own.marks[i][4], `the 640 px boxes give another point at ${JSON.stringify(at)}: ${other}`);
  }
  await p.touchscreen.tap(at.x, at.y + dy);
  await frame.waitForFunction(() => {
    const tip = document.querySelector('ipo-lens').shadowRoot.querySelector('.tip');
    return !tip.hidden;
  }, null, { timeout: 5000 });
  const words = await frame.$eval('ipo-lens', (el) => [...el.shadowRoot.querySelectorAll('.tip strong, .tip li')].map((e) => e.textContent));
  assert.equal(await frame.$eval('ipo-lens', (el) => el.getAttribute('data-state')), 'loading', 'answered with no wasm');
  return { words, want: [own.marks[i][4], ...own.marks[i][5]] };
}

/** The README's iframe snippet in an article. */
const story = (query) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
<body><h1>News story</h1><iframe id="f" src="/embed.html?${query}" title="ipo-lens" width="100%" height="640" style="border:0"></iframe>
<p>after</p><script src="/embed-resize.js" async></script></body></html>`;

test('the iframe embed on a phone shows the picture drawn at 360 px, its text readable, and a tap answered from its own boxes', async () => {
  for (const [query, i] of [['view=listing-day&lang=en', 1], ['view=financials&lang=zh', 2]]) {
    const { p, errors, context } = await page('story', story(query), 360);
    const frame = p.frame({ url: /embed\.html/ });
    const pic = await shown(frame);
    const [, view, lang] = query.match(/view=([a-z-]+)&lang=([a-zA-Z-]+)/);
    assert.equal(pic.file, `/static/${view}.${lang}.360.svg`, query);
    console.log(`${query} at 360 px: ${pic.file} shown ${pic.box.w.toFixed(0)} px wide; text ${pic.text.smallest.toFixed(1)} px smallest, ${pic.text.median.toFixed(1)} px median (the 640 px picture: ${pic.wide.smallest.toFixed(1)}, ${pic.wide.median.toFixed(1)})`);
    assert.ok(pic.text.smallest >= 10, `its smallest text ${pic.text.smallest} px`);
    assert.ok(pic.wide.smallest < pic.text.smallest * 0.7, `the 640 px picture's would be ${pic.wide.smallest} px`);
    assert.ok(pic.overflow <= 0, `the picture fits the frame: ${pic.overflow} px over`);
    const dy = await p.$eval('#f', (f) => f.getBoundingClientRect().top);
    const dx = await p.$eval('#f', (f) => f.getBoundingClientRect().left);
    pic.box.x += dx;
    const tip = await tapPoint(p, frame, pic, i, dy);
    assert.deepEqual(tip.words, tip.want, `${query}: the tapped point's tooltip`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the iframe embed at 800 px shows the 640 px picture', async () => {
  const { p, errors, context } = await page('story', story('view=financials&lang=en'), 800);
  const pic = await shown(p.frame({ url: /embed\.html/ }));
  assert.equal(pic.file, '/static/financials.en.svg');
  assert.equal(Math.round(pic.box.w), 640);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The ```lang block of README `file` that holds `holding`, as written there. */
function block(file, lang, holding) {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const at = text.indexOf(holding);
  assert.ok(at >= 0, `${file} shows ${holding}`);
  const from = text.lastIndexOf('```' + lang + '\n', at) + lang.length + 4;
  return text.slice(from, text.indexOf('```', at));
}
/** An article with the embed `snippet` as a README gives it (its `static/` and `/ipo-lens/`
 *  served here), loaded with load.js, and the README's two CSS rules. */
const article = (snippet, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body { margin: 0; padding: 0 16px; font: 17px/1.5 Georgia, serif; }
${block('README.md', 'css', 'ipo-lens:not(:defined)')}</style></head>
<body><h1>A listing</h1><p>The story begins.</p>
${snippet.replaceAll('"static/', '"/static/').replaceAll('/ipo-lens/load.js', '/pkg/load.js')}
<p id="after">The story goes on.</p>
${snippet.includes('load.js') ? '' : '<script type="module" src="/pkg/load.js"></script>'}</body></html>`;
/** The README's embed and the package README's. */
const READMES = () => [
  ['listing-day', 'en', 2, block('README.md', 'html', '\n  <picture slot="fallback">')],
  ['financials', 'en', 1, block('src/web/README.md', 'html', '\n  <picture slot="fallback">')],
];

test('the README embed (<picture> with load.js) shows the 360 px picture on a phone and answers a tap from its boxes, the 640 px one at 800 px', async () => {
  for (const [view, lang, i, snippet] of READMES()) {
    // the sizes it gives are its pictures' own
    for (const file of [`${view}.${lang}.svg`, `${view}.${lang}.360.svg`]) {
      const { width, height } = await marks(`/static/${file.replace(/\.svg$/, '.marks.json')}`);
      assert.match(snippet, new RegExp(`(src|srcset)="static/${file.replaceAll('.', '\\.')}"[^>]* width="${width}" height="${height}"`), `${file} is ${width} × ${height}`);
    }
    const html = article(snippet, lang);
    const phone = await page('article', html, 360);
    const pic = await shown(phone.p);
    assert.equal(pic.file, `/static/${view}.${lang}.360.svg`);
    console.log(`README embed ${view}.${lang} at 360 px: ${pic.file} shown ${pic.box.w.toFixed(0)} × ${pic.box.h.toFixed(0)} px; text ${pic.text.smallest.toFixed(1)} px smallest, ${pic.text.median.toFixed(1)} px median (the 640 px picture: ${pic.wide.smallest.toFixed(1)}, ${pic.wide.median.toFixed(1)})`);
    assert.ok(pic.text.smallest >= 10, `its smallest text ${pic.text.smallest} px`);
    assert.ok(pic.overflow <= 0, `the picture fits the page: ${pic.overflow} px over`);
    const tip = await tapPoint(phone.p, phone.p, pic, i);
    assert.deepEqual(tip.words, tip.want, `${view}.${lang}: the tapped point's tooltip`);
    assert.deepEqual(phone.errors, []);
    await phone.context.close();

    const desk = await page('article', html, 800);
    const wide = await shown(desk.p);
    assert.equal(wide.file, `/static/${view}.${lang}.svg`);
    assert.equal(Math.round(wide.box.w), 640);
    // the mouse over a point of the 640 px picture: its own boxes
    const hits = await marks(`/static/${view}.${lang}.marks.json`);
    const [x, y, w, h, title] = hits.marks[i];
    await desk.p.mouse.move(wide.box.x + x + w / 2, wide.box.y + y + h / 2);
    await desk.p.waitForFunction((t) => document.querySelector('ipo-lens').shadowRoot.querySelector('.tip strong')?.textContent === t, title, { timeout: 5000 });
    assert.deepEqual(desk.errors, []);
    await desk.context.close();
  }
});

test('a <picture> fallback whose chosen picture has no boxes named answers nothing rather than another picture\'s', async () => {
  const html = article(READMES()[0][3].replace(/ data-marks="[^"]*360\.marks\.json"/, ''), 'en');
  const { p, errors, context } = await page('article', html, 360);
  const pic = await shown(p);
  assert.equal(pic.file, '/static/listing-day.en.360.svg');
  const own = await marks('/static/listing-day.en.360.marks.json');
  const [x, y, w, h] = own.marks[0];
  const k = pic.box.w / own.width;
  await p.touchscreen.tap(pic.box.x + (x + w / 2) * k, pic.box.y + (y + h / 2) * k);
  await p.waitForTimeout(600);
  assert.equal(await p.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('.tip').hidden), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the built-in picture follows the widget across 560 px before it is live (a phone turned)', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script type="module" src="/pkg/ipo-lens.js"></script></head><body style="margin: 0"><ipo-lens lang="en" view="demand"></ipo-lens></body></html>`;
  const { p, errors, context } = await page('turned', html, 400);
  const file = () => p.$eval('ipo-lens', (el) => new URL(el.shadowRoot.querySelector('img.first')?.src ?? 'http://x/none').pathname);
  await p.waitForFunction(() => document.querySelector('ipo-lens').shadowRoot?.querySelector('img.first'));
  assert.equal(await file(), '/pkg/static/demand.en.360.svg');
  await p.setViewportSize({ width: 800, height: 400 });
  await p.waitForFunction(() => /demand\.en\.svg$/.test(document.querySelector('ipo-lens').shadowRoot.querySelector('img.first')?.src ?? ''));
  await p.setViewportSize({ width: 400, height: 800 });
  await p.waitForFunction(() => /demand\.en\.360\.svg$/.test(document.querySelector('ipo-lens').shadowRoot.querySelector('img.first')?.src ?? ''));
  assert.equal(await p.$eval('ipo-lens', (el) => el.getAttribute('data-state')), 'loading');
  assert.deepEqual(errors, []);
  await context.close();
});
