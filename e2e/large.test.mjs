// Large inputs: a 5 MiB paste is read whole and the page stays usable; a larger one gets a clear
// message. The time taken is printed for the record (targets live in benchmarks, not in tests).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, paste, fill, FIXTURES, SHOTS } from './harness.mjs';

const LIMIT = 5 * 1024 * 1024;
let server, browser;
before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123) + 20);
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

function bigPaste(limit) {
  const bundle = readFileSync(path.join(FIXTURES, 'bundle-150.pem'), 'utf8');
  return bundle.repeat(Math.floor(limit / bundle.length));
}

test('a 5 MiB paste is read whole and the page stays responsive', async () => {
  const { page } = await open(browser, server.base);
  const text = bigPaste(LIMIT);
  const copies = Math.floor(LIMIT / readFileSync(path.join(FIXTURES, 'bundle-150.pem'), 'utf8').length);
  const started = Date.now();
  await paste(page, text);
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('150 certificates'), null, { timeout: 60000 });
  const wall = Date.now() - started;
  assert.equal(await page.textContent('#summary'), `150 certificates, ${150 * (copies - 1)} duplicates`);
  const core = await page.textContent('#evaluated');
  // The page must answer a click right after the diagnosis.
  const clickStarted = Date.now();
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent === '0 certificates');
  console.log(`# measured: ${text.length} bytes pasted -> summary shown after ${wall} ms (${core.trim()}); Clear answered in ${Date.now() - clickStarted} ms`);
});

test('a paste over 5 MiB gets a clear message instead of being read', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, 'x'.repeat(LIMIT + 1));
  await page.waitForSelector('[data-id="input-too-large"]');
  assert.match(await page.textContent('[data-id="input-too-large"] .detail'), /5,242,881 bytes; the limit is 5,242,880 bytes/);
  await page.screenshot({ path: path.join(SHOTS, 'too-large.png') });
});

// Issue 12's budget: after a 5 MB paste, typing in the paste box stays responsive while the worker
// diagnoses. A keystroke's latency is the time from its keydown to the first animation frame after
// the text box's value changed, measured in the page. Chromium itself needs 0.2-1.5 s per keystroke
// in a bare 5 MB <textarea> on the 2 shared cores CI runs on, so the budget is relative to that
// baseline, measured in the same browser just before: the app's median may exceed the bare
// textarea's median by at most INPUT_LATENCY_FACTOR x + INPUT_LATENCY_MARGIN_MS. Diagnosing on the
// page's thread (2-3 s per keystroke before issue 12) fails it.
const INPUT_LATENCY_FACTOR = 2;
const INPUT_LATENCY_MARGIN_MS = 200;
const KEYS = ['a', 'b', 'c', 'Backspace', 'Backspace', 'Backspace'];

/** Latencies of KEYS typed at the end of the #paste text box, in ms. */
async function keystrokeLatencies(page) {
  await page.evaluate(() => {
    const area = document.querySelector('#paste');
    window.__latencies = [];
    area.addEventListener('keydown', () => {
      const down = performance.now();
      const length = area.value.length;
      const frame = () => (area.value.length !== length ? window.__latencies.push(performance.now() - down) : requestAnimationFrame(frame));
      requestAnimationFrame(frame);
    });
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  });
  for (const key of KEYS) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
  }
  await page.waitForFunction((n) => window.__latencies.length === n, KEYS.length, { timeout: 30000 });
  return page.evaluate(() => window.__latencies);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('after a 5 MB paste the text box answers keystrokes about as fast as a bare text box', async () => {
  const text = bigPaste(LIMIT);
  const bare = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await bare.setContent('<textarea id="paste" rows="12" style="width: 100%"></textarea>');
  await fill(bare, '#paste', text);
  const baseline = await keystrokeLatencies(bare);
  await bare.close();
  const { page } = await open(browser, server.base);
  await paste(page, text);
  // Keystrokes while the worker diagnoses the paste (and is restarted for each newer input).
  const latencies = await keystrokeLatencies(page);
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('150 certificates'), null, { timeout: 60000 });
  const ms = (xs) => xs.map((l) => l.toFixed(0)).join(', ');
  console.log(`# measured: keystroke latency after a ${text.length}-byte paste: app ${ms(latencies)} ms; bare textarea ${ms(baseline)} ms`);
  assert.equal(await page.evaluate(() => document.querySelector('#paste').value.length), text.length);
  const budget = INPUT_LATENCY_FACTOR * median(baseline) + INPUT_LATENCY_MARGIN_MS;
  assert.ok(median(latencies) <= budget, `median keystroke ${median(latencies).toFixed(0)} ms, budget ${budget.toFixed(0)} ms (bare textarea: ${median(baseline).toFixed(0)} ms)`);
});
