//! All user-facing wording of a diagnosis: turns a [`Diagnosis`] into a plain view model of
//! strings in one language, from the Fluent messages in `locales/<lang>/{report,exchange,findings}.ftl`.
//!
//! The Yew components and the CLI's text output only render this model, so everything a user reads
//! is produced (and snapshot-tested) natively here; the model is `Serialize + Deserialize`, so it can
//! cross a worker boundary as data. Every row and section carries a stable key (`Row::key`) for
//! tests and styles, never its label.

mod exchange;
mod ndr;

use serde::{Deserialize, Serialize};

use crate::catalog::{self, FindingId};
use crate::civil_time::format_date;
use crate::closed_set;
use crate::connectors::actor::Actor;
use crate::connectors::verdict::{DirectionId, Outcome};
use crate::finding::{Concerns, CrlProblem, Evidence, Finding, KeyProblem, ProfileDetail, SanProblem, Severity, SignatureProblem, ViolationKind};
use crate::i18n::{Lang, Words};
use crate::model::{Certificate, Chain, ChainVerdict, Chosen, Diagnosis, Handshake, Location, NodeOrigin, SignatureStatus, ValidityStatus};
use crate::quote;
use crate::w;

/// The whole page's content, as strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The language the report is worded in.
    #[serde(default)]
    pub lang: Lang,
    /// The words of the report's own text and Markdown renderings (headings, labels).
    #[serde(default)]
    pub labels: Labels,
    /// One line saying what was found, e.g. "4 certificates, 1 private key ignored".
    pub summary_line: String,
    /// The evaluation date as the language writes it ("1 June 2026").
    pub evaluated_on: String,
    /// The trust store that answered, e.g. "Mozilla (webpki-root-certs 1.0.11)".
    pub trust_store: String,
    /// The answer first: one line per direction (per chain when there are no connectors, per
    /// Exchange error line pasted), each with who must act and the card it links to.
    #[serde(default)]
    pub results: Vec<ResultLine>,
    /// One card per Exchange error line (NDR, message trace) pasted.
    #[serde(default)]
    pub ndrs: Vec<NdrView>,
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

/// One line of the result bar: a verdict, who must act, and the card that explains it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultLine {
    /// The id of the card it links to (`direction-0`, `chain-1`, `ndr-0`).
    pub target: String,
    /// How it went, for colour: a direction's outcome, `trusted`/`not-trusted`, or `error`.
    pub state: String,
    /// The line in words: what and how it went.
    pub text: String,
    /// Who must act, when someone must.
    pub actor: Option<Actor>,
    /// Who must act, in words.
    pub actor_text: String,
}

/// One Exchange error line explained as a card: meaning, likely cause, next steps with commands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NdrView {
    /// Its position among the NDR cards.
    pub index: usize,
    /// The code and message, e.g. `450 4.4.317 [UntrustedRoot]`.
    pub label: String,
    /// Where it was pasted.
    pub at: String,
    /// The line as Exchange writes it (rebuilt from what was recognised).
    pub line: String,
    /// What it means.
    pub meaning: String,
    /// What this line itself says (presented and expected subject, thumbprint, server).
    pub specifics: String,
    /// The likely cause.
    pub cause: String,
    /// The fix, in words.
    pub fix: String,
    /// Who must act.
    pub actor: Actor,
    /// Who must act, in words.
    pub actor_text: String,
    /// Next steps in order: each a sentence and, when one helps, a command.
    pub steps: Vec<(String, Option<String>)>,
    /// Microsoft's (or the RFC's) page for the code.
    pub reference: String,
}

/// One finding in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingView {
    /// The stable id.
    pub id: FindingId,
    /// How much it matters.
    pub severity: Severity,
    /// The severity in words.
    #[serde(default)]
    pub severity_text: String,
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
    /// Whose view the verdict is: Exchange Online's (Microsoft's roots) or the selected store's.
    #[serde(default = "default_viewpoint")]
    pub viewpoint: Viewpoint,
    /// Whose view, in words.
    #[serde(default)]
    pub viewpoint_text: String,
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
    /// The validity in words.
    #[serde(default)]
    pub status_text: String,
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
    /// One row per endpoint: scheme, host, port, purpose, side, certificates (purpose and side in words).
    pub rows: Vec<[String; 6]>,
    /// The column headings, in words.
    #[serde(default)]
    pub columns: [String; 6],
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
    /// What each `<…>` placeholder in the fixes stands for, in words.
    #[serde(default)]
    pub fix_notes: Vec<String>,
    /// The Microsoft page of the decision-table row that decided.
    #[serde(default)]
    pub reference: Option<String>,
    /// Commands that collect what a `cannot-tell` direction needs (the STARTTLS probe for the
    /// peer's host, the certificate export), each to copy.
    #[serde(default)]
    pub collect: Vec<String>,
    /// Who must act, when someone must.
    #[serde(default)]
    pub actor: Option<Actor>,
    /// Who must act, in words (empty when nobody must).
    #[serde(default)]
    pub actor_text: String,
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
    /// The row's stable key, e.g. `subject` or a connector property (`TlsDomain`): the hook for
    /// tests and styles (`data-key`), the same in every language.
    #[serde(default)]
    pub key: String,
    /// The label in words, e.g. "Subject".
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

/// The words of the report's text and Markdown renderings, made with the report so that the page
/// can export Markdown without the report's messages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Labels {
    pub text_heading: String,
    #[serde(default)]
    pub who_must_act: String,
    pub exchange_will_report: String,
    pub certificate_judged: String,
    pub rule: String,
    pub fix: String,
    pub note: String,
    pub findings: String,
    pub remedy: String,
    pub reference: String,
    pub certificate: String,
    pub connector: String,
    pub rollover: String,
    pub worksheet: String,
    pub md_heading: String,
    pub md_evaluated: String,
    pub md_directions: String,
    pub md_directions_columns: String,
    pub md_fixes: String,
    pub md_findings: String,
    pub md_findings_columns: String,
    pub md_worksheet: String,
    pub md_worksheet_columns: String,
    pub md_certificates: String,
    pub md_certificates_columns: String,
    pub dash: String,
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
    /// Whose validation a chain card shows.
    pub enum Viewpoint {
        /// Microsoft's roots and nothing added: what Exchange Online (and a Windows server with
        /// the same roots) decides.
        ExchangeOnline = "exchange-online",
        /// Another store, or roots the user added: the selected validating side's view, which
        /// Exchange Online does not share.
        SelectedStore = "selected-store",
    }
}

fn default_viewpoint() -> Viewpoint {
    Viewpoint::SelectedStore
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
    /// A row with this key, label and value.
    pub fn new(key: &str, label: impl Into<String>, value: impl Into<String>) -> Self {
        Row { key: key.to_string(), label: label.into(), value: value.into() }
    }

    /// A row whose label is the message `row-<key>`.
    fn worded(words: &Words, key: &str, value: impl Into<String>) -> Self {
        Row::new(key, w!(words, &format!("row-{key}")), value)
    }
}

impl Report {
    /// The report before anything was diagnosed.
    pub fn empty() -> Self {
        Report { lang: Lang::En, labels: Labels::default(), summary_line: String::new(), evaluated_on: String::new(), trust_store: String::new(), results: Vec::new(), ndrs: Vec::new(), chains: Vec::new(), directions: Vec::new(), exchange_online: String::new(), connectors: Vec::new(), worksheet: WorksheetView::default(), rollover: Vec::new(), findings: Vec::new(), certificates: Vec::new(), handshakes: Vec::new() }
    }
}

/// Builds the report for a diagnosis, worded in `lang`.
pub fn explain(d: &Diagnosis, lang: Lang) -> Report {
    let words = crate::i18n::report(lang);
    let names = Names { many_sources: d.sources.len() > 1, words };
    let trust_store = trust_store(words, &d.trust);
    let evaluated_on = words.date(&d.evaluated_at);
    let chains: Vec<ChainView> = d.chains.iter().enumerate().map(|(i, c)| chain_view(words, i, c, d)).collect();
    let directions: Vec<DirectionView> = d.directions.iter().map(|x| direction_view(words, x, d)).collect();
    let ndrs = ndr::views(words, d, &|l| names.at(l));
    Report {
        lang,
        labels: labels(words, &evaluated_on, &trust_store),
        summary_line: summary_line(d, &names),
        evaluated_on,
        results: ndr::results(words, &directions, &chains, &ndrs),
        ndrs,
        chains,
        directions,
        exchange_online: exchange_online_text(words, d),
        trust_store,
        connectors: d.connectors.iter().map(|c| connector_view(words, c)).collect(),
        rollover: d.rollover.as_ref().map(|r| rollover_rows(lang, r)).unwrap_or_default(),
        worksheet: WorksheetView {
            rows: d.worksheet.iter().map(|r| [r.scheme.clone(), r.host.clone(), r.port.to_string(), w!(words, &format!("purpose-{}", r.purpose)), w!(words, &format!("side-{}", r.side)), r.certificates.join(", ")]).collect(),
            columns: columns(&w!(words, "md-worksheet-columns")),
            host_list: crate::worksheet::host_list(&d.worksheet),
            csv: crate::worksheet::csv(&d.worksheet),
            powershell: crate::worksheet::powershell(&d.worksheet, &script_comments(lang)),
            shell: crate::worksheet::shell(&d.worksheet, &script_comments(lang)),
        },
        findings: d.findings.iter().map(|f| finding_view(f, d, &names)).collect(),
        certificates: d.certificates.iter().map(|c| certificate_view(c, &names)).collect(),
        handshakes: d.handshakes.iter().map(|h| handshake_view(h, d, &names)).collect(),
    }
}

/// The worksheet scripts' comments in `lang` (`worksheet::powershell(rows, &script_comments(lang))`).
pub fn script_comments(lang: Lang) -> impl Fn(crate::worksheet::Comment<'_>) -> String {
    use crate::worksheet::Comment;
    let words = crate::i18n::report(lang);
    move |c| match c {
        Comment::PowerShellHeader => w!(words, "script-powershell-header"),
        Comment::EveryEndpoint => w!(words, "script-every-endpoint"),
        Comment::RetrievalPerUrl => w!(words, "script-retrieval-per-url"),
        Comment::FullChainCheck => w!(words, "script-full-chain-check"),
        Comment::ShellHeader => w!(words, "script-shell-header"),
        Comment::OcspNeedsFiles { host } => w!(words, "script-ocsp-needs-files", host = host),
        Comment::LeftOut { count } => w!(words, "script-left-out", count = count),
    }
}

fn columns(text: &str) -> [String; 6] {
    let mut out: [String; 6] = Default::default();
    for (slot, column) in out.iter_mut().zip(text.split(" | ")) {
        *slot = column.to_string();
    }
    out
}

fn labels(words: &Words, date: &str, store: &str) -> Labels {
    let l = |id: &str| w!(words, id);
    Labels {
        text_heading: w!(words, "text-heading", date = date, store = store),
        who_must_act: l("text-who-must-act"),
        exchange_will_report: l("text-exchange-will-report"),
        certificate_judged: l("text-certificate-judged"),
        rule: l("text-rule"),
        fix: l("text-fix"),
        note: l("text-note"),
        findings: l("text-findings"),
        remedy: l("text-remedy"),
        reference: l("text-reference"),
        certificate: l("text-certificate"),
        connector: l("text-connector"),
        rollover: l("text-rollover"),
        worksheet: l("text-worksheet"),
        md_heading: l("md-heading"),
        md_evaluated: w!(words, "md-evaluated", date = date, store = store),
        md_directions: l("md-directions"),
        md_directions_columns: l("md-directions-columns"),
        md_fixes: l("md-fixes"),
        md_findings: l("md-findings"),
        md_findings_columns: l("md-findings-columns"),
        md_worksheet: l("md-worksheet"),
        md_worksheet_columns: l("md-worksheet-columns"),
        md_certificates: l("md-certificates"),
        md_certificates_columns: l("md-certificates-columns"),
        dash: l("dash"),
    }
}

/// The trust store that answered, in words.
fn trust_store(words: &Words, t: &crate::trust::StoreInfo) -> String {
    use crate::trust::StoreChoice;
    match t.choice {
        StoreChoice::Microsoft => w!(words, "store-microsoft", version = &t.version, extras = t.microsoft_extras),
        StoreChoice::Mozilla => w!(words, "store-mozilla", version = &t.version),
        StoreChoice::None => w!(words, "store-none"),
    }
}

/// How to name locations: with the source's name only when there is more than one source.
struct Names {
    many_sources: bool,
    words: &'static Words,
}

impl Names {
    fn at(&self, l: &Location) -> String {
        let mut parts = Vec::new();
        if self.many_sources || l.line.is_none() {
            parts.push(l.source.clone());
        }
        if let Some(line) = l.line {
            parts.push(w!(self.words, "location-line", line = line));
        }
        if let Some(item) = l.bundle_item {
            parts.push(w!(self.words, "location-bundle-item", item = item));
        }
        parts.join(&w!(self.words, "location-separator"))
    }

    /// A location with its source always named (a CRL pasted elsewhere).
    fn full(&self, l: &Location) -> String {
        let mut parts = vec![l.source.clone()];
        if let Some(line) = l.line {
            parts.push(w!(self.words, "location-line", line = line));
        }
        parts.join(&w!(self.words, "location-separator"))
    }
}

fn summary_line(d: &Diagnosis, names: &Names) -> String {
    let words = names.words;
    let s = &d.summary;
    let count = |id: &str, n: usize| w!(words, id, count = n);
    let mut parts = vec![count("summary-certificates", s.certificates)];
    if s.duplicates > 0 {
        parts.push(count("summary-duplicates", s.duplicates));
    }
    if s.handshakes > 0 {
        parts.push(count("summary-handshakes", s.handshakes));
    }
    use crate::connectors::model::Kind;
    let connectors = d.connectors.iter().filter(|c| c.kind != Kind::ExchangeCertificate).count();
    if connectors > 0 {
        parts.push(count("summary-connectors", connectors));
    }
    let records = d.connectors.len() - connectors;
    if records > 0 {
        parts.push(count("summary-certificate-records", records));
    }
    let explained = d.findings.iter().filter(|f| f.id == crate::catalog::FindingId::ExchangeErrorExplained).map(|f| match f.evidence {
        Evidence::Grouped { shown, total } => total.saturating_sub(shown),
        _ => 1,
    }).sum::<usize>();
    if explained > 0 {
        parts.push(count("summary-exchange-errors", explained));
    }
    if s.private_keys > 0 {
        parts.push(count("summary-private-keys", s.private_keys));
    }
    if s.certificate_requests > 0 {
        parts.push(count("summary-requests", s.certificate_requests));
    }
    if s.crls > 0 {
        parts.push(count("summary-crls", s.crls));
    }
    if s.other_items > 0 {
        parts.push(count("summary-other-blocks", s.other_items));
    }
    if s.unreadable > 0 {
        let first = d.findings.iter().filter(|f| f.severity() == Severity::Error).find_map(|f| match &f.concerns {
            Concerns::Input { location } => Some(names.at(location)),
            _ => None,
        });
        parts.push(match first {
            Some(at) => w!(words, "summary-unreadable-at", count = s.unreadable, at = at),
            None => count("summary-unreadable", s.unreadable),
        });
    }
    if s.ignored_lines > 0 {
        parts.push(count("summary-ignored-lines", s.ignored_lines));
    }
    parts.join(&w!(words, "summary-separator"))
}

fn finding_view(f: &Finding, d: &Diagnosis, names: &Names) -> FindingView {
    let words = names.words;
    let entry = catalog::entry(f.id);
    let about = match &f.concerns {
        Concerns::Input { location } => w!(words, "concerns-input", at = names.at(location)),
        Concerns::Certificate { index, subject } => w!(words, "concerns-certificate", number = index + 1, subject = subject),
        Concerns::Handshake { index } => match d.handshakes.get(*index).and_then(|h| h.location.as_ref()) {
            Some(l) => w!(words, "concerns-handshake-at", at = names.at(l)),
            None => w!(words, "concerns-handshake", number = index + 1),
        },
        Concerns::Chain { index } => w!(words, "concerns-chain", number = index + 1, name = chain_title(words, d, *index)),
        Concerns::Connector { name, .. } => w!(words, "concerns-connector", name = name),
        Concerns::Everything => String::new(),
    };
    let evidence = evidence_text(&f.evidence, names);
    let detail = [about, evidence].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(&w!(words, "detail-separator"));
    FindingView {
        id: f.id,
        severity: entry.severity,
        severity_text: w!(words, &format!("severity-{}", entry.severity)),
        title: catalog::title(f.id, words),
        detail,
        remedy: catalog::remedy(f.id, words),
        reference: entry.reference.to_string(),
    }
}

/// A finding's evidence in words.
fn evidence_text(evidence: &Evidence, names: &Names) -> String {
    let words = names.words;
    let join = |items: &[String]| items.join(", ");
    match evidence {
        Evidence::PemBlock { label } => w!(words, "evidence-pem-block", label = label),
        Evidence::DecodeError { what, error } => {
            let what = match what.as_str() {
                "certificate" | "trusted-root" | "file" => w!(words, &format!("decoded-{what}")),
                other => other.to_string(),
            };
            w!(words, "evidence-decode-error", what = what, error = error)
        }
        Evidence::TooLarge { bytes, limit } => w!(words, "evidence-too-large", bytes = *bytes, limit = *limit),
        Evidence::Validity { not_before, not_after, evaluated_at, days } => {
            let on = words.date(evaluated_at);
            match *days {
                d if d < 0 => w!(words, "evidence-expired", not_before = not_before, not_after = not_after, count = -d, on = on),
                _ if not_before.as_str() > evaluated_at.as_str() => w!(words, "evidence-not-yet-valid", not_before = not_before, not_after = not_after, on = on),
                d => w!(words, "evidence-expires", not_before = not_before, not_after = not_after, count = d, on = on),
            }
        }
        Evidence::Duplicate { first, again, times } => w!(words, "evidence-duplicate", times = *times, first = names.at(first), again = names.at(again)),
        Evidence::IgnoredText { lines, first_line } => w!(words, "evidence-ignored-text", count = *lines, first_line = *first_line),
        Evidence::OpensslVerify { code, text, errors } => {
            // OpenSSL's own words stay verbatim.
            let mut s = w!(words, "evidence-openssl-verify", code = code.to_string(), text = text);
            for e in errors {
                s.push_str("; ");
                s.push_str(e);
            }
            s
        }
        Evidence::MissingIssuer { issuer, ca_issuers } if ca_issuers.is_empty() => w!(words, "evidence-missing-issuer", issuer = issuer),
        Evidence::MissingIssuer { issuer, ca_issuers } => w!(words, "evidence-missing-issuer-download", issuer = issuer, urls = join(ca_issuers)),
        Evidence::Signature { issuer, error, key_id_matches } => {
            let id = match key_id_matches {
                Some(false) => "evidence-signature-other-key",
                Some(true) => "evidence-signature-altered",
                None => "evidence-signature",
            };
            w!(words, id, issuer = issuer, error = signature_problem(words, error))
        }
        Evidence::Constraints { version, ca, path_len, below } => {
            let bc = match (ca, path_len) {
                (None, _) => w!(words, "constraints-none"),
                (Some(ca), None) => format!("CA:{}", if *ca { "TRUE" } else { "FALSE" }),
                (Some(ca), Some(n)) => format!("CA:{}, pathlen:{n}", if *ca { "TRUE" } else { "FALSE" }),
            };
            if *below > 0 {
                w!(words, "evidence-constraints-below", version = *version, constraints = bc, below = *below)
            } else {
                w!(words, "evidence-constraints", version = *version, constraints = bc)
            }
        }
        Evidence::Usage { present, missing } => {
            let present = if present.is_empty() { w!(words, "usage-nothing") } else { join(present) };
            w!(words, "evidence-usage", present = present, missing = w!(words, &format!("purpose-{missing}")))
        }
        Evidence::NameConstraints { violations, permitted, excluded } => {
            let names: Vec<String> = violations
                .iter()
                .map(|v| {
                    let id = match v.kind {
                        ViolationKind::NotPermitted => "violation-not-permitted",
                        ViolationKind::Excluded => "violation-excluded",
                        ViolationKind::MalformedName => "violation-malformed-name",
                        ViolationKind::MalformedConstraint => "violation-malformed-constraint",
                        ViolationKind::Unsupported => "violation-unsupported",
                    };
                    w!(words, id, certificate = &v.certificate, name = &v.name, subtree = v.subtree.clone().unwrap_or_default())
                })
                .collect();
            w!(words, "evidence-name-constraints", names = join(&names), permitted = join(permitted), excluded = join(excluded))
        }
        Evidence::Key { algorithm, bits } => w!(words, "evidence-key", algorithm = algorithm, bits = *bits),
        Evidence::Profile { rule, detail } => w!(words, "evidence-profile", rule = w!(words, &format!("profile-rule-{rule}")), section = rule.section(), detail = profile_detail(words, detail)),
        Evidence::Algorithm { oid, name } if oid == name => oid.clone(),
        Evidence::Algorithm { oid, name } => format!("{name} ({oid})"),
        Evidence::Order { sent, expected } => w!(words, "evidence-order", sent = sent.join(" → "), expected = expected.join(" → ")),
        Evidence::WorkBudget { work, limit } => w!(words, "evidence-work-budget", work = w!(words, &format!("work-{work}")), limit = *limit),
        Evidence::Budget { steps, signature_checks, paths } => w!(words, "evidence-budget", steps = *steps, signature_checks = *signature_checks, paths = *paths),
        Evidence::Count { shown, total } => w!(words, "evidence-count", shown = *shown, total = *total),
        Evidence::Grouped { shown, total } => w!(words, "evidence-grouped", more = total.saturating_sub(*shown), total = *total, shown = *shown),
        Evidence::Related { subject, relation } => w!(words, "evidence-related", subject = subject, relation = w!(words, &format!("relation-{relation}"))),
        Evidence::Setting { property, value } if property == "server-name" => w!(words, "evidence-setting", property = w!(words, "setting-server-name"), value = value),
        Evidence::Setting { property, value } => w!(words, "evidence-setting", property = property, value = value),
        Evidence::Conflict { settings } => settings.iter().map(|[p, v]| format!("{p} {v}")).collect::<Vec<_>>().join(&w!(words, "evidence-conflict-separator")),
        Evidence::Truncated { properties } => w!(words, "evidence-truncated", properties = join(properties)),
        Evidence::Exchange { error, cause } => {
            let why = cause.map_or_else(|| w!(words, "exchange-chain-not-trusted"), |c| catalog::title(c, words));
            w!(words, "evidence-exchange", error = error.line(), why = why)
        }
        Evidence::NameMismatch { expected, presented } => {
            let presented = if presented.is_empty() { w!(words, "name-mismatch-no-name") } else { join(presented) };
            w!(words, "evidence-name-mismatch", expected = expected, presented = presented)
        }
        Evidence::ExoRoot { root, root_sha1, from } => w!(words, "evidence-exo-root", from = words.date(from), root = root, sha1 = root_sha1),
        Evidence::ErrorLine { error } => exchange::explain(words, error),
        Evidence::Refused { value, reason } => w!(words, "evidence-refused", value = value, reason = refusal(words, *reason)),
        Evidence::Panic { message } => w!(words, "evidence-panic", message = message),
        Evidence::Revoked { subject, serial, crl } => w!(words, "evidence-revoked", subject = subject, serial = serial, crl = names.full(crl)),
        Evidence::CrlUnusable { subject, crl, problem } => w!(words, "evidence-crl-unusable", subject = subject, crl = names.full(crl), problem = crl_problem(words, problem)),
        Evidence::KeyRefused { subject, problem } => w!(words, "evidence-key-refused", subject = subject, problem = key_problem(words, problem)),
        Evidence::SanMalformed { subject, problem: SanProblem::Unreadable { error } } => w!(words, "evidence-san-unreadable", subject = subject, error = error),
        Evidence::SanMalformed { subject, problem: SanProblem::InvalidEntry { name } } => w!(words, "evidence-san-invalid", subject = subject, name = name),
        Evidence::None => String::new(),
    }
}

/// Why a value could not be quoted, in words.
fn refusal(words: &Words, reason: quote::Refusal) -> String {
    w!(words, &format!("refusal-{reason}"))
}

fn signature_problem(words: &Words, p: &SignatureProblem) -> String {
    match p {
        SignatureProblem::Invalid => w!(words, "signature-invalid"),
        SignatureProblem::BadKey { detail } => w!(words, "signature-bad-key", detail = detail),
        SignatureProblem::Unsupported { what } => w!(words, "signature-unsupported", what = what),
        SignatureProblem::KeyRefused { key } => w!(words, "signature-key-refused", key = key_problem(words, key)),
        SignatureProblem::OverBudget => w!(words, "signature-over-budget"),
    }
}

fn key_problem(words: &Words, p: &KeyProblem) -> String {
    match *p {
        KeyProblem::ModulusTooLarge { bits, limit } => w!(words, "key-modulus-too-large", bits = bits, limit = limit),
        KeyProblem::ExponentOver64Bits => w!(words, "key-exponent-over-64-bits"),
        KeyProblem::ExponentTooLarge { exponent } => w!(words, "key-exponent-too-large", exponent = exponent.to_string()),
        KeyProblem::ExponentInvalid { exponent } => w!(words, "key-exponent-invalid", exponent = exponent.to_string()),
    }
}

fn crl_problem(words: &Words, p: &CrlProblem) -> String {
    match p {
        CrlProblem::NoCrlSign => w!(words, "crl-no-crl-sign"),
        CrlProblem::NoCrlNumber => w!(words, "crl-no-crl-number"),
        CrlProblem::CriticalCrlNumber => w!(words, "crl-critical-crl-number"),
        CrlProblem::UnknownCriticalExtension { oid } => w!(words, "crl-unknown-critical-extension", oid = oid),
        CrlProblem::NotYetIssued => w!(words, "crl-not-yet-issued"),
        CrlProblem::Stale => w!(words, "crl-stale"),
        CrlProblem::KeyRefused { key } => w!(words, "crl-key-refused", key = key_problem(words, key)),
        CrlProblem::OverBudget => w!(words, "crl-over-budget"),
        CrlProblem::BadSignature => w!(words, "crl-bad-signature"),
    }
}

fn profile_detail(words: &Words, d: &ProfileDetail) -> String {
    match d {
        ProfileDetail::ExtensionCritical { extension } => w!(words, "profile-extension-critical", extension = extension),
        ProfileDetail::CaBasicConstraintsNotCritical => w!(words, "profile-ca-basic-constraints-not-critical"),
        ProfileDetail::PolicyConstraintsNotCritical => w!(words, "profile-policy-constraints-not-critical"),
        ProfileDetail::SanNotCriticalEmptySubject => w!(words, "profile-san-not-critical-empty-subject"),
        ProfileDetail::SanCriticalWithSubject => w!(words, "profile-san-critical-with-subject"),
        ProfileDetail::ExtensionMalformed { oid, error } => w!(words, "profile-extension-malformed", oid = oid, error = error),
        ProfileDetail::RootAkiNotKeyIdOnly => w!(words, "profile-root-aki-not-key-id-only"),
        ProfileDetail::RootAkiDiffers => w!(words, "profile-root-aki-differs"),
        ProfileDetail::NoAuthorityKeyId => w!(words, "profile-no-authority-key-id"),
        ProfileDetail::AuthorityKeyIdNoKeyId => w!(words, "profile-authority-key-id-no-key-id"),
        ProfileDetail::NoSubjectKeyId => w!(words, "profile-no-subject-key-id"),
        ProfileDetail::SubjectEmpty => w!(words, "profile-subject-empty"),
        ProfileDetail::IssuerEmpty => w!(words, "profile-issuer-empty"),
        ProfileDetail::Version { version } => w!(words, "profile-version", version = *version),
        ProfileDetail::KeyCertSignWithoutCa => w!(words, "profile-key-cert-sign-without-ca"),
        ProfileDetail::NameConstraintsOnLeaf => w!(words, "profile-name-constraints-on-leaf"),
        ProfileDetail::SignatureAlgorithmsDiffer => w!(words, "profile-signature-algorithms-differ"),
        ProfileDetail::RsaModulus { bits } => w!(words, "profile-rsa-modulus", bits = bits.to_string()),
    }
}

fn cert_name(words: &Words, c: &Certificate) -> String {
    if c.subject_cn.is_none() && c.subject.is_empty() { w!(words, "empty-subject") } else { c.name() }
}

fn chain_title(words: &Words, d: &Diagnosis, index: usize) -> String {
    d.chains.get(index).and_then(|c| d.certificates.get(c.leaf)).map(|c| cert_name(words, c)).unwrap_or_default()
}

fn validity_text(words: &Words, status: ValidityStatus) -> String {
    w!(words, &format!("status-{status}"))
}

fn chain_view(words: &Words, index: usize, c: &Chain, d: &Diagnosis) -> ChainView {
    let verdict_text = match (c.verdict, c.headline) {
        (ChainVerdict::Trusted, _) => w!(words, "chain-trusted"),
        (_, Some(id)) => w!(words, "chain-not-trusted-because", reason = catalog::title(id, words)),
        _ => w!(words, "chain-not-trusted"),
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
            let role_text = w!(words, &format!("role-{role}"));
            let origin = match (n.origin, n.certificate) {
                (NodeOrigin::Pasted, Some(i)) => w!(words, "origin-pasted-number", number = i + 1),
                (NodeOrigin::Pasted, None) => w!(words, "origin-pasted"),
                (NodeOrigin::Mozilla, _) => w!(words, "origin-mozilla"),
                (NodeOrigin::Microsoft, _) => w!(words, "origin-microsoft"),
                (NodeOrigin::User, _) => w!(words, "origin-user"),
            };
            let signature = match n.signature {
                SignatureStatus::Verified => w!(words, "signature-status-verified"),
                SignatureStatus::Failed => w!(words, "signature-status-failed"),
                SignatureStatus::SelfSigned => w!(words, "signature-status-self-signed"),
                SignatureStatus::NotChecked if n.anchor => w!(words, "signature-status-anchor"),
                SignatureStatus::NotChecked => w!(words, "signature-status-not-checked"),
            };
            ChainNodeView { role, role_text, name: n.name.clone(), status: n.status, status_text: validity_text(words, n.status), origin, signature, certificate: n.certificate }
        })
        .collect();
    let note = match c.chosen {
        Chosen::OnlyPath => w!(words, "chain-note-only-path", signatures = c.signature_checks),
        Chosen::BestTrustedPath => w!(words, "chain-note-best", paths = c.paths_considered, signatures = c.signature_checks),
        Chosen::NoTrustedPath => w!(words, "chain-note-none-trusted", paths = c.paths_considered, signatures = c.signature_checks),
    };
    use crate::trust::StoreChoice;
    // Roots added as public CAs are trusted by Exchange Online too: they do not change whose view it is.
    let private_roots = d.trust.user_roots.saturating_sub(d.trust.public_roots);
    let (viewpoint, viewpoint_text) = if d.trust.choice == StoreChoice::Microsoft && private_roots == 0 {
        (Viewpoint::ExchangeOnline, w!(words, "chain-view-exchange-online"))
    } else {
        let store = w!(words, match d.trust.choice {
            StoreChoice::Microsoft => "store-short-microsoft",
            StoreChoice::Mozilla => "store-short-mozilla",
            StoreChoice::None => "store-short-none",
        });
        (Viewpoint::SelectedStore, w!(words, "chain-view-selected-store", store = store, roots = private_roots))
    };
    ChainView { index, title: w!(words, "chain-title", name = chain_title(words, d, index)), verdict: c.verdict, verdict_text, headline: c.headline, viewpoint, viewpoint_text, nodes, note }
}

fn direction_view(words: &Words, x: &crate::connectors::verdict::Direction, d: &Diagnosis) -> DirectionView {
    use crate::connectors::verdict::{Rule, PEER_NAME_PLACEHOLDER};
    let outcome_text = match x.outcome {
        Outcome::WillWork => w!(words, "outcome-will-work"),
        Outcome::WillFail => w!(words, "outcome-will-fail"),
        Outcome::NotForced => w!(words, "outcome-not-forced"),
        Outcome::NotUsed => w!(words, "outcome-not-used"),
        Outcome::CannotTell => w!(words, "outcome-cannot-tell", need = x.needs.as_ref().map(|n| exchange::need(words, n)).unwrap_or_default()),
    };
    let mut fix_notes = Vec::new();
    let unquoted = |p: &str| p.trim_matches('\'').to_string();
    if x.fixes.iter().any(|f| f.contains(PEER_NAME_PLACEHOLDER)) {
        fix_notes.push(w!(words, "fix-placeholder-peer-name", placeholder = unquoted(PEER_NAME_PLACEHOLDER)));
    }
    if let Some(era) = d.exchange_online.era.as_ref().filter(|_| x.rule == Some(Rule::ExoRootUntrusted)) {
        fix_notes.push(w!(words, "fix-root-download", root = era.root, url = era.root_url, sha1 = era.root_sha1));
    }
    DirectionView {
        id: x.id,
        title: exchange::title(words, &x.title),
        outcome: x.outcome,
        outcome_text,
        exchange_error: x.exchange_error.as_ref().map(|e| e.line()),
        certificate: x.certificate.and_then(|i| d.certificates.get(i)).map(|c| format!("#{} {}", c.index + 1, cert_name(words, c))),
        fixes: x.fixes.clone(),
        fix_notes,
        reference: x.rule.map(|r| r.reference().to_string()),
        collect: collect_commands(x),
        actor: x.actor,
        actor_text: x.actor.map(|a| w!(words, &format!("actor-{a}"))).unwrap_or_default(),
    }
}

/// The commands that collect what a direction needs: the STARTTLS probe for a named peer host
/// (quoted by `collect`), the Exchange certificate export for the on-premises sender; and for an
/// outbound direction that will fail, the probe of its host, to check the server again once the
/// one who must act has fixed it.
fn collect_commands(x: &crate::connectors::verdict::Direction) -> Vec<String> {
    use crate::connectors::verdict::{Need, PeerKind, Title};
    match (&x.needs, &x.title) {
        (Some(Need::PeerChain { host: Some(host), .. }), _) => crate::collect::probe_command(host).into_iter().collect(),
        (Some(Need::SenderCertificate { side: PeerKind::OnPremises, .. } | Need::NamedCertificate { .. }), _) => vec![crate::collect::SERVER_CERTIFICATES.script.to_string()],
        (None, Title::Outbound { target: Some(host), .. }) if x.outcome == Outcome::WillFail => crate::collect::probe_command(host).into_iter().collect(),
        _ => Vec::new(),
    }
}

fn exchange_online_text(words: &Words, d: &Diagnosis) -> String {
    let on = words.date(&d.evaluated_at);
    match &d.exchange_online.era {
        None => w!(words, "exo-certificate-unknown", on = on, since = words.date(crate::connectors::exo_history::ERAS[0].from)),
        Some(era) => w!(
            words,
            "exo-certificate",
            on = on,
            issuing_ca = era.issuing_ca,
            root = era.root,
            sha1 = era.root_sha1,
            trusted = if d.exchange_online.root_trusted { "yes" } else { "no" },
            source = era.source
        ),
    }
}

fn connector_view(words: &Words, c: &crate::connectors::model::Connector) -> ConnectorView {
    use crate::connectors::model::Kind;
    let side = match c.kind {
        Kind::ExoOutbound | Kind::ExoInbound => ConnectorSide::ExchangeOnline,
        _ => ConnectorSide::Peer,
    };
    let kind = w!(words, match c.kind {
        Kind::ExoOutbound => "connector-kind-exo-outbound",
        Kind::ExoInbound => "connector-kind-exo-inbound",
        Kind::OnPremSend => "connector-kind-on-prem-send",
        Kind::OnPremReceive => "connector-kind-on-prem-receive",
        Kind::ExchangeCertificate => "connector-kind-exchange-certificate",
        Kind::Unknown => "connector-kind-unknown",
    });
    let dash = w!(words, "dash");
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| dash.clone());
    let list = |items: &[String]| if items.is_empty() { dash.clone() } else { items.join(", ") };
    let flag = |v: Option<bool>| v.map(|b| if b { "True" } else { "False" }.to_string()).unwrap_or_else(|| dash.clone());
    // Connector properties are PowerShell's names: the label is the property itself, in every language.
    let mut rows = vec![Row::new("Enabled", "Enabled", flag(c.enabled))];
    let mut push = |property: &str, value: String| rows.push(Row::new(property, property, value));
    let certificate_name = c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_else(|| dash.clone());
    match c.kind {
        Kind::ExoOutbound => {
            push("ConnectorType", opt(&c.connector_type));
            push("TlsSettings", c.tls_level.map(|l| l.as_str().to_string()).unwrap_or_else(|| w!(words, "tls-settings-null")));
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
            push("TlsCertificateName", certificate_name);
            push("AddressSpaces", list(&c.domains));
            push("SmartHosts", list(&c.smart_hosts));
            push("Fqdn", opt(&c.fqdn));
        }
        Kind::OnPremReceive => {
            push("AuthMechanism", list(&c.auth_mechanism));
            push("RequireTLS", flag(c.require_tls));
            push("TlsCertificateName", certificate_name);
            push("TlsDomainCapabilities", list(&c.tls_domain_capabilities));
            push("Fqdn", opt(&c.fqdn));
        }
        _ => {}
    }
    if !c.truncated.is_empty() {
        rows.push(Row::worded(words, "truncated", c.truncated.join(", ")));
    }
    let found = match c.location.line {
        Some(line) => w!(words, "connector-found-at-line", source = &c.location.source, line = line, format = c.format.to_string()),
        None => w!(words, "connector-found-at", source = &c.location.source, format = c.format.to_string()),
    };
    rows.push(Row::worded(words, "found-at", found));
    ConnectorView { index: c.index, name: c.name.clone(), kind, side, rows, other: c.other.clone() }
}

/// The rollover comparison as rows of words in `lang` (the page's era comparison calls it too).
pub fn rollover_rows(lang: Lang, r: &crate::rollover::Rollover) -> Vec<Row> {
    let words = crate::i18n::eras(lang);
    let dash = w!(words, "dash");
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| dash.clone());
    let root = |v: &Option<String>, missing: bool| match v {
        Some(issuer) if missing => w!(words, "rollover-issuer-not-found", issuer = issuer),
        _ => opt(v),
    };
    let list = |items: &[String]| if items.is_empty() { dash.clone() } else { items.join(", ") };
    let date = |v: &Option<String>| v.as_deref().map(|d| if d.len() > 10 { d.to_string() } else { words.date(d) }).unwrap_or_else(|| dash.clone());
    let (current_root, next_root) = (root(&r.current_root, r.current_root_missing), root(&r.next_root, r.next_root_missing));
    let mut rows = vec![
        Row::worded(words, "certificate", format!("{} → {}", opt(&r.current), opt(&r.next))),
        Row::worded(words, "root", if r.current_root == r.next_root && r.current_root_missing == r.next_root_missing { w!(words, "rollover-root-unchanged", root = current_root) } else { w!(words, "rollover-root-changes", current = current_root, next = next_root) }),
        Row::worded(words, "expires", format!("{} → {}", date(&r.expiry.0), date(&r.expiry.1))),
        Row::worded(words, "endpoints-added", list(&r.endpoints_added)),
        Row::worded(words, "endpoints-removed", list(&r.endpoints_removed)),
    ];
    for c in &r.coverage {
        let state = match (c.before, c.after) {
            (true, true) => "coverage-kept",
            (true, false) => "coverage-lost",
            (false, true) => "coverage-gained",
            (false, false) => "coverage-never",
        };
        rows.push(Row::worded(words, "coverage", w!(words, "rollover-coverage", property = &c.property, connector = &c.connector, pattern = &c.pattern, state = w!(words, state))));
    }
    for (connector, value) in &r.tls_certificate_name_changes {
        let command = quote::powershell::Command::new("Set-SendConnector").arg("Identity", connector).arg("TlsCertificateName", value).build();
        let connector = quote::display(connector);
        let text = match command {
            Ok(line) => w!(words, "rollover-name-change", connector = connector, command = line),
            Err(refused) => w!(words, "rollover-name-change-refused", connector = connector, value = refused.value, reason = refusal(words, refused.reason)),
        };
        rows.push(Row::new("TlsCertificateName", "TlsCertificateName", text));
    }
    rows
}

fn status_of(words: &Words, c: &Certificate) -> (CertificateStatus, String) {
    let days = c.validity.days_until_expiry;
    match c.validity.status {
        ValidityStatus::Expired => (CertificateStatus::Expired, w!(words, "cert-expired-ago", count = (-days).max(0))),
        ValidityStatus::NotYetValid => (CertificateStatus::NotYetValid, w!(words, "cert-not-valid-before", date = words.date(&c.not_before))),
        ValidityStatus::Valid if days < crate::diagnose::EXPIRES_SOON_DAYS => (CertificateStatus::ExpiresSoon, w!(words, "cert-expires-in", count = days)),
        ValidityStatus::Valid => (CertificateStatus::Valid, w!(words, "cert-expires-in", count = days)),
    }
}

fn certificate_view(c: &Certificate, names: &Names) -> CertificateView {
    let words = names.words;
    let dash = w!(words, "dash");
    let list = |items: &[String]| if items.is_empty() { dash.clone() } else { items.join(", ") };
    let (status, status_text) = status_of(words, c);
    let key = match (&c.public_key.curve, c.public_key.bits) {
        (Some(curve), _) => w!(words, "cert-key-curve", algorithm = &c.public_key.algorithm, curve = curve),
        (None, Some(bits)) => w!(words, "cert-key-bits", algorithm = &c.public_key.algorithm, bits = bits.to_string()),
        (None, None) => c.public_key.algorithm.clone(),
    };
    let sans: Vec<String> = c.subject_alt_names.iter().map(|n| if n.kind == crate::model::AltNameKind::Dns { n.value.clone() } else { format!("{}:{}", n.kind.as_str().to_uppercase(), n.value) }).collect();
    let constraints = match &c.basic_constraints {
        Some(bc) => {
            let base = match (bc.ca, bc.path_len) {
                (true, Some(n)) => w!(words, "cert-ca-path-length", length = n),
                (true, None) => w!(words, "cert-ca"),
                (false, _) => w!(words, "cert-end-entity"),
            };
            if bc.critical { w!(words, "cert-critical", constraints = base) } else { base }
        }
        None => w!(words, "cert-absent"),
    };
    let policies = match c.validation_level {
        Some(level) => format!("{} ({level})", list(&c.policies)),
        None => list(&c.policies),
    };
    let found: Vec<String> = c.occurrences.iter().map(|l| names.at(l)).collect();
    let row = |key: &str, value: String| Row::worded(words, key, value);
    let rows = vec![
        row("subject", c.subject.clone()),
        row("issuer", c.issuer.clone()),
        row("serial", c.serial.clone()),
        row("valid-from", c.not_before.clone()),
        row("valid-until", w!(words, "cert-valid-until", date = &c.not_after, status = &status_text)),
        row("sans", list(&sans)),
        row("public-key", key),
        row("signature-algorithm", c.signature_algorithm.clone()),
        row("sha256", c.sha256.clone()),
        row("sha1", c.sha1_thumbprint.clone()),
        row("basic-constraints", constraints),
        row("key-usage", list(&c.key_usage)),
        row("extended-key-usage", list(&c.extended_key_usage)),
        row("subject-key-id", c.subject_key_id.clone().unwrap_or_else(|| dash.clone())),
        row("authority-key-id", c.authority_key_id.clone().unwrap_or_else(|| dash.clone())),
        row("policies", policies),
        row("ocsp", list(&c.ocsp_urls)),
        row("ca-issuers", list(&c.ca_issuers_urls)),
        row("crl", list(&c.crl_urls)),
        row("scts", c.sct_count.to_string()),
        row("version", format!("v{}", c.version)),
        row("found-at", found.join("; ")),
    ];
    CertificateView { index: c.index, heading: cert_name(words, c), status, status_text, rows }
}

fn handshake_view(h: &Handshake, d: &Diagnosis, names: &Names) -> HandshakeView {
    let words = names.words;
    let dash = w!(words, "dash");
    let list = |items: &[String]| if items.is_empty() { dash.clone() } else { items.join(", ") };
    let heading = match &h.location {
        Some(l) => w!(words, "handshake-at", at = names.at(l)),
        None => w!(words, "handshake"),
    };
    let text = |v: &Option<String>| v.clone().unwrap_or_else(|| dash.clone());
    let verify = match (h.verify_return_code, &h.verify_return_text) {
        (Some(code), Some(t)) => format!("{code} ({t})"),
        (Some(code), None) => code.to_string(),
        _ => dash.clone(),
    };
    let errors: Vec<String> = h.verify_errors.iter().map(|e| w!(words, "handshake-verify-error", depth = e.depth.to_string(), subject = &e.subject, num = e.num.to_string(), message = &e.message)).collect();
    let sent: Vec<String> = h.certificates.iter().enumerate().map(|(n, &i)| {
        let name = d.certificates.get(i).map(Certificate::name).unwrap_or_default();
        format!("{n}: #{} {name}", i + 1)
    }).collect();
    let row = |key: &str, value: String| Row::worded(words, key, value);
    let rows = vec![
        row("starttls", text(&h.starttls)),
        row("protocol", text(&h.protocol)),
        row("cipher", text(&h.cipher)),
        row("peer-signing-digest", text(&h.peer_signing_digest)),
        row("peer-signature-type", text(&h.peer_signature_type)),
        row("server-temp-key", text(&h.server_temp_key)),
        row("verify-return-code", verify),
        row("verify-errors", list(&errors)),
        row("certificates-sent", list(&sent)),
    ];
    HandshakeView { heading, rows }
}

/// A value for the terminal: control and bidirectional characters written as `\u{…}` (see
/// [`quote::display`]), so that text from input cannot move the cursor, recolour the terminal or
/// forge a line of the report.
fn t(value: &str) -> String {
    quote::display(value)
}

/// Pads a label to a display width (CJK characters take two columns in a terminal).
fn pad(label: &str, width: usize) -> String {
    let used: usize = label.chars().map(|c| if ('\u{1100}'..='\u{ffdc}').contains(&c) && !c.is_ascii() { 2 } else { 1 }).sum();
    format!("{label}{}", " ".repeat(width.saturating_sub(used)))
}

impl Report {
    /// Renders the report as plain text, for the CLI and for snapshot tests. Nothing is left out;
    /// control characters in values are escaped ([`quote::display`]).
    pub fn to_text(&self) -> String {
        let l = &self.labels;
        let mut out = format!("{}\n{}\n", t(&l.text_heading), t(&self.summary_line));
        for x in &self.directions {
            out.push_str(&format!("\n{}\n  => {}\n", t(&x.title), t(&x.outcome_text)));
            if !x.actor_text.is_empty() {
                out.push_str(&format!("  {} {}\n", l.who_must_act, t(&x.actor_text)));
            }
            if let Some(e) = &x.exchange_error {
                out.push_str(&format!("  {} {}\n", l.exchange_will_report, t(e)));
            }
            if let Some(c) = &x.certificate {
                out.push_str(&format!("  {} {}\n", l.certificate_judged, t(c)));
            }
            if let Some(r) = &x.reference {
                out.push_str(&format!("  {} {r}\n", l.rule));
            }
            for f in &x.fixes {
                out.push_str(&format!("  {} {}\n", l.fix, t(f)));
            }
            for n in &x.fix_notes {
                out.push_str(&format!("  {} {}\n", l.note, t(n)));
            }
        }
        if !self.directions.is_empty() {
            out.push_str(&format!("\n{}\n", t(&self.exchange_online)));
        }
        for c in &self.chains {
            out.push_str(&format!("\n{}: {}\n  ({})\n", t(&c.title), t(&c.verdict_text), t(&c.viewpoint_text)));
            for (i, n) in c.nodes.iter().enumerate() {
                out.push_str(&format!("  {}. {} — {} [{}; {}; {}]\n", i + 1, t(&n.role_text), t(&n.name), t(&n.status_text), t(&n.origin), t(&n.signature)));
            }
            out.push_str(&format!("  {}\n", t(&c.note)));
        }
        if !self.findings.is_empty() {
            out.push_str(&format!("\n{}\n", l.findings));
            for f in &self.findings {
                out.push_str(&format!("  [{}] {} — {}\n", f.severity_text, f.id.as_str(), t(&f.title)));
                if !f.detail.is_empty() {
                    out.push_str(&format!("      {}\n", t(&f.detail)));
                }
                out.push_str(&format!("      {} {}\n      {} {}\n", l.remedy, t(&f.remedy), l.reference, t(&f.reference)));
            }
        }
        for c in &self.certificates {
            out.push_str(&format!("\n{} #{}: {} [{}]\n", l.certificate, c.index + 1, t(&c.heading), t(&c.status_text)));
            for r in &c.rows {
                out.push_str(&format!("  {} {}\n", pad(&t(&r.label), 26), t(&r.value)));
            }
        }
        if !self.rollover.is_empty() {
            out.push_str(&format!("\n{}\n", l.rollover));
            for r in &self.rollover {
                out.push_str(&format!("  {} {}\n", pad(&t(&r.label), 26), t(&r.value)));
            }
        }
        if !self.worksheet.rows.is_empty() {
            out.push_str(&format!("\n{}\n", l.worksheet));
            for r in &self.worksheet.rows {
                out.push_str(&format!("  {:<6} {}:{} {} [{}] {}\n", t(&r[0]), t(&r[1]), t(&r[2]), t(&r[3]), t(&r[4]), t(&r[5])));
            }
        }
        for c in &self.connectors {
            out.push_str(&format!("\n{} #{}: {} — {}\n", l.connector, c.index + 1, t(&c.name), t(&c.kind)));
            for r in &c.rows {
                out.push_str(&format!("  {} {}\n", pad(&t(&r.label), 28), t(&r.value)));
            }
        }
        for h in &self.handshakes {
            out.push_str(&format!("\n{}\n", t(&h.heading)));
            for r in &h.rows {
                out.push_str(&format!("  {} {}\n", pad(&t(&r.label), 26), t(&r.value)));
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

/// A Markdown table's header from `a | b | c` column words.
fn md_header(columns: &str) -> String {
    let cells: Vec<String> = columns.split(" | ").map(md).collect();
    format!("| {} |\n|{}\n", cells.join(" | "), "---|".repeat(cells.len()))
}

impl Report {
    /// Renders the report as Markdown, for a ticket: verdicts, chains, findings, worksheet,
    /// certificates. Every string goes through [`quote::markdown::text`]; the fixes are one
    /// fenced block whose fence outlasts any backticks inside ([`quote::markdown::fenced`]).
    pub fn to_markdown(&self) -> String {
        let l = &self.labels;
        let mut out = format!("# {}\n\n{}\n\n**{}**\n", md(&l.md_heading), md(&l.md_evaluated), md(&self.summary_line));
        if !self.directions.is_empty() {
            out.push_str(&format!("\n## {}\n\n{}", md(&l.md_directions), md_header(&l.md_directions_columns)));
            for x in &self.directions {
                out.push_str(&format!("| {} | {} | {} |\n", md(&x.title), md(&x.outcome_text), md(x.exchange_error.as_deref().unwrap_or(&l.dash))));
            }
            let fixes: Vec<&str> = self.directions.iter().flat_map(|x| &x.fixes).filter(|f| quote::check(f).is_ok()).map(String::as_str).collect();
            if !fixes.is_empty() {
                out.push_str(&format!("\n{}\n\n", md(&l.md_fixes)));
                out.push_str(&quote::markdown::fenced("powershell", &fixes.join("\n")));
                for n in self.directions.iter().flat_map(|x| &x.fix_notes) {
                    out.push_str(&format!("\n{}\n", md(n)));
                }
            }
            out.push_str(&format!("\n{}\n", md(&self.exchange_online)));
        }
        for c in &self.chains {
            out.push_str(&format!("\n## {}\n\n{}\n\n", md(&c.title), md(&c.verdict_text)));
            for (i, n) in c.nodes.iter().enumerate() {
                out.push_str(&format!("{}. {} — **{}** ({}; {}; {})\n", i + 1, md(&n.role_text), md(&n.name), md(&n.status_text), md(&n.origin), md(&n.signature)));
            }
        }
        if !self.findings.is_empty() {
            out.push_str(&format!("\n## {}\n\n{}", md(&l.md_findings), md_header(&l.md_findings_columns)));
            for f in &self.findings {
                out.push_str(&format!("| {} | `{}` | {} | {} | {} |\n", md(&f.severity_text), f.id.as_str(), md(&f.title), md(&f.detail), md(&f.remedy)));
            }
        }
        if !self.worksheet.rows.is_empty() {
            out.push_str(&format!("\n## {}\n\n{}", md(&l.md_worksheet), md_header(&l.md_worksheet_columns)));
            for r in &self.worksheet.rows {
                out.push_str(&format!("| {} |\n", r.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | ")));
            }
        }
        if !self.certificates.is_empty() {
            out.push_str(&format!("\n## {}\n\n{}", md(&l.md_certificates), md_header(&l.md_certificates_columns)));
            for c in &self.certificates {
                let row = |key: &str| c.rows.iter().find(|r| r.key == key).map(|r| r.value.clone()).unwrap_or_default();
                out.push_str(&format!("| {} | {} | {} | {} | {} |\n", c.index + 1, md(&row("subject")), md(&row("issuer")), md(&row("valid-until")), md(&row("sha1"))));
            }
        }
        out
    }
}

/// `YYYY-MM-DD` for Unix seconds; re-exported for the UI's date control.
pub fn date(unix: i64) -> String {
    format_date(unix)
}
