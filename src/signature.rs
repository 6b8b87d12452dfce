//! Signature verification behind a small trait, so path building can be tested with injected
//! failures and the crypto can be swapped.
//!
//! [`RustCrypto`] verifies RSA PKCS#1 v1.5 (SHA-1/256/384/512, RFC 8017 §8.2), RSASSA-PSS (RFC 4055
//! parameters), ECDSA on P-256/P-384 with SHA-1/256/384/512 (RFC 5758 §3.2) and Ed25519 (RFC 8410),
//! all with pure-Rust crates that also run on wasm32.

use crate::finding::KeyProblem;
use rsa::pkcs8::DecodePublicKey;
use rsa::signature::hazmat::PrehashVerifier;
use rsa::signature::Verifier;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::intake::der;

pub mod batch;
#[cfg(not(target_arch = "wasm32"))]
pub mod ring;

/// A signature algorithm: its OID and the DER contents of its parameters, if any.
#[derive(Clone, Copy, Debug)]
pub struct Algorithm<'a> {
    /// The dotted OID, e.g. `1.2.840.113549.1.1.11`.
    pub oid: &'a str,
    /// The contents octets of the parameters (for RSASSA-PSS, the RSASSA-PSS-params SEQUENCE contents).
    pub params: Option<&'a [u8]>,
}

/// Why a signature did not verify.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureError {
    /// The algorithm (or key type, or parameters) is not one forcetls verifies.
    Unsupported(String),
    /// The issuer's key cannot be used with this algorithm, or could not be read.
    BadKey(String),
    /// The signature is wrong for this key and message.
    Invalid,
    /// The issuer's key is outside the limits validators accept (see [`rsa_refusal`]); not checked.
    KeyRefused(KeyProblem),
    /// The work budget for signature checks ran out; not checked.
    OverBudget,
}

/// The largest RSA modulus validators accept, in bits (rustls-webpki via ring: 8192; Go and
/// OpenSSL accept up to 16384, pyca/cryptography through OpenSSL too, but refuse keys this
/// tool would spend seconds on).
pub const MAX_RSA_BITS: usize = 8192;
/// RSA public exponents must be below 2^33 (ring's limit; Go's is 2^31 − 1).
pub const MAX_RSA_EXPONENT: u64 = (1 << 33) - 1;

/// Why validators refuse an RSA key, given its modulus size and exponent: a modulus over
/// [`MAX_RSA_BITS`], or an exponent that is even, below 3, or over [`MAX_RSA_EXPONENT`]
/// (RFC 8017 §3.1 requires 3 ≤ e < n; ring, which rustls-webpki uses, also requires e odd and
/// below 2^33, which bounds the cost of a verification).
pub fn rsa_refusal(bits: usize, exponent: Option<u64>) -> Option<KeyProblem> {
    if bits > MAX_RSA_BITS {
        return Some(KeyProblem::ModulusTooLarge { bits, limit: MAX_RSA_BITS });
    }
    match exponent {
        None => Some(KeyProblem::ExponentOver64Bits),
        Some(e) if e > MAX_RSA_EXPONENT => Some(KeyProblem::ExponentTooLarge { exponent: e }),
        Some(e) if e < 3 || e % 2 == 0 => Some(KeyProblem::ExponentInvalid { exponent: e }),
        Some(_) => None,
    }
}

/// The cost of one signature verification with a key, in units of one RSA-2048 verification with
/// exponent 65537: RSA costs grow with the square of the modulus and with the exponent's length;
/// an elliptic-curve verification costs about two units in RustCrypto.
pub fn cost(rsa: Option<(usize, Option<u64>)>) -> u64 {
    match rsa {
        Some((bits, exponent)) => {
            let exponent_bits = 64 - exponent.unwrap_or(u64::MAX).leading_zeros() as u64;
            let modulus = (bits as u64).div_ceil(2048).max(1);
            (modulus * modulus * exponent_bits.div_ceil(17)).max(1)
        }
        None => 2,
    }
}

/// Verifies one signature.
pub trait SignatureVerifier {
    /// Checks `signature` over `message` with the public key in `spki_der` (a whole SubjectPublicKeyInfo).
    fn verify(&self, alg: Algorithm<'_>, spki_der: &[u8], message: &[u8], signature: &[u8]) -> Result<(), SignatureError>;
}

/// The real verifier, built on RustCrypto.
#[derive(Clone, Copy, Debug, Default)]
pub struct RustCrypto;

/// A hash function a signature algorithm names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hash {
    /// SHA-1 (FIPS 180-4).
    Sha1,
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

impl Hash {
    fn digest(self, message: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha1 => Sha1::digest(message).to_vec(),
            Hash::Sha256 => Sha256::digest(message).to_vec(),
            Hash::Sha384 => Sha384::digest(message).to_vec(),
            Hash::Sha512 => Sha512::digest(message).to_vec(),
        }
    }

    /// The digest's length in bytes.
    pub fn output_len(self) -> usize {
        match self {
            Hash::Sha1 => 20,
            Hash::Sha256 => 32,
            Hash::Sha384 => 48,
            Hash::Sha512 => 64,
        }
    }

    /// The hash for a DER-encoded hash OID (contents octets).
    fn from_oid_der(oid: &[u8]) -> Option<Hash> {
        match oid {
            [0x2b, 0x0e, 0x03, 0x02, 0x1a] => Some(Hash::Sha1),
            [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, n] => match n {
                1 => Some(Hash::Sha256),
                2 => Some(Hash::Sha384),
                3 => Some(Hash::Sha512),
                _ => None,
            },
            _ => None,
        }
    }
}

/// An elliptic curve forcetls verifies ECDSA on, with the issuer's key read.
#[derive(Clone, Debug)]
pub enum EcKey {
    /// NIST P-256 (secp256r1).
    P256(p256::ecdsa::VerifyingKey),
    /// NIST P-384 (secp384r1).
    P384(p384::ecdsa::VerifyingKey),
}

/// One signature check with its key, parameters and signature read: everything but the arithmetic.
///
/// [`prepare`] is the part of every verification that can fail without arithmetic (an unsupported
/// algorithm, a key that cannot be read, a malformed signature), so every backend that verifies a
/// `Check` (RustCrypto here, WebCrypto in the browser's worker, ring in the native CLI) reports
/// those failures identically; the backends differ only in who does the arithmetic.
#[derive(Clone, Debug)]
pub enum Check {
    /// RSASSA-PKCS1-v1_5 (RFC 8017 §8.2).
    RsaPkcs1 {
        /// The issuer's key.
        key: rsa::RsaPublicKey,
        /// The hash.
        hash: Hash,
    },
    /// RSASSA-PSS (RFC 8017 §8.1) with MGF1 over the same hash.
    RsaPss {
        /// The issuer's key.
        key: rsa::RsaPublicKey,
        /// The hash (of the message and in MGF1).
        hash: Hash,
        /// The salt length in bytes.
        salt: usize,
    },
    /// ECDSA (SEC 1 §4.1.4) over the message's digest.
    Ecdsa {
        /// The issuer's key.
        key: EcKey,
        /// The hash.
        hash: Hash,
        /// The signature as the fixed-size `r ‖ s` (each the curve's field size), read from its DER.
        raw: Vec<u8>,
    },
    /// Ed25519 (RFC 8032 §5.1.7), strict.
    Ed25519 {
        /// The issuer's key.
        key: ed25519_dalek::VerifyingKey,
        /// The signature.
        signature: ed25519_dalek::Signature,
    },
}

/// Reads the algorithm, the issuer's key and the signature: every way a verification can fail
/// before its arithmetic, with the same error RustCrypto's verification reports.
pub fn prepare(alg: Algorithm<'_>, spki_der: &[u8], signature: &[u8]) -> Result<Check, SignatureError> {
    match alg.oid {
        "1.2.840.113549.1.1.5" => rsa_pkcs1(spki_der, signature, Hash::Sha1),
        "1.2.840.113549.1.1.11" => rsa_pkcs1(spki_der, signature, Hash::Sha256),
        "1.2.840.113549.1.1.12" => rsa_pkcs1(spki_der, signature, Hash::Sha384),
        "1.2.840.113549.1.1.13" => rsa_pkcs1(spki_der, signature, Hash::Sha512),
        "1.2.840.113549.1.1.10" => rsa_pss(spki_der, signature, alg.params),
        "1.2.840.10045.4.1" => ecdsa(spki_der, signature, Hash::Sha1),
        "1.2.840.10045.4.3.2" => ecdsa(spki_der, signature, Hash::Sha256),
        "1.2.840.10045.4.3.3" => ecdsa(spki_der, signature, Hash::Sha384),
        "1.2.840.10045.4.3.4" => ecdsa(spki_der, signature, Hash::Sha512),
        "1.3.101.112" => ed25519(spki_der, signature),
        other => Err(SignatureError::Unsupported(format!("signature algorithm {}", crate::inspect::algorithm_name(other)))),
    }
}

impl Check {
    /// Whether a standard implementation of the algorithm (WebCrypto, ring) reaches exactly
    /// RustCrypto's answer on this check with this `signature`, so that it may do the arithmetic
    /// instead. Not for: RSA keys standard implementations refuse or treat differently (a modulus
    /// outside 1,024 to 8,192 bits or even, an exponent that is even, below 3 or from 2^33 on) or a
    /// signature not exactly as long as the modulus, which they answer "invalid" without looking
    /// further; ECDSA P-384 with SHA-1, whose 160-bit digest RustCrypto refuses (SEC 1 §4.1.4 lets
    /// a verifier use a digest shorter than the curve; the `ecdsa` crate requires at least half of
    /// it); Ed25519 with a small-order or non-canonical key or R, or a non-canonical S, which
    /// RustCrypto's strict verification refuses and RFC 8032 §5.1.7 implementations need not.
    pub fn platform_equivalent(&self, signature: &[u8]) -> bool {
        match self {
            Check::RsaPkcs1 { key, .. } | Check::RsaPss { key, .. } => standard_rsa(key, signature),
            Check::Ecdsa { key: EcKey::P384(_), hash: Hash::Sha1, .. } => false,
            Check::Ecdsa { .. } => true,
            Check::Ed25519 { key, signature: sig } => strict_ed25519(key.as_bytes()) && strict_ed25519(sig.r_bytes()) && bool::from(curve25519_dalek::Scalar::from_canonical_bytes(*sig.s_bytes()).is_some()),
        }
    }

    /// The arithmetic, with RustCrypto: whether `signature` (the same bytes [`prepare`] read) signs `message`.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
        let invalid = |_| SignatureError::Invalid;
        match self {
            Check::RsaPkcs1 { key, hash } => {
                let sig = rsa::pkcs1v15::Signature::try_from(signature).map_err(invalid)?;
                let key = key.clone();
                match hash {
                    Hash::Sha1 => rsa::pkcs1v15::VerifyingKey::<Sha1>::new(key).verify(message, &sig),
                    Hash::Sha256 => rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key).verify(message, &sig),
                    Hash::Sha384 => rsa::pkcs1v15::VerifyingKey::<Sha384>::new(key).verify(message, &sig),
                    Hash::Sha512 => rsa::pkcs1v15::VerifyingKey::<Sha512>::new(key).verify(message, &sig),
                }
                .map_err(invalid)
            }
            Check::RsaPss { key, hash, salt } => {
                let sig = rsa::pss::Signature::try_from(signature).map_err(invalid)?;
                let (key, salt) = (key.clone(), *salt);
                match hash {
                    Hash::Sha1 => rsa::pss::VerifyingKey::<Sha1>::new_with_salt_len(key, salt).verify(message, &sig),
                    Hash::Sha256 => rsa::pss::VerifyingKey::<Sha256>::new_with_salt_len(key, salt).verify(message, &sig),
                    Hash::Sha384 => rsa::pss::VerifyingKey::<Sha384>::new_with_salt_len(key, salt).verify(message, &sig),
                    Hash::Sha512 => rsa::pss::VerifyingKey::<Sha512>::new_with_salt_len(key, salt).verify(message, &sig),
                }
                .map_err(invalid)
            }
            Check::Ecdsa { key, hash, raw } => {
                let digest = hash.digest(message);
                match key {
                    EcKey::P256(key) => {
                        let sig = p256::ecdsa::Signature::from_slice(raw).map_err(invalid)?;
                        key.verify_prehash(&digest, &sig).map_err(invalid)
                    }
                    EcKey::P384(key) => {
                        let sig = p384::ecdsa::Signature::from_slice(raw).map_err(invalid)?;
                        key.verify_prehash(&digest, &sig).map_err(invalid)
                    }
                }
            }
            Check::Ed25519 { key, signature } => key.verify_strict(message, signature).map_err(invalid),
        }
    }
}

impl SignatureVerifier for RustCrypto {
    fn verify(&self, alg: Algorithm<'_>, spki_der: &[u8], message: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
        prepare(alg, spki_der, signature)?.verify(message, signature)
    }
}

/// Whether every standard RSA implementation takes this key and signature: an odd modulus of
/// 1,024 to 8,192 bits, an odd public exponent from 3 to below 2^33, a signature exactly as long
/// as the modulus (BoringSSL's and ring's limits; RustCrypto takes more).
fn standard_rsa(key: &rsa::RsaPublicKey, signature: &[u8]) -> bool {
    use rsa::traits::PublicKeyParts;
    let n = key.n().to_bytes_be();
    let e = key.e().to_bytes_be();
    let bits = key.n().bits();
    let exponent = (e.len() <= 8).then(|| e.iter().fold(0u64, |acc, &b| acc << 8 | b as u64));
    let exponent_ok = exponent.is_some_and(|x| (3..1 << 33).contains(&x) && x % 2 == 1);
    (1024..=MAX_RSA_BITS).contains(&bits) && n.last().is_some_and(|b| b % 2 == 1) && exponent_ok && signature.len() == n.len()
}

/// Whether an Edwards point's encoding is canonical and the point is not of small order.
fn strict_ed25519(encoded: &[u8; 32]) -> bool {
    curve25519_dalek::edwards::CompressedEdwardsY(*encoded).decompress().is_some_and(|p| !p.is_small_order() && p.compress().as_bytes() == encoded)
}

fn rsa_key(spki_der: &[u8]) -> Result<rsa::RsaPublicKey, SignatureError> {
    rsa::RsaPublicKey::from_public_key_der(spki_der).map_err(|e| SignatureError::BadKey(format!("not an RSA key: {e}")))
}

/// RFC 8017 §8.2.2: RSASSA-PKCS1-v1_5 verification.
fn rsa_pkcs1(spki_der: &[u8], signature: &[u8], hash: Hash) -> Result<Check, SignatureError> {
    let key = rsa_key(spki_der)?;
    rsa::pkcs1v15::Signature::try_from(signature).map_err(|_| SignatureError::Invalid)?;
    Ok(Check::RsaPkcs1 { key, hash })
}

/// RFC 4055 §3.1 RSASSA-PSS-params: hash [0], mask generation [1] (MGF1 with the same hash), salt length [2].
fn pss_params(params: Option<&[u8]>) -> Result<(Hash, usize), SignatureError> {
    let unsupported = |why: &str| SignatureError::Unsupported(format!("RSASSA-PSS parameters: {why}"));
    let (mut hash, mut mgf_hash, mut salt) = (Hash::Sha1, Hash::Sha1, 20usize);
    for field in der::children(params.unwrap_or_default()) {
        match field.tag {
            0xa0 | 0xa1 => {
                // [0] hashAlgorithm AlgorithmIdentifier; [1] maskGenAlgorithm { mgf1, AlgorithmIdentifier(hash) }.
                let (alg, _) = der::read(field.content).ok_or_else(|| unsupported("truncated"))?;
                let parts = der::children(alg.content);
                let oid = if field.tag == 0xa0 {
                    parts.first().map(|o| o.content)
                } else {
                    parts.get(1).and_then(|inner| der::children(inner.content).first().map(|o| o.content))
                };
                let h = oid.and_then(Hash::from_oid_der).ok_or_else(|| unsupported("unknown hash"))?;
                if field.tag == 0xa0 { hash = h } else { mgf_hash = h }
            }
            0xa2 => {
                let (int, _) = der::read(field.content).ok_or_else(|| unsupported("truncated salt length"))?;
                salt = int.content.iter().fold(0usize, |acc, &b| acc.saturating_mul(256).saturating_add(b as usize));
            }
            _ => {}
        }
    }
    if hash != mgf_hash {
        return Err(unsupported("MGF1 hash differs from the message hash"));
    }
    Ok((hash, salt))
}

/// RFC 8017 §8.1.2: RSASSA-PSS verification with the certificate's parameters.
fn rsa_pss(spki_der: &[u8], signature: &[u8], params: Option<&[u8]>) -> Result<Check, SignatureError> {
    let (hash, salt) = pss_params(params)?;
    let key = rsa_key(spki_der)?;
    rsa::pss::Signature::try_from(signature).map_err(|_| SignatureError::Invalid)?;
    Ok(Check::RsaPss { key, hash, salt })
}

/// RFC 5758 §3.2 / SEC 1 §4.1.4: ECDSA over the message digest, for P-256 and P-384 keys.
fn ecdsa(spki_der: &[u8], signature: &[u8], hash: Hash) -> Result<Check, SignatureError> {
    if let Ok(key) = p256::ecdsa::VerifyingKey::from_public_key_der(spki_der) {
        let sig = p256::ecdsa::Signature::from_der(signature).map_err(|_| SignatureError::Invalid)?;
        return Ok(Check::Ecdsa { key: EcKey::P256(key), hash, raw: sig.to_bytes().to_vec() });
    }
    if let Ok(key) = p384::ecdsa::VerifyingKey::from_public_key_der(spki_der) {
        let sig = p384::ecdsa::Signature::from_der(signature).map_err(|_| SignatureError::Invalid)?;
        return Ok(Check::Ecdsa { key: EcKey::P384(key), hash, raw: sig.to_bytes().to_vec() });
    }
    Err(SignatureError::BadKey("not a P-256 or P-384 EC key (other curves are not verified)".into()))
}

/// RFC 8410 §3 / RFC 8032 §5.1.7: Ed25519.
fn ed25519(spki_der: &[u8], signature: &[u8]) -> Result<Check, SignatureError> {
    // SubjectPublicKeyInfo { AlgorithmIdentifier { 1.3.101.112 }, BIT STRING (0 unused bits, 32-byte key) }.
    let key_bytes = der::read(spki_der)
        .map(|(spki, _)| der::children(spki.content))
        .and_then(|parts| parts.get(1).map(|bits| bits.content.to_vec()))
        .filter(|bits| bits.len() == 33 && bits[0] == 0)
        .ok_or_else(|| SignatureError::BadKey("not an Ed25519 key".into()))?;
    let key_array: [u8; 32] = key_bytes[1..].try_into().map_err(|_| SignatureError::BadKey("not an Ed25519 key".into()))?;
    let key = ed25519_dalek::VerifyingKey::from_bytes(&key_array).map_err(|e| SignatureError::BadKey(e.to_string()))?;
    let signature = ed25519_dalek::Signature::from_slice(signature).map_err(|_| SignatureError::Invalid)?;
    Ok(Check::Ed25519 { key, signature })
}
