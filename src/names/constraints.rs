//! RFC 5280 §4.2.1.10 name constraints, every form forcetls can judge: dNSName (with wildcard
//! names judged by every name they can stand for), iPAddress (IPv4 and IPv6 subnets),
//! rfc822Name and directoryName, permitted and excluded. A constraint on a form forcetls does not
//! interpret (URI, otherName, …) rejects a certificate that carries a name of that form, as the
//! RFC requires of an application that does not process it. Work is charged to the budget.

use super::{dn::DnKey, dns, email, ip, GeneralName};
use crate::budget::{Budget, Work};

/// The subtrees of one CA's name constraints extension.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Subtrees {
    /// permittedSubtrees bases.
    pub permitted: Vec<GeneralName>,
    /// excludedSubtrees bases.
    pub excluded: Vec<GeneralName>,
}

/// The names of one certificate that constraints apply to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    /// The subject, unless it is empty (directoryName constraints apply to it).
    pub subject: Option<DnKey>,
    /// The subjectAltName entries.
    pub sans: Vec<GeneralName>,
    /// Subject emailAddress attributes (rfc822Name constraints apply to them).
    pub subject_emails: Vec<String>,
    /// Common names that are host names, for a certificate without a SAN extension.
    ///
    /// NOTE: RFC 5280 constrains only SANs and the subject DN; rustls-webpki and Go also check a
    /// host-name CN of an end-entity certificate that has no SAN, since some clients still match the CN
    /// there. forcetls does the same, defensively; a certificate with a SAN (even of IP
    /// addresses only) never has its CN consulted.
    pub cn_hosts: Vec<String>,
}

/// Why a certificate's names break a CA's constraints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Violation {
    /// A name outside every permitted subtree of its form.
    NotPermitted(String),
    /// A name (or a name a wildcard stands for) inside an excluded subtree.
    Excluded(String, String),
    /// A name that cannot be judged because it is malformed (a DNS name with a leading dot, an
    /// iPAddress of 8 octets, a mailbox with two `@`).
    MalformedName(String),
    /// A constraint that is malformed (a wildcard or leading-dot dNSName, an iPAddress that is not
    /// a subnet, an invalid mailbox).
    MalformedConstraint(String),
    /// A name of a form under constraint that forcetls does not process.
    Unsupported(String),
    /// The work budget ran out before the names were checked.
    BudgetExhausted,
}

/// How a name is written in evidence: `DNS:host`, `IP:192.0.2.1`, `email:…`, `URI:…`, `DirName`.
pub fn text(name: &GeneralName) -> String {
    match name {
        GeneralName::Dns(d) => format!("DNS:{d}"),
        GeneralName::Ip(o) if o.len() == 4 || o.len() == 16 => format!("IP:{}", ip::from_octets(o).map(|a| a.to_string()).unwrap_or_default()),
        GeneralName::Ip(o) => format!("IP:{}", ip::subnet_text(o)),
        GeneralName::Email(e) => format!("email:{e}"),
        GeneralName::Uri(u) => format!("URI:{u}"),
        GeneralName::Directory(_) => "DirName".to_string(),
        GeneralName::Other(form) => form.as_str().to_string(),
    }
}

/// Whether a subtree base is well-formed for its form.
fn constraint_ok(base: &GeneralName) -> bool {
    match base {
        GeneralName::Dns(d) => dns::is_valid_constraint(d),
        GeneralName::Ip(o) => ip::is_valid_constraint(o),
        GeneralName::Email(e) => email::is_valid_constraint(e),
        _ => true,
    }
}

/// The form of a name, for pairing names with subtrees (IPv4 and IPv6 are one form).
fn form(name: &GeneralName) -> u8 {
    match name {
        GeneralName::Dns(_) => 0,
        GeneralName::Ip(_) => 1,
        GeneralName::Email(_) => 2,
        GeneralName::Uri(_) => 3,
        GeneralName::Directory(_) => 4,
        GeneralName::Other(f) => 5 + *f as u8,
    }
}

/// Whether a name is well-formed enough to be judged.
fn name_ok(name: &GeneralName) -> bool {
    match name {
        GeneralName::Dns(d) => dns::is_valid_presented(d),
        GeneralName::Ip(o) => o.len() == 4 || o.len() == 16,
        GeneralName::Email(e) => email::is_valid_mailbox(e),
        _ => true,
    }
}

/// Whether every name `name` stands for is within `base` (for permitted subtrees).
fn all_within(name: &GeneralName, base: &GeneralName) -> Option<bool> {
    Some(match (name, base) {
        (GeneralName::Dns(n), GeneralName::Dns(b)) => dns::all_within(n, b),
        (GeneralName::Ip(n), GeneralName::Ip(b)) => ip::within(n, b),
        (GeneralName::Email(n), GeneralName::Email(b)) => email::within(n, b),
        (GeneralName::Directory(n), GeneralName::Directory(b)) => n.within(b),
        _ => return None,
    })
}

/// Whether some name `name` stands for is within `base` (for excluded subtrees).
fn any_within(name: &GeneralName, base: &GeneralName) -> Option<bool> {
    match (name, base) {
        (GeneralName::Dns(n), GeneralName::Dns(b)) => Some(dns::any_within(n, b)),
        _ => all_within(name, base),
    }
}

/// Checks one certificate's names against one CA's subtrees (RFC 5280 §6.1.3(b)-(c)).
pub fn check(names: &Names, subtrees: &Subtrees, budget: &Budget) -> Result<(), Violation> {
    if let Some(bad) = subtrees.permitted.iter().chain(&subtrees.excluded).find(|b| !constraint_ok(b)) {
        return Err(Violation::MalformedConstraint(text(bad)));
    }
    let mut all: Vec<GeneralName> = names.sans.clone();
    all.extend(names.subject.iter().cloned().map(GeneralName::Directory));
    all.extend(names.subject_emails.iter().cloned().map(GeneralName::Email));
    all.extend(names.cn_hosts.iter().cloned().map(GeneralName::Dns));
    let work = (subtrees.permitted.len() + subtrees.excluded.len()) as u64 * all.len() as u64;
    if !budget.charge(Work::NameComparisons, work) {
        return Err(Violation::BudgetExhausted);
    }
    for name in &all {
        let permitted: Vec<&GeneralName> = subtrees.permitted.iter().filter(|b| form(b) == form(name)).collect();
        let excluded: Vec<&GeneralName> = subtrees.excluded.iter().filter(|b| form(b) == form(name)).collect();
        if permitted.is_empty() && excluded.is_empty() {
            continue;
        }
        if !name_ok(name) {
            return Err(Violation::MalformedName(text(name)));
        }
        if matches!(name, GeneralName::Uri(_) | GeneralName::Other(_)) {
            return Err(Violation::Unsupported(text(name)));
        }
        if !permitted.is_empty() && !permitted.iter().any(|b| all_within(name, b) == Some(true)) {
            return Err(Violation::NotPermitted(text(name)));
        }
        if let Some(b) = excluded.iter().find(|b| any_within(name, b) == Some(true)) {
            return Err(Violation::Excluded(text(name), text(b)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dns(n: &str) -> GeneralName {
        GeneralName::Dns(n.into())
    }

    fn sans(list: &[GeneralName]) -> Names {
        Names { sans: list.to_vec(), ..Names::default() }
    }

    #[test]
    fn each_form_is_permitted_or_excluded_by_its_own_subtrees() {
        let v4 = |a: [u8; 4]| GeneralName::Ip(a.to_vec());
        let net = GeneralName::Ip(vec![192, 0, 2, 0, 255, 255, 255, 0]);
        let b = Budget::new();
        let permit = |p: Vec<GeneralName>| Subtrees { permitted: p, excluded: vec![] };
        let exclude = |e: Vec<GeneralName>| Subtrees { permitted: vec![], excluded: e };
        for (names, subtrees, ok) in [
            (sans(&[dns("foo.example.com")]), permit(vec![dns("example.com")]), true),
            (sans(&[dns("foo.example.org")]), permit(vec![dns("example.com")]), false),
            (sans(&[dns("*.example.com")]), permit(vec![dns("foo.example.com")]), false),
            (sans(&[dns("*.foo.com")]), permit(vec![dns("foo.com")]), true),
            (sans(&[dns("*.example.com")]), exclude(vec![dns("bar.example.com")]), false),
            (sans(&[dns(".example.com")]), permit(vec![dns("example.com")]), false),
            (sans(&[dns("example.com")]), permit(vec![dns("*.example.com")]), false),
            (sans(&[dns("example.com")]), permit(vec![dns(".example.com")]), false),
            (sans(&[v4([192, 0, 2, 1])]), permit(vec![net.clone()]), true),
            (sans(&[v4([192, 0, 3, 1])]), permit(vec![net.clone()]), false),
            (sans(&[v4([192, 0, 2, 1])]), exclude(vec![net.clone()]), false),
            (sans(&[GeneralName::Ip(vec![192, 0, 2, 0, 255, 255, 255, 0])]), permit(vec![net.clone()]), false),
            (sans(&[dns("example.com")]), permit(vec![net.clone()]), true),
            (sans(&[dns("example.com")]), exclude(vec![net]), true),
            (sans(&[GeneralName::Email("a@example.com".into())]), permit(vec![GeneralName::Email("example.com".into())]), true),
            (sans(&[GeneralName::Email("a@b@example.com".into())]), permit(vec![GeneralName::Email("example.com".into())]), false),
            (sans(&[GeneralName::Other(crate::names::OtherForm::OtherName)]), exclude(vec![GeneralName::Other(crate::names::OtherForm::OtherName)]), false),
            (sans(&[dns("example.com")]), exclude(vec![GeneralName::Other(crate::names::OtherForm::OtherName)]), true),
            (Names { cn_hosts: vec!["evil.test".into()], ..Names::default() }, permit(vec![dns("example.com")]), false),
        ] {
            assert_eq!(check(&names, &subtrees, &b).is_ok(), ok, "{names:?} under {subtrees:?}");
        }
    }

    #[test]
    fn huge_constraint_sets_stop_at_the_budget() {
        let b = Budget::new();
        let subtrees = Subtrees { permitted: (0..10_000).map(|i| dns(&format!("n{i}.test"))).collect(), excluded: vec![] };
        let names = sans(&(0..10_000).map(|i| dns(&format!("n{i}.test"))).collect::<Vec<_>>());
        let started = std::time::Instant::now();
        assert_eq!(check(&names, &subtrees, &b), Err(Violation::BudgetExhausted));
        assert!(b.is_exhausted(Work::NameComparisons));
        assert!(started.elapsed().as_secs() < 2);
    }
}
