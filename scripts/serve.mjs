// A small static server for the demo and the browser tests: www/ at /, the built npm
// package at /pkg/. Loopback only. Usage: node scripts/serve.mjs [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// The same layout as a deployed folder: www/ with pkg/ and static/ beside its pages.
const MOUNTS = [
  ['/pkg/', join(ROOT, 'pkg')],
  ['/static/', join(ROOT, 'dist', 'static')],
  ['/data/', join(ROOT, 'data')],
  ['/', join(ROOT, 'www')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ts': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server; resolves to `{ server, url }`. `headers(path)` may add response headers. */
export function serve({ port = 8080, host = '127.0.0.1', headers = () => ({}) } = {}) {
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      // a malformed percent escape (`/%E0%A4%A`) or address: this request fails, the server keeps serving
      return end(res, 400, 'bad request');
    }
    const [prefix, dir] = MOUNTS.find(([p]) => path.startsWith(p));
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir + sep) && file !== dir) return end(res, 403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...headers(path) });
      res.end(body);
    } catch {
      end(res, 404, 'not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}` }));
  });
}

function end(res, code, text) {
  res.writeHead(code, { 'content-type': 'text/plain' });
  res.end(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const { url } = await serve({ port });
  console.log(`ipo-lens demo: ${url}/  (Ctrl-C to stop)`);
}
