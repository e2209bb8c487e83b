// Screenshots of the demo page at phone and desktop width, in Chinese and English, into
// docs/screenshots/. Run with `make screenshots` (needs a build).
import { mkdirSync } from 'node:fs';
import { launch, open, ready, server } from '../tests/browser/support.mjs';

mkdirSync('docs/screenshots', { recursive: true });
const { server: srv, url } = await server();
const browser = await launch();
try {
  for (const [name, width, scale] of [['phone', 360, 2], ['desktop', 1280, 1]]) {
    for (const lang of ['zh', 'en']) {
      const { page, context } = await open(browser, `${url}/?lang=${lang}`, { width, height: 800, scale });
      await ready(page);
      await page.waitForTimeout(150);
      const el = page.locator('ipo-lens').first();
      const mark = el.locator('.mark').first();
      await mark.hover();
      await page.waitForTimeout(100);
      await page.screenshot({ path: `docs/screenshots/listing-day.${name}.${lang}.png`, fullPage: true });
      await context.close();
    }
  }
} finally {
  await browser.close();
  srv.close();
}
console.log('screenshots written to docs/screenshots/');
