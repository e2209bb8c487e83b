// The single offline HTML file: one self-contained page that works from file:// with no
// network at all. The wasm-bindgen glue and the element are inlined as one module script
// and the wasm as base64 handed to initSync (Chromium will not fetch a .wasm, or import a
// module, from a file:// page). The default dataset is compiled into the wasm; a story's
// own dataset is built in as JSON (escaped for the page).
//
// Shipped in the npm package (`npx ipo-lens offline story.json`) and used by the
// repository's `make offline` (scripts/offline.mjs): one implementation. It reads the
// package's files next to itself.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const here = (name) => new URL(`./${name}`, import.meta.url);
/** The languages the page offers, each named in itself (as the demo page does). */
const LANGS = [['zh', '简体'], ['zh-Hant', '繁體'], ['en', 'English']];

/** Text inside a <script> element must not close it. */
const scriptSafe = (s) => s.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
/** JSON inside a <script> element: "<", ">" and "&" written with JSON escapes. */
const jsonSafe = (s) => s.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/**
 * The page as a string.
 * @param {{data?: string|null, view?: string, lang?: string}} options `data`: the dataset's
 *   JSON text (a byte-order mark is dropped), or none for the built-in story; `view` and
 *   `lang`: the element's attributes (`lang` zh, zh-Hant or en; default zh).
 */
export function offlineHtml({ data = null, view = '', lang = 'zh' } = {}) {
  const wasm = readFileSync(here('ipo_lens_bg.wasm'));
  const json = data == null ? null : JSON.stringify(JSON.parse(data.replace(/^\uFEFF/, '')));
  const tag = LANGS.some(([t]) => t === lang) ? lang : 'zh';
  const style = `body { margin: 0; padding: 12px; background: #f6f7f9; font: 14px/1.4 system-ui, sans-serif; } ipo-lens { max-width: 960px; margin: 0 auto; padding: 12px; border-radius: 8px; }
.langs { display: flex; justify-content: flex-end; gap: 4px; max-width: 960px; margin: 0 auto 8px; }
.langs button { font: inherit; font-size: 13px; padding: 4px 10px; min-height: 30px; border: 1px solid #8a9099; border-radius: 4px; background: #fff; color: #1a1a1a; cursor: pointer; }
.langs button[aria-pressed="true"] { background: #1a1a1a; color: #fff; border-color: #1a1a1a; }
.langs button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }`;
  const script = `
${scriptSafe(widgetModule())}
// the language control: the widget and the page follow the pressed language
for (const b of document.querySelectorAll('.langs button')) {
  b.addEventListener('click', () => {
    document.querySelector('ipo-lens').setAttribute('lang', b.dataset.lang);
    document.documentElement.lang = b.dataset.lang;
    for (const o of document.querySelectorAll('.langs button')) o.setAttribute('aria-pressed', String(o === b));
  });
}
const given = document.getElementById('ipo-lens-data');
if (given) document.querySelector('ipo-lens').setData(JSON.parse(given.textContent)).catch(() => {});
`;
  const csp = offlineCsp({ script, style });
  const attrs = [view ? `view="${view.replace(/[^a-z-]/g, '')}"` : '', `lang="${tag}"`].filter(Boolean).join(' ');
  return `<!doctype html>
<html lang="${tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ipo-lens (offline)</title>
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="icon" href="data:,">
<style>${style}</style>
</head>
<body>
<div class="langs" role="group" aria-label="语言 / 語言 / Language">
${LANGS.map(([t, name]) => `<button type="button" data-lang="${t}" lang="${t}" aria-pressed="${t === tag}">${name}</button>`).join('\n')}
</div>
<ipo-lens ${attrs}></ipo-lens>
<script type="application/octet-stream;base64" id="ipo-lens-wasm">${wasm.toString('base64')}</script>
${json ? `<script type="application/json" id="ipo-lens-data">${jsonSafe(json)}</script>` : `<script type="application/json" id="ipo-lens-builtin">${jsonSafe(readFileSync(here('data/biren-2026.json'), 'utf8'))}</script>`}
<script type="module">${script}</script>
</body>
</html>
`;
}

/** A wasm-bindgen glue module's text with its exports made plain declarations (to run in
 *  a scope of its own inside its caller's module), and what it exported by name as an
 *  object literal's text (`{ Lens, initSync: I }`: the minified glue exports some of its
 *  functions under a shortened name). */
function inlineGlue(glue) {
  const names = [];
  for (const m of glue.matchAll(/^export (?:function|class|const|let) (\w+)/gm)) names.push(m[1]);
  for (const m of glue.matchAll(/^export \{([^}]*)\};?\s*$/gm)) {
    for (const part of m[1].split(',')) {
      const [local, name = local] = part.trim().split(/\s+as\s+/);
      if (local && name !== 'default') names.push(name === local ? name : `${name}: ${local}`);
    }
  }
  const code = glue
    .replace(/^export (function|class|const|let) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?\s*$/gm, '')
    .replace(/^export default [^;]+;\s*$/gm, '');
  if (/^\s*export\s/m.test(code) || /^\s*import\s/m.test(code)) {
    throw new Error('offline: the wasm-bindgen glue has an export or import this builder does not understand');
  }
  return { code, exports: `{ ${names.join(', ')} }` };
}

/** The widget's glue and element as one module whose wasm comes from the page's
 *  `#ipo-lens-wasm` (base64) through initSync. */
function widgetModule() {
  const { code, exports } = inlineGlue(readFileSync(here('ipo_lens.js'), 'utf8'));
  const element = readFileSync(here('ipo-lens.js'), 'utf8');
  const start = element.indexOf('// boot:start');
  const end = element.indexOf('// boot:end');
  if (start < 0 || end < 0) throw new Error('offline: boot markers missing from ipo-lens.js');
  // The wasm's SHA-256, checked before it is instantiated: a file damaged in transit or
  // by hand (one changed character of the base64 can rename a company) shows an error
  // instead of a chart.
  const sha256 = createHash('sha256').update(readFileSync(here('ipo_lens_bg.wasm'))).digest('hex');
  // It declares no name that the element's own region does not (the minifier keeps those,
  // and gives no other name of the element one of them); the glue's names stay in a scope
  // of their own.
  const offlineBoot = `
/** The inlined glue, in a scope of its own: one instance for the page (a second initSync
 *  would reuse it). */
const glue = (() => {
${code}
return ${exports};
})();
let booting = null;
/** No built-in static pictures beside a single file. */
function firstPicture() {
  return null;
}
/** The built-in story's dataset, written into a file made without a dataset of its own. */
function builtInJson() {
  const text = document.getElementById('ipo-lens-builtin')?.textContent;
  return text ? Promise.resolve(text) : Promise.reject(new Error('this offline file has no built-in story'));
}
/** Instantiates the inlined wasm (no fetch: this page may be on file://), once its
 *  SHA-256 matches the one written when the file was made. */
function boot() {
  /** The error of a damaged file, in the page's language. */
  const damaged = () => {
    const says = {
      zh: '此离线文件已损坏（图表程序的校验值不符），无法显示图表。请重新获取该文件。',
      'zh-Hant': '此離線檔案已損壞（圖表程式的校驗值不符），無法顯示圖表。請重新取得該檔案。',
      en: 'This offline file is damaged (the chart program does not match its checksum), so no chart is shown. Get the file again.',
    };
    return new Error(says[document.documentElement.lang] ?? says.en);
  };
  booting ??= (async () => {
    const b64 = document.getElementById('ipo-lens-wasm')?.textContent.trim() ?? '';
    let bytes;
    try {
      bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    } catch {
      throw damaged();
    }
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    if (hex !== '${sha256}') throw damaged();
    glue.initSync({ module: bytes });
  })();
  return booting;
}
`;
  return `${element.slice(0, start)}${offlineBoot}${element.slice(end + '// boot:end'.length)}`;
}

/**
 * The studio (studio/studio.html, .css, .js of the package) as one page that works from
 * file:// with no network: the studio's module with the checker build's glue inlined and
 * its wasm as base64 (initSync), the widget for the preview as in [offlineHtml], and the
 * widget's sources for the studio's own "offline file" button (it cannot fetch them there).
 */
export function offlineStudioHtml() {
  const page = readFileSync(here('studio/studio.html'), 'utf8');
  const css = readFileSync(here('studio/studio.css'), 'utf8');
  const studio = readFileSync(here('studio/studio.js'), 'utf8');
  const cli = inlineGlue(readFileSync(here('ipo_lens_cli.js'), 'utf8'));
  const importLine = /^import init, \* as core from '[^']+';\s*$/m;
  if (!importLine.test(studio) || /^\s*import\s/m.test(studio.replace(importLine, ''))) {
    throw new Error('offline: studio.js imports something other than the checker glue');
  }
  // the glue in a scope of its own: its helpers' names (start, wasm…) stay apart from the studio's
  const checker = `const core = (() => {
${cli.code}
return ${cli.exports};
})();
/** The checker's wasm from the page (base64), synchronously: no fetch on file://. */
async function init() {
  const b64 = document.getElementById('ipo-lens-cli-wasm').textContent.trim();
  core.initSync({ module: Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)) });
}
`;
  const widgetWasm = readFileSync(here('ipo_lens_bg.wasm')).toString('base64');
  const sources = { 'ipo_lens.js': readFileSync(here('ipo_lens.js'), 'utf8'), 'ipo-lens.js': readFileSync(here('ipo-lens.js'), 'utf8') };
  const body = page.slice(page.indexOf('<body>') + '<body>'.length, page.lastIndexOf('</body>'));
  const head = page.slice(0, page.indexOf('<body>'))
    .replace(/<script\b[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="stylesheet" href="studio\.css">/, () => `<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`)
    .replace(/<!--[\s\S]*?-->\s*/g, '');
  if (/<script|<link rel="stylesheet"/.test(head)) throw new Error('offline: studio.html loads something this builder does not inline');
  return `${head}<body>${body}
<script type="application/octet-stream;base64" id="ipo-lens-wasm">${widgetWasm}</script>
<script type="application/octet-stream;base64" id="ipo-lens-cli-wasm">${readFileSync(here('ipo_lens_cli_bg.wasm')).toString('base64')}</script>
<script type="application/json" id="ipo-lens-sources">${jsonSafe(JSON.stringify(sources))}</script>
<script type="module">
${scriptSafe(widgetModule())}
</script>
<script type="module">
${scriptSafe(checker)}
${scriptSafe(studio.replace(importLine, ''))}
</script>
</body>
</html>
`;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy the offline file runs under, with the hashes of its one
 * script and its one style element: nothing else runs, nothing is fetched ('none' for
 * every other source), the wasm is compiled from the page's own bytes
 * ('wasm-unsafe-eval'), pictures only from data: and blob: URLs (the favicon, the PNG
 * export), and HTML only through the element's Trusted Types policy. The file carries it
 * as a <meta> tag; a server may send the same string as a header (docs/offline-csp.md).
 * @param {{script: string, style: string}} inline the exact texts of the two elements
 */
export function offlineCsp({ script, style }) {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}
