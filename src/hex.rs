//! Bytes as upper-case hex without separators: Windows' form for thumbprints, serial numbers and key
//! identifiers, and RFC 4514 §2.4's for a name's value that is not a string (after its `#`).

/// Upper-case hex, two digits per byte, written into one string (not a `format!` per byte).
pub fn upper(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_byte_is_two_upper_case_digits() {
        assert_eq!(super::upper(&[0x00, 0x0f, 0xa5, 0xff]), "000FA5FF");
        assert_eq!(super::upper(&[]), "");
    }
}
