//! Exchange Online → peer: one outbound connector against the peer's receive connectors and
//! server chain. Exchange Online is the TLS client; with TlsSettings CertificateValidation it
//! validates the chain and revocation, with DomainValidation also that TlsDomain is a name on the
//! certificate (Set-OutboundConnector). The peer offers STARTTLS only on a receive connector whose
//! AuthMechanism includes Tls and that finds the certificate it is told to use (Selection of
//! inbound STARTTLS certificates).

use super::table::{always, decide, nothing, Out, Row};
use super::{direction, names, pick, suggest_name, cert_name_of, Context, Direction, DirectionId, Need, Outcome, Rule, Title, PEER_NAME_PLACEHOLDER};
use crate::catalog::FindingId;
use crate::connectors::errors::{Code, ErrorLine, Message, Specifics};
use crate::connectors::model::{Connector, TlsLevel};
use crate::connectors::names::{match_certificate, same_dn};
use crate::finding::{Evidence, Finding};
use crate::model::{Certificate, Chain, ChainVerdict};
use crate::quote;
use crate::quote::powershell::Command;

/// What direction A is decided on, gathered once.
pub struct Facts<'a> {
    /// The outbound connector.
    c: &'a Connector,
    /// Its TlsSettings.
    level: Option<TlsLevel>,
    /// The peer's receive connectors this connector delivers to (enabled ones).
    receive: &'a [&'a Connector],
    /// The chain judged and its server certificate.
    chain: Option<(&'a Chain, &'a Certificate)>,
    /// Receive connectors (offering TLS) whose TlsCertificateName names the server certificate's
    /// subject with another issuer.
    stale: Vec<&'a Connector>,
    /// Receive connectors (offering TLS) whose TlsCertificateName names another certificate.
    unknown: Vec<&'a Connector>,
}

/// Whether a receive connector offers STARTTLS: its AuthMechanism includes Tls. An export
/// without AuthMechanism says nothing, so it is not held against the connector.
fn offers_tls(r: &Connector) -> bool {
    r.auth_mechanism.is_empty() || r.auth_mechanism.iter().any(|m| m.eq_ignore_ascii_case("Tls"))
}

/// The outbound connector's first smart host, else its first recipient domain.
pub fn target(c: &Connector) -> Option<String> {
    c.smart_hosts.first().or_else(|| c.domains.first()).cloned()
}

/// Direction A's table, worst first.
fn rows<'a>() -> [Row<Facts<'a>>; 10] {
    [
        // TlsSettings $null: TLS is attempted but not required.
        Row { rule: Rule::OutboundNotForced, when: |f| f.level.is_none(), outcome: Outcome::NotForced, error: None, needs: None, then: not_forced },
        // Selection of inbound STARTTLS certificates, step 2: no Tls in AuthMechanism, no STARTTLS.
        Row {
            rule: Rule::ReceiveNoStarttls,
            when: |f| !f.receive.is_empty() && f.receive.iter().all(|r| !offers_tls(r)),
            outcome: Outcome::WillFail,
            error: Some(|_| starttls_required()),
            needs: None,
            then: no_starttls,
        },
        // EncryptionOnly: "No certificate authentication is performed".
        Row { rule: Rule::OutboundEncryptionOnly, when: |f| f.level == Some(TlsLevel::EncryptionOnly), outcome: Outcome::WillWork, error: None, needs: None, then: nothing },
        Row { rule: Rule::PeerChainMissing, when: |f| f.chain.is_none(), outcome: Outcome::CannotTell, error: None, needs: Some(|f| peer_chain_need(f.c)), then: nothing },
        // A receive connector whose TlsCertificateName finds no certificate offers no STARTTLS.
        Row { rule: Rule::ReceiveCertificateStale, when: |f| !f.stale.is_empty(), outcome: Outcome::WillFail, error: Some(|_| starttls_required()), needs: None, then: receive_stale },
        Row {
            rule: Rule::ReceiveCertificateUnknown,
            when: |f| !f.unknown.is_empty(),
            outcome: Outcome::CannotTell,
            error: None,
            needs: Some(|f| {
                let named = |r: &&Connector| Need::NamedCertificate { connector: r.name.clone(), name: r.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default() };
                f.unknown.first().map_or(Need::NotExamined, named)
            }),
            then: receive_unknown,
        },
        // CertificateValidation: chain validation and revocation checks.
        Row { rule: Rule::PeerChainRejected, when: |f| f.chain.is_some_and(|(ch, _)| ch.verdict != ChainVerdict::Trusted), outcome: Outcome::WillFail, error: Some(rejected_error), needs: None, then: chain_rejected },
        // DomainValidation: "the FQDN of the target certificate matches the domain in TlsDomain".
        Row {
            rule: Rule::OutboundNoTlsDomain,
            when: |f| f.level == Some(TlsLevel::DomainValidation) && f.c.tls_domain.is_none(),
            outcome: Outcome::CannotTell,
            error: None,
            needs: Some(|f| Need::TlsDomain { connector: f.c.name.clone() }),
            then: no_tls_domain,
        },
        Row { rule: Rule::OutboundSubjectMismatch, when: subject_mismatch, outcome: Outcome::WillFail, error: Some(mismatch_error), needs: None, then: tls_domain_mismatch },
        Row { rule: Rule::PeerValidated, when: always, outcome: Outcome::WillWork, error: None, needs: None, then: nothing },
    ]
}

/// Judges direction A for outbound connector `c`, paired with the peer's receive connectors.
pub fn judge(ctx: &Context<'_>, c: &Connector, receive: &[&Connector], only_direction: bool) -> (Direction, Vec<Finding>) {
    let patterns: Vec<String> = c.tls_domain.iter().cloned().chain(c.smart_hosts.iter().cloned()).collect();
    let chain = pick(ctx, &patterns, only_direction).and_then(|ch| ctx.certs.get(ch.leaf).map(|leaf| (ch, leaf)));
    // TODO: when the chain came from an s_client transcript of the peer, the server evidently
    // presented it; a receive connector naming another certificate is then probably not the one
    // that answered, yet it is still held against the direction.
    let (mut stale, mut unknown) = (Vec::new(), Vec::new());
    if let Some((_, leaf)) = chain {
        for r in receive.iter().copied().filter(|r| offers_tls(r)) {
            let Some(n) = &r.tls_certificate_name else { continue };
            if same_dn(&leaf.subject_windows, &n.subject) {
                if !same_dn(&leaf.issuer_windows, &n.issuer) {
                    stale.push(r);
                }
            } else {
                unknown.push(r);
            }
        }
    }
    let facts = Facts { c, level: c.tls_level, receive, chain, stale, unknown };
    let decision = decide(&rows(), &facts, nothing);
    let mut connectors = vec![c.index];
    if matches!(decision.rule, Rule::ReceiveNoStarttls) {
        connectors.extend(receive.iter().map(|r| r.index));
    }
    connectors.extend(facts.stale.iter().chain(&facts.unknown).map(|r| r.index).filter(|_| matches!(decision.rule, Rule::ReceiveCertificateStale | Rule::ReceiveCertificateUnknown)));
    // The certificate was judged when a row about the chain or its names decided.
    let judged = !matches!(decision.rule, Rule::OutboundNotForced | Rule::ReceiveNoStarttls | Rule::OutboundEncryptionOnly | Rule::PeerChainMissing);
    let certificate = facts.chain.map(|(_, leaf)| leaf.index).filter(|_| judged);
    direction(DirectionId::ExoToPeer, Title::Outbound { connector: c.name.clone(), target: target(c) }, connectors, certificate, decision)
}

/// `450 4.4.317 … [Message=451 5.7.3 STARTTLS is required to send mail]`.
fn starttls_required() -> ErrorLine {
    ErrorLine::new(Code::CannotConnect, Some(Message::StarttlsRequired))
}

/// The error for a chain Exchange Online rejects: `CertificateExpired` with the names, or `UntrustedRoot`.
fn rejected_error(f: &Facts<'_>) -> ErrorLine {
    let Some((chain, leaf)) = f.chain else { return ErrorLine::new(Code::CannotConnect, Some(Message::UntrustedRoot)) };
    match chain.headline {
        Some(FindingId::CertificateExpired | FindingId::CertificateNotYetValid) => {
            let expected = f.c.tls_domain.clone().or_else(|| target(f.c));
            ErrorLine { code: Code::CannotConnect, message: Some(Message::CertificateExpired), specifics: presented(expected, leaf) }
        }
        _ => ErrorLine::new(Code::CannotConnect, Some(Message::UntrustedRoot)),
    }
}

fn mismatch_error(f: &Facts<'_>) -> ErrorLine {
    let specifics = match f.chain {
        Some((_, leaf)) => presented(f.c.tls_domain.clone(), leaf),
        None => Specifics::default(),
    };
    ErrorLine { code: Code::CannotConnect, message: Some(Message::SubjectMismatch), specifics }
}

/// The expected and presented subjects and the thumbprint, as Exchange Online writes them.
fn presented(expected: Option<String>, leaf: &Certificate) -> Specifics {
    Specifics { expected_subject: expected, presented_subject: Some(leaf.subject_windows.clone()), thumbprint: Some(leaf.sha1_thumbprint.clone()), ..Specifics::default() }
}

fn subject_mismatch(f: &Facts<'_>) -> bool {
    match (f.level, &f.c.tls_domain, f.chain) {
        (Some(TlsLevel::DomainValidation), Some(domain), Some((_, leaf))) => match_certificate(domain, &names(leaf)).is_none(),
        _ => false,
    }
}

/// What to paste for the peer's chain: an `openssl s_client` command against the smart host when
/// it is a host name or address (quoted as one shell word), else the domain whose MX to ask.
fn peer_chain_need(c: &Connector) -> Need {
    let host = c.smart_hosts.first().and_then(|h| quote::host::host(h).ok());
    let command = host.as_ref().and_then(|h| {
        let endpoint = if h.contains(':') { format!("[{h}]:25") } else { format!("{h}:25") };
        quote::posix::quote(&endpoint).ok().map(|word| format!("openssl s_client -connect {word} -starttls smtp -showcerts"))
    });
    let domain = if c.smart_hosts.is_empty() { c.domains.first().cloned() } else { None };
    Need::PeerChain { host, domain, command }
}

fn setting(property: &str, value: &str) -> Evidence {
    Evidence::Setting { property: property.into(), value: value.into() }
}

fn not_forced(f: &Facts<'_>, out: &mut Out) {
    out.finding(FindingId::OutboundTlsNotForced, f.c, setting("TlsSettings", "$null"));
    let cmd = Command::new("Set-OutboundConnector").arg("Identity", &f.c.name).token("TlsSettings", "DomainValidation");
    let cmd = match f.chain {
        Some((_, leaf)) => cmd.arg("TlsDomain", &suggest_name(leaf)),
        // The placeholder is explained beside the fix, in the reader's language (report.rs).
        None => cmd.token("TlsDomain", PEER_NAME_PLACEHOLDER),
    };
    out.fix(f.c, cmd);
}

fn no_starttls(f: &Facts<'_>, out: &mut Out) {
    for r in f.receive {
        out.finding(FindingId::ReceiveConnectorNoTls, r, setting("AuthMechanism", &r.auth_mechanism.join(", ")));
        let mechanisms: Vec<String> = std::iter::once("Tls".to_string()).chain(r.auth_mechanism.iter().cloned()).collect();
        out.fix(r, Command::new("Set-ReceiveConnector").arg("Identity", &r.name).list("AuthMechanism", &mechanisms));
    }
}

fn receive_stale(f: &Facts<'_>, out: &mut Out) {
    let Some((_, leaf)) = f.chain else { return };
    for r in &f.stale {
        let expected = r.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default();
        out.finding(FindingId::TlsCertificateNameStale, r, Evidence::NameMismatch { expected, presented: vec![cert_name_of(leaf)] });
        out.fix(r, Command::new("Set-ReceiveConnector").arg("Identity", &r.name).arg("TlsCertificateName", &cert_name_of(leaf)));
    }
}

fn receive_unknown(f: &Facts<'_>, out: &mut Out) {
    let Some((_, leaf)) = f.chain else { return };
    for r in &f.unknown {
        let expected = r.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default();
        out.finding(FindingId::TlsCertificateNameNotFound, r, Evidence::NameMismatch { expected, presented: vec![cert_name_of(leaf)] });
    }
}

fn chain_rejected(f: &Facts<'_>, out: &mut Out) {
    let Some((chain, _)) = f.chain else { return };
    out.finding(FindingId::OutboundPeerChainRejected, f.c, Evidence::Exchange { error: rejected_error(f), cause: chain.headline });
}

fn no_tls_domain(f: &Facts<'_>, out: &mut Out) {
    out.finding(FindingId::OutboundDomainValidationNoTlsDomain, f.c, setting("TlsDomain", "$null"));
    if let Some((_, leaf)) = f.chain {
        out.fix(f.c, Command::new("Set-OutboundConnector").arg("Identity", &f.c.name).arg("TlsDomain", &suggest_name(leaf)));
    }
}

fn tls_domain_mismatch(f: &Facts<'_>, out: &mut Out) {
    let (Some((_, leaf)), Some(domain)) = (f.chain, &f.c.tls_domain) else { return };
    out.finding(FindingId::OutboundTlsDomainMismatch, f.c, Evidence::NameMismatch { expected: domain.clone(), presented: names(leaf) });
    out.fix(f.c, Command::new("Set-OutboundConnector").arg("Identity", &f.c.name).arg("TlsDomain", &suggest_name(leaf)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_well_formed() {
        let c = Connector {
            index: 0,
            kind: crate::connectors::model::Kind::ExoOutbound,
            name: "x".into(),
            location: crate::model::Location::new("t", None),
            format: crate::connectors::model::Format::Json,
            enabled: None,
            connector_type: None,
            tls_level: None,
            tls_domain: None,
            smart_hosts: Vec::new(),
            domains: Vec::new(),
            require_tls: None,
            tls_sender_certificate_name: None,
            restrict_domains_to_certificate: None,
            tls_certificate_name: None,
            ignore_starttls: None,
            fqdn: None,
            auth_mechanism: Vec::new(),
            tls_domain_capabilities: Vec::new(),
            truncated: Vec::new(),
            other: Vec::new(),
        };
        let facts = Facts { c: &c, level: None, receive: &[], chain: None, stale: Vec::new(), unknown: Vec::new() };
        super::super::table::check_shape(&rows(), &facts);
    }

    #[test]
    fn the_s_client_hint_quotes_the_host_or_gives_none() {
        let with = |hosts: &[&str], domains: &[&str]| {
            let mut c: Connector = serde_json::from_value(serde_json::json!({
                "index": 0, "kind": "exo-outbound", "name": "x", "location": {"source": "t"}, "format": "json",
                "enabled": null, "connector_type": null, "tls_level": null, "tls_domain": null, "smart_hosts": [], "domains": [],
                "require_tls": null, "tls_sender_certificate_name": null, "restrict_domains_to_certificate": null, "tls_certificate_name": null,
                "ignore_starttls": null, "fqdn": null, "auth_mechanism": [], "tls_domain_capabilities": [], "truncated": [], "other": []
            }))
            .unwrap();
            c.smart_hosts = hosts.iter().map(|s| s.to_string()).collect();
            c.domains = domains.iter().map(|s| s.to_string()).collect();
            peer_chain_need(&c)
        };
        assert_eq!(with(&["Mail.Contoso.test"], &[]), Need::PeerChain { host: Some("mail.contoso.test".into()), domain: None, command: Some("openssl s_client -connect 'mail.contoso.test:25' -starttls smtp -showcerts".into()) });
        assert_eq!(with(&["2001:db8::25"], &[]), Need::PeerChain { host: Some("2001:db8::25".into()), domain: None, command: Some("openssl s_client -connect '[2001:db8::25]:25' -starttls smtp -showcerts".into()) });
        for hostile in ["mail.contoso.test;id", "$(id)", "192.168.0.1/25", "a b"] {
            assert_eq!(with(&[hostile], &["contoso.test"]), Need::PeerChain { host: None, domain: None, command: None }, "{hostile}");
        }
        assert_eq!(with(&[], &["contoso.test"]), Need::PeerChain { host: None, domain: Some("contoso.test".into()), command: None });
    }
}
