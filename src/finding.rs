//! The shape of a finding: a stable id, a severity, what it concerns and typed evidence.
//!
//! Wording (title, remedy, reference) comes from [`crate::catalog`] keyed by the id, so the
//! evidence stays data and the words live in one place.

use serde::{Serialize, Serializer};

use crate::catalog::{self, FindingId};
use crate::model::Location;

/// How much a finding matters, most severe first when sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Forced TLS will fail, or input could not be read.
    Error,
    /// Likely to cause trouble, or something the user must know (such as a pasted secret).
    Warning,
    /// A fact worth showing that needs no action.
    Info,
}

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Concerns {
    /// A place in the input (an unreadable block, a pasted key).
    Input { location: Location },
    /// A certificate, by its index in [`crate::Diagnosis::certificates`].
    Certificate { index: usize, subject: String },
    /// An `openssl s_client` transcript, by its index in [`crate::Diagnosis::handshakes`].
    Handshake { index: usize },
    /// The input as a whole.
    Everything,
}

/// The facts behind a finding, typed so that the CLI, the JSON and the UI agree on them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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
}

impl Finding {
    /// A finding with its severity and words taken from the catalogue.
    pub fn new(id: FindingId, concerns: Concerns, evidence: Evidence) -> Self {
        Finding { id, concerns, evidence }
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
        let mut s = serializer.serialize_struct("Finding", 7)?;
        s.serialize_field("id", entry.id)?;
        s.serialize_field("severity", &entry.severity)?;
        s.serialize_field("title", entry.title)?;
        s.serialize_field("concerns", &self.concerns)?;
        s.serialize_field("evidence", &self.evidence)?;
        s.serialize_field("remedy", entry.remedy)?;
        s.serialize_field("reference", entry.reference)?;
        s.end()
    }
}
