//! A differential test against rustls-webpki 0.103, standing in for x509-limbo's BetterTLS
//! name-constraint export (not available here): 700 chains (`tests/fixtures/names/differential.json`,
//! made by `make-differential.py`) with dNSName and iPAddress constraints, permitted and excluded,
//! on the root and on the intermediate, each with the peer names its leaf covers and two others,
//! judged by both. Agreement and every
//! class of disagreement are counted and must match `docs/conformance.md`
//! (`UPDATE_DOCS=1 cargo test --test differential` rewrites its table).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::time::Duration;

use forcetls::civil_time::parse_datetime;
use forcetls::model::{ChainVerdict, PeerOptions, TrustOptions};
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, Input, Source};
use pki_types::{alg_id, AlgorithmIdentifier, CertificateDer, InvalidSignature, ServerName, SignatureVerificationAlgorithm, UnixTime};
use rustls_pki_types as pki_types;
use serde::Deserialize;

/// The least agreement accepted (the share of chain × name pairs on which both agree).
const MIN_AGREEMENT: f64 = 0.99;

#[derive(Deserialize)]
struct Corpus {
    validation_time: String,
    roots: Vec<String>,
    intermediates: Vec<String>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    root: usize,
    intermediate: usize,
    leaf: String,
    peers: Vec<String>,
}

/// Ed25519 for rustls-webpki, over ed25519-dalek: a `SignatureVerificationAlgorithm` in the style of
/// rustls's RustCrypto providers, for the corpus's Ed25519 keys.
#[derive(Debug)]
struct Ed25519;

impl SignatureVerificationAlgorithm for Ed25519 {
    fn verify_signature(&self, public_key: &[u8], message: &[u8], signature: &[u8]) -> Result<(), InvalidSignature> {
        let key: [u8; 32] = public_key.try_into().map_err(|_| InvalidSignature)?;
        let key = ed25519_dalek::VerifyingKey::from_bytes(&key).map_err(|_| InvalidSignature)?;
        let sig = ed25519_dalek::Signature::from_slice(signature).map_err(|_| InvalidSignature)?;
        key.verify_strict(message, &sig).map_err(|_| InvalidSignature)
    }

    fn public_key_alg_id(&self) -> AlgorithmIdentifier {
        alg_id::ED25519
    }

    fn signature_alg_id(&self) -> AlgorithmIdentifier {
        alg_id::ED25519
    }
}

static ALGS: &[&dyn SignatureVerificationAlgorithm] = &[&Ed25519];

fn der(pem_text: &str) -> Vec<u8> {
    pem::parse(pem_text).expect("a PEM certificate").into_contents()
}

/// rustls-webpki's answer: is the chain valid for server authentication and the name?
fn webpki_accepts(root: &[u8], intermediate: &[u8], leaf: &[u8], peer: &str, at: i64) -> bool {
    let root = CertificateDer::from(root);
    let Ok(anchor) = webpki::anchor_from_trusted_cert(&root) else { return false };
    let leaf = CertificateDer::from(leaf);
    let Ok(ee) = webpki::EndEntityCert::try_from(&leaf) else { return false };
    let time = UnixTime::since_unix_epoch(Duration::from_secs(at as u64));
    let intermediates = [CertificateDer::from(intermediate)];
    let anchors = [anchor];
    let path_ok = ee.verify_for_usage(ALGS, &anchors, &intermediates, time, webpki::KeyUsage::server_auth(), None, None).is_ok();
    let Ok(name) = ServerName::try_from(peer) else { return false };
    path_ok && ee.verify_is_valid_for_subject_name(&name).is_ok()
}

fn forcetls_accepts(root: &str, intermediate: &str, leaf: &str, peer: &str, at: i64) -> bool {
    let input = Input {
        sources: vec![Source::text("leaf", leaf), Source::text("intermediate", intermediate)],
        evaluated_at: at,
        trust: TrustOptions { store: StoreChoice::None, roots: vec![Source::text("root", root)], public_roots: Vec::new() },
        next: Vec::new(),
        peer: PeerOptions { name: Some(peer.to_string()), max_depth: None },
    };
    diagnose(&input).chains.iter().find(|c| c.leaf == 0).is_some_and(|c| c.verdict == ChainVerdict::Trusted)
}

/// The class of a disagreement, by the leaf, the constraint configuration and the name kind.
fn class(case: &Case, peer: &str, ours: bool) -> String {
    let leaf = case.id.rsplit('/').next().unwrap_or_default();
    let kind = if peer.parse::<std::net::IpAddr>().is_ok() { "IP name" } else { "DNS name" };
    let constraints: Vec<&str> = case.id.split('/').take(2).collect();
    format!("{} only: leaf `{leaf}`, constraints `{}`, {kind}", if ours { "forcetls accepts" } else { "rustls-webpki accepts" }, constraints.join(" / "))
}

#[test]
fn forcetls_agrees_with_rustls_webpki_on_name_constrained_chains() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/names/differential.json")).unwrap();
    let corpus: Corpus = serde_json::from_str(&text).unwrap();
    let at = parse_datetime(&corpus.validation_time).unwrap();
    let (mut agree, mut total, mut both_accept) = (0usize, 0usize, 0usize);
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    for case in &corpus.cases {
        let (root, ica) = (&corpus.roots[case.root], &corpus.intermediates[case.intermediate]);
        let (root_der, ica_der, leaf_der) = (der(root), der(ica), der(&case.leaf));
        for peer in &case.peers {
            let ours = forcetls_accepts(root, ica, &case.leaf, peer, at);
            let theirs = webpki_accepts(&root_der, &ica_der, &leaf_der, peer, at);
            total += 1;
            if ours == theirs {
                agree += 1;
                both_accept += usize::from(ours);
            } else {
                *classes.entry(class(case, peer, ours)).or_default() += 1;
            }
        }
    }
    let mut table = format!("| chains × names | agree | both accept | agreement |\n|---:|---:|---:|---:|\n| {total} | {agree} | {both_accept} | {:.1} % |\n\n", 100.0 * agree as f64 / total as f64);
    if classes.is_empty() {
        table.push_str("No disagreement.\n");
    } else {
        table.push_str("| disagreement | pairs |\n|---|---:|\n");
        for (c, n) in &classes {
            table.push_str(&format!("| {c} | {n} |\n"));
        }
    }
    eprintln!("{table}");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/conformance.md");
    let doc = std::fs::read_to_string(path).unwrap_or_default();
    let (start, end) = ("<!-- differential: generated by tests/differential.rs -->\n", "<!-- end of differential -->");
    let (Some(i), Some(j)) = (doc.find(start), doc.find(end)) else { panic!("docs/conformance.md lacks the differential markers") };
    let want = format!("{}{start}{table}{}", &doc[..i], &doc[j..]);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &want).unwrap();
    } else {
        assert!(doc == want, "docs/conformance.md is stale: run UPDATE_DOCS=1 cargo test --test differential");
    }
    // Both must accept a fair share, or the comparison says nothing.
    assert!(both_accept * 5 > total, "only {both_accept} of {total} pairs accepted by both");
    assert!(agree as f64 / total as f64 >= MIN_AGREEMENT, "agreement {agree} of {total}");
}
