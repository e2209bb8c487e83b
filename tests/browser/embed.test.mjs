// Embedding ipo-lens the ways news pages do: several on a page, under a hostile host
// stylesheet, in an iframe with auto-height, before the wasm is ready, offline from
// file://, from the static SVGs, and with a newsroom's own dataset.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, open, ready, server, strictPage } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let srv, url, browser;
before(async () => {
  ({ server: srv, url } = await server());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  srv?.close();
});

/** Opens an ad-hoc page `html` served at `${url}/<name>` (same origin as the package). */
const adhoc = (name, html, opts = {}) => open(browser, `${url}/${name}`, { width: opts.width ?? 1000, html });

const HEAD = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/pkg/ipo-lens.js"></script>';

test('several widgets on one page work independently', async () => {
  const { page, errors, context } = await adhoc('two.html', `${HEAD}<ipo-lens id="a" lang="en"></ipo-lens><ipo-lens id="b" lang="zh" view="financials"></ipo-lens>`);
  await ready(page);
  const before = await page.$eval('#b', (el) => el.svg);
  await page.locator('#a').locator('[role=tab][data-view="market"]').click();
  await page.waitForFunction(() => document.getElementById('a').svg.includes('market'));
  assert.equal(await page.$eval('#b', (el) => el.svg), before, 'the second widget did not change');
  await page.locator('#b').locator('button[data-metric="loss"]').click();
  await page.waitForFunction(() => document.getElementById('b').getAttribute('metric') === 'loss');
  assert.equal(await page.$eval('#a', (el) => el.getAttribute('metric')), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an aggressive host stylesheet neither breaks the widget nor is changed by it', async () => {
  const hostile = `<style>
    * { font-size: 30px !important; box-sizing: content-box !important; line-height: 3 !important; letter-spacing: 4px !important; }
    div, p, button, svg, table { display: inline !important; margin: 20px !important; padding: 20px !important; color: red !important; }
    button { text-transform: uppercase !important; } svg text { font-size: 40px !important; }
  </style>`;
  const plain = await adhoc('plain.html', `${HEAD}<p id="host-p">host text</p><ipo-lens lang="en" style="width:640px"></ipo-lens>`);
  await ready(plain.page);
  const measure = async (page) => {
    await page.locator('ipo-lens [data-tool="table"]').click();
    return measureOpen(page);
  };
  const measureOpen = (page) => page.$eval('ipo-lens', (el) => {
    const root = el.shadowRoot;
    const svg = root.querySelector('.chart svg').getBoundingClientRect();
    const btn = getComputedStyle(root.querySelector('.controls button'));
    const tab = getComputedStyle(root.querySelector('[role=tab]'));
    return {
      svgW: Math.round(svg.width), svgH: Math.round(svg.height), btnFont: btn.fontSize, btnTransform: btn.textTransform,
      tipFont: getComputedStyle(root.querySelector('.tip')).fontSize, tabFont: tab.fontSize, tabSpacing: tab.letterSpacing, tabLine: tab.lineHeight,
      tipSpacing: getComputedStyle(root.querySelector('.tip')).letterSpacing, tipLine: getComputedStyle(root.querySelector('.tip')).lineHeight,
      alertLine: getComputedStyle(root.querySelector('[role=alert]')).lineHeight, cellLine: getComputedStyle(root.querySelector('td')).lineHeight,
      chartTop: Math.round(svg.top - el.getBoundingClientRect().top), height: Math.round(el.getBoundingClientRect().height),
    };
  });
  const base = await measure(plain.page);
  await plain.context.close();
  const { page, errors, context } = await adhoc('hostile.html', `${HEAD}${hostile}<p id="host-p">host text</p><ipo-lens lang="en" style="width:640px"></ipo-lens>`);
  await ready(page);
  const got = await measure(page);
  assert.deepEqual(got, base);
  // and the widget's styles do not leak out: the host page's own paragraph keeps its font
  assert.equal(await page.$eval('#host-p', (p) => getComputedStyle(p).fontSize), '30px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page does not jump when the widget becomes ready (height reserved, fallback shown)', async () => {
  const { page, context } = await open(browser, `${url}/embed.html?view=listing-day&lang=zh`, { width: 1000 });
  await ready(page);
  await context.close();
  // On the demo page: cumulative layout shift from navigation to ready.
  const c2 = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const p2 = await c2.newPage();
  await p2.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await p2.goto(`${url}/embed.html?view=listing-day&lang=zh`);
  await ready(p2);
  await p2.waitForTimeout(300);
  const cls = await p2.evaluate(() => window.__cls);
  assert.ok(cls < 0.1, `cumulative layout shift ${cls}`);
  await c2.close();
});

test('before the wasm arrives (or if it never does) the static drawing shows', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${url}/embed.html?view=financials&lang=en`);
  await page.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'error');
  const s = await page.$eval('ipo-lens', (el) => {
    const img = el.querySelector('picture[slot=fallback] > img');
    const slot = el.shadowRoot.querySelector('slot[name=fallback]');
    return { src: img.getAttribute('src'), marks: img.getAttribute('data-marks'), loaded: img.complete && img.naturalWidth > 0, shown: getComputedStyle(slot).display !== 'none' && img.getBoundingClientRect().height > 100, alert: el.shadowRoot.querySelector('[role=alert]').textContent,
      // no palette without the wasm: the alert is in the page's own colours
      alertColours: (({ color, borderLeftColor, backgroundColor }) => [color, borderLeftColor, backgroundColor])(getComputedStyle(el.shadowRoot.querySelector('[role=alert]'))),
      pageColours: [getComputedStyle(el.parentElement).color, getComputedStyle(el.parentElement).color, 'rgba(0, 0, 0, 0)'] };
  });
  assert.equal(s.src, 'static/financials.en.svg');
  assert.equal(s.marks, 'static/financials.en.marks.json');
  assert.ok(s.loaded && s.shown, JSON.stringify(s));
  // its hit boxes answer a tap with the bar's tooltip (the wasm never comes)
  const box = await page.$eval('ipo-lens > picture > img', (i) => { const r = i.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
  const first = JSON.parse(await (await fetch(`${url}/static/financials.en.marks.json`)).text()).marks[0];
  const k = box.w / 640;
  await page.mouse.click(box.x + (first[0] + first[2] / 2) * k, box.y + (first[1] + first[3] / 2) * k);
  await page.waitForFunction((t) => document.querySelector('ipo-lens').shadowRoot.querySelector('.tip strong')?.textContent === t, first[4], { timeout: 5000 });
  assert.ok(s.alert.length > 0, 'says what failed');
  assert.deepEqual(s.alertColours, s.pageColours);
  await context.close();
});

test('iframe embed: the snippet fits the iframe to its content, growing and shrinking', async () => {
  const snippet = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><h1>News story</h1>
    <iframe id="f" src="/embed.html?view=specs&lang=en" title="ipo-lens" width="100%" height="640" style="border:0"></iframe>
    <p>after</p><script src="/embed-resize.js" async></script>`;
  const { page, errors, context } = await adhoc('story.html', snippet);
  const frame = () => page.frame({ url: /embed\.html/ });
  await page.waitForFunction(() => document.getElementById('f').style.height !== '');
  await frame().waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready');
  const fit = async () => {
    await page.waitForTimeout(200);
    const outer = await page.$eval('#f', (f) => f.getBoundingClientRect().height);
    const inner = await frame().evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    return { outer, inner };
  };
  let h = await fit();
  assert.ok(Math.abs(h.outer - h.inner) <= 1, `fits: ${JSON.stringify(h)}`);
  const small = h.outer;
  await frame().evaluate(() => document.querySelector('ipo-lens').setAttribute('view', 'fact-check'));
  await page.waitForFunction((s) => document.getElementById('f').getBoundingClientRect().height > s + 200, small);
  h = await fit();
  assert.ok(Math.abs(h.outer - h.inner) <= 1, `grows: ${JSON.stringify(h)}`);
  await frame().evaluate(() => document.querySelector('ipo-lens').setAttribute('view', 'specs'));
  await page.waitForFunction((s) => Math.abs(document.getElementById('f').getBoundingClientRect().height - s) <= 1, small);
  assert.deepEqual(errors, []);
  await context.close();
});

test('iframe embed without the script keeps a usable default height', async () => {
  const { page, context } = await adhoc('story2.html', `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><iframe id="f" src="/embed.html?view=listing-day&lang=zh" title="ipo-lens" width="100%" height="640" style="border:0"></iframe>`);
  const frame = () => page.frame({ url: /embed\.html/ });
  await page.waitForTimeout(300);
  await frame().waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready');
  assert.equal(await page.$eval('#f', (f) => f.getBoundingClientRect().height), 640);
  const inner = await frame().evaluate(() => document.body.getBoundingClientRect().height);
  assert.ok(inner <= 640, `the default height shows the whole listing-day view (${inner}px)`);
  await context.close();
});

test('offline: the single file works from file:// with every request blocked', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, offline: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`file://${ROOT}dist/ipo-lens-offline.html`);
  await ready(page);
  assert.equal(await page.$eval('ipo-lens', (el) => el.getAttribute('data-state')), 'ready');
  await page.locator('ipo-lens [role=tab][data-view="financials"]').click();
  await page.waitForFunction(() => document.querySelector('ipo-lens').svg.includes('毛利率'));
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
  await context.close();
});

test('the static SVGs are what the browser draws at the same width', async () => {
  const { page, context } = await adhoc('static.html', `${HEAD}<ipo-lens id="w" style="width:640px;padding:0;border:0"></ipo-lens>`);
  for (const view of ['listing-day', 'financials', 'fact-check']) {
    for (const lang of ['zh', 'en']) {
      await page.evaluate(([v, l]) => { const e = document.getElementById('w'); e.setAttribute('view', v); e.setAttribute('lang', l); }, [view, lang]);
      await page.waitForFunction(([v, l]) => {
        const e = document.getElementById('w');
        return e.getAttribute('data-state') === 'ready' && e.svg && e.shadowRoot.querySelector('.chart').getAttribute('aria-label') && e.svg.includes(l === 'zh' ? '来源' : 'Source');
      }, [view, lang]);
      await page.waitForTimeout(50);
      const svg = await page.$eval('#w', (e) => e.svg);
      const file = readFileSync(`${ROOT}dist/static/${view}.${lang}.svg`, 'utf8');
      assert.equal(svg, file, `${view}.${lang}`);
    }
  }
  await context.close();
});

test("a newsroom's own dataset from src, and clear messages when src is wrong", async () => {
  const { page, errors, context } = await adhoc('src.html', `${HEAD}
    <ipo-lens id="ok" lang="en" src="/data/examples/example-listing.json"></ipo-lens>
    <ipo-lens id="missing" lang="en" src="/data/examples/nope.json"></ipo-lens>
    <ipo-lens id="foreign" lang="en" src="https://example.com/data.json"></ipo-lens>`);
  await page.waitForFunction(() => document.getElementById('ok').svg.includes('Alpha Silicon'));
  const tabs = await page.$eval('#ok', (el) => [...el.shadowRoot.querySelectorAll('[role=tab]')].map((t) => t.dataset.view));
  assert.deepEqual(tabs, ['listing-day', 'demand', 'financials', 'fact-check', 'price-path']);
  const alert = (id) => page.$eval(`#${id}`, (el) => el.shadowRoot.querySelector('[role=alert]').textContent);
  await page.waitForFunction(() => document.getElementById('missing').shadowRoot.querySelector('[role=alert]').textContent !== '');
  assert.equal(await alert('missing'), 'src: could not load /data/examples/nope.json: HTTP 404');
  await page.waitForFunction(() => document.getElementById('foreign').shadowRoot.querySelector('[role=alert]').textContent !== '');
  assert.match(await alert('foreign'), /^src: must be on this site \(http:\/\/127\.0\.0\.1:\d+\), got https:\/\/example\.com$/);
  // a redraw (here a resize) neither hides the message nor draws the built-in story instead
  await page.evaluate(() => { for (const el of document.querySelectorAll('ipo-lens')) el.style.width = '480px'; });
  await page.waitForFunction(() => document.getElementById('ok').svg.includes('width="480"'));
  for (const id of ['missing', 'foreign']) {
    const got = await page.$eval(`#${id}`, (el) => ({ state: el.getAttribute('data-state'), svg: el.svg, alert: !el.shadowRoot.querySelector('[role=alert]').hidden }));
    assert.deepEqual(got, { state: 'error', svg: '', alert: true }, id);
  }
  // only the 404 itself reaches the console
  assert.ok(errors.every((e) => /404/.test(e)), errors.join('\n'));
  await context.close();
});

test('under the strict Content-Security-Policy the README states, the widget works with no violation', async () => {
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";
  const { page, close } = await strictPage(browser, CSP, { acceptDownloads: true });
  try {
    assert.equal(await page.$eval('ipo-lens', (el) => el.getAttribute('data-state')), 'ready');
    await page.locator('ipo-lens [role=tab][data-view="financials"]').click();
    await page.locator('ipo-lens .mark').first().hover();
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('ipo-lens [data-tool="png"]').click()]);
    assert.equal(png.suggestedFilename(), 'ipo-lens-financials.png');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  } finally {
    await close();
  }
});

test('a bad query parameter is named in a fixed sentence, its value never shown (issue 16, item 15)', async () => {
  const scam = 'Call +1-555-0100 now: your bank account is locked';
  for (const [q, names] of [
    [{ view: scam, lang: 'en' }, ['view']],
    [{ metric: scam, lang: 'en' }, ['metric']],
    [{ view: 'demand', metric: scam, lang: 'en', currency: scam, scale: scam, fx: scam, lot: scam, src: `https://evil.example/${scam}.json` }, ['metric', 'currency', 'scale', 'fx', 'lot', 'src']],
  ]) await badQuery(new URLSearchParams(q), names, scam);
});

async function badQuery(q, names) {
  const { page, context } = await open(browser, `${url}/embed.html?${q}`, { width: 800 });
  await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('ipo-lens').getAttribute('data-state')), null, { timeout: 20000 });
  const shown = await page.evaluate(() => {
    const el = document.querySelector('ipo-lens');
    const inner = [...el.shadowRoot.querySelectorAll('[role=alert]')].map((a) => a.textContent).join(' ');
    const page = [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent).join(' ');
    return { inner, page, all: document.body.innerText + el.shadowRoot.textContent };
  });
  assert.ok(!shown.all.includes('555-0100') && !shown.all.includes('bank account'), `the query's text is shown: ${shown.inner} ${shown.page}`);
  for (const name of names) assert.match(shown.page, new RegExp(`\\b${name}\\b`), `names ${name}: ${shown.page}`);
  await context.close();
}

test('the embed page knows the same views, metrics and languages as the package', () => {
  const dts = readFileSync(`${ROOT}src/web/ipo-lens.d.ts`, 'utf8');
  const js = readFileSync(`${ROOT}www/embed.js`, 'utf8');
  const list = (name) => JSON.parse(js.match(new RegExp(`const ${name} = (\\[[^\\]]*\\]);`))[1].replaceAll("'", '"').replace(/,\s*\]/, ']'));
  const quoted = (block) => [...block.matchAll(/'([a-z0-9-]+)'/gi)].map((m) => m[1]);
  const views = quoted(dts.match(/export type IpoLensView =([^;]*);/)[1]);
  const metrics = [...new Set(quoted(dts.match(/export interface IpoLensMetrics \{([^}]*)\}/)[1]).filter((m) => !views.includes(m) || m === 'all'))];
  const langs = quoted(dts.match(/export type IpoLensLang =([^;]*);/)[1]);
  assert.deepEqual(list('VIEWS'), views);
  assert.deepEqual([...list('METRICS')].sort(), metrics.sort());
  assert.deepEqual(list('LANGS'), langs);
});

test('offline: a file whose wasm was changed shows a clear error, never a chart (issue 16, item 17)', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const html = readFileSync(`${ROOT}dist/ipo-lens-offline.html`, 'utf8');
  const open = '<script type="application/octet-stream;base64" id="ipo-lens-wasm">';
  const at = html.indexOf(open) + open.length;
  const len = html.indexOf('</script>', at) - at;
  const dir = mkdtempSync(`${tmpdir()}/ipo-lens-tamper-`);
  // one changed base64 character, at places spread over the wasm (its data, its code)
  for (const frac of [0.13, 0.5, 0.87, 0.97]) {
    const i = at + Math.floor(len * frac);
    const swap = html[i] === 'A' ? 'B' : 'A';
    const file = `${dir}/tampered-${frac}.html`;
    writeFileSync(file, html.slice(0, i) + swap + html.slice(i + 1));
    const context = await browser.newContext({ viewport: { width: 900, height: 900 }, offline: true });
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('ipo-lens').getAttribute('data-state')), null, { timeout: 20000 });
    const s = await page.$eval('ipo-lens', (el) => ({ state: el.getAttribute('data-state'), alert: el.shadowRoot.querySelector('[role=alert]').textContent, drawn: !!el.shadowRoot.querySelector('.chart svg') }));
    assert.equal(s.state, 'error', `a change at ${frac} of the wasm drew a chart`);
    assert.match(s.alert, /离线文件已损坏/, `at ${frac}: ${s.alert}`);
    await context.close();
  }
});
