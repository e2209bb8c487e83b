// Screenshots of every view at phone and desktop width, in zh, zh-Hant and en, into
// docs/screenshots/<view>.<phone|desktop>.<lang>.png, and every other metric of each view
// in zh and en (<view>.<metric>.<phone|desktop>.<lang>.png); the whole demo page with a
// tooltip open (demo.<width>.<lang>.png); at phone width a point's docked panel and the
// data table open, for three views (<view>.phone-panel.<lang>.png, <view>.phone-table.<lang>.png).
// Then each example story of data/examples/ in every view and metric it fills, zh and en,
// phone and desktop (docs/screenshots/examples/<story>.<view>[.<metric>].<width>.<lang>.png);
// `node scripts/screenshots.mjs examples` shoots only those.
// Run with `make screenshots` (needs a build).
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, open, ready, server } from '../tests/browser/support.mjs';

const only = process.argv[2];

/** Waits until the demo page's iframe embed shows its widget live in `lang`. */
async function embedIn(page, lang) {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => new URL(f.url()).searchParams.get('lang') === lang && f.url().includes('/embed.html'));
    const live = await frame?.evaluate((l) => {
      const e = document.querySelector('ipo-lens');
      return e?.getAttribute('lang') === l && e.dataset.state === 'ready';
    }, lang).catch(() => false);
    if (live) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the demo's iframe embed is not live in ${lang} after 10 s`);
}
mkdirSync('docs/screenshots/examples', { recursive: true });
const { server: srv, url } = await server();
const browser = await launch({ full: true });
try {
  for (const [name, width, scale] of only === 'examples' ? [] : [['phone', 360, 2], ['desktop', 1280, 1]]) {
    for (const lang of ['zh', 'zh-Hant', 'en']) {
      const { page, context } = await open(browser, `${url}/?lang=${lang}`, { width, height: 900, scale });
      await ready(page);
      await page.waitForFunction((l) => document.querySelector('ipo-lens').svg.length > 0 && document.querySelector('ipo-lens').getAttribute('lang') === l, lang);
      const el = page.locator('ipo-lens').first();
      // a widget that went live in view keeps its picture's height until the reader clicks
      // in it (src/web/ipo-lens.js #fitIn): click its corner, as a reader reaching for it
      await el.click({ position: { x: 2, y: 2 } });
      if (!only) {
        // the iframe embed further down: the page's script reloads it in `lang`, and its
        // widget goes live once in view; shoot it live in the page's language
        await page.locator('#embed').scrollIntoViewIfNeeded();
        await embedIn(page, lang);
        await el.locator('.mark').first().hover();
        await page.screenshot({ path: `docs/screenshots/demo.${name}.${lang}.png`, fullPage: true });
      }
      // the views' menu lists them at every width (a tab bar where it fits, the menu where not)
      const views = await page.$eval('ipo-lens', (e) => [...e.shadowRoot.querySelectorAll('select[data-menu="view"] option')].map((o) => o.value));
      const tabs = await el.locator('[role=tab]').count();
      for (const view of views) {
        if (only && view !== only) continue;
        const before = await page.$eval('ipo-lens', (e) => e.svg);
        if (tabs) await el.locator(`[role=tab][data-view="${view}"]`).click();
        else await el.locator('select[data-menu="view"]').selectOption(view);
        if (view !== 'listing-day') await page.waitForFunction((old) => document.querySelector('ipo-lens').svg !== old, before);
        await page.mouse.move(0, 0);
        await page.waitForTimeout(50);
        await el.screenshot({ path: `docs/screenshots/${view}.${name}.${lang}.png` });
        if (lang === 'zh-Hant') continue;
        // the view's other metrics
        const metrics = await el.locator('.controls [data-kind="metric"]').evaluateAll((bs) => bs.map((b) => b.dataset.id));
        for (const metric of metrics.slice(1)) {
          const old = await page.$eval('ipo-lens', (e) => e.svg);
          await el.locator(`.controls [data-kind="metric"][data-id="${metric}"]`).click();
          await page.waitForFunction((o) => document.querySelector('ipo-lens').svg !== o, old);
          await page.mouse.move(0, 0);
          await page.waitForTimeout(50);
          await el.screenshot({ path: `docs/screenshots/${view}.${metric}.${name}.${lang}.png` });
        }
        if (metrics.length > 1) await el.locator(`.controls [data-kind="metric"][data-id="${metrics[0]}"]`).click();
      }
      await context.close();
    }
  }
  // a phone (touch): a tapped point's panel, its details open, and the data table
  for (const lang of only ? [] : ['zh', 'zh-Hant', 'en']) {
    for (const view of ['listing-day', 'financials', 'fact-check']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(`${url}/blank.html`);
      await page.evaluate(([v, l]) => {
        const el = document.createElement('ipo-lens');
        el.setAttribute('view', v);
        el.setAttribute('lang', l);
        document.body.append(el);
      }, [view, lang]);
      await ready(page);
      const el = page.locator('ipo-lens');
      await el.locator('.mark').first().tap();
      await el.locator('.panel summary').tap();
      await el.screenshot({ path: `docs/screenshots/${view}.phone-panel.${lang}.png` });
      await el.locator('.panel .close').tap();
      await el.locator('[data-tool="table"]').tap();
      await el.screenshot({ path: `docs/screenshots/${view}.phone-table.${lang}.png` });
      await context.close();
    }
  }
  if (!only || only === 'examples') await examples();
} finally {
  await browser.close();
  srv.close();
}

/** Every example story in every view and metric it fills, zh and en, phone and desktop. */
async function examples() {
  for (const story of ['arm-2023', 'nordhafen-2026']) {
    const data = JSON.parse(readFileSync(`data/examples/${story}.json`, 'utf8'));
    for (const [name, width, scale] of [['phone', 360, 2], ['desktop', 1280, 1]]) {
      for (const lang of ['zh', 'en']) {
        const { page, context } = await open(browser, `${url}/blank.html`, { width, height: 900, scale });
        await page.evaluate(([d, l]) => {
          const el = document.createElement('ipo-lens');
          el.setAttribute('lang', l);
          el.data = d;
          document.body.append(el);
        }, [data, lang]);
        await ready(page);
        const el = page.locator('ipo-lens');
        const views = await page.$eval('ipo-lens', (e) => [...e.shadowRoot.querySelectorAll('select[data-menu="view"] option')].map((o) => o.value));
        for (const view of views) {
          const metrics = await draw(page, view, '');
          for (const metric of metrics.length ? metrics : ['']) {
            if (metric) await draw(page, view, metric);
            await page.mouse.move(0, 0);
            await page.waitForTimeout(50);
            const m = metric ? `.${metric}` : '';
            await el.screenshot({ path: `docs/screenshots/examples/${story}.${view}${m}.${name}.${lang}.png` });
          }
        }
        await context.close();
      }
    }
  }
}

/** Shows `view` with `metric` in the page's widget; returns the metrics its switch offers. */
async function draw(page, view, metric) {
  await page.evaluate(([v, m]) => {
    const e = document.querySelector('ipo-lens');
    e.setAttribute('view', v);
    if (m) e.setAttribute('metric', m); else e.removeAttribute('metric');
  }, [view, metric]);
  await page.waitForFunction(([v, m]) => {
    const e = document.querySelector('ipo-lens');
    const picked = [...e.shadowRoot.querySelectorAll('.controls [data-kind="metric"]')].find((b) => b.getAttribute('aria-pressed') === 'true' || b.getAttribute('aria-checked') === 'true');
    return e.getAttribute('data-state') === 'ready' && e.getAttribute('view') === v && (!m || !picked || picked.dataset.id === m);
  }, [view, metric]);
  await ready(page);
  await page.waitForTimeout(80);
  return page.$eval('ipo-lens', (e) => [...e.shadowRoot.querySelectorAll('.controls [data-kind="metric"]')].map((b) => b.dataset.id));
}
console.log('screenshots written to docs/screenshots/');
