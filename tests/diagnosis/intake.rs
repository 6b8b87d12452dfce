//! Table-driven tests of intake: every input format an admin pastes or drops, over committed
//! fixtures (`tests/fixtures/README.md` says how each was made). Chain verdicts are `chains.rs`'s
//! job, so these cases compare the input and certificate findings only.

use crate::common::{diagnose_files, diagnose_sources, fixture, summary};
use forcetls::Diagnosis;
use forcetls::model::MAX_SOURCE_BYTES;
use forcetls::Source;

const LEAF_SHA256: &str = "64C4BD8B4C5D0C1C3C905C6F41A5B236026E4A1CDA3554B3C5085CF4F98E18C8";
const LEAF_SHA1: &str = "9A96A004A1CFB0904203A394858328A41490EEC2";

/// The finding ids about the input and single certificates (not about chains), in order.
fn ids(d: &Diagnosis) -> Vec<&'static str> {
    d.findings.iter().filter(|f| f.chain.is_none() || crate::common::id(f).starts_with("certificate-")).map(crate::common::id).collect()
}

/// One case: the files, the evaluation date, the summary line and the finding ids expected.
pub struct Case {
    files: &'static [&'static str],
    at: &'static str,
    summary: &'static str,
    pub findings: &'static [&'static str],
}

pub const CASES: &[Case] = &[
    Case { files: &["chain-rsa.pem"], at: "2026-06-01", summary: "3 certificates", findings: &[] },
    Case { files: &["chain-rsa-crlf.pem"], at: "2026-06-01", summary: "3 certificates", findings: &[] },
    Case { files: &["chain-rsa-indented.txt"], at: "2026-06-01", summary: "3 certificates", findings: &[] },
    Case { files: &["chain-rsa-utf16le-bom.txt"], at: "2026-06-01", summary: "3 certificates", findings: &[] },
    Case { files: &["chain-rsa-utf8-bom.pem"], at: "2026-06-01", summary: "3 certificates", findings: &[] },
    Case { files: &["chain-rsa-junk.txt"], at: "2026-06-01", summary: "3 certificates, 18 lines of other text ignored", findings: &["text-ignored"] },
    Case { files: &["chain-rsa.p7b"], at: "2026-06-01", summary: "3 certificates", findings: &[] },
    Case { files: &["chain-rsa.p7c"], at: "2026-06-01", summary: "3 certificates", findings: &[] },
    Case { files: &["chain-rsa-p7b.pem"], at: "2026-06-01", summary: "3 certificates", findings: &[] },
    Case { files: &["leaf-trusted.pem"], at: "2026-06-01", summary: "1 certificate", findings: &[] },
    Case { files: &["leaf-x509-certificate.pem"], at: "2026-06-01", summary: "1 certificate", findings: &[] },
    Case { files: &["leaf-base64-only.txt"], at: "2026-06-01", summary: "1 certificate", findings: &[] },
    Case { files: &["leaf-base64-oneline.txt"], at: "2026-06-01", summary: "1 certificate", findings: &[] },
    Case { files: &["leaf-mail.cer"], at: "2026-06-01", summary: "1 certificate", findings: &[] },
    Case { files: &["intermediate-rsa.crt"], at: "2026-06-01", summary: "1 certificate", findings: &[] },
    Case { files: &["leaf-ecdsa-p256.pem", "intermediate-ecdsa-p384.pem"], at: "2026-06-01", summary: "2 certificates", findings: &[] },
    Case { files: &["bundle-150.pem"], at: "2026-06-01", summary: "150 certificates", findings: &["too-many-chains"] },
    Case { files: &["leaf-mail.key"], at: "2026-06-01", summary: "0 certificates, 1 private key ignored", findings: &["private-key-pasted"] },
    Case { files: &["rsa-legacy.key"], at: "2026-06-01", summary: "0 certificates, 1 private key ignored", findings: &["private-key-pasted"] },
    Case { files: &["ec.key"], at: "2026-06-01", summary: "0 certificates, 1 private key ignored", findings: &["private-key-pasted"] },
    Case { files: &["leaf-mail.pfx"], at: "2026-06-01", summary: "0 certificates, 1 private key ignored", findings: &["private-key-pasted"] },
    Case { files: &["mail.csr"], at: "2026-06-01", summary: "0 certificates, 1 certificate request ignored", findings: &["certificate-request-ignored"] },
    Case { files: &["issuing-ca-1.crl"], at: "2026-06-01", summary: "0 certificates, 1 CRL", findings: &["crl-ignored"] },
    Case { files: &["public-key.pem"], at: "2026-06-01", summary: "0 certificates, 1 other block ignored", findings: &["pem-block-unsupported"] },
    Case { files: &["corrupt-block.pem"], at: "2026-06-01", summary: "1 certificate, 1 unreadable block at line 1", findings: &["certificate-unparseable"] },
    Case { files: &["truncated.pem"], at: "2026-06-01", summary: "1 certificate, 1 unreadable block at line 32", findings: &["pem-block-truncated"] },
    Case {
        files: &["mixed-paste.txt"],
        at: "2026-06-01",
        summary: "2 certificates, 1 private key ignored, 1 certificate request ignored, 1 CRL, 1 unreadable block at line 97, 11 lines of other text ignored",
        findings: &["certificate-unparseable", "private-key-pasted", "certificate-request-ignored", "text-ignored"],
    },
    Case { files: &["s_client-starttls-smtp.txt"], at: "2026-06-01", summary: "2 certificates, 1 s_client transcript", findings: &["openssl-verify-failed"] },
    Case { files: &["s_client-verified.txt"], at: "2026-06-01", summary: "2 certificates, 1 s_client transcript", findings: &[] },
    Case { files: &["expired-leaf.pem"], at: "2026-06-01", summary: "1 certificate", findings: &["certificate-expired"] },
    Case { files: &["leaf-mail.pem"], at: "2025-06-01", summary: "1 certificate", findings: &["certificate-not-yet-valid"] },
    Case { files: &["leaf-mail.pem"], at: "2026-12-15", summary: "1 certificate", findings: &["certificate-expires-soon"] },
    Case { files: &["leaf-mail.pem", "leaf-mail.cer", "chain-rsa.p7b"], at: "2026-06-01", summary: "3 certificates, 2 duplicates", findings: &["duplicate-certificate"] },
    Case { files: &[], at: "2026-06-01", summary: "0 certificates", findings: &["input-empty"] },
];

#[test]
fn every_case_reads_as_expected() {
    for case in CASES {
        let d = diagnose_files(case.files, case.at);
        assert_eq!(summary(&d), case.summary, "summary of {:?}", case.files);
        assert_eq!(ids(&d), case.findings, "findings of {:?}", case.files);
    }
}

#[test]
fn every_form_of_the_leaf_is_the_same_certificate() {
    for file in ["leaf-mail.pem", "leaf-trusted.pem", "leaf-x509-certificate.pem", "leaf-base64-only.txt", "leaf-base64-oneline.txt", "leaf-mail.cer", "chain-rsa-utf16le-bom.txt", "chain-rsa.p7b"] {
        let d = diagnose_files(&[file], "2026-06-01");
        let leaf = &d.certificates[0];
        assert_eq!((leaf.sha256.as_str(), leaf.sha1_thumbprint.as_str()), (LEAF_SHA256, LEAF_SHA1), "{file}");
    }
}

#[test]
fn the_inspector_reads_every_field_of_the_leaf() {
    let d = diagnose_files(&["leaf-mail.pem"], "2026-06-01");
    let c = &d.certificates[0];
    assert_eq!(c.subject, "C=DE, L=Berlin, O=Contoso Ltd, CN=mail.contoso.test");
    assert_eq!(c.subject_cn.as_deref(), Some("mail.contoso.test"));
    assert_eq!(c.issuer, "C=DE, O=Forcetls Test, CN=Forcetls Test Issuing CA 1");
    assert_eq!(c.serial, "009F3C5A7E1B2D4F6081A3C5E7092B4D6F");
    assert_eq!((c.not_before.as_str(), c.not_after.as_str()), ("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));
    assert_eq!((c.validity.status.as_str(), c.validity.days_until_expiry), ("valid", 214));
    let sans: Vec<(&str, &str)> = c.subject_alt_names.iter().map(|n| (n.kind.as_str(), n.value.as_str())).collect();
    assert_eq!(sans, [("dns", "mail.contoso.test"), ("dns", "*.contoso.test"), ("dns", "autodiscover.contoso.test"), ("ip", "192.0.2.25"), ("email", "postmaster@contoso.test")]);
    assert_eq!((c.public_key.algorithm.as_str(), c.public_key.bits), ("RSA", Some(2048)));
    assert_eq!(c.signature_algorithm, "sha256WithRSAEncryption");
    assert_eq!(c.basic_constraints.as_ref().map(|b| (b.ca, b.critical)), Some((false, true)));
    assert_eq!(c.key_usage, ["Digital Signature", "Key Encipherment"]);
    assert_eq!(c.extended_key_usage, ["Server Authentication", "Client Authentication"]);
    assert_eq!(c.policies, ["2.23.140.1.2.2"]);
    assert_eq!(c.validation_level.map(|l| l.as_str()), Some("OV"));
    assert_eq!(c.ocsp_urls, ["http://ocsp.forcetls.test"]);
    assert_eq!(c.ca_issuers_urls, ["http://aia.forcetls.test/issuing-ca-1.crt"]);
    assert_eq!(c.crl_urls, ["http://crl.forcetls.test/issuing-ca-1.crl", "ldap://ldap.forcetls.test/cn=Issuing%20CA%201?certificateRevocationList"]);
    assert_eq!(c.sct_count, 2);
    assert_eq!(c.subject_key_id.as_deref(), Some("283FF18F14049DBE331784D445343209297C7A55"));
    assert_eq!(c.authority_key_id.as_deref(), Some("FA36619A98976076FC7046AE51342F9EC98C3A2A"));
    assert!(!c.self_issued);
}

#[test]
fn ecdsa_keys_and_signatures_are_named() {
    let d = diagnose_files(&["leaf-ecdsa-p256.pem", "intermediate-ecdsa-p384.pem", "root-rsa.pem"], "2026-06-01");
    let keys: Vec<(String, Option<String>, &str)> = d.certificates.iter().map(|c| (c.public_key.algorithm.clone(), c.public_key.curve.clone(), c.signature_algorithm.as_str())).collect();
    assert_eq!(keys, [
        ("EC".into(), Some("P-256".into()), "ecdsa-with-SHA384"),
        ("EC".into(), Some("P-384".into()), "sha384WithRSAEncryption"),
        ("RSA".into(), None, "sha256WithRSAEncryption"),
    ]);
    assert_eq!(d.certificates[0].validation_level.map(|l| l.as_str()), Some("DV"));
    assert!(d.certificates[2].self_issued);
}

#[test]
fn transcript_facts_and_sent_order_are_kept() {
    let d = diagnose_files(&["s_client-starttls-smtp.txt"], "2026-06-01");
    let hs = &d.handshakes[0];
    assert_eq!(hs.protocol.as_deref(), Some("TLSv1.3"));
    assert_eq!(hs.cipher.as_deref(), Some("TLS_AES_256_GCM_SHA384"));
    assert_eq!(hs.peer_signature_type.as_deref(), Some("RSA-PSS"));
    assert_eq!(hs.server_temp_key.as_deref(), Some("X25519, 253 bits"));
    assert_eq!(hs.verify_return_code, Some(20));
    assert_eq!(hs.verify_errors.len(), 1);
    assert_eq!((hs.verify_errors[0].depth, hs.verify_errors[0].num), (1, 20));
    let sent: Vec<Option<&str>> = hs.certificates.iter().map(|&i| d.certificates[i].subject_cn.as_deref()).collect();
    assert_eq!(sent, [Some("mail.contoso.test"), Some("Forcetls Test Issuing CA 1")]);
}

#[test]
fn a_windows_base64_pkcs7_labelled_certificate_is_a_bundle() {
    let text = String::from_utf8(fixture("chain-rsa-p7b.pem")).unwrap().replace("PKCS7", "CERTIFICATE");
    let d = diagnose_sources(vec![Source::text("certutil export", text)], "2026-06-01");
    assert_eq!(summary(&d), "3 certificates");
}

#[test]
fn an_empty_or_broken_pkcs7_is_reported() {
    // ContentInfo { signedData, [0] SignedData { version 1, digestAlgorithms {}, contentInfo { data } } } with no certificates.
    let empty = [0x30, 0x1a, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x0d, 0x30, 0x0b, 0x02, 0x01, 0x01, 0x31, 0x00, 0x30, 0x04, 0x06, 0x02, 0x2a, 0x03];
    let broken = [0x30, 0x0b, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
    for bytes in [&empty[..], &broken[..]] {
        let d = diagnose_sources(vec![Source::bytes("bundle.p7b", bytes.to_vec())], "2026-06-01");
        assert_eq!(ids(&d), ["pkcs7-unreadable"], "{bytes:?}");
    }
}

#[test]
fn unreadable_base64_in_a_pem_block_is_reported_with_its_line() {
    let text = "note\n-----BEGIN CERTIFICATE-----\nMIIB!!!notbase64$$$\n-----END CERTIFICATE-----\n";
    let d = diagnose_sources(vec![Source::text("paste", text)], "2026-06-01");
    assert_eq!(ids(&d), ["pem-block-unreadable", "text-ignored"]);
    assert_eq!(summary(&d), "0 certificates, 1 unreadable block at line 2, 1 line of other text ignored");
}

#[test]
fn binary_junk_and_oversized_sources_are_reported_and_the_rest_still_read() {
    let junk = Source::bytes("photo.jpg", vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    let huge = Source::bytes("huge.pem", vec![b'A'; MAX_SOURCE_BYTES + 1]);
    let leaf = Source::bytes("leaf-mail.pem", fixture("leaf-mail.pem"));
    let d = diagnose_sources(vec![junk, huge, leaf], "2026-06-01");
    assert_eq!(ids(&d), ["input-too-large", "binary-unreadable"]);
    assert_eq!(summary(&d), "1 certificate, 2 unreadable blocks (first at huge.pem)");
    let encodings: Vec<&str> = d.sources.iter().map(|s| s.encoding.as_str()).collect();
    assert_eq!(encodings, ["binary", "not-read", "utf-8"]);
}

#[test]
fn a_five_megabyte_paste_is_read_whole() {
    let bundle = String::from_utf8(fixture("bundle-150.pem")).unwrap();
    let mut text = String::new();
    while text.len() + bundle.len() <= MAX_SOURCE_BYTES {
        text.push_str(&bundle);
    }
    let copies = text.len() / bundle.len();
    let d = diagnose_sources(vec![Source::text("big paste", text)], "2026-06-01");
    assert_eq!(d.summary.certificates, 150);
    assert_eq!(d.summary.duplicates, 150 * (copies - 1));
    // 150 duplicate-certificate findings: the first 50 are listed, the rest counted in one more.
    let mut want = vec!["too-many-chains"];
    want.extend(vec!["duplicate-certificate"; forcetls::diagnose::MAX_FINDINGS_PER_ID + 1]);
    assert_eq!(ids(&d), want);
    assert_eq!(d.findings.last().unwrap().evidence, forcetls::finding::Evidence::Grouped { shown: forcetls::diagnose::MAX_FINDINGS_PER_ID, total: 150 });
}
