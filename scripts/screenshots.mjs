// Screenshots of every view at phone and desktop width, in Chinese and English, into
// docs/screenshots/<view>.<phone|desktop>.<lang>.png, plus the whole demo page with a
// tooltip open (demo.<width>.<lang>.png). Run with `make screenshots` (needs a build).
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
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  srv.close();
}
console.log('screenshots written to docs/screenshots/');
