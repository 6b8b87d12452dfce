//! The verdict's invariant, over generated connector dumps × certificates from
//! `tests/fixtures/chains/`: a direction never says "will work" while an error finding concerns one
//! of its connectors or the certificate it judged; "cannot tell" always says what is needed;
//! "will fail" always has the error Exchange reports (and nothing else has one); and that error
//! reads back as itself when pasted.
#![cfg(not(target_arch = "wasm32"))]

use forcetls::civil_time::parse_date;
use forcetls::connectors::errors::recognise;
use forcetls::connectors::verdict::Outcome;
use forcetls::finding::{Concerns, Severity};
use forcetls::model::TrustOptions;
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, Diagnosis, Input, Source};
use proptest::prelude::*;
use proptest::prop_assert;
use serde_json::{json, Value};

/// How many generated cases run (each a whole diagnosis).
const CASES: u32 = 512;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/chains/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Certificates a peer may present: valid, expired, untrusted, self-signed, incomplete, wrongly
/// named, without Client Authentication, not yet valid, with a wrong intermediate.
const CHAINS: &[&str] = &["good.pem", "expired-leaf.pem", "untrusted-root.pem", "self-signed-leaf.pem", "missing-intermediate.pem", "leaf-no-clientauth.pem", "not-yet-valid-leaf.pem", "wrong-intermediate.pem", "leaf-no-san.pem"];

/// Names connectors compare with certificates, matching and not.
const NAMES: &[&str] = &["mail.contoso.test", "*.contoso.test", "contoso.test", "old.contoso.test", "mx.fabrikam.test", "*.outlook.com", "mail.protection.outlook.com"];

/// TlsCertificateName values: the good leaf exactly, its subject under an old issuer, another certificate.
const CERT_NAMES: &[&str] = &[
    "<I>CN=Chain Test Issuing CA A1, O=Forcetls Chain Test, C=DE<S>CN=mail.contoso.test, O=Forcetls Chain Test, C=DE",
    "<I>CN=Old Issuing CA, O=Forcetls Chain Test, C=DE<S>CN=mail.contoso.test, O=Forcetls Chain Test, C=DE",
    "<I>CN=Other CA, C=US<S>CN=edge.contoso.test, C=US",
];

const LEVELS: &[Option<&str>] = &[None, Some("EncryptionOnly"), Some("CertificateValidation"), Some("DomainValidation")];

fn pick<T: Clone + std::fmt::Debug>(options: &[T]) -> impl Strategy<Value = T> + use<T> {
    let options = options.to_vec();
    (0..options.len()).prop_map(move |i| options[i].clone())
}

fn maybe<T: Clone + std::fmt::Debug + 'static>(options: &[T]) -> impl Strategy<Value = Option<T>> + use<T> {
    proptest::option::of(pick(options))
}

fn outbound() -> impl Strategy<Value = Value> {
    let hosts = pick(&["mail.contoso.test", "mail.contoso.test", "mail.contoso.test", "192.0.2.25", "mx.fabrikam.test", "10.0.0.0/24"]);
    (any::<bool>(), pick(&["OnPremises", "Partner"]), pick(LEVELS), maybe(NAMES), proptest::collection::vec(hosts, 0..3), 0u8..100)
        .prop_map(|(enabled, kind, level, tls_domain, hosts, n)| json!({ "Name": format!("To peer {n}"), "Enabled": enabled || n % 5 != 0, "ConnectorType": kind, "RecipientDomains": ["contoso.test"], "SmartHosts": hosts, "TlsSettings": level, "TlsDomain": tls_domain }))
}

fn inbound() -> impl Strategy<Value = Value> {
    (any::<bool>(), pick(&["OnPremises", "Partner"]), any::<bool>(), maybe(NAMES), any::<bool>(), 0u8..100)
        .prop_map(|(enabled, kind, require, name, restrict, n)| json!({ "Name": format!("From peer {n}"), "Enabled": enabled || n % 5 != 0, "ConnectorType": kind, "SenderDomains": ["smtp:*;1"], "RequireTls": require, "TlsSenderCertificateName": name, "RestrictDomainsToCertificate": restrict }))
}

fn send() -> impl Strategy<Value = Value> {
    (any::<bool>(), any::<bool>(), pick(LEVELS), maybe(NAMES), maybe(CERT_NAMES), any::<bool>(), 0u8..100).prop_map(|(require, ignore, level, tls_domain, cert_name, to_exo, n)| {
        let space = if to_exo { "smtp:contoso.mail.onmicrosoft.com;1" } else { "smtp:*;1" };
        json!({ "Name": format!("Send {n}"), "Enabled": true, "AddressSpaces": [space], "DNSRoutingEnabled": true, "RequireTLS": require, "IgnoreSTARTTLS": ignore && n % 3 == 0, "TlsAuthLevel": level, "TlsDomain": tls_domain, "TlsCertificateName": cert_name })
    })
}

fn receive() -> impl Strategy<Value = Value> {
    (pick(&["Tls, Integrated", "Integrated, BasicAuth", ""]), maybe(CERT_NAMES), 0u8..100)
        .prop_map(|(auth, cert_name, n)| json!({ "Name": format!("EX{n}\\Default Frontend"), "Enabled": true, "AuthMechanism": auth, "Bindings": ["0.0.0.0:25"], "TlsCertificateName": cert_name }))
}

/// A Get-ExchangeCertificate record (the server's certificate list): the good leaf, or another one.
fn certificate_record() -> impl Strategy<Value = Value> {
    pick(&[("CN=Chain Test Issuing CA A1, O=Forcetls Chain Test, C=DE", "CN=mail.contoso.test, O=Forcetls Chain Test, C=DE"), ("CN=Third CA, C=US", "CN=relay.contoso.test, C=US")])
        .prop_map(|(issuer, subject)| json!({ "Thumbprint": "0C7E570000000000000000000000000000000001", "Services": "IMAP, POP, IIS, SMTP", "Issuer": issuer, "Subject": subject }))
}

/// A generated input: connectors of every kind, certificates, a date and the validating store.
fn input() -> impl Strategy<Value = (Vec<Value>, Vec<&'static str>, &'static str, StoreChoice)> {
    let connectors = (proptest::collection::vec(outbound(), 0..3), proptest::collection::vec(inbound(), 0..3), proptest::collection::vec(send(), 0..3), proptest::collection::vec(receive(), 0..2), proptest::collection::vec(certificate_record(), 0..2))
        .prop_map(|(a, b, c, d, e)| a.into_iter().chain(b).chain(c).chain(d).chain(e).collect::<Vec<_>>());
    (connectors, proptest::collection::vec(pick(CHAINS), 0..3), pick(&["2015-06-01", "2019-06-01", "2026-06-01"]), pick(&[StoreChoice::Microsoft, StoreChoice::Mozilla, StoreChoice::None]))
}

fn run(connectors: &[Value], chains: &[&str], at: &str, store: StoreChoice) -> Diagnosis {
    let mut sources = vec![Source::text("dump.json", serde_json::to_string_pretty(connectors).unwrap())];
    sources.extend(chains.iter().map(|c| Source::bytes(*c, fixture(c))));
    // The test PKI's root stands in for a public CA, so whatever the store, the validating side
    // and Exchange Online judge the test chains alike and every error finding speaks for both.
    let trust = TrustOptions { store, roots: Vec::new(), public_roots: vec![Source::bytes("root-a.pem", fixture("root-a.pem"))] };
    diagnose(&Input { sources, evaluated_at: parse_date(at).unwrap(), trust, next: Vec::new(), ..Input::default() })
}

/// Every way a direction's verdict could contradict itself or the findings.
fn violations(d: &Diagnosis) -> Vec<String> {
    let mut out = Vec::new();
    for (n, x) in d.directions.iter().enumerate() {
        let about = |what: &str| format!("direction {n} ({}, {}): {what}", x.id, x.outcome);
        if x.outcome == Outcome::WillWork {
            for f in d.findings.iter().filter(|f| f.severity() == Severity::Error) {
                let concerns_it = match &f.concerns {
                    Concerns::Connector { index, .. } => x.connectors.contains(index),
                    Concerns::Certificate { index, .. } => x.certificate == Some(*index),
                    Concerns::Chain { index } => d.chains.get(*index).is_some_and(|c| Some(c.leaf) == x.certificate),
                    _ => false,
                } || f.chain.and_then(|c| d.chains.get(c)).is_some_and(|c| Some(c.leaf) == x.certificate);
                if concerns_it {
                    out.push(about(&format!("will work, but {} ({:?})", f.id.as_str(), f.concerns)));
                }
            }
        }
        if (x.outcome == Outcome::CannotTell) != x.needs.is_some() {
            out.push(about(&format!("needs {:?}", x.needs)));
        }
        if (x.outcome == Outcome::WillFail) != x.exchange_error.is_some() {
            out.push(about(&format!("error {:?}", x.exchange_error)));
        }
        if let Some(e) = &x.exchange_error {
            if recognise(&e.line()).as_ref() != Some(e) {
                out.push(about(&format!("{} does not read back", e.line())));
            }
        }
        if x.rule.is_none() {
            out.push(about("no rule decided it"));
        }
    }
    // The words: a cannot-tell direction says what it needs in the report.
    for v in forcetls::report::explain(d, forcetls::i18n::Lang::En).directions {
        if v.outcome == Outcome::CannotTell && v.outcome_text.trim_end() == "Cannot tell: need" {
            out.push(format!("{}: cannot tell without saying what is needed", v.title));
        }
    }
    out
}

/// The property, over [`CASES`] generated inputs (shrunk to a minimal one on failure); it also
/// records which outcomes and rows the inputs reached, so that a generator that misses most of the
/// tables cannot pass unnoticed.
#[test]
fn a_direction_never_contradicts_its_findings() {
    use proptest::test_runner::{Config, TestRng, TestRunner};
    use std::cell::RefCell;
    let reached = RefCell::new((std::collections::BTreeSet::new(), std::collections::BTreeSet::new()));
    // A fixed seed, so that the inputs (and the rows they reach) are the same on every run and a
    // failure reproduces; `PROPTEST_CASES` can raise the count for a longer search.
    let config = Config { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(CASES), failure_persistence: None, ..Config::default() };
    let rng = TestRng::deterministic_rng(config.rng_algorithm);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let result = runner.run(&input(), |(connectors, chains, at, store)| {
        let d = run(&connectors, &chains, at, store);
        {
            let mut r = reached.borrow_mut();
            for x in &d.directions {
                r.0.insert(x.outcome.as_str());
                r.1.extend(x.rule.map(|rule| rule.as_str()));
            }
        }
        let v = violations(&d);
        prop_assert!(v.is_empty(), "{}\nconnectors: {}\nchains: {chains:?} at {at}, store {store:?}", v.join("\n"), serde_json::to_string(&connectors).unwrap());
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let (outcomes, rules) = reached.into_inner();
    assert_eq!(outcomes.into_iter().collect::<Vec<_>>(), ["cannot-tell", "not-forced", "will-fail", "will-work"]);
    let missed: Vec<&str> = forcetls::connectors::verdict::Rule::ALL.iter().map(|r| r.as_str()).filter(|r| *r != "not-examined" && !rules.contains(r)).collect();
    assert!(missed.is_empty(), "rows the generated inputs never reach: {missed:?}");
}
