//! Table-driven tests of the chain engine over defect chains minted once with OpenSSL
//! (`tests/fixtures/chains/make-chains.sh`; `tests/fixtures/chains/README.md` lists each file).
//! Each case names the files pasted, the roots trusted, the store, the date, the verdict and
//! headline of every chain, and every finding id in the order the report shows them.
//! `PRINT_CASES=1 cargo test --test diagnosis chains` prints the actual rows for review.

use forcetls::civil_time::parse_date;
use forcetls::model::TrustOptions;
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, Diagnosis, Input, Source};

use crate::common::{fixture, ids};

/// One scenario.
pub struct Case {
    name: &'static str,
    files: &'static [&'static str],
    roots: &'static [&'static str],
    store: StoreChoice,
    at: &'static str,
    chains: &'static [(&'static str, Option<&'static str>)],
    pub findings: &'static [&'static str],
}

pub const CASES: &[Case] = &[
    Case { name: "good", files: &["good.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "good-mozilla-store", files: &["good.pem"], roots: &[], store: StoreChoice::Mozilla, at: "2026-06-01", chains: &[("not-trusted", Some("missing-intermediate"))], findings: &["missing-intermediate"] },
    Case { name: "good-microsoft-store", files: &["good.pem"], roots: &[], store: StoreChoice::Microsoft, at: "2026-06-01", chains: &[("not-trusted", Some("missing-intermediate"))], findings: &["missing-intermediate"] },
    Case { name: "good-expires-soon", files: &["good.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-12-15", chains: &[("trusted", None)], findings: &["certificate-expires-soon"] },
    Case { name: "good-leaf-expired", files: &["good.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2027-06-01", chains: &[("not-trusted", Some("certificate-expired"))], findings: &["certificate-expired"] },
    Case { name: "good-all-expired", files: &["good.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2028-06-01", chains: &[("not-trusted", Some("certificate-expired"))], findings: &["certificate-expired", "certificate-expired", "trust-anchor-expired"] },
    Case { name: "good-not-yet-valid", files: &["good.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2025-06-01", chains: &[("not-trusted", Some("certificate-not-yet-valid"))], findings: &["certificate-not-yet-valid", "certificate-not-yet-valid"] },
    Case { name: "good-trusting-intermediate", files: &["good.pem"], roots: &["issuing-ca-a1.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "good-with-root", files: &["good-with-root.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["root-sent"] },
    Case { name: "good-with-root-untrusted", files: &["good-with-root.pem"], roots: &[], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("untrusted-root"))], findings: &["untrusted-root"] },
    Case { name: "good-twice", files: &["good.pem", "good.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["duplicate-certificate", "duplicate-certificate"] },
    Case { name: "wrong-order", files: &["wrong-order.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["chain-order-wrong"] },
    Case { name: "missing-intermediate", files: &["missing-intermediate.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("missing-intermediate"))], findings: &["missing-intermediate"] },
    Case { name: "missing-intermediate-added-separately", files: &["missing-intermediate.pem", "issuing-ca-a1.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "wrong-intermediate", files: &["wrong-intermediate.pem"], roots: &["root-a.pem", "root-b.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("missing-intermediate"))], findings: &["missing-intermediate", "wrong-intermediate"] },
    Case { name: "unrelated-extra", files: &["unrelated-extra.pem"], roots: &["root-a.pem", "root-b.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None), ("not-trusted", Some("missing-intermediate"))], findings: &["missing-intermediate"] },
    Case { name: "expired-leaf", files: &["expired-leaf.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("certificate-expired"))], findings: &["certificate-expired"] },
    Case { name: "expired-intermediate", files: &["expired-intermediate.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("certificate-expired"))], findings: &["certificate-expired"] },
    Case { name: "expired-intermediate-before-expiry", files: &["expired-intermediate.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-02-01", chains: &[("trusted", None)], findings: &["certificate-expires-soon"] },
    Case { name: "not-yet-valid-leaf", files: &["not-yet-valid-leaf.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("certificate-not-yet-valid"))], findings: &["certificate-not-yet-valid"] },
    Case { name: "not-yet-valid-leaf-later", files: &["not-yet-valid-leaf.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-10-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "self-signed-leaf", files: &["self-signed-leaf.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("self-signed-leaf"))], findings: &["self-signed-leaf"] },
    Case { name: "untrusted-root", files: &["untrusted-root.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("untrusted-root"))], findings: &["untrusted-root"] },
    Case { name: "untrusted-root-now-trusted", files: &["untrusted-root.pem"], roots: &["rogue-root.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["root-sent"] },
    Case { name: "issuer-not-ca", files: &["issuer-not-ca.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("issuer-not-ca"))], findings: &["issuer-not-ca"] },
    Case { name: "intermediate-no-basic-constraints", files: &["intermediate-no-basic-constraints.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("issuer-not-ca"))], findings: &["issuer-not-ca"] },
    Case { name: "pathlen-exceeded", files: &["pathlen-exceeded.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("path-length-exceeded"))], findings: &["path-length-exceeded"] },
    Case { name: "intermediate-no-keycertsign", files: &["intermediate-no-keycertsign.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("issuer-key-usage-no-cert-sign"))], findings: &["issuer-key-usage-no-cert-sign"] },
    Case { name: "leaf-no-serverauth", files: &["leaf-no-serverauth.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("leaf-eku-no-server-auth"))], findings: &["leaf-eku-no-server-auth"] },
    Case { name: "leaf-no-clientauth", files: &["leaf-no-clientauth.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "leaf-no-eku", files: &["leaf-no-eku.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "intermediate-eku-codesigning", files: &["intermediate-eku-codesigning.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("intermediate-eku-excludes-server-auth"))], findings: &["intermediate-eku-excludes-server-auth"] },
    Case { name: "name-constraints-violated", files: &["name-constraints-violated.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("name-constraints-violated"))], findings: &["name-constraints-violated"] },
    Case { name: "name-constraints-ok", files: &["name-constraints-ok.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "weak-rsa-1024-leaf", files: &["weak-rsa-1024-leaf.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("weak-key"))], findings: &["weak-key"] },
    Case { name: "sha1-leaf", files: &["sha1-leaf.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("sha1-signature"))], findings: &["sha1-signature"] },
    Case { name: "sha1-root-ignored", files: &["sha1-root.pem"], roots: &["sha1-root-ca.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "unknown-critical-extension", files: &["unknown-critical-extension.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("unknown-critical-extension"))], findings: &["unknown-critical-extension"] },
    Case { name: "v1-intermediate", files: &["v1-intermediate.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("v1-intermediate"))], findings: &["v1-intermediate", "certificate-profile-violation", "certificate-profile-violation"] },
    Case { name: "bad-signature", files: &["bad-signature.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("signature-invalid"))], findings: &["signature-invalid"] },
    Case { name: "self-issued-not-self-signed", files: &["self-issued-not-self-signed.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("self-issued-not-self-signed"))], findings: &["self-issued-not-self-signed", "leaf-is-ca", "leaf-no-san"] },
    Case { name: "self-issued-with-its-signer", files: &["self-issued-not-self-signed.pem", "loop-signer.pem"], roots: &[], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("untrusted-root"))], findings: &["untrusted-root", "leaf-is-ca", "leaf-no-san"] },
    Case { name: "cross-signed-old-root-only", files: &["cross-signed.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "cross-signed-both-roots", files: &["cross-signed.pem"], roots: &["root-a.pem", "root-g2.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["unrelated-certificate"] },
    Case { name: "cross-signed-new-root-only", files: &["cross-signed.pem"], roots: &["root-g2.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["unrelated-certificate"] },
    Case { name: "expired-cross-old-root-only", files: &["expired-cross-sign.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("certificate-expired"))], findings: &["certificate-expired"] },
    Case { name: "expired-cross-both-roots", files: &["expired-cross-sign.pem"], roots: &["root-a.pem", "root-g2.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["expired-intermediate-sent"] },
    Case { name: "ecdsa", files: &["ecdsa.pem"], roots: &["root-ecc.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "ecdsa-wrong-root", files: &["ecdsa.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("missing-intermediate"))], findings: &["missing-intermediate"] },
    Case { name: "rsa-pss", files: &["rsa-pss.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "ed25519", files: &["ed25519.pem"], roots: &["root-ed25519.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "ecdsa-leaf-under-rsa-sha384-root", files: &["../leaf-ecdsa-p256.pem", "../intermediate-ecdsa-p384.pem"], roots: &["../root-rsa.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "rsa-sha512", files: &["rsa-sha384-sha512.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &[] },
    Case { name: "mesh-100", files: &["mesh-100.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("path-budget-exhausted"))], findings: &["path-budget-exhausted", "chain-loop"] },
    Case { name: "duplicate-intermediate", files: &["duplicate-intermediate.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["duplicate-certificate"] },
    Case { name: "same-name-wrong-key", files: &["same-name-wrong-key.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("signature-invalid"))], findings: &["signature-invalid"] },
    Case { name: "same-name-wrong-key-plus-real", files: &["same-name-wrong-key.pem", "issuing-ca-a1.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["wrong-intermediate"] },
    Case { name: "leaf-is-ca", files: &["leaf-is-ca.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("leaf-is-ca"))], findings: &["leaf-is-ca"] },
    Case { name: "leaf-no-san", files: &["leaf-no-san.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["leaf-no-san"] },
    Case { name: "only-a-root-pasted", files: &["root-a.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[], findings: &[] },
    Case { name: "only-an-intermediate-pasted", files: &["issuing-ca-a1.pem"], roots: &["root-a.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("leaf-is-ca"))], findings: &["leaf-is-ca", "leaf-no-san"] },
    Case { name: "bundle-150", files: &["../bundle-150.pem"], roots: &[], store: StoreChoice::None, at: "2026-06-01", chains: &[("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf")), ("not-trusted", Some("self-signed-leaf"))], findings: &["self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "self-signed-leaf", "too-many-chains"] },
    Case { name: "s-client-transcript", files: &["../s_client-starttls-smtp.txt"], roots: &["../root-rsa.pem"], store: StoreChoice::None, at: "2026-06-01", chains: &[("trusted", None)], findings: &["openssl-verify-failed"] },
    Case { name: "s-client-transcript-untrusted", files: &["../s_client-starttls-smtp.txt"], roots: &[], store: StoreChoice::Microsoft, at: "2026-06-01", chains: &[("not-trusted", Some("missing-intermediate"))], findings: &["missing-intermediate", "openssl-verify-failed"] },
];

fn chain_fixture(name: &str) -> Source {
    Source::bytes(name, fixture(&format!("chains/{name}")))
}

fn run(case: &Case) -> Diagnosis {
    let sources = case.files.iter().map(|f| chain_fixture(f)).collect();
    let roots = case.roots.iter().map(|f| chain_fixture(f)).collect();
    diagnose(&Input { sources, evaluated_at: parse_date(case.at).unwrap(), trust: TrustOptions { store: case.store, roots, public_roots: Vec::new() }, next: Vec::new(), peer: Default::default() })
}

#[test]
fn every_chain_case_gets_its_verdict_and_findings() {
    let print = std::env::var_os("PRINT_CASES").is_some();
    let mut failures = Vec::new();
    for case in CASES {
        let d = run(case);
        let chains: Vec<(&str, Option<&str>)> = d.chains.iter().map(|c| (c.verdict.as_str(), c.headline.map(|h| h.as_str()))).collect();
        let found = ids(&d);
        if print {
            println!("{} => chains: &{:?}, findings: &{:?}", case.name, chains, found);
        }
        if chains != case.chains || found != case.findings {
            failures.push(format!("{}: chains {:?} findings {:?}", case.name, chains, found));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}
