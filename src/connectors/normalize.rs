//! From a parsed [`Record`] to a [`Connector`]: recognise the cmdlet, map enums given as names,
//! integers (Windows PowerShell 5.1), `{value, Value}` objects or Clixml `<ToString>`, decode
//! `TlsCertificateName` from `<I>…<S>…` text or a deserialized object, and keep every other
//! property. Enum integers are those Windows PowerShell 5.1 writes for Exchange's enums
//! (TlsAuthLevel EncryptionOnly=1, CertificateValidation=2, DomainValidation=4; TenantConnectorType
//! OnPremises=1, Partner=2; the AuthMechanism flags Tls=1 … ExternalAuthoritative=32), as the
//! samples in `tests/fixtures/connectors/` show.

use super::model::{CertName, Connector, Kind, TlsLevel};
use super::record::{Record, Value};

/// Properties this module interprets; all others go to [`Connector::other`].
const KNOWN: &[&str] = &[
    "Name", "Enabled", "ConnectorType", "TlsSettings", "TlsAuthLevel", "TlsDomain", "SmartHosts", "RecipientDomains", "SenderDomains", "AddressSpaces",
    "RequireTls", "TlsSenderCertificateName", "RestrictDomainsToCertificate", "TlsCertificateName", "IgnoreSTARTTLS", "Fqdn", "AuthMechanism", "TlsDomainCapabilities",
];

/// Normalises one record; `index` is its position among connectors.
pub fn normalize(record: &Record, index: usize) -> Connector {
    let get = |name: &str| record.get(name);
    let text_of = |name: &str| get(name).and_then(text).filter(|s| !s.is_empty());
    let name = text_of("Name").or_else(|| text_of("Identity")).or_else(|| text_of("FriendlyName")).unwrap_or_else(|| format!("(unnamed #{})", index + 1));
    let kind = kind(record);
    let level_prop = if kind == Kind::ExoOutbound { "TlsSettings" } else { "TlsAuthLevel" };
    let domains_prop = match kind {
        Kind::ExoOutbound => "RecipientDomains",
        Kind::ExoInbound => "SenderDomains",
        _ => "AddressSpaces",
    };
    Connector {
        index,
        kind,
        name,
        location: record.location.clone(),
        format: record.format,
        enabled: get("Enabled").and_then(boolean),
        connector_type: get("ConnectorType").and_then(|v| enum_name(v, &[(1, "OnPremises"), (2, "Partner")])),
        tls_level: get(level_prop).and_then(tls_level),
        tls_domain: get("TlsDomain").and_then(domain_text).filter(|s| !s.is_empty()),
        smart_hosts: get("SmartHosts").map(list).unwrap_or_default(),
        domains: get(domains_prop).map(list).unwrap_or_default().into_iter().map(|d| address_space(&d)).collect(),
        require_tls: get("RequireTls").and_then(boolean),
        tls_sender_certificate_name: text_of("TlsSenderCertificateName"),
        restrict_domains_to_certificate: get("RestrictDomainsToCertificate").and_then(boolean),
        tls_certificate_name: get("TlsCertificateName").and_then(cert_name),
        ignore_starttls: get("IgnoreSTARTTLS").and_then(boolean),
        fqdn: get("Fqdn").and_then(domain_text).filter(|s| !s.is_empty()),
        auth_mechanism: get("AuthMechanism").map(list).unwrap_or_default().iter().flat_map(|s| auth_flags(s)).collect(),
        tls_domain_capabilities: get("TlsDomainCapabilities").map(list).unwrap_or_default(),
        truncated: record.truncated.clone(),
        other: record.properties.iter().filter(|(k, _)| !KNOWN.iter().any(|n| n.eq_ignore_ascii_case(k))).map(|(k, v)| (k.clone(), text(v).unwrap_or_default())).collect(),
    }
}

/// Recognises the cmdlet by its properties (they differ clearly), else by the export's hint.
fn kind(record: &Record) -> Kind {
    let has = |names: &[&str]| names.iter().any(|n| record.get(n).is_some());
    if has(&["TlsSettings", "RecipientDomains", "RouteAllMessagesViaOnPremises"]) {
        Kind::ExoOutbound
    } else if has(&["TlsSenderCertificateName", "SenderDomains", "RestrictDomainsToCertificate"]) {
        Kind::ExoInbound
    } else if has(&["AddressSpaces", "DNSRoutingEnabled", "IgnoreSTARTTLS"]) {
        Kind::OnPremSend
    } else if has(&["AuthMechanism", "Bindings", "RemoteIPRanges", "PermissionGroups"]) {
        Kind::OnPremReceive
    } else if has(&["Thumbprint"]) && has(&["Services", "CertificateDomains"]) {
        Kind::ExchangeCertificate
    } else {
        let hint = record.source_hint.as_deref().unwrap_or("").to_ascii_lowercase();
        match () {
            _ if hint.contains("outboundconnector") => Kind::ExoOutbound,
            _ if hint.contains("inboundconnector") => Kind::ExoInbound,
            _ if hint.contains("sendconnector") => Kind::OnPremSend,
            _ if hint.contains("receiveconnector") => Kind::OnPremReceive,
            _ => Kind::Unknown,
        }
    }
}

/// A value as text: strings as they are, enums by name, deserialized objects by their address/domain.
pub fn text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Bool(b) => Some(if *b { "True" } else { "False" }.to_string()),
        Value::Int(i) => Some(i.to_string()),
        Value::Text(s) => Some(s.trim().to_string()),
        Value::List(items) => Some(items.iter().filter_map(text).collect::<Vec<_>>().join(", ")),
        Value::Object(props) => {
            let field = |n: &str| props.iter().find(|(k, _)| k == n).and_then(|(_, v)| text(v));
            // `{value: 4, Value: "DomainValidation"}` (EXO V3) and Clixml enums (`ToString`) carry the name.
            field("Value").filter(|s| s.parse::<i64>().is_err()).or_else(|| field("ToString")).or_else(|| field("Address")).or_else(|| field("Domain")).or_else(|| field("value"))
        }
    }
}

/// A value as a boolean: JSON/Clixml booleans, Format-List `True`/`False`, integers 0/1.
pub fn boolean(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Int(i) => Some(*i != 0),
        other => match text(other)?.to_ascii_lowercase().as_str() {
            "true" | "$true" => Some(true),
            "false" | "$false" => Some(false),
            _ => None,
        },
    }
}

/// A multi-valued property as a list of texts; a single value becomes a one-item list.
pub fn list(v: &Value) -> Vec<String> {
    match v {
        Value::Null => Vec::new(),
        Value::List(items) => items.iter().filter_map(text).filter(|s| !s.is_empty()).collect(),
        other => text(other).filter(|s| !s.is_empty()).into_iter().collect(),
    }
}

/// An enum given by name, by integer (mapped with `ints`) or as `{value, Value}`.
fn enum_name(v: &Value, ints: &[(i64, &str)]) -> Option<String> {
    let t = text(v)?;
    match t.parse::<i64>() {
        Ok(n) => ints.iter().find(|(i, _)| *i == n).map(|(_, s)| s.to_string()).or(Some(t)),
        Err(_) => Some(t),
    }
}

/// `TlsSettings`/`TlsAuthLevel`: EncryptionOnly=1, CertificateValidation=2, DomainValidation=4.
pub fn tls_level(v: &Value) -> Option<TlsLevel> {
    match enum_name(v, &[(1, "EncryptionOnly"), (2, "CertificateValidation"), (4, "DomainValidation")])?.to_ascii_lowercase().as_str() {
        "encryptiononly" => Some(TlsLevel::EncryptionOnly),
        "certificatevalidation" => Some(TlsLevel::CertificateValidation),
        "domainvalidation" => Some(TlsLevel::DomainValidation),
        _ => None,
    }
}

/// `TlsDomain`/`Fqdn`: text, or a deserialized `{Address, Domain, …}` object.
fn domain_text(v: &Value) -> Option<String> {
    text(v)
}

/// `smtp:*.contoso.com;1` → `*.contoso.com` (SenderDomains and AddressSpaces as exported).
pub fn address_space(s: &str) -> String {
    let s = s.trim();
    let s = match s.split_once(':') {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("smtp") => rest,
        _ => s,
    };
    s.split(';').next().unwrap_or(s).trim().to_string()
}

/// `AuthMechanism` as flag names; Windows PowerShell 5.1 JSON gives the integer (flags Tls=1, Integrated=2, BasicAuth=4, BasicAuthRequireTLS=8, ExchangeServer=16, ExternalAuthoritative=32).
fn auth_flags(s: &str) -> Vec<String> {
    const FLAGS: &[(i64, &str)] = &[(1, "Tls"), (2, "Integrated"), (4, "BasicAuth"), (8, "BasicAuthRequireTLS"), (16, "ExchangeServer"), (32, "ExternalAuthoritative")];
    match s.trim().parse::<i64>() {
        Ok(n) => FLAGS.iter().filter(|(bit, _)| n & bit != 0).map(|(_, name)| name.to_string()).collect(),
        Err(_) => s.split(',').map(|f| f.trim().to_string()).filter(|f| !f.is_empty()).collect(),
    }
}

/// `TlsCertificateName`: `<I>issuer<S>subject` text, or a deserialized `{CertificateIssuer, CertificateSubject}` object.
pub fn cert_name(v: &Value) -> Option<CertName> {
    if let Value::Object(props) = v {
        let field = |n: &str| props.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)).and_then(|(_, v)| text(v));
        if let (Some(issuer), Some(subject)) = (field("CertificateIssuer"), field("CertificateSubject")) {
            return Some(CertName { raw: format!("<I>{issuer}<S>{subject}"), issuer, subject });
        }
    }
    decode_cert_name(&text(v)?)
}

/// Decodes `<I>issuer<S>subject` (either part may be missing).
pub fn decode_cert_name(raw: &str) -> Option<CertName> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let (issuer, subject) = match (raw.find("<I>"), raw.find("<S>")) {
        (Some(i), Some(s)) if i < s => (raw[i + 3..s].trim(), raw[s + 3..].trim()),
        (Some(i), Some(s)) => (raw[i + 3..].trim(), raw[s + 3..i].trim()),
        (None, Some(s)) => ("", raw[s + 3..].trim()),
        (Some(i), None) => (raw[i + 3..].trim(), ""),
        (None, None) => ("", raw),
    };
    Some(CertName { raw: raw.to_string(), issuer: issuer.to_string(), subject: subject.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_in_every_shape() {
        let obj = |pairs: Vec<(&str, Value)>| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect());
        for (v, want) in [
            (Value::Text("DomainValidation".into()), Some(TlsLevel::DomainValidation)),
            (Value::Int(2), Some(TlsLevel::CertificateValidation)),
            (Value::Int(1), Some(TlsLevel::EncryptionOnly)),
            (obj(vec![("value", Value::Int(4)), ("Value", Value::Text("DomainValidation".into()))]), Some(TlsLevel::DomainValidation)),
            (obj(vec![("ToString", Value::Text("CertificateValidation".into())), ("Value", Value::Int(2))]), Some(TlsLevel::CertificateValidation)),
            (Value::Null, None),
            (Value::Text(String::new()), None),
        ] {
            assert_eq!(tls_level(&v), want, "{v:?}");
        }
    }

    #[test]
    fn address_spaces_and_auth_flags() {
        assert_eq!(address_space("smtp:*.contoso.com;1"), "*.contoso.com");
        assert_eq!(address_space("SMTP:*;1"), "*");
        assert_eq!(address_space("contoso.com"), "contoso.com");
        assert_eq!(auth_flags("31"), ["Tls", "Integrated", "BasicAuth", "BasicAuthRequireTLS", "ExchangeServer"]);
        assert_eq!(auth_flags("Tls, Integrated"), ["Tls", "Integrated"]);
    }

    #[test]
    fn tls_certificate_name_forms() {
        let c = decode_cert_name("<I>CN=CA, O=X, C=US<S>CN=mail.contoso.com").unwrap();
        assert_eq!((c.issuer.as_str(), c.subject.as_str()), ("CN=CA, O=X, C=US", "CN=mail.contoso.com"));
        let obj = Value::Object(vec![("CertificateSubject".into(), Value::Text("CN=a".into())), ("CertificateIssuer".into(), Value::Text("CN=b".into()))]);
        assert_eq!(cert_name(&obj).unwrap().raw, "<I>CN=b<S>CN=a");
    }
}
