// The chart's text as Chromium lays it out (not as the layout code estimates it): for every
// view and metric, in zh, zh-Hant and en, at 320/360/414/768/1280 px, every text of the SVG stays
// inside the chart, no two texts overlap, no axis line or gridline crosses a text, and no
// text is cut short with "…".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, ready, suite } from './support.mjs';

const t = suite();
const WIDTHS = [320, 360, 414, 768, 1280];

/** In the page: the problems of the SVG string `svg` drawn at its own size. */
function problems(svg) {
  const host = document.getElementById('probe') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'probe' }));
  host.replaceChildren();
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = document.importNode(doc.documentElement, true);
  host.append(root);
  const frame = root.getBoundingClientRect();
  const texts = [...root.querySelectorAll('text')]
    .filter((e) => e.textContent.trim())
    .map((e) => ({ s: e.textContent.trim(), b: e.getBoundingClientRect() }));
  const out = [];
  const inside = (b) => b.left >= frame.left - 0.5 && b.right <= frame.right + 0.5 && b.top >= frame.top - 0.5 && b.bottom <= frame.bottom + 0.5;
  // glyph boxes include the font's ascent and descent: compare their inner part
  const shrink = (b) => ({ left: b.left + 0.5, right: b.right - 0.5, top: b.top + b.height * 0.2, bottom: b.bottom - b.height * 0.2 });
  const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const x of texts) {
    if (!inside(x.b)) out.push(`outside the chart: "${x.s}"`);
    if (x.s.endsWith('…')) out.push(`cut short: "${x.s}"`);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (meet(shrink(texts[i].b), shrink(texts[j].b))) out.push(`overlap: "${texts[i].s}" / "${texts[j].s}"`);
    }
  }
  // straight segments of lines and polylines (axes, gridlines, ticks), in page pixels
  const m = root.getScreenCTM();
  for (const el of root.querySelectorAll('line, polyline')) {
    const pts = el.tagName === 'line'
      ? [[+el.getAttribute('x1'), +el.getAttribute('y1')], [+el.getAttribute('x2'), +el.getAttribute('y2')]]
      : el.getAttribute('points').trim().split(/\s+/).map((p) => p.split(',').map(Number));
    if (pts.length !== 2) continue; // data lines (price paths) are not rules
    const [[x1, y1], [x2, y2]] = pts.map(([x, y]) => [m.a * x + m.e, m.d * y + m.f]);
    if (x1 !== x2 && y1 !== y2) continue;
    const seg = { left: Math.min(x1, x2), right: Math.max(x1, x2) + 0.01, top: Math.min(y1, y2), bottom: Math.max(y1, y2) + 0.01 };
    for (const x of texts) if (meet(shrink(x.b), seg)) out.push(`a line crosses "${x.s}"`);
  }
  return [...new Set(out)];
}

for (const lang of ['zh', 'zh-Hant', 'en']) {
  test(`every chart's text as Chromium lays it out (${lang})`, async () => {
    const { page, context } = await open(t.browser, `${t.url}/blank.html`, { width: 1300 });
    await page.evaluate((l) => {
      const el = document.createElement('ipo-lens');
      el.setAttribute('lang', l);
      document.body.append(el);
    }, lang);
    await ready(page);
    const views = ['listing-day', 'demand', 'valuation', 'financials', 'chips', 'market', 'customers', 'specs', 'company', 'fact-check', 'price-path'];
    const found = [];
    let drawn = 0;
    for (const view of views) {
      for (const width of WIDTHS) {
        // the widget's width is the chart's: draw it at each width and each of the view's metrics
        const metrics = await page.evaluate(async ([v, w]) => {
          const el = document.querySelector('ipo-lens');
          el.style.width = `${w}px`;
          const drawnIn = () => new Promise((r) => el.addEventListener('ipo-lens-ready', r, { once: true }));
          const next = drawnIn();
          el.setAttribute('view', v);
          el.removeAttribute('metric');
          await Promise.race([next, new Promise((r) => setTimeout(r, 400))]);
          return [...el.shadowRoot.querySelectorAll('[data-kind="metric"]')].map((b) => b.dataset.id);
        }, [view, width]);
        for (const metric of metrics.length ? metrics : ['']) {
          const svg = await page.evaluate(async (m) => {
            const el = document.querySelector('ipo-lens');
            if (m && el.getAttribute('metric') !== m) {
              const next = new Promise((r) => el.addEventListener('ipo-lens-ready', r, { once: true }));
              el.setAttribute('metric', m);
              await next;
            }
            return el.svg;
          }, metric);
          drawn++;
          for (const p of await page.evaluate(problems, svg)) found.push(`${view}/${metric} ${width}px: ${p}`);
        }
      }
    }
    assert.ok(drawn >= 100, `drew ${drawn} charts`);
    assert.deepEqual(found, []);
    await context.close();
  });
}
