// The JavaScript PKI libraries' side of the browser benchmark (see docs/performance.md). Each task
// takes the same request forcetls's hook takes, plus the leaves forcetls judged, and returns one
// verdict per leaf: from PEM text to verdicts, everything inside the measured span.
//
//   request = { text, roots, at, leaves }  (at: Unix seconds; leaves: indexes of certificates in text)
//   result  = { certificates, chains: [{ leaf, verdict: 'trusted' | 'not-trusted', path_length, reason }] }
//
// @peculiar/x509 comes as its published browser bundle (global `x509`, after reflect-metadata's
// Reflect.js, which its dependency tsyringe requires); PKI.js as its ES module through the import
// map the driver generates from node_modules (bench/browser/importmap.mjs).
import * as pkijs from 'pkijs';

/** The DER bytes of every `CERTIFICATE` PEM block in `text`, in order. */
function pemCertificates(text) {
  const ders = [];
  for (const m of text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
    const binary = atob(m[1].replace(/\s+/g, ''));
    const der = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) der[i] = binary.charCodeAt(i);
    ders.push(der);
  }
  return ders;
}

/**
 * @peculiar/x509: `X509ChainBuilder` finds each issuer by name and key identifier and verifies every
 * signature with WebCrypto, up to a self-signed certificate. It has no notion of trust anchors or
 * time, so the verdict adds the two checks a caller must make: the chain ends at a trust anchor, and
 * every certificate is valid at the evaluation time.
 */
async function peculiarX509(request) {
  const certs = pemCertificates(request.text).map((der) => new x509.X509Certificate(der));
  const anchors = pemCertificates(request.roots).map((der) => new x509.X509Certificate(der));
  const builder = new x509.X509ChainBuilder({ certificates: [...certs, ...anchors] });
  const at = new Date(request.at * 1000);
  const chains = [];
  for (const leaf of request.leaves) {
    let chain;
    try {
      chain = await builder.build(certs[leaf]);
    } catch (e) {
      chains.push({ leaf, verdict: 'not-trusted', path_length: 0, reason: String(e.message || e) });
      continue;
    }
    const top = chain[chain.length - 1];
    const anchored = anchors.some((a) => a.equal(top));
    const timely = chain.every((c) => c.notBefore <= at && at <= c.notAfter);
    const reason = !anchored ? 'chain does not end at a trust anchor' : !timely ? 'a certificate is not valid at the time' : '';
    chains.push({ leaf, verdict: anchored && timely ? 'trusted' : 'not-trusted', path_length: chain.length, reason });
  }
  return { certificates: certs.length, chains };
}

/**
 * PKI.js: `CertificateChainValidationEngine` builds every path from the last certificate of `certs`
 * to `trustedCerts`, verifies the signatures with WebCrypto and runs RFC 5280 checks (validity at
 * `checkDate`, basic constraints, key usage, name constraints, policies) on the shortest.
 */
async function pkiJs(request) {
  const certs = pemCertificates(request.text).map((der) => pkijs.Certificate.fromBER(der));
  const anchors = pemCertificates(request.roots).map((der) => pkijs.Certificate.fromBER(der));
  const checkDate = new Date(request.at * 1000);
  const chains = [];
  for (const leaf of request.leaves) {
    // The engine validates the last certificate of `certs`; the others are its candidate issuers.
    const pool = [...certs.filter((_, i) => i !== leaf), certs[leaf]];
    const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts: anchors, certs: pool, checkDate });
    const r = await engine.verify();
    chains.push({ leaf, verdict: r.result ? 'trusted' : 'not-trusted', path_length: r.result ? r.certificatePath.length : 0, reason: r.resultMessage });
  }
  return { certificates: certs.length, chains };
}

window.__jsBench = { '@peculiar/x509': peculiarX509, 'PKI.js': pkiJs };
document.getElementById('status').textContent = 'ready';
