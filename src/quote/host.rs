//! Host names and IP addresses checked before they become command arguments: a DNS name of
//! letters, digits and hyphens in dot-separated labels of at most 63 characters (RFC 1123 §2.1,
//! <https://www.rfc-editor.org/rfc/rfc1123#section-2.1>; RFC 3986 §3.2.2 reg-name), an IPv4
//! address, or an IPv6 address (bare or in brackets). Anything else is refused, so a "host" from a
//! connector's SmartHosts or a certificate's URL can never carry shell or PowerShell syntax.

use super::{check, Refusal, Refused};

/// `value` when it is a host name or IP address (normalised: lower case, no trailing dot, IPv6
/// without brackets), or why it is not.
pub fn host(value: &str) -> Result<String, Refused> {
    check(value)?;
    let refused = || Refused { value: super::display(value), reason: Refusal::NotAHost };
    let bare = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')).unwrap_or(value);
    if let Ok(ip) = bare.parse::<std::net::IpAddr>() {
        return Ok(ip.to_string());
    }
    let name = value.strip_suffix('.').unwrap_or(value).to_ascii_lowercase();
    let label_ok = |l: &str| !l.is_empty() && l.len() <= 63 && !l.starts_with('-') && !l.ends_with('-') && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if name.is_empty() || name.len() > 253 || !name.split('.').all(label_ok) {
        return Err(refused());
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_host_names_and_addresses_pass() {
        for (value, want) in [
            ("mail.Contoso.com.", Some("mail.contoso.com")),
            ("contoso-com.mail.protection.outlook.com", Some("contoso-com.mail.protection.outlook.com")),
            ("192.0.2.25", Some("192.0.2.25")),
            ("[2001:db8::25]", Some("2001:db8::25")),
            ("2001:DB8::25", Some("2001:db8::25")),
            ("xn--bcher-kva.example", Some("xn--bcher-kva.example")),
            ("mail.contoso.com;id", None),
            ("$(id).contoso.com", None),
            ("mail contoso", None),
            ("-rf", None),
            ("a..b", None),
            ("", None),
            ("mail.contoso.com\nid", None),
        ] {
            assert_eq!(host(value).ok().as_deref(), want, "{value:?}");
        }
    }
}
