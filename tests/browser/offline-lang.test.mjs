// The single offline file (pkg/offline.mjs, `make offline`, `npx ipo-lens offline`) has the
// demo's language control: 简体, 繁體, English, switching the widget from file://.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineHtml } from '../../pkg/offline.mjs';
import { launch } from './support.mjs';

let dir, browser;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipo-lens-offline-'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the offline file switches between zh, zh-Hant and en with its language control', async () => {
  const file = join(dir, 'offline.html');
  writeFileSync(file, offlineHtml({ view: 'financials', lang: 'zh' }));
  const context = await browser.newContext({ offline: true, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`file://${file}`);
  const shown = async () => {
    await page.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready');
    return page.evaluate(() => ({
      widget: document.querySelector('ipo-lens').shadowRoot.querySelector('.root').lang,
      page: document.documentElement.lang,
      pressed: [...document.querySelectorAll('.langs button[aria-pressed="true"]')].map((b) => b.textContent),
    }));
  };
  assert.deepEqual(await shown(), { widget: 'zh', page: 'zh', pressed: ['简体'] });
  const labels = await page.$$eval('.langs button', (bs) => bs.map((b) => [b.dataset.lang, b.textContent]));
  assert.deepEqual(labels, [['zh', '简体'], ['zh-Hant', '繁體'], ['en', 'English']]);
  for (const [lang, label] of [['zh-Hant', '繁體'], ['en', 'English'], ['zh', '简体']]) {
    await page.click(`.langs button[data-lang="${lang}"]`);
    await page.waitForFunction((l) => document.querySelector('ipo-lens').shadowRoot.querySelector('.root').lang === l, lang);
    assert.deepEqual(await shown(), { widget: lang, page: lang, pressed: [label] });
  }
  // the chart's own words follow: the English title is in English
  await page.click('.langs button[data-lang="en"]');
  await page.waitForFunction(() => /[A-Za-z]{4,}/.test(document.querySelector('ipo-lens').svg) && document.querySelector('ipo-lens').shadowRoot.querySelector('.root').lang === 'en');
  assert.deepEqual(errors, []);
  await context.close();
});
