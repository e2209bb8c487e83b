// make bench: ipo-lens against Chart.js and uPlot on the same workload, in headless
// Chromium (Debian's, via playwright-core), pages served on 127.0.0.1, rounds
// interleaved (A B C A B C …). Writes docs/benchmarks.md and docs/benchmarks.json.
//
//   payload  bytes (raw, gzip) of everything the page loads for the chart
//   cold     navigation start → the frame after the first chart is drawn (fresh context each)
//   update   main-thread work to redraw after a data/metric switch (median, p95); then the
//            same in browsers with V8's wasm tiers pinned (--js-flags), where the tail comes from
//   scale    a seeded random walk of N points through each library's data API →
//            the frame after it is drawn; then the memory the page holds after a forced
//            GC: JS heap + Blink (DOM) heap + ArrayBuffer backing stores + wasm memory
//   trace    where the main thread's time goes (Chromium trace)
//   phone    CPU 4× slower, 1.6 Mbps down / 150 ms round trip, cold loads of an
//            article page: bytes before the first chart is visible, the time it is
//            visible, the time a tap on a bar is answered
//   limits   every view on worst-case datasets at the format's limits (native, 1280 px)
// Budgets (ratios from the same run, PASS/MISS) close the report.
//
// BENCH_PHASES=phone,scale (say) runs only those phases and prints their figures without
// rewriting docs/; the report is written only by a run of every phase.
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { launch } from '../tests/browser/support.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COLD_ROUNDS = Number(process.env.BENCH_COLD ?? 15);
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 200);
const SCALE_ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const PHONE_LOADS = Number(process.env.BENCH_PHONE ?? 9);
const ALL_PHASES = ['payload', 'cold', 'update', 'scale', 'trace', 'phone', 'limits'];
const PHASES = new Set((process.env.BENCH_PHASES ?? ALL_PHASES.join(',')).split(',').map((p) => p.trim()));
for (const p of PHASES) if (!ALL_PHASES.includes(p)) throw new Error(`BENCH_PHASES: no phase "${p}" (phases: ${ALL_PHASES.join(', ')})`);
const FULL = ALL_PHASES.every((p) => PHASES.has(p));

const FILES = {
  '/pkg/ipo-lens.js': 'pkg/ipo-lens.js',
  '/pkg/ipo_lens.js': 'pkg/ipo_lens.js',
  '/pkg/ipo_lens_bg.wasm': 'pkg/ipo_lens_bg.wasm',
  // the built-in story's dataset, fetched beside the wasm by a widget that shows that story
  '/pkg/data/biren-2026.json': 'pkg/data/biren-2026.json',
  '/peers/chart.umd.min.js': 'node_modules/chart.js/dist/chart.umd.min.js',
  '/peers/uPlot.iife.min.js': 'node_modules/uplot/dist/uPlot.iife.min.js',
  '/peers/uPlot.min.css': 'node_modules/uplot/dist/uPlot.min.css',
};
const PAYLOAD = {
  'ipo-lens': ['/pkg/ipo-lens.js', '/pkg/ipo_lens.js', '/pkg/ipo_lens_bg.wasm', '/pkg/data/biren-2026.json'],
  'Chart.js': ['/peers/chart.umd.min.js'],
  uPlot: ['/peers/uPlot.iife.min.js', '/peers/uPlot.min.css'],
};
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };

// The same workload for all: three listings' gains at four prices (the listing-day view).
const GAINS = { 'first-day-high': [118.78, 502.03, 755.15], 'first-day-close': [75.82, 0, 0], 'later-high': [0, 723.5, 0], latest: [0, 414.4, 454.27] };
const LABELS = ['Biren', 'Moore Threads', 'MetaX'];
const HEAD = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><style>body{margin:0;font:14px sans-serif}#c{width:800px}</style>';
const DONE = `window.__painted = () => requestAnimationFrame(() => { window.__t = performance.now(); });
// One pointer move: the synchronous dispatch, plus the work done in the next frame up to
// this callback (libraries that handle pointer events in requestAnimationFrame do it there).
window.__timeMove = (dispatch) => new Promise((ok) => {
  const t0 = performance.now();
  dispatch();
  const sync = performance.now() - t0;
  requestAnimationFrame((frame) => ok(sync + Math.max(0, performance.now() - Math.max(frame, t0 + sync))));
});`;
const PAGES = {
  'ipo-lens': `${HEAD}<script type="module" src="/pkg/ipo-lens.js"></script><div id="c"><ipo-lens view="listing-day" lang="en"></ipo-lens></div>
<script type="module">${DONE}
const el = document.querySelector('ipo-lens');
el.addEventListener('ipo-lens-ready', () => window.__painted(), { once: true });
window.__switch = (m) => new Promise((ok) => { el.addEventListener('ipo-lens-ready', (e) => ok(e.detail.ms), { once: true }); el.setAttribute('metric', m); });
window.__move = (i) => window.__timeMove(() => {
  const marks = el.shadowRoot.querySelectorAll('.mark');
  const m = marks[i % marks.length];
  const r = m.getBoundingClientRect();
  m.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, pointerType: 'mouse' }));
});
window.__scale = async (x, y) => {
  const t0 = performance.now();
  el.setAttribute('view', 'price-path');
  await el.setSeries({ id: 'walk', entity: 'biren', currency: 'HKD', x, y });
  await new Promise((ok) => { const t = () => (el.svg.includes(x.length + ' prices') ? ok() : requestAnimationFrame(t)); t(); });
  await new Promise(requestAnimationFrame);
  return performance.now() - t0;
};
</script>`,
  'Chart.js': `${HEAD}<script src="/peers/chart.umd.min.js"></script><div id="c"><canvas id="k"></canvas></div>
<script>${DONE}
const gains = ${JSON.stringify(GAINS)};
const chart = new Chart(document.getElementById('k'), { type: 'bar', data: { labels: ${JSON.stringify(LABELS)}, datasets: [{ label: 'gain %', data: gains['first-day-high'] }] },
  options: { animation: false, indexAxis: 'y', responsive: true, plugins: { tooltip: { enabled: true } } } });
window.__painted();
window.__switch = (m) => { const t0 = performance.now(); chart.data.datasets[0].data = gains[m]; chart.update('none'); return performance.now() - t0; };
window.__move = (i) => window.__timeMove(() => {
  const bar = chart.getDatasetMeta(0).data[i % 3];
  const c = chart.canvas.getBoundingClientRect();
  chart.canvas.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: c.x + (bar.x + bar.base) / 2, clientY: c.y + bar.y }));
});
window.__scale = async (x, y) => {
  const t0 = performance.now();
  chart.destroy();
  const data = Array.from(x, (v, i) => ({ x: v, y: y[i] }));
  const line = new Chart(document.getElementById('k'), { type: 'line', data: { datasets: [{ data, pointRadius: 0, borderWidth: 1 }] },
    options: { animation: false, parsing: false, normalized: true, scales: { x: { type: 'linear' } }, plugins: { decimation: { enabled: true, algorithm: 'min-max' }, tooltip: { enabled: false } } } });
  await new Promise(requestAnimationFrame);
  return performance.now() - t0;
};
</script>`,
  uPlot: `${HEAD}<link rel="stylesheet" href="/peers/uPlot.min.css"><script src="/peers/uPlot.iife.min.js"></script><div id="c"></div>
<script>${DONE}
const gains = ${JSON.stringify(GAINS)};
const u = new uPlot({ width: 800, height: 300, scales: { x: { time: false } }, series: [{}, { label: 'gain %', fill: 'rgba(0,114,178,0.6)', paths: uPlot.paths.bars({ size: [0.6] }) }] },
  [[0, 1, 2], gains['first-day-high']], document.getElementById('c'));
window.__painted();
// uPlot commits a redraw in a microtask: measure through it
window.__switch = async (m) => { const t0 = performance.now(); u.setData([[0, 1, 2], gains[m]]); await new Promise((ok) => queueMicrotask(ok)); return performance.now() - t0; };
window.__move = (i) => window.__timeMove(() => {
  const over = u.over.getBoundingClientRect();
  const x = u.valToPos(i % 3, 'x');
  u.over.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: over.x + x, clientY: over.y + over.height / 2 }));
});
window.__scale = async (x, y) => {
  const t0 = performance.now();
  u.destroy();
  new uPlot({ width: 800, height: 300, series: [{}, { stroke: '#0072b2' }] }, [x, y], document.getElementById('c'));
  await new Promise(requestAnimationFrame);
  return performance.now() - t0;
};
</script>`,
};

// The phone phase's page: an article with the chart below its second paragraph, as a news
// site would embed each library (scripts at the end of the body; ipo-lens with its static
// picture in the fallback slot and its hit boxes named in data-marks, as its README shows;
// uPlot's stylesheet in the head). Every
// page reports, from a requestAnimationFrame poll, the frame its chart is first visible in
// (`__chartReady`) and the frame a tap on Biren's bar is answered in (`__answered`: a
// tooltip or panel of that bar shown); `__barPoint` is where the bar is on screen now.
const STORY = [
  'Biren Technology, a Shanghai designer of graphics processors for artificial intelligence, began trading in Hong Kong this morning, the first of three Chinese chip makers to list within weeks.',
  'Demand for the shares was heavy: the retail tranche was many times oversubscribed, and the stock opened well above its offer price before easing in the afternoon.',
  'Moore Threads and MetaX, which listed on Shanghai\'s STAR Market earlier, rose far more on their first day, helped by a smaller free float and a domestic investor base.',
  'Analysts cautioned that all three companies are loss-making and that their valuations assume years of rapid growth in sales of data-centre chips.',
  'The offer raised money for research and development, according to the prospectus, and for building out the company\'s software stack.',
];
const PROBE = `window.__visible = 0; window.__answer = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__elementPaint ??= e.renderTime || e.loadTime; }).observe({ type: 'element', buffered: true });
const poll = () => {
  if (!__visible && window.__chartReady?.()) { __visible = performance.now(); window.__seen?.(); }
  if (__visible && !__answer) { const a = window.__answered?.(); if (a) { __answer = performance.now(); window.__answerText = a; window.__heard?.(); } }
  if (!__answer) requestAnimationFrame(poll);
};
requestAnimationFrame(poll);`;
const article = (head, chart, tail) => `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Biren's shares jump on their debut</title>
<style>body{margin:0 auto;max-width:680px;padding:0 16px;font:17px/1.5 Georgia,serif;color:#222}h1{font:700 26px/1.2 sans-serif}figure{margin:20px 0}</style>${head}
<script>${PROBE}</script>
<h1>Biren's shares jump on their Hong Kong debut</h1>
<p>${STORY[0]}</p>
<figure>${chart}</figure>
<p>${STORY.slice(1).join('</p>\n<p>')}</p>
${tail}`;
// ipo-lens' page with `fallback` in its fallback slot
const lensPage = (fallback, script = 'ipo-lens.js') => article(
    '<style>ipo-lens:not(:defined){display:block;box-sizing:border-box;min-height:var(--ipo-lens-min-height,480px)}ipo-lens>[slot="fallback"],ipo-lens>[slot="fallback"]>img{display:block;max-width:100%;height:auto;margin-inline:auto}</style>',
    `<ipo-lens view="listing-day" lang="en">${fallback}</ipo-lens>`,
    `<script>
const el = document.querySelector('ipo-lens');
const live = () => el.getAttribute('data-state') === 'ready' && el.shadowRoot?.querySelector('.mark');
// the picture shown: the fallback itself, or the <img> of a <picture> (which chose its file)
const shownPicture = () => { const f = el.querySelector('[slot="fallback"]'); return f.localName === 'picture' ? f.querySelector('img') : f; };
window.__chartReady = () => { const f = shownPicture(); return (f.localName !== 'img' || (f.complete && f.naturalWidth > 0)) || Boolean(live()); };
window.__barPoint = () => {
  if (live()) { const m = [...el.shadowRoot.querySelectorAll('.mark')].find((b) => /Biren/.test(b.getAttribute('aria-label'))); const r = m.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }
  const f = shownPicture();
  const r = f.getBoundingClientRect();
  const bar = window.__bar[/\.360\./.test(f.currentSrc ?? '') ? 360 : 640];
  return { x: r.x + bar.fx * r.width, y: r.y + bar.fy * r.height };
};
window.__answered = () => {
  const s = el.shadowRoot;
  const shown = [s?.querySelector('.tip'), s?.querySelector('.panel')].find((b) => b && !b.hidden);
  return shown && /Biren/.test(shown.textContent) ? shown.textContent.slice(0, 80) : null;
};
</script><script type="module" src="/z/pkg/${script}"></script>`);
const STATIC_SVG = 'dist/static/listing-day.en.svg';
const PHONE_SVG = 'dist/static/listing-day.en.360.svg';
// the 360 px picture's size, as `npx ipo-lens static` prints it for the embed
const PHONE_PICTURE = existsSync(join(ROOT, PHONE_SVG.replace(/\.svg$/, '.marks.json'))) ? JSON.parse(readFileSync(join(ROOT, PHONE_SVG.replace(/\.svg$/, '.marks.json')), 'utf8')) : { width: 360, height: 455 };
const PHONE = {
  // the README's embed: the static picture as an image file (the 360 px one on a phone), its
  // hit boxes named beside it (the picture first: fetchpriority="high", and load.js imports
  // the element once it is on screen)
  'ipo-lens': lensPage(`<picture slot="fallback"><source media="(max-width: 559px)" srcset="/z/static/listing-day.en.360.svg" data-marks="/z/static/listing-day.en.360.marks.json" width="${PHONE_PICTURE.width}" height="${PHONE_PICTURE.height}"><img src="/z/static/listing-day.en.svg" data-marks="/z/static/listing-day.en.marks.json" alt="Gain over the offer price (static version)" width="640" height="347" fetchpriority="high" elementtiming="chart"></picture>`, 'load.js'),
  // no fallback of the page's own: the widget shows the package's picture of the built-in
  // story (pkg/static/) once its script has run
  'ipo-lens, built-in picture': article(
    '<style>ipo-lens:not(:defined){display:block;box-sizing:border-box;min-height:var(--ipo-lens-min-height,480px)}</style>',
    '<ipo-lens view="listing-day" lang="en"></ipo-lens>',
    `<script>
const el = document.querySelector('ipo-lens');
const live = () => el.getAttribute('data-state') === 'ready' && el.shadowRoot?.querySelector('.mark');
const builtIn = () => [...(el.shadowRoot?.querySelectorAll('img') ?? [])].find((i) => i.complete && i.naturalWidth > 0 && i.getClientRects().length);
window.__chartReady = () => Boolean(builtIn() || live());
window.__barPoint = () => {
  if (live()) { const m = [...el.shadowRoot.querySelectorAll('.mark')].find((b) => /Biren/.test(b.getAttribute('aria-label'))); const r = m.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }
  const r = (builtIn() ?? el).getBoundingClientRect();
  const bar = window.__bar[/\.360\./.test(builtIn()?.currentSrc ?? '') ? 360 : 640];
  return { x: r.x + bar.fx * r.width, y: r.y + bar.fy * r.height };
};
window.__answered = () => {
  const s = el.shadowRoot;
  const shown = [s?.querySelector('.tip'), s?.querySelector('.panel')].find((b) => b && !b.hidden);
  return shown && /Biren/.test(shown.textContent) ? shown.textContent.slice(0, 80) : null;
};
</script><script type="module" src="/z/pkg/ipo-lens.js"></script>`),
  // the same picture inline in the page (what \`npx ipo-lens static\` writes, pasted in), with load.js
  'ipo-lens, inline picture': lensPage((existsSync(join(ROOT, STATIC_SVG)) ? readFileSync(join(ROOT, STATIC_SVG), 'utf8') : '<svg>').replace('<svg ', '<svg slot="fallback" data-marks="/z/static/listing-day.en.marks.json" role="img" aria-label="Gain over the offer price (static version)" '), 'load.js'),
  'Chart.js': article('',
    '<div style="position:relative;height:300px"><canvas id="k" role="img" aria-label="Gain over the offer price"></canvas></div>',
    `<script src="/z/peers/chart.umd.min.js"></script><script>
const chart = new Chart(document.getElementById('k'), { type: 'bar', data: { labels: ${JSON.stringify(LABELS)}, datasets: [{ label: 'gain %', data: ${JSON.stringify(GAINS['first-day-high'])} }] },
  options: { animation: false, indexAxis: 'y', responsive: true, maintainAspectRatio: false, plugins: { tooltip: { enabled: true } } } });
window.__chartReady = () => true;
window.__barPoint = () => { const bar = chart.getDatasetMeta(0).data[0]; const c = chart.canvas.getBoundingClientRect(); return { x: c.x + (bar.x + bar.base) / 2, y: c.y + bar.y }; };
window.__answered = () => (chart.tooltip.getActiveElements().some((a) => a.index === 0) && chart.tooltip.opacity > 0 ? chart.tooltip.title.join(' ') : null);
</script>`),
  uPlot: article('<link rel="stylesheet" href="/z/peers/uPlot.min.css">',
    '<div id="c" style="height:340px"></div>',
    `<script src="/z/peers/uPlot.iife.min.js"></script><script>
const box = document.getElementById('c');
const u = new uPlot({ width: box.clientWidth, height: 300, scales: { x: { time: false } }, series: [{}, { label: 'gain %', fill: 'rgba(0,114,178,0.6)', paths: uPlot.paths.bars({ size: [0.6] }) }] },
  [[0, 1, 2], ${JSON.stringify(GAINS['first-day-high'])}], box);
window.__chartReady = () => true;
window.__barPoint = () => { const o = u.over.getBoundingClientRect(); const v = ${GAINS['first-day-high'][0]}; return { x: o.x + u.valToPos(0, 'x'), y: o.y + (u.valToPos(v, 'y') + u.valToPos(0, 'y')) / 2 }; };
window.__answered = () => (u.cursor.idx === 0 ? 'Biren: ' + u.data[1][0] : null);
</script>`),
};
// /z/…: the phone phase's files, gzip-compressed as a news site's server or CDN sends them
const ZFILES = { ...FILES, '/pkg/load.js': 'pkg/load.js', '/static/listing-day.en.svg': STATIC_SVG, '/static/listing-day.en.marks.json': STATIC_SVG.replace(/\.svg$/, '.marks.json'), '/static/listing-day.en.360.svg': PHONE_SVG, '/static/listing-day.en.360.marks.json': PHONE_SVG.replace(/\.svg$/, '.marks.json') };
const zipped = new Map();
const gz = (key, body) => { if (!zipped.has(key)) zipped.set(key, gzipSync(body, { level: 9 })); return zipped.get(key); };

function serve() {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const phone = Object.keys(PHONE).find((k) => path === `/z/${encodeURIComponent(k)}.html`);
    if (phone) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', 'content-encoding': 'gzip' });
      return res.end(gz(path, PHONE[phone]));
    }
    // the package's pictures of the built-in story, shown by a widget with no fallback
    const builtIn = /^(\/z)?\/pkg\/static\/([a-zA-Z0-9.-]+\.(svg|json))$/.exec(path);
    const zfile = builtIn ? `pkg/static/${builtIn[2]}` : path.startsWith('/z/') ? ZFILES[path.slice(2)] : FILES[path];
    if (zfile && (path.startsWith('/z/') || builtIn)) {
      if (!existsSync(join(ROOT, zfile))) { res.writeHead(404); return res.end(); }
      const zip = path.startsWith('/z/');
      res.writeHead(200, { 'content-type': TYPES[path.slice(path.lastIndexOf('.'))], 'cache-control': 'no-store', ...(zip ? { 'content-encoding': 'gzip' } : {}) });
      const body = readFileSync(join(ROOT, zfile));
      return res.end(zip ? gz(path, body) : body);
    }
    const page = Object.keys(PAGES).find((k) => path === `/${encodeURIComponent(k)}.html`);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      return res.end(PAGES[page]);
    }
    const file = FILES[path];
    if (!file) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': TYPES[path.slice(path.lastIndexOf('.'))], 'cache-control': 'no-store' });
    res.end(readFileSync(join(ROOT, file)));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'v8.execute', 'blink', 'blink.user_timing', 'loading', 'toplevel'];
/** Main-thread self time (ms) per kind of work in a Chromium trace: complete events on
 *  the renderer's main thread, nested by time, each counted without its children. */
function selfTimes(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const spans = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const s = stack.pop();
      self.set(s.name, (self.get(s.name) ?? 0) + s.self / 1000);
    }
  };
  for (const e of spans) {
    close(e.ts);
    if (stack.length) stack.at(-1).self -= Math.min(e.dur, stack.at(-1).end - e.ts);
    stack.push({ name: e.name, end: e.ts + e.dur, self: e.dur });
  }
  close(Infinity);
  const kinds = {};
  for (const [name, ms] of self) {
    const k = traceKind(name);
    kinds[k] = (kinds[k] ?? 0) + Math.max(0, ms);
  }
  const top = [...self].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]).slice(0, 6);
  return { kinds, top };
}
function traceKind(name) {
  if (/wasm/i.test(name)) return 'wasm compile';
  if (/GC|Heap/.test(name)) return 'GC';
  if (/recalcStyle|UpdateLayoutTree|RecalculateStyles|StyleRecalc|ParseAuthorStyleSheet/.test(name)) return 'style';
  if (/Layout|performLayout/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Commit|PaintImage|RasterTask|Decode)|Canvas|FinalizeFrame/.test(name)) return 'paint';
  if (/^(ParseHTML|ParseFragment|HTMLDocumentParser)/.test(name)) return 'HTML parse';
  if (/^(v8\.compile|v8\.parseOnBackground|V8\.Compile|CompileScript|v8\.compileModule|CacheScript)/i.test(name)) return 'JS compile';
  if (/^(FunctionCall|EvaluateScript|v8\.|V8\.|EventDispatch|FireAnimationFrame|TimerFire|RunMicrotasks|ResizeObserver)/.test(name)) return 'script';
  return 'tasks, IPC, other';
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Whether Runtime.getHeapUsage's backingStorageSize counts WebAssembly.Memory: measured
 *  once in a blank page (in Chromium 156 it counts typed arrays and ArrayBuffers, not wasm
 *  memory, which is then added from the module's own count). */
async function wasmInBackingStores(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/uPlot.html`); // any page of the server: only its heap is read
  const size = async () => { await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Runtime.getHeapUsage')).backingStorageSize; };
  const before = await size();
  await page.evaluate(() => { window.keepMemory = new WebAssembly.Memory({ initial: 160 }); }); // 10 MiB
  const withWasm = await size();
  await page.evaluate(() => { window.keepArray = new Float64Array(1 << 20); }); // 8 MiB
  const withArray = await size();
  await context.close();
  if (withArray - withWasm < 8 << 20) throw new Error(`memory: backingStorageSize does not count a typed array here (${before} → ${withWasm} → ${withArray} bytes); the memory figures would be wrong`);
  return withWasm - before >= 10 << 20;
}
let wasmCounted = null;

/** What a page holds after a forced GC, in bytes: the JS heap, Blink's heap (the DOM: SVG
 *  and canvas elements), ArrayBuffer and typed-array backing stores (CDP
 *  Runtime.getHeapUsage: usedSize, embedderHeapUsedSize, backingStorageSize) and, for
 *  ipo-lens, its wasm linear memory (memoryBytes(): what the instance has grown to; wasm
 *  memory never shrinks, so this is its peak). */
async function memory(page, cdp, lib) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  const wasm = lib === 'ipo-lens' ? await page.evaluate(async () => (await import('/pkg/ipo_lens.js')).memoryBytes()) : 0;
  const buffers = wasmCounted ? h.backingStorageSize - wasm : h.backingStorageSize;
  const heap = h.usedSize, dom = h.embedderHeapUsedSize ?? 0;
  return { heap, dom, buffers, wasm, total: heap + dom + buffers + wasm };
}

/** Where Biren's bar is in ipo-lens' static picture, as fractions of it: read from the live
 *  widget drawn at the picture's width (640 or 360 px), the same drawing (tests/browser/pictures). */
async function staticBar(browser, url, width) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.route(`${url}/calibrate.html`, (r) => r.fulfill({ contentType: TYPES['.html'], body: '<!doctype html><meta charset="utf-8"><body style="margin:0"><div style="width:${width}px"><ipo-lens view="listing-day" lang="en" loading="eager"></ipo-lens></div><script type="module" src="/pkg/ipo-lens.js"></script>' }));
  await page.goto(`${url}/calibrate.html`);
  await page.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready');
  const bar = await page.evaluate(() => {
    const s = document.querySelector('ipo-lens').shadowRoot;
    const svg = s.querySelector('.chart svg').getBoundingClientRect();
    const m = [...s.querySelectorAll('.mark')].find((b) => /Biren/.test(b.getAttribute('aria-label'))).getBoundingClientRect();
    return { fx: (m.x + m.width / 2 - svg.x) / svg.width, fy: (m.y + m.height / 2 - svg.y) / svg.height, width: svg.width, height: svg.height };
  });
  await context.close();
  return bar;
}

/** One cold load of the phone article (fresh context, cache off, CPU 4× slower, 1.6 Mbps
 *  down, 750 kbps up, 150 ms round trip): the frame the chart is first visible in, the
 *  bytes received by then (CDP Network: a finished response's encodedDataLength, what had
 *  arrived of the others), and the frame in which a tap on Biren's bar is answered. The
 *  reader taps as soon as the chart is visible and again every 1.5 s until it answers. */
async function phoneLoad(browser, url, lib, bar) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = new Map();
  let clock = null; // wall time − monotonic time, from the document's request
  cdp.on('Network.requestWillBeSent', (e) => {
    if (clock === null && e.type === 'Document') clock = e.wallTime - e.timestamp;
    requests.set(e.requestId, { url: e.request.url.replace(url, ''), chunks: [], done: null, bytes: 0 });
  });
  cdp.on('Network.dataReceived', (e) => requests.get(e.requestId)?.chunks.push([e.timestamp, e.encodedDataLength]));
  cdp.on('Network.loadingFinished', (e) => { const q = requests.get(e.requestId); if (q) Object.assign(q, { done: e.timestamp, bytes: e.encodedDataLength }); });
  let seen, heard, answered = false;
  const visible = new Promise((ok) => { seen = ok; });
  const heardP = new Promise((ok) => { heard = ok; });
  await page.exposeFunction('__seen', () => seen());
  await page.exposeFunction('__heard', () => { answered = true; heard(); });
  if (lib.startsWith('ipo-lens')) await page.addInitScript((b) => { window.__bar = b; }, bar);
  await page.goto(`${url}/z/${encodeURIComponent(lib)}.html`, { waitUntil: 'commit' });
  await Promise.race([visible, sleep(60000)]);
  const taps = [];
  const deadline = Date.now() + 60000;
  while (!answered && Date.now() < deadline) {
    const p = await page.evaluate(() => ({ ...window.__barPoint(), at: performance.now() }));
    await page.touchscreen.tap(p.x, p.y);
    taps.push(Math.round(p.at));
    await Promise.race([heardP, sleep(1500)]);
  }
  const t = await page.evaluate(() => ({ visible: window.__visible, element: window.__elementPaint ?? 0, answer: window.__answer, text: window.__answerText, origin: performance.timeOrigin }));
  await sleep(200); // the last network events
  await context.close();
  // the static picture's own paint time (Element Timing) where it is later than the frame
  const visibleAt = Math.max(t.visible, t.element);
  const until = (t.origin + visibleAt) / 1000 - clock;
  let bytes = 0, total = 0;
  const before = [];
  for (const q of requests.values()) {
    total += q.bytes;
    const b = q.done !== null && q.done <= until ? q.bytes : q.chunks.filter(([ts]) => ts <= until).reduce((a, [, n]) => a + n, 0);
    if (b) before.push(`${q.url} ${b}`);
    bytes += b;
  }
  if (!t.answer) throw new Error(`phone: ${lib} did not answer ${taps.length} taps on Biren's bar within 60 s`);
  // when the wasm (if any) had arrived, in ms from navigation start
  const wasm = [...requests.values()].find((q) => q.url.endsWith('.wasm') && q.done !== null);
  const wasmAt = wasm ? (wasm.done + clock) * 1000 - t.origin : null;
  return { visible: visibleAt, answer: t.answer, bytes, total, taps, said: t.text, before, wasmAt };
}

async function phonePhase(browser, url) {
  if (!existsSync(join(ROOT, STATIC_SVG))) throw new Error(`phone: ${STATIC_SVG} is missing (make static writes it; make bench runs it)`);
  const bar = { 640: await staticBar(browser, url, 640), 360: await staticBar(browser, url, 360) };
  const runs = Object.fromEntries(PHONE_PAGES.map((l) => [l, []]));
  for (let r = 0; r < PHONE_LOADS; r++) for (const lib of PHONE_PAGES) runs[lib].push(await phoneLoad(browser, url, lib, bar));
  const out = { loads: PHONE_LOADS, bar };
  for (const lib of PHONE_PAGES) {
    const rs = runs[lib];
    out[lib] = {
      bytes: stats(rs.map((r) => r.bytes)), visible: stats(rs.map((r) => r.visible)), answer: stats(rs.map((r) => r.answer)),
      total: stats(rs.map((r) => r.total)), taps: stats(rs.map((r) => r.taps.length)),
      wasmAt: rs[0].wasmAt === null ? null : stats(rs.map((r) => r.wasmAt)),
      said: rs.at(-1).said, before: rs.at(-1).before, tapTimes: rs.at(-1).taps,
    };
  }
  return out;
}

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const stats = (a) => ({ median: median(a), p95: pct(a, 95), min: Math.min(...a), max: Math.max(...a), n: a.length });
const LIBS = Object.keys(PAGES);
const PHONE_PAGES = Object.keys(PHONE);

// V8 settings for the update phase's diagnostic: [name, --js-flags]
const TIERS = [['eager optimising (no Liftoff)', '--no-liftoff'], ['baseline only (no tier-up)', '--no-wasm-tier-up']];

/** The update phase's switches in `browser`: one page each, switches interleaved in rounds
 *  of 10; the pages (left open for the pointer moves) and each library's times. */
async function updates(browser) {
  const pages = {};
  for (const lib of LIBS) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    pages[lib] = { context, page: await context.newPage() };
    await pages[lib].page.goto(`${url}/${encodeURIComponent(lib)}.html`);
    await pages[lib].page.waitForFunction(() => window.__t > 0);
  }
  const upd = Object.fromEntries(LIBS.map((l) => [l, []]));
  const metrics = Object.keys(GAINS);
  for (let r = 0; r < SWITCHES / 10; r++) {
    for (const lib of LIBS) {
      const times = await pages[lib].page.evaluate(async ([ms, k]) => {
        const out = [];
        for (let i = 0; i < 10; i++) out.push(await window.__switch(ms[(k + i + 1) % ms.length]));
        return out;
      }, [metrics, r * 10]);
      upd[lib].push(...times);
    }
  }
  return { pages, upd };
}

const { server, url } = await serve();
const browser = await launch({ full: true });
const result = { date: new Date().toISOString(), machine: {}, payload: {}, cold: {}, update: {}, updateWarm: {}, scale: {} };
try {
  result.machine = {
    cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: Math.round(totalmem() / 2 ** 30),
    chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim(),
    node: process.version,
    versions: { 'Chart.js': JSON.parse(readFileSync(join(ROOT, 'node_modules/chart.js/package.json'))).version, uPlot: JSON.parse(readFileSync(join(ROOT, 'node_modules/uplot/package.json'))).version },
  };
  if (PHASES.has('payload')) for (const lib of LIBS) {
    let raw = 0, gz = 0;
    for (const f of PAYLOAD[lib]) { const b = readFileSync(join(ROOT, FILES[f])); raw += b.length; gz += gzipSync(b, { level: 9 }).length; }
    result.payload[lib] = { raw, gzip: gz };
  }
  // cold: fresh context (no cache) per load, interleaved
  if (PHASES.has('cold')) {
  const cold = Object.fromEntries(LIBS.map((l) => [l, []]));
  for (let r = 0; r < COLD_ROUNDS; r++) {
    for (const lib of LIBS) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${url}/${encodeURIComponent(lib)}.html`);
      await page.waitForFunction(() => window.__t > 0, null, { timeout: 30000 });
      cold[lib].push(await page.evaluate(() => window.__t));
      await context.close();
    }
  }
  for (const lib of LIBS) result.cold[lib] = stats(cold[lib]);
  }
  // update: one page each, switches interleaved in rounds of 10
  if (PHASES.has('update')) {
  const { pages, upd } = await updates(browser);
  for (const lib of LIBS) result.update[lib] = stats(upd[lib]);
  // the same without each library's first quarter of switches, while the browser's
  // compilers warm up (V8 runs wasm in its baseline tier, Liftoff, until a function is hot,
  // and JavaScript in its interpreter): reported beside the budget, not instead of it
  for (const lib of LIBS) result.updateWarm[lib] = stats(upd[lib].slice(Math.floor(SWITCHES / 4)));
  // the first switch of each round of 10 (the page's first work after the other two pages'
  // rounds) against the other nine
  result.updateRound = Object.fromEntries(LIBS.map((lib) => [lib, { first: stats(upd[lib].filter((_, i) => i % 10 === 0)), rest: stats(upd[lib].filter((_, i) => i % 10 !== 0)) }]));
  // the same switches with V8's wasm tiers pinned, each in a browser of its own (not a
  // setting a reader's page can make: what it shows is where the tail comes from). Eager
  // optimising: every wasm function compiled by TurboFan when first called, no Liftoff and
  // no background recompiling while the reader switches; baseline only: Liftoff code for
  // good, never recompiled. JavaScript's tiers are as usual in both, so Chart.js and uPlot
  // are controls for the machine's noise.
  result.tiers = {};
  for (const [name, flags] of TIERS) {
    const pinned = await launch({ full: true, args: [`--js-flags=${flags}`] });
    try {
      const t = await updates(pinned);
      for (const lib of LIBS) await t.pages[lib].context.close();
      result.tiers[name] = { flags, ...Object.fromEntries(LIBS.map((lib) => [lib, stats(t.upd[lib])])) };
    } finally {
      await pinned.close();
    }
  }
  const MOVES = Number(process.env.BENCH_MOVES ?? 1000);
  const mov = Object.fromEntries(LIBS.map((l) => [l, []]));
  for (let r = 0; r < MOVES / 100; r++) {
    for (const lib of LIBS) {
      const times = await pages[lib].page.evaluate(async (k) => {
        const out = [];
        for (let i = 0; i < 100; i++) out.push(await window.__move(k + i));
        return out;
      }, r * 100);
      mov[lib].push(...times);
    }
  }
  result.moves = {};
  for (const lib of LIBS) result.moves[lib] = stats(mov[lib]);
  for (const lib of LIBS) await pages[lib].context.close();
  }
  // scale: a fresh page per library, size and round; rounds interleaved, medians kept
  if (PHASES.has('scale')) {
  wasmCounted = await wasmInBackingStores(browser, url);
  const samples = {};
  for (let round = 0; round < SCALE_ROUNDS; round++) for (const n of SIZES) {
    samples[n] ??= Object.fromEntries(LIBS.map((l) => [l, []]));
    for (const lib of LIBS) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${url}/${encodeURIComponent(lib)}.html`);
      await page.waitForFunction(() => window.__t > 0);
      const ms = await page.evaluate(async (count) => {
        const x = new Float64Array(count), y = new Float64Array(count);
        let seed = 7, p = 100;
        for (let i = 0; i < count; i++) {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          p = Math.max(1, p * (1 + (seed / 2147483648 - 0.5) * 0.002));
          x[i] = Date.UTC(2026, 0, 2) + i * 60000;
          y[i] = p;
        }
        return window.__scale(x, y);
      }, n);
      samples[n][lib].push({ ms, ...(await memory(page, cdp, lib)) });
      await context.close();
    }
  }
  for (const n of SIZES) {
    result.scale[n] = {};
    for (const lib of LIBS) {
      const runs = samples[n][lib];
      const m = (k) => median(runs.map((r) => r[k]));
      result.scale[n][lib] = { ms: m('ms'), heap: m('heap'), dom: m('dom'), buffers: m('buffers'), wasm: m('wasm'), total: m('total'), runs: runs.map((r) => r.ms) };
    }
  }
  }
  // where the time goes: a Chromium performance trace of one cold load and of 50 metric
  // switches per library, main-thread self time grouped by kind of work
  if (PHASES.has('trace')) {
  result.trace = {};
  for (const lib of LIBS) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(`${url}/${encodeURIComponent(lib)}.html`);
    await page.waitForFunction(() => window.__t > 0);
    const cold = selfTimes(JSON.parse(await browser.stopTracing()));
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.evaluate(async (ms) => {
      for (let i = 0; i < 50; i++) {
        await window.__switch(ms[(i + 1) % ms.length]);
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      }
    }, Object.keys(GAINS));
    const update = selfTimes(JSON.parse(await browser.stopTracing()));
    result.trace[lib] = { cold, update };
    await context.close();
  }
  }
  if (PHASES.has('phone')) result.phone = await phonePhase(browser, url);
} finally {
  await browser.close();
  server.close();
}

// report
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
const f1 = (v) => v.toFixed(1);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ours = 'ipo-lens';
let md = `# Benchmarks\n\nRun by \`make bench\` on ${result.date.slice(0, 10)}: ${result.machine.cpus} × ${result.machine.cpu}, ${result.machine.memory_gb} GB, ${result.machine.chromium} (headless), Node ${result.machine.node}; Chart.js ${result.machine.versions['Chart.js']}, uPlot ${result.machine.versions.uPlot}. Absolute times drift ±20 % between runs here; compare the ratios, measured in the same run with rounds interleaved.\n\n`;
if (PHASES.has('payload')) {
  md += `## Payload (everything the page loads for the chart; for ipo-lens the element, the glue, the wasm and the built-in story's dataset, which a page with its own data does not fetch)\n\n| | raw | gzip | gzip ratio (ipo-lens / peer) |\n|---|---:|---:|---:|\n`;
  for (const lib of LIBS) md += `| ${lib} | ${kb(result.payload[lib].raw)} | ${kb(result.payload[lib].gzip)} | ${lib === ours ? '' : ratio(result.payload[ours].gzip, result.payload[lib].gzip)} |\n`;
}
if (PHASES.has('cold')) {
  md += `\n## Cold start: navigation → the frame after the first chart (${COLD_ROUNDS} fresh loads each, interleaved)\n\n| | median ms | min–max | ratio (ipo-lens / peer) |\n|---|---:|---:|---:|\n`;
  for (const lib of LIBS) { const s = result.cold[lib]; md += `| ${lib} | ${f1(s.median)} | ${f1(s.min)}–${f1(s.max)} | ${lib === ours ? '' : ratio(result.cold[ours].median, s.median)} |\n`; }
}
if (PHASES.has('update')) {
  md += `\n## Update: main-thread work to redraw after a metric switch (${SWITCHES} switches each)\n\nipo-lens: its own render (layout and SVG in wasm, DOM update), as reported in \`ipo-lens-ready\`; Chart.js: \`update('none')\`; uPlot: \`setData\`. Frame waits are excluded for all three.\n\n| | median ms | p95 ms | min–max | median ratio (ipo-lens / peer) |\n|---|---:|---:|---:|---:|\n`;
  for (const lib of LIBS) { const s = result.update[lib]; md += `| ${lib} | ${s.median.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.min.toFixed(2)}–${s.max.toFixed(2)} | ${lib === ours ? '' : ratio(result.update[ours].median, s.median)} |\n`; }
  md += `\nThe same switches without each library's first ${Math.floor(SWITCHES / 4)} (while the browser's compilers warm up: V8 runs wasm in its baseline tier until a function is hot): ${LIBS.map((lib) => `${lib} median ${result.updateWarm[lib].median.toFixed(2)} ms, p95 ${result.updateWarm[lib].p95.toFixed(2)} ms`).join('; ')}. The budget below is on all of them.\n`;
  md += `\nThe first switch of each round of 10, the page's first work after the other two pages' rounds, against the other nine (medians): ${LIBS.map((lib) => `${lib} ${result.updateRound[lib].first.median.toFixed(2)} against ${result.updateRound[lib].rest.median.toFixed(2)} ms`).join('; ')}.\n`;
  md += `\n### Where the update's tail comes from: the same switches with V8's wasm tiers pinned\n\nEach setting in a browser of its own (\`--js-flags\`: not something a reader's page can set). By default V8 runs a wasm function first as Liftoff code (its baseline compiler) and recompiles it with TurboFan (its optimising compiler) in the background once it is hot; *eager optimising* compiles every function with TurboFan when it is first called; *baseline only* never recompiles. JavaScript's tiers are unchanged, so Chart.js and uPlot show the machine's noise in each.\n\n| V8's wasm tiers | ${LIBS.map((lib) => `${lib} median / p95 ms`).join(' | ')} | ipo-lens p95 ÷ Chart.js' median |\n|---|${LIBS.map(() => '---:|').join('')}---:|\n| default (this run's figures above) | ${LIBS.map((lib) => `${result.update[lib].median.toFixed(2)} / ${result.update[lib].p95.toFixed(2)}`).join(' | ')} | ${ratio(result.update[ours].p95, result.update['Chart.js'].median)} |\n`;
  for (const [name, t] of Object.entries(result.tiers)) md += `| ${name}: \`${t.flags}\` | ${LIBS.map((lib) => `${t[lib].median.toFixed(2)} / ${t[lib].p95.toFixed(2)}`).join(' | ')} | ${ratio(t[ours].p95, t['Chart.js'].median)} |\n`;
  md += `\n## Pointer moves with tooltip (${result.moves[ours].n} each)\n\nEach move: the synchronous dispatch plus the work done in the next animation frame before the measuring callback (Chart.js handles pointer events in requestAnimationFrame; ipo-lens and uPlot synchronously).\n\n| | median ms | p95 ms | min–max | median ratio (ipo-lens / peer) |\n|---|---:|---:|---:|---:|\n`;
  for (const lib of LIBS) { const s = result.moves[lib]; md += `| ${lib} | ${s.median.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.min.toFixed(2)}–${s.max.toFixed(2)} | ${lib === ours ? '' : ratio(result.moves[ours].median, s.median)} |\n`; }
}
if (PHASES.has('scale')) {
  md += `\n## Scale: a seeded random walk of N points → the frame after it is drawn (median of ${SCALE_ROUNDS} fresh pages each, interleaved)\n\nipo-lens: \`setSeries\` (typed arrays) and the \`price-path\` view (M4 in wasm); Chart.js: a line chart with min-max decimation, \`parsing: false\`; uPlot: a line series. The page's caller drops its arrays once the library has them.\n\n| N | ipo-lens ms | Chart.js ms | uPlot ms | time ratio vs uPlot |\n|---:|---:|---:|---:|---:|\n`;
  for (const n of SIZES) {
    const s = result.scale[n];
    md += `| ${n.toLocaleString('en')} | ${f1(s[ours].ms)} | ${f1(s['Chart.js'].ms)} | ${f1(s.uPlot.ms)} | ${ratio(s[ours].ms, s.uPlot.ms)} |\n`;
  }
  md += `\n### Memory held after a forced GC\n\nTotal = JS heap + Blink heap (the DOM) + ArrayBuffer/typed-array backing stores + wasm memory, from CDP \`Runtime.getHeapUsage\` (\`usedSize\`, \`embedderHeapUsedSize\`, \`backingStorageSize\`) and ipo-lens' \`memoryBytes()\` (its wasm memory as grown, i.e. its peak: wasm memory never shrinks). ${wasmCounted ? 'In this Chromium the backing-store count includes wasm memory; it is taken out of the ArrayBuffer column.' : 'In this Chromium the backing-store count leaves wasm memory out (checked at the start of the phase), so it is added.'} \`performance.measureUserAgentSpecificMemory()\` (with cross-origin isolation) was tried: it counts typed arrays but not wasm memory either, and takes 8–15 s a call here. GPU and canvas bitmaps are counted for none.\n\n| N | library | JS heap | DOM | ArrayBuffers | wasm | total | total ratio (ipo-lens / peer) |\n|---:|---|---:|---:|---:|---:|---:|---:|\n`;
  for (const n of SIZES) for (const lib of LIBS) {
    const s = result.scale[n][lib];
    md += `| ${n.toLocaleString('en')} | ${lib} | ${mb(s.heap)} | ${mb(s.dom)} | ${mb(s.buffers)} | ${mb(s.wasm)} | ${mb(s.total)} | ${lib === ours ? '' : ratio(result.scale[n][ours].total, s.total)} |\n`;
  }
}
const KINDS = ['script', 'wasm compile', 'JS compile', 'HTML parse', 'style', 'layout', 'paint', 'GC', 'tasks, IPC, other'];
if (PHASES.has('trace')) {
  md += `\n## Where the time goes: Chromium performance trace\n\nMain-thread self time in ms from a trace (\`browser.startTracing\`) of one cold load and of 50 metric switches (each to its painted frame) per library, grouped by kind of work, then the six busiest trace events.\n\n`;
  for (const stage of ['cold', 'update']) {
    md += `| ${stage} | ${KINDS.join(' | ')} |\n|---|${KINDS.map(() => '---:').join('|')}|\n`;
    for (const lib of LIBS) md += `| ${lib} | ${KINDS.map((k) => f1(result.trace[lib][stage].kinds[k] ?? 0)).join(' | ')} |\n`;
    md += `\nBusiest events (${stage}): ${LIBS.map((lib) => `${lib}: ${result.trace[lib][stage].top.map(([n, ms]) => `${n} ${f1(ms)}`).join(', ')}`).join('; ')}.\n\n`;
  }
}
if (PHASES.has('phone')) {
  const ph = result.phone;
  md += `\n## Phone profile: cold loads of an article page (${ph.loads} each, interleaved)\n\nCPU throttled 4× (CDP \`Emulation.setCPUThrottlingRate\`), network 1.6 Mbps down, 750 kbps up, 150 ms round trip (\`Network.emulateNetworkConditions\`), cache off, a fresh context per load, 412 × 823 touch viewport. The page: a headline, a paragraph, the chart (Biren, Moore Threads and MetaX: gain over the offer price at the first-day high), four paragraphs; files gzip-compressed as a news site sends them; scripts at the end of the body, uPlot's stylesheet in the head; ipo-lens with its static picture and the picture's hit boxes (the README's embed: \`<picture slot="fallback">\` offering the 360 px picture to a phone, \`data-marks\` naming each picture's hit boxes, \`fetchpriority="high"\`, and \`load.js\`: a tap is answered from the hit boxes before the wasm has arrived; the inline picture's page pastes the 640 px SVG into the page, and a tap on it before any script ran is answered once \`load.js\` runs). *Visible*: the animation frame in which the chart first has content (ipo-lens: its static picture loaded, or the live chart; for the picture, its first Element Timing paint time where later); *bytes*: what the page had received by then (CDP \`Network.loadingFinished\` \`encodedDataLength\` of finished responses, \`dataReceived\` of the others); *answered*: the frame in which a tap on Biren's bar shows that bar's tooltip or panel, the reader tapping as soon as the chart is visible and again every 1.5 s. Times from navigation start; medians.\n\n| | bytes before visible | visible ms | tap answered ms | taps | wasm received ms | all bytes of the load |\n|---|---:|---:|---:|---:|---:|---:|\n`;
  for (const lib of PHONE_PAGES) { const s = ph[lib]; md += `| ${lib} | ${kb(s.bytes.median)} | ${f1(s.visible.median)} (${f1(s.visible.min)}–${f1(s.visible.max)}) | ${f1(s.answer.median)} (${f1(s.answer.min)}–${f1(s.answer.max)}) | ${s.taps.median} | ${s.wasmAt ? f1(s.wasmAt.median) : ''} | ${kb(s.total.median)} |\n`; }
  md += `\nReceived before the chart was visible, in the last load (path, bytes): ${PHONE_PAGES.map((lib) => `${lib}: ${ph[lib].before.join(', ')}`).join('; ')}. Taps in the last load (ms): ${PHONE_PAGES.map((lib) => `${lib}: ${ph[lib].tapTimes.join(', ')}`).join('; ')}.\n`;
}
// budgets (issue 14), as ratios of this run's figures
const budgets = [];
const budget = (name, have, peer, limit, figures) => budgets.push({ name, ratio: have / peer, limit, pass: have / peer <= limit, figures });
if (PHASES.has('phone')) {
  const ph = result.phone;
  const inline = 'ipo-lens, inline picture';
  budget('bytes before the first chart is visible ≤ 0.5× uPlot', ph[ours].bytes.median, ph.uPlot.bytes.median, 0.5, `${kb(ph[ours].bytes.median)} / ${kb(ph.uPlot.bytes.median)}`);
  budget('first chart visible ≤ 1.0× uPlot', ph[ours].visible.median, ph.uPlot.visible.median, 1, `${f1(ph[ours].visible.median)} / ${f1(ph.uPlot.visible.median)} ms`);
  budget('first interaction answered ≤ 1.0× Chart.js', ph[ours].answer.median, ph['Chart.js'].answer.median, 1, `${f1(ph[ours].answer.median)} / ${f1(ph['Chart.js'].answer.median)} ms`);
  budget('(inline picture) bytes before the first chart is visible ≤ 0.5× uPlot', ph[inline].bytes.median, ph.uPlot.bytes.median, 0.5, `${kb(ph[inline].bytes.median)} / ${kb(ph.uPlot.bytes.median)}`);
  budget('(inline picture) first chart visible ≤ 1.0× uPlot', ph[inline].visible.median, ph.uPlot.visible.median, 1, `${f1(ph[inline].visible.median)} / ${f1(ph.uPlot.visible.median)} ms`);
  budget('(inline picture) first interaction answered ≤ 1.0× Chart.js', ph[inline].answer.median, ph['Chart.js'].answer.median, 1, `${f1(ph[inline].answer.median)} / ${f1(ph['Chart.js'].answer.median)} ms`);
}
if (PHASES.has('update')) {
  const u = result.update;
  budget('update median ≤ 1.0× Chart.js', u[ours].median, u['Chart.js'].median, 1, `${u[ours].median.toFixed(2)} / ${u['Chart.js'].median.toFixed(2)} ms`);
  budget("update p95 ≤ 2× Chart.js' median", u[ours].p95, u['Chart.js'].median, 2, `${u[ours].p95.toFixed(2)} / ${u['Chart.js'].median.toFixed(2)} ms`);
}
const top = Math.max(...SIZES);
if (PHASES.has('scale')) budget(`memory at ${top.toLocaleString('en')} points ≤ 1.0× uPlot`, result.scale[top][ours].total, result.scale[top].uPlot.total, 1, `${mb(result.scale[top][ours].total)} / ${mb(result.scale[top].uPlot.total)}`);
result.budgets = budgets;
if (budgets.length) {
  md += `\n## Budgets (issue 14): ratios from this run\n\n| budget | figures (ipo-lens / peer) | ratio | |\n|---|---:|---:|---|\n`;
  for (const b of budgets) md += `| ${b.name} | ${b.figures} | ${b.ratio.toFixed(2)}× | ${b.pass ? 'PASS' : 'MISS'} |\n`;
  if (PHASES.has('update')) {
    // the noise floor of a p95 budget on this machine: the peers' own tails
    const u = result.update;
    result.controls = Object.fromEntries(LIBS.map((lib) => [lib, u[lib].p95 / u[lib].median]));
    md += `\nFor the p95 budget, the tails in this run: each library's update p95 ÷ its own median is ${LIBS.map((lib) => `${lib} ${result.controls[lib].toFixed(2)}×`).join(', ')} (Chart.js' p95 is ${(u['Chart.js'].p95 / u['Chart.js'].median).toFixed(2)}× its median).\n`;
  }
}
// limits: every view on generated worst-case datasets at the format's limits (native
// release build, 1280 px; tests/worst generates them, examples/worst times them)
if (PHASES.has('limits')) {
  const worst = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'worst'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n').filter(Boolean).map((l) => JSON.parse(l));
  result.limits = worst;
  md += `\n## Limits: the slowest views on worst-case datasets (native release build, 1280 px)\n\nThe fastest of three drawings (wall and CPU time); "before": the same view measured before the views were bounded (bench/worst-before.json).\n\n| dataset | slowest view | ms | CPU ms | height px | SVG bytes | before: ms | before: height px |\n|---|---|---:|---:|---:|---:|---:|---:|\n`;
  const was = (v, before) => before?.ms !== undefined ? [f1(before.ms), before.height] : before?.failed ? [before.failed, ''] : ['', ''];
  for (const w of worst) {
    if (w.error) md += `| ${w.dataset} | (not generated: ${w.error}) | | | | | | |\n`;
    else for (const v of w.slowest) {
      const b = was(v, w.views.find((x) => x.view === v.view)?.before);
      md += `| ${w.dataset} | ${v.view} | ${f1(v.ms)} | ${f1(v.cpu_ms)} | ${v.height} | ${v.svg_bytes} | ${b[0]} | ${b[1]} |\n`;
    }
  }
  md += `\nEvery view measured before the bound, before and after:\n\n| dataset | view | before: ms | before: height px | ms | CPU ms | height px |\n|---|---|---:|---:|---:|---:|---:|\n`;
  for (const w of worst.filter((w) => !w.error)) {
    for (const v of w.views.filter((v) => v.before)) {
      const b = was(v, v.before);
      md += `| ${w.dataset} | ${v.view} | ${b[0]} | ${b[1]} | ${f1(v.ms)} | ${f1(v.cpu_ms)} | ${v.height} |\n`;
    }
  }
}
if (FULL) {
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), md);
  writeFileSync(join(ROOT, 'docs/benchmarks.json'), JSON.stringify(result, null, 2));
} else {
  writeFileSync(process.env.BENCH_JSON ?? '/dev/null', JSON.stringify(result, null, 2));
  md += `\n(Phases run: ${[...PHASES].join(', ')}; docs/ is rewritten only by a run of every phase.)\n`;
}
console.log(md);
