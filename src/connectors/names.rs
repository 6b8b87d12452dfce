//! Name matching with Exchange's rules:
//! - `TlsDomain` and `TlsSenderCertificateName` are SmtpDomainWithSubdomains values: `*.contoso.com`
//!   means contoso.com and every subdomain; anything else means exactly that domain
//!   (Set-OutboundConnector and Set-InboundConnector on Microsoft Learn);
//! - a certificate's own wildcard (`*.contoso.com` in a SAN) covers exactly one label (RFC 6125 §6.4.3);
//! - Exchange compares against the subject CN and every DNS SAN; DNS names compare case-insensitively.
//! - `TlsCertificateName` compares issuer and subject DN strings as Windows prints them
//!   (`"<I>$($cert.Issuer)<S>$($cert.Subject)"`, Set-SendConnector).
//!
//! The DNS primitives (RFC 6125 wildcard matching, RFC 5280 subtrees) are `crate::names::dns`'s,
//! the same the chain verdict's server-name check uses; only Exchange's pattern semantics live here.

use crate::names::dns;

/// Lower-case, without a trailing dot.
fn norm(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// An Exchange domain pattern (`*.contoso.com` = domain and subdomains) against a host name.
pub fn pattern_matches(pattern: &str, host: &str) -> bool {
    let (pattern, host) = (norm(pattern), norm(host));
    match pattern.strip_prefix("*.") {
        Some(base) => !base.is_empty() && dns::within(&host, base),
        None => !pattern.is_empty() && host == pattern,
    }
}

/// A certificate name (possibly `*.contoso.com`, one label) against a host name (RFC 6125 §6.4.3).
pub fn certificate_covers(cert_name: &str, host: &str) -> bool {
    dns::matches(cert_name.trim(), host.trim())
}

/// Whether an Exchange pattern (`TlsDomain`, `TlsSenderCertificateName`) is satisfied by one of a
/// certificate's names; returns the name that satisfies it.
pub fn match_certificate<'a>(pattern: &str, names: &'a [String]) -> Option<&'a String> {
    let p = norm(pattern);
    names.iter().find(|name| {
        let n = norm(name);
        if p == n {
            // The same name, or the same wildcard on both sides.
            true
        } else if n.starts_with("*.") {
            // A certificate wildcard covers a single host pattern, never a wildcard pattern.
            !p.starts_with("*.") && certificate_covers(&n, &p)
        } else {
            pattern_matches(&p, &n)
        }
    })
}

/// A distinguished name in a comparable form: case-insensitive, no spaces around separators, `ST` as `S`.
pub fn dn_key(dn: &str) -> String {
    dn.split(',').map(|part| {
        let part = part.trim();
        match part.split_once('=') {
            Some((k, v)) => {
                let k = k.trim().to_ascii_uppercase();
                let k = if k == "ST" { "S".to_string() } else { k };
                format!("{k}={}", v.trim().to_ascii_lowercase())
            }
            None => part.to_ascii_lowercase(),
        }
    }).collect::<Vec<_>>().join(",")
}

/// Whether two DNs are the same once formatting is set aside.
pub fn same_dn(a: &str, b: &str) -> bool {
    dn_key(a) == dn_key(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exchange's matching, as a table: pattern, certificate names, expected match.
    #[test]
    fn exchange_name_matching_table() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        for (pattern, cert, want) in [
            ("mail.contoso.com", &["mail.contoso.com"][..], true),
            ("MAIL.contoso.com", &["mail.CONTOSO.com."][..], true),
            ("mail.contoso.com", &["smtp.contoso.com"][..], false),
            ("*.contoso.com", &["mail.contoso.com"][..], true),
            ("*.contoso.com", &["contoso.com"][..], true),
            ("*.contoso.com", &["a.b.contoso.com"][..], true),
            ("*.contoso.com", &["*.contoso.com"][..], true),
            ("*.contoso.com", &["contoso.com.evil.test"][..], false),
            ("mail.contoso.com", &["*.contoso.com"][..], true),
            ("contoso.com", &["*.contoso.com"][..], false),
            ("a.b.contoso.com", &["*.contoso.com"][..], false),
            ("contoso.com", &["mail.contoso.com", "contoso.com"][..], true),
            ("", &["mail.contoso.com"][..], false),
        ] {
            assert_eq!(match_certificate(pattern, &names(cert)).is_some(), want, "{pattern} vs {cert:?}");
        }
    }

    #[test]
    fn dns_compare_ignoring_format() {
        assert!(same_dn("CN=mail.contoso.com, O=Contoso Ltd, S=Washington, C=US", "cn=mail.contoso.com,o=contoso ltd,ST=Washington,c=US"));
        assert!(!same_dn("CN=a, C=US", "CN=b, C=US"));
    }
}
