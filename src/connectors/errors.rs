//! Exchange's TLS and connector error lines (NDRs, message trace, queue viewer, protocol logs) as
//! typed data: which status code, which bracketed `[Message=…]`, and the specifics the line
//! carries (expected and presented subject, thumbprint, `LastAttemptedServerName`,
//! `LastAttemptedIP`). The verdict predicts errors in the same form ([`ErrorLine::line`] renders
//! the text Exchange writes), so a predicted error and a pasted one compare equal.
//!
//! Nothing here is English prose: the words that explain an error live in `report.rs`.
//! Sources of the strings: Microsoft Learn, "Email non-delivery reports and SMTP errors in
//! Exchange Online" (<https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online>);
//! "550 5.7.64 TenantAttribution" (KB3212877, <https://support.microsoft.com/help/3212877>);
//! KB3156771 (<https://learn.microsoft.com/exchange/troubleshoot/email-delivery/mails-issues-occur-after-april-15-2016>);
//! KB4051498 (<https://support.microsoft.com/help/4051498>); and the socket-error article
//! (<https://learn.microsoft.com/exchange/troubleshoot/email-delivery/send-receive-emails-socketerror>).

use serde::{Deserialize, Serialize};

use super::actor::Actor;
use crate::closed_set;

/// The longest specific value kept from a line (a subject, a host); longer ones are cut, so a
/// hostile line cannot make the report arbitrarily long.
const MAX_SPECIFIC: usize = 256;

closed_set! {
    /// An Exchange status code (or key phrase) forcetls recognises.
    pub enum Code {
        /// `450 4.4.317 Cannot connect to remote server`: Exchange Online connected, but the
        /// server did not meet the connector's requirements.
        CannotConnect = "cannot-connect",
        /// `450 4.7.320 Certificate validation failed`: the older form of 4.4.317.
        CertificateValidationFailed = "certificate-validation-failed",
        /// `550 5.4.317 Message expired`: 48 hours of 4.4.317 retries.
        MessageExpired = "message-expired",
        /// `550 5.7.64 TenantAttribution; Relay Access Denied`.
        TenantAttribution = "tenant-attribution",
        /// `550 5.7.51 TenantInboundAttribution`: a Partner connector's restriction did not match.
        TenantInboundAttribution = "tenant-inbound-attribution",
        /// `454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.`
        SendCertificateNotFound = "send-certificate-not-found",
        /// `454 4.7.5 Certificate validation failure`.
        CertificateValidationFailure = "certificate-validation-failure",
        /// `TLS negotiation failed with error NoCredentials`.
        NoCredentials = "no-credentials",
        /// `TLS negotiation failed with error UnknownCredentials`.
        UnknownCredentials = "unknown-credentials",
        /// `TLS negotiation failed with error …` (any other error).
        TlsNegotiationFailed = "tls-negotiation-failed",
        /// `451 5.7.3 Must issue a STARTTLS command first`.
        MustIssueStarttls = "must-issue-starttls",
        /// `421 4.4.2 Connection dropped due to SocketError`.
        ConnectionDropped = "connection-dropped",
        /// `450 4.4.316 Connection refused`.
        ConnectionRefused = "connection-refused",
        /// `450 4.4.315 Connection timed out`.
        ConnectionTimedOut = "connection-timed-out",
        /// `450 4.4.312 DNS query failed`.
        DnsQueryFailed = "dns-query-failed",
        /// `450 4.4.318 Connection was closed abruptly`.
        ClosedAbruptly = "closed-abruptly",
        /// `4.7.321 starttls-not-supported` (SMTP DANE).
        DaneStarttlsNotSupported = "dane-starttls-not-supported",
        /// `4.7.322 certificate-expired` (SMTP DANE).
        DaneCertificateExpired = "dane-certificate-expired",
        /// `4.7.323 tlsa-invalid` (SMTP DANE).
        DaneTlsaInvalid = "dane-tlsa-invalid",
        /// `5.7.324 dnssec-invalid` (SMTP DANE).
        DaneDnssecInvalid = "dane-dnssec-invalid",
        /// `4.7.325 certificate-host-mismatch` (SMTP DANE).
        DaneHostMismatch = "dane-host-mismatch",
        /// `421 4.7.66 TLS 1.0 and 1.1 are not supported` (SMTP client submission).
        Tls10NotSupported = "tls10-not-supported",
        /// `451 5.7.3 STARTTLS is required to send mail`, on its own: the receiving side requires
        /// TLS and the sender did not start it.
        StarttlsRequired = "starttls-required",
        /// `454 4.7.0 TLS not available due to local problem` (RFC 3207 §4): the receiving
        /// server offered STARTTLS but cannot start TLS now.
        TlsNotAvailable = "tls-not-available",
    }
}

closed_set! {
    /// The bracketed message of a 4.4.317 / 4.7.320 / 5.4.317 line.
    pub enum Message {
        /// `SubjectMismatch`: the certificate does not carry the name the connector expects.
        SubjectMismatch = "subject-mismatch",
        /// `CertificateExpired`.
        CertificateExpired = "certificate-expired",
        /// `UntrustedRoot`.
        UntrustedRoot = "untrusted-root",
        /// `451 5.7.3 STARTTLS is required to send mail`: the server did not offer STARTTLS.
        StarttlsRequired = "starttls-required",
        /// `451 4.4.0 TLS negotiation failed with error …`.
        TlsNegotiationFailed = "tls-negotiation-failed",
        /// `451 4.4.0 Security status IllegalMessage`.
        IllegalMessage = "illegal-message",
    }
}

/// The specifics an error line carries, each only when the line has it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Specifics {
    /// `Expected Subject: …` (the connector's TlsDomain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_subject: Option<String>,
    /// `Presented Subject: …` (the certificate's subject).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presented_subject: Option<String>,
    /// `Thumbprint: …` of the presented certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbprint: Option<String>,
    /// `LastAttemptedServerName=…` (or `{FQDN=…}` in the 4.7.320 form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// `LastAttemptedIP=…` (or `{IP=…}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The error name after `TLS negotiation failed with error` (`SocketError`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_error: Option<String>,
}

/// One Exchange error: code, bracketed message and specifics.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorLine {
    /// The status code.
    pub code: Code,
    /// The bracketed message, for the codes that carry one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Message>,
    /// What the line says about this occurrence.
    #[serde(default)]
    pub specifics: Specifics,
}

impl Code {
    /// The status text as Exchange writes it.
    pub fn status(self) -> &'static str {
        match self {
            Code::CannotConnect => "450 4.4.317 Cannot connect to remote server",
            Code::CertificateValidationFailed => "450 4.7.320 Certificate validation failed",
            Code::MessageExpired => "550 5.4.317 Message expired, cannot connect to remote server",
            Code::TenantAttribution => "550 5.7.64 TenantAttribution; Relay Access Denied",
            Code::TenantInboundAttribution => "550 5.7.51 TenantInboundAttribution; There is a partner connector configured that matched the message's recipient domain. The connector had either the RestrictDomainsToIPAddresses or RestrictDomainsToCertificate set",
            Code::SendCertificateNotFound => "454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.",
            Code::CertificateValidationFailure => "454 4.7.5 Certificate validation failure",
            Code::NoCredentials => "TLS negotiation failed with error NoCredentials",
            Code::UnknownCredentials => "TLS negotiation failed with error UnknownCredentials",
            Code::TlsNegotiationFailed => "TLS negotiation failed with error",
            Code::MustIssueStarttls => "451 5.7.3 Must issue a STARTTLS command first",
            Code::ConnectionDropped => "421 4.4.2 Connection dropped due to SocketError",
            Code::ConnectionRefused => "450 4.4.316 Connection refused",
            Code::ConnectionTimedOut => "450 4.4.315 Connection timed out",
            Code::DnsQueryFailed => "450 4.4.312 DNS query failed",
            Code::ClosedAbruptly => "450 4.4.318 Connection was closed abruptly",
            Code::DaneStarttlsNotSupported => "4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
            Code::DaneCertificateExpired => "4.7.322 certificate-expired: Destination mail server's certificate is expired.",
            Code::DaneTlsaInvalid => "4.7.323 tlsa-invalid: The domain failed DANE validation.",
            Code::DaneDnssecInvalid => "5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records",
            Code::DaneHostMismatch => "4.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)",
            Code::Tls10NotSupported => "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.",
            Code::StarttlsRequired => "451 5.7.3 STARTTLS is required to send mail",
            Code::TlsNotAvailable => "454 4.7.0 TLS not available due to local problem",
        }
    }

    /// The enhanced status code (`4.4.317`), for the codes that have one.
    pub fn enhanced(self) -> Option<&'static str> {
        let status = self.status();
        let mut words = status.split(' ');
        let first = words.next()?;
        let code = if first.len() == 3 && first.bytes().all(|b| b.is_ascii_digit()) { words.next()? } else { first };
        (code.split('.').count() == 3 && code.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))).then_some(code)
    }

    /// Whether the code carries a bracketed `[Message=…]`.
    pub fn carries_message(self) -> bool {
        matches!(self, Code::CannotConnect | Code::CertificateValidationFailed | Code::MessageExpired)
    }
}

impl ErrorLine {
    /// Who must act on this error. The sender's own setting (TlsDomain, the certificate a
    /// connector names) is yours; the receiving server's certificate or TLS setup is whoever runs
    /// it; a 5.7.64 / 5.7.51 rejection by Exchange Online is fixed on your inbound connector or by
    /// the sender's certificate, both of which you configure or ask for; 421 4.4.2 is the sending
    /// server's TLS versions; 454 4.7.0 is a temporary fault of the receiving server, Microsoft's
    /// when the line names one of Exchange Online's hosts.
    pub fn actor(&self) -> Actor {
        match (self.code, self.message) {
            (_, Some(Message::SubjectMismatch)) => Actor::You,
            (Code::CannotConnect | Code::CertificateValidationFailed | Code::MessageExpired, _) => Actor::ReceivingServer,
            (Code::TenantAttribution | Code::TenantInboundAttribution | Code::SendCertificateNotFound | Code::NoCredentials | Code::UnknownCredentials, _) => Actor::You,
            (Code::CertificateValidationFailure, _) => Actor::You,
            (Code::Tls10NotSupported, _) => Actor::You,
            (Code::ConnectionDropped, _) => Actor::You,
            (Code::TlsNotAvailable, _) if self.specifics.server.as_deref().is_some_and(is_microsoft_host) => Actor::Microsoft,
            _ => Actor::ReceivingServer,
        }
    }
}

/// Whether a host name is one of Exchange Online's (`*.outlook.com`, `*.protection.outlook.com`).
fn is_microsoft_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "outlook.com" || host.ends_with(".outlook.com")
}

impl Message {
    /// The bracketed text as Exchange writes it (`TlsNegotiationFailed` takes the error name).
    fn text(self, tls_error: Option<&str>) -> String {
        match self {
            Message::SubjectMismatch => "SubjectMismatch".into(),
            Message::CertificateExpired => "CertificateExpired".into(),
            Message::UntrustedRoot => "UntrustedRoot".into(),
            Message::StarttlsRequired => "451 5.7.3 STARTTLS is required to send mail".into(),
            Message::TlsNegotiationFailed => format!("451 4.4.0 TLS negotiation failed with error {}", tls_error.unwrap_or("SocketError")),
            Message::IllegalMessage => "451 4.4.0 Security status IllegalMessage".into(),
        }
    }
}

impl ErrorLine {
    /// An error without specifics.
    pub fn new(code: Code, message: Option<Message>) -> Self {
        ErrorLine { code, message, specifics: Specifics::default() }
    }

    /// The line as Exchange writes it, e.g. `450 4.4.317 Cannot connect to remote server
    /// [Message=SubjectMismatch Expected Subject: mail.contoso.com. Presented Subject: CN=EX01.
    /// Thumbprint: D0AC….] [LastAttemptedServerName=mail.contoso.com]`.
    pub fn line(&self) -> String {
        let s = &self.specifics;
        let mut out = match self.code {
            Code::TlsNegotiationFailed => format!("TLS negotiation failed with error {}", s.tls_error.as_deref().unwrap_or("SocketError")),
            code => code.status().to_string(),
        };
        if let Some(message) = self.message {
            let mut inner = message.text(s.tls_error.as_deref());
            if matches!(message, Message::SubjectMismatch | Message::CertificateExpired) {
                for (label, value) in [("Expected Subject", &s.expected_subject), ("Presented Subject", &s.presented_subject), ("Thumbprint", &s.thumbprint)] {
                    if let Some(v) = value {
                        inner.push_str(&format!(" {label}: {v}."));
                    }
                }
            }
            out.push_str(&format!(" [Message={inner}]"));
        }
        if let Some(server) = &s.server {
            out.push_str(&format!(" [LastAttemptedServerName={server}]"));
        }
        if let Some(ip) = &s.ip {
            out.push_str(&format!(" [LastAttemptedIP={ip}]"));
        }
        out
    }
}

/// How each code is recognised in a lower-cased line, most specific first. A code is an enhanced
/// status code (matched as a whole number sequence) or a key phrase.
const RECOGNISE: &[(Code, &[&str])] = &[
    (Code::MessageExpired, &["5.4.317"]),
    (Code::CertificateValidationFailed, &["4.7.320"]),
    (Code::CannotConnect, &["4.4.317"]),
    (Code::TenantAttribution, &["5.7.64"]),
    (Code::TenantInboundAttribution, &["5.7.51"]),
    (Code::DaneStarttlsNotSupported, &["4.7.321", "5.7.321"]),
    (Code::DaneCertificateExpired, &["4.7.322", "5.7.322"]),
    (Code::DaneTlsaInvalid, &["4.7.323", "5.7.323"]),
    (Code::DaneDnssecInvalid, &["4.7.324", "5.7.324"]),
    (Code::DaneHostMismatch, &["4.7.325", "5.7.325"]),
    (Code::Tls10NotSupported, &["4.7.66"]),
    (Code::NoCredentials, &["with error nocredentials"]),
    (Code::UnknownCredentials, &["with error unknowncredentials"]),
    (Code::MustIssueStarttls, &["must issue a starttls command first"]),
    (Code::StarttlsRequired, &["starttls is required to send mail"]),
    (Code::TlsNotAvailable, &["4.7.0", "tls not available"]),
    (Code::ConnectionDropped, &["connection dropped due to socketerror"]),
    (Code::TlsNegotiationFailed, &["tls negotiation failed with error"]),
    (Code::ConnectionRefused, &["4.4.316"]),
    (Code::ConnectionTimedOut, &["4.4.315"]),
    (Code::DnsQueryFailed, &["4.4.312"]),
    (Code::ClosedAbruptly, &["4.4.318"]),
];

/// Sub-messages, most specific first (`TLS negotiation failed` before the generic forms).
const MESSAGES: &[(Message, &str)] = &[
    (Message::SubjectMismatch, "subjectmismatch"),
    (Message::CertificateExpired, "certificateexpired"),
    (Message::UntrustedRoot, "untrustedroot"),
    (Message::StarttlsRequired, "starttls is required"),
    (Message::IllegalMessage, "illegalmessage"),
    (Message::TlsNegotiationFailed, "tls negotiation failed"),
];

/// Whether `lower` holds `needle`; an enhanced status code must stand alone (not be part of a
/// longer number such as `4.7.50` for `4.7.5`, or `14.4.317`).
fn holds(lower: &str, needle: &str) -> bool {
    let numeric = needle.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    if !numeric {
        return lower.contains(needle);
    }
    let bytes = lower.as_bytes();
    lower.match_indices(needle).any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + needle.len()).copied();
        !before.is_some_and(|b| b.is_ascii_digit() || b == b'.') && !after.is_some_and(|b| b.is_ascii_digit() || (b == b'.' && bytes.get(at + needle.len() + 1).is_some_and(u8::is_ascii_digit)))
    })
}

/// Recognises an Exchange TLS or connector error in one line of text.
pub fn recognise(line: &str) -> Option<ErrorLine> {
    let lower = line.to_ascii_lowercase();
    let code = if holds(&lower, "4.7.5") {
        // Both 454 4.7.5 strings share the code; KB3156771 quotes the first in lower case.
        if lower.contains("could not be found") { Code::SendCertificateNotFound } else { Code::CertificateValidationFailure }
    } else {
        RECOGNISE.iter().find(|(_, needles)| needles.iter().any(|n| holds(&lower, n)))?.0
    };
    let message = if code.carries_message() { MESSAGES.iter().find(|(_, needle)| lower.contains(needle)).map(|(m, _)| *m) } else { None };
    let mut specifics = Specifics {
        expected_subject: detail(line, "Expected Subject:"),
        presented_subject: detail(line, "Presented Subject:"),
        thumbprint: detail(line, "Thumbprint:"),
        server: bracketed(line, "LastAttemptedServerName=").or_else(|| bracketed(line, "{FQDN=")),
        ip: bracketed(line, "LastAttemptedIP=").or_else(|| bracketed(line, "{IP=")),
        tls_error: None,
    };
    if matches!(code, Code::TlsNegotiationFailed) || message == Some(Message::TlsNegotiationFailed) {
        specifics.tls_error = after_phrase(line, "with error ");
    }
    Some(ErrorLine { code, message, specifics })
}

/// A value cut to [`MAX_SPECIFIC`] characters, or None when empty.
fn keep(value: &str) -> Option<String> {
    let value = value.trim().trim_end_matches('.').trim();
    (!value.is_empty()).then(|| value.chars().take(MAX_SPECIFIC).collect())
}

/// The value after `label`, up to `. Presented`, `. Thumbprint`, `.]` or `]` (subjects contain
/// dots and commas, so only these ends are safe).
fn detail(line: &str, label: &str) -> Option<String> {
    let start = line.find(label)? + label.len();
    let rest = &line[start..];
    let end = [". Presented", ". Thumbprint", ".]", "]"].iter().filter_map(|e| rest.find(e)).min().unwrap_or(rest.len());
    keep(&rest[..end])
}

/// The value after `label` up to the next `]` or `}`.
fn bracketed(line: &str, label: &str) -> Option<String> {
    let start = line.find(label)? + label.len();
    let rest = &line[start..];
    let end = rest.find([']', '}']).unwrap_or(rest.len());
    keep(&rest[..end])
}

/// The word after `phrase` (matched case-insensitively).
fn after_phrase(line: &str, phrase: &str) -> Option<String> {
    let at = line.to_ascii_lowercase().find(phrase)? + phrase.len();
    let word: String = line[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    keep(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Verbatim strings from public Microsoft pages and forum posts (see the module
    /// documentation), each recognised with its code, message and specifics.
    #[test]
    fn verbatim_error_strings() {
        for (line, code, message) in [
            ("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: *.contoso.com. Presented Subject: CN=ExchangeServer01. Thumbprint: D0AC2FC63B9C5798828B45D849BE8D33.] [LastAttemptedServerName=mail.contoso.com]", Code::CannotConnect, Some(Message::SubjectMismatch)),
            ("LED=450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]", Code::CannotConnect, Some(Message::StarttlsRequired)),
            ("450 4.4.317 Cannot connect to remote server [Message=CertificateExpired Expected Subject: email.domain.com. Presented Subject: CN=email.domain.com. Thumbprint: 94E711DD84BC285CD2911DAC3D0C9E3ABB29671E.]", Code::CannotConnect, Some(Message::CertificateExpired)),
            ("450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]", Code::CannotConnect, Some(Message::UntrustedRoot)),
            ("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 Security status IllegalMessage].", Code::CannotConnect, Some(Message::IllegalMessage)),
            ("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 TLS negotiation failed with error SocketError] [LastAttemptedServerName=xxx]", Code::CannotConnect, Some(Message::TlsNegotiationFailed)),
            ("returned '550 5.4.317 Message expired, cannot connect to remote server(451 5.7.3 STARTTLS is required to send mail)'", Code::MessageExpired, Some(Message::StarttlsRequired)),
            ("Reason: [{LED=450 4.7.320 Certificate validation failed};{MSG=SubjectMismatch};{FQDN=hybrid.domain.com}", Code::CertificateValidationFailed, Some(Message::SubjectMismatch)),
            ("{[{LED=550 5.7.51 TenantInboundAttribution; There is a partner connector configured", Code::TenantInboundAttribution, None),
            ("454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.", Code::SendCertificateNotFound, None),
            ("454 4.7.5 The certificate specified in the tlscertificatename of the send connector could not be found.", Code::SendCertificateNotFound, None),
            ("550 5.7.64 TenantAttribution; Relay Access Denied", Code::TenantAttribution, None),
            ("2017-10-07T04:42:56.804Z,Outbound to Office 365,08D50D3D9730A8D2,21,,,*,,TLS negotiation failed with error UnknownCredentials", Code::UnknownCredentials, None),
            ("TLS negotiation failed with error NoCredentials.", Code::NoCredentials, None),
            ("421 4.4.2 Connection dropped due to SocketError", Code::ConnectionDropped, None),
            ("451 5.7.3 Must issue a STARTTLS command first", Code::MustIssueStarttls, None),
            ("(host smtp.office365.com[40.99.31.130] said: 451 5.7.3 STARTTLS is required to send mail [PN2PR01CA0191.INDPRD01.PROD.OUTLOOK.COM] (in reply to MAIL FROM command))", Code::StarttlsRequired, None),
            ("454 4.7.0 TLS not available due to local problem", Code::TlsNotAvailable, None),
            ("4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.", Code::DaneStarttlsNotSupported, None),
            ("5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records", Code::DaneDnssecInvalid, None),
        ] {
            let e = recognise(line).unwrap_or_else(|| panic!("not recognised: {line}"));
            assert_eq!((e.code, e.message), (code, message), "{line}");
        }
        assert_eq!(recognise("hello world"), None);
        assert_eq!(recognise("Version 14.4.3170 was released"), None);
        assert_eq!(recognise("code 4.7.50 is not 4.7.5's cousin").map(|e| e.code), Some(Code::CertificateValidationFailure));
        assert_eq!(recognise("code 4.7.50 only"), None);
    }

    #[test]
    fn specifics_are_read_from_the_line() {
        let e = recognise("Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: mail.fabrikam.com. Presented Subject: CN=*.fabrikam.net, O=Fabrikam. Thumbprint: D0AC2FC63B9C5798828B45D849BE8D33.] [LastAttemptedServerName=mx1.fabrikam.com] [LastAttemptedIP=192.0.2.25:25] [SmtpSecurity=-1;-1]").unwrap();
        assert_eq!(
            e.specifics,
            Specifics {
                expected_subject: Some("mail.fabrikam.com".into()),
                presented_subject: Some("CN=*.fabrikam.net, O=Fabrikam".into()),
                thumbprint: Some("D0AC2FC63B9C5798828B45D849BE8D33".into()),
                server: Some("mx1.fabrikam.com".into()),
                ip: Some("192.0.2.25:25".into()),
                tls_error: None,
            }
        );
        let e = recognise("Reason: [{LED=450 4.7.320 Certificate validation failed};{MSG=SubjectMismatch};{FQDN=hybrid.fabrikam.com};{IP=192.0.2.7};{LRT=4/14/2017 1:07:17 PM}]").unwrap();
        assert_eq!((e.specifics.server.as_deref(), e.specifics.ip.as_deref()), (Some("hybrid.fabrikam.com"), Some("192.0.2.7")));
        let e = recognise("[Message=451 4.4.0 TLS negotiation failed with error SocketError] 450 4.4.317").unwrap();
        assert_eq!(e.specifics.tls_error.as_deref(), Some("SocketError"));
        let long = format!("450 4.4.317 [Message=SubjectMismatch Expected Subject: {}.]", "a".repeat(10_000));
        assert_eq!(recognise(&long).unwrap().specifics.expected_subject.map(|s| s.len()), Some(MAX_SPECIFIC));
    }

    /// What the verdict predicts reads back as the same error.
    #[test]
    fn rendered_lines_are_recognised_as_themselves() {
        let specifics = Specifics { expected_subject: Some("mail.contoso.com".into()), presented_subject: Some("CN=EX01".into()), thumbprint: Some("ABCDEF".into()), server: Some("mail.contoso.com".into()), ip: None, tls_error: None };
        for code in Code::ALL {
            let messages: Vec<Option<Message>> = if code.carries_message() { Message::ALL.iter().copied().map(Some).collect() } else { vec![None] };
            for message in messages {
                let mut e = ErrorLine::new(*code, message);
                if matches!(message, Some(Message::SubjectMismatch | Message::CertificateExpired)) {
                    e.specifics = specifics.clone();
                }
                if *code == Code::TlsNegotiationFailed || message == Some(Message::TlsNegotiationFailed) {
                    e.specifics.tls_error = Some("SocketError".into());
                }
                assert_eq!(recognise(&e.line()).as_ref(), Some(&e), "{}", e.line());
            }
        }
        assert_eq!(Code::CannotConnect.enhanced(), Some("4.4.317"));
        assert_eq!(Code::DaneTlsaInvalid.enhanced(), Some("4.7.323"));
        assert_eq!(Code::NoCredentials.enhanced(), None);
    }
}
