// Writes dist/ipo-lens-offline.html: one self-contained file that works from file:// with
// no network at all. The wasm-bindgen glue and the element are inlined as one module
// script and the wasm as base64 handed to initSync (Chromium will not fetch a .wasm, or
// import a module, from a file:// page). The default dataset is compiled into the wasm.
// A newsroom's own dataset can be built in with --data (it is escaped for the page).
// Usage: node scripts/offline.mjs [--data story.json] [--out file.html] [view] [lang]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? null : args.splice(i, 2)[1];
};
const dataFile = option('--data');
const out = option('--out') ?? 'dist/ipo-lens-offline.html';
const [view = '', lang = 'zh'] = args;
const glue = readFileSync('pkg/ipo_lens.js', 'utf8');
const element = readFileSync('pkg/ipo-lens.js', 'utf8');
const wasm = readFileSync('pkg/ipo_lens_bg.wasm');

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

/** Text inside a <script> element must not close it. */
const scriptSafe = (s) => s.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
/** JSON inside a <script> element: "</" and "<!--" written with JSON escapes. */
const jsonSafe = (s) => s.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
const data = dataFile ? JSON.stringify(JSON.parse(readFileSync(dataFile, 'utf8'))) : null;

const tag = ['zh', 'zh-Hant', 'en'].includes(lang) ? lang : 'zh';
const attrs = [view ? `view="${view.replace(/[^a-z-]/g, '')}"` : '', `lang="${tag}"`].filter(Boolean).join(' ');
const html = `<!doctype html>
<html lang="${tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ipo-lens (offline)</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; padding: 12px; background: #f6f7f9; } ipo-lens { max-width: 960px; margin: 0 auto; padding: 12px; border-radius: 8px; }</style>
</head>
<body>
<ipo-lens ${attrs}></ipo-lens>
<script type="application/octet-stream;base64" id="ipo-lens-wasm">${wasm.toString('base64')}</script>
${data ? `<script type="application/json" id="ipo-lens-data">${jsonSafe(data)}</script>` : ''}
<script type="module">
${scriptSafe(inlineGlue)}
${scriptSafe(inlineElement)}
const builtIn = document.getElementById('ipo-lens-data');
if (builtIn) document.querySelector('ipo-lens').setData(JSON.parse(builtIn.textContent)).catch(() => {});
</script>
</body>
</html>
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`${out}: ${html.length} bytes`);
