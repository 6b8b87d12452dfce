//! Intake: from the sources a user pasted or dropped to the certificate DERs, transcripts and
//! input findings inside them. Nothing here fails: anything unreadable becomes a finding with its
//! position, and everything else that was supplied is still used.

pub mod decode;
pub mod der;
pub mod pkcs7;
pub mod s_client;
pub mod text;

use crate::catalog::FindingId;
use crate::connectors::errors::{self, Explained};
use crate::connectors::parse;
use crate::connectors::record::{Parsed, Record};
use crate::finding::{Concerns, Evidence, Finding};
use crate::model::{Encoding, Handshake, Location, Source, SourceReport, Summary, MAX_SOURCE_BYTES};

/// A certificate's DER and where it was found (not yet parsed or deduplicated).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundCert {
    /// The certificate's DER, trimmed to the certificate itself.
    pub der: Vec<u8>,
    /// Where it was found.
    pub location: Location,
}

/// A transcript's facts plus the positions (in [`Intake::certificates`]) of the certificates it printed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FoundHandshake {
    /// The facts read from the transcript's lines.
    pub facts: Handshake,
    /// Positions in [`Intake::certificates`], in the order the server sent them.
    pub certificates: Vec<usize>,
}

/// Everything intake found across all sources.
#[derive(Clone, Debug, Default)]
pub struct Intake {
    /// How each source was read.
    pub sources: Vec<SourceReport>,
    /// Certificates in order of appearance, duplicates included.
    pub certificates: Vec<FoundCert>,
    /// `openssl s_client` transcripts.
    pub handshakes: Vec<FoundHandshake>,
    /// Findings about the input itself.
    pub findings: Vec<Finding>,
    /// Counts of non-certificate items (certificates are counted after deduplication).
    pub summary: Summary,
    /// Connector (and other PowerShell object) records.
    pub records: Vec<Record>,
    /// Exchange error lines found in text, explained.
    pub explained: Vec<(Location, Explained)>,
    /// Certificate revocation lists (PEM `X509 CRL` blocks): their DER and where they were found.
    pub crls: Vec<FoundCert>,
}

/// Reads every source.
pub fn read(sources: &[Source]) -> Intake {
    let mut intake = Intake::default();
    for source in sources {
        intake.read_source(source);
    }
    intake
}

impl Intake {
    fn read_source(&mut self, source: &Source) {
        let location = Location::new(&source.name, None);
        let encoding = if source.bytes.len() > MAX_SOURCE_BYTES {
            self.summary.unreadable += 1;
            self.input_finding(FindingId::InputTooLarge, location, Evidence::TooLarge { bytes: source.bytes.len(), limit: MAX_SOURCE_BYTES });
            Encoding::NotRead
        } else {
            match decode::decode(&source.bytes) {
                decode::Decoded::Text { text, encoding } => {
                    self.read_text(&text, &source.name);
                    encoding
                }
                decode::Decoded::Der if pkcs7::is_pkcs7(&source.bytes) => {
                    self.add_der(&source.bytes, location, "PKCS7");
                    Encoding::Pkcs7Der
                }
                decode::Decoded::Der if pkcs7::is_pkcs12(&source.bytes) => {
                    self.summary.private_keys += 1;
                    self.input_finding(FindingId::PrivateKeyPasted, location, Evidence::PemBlock { label: "PKCS #12 / PFX".into() });
                    Encoding::Der
                }
                decode::Decoded::Der => {
                    self.add_der(&source.bytes, location, "CERTIFICATE");
                    Encoding::Der
                }
                decode::Decoded::Binary => {
                    self.summary.unreadable += 1;
                    let error = "not text, and not a single DER structure".to_string();
                    self.input_finding(FindingId::BinaryUnreadable, location, Evidence::DecodeError { what: "file".into(), error });
                    Encoding::Binary
                }
            }
        };
        self.sources.push(SourceReport { name: source.name.clone(), bytes: source.bytes.len(), encoding });
    }

    /// Reads text: connector exports (JSON, Clixml, Format-List) and everything the certificate
    /// scanner finds around them. A JSON or Clixml export that parses is connector data only.
    fn read_text(&mut self, text: &str, source: &str) {
        let format = parse::detect(text);
        let parsed = match format {
            Some("json") => Some(parse::json::parse(text, source)),
            Some("clixml") => Some(parse::clixml::parse(text, source)),
            Some("format-list") => Some(parse::format_list::parse(text, source)),
            Some("table") => {
                self.input_finding(FindingId::ConnectorTableOutput, Location::new(source, Some(1)), Evidence::None);
                None
            }
            _ => None,
        };
        let Some(parsed) = parsed else {
            return text::scan(text, source, self, &[]);
        };
        let Parsed { records, problems, used_lines } = parsed;
        let whole_document = matches!(format, Some("json" | "clixml")) && !records.is_empty();
        for problem in problems {
            self.summary.unreadable += 1;
            let evidence = Evidence::DecodeError { what: format.unwrap_or("connector output").into(), error: problem.message };
            self.input_finding(FindingId::ConnectorUnreadable, problem.location, evidence);
        }
        self.records.extend(records);
        if !whole_document {
            text::scan(text, source, self, &used_lines);
        }
    }

    /// Records an explained Exchange error line.
    pub(crate) fn explained_line(&mut self, location: Location, line: &str) -> bool {
        match errors::explain(line) {
            Some(e) => {
                self.explained.push((location, e));
                true
            }
            None => false,
        }
    }

    /// Adds a decoded DER item: a PKCS#7 bundle's certificates or one certificate. Returns the
    /// positions of the certificates added.
    pub(crate) fn add_der(&mut self, der: &[u8], location: Location, label: &str) -> Vec<usize> {
        let start = self.certificates.len();
        if pkcs7::is_pkcs7(der) {
            match pkcs7::certificates(der) {
                Ok(certs) if !certs.is_empty() => {
                    for (n, cert) in certs.into_iter().enumerate() {
                        let location = Location { bundle_item: Some(n + 1), ..location.clone() };
                        self.certificates.push(FoundCert { der: cert, location });
                    }
                }
                result => {
                    let error = result.err().unwrap_or_else(|| "the bundle contains no certificates".into());
                    self.summary.unreadable += 1;
                    self.input_finding(FindingId::Pkcs7Unreadable, location, Evidence::DecodeError { what: label.into(), error });
                }
            }
        } else {
            // A TRUSTED CERTIFICATE carries OpenSSL trust settings after the certificate; keep the certificate only.
            let cert = der::read(der).map_or(der, |(tlv, _)| tlv.whole);
            self.certificates.push(FoundCert { der: cert.to_vec(), location });
        }
        (start..self.certificates.len()).collect()
    }

    pub(crate) fn input_finding(&mut self, id: FindingId, location: Location, evidence: Evidence) {
        self.findings.push(Finding::new(id, Concerns::Input { location }, evidence));
    }
}
