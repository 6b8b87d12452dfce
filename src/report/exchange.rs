//! The words for the Exchange side of the report: direction headings, what a `cannot-tell`
//! direction needs, and the explanation of an Exchange error line, using the specifics the line
//! carries ("the server presented `*.fabrikam.net`; the connector expects `mail.fabrikam.com`").

use crate::connectors::errors::{Code, ErrorLine, Message, Specifics};
use crate::connectors::verdict::{Need, PeerKind, Title};

/// A direction's heading.
pub fn title(t: &Title) -> String {
    match t {
        Title::Outbound { connector, target } => format!("Exchange Online → {} (outbound connector \"{connector}\")", target.as_deref().unwrap_or("the peer")),
        Title::Inbound { side, connectors } => {
            let who = match side {
                PeerKind::Partner => "Partner",
                PeerKind::OnPremises => "On-premises",
            };
            let names: Vec<String> = connectors.iter().map(|c| format!("\"{c}\"")).collect();
            format!("{who} → Exchange Online ({})", names.join(", "))
        }
        Title::TrustsExo { connector } => format!("On-premises \"{connector}\" validates Exchange Online's certificate"),
    }
}

/// What a `cannot-tell` direction needs, after "Cannot tell: need ".
pub fn need(n: &Need) -> String {
    const S_CLIENT: &str = "openssl s_client -connect <host>:25 -starttls smtp -showcerts";
    match n {
        Need::PeerChain { command: Some(command), .. } => format!("the peer's certificate chain: paste the output of {command}"),
        Need::PeerChain { domain: Some(domain), .. } => format!("the certificate chain of the server that receives mail for {domain}: paste the output of {S_CLIENT} run against its MX host"),
        Need::PeerChain { .. } => format!("the peer's certificate chain: paste the output of {S_CLIENT} run against the server the connector delivers to"),
        Need::TlsDomain { connector } => format!("a TlsDomain on the outbound connector \"{connector}\": DomainValidation without TlsDomain is undocumented"),
        Need::NamedCertificate { connector, name } => {
            format!("the certificate \"{connector}\" names in TlsCertificateName ({name}): on the Exchange server, find it with Get-ExchangeCertificate and paste it, so it can be compared with the pasted one")
        }
        Need::SenderCertificate { side: PeerKind::Partner, name } => {
            let carry = name.as_ref().map(|n| format!("; it must carry {n}")).unwrap_or_default();
            format!("the partner server's certificate and its chain (ask the partner, or paste the output of {S_CLIENT} against their MX){carry}")
        }
        Need::SenderCertificate { side: PeerKind::OnPremises, name } => {
            let carry = name.as_ref().map(|n| format!("; it must carry {n}")).unwrap_or_default();
            format!("the on-premises server's certificate and its chain (Get-ExchangeCertificate | Export-Certificate, or paste the PEM){carry}")
        }
        Need::SenderStarttls { side: PeerKind::Partner } => "confirmation that the partner's servers send with STARTTLS and TLS 1.2 or later: nothing pasted shows how they send".into(),
        Need::SenderStarttls { side: PeerKind::OnPremises } => "the on-premises send connector to Exchange Online (Get-SendConnector | Format-List), to see whether it requires TLS".into(),
        Need::KnownDate { from } => format!("an evaluation date from {from} on (forcetls knows Exchange Online's certificates since then)"),
        Need::NotExamined => "a smaller paste: the work budget ran out before this direction was examined".into(),
    }
}

/// The short label of a code: its SMTP reply and enhanced code (`450 4.4.317`), or its key phrase.
pub fn code_label(code: Code) -> String {
    match code.enhanced() {
        Some(enhanced) => {
            let status = code.status();
            status.find(enhanced).map(|at| status[..at + enhanced.len()].to_string()).unwrap_or_else(|| enhanced.to_string())
        }
        None => match code {
            Code::NoCredentials => "NoCredentials".into(),
            Code::UnknownCredentials => "UnknownCredentials".into(),
            _ => "TLS negotiation failed".into(),
        },
    }
}

/// The short label of a bracketed message.
fn message_label(m: Message) -> &'static str {
    match m {
        Message::SubjectMismatch => "SubjectMismatch",
        Message::CertificateExpired => "CertificateExpired",
        Message::UntrustedRoot => "UntrustedRoot",
        Message::StarttlsRequired => "STARTTLS is required",
        Message::TlsNegotiationFailed => "TLS negotiation failed",
        Message::IllegalMessage => "IllegalMessage",
    }
}

/// Meaning, likely cause and fix of an error.
struct Words {
    meaning: &'static str,
    cause: &'static str,
    fix: &'static str,
}

/// The words for a bracketed message of 4.4.317 (and its older and final forms).
fn message_words(m: Message) -> Words {
    match m {
        Message::SubjectMismatch => Words {
            meaning: "Exchange Online connected, but the peer's certificate does not carry the name the outbound connector expects.",
            cause: "Exchange Online → peer: Outbound connector TlsSettings DomainValidation with a TlsDomain that matches neither the subject CN nor any SAN of the certificate the peer presented (often the receive connector served Exchange's self-signed CN=<server> certificate).",
            fix: "Bind the public certificate to the receive connector (TlsCertificateName) or set the Outbound connector's TlsDomain to a name on the certificate: Set-OutboundConnector -Identity <name> -TlsDomain <name on the certificate>.",
        },
        Message::CertificateExpired => Words {
            meaning: "The peer presented an expired certificate.",
            cause: "Exchange Online → peer: the peer's server certificate (or an intermediate) is past its notAfter.",
            fix: "Renew the certificate on the peer and bind it to SMTP (Enable-ExchangeCertificate -Services SMTP).",
        },
        Message::UntrustedRoot => Words {
            meaning: "Exchange Online could not build a trusted chain from the peer's certificate.",
            cause: "Exchange Online → peer: self-signed or private-CA certificate, missing intermediate, or unreachable revocation endpoints, with TlsSettings CertificateValidation or DomainValidation.",
            fix: "Use a certificate from a public CA and send the full chain; make sure the CA's CRL/OCSP endpoints are reachable from the internet.",
        },
        Message::StarttlsRequired => Words {
            meaning: "TLS is required but the receiving server did not offer STARTTLS.",
            cause: "Peer's receive connector: AuthMechanism lacks Tls, or the certificate its TlsCertificateName names is not installed (often after a renewal with a new issuer), so STARTTLS is not advertised.",
            fix: "Set-ReceiveConnector <name> -AuthMechanism Tls,… and bind a valid certificate (TlsCertificateName \"<I>issuer<S>subject\" of the installed certificate).",
        },
        Message::TlsNegotiationFailed => Words {
            meaning: "The TLS handshake failed.",
            cause: "Protocol or cipher mismatch (TLS 1.0/1.1 only), an SMTP-inspecting firewall, or a certificate whose private key is unusable.",
            fix: "Enable TLS 1.2 on the peer, disable SMTP inspection on the firewall, and check the certificate's private key.",
        },
        Message::IllegalMessage => Words {
            meaning: "The TLS handshake was broken off with an illegal message.",
            cause: "Usually a firewall or load balancer that inspects SMTP, or TLS settings that disagree.",
            fix: "Disable SMTP inspection / STARTTLS stripping on the firewall and enable TLS 1.2 on the peer.",
        },
    }
}

/// The words for a code without (or before) its bracketed message.
fn code_words(c: Code) -> Words {
    match c {
        Code::CertificateValidationFailed => Words {
            meaning: "Certificate validation failed (the older form of 4.4.317).",
            cause: "Exchange Online → peer: expired certificate, subject mismatch or untrusted chain.",
            fix: "See the MSG part: SubjectMismatch → fix TlsDomain or the bound certificate; otherwise renew or complete the chain.",
        },
        Code::MessageExpired => Words {
            meaning: "The message expired after 48 hours of 4.4.317 retries and was returned.",
            cause: "Exchange Online → peer: a forced-TLS failure that was not fixed in time; the inner text says which.",
            fix: "Fix the cause in the parentheses, then ask senders to resend.",
        },
        Code::CannotConnect => Words {
            meaning: "Exchange Online connected but the server did not meet the connector's requirements.",
            cause: "Exchange Online → peer: the bracketed message names the requirement.",
            fix: "Read the [Message=…] part; paste the peer's certificate chain here to check it.",
        },
        Code::TenantAttribution => Words {
            meaning: "TenantAttribution; Relay Access Denied: Exchange Online could not tie the connection to your tenant.",
            cause: "Peer → Exchange Online: the on-premises server's certificate (TlsCertificateName) no longer matches the inbound connector's TlsSenderCertificateName, its chain is incomplete or untrusted, or the sending IP changed.",
            fix: "Make the send connector present the public certificate whose name matches TlsSenderCertificateName, with its full chain (Set-SendConnector -TlsCertificateName \"<I>issuer<S>subject\"), or update the inbound connector.",
        },
        Code::TenantInboundAttribution => Words {
            meaning: "TenantInboundAttribution: a Partner connector matched, but the sender's IP or certificate did not.",
            cause: "Peer → Exchange Online: RestrictDomainsToCertificate (certificate subject ≠ TlsSenderCertificateName) or RestrictDomainsToIPAddresses.",
            fix: "Align the partner's certificate subject with TlsSenderCertificateName, or the connector with the partner's IPs.",
        },
        Code::SendCertificateNotFound => Words {
            meaning: "The certificate named in the send connector's TlsCertificateName could not be found.",
            cause: "On-premises send connector: TlsCertificateName names an issuer/subject no installed certificate has, typically after a renewal with a new issuer.",
            fix: "Set-SendConnector <name> -TlsCertificateName \"<I>$($cert.Issuer)<S>$($cert.Subject)\" with the new certificate.",
        },
        Code::CertificateValidationFailure => Words {
            meaning: "Certificate validation failed on the sending Exchange server.",
            cause: "On-premises send connector: the certificate it presents (TlsCertificateName) is not valid, or Exchange Online's certificate failed its TlsAuthLevel checks (root not trusted, or TlsDomain not a name on it).",
            fix: "Check the send connector's TlsCertificateName and TlsDomain (mail.protection.outlook.com), and that the server trusts Exchange Online's root.",
        },
        Code::NoCredentials => Words {
            meaning: "TLS negotiation failed: the server has no usable certificate for TLS.",
            cause: "On-premises send connector: the certificate is not enabled for SMTP or its private key is not accessible.",
            fix: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services SMTP, and check the private key permissions.",
        },
        Code::UnknownCredentials => Words {
            meaning: "TLS negotiation failed: the certificate's credentials could not be used.",
            cause: "On-premises send connector: certificate without accessible private key or not SMTP-enabled.",
            fix: "Enable-ExchangeCertificate -Services SMTP for a certificate with its private key.",
        },
        Code::TlsNegotiationFailed => message_words(Message::TlsNegotiationFailed),
        Code::MustIssueStarttls => Words {
            meaning: "The receiver requires STARTTLS and the sender did not use it.",
            cause: "A send connector that ignores STARTTLS, or an on-premises server speaking only TLS 1.0/1.1 to Exchange Online, so STARTTLS fails and it falls back.",
            fix: "Set-SendConnector <name> -IgnoreSTARTTLS $false, and enable TLS 1.2 on the Exchange server (and .NET strong crypto).",
        },
        Code::ConnectionDropped => Words {
            meaning: "The connection dropped during TLS.",
            cause: "TLS 1.0/1.1 only on the sending server, or a network device cutting SMTP.",
            fix: "Enable TLS 1.2; check firewalls between the server and Exchange Online.",
        },
        Code::ConnectionRefused => Words { meaning: "Connection refused.", cause: "A firewall blocks Exchange Online's IP addresses, or the target server is down.", fix: "Allow Exchange Online's IP ranges on port 25 to the smart host." },
        Code::ConnectionTimedOut => Words { meaning: "Connection timed out.", cause: "Target unreachable: wrong smart host, server down, or port 25 blocked.", fix: "Check the outbound connector's smart hosts and port 25 reachability." },
        Code::DnsQueryFailed => Words { meaning: "DNS query failed.", cause: "The smart host or MX could not be resolved.", fix: "Fix the smart host name or the domain's MX record." },
        Code::ClosedAbruptly => Words { meaning: "The connection was closed abruptly.", cause: "An SMTP-inspecting firewall, a crashing service, or the network.", fix: "Disable SMTP inspection and check the receiving server's logs." },
        Code::DaneStarttlsNotSupported => Words { meaning: "SMTP DANE: the destination server does not offer STARTTLS.", cause: "The destination publishes TLSA records (DANE), so TLS is mandatory, but its server did not offer STARTTLS.", fix: "Enable STARTTLS on the destination server, or remove its TLSA records." },
        Code::DaneCertificateExpired => Words { meaning: "SMTP DANE: the destination server's certificate has expired.", cause: "The destination publishes TLSA records and presented an expired certificate.", fix: "Renew the certificate and update the TLSA records to match it." },
        Code::DaneTlsaInvalid => Words { meaning: "SMTP DANE: the certificate does not match the destination's TLSA records.", cause: "The certificate was changed without updating the TLSA records (or the reverse).", fix: "Publish TLSA records for the current certificate (or its issuer's key) before switching certificates." },
        Code::DaneDnssecInvalid => Words { meaning: "SMTP DANE: the destination domain returned invalid DNSSEC records.", cause: "Broken DNSSEC signatures or a DS record that does not match the zone's keys.", fix: "Repair the zone's DNSSEC signing (or its DS record at the parent)." },
        Code::DaneHostMismatch => Words { meaning: "SMTP DANE: the certificate does not carry the MX host's name.", cause: "The destination's certificate has neither a CN nor a SAN matching the MX host name.", fix: "Issue the certificate for the MX host name." },
        Code::Tls10NotSupported => Words { meaning: "TLS 1.0 and 1.1 are refused (SMTP client submission, not connectors).", cause: "A device or application submits mail with TLS 1.0 or 1.1.", fix: "Enable TLS 1.2 on the client, or use the legacy endpoint while you update it." },
    }
}

/// What the line's specifics say, as sentences (empty when it carries none).
fn specifics(m: Option<Message>, s: &Specifics) -> String {
    let mut out = Vec::new();
    let presented = s.presented_subject.as_deref().map(common_name);
    match (m, presented, &s.expected_subject) {
        (Some(Message::SubjectMismatch), Some(p), Some(e)) => out.push(format!("The server presented `{p}`; the connector expects `{e}`.")),
        (Some(Message::SubjectMismatch), Some(p), None) => out.push(format!("The server presented `{p}`.")),
        (Some(Message::SubjectMismatch), None, Some(e)) => out.push(format!("The connector expects `{e}`.")),
        (Some(Message::CertificateExpired), Some(p), _) => out.push(format!("The server presented `{p}`, which has expired.")),
        _ => {}
    }
    if let Some(t) = &s.thumbprint {
        out.push(format!("Its thumbprint is {t}: compare it with Get-ExchangeCertificate on the server."));
    }
    match (&s.server, &s.ip) {
        (Some(server), Some(ip)) => out.push(format!("Exchange Online was delivering to {server} ({ip}).")),
        (Some(server), None) => out.push(format!("Exchange Online was delivering to {server}.")),
        (None, Some(ip)) => out.push(format!("Exchange Online was delivering to {ip}.")),
        (None, None) => {}
    }
    if let Some(e) = &s.tls_error {
        out.push(format!("The TLS error was {e}."));
    }
    out.join(" ")
}

/// The CN of a one-name subject (`CN=*.fabrikam.net` → `*.fabrikam.net`); other subjects whole.
fn common_name(subject: &str) -> &str {
    match subject.strip_prefix("CN=") {
        Some(cn) if !cn.contains(", ") => cn,
        _ => subject,
    }
}

/// An error line explained: code and message, meaning, what this line says, likely cause, fix.
pub fn explain(e: &ErrorLine) -> String {
    let label = match e.message {
        Some(m) => format!("{} [{}]", code_label(e.code), message_label(m)),
        None => code_label(e.code),
    };
    let words = match e.message {
        Some(m) => message_words(m),
        None => code_words(e.code),
    };
    let specifics = specifics(e.message, &e.specifics);
    let specifics = if specifics.is_empty() { String::new() } else { format!(" {specifics}") };
    format!("{label}: {}{specifics} Likely cause: {} Fix: {}", words.meaning, words.cause, words.fix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connectors::errors::recognise;

    #[test]
    fn the_line_s_specifics_are_used() {
        let e = recognise("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mail.fabrikam.com. Presented Subject: CN=*.fabrikam.net. Thumbprint: 0A1B2C3D4E5F.] [LastAttemptedServerName=mx1.fabrikam.com] [LastAttemptedIP=192.0.2.25:25]").unwrap();
        let text = explain(&e);
        assert!(text.starts_with("450 4.4.317 [SubjectMismatch]: Exchange Online connected, but"), "{text}");
        assert!(text.contains("The server presented `*.fabrikam.net`; the connector expects `mail.fabrikam.com`."), "{text}");
        assert!(text.contains("Its thumbprint is 0A1B2C3D4E5F"), "{text}");
        assert!(text.contains("Exchange Online was delivering to mx1.fabrikam.com (192.0.2.25:25)."), "{text}");
        let plain = explain(&recognise("450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]").unwrap());
        assert_eq!(plain, "450 4.4.317 [UntrustedRoot]: Exchange Online could not build a trusted chain from the peer's certificate. Likely cause: Exchange Online → peer: self-signed or private-CA certificate, missing intermediate, or unreachable revocation endpoints, with TlsSettings CertificateValidation or DomainValidation. Fix: Use a certificate from a public CA and send the full chain; make sure the CA's CRL/OCSP endpoints are reachable from the internet.");
    }

    #[test]
    fn every_code_has_a_label_and_words() {
        for code in Code::ALL {
            assert!(!code_label(*code).is_empty());
            assert!(!code_words(*code).meaning.is_empty());
        }
        assert_eq!(code_label(Code::CannotConnect), "450 4.4.317");
        assert_eq!(code_label(Code::DaneTlsaInvalid), "4.7.323");
        assert_eq!(code_label(Code::UnknownCredentials), "UnknownCredentials");
    }
}
