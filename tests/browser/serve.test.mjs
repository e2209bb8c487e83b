// The demo and test server (scripts/serve.mjs) outlives bad requests: run as its own
// process, as `make serve` runs it, so that a crash shows as a dead process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));

/** GET `path` as written (no normalising by a URL parser): the status code. */
const get = (url, path) => new Promise((ok, fail) => {
  const u = new URL(url);
  const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
    res.resume();
    res.on('end', () => ok(res.statusCode));
  });
  req.on('error', fail);
  req.end();
});

test('a malformed percent escape gets 400 and the server keeps serving (issue 16, item 16)', async () => {
  const child = spawn(process.execPath, [SERVE, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  try {
    const url = await new Promise((ok, fail) => {
      let out = '';
      child.stdout.on('data', (b) => {
        out += b;
        const m = out.match(/http:\/\/[0-9.:]+/);
        if (m) ok(m[0]);
      });
      child.on('exit', () => fail(new Error(`server exited: ${out}`)));
    });
    for (const bad of ['/%E0%A4%A', '/%', '/pkg/%zz', '/%C0%AF']) assert.equal(await get(url, bad), 400, bad);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(exited, null, 'the server is still running');
    assert.equal(await get(url, '/embed.html'), 200);
    assert.equal(await get(url, '/no-such-page.html'), 404);
  } finally {
    child.kill();
  }
});
