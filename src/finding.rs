//! The shape of a finding: a stable id, a severity, what it concerns and typed evidence.
//!
//! Wording (title, remedy) comes from the message files keyed by the id, the reference from
//! [`crate::catalog`]; evidence is data only (names, numbers, dates, ids and typed reasons), worded
//! when a report is made for a language.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::catalog::{self, FindingId};
use crate::closed_set;
use crate::model::Location;

crate::closed_set! {
    /// How much a finding matters, most severe first when sorted.
    pub enum Severity {
        /// Forced TLS will fail, or input could not be read.
        Error = "error",
        /// Likely to cause trouble, or something the user must know (such as a pasted secret).
        Warning = "warning",
        /// A fact worth showing that needs no action.
        Info = "info",
    }
}

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Concerns {
    /// A place in the input (an unreadable block, a pasted key).
    Input { location: Location },
    /// A certificate, by its index in [`crate::Diagnosis::certificates`].
    Certificate { index: usize, subject: String },
    /// An `openssl s_client` transcript, by its index in [`crate::Diagnosis::handshakes`].
    Handshake { index: usize },
    /// A chain as a whole (or its trust anchor), by its index in [`crate::Diagnosis::chains`].
    Chain { index: usize },
    /// A connector, by its index in [`crate::Diagnosis::connectors`].
    Connector { index: usize, name: String },
    /// The input as a whole.
    Everything,
}

/// The facts behind a finding, typed so that the CLI, the JSON and the UI agree on them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Evidence {
    /// A PEM block with this label.
    PemBlock { label: String },
    /// A decoder's error message: what was decoded (`certificate`, `trusted-root`, `file`, a
    /// connector format such as `json`, or a PEM label) and the decoder's own message, verbatim.
    DecodeError { what: String, error: String },
    /// The source is larger than the core reads.
    TooLarge { bytes: usize, limit: usize },
    /// Validity dates compared with the evaluation time.
    Validity { not_before: String, not_after: String, evaluated_at: String, days: i64 },
    /// A certificate seen more than once: where first, where next, and how often in all.
    Duplicate { first: Location, again: Location, times: usize },
    /// Text that was not part of any item.
    IgnoredText { lines: usize, first_line: usize },
    /// OpenSSL's verification result from a transcript.
    OpensslVerify { code: i64, text: String, errors: Vec<String> },
    /// The issuer that could not be found, and where the last certificate says to download it.
    MissingIssuer { issuer: String, ca_issuers: Vec<String> },
    /// A signature that did not verify: the issuer tried, and why.
    Signature { issuer: String, error: SignatureProblem, key_id_matches: Option<bool> },
    /// A certificate's basic constraints or version, as found.
    Constraints { version: u32, ca: Option<bool>, path_len: Option<u32>, below: usize },
    /// A certificate's key usage or extended key usage, as found, and the purpose it lacks.
    Usage { present: Vec<String>, missing: Purpose },
    /// Names outside a CA's name constraints: which certificate, which name, and how.
    NameConstraints { violations: Vec<ConstraintViolation>, permitted: Vec<String>, excluded: Vec<String> },
    /// A key's algorithm and size.
    Key { algorithm: String, bits: u32 },
    /// A profile rule a certificate breaks, and what was found.
    Profile { rule: crate::model::ProfileRule, detail: ProfileDetail },
    /// A signature or extension OID and its name.
    Algorithm { oid: String, name: String },
    /// The chain in the order sent and in path order.
    Order { sent: Vec<String>, expected: Vec<String> },
    /// A meter of the diagnosis's work budget that ran out, and its limit.
    WorkBudget { work: crate::budget::Work, limit: u64 },
    /// How far path building got before its budget ran out.
    Budget { steps: usize, signature_checks: usize, paths: usize },
    /// How many of something were handled, out of how many.
    Count { shown: usize, total: usize },
    /// Findings of this id beyond the first `shown`, left out of the list: `total` in all.
    Grouped { shown: usize, total: usize },
    /// A certificate and its relation to the chain.
    Related { subject: String, relation: Relation },
    /// A certificate listed on a pasted CRL: its serial number and where the CRL was pasted.
    Revoked { subject: String, serial: String, crl: Location },
    /// A pasted CRL for a certificate that cannot be used, and why.
    CrlUnusable { subject: String, crl: Location, problem: CrlProblem },
    /// An issuer's RSA key that validators refuse, and why.
    KeyRefused { subject: String, problem: KeyProblem },
    /// A certificate's subject alternative names that are malformed, and how.
    SanMalformed { subject: String, problem: SanProblem },
    /// A connector setting as found.
    Setting { property: String, value: String },
    /// Connector settings that cannot go together, each as `[property, value]`.
    Conflict { settings: Vec<[String; 2]> },
    /// Properties whose lists the export cut short.
    Truncated { properties: Vec<String> },
    /// The error Exchange would report, and the chain's headline finding behind it.
    Exchange { error: crate::connectors::errors::ErrorLine, cause: Option<FindingId> },
    /// A name a connector expects and the names the certificate presents.
    NameMismatch { expected: String, presented: Vec<String> },
    /// Exchange Online's root in the era from `from`, which the validating store lacks.
    ExoRoot { root: String, root_sha1: String, from: String },
    /// An Exchange error line from the input, recognised: code, bracketed message and specifics.
    ErrorLine { error: crate::connectors::errors::ErrorLine },
    /// A value that cannot be quoted into a command, escaped for display, and why.
    Refused { value: String, reason: crate::quote::Refusal },
    /// The core panicked; this is the panic message.
    Panic { message: String },
    /// Nothing beyond the id itself.
    None,
}

closed_set! {
    /// How a certificate relates to the chains that were built (evidence of chain findings).
    pub enum Relation {
        /// No DNS name or IP address in the subject alternative names.
        NoSanName = "no-san-name",
        /// Names itself as issuer, but its own key does not verify its signature.
        SelfIssuedBadSignature = "self-issued-bad-signature",
        /// Issued by itself (a self-signed server certificate).
        IssuedByItself = "issued-by-itself",
        /// Not in the trust store.
        NotInTrustStore = "not-in-trust-store",
        /// Its issuer is already on the path.
        IssuerOnPath = "issuer-on-path",
        /// An expired alternative issuer of a certificate on the path.
        ExpiredAlternativeIssuer = "expired-alternative-issuer",
        /// An alternative issuer (cross-sign) of a certificate on the path.
        CrossSign = "cross-sign",
        /// Has the name of an issuer on the path but a different key.
        SameNameOtherKey = "same-name-other-key",
        /// A CA certificate that issues nothing on the path.
        IssuesNothing = "issues-nothing",
        /// On no chain at all.
        NotOnAnyChain = "not-on-any-chain",
    }
}

closed_set! {
    /// A purpose a certificate's (extended) key usage lacks.
    pub enum Purpose {
        /// Extended key usage Server Authentication (1.3.6.1.5.5.7.3.1).
        ServerAuth = "server-auth",
        /// Extended key usage Client Authentication (1.3.6.1.5.5.7.3.2).
        ClientAuth = "client-auth",
        /// Key usage keyCertSign.
        CertSign = "key-cert-sign",
    }
}

/// Why a signature did not verify.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum SignatureProblem {
    /// The signature does not match the issuer's key.
    Invalid,
    /// The issuer's key cannot verify it; the verifier's message, verbatim.
    BadKey { detail: String },
    /// An algorithm or parameter forcetls does not verify, verbatim.
    Unsupported { what: String },
    /// The issuer's key is refused.
    KeyRefused { key: KeyProblem },
    /// Not checked: the work budget for signatures ran out.
    OverBudget,
}

/// Why validators refuse an RSA key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum KeyProblem {
    /// A modulus over the limit.
    ModulusTooLarge { bits: usize, limit: usize },
    /// A public exponent over 64 bits.
    ExponentOver64Bits,
    /// A public exponent of 2^33 or more.
    ExponentTooLarge { exponent: u64 },
    /// A public exponent that is even or below 3.
    ExponentInvalid { exponent: u64 },
}

/// Why a pasted CRL cannot be used (RFC 5280 §6.3.3, §5.2.3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum CrlProblem {
    /// The issuer's key usage lacks cRLSign.
    NoCrlSign,
    /// No CRL number.
    NoCrlNumber,
    /// The CRL number is marked critical.
    CriticalCrlNumber,
    /// An unknown critical extension.
    UnknownCriticalExtension { oid: String },
    /// thisUpdate is after the evaluation time.
    NotYetIssued,
    /// nextUpdate has passed.
    Stale,
    /// The issuer's key is refused.
    KeyRefused { key: KeyProblem },
    /// The work budget for signatures ran out.
    OverBudget,
    /// The signature does not verify with the issuer's key.
    BadSignature,
}

/// How a certificate's subject alternative names are malformed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum SanProblem {
    /// The extension cannot be read; the parser's message, verbatim.
    Unreadable { error: String },
    /// An invalid entry.
    InvalidEntry { name: String },
}

/// A name under a CA's name constraints that breaks them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConstraintViolation {
    /// The certificate that carries the name.
    pub certificate: String,
    /// The name (or, for a malformed constraint, the constraint).
    pub name: String,
    /// How it breaks the constraints.
    pub kind: ViolationKind,
    /// The excluded subtree it falls in, for `excluded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtree: Option<String>,
}

closed_set! {
    /// How a name breaks a CA's name constraints.
    pub enum ViolationKind {
        /// Outside every permitted subtree.
        NotPermitted = "not-permitted",
        /// Inside an excluded subtree.
        Excluded = "excluded",
        /// The name is malformed, so it cannot be judged.
        MalformedName = "malformed-name",
        /// The constraint itself is malformed.
        MalformedConstraint = "malformed-constraint",
        /// A name form forcetls does not process is under constraint.
        Unsupported = "unsupported",
    }
}

/// What a certificate-profile rule found (RFC 5280 §4, CA/B BR §7.1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "found", rename_all = "kebab-case")]
pub enum ProfileDetail {
    /// This extension (`authority-key-identifier`, `subject-key-identifier`,
    /// `authority-information-access`) is critical.
    ExtensionCritical { extension: String },
    /// A CA's basic constraints extension is not critical.
    CaBasicConstraintsNotCritical,
    /// The policy constraints extension is not critical.
    PolicyConstraintsNotCritical,
    /// The subject is empty but the SAN extension is not critical.
    SanNotCriticalEmptySubject,
    /// The SAN extension is critical although the subject is not empty.
    SanCriticalWithSubject,
    /// An extension cannot be read; the parser's message, verbatim.
    ExtensionMalformed { oid: String, error: String },
    /// A self-signed root's AKI holds more than its keyIdentifier.
    RootAkiNotKeyIdOnly,
    /// A self-signed root's AKI differs from its SKI.
    RootAkiDiffers,
    /// No authority key identifier extension.
    NoAuthorityKeyId,
    /// The authority key identifier has no keyIdentifier.
    AuthorityKeyIdNoKeyId,
    /// No subject key identifier.
    NoSubjectKeyId,
    /// The subject is an empty sequence.
    SubjectEmpty,
    /// The issuer is an empty sequence.
    IssuerEmpty,
    /// The X.509 version.
    Version { version: u32 },
    /// keyCertSign without cA.
    KeyCertSignWithoutCa,
    /// A name constraints extension in an end-entity certificate.
    NameConstraintsOnLeaf,
    /// The outer and inner signature algorithms differ.
    SignatureAlgorithmsDiffer,
    /// An RSA modulus whose size is not a multiple of 8.
    RsaModulus { bits: usize },
}

/// One problem or notable fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The stable kebab-case id.
    pub id: FindingId,
    /// What it concerns.
    pub concerns: Concerns,
    /// The typed facts behind it.
    pub evidence: Evidence,
    /// The chain it belongs to, if it is part of a chain's verdict.
    pub chain: Option<usize>,
}

impl Finding {
    /// A finding with its severity and words taken from the catalogue.
    pub fn new(id: FindingId, concerns: Concerns, evidence: Evidence) -> Self {
        Finding { id, concerns, evidence, chain: None }
    }

    /// The same finding, as part of chain `index`'s verdict.
    pub fn in_chain(mut self, index: usize) -> Self {
        self.chain = Some(index);
        self
    }

    /// The severity, from the catalogue.
    pub fn severity(&self) -> Severity {
        catalog::entry(self.id).severity
    }
}

impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let entry = catalog::entry(self.id);
        let mut s = serializer.serialize_struct("Finding", 6)?;
        s.serialize_field("id", entry.id)?;
        s.serialize_field("severity", &entry.severity)?;
        s.serialize_field("concerns", &self.concerns)?;
        s.serialize_field("evidence", &self.evidence)?;
        if let Some(chain) = self.chain {
            s.serialize_field("chain", &chain)?;
        }
        s.serialize_field("reference", entry.reference)?;
        s.end()
    }
}

/// A finding as the JSON carries it (severity and reference are derived from the id, so only the
/// data is read back).
#[derive(Deserialize)]
struct FindingData {
    id: FindingId,
    concerns: Concerns,
    evidence: Evidence,
    #[serde(default)]
    chain: Option<usize>,
}

impl<'de> Deserialize<'de> for Finding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let FindingData { id, concerns, evidence, chain } = FindingData::deserialize(deserializer)?;
        Ok(Finding { id, concerns, evidence, chain })
    }
}
