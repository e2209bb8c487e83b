// The npm package as a web developer meets it: `npm pack` → install the tarball into a
// fresh Vite app → `vite build` → serve the built site → Chromium shows a ready widget.
// Also `vite dev`, where pre-bundling is the known trap (vite#8427).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE = join(ROOT, 'node_modules/.bin/vite');
let dir, browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipo-lens-vite-'));
  cpSync(join(ROOT, 'tests/consumer-vite'), dir, { recursive: true });
  const packed = execFileSync('npm', ['pack', join(ROOT, 'pkg'), '--pack-destination', dir, '--json'], { encoding: 'utf8' });
  const [{ filename, files }] = JSON.parse(packed);
  // the widget, its types, the ipo-lens command (tests/browser/cli.test.mjs), the studio
  // (tests/browser/studio.test.mjs) and the format with its datasets in data/
  const names = files.map((f) => f.path).filter((f) => !f.startsWith('data/') && !f.startsWith('static/')).sort();
  assert.deepEqual(names, ['README.md', 'cli.mjs', 'ipo-lens.d.ts', 'ipo-lens.js', 'ipo_lens.d.ts', 'ipo_lens.js', 'ipo_lens_bg.wasm', 'ipo_lens_bg.wasm.d.ts', 'ipo_lens_cli.js', 'ipo_lens_cli_bg.wasm', 'load.js', 'offline.mjs', 'package.json', 'preact.d.ts', 'preact.js', 'react.d.ts', 'react.js', 'solid.d.ts', 'solid.js', 'studio/studio.css', 'studio/studio.html', 'studio/studio.js']);
  assert.ok(files.some((f) => f.path === 'data/README.md'), 'the format ships');
  // the built-in story's static pictures: every view in each language at 640 and 360 px
  const pictures = files.map((f) => f.path).filter((f) => f.startsWith('static/'));
  assert.ok(pictures.includes('static/listing-day.zh.svg') && pictures.includes('static/financials.en.360.svg'), pictures.join());
  assert.ok(pictures.every((f) => /^static\/[a-z-]+\.(zh|zh-Hant|en)(\.360)?\.(svg|marks\.json)$/.test(f)), pictures.join());
  // each with its hit boxes
  assert.deepEqual(pictures.filter((f) => f.endsWith('.marks.json')).map((f) => f.replace('.marks.json', '.svg')), pictures.filter((f) => f.endsWith('.svg')));
  // exactly the pictures and hit boxes the element's table names (a missing one would 404, an extra one is dead weight)
  const named = [...readFileSync(join(ROOT, 'pkg/ipo-lens.js'), 'utf8').matchAll(/new URL\(["'`]\.\/(static\/[^"'`]+)["'`],\s*import\.meta\.url\)/g)].map((m) => m[1]);
  assert.deepEqual([...pictures].sort(), [...named].sort());
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(dir, filename)], { cwd: dir, stdio: 'pipe' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function serveDir(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    try {
      const body = readFileSync(join(root, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

async function widgetReady(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('ipo-lens')?.getAttribute('data-state')), null, { timeout: 30000 });
  const s = await page.$eval('ipo-lens', (el) => ({ state: el.getAttribute('data-state'), svg: el.svg.length, alert: el.shadowRoot.querySelector('[role=alert]').textContent }));
  await page.close();
  return { ...s, errors };
}

test('vite build of a site that imports the package shows a ready widget', async () => {
  execFileSync(VITE, ['build', '--logLevel', 'warn'], { cwd: dir, stdio: 'pipe' });
  const assets = readdirSync(join(dir, 'dist/assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the wasm is emitted: ${assets}`);
  const { server, url } = await serveDir(join(dir, 'dist'));
  try {
    const s = await widgetReady(url);
    assert.equal(s.state, 'ready', s.alert);
    assert.ok(s.svg > 1000);
    assert.deepEqual(s.errors, []);
  } finally {
    server.close();
  }
});

test('vite dev server (with its dependency pre-bundling) shows a ready widget', async () => {
  const dev = spawn(VITE, ['--port', '0', '--host', '127.0.0.1', '--strictPort=false'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise((ok, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`vite dev did not start: ${out}`)), 30000);
      dev.stdout.on('data', (b) => {
        out += b;
        const m = out.replace(/\x1b\[[0-9;]*m/g, '').match(/http:\/\/127\.0\.0\.1:\d+\//);
        if (m) {
          clearTimeout(timer);
          ok(m[0]);
        }
      });
    });
    const s = await widgetReady(url);
    assert.equal(s.state, 'ready', s.alert);
    assert.deepEqual(s.errors, []);
  } finally {
    dev.kill();
  }
});
