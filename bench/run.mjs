// make bench: ipo-lens against Chart.js and uPlot on the same workload, in headless
// Chromium (Debian's, via playwright-core), pages served on 127.0.0.1, rounds
// interleaved (A B C A B C …). Writes docs/benchmarks.md and docs/benchmarks.json.
//
//   payload  bytes (raw, gzip) of everything the page loads for the chart
//   cold     navigation start → the frame after the first chart is drawn (fresh context each)
//   update   main-thread work to redraw after a data/metric switch (median, p95)
//   scale    a seeded random walk of N points through each library's data API →
//            the frame after it is drawn; then JS heap (and wasm memory for ipo-lens)
//   limits   every view on worst-case datasets at the format's limits (native, 1280 px)
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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

const FILES = {
  '/pkg/ipo-lens.js': 'pkg/ipo-lens.js',
  '/pkg/ipo_lens.js': 'pkg/ipo_lens.js',
  '/pkg/ipo_lens_bg.wasm': 'pkg/ipo_lens_bg.wasm',
  '/peers/chart.umd.min.js': 'node_modules/chart.js/dist/chart.umd.min.js',
  '/peers/uPlot.iife.min.js': 'node_modules/uplot/dist/uPlot.iife.min.js',
  '/peers/uPlot.min.css': 'node_modules/uplot/dist/uPlot.min.css',
};
const PAYLOAD = {
  'ipo-lens': ['/pkg/ipo-lens.js', '/pkg/ipo_lens.js', '/pkg/ipo_lens_bg.wasm'],
  'Chart.js': ['/peers/chart.umd.min.js'],
  uPlot: ['/peers/uPlot.iife.min.js', '/peers/uPlot.min.css'],
};
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

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

function serve() {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
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

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const stats = (a) => ({ median: median(a), p95: pct(a, 95), min: Math.min(...a), max: Math.max(...a), n: a.length });
const LIBS = Object.keys(PAGES);

const { server, url } = await serve();
const browser = await launch();
const result = { date: new Date().toISOString(), machine: {}, payload: {}, cold: {}, update: {}, scale: {} };
try {
  result.machine = {
    cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: Math.round(totalmem() / 2 ** 30),
    chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim(),
    node: process.version,
    versions: { 'Chart.js': JSON.parse(readFileSync(join(ROOT, 'node_modules/chart.js/package.json'))).version, uPlot: JSON.parse(readFileSync(join(ROOT, 'node_modules/uplot/package.json'))).version },
  };
  for (const lib of LIBS) {
    let raw = 0, gz = 0;
    for (const f of PAYLOAD[lib]) { const b = readFileSync(join(ROOT, FILES[f])); raw += b.length; gz += gzipSync(b, { level: 9 }).length; }
    result.payload[lib] = { raw, gzip: gz };
  }
  // cold: fresh context (no cache) per load, interleaved
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
  // update: one page each, switches interleaved in rounds of 10
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
  for (const lib of LIBS) result.update[lib] = stats(upd[lib]);
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
  // scale: a fresh page per library, size and round; rounds interleaved, medians kept
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
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = lib === 'ipo-lens' ? await page.evaluate(async () => (await import('/pkg/ipo_lens.js')).memoryBytes()) : 0;
      samples[n][lib].push({ ms, heap: usedSize, wasm });
      await context.close();
    }
  }
  for (const n of SIZES) {
    result.scale[n] = {};
    for (const lib of LIBS) {
      const runs = samples[n][lib];
      result.scale[n][lib] = { ms: median(runs.map((r) => r.ms)), heap: median(runs.map((r) => r.heap)), wasm: median(runs.map((r) => r.wasm)), runs: runs.map((r) => r.ms) };
    }
  }
  // where the time goes: a Chromium performance trace of one cold load and of 50 metric
  // switches per library, main-thread self time grouped by kind of work
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
} finally {
  await browser.close();
  server.close();
}

// report
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const f1 = (v) => v.toFixed(1);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ours = 'ipo-lens';
let md = `# Benchmarks\n\nRun by \`make bench\` on ${result.date.slice(0, 10)}: ${result.machine.cpus} × ${result.machine.cpu}, ${result.machine.memory_gb} GB, ${result.machine.chromium} (headless), Node ${result.machine.node}; Chart.js ${result.machine.versions['Chart.js']}, uPlot ${result.machine.versions.uPlot}. Absolute times drift ±20 % between runs here; compare the ratios, measured in the same run with rounds interleaved.\n\n`;
md += `## Payload (everything the page loads for the chart)\n\n| | raw | gzip | gzip ratio (ipo-lens / peer) |\n|---|---:|---:|---:|\n`;
for (const lib of LIBS) md += `| ${lib} | ${kb(result.payload[lib].raw)} | ${kb(result.payload[lib].gzip)} | ${lib === ours ? '' : ratio(result.payload[ours].gzip, result.payload[lib].gzip)} |\n`;
md += `\n## Cold start: navigation → the frame after the first chart (${COLD_ROUNDS} fresh loads each, interleaved)\n\n| | median ms | min–max | ratio (ipo-lens / peer) |\n|---|---:|---:|---:|\n`;
for (const lib of LIBS) { const s = result.cold[lib]; md += `| ${lib} | ${f1(s.median)} | ${f1(s.min)}–${f1(s.max)} | ${lib === ours ? '' : ratio(result.cold[ours].median, s.median)} |\n`; }
md += `\n## Update: main-thread work to redraw after a metric switch (${SWITCHES} switches each)\n\nipo-lens: its own render (layout and SVG in wasm, DOM update), as reported in \`ipo-lens-ready\`; Chart.js: \`update('none')\`; uPlot: \`setData\`. Frame waits are excluded for all three.\n\n| | median ms | p95 ms | min–max | median ratio (ipo-lens / peer) |\n|---|---:|---:|---:|---:|\n`;
for (const lib of LIBS) { const s = result.update[lib]; md += `| ${lib} | ${s.median.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.min.toFixed(2)}–${s.max.toFixed(2)} | ${lib === ours ? '' : ratio(result.update[ours].median, s.median)} |\n`; }
md += `\n## Pointer moves with tooltip (${result.moves[ours].n} each)\n\nEach move: the synchronous dispatch plus the work done in the next animation frame before the measuring callback (Chart.js handles pointer events in requestAnimationFrame; ipo-lens and uPlot synchronously).\n\n| | median ms | p95 ms | min–max | median ratio (ipo-lens / peer) |\n|---|---:|---:|---:|---:|\n`;
for (const lib of LIBS) { const s = result.moves[lib]; md += `| ${lib} | ${s.median.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.min.toFixed(2)}–${s.max.toFixed(2)} | ${lib === ours ? '' : ratio(result.moves[ours].median, s.median)} |\n`; }
md += `\n## Scale: a seeded random walk of N points → the frame after it is drawn (median of ${SCALE_ROUNDS} fresh pages each, interleaved)\n\nipo-lens: \`setSeries\` (typed arrays) and the \`price-path\` view (M4 in wasm); Chart.js: a line chart with min-max decimation, \`parsing: false\`; uPlot: a line series. JS heap after a forced GC; ipo-lens also holds the series in wasm memory.\n\n| N | ipo-lens ms | Chart.js ms | uPlot ms | time ratio vs uPlot | ipo-lens heap + wasm | Chart.js heap | uPlot heap |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n`;
for (const n of SIZES) {
  const s = result.scale[n];
  md += `| ${n.toLocaleString('en')} | ${f1(s[ours].ms)} | ${f1(s['Chart.js'].ms)} | ${f1(s.uPlot.ms)} | ${ratio(s[ours].ms, s.uPlot.ms)} | ${kb(s[ours].heap)} + ${kb(s[ours].wasm)} | ${kb(s['Chart.js'].heap)} | ${kb(s.uPlot.heap)} |\n`;
}
md += `\n## Where the time goes: Chromium performance trace\n\nMain-thread self time in ms from a trace (\`browser.startTracing\`) of one cold load and of 50 metric switches (each to its painted frame) per library, grouped by kind of work, then the six busiest trace events.\n\n`;
const KINDS = ['script', 'wasm compile', 'JS compile', 'HTML parse', 'style', 'layout', 'paint', 'GC', 'tasks, IPC, other'];
for (const stage of ['cold', 'update']) {
  md += `| ${stage} | ${KINDS.join(' | ')} |\n|---|${KINDS.map(() => '---:').join('|')}|\n`;
  for (const lib of LIBS) md += `| ${lib} | ${KINDS.map((k) => f1(result.trace[lib][stage].kinds[k] ?? 0)).join(' | ')} |\n`;
  md += `\nBusiest events (${stage}): ${LIBS.map((lib) => `${lib}: ${result.trace[lib][stage].top.map(([n, ms]) => `${n} ${f1(ms)}`).join(', ')}`).join('; ')}.\n\n`;
}
// limits: every view on generated worst-case datasets at the format's limits (native
// release build, 1280 px; tests/worst generates them, examples/worst times them)
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
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(join(ROOT, 'docs/benchmarks.md'), md);
writeFileSync(join(ROOT, 'docs/benchmarks.json'), JSON.stringify(result, null, 2));
console.log(md);
