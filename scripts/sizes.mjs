// Raw and gzip bytes of everything a page loads for the widget (pkg/: module, glue, wasm).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = ['pkg/ipo-lens.js', 'pkg/ipo_lens.js', 'pkg/ipo_lens_bg.wasm'];
let raw = 0, gz = 0;
for (const f of files) {
  const b = readFileSync(f);
  const g = gzipSync(b, { level: 9 }).length;
  raw += b.length; gz += g;
  console.log(`${f.padEnd(22)} ${String(b.length).padStart(8)} B raw ${String(g).padStart(8)} B gzip`);
}
console.log(`${'total'.padEnd(22)} ${String(raw).padStart(8)} B raw ${String(gz).padStart(8)} B gzip`);
