// Shared helpers for the browser tests: Debian's Chromium through playwright-core, and
// the demo server on a free loopback port.
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

/** The browser a reader has: Debian's Chromium in its headless mode. The screenshots and the
 *  benchmark use it. */
export const FULL = '/usr/bin/chromium';
/** The browser the tests drive: Debian's chromium-headless-shell, Chromium's old headless
 *  mode, built from the same source and version as /usr/bin/chromium (the same Blink, V8 and
 *  fonts) without the browser's own windowing and UI. A test file runs in about half the time
 *  and a third of the CPU (views.test.mjs: 66 s → 30 s), so two files run side by side.
 *  CHROMIUM_PATH chooses another; `make screenshots` (SCREENSHOTS=1) shoots with the full one. */
export const CHROMIUM = process.env.CHROMIUM_PATH || (process.env.SCREENSHOTS !== '1' && existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : FULL);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium, headless: the tests' (`CHROMIUM`), or the reader's (`full`). With `scrollbars`,
 *  pages get classic (space-taking) scrollbars as on Windows and Linux desktops: headless
 *  Chromium hides them unless told not to. `args` are switches besides the usual ones (the
 *  benchmark's `--js-flags`). */
export async function launch({ scrollbars = false, full = false, args = [] } = {}) {
  return chromium.launch({ executablePath: full ? FULL : CHROMIUM, headless: true, args: [...ARGS, ...args], ...(scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}) });
}

/** One server and one browser for a test file, started before its tests and closed after:
 *  `const t = suite();` then `t.url`, `t.browser`. */
export function suite() {
  const t = {};
  before(async () => {
    ({ server: t.srv, url: t.url } = await server());
    t.browser = await launch();
  });
  after(async () => {
    await t.browser?.close();
    t.srv?.close();
  });
  return t;
}

export async function server(opts = {}) {
  return serve({ port: 0, ...opts });
}

/** Opens `url` in a fresh context, collecting console errors and page errors into
 *  `errors`. With `html`, that page is served at `url` (same origin as the package). */
export async function open(browser, url, { width = 1280, height = 900, scale = 1, html = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (html !== null) await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(url);
  return { page, errors, context };
}

/** blank.html served with `Content-Security-Policy: csp`, securitypolicyviolation events
 *  collected in `window.__violations`, and a ready widget (lang=en) added to it. `close()`
 *  ends the context and the server. */
export async function strictPage(browser, csp, contextOptions = {}) {
  const strict = await server({ headers: (path) => (path.endsWith('.html') || path === '/' ? { 'content-security-policy': csp } : {}) });
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...contextOptions });
  const close = async () => {
    await context.close();
    strict.server.close();
  };
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    await page.goto(`${strict.url}/blank.html`);
    await page.evaluate(() => {
      const el = document.createElement('ipo-lens');
      el.setAttribute('lang', 'en');
      document.body.append(el);
    });
    await ready(page);
    return { page, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Adds an <ipo-lens> with `attrs` to the page and waits until it is ready. */
export async function addWidget(page, attrs = {}) {
  await page.evaluate((a) => {
    const el = document.createElement('ipo-lens');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.body.append(el);
  }, attrs);
  await ready(page);
}

/** Waits until every <ipo-lens> on the page is ready (or one fails). */
export async function ready(page, selector = 'ipo-lens') {
  await page.waitForFunction((sel) => {
    const els = [...document.querySelectorAll(sel)];
    return els.length > 0 && els.every((e) => e.getAttribute('data-state') === 'ready' || e.getAttribute('data-state') === 'error');
  }, selector, { timeout: 20000 });
  return page.$$eval(selector, (els) => els.map((e) => e.getAttribute('data-state')));
}
