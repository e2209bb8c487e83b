// The offline single file under its own strict Content-Security-Policy (hashes computed
// by the builder, src/web/offline.mjs): from file:// with the policy as a <meta> tag, and
// from a server sending the same policy as a header. Nothing is blocked, the widget draws
// and exports.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { offlineHtml } from '../../pkg/offline.mjs';
import { launch, ready } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const html = offlineHtml({ lang: 'en' });
const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];

async function check(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return errors;
}

async function exercise(page, errors) {
  assert.deepEqual(await ready(page), ['ready']);
  for (const view of ['listing-day', 'fact-check', 'price-path']) {
    await page.locator(`ipo-lens [role=tab][data-view="${view}"]`).click();
  }
  await page.locator('ipo-lens .mark').first().hover();
  await page.locator('ipo-lens [data-tool="table"]').click();
  // the PNG export draws the SVG through a blob: image onto a canvas
  const png = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('ipo-lens');
    const img = new Image();
    img.onload = () => resolve('loaded');
    img.onerror = () => resolve('blocked');
    img.src = URL.createObjectURL(new Blob([el.svg], { type: 'image/svg+xml' }));
  }));
  assert.equal(png, 'loaded');
  assert.equal(await page.$eval('ipo-lens', (el) => el.getAttribute('data-state')), 'ready');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
}

test('the builder writes the policy into the file: no inline code or style without its hash, nothing fetched', () => {
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp, /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]{44}' 'wasm-unsafe-eval'; style-src 'sha256-[A-Za-z0-9+/=]{44}'; img-src data: blob:/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
});

test('from file:// under its own meta CSP: ready, interactive, no violation', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipo-lens-csp-'));
  const file = join(dir, 'offline.html');
  writeFileSync(file, html);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = await check(page);
  await page.goto(pathToFileURL(file).href);
  await exercise(page, errors);
  await context.close();
});

test('served with the same policy as a header: ready, no violation', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = await check(page);
  const url = 'http://127.0.0.1:9/offline.html';
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp } }));
  await page.goto(url);
  await exercise(page, errors);
  // a script without the hash does not run
  const ran = await page.evaluate(() => {
    window.__ran = false;
    try {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    } catch { /* Trusted Types refuse it */ }
    return window.__ran;
  });
  assert.equal(ran, false);
  await context.close();
});
