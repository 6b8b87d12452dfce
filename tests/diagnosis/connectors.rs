//! Table-driven tests of the forced-TLS verdict: every row of the decision tables
//! (`src/connectors/verdict/`) and every cell of the certificate matrix (TlsSettings × self-signed,
//! private CA, wrong name, expired, good), over the defect chains in `tests/fixtures/chains/` (root A stands
//! in for a public CA through `TrustOptions::public_roots`) and Format-List connector text.

use forcetls::civil_time::parse_date;
use forcetls::model::TrustOptions;
use forcetls::trust::StoreChoice;
use forcetls::{diagnose, Diagnosis, Input, Source};

use crate::common::{fixture, id};

/// Format-List text for one record, labels padded as PowerShell pads them.
fn fl(props: &[(&str, &str)]) -> String {
    let width = props.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut out = String::from("\n");
    for (k, v) in props {
        if v.is_empty() {
            out.push_str(&format!("{k:<width$} :\n"));
        } else {
            out.push_str(&format!("{k:<width$} : {v}\n"));
        }
    }
    out + "\n"
}

fn outbound(level: &str, tls_domain: &str) -> String {
    fl(&[("Name", "To Contoso"), ("Enabled", "True"), ("ConnectorType", "Partner"), ("RecipientDomains", "{contoso.test}"), ("SmartHosts", "{mail.contoso.test}"), ("UseMXRecord", "False"), ("TlsSettings", level), ("TlsDomain", tls_domain)])
}

fn inbound(kind: &str, require_tls: &str, sender_name: &str, restrict: &str) -> String {
    fl(&[("Name", "From Contoso"), ("Enabled", "True"), ("ConnectorType", kind), ("SenderDomains", "{smtp:*;1}"), ("RequireTls", require_tls), ("RestrictDomainsToCertificate", restrict), ("TlsSenderCertificateName", sender_name)])
}

fn send(require_tls: &str, ignore: &str, level: &str, tls_domain: &str, cert_name: &str) -> String {
    fl(&[("Name", "Outbound to Office 365"), ("Enabled", "True"), ("AddressSpaces", "{smtp:contoso.mail.onmicrosoft.com;1}"), ("DNSRoutingEnabled", "True"), ("RequireTLS", require_tls), ("IgnoreSTARTTLS", ignore), ("TlsAuthLevel", level), ("TlsDomain", tls_domain), ("TlsCertificateName", cert_name)])
}

/// The good chain's leaf as Windows names it (for TlsCertificateName).
const LEAF_ISSUER: &str = "CN=Chain Test Issuing CA A1, O=Forcetls Chain Test, C=DE";
const LEAF_SUBJECT: &str = "CN=mail.contoso.test, O=Forcetls Chain Test, C=DE";

struct Case {
    name: &'static str,
    connectors: String,
    chain: Option<&'static str>,
    store: StoreChoice,
    at: &'static str,
    /// (direction id, outcome, start of the Exchange error) per direction.
    directions: Vec<(&'static str, &'static str, &'static str)>,
    /// Connector finding ids expected (others are ignored).
    findings: &'static [&'static str],
}

fn run(case: &Case) -> Diagnosis {
    let mut sources = vec![Source::text("connectors", case.connectors.clone())];
    if let Some(chain) = case.chain {
        sources.push(Source::bytes(chain, fixture(&format!("chains/{chain}"))));
    }
    let trust = TrustOptions { store: case.store, roots: Vec::new(), public_roots: vec![Source::bytes("root-a.pem", fixture("chains/root-a.pem"))] };
    diagnose(&Input { sources, evaluated_at: parse_date(case.at).unwrap(), trust, next: Vec::new(), peer: Default::default() })
}

/// The connector-related finding ids (those about connectors, plus explained errors).
fn connector_ids(d: &Diagnosis) -> Vec<&'static str> {
    d.findings.iter().filter(|f| matches!(f.concerns, forcetls::finding::Concerns::Connector { .. })).map(id).collect()
}

fn cases() -> Vec<Case> {
    let m = StoreChoice::Microsoft;
    let d = "2026-06-01";
    let c = |name, connectors: String, chain, directions, findings| Case { name, connectors, chain, store: m, at: d, directions, findings };
    let cert_name = format!("<I>{LEAF_ISSUER}<S>{LEAF_SUBJECT}");
    let old_name = format!("<I>CN=Old Issuing CA, O=Somebody, C=US<S>{LEAF_SUBJECT}");
    vec![
        // The matrix: TlsSettings $null → not forced, whatever the certificate.
        c("matrix-null-good", outbound("", ""), Some("good.pem"), vec![("exo-to-peer", "not-forced", "")], &["outbound-tls-not-forced"]),
        c("matrix-null-self-signed", outbound("", ""), Some("self-signed-leaf.pem"), vec![("exo-to-peer", "not-forced", "")], &["outbound-tls-not-forced"]),
        // EncryptionOnly: any certificate.
        c("matrix-encryption-only-self-signed", outbound("EncryptionOnly", ""), Some("self-signed-leaf.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        c("matrix-encryption-only-private-ca", outbound("EncryptionOnly", ""), Some("untrusted-root.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        c("matrix-encryption-only-expired", outbound("EncryptionOnly", ""), Some("expired-leaf.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        // CertificateValidation.
        c("matrix-cv-self-signed", outbound("CertificateValidation", ""), Some("self-signed-leaf.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]")], &["outbound-peer-chain-rejected"]),
        c("matrix-cv-private-ca", outbound("CertificateValidation", ""), Some("untrusted-root.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]")], &["outbound-peer-chain-rejected"]),
        c("matrix-cv-name-differs", outbound("CertificateValidation", "other.test"), Some("good.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        c("matrix-cv-expired", outbound("CertificateValidation", ""), Some("expired-leaf.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=CertificateExpired Expected Subject: mail.contoso.test. Presented Subject: CN=old.contoso.test")], &["outbound-peer-chain-rejected"]),
        c("matrix-cv-good", outbound("CertificateValidation", ""), Some("good.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        c("cv-missing-intermediate", outbound("CertificateValidation", ""), Some("missing-intermediate.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]")], &["outbound-peer-chain-rejected"]),
        // DomainValidation.
        c("matrix-dv-self-signed", outbound("DomainValidation", "mail.contoso.test"), Some("self-signed-leaf.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]")], &["outbound-peer-chain-rejected"]),
        c("matrix-dv-private-ca", outbound("DomainValidation", "mail.contoso.test"), Some("untrusted-root.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]")], &["outbound-peer-chain-rejected"]),
        c("matrix-dv-name-differs", outbound("DomainValidation", "mx.fabrikam.test"), Some("good.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mx.fabrikam.test. Presented Subject: CN=mail.contoso.test, O=Forcetls Chain Test, C=DE. Thumbprint: ")], &["outbound-tls-domain-mismatch"]),
        c("matrix-dv-expired", outbound("DomainValidation", "old.contoso.test"), Some("expired-leaf.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=CertificateExpired Expected Subject: old.contoso.test.")], &["outbound-peer-chain-rejected"]),
        c("matrix-dv-good-exact", outbound("DomainValidation", "mail.contoso.test"), Some("good.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        c("dv-wildcard-tls-domain", outbound("DomainValidation", "*.contoso.test"), Some("good.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        c("dv-san-only-name", outbound("DomainValidation", "contoso.test"), Some("good.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        c("dv-without-tls-domain", outbound("DomainValidation", ""), Some("good.pem"), vec![("exo-to-peer", "cannot-tell", "")], &["outbound-domain-validation-no-tls-domain"]),
        c("dv-no-chain-pasted", outbound("DomainValidation", "mail.contoso.test"), None, vec![("exo-to-peer", "cannot-tell", "")], &[]),
        // A disabled connector plays no part.
        c("outbound-disabled", outbound("DomainValidation", "mail.contoso.test").replace("Enabled          : True", "Enabled          : False"), Some("good.pem"), vec![], &["connector-disabled"]),
        // No STARTTLS on the peer's receive connector (Selection of inbound STARTTLS certificates).
        c("receive-connector-without-tls", outbound("DomainValidation", "mail.contoso.test") + &fl(&[("Name", "Default Frontend EX01"), ("AuthMechanism", "Integrated, BasicAuth"), ("Bindings", "{0.0.0.0:25}"), ("RequireTLS", "False")]), Some("good.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]")], &["receive-connector-no-tls"]),
        // Selection of inbound STARTTLS certificates: a TlsCertificateName that finds no installed
        // certificate means no STARTTLS. The pasted certificate has the named subject under a new
        // issuer (a renewal), so the named one is gone.
        c("receive-connector-names-the-old-issuer", outbound("DomainValidation", "mail.contoso.test") + &fl(&[("Name", "Default Frontend EX01"), ("AuthMechanism", "Tls, Integrated"), ("Bindings", "{0.0.0.0:25}"), ("TlsCertificateName", "<I>CN=Old CA, C=US<S>CN=mail.contoso.test, O=Forcetls Chain Test, C=DE")]), Some("good.pem"), vec![("exo-to-peer", "will-fail", "450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]")], &["tls-certificate-name-stale"]),
        // The receive connector names another certificate: which one the peer presents cannot be told.
        c("receive-connector-names-another-certificate", outbound("DomainValidation", "mail.contoso.test") + &fl(&[("Name", "Default Frontend EX01"), ("AuthMechanism", "Tls, Integrated"), ("Bindings", "{0.0.0.0:25}"), ("TlsCertificateName", "<I>CN=Other CA, C=US<S>CN=smtp.contoso.test, C=US")]), Some("good.pem"), vec![("exo-to-peer", "cannot-tell", "")], &["tls-certificate-name-not-found"]),
        // A receive connector without Tls does not count when another offers it.
        c("one-receive-connector-of-two-offers-tls", outbound("DomainValidation", "mail.contoso.test") + &fl(&[("Name", "Default Frontend EX01"), ("AuthMechanism", "Tls, Integrated"), ("Bindings", "{0.0.0.0:25}")]) + &fl(&[("Name", "Client Frontend EX01"), ("AuthMechanism", "Integrated, BasicAuth"), ("Bindings", "{0.0.0.0:587}")]), Some("good.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        c("receive-connector-with-tls", outbound("DomainValidation", "mail.contoso.test") + &fl(&[("Name", "Default Frontend EX01"), ("AuthMechanism", "Tls, Integrated, BasicAuth"), ("Bindings", "{0.0.0.0:25}")]), Some("good.pem"), vec![("exo-to-peer", "will-work", "")], &[]),
        // Peer → Exchange Online (Set-InboundConnector, KB3212877).
        c("inbound-onprem-wildcard-ok", inbound("OnPremises", "True", "*.contoso.test", "False"), Some("good.pem"), vec![("peer-to-exo", "will-work", "")], &[]),
        c("inbound-onprem-name-mismatch", inbound("OnPremises", "True", "mail.fabrikam.test", "False"), Some("good.pem"), vec![("peer-to-exo", "will-fail", "550 5.7.64 TenantAttribution; Relay Access Denied")], &["inbound-certificate-name-mismatch"]),
        c("inbound-onprem-self-signed", inbound("OnPremises", "True", "mail.contoso.test", "False"), Some("self-signed-leaf.pem"), vec![("peer-to-exo", "will-fail", "550 5.7.64 TenantAttribution; Relay Access Denied")], &["inbound-sender-chain-rejected"]),
        c("inbound-onprem-incomplete-chain", inbound("OnPremises", "True", "mail.contoso.test", "False"), Some("missing-intermediate.pem"), vec![("peer-to-exo", "will-fail", "550 5.7.64 TenantAttribution; Relay Access Denied")], &["inbound-sender-chain-rejected"]),
        c("inbound-partner-subject-ok", inbound("Partner", "True", "mail.contoso.test", "True"), Some("good.pem"), vec![("peer-to-exo", "will-work", "")], &[]),
        c("inbound-partner-san-only", inbound("Partner", "True", "contoso.test", "True"), Some("good.pem"), vec![("peer-to-exo", "will-fail", "550 5.7.51 TenantInboundAttribution")], &["inbound-certificate-name-mismatch"]),
        c("two-partners-each-judged-by-its-name", inbound("Partner", "True", "mail.contoso.test", "True") + &inbound("Partner", "True", "mx.fabrikam.test", "True").replace("From Contoso", "From Fabrikam"), Some("good.pem"), vec![("peer-to-exo", "will-work", ""), ("peer-to-exo", "cannot-tell", "")], &[]),
        c("inbound-not-required", inbound("Partner", "False", "", "False"), Some("good.pem"), vec![("peer-to-exo", "not-forced", "")], &["inbound-tls-not-forced"]),
        c("inbound-require-tls-no-cert", inbound("Partner", "True", "", "False"), None, vec![("peer-to-exo", "cannot-tell", "")], &[]),
        // On-premises send connector: TlsCertificateName against the pasted certificate
        // (Set-SendConnector). A send connector that cannot find its certificate validates
        // nothing either, and a failed validation of Exchange Online's certificate stops the
        // mail: both directions share the send connector's fate.
        c("send-cert-name-matches", send("True", "False", "DomainValidation", "mail.protection.outlook.com", &cert_name) + &inbound("OnPremises", "True", "*.contoso.test", "False"), Some("good.pem"), vec![("peer-to-exo", "will-work", ""), ("onprem-trusts-exo", "will-work", "")], &[]),
        c("send-cert-name-stale-after-renewal", send("True", "False", "DomainValidation", "mail.protection.outlook.com", &old_name) + &inbound("OnPremises", "True", "*.contoso.test", "False"), Some("good.pem"), vec![("peer-to-exo", "will-fail", "454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found."), ("onprem-trusts-exo", "will-fail", "454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.")], &["tls-certificate-name-stale"]),
        c("send-cert-name-unknown", send("True", "False", "DomainValidation", "mail.protection.outlook.com", "<I>CN=Nobody<S>CN=nothing.test") + &inbound("OnPremises", "True", "*.contoso.test", "False"), Some("good.pem"), vec![("peer-to-exo", "cannot-tell", ""), ("onprem-trusts-exo", "cannot-tell", "")], &["tls-certificate-name-not-found"]),
        // A self-signed certificate with the named subject is not a renewal of the named one.
        c("send-cert-name-vs-self-signed-same-subject", send("True", "False", "DomainValidation", "mail.protection.outlook.com", &cert_name) + &inbound("OnPremises", "True", "*.contoso.test", "False"), Some("self-signed-leaf.pem"), vec![("peer-to-exo", "cannot-tell", ""), ("onprem-trusts-exo", "cannot-tell", "")], &["tls-certificate-name-not-found"]),
        // Set-SendConnector: DomainValidation without TlsDomain compares the recipient domain.
        c("send-dv-without-tls-domain", send("True", "False", "DomainValidation", "", &cert_name), Some("good.pem"), vec![("peer-to-exo", "will-fail", "454 4.7.5 Certificate validation failure"), ("onprem-trusts-exo", "will-fail", "454 4.7.5 Certificate validation failure")], &["send-connector-tls-domain-unexpected"]),
        c("send-dv-wildcard-tls-domain", send("True", "False", "DomainValidation", "*.outlook.com", &cert_name), Some("good.pem"), vec![("peer-to-exo", "will-work", ""), ("onprem-trusts-exo", "will-work", "")], &[]),
        c("send-ignores-starttls", send("True", "True", "", "", &cert_name), Some("good.pem"), vec![("peer-to-exo", "will-fail", "451 5.7.3 Must issue a STARTTLS command first")], &["send-connector-ignores-starttls"]),
        c("send-without-cert-name", send("True", "False", "", "", ""), Some("good.pem"), vec![("peer-to-exo", "will-work", "")], &["send-connector-no-tls-certificate-name"]),
        c("send-level-without-require-tls", send("False", "False", "CertificateValidation", "", &cert_name), Some("good.pem"), vec![("peer-to-exo", "not-forced", ""), ("onprem-trusts-exo", "will-work", "")], &["send-connector-invalid-combination"]),
        c("send-tls-domain-unexpected", send("True", "False", "DomainValidation", "outlook.com", &cert_name), Some("good.pem"), vec![("peer-to-exo", "will-fail", "454 4.7.5 Certificate validation failure"), ("onprem-trusts-exo", "will-fail", "454 4.7.5 Certificate validation failure")], &["send-connector-tls-domain-unexpected"]),
        // The on-premises side trusting Exchange Online's root at the date (How Exchange Online uses TLS).
        Case { name: "onprem-trusts-exo-no-store", connectors: send("True", "False", "CertificateValidation", "", &cert_name), chain: Some("good.pem"), store: StoreChoice::None, at: d, directions: vec![("peer-to-exo", "will-fail", "454 4.7.5 Certificate validation failure"), ("onprem-trusts-exo", "will-fail", "454 4.7.5 Certificate validation failure")], findings: &["onprem-does-not-trust-exo"] },
        Case { name: "onprem-trusts-exo-2019-mozilla", connectors: send("True", "False", "CertificateValidation", "", &cert_name), chain: Some("good.pem"), store: StoreChoice::Mozilla, at: "2019-06-01", directions: vec![("peer-to-exo", "will-fail", "454 4.7.5"), ("onprem-trusts-exo", "will-fail", "454 4.7.5")], findings: &["onprem-does-not-trust-exo"] },
        Case { name: "onprem-trusts-exo-2019-microsoft", connectors: send("True", "False", "CertificateValidation", "", &cert_name), chain: Some("good.pem"), store: StoreChoice::Microsoft, at: "2019-06-01", directions: vec![("peer-to-exo", "will-work", ""), ("onprem-trusts-exo", "will-work", "")], findings: &[] },
        Case { name: "onprem-trusts-exo-before-history", connectors: send("True", "False", "CertificateValidation", "", &cert_name), chain: None, store: StoreChoice::Microsoft, at: "2015-06-01", directions: vec![("peer-to-exo", "cannot-tell", ""), ("onprem-trusts-exo", "cannot-tell", "")], findings: &[] },
    ]
}

#[test]
fn every_rule_gives_its_outcome_error_and_findings() {
    let mut failures = Vec::new();
    let all = cases();
    for case in &all {
        let d = run(case);
        let got: Vec<(&str, &str, String)> = d.directions.iter().map(|x| (x.id.as_str(), x.outcome.as_str(), x.exchange_error.as_ref().map(|e| e.line()).unwrap_or_default())).collect();
        let matches = got.len() == case.directions.len() && got.iter().zip(&case.directions).all(|(g, w)| g.0 == w.0 && g.1 == w.1 && g.2.starts_with(w.2));
        let ids = connector_ids(&d);
        if !matches || ids != case.findings {
            failures.push(format!("{}: directions {:?} findings {:?}", case.name, got, ids));
        }
    }
    assert!(failures.is_empty(), "{} of {} connector cases differ:\n{}", failures.len(), all.len(), failures.join("\n"));
}

/// Every sample in tests/fixtures/connectors reads into connectors with no unreadable record.
#[test]
fn every_connector_sample_is_read() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/connectors");
    for (file, connectors) in [
        ("exo_Get-InboundConnector_FL_multi.txt", 2),
        ("exo_hybrid_Get-OutboundConnector_FL.txt", 1),
        ("exo_hybrid_Get-OutboundConnector_FL_winps51-redirect_utf16le.txt", 1),
        ("exo_partner_Get-OutboundConnector_FL_multi.txt", 4),
        ("onprem_Get-ReceiveConnector_FL.txt", 1),
        ("onprem_Get-SendConnector_FL_multi.txt", 3),
        ("exo_Get-InboundConnector_ConvertTo-Json_pwsh7_EnumsAsStrings.json", 1),
        ("exo_Get-OutboundConnector_ConvertTo-Json_winps51_enum-ints.json", 3),
        ("exo_Get-OutboundConnector_ConvertTo-Json_winps51_value-Value.json", 1),
        ("onprem_Get-SendConnector_ConvertTo-Json_winps51_deserialized.json", 2),
        ("onprem_Get-SendConnector_Select-ToString_ConvertTo-Json_winps51.json", 1),
        ("css-exchange_GetReceiveConnector.clixml.xml", 5),
        ("css-exchange_GetSendConnector.clixml.xml", 1),
    ] {
        let bytes = std::fs::read(format!("{dir}/{file}")).unwrap();
        let d = diagnose(&Input::new(vec![Source::bytes(file, bytes)], parse_date("2026-06-01").unwrap()));
        assert_eq!(d.connectors.len(), connectors, "{file}");
        assert!(!d.findings.iter().any(|f| id(f) == "connector-unreadable"), "{file}: {:?}", d.findings);
        assert!(d.connectors.iter().all(|c| c.kind != forcetls::connectors::model::Kind::Unknown), "{file}");
    }
}

/// The same connector in three formats normalises to the same TLS settings.
#[test]
fn formats_agree_on_tls_settings() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/connectors");
    let read = |file: &str| {
        let d = diagnose(&Input::new(vec![Source::bytes(file, std::fs::read(format!("{dir}/{file}")).unwrap())], 0));
        d.connectors.into_iter().map(|c| (c.name, c.tls_level, c.tls_domain, c.tls_certificate_name.map(|n| (n.issuer, n.subject)))).collect::<Vec<_>>()
    };
    let fl = read("onprem_Get-SendConnector_FL_multi.txt");
    let json = read("onprem_Get-SendConnector_ConvertTo-Json_winps51_deserialized.json");
    let select = read("onprem_Get-SendConnector_Select-ToString_ConvertTo-Json_winps51.json");
    assert_eq!(fl[0], json[0]);
    assert_eq!(fl[0], select[0]);
    let hybrid = read("exo_hybrid_Get-OutboundConnector_FL.txt");
    let utf16 = read("exo_hybrid_Get-OutboundConnector_FL_winps51-redirect_utf16le.txt");
    assert_eq!(hybrid, utf16);
}

/// A pasted NDR line is explained, next to certificates and connectors.
#[test]
fn ndr_lines_are_explained() {
    let text = "Delivery has failed.\nReason: [{LED=450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: *.contoso.com. Presented Subject: CN=ExchangeServer01. Thumbprint: D0AC2FC63B9C5798828B45D849BE8D33.] [LastAttemptedServerName=mail.contoso.com]\n";
    let d = diagnose(&Input::new(vec![Source::text("ndr", text)], 0));
    let explained: Vec<&str> = d.findings.iter().map(id).filter(|i| *i == "exchange-error-explained").collect();
    assert_eq!(explained.len(), 1);
    assert_eq!(d.summary.ignored_lines, 1);
}

/// The finding ids the connector table exercises.
pub fn covered() -> Vec<&'static str> {
    cases().iter().flat_map(|c| c.findings.iter().copied()).collect()
}

/// A connector name from the input reaches a fix only as a PowerShell single-quoted literal; a name
/// that cannot be quoted safely (here a line break that would start a second command) is refused
/// with a finding, and no fix carries it.
#[test]
fn fixes_quote_connector_names_or_refuse_them() {
    let json = |name: &str| serde_json::json!([{ "Name": name, "Enabled": true, "ConnectorType": "Partner", "RecipientDomains": ["contoso.test"], "SmartHosts": ["mail.contoso.test"], "TlsSettings": null, "TlsDomain": null, "Identity": name }]).to_string();
    let run = |name: &str| diagnose(&Input::new(vec![Source::text("dump", json(name))], parse_date("2026-06-01").unwrap()));
    let d = run("To ‘Contoso’ $(Remove-Item C:\\ -Recurse) `\"x\"");
    assert_eq!(d.directions[0].fixes, ["Set-OutboundConnector -Identity 'To ‘‘Contoso’’ $(Remove-Item C:\\ -Recurse) `\"x\"' -TlsSettings DomainValidation -TlsDomain '<peer-certificate-name>'"]);
    assert!(!d.findings.iter().any(|f| id(f) == "command-value-refused"));
    let d = run("To Contoso\nRemove-Item C:\\ -Recurse");
    assert!(d.directions[0].fixes.is_empty(), "{:?}", d.directions[0].fixes);
    let refused = d.findings.iter().find(|f| id(f) == "command-value-refused").expect("the refusal is reported");
    assert_eq!(refused.evidence, forcetls::finding::Evidence::Refused { value: "To Contoso\\u{000A}Remove-Item C:\\ -Recurse".into(), reason: forcetls::quote::Refusal::LineBreak });
}
