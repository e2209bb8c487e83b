// Minifies what a reader's page loads of the package, in place in pkg/: the element
// (pkg/ipo-lens.js, from the readable src/web/ipo-lens.js) and the wasm-bindgen glue
// (pkg/ipo_lens.js). Run by `make build` after wasm-bindgen and the copy.
//
// Both are minified as modules, so their top-level names are shortened too, except what
// the offline builders (src/web/offline.mjs, the studio's "offline file") cut and join:
// exported names stay (a module's interface); the element's `// boot:start` …
// `// boot:end` region, which the builders replace with their own, is kept between its two
// marker lines with its names as written (so is anything before it), and in the rest of
// the element every name the region declares or uses keeps that name and is given to
// nothing else. Every top-level `export`/`import` statement starts a line, and an
// `export {…}` list ends one. The builders run the glue in a scope of its own.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { parse } from 'acorn';
import { shortNames } from './wasm-names.mjs';

/** Terser's options, with the top-level names shortened or not (`toplevel`), and `keep`:
 *  names kept as they are, declared or used. */
const options = (toplevel, keep = []) => ({
  module: toplevel,
  toplevel,
  // statements kept apart rather than joined by commas: a few bytes more, fewer compressed
  compress: { toplevel, module: toplevel, passes: 2, sequences: false, top_retain: keep },
  mangle: { toplevel, module: toplevel, reserved: keep },
  format: { comments: false },
});

const small = async (code, toplevel = true, keep = []) => (await minify(code, options(toplevel, keep))).code;

const program = (code) => parse(code, { ecmaVersion: 'latest', sourceType: 'module' });

/** Every identifier `code` names (declared or used, at any depth). */
function namesIn(code) {
  const names = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node.type === 'string') {
      if (node.type === 'Identifier') names.add(node.name);
      for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v);
    }
  };
  walk(program(code));
  return names;
}

/** The names `code` declares at its top level (functions, classes, variables, imports). */
function topLevelNames(code) {
  const names = new Set();
  const bind = (p) => {
    if (!p) return;
    if (p.type === 'Identifier') names.add(p.name);
    else if (p.type === 'ObjectPattern') p.properties.forEach((q) => bind(q.value ?? q.argument));
    else if (p.type === 'ArrayPattern') p.elements.forEach(bind);
    else if (p.type === 'RestElement') bind(p.argument);
    else if (p.type === 'AssignmentPattern') bind(p.left);
  };
  for (let s of program(code).body) {
    if (/^Export(Named|Default)Declaration$/.test(s.type) && s.declaration) s = s.declaration;
    if (s.type === 'VariableDeclaration') s.declarations.forEach((d) => bind(d.id));
    else if (/^(Function|Class)Declaration$/.test(s.type)) bind(s.id);
    else if (s.type === 'ImportDeclaration') s.specifiers.forEach((i) => bind(i.local));
  }
  return names;
}

/** `code` with a line break before each of its top-level statements that is an import
 *  or an export, written `export {` as the builders read it (not `export{`), and one after
 *  each `export {…}` list. */
function exportsOnTheirOwnLines(code) {
  const at = program(code).body.filter((s) => /^(Import|Export)/.test(s.type)).reverse();
  for (const { start: i, end, type, declaration } of at) {
    const list = type === 'ExportNamedDeclaration' && !declaration;
    if (list && end < code.length && code[end] !== '\n') code = `${code.slice(0, end)}\n${code.slice(end)}`;
    const head = code.startsWith('export{', i) ? 'export {' : code.slice(i, i + 7);
    code = `${code.slice(0, i)}${i > 0 && code[i - 1] !== '\n' ? '\n' : ''}${head}${code.slice(i + 7)}`;
  }
  return code;
}

/** The element's stylesheet (`const STYLE = \`…\``) without its comments and the white
 *  space CSS does not need: runs of white space become one space (a space between two
 *  selectors is a combinator, so none is removed before a colon or a bracket), and none is
 *  kept around braces and semicolons or after a comma or colon. Refuses a quoted string
 *  that this could change (one holding those characters or two spaces). */
function styleMinified(text) {
  const head = 'const STYLE = `';
  const from = text.indexOf(head);
  const to = text.indexOf('\n`;', from);
  if (from < 0 || to < 0) throw new Error('the element\'s STYLE is missing');
  const css = text.slice(from + head.length, to).replace(/\/\*[\s\S]*?\*\//g, '');
  for (const q of css.match(/"[^"]*"|'[^']*'/g) ?? []) {
    if (/[{};:,]|\s\s/.test(q)) throw new Error(`STYLE: a quoted string the minifier could change: ${q}`);
  }
  const held = [];
  const small = css
    .replace(/\$\{[^}]*\}/g, (m) => `\u0000${held.push(m) - 1}\u0000`)
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([,:])\s+/g, '$1')
    .replace(/;}/g, '}')
    .trim()
    .replace(/\u0000(\d+)\u0000/g, (_, i) => held[Number(i)]);
  return text.slice(0, from + head.length) + small + text.slice(to + 1);
}

async function element(file) {
  const text = styleMinified(readFileSync(file, 'utf8'));
  const start = text.indexOf('// boot:start');
  const end = text.indexOf('// boot:end');
  if (start < 0 || end < 0) throw new Error(`${file}: boot markers missing`);
  const head = text.slice(0, start);
  const boot = text.slice(text.indexOf('\n', start) + 1, end);
  const rest = text.slice(end + '// boot:end'.length);
  // the rest keeps what the head and the region declare, and what they use of the rest's
  const used = namesIn(head + boot);
  const keep = [...topLevelNames(head + boot), ...[...topLevelNames(rest)].filter((n) => used.has(n))];
  const parts = [
    await small(head, false),
    '// boot:start',
    exportsOnTheirOwnLines(await small(boot, false)),
    '// boot:end',
    exportsOnTheirOwnLines(await small(rest, true, keep)),
  ];
  return `${parts.filter(Boolean).join('\n')}\n`;
}

/** `text` with each of `names`' keys (a `Map`) replaced by its value where `pattern(key)`
 *  matches (a regular expression's source, its match replaced whole by `written(value)`),
 *  each exactly once. */
function renamed(text, names, pattern, written, file) {
  for (const [from, to] of names) {
    const found = new RegExp(pattern(from), 'g');
    const count = text.match(found)?.length ?? 0;
    if (count !== 1) throw new Error(`${file}: ${from} found ${count} times, not once`);
    text = text.replace(found, written(to));
  }
  return text;
}

/** The glue (unminified, as wasm-bindgen wrote it) and the wasm's two declaration files,
 *  with the wasm's imports and exports given short names (`scripts/wasm-names.mjs`); the
 *  wasm is rewritten in place. The export `memory` keeps its name. */
function shortWasmNames(file, wasmFile, declarations) {
  const { bytes, module, imports, exports } = shortNames(readFileSync(wasmFile), ['memory']);
  let code = readFileSync(file, 'utf8');
  // the imports: keys of one object, which is given to the wasm as its one module
  code = renamed(code, imports, (n) => `\\b${n}:`, (n) => `${n}:`, file);
  code = renamed(code, new Map([[module, 'a']]), (n) => `"${n.replace(/\./g, '\\.')}":`, (n) => `${n}:`, file);
  // the exports: properties of the object `wasm`, each read by name (two globals the glue
  // does not read, `__abort_handler` and `__instance_terminated`, are renamed all the same)
  const read = (text) => [...text.matchAll(/\bwasm(?:\.(\w+)|\[)/g)].map(([, name]) => name ?? '[…]');
  const wanted = new Set(read(code));
  const calls = new Map([...exports].filter(([from, to]) => from !== to && wanted.has(from)));
  const renamedTo = new Set(exports.values());
  code = code.replace(/\bwasm\.(\w+)/g, (whole, name) => (calls.has(name) ? `wasm.${calls.get(name)}` : whole));
  for (const name of read(code)) {
    if (!renamedTo.has(name)) throw new Error(`${file}: the wasm read as wasm.${name}`);
  }
  writeFileSync(wasmFile, bytes);
  // the declarations name every export the glue reads, and may name more (`__wbindgen_free`
  // when no export frees what the glue passed): each is renamed as the wasm's
  for (const [declared, before] of declarations) {
    let text = readFileSync(declared, 'utf8');
    const named = new Map([...exports].filter(([from, to]) => from !== to && text.includes(`${before}${from}:`)));
    for (const name of calls.keys()) if (!named.has(name)) throw new Error(`${declared}: the glue reads ${name}, not declared`);
    text = renamed(text, named, (n) => `${before}${n}:`, (n) => `${before}${n}:`, declared);
    for (const [, name] of text.matchAll(/^export const (\w+):/gm)) {
      if (!renamedTo.has(name)) throw new Error(`${declared}: ${name} is not the wasm's`);
    }
    writeFileSync(declared, text);
  }
  return code;
}

async function glue(file) {
  const code = shortWasmNames(file, 'pkg/ipo_lens_bg.wasm', [
    ['pkg/ipo_lens_bg.wasm.d.ts', 'export const '],
    ['pkg/ipo_lens.d.ts', 'readonly '],
  ]);
  return `${exportsOnTheirOwnLines(await small(code))}\n`;
}

const out = { 'pkg/ipo-lens.js': await element('pkg/ipo-lens.js'), 'pkg/ipo_lens.js': await glue('pkg/ipo_lens.js') };
for (const [file, code] of Object.entries(out)) {
  // the result must still be one valid module
  parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  writeFileSync(file, code);
}
