// How the widget reaches the reader (issue 14): a change drawn in the frame it is made
// in, several changes of one task drawn once, nothing drawn again that did not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
