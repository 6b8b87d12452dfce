//! Intake: from the sources a user pasted or dropped to the certificate DERs, transcripts and
//! input findings inside them. Nothing here fails: anything unreadable becomes a finding with its
//! position, and everything else that was supplied is still used.

pub mod decode;
pub mod der;
pub mod pkcs7;
pub mod s_client;
pub mod segment;
pub mod text;

use crate::budget::{Budget, Work};
use crate::catalog::FindingId;
use crate::connectors::errors::{self, ErrorLine};
use crate::connectors::parse;
use crate::connectors::record::{Parsed, Record};
use crate::finding::{Concerns, Evidence, Finding};
use crate::model::{Encoding, Handshake, Item, ItemKind, Location, Source, SourceReport, Summary, MAX_SOURCE_BYTES};

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
    /// Exchange error lines found in text, recognised.
    pub explained: Vec<(Location, ErrorLine)>,
    /// Certificate revocation lists (PEM `X509 CRL` blocks): their DER and where they were found.
    pub crls: Vec<FoundCert>,
}

/// Reads every source with a budget of its own (for callers outside a diagnosis).
pub fn read(sources: &[Source]) -> Intake {
    read_with(sources, &Budget::new())
}

/// Reads every source, charging `budget`'s `decoded-bytes` meter for every byte turned into text
/// or decoded from Base64 and its `clixml-expansion` meter for Clixml references. A source or
/// block that would exceed the meter is skipped (the diagnosis reports the exhausted meter).
pub fn read_with(sources: &[Source], budget: &Budget) -> Intake {
    let mut intake = Intake::default();
    for source in sources {
        intake.read_source(source, budget);
    }
    intake
}

/// A connector export parser: text and source name in, records out, `<Ref>` expansion charged to the budget.
type ConnectorParser = fn(&str, &str, &Budget) -> Parsed;

impl Intake {
    fn read_source(&mut self, source: &Source, budget: &Budget) {
        let location = Location::new(&source.name, None);
        let mut items = Vec::new();
        let encoding = if source.bytes.len() > MAX_SOURCE_BYTES {
            self.summary.unreadable += 1;
            self.input_finding(FindingId::InputTooLarge, location, Evidence::TooLarge { bytes: source.bytes.len(), limit: MAX_SOURCE_BYTES });
            Encoding::NotRead
        } else if !budget.charge(Work::DecodedBytes, source.bytes.len() as u64) {
            Encoding::NotRead
        } else {
            match decode::decode(&source.bytes) {
                decode::Decoded::Text { text, encoding } => {
                    items = self.read_text(&text, &source.name, budget);
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
        self.sources.push(SourceReport { name: source.name.clone(), bytes: source.bytes.len(), encoding, items });
    }

    /// Reads text: splits it into items (`segment`), gives each connector dump (JSON, Clixml,
    /// Format-List) to its parser on its own, and reads everything else (certificates,
    /// transcripts, error lines) with the text scanner. Returns the items found.
    fn read_text(&mut self, text: &str, source: &str, budget: &Budget) -> Vec<Item> {
        let lines: Vec<&str> = text.lines().collect();
        let spans = segment::segment(&lines);
        let mut unused = Vec::new();
        for span in spans.iter().filter(|s| matches!(s.kind, ItemKind::Json | ItemKind::Clixml | ItemKind::FormatList | ItemKind::Table)) {
            unused.extend(self.read_connector_item(&lines, span, source, budget));
        }
        text::read_items(&lines, &spans, &unused, source, self, budget);
        spans.iter().map(segment::Span::item).collect()
    }

    /// Parses one connector item with its own parser. Locations are moved to the item's place in
    /// the source. Returns the item's lines (1-based) the parser did not use. The Clixml parser
    /// charges `budget` for what `<Ref>` expansion produces.
    fn read_connector_item(&mut self, lines: &[&str], span: &segment::Span, source: &str, budget: &Budget) -> Vec<usize> {
        let (format, parse): (&str, ConnectorParser) = match span.kind {
            ItemKind::Json => ("json", |text, source, _| parse::json::parse(text, source)),
            ItemKind::Clixml => ("clixml", parse::clixml::parse_with),
            ItemKind::FormatList => ("format-list", |text, source, _| parse::format_list::parse(text, source)),
            _ => {
                self.input_finding(FindingId::ConnectorTableOutput, Location::new(source, Some(span.start + 1)), Evidence::None);
                return Vec::new();
            }
        };
        // A prompt line before a JSON dump names the cmdlet; the parser sees the value only.
        let hint = (span.body > span.start).then(|| parse::format_list::prompt_line(lines[span.start].trim()).flatten()).flatten();
        let offset = span.body;
        let Parsed { records, problems, used_lines } = parse(&lines[span.body..span.end].join("\n"), source, budget);
        let moved = |line: Option<usize>| line.map(|l| (l + offset).min(span.end));
        for problem in problems {
            self.summary.unreadable += 1;
            let location = Location { line: moved(problem.location.line), ..problem.location };
            let evidence = Evidence::DecodeError { what: format.into(), error: problem.message };
            self.input_finding(FindingId::ConnectorUnreadable, location, evidence);
        }
        for mut record in records {
            record.location.line = moved(record.location.line);
            if record.source_hint.is_none() {
                record.source_hint.clone_from(&hint);
            }
            self.records.push(record);
        }
        let used: std::collections::HashSet<usize> = used_lines.into_iter().map(|l| l + offset).collect();
        (span.body + 1..=span.end).filter(|l| !used.contains(l) && !lines[l - 1].trim().is_empty()).collect()
    }

    /// Records an explained Exchange error line.
    pub(crate) fn explained_line(&mut self, location: Location, line: &str) -> bool {
        match errors::recognise(line) {
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
