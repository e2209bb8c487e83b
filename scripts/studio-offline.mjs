// Writes dist/ipo-lens-studio.html with the package's own builder (pkg/offline.mjs, from
// src/web/offline.mjs): the studio as one self-contained file that works from file:// with
// no network (the checker's and the widget's wasm inlined as base64). Needs `make build`.
// Usage: node scripts/studio-offline.mjs [--out file.html]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { offlineStudioHtml } from '../pkg/offline.mjs';

const args = process.argv.slice(2);
const i = args.indexOf('--out');
const out = i < 0 ? 'dist/ipo-lens-studio.html' : args[i + 1];
const html = offlineStudioHtml();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`${out}: ${html.length} bytes`);
