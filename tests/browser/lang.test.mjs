// Languages and attributes as a reader and a newsroom meet them: three languages switched
// live, Hong Kong tags, an unknown language or currency named in the widget, dataset texts
// in another language marked for screen readers, quotes in their source's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, ready, suite } from './support.mjs';

const t = suite();

async function page(attrs, width = 640) {
  const o = await open(t.browser, `${t.url}/blank.html`, { width, height: 900 });
  await o.page.evaluate((a) => {
    const el = document.createElement('ipo-lens');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.body.append(el);
  }, attrs);
  await ready(o.page);
  return o;
}

/** What the reader sees in words: tabs, tools, alert, the SVG's text, the ready event's lang. */
const seen = (p) => p.$eval('ipo-lens', (el) => {
  const r = el.shadowRoot;
  return {
    state: el.getAttribute('data-state'),
    tabs: [...r.querySelectorAll('[role=tab]')].map((t) => t.textContent),
    table: r.querySelector('[data-tool=table]').textContent,
    alert: r.querySelector('[role=alert]').hidden ? '' : r.querySelector('[role=alert]').textContent,
    svg: [...r.querySelectorAll('.chart svg text')].map((t) => t.textContent).join(' '),
  };
});

/** Sets `lang` and waits for the drawing in that language (the ready event says which). */
async function switchTo(p, lang) {
  return p.evaluate((l) => new Promise((resolve) => {
    const el = document.querySelector('ipo-lens');
    el.addEventListener('ipo-lens-ready', (e) => resolve(e.detail.lang), { once: true });
    el.setAttribute('lang', l);
  }), lang);
}

test('three languages switch live, without a reload', async () => {
  const { page: p, errors, context } = await page({ lang: 'zh' });
  const start = await seen(p);
  assert.ok(start.tabs.includes('财务') && start.table === '数据表', JSON.stringify(start));
  assert.equal(await switchTo(p, 'zh-Hant'), 'zh-Hant');
  const hant = await seen(p);
  assert.ok(hant.tabs.includes('財務') && hant.tabs.includes('認購與集資'), JSON.stringify(hant.tabs));
  assert.equal(hant.table, '數據表');
  assert.match(hant.svg, /較招股價漲幅/);
  assert.doesNotMatch(hant.svg, /较发行价|发行价/);
  assert.equal(await switchTo(p, 'en'), 'en');
  const en = await seen(p);
  assert.ok(en.tabs.includes('Financials') && en.table === 'Show data table', JSON.stringify(en));
  assert.equal(await switchTo(p, 'zh-HK'), 'zh-Hant', 'zh-HK is Traditional');
  assert.equal(await switchTo(p, 'zh-CN'), 'zh', 'zh-CN is Simplified');
  assert.equal(await switchTo(p, 'en-GB'), 'en');
  // the tab bar's state survives: the same tab stays selected through the switches
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown language draws in Chinese and names the attribute; an unknown currency keeps the last chart', async () => {
  const { page: p, context } = await page({ lang: 'fr', view: 'valuation' });
  const s = await seen(p);
  assert.equal(s.state, 'ready');
  assert.match(s.alert, /^lang: unknown language "fr" \(known: zh, zh-Hans, zh-CN/);
  assert.match(s.svg, /估值/);
  const before = await p.$eval('ipo-lens', (el) => el.svg);
  await p.evaluate(() => document.querySelector('ipo-lens').setAttribute('currency', 'RMB'));
  await p.waitForFunction(() => /currency/.test(document.querySelector('ipo-lens').shadowRoot.querySelector('[role=alert]').textContent));
  const after = await seen(p);
  assert.equal(after.alert, 'currency: "RMB" is not an ISO 4217 currency code: write "CNY"; or "native" to keep each value in its own currency');
  assert.equal(await p.$eval('ipo-lens', (el) => el.svg), before, 'the last good chart stays');
  assert.equal(after.state, 'ready');
  await context.close();
});

test('a dataset text without zh-Hant is shown in Simplified and marked lang=zh-Hans; quotes carry their language', async () => {
  const { page: p, context } = await page({ lang: 'zh-Hant', view: 'listing-day' });
  const data = JSON.parse(await readFile('data/biren-2026.json', 'utf8'));
  delete data.entities.find((e) => e.id === 'biren').name['zh-Hant'];
  await p.evaluate((d) => document.querySelector('ipo-lens').setData(d), data);
  await p.locator('ipo-lens .mark').first().hover();
  const tip = await p.$eval('ipo-lens', (el) => {
    const t = el.shadowRoot.querySelector('.tip');
    return {
      marked: [...t.querySelectorAll('span[lang]')].map((s) => `${s.lang}:${s.textContent}`),
      title: t.querySelector('strong').textContent,
    };
  });
  assert.equal(tip.title, '壁仞科技');
  assert.ok(tip.marked.includes('zh-Hans:壁仞科技'), JSON.stringify(tip));
  // the docked panel marks it too, and its source sentence carries the quotes' language
  await p.locator('ipo-lens .mark').first().click();
  const panel = await p.$eval('ipo-lens', (el) => {
    const t = el.shadowRoot.querySelector('.panel');
    return { marked: [...t.querySelectorAll('.panel-title span[lang]')].map((s) => `${s.lang}:${s.textContent}`), quoteLang: t.querySelector('q')?.lang };
  });
  assert.deepEqual(panel, { marked: ['zh-Hans:壁仞科技'], quoteLang: 'zh' });
  // the other companies have their zh-Hant names: nothing else is marked
  await p.locator('ipo-lens [data-tool="table"]').click();
  const cells = await p.$eval('ipo-lens', (el) => [...el.shadowRoot.querySelectorAll('tbody td span[lang]')].map((s) => s.textContent));
  assert.deepEqual([...new Set(cells)], ['壁仞科技']);
  const quoteLangs = await p.$eval('ipo-lens', (el) => [...el.shadowRoot.querySelectorAll('.sentences li')].map((li) => li.lang));
  assert.ok(quoteLangs.length > 0 && quoteLangs.every((l) => l === 'zh'), JSON.stringify(quoteLangs));
  await context.close();
});
