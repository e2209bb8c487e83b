// Minifies what a reader's page loads of the package, in place in pkg/: the element
// (pkg/ipo-lens.js, from the readable src/web/ipo-lens.js) and the wasm-bindgen glue
// (pkg/ipo_lens.js). Run by `make build` after wasm-bindgen and the copy.
//
// What the offline builders (src/web/offline.mjs, the studio's "offline file") cut and
// join stays where they look for it: every top-level name keeps its name (only names
// inside functions are shortened), the element's `// boot:start` … `// boot:end` region
// is kept between its two marker lines (each part is minified on its own), and every
// top-level `export`/`import` statement of the glue starts a line.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { parse } from 'acorn';

const options = {
  // not `module: true`: that would also shorten the top-level names
  module: false,
  toplevel: false,
  // statements kept apart rather than joined by commas: a few bytes more, fewer compressed
  compress: { toplevel: false, module: false, passes: 2, sequences: false },
  mangle: { toplevel: false, module: false },
  format: { comments: false },
};

const small = async (code) => (await minify(code, options)).code;

/** `code` with a line break before each of its top-level statements that is an import
 *  or an export, written `export {` as the builders read it (not `export{`). */
function exportsOnTheirOwnLines(code) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const at = ast.body.filter((s) => /^(Import|Export)/.test(s.type)).map((s) => s.start).reverse();
  for (const i of at) {
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
  const boot = text.slice(text.indexOf('\n', start) + 1, end);
  const parts = [
    await small(text.slice(0, start)),
    '// boot:start',
    exportsOnTheirOwnLines(await small(boot)),
    '// boot:end',
    exportsOnTheirOwnLines(await small(text.slice(end + '// boot:end'.length))),
  ];
  return `${parts.filter(Boolean).join('\n')}\n`;
}

async function glue(file) {
  return `${exportsOnTheirOwnLines(await small(readFileSync(file, 'utf8')))}\n`;
}

const out = { 'pkg/ipo-lens.js': await element('pkg/ipo-lens.js'), 'pkg/ipo_lens.js': await glue('pkg/ipo_lens.js') };
for (const [file, code] of Object.entries(out)) {
  // the result must still be one valid module
  parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  writeFileSync(file, code);
}
