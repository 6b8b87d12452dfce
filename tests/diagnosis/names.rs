//! Table-driven tests of the name layer of the chain verdict over the "Names Test" PKI
//! (`tests/fixtures/names/make-names.py`; its README lists each file): peer names (DNS with a
//! wildcard, IPv4 and IPv6 as addresses), name constraints of every form on intermediates and on
//! a trust anchor, wildcards against excluded subtrees, malformed SANs, profile rules, CRLs, the
//! maximum depth, and names in every ASN.1 string type.
//! `PRINT_CASES=1 cargo test --test diagnosis names` prints the actual rows for review.

use forcetls::civil_time::parse_date;
use forcetls::model::{PeerOptions, TrustOptions};
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, Diagnosis, Input, Source};

use crate::common::{fixture, ids};

/// One scenario: files pasted (under `names/`), roots trusted, the server name, the maximum depth,
/// the first chain's verdict and headline, and every finding id in report order.
pub struct Case {
    name: &'static str,
    files: &'static [&'static str],
    root: &'static str,
    peer: Option<&'static str>,
    max_depth: Option<usize>,
    verdict: (&'static str, Option<&'static str>),
    pub findings: &'static [&'static str],
}

const TRUSTED: (&str, Option<&str>) = ("trusted", None);

pub const CASES: &[Case] = &[
    // Peer names: RFC 6125 wildcards, IP addresses compared as addresses, never the CN.
    Case { name: "wildcard-covers-one-label", files: &["wildcard.pem"], root: "root.pem", peer: Some("mail.contoso.test"), max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "wildcard-not-the-apex", files: &["wildcard.pem"], root: "root.pem", peer: Some("contoso.test"), max_depth: None, verdict: ("not-trusted", Some("name-mismatch")), findings: &["name-mismatch"] },
    Case { name: "wildcard-not-two-labels", files: &["wildcard.pem"], root: "root.pem", peer: Some("a.b.contoso.test"), max_depth: None, verdict: ("not-trusted", Some("name-mismatch")), findings: &["name-mismatch"] },
    Case { name: "name-is-case-insensitive", files: &["wildcard.pem"], root: "root.pem", peer: Some("MAIL.Contoso.Test."), max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "no-name-no-check", files: &["wildcard.pem"], root: "root.pem", peer: None, max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "ipv4-san", files: &["ip-san.pem"], root: "root.pem", peer: Some("192.0.2.25"), max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "ipv6-san-any-spelling", files: &["ip-san.pem"], root: "root.pem", peer: Some("2001:DB8:0:0::25"), max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "ipv4-other-address", files: &["ip-san.pem"], root: "root.pem", peer: Some("192.0.2.26"), max_depth: None, verdict: ("not-trusted", Some("name-mismatch")), findings: &["name-mismatch"] },
    Case { name: "invalid-peer-name", files: &["ip-san.pem"], root: "root.pem", peer: Some("*.contoso.test"), max_depth: None, verdict: ("not-trusted", Some("peer-name-invalid")), findings: &["peer-name-invalid"] },
    Case { name: "untrusted-root-outranks-name", files: &["wildcard.pem"], root: "root-nc.pem", peer: Some("contoso.test"), max_depth: None, verdict: ("not-trusted", Some("missing-intermediate")), findings: &["missing-intermediate", "name-mismatch"] },
    // Name constraints on an intermediate: dNSName, iPAddress, excluded vs wildcard, intermediates' SANs.
    Case { name: "nc-dns-ok", files: &["nc-dns-ok.pem"], root: "root.pem", peer: None, max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "nc-dns-violated", files: &["nc-dns-violated.pem"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("name-constraints-violated")), findings: &["name-constraints-violated"] },
    Case { name: "nc-dns-cn-not-consulted-with-ip-san", files: &["nc-dns-ip-only-san.pem"], root: "root.pem", peer: Some("192.0.2.25"), max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "nc-ip-ok", files: &["nc-ip-ok.pem"], root: "root.pem", peer: Some("2001:db8::9"), max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "nc-ip-violated", files: &["nc-ip-violated.pem"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("name-constraints-violated")), findings: &["name-constraints-violated"] },
    Case { name: "nc-excluded-wildcard-cve-2025-61727", files: &["nc-excluded-wildcard.pem"], root: "root.pem", peer: Some("www.contoso.test"), max_depth: None, verdict: ("not-trusted", Some("name-constraints-violated")), findings: &["name-constraints-violated"] },
    Case { name: "nc-excluded-other-name", files: &["nc-excluded-other.pem"], root: "root.pem", peer: None, max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "nc-binds-intermediate-san", files: &["nc-intermediate-san.pem"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("name-constraints-violated")), findings: &["name-constraints-violated"] },
    // A trust anchor's own name constraints.
    Case { name: "anchor-nc-violated", files: &["anchor-nc-violated.pem"], root: "root-nc.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("name-constraints-violated")), findings: &["name-constraints-violated"] },
    Case { name: "anchor-nc-ok", files: &["anchor-nc-ok.pem"], root: "root-nc.pem", peer: Some("mail.contoso.test"), max_depth: None, verdict: TRUSTED, findings: &[] },
    // Strict parsing and profile rules.
    Case { name: "san-leading-dot", files: &["san-leading-dot.pem"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("san-malformed")), findings: &["san-malformed"] },
    Case { name: "san-underscore", files: &["san-underscore.pem"], root: "root.pem", peer: Some("mail_1.contoso.test"), max_depth: None, verdict: ("not-trusted", Some("san-malformed")), findings: &["san-malformed", "peer-name-invalid"] },
    Case { name: "duplicate-extension", files: &["duplicate-extension.pem"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("duplicate-extension")), findings: &["duplicate-extension"] },
    Case { name: "leaf-without-aki", files: &["leaf-no-aki.pem"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("certificate-profile-violation")), findings: &["certificate-profile-violation"] },
    Case { name: "anchor-without-basic-constraints", files: &["under-root-no-bc.pem"], root: "root-no-bc.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("issuer-not-ca")), findings: &["issuer-not-ca"] },
    // Depth.
    Case { name: "two-intermediates-default-depth", files: &["two-intermediates.pem"], root: "root.pem", peer: None, max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "two-intermediates-max-depth-1", files: &["two-intermediates.pem"], root: "root.pem", peer: None, max_depth: Some(1), verdict: ("not-trusted", Some("max-depth-exceeded")), findings: &["max-depth-exceeded"] },
    // CRLs: revoked, not listed, stale.
    Case { name: "crl-revokes", files: &["revoked.pem", "ica-revokes.crl"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("certificate-revoked")), findings: &["certificate-revoked"] },
    Case { name: "crl-does-not-list", files: &["ip-san.pem", "ica-revokes.crl"], root: "root.pem", peer: None, max_depth: None, verdict: TRUSTED, findings: &[] },
    Case { name: "crl-stale", files: &["ip-san.pem", "ica-stale.crl"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("crl-invalid")), findings: &["crl-invalid"] },
    // Names in T61String, BMPString, UniversalString, a multi-valued RDN, escaped characters.
    Case { name: "dn-string-types", files: &["dn-string-types.pem"], root: "root.pem", peer: Some("relay.contoso.test"), max_depth: None, verdict: TRUSTED, findings: &[] },
    // Hostile keys.
    Case { name: "rsa-huge-exponent", files: &["rsa-huge-exponent.pem"], root: "root.pem", peer: None, max_depth: None, verdict: ("not-trusted", Some("rsa-key-refused")), findings: &["rsa-key-refused"] },
];

fn run(case: &Case) -> Diagnosis {
    let sources = case.files.iter().map(|f| Source::bytes(*f, fixture(&format!("names/{f}")))).collect();
    let roots = vec![Source::bytes(case.root, fixture(&format!("names/{}", case.root)))];
    let input = Input {
        sources,
        evaluated_at: parse_date("2026-06-01").unwrap(),
        trust: TrustOptions { store: StoreChoice::None, roots, public_roots: Vec::new() },
        next: Vec::new(),
        peer: PeerOptions { name: case.peer.map(str::to_string), max_depth: case.max_depth },
    };
    diagnose(&input)
}

#[test]
fn every_name_case_gets_its_verdict_and_findings() {
    let mut failures = Vec::new();
    for case in CASES {
        let d = run(case);
        let chain = d.chains.first().map(|c| (c.verdict.as_str(), c.headline.map(|h| h.as_str())));
        let got = ids(&d);
        if std::env::var_os("PRINT_CASES").is_some() {
            eprintln!("{} => verdict: {chain:?}, findings: {got:?}", case.name);
        }
        if chain != Some(case.verdict) || got != case.findings {
            failures.push(format!("{}: {chain:?} {got:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn names_render_as_openssl_and_windows_do_in_every_string_type() {
    let d = run(CASES.iter().find(|c| c.name == "dn-string-types").unwrap());
    let leaf = &d.certificates[d.chains[0].leaf];
    // `openssl x509 -noout -subject -nameopt utf8,sep_comma_plus_space,esc_2253` prints exactly this.
    assert_eq!(leaf.subject, "C=DE, O=Müller\\, Söhne & Co, OU=Mail\\+Relay \\\"A\\\", L=Koeln, UID=relay1 + CN=*.contoso.test");
    // CryptoAPI (CERT_X500_NAME_STR | CERT_NAME_STR_REVERSE_FLAG): RDNs reversed, quoting, OID. for
    // attributes without an X.500 key name.
    assert_eq!(leaf.subject_windows, "OID.0.9.2342.19200300.100.1.1=relay1 + CN=*.contoso.test, L=Koeln, OU=\"Mail+Relay \"\"A\"\"\", O=\"Müller, Söhne & Co\", C=DE");
    // The T61String common name is a name, not hex.
    assert_eq!(leaf.subject_cn.as_deref(), Some("*.contoso.test"));
}

#[test]
fn issuers_are_found_by_rfc_5280_name_comparison() {
    use forcetls::names::dn::DnKey;
    let d = run(&CASES[0]);
    let key = |i: usize| -> DnKey { d.certificates[i].facts.subject_key.clone() };
    assert_eq!(key(1), d.certificates[0].facts.issuer_key);
    assert_ne!(key(0), key(1));
}

#[test]
fn ten_thousand_constraints_times_ten_thousand_names_stay_within_the_budget() {
    let sources = vec![Source::bytes("nc-10000x10000.pem", fixture("names/nc-10000x10000.pem"))];
    let roots = vec![Source::bytes("root.pem", fixture("names/root.pem"))];
    let input = Input { sources, evaluated_at: parse_date("2026-06-01").unwrap(), trust: TrustOptions { store: StoreChoice::None, roots, public_roots: Vec::new() }, ..Input::default() };
    let d = diagnose(&input);
    let got = ids(&d);
    assert!(got.contains(&"name-constraints-unchecked"), "{got:?}");
    assert!(got.contains(&"work-budget-exhausted"), "{got:?}");
    assert_eq!(d.chains[0].verdict, forcetls::model::ChainVerdict::NotTrusted);
}
