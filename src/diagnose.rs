//! `diagnose(&Input) -> Diagnosis`: the one entry point of the core. It always returns.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::budget::Budget;
use crate::catalog::{self, FindingId};
use crate::civil_time::format_datetime;
use crate::finding::{Concerns, Evidence, Finding};
use crate::chain;
use crate::connectors::{normalize, verdict};
use crate::inspect;
use crate::intake;
use crate::model::{Certificate, Diagnosis, Handshake, Input, SourceReport, Summary, SCHEMA, SCHEMA_VERSION};
use crate::signature::{RustCrypto, SignatureVerifier};
use crate::trust;

/// A certificate counts as expiring soon this many days before its notAfter.
pub const EXPIRES_SOON_DAYS: i64 = 30;

/// Diagnoses everything in `input` at `input.evaluated_at`, with the default work budget.
pub fn diagnose(input: &Input) -> Diagnosis {
    diagnose_with(input, &Budget::new())
}

/// Diagnoses everything in `input` within `budget`: every part of the diagnosis (and the
/// rollover's diagnosis of the next chain) charges the same meters, and each meter that runs out
/// becomes one `work-budget-exhausted` finding.
pub fn diagnose_with(input: &Input, budget: &Budget) -> Diagnosis {
    diagnose_using(input, budget, &RustCrypto)
}

/// Like [`diagnose_with`], with another signature verifier: the native CLI's faster backend, or the
/// browser worker's WebCrypto rounds (`signature::batch`). Every verifier must reach RustCrypto's
/// answers; the verdicts then do not depend on which one ran.
pub fn diagnose_using(input: &Input, budget: &Budget, verifier: &dyn SignatureVerifier) -> Diagnosis {
    let intake = intake::read_with(&input.sources, budget);
    let mut findings = intake.findings;
    let records = intake.records;
    findings.extend(intake.explained.into_iter().map(|(location, error)| Finding::new(FindingId::ExchangeErrorExplained, Concerns::Input { location }, Evidence::ErrorLine { error })));
    let mut summary = intake.summary;
    let mut certificates: Vec<Certificate> = Vec::new();
    let mut seen: HashMap<[u8; 32], usize> = HashMap::new();
    // For each certificate intake found, its index among distinct certificates (None if unreadable).
    let mut distinct: Vec<Option<usize>> = Vec::with_capacity(intake.certificates.len());

    for found in intake.certificates {
        let digest: [u8; 32] = Sha256::digest(&found.der).into();
        if let Some(&index) = seen.get(&digest) {
            certificates[index].occurrences.push(found.location);
            summary.duplicates += 1;
            distinct.push(Some(index));
            continue;
        }
        match inspect::read_digested(&found.der, &digest, certificates.len(), found.location.clone(), input.evaluated_at) {
            Ok(cert) => {
                seen.insert(digest, cert.index);
                distinct.push(Some(cert.index));
                certificates.push(cert);
            }
            Err(error) => {
                summary.unreadable += 1;
                let evidence = Evidence::DecodeError { what: "certificate".into(), error };
                findings.push(Finding::new(FindingId::CertificateUnparseable, Concerns::Input { location: found.location }, evidence));
                distinct.push(None);
            }
        }
    }
    summary.certificates = certificates.len();
    findings.extend(certificates.iter().filter_map(check_duplicate));

    let mut handshakes = Vec::with_capacity(intake.handshakes.len());
    for (index, found) in intake.handshakes.into_iter().enumerate() {
        let mut facts: Handshake = found.facts;
        for position in found.certificates {
            if let Some(Some(cert)) = distinct.get(position) {
                if !facts.certificates.contains(cert) {
                    facts.certificates.push(*cert);
                }
            }
        }
        findings.extend(check_openssl_verify(index, &facts));
        handshakes.push(facts);
    }

    let (user_roots, root_findings) = read_roots(&input.trust.roots, input.evaluated_at, budget);
    findings.extend(root_findings);
    let (public_roots, public_findings) = read_roots(&input.trust.public_roots, input.evaluated_at, budget);
    findings.extend(public_findings);
    // The user's roots move into the anchors; the public roots are kept for Exchange Online's own anchors below.
    let (anchors, mut trust) = trust::anchors(input.trust.store, user_roots.into_iter().chain(public_roots.iter().cloned()).collect());
    trust.public_roots = public_roots.len();
    let sent: Vec<Vec<usize>> = handshakes.iter().map(|h| h.certificates.clone()).filter(|c| !c.is_empty()).collect();
    let (peer, peer_findings) = peer_name(input);
    findings.extend(peer_findings);
    let crls = read_crls(intake.crls, &certificates, &mut findings);
    let options = chain::Options {
        at: input.evaluated_at,
        verifier,
        budget,
        peer: peer.as_ref(),
        max_intermediates: input.peer.max_depth.unwrap_or(chain::path::DEFAULT_MAX_INTERMEDIATES),
        crls: &crls,
    };
    let mut built = chain::build(&certificates, &anchors, &sent, &options);
    if input.peer.name.is_some() && peer.is_none() {
        // An invalid server name: no client could connect to it, so no chain is trusted for it.
        for chain in &mut built.chains {
            chain.verdict = crate::model::ChainVerdict::NotTrusted;
            chain.headline = chain.headline.or(Some(FindingId::PeerNameInvalid));
        }
    }
    findings.extend(built.findings);
    // Certificates on a chain had their validity judged as part of it; the rest are judged alone.
    let judged = |i: &usize| built.on_paths.contains(i) || built.expired_alternatives.contains(i);
    findings.extend(certificates.iter().filter(|c| !judged(&c.index)).filter_map(|c| check_validity(c, input.evaluated_at)));
    let chains = built.chains;

    // Connectors: Exchange Online judges chains with Microsoft's roots only, never the user's.
    let connectors: Vec<_> = records.iter().enumerate().map(|(i, r)| normalize::normalize(r, i)).collect();
    let onprem_roots: Vec<&str> = anchors.iter().filter(|a| input.evaluated_at <= a.cert.facts.not_after).map(|a| a.cert.sha1_thumbprint.as_str()).collect();
    let (directions, exchange_online, connector_findings) = if connectors.is_empty() {
        (Vec::new(), verdict::exo_certificate(input.evaluated_at, &onprem_roots), Vec::new())
    } else {
        let (exo_anchors, _) = trust::anchors(trust::StoreChoice::Microsoft, public_roots.clone());
        // Exchange Online judges names by the connector's own rules (TlsDomain), not by the peer name.
        let exo_options = chain::Options { peer: None, ..options };
        let exo = chain::build(&certificates, &exo_anchors, &sent, &exo_options);
        let ctx = verdict::Context { certs: &certificates, exo_chains: &exo.chains, sent: &sent, connectors: &connectors, onprem_roots: &onprem_roots, at: input.evaluated_at, budget };
        verdict::judge(&ctx)
    };
    findings.extend(connector_findings);

    // NOTE: connectors alone are something to diagnose: their directions are the answer.
    if is_empty(&summary, &findings) && connectors.is_empty() {
        findings.push(Finding::new(FindingId::InputEmpty, Concerns::Everything, Evidence::None));
    }
    let mut d = Diagnosis {
        schema: SCHEMA.to_string(),
        version: SCHEMA_VERSION,
        evaluated_at: format_datetime(input.evaluated_at),
        summary,
        sources: intake.sources,
        certificates,
        handshakes,
        trust,
        chains,
        connectors,
        directions,
        exchange_online,
        worksheet: Vec::new(),
        rollover: None,
        findings,
    };
    let (worksheet, worksheet_findings) = crate::worksheet::build(&d, budget);
    d.worksheet = worksheet;
    d.findings.extend(worksheet_findings);
    if !input.next.is_empty() {
        let next = diagnose_using(&Input { sources: input.next.clone(), evaluated_at: input.evaluated_at, trust: input.trust.clone(), next: Vec::new(), peer: input.peer.clone() }, budget, verifier);
        d.rollover = Some(crate::rollover::compare(&d, &next, &d.connectors));
    }
    d.findings.extend(budget.findings());
    d.findings = group(std::mem::take(&mut d.findings), MAX_FINDINGS_PER_ID);
    sort(&mut d.findings);
    d
}

/// At most this many findings of one id are listed; the rest become one finding that counts them.
pub const MAX_FINDINGS_PER_ID: usize = 50;

/// Keeps the first `limit` findings of each id (in input order) and replaces the rest of each id
/// by one finding of that id with [`Evidence::Grouped`], so that no input can make the findings
/// list, and with it the report, the JSON and the page, grow beyond `limit` per id.
pub fn group(findings: Vec<Finding>, limit: usize) -> Vec<Finding> {
    let mut totals: HashMap<catalog::FindingId, usize> = HashMap::new();
    let mut order = Vec::new();
    let mut kept = Vec::with_capacity(findings.len().min(limit * 8));
    for f in findings {
        let total = totals.entry(f.id).or_insert_with(|| {
            order.push(f.id);
            0
        });
        *total += 1;
        if *total <= limit {
            kept.push(f);
        }
    }
    for id in order {
        let total = totals[&id];
        if total > limit {
            kept.push(Finding::new(id, Concerns::Everything, Evidence::Grouped { shown: limit, total }));
        }
    }
    kept
}

/// The peer name the user gave, read; an unreadable one is a `peer-name-invalid` finding.
fn peer_name(input: &Input) -> (Option<crate::names::PeerName>, Vec<Finding>) {
    let Some(text) = input.peer.name.as_deref().filter(|t| !t.trim().is_empty()) else { return (None, Vec::new()) };
    match crate::names::PeerName::parse(text) {
        Some(peer) => (Some(peer), Vec::new()),
        None => (None, vec![Finding::new(FindingId::PeerNameInvalid, Concerns::Everything, Evidence::Setting { property: "server-name".into(), value: text.to_string() })]),
    }
}

/// Reads pasted CRLs. A CRL that cannot be read, or whose issuer issued none of the pasted
/// certificates, is reported as `crl-ignored`.
fn read_crls(found: Vec<intake::FoundCert>, certificates: &[Certificate], findings: &mut Vec<Finding>) -> Vec<chain::crl::Crl> {
    let mut out = Vec::new();
    for f in found {
        match chain::crl::read(&f.der, f.location.clone()) {
            Some(crl) if certificates.iter().any(|c| c.facts.issuer_key == crl.issuer_key) => out.push(crl),
            _ => findings.push(Finding::new(FindingId::CrlIgnored, Concerns::Input { location: f.location }, Evidence::PemBlock { label: "X509 CRL".into() })),
        }
    }
    out
}

/// Reads roots the user chose to trust, in any format intake reads. Problems reading them are
/// findings like any other input's.
fn read_roots(sources: &[crate::model::Source], evaluated_at: i64, budget: &Budget) -> (Vec<Certificate>, Vec<Finding>) {
    let intake = intake::read_with(sources, budget);
    let mut findings = intake.findings;
    let mut roots = Vec::new();
    for (i, found) in intake.certificates.into_iter().enumerate() {
        match inspect::read(&found.der, i, found.location.clone(), evaluated_at) {
            Ok(cert) => roots.push(cert),
            Err(error) => findings.push(Finding::new(FindingId::CertificateUnparseable, Concerns::Input { location: found.location }, Evidence::DecodeError { what: "trusted-root".into(), error })),
        }
    }
    (roots, findings)
}

/// Like [`diagnose`], but a panic inside the core becomes a `core-panic` finding instead of
/// unwinding into the caller. This is the boundary the CLI uses.
///
/// NOTE: wasm32 has no unwinding, so in the browser a panic aborts the module; the UI installs a
/// panic hook that reports it on the page instead (`ui::panic_banner`).
pub fn diagnose_catching_panics(input: &Input) -> Diagnosis {
    diagnose_catching_panics_using(input, &RustCrypto)
}

/// Like [`diagnose_catching_panics`], with another signature verifier (the CLI's `signature::ring::Ring`).
pub fn diagnose_catching_panics_using(input: &Input, verifier: &dyn SignatureVerifier) -> Diagnosis {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| diagnose_using(input, &Budget::new(), verifier))) {
        Ok(diagnosis) => diagnosis,
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            panicked(input, message)
        }
    }
}

/// The diagnosis reported when the core panicked: the sources and one `core-panic` finding.
pub fn panicked(input: &Input, message: String) -> Diagnosis {
    Diagnosis {
        schema: SCHEMA.to_string(),
        version: SCHEMA_VERSION,
        evaluated_at: format_datetime(input.evaluated_at),
        summary: Summary::default(),
        sources: input.sources.iter().map(|s| SourceReport { name: s.name.clone(), bytes: s.bytes.len(), encoding: crate::model::Encoding::NotRead, items: Vec::new() }).collect(),
        certificates: Vec::new(),
        handshakes: Vec::new(),
        trust: trust::anchors(input.trust.store, Vec::new()).1,
        chains: Vec::new(),
        connectors: Vec::new(),
        directions: Vec::new(),
        exchange_online: verdict::ExoCertificate { era: None, root_trusted: false },
        worksheet: Vec::new(),
        rollover: None,
        findings: vec![Finding::new(FindingId::CorePanic, Concerns::Everything, Evidence::Panic { message })],
    }
}

/// One finding per certificate that appears more than once (RFC 8446 §4.4.2 expects each once).
fn check_duplicate(cert: &Certificate) -> Option<Finding> {
    let again = cert.occurrences.get(1)?.clone();
    let evidence = Evidence::Duplicate { first: cert.occurrences[0].clone(), again, times: cert.occurrences.len() };
    Some(Finding::new(FindingId::DuplicateCertificate, Concerns::Certificate { index: cert.index, subject: cert.subject.clone() }, evidence))
}

/// RFC 5280 §4.1.2.5: every certificate, not only the leaf, must be within its validity period.
fn check_validity(cert: &Certificate, at: i64) -> Option<Finding> {
    let (id, evidence) = chain::checks::validity_evidence(cert, at, false)?;
    Some(Finding::new(id, Concerns::Certificate { index: cert.index, subject: cert.subject.clone() }, evidence))
}

/// OpenSSL's own verdict, from the transcript's `Verify return code` (0 means ok).
fn check_openssl_verify(index: usize, hs: &Handshake) -> Option<Finding> {
    let code = hs.verify_return_code.filter(|&c| c != 0)?;
    let errors = hs.verify_errors.iter().map(|e| format!("depth={} {}: verify error:num={}:{}", e.depth, e.subject, e.num, e.message)).collect();
    let evidence = Evidence::OpensslVerify { code, text: hs.verify_return_text.clone().unwrap_or_default(), errors };
    Some(Finding::new(FindingId::OpensslVerifyFailed, Concerns::Handshake { index }, evidence))
}

fn is_empty(summary: &Summary, findings: &[Finding]) -> bool {
    findings.is_empty() && *summary == Summary::default()
}

/// Most severe first; within a severity, in catalogue order; otherwise in input order.
fn sort(findings: &mut [Finding]) {
    findings.sort_by_key(|f| (f.severity(), catalog::rank(f.id)));
}
