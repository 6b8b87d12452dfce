//! URLs checked before they become command arguments: an absolute URL (RFC 3986 §3,
//! <https://www.rfc-editor.org/rfc/rfc3986#section-3>) with scheme `http`, `https`, `ldap` or
//! `ldaps`, an authority whose host passes [`super::host::host`] (or is an IP literal in
//! brackets) with an optional decimal port, and nothing but RFC 3986 characters after it
//! (unreserved, reserved, and `%` followed by two hex digits; §2).
//!
//! A URL that passes can still hold `$`, `'`, `(`, `;` and `&` (all legal RFC 3986 sub-delims), so
//! it must still be quoted with [`super::posix::quote`] or [`super::powershell::literal`]; what the
//! check guarantees is that no space, quote of another script, backtick, line break or control
//! character reaches a script, and that the host is a host.

use super::{check, Refusal, Refused};

/// A URL that passed [`url`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedUrl {
    /// The URL exactly as given.
    pub text: String,
    /// The scheme, lower case.
    pub scheme: String,
    /// The host, normalised by [`super::host::host`] (lower case, IPv6 without brackets).
    pub host: String,
    /// The port the URL names, if it names one.
    pub port: Option<u16>,
}

impl CheckedUrl {
    /// The port the URL names, else the scheme's default (80, 443, 389, 636).
    pub fn port_or_default(&self) -> u16 {
        self.port.unwrap_or(match self.scheme.as_str() {
            "https" => 443,
            "ldap" => 389,
            "ldaps" => 636,
            _ => 80,
        })
    }
}

/// The schemes a certificate's CA endpoints use (RFC 5280 §4.2.1.13, §4.2.2.1).
pub const SCHEMES: [&str; 4] = ["http", "https", "ldap", "ldaps"];

/// `value` as a checked URL, or why it is not one.
pub fn url(value: &str) -> Result<CheckedUrl, Refused> {
    check(value)?;
    let refused = || Refused { value: super::display(value), reason: Refusal::NotAUrl };
    let (scheme, rest) = value.split_once("://").ok_or_else(refused)?;
    let scheme = scheme.to_ascii_lowercase();
    if !SCHEMES.contains(&scheme.as_str()) || !value.bytes().all(is_uri_byte) || !percent_escapes_complete(value) {
        return Err(refused());
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    // NOTE: RFC 3986 allows user information before `@`; a CA endpoint never needs it, and
    // `http://trusted.example@evil.example/` only misleads, so it is refused.
    if authority.contains('@') {
        return Err(refused());
    }
    let (host, port) = split_port(authority).ok_or_else(refused)?;
    let bracketed = host.starts_with('[');
    let host = super::host::host(host).map_err(|_| refused())?;
    // An IPv6 address must be in brackets inside a URL (RFC 3986 §3.2.2).
    if host.contains(':') != bracketed {
        return Err(refused());
    }
    Ok(CheckedUrl { text: value.to_string(), scheme, host, port })
}

/// Splits `host[:port]`; `None` when the port is not a decimal number up to 65535. An empty port
/// (`host:`) is allowed by RFC 3986 §3.2.3 and means the default.
fn split_port(authority: &str) -> Option<(&str, Option<u16>)> {
    let colon = if authority.starts_with('[') { authority.find(']').map(|i| i + 1).filter(|&i| authority[i..].starts_with(':')) } else { authority.rfind(':') };
    match colon {
        Some(i) => {
            let port = &authority[i + 1..];
            if port.is_empty() {
                return Some((&authority[..i], None));
            }
            if port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some((&authority[..i], Some(port.parse().ok()?)))
        }
        None => Some((authority, None)),
    }
}

/// A byte RFC 3986 allows anywhere in a URI: unreserved, gen-delims, sub-delims and `%`.
fn is_uri_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)
}

/// Every `%` starts a pct-encoded octet (RFC 3986 §2.1).
fn percent_escapes_complete(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.iter().enumerate().filter(|(_, &b)| b == b'%').all(|(i, _)| bytes.len() > i + 2 && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_ca_endpoint_urls_pass() {
        for (value, want) in [
            ("http://crl.forcetls.test/issuing-ca-1.crl", Some(("http", "crl.forcetls.test", None))),
            ("HTTP://CRL.Example.TEST:8080/a?b=c#d", Some(("http", "crl.example.test", Some(8080)))),
            ("ldap://ldap.forcetls.test/cn=Issuing%20CA%201?certificateRevocationList", Some(("ldap", "ldap.forcetls.test", None))),
            ("http://[2001:db8::1]:80/x", Some(("http", "2001:db8::1", Some(80)))),
            ("http://192.0.2.1:/x", Some(("http", "192.0.2.1", None))),
            ("http://crl.example.test/$(id)';x", Some(("http", "crl.example.test", None))),
            ("ftp://crl.example.test/x", None),
            ("http://crl.example.test/a b", None),
            ("http://crl.example.test/a\nb", None),
            ("http://crl.example.test/`id`", None),
            ("http://crl.example.test/\"x\"", None),
            ("http://crl.example.test/\u{2019}", None),
            ("http://crl.example.test/%zz", None),
            ("http://crl.example.test/%2", None),
            ("http://$(id)/x", None),
            ("http://a.test;id/x", None),
            ("http://user@a.test/x", None),
            ("http://a.test:80x/x", None),
            ("http://a.test:99999/x", None),
            ("http://2001:db8::1/x", None),
            ("http:///x", None),
            ("crl.example.test/x", None),
        ] {
            let got = url(value).ok();
            assert_eq!(got.as_ref().map(|u| (u.scheme.as_str(), u.host.as_str(), u.port)), want, "{value:?}");
        }
        assert_eq!(url("ldaps://l.test").unwrap().port_or_default(), 636);
        assert_eq!(url("ldap://l.test/a%2Cb").unwrap().text, "ldap://l.test/a%2Cb");
    }
}
