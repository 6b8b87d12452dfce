// What an admin does with the inspector: paste a chain, drop files, paste everything at once,
// paste an s_client transcript, change the evaluation date. Each test saves a screenshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, paste, field, FIXTURES, SHOTS } from './harness.mjs';

const fixture = (name) => readFileSync(path.join(FIXTURES, name), 'utf8');
let server, browser;

before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123));
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

test('pasting a PEM chain lists every certificate with its fields', async () => {
  const { page, errors } = await open(browser, server.base);
  await paste(page, fixture('chain-rsa.pem'));
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent === '3 certificates');
  assert.equal(await page.locator('.cert').count(), 3);
  assert.equal(await page.textContent('.cert[data-index="0"] h3'), '#1mail.contoso.test' + (await page.textContent('.cert[data-index="0"] .status')));
  assert.equal(await field(page, 0, 'subject'), 'C=DE, L=Berlin, O=Contoso Ltd, CN=mail.contoso.test');
  assert.equal(await field(page, 0, 'issuer'), 'C=DE, O=Forcetls Test, CN=Forcetls Test Issuing CA 1');
  assert.equal(await field(page, 0, 'sha1'), '9A96A004A1CFB0904203A394858328A41490EEC2');
  assert.equal(await field(page, 0, 'sha256'), '64C4BD8B4C5D0C1C3C905C6F41A5B236026E4A1CDA3554B3C5085CF4F98E18C8');
  assert.equal(await field(page, 0, 'sans'), 'mail.contoso.test, *.contoso.test, autodiscover.contoso.test, IP:192.0.2.25, EMAIL:postmaster@contoso.test');
  assert.equal(await field(page, 0, 'scts'), '2');
  assert.equal(await field(page, 0, 'policies'), '2.23.140.1.2.2 (OV)');
  assert.equal(await field(page, 2, 'basic-constraints'), 'CA (critical)');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(SHOTS, 'chain-rsa.png'), fullPage: true });
});

test('a mixed paste reports the key, the CSR, the CRL and the unreadable block, and keeps the rest', async () => {
  const { page } = await open(browser, server.base);
  const text = fixture('mixed-paste.txt');
  await paste(page, text);
  await page.waitForSelector('[data-id="private-key-pasted"]');
  assert.equal(await page.textContent('#summary'),
    '2 certificates, 1 private key ignored, 1 certificate request ignored, 1 CRL, 1 unreadable block at line 97, 11 lines of other text ignored');
  for (const id of ['certificate-unparseable', 'certificate-request-ignored', 'text-ignored']) {
    assert.equal(await page.locator(`[data-id="${id}"]`).count(), 1, id);
  }
  // The key's Base64 must never be rendered anywhere outside the paste box itself.
  const keyLine = fixture('leaf-mail.key').split('\n')[1];
  const shown = await page.evaluate(() => document.querySelector('.results').textContent);
  assert.ok(!shown.includes(keyLine), 'private key material is shown');
  await page.screenshot({ path: path.join(SHOTS, 'mixed-paste.png'), fullPage: true });
});

test('picked files (PKCS#7, DER, UTF-16) are read together and duplicates recognised', async () => {
  const { page } = await open(browser, server.base);
  await page.setInputFiles('#files', ['chain-rsa.p7b', 'leaf-mail.cer', 'chain-rsa-utf16le-bom.txt'].map((f) => path.join(FIXTURES, f)));
  await page.waitForFunction(() => document.querySelectorAll('#file-list li').length === 3);
  // The diagnosis worker answers after the file list has updated.
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent === '3 certificates, 4 duplicates');
  assert.match(await field(page, 0, 'found-at'), /^chain-rsa\.p7b, PKCS#7 item 1; leaf-mail\.cer; chain-rsa-utf16le-bom\.txt, line 1$/);
  await page.click('#file-list li:first-child .remove');
  await page.waitForFunction(() => document.querySelectorAll('#file-list li').length === 2);
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent === '3 certificates, 1 duplicate');
});

test('an s_client transcript shows the handshake facts and the verify error', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, fixture('s_client-starttls-smtp.txt'));
  await page.waitForSelector('.handshake');
  const row = (key) => page.textContent(`.handshake dd[data-key="${key}"]`);
  assert.equal(await row('protocol'), 'TLSv1.3');
  assert.equal(await row('verify-return-code'), '20 (unable to get local issuer certificate)');
  assert.equal(await row('certificates-sent'), '0: #1 mail.contoso.test, 1: #2 Forcetls Test Issuing CA 1');
  assert.equal(await page.locator('[data-id="openssl-verify-failed"]').count(), 1);
  await page.screenshot({ path: path.join(SHOTS, 's_client.png'), fullPage: true });
});

test('changing the evaluation date re-evaluates validity', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, fixture('leaf-mail.pem'));
  await page.fill('#at', '2026-06-01T12:00');
  await page.dispatchEvent('#at', 'change');
  await page.waitForFunction(() => document.querySelector('#evaluated')?.dataset.at?.startsWith('2026-06-01'));
  assert.equal(await page.textContent('.cert[data-index="0"] .status'), 'expires in 213 days');
  await page.fill('#at', '2027-03-01T12:00');
  await page.dispatchEvent('#at', 'change');
  await page.waitForSelector('.cert[data-status="expired"]');
  assert.equal(await page.locator('[data-id="certificate-expired"]').count(), 1);
  assert.equal(await page.textContent('.cert[data-index="0"] .status'), 'expired 59 days ago');
});
