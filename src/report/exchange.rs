//! The words for the Exchange side of the report: direction headings, what a `cannot-tell`
//! direction needs, and the explanation of an Exchange error line, using the specifics the line
//! carries ("the server presented `*.fabrikam.net`; the connector expects `mail.fabrikam.com`").
//! Messages: `locales/<lang>/exchange.ftl`.

use crate::connectors::errors::{Code, ErrorLine, Message, Specifics};
use crate::connectors::verdict::{Need, PeerKind, Title};
use crate::i18n::Words;
use crate::w;

/// The command that fetches a peer's chain, for the needs that ask for it.
const S_CLIENT: &str = "openssl s_client -connect <host>:25 -starttls smtp -showcerts";

/// A direction's heading.
pub fn title(words: &Words, t: &Title) -> String {
    match t {
        Title::Outbound { connector, target } => {
            let target = target.clone().unwrap_or_else(|| w!(words, "direction-peer"));
            w!(words, "direction-outbound", target = target, connector = connector)
        }
        Title::Inbound { side, connectors } => {
            let names: Vec<String> = connectors.iter().map(|c| w!(words, "quoted-name", name = c)).collect();
            let id = match side {
                PeerKind::Partner => "direction-inbound-partner",
                PeerKind::OnPremises => "direction-inbound-on-premises",
            };
            w!(words, id, connectors = names.join(&w!(words, "list-separator")))
        }
        Title::TrustsExo { connector } => w!(words, "direction-trusts-exo", connector = connector),
    }
}

/// What a `cannot-tell` direction needs, after "Cannot tell: need ".
pub fn need(words: &Words, n: &Need) -> String {
    match n {
        Need::PeerChain { command: Some(command), .. } => w!(words, "need-peer-chain-command", command = command),
        Need::PeerChain { domain: Some(domain), .. } => w!(words, "need-peer-chain-domain", domain = domain, command = S_CLIENT),
        Need::PeerChain { .. } => w!(words, "need-peer-chain", command = S_CLIENT),
        Need::TlsDomain { connector } => w!(words, "need-tls-domain", connector = connector),
        Need::NamedCertificate { connector, name } => w!(words, "need-named-certificate", connector = connector, name = name),
        Need::SenderCertificate { side: PeerKind::Partner, name: Some(name) } => w!(words, "need-partner-certificate-named", command = S_CLIENT, name = name),
        Need::SenderCertificate { side: PeerKind::Partner, name: None } => w!(words, "need-partner-certificate", command = S_CLIENT),
        Need::SenderCertificate { side: PeerKind::OnPremises, name: Some(name) } => w!(words, "need-on-premises-certificate-named", name = name),
        Need::SenderCertificate { side: PeerKind::OnPremises, name: None } => w!(words, "need-on-premises-certificate"),
        Need::SenderStarttls { side: PeerKind::Partner } => w!(words, "need-partner-starttls"),
        Need::SenderStarttls { side: PeerKind::OnPremises } => w!(words, "need-on-premises-starttls"),
        Need::KnownDate { from } => w!(words, "need-known-date", from = words.date(from)),
        Need::NotExamined => w!(words, "need-not-examined"),
    }
}

/// The short label of a code: its SMTP reply and enhanced code (`450 4.4.317`), or its key phrase
/// (Exchange's own words, verbatim, except the generic "TLS negotiation failed").
pub fn code_label(words: &Words, code: Code) -> String {
    match code.enhanced() {
        Some(enhanced) => {
            let status = code.status();
            status.find(enhanced).map(|at| status[..at + enhanced.len()].to_string()).unwrap_or_else(|| enhanced.to_string())
        }
        None => match code {
            Code::NoCredentials => "NoCredentials".into(),
            Code::UnknownCredentials => "UnknownCredentials".into(),
            _ => w!(words, "label-tls-negotiation-failed"),
        },
    }
}

/// The short label of a bracketed message: Exchange's own token, verbatim, or a key phrase.
fn message_label(words: &Words, m: Message) -> String {
    match m {
        Message::SubjectMismatch => "SubjectMismatch".into(),
        Message::CertificateExpired => "CertificateExpired".into(),
        Message::UntrustedRoot => "UntrustedRoot".into(),
        Message::StarttlsRequired => w!(words, "label-starttls-required"),
        Message::TlsNegotiationFailed => w!(words, "label-tls-negotiation-failed"),
        Message::IllegalMessage => "IllegalMessage".into(),
    }
}

/// The message id of the meaning of a bracketed message, or of a code without one (its likely
/// cause and fix are the `.cause` and `.fix` attributes).
fn words_id(message: Option<Message>, code: Code) -> String {
    match (message, code) {
        (Some(m), _) => format!("message-{}", m.as_str()),
        (None, Code::TlsNegotiationFailed) => format!("message-{}", Message::TlsNegotiationFailed.as_str()),
        (None, c) => format!("code-{}", c.as_str()),
    }
}

/// What the line's specifics say, as sentences (empty when it carries none).
fn specifics(words: &Words, m: Option<Message>, s: &Specifics) -> String {
    let mut out = Vec::new();
    let presented = s.presented_subject.as_deref().map(common_name);
    match (m, presented, &s.expected_subject) {
        (Some(Message::SubjectMismatch), Some(p), Some(e)) => out.push(w!(words, "specifics-presented-expected", presented = p, expected = e)),
        (Some(Message::SubjectMismatch), Some(p), None) => out.push(w!(words, "specifics-presented", presented = p)),
        (Some(Message::SubjectMismatch), None, Some(e)) => out.push(w!(words, "specifics-expected", expected = e)),
        (Some(Message::CertificateExpired), Some(p), _) => out.push(w!(words, "specifics-presented-expired", presented = p)),
        _ => {}
    }
    if let Some(t) = &s.thumbprint {
        out.push(w!(words, "specifics-thumbprint", thumbprint = t));
    }
    match (&s.server, &s.ip) {
        (Some(server), Some(ip)) => out.push(w!(words, "specifics-server-ip", server = server, ip = ip)),
        (Some(server), None) => out.push(w!(words, "specifics-server", server = server)),
        (None, Some(ip)) => out.push(w!(words, "specifics-server", server = ip)),
        (None, None) => {}
    }
    if let Some(e) = &s.tls_error {
        out.push(w!(words, "specifics-tls-error", error = e));
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
pub fn explain(words: &Words, e: &ErrorLine) -> String {
    let label = match e.message {
        Some(m) => format!("{} [{}]", code_label(words, e.code), message_label(words, m)),
        None => code_label(words, e.code),
    };
    let id = words_id(e.message, e.code);
    let specifics = specifics(words, e.message, &e.specifics);
    let specifics = if specifics.is_empty() { String::new() } else { format!(" {specifics}") };
    w!(words, "error-explained", label = label, meaning = w!(words, &id), specifics = specifics, cause = w!(words, &format!("{id}.cause")), fix = w!(words, &format!("{id}.fix")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connectors::errors::recognise;
    use crate::i18n::{report, Lang};

    #[test]
    fn the_line_s_specifics_are_used() {
        let e = recognise("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mail.fabrikam.com. Presented Subject: CN=*.fabrikam.net. Thumbprint: 0A1B2C3D4E5F.] [LastAttemptedServerName=mx1.fabrikam.com] [LastAttemptedIP=192.0.2.25:25]").unwrap();
        let text = explain(report(Lang::En), &e);
        assert!(text.starts_with("450 4.4.317 [SubjectMismatch]: Exchange Online connected, but"), "{text}");
        assert!(text.contains("The server presented `*.fabrikam.net`; the connector expects `mail.fabrikam.com`."), "{text}");
        assert!(text.contains("Its thumbprint is 0A1B2C3D4E5F"), "{text}");
        assert!(text.contains("Exchange Online was delivering to mx1.fabrikam.com (192.0.2.25:25)."), "{text}");
        let plain = explain(report(Lang::En), &recognise("450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]").unwrap());
        assert_eq!(plain, "450 4.4.317 [UntrustedRoot]: Exchange Online could not build a trusted chain from the peer's certificate. Likely cause: Exchange Online → peer: self-signed or private-CA certificate, missing intermediate, or unreachable revocation endpoints, with TlsSettings CertificateValidation or DomainValidation. Fix: Use a certificate from a public CA and send the full chain; make sure the CA's CRL/OCSP endpoints are reachable from the internet.");
    }

    #[test]
    fn every_code_has_a_label_and_words() {
        for lang in Lang::ALL {
            let words = report(*lang);
            for code in Code::ALL {
                assert!(!code_label(words, *code).is_empty());
                let id = words_id(None, *code);
                for part in [id.clone(), format!("{id}.cause"), format!("{id}.fix")] {
                    assert!(words.has(&part), "{lang}: {part}");
                }
            }
            for m in Message::ALL {
                assert!(words.has(&words_id(Some(*m), Code::CannotConnect)), "{lang}: {m}");
            }
        }
        let words = report(Lang::En);
        assert_eq!(code_label(words, Code::CannotConnect), "450 4.4.317");
        assert_eq!(code_label(words, Code::DaneTlsaInvalid), "4.7.323");
        assert_eq!(code_label(words, Code::UnknownCredentials), "UnknownCredentials");
    }
}
