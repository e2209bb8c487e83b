// The package's command as an editor without Rust meets it: `npm pack` → install the
// tarball into a fresh folder → `npx ipo-lens check|offline|static`, running the package's
// own wasm under Node. `check` prints exactly what the native `cargo run --bin fact-check`
// prints (one report in the library), `offline` writes a file that shows the story from
// file://, `static` writes the same SVGs as `cargo run --bin static-svg`.
// Needs `make build` (pkg/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT = join(ROOT, 'data/biren-2026.json');
const EXAMPLE = join(ROOT, 'data/examples/example-listing.json');
let dir, browser;

/** Runs a command, returning its exit code and output (never throws on a non-zero exit). */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: ROOT, ...opts });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const cli = (...args) => run('node', [join(ROOT, 'pkg/cli.mjs'), ...args]);
const native = (bin, ...args) => run('cargo', ['run', '--quiet', '--bin', bin, '--', ...args]);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipo-lens-cli-'));
  // build the native commands once, so that the comparisons below do not time out
  execFileSync('cargo', ['build', '--quiet', '--bins'], { cwd: ROOT, stdio: 'pipe' });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'newsroom', version: '1.0.0', private: true }));
  const packed = execFileSync('npm', ['pack', join(ROOT, 'pkg'), '--pack-destination', dir, '--json'], { encoding: 'utf8' });
  const [{ filename, files }] = JSON.parse(packed);
  const names = files.map((f) => f.path);
  for (const f of ['cli.mjs', 'offline.mjs', 'ipo_lens_cli.js', 'ipo_lens_cli_bg.wasm', 'data/README.md', 'data/examples/example-listing.json']) {
    assert.ok(names.includes(f), `the package ships ${f}: ${names}`);
  }
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(dir, filename)], { cwd: dir, stdio: 'pipe' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('check prints the native fact-check report, byte for byte, in every language', () => {
  for (const file of [DEFAULT, EXAMPLE]) {
    for (const lang of ['en', 'zh', 'zh-Hant']) {
      const n = native('fact-check', file, '--lang', lang);
      const p = cli('check', file, '--lang', lang);
      assert.equal(p.out, n.out, `${file} ${lang}`);
      assert.equal(p.code, n.code, `${file} ${lang}`);
    }
  }
  // the article's two contradicted figures; the example passes
  assert.equal(cli('check', DEFAULT).code, 2);
  assert.equal(cli('check', EXAMPLE).code, 0);
  assert.match(cli('check', EXAMPLE).out, /\n {2}alpha\.first_day_high +listing-day: first-day-high, first-day; price-path\n/);
});

test('check on a broken file: every problem with its path, exit 1, as the native one', () => {
  const bad = join(dir, 'bad.json');
  const json = readFileSync(EXAMPLE, 'utf8').replace('"format": "ipo-lens/1"', '"format": "ipo-lens/2"');
  assert.notEqual(json, readFileSync(EXAMPLE, 'utf8'));
  writeFileSync(bad, json);
  const p = cli('check', bad);
  assert.equal(p.code, 1);
  assert.match(p.out, /: invalid — 1 error\n/);
  assert.match(p.out, /\n {2}error {3}format: must be "ipo-lens\/1", got "ipo-lens\/2"\n/);
  assert.equal(p.out, native('fact-check', bad).out);
  const notJson = join(dir, 'not-json.json');
  writeFileSync(notJson, '{"format": "ipo-lens/1",');
  const q = cli('check', notJson, '--lang', 'zh');
  assert.equal(q.code, 1);
  assert.equal(q.out, native('fact-check', notJson, '--lang', 'zh').out);
});

test('clear errors: a missing file, an unknown command, option or language; --help', () => {
  const missing = cli('check', 'no-such-story.json');
  assert.equal(missing.code, 1);
  assert.equal(missing.out, 'no-such-story.json: no such file\n');
  assert.equal(missing.out, native('fact-check', 'no-such-story.json').out);
  const unknown = cli('chek', EXAMPLE);
  assert.equal(unknown.code, 64);
  assert.match(unknown.err, /unknown command "chek" \(commands: check, offline, static\)/);
  assert.match(cli('check', EXAMPLE, '--view', 'demand').err, /unknown option "--view" \(this command takes: --lang\)/);
  assert.match(cli('check', EXAMPLE, '--lang', 'fr').err, /--lang: unknown language "fr" \(known: zh, zh-Hant, en\)/);
  assert.match(cli('check').err, /give a dataset file/);
  for (const help of [[], ['--help'], ['check', '--help']]) {
    const h = cli(...help);
    assert.equal(h.code, 0);
    assert.match(h.out, /^usage: ipo-lens <command> <story\.json>/);
    assert.match(h.out, /data\/README\.md/);
  }
});

test('npx ipo-lens check, from the installed package', () => {
  const r = run('npx', ['--no-install', 'ipo-lens', 'check', EXAMPLE, '--lang', 'zh'], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, native('fact-check', EXAMPLE, '--lang', 'zh').out);
  // the example shipped in the package checks too
  const shipped = run('npx', ['--no-install', 'ipo-lens', 'check', 'node_modules/ipo-lens/data/examples/example-listing.json'], { cwd: dir });
  assert.equal(shipped.code, 0, shipped.out);
});

test('npx ipo-lens offline writes one file that shows the story from file://', async () => {
  const out = join(dir, 'story.html');
  const r = run('npx', ['--no-install', 'ipo-lens', 'offline', EXAMPLE, '--out', out, '--view', 'demand', '--lang', 'en'], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /story\.html: \d+ bytes\n/);
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`file://${out}`);
  await page.waitForFunction(() => document.querySelector('ipo-lens')?.getAttribute('data-state') === 'ready', null, { timeout: 30000 });
  const svg = await page.$eval('ipo-lens', (el) => el.svg);
  assert.ok(svg.startsWith('<svg'), svg.slice(0, 100));
  assert.ok(svg.includes('(example)'), 'the story of the file, not the built-in one');
  assert.equal(await page.$eval('ipo-lens', (el) => el.getAttribute('view')), 'demand');
  assert.deepEqual(errors, []);
  await context.close();
  // a view the story does not fill, and an invalid story, are refused
  const noView = cli('offline', EXAMPLE, '--out', join(dir, 'x.html'), '--view', 'market');
  assert.equal(noView.code, 64);
  assert.match(noView.err, /--view: this story has no view "market" \(it fills: listing-day, demand, financials, fact-check, price-path\)/);
  const bad = join(dir, 'bad-offline.json');
  writeFileSync(bad, '{}');
  const refused = cli('offline', bad, '--out', join(dir, 'bad.html'), '--lang', 'en');
  assert.equal(refused.code, 1);
  assert.match(refused.err, /: invalid — /);
  assert.throws(() => readFileSync(join(dir, 'bad.html')));
});

test('npx ipo-lens static writes the same SVGs as the native static-svg', () => {
  const out = join(dir, 'static');
  const r = run('npx', ['--no-install', 'ipo-lens', 'static', EXAMPLE, '--out', out], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  // it says how to embed a picture with its hit boxes
  assert.match(r.out, /wrote 30 SVGs and their hit boxes \(\.marks\.json\)/);
  const embed = r.out.match(/<picture slot="fallback">\n\s+<source media="\(max-width: 559px\)" srcset="([a-z-]+\.[a-zA-Z-]+)\.360\.svg" data-marks="\1\.360\.marks\.json" width="360" height="(\d+)">\n\s+<img src="\1\.svg" data-marks="\1\.marks\.json" alt="…" width="640" height="(\d+)">\n\s+<\/picture>/);
  assert.ok(embed, r.out);
  // each picture's own height, from its hit boxes
  const [, name, phone, wide] = embed;
  assert.equal(JSON.parse(readFileSync(join(out, `${name}.360.marks.json`), 'utf8')).height, Number(phone));
  assert.equal(JSON.parse(readFileSync(join(out, `${name}.marks.json`), 'utf8')).height, Number(wide));
  const nativeOut = join(dir, 'static-native');
  const n = native('static-svg', nativeOut, EXAMPLE);
  assert.equal(n.code, 0, n.err);
  const names = readdirSync(out).sort();
  assert.deepEqual(names, readdirSync(nativeOut).sort());
  // 15 pictures at two widths, each with its hit boxes (.marks.json)
  assert.equal(names.length, 60, names.join());
  assert.equal(names.filter((n) => n.endsWith('.marks.json')).length, 30, names.join());
  for (const name of names) {
    assert.equal(readFileSync(join(out, name), 'utf8'), readFileSync(join(nativeOut, name), 'utf8'), name);
  }
});
