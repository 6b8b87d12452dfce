//! The shape of a finding: a stable id, a severity, what it concerns and typed evidence.
//!
//! Wording (title, remedy, reference) comes from [`crate::catalog`] keyed by the id, so the
//! evidence stays data and the words live in one place.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::catalog::{self, FindingId};
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
    /// A decoder's error message.
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
    Signature { issuer: String, error: String, key_id_matches: Option<bool> },
    /// A certificate's basic constraints or version, as found.
    Constraints { version: u32, ca: Option<bool>, path_len: Option<u32>, below: usize },
    /// A certificate's key usage or extended key usage, as found.
    Usage { present: Vec<String>, missing: String },
    /// Names outside a CA's dNSName constraints.
    NameConstraints { names: Vec<String>, permitted: Vec<String>, excluded: Vec<String> },
    /// A key's algorithm and size.
    Key { algorithm: String, bits: u32 },
    /// A profile rule a certificate breaks, and what was found.
    Profile { rule: crate::model::ProfileRule, detail: String },
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
    Related { subject: String, relation: String },
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
        let mut s = serializer.serialize_struct("Finding", 8)?;
        s.serialize_field("id", entry.id)?;
        s.serialize_field("severity", &entry.severity)?;
        s.serialize_field("title", entry.title)?;
        s.serialize_field("concerns", &self.concerns)?;
        s.serialize_field("evidence", &self.evidence)?;
        if let Some(chain) = self.chain {
            s.serialize_field("chain", &chain)?;
        }
        s.serialize_field("remedy", entry.remedy)?;
        s.serialize_field("reference", entry.reference)?;
        s.end()
    }
}

/// A finding as the JSON carries it: the catalogue's words are derived from the id, so only the
/// data is read back.
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
