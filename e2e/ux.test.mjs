// "The answer first" (issue 14): what an Exchange admin sees at 1366×768 and 390×844, by mouse and
// keyboard, with axe-core checking every journey. Each test is a defect the issue names: the
// result bar and who must act, the example state and Start fresh, whose view a chain card is,
// copy feedback only after the clipboard answered, dialogs, downloads, NDR cards, connector-only
// input, the Collect panel, the phone layout, and the smaller items.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, paste, FIXTURES } from './harness.mjs';
import { openAt, axe, shot, scrollsSideways, DESKTOP, PHONE } from './a11y.mjs';

const EXAMPLES = ['hybrid-working', 'partner-expired', 'stale-tls-certificate-name', 'missing-intermediate', 'exo-root-change'];
const today = () => new Date().toISOString().slice(0, 10);
let server, browser;
before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123) + 5);
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

const outbound = `Name             : To Fabrikam
Enabled          : True
ConnectorType    : Partner
RecipientDomains : {fabrikam.com}
SmartHosts       : {mx1.fabrikam.com}
TlsSettings      : DomainValidation
TlsDomain        : mx1.fabrikam.com
`;

async function noViolations(page, where) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${where}: axe violations`);
}

for (const id of EXAMPLES) {
  test(`example ${id}: the answer first, who must act, marked example state, axe clean at both widths`, async () => {
    for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      const { page, context } = await openAt(browser, server.base, viewport);
      await page.click(`[data-example="${id}"]`);
      await page.waitForSelector('#result-lines .result-line');
      // Focus and scroll moved to the result, which sits right under the input.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-heading', `${size}: focus`);
      const box = await page.locator('#result-heading').boundingBox();
      assert.ok(box.y >= 0 && box.y < viewport.height, `${size}: the result is in view (y=${box.y})`);
      // Every line links to a card that exists, and says who must act whenever something is not working.
      for (const line of await page.$$('#result-lines .result-line')) {
        const target = await line.$eval('a', (a) => a.dataset.target);
        assert.ok(await page.$(`#${target}`), `${size}: ${target} exists`);
        const state = await line.getAttribute('data-state');
        if (['will-fail', 'cannot-tell', 'not-forced', 'not-trusted', 'error'].includes(state)) {
          assert.match(await line.textContent(), /Who must act: (you|the partner|Microsoft|whoever runs)/, `${size}: ${target}`);
        }
      }
      // The example state is marked, with its date and Start fresh.
      assert.match(await page.textContent('#example-state'), /^Example "[^"]+": evaluated on 1 June 2026/);
      assert.equal(await scrollsSideways(page), false, `${size}: no horizontal scroll`);
      await noViolations(page, `${id} ${size}`);
      await shot(page, `example-${id}-${size}`);
      await context.close();
    }
  });
}

test('Start fresh and Clear reset every input and option; own text leaves the example state', async () => {
  const { page, context } = await openAt(browser, server.base, DESKTOP);
  await page.click('[data-example="exo-root-change"]');
  await page.waitForSelector('#example-state');
  assert.equal(await page.inputValue('#store'), 'none');
  assert.match(await page.inputValue('#at'), /^2026-06-01/);
  await page.click('#start-fresh');
  await page.waitForSelector('#example-state', { state: 'detached' });
  assert.equal(await page.inputValue('#paste'), '');
  assert.equal(await page.inputValue('#store'), 'microsoft');
  assert.equal(await page.inputValue('#roots'), '');
  assert.equal(await page.inputValue('#public-roots'), '');
  assert.equal(await page.inputValue('#server-name'), '');
  assert.equal((await page.inputValue('#at')).slice(0, 10), today());
  // An example, then the admin's own text: judged now, with the default store and no test roots.
  await page.click('[data-example="exo-root-change"]');
  await page.waitForSelector('#example-state');
  await paste(page, '');
  await paste(page, outbound);
  await page.waitForSelector('#example-state', { state: 'detached' });
  assert.equal(await page.inputValue('#store'), 'microsoft');
  assert.equal(await page.inputValue('#roots'), '');
  assert.equal(await page.inputValue('#public-roots'), '');
  assert.equal((await page.inputValue('#at')).slice(0, 10), today());
  // Clear resets the store too.
  await page.selectOption('#store', 'mozilla');
  await page.fill('#server-name', 'mail.contoso.com');
  await page.click('#clear');
  assert.equal(await page.inputValue('#store'), 'microsoft');
  assert.equal(await page.inputValue('#server-name'), '');
  await context.close();
});

test('each chain card says whose view it is, and agrees with the direction cards', async () => {
  const { page, context } = await openAt(browser, server.base, DESKTOP);
  await page.click('[data-example="partner-expired"]');
  await page.waitForSelector('.chain');
  assert.equal(await page.getAttribute('.chain', 'data-view'), 'exchange-online');
  assert.match(await page.textContent('.chain .viewpoint'), /^Whose view: as Exchange Online validates it/);
  assert.equal(await page.getAttribute('.chain', 'data-verdict'), 'not-trusted');
  assert.equal(await page.getAttribute('.direction[data-direction="exo-to-peer"]', 'data-outcome'), 'will-fail');
  // Another store is the selected validating side's view, not Exchange Online's: the chain card
  // says so, and the direction (Exchange Online's verdict) does not change with it.
  await page.selectOption('#store', 'mozilla');
  await page.waitForSelector('.chain[data-view="selected-store"]');
  const cards = await page.$$('.chain');
  assert.ok(cards.length > 0);
  for (const card of cards) {
    assert.equal(await card.getAttribute('data-view'), 'selected-store');
    assert.match(await card.$eval('.viewpoint', (p) => p.textContent), /not Exchange Online's view/);
  }
  assert.equal(await page.getAttribute('.direction[data-direction="exo-to-peer"]', 'data-outcome'), 'will-fail');
  await context.close();
});

test('copy says Copied only after the clipboard accepted, and shows a failure otherwise', async () => {
  const granted = await openAt(browser, server.base, DESKTOP, { clipboard: 'grant' });
  await granted.page.click('[data-example="exo-root-change"]');
  const button = granted.page.locator('.direction .copy').first();
  assert.match(await button.textContent(), /^Copy fix commands$/);
  await button.click();
  await granted.page.waitForSelector('.direction .copy[data-state="copied"]');
  assert.match(await granted.page.evaluate(() => navigator.clipboard.readText()), /certutil -addstore Root/);
  await granted.context.close();

  const denied = await openAt(browser, server.base, DESKTOP, { clipboard: 'deny' });
  await denied.page.click('[data-example="exo-root-change"]');
  await denied.page.locator('.direction .copy').first().click();
  await denied.page.waitForSelector('.copy-failed');
  assert.equal(await denied.page.getAttribute('.direction .copy', 'data-state'), 'failed');
  assert.notEqual(await denied.page.textContent('.direction .copy'), 'Copied');
  assert.match(await denied.page.textContent('.copy-failed'), /Copy failed/);
  await noViolations(denied.page, 'copy failure');
  await denied.context.close();
});

test('every copy button is named by what it copies; only the summary is a live region; a skip link leads to the result', async () => {
  const { page, context } = await openAt(browser, server.base, DESKTOP);
  // The first Tab reaches the skip link, and it leads to the result.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.equal(await page.getAttribute('.skip-link', 'href'), '#result');
  await page.click('[data-example="hybrid-working"]');
  await page.waitForSelector('#result-lines');
  await page.click('#collect summary');
  const names = await page.$$eval('button.copy', (bs) => bs.map((b) => b.textContent.trim()));
  assert.ok(names.length >= 5);
  for (const n of names) assert.notEqual(n, 'Copy');
  assert.deepEqual(await page.$$eval('[aria-live]', (es) => es.map((e) => e.id)), ['summary']);
  await context.close();
});

test('share and export dialogs: named, focus in, Escape closes, focus back; exports download as files', async () => {
  const { page, context } = await openAt(browser, server.base, DESKTOP);
  await page.click('[data-example="missing-intermediate"]');
  await page.waitForSelector('#result-lines');
  await page.click('#share');
  await page.waitForSelector('#share-warning');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-confirm');
  await noViolations(page, 'share warning');
  await page.click('#share-confirm');
  await page.waitForSelector('#share-dialog');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-link');
  assert.equal(await page.getAttribute('#share-dialog', 'aria-labelledby'), 'dialog-title');
  await noViolations(page, 'share dialog');
  await shot(page, 'share-dialog-desktop');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#share-dialog', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share');

  for (const [button, ext] of [['#export-markdown', 'md'], ['#export-json', 'json']]) {
    await page.click(button);
    await page.waitForSelector('#export-dialog');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'export-text');
    await noViolations(page, `${ext} export dialog`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-download')]);
    assert.equal(download.suggestedFilename(), `forcetls-2026-06-01.${ext}`);
    const text = readFileSync(await download.path(), 'utf8');
    if (ext === 'json') assert.equal(JSON.parse(text).schema, 'forcetls.diagnosis');
    else assert.match(text, /^# /);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.id), button.slice(1));
  }
  await context.close();
});

test('the Markdown export escapes certificate text: no HTML from a hostile subject reaches the ticket', async () => {
  const { page, context } = await openAt(browser, server.base, DESKTOP);
  await paste(page, readFileSync(path.join(FIXTURES, 'hostile-subject.pem'), 'utf8'));
  await page.waitForSelector('.cert');
  await page.click('#export-markdown');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-download')]);
  assert.match(download.suggestedFilename(), /^forcetls-\d{4}-\d{2}-\d{2}\.md$/);
  const md = readFileSync(await download.path(), 'utf8');
  assert.match(md, /\\<img src\\=x onerror\\=window\\\.pwned\\=1\\>/);
  assert.doesNotMatch(md, /(^|[^\\])<(img|script|b)[\s>]/);
  await context.close();
});

test('NDR journey: an NDR card with meaning, cause, who must act and commands for the host it names', async () => {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const { page, context } = await openAt(browser, server.base, viewport);
    await paste(page, 'Remote Server returned: Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot] [LastAttemptedServerName=mx1.fabrikam.com] [LastAttemptedIP=192.0.2.25:25]');
    await page.waitForSelector('.ndr');
    assert.match(await page.textContent('.ndr h3'), /450 4\.4\.317 \[UntrustedRoot\]/);
    assert.ok((await page.textContent('.ndr .meaning')).length > 20);
    assert.ok((await page.textContent('.ndr .cause')).length > 20);
    assert.match(await page.textContent('.ndr .actor'), /whoever runs that server/);
    const commands = await page.$$eval('.ndr .command', (ps) => ps.map((p) => p.textContent));
    assert.ok(commands.includes("Get-StartTlsChain -ComputerName 'mx1.fabrikam.com'"), commands.join('\n'));
    assert.ok(commands.includes("Test-NetConnection -ComputerName 'mx1.fabrikam.com' -Port 25"));
    assert.equal(await page.$$eval('.ndr .command', (ps) => ps.filter((p) => !p.nextElementSibling?.querySelector('button.copy')).length), 0, 'every command has a copy button');
    assert.match(await page.textContent('#result-lines'), /450 4\.4\.317/);
    assert.equal(await page.getAttribute('.ndr .reference', 'href'), 'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online');
    assert.equal(await scrollsSideways(page), false);
    await noViolations(page, `NDR ${size}`);
    await shot(page, `ndr-${size}`);
    await context.close();
  }
  // The common Exchange Online TLS codes are all recognised.
  const { page, context } = await openAt(browser, server.base, DESKTOP);
  const lines = [
    '450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mail.fabrikam.com. Presented Subject: CN=*.fabrikam.net. Thumbprint: 0A1B.] [LastAttemptedServerName=mx1.fabrikam.com]',
    '451 5.7.3 STARTTLS is required to send mail [PN2PR01CA0191.INDPRD01.PROD.OUTLOOK.COM]',
    '550 5.7.64 TenantAttribution; Relay Access Denied',
    '550 5.7.51 TenantInboundAttribution; There is a partner connector configured that matched the message\'s recipient domain.',
    '454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.',
    '454 4.7.0 TLS not available due to local problem',
    '421 4.4.2 Connection dropped due to SocketError',
  ];
  await paste(page, lines.join('\n'));
  await page.waitForSelector('.ndr');
  const labels = await page.$$eval('.ndr h3', (hs) => hs.map((h) => h.textContent));
  for (const code of ['4.4.317', '451 5.7.3', '5.7.64', '5.7.51', '4.7.5', '454 4.7.0', '421 4.4.2']) {
    assert.ok(labels.some((l) => l.includes(code)), `${code} in ${labels.join(' | ')}`);
  }
  await noViolations(page, 'NDR codes');
  await context.close();
});

test('connector-only input: no dead end, the collect command has its copy button', async () => {
  const { page, context } = await openAt(browser, server.base, PHONE);
  await paste(page, outbound);
  await page.waitForSelector('.direction[data-outcome="cannot-tell"]');
  assert.equal(await page.$('[data-id="input-empty"]'), null);
  assert.match(await page.textContent('#result-lines'), /Cannot tell/);
  assert.match(await page.textContent('#result-lines'), /Who must act: you/);
  assert.equal(await page.textContent('.direction .collect-command'), "Get-StartTlsChain -ComputerName 'mx1.fabrikam.com'");
  assert.ok(await page.$('.direction .collect-command + .copy-wrap button.copy'));
  assert.equal(await scrollsSideways(page), false);
  await noViolations(page, 'connector only');
  await shot(page, 'connector-only-phone');
  await context.close();
});

test('Collect panel: PowerShell per input, and the STARTTLS probe whose output the page reads', async () => {
  const { page, context } = await openAt(browser, server.base, DESKTOP);
  await page.click('#collect summary');
  assert.match(await page.textContent('#collect-exo-connectors'), /\$FormatEnumerationLimit = -1\nGet-OutboundConnector \| Format-List/);
  assert.match(await page.textContent('#collect-server-connectors'), /Get-SendConnector \| Format-List/);
  assert.match(await page.textContent('#collect-server-certificates'), /Get-ExchangeCertificate/);
  await page.fill('#probe-host', 'MX1.Fabrikam.com');
  assert.match(await page.textContent('#collect-probe'), /\nGet-StartTlsChain -ComputerName 'mx1\.fabrikam\.com'$/);
  await page.fill('#probe-host', "mx1.fabrikam.com'; Remove-Item C:\\");
  await page.waitForSelector('#probe-host-refused');
  assert.equal(await page.$('#collect-probe'), null);
  await noViolations(page, 'collect panel');
  await shot(page, 'collect-desktop');
  // What the probe prints, dropped or picked as a file, is read as the chain it is; the answer takes focus.
  await page.setInputFiles('#files', [path.join(FIXTURES, 'collect', 'starttls-probe-output.txt')]);
  await page.waitForSelector('.cert[data-index="2"]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-heading');
  assert.match(await page.textContent('#summary'), /^3 certificates/);
  assert.equal(await page.$('[data-id="unreadable-block"]'), null);
  await context.close();
});

test('phone layout: paste box near the top, no horizontal scroll with a worksheet and long fingerprints', async () => {
  const { page, context } = await openAt(browser, server.base, PHONE);
  const top = (await page.locator('#paste').boundingBox()).y;
  assert.ok(top < 320, `paste box at y=${top}`);
  await page.click('[data-example="hybrid-working"]');
  await page.waitForSelector('#worksheet');
  assert.equal(await scrollsSideways(page), false);
  // Table cells wrap by cell, not letter by letter: no cell is narrower than a few characters.
  const narrow = await page.$$eval('#worksheet td', (tds) => tds.filter((td) => td.textContent.length > 3 && td.getBoundingClientRect().width < 40).length);
  assert.equal(narrow, 0);
  await shot(page, 'worksheet-phone');
  await context.close();
});

test('smaller items: echoed s_client command, #findings fragment, the trust-store sentence once', async () => {
  const { page, context } = await openAt(browser, server.base, DESKTOP);
  const pem = readFileSync(path.join(FIXTURES, 'chains', 'good.pem'), 'utf8');
  await paste(page, `$ openssl s_client -connect mail.contoso.test:25 -starttls smtp -showcerts\nCONNECTED(00000003)\n---\nCertificate chain\n${pem}---\nVerify return code: 0 (ok)\n---\nDONE\n`);
  await page.waitForSelector('.handshake');
  assert.equal((await page.$$('.handshake')).length, 1);
  const body = await page.textContent('body');
  assert.equal(body.split("Mozilla's store from").length - 1, 1, 'the long trust-store sentence appears once');
  await context.close();
  const anchor = await openAt(browser, `${server.base}#findings`, DESKTOP);
  await anchor.page.waitForTimeout(300);
  assert.equal(await anchor.page.$('#link-error'), null);
  await anchor.context.close();
});
