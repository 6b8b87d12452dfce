//! Peer → Exchange Online: a partner's or the on-premises organisation's mail arriving at
//! Exchange Online. The sender is the TLS client. An inbound connector requires TLS (RequireTls)
//! and may identify the sender by its certificate (TlsSenderCertificateName; for Partner
//! connectors only with RestrictDomainsToCertificate): then the certificate must come from a
//! public CA with its full chain (KB3212877) and carry the name, else Exchange Online answers
//! `550 5.7.64 TenantAttribution` (OnPremises) or `550 5.7.51 TenantInboundAttribution`
//! (Partner). On premises, the send connector presents the certificate its TlsCertificateName
//! names; when that certificate is not installed, Exchange answers `454 4.7.5`
//! (Set-SendConnector, Set-InboundConnector).

use super::send_side::{self, HasSendSide, SendSide};
use super::table::{always, decide, nothing, Out, Row};
use super::{direction, names, pick, suggest_name, Context, Direction, DirectionId, Need, Outcome, PeerKind, Rule, Title};
use crate::catalog::FindingId;
use crate::connectors::errors::{Code, ErrorLine};
use crate::connectors::model::Connector;
use crate::connectors::names::match_certificate;
use crate::finding::{Concerns, Evidence, Finding};
use crate::model::{Certificate, Chain, ChainVerdict};
use crate::quote::powershell::Command;

/// How a send connector's validation of Exchange Online's certificate came out (the
/// on-premises-trusts-Exchange-Online direction), for the mail that depends on it.
pub struct ExoCheck {
    /// The outcome.
    pub outcome: Outcome,
    /// The error, when it fails.
    pub error: Option<ErrorLine>,
    /// What is needed, when it cannot be told.
    pub needs: Option<Need>,
    /// Its findings.
    pub findings: Vec<Finding>,
}

/// What direction B is decided on, gathered once.
pub struct Facts<'a> {
    side: PeerKind,
    /// The direction's inbound connectors.
    inbound: &'a [&'a Connector],
    /// On premises: the send connectors to Exchange Online.
    send: &'a [&'a Connector],
    /// The send connectors' own state.
    sending: SendSide<'a>,
    /// How each send connector's validation of Exchange Online's certificate came out.
    exo_checks: &'a [ExoCheck],
    /// Whether any connector requires TLS (or identifies the sender by certificate).
    forced: bool,
    /// Inbound connectors that identify the sender by its certificate.
    by_certificate: Vec<&'a Connector>,
    /// The sender's chain and certificate.
    chain: Option<(&'a Chain, &'a Certificate)>,
}

impl HasSendSide for Facts<'_> {
    fn send_side(&self) -> &SendSide<'_> {
        &self.sending
    }
}

/// Direction B's table, worst first: nothing forced; the send connector's own certain failures
/// and its failed validation of Exchange Online's certificate; what the send side leaves open;
/// then Exchange Online's checks of the sender.
fn rows<'a>() -> Vec<Row<Facts<'a>>> {
    let mut rows = vec![Row { rule: Rule::InboundNotForced, when: |f: &Facts<'a>| !f.forced, outcome: Outcome::NotForced, error: None, needs: None, then: not_forced }];
    rows.extend(send_side::failures());
    rows.push(
        // Mail from on premises needs both ends' validation: the send connector's of Exchange
        // Online's certificate (TlsAuthLevel) as well as Exchange Online's of the sender.
        Row {
            rule: Rule::SendValidationFails,
            when: |f: &Facts<'a>| f.exo_checks.iter().any(|x| x.outcome == Outcome::WillFail),
            outcome: Outcome::WillFail,
            error: Some(|f| f.exo_checks.iter().find_map(|x| x.error.clone()).unwrap_or_else(|| ErrorLine::new(Code::CertificateValidationFailure, None))),
            needs: None,
            then: |f, out| out.findings.extend(f.exo_checks.iter().filter(|x| x.outcome == Outcome::WillFail).flat_map(|x| x.findings.iter().cloned())),
        });
    rows.extend(send_side::unknowns());
    rows.extend([
        Row {
            rule: Rule::SendValidationUnknown,
            when: |f: &Facts<'a>| f.exo_checks.iter().any(|x| x.outcome == Outcome::CannotTell),
            outcome: Outcome::CannotTell,
            error: None,
            needs: Some(|f| f.exo_checks.iter().find_map(|x| x.needs.clone()).unwrap_or(Need::NotExamined)),
            then: nothing,
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
    ]);
    rows
}

/// Judges direction B for one side's inbound (and send) connectors; `exo_checks` are the send
/// connectors' validations of Exchange Online's certificate.
#[allow(clippy::too_many_arguments)]
pub fn judge(ctx: &Context<'_>, sending: SendSide<'_>, exo_checks: &[ExoCheck], side: PeerKind, inbound: &[&Connector], send: &[&Connector], only_direction: bool) -> (Direction, Vec<Finding>) {
    let by_certificate: Vec<&Connector> = inbound
        .iter()
        .copied()
        .filter(|c| c.tls_sender_certificate_name.is_some() && (c.connector_type.as_deref() == Some("OnPremises") || c.restrict_domains_to_certificate == Some(true)))
        .collect();
    let forced = inbound.iter().any(|c| c.require_tls == Some(true)) || send.iter().any(|c| c.require_tls == Some(true)) || !by_certificate.is_empty();
    // The sender's certificate: the one a send connector names, else the one matching the inbound connector.
    let sender = sending.stale.first().map(|(_, cert)| *cert).or(sending.named);
    let chain = match sender {
        Some(cert) => ctx.exo_chains.iter().find(|ch| ch.leaf == cert.index),
        None => {
            let patterns: Vec<String> = by_certificate.iter().filter_map(|c| c.tls_sender_certificate_name.clone()).collect();
            pick(ctx, &patterns, only_direction)
        }
    };
    let chain = chain.and_then(|ch| ctx.certs.get(ch.leaf).map(|leaf| (ch, leaf)));
    let facts = Facts { side, inbound, send, sending, exo_checks, forced, by_certificate, chain };
    let decision = decide(&rows(), &facts, advice);
    let certificate = match decision.rule {
        Rule::SendCertificateStale => facts.sending.stale.first().map(|(_, cert)| cert.index),
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


fn sender_need(f: &Facts<'_>) -> Need {
    match f.send.iter().find(|c| c.tls_certificate_name.is_some()) {
        Some(c) => send_side::named_need(c),
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
            let evidence = Evidence::Usage { present: leaf.extended_key_usage.clone(), missing: crate::finding::Purpose::ClientAuth };
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
        let sending = SendSide { ignoring: Vec::new(), stale: Vec::new(), unknown: Vec::new(), named: None, certs: &[] };
        let facts = Facts { side: PeerKind::Partner, inbound: &[], send: &[], sending, exo_checks: &[], forced: false, by_certificate: Vec::new(), chain: None };
        super::super::table::check_shape(&rows(), &facts);
    }
}
