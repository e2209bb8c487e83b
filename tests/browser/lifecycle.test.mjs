// Lifecycle, loading and exports (issue 16 items 5, 7–14): every path ends in a clear
// state. Each test failed on the code before its fix (the figures are in the commit
// messages and the note).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, open, ready, server } from './support.mjs';

let srv, url, browser, classic;
before(async () => {
  ({ server: srv, url } = await server());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await classic?.close();
  srv?.close();
});

const EXAMPLE = JSON.parse(readFileSync(new URL('../../data/examples/example-listing.json', import.meta.url), 'utf8'));
const ARM = JSON.parse(readFileSync(new URL('../../data/examples/arm-2023.json', import.meta.url), 'utf8'));

/** A blank page with one widget (`attrs`), every drawing and error counted in
 *  `window.drawn` / `window.failed`; waits until it is ready (or in error) unless `wait`
 *  is false. */
async function widget(attrs, { width = 900, height = 900, wait = true, b = browser, route = null } = {}) {
  const o = await open(b, `${url}/blank.html`, { width, height });
  if (route) await route(o.page);
  await o.page.evaluate((a) => {
    window.drawn = [];
    window.failed = [];
    const el = document.createElement('ipo-lens');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    el.addEventListener('ipo-lens-ready', (e) => window.drawn.push(e.detail));
    el.addEventListener('ipo-lens-error', (e) => window.failed.push(e.detail));
    document.body.append(el);
  }, { loading: 'eager', ...attrs });
  if (wait) await ready(o.page);
  return o;
}

const alertOf = (page) => page.$eval('ipo-lens', (el) => {
  const a = el.shadowRoot.querySelector('[role=alert]');
  return a.hidden ? '' : a.textContent;
});

// ---- item 7: a classic scrollbar must not start a resize loop ----

test('a classic scrollbar at a width where the narrower chart is shorter: drawn a few times, not every frame', async () => {
  // headless Chromium hides scrollbars unless told not to: a classic 15 px one here
  classic ??= await launch({ scrollbars: true });
  let found = null;
  for (const [lang, view] of [['zh', 'financials'], ['en', 'market']]) {
    const { page, context } = await widget({ lang, view }, { width: 497, height: 400, b: classic });
    // the page's height with and without the scrollbar's 15 px
    const tall = async (overflow) => page.evaluate((o) => new Promise((ok) => {
      document.documentElement.style.overflowY = o;
      setTimeout(() => ok(document.documentElement.scrollHeight), 100);
    }), overflow);
    const wide = await tall('hidden');
    const narrow = await tall('scroll');
    await page.evaluate(() => { document.documentElement.style.overflowY = ''; });
    await context.close();
    if (narrow < wide - 8) {
      found = { lang, view, height: Math.round((wide + narrow) / 2), wide, narrow };
      break;
    }
  }
  assert.ok(found, 'a view whose chart is shorter 15 px narrower (the loop needs one)');
  const { page, errors, context } = await widget({ lang: found.lang, view: found.view }, { width: 497, height: found.height, b: classic });
  const drawings = await page.evaluate(() => new Promise((ok) => {
    const start = window.drawn.length;
    setTimeout(() => ok(window.drawn.length - start), 3000);
  }));
  const gutter = await page.evaluate(() => innerWidth - document.documentElement.clientWidth);
  console.log(`  classic scrollbar, ${JSON.stringify(found)}: ${drawings} drawings in 3 s (gutter now ${gutter} px)`);
  assert.ok(drawings <= 3, `${drawings} drawings in 3 s with nothing changing`);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- item 8: the last request wins; the same src again reloads ----

test('setData while a src is loading: the later setData stays; setting the same src again loads it again', async () => {
  let requests = 0;
  let release;
  const held = new Promise((ok) => { release = ok; });
  const { page, errors, context } = await widget({ lang: 'en' }, {
    route: (p) => p.route(`${url}/slow.json`, async (route) => {
      requests++;
      if (requests === 1) await held;
      await route.fulfill({ body: JSON.stringify(EXAMPLE), contentType: 'application/json' });
    }),
  });
  await page.evaluate(async (arm) => {
    const el = document.querySelector('ipo-lens');
    el.setAttribute('src', '/slow.json');
    await new Promise((ok) => setTimeout(ok, 100));
    await el.setData(arm);
  }, ARM);
  release();
  await page.waitForTimeout(800);
  const shown = await page.$eval('ipo-lens', (el) => ({ arm: el.svg.includes('Arm'), example: el.svg.includes('Alpha Silicon') }));
  assert.deepEqual(shown, { arm: true, example: false }, 'the src that finished last did not overwrite the later setData');
  // the same src again: loaded again, and it is now the last request
  await page.evaluate(() => document.querySelector('ipo-lens').setAttribute('src', '/slow.json'));
  await page.waitForFunction(() => document.querySelector('ipo-lens').svg.includes('Alpha Silicon'), null, { timeout: 5000 });
  assert.equal(requests, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- item 9: src="" and a server that never answers end in a clear error ----

test('src="" is an error at once; a src that never finishes times out (timeout attribute) with a message in the widget\'s language', async () => {
  const empty = await widget({ lang: 'en', src: '' });
  assert.equal(await empty.page.$eval('ipo-lens', (el) => el.getAttribute('data-state')), 'error');
  assert.match(await alertOf(empty.page), /src/);
  assert.equal((await empty.page.evaluate(() => window.failed)).length, 1);
  await empty.context.close();

  const hang = await widget({ lang: 'zh', src: '/never.json', timeout: '1' }, {
    wait: false,
    route: (p) => p.route(`${url}/never.json`, () => {}), // never answered
  });
  const started = Date.now();
  await ready(hang.page);
  const took = Date.now() - started;
  const failed = await hang.page.evaluate(() => window.failed);
  const alert = await alertOf(hang.page);
  console.log(`  timeout=1: error after ${took} ms: ${alert}`);
  assert.equal(failed.length, 1);
  assert.match(alert, /\p{Script=Han}/u, 'said in Chinese');
  assert.match(alert, /never\.json/);
  assert.ok(took < 4000);
  // the default is there, documented, and a property overrides it
  assert.deepEqual(await hang.page.$eval('ipo-lens', (el) => {
    const d = el.timeout;
    el.timeout = 2.5;
    return [d, el.timeout, el.getAttribute('timeout')];
  }), [1, 2.5, '2.5']);
  const fresh = await hang.page.evaluate(() => document.createElement('ipo-lens').timeout);
  assert.equal(fresh, 20);
  await hang.context.close();
});

// ---- item 10: adopted into an iframe ----

test('document.adoptNode into an iframe: the widget keeps its stylesheet and tracks its new width', async () => {
  const { page, errors, context } = await widget({ lang: 'en', view: 'financials' });
  const seen = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '700px';
    frame.style.height = '900px';
    document.body.append(frame);
    await new Promise((ok) => setTimeout(ok, 50));
    const doc = frame.contentDocument;
    const el = document.querySelector('ipo-lens');
    const drawn = () => new Promise((ok) => el.addEventListener('ipo-lens-ready', ok, { once: true }));
    const width = () => Math.round(el.shadowRoot.querySelector('.chart svg')?.getBoundingClientRect().width ?? 0);
    const styled = () => {
      const tools = el.shadowRoot.querySelector('.tools');
      return getComputedStyle(tools).display === 'flex' && getComputedStyle(el.shadowRoot.querySelector('.root')).maxWidth === '960px';
    };
    const before = { styled: styled(), width: width() };
    const first = drawn();
    doc.body.append(doc.adoptNode(el));
    await Promise.race([first, new Promise((ok) => setTimeout(ok, 1500))]);
    const moved = { styled: styled(), width: width() };
    const next = drawn();
    frame.style.width = '420px';
    await Promise.race([next, new Promise((ok) => setTimeout(ok, 1500))]);
    return { before, moved, narrowed: { styled: styled(), width: width() } };
  });
  console.log(`  adopted: ${JSON.stringify(seen)}`);
  assert.equal(seen.before.styled, true);
  assert.equal(seen.moved.styled, true, 'its stylesheet in the iframe');
  assert.ok(seen.moved.width <= 700 - 16 && seen.moved.width > 600, `drawn at the iframe's width: ${seen.moved.width}`);
  assert.ok(seen.narrowed.width <= 420 - 16, `tracks the iframe's width: ${seen.narrowed.width}`);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- item 11: refused input leaves wasm memory as it was ----

test('a refused 100 MB dataset and a refused 20 M-point series leave wasm memory where it was', async () => {
  const { page, errors, context } = await widget({ lang: 'en' });
  const mem = await page.evaluate(async (example) => {
    const glue = await import('/pkg/ipo_lens.js');
    const el = document.querySelector('ipo-lens');
    const out = { start: glue.memoryBytes() };
    // 100 MB of JSON: the example with its first figure's note repeated into many figures
    const big = structuredClone(example);
    const f = big.figures[0];
    const n = 100 * 1024 * 1024 / 600;
    big.figures = Array.from({ length: n }, (_, i) => ({ ...f, id: `f${i}`, note: 'x'.repeat(400) }));
    out.bytes = JSON.stringify(big).length;
    try {
      await el.setData(big);
      out.data = 'accepted';
    } catch (e) {
      out.data = e.message.slice(0, 200);
    }
    out.afterData = glue.memoryBytes();
    const x = new Float64Array(20_000_000);
    for (let i = 0; i < x.length; i++) x[i] = 1.7e12 + i * 60_000;
    try {
      await el.setSeries({ id: 'p', entity: 'biren', currency: 'HKD', x, y: new Float64Array(x.length).fill(20) });
      out.series = 'accepted';
    } catch (e) {
      out.series = e.message.slice(0, 200);
    }
    out.afterSeries = glue.memoryBytes();
    return out;
  }, EXAMPLE);
  const mb = (b) => (b / 1048576).toFixed(1);
  console.log(`  wasm memory: ${mb(mem.start)} MB at start; ${mb(mem.afterData)} MB after the refused ${mb(mem.bytes)} MB dataset; ${mb(mem.afterSeries)} MB after the refused 20 M-point series`);
  console.log(`  messages: ${mem.data} | ${mem.series}`);
  assert.notEqual(mem.data, 'accepted');
  assert.notEqual(mem.series, 'accepted');
  assert.match(mem.data, /MB/);
  assert.match(mem.series, /20000000 points; at most 10000000/);
  assert.ok(mem.afterData - mem.start < 4 * 1048576, `the refused dataset grew wasm memory by ${mb(mem.afterData - mem.start)} MB`);
  assert.ok(mem.afterSeries - mem.afterData < 4 * 1048576, `the refused series grew wasm memory by ${mb(mem.afterSeries - mem.afterData)} MB`);
  // the widget says so (the refused series is the last word)
  assert.match(await alertOf(page), /series "p": holds 20000000 points/);
  assert.equal(errors.length, 0, errors.join('\n'));
  await context.close();
});

// ---- item 12: no nameless tools before there is a chart ----

test('the first drawing fails (an unknown view): no visible or focusable button without a name', async () => {
  for (const attrs of [{ view: 'nope' }, { view: 'nope', 'data-state': 'ready' }]) {
    const { page, context } = await widget({ lang: 'en', ...attrs });
    const r = await page.$eval('ipo-lens', (el) => {
      const buttons = [...el.shadowRoot.querySelectorAll('button, select, input')];
      const shown = buttons.filter((b) => b.getClientRects().length > 0);
      return {
        alert: el.shadowRoot.querySelector('[role=alert]').textContent,
        nameless: shown.filter((b) => !(b.textContent.trim() || b.getAttribute('aria-label'))).length,
        shown: shown.length,
      };
    });
    // and nothing reachable by Tab inside the widget
    await page.keyboard.press('Tab');
    const focused = await page.$eval('ipo-lens', (el) => el.shadowRoot.activeElement?.tagName ?? null);
    assert.match(r.alert, /unknown view "nope"/);
    assert.equal(r.nameless, 0, `${JSON.stringify(attrs)}: ${r.nameless} nameless controls shown`);
    assert.equal(r.shown, 0, `${JSON.stringify(attrs)}: no tools before a chart`);
    assert.equal(focused, null);
    await context.close();
  }
});

// ---- item 13: a panic is said plainly, the detail goes to the event and the console ----

test('an internal error before any chart: a plain message in the widget\'s language, the technical detail in the event and the console', async () => {
  const { page, errors, context } = await open(browser, `${url}/blank.html`);
  await page.evaluate(async () => {
    // simulate a trap in the first drawing (no input reaches one any more)
    const g = await import('/pkg/ipo_lens.js');
    const render = g.Lens.prototype.render;
    let trapped = false;
    g.Lens.prototype.render = function (spec) {
      if (!trapped) {
        trapped = true;
        throw new WebAssembly.RuntimeError('unreachable executed at src/chart/scale.rs:88:9');
      }
      return render.call(this, spec);
    };
    window.failed = [];
    const el = document.createElement('ipo-lens');
    el.setAttribute('lang', 'zh');
    el.setAttribute('loading', 'eager');
    el.addEventListener('ipo-lens-error', (e) => window.failed.push(e.detail));
    document.body.append(el);
  });
  await ready(page);
  const failed = await page.evaluate(() => window.failed);
  const alert = await alertOf(page);
  console.log(`  alert: ${alert} | detail: ${JSON.stringify(failed[0])}`);
  assert.equal(failed.length, 1);
  assert.doesNotMatch(alert, /\.rs\b|unreachable|panicked|internal error/);
  assert.match(alert, /\p{Script=Han}/u);
  assert.doesNotMatch(failed[0].message, /\.rs\b|unreachable/);
  assert.match(failed[0].technical, /unreachable executed at src\/chart\/scale\.rs/);
  assert.ok(errors.some((e) => /scale\.rs/.test(e)), `the detail is in the console: ${errors}`);
  await context.close();
});

// ---- item 14: exports and the tooltip ----

test('png(): bad scales are refused by name; a chart taller than the canvas limit exports at a scale that fits', async () => {
  // a tall chart: many companies with long names listed on the first-day view of a
  // phone-width widget (a view draws at most 40 of them, each name in at most 4 lines),
  // exported at the largest scale, 8: over the canvas limit of 32,767 px
  const { page, errors, context } = await widget({ lang: 'en' }, { width: 380 });
  const tall = structuredClone(EXAMPLE);
  const alpha = tall.entities[0];
  const listing = tall.listings[0];
  const figs = tall.figures.filter((f) => f.entity === 'alpha');
  const N = 800;
  for (let i = 0; i < N; i++) {
    const name = `Company ${i} `.repeat(40).trim();
    tall.entities.push({ ...alpha, id: `c${i}`, name: { zh: name, en: name } });
    tall.listings.push({ ...listing, company: `c${i}` });
    for (const [k, f] of figs.entries()) tall.figures.push({ ...f, id: `c${i}.${k}`, entity: `c${i}` });
  }
  const r = await page.$eval('ipo-lens', async (el, data) => {
    await el.setData(data);
    await new Promise((ok) => setTimeout(ok, 200));
    const svg = el.shadowRoot.querySelector('.chart svg');
    const out = { view: el.getAttribute('view'), height: Number(svg.getAttribute('height')), width: Number(svg.getAttribute('width')) };
    try {
      const blob = await el.png(8);
      const bmp = await createImageBitmap(blob);
      Object.assign(out, { png: [bmp.width, bmp.height] });
      // not blank: some pixel near the top differs from the paper
      const c = new OffscreenCanvas(bmp.width, 200);
      const ctx = c.getContext('2d');
      ctx.drawImage(bmp, 0, 0);
      const px = ctx.getImageData(0, 0, bmp.width, 200).data;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 128) ink++;
      out.ink = ink;
    } catch (e) {
      out.error = e.message;
    }
    return out;
  }, tall);
  console.log(`  tall chart: ${JSON.stringify(r)}`);
  assert.ok(r.height * 8 > 32767, `the chart at scale 8 is taller than the canvas limit: ${r.height}`);
  assert.equal(r.error, undefined);
  assert.ok(r.png[1] <= 32767 && r.png[1] >= 30000, `exported at a scale that fits: ${r.png}`);
  assert.ok(r.ink > 50, 'the PNG is not blank');
  const bad = await page.$eval('ipo-lens', async (el) => {
    const out = [];
    for (const s of [-1, 0, NaN, Infinity, 'x', 1e6]) {
      try {
        const b = await el.png(s);
        out.push(`blob ${b.size}`);
      } catch (e) {
        out.push(e.message);
      }
    }
    return out;
  });
  console.log(`  png(bad): ${bad.join(' | ')}`);
  for (const m of bad) assert.match(m, /^png: the scale must be a number from 0\.1 to 8/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long tooltip stays inside the widget', async () => {
  const data = structuredClone(EXAMPLE);
  const long = 'Alpha Silicon Holdings Incorporated, a made-up company whose name goes on and on '.repeat(40).trim();
  data.entities[0].name = { zh: long, en: long };
  const { page, errors, context } = await widget({ lang: 'en', view: 'listing-day' }, { width: 700, height: 900 });
  await page.$eval('ipo-lens', (el, d) => el.setData(d), data);
  await page.waitForTimeout(200);
  const marks = await page.$$eval('ipo-lens', (els) => [...els[0].shadowRoot.querySelectorAll('.mark')].map((b) => {
    if (b.getAttribute('aria-label').startsWith('Alpha')) b.scrollIntoView({ block: 'center' });
    const r = b.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, label: b.getAttribute('aria-label') };
  }));
  const target = marks.find((m) => m.label.startsWith('Alpha'));
  assert.ok(target, 'a mark of the long-named company');
  await page.mouse.move(target.x, target.y);
  await page.mouse.move(target.x + 1, target.y + 1);
  const boxes = await page.$eval('ipo-lens', (el) => {
    const tip = el.shadowRoot.querySelector('.tip');
    const t = tip.getBoundingClientRect();
    const h = el.getBoundingClientRect();
    return { hidden: tip.hidden, tip: [t.left, t.top, t.right, t.bottom].map(Math.round), host: [h.left, h.top, h.right, h.bottom].map(Math.round) };
  });
  console.log(`  tooltip ${boxes.tip} in widget ${boxes.host}`);
  assert.equal(boxes.hidden, false);
  assert.ok(boxes.tip[0] >= boxes.host[0] && boxes.tip[1] >= boxes.host[1] && boxes.tip[2] <= boxes.host[2] && boxes.tip[3] <= boxes.host[3], `the tooltip ${boxes.tip} spills past the widget ${boxes.host}`);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- item 5 (the rest): dataset text in the SVG is isolated from its neighbours ----

test('a right-to-left name beside a number in the SVG: the number keeps its place', async () => {
  const data = structuredClone(EXAMPLE);
  // a Hebrew publisher: without isolation the source line's " · " and the title's
  // leading year join the right-to-left run and move before it
  data.sources[0].publisher = { zh: 'מקור', en: 'מקור' };
  data.sources[0].title = { zh: '2030 example', en: '2030 example' };
  const { page, errors, context } = await widget({ lang: 'en', view: 'listing-day' });
  await page.$eval('ipo-lens', (el, d) => el.setData(d), data);
  await page.waitForTimeout(200);
  const r = await page.$eval('ipo-lens', (el) => {
    const texts = [...el.shadowRoot.querySelectorAll('.chart svg text')];
    const line = texts.find((t) => t.textContent.includes('מקור'));
    const s = line.textContent;
    const x = (i) => line.getStartPositionOfChar(i).x;
    const hebrew = s.indexOf('מקור');
    const year = s.indexOf('2030');
    // the leftmost point of the Hebrew word and of the year, as drawn
    const heb = Math.min(...[0, 1, 2, 3].map((k) => x(hebrew + k)));
    const num = Math.min(...[0, 1, 2, 3].map((k) => x(year + k)));
    return { text: s, hebrew: heb, year: num };
  });
  console.log(`  source line ${JSON.stringify(r.text)}: Hebrew at x=${r.hebrew.toFixed(1)}, 2030 at x=${r.year.toFixed(1)}`);
  assert.ok(r.year > r.hebrew, 'the title after the publisher is drawn after it');
  assert.deepEqual(errors, []);
  await context.close();
});
