//! The native CLI's verifier: [`Ring`] does the RSA and ECDSA arithmetic with the `ring` crate
//! (assembly for x86_64 and aarch64, built with the system's C compiler), about four to ten times
//! faster than RustCrypto natively; everything else is RustCrypto's.
//!
//! Native shells only: the core never names this module, and wasm32 builds do not have it.
//!
//! `ring` answers "invalid" for a key it refuses as well as for a wrong signature, so it is only
//! given checks whose key it is known to accept (RSA: an odd modulus of 1,024 to 8,192 bits, at
//! least the minimum of ring's parameters for the hash, a public exponent that is odd, at least 3
//! and below 2^33, a signature exactly as long as the modulus; ECDSA on P-256 and P-384 with SHA-256
//! or SHA-384; RSASSA-PSS with a salt as long as the hash, the only salt ring verifies). The rest,
//! and everything [`super::prepare`] refuses, is RustCrypto's, so every answer equals RustCrypto's
//! (`tests/signature_backends.rs` compares the two on every check of the fixtures and of x509-limbo).

use ring::signature::{self as rs, RsaParameters, RsaPublicKeyComponents, UnparsedPublicKey};
use rsa::traits::PublicKeyParts;

use super::{prepare, Algorithm, Check, EcKey, Hash, SignatureError, SignatureVerifier};

/// RSA and ECDSA with `ring`, the rest with RustCrypto.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ring;

impl SignatureVerifier for Ring {
    fn verify(&self, alg: Algorithm<'_>, spki_der: &[u8], message: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
        let check = prepare(alg, spki_der, signature)?;
        match ring_verify(&check, message, signature) {
            Some(true) => Ok(()),
            Some(false) => Err(SignatureError::Invalid),
            None => check.verify(message, signature),
        }
    }
}

/// `ring`'s answer, or None when the check is not one `ring` is given (a backend for
/// [`super::batch::Rounds::run`], too).
pub fn ring_verify(check: &Check, message: &[u8], signature: &[u8]) -> Option<bool> {
    if !check.platform_equivalent(signature) {
        return None;
    }
    match check {
        Check::RsaPkcs1 { key, hash } => {
            let params: &RsaParameters = match hash {
                Hash::Sha1 => &rs::RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY,
                Hash::Sha256 => &rs::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY,
                Hash::Sha384 => &rs::RSA_PKCS1_2048_8192_SHA384,
                Hash::Sha512 => &rs::RSA_PKCS1_1024_8192_SHA512_FOR_LEGACY_USE_ONLY,
            };
            let min_bits = if *hash == Hash::Sha384 { 2048 } else { 1024 };
            rsa(key, min_bits, params, message, signature)
        }
        Check::RsaPss { key, hash, salt } if *salt == hash.output_len() => {
            let params: &RsaParameters = match hash {
                Hash::Sha256 => &rs::RSA_PSS_2048_8192_SHA256,
                Hash::Sha384 => &rs::RSA_PSS_2048_8192_SHA384,
                Hash::Sha512 => &rs::RSA_PSS_2048_8192_SHA512,
                Hash::Sha1 => return None,
            };
            rsa(key, 2048, params, message, signature)
        }
        Check::RsaPss { .. } => None,
        Check::Ecdsa { key, hash, raw } => {
            // ring takes r ‖ s for a curve with its own hash, and DER otherwise; the DER is written
            // from the r and s RustCrypto read, so both see the same numbers.
            let (algorithm, point, sig): (&rs::EcdsaVerificationAlgorithm, Vec<u8>, Vec<u8>) = match (key, hash) {
                (EcKey::P256(k), Hash::Sha256) => (&rs::ECDSA_P256_SHA256_FIXED, k.to_encoded_point(false).as_bytes().to_vec(), raw.clone()),
                (EcKey::P256(k), Hash::Sha384) => (&rs::ECDSA_P256_SHA384_ASN1, k.to_encoded_point(false).as_bytes().to_vec(), p256::ecdsa::Signature::from_slice(raw).ok()?.to_der().as_bytes().to_vec()),
                (EcKey::P384(k), Hash::Sha256) => (&rs::ECDSA_P384_SHA256_ASN1, k.to_encoded_point(false).as_bytes().to_vec(), p384::ecdsa::Signature::from_slice(raw).ok()?.to_der().as_bytes().to_vec()),
                (EcKey::P384(k), Hash::Sha384) => (&rs::ECDSA_P384_SHA384_FIXED, k.to_encoded_point(false).as_bytes().to_vec(), raw.clone()),
                _ => return None,
            };
            Some(UnparsedPublicKey::new(algorithm, point).verify(message, &sig).is_ok())
        }
        // Ed25519 is fast in pure Rust; ring would not change much.
        Check::Ed25519 { .. } => None,
    }
}

/// RSA with `ring`, for keys of at least `min_bits` (ring's floor for the parameters); every other
/// limit of ring's is [`Check::platform_equivalent`]'s.
fn rsa(key: &rsa::RsaPublicKey, min_bits: usize, params: &RsaParameters, message: &[u8], signature: &[u8]) -> Option<bool> {
    let (n, e) = (key.n().to_bytes_be(), key.e().to_bytes_be());
    (key.n().bits() >= min_bits).then(|| RsaPublicKeyComponents { n: &n, e: &e }.verify(params, message, signature).is_ok())
}
