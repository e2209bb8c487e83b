// Containment in Chromium (issue 15): hostile values through the public API are refused
// by the widget they were given to; a wasm trap in one widget never stops another (the
// next drawing gets a fresh instance); `src` stays on this site after a redirect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { open, ready, suite } from './support.mjs';

const t = suite();

/** Two widgets, `a` (view valuation) and `b` (view financials), both ready. */
async function twoWidgets() {
  const o = await open(t.browser, `${t.url}/blank.html`);
  await o.page.evaluate(() => {
    for (const [id, view] of [['a', 'valuation'], ['b', 'financials']]) {
      const el = document.createElement('ipo-lens');
      el.id = id;
      el.setAttribute('lang', 'en');
      el.setAttribute('view', view);
      document.body.append(el);
    }
  });
  assert.deepEqual(await ready(o.page), ['ready', 'ready']);
  return o;
}

/** `#id`'s state, alert text and whether its chart is drawn. */
const state = (page, id) => page.$eval(`#${id}`, (el) => {
  const alert = el.shadowRoot.querySelector('[role=alert]');
  return { state: el.getAttribute('data-state'), alert: alert.hidden ? '' : alert.textContent, svg: el.svg.length > 0 };
});

/** Changes `#id`'s view and waits for its next drawing (or error). */
async function redraw(page, id, view) {
  return page.evaluate(([id, view]) => new Promise((resolve) => {
    const el = document.getElementById(id);
    const done = (e) => resolve(e.type);
    el.addEventListener('ipo-lens-ready', done, { once: true });
    el.addEventListener('ipo-lens-error', done, { once: true });
    el.setAttribute('view', view);
  }), [id, view]);
}

test('setSeries spans of 1e300 ms and 2^56 days, and fx=1e300 in CNY: refused by that widget, the other draws on', async () => {
  const { page, errors, context } = await twoWidgets();
  const refused = await page.evaluate(async () => {
    const a = document.getElementById('a');
    const out = [];
    for (const x of [[0, 1e300], [0, 2 ** 56 * 86_400_000], [-1e300, 0]]) {
      try {
        await a.setSeries({ id: 'p', entity: 'biren', currency: 'HKD', x, y: [1, 2] });
        out.push('accepted');
      } catch (e) {
        out.push(e.message);
      }
    }
    return out;
  });
  for (const m of refused) assert.match(m, /^series "p"\.points\[[01]\]: a time must fall between the years 1 and 9999/);
  await page.evaluate(() => {
    const a = document.getElementById('a');
    a.setAttribute('currency', 'CNY');
    a.setAttribute('fx', '1e300');
  });
  await page.waitForFunction(() => !document.getElementById('a').shadowRoot.querySelector('[role=alert]').hidden);
  assert.match((await state(page, 'a')).alert, /^fx: must be a number from 0\.0001 to 10000, got 1e300$/);
  assert.equal(await redraw(page, 'b', 'market'), 'ipo-lens-ready');
  assert.deepEqual(await state(page, 'b'), { state: 'ready', alert: '', svg: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a wasm trap in one widget: it shows its own error, the other draws on a fresh instance, and so does it next', async () => {
  const { page, context } = await twoWidgets();
  // A trap cannot be reached through the public API any more: simulate one in the
  // instance both widgets share (the first render of view "market" traps, and, as after
  // a real panic, every later call on that instance throws).
  await page.evaluate(async () => {
    const g = await import('/pkg/ipo_lens.js');
    const render = g.Lens.prototype.render;
    let trapped = false;
    g.Lens.prototype.render = function (spec) {
      if (trapped) throw new Error('recursive use of an object detected which would lead to unsafe aliasing in rust');
      if (spec.view === 'market') {
        trapped = true;
        throw new WebAssembly.RuntimeError('unreachable');
      }
      return render.call(this, spec);
    };
  });
  assert.equal(await redraw(page, 'a', 'market'), 'ipo-lens-error');
  const a = await state(page, 'a');
  // a plain sentence in the widget's language (the technical detail is in the event and the console)
  assert.equal(a.alert, 'The chart stopped after an internal error; please reload the page');
  assert.equal(a.svg, true, 'its last good chart stays');
  assert.equal(await redraw(page, 'b', 'demand'), 'ipo-lens-ready');
  assert.deepEqual(await state(page, 'b'), { state: 'ready', alert: '', svg: true });
  assert.equal(await redraw(page, 'a', 'market'), 'ipo-lens-ready', 'the failed widget draws again on a fresh instance');
  assert.deepEqual(await state(page, 'a'), { state: 'ready', alert: '', svg: true });
  await context.close();
});

test('src: a same-origin URL redirecting to another origin (with CORS) is refused', async () => {
  // the other origin: another port on 127.0.0.1, serving a valid dataset to anyone
  const foreign = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(readFileSync(new URL('../../data/examples/example-listing.json', import.meta.url)));
  });
  await new Promise((r) => foreign.listen(0, '127.0.0.1', r));
  const there = `http://127.0.0.1:${foreign.address().port}/data.json`;
  const { page, context } = await open(t.browser, `${t.url}/blank.html`);
  try {
    await page.route(`${t.url}/redirect.json`, (route) => route.fulfill({ status: 302, headers: { location: there } }));
    const fetched = await page.evaluate(async () => (await fetch('/redirect.json')).url);
    assert.equal(fetched, there, 'the redirect is followed by a plain fetch');
    await page.evaluate(() => {
      const el = document.createElement('ipo-lens');
      el.setAttribute('lang', 'en');
      el.setAttribute('src', '/redirect.json');
      document.body.append(el);
    });
    await page.waitForFunction(() => !document.querySelector('ipo-lens').shadowRoot.querySelector('[role=alert]').hidden);
    const alert = await page.$eval('ipo-lens', (el) => el.shadowRoot.querySelector('[role=alert]').textContent);
    assert.equal(alert, `src: must be on this site (${t.url}), got ${new URL(there).origin} after a redirect`);
    assert.equal(await page.$eval('ipo-lens', (el) => el.getAttribute('data-state')), 'error');
  } finally {
    await context.close();
    foreign.close();
  }
});
