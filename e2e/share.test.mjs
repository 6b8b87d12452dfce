// Sharing, exports, the examples gallery, the firewall worksheet and the rollover view, as a user
// meets them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, paste, fill, instrument, FIXTURES, SHOTS } from './harness.mjs';

const fixture = (name) => readFileSync(path.join(FIXTURES, name), 'utf8');
let server, browser;
before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123) + 50);
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

const outcomes = (page) => page.$$eval('.direction', (els) => els.map((e) => `${e.dataset.direction}:${e.dataset.outcome}`));

test('every gallery example loads with one click and shows its scenario', async () => {
  const { page } = await open(browser, server.base);
  const want = {
    'hybrid-working': ['exo-to-peer:will-work', 'peer-to-exo:will-work', 'onprem-trusts-exo:will-work'],
    'partner-expired': ['exo-to-peer:will-fail'],
    'stale-tls-certificate-name': ['peer-to-exo:will-fail', 'onprem-trusts-exo:will-fail'],
    'missing-intermediate': ['exo-to-peer:will-fail'],
    'exo-root-change': ['peer-to-exo:will-fail', 'onprem-trusts-exo:will-fail'],
  };
  for (const [id, expected] of Object.entries(want)) {
    await page.click(`.example[data-example="${id}"]`);
    await page.waitForFunction((n) => document.querySelectorAll('.direction').length === n, expected.length);
    assert.deepEqual(await outcomes(page), expected, id);
    assert.match(await page.inputValue('#at'), /^2026-06-01T\d\d:\d\d$/);
    if (id === 'hybrid-working') await page.screenshot({ path: path.join(SHOTS, 'gallery-hybrid-working.png'), fullPage: true });
  }
});

test('a share link round-trips the whole input, after a warning, and works under a sub-path', async () => {
  for (const base of [server.base, server.subBase]) {
    const { page } = await open(browser, base);
    await page.click('.example[data-example="stale-tls-certificate-name"]');
    await page.waitForSelector('.direction[data-outcome="will-fail"]');
    await page.fill('#at', '2026-07-01T12:00');
    await page.dispatchEvent('#at', 'change');
    await page.waitForFunction(() => document.querySelector('#evaluated')?.dataset.at?.startsWith('2026-07-01'));
    await page.fill('#server-name', 'mail.contoso.com');
    // The name is in the field before the link is made (a run once shared a link without it).
    assert.equal(await page.inputValue('#server-name'), 'mail.contoso.com');
    const summary = await page.textContent('#summary');
    const text = await page.inputValue('#paste');
    await page.click('#share');
    await page.waitForSelector('#share-warning');
    assert.match(await page.textContent('#share-warning'), /2 connectors: your tenant's connector names, domains, smart hosts and IP addresses/);
    await page.click('#share-confirm');
    const link = await page.inputValue('#share-link');
    // The link keeps the page's address and language (?lang=) and carries the input after #.
    assert.ok(link.startsWith(`${base}?lang=en#v1.`), link.slice(0, 80));
    const second = await open(browser, link);
    await second.page.waitForFunction((s) => document.querySelector('#summary')?.textContent === s, summary);
    assert.equal(await second.page.inputValue('#at'), '2026-07-01T12:00');
    assert.equal(await second.page.inputValue('#server-name'), 'mail.contoso.com');
    assert.equal(await second.page.inputValue('#paste'), text);
    assert.deepEqual(await outcomes(second.page), ['peer-to-exo:will-fail', 'onprem-trusts-exo:will-fail']);
    assert.ok(second.requests.every((u) => !u.includes('#')), 'the fragment is never requested');
  }
});

test('private keys never travel in a share link', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, fixture('leaf-mail.pem') + fixture('leaf-mail.key'));
  await page.waitForSelector('[data-id="private-key-pasted"]');
  await page.click('#share');
  await page.waitForSelector('#share-warning');
  assert.match(await page.textContent('#share-warning'), /1 private key: it is removed from the link/);
  await page.click('#share-confirm');
  const link = await page.inputValue('#share-link');
  const second = await open(browser, link);
  await second.page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('1 certificate'));
  assert.equal(await second.page.locator('[data-id="private-key-pasted"]').count(), 0);
  assert.ok(!(await second.page.inputValue('#paste')).includes('PRIVATE KEY'));
});

test('damaged, unknown and over-long links get a clear message', async () => {
  const damaged = await open(browser, `${server.base}#v1.AAAAnot-really-deflate`);
  await damaged.page.waitForSelector('#link-error');
  assert.match(await damaged.page.textContent('#link-error'), /^This share link is damaged/);
  const unknown = await open(browser, `${server.base}#v9.abc`);
  await unknown.page.waitForSelector('#link-error');
  assert.match(await unknown.page.textContent('#link-error'), /format "v9", which this version of forcetls does not know/);
  const { page } = await open(browser, server.base);
  await paste(page, fixture('bundle-150.pem'));
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent.startsWith('150 certificates'));
  await page.click('#share');
  await page.waitForSelector('#share-error');
  assert.match(await page.textContent('#share-error'), /too large for a share link \([\d,]+ characters; the limit is 32,768\)/);
});

test('exports: Markdown for a ticket, JSON with the CLI schema, copy buttons', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base.replace(/\/$/, '') });
  const page = await context.newPage();
  instrument(page);
  await page.goto(server.base);
  await page.waitForSelector('#paste');
  await page.click('.example[data-example="missing-intermediate"]');
  await page.waitForSelector('.direction');
  await page.click('#export-markdown');
  const md = await page.inputValue('#export-text');
  assert.match(md, /^# forcetls diagnosis\n/);
  // Every string is inert Markdown: ASCII punctuation backslash-escaped (quote::markdown::text).
  assert.match(md, /\| Exchange Online → mail\\\.contoso\\\.test .* \| Forced TLS will fail \| 450 4\\\.4\\\.317 Cannot connect to remote server \\\[Message\\=UntrustedRoot\\\] \|/);
  await page.click('#export-json');
  const json = JSON.parse(await page.inputValue('#export-text'));
  assert.equal(json.schema, 'forcetls.diagnosis');
  assert.equal(json.directions[0].outcome, 'will-fail');
  await page.click('.panel .copy');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), JSON.stringify(json, null, 2));
  // Every fix command has its copy button too.
  // (The previous example's cards stay until the worker answers: wait for this example's direction.)
  await page.click('.example[data-example="stale-tls-certificate-name"]');
  await page.waitForSelector('.direction[data-direction="peer-to-exo"][data-outcome="will-fail"]');
  await page.click('.direction[data-direction="peer-to-exo"] .copy');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Set-SendConnector -Identity 'Outbound to Office 365' -TlsCertificateName '<I>CN=Chain Test Issuing CA A1/);
  await context.close();
});

test('the firewall worksheet lists every endpoint with its exports', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, fixture('chain-rsa.pem'));
  await page.waitForSelector('#worksheet');
  const rows = await page.$$eval('#worksheet tbody tr', (trs) => trs.map((tr) => [...tr.children].slice(1, 5).map((td) => td.textContent).join(' ')));
  assert.deepEqual(rows, ['aia.forcetls.test 80 CA issuers theirs', 'crl.forcetls.test 80 CRL theirs', 'ldap.forcetls.test 389 CRL theirs', 'ocsp.forcetls.test 80 OCSP theirs']);
  assert.match(await page.textContent('#worksheet-powershell'), /Test-NetConnection -ComputerName 'ldap\.forcetls\.test' -Port 389/);
  assert.match(await page.textContent('#worksheet-shell'), /openssl ocsp -issuer issuer\.pem -cert server\.pem -url 'http:\/\/ocsp\.forcetls\.test/);
  assert.equal(await page.textContent('#worksheet-hosts'), 'aia.forcetls.test:80\ncrl.forcetls.test:80\nldap.forcetls.test:389\nocsp.forcetls.test:80\n');
  await page.screenshot({ path: path.join(SHOTS, 'worksheet.png'), fullPage: true });
});

test('rollover: a new chain under another root, and Exchange Online eras', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, fixture('chain-rsa.pem'));
  await page.click('.roots summary');
  await fill(page, '#roots', fixture('root-rsa.pem') + fixture('chains/root-a.pem'));
  await page.click('#rollover summary');
  await fill(page, '#next', fixture('chains/good.pem'));
  await page.waitForSelector('#rollover-result');
  assert.match(await page.textContent('#rollover-result dd[data-key="root"]'), /^Forcetls Test Root R1 → Chain Test Root A/);
  assert.equal(await page.textContent('#rollover-result dd[data-key="endpoints-added"]'), 'aia.chaintest.test:80 (ca-issuers), crl.chaintest.test:80 (crl), ocsp.chaintest.test:80 (ocsp)');
  await page.selectOption('#era-from', '1');
  await page.selectOption('#era-to', '2');
  await page.waitForFunction(() => document.querySelector('#era-result dd[data-key="root"]')?.textContent.startsWith('GlobalSign Root CA → DigiCert Global Root CA'));
  assert.match(await page.textContent('#era-result dd[data-key="endpoints-added"]'), /http:\/\/ocsp\.digicert\.com/);
});
