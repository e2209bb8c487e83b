// The reader's wasm with short import and export names (scripts/wasm-names.mjs, applied by
// scripts/minify.mjs): the built package's wasm, glue and declaration files agree on every
// name, the glue still runs the wasm, and renaming writes every other byte as it read it.
// Needs `make build` (pkg/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shortName, shortNames } from '../../scripts/wasm-names.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => readFileSync(new URL(file, `file://${ROOT}`));
const WASM = read('pkg/ipo_lens_bg.wasm');

test('shortName: a, b, … Z, aa, ab, …, each name once', () => {
  assert.deepEqual([0, 1, 25, 26, 51, 52, 53, 103, 104].map(shortName), ['a', 'b', 'z', 'A', 'Z', 'aa', 'ab', 'aZ', 'ba']);
  const names = Array.from({ length: 52 * 53 + 10 }, (_, i) => shortName(i));
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.every((n) => /^[a-zA-Z]{1,3}$/.test(n)));
  assert.equal(shortName(52 * 53), 'aaa');
});

test('the package wasm imports from one module "a" and exports short names but memory', () => {
  const module = new WebAssembly.Module(WASM);
  const imports = WebAssembly.Module.imports(module);
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  assert.ok(imports.length > 20 && exports.length > 20, `${imports.length} imports, ${exports.length} exports`);
  assert.deepEqual(imports.map((i) => i.module), imports.map(() => 'a'));
  assert.deepEqual(imports.map((i) => i.name), imports.map((_, i) => shortName(i)));
  assert.ok(exports.includes('memory'));
  assert.ok(exports.every((n) => n === 'memory' || /^[a-zA-Z]{1,2}$/.test(n)), exports.join(' '));
  // the declaration files name exactly what the wasm exports (and the glue's init returns)
  const declared = [...read('pkg/ipo_lens_bg.wasm.d.ts').toString().matchAll(/^export const (\w+):/gm)].map((m) => m[1]);
  const output = read('pkg/ipo_lens.d.ts').toString();
  const init = output.slice(output.indexOf('export interface InitOutput {'));
  const returned = [...init.slice(0, init.indexOf('}')).matchAll(/readonly (\w+):/g)].map((m) => m[1]);
  for (const names of [declared, returned]) {
    assert.ok(names.length > 20);
    assert.ok(names.every((n) => exports.includes(n)), names.filter((n) => !exports.includes(n)).join(' '));
  }
});

test('the minified glue supplies every import and runs the wasm', async () => {
  const glue = await import(new URL('pkg/ipo_lens.js', `file://${ROOT}`).href);
  const out = glue.initSync({ module: WASM });
  assert.ok(out.memory instanceof WebAssembly.Memory);
  glue.start();
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(glue.limits()))).sort(), ['jsonBytes', 'points']);
  const lens = new glue.Lens();
  assert.equal(glue.uiWords('zh-Hant').table, '數據表');
  // a call into the wasm that calls back out (an error built by the glue) and back in
  assert.throws(() => lens.setJson('{"x":', 'en'), /line 1, column 6: the file ends too early/);
  lens.free();
});

test('renaming the renamed wasm again changes no byte: the sections are read and written whole', () => {
  const again = shortNames(WASM, ['memory']);
  assert.equal(again.module, 'a');
  assert.equal(Buffer.compare(Buffer.from(again.bytes), WASM), 0);
  assert.ok([...again.imports].every(([from, to]) => from === to));
  assert.ok([...again.exports].every(([from, to]) => from === to));
});
