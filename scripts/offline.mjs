// Writes dist/ipo-lens-offline.html with the package's own builder (pkg/offline.mjs, from
// src/web/offline.mjs — the one `npx ipo-lens offline` uses): one self-contained file
// that works from file:// with no network. Needs `make build` first.
// Usage: node scripts/offline.mjs [--data story.json] [--out file.html] [view] [lang]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { offlineHtml } from '../pkg/offline.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? null : args.splice(i, 2)[1];
};
const dataFile = option('--data');
const out = option('--out') ?? 'dist/ipo-lens-offline.html';
const [view = '', lang = 'zh'] = args;
const html = offlineHtml({ data: dataFile ? readFileSync(dataFile, 'utf8') : null, view, lang });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`${out}: ${html.length} bytes`);
