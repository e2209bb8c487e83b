// Raw, gzip (-9) and brotli (quality 11) bytes of everything a page loads for the widget
// (pkg/: module, glue, wasm).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = ['pkg/ipo-lens.js', 'pkg/ipo_lens.js', 'pkg/ipo_lens_bg.wasm'];
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const pad = (n) => String(n).padStart(8);
let raw = 0, gz = 0, br = 0;
for (const f of files) {
  const b = readFileSync(f);
  const g = gzipSync(b, { level: 9 }).length;
  const r = brotli(b);
  raw += b.length; gz += g; br += r;
  console.log(`${f.padEnd(22)} ${pad(b.length)} B raw ${pad(g)} B gzip ${pad(r)} B brotli`);
}
console.log(`${'total'.padEnd(22)} ${pad(raw)} B raw ${pad(gz)} B gzip ${pad(br)} B brotli`);
