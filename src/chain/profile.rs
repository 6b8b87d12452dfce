//! The certificate profile: RFC 5280 §4 and CA/Browser Forum BR §7.1 rules that a certificate on
//! a path must follow, each one small check with its section above it. Which rules apply depends
//! on the position: the leaf (the server's certificate), an intermediate CA, or the trust anchor.
//!
//! NOTE: where RFC 5280 and the Baseline Requirements differ, forcetls follows the Baseline
//! Requirements, because the validators mail servers meet (rustls-webpki, browsers' verifiers,
//! pyca/cryptography's web profile) do: a CA certificate in leaf position is refused and a
//! non-critical name constraints extension is allowed. The BR's rule that the common name copy a
//! SAN (§7.1.4.3) is an issuance rule that the validators do not enforce, so neither does forcetls.

use crate::finding::ProfileDetail as Detail;
use crate::model::{Certificate, ProfileRule};

/// A rule broken, with what was found.
pub type Broken = (ProfileRule, Detail);

/// Where on the path a certificate is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// The server's certificate.
    Leaf,
    /// A CA between the leaf and the anchor.
    Intermediate,
    /// The trust anchor that ends the path.
    Anchor,
}

const AKI: &str = "2.5.29.35";
const SKI: &str = "2.5.29.14";
const SAN: &str = "2.5.29.17";
const BASIC_CONSTRAINTS: &str = "2.5.29.19";
const NAME_CONSTRAINTS: &str = "2.5.29.30";
const POLICY_CONSTRAINTS: &str = "2.5.29.36";
const AIA: &str = "1.3.6.1.5.5.7.1.1";

/// Every profile rule `c` breaks at `position`.
pub fn check(c: &Certificate, position: Position) -> Vec<Broken> {
    let mut out = Vec::new();
    out.extend(criticality(c, position));
    out.extend(malformed(c));
    out.extend(authority_key_id(c, position));
    out.extend(subject_key_id(c, position));
    out.extend(ca_subject(c, position));
    out.extend(issuer_name(c));
    out.extend(version(c, position));
    out.extend(key_cert_sign_without_ca(c, position));
    out.extend(name_constraints_on_leaf(c, position));
    out.extend(signature_algorithms(c));
    out.extend(rsa_modulus(c));
    out
}

fn critical(c: &Certificate, oid: &str) -> Option<bool> {
    c.facts.extensions.iter().find(|(o, _)| o == oid).map(|(_, crit)| *crit)
}

fn is_ca(c: &Certificate) -> bool {
    c.basic_constraints.as_ref().is_some_and(|b| b.ca)
}

/// RFC 5280 §4.2.1.1, §4.2.1.2, §4.2.2.1: AKI, SKI and AIA MUST be non-critical; §4.2.1.9: a CA's
/// basic constraints MUST be critical; §4.2.1.11: policy constraints MUST be critical; §4.2.1.6
/// with CA/B BR §7.1.2.7.12: the SAN is critical exactly when the subject is empty.
fn criticality(c: &Certificate, position: Position) -> Vec<Broken> {
    let mut out = Vec::new();
    for (oid, name) in [(AKI, "authority-key-identifier"), (SKI, "subject-key-identifier"), (AIA, "authority-information-access")] {
        if critical(c, oid) == Some(true) {
            out.push((ProfileRule::ExtensionCriticality, Detail::ExtensionCritical { extension: name.into() }));
        }
    }
    if position != Position::Leaf && is_ca(c) && critical(c, BASIC_CONSTRAINTS) == Some(false) {
        out.push((ProfileRule::ExtensionCriticality, Detail::CaBasicConstraintsNotCritical));
    }
    if critical(c, POLICY_CONSTRAINTS) == Some(false) {
        out.push((ProfileRule::ExtensionCriticality, Detail::PolicyConstraintsNotCritical));
    }
    if position == Position::Leaf {
        let empty_subject = c.facts.subject_key.is_empty();
        match critical(c, SAN) {
            Some(false) if empty_subject => out.push((ProfileRule::ExtensionCriticality, Detail::SanNotCriticalEmptySubject)),
            Some(true) if !empty_subject => out.push((ProfileRule::ExtensionCriticality, Detail::SanCriticalWithSubject)),
            _ => {}
        }
    }
    out
}

/// RFC 5280 §4.2: a known extension must be readable, and sequences that are SIZE (1..MAX) must
/// not be empty. (An unreadable or empty SAN is reported as `san-malformed` instead.)
fn malformed(c: &Certificate) -> Vec<Broken> {
    c.facts.malformed_extensions.iter().filter(|(oid, _)| oid != SAN).map(|(oid, why)| (ProfileRule::ExtensionMalformed, Detail::ExtensionMalformed { oid: oid.clone(), error: why.clone() })).collect()
}

/// RFC 5280 §4.2.1.1: the keyIdentifier of the AKI MUST be in every certificate but a
/// self-signed one; CA/B BR §7.1.2.1.3: a self-signed root's AKI, if present, holds only its own
/// key identifier.
fn authority_key_id(c: &Certificate, position: Position) -> Option<Broken> {
    match (position, &c.facts.aki) {
        (Position::Anchor, Some(aki)) if c.self_issued => {
            if aki.key_id.is_none() || aki.issuer_and_serial {
                Some((ProfileRule::AuthorityKeyIdInvalid, Detail::RootAkiNotKeyIdOnly))
            } else if aki.key_id != c.subject_key_id {
                Some((ProfileRule::AuthorityKeyIdInvalid, Detail::RootAkiDiffers))
            } else {
                None
            }
        }
        (Position::Anchor, _) => None,
        _ if c.self_issued => None,
        (_, None) => Some((ProfileRule::AuthorityKeyIdMissing, Detail::NoAuthorityKeyId)),
        (_, Some(aki)) if aki.key_id.is_none() => Some((ProfileRule::AuthorityKeyIdMissing, Detail::AuthorityKeyIdNoKeyId)),
        _ => None,
    }
}

/// RFC 5280 §4.2.1.2: every CA certificate MUST have a subject key identifier.
fn subject_key_id(c: &Certificate, position: Position) -> Option<Broken> {
    (position != Position::Leaf && is_ca(c) && c.subject_key_id.is_none()).then_some((ProfileRule::SubjectKeyIdMissing, Detail::NoSubjectKeyId))
}

/// RFC 5280 §4.1.2.6: a CA's subject MUST be a non-empty distinguished name.
fn ca_subject(c: &Certificate, position: Position) -> Option<Broken> {
    (position != Position::Leaf && c.facts.subject_key.is_empty()).then_some((ProfileRule::CaSubjectEmpty, Detail::SubjectEmpty))
}

/// RFC 5280 §4.1.2.4: the issuer field MUST contain a non-empty distinguished name.
fn issuer_name(c: &Certificate) -> Option<Broken> {
    c.facts.issuer_key.is_empty().then_some((ProfileRule::IssuerEmpty, Detail::IssuerEmpty))
}

/// CA/B Forum BR §7.1.1: certificates MUST be X.509 v3. (Intermediates are judged by
/// `v1-intermediate`; a v1 trust anchor is accepted, as RFC 5280 §6.1.1(d) treats anchors as
/// input, not as certificates to validate.)
fn version(c: &Certificate, position: Position) -> Option<Broken> {
    (position == Position::Leaf && c.version < 3).then_some((ProfileRule::NotVersion3, Detail::Version { version: c.version }))
}

/// RFC 5280 §4.2.1.3: if keyCertSign is asserted, the cA bit MUST be asserted too.
fn key_cert_sign_without_ca(c: &Certificate, position: Position) -> Option<Broken> {
    const KEY_CERT_SIGN: u16 = 1 << 5;
    let asserted = c.facts.key_usage.is_some_and(|k| k & KEY_CERT_SIGN != 0);
    (position == Position::Leaf && asserted && !is_ca(c)).then_some((ProfileRule::KeyCertSignWithoutCa, Detail::KeyCertSignWithoutCa))
}

/// RFC 5280 §4.2.1.10: the name constraints extension MUST be used only in a CA certificate.
fn name_constraints_on_leaf(c: &Certificate, position: Position) -> Option<Broken> {
    (position == Position::Leaf && !is_ca(c) && critical(c, NAME_CONSTRAINTS).is_some()).then_some((ProfileRule::NameConstraintsOnLeaf, Detail::NameConstraintsOnLeaf))
}

/// RFC 5280 §4.1.1.2: signatureAlgorithm MUST equal the signature field of the TBSCertificate.
fn signature_algorithms(c: &Certificate) -> Option<Broken> {
    (!c.facts.signature_algorithms_match).then_some((ProfileRule::SignatureAlgorithmMismatch, Detail::SignatureAlgorithmsDiffer))
}

/// CA/B Forum BR §6.1.5: the RSA modulus size in bits MUST be evenly divisible by 8.
fn rsa_modulus(c: &Certificate) -> Option<Broken> {
    let (bits, _) = c.facts.rsa?;
    (bits % 8 != 0).then_some((ProfileRule::RsaModulusSize, Detail::RsaModulus { bits }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Built-in roots are exempt from the profile rules (see `checks::path_findings`), but all of
    /// them except the one listed pass anyway; this test notices when a store update changes that.
    #[test]
    fn every_built_in_root_but_one_passes_the_anchor_profile() {
        let roots = crate::trust::mozilla().iter().chain(crate::trust::microsoft_extras());
        let broken: Vec<String> = roots
            .filter_map(|c| {
                let mut problems: Vec<String> = check(c, Position::Anchor).into_iter().map(|(rule, detail)| format!("{rule}: {detail:?}")).collect();
                if c.version >= 3 && !c.basic_constraints.as_ref().is_some_and(|b| b.ca) {
                    problems.push("not a CA".into());
                }
                problems.extend(c.facts.unknown_critical.iter().cloned());
                (!problems.is_empty()).then(|| format!("{}: {}", c.subject, problems.join("; ")))
            })
            .collect();
        let known = ["C=TW, O=TAIWAN-CA, OU=Root CA, CN=TWCA Global Root CA: subject-key-id-missing: NoSubjectKeyId"];
        assert_eq!(broken, known, "built-in roots that break the anchor profile changed");
    }
}
