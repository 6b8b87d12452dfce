// Security properties a user relies on: no request leaves the origin, the CSP is in force, hostile
// certificate fields are shown as text, and the app works when hosted under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, paste, field, FIXTURES, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123) + 10);
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

test('no request leaves the origin during a whole session', async () => {
  const { page, requests } = await open(browser, server.base);
  await paste(page, readFileSync(path.join(FIXTURES, 'chain-rsa.pem'), 'utf8'));
  await page.waitForSelector('.cert');
  await page.setInputFiles('#files', [path.join(FIXTURES, 'chain-rsa.p7b')]);
  await page.waitForSelector('#file-list li');
  await page.fill('#at', '2027-06-01T12:00');
  await page.dispatchEvent('#at', 'change');
  await page.waitForSelector('.cert[data-status="expired"]');
  assert.ok(requests.length >= 3, `expected the page's own files, saw ${requests.length} requests`);
  const foreign = requests.filter((u) => !u.startsWith(server.base) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
});

test('the Content-Security-Policy is strict and nothing violates it', async () => {
  const { page, errors } = await open(browser, server.base);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*/);
  // The diagnosis worker comes from the origin; no blob: or data: workers.
  assert.match(csp, /worker-src 'self'(;|$)/);
  // An inline script injected now must be refused by the policy.
  const ran = await page.evaluate(async () => {
    window.injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.injected;
  });
  assert.equal(ran, false);
  // The only console error is the refusal of the injected script: the app itself violates nothing.
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /inline script.*Content Security Policy|Content Security Policy.*inline script/i);
});

test('hostile certificate fields are rendered as text, never as HTML', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, readFileSync(path.join(FIXTURES, 'hostile-subject.pem'), 'utf8'));
  await page.waitForSelector('.cert');
  // Shown as text, escaped as OpenSSL's RFC 2253 output escapes < and >.
  assert.match(await field(page, 0, 'subject'), /\\<img src=x onerror=window\.pwned=1\\>\.contoso\.test/);
  assert.match(await field(page, 0, 'sans'), /<b>bold<\/b>\.contoso\.test/);
  assert.equal(await page.locator('.results img, .results b, .results script').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.screenshot({ path: path.join(SHOTS, 'hostile.png'), fullPage: true });
});

test('the app works when hosted under a sub-path', async () => {
  const { page, requests } = await open(browser, server.subBase);
  await paste(page, readFileSync(path.join(FIXTURES, 'leaf-mail.pem'), 'utf8'));
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent === '1 certificate');
  assert.ok(requests.every((u) => u.startsWith(server.subBase)), requests.join('\n'));
});
