//! All user-facing wording: turns a [`Diagnosis`] into a plain view model of strings.
//!
//! The Yew components and the CLI's text output only render this model, so everything a user reads
//! is produced (and snapshot-tested) natively here.

mod exchange;

use serde::{Deserialize, Serialize};

use crate::catalog::{self, FindingId};
use crate::civil_time::format_date;
use crate::closed_set;
use crate::connectors::verdict::{DirectionId, Outcome};
use crate::finding::{Concerns, Evidence, Finding, Severity};
use crate::quote;
use crate::model::{Certificate, Chain, ChainVerdict, Chosen, Diagnosis, Handshake, Location, NodeOrigin, SignatureStatus, ValidityStatus};

/// The whole page's content, as strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// One line saying what was found, e.g. "4 certificates, 1 private key ignored".
    pub summary_line: String,
    /// The evaluation date, `YYYY-MM-DD`.
    pub evaluated_on: String,
    /// The trust store that answered, e.g. "Mozilla (webpki-root-certs 1.0.11)".
    pub trust_store: String,
    /// One verdict and path per end-entity certificate.
    pub chains: Vec<ChainView>,
    /// Forced-TLS verdicts per mail-flow direction.
    pub directions: Vec<DirectionView>,
    /// Exchange Online's own certificate at the evaluation date, in words.
    pub exchange_online: String,
    /// Connectors, on Exchange Online's side and on the other side.
    pub connectors: Vec<ConnectorView>,
    /// The firewall worksheet and its exports.
    pub worksheet: WorksheetView,
    /// What changes at the rollover to the next chain, as rows; empty without one.
    pub rollover: Vec<Row>,
    /// Findings, most severe first.
    pub findings: Vec<FindingView>,
    /// One card per distinct certificate.
    pub certificates: Vec<CertificateView>,
    /// One card per `openssl s_client` transcript.
    pub handshakes: Vec<HandshakeView>,
}

/// One finding in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingView {
    /// The stable id.
    pub id: FindingId,
    /// How much it matters.
    pub severity: Severity,
    /// The catalogue's title.
    pub title: String,
    /// The evidence in words.
    pub detail: String,
    /// What to do.
    pub remedy: String,
    /// Where the rule comes from.
    pub reference: String,
}

/// One chain: verdict banner and the ordered path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainView {
    /// The chain's index.
    pub index: usize,
    /// "Chain for mail.contoso.test".
    pub title: String,
    /// Trusted or not.
    pub verdict: ChainVerdict,
    /// "Trusted" or "Not trusted: <headline finding's title>".
    pub verdict_text: String,
    /// The headline finding's id, when not trusted.
    pub headline: Option<FindingId>,
    /// The path, leaf first.
    pub nodes: Vec<ChainNodeView>,
    /// Why this path was shown, and how much path building did.
    pub note: String,
}

/// One certificate on a chain's path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainNodeView {
    /// The certificate's place on the path.
    pub role: NodeRole,
    /// The role in words: "Server certificate", "Intermediate", "Root (trust anchor)" or "Last certificate found".
    pub role_text: String,
    /// Its common name or subject.
    pub name: String,
    /// Validity at the evaluation time.
    pub status: ValidityStatus,
    /// "pasted (certificate #2)" or "from the trust store (Mozilla)".
    pub origin: String,
    /// "signature verified by the next certificate" and the like.
    pub signature: String,
    /// The pasted certificate's index, to link to its card.
    pub certificate: Option<usize>,
}

/// The firewall worksheet: rows and the four exports.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorksheetView {
    /// One row per endpoint: scheme, host, port, purpose, side, certificates.
    pub rows: Vec<[String; 6]>,
    /// `host:port` per line.
    pub host_list: String,
    /// CSV.
    pub csv: String,
    /// PowerShell test script.
    pub powershell: String,
    /// POSIX shell test script.
    pub shell: String,
}

/// One mail-flow direction's verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectionView {
    /// Which way mail flows.
    pub id: DirectionId,
    /// Which connectors and which way.
    pub title: String,
    /// The verdict.
    pub outcome: Outcome,
    /// The outcome in words.
    pub outcome_text: String,
    /// The error Exchange would report, as Exchange writes it.
    pub exchange_error: Option<String>,
    /// The certificate judged, by name.
    pub certificate: Option<String>,
    /// PowerShell to fix it.
    pub fixes: Vec<String>,
    /// The Microsoft page of the decision-table row that decided.
    #[serde(default)]
    pub reference: Option<String>,
}

/// One connector's key settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectorView {
    /// The connector's index.
    pub index: usize,
    /// Its name.
    pub name: String,
    /// "Exchange Online outbound connector" and the like.
    pub kind: String,
    /// Which column it belongs in.
    pub side: ConnectorSide,
    /// The TLS-relevant settings.
    pub rows: Vec<Row>,
    /// Every other property, as exported.
    pub other: Vec<(String, String)>,
}

/// One label/value row of a card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// The label, e.g. "Subject".
    pub label: String,
    /// The value as text.
    pub value: String,
}

/// One certificate in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateView {
    /// The index among distinct certificates.
    pub index: usize,
    /// The common name, or the subject when there is none.
    pub heading: String,
    /// The certificate's state, for styling.
    pub status: CertificateStatus,
    /// The status in words: "expires in 120 days".
    pub status_text: String,
    /// Every field of the inspector.
    pub rows: Vec<Row>,
}

/// One transcript in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandshakeView {
    /// "openssl s_client transcript at pasted text, line 1".
    pub heading: String,
    /// Handshake facts.
    pub rows: Vec<Row>,
}

closed_set! {
    /// A certificate's place on a chain's path.
    pub enum NodeRole {
        /// The end-entity certificate.
        Server = "server",
        /// A certificate between the server's and the anchor.
        Intermediate = "intermediate",
        /// The trust anchor that ends the path.
        Root = "root",
        /// The last certificate found on a path that does not reach an anchor.
        LastFound = "last-found",
    }
}

closed_set! {
    /// Which column of the forced-TLS view a connector belongs in.
    pub enum ConnectorSide {
        /// Exchange Online, our tenant.
        ExchangeOnline = "exchange-online",
        /// The other side: on-premises Exchange or a partner.
        Peer = "peer",
    }
}

closed_set! {
    /// A certificate card's state.
    pub enum CertificateStatus {
        /// Valid for at least the warning period.
        Valid = "valid",
        /// Past notAfter.
        Expired = "expired",
        /// Before notBefore.
        NotYetValid = "not-yet-valid",
        /// Valid, but expires within the warning period.
        ExpiresSoon = "expires-soon",
    }
}

impl Row {
    /// A row with this label and value.
    pub fn new(label: &str, value: impl Into<String>) -> Self {
        Row { label: label.to_string(), value: value.into() }
    }
}

impl Report {
    /// The report before anything was diagnosed.
    pub fn empty() -> Self {
        Report { summary_line: String::new(), evaluated_on: String::new(), trust_store: String::new(), chains: Vec::new(), directions: Vec::new(), exchange_online: String::new(), connectors: Vec::new(), worksheet: WorksheetView::default(), rollover: Vec::new(), findings: Vec::new(), certificates: Vec::new(), handshakes: Vec::new() }
    }
}

/// Builds the report for a diagnosis.
pub fn explain(d: &Diagnosis, lang: crate::i18n::Lang) -> Report {
    let _ = lang; // TODO: the wording layer words the report in `lang`.
    let names = Names { many_sources: d.sources.len() > 1 };
    Report {
        summary_line: summary_line(d, &names),
        evaluated_on: d.evaluated_at.get(..10).unwrap_or(&d.evaluated_at).to_string(),
        trust_store: d.trust.name.clone(),
        chains: d.chains.iter().enumerate().map(|(i, c)| chain_view(i, c, d)).collect(),
        directions: d.directions.iter().map(|x| direction_view(x, d)).collect(),
        exchange_online: exchange_online_text(d),
        connectors: d.connectors.iter().map(connector_view).collect(),
        rollover: d.rollover.as_ref().map(rollover_rows).unwrap_or_default(),
        worksheet: WorksheetView {
            rows: d.worksheet.iter().map(|r| [r.scheme.clone(), r.host.clone(), r.port.to_string(), r.purpose.to_string(), r.side.to_string(), r.certificates.join(", ")]).collect(),
            host_list: crate::worksheet::host_list(&d.worksheet),
            csv: crate::worksheet::csv(&d.worksheet),
            powershell: crate::worksheet::powershell(&d.worksheet),
            shell: crate::worksheet::shell(&d.worksheet),
        },
        findings: d.findings.iter().map(|f| finding_view(f, d, &names)).collect(),
        certificates: d.certificates.iter().map(|c| certificate_view(c, &names)).collect(),
        handshakes: d.handshakes.iter().map(|h| handshake_view(h, d, &names)).collect(),
    }
}

/// How to name locations: with the source's name only when there is more than one source.
struct Names {
    many_sources: bool,
}

impl Names {
    fn at(&self, l: &Location) -> String {
        let mut parts = Vec::new();
        if self.many_sources || l.line.is_none() {
            parts.push(l.source.clone());
        }
        if let Some(line) = l.line {
            parts.push(format!("line {line}"));
        }
        if let Some(item) = l.bundle_item {
            parts.push(format!("PKCS#7 item {item}"));
        }
        parts.join(", ")
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary_line(d: &Diagnosis, names: &Names) -> String {
    let s = &d.summary;
    let mut parts = vec![plural(s.certificates, "certificate", "certificates")];
    if s.duplicates > 0 {
        parts.push(plural(s.duplicates, "duplicate", "duplicates"));
    }
    if s.handshakes > 0 {
        parts.push(plural(s.handshakes, "s_client transcript", "s_client transcripts"));
    }
    use crate::connectors::model::Kind;
    let connectors = d.connectors.iter().filter(|c| c.kind != Kind::ExchangeCertificate).count();
    if connectors > 0 {
        parts.push(plural(connectors, "connector", "connectors"));
    }
    let records = d.connectors.len() - connectors;
    if records > 0 {
        parts.push(plural(records, "Get-ExchangeCertificate record", "Get-ExchangeCertificate records"));
    }
    let explained = d.findings.iter().filter(|f| f.id == crate::catalog::FindingId::ExchangeErrorExplained).map(|f| match f.evidence {
        Evidence::Grouped { shown, total } => total.saturating_sub(shown),
        _ => 1,
    }).sum::<usize>();
    if explained > 0 {
        parts.push(format!("{} explained", plural(explained, "Exchange error", "Exchange errors")));
    }
    if s.private_keys > 0 {
        parts.push(format!("{} ignored", plural(s.private_keys, "private key", "private keys")));
    }
    if s.certificate_requests > 0 {
        parts.push(format!("{} ignored", plural(s.certificate_requests, "certificate request", "certificate requests")));
    }
    if s.crls > 0 {
        parts.push(plural(s.crls, "CRL", "CRLs"));
    }
    if s.other_items > 0 {
        parts.push(format!("{} ignored", plural(s.other_items, "other block", "other blocks")));
    }
    if s.unreadable > 0 {
        let first = d.findings.iter().filter(|f| f.severity() == Severity::Error).find_map(|f| match &f.concerns {
            Concerns::Input { location } => Some(names.at(location)),
            _ => None,
        });
        let what = plural(s.unreadable, "unreadable block", "unreadable blocks");
        parts.push(match first {
            Some(at) if s.unreadable == 1 => format!("{what} at {at}"),
            Some(at) => format!("{what} (first at {at})"),
            None => what,
        });
    }
    if s.ignored_lines > 0 {
        parts.push(format!("{} of other text ignored", plural(s.ignored_lines, "line", "lines")));
    }
    parts.join(", ")
}

fn finding_view(f: &Finding, d: &Diagnosis, names: &Names) -> FindingView {
    let entry = catalog::entry(f.id);
    let about = match &f.concerns {
        Concerns::Input { location } => format!("At {}", names.at(location)),
        Concerns::Certificate { index, subject } => format!("Certificate #{} ({subject})", index + 1),
        Concerns::Handshake { index } => match d.handshakes.get(*index).and_then(|h| h.location.as_ref()) {
            Some(l) => format!("Transcript at {}", names.at(l)),
            None => format!("Transcript #{}", index + 1),
        },
        Concerns::Chain { index } => format!("Chain #{} ({})", index + 1, chain_title(d, *index)),
        Concerns::Connector { name, .. } => format!("Connector \"{name}\""),
        Concerns::Everything => String::new(),
    };
    let evidence = match &f.evidence {
        Evidence::PemBlock { label } => format!("-----BEGIN {label}-----"),
        Evidence::DecodeError { what, error } => format!("{what}: {error}"),
        Evidence::TooLarge { bytes, limit } => format!("{bytes} bytes; the limit is {limit} bytes"),
        Evidence::Validity { not_before, not_after, evaluated_at, days } => {
            let on = evaluated_at.get(..10).unwrap_or(evaluated_at);
            match *days {
                d if d < 0 => format!("valid {not_before} to {not_after}; expired {} before {on}", plural((-d) as usize, "day", "days")),
                _ if not_before.as_str() > evaluated_at.as_str() => format!("valid {not_before} to {not_after}; starts after {on}"),
                d => format!("valid {not_before} to {not_after}; expires {} after {on}", plural(d as usize, "day", "days")),
            }
        }
        Evidence::Duplicate { first, again, times } => format!("seen {times} times: first at {}, again at {}", names.at(first), names.at(again)),
        Evidence::IgnoredText { lines, first_line } => format!("{} not used, the first at line {first_line}", plural(*lines, "line", "lines")),
        Evidence::OpensslVerify { code, text, errors } => {
            let mut s = format!("Verify return code: {code} ({text})");
            for e in errors {
                s.push_str("; ");
                s.push_str(e);
            }
            s
        }
        Evidence::MissingIssuer { issuer, ca_issuers } if ca_issuers.is_empty() => format!("issuer not found: {issuer} (the certificate names no CA-issuers URL)"),
        Evidence::MissingIssuer { issuer, ca_issuers } => format!("issuer not found: {issuer}; download it from {}", ca_issuers.join(", ")),
        Evidence::Signature { issuer, error, key_id_matches } => {
            let keys = match key_id_matches {
                Some(false) => "; its key identifier differs from the authority key identifier: a different key with the same name",
                Some(true) => "; the key identifiers match, so the certificate itself was altered or damaged",
                None => "",
            };
            format!("checked with {issuer}: {error}{keys}")
        }
        Evidence::Constraints { version, ca, path_len, below } => {
            let bc = match (ca, path_len) {
                (None, _) => "no basic constraints".to_string(),
                (Some(ca), None) => format!("CA:{}", if *ca { "TRUE" } else { "FALSE" }),
                (Some(ca), Some(n)) => format!("CA:{}, pathlen:{n}", if *ca { "TRUE" } else { "FALSE" }),
            };
            let below = if *below > 0 { format!("; {} below it", plural(*below, "intermediate", "intermediates")) } else { String::new() };
            format!("X.509 v{version}, {bc}{below}")
        }
        Evidence::Usage { present, missing } => format!("has {}; lacks {missing}", if present.is_empty() { "nothing".to_string() } else { present.join(", ") }),
        Evidence::NameConstraints { names, permitted, excluded } => {
            format!("{} outside permitted [{}] or inside excluded [{}]", names.join(", "), permitted.join(", "), excluded.join(", "))
        }
        Evidence::Key { algorithm, bits } => format!("{algorithm} {bits} bits"),
        Evidence::Profile { rule, detail } => format!("{} ({}): {detail}", rule.text(), rule.section()),
        Evidence::Algorithm { oid, name } if oid == name => oid.clone(),
        Evidence::Algorithm { oid, name } => format!("{name} ({oid})"),
        Evidence::Order { sent, expected } => format!("sent {}; expected {}", sent.join(" → "), expected.join(" → ")),
        Evidence::WorkBudget { work, limit } => format!("{work}: limit {limit}"),
        Evidence::Budget { steps, signature_checks, paths } => format!("stopped after {steps} steps, {signature_checks} signature checks and {paths} paths"),
        Evidence::Count { shown, total } => format!("{shown} of {total} analysed"),
        Evidence::Grouped { shown, total } => format!("{} more like this left out: {total} in all, the first {shown} are listed", total.saturating_sub(*shown)),
        Evidence::Related { subject, relation } => format!("{subject}: {relation}"),
        Evidence::Setting { property, value } => format!("{property}: {value}"),
        Evidence::Conflict { settings } => settings.iter().map(|[p, v]| format!("{p} {v}")).collect::<Vec<_>>().join(" with "),
        Evidence::Truncated { properties } => format!("{}: the list ends with \"...\"", properties.join(", ")),
        Evidence::Exchange { error, cause } => {
            let why = cause.map_or("the chain is not trusted", |c| catalog::entry(c).title);
            format!("Exchange will report \"{}\" because: {why}", error.line())
        }
        Evidence::NameMismatch { expected, presented } => format!("expects {expected}; the certificate presents {}", if presented.is_empty() { "no name".to_string() } else { presented.join(", ") }),
        Evidence::ExoRoot { root, root_sha1, from } => format!("Exchange Online's root since {from}: {root} (SHA-1 {root_sha1})"),
        Evidence::ErrorLine { error } => exchange::explain(error),
        Evidence::Refused { value, reason } => format!("{value} ({reason})"),
        Evidence::Panic { message } => format!("panic: {message}"),
        Evidence::None => String::new(),
    };
    let detail = [about, evidence].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(": ");
    FindingView { id: f.id, severity: entry.severity, title: entry.title.to_string(), detail, remedy: entry.remedy.to_string(), reference: entry.reference.to_string() }
}

fn cert_name(c: &Certificate) -> String {
    if c.subject_cn.is_none() && c.subject.is_empty() { "(empty subject)".into() } else { c.name() }
}

fn chain_title(d: &Diagnosis, index: usize) -> String {
    d.chains.get(index).and_then(|c| d.certificates.get(c.leaf)).map(cert_name).unwrap_or_default()
}

fn chain_view(index: usize, c: &Chain, d: &Diagnosis) -> ChainView {
    let verdict_text = match (c.verdict, c.headline) {
        (ChainVerdict::Trusted, _) => "Trusted: the path ends at a root the validating side trusts".to_string(),
        (_, Some(id)) => format!("Not trusted: {}", catalog::entry(id).title),
        _ => "Not trusted".to_string(),
    };
    let last = c.path.len().saturating_sub(1);
    let nodes = c
        .path
        .iter()
        .enumerate()
        .map(|(pos, n)| {
            let role = match (pos, n.anchor) {
                (_, true) => NodeRole::Root,
                (0, _) => NodeRole::Server,
                (p, _) if p == last => NodeRole::LastFound,
                _ => NodeRole::Intermediate,
            };
            let role_text = match role {
                NodeRole::Root => "Root (trust anchor)",
                NodeRole::Server => "Server certificate",
                NodeRole::LastFound => "Last certificate found",
                NodeRole::Intermediate => "Intermediate",
            }
            .to_string();
            let name = n.name.clone();
            let origin = match (n.origin, n.certificate) {
                (NodeOrigin::Pasted, Some(i)) => format!("pasted (certificate #{})", i + 1),
                (NodeOrigin::Pasted, None) => "pasted".to_string(),
                (NodeOrigin::Mozilla, _) => "from the trust store (Mozilla)".to_string(),
                (NodeOrigin::Microsoft, _) => "from the trust store (roots Microsoft trusts beyond Mozilla)".to_string(),
                (NodeOrigin::User, _) => "a root you chose to trust".to_string(),
            };
            let signature = match n.signature {
                SignatureStatus::Verified => "signature verified with the next certificate's key",
                SignatureStatus::Failed => "signature does NOT verify",
                SignatureStatus::SelfSigned => "self-signed",
                SignatureStatus::NotChecked if n.anchor => "trusted as an anchor",
                SignatureStatus::NotChecked => "signature not checked (no issuer)",
            }
            .to_string();
            ChainNodeView { role, role_text, name, status: n.status, origin, signature, certificate: n.certificate }
        })
        .collect();
    let chosen = match c.chosen {
        Chosen::OnlyPath => "the only path".to_string(),
        Chosen::BestTrustedPath => format!("the best of {} paths to a trusted root", c.paths_considered),
        Chosen::NoTrustedPath => format!("no path reaches a trusted root; the most complete of {} is shown", plural(c.paths_considered, "path", "paths")),
    };
    let note = format!("Path shown: {chosen} ({} verified).", plural(c.signature_checks, "signature", "signatures"));
    ChainView { index, title: format!("Chain for {}", chain_title(d, index)), verdict: c.verdict, verdict_text, headline: c.headline, nodes, note }
}

fn direction_view(x: &crate::connectors::verdict::Direction, d: &Diagnosis) -> DirectionView {
    let outcome_text = match x.outcome {
        Outcome::WillWork => "Forced TLS will work".to_string(),
        Outcome::WillFail => "Forced TLS will fail".to_string(),
        Outcome::NotForced => "Not forced: opportunistic TLS (mail flows in clear text if TLS fails)".to_string(),
        Outcome::NotUsed => "Not used".to_string(),
        Outcome::CannotTell => format!("Cannot tell: need {}", x.needs.as_ref().map(exchange::need).unwrap_or_default()),
    };
    DirectionView {
        id: x.id,
        title: exchange::title(&x.title),
        outcome: x.outcome,
        outcome_text,
        exchange_error: x.exchange_error.as_ref().map(|e| e.line()),
        certificate: x.certificate.and_then(|i| d.certificates.get(i)).map(|c| format!("#{} {}", c.index + 1, cert_name(c))),
        fixes: x.fixes.clone(),
        reference: x.rule.map(|r| r.reference().to_string()),
    }
}

fn exchange_online_text(d: &Diagnosis) -> String {
    let on = d.evaluated_at.get(..10).unwrap_or(&d.evaluated_at);
    match &d.exchange_online.era {
        None => format!("Exchange Online's certificate on {on}: not known to forcetls (it knows them from 2016-04-15 on)."),
        Some(era) => format!(
            "Exchange Online's certificate on {on}: issued by {} under {} (SHA-1 {}). {} (source: {})",
            era.issuing_ca,
            era.root,
            era.root_sha1,
            if d.exchange_online.root_trusted { format!("The validating store ({}) trusts this root.", d.trust.name) } else { format!("The validating store ({}) does NOT trust this root at that date.", d.trust.name) },
            era.source
        ),
    }
}

fn connector_view(c: &crate::connectors::model::Connector) -> ConnectorView {
    use crate::connectors::model::Kind;
    let (kind, side) = match c.kind {
        Kind::ExoOutbound => ("Exchange Online outbound connector (Get-OutboundConnector)", ConnectorSide::ExchangeOnline),
        Kind::ExoInbound => ("Exchange Online inbound connector (Get-InboundConnector)", ConnectorSide::ExchangeOnline),
        Kind::OnPremSend => ("Exchange Server send connector (Get-SendConnector)", ConnectorSide::Peer),
        Kind::OnPremReceive => ("Exchange Server receive connector (Get-ReceiveConnector)", ConnectorSide::Peer),
        Kind::ExchangeCertificate => ("Exchange Server certificate (Get-ExchangeCertificate)", ConnectorSide::Peer),
        Kind::Unknown => ("Unrecognised PowerShell object", ConnectorSide::Peer),
    };
    let opt = or_dash;
    let flag = |v: Option<bool>| v.map(|b| if b { "True" } else { "False" }.to_string()).unwrap_or_else(|| "—".into());
    let mut rows = vec![Row { label: "Enabled".into(), value: flag(c.enabled) }];
    let mut push = |label: &str, value: String| rows.push(Row { label: label.into(), value });
    match c.kind {
        Kind::ExoOutbound => {
            push("ConnectorType", opt(&c.connector_type));
            push("TlsSettings", c.tls_level.map(|l| l.as_str().to_string()).unwrap_or_else(|| "$null (opportunistic)".into()));
            push("TlsDomain", opt(&c.tls_domain));
            push("SmartHosts", list(&c.smart_hosts));
            push("RecipientDomains", list(&c.domains));
        }
        Kind::ExoInbound => {
            push("ConnectorType", opt(&c.connector_type));
            push("RequireTls", flag(c.require_tls));
            push("TlsSenderCertificateName", opt(&c.tls_sender_certificate_name));
            push("RestrictDomainsToCertificate", flag(c.restrict_domains_to_certificate));
            push("SenderDomains", list(&c.domains));
        }
        Kind::OnPremSend => {
            push("RequireTLS", flag(c.require_tls));
            push("IgnoreSTARTTLS", flag(c.ignore_starttls));
            push("TlsAuthLevel", c.tls_level.map(|l| l.as_str().to_string()).unwrap_or_else(|| "$null".into()));
            push("TlsDomain", opt(&c.tls_domain));
            push("TlsCertificateName", c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_else(|| "—".into()));
            push("AddressSpaces", list(&c.domains));
            push("SmartHosts", list(&c.smart_hosts));
            push("Fqdn", opt(&c.fqdn));
        }
        Kind::OnPremReceive => {
            push("AuthMechanism", list(&c.auth_mechanism));
            push("RequireTLS", flag(c.require_tls));
            push("TlsCertificateName", c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_else(|| "—".into()));
            push("TlsDomainCapabilities", list(&c.tls_domain_capabilities));
            push("Fqdn", opt(&c.fqdn));
        }
        _ => {}
    }
    if !c.truncated.is_empty() {
        push("Truncated lists", c.truncated.join(", "));
    }
    push("Found at", format!("{}{} ({})", c.location.source, c.location.line.map(|l| format!(", line {l}")).unwrap_or_default(), c.format));
    ConnectorView { index: c.index, name: c.name.clone(), kind: kind.to_string(), side, rows, other: c.other.clone() }
}

/// The rollover comparison as rows of words.
pub fn rollover_rows(r: &crate::rollover::Rollover) -> Vec<Row> {
    let opt = or_dash;
    let mut rows = vec![
        Row::new("Certificate", format!("{} → {}", opt(&r.current), opt(&r.next))),
        Row::new("Root", if r.current_root == r.next_root { format!("unchanged: {}", opt(&r.current_root)) } else { format!("{} → {} (trust the new root on every validating server before the switch)", opt(&r.current_root), opt(&r.next_root)) }),
        Row::new("Expires", format!("{} → {}", opt(&r.expiry.0), opt(&r.expiry.1))),
        Row::new("Endpoints to open", list(&r.endpoints_added)),
        Row::new("Endpoints no longer needed", list(&r.endpoints_removed)),
    ];
    for c in &r.coverage {
        let state = match (c.before, c.after) {
            (true, true) => "still covered",
            (true, false) => "NO LONGER covered: update the connector or the certificate",
            (false, true) => "newly covered",
            (false, false) => "not covered before or after",
        };
        rows.push(Row::new("Name coverage", format!("{} = {}: {state}", c.setting, c.pattern)));
    }
    for (connector, value) in &r.tls_certificate_name_changes {
        let command = quote::powershell::Command::new("Set-SendConnector").arg("Identity", connector).arg("TlsCertificateName", value).build();
        let then = match command {
            Ok(line) => format!("after the switch run: {line} (Set-ReceiveConnector for a receive connector)"),
            Err(refused) => format!("the command is left out: {} cannot be put into a command safely ({})", refused.value, refused.reason),
        };
        rows.push(Row::new("TlsCertificateName", format!("\"{}\" will no longer match; {then}", quote::display(connector))));
    }
    rows
}

fn status_of(c: &Certificate) -> (CertificateStatus, String) {
    let days = c.validity.days_until_expiry;
    match c.validity.status {
        ValidityStatus::Expired => (CertificateStatus::Expired, format!("expired {} ago", plural((-days).max(0) as usize, "day", "days"))),
        ValidityStatus::NotYetValid => (CertificateStatus::NotYetValid, format!("not valid before {}", &c.not_before[..10.min(c.not_before.len())])),
        ValidityStatus::Valid if days < crate::diagnose::EXPIRES_SOON_DAYS => (CertificateStatus::ExpiresSoon, format!("expires in {}", plural(days as usize, "day", "days"))),
        ValidityStatus::Valid => (CertificateStatus::Valid, format!("expires in {}", plural(days as usize, "day", "days"))),
    }
}

/// An optional value, or a dash when absent.
fn or_dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "—".into())
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "—".into()
    } else {
        items.join(", ")
    }
}

fn certificate_view(c: &Certificate, names: &Names) -> CertificateView {
    let (status, status_text) = status_of(c);
    let key = match (&c.public_key.curve, c.public_key.bits) {
        (Some(curve), _) => format!("{} {curve}", c.public_key.algorithm),
        (None, Some(bits)) => format!("{} {bits} bits", c.public_key.algorithm),
        (None, None) => c.public_key.algorithm.clone(),
    };
    let sans: Vec<String> = c.subject_alt_names.iter().map(|n| if n.kind == crate::model::AltNameKind::Dns { n.value.clone() } else { format!("{}:{}", n.kind.as_str().to_uppercase(), n.value) }).collect();
    let constraints = match &c.basic_constraints {
        Some(bc) if bc.ca => format!("CA{}{}", bc.path_len.map(|n| format!(", path length ≤ {n}")).unwrap_or_default(), if bc.critical { " (critical)" } else { "" }),
        Some(bc) => format!("end entity{}", if bc.critical { " (critical)" } else { "" }),
        None => "absent".into(),
    };
    let policies = match c.validation_level {
        Some(level) => format!("{} ({level})", list(&c.policies)),
        None => list(&c.policies),
    };
    let found: Vec<String> = c.occurrences.iter().map(|l| names.at(l)).collect();
    let rows = vec![
        Row::new("Subject", c.subject.clone()),
        Row::new("Issuer", c.issuer.clone()),
        Row::new("Serial number", c.serial.clone()),
        Row::new("Valid from", c.not_before.clone()),
        Row::new("Valid until", format!("{} ({status_text})", c.not_after)),
        Row::new("Subject alternative names", list(&sans)),
        Row::new("Public key", key),
        Row::new("Signature algorithm", c.signature_algorithm.clone()),
        Row::new("SHA-256 fingerprint", c.sha256.clone()),
        Row::new("Thumbprint (SHA-1)", c.sha1_thumbprint.clone()),
        Row::new("Basic constraints", constraints),
        Row::new("Key usage", list(&c.key_usage)),
        Row::new("Extended key usage", list(&c.extended_key_usage)),
        Row::new("Subject key identifier", or_dash(&c.subject_key_id)),
        Row::new("Authority key identifier", or_dash(&c.authority_key_id)),
        Row::new("Certificate policies", policies),
        Row::new("OCSP", list(&c.ocsp_urls)),
        Row::new("CA issuers", list(&c.ca_issuers_urls)),
        Row::new("CRL distribution points", list(&c.crl_urls)),
        Row::new("Embedded SCTs", c.sct_count.to_string()),
        Row::new("Version", format!("v{}", c.version)),
        Row::new("Found at", found.join("; ")),
    ];
    let heading = cert_name(c);
    CertificateView { index: c.index, heading, status, status_text, rows }
}

fn handshake_view(h: &Handshake, d: &Diagnosis, names: &Names) -> HandshakeView {
    let heading = match &h.location {
        Some(l) => format!("openssl s_client transcript at {}", names.at(l)),
        None => "openssl s_client transcript".into(),
    };
    let text = or_dash;
    let verify = match (h.verify_return_code, &h.verify_return_text) {
        (Some(code), Some(t)) => format!("{code} ({t})"),
        (Some(code), None) => code.to_string(),
        _ => "—".into(),
    };
    let errors: Vec<String> = h.verify_errors.iter().map(|e| format!("depth {} ({}): {} {}", e.depth, e.subject, e.num, e.message)).collect();
    let sent: Vec<String> = h.certificates.iter().enumerate().map(|(n, &i)| {
        let name = d.certificates.get(i).map(Certificate::name).unwrap_or_default();
        format!("{n}: #{} {name}", i + 1)
    }).collect();
    let rows = vec![
        Row::new("STARTTLS", text(&h.starttls)),
        Row::new("Protocol", text(&h.protocol)),
        Row::new("Cipher", text(&h.cipher)),
        Row::new("Peer signing digest", text(&h.peer_signing_digest)),
        Row::new("Peer signature type", text(&h.peer_signature_type)),
        Row::new("Server temp key", text(&h.server_temp_key)),
        Row::new("Verify return code", verify),
        Row::new("Verify errors", list(&errors)),
        Row::new("Certificates sent", list(&sent)),
    ];
    HandshakeView { heading, rows }
}

/// A value for the terminal: control and bidirectional characters written as `\u{…}` (see
/// [`quote::display`]), so that text from input cannot move the cursor, recolour the terminal or
/// forge a line of the report.
fn t(value: &str) -> String {
    quote::display(value)
}

impl Report {
    /// Renders the report as plain text, for the CLI and for snapshot tests. Nothing is left out;
    /// control characters in values are escaped ([`quote::display`]).
    pub fn to_text(&self) -> String {
        let mut out = format!("forcetls report (evaluated on {}; trust store: {})\n{}\n", t(&self.evaluated_on), t(&self.trust_store), t(&self.summary_line));
        for x in &self.directions {
            out.push_str(&format!("\n{}\n  => {}\n", t(&x.title), t(&x.outcome_text)));
            if let Some(e) = &x.exchange_error {
                out.push_str(&format!("  Exchange will report: {}\n", t(e)));
            }
            if let Some(c) = &x.certificate {
                out.push_str(&format!("  Certificate judged: {}\n", t(c)));
            }
            if let Some(r) = &x.reference {
                out.push_str(&format!("  Rule: {r}\n"));
            }
            for f in &x.fixes {
                out.push_str(&format!("  Fix: {}\n", t(f)));
            }
        }
        if !self.directions.is_empty() {
            out.push_str(&format!("\n{}\n", t(&self.exchange_online)));
        }
        for c in &self.chains {
            out.push_str(&format!("\n{}: {}\n", t(&c.title), t(&c.verdict_text)));
            for (i, n) in c.nodes.iter().enumerate() {
                out.push_str(&format!("  {}. {} — {} [{}; {}; {}]\n", i + 1, t(&n.role_text), t(&n.name), n.status, t(&n.origin), t(&n.signature)));
            }
            out.push_str(&format!("  {}\n", t(&c.note)));
        }
        if !self.findings.is_empty() {
            out.push_str("\nFindings\n");
            for f in &self.findings {
                out.push_str(&format!("  [{}] {} — {}\n", f.severity, f.id.as_str(), t(&f.title)));
                if !f.detail.is_empty() {
                    out.push_str(&format!("      {}\n", t(&f.detail)));
                }
                out.push_str(&format!("      Remedy: {}\n      Reference: {}\n", t(&f.remedy), t(&f.reference)));
            }
        }
        for c in &self.certificates {
            out.push_str(&format!("\nCertificate #{}: {} [{}]\n", c.index + 1, t(&c.heading), t(&c.status_text)));
            for r in &c.rows {
                out.push_str(&format!("  {:<26} {}\n", t(&r.label), t(&r.value)));
            }
        }
        if !self.rollover.is_empty() {
            out.push_str("\nRollover to the new chain\n");
            for r in &self.rollover {
                out.push_str(&format!("  {:<26} {}\n", t(&r.label), t(&r.value)));
            }
        }
        if !self.worksheet.rows.is_empty() {
            out.push_str("\nFirewall worksheet (CA endpoints validators must reach)\n");
            for r in &self.worksheet.rows {
                out.push_str(&format!("  {:<6} {}:{} {} [{}] {}\n", t(&r[0]), t(&r[1]), t(&r[2]), t(&r[3]), t(&r[4]), t(&r[5])));
            }
        }
        for c in &self.connectors {
            out.push_str(&format!("\nConnector #{}: {} — {}\n", c.index + 1, t(&c.name), t(&c.kind)));
            for r in &c.rows {
                out.push_str(&format!("  {:<28} {}\n", t(&r.label), t(&r.value)));
            }
        }
        for h in &self.handshakes {
            out.push_str(&format!("\n{}\n", t(&h.heading)));
            for r in &h.rows {
                out.push_str(&format!("  {:<26} {}\n", t(&r.label), t(&r.value)));
            }
        }
        out
    }
}

/// Inert Markdown for any string in the report (see [`quote::markdown::text`]): names,
/// subjects, details and even the catalogue's own words, so that nothing from input can become a
/// link, an image, HTML, emphasis, a new block or a table cell boundary.
fn md(s: &str) -> String {
    quote::markdown::text(s)
}

impl Report {
    /// Renders the report as Markdown, for a ticket: verdicts, chains, findings, worksheet,
    /// certificates. Every string goes through [`quote::markdown::text`]; the fixes are one
    /// fenced block whose fence outlasts any backticks inside ([`quote::markdown::fenced`]).
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# forcetls diagnosis\n\nEvaluated on {}; trust store: {}.\n\n**{}**\n", md(&self.evaluated_on), md(&self.trust_store), md(&self.summary_line));
        if !self.directions.is_empty() {
            out.push_str("\n## Forced TLS by direction\n\n| direction | outcome | Exchange would report |\n|---|---|---|\n");
            for x in &self.directions {
                out.push_str(&format!("| {} | {} | {} |\n", md(&x.title), md(&x.outcome_text), md(x.exchange_error.as_deref().unwrap_or("—"))));
            }
            let fixes: Vec<&str> = self.directions.iter().flat_map(|x| &x.fixes).filter(|f| quote::check(f).is_ok()).map(String::as_str).collect();
            if !fixes.is_empty() {
                out.push_str("\nFixes:\n\n");
                out.push_str(&quote::markdown::fenced("powershell", &fixes.join("\n")));
            }
            out.push_str(&format!("\n{}\n", md(&self.exchange_online)));
        }
        for c in &self.chains {
            out.push_str(&format!("\n## {}\n\n{}\n\n", md(&c.title), md(&c.verdict_text)));
            for (i, n) in c.nodes.iter().enumerate() {
                out.push_str(&format!("{}. {} — **{}** ({}; {}; {})\n", i + 1, md(&n.role_text), md(&n.name), n.status, md(&n.origin), md(&n.signature)));
            }
        }
        if !self.findings.is_empty() {
            out.push_str("\n## Findings\n\n| severity | id | finding | details | remedy |\n|---|---|---|---|---|\n");
            for f in &self.findings {
                out.push_str(&format!("| {} | `{}` | {} | {} | {} |\n", f.severity, f.id.as_str(), md(&f.title), md(&f.detail), md(&f.remedy)));
            }
        }
        if !self.worksheet.rows.is_empty() {
            out.push_str("\n## Firewall worksheet\n\n| scheme | host | port | purpose | side | certificates |\n|---|---|---|---|---|---|\n");
            for r in &self.worksheet.rows {
                out.push_str(&format!("| {} |\n", r.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | ")));
            }
        }
        if !self.certificates.is_empty() {
            out.push_str("\n## Certificates\n\n| # | subject | issuer | valid until | SHA-1 thumbprint |\n|---|---|---|---|---|\n");
            for c in &self.certificates {
                let row = |label: &str| c.rows.iter().find(|r| r.label == label).map(|r| r.value.clone()).unwrap_or_default();
                out.push_str(&format!("| {} | {} | {} | {} | {} |\n", c.index + 1, md(&row("Subject")), md(&row("Issuer")), md(&row("Valid until")), md(&row("Thumbprint (SHA-1)"))));
            }
        }
        out
    }
}

/// `YYYY-MM-DD` for Unix seconds; re-exported for the UI's date control.
pub fn date(unix: i64) -> String {
    format_date(unix)
}
