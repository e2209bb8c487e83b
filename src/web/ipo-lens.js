// <ipo-lens>: the custom element. Importing this module registers it.
//
// The element owns lifecycle and events only: the chart, its hit boxes and every number
// come from the wasm core (src/web/mod.rs). Text reaches the DOM only through
// textContent / setAttribute, styles only through a constructed stylesheet and the
// CSSOM, so a strict Content-Security-Policy needs nothing but 'wasm-unsafe-eval'.
import init, { Lens } from './ipo_lens.js';

let booting = null;
/** Loads the wasm once per page; the .wasm is found next to this module. */
function boot() {
  booting ??= init({ module_or_path: new URL('./ipo_lens_bg.wasm', import.meta.url) });
  return booting;
}

const CSS = `
:host { display: block; position: relative; box-sizing: border-box; max-width: 100%;
  min-height: var(--ipo-lens-min-height, 300px); color: #1a1a1a; background: #fff;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  text-align: start; letter-spacing: normal; }
:host([data-state="ready"]) { min-height: 0; }
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.controls { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; padding: 0; }
.controls button { font: inherit; font-size: 13px; line-height: 1.2; padding: 6px 10px; min-height: 32px;
  border: 1px solid #8a9099; border-radius: 16px; background: #fff; color: #1a1a1a; cursor: pointer; }
.controls button[aria-pressed="true"] { background: #0072b2; border-color: #0072b2; color: #fff; }
button:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
.stage { position: relative; width: 100%; }
.chart svg { display: block; max-width: 100%; height: auto; }
.marks { position: absolute; inset: 0; }
.mark { position: absolute; margin: 0; padding: 0; border: 0; border-radius: 4px; background: transparent;
  cursor: pointer; -webkit-tap-highlight-color: transparent; }
.mark:hover, .mark.active { background: rgba(0, 114, 178, 0.08); }
.mark:focus-visible { outline: 3px solid #e69f00; outline-offset: -3px; }
.tip { position: absolute; z-index: 2; max-width: min(340px, 92%); padding: 8px 10px; border-radius: 6px;
  background: #1f2328; color: #fff; font-size: 13px; box-shadow: 0 2px 10px rgba(0,0,0,.25); pointer-events: none; }
.tip[hidden] { display: none; }
.tip strong { display: block; margin-bottom: 2px; }
.tip ul { margin: 0; padding: 0; list-style: none; }
.tip q { display: block; margin-top: 6px; color: #d0d7de; font-size: 12px; quotes: "「" "」"; }
.alert { margin: 8px 0 0; padding: 8px 10px; border-left: 4px solid #b3261e; background: #fdecea; color: #5f100b; font-size: 13px; }
.alert[hidden] { display: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { .controls, .marks, .tip { display: none; } }
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

function el(tag, cls, attrs = {}) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export class IpoLensElement extends HTMLElement {
  static observedAttributes = ['view', 'lang', 'metric'];

  #lens = null;
  #parts;
  #resize = null;
  #frame = 0;
  #width = 0;
  #result = null;
  #active = -1;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    const controls = el('div', 'controls', { role: 'toolbar' });
    const stage = el('div', 'stage');
    const chart = el('div', 'chart', { role: 'img' });
    const marks = el('div', 'marks');
    const tip = el('div', 'tip', { role: 'tooltip', id: 'tip' });
    tip.hidden = true;
    stage.append(chart, marks, tip);
    const alert = el('p', 'alert', { role: 'alert' });
    alert.hidden = true;
    const live = el('div', 'sr', { 'aria-live': 'polite' });
    root.append(controls, stage, alert, live);
    this.#parts = { controls, stage, chart, marks, tip, alert, live };

    controls.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-metric]');
      if (b) this.setAttribute('metric', b.dataset.metric);
    });
    marks.addEventListener('pointerover', (e) => this.#pointAt(e.target));
    marks.addEventListener('pointerdown', (e) => this.#pointAt(e.target));
    marks.addEventListener('focusin', (e) => this.#pointAt(e.target, true));
    marks.addEventListener('keydown', (e) => this.#key(e));
    stage.addEventListener('pointerleave', (e) => { if (e.pointerType === 'mouse') this.#hideTip(); });
    marks.addEventListener('focusout', (e) => { if (!marks.contains(e.relatedTarget)) this.#hideTip(); });
  }

  connectedCallback() {
    if (!this.hasAttribute('data-state')) this.setAttribute('data-state', 'loading');
    this.#resize = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0].contentRect.width);
      if (w > 0 && w !== this.#width) {
        this.#width = w;
        this.#schedule();
      }
    });
    this.#resize.observe(this);
    boot()
      .then(() => {
        this.#lens ??= new Lens();
        this.#schedule();
      })
      .catch((e) => this.#fail(e));
  }

  disconnectedCallback() {
    this.#resize?.disconnect();
    this.#resize = null;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  attributeChangedCallback() {
    this.#schedule();
  }

  /** Replaces the dataset (an object in the ipo-lens/1 format). Rejects with a message
   *  naming the JSON path when it is invalid; the last good data stays on screen. */
  async setData(data) {
    await boot();
    this.#lens ??= new Lens();
    try {
      this.#lens.setData(data);
    } catch (e) {
      this.#fail(e);
      throw new Error(String(e?.message ?? e));
    }
    this.#schedule();
  }

  /** The SVG currently shown, as a string. */
  get svg() {
    return this.#lens?.lastSvg() ?? '';
  }

  #schedule() {
    if (this.#frame || !this.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#render();
    });
  }

  #render() {
    if (!this.#lens || !this.isConnected) return;
    const p = this.#parts;
    const width = this.#width || Math.floor(this.getBoundingClientRect().width) || 640;
    const spec = {
      view: this.getAttribute('view') || 'listing-day',
      lang: (this.getAttribute('lang') || 'zh').toLowerCase().startsWith('en') ? 'en' : 'zh',
      metric: this.getAttribute('metric') || '',
      width,
    };
    let r;
    try {
      r = this.#lens.render(spec, p.chart, p.marks);
    } catch (e) {
      this.#fail(e);
      return;
    }
    this.#result = r;
    this.#active = -1;
    this.#hideTip();
    p.chart.setAttribute('aria-label', r.summary);
    p.marks.setAttribute('aria-label', r.title);
    p.marks.setAttribute('role', 'group');
    p.controls.setAttribute('aria-label', spec.lang === 'zh' ? '选择价格' : 'Choose the price');
    p.controls.replaceChildren(
      ...r.controls.map((c) => {
        const b = el('button', '', { type: 'button', 'data-metric': c.id, 'aria-pressed': String(c.selected) });
        b.textContent = c.label;
        return b;
      }),
    );
    p.alert.hidden = true;
    p.alert.textContent = '';
    this.setAttribute('data-state', 'ready');
    this.dispatchEvent(new CustomEvent('ipo-lens-ready', { detail: { view: spec.view, lang: spec.lang } }));
  }

  #fail(e) {
    const msg = String(e?.message ?? e);
    const p = this.#parts;
    p.alert.textContent = msg;
    p.alert.hidden = false;
    // The last good chart stays on screen; only a widget that never drew is in error.
    if (!this.#result) this.setAttribute('data-state', 'error');
    this.dispatchEvent(new CustomEvent('ipo-lens-error', { detail: { message: msg } }));
  }

  #pointAt(target, announce = false) {
    const b = target?.closest?.('.mark');
    if (!b || !this.#result) return;
    this.#show(Number(b.dataset.index), announce);
  }

  #show(i, announce) {
    const m = this.#result?.marks[i];
    if (!m) return;
    const p = this.#parts;
    for (const b of p.marks.children) b.classList.toggle('active', Number(b.dataset.index) === i);
    this.#active = i;
    const title = el('strong');
    title.textContent = m.tooltip.title;
    const list = el('ul');
    for (const line of m.tooltip.lines) {
      const li = el('li');
      li.textContent = line;
      list.append(li);
    }
    const parts = [title, list];
    if (m.tooltip.quote) {
      const q = el('q');
      q.textContent = m.tooltip.quote;
      parts.push(q);
    }
    p.tip.replaceChildren(...parts);
    p.tip.hidden = false;
    const stageW = p.stage.clientWidth;
    const tipW = Math.min(p.tip.offsetWidth, stageW);
    const left = Math.max(0, Math.min(m.rect.x + 24, stageW - tipW));
    // Below the row unless it does not fit there and there is more room above; never
    // over the row it describes.
    const below = m.rect.y + m.rect.h + 4;
    const roomBelow = p.stage.clientHeight - below;
    const fitsBelow = p.tip.offsetHeight <= roomBelow || roomBelow >= m.rect.y;
    const top = fitsBelow ? below : Math.max(0, m.rect.y - p.tip.offsetHeight - 4);
    p.tip.style.left = `${left}px`;
    p.tip.style.top = `${top}px`;
    const button = p.marks.children[i];
    button?.setAttribute('aria-describedby', 'tip');
    if (announce) p.live.textContent = [m.tooltip.title, ...m.tooltip.lines].join('. ');
  }

  #hideTip() {
    const p = this.#parts;
    p.tip.hidden = true;
    for (const b of p.marks.children) b.classList.remove('active');
  }

  #key(e) {
    const n = this.#parts.marks.children.length;
    if (!n) return;
    const cur = Math.max(0, Number(e.target?.dataset?.index ?? 0));
    let next = null;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = (cur + 1) % n;
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = (cur - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') this.#hideTip();
    if (next === null) return;
    e.preventDefault();
    const buttons = this.#parts.marks.children;
    for (const b of buttons) b.tabIndex = -1;
    buttons[next].tabIndex = 0;
    buttons[next].focus();
  }
}

if (!customElements.get('ipo-lens')) customElements.define('ipo-lens', IpoLensElement);
