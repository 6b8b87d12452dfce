//! Peer → Exchange Online: a partner's or the on-premises organisation's mail arriving at
//! Exchange Online. The sender is the TLS client. An inbound connector requires TLS (RequireTls)
//! and may identify the sender by its certificate (TlsSenderCertificateName; for Partner
//! connectors only with RestrictDomainsToCertificate): then the certificate must come from a
//! public CA with its full chain (KB3212877) and carry the name, else Exchange Online answers
//! `550 5.7.64 TenantAttribution` (OnPremises) or `550 5.7.51 TenantInboundAttribution`
//! (Partner). On premises, the send connector presents the certificate its TlsCertificateName
//! names; when that certificate is not installed, Exchange answers `454 4.7.5`
//! (Set-SendConnector, Set-InboundConnector).

use super::table::{always, decide, nothing, Out, Row};
use super::{cert_name_of, direction, names, pick, suggest_name, CertIndex, Context, Direction, DirectionId, Named, Need, Outcome, PeerKind, Rule, Title};
use crate::catalog::FindingId;
use crate::connectors::errors::{Code, ErrorLine};
use crate::connectors::model::Connector;
use crate::connectors::names::match_certificate;
use crate::finding::{Concerns, Evidence, Finding};
use crate::model::{Certificate, Chain, ChainVerdict};
use crate::quote::powershell::Command;

/// At most this many pasted certificates are named in a `tls-certificate-name-not-found` finding.
const MAX_PRESENTED: usize = 20;

/// What direction B is decided on, gathered once.
pub struct Facts<'a> {
    side: PeerKind,
    /// The direction's inbound connectors.
    inbound: &'a [&'a Connector],
    /// On premises: the send connectors to Exchange Online.
    send: &'a [&'a Connector],
    /// Whether any connector requires TLS (or identifies the sender by certificate).
    forced: bool,
    /// Send connectors that require TLS but ignore STARTTLS.
    ignoring: Vec<&'a Connector>,
    /// Send connectors whose TlsCertificateName names a pasted certificate's subject with an old
    /// issuer, with that (renewed) certificate.
    stale: Vec<(&'a Connector, &'a Certificate)>,
    /// Send connectors whose TlsCertificateName names no pasted certificate.
    unknown: Vec<&'a Connector>,
    /// The pasted certificates, for the not-found finding's evidence.
    certs: &'a [Certificate],
    /// Inbound connectors that identify the sender by its certificate.
    by_certificate: Vec<&'a Connector>,
    /// The sender's chain and certificate.
    chain: Option<(&'a Chain, &'a Certificate)>,
}

/// Direction B's table, worst first.
fn rows<'a>() -> [Row<Facts<'a>>; 10] {
    [
        Row { rule: Rule::InboundNotForced, when: |f| !f.forced, outcome: Outcome::NotForced, error: None, needs: None, then: not_forced },
        // Set-SendConnector: IgnoreSTARTTLS with RequireTLS cannot start TLS.
        Row { rule: Rule::SendIgnoresStarttls, when: |f| !f.ignoring.is_empty(), outcome: Outcome::WillFail, error: Some(|_| ErrorLine::new(Code::MustIssueStarttls, None)), needs: None, then: ignores_starttls },
        // The pasted certificate is the sender's (same subject, renewed with a new issuer), so
        // the certificate the connector names is not installed.
        Row { rule: Rule::SendCertificateStale, when: |f| !f.stale.is_empty(), outcome: Outcome::WillFail, error: Some(|_| ErrorLine::new(Code::SendCertificateNotFound, None)), needs: None, then: send_stale },
        // The pasted certificate is not the one the connector names: which one the server has
        // cannot be told.
        Row {
            rule: Rule::SendCertificateUnknown,
            when: |f| !f.unknown.is_empty(),
            outcome: Outcome::CannotTell,
            error: None,
            needs: Some(|f| f.unknown.first().map_or(Need::NotExamined, |c| named_need(c))),
            then: send_unknown,
        },
        Row {
            rule: Rule::TlsWithoutCertificateCheck,
            when: |f| f.by_certificate.is_empty() && f.side == PeerKind::OnPremises && f.send.iter().any(|c| c.require_tls == Some(true)),
            outcome: Outcome::WillWork,
            error: None,
            needs: None,
            then: nothing,
        },
        Row { rule: Rule::SenderStarttlsUnknown, when: |f| f.by_certificate.is_empty(), outcome: Outcome::CannotTell, error: None, needs: Some(|f| Need::SenderStarttls { side: f.side }), then: nothing },
        Row { rule: Rule::SenderCertificateMissing, when: |f| f.chain.is_none(), outcome: Outcome::CannotTell, error: None, needs: Some(sender_need), then: nothing },
        // KB3212877: a public CA, not expired, full chain sent.
        Row { rule: Rule::SenderChainRejected, when: |f| f.chain.is_some_and(|(ch, _)| ch.verdict != ChainVerdict::Trusted), outcome: Outcome::WillFail, error: Some(attribution), needs: None, then: chain_rejected },
        // OnPremises: CN or SAN; Partner with RestrictDomainsToCertificate: the subject.
        Row { rule: Rule::SenderNameMismatch, when: |f| !name_matches(f), outcome: Outcome::WillFail, error: Some(attribution), needs: None, then: name_mismatch },
        Row { rule: Rule::SenderValidated, when: always, outcome: Outcome::WillWork, error: None, needs: None, then: nothing },
    ]
}

/// Judges direction B for one side's inbound (and send) connectors.
pub fn judge(ctx: &Context<'_>, index: &CertIndex<'_>, side: PeerKind, inbound: &[&Connector], send: &[&Connector], only_direction: bool) -> (Direction, Vec<Finding>) {
    let by_certificate: Vec<&Connector> = inbound
        .iter()
        .copied()
        .filter(|c| c.tls_sender_certificate_name.is_some() && (c.connector_type.as_deref() == Some("OnPremises") || c.restrict_domains_to_certificate == Some(true)))
        .collect();
    let forced = inbound.iter().any(|c| c.require_tls == Some(true)) || send.iter().any(|c| c.require_tls == Some(true)) || !by_certificate.is_empty();
    let ignoring = send.iter().copied().filter(|c| c.require_tls == Some(true) && c.ignore_starttls == Some(true)).collect();
    // The sender's certificate: the one a send connector names, else the one matching the inbound connector.
    let (mut stale, mut unknown, mut named) = (Vec::new(), Vec::new(), None);
    for c in send {
        let Some(n) = &c.tls_certificate_name else { continue };
        match index.find(&n.issuer, &n.subject) {
            Named::Found(cert) => named = named.or(Some(cert)),
            Named::Stale(cert) => stale.push((*c, cert)),
            Named::Unknown => unknown.push(*c),
        }
    }
    let sender = stale.first().map(|(_, cert)| *cert).or(named);
    let chain = match sender {
        Some(cert) => ctx.exo_chains.iter().find(|ch| ch.leaf == cert.index),
        None => {
            let patterns: Vec<String> = by_certificate.iter().filter_map(|c| c.tls_sender_certificate_name.clone()).collect();
            pick(ctx, &patterns, only_direction)
        }
    };
    let chain = chain.and_then(|ch| ctx.certs.get(ch.leaf).map(|leaf| (ch, leaf)));
    let facts = Facts { side, inbound, send, forced, ignoring, stale, unknown, certs: ctx.certs, by_certificate, chain };
    let decision = decide(&rows(), &facts, advice);
    let certificate = match decision.rule {
        Rule::SendCertificateStale => facts.stale.first().map(|(_, cert)| cert.index),
        Rule::SenderChainRejected | Rule::SenderNameMismatch | Rule::SenderValidated => facts.chain.map(|(_, leaf)| leaf.index),
        _ => None,
    };
    let all = || inbound.iter().chain(send.iter());
    let title = Title::Inbound { side, connectors: all().map(|c| c.name.clone()).collect() };
    direction(DirectionId::PeerToExo, title, all().map(|c| c.index).collect(), certificate, decision)
}

/// The sender's names as the inbound connector compares them: Partner connectors with
/// RestrictDomainsToCertificate match the subject (its CN); OnPremises connectors CN or SAN.
fn presented(c: &Connector, leaf: &Certificate) -> Vec<String> {
    if c.connector_type.as_deref() == Some("Partner") {
        leaf.subject_cn.iter().cloned().collect()
    } else {
        names(leaf)
    }
}

/// Whether some inbound connector that identifies by certificate accepts the sender's names.
fn name_matches(f: &Facts<'_>) -> bool {
    let Some((_, leaf)) = f.chain else { return true };
    f.by_certificate.iter().any(|c| c.tls_sender_certificate_name.as_deref().is_some_and(|name| match_certificate(name, &presented(c, leaf)).is_some()))
}

/// The attribution error Exchange Online answers when it cannot tie the sender to a connector.
fn attribution(f: &Facts<'_>) -> ErrorLine {
    match f.side {
        PeerKind::Partner => ErrorLine::new(Code::TenantInboundAttribution, None),
        PeerKind::OnPremises => ErrorLine::new(Code::TenantAttribution, None),
    }
}

fn named_need(c: &Connector) -> Need {
    Need::NamedCertificate { connector: c.name.clone(), name: c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default() }
}

fn sender_need(f: &Facts<'_>) -> Need {
    match f.send.iter().find(|c| c.tls_certificate_name.is_some()) {
        Some(c) => named_need(c),
        None => Need::SenderCertificate { side: f.side, name: f.by_certificate.first().and_then(|c| c.tls_sender_certificate_name.clone()) },
    }
}

fn setting(property: &str, value: &str) -> Evidence {
    Evidence::Setting { property: property.into(), value: value.into() }
}

fn not_forced(f: &Facts<'_>, out: &mut Out) {
    for c in f.inbound {
        out.finding(FindingId::InboundTlsNotForced, c, setting("RequireTls", "False"));
        out.fix(c, Command::new("Set-InboundConnector").arg("Identity", &c.name).token("RequireTls", "$true"));
    }
}

fn ignores_starttls(f: &Facts<'_>, out: &mut Out) {
    for c in &f.ignoring {
        out.finding(FindingId::SendConnectorIgnoresStarttls, c, setting("IgnoreSTARTTLS", "True"));
        out.fix(c, Command::new("Set-SendConnector").arg("Identity", &c.name).token("IgnoreSTARTTLS", "$false"));
    }
}

fn send_stale(f: &Facts<'_>, out: &mut Out) {
    for (c, renewed) in &f.stale {
        let expected = c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default();
        out.finding(FindingId::TlsCertificateNameStale, c, Evidence::NameMismatch { expected, presented: vec![cert_name_of(renewed)] });
        out.fix(c, Command::new("Set-SendConnector").arg("Identity", &c.name).arg("TlsCertificateName", &cert_name_of(renewed)));
    }
}

fn send_unknown(f: &Facts<'_>, out: &mut Out) {
    // The end-entity certificates pasted (CA certificates cannot be a server's).
    let presented: Vec<String> = f.certs.iter().filter(|x| !x.basic_constraints.as_ref().is_some_and(|b| b.ca)).take(MAX_PRESENTED).map(cert_name_of).collect();
    if presented.is_empty() {
        return;
    }
    for c in &f.unknown {
        let expected = c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default();
        out.finding(FindingId::TlsCertificateNameNotFound, c, Evidence::NameMismatch { expected, presented: presented.clone() });
    }
}

fn chain_rejected(f: &Facts<'_>, out: &mut Out) {
    let (Some((chain, _)), Some(c)) = (f.chain, f.by_certificate.first()) else { return };
    out.finding(FindingId::InboundSenderChainRejected, c, Evidence::Exchange { error: attribution(f), cause: chain.headline });
}

fn name_mismatch(f: &Facts<'_>, out: &mut Out) {
    let Some((_, leaf)) = f.chain else { return };
    for c in &f.by_certificate {
        let expected = c.tls_sender_certificate_name.clone().unwrap_or_default();
        out.finding(FindingId::InboundCertificateNameMismatch, c, Evidence::NameMismatch { expected, presented: presented(c, leaf) });
        out.fix(c, Command::new("Set-InboundConnector").arg("Identity", &c.name).arg("TlsSenderCertificateName", &suggest_name(leaf)));
    }
}

/// Warnings that do not decide the direction: the certificate the sender presents as its TLS
/// client certificate lacks the Client Authentication purpose (RFC 5280 §4.2.1.12; only here,
/// where a certificate is used to send), and the send connector leaves the choice of certificate
/// to its FQDN.
fn advice(f: &Facts<'_>, out: &mut Out) {
    if let Some((_, leaf)) = f.chain.filter(|_| !f.by_certificate.is_empty()) {
        if leaf.facts.eku.is_some_and(|eku| !(eku.client_auth || eku.any)) {
            let evidence = Evidence::Usage { present: leaf.extended_key_usage.clone(), missing: "Client Authentication".into() };
            out.findings.push(Finding::new(FindingId::LeafEkuNoClientAuth, Concerns::Certificate { index: leaf.index, subject: leaf.subject.clone() }, evidence));
        }
    }
    if f.side == PeerKind::OnPremises && f.send.iter().all(|c| c.tls_certificate_name.is_none()) {
        if let Some(c) = f.send.first() {
            out.finding(FindingId::SendConnectorNoTlsCertificateName, c, setting("TlsCertificateName", "$null"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_well_formed() {
        let facts = Facts { side: PeerKind::Partner, inbound: &[], send: &[], forced: false, ignoring: Vec::new(), stale: Vec::new(), unknown: Vec::new(), certs: &[], by_certificate: Vec::new(), chain: None };
        super::super::table::check_shape(&rows(), &facts);
    }
}
