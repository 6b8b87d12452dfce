//! Distinguished names: every ASN.1 string type decoded to text, RFC 5280 §7.1 comparison (the
//! key issuer/subject chaining and directoryName constraints use), and the two renderings users
//! see: OpenSSL's (`C=DE, O=Demo, CN=host`) and Windows' (`CN=host, O=Demo, C=DE`, which Exchange's
//! `TlsCertificateName` `<I>…<S>…` strings hold).

use std::hash::{Hash, Hasher};

use x509_parser::x509::{AttributeTypeAndValue, RelativeDistinguishedName, X509Name};

/// A name's RFC 5280 §7.1 comparison key: per RDN, its attributes as (OID in DER, normalised
/// value), sorted, so that two names are "the same" exactly when their keys are equal.
///
/// Path building indexes every certificate and trust anchor by its key for each diagnosis, so the
/// key carries its hash, computed once when it is made: hashing it is then one `u64`, not every
/// attribute (that was a tenth of a 3-certificate chain's time with the store's 150 anchors). The
/// hash is SipHash with fixed keys, as `DefaultHasher::new()` gives; equality still compares the
/// attributes.
#[derive(Clone, Debug)]
pub struct DnKey {
    rdns: Vec<Vec<(Vec<u8>, Vec<u8>)>>,
    hash: u64,
}

impl DnKey {
    /// The key of these RDNs (each RDN's attributes already sorted).
    fn new(rdns: Vec<Vec<(Vec<u8>, Vec<u8>)>>) -> DnKey {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        rdns.hash(&mut h);
        DnKey { rdns, hash: h.finish() }
    }

    /// Whether the name has no RDN (an empty SEQUENCE).
    pub fn is_empty(&self) -> bool {
        self.rdns.is_empty()
    }

    /// RFC 5280 §4.2.1.10: a name is within a directoryName subtree when the subtree's RDNs are
    /// its first RDNs.
    pub fn within(&self, subtree: &DnKey) -> bool {
        subtree.rdns.len() <= self.rdns.len() && self.rdns.iter().zip(&subtree.rdns).all(|(a, b)| a == b)
    }
}

impl Default for DnKey {
    fn default() -> DnKey {
        DnKey::new(Vec::new())
    }
}

impl PartialEq for DnKey {
    fn eq(&self, other: &DnKey) -> bool {
        self.hash == other.hash && self.rdns == other.rdns
    }
}

impl Eq for DnKey {}

impl Hash for DnKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// Universal tags of the ASN.1 string types a DirectoryString or attribute value may use.
mod tag {
    pub const UTF8: u32 = 12;
    pub const NUMERIC: u32 = 18;
    pub const PRINTABLE: u32 = 19;
    pub const T61: u32 = 20;
    pub const IA5: u32 = 22;
    pub const VISIBLE: u32 = 26;
    pub const UNIVERSAL: u32 = 28;
    pub const BMP: u32 = 30;
}

/// The text of an attribute value in any ASN.1 string type, or None when it is not a string (or
/// not decodable). T61String/TeletexString is read as Latin-1, as OpenSSL and CryptoAPI do;
/// BMPString is UTF-16BE and UniversalString UTF-32BE.
pub fn decode_string(tag: u32, data: &[u8]) -> Option<String> {
    match tag {
        tag::UTF8 => std::str::from_utf8(data).ok().map(str::to_string),
        tag::NUMERIC | tag::PRINTABLE | tag::IA5 | tag::VISIBLE => data.is_ascii().then(|| String::from_utf8_lossy(data).into_owned()),
        tag::T61 => Some(data.iter().map(|&b| b as char).collect()),
        tag::BMP if data.len().is_multiple_of(2) => char::decode_utf16(data.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]]))).collect::<Result<String, _>>().ok(),
        tag::UNIVERSAL if data.len().is_multiple_of(4) => data.chunks(4).map(|c| char::from_u32(u32::from_be_bytes([c[0], c[1], c[2], c[3]]))).collect(),
        _ => None,
    }
}

fn atv_text(atv: &AttributeTypeAndValue<'_>) -> Option<String> {
    let value = atv.attr_value();
    decode_string(value.tag().0, value.data)
}

/// RFC 5280 §7.1 (with RFC 4518's essentials, as OpenSSL's canonical encoding does): string
/// values compare after trimming, folding runs of white space to one space and ASCII case
/// folding; other values compare as bytes.
fn normalised(atv: &AttributeTypeAndValue<'_>) -> Vec<u8> {
    match atv_text(atv) {
        Some(text) => {
            // Written into one buffer: the words lower-cased (ASCII only) and joined by one space.
            let mut out = Vec::with_capacity(text.len() + 2);
            out.extend_from_slice(b"s:");
            for (i, word) in text.split_whitespace().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                out.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
            }
            out
        }
        None => [format!("t{}:", atv.attr_value().tag().0).as_bytes(), atv.attr_value().data].concat(),
    }
}

/// The comparison key of a name.
pub fn key(name: &X509Name<'_>) -> DnKey {
    DnKey::new(
        name.iter()
            .map(|rdn| {
                let mut atvs: Vec<(Vec<u8>, Vec<u8>)> = rdn.iter().map(|atv| (atv.attr_type().as_bytes().to_vec(), normalised(atv))).collect();
                atvs.sort();
                atvs
            })
            .collect(),
    )
}

/// The short names OpenSSL prints (`OBJ_nid2sn`); others are printed as dotted OIDs.
fn openssl_short_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "2.5.4.3" => "CN",
        "2.5.4.4" => "SN",
        "2.5.4.5" => "serialNumber",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.9" => "street",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.12" => "title",
        "2.5.4.15" => "businessCategory",
        "2.5.4.17" => "postalCode",
        "2.5.4.42" => "GN",
        "2.5.4.97" => "organizationIdentifier",
        "1.2.840.113549.1.9.1" => "emailAddress",
        "0.9.2342.19200300.100.1.25" => "DC",
        "0.9.2342.19200300.100.1.1" => "UID",
        "1.3.6.1.4.1.311.60.2.1.3" => "jurisdictionC",
        "1.3.6.1.4.1.311.60.2.1.2" => "jurisdictionST",
        "1.3.6.1.4.1.311.60.2.1.1" => "jurisdictionL",
        _ => return None,
    })
}

/// The names CryptoAPI's `CertNameToStr` (CERT_X500_NAME_STR) prints; others are `OID.n.n.n`.
fn windows_short_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "2.5.4.3" => "CN",
        "2.5.4.4" => "SN",
        "2.5.4.5" => "SERIALNUMBER",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "S",
        "2.5.4.9" => "STREET",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.12" => "T",
        "2.5.4.42" => "G",
        "2.5.4.43" => "I",
        "1.2.840.113549.1.9.1" => "E",
        "0.9.2342.19200300.100.1.25" => "DC",
        _ => return None,
    })
}

/// `#` and the hex of the value's whole DER, as RFC 4514 §2.4 and both tools write values that
/// are not strings.
fn hex_value(atv: &AttributeTypeAndValue<'_>) -> String {
    let v = atv.attr_value();
    let mut der = vec![v.tag().0 as u8];
    let len = v.data.len();
    if len < 128 {
        der.push(len as u8);
    } else {
        let bytes: Vec<u8> = len.to_be_bytes().iter().copied().skip_while(|&b| b == 0).collect();
        der.push(0x80 | bytes.len() as u8);
        der.extend(bytes);
    }
    der.extend_from_slice(v.data);
    format!("#{}", crate::hex::upper(&der))
}

/// RFC 4514 §2.4 escaping, as `openssl x509 -nameopt RFC2253` applies it: `,+"\<>;` with a
/// backslash, a leading `#` or space and a trailing space, control characters as `\XX`.
fn escape_rfc4514(value: &str, out: &mut String) {
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' => {
                out.push('\\');
                out.push(c);
            }
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i == last => out.push_str("\\ "),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push('\\');
                out.push_str(&crate::hex::upper(&[c as u8]));
            }
            c => out.push(c),
        }
    }
}

/// The name as OpenSSL prints it with `-nameopt RFC2253` minus the reversal: RDNs from the most
/// significant (as encoded), attributes of a multi-valued RDN joined by `+`, values escaped per
/// RFC 4514 (forcetls's historic `subject`/`issuer` format).
pub fn openssl(name: &X509Name<'_>) -> String {
    let rdns: Vec<&RelativeDistinguishedName<'_>> = name.iter().collect();
    render(&rdns, |oid, out| out.push_str(openssl_short_name(oid).unwrap_or(oid)), escape_rfc4514)
}

/// The name as Windows prints it (`X509Certificate2.Subject`, `CertNameToStr` with
/// `CERT_X500_NAME_STR | CERT_NAME_STR_REVERSE_FLAG`): RDNs from the least significant,
/// attributes of a multi-valued RDN joined by ` + `, values in double quotes when they are empty,
/// start or end with a space, or contain `,+="<>#;` or a line feed (an inner `"` doubled), key
/// names as CryptoAPI's X.500 names or `OID.` and the dotted OID (Microsoft Learn: CertNameToStr,
/// CERT_X500_NAME_STR).
///
/// NOTE: the attributes of a multi-valued RDN keep their encoded order; Microsoft documents the
/// reversal of RDNs only.
pub fn windows(name: &X509Name<'_>) -> String {
    let mut rdns: Vec<&RelativeDistinguishedName<'_>> = name.iter().collect();
    rdns.reverse();
    let key = |oid: &str, out: &mut String| match windows_short_name(oid) {
        Some(key) => out.push_str(key),
        None => {
            out.push_str("OID.");
            out.push_str(oid);
        }
    };
    render(&rdns, key, windows_quote)
}

/// Writes RDNs in the order given, joined by `, `, the attributes of a multi-valued RDN joined by
/// ` + `, each as `key=value`: `key` writes the name of a dotted OID, `value` writes a text value;
/// a value that is not text is `#` and its DER in hex (RFC 4514 §2.4). One string is written, not
/// one per attribute and RDN: a certificate's four names were 5 % of reading it.
fn render(rdns: &[&RelativeDistinguishedName<'_>], key: impl Fn(&str, &mut String), value: impl Fn(&str, &mut String)) -> String {
    let mut out = String::new();
    for (i, rdn) in rdns.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        for (j, atv) in rdn.iter().enumerate() {
            if j > 0 {
                out.push_str(" + ");
            }
            key(&crate::oid::dotted(atv.attr_type()), &mut out);
            out.push('=');
            match atv_text(atv) {
                Some(text) => value(&text, &mut out),
                None => out.push_str(&hex_value(atv)),
            }
        }
    }
    out
}

fn windows_quote(value: &str, out: &mut String) {
    let needs_quotes = value.is_empty() || value.starts_with(' ') || value.ends_with(' ') || value.contains([',', '+', '=', '"', '\n', '<', '>', '#', ';']);
    if needs_quotes {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// Every common name in the subject, decoded from whatever string type it uses.
pub fn common_names(name: &X509Name<'_>) -> Vec<String> {
    name.iter().flat_map(|rdn| rdn.iter()).filter(|atv| atv.attr_type() == &x509_parser::oid_registry::OID_X509_COMMON_NAME).filter_map(atv_text).collect()
}

/// Every emailAddress attribute in the subject (RFC 5280 §4.2.1.10 applies rfc822Name
/// constraints to them).
pub fn email_addresses(name: &X509Name<'_>) -> Vec<String> {
    name.iter().flat_map(|rdn| rdn.iter()).filter(|atv| atv.attr_type() == &x509_parser::oid_registry::OID_PKCS9_EMAIL_ADDRESS).filter_map(atv_text).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_type_decodes() {
        assert_eq!(decode_string(tag::T61, b"*.badssl.com").as_deref(), Some("*.badssl.com"));
        assert_eq!(decode_string(tag::T61, &[0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]).as_deref(), Some("Müller"));
        assert_eq!(decode_string(tag::BMP, &[0, b'M', 0, 0xfc]).as_deref(), Some("Mü"));
        assert_eq!(decode_string(tag::UNIVERSAL, &[0, 0, 0, b'A', 0, 1, 0xf6, 0x00]).as_deref(), Some("A\u{1f600}"));
        assert_eq!(decode_string(tag::UTF8, "Grüße".as_bytes()).as_deref(), Some("Grüße"));
        assert_eq!(decode_string(tag::PRINTABLE, &[0xff]), None);
        assert_eq!(decode_string(tag::BMP, &[0]), None);
        assert_eq!(decode_string(4, b"x"), None);
    }

    #[test]
    fn values_are_escaped_and_quoted_as_each_tool_does() {
        let written = |write: fn(&str, &mut String), value: &str| {
            let mut out = String::from("key=");
            write(value, &mut out);
            out.split_off(4)
        };
        let escape_rfc4514 = |value| written(escape_rfc4514, value);
        let windows_quote = |value| written(windows_quote, value);
        assert_eq!(escape_rfc4514("Contoso, Ltd"), "Contoso\\, Ltd");
        assert_eq!(escape_rfc4514("#1 a+b "), "\\#1 a\\+b\\ ");
        assert_eq!(windows_quote("Contoso, Ltd"), "\"Contoso, Ltd\"");
        assert_eq!(windows_quote("say \"hi\", ok"), "\"say \"\"hi\"\", ok\"");
        assert_eq!(windows_quote("plain"), "plain");
        assert_eq!(windows_quote(""), "\"\"");
        assert_eq!(escape_rfc4514("a\u{1}b\u{7f}"), "a\\01b\\7F");
    }
}
