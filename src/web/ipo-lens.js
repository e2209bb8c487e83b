// <ipo-lens>: the custom element. Importing this module in a browser registers it; on a
// server (Node, Deno, Bun, an SSR build) or in a Web Worker the import does nothing and
// throws nothing: no DOM global is touched while the module is evaluated.
//
// The element owns the DOM, lifecycle, events and the controls around the chart; the
// chart, its hit boxes, every number, every label and every colour come from the wasm
// core (src/web/mod.rs) as data.
// Text reaches the DOM only through textContent / setAttribute, styles only through a
// constructed stylesheet and the CSSOM, so a strict Content-Security-Policy needs
// nothing but 'wasm-unsafe-eval'.
// boot:start — scripts/offline.mjs replaces this region to inline the wasm.
/** The wasm glue in use (`Lens`, `lastPanic`, `themeCss`), imported with the wasm when a
 *  widget first needs it, so that a page showing static pictures fetches neither; after a
 *  trap, a fresh copy. */
let glue = null;
let booting = null;
let instances = 0;
/** Loads the glue and the wasm once per page, the two fetched side by side; the .wasm is
 *  found next to this module. A failure names the file and, from another origin (a CDN),
 *  what that host must send. After a trap (`booting` reset by `#fail`) it loads a new copy
 *  of the glue with its own wasm instance, so that one widget's failure never stops the
 *  others. */
function boot() {
  const url = new URL('./ipo_lens_bg.wasm', import.meta.url);
  booting ??= (async () => {
    const wasm = fetch(url);
    wasm.catch(() => {}); // reported below, once the glue is there
    const m = await (instances++ === 0
      ? import('./ipo_lens.js')
      : import(/* @vite-ignore */ /* webpackIgnore: true */ new URL(`./ipo_lens.js?instance=${instances}`, import.meta.url).href));
    await m.default({ module_or_path: wasm }).catch((e) => {
      const foreign = typeof location === 'object' && url.origin !== location.origin;
      const hint = foreign ? ` (it is on another origin, ${url.origin}: that host must send Access-Control-Allow-Origin for it, and Content-Type: application/wasm)` : '';
      throw new Error(`could not load ${url.href}: ${e?.message ?? e}${hint}`);
    });
    glue = m;
  })();
  return booting;
}
/** The built-in story's dataset as JSON text (the package's data/biren-2026.json, beside
 *  this module), fetched once per page when a widget is about to show that story: the
 *  reader's wasm does not carry it, and a page bringing its own data never fetches it. */
let builtInText = null;
function builtInJson() {
  const url = new URL('./data/biren-2026.json', import.meta.url);
  builtInText ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
    return r.text();
  }).catch((e) => {
    builtInText = null; // the next widget (or a reload of this one) asks again
    throw new Error(`could not load ${url.href}: ${e?.message ?? e}`);
  });
  return builtInText;
}
/** The built-in story's static picture of `view` in `lang` (a file name's tag), drawn by
 *  the same Rust code at 640 px, or at 360 px for a `narrow` widget: shipped beside this
 *  module in static/ (`make build`), shown until the live chart is drawn, with its hit boxes
 *  (`marks`: `….marks.json`); null for a view the story does not fill. */
function firstPicture(view, lang, narrow) {
  const name = `${view}.${lang}${narrow ? '.360' : ''}`;
  if (!Object.hasOwn(PICTURES, name)) return null;
  const [width, height, url, marks] = PICTURES[name];
  return { width, height, href: url().href, marks: marks().href };
}
// The table is written by `cargo run --bin types` from the registry (a test keeps it fresh).
// pictures:start
const PICTURES = {
  'listing-day.zh': [640, 319, () => new URL('./static/listing-day.zh.svg', import.meta.url), () => new URL('./static/listing-day.zh.marks.json', import.meta.url)],
  'listing-day.zh.360': [360, 340, () => new URL('./static/listing-day.zh.360.svg', import.meta.url), () => new URL('./static/listing-day.zh.360.marks.json', import.meta.url)],
  'listing-day.zh-Hant': [640, 319, () => new URL('./static/listing-day.zh-Hant.svg', import.meta.url), () => new URL('./static/listing-day.zh-Hant.marks.json', import.meta.url)],
  'listing-day.zh-Hant.360': [360, 340, () => new URL('./static/listing-day.zh-Hant.360.svg', import.meta.url), () => new URL('./static/listing-day.zh-Hant.360.marks.json', import.meta.url)],
  'listing-day.en': [640, 347, () => new URL('./static/listing-day.en.svg', import.meta.url), () => new URL('./static/listing-day.en.marks.json', import.meta.url)],
  'listing-day.en.360': [360, 455, () => new URL('./static/listing-day.en.360.svg', import.meta.url), () => new URL('./static/listing-day.en.360.marks.json', import.meta.url)],
  'demand.zh': [640, 285, () => new URL('./static/demand.zh.svg', import.meta.url), () => new URL('./static/demand.zh.marks.json', import.meta.url)],
  'demand.zh.360': [360, 300, () => new URL('./static/demand.zh.360.svg', import.meta.url), () => new URL('./static/demand.zh.360.marks.json', import.meta.url)],
  'demand.zh-Hant': [640, 285, () => new URL('./static/demand.zh-Hant.svg', import.meta.url), () => new URL('./static/demand.zh-Hant.marks.json', import.meta.url)],
  'demand.zh-Hant.360': [360, 300, () => new URL('./static/demand.zh-Hant.360.svg', import.meta.url), () => new URL('./static/demand.zh-Hant.360.marks.json', import.meta.url)],
  'demand.en': [640, 300, () => new URL('./static/demand.en.svg', import.meta.url), () => new URL('./static/demand.en.marks.json', import.meta.url)],
  'demand.en.360': [360, 385, () => new URL('./static/demand.en.360.svg', import.meta.url), () => new URL('./static/demand.en.360.marks.json', import.meta.url)],
  'valuation.zh': [640, 253, () => new URL('./static/valuation.zh.svg', import.meta.url), () => new URL('./static/valuation.zh.marks.json', import.meta.url)],
  'valuation.zh.360': [360, 306, () => new URL('./static/valuation.zh.360.svg', import.meta.url), () => new URL('./static/valuation.zh.360.marks.json', import.meta.url)],
  'valuation.zh-Hant': [640, 253, () => new URL('./static/valuation.zh-Hant.svg', import.meta.url), () => new URL('./static/valuation.zh-Hant.marks.json', import.meta.url)],
  'valuation.zh-Hant.360': [360, 322, () => new URL('./static/valuation.zh-Hant.360.svg', import.meta.url), () => new URL('./static/valuation.zh-Hant.360.marks.json', import.meta.url)],
  'valuation.en': [640, 306, () => new URL('./static/valuation.en.svg', import.meta.url), () => new URL('./static/valuation.en.marks.json', import.meta.url)],
  'valuation.en.360': [360, 391, () => new URL('./static/valuation.en.360.svg', import.meta.url), () => new URL('./static/valuation.en.360.marks.json', import.meta.url)],
  'financials.zh': [640, 577, () => new URL('./static/financials.zh.svg', import.meta.url), () => new URL('./static/financials.zh.marks.json', import.meta.url)],
  'financials.zh.360': [360, 550, () => new URL('./static/financials.zh.360.svg', import.meta.url), () => new URL('./static/financials.zh.360.marks.json', import.meta.url)],
  'financials.zh-Hant': [640, 577, () => new URL('./static/financials.zh-Hant.svg', import.meta.url), () => new URL('./static/financials.zh-Hant.marks.json', import.meta.url)],
  'financials.zh-Hant.360': [360, 550, () => new URL('./static/financials.zh-Hant.360.svg', import.meta.url), () => new URL('./static/financials.zh-Hant.360.marks.json', import.meta.url)],
  'financials.en': [640, 592, () => new URL('./static/financials.en.svg', import.meta.url), () => new URL('./static/financials.en.marks.json', import.meta.url)],
  'financials.en.360': [360, 559, () => new URL('./static/financials.en.360.svg', import.meta.url), () => new URL('./static/financials.en.360.marks.json', import.meta.url)],
  'chips.zh': [640, 385, () => new URL('./static/chips.zh.svg', import.meta.url), () => new URL('./static/chips.zh.marks.json', import.meta.url)],
  'chips.zh.360': [360, 348, () => new URL('./static/chips.zh.360.svg', import.meta.url), () => new URL('./static/chips.zh.360.marks.json', import.meta.url)],
  'chips.zh-Hant': [640, 385, () => new URL('./static/chips.zh-Hant.svg', import.meta.url), () => new URL('./static/chips.zh-Hant.marks.json', import.meta.url)],
  'chips.zh-Hant.360': [360, 348, () => new URL('./static/chips.zh-Hant.360.svg', import.meta.url), () => new URL('./static/chips.zh-Hant.360.marks.json', import.meta.url)],
  'chips.en': [640, 400, () => new URL('./static/chips.en.svg', import.meta.url), () => new URL('./static/chips.en.marks.json', import.meta.url)],
  'chips.en.360': [360, 385, () => new URL('./static/chips.en.360.svg', import.meta.url), () => new URL('./static/chips.en.360.marks.json', import.meta.url)],
  'market.zh': [640, 417, () => new URL('./static/market.zh.svg', import.meta.url), () => new URL('./static/market.zh.marks.json', import.meta.url)],
  'market.zh.360': [360, 412, () => new URL('./static/market.zh.360.svg', import.meta.url), () => new URL('./static/market.zh.360.marks.json', import.meta.url)],
  'market.zh-Hant': [640, 417, () => new URL('./static/market.zh-Hant.svg', import.meta.url), () => new URL('./static/market.zh-Hant.marks.json', import.meta.url)],
  'market.zh-Hant.360': [360, 412, () => new URL('./static/market.zh-Hant.360.svg', import.meta.url), () => new URL('./static/market.zh-Hant.360.marks.json', import.meta.url)],
  'market.en': [640, 464, () => new URL('./static/market.en.svg', import.meta.url), () => new URL('./static/market.en.marks.json', import.meta.url)],
  'market.en.360': [360, 495, () => new URL('./static/market.en.360.svg', import.meta.url), () => new URL('./static/market.en.360.marks.json', import.meta.url)],
  'customers.zh': [640, 385, () => new URL('./static/customers.zh.svg', import.meta.url), () => new URL('./static/customers.zh.marks.json', import.meta.url)],
  'customers.zh.360': [360, 348, () => new URL('./static/customers.zh.360.svg', import.meta.url), () => new URL('./static/customers.zh.360.marks.json', import.meta.url)],
  'customers.zh-Hant': [640, 385, () => new URL('./static/customers.zh-Hant.svg', import.meta.url), () => new URL('./static/customers.zh-Hant.marks.json', import.meta.url)],
  'customers.zh-Hant.360': [360, 348, () => new URL('./static/customers.zh-Hant.360.svg', import.meta.url), () => new URL('./static/customers.zh-Hant.360.marks.json', import.meta.url)],
  'customers.en': [640, 422, () => new URL('./static/customers.en.svg', import.meta.url), () => new URL('./static/customers.en.marks.json', import.meta.url)],
  'customers.en.360': [360, 401, () => new URL('./static/customers.en.360.svg', import.meta.url), () => new URL('./static/customers.en.360.marks.json', import.meta.url)],
  'specs.zh': [640, 252, () => new URL('./static/specs.zh.svg', import.meta.url), () => new URL('./static/specs.zh.marks.json', import.meta.url)],
  'specs.zh.360': [360, 267, () => new URL('./static/specs.zh.360.svg', import.meta.url), () => new URL('./static/specs.zh.360.marks.json', import.meta.url)],
  'specs.zh-Hant': [640, 252, () => new URL('./static/specs.zh-Hant.svg', import.meta.url), () => new URL('./static/specs.zh-Hant.marks.json', import.meta.url)],
  'specs.zh-Hant.360': [360, 267, () => new URL('./static/specs.zh-Hant.360.svg', import.meta.url), () => new URL('./static/specs.zh-Hant.360.marks.json', import.meta.url)],
  'specs.en': [640, 267, () => new URL('./static/specs.en.svg', import.meta.url), () => new URL('./static/specs.en.marks.json', import.meta.url)],
  'specs.en.360': [360, 298, () => new URL('./static/specs.en.360.svg', import.meta.url), () => new URL('./static/specs.en.360.marks.json', import.meta.url)],
  'company.zh': [640, 615, () => new URL('./static/company.zh.svg', import.meta.url), () => new URL('./static/company.zh.marks.json', import.meta.url)],
  'company.zh.360': [360, 636, () => new URL('./static/company.zh.360.svg', import.meta.url), () => new URL('./static/company.zh.360.marks.json', import.meta.url)],
  'company.zh-Hant': [640, 615, () => new URL('./static/company.zh-Hant.svg', import.meta.url), () => new URL('./static/company.zh-Hant.marks.json', import.meta.url)],
  'company.zh-Hant.360': [360, 636, () => new URL('./static/company.zh-Hant.360.svg', import.meta.url), () => new URL('./static/company.zh-Hant.360.marks.json', import.meta.url)],
  'company.en': [640, 666, () => new URL('./static/company.en.svg', import.meta.url), () => new URL('./static/company.en.marks.json', import.meta.url)],
  'company.en.360': [360, 773, () => new URL('./static/company.en.360.svg', import.meta.url), () => new URL('./static/company.en.360.marks.json', import.meta.url)],
  'fact-check.zh': [640, 983, () => new URL('./static/fact-check.zh.svg', import.meta.url), () => new URL('./static/fact-check.zh.marks.json', import.meta.url)],
  'fact-check.zh.360': [360, 1292, () => new URL('./static/fact-check.zh.360.svg', import.meta.url), () => new URL('./static/fact-check.zh.360.marks.json', import.meta.url)],
  'fact-check.zh-Hant': [640, 1015, () => new URL('./static/fact-check.zh-Hant.svg', import.meta.url), () => new URL('./static/fact-check.zh-Hant.marks.json', import.meta.url)],
  'fact-check.zh-Hant.360': [360, 1324, () => new URL('./static/fact-check.zh-Hant.360.svg', import.meta.url), () => new URL('./static/fact-check.zh-Hant.360.marks.json', import.meta.url)],
  'fact-check.en': [640, 1204, () => new URL('./static/fact-check.en.svg', import.meta.url), () => new URL('./static/fact-check.en.marks.json', import.meta.url)],
  'fact-check.en.360': [360, 1715, () => new URL('./static/fact-check.en.360.svg', import.meta.url), () => new URL('./static/fact-check.en.360.marks.json', import.meta.url)],
  'price-path.zh': [640, 718, () => new URL('./static/price-path.zh.svg', import.meta.url), () => new URL('./static/price-path.zh.marks.json', import.meta.url)],
  'price-path.zh.360': [360, 797, () => new URL('./static/price-path.zh.360.svg', import.meta.url), () => new URL('./static/price-path.zh.360.marks.json', import.meta.url)],
  'price-path.zh-Hant': [640, 718, () => new URL('./static/price-path.zh-Hant.svg', import.meta.url), () => new URL('./static/price-path.zh-Hant.marks.json', import.meta.url)],
  'price-path.zh-Hant.360': [360, 797, () => new URL('./static/price-path.zh-Hant.360.svg', import.meta.url), () => new URL('./static/price-path.zh-Hant.360.marks.json', import.meta.url)],
  'price-path.en': [640, 749, () => new URL('./static/price-path.en.svg', import.meta.url), () => new URL('./static/price-path.en.marks.json', import.meta.url)],
  'price-path.en.360': [360, 850, () => new URL('./static/price-path.en.360.svg', import.meta.url), () => new URL('./static/price-path.en.360.marks.json', import.meta.url)],
};
// pictures:end
// boot:end

/** The wasm instances (glues) given the built-in story. */
const givenBuiltIn = new WeakSet();
/** Gives the wasm instance of `g` the built-in story, fetched once per page. */
async function builtIn(g) {
  if (givenBuiltIn.has(g)) return;
  const text = await builtInJson();
  if (!givenBuiltIn.has(g)) {
    g.setBuiltIn(text);
    givenBuiltIn.add(g);
  }
}

// Colours are the chart's palette (src/chart/theme.rs), installed as custom properties
// (--ipo-paper, --ipo-ink, --ipo-series-0, …) with the dark scheme's once the wasm is
// there (themeCss); until then only the fallback slot shows, and a failure's alert is
// drawn in the page's own text colour.
/** The widest chart drawn (CSS px): wider lines of bars only get harder to read. The
 *  element's content is centred in a column of this width on wide screens. */
const MAX_CHART = 960;
/** The largest canvas Chromium and Firefox draw: a side of 32,767 px, 2^28 pixels in all. */
const CANVAS_SIDE = 32767;
const CANVAS_AREA = 268435456;
/** Below this content width the tab strip becomes a native menu. */
const NARROW = 560;

const STYLE = `
:host { display: block; position: relative; box-sizing: border-box; max-width: 100%; overflow-wrap: anywhere;
  min-height: var(--ipo-lens-min-height, 480px); color: var(--ipo-ink); background: var(--ipo-paper); }
:host([data-state="ready"]) { min-height: 0; }
:host([hidden]) { display: none; }
/* Everything inside sets its own type and box model, so that a host page's CSS
   (inherited through the host element) cannot restyle the widget. */
.root { color-scheme: light dark; -webkit-tap-highlight-color: transparent; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  font-style: normal; font-weight: 400; text-align: start; text-transform: none; letter-spacing: normal; word-spacing: normal;
  text-indent: 0; white-space: normal; direction: ltr; color: inherit; visibility: visible;
  max-width: ${MAX_CHART}px; margin: 0 auto; position: relative;
  /* a block of its own: the stage's negative margin (see #fitIn) stays inside it */
  display: flow-root; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
slot[name="fallback"] { display: block; }
:host([data-state="ready"]) slot[name="fallback"] { display: none; }
/* The fallback sits where the server-rendered page drew it before the element was defined
   (with the README's two CSS rules): at the top, centred, the host's reserved height kept;
   nothing else takes room until the first chart is drawn. */
::slotted(img), ::slotted(svg), ::slotted(picture), .first { display: block; max-width: 100%; height: auto; margin-inline: auto; }
:host([data-state="ready"]) .first { display: none; }
:host(:not([data-state="ready"])) :is(.controls, .tools, .stage) { display: none; }
button, input, select, summary { font: inherit; font-size: 13px; line-height: 1.2; color: inherit; }
button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible, .scroll:focus-visible { outline: 3px solid var(--ipo-focus); outline-offset: 2px; }
.tabs { display: flex; flex-wrap: wrap; gap: 2px; margin: 0 0 10px; border-bottom: 1px solid var(--ipo-line); }
.tabs button { flex: none; padding: 8px 10px; border: 0; border-bottom: 3px solid transparent; background: none; cursor: pointer; }
.tabs button[aria-selected="true"] { border-bottom-color: var(--ipo-series-0); font-weight: 600; }
.menu { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; font-size: 13px; }
.menu span { flex: none; color: var(--ipo-muted); }
.menu select { flex: 1 1 auto; min-width: 0; min-height: 34px; padding: 4px 8px; border: 1px solid var(--ipo-line); border-radius: 6px;
  background: var(--ipo-paper); font-size: 14px; font-weight: 600; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; margin: 0 0 8px; }
.seg { display: inline-flex; flex-wrap: wrap; gap: 2px; padding: 2px; border: 1px solid var(--ipo-line); border-radius: 8px; }
.controls button { padding: 5px 10px; min-height: 30px; border: 0; border-radius: 6px; background: transparent; cursor: pointer; }
.controls button[aria-pressed="true"] { background: var(--ipo-series-0); color: var(--ipo-paper); }
.controls > button { border: 1px solid var(--ipo-line); }
.controls > button[aria-pressed="true"] { border-color: var(--ipo-series-0); }
.controls label { display: inline-flex; align-items: center; gap: 6px; font-size: 13px; min-height: 30px; }
.controls input[type="number"] { width: 7em; padding: 5px 6px; border: 1px solid var(--ipo-line); border-radius: 4px; background: transparent; }
/* a widget fitted into its picture's height (#fitIn): the tools, the options, then the views, later;
   before the views go, they take one short row: the menu, a tab bar's too */
[data-fit="1"] > .tools, :is([data-fit="2"], [data-fit="3"]) > :is(.tools, .controls), [data-fit="4"] > :is(.tools, .controls, .tabs, .menu) { display: none; }
[data-fit="3"][data-views] > .tabs { display: none; }
[data-fit="3"][data-views] > .menu { display: flex !important; margin-bottom: 4px; }
[data-fit="3"] > .menu[hidden] select { flex: 0 1 auto; }
[data-fit="3"] > .menu select { min-height: 32px; padding: 2px 8px; }
.stage { position: relative; width: 100%; transform-origin: 50% 0; }
.chart svg { display: block; max-width: 100%; height: auto; }
.marks { position: absolute; inset: 0; }
.mark { position: absolute; margin: 0; padding: 0; border: 0; border-radius: 4px; background: transparent;
  cursor: pointer; -webkit-tap-highlight-color: transparent; }
.mark:hover, .mark.active { background: color-mix(in srgb, var(--ipo-highlight) 10%, transparent); }
.mark.active { box-shadow: inset 0 0 0 2px var(--ipo-highlight); }
/* a list view: its items are the points, real text in the flow */
.marks.list { position: static; display: block; }
.marks.list .mark { position: static; display: grid; grid-template-columns: 26px 1fr; column-gap: 8px; row-gap: 2px; width: 100%;
  padding: 8px 4px; border-bottom: 1px solid var(--ipo-grid); border-radius: 0; text-align: start; font: inherit; color: inherit; cursor: pointer;
  -webkit-user-select: text; user-select: text; }
.marks.list .badge { grid-row: 1 / span 4; width: 22px; height: 22px; border-radius: 50%; display: inline-flex; align-items: center;
  justify-content: center; font-weight: 700; font-size: 12px; line-height: 1; }
.marks.list .item-title { font-weight: 600; font-size: 14px; }
.marks.list .item-detail { color: var(--ipo-muted); font-size: 13px; }
.after p { margin: 6px 0 0; color: var(--ipo-muted); font-size: 12px; }
.after:empty { display: none; }
.mark:focus-visible { outline: 3px solid var(--ipo-focus); outline-offset: -3px; }
/* the tooltip's colours also before the palette is installed (a tap on the static picture
   answered from its hit boxes): tests/hits.rs keeps these the theme's */
.tip { position: absolute; left: 0; top: 0; z-index: 2; width: max-content; max-width: 320px; padding: 6px 9px; border-radius: 6px;
  background: var(--ipo-tip-paper, #1f2328); color: var(--ipo-tip-ink, #ffffff); font-size: 13px; line-height: 1.35; box-shadow: 0 2px 10px rgba(0,0,0,.25); pointer-events: none;
  overflow: hidden; }
.tip strong, .panel-title { display: block; font-weight: 600; }
.tip ul, .panel ul { margin: 0; padding: 0; list-style: none; }
/* In the flow under the chart (the widget grows), and stuck to the bottom of the viewport
   while that place is below it: a point tapped high on a tall chart shows at once. */
.panel { position: sticky; bottom: 0; z-index: 3; margin: 6px 0 0; padding: 8px 10px; border: 1px solid var(--ipo-line); border-left: 4px solid var(--ipo-highlight);
  border-radius: 6px; background: var(--ipo-paper); box-shadow: 0 -2px 8px rgba(0,0,0,.12); font-size: 13px; }
.panel-head { display: flex; align-items: flex-start; gap: 8px; }
.panel-title { flex: 1 1 auto; margin: 2px 0 2px; font-size: 14px; }
.panel .close, .tools button { padding: 4px 10px; min-height: 28px; border: 1px solid var(--ipo-line); border-radius: 4px; background: transparent; cursor: pointer; font-size: 12px; }
.panel .close { flex: none; }
.panel details { margin-top: 6px; }
.panel summary { cursor: pointer; color: var(--ipo-muted); padding: 2px 0; }
.panel-details { margin-top: 4px !important; color: var(--ipo-muted); }
.panel-details li + li { margin-top: 2px; }
.panel blockquote { margin: 6px 0 0; padding: 0 0 0 8px; border-left: 2px solid var(--ipo-line); color: var(--ipo-muted); }
.panel q { quotes: "「" "」"; }
.panel q:not(:lang(zh)) { quotes: "\\201C" "\\201D"; }
.tools { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.table { margin-top: 8px; overflow-wrap: break-word; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 12px; line-height: 1.4; }
caption { text-align: start; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid var(--ipo-soft); padding: 4px 6px; text-align: start; vertical-align: top; }
th { font-weight: 600; }
th, td.short { word-break: keep-all; }
td.num, td.date, td.ref { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.num, th.num, td.ref, th.ref { text-align: end; }
td.text { min-width: 6em; }
td.long { min-width: 12em; }
td.missing { color: var(--ipo-muted); }
.sentences-head { margin: 10px 0 4px; font-size: 12px; font-weight: 600; }
.sentences { margin: 0; padding-inline-start: 2.2em; font-size: 12px; color: var(--ipo-muted); }
.sentences li + li { margin-top: 4px; }
.alert p { margin: 0; }
.alert ul { margin: 4px 0 0; padding-left: 1.2em; }
.alert li { margin: 2px 0; overflow-wrap: anywhere; }
.alert code { font: inherit; font-weight: 600; }
.alert { margin: 8px 0 0; padding: 8px 10px; border-left: 4px solid var(--ipo-alert-edge, currentColor);
  background: var(--ipo-alert-paper, transparent); color: var(--ipo-alert-ink, currentColor); font-size: 13px; }
.size { display: block; height: 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (pointer: coarse) {
  .tabs button, .controls button, .tools button, .panel .close, .menu select, .panel summary, .controls input { min-height: 44px; }
  .panel summary { padding: 12px 0; }
}
@media print { .tabs, .menu, .controls, .marks:not(.list), .tip, .panel, .tools { display: none !important; }
  .stage { transform: none !important; margin-bottom: 0 !important; } .root { padding-bottom: 0 !important; } }
`;

// Under `require-trusted-types-for 'script'` an SVG string may enter the DOM only through
// a policy. Ours passes the string through: it is drawn by plotters' SVG backend, which
// escapes every text (< > & " '), from data the core has validated. Pages that restrict
// policy names must allow "ipo-lens" in their trusted-types directive.
let policy;
function trustedSvg(svg) {
  if (policy === undefined) {
    policy = globalThis.trustedTypes?.createPolicy ? globalThis.trustedTypes.createPolicy('ipo-lens', { createHTML: (s) => s }) : null;
  }
  return policy ? policy.createHTML(svg) : svg;
}

/** The glues whose wasm instance trapped: their objects must not be used again. */
const broken = new WeakSet();

/** One stylesheet per document, shared by every widget in it: a constructed stylesheet
 *  can only be adopted in the document it was made for, so a widget moved into another
 *  (`document.adoptNode` into an iframe) takes that document's (see adoptedCallback). */
const sheets = new Map();
/** The palette's CSS, once the wasm has booted (null before). */
let theme = null;
function styles(doc = document) {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync((theme ?? '') + STYLE);
    // a document that is gone (a removed iframe) lets go of its sheet
    for (const d of sheets.keys()) if (!d.defaultView) sheets.delete(d);
    sheets.set(doc, sheet);
  }
  return sheet;
}

/** Puts the palette in the stylesheets the widgets share: once, after the wasm has booted. */
function installTheme() {
  if (theme !== null) return;
  theme = glue.themeCss();
  for (const sheet of sheets.values()) sheet.replaceSync(theme + STYLE);
}

/** The middle of element `e` on screen, top to bottom; NaN where it is not laid out. */
function middle(e) {
  const b = e.getBoundingClientRect();
  return b.width || b.height ? b.top + b.height / 2 : NaN;
}

/** `v` px with one decimal, rounded half to even as Rust's `{:.1}` that placed the marks
 *  before (12.25 → 12.2, where toFixed alone gives 12.3). */
function px(v) {
  const tie = Math.abs(v * 4) % 4 === 1;
  return `${(tie ? v - Math.sign(v) * 0.05 : v).toFixed(1)}px`;
}

/** A `tag` element of class `cls` with `attrs` and, where given, the text `text`. */
function el(tag, cls, attrs = {}, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Options the built-in static pictures are not drawn with: a widget given one shows no
 *  picture until its live chart. */
const PICTURE_OPTIONS = ['metric', 'currency', 'scale', 'annualise', 'lot', 'fx'];

/** The file-name tag of the built-in pictures for a `lang` attribute (as the core reads
 *  it: src/i18n Lang::parse; empty is Simplified Chinese), or null where it names none. */
function pictureLang(tag) {
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  if (t === '' || ['zh', 'zh-hans', 'zh-cn', 'zh-sg'].includes(t)) return 'zh';
  if (['zh-hant', 'zh-hk', 'zh-tw', 'zh-mo', 'zh-hant-hk', 'zh-hant-tw'].includes(t)) return 'zh-Hant';
  if (t === 'en' || (t.length > 3 && t.startsWith('en-'))) return 'en';
  return null;
}

/** The dark-scheme query of the window `doc` is in (an iframe's own, for an adopted widget). */
function darkQuery(doc) {
  const view = doc?.defaultView ?? globalThis;
  return typeof view.matchMedia === 'function' ? view.matchMedia('(prefers-color-scheme: dark)') : null;
}
const dark = darkQuery(typeof document === 'object' ? document : null);

/** How long `src` may take to load, in seconds, unless the `timeout` attribute says
 *  otherwise (documented in the package README and the types). */
const TIMEOUT = 20;
/** The smallest scale a chart is drawn at to keep a widget in its picture's height (#fitIn). */
const FIT_SCALE = 0.8;

/** Widgets waiting to go live, and one observer for them all: a widget within 200 px of
 *  the viewport goes live (without the observer, at once); a fitted one (see #fitIn) that
 *  has left it takes its own height. */
const wakers = new WeakMap();
const near = typeof IntersectionObserver === 'function'
  ? new IntersectionObserver((entries) => {
    for (const e of entries) wakers.get(e.target)?.(e.isIntersecting);
  }, { rootMargin: '200px' })
  : null;

/** Where there is no DOM (a server render, a worker) the class still exists, over a stand-in
 *  base, so that importing the package never throws; it is registered only in a browser. */
const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};

export class IpoLensElement extends Base {
  static observedAttributes = ['view', 'lang', 'metric', 'currency', 'scale', 'annualise', 'lot', 'fx', 'src', 'data', 'loading', 'timeout'];

  #lens = null;
  /** The glue `#lens` belongs to. */
  #glue = null;
  /** Set once the widget goes live (it neared the viewport, the reader reached for it, or
   *  `loading="eager"`): from then on it has the wasm. Until then only the static picture. */
  #awake = false;
  #woke;
  #wakeUp;
  /** Where the reader pressed on the static picture before the wasm arrived, as fractions
   *  of the picture (`{fx, fy}`): answered on the first drawing. */
  #reached = null;
  /** The static picture's hit boxes (`{href, boxes, ready}`: `boxes` the promise of the
   *  fetched file, `ready` its value once there), and the last press or mouse position
   *  on the picture waiting for them. */
  #hits = null;
  #previewAt = null;
  #parts;
  #resize = null;
  /** A drawing is due at the end of this task (a microtask is queued). */
  #pending = false;
  #width = 0;
  /** The last narrowing of the widget by a few pixels (`{from, at}`): a scrollbar that
   *  came. A widening straight back to `from` soon after is not followed (see #resized). */
  #narrowed = null;
  /** The dark-scheme query of the widget's window. */
  #dark = dark;
  /** Bumped by every request for a dataset (setData, the data property, a src load): an
   *  answer that arrives after a later request is dropped, so the last request wins. */
  #request = 0;
  /** The element's words (`internal_error`…) in the language of `lang`, kept from the wasm
   *  so that it can speak before its first drawing and after a trap. */
  #ui = { lang: null, words: null };
  /** Bumped whenever the dataset in the wasm changes (a new Lens, setData, setSeries). */
  #generation = 0;
  /** What the drawing on screen was made from (the dataset's generation and the spec):
   *  the same again is not drawn again, only what surrounds it is refreshed. */
  #drawnFrom = null;
  /** The geometry of the hit boxes on screen: the same again keeps the buttons. */
  #boxes = null;
  #result = null;
  #tab = 'listing-day';
  #src = null;
  /** The data given by setData or src, kept to restore a re-attached element. */
  #data = null;
  /** Set once the page asks for its own data (a `data` property or attribute, or a call
   *  to setData, even one still waiting): from then on this widget never shows the
   *  built-in story, only its own data, a neutral loading state, or its own error. */
  #asked = false;
  /** Why the last dataset (setData, setSeries or src) was refused: shown until good data
   *  arrives, across redraws, beside the last good chart. `{message, problems, input,
   *  lang}`: a refused dataset's problems (`[{path, severity, message, line}]`) are shown
   *  as a list, said again in the widget's language when it changes. */
  #refused = null;
  /** Series given by setSeries while this widget has no Lens (it left the page, or its
   *  wasm instance trapped): `[[id, entity, currency, x, y], …]`, handed to the next Lens
   *  and dropped. While a Lens lives it holds the only copy (the times compactly where
   *  exact), and the element keeps none. */
  #series = [];
  /** Series lost with a trapped instance (none could be read back), to say so. */
  #lostSeries = false;
  #onScheme = () => this.#schedule();
  /** The id of the point whose panel is open (kept across redraws), or null. */
  #open = null;
  /** A pointer is down on a point (its focus is not the keyboard's). */
  #pressing = false;
  /** Focus moved by the element itself (after closing the panel): opens nothing. */
  #quiet = false;
  /** The tool or panel button a reader was on when the chart was cleared (see #clearChart). */
  #back;
  /** What the reader is clicking or typing in, and its middle on screen then (see #unfit). */
  #pressed = null;
  /** The view and metric last drawn, to announce a change of either. */
  #shown = null;
  /** The height (CSS px) a widget that went live in view keeps until the reader clicks or
   *  presses a key in it, it leaves the viewport or its width changes; else null. */
  #fit = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles(this.ownerDocument)];
    // The views: a tab bar where the widget is wide enough, a native menu where not.
    const tabs = el('div', 'tabs', { role: 'tablist', hidden: '' });
    const menu = el('label', 'menu', { hidden: '' });
    const menuLabel = el('span');
    const select = el('select', '', { 'data-menu': 'view' });
    menu.append(menuLabel, select);
    const controls = el('div', 'controls', { role: 'toolbar' });
    const stage = el('div', 'stage');
    const chart = el('div', 'chart', { role: 'img' });
    const marks = el('div', 'marks', { role: 'group' });
    // The hover tooltip (mouse): title and the short lines, never beyond the widget.
    const tip = el('div', 'tip', { role: 'tooltip', id: 'tip', hidden: '' });
    const fallback = el('slot', '', { name: 'fallback' });
    fallback.addEventListener('slotchange', () => this.#layFallback());
    // a list view's items and what follows them, set out as text (see #renderMarks)
    const after = el('div', 'after');
    // the stage is laid out anew when the chart replaces the picture (it has no box before)
    stage.append(chart, marks, after);
    // The docked panel (tap, keyboard, click): in the flow under the chart, so the widget
    // grows with it; the provenance and the source sentence behind a disclosure.
    const panel = el('div', 'panel', { role: 'group', 'aria-labelledby': 'panel-title', hidden: '' });
    const panelHead = el('div', 'panel-head');
    const panelTitle = el('p', 'panel-title', { id: 'panel-title' });
    const close = el('button', 'close', { type: 'button' });
    panelHead.append(panelTitle, close);
    const panelLines = el('ul', 'panel-lines', { id: 'panel-lines' });
    const more = el('details');
    const summary = el('summary');
    const detailLines = el('ul', 'panel-details');
    const quoteBox = el('blockquote');
    const quote = el('q');
    quoteBox.append(quote);
    more.append(summary, detailLines, quoteBox);
    panel.append(panelHead, panelLines, more);
    const tools = el('div', 'tools', { hidden: '' });
    const tableToggle = el('button', '', { type: 'button', 'aria-expanded': 'false', 'data-tool': 'table' });
    const svgButton = el('button', '', { type: 'button', 'data-tool': 'svg' });
    const pngButton = el('button', '', { type: 'button', 'data-tool': 'png' });
    const csvButton = el('button', '', { type: 'button', 'data-tool': 'csv' });
    tools.append(tableToggle, svgButton, pngButton, csvButton);
    const table = el('div', 'table', { id: 'table', hidden: '' });
    tableToggle.setAttribute('aria-controls', 'table');
    const alert = el('div', 'alert', { role: 'alert', hidden: '' });
    const live = el('div', 'sr', { 'aria-live': 'polite' });
    const wrap = el('div', 'root');
    wrap.append(tabs, menu, controls, fallback, stage, tip, panel, tools, table, alert, live);
    // the host's content width, measured without its height (see connectedCallback)
    const size = el('div', 'size', { 'aria-hidden': 'true' });
    root.append(size, wrap);
    this.#woke = new Promise((resolve) => { this.#wakeUp = resolve; });
    wakers.set(this, (on) => (on ? this.#awake || this.#wake() : this.#unfit()));
    // the reader reaching for the static picture brings the live one at once
    for (const type of ['pointerdown', 'touchstart', 'focusin']) this.addEventListener(type, (e) => this.#reach(e), { passive: true });
    // ...and a tap or the mouse on it is answered by the picture's own hit boxes meanwhile
    this.addEventListener('pointermove', (e) => { if (e.pointerType === 'mouse') this.#preview(e); }, { passive: true });
    // a fitted widget's own height (see #fitIn) after a click in it, once the click has
    // reached what was under it, or on a key: a shift the reader caused; what the reader
    // pressed is noted first, before anything moves, to be kept where it is (see #unfit)
    for (const type of ['click', 'keydown']) {
      this.addEventListener(type, (e) => {
        const t = e.composedPath()[0];
        this.#pressed = this.#fit !== null && t.getBoundingClientRect ? [t, middle(t)] : null;
      }, { capture: true });
      this.addEventListener(type, () => {
        this.#unfit();
        this.#pressed = null;
      });
    }
    this.#parts = { size, root: wrap, after, tabs, menu, menuLabel, select, controls, stage, chart, marks, tip, panel, panelTitle, close, panelLines, more, summary, detailLines, quoteBox, quote, tools, tableToggle, svgButton, pngButton, csvButton, table, alert, live };

    tabs.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-view]');
      if (b) this.#selectTab(b.dataset.view, false);
    });
    tabs.addEventListener('keydown', (e) => this.#tabKey(e));
    select.addEventListener('change', () => this.#selectTab(select.value, false));
    controls.addEventListener('click', (e) => this.#control(e.target.closest('button[data-kind]')));
    controls.addEventListener('change', (e) => {
      const input = e.target.closest('input[data-kind]');
      if (!input) return;
      const v = Number(input.value);
      if (input.value === '' || !(v > 0)) this.removeAttribute(input.dataset.kind);
      else this.setAttribute(input.dataset.kind, String(v));
    });
    tools.addEventListener('click', (e) => this.#tool(e.target.closest('button[data-tool]')?.dataset.tool));
    // Mouse: the floating tooltip follows the pointer over a point.
    marks.addEventListener('pointerover', (e) => { if (e.pointerType === 'mouse') this.#hover(e); });
    marks.addEventListener('pointermove', (e) => { if (e.pointerType === 'mouse') this.#hover(e); });
    marks.addEventListener('pointerout', (e) => { if (e.pointerType === 'mouse' && !e.relatedTarget?.closest?.('.mark')) this.#hideTip(); });
    stage.addEventListener('pointerleave', (e) => { if (e.pointerType === 'mouse') this.#hideTip(); });
    // A press focuses the point before its click: that focus is not the keyboard's.
    marks.addEventListener('pointerdown', () => { this.#pressing = true; });
    for (const type of ['pointerup', 'pointercancel']) marks.addEventListener(type, () => { this.#pressing = false; });
    // Tap, click, Enter or Space, and keyboard focus: the docked panel.
    marks.addEventListener('click', (e) => this.#pointAt(e.target));
    marks.addEventListener('focusin', (e) => {
      if (!this.#pressing && !this.#quiet) this.#pointAt(e.target);
      this.#pressing = false;
    });
    marks.addEventListener('keydown', (e) => this.#key(e));
    close.addEventListener('click', () => this.#closePanel(true));
    wrap.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || (this.#parts.panel.hidden && this.#parts.tip.hidden)) return;
      e.preventDefault();
      this.#hideTip();
      this.#closePanel(this.#parts.panel.contains(e.target) || this.#parts.marks.contains(e.target));
    });
  }

  connectedCallback() {
    // a `data` property set before the element was defined (React sets it as soon as it
    // renders) shadows the accessor: take it through the accessor
    if (Object.hasOwn(this, 'data')) {
      const own = this.data;
      delete this.data;
      this.data = own;
    }
    if (!this.hasAttribute('data-state')) this.setAttribute('data-state', 'loading');
    this.#layFallback();
    this.#showFirstPicture();
    // The width is read from a zero-height block across the host, not from the host: a
    // drawing made in the observer's own turn changes the host's height, which the
    // observer would then report (a loop error) where the block's size stays the same.
    // The observers of the window the element is in now (an iframe's, once adopted there).
    const view = this.ownerDocument.defaultView ?? globalThis;
    const Observer = view.ResizeObserver ?? ResizeObserver;
    this.#resize = new Observer((entries) => this.#resized(Math.floor(entries[0].contentRect.width)));
    this.#resize.observe(this.#parts.size);
    this.#dark = darkQuery(this.ownerDocument);
    this.#dark?.addEventListener('change', this.#onScheme);
    if (this.#awake || this.getAttribute('loading') === 'eager' || !near) this.#wake();
    else near.observe(this);
  }

  /** The built-in story's static picture while the wasm is on its way, where the page gave
   *  no fallback of its own and asks for nothing the picture does not show (its own data
   *  or file, a metric, a currency, …): never a picture of another story or option. It
   *  goes when the live chart is drawn, and when the page asks for its own data. */
  #showFirstPicture() {
    const p = this.#parts;
    if (this.#result || p.first || this.querySelector(':scope > [slot="fallback"]')) return;
    if (this.#asked || this.hasAttribute('src') || this.hasAttribute('data')) return;
    if (PICTURE_OPTIONS.some((a) => this.hasAttribute(a))) return;
    const view = this.getAttribute('view') || this.#tab;
    const lang = pictureLang(this.getAttribute('lang') ?? '');
    if (!lang || !/^[a-z][a-z-]{0,39}$/.test(view)) return;
    const b = this.getBoundingClientRect();
    const width = Math.floor(b.width);
    const narrow = width > 0 && width < NARROW;
    const picture = firstPicture(view, lang, narrow);
    if (!picture) return;
    // decorative: the live chart that replaces it carries the description; its size is
    // known before it loads, so that its arrival moves nothing
    const img = el('img', 'first', { alt: '', 'aria-hidden': 'true', decoding: 'async', width: picture.width, height: picture.height });
    // in view, it keeps to the box the page reserved (down to half its size): a taller
    // picture would push the story down once the page is painted
    const ratio = picture.width / picture.height;
    const tall = Math.min(picture.width, width) / ratio;
    if (tall > b.height && tall <= 2 * b.height && this.#seen(b)) img.style.width = px(b.height * ratio);
    img.addEventListener('error', () => this.#dropFirstPicture(), { once: true });
    img.src = picture.href;
    p.first = img;
    p.firstMarks = picture.marks;
    p.firstNarrow = narrow;
    p.stage.before(img);
  }

  #dropFirstPicture() {
    if (!this.#parts.first) return;
    this.#parts.first.remove();
    this.#parts.first = null;
    this.#parts.firstMarks = null;
  }

  /** The widget's content width changed to `w`. A classic scrollbar can make this a loop:
   *  the widget is drawn taller, the page gets a scrollbar, the widget narrows by its
   *  width and is drawn shorter, the scrollbar goes, the widget widens and is drawn taller
   *  again, every frame. So a narrowing by a scrollbar's width (up to 24 px) is noted, and
   *  a widening straight back to where it came from within a second is not followed: the
   *  narrower drawing stays (and the scrollbar with it). */
  #resized(w) {
    if (!(w > 0) || w === this.#width) return;
    const now = performance.now();
    const n = this.#narrowed;
    if (n && w === n.from && w > this.#width && now - n.at < 1000) return;
    this.#narrowed = w < this.#width && this.#width - w <= 24 ? { from: this.#width, at: now } : null;
    if (this.#width) this.#unfit();
    this.#width = w;
    // a built-in picture drawn for the other side of NARROW (a phone turned): this width's
    const first = this.#parts.first;
    if (first && !this.#result && (Math.floor(this.getBoundingClientRect().width) < NARROW) !== this.#parts.firstNarrow) {
      this.#dropFirstPicture();
      this.#showFirstPicture();
    }
    this.#schedule();
  }

  /** Moved into another document (`document.adoptNode`, an iframe): the stylesheet of
   *  that document (a constructed one cannot cross documents); the observers follow in
   *  connectedCallback, made by that document's window. */
  adoptedCallback(_old, doc) {
    try {
      this.shadowRoot.adoptedStyleSheets = [styles(doc ?? this.ownerDocument)];
    } catch {
      // a document with no window (createHTMLDocument, a template's): styled when it
      // comes back to one
    }
  }

  /** Goes live: the wasm (one for every widget on the page), the dataset, the drawing. */
  #wake() {
    near?.unobserve(this);
    if (!this.isConnected) return;
    this.#awake = true;
    this.#wakeUp();
    // the built-in story's data comes beside the wasm for a widget that will show it
    if (this.#data === null && !this.#asked && !this.hasAttribute('src') && !this.hasAttribute('data')) builtInJson().catch(() => {});
    // the picture's hit boxes (under 1.5 KB), beside the picture rather than after it: a
    // tap as soon as the picture shows is answered at once
    this.#loadHits();
    boot()
      .then(() => {
        if (!this.isConnected) return; // removed before the wasm arrived
        this.#ensureLens();
        if (this.hasAttribute('src')) this.#load();
        this.#schedule();
      })
      .catch((e) => this.#fail(e));
  }

  /** A press, touch or focus on the widget before it is live: it goes live now, and a
   *  press on the picture is kept to be answered by the point there. */
  #reach(e) {
    if (this.#result) return;
    if (e.type === 'pointerdown') {
      const picture = this.#fallback()?.img ?? this.#parts.first ?? this.#parts.stage;
      const r = picture.getBoundingClientRect();
      const fx = (e.clientX - r.left) / r.width;
      const fy = (e.clientY - r.top) / r.height;
      this.#reached = fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1 ? { fx, fy } : null;
      this.#preview(e);
    }
    if (!this.#awake) this.#wake();
  }

  /** The press kept by #reach, answered on the drawing `r`: the point under it (as a tap
   *  or click on it would be) opens its panel. */
  #answer(r) {
    const at = this.#reached;
    this.#reached = null;
    if (!at || r.list.length) return;
    const x = at.fx * r.width;
    const y = at.fy * r.height;
    const i = r.marks.findIndex((m) => within(m.rect, x, y));
    if (i >= 0) this.#pointAt(this.#parts.marks.children[i]);
  }

  /** The page's fallback (`own`: an `<img>`, an inline `<svg>` or a `<picture>`) and the
   *  picture in it (`img`), or null. */
  #fallback() {
    const own = this.querySelector(':scope > [slot="fallback"]');
    const img = own?.localName === 'picture' ? own.querySelector('img') : own;
    return img ? { own, img } : null;
  }

  /** The static picture on show (the page's fallback or the built-in one) with the address
   *  of its hit boxes (see chosenMarks), or null: none, or live already. */
  #picture() {
    if (this.#result) return null;
    const f = this.#fallback();
    const img = f ? f.img : this.#parts.first;
    const href = f ? chosenMarks(f.own, f.img) : this.#parts.firstMarks;
    return img && href ? { img, href } : null;
  }

  /** A `<picture slot="fallback">`: its image laid out as a slotted one is (a shadow
   *  root's styles reach no further than the slotted element itself), through the CSSOM. */
  #layFallback() {
    const f = this.#fallback();
    if (f?.own === f?.img) return;
    const s = f.img.style;
    s.display ||= 'block';
    s.maxWidth ||= '100%';
    s.height ||= 'auto';
    s.marginInline ||= 'auto';
  }

  /** The hit boxes of the picture on show, fetched once per file: a promise of them, or of
   *  null where there are none to be had (no file, not found, not a hit-box file). */
  #loadHits() {
    const picture = this.#picture();
    if (!picture) return Promise.resolve(null);
    const href = absolute(picture.href, this.ownerDocument);
    if (!href) return Promise.resolve(null);
    if (this.#hits?.href === href) return this.#hits.boxes;
    const hits = { href, ready: null };
    hits.boxes = fetch(href)
      .then((r) => (r.ok ? r.json() : null))
      .then((j) => { hits.ready = hitBoxes(j); return hits.ready; })
      .catch(() => null);
    this.#hits = hits;
    return hits.boxes;
  }

  /** Before the wasm: a press, or the mouse, on the static picture shows the tooltip of the
   *  point there (the live tooltip's words, from the picture's hit boxes): at once where
   *  they are in, else as soon as they are. */
  #preview(e) {
    const picture = this.#picture();
    if (!picture) return;
    const at = { x: e.clientX, y: e.clientY, touch: e.pointerType !== 'mouse', press: e.type === 'pointerdown' };
    this.#previewAt = at;
    const hits = this.#hits;
    if (hits?.ready && hits.href === absolute(picture.href, this.ownerDocument)) this.#showPreview(hits.ready, picture.img, at);
    else this.#loadHits().then((h) => { if (this.#previewAt === at) this.#showPreview(h, picture.img, at); });
  }

  #showPreview(h, img, at) {
    this.#previewAt = null;
    if (!h || this.#result || !img.isConnected) return;
    // the picture's boxes on screen: scaled as the picture is (an SVG keeps its aspect,
    // centred in its box), grown towards 44 px under a finger as the live ones are
    const r = img.getBoundingClientRect();
    const s = Math.min(r.width / h.width, r.height / h.height);
    if (!(s > 0)) return;
    const left = r.left + (r.width - h.width * s) / 2;
    const top = r.top + (r.height - h.height * s) / 2;
    const boxes = h.marks.map((m) => ({ x: left + m[0] * s, y: top + m[1] * s, w: m[2] * s, h: m[3] * s }));
    const rects = at.touch ? touchTargets(boxes) : boxes;
    const i = rects.findIndex((q) => within(q, at.x, at.y));
    if (i < 0) {
      this.#hideTip();
      return;
    }
    const [, , , , title, lines] = h.marks[i];
    const root = this.#parts.root;
    if (h.font) root.style.fontFamily = h.font;
    if (h.lang) root.lang = h.lang;
    this.#fillTip(`static ${i}`, title, lines, h.foreign);
    this.#placeTip(at.x, at.y);
    if (at.press) this.#parts.live.textContent = [title, ...lines].join('. ');
  }

  disconnectedCallback() {
    this.#unfit();
    near?.unobserve(this);
    this.#resize?.disconnect();
    this.#resize = null;
    this.#dark?.removeEventListener('change', this.#onScheme);
    // Free the wasm side once the element is really gone (a move re-attaches it within
    // the same task, before this microtask runs).
    queueMicrotask(() => {
      if (!this.isConnected && this.#lens) {
        this.#keepSeries();
        this.#lens.free();
        this.#lens = null;
      }
    });
  }

  #ensureLens() {
    if (this.#lens && !broken.has(this.#glue)) return;
    installTheme();
    this.#glue = glue;
    this.#lens = new glue.Lens();
    this.#generation++;
    if (this.#data) this.#lens.setJson(toJson(this.#data));
    const series = this.#series;
    this.#series = [];
    for (const [id, entity, currency, x, y] of series) this.#feedSeries(id, entity, currency, x, y);
    if (this.#lostSeries) {
      this.#lostSeries = false;
      this.#refuse(new Error('setSeries: the price series given before the internal error were lost with it; give them again'));
    }
  }

  /** Reads the series given by setSeries back out of the Lens about to go (the only copy
   *  is there), to hand to the next one. */
  #keepSeries() {
    try {
      this.#series = this.#lens.givenSeries();
    } catch {
      // a Lens whose wasm instance trapped in its own call cannot be read
      this.#lostSeries = true;
    }
  }

  /** Hands a series to the Lens: the times in pieces (never a second whole copy in wasm
   *  memory, which does not shrink), then the prices, which the Lens keeps. */
  #feedSeries(id, entity, currency, x, y) {
    const PIECE = 1 << 16;
    for (let i = 0; i < x.length; i += PIECE) this.#lens.seriesTimes(x.subarray(i, i + PIECE), x.length);
    this.#lens.setSeries(id, entity, currency, y);
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'src') {
      if (value !== null) this.#dropFirstPicture();
      // set again to the same value: loaded again (the file may have changed)
      if (this.#lens) this.#load(true);
      return;
    }
    if (name === 'timeout') return; // read when a load starts
    if (name === 'loading') {
      if (value === 'eager' && this.isConnected && !this.#awake) this.#wake();
      return;
    }
    if (name === 'data') {
      // a dataset belongs in the `data` property; as an attribute it is JSON text at best,
      // and "[object Object]" where a framework set an object before the element existed
      if (value === null) return;
      let parsed;
      try {
        parsed = JSON.parse(value);
      } catch {
        this.#wants();
        this.#refuse(new Error('data: the attribute holds no JSON dataset; set the data property (el.data = dataset) instead'));
        return;
      }
      this.setData(parsed).catch(() => {});
      return;
    }
    // an option the built-in picture does not show: the picture goes; another view or
    // language: its picture
    if (value !== null && PICTURE_OPTIONS.includes(name)) this.#dropFirstPicture();
    if ((name === 'view' || name === 'lang') && this.#parts.first && this.isConnected) {
      this.#dropFirstPicture();
      this.#showFirstPicture();
    }
    this.#schedule();
  }

  /** The page's own dataset (what `setData` was last given and accepted). Setting it is
   *  `setData` without the promise: a refusal shows in the widget and its events. */
  get data() {
    return this.#data;
  }

  /** Seconds a `src` load may take before it ends in an error (the `timeout` attribute;
   *  20 when absent or not a positive number). */
  get timeout() {
    const v = Number(this.getAttribute('timeout'));
    return this.hasAttribute('timeout') && v > 0 && Number.isFinite(v) ? v : TIMEOUT;
  }

  set timeout(seconds) {
    this.setAttribute('timeout', String(seconds));
  }

  set data(value) {
    this.setData(value).catch(() => {});
  }

  /** The page asks for its own data: the built-in story, if it is on screen, goes (with
   *  `now` false, in this task's drawing of the data or its refusal: see #setData). */
  #wants(now = true) {
    this.#asked = true;
    this.#dropFirstPicture();
    if (now && this.#data === null) this.#clearChart();
  }

  /** No chart on screen (only the loading state, or an error): the built-in story is never
   *  left standing in for a page's own data. */
  #clearChart() {
    const p = this.#parts;
    if (!this.#result) return;
    this.#result = null;
    this.#drawnFrom = null;
    const held = this.#held();
    const a = this.shadowRoot.activeElement;
    p.chart.replaceChildren();
    p.marks.replaceChildren();
    // a reader on a point, a tool or in the panel waits in the widget (its chart is hidden
    // meanwhile) for the next drawing, which puts the focus back there (see #render)
    if (held) this.#standIn(held.i);
    else if (a?.closest('.tools, .panel')) {
      this.#back = a;
      this.#standIn('');
    }
    p.after.replaceChildren();
    p.table.replaceChildren();
    // nothing of the story cleared stays to be read: its panel is hidden (opened again on
    // its point, if the next drawing has it)
    p.tools.hidden = p.panel.hidden = true;
    this.#hideTip();
    this.setAttribute('data-state', this.#refused === null ? 'loading' : 'error');
  }

  /** Loads the dataset named by `src`: a same-origin URL of a JSON file, within `timeout`
   *  seconds. With `again`, the same `src` is loaded again. A request for data made while
   *  it loads (setData, another src) wins: this load's answer is then dropped. */
  async #load(again = false) {
    const src = this.getAttribute('src');
    if (src === this.#src && !again) return;
    this.#src = src;
    const ticket = ++this.#request;
    if (src === null) {
      this.#schedule();
      return;
    }
    if (!src.trim()) {
      this.#wants();
      this.#refuse(new Error(this.#say('empty', src)));
      return;
    }
    let url;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      this.#refuse(new Error(`src: not a URL: ${src}`));
      return;
    }
    if (url.origin !== location.origin) {
      this.#refuse(new Error(`src: must be on this site (${location.origin}), got ${url.origin}`));
      return;
    }
    const seconds = this.timeout;
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), seconds * 1000);
    let data;
    try {
      const res = await fetch(url, { credentials: 'same-origin', signal: stop.signal });
      // a same-origin URL may redirect elsewhere: the rule holds for where the data came from
      const final = new URL(res.url || url.href).origin;
      if (final !== location.origin) {
        if (ticket === this.#request) this.#refuse(new Error(`src: must be on this site (${location.origin}), got ${final} after a redirect`));
        return;
      }
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      data = await res.json();
    } catch (e) {
      if (ticket !== this.#request) return; // a later request took over
      this.#wants();
      this.#refuse(new Error(stop.signal.aborted ? this.#say('timeout', src, seconds) : `src: could not load ${src}: ${e?.message ?? e}`));
      return;
    } finally {
      clearTimeout(timer);
    }
    if (ticket !== this.#request) return; // a later request won the race
    try {
      await this.#setData(data, ticket);
    } catch {
      // setData already shows the message
    }
  }

  /** A loading message in the widget's language (`what`: `empty`, `timeout`). */
  #say(what, src, seconds = 0) {
    try {
      return (this.#glue ?? glue).loadMessage(what, this.getAttribute('lang') || '', src, seconds);
    } catch {
      return `src: ${src}`; // no wasm to speak with
    }
  }

  /** The element's words in the language of `lang`, from the wasm (kept: a trapped
   *  instance cannot be asked again). */
  #words() {
    const lang = this.getAttribute('lang') || '';
    if (this.#ui.lang !== lang || !this.#ui.words) {
      try {
        this.#ui = { lang, words: (this.#glue ?? glue).uiWords(lang) };
      } catch {
        // the instance is gone: the words kept are the best there are
      }
    }
    return this.#ui.words;
  }

  /** Replaces the dataset (an object in the ipo-lens/1 format). Rejects with a message
   *  naming the JSON path when it is invalid; the last good data stays on screen. */
  async setData(data) {
    return this.#setData(data, ++this.#request);
  }

  /** setData for request `ticket`: once a later request for data is made, this one is
   *  dropped (it resolves without changing anything). */
  async #setData(data, ticket) {
    // a dataset at hand replaces the built-in story in the same task (a reader on one of its
    // points stays on the point there); one to wait for (a promise, a wasm to start again)
    // clears it now
    const later = typeof data?.then === 'function';
    this.#wants(later || broken.has(this.#glue));
    // a promise of a dataset: loading until it arrives
    if (later) {
      try {
        data = await data;
      } catch (e) {
        if (ticket !== this.#request) return;
        this.#refuse(new Error(`data: could not be loaded: ${e?.message ?? e}`));
        throw new Error(String(e?.message ?? e));
      }
    }
    await this.#woke; // the data waits for the widget to go live
    await boot();
    if (ticket !== this.#request) return; // a later request for data wins
    this.#ensureLens();
    // every problem of the data at once, in the widget's language
    const lang = this.getAttribute('lang') || '';
    let input;
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
      // As JSON text, through the same parser as a file: unknown keys are refused.
      // NaN and Infinity (which JSON cannot hold) stay visible as strings. Too large, it
      // is refused here, before it is copied into wasm memory (which never shrinks).
      let e = null;
      try {
        input = { json: toJson(data) };
        const max = sizeLimits().jsonBytes;
        // at most 3 UTF-8 bytes a UTF-16 unit: counted (natively) only when it may be over
        if (input.json.length * 3 > max) {
          const bytes = new TextEncoder().encode(input.json).length;
          if (bytes > max) e = this.#glue.tooLarge(bytes, lang);
        }
      } catch (thrown) {
        e = new Error(`data: cannot be written as JSON: ${thrown?.message ?? thrown}`); // a cycle, a BigInt
      }
      if (e) {
        this.#refuse(e);
        if (this.#data === null) this.#clearChart();
        throw refusal(e);
      }
    }
    try {
      if (!input) {
        input = { value: data };
        this.#lens.setData(data, lang); // says what it got instead of an object
      } else {
        this.#lens.setJson(input.json, lang);
      }
      this.#data = data;
      this.#generation++;
      this.#refused = null;
    } catch (e) {
      this.#refuse(e, input);
      // a refusal before any own data was accepted: nothing of another story stays
      if (this.#data === null) this.#clearChart();
      throw refusal(e);
    }
    this.#schedule();
  }

  /** Adds or replaces a price series for the price-path view: `x` times in ms since 1970
   *  (Float64Array or array), `y` prices in `currency` (an ISO 4217 code: CNY, HKD, USD, EUR, …). */
  async setSeries({ id, entity, currency, x, y }) {
    this.#dropFirstPicture(); // the built-in picture has no series of the page's
    await this.#woke; // the data waits for the widget to go live
    await boot();
    // a series with no dataset of the page's own goes with the built-in story
    if (this.#data === null) await builtIn(glue);
    this.#ensureLens();
    try {
      // the lengths first: a series over the limit is refused before it is copied into wasm
      this.#glue.checkSeriesLengths(String(id), Number(x?.length) || 0, Number(y?.length) || 0);
    } catch (e) {
      this.#refuse(e);
      throw refusal(e);
    }
    const xs = x instanceof Float64Array ? x : Float64Array.from(x);
    try {
      this.#feedSeries(String(id), String(entity), String(currency), xs, y instanceof Float64Array ? y : Float64Array.from(y));
      this.#generation++;
      this.#refused = null;
    } catch (e) {
      this.#refuse(e);
      throw refusal(e);
    }
    this.#schedule();
  }

  /** The SVG of the chart currently shown, standing alone (a list view drawn whole). */
  get svg() {
    return this.#whole()?.svg ?? '';
  }

  /** The current drawing as one standalone picture: a list view, whose items the page
   *  sets out as text, is drawn again with them (for downloads and `svg`). */
  #whole() {
    const r = this.#result;
    if (!r || !r.list.length || !this.#lens) return r;
    try {
      return this.#lens.render({ ...this.#spec(r.width), text_list: false });
    } catch {
      return r;
    }
  }

  /** The current view's data as CSV (with the source line). */
  get csv() {
    return this.#result?.csv ?? '';
  }

  /** Draws at the end of the current task (a microtask), before the frame it is in is
   *  painted: every change made in one task (attributes, data, a resize) is drawn once,
   *  in the same frame. */
  #schedule() {
    if (this.#pending || !this.isConnected) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.#render();
    });
  }

  #spec(width) {
    const num = (name) => {
      const v = Number(this.getAttribute(name));
      return this.hasAttribute(name) && v > 0 ? v : undefined;
    };
    // Every option goes to the core as written; it parses each once and names a bad one.
    return {
      view: this.getAttribute('view') || this.#tab,
      lang: this.getAttribute('lang') || '',
      metric: this.getAttribute('metric') || '',
      width: Math.min(width, MAX_CHART),
      currency: this.getAttribute('currency') || 'native',
      fx: num('fx'),
      lot: num('lot'),
      annualise: this.hasAttribute('annualise'),
      scale: this.getAttribute('scale') ?? undefined,
      dark: Boolean(this.#dark?.matches),
      text_list: true,
    };
  }

  #render() {
    if (!this.#lens || !this.isConnected) return;
    // A widget told to show a file shows that file or its error, never the built-in story.
    if ((this.hasAttribute('src') || this.#asked) && this.#data === null) return;
    if (this.#data === null && !givenBuiltIn.has(this.#glue) && !broken.has(this.#glue)) {
      // the built-in story, fetched the first time a widget shows it
      builtIn(this.#glue).then(() => this.#schedule(), (e) => this.#fail(e));
      return;
    }
    if (broken.has(this.#glue)) {
      // this widget's wasm instance trapped (here or in another widget): the next
      // drawing runs on a fresh one, with this widget's data set again
      this.#keepSeries();
      this.#lens = null;
      boot()
        .then(() => {
          // no fresh instance to be had (the offline file has one): reloading is the way
          if (broken.has(glue)) throw new Error(this.#words()?.internal_error ?? 'internal error');
          return this.#data === null ? builtIn(glue) : null;
        })
        .then(() => {
          this.#ensureLens();
          this.#schedule();
        })
        .catch((e) => this.#fail(e));
      return;
    }
    const p = this.#parts;
    const started = performance.now();
    const width = this.#width || Math.floor(this.getBoundingClientRect().width) || 640;
    if (!this.hasAttribute('view')) {
      // a dataset that cannot fill the current tab shows its first view instead
      const views = this.#lens.views();
      if (views.length && !views.includes(this.#tab)) this.#tab = views[0];
    }
    if (this.getAttribute('data-state') !== 'ready') {
      // going live: in view, the widget keeps the height it has as a picture (see #fitIn)
      const b = this.getBoundingClientRect();
      this.#fit = this.#seen(b) ? b.height : null;
      if (this.#fit) near?.observe(this);
    }
    const spec = this.#spec(width);
    const from = `${this.#generation} ${JSON.stringify(spec)}`;
    let r = this.#result;
    // another drawing than the one that went live: at its own height
    if (r && from !== this.#drawnFrom) this.#unfit();
    // a reader on a point (the keyboard's or a screen reader's focus) keeps it: see #place
    const held = this.#held();
    // the same data with the same options: the drawing on screen is that drawing already
    if (from !== this.#drawnFrom || !r) {
      this.#words(); // kept for a failure (no drawing to take them from)
      try {
        r = this.#lens.render(spec);
        this.#renderMarks(r.marks, r.list, r.foreign);
        this.#parts.after.replaceChildren(...r.after.map((line) => tagged('p', '', line, r.foreign)));
        p.chart.innerHTML = trustedSvg(r.svg);
      } catch (e) {
        this.#drawnFrom = null;
        this.#fail(e);
        return;
      }
      this.#drawnFrom = from;
    }
    // every word around the chart comes with the drawing, in its language, and so does the
    // font stack (CJK faces first for Chinese) and the language tag the text is in
    const text = r.ui;
    p.root.style.fontFamily = r.font;
    p.root.lang = r.lang;
    const before = this.#shown;
    this.#result = r;
    this.#hideTip();
    p.chart.setAttribute('aria-label', r.summary);
    p.marks.setAttribute('aria-label', r.title);
    this.#renderTabs(r, text, width);
    this.#renderControls(r, spec, text);
    p.tools.hidden = false;
    p.tableToggle.textContent = p.table.hidden ? text.table : text.hide_table;
    p.svgButton.textContent = text.svg;
    p.pngButton.textContent = text.png;
    p.csvButton.textContent = text.csv;
    p.close.textContent = text.close;
    p.summary.textContent = text.details;
    // shown before the focus is put back (a hidden chart, the loading state's, cannot take it)
    this.setAttribute('data-state', 'ready');
    // the open panel follows its point through a redraw (resize, language), or the focus
    // where that moved to another (see #refocus), or closes
    const at = held ? this.#refocus(held) : -1;
    const still = at >= 0 && this.#open !== null ? at : r.marks.findIndex((m) => m.id === this.#open);
    if (still >= 0) this.#fillPanel(still);
    else if (p.panel.contains(this.shadowRoot.activeElement)) {
      // a reader in a panel that closes: on the point in the tab order, else waiting in the widget
      this.#closePanel(false);
      this.#hush(p.marks.querySelector('[tabindex="0"]'));
      if (p.panel.hidden && !this.shadowRoot.activeElement) this.#standIn(0);
    } else this.#closePanel(false);
    // back to the tool or the panel's button (its point where the panel closed)
    if (this.#back && this.shadowRoot.activeElement === p.root) {
      this.#hush(this.#back, p.marks.querySelector('[tabindex="0"]'));
      if (this.shadowRoot.activeElement !== p.root) p.root.removeAttribute('tabindex');
    }
    this.#back = null;
    // the data table is built when it is shown (or shown again after a redraw)
    if (!p.table.hidden) this.#renderTable(r);
    else p.table.replaceChildren();
    this.#sayAgain();
    const refused = this.#refused;
    this.#showAlert([refused?.message, r.notice].filter(Boolean).join(refused?.problems ? '\n' : ' '), refused?.problems);
    // a new view or metric is announced by the new chart's title; a focused point that
    // stayed (its button kept) and says something new, by what it says now, once (a
    // point newly focused is said by the screen reader itself)
    const metric = r.controls.find((c) => c.kind === 'metric' && c.selected)?.id ?? '';
    this.#shown = `${r.view} ${metric}`;
    const say = before !== null && before !== this.#shown ? [r.title] : [];
    const now = at >= 0 && this.shadowRoot.activeElement === held.el && said(r.marks[at]);
    if (now && now !== held.said) say.push(now);
    if (say.length) p.live.textContent = say.join('. ');
    if (this.#reached) this.#answer(r);
    this.#dropFirstPicture();
    this.#fitIn();
    this.dispatchEvent(new CustomEvent('ipo-lens-ready', { detail: { view: r.view, lang: r.lang, ms: performance.now() - started }, bubbles: true, composed: true }));
  }

  /** One focusable hit box per data point, over the chart; the first is in the tab order
   *  (the arrow keys move it). Positioned through the CSSOM: a strict style-src allows it. */
  #renderMarks(marks, list = [], foreign = []) {
    const box = this.#parts.marks;
    // a list view: each point is its item, set out as text in the flow under the drawing
    box.classList.toggle('list', list.length > 0);
    if (list.length) {
      this.#boxes = null;
      this.#place(
        marks.map((m, i) => {
          const b = el('button', '', { type: 'button', class: 'mark', 'data-index': String(i), 'data-id': m.id, 'aria-label': m.label, tabindex: i === 0 ? '0' : '-1' });
          const item = list[i];
          const badge = el('span', 'badge', { 'aria-hidden': 'true' }, item.badge);
          badge.style.background = `var(--ipo-${item.tone})`;
          badge.style.color = `var(--ipo-on-${item.tone})`;
          b.append(badge, tagged('span', 'item-title', item.title, foreign), ...item.detail.map((d) => tagged('span', 'item-detail', d, foreign)));
          return b;
        }),
      );
      return;
    }
    const rects = coarse?.matches ? touchTargets(marks.map((m) => m.rect)) : marks.map((m) => m.rect);
    // the same boxes as on screen (another language, currency or metric over the same
    // bars): the buttons stay, with their focus; only what they say is set again
    const geometry = rects.map((q) => `${q.x},${q.y},${q.w},${q.h}`).join(' ');
    if (geometry === this.#boxes && box.children.length === marks.length) {
      marks.forEach((m, i) => {
        const b = box.children[i];
        if (b.dataset.id !== m.id) b.dataset.id = m.id;
        if (b.getAttribute('aria-label') !== m.label) b.setAttribute('aria-label', m.label);
      });
      return;
    }
    this.#boxes = geometry;
    this.#place(
      marks.map((m, i) => {
        const b = el('button', '', { type: 'button', class: 'mark', 'data-index': String(i), 'data-id': m.id, 'aria-label': m.label, tabindex: i === 0 ? '0' : '-1' });
        b.style.left = px(rects[i].x);
        b.style.top = px(rects[i].y);
        b.style.width = px(rects[i].w);
        b.style.height = px(rects[i].h);
        return b;
      }),
    );
  }

  /** The point that has the focus before a redraw (its button in the marks box: the
   *  focus is in the widget), where it is in the list and what it says; else null. The
   *  widget's root standing in for a point (see #refocus): that point's place, no button. */
  #held() {
    const a = this.shadowRoot.activeElement;
    const p = this.#parts;
    if (a === p.root) return a.dataset.index && { el: null, i: Number(a.dataset.index) };
    if (a?.parentNode !== p.marks) return null;
    const i = Number(a.dataset.index);
    return { el: a, i, said: said(this.#result?.marks[i]) };
  }

  /** Puts `buttons` in the marks box. The button that has the focus stays where its point
   *  is still drawn (the same id, the same one of the buttons with that id), made that
   *  point's button: the focus never leaves it (no blur, nothing said again). */
  #place(buttons) {
    const box = this.#parts.marks;
    const keep = this.#held()?.el;
    let j = -1;
    if (keep) {
      const id = keep.dataset.id;
      const nth = [...box.children].filter((b) => b.dataset.id === id).indexOf(keep);
      let k = 0;
      j = buttons.findIndex((b) => b.dataset.id === id && k++ === nth);
    }
    if (j < 0) return box.replaceChildren(...buttons);
    const b = buttons[j];
    for (const { name } of [...keep.attributes]) if (name !== 'style' && !b.hasAttribute(name)) keep.removeAttribute(name);
    for (const { name, value } of b.attributes) if (name !== 'style') keep.setAttribute(name, value);
    // through the CSSOM, which a strict style-src allows
    keep.style.cssText = b.style.cssText;
    keep.replaceChildren(...b.childNodes);
    for (const c of [...box.children]) if (c !== keep) c.remove();
    keep.before(...buttons.slice(0, j));
    keep.after(...buttons.slice(j + 1));
  }

  /** After a redraw, the focus where the reader left it (`held`, see #held): on its
   *  button where #place kept it, else on the point at the same place in the list (the
   *  last where the list is shorter), else on the widget's root, which keeps that place
   *  for the next drawing (#standIn); never on the page. Tab comes back to it. Returns
   *  the focused point's index, or -1. */
  #refocus(held) {
    const p = this.#parts;
    const bs = p.marks.children;
    let b = this.shadowRoot.activeElement;
    if (b !== held.el) {
      b = bs[Math.min(held.i, bs.length - 1)];
      if (!b) return this.#standIn(held.i);
      this.#hush(b);
    }
    // focusable only while it stands in (a click in the widget does not take the focus)
    p.root.removeAttribute('tabindex');
    for (const c of bs) c.tabIndex = c === b ? 0 : -1;
    return Number(b.dataset.index);
  }

  /** Focuses the widget's root in place of point `i`, none being drawn (a chart with no
   *  points, or the loading state): the next drawing puts the focus on the point at that
   *  place (see #held); '' for a tool (see #back). Returns -1. */
  #standIn(i) {
    const root = this.#parts.root;
    root.tabIndex = -1;
    root.dataset.index = i;
    this.#hush(root);
    return -1;
  }

  /** Focuses the first of `els` that can take the focus, opening nothing (the screen
   *  reader says where the focus went). */
  #hush(...els) {
    this.#quiet = true;
    for (const e of els) {
      e?.focus({ preventScroll: true });
      if (e && e === this.shadowRoot.activeElement) break;
    }
    this.#quiet = false;
  }

  /** The views: a tab bar (arrow keys, Home, End) where it fits, else a native menu. */
  #renderTabs(r, text, width) {
    const p = this.#parts;
    const fixed = this.hasAttribute('view');
    const narrow = width < NARROW;
    p.tabs.hidden = fixed || narrow;
    p.menu.hidden = fixed || !narrow;
    if (fixed) return;
    p.menuLabel.textContent = text.choose_view;
    const options = [...p.select.options].map((o) => `${o.value} ${o.textContent}`).join('\n');
    if (options !== r.views.map(([id, label]) => `${id} ${label}`).join('\n')) {
      p.select.replaceChildren(...r.views.map(([id, label]) => el('option', '', { value: id }, label)));
    }
    p.select.value = r.view;
    if (narrow) {
      p.tabs.replaceChildren();
      return;
    }
    p.tabs.setAttribute('aria-label', text.views);
    const focused = this.shadowRoot.activeElement?.closest?.('.tabs') ? this.shadowRoot.activeElement.dataset.view : null;
    p.tabs.replaceChildren(
      ...r.views.map(([id, label]) => el('button', '', { type: 'button', role: 'tab', 'data-view': id, 'aria-selected': String(id === r.view), tabindex: id === r.view ? '0' : '-1' }, label)),
    );
    if (focused) p.tabs.querySelector(`[data-view="${CSS_escape(focused)}"]`)?.focus();
  }

  /** The view's controls: the metrics, the scales and the currencies each one segmented
   *  control (a labelled group of toggle buttons); a toggle and the inputs beside them. */
  #renderControls(r, spec, text) {
    const p = this.#parts;
    const focused = this.shadowRoot.activeElement;
    const refocus = focused?.closest?.('.controls') ? `[data-kind="${focused.dataset.kind}"][data-id="${focused.dataset.id}"]` : null;
    const groups = { metric: text.metrics, scale: text.scale, currency: text.currency };
    const items = [];
    const seg = {};
    for (const c of r.controls) {
      if (c.kind === 'lot' || c.kind === 'fx') {
        const label = el('label');
        const input = el('input', '', { type: 'number', min: '0', step: c.kind === 'lot' ? '100' : '0.0001', 'data-kind': c.kind, 'data-id': c.id, inputmode: 'decimal' });
        const cur = this.getAttribute(c.kind);
        if (cur) input.value = cur;
        label.append(document.createTextNode(c.kind === 'lot' ? text.lot : text.fx), input);
        items.push(label);
        continue;
      }
      const b = el('button', '', { type: 'button', 'data-kind': c.kind, 'data-id': c.id, 'aria-pressed': String(c.selected) });
      if (c.kind === 'metric') b.setAttribute('data-metric', c.id);
      b.textContent = c.label;
      if (c.kind in groups) {
        if (!seg[c.kind]) {
          seg[c.kind] = el('div', 'seg', { role: 'group', 'aria-label': groups[c.kind], 'data-group': c.kind });
          items.push(seg[c.kind]);
        }
        seg[c.kind].append(b);
      } else items.push(b);
    }
    p.controls.replaceChildren(...items);
    p.controls.hidden = r.controls.length === 0;
    p.controls.setAttribute('aria-label', r.title);
    // the same control, else (another view) its selected metric, tab or menu, else its point
    if (refocus) this.#hush(p.controls.querySelector(refocus), p.controls.querySelector('[data-metric][aria-pressed="true"]'), p.tabs.querySelector('[aria-selected="true"]'), p.select, p.marks.querySelector('[tabindex="0"]'));
  }

  /** The data table: a row per point, figures and dates on one line, figures right-
   *  aligned; each source sentence given once, below, and referred to by its number. A
   *  column that tells no row apart (one series throughout, or items that are their
   *  periods) is left out: the caption says it. */
  #renderTable(r) {
    const p = this.#parts;
    const rows = r.marks.map((m) => m.row);
    const constant = rows.length > 1 && rows.every((w) => w.series === rows[0].series);
    const itemIsPeriod = rows.length > 0 && rows.every((w) => w.item === w.period);
    const figures = r.marks.every((m) => !m.present || figure(m.row.value));
    const columns = [
      { head: r.table_head[0], cell: (m) => [m.row.item, label(m.row.item)], shown: !itemIsPeriod },
      { head: r.table_head[1], cell: (m) => [m.row.series, label(m.row.series)], shown: !constant },
      { head: r.table_head[2], cell: (m) => [m.row.value, !m.present ? 'missing' : figure(m.row.value) ? 'num' : 'long'], cls: figures ? 'num' : 'text', shown: true },
      { head: r.table_head[3], cell: (m) => [m.row.period, 'date'], shown: true },
    ].filter((c) => c.shown);
    const table = el('table');
    const caption = el('caption', '', {}, r.title);
    const head = el('tr');
    for (const [h, cls] of [...columns.map((c) => [c.head, c.cls ?? 'text']), [r.table_head[4], 'ref']]) {
      head.append(el('th', cls, { scope: 'col' }, h ?? ''));
    }
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    const sentences = [];
    for (const m of r.marks) {
      const tr = el('tr');
      for (const c of columns) {
        const [v, cls] = c.cell(m);
        tr.append(tagged('td', cls, v, r.foreign));
      }
      const ref = el('td', 'ref');
      const q = m.tooltip.quote;
      if (q) {
        let n = sentences.indexOf(q);
        if (n < 0) n = sentences.push(q) - 1;
        ref.textContent = String(n + 1);
      }
      tr.append(ref);
      tbody.append(tr);
    }
    table.append(caption, thead, tbody);
    // wider than a phone: the table scrolls in its own box (focusable, for the keyboard),
    // the same box through a redraw (it keeps the focus and where it is scrolled to)
    const scroll = p.table.querySelector('.scroll') ?? p.table.appendChild(el('div', 'scroll', { role: 'region', tabindex: '0' }));
    scroll.setAttribute('aria-label', r.title);
    scroll.replaceChildren(table);
    while (scroll.nextSibling) scroll.nextSibling.remove();
    if (sentences.length) {
      const title = el('p', 'sentences-head', { id: 'sentences-head' }, r.ui.sentences);
      const list = el('ol', 'sentences', { 'aria-labelledby': 'sentences-head' });
      for (const q of sentences) {
        const li = el('li');
        if (r.quote_lang) li.lang = r.quote_lang;
        li.textContent = q;
        list.append(li);
      }
      p.table.append(title, list);
    }
  }

  #selectTab(view, focus) {
    if (view === this.#tab) return;
    this.#tab = view;
    // metric, scale and annualise belong to a view
    for (const a of ['metric', 'scale', 'annualise']) this.removeAttribute(a);
    this.#schedule();
    if (focus) requestAnimationFrame(() => requestAnimationFrame(() => this.#parts.tabs.querySelector(`[data-view="${CSS_escape(view)}"]`)?.focus()));
  }

  #tabKey(e) {
    const tabs = [...this.#parts.tabs.querySelectorAll('[role="tab"]')];
    const i = tabs.indexOf(e.target);
    if (i < 0) return;
    const j = moved(e.key, i, tabs.length, false);
    if (j === null) return;
    e.preventDefault();
    tabs[j].focus();
    this.#selectTab(tabs[j].dataset.view, true);
  }

  #control(b) {
    if (!b) return;
    const { kind, id } = b.dataset;
    if (kind === 'metric') this.setAttribute('metric', id);
    else if (kind === 'scale') this.setAttribute('scale', id);
    else if (kind === 'currency') this.setAttribute('currency', id);
    else if (kind === 'annualise') this.toggleAttribute('annualise');
  }

  #tool(kind) {
    const p = this.#parts;
    const r = this.#result;
    if (!kind || !r) return;
    if (kind === 'table') {
      p.table.hidden = !p.table.hidden;
      if (!p.table.hidden) this.#renderTable(r);
      p.tableToggle.setAttribute('aria-expanded', String(!p.table.hidden));
      p.tableToggle.textContent = r.ui[p.table.hidden ? 'table' : 'hide_table'];
      return;
    }
    const name = `ipo-lens-${r.view}`;
    if (kind === 'svg') download(new Blob([this.#whole().svg], { type: 'image/svg+xml' }), `${name}.svg`);
    else if (kind === 'csv') download(new Blob(['\ufeff', r.csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    else if (kind === 'png') this.png().then((blob) => download(blob, `${name}.png`)).catch((e) => this.#fail(e));
  }

  /** The chart as a PNG Blob at `scale` × its CSS size (2 by default, for sharp print;
   *  a number from 0.1 to 8). A chart too tall or too large for a canvas at that scale
   *  (a side over 32,767 px, or over 268 million pixels) is exported at the largest
   *  scale that fits. */
  png(scale = 2) {
    if (typeof scale !== 'number' || !(scale >= 0.1 && scale <= 8)) {
      const got = typeof scale === 'string' ? JSON.stringify(scale.slice(0, 40)) : String(scale);
      return Promise.reject(new RangeError(`png: the scale must be a number from 0.1 to 8, got ${got}`));
    }
    const r = this.#whole();
    if (!r) return Promise.reject(new Error('nothing drawn yet'));
    scale = Math.min(scale, CANVAS_SIDE / r.width, CANVAS_SIDE / r.height, Math.sqrt(CANVAS_AREA / (r.width * r.height)));
    return new Promise((resolve, reject) => {
      const url = URL.createObjectURL(new Blob([r.svg], { type: 'image/svg+xml' }));
      const img = new Image();
      img.onload = () => {
        const canvas = el('canvas');
        canvas.width = Math.floor(r.width * scale);
        canvas.height = Math.floor(r.height * scale);
        const ctx = canvas.getContext('2d');
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0, r.width, r.height);
        URL.revokeObjectURL(url);
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
      };
      img.onerror = () => {
        URL.revokeObjectURL(url);
        reject(new Error('the SVG could not be rasterised'));
      };
      img.src = url;
    });
  }

  /** Data was refused: say why until good data arrives; the last good chart stays.
   *  `input` (`{json}` or `{value}`) lets the problems be said again in another language. */
  #refuse(e, input = null) {
    const problems = Array.isArray(e?.problems) ? e.problems : null;
    this.#refused = { message: String(e?.message ?? e), problems, input, lang: this.getAttribute('lang') || '' };
    this.#fail(e);
  }

  /** A refused dataset's problems in the widget's current language (after a `lang`
   *  change), read again by a scratch Lens: the widget's own data is not touched. */
  #sayAgain() {
    const r = this.#refused;
    const lang = this.getAttribute('lang') || '';
    if (!r?.problems || !r.input || r.lang === lang) return;
    const scratch = new glue.Lens();
    try {
      if ('json' in r.input) scratch.setJson(r.input.json, lang);
      else scratch.setData(r.input.value, lang);
    } catch (e) {
      if (Array.isArray(e?.problems)) Object.assign(r, { message: String(e.message), problems: e.problems, lang });
    } finally {
      scratch.free();
    }
  }

  /** The alert: a message, or a refused dataset's problems as a list (the message's first
   *  line, then each problem: its JSON path and what is wrong there), set as text only. */
  #showAlert(message, problems = null) {
    const a = this.#parts.alert;
    a.hidden = !message;
    if (!problems?.length) {
      a.textContent = message;
      return;
    }
    const lines = message.split('\n');
    const heading = el('p', '', {}, lines[0]);
    const list = el('ul');
    for (const pr of problems) {
      const li = el('li', pr.severity === 'warning' ? 'warning' : '');
      if (pr.path && pr.line.startsWith(pr.path)) {
        li.append(el('code', '', {}, pr.path), pr.line.slice(pr.path.length));
      } else {
        li.textContent = pr.line;
      }
      list.append(li);
    }
    // anything after the problems (a notice of the drawing) follows them
    const rest = lines.slice(1 + problems.length).join(' ');
    a.replaceChildren(heading, list, ...(rest ? [el('p', '', {}, rest)] : []));
  }

  #fail(e) {
    let msg = String(e?.message ?? e);
    let technical;
    if (e instanceof WebAssembly.RuntimeError) {
      // a panic in the core (a bug): the reader gets a plain sentence in the widget's
      // language; what it was (the panic's text, with the compiler's file paths) goes to
      // the event's detail and the console. This instance cannot be used after it, the
      // next drawing of any widget on it gets a fresh one.
      const words = this.#words();
      const g = this.#glue ?? glue;
      broken.add(g);
      if (g === glue) booting = null;
      let why = null;
      try { why = g.lastPanic(); } catch { /* the instance is gone */ }
      technical = String(why ?? msg);
      msg = words?.internal_error ?? 'internal error';
      console.error(`ipo-lens: internal error: ${technical}`);
    }
    const problems = Array.isArray(e?.problems) ? e.problems : undefined;
    this.#showAlert(msg, problems);
    // The last good chart stays on screen; only a widget that never drew is in error.
    if (!this.#result) this.setAttribute('data-state', 'error');
    const detail = { message: msg, ...(problems ? { problems } : {}), ...(technical ? { technical } : {}) };
    this.dispatchEvent(new CustomEvent('ipo-lens-error', { detail, bubbles: true, composed: true }));
  }

  /** Opens the docked panel on the point `target` is in, and announces it. */
  #pointAt(target) {
    const b = target?.closest?.('.mark');
    if (!b || !this.#result) return;
    this.#hideTip();
    this.#fillPanel(Number(b.dataset.index));
    const m = this.#result.marks[Number(b.dataset.index)];
    if (m) this.#parts.live.textContent = said(m);
  }

  /** The floating tooltip for the point under the mouse: title and the short lines only,
   *  placed beside the pointer and kept inside the widget and the viewport. */
  #hover(e) {
    const b = e.target?.closest?.('.mark');
    const r = this.#result;
    if (!b || !r) return;
    const i = Number(b.dataset.index);
    const m = r.marks[i];
    if (!m) return;
    this.#fillTip(String(i), m.tooltip.title, m.tooltip.lines, r.foreign);
    this.#placeTip(e.clientX, e.clientY);
  }

  /** The tooltip shows `title` and `lines` (point `key`; filled again only for another). */
  #fillTip(key, titleText, lines, foreign) {
    const tip = this.#parts.tip;
    if (!tip.hidden && tip.dataset.index === key) return;
    const list = el('ul');
    list.append(...lines.map((line) => tagged('li', '', line, foreign)));
    tip.replaceChildren(tagged('strong', '', titleText, foreign), list);
    tip.dataset.index = key;
    tip.hidden = false;
  }

  /** Puts the tooltip below right of (x, y), flipped left or up where it would leave the
   *  widget or the viewport, then clamped to both: measured, not estimated. */
  #placeTip(x, y) {
    const { tip, root } = this.#parts;
    const host = this.getBoundingClientRect();
    const view = this.ownerDocument.documentElement;
    const pad = 4;
    const box = {
      left: Math.max(host.left, 0) + pad,
      top: Math.max(host.top, 0) + pad,
      right: Math.min(host.right, view.clientWidth || innerWidth) - pad,
      bottom: Math.min(host.bottom, view.clientHeight || innerHeight) - pad,
    };
    // measured at the stage's corner, where nothing narrows it
    tip.style.left = '0px';
    tip.style.top = '0px';
    tip.style.maxWidth = `${Math.max(120, Math.min(320, box.right - box.left))}px`;
    tip.style.maxHeight = '';
    let { width: w, height: h } = tip.getBoundingClientRect();
    if (h > box.bottom - box.top) {
      // taller than the room there is (a long name): as wide as the widget, and cut at its
      // height; the docked panel (a click, a tap or Enter away) holds it whole
      tip.style.maxWidth = `${Math.max(120, box.right - box.left)}px`;
      tip.style.maxHeight = `${Math.max(40, box.bottom - box.top)}px`;
      ({ width: w, height: h } = tip.getBoundingClientRect());
    }
    const gap = 14;
    let left = x + gap;
    if (left + w > box.right) left = x - gap - w;
    left = Math.max(box.left, Math.min(left, box.right - w));
    let top = y + gap + 6;
    if (top + h > box.bottom) top = y - gap - h;
    top = Math.max(box.top, Math.min(top, box.bottom - h));
    const s = root.getBoundingClientRect();
    tip.style.left = px(left - s.left);
    tip.style.top = px(top - s.top);
  }

  /** A widget that went live in view keeps the height it had as a picture (#fit), so that
   *  nothing after it moves: room is left under a shorter live widget, and a taller one's
   *  chart is drawn a little smaller, scaled by a transform (which moves nothing either),
   *  never below FIT_SCALE, where the text would be too small to read: past that, the
   *  tools row waits (`level` 1), then the options (2), then the views take one short row
   *  (3: the menu, 32 px, where a tab bar or a 44 px menu was), then they wait too (4: the
   *  chart alone, live, as the picture was). Its own height, and all of it, comes with the
   *  reader's first click or key in it (a shift the reader caused), when it leaves the
   *  viewport or when its width changes. The room under a shorter one goes as soon as it,
   *  and all that follows the widget, is below the fold (see #roomUnseen). */
  #fitIn(level = 0) {
    const { root, stage } = this.#parts;
    root.style.paddingBottom = stage.style.transform = stage.style.marginBottom = '';
    root.dataset.fit = level;
    root.toggleAttribute('data-views', !this.hasAttribute('view'));
    this.#parts.tools.hidden = !this.#result;
    const s = this.#fit && stage.getBoundingClientRect().height;
    if (!s) return; // not fitted, or no chart drawn yet
    const over = this.getBoundingClientRect().height - this.#fit;
    if (over <= 0) {
      root.style.paddingBottom = px(-over);
      if (this.#roomUnseen()) this.#unfit();
      else if (over < 0) this.ownerDocument.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    } else if (s - over >= s * FIT_SCALE) {
      stage.style.transform = `scale(${(s - over) / s})`;
      stage.style.marginBottom = px(-over);
    } else if (level < 4) this.#fitIn(level + 1);
    else this.#unfit();
  }

  /** Whether the room left under a fitted widget, and all that follows the widget, is below
   *  the fold: giving the room up then moves nothing the reader sees. */
  #roomUnseen() {
    const room = parseFloat(this.#parts.root.style.paddingBottom) || 0;
    return room > 0 && this.getBoundingClientRect().bottom - room >= this.ownerDocument.documentElement.clientHeight;
  }

  /** While room is left under a fitted widget: the page scrolled (the reader going back up,
   *  say), the room goes once it is below the fold. */
  #onScroll = () => {
    if (this.#roomUnseen()) this.#unfit();
  };

  /** Whether a change of the widget's height (its box `b`) would move what the reader
   *  sees: it is in view and something is laid out after it on the page (alone on its
   *  page, as in an iframe embed, it moves nothing). */
  #seen(b) {
    const doc = this.ownerDocument;
    if (!(b.height > 0 && b.bottom > 0 && b.top < doc.documentElement.clientHeight)) return false;
    for (let n = this; n && n !== doc.body; n = n.parentElement ?? n.getRootNode().host) {
      for (let s = n.nextElementSibling; s; s = s.nextElementSibling) if (s.getClientRects().length) return true;
    }
    return false;
  }

  /** The widget at its own height (see #fitIn). What the reader pressed to cause it
   *  (#pressed) stays where it was on screen: the page is scrolled by what came above it
   *  (the options and views), as the browser's scroll anchoring would, so the point under
   *  the reader's finger or pointer is still the one they pressed. */
  #unfit() {
    this.ownerDocument.removeEventListener('scroll', this.#onScroll, { capture: true });
    if (this.#fit === null) return;
    this.#fit = null;
    near?.unobserve(this);
    this.#fitIn();
    const [pressed, was] = this.#pressed ?? [];
    const by = pressed ? middle(pressed) - was : NaN;
    if (by) this.ownerDocument.defaultView?.scrollBy(0, by);
  }

  #hideTip() {
    const tip = this.#parts.tip;
    tip.hidden = true;
    delete tip.dataset.index;
  }

  /** Shows point `i` in the docked panel under the chart. */
  #fillPanel(i) {
    const r = this.#result;
    const m = r?.marks[i];
    if (!m) return;
    const p = this.#parts;
    this.#open = m.id;
    for (const b of p.marks.children) {
      const on = Number(b.dataset.index) === i;
      b.classList.toggle('active', on);
      if (on) b.setAttribute('aria-describedby', 'panel-lines');
      else b.removeAttribute('aria-describedby');
    }
    p.panelTitle.replaceChildren(...marked(m.tooltip.title, r.foreign));
    p.panelLines.replaceChildren(...m.tooltip.lines.map((line) => tagged('li', '', line, r.foreign)));
    p.detailLines.replaceChildren(...m.tooltip.details.map((line) => tagged('li', '', line, r.foreign)));
    p.detailLines.hidden = m.tooltip.details.length === 0;
    p.quote.textContent = m.tooltip.quote;
    if (r.quote_lang) p.quote.lang = r.quote_lang;
    else p.quote.removeAttribute('lang');
    p.quoteBox.hidden = !m.tooltip.quote;
    p.more.hidden = m.tooltip.details.length === 0 && !m.tooltip.quote;
    p.panel.hidden = false;
    this.#fitIn();
  }

  /** Closes the panel; with `refocus`, focus goes back to its point (opening nothing). */
  #closePanel(refocus) {
    const p = this.#parts;
    const i = [...p.marks.children].findIndex((b) => b.classList.contains('active'));
    p.panel.hidden = true;
    this.#open = null;
    for (const b of p.marks.children) {
      b.classList.remove('active');
      b.removeAttribute('aria-describedby');
    }
    if (refocus && i >= 0) {
      this.#quiet = true;
      p.marks.children[i].focus();
      this.#quiet = false;
    }
  }

  #key(e) {
    this.#pressing = false; // a press that ended off the points is over
    const buttons = this.#parts.marks.children;
    const n = buttons.length;
    if (!n) return;
    const cur = Math.max(0, Number(e.target?.dataset?.index ?? 0));
    const next = moved(e.key, cur, n, true);
    if (next === null) return;
    e.preventDefault();
    for (const b of buttons) b.tabIndex = -1;
    buttons[next].tabIndex = 0;
    buttons[next].focus();
  }
}

/** Where `key` moves the focus in a row of `n` from `i`: the arrows wrap round (with
 *  `updown`, ArrowUp and ArrowDown as well), Home and End go to the ends; null for another
 *  key. */
function moved(key, i, n, updown) {
  if (key === 'ArrowRight' || (updown && key === 'ArrowDown')) return (i + 1) % n;
  if (key === 'ArrowLeft' || (updown && key === 'ArrowUp')) return (i - 1 + n) % n;
  if (key === 'Home') return 0;
  return key === 'End' ? n - 1 : null;
}

/** Whether the point (`x`, `y`) is in the box `q` (`{x, y, w, h}`), its edges included. */
function within(q, x, y) {
  return x >= q.x && x <= q.x + q.w && y >= q.y && y <= q.y + q.h;
}

/** What point `m` says to a screen reader (its tooltip's title and short lines), or ''. */
function said(m) {
  return m ? [m.tooltip.title, ...m.tooltip.lines].join('. ') : '';
}

/** The class of a name cell: a short name (a company, a series) is not broken between
 *  its characters; a longer one wraps as text does. */
function label(v) {
  return [...v].length <= 8 ? 'text short' : 'text';
}

/** Whether a table value is a figure (kept on one line, right-aligned): it has a digit
 *  and is not a sentence or phrase — no final full stop, no run of five Han characters,
 *  no four Latin words in a row ("8.22亿元", "over CN¥5 billion", "112.55%–112.56% /
 *  118.19%–119.36%" are figures; "BR106 went into mass production in January 2023." and
 *  "下一代旗舰芯片BR20X计划2026年上市" are texts). */
function figure(v) {
  return /\d/.test(v) && !/[.。!?！？]$/.test(v) && !/\p{Script=Han}{5}/u.test(v) && !/[A-Za-z]{2,}(\s+[A-Za-z]{2,}){3}/.test(v);
}

const coarse = typeof matchMedia === 'function' ? matchMedia('(pointer: coarse)') : null;

/** The hit-box file of the picture the browser chose to show in the fallback `own` (`img`
 *  in it): the `data-marks` of the `<source>` that names the picture shown (a
 *  `<picture>`'s, chosen by its `media`), else `img`'s own where it shows its `src` (or is
 *  an inline `<svg>`); null where it shows another picture (an `srcset`'s) whose boxes are
 *  not named: no tooltip rather than another picture's. */
function chosenMarks(own, img) {
  const marks = img.getAttribute('data-marks');
  if (img.localName !== 'img') return marks;
  const shown = img.currentSrc;
  if (!shown) return own === img && !img.hasAttribute('srcset') ? marks : null;
  if (own !== img) {
    for (const s of own.querySelectorAll('source')) {
      const named = (s.getAttribute('srcset') ?? '').split(',').map((c) => absolute(c.trim().split(/\s+/)[0], img.ownerDocument));
      if (named.includes(shown)) return s.getAttribute('data-marks');
    }
  }
  return shown === img.src ? marks : null;
}

/** `href` resolved against the document's address, or null where it is no URL. */
function absolute(href, doc) {
  try {
    return new URL(href, doc.baseURI).href;
  } catch {
    return null;
  }
}

/** A static picture's hit boxes as `chart::hit_boxes` writes them (`{width, height, lang,
 *  font, foreign, marks: [[x, y, w, h, title, [line, …]], …]}`), checked: null where `j`
 *  is not such a file; a point that is not well formed is left out. Text only, set with
 *  textContent. */
function hitBoxes(j) {
  const num = (v) => typeof v === 'number' && Number.isFinite(v);
  const str = (v) => typeof v === 'string';
  if (!j || typeof j !== 'object' || !(j.width > 0) || !(j.height > 0) || !num(j.width) || !num(j.height) || !Array.isArray(j.marks)) return null;
  const marks = j.marks.filter((m) => Array.isArray(m) && m.length >= 6 && m.slice(0, 4).every(num) && str(m[4]) && Array.isArray(m[5]) && m[5].every(str));
  const foreign = Array.isArray(j.foreign) ? j.foreign.filter((f) => Array.isArray(f) && str(f[0]) && str(f[1])) : [];
  return { width: j.width, height: j.height, lang: str(j.lang) ? j.lang : '', font: str(j.font) ? j.font : '', foreign, marks };
}

/** On a touch screen, each point's box grown towards 44 × 44 px (centred on the point),
 *  but never further than halfway to another point's box, so that a finger on a point
 *  always gets that point. */
function touchTargets(rects) {
  const MIN = 44;
  return rects.map((r, i) => {
    let [left, right, top, bottom] = [r.x, r.x + r.w, r.y, r.y + r.h];
    const grow = (size) => Math.max(0, (MIN - size) / 2);
    const gw = grow(r.w);
    const gh = grow(r.h);
    let [gl, gr, gt, gb] = [gw, gw, gh, gh];
    rects.forEach((o, j) => {
      if (j === i) return;
      const overlapsY = o.y < bottom + gh && o.y + o.h > top - gh;
      const overlapsX = o.x < right + gw && o.x + o.w > left - gw;
      if (overlapsY && o.x >= right) gr = Math.min(gr, (o.x - right) / 2);
      if (overlapsY && o.x + o.w <= left) gl = Math.min(gl, (left - o.x - o.w) / 2);
      if (overlapsX && o.y >= bottom) gb = Math.min(gb, (o.y - bottom) / 2);
      if (overlapsX && o.y + o.h <= top) gt = Math.min(gt, (top - o.y - o.h) / 2);
    });
    left -= gl; right += gr; top -= gt; bottom += gb;
    return { x: left, y: top, w: right - left, h: bottom - top };
  });
}

/** The error a refused setData rejects with: the message (every problem, one a line, under
 *  a count) and, for a refused dataset, `problems` as data. */
function refusal(e) {
  const err = new Error(String(e?.message ?? e));
  if (Array.isArray(e?.problems)) err.problems = e.problems;
  return err;
}

/** The limits checked before anything is copied into wasm (`{jsonBytes, points}`). */
let limited = null;
function sizeLimits() {
  limited ??= glue.limits();
  return limited;
}

/** JSON text of a dataset object. NaN and Infinity (which JSON cannot hold) become strings
 *  so the message names them; a replacer overflows the stack on very deep data, where the
 *  plain (iterative) stringify is used instead. */
function toJson(data) {
  try {
    return JSON.stringify(data, (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
  } catch (e) {
    if (e instanceof RangeError) return JSON.stringify(data);
    throw e;
  }
}

/** `text` as strings and elements to append, with each dataset text that is in another language than the
 *  reader's (`foreign`: [text, tag] pairs from the core) in a span with its `lang`, so a
 *  screen reader reads it in that language. Text only: never parsed as HTML. */
function marked(text, foreign) {
  let parts = [text];
  for (const [t, tag] of foreign ?? []) {
    if (!t) continue;
    parts = parts.flatMap((p) => {
      if (typeof p !== 'string' || !p.includes(t)) return [p];
      return p.split(t).flatMap((s, i) => (i === 0 ? [s] : [el('span', '', { lang: tag }, t), s]));
    });
  }
  return parts.filter((p) => p !== '');
}

/** A `tag` element (class `cls`) holding `text`, marked as [marked] marks it. */
function tagged(tag, cls, text, foreign) {
  const e = el(tag, cls);
  e.append(...marked(text, foreign));
  return e;
}

function CSS_escape(s) {
  return globalThis.CSS?.escape ? globalThis.CSS.escape(s) : String(s).replace(/[^a-zA-Z0-9_-]/g, '');
}

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = el('a', '', { href: url, download: filename, hidden: '' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

if (typeof customElements === 'object' && customElements && !customElements.get('ipo-lens')) {
  customElements.define('ipo-lens', IpoLensElement);
}
