//! Certificate rollover: what changes when the current chain is replaced by a new one (or when
//! Exchange Online moves to another root), so the admin can prepare before the switch: a new root
//! to trust, endpoints to open and to close, connector names the new certificate must still cover,
//! `TlsCertificateName` values that will no longer match, and the expiry dates.

use serde::{Deserialize, Serialize};

use crate::connectors::exo_history::Era;
use crate::connectors::model::{Connector, Kind};
use crate::connectors::names::{match_certificate, same_dn};
use crate::connectors::verdict::names;
use crate::model::{Certificate, Diagnosis};

/// A connector name pattern and whether each certificate satisfies it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    /// The connector's property that holds the pattern (`TlsDomain`, `TlsSenderCertificateName`).
    pub property: String,
    /// The connector's name.
    pub connector: String,
    /// The pattern.
    pub pattern: String,
    /// Whether the current certificate carries it.
    pub before: bool,
    /// Whether the new certificate carries it.
    pub after: bool,
}

/// What changes from the current to the new chain.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rollover {
    /// The current server certificate, by name.
    pub current: Option<String>,
    /// The new server certificate, by name.
    pub next: Option<String>,
    /// The root the current chain ends at.
    pub current_root: Option<String>,
    /// The root the new chain ends at (or its last certificate's issuer when incomplete).
    pub next_root: Option<String>,
    /// Whether `current_root` is only the issuer named by the last certificate (the chain is incomplete).
    #[serde(default)]
    pub current_root_missing: bool,
    /// Whether `next_root` is only the issuer named by the last certificate (the chain is incomplete).
    #[serde(default)]
    pub next_root_missing: bool,
    /// Whether the new chain is trusted by the validating store.
    pub next_trusted: bool,
    /// `host:port (purpose)` endpoints the new chain needs that the current one did not.
    pub endpoints_added: Vec<String>,
    /// Endpoints the current chain needed that the new one does not.
    pub endpoints_removed: Vec<String>,
    /// Connector name patterns and whether each certificate covers them.
    pub coverage: Vec<Coverage>,
    /// Connectors whose TlsCertificateName names the current certificate but not the new one, with the value to set.
    pub tls_certificate_name_changes: Vec<(String, String)>,
    /// The current and new certificates' notAfter.
    pub expiry: (Option<String>, Option<String>),
}

fn leaf(d: &Diagnosis) -> Option<&Certificate> {
    d.chains.first().and_then(|c| d.certificates.get(c.leaf))
}

/// The root a diagnosis's first chain ends at, and whether it is only the issuer the last
/// certificate names (the chain is incomplete).
fn root(d: &Diagnosis) -> (Option<String>, bool) {
    let Some(last) = d.chains.first().and_then(|chain| chain.path.last()) else { return (None, false) };
    if last.anchor {
        (Some(last.name.clone()), false)
    } else {
        (last.certificate.and_then(|i| d.certificates.get(i)).map(|c| c.issuer.clone()), true)
    }
}

fn endpoints(d: &Diagnosis) -> Vec<String> {
    d.worksheet.iter().filter(|r| r.side == crate::worksheet::Side::Theirs).map(|r| format!("{}:{} ({})", r.host, r.port, r.purpose)).collect()
}

/// Compares the current diagnosis with the diagnosis of the new chain, against the current connectors.
pub fn compare(current: &Diagnosis, next: &Diagnosis, connectors: &[Connector]) -> Rollover {
    let (before, after) = (leaf(current), leaf(next));
    let (old_endpoints, new_endpoints) = (endpoints(current), endpoints(next));
    let mut coverage = Vec::new();
    for c in connectors.iter().filter(|c| c.enabled != Some(false)) {
        let pattern = match c.kind {
            Kind::ExoOutbound => c.tls_domain.clone().map(|p| ("TlsDomain", p)),
            Kind::ExoInbound => c.tls_sender_certificate_name.clone().map(|p| ("TlsSenderCertificateName", p)),
            _ => None,
        };
        if let Some((property, pattern)) = pattern {
            let covers = |cert: Option<&Certificate>| cert.is_some_and(|x| match_certificate(&pattern, &names(x)).is_some());
            coverage.push(Coverage { property: property.into(), connector: c.name.clone(), before: covers(before), after: covers(after), pattern });
        }
    }
    let mut changes = Vec::new();
    if let (Some(b), Some(a)) = (before, after) {
        for c in connectors.iter().filter(|c| matches!(c.kind, Kind::OnPremSend | Kind::OnPremReceive)) {
            if let Some(n) = &c.tls_certificate_name {
                let names_before = same_dn(&b.issuer_windows, &n.issuer) && same_dn(&b.subject_windows, &n.subject);
                let names_after = same_dn(&a.issuer_windows, &n.issuer) && same_dn(&a.subject_windows, &n.subject);
                if names_before && !names_after {
                    changes.push((c.name.clone(), format!("<I>{}<S>{}", a.issuer_windows, a.subject_windows)));
                }
            }
        }
    }
    let ((current_root, current_root_missing), (next_root, next_root_missing)) = (root(current), root(next));
    Rollover {
        current: before.map(Certificate::name),
        next: after.map(Certificate::name),
        current_root,
        next_root,
        current_root_missing,
        next_root_missing,
        next_trusted: next.chains.first().is_some_and(|c| c.verdict == crate::model::ChainVerdict::Trusted),
        endpoints_added: new_endpoints.iter().filter(|e| !old_endpoints.contains(e)).cloned().collect(),
        endpoints_removed: old_endpoints.iter().filter(|e| !new_endpoints.contains(e)).cloned().collect(),
        coverage,
        tls_certificate_name_changes: changes,
        expiry: (before.map(|c| c.not_after.clone()), after.map(|c| c.not_after.clone())),
    }
}

/// What changed between two of Exchange Online's certificate eras: the root to trust and the endpoints.
pub fn compare_eras(from: &Era, to: &Era) -> Rollover {
    let list = |e: &Era| e.endpoints.iter().map(|u| u.to_string()).collect::<Vec<_>>();
    let (old, new) = (list(from), list(to));
    Rollover {
        current: Some(format!("mail.protection.outlook.com ({})", from.issuing_ca)),
        next: Some(format!("mail.protection.outlook.com ({})", to.issuing_ca)),
        current_root: Some(from.root.to_string()),
        next_root: Some(to.root.to_string()),
        current_root_missing: false,
        next_root_missing: false,
        next_trusted: false,
        endpoints_added: new.iter().filter(|e| !old.contains(e)).cloned().collect(),
        endpoints_removed: old.iter().filter(|e| !new.contains(e)).cloned().collect(),
        coverage: Vec::new(),
        tls_certificate_name_changes: Vec::new(),
        expiry: (Some(from.until.unwrap_or("—").to_string()), to.until.map(str::to_string)),
    }
}
