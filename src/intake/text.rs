//! Reads the certificate-side items `segment` found in pasted text: PEM blocks, armour-less Base64,
//! `openssl s_client` transcripts, Exchange error lines and other text, keeping the line number of
//! everything it finds.
//!
//! Tolerated, because admins paste from mail, PowerShell and web pages: text before, between and
//! after blocks; CRLF; indentation; `TRUSTED CERTIFICATE` and `X509 CERTIFICATE` armour (RFC 7468
//! §5.3 lax parsing); Base64 with no armour at all. Private keys are recognised by their label and
//! never decoded, so their contents cannot reach the report.

use base64::engine::{general_purpose::GeneralPurpose, DecodePaddingMode, GeneralPurposeConfig};
use base64::Engine;

use super::segment::{self, Span};
use super::{s_client, FoundHandshake, Intake};
use crate::budget::{Budget, Work};
use crate::catalog::FindingId;
use crate::finding::Evidence;
use crate::model::{ItemKind, Location};

/// Labels whose contents are one certificate (or, from Windows, sometimes a PKCS#7 bundle).
const CERTIFICATE_LABELS: &[&str] = &["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE", "PKCS7", "PKCS #7 SIGNED DATA", "CMS", "CERTIFICATE CHAIN"];
/// Labels of certificate signing requests.
const REQUEST_LABELS: &[&str] = &["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];

/// Base64 with or without padding, as people paste it.
const LAX_BASE64: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent));

/// Reads the certificate-side items of one source (PEM blocks, Base64 runs, transcripts, error
/// lines and other text); connector items are read by the connector parsers.
/// `unused` lists lines (1-based) of connector items that their parser did not use: they count as
/// other text.
pub fn read_items(lines: &[&str], spans: &[Span], unused: &[usize], source: &str, intake: &mut Intake, budget: &Budget) {
    let mut scanner = Scanner { source, intake, budget, handshake: None, depth: None, ignored: 0, first_ignored: 0 };
    for &line in unused {
        scanner.ignore(line, 1);
    }
    for span in spans {
        match span.kind {
            ItemKind::Pem => {
                if let Some(label) = segment::begin_label(lines[span.start].trim()) {
                    scanner.block(lines, span.start, label);
                }
            }
            ItemKind::Base64 => scanner.base64(&lines[span.start..span.end], span.start + 1),
            ItemKind::SClient => scanner.transcript(lines, span),
            ItemKind::ErrorLine => {
                if !scanner.intake.explained_line(Location::new(source, Some(span.start + 1)), lines[span.start].trim()) {
                    scanner.ignore(span.start + 1, 1);
                }
            }
            ItemKind::Text => scanner.ignore(span.start + 1, span.end - span.start),
            ItemKind::Json | ItemKind::Clixml | ItemKind::FormatList | ItemKind::Table => {}
        }
    }
    scanner.finish();
}

struct Scanner<'a, 'b> {
    source: &'a str,
    intake: &'b mut Intake,
    /// Charged for every Base64 character decoded.
    budget: &'b Budget,
    handshake: Option<FoundHandshake>,
    depth: Option<(u32, String)>,
    ignored: usize,
    first_ignored: usize,
}

impl Scanner<'_, '_> {
    /// Reads the block that begins at `lines[start]` and returns the index of the line after it.
    fn block(&mut self, lines: &[&str], start: usize, label: &str) -> usize {
        let location = Location::new(self.source, Some(start + 1));
        let mut body = Vec::new();
        let mut end = None;
        for (j, line) in lines.iter().enumerate().skip(start + 1) {
            let t = line.trim();
            if t.starts_with("-----END ") {
                end = Some(j);
                break;
            }
            if segment::begin_label(t).is_some() {
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
            let base64 = base64_lines(&body);
            if !self.budget.charge(Work::DecodedBytes, base64.iter().map(|l| l.len() as u64).sum()) {
                return end + 1;
            }
            match decode_block("X509 CRL", &base64) {
                Ok(der) => self.intake.crls.push(super::FoundCert { der, location }),
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
        let base64 = base64_lines(body);
        if !self.budget.charge(Work::DecodedBytes, base64.iter().map(|l| l.len() as u64).sum()) {
            return;
        }
        match decode_block(label, &base64) {
            Ok(der) => {
                let added = self.intake.add_der(&der, location, label);
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

    /// Tries a run of Base64-looking lines (the first at `first_line`, 1-based) as an armour-less
    /// certificate or bundle; otherwise they are other text.
    fn base64(&mut self, run: &[&str], first_line: usize) {
        if !self.budget.charge(Work::DecodedBytes, run.iter().map(|l| l.trim().len() as u64).sum()) {
            return;
        }
        let joined: String = run.iter().map(|l| l.trim()).collect();
        let der = LAX_BASE64.decode(joined.as_bytes()).ok().filter(|d| super::der::single_sequence(d).is_some());
        match der {
            Some(der) => {
                self.intake.add_der(&der, Location::new(self.source, Some(first_line)), "Base64");
            }
            None => self.ignore(first_line, run.len()),
        }
    }

    /// Reads a transcript item: its lines' facts, and the certificates it printed in order.
    fn transcript(&mut self, lines: &[&str], span: &Span) {
        let facts = crate::model::Handshake { location: Some(Location::new(self.source, Some(span.start + 1))), ..Default::default() };
        self.handshake = Some(FoundHandshake { facts, certificates: Vec::new() });
        self.depth = None;
        let mut i = span.start;
        while i < span.end {
            let trimmed = lines[i].trim();
            if let Some(label) = segment::begin_label(trimmed) {
                i = self.block(lines, i, label);
                continue;
            }
            if let Some(hs) = self.handshake.as_mut() {
                s_client::read_line(trimmed, &mut hs.facts, &mut self.depth);
            }
            i += 1;
        }
        self.finish_handshake();
    }

    fn ignore(&mut self, line: usize, count: usize) {
        if self.ignored == 0 || line < self.first_ignored {
            self.first_ignored = line;
        }
        self.ignored += count;
    }

    /// Reports the lines of other text, once per source.
    fn finish(&mut self) {
        self.finish_handshake();
        if self.ignored > 0 {
            let location = Location::new(self.source, Some(self.first_ignored));
            let evidence = Evidence::IgnoredText { lines: self.ignored, first_line: self.first_ignored };
            self.intake.summary.ignored_lines += self.ignored;
            self.intake.input_finding(FindingId::TextIgnored, location, evidence);
        }
    }

    fn finish_handshake(&mut self) {
        if let Some(mut hs) = self.handshake.take() {
            hs.certificates.dedup();
            self.intake.summary.handshakes += 1;
            self.intake.handshakes.push(hs);
        }
    }
}

/// The Base64 lines of a PEM block's body: RFC 1421 headers (`Proc-Type:`) and blank lines are not
/// Base64; everything else is.
fn base64_lines<'a>(body: &[&'a str]) -> Vec<&'a str> {
    body.iter().copied().filter(|l| !l.is_empty() && !l.contains(':')).collect()
}

/// A PEM block's contents from its Base64 lines, exactly as the `pem` crate reads the block.
///
/// The crate's reading is the Base64 without white space, decoded with the standard alphabet and
/// padding (`pem::decode_data`). That is done here directly, as re-parsing a rebuilt block with the
/// crate took a sixth of a 3-certificate chain's time; the crate still reads a block that does not
/// decode (or decodes to nothing), so that its error is the one shown.
fn decode_block(label: &str, base64: &[&str]) -> Result<Vec<u8>, ::pem::PemError> {
    let mut compact: Vec<u8> = Vec::with_capacity(base64.iter().map(|l| l.len()).sum());
    for line in base64 {
        // Most lines hold no white space: copying them whole is much faster than byte by byte.
        let bytes = line.as_bytes();
        if bytes.iter().any(u8::is_ascii_whitespace) {
            compact.extend(bytes.iter().filter(|b| !b.is_ascii_whitespace()));
        } else {
            compact.extend_from_slice(bytes);
        }
    }
    match base64::engine::general_purpose::STANDARD.decode(&compact) {
        Ok(der) if !der.is_empty() => Ok(der),
        _ => ::pem::parse(format!("-----BEGIN {label}-----\n{}\n-----END {label}-----\n", base64.join("\n"))).map(::pem::Pem::into_contents),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use proptest::prelude::*;

    use super::decode_block;

    /// What the `pem` crate makes of the block the lines form.
    fn pem_crate(lines: &[&str]) -> Result<Vec<u8>, String> {
        ::pem::parse(format!("-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n", lines.join("\n"))).map(::pem::Pem::into_contents).map_err(|e| e.to_string())
    }

    proptest! {
        /// The direct decoding reads every block exactly as the crate does: the same bytes, or the
        /// same error. Lines mix Base64, padding, inner white space and stray characters.
        #[test]
        fn a_block_reads_as_the_pem_crate_reads_it(lines in proptest::collection::vec("[A-Za-z0-9+/= \t\u{a0}*-]{0,80}", 0..6), der in proptest::collection::vec(any::<u8>(), 0..200)) {
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            prop_assert_eq!(decode_block("CERTIFICATE", &lines).map_err(|e| e.to_string()), pem_crate(&lines));
            // And real Base64, wrapped at 64 characters as PEM writers do.
            use base64::Engine;
            let encoded = base64::engine::general_purpose::STANDARD.encode(&der);
            let wrapped: Vec<&str> = encoded.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap()).collect();
            prop_assert_eq!(decode_block("CERTIFICATE", &wrapped).map_err(|e| e.to_string()), pem_crate(&wrapped));
        }
    }
}
