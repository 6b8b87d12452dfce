//! Pasted certificate revocation lists, checked as RFC 5280 §6.3 describes for the certificates on
//! a path: a CRL applies to a certificate when its issuer is the certificate's issuer; it is used
//! only if its issuer's key verifies it, that issuer may sign CRLs (keyUsage cRLSign when the
//! extension is present), it carries a non-critical CRL number (§5.2.3) and the evaluation time is
//! within thisUpdate..nextUpdate. CRLs are never fetched.

use crate::finding::CrlProblem;
use x509_parser::prelude::FromDer;
use x509_parser::revocation_list::CertificateRevocationList;

use crate::budget::Budget;
use crate::intake::der;
use crate::model::{Certificate, Location};
use crate::names::dn::{self, DnKey};
use crate::signature::{Algorithm, SignatureVerifier};

/// One pasted CRL, read.
#[derive(Clone, Debug)]
pub struct Crl {
    /// Where it was pasted.
    pub location: Location,
    /// The issuer, as OpenSSL prints it.
    pub issuer: String,
    /// The issuer's comparison key.
    pub issuer_key: DnKey,
    /// thisUpdate and nextUpdate, Unix seconds.
    pub this_update: i64,
    /// nextUpdate, when present.
    pub next_update: Option<i64>,
    /// Revoked serial numbers (big-endian, without leading zeros).
    pub revoked: Vec<Vec<u8>>,
    /// Whether the CRL number extension is present, and whether it is critical.
    pub crl_number: Option<bool>,
    /// OIDs of critical CRL extensions other than those RFC 5280 §5.2 defines that forcetls reads.
    pub unknown_critical: Vec<String>,
    /// The signed TBSCertList, the signature algorithm and the signature.
    tbs: Vec<u8>,
    algorithm: String,
    params: Option<Vec<u8>>,
    signature: Vec<u8>,
}

/// Reads a CRL's DER; None when it is not a CRL.
pub fn read(der_bytes: &[u8], location: Location) -> Option<Crl> {
    let (_, crl) = CertificateRevocationList::from_der(der_bytes).ok()?;
    let outer = der::single_sequence(crl.as_raw())?;
    let tbs = der::children(outer.content).first()?.whole.to_vec();
    let number = crl.tbs_cert_list.extensions().iter().find(|e| crate::oid::dotted(&e.oid) == "2.5.29.20").map(|e| e.critical);
    let known = ["2.5.29.20", "2.5.29.35", "2.5.29.18"];
    Some(Crl {
        location,
        issuer: dn::openssl(crl.issuer()),
        issuer_key: dn::key(crl.issuer()),
        this_update: crl.last_update().timestamp(),
        next_update: crl.next_update().map(|t| t.timestamp()),
        revoked: crl.iter_revoked_certificates().map(|r| trim(r.raw_serial())).collect(),
        crl_number: number,
        unknown_critical: crl.tbs_cert_list.extensions().iter().filter(|e| e.critical).map(|e| crate::oid::dotted(&e.oid)).filter(|oid| !known.contains(&oid.as_str())).collect(),
        tbs,
        algorithm: crate::oid::dotted(&crl.signature_algorithm.algorithm),
        params: crl.signature_algorithm.parameters.as_ref().map(|p| p.data.to_vec()),
        signature: crl.signature_value.data.to_vec(),
    })
}

fn trim(serial: &[u8]) -> Vec<u8> {
    serial.iter().copied().skip_while(|&b| b == 0).collect()
}

/// What the pasted CRLs say about one certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// No pasted CRL is from its issuer.
    NoCrl,
    /// A usable CRL from its issuer does not list it.
    Good,
    /// A usable CRL lists it.
    Revoked(Location),
    /// A CRL from its issuer cannot be used, so its status is unknown.
    Unusable(Location, CrlProblem),
}

/// RFC 5280 §6.3.3: the status of `cert`, issued by `issuer`, at `at`.
pub fn status(cert: &Certificate, issuer: &Certificate, crls: &[Crl], at: i64, verifier: &dyn SignatureVerifier, budget: &Budget) -> Status {
    let mut result = Status::NoCrl;
    let serial = trim(&hex_bytes(&cert.serial));
    for crl in crls.iter().filter(|c| c.issuer_key == cert.facts.issuer_key) {
        if let Err(why) = usable(crl, issuer, at, verifier, budget) {
            result = Status::Unusable(crl.location.clone(), why);
            continue;
        }
        if crl.revoked.contains(&serial) {
            return Status::Revoked(crl.location.clone());
        }
        if result == Status::NoCrl {
            result = Status::Good;
        }
    }
    result
}

/// RFC 5280 §6.3.3(a)-(g) and §5.2.3, for one CRL and the issuer of the certificate in question.
fn usable(crl: &Crl, issuer: &Certificate, at: i64, verifier: &dyn SignatureVerifier, budget: &Budget) -> Result<(), CrlProblem> {
    // §6.3.3(f): if the issuer has a key usage extension, cRLSign must be set.
    const CRL_SIGN: u16 = 1 << 6;
    if issuer.facts.key_usage.is_some_and(|k| k & CRL_SIGN == 0) {
        return Err(CrlProblem::NoCrlSign);
    }
    match crl.crl_number {
        None => return Err(CrlProblem::NoCrlNumber),
        Some(true) => return Err(CrlProblem::CriticalCrlNumber),
        Some(false) => {}
    }
    if let Some(oid) = crl.unknown_critical.first() {
        return Err(CrlProblem::UnknownCriticalExtension { oid: oid.clone() });
    }
    if at < crl.this_update {
        return Err(CrlProblem::NotYetIssued);
    }
    if crl.next_update.is_some_and(|next| at > next) {
        return Err(CrlProblem::Stale);
    }
    if let Some(key) = issuer.facts.rsa.and_then(|(bits, e)| crate::signature::rsa_refusal(bits, e)) {
        return Err(CrlProblem::KeyRefused { key });
    }
    if !budget.charge(crate::budget::Work::SignatureCost, crate::signature::cost(issuer.facts.rsa)) {
        return Err(CrlProblem::OverBudget);
    }
    let alg = Algorithm { oid: &crl.algorithm, params: crl.params.as_deref() };
    verifier.verify(alg, &issuer.facts.spki, &crl.tbs, &crl.signature).map_err(|_| CrlProblem::BadSignature)
}

fn hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len() / 2).filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()).collect()
}
