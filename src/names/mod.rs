//! Names and name matching, in one place: host names (RFC 6125 / CA/B Forum), IP addresses,
//! e-mail addresses, distinguished names (RFC 5280 §7.1 comparison, OpenSSL and Windows
//! renderings) and RFC 5280 §4.2.1.10 name constraints.
//!
//! The chain verdict (`chain::checks`) and Exchange's own name rules (`connectors::names`) both
//! call these primitives, so that a name means the same thing everywhere.

pub mod constraints;
pub mod dn;
pub mod dns;
pub mod email;
pub mod ip;

use std::net::IpAddr;

/// One name a certificate carries (a GeneralName of RFC 5280 §4.2.1.6), owned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeneralName {
    /// dNSName, as written (possibly invalid; see [`dns::is_valid_presented`]).
    Dns(String),
    /// iPAddress octets (4 or 16 in a SAN; 8 or 32, address and mask, in a constraint).
    Ip(Vec<u8>),
    /// rfc822Name.
    Email(String),
    /// uniformResourceIdentifier.
    Uri(String),
    /// directoryName, as its RFC 5280 §7.1 comparison key.
    Directory(dn::DnKey),
    /// Any other form (otherName, x400Address, ediPartyName, registeredID), by its form.
    Other(OtherForm),
}

crate::closed_set! {
    /// The GeneralName forms forcetls does not interpret.
    pub enum OtherForm {
        /// otherName [0].
        OtherName = "other-name",
        /// x400Address [3].
        X400 = "x400-address",
        /// ediPartyName [5].
        EdiParty = "edi-party-name",
        /// registeredID [8].
        RegisteredId = "registered-id",
    }
}

/// The name a client connects to: a host name or an IP address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeerName {
    /// A DNS host name, lower-case, without a trailing dot.
    Dns(String),
    /// An IPv4 or IPv6 address.
    Ip(IpAddr),
}

impl PeerName {
    /// Reads what the user typed: an IPv4 address in dotted-decimal, an IPv6 address (with or
    /// without brackets), or a DNS host name in preferred name syntax (RFC 1123 §2.1). None when it
    /// is neither (an empty string, a wildcard, a URL).
    pub fn parse(text: &str) -> Option<PeerName> {
        let text = text.trim();
        let unbracketed = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or(text);
        if let Ok(ip) = unbracketed.parse::<IpAddr>() {
            return Some(PeerName::Ip(ip));
        }
        let host = text.strip_suffix('.').unwrap_or(text).to_ascii_lowercase();
        dns::is_valid_reference(&host).then_some(PeerName::Dns(host))
    }
}

impl std::fmt::Display for PeerName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PeerName::Dns(d) => f.write_str(d),
            PeerName::Ip(ip) => write!(f, "{ip}"),
        }
    }
}

/// Whether a certificate with these subject alternative names is valid for `peer`
/// (RFC 6125 §6, RFC 9525 §6.3; CA/B Forum BR §7.1.2.7.12). DNS names match dNSName entries,
/// with a wildcard only as the whole left-most label; IP addresses match iPAddress entries as
/// addresses, never as text.
///
/// NOTE: the subject's common name is never consulted. RFC 6125 §6.4.4 allows it only without a
/// SAN, and the validators forcetls compares with (rustls-webpki, Go since 1.15, pyca/cryptography,
/// browsers) ignore it entirely; CA/B Forum certificates always carry a SAN.
pub fn san_matches(sans: &[GeneralName], peer: &PeerName) -> bool {
    sans.iter().any(|san| match (san, peer) {
        (GeneralName::Dns(presented), PeerName::Dns(reference)) => dns::matches(presented, reference),
        (GeneralName::Ip(octets), PeerName::Ip(reference)) => ip::from_octets(octets).is_some_and(|a| a == *reference),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peer_names_are_host_names_or_addresses() {
        for (text, want) in [
            ("Mail.Contoso.com.", Some(PeerName::Dns("mail.contoso.com".into()))),
            ("192.0.2.1", Some(PeerName::Ip("192.0.2.1".parse().unwrap()))),
            ("[2001:db8::1]", Some(PeerName::Ip("2001:db8::1".parse().unwrap()))),
            ("2001:DB8::1", Some(PeerName::Ip("2001:db8::1".parse().unwrap()))),
            ("*.contoso.com", None),
            ("https://contoso.com", None),
            ("", None),
            ("192.168.001.001", None),
            ("foo_bar.example.com", None),
        ] {
            assert_eq!(PeerName::parse(text), want, "{text}");
        }
    }

    #[test]
    fn sans_match_names_and_addresses_by_kind() {
        let sans = vec![GeneralName::Dns("*.contoso.com".into()), GeneralName::Ip(vec![192, 0, 2, 1]), GeneralName::Ip(vec![0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])];
        for (peer, want) in [("mail.contoso.com", true), ("contoso.com", false), ("a.b.contoso.com", false), ("192.0.2.1", true), ("192.0.2.2", false), ("2001:db8::1", true), ("2001:db8:0:0::1", true), ("::ffff:192.0.2.1", false)] {
            assert_eq!(san_matches(&sans, &PeerName::parse(peer).unwrap()), want, "{peer}");
        }
    }
}
