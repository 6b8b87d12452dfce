//! Certificates inside PKCS#7 / CMS SignedData bundles (`.p7b`, `.p7c`, `-----BEGIN PKCS7-----`).
//!
//! RFC 2315 §9.1 and RFC 5652 §5.1: `ContentInfo { contentType, [0] EXPLICIT SignedData }`, where
//! `SignedData` is `SEQUENCE { version, digestAlgorithms SET, encapContentInfo, [0] IMPLICIT
//! certificates OPTIONAL, [1] IMPLICIT crls OPTIONAL, signerInfos SET }`.

use super::der::{self, OID, SEQUENCE};

/// The DER of OID 1.2.840.113549.1.7.2 (signedData).
const SIGNED_DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

/// Whether `der` starts like a PKCS#7 ContentInfo holding SignedData.
pub fn is_pkcs7(der: &[u8]) -> bool {
    content_type(der).is_some_and(|oid| oid == SIGNED_DATA)
}

fn content_type(der: &[u8]) -> Option<&[u8]> {
    let (info, _) = der::read(der)?;
    let (oid, _) = der::read(info.content).filter(|_| info.tag == SEQUENCE)?;
    (oid.tag == OID).then_some(oid.content)
}

/// Returns the DER of every certificate in a SignedData bundle, in the order stored.
pub fn certificates(der: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let (info, _) = der::read(der).ok_or("not a DER structure")?;
    if info.tag != SEQUENCE || !is_pkcs7(der) {
        return Err("not a PKCS#7 SignedData ContentInfo".into());
    }
    let parts = der::children(info.content);
    let explicit = parts.get(1).filter(|t| t.tag == 0xa0).ok_or("ContentInfo has no [0] content")?;
    let (signed, _) = der::read(explicit.content).ok_or("SignedData is truncated")?;
    if signed.tag != SEQUENCE {
        return Err("SignedData is not a SEQUENCE".into());
    }
    let certs_field = der::children(signed.content).into_iter().find(|t| t.tag == 0xa0);
    let Some(field) = certs_field else {
        return Ok(Vec::new());
    };
    Ok(der::children(field.content).into_iter().filter(|t| t.tag == SEQUENCE).map(|t| t.whole.to_vec()).collect())
}

/// The DER of OID 1.2.840.113549.1.7.1 (data), which a PKCS#12 PFX's authSafe holds.
const DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];

/// Whether `der` looks like a PKCS#12 / PFX file: `SEQUENCE { INTEGER 3, ContentInfo(data), … }`
/// (RFC 7292 §4). Such files carry a private key, so they are reported, never read.
pub fn is_pkcs12(der: &[u8]) -> bool {
    let Some((pfx, _)) = der::read(der) else { return false };
    let parts = der::children(pfx.content);
    matches!(parts.as_slice(), [version, auth, ..]
        if version.tag == der::INTEGER && version.content == [3] && content_type(auth.whole) == Some(DATA))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_pkcs7() {
        assert!(!is_pkcs7(&[0x30, 0x03, 0x02, 0x01, 0x05]));
        assert!(certificates(&[0x30, 0x00]).is_err());
        assert!(!is_pkcs12(&[0x30, 0x03, 0x02, 0x01, 0x03]));
    }
}
