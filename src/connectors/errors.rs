//! Explains Exchange's TLS and connector error strings (NDRs, message trace, queue viewer,
//! protocol logs), from the catalogue in `shared/domain/connectors.md` §10 and the verbatim strings
//! in `shared/domain/error-strings.md`.

use serde::Serialize;

/// One recognised error line, explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explained {
    /// The status code or key phrase, e.g. `450 4.4.317`.
    pub code: String,
    /// The bracketed sub-message, e.g. `SubjectMismatch`, when there is one.
    pub message: Option<String>,
    /// The expected subject, presented subject and thumbprint of a `SubjectMismatch`/`CertificateExpired`.
    pub details: Vec<(String, String)>,
    /// What it means.
    pub meaning: &'static str,
    /// Which side and setting most likely causes it.
    pub cause: &'static str,
    /// What to do.
    pub fix: &'static str,
}

/// One row: a phrase to look for, the code to report, and the words.
struct Row {
    needle: &'static str,
    code: &'static str,
    meaning: &'static str,
    cause: &'static str,
    fix: &'static str,
}

/// Sub-messages of `450 4.4.317 Cannot connect to remote server [Message=…]`, most specific first.
const SUB_MESSAGES: &[Row] = &[
    Row { needle: "SubjectMismatch", code: "450 4.4.317", meaning: "Exchange Online connected, but the peer's certificate does not carry the name the outbound connector expects.", cause: "Exchange Online → peer: Outbound connector TlsSettings DomainValidation with a TlsDomain that matches neither the subject CN nor any SAN of the certificate the peer presented (often the receive connector served Exchange's self-signed CN=<server> certificate).", fix: "Bind the public certificate to the receive connector (TlsCertificateName) or set the Outbound connector's TlsDomain to a name on the certificate: Set-OutboundConnector -Identity <name> -TlsDomain <name on the certificate>." },
    Row { needle: "CertificateExpired", code: "450 4.4.317", meaning: "The peer presented an expired certificate.", cause: "Exchange Online → peer: the peer's server certificate (or an intermediate) is past its notAfter.", fix: "Renew the certificate on the peer and bind it to SMTP (Enable-ExchangeCertificate -Services SMTP)." },
    Row { needle: "UntrustedRoot", code: "450 4.4.317", meaning: "Exchange Online could not build a trusted chain from the peer's certificate.", cause: "Exchange Online → peer: self-signed or private-CA certificate, missing intermediate, or unreachable revocation endpoints, with TlsSettings CertificateValidation or DomainValidation.", fix: "Use a certificate from a public CA and send the full chain; make sure the CA's CRL/OCSP endpoints are reachable from the internet." },
    Row { needle: "STARTTLS is required", code: "450 4.4.317", meaning: "TLS is required but the receiving server did not offer STARTTLS.", cause: "Peer's receive connector: AuthMechanism lacks Tls, or no valid certificate is bound so STARTTLS is not advertised.", fix: "Set-ReceiveConnector <name> -AuthMechanism Tls,… and bind a valid certificate (TlsCertificateName)." },
    Row { needle: "TLS negotiation failed", code: "450 4.4.317", meaning: "The TLS handshake failed.", cause: "Protocol or cipher mismatch (TLS 1.0/1.1 only), an SMTP-inspecting firewall, or a certificate whose private key is unusable.", fix: "Enable TLS 1.2 on the peer, disable SMTP inspection on the firewall, and check the certificate's private key." },
    Row { needle: "IllegalMessage", code: "450 4.4.317", meaning: "The TLS handshake was broken off with an illegal message.", cause: "Usually a firewall or load balancer that inspects SMTP, or TLS settings that disagree.", fix: "Disable SMTP inspection / STARTTLS stripping on the firewall and enable TLS 1.2 on the peer." },
];

/// Codes without sub-messages, most specific first.
const CODES: &[Row] = &[
    Row { needle: "4.7.320", code: "450 4.7.320", meaning: "Certificate validation failed (the older form of 4.4.317).", cause: "Exchange Online → peer: expired certificate, subject mismatch or untrusted chain.", fix: "See the MSG part: SubjectMismatch → fix TlsDomain or the bound certificate; otherwise renew or complete the chain." },
    Row { needle: "5.4.317", code: "550 5.4.317", meaning: "The message expired after 48 hours of 4.4.317 retries and was returned.", cause: "Exchange Online → peer: a forced-TLS failure that was not fixed in time; the inner text says which.", fix: "Fix the cause in the parentheses, then ask senders to resend." },
    Row { needle: "4.4.317", code: "450 4.4.317", meaning: "Exchange Online connected but the server did not meet the connector's requirements.", cause: "Exchange Online → peer: the bracketed message names the requirement.", fix: "Read the [Message=…] part; paste the peer's certificate chain here to check it." },
    Row { needle: "5.7.64", code: "550 5.7.64", meaning: "TenantAttribution; Relay Access Denied: Exchange Online could not tie the connection to your tenant.", cause: "Peer → Exchange Online: the on-premises server's certificate (TlsCertificateName) no longer matches the inbound connector's TlsSenderCertificateName, its chain is incomplete or untrusted, or the sending IP changed.", fix: "Make the send connector present the public certificate whose name matches TlsSenderCertificateName, with its full chain (Set-SendConnector -TlsCertificateName \"<I>issuer<S>subject\"), or update the inbound connector." },
    Row { needle: "5.7.51", code: "550 5.7.51", meaning: "TenantInboundAttribution: a Partner connector matched, but the sender's IP or certificate did not.", cause: "Peer → Exchange Online: RestrictDomainsToCertificate (certificate subject ≠ TlsSenderCertificateName) or RestrictDomainsToIPAddresses.", fix: "Align the partner's certificate subject with TlsSenderCertificateName, or the connector with the partner's IPs." },
    Row { needle: "4.7.5", code: "454 4.7.5", meaning: "The certificate named in the send connector's TlsCertificateName could not be found (or failed validation).", cause: "On-premises send connector: TlsCertificateName names an issuer/subject no installed certificate has, typically after a renewal with a new issuer.", fix: "Set-SendConnector <name> -TlsCertificateName \"<I>$($cert.Issuer)<S>$($cert.Subject)\" with the new certificate." },
    Row { needle: "NoCredentials", code: "NoCredentials", meaning: "TLS negotiation failed: the server has no usable certificate for TLS.", cause: "On-premises send connector: the certificate is not enabled for SMTP or its private key is not accessible.", fix: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services SMTP, and check the private key permissions." },
    Row { needle: "UnknownCredentials", code: "UnknownCredentials", meaning: "TLS negotiation failed: the certificate's credentials could not be used.", cause: "On-premises send connector: certificate without accessible private key or not SMTP-enabled.", fix: "Enable-ExchangeCertificate -Services SMTP for a certificate with its private key." },
    Row { needle: "Must issue a STARTTLS command first", code: "451 5.7.3", meaning: "The receiver requires STARTTLS and the sender did not use it.", cause: "On-premises server speaking only TLS 1.0/1.1 to Exchange Online, so STARTTLS fails and it falls back.", fix: "Enable TLS 1.2 on the Exchange server (and .NET strong crypto)." },
    Row { needle: "Connection dropped due to SocketError", code: "421 4.4.2", meaning: "The connection dropped during TLS.", cause: "TLS 1.0/1.1 only on the sending server, or a network device cutting SMTP.", fix: "Enable TLS 1.2; check firewalls between the server and Exchange Online." },
    Row { needle: "4.4.316", code: "450 4.4.316", meaning: "Connection refused.", cause: "A firewall blocks Exchange Online's IP addresses, or the target server is down.", fix: "Allow Exchange Online's IP ranges on port 25 to the smart host." },
    Row { needle: "4.4.315", code: "450 4.4.315", meaning: "Connection timed out.", cause: "Target unreachable: wrong smart host, server down, or port 25 blocked.", fix: "Check the outbound connector's smart hosts and port 25 reachability." },
    Row { needle: "4.4.312", code: "450 4.4.312", meaning: "DNS query failed.", cause: "The smart host or MX could not be resolved.", fix: "Fix the smart host name or the domain's MX record." },
    Row { needle: "4.4.318", code: "450 4.4.318", meaning: "The connection was closed abruptly.", cause: "An SMTP-inspecting firewall, a crashing service, or the network.", fix: "Disable SMTP inspection and check the receiving server's logs." },
];

/// The value after `label` up to the next `. ` or `]`.
fn detail(line: &str, label: &str) -> Option<String> {
    let start = line.find(label)? + label.len();
    let rest = line[start..].trim_start();
    let end = rest.find(". Presented").or_else(|| rest.find(". Thumbprint")).or_else(|| rest.find(".]")).or_else(|| rest.find(']')).unwrap_or(rest.len());
    Some(rest[..end].trim().trim_end_matches('.').to_string())
}

/// Explains a line if it holds a known Exchange TLS or connector error.
pub fn explain(line: &str) -> Option<Explained> {
    let code_row = CODES.iter().find(|r| line.contains(r.needle))?;
    let sub = if code_row.needle == "4.4.317" || code_row.needle == "4.7.320" || code_row.needle == "5.4.317" { SUB_MESSAGES.iter().find(|r| line.contains(r.needle)) } else { None };
    let row = sub.unwrap_or(code_row);
    let mut details = Vec::new();
    for (label, name) in [("Expected Subject:", "Expected subject"), ("Presented Subject:", "Presented subject"), ("Thumbprint:", "Thumbprint"), ("LastAttemptedServerName=", "Server"), ("LastAttemptedIP=", "IP")] {
        if let Some(v) = detail(line, label) {
            details.push((name.to_string(), v));
        }
    }
    Some(Explained { code: code_row.code.to_string(), message: sub.map(|r| r.needle.to_string()), details, meaning: row.meaning, cause: row.cause, fix: row.fix })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every verbatim string of `shared/domain/error-strings.md` is recognised with the right code.
    #[test]
    fn verbatim_error_strings() {
        for (line, code, message) in [
            ("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: *.contoso.com. Presented Subject: CN=ExchangeServer01. Thumbprint: D0AC2FC63B9C5798828B45D849BE8D33.] [LastAttemptedServerName=mail.contoso.com]", "450 4.4.317", Some("SubjectMismatch")),
            ("LED=450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]", "450 4.4.317", Some("STARTTLS is required")),
            ("450 4.4.317 Cannot connect to remote server [Message=CertificateExpired Expected Subject: email.domain.com. Presented Subject: CN=email.domain.com. Thumbprint: 94E711DD84BC285CD2911DAC3D0C9E3ABB29671E.]", "450 4.4.317", Some("CertificateExpired")),
            ("450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]", "450 4.4.317", Some("UntrustedRoot")),
            ("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 Security status IllegalMessage].", "450 4.4.317", Some("IllegalMessage")),
            ("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 TLS negotiation failed with error SocketError] [LastAttemptedServerName=xxx]", "450 4.4.317", Some("TLS negotiation failed")),
            ("returned '550 5.4.317 Message expired, cannot connect to remote server(451 5.7.3 STARTTLS is required to send mail)'", "550 5.4.317", Some("STARTTLS is required")),
            ("Reason: [{LED=450 4.7.320 Certificate validation failed};{MSG=SubjectMismatch};{FQDN=hybrid.domain.com}", "450 4.7.320", Some("SubjectMismatch")),
            ("{[{LED=550 5.7.51 TenantInboundAttribution; There is a partner connector configured", "550 5.7.51", None),
            ("454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.", "454 4.7.5", None),
            ("550 5.7.64 TenantAttribution; Relay Access Denied", "550 5.7.64", None),
            ("2017-10-07T04:42:56.804Z,Outbound to Office 365,08D50D3D9730A8D2,21,,,*,,TLS negotiation failed with error UnknownCredentials", "UnknownCredentials", None),
            ("421 4.4.2 Connection dropped due to SocketError", "421 4.4.2", None),
        ] {
            let e = explain(line).unwrap_or_else(|| panic!("not recognised: {line}"));
            assert_eq!((e.code.as_str(), e.message.as_deref()), (code, message), "{line}");
        }
        assert_eq!(explain("hello world"), None);
        let e = explain("450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: *.contoso.com. Presented Subject: CN=ExchangeServer01. Thumbprint: D0AC2FC63B9C5798828B45D849BE8D33.]").unwrap();
        assert_eq!(e.details, vec![("Expected subject".to_string(), "*.contoso.com".to_string()), ("Presented subject".to_string(), "CN=ExchangeServer01".to_string()), ("Thumbprint".to_string(), "D0AC2FC63B9C5798828B45D849BE8D33".to_string())]);
    }
}
