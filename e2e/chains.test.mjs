// The chain verdict as a user meets it: a broken chain explained, a private root trusted on the
// spot, the store switched, the date moved; hostile input stays within budget. Timings measured in
// Chromium are printed for the record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, paste, fill, FIXTURES, SHOTS } from './harness.mjs';

const chain = (name) => readFileSync(path.join(FIXTURES, 'chains', name), 'utf8');
let server, browser;
before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123) + 30);
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

async function trustRoot(page, pem) {
  await page.click('.roots summary');
  await fill(page, '#roots', pem);
}

async function setDate(page, date) {
  // The field is a datetime-local in UTC; noon keeps whole-day arithmetic as it was with a date.
  await page.fill('#at', date.includes('T') ? date : `${date}T12:00`);
  await page.dispatchEvent('#at', 'change');
  await page.waitForFunction((d) => document.querySelector('#evaluated')?.dataset.at?.startsWith(d.slice(0, 10)), date);
}

test('a chain without its intermediate is explained, with the download URL', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, chain('missing-intermediate.pem'));
  await page.waitForSelector('.chain[data-verdict="not-trusted"]');
  assert.equal(await page.textContent('.chain .verdict'), 'Not trusted: The chain is incomplete: an issuer is neither pasted nor in the trust store');
  assert.equal(await page.getAttribute('.chain .verdict', 'data-headline'), 'missing-intermediate');
  assert.match(await page.textContent('[data-id="missing-intermediate"] .detail'), /issuer not found: C=DE, O=Forcetls Chain Test, CN=Chain Test Issuing CA A1; download it from http:\/\/aia\.chaintest\.test\/a1\.crt/);
  assert.match(await page.textContent('#trust-store'), /^Trust store: Microsoft \(approximation: Mozilla's store from webpki-root-certs 1\.0\.11 plus \d roots of Exchange Online's history that Mozilla removed\)$/);
  await page.screenshot({ path: path.join(SHOTS, 'chain-missing-intermediate.png'), fullPage: true });
});

test('trusting a private root turns the verdict green and draws the whole path', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, chain('good.pem'));
  await page.waitForSelector('.chain[data-verdict="not-trusted"]');
  await trustRoot(page, chain('root-a.pem'));
  await page.waitForSelector('.chain[data-verdict="trusted"]');
  const roles = await page.$$eval('.chain .node .role', (els) => els.map((e) => e.textContent));
  assert.deepEqual(roles, ['Server certificate', 'Intermediate', 'Root (trust anchor)']);
  const names = await page.$$eval('.chain .node .name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(names, ['mail.contoso.test', 'Chain Test Issuing CA A1', 'Chain Test Root A']);
  assert.match(await page.textContent('.chain .node:last-child .facts'), /a root you chose to trust/);
  // The user's root keeps the chain trusted whichever built-in store is chosen.
  for (const store of ['mozilla', 'none', 'microsoft']) {
    await page.selectOption('#store', store);
    await page.waitForFunction((s) => document.querySelector('#trust-store')?.textContent.includes(s === 'none' ? 'No built-in roots' : s === 'mozilla' ? 'Mozilla (' : 'Microsoft ('), store);
    assert.equal(await page.getAttribute('.chain', 'data-verdict'), 'trusted', store);
  }
  // Moving the date past the leaf's expiry makes the expired leaf the headline.
  await setDate(page, '2027-06-01');
  await page.waitForSelector('.chain[data-verdict="not-trusted"]');
  assert.equal(await page.getAttribute('.chain .verdict', 'data-headline'), 'certificate-expired');
  assert.equal(await page.getAttribute('.chain .node:first-child', 'data-status'), 'expired');
  await page.screenshot({ path: path.join(SHOTS, 'chain-trusted-then-expired.png'), fullPage: true });
});

const names = (name) => readFileSync(path.join(FIXTURES, 'names', name), 'utf8');

test('a server name the certificate does not cover is the verdict, and a covered one is trusted', async () => {
  const { page } = await open(browser, server.base);
  await trustRoot(page, names('root.pem'));
  await paste(page, names('wildcard.pem'));
  await setDate(page, '2026-06-01');
  await page.waitForSelector('.chain[data-verdict="trusted"]');
  await page.fill('#server-name', 'contoso.test');
  await page.waitForSelector('.chain[data-verdict="not-trusted"]');
  assert.equal(await page.getAttribute('.chain .verdict', 'data-headline'), 'name-mismatch');
  assert.match(await page.textContent('[data-id="name-mismatch"] .detail'), /expects contoso\.test; the certificate presents DNS:\*\.contoso\.test$/);
  await page.fill('#server-name', 'mail.contoso.test');
  await page.waitForSelector('.chain[data-verdict="trusted"]');
  await page.screenshot({ path: path.join(SHOTS, 'chain-server-name.png'), fullPage: true });
});

test('the evaluation time has minutes: a certificate issued this morning is valid from that minute', async () => {
  const { page } = await open(browser, server.base);
  await trustRoot(page, chain('root-a.pem'));
  await paste(page, chain('good.pem'));
  await setDate(page, '2025-12-31T23:59');
  await page.waitForSelector('.chain[data-verdict="not-trusted"]');
  assert.equal(await page.getAttribute('.chain .verdict', 'data-headline'), 'certificate-not-yet-valid');
  assert.match(await page.getAttribute('#evaluated', 'data-at'), /^2025-12-31T23:59/);
  await setDate(page, '2026-01-01T00:00');
  await page.waitForSelector('.chain[data-verdict="trusted"]');
  assert.match(await page.getAttribute('#evaluated', 'data-at'), /^2026-01-01T00:00/);
});

test('every defect of a bad chain is listed with the certificate it concerns', async () => {
  const { page } = await open(browser, server.base);
  await trustRoot(page, chain('root-a.pem'));
  await paste(page, chain('pathlen-exceeded.pem'));
  await page.waitForSelector('[data-id="path-length-exceeded"]');
  assert.match(await page.textContent('[data-id="path-length-exceeded"] .detail'), /^Certificate #3 \(C=DE, O=Forcetls Chain Test, CN=Chain Test Issuing CA A1\): X\.509 v3, CA:TRUE, pathlen:0; 1 intermediate below it$/);
  await paste(page, chain('bad-signature.pem'));
  await page.waitForSelector('[data-id="signature-invalid"]');
  assert.match(await page.textContent('[data-id="signature-invalid"] .detail'), /the key identifiers match, so the certificate itself was altered or damaged/);
});

test('hostile input (100 cross-signed CAs) stays within the path-building budget', async () => {
  const { page } = await open(browser, server.base);
  const started = Date.now();
  await paste(page, chain('mesh-100.pem'));
  await page.waitForSelector('[data-id="path-budget-exhausted"]', { timeout: 20000 });
  const took = await page.getAttribute('#evaluated', 'data-took-ms');
  console.log(`# measured: mesh-100 (91 certificates) diagnosed in ${took} ms in Chromium (${Date.now() - started} ms to the finding on screen)`);
  assert.match(await page.textContent('[data-id="path-budget-exhausted"] .detail'), /stopped after \d+ steps, \d+ signature checks and 64 paths$/);
});

test('diagnosis times in Chromium for a 3-certificate chain and a 150-certificate bundle', async () => {
  const { page } = await open(browser, server.base);
  await trustRoot(page, readFileSync(path.join(FIXTURES, 'root-rsa.pem'), 'utf8'));
  const measure = async (text, expectSummary) => {
    await paste(page, text);
    await page.waitForFunction((s) => document.querySelector('#summary')?.textContent.startsWith(s), expectSummary);
    const samples = [];
    for (const date of ['2026-06-01', '2026-06-02', '2026-06-03']) {
      await setDate(page, date);
      // Each sample is the time of the diagnosis at that date: a number with one decimal, never absent.
      const raw = await page.getAttribute('#evaluated', 'data-took-ms');
      assert.match(raw ?? '', /^\d+\.\d$/, `data-took-ms at ${date} is ${raw}`);
      samples.push(Number(raw));
    }
    return Math.min(...samples);
  };
  const three = await measure(readFileSync(path.join(FIXTURES, 'chain-rsa.pem'), 'utf8'), '3 certificates');
  assert.equal(await page.getAttribute('.chain', 'data-verdict'), 'trusted');
  const bundle = await measure(readFileSync(path.join(FIXTURES, 'bundle-150.pem'), 'utf8'), '150 certificates');
  console.log(`# measured: Chromium diagnose (best of 3): chain-3 ${three} ms, bundle-150 ${bundle} ms`);
  // Budgets, not benchmarks (those are in benches/): a diagnosis was timed, and stays usable.
  assert.ok(three > 0 && three < 5000, `chain-3 took ${three} ms`);
  assert.ok(bundle > three && bundle < 30000, `bundle-150 took ${bundle} ms (chain-3: ${three} ms)`);
});
