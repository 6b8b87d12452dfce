// Serving as a production host should (scripts/serve.sh, scripts/static_server.py): precompressed
// brotli/gzip chosen by Accept-Encoding, application/wasm, long-lived caching for trunk's hashed file
// names and revalidation for index.html; and the app works when served that way, also under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch, open, paste, FIXTURES } from './harness.mjs';

const DIST = path.resolve('dist');
const PORT = Number(process.env.E2E_PORT || 8123) + 60;
const BASE = `http://127.0.0.1:${PORT}/`;
// Trunk's hash is written without leading zeros: 16 hex digits, sometimes fewer (scripts/static_server.py).
const wasm = readdirSync(DIST).find((f) => /^forcetls-[0-9a-f]{8,16}_bg\.wasm$/.test(f));
const js = readdirSync(DIST).find((f) => /^forcetls-[0-9a-f]{8,16}\.js$/.test(f));
let server, browser;

before(async () => {
  server = spawn('python3', ['scripts/static_server.py', '--quiet', '--port', String(PORT), DIST, `/sub/forcetls/=${DIST}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(BASE)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launch();
});
after(async () => { await browser?.close(); server?.kill(); });

/** One raw GET (no decompression, the path sent as written): status, headers and body length. */
function get(urlPath, headers = {}, port = PORT) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
      let length = 0;
      res.on('data', (chunk) => { length += chunk.length; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, length }));
    }).on('error', reject);
  });
}

test('the build has precompressed siblings that decompress to the files', () => {
  assert.ok(wasm && js, 'dist/ holds trunk\'s hashed wasm and js');
  for (const name of [wasm, js, 'index.html']) {
    const raw = readFileSync(path.join(DIST, name));
    for (const [suffix, decompress] of [['.br', brotliDecompressSync], ['.gz', gunzipSync]]) {
      const packed = readFileSync(path.join(DIST, name + suffix));
      assert.ok(packed.length < raw.length, `${name}${suffix} is smaller than ${name}`);
      assert.ok(decompress(packed).equals(raw), `${name}${suffix} decompresses to ${name}`);
    }
  }
});

test('wasm is served brotli-compressed, as application/wasm, cached for a year', async () => {
  const br = await get(`/${wasm}`, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(br.length, statSync(path.join(DIST, `${wasm}.br`)).size);

  const gz = await get(`/${wasm}`, { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gz.length, statSync(path.join(DIST, `${wasm}.gz`)).size);

  const refused = await get(`/${wasm}`, { 'Accept-Encoding': 'br;q=0, identity' });
  assert.equal(refused.headers['content-encoding'], undefined);
  assert.equal(refused.length, statSync(path.join(DIST, wasm)).size);
});

test('index.html is revalidated on every visit; an unchanged one costs a 304', async () => {
  const first = await get('/', { 'Accept-Encoding': 'br' });
  assert.equal(first.status, 200);
  assert.equal(first.headers['content-encoding'], 'br');
  assert.equal(first.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.ok(first.headers.etag);
  const again = await get('/index.html', { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.length, 0);
  const script = await get(`/${js}`, { 'Accept-Encoding': 'br' });
  assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(script.headers['cache-control'], 'public, max-age=31536000, immutable');
});

test('nothing outside the served directory can be reached', async () => {
  for (const p of ['/../package.json', '/%2e%2e/package.json', '/sub/forcetls/..%2f..%2fpackage.json', '/nope.wasm']) {
    assert.equal((await get(p)).status, 404, p);
  }
});

test('the app loads compressed from the server, at the root and under a sub-path, and diagnoses', async () => {
  for (const base of [BASE, `${BASE}sub/forcetls/`]) {
    const { page, requests, errors } = await open(browser, base);
    await paste(page, readFileSync(path.join(FIXTURES, 'chain-rsa.pem'), 'utf8'));
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('3 certificates'));
    const wasmResponse = await page.evaluate(async (url) => {
      const r = await fetch(url);
      return { encoding: r.headers.get('content-encoding'), type: r.headers.get('content-type') };
    }, new URL(wasm, base).href);
    assert.deepEqual(wasmResponse, { encoding: 'br', type: 'application/wasm' }, base);
    assert.ok(requests.some((u) => u.endsWith(wasm)), `${base}: the page fetched ${wasm}`);
    assert.deepEqual(errors, [], base);
    await page.close();
  }
});

test('every name trunk hashes is cached for a year, whatever its hash\'s length; other names are revalidated', async () => {
  // Trunk writes its 64-bit hash with {:x}, without leading zeros: 1 build in 16 has 15 digits.
  const dir = mkdtempSync(path.join(tmpdir(), 'forcetls-hashes-'));
  const names = {
    'forcetls-a1bc002d8e91af84.js': 'public, max-age=31536000, immutable',
    'forcetls-f782f1e06069420_bg.wasm': 'public, max-age=31536000, immutable',
    'app-0c1d2e3f.css': 'public, max-age=31536000, immutable',
    'forcetls-worker.js': 'no-cache',
    'forcetls-worker_loader.js': 'no-cache',
    'forcetls-abc.js': 'no-cache',
  };
  for (const name of Object.keys(names)) writeFileSync(path.join(dir, name), '0');
  const port = PORT + 2;
  const other = spawn('python3', ['scripts/static_server.py', '--quiet', '--port', String(port), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (let i = 0; i < 100; i++) {
      try { if ((await get('/forcetls-worker.js', {}, port)).status === 200) break; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const [name, cache] of Object.entries(names)) {
      const response = await get(`/${name}`, {}, port);
      assert.equal(response.status, 200, name);
      assert.equal(response.headers['cache-control'], cache, name);
    }
  } finally {
    other.kill();
  }
});
