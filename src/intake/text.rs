//! Scans pasted text line by line for PEM blocks, armour-less Base64 and `openssl s_client`
//! transcripts, keeping the line number of everything it finds.
//!
//! Tolerated, because admins paste from mail, PowerShell and web pages: text before, between and
//! after blocks; CRLF; indentation; `TRUSTED CERTIFICATE` and `X509 CERTIFICATE` armour (RFC 7468
//! §5.3 lax parsing); Base64 with no armour at all. Private keys are recognised by their label and
//! never decoded, so their contents cannot reach the report.

use base64::engine::{general_purpose::GeneralPurpose, DecodePaddingMode, GeneralPurposeConfig};
use base64::Engine;

use super::{s_client, FoundHandshake, Intake};
use crate::catalog::FindingId;
use crate::finding::Evidence;
use crate::model::Location;

/// Labels whose contents are one certificate (or, from Windows, sometimes a PKCS#7 bundle).
const CERTIFICATE_LABELS: &[&str] = &["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE", "PKCS7", "PKCS #7 SIGNED DATA", "CMS", "CERTIFICATE CHAIN"];
/// Labels of certificate signing requests.
const REQUEST_LABELS: &[&str] = &["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];

/// Base64 with or without padding, as people paste it.
const LAX_BASE64: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent));

/// Scans one source's text. Lines in `used` (1-based) were read by a connector parser and are skipped.
pub fn scan(text: &str, source: &str, intake: &mut Intake, used: &[usize]) {
    let used: std::collections::HashSet<usize> = used.iter().copied().collect();
    let lines: Vec<&str> = text.lines().collect();
    let mut scanner = Scanner { source, intake, handshake: None, connected: false, depth: None, base64_run: Vec::new(), ignored: 0, first_ignored: 0 };
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim();
        if used.contains(&(i + 1)) {
            scanner.flush_base64();
            i += 1;
            continue;
        }
        if let Some(label) = begin_label(trimmed) {
            scanner.flush_base64();
            i = scanner.block(&lines, i, label);
            continue;
        }
        if s_client::starts_transcript(trimmed) || (scanner.handshake.is_none() && s_client::is_transcript_line(trimmed)) {
            scanner.flush_base64();
            // OpenSSL prints `depth=` lines on stderr, so a `2>&1` capture may show them before
            // `CONNECTED(`: a new transcript starts only once the current one has got going.
            if s_client::starts_transcript(trimmed) {
                if scanner.connected && scanner.handshake.is_some() {
                    scanner.finish_handshake();
                }
                scanner.connected = true;
            }
            if scanner.handshake.is_none() {
                let facts = crate::model::Handshake { location: Some(Location::new(source, Some(i + 1))), ..Default::default() };
                scanner.handshake = Some(FoundHandshake { facts, certificates: Vec::new() });
                scanner.depth = None;
            }
        }
        if let Some(hs) = scanner.handshake.as_mut() {
            s_client::read_line(trimmed, &mut hs.facts, &mut scanner.depth);
        } else if is_base64_line(trimmed) {
            scanner.base64_run.push((i + 1, trimmed));
        } else {
            scanner.flush_base64();
            if !trimmed.is_empty() && !scanner.intake.explained_line(Location::new(source, Some(i + 1)), trimmed) {
                scanner.ignore(i + 1, 1);
            }
        }
        i += 1;
    }
    scanner.flush_base64();
    scanner.finish_handshake();
    if scanner.ignored > 0 {
        let location = Location::new(source, Some(scanner.first_ignored));
        let evidence = Evidence::IgnoredText { lines: scanner.ignored, first_line: scanner.first_ignored };
        scanner.intake.summary.ignored_lines += scanner.ignored;
        scanner.intake.input_finding(FindingId::TextIgnored, location, evidence);
    }
}

struct Scanner<'a, 'b> {
    source: &'a str,
    intake: &'b mut Intake,
    handshake: Option<FoundHandshake>,
    /// Whether the current transcript has shown its `CONNECTED(` (or command) line.
    connected: bool,
    depth: Option<(u32, String)>,
    base64_run: Vec<(usize, &'a str)>,
    ignored: usize,
    first_ignored: usize,
}

impl<'a> Scanner<'a, '_> {
    /// Reads the block that begins at `lines[start]` and returns the index of the line after it.
    fn block(&mut self, lines: &[&'a str], start: usize, label: &'a str) -> usize {
        let location = Location::new(self.source, Some(start + 1));
        let mut body = Vec::new();
        let mut end = None;
        for (j, line) in lines.iter().enumerate().skip(start + 1) {
            let t = line.trim();
            if t.starts_with("-----END ") {
                end = Some(j);
                break;
            }
            if begin_label(t).is_some() {
                break;
            }
            body.push(t);
        }
        let Some(end) = end else {
            self.intake.summary.unreadable += 1;
            self.intake.input_finding(FindingId::PemBlockTruncated, location, Evidence::PemBlock { label: label.to_string() });
            return start + 1 + body.len();
        };
        let upper = label.to_ascii_uppercase();
        if upper.contains("PRIVATE KEY") || upper == "PGP PRIVATE KEY BLOCK" {
            self.intake.summary.private_keys += 1;
            self.intake.input_finding(FindingId::PrivateKeyPasted, location, Evidence::PemBlock { label: label.to_string() });
        } else if REQUEST_LABELS.contains(&upper.as_str()) {
            self.intake.summary.certificate_requests += 1;
            self.intake.input_finding(FindingId::CertificateRequestIgnored, location, Evidence::PemBlock { label: label.to_string() });
        } else if upper == "X509 CRL" {
            // CRLs are kept for the chain check (RFC 5280 §6.3); `diagnose` reports those it cannot use.
            self.intake.summary.crls += 1;
            let base64: String = body.iter().copied().filter(|l| !l.is_empty() && !l.contains(':')).collect();
            match ::pem::parse(format!("-----BEGIN X509 CRL-----\n{base64}\n-----END X509 CRL-----\n")) {
                Ok(block) => self.intake.crls.push(super::FoundCert { der: block.into_contents(), location }),
                Err(_) => self.intake.input_finding(FindingId::CrlIgnored, location, Evidence::PemBlock { label: label.to_string() }),
            }
        } else if CERTIFICATE_LABELS.contains(&upper.as_str()) {
            self.certificate_block(label, &body, location);
        } else {
            self.intake.summary.other_items += 1;
            self.intake.input_finding(FindingId::PemBlockUnsupported, location, Evidence::PemBlock { label: label.to_string() });
        }
        end + 1
    }

    /// Decodes a certificate or PKCS#7 block with the `pem` crate and hands its DER to intake.
    fn certificate_block(&mut self, label: &str, body: &[&str], location: Location) {
        // RFC 1421 headers (`Proc-Type:`) and blank lines are not Base64; everything else is.
        let base64: Vec<&str> = body.iter().copied().filter(|l| !l.is_empty() && !l.contains(':')).collect();
        let normalized = format!("-----BEGIN {label}-----\n{}\n-----END {label}-----\n", base64.join("\n"));
        match ::pem::parse(normalized) {
            Ok(block) => {
                let added = self.intake.add_der(block.contents(), location, label);
                if let Some(hs) = self.handshake.as_mut() {
                    hs.certificates.extend(added);
                }
            }
            Err(error) => {
                self.intake.summary.unreadable += 1;
                let evidence = Evidence::DecodeError { what: label.to_string(), error: error.to_string() };
                self.intake.input_finding(FindingId::PemBlockUnreadable, location, evidence);
            }
        }
    }

    /// Tries a run of Base64-looking lines as an armour-less certificate or bundle.
    fn flush_base64(&mut self) {
        let run = std::mem::take(&mut self.base64_run);
        let Some(&(first_line, _)) = run.first() else { return };
        let joined: String = run.iter().map(|(_, l)| *l).collect();
        let der = LAX_BASE64.decode(joined.as_bytes()).ok().filter(|d| super::der::single_sequence(d).is_some());
        match der {
            Some(der) => {
                self.intake.add_der(&der, Location::new(self.source, Some(first_line)), "Base64");
            }
            None => self.ignore(first_line, run.len()),
        }
    }

    fn ignore(&mut self, line: usize, count: usize) {
        if self.ignored == 0 {
            self.first_ignored = line;
        }
        self.ignored += count;
    }

    fn finish_handshake(&mut self) {
        self.connected = false;
        if let Some(mut hs) = self.handshake.take() {
            hs.certificates.dedup();
            self.intake.summary.handshakes += 1;
            self.intake.handshakes.push(hs);
        }
    }
}

/// Returns the label of a `-----BEGIN LABEL-----` line.
fn begin_label(line: &str) -> Option<&str> {
    let label = line.strip_prefix("-----BEGIN ")?.strip_suffix("-----")?;
    (!label.is_empty() && !label.contains('-')).then_some(label)
}

/// A line that can be part of armour-less Base64: long enough and only Base64 characters.
fn is_base64_line(line: &str) -> bool {
    line.len() >= 16 && line.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}
