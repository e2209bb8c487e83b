// Screenshots of every view at phone and desktop width, in zh, zh-Hant and en, into
// docs/screenshots/<view>.<phone|desktop>.<lang>.png, and every other metric of each view
// in zh and en (<view>.<metric>.<phone|desktop>.<lang>.png); the whole demo page with a
// tooltip open (demo.<width>.<lang>.png); at phone width a point's docked panel and the
// data table open, for three views (<view>.phone-panel.<lang>.png, <view>.phone-table.<lang>.png).
// Run with `make screenshots` (needs a build).
import { mkdirSync } from 'node:fs';
import { launch, open, ready, server } from '../tests/browser/support.mjs';

const only = process.argv[2];
mkdirSync('docs/screenshots', { recursive: true });
const { server: srv, url } = await server();
const browser = await launch();
try {
  for (const [name, width, scale] of [['phone', 360, 2], ['desktop', 1280, 1]]) {
    for (const lang of ['zh', 'zh-Hant', 'en']) {
      const { page, context } = await open(browser, `${url}/?lang=${lang}`, { width, height: 900, scale });
      await ready(page);
      await page.waitForFunction((l) => document.querySelector('ipo-lens').svg.length > 0 && document.querySelector('ipo-lens').getAttribute('lang') === l, lang);
      const el = page.locator('ipo-lens').first();
      if (!only) {
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
} finally {
  await browser.close();
  srv.close();
}
console.log('screenshots written to docs/screenshots/');
