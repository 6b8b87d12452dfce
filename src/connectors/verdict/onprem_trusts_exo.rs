//! On premises → Exchange Online, as the on-premises send connector validates Exchange Online's
//! certificate: with TlsAuthLevel CertificateValidation or DomainValidation it must trust the root
//! of Exchange Online's certificate at the date (How Exchange Online uses TLS; the certificate
//! history is in `exo_history`), and with DomainValidation its TlsDomain (or, without one, the
//! recipient domain) must be a name on that certificate (Set-SendConnector).

use super::send_side::{self, HasSendSide, SendSide};
use super::table::{always, decide, nothing, Out, Row};
use super::{direction, Direction, DirectionId, ExoCertificate, Need, Outcome, Rule, Title, ROOT_FILE_PLACEHOLDER};
use crate::catalog::FindingId;
use crate::connectors::errors::{Code, ErrorLine};
use crate::connectors::exo_history::ERAS;
use crate::connectors::model::{Connector, TlsLevel};
use crate::connectors::names::match_certificate;
use crate::finding::{Evidence, Finding};
use crate::quote::powershell::Command;

/// The names on Exchange Online's certificate that a TlsDomain can match: the subject CN and the
/// wildcard SAN its tenant hosts (`contoso-com.mail.protection.outlook.com`) fall under.
/// NOTE: the wildcard SAN is documented for the older certificates; the current SAN list is not
/// published, so only these two names are relied on.
const EXO_NAMES: [&str; 2] = ["mail.protection.outlook.com", "*.mail.protection.outlook.com"];

/// What direction C is decided on.
pub struct Facts<'a> {
    c: &'a Connector,
    /// The send connector's own state: a connector that cannot start TLS, or cannot find its
    /// certificate, validates nothing.
    sending: SendSide<'a>,
    exo: &'a ExoCertificate,
}

impl HasSendSide for Facts<'_> {
    fn send_side(&self) -> &SendSide<'_> {
        &self.sending
    }
}

/// Direction C's table, worst first: certain failures (the send connector's own, then its
/// checks of Exchange Online's certificate), then what cannot be told.
fn rows<'a>() -> Vec<Row<Facts<'a>>> {
    let mut rows = send_side::failures();
    rows.extend([
        Row { rule: Rule::ExoNameUnexpected, when: name_unexpected as fn(&Facts<'a>) -> bool, outcome: Outcome::WillFail, error: Some(|_| ErrorLine::new(Code::CertificateValidationFailure, None)), needs: None, then: unexpected_name },
        Row { rule: Rule::ExoRootUntrusted, when: |f| f.exo.era.is_some() && !f.exo.root_trusted, outcome: Outcome::WillFail, error: Some(|_| ErrorLine::new(Code::CertificateValidationFailure, None)), needs: None, then: root_untrusted },
    ]);
    rows.extend(send_side::unknowns());
    rows.extend([
        Row {
            rule: Rule::ExoDateUnknown,
            when: |f: &Facts<'a>| f.exo.era.is_none(),
            outcome: Outcome::CannotTell,
            error: None,
            needs: Some(|_| Need::KnownDate { from: ERAS.first().map_or("2016-04-15", |e| e.from).to_string() }),
            then: nothing,
        },
        Row { rule: Rule::ExoTrusted, when: always, outcome: Outcome::WillWork, error: None, needs: None, then: nothing },
    ]);
    rows
}

/// Judges direction C for send connector `c`, whose own state is `sending`.
pub fn judge(c: &Connector, sending: SendSide<'_>, exo: &ExoCertificate) -> (Direction, Vec<Finding>) {
    let facts = Facts { c, sending, exo };
    let decision = decide(&rows(), &facts, nothing);
    direction(DirectionId::OnpremTrustsExo, Title::TrustsExo { connector: c.name.clone() }, vec![c.index], None, decision)
}

/// DomainValidation compares TlsDomain, or without one the recipient domains (the address
/// spaces), with the names on Exchange Online's certificate.
fn name_unexpected(f: &Facts<'_>) -> bool {
    if f.c.tls_level != Some(TlsLevel::DomainValidation) {
        return false;
    }
    let names: Vec<String> = EXO_NAMES.iter().map(|n| n.to_string()).collect();
    let patterns: Vec<&String> = match &f.c.tls_domain {
        Some(domain) => vec![domain],
        None => f.c.domains.iter().collect(),
    };
    !patterns.iter().any(|p| match_certificate(p, &names).is_some())
}

fn unexpected_name(f: &Facts<'_>, out: &mut Out) {
    out.finding(FindingId::SendConnectorTlsDomainUnexpected, f.c, Evidence::Setting { property: "TlsDomain".into(), value: f.c.tls_domain.clone().unwrap_or_else(|| "$null".into()) });
    out.fix(f.c, Command::new("Set-SendConnector").arg("Identity", &f.c.name).token("TlsDomain", "'mail.protection.outlook.com'"));
}

fn root_untrusted(f: &Facts<'_>, out: &mut Out) {
    let Some(era) = f.exo.era else { return };
    out.finding(FindingId::OnpremDoesNotTrustExo, f.c, Evidence::ExoRoot { root: era.root.into(), root_sha1: era.root_sha1.into(), from: era.from.into() });
    // The placeholder (the root's certificate file, to be run on every server in
    // SourceTransportServers) is explained beside the fix, in the reader's language (report.rs).
    out.fixes.push(format!("certutil -addstore Root {ROOT_FILE_PLACEHOLDER}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_well_formed() {
        let c: Connector = serde_json::from_value(serde_json::json!({
            "index": 0, "kind": "on-prem-send", "name": "x", "location": {"source": "t"}, "format": "json",
            "enabled": null, "connector_type": null, "tls_level": null, "tls_domain": null, "smart_hosts": [], "domains": [],
            "require_tls": null, "tls_sender_certificate_name": null, "restrict_domains_to_certificate": null, "tls_certificate_name": null,
            "ignore_starttls": null, "fqdn": null, "auth_mechanism": [], "tls_domain_capabilities": [], "truncated": [], "other": []
        }))
        .unwrap();
        let exo = ExoCertificate { era: None, root_trusted: false };
        let sending = SendSide { ignoring: Vec::new(), stale: Vec::new(), unknown: Vec::new(), named: None, certs: &[] };
        super::super::table::check_shape(&rows(), &Facts { c: &c, sending, exo: &exo });
    }
}
