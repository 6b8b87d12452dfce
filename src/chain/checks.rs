//! The checks on one candidate path, each a small function with the rule it implements above it;
//! the certificate profile rules are in `profile.rs`, revocation in `crl.rs`.
//!
//! NOTE: RFC 5280 §6.1.1(d) treats a trust anchor as input, not as a certificate to validate, but
//! the validators forcetls compares with (pyca/cryptography, Windows) apply the CA profile to a
//! trust anchor that is a certificate: it must be valid, be a CA (v3 with basicConstraints cA, or
//! a v1 root), may sign certificates, follow the profile, and its name constraints bind the path.

use super::crl::{self, Crl};
use super::path::{End, Node, Path, Search};
use super::profile::{self, Position};
use crate::budget::Budget;
use crate::catalog::FindingId;
use crate::civil_time::format_datetime;
use crate::finding::{ConstraintViolation, Concerns, Evidence, Finding, Purpose, Relation, SanProblem, SignatureProblem, ViolationKind};
use crate::model::Certificate;
use crate::names::constraints::{self, Names, Violation};
use crate::names::{self as name_rules, GeneralName, PeerName};
use crate::signature::{SignatureError, SignatureVerifier};

/// What the checks of one path need to know.
pub struct Ctx<'a> {
    /// Pasted certificates first (indexes below `pasted`), then trust anchors.
    pub nodes: &'a [Node<'a>],
    /// How many of `nodes` are pasted certificates.
    pub pasted: usize,
    /// The chain's index in the diagnosis.
    pub chain: usize,
    /// The evaluation time.
    pub at: i64,
    /// The diagnosis's work budget (name constraints, CRL signatures).
    pub budget: &'a Budget,
    /// The signature verifier (for CRLs).
    pub verifier: &'a dyn SignatureVerifier,
    /// The name the client connects to, when given.
    pub peer: Option<&'a PeerName>,
    /// Pasted CRLs.
    pub crls: &'a [Crl],
}

impl Ctx<'_> {
    fn cert(&self, node: usize) -> &Certificate {
        self.nodes[node].cert
    }

    /// Findings about a pasted certificate point at it; findings about a store root point at the chain.
    fn concerns(&self, node: usize) -> Concerns {
        if node < self.pasted {
            Concerns::Certificate { index: node, subject: self.cert(node).subject.clone() }
        } else {
            Concerns::Chain { index: self.chain }
        }
    }

    fn finding(&self, id: FindingId, node: usize, evidence: Evidence) -> Finding {
        Finding::new(id, self.concerns(node), evidence).in_chain(self.chain)
    }
}

/// Every finding for one path, in path order (leaf first).
pub fn path_findings(ctx: &Ctx<'_>, path: &Path, search: &Search) -> Vec<Finding> {
    let mut out = Vec::new();
    let last = path.nodes.len() - 1;
    for (pos, &node) in path.nodes.iter().enumerate() {
        let anchor_end = pos == last && path.end == End::Anchor;
        let position = if anchor_end { Position::Anchor } else if pos == 0 { Position::Leaf } else { Position::Intermediate };
        out.extend(validity(ctx, node, anchor_end));
        out.extend(duplicate_extensions(ctx, node));
        // NOTE: a built-in store's root is vetted by its root program and is input to path
        // validation (RFC 5280 §6.1.1(d)); the profile is applied to roots the user adds and to
        // every certificate below the anchor. (One Mozilla root, TWCA Global Root CA, has no SKI.)
        if !(anchor_end && ctx.nodes[node].builtin) {
            out.extend(profile_rules(ctx, node, position));
        }
        out.extend(unknown_critical(ctx, node));
        out.extend(weak_key(ctx, node));
        match position {
            Position::Anchor => {
                out.extend(anchor_is_ca(ctx, node));
                out.extend(issuer_key_usage(ctx, node));
            }
            Position::Leaf => {
                out.extend(leaf_is_ca(ctx, node));
                out.extend(leaf_eku(ctx, node));
                out.extend(leaf_san(ctx, node));
                out.extend(san_malformed(ctx, node));
                out.extend(peer_name(ctx, node));
            }
            Position::Intermediate => {
                out.extend(issuer_is_ca(ctx, node));
                out.extend(path_length(ctx, path, pos));
                out.extend(issuer_key_usage(ctx, node));
                out.extend(issuer_eku(ctx, node));
                out.extend(san_malformed(ctx, node));
            }
        }
        let self_signed_root = pos == last && path.end == End::UntrustedRoot;
        if !self_signed_root && !anchor_end {
            out.extend(sha1_signature(ctx, node));
        }
        if let Some(&issuer) = path.nodes.get(pos + 1) {
            out.extend(revocation(ctx, node, issuer));
        }
    }
    out.extend(name_constraints(ctx, path));
    out.extend(end(ctx, path, search));
    out
}

/// RFC 5280 §4.1.2.5 and §6.1.3(a)(2): every certificate on the path must be valid at the time.
/// Windows also refuses an expired root, so the anchor's validity is checked too.
fn validity(ctx: &Ctx<'_>, node: usize, anchor: bool) -> Option<Finding> {
    let (id, evidence) = validity_evidence(ctx.cert(node), ctx.at, anchor)?;
    Some(ctx.finding(id, node, evidence))
}

/// The validity finding for a certificate at `at`, if any: expired (for an anchor, the anchor
/// expired), not yet valid (never said of an anchor), or expiring within
/// [`crate::diagnose::EXPIRES_SOON_DAYS`]. Used for chains and for certificates on no chain alike.
pub fn validity_evidence(c: &Certificate, at: i64, anchor: bool) -> Option<(FindingId, Evidence)> {
    let days = crate::civil_time::days_between(at, c.facts.not_after);
    let id = if at > c.facts.not_after {
        if anchor { FindingId::TrustAnchorExpired } else { FindingId::CertificateExpired }
    } else if at < c.facts.not_before && !anchor {
        FindingId::CertificateNotYetValid
    } else if days < crate::diagnose::EXPIRES_SOON_DAYS {
        FindingId::CertificateExpiresSoon
    } else {
        return None;
    };
    Some((id, Evidence::Validity { not_before: c.not_before.clone(), not_after: c.not_after.clone(), evaluated_at: format_datetime(at), days }))
}

fn constraints(c: &Certificate, below: usize) -> Evidence {
    Evidence::Constraints { version: c.version, ca: c.basic_constraints.as_ref().map(|b| b.ca), path_len: c.basic_constraints.as_ref().and_then(|b| b.path_len), below }
}

/// RFC 5280 §4.2.1.9: an end-entity certificate should not assert cA.
fn leaf_is_ca(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    c.basic_constraints.as_ref().filter(|b| b.ca).map(|_| ctx.finding(FindingId::LeafIsCa, node, constraints(c, 0)))
}

/// RFC 5280 §4.2.1.12: with an EKU extension, the purpose must be listed (or anyExtendedKeyUsage).
/// A receiving server needs serverAuth (error). Client Authentication matters only where a
/// certificate is used to send, so the connector verdict checks it there, not here.
fn leaf_eku(ctx: &Ctx<'_>, node: usize) -> Vec<Finding> {
    let c = ctx.cert(node);
    let Some(eku) = c.facts.eku else { return Vec::new() };
    let mut out = Vec::new();
    if !(eku.server_auth || eku.any) {
        out.push(ctx.finding(FindingId::LeafEkuNoServerAuth, node, Evidence::Usage { present: c.extended_key_usage.clone(), missing: Purpose::ServerAuth }));
    }
    out
}

/// RFC 6125 §6.4.4: when DNS SANs are present, clients must not fall back to the CN; many MTAs
/// match SANs only, so a certificate without a DNS or IP SAN is fragile.
fn leaf_san(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    let named = c.facts.sans.iter().flatten().any(|n| matches!(n, GeneralName::Dns(_) | GeneralName::Ip(_)));
    (!named).then(|| ctx.finding(FindingId::LeafNoSan, node, Evidence::Related { subject: c.subject.clone(), relation: Relation::NoSanName }))
}

/// RFC 5280 §6.1.4(k): an issuer must be a version 3 certificate with basicConstraints cA=TRUE.
fn issuer_is_ca(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    if c.version < 3 {
        return Some(ctx.finding(FindingId::V1Intermediate, node, constraints(c, 0)));
    }
    match &c.basic_constraints {
        Some(b) if b.ca => None,
        _ => Some(ctx.finding(FindingId::IssuerNotCa, node, constraints(c, 0))),
    }
}

/// RFC 5280 §6.1.4(l)-(m): pathLenConstraint limits the non-self-issued intermediates below an issuer.
fn path_length(ctx: &Ctx<'_>, path: &Path, pos: usize) -> Option<Finding> {
    let node = path.nodes[pos];
    let c = ctx.cert(node);
    let max = c.basic_constraints.as_ref()?.path_len? as usize;
    let below = path.nodes[1..pos].iter().filter(|&&n| !ctx.cert(n).self_issued).count();
    (below > max).then(|| ctx.finding(FindingId::PathLengthExceeded, node, constraints(c, below)))
}

/// RFC 5280 §6.1.4(n): if an issuer has a key usage extension, keyCertSign must be set.
fn issuer_key_usage(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    let bits = c.facts.key_usage?;
    const KEY_CERT_SIGN: u16 = 1 << 5;
    (bits & KEY_CERT_SIGN == 0).then(|| ctx.finding(FindingId::IssuerKeyUsageNoCertSign, node, Evidence::Usage { present: c.key_usage.clone(), missing: Purpose::CertSign }))
}

/// NOTE: RFC 5280 does not chain EKU through CAs, but Windows (CryptoAPI) and rustls-webpki do:
/// an intermediate whose EKU lacks serverAuth cannot issue TLS server certificates in practice.
fn issuer_eku(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    let eku = c.facts.eku?;
    (!(eku.server_auth || eku.any)).then(|| ctx.finding(FindingId::IntermediateEkuExcludesServerAuth, node, Evidence::Usage { present: c.extended_key_usage.clone(), missing: Purpose::ServerAuth }))
}

/// RFC 5280 §4.2.1.9 and §6.1.4(k), applied to the trust anchor: a version 3 anchor must assert
/// cA in a basic constraints extension.
///
/// NOTE: a version 1 root (no extensions at all) is still accepted as an anchor, as Windows,
/// OpenSSL and Go accept the few that remain in private PKIs.
fn anchor_is_ca(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    (c.version >= 3 && !c.basic_constraints.as_ref().is_some_and(|b| b.ca)).then(|| ctx.finding(FindingId::IssuerNotCa, node, constraints(c, 0)))
}

/// RFC 5280 §4.2: a certificate MUST NOT include more than one instance of an extension.
fn duplicate_extensions(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let exts = &ctx.cert(node).facts.extensions;
    let dup = exts.iter().enumerate().find(|(i, (oid, _))| exts[..*i].iter().any(|(o, _)| o == oid))?;
    Some(ctx.finding(FindingId::DuplicateExtension, node, Evidence::Algorithm { oid: dup.1 .0.clone(), name: dup.1 .0.clone() }))
}

/// The profile rules of `profile.rs`, one finding per rule broken.
fn profile_rules(ctx: &Ctx<'_>, node: usize, position: Position) -> Vec<Finding> {
    profile::check(ctx.cert(node), position).into_iter().map(|(rule, detail)| ctx.finding(FindingId::CertificateProfileViolation, node, Evidence::Profile { rule, detail })).collect()
}

/// RFC 5280 §4.2.1.6: the SAN extension, when present, is readable and holds at least one name;
/// a dNSName is in preferred name syntax (a wildcard only as a whole left-most label), an
/// iPAddress has 4 or 16 octets, an rfc822Name is a mailbox.
fn san_malformed(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    let bad = |problem: SanProblem| Some(ctx.finding(FindingId::SanMalformed, node, Evidence::SanMalformed { subject: c.subject.clone(), problem }));
    if let Some((_, error)) = c.facts.malformed_extensions.iter().find(|(oid, _)| oid == "2.5.29.17") {
        return bad(SanProblem::Unreadable { error: error.clone() });
    }
    let sans = c.facts.sans.as_ref()?;
    let invalid = sans.iter().find(|n| match n {
        GeneralName::Dns(d) => !name_rules::dns::is_valid_presented(d),
        GeneralName::Ip(o) => o.len() != 4 && o.len() != 16,
        GeneralName::Email(e) => !name_rules::email::is_valid_mailbox(e),
        _ => false,
    });
    invalid.and_then(|n| bad(SanProblem::InvalidEntry { name: constraints::text(n) }))
}

/// RFC 6125 §6 / RFC 9525 §6.3: with a peer name, the leaf must carry it as a SAN (see
/// [`name_rules::san_matches`]).
fn peer_name(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let peer = ctx.peer?;
    let c = ctx.cert(node);
    let sans = c.facts.sans.as_deref().unwrap_or_default();
    if name_rules::san_matches(sans, peer) {
        return None;
    }
    let presented = sans.iter().filter(|n| matches!(n, GeneralName::Dns(_) | GeneralName::Ip(_))).map(constraints::text).collect();
    Some(ctx.finding(FindingId::NameMismatch, node, Evidence::NameMismatch { expected: peer.to_string(), presented }))
}

/// The names of a certificate that name constraints apply to.
fn constrained_names(c: &Certificate, leaf: bool) -> Names {
    Names {
        subject: (!c.facts.subject_key.is_empty()).then(|| c.facts.subject_key.clone()),
        sans: c.facts.sans.clone().unwrap_or_default(),
        subject_emails: c.facts.subject_emails.clone(),
        cn_hosts: if leaf && c.facts.sans.is_none() { c.facts.common_names.iter().filter(|n| name_rules::dns::is_valid_reference(n)).cloned().collect() } else { Vec::new() },
    }
}

/// RFC 5280 §6.1.3(b)-(c) and §6.1.4(g): every CA's name constraints (the trust anchor's too)
/// bind every later certificate's names: the leaf's, and those of intermediates that are not
/// self-issued. Checking each CA's subtrees on their own is the intersection the RFC's state
/// machine computes.
fn name_constraints(ctx: &Ctx<'_>, path: &Path) -> Vec<Finding> {
    let mut out = Vec::new();
    for (p, &ca) in path.nodes.iter().enumerate().skip(1) {
        let Some(subtrees) = ctx.cert(ca).facts.name_constraints.as_ref() else { continue };
        for (q, &below) in path.nodes[..p].iter().enumerate() {
            let c = ctx.cert(below);
            if q > 0 && c.self_issued {
                continue;
            }
            let texts = |list: &[GeneralName]| list.iter().map(constraints::text).collect::<Vec<_>>();
            let violation = |name: String, kind: ViolationKind, subtree: Option<String>| ConstraintViolation { certificate: c.name(), name, kind, subtree };
            let violation = match constraints::check(&constrained_names(c, q == 0), subtrees, ctx.budget) {
                Ok(()) => continue,
                Err(Violation::BudgetExhausted) => {
                    out.push(ctx.finding(FindingId::NameConstraintsUnchecked, ca, Evidence::Count { shown: 0, total: subtrees.permitted.len() + subtrees.excluded.len() }));
                    return out;
                }
                Err(Violation::NotPermitted(n)) => violation(n, ViolationKind::NotPermitted, None),
                Err(Violation::Excluded(n, e)) => violation(n, ViolationKind::Excluded, Some(e)),
                Err(Violation::MalformedName(n)) => violation(n, ViolationKind::MalformedName, None),
                Err(Violation::MalformedConstraint(b)) => violation(b, ViolationKind::MalformedConstraint, None),
                Err(Violation::Unsupported(n)) => violation(n, ViolationKind::Unsupported, None),
            };
            let evidence = Evidence::NameConstraints { violations: vec![violation], permitted: texts(&subtrees.permitted), excluded: texts(&subtrees.excluded) };
            out.push(ctx.finding(FindingId::NameConstraintsViolated, ca, evidence));
            break;
        }
    }
    out
}

/// RFC 5280 §6.3: a certificate listed on a usable pasted CRL of its issuer is revoked; a CRL of
/// its issuer that cannot be used leaves its status unknown, which is an error too.
fn revocation(ctx: &Ctx<'_>, node: usize, issuer: usize) -> Option<Finding> {
    if ctx.crls.is_empty() {
        return None;
    }
    let c = ctx.cert(node);
    match crl::status(c, ctx.cert(issuer), ctx.crls, ctx.at, ctx.verifier, ctx.budget) {
        crl::Status::NoCrl | crl::Status::Good => None,
        crl::Status::Revoked(crl) => Some(ctx.finding(FindingId::CertificateRevoked, node, Evidence::Revoked { subject: c.subject.clone(), serial: c.serial.clone(), crl })),
        crl::Status::Unusable(crl, problem) => Some(ctx.finding(FindingId::CrlInvalid, node, Evidence::CrlUnusable { subject: c.subject.clone(), crl, problem })),
    }
}

/// CA/Browser Forum BR §6.1.5: RSA keys must be at least 2048 bits.
fn weak_key(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    let bits = c.public_key.bits?;
    (c.public_key.algorithm == "RSA" && bits < 2048).then(|| ctx.finding(FindingId::WeakKey, node, Evidence::Key { algorithm: "RSA".into(), bits }))
}

/// CA/Browser Forum BR §7.1.3.2: SHA-1 (and MD5) signatures are not accepted below the root.
fn sha1_signature(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    let weak = matches!(c.signature_algorithm_oid.as_str(), "1.2.840.113549.1.1.5" | "1.2.840.10045.4.1" | "1.2.840.113549.1.1.4");
    weak.then(|| ctx.finding(FindingId::Sha1Signature, node, Evidence::Algorithm { oid: c.signature_algorithm_oid.clone(), name: c.signature_algorithm.clone() }))
}

/// RFC 5280 §4.2: a certificate with an unrecognised critical extension must be rejected.
fn unknown_critical(ctx: &Ctx<'_>, node: usize) -> Vec<Finding> {
    let c = ctx.cert(node);
    c.facts.unknown_critical.iter().map(|oid| ctx.finding(FindingId::UnknownCriticalExtension, node, Evidence::Algorithm { oid: oid.clone(), name: oid.clone() })).collect()
}

/// How the path ends, in findings.
fn end(ctx: &Ctx<'_>, path: &Path, search: &Search) -> Vec<Finding> {
    let last = *path.nodes.last().expect("paths are never empty");
    let c = ctx.cert(last);
    match &path.end {
        End::Anchor => Vec::new(),
        End::NoIssuer if c.self_issued => vec![ctx.finding(FindingId::SelfIssuedNotSelfSigned, last, Evidence::Related { subject: c.subject.clone(), relation: Relation::SelfIssuedBadSignature })],
        End::NoIssuer => vec![ctx.finding(FindingId::MissingIntermediate, last, Evidence::MissingIssuer { issuer: c.issuer.clone(), ca_issuers: c.ca_issuers_urls.clone() })],
        End::UntrustedRoot if path.nodes.len() == 1 => vec![ctx.finding(FindingId::SelfSignedLeaf, last, Evidence::Related { subject: c.subject.clone(), relation: Relation::IssuedByItself })],
        End::UntrustedRoot => vec![ctx.finding(FindingId::UntrustedRoot, last, Evidence::Related { subject: c.subject.clone(), relation: Relation::NotInTrustStore })],
        End::MaxDepth => vec![ctx.finding(FindingId::MaxDepthExceeded, last, Evidence::Count { shown: path.nodes.len() - 1, total: path.nodes.len() })],
        End::BadSignature(failures) => failures
            .iter()
            .map(|(issuer, error)| {
                if let SignatureError::KeyRefused(problem) = error {
                    let issuer = ctx.cert(*issuer);
                    return ctx.finding(FindingId::RsaKeyRefused, last, Evidence::KeyRefused { subject: issuer.subject.clone(), problem: *problem });
                }
                let issuer = ctx.cert(*issuer);
                let key_id_matches = match (&c.authority_key_id, &issuer.subject_key_id) {
                    (Some(a), Some(s)) => Some(a == s),
                    _ => None,
                };
                ctx.finding(FindingId::SignatureInvalid, last, Evidence::Signature { issuer: issuer.subject.clone(), error: signature_problem(error), key_id_matches })
            })
            .collect(),
        End::Loop => vec![ctx.finding(FindingId::ChainLoop, last, Evidence::Related { subject: c.subject.clone(), relation: Relation::IssuerOnPath })],
        End::TooDeep => vec![ctx.finding(FindingId::PathBudgetExhausted, last, Evidence::Budget { steps: search.steps, signature_checks: search.signature_checks, paths: search.paths.len() })],
    }
}

/// A signature error as evidence data.
pub fn signature_problem(e: &crate::signature::SignatureError) -> SignatureProblem {
    match e {
        crate::signature::SignatureError::Invalid => SignatureProblem::Invalid,
        crate::signature::SignatureError::BadKey(why) => SignatureProblem::BadKey { detail: why.clone() },
        crate::signature::SignatureError::Unsupported(what) => SignatureProblem::Unsupported { what: what.clone() },
        crate::signature::SignatureError::KeyRefused(key) => SignatureProblem::KeyRefused { key: *key },
        crate::signature::SignatureError::OverBudget => SignatureProblem::OverBudget,
    }
}
