// How the widget reaches the reader (issue 14): a change drawn in the frame it is made
// in, several changes of one task drawn once, nothing drawn again that did not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, ready, suite } from './support.mjs';

const t = suite();

async function widget(attrs, width = 900) {
  const o = await open(t.browser, `${t.url}/blank.html`, { width, height: 900 });
  await o.page.evaluate((a) => {
    const el = document.createElement('ipo-lens');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.body.append(el);
    // every drawing counted from here on
    window.drawn = [];
    el.addEventListener('ipo-lens-ready', (e) => window.drawn.push(e.detail));
  }, attrs);
  await ready(o.page);
  return o;
}

test('an attribute change is drawn before the next frame; three changes in one task are drawn once', async () => {
  const { page: p, errors, context } = await widget({ lang: 'zh' });
  const seen = await p.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('ipo-lens');
    const tabs = () => [...el.shadowRoot.querySelectorAll('[role=tab]')].map((b) => b.textContent).join('|');
    const count = () => window.drawn.length;
    const before = count();
    const out = { before: tabs() };
    // registered before the change: it runs at the start of the next frame
    requestAnimationFrame(() => {
      out.frame = { drawings: count() - before, tabs: tabs(), last: window.drawn.at(-1) };
      requestAnimationFrame(() => requestAnimationFrame(() => {
        out.later = count() - before;
        resolve(out);
      }));
    });
    el.setAttribute('lang', 'en');
    out.sync = { drawings: count() - before };
    // queued after the change, in the same task's microtask checkpoint
    queueMicrotask(() => { out.microtask = { drawings: count() - before, tabs: tabs() }; });
  }));
  assert.match(seen.before, /财务/);
  assert.equal(seen.sync.drawings, 0, 'drawn once the task ends, not inside setAttribute');
  assert.equal(seen.microtask.drawings, 1, 'drawn in the same task');
  assert.match(seen.microtask.tabs, /Financials/);
  assert.equal(seen.frame.drawings, 1);
  assert.match(seen.frame.tabs, /Financials/, 'English before the next animation frame');
  assert.equal(seen.later, 1, 'no second drawing');

  const three = await p.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('ipo-lens');
    const before = window.drawn.length;
    requestAnimationFrame(() => requestAnimationFrame(() => resolve({ drawings: window.drawn.slice(before), tab: el.shadowRoot.querySelector('[aria-selected=true]')?.textContent })));
    el.setAttribute('lang', 'en');
    el.setAttribute('view', 'financials');
    el.setAttribute('lang', 'zh-Hant');
  }));
  assert.equal(three.drawings.length, 1, `one drawing for three changes: ${JSON.stringify(three.drawings)}`);
  assert.equal(three.drawings[0].view, 'financials');
  assert.equal(three.drawings[0].lang, 'zh-Hant');
  assert.deepEqual(errors, []);
  await context.close();
});

test('setData and a resize are drawn in the frame they happen in', async () => {
  const { page: p, errors, context } = await widget({ lang: 'en' });
  const data = await (await fetch(`${t.url}/data/examples/arm-2023.json`)).json();
  const set = await p.evaluate((d) => new Promise((resolve) => {
    const el = document.querySelector('ipo-lens');
    const before = window.drawn.length;
    requestAnimationFrame(() => resolve({ drawings: window.drawn.length - before, arm: el.svg.includes('Arm') }));
    el.setData(d);
  }), data);
  assert.deepEqual(set, { drawings: 1, arm: true }, 'the new data drawn before the next frame');

  // a resize made in one frame (its animation callback) is drawn before the next one
  const resized = await p.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('ipo-lens');
    const before = window.drawn.length;
    const width = () => Math.round(el.shadowRoot.querySelector('.chart svg').getBoundingClientRect().width);
    const was = width();
    requestAnimationFrame(() => {
      el.style.width = '520px';
      requestAnimationFrame(() => {
        resolve({ was, now: width(), drawings: window.drawn.length - before });
      });
    });
  }));
  assert.equal(resized.drawings, 1, JSON.stringify(resized));
  assert.ok(resized.was > 800 && resized.now <= 520, `drawn at the new width in the same frame: ${JSON.stringify(resized)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same options again redraw nothing: the picture and its hit boxes stay', async () => {
  const { page: p, errors, context } = await widget({ lang: 'en', view: 'financials' });
  const same = await p.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('ipo-lens');
    const r = el.shadowRoot;
    const svg = r.querySelector('.chart svg');
    const marks = [...r.querySelectorAll('.mark')];
    el.addEventListener('ipo-lens-ready', () => resolve({
      marks: marks.length,
      svgKept: r.querySelector('.chart svg') === svg,
      marksKept: [...r.querySelectorAll('.mark')].every((b, i) => b === marks[i]),
    }), { once: true });
    el.setAttribute('lang', 'en');
  }));
  assert.ok(same.marks > 0);
  assert.deepEqual(same, { marks: same.marks, svgKept: true, marksKept: true });
  // a change of language is drawn again (new text)
  const other = await p.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('ipo-lens');
    const svg = el.shadowRoot.querySelector('.chart svg');
    el.addEventListener('ipo-lens-ready', () => resolve(el.shadowRoot.querySelector('.chart svg') !== svg), { once: true });
    el.setAttribute('lang', 'zh');
  }));
  assert.equal(other, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the built-in story is not parsed when the page brings its own data', async () => {
  const story = `${t.url}/data/examples/arm-2023.json`;
  /** A page whose widget gets its data in `how`; whether the wasm parsed its built-in story. */
  const parsed = async (how) => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/pkg/ipo-lens.js"></script></head><body>${how}</body></html>`;
    const { page: p, errors, context } = await open(t.browser, `${t.url}/own.html`, { html });
    await ready(p);
    const r = await p.evaluate(async () => {
      const el = document.querySelector('ipo-lens');
      const glue = await import('/pkg/ipo_lens.js');
      return { state: el.getAttribute('data-state'), parsed: glue.builtInParsed(), own: el.svg.includes('Arm') };
    });
    assert.deepEqual(errors, []);
    await context.close();
    return r;
  };
  // the control: a widget showing the built-in story parses it
  assert.deepEqual(await parsed('<ipo-lens lang="en"></ipo-lens>'), { state: 'ready', parsed: true, own: false });
  assert.deepEqual(await parsed(`<ipo-lens lang="en" src="${story}"></ipo-lens>`), { state: 'ready', parsed: false, own: true });
  const setData = `<ipo-lens lang="en"></ipo-lens><script type="module">
    document.querySelector('ipo-lens').setData(fetch('${story}').then((r) => r.json()));</script>`;
  assert.deepEqual(await parsed(setData), { state: 'ready', parsed: false, own: true });
  // the data property set before the element is defined (as a framework does), to a
  // dataset still on its way
  const property = `<ipo-lens lang="en"></ipo-lens><script>
    document.querySelector('ipo-lens').data = fetch('${story}').then((r) => r.json());</script>`;
  assert.deepEqual(await parsed(property), { state: 'ready', parsed: false, own: true });
});

// ---- static first, live after ----

/** A page served at /article.html (same origin as the package): wasm requests are listed
 *  in `wasm`, a wasm response can be held back with `hold` (a promise). */
async function article(body, { width = 800, height = 700, hold = null, touch = false } = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/pkg/ipo-lens.js"></script>
<style>body { margin: 0; padding: 0 16px; font: 16px/1.5 serif; } .lead { height: 1600px; margin: 0; }
/* the README's two rules: the box a widget has until it is defined, the fallback where it will be */
ipo-lens:not(:defined) { display: block; box-sizing: border-box; min-height: var(--ipo-lens-min-height, 480px); }
ipo-lens > [slot="fallback"], ipo-lens > [slot="fallback"] > img { display: block; max-width: 100%; height: auto; margin-inline: auto; }</style>
</head><body>${body}</body></html>`;
  const context = await t.browser.newContext({ viewport: { width, height }, ...(touch ? { hasTouch: true, isMobile: true } : {}) });
  const page = await context.newPage();
  const errors = [];
  const wasm = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  if (hold) await page.route('**/ipo_lens_bg.wasm', async (route) => { await hold; await route.continue(); });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const sources = e.sources.map((s) => `${s.node?.nodeName ?? '?'}.${s.node?.className ?? ''} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`);
        window.shifts.push({ value: e.value, input: e.hadRecentInput, at: e.startTime, sources });
      }
    })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.route(`${t.url}/article.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${t.url}/article.html`);
  return { page, errors, wasm, context };
}

const FALLBACK = '<img slot="fallback" src="/static/financials.en.svg" alt="Financials (static version)" width="640" height="592">';
const widgetHtml = (attrs = '') => `<ipo-lens lang="en" view="financials" ${attrs}>${FALLBACK}</ipo-lens>`;
const states = (p) => p.$$eval('ipo-lens', (els) => els.map((e) => e.getAttribute('data-state')));
const settle = (p, ms = 600) => p.evaluate((t) => new Promise((ok) => setTimeout(ok, t)), ms);

test('five widgets below the fold load no wasm until one nears the viewport, then one wasm for all', async () => {
  const body = `<p class="lead">The story begins.</p>${Array.from({ length: 5 }, () => widgetHtml()).join('<p>More of the story.</p>')}`;
  const { page: p, errors, wasm, context } = await article(body);
  await settle(p, 1000);
  assert.deepEqual(wasm, [], 'no wasm before a widget nears the viewport');
  assert.deepEqual(await states(p), Array(5).fill('loading'));
  // the static pictures are there from the start
  const pictures = await p.$$eval('ipo-lens > img', (imgs) => imgs.map((i) => i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().height > 0));
  assert.deepEqual(pictures, Array(5).fill(true));
  // the first widget 100 px below the viewport: within the observer's margin
  await p.evaluate(() => {
    const top = document.querySelector('ipo-lens').getBoundingClientRect().top + scrollY;
    scrollTo(0, top - innerHeight - 100);
  });
  await p.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready', null, { timeout: 20000 });
  const now = await states(p);
  assert.equal(now[0], 'ready');
  assert.deepEqual(now.slice(2), ['loading', 'loading', 'loading'], 'widgets further down stay static');
  assert.equal(wasm.length, 1);
  // a reader reaching for a widget far below (a tap reaching it through a link, say) brings it live
  await p.evaluate(() => document.querySelectorAll('ipo-lens')[4].dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' })));
  await p.waitForFunction(() => document.querySelectorAll('ipo-lens')[4].getAttribute('data-state') === 'ready', null, { timeout: 20000 });
  assert.equal((await states(p))[3], 'loading');
  // all the way down, a screen at a time: every widget live, still one wasm (a widget
  // jumped over stays static until the reader comes near it)
  for (let y = await p.evaluate(() => scrollY); y < 5000; y += 500) {
    await p.evaluate((top) => scrollTo(0, top), y);
    await settle(p, 100);
  }
  await p.waitForFunction(() => [...document.querySelectorAll('ipo-lens')].every((e) => e.getAttribute('data-state') === 'ready'), null, { timeout: 20000 });
  assert.equal(wasm.length, 1, `one wasm for every widget: ${wasm.join(', ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('loading="eager" loads at once, below the fold too', async () => {
  const body = `<p class="lead">The story begins.</p>${widgetHtml('loading="eager"')}${widgetHtml()}`;
  const { page: p, errors, wasm, context } = await article(body);
  await p.waitForFunction(() => document.querySelector('ipo-lens').getAttribute('data-state') === 'ready', null, { timeout: 20000 });
  await settle(p, 300);
  assert.deepEqual(await states(p), ['ready', 'loading']);
  assert.equal(wasm.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a press on the static picture before the wasm arrives is answered once it has', async () => {
  // where the first bar is, as a fraction of the picture: from a live widget at 640 px
  const live = await article(`<ipo-lens lang="en" view="financials" loading="eager" style="width: 640px"></ipo-lens>`);
  await ready(live.page);
  const target = await live.page.$eval('ipo-lens', (el) => {
    const svg = el.shadowRoot.querySelector('.chart svg').getBoundingClientRect();
    const m = el.shadowRoot.querySelector('.mark').getBoundingClientRect();
    return { fx: (m.left + m.width / 2 - svg.left) / svg.width, fy: (m.top + m.height / 2 - svg.top) / svg.height, title: el.shadowRoot.querySelector('.mark').getAttribute('aria-label') };
  });
  await live.context.close();

  let release;
  const hold = new Promise((ok) => { release = ok; });
  const { page: p, errors, wasm, context } = await article(`<ipo-lens lang="en" view="financials" style="width: 640px">${FALLBACK}</ipo-lens>`, { hold });
  await p.waitForFunction(() => document.querySelector('ipo-lens > img').complete);
  const img = await p.$eval('ipo-lens > img', (i) => { const r = i.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
  await p.mouse.click(img.x + target.fx * img.w, img.y + target.fy * img.h);
  await settle(p, 200);
  assert.equal((await states(p))[0], 'loading', 'the wasm is still on its way');
  assert.equal(wasm.length, 1);
  release();
  await ready(p);
  const panel = await p.$eval('ipo-lens', (el) => {
    const r = el.shadowRoot;
    return { open: !r.querySelector('.panel').hidden, active: r.querySelector('.mark.active')?.getAttribute('aria-label') ?? null };
  });
  assert.deepEqual(panel, { open: true, active: target.title }, 'the point pressed opens its panel');
  assert.deepEqual(errors, []);
  await context.close();
});

test('no layout shift as a widget goes live while the reader scrolls to it (CLS < 0.01)', async () => {
  const body = `<p class="lead">The story begins.</p>${widgetHtml()}<p>The story goes on after the chart.</p><p class="lead">And on.</p>`;
  const { page: p, errors, context } = await article(body);
  await settle(p, 300);
  assert.equal((await states(p))[0], 'loading');
  // where the widget was when it went live: below the viewport, where a change moves nothing in view
  await p.evaluate(() => document.querySelector('ipo-lens').addEventListener('ipo-lens-ready', (e) => {
    window.wentLive = e.target.getBoundingClientRect().top - innerHeight;
  }, { once: true }));
  // scrolled as a reader does, a screen at a time, past the widget
  for (let y = 0; y < 2600; y += 150) {
    await p.evaluate((top) => scrollTo(0, top), y);
    await settle(p, 120);
  }
  await ready(p);
  assert.equal((await states(p))[0], 'ready', 'the widget went live on the way');
  const below = await p.evaluate(() => window.wentLive);
  assert.ok(below > 0, `went live ${below} px below the viewport's bottom edge`);
  const shifts = await p.evaluate(() => window.shifts);
  const cls = shifts.filter((s) => !s.input).reduce((a, s) => a + s.value, 0);
  assert.ok(cls < 0.01, `cumulative layout shift ${cls}: ${JSON.stringify(shifts)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with no fallback of its own, a widget shows the built-in story\'s static picture for its width until the live chart', async () => {
  let release;
  const hold = new Promise((ok) => { release = ok; });
  const body = `<ipo-lens lang="en" view="financials"></ipo-lens><div style="width: 380px"><ipo-lens lang="zh-HK"></ipo-lens></div>`;
  const { page: p, errors, context } = await article(body, { hold });
  await p.waitForFunction(() => [...document.querySelectorAll('ipo-lens')].every((e) => e.shadowRoot.querySelector('img.first')?.complete));
  const pictures = await p.$$eval('ipo-lens', (els) => els.map((e) => {
    const img = e.shadowRoot.querySelector('img.first');
    const r = img.getBoundingClientRect();
    // the size written in the element's table is the picture's own: its box is right before it loads
    const sized = img.width === img.naturalWidth || Math.abs(img.height / img.width - img.naturalHeight / img.naturalWidth) < 0.005;
    return { file: new URL(img.src).pathname, natural: img.naturalWidth, table: [Number(img.getAttribute('width')), Number(img.getAttribute('height'))], own: [img.naturalWidth, img.naturalHeight], sized, shown: r.width > 0 && r.height > 0, alt: img.alt, hidden: img.getAttribute('aria-hidden') };
  }));
  for (const pic of pictures) assert.deepEqual(pic.table, pic.own, pic.file);
  assert.deepEqual(pictures.map(({ table, own, ...rest }) => rest), [
    { file: '/pkg/static/financials.en.svg', natural: 640, sized: true, shown: true, alt: '', hidden: 'true' },
    // a phone-width widget: the picture drawn at 360 px, in the language its lang names
    { file: '/pkg/static/listing-day.zh-Hant.360.svg', natural: 360, sized: true, shown: true, alt: '', hidden: 'true' },
  ]);
  assert.deepEqual(await states(p), ['loading', 'loading'], 'the wasm is still on its way');
  release();
  await p.waitForFunction(() => [...document.querySelectorAll('ipo-lens')].every((e) => e.getAttribute('data-state') === 'ready'), null, { timeout: 20000 });
  assert.equal(await p.$$eval('ipo-lens', (els) => els.filter((e) => e.shadowRoot.querySelector('img.first')).length), 0, 'the live chart replaces the picture');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a widget given its own data, a file or an option the picture does not show gets no built-in picture', async () => {
  let release;
  const hold = new Promise((ok) => { release = ok; });
  const pictures = [];
  const body = [
    '<ipo-lens lang="en" src="/data/examples/arm-2023.json"></ipo-lens>',
    '<ipo-lens lang="en" view="financials" metric="gross_margin"></ipo-lens>',
    '<ipo-lens lang="en" view="valuation" currency="USD"></ipo-lens>',
    '<ipo-lens lang="fr"></ipo-lens>',
    '<ipo-lens lang="en" id="own"></ipo-lens>',
    '<script type="module">document.getElementById("own").data = { not: "read yet" };</script>',
  ].join('');
  const { page: p, context } = await article(body, { hold });
  p.on('request', (r) => { if (r.url().includes('/static/')) pictures.push(r.url()); });
  await settle(p, 500);
  // a picture asked for before the listener: seen in the shadow roots
  const shown = await p.$$eval('ipo-lens', (els) => els.map((e) => Boolean(e.shadowRoot?.querySelector('img.first'))));
  assert.deepEqual(shown, [false, false, false, false, false]);
  assert.deepEqual(pictures, []);
  // a picture already shown goes when the page asks for something it does not show
  await p.evaluate(() => {
    const el = document.createElement('ipo-lens');
    el.setAttribute('lang', 'en');
    document.body.prepend(el);
  });
  await p.waitForFunction(() => document.querySelector('ipo-lens').shadowRoot.querySelector('img.first'));
  await p.evaluate(() => document.querySelector('ipo-lens').setAttribute('metric', 'market_cap'));
  assert.equal(await p.$eval('ipo-lens', (e) => Boolean(e.shadowRoot.querySelector('img.first'))), false);
  release();
  await context.close();
});

// ---- a tap or a hover on the static picture, answered before the wasm arrives ----

/** A live widget's first (or `i`th) point at 640 px: where it is as a fraction of the
 *  drawing, and what its hover tooltip says (title, then each line). */
async function liveTooltip(view, i = 0) {
  const live = await article(`<ipo-lens lang="en" view="${view}" loading="eager" style="width: 640px"></ipo-lens>`);
  await ready(live.page);
  const mark = await live.page.$eval('ipo-lens', (el, i) => {
    const svg = el.shadowRoot.querySelector('.chart svg').getBoundingClientRect();
    const m = el.shadowRoot.querySelectorAll('.mark')[i].getBoundingClientRect();
    return { fx: (m.left + m.width / 2 - svg.left) / svg.width, fy: (m.top + m.height / 2 - svg.top) / svg.height, x: m.left + m.width / 2, y: m.top + m.height / 2 };
  }, i);
  await live.page.mouse.move(mark.x, mark.y);
  await live.page.waitForFunction(() => !document.querySelector('ipo-lens').shadowRoot.querySelector('.tip').hidden);
  const words = await live.page.$eval('ipo-lens', (el) => [...el.shadowRoot.querySelectorAll('.tip strong, .tip li')].map((e) => e.textContent));
  assert.deepEqual(live.errors, []);
  await live.context.close();
  return { ...mark, words };
}

/** The tooltip of the widget on `p` (its words, its box and the host's), or null when hidden. */
const shownTip = (p) => p.$eval('ipo-lens', (el) => {
  const tip = el.shadowRoot.querySelector('.tip');
  if (tip.hidden) return null;
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  return {
    words: [...tip.querySelectorAll('strong, li')].map((e) => e.textContent),
    tip: box(tip.getBoundingClientRect()),
    host: box(el.getBoundingClientRect()),
    paper: getComputedStyle(tip).backgroundColor,
  };
});

/** The tooltip is beside the point (x, y), within 40 px of it, and inside the widget. */
function besideAndInside(shown, x, y) {
  const { tip, host } = shown;
  const dx = Math.max(tip.left - x, 0, x - tip.right);
  const dy = Math.max(tip.top - y, 0, y - tip.bottom);
  assert.ok(Math.hypot(dx, dy) <= 40, `tooltip ${JSON.stringify(tip)} is ${Math.hypot(dx, dy)} px from the tap at ${x}, ${y}`);
  assert.ok(tip.left >= host.left && tip.right <= host.right && tip.top >= host.top && tip.bottom <= host.bottom, `tooltip ${JSON.stringify(tip)} inside the widget ${JSON.stringify(host)}`);
  assert.ok(tip.right - tip.left > 40 && tip.bottom - tip.top > 20, `a tooltip with room for its words: ${JSON.stringify(tip)}`);
}

test('before the wasm arrives, a tap on the built-in picture shows the tapped bar\'s tooltip in the live words, beside the tap', async () => {
  const live = await liveTooltip('financials');
  assert.ok(live.words.length >= 2, JSON.stringify(live.words));
  let release;
  const hold = new Promise((ok) => { release = ok; });
  const { page: p, errors, wasm, context } = await article('<ipo-lens lang="en" view="financials" style="width: 640px"></ipo-lens>', { hold, touch: true });
  await p.waitForFunction(() => document.querySelector('ipo-lens').shadowRoot.querySelector('img.first')?.complete);
  const img = await p.$eval('ipo-lens', (el) => { const r = el.shadowRoot.querySelector('img.first').getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
  // a tap off the bars shows nothing
  await p.touchscreen.tap(img.x + 4, img.y + 4);
  await settle(p, 300);
  assert.equal(await shownTip(p), null);
  const at = { x: img.x + live.fx * img.w, y: img.y + live.fy * img.h };
  await p.touchscreen.tap(at.x, at.y);
  await p.waitForFunction(() => !document.querySelector('ipo-lens').shadowRoot.querySelector('.tip').hidden, null, { timeout: 5000 });
  assert.equal((await states(p))[0], 'loading', 'the wasm is still on its way');
  assert.equal(wasm.length, 1, 'the wasm load started as before');
  const shown = await shownTip(p);
  assert.deepEqual(shown.words, live.words, 'the live tooltip\'s words, numbers and units');
  assert.equal(shown.paper, 'rgb(31, 35, 40)', 'the tooltip\'s own colours before the palette is installed');
  besideAndInside(shown, at.x, at.y);
  // once live, the first press is answered by the live chart: that point's panel
  release();
  await ready(p);
  const panel = await p.$eval('ipo-lens', (el) => ({ open: !el.shadowRoot.querySelector('.panel').hidden, title: el.shadowRoot.querySelector('.panel-title').textContent, tip: el.shadowRoot.querySelector('.tip').hidden }));
  assert.deepEqual(panel, { open: true, title: live.words[0], tip: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the wasm arrives, a page\'s own <img slot="fallback" data-marks> answers a hover and a tap with the live tooltip, scaled to the picture', async () => {
  const first = await liveTooltip('financials', 0);
  const second = await liveTooltip('financials', 1);
  assert.notDeepEqual(first.words, second.words);
  let release;
  const hold = new Promise((ok) => { release = ok; });
  // a phone-width column: the 640 px picture shown at 380 px
  const fallback = '<img slot="fallback" src="/static/financials.en.svg" data-marks="/static/financials.en.marks.json" alt="Financials (static version)" width="640" height="592">';
  const { page: p, errors, wasm, context } = await article(`<div style="width: 380px"><ipo-lens lang="en" view="financials">${fallback}</ipo-lens></div>`, { hold, touch: true });
  await p.waitForFunction(() => document.querySelector('ipo-lens > img').complete);
  const img = await p.$eval('ipo-lens > img', (i) => { const r = i.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
  assert.ok(img.w < 400, `the picture is scaled down: ${img.w} px`);
  // the mouse over the second bar
  const over = { x: img.x + second.fx * img.w, y: img.y + second.fy * img.h };
  await p.mouse.move(over.x, over.y);
  await p.waitForFunction(() => !document.querySelector('ipo-lens').shadowRoot.querySelector('.tip').hidden, null, { timeout: 5000 });
  let shown = await shownTip(p);
  assert.deepEqual(shown.words, second.words);
  besideAndInside(shown, over.x, over.y);
  // a tap on the first
  const at = { x: img.x + first.fx * img.w, y: img.y + first.fy * img.h };
  await p.touchscreen.tap(at.x, at.y);
  await p.waitForFunction((w) => document.querySelector('ipo-lens').shadowRoot.querySelector('.tip strong')?.textContent === w, first.words[0], { timeout: 5000 });
  shown = await shownTip(p);
  assert.deepEqual(shown.words, first.words);
  besideAndInside(shown, at.x, at.y);
  assert.equal((await states(p))[0], 'loading', 'the wasm is still on its way');
  assert.equal(wasm.length, 1);
  release();
  await ready(p);
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the wasm arrives, Tab goes past a static widget and back: nothing traps the focus', async () => {
  let release;
  const hold = new Promise((ok) => { release = ok; });
  const { page: p, errors, context } = await article(`<a href="#a" id="a">before</a><ipo-lens lang="en" view="financials"></ipo-lens><a href="#b" id="b">after</a>`, { hold });
  await p.waitForFunction(() => document.querySelector('ipo-lens').shadowRoot.querySelector('img.first')?.complete);
  await p.focus('#a');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'b');
  await p.keyboard.press('Shift+Tab');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'a');
  assert.equal((await states(p))[0], 'loading');
  release();
  await ready(p);
  // once live, Tab reaches the chart's points
  await p.focus('#a');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.localName), 'ipo-lens');
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- going live in the first screen ----

/** The size a picture in dist/static is drawn at (its root element's width and height). */
const drawnAt = (name) => readFileSync(new URL(`../../dist/static/${name}`, import.meta.url), 'utf8').match(/<svg[^>]*?width="(\d+)"[^>]*?height="(\d+)"/).slice(1, 3).map(Number);

/** A story whose first screen holds one widget (`view`, `lang`) with the README's
 *  `<img slot="fallback">` (`own`), its `<picture>` offering the 360 px picture to a phone
 *  (`own: 'picture'`) or with the built-in picture: the wasm is held back
 *  until the picture is on screen, then let through, so that the widget goes live in view.
 *  Returns the layout shifts (those before the wasm was let through apart) and the page. */
async function firstScreen({ width, view, lang, own, attrs = '', touch = false }) {
  let release;
  const hold = new Promise((ok) => { release = ok; });
  const [w, h] = own ? drawnAt(`${view}.${lang}.svg`) : [];
  const img = `<img slot="fallback" src="/static/${view}.${lang}.svg" alt="static version" width="${w}" height="${h}">`;
  const [w360, h360] = own === 'picture' ? drawnAt(`${view}.${lang}.360.svg`) : [];
  const fallback = own === 'picture'
    ? `<picture slot="fallback"><source media="(max-width: 559px)" srcset="/static/${view}.${lang}.360.svg" width="${w360}" height="${h360}">${img.replace(' slot="fallback"', '')}</picture>`
    : own ? img : '';
  const body = `<h1 style="font-size: 26px; margin: 10px 0">A listing, in numbers</h1><p>The story begins.</p>
<ipo-lens lang="${lang}" view="${view}" ${attrs}>${fallback}</ipo-lens><p id="after">The story goes on after the chart.</p><p class="lead">And on.</p>`;
  const o = await article(body, { width, height: width < 600 ? 860 : 1000, hold, touch });
  const { page: p } = o;
  await p.waitForFunction(() => {
    const e = document.querySelector('ipo-lens:defined');
    return (e?.querySelector('img') ?? e?.shadowRoot.querySelector('img.first'))?.complete;
  });
  await settle(p, 300);
  const box = () => p.$eval('ipo-lens', (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, height: r.height, after: document.getElementById('after').getBoundingClientRect().top };
  });
  const before = await box();
  const liveAt = await p.evaluate(() => performance.now());
  release();
  await ready(p);
  await settle(p, 600);
  const shifts = await p.evaluate(() => window.shifts);
  const sum = (list) => list.filter((s) => !s.input).reduce((a, s) => a + s.value, 0);
  return { ...o, before, live: await box(), cls: sum(shifts), early: sum(shifts.filter((s) => s.at < liveAt)), shifts };
}

const cases = [];
for (const width of [800, 400]) for (const own of [true, false]) for (const lang of ['en', 'zh']) for (const view of ['financials', 'listing-day', 'valuation', 'demand']) cases.push({ width, own, lang, view });
// a phone (its buttons 44 px tall), and loading="eager" in the first screen too
for (const own of [true, false]) for (const lang of ['en', 'zh']) cases.push({ width: 400, own, lang, view: 'financials', touch: true });
cases.push({ width: 400, own: false, lang: 'zh', view: 'financials', attrs: 'loading="eager"' }, { width: 800, own: true, lang: 'en', view: 'listing-day', attrs: 'loading="eager"' });
// the README's <picture>: the 360 px picture on a phone, the 640 px one at 800 px
for (const lang of ['en', 'zh']) for (const view of ['financials', 'listing-day']) cases.push({ width: 400, own: 'picture', lang, view });
cases.push({ width: 400, own: 'picture', lang: 'en', view: 'financials', touch: true }, { width: 800, own: 'picture', lang: 'zh', view: 'valuation' });
const named = (c) => `${c.view}.${c.lang} at ${c.width} px${c.touch ? ' (touch)' : ''} with ${c.own === 'picture' ? 'a <picture slot="fallback">' : c.own ? 'an <img slot="fallback">' : 'the built-in picture'}${c.attrs ? `, ${c.attrs}` : ''}`;

test('a widget going live in the first screen, in view, moves nothing (CLS < 0.01)', async () => {
  const bad = [];
  // four pages at a time (each its own context, its wasm held back on its own): most of a
  // case is waiting for shifts that do not come, and each case is measured while other
  // pages load beside it
  const queue = [...cases];
  const one = async (c) => {
    const s = await firstScreen(c);
    const state = (await states(s.page))[0];
    // the live chart is shown whole, at 0.8 of its size at least (its text still read)
    const chart = await s.page.$eval('ipo-lens', (e) => {
      const r = e.shadowRoot.querySelector('.chart svg').getBoundingClientRect();
      // the chart's width as laid out (before any scale) against as shown
    return { w: r.width, h: r.height, natural: Math.min(Number(e.shadowRoot.querySelector('.chart svg').getAttribute('width')), e.shadowRoot.querySelector('.chart').clientWidth) };
    });
    const line = `${named(c)}: CLS ${s.cls.toFixed(4)} (${s.early.toFixed(4)} before live), height ${s.before.height.toFixed(1)} → ${s.live.height.toFixed(1)}`;
    if (c.own === 'picture') {
      const file = await s.page.$eval('ipo-lens picture img', (i) => new URL(i.currentSrc).pathname);
      if (file !== `/static/${c.view}.${c.lang}${c.width < 560 ? '.360' : ''}.svg`) bad.push(`${named(c)}: showed ${file}`);
    }
    console.log(line);
    const kept = Math.abs(s.live.height - s.before.height) < 0.5 && Math.abs(s.live.after - s.before.after) < 0.5;
    if (state !== 'ready' || s.cls >= 0.01 || !kept || chart.w < chart.natural * 0.8 - 0.5) bad.push(`${line} ${state} chart ${JSON.stringify(chart)} ${JSON.stringify(s.shifts)}`);
    assert.ok(s.before.top < 200, `${named(c)}: in the first screen`);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  };
  await Promise.all([0, 1, 2, 3].map(async () => {
    while (queue.length) await one(queue.shift());
  }));
  assert.equal(queue.length, 0);
  assert.deepEqual(bad, []);
});

/** The fitted state of the first widget: the transform on its chart, the host's height. */
const fit = (p) => p.$eval('ipo-lens', (e) => ({ transform: getComputedStyle(e.shadowRoot.querySelector('.stage')).transform, height: e.getBoundingClientRect().height }));
const unexpected = (p) => p.evaluate(() => window.shifts.filter((s) => !s.input).reduce((a, s) => a + s.value, 0));

test('a widget fitted into its picture\'s box works as drawn: a bar\'s hit box is under it, its tooltip beside the pointer; a press gives it its own height', async () => {
  const s = await firstScreen({ width: 400, view: 'financials', lang: 'en', own: true });
  const p = s.page;
  const fitted = await fit(p);
  assert.notEqual(fitted.transform, 'none', 'the live chart is drawn smaller, to fit the picture\'s box');
  assert.equal(fitted.height, s.before.height);
  /** The centre of the tallest bar drawn (a filled rect narrower than the drawing), as
   *  Chromium lays it out. */
  const bar = () => p.$eval('ipo-lens', (e) => {
    const svg = e.shadowRoot.querySelector('.chart svg');
    const all = [...svg.querySelectorAll('rect')];
    const bars = all.filter((r) => r.getAttribute('stroke') === 'none' && r.getAttribute('opacity') === '1' && Number(r.getAttribute('width')) < Number(svg.getAttribute('width')) / 4);
    const tallest = bars.reduce((a, r) => (Number(r.getAttribute('height')) > Number(a.getAttribute('height')) ? r : a));
    const b = tallest.getBoundingClientRect();
    return { index: all.indexOf(tallest), x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  /** Hovers (x, y): the point whose tooltip shows, and where the tooltip is. */
  const hover = async ({ x, y }) => {
    await p.mouse.move(x, y);
    return p.$eval('ipo-lens', (e) => {
      const tip = e.shadowRoot.querySelector('.tip');
      const r = tip.getBoundingClientRect();
      const host = e.getBoundingClientRect();
      return { edges: [host.left + 4, host.right - 4], hidden: tip.hidden, index: tip.dataset.index, title: tip.querySelector('strong')?.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, box: tip.offsetWidth };
    });
  };
  const at = await bar();
  const tip = await hover(at);
  assert.equal(tip.hidden, false, 'a tooltip over the bar');
  // beside the pointer (14 px right of it, or as far left of it, or held at the widget's
  // edge), below it, and at its own size
  assert.ok(Math.abs(tip.left - at.x - 14) < 1.5 || Math.abs(at.x - 14 - tip.right) < 1.5 || Math.abs(tip.left - tip.edges[0]) < 1.5 || Math.abs(tip.right - tip.edges[1]) < 1.5, `tooltip ${JSON.stringify(tip)} beside ${at.x}`);
  assert.ok(Math.abs(tip.top - at.y - 20) < 1.5 || Math.abs(at.y - 14 - tip.bottom) < 1.5, `tooltip ${JSON.stringify(tip)} below or above ${at.y}`);
  assert.ok(Math.abs(tip.width - tip.box) < 0.5, 'the tooltip is not scaled with the chart');
  assert.deepEqual((await fit(p)).transform, fitted.transform, 'hovering keeps the fit');
  // a press on the bar: its panel, and the widget's own height (a shift the reader caused)
  await p.mouse.click(at.x, at.y);
  const pressed = await p.$eval('ipo-lens', (e) => ({ active: e.shadowRoot.querySelector('.mark.active')?.dataset.index, panel: !e.shadowRoot.querySelector('.panel').hidden }));
  assert.deepEqual(pressed, { active: tip.index, panel: true }, 'the bar pressed opens its panel');
  // and it is still under the pointer: the page scrolled by what came above it
  const under = await p.$eval('ipo-lens', (e, [x, y]) => e.shadowRoot.elementFromPoint(x, y)?.closest('.mark')?.dataset.index, [at.x, at.y]);
  assert.equal(under, tip.index, 'the pressed bar is still under the pointer');
  const released = await fit(p);
  assert.equal(released.transform, 'none', 'the chart at its own size after the press');
  assert.ok(released.height > fitted.height, `its own height: ${JSON.stringify(released)}`);
  await settle(p, 300);
  assert.ok(await unexpected(p) < 0.01, JSON.stringify(await p.evaluate(() => window.shifts)));
  // the same bar at its own size is the same point
  await p.keyboard.press('Escape');
  const again = await bar();
  assert.equal(again.index, at.index);
  assert.equal((await hover(again)).index, tip.index, 'the same bar, the same point');
  assert.deepEqual(s.errors, []);
  await s.context.close();
});

test('a fitted widget takes its own height when it leaves the viewport, on a key, a tap, or at another width, without a shift', async () => {
  for (const how of ['scroll', 'key', 'tap', 'width']) {
    const s = await firstScreen(how === 'tap' ? { width: 400, view: 'financials', lang: 'zh', own: true, touch: true } : { width: 800, view: 'listing-day', lang: 'zh', own: false, attrs: 'loading="eager"' });
    const p = s.page;
    const fitted = await fit(p);
    const own = await p.$eval('ipo-lens', (e) => e.shadowRoot.querySelector('.root').style.paddingBottom);
    assert.ok(parseFloat(own) > 0 || fitted.transform !== 'none', `${how}: fitted ${own} ${JSON.stringify(fitted)}`);
    if (how === 'scroll') {
      // down a screen at a time, past the widget, and back
      for (let y = 0; y <= 1800; y += 300) {
        await p.evaluate((top) => scrollTo(0, top), y);
        await settle(p, 150);
      }
      await p.evaluate(() => scrollTo(0, 0));
      await settle(p, 150);
    } else if (how === 'key') {
      // a point focused: its panel opens inside the same height (the chart drawn smaller)
      await p.$eval('ipo-lens', (e) => e.shadowRoot.querySelector('.mark').focus());
      const focused = await p.$eval('ipo-lens', (e) => ({ panel: !e.shadowRoot.querySelector('.panel').hidden, height: e.getBoundingClientRect().height }));
      assert.ok(focused.panel && Math.abs(focused.height - fitted.height) < 0.5, JSON.stringify(focused));
      assert.ok(await unexpected(p) < 0.01, `${how}: ${JSON.stringify(await p.evaluate(() => window.shifts))}`);
      // Tab from there stays fitted (the key was pressed in the widget: it is released)
      await p.keyboard.press('Tab');
    } else if (how === 'tap') {
      // the point tapped is the one whose panel opens (the tap lands before the widget grows)
      const mark = p.locator('ipo-lens .mark').nth(2);
      const label = await mark.getAttribute('aria-label');
      await mark.tap();
      assert.equal(await p.$eval('ipo-lens', (e) => e.shadowRoot.querySelector('.mark.active')?.getAttribute('aria-label')), label);
    } else {
      await p.$eval('ipo-lens', (e) => { e.style.width = '700px'; });
      await settle(p, 150);
    }
    const now = await fit(p);
    const pad = await p.$eval('ipo-lens', (e) => e.shadowRoot.querySelector('.root').style.paddingBottom);
    assert.deepEqual({ transform: now.transform, pad }, { transform: 'none', pad: '' }, `${how}: its own height`);
    if (how !== 'width') assert.ok(await unexpected(p) < 0.01, `${how}: ${JSON.stringify(await p.evaluate(() => window.shifts))}`);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  }
});

test('the room under a shorter live widget goes as soon as it, and all after the widget, is below the fold; never while it is seen', async () => {
  // a newsroom's own file: no picture, the page's 480 px reserved; its live chart is shorter
  const widget = '<ipo-lens lang="en" src="/data/examples/example-listing.json"></ipo-lens><p id="after">The story goes on after the chart.</p><p class="lead">And on.</p>';
  /** The widget's room, its height, where the paragraph after it is, and the shifts so far. */
  const state = (p) => p.evaluate(() => {
    const e = document.querySelector('ipo-lens');
    return {
      room: e.shadowRoot.querySelector('.root').style.paddingBottom,
      height: e.getBoundingClientRect().height,
      after: document.getElementById('after').getBoundingClientRect().top,
      fold: innerHeight,
      cls: window.shifts.filter((s) => !s.input).reduce((a, s) => a + s.value, 0),
    };
  });
  // goes live in view with its chart's end below the fold: its own height at once
  let release;
  let hold = new Promise((ok) => { release = ok; });
  let o = await article(`<p style="height: 620px; margin: 0">The story begins.</p>${widget}`, { width: 800, height: 900, hold });
  await settle(o.page, 300);
  release();
  await ready(o.page);
  await settle(o.page, 300);
  let s = await state(o.page);
  assert.equal(s.room, '', `no room kept: ${JSON.stringify(s)}`);
  assert.ok(s.height < 470, `its own height: ${JSON.stringify(s)}`);
  assert.ok(s.after >= s.fold, `what follows it stayed below the fold: ${JSON.stringify(s)}`);
  assert.ok(s.cls < 0.01, JSON.stringify(await o.page.evaluate(() => window.shifts)));
  assert.deepEqual(o.errors, []);
  await o.context.close();

  // goes live wholly in view: the room stays while it is seen, scrolled down or not
  hold = new Promise((ok) => { release = ok; });
  o = await article(`<p style="height: 620px; margin: 0">The story begins.</p>${widget}`, { width: 800, height: 900, hold });
  await o.page.evaluate(() => scrollTo(0, 320));
  await settle(o.page, 300);
  release();
  await ready(o.page);
  await settle(o.page, 300);
  const fitted = await state(o.page);
  assert.ok(parseFloat(fitted.room) > 50, `room kept under it: ${JSON.stringify(fitted)}`);
  assert.ok(fitted.after < fitted.fold, 'the paragraph after it is in view');
  await o.page.evaluate(() => scrollTo(0, 400));
  await settle(o.page, 200);
  assert.equal((await state(o.page)).room, fitted.room, 'kept while the room is in view');
  // the reader goes back up: the room and what follows are below the fold, and it goes
  await o.page.evaluate(() => scrollTo(0, 0));
  await settle(o.page, 300);
  s = await state(o.page);
  assert.equal(s.room, '', `given up below the fold: ${JSON.stringify(s)}`);
  assert.ok(s.after >= s.fold, `what follows it stayed below the fold: ${JSON.stringify(s)}`);
  assert.ok(s.cls < 0.01, JSON.stringify(await o.page.evaluate(() => window.shifts)));
  assert.deepEqual(o.errors, []);
  await o.context.close();
});

test('a fitted widget with a views\' tab bar or menu keeps them as one short menu before they wait for a tap (the chart at 0.8 or more)', async () => {
  for (const [width, reserved] of [[800, 360], [400, 400]]) {
    let release;
    const hold = new Promise((ok) => { release = ok; });
    const body = `<h1 style="font-size: 26px; margin: 10px 0">A listing</h1><ipo-lens lang="en" style="--ipo-lens-min-height: ${reserved}px"></ipo-lens><p id="after">The story goes on.</p><p class="lead">And on.</p>`;
    const { page: p, errors, context } = await article(body, { width, height: 900, hold, touch: true });
    await p.waitForFunction(() => document.querySelector('ipo-lens').shadowRoot?.querySelector('img.first')?.complete);
    await settle(p, 300);
    const before = await p.$eval('ipo-lens', (e) => e.getBoundingClientRect().height);
    release();
    await ready(p);
    await settle(p, 300);
    const views = () => p.$eval('ipo-lens', (e) => {
      const r = e.shadowRoot;
      const shown = (q) => getComputedStyle(r.querySelector(q)).display !== 'none';
      const svg = r.querySelector('.chart svg');
      return {
        fit: r.querySelector('.root').dataset.fit,
        menu: shown('.menu') ? Math.round(r.querySelector('.menu').getBoundingClientRect().height) : 0,
        tabs: shown('.tabs'),
        scale: svg.getBoundingClientRect().width / Math.min(Number(svg.getAttribute('width')), r.querySelector('.chart').clientWidth),
        height: e.getBoundingClientRect().height,
        options: r.querySelectorAll('select[data-menu="view"] option').length,
      };
    });
    const fitted = await views();
    assert.equal(fitted.fit, '3', `${width} px: ${JSON.stringify(fitted)}`);
    assert.ok(fitted.menu > 0 && fitted.menu <= 34 && !fitted.tabs, `${width} px: the views as one short menu: ${JSON.stringify(fitted)}`);
    assert.ok(fitted.options > 5 && fitted.scale >= 0.8 - 0.005, `${width} px: ${JSON.stringify(fitted)}`);
    assert.ok(Math.abs(fitted.height - before) < 0.5, `${width} px: its height kept ${before} → ${fitted.height}`);
    assert.ok(await unexpected(p) < 0.01, JSON.stringify(await p.evaluate(() => window.shifts)));
    // the menu works as it is: another view, drawn (the widget then takes its own height)
    await p.$eval('ipo-lens', (e) => {
      const s = e.shadowRoot.querySelector('select[data-menu="view"]');
      s.value = 'demand';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await p.waitForFunction(() => document.querySelector('ipo-lens').shadowRoot.querySelector('.root').dataset.fit === '0');
    const released = await views();
    assert.equal(released.tabs, width >= 560, JSON.stringify(released));
    assert.match(await p.$eval('ipo-lens', (e) => e.svg), /demand|subscri/i);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
