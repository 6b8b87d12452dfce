//! Reads one certificate's DER into the inspector's [`Certificate`] model with x509-parser.
//!
//! Field meanings follow RFC 5280 §4.1 (basic fields) and §4.2 (extensions); the SCT list is RFC
//! 6962 §3.3; DV/OV/IV/EV come from the CA/Browser Forum reserved policy OIDs (Baseline
//! Requirements §7.1.6.1) and a few well-known CA-specific EV OIDs.

use sha1::Sha1;
use sha2::{Digest, Sha256};
use x509_parser::certificate::X509Certificate;
use x509_parser::extensions::{DistributionPointName, GeneralName, ParsedExtension};
use x509_parser::prelude::FromDer;
use x509_parser::public_key::PublicKey as ParsedKey;

use crate::civil_time::{days_between, format_datetime};
use crate::model::{AkiShape, AltName, AltNameKind, BasicConstraints, Certificate, ChainFacts, Eku, Location, PublicKey, ValidationLevel, Validity, ValidityStatus};
use crate::names::{self, constraints::Subtrees, dn, OtherForm};

/// Parses a certificate's DER. `index` and `location` are where the caller keeps it.
pub fn read(der: &[u8], index: usize, location: Location, evaluated_at: i64) -> Result<Certificate, String> {
    read_digested(der, &Sha256::digest(der).into(), index, location, evaluated_at)
}

/// [`read`], for a caller that has already computed the DER's SHA-256 (the diagnosis does, to
/// recognise a certificate pasted twice), so that it is not computed twice.
pub fn read_digested(der: &[u8], sha256: &[u8; 32], index: usize, location: Location, evaluated_at: i64) -> Result<Certificate, String> {
    let (_, cert) = X509Certificate::from_der(der).map_err(|e| e.to_string())?;
    let tbs = &cert.tbs_certificate;
    let not_before = tbs.validity.not_before.timestamp();
    let not_after = tbs.validity.not_after.timestamp();
    let (subject_key, issuer_key) = (dn::key(&tbs.subject), dn::key(&tbs.issuer));
    let signature_algorithm_oid = crate::oid::dotted(&cert.signature_algorithm.algorithm);
    let common_names = dn::common_names(&tbs.subject);
    let mut out = Certificate {
        index,
        occurrences: vec![location],
        version: tbs.version.0 + 1,
        subject: dn::openssl(&tbs.subject),
        subject_windows: windows_dn(&tbs.subject),
        issuer_windows: windows_dn(&tbs.issuer),
        subject_cn: common_names.first().cloned(),
        issuer: dn::openssl(&tbs.issuer),
        serial: crate::hex::upper(tbs.raw_serial()),
        not_before: format_datetime(not_before),
        not_after: format_datetime(not_after),
        validity: validity(not_before, not_after, evaluated_at),
        subject_alt_names: Vec::new(),
        public_key: public_key(&cert),
        signature_algorithm: algorithm_name(&signature_algorithm_oid).to_string(),
        signature_algorithm_oid,
        sha256: crate::hex::upper(sha256),
        sha1_thumbprint: crate::hex::upper(&Sha1::digest(der)),
        basic_constraints: None,
        key_usage: Vec::new(),
        extended_key_usage: Vec::new(),
        authority_key_id: None,
        subject_key_id: None,
        policies: Vec::new(),
        validation_level: None,
        ocsp_urls: Vec::new(),
        ca_issuers_urls: Vec::new(),
        crl_urls: Vec::new(),
        sct_count: 0,
        self_issued: subject_key == issuer_key,
        der: der.to_vec(),
        facts: ChainFacts {
            spki: cert.public_key().raw.to_vec(),
            tbs: within(der, tbs.as_ref()),
            signature_params: cert.signature_algorithm.parameters.as_ref().map(|p| p.data.to_vec()),
            signature: cert.signature_value.data.to_vec(),
            not_before,
            not_after,
            subject_key,
            issuer_key,
            common_names,
            subject_emails: dn::email_addresses(&tbs.subject),
            signature_algorithms_match: cert.signature_algorithm == tbs.signature,
            rsa: rsa_shape(&cert),
            ..ChainFacts::default()
        },
    };
    for ext in tbs.extensions() {
        let oid = crate::oid::dotted(&ext.oid);
        out.facts.extensions.push((oid.clone(), ext.critical));
        read_extension(ext.parsed_extension(), ext.critical, &mut out);
        match ext.parsed_extension() {
            ParsedExtension::ParseError { error } => out.facts.malformed_extensions.push((oid.clone(), error.to_string())),
            ParsedExtension::UnsupportedExtension { .. } if ext.critical => out.facts.unknown_critical.push(oid.clone()),
            _ => {}
        }
        // RFC 5280 §4.2.1.12 / §4.2.2.1: these extensions are SEQUENCE SIZE (1..MAX); x509-parser
        // reads an empty one without complaint.
        let empty = match ext.parsed_extension() {
            ParsedExtension::AuthorityInfoAccess(aia) => aia.accessdescs.is_empty(),
            ParsedExtension::ExtendedKeyUsage(eku) => !(eku.any || eku.server_auth || eku.client_auth || eku.code_signing || eku.email_protection || eku.time_stamping || eku.ocsp_signing) && eku.other.is_empty(),
            ParsedExtension::SubjectAlternativeName(san) => san.general_names.is_empty(),
            ParsedExtension::NameConstraints(nc) => nc.permitted_subtrees.is_none() && nc.excluded_subtrees.is_none(),
            _ => false,
        };
        if empty {
            out.facts.malformed_extensions.push((oid, "empty".into()));
        }
    }
    out.validation_level = out.policies.iter().find_map(|oid| validation_level(oid));
    Ok(out)
}

/// Where `part`, a slice x509-parser borrowed from `der`, lies in `der`. Out of `der` (which
/// x509-parser never returns) it is the empty range, and a signature over it never verifies.
fn within(der: &[u8], part: &[u8]) -> std::ops::Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(der.as_ptr() as usize);
    let range = start..start.saturating_add(part.len());
    if der.get(range.clone()).is_some_and(|found| std::ptr::eq(found, part)) {
        range
    } else {
        0..0
    }
}

/// RFC 5280 §4.1.2.5: a certificate is valid from notBefore through notAfter inclusive.
pub fn validity_status(not_before: i64, not_after: i64, at: i64) -> ValidityStatus {
    if at < not_before {
        ValidityStatus::NotYetValid
    } else if at > not_after {
        ValidityStatus::Expired
    } else {
        ValidityStatus::Valid
    }
}

fn validity(not_before: i64, not_after: i64, at: i64) -> Validity {
    Validity { status: validity_status(not_before, not_after, at), days_until_expiry: days_between(at, not_after) }
}

fn read_extension(ext: &ParsedExtension<'_>, critical: bool, out: &mut Certificate) {
    match ext {
        ParsedExtension::SubjectAlternativeName(san) => {
            out.subject_alt_names = san.general_names.iter().map(alt_name).collect();
            out.facts.dns_names = san.general_names.iter().filter_map(|n| if let GeneralName::DNSName(d) = n { Some(d.to_string()) } else { None }).collect();
            out.facts.sans = Some(san.general_names.iter().map(owned_name).collect());
        }
        ParsedExtension::NameConstraints(nc) => {
            let bases = |trees: &Option<Vec<x509_parser::extensions::GeneralSubtree<'_>>>| -> Vec<names::GeneralName> { trees.iter().flatten().map(|t| owned_name(&t.base)).collect() };
            out.facts.name_constraints = Some(Subtrees { permitted: bases(&nc.permitted_subtrees), excluded: bases(&nc.excluded_subtrees) });
        }
        ParsedExtension::BasicConstraints(bc) => {
            out.basic_constraints = Some(BasicConstraints { ca: bc.ca, path_len: bc.path_len_constraint, critical });
        }
        ParsedExtension::KeyUsage(ku) => {
            const NAMES: [&str; 9] = ["Digital Signature", "Non Repudiation", "Key Encipherment", "Data Encipherment", "Key Agreement", "Certificate Sign", "CRL Sign", "Encipher Only", "Decipher Only"];
            out.facts.key_usage = Some(ku.flags);
            out.key_usage = NAMES.iter().enumerate().filter(|(bit, _)| ku.flags >> bit & 1 == 1).map(|(_, n)| n.to_string()).collect();
        }
        ParsedExtension::ExtendedKeyUsage(eku) => {
            let known = [
                (eku.server_auth, "Server Authentication"),
                (eku.client_auth, "Client Authentication"),
                (eku.email_protection, "Secure Email"),
                (eku.code_signing, "Code Signing"),
                (eku.time_stamping, "Time Stamping"),
                (eku.ocsp_signing, "OCSP Signing"),
                (eku.any, "Any Purpose"),
            ];
            out.facts.eku = Some(Eku { server_auth: eku.server_auth, client_auth: eku.client_auth, any: eku.any });
            out.extended_key_usage = known.iter().filter(|(on, _)| *on).map(|(_, n)| n.to_string()).chain(eku.other.iter().map(|o| crate::oid::dotted(o))).collect();
        }
        ParsedExtension::AuthorityKeyIdentifier(aki) => {
            out.authority_key_id = aki.key_identifier.as_ref().map(|k| crate::hex::upper(k.0));
            out.facts.aki = Some(AkiShape { key_id: out.authority_key_id.clone(), issuer_and_serial: aki.authority_cert_issuer.is_some() || aki.authority_cert_serial.is_some() });
        }
        ParsedExtension::SubjectKeyIdentifier(ski) => out.subject_key_id = Some(crate::hex::upper(ski.0)),
        ParsedExtension::CertificatePolicies(policies) => {
            out.policies = policies.iter().map(|p| crate::oid::dotted(&p.policy_id)).collect();
        }
        ParsedExtension::AuthorityInfoAccess(aia) => {
            for desc in &aia.accessdescs {
                let url = general_name_text(&desc.access_location);
                match crate::oid::dotted(&desc.access_method).as_str() {
                    "1.3.6.1.5.5.7.48.1" => out.ocsp_urls.push(url),
                    "1.3.6.1.5.5.7.48.2" => out.ca_issuers_urls.push(url),
                    _ => {}
                }
            }
        }
        ParsedExtension::CRLDistributionPoints(points) => {
            for point in points.iter() {
                if let Some(DistributionPointName::FullName(names)) = &point.distribution_point {
                    out.crl_urls.extend(names.iter().map(general_name_text));
                }
            }
        }
        ParsedExtension::SCT(list) => out.sct_count = list.len(),
        _ => {}
    }
}

/// A GeneralName as the name-matching module keeps it.
fn owned_name(name: &GeneralName<'_>) -> names::GeneralName {
    match name {
        GeneralName::DNSName(d) => names::GeneralName::Dns(d.to_string()),
        GeneralName::IPAddress(o) => names::GeneralName::Ip(o.to_vec()),
        GeneralName::RFC822Name(e) => names::GeneralName::Email(e.to_string()),
        GeneralName::URI(u) => names::GeneralName::Uri(u.to_string()),
        GeneralName::DirectoryName(n) => names::GeneralName::Directory(dn::key(n)),
        GeneralName::OtherName(..) | GeneralName::Invalid(..) => names::GeneralName::Other(OtherForm::OtherName),
        GeneralName::X400Address(_) => names::GeneralName::Other(OtherForm::X400),
        GeneralName::EDIPartyName(_) => names::GeneralName::Other(OtherForm::EdiParty),
        GeneralName::RegisteredID(_) => names::GeneralName::Other(OtherForm::RegisteredId),
    }
}

/// An RSA key's modulus size in bits and its public exponent (None when over 64 bits).
fn rsa_shape(cert: &X509Certificate<'_>) -> Option<(usize, Option<u64>)> {
    let Ok(ParsedKey::RSA(rsa)) = cert.public_key().parsed() else { return None };
    let exponent = rsa.exponent.iter().skip_while(|&&b| b == 0).copied().collect::<Vec<u8>>();
    let e = (exponent.len() <= 8).then(|| exponent.iter().fold(0u64, |acc, &b| acc << 8 | b as u64));
    let modulus: Vec<u8> = rsa.modulus.iter().copied().skip_while(|&b| b == 0).collect();
    let bits = modulus.first().map_or(0, |&top| (modulus.len() - 1) * 8 + (8 - top.leading_zeros() as usize));
    Some((bits, e))
}

fn alt_name(name: &GeneralName<'_>) -> AltName {
    let kind = match name {
        GeneralName::DNSName(_) => AltNameKind::Dns,
        GeneralName::IPAddress(_) => AltNameKind::Ip,
        GeneralName::RFC822Name(_) => AltNameKind::Email,
        GeneralName::URI(_) => AltNameKind::Uri,
        GeneralName::DirectoryName(_) => AltNameKind::Directory,
        _ => AltNameKind::Other,
    };
    AltName { kind, value: general_name_text(name) }
}

fn general_name_text(name: &GeneralName<'_>) -> String {
    match name {
        GeneralName::DNSName(s) | GeneralName::RFC822Name(s) | GeneralName::URI(s) => s.to_string(),
        GeneralName::IPAddress(bytes) => ip_text(bytes),
        GeneralName::DirectoryName(name) => dn::openssl(name),
        GeneralName::RegisteredID(oid) => crate::oid::dotted(oid),
        GeneralName::OtherName(oid, _) => format!("otherName {}", crate::oid::dotted(oid)),
        other => format!("{other:?}"),
    }
}

fn ip_text(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => std::net::Ipv4Addr::new(bytes[0], bytes[1], bytes[2], bytes[3]).to_string(),
        16 => {
            let mut octets = [0u8; 16];
            octets.copy_from_slice(bytes);
            std::net::Ipv6Addr::from(octets).to_string()
        }
        _ => format!("invalid IP ({})", crate::hex::upper(bytes)),
    }
}

fn public_key(cert: &X509Certificate<'_>) -> PublicKey {
    let spki = cert.public_key();
    let oid = crate::oid::dotted(&spki.algorithm.algorithm);
    let parsed = spki.parsed().ok();
    let bits = parsed.as_ref().map(ParsedKey::key_size).filter(|&b| b > 0).map(|b| b as u32);
    let curve = spki.algorithm.parameters.as_ref().and_then(|p| p.as_oid().ok()).map(|o| curve_name(&crate::oid::dotted(&o)));
    let (algorithm, bits, curve) = match oid.as_str() {
        "1.2.840.113549.1.1.1" => ("RSA".to_string(), bits, None),
        "1.2.840.113549.1.1.10" => ("RSA-PSS".to_string(), bits, None),
        "1.2.840.10045.2.1" => ("EC".to_string(), bits, curve),
        "1.3.101.112" => ("Ed25519".to_string(), Some(256), None),
        "1.3.101.113" => ("Ed448".to_string(), Some(456), None),
        "1.2.840.10040.4.1" => ("DSA".to_string(), bits, None),
        _ => (oid, bits, None),
    };
    PublicKey { algorithm, bits, curve }
}

fn curve_name(oid: &str) -> String {
    match oid {
        "1.2.840.10045.3.1.7" => "P-256".into(),
        "1.3.132.0.34" => "P-384".into(),
        "1.3.132.0.35" => "P-521".into(),
        other => other.into(),
    }
}

/// Names for the signature algorithms mail servers meet; other OIDs are shown as OIDs.
pub fn algorithm_name(oid: &str) -> &str {
    match oid {
        "1.2.840.113549.1.1.4" => "md5WithRSAEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "1.2.840.113549.1.1.10" => "RSASSA-PSS",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.10045.4.1" => "ecdsa-with-SHA1",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384",
        "1.2.840.10045.4.3.4" => "ecdsa-with-SHA512",
        "1.3.101.112" => "Ed25519",
        "1.3.101.113" => "Ed448",
        other => other,
    }
}

/// CA/Browser Forum Baseline Requirements §7.1.6.1 reserved OIDs, plus well-known CA EV OIDs.
fn validation_level(oid: &str) -> Option<ValidationLevel> {
    match oid {
        "2.23.140.1.1" | "2.16.840.1.114412.2.1" | "1.3.6.1.4.1.4146.1.1" | "1.3.6.1.4.1.6449.1.2.1.5.1" | "2.16.840.1.114028.10.1.2" | "1.3.6.1.4.1.34697.2.1" => Some(ValidationLevel::Ev),
        "2.23.140.1.2.2" => Some(ValidationLevel::Ov),
        "2.23.140.1.2.3" => Some(ValidationLevel::Iv),
        "2.23.140.1.2.1" => Some(ValidationLevel::Dv),
        _ => None,
    }
}

/// A distinguished name as Windows' `X509Certificate2.Subject`/`.Issuer` prints it, which is the
/// form Exchange's `TlsCertificateName` (`<I>issuer<S>subject`) holds (see [`dn::windows`]).
pub fn windows_dn(name: &x509_parser::x509::X509Name<'_>) -> String {
    dn::windows(name)
}
