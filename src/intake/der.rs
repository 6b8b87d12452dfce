//! A minimal, bounds-checked DER reader: just enough to find certificates inside PKCS#7 bundles and
//! to tell a DER certificate from other binary files. X.509 itself is parsed by x509-parser.

/// One DER element: its tag byte, its contents and the whole encoding including the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tlv<'a> {
    /// The identifier octet (only low-tag-number form is supported).
    pub tag: u8,
    /// The contents octets.
    pub content: &'a [u8],
    /// The header and contents together.
    pub whole: &'a [u8],
}

/// The universal SEQUENCE tag.
pub const SEQUENCE: u8 = 0x30;
/// The universal SET tag.
pub const SET: u8 = 0x31;
/// The universal OBJECT IDENTIFIER tag.
pub const OID: u8 = 0x06;
/// The universal INTEGER tag.
pub const INTEGER: u8 = 0x02;

/// Reads one element from the front of `input` and returns it with the bytes after it.
///
/// Returns `None` for truncated input, indefinite lengths (BER, not DER), high tag numbers and
/// lengths that do not fit in four octets, so hostile input can only ever produce `None`.
pub fn read(input: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let (&tag, rest) = input.split_first()?;
    if tag & 0x1f == 0x1f {
        return None;
    }
    let (&first, rest) = rest.split_first()?;
    let (len, header) = if first < 0x80 {
        (first as usize, 2)
    } else {
        let count = (first & 0x7f) as usize;
        if count == 0 || count > 4 || rest.len() < count {
            return None;
        }
        let len = rest[..count].iter().fold(0usize, |acc, &b| (acc << 8) | b as usize);
        (len, 2 + count)
    };
    let end = header.checked_add(len)?;
    if input.len() < end {
        return None;
    }
    Some((Tlv { tag, content: &input[header..end], whole: &input[..end] }, &input[end..]))
}

/// Reads every element in `content`, stopping at the first malformed one.
pub fn children(mut content: &[u8]) -> Vec<Tlv<'_>> {
    let mut out = Vec::new();
    while let Some((tlv, rest)) = read(content) {
        out.push(tlv);
        content = rest;
    }
    out
}

/// Returns the first element of `bytes` when `bytes` holds exactly one SEQUENCE, allowing trailing
/// whitespace or NUL padding that some tools append to files.
pub fn single_sequence(bytes: &[u8]) -> Option<Tlv<'_>> {
    let (tlv, rest) = read(bytes)?;
    (tlv.tag == SEQUENCE && rest.iter().all(|b| b.is_ascii_whitespace() || *b == 0)).then_some(tlv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_short_and_long_lengths() {
        let (tlv, rest) = read(&[0x30, 0x03, 0x02, 0x01, 0x05, 0xff]).unwrap();
        assert_eq!((tlv.tag, tlv.content, rest), (0x30, &[0x02, 0x01, 0x05][..], &[0xff][..]));
        let mut long = vec![0x04, 0x81, 0x80];
        long.extend(std::iter::repeat_n(7, 0x80));
        assert_eq!(read(&long).unwrap().0.content.len(), 0x80);
    }

    #[test]
    fn rejects_truncated_indefinite_and_huge() {
        for bad in [&[][..], &[0x30], &[0x30, 0x05, 0x00], &[0x30, 0x80, 0x00, 0x00], &[0x30, 0x85, 1, 1, 1, 1, 1], &[0x1f, 0x01, 0x00]] {
            assert_eq!(read(bad), None, "{bad:?}");
        }
    }
}
