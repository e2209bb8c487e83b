// Contrast as Chromium paints it: every text of every chart, in light and dark, against
// what is behind it (the chart's paper, or the badge it sits on) is at least 4.5:1; and so
// is every text of the element around it (tabs, switches, tools, table, panel, tooltip)
// against the background it is painted on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, ready, suite } from './support.mjs';

const t = suite();
const VIEWS = ['listing-day', 'demand', 'valuation', 'financials', 'chips', 'market', 'customers', 'specs', 'company', 'fact-check', 'price-path'];

/** In the page: [text, ratio] for every SVG text of the widget's chart and every text of
 *  the element's own DOM (its colour against the first opaque background behind it). */
function measure() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (m) return m[1].split(',').slice(0, 3).map(Number);
    const f = c.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/);
    if (f) return f.slice(1, 4).map((v) => Math.round(Number(v) * 255));
    const h = c.match(/^#([0-9a-f]{6})$/i);
    return h ? [0, 2, 4].map((i) => parseInt(h[1].slice(i, i + 2), 16)) : null;
  };
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const svg = document.querySelector('ipo-lens').shadowRoot.querySelector('.chart svg');
  const paper = parse(getComputedStyle(svg.querySelector('rect')).fill);
  const circles = [...svg.querySelectorAll('circle')].map((c) => ({ box: c.getBoundingClientRect(), fill: parse(getComputedStyle(c).fill) }));
  const out = [];
  for (const el of svg.querySelectorAll('text')) {
    if (!el.textContent.trim()) continue;
    const box = el.getBoundingClientRect();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const under = circles.find((c) => cx >= c.box.left && cx <= c.box.right && cy >= c.box.top && cy <= c.box.bottom);
    const bg = under ? under.fill : paper;
    out.push([el.textContent, ratio(parse(getComputedStyle(el).fill), bg)]);
  }
  const host = document.querySelector('ipo-lens');
  // a background counts where it is fully opaque (a translucent hover tint is not a ground)
  const opaque = (c) => c && !/transparent|rgba\(|\/ ?0?\.\d+\)/.test(c);
  const behind = (node) => {
    for (let n = node; n; n = n.parentElement ?? n.getRootNode().host) {
      const c = getComputedStyle(n).backgroundColor;
      if (opaque(c)) return parse(c);
      if (n === host) break;
    }
    return parse(getComputedStyle(host).backgroundColor) ?? [255, 255, 255];
  };
  const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || el.closest('svg') || el.closest('[hidden]') || !el.getClientRects().length) continue;
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none' || el.closest('.sr')) continue;
    out.push([`(element) ${n.textContent.trim().slice(0, 30)}`, ratio(parse(st.color), behind(el))]);
  }
  return out;
}

for (const scheme of ['light', 'dark']) {
  test(`every chart text reads at 4.5:1 or more (${scheme})`, async () => {
    const { page, context } = await open(t.browser, `${t.url}/blank.html`, { width: 640 });
    await page.emulateMedia({ colorScheme: scheme });
    const low = [];
    let texts = 0;
    for (const view of VIEWS) {
      await page.evaluate((v) => {
        document.body.replaceChildren();
        const el = document.createElement('ipo-lens');
        el.setAttribute('view', v);
        el.setAttribute('lang', 'en');
        document.body.append(el);
      }, view);
      await ready(page);
      // the table open, a point's tooltip shown: their text is measured too
      await page.locator('ipo-lens [data-tool="table"]').click();
      await page.locator('ipo-lens .mark').first().hover();
      const found = await page.evaluate(measure);
      texts += found.length;
      for (const [text, r] of found) if (r < 4.5) low.push(`${view}: "${text}" ${r.toFixed(2)}:1`);
    }
    assert.ok(texts > 300, `measured ${texts} texts`);
    assert.deepEqual(low, []);
    await context.close();
  });
}
