//! The firewall worksheet and the rollover comparison, over committed fixtures.

use forcetls::civil_time::parse_date;
use forcetls::model::TrustOptions;
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, worksheet, Input, Source};

use crate::common::{diagnose_files, fixture};

#[test]
fn worksheet_rows_and_exports_for_a_chain() {
    let d = diagnose_files(&["chain-rsa.pem"], "2026-06-01");
    let rows: Vec<(String, u16, &str, &str)> = d.worksheet.iter().map(|r| (r.host.clone(), r.port, r.purpose.as_str(), r.side.as_str())).collect();
    assert_eq!(rows, [
        ("aia.forcetls.test".to_string(), 80, "ca-issuers", "theirs"),
        ("crl.forcetls.test".to_string(), 80, "crl", "theirs"),
        ("ldap.forcetls.test".to_string(), 389, "crl", "theirs"),
        ("ocsp.forcetls.test".to_string(), 80, "ocsp", "theirs"),
    ]);
    let crl = d.worksheet.iter().find(|r| r.host == "crl.forcetls.test").unwrap();
    assert_eq!(crl.urls, ["http://crl.forcetls.test/issuing-ca-1.crl", "http://crl.forcetls.test/root-r1.crl"]);
    assert_eq!(crl.certificates, ["mail.contoso.test", "Forcetls Test Issuing CA 1"]);
    assert_eq!(worksheet::host_list(&d.worksheet), "aia.forcetls.test:80\ncrl.forcetls.test:80\nldap.forcetls.test:389\nocsp.forcetls.test:80\n");
    let csv = worksheet::csv(&d.worksheet);
    assert!(csv.starts_with("scheme,host,port,purpose,side,certificates,urls\nhttp,aia.forcetls.test,80,ca-issuers,theirs,"), "{csv}");
    let ps = worksheet::powershell(&d.worksheet, &forcetls::report::script_comments(forcetls::i18n::Lang::En));
    assert!(ps.contains("Test-NetConnection -ComputerName 'ldap.forcetls.test' -Port 389"), "{ps}");
    assert!(ps.contains("# certutil -URL 'http://crl.forcetls.test/issuing-ca-1.crl'"), "{ps}");
    assert!(!ps.contains("certutil -URL ldap://"), "certutil -URL is for HTTP URLs here");
    let sh = worksheet::shell(&d.worksheet, &forcetls::report::script_comments(forcetls::i18n::Lang::En));
    assert!(sh.contains("openssl ocsp -issuer issuer.pem -cert server.pem -url 'http://ocsp.forcetls.test"), "{sh}");
    assert!(sh.contains("curl -sS -o /dev/null -w '%{http_code} %{url_effective}\\n' --max-time 10 'http://aia.forcetls.test/issuing-ca-1.crt'"), "{sh}");
    assert!(sh.contains("nc -z -w 10 'ldap.forcetls.test' 389"), "{sh}");
}

#[test]
fn worksheet_adds_exchange_online_endpoints_when_connectors_are_present() {
    let send = "Name           : Outbound to Office 365\nAddressSpaces  : {smtp:contoso.mail.onmicrosoft.com;1}\nRequireTLS     : True\nTlsAuthLevel   : CertificateValidation\n";
    let d = diagnose(&Input::new(vec![Source::text("send", send)], parse_date("2026-06-01").unwrap()));
    let ours: Vec<String> = d.worksheet.iter().filter(|r| r.side.as_str() == "ours").map(|r| format!("{}:{} {}", r.host, r.port, r.purpose)).collect();
    assert_eq!(ours, ["cacerts.digicert.com:80 ca-issuers", "crl3.digicert.com:80 crl", "crl4.digicert.com:80 crl", "ocsp.digicert.com:80 ocsp"]);
    let in_2019 = diagnose(&Input::new(vec![Source::text("send", send)], parse_date("2019-06-01").unwrap()));
    assert!(in_2019.worksheet.iter().any(|r| r.host == "ocsp.globalsign.com"));
}

#[test]
fn rollover_to_a_cross_signed_chain_under_a_new_root() {
    let send = "Name               : Outbound to Office 365\nAddressSpaces      : {smtp:contoso.mail.onmicrosoft.com;1}\nRequireTLS         : True\nTlsCertificateName : <I>CN=Chain Test Issuing CA A1, O=Forcetls Chain Test, C=DE<S>CN=mail.contoso.test, O=Forcetls Chain Test, C=DE\n";
    let outbound = "\nName        : To Contoso\nTlsSettings : DomainValidation\nTlsDomain   : mail.contoso.test\nSmartHosts  : {mail.contoso.test}\n";
    let roots = vec![Source::bytes("root-a.pem", fixture("chains/root-a.pem")), Source::bytes("root-g2.pem", fixture("chains/root-g2.pem"))];
    let input = Input {
        sources: vec![Source::text("connectors", format!("{send}{outbound}")), Source::bytes("good.pem", fixture("chains/good.pem"))],
        evaluated_at: parse_date("2026-06-01").unwrap(),
        trust: TrustOptions { store: StoreChoice::None, roots, public_roots: Vec::new() },
        next: vec![Source::bytes("cross-signed.pem", fixture("chains/cross-signed.pem"))],
        peer: Default::default(),
    };
    let r = diagnose(&input).rollover.expect("a rollover comparison");
    assert_eq!(r.current.as_deref(), Some("mail.contoso.test"));
    assert_eq!(r.current_root.as_deref(), Some("Chain Test Root A"));
    assert_eq!(r.next_root.as_deref(), Some("Chain Test Root G2"));
    assert!(r.next_trusted);
    assert_eq!(r.coverage.len(), 1);
    assert!(r.coverage[0].before && r.coverage[0].after, "{:?}", r.coverage);
    assert_eq!(r.tls_certificate_name_changes.len(), 1);
    assert!(r.tls_certificate_name_changes[0].1.starts_with("<I>CN=Chain Test Issuing CA G2-1"), "{:?}", r.tls_certificate_name_changes);
    // Both chains come from the same test CA hosts, so the firewall needs no change.
    assert!(r.endpoints_added.is_empty() && r.endpoints_removed.is_empty(), "{r:?}");
    assert_eq!(r.expiry, (Some("2027-01-01T00:00:00Z".to_string()), Some("2027-01-01T00:00:00Z".to_string())));
}

#[test]
fn exchange_online_era_comparison() {
    use forcetls::connectors::exo_history::ERAS;
    let r = forcetls::rollover::compare_eras(&ERAS[1], &ERAS[2]);
    assert_eq!((r.current_root.as_deref(), r.next_root.as_deref()), (Some("GlobalSign Root CA"), Some("DigiCert Global Root CA")));
    assert_eq!(r.endpoints_added, ["http://crl3.digicert.com", "http://crl4.digicert.com", "http://ocsp.digicert.com", "http://cacerts.digicert.com"]);
    assert_eq!(r.endpoints_removed, ["http://ocsp.globalsign.com", "http://crl.globalsign.com", "http://secure.globalsign.com"]);
    let same = forcetls::rollover::compare_eras(&ERAS[2], &ERAS[3]);
    assert!(same.endpoints_added.is_empty() && same.endpoints_removed.is_empty());
}

#[test]
fn rollover_to_another_ca_changes_the_endpoints() {
    let roots = vec![Source::bytes("root-rsa.pem", fixture("root-rsa.pem")), Source::bytes("root-a.pem", fixture("chains/root-a.pem"))];
    let input = Input {
        sources: vec![Source::bytes("chain-rsa.pem", fixture("chain-rsa.pem"))],
        evaluated_at: parse_date("2026-06-01").unwrap(),
        trust: TrustOptions { store: StoreChoice::None, roots, public_roots: Vec::new() },
        next: vec![Source::bytes("good.pem", fixture("chains/good.pem"))],
        peer: Default::default(),
    };
    let r = diagnose(&input).rollover.unwrap();
    assert_eq!((r.current_root.as_deref(), r.next_root.as_deref()), (Some("Forcetls Test Root R1"), Some("Chain Test Root A")));
    assert_eq!(r.endpoints_added, ["aia.chaintest.test:80 (ca-issuers)", "crl.chaintest.test:80 (crl)", "ocsp.chaintest.test:80 (ocsp)"]);
    assert_eq!(r.endpoints_removed, ["aia.forcetls.test:80 (ca-issuers)", "crl.forcetls.test:80 (crl)", "ldap.forcetls.test:389 (crl)", "ocsp.forcetls.test:80 (ocsp)"]);
    assert_eq!(r.expiry, (Some("2027-01-01T00:00:00Z".to_string()), Some("2027-01-01T00:00:00Z".to_string())));
}

/// The worksheet reads URLs within the diagnosis's `endpoint-urls` meter; past it, the rest are
/// skipped and the diagnosis says its work budget ran out.
#[test]
fn worksheet_urls_stop_at_the_work_budget_and_say_so() {
    use forcetls::budget::{Budget, Work};
    let input = Input { sources: vec![Source::bytes("chain-rsa.pem", fixture("chain-rsa.pem"))], evaluated_at: parse_date("2026-06-01").unwrap(), trust: crate::common::test_trust(), next: Vec::new(), peer: Default::default() };
    let full = forcetls::diagnose(&input);
    let urls = |d: &forcetls::Diagnosis| d.worksheet.iter().map(|r| r.urls.len()).sum::<usize>();
    assert!(urls(&full) > 2);
    assert!(!crate::common::ids(&full).contains(&"work-budget-exhausted"));
    let limited = forcetls::diagnose_with(&input, &Budget::new().with_limit(Work::EndpointUrls, 2));
    assert_eq!(urls(&limited), 2);
    let f = limited.findings.iter().find(|f| crate::common::id(f) == "work-budget-exhausted").expect("the exhausted meter is reported");
    assert_eq!(f.evidence, forcetls::finding::Evidence::WorkBudget { work: Work::EndpointUrls, limit: 2 });
}

/// A certificate whose CRL, OCSP and CA-issuers URLs carry shell and PowerShell syntax: the URLs
/// that are not well-formed RFC 3986 `http`/`ldap` URLs with a valid host are left out of the
/// worksheet, each reported; the well-formed ones (which may still hold `$` or `'`) are kept.
#[test]
fn hostile_urls_are_left_out_of_the_worksheet_and_reported() {
    let d = diagnose(&Input::new(vec![Source::bytes("urls.pem", fixture("hostile/urls.pem"))], parse_date("2026-06-01").unwrap()));
    let refused: Vec<&forcetls::finding::Finding> = d.findings.iter().filter(|f| crate::common::id(f) == "endpoint-url-refused").collect();
    let values: Vec<String> = refused.iter().map(|f| match &f.evidence {
        forcetls::finding::Evidence::Refused { value, reason } => format!("{value} ({reason})"),
        other => panic!("{other:?}"),
    }).collect();
    assert!(values.contains(&"http://crl.hostile.test/a.crl\\u{000A}touch pwned-linefeed (line-break)".to_string()), "{values:#?}");
    assert!(values.contains(&"ldap://$(touch pwned-ldap-host)/cn=x?certificateRevocationList (not-a-url)".to_string()), "{values:#?}");
    assert!(values.contains(&"http://crl.hostile.test/`touch pwned-backtick`.crl (not-a-url)".to_string()), "{values:#?}");
    let kept: Vec<&String> = d.worksheet.iter().flat_map(|r| &r.urls).collect();
    assert!(kept.contains(&&"http://crl.hostile.test/a.crl?x=1&y=$HOME".to_string()), "legal RFC 3986, quoted in the scripts: {kept:?}");
    assert!(kept.contains(&&"http://crl.hostile.test/%24(touch%20pwned-percent).crl".to_string()), "{kept:?}");
    assert!(kept.contains(&&"http://crl.hostile.test/good.crl".to_string()));
    let hosts: Vec<&str> = d.worksheet.iter().map(|r| r.host.as_str()).collect();
    assert_eq!(hosts, ["aia.hostile.test", "crl.hostile.test", "ldap.hostile.test", "ocsp.hostile.test"]);
    // The leaf names 24 URLs (19 CRL, 3 OCSP, 2 CA issuers), the CA 3 more (its first is the leaf's
    // good.crl, kept once): each is either kept or reported.
    assert_eq!(refused.len() + kept.len(), 24 + 2);
}
