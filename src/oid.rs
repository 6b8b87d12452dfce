//! Object identifiers as dotted text (`2.5.4.3`), the form the model, the report and the checks use.
//!
//! `asn1_rs::Oid::to_id_string` formats every arc into its own `String` and joins them (with the
//! `bigint` feature x509-parser's der-parser turns on, through a big integer per arc); inspecting a
//! certificate formats about twenty OIDs, and the profile of a 3-certificate chain put 6 % of the
//! whole diagnosis there. [`dotted`] writes the arcs into one buffer and gives exactly the same text.

use x509_parser::der_parser::oid::Oid;

/// The OID in dotted decimal, as `Oid::to_id_string` gives it (whose form is kept for an arc
/// that does not fit 64 bits).
pub fn dotted(oid: &Oid<'_>) -> String {
    let Some(arcs) = oid.iter() else {
        return oid.to_id_string();
    };
    let mut out = String::with_capacity(oid.as_bytes().len() * 3);
    for (i, arc) in arcs.enumerate() {
        if i > 0 {
            out.push('.');
        }
        push_decimal(&mut out, arc);
    }
    out
}

/// Appends `n` in decimal without going through `core::fmt`, whose machinery cost as much as the
/// rest of [`dotted`].
fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // The digits are ASCII, so every byte is a whole character.
    out.extend(digits[start..].iter().map(|&d| d as char));
}

#[cfg(test)]
mod tests {
    use super::*;
    use x509_parser::der_parser::oid;

    #[test]
    fn dotted_text_is_what_asn1_rs_gives() {
        let cases = [oid!(2.5.4.3), oid!(1.2.840.113549.1.1.11), oid!(1.3.6.1.4.1.311.21.7), oid!(2.23.140.1.2.1), oid!(1.2.840.10045.3.1.7)];
        for oid in &cases {
            assert_eq!(dotted(oid), oid.to_id_string());
        }
        // An arc beyond 64 bits keeps asn1-rs's own form.
        let huge = Oid::new(std::borrow::Cow::Borrowed(&[0x2a, 0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]));
        assert_eq!(dotted(&huge), huge.to_id_string());
        // Arcs at the edges of the decimal writer: zero, one digit, and the largest 64-bit arc.
        for n in [0u64, 9, 10, 99, 100, u64::MAX] {
            let mut out = String::new();
            push_decimal(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }
}
