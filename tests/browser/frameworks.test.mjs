// The npm package where web developers live: the packed tarball installed into the apps of
// tests/consumers/ (their frameworks pinned there, installed once by scripts/setup.sh) —
// a Node import and a React server render, tsc --strict over the types (what they allow and
// what they refuse), Vite + React 19 + TypeScript, webpack 5, an Astro server build whose
// server-rendered markup upgrades without moving, and the package loaded from another
// origin as from a CDN.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONSUMERS = join(ROOT, 'tests/consumers');
const BIN = join(CONSUMERS, 'node_modules/.bin');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
let run, tarball, browser;

before(async () => {
  assert.ok(existsSync(BIN), 'tests/consumers/node_modules is missing: run scripts/setup.sh test');
  mkdirSync(join(CONSUMERS, '.run'), { recursive: true });
  // inside tests/consumers, so that each app finds the frameworks in its node_modules
  run = mkdtempSync(join(CONSUMERS, '.run/'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', join(ROOT, 'pkg'), '--pack-destination', run, '--json'], { encoding: 'utf8' }));
  tarball = join(run, filename);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (run) rmSync(run, { recursive: true, force: true });
});

/** A copy of tests/consumers/NAME with the packed tarball installed in its node_modules
 *  (unpacked as npm does: the package has no dependencies and no install scripts). */
function app(name) {
  const dir = join(run, name);
  cpSync(join(CONSUMERS, name), dir, { recursive: true });
  const pkg = join(dir, 'node_modules/ipo-lens');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '--strip-components=1', '-C', pkg]);
  return dir;
}

const sh = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout}\n${e.stderr}`);
  }
};

/** Serves `root` on 127.0.0.1 (a free port); `cors`: Access-Control-Allow-Origin: *
 *  (for everything, or a function of the path). */
function serveDir(root, { cors = false } = {}) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      const body = readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path));
      const headers = { 'content-type': types[extname(path)] ?? 'text/html' };
      if (typeof cors === 'function' ? cors(path) : cors) headers['access-control-allow-origin'] = '*';
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/** Opens `url`, waits for the widget to be ready (or in error), and returns what it shows. */
async function widget(url, { before: prepare } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) errors.push(m.text()); });
  const extra = prepare ? await prepare(page) : null;
  // (held scripts: the page is measured before it has loaded)
  await page.goto(url, { waitUntil: extra?.measure ? 'commit' : 'load' });
  const measured = extra?.measure ? await extra.measure() : null;
  await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('ipo-lens')?.getAttribute('data-state')), null, { timeout: 30000 });
  const s = await page.$eval('ipo-lens', (el) => ({
    state: el.getAttribute('data-state'), lang: el.shadowRoot.querySelector('.root').lang, svg: el.svg,
    alert: el.shadowRoot.querySelector('[role=alert]').textContent, dataAttribute: el.getAttribute('data'), body: { ...document.body.dataset },
  }));
  await context.close();
  return { ...s, errors, measured };
}

test('importing the package in Node (and a worker thread) registers nothing and throws nothing; React renders it on the server', () => {
  const dir = app('node');
  const probe = `
    const m = await import('ipo-lens');
    for (const s of ['ipo-lens/react', 'ipo-lens/preact', 'ipo-lens/solid']) await import(s);
    const { Worker } = await import('node:worker_threads');
    const worker = await new Promise((ok, fail) => {
      // (an ES module: the worker takes this process's --input-type)
      const w = new Worker("const { parentPort } = await import('node:worker_threads'); await import('ipo-lens'); parentPort.postMessage('imported');", { eval: true });
      w.on('message', ok); w.on('error', fail);
    });
    console.log(JSON.stringify({ exports: Object.keys(m), element: typeof m.IpoLensElement, registry: typeof customElements, worker }));`;
  const got = JSON.parse(sh('node', ['--input-type=module', '-e', probe], dir));
  assert.deepEqual(got, { exports: ['IpoLensElement'], element: 'function', registry: 'undefined', worker: 'imported' });
  const html = sh('node', ['ssr.mjs'], dir).trim();
  // the object-valued `data` is left for the browser (a property), not written as text
  assert.match(html, /^(<link[^>]*>)?<ipo-lens view="financials" lang="en"><img slot="fallback" src="\/financials.en.svg" alt="Financials \(static version\)" width="640" height="592"\/><\/ipo-lens>$/);
});

test('types: tsc --strict accepts the right uses and every dataset shipped, and refuses each wrong one on its line', () => {
  const dir = app('types');
  // every dataset the repository ships, as a page would write it in TypeScript
  const files = ['data/biren-2026.json', ...readdirSync(join(ROOT, 'data/examples')).filter((f) => f.endsWith('.json')).map((f) => `data/examples/${f}`)];
  writeFileSync(join(dir, 'datasets.ts'), `import type { IpoLensDataset } from 'ipo-lens';\n${files.map((f, i) => `// ${f}\nexport const d${i}: IpoLensDataset = ${readFileSync(join(ROOT, f), 'utf8')};\n`).join('')}`);
  const tsc = join(BIN, 'tsc');
  // one run, without the @ts-expect-error lines: an error on each line that follows one, and
  // nowhere else (so every right use and every dataset is accepted, and each wrong one refused)
  const expected = new Set();
  for (const f of ['element.ts', 'react.tsx', 'preact.tsx', 'solid.tsx']) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    lines.forEach((l, i) => { if (l.trim().startsWith('// @ts-expect-error')) expected.add(`${f}:${i + 2}`); });
    writeFileSync(join(dir, f), lines.map((l) => l.replace('// @ts-expect-error', '// (expected error)')).join('\n'));
  }
  assert.ok(expected.size >= 20, `expected errors: ${expected.size}`);
  let out = '';
  try {
    execFileSync(tsc, ['-p', '.'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    out = e.stdout;
  }
  const got = new Set([...out.matchAll(/^(\S+?)\((\d+),\d+\): error/gm)].map(([, f, l]) => `${f}:${l}`));
  assert.deepEqual([...got].sort(), [...expected].sort(), out);
});

test('Vite + React 19 + TypeScript strict: tsc, vite build, a ready widget fed through the data property', async () => {
  const dir = app('vite-react');
  sh(join(BIN, 'tsc'), ['-p', '.'], dir);
  sh(join(BIN, 'vite'), ['build', '--logLevel', 'warn'], dir);
  assert.ok(readdirSync(join(dir, 'dist/assets')).some((f) => f.endsWith('.wasm')), 'the wasm is emitted');
  const { server, url } = await serveDir(join(dir, 'dist'));
  try {
    const s = await widget(url);
    assert.equal(s.state, 'ready', s.alert);
    assert.ok(s.svg.includes('Alpha Example'), 'the page\'s own story, given as an object property, is drawn');
    assert.equal(s.dataAttribute, null, 'React 19 set data as a property, not as attribute text');
    assert.deepEqual(s.body, { widget: 'ready', view: 'financials' }, 'onipo-lens-ready was called');
    assert.deepEqual(s.errors, []);
  } finally {
    server.close();
  }
});

test('webpack 5 with no configuration beyond entry and output: a ready widget', async () => {
  const dir = app('webpack');
  sh(join(BIN, 'webpack'), ['--config', 'webpack.config.js'], dir);
  cpSync(join(dir, 'index.html'), join(dir, 'dist/index.html'));
  assert.ok(readdirSync(join(dir, 'dist')).some((f) => f.endsWith('.wasm')), 'the wasm is emitted');
  const { server, url } = await serveDir(join(dir, 'dist'));
  try {
    const s = await widget(url);
    assert.equal(s.state, 'ready', s.alert);
    assert.equal(s.lang, 'zh-Hant');
    assert.equal(s.body.widget, 'ready');
    assert.deepEqual(s.errors, []);
  } finally {
    server.close();
  }
});

test('Astro: the server build imports the package and renders the element; the markup upgrades in place', async () => {
  const dir = app('astro');
  const fallback = join(ROOT, 'dist/static/financials.en.svg');
  assert.ok(existsSync(fallback), 'dist/static is missing: run make static (make test does)');
  mkdirSync(join(dir, 'public'), { recursive: true });
  cpSync(fallback, join(dir, 'public/financials.en.svg'));
  sh(join(BIN, 'astro'), ['build', '--silent'], dir);
  const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
  assert.match(html, /<ipo-lens view="financials" lang="en">\s*<img slot="fallback" src="\/financials.en.svg"/);
  assert.match(html, /data-server="imported on the server"/);
  const { server, url } = await serveDir(join(dir, 'dist'));
  try {
    // the scripts are held back until the server-rendered page has been measured, and
    // the wasm until the upgraded (still loading) element has been
    const gate = () => { let open; const p = new Promise((ok) => { open = ok; }); return { p, open }; };
    const scripts = gate();
    const wasm = gate();
    const box = (page) => page.evaluate(() => {
      const r = (e) => { const b = e.getBoundingClientRect(); return [b.x, b.y, b.width, b.height].map(Math.round); };
      return { img: r(document.querySelector('ipo-lens img')), after: r(document.getElementById('after')), host: r(document.querySelector('ipo-lens')) };
    });
    const s = await widget(url, {
      before: async (page) => {
        await page.route(/\.js$/, async (route) => { await scripts.p; await route.continue(); });
        await page.route(/\.wasm$/, async (route) => { await wasm.p; await route.continue(); });
        return {
          measure: async () => {
            await page.waitForFunction(() => document.querySelector('ipo-lens img')?.complete);
            const before = await box(page);
            scripts.open();
            await page.waitForFunction(() => document.querySelector('ipo-lens:defined')?.getAttribute('data-state') === 'loading');
            const upgraded = await box(page);
            wasm.open();
            return { before, upgraded };
          },
        };
      },
    });
    assert.equal(s.state, 'ready', s.alert);
    assert.deepEqual(s.errors, []);
    const { before, upgraded } = s.measured;
    assert.ok(before.img[2] > 300, `the fallback shows before the script: ${JSON.stringify(before)}`);
    assert.deepEqual(upgraded, before, 'the upgraded element, still loading, keeps the server-rendered layout');
  } finally {
    server.close();
  }
});

test('from another origin (a CDN): the module and its wasm load with CORS; without it the widget says what is missing', async () => {
  const dir = app('cdn');
  const cdnRoot = join(dir, 'node_modules/ipo-lens');
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.ok(page.includes('https://cdn.example.org/npm/ipo-lens@0.1.0/'));
  for (const wasmCors of [true, false]) {
    const cdn = await serveDir(cdnRoot, { cors: (path) => wasmCors || !path.endsWith('.wasm') });
    const site = await serveDir(dir);
    // the README's page, with the CDN's address replaced by a second loopback origin
    writeFileSync(join(dir, 'index.html'), page.replace('https://cdn.example.org/npm/ipo-lens@0.1.0', cdn.url));
    try {
      assert.notEqual(new URL(cdn.url).origin, new URL(site.url).origin);
      const s = await widget(`${site.url}/index.html`);
      if (wasmCors) {
        assert.equal(s.state, 'ready', s.alert);
        assert.deepEqual(s.errors, []);
      } else {
        assert.equal(s.state, 'error');
        assert.match(s.alert, /could not load http:\/\/127\.0\.0\.1:\d+\/ipo_lens_bg\.wasm: .*Access-Control-Allow-Origin/);
      }
    } finally {
      cdn.server.close();
      site.server.close();
    }
  }
});

test('the package README shows the exact code these tests build', () => {
  const readme = readFileSync(join(ROOT, 'src/web/README.md'), 'utf8');
  const blocks = [...readme.matchAll(/<!-- tested: (\S+) -->\n```\w*\n([\s\S]*?)```/g)];
  const shown = blocks.map(([, path]) => path);
  for (const path of ['tests/consumer-vite/main.js', 'tests/consumers/vite-react/src/main.tsx', 'tests/consumers/vite-react/tsconfig.json',
    'tests/consumers/webpack/webpack.config.js', 'tests/consumers/astro/src/pages/index.astro', 'tests/consumers/cdn/index.html', 'tests/consumers/node/ssr.mjs']) {
    assert.ok(shown.includes(path), `the README shows ${path}`);
  }
  for (const [, path, code] of blocks) assert.equal(code, readFileSync(join(ROOT, path), 'utf8'), `the README's copy of ${path}`);
});
