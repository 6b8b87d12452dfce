//! Host names: RFC 1034 §3.5 / RFC 1123 §2.1 preferred name syntax, RFC 6125 §6.4 matching with
//! one left-most `*` label, and RFC 5280 §4.2.1.10 dNSName subtrees (including how a wildcard
//! name meets a subtree).

/// The longest DNS name (RFC 1035 §2.3.4), without a trailing dot.
const MAX_NAME: usize = 253;
/// The longest label.
const MAX_LABEL: usize = 63;

/// Whether `label` is an LDH label: letters, digits and inner hyphens, 1 to 63 characters.
///
/// NOTE: underscores are refused. RFC 5280 §4.2.1.6 requires preferred name syntax in dNSName
/// and the CA/B Forum has forbidden underscores since 2019 (Ballot SC12); pyca/cryptography and
/// the x509-limbo suite refuse them too.
fn is_ldh_label(label: &str) -> bool {
    let b = label.as_bytes();
    !b.is_empty() && b.len() <= MAX_LABEL && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-') && b[0] != b'-' && b[b.len() - 1] != b'-'
}

/// Whether `name` (without wildcard) is a host name in preferred name syntax whose top-level label
/// is not all digits (so that `8.8.8.8` written as a dNSName is not a host name).
fn is_host(name: &str) -> bool {
    let name = name.strip_suffix('.').unwrap_or(name);
    if name.is_empty() || name.len() > MAX_NAME || !name.split('.').all(is_ldh_label) {
        return false;
    }
    !name.rsplit('.').next().is_some_and(|tld| tld.bytes().all(|c| c.is_ascii_digit()))
}

/// Whether a reference identity (the name a client connects to) is a valid host name.
pub fn is_valid_reference(name: &str) -> bool {
    is_host(name)
}

/// Whether a presented dNSName is well-formed: a host name, or `*.` followed by a host name of at
/// least two labels (RFC 6125 §6.4.3; CA/B Forum BR §3.2.2.6 forbids `*` and `*.tld`).
///
/// NOTE: partial-label wildcards (`f*o.example.com`, `*oo.example.com`) are well-formed IA5 text
/// but never match (RFC 9525 §6.3 drops them); they are not a reason to reject the certificate.
pub fn is_valid_presented(name: &str) -> bool {
    match name.strip_prefix("*.") {
        Some(rest) => is_host(rest) && rest.trim_end_matches('.').contains('.'),
        None => is_host(name) || is_partial_wildcard(name),
    }
}

fn is_partial_wildcard(name: &str) -> bool {
    let mut labels = name.split('.');
    let first = labels.next().unwrap_or_default();
    first != "*" && first.contains('*') && first.bytes().all(|c| c == b'*' || c.is_ascii_alphanumeric() || c == b'-') && labels.all(is_ldh_label)
}

/// RFC 6125 §6.4: whether the presented dNSName `presented` matches the reference host name
/// `reference`, case-insensitively; `*` matches exactly one whole left-most label.
pub fn matches(presented: &str, reference: &str) -> bool {
    if !is_valid_presented(presented) || is_partial_wildcard(presented) || !is_host(reference) {
        return false;
    }
    let presented = presented.trim_end_matches('.').to_ascii_lowercase();
    let reference = reference.trim_end_matches('.').to_ascii_lowercase();
    match presented.strip_prefix("*.") {
        Some(rest) => reference.split_once('.').is_some_and(|(first, tail)| !first.is_empty() && tail == rest),
        None => presented == reference,
    }
}

/// Whether a dNSName constraint is well-formed (RFC 5280 §4.2.1.10): empty (every name), or a host
/// name. A leading period or a wildcard is malformed.
///
/// NOTE: OpenSSL and Go accept `.example.com` (subdomains only); RFC 5280 defines the leading
/// period for URI constraints only, and pyca/cryptography and x509-limbo refuse it for dNSName. A
/// CA certificate with such a constraint is rejected here, as the strictest validators do.
pub fn is_valid_constraint(constraint: &str) -> bool {
    constraint.is_empty() || is_host(constraint)
}

/// RFC 5280 §4.2.1.10: a (non-wildcard) name is within a dNSName subtree when it equals the
/// subtree or adds labels to its left; the empty subtree holds every name.
pub fn within(name: &str, subtree: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    let subtree = subtree.trim_end_matches('.').to_ascii_lowercase();
    subtree.is_empty() || name == subtree || name.strip_suffix(&subtree).is_some_and(|head| head.ends_with('.'))
}

/// Whether every name a presented dNSName can stand for is within `subtree`: for a wildcard
/// `*.rest`, every `x.rest` is within it exactly when `rest` is.
pub fn all_within(presented: &str, subtree: &str) -> bool {
    match presented.strip_prefix("*.") {
        Some(rest) => within(rest, subtree),
        None => within(presented, subtree),
    }
}

/// Whether some name a presented dNSName can stand for is within `subtree`. For a wildcard
/// `*.rest` that is so when `rest` is within it or the subtree is one label below `rest`
/// (`*.example.com` covers `bar.example.com`).
///
/// NOTE: this is the defensive reading of CVE-2025-61727: an excluded subtree rejects a wildcard
/// that could match a name in it, not only a wildcard compared as text.
pub fn any_within(presented: &str, subtree: &str) -> bool {
    match presented.strip_prefix("*.") {
        Some(rest) => {
            let s = subtree.trim_end_matches('.').to_ascii_lowercase();
            within(rest, &s) || s.split_once('.').is_some_and(|(first, tail)| !first.is_empty() && tail == rest.trim_end_matches('.').to_ascii_lowercase())
        }
        None => within(presented, subtree),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presented_names_follow_rfc_6125() {
        for (presented, reference, want) in [
            ("example.com", "example.com", true),
            ("Example.COM", "example.com", true),
            ("example.com.", "example.com", true),
            ("*.example.com", "foo.example.com", true),
            ("*.example.com", "example.com", false),
            ("*.example.com", "foo.bar.example.com", false),
            ("f*o.example.com", "foo.example.com", false),
            ("*oo.example.com", "foo.example.com", false),
            ("foo.*.example.com", "foo.bar.example.com", false),
            ("*", "com", false),
            ("*.com", "example.com", false),
            ("foo_bar.example.com", "foo_bar.example.com", false),
            ("8.8.8.8", "8.8.8.8", false),
            ("example2.com", "example.com", false),
            ("abc.example.com", "def.example.com", false),
        ] {
            assert_eq!(matches(presented, reference), want, "{presented} vs {reference}");
        }
    }

    #[test]
    fn well_formed_names_and_constraints() {
        for (name, presented, constraint) in [
            ("example.com", true, true),
            ("*.example.com", true, false),
            (".example.com", false, false),
            ("", false, true),
            ("foo_bar.example.com", false, false),
            ("f*o.example.com", true, false),
            ("exa mple.com", false, false),
            ("-a.example.com", false, false),
        ] {
            assert_eq!((is_valid_presented(name), is_valid_constraint(name)), (presented, constraint), "{name:?}");
        }
    }

    #[test]
    fn subtrees_hold_names_and_wildcards_as_rfc_5280_and_cve_2025_61727_say() {
        for (name, subtree, all, any) in [
            ("mail.fabrikam.test", "fabrikam.test", true, true),
            ("fabrikam.test", "fabrikam.test", true, true),
            ("MAIL.Fabrikam.Test.", "fabrikam.test", true, true),
            ("evilfabrikam.test", "fabrikam.test", false, false),
            ("anything.test", "", true, true),
            ("*.example.com", "example.com", true, true),
            ("*.example.com", "bar.example.com", false, true),
            ("*.example.com", "foo.bar.example.com", false, false),
            ("*.foo.com", "foo.com", true, true),
            ("*.example.com", "com", true, true),
            ("*.example.com", "other.com", false, false),
        ] {
            assert_eq!((all_within(name, subtree), any_within(name, subtree)), (all, any), "{name} in {subtree}");
        }
    }
}
