//! The forced-TLS verdict per mail-flow direction, as decision tables: one function per direction
//! ([`exo_to_peer`], [`peer_to_exo`], [`onprem_trusts_exo`]) gathers the facts once and evaluates
//! an ordered list of rows; the first row that applies gives the outcome, the error Exchange
//! reports, what is needed, the findings and the fixes together, and cites the Microsoft page it
//! implements ([`Rule::reference`]). So a direction never says "will work" while one of its own
//! rows reports an error.
//!
//! The directions: Exchange Online → peer (outbound connector against the peer's server chain);
//! peer → Exchange Online (inbound connector and on-premises send connector against the sender's
//! certificate); and the on-premises side validating Exchange Online's own certificate. Chains are
//! judged as Exchange Online judges them: Microsoft's roots only, never the user's.
//!
//! Everything here is data (typed outcomes, errors, needs and evidence); the words are in
//! `report.rs`.

mod exo_to_peer;
mod onprem_trusts_exo;
mod peer_to_exo;
mod send_side;
pub mod table;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

pub use super::actor::Actor;
use super::errors::ErrorLine;
use super::exo_history::{era_at, Era};
use super::model::{Connector, Kind, TlsLevel};
use super::names::{dn_key, match_certificate};
use crate::budget::{Budget, Work};
use crate::catalog::FindingId;
use crate::closed_set;
use crate::finding::{Evidence, Finding};
use crate::model::{AltNameKind, Certificate, Chain};

/// The placeholder a fix holds where the admin must put a name from the peer's certificate (a
/// PowerShell literal, so the command stays well-formed); the report explains it in words.
pub const PEER_NAME_PLACEHOLDER: &str = "'<peer-certificate-name>'";

/// The verdict on one direction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Direction {
    /// Which way mail flows, and who validates.
    pub id: DirectionId,
    /// What the direction is about: its connectors and the peer, as data.
    pub title: Title,
    /// The connectors that decide it, by index.
    pub connectors: Vec<usize>,
    /// The verdict.
    pub outcome: Outcome,
    /// The error Exchange would report (`will-fail` only).
    pub exchange_error: Option<ErrorLine>,
    /// What is needed to decide (`cannot-tell` only).
    pub needs: Option<Need>,
    /// The certificate judged (index), when one was.
    pub certificate: Option<usize>,
    /// Ready-to-run PowerShell that fixes it.
    pub fixes: Vec<String>,
    /// The decision-table row that decided (none when the work budget stopped the judgement).
    #[serde(default)]
    pub rule: Option<Rule>,
    /// Who must act for forced TLS to work in this direction (none when it will work or is not used).
    #[serde(default)]
    pub actor: Option<Actor>,
}

/// What a direction is about, for its heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Title {
    /// Exchange Online → the peer through one outbound connector; `target` is its first smart host
    /// or recipient domain.
    Outbound { connector: String, target: Option<String> },
    /// A partner or the on-premises organisation → Exchange Online, through these inbound (and,
    /// on premises, send) connectors.
    Inbound { side: PeerKind, connectors: Vec<String> },
    /// An on-premises send connector validating Exchange Online's certificate.
    TrustsExo { connector: String },
}

/// What a `cannot-tell` direction needs, as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Need {
    /// The peer's server certificate chain. `command` is a ready `openssl s_client` command when
    /// the outbound connector's smart host is a host name or address; `domain` names the recipient
    /// domain whose MX host to ask when the connector routes by MX.
    PeerChain { host: Option<String>, domain: Option<String>, command: Option<String> },
    /// A TlsDomain on the outbound connector (DomainValidation without one is undocumented).
    TlsDomain { connector: String },
    /// The certificate a connector's TlsCertificateName names (`<I>issuer<S>subject`).
    NamedCertificate { connector: String, name: String },
    /// The sending server's certificate and chain; `name` is the TlsSenderCertificateName it
    /// must carry, when the inbound connector sets one.
    SenderCertificate { side: PeerKind, name: Option<String> },
    /// Whether the sending server uses STARTTLS with TLS 1.2 or later: nothing pasted shows it.
    SenderStarttls { side: PeerKind },
    /// An evaluation date on or after `from`, the start of Exchange Online's known certificate history.
    KnownDate { from: String },
    /// The work budget ran out before this direction was examined.
    NotExamined,
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

/// Which side a decision-table row's fix is on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Exchange Online's own connectors (the tenant's admin).
    Tenant,
    /// The peer's servers, connectors or certificate.
    Peer,
}

closed_set! {
    /// Who the peer is, for the directions that involve it.
    pub enum PeerKind {
        /// A partner organisation (a Partner inbound connector).
        Partner = "partner",
        /// The on-premises organisation (OnPremises inbound connectors and send connectors).
        OnPremises = "on-premises",
    }
}

/// Microsoft Learn: Set-OutboundConnector (TlsSettings, TlsDomain).
const SET_OUTBOUND: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/set-outboundconnector";
/// Microsoft Learn: Set-InboundConnector (RequireTls, TlsSenderCertificateName, RestrictDomainsToCertificate).
const SET_INBOUND: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/set-inboundconnector";
/// Microsoft Learn: Set-SendConnector (RequireTLS, IgnoreSTARTTLS, TlsAuthLevel, TlsDomain, TlsCertificateName).
const SET_SEND: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/set-sendconnector";
/// Microsoft Learn: Selection of inbound STARTTLS certificates (Exchange Server).
const STARTTLS_SELECTION: &str = "https://learn.microsoft.com/exchange/mail-flow/mail-routing/inbound-starttls-certificates-selection";
/// Microsoft Learn: How Exchange Online uses TLS to secure email connections.
const EXO_TLS: &str = "https://learn.microsoft.com/purview/exchange-online-uses-tls-to-secure-email-connections";
/// Microsoft Learn: Set up connectors to route mail between Microsoft 365 and your own email servers.
const ROUTE: &str = "https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail";
/// Microsoft Learn: "550 5.7.64 TenantAttribution" when sending mail externally in Microsoft 365.
const RELAY_DENIED: &str = "https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp";
/// Microsoft Support KB3212877: "550 5.7.64 TenantAttribution" when sending through Exchange Online Protection (the chain is not sent).
const KB3212877: &str = "https://support.microsoft.com/help/3212877";

closed_set! {
    /// A row of a direction's decision table (the tables are in the direction modules).
    pub enum Rule {
        /// Exchange Online → peer: TlsSettings is empty, so TLS is opportunistic.
        OutboundNotForced = "outbound-not-forced",
        /// Exchange Online → peer: no receive connector of the peer offers STARTTLS.
        ReceiveNoStarttls = "receive-no-starttls",
        /// Exchange Online → peer: EncryptionOnly accepts any certificate.
        OutboundEncryptionOnly = "outbound-encryption-only",
        /// Exchange Online → peer: the peer's chain was not pasted.
        PeerChainMissing = "peer-chain-missing",
        /// Exchange Online → peer: a receive connector names the certificate's old issuer, so it finds no certificate and offers no STARTTLS.
        ReceiveCertificateStale = "receive-certificate-stale",
        /// Exchange Online → peer: a receive connector names a certificate that was not pasted.
        ReceiveCertificateUnknown = "receive-certificate-unknown",
        /// Exchange Online → peer: the peer's chain fails Exchange Online's validation.
        PeerChainRejected = "peer-chain-rejected",
        /// Exchange Online → peer: DomainValidation without TlsDomain.
        OutboundNoTlsDomain = "outbound-no-tls-domain",
        /// Exchange Online → peer: TlsDomain is not a name on the certificate.
        OutboundSubjectMismatch = "outbound-subject-mismatch",
        /// Exchange Online → peer: the chain and the name pass.
        PeerValidated = "peer-validated",
        /// Peer → Exchange Online: nothing requires TLS.
        InboundNotForced = "inbound-not-forced",
        /// Peer → Exchange Online: a send connector requires TLS but ignores STARTTLS.
        SendIgnoresStarttls = "send-ignores-starttls",
        /// Peer → Exchange Online: a send connector names the certificate's old issuer.
        SendCertificateStale = "send-certificate-stale",
        /// Peer → Exchange Online: a send connector names a certificate that was not pasted.
        SendCertificateUnknown = "send-certificate-unknown",
        /// Peer → Exchange Online: a send connector names a certificate that the pasted
        /// Get-ExchangeCertificate list of the server does not hold.
        SendCertificateNotInstalled = "send-certificate-not-installed",
        /// Peer → Exchange Online: a send connector's validation of Exchange Online's certificate fails.
        SendValidationFails = "send-validation-fails",
        /// Peer → Exchange Online: whether a send connector's validation of Exchange Online's certificate passes cannot be told.
        SendValidationUnknown = "send-validation-unknown",
        /// Peer → Exchange Online: the on-premises send connector requires TLS and no inbound connector checks the certificate.
        TlsWithoutCertificateCheck = "tls-without-certificate-check",
        /// Peer → Exchange Online: TLS is required, but nothing shows whether the sender uses it.
        SenderStarttlsUnknown = "sender-starttls-unknown",
        /// Peer → Exchange Online: the sender's certificate was not pasted.
        SenderCertificateMissing = "sender-certificate-missing",
        /// Peer → Exchange Online: the sender's chain fails Exchange Online's validation.
        SenderChainRejected = "sender-chain-rejected",
        /// Peer → Exchange Online: the certificate does not carry TlsSenderCertificateName.
        SenderNameMismatch = "sender-name-mismatch",
        /// Peer → Exchange Online: the chain and the name pass.
        SenderValidated = "sender-validated",
        /// On premises → Exchange Online: DomainValidation with a TlsDomain Exchange Online's certificate does not carry.
        ExoNameUnexpected = "exo-name-unexpected",
        /// On premises → Exchange Online: a date before forcetls's history of Exchange Online's certificate.
        ExoDateUnknown = "exo-date-unknown",
        /// On premises → Exchange Online: the on-premises store does not trust Exchange Online's root.
        ExoRootUntrusted = "exo-root-untrusted",
        /// On premises → Exchange Online: the root is trusted.
        ExoTrusted = "exo-trusted",
        /// The work budget ran out before the direction was examined (not a row of any table).
        NotExamined = "not-examined",
    }
}

impl Rule {
    /// Which side must change something when this row decides against forced TLS: the tenant's
    /// own Exchange Online connectors, or the peer (its certificate, its send or receive
    /// connectors, its trust store).
    fn side(self) -> Side {
        use Rule::*;
        match self {
            OutboundNotForced | OutboundEncryptionOnly | PeerChainMissing | OutboundNoTlsDomain | OutboundSubjectMismatch | PeerValidated | ReceiveCertificateUnknown => Side::Tenant,
            InboundNotForced | TlsWithoutCertificateCheck | SenderCertificateMissing | SenderNameMismatch | SenderValidated | NotExamined => Side::Tenant,
            ReceiveNoStarttls | ReceiveCertificateStale | PeerChainRejected => Side::Peer,
            SendIgnoresStarttls | SendCertificateStale | SendCertificateUnknown | SendCertificateNotInstalled | SendValidationFails | SendValidationUnknown | SenderStarttlsUnknown | SenderChainRejected => Side::Peer,
            ExoNameUnexpected | ExoDateUnknown | ExoRootUntrusted | ExoTrusted => Side::Peer,
        }
    }

    /// Who must act when this row decides `outcome` and the peer is `peer`: nobody when forced TLS
    /// will work or the direction is unused; else you for your own connectors and for an
    /// on-premises peer, the partner for a partner's side.
    pub fn actor(self, outcome: Outcome, peer: PeerKind) -> Option<Actor> {
        if matches!(outcome, Outcome::WillWork | Outcome::NotUsed) {
            return None;
        }
        Some(match (self.side(), peer) {
            (Side::Peer, PeerKind::Partner) => Actor::Partner,
            _ => Actor::You,
        })
    }

    /// The public page the rule implements.
    pub fn reference(self) -> &'static str {
        use Rule::*;
        match self {
            OutboundNotForced | OutboundEncryptionOnly | PeerChainMissing | PeerChainRejected | OutboundNoTlsDomain | OutboundSubjectMismatch | PeerValidated => SET_OUTBOUND,
            ReceiveNoStarttls | ReceiveCertificateStale | ReceiveCertificateUnknown => STARTTLS_SELECTION,
            InboundNotForced | TlsWithoutCertificateCheck | SenderStarttlsUnknown | SenderCertificateMissing => SET_INBOUND,
            SendIgnoresStarttls | SendCertificateStale | SendCertificateUnknown | SendCertificateNotInstalled | SendValidationFails | SendValidationUnknown | ExoNameUnexpected => SET_SEND,
            SenderChainRejected => KB3212877,
            SenderNameMismatch => RELAY_DENIED,
            SenderValidated => ROUTE,
            ExoDateUnknown | ExoRootUntrusted | ExoTrusted => EXO_TLS,
            NotExamined => "https://cwe.mitre.org/data/definitions/400.html",
        }
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
    pub onprem_roots: &'a [&'a str],
    /// The evaluation time.
    pub at: i64,
    /// The diagnosis's work budget (pairs of connectors compared charge [`Work::ConnectorPairs`]).
    pub budget: &'a Budget,
}

/// A certificate's names as Exchange compares them: subject CN and DNS SANs.
pub fn names(c: &Certificate) -> Vec<String> {
    c.subject_cn.iter().cloned().chain(c.subject_alt_names.iter().filter(|n| n.kind == AltNameKind::Dns).map(|n| n.value.clone())).collect()
}

/// The name to put in TlsDomain / TlsSenderCertificateName for a certificate: its first DNS SAN, else its CN.
fn suggest_name(c: &Certificate) -> String {
    c.subject_alt_names.iter().find(|n| n.kind == AltNameKind::Dns).map(|n| n.value.clone()).or_else(|| c.subject_cn.clone()).unwrap_or_default()
}

/// A certificate's `<I>issuer<S>subject`, as TlsCertificateName takes it.
fn cert_name_of(c: &Certificate) -> String {
    format!("<I>{}<S>{}", c.issuer_windows, c.subject_windows)
}

/// The pasted certificates by issuer and subject (compared as [`dn_key`] forms), so that each
/// TlsCertificateName is looked up once instead of compared with every certificate.
struct CertIndex<'a> {
    exact: HashMap<(String, String), &'a Certificate>,
    by_subject: HashMap<String, &'a Certificate>,
}

impl<'a> CertIndex<'a> {
    fn new(certs: &'a [Certificate]) -> Self {
        let mut exact = HashMap::new();
        let mut by_subject = HashMap::new();
        for c in certs {
            exact.entry((dn_key(&c.issuer_windows), dn_key(&c.subject_windows))).or_insert(c);
            // A self-signed certificate with the same subject is not a renewal by a CA.
            if !c.self_issued {
                by_subject.entry(dn_key(&c.subject_windows)).or_insert(c);
            }
        }
        CertIndex { exact, by_subject }
    }

    /// How a TlsCertificateName relates to the pasted certificates.
    fn find(&self, issuer: &str, subject: &str) -> Named<'a> {
        let subject = dn_key(subject);
        match self.exact.get(&(dn_key(issuer), subject.clone())) {
            Some(c) => Named::Found(c),
            None => match self.by_subject.get(&subject) {
                Some(c) => Named::Stale(c),
                None => Named::Unknown,
            },
        }
    }
}

/// A TlsCertificateName against the pasted certificates.
#[derive(Clone, Copy)]
enum Named<'a> {
    /// A pasted certificate has exactly this issuer and subject.
    Found(&'a Certificate),
    /// A pasted certificate has this subject but another issuer: the certificate was renewed
    /// with a new issuer and the connector still names the old one.
    Stale(&'a Certificate),
    /// No pasted certificate has this subject.
    Unknown,
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

/// Exchange Online's certificate at `at`, and whether roots with these SHA-1 thumbprints include its root.
pub fn exo_certificate(at: i64, trusted_roots_sha1: &[&str]) -> ExoCertificate {
    let era = era_at(at).copied();
    let root_trusted = era.is_some_and(|e| trusted_roots_sha1.iter().any(|r| r.eq_ignore_ascii_case(e.root_sha1)));
    ExoCertificate { era, root_trusted }
}

/// Whether an on-premises send connector routes to Exchange Online (HCW's or a hand-made relay).
fn to_exchange_online(c: &Connector) -> bool {
    let lower = |s: &String| s.to_ascii_lowercase();
    c.domains.iter().map(lower).any(|d| d.ends_with(".mail.onmicrosoft.com"))
        || c.smart_hosts.iter().map(lower).any(|h| h.contains("mail.protection.outlook.com"))
        || c.tls_domain.as_ref().map(lower).is_some_and(|d| d == "mail.protection.outlook.com")
        || c.name.to_ascii_lowercase().contains("office 365")
}

fn enabled(c: &Connector) -> bool {
    c.enabled != Some(false)
}

/// Judges every direction the connectors describe. Returns the directions, Exchange Online's
/// certificate at the date, and the findings (each once, however many directions raise it).
pub fn judge(ctx: &Context<'_>) -> (Vec<Direction>, ExoCertificate, Vec<Finding>) {
    let mut findings = Findings::default();
    for c in ctx.connectors {
        findings.extend(connector_facts(c));
    }
    let index = CertIndex::new(ctx.certs);
    let mut directions = Vec::new();
    let of_kind = |k: Kind| ctx.connectors.iter().filter(move |c| c.kind == k && enabled(c));

    // Exchange Online → peer: one direction per outbound connector. The peer's receive
    // connectors are judged once; each outbound connector is compared with them (charged).
    let outbound: Vec<&Connector> = of_kind(Kind::ExoOutbound).collect();
    let receive: Vec<&Connector> = of_kind(Kind::OnPremReceive).collect();
    // NOTE: pasted receive connectors are the on-premises organisation's; they pair with the
    // OnPremises outbound connectors, or with every outbound connector when none is OnPremises
    // (a paste about one partner that runs Exchange).
    let any_onprem = outbound.iter().any(|c| c.connector_type.as_deref() == Some("OnPremises"));
    for c in &outbound {
        let pairs = !any_onprem || c.connector_type.as_deref() == Some("OnPremises");
        let paired: &[&Connector] = if pairs { &receive } else { &[] };
        let d = if ctx.budget.charge(Work::ConnectorPairs, paired.len() as u64) {
            let (d, f) = exo_to_peer::judge(ctx, c, paired, outbound.len() == 1);
            findings.extend(f);
            d
        } else {
            not_examined(DirectionId::ExoToPeer, Title::Outbound { connector: c.name.clone(), target: exo_to_peer::target(c) }, vec![c.index])
        };
        directions.push(d);
    }

    // Peer → Exchange Online: one direction per Partner inbound connector (the partner's MTA
    // sends), and one for the on-premises organisation's inbound and send connectors together.
    // Mail from on premises also needs each send connector's validation of Exchange Online's
    // certificate (judged first, listed after), and both share the send connector's own state.
    let (partners, onprem): (Vec<&Connector>, Vec<&Connector>) = of_kind(Kind::ExoInbound).partition(|c| c.connector_type.as_deref() == Some("Partner"));
    let send: Vec<&Connector> = of_kind(Kind::OnPremSend).filter(|c| to_exchange_online(c)).collect();
    // What Get-ExchangeCertificate listed, when it was pasted: the certificates a server holds.
    let records: Vec<&Connector> = ctx.connectors.iter().filter(|c| c.kind == Kind::ExchangeCertificate).collect();
    let installed = send_side::Installed::of(&records);
    let exo = exo_certificate(ctx.at, ctx.onprem_roots);
    let mut exo_directions = Vec::new();
    let mut exo_checks = Vec::new();
    for c in send.iter().filter(|c| matches!(c.tls_level, Some(TlsLevel::CertificateValidation | TlsLevel::DomainValidation))) {
        let (d, f) = onprem_trusts_exo::judge(c, send_side::SendSide::of(std::slice::from_ref(c), &index, ctx.certs, &installed), &exo);
        exo_checks.push(peer_to_exo::ExoCheck { outcome: d.outcome, error: d.exchange_error.clone(), needs: d.needs.clone(), findings: f.clone() });
        exo_directions.push(d);
        findings.extend(f);
    }
    let inbound_directions = partners.len() + usize::from(!onprem.is_empty() || !send.is_empty());
    for p in &partners {
        let none = send_side::SendSide::of(&[], &index, ctx.certs, &installed);
        let (d, f) = peer_to_exo::judge(ctx, none, &[], PeerKind::Partner, std::slice::from_ref(p), &[], inbound_directions == 1);
        directions.push(d);
        findings.extend(f);
    }
    if !onprem.is_empty() || !send.is_empty() {
        let sending = send_side::SendSide::of(&send, &index, ctx.certs, &installed);
        let (d, f) = peer_to_exo::judge(ctx, sending, &exo_checks, PeerKind::OnPremises, &onprem, &send, inbound_directions == 1);
        directions.push(d);
        findings.extend(f);
    }
    directions.extend(exo_directions);
    for d in &mut directions {
        let peer = match &d.title {
            Title::Inbound { side, .. } => *side,
            Title::TrustsExo { .. } => PeerKind::OnPremises,
            Title::Outbound { .. } => {
                let partner = d.connectors.first().and_then(|i| ctx.connectors.get(*i)).is_some_and(|c| c.connector_type.as_deref() != Some("OnPremises"));
                if partner { PeerKind::Partner } else { PeerKind::OnPremises }
            }
        };
        d.actor = d.rule.map_or(Some(Actor::You), |r| r.actor(d.outcome, peer));
    }
    // Send connectors to elsewhere that cannot start TLS at all are reported on their own.
    for c in ctx.connectors.iter().filter(|c| c.kind == Kind::OnPremSend && enabled(c) && !to_exchange_online(c)) {
        if c.require_tls == Some(true) && c.ignore_starttls == Some(true) {
            findings.push(table::connector_finding(FindingId::SendConnectorIgnoresStarttls, c, Evidence::Setting { property: "IgnoreSTARTTLS".into(), value: "True".into() }));
        }
    }
    (directions, exo, findings.list)
}

/// A direction the work budget did not allow to be examined.
fn not_examined(id: DirectionId, title: Title, connectors: Vec<usize>) -> Direction {
    Direction { id, title, connectors, outcome: Outcome::CannotTell, exchange_error: None, needs: Some(Need::NotExamined), certificate: None, fixes: Vec::new(), rule: None, actor: None }
}

/// Findings without repeats: a receive connector's finding raised for several outbound
/// connectors is listed once.
#[derive(Default)]
struct Findings {
    list: Vec<Finding>,
    seen: HashSet<String>,
}

impl Findings {
    fn push(&mut self, f: Finding) {
        if self.seen.insert(format!("{:?}", (f.id, &f.concerns, &f.evidence))) {
            self.list.push(f);
        }
    }

    fn extend(&mut self, fs: impl IntoIterator<Item = Finding>) {
        for f in fs {
            self.push(f);
        }
    }
}

/// What a connector says on its own, whatever direction it takes part in: a truncated export, a
/// disabled connector, and send connector settings `Set-SendConnector` refuses together.
fn connector_facts(c: &Connector) -> Vec<Finding> {
    let mut out = Vec::new();
    let setting = |property: &str, value: &str| Evidence::Setting { property: property.into(), value: value.into() };
    if !c.truncated.is_empty() {
        out.push(table::connector_finding(FindingId::ConnectorListTruncated, c, Evidence::Truncated { properties: c.truncated.clone() }));
    }
    if c.enabled == Some(false) {
        out.push(table::connector_finding(FindingId::ConnectorDisabled, c, setting("Enabled", "False")));
    }
    if c.kind == Kind::OnPremSend {
        // Set-SendConnector: TlsAuthLevel needs RequireTLS $true; TlsDomain needs DomainValidation.
        if let (Some(level), Some(false)) = (c.tls_level, c.require_tls) {
            out.push(table::connector_finding(FindingId::SendConnectorInvalidCombination, c, Evidence::Conflict { settings: vec![["TlsAuthLevel".into(), level.as_str().into()], ["RequireTLS".into(), "False".into()]] }));
        }
        if let Some(domain) = c.tls_domain.as_ref().filter(|_| c.tls_level != Some(TlsLevel::DomainValidation)) {
            let level = c.tls_level.map_or("$null", TlsLevel::as_str);
            out.push(table::connector_finding(FindingId::SendConnectorInvalidCombination, c, Evidence::Conflict { settings: vec![["TlsDomain".into(), domain.clone()], ["TlsAuthLevel".into(), level.into()]] }));
        }
    }
    out
}

/// A direction from a table's decision.
fn direction(id: DirectionId, title: Title, connectors: Vec<usize>, certificate: Option<usize>, d: table::Decision) -> (Direction, Vec<Finding>) {
    debug_assert!(d.outcome != Outcome::WillWork || !d.findings.iter().any(|f| f.severity() == crate::finding::Severity::Error), "{}: will-work with an error finding", d.rule);
    let direction = Direction { id, title, connectors, outcome: d.outcome, exchange_error: d.error, needs: d.needs, certificate, fixes: d.fixes, rule: Some(d.rule), actor: None };
    (direction, d.findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_cites_a_public_page() {
        for rule in Rule::ALL {
            assert!(rule.reference().starts_with("https://"), "{rule}");
        }
    }
}
