// Connectors and the forced-TLS verdict as an admin uses them: paste Get-OutboundConnector output
// with the peer's chain, drop a Windows PowerShell (UTF-16) export, paste an NDR line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, paste, FIXTURES, SHOTS } from './harness.mjs';

const SAMPLES = path.join(FIXTURES, 'connectors');
const chain = (name) => readFileSync(path.join(FIXTURES, 'chains', name), 'utf8');
let server, browser;
before(async () => {
  server = await serve(Number(process.env.E2E_PORT || 8123) + 40);
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

const outbound = (level, domain) => `PS C:\\> Get-OutboundConnector "To Contoso" | Format-List

Name             : To Contoso
Enabled          : True
ConnectorType    : Partner
RecipientDomains : {contoso.test}
SmartHosts       : {mail.contoso.test}
TlsSettings      : ${level}
TlsDomain        : ${domain}
`;

test('an outbound connector requiring validation against a self-signed peer fails with UntrustedRoot', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, outbound('DomainValidation', 'mail.contoso.test') + '\n' + chain('self-signed-leaf.pem'));
  await page.waitForSelector('.direction[data-direction="exo-to-peer"]');
  assert.equal(await page.getAttribute('.direction', 'data-outcome'), 'will-fail');
  assert.equal(await page.textContent('.direction .exchange-error'), '450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]');
  assert.equal(await page.textContent('.connector[data-side="exchange-online"] dd[data-key="TlsSettings"]'), 'DomainValidation');
  assert.match(await page.textContent('#summary'), /^1 certificate, 1 connector/);
  await page.screenshot({ path: path.join(SHOTS, 'connector-untrusted-root.png'), fullPage: true });
});

test('an outbound connector without TlsSettings is reported as not forced, with the command to force it', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, outbound('', ''));
  await page.waitForSelector('.direction[data-outcome="not-forced"]');
  assert.match(await page.textContent('.direction .fixes'), /^Set-OutboundConnector -Identity 'To Contoso' -TlsSettings DomainValidation -TlsDomain/);
});

test('a dropped UTF-16 Format-List export and a renewed certificate: stale TlsCertificateName is caught', async () => {
  const { page } = await open(browser, server.base);
  await page.setInputFiles('#files', [path.join(SAMPLES, 'exo_hybrid_Get-OutboundConnector_FL_winps51-redirect_utf16le.txt')]);
  await page.waitForSelector('[data-id="connector-list-truncated"]');
  assert.equal(await page.textContent('.connector[data-side="exchange-online"] h4'), 'Outbound to 5d2f0b4e-9c1a-4e6b-8f3d-2a7c91e04b13');
  const send = `Name               : Outbound to Office 365
Enabled            : True
AddressSpaces      : {smtp:contoso.mail.onmicrosoft.com;1}
RequireTLS         : True
IgnoreSTARTTLS     : False
TlsAuthLevel       : DomainValidation
TlsDomain          : mail.protection.outlook.com
TlsCertificateName : <I>CN=Old CA, O=Somebody, C=US<S>CN=mail.contoso.test, O=Forcetls Chain Test, C=DE
`;
  await paste(page, send + '\n' + chain('good.pem'));
  await page.waitForSelector('.direction[data-direction="peer-to-exo"][data-outcome="will-fail"]');
  assert.equal(await page.textContent('.direction[data-direction="peer-to-exo"] .exchange-error'), '454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.');
  assert.equal(await page.textContent('.direction[data-direction="peer-to-exo"] .fixes'),
    "Set-SendConnector -Identity 'Outbound to Office 365' -TlsCertificateName '<I>CN=Chain Test Issuing CA A1, O=Forcetls Chain Test, C=DE<S>CN=mail.contoso.test, O=Forcetls Chain Test, C=DE'");
  // A send connector that cannot find its certificate validates nothing either.
  assert.equal(await page.getAttribute('.direction[data-direction="onprem-trusts-exo"]', 'data-outcome'), 'will-fail');
  assert.match(await page.textContent('.exo-cert'), /DigiCert Global Root G2/);
  await page.screenshot({ path: path.join(SHOTS, 'connectors-hybrid.png'), fullPage: true });
});

test('an NDR line is explained', async () => {
  const { page } = await open(browser, server.base);
  await paste(page, 'Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=CertificateExpired Expected Subject: email.domain.com. Presented Subject: CN=email.domain.com. Thumbprint: 94E711DD84BC285CD2911DAC3D0C9E3ABB29671E.]');
  await page.waitForSelector('[data-id="exchange-error-explained"]');
  assert.match(await page.textContent('[data-id="exchange-error-explained"] .detail'), /^At line 1: 450 4\.4\.317 \[CertificateExpired\]: The peer presented an expired certificate\./);
});
