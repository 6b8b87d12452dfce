//! IP addresses in certificates: iPAddress SANs (4 or 16 octets, RFC 5280 §4.2.1.6) and
//! iPAddress name constraints (address and mask, 8 or 32 octets, RFC 5280 §4.2.1.10).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The address in a SAN's octets, when they are 4 (IPv4) or 16 (IPv6) long.
pub fn from_octets(octets: &[u8]) -> Option<IpAddr> {
    match octets.len() {
        4 => Some(IpAddr::V4(Ipv4Addr::new(octets[0], octets[1], octets[2], octets[3]))),
        16 => <[u8; 16]>::try_from(octets).ok().map(|o| IpAddr::V6(Ipv6Addr::from(o))),
        _ => None,
    }
}

/// Whether a constraint's octets are an address and a contiguous mask (CIDR), 8 or 32 long.
pub fn is_valid_constraint(octets: &[u8]) -> bool {
    if octets.len() != 8 && octets.len() != 32 {
        return false;
    }
    let mask = &octets[octets.len() / 2..];
    let bits: Vec<bool> = mask.iter().flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1)).collect();
    bits.windows(2).all(|w| w[0] || !w[1])
}

/// Whether the SAN address `octets` lies in the constraint `subnet` (address then mask). An IPv4
/// address is never within an IPv6 subnet, and the reverse.
pub fn within(octets: &[u8], subnet: &[u8]) -> bool {
    if subnet.len() != 2 * octets.len() {
        return false;
    }
    let (net, mask) = subnet.split_at(octets.len());
    octets.iter().zip(net).zip(mask).all(|((a, n), m)| a & m == n & m)
}

/// How a subnet constraint is written: `192.0.2.0/24`.
pub fn subnet_text(subnet: &[u8]) -> String {
    let (net, mask) = subnet.split_at(subnet.len() / 2);
    let prefix: u32 = mask.iter().map(|b| b.count_ones()).sum();
    match from_octets(net) {
        Some(a) => format!("{a}/{prefix}"),
        None => format!("invalid iPAddress constraint ({} octets)", subnet.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_compared_within_subnets_of_their_family() {
        let v4net = [192, 0, 2, 0, 255, 255, 255, 0];
        assert!(within(&[192, 0, 2, 77], &v4net));
        assert!(!within(&[192, 0, 3, 1], &v4net));
        let mut v6net = [0u8; 32];
        v6net[15] = 1;
        v6net[16..].fill(0xff);
        let mut v6 = [0u8; 16];
        v6[15] = 1;
        assert!(within(&v6, &v6net));
        assert!(!within(&[0, 0, 0, 1], &v6net));
        assert!(is_valid_constraint(&v4net));
        assert!(!is_valid_constraint(&[192, 0, 2, 0, 255, 0, 255, 0]));
        assert!(!is_valid_constraint(&[192, 0, 2, 0]));
        assert_eq!(subnet_text(&v4net), "192.0.2.0/24");
    }
}
