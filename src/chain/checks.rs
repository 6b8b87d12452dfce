//! The checks on one candidate path, each a small function with the rule it implements above it.
//! Like pyca/cryptography's policy table, leniency is explicit: trust anchors are not checked beyond
//! their validity (RFC 5280 §6.1.1(d): anchor information is input, not a certificate to validate).

use super::path::{End, Node, Path, Search};
use crate::catalog::FindingId;
use crate::civil_time::format_datetime;
use crate::finding::{Concerns, Evidence, Finding};
use crate::model::Certificate;

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
        out.extend(validity(ctx, node, anchor_end));
        if anchor_end {
            continue;
        }
        if pos == 0 {
            out.extend(leaf_is_ca(ctx, node));
            out.extend(leaf_eku(ctx, node));
            out.extend(leaf_san(ctx, node));
        } else {
            out.extend(issuer_is_ca(ctx, node));
            out.extend(path_length(ctx, path, pos));
            out.extend(issuer_key_usage(ctx, node));
            out.extend(issuer_eku(ctx, node));
            out.extend(name_constraints(ctx, path.nodes[0], node));
        }
        out.extend(weak_key(ctx, node));
        let self_signed_root = pos == last && path.end == End::UntrustedRoot;
        if !self_signed_root {
            out.extend(sha1_signature(ctx, node));
        }
        out.extend(unknown_critical(ctx, node));
    }
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
        out.push(ctx.finding(FindingId::LeafEkuNoServerAuth, node, Evidence::Usage { present: c.extended_key_usage.clone(), missing: "Server Authentication".into() }));
    }
    out
}

/// RFC 6125 §6.4.4: when DNS SANs are present, clients must not fall back to the CN; many MTAs
/// match SANs only, so a certificate without them is fragile.
fn leaf_san(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    c.facts.dns_names.is_empty().then(|| ctx.finding(FindingId::LeafNoSan, node, Evidence::Related { subject: c.subject.clone(), relation: "no DNS name in the subject alternative name extension".into() }))
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
    (bits & KEY_CERT_SIGN == 0).then(|| ctx.finding(FindingId::IssuerKeyUsageNoCertSign, node, Evidence::Usage { present: c.key_usage.clone(), missing: "Certificate Sign".into() }))
}

/// NOTE: RFC 5280 does not chain EKU through CAs, but Windows (CryptoAPI) and rustls-webpki do:
/// an intermediate whose EKU lacks serverAuth cannot issue TLS server certificates in practice.
fn issuer_eku(ctx: &Ctx<'_>, node: usize) -> Option<Finding> {
    let c = ctx.cert(node);
    let eku = c.facts.eku?;
    (!(eku.server_auth || eku.any)).then(|| ctx.finding(FindingId::IntermediateEkuExcludesServerAuth, node, Evidence::Usage { present: c.extended_key_usage.clone(), missing: "Server Authentication".into() }))
}

/// RFC 5280 §4.2.1.10: a dNSName constraint matches the name and any name formed by adding labels
/// to its left; a constraint starting with "." matches subdomains only.
pub fn dns_within(name: &str, constraint: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    let constraint = constraint.trim_end_matches('.').to_ascii_lowercase();
    if constraint.is_empty() {
        return true;
    }
    if let Some(rest) = constraint.strip_prefix('.') {
        return name.ends_with(&format!(".{rest}"));
    }
    name == constraint || name.ends_with(&format!(".{constraint}"))
}

/// RFC 5280 §6.1.3(b)-(c): the leaf's DNS names (SANs, or the CN when there are none) must be
/// within the permitted subtrees and outside the excluded ones.
fn name_constraints(ctx: &Ctx<'_>, leaf: usize, node: usize) -> Option<Finding> {
    let nc = ctx.cert(node).facts.name_constraints.as_ref()?;
    let leaf = ctx.cert(leaf);
    let names: Vec<String> = if leaf.facts.dns_names.is_empty() { leaf.subject_cn.iter().cloned().collect() } else { leaf.facts.dns_names.clone() };
    let bad: Vec<String> = names
        .into_iter()
        .filter(|n| (!nc.permitted.is_empty() && !nc.permitted.iter().any(|p| dns_within(n, p))) || nc.excluded.iter().any(|e| dns_within(n, e)))
        .collect();
    (!bad.is_empty()).then(|| ctx.finding(FindingId::NameConstraintsViolated, node, Evidence::NameConstraints { names: bad, permitted: nc.permitted.clone(), excluded: nc.excluded.clone() }))
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
        End::NoIssuer if c.self_issued => vec![ctx.finding(FindingId::SelfIssuedNotSelfSigned, last, Evidence::Related { subject: c.subject.clone(), relation: "names itself as issuer, but its own key does not verify its signature".into() })],
        End::NoIssuer => vec![ctx.finding(FindingId::MissingIntermediate, last, Evidence::MissingIssuer { issuer: c.issuer.clone(), ca_issuers: c.ca_issuers_urls.clone() })],
        End::UntrustedRoot if path.nodes.len() == 1 => vec![ctx.finding(FindingId::SelfSignedLeaf, last, Evidence::Related { subject: c.subject.clone(), relation: "issued by itself".into() })],
        End::UntrustedRoot => vec![ctx.finding(FindingId::UntrustedRoot, last, Evidence::Related { subject: c.subject.clone(), relation: "not in the trust store".into() })],
        End::BadSignature(failures) => failures
            .iter()
            .map(|(issuer, error)| {
                let issuer = ctx.cert(*issuer);
                let key_id_matches = match (&c.authority_key_id, &issuer.subject_key_id) {
                    (Some(a), Some(s)) => Some(a == s),
                    _ => None,
                };
                ctx.finding(FindingId::SignatureInvalid, last, Evidence::Signature { issuer: issuer.subject.clone(), error: signature_error_text(error), key_id_matches })
            })
            .collect(),
        End::Loop => vec![ctx.finding(FindingId::ChainLoop, last, Evidence::Related { subject: c.subject.clone(), relation: "its issuer is already on the path".into() })],
        End::TooDeep => vec![ctx.finding(FindingId::PathBudgetExhausted, last, Evidence::Budget { steps: search.steps, signature_checks: search.signature_checks, paths: search.paths.len() })],
    }
}

/// Words for a signature error, for evidence.
pub fn signature_error_text(e: &crate::signature::SignatureError) -> String {
    match e {
        crate::signature::SignatureError::Invalid => "the signature does not match the issuer's key".into(),
        crate::signature::SignatureError::BadKey(why) => format!("the issuer's key cannot verify it: {why}"),
        crate::signature::SignatureError::Unsupported(what) => format!("{what} is not supported by forcetls"),
    }
}

#[cfg(test)]
mod tests {
    use super::dns_within;

    #[test]
    fn dns_name_constraints_follow_rfc_5280() {
        for (name, constraint, within) in [
            ("mail.fabrikam.test", "fabrikam.test", true),
            ("fabrikam.test", "fabrikam.test", true),
            ("MAIL.Fabrikam.Test.", "fabrikam.test", true),
            ("mail.contoso.test", "fabrikam.test", false),
            ("evilfabrikam.test", "fabrikam.test", false),
            ("fabrikam.test", ".fabrikam.test", false),
            ("a.fabrikam.test", ".fabrikam.test", true),
            ("anything.test", "", true),
        ] {
            assert_eq!(dns_within(name, constraint), within, "{name} within {constraint}");
        }
    }
}
