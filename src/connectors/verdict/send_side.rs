//! What an on-premises send connector to Exchange Online does on its own, before either side
//! validates a certificate: it must try STARTTLS (IgnoreSTARTTLS with RequireTLS cannot), and it
//! must find the certificate its TlsCertificateName names, else Exchange answers `454 4.7.5 The
//! certificate specified in TlsCertificateName of the SendConnector could not be found.`
//! (Set-SendConnector). A pasted `Get-ExchangeCertificate` list says which certificates the server
//! holds, so a name it does not hold is that failure, not a question. These rows are part of both tables that involve the send connector: peer
//! → Exchange Online and the send connector validating Exchange Online's certificate.

use std::collections::HashSet;

use super::table::{Out, Row};
use super::{cert_name_of, dn_key, CertIndex, Named, Need, Outcome, Rule};
use crate::catalog::FindingId;
use crate::connectors::errors::{Code, ErrorLine};
use crate::connectors::model::Connector;
use crate::finding::Evidence;
use crate::model::Certificate;
use crate::quote::powershell::Command;

/// At most this many pasted certificates are named in a `tls-certificate-name-not-found` finding.
const MAX_PRESENTED: usize = 20;

/// The send connectors' own state, gathered once.
pub struct SendSide<'a> {
    /// Send connectors that require TLS but ignore STARTTLS.
    pub ignoring: Vec<&'a Connector>,
    /// Send connectors whose TlsCertificateName names a pasted certificate's subject under an
    /// old issuer, with that (renewed) certificate.
    pub stale: Vec<(&'a Connector, &'a Certificate)>,
    /// Send connectors whose TlsCertificateName names no pasted certificate (and, when the
    /// server's Get-ExchangeCertificate list was pasted, a certificate it holds).
    pub unknown: Vec<&'a Connector>,
    /// Send connectors whose TlsCertificateName names no certificate of the pasted
    /// Get-ExchangeCertificate list.
    pub not_installed: Vec<&'a Connector>,
    /// The first certificates Get-ExchangeCertificate listed, as `<I>issuer<S>subject`.
    pub installed: Vec<String>,
    /// The certificate the first send connector that names one finds, when one does.
    pub named: Option<&'a Certificate>,
    /// The pasted certificates, for the not-found finding's evidence.
    pub certs: &'a [Certificate],
}

impl<'a> SendSide<'a> {
    /// The state of these send connectors against the pasted certificates and the server's
    /// pasted Get-ExchangeCertificate list (empty when it was not pasted).
    pub fn of(send: &[&'a Connector], index: &CertIndex<'a>, certs: &'a [Certificate], installed: &Installed) -> Self {
        let mut side = SendSide { ignoring: Vec::new(), stale: Vec::new(), unknown: Vec::new(), not_installed: Vec::new(), installed: installed.names.clone(), named: None, certs };
        for c in send {
            if c.require_tls == Some(true) && c.ignore_starttls == Some(true) {
                side.ignoring.push(c);
            }
            let Some(n) = &c.tls_certificate_name else { continue };
            match index.find(&n.issuer, &n.subject) {
                Named::Found(cert) => side.named = side.named.or(Some(cert)),
                Named::Stale(cert) => side.stale.push((c, cert)),
                Named::Unknown if installed.holds_none(&n.issuer, &n.subject) => side.not_installed.push(c),
                Named::Unknown => side.unknown.push(c),
            }
        }
        side
    }
}

/// The certificates a pasted Get-ExchangeCertificate list says the server holds, indexed once per
/// diagnosis (by issuer and subject as [`dn_key`] forms, as Exchange compares TlsCertificateName),
/// so that each send connector's name is looked up once instead of compared with every record.
pub struct Installed {
    keys: HashSet<(String, String)>,
    /// The first [`MAX_PRESENTED`] certificates listed, as `<I>issuer<S>subject`: the evidence.
    names: Vec<String>,
}

impl Installed {
    /// The index of the pasted Get-ExchangeCertificate records (none when it was not pasted).
    pub fn of(records: &[&Connector]) -> Self {
        let listed = records.iter().filter_map(|c| Some((property(c, "Issuer")?, property(c, "Subject")?)));
        let mut installed = Installed { keys: HashSet::new(), names: Vec::new() };
        for (issuer, subject) in listed {
            if installed.names.len() < MAX_PRESENTED {
                installed.names.push(format!("<I>{issuer}<S>{subject}"));
            }
            installed.keys.insert((dn_key(&issuer), dn_key(&subject)));
        }
        installed
    }

    /// Whether a list was pasted and holds no certificate with this issuer and subject. Without a
    /// list nothing is known.
    fn holds_none(&self, issuer: &str, subject: &str) -> bool {
        !self.keys.is_empty() && !self.keys.contains(&(dn_key(issuer), dn_key(subject)))
    }
}

/// A property of a record as exported (Get-ExchangeCertificate's `Issuer`, `Subject`).
fn property(c: &Connector, name: &str) -> Option<String> {
    c.other.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// Facts that carry the send side.
pub trait HasSendSide {
    /// The send connectors' own state.
    fn send_side(&self) -> &SendSide<'_>;
}

/// The send side's certain failures, to open a table.
pub fn failures<F: HasSendSide>() -> Vec<Row<F>> {
    vec![
        // Set-SendConnector: IgnoreSTARTTLS with RequireTLS cannot start TLS.
        Row { rule: Rule::SendIgnoresStarttls, when: |f| !f.send_side().ignoring.is_empty(), outcome: Outcome::WillFail, error: Some(|_| ErrorLine::new(Code::MustIssueStarttls, None)), needs: None, then: |f, out| ignores_starttls(f.send_side(), out) },
        // The pasted certificate is the sender's (same subject, renewed with a new issuer), so the
        // certificate the connector names is not installed.
        Row { rule: Rule::SendCertificateStale, when: |f| !f.send_side().stale.is_empty(), outcome: Outcome::WillFail, error: Some(|_| ErrorLine::new(Code::SendCertificateNotFound, None)), needs: None, then: |f, out| stale(f.send_side(), out) },
        // Set-SendConnector (TlsCertificateName): the server's Get-ExchangeCertificate list does
        // not hold the named certificate, so the transport service cannot find it.
        Row {
            rule: Rule::SendCertificateNotInstalled,
            when: |f| !f.send_side().not_installed.is_empty(),
            outcome: Outcome::WillFail,
            error: Some(|_| ErrorLine::new(Code::SendCertificateNotFound, None)),
            needs: None,
            then: |f, out| not_installed(f.send_side(), out),
        },
    ]
}

/// What the send side leaves open: to follow the failures that do not depend on it (a failure
/// that happens whichever certificate the connector finds is certain, so it comes first).
pub fn unknowns<F: HasSendSide>() -> Vec<Row<F>> {
    vec![
        // The pasted certificate is not the one the connector names: which one the server has
        // cannot be told.
        Row {
            rule: Rule::SendCertificateUnknown,
            when: |f| !f.send_side().unknown.is_empty(),
            outcome: Outcome::CannotTell,
            error: None,
            needs: Some(|f| f.send_side().unknown.first().map_or(Need::NotExamined, |c| named_need(c))),
            then: |f, out| unknown(f.send_side(), out),
        },
    ]
}

/// What to paste when a send connector names a certificate that was not pasted.
pub fn named_need(c: &Connector) -> Need {
    Need::NamedCertificate { connector: c.name.clone(), name: c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default() }
}

fn ignores_starttls(s: &SendSide<'_>, out: &mut Out) {
    for c in &s.ignoring {
        out.finding(FindingId::SendConnectorIgnoresStarttls, c, Evidence::Setting { property: "IgnoreSTARTTLS".into(), value: "True".into() });
        out.fix(c, Command::new("Set-SendConnector").arg("Identity", &c.name).token("IgnoreSTARTTLS", "$false"));
    }
}

fn stale(s: &SendSide<'_>, out: &mut Out) {
    for (c, renewed) in &s.stale {
        let expected = c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default();
        out.finding(FindingId::TlsCertificateNameStale, c, Evidence::NameMismatch { expected, presented: vec![cert_name_of(renewed)] });
        out.fix(c, Command::new("Set-SendConnector").arg("Identity", &c.name).arg("TlsCertificateName", &cert_name_of(renewed)));
    }
}

fn not_installed(s: &SendSide<'_>, out: &mut Out) {
    for c in &s.not_installed {
        let expected = c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default();
        out.finding(FindingId::TlsCertificateNameNotInstalled, c, Evidence::NameMismatch { expected, presented: s.installed.clone() });
    }
}

fn unknown(s: &SendSide<'_>, out: &mut Out) {
    // The end-entity certificates pasted (CA certificates cannot be a server's).
    let presented: Vec<String> = s.certs.iter().filter(|x| !x.basic_constraints.as_ref().is_some_and(|b| b.ca)).take(MAX_PRESENTED).map(cert_name_of).collect();
    if presented.is_empty() {
        return;
    }
    for c in &s.unknown {
        let expected = c.tls_certificate_name.as_ref().map(|n| n.raw.clone()).unwrap_or_default();
        out.finding(FindingId::TlsCertificateNameNotFound, c, Evidence::NameMismatch { expected, presented: presented.clone() });
    }
}
