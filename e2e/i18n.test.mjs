// The page in English, German and Traditional Chinese: the browser's language chooses it, the
// switch in the header changes it without reloading and keeps the input, <html lang> and ?lang=
// follow it, and a link with ?lang= opens in that language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, open, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123) + 70);
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

// What each language shows for the "partner with an expired certificate" example.
const LANGUAGES = [
  { lang: 'en', locale: 'en-US', forcedTls: 'Forced TLS, direction by direction', findings: 'Findings', fails: 'Forced TLS will fail', summary: /^2 certificates, 1 connector/, tagline: /^Will forced TLS/ },
  { lang: 'de', locale: 'de-DE', forcedTls: 'Erzwungenes TLS, Richtung für Richtung', findings: 'Befunde', fails: 'Erzwungenes TLS wird scheitern', summary: /^2 Zertifikate, 1 Connector/, tagline: /^Funktioniert erzwungenes TLS/ },
  { lang: 'zh-TW', locale: 'zh-TW', forcedTls: '各方向的強制 TLS', findings: '發現事項', fails: '強制 TLS 會失敗', summary: /^2 個憑證，1 個連接器/, tagline: /^兩個郵件系統之間的強制 TLS/ },
];

async function loadExample(page) {
  await page.click('button.example[data-example="partner-expired"]');
  await page.waitForSelector('.direction[data-direction="exo-to-peer"][data-outcome="will-fail"]');
}

async function expectLanguage(page, l) {
  await page.waitForFunction((lang) => document.documentElement.lang === lang, l.lang);
  // The report is worded by the diagnosis worker and arrives after the page's own words.
  await page.waitForFunction((text) => document.querySelector('#forced-tls h2')?.textContent === text, l.forcedTls);
  await page.waitForFunction((text) => document.querySelector('.direction[data-direction="exo-to-peer"] .outcome')?.textContent === text, l.fails);
  assert.equal(await page.textContent('#forced-tls h2'), l.forcedTls);
  assert.equal(await page.textContent('#findings-section h2'), l.findings);
  assert.equal(await page.textContent('.direction[data-direction="exo-to-peer"] .outcome'), l.fails);
  assert.match(await page.textContent('#summary'), l.summary);
  assert.match(await page.textContent('.tagline'), l.tagline);
  assert.equal(await page.inputValue('#lang'), l.lang);
  assert.equal(new URL(page.url()).searchParams.get('lang'), l.lang);
  // Exchange's own error string stays verbatim in every language.
  assert.match(await page.textContent('.direction .exchange-error'), /CertificateExpired/);
}

for (const l of LANGUAGES) {
  test(`a browser set to ${l.locale} gets the page in ${l.lang}: headings and a verdict`, async () => {
    const { page, errors } = await open(browser, server.base, { locale: l.locale });
    await loadExample(page);
    await expectLanguage(page, l);
    assert.match(await page.title(), /forcetls/);
    await page.screenshot({ path: path.join(SHOTS, `i18n-${l.lang}.png`), fullPage: true });
    assert.deepEqual(errors, []);
  });
}

test('the switch rewords the page without reloading, keeps the input, and updates <html lang> and ?lang=', async () => {
  const { page, errors, requests } = await open(browser, server.base, { locale: 'en-US' });
  await loadExample(page);
  // The first view carries English only; another language's words are fetched when it is chosen.
  assert.deepEqual(requests.filter((u) => u.includes('/locales/')), []);
  const input = await page.inputValue('#paste');
  // A marker on the window survives only if the page is not reloaded.
  await page.evaluate(() => { window.__notReloaded = true; });
  for (const l of [LANGUAGES[1], LANGUAGES[2], LANGUAGES[0]]) {
    await page.selectOption('#lang', l.lang);
    await expectLanguage(page, l);
    assert.equal(await page.inputValue('#paste'), input, 'the input stays');
    assert.equal(await page.evaluate(() => window.__notReloaded), true, 'no reload');
  }
  assert.deepEqual(requests.filter((u) => u.includes('/locales/')).map((u) => new URL(u).pathname).sort(),
    ['de', 'zh-TW'].flatMap((l) => ['exchange', 'findings', 'report', 'ui'].map((f) => `/locales/${l}/${f}.ftl`)).sort());
  assert.deepEqual(errors, []);
});

test('a link with ?lang= opens in that language whatever the browser prefers', async () => {
  const { page } = await open(browser, `${server.base}?lang=zh-TW`, { locale: 'de-DE' });
  await loadExample(page);
  await expectLanguage(page, LANGUAGES[2]);
});
