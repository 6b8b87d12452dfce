//! Turns a source's bytes into text, or recognises it as binary DER.
//!
//! Windows PowerShell 5.1 writes `>` redirections as UTF-16LE with a byte-order mark, Notepad adds
//! a UTF-8 BOM, and `.cer` files are often raw DER: all of these must be read without the user
//! having to convert anything.

use std::borrow::Cow;

use super::der;
use crate::model::Encoding;

/// What a source's bytes turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded<'a> {
    /// Text, with the name of the encoding it was read as; borrowed when the bytes were UTF-8 already.
    Text { text: Cow<'a, str>, encoding: Encoding },
    /// A single DER SEQUENCE (a certificate, a PKCS#7 bundle, or something else).
    Der,
    /// Binary data that is neither text nor one DER structure.
    Binary,
}

/// Decodes a source's bytes.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return Decoded::Text { text: String::from_utf8_lossy(rest), encoding: Encoding::Utf8Bom };
    }
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return Decoded::Text { text: utf16(rest, u16::from_le_bytes).into(), encoding: Encoding::Utf16leBom };
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return Decoded::Text { text: utf16(rest, u16::from_be_bytes).into(), encoding: Encoding::Utf16beBom };
    }
    if bytes.first() == Some(&der::SEQUENCE) && der::single_sequence(bytes).is_some() {
        return Decoded::Der;
    }
    if looks_like_utf16le(bytes) {
        return Decoded::Text { text: utf16(bytes, u16::from_le_bytes).into(), encoding: Encoding::Utf16le };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) if !has_binary_controls(text.as_bytes()) => Decoded::Text { text: Cow::Borrowed(text), encoding: Encoding::Utf8 },
        Ok(_) => Decoded::Binary,
        // NOTE: Text that is not UTF-8 is most likely Windows-1252 or Latin-1; certificates are
        // ASCII either way, so reading each byte as one character loses nothing we use.
        Err(_) if !has_binary_controls(bytes) => Decoded::Text { text: Cow::Owned(bytes.iter().map(|&b| b as char).collect()), encoding: Encoding::Latin1 },
        Err(_) => Decoded::Binary,
    }
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| read([c[0], c[1]]));
    char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// UTF-16LE text without a BOM has a NUL in almost every odd byte and almost none in even bytes.
fn looks_like_utf16le(bytes: &[u8]) -> bool {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return false;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let pairs = sample.len() / 2;
    odd_nul * 10 >= pairs * 9 && even_nul * 10 <= pairs
}

/// NUL and most C0 controls never appear in text a user would paste.
fn has_binary_controls(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    // Every byte below 0x20 except tab and line feed (9 and 10), form feed and carriage return (12
    // and 13): three comparisons without a branch, summed in bytes over chunks of 255 (whose count
    // fits a byte), so that the compiler can run the loop on 16 bytes at a time (it does on x86-64).
    // This scan was 2 % of a 3-certificate chain's diagnosis.
    let control = |b: u8| u8::from(b < 0x20) - u8::from(b.wrapping_sub(9) < 2) - u8::from(b.wrapping_sub(12) < 2);
    let controls: usize = sample.chunks(255).map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + control(b)))).sum();
    controls > 0 && controls * 100 >= sample.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, Encoding) {
        match decode(bytes) {
            Decoded::Text { text, encoding } => (text.into_owned(), encoding),
            other => panic!("expected text, got {other:?}"),
        }
    }

    #[test]
    fn reads_every_text_encoding() {
        let utf16le: Vec<u8> = "hi\r\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let utf16be: Vec<u8> = "hi\r\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let cases: Vec<(Vec<u8>, &str, Encoding)> = vec![
            (b"hi\n".to_vec(), "hi\n", Encoding::Utf8),
            ([&[0xef, 0xbb, 0xbf][..], b"hi"].concat(), "hi", Encoding::Utf8Bom),
            ([&[0xff, 0xfe][..], &utf16le].concat(), "hi\r\n", Encoding::Utf16leBom),
            ([&[0xfe, 0xff][..], &utf16be].concat(), "hi\r\n", Encoding::Utf16beBom),
            ([utf16le.clone(), utf16le].concat(), "hi\r\nhi\r\n", Encoding::Utf16le),
            (b"caf\xe9".to_vec(), "caf\u{e9}", Encoding::Latin1),
        ];
        for (bytes, want, encoding) in cases {
            assert_eq!(text(&bytes), (want.to_string(), encoding), "{bytes:?}");
        }
    }

    #[test]
    fn tells_der_from_binary() {
        assert_eq!(decode(&[0x30, 0x03, 0x02, 0x01, 0x05]), Decoded::Der);
        assert_eq!(decode(&[0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0xff, 0xfe, 0x00]), Decoded::Binary);
    }
}

/// Property tests (native only: proptest is not a wasm32 dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::has_binary_controls;

    proptest! {
        /// The branch-free count of controls is the plain definition's: bytes below 0x20 other than
        /// tab, line feed, form feed and carriage return.
        #[test]
        fn controls_are_counted_as_defined(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let plain = bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0c | b'\r')).count();
            prop_assert_eq!(has_binary_controls(&bytes), plain > 0 && plain * 100 >= bytes.len().max(1));
        }
    }
}
