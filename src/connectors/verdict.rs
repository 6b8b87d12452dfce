//! The forced-TLS verdict per mail-flow direction (`shared/domain/connectors.md` §1 and §9):
//! A, Exchange Online → peer (outbound connector against the peer's server chain); B, peer →
//! Exchange Online (inbound connector and on-premises send connector against the sender's
//! certificate); C, the on-premises side validating Exchange Online's own certificate.
//! Chains are judged as Exchange Online judges them: Microsoft's roots only, never the user's.

use serde::{Deserialize, Serialize};

use crate::closed_set;

use super::exo_history::{era_at, Era};
use super::model::{Connector, Kind, TlsLevel};
use super::names::{match_certificate, same_dn};
use crate::catalog::FindingId;
use crate::finding::{Concerns, Evidence, Finding};
use crate::model::{AltNameKind, Certificate, Chain, ChainVerdict};
use crate::quote::powershell::Command;

/// The verdict on one direction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Direction {
    /// Which way mail flows, and who validates.
    pub id: DirectionId,
    /// "Exchange Online → peer via Outbound to …".
    pub title: String,
    /// The connectors that decide it, by index.
    pub connectors: Vec<usize>,
    /// The verdict.
    pub outcome: Outcome,
    /// The error Exchange would report, e.g. `450 4.4.317 … [Message=UntrustedRoot]`.
    pub exchange_error: Option<String>,
    /// For `cannot-tell`: what is needed.
    pub needs: Option<String>,
    /// The certificate judged (index), when one was.
    pub certificate: Option<usize>,
    /// Ready-to-run PowerShell that fixes it.
    pub fixes: Vec<String>,
}

/// Exchange Online's certificate at the evaluation date and whether the on-premises store trusts its root.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExoCertificate {
    /// The era in force, when known.
    pub era: Option<Era>,
    /// Whether the validating store (the one chosen in the input) holds that root, valid at the date.
    pub root_trusted: bool,
}

closed_set! {
    /// A mail-flow direction.
    pub enum DirectionId {
        /// Exchange Online sends to the peer and validates the peer's server certificate.
        ExoToPeer = "exo-to-peer",
        /// The peer sends to Exchange Online, which validates the sender's certificate.
        PeerToExo = "peer-to-exo",
        /// The on-premises send connector validates Exchange Online's certificate.
        OnpremTrustsExo = "onprem-trusts-exo",
    }
}

closed_set! {
    /// A direction's verdict.
    pub enum Outcome {
        /// Forced TLS will work.
        WillWork = "will-work",
        /// Forced TLS will fail, with the error Exchange reports.
        WillFail = "will-fail",
        /// TLS is opportunistic: mail flows in clear text if TLS fails.
        NotForced = "not-forced",
        /// Something needed to decide is missing from the input.
        CannotTell = "cannot-tell",
        /// The direction is not used.
        NotUsed = "not-used",
    }
}

/// What the verdict needs from the rest of the diagnosis.
pub struct Context<'a> {
    /// The pasted certificates.
    pub certs: &'a [Certificate],
    /// Chains as Exchange Online judges them (Microsoft store, no user roots).
    pub exo_chains: &'a [Chain],
    /// Transcripts' sent certificates (first = the server's).
    pub sent: &'a [Vec<usize>],
    /// The connectors.
    pub connectors: &'a [Connector],
    /// SHA-1 thumbprints of the roots the chosen (on-premises) store trusts and that are valid at the date.
    pub onprem_roots: &'a [String],
    /// The evaluation time.
    pub at: i64,
}

/// A certificate's names as Exchange compares them: subject CN and DNS SANs.
pub fn names(c: &Certificate) -> Vec<String> {
    c.subject_cn.iter().cloned().chain(c.subject_alt_names.iter().filter(|n| n.kind == AltNameKind::Dns).map(|n| n.value.clone())).collect()
}

/// Adds a fix to the direction, or, when a value from the input cannot be quoted safely, a
/// `command-value-refused` finding about connector `c` instead of the command.
fn push_fix(d: &mut Direction, f: &mut Vec<Finding>, c: &Connector, cmd: Command) {
    match cmd.build() {
        Ok(line) => d.fixes.push(line),
        Err(refused) => f.push(finding(FindingId::CommandValueRefused, c, Evidence::Refused { value: refused.value, reason: refused.reason })),
    }
}

fn finding(id: FindingId, c: &Connector, evidence: Evidence) -> Finding {
    Finding::new(id, Concerns::Connector { index: c.index, name: c.name.clone() }, evidence)
}

fn setting(name: &str, value: impl Into<String>) -> Evidence {
    Evidence::Setting { property: name.to_string(), value: value.into() }
}

/// The chain whose server certificate carries one of `patterns`; failing that, when this is the
/// only direction of its kind (so the pasted chain can only be meant for it), the transcript's chain
/// or the only chain, so that a wrong certificate is judged and reported rather than ignored.
fn pick<'a>(ctx: &Context<'a>, patterns: &[String], only_direction: bool) -> Option<&'a Chain> {
    let by_name = ctx.exo_chains.iter().find(|ch| ctx.certs.get(ch.leaf).is_some_and(|c| patterns.iter().any(|p| match_certificate(p, &names(c)).is_some())));
    by_name.or_else(|| {
        if !only_direction {
            return None;
        }
        ctx.exo_chains.iter().find(|ch| ctx.sent.iter().any(|s| s.first() == Some(&ch.leaf))).or_else(|| (ctx.exo_chains.len() == 1).then(|| &ctx.exo_chains[0]))
    })
}

/// The error Exchange Online reports for a rejected peer chain (connectors.md §9.1 rule 6, §10).
fn outbound_error(chain: &Chain, leaf: &Certificate, expected: &str) -> String {
    let message = match chain.headline {
        Some(FindingId::CertificateExpired | FindingId::CertificateNotYetValid) => "CertificateExpired",
        _ => "UntrustedRoot",
    };
    if message == "UntrustedRoot" {
        "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]".to_string()
    } else {
        format!("450 4.4.317 Cannot connect to remote server [Message={message} Expected Subject: {expected}. Presented Subject: {}. Thumbprint: {}.]", leaf.subject_windows, leaf.sha1_thumbprint)
    }
}

/// Exchange Online's certificate at `at`, and whether roots with these SHA-1 thumbprints include its root (§11).
pub fn exo_certificate(at: i64, trusted_roots_sha1: &[String]) -> ExoCertificate {
    let era = era_at(at).copied();
    let root_trusted = era.is_some_and(|e| trusted_roots_sha1.iter().any(|r| r.eq_ignore_ascii_case(e.root_sha1)));
    ExoCertificate { era, root_trusted }
}

/// Judges every direction the connectors describe. Returns the directions, Exchange Online's
/// certificate at the date, and the findings.
pub fn judge(ctx: &Context<'_>) -> (Vec<Direction>, ExoCertificate, Vec<Finding>) {
    let mut directions = Vec::new();
    let mut findings = Vec::new();
    for c in ctx.connectors {
        if !c.truncated.is_empty() {
            findings.push(finding(FindingId::ConnectorListTruncated, c, setting(&c.truncated.join(", "), "the list ends with \"...\"")));
        }
        if c.enabled == Some(false) {
            findings.push(finding(FindingId::ConnectorDisabled, c, setting("Enabled", "False")));
        }
        if c.kind == Kind::OnPremSend {
            findings.extend(send_combinations(c));
        }
    }
    let enabled = |k: Kind| ctx.connectors.iter().filter(move |c| c.kind == k && c.enabled != Some(false));
    let outbound: Vec<&Connector> = enabled(Kind::ExoOutbound).collect();
    for c in &outbound {
        let (d, f) = exo_to_peer(ctx, c, outbound.len() == 1);
        directions.push(d);
        findings.extend(f);
    }
    // A partner's inbound connector is a direction of its own (the partner's MTA sends); the
    // on-premises organisation's inbound connectors pair with its send connectors to Exchange Online.
    let (partners, onprem): (Vec<&Connector>, Vec<&Connector>) = enabled(Kind::ExoInbound).partition(|c| c.connector_type.as_deref() == Some("Partner"));
    let send: Vec<&Connector> = enabled(Kind::OnPremSend).filter(|c| to_exchange_online(c)).collect();
    let inbound_directions = partners.len() + usize::from(!onprem.is_empty() || !send.is_empty());
    for p in &partners {
        let (d, f) = peer_to_exo(ctx, "Partner", std::slice::from_ref(p), &[], inbound_directions == 1);
        directions.push(d);
        findings.extend(f);
    }
    if !onprem.is_empty() || !send.is_empty() {
        let (d, f) = peer_to_exo(ctx, "On-premises", &onprem, &send, inbound_directions == 1);
        directions.push(d);
        findings.extend(f);
    }
    let exo = exo_certificate(ctx.at, ctx.onprem_roots);
    for c in send.iter().filter(|c| matches!(c.tls_level, Some(TlsLevel::CertificateValidation | TlsLevel::DomainValidation))) {
        let (d, f) = onprem_trusts_exo(c, &exo);
        directions.push(d);
        findings.extend(f);
    }
    (directions, exo, findings)
}

/// Whether an on-premises send connector routes to Exchange Online (HCW's or a hand-made relay).
fn to_exchange_online(c: &Connector) -> bool {
    let lower = |s: &String| s.to_ascii_lowercase();
    c.domains.iter().map(lower).any(|d| d.ends_with(".mail.onmicrosoft.com"))
        || c.smart_hosts.iter().map(lower).any(|h| h.contains("mail.protection.outlook.com"))
        || c.tls_domain.as_ref().map(lower).is_some_and(|d| d == "mail.protection.outlook.com")
        || c.name.to_ascii_lowercase().contains("office 365")
}

/// connectors.md §5: combinations `Set-SendConnector` refuses, so the export was edited or is inconsistent.
fn send_combinations(c: &Connector) -> Vec<Finding> {
    let mut out = Vec::new();
    if c.tls_level.is_some() && c.require_tls == Some(false) {
        out.push(finding(FindingId::SendConnectorInvalidCombination, c, setting("TlsAuthLevel with RequireTLS", "RequireTLS False")));
    }
    if c.tls_domain.is_some() && c.tls_level != Some(TlsLevel::DomainValidation) {
        out.push(finding(FindingId::SendConnectorInvalidCombination, c, setting("TlsDomain without DomainValidation", c.tls_domain.clone().unwrap_or_default())));
    }
    if c.require_tls == Some(true) && c.ignore_starttls == Some(true) {
        out.push(finding(FindingId::SendConnectorIgnoresStarttls, c, setting("IgnoreSTARTTLS", "True")));
    }
    out
}

/// Direction A: Exchange Online → peer, decided by one outbound connector (connectors.md §9.1, §9.3).
fn exo_to_peer(ctx: &Context<'_>, c: &Connector, only_direction: bool) -> (Direction, Vec<Finding>) {
    let target = c.smart_hosts.first().cloned().or_else(|| c.domains.first().cloned()).unwrap_or_else(|| "the peer".into());
    let mut d = Direction { id: DirectionId::ExoToPeer, title: format!("Exchange Online → {target} (outbound connector \"{}\")", c.name), connectors: vec![c.index], outcome: Outcome::WillWork, exchange_error: None, needs: None, certificate: None, fixes: Vec::new() };
    let mut f = Vec::new();
    let Some(level) = c.tls_level else {
        d.outcome = Outcome::NotForced;
        f.push(finding(FindingId::OutboundTlsNotForced, c, setting("TlsSettings", "$null")));
        push_fix(&mut d, &mut f, c, Command::new("Set-OutboundConnector").arg("Identity", &c.name).token("TlsSettings", "DomainValidation").token("TlsDomain", "'<a name on the peer''s certificate>'"));
        return (d, f);
    };
    // §9.1 rule 3: no STARTTLS on the peer's receive connector fails any required TLS.
    let receive: Vec<&Connector> = ctx.connectors.iter().filter(|r| r.kind == Kind::OnPremReceive && r.enabled != Some(false)).collect();
    if !receive.is_empty() && receive.iter().all(|r| !r.auth_mechanism.is_empty() && !r.auth_mechanism.iter().any(|m| m.eq_ignore_ascii_case("Tls"))) {
        for r in &receive {
            f.push(finding(FindingId::ReceiveConnectorNoTls, r, setting("AuthMechanism", r.auth_mechanism.join(", "))));
            let mechanisms: Vec<String> = std::iter::once("Tls".to_string()).chain(r.auth_mechanism.iter().cloned()).collect();
            push_fix(&mut d, &mut f, r, Command::new("Set-ReceiveConnector").arg("Identity", &r.name).list("AuthMechanism", &mechanisms));
        }
        d.outcome = Outcome::WillFail;
        d.exchange_error = Some("450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]".into());
        return (d, f);
    }
    if level == TlsLevel::EncryptionOnly {
        // §9.1 rule 5: any certificate will do, even a self-signed or expired one.
        return (d, f);
    }
    let patterns: Vec<String> = c.tls_domain.iter().cloned().chain(c.smart_hosts.iter().cloned()).collect();
    let Some(chain) = pick(ctx, &patterns, only_direction) else {
        d.outcome = Outcome::CannotTell;
        d.needs = Some(format!("the peer's certificate chain: paste the output of openssl s_client -connect {target}:25 -starttls smtp -showcerts"));
        return (d, f);
    };
    let leaf = &ctx.certs[chain.leaf];
    d.certificate = Some(chain.leaf);
    // §6: the receive connector serves the certificate its TlsCertificateName names; a different
    // one means the pasted certificate is not what Exchange Online will be shown.
    for r in &receive {
        if let Some(n) = &r.tls_certificate_name {
            if !(same_dn(&leaf.issuer_windows, &n.issuer) && same_dn(&leaf.subject_windows, &n.subject)) {
                let id = if same_dn(&leaf.subject_windows, &n.subject) { FindingId::TlsCertificateNameStale } else { FindingId::TlsCertificateNameNotFound };
                f.push(finding(id, r, Evidence::NameMismatch { expected: n.raw.clone(), presented: vec![format!("<I>{}<S>{}", leaf.issuer_windows, leaf.subject_windows)] }));
                push_fix(&mut d, &mut f, r, Command::new("Set-ReceiveConnector").arg("Identity", &r.name).arg("TlsCertificateName", &format!("<I>{}<S>{}", leaf.issuer_windows, leaf.subject_windows)));
            }
        }
    }
    let expected = c.tls_domain.clone().unwrap_or_else(|| target.clone());
    if chain.verdict != ChainVerdict::Trusted {
        d.outcome = Outcome::WillFail;
        d.exchange_error = Some(outbound_error(chain, leaf, &expected));
        f.push(finding(FindingId::OutboundPeerChainRejected, c, Evidence::Exchange { error: d.exchange_error.clone().unwrap_or_default(), cause: chain.headline.map_or("not-trusted", |h| h.as_str()).to_string() }));
        return (d, f);
    }
    if level == TlsLevel::DomainValidation {
        let Some(tls_domain) = &c.tls_domain else {
            d.outcome = Outcome::CannotTell;
            d.needs = Some("a TlsDomain on the outbound connector: DomainValidation without TlsDomain is undocumented".into());
            f.push(finding(FindingId::OutboundDomainValidationNoTlsDomain, c, setting("TlsDomain", "$null")));
            push_fix(&mut d, &mut f, c, Command::new("Set-OutboundConnector").arg("Identity", &c.name).arg("TlsDomain", &suggest_name(leaf)));
            return (d, f);
        };
        if match_certificate(tls_domain, &names(leaf)).is_none() {
            d.outcome = Outcome::WillFail;
            d.exchange_error = Some(format!("450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: {tls_domain}. Presented Subject: {}. Thumbprint: {}.]", leaf.subject_windows, leaf.sha1_thumbprint));
            f.push(finding(FindingId::OutboundTlsDomainMismatch, c, Evidence::NameMismatch { expected: tls_domain.clone(), presented: names(leaf) }));
            push_fix(&mut d, &mut f, c, Command::new("Set-OutboundConnector").arg("Identity", &c.name).arg("TlsDomain", &suggest_name(leaf)));
        }
    }
    (d, f)
}

/// The name to put in TlsDomain / TlsSenderCertificateName for a certificate: its first DNS SAN, else its CN.
fn suggest_name(c: &Certificate) -> String {
    c.subject_alt_names.iter().find(|n| n.kind == AltNameKind::Dns).map(|n| n.value.clone()).or_else(|| c.subject_cn.clone()).unwrap_or_default()
}

/// A pasted certificate with the exact issuer and subject a TlsCertificateName names, or the
/// one with the same subject (a renewal with another issuer).
fn find_by_cert_name<'a>(certs: &'a [Certificate], issuer: &str, subject: &str) -> (Option<&'a Certificate>, Option<&'a Certificate>) {
    let exact = certs.iter().find(|c| same_dn(&c.issuer_windows, issuer) && same_dn(&c.subject_windows, subject));
    let same_subject = certs.iter().find(|c| same_dn(&c.subject_windows, subject));
    (exact, same_subject)
}

/// Direction B: peer → Exchange Online (connectors.md §9.2).
fn peer_to_exo(ctx: &Context<'_>, side: &str, inbound: &[&Connector], send: &[&Connector], only_direction: bool) -> (Direction, Vec<Finding>) {
    let names_list = inbound.iter().chain(send.iter()).map(|c| format!("\"{}\"", c.name)).collect::<Vec<_>>().join(", ");
    let mut d = Direction { id: DirectionId::PeerToExo, title: format!("{side} → Exchange Online ({names_list})"), connectors: inbound.iter().chain(send.iter()).map(|c| c.index).collect(), outcome: Outcome::WillWork, exchange_error: None, needs: None, certificate: None, fixes: Vec::new() };
    let mut f = Vec::new();
    let by_cert = |c: &&&Connector| c.tls_sender_certificate_name.is_some() && (c.connector_type.as_deref() == Some("OnPremises") || c.restrict_domains_to_certificate == Some(true));
    let cert_inbound = inbound.iter().find(by_cert).copied();
    let forced = inbound.iter().any(|c| c.require_tls == Some(true)) || send.iter().any(|c| c.require_tls == Some(true)) || cert_inbound.is_some();
    if !forced {
        d.outcome = Outcome::NotForced;
        for c in inbound {
            f.push(finding(FindingId::InboundTlsNotForced, c, setting("RequireTls", "False")));
            push_fix(&mut d, &mut f, c, Command::new("Set-InboundConnector").arg("Identity", &c.name).token("RequireTls", "$true"));
        }
        return (d, f);
    }
    if let Some(c) = send.iter().find(|c| c.require_tls == Some(true) && c.ignore_starttls == Some(true)) {
        d.outcome = Outcome::WillFail;
        d.exchange_error = Some("451 5.7.3 Must issue a STARTTLS command first".into());
        push_fix(&mut d, &mut f, c, Command::new("Set-SendConnector").arg("Identity", &c.name).token("IgnoreSTARTTLS", "$false"));
        return (d, f);
    }
    // The sender's certificate: the one the send connector names, else the one matching the inbound connector.
    let named = send.iter().find_map(|c| c.tls_certificate_name.as_ref().map(|n| (*c, n)));
    let mut sender: Option<&Certificate> = None;
    if let Some((c, n)) = named {
        match find_by_cert_name(ctx.certs, &n.issuer, &n.subject) {
            (Some(cert), _) => sender = Some(cert),
            (None, Some(renewed)) if !ctx.certs.is_empty() => {
                d.outcome = Outcome::WillFail;
                d.exchange_error = Some("454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.".into());
                f.push(finding(FindingId::TlsCertificateNameStale, c, Evidence::NameMismatch { expected: n.raw.clone(), presented: vec![format!("<I>{}<S>{}", renewed.issuer_windows, renewed.subject_windows)] }));
                push_fix(&mut d, &mut f, c, Command::new("Set-SendConnector").arg("Identity", &c.name).arg("TlsCertificateName", &format!("<I>{}<S>{}", renewed.issuer_windows, renewed.subject_windows)));
                sender = Some(renewed);
            }
            (None, None) if !ctx.certs.is_empty() => {
                f.push(finding(FindingId::TlsCertificateNameNotFound, c, Evidence::NameMismatch { expected: n.raw.clone(), presented: ctx.certs.iter().filter(|x| !x.self_issued).map(|x| format!("<I>{}<S>{}", x.issuer_windows, x.subject_windows)).collect() }));
            }
            _ => {}
        }
    } else if let Some(c) = send.first() {
        f.push(finding(FindingId::SendConnectorNoTlsCertificateName, c, setting("TlsCertificateName", "$null")));
    }
    let patterns: Vec<String> = cert_inbound.and_then(|c| c.tls_sender_certificate_name.clone()).into_iter().collect();
    let chain = match sender {
        Some(cert) => ctx.exo_chains.iter().find(|ch| ctx.certs.get(ch.leaf).is_some_and(|l| l.sha256 == cert.sha256)),
        None => pick(ctx, &patterns, only_direction),
    };
    let Some(chain) = chain else {
        if d.outcome == Outcome::WillWork {
            d.outcome = Outcome::CannotTell;
            d.needs = Some(if side == "Partner" {
                "the partner server's certificate and its chain (ask the partner, or paste the output of openssl s_client against their MX)".into()
            } else {
                "the on-premises server's certificate and its chain (Get-ExchangeCertificate | Export-Certificate, or paste the PEM)".into()
            });
        }
        return (d, f);
    };
    let leaf = &ctx.certs[chain.leaf];
    d.certificate = Some(chain.leaf);
    if d.outcome == Outcome::WillFail {
        return (d, f);
    }
    let Some(inbound_c) = cert_inbound else {
        return (d, f);
    };
    let is_partner = inbound_c.connector_type.as_deref() == Some("Partner");
    let attribution = if is_partner {
        "550 5.7.51 TenantInboundAttribution; There is a partner connector configured that matched the message's recipient domain. The connector had either the RestrictDomainsToIPAddresses or RestrictDomainsToCertificate set"
    } else {
        "550 5.7.64 TenantAttribution; Relay Access Denied"
    };
    // §9.2 rule 3: a public CA, not expired, full chain sent (KB3212877).
    if chain.verdict != ChainVerdict::Trusted {
        d.outcome = Outcome::WillFail;
        d.exchange_error = Some(attribution.into());
        f.push(finding(FindingId::InboundSenderChainRejected, inbound_c, Evidence::Exchange { error: attribution.into(), cause: chain.headline.map_or("not-trusted", |h| h.as_str()).to_string() }));
        return (d, f);
    }
    // §9.2 rule 4 and §8: OnPremises matches CN or SAN; Partner with RestrictDomainsToCertificate matches the subject.
    let expected = inbound_c.tls_sender_certificate_name.clone().unwrap_or_default();
    let presented = if is_partner { leaf.subject_cn.iter().cloned().collect::<Vec<_>>() } else { names(leaf) };
    if match_certificate(&expected, &presented).is_none() {
        d.outcome = Outcome::WillFail;
        d.exchange_error = Some(attribution.into());
        f.push(finding(FindingId::InboundCertificateNameMismatch, inbound_c, Evidence::NameMismatch { expected: expected.clone(), presented: presented.clone() }));
        push_fix(&mut d, &mut f, inbound_c, Command::new("Set-InboundConnector").arg("Identity", &inbound_c.name).arg("TlsSenderCertificateName", &suggest_name(leaf)));
    }
    (d, f)
}

/// Direction C: the on-premises send connector validating Exchange Online's certificate (§9.1 rule 8, §11).
fn onprem_trusts_exo(c: &Connector, exo: &ExoCertificate) -> (Direction, Vec<Finding>) {
    let mut d = Direction { id: DirectionId::OnpremTrustsExo, title: format!("On-premises \"{}\" validates Exchange Online's certificate", c.name), connectors: vec![c.index], outcome: Outcome::WillWork, exchange_error: None, needs: None, certificate: None, fixes: Vec::new() };
    let mut f = Vec::new();
    if c.tls_level == Some(TlsLevel::DomainValidation) && c.tls_domain.as_deref().is_some_and(|t| !t.eq_ignore_ascii_case("mail.protection.outlook.com")) {
        f.push(finding(FindingId::SendConnectorTlsDomainUnexpected, c, setting("TlsDomain", c.tls_domain.clone().unwrap_or_default())));
        d.outcome = Outcome::WillFail;
        d.exchange_error = Some("454 4.7.5 Certificate validation failure (the name does not match Exchange Online's certificate)".into());
        push_fix(&mut d, &mut f, c, Command::new("Set-SendConnector").arg("Identity", &c.name).token("TlsDomain", "'mail.protection.outlook.com'"));
    }
    match exo.era {
        None => {
            d.outcome = Outcome::CannotTell;
            d.needs = Some("an evaluation date from 2016-04-15 on (forcetls knows Exchange Online's certificates since then)".into());
        }
        Some(era) if !exo.root_trusted => {
            d.outcome = Outcome::WillFail;
            d.exchange_error = Some("454 4.7.5 Certificate validation failure (Exchange Online's root is not trusted)".into());
            f.push(finding(FindingId::OnpremDoesNotTrustExo, c, Evidence::Setting { property: "Exchange Online root".into(), value: era.root.into() }));
            d.fixes.push(format!("certutil -addstore Root <{} certificate file>   # on every server in SourceTransportServers", era.root));
        }
        Some(_) => {}
    }
    (d, f)
}
