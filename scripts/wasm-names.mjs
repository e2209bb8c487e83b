// Short names for what the reader's wasm imports and exports, as emscripten gives its own
// wasm by default. wasm-bindgen names each import after the function and a 16-digit hash
// (`__wbg_Error_208446807d0d1e30`) and each export after the Rust item (`lens_setSeries`);
// every name is written twice, in the wasm and in the glue that supplies or calls it, and
// the hashes do not compress. Renamed here in the wasm, then in the glue and its two
// declaration files by `scripts/minify.mjs`: about 1.6 KB gzip (docs/size.md).
//
// The wasm is read and written section by section; only the import section (2) and the
// export section (7) change, every other byte is copied.

/** `a`, `b`, … `Z`, `aa`, `ab`, …: the `n`th short name. */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  for (n += 1; n > 0; n = Math.floor((n - 1) / letters.length)) name = letters[(n - 1) % letters.length] + name;
  return name;
}

// words a short name must not be: it is also written as a declaration's name in the `.d.ts`
const RESERVED = new Set(['do', 'if', 'in']);

/** `bytes` (a wasm module, whose imports all come from one module) with that module named
 *  `a`, its imports and exports named by `shortName` in order (except the exports in
 *  `keep`), and the renaming: `{ bytes, module, imports, exports }`: the module's old name,
 *  and a `Map` from old to new name for the imports and one for the exports. */
export function shortNames(bytes, keep = []) {
  let at = 8;
  const uint = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 127) * 2 ** shift;
      shift += 7;
    } while (byte & 128);
    return value;
  };
  const leb = (n) => {
    const out = [];
    do {
      const low = n % 128;
      n = Math.floor(n / 128);
      out.push(n ? low | 128 : low);
    } while (n);
    return out;
  };
  const text = () => {
    const length = uint();
    at += length;
    return new TextDecoder().decode(bytes.subarray(at - length, at));
  };
  const written = (name) => {
    const utf8 = new TextEncoder().encode(name);
    return [...leb(utf8.length), ...utf8];
  };
  const namer = () => {
    let n = 0;
    return () => {
      let name;
      do name = shortName(n++);
      while (RESERVED.has(name) || keep.includes(name));
      return name;
    };
  };
  const nextImport = namer();
  const nextExport = namer();
  const imports = new Map();
  const exports = new Map();
  let module;
  const parts = [bytes.subarray(0, 8)];
  while (at < bytes.length) {
    const head = at;
    const id = bytes[at++];
    const length = uint();
    const end = at + length;
    if (id === 2) {
      const body = [...leb(uint())];
      while (at < end) {
        const from = text();
        module ??= from;
        if (from !== module) throw new Error(`wasm imports from two modules: ${module} and ${from}`);
        const name = text();
        const described = at;
        const kind = bytes[at++];
        if (kind === 0) uint(); // a function: its type
        else if (kind === 1 || kind === 2) {
          if (kind === 1) at++; // a table: its element type
          const limits = bytes[at++];
          uint();
          if (limits & 1) uint();
        } else if (kind === 3) at += 2; // a global: its type and mutability
        else throw new Error(`wasm import ${name}: unknown kind ${kind}`);
        if (imports.has(name)) throw new Error(`wasm imports ${name} twice`);
        imports.set(name, nextImport());
        body.push(...written('a'), ...written(imports.get(name)), ...bytes.subarray(described, at));
      }
      parts.push(Uint8Array.from([2, ...leb(body.length), ...body]));
    } else if (id === 7) {
      const body = [...leb(uint())];
      while (at < end) {
        const name = text();
        const kind = bytes[at++];
        const index = uint();
        exports.set(name, keep.includes(name) ? name : nextExport());
        body.push(...written(exports.get(name)), kind, ...leb(index));
      }
      parts.push(Uint8Array.from([7, ...leb(body.length), ...body]));
    } else {
      parts.push(bytes.subarray(head, end));
    }
    if (at !== end && (id === 2 || id === 7)) throw new Error(`wasm section ${id} read wrongly`);
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((n, p) => (out.set(p, n), n + p.length), 0);
  return { bytes: out, module, imports, exports };
}
