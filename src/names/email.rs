//! E-mail addresses (rfc822Name) and their RFC 5280 §4.2.1.10 constraints.

/// Whether `address` is a mailbox `local@host` with exactly one `@`, a non-empty local part and
/// a host name.
pub fn is_valid_mailbox(address: &str) -> bool {
    match address.split_once('@') {
        Some((local, host)) => !local.is_empty() && !host.contains('@') && super::dns::is_valid_reference(host),
        None => false,
    }
}

/// Whether an rfc822Name constraint is well-formed: a mailbox, a host, or `.domain`.
pub fn is_valid_constraint(constraint: &str) -> bool {
    if constraint.contains('@') {
        return is_valid_mailbox(constraint);
    }
    let host = constraint.strip_prefix('.').unwrap_or(constraint);
    super::dns::is_valid_reference(host)
}

/// RFC 5280 §4.2.1.10: a mailbox constraint matches that mailbox only (every character literal,
/// the host case-insensitively); a host constraint matches every mailbox on that host; a
/// `.domain` constraint matches mailboxes on any host below the domain.
pub fn within(mailbox: &str, constraint: &str) -> bool {
    let Some((local, host)) = mailbox.rsplit_once('@') else { return false };
    if let Some((c_local, c_host)) = constraint.rsplit_once('@') {
        return local == c_local && host.eq_ignore_ascii_case(c_host);
    }
    match constraint.strip_prefix('.') {
        Some(domain) => host.len() > domain.len() && host.to_ascii_lowercase().ends_with(&format!(".{}", domain.to_ascii_lowercase())),
        None => host.eq_ignore_ascii_case(constraint),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailbox_constraints_follow_rfc_5280() {
        for (mailbox, constraint, want) in [
            ("user@example.com", "user@example.com", true),
            ("user@EXAMPLE.com", "user@example.com", true),
            ("User@example.com", "user@example.com", false),
            ("user*@example.com", "user*@example.com", true),
            ("user@example.com", "user*@example.com", false),
            ("any@example.com", "example.com", true),
            ("any@mail.example.com", "example.com", false),
            ("any@mail.example.com", ".example.com", true),
            ("any@example.com", ".example.com", false),
        ] {
            assert_eq!(within(mailbox, constraint), want, "{mailbox} in {constraint}");
        }
        assert!(!is_valid_mailbox("invalid@address@example.com"));
        assert!(!is_valid_constraint("invalid@invalid@example.com"));
        assert!(is_valid_constraint(".example.com"));
    }
}
