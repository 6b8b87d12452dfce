// The diagnosis worker: the core runs in a dedicated Web Worker loaded from the origin, the page only
// renders, and a worker that panics, dies, fails to load or never answers becomes a message in the
// page and a fresh worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, paste, instrument, FIXTURES } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123) + 80);
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

const chain = () => readFileSync(path.join(FIXTURES, 'chain-rsa.pem'), 'utf8');

/** The page's current diagnosis worker, once it has started. */
async function worker(page) {
  for (let i = 0; i < 100 && page.workers().length === 0; i++) await page.waitForTimeout(50);
  const workers = page.workers();
  assert.ok(workers.length >= 1, 'the page started no worker');
  return workers[workers.length - 1];
}

test('the diagnosis runs in a worker from the origin, and only the newest answer is shown', async () => {
  const { page, requests } = await open(browser, server.base);
  const w = await worker(page);
  assert.equal(w.url(), `${server.base}forcetls-worker_loader.js`);
  // Three pastes in quick succession: the page shows the last one's diagnosis.
  await paste(page, 'not a certificate');
  await paste(page, readFileSync(path.join(FIXTURES, 'bundle-150.pem'), 'utf8'));
  await paste(page, chain());
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('3 certificates'));
  await page.waitForTimeout(500);
  assert.match(await page.textContent('#summary'), /^3 certificates/);
  assert.ok(requests.some((u) => u.endsWith('forcetls-worker_bg.wasm')), 'the worker loaded its wasm');
});

test('a panic in the worker becomes a message in the page and a fresh worker', async () => {
  const { page } = await open(browser, server.base);
  const first = await worker(page);
  await paste(page, chain());
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('3 certificates'));
  // The worker reports a panic as its panic hook does (wasm32 cannot unwind; the module then traps).
  const fresh = page.waitForEvent('worker');
  await first.evaluate(() => postMessage(JSON.stringify({ kind: 'panicked', message: 'panicked at src/x.rs:1: <b>test</b>' })));
  await page.waitForSelector('#panic:not([hidden])');
  assert.match(await page.textContent('#panic'), /internal error.*panicked at src\/x\.rs:1: <b>test<\/b>/);
  assert.equal(await page.locator('#panic b').count(), 0, 'the message is text, not HTML');
  const second = await fresh;
  assert.notEqual(second, first);
  // The fresh worker diagnoses the next change, and the message goes away.
  await paste(page, readFileSync(path.join(FIXTURES, 'chains/ecdsa.pem'), 'utf8'));
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('2 certificates'));
  await page.waitForSelector('#panic[hidden]', { state: 'attached' });
});

test('a worker that dies with an uncaught error is replaced as well', async () => {
  const { page } = await open(browser, server.base);
  const first = await worker(page);
  const fresh = page.waitForEvent('worker');
  await first.evaluate(() => { setTimeout(() => { throw new Error('worker died'); }); });
  await page.waitForSelector('#panic:not([hidden])');
  assert.match(await page.textContent('#panic'), /worker died/);
  await fresh;
  await paste(page, chain());
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('3 certificates'));
});

test('a worker whose module does not load says so, and a fresh worker loads it', async () => {
  // The first fetch of the worker's wasm fails, as on a dropped connection; the next one goes through.
  const context = await browser.newContext();
  let fetches = 0;
  await context.route('**/forcetls-worker_bg.wasm', (route) => (fetches++ === 0 ? route.abort('connectionreset') : route.continue()));
  const page = await context.newPage();
  instrument(page);
  await page.goto(server.base);
  await page.waitForSelector('#panic:not([hidden])');
  assert.match(await page.textContent('#panic'), /^forcetls could not load its diagnosis: TypeError: Failed to fetch\. It is trying again/);
  // The page asked a fresh worker, which loaded, and the banner goes with the first answer.
  await paste(page, chain());
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('3 certificates'));
  await page.waitForSelector('#panic[hidden]', { state: 'attached' });
  assert.equal(fetches, 2);
  await context.close();
});

test('a request the worker never answers is not waited on in silence: the page says so and asks a fresh worker', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  instrument(page);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // The page's clock is Playwright's, so the test need not wait the 10 s for real.
  await page.clock.install();
  await page.goto(server.base);
  await paste(page, chain());
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('3 certificates'));
  // From now on the worker swallows every request, as a worker stuck in a browser's bug would.
  const first = await worker(page);
  await first.evaluate(() => { self.onmessage = () => {}; });
  const fresh = page.waitForEvent('worker');
  await paste(page, readFileSync(path.join(FIXTURES, 'chains/ecdsa.pem'), 'utf8'));
  await page.waitForTimeout(300);
  assert.match(await page.textContent('#summary'), /^3 certificates/, 'no answer yet');
  await page.clock.fastForward(10_000);
  await page.waitForSelector('#panic:not([hidden])');
  const banner = await page.textContent('#panic');
  assert.match(banner, /^forcetls got no answer from its diagnosis within 10 s and has asked again/);
  assert.ok(errors.includes(banner), 'the banner is logged too');
  // What the page waited for is in the console, for a report.
  assert.ok(errors.some((e) => /^forcetls: no answer from the diagnosis worker in 10000 ms: latest request \d+, in flight \d+ for \d+ ms, .*recent events: .*posted \d+ \d+ ms ago, stalled \d+ 0 ms ago$/.test(e)), errors.join('\n'));
  // A fresh worker answers the same request, and the message goes.
  assert.notEqual(await fresh, first);
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('2 certificates'));
  await page.waitForSelector('#panic[hidden]', { state: 'attached' });
  await context.close();
});
