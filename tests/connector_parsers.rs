//! The connector export parsers against every sample in `tests/fixtures/connector-samples/`
//! (see the README there for the edge case each file exercises), plus properties that no input
//! makes them panic.
#![cfg(not(target_arch = "wasm32"))]

use forcetls::connectors::parse::{clixml, detect, format_list, json};
use forcetls::connectors::record::{Parsed, Record, Value};
use proptest::prelude::*;

/// Where the samples live, inside the repository (see the README there for provenance).
const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/connector-samples/");

/// Every sample file, so that a new one cannot be forgotten by the table below.
const ALL_FILES: [&str; 16] = [
    "README.md",
    "css-exchange_GetReceiveConnector.clixml.xml",
    "css-exchange_GetSendConnector.clixml.xml",
    "css-exchange_LICENSE.txt",
    "exo_Get-InboundConnector_ConvertTo-Json_pwsh7_EnumsAsStrings.json",
    "exo_Get-InboundConnector_FL_multi.txt",
    "exo_Get-OutboundConnector_ConvertTo-Json_winps51_enum-ints.json",
    "exo_Get-OutboundConnector_ConvertTo-Json_winps51_value-Value.json",
    "exo_hybrid_Get-OutboundConnector_FL.txt",
    "exo_hybrid_Get-OutboundConnector_FL_winps51-redirect_utf16le.txt",
    "exo_partner_Get-OutboundConnector_FL_multi.txt",
    "onprem_Get-ExchangeCertificate_FL.txt",
    "onprem_Get-ReceiveConnector_FL.txt",
    "onprem_Get-SendConnector_ConvertTo-Json_winps51_deserialized.json",
    "onprem_Get-SendConnector_FL_multi.txt",
    "onprem_Get-SendConnector_Select-ToString_ConvertTo-Json_winps51.json",
];

/// Reads a sample as the intake would hand it over: UTF-16LE with BOM decoded, a UTF-8 BOM removed.
fn read(name: &str) -> String {
    let bytes = std::fs::read(format!("{SAMPLES}{name}")).unwrap_or_else(|e| panic!("{name}: {e}"));
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let units: Vec<u16> = rest.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        return String::from_utf16(&units).expect("valid UTF-16");
    }
    let text = String::from_utf8(bytes).expect("valid UTF-8");
    text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)
}

/// Runs the parser `detect` picks (Format-List for anything else, as the certificate scanner's
/// neighbour would).
fn parse(text: &str, name: &str) -> Parsed {
    match detect(text) {
        Some("json") => json::parse(text, name),
        Some("clixml") => clixml::parse(text, name),
        _ => format_list::parse(text, name),
    }
}

fn t(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn list(items: &[&str]) -> Value {
    Value::List(items.iter().map(|s| t(s)).collect())
}

fn obj(entries: &[(&str, Value)]) -> Value {
    Value::Object(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
}

/// An enum as Clixml carries it.
fn clixml_enum(name: &str, value: i64) -> Value {
    obj(&[("ToString", t(name)), ("Value", Value::Int(value))])
}

/// The value of a nested object's property.
fn field<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    match value {
        Value::Object(entries) => entries.iter().find(|(k, _)| k == name).map(|(_, v)| v),
        _ => None,
    }
}

const ISSUER: &str = "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US";
const SUBJECT: &str = "CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, S=Washington, C=US";
const HYBRID_DN: &str = "CN=Outbound to 5d2f0b4e-9c1a-4e6b-8f3d-2a7c91e04b13,CN=Transport Settings,CN=Configuration,\
CN=contoso.onmicrosoft.com,CN=ConfigurationUnits,DC=NAMPR04A007,DC=PROD,DC=OUTLOOK,DC=COM";
const ORG_ID: &str = "NAMPR04A007.PROD.OUTLOOK.COM/Microsoft Exchange Hosted Organizations/contoso.onmicrosoft.com - \
NAMPR04A007.PROD.OUTLOOK.COM/ConfigurationUnits/contoso.onmicrosoft.com/Configuration";

/// What one sample must give.
struct Case {
    file: &'static str,
    format: Option<&'static str>,
    records: usize,
    /// `(record, property, value)`.
    values: Vec<(usize, &'static str, Value)>,
    /// `(record, truncated properties)`; records not named must have none.
    truncated: Vec<(usize, Vec<&'static str>)>,
    /// `(record, wrapped properties)`; records not named must have none.
    wrapped: Vec<(usize, Vec<&'static str>)>,
    /// The first record's source hint and line.
    hint: Option<&'static str>,
    first_line: Option<usize>,
}

fn cases() -> Vec<Case> {
    let tls_cert = format!("<I>{ISSUER}<S>{SUBJECT}");
    vec![
        Case {
            file: "exo_hybrid_Get-OutboundConnector_FL.txt",
            format: Some("format-list"),
            records: 1,
            values: vec![
                (0, "TlsDomain", t("*.contoso.com")),
                (0, "TlsSettings", t("DomainValidation")),
                (0, "Enabled", t("True")),
                (0, "Comment", Value::Null),
                (0, "ConnectorSource", t("HybridWizard")),
                (0, "SmartHosts", list(&["mail.contoso.com", "mail2.contoso.com"])),
                (0, "RecipientDomains", list(&["contoso.com", "fabrikam.com", "sales.contoso.com", "contoso.co.uk"])),
                (0, "LastValidationTimestamp", t("3/18/2026 4:40:51 PM")),
                (0, "DistinguishedName", t(HYBRID_DN)),
                (0, "OrganizationId", t(ORG_ID)),
            ],
            truncated: vec![(0, vec!["RecipientDomains"])],
            wrapped: vec![(0, vec!["DistinguishedName", "OrganizationId"])],
            hint: Some("Get-OutboundConnector"),
            first_line: Some(3),
        },
        Case {
            file: "exo_hybrid_Get-OutboundConnector_FL_winps51-redirect_utf16le.txt",
            format: Some("format-list"),
            records: 1,
            values: vec![
                (0, "TlsDomain", t("*.contoso.com")),
                (0, "TlsSettings", t("DomainValidation")),
                (0, "RecipientDomains", list(&["contoso.com", "fabrikam.com", "sales.contoso.com", "contoso.co.uk"])),
                (0, "DistinguishedName", t(HYBRID_DN)),
                (0, "OrganizationId", t(ORG_ID)),
            ],
            truncated: vec![(0, vec!["RecipientDomains"])],
            wrapped: vec![(0, vec!["DistinguishedName", "OrganizationId"])],
            hint: None,
            first_line: Some(2),
        },
        Case {
            file: "exo_partner_Get-OutboundConnector_FL_multi.txt",
            format: Some("format-list"),
            records: 4,
            values: vec![
                (0, "TlsDomain", t("mx.woodgrovebank.com")),
                (0, "TlsSettings", t("DomainValidation")),
                (0, "RecipientDomains", list(&["woodgrovebank.com", "*.woodgrovebank.com"])),
                (0, "SmartHosts", list(&[])),
                (1, "TlsDomain", Value::Null),
                (1, "TlsSettings", t("DomainValidation")),
                (1, "SmartHosts", list(&["192.0.2.25", "198.51.100.0/28"])),
                (1, "ConnectorSource", t("AdminUI")),
                (1, "LastValidationTimestamp", Value::Null),
                (2, "Enabled", t("False")),
                (2, "TlsSettings", t("EncryptionOnly")),
                (2, "IsTransportRuleScoped", t("True")),
                (2, "RecipientDomains", list(&[])),
                (3, "TlsSettings", Value::Null),
                (3, "MtaStsMode", t("None")),
                (3, "SmtpDaneMode", t("None")),
                (3, "Name", t("Adatum (no TLS requirement)")),
            ],
            truncated: vec![],
            wrapped: vec![],
            hint: Some("Get-OutboundConnector"),
            first_line: Some(3),
        },
        Case {
            file: "exo_Get-InboundConnector_FL_multi.txt",
            format: Some("format-list"),
            records: 2,
            values: vec![
                (0, "ConnectorType", t("OnPremises")),
                (0, "SenderDomains", list(&["smtp:*;1"])),
                (0, "RequireTls", t("True")),
                (0, "TlsSenderCertificateName", t("*.contoso.com")),
                (0, "SenderIPAddresses", list(&[])),
                (
                    0,
                    "DistinguishedName",
                    t("CN=Inbound from 5d2f0b4e-9c1a-4e6b-8f3d-2a7c91e04b13,CN=Transport Settings,CN=Configuration,\
CN=contoso.onmicrosoft.com,CN=ConfigurationUnits,DC=NAMPR04A007,DC=PROD,DC=OUTLOOK,DC=COM"),
                ),
                (0, "OrganizationId", t(ORG_ID)),
                (1, "ConnectorType", t("Partner")),
                (1, "SenderDomains", list(&["smtp:woodgrovebank.com;1", "smtp:*.woodgrovebank.com;1"])),
                (
                    1,
                    "SenderIPAddresses",
                    list(&["203.0.113.0/27", "203.0.113.40", "198.51.100.17", "198.51.100.18", "198.51.100.19"]),
                ),
                (1, "RestrictDomainsToCertificate", t("True")),
                (1, "RestrictDomainsToIPAddresses", t("True")),
                (1, "TlsSenderCertificateName", t("mx.woodgrovebank.com")),
            ],
            truncated: vec![(1, vec!["SenderIPAddresses"])],
            wrapped: vec![(0, vec!["DistinguishedName", "OrganizationId"])],
            hint: Some("Get-InboundConnector"),
            first_line: Some(3),
        },
        Case {
            file: "onprem_Get-SendConnector_FL_multi.txt",
            format: Some("format-list"),
            records: 3,
            values: vec![
                (0, "TlsCertificateName", t(&tls_cert)),
                (0, "RequireTLS", t("True")),
                (0, "TlsAuthLevel", t("DomainValidation")),
                (0, "TlsDomain", t("mail.protection.outlook.com")),
                (0, "AddressSpaces", list(&["smtp:contoso.mail.onmicrosoft.com;1"])),
                (0, "SourceTransportServers", list(&["EX01", "EX02"])),
                (1, "IgnoreSTARTTLS", t("True")),
                (1, "TlsAuthLevel", Value::Null),
                (1, "TlsCertificateName", Value::Null),
                (1, "Enabled", t("False")),
                (2, "SmartHosts", list(&["[203.0.113.25]", "mx.woodgrovebank.com"])),
                (2, "SmartHostsString", t("[203.0.113.25],mx.woodgrovebank.com")),
                (2, "AddressSpaces", list(&["SMTP:woodgrovebank.com;1", "SMTP:*.woodgrovebank.com;2"])),
                (2, "TlsDomain", t("woodgrovebank.com")),
            ],
            truncated: vec![],
            wrapped: vec![(0, vec!["TlsCertificateName"])],
            hint: Some("Get-SendConnector"),
            first_line: Some(3),
        },
        Case {
            file: "onprem_Get-ReceiveConnector_FL.txt",
            format: Some("format-list"),
            records: 1,
            values: vec![
                (0, "TlsCertificateName", t(&tls_cert)),
                (0, "TlsDomainCapabilities", list(&["mail.protection.outlook.com:AcceptCloudServicesMail"])),
                (0, "AuthMechanism", t("Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer")),
                (0, "Fqdn", t("EX01.corp.contoso.com")),
                (0, "RequireTLS", t("False")),
                (0, "DomainSecureEnabled", t("True")),
                (0, "Bindings", list(&["[::]:25", "0.0.0.0:25"])),
                (0, "Identity", t(r"EX01\Default Frontend EX01")),
                (
                    0,
                    "DistinguishedName",
                    t("CN=Default Frontend EX01,CN=SMTP Receive Connectors,CN=Protocols,CN=EX01,CN=Servers,\
CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Contoso,CN=Microsoft Exchange,\
CN=Services,CN=Configuration,DC=corp,DC=contoso,DC=com"),
                ),
            ],
            truncated: vec![],
            wrapped: vec![(0, vec!["TlsCertificateName", "DistinguishedName"])],
            hint: Some("Get-ReceiveConnector"),
            first_line: Some(3),
        },
        Case {
            file: "onprem_Get-ExchangeCertificate_FL.txt",
            format: Some("format-list"),
            records: 3,
            values: vec![
                (0, "Thumbprint", t("7B1E3C59A2D04F86B9E1C2D3A4B5C6D7E8F90A1B")),
                (0, "Services", t("IMAP, POP, IIS, SMTP")),
                (0, "CertificateDomains", list(&["mail.contoso.com", "autodiscover.contoso.com", "contoso.com"])),
                (0, "Issuer", t(ISSUER)),
                (0, "Subject", t(SUBJECT)),
                (0, "AccessRules", list(&["System.Security.AccessControl.CryptoKeyAccessRule"; 3])),
                (1, "Status", t("RevocationCheckFailure")),
                (1, "NotBefore", t("4/14/2026 12:00:00 AM")),
                (2, "IsSelfSigned", t("True")),
                (2, "CertificateDomains", list(&["EX01", "EX01.corp.contoso.com"])),
                (2, "AccessRules", list(&["System.Security.AccessControl.CryptoKeyAccessRule"; 2])),
            ],
            truncated: vec![],
            wrapped: vec![(0, vec!["AccessRules"]), (1, vec!["AccessRules"]), (2, vec!["AccessRules"])],
            hint: Some("Get-ExchangeCertificate"),
            first_line: Some(3),
        },
        Case {
            file: "exo_Get-InboundConnector_ConvertTo-Json_pwsh7_EnumsAsStrings.json",
            format: Some("json"),
            records: 1,
            values: vec![
                (0, "ConnectorType", t("OnPremises")),
                (0, "RequireTls", Value::Bool(true)),
                (0, "SenderDomains", list(&["smtp:*;1"])),
                (0, "SenderIPAddresses", list(&[])),
                (0, "TlsSenderCertificateName", t("*.contoso.com")),
                (0, "Comment", t("")),
                (0, "WhenChangedUTC", t("2026-03-18T16:41:07Z")),
            ],
            truncated: vec![],
            wrapped: vec![],
            hint: None,
            first_line: Some(1),
        },
        Case {
            file: "exo_Get-OutboundConnector_ConvertTo-Json_winps51_enum-ints.json",
            format: Some("json"),
            records: 3,
            values: vec![
                (0, "ConnectorType", Value::Int(1)),
                (0, "ConnectorSource", Value::Int(2)),
                (0, "TlsSettings", Value::Int(4)),
                (0, "TlsDomain", t("*.contoso.com")),
                (
                    0,
                    "RecipientDomains",
                    list(&["contoso.com", "fabrikam.com", "sales.contoso.com", "contoso.co.uk", "contoso.de", "northwind.contoso.com"]),
                ),
                (0, "LastValidationTimestamp", t("/Date(1773852051000)/")),
                (1, "TlsSettings", Value::Int(1)),
                (1, "TlsDomain", Value::Null),
                (1, "RecipientDomains", list(&[])),
                (1, "Enabled", Value::Bool(false)),
                (2, "TlsSettings", Value::Null),
                (2, "ConnectorType", Value::Int(2)),
            ],
            truncated: vec![],
            wrapped: vec![],
            hint: None,
            first_line: Some(2),
        },
        Case {
            file: "exo_Get-OutboundConnector_ConvertTo-Json_winps51_value-Value.json",
            format: Some("json"),
            records: 1,
            values: vec![
                (0, "TlsSettings", obj(&[("value", Value::Int(4)), ("Value", t("DomainValidation"))])),
                (0, "ConnectorType", obj(&[("value", Value::Int(2)), ("Value", t("Partner"))])),
                (0, "TlsDomain", t("mx.woodgrovebank.com")),
                (0, "RecipientDomains", list(&["woodgrovebank.com", "*.woodgrovebank.com"])),
            ],
            truncated: vec![],
            wrapped: vec![],
            hint: None,
            first_line: Some(1),
        },
        Case {
            file: "onprem_Get-SendConnector_ConvertTo-Json_winps51_deserialized.json",
            format: Some("json"),
            records: 2,
            values: vec![
                (
                    0,
                    "TlsCertificateName",
                    obj(&[
                        ("CertificateSubject", t(SUBJECT)),
                        ("CertificateIssuer", t(ISSUER)),
                        ("SubjectCommonName", t("mail.contoso.com")),
                    ]),
                ),
                (0, "TlsAuthLevel", Value::Int(4)),
                (0, "RequireTLS", Value::Bool(true)),
                (0, "Fqdn", obj(&[("Domain", t("mail.contoso.com"))])),
                (0, "SmartHosts", Value::List(vec![])),
                (1, "TlsCertificateName", Value::Null),
                (1, "ErrorPolicies", Value::Int(2)),
                (1, "Fqdn", Value::Null),
            ],
            truncated: vec![],
            wrapped: vec![],
            hint: None,
            first_line: Some(2),
        },
        Case {
            file: "onprem_Get-SendConnector_Select-ToString_ConvertTo-Json_winps51.json",
            format: Some("json"),
            records: 1,
            values: vec![
                (0, "TlsCertificateName", t(&tls_cert)),
                (0, "TlsAuthLevel", t("DomainValidation")),
                (0, "TlsDomain", t("mail.protection.outlook.com")),
                (0, "AddressSpaces", t("smtp:contoso.mail.onmicrosoft.com;1")),
            ],
            truncated: vec![],
            wrapped: vec![],
            hint: None,
            first_line: Some(1),
        },
        Case {
            file: "css-exchange_GetSendConnector.clixml.xml",
            format: Some("clixml"),
            records: 1,
            values: vec![
                (0, "Name", t("Mail to O365")),
                (0, "TlsAuthLevel", Value::Null),
                (0, "TlsDomain", Value::Null),
                (0, "RequireTLS", Value::Bool(false)),
                (0, "Port", Value::Int(25)),
                (0, "ErrorPolicies", clixml_enum("Default", 0)),
                (0, "SmartHostAuthMechanism", clixml_enum("None", 0)),
                (
                    0,
                    "TlsCertificateName",
                    obj(&[
                        ("ToString", t("<I>CN=localhost<S>CN=localhost")),
                        ("CertificateSubject", t("CN=localhost")),
                        ("CertificateIssuer", t("CN=localhost")),
                        ("SubjectCommonName", t("localhost")),
                    ]),
                ),
            ],
            truncated: vec![],
            wrapped: vec![],
            hint: Some("Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig"),
            first_line: Some(2),
        },
        Case {
            file: "css-exchange_GetReceiveConnector.clixml.xml",
            format: Some("clixml"),
            records: 5,
            values: vec![
                (0, "Name", t("Default WIN-CTD3L0RGEN4")),
                (0, "AuthMechanism", clixml_enum("Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer", 31)),
                (0, "TlsCertificateName", Value::Null),
                (0, "TlsDomainCapabilities", Value::List(vec![])),
                (0, "DomainSecureEnabled", Value::Bool(false)),
                (0, "RequireTLS", Value::Bool(false)),
                (2, "Name", t("Default Frontend WIN-CTD3L0RGEN4")),
                (2, "DomainSecureEnabled", Value::Bool(true)),
                (
                    2,
                    "TlsCertificateName",
                    obj(&[
                        ("ToString", t("<I>CN=WIN-CTD3L0RGEN4<S>CN=WIN-CTD3L0RGEN4")),
                        ("CertificateSubject", t("CN=WIN-CTD3L0RGEN4")),
                        ("CertificateIssuer", t("CN=WIN-CTD3L0RGEN4")),
                        ("SubjectCommonName", t("WIN-CTD3L0RGEN4")),
                    ]),
                ),
                (
                    2,
                    "TlsDomainCapabilities",
                    Value::List(vec![obj(&[
                        ("ToString", t("fabrikam.com:AcceptCloudServicesMail")),
                        ("Domain", t("fabrikam.com")),
                        ("Capabilities", t("AcceptCloudServicesMail")),
                        ("SmtpX509Identifier", Value::Null),
                    ])]),
                ),
                (3, "DomainSecureEnabled", Value::Bool(true)),
                (4, "AuthMechanism", clixml_enum("Tls, Integrated, BasicAuth, BasicAuthRequireTLS", 15)),
                (4, "Name", t("Client Frontend WIN-CTD3L0RGEN4")),
            ],
            truncated: vec![],
            wrapped: vec![],
            hint: Some("Microsoft.Exchange.Data.Directory.SystemConfiguration.ReceiveConnector"),
            first_line: Some(2),
        },
        Case {
            file: "css-exchange_LICENSE.txt",
            format: None,
            records: 0,
            values: vec![],
            truncated: vec![],
            wrapped: vec![],
            hint: None,
            first_line: None,
        },
        Case {
            file: "README.md",
            format: None,
            records: 0,
            values: vec![],
            truncated: vec![],
            wrapped: vec![],
            hint: None,
            first_line: None,
        },
    ]
}

/// The names a record lists under `truncated` or `wrapped`, per the table (none when not named).
fn expected_names(table: &[(usize, Vec<&'static str>)], record: usize) -> Vec<String> {
    table.iter().find(|(i, _)| *i == record).map(|(_, names)| names.iter().map(|s| s.to_string()).collect()).unwrap_or_default()
}

#[test]
fn every_sample_is_in_the_table_and_on_disk() {
    let mut on_disk: Vec<String> = std::fs::read_dir(SAMPLES)
        .expect("samples folder")
        .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8 name"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = ALL_FILES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
    let mut tabled: Vec<String> = cases().iter().map(|c| c.file.to_string()).collect();
    tabled.sort();
    assert_eq!(tabled, listed);
}

#[test]
fn samples_parse_as_documented() {
    for case in cases() {
        let text = read(case.file);
        assert_eq!(detect(&text), case.format, "{}: detected format", case.file);
        let parsed = parse(&text, case.file);
        assert!(parsed.problems.is_empty(), "{}: {:?}", case.file, parsed.problems);
        assert_eq!(parsed.records.len(), case.records, "{}: record count", case.file);
        for (i, record) in parsed.records.iter().enumerate() {
            assert_eq!(record.format.as_str(), case.format.unwrap_or("format-list"), "{}", case.file);
            assert_eq!(record.location.source, case.file);
            assert_eq!(record.truncated, expected_names(&case.truncated, i), "{} record {i}: truncated", case.file);
            assert_eq!(record.wrapped, expected_names(&case.wrapped, i), "{} record {i}: wrapped", case.file);
        }
        for (i, name, expected) in &case.values {
            assert_eq!(parsed.records[*i].get(name), Some(expected), "{} record {i}: {name}", case.file);
        }
        if let Some(first) = parsed.records.first() {
            assert_eq!(first.source_hint.as_deref(), case.hint, "{}: source hint", case.file);
            assert_eq!(first.location.line, case.first_line, "{}: first line", case.file);
        }
        let lines = text.split('\n').count();
        assert!(parsed.used_lines.iter().all(|&l| l >= 1 && l <= lines), "{}: used lines in range", case.file);
        assert!(parsed.used_lines.windows(2).all(|w| w[0] < w[1]), "{}: used lines sorted", case.file);
    }
}

#[test]
fn json_and_clixml_use_every_line() {
    for case in cases().iter().filter(|c| matches!(c.format, Some("json" | "clixml"))) {
        let text = read(case.file);
        let parsed = parse(&text, case.file);
        assert_eq!(parsed.used_lines, (1..=text.split('\n').count()).collect::<Vec<_>>(), "{}", case.file);
    }
}

#[test]
fn format_list_uses_record_and_prompt_lines_only() {
    let text = read("exo_partner_Get-OutboundConnector_FL_multi.txt");
    let parsed = format_list::parse(&text, "partner");
    // 1 prompt line + 4 records of 22 lines; the blank lines are not used.
    assert_eq!(parsed.used_lines.len(), 1 + 4 * 22);
    assert_eq!(parsed.used_lines[0], 1);
    assert!(!parsed.used_lines.contains(&2));
    let lines: Vec<&str> = text.split('\n').collect();
    assert!(parsed.used_lines.iter().all(|&l| !lines[l - 1].trim().is_empty()));
}

#[test]
fn record_locations_point_at_record_starts() {
    let lines = |parsed: &Parsed| parsed.records.iter().map(|r| r.location.line.unwrap_or(0)).collect::<Vec<_>>();
    assert_eq!(lines(&format_list::parse(&read("exo_partner_Get-OutboundConnector_FL_multi.txt"), "p")), vec![3, 26, 49, 72]);
    assert_eq!(lines(&json::parse(&read("exo_Get-OutboundConnector_ConvertTo-Json_winps51_enum-ints.json"), "j")), vec![2, 37, 66]);
    assert_eq!(lines(&clixml::parse(&read("css-exchange_GetReceiveConnector.clixml.xml"), "x")), vec![2, 562, 1012, 1491, 1940]);
}

#[test]
fn utf16_redirect_reads_like_the_console_capture() {
    let console = format_list::parse(&read("exo_hybrid_Get-OutboundConnector_FL.txt"), "a");
    let redirect = format_list::parse(&read("exo_hybrid_Get-OutboundConnector_FL_winps51-redirect_utf16le.txt"), "b");
    let props = |r: &Record| (r.properties.clone(), r.truncated.clone(), r.wrapped.clone());
    assert_eq!(props(&console.records[0]), props(&redirect.records[0]));
}

#[test]
fn format_list_leaves_pem_blocks_alone() {
    let fl = read("onprem_Get-SendConnector_FL_multi.txt");
    let indented = format!("{}DTALBgNVBAMMBHRlc3QwHhcNMjYwMTAxMDAwMDAwWhcNMjcwMTAxMDAwMDAwWjAPMQ0wCwYDVQQD", " ".repeat(31));
    let pem = format!(
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQm9ndXMgY2VydGlmaWNhdGUgZm9yIHRlc3RzMAoGCCqGSM49BAMCMA8x\n{indented}\n-----END CERTIFICATE-----\n"
    );
    // The PEM block follows the last record directly, without a blank line, and its second base64
    // line is indented to the value column as a continuation would be.
    let text = format!("{}\n{pem}", fl.trim_end());
    let parsed = format_list::parse(&text, "mixed");
    assert_eq!(parsed.records.len(), 3);
    let pem_first = fl.trim_end().split('\n').count() + 1;
    for line in pem_first..pem_first + 4 {
        assert!(!parsed.used_lines.contains(&line), "PEM line {line} must stay for the certificate scanner");
    }
    assert_eq!(parsed.records[2].get("TlsCertificateName"), Some(&Value::Null));
}

#[test]
fn crlf_and_lf_give_the_same_records() {
    let lf = read("onprem_Get-ReceiveConnector_FL.txt");
    let crlf = lf.replace('\n', "\r\n");
    assert_eq!(format_list::parse(&lf, "s").records, format_list::parse(&crlf, "s").records);
    let json_crlf = read("exo_Get-OutboundConnector_ConvertTo-Json_winps51_enum-ints.json");
    let json_lf = json_crlf.replace("\r\n", "\n");
    assert_eq!(json::parse(&json_crlf, "s").records, json::parse(&json_lf, "s").records);
}

#[test]
fn table_output_is_detected() {
    let table = "PS C:\\> Get-InboundConnector\r\n\r\nName                                            SenderDomains  SenderIPAddresses Enabled\r\n\
                 ----                                            -------------  ----------------- -------\r\n\
                 Inbound from 5d2f0b4e-9c1a-4e6b-8f3d-2a7c91e04b13 {smtp:*;1}     {}                True\r\n";
    assert_eq!(detect(table), Some("table"));
    assert!(format_list::parse(table, "t").records.is_empty());
}

#[test]
fn broken_json_and_xml_report_their_line() {
    let mut json_text = read("exo_Get-OutboundConnector_ConvertTo-Json_winps51_enum-ints.json");
    json_text.truncate(json_text.find("\"Guid\"").expect("has Guid"));
    let parsed = json::parse(&json_text, "j");
    assert!(parsed.records.is_empty());
    assert_eq!(parsed.problems.len(), 1);
    assert!(parsed.problems[0].message.starts_with("JSON syntax error: "));
    assert_eq!(parsed.problems[0].location.line, Some(json_text.split('\n').count()));

    let xml = read("css-exchange_GetSendConnector.clixml.xml").replacen("</Props>", "</Prps>", 1);
    let parsed = clixml::parse(&xml, "x");
    assert!(parsed.records.is_empty());
    assert_eq!(parsed.problems.len(), 1);
    assert!(parsed.problems[0].location.line.unwrap_or(0) > 1);
}

#[test]
fn clixml_references_resolve() {
    let parsed = clixml::parse(&read("css-exchange_GetSendConnector.clixml.xml"), "x");
    let record = &parsed.records[0];
    // `<Ref N="SourceIPAddress" RefId="4" />` points at the smart host's `Address` object.
    let source_ip = record.get("SourceIPAddress").expect("SourceIPAddress");
    assert_eq!(field(source_ip, "ToString"), Some(&t("0.0.0.0")));
    assert_eq!(field(source_ip, "IPAddressToString"), Some(&t("0.0.0.0")));
    assert!(record.get("SerializationData").is_none());
    assert!(record.get("PSComputerName").is_some());
}

#[test]
fn big_clixml_is_fast() {
    let text = read("css-exchange_GetReceiveConnector.clixml.xml");
    let start = std::time::Instant::now();
    for _ in 0..5 {
        assert_eq!(clixml::parse(&text, "x").records.len(), 5);
    }
    // Generous, even for an unoptimised build on a slow machine: five parses of 314 KB.
    assert!(start.elapsed() < std::time::Duration::from_secs(10), "{:?}", start.elapsed());
}

/// The samples a parser is meant for, to cut and feed it.
fn sample_texts() -> &'static [String] {
    static TEXTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TEXTS.get_or_init(|| ALL_FILES.iter().map(|f| read(f)).collect())
}

/// Runs every parser and the detector; they must not panic, whatever the input.
fn run_all(text: &str) {
    let _ = detect(text);
    for parsed in [format_list::parse(text, "p"), json::parse(text, "p"), clixml::parse(text, "p")] {
        let lines = text.split('\n').count();
        assert!(parsed.used_lines.iter().all(|&l| l >= 1 && l <= lines));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parsers_never_panic_on_arbitrary_text(text in any::<String>()) {
        run_all(&text);
    }

    #[test]
    fn parsers_never_panic_on_format_like_text(
        text in proptest::string::string_regex("([A-Za-z{}\\[\\]<>/\":,. _x0-9-]{0,12}( +: ?| : |\n {0,40}|\r\n)?){0,40}").expect("regex")
    ) {
        run_all(&text);
    }

    #[test]
    fn parsers_never_panic_on_cut_samples(index in 0usize..ALL_FILES.len(), start in 0.0f64..1.0, len in 0.0f64..1.0) {
        let texts = sample_texts();
        let text = &texts[index];
        let mut from = (text.len() as f64 * start) as usize;
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = from + ((text.len() - from) as f64 * len) as usize;
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        run_all(&text[from..to]);
        run_all(&text[..to]);
    }
}

#[test]
fn hostile_nesting_and_references_are_bounded() {
    // JSON nested far deeper than serde_json's recursion limit: an error, not a stack overflow.
    let deep_json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(json::parse(&deep_json, "j").problems.len(), 1);
    let deep_objects = format!("{}1{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    assert_eq!(json::parse(&deep_objects, "j").problems.len(), 1);

    // Clixml objects nested 20,000 deep.
    let mut deep_xml = String::from(r#"<Objs xmlns="http://schemas.microsoft.com/powershell/2004/04">"#);
    deep_xml.push_str(r#"<Obj RefId="0"><Props><S N="A">a</S><Obj N="Next">"#);
    deep_xml.push_str(&"<LST><Obj>".repeat(20_000));
    deep_xml.push_str(&"</Obj></LST>".repeat(20_000));
    deep_xml.push_str("</Obj></Props></Obj></Objs>");
    let parsed = clixml::parse(&deep_xml, "x");
    assert!(parsed.records.is_empty());
    assert_eq!(parsed.problems.len(), 1);

    // Just under the XML depth limit is still read, with the object depth limit reported.
    let mut nested = String::from(r#"<Objs xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj><Props><S N="A">a</S><Obj N="Next">"#);
    nested.push_str(&"<LST><!-- <x> --><Obj><Nil/>".repeat(120));
    nested.push_str(&"</Obj></LST>".repeat(120));
    nested.push_str("</Obj></Props></Obj></Objs>");
    let parsed = clixml::parse(&nested, "x");
    assert_eq!(parsed.records.len(), 1);
    assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);

    // Every object refers twice to the one before it: 2^60 expansions without a budget.
    let mut fan = String::from(r#"<Objs xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><Props><S N="A">a</S></Props></Obj>"#);
    for i in 1..60 {
        fan.push_str(&format!(
            r#"<Obj RefId="{i}"><Props><Ref N="L" RefId="{p}" /><Ref N="R" RefId="{p}" /></Props></Obj>"#,
            p = i - 1
        ));
    }
    fan.push_str("</Objs>");
    let start = std::time::Instant::now();
    let parsed = clixml::parse(&fan, "x");
    assert_eq!(parsed.records.len(), 60);
    assert!(start.elapsed() < std::time::Duration::from_secs(20), "{:?}", start.elapsed());
}
