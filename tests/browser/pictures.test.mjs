// The static pictures a widget shows before it is live (pkg/static/, issue 14) are the live
// chart: at the same width, a live widget draws the very SVG the picture file holds, for
// every view and language the package ships, at 640 and at 360 px. So the upgrade from
// picture to chart changes nothing the reader sees but what becomes interactive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { open, suite } from './support.mjs';

const t = suite();
const STATIC = new URL('../../pkg/static/', import.meta.url);
const NAMES = readdirSync(STATIC).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -'.svg'.length));

test('every built-in picture is what the live widget draws at its width', async () => {
  assert.ok(NAMES.length >= 60, `pictures found: ${NAMES.length}`);
  const { page, errors, context } = await open(t.browser, `${t.url}/blank.html`, { width: 1000 });
  const differ = [];
  for (const name of NAMES) {
    const [view, lang, narrow] = name.split('.');
    const width = narrow ? 360 : 640;
    const svg = await page.evaluate(([view, lang, width]) => new Promise((ok, no) => {
      document.body.replaceChildren();
      const el = document.createElement('ipo-lens');
      el.setAttribute('loading', 'eager');
      el.setAttribute('view', view);
      el.setAttribute('lang', lang);
      // the chart takes the widget's content box
      el.style.cssText = `display: block; width: ${width}px; padding: 0; border: 0; box-sizing: content-box`;
      el.addEventListener('ipo-lens-ready', () => ok(el.svg), { once: true });
      el.addEventListener('ipo-lens-error', (e) => no(new Error(e.detail.message)), { once: true });
      document.body.append(el);
    }), [view, lang, width]);
    const file = readFileSync(new URL(`${name}.svg`, STATIC), 'utf8');
    assert.match(svg, new RegExp(`^<svg width="${width}"`), `${name}: the live chart is ${width} px wide`);
    if (svg !== file) differ.push(name);
  }
  assert.deepEqual(differ, [], 'pictures that differ from the live chart at their width');
  assert.deepEqual(errors, []);
  await context.close();
});
