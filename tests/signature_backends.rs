//! Every signature backend agrees with RustCrypto: `ring` (the CLI's verifier) on every check the
//! fixtures and x509-limbo make, valid and tampered; and the batch rounds the browser's worker runs
//! with WebCrypto (`signature::batch`) reach exactly the diagnosis RustCrypto alone reaches, whatever
//! the backend answers or declines. The WebCrypto backend itself is compared in `tests/web.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;

use forcetls::civil_time::parse_date;
use forcetls::model::{PeerOptions, TrustOptions};
use forcetls::signature::batch::Rounds;
use forcetls::signature::ring::{ring_verify, Ring};
use forcetls::signature::{prepare, Algorithm, RustCrypto, SignatureError, SignatureVerifier};
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, Diagnosis, Input, Source};

use common::fixture;

/// One verification as path building asked for it, owned.
#[derive(Clone, Debug)]
struct Call {
    oid: String,
    params: Option<Vec<u8>>,
    spki: Vec<u8>,
    message: Vec<u8>,
    signature: Vec<u8>,
}

impl Call {
    fn verify(&self, verifier: &dyn SignatureVerifier) -> Result<(), SignatureError> {
        verifier.verify(Algorithm { oid: &self.oid, params: self.params.as_deref() }, &self.spki, &self.message, &self.signature)
    }
}

/// RustCrypto, recording every call.
#[derive(Default)]
struct Recorder(RefCell<Vec<Call>>);

impl SignatureVerifier for Recorder {
    fn verify(&self, alg: Algorithm<'_>, spki_der: &[u8], message: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
        self.0.borrow_mut().push(Call { oid: alg.oid.to_string(), params: alg.params.map(<[u8]>::to_vec), spki: spki_der.to_vec(), message: message.to_vec(), signature: signature.to_vec() });
        RustCrypto.verify(alg, spki_der, message, signature)
    }
}

/// The chain fixtures (every algorithm forcetls verifies, bad signatures, cross-signs, a mesh),
/// each diagnosed alone with the Microsoft store and the chain PKI's roots trusted.
fn chain_inputs() -> Vec<Input> {
    let dir = format!("{}/tests/fixtures/chains", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|n| n.ends_with(".pem")).collect();
    names.sort();
    let roots: Vec<Source> = names.iter().filter(|n| n.starts_with("root-")).map(|n| Source::bytes(n.clone(), fixture(&format!("chains/{n}")))).collect();
    let mut inputs: Vec<Input> = names
        .iter()
        .map(|n| Input {
            sources: vec![Source::bytes(n.clone(), fixture(&format!("chains/{n}")))],
            evaluated_at: parse_date("2026-06-01").unwrap(),
            trust: TrustOptions { store: StoreChoice::Microsoft, roots: roots.clone(), public_roots: Vec::new() },
            next: Vec::new(),
            peer: PeerOptions::default(),
        })
        .collect();
    // The intake fixtures' test PKI (RSA and ECDSA P-384 intermediates) and the 150-certificate bundle.
    for files in [&["chain-rsa.pem", "intermediate-ecdsa-p384.pem", "leaf-ecdsa-p256.pem"][..], &["bundle-150.pem"]] {
        inputs.push(Input {
            sources: files.iter().map(|f| Source::bytes(*f, fixture(f))).collect(),
            evaluated_at: parse_date("2026-06-01").unwrap(),
            trust: common::test_trust(),
            next: Vec::new(),
            peer: PeerOptions::default(),
        });
    }
    inputs
}

/// Every x509-limbo case as `tests/conformance.rs` gives it to the core (without the CRLs and names, which do not change the signatures asked for).
fn limbo_inputs() -> Vec<Input> {
    let json = common::limbo_json();
    let limbo: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    let pems = |v: &serde_json::Value| v.as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect::<Vec<_>>();
    limbo["testcases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|case| {
            let mut sources = vec![Source::text("peer", case["peer_certificate"].as_str().unwrap().to_string())];
            sources.extend(pems(&case["untrusted_intermediates"]).into_iter().map(|p| Source::text("intermediate", p)));
            Input {
                sources,
                evaluated_at: parse_date("2026-06-01").unwrap(),
                trust: TrustOptions { store: StoreChoice::None, roots: pems(&case["trusted_certs"]).into_iter().map(|p| Source::text("trusted", p)).collect(), public_roots: Vec::new() },
                next: Vec::new(),
                peer: PeerOptions::default(),
            }
        })
        .collect()
}

/// Every verification the inputs make, and each one tampered: the last byte of the signature and
/// the first byte of the message flipped.
fn calls(inputs: &[Input]) -> Vec<Call> {
    let recorder = Recorder::default();
    for input in inputs {
        forcetls::diagnose_using(input, &forcetls::budget::Budget::new(), &recorder);
    }
    let mut calls = recorder.0.into_inner();
    calls.sort_by(|a, b| (&a.spki, &a.message, &a.signature).cmp(&(&b.spki, &b.message, &b.signature)));
    calls.dedup_by(|a, b| (&a.spki, &a.message, &a.signature) == (&b.spki, &b.message, &b.signature));
    let tampered: Vec<Call> = calls
        .iter()
        .flat_map(|c| {
            let mut bad_signature = c.clone();
            if let Some(b) = bad_signature.signature.last_mut() {
                *b ^= 1;
            }
            let mut bad_message = c.clone();
            if let Some(b) = bad_message.message.first_mut() {
                *b ^= 0x80;
            }
            [bad_signature, bad_message]
        })
        .collect();
    calls.extend(tampered);
    calls
}

fn json(d: &Diagnosis) -> serde_json::Value {
    serde_json::to_value(d).unwrap()
}

#[test]
fn ring_agrees_with_rustcrypto_on_every_check_of_the_fixtures_and_limbo() {
    let mut inputs = chain_inputs();
    inputs.extend(limbo_inputs());
    let calls = calls(&inputs);
    let (mut platform, mut valid) = (0, 0);
    for call in &calls {
        let expected = call.verify(&RustCrypto);
        assert_eq!(call.verify(&Ring), expected, "ring disagrees on {} with a {}-byte key", call.oid, call.spki.len());
        valid += expected.is_ok() as usize;
        platform += prepare(Algorithm { oid: &call.oid, params: call.params.as_deref() }, &call.spki, &call.signature).is_ok_and(|c| c.platform_equivalent(&call.signature)) as usize;
    }
    eprintln!("{} checks, {valid} valid, {platform} given to ring", calls.len());
    // The comparison means something only if ring did most of the arithmetic, on valid and invalid signatures.
    assert!(calls.len() > 1000 && valid > 300 && platform * 10 > calls.len() * 8, "{} checks, {valid} valid, {platform} platform-equivalent", calls.len());
}

/// A backend that verifies what it is given with `ring`, as WebCrypto would.
fn ring_backend(pending: &[forcetls::signature::batch::Pending]) -> Vec<Option<bool>> {
    pending.iter().map(|p| ring_verify(&p.check, &p.message, &p.signature)).collect()
}

#[test]
fn batch_rounds_reach_rustcrypto_s_diagnosis_whatever_the_backend_answers_or_declines() {
    let mut rounds_over_one = 0;
    for input in chain_inputs() {
        let expected = json(&diagnose(&input));
        let (with_backend, rounds) = Rounds::run(&input, &|_| true, ring_backend);
        assert_eq!(json(&with_backend), expected, "{}: rounds with a backend", input.sources[0].name);
        rounds_over_one += (rounds.rounds() > 1) as usize;
        let (declined, rounds) = Rounds::run(&input, &|_| true, |p| vec![None; p.len()]);
        assert_eq!(json(&declined), expected, "{}: rounds with a backend that declines", input.sources[0].name);
        assert_eq!(rounds.offloaded, 0);
        let (none_offered, rounds) = Rounds::run(&input, &|_| false, |_| panic!("nothing is offered"));
        assert_eq!(json(&none_offered), expected, "{}: nothing offloaded", input.sources[0].name);
        assert_eq!(rounds.rounds(), 1);
    }
    // Bad signatures and wrong issuers need a second round; the test means something only if some did.
    assert!(rounds_over_one >= 2, "only {rounds_over_one} inputs needed a second round");
}

/// A pasted root that is also the trust anchor is two nodes with one key: path building verifies
/// the intermediate's signature with that key once, not once per node (RFC 5280 §6.1 never checks
/// the anchor's own signature either). The test PKI's chain costs exactly its two issuer checks.
#[test]
fn one_key_verifies_a_signature_once_however_many_nodes_carry_it() {
    let input = Input {
        sources: vec![Source::bytes("chain-rsa.pem", fixture("chain-rsa.pem"))],
        evaluated_at: parse_date("2026-06-01").unwrap(),
        trust: TrustOptions { store: StoreChoice::None, roots: vec![Source::bytes("root-rsa.pem", fixture("root-rsa.pem"))], public_roots: Vec::new() },
        next: Vec::new(),
        peer: PeerOptions::default(),
    };
    let recorder = Recorder::default();
    let d = forcetls::diagnose_using(&input, &forcetls::budget::Budget::new(), &recorder);
    assert_eq!(d.chains.len(), 1);
    assert_eq!(d.chains[0].verdict.as_str(), "trusted");
    let calls = recorder.0.into_inner();
    assert_eq!(calls.len(), 2, "{} verifications for a 3-certificate chain", calls.len());
    assert_eq!(d.chains[0].signature_checks, 2);
}
