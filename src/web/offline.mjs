// The single offline HTML file: one self-contained page that works from file:// with no
// network at all. The wasm-bindgen glue and the element are inlined as one module script
// and the wasm as base64 handed to initSync (Chromium will not fetch a .wasm, or import a
// module, from a file:// page). The default dataset is compiled into the wasm; a story's
// own dataset is built in as JSON (escaped for the page).
//
// Shipped in the npm package (`npx ipo-lens offline story.json`) and used by the
// repository's `make offline` (scripts/offline.mjs): one implementation. It reads the
// package's files next to itself.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const here = (name) => new URL(`./${name}`, import.meta.url);

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
  const glue = readFileSync(here('ipo_lens.js'), 'utf8');
  const element = readFileSync(here('ipo-lens.js'), 'utf8');
  const wasm = readFileSync(here('ipo_lens_bg.wasm'));

  // The glue's exports become plain declarations in the one module.
  const inlineGlue = glue
    .replace(/^export (function|class|const|let) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?\s*$/gm, '')
    .replace(/^export default [^;]+;\s*$/gm, '');
  if (/^\s*export\s/m.test(inlineGlue) || /^\s*import\s/m.test(inlineGlue)) {
    throw new Error('offline: the wasm-bindgen glue has an export or import this builder does not understand');
  }

  const start = element.indexOf('// boot:start');
  const end = element.indexOf('// boot:end');
  if (start < 0 || end < 0) throw new Error('offline: boot markers missing from ipo-lens.js');
  const offlineBoot = `
/** The inlined glue: one instance for the page (a second initSync would reuse it). */
const glue = { Lens, lastPanic, themeCss };
let booting = null;
/** Instantiates the inlined wasm synchronously (no fetch: this page may be on file://). */
function boot() {
  booting ??= Promise.resolve().then(() => {
    const b64 = document.getElementById('ipo-lens-wasm').textContent.trim();
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    initSync({ module: bytes });
  });
  return booting;
}
`;
  const inlineElement = element.slice(0, start) + offlineBoot + element.slice(end + '// boot:end'.length);

  const style = 'body { margin: 0; padding: 12px; background: #f6f7f9; } ipo-lens { max-width: 960px; margin: 0 auto; padding: 12px; border-radius: 8px; }';
  const script = `
${scriptSafe(inlineGlue)}
${scriptSafe(inlineElement)}
const builtIn = document.getElementById('ipo-lens-data');
if (builtIn) document.querySelector('ipo-lens').setData(JSON.parse(builtIn.textContent)).catch(() => {});
`;
  const csp = offlineCsp({ script, style });
  const json = data == null ? null : JSON.stringify(JSON.parse(data.replace(/^\uFEFF/, '')));
  const tag = ['zh', 'zh-Hant', 'en'].includes(lang) ? lang : 'zh';
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
<ipo-lens ${attrs}></ipo-lens>
<script type="application/octet-stream;base64" id="ipo-lens-wasm">${wasm.toString('base64')}</script>
${json ? `<script type="application/json" id="ipo-lens-data">${jsonSafe(json)}</script>` : ''}
<script type="module">${script}</script>
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
 * as a <meta> tag; a server may send the same string as a header.
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
